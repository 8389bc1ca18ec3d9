"""Regular expressions kept between runs (regexcache.py): a pattern made from the kept file
is the pattern ``re`` makes, a damaged file is ignored, and ``re`` is left as it was."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from speechdraft import regexcache
from speechdraft.compose.restate import IDEAS
from speechdraft.voice import BARS

SAMPLES = [
    "县委、县政府要把教育摆在优先发展的战略位置，一级抓一级、层层抓落实。",
    "各学校要建立问题清单和整改台账，逐项对账销号。",
    "财政部门要负责保障经费，人社部门要配合。",
    "abc-123 {{ w.gov }} 要统筹 ABC",
]
PATTERNS = [
    r"(?P<year>\d{4})年(?P<month>\d{1,2})月",
    r"只有.{1,24}才(?:能|会)",
    r"(?i)speech(?:draft)?",
    r"^\s*#.*$",
]


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SPEECHDRAFT_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("SPEECHDRAFT_NO_CACHE", raising=False)
    return tmp_path


def compiled_fresh(patterns: list[str], flags: int = 0) -> list[re.Pattern[str]]:
    re.purge()  # re's own cache of this process would answer before the kept file
    return [re.compile(pattern, flags) for pattern in patterns]


def same(kept: re.Pattern[str], usual: re.Pattern[str]) -> None:
    assert (kept.pattern, kept.flags, kept.groups, kept.groupindex) == (
        usual.pattern,
        usual.flags,
        usual.groups,
        usual.groupindex,
    )
    for text in SAMPLES:
        found, expected = kept.search(text), usual.search(text)
        assert (found and (found.span(), found.groups())) == (
            expected and (expected.span(), expected.groups())
        )
        assert kept.sub("·", text) == usual.sub("·", text)


def test_a_kept_pattern_is_the_pattern_re_makes(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    usual = compiled_fresh(PATTERNS) + compiled_fresh(PATTERNS, re.MULTILINE)
    with regexcache.kept_patterns():
        learnt = compiled_fresh(PATTERNS) + compiled_fresh(PATTERNS, re.MULTILINE)
    assert len(list(cache.glob("regex-*.marshal"))) == 1

    def not_parsed(pattern: str, flags: int) -> None:
        raise AssertionError(f"parsed again although kept: {pattern}")

    monkeypatch.setattr(regexcache, "_parsed", not_parsed)
    with regexcache.kept_patterns():
        kept = compiled_fresh(PATTERNS) + compiled_fresh(PATTERNS, re.MULTILINE)
    for pattern in (*learnt, *kept):
        assert isinstance(pattern, re.Pattern)
    for ours, theirs in zip([*learnt, *kept], usual * 2, strict=True):
        same(ours, theirs)


def test_every_pattern_of_the_bars_and_ideas_compiles_the_same_from_the_file(cache: Path) -> None:
    sources = [bar.pattern.pattern for bar in BARS] + [p.pattern for _, p in IDEAS]
    usual = compiled_fresh(sources)
    with regexcache.kept_patterns():
        compiled_fresh(sources)
    with regexcache.kept_patterns():
        kept = compiled_fresh(sources)
    for ours, theirs in zip(kept, usual, strict=True):
        same(ours, theirs)


def test_a_damaged_or_foreign_file_is_ignored_and_re_is_restored(cache: Path) -> None:
    from re import _compiler  # type: ignore[attr-defined]

    usual_compile = _compiler.compile
    with regexcache.kept_patterns():
        compiled_fresh(PATTERNS)
    (kept,) = cache.glob("regex-*.marshal")
    for damage in (kept.read_bytes()[:100], b"not ours at all", b""):
        kept.write_bytes(damage)
        with regexcache.kept_patterns():
            found = compiled_fresh(PATTERNS)
        assert [p.pattern for p in found] == PATTERNS
        assert _compiler.compile is usual_compile
        assert kept.read_bytes().startswith(regexcache.FORMAT)  # written afresh
    with pytest.raises(re.error), regexcache.kept_patterns():
        re.compile("(unclosed")
    assert _compiler.compile is usual_compile
