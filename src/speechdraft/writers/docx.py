"""The .docx writer: a Document laid out as GB/T 9704 prints it (see layout.py).

python-docx's API where it has one; where it has none (East Asian fonts, outline
levels, *Chars indents, the document grid) the XML is set here, always in the child
order the OOXML schema requires, because Word rejects out-of-order files.
"""

from __future__ import annotations

import datetime
import functools
import io
import itertools
import re
import unicodedata
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from speechdraft.document import Document, Heading, Paragraph, Run, visible_chars
from speechdraft.writers import layout
from speechdraft.writers.comments import annotate_figures
from speechdraft.writers.layout import (
    COPIES,
    FONT_PRESETS,
    HEADING_STYLE_IDS,
    STYLES,
    CopySpec,
    FontPreset,
    StyleSpec,
)
from speechdraft.writers.output import write_atomically
from speechdraft.writers.package import packaged_docx
from speechdraft.writers.record import RecordSource, embed_record, qn

# Child order of the containers we touch (ECMA-376 Part 1, CT_PPr / CT_RPr / CT_SectPr).
PPR_ORDER = [
    "pStyle",
    "keepNext",
    "keepLines",
    "pageBreakBefore",
    "framePr",
    "widowControl",
    "numPr",
    "suppressLineNumbers",
    "pBdr",
    "shd",
    "tabs",
    "suppressAutoHyphens",
    "kinsoku",
    "wordWrap",
    "overflowPunct",
    "topLinePunct",
    "autoSpaceDE",
    "autoSpaceDN",
    "bidi",
    "adjustRightInd",
    "snapToGrid",
    "spacing",
    "ind",
    "contextualSpacing",
    "mirrorIndents",
    "suppressOverlap",
    "jc",
    "textDirection",
    "textAlignment",
    "textboxTightWrap",
    "outlineLvl",
    "divId",
    "cnfStyle",
    "rPr",
    "sectPr",
    "pPrChange",
]
RPR_ORDER = [
    "rStyle",
    "rFonts",
    "b",
    "bCs",
    "i",
    "iCs",
    "caps",
    "smallCaps",
    "strike",
    "dstrike",
    "outline",
    "shadow",
    "emboss",
    "imprint",
    "noProof",
    "snapToGrid",
    "vanish",
    "webHidden",
    "color",
    "spacing",
    "w",
    "kern",
    "position",
    "sz",
    "szCs",
    "highlight",
    "u",
    "effect",
    "bdr",
    "shd",
    "fitText",
    "vertAlign",
    "rtl",
    "cs",
    "em",
    "lang",
    "eastAsianLayout",
    "specVanish",
    "oMath",
]
SECTPR_ORDER = [
    "headerReference",
    "footerReference",
    "footnotePr",
    "endnotePr",
    "type",
    "pgSz",
    "pgMar",
    "paperSrc",
    "pgBorders",
    "lnNumType",
    "pgNumType",
    "cols",
    "formProt",
    "vAlign",
    "noEndnote",
    "titlePg",
    "textDirection",
    "bidi",
    "rtlGutter",
    "docGrid",
    "printerSettings",
    "sectPrChange",
]
_THEME_FONT_ATTRS = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")


def ordered_child(parent, tag: str, order: list[str]):  # type: ignore[no-untyped-def]
    """The ``w:tag`` child of ``parent``, created in schema order if missing."""
    existing = parent.find(qn(f"w:{tag}"))
    if existing is not None:
        return existing
    child = OxmlElement(f"w:{tag}")
    rank = order.index(tag)
    for sibling in parent:
        local = sibling.tag.split("}")[-1]
        if local in order and order.index(local) > rank:
            sibling.addprevious(child)
            return child
    parent.append(child)
    return child


def OxmlElement(tag: str) -> Any:
    """python-docx's, imported when the ordinary path first needs it (record.py says why)."""
    from docx.oxml import OxmlElement as make

    return make(tag)


def parse_xml(xml: str) -> Any:
    from docx.oxml import parse_xml as parse

    return parse(xml)


BASE_PACKAGE = Path(__file__).with_name("base.docx")  # built by scripts/build_base.py
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

# Highlight colour of each kind of mark a clerk must act on, by the mark's opening words.
# A placeholder run whose kind is not listed gets the first colour.
MARK_COLOURS: dict[str, str] = {"【待补": "yellow", "【建议": "green", "【待核": "cyan"}


def write_docx(
    document: Document,
    path: Path,
    *,
    fonts: str = "gov",
    force: bool = False,
    subject: str = "",
    copy: str = "draft",
    figure_notes: Mapping[str, str] | None = None,
    record: RecordSource | None = None,
) -> None:
    """Lays out ``document`` and writes it to ``path`` atomically (never half a file).
    ``figure_notes`` (printed figure → where it came from) become Word comments;
    ``record`` (what the draft was made from) becomes the hidden record ``update`` reads."""
    data = docx_bytes(
        document, fonts=fonts, subject=subject, copy=copy, figure_notes=figure_notes, record=record
    )
    write_atomically(path, functools.partial(write_package_file, data), force=force)


def write_package_file(data: bytes, name: str) -> None:
    """Where every .docx reaches the disk: a finished package, into the temp file."""
    with open(name, "wb") as file:
        file.write(data)


def docx_bytes(
    document: Document,
    *,
    fonts: str = "gov",
    subject: str = "",
    copy: str = "draft",
    figure_notes: Mapping[str, str] | None = None,
    record: RecordSource | None = None,
) -> bytes:
    """The .docx write_docx would write, in memory (for the web face: nothing on disk)."""
    if not figure_notes:
        fast = packaged_docx(document, fonts=fonts, subject=subject, copy=copy, record=record)
        if fast is not None:
            return fast
    docx = build_docx(document, fonts, subject=subject, copy=copy)
    if figure_notes:
        annotate_figures(docx, figure_notes)
    if record is not None:
        embed_record(docx, document, record)
    return _saved(docx)


def _saved(docx) -> bytes:  # type: ignore[no-untyped-def]
    buffer = io.BytesIO()
    docx.save(buffer)
    return buffer.getvalue()


def build_docx(  # type: ignore[no-untyped-def]
    document: Document, fonts: str = "gov", subject: str = "", copy: str = "draft"
):
    """The draft as a python-docx Document on our base package, ready to save."""
    return _assembled(document, body_xml(document, COPIES[copy]), fonts, subject, copy)


def body_xml(document: Document, spec: CopySpec) -> list[str]:
    """The body's paragraphs as WordprocessingML, one string each."""
    xml = [_title_xml(document.title, spec)]
    xml += [_paragraph_xml("GWMeta", line.runs) for line in document.meta_lines]
    xml.append(_paragraph_xml("GWSalutation", ()))  # the customary blank line before 同志们：
    xml += [_block_xml(block, spec) for block in document.blocks]
    return xml


def _assembled(  # type: ignore[no-untyped-def]
    document: Document, xml: list[str], fonts: str, subject: str, copy: str
):
    spec = COPIES[copy]
    docx = new_base_docx(fonts, copy)
    _append_body(docx, xml)
    if spec.header:
        _setup_headers(docx, spec.header.format(date=_today_text()))
    if spec.warn_placeholders and (count := len(document.placeholders())):
        _setup_headers(docx, f"注意：本稿还有 {count} 处【待补】，念稿前必须补齐")
    _set_core_properties(docx, document, subject)
    _set_app_properties(docx, document)
    return docx


def new_base_docx(fonts: str = "gov", copy: str = "draft"):  # type: ignore[no-untyped-def]
    """An empty document with the page, defaults, settings, styles and footers of the layout."""
    from docx import Document as open_docx

    return open_docx(io.BytesIO(_prepared_package(fonts, copy)))


@functools.cache
def _prepared_package(fonts: str, copy: str) -> bytes:
    """The base package with the preset's faces and the copy's sizes applied, once per
    process: every draft then starts from these bytes instead of restyling."""
    from docx import Document as open_docx

    docx = open_docx(str(BASE_PACKAGE))
    preset, spec = FONT_PRESETS[fonts], COPIES[copy]
    _setup_page(docx, spec)
    _setup_defaults(docx, preset, spec)
    _setup_styles(docx, preset, spec)
    buffer = io.BytesIO()
    docx.save(buffer)
    return buffer.getvalue()


def _today_text() -> str:
    today = datetime.date.today()
    return f"{today.year}年{today.month}月{today.day}日"


def _setup_page(docx, copy: CopySpec) -> None:  # type: ignore[no-untyped-def]
    sect_pr = docx.sections[0]._sectPr
    grid = ordered_child(sect_pr, "docGrid", SECTPR_ORDER)
    grid.set(qn("w:linePitch"), str(copy.line_pitch))
    if copy.line_numbers:
        numbers = ordered_child(sect_pr, "lnNumType", SECTPR_ORDER)
        numbers.set(qn("w:countBy"), "1")
        numbers.set(qn("w:restart"), "newPage")
        numbers.set(qn("w:distance"), "340")


def _set_fonts(rpr, face: str) -> None:  # type: ignore[no-untyped-def]
    """East Asian and Latin faces; theme attributes would override the names, so go."""
    rfonts = ordered_child(rpr, "rFonts", RPR_ORDER)
    for attr in _THEME_FONT_ATTRS:
        rfonts.attrib.pop(qn(attr), None)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(attr), face)


def _set_size(rpr, size_pt: float) -> None:  # type: ignore[no-untyped-def]
    half_points = str(round(size_pt * 2))
    ordered_child(rpr, "sz", RPR_ORDER).set(qn("w:val"), half_points)
    ordered_child(rpr, "szCs", RPR_ORDER).set(qn("w:val"), half_points)


def _setup_defaults(docx, preset: FontPreset, copy: CopySpec) -> None:  # type: ignore[no-untyped-def]
    """docDefaults: what Word's own styles (line numbers, comments) inherit."""
    rpr = docx.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    _set_fonts(rpr, preset.body)
    _set_size(rpr, copy.body_size_pt)


def _setup_styles(docx, preset: FontPreset, copy: CopySpec) -> None:  # type: ignore[no-untyped-def]
    styles = {s.get(qn("w:styleId")): s for s in docx.styles.element.iter(qn("w:style"))}
    _style_body_defaults(styles["Normal"], preset.body, copy)
    for spec in STYLES:
        _apply_style_spec(styles[spec.style_id], spec, preset, copy)
    _style_page_number(styles["GWPageNumber"], preset)


def _style_body_defaults(style, face: str, copy: CopySpec) -> None:  # type: ignore[no-untyped-def]
    """Normal carries the body: 3号仿宋, exact 28.95 pt lines, condensed, justified."""
    rpr = ordered_child(style, "rPr", _STYLE_ORDER)
    _set_fonts(rpr, face)
    _set_size(rpr, copy.body_size_pt)
    ordered_child(rpr, "spacing", RPR_ORDER).set(qn("w:val"), str(copy.condense))
    ppr = ordered_child(style, "pPr", _STYLE_ORDER)
    spacing = ordered_child(ppr, "spacing", PPR_ORDER)
    spacing.set(qn("w:line"), str(copy.line_pitch))
    spacing.set(qn("w:lineRule"), "exact")


def _apply_style_spec(  # type: ignore[no-untyped-def]
    style, spec: StyleSpec, preset: FontPreset, copy: CopySpec
) -> None:
    face = getattr(preset, spec.font_role)
    rpr = ordered_child(style, "rPr", _STYLE_ORDER)
    _set_fonts(rpr, face)
    is_title = spec.font_role == "title"
    _set_size(rpr, spec.size_pt if is_title else copy.body_size_pt)
    bold = spec.bold or (is_title and preset.title_bold) or (copy.body_bold and not is_title)
    ordered_child(rpr, "b", RPR_ORDER).set(qn("w:val"), "1" if bold else "0")
    ppr = ordered_child(style, "pPr", _STYLE_ORDER)
    if spec.keep_next:
        ordered_child(ppr, "keepNext", PPR_ORDER)
        ordered_child(ppr, "keepLines", PPR_ORDER)
    if not spec.snap_to_grid:
        ordered_child(ppr, "snapToGrid", PPR_ORDER).set(qn("w:val"), "0")
    ind = ordered_child(ppr, "ind", PPR_ORDER)
    indent = layout.FIRST_LINE_CHARS if spec.first_line_indent else 0
    ind.set(qn("w:firstLineChars"), str(indent))
    ind.set(qn("w:firstLine"), str(layout.first_line_twips(copy) if indent else 0))
    ordered_child(ppr, "jc", PPR_ORDER).set(qn("w:val"), spec.align)
    if spec.outline_level is not None:
        ordered_child(ppr, "outlineLvl", PPR_ORDER).set(qn("w:val"), str(spec.outline_level))


def _style_page_number(style, preset: FontPreset) -> None:  # type: ignore[no-untyped-def]
    """宋体 4号, single spacing off the grid, no condensing, no line numbers."""
    _set_fonts(ordered_child(style, "rPr", _STYLE_ORDER), preset.page_number)


# Child order of w:style (CT_Style) for the two containers we may have to create.
_STYLE_ORDER = ["name", "basedOn", "next", "uiPriority", "semiHidden", "qFormat", "pPr", "rPr"]

_TITLE_PHRASE_ENDS = ("全体会议", "工作会议", "表彰大会", "推进会", "座谈会", "会议", "大会")
TITLE_LINE_CHARS = 20  # 2号 characters on one 442 pt line


def title_lines(title: str, width: float = TITLE_LINE_CHARS) -> list[str]:
    """Splits a long title into balanced lines at phrase boundaries (梯形): before 暨,
    after 和/与/及, between 在…上 and 的讲话, before the meeting's name, after an opening
    year; never inside a word or number. Fewest lines first, then the most even."""
    if text_width(title) <= width:
        return [title]
    cuts = _title_cuts(title)
    best: tuple[tuple[int, float], list[str]] | None = None
    for count in (1, 2):
        for chosen in itertools.combinations(cuts, count):
            lines = [title[a:b] for a, b in itertools.pairwise((0, *chosen, len(title)))]
            widths = [text_width(line) for line in lines]
            if max(widths) > width:
                continue
            score = (len(lines), max(widths) - min(widths))
            if best is None or score < best[0]:
                best = (score, lines)
        if best is not None:
            return best[1]
    return _split_in_middle(title)


def _title_cuts(title: str) -> list[int]:
    """Positions where a title may break: phrase boundaries only."""
    cuts = {i for i, ch in enumerate(title) if ch == "暨"}
    cuts |= {i + 1 for i, ch in enumerate(title) if ch in "和与及"}  # 建设和 / 校园安全
    for ending in ("的讲话", "的工作报告", "的报告", "的总结讲话", "的致辞", "的发言"):
        start = title.rfind(ending)
        if start > 0 and title[start - 1] == "上":
            cuts.add(start)
    for phrase in _TITLE_PHRASE_ENDS:
        start = title.find(phrase)
        while start > 0:
            if not title[start - 1].isdigit():
                cuts.add(start)
            start = title.find(phrase, start + 1)
    for i in range(1, len(title)):  # after "在2025年" / "第一次" style openings
        if title[i - 1] in "年次届" and not title[i].isdigit():
            cuts.add(i)
    return sorted(c for c in cuts if 0 < c < len(title))


def _split_in_middle(title: str) -> list[str]:
    middle = len(title) // 2
    while 0 < middle < len(title) and title[middle - 1].isdigit() and title[middle].isdigit():
        middle += 1  # never split a year or a number
    return [title[:middle], title[middle:]]


def text_width(text: str) -> float:
    """Width in full-width cells: digits and Latin letters take half a cell."""
    return sum(0.5 if unicodedata.east_asian_width(ch) in "NaH" else 1.0 for ch in text)


def heading_lines(text: str, first_line: float, line: float) -> list[str]:
    """A heading that would wrap is broken after the last ，or ；that fits on its first
    line, so it never ends with a stray character nor breaks inside a word; a heading
    that fits, or has no such mark, is left to the word processor."""
    if text_width(text) <= first_line:
        return [text]
    width = 0.0
    cut = None
    for index, ch in enumerate(text):
        width += text_width(ch)
        if width > first_line:
            break
        if ch in "，；：、" and index + 1 < len(text):
            cut = index + 1
    if cut is None or text_width(text[cut:]) > line:
        return [text]
    return [text[:cut], text[cut:]]


def _append_body(docx, paragraphs: list[str]) -> None:  # type: ignore[no-untyped-def]
    """Parses the paragraphs' XML once and puts it before the section properties: one
    lxml parse is many times faster than building the same tree a run at a time."""
    body = docx.element.body
    fragment = parse_xml(f'<w:body xmlns:w="{W_NS}">{"".join(paragraphs)}</w:body>')
    sect_pr = body.find(qn("w:sectPr"))
    for paragraph in list(fragment):
        sect_pr.addprevious(paragraph)


def _paragraph_xml(style_id: str, runs, bold: bool | None = None) -> str:  # type: ignore[no-untyped-def]
    return f'<w:p><w:pPr><w:pStyle w:val="{style_id}"/></w:pPr>{_runs_xml(runs, bold)}</w:p>'


def _runs_xml(runs, bold: bool | None = None) -> str:  # type: ignore[no-untyped-def]
    return "".join(_run_xml(run.text, bold, _highlight_of(run)) for run in runs)


def _run_xml(text: str, bold: bool | None = None, highlight: str | None = None) -> str:
    props = ""
    if bold is not None:
        props += "<w:b/>" if bold else '<w:b w:val="0"/>'
    if highlight:
        props += f'<w:highlight w:val="{highlight}"/>'
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def escape(text: str) -> str:
    """XML text escaping (xml.sax.saxutils would pull urllib and http.client into every
    cold render for these three replacements)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _highlight_of(run: Run) -> str | None:
    """The colour of a mark the clerk must act on: by its opening words (【待补, 【建议 …),
    whether or not the run is flagged as a placeholder; an unlisted placeholder gets the
    first colour."""
    for opening, colour in MARK_COLOURS.items():
        if run.text.startswith(opening):
            return colour
    return next(iter(MARK_COLOURS.values())) if run.placeholder else None


def _title_line_xml(line: str) -> str:
    """A title line, its marks highlighted as in the body (在【待补：会议名称】上的总结讲话:
    a concluding speech whose profile names no meeting)."""
    parts = [p for p in re.split(r"(【[^】]*】)", line) if p]
    return "".join(_run_xml(p, highlight=_highlight_of(Run(p))) for p in parts)


def _title_xml(title: str, copy: CopySpec) -> str:
    lines = title_lines(title)
    runs = "<w:r><w:br/></w:r>".join(_title_line_xml(line) for line in lines)
    return f'<w:p><w:pPr><w:pStyle w:val="GWTitle"/></w:pPr>{runs}</w:p>'


def _block_xml(block: Heading | Paragraph, copy: CopySpec) -> str:
    if isinstance(block, Paragraph):
        style = "GWSalutation" if block.role == "salutation" else "GWBody"
        return _paragraph_xml(style, block.runs)
    style_id = HEADING_STYLE_IDS[block.level]
    if block.body:
        # A run-in 1. heading is bold and its text is not; the style alone can't say both.
        split = block.level >= 3
        head = _runs_xml((Run(block.number), *block.runs), True if split else None)
        tail = _runs_xml(block.body, False if split else None)
        return f'<w:p><w:pPr><w:pStyle w:val="{style_id}"/></w:pPr>{head}{tail}</w:p>'
    runs = (Run(block.number), *block.runs)
    per_line = layout.chars_per_line(copy)
    lines = heading_lines(block.text, per_line - layout.FIRST_LINE_CHARS / 100, per_line)
    if len(lines) == 1 or any(run.placeholder for run in runs):
        return f'<w:p><w:pPr><w:pStyle w:val="{style_id}"/></w:pPr>{_runs_xml(runs)}</w:p>'
    # Left-aligned: a justified line that ends in a break is stretched letter by letter.
    broken = "<w:r><w:br/></w:r>".join(_run_xml(line) for line in lines)
    return f'<w:p><w:pPr><w:pStyle w:val="{style_id}"/><w:jc w:val="left"/></w:pPr>{broken}</w:p>'


def _setup_headers(docx, text: str) -> None:  # type: ignore[no-untyped-def]
    """The review copy's header (讨论稿 and the generation date) on every page."""
    section = docx.sections[0]
    for header in (section.header, section.even_page_header):
        header.is_linked_to_previous = False
        paragraph = header.paragraphs[0]
        paragraph.style = "讲话稿-页码"
        ordered_child(paragraph._p.get_or_add_pPr(), "jc", PPR_ORDER).set(qn("w:val"), "right")
        paragraph.add_run(text)


def _set_core_properties(docx, document: Document, subject: str) -> None:  # type: ignore[no-untyped-def]
    props = docx.core_properties
    props.title = document.title
    props.author = document.author
    props.last_modified_by = document.author
    props.subject = subject
    props.keywords = "讲话稿"
    props.comments = "由 speechdraft 生成的初稿"
    props.language = "zh-CN"
    now = datetime.datetime.now(datetime.UTC).replace(microsecond=0, tzinfo=None)
    props.created = now
    props.modified = now
    props.revision = 1


APP_PART = "/docProps/app.xml"


def app_xml(characters: int, paragraphs: int) -> bytes:
    """Extended properties naming speechdraft, with counts we know to be true: no page,
    word or line count, which only a word processor knows after laying the text out."""
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"'
        ' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        "<Application>speechdraft</Application><DocSecurity>0</DocSecurity>"
        f"<Paragraphs>{paragraphs}</Paragraphs><Characters>{characters}</Characters>"
        "</Properties>"
    ).encode()


def app_characters(document: Document) -> int:
    """app.xml's character count: title, meta lines and body, without whitespace."""
    text = document.title + "".join(line.text for line in document.meta_lines)
    return visible_chars(text + document.body_text())


def _set_app_properties(docx, document: Document) -> None:  # type: ignore[no-untyped-def]
    characters = app_characters(document)
    paragraphs = len(docx.element.body) - 1  # every child but the section properties
    for part in docx.part.package.iter_parts():
        if part.partname == APP_PART:
            part._blob = app_xml(characters, paragraphs)
