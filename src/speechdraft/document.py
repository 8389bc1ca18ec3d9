"""The document model: what a draft says and how it is structured, with no layout.

Templates produce markup; ``structure.parse_markup`` turns it into a :class:`Document`
whose headings already carry their computed numbers. Writers (.docx, text) only read it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property


@dataclass(frozen=True)
class Run:
    """A stretch of text; a placeholder run stands for a fact the profile lacks."""

    text: str
    placeholder: bool = False


@dataclass(frozen=True)
class Paragraph:
    runs: tuple[Run, ...]
    role: str = "body"  # body | salutation | blank

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


@dataclass(frozen=True)
class Heading:
    """A numbered heading; ``body`` holds run-in text that follows it in the same paragraph."""

    level: int
    number: str
    runs: tuple[Run, ...]
    body: tuple[Run, ...] = ()

    @property
    def title(self) -> str:
        return "".join(r.text for r in self.runs)

    @property
    def text(self) -> str:
        return self.number + self.title + "".join(r.text for r in self.body)


Block = Paragraph | Heading


@dataclass(frozen=True)
class Announcement:
    """A sentence that announces a count (讲三点意见), and what it counts."""

    block_index: int
    scope: str  # parts | sections
    count: int


@dataclass(frozen=True)
class Document:
    title: str
    meta_lines: tuple[Paragraph, ...]  # speaker line, date line
    blocks: tuple[Block, ...]
    numbering: str = "standard"
    announcements: tuple[Announcement, ...] = field(default_factory=tuple)
    author: str = ""

    def headings(self, level: int | None = None) -> Iterator[Heading]:
        for block in self.blocks:
            if isinstance(block, Heading) and (level is None or block.level == level):
                yield block

    def runs(self) -> Iterator[Run]:
        for line in self.meta_lines:
            yield from line.runs
        for block in self.blocks:
            yield from block.runs
            if isinstance(block, Heading):
                yield from block.body

    def placeholders(self) -> list[str]:
        return [r.text for r in self.runs() if r.placeholder]

    def body_text(self) -> str:
        """The speech's running text without title and meta lines (for counting)."""
        return "".join(block.text for block in self.blocks)

    def char_count(self) -> int:
        """Characters a speaker reads: everything but whitespace, title and meta lines."""
        return self._chars

    @cached_property
    def _chars(self) -> int:  # length fitting asks for it many times per draft
        return sum(1 for ch in self.body_text() if not ch.isspace())

    def part_lengths(self) -> list[tuple[str, int]]:
        """Characters per top-level part; text before the first part is 开头."""
        lengths: list[tuple[str, int]] = [("开头", 0)]
        for block in self.blocks:
            if isinstance(block, Heading) and block.level == 1:
                lengths.append((block.number + block.title, 0))
            name, count = lengths[-1]
            lengths[-1] = (name, count + sum(1 for ch in block.text if not ch.isspace()))
        return lengths


# The fact-gathering form (``checklist``): a document too, built in returns/ and printed by
# the writers, so its model lives here beside the speech's.


@dataclass(frozen=True)
class ChecklistRow:
    item: str
    unit: str
    source: str
    required: bool


@dataclass(frozen=True)
class ChecklistSection:
    title: str
    rows: tuple[ChecklistRow, ...]


@dataclass(frozen=True)
class Checklist:
    title: str
    sections: tuple[ChecklistSection, ...]
