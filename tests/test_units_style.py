"""The rules a converted phrase file keeps beyond test_units (issue 11): families large
enough to vary, every slot covered, sentences of speakable length, no specific without a
source, a voice for every speaker, and something to say in 2016–2017.

Checked for the files converted to the brief of these rules; a file joins ``STRICT``
when it is rewritten to them.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest

from speechdraft.phrasebank import Area, Family, load_phrasebank
from speechdraft.resources import builtin_templates_dir
from speechdraft.specifics import find_specifics

BANK = load_phrasebank(builtin_templates_dir())
STRICT = (
    "moral_education",
    "five_education",
    "mental_health",
    "home_school",
    "conduct",
    "ethnic_language",
)
CONVERTED = [key for key in STRICT if BANK.areas[key].families]
_JINJA = re.compile(r"\{\{.*?\}\}", re.DOTALL)
_FACT = re.compile(r"\{\{\s*fact\(")
_SUGGEST = re.compile(r"suggest\(")
# Literal words a clerk would strike: a quota, deadline or claim with no source.
_INVENTED = re.compile(
    r"年内|年底|每学期|每学年|每季度|每月|每周|个别(?:单位|学校|部门|乡镇|同志|地方|教师)"
    r"|联络员|不足|滞后|薄弱环节突出"
)


def _families() -> list[tuple[str, Family]]:
    return [(key, family) for key in CONVERTED for family in BANK.areas[key].families]


def _spoken(text: str) -> str:
    """The text as it is read aloud, a fact or norm counted as a short phrase."""
    return _JINJA.sub("某某", text)


@pytest.mark.parametrize(("area", "family"), _families(), ids=lambda v: getattr(v, "key", v))
def test_a_family_has_enough_units_in_every_slot(area: str, family: Family) -> None:
    slots = Counter(unit.slot for unit in family.units)
    assert len(family.units) >= 10
    assert 2 <= len(family.headings) <= 4
    assert slots["open"] >= 2 and slots["measure"] >= 4 and slots["duty"] >= 2
    assert slots["check"] >= 1 and slots["close"] >= 1


@pytest.mark.parametrize(("area", "family"), _families(), ids=lambda v: getattr(v, "key", v))
def test_units_are_speakable_sentences_with_sourced_specifics(area: str, family: Family) -> None:
    too_long_or_short = []
    untraced = []
    for unit in family.units:
        for text in unit.wordings:
            spoken = _spoken(text)
            if not 15 <= len(spoken) <= 70:
                too_long_or_short.append(text)
            bare = _JINJA.sub("", text)
            # a fact may bring its own period (书记、校长每学期讲授思政课…次)
            invented = _INVENTED.search(bare) and not _FACT.search(text)
            if find_specifics(bare) or invented:
                untraced.append(text)
    assert too_long_or_short == []
    assert untraced == []
    assert sum(1 for u in family.units for t in u.wordings if _SUGGEST.search(t)) <= 1


@pytest.mark.parametrize(("area", "family"), _families(), ids=lambda v: getattr(v, "key", v))
def test_most_units_have_several_wordings(area: str, family: Family) -> None:
    varied = sum(1 for unit in family.units if len(unit.wordings) >= 2)
    assert varied >= 0.6 * len(family.units)


@pytest.mark.parametrize(("area", "family"), _families(), ids=lambda v: getattr(v, "key", v))
def test_duty_units_name_who_may_say_them(area: str, family: Family) -> None:
    """At least two duty units are role- or level-tagged: who does the work differs by
    speaker, and an untagged unit must suit every speaker."""
    tagged = [u for u in family.units if u.slot == "duty" and (u.tags.roles or u.tags.levels)]
    assert len(tagged) >= 2


@pytest.mark.parametrize(("area", "family"), _families(), ids=lambda v: getattr(v, "key", v))
def test_a_family_can_be_said_in_2016_and_2017(area: str, family: Family) -> None:
    def early(first_year: int) -> bool:
        return first_year <= 2017

    assert any(early(h.tags.first_year) for h in family.headings)
    assert sum(1 for u in family.units if early(u.tags.first_year)) >= 4


@pytest.mark.parametrize("key", CONVERTED)
def test_every_fact_is_carried_and_every_family_is_told_by_its_words(key: str) -> None:
    area: Area = BANK.areas[key]
    carried = {fact for family in area.families for unit in family.units for fact in unit.facts}
    assert {f.key for f in area.facts} <= carried
    assert 3 <= len(area.families) <= 5
    assert all(family.aliases for family in area.families)
    targets = [u for f in area.families for u in f.units if u.slot == "target"]
    assert all(_FACT.search(t) for u in targets for t in u.wordings)
