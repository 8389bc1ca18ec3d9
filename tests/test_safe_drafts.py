"""Drafts that cannot be read (issue 10): each gets its own Chinese message naming the
file, the other files of the run are still checked, and nothing is read unbounded."""

from __future__ import annotations

import io
import os
import time
import tracemalloc
import zipfile

import docx
import pytest
from typer.testing import CliRunner

from speechdraft.cli import app
from speechdraft.errors import SpeechdraftError
from speechdraft.lint.reader import MAX_TEXT_DRAFT_BYTES, MAX_XML_PART_BYTES, read_draft

GOOD_TEXT = "在全县教育工作会议上的讲话\n同志们：\n今年全县教育工作稳步推进。\n"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def docx_bytes(paragraphs: list[str] | None = None) -> bytes:
    document = docx.Document()
    for text in paragraphs or ["同志们：", "今年全县教育工作稳步推进。"]:
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def with_part(package: bytes, name: str, data: bytes, method: int = zipfile.ZIP_DEFLATED) -> bytes:
    """``package`` with the part ``name`` replaced by ``data``."""
    source = zipfile.ZipFile(io.BytesIO(package))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as target:
        for info in source.infolist():
            body = data if info.filename == name else source.read(info.filename)
            target.writestr(info.filename, body, compress_type=method)
    return buffer.getvalue()


def deflate64(package: bytes) -> bytes:
    """A package whose parts claim Deflate64 (method 9), as some zip tools write."""
    stored = bytearray(with_part(package, "", b"", method=zipfile.ZIP_STORED))
    for signature, offset in ((b"PK\x03\x04", 8), (b"PK\x01\x02", 10)):
        start = stored.find(signature)
        while start >= 0:
            stored[start + offset : start + offset + 2] = (9).to_bytes(2, "little")
            start = stored.find(signature, start + 4)
    return bytes(stored)


DEEP = (
    b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
    b'wordprocessingml/2006/main"><w:body>'
    + b"<w:p>" * 3000
    + b"</w:p>" * 3000
    + b"</w:body></w:document>"
)
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504


def unreadable_cases() -> list[tuple[str, bytes, str]]:
    good = docx_bytes()
    return [
        ("empty", b"", "文件是空的"),
        ("text-renamed", "这是一段文字".encode() * 10, "不是有效的 .docx"),
        ("html-renamed", b"<html><body>x</body></html>", "网页"),
        ("doc-renamed", OLE + b"WordDocument".ljust(600, b"\x00"), "旧版 Word 文件（.doc）"),
        ("encrypted", OLE + "EncryptionInfo".encode("utf-16-le") + b"\x00" * 600, "密码"),
        ("truncated-zip", good[: len(good) // 2], "zip 包不完整"),
        (
            "zip-without-word",
            with_part(good, "word/document.xml", b"")[:0] or _plain_zip(),
            "没有 Word 文档的正文",
        ),
        ("deflate64", deflate64(good), "Deflate64"),
        (
            "malformed-xml",
            with_part(good, "word/document.xml", b"<w:document><w:body>"),
            "XML 已损坏",
        ),
        ("too-deep-xml", with_part(good, "word/document.xml", DEEP), "嵌套层数过多"),
    ]


def _plain_zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("notes.txt", "not a document")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("name", "raw", "needle"), unreadable_cases(), ids=lambda c: c if isinstance(c, str) else ""
)
def test_each_unreadable_docx_has_its_own_message(runner, tmp_path, name, raw, needle) -> None:
    bad = tmp_path / f"{name}.docx"
    bad.write_bytes(raw)
    good = tmp_path / "好稿.txt"
    good.write_text(GOOD_TEXT, encoding="utf-8")
    result = runner.invoke(app, ["check", str(bad), str(good)])
    assert result.exit_code == 2, result.output
    assert "内部错误" not in result.output and "Traceback" not in result.output
    assert f"无法读取 {bad}：" in result.output and needle in result.output, result.output
    assert "好稿.txt" in result.output and "没有发现问题" in result.output  # still checked


def test_an_encrypted_docx_is_named_as_such_not_as_doc(tmp_path) -> None:
    bad = tmp_path / "加密.docx"
    bad.write_bytes(OLE + b"\x00" * 1000 + "EncryptionInfo".encode("utf-16-le"))
    with pytest.raises(SpeechdraftError, match="打开密码") as caught:
        read_draft(bad)
    assert ".doc）" not in str(caught.value)


def test_a_zip_bomb_is_refused_before_unpacking(tmp_path) -> None:
    body = b"<w:p/>" * (MAX_XML_PART_BYTES // 6 + 10)
    bomb = tmp_path / "炸弹.docx"
    bomb.write_bytes(with_part(docx_bytes(), "word/document.xml", body))
    assert bomb.stat().st_size < 1024 * 1024
    tracemalloc.start()
    started = time.process_time()  # CPU time: the refusal's work, not the machine's load
    with pytest.raises(SpeechdraftError, match="解压后有"):
        read_draft(bomb)
    elapsed = time.process_time() - started
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert elapsed < 2 and peak < 20 * 1024 * 1024, (elapsed, peak)


@pytest.mark.parametrize("suffix", [".txt", ".docx"])
def test_a_link_to_dev_zero_is_refused(tmp_path, suffix) -> None:
    link = tmp_path / f"无底{suffix}"
    link.symlink_to("/dev/zero")
    with pytest.raises(SpeechdraftError, match="不是普通文件"):
        read_draft(link)


def test_a_fifo_is_refused_not_waited_on(runner, tmp_path) -> None:
    fifo = tmp_path / "x.txt"
    os.mkfifo(fifo)
    result = runner.invoke(app, ["check", str(fifo)])
    assert result.exit_code == 2 and "不是普通文件" in result.output


def test_a_huge_text_draft_is_refused_unread(tmp_path) -> None:
    big = tmp_path / "大.txt"
    with big.open("wb") as handle:
        handle.truncate(MAX_TEXT_DRAFT_BYTES + 1)  # sparse: costs no disk
    with pytest.raises(SpeechdraftError, match="文件太大"):
        read_draft(big)


def test_utf16_with_a_byte_order_mark_is_read(tmp_path) -> None:
    draft = tmp_path / "记事本.txt"
    draft.write_bytes(GOOD_TEXT.encode("utf-16"))
    assert read_draft(draft).paragraphs[1] == "同志们："


@pytest.mark.parametrize(
    ("raw", "needle"),
    [
        (GOOD_TEXT.encode("utf-16-le"), "缺少开头标记"),
        (bytes(range(256)) * 40, "二进制文件"),
        (bytes(range(1, 256)) * 40, "二进制文件"),  # no NUL byte
        (b"\x01\x02\xb0\xa1\x1b" * 1000, "二进制文件"),  # decodes as GB18030
    ],
    ids=["utf16-no-bom", "binary", "binary-without-nul", "binary-as-gb18030"],
)
def test_binary_and_bomless_utf16_text_is_named_not_checked(runner, tmp_path, raw, needle) -> None:
    draft = tmp_path / "稿.txt"
    draft.write_bytes(raw)
    result = runner.invoke(app, ["check", str(draft)])
    assert result.exit_code == 2 and needle in result.output, result.output
    assert "没有发现问题" not in result.output


def test_gbk_text_is_still_read(tmp_path) -> None:
    draft = tmp_path / "旧稿.txt"
    draft.write_bytes(GOOD_TEXT.encode("gbk"))
    assert read_draft(draft).paragraphs[2] == "今年全县教育工作稳步推进。"


def test_check_plan_phase_is_linear_on_paragraphs_without_full_stops() -> None:
    """A pasted page that lost its 。！？；: every phase word used to copy the whole
    paragraph (195,000 characters: about 10 s before, a fraction of a second now)."""
    from speechdraft.lint.checks import CheckInput, build_outline, check_plan_phase, is_junk
    from speechdraft.lint.reader import draft_from_text

    body = "去年是十四五规划开局之年、" * 15_000
    draft = draft_from_text(f"在2025年全县教育工作会议上的讲话\n同志们：\n{body}\n")
    data = CheckInput(draft, build_outline(draft, is_junk), "county", 2025)
    started = time.perf_counter()
    findings = check_plan_phase(data)
    elapsed = time.perf_counter() - started
    assert len(findings) == 15_000  # 2024 was the fourth year, not 开局之年
    assert elapsed < 4, elapsed
