"""Reading any speech draft — ours or anyone's — into clean paragraphs.

Drafts arrive as .docx, .txt or .md, often pasted from web pages: site banners, page
counters, lost line breaks, two headings run together. This module only splits and
tidies; deciding what is junk or a heading belongs to outline.py and checks.py, which
need the junk lines kept to report them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from speechdraft.errors import SpeechdraftError

SUPPORTED = (".docx", ".txt", ".md")


@dataclass(frozen=True)
class SourceDraft:
    """A draft as paragraphs of text; ``paragraphs[i]`` is what findings call paragraph i."""

    file: str
    paragraphs: tuple[str, ...]


def read_draft(path: Path) -> SourceDraft:
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise SpeechdraftError(
            f"无法读取 {path}：只支持 .docx、.txt 和 .md 文件（.doc 请先在 Word/WPS 中另存为 .docx）"
        )
    try:
        lines = _docx_lines(path) if suffix == ".docx" else _text_lines(path)
    except FileNotFoundError:
        raise SpeechdraftError(f"找不到文件 {path}：请检查路径和文件名") from None
    except IsADirectoryError:
        raise SpeechdraftError(f"{path} 是一个文件夹，不是讲话稿文件") from None
    except OSError as exc:
        raise SpeechdraftError(f"无法读取 {path}（{exc.strerror or exc}）") from None
    if suffix == ".md":
        lines = [_strip_markdown(line) for line in lines]
    return SourceDraft(str(path), tuple(split_paragraphs(lines)))


def draft_from_text(text: str, file: str = "<text>") -> SourceDraft:
    return SourceDraft(file, tuple(split_paragraphs(text.splitlines())))


def _docx_lines(path: Path) -> list[str]:
    import zipfile

    from docx import Document

    try:
        document = Document(str(path))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise SpeechdraftError(
            f"无法读取 {path}：这不是有效的 .docx 文件（{type(exc).__name__}）"
        ) from None
    # A line break inside a paragraph (long titles and headings) is layout, not text.
    return [paragraph.text.replace("\n", "") for paragraph in document.paragraphs]


def _text_lines(path: Path) -> list[str]:
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):  # pasted drafts are often saved as GBK
        try:
            return raw.decode(encoding).splitlines()
        except UnicodeDecodeError:
            continue
    raise SpeechdraftError(f"无法读取 {path}：文件编码无法识别，请另存为 UTF-8 编码的文本")


_MD_MARKUP = re.compile(r"^\s{0,3}(#{1,6}\s+|[-*+]\s+|>\s*)|\*\*|__")


def _strip_markdown(line: str) -> str:
    return _MD_MARKUP.sub("", line)


# A heading number glued after a finished sentence or heading: “…工作。二、强化保障” or
# “一、提高站位（一）聚焦重点”. Only numbers that start a clause are split off.
_GLUED_HEADING = re.compile(
    r"(?<=[。！？；])\s*(?=(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]))"
)
_HEADING_THEN_SUBHEADING = re.compile(
    r"^(\s*[一二三四五六七八九十]{1,3}、[^。！？；（(]{4,40}?)(?=[（(][一二三四五六七八九十]{1,3}[）)])"
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
