"""Named schemes and claimed results a draft may state only when the profile names them.

Readers of every review round marked as invented (class A) sentences that named a scheme
the profile never gave (青蓝结对, 项目库管理, 问题销号管理, 专递课堂…), claimed a result it
never reported (中高考成绩再创新高, 一批教育重点项目建成投用) or framed a clerk's target as
more than the clerk said (重点在农村、在学前, 分解到校, 硬任务). Numbers and deadlines are
traced by specifics.py; these are words, so they are listed here as data:
``templates/norms/named.yaml`` gives each its forms (how a draft says it) and the words by
which a profile names it. The phrase bank says a wording with such a term only where the
profile's own text holds one of those words (phrasebank.licensed; what the profile names
travels with its situation, compose/context.py), and tests/test_no_invented.py checks every
rendered draft against the same table.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Annotated, Any, Literal

from speechdraft.datacache import code_stamp, package_stamp, remembered
from speechdraft.datafile import DataFileError, read_yaml, validate
from speechdraft.errors import Problem
from speechdraft.resources import builtin_templates_dir

# scheme: a named scheme, programme, body, event or standard; claim: a result said to have
# happened; frame: what a sentence adds to a clerk's target (重点在…, 硬任务, 分解到校)
# referent: a general sentence whose referent (班子, 改革, 形式主义…) the profile must give, or an
# empty one the bank no longer says (round af's E)
NAMED_KINDS = ("scheme", "claim", "frame", "referent")


def _compiles(patterns: tuple[str, ...]) -> tuple[str, ...]:
    for pattern in patterns:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise ValueError(f"“{pattern}”不是有效的正则表达式：{exc}") from exc
    return patterns


@dataclass(frozen=True)
class NamedSpecific:
    """One named scheme or claim: how a draft says it and how a profile names it. A plain
    record: the kept table loads without pydantic (which a render then never imports); the
    file is checked by the model ``_table_model`` makes, only when it is read afresh."""

    id: str
    kind: str  # one of NAMED_KINDS
    term: str
    forms: tuple[str, ...]
    advice: str
    # the profile's words that license it; none given: the forms themselves
    named_by: tuple[str, ...] = ()

    @property
    def pattern(self) -> re.Pattern[str]:
        return _compiled("|".join(f"(?:{f})" for f in self.forms))

    @property
    def licence(self) -> re.Pattern[str]:
        return _compiled("|".join(f"(?:{f})" for f in (self.named_by or self.forms)))


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


@cache
def _table_model() -> Any:
    """The file's model (pydantic, imported here only)."""
    import pydantic

    text = Annotated[str, pydantic.StringConstraints(min_length=1, strip_whitespace=True)]
    patterns = Annotated[tuple[text, ...], pydantic.AfterValidator(_compiles)]

    class NamedSpecificFile(pydantic.BaseModel):
        model_config = pydantic.ConfigDict(extra="forbid", frozen=True)
        id: text
        kind: Literal["scheme", "claim", "frame", "referent"]
        term: text
        forms: patterns = pydantic.Field(min_length=1)
        named_by: patterns = ()
        advice: text

    return pydantic.RootModel[tuple[NamedSpecificFile, ...]]


def _read_table() -> tuple[NamedSpecific, ...]:
    path = builtin_templates_dir() / "norms" / "named.yaml"
    what = "具名做法和成绩表"
    data, node = read_yaml(path, what)
    table = tuple(
        NamedSpecific(e.id, e.kind, e.term, e.forms, e.advice, e.named_by)
        for e in validate(_table_model(), data, path, node, what).root
    )
    ids = [entry.id for entry in table]
    twice = sorted({i for i in ids if ids.count(i) > 1})
    if twice:
        problems = [
            Problem(str(path), None, None, f"id {i}", "id 重复：每条要有自己的 id") for i in twice
        ]
        raise DataFileError(what, problems)
    return table


@cache
def load_named() -> tuple[NamedSpecific, ...]:
    """The built-in table, kept between runs while the file and this code are unchanged."""
    import sys

    from speechdraft import datafile

    path = builtin_templates_dir() / "norms" / "named.yaml"
    salt = f"{package_stamp('pydantic')}:{code_stamp(sys.modules[__name__], datafile)}"
    return remembered("named", [path], _read_table, salt=salt)


# How a profile's licence travels with the situation (situation.py): one key per entry.
LICENCE_PREFIX = "named:"


def licensed_by(texts: Iterable[str]) -> frozenset[str]:
    """The entries the texts name (a profile's own words), as situation keys."""
    return _licensed_in("\n".join(texts), _licences(load_named()))


# Asked once a draft of the profile's whole text: some 170 licences searched through a
# thousand characters or more, ~0.6 ms a draft. A process drafting the same profile again
# (another seed, the web face's redraws) has the answer by the text; the
# licences are in the key, so a test's own table is never answered from the built-in's
# (speed36).
@lru_cache(maxsize=256)
def _licensed_in(joined: str, licences: tuple[tuple[str, re.Pattern[str]], ...]) -> frozenset[str]:
    return frozenset(key for key, licence in licences if licence.search(joined))


# by the table's identity, kept with it, as _ANY_FORM
_LICENCES: dict[int, tuple[object, tuple[tuple[str, re.Pattern[str]], ...]]] = {}


def _licences(table: tuple[NamedSpecific, ...]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each entry's situation key and licence, in the table's order (licensed_by, once a
    draft: an entry's licence is its forms joined, some 170 joins a draft; warm25)."""
    kept = _LICENCES.get(id(table))
    if kept is not None and kept[0] is table:
        return kept[1]
    licences = tuple((LICENCE_PREFIX + entry.id, entry.licence) for entry in table)
    _LICENCES.clear()  # one table at a time (a test's own table replaces the built-in)
    _LICENCES[id(table)] = (table, licences)
    return licences


@lru_cache(maxsize=16384)  # asked of the same bank wordings in every draft
def named_in(text: str) -> frozenset[str]:
    """The entries a text says, as situation keys (the same keys as ``licensed_by``)."""
    table = load_named()
    any_form = _any_form(table)
    # most wordings name nothing: one search of all the forms answers them (a cold draft
    # asks some 2,000 wordings, 35 searches each); the few that match are asked entry by entry
    if any_form is not None and any_form.search(text) is None:
        return frozenset()
    return frozenset(LICENCE_PREFIX + entry.id for entry in table if entry.pattern.search(text))


_BACKREFERENCE = re.compile(r"\\[1-9]|\(\?P=")


# by the table's identity, kept with it (no other table can take its id meanwhile)
_ANY_FORM: dict[int, tuple[object, re.Pattern[str] | None]] = {}


def _any_form(table: tuple[NamedSpecific, ...]) -> re.Pattern[str] | None:
    """One pattern that finds any entry's form, or None when the forms cannot be joined
    (a back-reference would point elsewhere; a flag must stand first)."""
    kept = _ANY_FORM.get(id(table))
    if kept is not None and kept[0] is table:
        return kept[1]
    forms = [form for entry in table for form in entry.forms]
    joined: re.Pattern[str] | None = None
    if forms and not any(_BACKREFERENCE.search(form) for form in forms):
        try:
            joined = re.compile("|".join(f"(?:{form})" for form in forms))
        except re.error:
            joined = None
    _ANY_FORM.clear()  # one table at a time (a test's own table replaces the built-in)
    _ANY_FORM[id(table)] = (table, joined)
    return joined


def unlicensed(text: str, situation: frozenset[str]) -> frozenset[str]:
    """The entries ``text`` says that the profile (its situation keys) does not name."""
    return named_in(text) - situation
