"""Round x's readers' A and Y that were fixed after the reading (not yet measured by a round).

- 教育是国之大计、党之大计 is the 2018 全国教育大会's phrase; 县中振兴 is a 十四五 action (2021-12
  to 2025): past it nothing dated is said.
- A bureau's arrangement nobody decided (班子成员分片包校, 我们将…向集团放权, 建立集团发展性
  评价办法) and 规划排定的项目 in a town with no project are not said.
"""

from __future__ import annotations

from typing import Any

import pytest

from conftest import SpokenOf

SEEDS = (1, 2, 3)


def _profile(
    kind: str, date: str, level: str, title: str, seed: int, **extra: Any
) -> dict[str, Any]:
    return {
        "kind": kind,
        "meeting": {"date": date},
        "region": {"level": level, "name": "青川"},
        "speaker": {"title": title},
        "seed": seed,
        **extra,
    }


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("kind", ["leading_group", "leader_speech"])
def test_the_party_grand_plan_waits_for_2018_09(spoken_of: SpokenOf, seed: int, kind: str) -> None:
    data = _profile(
        kind, "2016-12-15", "banner", "旗委书记", seed, priorities=["学前教育", "县域高中"]
    )
    assert "党之大计" not in spoken_of(data)


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("year", [2027, 2031])
def test_no_county_high_school_action_after_its_plan(
    spoken_of: SpokenOf, seed: int, year: int
) -> None:
    data = _profile(
        "leader_speech", f"{year}-02-25", "county", "县长", seed, priorities=["县中", "县域高中"]
    )
    spoken = spoken_of(data)
    assert "县中振兴" not in spoken
    assert "县域普通高中发展提升行动" not in spoken


@pytest.mark.parametrize("seed", range(1, 7))
@pytest.mark.parametrize("level", ["county", "district"])
def test_no_arrangement_nobody_decided(spoken_of: SpokenOf, seed: int, level: str) -> None:
    data = _profile(
        "work_report",
        "2019-02-20",
        level,
        "县教育局局长" if level == "county" else "区教育局局长",
        seed,
        priorities=["集团化办学", "教师队伍", "优质均衡"],
        safeguards=["调查研究", "组织领导", "工作作风"],
    )
    spoken = spoken_of(data)
    for arranged in ("分片包校", "向集团放权", "评价办法", "我们将实行班子成员"):
        assert arranged not in spoken, arranged


@pytest.mark.parametrize("seed", range(1, 7))
def test_a_town_has_no_planned_projects_unasked(spoken_of: SpokenOf, seed: int) -> None:
    data = _profile(
        "work_report", "2022-03-08", "town", "乡中心学校校长", seed, priorities=["教学质量"]
    )
    assert "规划排定的项目" not in spoken_of(data)


def test_dated_phrases_are_said_only_in_their_years() -> None:
    import datetime

    from speechdraft.phrasebank import sayable

    grand = "教育是国之大计、党之大计，必须摆在优先发展的战略位置。"
    assert not sayable(grand, "party_secretary", "banner", datetime.date(2016, 12, 15))
    assert sayable(grand, "party_secretary", "banner", datetime.date(2019, 3, 1))
    action = "实施县中振兴行动，提升普通高中办学水平。"
    assert sayable(action, "government_head", "county", datetime.date(2023, 2, 25))
    assert not sayable(action, "government_head", "county", datetime.date(2031, 2, 25))
