"""Compiled templates kept between runs: Jinja compiles every template and phrase on
first use (about half of a cold ``speechdraft render``); this keeps the Python code
objects in one file in the user's cache folder, so the next run loads them instead.

The key of an entry is the template source with everything that shapes the generated
code (Jinja and Python versions, the environment's syntax options, the code generator
and this project's sandbox module), so a changed template or upgrade misses and
compiles afresh. The cache is an optimisation only: an unreadable, damaged or
unwritable cache file is ignored, and nothing is ever reported to the user about it.
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import marshal
import os
import sys
import tempfile
import types
from pathlib import Path
from typing import Any

from speechdraft.datacache import cache_folder, owned_by_us

FORMAT = b"speechdraft-jinja-code-1\n"
MAX_CACHE_BYTES = 32 * 1024 * 1024  # a runaway cache is dropped, never read
STALE_SECONDS = 30 * 24 * 3600  # another version's file unused this long is removed


def cache_file(salt: str = "") -> Path | None:
    """~/.cache/speechdraft/…, or $SPEECHDRAFT_CACHE_DIR; none when caching is off.

    One file per salt (what shaped the code: Jinja, Python, this project's sandbox): a new
    version starts its own small file instead of loading every older version's entries
    (one shared file had grown to 10 MB, 35 ms to read on every run, for 2% of it used)."""
    folder = cache_folder()
    if folder is None:
        return None
    version = f"py{sys.version_info.major}{sys.version_info.minor}"
    if salt:
        version += "-" + hashlib.sha256(salt.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return folder / f"templates-{version}.code"


class CodeCache:
    """Code objects by key, loaded once and written back once at exit if it grew."""

    def __init__(self, path: Path | None, salt: str) -> None:
        self.path = path
        self.salt = salt
        self.entries: dict[str, types.CodeType] = self._load()
        self.added = False
        if path is not None:
            atexit.register(self.save)

    def key(self, source: str, name: str | None, filename: str | None, defer: bool) -> str:
        digest = hashlib.sha256(self.salt.encode())
        for part in (source, name or "", filename or "", str(defer)):
            digest.update(b"\0" + part.encode("utf-8", "surrogatepass"))
        return digest.hexdigest()

    def get(self, key: str) -> types.CodeType | None:
        return self.entries.get(key)

    def put(self, key: str, code: Any) -> None:
        if isinstance(code, types.CodeType):
            self.entries[key] = code
            self.added = True

    def _load(self) -> dict[str, types.CodeType]:
        if self.path is None:
            return {}
        try:
            info = self.path.stat()
            if info.st_size > MAX_CACHE_BYTES or not owned_by_us(info):
                return {}
            data = self.path.read_bytes()
            if not data.startswith(FORMAT):
                return {}
            entries = marshal.loads(data[len(FORMAT) :])
        except (OSError, ValueError, EOFError, TypeError):
            return {}
        if not isinstance(entries, dict):
            return {}
        return {k: v for k, v in entries.items() if isinstance(v, types.CodeType)}

    def save(self) -> None:
        """Publishes the grown cache atomically (a concurrent run keeps a whole file)."""
        if self.path is None or not self.added:
            return
        with contextlib.suppress(OSError, ValueError):
            self.path.parent.mkdir(parents=True, exist_ok=True)
            data = FORMAT + marshal.dumps(self.entries)
            handle, temp = tempfile.mkstemp(prefix=".~cache-", dir=self.path.parent)
            try:
                with os.fdopen(handle, "wb") as out:
                    out.write(data)
                os.replace(temp, self.path)
            finally:
                with contextlib.suppress(OSError):
                    os.unlink(temp)
            _remove_stale_siblings(self.path)
        self.added = False


def _remove_stale_siblings(path: Path) -> None:
    """Files of versions no longer run (each upgrade starts a file of its own)."""
    import time

    old = time.time() - STALE_SECONDS
    for sibling in path.parent.glob("templates-*.code"):
        with contextlib.suppress(OSError):
            if sibling != path and sibling.stat().st_mtime < old:
                sibling.unlink()


def environment_salt(env: Any, *modules: Any) -> str:
    """Everything besides the source that decides the code Jinja generates."""
    import jinja2

    options = (
        env.block_start_string,
        env.block_end_string,
        env.variable_start_string,
        env.variable_end_string,
        env.comment_start_string,
        env.comment_end_string,
        env.line_statement_prefix,
        env.line_comment_prefix,
        env.trim_blocks,
        env.lstrip_blocks,
        env.newline_sequence,
        env.keep_trailing_newline,
        env.optimized,
        env.finalize is not None,
        repr(env.autoescape) if not callable(env.autoescape) else "callable",
        tuple(sorted(env.extensions)),
        f"{env.code_generator_class.__module__}.{env.code_generator_class.__qualname__}",
    )
    stamps = []
    for module in modules:
        with contextlib.suppress(OSError, TypeError, AttributeError):
            info = Path(module.__file__).stat()
            stamps.append(f"{module.__name__}:{info.st_size}:{info.st_mtime_ns}")
    return repr((jinja2.__version__, sys.version, options, stamps))
