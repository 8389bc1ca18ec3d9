"""Plain-text output: the full draft for ``preview`` and examples/, or only its headings."""

from __future__ import annotations

from speechdraft.document import Document, Heading

INDENT = "\u3000\u3000"  # 左空二字, as printed


def to_text(document: Document) -> str:
    lines = [document.title, *(line.text for line in document.meta_lines), ""]
    for block in document.blocks:
        if isinstance(block, Heading) or block.role == "body":
            lines.append(INDENT + block.text)
        else:
            lines.append(block.text)
    return "\n".join(lines) + "\n"


def to_outline(document: Document) -> str:
    lines = [document.title]
    for heading in document.headings():
        lines.append(INDENT * (heading.level - 1) + heading.number + heading.title)
    return "\n".join(lines) + "\n"
