"""What a cold render's imports compile, kept between runs (importcache.py): a pattern made
from the kept file is the pattern ``re`` makes, a dataclass made with kept code is the
dataclass ``dataclasses`` makes, a damaged file is ignored, and both are left as they were."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from speechdraft import importcache
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
    with importcache.kept_patterns():
        learnt = compiled_fresh(PATTERNS) + compiled_fresh(PATTERNS, re.MULTILINE)
    assert len(list(cache.glob("regex-*.marshal"))) == 1

    def not_parsed(pattern: str, flags: int) -> None:
        raise AssertionError(f"parsed again although kept: {pattern}")

    monkeypatch.setattr(importcache, "_parsed", not_parsed)
    with importcache.kept_patterns():
        kept = compiled_fresh(PATTERNS) + compiled_fresh(PATTERNS, re.MULTILINE)
    for pattern in (*learnt, *kept):
        assert isinstance(pattern, re.Pattern)
    for ours, theirs in zip([*learnt, *kept], usual * 2, strict=True):
        same(ours, theirs)


def test_every_pattern_of_the_bars_and_ideas_compiles_the_same_from_the_file(cache: Path) -> None:
    sources = [bar.pattern.pattern for bar in BARS] + [p.pattern for _, p in IDEAS]
    usual = compiled_fresh(sources)
    with importcache.kept_patterns():
        compiled_fresh(sources)
    with importcache.kept_patterns():
        kept = compiled_fresh(sources)
    for ours, theirs in zip(kept, usual, strict=True):
        same(ours, theirs)


def test_a_damaged_or_foreign_file_is_ignored_and_re_is_restored(cache: Path) -> None:
    from re import _compiler  # type: ignore[attr-defined]

    usual_compile = _compiler.compile
    with importcache.kept_patterns():
        compiled_fresh(PATTERNS)
    (kept,) = cache.glob("regex-*.marshal")
    for damage in (kept.read_bytes()[:100], b"not ours at all", b""):
        kept.write_bytes(damage)
        with importcache.kept_patterns():
            found = compiled_fresh(PATTERNS)
        assert [p.pattern for p in found] == PATTERNS
        assert _compiler.compile is usual_compile
        assert kept.read_bytes().startswith(importcache.FORMAT)  # written afresh
    with pytest.raises(re.error), importcache.kept_patterns():
        re.compile("(unclosed")
    assert _compiler.compile is usual_compile


SOURCE_OF_CLASSES = """
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0
    tags: tuple[str, ...] = ()


@dataclass(order=True)
class Row:
    key: str
    items: list[int] = field(default_factory=list)
"""


def classes_made(tmp_path: Path, name: str) -> dict[str, object]:
    """The module's classes, made by dataclasses from its source text."""
    namespace: dict[str, object] = {"__name__": name}
    code = compile(SOURCE_OF_CLASSES, str(tmp_path / f"{name}.py"), "exec", dont_inherit=True)
    exec(code, namespace)
    return namespace


def test_a_dataclass_made_with_kept_code_is_the_one_dataclasses_makes(
    cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import dataclasses

    usual = classes_made(tmp_path, "usual")
    with importcache.kept_generated_code():
        learnt = classes_made(tmp_path, "learnt")
    assert "exec" not in vars(dataclasses)  # dataclasses is as it was
    assert len(list(cache.glob("code-*.marshal"))) == 1

    def not_compiled(source: str, mode: str) -> None:
        raise AssertionError("compiled again although kept")

    monkeypatch.setattr(importcache, "_compiled", not_compiled)
    with importcache.kept_generated_code():
        kept = classes_made(tmp_path, "kept")
    for made in (learnt, kept):
        point, row = made["Point"], made["Row"]
        usual_point = usual["Point"]
        assert repr(point(1, 2, ("a",))) == repr(usual_point(1, 2, ("a",)))  # type: ignore[operator]
        assert point(1) == point(1, 0) and point(1) != point(2)  # type: ignore[operator]
        assert hash(point(3, 4)) == hash(usual_point(3, 4))  # type: ignore[operator]
        with pytest.raises(dataclasses.FrozenInstanceError):
            point(1).x = 5  # type: ignore[operator]
        assert row("b") < row("c") and row("a").items == []  # type: ignore[operator]
        assert row("a").items is not row("a").items  # type: ignore[operator]
        assert [f.name for f in dataclasses.fields(point)] == ["x", "y", "tags"]  # type: ignore[arg-type]
        with pytest.raises(TypeError):
            point()  # type: ignore[operator]


def test_a_damaged_dataclass_file_is_ignored(cache: Path, tmp_path: Path) -> None:
    with importcache.kept_generated_code():
        classes_made(tmp_path, "first")
    (kept,) = cache.glob("code-*.marshal")
    kept.write_bytes(kept.read_bytes()[:200])
    with importcache.kept_generated_code():
        made = classes_made(tmp_path, "second")
    assert made["Point"](1, 2) == made["Point"](1, 2)  # type: ignore[operator]
    assert kept.read_bytes().startswith(importcache.FORMAT)


def test_a_string_annotation_evaluates_the_same_from_kept_code(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """pydantic's models hand typing their string annotations (from __future__ import
    annotations): a forward reference compiled from the kept file evaluates the same."""
    import typing

    sources = ["dict[str, list[int]]", "int | None", "tuple[str, ...]"]
    usual = [typing.ForwardRef(text) for text in sources]
    with importcache.kept_generated_code():
        learnt = [typing.ForwardRef(text) for text in sources]
        with pytest.raises(SyntaxError):
            typing.ForwardRef("not an expression :")  # refused as typing refuses it
    assert "compile" not in vars(typing)

    def not_compiled(source: str, mode: str) -> None:
        raise AssertionError("compiled again although kept")

    monkeypatch.setattr(importcache, "_compiled", not_compiled)
    with importcache.kept_generated_code():
        kept = [typing.ForwardRef(text) for text in sources]
    for ours in (learnt, kept):
        for reference, expected in zip(ours, usual, strict=True):
            assert reference == expected
            assert eval(reference.__forward_code__) == eval(expected.__forward_code__)


def test_past_its_limit_a_pattern_file_keeps_only_what_the_last_block_used(cache: Path) -> None:
    fresh = "新的(?P<what>模式|规则)"
    with importcache.kept_patterns("regex-limited", limit=4):
        compiled_fresh(PATTERNS)
    with importcache.kept_patterns("regex-limited", limit=4):
        compiled_fresh(PATTERNS[:2] + [fresh])  # five in all: past the limit
    (path,) = cache.glob("regex-limited-*.marshal")
    assert {pattern for pattern, _ in importcache._load(path)} == {*PATTERNS[:2], fresh}
    with importcache.kept_patterns("regex-limited", limit=4):
        (kept,) = compiled_fresh([fresh])
    same(kept, re.compile(fresh))
    assert kept.search("按新的规则办").group("what") == "规则"  # type: ignore[union-attr]


def _render_cold(profile: Path, output: Path, cache: Path, *, keep: bool = True) -> list[str]:
    """A one-draft ``speechdraft render`` in a fresh process; the draft's paragraphs."""
    import os
    import subprocess
    import sys

    from docx import Document as open_docx

    env = {**os.environ, "SPEECHDRAFT_CACHE_DIR": str(cache)}
    if not keep:
        env["SPEECHDRAFT_NO_CACHE"] = "1"
    command = [sys.executable, "-m", "speechdraft", "render", str(profile), "-o", str(output)]
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    assert done.returncode == 0, done.stderr
    return [paragraph.text for paragraph in open_docx(str(output)).paragraphs]


def test_a_render_keeps_its_run_time_patterns_and_drafts_the_same_text(tmp_path: Path) -> None:
    from speechdraft.markup import LITERAL_OPEN

    example = Path(__file__).resolve().parents[1] / "profiles" / "district-report-2026.yaml"
    profile = tmp_path / "区会.yaml"
    profile.write_bytes(example.read_bytes())
    cache = tmp_path / "cache"
    first = _render_cold(profile, tmp_path / "一.docx", cache)
    (kept_file,) = cache.glob("regex-render-*.marshal")
    kept = importcache._load(kept_file)
    assert len(kept) > 20  # the dated terms', named schemes' and organ's patterns at least
    # its targets (93%…) were compiled into patterns, but the clerk's words are never kept
    assert "93%" in profile.read_text(encoding="utf-8")
    assert not [pattern for pattern, _ in kept if LITERAL_OPEN in pattern or "93%" in pattern]
    made = kept_file.stat().st_mtime_ns
    again = _render_cold(profile, tmp_path / "二.docx", cache)
    assert kept_file.stat().st_mtime_ns == made  # every pattern came from the file
    unkept = _render_cold(profile, tmp_path / "三.docx", tmp_path / "none", keep=False)
    assert first == again == unkept
    assert sum(len(text) for text in first) > 1000
