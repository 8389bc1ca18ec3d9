"""The command line: Chinese help, exit codes 0 (成功) / 1 (检查发现问题) / 2 (输入或用法有误).

One module per group of commands; each registers its commands on the shared typer app.
Heavy modules (python-docx, Jinja2, pydantic) are imported inside the commands, so
``speechdraft --help`` answers at once. A plain one-shot ``speechdraft render PROFILE …``
does not load typer at all (``_quick``): it is read by hand and runs the same code inside
the same boundary; every other command line, and any render line out of the ordinary,
goes to typer. ``app`` (the typer app, every group registered) is loaded on first use.
"""

from __future__ import annotations

import atexit
import gc
import os
import sys
import threading
from importlib import import_module
from typing import TYPE_CHECKING, Any

from speechdraft.cli._boundary import (
    EXIT_BAD_INPUT,
    EXIT_FINDINGS,
    EXIT_OK,
    error,
    failure_message,
    silence_stdout,
)
from speechdraft.cli._quick import quick_request, run_quick

if TYPE_CHECKING:
    from speechdraft.cli._shared import app

__all__ = ["EXIT_BAD_INPUT", "EXIT_FINDINGS", "EXIT_OK", "app", "main"]

# Importing a group registers its commands; this order is the order of `speechdraft --help`.
GROUPS = (
    "draft_commands",
    "workflow_commands",
    "questionnaire_commands",
    "catalogue_commands",
    "returns_commands",
    "lint_commands",
    "merge_commands",
    "web_commands",
)


def typer_app() -> Any:
    """The typer app with every command registered (imported on first use: a one-shot
    render that takes the quick path never loads typer)."""
    from speechdraft.cli._shared import app as the_app

    for group in GROUPS:
        import_module(f"speechdraft.cli.{group}")
    return the_app


def __getattr__(name: str) -> Any:
    if name == "app":
        return typer_app()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def main() -> None:
    """Entry point of the ``speechdraft`` command: the group's ``main`` is the boundary
    (Chinese usage errors, Ctrl-C/SIGTERM/SIGHUP, a full standard output).

    A one-shot process spends a fifth of its time in the garbage collector: walking the
    modules it imports (they live until the end anyway) and freeing every object at exit.
    So the collector stays off until the command starts (the group then freezes what was
    imported and turns it on), and the process ends without tearing down its heap, once
    the exit handlers have run and every output is flushed."""
    gc.disable()
    request = quick_request(sys.argv[1:])
    if request is not None:
        exit_now(run_quick(request))
    try:
        typer_app()()
    except SystemExit as exc:
        exit_now(exc.code)
    exit_now(EXIT_OK)


def exit_now(code: object) -> None:
    """sys.exit(code) without freeing the heap object by object. Exit handlers (the
    template code cache, multiprocessing) run first; a standard output that cannot be
    flushed is reported as the boundary reports it. With other threads still running the
    normal exit is kept, since it waits for them."""
    status = _status(code)
    if threading.active_count() > 1:
        sys.exit(status)
    atexit._run_exitfuncs()
    try:
        sys.stdout.flush()
    except OSError as exc:  # what Python's own exit would print in English
        error(failure_message(exc))
        silence_stdout()
        status = status or EXIT_BAD_INPUT
    except ValueError:  # closed by the command: nothing left to flush
        pass
    try:
        sys.stderr.flush()
    except (OSError, ValueError):
        status = status or EXIT_BAD_INPUT
    os._exit(status)


def _status(code: object) -> int:
    """The exit status sys.exit would give: None is 0, a number itself, a message 1
    (after printing it, as sys.exit does)."""
    if code is None:
        return EXIT_OK
    if isinstance(code, int):
        return code & 0xFF
    print(code, file=sys.stderr)
    return 1
