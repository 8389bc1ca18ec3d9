"""Drafts read like the genre: every kind at every level and year, lengths, facts, variety.

The drafts are rendered through tests/_matrix.py (speed23): a profile and seed asked by two
tests, or twice by one (an area's facts of one sub-topic ask the same one-task profile), is
rendered once a process. Each profile is BASE_PROFILE with the test's overrides, written as
conftest's write_profile writes it (keys in their order), so every draft is the one it was.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from _matrix import draft as render
from conftest import BASE_PROFILE, merged
from speechdraft.compose.weave import not_asked
from speechdraft.genre import KINDS, LEVELS, plan_year
from speechdraft.lexicon import foreign_level_words
from speechdraft.phrasebank import load_phrasebank
from speechdraft.pipeline import Draft
from speechdraft.resources import builtin_templates_dir

BANK = load_phrasebank(builtin_templates_dir())
AREA_NAMES = [area.label for area in BANK.areas.values()]
SEEDS = (0, 1, 7)


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"[。！？；]", text) if len(s) >= 12]


def _profile(**overrides: Any) -> dict[str, Any]:
    """BASE_PROFILE with ``overrides`` merged in, as conftest's write_profile writes it."""
    return merged(BASE_PROFILE, overrides)


def _draft(data: dict[str, Any], seed: int | None = None) -> Draft:
    """The draft of ``data`` (a profile written in its own key order, as write_profile does)."""
    return render(data, seed, sort_keys=False)


def rich_profile(
    kind: str,
    level: str = "county",
    minutes: int = 20,
    date: str = "2026-03-10",
    priorities: int = 6,
):
    """A profile with as much content as a clerk gives for a speech of ``minutes``."""
    return _profile(
        kind=kind,
        meeting={"date": date},
        region={"level": level},
        duration_minutes=minutes,
        review={
            "achievements": [
                {
                    "area": "项目建设",
                    "points": ["两所学校建成投用"],
                    "figures": {"完成投资": "1.2亿元"},
                },
                {
                    "area": "教育质量",
                    "points": ["质量监测成绩稳步提升"],
                    "figures": {"本科上线": "980人"},
                },
                {"area": "教师队伍", "figures": {"新招聘教师": "120名"}},
            ],
            "problems": ["学位仍然紧张", "教师结构性缺员", "安全隐患整改不够彻底"],
        },
        priorities=[{"area": name} for name in AREA_NAMES[:priorities]],
    )


@pytest.mark.parametrize("kind", sorted(KINDS))
@pytest.mark.parametrize("level", sorted(LEVELS))
def test_every_kind_at_every_level_is_clean(kind: str, level: str) -> None:
    data = rich_profile(kind, level)
    foreign = foreign_level_words(level)
    for seed in SEEDS:
        document = _draft(data, seed).document
        text = document.title + document.body_text()
        assert sorted(w for w in foreign if w in text) == [], f"{kind}/{level}/{seed}"
        repeated = {s for s in sentences(text) if sentences(text).count(s) > 1}
        assert repeated == set(), f"{kind}/{level}/{seed}: {repeated}"
        parts = len(list(document.headings(1)))
        assert parts >= 2
        for announcement in document.announcements:
            if announcement.scope == "parts":
                assert announcement.count == parts


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_kinds_have_their_own_shape(kind: str) -> None:
    text = _draft(rich_profile(kind)).document.body_text()
    if kind == "work_report":
        assert "我代表" in text or "受" in text
    if kind == "concluding_remarks":
        assert text.startswith("同志们：刚才")
        assert "我再强调" in text
    if kind == "leading_group":
        assert "一、" in text and "一是要" in text and "一要" not in text
    if kind == "teachers_day":
        assert text.startswith("老师们、同志们：")
        assert "第42个教师节" in text
    if kind == "school_opening":
        assert "开学" in text
    if kind == "safety":
        assert text.count("安全") >= 20


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_two_seeds_differ_in_most_paragraphs(kind: str) -> None:
    data = rich_profile(kind)
    one = [b.text for b in _draft(data, 1).document.blocks]
    two = {b.text for b in _draft(data, 2).document.blocks}
    prose = [t for t in one if len(t) > 40]
    differing = [t for t in prose if t not in two]
    assert len(differing) >= 0.6 * len(prose)


def test_next_years_draft_differs_from_this_years() -> None:
    this_year = _draft(rich_profile("leader_speech", date="2026-03-10")).document
    next_year = _draft(rich_profile("leader_speech", date="2027-03-10")).document
    old = {b.text.replace("2025", "").replace("2026", "") for b in this_year.blocks}
    new = [
        b.text.replace("2026", "").replace("2027", "") for b in next_year.blocks if len(b.text) > 40
    ]
    assert sum(1 for t in new if t not in old) >= 0.5 * len(new)


@pytest.mark.parametrize("kind", sorted(KINDS))
@pytest.mark.parametrize(("minutes", "priorities"), [(10, 3), (20, 5), (30, 8)])
def test_length_within_15_percent(kind: str, minutes: int, priorities: int) -> None:
    data = rich_profile(kind, minutes=minutes, priorities=priorities)
    for seed in (0, 3):
        draft = _draft(data, seed)
        target = minutes * 200
        assert abs(draft.chars - target) <= 0.15 * target, (
            f"{kind} {minutes}min seed {seed}: {draft.chars}"
        )
        assert not any("篇幅目标" in n for n in draft.notes)


def test_a_profile_too_thin_for_its_length_gets_a_note() -> None:
    draft = _draft(_profile(duration_minutes=60, priorities=[{"area": "学前教育"}]))
    assert any("篇幅目标约 12000 字" in note for note in draft.notes)


def _asked(fact) -> str:
    """The mark a missing fact is asked by; a count of new works asks whether there are any
    (round as's A: a bare 新建智慧校园示范校【待补】 announced works nobody decided)."""
    asked = f"{fact.label}（{fact.unit}）" if fact.unit else fact.label
    return f"【待补：{asked}，不安排请填“无”】" if fact.new_works else f"【待补：{asked}】"


def _own_first(families, fact):
    """The families carrying a fact, the one its name speaks of first (特色高中创建数: the
    特色发展 family before 县中振兴's): a count of new works is asked where the task names them
    (round cw's 03, A)."""
    return sorted(families, key=lambda f: not any(a in fact.label for a in f.aliases))


def _named(family, fact) -> str:
    return next((a for a in family.aliases if len(a) >= 2 and a in fact.label), family.aliases[0])


@pytest.mark.parametrize("area", sorted(BANK.areas))
def test_every_area_turns_missing_facts_into_placeholders(area: str) -> None:
    """A first-round draft asks, as a placeholder, for each required fact of the sub-topic
    its section speaks about: a task whose words name the sub-topic gets its placeholder.
    (A fact of another sub-topic is not said under this heading: the checklist asks for it.
    A quota of hazards to find is never asked for: round g's readers, weave.not_asked.)"""
    spec = BANK.areas[area]
    for fact in (f for f in spec.facts if f.required and not not_asked(f.label)):
        if spec.families:
            family = next(
                f
                for f in _own_first(spec.families, fact)
                if any(fact.key in u.facts for u in f.units)
                and (not fact.families or f.key in fact.families)  # its own sub-topic
            )
            task = {
                "area": spec.label,
                "points": [f"抓好{_named(family, fact)}" if family.aliases else spec.label],
            }
        else:
            task = {"area": spec.label}
        draft = _draft(_profile(priorities=[task], safeguards=[]), 0)
        assert _asked(fact) in draft.document.placeholders(), (area, fact.key)


@pytest.mark.parametrize("area", sorted(BANK.areas))
def test_every_given_fact_appears_verbatim(area: str) -> None:
    spec = BANK.areas[area]
    facts = {
        fact.label: f"{index + 11}{fact.unit}" if fact.unit != "%" else f"{index + 81}%"
        for index, fact in enumerate(spec.facts)
    }
    for seed in SEEDS:
        draft = _draft(
            _profile(priorities=[{"area": spec.label, "facts": facts}], safeguards=[]), seed
        )
        text = draft.document.body_text()
        for value in facts.values():
            assert value in text, f"{area}: {value} missing (seed {seed})"
        assert not any(f.label in p for f in spec.facts for p in draft.document.placeholders())


@pytest.mark.parametrize("year", range(2016, 2036))
def test_years_and_plan_words_for_every_year(year: int) -> None:
    plan = plan_year(year)
    draft = _draft(rich_profile("leader_speech", date=f"{year}-03-01"))
    text = draft.document.body_text()
    assert draft.document.title.startswith(f"在{year}年")
    assert f"“{plan.plan}”" in text
    if plan.index in (1, 5):
        assert plan.phase in text
    # the policy is said as a clause (，落实《…》) or inside a phrase (、落实《…》)
    said = text.replace(draft.context.policy, "").replace(draft.context.policy_within, "")
    years = {int(y) for y in re.findall(r"(20\d\d)年", said)}
    assert years <= {year, year - 1}


@pytest.mark.parametrize(
    ("year", "plan", "index", "phase"),
    [
        (2016, "十三五", 1, "开局之年"),
        (2020, "十三五", 5, "收官之年"),
        (2021, "十四五", 1, "开局之年"),
        (2023, "十四五", 3, "承上启下之年"),
        (2025, "十四五", 5, "收官之年"),
        (2026, "十五五", 1, "开局之年"),
        (2030, "十五五", 5, "收官之年"),
        (2031, "十六五", 1, "开局之年"),
        (2035, "十六五", 5, "收官之年"),
    ],
)
def test_plan_year_table(year: int, plan: str, index: int, phase: str) -> None:
    result = plan_year(year)
    assert (result.plan, result.index, result.phase) == (plan, index, phase)


def test_policy_references_follow_the_year_and_can_be_overridden(write_profile) -> None:
    from speechdraft.compose.context import build_context
    from speechdraft.intake.profile import load_profile

    early = build_context(load_profile(write_profile(meeting={"date": "2020-03-01"})), BANK)
    late = build_context(load_profile(write_profile(meeting={"date": "2026-03-01"})), BANK)
    assert "党的十九大" in early.policy and "党的二十大" not in early.policy
    assert "党的二十大" in late.policy and "教育强国建设规划纲要" in late.policy
    own = build_context(load_profile(write_profile(policies=["某次全会精神"])), BANK)
    assert own.policy == "某次全会精神"
    texts = [_draft(_profile(policies=["某次全会精神"]), s).document.body_text() for s in range(3)]
    assert all("某次全会精神" in t for t in texts)


@pytest.mark.parametrize(
    "path",
    sorted((Path(__file__).parents[1] / "templates" / "phrases").rglob("*.yaml")),
    ids=lambda p: p.stem,
)
def test_phrase_files_write_no_place_words_literally(path: Path) -> None:
    source = re.sub(r"\{\{.*?\}\}", "", path.read_text(encoding="utf-8"))
    assert (
        re.findall(r"(?:全|我)(?:县|市|区|省|旗|州)|(?:县|市|区|省)(?:委|政府|教育局)", source)
        == []
    )


@pytest.mark.parametrize(
    "path",
    sorted((Path(__file__).parents[1] / "templates" / "kinds").glob("*.j2")),
    ids=lambda p: p.stem,
)
def test_templates_type_no_numbers_years_or_place_words(path: Path) -> None:
    source = re.sub(
        r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", "", path.read_text(encoding="utf-8"), flags=re.S
    )
    assert (
        re.findall(r"(?:全|我)(?:县|市|区|省|旗|州)|(?:县|市|区|省)(?:委|政府|教育局)", source)
        == []
    )
    assert re.findall(r"20\d\d年|十[三四五六]五", source) == []
    assert (
        re.findall(
            r"[一二三四五六七八九十]是|[讲谈]了?[一二两三四五六七八九]点|[一二三四五六七八九十]个方面",
            source,
        )
        == []
    )
