"""A clerk's title that already reads as a clause is not wrapped in 做好…工作.

Round an's readers marked as G: 扎实做好党委政府要把教师工作放在心上工作, 认真做好舍得为教师投入工作,
扎实做好讲好教育故事工作 and 认真做好教育强旗工作."""

from __future__ import annotations

from typing import Any

import pytest

from _matrix import draft as render
from speechdraft.compose.render import own_headings


@pytest.mark.parametrize(
    ("title", "heading"),
    [
        ("党委政府要把教师工作放在心上", "党委政府要把教师工作放在心上"),
        ("舍得为教师投入", "舍得为教师投入"),
    ],
)
def test_a_charge_or_a_willingness_is_the_heading_as_written(title: str, heading: str) -> None:
    assert own_headings(title) == (heading,)


def test_a_verb_with_its_result_is_striven_for() -> None:
    headings = own_headings("讲好教育故事")
    assert headings and all(h.endswith("讲好教育故事") and "做好" not in h for h in headings)


@pytest.mark.parametrize("goal", ["教育强旗", "教育强县", "教育强省"])
def test_a_strong_place_goal_is_built(goal: str) -> None:
    assert all(h.endswith(f"{goal}建设") for h in own_headings(goal))


@pytest.mark.parametrize("name", ["燃气安全", "学前教育", "校园安全"])
def test_other_names_keep_their_headings(name: str) -> None:
    assert any("工作" in h for h in own_headings(name))


def _profile() -> dict[str, Any]:
    return {
        "kind": "teachers_day",
        "meeting": {"date": "2027-09-09"},
        "region": {"level": "county_city", "name": "鹤峪市"},
        "speaker": {"title": "市长", "name": "杜宏亮"},
        "priorities": [{"area": "教师队伍", "title": "讲好教育故事"}],
        "safeguards": [
            {
                "area": "组织领导",
                "title": "党委政府要把教师工作放在心上",
                "points": ["市委常委会每年专题研究教师工作"],
            },
            {"area": "经费保障", "title": "舍得为教师投入", "points": ["新增教育经费优先用于教师"]},
        ],
    }


def test_no_draft_wraps_a_clause_in_zuohao_gongzuo() -> None:
    for seed in (1, 2, 3):
        text = "\n".join(render(_profile(), seed).document.spoken_lines())
        for bad in ("做好党委政府要", "做好舍得", "做好讲好"):
            assert bad not in text, (seed, bad)
