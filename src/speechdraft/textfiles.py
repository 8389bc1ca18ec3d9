"""Reading a file the user named without trusting it: regular files only, a size
bound checked before reading, and the encodings and lookalikes told apart.

Shared by the profile reader (intake.yamlfile) and the draft reader (lint.reader): both
must refuse a FIFO or /dev/zero instead of hanging, and name a Word file, a PDF or
UTF-16 without a byte order mark instead of decoding it into garbage.
"""

from __future__ import annotations

import codecs
import os
import stat
from dataclasses import dataclass
from pathlib import Path

# Whole-file signatures of what people pick by mistake instead of a text file.
NOT_TEXT_SIGNATURES = (
    (b"PK\x03\x04", "Word 文档（.docx）、Excel 表格或 zip 压缩包"),
    (b"\xd0\xcf\x11\xe0", "旧版 Word 或 Excel 文件（.doc/.xls）"),
    (b"%PDF", "PDF 文件"),
    (b"{\\rtf", "RTF 文档"),
    (b"\x89PNG", "PNG 图片"),
    (b"\xff\xd8\xff", "JPEG 图片"),
)
# Windows Notepad's "Unicode" and "Unicode big endian" are UTF-16 with a byte order
# mark: unambiguous, so they are simply read (UTF-32 first: its LE mark starts like UTF-16's).
BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
    (codecs.BOM_UTF8, "utf-8"),
)


class FileRefused(Exception):
    """The file cannot be read; ``reason`` is Chinese and says why, without the name."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def regular_file_size(path: Path) -> int:
    """The size of ``path``, which must be a regular file (a symlink is followed: one
    to /dev/zero is a device). Devices and pipes would block or never end."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise FileRefused("找不到这个文件：请检查路径和文件名") from None
    except OSError as exc:
        raise FileRefused(f"无法读取（{exc.strerror or type(exc).__name__}）") from None
    if stat.S_ISDIR(info.st_mode):
        raise FileRefused("这是一个文件夹，不是文件")
    if not stat.S_ISREG(info.st_mode):
        raise FileRefused("这不是普通文件（而是设备或管道），不能读取")
    return info.st_size


def read_bounded(path: Path, limit: int, what: str) -> bytes:
    """The whole file, refused unread when it is larger than ``limit`` bytes."""
    size = regular_file_size(path)
    if size > limit:
        raise FileRefused(too_large(size, limit, what))
    try:
        with path.open("rb") as handle:
            raw = handle.read(limit + 1)
    except OSError as exc:
        raise FileRefused(f"无法读取（{exc.strerror or type(exc).__name__}）") from None
    if len(raw) > limit:  # grew while we looked
        raise FileRefused(too_large(len(raw), limit, what))
    return raw


def too_large(size: int, limit: int, what: str) -> str:
    return f"文件太大（{megabytes(size)}）：{what}的上限是 {megabytes(limit)}。请确认选对了文件"


def megabytes(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB" if size >= 1024 * 1024 else f"{size // 1024} KB"


def not_text_kind(raw: bytes) -> str | None:
    """What a file that is not text is, by its first bytes (None: maybe text)."""
    for magic, what in NOT_TEXT_SIGNATURES:
        if raw.startswith(magic):
            return what
    return None


def byte_order_mark(raw: bytes) -> tuple[bytes, str] | None:
    for mark, codec in BYTE_ORDER_MARKS:
        if raw.startswith(mark):
            return mark, codec
    return None


def looks_like_utf16(raw: bytes) -> bool:
    """UTF-16 without a byte order mark: the start decodes to printable text."""
    for codec in ("utf-16-le", "utf-16-be"):
        start = raw[:400].decode(codec, errors="replace")
        if sum(ch.isprintable() or ch in "\r\n\t" for ch in start) > 0.95 * len(start):
            return True
    return False


_TEXT_CONTROLS = frozenset("\t\n\r\f\v")


def looks_binary(text: str) -> bool:
    """Decoded text with more than a few control characters is a binary file that
    happened to decode (GB18030 decodes most byte sequences)."""
    controls = sum(1 for ch in text[:65536] if ch < " " and ch not in _TEXT_CONTROLS)
    return controls > max(2, len(text[:65536]) // 200)


@dataclass(frozen=True)
class DecodedText:
    """A text file's content and how to write it back the same way."""

    text: str
    codec: str  # "utf-8", "gb18030", "utf-16-le", …
    bom: bytes = b""

    def encode(self, text: str) -> bytes:
        return self.bom + text.encode(self.codec)
