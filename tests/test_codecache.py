"""The compiled-template cache: a second run loads code instead of compiling, a changed
template misses, and a damaged cache file is ignored, never reported."""

from __future__ import annotations

import os
import time
from pathlib import Path

import jinja2

from speechdraft.compose.codecache import FORMAT, CodeCache, cache_file


class CountingEnvironment(jinja2.Environment):
    compiled = 0

    def __init__(self, cache: CodeCache) -> None:
        super().__init__()
        self.code_cache = cache

    def compile(self, source, name=None, filename=None, raw=False, defer_init=False):  # type: ignore[no-untyped-def,override]
        key = self.code_cache.key(source, name, filename, defer_init)
        code = self.code_cache.get(key)
        if code is None:
            CountingEnvironment.compiled += 1
            code = super().compile(source, name, filename, raw, defer_init)
            self.code_cache.put(key, code)
        return code


def test_a_second_run_loads_the_code_and_renders_the_same(tmp_path: Path) -> None:
    path = tmp_path / "templates.code"
    first = CodeCache(path, "salt")
    CountingEnvironment.compiled = 0
    text = CountingEnvironment(first).from_string("全县{{ n }}所学校").render(n=12)
    first.save()
    assert CountingEnvironment.compiled == 1 and path.read_bytes().startswith(FORMAT)
    second = CodeCache(path, "salt")
    again = CountingEnvironment(second).from_string("全县{{ n }}所学校").render(n=12)
    assert again == text == "全县12所学校"
    assert CountingEnvironment.compiled == 1  # loaded, not compiled
    CountingEnvironment(second).from_string("全市{{ n }}所学校")
    assert CountingEnvironment.compiled == 2  # another source misses
    other = CodeCache(path, "other jinja")
    assert other.get(other.key("全县{{ n }}所学校", None, None, False)) is None


def test_a_damaged_or_foreign_cache_file_is_ignored(tmp_path: Path) -> None:
    for content in (b"", b"not ours", FORMAT + b"\x00garbage", FORMAT + b"\xff" * 100):
        path = tmp_path / "templates.code"
        path.write_bytes(content)
        cache = CodeCache(path, "salt")
        assert cache.entries == {}
        CountingEnvironment(cache).from_string("好").render()
        cache.save()
        assert CodeCache(path, "salt").entries  # rewritten whole


def test_the_cache_can_be_turned_off_or_moved(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("SPEECHDRAFT_NO_CACHE", "1")
    assert cache_file() is None
    monkeypatch.delenv("SPEECHDRAFT_NO_CACHE")
    monkeypatch.setenv("SPEECHDRAFT_CACHE_DIR", str(tmp_path))
    assert cache_file().parent == tmp_path


def test_a_cache_file_others_can_write_is_not_read(tmp_path: Path) -> None:
    path = tmp_path / "templates.code"
    cache = CodeCache(path, "salt")
    CountingEnvironment(cache).from_string("好").render()
    cache.save()
    assert CodeCache(path, "salt").entries
    path.chmod(0o666)  # group and others may write: someone else's code could be in it
    assert CodeCache(path, "salt").entries == {}


def test_each_version_has_a_file_of_its_own_and_old_ones_are_removed(
    monkeypatch, tmp_path: Path
) -> None:
    """A run reads only the entries its own Jinja/sandbox version can use: one shared file
    had grown to 10 MB of other versions' code, read in full by every cold render."""
    monkeypatch.setenv("SPEECHDRAFT_CACHE_DIR", str(tmp_path))
    mine, theirs = cache_file("jinja 3.1.6, sandbox A"), cache_file("jinja 3.1.6, sandbox B")
    assert mine is not None and theirs is not None
    assert mine != theirs and mine.parent == theirs.parent == tmp_path
    assert cache_file("jinja 3.1.6, sandbox A") == mine  # the same version finds its file
    other = CodeCache(theirs, "jinja 3.1.6, sandbox B")
    CountingEnvironment(other).from_string("全市{{ n }}所学校").render(n=3)
    other.save()
    cache = CodeCache(mine, "jinja 3.1.6, sandbox A")
    assert cache.entries == {}  # the other version's code is not even read
    CountingEnvironment(cache).from_string("全县{{ n }}所学校").render(n=12)
    stale = tmp_path / "templates-py39.code"  # an old version's file, unused for 40 days
    stale.write_bytes(FORMAT)
    os.utime(stale, (time.time() - 40 * 24 * 3600,) * 2)
    cache.save()
    assert len(CodeCache(mine, "jinja 3.1.6, sandbox A").entries) == 1
    assert theirs.exists()  # recently used: kept
    assert not stale.exists()
