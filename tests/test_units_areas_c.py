"""The converted phrase files for safety, 双减, emergencies, supervision and private schools
(issue 11): each family is a full set of slots, its units are sentences a speaker can read,
early years still have something to say, and a priority that names a sub-topic gets it."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
import yaml

from speechdraft.phrasebank import Family, load_phrasebank
from speechdraft.pipeline import build_draft
from speechdraft.resources import builtin_templates_dir

BANK = load_phrasebank(builtin_templates_dir())
FILES = ("safety", "double_reduction", "emergency", "supervision", "private")
FAMILIES = [(key, family) for key in FILES for family in BANK.areas[key].families]
_JINJA = re.compile(r"\{\{.*?\}\}")


def _ids() -> list[str]:
    return [f"{key}.{family.key}" for key, family in FAMILIES]


@pytest.mark.parametrize(("key", "family"), FAMILIES, ids=_ids())
def test_a_family_fills_every_slot(key: str, family: Family) -> None:
    slots = Counter(unit.slot for unit in family.units)
    assert len(family.units) >= 10
    assert slots["open"] >= 2 and slots["measure"] >= 4 and slots["duty"] >= 2
    assert slots["check"] >= 1 and slots["close"] >= 1
    assert 2 <= len(family.headings) <= 4


@pytest.mark.parametrize(("key", "family"), FAMILIES, ids=_ids())
def test_units_are_readable_sentences_with_several_wordings(key: str, family: Family) -> None:
    lengths = [len(_JINJA.sub("某", text)) for unit in family.units for text in unit.wordings]
    assert all(15 <= n <= 70 for n in lengths), lengths
    several = sum(1 for unit in family.units if len(unit.wordings) >= 2)
    assert several >= 0.8 * len(family.units)
    marks = sum(text.count("suggest(") for unit in family.units for text in unit.wordings[:1])
    assert marks <= 1


@pytest.mark.parametrize(("key", "family"), FAMILIES, ids=_ids())
def test_every_family_has_something_to_say_in_2016(key: str, family: Family) -> None:
    """Terms like 双减 have a window; the family still needs a heading and four units then.
    The one exception is a topic of its years said only when a profile names it
    (常态化疫情防控, 2020–2022): it must then be silent in 2016, heading and all."""
    if family.when_named:
        assert all(h.tags.first_year > 2016 for h in family.headings)
        assert all(u.tags.first_year > 2016 for u in family.units)
        return
    early = [u for u in family.units if u.tags.first_year <= 2016 and not u.tags.levels]
    heads = [h for h in family.headings if h.tags.first_year <= 2016]
    assert heads and len(early) >= 4


def test_every_declared_fact_has_a_carrier_in_every_family_that_needs_it() -> None:
    """Required facts are carried inside each safety family, in its own context, so that a
    section about 防溺水 never borrows a sentence from another sub-topic."""
    required = {f.key for f in BANK.areas["safety"].facts if f.required}
    for family in BANK.areas["safety"].families:
        carried = {fact for unit in family.units for fact in unit.facts}
        assert required <= carried, family.key


def test_a_priority_naming_a_sub_topic_gets_that_sub_topics_heading(tmp_path: Path) -> None:
    profile = {
        "kind": "leader_speech",
        "meeting": {"date": "2024-03-12"},
        "region": {"level": "county", "name": "清河"},
        "speaker": {"title": "县委书记"},
        "priorities": [{"area": a} for a in ("防溺水", "食品安全", "课后服务", "责任督学")],
    }
    path = tmp_path / "p.yaml"
    path.write_text(yaml.safe_dump(profile, allow_unicode=True), encoding="utf-8")
    lines = build_draft(path).document.spoken_lines()
    wanted = {
        ("safety", "drowning"),
        ("safety", "food"),
        ("double_reduction", "after_school"),
        ("supervision", "listed"),
    }
    for area, key in wanted:
        family = next(f for f in BANK.areas[area].families if f.key == key)
        headings = {h.text for h in family.headings}
        assert any(line in headings for line in lines), (area, key)


def test_a_bureau_chief_orders_no_peer_department_in_these_areas(tmp_path: Path) -> None:
    profile = {
        "kind": "work_report",
        "meeting": {"date": "2023-03-12"},
        "region": {"level": "county", "name": "清河"},
        "speaker": {"title": "县教育局局长"},
        "priorities": [{"area": a} for a in ("校园安全", "校外培训", "应急演练", "民办教育")],
    }
    path = tmp_path / "p.yaml"
    path.write_text(yaml.safe_dump(profile, allow_unicode=True), encoding="utf-8")
    text = "\n".join(build_draft(path).document.spoken_lines())
    assert not re.search(
        r"(?:公安|市场监管|卫生健康|应急管理|财政|人社|民政)(?:部门|机关)?要", text
    )
    assert "我们将" in text
