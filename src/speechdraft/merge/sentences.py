"""Chinese sentences, and changes between paragraphs as whole-sentence edits.

A reader of a tracked change wants 把“91.5%”改成“93%”的那句话, not a confetti of single
characters, so differences are taken over sentences split after 。！？；.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

# A sentence ends at 。！？； (several in a row stay together), with a closing quote or
# bracket that follows kept on the sentence it closes.
_SENTENCE = re.compile(r"[^。！？；]*[。！？；]+[”’」』）)]*|[^。！？；]+$")


@dataclass(frozen=True)
class Edit:
    """Replace characters [start, end) of a paragraph's text by ``text``."""

    start: int
    end: int
    text: str


def split_sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE.findall(text) if s]


def _offsets(sentences: list[str]) -> list[int]:
    offsets = [0]
    for sentence in sentences:
        offsets.append(offsets[-1] + len(sentence))
    return offsets


def sentence_edits(old: str, new: str) -> list[Edit]:
    """The whole-sentence edits that turn ``old`` into ``new``, left to right."""
    a, b = split_sentences(old), split_sentences(new)
    where = _offsets(a)
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    return [
        Edit(where[i1], where[i2], "".join(b[j1:j2]))
        for tag, i1, i2, j1, j2 in matcher.get_opcodes()
        if tag != "equal"
    ]


def merge_sentences(base: str, theirs: str, ours: str) -> list[Edit] | None:
    """Edits on ``theirs`` that bring in what ``ours`` changed from ``base``, when the
    two changed different sentences; None when they changed the same one, or inserted
    at the same place (a conflict the clerk must decide)."""
    b, t, o = split_sentences(base), split_sentences(theirs), split_sentences(ours)
    theirs_ops = SequenceMatcher(None, b, t, autojunk=False)
    ours_ops = [op for op in SequenceMatcher(None, b, o, autojunk=False).get_opcodes()]
    changed_by_clerk = [
        (i1, i2) for tag, i1, i2, _, _ in theirs_ops.get_opcodes() if tag != "equal"
    ]
    blocks = theirs_ops.get_matching_blocks()
    where = _offsets(t)
    edits: list[Edit] = []
    for tag, i1, i2, j1, j2 in ours_ops:
        if tag == "equal":
            continue
        if any(_collide((i1, i2), clerk) for clerk in changed_by_clerk):
            return None
        start, end = _mapped(i1, blocks), _mapped(i2, blocks)
        if start is None or end is None:
            return None
        edits.append(Edit(where[start], where[end], "".join(o[j1:j2])))
    return edits


def _collide(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Two changes of base's sentences collide when they share a sentence, or when one
    is an insertion at the other's edge (which comes first is then the clerk's call)."""
    (a1, a2), (b1, b2) = a, b
    if a1 < b2 and b1 < a2:
        return True
    return (a1 == a2 and b1 <= a1 <= b2) or (b1 == b2 and a1 <= b1 <= a2)


def _mapped(position: int, blocks: Sequence[tuple[int, int, int]]) -> int | None:
    """Where a sentence boundary of base stands in theirs, through the unchanged runs."""
    for a, b, size in blocks:
        if a <= position <= a + size and size:
            return b + (position - a)
    return None
