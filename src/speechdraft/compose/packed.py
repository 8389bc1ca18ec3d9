"""A kept rarity's weights, packed: looked up where a draft asks, never unpickled whole.

The built-in bank's rarity (restate.builtin_rarity) weighs some 20,000 content pairs, each
two characters; a cold render unpickled all of them into a dict (37 M instructions, the
largest kept value after the bank) to look up the 3,000–4,000 pairs its draft asks about.
Here the pairs are kept as a sorted array of their two characters' code points and an
array of their weights (both read as bytes, nothing built), and a pair is looked up by
bisection; a pair of any other shape (none in today's bank) is kept in a small dict.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Iterator, Mapping
from typing import Any

_BMP = 0x10000


def _code(pair: str) -> int | None:
    """Two characters of the Basic Multilingual Plane as one 32-bit number; else None."""
    if len(pair) != 2:
        return None
    first, second = ord(pair[0]), ord(pair[1])
    if first >= _BMP or second >= _BMP:
        return None
    return first << 16 | second


class PackedWeights(Mapping[str, float]):
    """Weights by pair, read-only, with ``get`` as a dict's."""

    def __init__(self, codes: bytes, values: bytes, order: bytes, others: dict[str, float]) -> None:
        self._codes = array("I", codes)
        self._values = array("d", values)
        self._order = order  # where each pair stands among the codes, in the order counted
        self._others = others
        # the pairs found so far, as a dict: a process of many drafts weighs each new wording
        # (a few dozen a warm draft, some 15 pairs each) and the bisection in Python cost
        # more than the rest of the weighing (speed35); only pairs of the table are kept, so
        # it grows to the table's size at most, whatever a clerk's text holds
        self._found: dict[str, float] = {}

    @classmethod
    def of(cls, weights: Mapping[str, float]) -> PackedWeights:
        packed: list[tuple[int, float, int]] = []
        others: dict[str, float] = {}
        for pair, weight in weights.items():
            code = _code(pair)
            if code is None:
                others[pair] = weight
            else:
                packed.append((code, weight, len(packed)))
        packed.sort()
        codes = array("I", [code for code, _, _ in packed]).tobytes()
        values = array("d", [weight for _, weight, _ in packed]).tobytes()
        order = [0] * len(packed)
        for at, (_, _, counted) in enumerate(packed):
            order[counted] = at
        return cls(codes, values, array("I", order).tobytes(), others)

    def __reduce__(self) -> tuple[Any, ...]:
        codes, values = self._codes.tobytes(), self._values.tobytes()
        return (PackedWeights, (codes, values, self._order, self._others))

    def get(self, pair: str, default: Any = None) -> Any:
        found = self._found.get(pair)
        if found is not None:
            return found
        code = _code(pair)
        if code is None:
            return self._others.get(pair, default)
        codes = self._codes
        at = bisect_left(codes, code)
        if at < len(codes) and codes[at] == code:
            found = self._found[pair] = self._values[at]
            return found
        return default

    def __getitem__(self, pair: str) -> float:
        found = self.get(pair, None)
        if found is None:
            raise KeyError(pair)
        return float(found)

    def __contains__(self, pair: object) -> bool:
        return isinstance(pair, str) and self.get(pair, None) is not None

    def __iter__(self) -> Iterator[str]:
        """The pairs in the order they were counted (the two-character ones first)."""
        codes = self._codes
        for at in array("I", self._order):
            code = codes[at]
            yield chr(code >> 16) + chr(code & 0xFFFF)
        yield from self._others

    def __len__(self) -> int:
        return len(self._codes) + len(self._others)
