"""Counts the seams where the composer's words meet a clerk's (tests/seam_support.py).

    python scripts/seams.py [--seeds 3] [--show N] [--points-only] [FOLDER…]

Two measures, the same ruler for any tree (PYTHONPATH=<tree>/src runs another tree):

- ``points``: every clerk's point of every profile in the repository (profiles/, docs/review/*/
  profiles) and the shapes below, woven by weave.charge in a speaker's and a bureau's voice
  (the lead the list, ；同时 and pair frames put before it), each read by point_seams;
- ``drafts``: every such profile rendered at seeds 1..N, each draft read by seams().
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from seam_support import clerk_points, point_seams, seams  # noqa: E402
from speechdraft.compose.weave import charge  # noqa: E402

FOLDERS = (ROOT / "profiles", *sorted((ROOT / "docs" / "review").glob("*/profiles")))

# Point shapes of our own (none from a review): names, names with a figure, rules, days.
SHAPES = (
    "课后延时服务",
    "心理健康教育专职教师",
    "校园周边流动摊贩",
    "防溺水隐患水域",
    "学生资助对象台账",
    "乡村学校劳动教育课",
    "寄宿生夜间巡查",
    "食堂从业人员健康证",
    "新开办民办幼儿园2所",
    "对留守儿童一人一案",
    "各村每年春节走访慰问退休教师",
    "新入职教师分配周转房优先",
    "各乡镇派出2个工作组分片包校",
    "县城学校每年到农村学校支教的教师不少于教师总数的5%",
    "在乡镇学校任教满10年的教师，职称评审单列计划",
    "地方教育附加全额用于改善办学条件",
    # rounds ab and ac's forms (weave15): a time word first, 以…为, a body's practice, a clause
    # 抓好 does not take, nouns that need their verb, a place checked, the clerk's own 要 late
    "今年新增校车6辆，优先保障牧区学校",
    "各乡镇以村为单位摸排适龄儿童",
    "县委常委会每季度专题研究一次教育工作",
    "绩效工资分配向班主任倾斜",
    "实验仪器缺口",
    "春季流感",
    "村边坑塘巡查",
    "生源不足15人的村小撤并前要先征求家长意见",
    "新建的4所幼儿园秋季开学前投用",
    "沿河学校“一校一案”",
)


def profiles(folders: tuple[Path, ...]) -> list[tuple[Path, dict]]:
    found = []
    for folder in folders:
        for path in sorted(folder.glob("*.yaml")):
            try:
                data = yaml.safe_load(path.read_text(encoding="utf-8"))
            except yaml.YAMLError:
                continue
            if isinstance(data, dict):
                found.append((path, data))
    return found


def woven_points(points: list[str]) -> list[tuple[str, str, str]]:
    found = []
    for point in points:
        for bureau in (False, True):
            said = charge(point, bureau)
            found += [(name, point, sentence) for name, sentence in point_seams(point, said)]
    return found


def drafts(chosen: list[tuple[Path, dict]], seeds: int) -> tuple[int, int, Counter, list]:
    from speechdraft.pipeline import build_draft
    from speechdraft.writers.text import to_text

    rendered = flagged = 0
    classes: Counter[str] = Counter()
    lines = []
    for path, data in chosen:
        for seed in range(1, seeds + 1):
            try:
                text = to_text(build_draft(path, seed=seed).document)
            except Exception:  # an old profile this tree refuses: not counted
                continue
            rendered += 1
            found = seams(data, text)
            flagged += bool(found)
            classes.update(name for name, _ in found)
            lines += [
                (name, f"{path.parent.parent.name}/{path.stem}#{seed}", s) for name, s in found
            ]
    return rendered, flagged, classes, lines


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument("--show", type=int, default=0)
    parser.add_argument("--points-only", action="store_true")
    parser.add_argument("folders", nargs="*")
    args = parser.parse_args()
    folders = tuple(Path(f).resolve() for f in args.folders) or FOLDERS
    chosen = profiles(folders)
    points = list(dict.fromkeys([p for _, d in chosen for p in clerk_points(d)] + list(SHAPES)))
    woven = woven_points(points)
    print(f"points {len(points)} × 2 voices: {len({(p, s) for _, p, s in woven})} seams")
    for name, count in Counter(name for name, _, _ in woven).most_common():
        print(f"  {name}: {count}")
    for name, point, sentence in woven[: args.show]:
        print(f"    [{name}] {point} → {sentence}")
    if args.points_only:
        return
    rendered, flagged, classes, lines = drafts(chosen, args.seeds)
    print(f"drafts {rendered}: {flagged} with a seam, {sum(classes.values())} seams")
    for name, count in classes.most_common():
        print(f"  {name}: {count}")
    for name, where, sentence in lines[: args.show]:
        print(f"    [{name}] {where}: {sentence}")


if __name__ == "__main__":
    main()
