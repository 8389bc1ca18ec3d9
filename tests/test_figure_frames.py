"""A clerk's figure in a frame that fits it (branch figure23; round ak's G and R on figures).

Round ak's readers marked figures pasted into frames that do not fit them: a rate's name with
a count (2018年高考本科上线率达到612人), an honour's name with a count and no verb (“青梅好老师”
30名), a grade and its count (全市学校食堂量化分级A级68所), a report table's row (全区通过…认定
的县96个), a bare number after 为 (新建微型消防站为60), a project's 总投资 said as this year's
plan (今年…项目计划总投资26.5亿元), a present figure glued to an
order of another topic (全旗现有寄宿生4380人，要抓好寄宿生周末接送) and a plan figure welded
after an order of another task (…要每学期对校车检测一次，今年全市计划完成校车驾驶员培训430人次).
The rules look at the figure's name (rate, count, honour, grade, table row, total investment)
and its value (%, count with unit, bare number), never at the quoted sentences; the profiles
here are this file's own.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from _matrix import spoken
from speechdraft.compose.lead_frames import LEVEL_RAISED, STOCK_DUTIES
from speechdraft.compose.weave import plan_sentence, review_figure

_SENTENCE = re.compile(r"[^。！？\n]+[。！？]?")


@pytest.mark.parametrize(
    ("label", "value", "said"),
    [
        # an honour's quoted name with people counted: the honour is awarded
        ("“青川好老师”", "25名", "评选表彰“青川好老师”25名"),
        # an honour's name with places counted: a stock reached
        ("“平安书香校园”", "14所", "“平安书香校园”达到14所"),
        # a grade the things reached: the count before the things, the grade after 达到
        ("学校食堂量化分级A级", "57所", "57所学校食堂量化分级达到A级"),
        (
            "全县幼儿园办园行为督导评估优秀等次",
            "23所",
            "全县23所幼儿园办园行为督导评估达到优秀等次",
        ),
        # a report table's row (…的县 N个): the count of places that did it
        (
            "通过国家县域学前教育普及普惠督导评估的县",
            "41个",
            "有41个县通过国家县域学前教育普及普惠督导评估",
        ),
    ],
)
def test_a_count_takes_the_predicate_its_name_implies(label: str, value: str, said: str) -> None:
    assert review_figure(label, value) == said


def test_a_station_counted_bare_takes_its_measure_word() -> None:
    from speechdraft.compose.weave import fact_clause

    assert fact_clause("新建微型消防站", "48") == "新建微型消防站48个"
    assert "为" not in fact_clause("新建微型消防站", "48")


def test_a_projects_total_is_not_this_years_plan() -> None:
    alone = plan_sentence(["总投资3.4亿元"], "今年", "全县", "城区学位扩容")
    assert alone == "城区学位扩容项目总投资3.4亿元。"
    with_others = plan_sentence(["总投资3.4亿元", "新增学位2400个"], "今年", "全县", "城区学位扩容")
    assert with_others == "今年全县计划新增学位2400个，城区学位扩容项目总投资3.4亿元。"
    assert "计划总投资" not in with_others


def _profile(kind: str, level: str, speaker: str, date: str, **parts: Any) -> dict[str, Any]:
    return {
        "kind": kind,
        "meeting": {"date": date},
        "region": {"level": level, "name": "青川"},
        "speaker": {"title": speaker},
        **parts,
    }


def _sentences(text: str) -> list[str]:
    return [s for line in text.splitlines() for s in _SENTENCE.findall(line) if s.strip()]


_OPENING = _profile(
    "school_opening",
    "banner",
    "旗教育局局长",
    "2027-08-27",
    review={
        "achievements": [
            {
                "area": "教育质量",
                "points": ["2027年高考本科上线率较上年提高4.1个百分点"],
                "figures": {"高考本科上线": "587人"},
            },
        ]
    },
    priorities=[
        {
            "area": "寄宿制学校管理",
            "points": ["寄宿生周末接送"],
            "facts": {"寄宿生": "3,960人"},
        },
        {
            "area": "学前教育",
            "points": ["贯彻实施《学前教育法》，落实公办幼儿园大班免保教费政策"],
            "facts": {"普惠性幼儿园覆盖率": "现有91.5%"},
        },
        {
            "area": "校车安全",
            "points": ["遇暴雪天气，旗教育局会同交警大队及时调整或停运校车线路"],
            "facts": {"校车": "84辆"},
        },
    ],
)


@pytest.mark.parametrize("seed", [1, 2])
def test_a_rates_change_and_a_count_are_said_each_with_its_name(seed: int) -> None:
    text = spoken(_OPENING, seed)
    assert not re.search(r"率(?:达到|为)?587人", text)
    assert "本科上线587人" in text
    assert "上线率较上年提高4.1个百分点" in text


@pytest.mark.parametrize("seed", [1, 2])
def test_a_present_figure_is_not_glued_to_an_order_of_another_topic(seed: int) -> None:
    sentences = _sentences(spoken(_OPENING, seed))
    for figure in ("寄宿生3960人", "91.5%", "校车84辆"):
        said = [s for s in sentences if figure in s]
        assert said, figure  # nothing the clerk wrote is dropped
        for sentence in said:
            # what is done about the level itself (还要在这个基础上继续提高) or with the people
            # or things counted (寄宿生 → 生活管理和安全看护要跟上) is no other order
            for raised in (*LEVEL_RAISED, *(duty for _, duty in STOCK_DUTIES)):
                sentence = sentence.replace(raised, "")
            assert not re.search(r"[，；](?:[^，；。]{0,12})?要", sentence), sentence


_SAFETY = _profile(
    "safety",
    "county_city",
    "副市长",
    "2026-03-12",
    priorities=[
        {
            "area": "校车安全",
            "points": ["交通运输、公安交警部门每学期对校车检测一次"],
            "facts": {"校车驾驶员培训": "380人次"},
        },
        {
            "area": "学位扩容",
            "title": "城区学位扩容",
            "facts": {"总投资": "3.8亿元", "新增学位": "2,600个"},
        },
    ],
)


@pytest.mark.parametrize("seed", [1, 2])
def test_a_total_investment_is_never_this_years_plan(seed: int) -> None:
    text = spoken(_SAFETY, seed)
    assert "3.8亿元" in text
    assert "计划总投资" not in text
    for sentence in _sentences(text):
        if "总投资" in sentence:
            head = sentence[: sentence.index("总投资")]
            assert not re.search(r"今年|全年|年内|计划$", head.split("，")[-1]), sentence
