"""`check --fix`: a corrected copy that differs from the original only in the
characters corrected (half-width punctuation in Chinese made full-width).

A .docx copy is made by editing the text nodes (w:t) of word/document.xml in place and
copying every other part of the package byte for byte: python-docx's ``run.text``
setter would clear the run, and with it images, field codes (page numbers), footnote
references and page breaks. Punctuation is found on the paragraph's whole text, so a
comma stored in a run of its own ("全县教育" | "," | "稳步发展。") is corrected too.
A text copy is written in the encoding the original was read in (GBK stays GBK).
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

from lxml import etree  # type: ignore[import-untyped]

from speechdraft.lint.checks import fix_punctuation
from speechdraft.lint.reader import open_docx_package, read_text_draft

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_BODY_XML = "word/document.xml"
# What a paragraph's text holds besides w:t: they separate words as check saw them
# (python-docx's paragraph.text), so no correction reaches across a tab or a break.
_SEPARATORS = {_W + "tab": "\t", _W + "br": "\n", _W + "cr": "\n"}


@dataclass(frozen=True)
class CorrectedCopy:
    data: bytes
    corrections: int  # characters changed


FIXED_MARK = "已改标点"


def fixed_copy_path(path: Path) -> Path:
    """旧稿.docx → 旧稿.已改标点.docx, in the same folder."""
    return path.with_name(f"{path.stem}.{FIXED_MARK}{path.suffix}")


def corrected_copy(path: Path) -> CorrectedCopy | None:
    """The corrected file's bytes, or None when there is nothing to correct."""
    if path.suffix.lower() == ".docx":
        return _corrected_docx(path)
    decoded = read_text_draft(path)
    fixed = fix_punctuation(decoded.text)
    changed = sum(a != b for a, b in zip(decoded.text, fixed, strict=True))
    return CorrectedCopy(decoded.encode(fixed), changed) if changed else None


def _corrected_docx(path: Path) -> CorrectedCopy | None:
    with open_docx_package(path) as package:
        original = package.read(_BODY_XML)
        parser = etree.XMLParser(resolve_entities=False, no_network=True)
        root = etree.fromstring(original, parser)
        corrections = sum(_fix_paragraph(p) for p in root.iter(_W + "p"))
        if not corrections:
            return None
        standalone = root.getroottree().docinfo.standalone
        body = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=standalone)
        return CorrectedCopy(_repacked(package, body), corrections)


def _fix_paragraph(paragraph: etree._Element) -> int:
    """Corrects the paragraph's own text nodes (not those of a paragraph nested in a
    text box, which is corrected on its own); returns the characters changed."""
    pieces: list[tuple[etree._Element | None, str]] = []
    for node in paragraph.iter(_W + "t", *_SEPARATORS):
        if next(node.iterancestors(_W + "p"), None) is not paragraph:
            continue
        if node.tag == _W + "t":
            pieces.append((node, node.text or ""))
        else:
            pieces.append((None, _SEPARATORS[node.tag]))
    text = "".join(piece for _, piece in pieces)
    fixed = fix_punctuation(text)  # one character for one: positions stay
    if fixed == text:
        return 0
    position = 0
    for node, piece in pieces:
        new = fixed[position : position + len(piece)]
        position += len(piece)
        if node is not None and new != piece:
            node.text = new
    return sum(a != b for a, b in zip(text, fixed, strict=True))


def _repacked(package: zipfile.ZipFile, body: bytes) -> bytes:
    """The package with word/document.xml replaced; every other part, its order, name,
    date and compression as they were."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as copy:
        for info in package.infolist():
            data = body if info.filename == _BODY_XML else package.read(info)
            copy.writestr(info, data, compress_type=info.compress_type)
    return buffer.getvalue()
