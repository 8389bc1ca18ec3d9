"""The checklist as an Excel workbook departments fill in: one sheet per department and a
汇总 sheet that shows every answer in one place.

Only the cells a department writes in are unlocked; the sheets are protected, so the
layout and the hidden item keys that ``collect`` reads back cannot be broken by accident.
Each figure cell validates by its unit (0–100 for a percentage, a non-negative number,
a date), and every sheet carries the meeting on top.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from speechdraft.document import (
    DATE,
    NUMBER,
    PERCENT,
    TEXT,
    Checklist,
    ChecklistRow,
)
from speechdraft.writers.output import write_atomically

SUMMARY_SHEET = "汇总"
KEY_HEADER = "编号"  # the hidden column collect matches rows by


@dataclass(frozen=True)
class Column:
    header: str
    width: float  # Excel character widths
    fill: bool = False  # a department writes here


COLUMNS = (
    Column("序号", 6),
    Column("必填", 6),
    Column("所属部分", 18),
    Column("数据项", 30),
    Column("口径说明", 34),
    Column("单位", 7),
    Column("上年实际/今年目标", 11),
    Column("填写内容", 24, fill=True),
    Column("填报人", 10, fill=True),
    Column("联系电话", 15, fill=True),
    Column("截止时间", 14),
    Column(KEY_HEADER, 12),
)
HEADER_TITLES = tuple(c.header for c in COLUMNS)
VALUE_COLUMN = HEADER_TITLES.index("填写内容") + 1  # 1-based, as openpyxl counts
KEY_COLUMN = HEADER_TITLES.index(KEY_HEADER) + 1
HEADER_ROW = 6  # rows 1–5 hold the title, the meeting and how to fill in
FIRST_ITEM_ROW = HEADER_ROW + 1

_THIN = Side(style="thin", color="000000")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_LOCKED_FILL = PatternFill("solid", fgColor="EDEDED")
_HEADER_FILL = PatternFill("solid", fgColor="D9D9D9")
_WRAP = Alignment(wrap_text=True, vertical="center")
_CENTER = Alignment(wrap_text=True, vertical="center", horizontal="center")
_FONT = "仿宋"
_SHEET_NAME_ILLEGAL = re.compile(r"[\[\]:*?/\\]")


def write_checklist_xlsx(checklist: Checklist, path: Path, *, force: bool = False) -> None:
    """Writes the workbook atomically; an existing file is kept unless ``force``."""
    workbook = build_workbook(checklist)
    write_atomically(path, workbook.save, force=force)


def checklist_xlsx_bytes(checklist: Checklist) -> bytes:
    """The same workbook in memory (the web face sends it without a file on disk)."""
    buffer = io.BytesIO()
    build_workbook(checklist).save(buffer)
    return buffer.getvalue()


def build_workbook(checklist: Checklist) -> Workbook:
    workbook = Workbook()
    summary = workbook.active
    assert summary is not None  # a new Workbook always has its first sheet
    summary.title = SUMMARY_SHEET
    names = sheet_names(checklist.departments())
    placed: dict[str, tuple[str, int]] = {}  # item key → (sheet, row) of its fill cell
    for department in checklist.departments():
        sheet = workbook.create_sheet(names[department])
        rows = [row for row in checklist.rows() if row.source == department]
        _fill_sheet(sheet, checklist, rows, f"提供科室：{department}")
        for offset, row in enumerate(rows):
            placed[row.key] = (sheet.title, FIRST_ITEM_ROW + offset)
    _fill_sheet(summary, checklist, checklist.rows(), "汇总：各科室填写后自动显示在本表", placed)
    return workbook


def sheet_names(departments: list[str]) -> dict[str, str]:
    """Excel allows 31 characters and none of []:*?/\\; names must differ from each other
    and from the 汇总 sheet."""
    names: dict[str, str] = {}
    used = {SUMMARY_SHEET}
    for department in departments:
        base = _SHEET_NAME_ILLEGAL.sub("", department)[:28] or "科室"
        name, n = base, 2
        while name in used:
            name, n = f"{base}{n}", n + 1
        used.add(name)
        names[department] = name
    return names


def _fill_sheet(
    sheet: Worksheet,
    checklist: Checklist,
    rows: list[ChecklistRow],
    who: str,
    placed: dict[str, tuple[str, int]] | None = None,
) -> None:
    """A form sheet; with ``placed`` (the 汇总 sheet) the answers are formulas that show
    what each department wrote, and nothing is unlocked."""
    _write_top(sheet, checklist, who, fillable=placed is None)
    for index, column in enumerate(COLUMNS, start=1):
        cell = sheet.cell(HEADER_ROW, index, column.header)
        cell.font = Font(name=_FONT, bold=True, size=11)
        cell.fill, cell.border, cell.alignment = _HEADER_FILL, _BORDER, _CENTER
        sheet.column_dimensions[get_column_letter(index)].width = column.width
    sheet.column_dimensions[get_column_letter(KEY_COLUMN)].hidden = True
    validations = _validations() if placed is None else {}
    for offset, row in enumerate(rows):
        _write_row(sheet, FIRST_ITEM_ROW + offset, offset + 1, row, checklist, placed)
        if row.value_type in validations:
            validations[row.value_type].add(sheet.cell(FIRST_ITEM_ROW + offset, VALUE_COLUMN))
    for rule in validations.values():
        if rule.sqref.ranges:  # Excel calls a rule over no cells a damaged file
            sheet.add_data_validation(rule)
    _protect(sheet)


def _write_top(sheet: Worksheet, checklist: Checklist, who: str, *, fillable: bool) -> None:
    last = get_column_letter(len(COLUMNS) - 1)
    lines = [checklist.title, *checklist.meeting.header_lines()]
    lines = (lines + ["", "", ""])[:3]
    lines.append(who)
    lines.append(
        "请在白色格中填写（灰色格不能改动）；标★的为必填项。数字只填数字，单位见“单位”栏；"
        "百分比填0—100之间的数，如91.5。"
        if fillable
        else "本表不用填写：各科室工作表中填写的内容会自动显示在“填写内容”栏。"
    )
    for number, text in enumerate(lines, start=1):
        sheet.merge_cells(f"A{number}:{last}{number}")
        cell = sheet.cell(number, 1, text or None)
        cell.font = Font(name=_FONT, bold=number == 1, size=16 if number == 1 else 11)
        cell.alignment = Alignment(horizontal="center" if number == 1 else "left", wrap_text=True)
    sheet.row_dimensions[1].height = 28
    sheet.row_dimensions[5].height = 32
    sheet.freeze_panes = f"A{FIRST_ITEM_ROW}"
    sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    if sheet.sheet_properties.pageSetUpPr is not None:
        sheet.sheet_properties.pageSetUpPr.fitToPage = True


def _write_row(
    sheet: Worksheet,
    number: int,
    serial: int,
    row: ChecklistRow,
    checklist: Checklist,
    placed: dict[str, tuple[str, int]] | None,
) -> None:
    section = checklist.section_of(row.key).title
    values: list[str | int | None] = [
        serial,
        "★" if row.required else "",
        section,
        row.item,
        row.scope,
        row.unit,
        row.period,
        None,
        None,
        None,
        checklist.meeting.deadline,
        row.key,
    ]
    if placed is not None and row.key in placed:
        where, line = placed[row.key]
        ref = f"{quote_sheetname(where)}!{get_column_letter(VALUE_COLUMN)}{line}"
        values[VALUE_COLUMN - 1] = f'=IF({ref}="","",{ref})'
    for index, (column, value) in enumerate(zip(COLUMNS, values, strict=True), start=1):
        cell = sheet.cell(number, index, value if value != "" else None)
        cell.font = Font(name=_FONT, size=11)
        cell.border = _BORDER
        cell.alignment = _CENTER if index in (1, 2, 6, 7) else _WRAP
        if column.fill and placed is None:
            cell.protection = Protection(locked=False)
            cell.number_format = _number_format(row) if index == VALUE_COLUMN else "@"
        else:
            cell.fill = _LOCKED_FILL
    sheet.row_dimensions[number].height = 60 if row.value_type == TEXT else 30


def _number_format(row: ChecklistRow) -> str:
    if row.value_type == DATE:
        return "yyyy-mm-dd"
    return "General" if row.is_figure else "@"


def _validations() -> dict[str, DataValidation]:
    """One rule per kind of figure, each with a Chinese prompt and error message."""
    rules = {
        PERCENT: DataValidation(
            type="decimal",
            operator="between",
            formula1="0",
            formula2="100",
            promptTitle="百分比",
            prompt="填0—100之间的数，如91.5（不带%）",
            errorTitle="不是有效的百分比",
            error="请填0—100之间的数，如91.5；不要填0.915，也不要带%号。",
        ),
        NUMBER: DataValidation(
            type="decimal",
            operator="greaterThanOrEqual",
            formula1="0",
            promptTitle="数字",
            prompt="只填数字，单位见“单位”栏",
            errorTitle="不是有效的数字",
            error="请只填数字（不小于0），单位见“单位”栏，不要写文字。",
        ),
        DATE: DataValidation(
            type="date",
            operator="between",
            formula1="DATE(2000,1,1)",
            formula2="DATE(2100,12,31)",
            promptTitle="日期",
            prompt="填日期，如2025-06-30",
            errorTitle="不是有效的日期",
            error="请填日期，如2025-06-30。",
        ),
    }
    for rule in rules.values():
        rule.showErrorMessage = True
        rule.showInputMessage = True
        rule.allow_blank = True
    return rules


def _protect(sheet: Worksheet) -> None:
    """Locked cells stay as they are; rows and columns may still be resized, so a long
    answer can be made readable."""
    protection = sheet.protection
    protection.sheet = True
    protection.formatRows = False
    protection.formatColumns = False
    protection.selectLockedCells = False
    protection.selectUnlockedCells = False
