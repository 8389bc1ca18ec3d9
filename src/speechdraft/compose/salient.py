"""The salient content terms of a wording: what a section says once (issue 11, D).

Round z's readers marked most of their D lines on two sentences of one section (or a few
lines apart) that name the same thing: 职称评聘…倾斜 twice, 心理辅导室 twice, 劝返 three
times, 示范作用, 国家智慧教育平台, 夜间查寝, 牵头单位/配合单位 twice. No list of ideas had
tagged them: what they share is a domain term few wordings of the bank use. This module
finds those terms from the bank itself, once per bank, not per case:

- a **term** is a run of 2 to MAX_LENGTH Chinese characters of a wording, opening and
  ending on a content character (restate._NOT_CONTENT: no 的, 要, 县, 一…), that at least two
  units of the bank say and that is *closed*: no run one character longer is said by as
  many units (职称评聘, not 称评聘 or 职称评);
- it is **salient** where at most MAX_UNITS units of the bank (about 1 % of them) say it:
  教育, 学校, 工作 and 安全 tell nothing apart, 劝返 (8 units) and 心理辅导室 (3) do;
- the dated terms of norms/terms.yaml and the areas' own names are terms too.

The vocabulary is counted once per bank and kept between runs (datacache.remembered, like
restate.builtin_rarity); a wording's terms are looked up once a process (lru_cache). The
draft's record (restate.Said) says a wording again when one of its salient terms is
already said in the section, a clerk's point included, the section's own topic apart
(the terms of its heading and of its area's names).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from speechdraft.phrasebank import PhraseBank

MAX_LENGTH = 8
MAX_UNITS = 36  # of some 3,500 units: about 1 %
MAX_PAIR_UNITS = 12  # a two-character term: 劝返 (8), not 倾斜 (30) or 长期
_RUN = re.compile(r"[\u4e00-\u9fff]+")
_TEMPLATE_CODE = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.DOTALL)


def _not_content() -> frozenset[str]:
    from speechdraft.compose.restate import _NOT_CONTENT

    return _NOT_CONTENT


def runs_of(text: str) -> list[str]:
    """The runs of Chinese characters of ``text`` (template code breaks a run)."""
    return _RUN.findall(_TEMPLATE_CODE.sub("|", text))


def grams(text: str, not_content: frozenset[str]) -> set[str]:
    """Every run of 2 to MAX_LENGTH content characters of ``text`` (none of
    restate._NOT_CONTENT: a function word, a place word or a numeral breaks it)."""
    found: set[str] = set()
    for run in runs_of(text):
        for part in _split(run, not_content):
            size = len(part)
            for i in range(size - 1):
                for j in range(i + 2, min(i + MAX_LENGTH, size) + 1):
                    found.add(part[i:j])
    return found


def _split(run: str, not_content: frozenset[str]) -> list[str]:
    parts: list[str] = []
    start = 0
    for i, character in enumerate(run):
        if character in not_content:
            if i - start >= 2:
                parts.append(run[start:i])
            start = i + 1
    if len(run) - start >= 2:
        parts.append(run[start:])
    return parts


_EDGE = ""  # a run's edge: a term may stand there


def _sub_runs(part: str) -> Iterator[tuple[str, str, str]]:
    """Each run of 2 to MAX_LENGTH characters of ``part`` with the character before and
    after it (_EDGE at the part's edges)."""
    size = len(part)
    for i in range(size - 1):
        for j in range(i + 2, min(i + MAX_LENGTH, size) + 1):
            yield part[i:j], part[i - 1] if i else _EDGE, part[j] if j < size else _EDGE


def _unit_frequency(units: list[tuple[str, ...]], not_content: frozenset[str]) -> Counter[str]:
    """How many units say each run (every wording of a unit one document)."""
    frequency: Counter[str] = Counter()
    for wordings in units:
        found: set[str] = set()
        for text in wordings:
            found |= grams(text, not_content)
        frequency.update(found)
    return frequency


def _rare_closed(frequency: Counter[str]) -> set[str]:
    """The runs 2 to MAX_UNITS units say (MAX_PAIR_UNITS for two characters) that are
    closed: no run one character longer is said by as many units."""
    rare = {
        gram
        for gram, count in frequency.items()
        if 2 <= count <= (MAX_PAIR_UNITS if len(gram) == 2 else MAX_UNITS)
    }
    for gram, count in frequency.items():
        if len(gram) > 2:
            for part in (gram[1:], gram[:-1]):
                if part in rare and frequency.get(part) == count:
                    rare.discard(part)
    return rare


def _standing_free(
    rare: set[str], units: list[tuple[str, ...]], not_content: frozenset[str]
) -> set[str]:
    """Those of ``rare`` that have, on each side, an edge or two different characters."""
    left: dict[str, set[str]] = {gram: set() for gram in rare}
    right: dict[str, set[str]] = {gram: set() for gram in rare}
    for text in (text for wordings in units for text in wordings):
        for part in (p for run in runs_of(text) for p in _split(run, not_content)):
            for gram, before, after in _sub_runs(part):
                if gram in left:
                    left[gram].add(before)
                    right[gram].add(after)
    return {
        gram
        for gram in rare
        if (_EDGE in left[gram] or len(left[gram]) >= 2)
        and (_EDGE in right[gram] or len(right[gram]) >= 2)
    }


def vocabulary(units: Iterable[Iterable[str]], names: Iterable[str] = ()) -> frozenset[str]:
    """The salient terms of a bank whose units have the given wordings (each unit one
    document), with ``names`` (dated terms, areas' names) added where they are rare.

    A term is a run said by 2 to MAX_UNITS units (MAX_PAIR_UNITS for two characters),
    closed (no run one character longer said by as many) and standing free: on each side
    either an edge (punctuation, a function word) or at least two different characters
    (职称评 always has 聘 after it: a piece of a word, not a word)."""
    not_content = _not_content()
    kept = [tuple(wordings) for wordings in units]
    frequency = _unit_frequency(kept, not_content)
    terms = _standing_free(_rare_closed(frequency), kept, not_content)
    for name in names:
        for run in runs_of(name):
            terms.update(p for p in _split(run, not_content) if frequency[p] <= MAX_UNITS)
    return frozenset(terms)


def _bank_names(bank: PhraseBank) -> list[str]:
    from speechdraft.norms import load_terms

    names = [term.term for term in load_terms()]
    areas = (*bank.areas.values(), *bank.safeguards.values())
    names += [name for area in areas for name in (area.label, *area.aliases)]
    return names


def bank_vocabulary(bank: PhraseBank) -> frozenset[str]:
    """The salient terms of one phrase bank (its areas', safeguards' and frames' units)."""
    from speechdraft.compose.restate import _bank_units

    return vocabulary((unit.wordings for unit in _bank_units(bank)), _bank_names(bank))


Starts = dict[str, tuple[int, ...]]  # a term's first two characters → its lengths there


def starts_of(terms: frozenset[str]) -> Starts:
    """Where ``terms`` can start: each term's first two characters with the lengths (at
    most MAX_LENGTH, shortest first) of the terms that open with them. A wording's run is
    then looked up at those lengths alone, not at every one from 2 to MAX_LENGTH: about half
    of a run's places open no term, and most of the rest open one length."""
    lengths: dict[str, set[int]] = {}
    for term in terms:
        if 2 <= len(term) <= MAX_LENGTH:
            lengths.setdefault(term[:2], set()).add(len(term))
    shared: dict[tuple[int, ...], tuple[int, ...]] = {}  # one tuple each: a smaller pickle
    return {
        pair: shared.setdefault(key, key)
        for pair, found in lengths.items()
        for key in [tuple(sorted(found))]
    }


@cache
def _builtin() -> tuple[frozenset[str], Starts]:
    """The built-in bank's salient terms and where they start, counted once and kept
    between runs beside it."""
    from speechdraft.compose.restate import _rarity_code_stamp, _rarity_sources
    from speechdraft.datacache import remembered
    from speechdraft.phrasebank import load_phrasebank
    from speechdraft.resources import builtin_templates_dir

    def counted() -> tuple[frozenset[str], Starts]:
        terms = bank_vocabulary(load_phrasebank(builtin_templates_dir()))
        return terms, starts_of(terms)

    sources: list[Path] = [*_rarity_sources(), builtin_templates_dir() / "norms" / "terms.yaml"]
    salt = "salient-starts:" + _rarity_code_stamp()
    return remembered("salient", sources, counted, salt=salt)


def builtin_vocabulary() -> frozenset[str]:
    """The built-in bank's salient terms, counted once and kept between runs beside it."""
    return _builtin()[0]


@lru_cache(maxsize=8)
def _starts(terms: frozenset[str]) -> Starts:
    return starts_of(terms)


@lru_cache(maxsize=32768)
def salient_terms(text: str, vocabulary: frozenset[str] | None = None) -> frozenset[str]:
    """The salient terms ``text`` says (template code left out): every run of 2 to
    MAX_LENGTH characters of it that is a term, looked up where a term can start."""
    terms, starts = _builtin() if vocabulary is None else (vocabulary, _starts(vocabulary))
    found: set[str] = set()
    for run in runs_of(text):
        size = len(run)
        for i in range(size - 1):
            lengths = starts.get(run[i : i + 2])
            if lengths:
                for length in lengths:
                    end = i + length
                    if end > size:
                        break
                    if run[i:end] in terms:
                        found.add(run[i:end])
    return frozenset(found)
