"""A stock line asks for an indicator (【待补】) only where the profile set that task and gave
no figure for it (branch asks26, round an's F, A and D; issue 11's principle: every specific
has a source).

- a measure the profile gives in any form (现有100%, 现有612所, a review figure) is not asked
  again (学校党组织覆盖率要达到【待补】 after 保持100%);
- an indicator counting a task the profile never set (创建特色高中, 集团化办学) is not asked
  (``asked_when_named``), and is asked where the profile names the task;
- a society-wide indicator (普通话普及率) is not asked at a school opening (``asked_kinds``),
  and is at a leader's speech;
- a figure the clerk wrote as an addition (计划新增40个) is said with his 新增, without
  【待核：新增数还是总数】.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from _matrix import spoken
from speechdraft.compose.additions import addition_said
from speechdraft.figures import DELTA_CHECK
from speechdraft.markup import LITERAL_CLOSE, LITERAL_OPEN

SEEDS = (1, 2, 3)
ASK = re.compile(r"【待补：[^】]*】")


def _profile(kind: str, priorities: list[dict[str, Any]], **extra: Any) -> dict[str, Any]:
    titles = {"leader_speech": "县委书记", "school_opening": "县教育局局长"}
    data: dict[str, Any] = {
        "kind": kind,
        "meeting": {"date": "2027-03-10" if kind != "school_opening" else "2027-08-28"},
        "region": {"level": "county", "name": "青禾县"},
        "speaker": {"title": titles[kind], "name": "赵明远"},
        "duration_minutes": 25,
        "priorities": priorities,
    }
    data.update(extra)
    return data


def _asks(text: str, label: str) -> list[str]:
    return [s for s in re.findall(r"[^。\n]*。", text) if f"【待补：{label}" in s]


# 党建: the profile gives both indicators as the present; neither is asked again
PARTY = _profile(
    "leader_speech",
    [
        {
            "area": "党建",
            "points": ["深化党组织领导的校长负责制"],
            "facts": {
                "中小学校党组织覆盖率": "现有100%",
                "推行党组织领导的校长负责制中小学校数": "现有148所",
            },
        },
        {"area": "义务教育优质均衡", "points": ["化解城区学校大班额"]},
    ],
)


@pytest.mark.parametrize("seed", SEEDS)
def test_a_measure_given_as_the_present_is_not_asked_again(seed: int) -> None:
    text = spoken(PARTY, seed)
    assert "148所" in text
    assert not _asks(text, "中小学校党组织覆盖率")
    assert not _asks(text, "推行党组织领导的校长负责制中小学校数")


# 县域高中 and 义务教育: tasks without 特色高中 or 集团化办学 in the profile
PLAIN_TASKS = _profile(
    "leader_speech",
    [
        {
            "area": "县域普通高中发展",
            "points": ["启动县一中新校区规划", "深化高中课程改革，探索走班教学"],
            "facts": {"高中阶段毛入学率": "达到92%"},
        },
        {
            "area": "义务教育均衡发展",
            "points": ["推进城乡学校结对帮扶"],
            "facts": {"标准班额达标率": "达到85%"},
        },
    ],
)
NAMED_TASKS = _profile(
    "leader_speech",
    [
        {"area": "县域高中", "points": ["推进普通高中特色发展，创建特色高中"]},
        {"area": "义务教育优质均衡", "points": ["深化集团化办学"]},
    ],
)


@pytest.mark.parametrize("seed", SEEDS)
def test_an_indicator_of_a_task_never_set_is_not_asked(seed: int) -> None:
    text = spoken(PLAIN_TASKS, seed)
    assert not _asks(text, "特色高中创建数")
    assert not _asks(text, "集团化办学覆盖率")


def test_an_indicator_of_a_task_the_profile_names_is_asked() -> None:
    """The indicator stays asked where the clerk set the task (a seed of three)."""
    texts = [spoken(NAMED_TASKS, seed) for seed in SEEDS]
    assert any(_asks(text, "集团化办学覆盖率") for text in texts)


def _language(kind: str) -> dict[str, Any]:
    return _profile(
        kind, [{"area": "国家通用语言文字", "points": ["加强教师国家通用语言文字培训"]}]
    )


@pytest.mark.parametrize("seed", SEEDS)
def test_a_society_wide_rate_is_not_asked_at_a_school_opening(seed: int) -> None:
    assert not _asks(spoken(_language("school_opening"), seed), "普通话普及率")


def test_a_society_wide_rate_is_asked_in_a_years_speech() -> None:
    texts = [spoken(_language("leader_speech"), seed) for seed in SEEDS]
    assert any(_asks(text, "普通话普及率") for text in texts)


ADDED = _profile(
    "leader_speech",
    [
        {
            "area": "劳动教育",
            "points": ["统筹建设劳动教育实践基地"],
            "facts": {"劳动教育实践基地数": "计划新增40个"},
        },
        {
            "area": "思政课建设",
            "points": ["配齐建强思政课教师队伍"],
            "facts": {"专职思政课教师配备人数": "计划新增60名"},
        },
    ],
)


@pytest.mark.parametrize("seed", SEEDS)
def test_a_planned_addition_keeps_the_clerks_deed_and_is_not_marked(seed: int) -> None:
    text = spoken(ADDED, seed)
    said = [s for s in re.findall(r"[^。\n]*。", text) if re.search(r"(?<!\d)(?:40个|60名)", s)]
    assert said, "the figures are said"
    assert DELTA_CHECK not in text
    for sentence in said:
        assert re.search(r"(?:新增|新建|创建|补充|打造)[^，。]*?(?:40个|60名)", sentence), sentence


def _marked(value: str) -> str:
    return LITERAL_OPEN + value + LITERAL_CLOSE


@pytest.mark.parametrize(
    ("frame", "said"),
    [
        (
            "今年劳动教育实践基地要达到{}，让学生有去处。",
            "今年劳动教育实践基地要新增{}，让学生有去处。",
        ),
        (
            "今年计划配备专职思政课教师{}，做到专职为主。",
            "今年计划新增专职思政课教师{}，做到专职为主。",
        ),
        ("民族团结进步示范学校今年要保持在{}。", "民族团结进步示范学校今年要新增{}。"),
        ("全年要打造示范学校{}，发挥示范引领作用。", "全年要打造示范学校{}，发挥示范引领作用。"),
    ],
)
def test_addition_said_swaps_a_verb_of_totals_for_the_deed(frame: str, said: str) -> None:
    value = "40个"
    text = frame.format(_marked(value + DELTA_CHECK))
    assert addition_said(text, [(value + DELTA_CHECK, "新增")]) == said.format(_marked(value))


def test_addition_said_keeps_the_mark_where_the_clause_says_a_total() -> None:
    text = "全年劳动教育实践基地总数要达到{}。".format(_marked("40个" + DELTA_CHECK))
    assert addition_said(text, [("40个" + DELTA_CHECK, "新增")]) == text
