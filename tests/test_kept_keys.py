"""Kept values are keyed by their files' contents; a process reads each settled file once
for all the keys that name it (a cold render keys three by the same phrase files)."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from speechdraft import datacache


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    seen: list[Path] = []
    usual = Path.read_bytes

    def counted(self: Path) -> bytes:
        seen.append(self)
        return usual(self)

    monkeypatch.setattr(Path, "read_bytes", counted)
    monkeypatch.setattr(datacache, "_DIGESTS", {})
    return seen


def _settle(path: Path) -> None:
    an_hour_ago = time.time() - 3600
    os.utime(path, (an_hour_ago, an_hour_ago))


def test_a_settled_file_is_read_once_for_every_key(tmp_path: Path, reads: list[Path]) -> None:
    source = tmp_path / "a.yaml"
    source.write_text("key: one\n", encoding="utf-8")
    first = datacache._key([source], "salt")
    # a file written this very moment is read for every key (its times may not move again)
    assert datacache._key([source], "salt") == first and len(reads) == 2
    _settle(source)
    # ctime still says "just now" here, so the file is read until that settles too
    keys = {datacache._key([source], salt) for salt in ("bank", "rarity", "wordings")}
    assert len(keys) == 3 and datacache._key([source], "salt") == first


def test_an_edit_of_the_same_size_and_times_is_seen(
    tmp_path: Path, reads: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "a.yaml"
    source.write_text("key: one\n", encoding="utf-8")
    _settle(source)
    monkeypatch.setattr(datacache, "_SETTLED_NS", -(10**18))  # trust every file at once
    before = datacache._key([source], "salt")
    assert datacache._key([source], "salt") == before and len(reads) == 1
    stat = source.stat()
    source.write_text("key: two\n", encoding="utf-8")  # same size
    os.utime(source, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # and the same times
    assert datacache._key([source], "salt") != before  # the change time still moved
    assert len(reads) == 2


def test_a_missing_file_keys_as_missing(tmp_path: Path, reads: list[Path]) -> None:
    gone = tmp_path / "gone.yaml"
    assert datacache._key([gone], "s") == datacache._key([gone], "s")
    gone.write_text("", encoding="utf-8")
    assert datacache._key([gone], "s") != datacache._key([tmp_path / "other.yaml"], "s")
