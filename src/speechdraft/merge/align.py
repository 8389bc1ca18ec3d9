"""Pairing paragraphs across versions of a draft.

The clerk may rewrite, delete, add and reorder paragraphs, so the edited document is
paired with what was generated without assuming order: identical text first, then the
most similar remaining paragraph. The generated and the new render carry ids from the
document model (writers/record.py) and pair by id, then by similarity for what is left.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from difflib import SequenceMatcher

SIMILAR = 0.5  # below this share of common characters two paragraphs are different ones


def similarity(a: str, b: str) -> float:
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    if matcher.real_quick_ratio() < SIMILAR or matcher.quick_ratio() < SIMILAR:
        return 0.0
    return matcher.ratio()


def pair_by_text(left: Sequence[str], right: Sequence[str]) -> dict[int, int]:
    """left index → right index, one to one, order not assumed."""
    pairs: dict[int, int] = {}
    free: dict[str, list[int]] = defaultdict(list)
    for index, text in enumerate(right):
        free[text].append(index)
    for index, text in enumerate(left):
        if free.get(text):
            pairs[index] = free[text].pop(0)
    pairs.update(_pair_similar(left, right, pairs))
    return pairs


def _pair_similar(
    left: Sequence[str], right: Sequence[str], taken: dict[int, int]
) -> dict[int, int]:
    """The best remaining matches, best first, each paragraph used once."""
    used = set(taken.values())
    candidates = []
    for i, text in enumerate(left):
        if i in taken or not text.strip():
            continue
        for j, other in enumerate(right):
            if j in used or not other.strip():
                continue
            score = similarity(text, other)
            if score >= SIMILAR:
                # prefer the nearer position on a tie: a repeated sentence stays in place
                candidates.append((score, -abs(i - j), i, j))
    pairs: dict[int, int] = {}
    for _, _, i, j in sorted(candidates, reverse=True):
        if i not in pairs and j not in used:
            pairs[i] = j
            used.add(j)
    return pairs


def pair_by_id(
    left_ids: Sequence[str], left: Sequence[str], right_ids: Sequence[str], right: Sequence[str]
) -> dict[int, int]:
    """left index → right index by id, then by similarity for paragraphs whose id changed
    (a heading whose title the new profile reworded)."""
    where = {pid: j for j, pid in enumerate(right_ids)}
    pairs = {i: where[pid] for i, pid in enumerate(left_ids) if pid in where}
    pairs.update(_pair_similar(left, right, pairs))
    return pairs
