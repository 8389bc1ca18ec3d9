"""Regular expressions compiled in an earlier run, for a cold render's imports.

Importing what a render needs compiles some 450 regular expressions (ours: the speaker's
bars, the ideas said once, the dated terms; Jinja2's lexer, pydantic's, PyYAML's), and
Python's ``re`` parses each one and generates its code afresh in every process: about a
fifth of a cold render's imports. What that parse gives is data (flags, a list of integers,
the group names), so it is kept in the user's cache folder and handed to ``_sre.compile``
next time, which is what ``re`` itself does with it: the same pattern object, without the
parse.

Only an optimisation, and only while ``kept_patterns`` is entered: an unreadable, damaged,
foreign or stale file is ignored (patterns are compiled as usual), nothing about it is ever
reported, and ``re`` is left as it was when the block ends. The file is keyed by the
Python version and the regular-expression engine's own version numbers.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from speechdraft.datacache import cache_folder, owned_by_us

FORMAT = b"speechdraft-regex-1\n"
MAX_BYTES = 4 * 1024 * 1024  # about 270 KB for a render's imports

# What _sre.compile takes after the pattern: flags, code, groups − 1, groupindex, indexgroup.
Compiled = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]


def _engine_stamp() -> bytes:
    """The Python and the engine a kept code list was generated for."""
    import _sre  # type: ignore[import-not-found]

    versions = (sys.version, _sre.MAGIC, _sre.CODESIZE, _sre.MAXREPEAT, _sre.MAXGROUPS)
    return repr(versions).encode("utf-8")


def _kept_file() -> Path | None:
    folder = cache_folder()
    if folder is None:
        return None
    return folder / f"regex-py{sys.version_info.major}{sys.version_info.minor}.marshal"


def _load(path: Path) -> dict[tuple[str | bytes, int], Compiled]:
    try:
        info = path.stat()
        if info.st_size > MAX_BYTES or not owned_by_us(info):
            return {}
        data = path.read_bytes()
        stamp = _engine_stamp()
        if not data.startswith(FORMAT + stamp + b"\n"):
            return {}
        kept = marshal.loads(data[len(FORMAT) + len(stamp) + 1 :])
    except Exception:  # any damage at all means: compile as usual
        return {}
    return kept if isinstance(kept, dict) else {}


def _save(path: Path, kept: dict[tuple[str | bytes, int], Compiled]) -> None:
    """Publishes atomically: a run at the same moment reads a whole file or none."""
    with contextlib.suppress(OSError, ValueError):
        data = FORMAT + _engine_stamp() + b"\n" + marshal.dumps(kept)
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(prefix=".~cache-", dir=path.parent)
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
            os.replace(temp, path)
        finally:
            with contextlib.suppress(OSError):
                os.unlink(temp)


def _parsed(pattern: str | bytes, flags: int) -> Compiled:
    """What ``re._compiler.compile`` hands to ``_sre.compile`` for ``pattern``."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    # the opcodes are int subclasses: plain ints, so that marshal keeps them
    return (
        int(flags | parsed.state.flags),
        [int(number) for number in code],
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )


@contextlib.contextmanager
def kept_patterns() -> Iterator[None]:
    """Within the block, ``re`` compiles a pattern from the kept file when it is there,
    and keeps the ones it was not for next time."""
    path = _kept_file()
    if path is None:
        yield
        return
    import _sre
    from re import _compiler  # type: ignore[attr-defined]

    kept = _load(path)
    learnt: dict[tuple[str | bytes, int], Compiled] = {}
    usual = _compiler.compile

    def compile(pattern: Any, flags: int = 0) -> Any:
        if not isinstance(pattern, (str, bytes)) or flags & _compiler.SRE_FLAG_DEBUG:
            return usual(pattern, flags)
        key = (pattern, int(flags))
        found = kept.get(key)
        if found is not None:
            with contextlib.suppress(Exception):  # a damaged entry: compiled as usual
                return _sre.compile(pattern, *found)
        compiled = learnt[key] = _parsed(pattern, int(flags))
        return _sre.compile(pattern, *compiled)

    _compiler.compile = compile
    try:
        yield
    finally:
        _compiler.compile = usual
        if learnt:
            _save(path, {**kept, **learnt})
