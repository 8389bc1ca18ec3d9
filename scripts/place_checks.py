"""Counts figures and sentences said where no heading covers them (issue 11's S: round ad's
readers' 游离 figures and 题不对文 headings).

    python scripts/place_checks.py                 # every profile of the repository, seeds 1–3
    python scripts/place_checks.py --show          # … and the lines each detector finds
    python scripts/place_checks.py FOLDER…         # the profiles of these folders instead
    python scripts/place_checks.py --texts DIR     # drafts dumped by scripts/dump_texts.py --all

Detectors (rules over what a draft says, with the bank's own sub-topic names):
- ``loose_figure``: a plan figure (…计划…N) said after the targets or straight under a
  part's heading, before that part's first section; ``loose_led``: those of them led by a
  要… of their own (要抓实隐患排查整改，年内全区计划排查整改校园
  安全隐患450项。 between the targets and 为实现上述目标…);
- ``uncovered``: a sentence in a section whose heading names sub-topics of an area (its
  families' names) while the sentence names only other sub-topics of that area (补充教师 under
  加强培养培训; 艺术节 under 让学生走出教室、走向操场、走进阳光); ``uncovered_figure``: those
  of them that say a figure;
- ``part_uncovered``: a section (（一）…, 一是要…) under a part heading whose first clause names
  a work (promise.promised_terms, two words or more: 督促检查, 教育教学秩序) that neither the
  section's heading nor its body says (三要强化督促检查 over 部门联动; 三、规范教育教学秩序
  over 控辍保学 and 寄宿制).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from functools import lru_cache
from multiprocessing import Pool
from pathlib import Path

import yaml
from detector_runs import ROOT, draft_findings, profiles, tally

from speechdraft.compose.promise import keeps, promised_terms

SEEDS = (1, 2, 3)
KEYS = ("loose_figure", "loose_led", "uncovered", "uncovered_figure", "part_uncovered")

_NUM = "一二三四五六七八九十"
_PART = re.compile(rf"^(?:[{_NUM}]+、|[{_NUM}]+要)(?!.*。$)")
_SECTION = re.compile(rf"^（[{_NUM}]+）(?!.*。$)")
_INLINE = re.compile(rf"^([{_NUM}]+是要?[^。]{{2,40}}?。)")
_PLACE = r"全(?:省|市|州|盟|县|区|旗|乡|镇|苏木|自治区)"
PLAN = re.compile(
    rf"(?:{_PLACE}|项目|工程|领导小组|委员会|率|[^，。；]{{2}})计划(?!生育|单列)[^，。；]*\d"
)
_TARGETS = re.compile(r"(?<!的)目标(?:是|：|为)|目标任务|目标有")
_SENTENCE = re.compile(r"[^。！？]+[。！？]?")


@lru_cache(maxsize=1)
def areas() -> list[tuple[frozenset[str], dict[str, frozenset[str]]]]:
    """Each area of the bank: its own names and its sub-topics' names (aliases of two
    characters or more)."""
    found = []
    for path in sorted((ROOT / "templates" / "phrases").glob("*/*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or "families" not in data:
            continue
        # an area named by a word of its own (教师队伍, 校园安全), not by 教师 alone
        own = frozenset(a for a in data.get("aliases") or () if len(a) >= 3)
        families = {
            f["key"]: frozenset(a for a in f.get("aliases") or () if len(a) >= 2)
            for f in data["families"]
            if f.get("aliases")
        }
        found.append((own, families))
    return found


def _named(text: str, names: frozenset[str]) -> bool:
    return any(name in text for name in names)


def uncovered(heading: str, sentence: str) -> bool:
    """Whether ``sentence`` speaks only of sub-topics of an area of which ``heading`` names
    other sub-topics and not the area itself."""
    for own, families in areas():
        said = {k for k, names in families.items() if _named(heading, names)}
        if not said or _named(heading, own - frozenset().union(*families.values())):
            continue
        told = {k for k, names in families.items() if _named(sentence, names)}
        if told and not told & said:
            return True
    return False


def part_uncovers(part: str, section: str) -> bool:
    """Whether a part's heading promises a thing its section does not say: its first
    clause names a work of two words or more (promised_terms: 督促检查, 教育教学秩序; not 年度
    of 明确年度任务) that the section's heading and body do not say."""
    terms = promised_terms(re.split(r"[，,：:；]", part, maxsplit=1)[0])
    return len(terms) >= 2 and not keeps(terms, [section])


def _lines(text: str) -> list[str]:
    body = text.split("\n--- notes", 1)[0]
    return [line.strip().strip("\u3000") for line in body.splitlines() if line.strip()]


def _sections(lines: list[str]) -> Iterator[tuple[str, str, str, list[str]]]:
    """(part heading, section heading, kind, body sentences) for every section; kind is
    "loose" for the lines of a part before its first section."""
    part = ""
    heading, kind, body = "", "loose", []
    for line in lines:
        if _PART.match(line):
            yield part, heading, kind, body
            part, heading, kind, body = re.sub(rf"^[{_NUM}]+[、要]", "", line), "", "loose", []
            continue
        if _SECTION.match(line):
            yield part, heading, kind, body
            heading, kind, body = re.sub(r"^（.+?）", "", line), "section", []
            continue
        inline = _INLINE.match(line)
        if inline:
            yield part, heading, kind, body
            head = re.sub(rf"^[{_NUM}]+是要?", "", inline.group(1)).rstrip("。")
            heading, kind = head, "section"
            body = [s for s in _SENTENCE.findall(line[inline.end() :]) if s.strip()]
            continue
        body.extend(s for s in _SENTENCE.findall(line) if s.strip())
        body.append("\n")  # a paragraph ends
    yield part, heading, kind, body


def _loose_figures(
    body: list[str], targets_seen: bool, in_part: bool, found: dict[str, list[str]]
) -> bool:
    """The plan figures of a part's lines before its first section, after the targets or
    under the part's heading (``loose_figure``); those led by a 要… of their own
    (``loose_led``: 要抓实隐患排查整改，年内全区计划…), the rest said on from the targets
    (同时，今年全省计划…). Returns whether the targets have been said."""
    for sentence in body:
        if sentence == "\n":
            continue
        if _TARGETS.search(sentence):
            targets_seen = True
        elif (targets_seen or in_part) and PLAN.search(sentence):
            found.setdefault("loose_figure", []).append(sentence)
            if sentence.startswith("要"):
                found.setdefault("loose_led", []).append(sentence)
    return targets_seen


def check(text: str, data: dict) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    lines = _lines(text)
    # the speech starts after its salutation (the title and date lines are no part)
    start = next((i for i, line in enumerate(lines) if line.endswith("：")), 0)
    targets_seen = False
    for part, heading, kind, body in _sections(lines[start + 1 :]):
        if kind == "loose":
            targets_seen = _loose_figures(body, targets_seen, bool(part), found)
            continue
        for sentence in (s for s in body if s != "\n"):
            if uncovered(heading, sentence):
                found.setdefault("uncovered", []).append(f"{heading} ｜ {sentence}")
                if re.search(r"\d", sentence):
                    found.setdefault("uncovered_figure", []).append(f"{heading} ｜ {sentence}")
        if part and part_uncovers(part, "".join((heading, *body))):
            found.setdefault("part_uncovered", []).append(f"{part} ｜ {heading}")
    return found


def _one(job: tuple[Path, int]) -> tuple[str, dict[str, list[str]], int]:
    return draft_findings(job, check)


def _dumped(folder: Path) -> Iterator[tuple[str, dict[str, list[str]], int]]:
    """Drafts written by scripts/dump_texts.py --all."""
    for text in sorted(folder.glob("*.txt")):
        stem, _, seed = text.stem.rpartition("-seed")
        yield (f"{stem}#{seed}", check(text.read_text(encoding="utf-8"), {}), 1)


def main() -> None:
    args = sys.argv[1:]
    show = "--show" in args
    if "--texts" in args:
        results: Iterator[tuple[str, dict[str, list[str]], int]] = _dumped(
            Path(args[args.index("--texts") + 1])
        )
    else:
        folders = [Path(a).resolve() for a in args if not a.startswith("--")]
        jobs = [(p, s) for p in profiles(folders) for s in SEEDS]
        results = Pool(2).imap(_one, jobs, chunksize=8)
    rendered, lines, drafts = tally(results, show)
    print(f"{rendered} drafts")
    for key in KEYS:
        print(f"{key:16} {lines[key]:5} lines in {drafts[key]:4} drafts")


if __name__ == "__main__":
    main()
