"""Ideas said once, the groups added after round as (templates/norms/restate_ideas.yaml).

Round as's readers struck a stock line saying again what the draft had just said: 机关干部要
经常深入学校督查 after 下基层、明查暗访; 重点关注学生要因人施策 after the clerk's 一生一策;
每一位普通教师的付出都应当得到尊重 after 理应得到全社会的尊重; 要向农村学校和薄弱学科倾斜
twice. The profiles here are this file's own; each idea is said by at most one sentence.
"""

from __future__ import annotations

from typing import Any

import pytest

from _matrix import lines
from one_idea_support import ideas_said_twice

SEEDS = (1, 2, 3, 4)

# this file's own table (a test that read the norms file would pass whatever the file said)
IDEAS: dict[str, tuple[str, ...]] = {
    "inspect_schools": ("深入学校督查", "下学校督查", "经常到学校去", "明查暗访"),
    "one_plan_each": ("一生一策", "因人施策"),
    "teachers_respected": ("得到尊重和肯定", "得到全社会的尊重", "理应得到全社会"),
    "good_teacher_search": ("身边好老师", "身边的好老师"),
    "tilt_to_rural": ("向农村学校和薄弱学科倾斜", "向农村学校倾斜", "向乡村学校倾斜"),
    "records_kept": ("有据可查", "逐项登记", "整改一项复查一项"),
    "project_pace": ("倒排工期", "压茬推进", "常态调度", "挂图作战"),
    "pickup_vehicles": ("接送学生车辆", "接送车辆"),
}


def _safety() -> dict[str, Any]:
    return {
        "kind": "safety",
        "meeting": {"date": "2028-04-24", "name": "全市校园安全工作会议"},
        "region": {"level": "city", "name": "临川市"},
        "speaker": {"title": "副市长", "name": "骆文清"},
        "priorities": [
            {
                "area": "学生心理健康",
                "points": ["对重点关注学生建立台账，实行一生一策，每月跟踪一次"],
            },
            {
                "area": "校园安全",
                "points": ["市教育局会同公安局开展明查暗访，每月通报一次"],
            },
            {"area": "交通安全", "points": ["交警部门整治接送学生车辆违规载客"]},
            "防溺水",
        ],
    }


def _teachers_day() -> dict[str, Any]:
    return {
        "kind": "teachers_day",
        "meeting": {"date": "2033-09-09"},
        "region": {"level": "county_city", "name": "澄江市"},
        "speaker": {"title": "市委书记", "name": "韦思远"},
        "preceding": ["宣读了表彰决定", "为受表彰的教师颁奖"],
        "priorities": [
            {
                "area": "教师队伍",
                "points": [
                    "开展“寻找身边的好老师”活动，评出100名",
                    "新补充教师优先向农村学校倾斜",
                ],
            },
            "尊师重教",
        ],
    }


def _opening() -> dict[str, Any]:
    return {
        "kind": "school_opening",
        "meeting": {"date": "2032-08-26"},
        "region": {"level": "district", "name": "柏溪区"},
        "speaker": {"title": "区教育局局长", "name": "贺明川"},
        "priorities": [
            {
                "area": "项目建设",
                "points": ["城东小学、滨河幼儿园倒排工期，确保9月1日前交付使用"],
            },
            {"area": "校园安全", "points": ["开学前各学校自查隐患，逐项登记、整改一项复查一项"]},
            "督导检查",
        ],
    }


PROFILES = {"safety": _safety, "teachers_day": _teachers_day, "opening": _opening}


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("name", sorted(PROFILES))
def test_each_new_idea_said_by_one_sentence(name: str, seed: int) -> None:
    twice = ideas_said_twice(lines(PROFILES[name](), seed), IDEAS)
    assert not twice, twice


def test_the_clerks_points_stay_when_a_stock_line_goes() -> None:
    for seed in SEEDS:
        text = "\n".join(lines(_safety(), seed))
        assert "一生一策" in text and "明查暗访" in text
        assert "因人施策" not in text
