"""Stock lines round ar's readers changed, as the drafts now read them (this file's profiles).

- a leading group's review item in the form of its neighbours (二是要…, not 二是关于今年的工作
  or 二是简要说一说…), of the year so far at a July meeting whose results date to no year;
- the group's own head does not thank its members for 鼎力支持 (said of peers);
- one endorsement (我完全同意 … 我完全赞同 was said twice)."""

from __future__ import annotations

import re
from typing import Any

import pytest

from _matrix import spoken

SEEDS = tuple(range(1, 9))


def _group(date: str, title: str = "州委书记") -> dict[str, Any]:
    return {
        "kind": "leading_group",
        "meeting": {"date": date, "name": "州委教育工作领导小组全体会议"},
        "region": {"level": "prefecture", "name": "黔川州"},
        "speaker": {"title": title, "name": "杨光"},
        "review": {
            "achievements": [
                {
                    "area": "上半年工作",
                    "points": ["上半年议定的5项事项已完成3项"],
                    "figures": {"上半年教育项目到位资金": "3.2亿元"},
                }
            ]
        },
        "priorities": [{"area": "教师队伍", "points": ["补充教师300名"]}],
    }


@pytest.mark.parametrize("seed", SEEDS)
def test_a_mid_year_review_item_is_of_the_year_so_far(seed: int) -> None:
    text = spoken(_group("2033-07-14"), seed)
    second = re.search(r"二是([^。\n]*)", text)
    assert second is not None
    assert second.group(1).startswith("要"), second.group(1)
    assert "今年以来" in second.group(1)
    assert "2032年" not in second.group(1)
    assert "关于" not in second.group(1) and "简要说一说" not in second.group(1)


def test_the_groups_head_does_not_thank_it_for_support_given() -> None:
    for seed in SEEDS:
        assert "鼎力支持" not in spoken(_group("2033-01-10"), seed)


def _closing() -> dict[str, Any]:
    return {
        "kind": "concluding_remarks",
        "meeting": {"date": "2033-02-22", "name": "全旗教育工作会议"},
        "region": {"level": "banner", "name": "乌兰敖包旗"},
        "speaker": {"title": "旗委副书记", "name": "巴特尔"},
        "preceding": ["旗长出席会议并讲话", "旗教育局局长作了工作报告"],
        "review": {
            "achievements": [{"area": "2032年教育工作", "points": ["新建寄宿制学校2所"]}],
            "problems": ["牧区学校生源持续减少"],
        },
        "priorities": [{"area": "教师队伍", "points": ["补充教师60名"]}],
    }


@pytest.mark.parametrize("seed", SEEDS)
def test_one_endorsement(seed: int) -> None:
    text = spoken(_closing(), seed)
    said = re.findall(r"我(?:完全|都)(?:同意|赞同)", text)
    assert len(said) <= 1, said
