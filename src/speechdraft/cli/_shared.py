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

import contextlib
import errno
import gc
import os
import signal
import sys
import threading
import traceback
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, NoReturn, TypeVar

import typer
from typer._click import exceptions as click_errors

from speechdraft.cli._chinese import ChineseGroup, usage_error_text

EXIT_OK = 0
EXIT_FINDINGS = 1  # check found problems
EXIT_BAD_INPUT = 2  # bad input or usage, a file not written, or cancelled (Ctrl-C, SIGTERM)

# Errors on a stream a script redirected (> /dev/full, a closed pipe): not the user's input.
STREAM_ERRNOS = frozenset({errno.ENOSPC, errno.EPIPE, errno.EIO, errno.EDQUOT, errno.EFBIG})

T = TypeVar("T")


@dataclass
class Session:
    """The options given before the command (``speechdraft --debug render …``)."""

    debug: bool = False


_FILE_ATTRIBUTE = "speechdraft_file"


@contextlib.contextmanager
def working_on(file: Path | str) -> Iterator[None]:
    """Names the file being processed on any failure that leaves the block, so the
    boundary's message for an unexpected one can say which file to send."""
    try:
        yield
    except Exception as exc:
        if not hasattr(exc, _FILE_ATTRIBUTE):
            setattr(exc, _FILE_ATTRIBUTE, file)
        raise


def file_of(exc: BaseException) -> Path | str | None:
    return getattr(exc, _FILE_ATTRIBUTE, None)


def error(message: str) -> None:
    typer.echo(message, err=True)


def echo_warnings(warnings: Iterable[object]) -> None:
    """Doubtful or normalised values, one a line with their place: told, never fatal."""
    for warning in warnings:
        typer.echo(f"提醒：{warning}")


def failure_message(exc: BaseException, file: Path | str | None = None) -> str:
    """The one Chinese paragraph for a failure: the error's own message, or for anything
    unexpected (a bug), what happened and what to send to the maintainers."""
    from speechdraft.errors import SpeechdraftError, os_error_text

    if isinstance(exc, SpeechdraftError):
        return f"错误：{exc}"
    if isinstance(exc, OSError) and exc.errno in STREAM_ERRNOS and file is None:
        return (
            f"错误：无法把结果写到标准输出（{os_error_text(exc)}）。"
            "如果把输出重定向到了文件，请检查磁盘空间和那个文件的位置。"
        )
    where = f"处理 {file} 时" if file is not None else ""
    return (
        f"错误：{where}发生了内部错误（{type(exc).__name__}: {exc}）。"
        "这是 speechdraft 的问题，不是您的输入有误；请把这个文件和这段话发给维护人员，"
        "在 speechdraft 之后加上 --debug（如 speechdraft --debug render …）可以看到详细信息。"
    )


def attempt(file: Path | str, action: Callable[[], T], *, debug: bool = False) -> T | None:
    """Runs ``action`` for one of several files: its result, or None after printing why it
    failed (so the other files are still processed)."""
    try:
        with working_on(file):
            return action()
    except Exception as exc:  # one file's failure, reported; the boundary handles the rest
        if debug and _is_a_bug(exc):
            traceback.print_exc()
        error(failure_message(exc, file))
        return None


def _is_a_bug(exc: BaseException) -> bool:
    """Only a bug gets a traceback under --debug; a user's mistake never does."""
    from speechdraft.errors import SpeechdraftError

    return not isinstance(exc, SpeechdraftError) and not _stream_error(exc)


def _stream_error(exc: BaseException) -> bool:
    from speechdraft.errors import SpeechdraftError

    return (
        isinstance(exc, OSError)
        and not isinstance(exc, SpeechdraftError)
        and exc.errno in STREAM_ERRNOS
    )


def silence_stdout() -> None:
    """After a write error on standard output, send what is still buffered to /dev/null so
    that Python's own flush at exit adds no second, English complaint."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


def collect_from_here() -> None:
    """The command starts: what was imported so far stays to the end, so the collector
    (kept off while it loaded, see ``main``) never walks it again, and runs from now on
    for what the command makes. Nothing changes where the collector was never off."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


class SpeechdraftGroup(ChineseGroup):
    """The command group, and with it the one error boundary of the command line."""

    def invoke(self, ctx: Any) -> Any:
        collect_from_here()
        try:
            return super().invoke(ctx)
        except (click_errors.ClickException, typer.Exit, typer.Abort):
            raise  # usage errors and deliberate exits: main() below
        except KeyboardInterrupt:
            error("\n已取消，没有写入新的文件。")
            raise typer.Exit(EXIT_BAD_INPUT) from None
        except Exception as exc:  # the boundary: nothing reaches a user as a traceback
            session = ctx.find_object(Session)
            if session is not None and session.debug and _is_a_bug(exc):
                traceback.print_exc()
            file = None if _stream_error(exc) else file_of(exc)
            error(failure_message(exc, file))
            if _stream_error(exc):
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
            error("\n已取消，没有写入新的文件。")
            return EXIT_BAD_INPUT
        except OSError as exc:
            if not _stream_error(exc):
                raise
            error(failure_message(exc))
            silence_stdout()
            return EXIT_BAD_INPUT


def _raise_interrupt(signum: int, frame: object) -> NoReturn:
    raise KeyboardInterrupt


@contextlib.contextmanager
def interrupts_as_keyboard_interrupt() -> Iterator[None]:
    """SIGTERM and SIGHUP (a closed terminal, a stopped job) take Ctrl-C's path: one
    KeyboardInterrupt, so ``finally`` blocks remove temp files and the user is told."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    wanted = [signal.SIGTERM] + ([signal.SIGHUP] if hasattr(signal, "SIGHUP") else [])
    previous = {signum: signal.signal(signum, _raise_interrupt) for signum in wanted}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


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


def require_one_of(option: str, value: str, allowed: Sequence[str]) -> None:
    """A Chinese message (exit 2) when an option's value is not one of ``allowed``."""
    from speechdraft.errors import SpeechdraftError

    if value not in allowed:
        listing = "、".join(allowed[:-1]) + f" 或 {allowed[-1]}"
        raise SpeechdraftError(f"{option} 只能是 {listing}，收到的是“{value}”。")


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


def copy_key(value: str) -> str:
    """draft/review/reading, or the copy's Chinese name (审阅稿, 念稿版 …)."""
    from speechdraft.errors import SpeechdraftError
    from speechdraft.writers.layout import COPIES, COPY_NAMES

    for key, spec in COPIES.items():
        if value.strip() in (key, spec.label, spec.label.split("（")[0], *COPY_NAMES[key]):
            return key
    keys = list(COPIES)
    names = "、".join(spec.label.split("（")[0] for spec in COPIES.values())
    raise SpeechdraftError(
        f"--copy 只能是 {'、'.join(keys[:-1])} 或 {keys[-1]}（也可写中文：{names}），"
        f"收到的是“{value}”。"
    )


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
