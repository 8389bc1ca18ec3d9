"""Whether a length level only pads (issue 11's D and E, branch pad15).

The render keeps a record of what the draft has said (restate.Said) and refuses a piece
that says again what came before it. What it cannot refuse is a piece said before the line
it repeats: a frames line every draft says (a closing's 牵头单位…配合单位, a safety speech's
灾后检查) comes later in the speech than the section's gated piece that says the same, and
a piece gated at a higher level may come before a lower one. Length fitting sees each
level's whole draft: a level whose new sentences all say what the level below already says,
or ask nobody for anything (filler.py), adds length and nothing else, and the readers of every round cut such sentences first
("a section adds generic sentences until it is long enough"). The fitter stops below it
(pipeline._fitted): a shorter draft, with its length note, rather than a padded one.
"""

from __future__ import annotations

import re
from collections import Counter

from speechdraft.compose.filler import is_empty, is_filler
from speechdraft.compose.restate import Said
from speechdraft.markup import TOKEN, plain

_SENTENCE = re.compile(r"[^。！？\n]+[。！？]?")
_LINE_MARK = re.compile(r"^[@#]+\S*\s*")
# a sentence this short (a salutation, a run-in head) says too little to repeat anything
_SHORTEST = 8
# A level is padding when more than this share of what it adds is (pad19, round ah: readers
# labelled 13 % of the lines first said at level 4+, 7 % of those always said; E 17 of 434
# there against 17 of 4,420): (1, 1) was "every new sentence"; (1, 2) is "more than half".
PADDED_SHARE = (1, 2)


def sentences_of(markup: str) -> list[str]:
    """The markup's sentences, tokens and line marks (# 标题, @title) left out."""
    found = []
    for line in plain(markup).splitlines():
        found += _line_sentences(line)
    return found


def _line_sentences(line: str) -> list[str]:
    """One line's sentences (sentences_of)."""
    line = TOKEN.sub("", _LINE_MARK.sub("", line))
    found = []
    for sentence in _SENTENCE.findall(line):
        sentence = sentence.strip()
        if len(sentence) >= _SHORTEST:
            found.append(sentence)
    return found


def only_pads(lower: str, higher: str) -> bool:
    """Whether every sentence ``higher`` adds to ``lower`` (two levels' markup) is padding,
    and there is at least one: it says again what ``lower`` says anywhere — an idea it
    names, or most of one sentence's wording or rare content (Said.repeats) — or it asks
    nobody for anything (filler.is_filler: a comment, a judgement, an empty admonition)."""
    return Padding().only_pads(lower, higher)


class Padding:
    """``only_pads`` asked of one draft's levels in turn (pipeline._below_padding, level by
    level upwards): each level's sentences are split once, not once as the higher and again
    as the lower level, and the record of the lower level's sentences grows by the sentences
    the next level adds instead of being said again from the first (speed17: the fitter
    recorded some 1,000 sentences a draft, the same ones level after level; a line every
    level has is split once).

    The answers are ``only_pads``'s: the record's questions (Said.repeats) look at the set of
    sentences recorded (the ideas' union, each sentence's pairs), not at their order, and a
    record is grown only when the lower level keeps every sentence it holds (a level that
    drops one starts a new record)."""

    def __init__(self) -> None:
        self._split: dict[str, Counter[str]] = {}  # a level's markup → its sentences
        self._lines: dict[str, list[str]] = {}  # a line → its sentences (most lines are
        # every level's)
        self._said: Said | None = None
        self._recorded: set[str] = set()  # the sentences in ``_said``

    def sentences(self, markup: str) -> Counter[str]:
        found = self._split.get(markup)
        if found is None:
            lines, sentences = self._lines, []
            for line in plain(markup).splitlines():
                said = lines.get(line)
                if said is None:
                    said = lines[line] = _line_sentences(line)
                sentences += said
            found = self._split[markup] = Counter(sentences)
        return found

    def only_pads(self, lower: str, higher: str) -> bool:
        before = self.sentences(lower)
        added = list((self.sentences(higher) - before).elements())
        if not added:
            return False
        said = self._record(before)
        padded = sum(
            is_filler(sentence) or is_empty(sentence) or said.repeats(sentence)
            for sentence in added
        )
        return padded * PADDED_SHARE[1] > len(added) * PADDED_SHARE[0]

    def _record(self, sentences: Counter[str]) -> Said:
        """A record holding each of ``sentences`` once, and nothing else."""
        recorded = self._recorded
        if self._said is None or not recorded.issubset(sentences):
            # only_pads asks repeats(), never said_again(): no ledger to keep
            self._said, recorded = Said(ledger=False), set()
            self._recorded = recorded
        said = self._said
        for sentence in sentences:
            if sentence not in recorded:
                said.add(sentence)
                recorded.add(sentence)
        return said
