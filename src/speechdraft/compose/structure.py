"""Parses the templates' markup into a Document, numbering headings and resolving counts.

Markup, one construct per line group (blank lines separate paragraphs):

    @title …  @meta …  @author …  @salutation …  @end (closes a run of sections)
    # 一级标题        ## 二级标题        ### 三级标题⟦run⟧正文…
    paragraph text, continued on following lines until a blank line

Tokens: ``⟦count:parts⟧`` (number of top-level parts), ``⟦count:sections⟧`` (number of
second-level headings in the enclosing part), ``⟦enum⟧`` (一是/二是… within one
paragraph), ``⟦item⟧`` (一是/二是… across the paragraphs under one heading),
``⟦fact:标签:单位⟧`` (a placeholder). Text between the literal markers
U+E000/U+E001 came from the profile and is never parsed.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace

from speechdraft.document import (
    Announcement,
    Block,
    Document,
    Heading,
    Paragraph,
    Run,
    visible_chars,
)
from speechdraft.errors import TemplateRenderError
from speechdraft.figures import one_number_form
from speechdraft.markup import (
    ENUM,
    LITERAL_CLOSE,
    LITERAL_OPEN,
    RUN_IN,
    TOKEN,
    TOKEN_OPEN,
    placeholder_text,
    plain,
)
from speechdraft.numbering import chinese_count, enumeration_word, heading_number

_HEADING = re.compile(r"^(#{1,4}) ")
# Chinese numerals go to 九十九 (numbering.chinese_numeral): a profile cannot get near
# (its lists hold at most 30 entries), a user template can, and is told so.
MAX_NUMBERED = 99


@dataclass
class _RawBlock:
    kind: str  # heading | body | salutation
    text: str
    level: int = 0
    body: str = ""  # run-in text after a heading
    part: int = -1  # index of the enclosing top-level part
    number: str = ""


@dataclass
class _Parsed:
    title: str = ""
    meta: list[str] = field(default_factory=list)
    author: str = ""
    blocks: list[_RawBlock] = field(default_factory=list)


def parse_markup(markup: str, numbering: str = "standard") -> Document:
    parsed = _split(markup)
    _number_headings(parsed.blocks, numbering)
    parts, sections = _counts(parsed.blocks)
    _drop_counts_of_nothing(parsed.blocks, sections)
    blocks: list[Block] = []
    announcements: list[Announcement] = []
    items = [0, 0]  # ⟦item⟧ counts 一是/二是 across the paragraphs under one heading
    totals = _item_totals(parsed.blocks)
    for index, raw in enumerate(parsed.blocks):
        if raw.kind == "heading":
            items[:] = [0, totals[index]]
        runs, announced = _runs(raw.text, raw, parts, sections, items)
        body, announced_in_body = _runs(raw.body, raw, parts, sections, items)
        announced += announced_in_body
        announcements += [Announcement(index, scope, count) for scope, count in announced]
        blocks.append(_block(raw, runs, body))
    return Document(
        title=plain(parsed.title),
        meta_lines=tuple(
            Paragraph(tuple(_runs(m, _RawBlock("meta", m), 0, {}, [0, 0])[0]), "meta")
            for m in parsed.meta
        ),
        blocks=tuple(blocks),
        numbering=numbering,
        announcements=tuple(announcements),
        author=plain(parsed.author),
    )


def count_markup(markup: str, numbering: str = "standard") -> int | None:
    """``parse_markup(markup, numbering).char_count()`` without building the Document:
    length fitting asks it of every level it tries and parses only the one it keeps.
    None where parse_markup would refuse the markup (parsing it then gives the message)."""
    try:
        parsed = _split(markup)
        _number_headings(parsed.blocks, numbering)
        parts, sections = _counts(parsed.blocks)
        _drop_counts_of_nothing(parsed.blocks, sections)
        for meta in parsed.meta:  # not counted, but a bad token there is refused
            _count_runs(meta, _RawBlock("meta", meta), 0, {}, [0, 0])
        total = 0
        items = [0, 0]
        totals = _item_totals(parsed.blocks)
        for index, raw in enumerate(parsed.blocks):
            if raw.kind == "heading":
                items[:] = [0, totals[index]]
            total += visible_chars(raw.number)
            total += _count_runs(raw.text, raw, parts, sections, items)
            total += _count_runs(raw.body, raw, parts, sections, items)
        return total
    except TemplateRenderError:
        return None


# A lead that says 主要是： over a 一是…二是… list reads 主要是：一是… (round ai's G): the lead
# says where the list shows itself instead; a lead over a single item keeps its 主要是：.
_IS_THEN_LIST = re.compile("主要是：(?=" + re.escape(ENUM) + ")")


def _list_lead(text: str) -> str:
    if ENUM not in text or _token_count(text, "enum") < 2:
        return text
    return _IS_THEN_LIST.sub("主要表现在：", text)


def _count_runs(
    text: str, raw: _RawBlock, parts: int, sections: dict[int, int], items: list[int]
) -> int:
    """The characters ``_runs`` would give the same text, counted as it resolves tokens."""
    text = _list_lead(text)
    total = 0
    enum_count = 0
    enums = _token_count(text, "enum")
    for literal_text, markup in _segments(text):
        if literal_text is not None:
            total += visible_chars(literal_text)  # a typed 【待补…】 keeps its characters
            continue
        position = 0
        for match in TOKEN.finditer(markup):
            total += visible_chars(markup[position : match.start()])
            position = match.end()
            name, arg = match.group(1), match.group(2) or ""
            if name == "fact":
                label, _, unit = arg.partition(":")
                total += visible_chars(placeholder_text(label, unit))
            elif name == "suggest":
                total += visible_chars(f"【建议：{arg}】")
            elif name == "enum":
                enum_count += 1
                total += visible_chars(_enumeration(enum_count, enums))
            elif name == "item":
                items[0] += 1
                total += visible_chars(_enumeration(items[0], items[1]))
            elif name == "count":
                total += visible_chars(chinese_count(_count_value(arg, raw, parts, sections)))
            else:
                raise TemplateRenderError(f"模板中有未知的标记：{match.group(0)}")
        total += visible_chars(markup[position:])
    return total


def _split(markup: str) -> _Parsed:
    parsed = _Parsed()
    current: _RawBlock | None = None
    for line in markup.splitlines():
        stripped = line.strip()
        if not stripped:
            current = None
            continue
        if stripped.startswith("@"):
            current = None
            _directive(parsed, stripped)
            continue
        heading = _HEADING.match(stripped)
        if heading:
            current = _RawBlock("heading", stripped[heading.end() :], level=len(heading.group(1)))
            parsed.blocks.append(current)
        elif current is None:
            current = _RawBlock("body", stripped)
            parsed.blocks.append(current)
        else:
            current.text += stripped
    for block in parsed.blocks:
        if block.kind == "heading":
            block.text, block.body = _split_run_in(block.text)
    _check_levels(parsed.blocks)  # a template's own error, even over a heading dropped
    parsed.blocks[:] = [piece for block in parsed.blocks for piece in _items_apart(block)]
    _drop_empty_headings(parsed.blocks)
    return parsed


_ITEM_TOKEN = "⟦item⟧"
_ENUM_TOKEN = "⟦enum⟧"


def _items_apart(block: _RawBlock) -> list[_RawBlock]:
    """A body paragraph holding a 一是…二是 list (⟦enum⟧) and then an ⟦item⟧ is two: the
    item opens a paragraph of its own and its own list counts from 一是. Round y's S: a
    leading-group speech's targets (一是…三是) ran on, at a short length, into its first task,
    whose two points were then read 重点抓好两件事：四是…；五是…."""
    if block.kind != "body" or _ITEM_TOKEN not in block.text or _ENUM_TOKEN not in block.text:
        return [block]
    cuts: list[int] = []
    enum_seen = False
    position = 0
    for literal_text, markup in _segments(block.text):
        if literal_text is None:
            at = 0
            while True:
                item = markup.find(_ITEM_TOKEN, at)
                enum = markup.find(_ENUM_TOKEN, at)
                if item < 0 and enum < 0:
                    break
                if enum >= 0 and (item < 0 or enum < item):
                    enum_seen, at = True, enum + len(_ENUM_TOKEN)
                    continue
                if enum_seen and position + item > 0:
                    cuts.append(position + item)
                    enum_seen = False
                at = item + len(_ITEM_TOKEN)
            position += len(markup)
        else:
            position += len(literal_text) + 2  # its two markers
    if not cuts:
        return [block]
    bounds = [0, *cuts, len(block.text)]
    return [
        _RawBlock("body", block.text[start:end])
        for start, end in itertools.pairwise(bounds)
        if block.text[start:end].strip()
    ]


def _check_levels(blocks: list[_RawBlock]) -> None:
    level_now = 0
    for block in blocks:
        if block.kind == "heading":
            if block.level > level_now + 1:
                raise TemplateRenderError(
                    f"模板的标题层级跳跃：第{block.level}级标题前缺少上一级标题"
                )
            level_now = block.level


def _drop_empty_headings(blocks: list[_RawBlock]) -> None:
    """A section heading with nothing under it is not printed: round y's readers met
    （二）凝聚工作合力，形成齐抓共管的格局 followed straight by （三） (its family's lines all
    said before, or left out at the draft's length). Done before numbering, so the
    numbers and every count (下面我讲三点, 重点抓好四个方面) follow. Parts (一、) stay.
    A template's ``@end`` closes a run of sections (the closing lines after the last one
    are not its body)."""
    kept: list[_RawBlock] = []
    for block in reversed(blocks):  # from the end: a heading whose sub-headings all go, goes
        if block.kind == "heading" and block.level > 1 and not block.body:
            follows = kept[-1] if kept else None
            if follows is None or follows.kind == "end":
                continue
            if follows.kind == "heading" and follows.level <= block.level:
                continue
        kept.append(block)
    blocks[:] = [b for b in reversed(kept) if b.kind != "end"]


def _directive(parsed: _Parsed, line: str) -> None:
    name, _, value = line[1:].partition(" ")
    value = value.strip()
    if name == "title":
        parsed.title = value
    elif name == "meta":
        parsed.meta.append(value)
    elif name == "author":
        parsed.author = value
    elif name == "salutation":
        parsed.blocks.append(_RawBlock("salutation", value))
    elif name == "end":  # the end of a run of sections (_drop_empty_headings)
        parsed.blocks.append(_RawBlock("end", ""))
    else:
        raise TemplateRenderError(f"模板中有未知的指令：@{name}")


def _number_headings(blocks: list[_RawBlock], numbering: str) -> None:
    counters = [0, 0, 0, 0]
    level_now = 0
    part = -1
    for block in blocks:
        if block.kind == "heading":
            if block.level > level_now + 1:
                raise TemplateRenderError(
                    f"模板的标题层级跳跃：第{block.level}级标题前缺少上一级标题"
                )
            counters[block.level - 1] += 1
            for deeper in range(block.level, 4):
                counters[deeper] = 0
            if block.level == 1:
                part += 1
            level_now = block.level
            if counters[block.level - 1] > MAX_NUMBERED:
                raise TemplateRenderError(
                    f"模板生成的第{block.level}级标题超过了 {MAX_NUMBERED} 个，无法编号"
                )
            block.number = heading_number(numbering, block.level, counters[block.level - 1])
        block.part = part
    _unnumber_lone_headings(blocks)


def _unnumber_lone_headings(blocks: list[_RawBlock]) -> None:
    """A sub-heading alone under its parent is no heading: its text stands under the
    parent's. A （一） with no （二） is a list of one, and unnumbered it still read as a
    stray block over a few lines (readers' S: 坚持深入一线… over six lines on 调研). A
    run-in heading's text stays as a paragraph of its own. Parts (一、) keep their
    headings and numbers: a speech of one part still numbers it."""
    siblings: list[list[_RawBlock]] = [[], [], [], []]
    lone: list[_RawBlock] = []
    for block in [*blocks, _RawBlock("heading", "", level=1)]:
        if block.kind != "heading":
            continue
        for level in range(block.level, 4):  # the groups this heading closes
            if len(siblings[level]) == 1:
                lone.append(siblings[level][0])
            siblings[level] = []
        if block.level > 1:
            siblings[block.level - 1].append(block)
    dissolved = {id(b) for b in lone}
    if dissolved:
        blocks[:] = [
            _RawBlock("body", b.body, part=b.part) if id(b) in dissolved else b
            for b in blocks
            if id(b) not in dissolved or b.body
        ]


# a sentence of the markup, a literal segment (the clerk's words) whole within it
_MARKUP_SENTENCE = re.compile(
    f"(?:[^。！？{LITERAL_OPEN}]|{LITERAL_OPEN}[^{LITERAL_CLOSE}]*{LITERAL_CLOSE})+[。！？]?"
)


def _without_sections_count(text: str) -> str:
    return "".join(s for s in _MARKUP_SENTENCE.findall(text) if "⟦count:sections⟧" not in s)


def _drop_counts_of_nothing(blocks: list[_RawBlock], sections: dict[int, int]) -> None:
    """A sentence announcing a part's sections (抓好⟦count:sections⟧个方面) is left out where
    the part has none left: its empty sections were dropped and a lone one dissolved into
    the part's text (_drop_empty_headings, _unnumber_lone_headings). The template's count
    was true of the sections it wrote; a town's short draft, with one task left, would
    otherwise announce a count of nothing."""
    for block in blocks:
        if sections.get(block.part, 0) or "⟦count:sections⟧" not in block.text + block.body:
            continue
        block.text = _without_sections_count(block.text)
        block.body = _without_sections_count(block.body)
    blocks[:] = [b for b in blocks if b.kind != "body" or b.text.strip() or b.body.strip()]


def _counts(blocks: list[_RawBlock]) -> tuple[int, dict[int, int]]:
    parts = sum(1 for b in blocks if b.kind == "heading" and b.level == 1)
    sections: dict[int, int] = {}
    for b in blocks:
        if b.kind == "heading" and b.level == 2:
            sections[b.part] = sections.get(b.part, 0) + 1
    return parts, sections


def _runs(
    text: str, raw: _RawBlock, parts: int, sections: dict[int, int], items: list[int]
) -> tuple[list[Run], list[tuple[str, int]]]:
    """Text and placeholder runs of one block, with tokens resolved."""
    text = _list_lead(text)
    runs: list[Run] = []
    announced: list[tuple[str, int]] = []
    enum_count = 0
    enums = _token_count(text, "enum")
    for literal_text, markup in _segments(text):
        if literal_text is not None:
            _append_literal(runs, literal_text)
            continue
        position = 0
        for match in TOKEN.finditer(markup):
            _append(runs, markup[position : match.start()])
            position = match.end()
            name, arg = match.group(1), match.group(2) or ""
            if name == "fact":
                label, _, unit = arg.partition(":")
                runs.append(Run(placeholder_text(label, unit), True))
            elif name == "suggest":
                runs.append(Run(f"【建议：{arg}】", suggestion=True))
            elif name == "enum":
                enum_count += 1
                _append(runs, _enumeration(enum_count, enums))
            elif name == "item":
                items[0] += 1
                _append(runs, _enumeration(items[0], items[1]))
            elif name == "count":
                count = _count_value(arg, raw, parts, sections)
                announced.append((arg, count))
                _append(runs, chinese_count(count))
            else:
                raise TemplateRenderError(f"模板中有未知的标记：{match.group(0)}")
        _append(runs, markup[position:])
    return runs, announced


def _token_count(text: str, name: str) -> int:
    """How many ⟦name⟧ tokens the template's own markup in ``text`` holds."""
    if TOKEN_OPEN not in text and LITERAL_OPEN not in text:  # no token, nothing to refuse
        return 0
    return sum(
        1
        for literal_text, markup in _segments(text)
        if literal_text is None
        for match in TOKEN.finditer(markup)
        if match.group(1) == name
    )


def _item_totals(blocks: list[_RawBlock]) -> list[int]:
    """For each heading's index, the ⟦item⟧ tokens under it up to the next heading."""
    totals = [0] * len(blocks)
    current = 0
    for index, block in enumerate(blocks):
        if block.kind == "heading":
            current = index
        totals[current] += _token_count(block.text, "item") + _token_count(block.body, "item")
    return totals


def _enumeration(n: int, total: int = 0) -> str:
    """一是/二是…; nothing for a list of one (一是 with no 二是 reads as a list cut short)."""
    if total == 1:
        return ""
    if n > MAX_NUMBERED:
        raise TemplateRenderError(f"模板列举的“一是、二是……”超过了 {MAX_NUMBERED} 项，无法编号")
    return enumeration_word(n)


def _count_value(scope: str, raw: _RawBlock, parts: int, sections: dict[int, int]) -> int:
    if scope == "parts":
        count = parts
    elif scope == "sections":
        count = sections.get(raw.part, 0)
    else:
        raise TemplateRenderError(f"模板中有未知的计数：{scope}")
    if count == 0:
        raise TemplateRenderError(f"模板宣布了数量（{scope}），但其后没有相应的部分")
    return count


def _segments(text: str) -> list[tuple[str | None, str]]:
    """Splits text into (literal, None-markup) pieces: literal text is never parsed."""
    if LITERAL_OPEN not in text:  # most paragraphs: the template's words only
        return [(None, text)] if text else []
    pieces: list[tuple[str | None, str]] = []
    position, size = 0, len(text)
    while position < size:  # positions, not the rest re-sliced after every literal
        start = text.find(LITERAL_OPEN, position)
        if start < 0:
            pieces.append((None, text[position:]))
            break
        end = text.find(LITERAL_CLOSE, start)
        if end < 0:
            raise TemplateRenderError("模板输出中的文字标记不完整")
        if start > position:
            pieces.append((None, text[position:start]))
        pieces.append((text[start + 1 : end], ""))
        position = end + 1
    return pieces


# A clerk's own 【待补：…】 typed into a profile value is as much a gap as ours: it is
# highlighted and counted like the placeholders the templates leave.
# A 【待核：…】 in a profile's value as the draft says it (context._value_text: a sum typed
# with no unit) is a mark of its own kind, highlighted and counted apart.
_TYPED_PLACEHOLDER = re.compile(r"【待(补|核)[^【】]{0,200}】")


def _append_literal(runs: list[Run], text: str) -> None:
    position = 0
    for match in _TYPED_PLACEHOLDER.finditer(text):
        _append(runs, text[position : match.start()])
        if match.group(1) == "核":
            runs.append(Run(match.group(0), check=True))
        else:
            runs.append(Run(match.group(0), True))
        position = match.end()
    _append(runs, text[position:])


def _append(runs: list[Run], text: str) -> None:
    if not text:
        return
    if runs and not (runs[-1].placeholder or runs[-1].suggestion or runs[-1].check):
        runs[-1] = Run(runs[-1].text + text)
    else:
        runs.append(Run(text))


def _block(raw: _RawBlock, runs: list[Run], body: list[Run]) -> Block:
    # one way of writing the counts of a sentence (figures.one_number_form; round am's R)
    runs = [
        replace(r, text=one_number_form(r.text))
        if not (r.placeholder or r.suggestion or r.check)
        else r
        for r in runs
    ]
    if raw.kind == "heading":
        return Heading(level=raw.level, number=raw.number, runs=tuple(runs), body=tuple(body))
    return Paragraph(runs=tuple(runs), role=raw.kind)


def _split_run_in(text: str) -> tuple[str, str]:
    """Heading and run-in body, split at the first ⟦run⟧ outside literal text."""
    offset = 0
    for literal_text, markup in _segments(text):
        if literal_text is None and RUN_IN in markup:
            cut = offset + markup.index(RUN_IN)
            return text[:cut], text[cut + len(RUN_IN) :]
        offset += len(markup) if literal_text is None else len(literal_text) + 2
    return text, ""
