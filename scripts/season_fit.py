"""Lines whose season tag does not fit the meeting, and terms said before they existed.

Round ai's readers struck stock lines right in general but wrong for this meeting's date or
occasion: the school run (上学放学的路线, 接送车辆逐一登记, 校门口接送区域) at a summer-break
safety meeting, 严禁提前招生 at a late-August opening, 全年培训教师… at a September teachers'
day, 贯穿汛期和暑假 on 28 August, 今天我们专门开会研究部署校园安全工作 at a holiday meeting;
and terms before their years (应急部门 in 2016, 重复填报 before 2019, 挂图作战, 共同开拓疆域,
锚定). src/speechdraft/seasons.py tags a wording by its words and decides the meeting's
occasions by its date, kind and name; norms/terms.yaml dates the terms.

This script reads the rules from *this* tree's files (seasons.py by path, terms.yaml's entries
named below), so the same count runs over drafts rendered by another tree:
  PYTHONPATH=/tmp/old/src python scripts/season_fit.py render DIR…   (main's drafts)
  python scripts/season_fit.py render DIR…                            (this tree's)
  python scripts/season_fit.py months                                 (own profiles, every month)
  python scripts/season_fit.py bank                                   (bank wordings per tag)
DIR is a folder of profiles (or a profile file); seeds 1–3. Prints, per tag, the lines and
drafts found, and the first few lines.
"""

from __future__ import annotations

import datetime
import importlib.util
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
_SPEC = importlib.util.spec_from_file_location(
    "season_rules", ROOT / "src" / "speechdraft" / "seasons.py"
)
assert _SPEC and _SPEC.loader
seasons = importlib.util.module_from_spec(_SPEC)
sys.modules["season_rules"] = seasons
_SPEC.loader.exec_module(seasons)

# the dated terms this branch added or widened (norms/terms.yaml)
_TERM_IDS = (
    "reorganised_departments",
    "data_not_refilled",
    "battle_map",
    "ethnic_shared_history",
    "anchor_goals",
)
_SENTENCE = re.compile(r"[^。！？\n]*[。！？]|[^。！？\n]+$", re.M)
SEEDS = (1, 2, 3)


def _terms() -> list[tuple[str, re.Pattern[str], datetime.date]]:
    entries = yaml.safe_load((ROOT / "templates" / "norms" / "terms.yaml").read_text("utf-8"))
    found = []
    for entry in entries:
        if entry["id"] in _TERM_IDS:
            start = str(entry["from"])
            parts = [int(p) for p in start.split("-")] + [1, 1]
            day = datetime.date(parts[0], parts[1], parts[2])
            found.append((entry["id"], re.compile("|".join(entry["forms"])), day))
    return found


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in [str(k), *_strings(v)]]
    if isinstance(value, list):
        return [s for item in value for s in _strings(item)]
    return []


def _off(data: dict) -> set[str]:
    meeting = data.get("meeting") or {}
    day = meeting.get("date")
    if isinstance(day, str):
        day = datetime.date.fromisoformat(day)
    names = [str(meeting.get("name") or "")]
    for item in data.get("priorities") or []:
        names.append(item if isinstance(item, str) else str(item.get("area", "")))
    written = {k: v for k, v in data.items() if k not in ("speaker", "region", "kind")}
    keys = seasons.off_season(str(data.get("kind")), day, names, _strings(written))
    return {k.split(":", 1)[1] for k in keys}


def _spoken(path: Path, seed: int) -> str:
    from speechdraft.pipeline import build_draft

    data = yaml.safe_load(path.read_text("utf-8"))
    data["seed"] = seed
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / path.name
        copy.write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
        return "\n".join(build_draft(copy).document.spoken_lines())


def _hits(
    text: str, off: set[str], day: datetime.date, profile_text: str, terms: list
) -> list[tuple[str, str]]:
    """(key, sentence) for each line off the meeting's season or before its term's years; the
    clerk's 【待补：…】 asks are not said."""
    found = []
    for sentence in (s.strip() for s in _SENTENCE.findall(re.sub(r"【[^】]*】", "", text))):
        for tag in seasons.SEASON_TAGS:
            if tag.key in off and tag.words.search(sentence):
                found.append((f"season:{tag.key}", sentence))
        for term_id, form, start in terms:
            if day < start and form.search(sentence) and not form.search(profile_text):
                found.append((f"term:{term_id}", sentence))
    return found


def _count(paths: list[Path], show: int = 4) -> None:
    terms = _terms()
    lines: Counter[str] = Counter()
    drafts: Counter[str] = Counter()
    shown: dict[str, list[str]] = {}
    total = 0
    for path in paths:
        data = yaml.safe_load(path.read_text("utf-8"))
        if not isinstance(data, dict) or "kind" not in data:
            continue
        off = _off(data)
        day = data["meeting"]["date"]
        day = datetime.date.fromisoformat(day) if isinstance(day, str) else day
        profile_text = "\n".join(_strings(data))
        for seed in SEEDS:
            try:
                text = _spoken(path, seed)
            except Exception as error:  # a profile another tree rejects
                print(f"! {path.name} seed {seed}: {type(error).__name__}", file=sys.stderr)
                continue
            total += 1
            found = _hits(text, off, day, profile_text, terms)
            for key, sentence in found:
                lines[key] += 1
                shown.setdefault(key, []).append(f"{path.name} s{seed}: {sentence}")
            drafts.update({key for key, _ in found})
    print(f"drafts rendered: {total}")
    for key in sorted(lines):
        print(f"{key:34} {lines[key]:5} lines {drafts[key]:5} drafts")
        for line in shown[key][:show]:
            print(f"    {line}")
    print(f"{'all':34} {sum(lines.values()):5} lines")


def _month_profiles(folder: Path) -> list[Path]:
    """One safety, one opening or teachers' day and one report a month: the detector's own."""
    paths = []
    for month in range(1, 13):
        for kind, title, name in (
            ("safety", "县教育局局长", "全县中小学幼儿园安全工作会议"),
            ("safety", "副县长", "全县中小学幼儿园暑期安全工作会议" if month in (6, 7) else None),
            ("work_report", "县教育局局长", None),
        ):
            data: dict = {
                "kind": kind,
                "meeting": {"date": f"2027-{month:02d}-12"},
                "region": {"level": "county", "name": "平川县"},
                "speaker": {"title": title},
                "duration_minutes": 30,
                "priorities": ["防溺水", "交通安全", "食品安全", "校园欺凌防治"]
                if kind == "safety"
                else ["教师队伍建设", "招生入学", "督导评估"],
            }
            if name:
                data["meeting"]["name"] = name
            path = folder / f"{month:02d}-{kind}-{title}-{bool(name)}.yaml"
            path.write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
            paths.append(path)
        for kind in ("school_opening", "teachers_day"):
            if month in (2, 3, 8, 9) or (kind == "teachers_day" and month == 9):
                data = {
                    "kind": kind,
                    "meeting": {
                        "date": f"2027-{month:02d}-{'08' if kind == 'teachers_day' else '26'}"
                    },
                    "region": {"level": "city", "name": "临江市"},
                    "speaker": {"title": "市长"},
                    "duration_minutes": 30,
                    "priorities": ["招生入学", "教师队伍建设", "校园安全"],
                }
                path = folder / f"{month:02d}-{kind}.yaml"
                path.write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
                paths.append(path)
    return paths


def _bank() -> None:
    counts: Counter[str] = Counter()
    for file in sorted((ROOT / "templates" / "phrases").rglob("*.yaml")):
        for line in file.read_text("utf-8").splitlines():
            for key in seasons.season_tags(line):
                counts[key] += 1
    for key, n in sorted(counts.items()):
        print(f"{key:14} {n:4} bank lines")


def main(argv: list[str]) -> None:
    if argv[:1] == ["bank"]:
        _bank()
    elif argv[:1] == ["months"]:
        with tempfile.TemporaryDirectory() as tmp:
            _count(_month_profiles(Path(tmp)))
    elif argv[:1] == ["render"]:
        paths: list[Path] = []
        for arg in argv[1:]:
            p = Path(arg)
            paths.extend(sorted(p.glob("*.yaml")) if p.is_dir() else [p])
        _count(paths)
    else:
        print(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
