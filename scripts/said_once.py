"""Each number and each target said once, where its topic is (branch once26; round an's D, S, R).

    python scripts/said_once.py dump OUT [--seeds 3] [--jobs 2] [PROFILE …]
    python scripts/said_once.py count DUMP [--both OTHER] [-v] [--show 40]

``dump`` renders every repository profile (profiles/, tests' fixture profiles, docs/review/*/
profiles, each distinct file once) at seeds 1..N with the tree on PYTHONPATH, as
``scripts/stock_echo.py dump`` does. ``count`` reads a dump and counts, per draft:

- ``twice``: a figure (a count with its measure word, or a percentage) said in two sentences
  whose words before it name one measure (新补充教师260名 in the targets and again under 教师
  队伍; 家访覆盖率100% in the targets and in a stock line 推动…家访学生覆盖率达到100%);
- ``glued``: a target or plan figure said after the targets list with 同时 (同时，年内全县计划
  排查整改校园安全隐患300项。), outside the section of its topic;
- ``form``: a targets' lead that reads like a form (要实现的目标主要有; 要确保实现的目标是; 我们
  的目标是 before one target; 具体目标是 before 一是…; a lead of several before one item).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

ROOT = Path(__file__).resolve().parents[1]

# a figure: a number with its measure (名, 所, 人次, %, 万元…), two digits at least or a share
_FIGURE = re.compile(
    r"(?<![\d.])(\d[\d,.]*(?:万|亿)?(?:%|人次|名|人|个|所|家|项|套|次|辆|元|万元|亿元|间|座|支|处|场|户|小时|学时))"
)
_HAN = re.compile(r"[\u4e00-\u9fff]+")
# words before a figure that say no measure of their own (the plan's verbs, the place, time)
_FREE = frozenset(
    [
        "达到",
        "到达",
        "提高",
        "提升",
        "保持",
        "计划",
        "完成",
        "今年",
        "全年",
        "年内",
        "确保",
        "力争",
        "实现",
        "不低",
        "低于",
        "以上",
        "全市",
        "全县",
        "全区",
        "全省",
        "全州",
        "全镇",
        "全旗",
        "推动",
        "要把",
        "控制",
        "稳定",
        "巩固",
        "新增",
        "累计",
        "其中",
        "目标",
        "主要",
        "学期",
        "本学",
        "本年",
        "每校",
        "每月",
        "开展",
        "组织",
        "安排",
        "学校",
        "教育",
        "工作",
        "中小",
        "小学",
        "学生",
        "一是",
        "二是",
        "三是",
        "四是",
        "五是",
        "六是",
    ]
)
_YEARS = re.compile(r"(?:19|20)\d\d年?")
# the verb between a measure's name and its figure (覆盖率达到100%: 率达 is no word of it)
_VERBS = re.compile(
    r"(?:计划|要|力争|确保)?(?:达到|提高到|提升到|提高|提升|保持在|保持|稳定在|降到|降至|控制在|增加到|扩展到|为|是)$"
)
_GLUED = re.compile(r"^同时，[^。]*?(?:计划|年内|今年|全年|本学期)[^。]*?\d")
_FORM_LEADS = re.compile(r"要实现的目标主要有|要确保实现的目标是|我们的目标是|具体目标是：一是")
# one target said as a list: a lead naming 目标 and a colon, then one item
_LONE_LEAD = re.compile(r"^[^：。]{0,16}目标[^：。]{0,4}：[^；]*。$")
_MANY_LEAD = re.compile(r"(?:主要有|以下几个|几项|有以下)[^：]{0,6}：")


def all_profiles() -> list[Path]:
    files = sorted((ROOT / "profiles").glob("*.yaml"))
    files += sorted((ROOT / "tests" / "fixtures").glob("**/*.yaml"))
    for folder in sorted((ROOT / "docs/review").glob("*/profiles")):
        files += sorted(folder.glob("*.yaml"))
    seen: set[str] = set()
    distinct = []
    for path in files:
        digest = hashlib.md5(path.read_bytes()).hexdigest()
        if digest not in seen:
            seen.add(digest)
            distinct.append(path)
    return distinct


def _measure(sentence: str, at: int) -> frozenset[str]:
    """The two-character words of the Han run before a figure (its measure), less free words."""
    before = _VERBS.sub("，", _YEARS.sub("，", sentence[max(0, at - 14) : at]))
    runs = _HAN.findall(before)
    run = runs[-1] if runs else ""
    if len(run) < 3 and len(runs) > 1:
        run = runs[-2] + run
    return frozenset(run[i : i + 2] for i in range(len(run) - 1)) - _FREE


def figures_said(sentence: str) -> list[tuple[str, frozenset[str]]]:
    """The figures of a sentence (their text without commas) and their measures' words."""
    found = []
    for match in _FIGURE.finditer(sentence):
        value = match.group(1).replace(",", "")
        rest = sentence[match.end() :]
        if (
            not re.search(r"\d\d|%", value)
            or re.match(r"\d+(?:月|日|年)", sentence[match.start() :])
            or rest.startswith(("以上大班额", "以上超大班额"))  # a class size, no measure
        ):
            continue
        found.append((value, _measure(sentence, match.start())))
    return found


def twice(draft: dict[str, Any]) -> list[tuple[str, str, str]]:
    """Figures said a second time of one measure: (value, the later sentence, the earlier)."""
    said: list[tuple[str, frozenset[str], str]] = []
    found = []
    seen: set[str] = set()
    for _heading, sentence, _clerks in draft["lines"]:
        if sentence in seen:
            continue
        seen.add(sentence)
        for value, words in figures_said(sentence):
            # a share of 100% is every full target's: one word of the measure in common is not
            # enough, two are
            least = 3 if value.startswith("100%") else 1
            for other_value, other_words, other in said:
                if (
                    other is not sentence
                    and other_value == value
                    and len(words & other_words) >= least
                ):
                    found.append((value, sentence, other))
                    break
        said += [(v, w, sentence) for v, w in figures_said(sentence)]
    return found


def glued(draft: dict[str, Any]) -> list[str]:
    return [s for _h, s, _c in draft["lines"] if _GLUED.search(s)]


def form(draft: dict[str, Any]) -> list[str]:
    found = []
    for _h, line, _c in draft["lines"]:
        sentence = re.sub(r"【[^】]*】", "", line)  # a mark's 【待补：…】 is no lead's colon
        if "目标" not in sentence[:20]:
            continue
        head = sentence[: sentence.find("：") + 1] if "：" in sentence[:24] else ""
        lone = "二是" not in sentence and "；" not in sentence
        if (
            _FORM_LEADS.search(sentence)
            or (_LONE_LEAD.match(sentence) and lone)
            or (head and _MANY_LEAD.search(head) and lone)
        ):
            found.append(line)
    return found


def _render(job: tuple[str, int]) -> str | None:
    from stock_echo import _render as render

    return render(job)


def dump(out: Path, seeds: int, jobs: int, files: list[Path]) -> None:
    from multiprocessing import Pool

    todo = [(str(f), s) for f in files for s in range(1, seeds + 1)]
    with Pool(jobs) as pool, out.open("w", encoding="utf-8") as sink:
        done = 0
        for row in pool.imap(_render, todo, chunksize=4):
            if row is not None:
                sink.write(row + "\n")
                sink.flush()
                done += 1
    print(f"{done} drafts of {len(todo)} jobs → {out}")


def count(path: Path, verbose: bool, show: int, other: Path | None) -> None:
    drafts = [json.loads(line) for line in path.read_text("utf-8").splitlines()]
    if other is not None:
        keep = {json.loads(line)["draft"] for line in other.read_text("utf-8").splitlines()}
        drafts = [d for d in drafts if d["draft"] in keep]
    lines = sum(len(d["lines"]) for d in drafts)
    totals = {"twice": 0, "glued": 0, "form": 0}
    examples: dict[str, list[str]] = {k: [] for k in totals}
    for draft in drafts:
        name = draft["draft"].split("/")[-1]
        for value, later, earlier in twice(draft):
            totals["twice"] += 1
            examples["twice"].append(f"{name}\t{value}\t{later}\t← {earlier}")
        for kind, finder in (("glued", glued), ("form", form)):
            for sentence in finder(draft):
                totals[kind] += 1
                examples[kind].append(f"{name}\t{sentence}")
    whole = sum(totals.values())
    print(
        f"{len(drafts)} drafts, {lines} lines: twice {totals['twice']}, glued {totals['glued']}, "
        f"form {totals['form']}; all {whole} ({1000 * whole / max(lines, 1):.2f} per 1,000 lines)"
    )
    if verbose:
        for kind, rows in examples.items():
            random.Random(0).shuffle(rows)
            print(f"\n## {kind}")
            print("\n".join(rows[:show]))


def main() -> None:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out", type=Path)
    d.add_argument("--seeds", type=int, default=3)
    d.add_argument("--jobs", type=int, default=2)
    d.add_argument("profiles", nargs="*", type=Path)
    c = sub.add_parser("count")
    c.add_argument("dump", type=Path)
    c.add_argument("--both", type=Path)
    c.add_argument("-v", action="store_true")
    c.add_argument("--show", type=int, default=40)
    args = parser.parse_args()
    if args.command == "dump":
        dump(args.out, args.seeds, args.jobs, args.profiles or all_profiles())
    else:
        count(args.dump, args.v, args.show, args.both)


if __name__ == "__main__":
    main()
