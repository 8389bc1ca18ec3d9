"""Leads and heading frames that fit what they lead (branch lead24; round al's G, R, S on
leads, D on openers): counts three defects over the repository's drafts.

    python scripts/lead_frames.py [--seeds 3] [--show] [--dump DIR] [FOLDER …]

Renders every profile of the repository (profiles/ and docs/review/*/profiles, each text
once however many rounds hold it; or the folders given) at seeds 1..N with the tree on
PYTHONPATH, and counts with word lists of this script's own (so that main and a branch are
measured by one ruler):

- ``forced lead``: an achievement's lead that is an area name + a stock 工作X推进 (有序开展,
  有力推进, 统筹推进, 扎实推进, 持续加强) where the name is a meeting or a spirit carried out
  (全国教育大会精神贯彻工作统筹推进), an exam (高考工作有力推进), an inspection
  (督导评估工作有力推进), a deed (为教师减负工作有序开展), the safety speech's own theme
  (安全工作扎实推进 in a safety speech), or whose verb the next clause says again (有序开展，
  开展…); ``stock lead``: every such area + stock-verb lead, forced or not (for scale);
- ``work frame``: 做好…工作 over a name that is no 工作: a leadership (党的全面领导), a resolve
  and its deed (坚决遏制…, 科学应对…), a spirit (…精神), a battle (打赢…);
- ``opener again``: a numbered list's opener family (有N件事要抓紧, 重点抓好N件事, 着力抓好N件
  事, 重点做好N件事, 着力抓好N项工作) said a second time or more in one draft; ``opener after
  count``: such an opener in the sentence right after (headings not counted) a line that counted the
  work already (重点是抓好三项工作); ``one thing``: a list of one (抓好一件事).
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from collections.abc import Iterable
from multiprocessing import Pool
from pathlib import Path

from detector_runs import distinct, print_tally, profiles, speaking_lines


_STOCK = "有序开展|有力推进|统筹推进|扎实推进|持续加强"
# 一是…工作有力推进， / （三）…工作统筹推进 (a heading) / a sentence of its own
_LEAD = re.compile(
    rf"^(?:[一二三四五六七八九十]+是|（[一二三四五六七八九十]+）)?(?P<area>[^，。；：、]{{2,24}}?)"
    rf"(?P<verb>{_STOCK})(?P<after>[，。；]|$)(?P<rest>.{{0,6}})"
)
_MEETING = re.compile(r"会议|大会|精神|贯彻")
_EXAM = re.compile(r"高考|中考|考试|学考|学业水平")
_INSPECTION = re.compile(r"督导|评估|验收|考核")
_DEED = re.compile(r"^(?:为|推进|推动|实施|开展|落实|加强|做好|完成|抓好|提升|疫情期间|坚决)")
_SAFETY_THEME = re.compile(r"^(?:学校|校园|教育系统)?安全(?:工作|管理)?$")

_WORK_FRAME = re.compile(r"做好(?P<name>[^，。；：、]{2,24}?)工作")
_NOT_WORK = re.compile(
    r"(?<!小组)领导(?!小组)|^(?:坚决|全力|科学应对|下大力气|切实|严格|依法)"
    r"|精神$|^打赢|^打好|^让|^使"
)

_NUM = "[两三四五六七八九十几]"
_OPENERS = (
    ("有N件事要抓紧", re.compile(rf"有{_NUM}件事要抓紧")),
    ("重点抓好N件事", re.compile(rf"重点抓好{_NUM}件事")),
    ("着力抓好N件事", re.compile(rf"着力抓好{_NUM}件事")),
    ("重点做好N件事", re.compile(rf"重点做好{_NUM}件事")),
    ("着力抓好N项工作", re.compile(rf"着力抓好{_NUM}项工作")),
)
_COUNTED = re.compile(rf"{_NUM}(?:项(?:重点)?工作|个方面|项。)")
_ONE = re.compile(r"抓好一件事|一件事要抓紧|做好一件事|抓好一项工作")
_SENTENCE = re.compile(r"[^。！？\n]+[。！？]?")
_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)")

KEYS = (
    "forced lead",
    "stock lead",
    "work frame",
    "opener again",
    "opener after count",
    "one thing",
)


def _forced(area: str, kind: str, rest: str, verb: str) -> bool:
    bare = area.removesuffix("工作")
    if _MEETING.search(bare) or _EXAM.search(bare) or _INSPECTION.search(bare):
        return True
    if _DEED.match(bare):
        return True
    if kind == "safety" and _SAFETY_THEME.match(bare):
        return True
    return rest.startswith(verb[2:]) or rest.startswith(verb[:2])


def _frames(line: str, kind: str, found: dict[str, list[str]]) -> None:
    for clause in re.split(r"(?<=[；。])", line):
        lead = _LEAD.match(clause.strip())
        if lead and len(lead["area"]) >= 2:
            found["stock lead"].append(line)
            if _forced(lead["area"], kind, lead["rest"], lead["verb"]):
                found["forced lead"].append(line)
    for match in _WORK_FRAME.finditer(line):
        if _NOT_WORK.search(match["name"]):
            found["work frame"].append(line)


def check(text: str, kind: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {key: [] for key in KEYS}
    lines = speaking_lines(text)
    families: Counter[str] = Counter()
    since_count = 99
    for heading, line in lines:
        _frames(line, kind, found)
        if heading:
            continue
        for name, pattern in _OPENERS:
            if pattern.search(line):
                families[name] += 1
                if families[name] > 1:
                    found["opener again"].append(line)
                if since_count == 0:
                    found["opener after count"].append(line)
        if _ONE.search(line):
            found["one thing"].append(line)
        since_count = 0 if _COUNTED.search(line) else since_count + 1
    return {key: hits for key, hits in found.items() if hits}


def _profiles(folders: list[Path]) -> list[Path]:
    return distinct(profiles(folders))


def _one(job: tuple[Path, int, str]) -> tuple[str, dict[str, list[str]], int]:
    from speechdraft.pipeline import build_draft
    from speechdraft.writers.text import to_text

    path, seed, dump = job
    name = f"{path.parent.parent.name}-{path.stem}#{seed}"
    try:
        draft = build_draft(path, seed=seed)
    except Exception:  # a review's profile the current schema refuses: not counted
        return name, {}, 0
    text = to_text(draft.document)
    if dump:
        Path(dump, name + ".txt").write_text(text, encoding="utf-8")
    kind = getattr(getattr(draft, "profile", None), "kind", "") or ""
    if not kind:
        match = re.search(r"^kind:\s*(\w+)", path.read_text(encoding="utf-8"), re.M)
        kind = match[1] if match else ""
    return name, check(text, str(kind)), 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--dump", default="")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--texts", default="", help="count the drafts a --dump wrote instead")
    args = parser.parse_args()
    if args.texts:
        _count(
            (
                (path.stem, check(path.read_text(encoding="utf-8"), _kind_named(path.stem)), 1)
                for path in sorted(Path(args.texts).glob("*.txt"))
            ),
            args.show,
        )
        return
    if args.dump:
        Path(args.dump).mkdir(parents=True, exist_ok=True)
    jobs = [(p, s, args.dump) for p in _profiles(args.folders) for s in range(1, args.seeds + 1)]
    with Pool(args.jobs) as pool:
        _count(pool.imap(_one, jobs, chunksize=8), args.show)


_KINDS = ("safety", "concluding", "leader", "leading", "report", "opening", "teachers")


def _kind_named(name: str) -> str:
    """The kind a dumped draft's name says (only ``safety`` matters to the checks)."""
    return "safety" if "safety" in name else next((k for k in _KINDS if k in name), "")


def _count(results: Iterable[tuple[str, dict[str, list[str]], int]], show: bool) -> None:
    print_tally(results, KEYS, show)


if __name__ == "__main__":
    main()
