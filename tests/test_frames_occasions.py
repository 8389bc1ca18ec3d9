"""The speech frames as tagged units (issue 11): the prose around the key tasks lives in
templates/phrases/frames/*.yaml, is chosen by say(slot, at=N), and every slot has
something sayable for whoever speaks, wherever, whenever.

Availability is computed the way the renderer decides it (compose/render.py ``admits``):
the unit's tags, the dated-term windows of norms/terms.yaml and voice.unfit.
"""

from __future__ import annotations

import datetime
import re
from pathlib import Path

import pytest

from bank_support import PLACE, TEMPLATE_CODE
from bank_support import admitted as bank_admitted
from speechdraft.genre import LEVEL_KEYS
from speechdraft.phrasebank import Unit, load_phrasebank
from speechdraft.resources import builtin_templates_dir
from speechdraft.voice import ROLES

TEMPLATES = builtin_templates_dir()
KINDS = TEMPLATES / "kinds"
BANK = load_phrasebank(TEMPLATES)
# The templates whose frames are already tagged units; the others still use variant().
CONVERTED = {
    "teachers_day.j2": "teachers_day",
    "school_opening.j2": "school_opening",
    "safety.j2": "safety",
}
YEARS = range(2016, 2036)
_SAY = re.compile(r"say\(\s*[\"']([^\"']+)[\"']")
# A frame states no number of its own: counts come from count(), facts from the profile.
_DIGIT = re.compile(r"[0-9０-９]")


def _template(name: str) -> str:
    return (KINDS / name).read_text(encoding="utf-8")


def _slots_of(name: str) -> list[str]:
    return sorted(set(_SAY.findall(_template(name))))


def _admitted(
    unit: Unit, kind: str, role: str, level: str, year: int, situation: frozenset[str]
) -> bool:
    return bank_admitted(unit, kind, role, level, datetime.date(year, 9, 8), situation)


# A season slot (safety.season_risk, school_opening.safe_season…: branch season27) is said
# only at a meeting its season's topics are due at (seasons.season_due): every unit needs
# one of the season keys. It must have something for whoever speaks in each of those
# seasons; any other slot, with no situation at all.
_SEASON_KEYS = frozenset({"summer_due", "flood_due", "winter_due", "winter_break_due"})


def _occasions_of(slot: str) -> list[frozenset[str]]:
    needs = [unit.tags.needs for unit in BANK.frames[slot]]
    if all(n and n <= _SEASON_KEYS for n in needs):
        return [frozenset({key}) for key in sorted(frozenset().union(*needs))]
    return [frozenset()]


@pytest.mark.parametrize("path", sorted(KINDS.glob("*.j2")), ids=lambda p: p.name)
def test_no_template_decides_length_by_density(path: Path) -> None:
    """Length is fitted by measuring what goes through gated(); a density condition in a
    template hides text from that measure."""
    if path.name not in CONVERTED and "c.density" in path.read_text(encoding="utf-8"):
        pytest.xfail(f"{path.name}: frames not yet converted to say(…, at=N)")
    assert "c.density" not in path.read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(CONVERTED))
def test_converted_templates_choose_prose_only_through_say(name: str) -> None:
    text = _template(name)
    assert "variant(" not in text
    assert "in_window(" not in text
    assert _slots_of(name), "the template says nothing through the frames"


@pytest.mark.parametrize("name", sorted(CONVERTED))
def test_every_slot_a_template_says_exists_and_is_large_enough(name: str) -> None:
    missing = [slot for slot in _slots_of(name) if slot not in BANK.frames]
    assert missing == []
    small = {s: len(BANK.frames[s]) for s in _slots_of(name) if len(BANK.frames[s]) < 8}
    assert small == {}


@pytest.mark.parametrize("name", sorted(CONVERTED))
def test_every_slot_has_something_for_every_role_level_and_year(name: str) -> None:
    kind = CONVERTED[name]
    missing = [
        f"{slot}/{role}/{level}/{year}/{sorted(situation)}"
        for slot in _slots_of(name)
        for situation in _occasions_of(slot)
        for role in ROLES
        for level in LEVEL_KEYS
        for year in YEARS
        if not any(_admitted(u, kind, role, level, year, situation) for u in BANK.frames[slot])
    ]
    assert missing == [], f"nothing to say in {len(missing)} cases, e.g. {missing[:5]}"


@pytest.mark.parametrize("name", sorted(CONVERTED))
def test_frames_write_no_place_word_and_no_number(name: str) -> None:
    texts = [t for slot in _slots_of(name) for u in BANK.frames[slot] for t in u.wordings]
    assert [t for t in texts if PLACE.search(TEMPLATE_CODE.sub("", t))] == []
    assert [t for t in texts if _DIGIT.search(TEMPLATE_CODE.sub("", t))] == []


@pytest.mark.parametrize("name", sorted(CONVERTED))
def test_headings_are_not_sentences_and_sentences_end(name: str) -> None:
    """A heading has no closing stop; a sentence ends; a lead (…_lead) runs on into the
    profile's own words after ， or ：."""
    bad = []
    for slot in _slots_of(name):
        heading = "heading" in slot
        stops = ("，", "：") if slot.endswith("_lead") else ("。", "！", "：")
        for text in (t for u in BANK.frames[slot] for t in u.wordings):
            ends = TEMPLATE_CODE.sub("", text).rstrip().endswith(stops)
            if ends == heading:
                bad.append(f"{slot}: {text[:30]}")
    assert bad == []


def test_a_bureau_chief_speaks_for_the_bureau_and_a_deputy_by_commission() -> None:
    """The salute names whom the speaker speaks for: only the Party secretary, the head of
    government or the group head speak for 县委、县政府 on their own."""
    salutes = BANK.frames["teachers_day.salute"]
    for unit in salutes:
        for text in unit.wordings:
            if "代表{{ w.party_gov }}" in text and "委托" not in text:
                assert unit.tags.roles <= {"party_secretary", "government_head", "group_head"}
                assert unit.tags.roles, text
            if "代表{{ w.edu }}" in text:
                assert unit.tags.roles == {"bureau_chief"}


def test_the_safety_speech_says_its_sections_from_the_bank() -> None:
    """A safety speech's key tasks and safeguards are the bank's families, chosen for the
    speaker and level like every other kind's: no fixed paragraph in the template orders
    the police or 各乡镇 in every draft, whoever speaks (readers' L), or sets a frequency."""
    text = _template("safety.j2")
    assert '{% include "kinds/_priorities.j2" %}' in text
    assert '{% include "kinds/_safeguards.j2" %}' in text
    assert "variant(" not in text
    assert not list(KINDS.glob("_occasion_*.j2"))
    prose = [line for line in text.splitlines() if re.search(r"[\u4e00-\u9fff]{12}", line)]
    assert all("{{" in line or "{#" in line or line.startswith(("{%", "#")) for line in prose)


@pytest.mark.parametrize("kind", sorted(CONVERTED.values()))
def test_the_sections_line_does_not_point_at_targets_the_profile_may_not_give(kind: str) -> None:
    """“围绕这些目标” over a draft with no targets points at nothing (last review, class F)."""
    texts = [t for u in BANK.frames[f"{kind}.sections"] for t in u.wordings]
    assert len(texts) >= 8
    assert [t for t in texts if re.search("这些目标|上述目标|这些要求", t)] == []
