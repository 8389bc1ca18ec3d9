"""The command line's own words in Chinese: help pages and usage errors.

typer (and the click it carries) speaks English in two places a clerk meets: the help page
(``Usage:``, ``Options:``, ``Show this message and exit.``, ``[required]``, metavars such as
``<list[Path]>``) and usage errors (``Missing argument``, ``No such command``, ``Invalid
value``, ``No such option``). Both are translated here, at the boundary: the help page by a
formatter that writes Chinese headings and terms before it lays out the columns, the errors
from the exception's own fields (never by rewording its English text), so every command,
including ones added later, speaks Chinese without doing anything.
"""

from __future__ import annotations

import re
from typing import Any

from typer._click import exceptions as click_errors
from typer._click.formatting import HelpFormatter
from typer.core import TyperGroup
from typer.models import Context

from speechdraft.messages import did_you_mean

HEADINGS = {"Usage": "用法", "Options": "选项", "Arguments": "参数", "Commands": "命令"}

# Words typer puts into the help page, in the order they are replaced.
HELP_WORDS: tuple[tuple[str, str], ...] = (
    ("Show this message and exit.", "显示本帮助并退出。"),
    ("[required]", "[必填]"),
    ("[OPTIONS]", "[选项]"),
    ("COMMAND [ARGS]...", "命令 [参数]..."),
)

# typer's metavars (<path>, <int range>, <list[Path]> …) → what a clerk writes there.
METAVARS = {
    "path": "路径",
    "str": "文字",
    "text": "文字",
    "int": "整数",
    "int range": "整数",
    "integer": "整数",
    "float": "数字",
    "bool": "是或否",
    "list[Path]": "文件…",
    "list[str]": "文字…",
}
_METAVAR = re.compile(r"<([A-Za-z_][\w \[\]]*)>")
_DEFAULT = re.compile(r"\[default: ([^\]]*)\]")
_RANGE = re.compile(r"\[x>=(\d+)\]")
_REQUIRED_ARGUMENT = re.compile(r"\{([^{}]+)\}(\.\.\.)?")


def chinese(text: str) -> str:
    """One line of typer's help page in Chinese; text that is already Chinese passes."""
    for english, translated in HELP_WORDS:
        text = text.replace(english, translated)
    text = _METAVAR.sub(lambda m: f"<{METAVARS.get(m.group(1), m.group(1))}>", text)
    text = _REQUIRED_ARGUMENT.sub(lambda m: m.group(1) + ("…" if m.group(2) else ""), text)
    text = _DEFAULT.sub(lambda m: f"[默认：{m.group(1)}]", text)
    return _RANGE.sub(lambda m: f"[不小于 {m.group(1)}]", text)


class ChineseHelpFormatter(HelpFormatter):
    """click's help layout with Chinese headings, terms and notes (translated before the
    columns are measured, so the layout stays aligned)."""

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        super().write_usage(prog, chinese(args), prefix="用法：" if prefix is None else prefix)

    def write_heading(self, heading: str) -> None:
        self.write(f"{'':>{self.current_indent}}{HEADINGS.get(heading, heading)}：\n")

    def write_dl(
        self, rows: Any, col_max: int = 30, col_spacing: int = 2
    ) -> None:  # rows: Sequence[tuple[str, str]]
        translated = [(_term(term), chinese(text)) for term, text in rows]
        super().write_dl(translated, col_max, col_spacing)


def _term(term: str) -> str:
    """An option keeps its metavar (--jobs <整数>); an argument is named by its own Chinese
    metavar, so typer's type label after it (<list[Path]>) would only repeat it."""
    if term.startswith("-"):
        return chinese(term)
    return _METAVAR.sub("", term).replace("...", "…").strip()


class ChineseContext(Context):
    formatter_class = ChineseHelpFormatter


class ChineseGroup(TyperGroup):
    """The speechdraft group: every command's help page and usage error in Chinese."""

    context_class = ChineseContext

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        command = super().get_command(ctx, cmd_name)
        if command is not None:
            command.context_class = ChineseContext
        return command


def usage_error_text(error: click_errors.UsageError) -> str:
    """A Chinese message for a usage error, naming what to write and where to read more."""
    command = error.ctx.command_path if error.ctx else "speechdraft"
    return f"错误：{_usage_problem(error)}\n请运行 {command} -h 查看用法。"


def _usage_problem(error: click_errors.UsageError) -> str:
    if isinstance(error, click_errors.NoSuchOption):
        guess = did_you_mean(error.option_name, list(error.possibilities or ()))
        hint = f"是不是 {guess}？" if guess else ""
        return f"没有 {error.option_name} 这个选项。{hint}"
    if isinstance(error, click_errors.MissingParameter):
        return _missing(error)
    if isinstance(error, click_errors.BadParameter):
        return _bad_value(error)
    if isinstance(error, click_errors.BadOptionUsage):
        if "requires an argument" in error.message:
            return f"{error.option_name} 后面要写一个值。"
        return f"{error.option_name} 后面不能写值。"
    if match := re.match(r"No such command '(.*?)'\.(?: Did you mean '(.*?)')?", error.message):
        hint = f"是不是“{match.group(2)}”？" if match.group(2) else ""
        return f"没有“{match.group(1)}”这个命令。{hint}"
    if match := re.match(r"Got unexpected extra arguments? ?(?:\(s\))? \((.*)\)", error.message):
        return f"多写了参数 {match.group(1)}：请检查是否漏了选项名，或路径中的空格没有加引号。"
    if error.message.startswith("Missing command"):
        return "请在 speechdraft 后面写要执行的命令，如 render。"
    return "命令的写法不对。"


def _missing(error: click_errors.MissingParameter) -> str:
    param = error.param
    if param is None:
        return "缺少必填的内容。"
    what = getattr(param, "help", None) or param.name
    if param.param_type_name == "argument":
        return f"缺少要处理的文件：{what}。"
    return f"缺少选项 {_option_names(param)}：{what}。"


def _bad_value(error: click_errors.BadParameter) -> str:
    """typer checks values with pydantic: its error (the cause) says what was typed and
    what was wanted, which is what the clerk needs to hear."""
    name = _option_names(error.param) if error.param is not None else "有一个值"
    errors = getattr(error.__cause__, "errors", None)  # pydantic's ValidationError
    details = errors() if callable(errors) else []
    if not details:
        return f"{name} 的值不对。"
    detail = details[0]
    typed = detail.get("input")
    wanted = _WANTED.get(str(detail.get("type")), "")
    limits = detail.get("ctx") or {}
    if "ge" in limits:
        wanted = f"不小于 {limits['ge']} 的整数"
    elif "le" in limits:
        wanted = f"不大于 {limits['le']} 的整数"
    said = f"“{typed}”" if typed is not None else ""
    return f"{name} 的值{said}不对" + (f"：应为{wanted}。" if wanted else "。")


_WANTED = {
    "int_parsing": "整数，如 4",
    "int_from_float": "整数，如 4",
    "int_type": "整数，如 4",
    "float_parsing": "数字，如 2.5",
    "bool_parsing": "是或否（true/false）",
}


def _option_names(param: Any) -> str:
    opts = list(getattr(param, "opts", ()) or ())
    if not opts or param.param_type_name == "argument":
        return str(param.name)
    return "/".join(sorted(opts, key=len, reverse=True))
