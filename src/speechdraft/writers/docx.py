"""The .docx writer: a Document laid out as GB/T 9704 prints it (see layout.py).

python-docx's API where it has one; where it has none (East Asian fonts, outline
levels, *Chars indents, the document grid) the XML is set here, always in the child
order the OOXML schema requires, because Word rejects out-of-order files.
"""

from __future__ import annotations

import datetime
import io
from pathlib import Path

from docx import Document as new_docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_COLOR_INDEX
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from speechdraft.document import Checklist, Document, Heading, Paragraph, Run
from speechdraft.writers import layout
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


def write_docx(
    document: Document,
    path: Path,
    *,
    fonts: str = "gov",
    force: bool = False,
    subject: str = "",
    copy: str = "draft",
) -> None:
    """Lays out ``document`` and writes it to ``path`` atomically (never half a file)."""
    docx = build_docx(document, FONT_PRESETS[fonts], subject=subject, copy=COPIES[copy])
    write_atomically(path, docx.save, force=force)


def docx_bytes(
    document: Document, *, fonts: str = "gov", subject: str = "", copy: str = "draft"
) -> bytes:
    """The .docx write_docx would write, in memory (for the web face: nothing on disk)."""
    return _saved(build_docx(document, FONT_PRESETS[fonts], subject=subject, copy=COPIES[copy]))


def _saved(docx) -> bytes:  # type: ignore[no-untyped-def]
    buffer = io.BytesIO()
    docx.save(buffer)
    return buffer.getvalue()


def build_docx(  # type: ignore[no-untyped-def]
    document: Document, preset: FontPreset, subject: str = "", copy: CopySpec = COPIES["draft"]
):
    docx = new_base_docx(preset, copy)
    body = docx.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)  # python-docx's template starts with no content, but be sure
    _add_title(docx, document.title, preset)
    for line in document.meta_lines:
        _add_runs(
            _paragraph(docx, "讲话稿-署名日期"),
            line.runs,
            highlight=copy.highlight_placeholders,
        )
    _paragraph(docx, "讲话稿-称呼")  # the customary blank line before 同志们：
    for block in document.blocks:
        _add_block(docx, block, copy.highlight_placeholders)
    _setup_footers(docx)
    if copy.header:
        _setup_headers(docx, copy.header.format(date=_today_text()))
    _set_core_properties(docx, document, subject)
    return docx


def new_base_docx(preset: FontPreset, copy: CopySpec = COPIES["draft"]):  # type: ignore[no-untyped-def]
    """An empty document with the page, defaults, settings and named styles of the layout."""
    docx = new_docx()
    _setup_page(docx, copy)
    _setup_defaults(docx, preset)
    _setup_settings(docx)
    _setup_styles(docx, preset, copy)
    return docx


def _today_text() -> str:
    today = datetime.date.today()
    return f"{today.year}年{today.month}月{today.day}日"


def _setup_page(docx, copy: CopySpec) -> None:  # type: ignore[no-untyped-def]
    section = docx.sections[0]
    sect_pr = section._sectPr
    pg_sz = ordered_child(sect_pr, "pgSz", SECTPR_ORDER)
    pg_sz.set(qn("w:w"), str(layout.PAGE_WIDTH))
    pg_sz.set(qn("w:h"), str(layout.PAGE_HEIGHT))
    pg_mar = ordered_child(sect_pr, "pgMar", SECTPR_ORDER)
    for attr, value in (
        ("top", layout.MARGIN_TOP),
        ("right", layout.MARGIN_RIGHT),
        ("bottom", layout.MARGIN_BOTTOM),
        ("left", layout.MARGIN_LEFT),
        ("header", 851),
        ("footer", layout.FOOTER_DISTANCE),
        ("gutter", 0),
    ):
        pg_mar.set(qn(f"w:{attr}"), str(value))
    grid = ordered_child(sect_pr, "docGrid", SECTPR_ORDER)
    for attr in list(grid.attrib):
        del grid.attrib[attr]
    grid.set(qn("w:type"), "lines")
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


def _setup_defaults(docx, preset: FontPreset) -> None:  # type: ignore[no-untyped-def]
    defaults = docx.styles.element.find(qn("w:docDefaults"))
    rpr_default = defaults.find(qn("w:rPrDefault"))
    rpr = rpr_default.find(qn("w:rPr"))
    _set_fonts(rpr, preset.body)
    lang = ordered_child(rpr, "lang", RPR_ORDER)
    lang.set(qn("w:val"), "en-US")
    lang.set(qn("w:eastAsia"), "zh-CN")
    lang.set(qn("w:bidi"), "ar-SA")


def _setup_settings(docx) -> None:  # type: ignore[no-untyped-def]
    docx.settings.odd_and_even_pages_header_footer = True
    settings = docx.settings.element
    spacing_control = settings.find(qn("w:characterSpacingControl"))
    if spacing_control is not None:
        spacing_control.set(qn("w:val"), "doNotCompress")
    theme_lang = settings.find(qn("w:themeFontLang"))
    if theme_lang is not None:
        theme_lang.set(qn("w:val"), "en-US")
        theme_lang.set(qn("w:eastAsia"), "zh-CN")


def _setup_styles(docx, preset: FontPreset, copy: CopySpec) -> None:  # type: ignore[no-untyped-def]
    # python-docx's template gives its built-in styles (Heading 1, Title …) theme fonts;
    # a clerk applying one in Word would get Calibri/MS Mincho, so drop them everywhere.
    for rfonts in docx.styles.element.iter(qn("w:rFonts")):
        for attr in _THEME_FONT_ATTRS:
            rfonts.attrib.pop(qn(attr), None)
    normal = docx.styles["Normal"]
    _style_body_defaults(normal, preset.body, copy)
    for spec in STYLES:
        style = docx.styles.add_style(spec.name, WD_STYLE_TYPE.PARAGRAPH)
        style.element.set(qn("w:styleId"), spec.style_id)
        style.base_style = normal
        style.quick_style = True
        _apply_style_spec(style, spec, preset, copy)
    page_number = docx.styles.add_style("讲话稿-页码", WD_STYLE_TYPE.PARAGRAPH)
    page_number.element.set(qn("w:styleId"), "GWPageNumber")
    page_number.base_style = normal
    _style_page_number(page_number, preset)


def _style_body_defaults(style, face: str, copy: CopySpec) -> None:  # type: ignore[no-untyped-def]
    """Normal carries the body: 3号仿宋, exact 28.95 pt lines, −0.25 pt, justified."""
    style.font.size = Pt(copy.body_size_pt)
    rpr = style.element.get_or_add_rPr()
    _set_fonts(rpr, face)
    ordered_child(rpr, "spacing", RPR_ORDER).set(qn("w:val"), str(copy.condense))
    ppr = style.element.get_or_add_pPr()
    ordered_child(ppr, "widowControl", PPR_ORDER).set(qn("w:val"), "0")
    ordered_child(ppr, "autoSpaceDE", PPR_ORDER).set(qn("w:val"), "0")
    ordered_child(ppr, "autoSpaceDN", PPR_ORDER).set(qn("w:val"), "0")
    spacing = ordered_child(ppr, "spacing", PPR_ORDER)
    for attr, value in (
        ("before", "0"),
        ("after", "0"),
        ("line", str(copy.line_pitch)),
        ("lineRule", "exact"),
    ):
        spacing.set(qn(f"w:{attr}"), value)
    ordered_child(ppr, "jc", PPR_ORDER).set(qn("w:val"), "both")


def _apply_style_spec(  # type: ignore[no-untyped-def]
    style, spec: StyleSpec, preset: FontPreset, copy: CopySpec
) -> None:
    face = getattr(preset, spec.font_role)
    rpr = style.element.get_or_add_rPr()
    _set_fonts(rpr, face)
    is_title = spec.font_role == "title"
    style.font.size = Pt(spec.size_pt if is_title else copy.body_size_pt)
    style.font.bold = (
        spec.bold or (is_title and preset.title_bold) or (copy.body_bold and not is_title)
    )
    ppr = style.element.get_or_add_pPr()
    if spec.keep_next:
        ordered_child(ppr, "keepNext", PPR_ORDER)
    if not spec.snap_to_grid:
        ordered_child(ppr, "snapToGrid", PPR_ORDER).set(qn("w:val"), "0")
    ind = ordered_child(ppr, "ind", PPR_ORDER)
    if spec.first_line_indent:
        ind.set(qn("w:firstLineChars"), str(layout.FIRST_LINE_CHARS))
        ind.set(qn("w:firstLine"), str(layout.FIRST_LINE_TWIPS))
    else:
        ind.set(qn("w:firstLineChars"), "0")
        ind.set(qn("w:firstLine"), "0")
    ordered_child(ppr, "jc", PPR_ORDER).set(qn("w:val"), spec.align)
    if spec.outline_level is not None:
        ordered_child(ppr, "outlineLvl", PPR_ORDER).set(qn("w:val"), str(spec.outline_level))


def _style_page_number(style, preset: FontPreset) -> None:  # type: ignore[no-untyped-def]
    """宋体 4号, single spacing off the grid, no condensing, no line numbers."""
    rpr = style.element.get_or_add_rPr()
    _set_fonts(rpr, preset.page_number)
    ordered_child(rpr, "spacing", RPR_ORDER).set(qn("w:val"), "0")
    style.font.size = Pt(layout.PAGE_NUMBER_SIZE_PT)
    ppr = style.element.get_or_add_pPr()
    ordered_child(ppr, "suppressLineNumbers", PPR_ORDER)
    ordered_child(ppr, "snapToGrid", PPR_ORDER).set(qn("w:val"), "0")
    spacing = ordered_child(ppr, "spacing", PPR_ORDER)
    spacing.set(qn("w:line"), "240")
    spacing.set(qn("w:lineRule"), "auto")
    ind = ordered_child(ppr, "ind", PPR_ORDER)
    ind.set(qn("w:firstLineChars"), "0")
    ind.set(qn("w:firstLine"), "0")


_TITLE_BREAKS = ("全体会议", "工作会议", "表彰大会", "推进会", "会议")
TITLE_LINE_CHARS = 20  # 2号 characters on one 442 pt line, with a little air


def title_lines(title: str) -> list[str]:
    """Splits a long title between whole words (梯形): never inside a word."""
    if len(title) <= TITLE_LINE_CHARS:
        return [title]
    best: tuple[int, int] | None = None
    for word in _TITLE_BREAKS:
        start = title.find(word)
        while start > 0:
            longest = max(start, len(title) - start)
            if longest <= TITLE_LINE_CHARS + 2 and (best is None or longest < best[0]):
                best = (longest, start)
            start = title.find(word, start + 1)
    if best is None:
        middle = len(title) // 2
        while 0 < middle < len(title) and title[middle - 1].isdigit() and title[middle].isdigit():
            middle += 1  # never split a year or a number
        return [title[:middle], title[middle:]]
    return [title[: best[1]], title[best[1] :]]


_STYLE_IDS = {spec.name: spec.style_id for spec in STYLES}


def _paragraph(docx, style_name: str, text: str = ""):  # type: ignore[no-untyped-def]
    """A new paragraph in one of our styles, set by its id: python-docx's lookup by name
    scans every style of the document for each paragraph, most of a draft's write time."""
    paragraph = docx.add_paragraph(text)
    paragraph._p.style = _STYLE_IDS[style_name]
    return paragraph


def _add_title(docx, title: str, preset: FontPreset) -> None:  # type: ignore[no-untyped-def]
    paragraph = _paragraph(docx, "讲话稿-标题")
    for index, line in enumerate(title_lines(title)):
        if index:
            paragraph.add_run().add_break()
        paragraph.add_run(line)


def _add_block(docx, block: Heading | Paragraph, highlight: bool = True) -> None:  # type: ignore[no-untyped-def]
    if isinstance(block, Heading):
        paragraph = _paragraph(docx, _heading_style_name(block.level))
        run_in = bool(block.body)
        # A run-in 1. heading is bold and its text is not; the style alone can't say both.
        split_weight = run_in and block.level >= 3
        _add_runs(
            paragraph, (Run(block.number), *block.runs), True if split_weight else None, highlight
        )
        _add_runs(paragraph, block.body, False if split_weight else None, highlight)
        return
    style = "讲话稿-称呼" if block.role == "salutation" else "讲话稿-正文"
    paragraph = _paragraph(docx, style)
    _add_runs(paragraph, block.runs, highlight=highlight)


def _heading_style_name(level: int) -> str:
    style_id = HEADING_STYLE_IDS[level]
    return next(s.name for s in STYLES if s.style_id == style_id)


def _add_runs(paragraph, runs, bold: bool | None = None, highlight: bool = True) -> None:  # type: ignore[no-untyped-def]
    for item in runs:
        run = paragraph.add_run(item.text)
        if bold is not None:
            run.bold = bold
        if item.placeholder and highlight:
            run.font.highlight_color = WD_COLOR_INDEX.YELLOW


def _setup_headers(docx, text: str) -> None:  # type: ignore[no-untyped-def]
    """The review copy's header (讨论稿 and the generation date) on every page."""
    section = docx.sections[0]
    for header in (section.header, section.even_page_header):
        header.is_linked_to_previous = False
        paragraph = header.paragraphs[0]
        paragraph.style = "讲话稿-页码"
        ordered_child(paragraph._p.get_or_add_pPr(), "jc", PPR_ORDER).set(qn("w:val"), "right")
        paragraph.add_run(text)


def _setup_footers(docx) -> None:  # type: ignore[no-untyped-def]
    section = docx.sections[0]
    _page_number_footer(section.footer, odd=True)
    _page_number_footer(section.even_page_footer, odd=False)


def _page_number_footer(footer, odd: bool) -> None:  # type: ignore[no-untyped-def]
    footer.is_linked_to_previous = False
    paragraph = footer.paragraphs[0]
    paragraph.style = "讲话稿-页码"
    ppr = paragraph._p.get_or_add_pPr()
    ind = ordered_child(ppr, "ind", PPR_ORDER)
    ind.set(qn("w:right" if odd else "w:left"), str(layout.PAGE_NUMBER_INDENT))
    ordered_child(ppr, "jc", PPR_ORDER).set(qn("w:val"), "right" if odd else "left")
    _hinted_run(paragraph, "— ")
    _field_run(paragraph, "begin")
    instr = _hinted_run(paragraph, None)
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = " PAGE "
    instr._r.append(text)
    _field_run(paragraph, "separate")
    _hinted_run(paragraph, "1")
    _field_run(paragraph, "end")
    _hinted_run(paragraph, " —")


def _hinted_run(paragraph, text: str | None):  # type: ignore[no-untyped-def]
    """A run whose ambiguous-width characters (the 一字线) take the East Asian face."""
    run = paragraph.add_run(text or "")
    rfonts = ordered_child(run._r.get_or_add_rPr(), "rFonts", RPR_ORDER)
    rfonts.set(qn("w:hint"), "eastAsia")
    return run


def _field_run(paragraph, kind: str) -> None:  # type: ignore[no-untyped-def]
    run = _hinted_run(paragraph, None)
    char = OxmlElement("w:fldChar")
    char.set(qn("w:fldCharType"), kind)
    run._r.append(char)


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


CHECKLIST_HEADER = ("序号", "数据项", "单位", "提供科室", "必填", "填写内容")
CHECKLIST_WIDTHS_MM = (12, 62, 14, 26, 12, 30)


def write_checklist_docx(
    checklist: Checklist, path: Path, *, fonts: str = "gov", force: bool = False
) -> None:
    write_atomically(path, build_checklist_docx(checklist, fonts=fonts).save, force=force)


def checklist_docx_bytes(checklist: Checklist, *, fonts: str = "gov") -> bytes:
    return _saved(build_checklist_docx(checklist, fonts=fonts))


def build_checklist_docx(checklist: Checklist, *, fonts: str = "gov"):  # type: ignore[no-untyped-def]
    """The fact-gathering form: the layout's fonts, one table per area, a column to write in."""
    preset = FONT_PRESETS[fonts]
    docx = new_base_docx(preset)
    _add_title(docx, checklist.title, preset)
    _paragraph(
        docx,
        "讲话稿-正文",
        "请各科室按表填写数据和材料，注明口径和截止时间；标★的为讲话稿必需的内容。",
    )
    for section in checklist.sections:
        _paragraph(docx, _heading_style_name(2), section.title)
        _add_checklist_table(docx, section.rows, preset)
    _setup_footers(docx)
    docx.core_properties.title = checklist.title
    docx.core_properties.language = "zh-CN"
    return docx


def _add_checklist_table(docx, rows, preset: FontPreset) -> None:  # type: ignore[no-untyped-def]
    table = docx.add_table(rows=1, cols=len(CHECKLIST_HEADER))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, CHECKLIST_HEADER, strict=True):
        _table_cell_text(cell, text, preset.body, bold=True)
    for index, row in enumerate(rows, start=1):
        values = (str(index), row.item, row.unit, row.source, "★" if row.required else "", "")
        cells = table.add_row().cells
        for cell, text in zip(cells, values, strict=True):
            _table_cell_text(cell, text, preset.body)
    for column, width in zip(table.columns, CHECKLIST_WIDTHS_MM, strict=True):
        for cell in column.cells:
            cell.width = Mm(width)


def _table_cell_text(cell, text: str, face: str, bold: bool = False) -> None:  # type: ignore[no-untyped-def]
    """Table text in the body face at 4号, single-spaced, no first-line indent."""
    paragraph = cell.paragraphs[0]
    paragraph.style = "讲话稿-页码"  # 14 pt, off the grid, no indent: what a table cell needs
    ppr = paragraph._p.get_or_add_pPr()
    ordered_child(ppr, "jc", PPR_ORDER).set(qn("w:val"), "left")
    run = paragraph.add_run(text)
    _set_fonts(
        run._r.get_or_add_rPr(), cell.part.document.styles["Normal"].font.name or "仿宋_GB2312"
    )
    run.bold = bold
