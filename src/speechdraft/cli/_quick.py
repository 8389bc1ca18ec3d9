"""The quick path of a one-shot ``speechdraft render``, without typer.

Typer costs a cold render about a fifth of its time before the command starts (its own
import, and a pydantic TypeAdapter built for every option of every command). A plain
``speechdraft [--debug] render PROFILE [options]`` is read here instead and handed to the
same :func:`~speechdraft.cli._render.render_profiles` the typer command calls, inside the
same boundary. Only command lines this module understands without doubt take this path:
anything else (help, another command, an unknown or repeated option, a value that is not
a plain number, an option glued to its value) goes to typer, which then gives its usual
answer and Chinese usage messages. So the quick path can only ever do what typer would
have done, never say something else.
"""

# No ``from __future__ import annotations`` here: NamedTuple would turn each string
# annotation into a ForwardRef and compile it (some 2 ms of every run, --help's too).
import contextlib
import sys
from pathlib import Path
from typing import NamedTuple

from speechdraft.cli._boundary import (
    CANCELLED,
    EXIT_BAD_INPUT,
    collect_from_here,
    error,
    failure_message,
    file_of,
    interrupts_as_keyboard_interrupt,
    is_a_bug,
    silence_stdout,
    stream_error,
)

# render's options that take a value, by every name typer knows them by
_VALUE_OPTIONS = {
    "-o": "output",
    "--output": "output",
    "--fonts": "fonts",
    "--copy": "copy",
    "--jobs": "jobs",
    "-j": "jobs",
    "--seed": "seed",
    "--templates": "templates",
}
_FLAGS = {"--force": "force", "--pdf": "pdf"}


class QuickRender(NamedTuple):
    """A render command line, read as typer would read it. (A named tuple, not a frozen
    dataclass: this module is imported before the kept import work is, and a dataclass's
    six generated methods were compiled afresh by every run, --help's too.)"""

    profiles: tuple[Path, ...]
    output: str | None = None
    force: bool = False
    pdf: bool = False
    fonts: str | None = None
    copy: str = "draft"
    jobs: int | None = None
    seed: int | None = None
    templates: Path | None = None
    debug: bool = False


def quick_request(argv: list[str]) -> QuickRender | None:
    """The render that ``argv`` asks for, or None when typer should read it."""
    debug = bool(argv) and argv[0] == "--debug"
    args = argv[1:] if debug else argv
    if not args or args[0] != "render":
        return None
    read = _read_options(args[1:])
    if read is None:
        return None
    values, flags, profiles = read
    if not profiles or not _numbers_plain(values) or values.get("jobs") == "0":
        return None
    return QuickRender(
        profiles=tuple(Path(p) for p in profiles),
        output=values.get("output"),
        force="force" in flags,
        pdf="pdf" in flags,
        fonts=values.get("fonts"),
        copy=values.get("copy", "draft"),
        jobs=int(values["jobs"]) if "jobs" in values else None,
        seed=int(values["seed"]) if "seed" in values else None,
        templates=Path(values["templates"]) if "templates" in values else None,
        debug=debug,
    )


def _read_options(args: list[str]) -> tuple[dict[str, str], set[str], list[str]] | None:
    """Options by name, flags given, and the profiles; None at anything unusual."""
    values: dict[str, str] = {}
    flags: set[str] = set()
    profiles: list[str] = []
    index = 0
    while index < len(args):
        token = args[index]
        index += 1
        if token in _FLAGS and _FLAGS[token] not in flags:
            flags.add(_FLAGS[token])
            continue
        name, equals, inline = token.partition("=") if token.startswith("--") else (token, "", "")
        if name in _VALUE_OPTIONS and _VALUE_OPTIONS[name] not in values:
            if equals:
                value = inline
            elif index < len(args):
                value, index = args[index], index + 1
            else:
                return None
            if not value or value.startswith("-"):
                return None
            values[_VALUE_OPTIONS[name]] = value
            continue
        if not token or token.startswith("-"):
            return None
        profiles.append(token)
    return values, flags, profiles


def _numbers_plain(values: dict[str, str]) -> bool:
    return all(_plain_number(values[key]) for key in ("jobs", "seed") if key in values)


def _plain_number(text: str) -> bool:
    """A number typer reads the same way beyond doubt (no sign, no leading zero, no spaces):
    ``0|[1-9][0-9]{0,17}``, said without a regular expression compiled by every run."""
    digits = text.isascii() and text.isdigit() and len(text) <= 18
    return digits and (text == "0" or not text.startswith("0"))


def run_quick(request: QuickRender) -> int:
    """The render, inside the same boundary as the typer group's: its exit code."""
    from speechdraft.importcache import kept_import_work, kept_render_patterns

    # the patterns and dataclass methods the render's imports compile (not the render's own)
    with kept_import_work():
        import speechdraft.pipeline  # noqa: F401  (what render_profiles imports first)
        from speechdraft.cli._render import render_profiles

    one_draft = _one_draft(request)
    if not one_draft:
        collect_from_here()
    # a single draft's run-time patterns too (a batch's workers would only learn them)
    keeping = kept_render_patterns(_not_the_clerks) if one_draft else contextlib.nullcontext()
    with interrupts_as_keyboard_interrupt():
        try:
            with keeping:
                code = render_profiles(
                    list(request.profiles),
                    request.output,
                    force=request.force,
                    fonts=request.fonts,
                    copy=request.copy,
                    pdf=request.pdf,
                    jobs=request.jobs,
                    seed=request.seed,
                    templates=request.templates,
                )
            sys.stdout.flush()  # a full disk shows here, not in Python's exit
            return code
        except KeyboardInterrupt:
            error(CANCELLED)
            return EXIT_BAD_INPUT
        except Exception as exc:  # the boundary: nothing reaches a user as a traceback
            if request.debug and is_a_bug(exc):
                import traceback  # (its imports) only for a bug shown with --debug

                traceback.print_exc()
            file = None if stream_error(exc) else file_of(exc)
            error(failure_message(exc, file))
            if stream_error(exc):
                silence_stdout()
            return EXIT_BAD_INPUT


def _one_draft(request: QuickRender) -> bool:
    """One profile file: the process makes one draft and ends, so the cyclic collector
    stays off (``main`` turned it off) — its passes over what the draft allocates were
    about 6 % of a cold render, and the garbage they find is a few objects. A folder or
    several files (a batch, perhaps in worker processes) collect as usual."""
    profiles = request.profiles
    return len(profiles) == 1 and not profiles[0].is_dir()


def _not_the_clerks(pattern: str | bytes) -> bool:
    """A pattern holding none of the profile's own words, which travel between the literal
    markers (a target's 93%): the cache folder keeps none of them."""
    from speechdraft.markup import LITERAL_CLOSE, LITERAL_OPEN

    return isinstance(pattern, str) and LITERAL_OPEN not in pattern and LITERAL_CLOSE not in pattern
