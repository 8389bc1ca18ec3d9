"""The error boundary's parts that need no typer: exit codes, the Chinese failure message,
signals as Ctrl-C, and printing. The typer group (``_shared``) and the quick render path
(``_quick``) both use them, so a failure reads the same whichever path ran the command.
"""

from __future__ import annotations

import codecs
import contextlib
import errno
import gc
import os
import re
import signal
import sys
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import NoReturn

EXIT_OK = 0
EXIT_FINDINGS = 1  # check found problems
EXIT_BAD_INPUT = 2  # bad input or usage, a file not written, or cancelled (Ctrl-C, SIGTERM)

# Errors on a stream a script redirected (> /dev/full, a closed pipe): not the user's input.
STREAM_ERRNOS = frozenset({errno.ENOSPC, errno.EPIPE, errno.EIO, errno.EDQUOT, errno.EFBIG})

CANCELLED = "\n已取消，没有写入新的文件。"

_FILE_ATTRIBUTE = "speechdraft_file"
_ANSI = re.compile(r"\033\[[;?0-9]*[a-zA-Z]")  # what click strips when not on a terminal


def echo(message: str, *, err: bool = False, nl: bool = True) -> None:
    """typer.echo without importing typer: the line, flushed; colour codes stripped when the
    stream is not a terminal. A stream that does not speak UTF-8 (LC_ALL=C) goes through
    click's echo, which re-wraps it rather than fail on the first Chinese character."""
    stream = sys.stderr if err else sys.stdout
    if stream is None:
        return
    if not _speaks_utf8(stream):
        from typer import echo as click_echo

        click_echo(message, err=err, nl=nl)
        return
    text = message + "\n" if nl else message
    if "\033" in text and not _isatty(stream):
        text = _ANSI.sub("", text)
    if text:
        stream.write(text)
    stream.flush()


def _speaks_utf8(stream: object) -> bool:
    encoding = getattr(stream, "encoding", None)
    try:
        return encoding is not None and codecs.lookup(encoding).name == "utf-8"
    except LookupError:
        return False


def _isatty(stream: object) -> bool:
    try:
        return bool(stream.isatty())  # type: ignore[attr-defined]
    except (AttributeError, ValueError):
        return False


def error(message: str) -> None:
    echo(message, err=True)


def echo_warnings(warnings: Iterable[object]) -> None:
    """Doubtful or normalised values, one a line with their place: told, never fatal."""
    for warning in warnings:
        echo(f"提醒：{warning}")


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


def is_a_bug(exc: BaseException) -> bool:
    """Only a bug gets a traceback under --debug; a user's mistake never does."""
    from speechdraft.errors import SpeechdraftError

    return not isinstance(exc, SpeechdraftError) and not stream_error(exc)


def stream_error(exc: BaseException) -> bool:
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
