"""`check --fix` (issues 10 and 12): the corrected copy differs from the original only
in the characters corrected, keeps the original's encoding, corrects punctuation split
across runs, names where it wrote and never replaces a copy without --force."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from lxml import etree
from typer.testing import CliRunner

from speechdraft.cli import app

TEXT = "在全县教育工作会议上的讲话\n同志们:\n全县教育,稳步发展。(一)抓好安全!\n"
FIXED = "在全县教育工作会议上的讲话\n同志们：\n全县教育，稳步发展。（一）抓好安全！\n"
FULL = {",": "，", ":": "：", ";": "；", "!": "！", "?": "？", "(": "（", ")": "）"}


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def tiny_png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x00\x00")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def _field(run, kind: str) -> None:
    element = OxmlElement("w:fldChar")
    element.set(qn("w:fldCharType"), kind)
    run._r.append(element)


def rich_docx(path: Path) -> Path:
    """Split punctuation, an image, a PAGE field, a footnote reference and a page break,
    each in a run whose text also needs correcting."""
    document = docx.Document()
    document.add_paragraph("在全县教育工作会议上的讲话")
    split = document.add_paragraph()
    for piece in ("全县教育", ",", "稳步发展。"):
        split.add_run(piece)
    pictured = document.add_paragraph().add_run("见图(一)")
    pictured.add_picture(io.BytesIO(tiny_png()))
    page = document.add_paragraph()
    begin = page.add_run("第(")
    _field(begin, "begin")
    instruction = OxmlElement("w:instrText")
    instruction.text = " PAGE "
    begin._r.append(instruction)
    _field(begin, "end")
    page.add_run(")页")
    noted = document.add_paragraph().add_run("据统计,")
    reference = OxmlElement("w:footnoteReference")
    reference.set(qn("w:id"), "1")
    noted._r.append(reference)
    broken = document.add_paragraph().add_run("以上(完)")
    broken.add_break(WD_BREAK.PAGE)
    document.add_paragraph("同志们:下一步工作。")
    document.save(str(path))
    return path


def _elements(xml: bytes) -> list[etree._Element]:
    return list(etree.fromstring(xml).iter())


def assert_only_punctuation_differs(original: Path, copy: Path) -> int:
    """Same parts in the same order; every part but the body byte-identical; the body's
    XML identical in every tag, attribute and tail, w:t text differing only by
    half-width → full-width. Returns the characters changed."""
    with zipfile.ZipFile(original) as a, zipfile.ZipFile(copy) as b:
        assert [i.filename for i in a.infolist()] == [i.filename for i in b.infolist()]
        for info in a.infolist():
            if info.filename != "word/document.xml":
                assert a.read(info) == b.read(info.filename), info.filename
        before, after = (
            _elements(a.read("word/document.xml")),
            _elements(b.read("word/document.xml")),
        )
    assert len(before) == len(after)
    changed = 0
    for old, new in zip(before, after, strict=True):
        assert (old.tag, dict(old.attrib), old.tail) == (new.tag, dict(new.attrib), new.tail)
        if old.text == new.text:
            continue
        assert old.tag == qn("w:t"), old.tag
        assert len(old.text) == len(new.text)
        for x, y in zip(old.text, new.text, strict=True):
            assert x == y or FULL[x] == y
            changed += x != y
    return changed


def test_docx_copy_differs_only_in_corrected_characters(runner, tmp_path) -> None:
    original = rich_docx(tmp_path / "稿.docx")
    before = original.read_bytes()
    result = runner.invoke(app, ["check", str(original), "--fix"])
    assert result.exit_code == 0, result.output
    copy = tmp_path / "稿.已改标点.docx"
    assert f"已另存改正后的副本：{copy}" in result.output
    assert original.read_bytes() == before
    assert assert_only_punctuation_differs(original, copy) == 9
    paragraphs = [p.text for p in docx.Document(str(copy)).paragraphs]
    assert "全县教育，稳步发展。" in paragraphs  # the comma in a run of its own
    assert "第（ PAGE ）页" not in paragraphs and "第（）页" in paragraphs
    xml = zipfile.ZipFile(copy).read("word/document.xml").decode()
    for kept in ("<w:drawing", "w:instrText", "w:footnoteReference", 'w:type="page"'):
        assert kept in xml, kept
    recheck = runner.invoke(app, ["check", str(copy)])
    assert "没有发现问题" in recheck.output


def test_existing_copy_is_kept_without_force_and_replaced_with_it(runner, tmp_path) -> None:
    source = tmp_path / "旧稿.txt"
    source.write_text(TEXT, encoding="utf-8")
    copy = tmp_path / "旧稿.已改标点.txt"
    copy.write_text("文秘已经在副本上改过的内容", encoding="utf-8")
    result = runner.invoke(app, ["check", str(source), "--fix"])
    assert result.exit_code == 2
    assert str(copy) in result.output and "--force" in result.output
    assert copy.read_text(encoding="utf-8") == "文秘已经在副本上改过的内容"
    result = runner.invoke(app, ["check", str(source), "--fix", "--force"])
    assert result.exit_code == 0, result.output
    assert copy.read_text(encoding="utf-8") == FIXED
    assert f"已另存改正后的副本：{copy}（改正标点 5 处" in result.output


@pytest.mark.parametrize("codec", ["gbk", "utf-8-sig", "utf-16"])
def test_text_copy_keeps_the_encoding_it_was_read_in(runner, tmp_path, codec) -> None:
    source = tmp_path / "稿.txt"
    source.write_bytes(TEXT.replace("\n", "\r\n").encode(codec))
    result = runner.invoke(app, ["check", str(source), "--fix"])
    assert result.exit_code == 0, result.output
    raw = (tmp_path / "稿.已改标点.txt").read_bytes()
    assert raw == FIXED.replace("\n", "\r\n").encode(codec)
    assert "\ufffd" not in raw.decode(codec)


def test_nothing_to_correct_writes_no_copy_and_says_so(runner, tmp_path) -> None:
    source = tmp_path / "稿.txt"
    source.write_text(FIXED, encoding="utf-8")
    result = runner.invoke(app, ["check", str(source), "--fix"])
    assert result.exit_code == 0 and "没有需要改正的半角标点" in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["稿.txt"]


def test_a_copy_that_is_another_input_is_never_replaced(runner, tmp_path) -> None:
    source = tmp_path / "稿.txt"
    source.write_text(TEXT, encoding="utf-8")
    other = tmp_path / "稿.已改标点.txt"
    other.write_text(TEXT, encoding="utf-8")
    result = runner.invoke(app, ["check", str(source), str(other), "--fix", "--force"])
    assert result.exit_code == 2 and "就是输入文件" in result.output
    assert other.read_text(encoding="utf-8") == TEXT


@pytest.mark.parametrize("columns", ["80", "40"])
def test_text_output_never_breaks_a_message_or_a_name(runner, tmp_path, columns) -> None:
    source = tmp_path / ("很长的文件名" * 8 + ".txt")
    source.write_text(TEXT, encoding="utf-8")
    result = runner.invoke(app, ["check", str(source)], env={"COLUMNS": columns})
    lines = result.output.splitlines()
    assert any(str(source) in line for line in lines), result.output
    message = "应改为全角；--fix 可生成改正后的副本"
    assert sum(message in line for line in lines) == 3, result.output


def test_text_output_lists_at_most_a_hundred_findings_per_rule(runner, tmp_path) -> None:
    source = tmp_path / "长稿.txt"
    source.write_text(TEXT + "全县教育,稳步发展。\n" * 150, encoding="utf-8")
    result = runner.invoke(app, ["check", str(source)])
    assert result.output.count("应改为全角") == 100
    assert "另有 53 处同类问题没有列出" in result.output
    assert "共 153 处" in result.output
    as_json = runner.invoke(app, ["check", str(source), "--format", "json"])
    assert as_json.output.count('"rule": "punctuation"') == 153
