"""A one-draft render keeps the speaker's admission answers for the next run
(datacache.KeptAnswers, phrasebank.sayable): the kept answers are the ones the rules give,
a changed table or module makes them miss, and nothing is kept unless asked."""

from __future__ import annotations

import datetime
import os
import subprocess
import sys
from pathlib import Path

import pytest

from speechdraft import datacache, phrasebank, pipeline

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SPEECHDRAFT_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(datacache, "_keeping", False)
    return tmp_path


def answers_kept_by(kept: datacache.KeptAnswers) -> dict[object, object]:
    kept.answers, kept.where = None, None  # as a new process finds them
    kept.get(None)
    assert kept.answers is not None
    return kept.answers


def test_a_render_keeps_answers_equal_to_the_rules(cache_dir: Path, tmp_path: Path) -> None:
    profile = ROOT / "profiles" / "county-leader-2025.yaml"
    env = {**os.environ, "SPEECHDRAFT_CACHE_DIR": str(cache_dir)}
    command = [sys.executable, "-m", "speechdraft", "render", str(profile)]
    done = subprocess.run(
        [*command, "-o", str(tmp_path / "a.docx")], env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert (
        cache_dir / f"sayable-py{sys.version_info.major}{sys.version_info.minor}.pickle"
    ).is_file()

    datacache.keep_answers_between_runs()
    answers = answers_kept_by(phrasebank._KEPT_SAYABLE)
    assert len(answers) > 500
    unkept = phrasebank.sayable.__wrapped__
    datacache._keeping = False  # the rules themselves, asked afresh
    said = {True: 0, False: 0}
    for key, answer in answers.items():
        assert isinstance(key, tuple) and isinstance(answer, bool)
        assert unkept(*key) is answer, key
        said[answer] += 1
    assert said[True] > 100 and said[False] > 10  # both answers were put to the test

    # the second run reads them (it adds none, so it does not write the file again) and
    # draws the same draft
    kept_file = next(cache_dir.glob("sayable-*.pickle"))
    written = kept_file.stat().st_mtime_ns
    again = subprocess.run(
        [*command, "-o", str(tmp_path / "b.docx")], env=env, capture_output=True, text=True
    )
    assert again.returncode == 0
    assert kept_file.stat().st_mtime_ns == written
    assert again.stdout.replace("b.docx", "a.docx") == done.stdout
    first, second = (
        pipeline.read_upload(name, (tmp_path / name).read_bytes()) for name in ("a.docx", "b.docx")
    )
    assert len(first.paragraphs) > 30 and first.paragraphs == second.paragraphs


def test_answers_are_kept_only_when_asked_and_miss_when_a_source_changes(
    cache_dir: Path, tmp_path: Path
) -> None:
    table = tmp_path / "table.txt"
    table.write_text("一", encoding="utf-8")
    kept = datacache.KeptAnswers("toy", lambda: [table], lambda: "code-1")
    assert kept.get("x") is None
    kept.put("x", True)
    kept.save()
    assert not list(cache_dir.glob("toy-*"))  # not asked to keep: no file, nothing held

    datacache.keep_answers_between_runs()
    assert kept.get("x") is None
    kept.put("x", True)
    kept.put("y", False)
    kept.save()
    assert answers_kept_by(kept) == {"x": True, "y": False}

    table.write_text("二", encoding="utf-8")  # the rules' table changed
    assert answers_kept_by(kept) == {}
    table.write_text("一", encoding="utf-8")
    other_code = datacache.KeptAnswers("toy", lambda: [table], lambda: "code-2")
    assert answers_kept_by(other_code) == {}
    assert answers_kept_by(kept) == {"x": True, "y": False}


def test_sayable_uses_a_kept_answer(cache_dir: Path) -> None:
    """A kept answer is what the next run says (so a wrong one would show: the key and the
    stamp are what keep it right)."""
    datacache.keep_answers_between_runs()
    kept = phrasebank._KEPT_SAYABLE
    kept.answers, kept.where = None, None
    day = datetime.date(2031, 7, 9)
    text = "要把双减落到实处，让每一名家长放心。"
    phrasebank.sayable.cache_clear()
    try:
        truth = phrasebank.sayable(text, "deputy", "county", day)
        assert kept.answers == {(text, "deputy", "county", day, False): truth}
        kept.answers[(text, "deputy", "county", day, False)] = not truth
        phrasebank.sayable.cache_clear()
        assert phrasebank.sayable(text, "deputy", "county", day) is (not truth)
    finally:
        kept.answers, kept.where, kept.grown = None, None, False
        phrasebank.sayable.cache_clear()
