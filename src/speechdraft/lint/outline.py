"""Recovering a draft's structure: title, announced counts, headings, enumerations.

Works on any draft (see reader.py). Headings are recognised only at the start of a
paragraph, so 全市第一 mid-sentence is never a heading, and 一是…二是… inside a
paragraph is reported as an enumeration, not as headings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from speechdraft.document import Announcement
from speechdraft.lint.reader import SourceDraft
from speechdraft.numbering import NUMERAL, numeral_value

_CN = NUMERAL


@dataclass(frozen=True)
class HeadingPattern:
    level: int
    style: str  # how it is numbered: 一、 第一， 一要 （一） 1. （1）
    regex: re.Pattern[str]


# Order matters: the first pattern that matches a paragraph's start wins.
HEADING_PATTERNS = (
    HeadingPattern(1, "一、", re.compile(rf"^({_CN})\s*[、.．]\s*")),
    HeadingPattern(1, "第一，", re.compile(rf"^第({_CN})[，,、]\s*")),
    HeadingPattern(2, "（一）", re.compile(rf"^[（(]\s*({_CN})\s*[）)]\s*[、.．]?\s*")),
    HeadingPattern(3, "1.", re.compile(r"^(\d{1,2})\s*[.．、](?![\d年月])\s*")),
    HeadingPattern(4, "（1）", re.compile(r"^[（(]\s*(\d{1,2})\s*[）)]\s*")),
)
# 提纲 style: 一要… as a part heading only when the paragraph is heading-sized.
_OUTLINE_STYLE = re.compile(rf"^({_CN})要(?!求)")
HEADING_MAX_CHARS = 40
# A PDF copy leaves spaces between words of a heading: 一要 进一步 强化思想认识.
_CJK_GAP = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])")

_COUNT = r"([一二两三四五六七八九十]{1,3}|\d{1,2}|几)"
ANNOUNCE_PATTERNS = (
    # 讲三点意见 / 讲三个问题 / 我讲四方面意见 / 再强调3点意见 / 讲几点意见 (no count)
    (
        "parts",
        re.compile(
            rf"(?:讲|谈|强调|说|提)(?:了|一下)?\s*{_COUNT}\s*(?:点|个方面|方面|个问题|个部分)"
            r"(?:意见|要求|看法|想法|认识|体会)?"
        ),
    ),
    # 分为三个部分 / 整理为三个方面 / 从三个方面报告工作
    (
        "parts",
        re.compile(
            rf"(?:分为|包括|整理为|归纳为|概括为|梳理为)\s*{_COUNT}\s*个(?:部分|方面)"
            rf"|从\s*{_COUNT}\s*个方面(?:报告|汇报|讲|谈|作)"
        ),
    ),
    (
        "sections",
        re.compile(
            rf"(?:重点|着力|主要|切实)?(?:做好|抓好|推进|落实|抓|做)(?:以下)?{_COUNT}个方面"
        ),
    ),
    ("sections", re.compile(rf"(?:强调|做好|抓好){_COUNT}项(?:重点)?工作")),
)
_ENUMERATION = re.compile(rf"(?:^|[。；，：])\s*({_CN})是")
# 我们将着力抓好两项工作：一是…；二是… announces the inline list after it, not the headings
# below the paragraph (a false count-mismatch over the next three subsections)
_INLINE_LIST = re.compile(r"\s*[：:，,]\s*一是")


@dataclass
class OutlineHeading:
    level: int
    number: str
    value: int
    title: str
    paragraph: int
    style: str
    children: list[OutlineHeading] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        return {
            "level": self.level,
            "number": self.number,
            "title": self.title,
            "paragraph": self.paragraph + 1,
            "children": [c.to_json() for c in self.children],
        }


@dataclass(frozen=True)
class Enumeration:
    paragraph: int
    words: tuple[str, ...]


@dataclass
class Outline:
    title: str | None
    announced: list[Announcement]
    headings: list[OutlineHeading]  # flat, in order
    enumerations: list[Enumeration]
    truncated: bool

    def tree(self) -> list[OutlineHeading]:
        roots: list[OutlineHeading] = []
        stack: list[OutlineHeading] = []
        for heading in self.headings:
            heading.children = []
            while stack and stack[-1].level >= heading.level:
                stack.pop()
            (stack[-1].children if stack else roots).append(heading)
            stack.append(heading)
        return roots

    def to_json(self) -> dict[str, object]:
        return {
            "title": self.title,
            "announced": [
                {"text": a.text, "count": a.count, "paragraph": a.paragraph + 1}
                for a in self.announced
            ],
            "headings": [h.to_json() for h in self.tree()],
            "enumerations": [
                {"paragraph": e.paragraph + 1, "items": list(e.words)} for e in self.enumerations
            ],
            "truncated": self.truncated,
        }


def match_heading(paragraph: str) -> tuple[HeadingPattern, re.Match[str]] | None:
    for pattern in HEADING_PATTERNS:
        match = pattern.regex.match(paragraph)
        if match:
            return pattern, match
    match = _OUTLINE_STYLE.match(paragraph)
    if match and _heading_sized(paragraph):
        return HeadingPattern(1, "一要", _OUTLINE_STYLE), match
    return None


def _heading_sized(paragraph: str) -> bool:
    first_clause = re.split(r"[。！？]", paragraph, maxsplit=1)[0]
    return len(first_clause) <= HEADING_MAX_CHARS and len(paragraph) <= HEADING_MAX_CHARS + 2


def build_outline(draft: SourceDraft, is_junk=lambda text: False) -> Outline:  # type: ignore[no-untyped-def]
    paragraphs = draft.paragraphs
    title = _title(paragraphs)
    headings: list[OutlineHeading] = []
    announced: list[Announcement] = []
    enumerations: list[Enumeration] = []
    for index, text in enumerate(paragraphs):
        if is_junk(text):
            continue
        found = match_heading(text)
        if found and not _is_enumeration_item(text):
            pattern, match = found
            number = match.group(0).strip()
            value = (
                numeral_value(match.group(1))
                if not match.group(1).isdigit()
                else int(match.group(1))
            )
            heading_text = re.split(r"(?<=[。！？])", text[match.end() :], maxsplit=1)[0]
            headings.append(
                OutlineHeading(
                    pattern.level,
                    number,
                    value or 0,
                    _CJK_GAP.sub("", heading_text).strip().rstrip("。"),
                    index,
                    pattern.style,
                )
            )
        for scope, regex in ANNOUNCE_PATTERNS:
            for m in regex.finditer(text):
                if scope == "sections" and _INLINE_LIST.match(text, m.end()):
                    continue  # 抓好两项工作：一是…二是…: the list that follows, not headings
                announced.extend(_announcement(m, index, scope))
        words = tuple(m.group(1) + "是" for m in _ENUMERATION.finditer(text))
        if len(words) >= 2:
            enumerations.append(Enumeration(index, words))
    return Outline(
        title,
        _dedupe(announced),
        headings,
        enumerations,
        _looks_truncated(paragraphs, headings, announced),
    )


def _announcement(match: re.Match[str], paragraph: int, scope: str) -> list[Announcement]:
    word = next(g for g in match.groups() if g is not None)
    if word == "几":
        return [Announcement(paragraph, scope, None, match.group(0))]
    count = int(word) if word.isdigit() else numeral_value(word)
    return [Announcement(paragraph, scope, count, match.group(0))] if count else []


def _is_enumeration_item(text: str) -> bool:
    return bool(re.match(rf"^{_CN}是", text))


def _title(paragraphs: tuple[str, ...]) -> str | None:
    for text in paragraphs[:4]:
        if re.search(r"(讲话|报告|致辞|发言|提纲)$", text) and len(text) <= 60:
            return text
    return None


def _dedupe(announced: list[Announcement]) -> list[Announcement]:
    seen: set[tuple[int, str]] = set()
    result = []
    for a in announced:
        if (a.paragraph, a.text) not in seen:
            seen.add((a.paragraph, a.text))
            result.append(a)
    return result


def _looks_truncated(
    paragraphs: tuple[str, ...], headings: list[OutlineHeading], announced: list[Announcement]
) -> bool:
    """A draft that stops early: it ends on a heading or mid-sentence. (Announcing more
    parts than follow is a count that does not match, not a truncation.)"""
    if not paragraphs:
        return True
    last = paragraphs[-1]
    if headings and headings[-1].paragraph == len(paragraphs) - 1:
        return True
    return not re.search(r"[。！？!?”）)]$", last)


def counts_under(outline: Outline, announcement: Announcement) -> int:
    """How many headings the announcement counts: the parts after it, or the sections
    of the part it stands in (up to the next part)."""
    after = [h for h in outline.headings if h.paragraph > announcement.paragraph]
    if announcement.scope == "parts":
        top = min((h.level for h in after), default=1)
        return sum(1 for h in after if h.level == top)
    count = 0
    for heading in after:
        if heading.level == 1:
            break
        if heading.level == 2:
            count += 1
    return count
