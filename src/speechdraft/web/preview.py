"""The live preview: a draft laid out as the page prints it, for the browser to draw.

GB/T 9704 sets 22 lines of 28 characters on an A4 page; the preview wraps each paragraph
on that grid (Latin letters and digits take half a place), so the clerk sees about where
pages break. It is an approximation for the eye: the .docx and its PDF are the print.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from speechdraft.document import Document, Heading, Paragraph, Run

LINES_PER_PAGE = 22
CHARS_PER_LINE = 28
TITLE_CHARS_PER_LINE = 20  # 2号 title type: about 28 × 16 pt / 22 pt places
TITLE_GRID_LINES = 2  # a title line takes about two body lines of height
INDENT = 2  # 左空二字
CHARS_PER_MINUTE = 200

# Punctuation a line may not start with: it hangs at the end of the line before, as Word
# and WPS set Chinese text.
NO_LINE_START = frozenset("，。、；：？！）》」』”’〕】…—")

# A 【建议：…】 mark (from the phrase bank) is shown like a 【待补：…】 one, in its own colour.
_SUGGESTION = re.compile(r"【建议[:：][^】]*】")
_PLACEHOLDER_LABEL = re.compile(r"【(?:待补|建议)[:：]([^（】]*)")


@dataclass
class Segment:
    text: str
    mark: str = ""  # "" | todo | suggest
    ref: str = ""  # the label the mark asks for (to find its form field)
    head: bool = False  # a heading's own words (run-in text after it is not)

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "mark": self.mark, "ref": self.ref, "head": self.head}


@dataclass
class Line:
    role: str  # title | meta | salutation | h1 | h2 | h3 | body | blank
    segments: list[Segment] = field(default_factory=list)
    first: bool = True  # the paragraph's first line (indented)
    height: int = 1  # grid lines it occupies

    def to_json(self) -> dict[str, Any]:
        return {
            "role": self.role,
            "first": self.first,
            "segments": [s.to_json() for s in self.segments],
        }


def width(ch: str) -> float:
    return 1.0 if unicodedata.east_asian_width(ch) in ("W", "F", "A") else 0.5


def segments_of(runs: tuple[Run, ...]) -> list[Segment]:
    """Runs as marked segments: placeholder runs are 待补; 【建议：…】 inside a run is 建议."""
    segments: list[Segment] = []
    for run in runs:
        if run.placeholder:
            segments.append(Segment(run.text, "todo", _ref(run.text)))
            continue
        if run.check:  # 【待核：单位是否为万元】: to be checked, highlighted like a suggestion
            segments.append(Segment(run.text, "suggest"))
            continue
        position = 0
        for match in _SUGGESTION.finditer(run.text):
            if match.start() > position:
                segments.append(Segment(run.text[position : match.start()]))
            segments.append(Segment(match.group(), "suggest", _ref(match.group())))
            position = match.end()
        if position < len(run.text):
            segments.append(Segment(run.text[position:]))
    return segments


def _ref(text: str) -> str:
    match = _PLACEHOLDER_LABEL.match(text)
    return match.group(1).strip() if match else ""


def wrap(segments: list[Segment], role: str, capacity: float, indent: float) -> list[Line]:
    """Breaks segments into lines of ``capacity`` places, the first line indented."""
    lines = [Line(role, [], first=True)]
    used = indent
    for segment in segments:
        for ch in segment.text:
            w = width(ch)
            if used + w > capacity + 1e-9 and ch not in NO_LINE_START:
                lines.append(Line(role, [], first=False))
                used = 0.0
            line = lines[-1]
            last = line.segments[-1] if line.segments else None
            if last and (last.mark, last.ref, last.head) == (
                segment.mark,
                segment.ref,
                segment.head,
            ):
                last.text += ch
            else:
                line.segments.append(Segment(ch, segment.mark, segment.ref, segment.head))
            used += w
    return lines


def document_lines(document: Document) -> list[Line]:
    lines: list[Line] = []
    for piece in _title_pieces(document.title):
        for line in wrap([Segment(piece)], "title", TITLE_CHARS_PER_LINE, 0):
            line.height = TITLE_GRID_LINES
            lines.append(line)
    for meta in document.meta_lines:
        lines += wrap(segments_of(meta.runs), "meta", CHARS_PER_LINE, 0)
    lines.append(Line("blank"))
    for block in document.blocks:
        lines += _block_lines(block)
    return lines


def _title_pieces(title: str) -> list[str]:
    return [piece for piece in title.split("\n") if piece] or [""]


def _block_lines(block: Heading | Paragraph) -> list[Line]:
    if isinstance(block, Heading):
        # Run-in text after a heading stays in its paragraph, in body type.
        head = [Segment(block.number, head=True)] + [
            Segment(s.text, s.mark, s.ref, head=True) for s in segments_of(block.runs)
        ]
        return wrap(
            head + segments_of(block.body), f"h{min(block.level, 3)}", CHARS_PER_LINE, INDENT
        )
    if block.role == "blank":
        return [Line("blank")]
    indent = INDENT if block.role == "body" else 0
    return wrap(segments_of(block.runs), block.role, CHARS_PER_LINE, indent)


def paginate(lines: list[Line]) -> list[list[Line]]:
    pages: list[list[Line]] = [[]]
    used = 0
    for line in lines:
        if used + line.height > LINES_PER_PAGE:
            pages.append([])
            used = 0
        pages[-1].append(line)
        used += line.height
    return pages


def part_counts(document: Document) -> list[dict[str, Any]]:
    """Characters, minutes, 待补 and 建议 per top-level part; text before the first is 开头."""
    parts: list[dict[str, Any]] = [_part("开头")]
    for block in document.blocks:
        if isinstance(block, Heading) and block.level == 1:
            parts.append(_part(block.number + block.title))
        segments = segments_of(_all_runs(block))
        part = parts[-1]
        part["chars"] += sum(1 for ch in block.text if not ch.isspace())
        part["todo"] += sum(1 for s in segments if s.mark == "todo")
        part["suggest"] += sum(1 for s in segments if s.mark == "suggest")
    for part in parts:
        part["minutes"] = round(part["chars"] / CHARS_PER_MINUTE, 1)
    return [part for part in parts if part["chars"] or part["name"] != "开头"]


def _part(name: str) -> dict[str, Any]:
    return {"name": name, "chars": 0, "todo": 0, "suggest": 0}


def _all_runs(block: Heading | Paragraph) -> tuple[Run, ...]:
    return block.runs + block.body if isinstance(block, Heading) else block.runs


def outline(document: Document) -> list[dict[str, Any]]:
    return [{"level": h.level, "number": h.number, "title": h.title} for h in document.headings()]


def preview_json(document: Document, notes: tuple[str, ...] = ()) -> dict[str, Any]:
    pages = paginate(document_lines(document))
    parts = part_counts(document)
    chars = document.char_count()
    return {
        "title": document.title,
        "pages": [[line.to_json() for line in page] for page in pages],
        "outline": outline(document),
        "parts": parts,
        "chars": chars,
        "minutes": round(chars / CHARS_PER_MINUTE, 1),
        "page_count": len(pages),
        "todo": sum(p["todo"] for p in parts),
        "suggest": sum(p["suggest"] for p in parts),
        "notes": list(notes),
    }
