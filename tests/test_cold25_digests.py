"""The kept digests file (datacache.py) is written only when a digest in it is new or changed
(cold25): a cold render's imports take the digests of three norms files before the CLI turns
keeping on, and every render then wrote the same digests file again."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest

from speechdraft import datacache


@pytest.fixture
def cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    folder = tmp_path / "缓存"
    monkeypatch.setenv("SPEECHDRAFT_CACHE_DIR", str(folder))
    monkeypatch.delenv("SPEECHDRAFT_NO_CACHE", raising=False)
    monkeypatch.setattr(datacache, "_SETTLED_NS", -1)  # a file counts as settled at once
    _new_process(monkeypatch)
    return folder


def _new_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """A fresh one-draft CLI process before ``keep_answers_between_runs``."""
    monkeypatch.setattr(datacache, "_keeping", False)
    monkeypatch.setattr(datacache, "_DIGESTS", {})
    monkeypatch.setattr(datacache, "_digests_read", False)
    monkeypatch.setattr(datacache, "_digests_grew", False)
    # answers another test of this worker kept (its render ended before save_answers) are
    # not this process's: a fresh one starts with none (CI at f7440eac wrote three of them)
    for kept in datacache._KEPT_ANSWERS:
        for name, fresh in (("answers", None), ("asked", {}), ("where", None), ("grown", False)):
            monkeypatch.setattr(kept, name, fresh)


def _norms_file(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    earlier = path.stat().st_mtime_ns - 60_000_000_000
    os.utime(path, ns=(earlier, earlier))
    time.sleep(0.02)
    return path


def _one_render(early: list[Path], later: list[Path]) -> None:
    """What a render does with digests: some taken at import, keeping on, more, saved."""
    for file in early:
        datacache._file_digest(file)
    datacache.keep_answers_between_runs()
    for file in later:
        datacache._file_digest(file)
    datacache.save_answers()


def _writes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    written: list[str] = []
    publish = datacache.publish

    def counted(path: Path, data: bytes) -> None:
        written.append(path.name)
        publish(path, data)

    monkeypatch.setattr(datacache, "publish", counted)
    return written


def test_a_second_render_of_the_same_files_writes_no_digests(
    cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    early = [_norms_file(tmp_path / f"规范{n}.yaml", f"rule: {n}\n" * (n + 1)) for n in range(3)]
    later = [_norms_file(tmp_path / f"领域{n}.yaml", f"area: {n}\n" * (n + 2)) for n in range(4)]
    written = _writes(monkeypatch)
    _one_render(early, later)
    assert written == [f"digests-py{sys.version_info[0]}{sys.version_info[1]}.marshal"]
    kept = next(cache.glob("digests-*.marshal")).read_bytes()
    _new_process(monkeypatch)
    _one_render(early, later)
    assert written == [written[0]], "the same digests were written again"
    assert next(cache.glob("digests-*.marshal")).read_bytes() == kept


def test_a_file_changed_before_keeping_began_is_written(
    cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import marshal

    early = _norms_file(tmp_path / "规范.yaml", "rule: 1\n")
    later = _norms_file(tmp_path / "领域.yaml", "area: 1\n")
    _one_render([early], [later])
    _norms_file(early, "rule: 22\n")  # edited between two renders
    written = _writes(monkeypatch)
    _new_process(monkeypatch)
    _one_render([early], [later])
    assert len(written) == 1
    data = next(cache.glob("digests-*.marshal")).read_bytes()
    kept = marshal.loads(data[len(datacache._DIGESTS_FORMAT) :])
    import hashlib

    assert kept[os.fsencode(early)][1] == hashlib.sha256(b"rule: 22\n").digest()
    assert os.fsencode(later) in kept  # the file's other digests stay


def test_digests_taken_only_before_keeping_keep_the_files_others(
    cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A render that takes no digest after keeping began still saves into the kept file,
    not over it."""
    import marshal

    first = _norms_file(tmp_path / "甲.yaml", "a: 1\n")
    second = _norms_file(tmp_path / "乙.yaml", "b: 1\n")
    _one_render([], [first])
    _new_process(monkeypatch)
    _one_render([second], [])
    data = next(cache.glob("digests-*.marshal")).read_bytes()
    kept = marshal.loads(data[len(datacache._DIGESTS_FORMAT) :])
    assert {os.fsencode(first), os.fsencode(second)} <= set(kept)
