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


def sentences_of(markup: str) -> list[str]:
    """The markup's sentences, tokens and line marks (# 标题, @title) left out."""
    found = []
    for line in plain(markup).splitlines():
        line = TOKEN.sub("", _LINE_MARK.sub("", line))
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
    before = Counter(sentences_of(lower))
    added = list((Counter(sentences_of(higher)) - before).elements())
    if not added:
        return False
    said = Said()
    for sentence in before:
        said.add(sentence)
    return all(
        is_filler(sentence) or is_empty(sentence) or said.repeats(sentence) for sentence in added
    )
