"""Issue 11, variety: in the six area files rewritten for it, every unit has at least three
wordings (four for the slots a section leans on) and no family asks "检验X，要看Y" more than
once, so that a re-seeded draft reads differently and a section does not close on the same
figure as the one before it."""

from __future__ import annotations

import re

import pytest

from speechdraft.phrasebank import Family, load_phrasebank
from speechdraft.resources import builtin_templates_dir

BANK = load_phrasebank(builtin_templates_dir())
FILES = ("moral_education", "party_building", "preschool", "private", "projects", "quality")
FAMILIES = [(key, family) for key in FILES for family in BANK.areas[key].families]
_LEANED_ON = {"open", "measure", "duty", "target"}
# The stock figure readers flagged in almost every section: 检验X，要看Y / X好不好，要看Y.
_FIGURE = re.compile(r"检验|要看|关键看|就看|好不好|怎么样|如何，")


def _ids() -> list[str]:
    return [f"{key}.{family.key}" for key, family in FAMILIES]


@pytest.mark.parametrize(("key", "family"), FAMILIES, ids=_ids())
def test_every_unit_has_enough_wordings(key: str, family: Family) -> None:
    short = [
        (unit.slot, unit.text)
        for unit in family.units
        if len(unit.wordings) < (4 if unit.slot in _LEANED_ON else 3)
    ]
    assert short == []


@pytest.mark.parametrize(("key", "family"), FAMILIES, ids=_ids())
def test_the_wordings_of_a_unit_differ(key: str, family: Family) -> None:
    for unit in family.units:
        assert len(set(unit.wordings)) == len(unit.wordings), unit.text


@pytest.mark.parametrize(("key", "family"), FAMILIES, ids=_ids())
def test_at_most_one_check_in_the_figure(key: str, family: Family) -> None:
    figures = [
        unit.text
        for unit in family.units
        if unit.slot == "check" and any(_FIGURE.search(text) for text in unit.wordings)
    ]
    assert len(figures) <= 1, figures


@pytest.mark.parametrize(("key", "family"), FAMILIES, ids=_ids())
def test_no_unit_repeats_another_word_for_word(key: str, family: Family) -> None:
    """A wording shared by two units would be said twice in a long section."""
    seen: dict[str, str] = {}
    for unit in family.units:
        for text in unit.wordings:
            assert seen.setdefault(text, unit.text) == unit.text, text
