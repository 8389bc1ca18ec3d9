"""What every command shares: the typer app, exit codes, option types, and the one
place where a failure becomes a Chinese message instead of a traceback."""

from __future__ import annotations

import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_BAD_INPUT = 2

app = typer.Typer(
    name="speechdraft",
    help="根据会议信息文件（YAML）生成教育工作会议讲话稿初稿（.docx，党政机关公文版式）。",
    no_args_is_help=True,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)

state = {"debug": False}


@app.callback()
def _options(
    debug: Annotated[
        bool, typer.Option("--debug", help="出错时显示程序内部的详细信息（供开发人员排查）")
    ] = False,
) -> None:
    state["debug"] = debug


def error(message: str) -> None:
    typer.echo(message, err=True)


@contextmanager
def reported(file: Path | str) -> Iterator[None]:
    """Turns every failure into one Chinese paragraph naming the file: no traceback
    unless --debug. SpeechdraftError carries its own message; anything else is a bug."""
    from speechdraft.errors import SpeechdraftError

    try:
        yield
    except SpeechdraftError as exc:
        error(f"错误：{exc}")
        raise Failed from None
    except KeyboardInterrupt:
        error("已取消，没有写入任何文件。")
        raise Failed from None
    except Exception as exc:  # the CLI boundary: nothing may reach the user as a traceback
        if state["debug"]:
            traceback.print_exc()
        error(
            f"错误：处理 {file} 时发生了内部错误（{type(exc).__name__}: {exc}）。"
            "这是 speechdraft 的问题，不是您的输入有误；请把这个文件和这段话发给维护人员，"
            "加上 --debug 可以看到详细信息。"
        )
        raise Failed from None


class Failed(Exception):
    """One input failed; the message has already been printed."""


ProfilesArg = Annotated[
    list[Path], typer.Argument(help="会议信息文件（.yaml），可以写多个", show_default=False)
]
SeedOpt = Annotated[
    int | None, typer.Option("--seed", help="措辞变化的种子（整数）；换一个数可得到不同措辞")
]
ForceOpt = Annotated[bool, typer.Option("--force", help="输出文件已存在时覆盖它")]
NewProfileOpt = Annotated[Path, typer.Option("-o", "--output", help="要建立的会议信息文件")]
FormatOpt = Annotated[str, typer.Option("--format", help="输出格式：text 或 json")]
TemplatesOpt = Annotated[
    Path | None, typer.Option("--templates", help="自定义模板文件夹，优先于内置模板使用")
]


def require_one_of(option: str, value: str, allowed: tuple[str, ...]) -> None:
    """Exits 2 with a Chinese message when an option's value is not one of ``allowed``
    (typer's own choice check would answer in English)."""
    if value not in allowed:
        listing = "、".join(allowed[:-1]) + f" 或 {allowed[-1]}"
        error(f"错误：{option} 只能是 {listing}，收到的是“{value}”。")
        raise typer.Exit(EXIT_BAD_INPUT)


def check_choice(option: str, value: str, table: str) -> None:
    from speechdraft.errors import SpeechdraftError
    from speechdraft.genre import KINDS, LEVELS
    from speechdraft.messages import did_you_mean

    choices = {"kinds": KINDS, "levels": LEVELS}[table]
    if value not in choices:
        guess = did_you_mean(value, list(choices))
        hint = f"是不是“{guess}”？" if guess else ""
        raise SpeechdraftError(
            f"{option} 不能是“{value}”。{hint}可选：{'、'.join(choice_label(k, v) for k, v in choices.items())}"
        )


def choice_label(key: str, value: object) -> str:
    label = getattr(value, "label", None)
    return f"{key}（{label}）" if label else key
