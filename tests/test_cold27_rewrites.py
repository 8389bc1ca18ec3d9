"""A cold render that finds everything kept writes no kept file (cold27): a pattern whose text
followed the process's string hashes (a set's order) was parsed afresh by every run and
rewrote the 1.3 MB file of kept import patterns, which grew by it without end; and the kept
import files are bounded, past their limits holding only what the last run used."""

from __future__ import annotations

import hashlib
import io
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from speechdraft import importcache

TIMED_PART = "docProps/core.xml"


def _render(profile: Path, output: Path, cache: Path, hash_seed: str) -> str:
    env = {**os.environ, "SPEECHDRAFT_CACHE_DIR": str(cache), "PYTHONHASHSEED": hash_seed}
    env.pop("SPEECHDRAFT_NO_CACHE", None)
    command = [sys.executable, "-m", "speechdraft", "render", str(profile), "-o", str(output)]
    done = subprocess.run(
        [*command, "--force"], capture_output=True, text=True, env=env, timeout=180, check=False
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def _kept_files(cache: Path) -> dict[str, tuple[int, bytes]]:
    return {
        path.name: (path.stat().st_mtime_ns, hashlib.sha256(path.read_bytes()).digest())
        for path in sorted(cache.iterdir())
    }


def _parts(docx: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(docx.read_bytes())) as package:
        return {name: package.read(name) for name in package.namelist() if name != TIMED_PART}


def test_a_cold_render_run_again_writes_no_kept_file(tmp_path: Path, write_profile) -> None:
    profile = write_profile("县会.yaml")
    cache, output = tmp_path / "缓存", tmp_path / "稿.docx"
    first = _render(profile, output, cache, "1")  # fills the cache folder
    drafted = _parts(output)
    kept = _kept_files(cache)
    assert any(name.startswith("regex-py") for name in kept)  # the import patterns are kept
    for hash_seed in ("2", "3"):  # other string hashes: another order of every set
        assert _render(profile, output, cache, hash_seed) == first
        assert _parts(output) == drafted
        assert _kept_files(cache) == kept  # nothing written again, nothing new


def test_the_general_words_pattern_is_the_same_in_every_process() -> None:
    code = "from speechdraft.compose import figure_place as f; print(f._GENERAL_WORD.pattern)"
    patterns = {
        subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
            check=True,
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(patterns) == 1
    (words,) = patterns
    lengths = [len(word) for word in words.strip().split("|")]
    assert lengths == sorted(lengths, reverse=True)  # the longest are still tried first


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SPEECHDRAFT_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("SPEECHDRAFT_NO_CACHE", raising=False)
    return tmp_path


def _dataclass_source(name: str) -> str:
    """A dataclass whose generated methods' text is its own (the fields' names are in it)."""
    first, second = (f"{name.lower()}_{field}" for field in "xy")
    return (
        "from dataclasses import dataclass\n"
        f"@dataclass(frozen=True)\nclass {name}:\n    {first}: int\n    {second}: int = 0\n"
    )


def _made(source: str) -> dict[str, object]:
    namespace: dict[str, object] = {"__name__": "made"}
    exec(compile(source, "<made>", "exec", dont_inherit=True), namespace)
    return namespace


def test_past_its_limit_the_kept_code_holds_only_what_the_last_block_used(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(importcache, "IMPORT_CODE_LIMIT", 6)
    with importcache.kept_generated_code():
        _made(_dataclass_source("Old"))  # a class of code since changed
    (path,) = cache.glob("code-*.marshal")
    old = set(importcache._load(path))
    with importcache.kept_generated_code():
        _made(_dataclass_source("New"))
    kept = set(importcache._load(path))
    assert kept and not kept & old  # past the limit: only what this block compiled
    with importcache.kept_generated_code():
        made = _made(_dataclass_source("New"))
    assert set(importcache._load(path)) == kept
    point = made["New"]
    assert point(1) == point(1, 0) and repr(point(2, 3)) == "New(new_x=2, new_y=3)"  # type: ignore[operator]


def test_within_its_limit_the_kept_code_keeps_other_codes_entries(cache: Path) -> None:
    with importcache.kept_generated_code():
        _made(_dataclass_source("Old"))
    (path,) = cache.glob("code-*.marshal")
    old = set(importcache._load(path))
    with importcache.kept_generated_code():
        _made(_dataclass_source("New"))
    assert old < set(importcache._load(path))  # another install's classes stay kept


def test_the_import_work_keeps_its_files_bounded() -> None:
    # both under the size a kept file may have to be read at all (~750 bytes a pattern,
    # ~850 a piece of code today)
    assert importcache.IMPORT_PATTERN_LIMIT * 750 < importcache.MAX_BYTES
    assert importcache.IMPORT_CODE_LIMIT * 850 < importcache.MAX_BYTES


def test_kept_answers_a_run_found_stay_as_the_newest(
    cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every meeting asks the wordings all drafts share and its own: past the limit, the
    shared answers (first asked by the oldest meeting) stay kept, since every run finds
    them; the last meeting rendered again finds all it asks and writes nothing."""
    from speechdraft import datacache

    monkeypatch.setattr(datacache, "_keeping", False)
    table = tmp_path / "表.txt"
    table.write_text("一", encoding="utf-8")
    kept = datacache.KeptAnswers("toy27", lambda: [table], lambda: "code", limit=100)
    datacache.keep_answers_between_runs()
    shared = list(range(1000, 1030))

    def meeting(number: int) -> list[int]:
        own = list(range(number * 100, number * 100 + 30))
        return own[:15] + shared + own[15:]

    def render(keys: list[int]) -> int:
        kept.answers, kept.where = None, None  # a new process
        worked_out = 0
        for key in keys:
            if kept.get(key) is None:
                kept.put(key, key % 3)
                worked_out += 1
        kept.save()
        return worked_out

    assert render(meeting(1)) == 60
    for number in range(2, 8):  # past the limit from the third meeting on
        assert render(meeting(number)) == 30  # the shared answers are kept
    (path,) = cache.glob("toy27-*")
    written = path.stat().st_mtime_ns
    assert render(meeting(7)) == 0
    assert path.stat().st_mtime_ns == written
    kept.answers, kept.where = None, None
    assert kept.get(1000) == 1000 % 3  # the answer itself, as worked out
    assert kept.answers is not None and len(kept.answers) == 100  # never past the limit
