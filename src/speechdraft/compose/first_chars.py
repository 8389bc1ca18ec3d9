"""Which of many patterns can match a text at all, by the characters a match starts with.

``restate`` asks a wording's ideas by searching it with each of some 610 idea patterns,
one by one (``_ideas_worked_out``): a cold render asks it of every sentence no kept answer
covers (the clerk's own sentences, the fitter's padding record), about 12 % of its
instructions, and most of the searches fail at once. Every match of a pattern consumes at
least one character, and its first one is one of a small set that the pattern's parse
tells (``第一责任人|负总责``: 第 or 负). So a text none of whose characters is in that set
cannot match, and is not searched: :class:`FirstChars` keeps, for each character, the
patterns a match can start with it, and a text is searched only with the patterns its
characters point to (and those whose first character the parse cannot tell), in the
patterns' own order. The answers are the plain loop's, exactly; only searches that could
not match are left out.

The table comes from ``re``'s own parser (some 50 ms for 610 patterns), so it is kept
between runs under the patterns' texts and this module's code (``datacache.remembered``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

# a character class wider than this (a range such as \u4e00-\u9fff) is not spelled out:
# the pattern is then searched whatever the text
_WIDEST_RANGE = 64

# (the characters a match can start with, whether the sequence can match empty);
# None: the parse does not say (any character, a back reference, a category, a negated class)
_Start = tuple[set[str], bool] | None


def first_characters(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The characters any match of ``pattern`` starts with, or None where the parse does
    not tell them (or a match can be empty, or case is ignored)."""
    from re import _parser  # type: ignore[attr-defined]

    if not isinstance(pattern.pattern, str) or pattern.flags & re.IGNORECASE:
        return None
    start = _sequence(_parser.parse(pattern.pattern, pattern.flags))
    if start is None or start[1]:
        return None
    return frozenset(start[0])


def _sequence(items: Any) -> _Start:
    """What a sequence of parsed items starts with: the union of its items' up to and
    including the first that cannot match empty."""
    found: set[str] = set()
    for op, value in items:
        start = _item(op, value)
        if start is None:
            return None
        found |= start[0]
        if not start[1]:
            return found, False
    return found, True


def _item(op: Any, value: Any) -> _Start:
    from re import _constants as c  # type: ignore[attr-defined]

    if op is c.LITERAL:
        return {chr(value)}, False
    if op is c.IN:
        return _in(value, c)
    if op is c.SUBPATTERN:
        _group, add_flags, _del_flags, items = value
        return None if add_flags & c.SRE_FLAG_IGNORECASE else _sequence(items)
    if op is c.BRANCH:
        found: set[str] = set()
        empty = False
        for branch in value[1]:
            start = _sequence(branch)
            if start is None:
                return None
            found |= start[0]
            empty = empty or start[1]
        return found, empty
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        low, _high, items = value
        start = _sequence(items)
        return None if start is None else (start[0], start[1] or low == 0)
    if op is c.ATOMIC_GROUP:
        return _sequence(value)
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):  # consume nothing: the next item starts it
        return set(), True
    return None  # ANY, a category, a back reference, a conditional…: could start anywhere


def _in(members: Any, c: Any) -> _Start:
    found: set[str] = set()
    for op, value in members:
        if op is c.LITERAL:
            found.add(chr(value))
        elif op is c.RANGE and value[1] - value[0] <= _WIDEST_RANGE:
            found.update(map(chr, range(value[0], value[1] + 1)))
        else:  # a negated class, a category (\d, \w), a wide range
            return None
    return found, False


def required_characters(pattern: re.Pattern[str]) -> list[list[frozenset[str]]]:
    """For each alternative of the pattern (one where it is not a choice at its top, as
    议定(?:的)?事项; 第一责任人 and 负总责 for 第一责任人|负总责), and for each item of that
    alternative's sequence that no match passes over empty (a character, a class, a group or
    a repeat of one at least once), the characters its part of a match starts with: every
    match of the alternative holds one character of each set (议, 定, 事, 项). Items whose
    start the parse does not tell are passed over; nothing where case is ignored (warm25)."""
    from re import _constants as c  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]

    if not isinstance(pattern.pattern, str) or pattern.flags & re.IGNORECASE:
        return []
    items = list(_parser.parse(pattern.pattern, pattern.flags))
    if len(items) == 1 and items[0][0] is c.BRANCH:
        return [_required(branch) for branch in items[0][1][1]]
    return [_required(items)]


def _required(items: Any) -> list[frozenset[str]]:
    found = []
    for op, value in items:
        start = _item(op, value)
        if start is not None and start[0] and not start[1]:
            found.append(frozenset(start[0]))
    return found


def required_set(
    pattern: re.Pattern[str], which: int, alternatives: list[list[frozenset[str]]] | None = None
) -> frozenset[str] | None:
    """The characters one of which every match of ``pattern`` holds as the start of the
    ``which``-th required item of its alternative (required_characters; -1 the last, and
    only where it is neither the first nor the second), all alternatives' together; None
    where an alternative has no such item. ``alternatives``: required_characters(pattern),
    where the caller has it."""
    if alternatives is None:
        alternatives = required_characters(pattern)
    if not alternatives:
        return None
    found: set[str] = set()
    for sets in alternatives:
        if len(sets) <= (which if which >= 0 else 2):
            return None
        found |= sets[which]
    return frozenset(found)


# Besides the first characters, a text must hold one character of a pattern's second set of
# required characters and one of its last (required_set): two more tables, each asked of a
# text's characters like the first (warm25: of the 87 patterns a clerk's sentence was
# searched with, most start with 要, 学, 教… and fail further on)
_REQUIRED_SETS = (1, -1)


class FirstChars:
    """For each character, the patterns (by their place, a bit each) a match can start
    with; ``always``: those whose start the parse does not tell. ``more``: tables of the same
    kind for other characters every match holds (required_characters), each with its own
    ``always`` (the patterns without such a set): a pattern is searched only where the text
    has a character of each."""

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        self.always = 0
        self.by_char: dict[str, int] = {}
        more: list[tuple[int, dict[str, int]]] = [(0, {}) for _ in _REQUIRED_SETS]
        for place, pattern in enumerate(patterns):
            bit = 1 << place
            chars = first_characters(pattern)
            if chars is None:
                self.always |= bit
            else:
                for char in chars:
                    self.by_char[char] = self.by_char.get(char, 0) | bit
            alternatives = required_characters(pattern)  # parsed once for both tables
            for index, which in enumerate(_REQUIRED_SETS):
                always, by_char = more[index]
                required = required_set(pattern, which, alternatives)
                if required is None:
                    more[index] = (always | bit, by_char)
                    continue
                for char in required:
                    by_char[char] = by_char.get(char, 0) | bit
        self.more = tuple(more)

    def places(self, text: str) -> list[int]:
        """The places of the patterns that can match ``text``, in order."""
        mask = self.always
        get = self.by_char.get
        chars = set(text)
        for char in chars:
            mask |= get(char, 0)
        for always, by_char in self.more:
            if not mask:
                break
            held, get = always, by_char.get
            for char in chars:
                held |= get(char, 0)
            mask &= held
        places = []
        while mask:
            low = mask & -mask
            places.append(low.bit_length() - 1)
            mask ^= low
        return places
