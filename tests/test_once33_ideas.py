"""Ideas said once, the groups added after round ar (templates/norms/restate_ideas.yaml).

Round ar's readers struck a stock line that says again what a clerk's point or another stock
line of the same draft has just said: 这些成绩，为今年的工作打下了基础 then 去年打下的基础，
要在今年转化为新的进展; “双线四级”责任制 then 坚持行政和教育双线控辍; 督查发现的问题要当场
反馈 then 能当场解决的要当场解决; 督查不能只听汇报，还要到师生和家长中去 beside 多听学校和师生
的意见. The profiles here are this file's own; each group is said by at most one sentence.
"""

from __future__ import annotations

from typing import Any

import pytest

from _matrix import lines
from one_idea_support import ideas_said_twice

SEEDS = (1, 2, 3)

# the ideas this round taught the tree, each in the words of round ar's readers (this file's
# own table: a test that read the norms file would pass whatever the file said)
IDEAS: dict[str, tuple[str, ...]] = {
    "groundwork": ("打下了基础", "打下的基础", "打下了良好基础"),
    "dual_track": ("双线四级", "双线控辍", "行政和教育双线"),
    "prompt_service": ("及时办理", "及时答复", "限时办结", "办事不能等"),
    "self_check": ("自己先查", "自查自纠", "对照要求自查"),
    "on_the_spot": ("现场反馈", "当场反馈", "当场解决", "现场解决"),
    "judged_below": ("不能只听汇报", "到师生和家长中去", "多听学校和师生的意见", "听听师生"),
    "layer_duty": ("压实安全责任", "安全责任压实", "一直落实到每个岗位", "层层传导压力"),
    "who_owns": ("哪个单位的问题", "涉及哪个单位", "哪个单位就要"),
    "who_leads": ("有人牵头", "由谁牵头", "明确牵头单位", "谁来抓"),
    "field_research": ("调查研究之风", "大兴调查研究", "带头深入基层", "深入基层调研", "到校调研"),
}


def _closing() -> dict[str, Any]:
    return {
        "kind": "concluding_remarks",
        "meeting": {"date": "2033-02-22", "name": "2033年全旗教育工作会议"},
        "region": {"level": "banner", "name": "乌兰敖包旗"},
        "speaker": {"title": "旗委副书记", "name": "巴特尔"},
        "preceding": ["旗长出席会议并讲话", "旗教育局局长作了工作报告"],
        "review": {
            "achievements": [
                {
                    "area": "2032年教育工作",
                    "points": ["全旗通过县域义务教育优质均衡发展督导评估"],
                    "figures": {"教育总投入": "2.18亿元，同比增长5.4%"},
                }
            ],
            "problems": [
                "牧区学校生源持续减少",
                "个别苏木镇对教育重视不够",
            ],
        },
        "priorities": [
            {
                "area": "会议精神传达",
                "points": ["各苏木镇、各学校3月10日前传达会议精神"],
            },
            {"area": "教师队伍", "points": ["提请旗委编委核增中小学教职工编制"]},
            {"area": "校园安全", "points": ["要压实安全责任"]},
        ],
    }


def _prefecture_report() -> dict[str, Any]:
    return {
        "kind": "work_report",
        "meeting": {"date": "2022-02-17"},
        "region": {"level": "prefecture", "name": "青河州"},
        "speaker": {"title": "州教育局局长", "name": "马晓川"},
        "review": {
            "achievements": [
                {
                    "area": "义务教育",
                    "points": ["九年义务教育巩固率达到96.1%", "劝返复学学生全部建档"],
                }
            ],
            "problems": ["部分县城学校大班额问题仍然突出"],
        },
        "priorities": [
            {"area": "控辍保学", "points": ["落实“双线四级”责任制", "劝返复学学生“一生一案”"]},
            {"area": "作风建设", "points": ["机关干部每人联系一所薄弱学校"]},
            {"area": "教师队伍", "points": ["招聘教师300名"]},
        ],
    }


def _town_safety() -> dict[str, Any]:
    return {
        "kind": "safety",
        "meeting": {"date": "2031-06-18", "name": "青沟乡暑期学生安全工作会议"},
        "region": {"level": "town", "name": "青沟乡"},
        "speaker": {"title": "乡中心学校校长", "name": "覃秀英"},
        "review": {"problems": ["留守儿童多，暑期多由祖辈照看", "河滩挖沙留下深坑"]},
        "priorities": [
            {"area": "防溺水", "points": ["放假前每名学生家长签收安全告知书"]},
            {"area": "安全督查", "points": ["乡中心学校对各村小、教学点逐校督查"]},
            {"area": "责任落实", "points": ["要压实安全责任"]},
        ],
    }


def _opening_2016() -> dict[str, Any]:
    return {
        "kind": "school_opening",
        "meeting": {"date": "2016-08-29", "name": "2016年秋季开学工作会议"},
        "region": {"level": "county", "name": "石桥县"},
        "speaker": {"title": "县教育局局长", "name": "冉国庆"},
        "priorities": [
            {"area": "作风建设", "points": ["机关股室服务学校做到马上就办"]},
            {"area": "开学准备", "points": ["开学前完成校舍安全排查"]},
            {"area": "校园安全", "points": ["学校自查和教育局督查相结合"]},
        ],
    }


PROFILES = {
    "closing": _closing,
    "prefecture_report": _prefecture_report,
    "town_safety": _town_safety,
    "opening_2016": _opening_2016,
}


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("name", sorted(PROFILES))
def test_each_new_idea_said_by_one_sentence(name: str, seed: int) -> None:
    twice = ideas_said_twice(lines(PROFILES[name](), seed), IDEAS)
    assert not twice, twice


def test_the_clerks_point_stays_when_a_stock_line_goes() -> None:
    for seed in SEEDS:
        text = "\n".join(lines(_town_safety(), seed))
        assert "压实安全责任" in text
        assert "一直落实到每个岗位" not in text
