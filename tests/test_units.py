"""The phrase bank as tagged units (issue 11): every file in families, every family
sayable, every fact carried, every tag meaningful.

Availability is computed the way the renderer decides it (compose/render.py ``admits``):
the unit's tags, the dated-term windows of norms/terms.yaml and the speaker's voice
(voice.unfit), for every kind × level × role and a spread of years.
"""

from __future__ import annotations

import datetime

import pytest

from bank_support import PLACE, TEMPLATE_CODE
from bank_support import admitted as bank_admitted
from speechdraft.genre import KIND_KEYS, LEVEL_KEYS
from speechdraft.phrasebank import Area, Family, Unit, load_phrasebank
from speechdraft.resources import builtin_templates_dir
from speechdraft.voice import ROLES

BANK = load_phrasebank(builtin_templates_dir())
ALL = {**{f"areas/{k}": a for k, a in BANK.areas.items()}}
ALL |= {f"safeguards/{k}": a for k, a in BANK.safeguards.items()}
CONVERTED = {name: area for name, area in ALL.items() if area.families}
YEARS = (2016, 2019, 2022, 2026, 2035)


def admitted(unit: Unit, kind: str, role: str, level: str, year: int) -> bool:
    return bank_admitted(unit, kind, role, level, datetime.date(year, 6, 15))


def available(family: Family, kind: str, role: str, level: str, year: int) -> bool:
    """A family worth choosing: a heading and at least four units this speaker may say
    (the renderer takes one from two; the bank keeps four, so a shape can be filled)."""
    heads = any(admitted(h, kind, role, level, year) for h in family.headings)
    units = sum(1 for u in family.units if admitted(u, kind, role, level, year))
    return heads and units >= 4


def test_every_phrase_file_is_in_families() -> None:
    old = sorted(name for name, area in ALL.items() if not area.families)
    assert old == [], f"still in the paragraph form: {old}"


@pytest.mark.parametrize("name", sorted(CONVERTED))
def test_every_kind_level_role_and_year_has_a_family_to_say(name: str) -> None:
    """An area a profile names must have something sayable by whoever speaks, wherever,
    whenever: else the section falls back to a generic sentence."""
    area = CONVERTED[name]
    missing = [
        f"{kind}/{role}/{level}/{year}"
        for kind in KIND_KEYS
        for role in ROLES
        for level in LEVEL_KEYS
        for year in YEARS
        if not any(available(f, kind, role, level, year) for f in area.families)
    ]
    assert missing == [], f"{name}: nothing to say for {len(missing)} cases, e.g. {missing[:5]}"


@pytest.mark.parametrize("name", sorted(CONVERTED))
def test_every_declared_fact_is_carried_by_a_unit(name: str) -> None:
    area = CONVERTED[name]
    carried = {fact for family in area.families for unit in family.units for fact in unit.facts}
    assert {f.key for f in area.facts} - carried == set()


@pytest.mark.parametrize("name", sorted(CONVERTED))
def test_units_are_sentences_and_headings_are_not(name: str) -> None:
    area = CONVERTED[name]
    bad = []
    for family in area.families:
        for unit in family.units:
            bad += [
                t
                for t in unit.wordings
                if not TEMPLATE_CODE.sub("", t).rstrip().endswith(("。", "！"))
            ]
        for heading in family.headings:
            bad += [t for t in heading.wordings if t.rstrip().endswith(("。", "；", "！"))]
    assert bad == []


@pytest.mark.parametrize("name", sorted(CONVERTED))
def test_no_place_word_is_written_literally(name: str) -> None:
    area = CONVERTED[name]
    texts = [
        t
        for family in area.families
        for unit in (*family.units, *family.headings)
        for t in unit.wordings
    ] + [t for lead in area.tagged_leads for t in lead.wordings]
    found = [t for t in texts if PLACE.search(TEMPLATE_CODE.sub("", t))]
    assert found == []


def _topics(areas: dict[str, Area]) -> set[str]:
    return {family.topic for area in areas.values() for family in area.families}


def test_every_mention_names_a_topic_some_family_owns() -> None:
    topics = _topics(ALL)
    unknown = {
        f"{name}: {mention}"
        for name, area in ALL.items()
        for family in area.families
        for unit in (*family.units, *family.headings)
        for mention in unit.tags.mentions
        if mention not in topics
    }
    assert unknown == set()


def test_family_keys_are_unique_within_an_area() -> None:
    for area in CONVERTED.values():
        keys = [f.key for f in area.families]
        assert len(keys) == len(set(keys)), area.key
