"""The units a speaker may say, filtered once a process (render._admitted_units) and then
narrowed by what the draft has said (_Speech.admitted_among): the same units, in the same
order, as asking every unit on its own (Unit.admitted, _Speech.admits)."""

from __future__ import annotations

import datetime
import itertools
from dataclasses import replace
from pathlib import Path

from speechdraft import pipeline
from speechdraft.compose import render
from speechdraft.genre import KINDS, LEVEL_KEYS, SPEAKER_ROLES
from speechdraft.phrasebank import Unit

ROOT = Path(__file__).resolve().parents[1]


def bank_tuples() -> list[tuple[Unit, ...]]:
    """Every tuple of units a draft filters: frames slots, families' headings and units,
    areas' review leads (built-in bank)."""
    bank = pipeline.phrasebank()
    tuples: list[tuple[Unit, ...]] = list(bank.frames.values())
    for area in (*bank.areas.values(), *bank.safeguards.values()):
        tuples.append(area.tagged_leads)
        for family in area.families:
            tuples += [family.headings, family.units]
    return tuples


def speakers() -> list[tuple[str, str, str, datetime.date, bool]]:
    """Every level and role, kinds and years taken in turn (2017 to 2033), with and without
    a named group: 40 speakers, enough to cross every tag without asking all 1,000."""
    kinds, years = itertools.cycle(KINDS), itertools.cycle(range(2017, 2034, 4))
    named = itertools.cycle((False, True, False))
    return [
        (next(kinds), role, level, datetime.date(next(years), 3, 15), next(named))
        for level in LEVEL_KEYS
        for role in SPEAKER_ROLES
    ]


def test_the_cached_filter_keeps_exactly_the_units_each_unit_admits() -> None:
    tuples = bank_tuples()
    assert sum(len(t) for t in tuples) > 1000
    kept = refused = 0
    for speaker in speakers():
        for units in tuples:
            expected = tuple(u for u in units if u.admitted(*speaker))
            assert render._admitted_units(units, speaker) == expected, (speaker, units[:1])
            assert render._admitted_units(units, speaker) is render._admitted_units(
                units, speaker
            )  # worked out once, then looked up
            kept += len(expected)
            refused += len(units) - len(expected)
    assert kept > 10_000 and refused > 1_000  # both answers were put to the test


def test_a_draft_narrows_the_cached_units_as_admits_does() -> None:
    """Within a draft: what it has said (used) and the topics it has spoken about."""
    draft = pipeline.build_draft(ROOT / "profiles" / "district-report-2026.yaml")
    tuples = bank_tuples()
    for ctx in (draft.context, replace(draft.context, role="deputy", level="town")):
        speech = render._Speech(render.make_environment(pipeline.template_dirs(), str), ctx)
        for step in range(3):
            for units in tuples:
                expected = [u for u in units if speech.admits(u)]
                assert speech.admitted_among(units) == expected
                assert speech._any_admitted(units) == (len(expected) >= 1)
                assert speech._any_admitted(units, at_least=2) == (len(expected) >= 2)
            # say some units and speak about some topics, as a draft goes on
            units = [u for t in tuples[step::5] for u in t]
            speech.used.update(u.text for u in units[::3])
            # every topic the sampled tuples mention (a quarter of them held none once the bank
            # grew: few units carry topics, and the sample must still exercise the filter)
            speech.topics |= {topic for u in units for topic in u.tags.mentions}
        assert speech.used and speech.topics
