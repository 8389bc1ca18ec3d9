"""What an old speech says that a new profile needs: the review's points, the problems,
the guideline and targets, and the sentences of each section that carry figures.

``import`` (importer.py) writes these into the profile's own fields, each marked to be
re-confirmed: they are last year's words, kept so the clerk edits rather than retypes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from speechdraft.lint.outline import Outline, OutlineHeading
from speechdraft.lint.reader import SourceDraft
from speechdraft.phrasebank import PhraseBank

_ITEM = re.compile(r"(?:^|(?<=[：:；;。，,]))\s*[一二三四五六七八九十]是")
_PROBLEMS = re.compile(r"清醒地看到|不容忽视|短板|不足|差距|薄弱环节|突出问题")
_REVIEW = re.compile(r"回顾|成绩|成效|过去一年|一年来|形势")
_GUIDELINE = re.compile(r"总体(?:要求|思路)是[：:]([^。]+)。")
_TARGETS = re.compile(r"(?:主要|工作|年度)?目标(?:任务)?是[：:](.+?)(?:。|$)")
_NUMBER = re.compile(r"\d")
_PLACEHOLDER = re.compile(r"【待补|XX|××|某某")
# Safeguard headings are figurative (把牢正确方向，织密责任落实链条): the catalogue's
# safeguard is recognised by these words in the heading or its first paragraph.
_SAFEGUARD_WORDS = (
    ("督导考核", r"督导|考核|考评|问责|评价|督查"),
    ("经费保障", r"经费|投入|资金|财政|投管"),
    ("工作作风", r"作风|减负|担当|调研|实干"),
    ("宣传氛围", r"宣传|氛围|舆论|尊师重教"),
    ("部门协同", r"协同|合力|联动|齐抓共管|部门"),
    ("组织领导", r"领导|方向|责任|党建|组织"),
)
MAX_POINTS = 4


@dataclass
class Harvest:
    achievements: list[tuple[str, list[str]]] = field(default_factory=list)  # (area, points)
    problems: list[str] = field(default_factory=list)
    guideline: str | None = None
    targets: list[str] = field(default_factory=list)


def enumerated_items(text: str) -> list[str]:
    """一是A；二是B。三是C → [A, B, C], each cut at its sentence's end."""
    starts = [m.end() for m in _ITEM.finditer(text)]
    items = []
    for number, start in enumerate(starts):
        end = _ITEM.search(text, start)
        piece = text[start : end.start() if end else len(text)]
        piece = re.split(r"[。！？]", piece, maxsplit=1)[0].strip().rstrip("；;，,")
        if piece and number < 10:
            items.append(piece)
    return items


def clause(text: str) -> str:
    """A sentence as a profile point: no closing punctuation (the draft adds its own)."""
    return text.strip().rstrip("。；;，,！!").strip()


def sentences(text: str) -> list[str]:
    return [s for s in (clause(p) for p in re.split(r"(?<=[。！？])", text)) if s]


def harvest(
    draft: SourceDraft, outline: Outline, bank: PhraseBank, tasks_part: int | None
) -> Harvest:
    """``tasks_part`` is the paragraph of the part holding the key tasks: what comes
    before it is the review; its own first paragraphs hold the guideline and targets."""
    found = Harvest()
    end = tasks_part if tasks_part is not None else len(draft.paragraphs)
    for text in draft.paragraphs[:end]:
        if _PROBLEMS.search(text) and not found.problems:
            found.problems = [p for p in enumerated_items(text) if not _PLACEHOLDER.search(p)]
    found.achievements = _achievements(draft, outline, bank, end)
    for text in draft.paragraphs:
        if found.guideline is None and (m := _GUIDELINE.search(text)):
            found.guideline = m.group(1).strip()
        if not found.targets and (m := _TARGETS.search(text)):
            items = enumerated_items(m.group(1)) or [clause(m.group(1))]
            found.targets = [t for t in items if not _PLACEHOLDER.search(t)]
    return found


def _achievements(
    draft: SourceDraft, outline: Outline, bank: PhraseBank, end: int
) -> list[tuple[str, list[str]]]:
    tops = [h for h in outline.headings if h.level == 1 and h.paragraph < end]
    review = next((h for h in tops if _REVIEW.search(h.title)), tops[0] if tops else None)
    if review is None:
        return []
    subsections = [
        h for h in outline.headings if h.level == 2 and review.paragraph < h.paragraph < end
    ]
    if subsections:
        return _by_subsection(draft, subsections, bank, end)
    found = []
    for text in draft.paragraphs[review.paragraph + 1 : end]:
        if _PROBLEMS.search(text) or not _ITEM.match(text):
            continue
        items = enumerated_items(text)
        lead = items[0] if items else clause(text)
        rest = [s for s in sentences(_ITEM.sub("", text, count=1))[1:] if _NUMBER.search(s)]
        area = bank.find_area(lead)
        points = [s for s in [lead, *rest] if not _PLACEHOLDER.search(s)][:MAX_POINTS]
        found.append((area.label if area else "综合", points))
    return found


def _by_subsection(
    draft: SourceDraft, subsections: list[OutlineHeading], bank: PhraseBank, end: int
) -> list[tuple[str, list[str]]]:
    found = []
    for number, heading in enumerate(subsections):
        stop = subsections[number + 1].paragraph if number + 1 < len(subsections) else end
        body = [heading.title] if heading.title else []
        for text in draft.paragraphs[heading.paragraph + 1 : stop]:
            if _PROBLEMS.search(text):
                break
            body += sentences(text)
        area = bank.find_area(heading.title)
        points = [s for s in body if not _PLACEHOLDER.search(s)][:MAX_POINTS]
        if points:
            found.append((area.label if area else "综合", points))
    return found


def figure_sentences(draft: SourceDraft, start: int, stop: int) -> list[str]:
    """The sentences of a section that carry a figure or a numeric hint (跟岗研修不少于1个)."""
    found: list[str] = []
    for text in draft.paragraphs[start:stop]:
        for sentence in sentences(text):
            if _NUMBER.search(sentence) and not _PLACEHOLDER.search(sentence):
                found.append(sentence)
    return found[:MAX_POINTS]


def safeguard_area(bank: PhraseBank, heading: str, first_paragraph: str) -> str | None:
    """The catalogue safeguard a figurative heading stands for, or None. The heading's
    own words decide first (完善考评体系 is 督导考核, not the first alias that overlaps)."""
    for text in (heading, first_paragraph):
        for name, words in _SAFEGUARD_WORDS:
            if re.search(words, text) and (area := bank.find_safeguard(name)) is not None:
                return area.label
    area = bank.find_safeguard(heading)
    return area.label if area is not None else None
