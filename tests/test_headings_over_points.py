"""A heading covers what is said under it. Round ac's readers struck one sub-topic's heading
over a clerk's points about several (（二）规范校外培训行为 over 作业公示 and 延时托管; a review
heading 课后服务实现应开尽开 over 培训机构压减率 and 查处违规培训): where the clerk's points or
figures name several sub-topics of an area, the heading names the area, not one of them."""

from __future__ import annotations

from typing import Any

import pytest

from speechdraft.document import Heading
from speechdraft.pipeline import build_draft

# each sub-topic of 双减 named by its own words; none of these words is in a sibling's heading
_ONE_SUB_TOPIC = ("校外培训", "课后服务", "作业")

_MIXED_POINTS = [
    "全面落实作业总量和时长公示",
    "课后服务时间与家长下班时间衔接，开设延时托管",
    "联合市场监管部门开展校外培训专项治理",
]

LEVELS = ("county", "city", "district", "province")


def _headings(write_profile: Any, seed: int, **overrides: Any) -> list[str]:
    path = write_profile(**overrides)
    document = build_draft(path, seed=seed).document
    return [block.title for block in document.blocks if isinstance(block, Heading)]


@pytest.mark.parametrize("level", LEVELS)
@pytest.mark.parametrize("kind", ["leader_speech", "work_report"])
def test_points_of_several_sub_topics_get_the_areas_heading(
    write_profile: Any, kind: str, level: str
) -> None:
    for seed in (1, 2, 3):
        headings = _headings(
            write_profile,
            seed,
            kind=kind,
            meeting={"date": "2024-02-20"},
            region={"level": level, "name": "测试地"},
            priorities=[
                {"area": "双减", "points": _MIXED_POINTS},
                {"area": "学前教育"},
            ],
        )
        over = [h for h in headings if "双减" in h or any(w in h for w in _ONE_SUB_TOPIC)]
        assert over, headings
        assert all("双减" in h for h in over), (kind, level, seed, over)


@pytest.mark.parametrize("level", LEVELS)
def test_points_of_one_sub_topic_keep_its_heading(write_profile: Any, level: str) -> None:
    """The rule is about mixed points: a section whose points all speak of after-school
    care may still stand under a heading about it."""
    said_of_care = 0
    for seed in (1, 2, 3, 4):
        headings = _headings(
            write_profile,
            seed,
            meeting={"date": "2024-02-20"},
            region={"level": level, "name": "测试地"},
            priorities=[
                {"area": "双减", "points": ["课后服务开设延时托管", "课后服务引入体育艺术社团"]},
                {"area": "学前教育"},
            ],
        )
        said_of_care += any("课后服务" in h for h in headings)
    assert said_of_care >= 1


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("level", LEVELS)
def test_a_review_of_several_sub_topics_has_no_one_sub_topic_lead(
    write_profile: Any, level: str, seed: int
) -> None:
    headings = _headings(
        write_profile,
        seed,
        kind="work_report",
        meeting={"date": "2024-02-20"},
        region={"level": level, "name": "测试地"},
        review={
            "achievements": [
                {
                    "area": "双减",
                    "figures": {
                        "义务教育学校课后服务学生参与率": "93.8%",
                        "学科类校外培训机构压减率": "92.5%",
                        "查处违规培训": "47起",
                    },
                },
                {"area": "学前教育", "figures": {"普惠性幼儿园覆盖率": "90%"}},
            ],
        },
    )
    review_heads = [h for h in headings if any(w in h for w in ("双减", *_ONE_SUB_TOPIC))]
    assert review_heads, headings
    for head in review_heads:
        assert not any(w in head for w in ("课后服务实现", "校外培训治理成果")), (level, head)
