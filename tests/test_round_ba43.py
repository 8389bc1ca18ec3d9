"""Round ba (heldout-53 and heldout-55, rendered at aa923148, read blind: docs/review/2026-12-05ba):
fixes made in stop 53 from the labels of the first readers. Each test fails on the tree the round
was rendered at."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from _matrix import lines, meeting, spoken
from speechdraft.compose.occasion import said_done
from speechdraft.compose.weave import charge
from speechdraft.numerals import arabic_quantities, turned_quantities

ROUND = Path(__file__).parents[1] / "docs" / "review" / "2026-12-05ba"


@pytest.mark.parametrize(
    ("written", "said"),
    [
        # both ends of a change alike (R: 由上年的41个减少到九个, 由37家压减到两家)
        ("大班额由上年的四十一个减少到九个", "大班额由上年的41个减少到9个"),
        ("培训机构由三十七家压减到两家", "培训机构由37家压减到2家"),
        # both ends of a range alike (R: 每月发放二百至600元)
        ("按边远程度分三档每月发放二百至六百元", "按边远程度分三档每月发放200至600元"),
        # a full rate reached is a figure (R: 整改率88.8%；…覆盖率已达到百分之百)
        ("明厨亮灶覆盖率已达到百分之百", "明厨亮灶覆盖率已达到100%"),
        # a count of 个 in tens beside counts in digits (R: 56人以上班级四十一个)
        ("县城四所小学有五十六人以上班级四十一个", "县城四所小学有56人以上班级41个"),
        # counted things in tens (R: 剩余未达标的二十一处)
        ("剩余未达标的二十一处", "剩余未达标的21处"),
        # 十 alone before a counted thing (D: 十所…示范点 and 示范校10所 were one figure unseen)
        ("抓好城区十所中小学党建示范点建设", "抓好城区10所中小学党建示范点建设"),
    ],
)
def test_a_figure_is_written_one_way(written: str, said: str) -> None:
    assert arabic_quantities(written) == said
    shown = turned_quantities(written)
    assert shown and all(before in written for before, _ in shown)


@pytest.mark.parametrize(
    "kept",
    [
        "百分之百地投入",
        "五十六个民族",
        "十年树人",
        "第十所",
        "二十四个班",
        "部分村小只有两三名教师",
    ],
)
def test_words_that_are_no_figure_stay(kept: str) -> None:
    assert arabic_quantities(kept) == kept


@pytest.mark.parametrize(
    ("point", "said"),
    [
        # a question with its answer: no speech asks itself, and no 拟要 (G R)
        (
            "学校党组织书记、校长“一肩挑”还是分设？拟按学校规模分类确定，具体方案待组织部研究",
            "关于学校党组织书记、校长“一肩挑”还是分设，拟按学校规模分类确定，具体方案待组织部研究",
        ),
        (
            "课后服务经费标准是否提高？拟由县财政局、县发改委共同测算后报县政府常务会研究",
            "关于课后服务经费标准是否提高，拟由县财政局、县发改委共同测算后报县政府常务会研究",
        ),
        # 要 before the measure's start (G: 权重由3分要提高到6分)
        (
            "教育工作在乡镇年度综合考核中的权重由3分提高到6分，考核结果与干部评先评优挂钩",
            "教育工作在乡镇年度综合考核中的权重要由3分提高到6分，考核结果与干部评先评优挂钩",
        ),
        # a plan and its figure is reported, not ensured (G: 要确保…今年计划投入…)
        (
            "全面改薄项目今年计划投入约6800万元，涉及学校23所，其中已完成前期手续的15所",
            "全面改薄项目今年计划投入约6800万元，涉及学校23所，其中已完成前期手续的15所",
        ),
        # one more batch (G: 要确保县中托管帮扶再扩大一批)
        ("县中托管帮扶再扩大一批", "县中托管帮扶要再扩大一批"),
        # a decision not to do a thing (G: 要对今年不另行评比表彰)
        (
            "今年不另行评比表彰，集中为从教30年教师颁发荣誉证书",
            "今年不另行评比表彰，集中为从教30年教师颁发荣誉证书",
        ),
        # a present state (G: 要推动全县学校现有消防设施检测完好率96%)
        (
            "全县学校现有消防设施检测完好率96%，剩余未达标的21处计划9月28日前更换完毕",
            "全县学校现有消防设施检测完好率96%，剩余未达标的21处计划9月28日前更换完毕",
        ),
        # a body's plan whose groundwork is done (G F: 要补充教师150名…，已完成招聘方案报批)
        (
            "县人社局、县编办今年计划补充教师150名，其中特岗80名，已完成招聘方案报批",
            "县人社局、县编办今年计划补充教师150名，其中特岗80名，已完成招聘方案报批",
        ),
    ],
)
def test_a_clerks_statement_keeps_its_form(point: str, said: str) -> None:
    assert charge(point, False) == said


def test_a_topic_then_its_plan_takes_no_lead() -> None:
    """G: 要推动城南中学项目方面，主体工程计划5月底前封顶…"""
    said = charge("城南中学项目方面，主体工程计划5月底前封顶，8月完成内部装修", False)
    assert said == "城南中学项目方面，主体工程计划5月底前封顶，8月完成内部装修"


def test_a_document_adopted_in_principle_takes_its_le_after_the_last_verb() -> None:
    """G: 会议审议了并原则通过《…》."""
    assert said_done("审议并原则通过《议事规则》和《工作细则》") == (
        "审议并原则通过了《议事规则》和《工作细则》"
    )


def _teachers_day_without_commendation() -> dict[str, Any]:
    data = meeting(
        "teachers_day",
        "2035-09-09",
        "district",
        "汀埠区",
        "区委书记",
        minutes=15,
        preceding=["区领导为从教30年的教师颁发荣誉证书", "从教30年教师代表发言"],
        safeguards=[
            {
                "area": "营造良好氛围",
                "points": ["今年不另行评比表彰，集中为从教30年教师颁发荣誉证书"],
            }
        ],
    )
    data["meeting"]["name"] = "汀埠区庆祝第51个教师节慰问会暨从教30年教师荣誉证书颁发仪式"
    return data


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_teachers_day_that_commends_nobody_says_no_commendation(seed: int) -> None:
    """F (three lines in one draft): 表彰先进、树立标杆, 向今天受到表彰的同志们表示热烈的祝贺,
    希望受表彰的同志戒骄戒躁 at a 慰问会 whose clerk wrote 今年不另行评比表彰."""
    text = spoken(_teachers_day_without_commendation(), seed)
    assert re.findall(r"受(?:到)?表彰|表彰先进|(?:今天|这次)的?表彰|表彰的名额", text) == []
    assert "今年不另行评比表彰，集中为" in text and "要对今年" not in text


def _supervision_meeting() -> dict[str, Any]:
    data = meeting(
        "concluding_remarks",
        "2031-11-12",
        "prefecture",
        "岚江州",
        "州人民政府副州长",
        minutes=12,
        preceding=["州教育局通报了自评发现的问题和整改进度", "会议对照问题清单逐项进行了督办"],
        review={
            "achievements": [
                {
                    "area": "今年已完成的指标",
                    "points": ["全州42项自评问题已整改到位31项，其余11项正在推进。"],
                    "figures": {"问题整改完成数": "已完成31项"},
                }
            ]
        },
        targets={
            "guideline": "对标评价指标，逐项销号，11月底前全部问题整改到位。",
            "items": ["自评问题整改完成率达到100%"],
        },
        priorities=[
            {
                "area": "教育督导评估",
                "points": ["滞后事项实行“一事一单”，牵头部门主要负责同志签字背书"],
                "facts": {"责任督学人数": "现有356名", "挂牌督导覆盖学校数": "现有1240所"},
            }
        ],
    )
    data["meeting"]["name"] = "岚江州迎接省政府履行教育职责评价工作督办会"
    return data


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_november_supervision_meeting_works_on_this_years_task(seed: int) -> None:
    """Y F: 明年工作的总体思路已经明确：…11月底前全部问题整改到位, 明年要确保…; a thank-you to
    every teacher for the year; D: …已整改到位31项，…，问题整改完成31项; R: 现有…，现有…"""
    text = spoken(_supervision_meeting(), seed)
    assert "明年" not in text
    assert "今年工作的总体思路" not in text and "今年的总体要求" not in text
    assert not re.search(r"向[^。！]{0,12}(?:全系统|广大教师)[^。！]{0,12}(?:感谢|辛苦)", text)
    assert text.count("31项") == 1
    assert re.search(
        r"现有(?:责任督学356名、挂牌督导覆盖学校1240所|挂牌督导覆盖学校1240所、责任督学356名)", text
    )


def test_a_figure_a_point_tells_is_found() -> None:
    from speechdraft.compose.figure_once import sum_told, told_in_points

    assert told_in_points("问题整改完成数", "已完成31项", ["全州42项自评问题已整改到位31项"])
    assert told_in_points("思政实践教育基地数", "计划3个", ["拟新建思政实践教育基地三个"])
    assert told_in_points("中小学校党组织覆盖率", "现有100%", ["全市中小学党组织覆盖率保持100%"])
    assert sum_told("计划110名", ["现有专职思政课教师86名，今年计划再配备24名"])
    assert not sum_told("计划120名", ["现有专职思政课教师86名，今年计划再配备24名"])


def _work_report_2019() -> dict[str, Any]:
    return meeting(
        "work_report",
        "2019-03-05",
        "county_city",
        "汶川市",
        "市教育局局长",
        priorities=[
            {
                "area": "党的建设",
                "points": [
                    "机关党委：全市中小学党组织覆盖率保持100%；今年重点抓好城区十所党建示范点建设。"
                ],
                "facts": {"新创建党建示范校数": "计划10所", "中小学校党组织覆盖率": "现有100%"},
            },
            {
                "area": "立德树人与思政教育",
                "points": [
                    "德育科：现有专职思政课教师86名，今年计划再配备24名；拟新建思政实践教育基地三个。"
                ],
                "facts": {"专职思政课教师配备人数": "计划110名", "思政实践教育基地数": "计划3个"},
            },
            {
                "area": "学前教育",
                "points": ["城西幼儿园（9个班）：主体已完成，计划6月底前竣工验收，秋季开园。"],
            },
            {
                "area": "双减与课后服务",
                "points": ["继续开展校外培训机构专项治理，对无证机构“发现一家、取缔一家”。"],
            },
        ],
    )


@pytest.mark.parametrize("seed", [1, 2])
def test_a_figure_the_clerks_point_gives_is_said_once(seed: int) -> None:
    """D (four lines in one draft): …覆盖率保持100%，我们将确保…覆盖率保持100%; 新创建党建示范校
    10所 after 十所…示范点; 计划配备专职思政课教师110名 after 86名 and 24名; 基地要达到3个."""
    text = spoken(_work_report_2019(), seed)
    assert text.count("100%") == 1
    assert "示范校10所" not in text and "110名" not in text
    assert not re.search(r"基地[^。]{0,6}3个", text)


@pytest.mark.parametrize("seed", [1, 2])
def test_a_2019_draft_has_no_double_reduction_and_no_bracketed_size(seed: int) -> None:
    """Y: （七）持续深化“双减” in 2019 from the catalogue's 双减与课后服务; R: 城西幼儿园，9个班：…"""
    said = lines(_work_report_2019(), seed)
    assert not [line for line in said if "双减" in line]
    assert any("城西幼儿园设9个班，主体已完成" in line for line in said)
    assert not [line for line in said if "9个班：" in line]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_an_august_group_meeting_does_not_study_the_whole_year(seed: int) -> None:
    """F: 这次会议，主要是研究2032年全区教育工作… at an August meeting."""
    data = meeting(
        "leading_group",
        "2032-08-20",
        "district",
        "岚桥区",
        "区委书记",
        priorities=[{"area": "教师队伍建设", "points": ["补齐乡村学校音体美教师"]}],
    )
    assert "研究2032年" not in spoken(data, seed)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_forecast_heard_is_prepared_for_not_checked_against(seed: int) -> None:
    """G R: 省气象局的通报很有针对性，各单位要结合实际认真对照 (a 气候趋势预测)."""
    data = meeting(
        "safety",
        "2029-05-12",
        "province",
        "岚江省",
        "副省长",
        preceding=["省气象局通报了今年汛期气候趋势预测"],
        priorities=[{"area": "防汛", "points": ["隐患点附近的学校逐校建立撤离方案"]}],
    )
    first = spoken(data, seed).split("下面")[0]
    assert "对照" not in first


@pytest.mark.parametrize("seed", [1, 2])
def test_a_heading_says_the_half_of_a_renamed_area_its_section_speaks_of(seed: int) -> None:
    """S: （三）切实做好传染病防控和应急处置工作 over 值班, 应急物资 and 演练 (the catalogue's
    疫情和应急防控 in 2024)."""
    data = meeting(
        "safety",
        "2024-09-23",
        "county",
        "岚水县",
        "县委副书记、县长",
        priorities=[
            {"area": "食品安全", "points": ["节后复课第一天食材全部重新验收"]},
            {
                "area": "疫情和应急防控",
                "points": ["假期县、乡、校三级值班，校领导带班，手机二十四小时开机"],
                "facts": {"每校每学期应急演练次数": "计划2次"},
            },
        ],
    )
    said = lines(data, seed)
    at = next(
        i for i, line in enumerate(said) if re.search(r"应急|传染病", line) and len(line) < 30
    )
    heading, body = said[at], said[at + 1]
    assert "疫情" not in heading and "传染病防控和应急处置" not in heading, heading
    # the half it keeps is the one its section speaks of
    assert ("传染病" in body) if "传染病" in heading else ("应急" in heading), (heading, body)


def test_a_share_the_place_raises_is_led_not_bare() -> None:
    """R (two drafts, round ba's 01 and 15): 今年全县公办园在园幼儿占比计划达到45%。 standing alone."""
    from speechdraft.compose.figure_place import rate_lead
    from speechdraft.pipeline import build_draft

    assert rate_lead("公办园在园幼儿占比", "达到45%") == "要提高公办园在园幼儿占比，"
    assert rate_lead("大班额占比", "控制在5%") == ""  # a share that may be meant to fall
    profile = ROUND / "profiles" / "15-leader_speech-county-2017.yaml"
    said = build_draft(profile).document.spoken_lines()
    assert not [line for line in said if line.startswith("今年全县公办园在园幼儿占比计划达到45%")]
    assert any("45%" in line for line in said)
