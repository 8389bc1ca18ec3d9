"""What a cold render's imports compile afresh in every process, kept between runs.

Importing what a render needs compiles some 450 regular expressions (ours: the speaker's
bars, the ideas said once, the dated terms; Jinja2's lexer, pydantic's, PyYAML's), the
methods of about 100 dataclasses (``dataclasses`` writes each ``__init__``, ``__eq__``,
``__repr__``… as source text and compiles it) and some 900 string annotations pydantic's
models hand to ``typing``: together about two fifths of a cold render's imports, the same
work every time. Python keeps none of it (``.pyc`` files hold only what a module's own
source compiles to). So, while ``kept_import_work`` is entered:

- ``re`` parses a pattern once and keeps what the parse gives (flags, a list of integers,
  the group names); next time that is handed to ``_sre.compile``, which is what ``re``
  itself does with it: the same pattern object, without the parse;
- ``dataclasses`` compiles a generated method's text, and ``typing`` a string annotation,
  once and keeps the code object (``marshal``, as ``.pyc`` files do); next time that code is
  used, compiled with the same flags as their own ``exec`` and ``compile`` would use.

Only an optimisation: an unreadable, damaged, foreign or stale file is ignored (everything
is compiled as usual), nothing about it is ever reported, and ``re``, ``dataclasses`` and
``typing`` are left as they were when the block ends. The files are keyed by the Python
version, its bytecode's magic number and the regular-expression engine's own version numbers.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import builtins
import contextlib
import marshal
import sys
from array import array
from collections.abc import Callable, Iterator
from pathlib import Path
from types import CodeType
from typing import Any

from speechdraft.datacache import cache_folder, owned_by_us, publish

FORMAT = b"speechdraft-import-2\n"
MAX_BYTES = 4 * 1024 * 1024  # about 270 KB of patterns and 600 KB of code for a render

# What _sre.compile takes after the pattern: flags, code, groups − 1, groupindex, indexgroup;
# the code kept as the bytes of an array of _sre's code words (marshal reads one bytes
# object at once; a list was some 140,000 integers read one by one, 5 M instructions a run).
Compiled = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]


def _code_words() -> str:
    """The array type code of _sre's code words (CODESIZE bytes each)."""
    return next(code for code in "IL" if array(code).itemsize == _sre.CODESIZE)


_CODE_WORDS = _code_words()


def _sre_arguments(
    kept: Compiled,
) -> tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]:
    """What _sre.compile takes after the pattern, from what is kept."""
    flags, code, groups, groupindex, indexgroup = kept
    return flags, array(_CODE_WORDS, code).tolist(), groups, groupindex, indexgroup


def _stamp() -> bytes:
    """The Python, bytecode and engine a kept file was made for."""
    from importlib.util import MAGIC_NUMBER

    versions = (
        sys.version,
        sys.byteorder,
        MAGIC_NUMBER,
        sys.flags.optimize,
        _sre.MAGIC,
        _sre.CODESIZE,
        _sre.MAXREPEAT,
        _sre.MAXGROUPS,
    )
    return repr(versions).encode("utf-8")


def _kept_file(kind: str) -> Path | None:
    folder = cache_folder()
    if folder is None:
        return None
    return folder / f"{kind}-py{sys.version_info.major}{sys.version_info.minor}.marshal"


def _load(path: Path) -> dict[Any, Any]:
    try:
        info = path.stat()
        if info.st_size > MAX_BYTES or not owned_by_us(info):
            return {}
        data = path.read_bytes()
        head = FORMAT + _stamp() + b"\n"
        if not data.startswith(head):
            return {}
        kept = marshal.loads(data[len(head) :])
    except Exception:  # any damage at all means: compile as usual
        return {}
    return kept if isinstance(kept, dict) else {}


def _save(path: Path, kept: dict[Any, Any]) -> None:
    with contextlib.suppress(OSError, ValueError):
        publish(path, FORMAT + _stamp() + b"\n" + marshal.dumps(kept))


def _parsed(pattern: str | bytes, flags: int) -> Compiled:
    """What ``re._compiler.compile`` hands to ``_sre.compile`` for ``pattern``."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (
        int(flags | parsed.state.flags),
        array(_CODE_WORDS, code).tobytes(),
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )


def _compiled(source: str, mode: str) -> CodeType:
    """``compile(source, "<string>", mode)`` as dataclasses' ``exec`` and typing's
    ``compile`` get it: neither module has __future__ imports, so no flags are inherited."""
    return compile(source, "<string>", mode, dont_inherit=True)


@contextlib.contextmanager
def kept_patterns(
    kind: str = "regex",
    *,
    limit: int | None = None,
    keeps: Callable[[str | bytes], bool] | None = None,
) -> Iterator[None]:
    """Within the block, ``re`` compiles a pattern from the kept file when it is there,
    and keeps the ones it was not for next time.

    ``kind`` names the file; ``limit`` bounds how many patterns it holds, for a block whose
    patterns are partly made from what a user wrote (a render's: the speaker's organ, a
    sentence of the draft): past the limit only the patterns this block used are kept, so
    the file holds what recent runs needed and never grows without end. A pattern for
    which ``keeps`` says no is compiled as usual and never written."""
    path = _kept_file(kind)
    if path is None:
        yield
        return
    from re import _compiler  # type: ignore[attr-defined]

    kept = _load(path)
    learnt: dict[tuple[str | bytes, int], Compiled] = {}
    used: set[tuple[str | bytes, int]] = set()
    usual = _compiler.compile

    def compile_pattern(pattern: Any, flags: int = 0) -> Any:
        if not isinstance(pattern, (str, bytes)) or flags & _compiler.SRE_FLAG_DEBUG:
            return usual(pattern, flags)
        key = (pattern, int(flags))
        found = kept.get(key)
        if found is not None:
            with contextlib.suppress(Exception):  # a damaged entry: compiled as usual
                compiled_from_kept = _sre.compile(pattern, *_sre_arguments(found))
                used.add(key)
                return compiled_from_kept
        compiled = _parsed(pattern, int(flags))
        if keeps is None or keeps(pattern):
            learnt[key] = compiled
        return _sre.compile(pattern, *_sre_arguments(compiled))

    _compiler.compile = compile_pattern
    try:
        with _plain_flag_tests():
            yield
    finally:
        _compiler.compile = usual
        if learnt:
            _save(path, _to_keep(kept, learnt, used, limit))


@contextlib.contextmanager
def _plain_flag_tests() -> Iterator[None]:
    """Within the block, ``re._compile``'s two flag tests (``flags & T``, ``flags & DEBUG``,
    made of every pattern it compiles) test plain integers: with ``re``'s own ``RegexFlag``
    members each is an enum operation in Python, some 7,500 instructions, 24 M of a cold
    render's 1,600 patterns. The same bits, so the same answers; the names are ``re``'s
    own again when the block ends."""
    import re

    flags = {name: getattr(re, name, None) for name in ("T", "DEBUG")}
    plain = {name: int(flag) for name, flag in flags.items() if isinstance(flag, re.RegexFlag)}
    for name, value in plain.items():
        setattr(re, name, value)
    try:
        yield
    finally:
        for name in plain:
            setattr(re, name, flags[name])


def _to_keep(
    kept: dict[Any, Any], learnt: dict[Any, Any], used: set[Any], limit: int | None
) -> dict[Any, Any]:
    """All kept and learnt entries; past ``limit``, only those this block used or learnt."""
    everything = {**kept, **learnt}
    if limit is None or len(everything) <= limit:
        return everything
    return {**{key: kept[key] for key in used}, **learnt}


@contextlib.contextmanager
def kept_generated_code() -> Iterator[None]:
    """Within the block, the code ``dataclasses`` generates for a class's methods and the
    code ``typing`` compiles for a string annotation (pydantic's models: some 900) is taken
    from the kept file when it is there, and kept for next time when it is not."""
    import dataclasses
    import typing

    path = _kept_file("code")
    if path is None or "exec" in vars(dataclasses) or "compile" in vars(typing):
        yield
        return
    kept = _load(path)
    learnt: dict[tuple[str, str], CodeType] = {}
    used: set[tuple[str, str]] = set()

    def code_of(source: str, mode: str) -> CodeType:
        code = kept.get((mode, source))
        if isinstance(code, CodeType):
            used.add((mode, source))
        else:
            code = learnt[mode, source] = _compiled(source, mode)
        return code

    def exec_kept(source: Any, globals: Any = None, locals: Any = None, /) -> None:
        builtins.exec(
            code_of(source, "exec") if isinstance(source, str) else source, globals, locals
        )

    def compile_kept(
        source: Any,
        filename: Any,
        mode: str,
        flags: int = 0,
        dont_inherit: bool = False,
        optimize: int = -1,
    ) -> Any:
        plain = not flags and optimize == -1 and filename == "<string>" and mode == "eval"
        if plain and isinstance(source, str):
            return code_of(source, mode)
        # as typing's own call would compile it: nothing inherited from this module
        return builtins.compile(source, filename, mode, flags, True, optimize)

    # both call these by their global names: a module global of that name comes first
    dataclasses.exec = exec_kept  # type: ignore[attr-defined]
    typing.compile = compile_kept  # type: ignore[attr-defined]
    try:
        yield
    finally:
        del dataclasses.exec  # type: ignore[attr-defined]
        del typing.compile  # type: ignore[attr-defined]
        if learnt:
            _save(path, _to_keep(kept, learnt, used, IMPORT_CODE_LIMIT))


# A render's imports compile some 1,800 patterns and 900 pieces of code, the same ones every
# run of the same code. The files hold what other code compiled as well (an upgrade, a
# changed norms file, several installs sharing one cache folder) up to these limits, then
# only what the last run used: a file never grows past what MAX_BYTES reads (cold27: a
# pattern whose text changed every run grew the file until, past MAX_BYTES, a run found
# nothing kept and compiled all of it afresh).
IMPORT_PATTERN_LIMIT = 3000
IMPORT_CODE_LIMIT = 2000


@contextlib.contextmanager
def kept_import_work() -> Iterator[None]:
    """Both: the imports of a render, with the patterns and dataclass code kept."""
    with kept_patterns(limit=IMPORT_PATTERN_LIMIT), kept_generated_code():
        yield


# A draft compiles about 90 patterns as it goes (the dated terms' and named schemes' forms,
# the speaker's own organ), and some 300 more the first time python-docx is loaded to build
# the kept package: 500 hold that and a few profiles' worth.
RENDER_PATTERN_LIMIT = 500


@contextlib.contextmanager
def kept_render_patterns(keeps: Callable[[str | bytes], bool]) -> Iterator[None]:
    """The patterns a one-draft render compiles at run time, kept in a file of their own.
    A pattern is kept by its text and flags, so one made from an office's own norms or
    phrase file (or a changed one) is simply a new entry: compiled, then kept as well.
    ``keeps`` says which may be written (the caller knows where a clerk's words travel)."""
    with kept_patterns("regex-render", limit=RENDER_PATTERN_LIMIT, keeps=keeps):
        yield
