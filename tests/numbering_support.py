"""What the numbering tests share: which headings are printed without a number, worked out
from the heading list on its own (an oracle for compose/structure.py, not a call into it)."""

from __future__ import annotations

from collections.abc import Sequence

from speechdraft.document import Heading


def alone_under_parent(headings: Sequence[Heading], index: int) -> bool:
    """A sub-heading with no sibling under its parent heading: printed without a number
    (a （一） with no （二） is a list of one)."""
    level = headings[index].level
    if level == 1:
        return False
    siblings = 0
    for step in (-1, 1):
        at = index + step
        while 0 <= at < len(headings) and headings[at].level >= level:
            siblings += headings[at].level == level
            at += step
    return siblings == 0
