"""The shape issue 11 asks of a converted phrase file, checked for the files rewritten from
the paragraph form (funding, projects, digital, quality, exams, party_building): 3–5
families, 2–4 headings each, at least ten one-sentence units covering every slot, most
units in several wordings, and the 2016–2017 drafts still served."""

from __future__ import annotations

import re

import pytest

from speechdraft.phrasebank import Area, Family, load_phrasebank
from speechdraft.resources import builtin_templates_dir

BANK = load_phrasebank(builtin_templates_dir())
FILES = ("funding", "projects", "digital", "quality", "exams", "party_building")
_JINJA = re.compile(r"\{\{.*?\}\}")
# A fact stands for a few characters when a sentence is measured.
_FACT_WIDTH = "某某"
# The least each family must offer per slot (issue 11's paragraph shapes draw on all of them).
_SLOT_MINIMUM = {"open": 2, "measure": 4, "duty": 2, "check": 1, "close": 1}


def _area(name: str) -> Area:
    area = BANK.areas[name]
    assert area.families, f"{name}.yaml is still in the paragraph form"
    return area


def _spoken_length(text: str) -> int:
    return len(_JINJA.sub(_FACT_WIDTH, text))


@pytest.mark.parametrize("name", FILES)
def test_three_to_five_families_each_with_two_to_four_headings(name: str) -> None:
    area = _area(name)
    assert 3 <= len(area.families) <= 5
    assert all(2 <= len(f.headings) <= 4 for f in area.families), name


@pytest.mark.parametrize("name", FILES)
def test_every_family_fills_every_slot(name: str) -> None:
    short: list[str] = []
    for family in _area(name).families:
        slots = [u.slot for u in family.units]
        short += [
            f"{family.key}.{slot}: {slots.count(slot)}"
            for slot, least in _SLOT_MINIMUM.items()
            if slots.count(slot) < least
        ]
        if len(family.units) < 10:
            short.append(f"{family.key}: {len(family.units)} units")
    assert short == []


@pytest.mark.parametrize("name", FILES)
def test_units_are_single_sentences_of_speakable_length(name: str) -> None:
    bad = [
        text
        for family in _area(name).families
        for unit in family.units
        for text in unit.wordings
        if not 15 <= _spoken_length(text) <= 72 or _JINJA.sub("", text).rstrip("。").count("。")
    ]
    assert bad == []


@pytest.mark.parametrize("name", FILES)
def test_most_units_have_more_than_one_wording(name: str) -> None:
    """Re-seeding the same profile must change the words, not only the order."""
    units = [u for f in _area(name).families for u in f.units]
    varied = sum(1 for u in units if len(u.wordings) >= 2)
    assert varied / len(units) >= 0.9, f"{name}: {varied} of {len(units)} units vary"


def _early(family: Family, year: int) -> bool:
    heads = any(h.tags.first_year <= year <= h.tags.last_year for h in family.headings)
    units = sum(1 for u in family.units if u.tags.first_year <= year <= u.tags.last_year)
    return heads and units >= 4


@pytest.mark.parametrize("name", FILES)
def test_every_family_but_a_dated_one_serves_2016(name: str) -> None:
    """Only a family about a policy of a later year (党组织领导的校长负责制, 2022) may be
    silent in 2016; every other family keeps a heading and four units for 2016–2017."""
    silent = [f.key for f in _area(name).families if not _early(f, 2016)]
    dated = [
        f.key for f in _area(name).families if all(h.tags.first_year > 2016 for h in f.headings)
    ]
    assert silent == dated
    assert len(silent) < len(_area(name).families)


@pytest.mark.parametrize("name", FILES)
def test_a_unit_never_refers_back_to_what_it_may_not_follow(name: str) -> None:
    """Units are shuffled into shapes: 这一制度/上述/该项 have no antecedent."""
    dangling = re.compile(r"这一(?:制度|要求|工作)|上述|该项|前面讲的")
    found = [
        text
        for family in _area(name).families
        for unit in family.units
        for text in unit.wordings
        if dangling.search(text)
    ]
    assert found == []
