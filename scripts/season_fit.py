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
  python scripts/season_fit.py holidays                               (the season's topics, below)

``holidays`` (branch season27, issue 11's S) renders safety, school-opening, concluding and
leading-group drafts for every month of a few years (the detector's own profiles) and counts
**misses**: a meeting due to speak of its season (norms/season_topics.yaml, read from this
tree: a July safety meeting of 暑期、防溺水, a January one of 寒假、烟花爆竹…) whose draft never
says any of the topic's words; and **wrong-season lines**: a line whose season tag does not
fit the meeting (SEASON_TAGS, among them 新的一年 out of December–March and a work meeting's
ending, 乘势而上、建设教育强县, 听课, at a safety meeting).
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


def _date(value: object) -> datetime.date:
    """A profile's date: a YAML date, 2027-07-02 or 2017年2月21日."""
    if isinstance(value, datetime.date):
        return value
    found = re.match(r"(\d{4})\D(\d{1,2})\D(\d{1,2})", str(value))
    assert found, value
    return datetime.date(*map(int, found.groups()))


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
    day = _date(meeting.get("date"))
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
        day = _date(data["meeting"]["date"])
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


def _topics() -> list[object]:
    """This tree's norms/season_topics.yaml, as seasons.season_due reads it."""

    class Topic:
        def __init__(self, entry: dict) -> None:
            self.key = entry["key"]
            self.kinds = {k: frozenset(v) for k, v in entry["kinds"].items()}
            self.named = tuple(entry["named"])
            self.said = tuple(entry["said"])

        def months(self, kind: str) -> frozenset[int] | None:
            return self.kinds.get(kind)

    path = ROOT / "templates" / "norms" / "season_topics.yaml"
    return [Topic(e) for e in yaml.safe_load(path.read_text("utf-8"))]


_HOLIDAY_YEARS = (2019, 2027)


def _holiday_profiles(folder: Path) -> list[Path]:
    """Safety meetings (plain and named for the season), concluding and leading-group
    speeches at a safety meeting, and openings, for every month (openings in theirs)."""
    paths = []
    for year in _HOLIDAY_YEARS:
        for month in range(1, 13):
            season = {6: "暑期", 7: "暑期", 12: "冬季", 1: "寒假"}.get(month)
            meetings = [
                ("safety", "县教育局局长", "全县中小学幼儿园安全工作会议"),
                ("concluding_remarks", "副县长", "全县学校安全工作会议"),
                ("leading_group", "县委副书记", "县委教育工作领导小组会议"),
            ]
            if season:
                meetings.append(("safety", "副县长", f"全县中小学幼儿园{season}安全工作会议"))
            if month in (1, 2, 8, 9):
                term = "春季" if month <= 2 else "秋季"
                meetings.append(("school_opening", "县教育局局长", f"全县{term}开学工作会议"))
            for kind, title, name in meetings:
                data: dict = {
                    "kind": kind,
                    "meeting": {"date": f"{year}-{month:02d}-10", "name": name},
                    "region": {"level": "county", "name": "平川县"},
                    "speaker": {"title": title},
                    "duration_minutes": 25,
                    "priorities": ["食品安全", "消防安全", "校园欺凌防治"]
                    if kind in ("safety", "concluding_remarks")
                    else ["教师队伍建设", "开学安全检查", "课后服务"]
                    if kind == "school_opening"
                    else ["教师队伍建设", "义务教育优质均衡", "学校党建"],
                }
                stem = f"{year}-{month:02d}-{kind}-{name}"
                path = folder / f"{stem}.yaml"
                path.write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
                paths.append(path)
    return paths


def _holiday_draft(
    path: Path, seed: int, topics: list[object], tally: dict[str, Counter[str]], shown: dict
) -> bool:
    """Count one draft's misses and wrong-season lines into ``tally``; False if not rendered."""
    data = yaml.safe_load(path.read_text("utf-8"))
    meeting = data["meeting"]
    day = _date(meeting["date"])
    words = [meeting["name"], *data["priorities"]]
    due = seasons.season_due(data["kind"], day, words, words, topics)
    try:
        text = _spoken(path, seed)
    except Exception as error:  # a profile another tree rejects
        print(f"! {path.name} seed {seed}: {type(error).__name__}", file=sys.stderr)
        return False
    spoken = re.sub(r"【[^】]*】", "", text)
    said = {t.key: t.said for t in topics}  # type: ignore[attr-defined]
    for key in due:
        tally["due"][key] += 1
        if not any(word in spoken for word in said[key]):
            tally["miss"][key] += 1
            shown.setdefault("miss:" + key, []).append(f"{path.name} s{seed}")
    for key, sentence in _hits(text, _off(data), day, "", []):
        tally["wrong"][key] += 1
        shown.setdefault(key, []).append(f"{path.name} s{seed}: {sentence}")
    return True


def _holidays(paths: list[Path], show: int = 4) -> None:
    topics = _topics()
    tally: dict[str, Counter[str]] = {"due": Counter(), "miss": Counter(), "wrong": Counter()}
    shown: dict[str, list[str]] = {}
    total = sum(_holiday_draft(p, seed, topics, tally, shown) for p in paths for seed in SEEDS)
    print(f"drafts rendered: {total}")
    for key in sorted(tally["due"]):
        print(f"miss:{key:29} {tally['miss'][key]:5} of {tally['due'][key]:4} due drafts")
        for line in shown.get("miss:" + key, [])[:show]:
            print(f"    {line}")
    for key in sorted(tally["wrong"]):
        print(f"{key:34} {tally['wrong'][key]:5} lines")
        for line in shown[key][:show]:
            print(f"    {line}")
    print(f"{'misses':34} {sum(tally['miss'].values()):5}")
    print(f"{'wrong-season lines':34} {sum(tally['wrong'].values()):5}")


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
    elif argv[:1] == ["holidays"]:
        with tempfile.TemporaryDirectory() as tmp:
            _holidays(_holiday_profiles(Path(tmp)))
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
