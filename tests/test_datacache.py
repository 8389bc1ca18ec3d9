"""Data kept between runs (datacache.py): the same files give the kept value without reading
them again, any change to a file or to the code reads afresh, and a damaged or foreign cache
file is ignored, never reported."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from speechdraft.datacache import FORMAT, remembered


@pytest.fixture
def folder(monkeypatch, tmp_path: Path) -> Path:
    cache = tmp_path / "cache"
    monkeypatch.setenv("SPEECHDRAFT_CACHE_DIR", str(cache))
    monkeypatch.delenv("SPEECHDRAFT_NO_CACHE", raising=False)
    return cache


class Reader:
    """Counts how often the files were really read."""

    def __init__(self, *paths: Path) -> None:
        self.paths = paths
        self.reads = 0

    def __call__(self) -> dict[str, str]:
        self.reads += 1
        return {p.name: p.read_text(encoding="utf-8") for p in self.paths if p.exists()}


def test_unchanged_files_give_the_kept_value_and_any_change_reads_again(
    folder: Path, tmp_path: Path
) -> None:
    area, extra = tmp_path / "学前教育.yaml", tmp_path / "新增.yaml"
    area.write_text("key: preschool\n", encoding="utf-8")
    read = Reader(area, extra)
    first = remembered("bank", [area, extra], read, salt="v1")
    assert first == {"学前教育.yaml": "key: preschool\n"} and read.reads == 1
    assert remembered("bank", [area, extra], read, salt="v1") == first
    assert read.reads == 1  # kept: the files were not read again
    area.write_text("key: preschool2\n", encoding="utf-8")  # a changed file
    assert (
        remembered("bank", [area, extra], read, salt="v1")["学前教育.yaml"] == "key: preschool2\n"
    )
    extra.write_text("key: new\n", encoding="utf-8")  # a file that appeared
    assert "新增.yaml" in remembered("bank", [area, extra], read, salt="v1")
    assert read.reads == 3
    remembered("bank", [area, extra], read, salt="v2")  # changed code
    assert read.reads == 4
    assert len(list(folder.iterdir())) == 1  # one file per name, replaced, never piling up


def test_a_failed_load_is_not_kept(folder: Path, tmp_path: Path) -> None:
    broken = tmp_path / "坏.yaml"
    broken.write_text("key: [\n", encoding="utf-8")

    def fail() -> None:
        raise ValueError("坏.yaml:1:6 格式有误")

    for _ in range(2):  # the message is given every time, not only the first
        with pytest.raises(ValueError, match="格式有误"):
            remembered("bank", [broken], fail, salt="v1")
    assert not folder.exists() or list(folder.iterdir()) == []


def test_a_damaged_or_foreign_cache_file_is_ignored(folder: Path, tmp_path: Path) -> None:
    source = tmp_path / "a.yaml"
    source.write_text("a", encoding="utf-8")
    read = Reader(source)
    remembered("bank", [source], read, salt="v1")
    (kept,) = folder.iterdir()
    for content in (b"", b"not ours", FORMAT + b"\x80garbage", FORMAT + b"\x00" * 50):
        kept.write_bytes(content)
        assert remembered("bank", [source], read, salt="v1") == {"a.yaml": "a"}
    reads = read.reads
    kept.chmod(0o666)  # others may write it: unpickling it could run their code
    assert remembered("bank", [source], read, salt="v1") == {"a.yaml": "a"}
    assert read.reads == reads + 1


def test_caching_can_be_turned_off(monkeypatch, folder: Path, tmp_path: Path) -> None:
    monkeypatch.setenv("SPEECHDRAFT_NO_CACHE", "1")
    source = tmp_path / "a.yaml"
    source.write_text("a", encoding="utf-8")
    read = Reader(source)
    remembered("bank", [source], read, salt="v1")
    remembered("bank", [source], read, salt="v1")
    assert read.reads == 2 and not folder.exists()
    assert os.environ["SPEECHDRAFT_NO_CACHE"] == "1"


@pytest.fixture
def keeping_digests(folder: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A one-draft CLI run's state, with no digest known to this process yet."""
    from speechdraft import datacache

    monkeypatch.setattr(datacache, "_keeping", True)
    monkeypatch.setattr(datacache, "_DIGESTS", {})
    monkeypatch.setattr(datacache, "_digests_read", False)
    monkeypatch.setattr(datacache, "_digests_grew", False)
    # a file's change time cannot be set back: here a file counts as settled at once
    monkeypatch.setattr(datacache, "_SETTLED_NS", -1)
    return folder


def _as_a_new_process(monkeypatch: pytest.MonkeyPatch) -> None:
    from speechdraft import datacache

    monkeypatch.setattr(datacache, "_DIGESTS", {})
    monkeypatch.setattr(datacache, "_digests_read", False)


def _settled(path: Path, text: str) -> Path:
    """``text`` written and dated a minute back, as a phrase file not edited just now."""
    path.write_text(text, encoding="utf-8")
    earlier = path.stat().st_mtime_ns - 60_000_000_000
    os.utime(path, ns=(earlier, earlier))
    time.sleep(0.02)  # a later write gets a later change time even on a coarse clock
    return path


def test_a_one_draft_run_keeps_the_files_digests_for_the_next(
    keeping_digests: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import hashlib

    from speechdraft import datacache

    files = [_settled(tmp_path / f"区域{n}.yaml", f"key: area{n}\n" * (n + 1)) for n in range(3)]
    expected = [hashlib.sha256(f.read_bytes()).digest() for f in files]
    assert [datacache._file_digest(f) for f in files] == expected
    datacache.save_answers()
    assert list(keeping_digests.glob("digests-*.marshal"))
    _as_a_new_process(monkeypatch)

    read_bytes = Path.read_bytes

    def not_read(self: Path) -> bytes:
        assert self not in files, f"read again although its digest is kept: {self}"
        return read_bytes(self)  # the kept digests' own file

    monkeypatch.setattr(Path, "read_bytes", not_read)
    assert [datacache._file_digest(f) for f in files] == expected
    monkeypatch.undo()  # (the fixture's state as well: what follows sets its own)


def test_a_file_changed_since_its_digest_was_kept_is_hashed_again(
    keeping_digests: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import hashlib

    from speechdraft import datacache

    area = _settled(tmp_path / "学前教育.yaml", "key: preschool\n")
    kept_time = area.stat().st_mtime_ns
    datacache._file_digest(area)
    datacache.save_answers()
    _as_a_new_process(monkeypatch)
    area.write_text("key: preschoo2\n", encoding="utf-8")  # the same size, the time put back
    os.utime(area, ns=(kept_time, kept_time))
    assert datacache._file_digest(area) == hashlib.sha256(b"key: preschoo2\n").digest()


def test_a_damaged_digests_file_is_ignored(
    keeping_digests: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import hashlib

    from speechdraft import datacache

    area = _settled(tmp_path / "学前教育.yaml", "key: preschool\n")
    datacache._file_digest(area)
    datacache.save_answers()
    (kept,) = keeping_digests.glob("digests-*.marshal")
    for damage in (kept.read_bytes()[:-7], b"not ours", datacache._DIGESTS_FORMAT + b"\x00"):
        kept.write_bytes(damage)
        _as_a_new_process(monkeypatch)
        assert datacache._file_digest(area) == hashlib.sha256(area.read_bytes()).digest()
