"""The document model: what a draft says and how it is structured, with no layout.

Templates produce markup; ``structure.parse_markup`` turns it into a :class:`Document`
whose headings already carry their computed numbers. Writers (.docx, text) only read it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property


@dataclass(frozen=True)
class Run:
    """A stretch of text; a placeholder run stands for a fact the profile lacks, a
    suggestion run for a specific (deadline, frequency, quota) the clerk must confirm, a
    check run (【待核：…】) for something the clerk gave that the draft cannot say for sure
    (a sum typed with no unit)."""

    text: str
    placeholder: bool = False
    suggestion: bool = False
    check: bool = False


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
    """A sentence that announces a count (下面，我讲三点意见) and what it counts: the
    top-level parts or the sections of one part. ``paragraph`` is where it stands: a block
    index in a generated Document, a paragraph index in a draft the linter reads."""

    paragraph: int
    scope: str  # parts | sections
    count: int | None  # None: 讲几点意见 announces parts without saying how many
    text: str = ""  # the words that announce it, as found in a draft


# a gap the title leaves (a concluding speech whose profile names no meeting)
_TITLE_GAP = re.compile(r"【待补[^】]*】")


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
        """The 【待补：…】 marks, the title's first (在【待补：会议名称】上的总结讲话)."""
        titled: list[str] = _TITLE_GAP.findall(self.title)
        return titled + [r.text for r in self.runs() if r.placeholder]

    def suggestions(self) -> list[str]:
        """The 【建议：…】 marks, in reading order."""
        return [r.text for r in self.runs() if r.suggestion]

    def checks(self) -> list[str]:
        """The 【待核：…】 marks, in reading order."""
        return [r.text for r in self.runs() if r.check]

    def spoken_lines(self) -> list[str]:
        """Each block as the speaker reads it: headings without their numbers (一、（一）),
        which are layout, not words; run-in text stays with its heading."""
        return [
            block.title + "".join(r.text for r in block.body)
            if isinstance(block, Heading)
            else block.text
            for block in self.blocks
        ]

    def body_text(self) -> str:
        """The speech's running text without title and meta lines (for counting)."""
        return "".join(block.text for block in self.blocks)

    def char_count(self) -> int:
        """Characters a speaker reads: everything but whitespace, title and meta lines."""
        return self._chars

    @cached_property
    def _chars(self) -> int:  # length fitting asks for it many times per draft
        return visible_chars(self.body_text())

    def part_lengths(self) -> list[tuple[str, int]]:
        """Characters per top-level part; text before the first part is 开头."""
        lengths: list[tuple[str, int]] = [("开头", 0)]
        for block in self.blocks:
            if isinstance(block, Heading) and block.level == 1:
                lengths.append((block.number + block.title, 0))
            name, count = lengths[-1]
            lengths[-1] = (name, count + visible_chars(block.text))
        return lengths


# The fact-gathering form (``checklist``): a document too, built in returns/ and printed by
# the writers, so its model lives here beside the speech's.


ACTUAL = "上年实际"
TARGET = "今年目标"
# What a cell may hold: the forms validate by it and collect checks by it.
TEXT, NUMBER, PERCENT, DATE = "text", "number", "percent", "date"


# A checklist's title: 全县教育工作会议材料收集表, or 讲话材料收集清单（…） without a meeting name
CHECKLIST_NAMED_END, CHECKLIST_PLAIN_START = "材料收集表", "讲话材料收集清单"


def is_checklist(paragraphs: Sequence[str]) -> bool:
    """A checklist by its title line, not a speech: its numbered rows restart under each
    department's heading, which check would read as a speech's numbering gone wrong."""
    first = next((p.strip() for p in paragraphs if p.strip()), "")
    return first.startswith(CHECKLIST_PLAIN_START) or first.endswith(CHECKLIST_NAMED_END)


@dataclass(frozen=True)
class ChecklistRow:
    item: str  # 数据项, as the department reads it
    unit: str
    source: str  # the department that provides it
    required: bool
    key: str = ""  # stable id: general:speaker.name, priority:compulsory:group_coverage:target …
    period: str = ""  # 上年实际 | 今年目标 | "" (not a figure)
    scope: str = ""  # 口径说明
    value_type: str = TEXT
    lower_is_better: bool = False

    @property
    def is_figure(self) -> bool:
        return self.value_type != TEXT


@dataclass(frozen=True)
class ChecklistSection:
    title: str
    rows: tuple[ChecklistRow, ...]


@dataclass(frozen=True)
class MeetingInfo:
    """What the form shows on top so a department knows which meeting it answers for."""

    name: str = ""
    year: int | None = None
    level: str = ""  # 县, 地级市 …
    region: str = ""
    deadline: str = ""  # 截止时间, e.g. 2025年3月5日

    def header_lines(self) -> list[str]:
        lines = []
        if self.name:
            lines.append(f"会议名称：{self.name}")
        facts = []
        if self.year:
            facts.append(f"会议年份：{self.year}年")
        if self.region or self.level:
            facts.append(f"地区：{self.region}（{self.level}级）" if self.level else self.region)
        if facts:
            lines.append("　".join(facts))
        if self.deadline:
            lines.append(f"报送截止时间：{self.deadline}")
        return lines


@dataclass(frozen=True)
class Checklist:
    title: str
    sections: tuple[ChecklistSection, ...]
    meeting: MeetingInfo = field(default_factory=MeetingInfo)
    kind: str = ""

    def rows(self) -> list[ChecklistRow]:
        return [row for section in self.sections for row in section.rows]

    def departments(self) -> list[str]:
        """The providing departments in the order their first item appears."""
        return list(dict.fromkeys(row.source for row in self.rows()))

    def by_key(self) -> dict[str, ChecklistRow]:
        return {row.key: row for row in self.rows()}

    def section_of(self, key: str) -> ChecklistSection:
        return next(s for s in self.sections if any(r.key == key for r in s.rows))


def visible_chars(text: str) -> int:
    """Characters that are not whitespace. str.split() splits on exactly the characters
    str.isspace() accepts, in C: length fitting counts every rendered draft, and a Python
    loop over each character was a sixth of the time of a draft."""
    return len("".join(text.split()))
