"""The version a draft records is read without importlib.metadata when the install is the
usual one, and is then the version importlib.metadata gives."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from speechdraft.pipeline import _dist_info_version, _installed_version


def test_the_installed_version_is_importlib_metadatas() -> None:
    try:
        expected = version("speechdraft")
    except PackageNotFoundError:
        expected = "0+source"
    assert _installed_version() == expected


def _dist(folder: Path, name: str, metadata: str | None) -> Path:
    info = folder / name
    info.mkdir(parents=True)
    if metadata is not None:
        (info / "METADATA").write_text(metadata, encoding="utf-8")
    return folder


def test_the_first_dist_info_on_the_path_is_read(tmp_path: Path) -> None:
    headers = "Metadata-Version: 2.4\nName: speechdraft\nVersion: 1.2.3\n\nVersion: 9\n"
    first = _dist(tmp_path / "a", "speechdraft-1.2.3.dist-info", headers)
    second = _dist(tmp_path / "b", "speechdraft-0.9.dist-info", "Version: 0.9\n")
    other = _dist(tmp_path / "c", "speechdraft_extra-5.dist-info", "Version: 5\n")
    missing = str(tmp_path / "nowhere")
    assert _dist_info_version([missing, str(other), str(first), str(second)]) == "1.2.3"
    assert _dist_info_version([str(second), str(first)]) == "0.9"
    assert _dist_info_version([str(other)]) is None


def test_anything_unusual_is_left_to_importlib(tmp_path: Path) -> None:
    egg = _dist(tmp_path / "egg", "speechdraft-1.0.egg-info", None)
    later = _dist(tmp_path / "later", "speechdraft-2.0.dist-info", "Version: 2.0\n")
    assert _dist_info_version([str(egg), str(later)]) is None  # importlib reads the egg first
    archive = tmp_path / "code.zip"
    archive.write_bytes(b"PK")
    assert _dist_info_version([str(archive), str(later)]) is None
    no_metadata = _dist(tmp_path / "bare", "speechdraft-3.0.dist-info", None)
    assert _dist_info_version([str(no_metadata)]) is None
    headerless = _dist(tmp_path / "odd", "speechdraft-4.0.dist-info", "Name: speechdraft\n\n")
    assert _dist_info_version([str(headerless)]) is None
