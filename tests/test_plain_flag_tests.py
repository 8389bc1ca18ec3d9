"""Inside the kept import work, ``re._compile``'s two flag tests read plain integers (speed24:
each ``int & RegexFlag`` was an enum operation in Python, 24 M instructions of a cold render):
the names are ``re``'s own flags again after the block, even when it fails, and a pattern
compiled inside is the pattern compiled outside."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from speechdraft import importcache

PATTERNS = [r"(?P<year>\d{4})年", r"只有.{1,24}才(?:能|会)", r"^\s*#.*$", r"speech(?:draft)?"]


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SPEECHDRAFT_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("SPEECHDRAFT_NO_CACHE", raising=False)
    return tmp_path


def test_inside_the_block_the_flag_tests_are_plain_and_after_it_re_s_own(cache: Path) -> None:
    assert isinstance(re.T, re.RegexFlag) and isinstance(re.DEBUG, re.RegexFlag)
    with importcache.kept_import_work():
        assert type(re.T) is int and re.T == re.RegexFlag.TEMPLATE
        assert type(re.DEBUG) is int and re.DEBUG == re.RegexFlag.DEBUG
    assert re.T is re.RegexFlag.TEMPLATE and re.DEBUG is re.RegexFlag.DEBUG
    with pytest.raises(KeyError), importcache.kept_render_patterns(lambda _pattern: True):
        assert type(re.T) is int
        raise KeyError("the block fails")
    assert re.T is re.RegexFlag.TEMPLATE and re.DEBUG is re.RegexFlag.DEBUG


@pytest.mark.parametrize("flags", [0, re.MULTILINE, re.IGNORECASE | re.VERBOSE])
def test_a_pattern_compiled_inside_is_the_one_compiled_outside(cache: Path, flags: int) -> None:
    re.purge()
    with importcache.kept_import_work():
        inside = [re.compile(pattern, flags) for pattern in PATTERNS]
        cached = [re.compile(pattern, flags) for pattern in PATTERNS]
    re.purge()
    outside = [re.compile(pattern, flags) for pattern in PATTERNS]
    for made, again, usual in zip(inside, cached, outside, strict=True):
        assert made is again  # re's own cache of compiled patterns still answers inside
        assert (made.pattern, made.flags, made.groups, made.groupindex) == (
            usual.pattern,
            usual.flags,
            usual.groups,
            usual.groupindex,
        )
        text = "2026年 只有坚持才能 # x speechdraft"
        found, expected = made.search(text), usual.search(text)
        assert (found and found.span()) == (expected and expected.span())


def test_debug_still_prints_the_parse_inside(
    cache: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with importcache.kept_import_work():
        re.compile(r"校园", re.DEBUG)
    assert "LITERAL" in capsys.readouterr().out
