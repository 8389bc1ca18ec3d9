"""The checklist as a Word form a department can print and fill in by hand or on screen.

A4 landscape, one table per section. The table grid states the same widths as its cells
and the layout is fixed, so Word, WPS and LibreOffice all print the columns as designed;
the header row repeats on every page, no row splits across pages, and the rows to write
in have room for handwriting. Its own paragraph and table styles, nothing borrowed from
the draft's page-number style.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from docx import Document as new_docx
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from speechdraft.document import TEXT, Checklist, ChecklistRow
from speechdraft.writers.layout import FONT_PRESETS, FontPreset
from speechdraft.writers.output import write_atomically


@dataclass(frozen=True)
class FormColumn:
    header: str
    width_mm: int
    centered: bool = False


# 257 mm: the width between 20 mm margins on A4 landscape. 序号, 必填, 单位 and
# 上年实际 fit their longest text on one line at 五号 (3.7 mm a character, 1 mm padding).
FORM_COLUMNS = (
    FormColumn("序号", 10, centered=True),
    FormColumn("必填", 10, centered=True),
    FormColumn("数据项", 44),
    FormColumn("口径说明", 52),
    FormColumn("单位", 12, centered=True),
    FormColumn("上年实际/今年目标", 18, centered=True),
    FormColumn("填写内容", 45),
    FormColumn("填报单位", 22),
    FormColumn("联系人及电话", 26),
    FormColumn("截止时间", 18),
)
FORM_HEADERS = tuple(c.header for c in FORM_COLUMNS)
TEXT_WIDTH_MM = 257
MARGIN_MM = 20
FIGURE_ROW_MM = 10  # room to write a number by hand
TEXT_ROW_MM = 25  # room for a few sentences
CELL_PADDING_TWIPS = 57  # 1 mm each side
TABLE_STYLE = "材料清单表格"
FORM_STYLES = {
    "title": ("材料清单-标题", "GWFormTitle"),
    "info": ("材料清单-说明", "GWFormInfo"),
    "heading": ("材料清单-小标题", "GWFormHeading"),
    "cell": ("材料清单-表格文字", "GWFormCell"),
    "head": ("材料清单-表头", "GWFormHead"),
}
TWIPS_PER_MM = 1440 / 25.4


def twips(mm: float) -> int:
    return round(mm * TWIPS_PER_MM)


def write_checklist_docx(
    checklist: Checklist, path: Path, *, fonts: str = "gov", force: bool = False
) -> None:
    """Writes the form atomically; an existing file is kept unless ``force``."""
    document = build_form(checklist, FONT_PRESETS[fonts])
    write_atomically(path, document.save, force=force)


def checklist_docx_bytes(checklist: Checklist, *, fonts: str = "gov") -> bytes:
    """The same form in memory (the web face sends it without a file on disk)."""
    buffer = io.BytesIO()
    build_form(checklist, FONT_PRESETS[fonts]).save(buffer)
    return buffer.getvalue()


def build_form(checklist: Checklist, preset: FontPreset) -> Any:
    document = new_docx()
    _setup_page(document)
    _setup_styles(document, preset)
    _paragraph(document, "title", checklist.title)
    for line in checklist.meeting.header_lines():
        _paragraph(document, "info", line)
    _paragraph(
        document,
        "info",
        "请在“填写内容”栏填写，标★的为必填项；数字只填数字，单位见“单位”栏，"
        "百分比填0—100之间的数，如91.5。",
    )
    for section in checklist.sections:
        _paragraph(document, "heading", section.title)
        _add_table(document, section.rows, checklist.meeting.deadline)
    _add_page_numbers(document)
    document.core_properties.title = checklist.title
    document.core_properties.language = "zh-CN"
    document.core_properties.keywords = "材料清单"
    return document


def _setup_page(document: Any) -> None:
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    section.left_margin = section.right_margin = Mm(MARGIN_MM)
    section.top_margin = Mm(MARGIN_MM)
    section.bottom_margin = Mm(18)


def _add_page_numbers(document: Any) -> None:
    """第N页 centred at the foot of every page: a department returns pages, not files."""
    paragraph = document.sections[0].footer.paragraphs[0]
    paragraph._p.style = FORM_STYLES["head"][1]
    paragraph.add_run("第")
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), " PAGE ")
    number = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    number.append(text)
    field.append(number)
    paragraph._p.append(field)
    paragraph.add_run("页")


def _setup_styles(document: Any, preset: FontPreset) -> None:
    for rfonts in document.styles.element.iter(qn("w:rFonts")):
        for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            rfonts.attrib.pop(qn(attr), None)  # theme fonts would override the faces set below
    specs = {
        "title": (preset.title, 18, preset.title_bold, "center"),
        "info": (preset.body, 12, False, "left"),
        "heading": (preset.hei, 14, False, "left"),
        "cell": (preset.body, 10.5, False, "left"),
        "head": (preset.hei, 10.5, False, "center"),
    }
    for role, (face, size, bold, align) in specs.items():
        name, style_id = FORM_STYLES[role]
        style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.element.set(qn("w:styleId"), style_id)
        style.base_style = document.styles["Normal"]
        style.font.size = Pt(size)
        style.font.bold = bold
        _set_fonts(style.element.get_or_add_rPr(), face)
        _paragraph_format(
            style, align, keep_next=role == "heading", space=role in ("title", "info", "heading")
        )
    _add_table_style(document)


def _paragraph_format(style: Any, align: str, *, keep_next: bool, space: bool) -> None:
    fmt = style.paragraph_format
    fmt.space_before = Pt(6 if space else 0)
    fmt.space_after = Pt(3 if space else 0)
    fmt.line_spacing = 1.0
    fmt.first_line_indent = Pt(0)
    fmt.keep_with_next = keep_next
    fmt.alignment = {"center": 1, "left": 0}[align]
    ppr = style.element.get_or_add_pPr()
    snap = OxmlElement("w:snapToGrid")
    snap.set(qn("w:val"), "0")
    spacing = ppr.find(qn("w:spacing"))
    (spacing if spacing is not None else ppr[-1]).addprevious(snap)


def _set_fonts(rpr: Any, face: str) -> None:
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(attr), face)


def _add_table_style(document: Any) -> None:
    """A plain grid of its own: single black borders, 1 mm padding left and right."""
    style = document.styles.add_style(TABLE_STYLE, WD_STYLE_TYPE.TABLE)
    style.element.set(qn("w:styleId"), "GWFormTable")
    tbl_pr = style.element.find(qn("w:tblPr"))
    if tbl_pr is None:
        tbl_pr = OxmlElement("w:tblPr")
        style.element.append(tbl_pr)
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        border = OxmlElement(f"w:{side}")
        for attr, value in (("val", "single"), ("sz", "4"), ("space", "0"), ("color", "000000")):
            border.set(qn(f"w:{attr}"), value)
        borders.append(border)
    tbl_pr.append(borders)
    margins = OxmlElement("w:tblCellMar")
    for side, space in (("top", 28), ("left", CELL_PADDING_TWIPS), ("bottom", 28)):
        margin = OxmlElement(f"w:{side}")
        margin.set(qn("w:w"), str(space))
        margin.set(qn("w:type"), "dxa")
        margins.append(margin)
    right = OxmlElement("w:right")
    right.set(qn("w:w"), str(CELL_PADDING_TWIPS))
    right.set(qn("w:type"), "dxa")
    margins.append(right)
    tbl_pr.append(margins)


def _paragraph(document: Any, role: str, text: str) -> Any:
    paragraph = document.add_paragraph(text)
    paragraph._p.style = FORM_STYLES[role][1]  # by id: python-docx's lookup is by name
    return paragraph


def _add_table(document: Any, rows: tuple[ChecklistRow, ...], deadline: str) -> None:
    table = document.add_table(rows=1, cols=len(FORM_COLUMNS))
    table.style = document.styles[TABLE_STYLE]
    table.autofit = False
    _fix_layout(table)
    header = table.rows[0]
    _row_properties(header, height_mm=None, repeat=True)
    for cell, column in zip(header.cells, FORM_COLUMNS, strict=True):
        _cell_text(cell, column.header, "head")
    for serial, row in enumerate(rows, start=1):
        values = (
            str(serial),
            "★" if row.required else "",
            row.item,
            row.scope,
            row.unit,
            row.period,
            "",
            "",
            "",
            deadline,
        )
        cells = table.add_row()
        height = TEXT_ROW_MM if row.value_type == TEXT else FIGURE_ROW_MM
        _row_properties(cells, height_mm=height, repeat=False)
        for cell, column, text in zip(cells.cells, FORM_COLUMNS, values, strict=True):
            _cell_text(cell, text, "head" if column.centered and text else "cell")
    for column, spec in zip(table.columns, FORM_COLUMNS, strict=True):
        for cell in column.cells:
            cell.width = Mm(spec.width_mm)


def _fix_layout(table: Any) -> None:
    """A fixed layout (table.autofit = False) whose grid states the cells' widths: LibreOffice lays a table out
    by its grid, Word by its cells; when they agree every program prints the same."""
    tbl = table._tbl
    tbl_pr = tbl.tblPr
    width = tbl_pr.find(qn("w:tblW"))
    if width is None:
        width = OxmlElement("w:tblW")
        tbl_pr.append(width)
    width.set(qn("w:w"), str(sum(twips(c.width_mm) for c in FORM_COLUMNS)))
    width.set(qn("w:type"), "dxa")
    grid = tbl.tblGrid
    for col, spec in zip(grid.findall(qn("w:gridCol")), FORM_COLUMNS, strict=True):
        col.set(qn("w:w"), str(twips(spec.width_mm)))


def _row_properties(row: Any, *, height_mm: int | None, repeat: bool) -> None:
    """cantSplit on every row (a row never breaks across pages), tblHeader on the header
    (it repeats on every page), and a minimum height where a department writes."""
    tr_pr = row._tr.get_or_add_trPr()
    tr_pr.append(OxmlElement("w:cantSplit"))
    if height_mm is not None:
        height = OxmlElement("w:trHeight")
        height.set(qn("w:val"), str(twips(height_mm)))
        height.set(qn("w:hRule"), "atLeast")
        tr_pr.append(height)
    if repeat:
        tr_pr.append(OxmlElement("w:tblHeader"))


def _cell_text(cell: Any, text: str, role: str) -> None:
    paragraph = cell.paragraphs[0]
    paragraph._p.style = FORM_STYLES[role][1]
    if text:
        paragraph.add_run(text)
