"""Chinese wording for what users get wrong, in one place."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

# pydantic error type → Chinese message; {input} and ctx keys are filled in.
PYDANTIC_MESSAGES: dict[str, str] = {
    "missing": "缺少这一项，请补上",
    "extra_forbidden": "不认识这一项",
    "string_type": "应为文字，实际是“{input}”（数字或日期请加引号）",
    "string_too_short": "不能为空",
    "int_type": "应为整数，实际是“{input}”",
    "int_parsing": "应为整数（如 20），实际是“{input}”",
    "int_from_float": "应为整数，实际是“{input}”",
    "float_parsing": "应为数字，实际是“{input}”",
    "bool_parsing": "应为 true 或 false，实际是“{input}”",
    "list_type": "应为列表（每项一行，以“- ”开头），实际是“{input}”",
    "dict_type": "应为“名称: 值”形式的若干行，实际是“{input}”",
    "model_type": "应为若干“键: 值”行，实际是“{input}”",
    "model_attributes_type": "应为若干“键: 值”行，实际是“{input}”",
    "date_type": "应为日期，如 2025-03-15，实际是“{input}”",
    "date_parsing": "应为日期，如 2025-03-15，实际是“{input}”",
    "date_from_datetime_parsing": "应为日期，如 2025-03-15，实际是“{input}”",
    "date_from_datetime_inexact": "应为日期，如 2025-03-15，实际是“{input}”",
    "datetime_from_date_parsing": "应为日期，如 2025-03-15，实际是“{input}”",
    "float_type": "应为数字，实际是“{input}”",
    "finite_number": "应为数字，实际是“{input}”",
    "bool_type": "应为 true 或 false，实际是“{input}”",
    "invalid_key": "这一项的名称应为文字，实际是“{input}”",
    "literal_error": "“{input}”不是可选的值。可选：{expected}",
    "greater_than_equal": "不能小于 {ge}，实际是“{input}”",
    "less_than_equal": "不能大于 {le}，实际是“{input}”",
    "string_too_long": "太长了，最多 {max_length} 个字",
    "too_long": "项数太多，最多 {max_length} 项",
    "value_error": "{error}",
}


def did_you_mean(word: str, choices: Iterable[str]) -> str | None:
    """The closest known word to a misspelt one, if any is close enough."""
    import difflib  # only when a message needs a guess

    matches = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return matches[0] if matches else None


def describe_input(value: Any) -> str:
    """A value as the user wrote it in YAML, shortened: 空 for nothing, true for True."""
    if value is None:
        return "空"
    if isinstance(value, bool):
        return str(value).lower()
    text = str(value)
    return text if len(text) <= 40 else text[:40] + "…"


_CONTROL_NAMES = {
    "\x00": "空字符 U+0000",
    "\x07": "U+0007，Word 表格的单元格结束符",
    "\x08": "退格符 U+0008",
    "\x0b": "U+000B，Word 的手动换行符",
    "\x0c": "U+000C，Word 的分页符",
    "\x1b": "ESC 字符 U+001B",
    "\ufeff": "U+FEFF，字节顺序标记",
    "\ufffe": "U+FFFE，非字符",
    "\uffff": "U+FFFF，非字符",
}


def control_character_name(char: str) -> str:
    """How to name an invisible character so the user can find it: 'U+000B，Word 的手动换行符'."""
    return _CONTROL_NAMES.get(char, f"U+{ord(char):04X}")


def pydantic_message(error: dict[str, Any]) -> str:
    """The Chinese message for one pydantic error, falling back to pydantic's own text."""
    template = PYDANTIC_MESSAGES.get(error["type"])
    if template is None:
        return f"内容不符合要求（{error.get('msg', error['type'])}）"
    ctx = dict(error.get("ctx") or {})
    if "error" in ctx:
        ctx["error"] = str(ctx["error"]).removeprefix("Value error, ")
    if "expected" in ctx:  # pydantic's "'a', 'b' or 'c'"
        ctx["expected"] = (
            str(ctx["expected"]).replace("'", "").replace(" or ", "、").replace(", ", "、")
        )
    return template.format(input=describe_input(error.get("input", "")), **ctx)


# PyYAML's problem texts → what a clerk should do about them.
YAML_PROBLEMS: tuple[tuple[str, str], ...] = (
    ("found character '\\t'", "这里用了制表符（Tab）：YAML 只能用空格缩进，请把 Tab 换成空格"),
    (
        "mapping values are not allowed",
        "冒号的位置不对：检查缩进是否对齐；如果文字里含有冒号，请给整段文字加引号",
    ),
    ("could not find expected ':'", "缺少冒号：每项应写成“名称: 值”，冒号后留一个空格"),
    ("while scanning a quoted scalar", "引号没有配对：请检查这一行的引号是否成对"),
    ("found unexpected end of stream", "引号没有配对：请检查引号是否成对"),
    ("expected <block end>, but found", "缩进不一致：同一层的各项应左边对齐"),
    ("did not find expected key", "缩进不一致：同一层的各项应左边对齐"),
    ("did not find expected '-' indicator", "列表缩进不一致：各个“- ”应左边对齐"),
    ("expected the node content", "内容不完整：方括号、花括号或引号没有配对，或文件在此处意外结束"),
    (
        "found character that cannot start any token",
        "这里有不能作为开头的字符（如 @、`、%）：请给整段文字加引号",
    ),
    (
        "expected ',' or ']'",
        "方括号 [ ] 没有配对，或方括号里的文字含有冒号：请检查方括号是否成对，含冒号的文字请加引号",
    ),
    ("expected ',' or '}'", "花括号 { } 没有配对，或花括号里的写法有误：请检查花括号是否成对"),
    ("found undefined alias", "引用了不存在的锚点（*名称）"),
    ("found duplicate anchor", "锚点（&名称）重复"),
    (
        "but found another document",
        "文件里有几份内容（用“---”或“...”隔开）：一个会议信息文件只能写一份",
    ),
    ("found unhashable key", "这里的名称（冒号前面）应是文字，不能是列表或“键: 值”"),
    ("for merging", "“<<:” 后面应是一个 *引用，或几个 *引用 组成的列表"),
    (
        "found unknown escape character",
        "引号里的反斜杠“\\”用法有误：要写反斜杠本身请写两个“\\\\”，或改用单引号",
    ),
    ("found unknown directive", "以“%”开头的这一行不是会议信息：请删去，或给文字加引号"),
)


def yaml_problem(problem: str | None) -> str:
    text = problem or ""
    for needle, message in YAML_PROBLEMS:
        if needle in text:
            return message
    return f"YAML 格式有误（{text}）" if text else "YAML 格式有误"
