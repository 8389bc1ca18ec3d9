"""What the season and the year's record allow a speech to claim (round t0's F).

A safety speech said 2020年，全系统上下齐心协力，守护了校园的安宁 one line before the clerk's
three drownings; an autumn school-opening speech closed on 开好局、起好步，全年工作才有好基础.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from _matrix import draft
from speechdraft.situation import read_situation

CALM = re.compile(r"守护了校园的安宁|总体平稳|防范措施落地见效|扎实有效的")


def _spoken(data: dict[str, Any]) -> str:
    return "\n".join(draft(data).document.spoken_lines())


def _safety(seed: int, problem: str) -> dict[str, Any]:
    return {
        "kind": "safety",
        "meeting": {"date": "2021-04-20"},
        "region": {"level": "prefecture", "name": "青川州"},
        "speaker": {"title": "州教育局局长"},
        "review": {"problems": [problem, "部分学校安保人员年龄偏大"]},
        "priorities": ["防溺水", "校车安全"],
        "seed": seed,
    }


@pytest.mark.parametrize(
    ("text", "holds"),
    [
        ("去年发生学生溺亡事故3起、死亡4人", True),
        ("暑期2名学生溺水身亡", True),
        ("全年未发生学生溺亡事故", False),
        ("没有发生师生伤亡事故", False),
        ("严防学生溺亡", False),
        ("实现安全零伤亡", False),
    ],
)
def test_accidents_are_read_from_the_clerks_words(text: str, holds: bool) -> None:
    assert ("accidents" in read_situation([text])) is holds


@pytest.mark.parametrize("seed", range(1, 9))
def test_a_year_with_deaths_is_not_called_calm(seed: int) -> None:
    spoken = _spoken(_safety(seed, "去年发生学生溺亡事故3起、死亡4人"))
    assert "溺亡事故3起" in spoken
    assert CALM.findall(spoken) == []


def test_a_calm_year_may_still_be_called_calm() -> None:
    said = [_spoken(_safety(seed, "全年未发生学生溺亡事故")) for seed in range(1, 9)]
    assert any(CALM.search(text) for text in said)


@pytest.mark.parametrize("seed", range(1, 9))
def test_an_autumn_opening_speaks_of_the_school_year(seed: int) -> None:
    data = {
        "kind": "school_opening",
        "meeting": {"date": "2033-08-26"},
        "region": {"level": "county", "name": "青川县"},
        "speaker": {"title": "县教育局局长"},
        "priorities": ["开学准备"],
        "seed": seed,
    }
    spoken = _spoken(data)
    assert re.findall(r"全年(?:工作|的工作|目标)", spoken) == []


@pytest.mark.parametrize("kind", ["leading_group", "leader_speech", "concluding_remarks"])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_december_2035_meeting_plans_2036(kind: str, seed: int) -> None:
    """Round v's Y: a 9 December 2035 meeting that approved the 2036 要点 said 部署2035年 and
    十六五收官之年 for the year ahead (the year table stopped at 2035)."""
    data = {
        "kind": kind,
        "meeting": {"date": "2035-12-09"},
        "region": {"level": "banner", "name": "青川旗"},
        "speaker": {"title": "旗委书记、领导小组组长"},
        "priorities": ["寄宿制学校", "民族团结"],
        "seed": seed,
    }
    spoken = _spoken(data)
    assert "部署2035年" not in spoken
    assert "十六五”收官之年" not in spoken and "十六五收官之年" not in spoken
