"""The safeguard files said in almost every draft (issue 11, readers' classes D and E):
enough wordings that a re-seeded draft reads differently, no two units of a family that say
the same thing, and at most one "检验X，要看Y" check per family.

A file joins ``VARIED`` when its units are rewritten to these rules.
"""

from __future__ import annotations

import re

import pytest

from speechdraft.phrasebank import Family, load_phrasebank
from speechdraft.resources import builtin_templates_dir

BANK = load_phrasebank(builtin_templates_dir())
VARIED = (
    "assessment",
    "atmosphere",
    "funding_guarantee",
    "organization",
    "synergy",
    "work_style",
)
# Slots a paragraph draws on most: each needs four wordings to hide the machine.
_BUSY_SLOTS = ("open", "measure", "duty", "target")
_JINJA = re.compile(r"\{\{.*?\}\}", re.DOTALL)
# The figure readers flagged in almost every section: 检验督导成效，关键看…; 督查有没有效果，要看…
_MEASURING_FIGURE = re.compile(
    r"(检验|衡量|成效|效果|到不到位|浓不浓).{0,14}(要看|就看|关键看|最终要看)"
)


def _families() -> list[tuple[str, Family]]:
    return [(key, family) for key in VARIED for family in BANK.safeguards[key].families]


def _spoken(text: str) -> str:
    return _JINJA.sub("某某", text)


def _bare(text: str) -> str:
    """A wording without punctuation, to find the same sentence written twice."""
    return re.sub(r"[，。、“”；：！？\s]", "", text)


@pytest.mark.parametrize(("area", "family"), _families(), ids=lambda v: getattr(v, "key", v))
def test_every_unit_has_enough_wordings(area: str, family: Family) -> None:
    few = [
        f"{area}.{family.key}.{unit.slot}: {unit.text}"
        for unit in family.units
        if len(unit.wordings) < (4 if unit.slot in _BUSY_SLOTS else 3)
    ]
    assert few == []


@pytest.mark.parametrize(("area", "family"), _families(), ids=lambda v: getattr(v, "key", v))
def test_a_family_keeps_enough_units_and_no_wording_twice(area: str, family: Family) -> None:
    assert len(family.units) >= 8
    bare = [_bare(w) for unit in family.units for w in unit.wordings]
    assert len(bare) == len(set(bare)), [b for b in bare if bare.count(b) > 1]


@pytest.mark.parametrize(("area", "family"), _families(), ids=lambda v: getattr(v, "key", v))
def test_at_most_one_check_in_the_measuring_figure(area: str, family: Family) -> None:
    figured = [
        unit.text
        for unit in family.units
        if any(_MEASURING_FIGURE.search(w) for w in unit.wordings)
    ]
    assert len(figured) <= 1, figured


@pytest.mark.parametrize(("area", "family"), _families(), ids=lambda v: getattr(v, "key", v))
def test_every_wording_is_one_sentence_of_speakable_length(area: str, family: Family) -> None:
    bad = [
        w
        for unit in family.units
        for w in unit.wordings
        if not 15 <= len(_spoken(w)) <= 70 or not w.endswith("。") or "。" in w[:-1]
    ]
    assert bad == []


def test_the_files_say_each_fact_in_every_family() -> None:
    # every declared fact stays carried after merging units (profiles depend on them)
    for key in VARIED:
        area = BANK.safeguards[key]
        carried = {fact for family in area.families for unit in family.units for fact in unit.facts}
        assert {fact.key for fact in area.facts} <= carried, key
