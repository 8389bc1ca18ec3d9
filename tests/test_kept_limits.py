"""Kept answers hold what recent runs asked, never more than their limit (speed13): every
cold render reads the whole file, and a file of every meeting ever rendered (4 MB of
admissions after sixty meetings) made each cold render about a third slower."""

from __future__ import annotations

from pathlib import Path

import pytest

from speechdraft import datacache, phrasebank
from speechdraft.compose import restate


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SPEECHDRAFT_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(datacache, "_keeping", False)
    return tmp_path


def _reloaded(kept: datacache.KeptAnswers) -> dict[object, object]:
    kept.answers, kept.where = None, None  # as a new process finds them
    kept.get(None)
    assert kept.answers is not None
    return kept.answers


def _run(kept: datacache.KeptAnswers, keys: range) -> int:
    """One render asking ``keys``: the answers it finds kept, and it keeps the others."""
    found = 0
    for key in keys:
        if kept.get(key) is not None:
            found += 1
        else:
            kept.put(key, key % 2 == 0)
    kept.save()
    return found


def test_the_newest_answers_are_kept_up_to_the_limit(cache_dir: Path, tmp_path: Path) -> None:
    table = tmp_path / "table.txt"
    table.write_text("一", encoding="utf-8")
    kept = datacache.KeptAnswers("toy", lambda: [table], lambda: "code", limit=100)
    datacache.keep_answers_between_runs()
    meetings = [range(start, start + 40) for start in range(0, 400, 40)]
    for meeting in meetings:  # ten meetings of 40 answers each, one after another
        _kept = _reloaded(kept)
        assert len(_kept) <= 100
        assert _run(kept, meeting) == 0
    answers = _reloaded(kept)
    assert list(answers) == list(range(300, 400))  # the last two and a half meetings
    assert all(answers[key] is (key % 2 == 0) for key in answers)
    # the last meeting rendered again finds all it asks kept, and writes nothing
    written = next(cache_dir.glob("toy-*")).stat().st_mtime_ns
    assert _run(kept, meetings[-1]) == 40
    assert next(cache_dir.glob("toy-*")).stat().st_mtime_ns == written
    # an older meeting rendered again is worked out and kept again, as the newest
    assert _run(kept, meetings[0]) == 0
    assert list(_reloaded(kept))[-40:] == list(meetings[0])
    assert len(_reloaded(kept)) == 100


def test_one_run_asking_more_than_the_limit_keeps_its_newest(cache_dir: Path) -> None:
    kept = datacache.KeptAnswers("toy-big", lambda: [], lambda: "code", limit=10)
    datacache.keep_answers_between_runs()
    _reloaded(kept)
    _run(kept, range(25))
    assert list(_reloaded(kept)) == list(range(15, 25))


def test_the_speakers_admissions_and_the_wordings_records_are_bounded() -> None:
    """A meeting asks some 1,300 admissions and 650 records: a few meetings' worth each."""
    assert 3_000 <= phrasebank._KEPT_SAYABLE.limit <= 10_000
    assert 1_500 <= restate._KEPT_WORDINGS.limit <= 4_000
    # what belongs to the words alone (a wording's claims) may hold the whole bank
    assert phrasebank._KEPT_CLAIMS.limit >= 20_000
