"""The README's one table of limits states the limits the code enforces (and that
tests/test_hostile.py and the test_safe_* files exercise): a changed constant fails here
until the table says the same."""

from __future__ import annotations

import re
from pathlib import Path

from speechdraft.compose import sandbox
from speechdraft.intake import yamlfile
from speechdraft.lint import reader
from speechdraft.writers import output

README = Path(__file__).resolve().parents[1] / "README.md"


def _mb(size: int) -> str:
    return f"{size // (1024 * 1024)} MB"


EXPECTED = [
    ("会议信息文件", "文件大小", _mb(yamlfile.MAX_PROFILE_BYTES)),
    ("会议信息文件", "值的个数", str(yamlfile.MAX_NODES)),
    ("会议信息文件", "嵌套层数", str(yamlfile.MAX_DEPTH)),
    ("会议信息文件", "一项文字", f"{yamlfile.MAX_TEXT_CHARS} 字"),
    ("会议信息文件", "一个列表", f"{yamlfile.MAX_ITEMS} 项"),
    ("会议信息文件", "冒号前的名称", f"{yamlfile.MAX_KEY_CHARS} 字"),
    ("讲话稿", ".txt / .md", _mb(reader.MAX_TEXT_DRAFT_BYTES)),
    ("讲话稿", ".docx 文件大小", _mb(reader.MAX_DOCX_BYTES)),
    ("讲话稿", "一个 XML 部分", _mb(reader.MAX_XML_PART_BYTES)),
    ("讲话稿", "其他部分", _mb(reader.MAX_PART_BYTES)),
    ("讲话稿", "全部解压后", _mb(reader.MAX_UNPACKED_BYTES)),
    ("自定义模板", "一个模板文件", _mb(sandbox.MAX_TEMPLATE_BYTES)),
    ("自定义模板", "模板行数", str(sandbox.MAX_STEPS)),
    ("自定义模板", "输出", f"{sandbox.MAX_OUTPUT_CHARS} 字符"),
    ("自定义模板", "一个值", f"{sandbox.MAX_VALUE_SIZE} 字符"),
    ("自定义模板", "整数", f"{sandbox.MAX_INT_BITS} 位"),
    ("自定义模板", "嵌套", f"{sandbox.MAX_NESTING} 层"),
    ("自定义模板", "运行时间", f"{sandbox.MAX_SECONDS:.0f} 秒"),
]


def _table_rows() -> list[list[str]]:
    text = README.read_text(encoding="utf-8")
    section = text.split("### 限制一览", 1)[1].split("\n#", 1)[0]
    return [
        [cell.strip() for cell in line.strip("|").split("|")]
        for line in section.splitlines()
        if line.startswith("| ") and not line.startswith("| 对象")
    ]


def test_the_readme_table_states_every_enforced_limit() -> None:
    rows = _table_rows()
    assert len(rows) == len(EXPECTED)
    for (subject, item, limit), row in zip(EXPECTED, rows, strict=True):
        assert subject in row[0] and item in row[1], (subject, item, row)
        assert row[2].startswith(limit), (limit, row)


def test_the_readme_states_the_stale_temp_file_age() -> None:
    minutes = output.STALE_TEMP_SECONDS // 60
    assert re.search(rf"超过 {minutes} 分钟的临时文件", README.read_text(encoding="utf-8"))
