"""A lead that counts says the count it leads (round ar's F).

Round ar's readers struck 几项具体安排也要一并落实到位：8月31日前各校要完成教科书、作业本发放。 and
还有几件具体的事：蒙古语授课学校教材要在8月底前发放到位。: 几项 before one sentence. Profiles:
this file's own."""

from __future__ import annotations

from typing import Any

import pytest

from _matrix import lines

SEEDS = tuple(range(1, 9))
SEVERAL = ("几件", "几项", "这几项")


def _opening(points: list[str]) -> dict[str, Any]:
    return {
        "kind": "school_opening",
        "meeting": {"date": "2016-08-26", "name": "2016年秋季开学工作会议"},
        "region": {"level": "county", "name": "石桥县"},
        "speaker": {"title": "县教育局局长", "name": "冉国庆"},
        "priorities": [
            {"area": "开学准备", "points": points},
            {"area": "校园安全", "points": ["开学前完成校舍安全排查"]},
        ],
    }


def _line_with(data: dict[str, Any], seed: int, words: str) -> str:
    found = [line for line in lines(data, seed) if words in line]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("seed", SEEDS)
def test_one_arrangement_is_not_led_as_several(seed: int) -> None:
    line = _line_with(_opening(["8月31日前各校完成教科书、作业本发放"]), seed, "作业本")
    lead = line.split("8月31日", 1)[0]
    assert lead, line  # led, not a stray line
    assert not any(word in lead for word in SEVERAL), line


def test_several_arrangements_may_be_led_as_several() -> None:
    points = ["8月31日前各校完成教科书、作业本发放", "新教师8月25日前全部到岗"]
    leads = {_line_with(_opening(points), seed, "作业本").split("8月31日", 1)[0] for seed in SEEDS}
    assert any(word in lead for lead in leads for word in SEVERAL), leads
