"""What every command shares: the typer app, exit codes, option types, and the one error
boundary where anything that goes wrong becomes a Chinese message and an exit code.

The boundary (copier's ``_handle_exceptions`` is the model) sits in the command group, so a
command never catches to print: it raises :class:`SpeechdraftError` with a message that names
the place, and :meth:`SpeechdraftGroup.invoke` prints it and exits 2. Ctrl-C, SIGTERM and
SIGHUP become one KeyboardInterrupt (so ``finally`` blocks clean up), a full or closed
standard output becomes a message instead of a traceback, and usage errors are translated
(``_chinese``).
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from typer._click import exceptions as click_errors

from speechdraft.cli._boundary import (
    CANCELLED,
    EXIT_BAD_INPUT,
    EXIT_FINDINGS,
    EXIT_OK,
    STREAM_ERRNOS,
    collect_from_here,
    echo_warnings,
    error,
    failure_message,
    file_of,
    interrupts_as_keyboard_interrupt,
    is_a_bug,
    silence_stdout,
    stream_error,
    working_on,
)
from speechdraft.cli._chinese import ChineseGroup, usage_error_text
from speechdraft.cli._values import copy_key, require_one_of

__all__ = [
    "EXIT_BAD_INPUT",
    "EXIT_FINDINGS",
    "EXIT_OK",
    "STREAM_ERRNOS",
    "collect_from_here",
    "copy_key",
    "echo_warnings",
    "error",
    "failure_message",
    "file_of",
    "interrupts_as_keyboard_interrupt",
    "require_one_of",
    "silence_stdout",
    "working_on",
]

T = TypeVar("T")


@dataclass
class Session:
    """The options given before the command (``speechdraft --debug render …``)."""

    debug: bool = False


def attempt(file: Path | str, action: Callable[[], T], *, debug: bool = False) -> T | None:
    """Runs ``action`` for one of several files: its result, or None after printing why it
    failed (so the other files are still processed)."""
    try:
        with working_on(file):
            return action()
    except Exception as exc:  # one file's failure, reported; the boundary handles the rest
        if debug and is_a_bug(exc):
            traceback.print_exc()
        error(failure_message(exc, file))
        return None


class SpeechdraftGroup(ChineseGroup):
    """The command group, and with it the one error boundary of the command line."""

    def invoke(self, ctx: Any) -> Any:
        collect_from_here()
        try:
            return super().invoke(ctx)
        except (click_errors.ClickException, typer.Exit, typer.Abort):
            raise  # usage errors and deliberate exits: main() below
        except KeyboardInterrupt:
            error(CANCELLED)
            raise typer.Exit(EXIT_BAD_INPUT) from None
        except Exception as exc:  # the boundary: nothing reaches a user as a traceback
            session = ctx.find_object(Session)
            if session is not None and session.debug and is_a_bug(exc):
                traceback.print_exc()
            file = None if stream_error(exc) else file_of(exc)
            error(failure_message(exc, file))
            if stream_error(exc):
                silence_stdout()
            raise typer.Exit(EXIT_BAD_INPUT) from None

    def main(  # type: ignore[override]
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        with interrupts_as_keyboard_interrupt():
            code = self._run(args, prog_name, complete_var, **extra)
        if standalone_mode:
            sys.exit(code)
        return code

    def _run(self, *args: Any, **extra: Any) -> int:
        extra["standalone_mode"] = False  # exits and errors come back here, not to sys.exit
        try:
            result = super().main(*args, **extra)
            code = result if isinstance(result, int) else EXIT_OK
            sys.stdout.flush()  # a full disk shows here, not in Python's exit
            return code
        except click_errors.NoArgsIsHelpError as exc:
            typer.echo(exc.ctx.get_help() if exc.ctx else "", err=True)
            return EXIT_BAD_INPUT
        except click_errors.UsageError as exc:
            error(usage_error_text(exc))
            return EXIT_BAD_INPUT
        except (typer.Abort, KeyboardInterrupt):  # Ctrl-C or Ctrl-D at a question
            error(CANCELLED)
            return EXIT_BAD_INPUT
        except OSError as exc:
            if not stream_error(exc):
                raise
            error(failure_message(exc))
            silence_stdout()
            return EXIT_BAD_INPUT


def _show_version(value: bool) -> None:
    if value:
        from importlib.metadata import PackageNotFoundError, version

        try:
            number = version("speechdraft")
        except PackageNotFoundError:  # run from a source tree without installing
            number = "未安装版"
        typer.echo(f"speechdraft {number}")
        raise typer.Exit(EXIT_OK)


app = typer.Typer(
    name="speechdraft",
    cls=SpeechdraftGroup,
    help="根据会议信息文件（YAML）生成教育工作会议讲话稿初稿（.docx，党政机关公文版式）。",
    no_args_is_help=True,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)


@app.callback()
def _options(
    ctx: typer.Context,
    debug: Annotated[
        bool, typer.Option("--debug", help="出错时显示程序内部的详细信息（供开发人员排查）")
    ] = False,
    version: Annotated[
        bool,
        typer.Option("--version", help="显示版本号并退出", callback=_show_version, is_eager=True),
    ] = False,
) -> None:
    ctx.obj = Session(debug=debug)


def session() -> Session:
    """The options given before the command; defaults when a command runs on its own."""
    from typer._click.globals import get_current_context

    ctx = get_current_context(silent=True)
    found = ctx.find_object(Session) if ctx is not None else None
    return found or Session()


def choice(option: str, value: str, table: str) -> str:
    """The kind or level key a clerk means (key, Chinese name or short name), or a Chinese
    message listing the choices."""
    from speechdraft.errors import SpeechdraftError
    from speechdraft.genre import KINDS, LEVELS, kind_key, level_key
    from speechdraft.messages import did_you_mean

    choices: dict[str, Any] = KINDS if table == "kinds" else LEVELS
    key = (kind_key if table == "kinds" else level_key)(value)
    if key is not None:
        return key
    guess = did_you_mean(value, list(choices))
    hint = f"是不是“{guess}”？" if guess else ""
    listing = "、".join(f"{k}（{v.label}）" for k, v in choices.items())
    raise SpeechdraftError(f"{option} 不能是“{value}”。{hint}可选：{listing}")


ProfilesArg = Annotated[
    list[Path],
    typer.Argument(
        help="会议信息文件（.yaml），可以写多个", show_default=False, metavar="会议信息文件"
    ),
]
SeedOpt = Annotated[
    int | None,
    typer.Option("--seed", help="措辞变化的种子（整数）；换一个数可得到不同措辞"),
]
ForceOpt = Annotated[bool, typer.Option("--force", help="输出文件已存在时覆盖它")]
NewProfileOpt = Annotated[Path, typer.Option("-o", "--output", help="要建立的会议信息文件")]
FormatOpt = Annotated[str, typer.Option("--format", help="输出格式：text 或 json")]
TemplatesOpt = Annotated[
    Path | None, typer.Option("--templates", help="自定义模板文件夹，优先于内置模板使用")
]
