"""A plan of the clerk's own field keeps its deed (round ar's G).

Round ar's readers changed 全区计划名师工作室20个【待核：新增数还是总数】 (名师工作室: 计划新建20个)
and 计划周转房120套 (周转房: 计划建设120套): the deed the clerk wrote was dropped and a mark asked
what the deed had said. A field the bank does not know is said deed first, unmarked; a field the
bank knows keeps its frame; a deed the name already says is not said twice. Profiles: this
file's own."""

from __future__ import annotations

from typing import Any

import pytest

from _matrix import spoken
from speechdraft.figures import DELTA_CHECK, deed_before_label

SEEDS = (1, 2, 3)


def _report() -> dict[str, Any]:
    return {
        "kind": "work_report",
        "meeting": {"date": "2030-02-20"},
        "region": {"level": "district", "name": "青山区"},
        "speaker": {"title": "区教育局局长", "name": "程立"},
        "priorities": [
            {
                "area": "名师培养",
                "points": ["实施“青山名师”三年培养计划"],
                "facts": {"名师工作室": "计划新建20个"},
            },
            {
                "area": "乡村教师周转房",
                "points": ["向上争取项目资金"],
                "facts": {"周转房": "计划建设120套"},
            },
            {
                "area": "校园足球",
                "points": ["推进校园足球普及"],
                "facts": {"校园足球特色学校": "计划创建15所", "排查整改场地隐患数": "计划整改40项"},
            },
        ],
    }


@pytest.mark.parametrize("seed", SEEDS)
def test_the_clerks_deed_is_said_before_the_field(seed: int) -> None:
    text = spoken(_report(), seed)
    assert "计划新建名师工作室20个" in text
    assert "计划建设周转房120套" in text
    assert "计划创建校园足球特色学校15所" in text
    assert "计划名师工作室" not in text
    assert "计划周转房" not in text
    assert DELTA_CHECK not in text


@pytest.mark.parametrize("seed", SEEDS)
def test_a_deed_the_name_says_is_not_said_twice(seed: int) -> None:
    text = spoken(_report(), seed)
    assert "计划排查整改场地隐患40项" in text
    assert "整改排查整改" not in text


@pytest.mark.parametrize(
    ("name", "value", "said"),
    [
        ("名师工作室", "计划新建20个", ("新建", "20个")),
        ("周转房", "计划建设120套", ("建设", "120套")),
        ("智慧教室", "计划改造全部86间", ("改造", "全部86间")),
        ("排查整改隐患数", "计划整改5000项", None),
        ("新建幼儿园", "计划新建4所", None),
        ("名师工作室", "20个", None),
        ("名师工作室", "计划20个", None),
    ],
)
def test_deed_before_label(name: str, value: str, said: tuple[str, str] | None) -> None:
    assert deed_before_label(name, value) == said
