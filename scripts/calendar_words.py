"""Finds, in rendered drafts, words that disagree with the meeting's date, season, place
or occasion (issue 11's F, round aa): a review of 上半年 at an October meeting, 今年的总体要求
in mid-year, 一年来 at a mid-year leading group, 高温 at a November safety meeting, 每天往返
for pastoral boarders, an opening promising 研判当前形势 where the draft has no such part,
a safety meeting whose main task is a general education plan.

    python scripts/calendar_words.py                 # every profile in the repository, seeds 1–3
    python scripts/calendar_words.py FOLDER… [-v]    # other folders; -v lists every hit
    python scripts/calendar_words.py --texts ROUND   # a review round's rendered drafts/

Only the bank's words are counted: a sentence whose flagged words the profile itself gives
(a clerk's point saying 上半年) is the clerk's.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from speechdraft.pipeline import build_draft
from speechdraft.writers.text import to_text

ROOT = Path(__file__).resolve().parents[1]
SEEDS = (1, 2, 3)

# (family, pattern, months it does NOT fit, kinds it is checked in (empty: all))
_MID = frozenset(range(5, 11))
_COLD = frozenset({10, 11, 12, 1, 2, 3})
_WARM = frozenset({5, 6, 7, 8, 9})
RULES: tuple[tuple[str, re.Pattern[str], frozenset[int], frozenset[str]], ...] = (
    ("time: 上半年", re.compile(r"上半年"), frozenset(range(1, 13)) - {7, 8, 9}, frozenset()),
    ("time: 下半年", re.compile(r"下半年"), frozenset(range(1, 13)) - {6, 7, 8, 9}, frozenset()),
    (
        "time: 一年来 in mid-year",
        re.compile(r"一年来|过去(?:的)?一年|回顾上一年|从上一年的情况看"),
        _MID,
        frozenset(
            {"leader_speech", "work_report", "concluding_remarks", "leading_group", "safety"}
        ),
    ),
    (
        "time: 今年的总体要求 in mid-year",
        re.compile(
            r"今年(?:工作)?的(?:总体要求|总体思路|工作思路|基本思路|主要目标)"
            r"|今年工作的(?:总体要求|总体思路|基本思路|主要目标)|为(?:做好)?今年的工作打下"
        ),
        frozenset({5, 6, 7, 8, 9, 10}),
        frozenset(),
    ),
    ("season: 高温 in the cold months", re.compile(r"高温|防暑|中暑"), _COLD, frozenset()),
    (
        "season: 寒潮 in the warm months",
        re.compile(r"寒潮|防寒|雨雪冰冻|冰雪|取暖|防冻"),
        _WARM,
        frozenset(),
    ),
    (
        "season: warm-weather words in winter",
        re.compile(r"天气炎热|初秋|气温(?:仍然|依然)较高|气温(?:逐渐|逐步)?回升"),
        frozenset({10, 11, 12, 1, 2}),
        frozenset(),
    ),
)
# (family, words of the profile naming the place, words that do not fit it)
_PLACES = (
    (
        "place: 每天往返 for pastoral pupils",
        re.compile(r"牧区|游牧|牧民"),
        re.compile(r"每天往返|过马路|每天(?:上下学|接送)"),
    ),
    (
        "place: warm early autumn on a plateau",
        re.compile(r"高原|高寒|海拔|藏区|牧区"),
        re.compile(r"初秋|气温(?:仍然|依然)?较高|天气(?:仍然)?炎热"),
    ),
)
_PROMISED_SITUATION = re.compile(r"(?:研判|分析)(?:当前|教育发展|教育)?(?:的)?形势")
_SITUATION_PART = re.compile(r"形势")
_SAFETY_TASK = re.compile(
    r"主要任务是(?:深入)?(?:学习)?贯彻[^，。]*(?:纲要|教育大会|全会|决策部署)"
)
_TEACHERS_TALK = re.compile(r"谈[一二三四五两几]点心里话")
_ORDERS = re.compile(r"各(?:县|市|区|旗|乡镇|地)|有关部门|局机关|成员单位")
_TODAY_HONOURED = re.compile(r"[一二三四五六七八九十]是[^。；]{0,12}本次表彰")


def sentences(text: str) -> Iterator[str]:
    for line in text.splitlines():
        for part in re.findall(r"[^。！？]*[。！？]?", line):
            if part.strip():
                yield part.strip()


def profile_text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def sentence_hits(sentence: str, kind: str, month: int, own: str) -> Iterator[str]:
    """The families a sentence of a draft for a ``kind`` meeting in ``month`` is in; ``own``
    is the profile's text (words the clerk gave are the clerk's)."""
    for family, pattern, months, kinds in RULES:
        found = pattern.search(sentence)
        if found and month in months and (not kinds or kind in kinds) and found.group() not in own:
            yield family
    for family, place, words in _PLACES:
        found = words.search(sentence) if place.search(own) else None
        if found and found.group() not in own:
            yield family
    if kind == "safety" and _SAFETY_TASK.search(sentence):
        yield "occasion: safety meeting's task a general plan"
    if kind == "teachers_day" and _TODAY_HONOURED.search(sentence):
        yield "occasion: today's commendation as a year's achievement"


def draft_hits(text: str, kind: str, month: int, own: str) -> Iterator[tuple[str, str]]:
    lines = text.splitlines()
    for sentence in sentences(text):
        for family in sentence_hits(sentence, kind, month, own):
            yield family, sentence
    opening = "\n".join(lines[:12])
    headings = [line for line in lines if re.match(r"^\s*[一二三四五六七八九十]+、", line)]
    said = _PROMISED_SITUATION.search(opening)
    # a leader speech's and a safety speech's first part is the situation
    situation_part = any(_SITUATION_PART.search(h) for h in headings)
    if said and kind not in {"leader_speech", "safety"} and not situation_part:
        yield "promise: 研判形势 without a situation part", said.group()
    talk = _TEACHERS_TALK.search(text) if kind == "teachers_day" else None
    if talk and _ORDERS.search(text[talk.end() : talk.end() + 1200]):
        yield "occasion: 心里话 followed by orders", talk.group()


def hits(path: Path, seed: int | None) -> Iterator[tuple[str, str]]:
    draft = build_draft(path, seed=seed)
    ctx = draft.context
    yield from draft_hits(
        to_text(draft.document), ctx.kind.key, ctx.meeting_day.month, profile_text(path)
    )


_HEADER = re.compile(r"类型：(\w+).*会议日期：\d{4}-(\d{2})-\d{2}")


def text_hits(path: Path, profiles_dir: Path) -> Iterator[tuple[str, str]]:
    """A draft rendered before (a review round's drafts/NAME.txt, whose header names its kind
    and date), with its profile (profiles/NAME.yaml)."""
    text = path.read_text(encoding="utf-8")
    header = _HEADER.search(text[:300])
    if header is None:
        return
    own_path = profiles_dir / f"{path.stem}.yaml"
    own = own_path.read_text(encoding="utf-8") if own_path.exists() else ""
    yield from draft_hits(text, header.group(1), int(header.group(2)), own)


def folders_in_repo() -> list[Path]:
    found = [ROOT / "profiles", ROOT / "examples"]
    found += sorted((ROOT / "docs" / "review").glob("*/profiles"))
    found.append(ROOT / "docs" / "review" / "profiles")
    return [f for f in found if f.is_dir()]


def profiles(folders: Iterable[Path]) -> list[Path]:
    return sorted({p.resolve() for f in folders for p in f.glob("*.yaml")})


def _runs(argv: list[str]) -> Iterator[tuple[str, list[tuple[str, str]]]]:
    """(name, hits) for each draft: rendered here, or read from ``--texts ROUND`` (a review
    round's folder with drafts/ and profiles/)."""
    if "--texts" in argv:
        for folder in (Path(a) for a in argv if not a.startswith("-")):
            for path in sorted((folder / "drafts").glob("*.txt")):
                yield path.name, list(text_hits(path, folder / "profiles"))
        return
    chosen = [Path(a) for a in argv if not a.startswith("-")] or folders_in_repo()
    for path in profiles(chosen):
        for seed in SEEDS:
            try:
                found = list(hits(path, seed))
            except Exception as exc:  # a profile the tool refuses is not this script's
                print(f"skip {path.name}: {exc.__class__.__name__}", file=sys.stderr)
                break
            yield f"{path.parent.parent.name}/{path.name}#{seed}", found


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    counts: Counter[str] = Counter()
    drafts: Counter[str] = Counter()
    total = 0
    for name, found in _runs(argv):
        total += 1
        for family in {f for f, _ in found}:
            drafts[family] += 1
        for family, sentence in found:
            counts[family] += 1
            if verbose:
                print(f"{family}\t{name}\t{sentence}")
    print(f"{total} drafts")
    for family in sorted(counts):
        print(f"{counts[family]:5d} lines in {drafts[family]:4d} drafts  {family}")
    print(f"{sum(counts.values()):5d} lines in all")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
