"""A kept phrase bank's areas, safeguards and frames, each unpickled when first asked for.

A cold render unpickled the whole kept bank (1.15 MB: 24 areas, 6 safeguards, 186 frame
slots and every wording's kept answers, about 61 M instructions) for the few areas, safeguards
and frame slots its profile uses (issue 13). A :class:`Shelf` holds them as pickled groups
(an area each; the frame slots by speech kind) with the wordanswers of the group's wordings,
and unpickles a group, installing its answers, the first time one of its entries is asked
for. What is asked of every entry without wanting its units (an area's names and its
sub-topics' aliases, which area files a fact, whether a text is one of the bank's wordings)
is kept beside the groups, so answering it loads nothing it does not need.

A shelf is a read-only mapping in the bank's order: iterating its values loads every group,
and gives what a dict of the same entries would give.
"""

from __future__ import annotations

import pickle
import zlib
from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterator, Mapping
from typing import Any, TypeVar

from speechdraft.wordanswers import ALL, WordAnswers, answer_bank, install

V = TypeVar("V")

_ABSENT = object()


def crc_of(text: str) -> int:
    """What a shelf indexes its wordings by: a number that is the same in every process."""
    return zlib.crc32(text.encode("utf-8", "surrogatepass"))


class Shelf(Mapping[str, V]):
    """Entries by key, kept pickled in groups until one of a group's entries is asked for."""

    def __init__(
        self,
        blobs: dict[str, bytes],
        group: dict[str, str],
        index: dict[str, Any],
        facts: dict[str, str],
        crcs: bytes,
        numbers: bytes,
    ) -> None:
        self._blobs = blobs  # group → pickled (its entries by key, their WordAnswers)
        self._group = group  # key → its group, in the bank's order
        self.index = index  # key → what is asked of every entry (an area's names)
        self.facts = facts  # a fact's every name → the first entry that files it
        # the CRC-32 of every wording (sorted), and the number of the group it is in: a
        # look-up is a bisection, with nothing built when the bank is loaded
        self._crcs = array("I", crcs)
        self._numbers = array("H", numbers)
        self._group_names = tuple(blobs)
        self._open: dict[str, V] = {}
        self._answers: dict[str, WordAnswers] = {}  # an unshelved group's kept answers

    @classmethod
    def of(
        cls,
        entries: Mapping[str, V],
        group_of: Callable[[str], str],
        wordings_of: Callable[[V], tuple[list[str], list[str]]],
        index_of: Callable[[V], Any] | None = None,
        facts_of: Callable[[V], list[str]] | None = None,
    ) -> Shelf[V]:
        """``entries`` shelved: grouped by ``group_of(key)``, each group's wordings (all,
        headings: ``wordings_of``) answered by the registered rules (wordanswers)."""
        groups: dict[str, dict[str, V]] = {}
        group: dict[str, str] = {}
        index: dict[str, Any] = {}
        facts: dict[str, str] = {}
        for key, value in entries.items():
            group[key] = group_of(key)
            groups.setdefault(group[key], {})[key] = value
            if index_of is not None:
                index[key] = index_of(value)
            for name in facts_of(value) if facts_of is not None else ():
                facts.setdefault(name, key)
        blobs: dict[str, bytes] = {}
        pairs: set[tuple[int, int]] = set()
        for number, (name, members) in enumerate(groups.items()):
            wordings: list[str] = []
            headings: list[str] = []
            for value in members.values():
                said, heads = wordings_of(value)
                wordings += said
                headings += heads
            answers = answer_bank(wordings, headings)
            blobs[name] = pickle.dumps((members, answers), protocol=pickle.HIGHEST_PROTOCOL)
            pairs.update((crc_of(text), number) for text in wordings)
        ordered = sorted(pairs)  # a wording in two groups, or two wordings' CRC alike: both
        crcs = array("I", [crc for crc, _ in ordered]).tobytes()
        numbers = array("H", [number for _, number in ordered]).tobytes()
        return cls(blobs, group, index, facts, crcs, numbers)

    def __reduce__(self) -> tuple[Any, ...]:
        crcs, numbers = self._crcs.tobytes(), self._numbers.tobytes()
        return (Shelf, (self._blobs, self._group, self.index, self.facts, crcs, numbers))

    def __getitem__(self, key: str) -> V:
        found = self._open.get(key, _ABSENT)
        if found is _ABSENT:
            self._unshelve(self._group[key])  # a KeyError as a dict's
            return self._open[key]
        return found  # type: ignore[return-value]

    def get(self, key: str, default: Any = None) -> Any:
        found = self._open.get(key, _ABSENT)
        if found is not _ABSENT:
            return found
        return self[key] if key in self._group else default

    def __contains__(self, key: object) -> bool:
        return key in self._group

    def __iter__(self) -> Iterator[str]:
        return iter(self._group)

    def __len__(self) -> int:
        return len(self._group)

    def __repr__(self) -> str:
        return f"Shelf({list(self._group)})"

    def holds(self, text: str, crc: int) -> bool:
        """Whether ``text`` (whose ``crc_of`` is ``crc``) is a wording of one of the entries,
        unshelving only groups whose wordings have its CRC: for a bank wording, the group
        it came from (or, said in several, one already unshelved when there is one)."""
        crcs = self._crcs
        at = bisect_left(crcs, crc)
        groups: list[str] = []
        while at < len(crcs) and crcs[at] == crc:
            groups.append(self._group_names[self._numbers[at]])
            at += 1
        groups.sort(key=lambda group: group not in self._answers)
        for group in groups:
            self._unshelve(group)
            if text in self._answers[group].scopes[ALL]:
                return True
        return False

    def kept_answers(self) -> list[WordAnswers]:
        """Every group's kept answers (every group unshelved)."""
        for group in self._group_names:
            self._unshelve(group)
        return [self._answers[group] for group in self._group_names]

    def _unshelve(self, group: str) -> None:
        if group in self._answers:
            return
        members, answers = _unpickled(self._blobs[group])
        install(answers)
        for key, value in members.items():
            self._open.setdefault(key, value)  # two threads at once: the first one's stays
        self._answers[group] = answers


def _unpickled(blob: bytes) -> tuple[dict[str, Any], WordAnswers]:
    import gc

    collecting = gc.isenabled()
    gc.disable()  # a group is some hundreds of objects, none of them garbage
    try:
        members, answers = pickle.loads(blob)
    finally:
        if collecting:
            gc.enable()
    return members, answers
