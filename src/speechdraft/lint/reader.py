"""Reading any speech draft — ours or anyone's — into clean paragraphs.

Drafts arrive as .docx, .txt or .md, often pasted from web pages: site banners, page
counters, lost line breaks, two headings run together. This module only splits and
tidies; deciding what is junk or a heading belongs to outline.py and checks.py, which
need the junk lines kept to report them.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from speechdraft.errors import SpeechdraftError
from speechdraft.numbering import NUMERAL
from speechdraft.textfiles import (
    DecodedText,
    FileRefused,
    byte_order_mark,
    looks_binary,
    looks_like_utf16,
    megabytes,
    not_text_kind,
    read_bounded,
    regular_file_size,
    too_large,
)

SUPPORTED = (".docx", ".txt", ".md")


@dataclass(frozen=True)
class SourceDraft:
    """A draft as paragraphs of text; ``paragraphs[i]`` is what findings call paragraph i."""

    file: str
    paragraphs: tuple[str, ...]


# Bounds on what a draft may be (see the README's table of limits). A speech is a few
# dozen KB of text; a .docx with photos a few MB. The XML of a 300-page document is
# about 5 MB: these leave room for that and keep a zip bomb or a pasted corpus from
# costing more than seconds and a few hundred MB.
MAX_TEXT_DRAFT_BYTES = 10 * 1024 * 1024  # .txt and .md, on disk
MAX_DOCX_BYTES = 50 * 1024 * 1024  # .docx, on disk
MAX_XML_PART_BYTES = 20 * 1024 * 1024  # one XML part of a .docx, unpacked
MAX_PART_BYTES = 100 * 1024 * 1024  # any other part (a photo), unpacked
MAX_UNPACKED_BYTES = 200 * 1024 * 1024  # all parts together, unpacked

_SAVE_AS = "请在 Word 或 WPS 中打开它，“另存为” .docx 后再检查"
_SAVE_AS_UTF8 = "请用记事本打开，点“另存为”，把“编码”选为“UTF-8”后保存，再检查一次"


def read_draft(path: Path) -> SourceDraft:
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise SpeechdraftError(
            f"无法读取 {path}：只支持 .docx、.txt 和 .md 文件（.doc 请先在 Word/WPS 中另存为 .docx）"
        )
    try:
        lines = _docx_lines(path) if suffix == ".docx" else read_text_draft(path).text.splitlines()
    except FileRefused as exc:
        raise SpeechdraftError(f"无法读取 {path}：{exc.reason}") from None
    if suffix == ".md":
        lines = [_strip_markdown(line) for line in lines]
    return SourceDraft(str(path), tuple(split_paragraphs(lines)))


def draft_from_text(text: str, file: str = "<text>") -> SourceDraft:
    return SourceDraft(file, tuple(split_paragraphs(text.splitlines())))


def _docx_lines(path: Path) -> list[str]:
    """The text of the body's paragraphs, as python-docx's ``Document.paragraphs`` gives
    it (runs and hyperlinks; tabs, line breaks and non-breaking hyphens as characters),
    read straight from word/document.xml: python-docx builds an object per paragraph
    and took about a minute for a body of 400,000 of them."""
    from lxml import etree  # type: ignore[import-untyped]

    with open_docx_package(path) as package:
        try:
            xml = package.read(BODY_PART)
        except (zipfile.BadZipFile, EOFError, OSError, ValueError, zlib.error):
            raise FileRefused(
                f"文件已损坏（正文部分无法解压，可能没有下载或复制完）：{_SAVE_AS}"
            ) from None
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    try:
        root = etree.fromstring(xml, parser)
    except etree.XMLSyntaxError as exc:
        raise FileRefused(_xml_damage(exc)) from None
    body = root.find(_W + "body")
    if body is None:
        return []
    # A line break inside a paragraph (long titles and headings) is layout, not text.
    return [_paragraph_text(p).replace("\n", "") for p in body.iterchildren(_W + "p")]


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
BODY_PART = "word/document.xml"
_RUN_CHARACTERS = {_W + "tab": "\t", _W + "ptab": "\t", _W + "cr": "\n", _W + "noBreakHyphen": "-"}


def _paragraph_text(paragraph: Any) -> str:
    runs = []
    for child in paragraph:
        if child.tag == _W + "r":
            runs.append(child)
        elif child.tag == _W + "hyperlink":
            runs.extend(child.iterchildren(_W + "r"))
    return "".join(_run_text(run) for run in runs)


def _run_text(run: Any) -> str:
    pieces = []
    for element in run:
        tag = element.tag
        if tag == _W + "t":
            pieces.append(element.text or "")
        elif tag == _W + "br":  # a line break; a page or column break is no text
            pieces.append(
                "\n" if element.get(_W + "type", "textWrapping") == "textWrapping" else ""
            )
        elif tag in _RUN_CHARACTERS:
            pieces.append(_RUN_CHARACTERS[tag])
    return "".join(pieces)


def _xml_damage(exc: Exception) -> str:
    if "depth" in str(exc).lower():
        return f"文档内部的结构嵌套层数过多（超过 Word 文档应有的层数），无法安全读取：{_SAVE_AS}"
    return f"文档内部的 XML 已损坏（{exc}）：{_SAVE_AS}"


def open_docx_package(path: Path) -> zipfile.ZipFile:
    """The .docx as a zip archive, after every check that needs no unpacking: not empty,
    not an old .doc or an encrypted (password) file, a zip holding a Word document,
    no encrypted or Deflate64 parts, and every part within the size bounds."""
    size = regular_file_size(path)
    if size == 0:
        raise FileRefused("文件是空的（0 字节），可能在保存或复制时出了错：请找到完整的文件")
    if size > MAX_DOCX_BYTES:
        raise FileRefused(too_large(size, MAX_DOCX_BYTES, ".docx 讲话稿"))
    try:
        with path.open("rb") as handle:
            head = handle.read(8192)
    except OSError as exc:
        raise FileRefused(f"无法读取（{exc.strerror or type(exc).__name__}）") from None
    _refuse_not_a_zip(head)
    try:
        package = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError):
        raise FileRefused(
            f"文件已损坏（zip 包不完整，可能没有下载或复制完）：{_SAVE_AS}，或找到完整的文件"
        ) from None
    try:
        _check_parts(package)
    except BaseException:
        package.close()
        raise
    return package


def _refuse_not_a_zip(head: bytes) -> None:
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        if _OLE_ENCRYPTED in head or _ole_says_encrypted(head):
            raise FileRefused(
                "这个 Word 文件设置了打开密码（已加密），无法读取：请在 Word 中打开，"
                "在“文件 → 信息 → 保护文档”中删除密码，另存一份后再检查"
            )
        raise FileRefused("这是旧版 Word 文件（.doc），只是扩展名被改成了 .docx：" + _SAVE_AS)
    if not head.startswith(b"PK"):
        what = not_text_kind(head)
        if what is None and head.lstrip()[:1] == b"<":
            what = "网页（HTML）或 XML 文件"
        raise FileRefused(
            f"这不是 .docx 文件（而是{what}）：{_SAVE_AS}"
            if what
            else f"这不是有效的 .docx 文件（不是 Word 的 zip 格式）：{_SAVE_AS}"
        )


# An encrypted .docx is an OLE container holding an "EncryptionInfo" stream; its
# directory usually sits in the first sectors, which are read anyway.
_OLE_ENCRYPTED = "EncryptionInfo".encode("utf-16-le")


def _ole_says_encrypted(head: bytes) -> bool:
    return b"E\x00n\x00c\x00r\x00y\x00p\x00t\x00e\x00d\x00P" in head


def _check_parts(package: zipfile.ZipFile) -> None:
    infos = package.infolist()
    if "word/document.xml" not in {info.filename for info in infos}:
        raise FileRefused("这是一个 zip 压缩包，但里面没有 Word 文档的正文：请确认选对了文件")
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise FileRefused(
                f"文件中的“{info.filename}”部分被加密了，无法读取：请在 Word 中删除密码后另存"
            )
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise FileRefused(
                f"文件用了 Word 不使用的压缩方式（{_compression_name(info.compress_type)}），"
                f"多半是用压缩软件重新打包过：{_SAVE_AS}"
            )
        limit = MAX_XML_PART_BYTES if info.filename.endswith((".xml", ".rels")) else MAX_PART_BYTES
        if info.file_size > limit:
            raise FileRefused(
                f"文件中的“{info.filename}”解压后有 {megabytes(info.file_size)}，"
                f"超过了 {megabytes(limit)} 的上限：讲话稿不会这么大，可能是损坏或恶意构造的文件"
            )
        total += info.file_size
    if total > MAX_UNPACKED_BYTES:
        raise FileRefused(
            f"文件解压后共有 {megabytes(total)}，超过了 {megabytes(MAX_UNPACKED_BYTES)} 的上限："
            "讲话稿不会这么大，可能是损坏或恶意构造的文件"
        )


def _compression_name(method: int) -> str:
    return {9: "Deflate64", 12: "BZIP2", 14: "LZMA", 93: "Zstandard"}.get(method, f"第 {method} 种")


def read_text_draft(path: Path) -> DecodedText:
    """A .txt or .md draft: UTF-8 (BOM or not), UTF-16/32 with a BOM, or GBK; a binary
    file or UTF-16 without a BOM is named instead of being read as GB18030 garbage."""
    raw = read_bounded(path, MAX_TEXT_DRAFT_BYTES, "文本讲话稿（.txt、.md）")
    if (what := not_text_kind(raw)) is not None:
        raise FileRefused(f"这是{what}，不是文本文件：请指定 .docx 或 .txt 讲话稿")
    if (found := byte_order_mark(raw)) is not None:
        mark, codec = found
        try:
            return DecodedText(raw[len(mark) :].decode(codec), codec, mark)
        except UnicodeDecodeError:
            raise FileRefused(
                f"文件的编码已损坏（开头标明是 {codec.upper()}）：{_SAVE_AS_UTF8}"
            ) from None
    if b"\x00" in raw:
        if looks_like_utf16(raw):
            raise FileRefused(f"文件是 UTF-16 编码但缺少开头标记：{_SAVE_AS_UTF8}")
        raise FileRefused("这是一个二进制文件（程序、图片或压缩文件等），不是讲话稿")
    for codec in ("utf-8", "gb18030"):  # pasted drafts are often saved as GBK
        try:
            decoded = DecodedText(raw.decode(codec), codec)
        except UnicodeDecodeError:
            continue
        if looks_binary(decoded.text):
            raise FileRefused("这是一个二进制文件（程序、图片或压缩文件等），不是讲话稿")
        return decoded
    if looks_binary(raw.decode("latin-1")):
        raise FileRefused("这是一个二进制文件（程序、图片或压缩文件等），不是讲话稿")
    raise FileRefused(f"文件编码无法识别（既不是 UTF-8，也不是 GBK）：{_SAVE_AS_UTF8}")


_MD_MARKUP = re.compile(r"^\s{0,3}(#{1,6}\s+|[-*+]\s+|>\s*)|\*\*|__")


def _strip_markdown(line: str) -> str:
    return _MD_MARKUP.sub("", line)


# A heading number glued after a finished sentence or heading: “…工作。二、强化保障” or
# “一、提高站位（一）聚焦重点”. Only numbers that start a clause are split off.
_GLUED_HEADING = re.compile(rf"(?<=[。！？；])\s*(?=(?:{NUMERAL}、|[（(]{NUMERAL}[）)]))")
_HEADING_THEN_SUBHEADING = re.compile(
    rf"^(\s*{NUMERAL}、[^。！？；（(]{{4,40}}?)(?=[（(]{NUMERAL}[）)])"
)


def split_paragraphs(lines: list[str]) -> list[str]:
    """Non-empty, stripped paragraphs, with run-together headings split apart."""
    paragraphs: list[str] = []
    for line in lines:
        text = line.replace("\u3000", " ").strip()
        if not text:
            continue
        for piece in _GLUED_HEADING.split(text):
            match = _HEADING_THEN_SUBHEADING.match(piece)
            if match:
                paragraphs.append(match.group(1).strip())
                piece = piece[match.end() :]
            if piece.strip():
                paragraphs.append(piece.strip())
    return paragraphs
