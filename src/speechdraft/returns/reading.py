"""Reading filled checklists back: the rows of .xlsx and .docx returns, as typed.

A row is matched to a checklist item by the hidden 编号 the .xlsx form carries, else by
its part, item and 上年实际/今年目标 as printed (the .docx form, or a sheet whose rows
a department copied elsewhere). Nothing here judges a value; see collect.py.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from speechdraft.document import Checklist, ChecklistRow
from speechdraft.errors import SpeechdraftError, os_error_text
from speechdraft.returns.form_xlsx import KEY_HEADER, SUMMARY_SHEET

VALUE_HEADER = "填写内容"
ITEM_HEADER = "数据项"
MAX_HEADER_SCAN = 15  # rows above the header: title, meeting, department, instructions
MAX_RETURN_BYTES = 20 * 1024 * 1024  # a filled form is tens of KB
MAX_UNPACKED_BYTES = 200 * 1024 * 1024  # all its parts unpacked: a zip bomb stops here


@dataclass(frozen=True)
class ReturnedRow:
    """One row of a return, as the department left it."""

    file: Path
    sheet: str  # the sheet's name, or 表N for the Nth table of a .docx
    place: str  # H9, or 第3行
    department: str  # who filled it in: the sheet's or the row's 填报单位
    key: str  # the hidden 编号, "" when the form had none
    section: str
    item: str
    period: str
    value: Any  # str, int, float, datetime or None, as the cell holds it
    percent_format: bool = False  # the cell shows 0.915 as 91.5%
    person: str = ""
    phone: str = ""

    @property
    def where(self) -> str:
        """file · sheet!cell for a workbook, file · 表N第M项 for a Word form."""
        joiner = "!" if self.place[:1].isascii() else ""
        return f"{self.file.name} · {self.sheet}{joiner}{self.place}"


class UnreadableReturn(SpeechdraftError):
    """A return that is not a readable .xlsx or .docx checklist."""


def read_return(path: Path) -> list[ReturnedRow]:
    """The rows of one return; raises UnreadableReturn naming the file and the fix."""
    _check_file(path)
    suffix = path.suffix.lower()
    try:
        if suffix == ".xlsx":
            rows = list(_xlsx_rows(path))
        elif suffix == ".docx":
            rows = list(_docx_rows(path))
        else:
            raise UnreadableReturn(
                f"{path}：只能读取 .xlsx（Excel）或 .docx（Word）格式的回表；"
                "如果是 .xls、.doc 或 .et/.wps，请用 Excel、Word 或 WPS 另存为 .xlsx 或 .docx"
            )
    except UnreadableReturn:
        raise
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError) as exc:
        raise UnreadableReturn(
            f"{path}：文件已损坏或不是{'Excel' if suffix == '.xlsx' else 'Word'}文件，无法读取"
            f"（{type(exc).__name__}）。请让填报科室重新保存后再发一次"
        ) from None
    if not rows:
        raise UnreadableReturn(
            f"{path}：没有找到材料收集表（表头应有“{ITEM_HEADER}”和“{VALUE_HEADER}”两栏）。"
            "请确认这是用 speechdraft checklist 生成、由科室填好的表"
        )
    return rows


def _check_file(path: Path) -> None:
    try:
        if not path.is_file():
            raise UnreadableReturn(f"{path}：找不到这个文件（或它是文件夹），请检查路径和文件名")
        if path.stat().st_size > MAX_RETURN_BYTES:
            raise UnreadableReturn(f"{path}：文件太大，不像是填好的材料收集表，请确认选对了文件")
    except OSError as exc:
        raise UnreadableReturn(f"{path}：无法读取（{os_error_text(exc)}）") from None
    _check_unpacked_size(path)


def _check_unpacked_size(path: Path) -> None:
    """An .xlsx or .docx is a zip: what it unpacks to is bounded before any XML is parsed."""
    if not zipfile.is_zipfile(path):
        return  # read_return names it as damaged or of the wrong kind
    with zipfile.ZipFile(path) as package:
        unpacked = sum(info.file_size for info in package.infolist())
    if unpacked > MAX_UNPACKED_BYTES:
        raise UnreadableReturn(
            f"{path}：解压后超过 {MAX_UNPACKED_BYTES // 1024 // 1024} MB，不像是填好的材料收集表，"
            "没有读取；请确认选对了文件"
        )


def _xlsx_rows(path: Path) -> Iterator[ReturnedRow]:
    from openpyxl import load_workbook
    from openpyxl.utils import get_column_letter

    workbook = load_workbook(path, data_only=True)
    try:
        for sheet in workbook.worksheets:
            if sheet.title == SUMMARY_SHEET:
                continue  # formulas showing the departments' sheets, not a return of its own
            grid = [list(row) for row in sheet.iter_rows(values_only=True)]
            found = _header(grid)
            if found is None:
                continue
            header_index, columns = found
            department = _department(grid[:header_index]) or sheet.title
            for number in range(header_index + 1, len(grid)):
                line = grid[number]
                value_col = columns[VALUE_HEADER]
                row = _row(line, columns)
                if row is None:
                    continue
                yield ReturnedRow(
                    file=path,
                    sheet=sheet.title,
                    place=f"{get_column_letter(value_col + 1)}{number + 1}",
                    department=department,
                    percent_format="%" in str(sheet.cell(number + 1, value_col + 1).number_format),
                    **row,
                )
    finally:
        workbook.close()


def _docx_rows(path: Path) -> Iterator[ReturnedRow]:
    from docx import Document
    from docx.table import Table

    document = Document(str(path))
    section, count = "", 0
    for block in document.iter_inner_content():
        if not isinstance(block, Table):
            if block.text.strip():
                section = block.text.strip()
            continue
        count += 1
        grid = [[cell.text for cell in row.cells] for row in block.rows]
        found = _header(grid)
        if found is None:
            continue
        header_index, columns = found
        for number in range(header_index + 1, len(grid)):
            row = _row(grid[number], columns)
            if row is None:
                continue
            if not row["section"]:
                row["section"] = section
            reporter = _text(_at(grid[number], columns.get("填报单位")))
            yield ReturnedRow(
                file=path,
                sheet=f"表{count}",
                place=f"第{number + 1 - header_index}项",
                department=reporter,
                **row,
            )


def _header(grid: list[list[Any]]) -> tuple[int, dict[str, int]] | None:
    for index, line in enumerate(grid[:MAX_HEADER_SCAN]):
        texts = [_text(value) for value in line]
        if ITEM_HEADER in texts and VALUE_HEADER in texts:
            columns: dict[str, int] = {}
            for column, text in enumerate(texts):
                columns.setdefault(text, column)
            return index, columns
    return None


def _department(top: list[list[Any]]) -> str:
    for line in top:
        for value in line:
            text = _text(value)
            if text.startswith("提供科室："):
                return text.removeprefix("提供科室：").strip()
    return ""


def _row(line: list[Any], columns: dict[str, int]) -> dict[str, Any] | None:
    item = _text(_at(line, columns.get(ITEM_HEADER)))
    key = _text(_at(line, columns.get(KEY_HEADER)))
    value = _at(line, columns.get(VALUE_HEADER))
    if isinstance(value, str):
        value = value.strip() or None
    if not item and not key and value is None:
        return None  # a blank line at the end of a table
    period_column = columns.get("上年实际/今年目标", columns.get("上年实际或今年目标"))
    return {
        "key": key,
        "section": _text(_at(line, columns.get("所属部分"))),
        "item": item,
        "period": _text(_at(line, period_column)),
        "value": value,
        "person": _text(_at(line, columns.get("填报人", columns.get("联系人及电话")))),
        "phone": _text(_at(line, columns.get("联系电话"))),
    }


def _at(line: list[Any], column: int | None) -> Any:
    if column is None or column >= len(line):
        return None
    return line[column]


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def match_row(row: ReturnedRow, checklist: Checklist) -> ChecklistRow | None:
    """The checklist item a returned row answers: by its 编号, else by what it prints."""
    by_key = checklist.by_key()
    if row.key:
        return by_key.get(row.key)
    candidates = [
        item
        for item in checklist.rows()
        if item.item == row.item and (item.period or "") == row.period
    ]
    if len(candidates) > 1 and row.section:
        candidates = [c for c in candidates if checklist.section_of(c.key).title == row.section]
    return candidates[0] if len(candidates) == 1 else None
