"""The markup vocabulary shared by the stages: the tokens templates write (⟦enum⟧,
⟦count:parts⟧, ⟦fact:标签:单位⟧ …) and structure.py reads, the literal markers around
profile text, the 【待补：…】 placeholder a missing fact becomes, and the characters a
.docx cannot hold. One definition each, so writer and reader cannot drift apart."""

from __future__ import annotations

import re

# Private-use code points: profile text between them is printed, never parsed as markup.
LITERAL_OPEN = "\ue000"
LITERAL_CLOSE = "\ue001"

# XML 1.0 refuses these; python-docx would fail on them in the middle of writing a file.
XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def plain(text: str) -> str:
    """Text without the literal markers."""
    return text.replace(LITERAL_OPEN, "").replace(LITERAL_CLOSE, "")


# Tokens: ⟦name⟧ or ⟦name:argument⟧, written by templates and render.py, read by structure.py.
TOKEN_OPEN, TOKEN_CLOSE = "⟦", "⟧"
TOKEN = re.compile(r"⟦([a-z]+)(?::([^⟧]*))?⟧")
ENUM = "⟦enum⟧"  # 一是/二是… within one paragraph
ITEM = "⟦item⟧"  # 一是/二是… across the paragraphs under one heading
RUN_IN = "⟦run⟧"  # a heading's run-in body starts here


def count_token(scope: str) -> str:
    """⟦count:parts⟧ (top-level parts) or ⟦count:sections⟧ (headings in this part)."""
    return f"{TOKEN_OPEN}count:{scope}{TOKEN_CLOSE}"


def fact_token(label: str, unit: str = "") -> str:
    """The token of a missing fact; a label cannot break the token's own syntax."""
    clean = label.replace(TOKEN_OPEN, "").replace(TOKEN_CLOSE, "").replace(":", "：")
    return f"{TOKEN_OPEN}fact:{clean}:{unit}{TOKEN_CLOSE}"


# What a missing fact becomes in the draft, highlighted; check finds what is left of them.
PLACEHOLDER_PATTERN = r"【待补[^】]*】"


def placeholder_text(label: str, unit: str = "") -> str:
    return f"【待补：{label}（{unit}）】" if unit else f"【待补：{label}】"


# Length-gated pieces (issue 13): the one render at the highest length level writes each
# piece said only from level N up as GATE_OPEN, N's code point, the text, GATE_CLOSE (and
# one said only below level N with GATE_BELOW); length fitting keeps the pieces of the
# level it chooses (``at_level``) before parsing.
GATE_OPEN, GATE_BELOW, GATE_CLOSE = "\ue002", "\ue004", "\ue003"
_LEVEL_ZERO = 0xE180  # level N is chr(_LEVEL_ZERO + N), N within −128…127
_GATE_MARK = re.compile("([\ue002\ue004])(.)|\ue003", re.DOTALL)
_ANY_GATE_MARK = re.compile("[\ue002\ue004].?|\ue003", re.DOTALL)


def gate(level: int, text: str) -> str:
    """``text`` as a piece said from length level ``level`` up."""
    return f"{gate_opening(level)}{text}{GATE_CLOSE}" if text else ""


def gate_below(level: int, text: str) -> str:
    """``text`` as a piece said only below length level ``level``."""
    return f"{GATE_BELOW}{_level_mark(level)}{text}{GATE_CLOSE}" if text else ""


def gate_opening(level: int) -> str:
    return GATE_OPEN + _level_mark(level)


def _level_mark(level: int) -> str:
    return chr(_LEVEL_ZERO + max(-128, min(127, level)))


def at_level(markup: str, level: int) -> str:
    """The markup as said at ``level``: pieces of other levels left out (with what is
    inside them), the markers of the others removed. A close without its open is ignored."""
    if GATE_CLOSE not in markup:
        return markup
    kept: list[str] = []
    dropped: list[bool] = []  # per open piece: left out?
    hidden = 0  # open pieces left out around this point
    start = 0
    for mark in _GATE_MARK.finditer(markup):
        if not hidden:
            kept.append(markup[start : mark.start()])
        start = mark.end()
        if mark.group(1) is not None:
            piece_level = ord(mark.group(2)) - _LEVEL_ZERO
            out = piece_level > level if mark.group(1) == GATE_OPEN else level >= piece_level
            dropped.append(out)
            hidden += out
        elif dropped:
            hidden -= dropped.pop()
    if not hidden:
        kept.append(markup[start:])
    return "".join(kept)


class Levelled:
    """One markup read once for every level: ``at(level)`` is ``at_level(markup, level)``.

    Length fitting asks four or five levels of the same markup; each ``at_level`` walked
    all its markers again (some 300 a draft). Here each stretch of text between markers
    gets, once, the levels it is said at: a piece from level N up allows N and above, a
    piece below N allows the levels under N, so a stretch inside several pieces is said
    from the highest N it must reach up to the lowest it must stay under."""

    __slots__ = ("_markup", "_stretches")

    def __init__(self, markup: str) -> None:
        self._markup = markup
        self._stretches: list[tuple[str, float, float]] | None = (
            _stretches(markup) if GATE_CLOSE in markup else None
        )

    def at(self, level: int) -> str:
        if self._stretches is None:  # no piece closes: at_level leaves it as it is
            return self._markup
        return "".join(text for text, low, high in self._stretches if low <= level < high)


def _stretches(markup: str) -> list[tuple[str, float, float]]:
    """The text between markers, each with the levels [low, high) it is said at;
    neighbours said at the same levels joined."""
    stretches: list[tuple[str, float, float]] = []
    low, high = float("-inf"), float("inf")
    around: list[tuple[float, float]] = []  # the levels outside each open piece
    start = 0

    def add(text: str) -> None:
        if not text:
            return
        if stretches and stretches[-1][1:] == (low, high):
            stretches[-1] = (stretches[-1][0] + text, low, high)
        else:
            stretches.append((text, low, high))

    for mark in _GATE_MARK.finditer(markup):
        add(markup[start : mark.start()])
        start = mark.end()
        if mark.group(1) is not None:
            around.append((low, high))
            piece_level = ord(mark.group(2)) - _LEVEL_ZERO
            if mark.group(1) == GATE_OPEN:
                low = max(low, piece_level)
            else:
                high = min(high, piece_level)
        elif around:  # a close without its open is ignored
            low, high = around.pop()
    add(markup[start:])
    return stretches


def without_gates(text: str) -> str:
    """Text that must not open or close a piece (a profile's own words)."""
    return _ANY_GATE_MARK.sub("", text)
