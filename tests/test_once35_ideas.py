"""Ideas said once, the groups added at stop 47 from round as's D lines still standing
(templates/norms/restate_ideas.yaml).

A leading group's speech said 议大事 and then 议的是全局性的大事; judged the group by 议定的
难题解决了多少 after 议定事项落实得实不实; told its members 分内事 twice in other words. A
teachers' day speech said 师德是第一标准 and then 教师的好坏，首先要看师德. The profiles here
are this file's own; each idea is said by at most one sentence.
"""

from __future__ import annotations

from typing import Any

import pytest

from _matrix import lines
from one_idea_support import ideas_said_twice

SEEDS = (1, 2, 3, 4, 5, 6)

# this file's own table (a test that read the norms file would pass whatever the file said)
IDEAS: dict[str, tuple[str, ...]] = {
    "lg_big_matters": ("议大事", "全局性的大事", "议深议透"),
    "lg_judged_by_results": ("议定的难题解决了多少", "不看开了几次会", "议定事项落实得实不实"),
    "lg_way_of_meeting": ("一事一议", "解决一类问题"),
    "member_units_own_work": ("分内事", "分内之事", "列入本部门的年度工作", "检验协同成效"),
    "ethics_first": ("第一标准", "首先要看师德", "教师队伍建设的首位"),
    "inspect_schools": ("深入学校督查", "下学校督查", "直奔现场", "不打招呼"),
}


def _group() -> dict[str, Any]:
    return {
        "kind": "leading_group",
        "meeting": {"date": "2029-12-12", "name": "县委教育工作领导小组全体会议"},
        "region": {"level": "county", "name": "青石县"},
        "speaker": {"title": "县委书记", "name": "柯明哲"},
        "preceding": ["县教育局汇报了全年教育工作", "县财政局、县人社局作了发言"],
        "priorities": [
            {"area": "教师队伍", "points": ["推进县管校聘，年内交流教师120名"]},
            {"area": "寄宿制学校", "points": ["三所乡镇寄宿制学校完成宿舍改造"]},
            "经费保障",
        ],
    }


def _teachers_day() -> dict[str, Any]:
    return {
        "kind": "teachers_day",
        "meeting": {"date": "2026-09-09"},
        "region": {"level": "prefecture", "name": "云岭州"},
        "speaker": {"title": "州长", "name": "和建林"},
        "priorities": [
            {"area": "师德师风", "points": ["开展师德专题教育，签订师德承诺书"]},
            "教师待遇",
        ],
    }


def _safety() -> dict[str, Any]:
    return {
        "kind": "safety",
        "meeting": {"date": "2032-06-10"},
        "region": {"level": "autonomous_region", "name": "北疆自治区"},
        "speaker": {"title": "自治区教育厅厅长", "name": "乌兰图雅"},
        "priorities": ["防溺水", {"area": "校园安全", "points": ["开展汛期安全大检查"]}],
        "safeguards": [{"area": "督导检查"}],
    }


PROFILES = {"group": _group, "teachers_day": _teachers_day, "safety": _safety}


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("name", sorted(PROFILES))
def test_each_new_idea_said_by_one_sentence(name: str, seed: int) -> None:
    twice = ideas_said_twice(lines(PROFILES[name](), seed), IDEAS)
    assert not twice, twice
