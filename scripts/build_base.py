"""Builds the .docx base package from its readable XML sources, byte for byte the same
on every run: ``python scripts/build_base.py`` (``--check`` only compares).

Sources: src/speechdraft/writers/base/ (one file per package part, as it will sit in the
zip). Output: src/speechdraft/writers/base.docx, shipped in the wheel. Fixed member order
and timestamps make the build reproducible, so a stale base.docx shows up in git diff and
in tests/test_base_package.py.
"""

from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "src" / "speechdraft" / "writers" / "base"
TARGET = ROOT / "src" / "speechdraft" / "writers" / "base.docx"
FIXED_TIME = (1980, 1, 1, 0, 0, 0)  # the zip format's epoch: no build date in the bytes
FIRST = "[Content_Types].xml"  # readers sniff the package by its first member


def member_names(sources: Path = SOURCES) -> list[str]:
    names = sorted(
        p.relative_to(sources).as_posix()
        for p in sources.rglob("*")
        if p.is_file() and p.name.endswith((".xml", ".rels"))
    )
    names.remove(FIRST)
    return [FIRST, *names]


def build(sources: Path = SOURCES) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        for name in member_names(sources):
            info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            package.writestr(info, (sources / name).read_bytes())
    return buffer.getvalue()


def main(argv: list[str]) -> int:
    data = build()
    if "--check" in argv:
        current = TARGET.read_bytes() if TARGET.exists() else b""
        if current != data:
            print(f"{TARGET} 与 {SOURCES} 不一致：请运行 python scripts/build_base.py")
            return 1
        print("base.docx 与源文件一致")
        return 0
    TARGET.write_bytes(data)
    print(f"已生成 {TARGET}（{len(data)} 字节）")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
