"""Plain-text output: the full draft for ``preview`` and examples/, only its headings, or
the fact-gathering checklist as a form to fill in by hand."""

from __future__ import annotations

from speechdraft.document import Checklist, Document, Heading

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


def checklist_to_text(checklist: Checklist) -> str:
    lines = [checklist.title, *checklist.meeting.header_lines(), ""]
    for section in checklist.sections:
        lines.append(section.title)
        for index, row in enumerate(section.rows, start=1):
            unit = f"（{row.unit}）" if row.unit else ""
            period = f"［{row.period}］" if row.period else ""
            source = f"〔{row.source}〕" if row.source else ""
            mark = "★" if row.required else "　"
            lines.append(f"  {mark}{index}. {row.item}{unit}{period}{source}：________")
        lines.append("")
    return "\n".join(lines)
