"""Round bb (heldout-56 and heldout-57, rendered at 0e968523, read blind: docs/review/2026-12-05bb):
fixes made in stop 54 from the developers' own reading of the round's drafts while its readers read
them (no label of the round was used). Each test fails on 0e968523."""

from __future__ import annotations

import re
from typing import Any

import pytest

from _matrix import draft, meeting
from speechdraft.compose.weave import charge
from speechdraft.numerals import arabic_quantities


def _town_congress(**more: Any) -> dict[str, Any]:
    data = meeting("work_report", "2031-12-18", "town", "石滩镇", "石滩镇中心学校校长", minutes=18)
    data["meeting"]["name"] = "石滩镇第十九届人民代表大会第六次会议"
    data["review"] = {
        "achievements": [
            "全镇现有小学五所（中心小学一所、村小四所），在校小学生1186人，教职工121人。",
            "今年全镇没有一名适龄儿童辍学。",
        ]
    }
    data["priorities"] = [
        {
            "area": "家校社协同育人",
            "points": ["全镇留守儿童四百零六人，继续实行教师“一对一”结对帮扶。"],
        }
    ]
    data.update(more)
    return data


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_report_to_a_congress_with_no_safeguards_keeps_to_its_oversight(seed: int) -> None:
    """Stock safeguards on inspection, discipline and publicity (对责任落实不到位的单位，要及时提醒;
    敷衍塞责…追责) said to the town's 人大 when the clerk gave none."""
    made = draft(_town_congress(), seed).document
    parts = [i for i, b in enumerate(made.blocks) if getattr(b, "level", 0) == 1]
    third = "".join(
        getattr(b, "title", "")
        + "".join(getattr(r, "text", "") for r in getattr(b, "body", ()))
        + getattr(b, "text", "")
        for b in made.blocks[parts[2] :]
    )
    assert "监督" in third and "【待补：接受人大监督、争取各方支持的主要打算（两三条）】" in third
    assert "追责" not in third and "督查" not in third and "宣传" not in third


@pytest.mark.parametrize("seed", [1, 2])
def test_a_count_broken_down_is_said_with_its_parts(seed: int) -> None:
    """R (round ba's, again in bb's 18): 小学5所，包括中心小学1所…，幼儿园3所，包括… ."""
    text = "\n".join(draft(_town_congress(), seed).document.spoken_lines())
    assert "全镇现有小学5所，其中中心小学1所、村小4所" in text
    assert "包括中心小学" not in text


@pytest.mark.parametrize(
    ("written", "said"),
    [
        (
            "全镇现有小学七所（中心小学一所、村小六所），在校小学生1142人",
            "全镇现有小学7所（中心小学1所、村小6所），在校小学生1142人",
        ),
    ],
)
def test_small_counts_beside_digits_are_digits(written: str, said: str) -> None:
    assert arabic_quantities(written) == said


@pytest.mark.parametrize("kept", ["统一个口径，31所", "其中一所，共31所", "这三所，共31所"])
def test_words_that_count_no_figure_stay(kept: str) -> None:
    assert arabic_quantities(kept) == kept


@pytest.mark.parametrize(
    ("point", "bureau", "said"),
    [
        (
            "全镇留守儿童406人，继续实行教师“一对一”结对帮扶",
            True,
            "全镇留守儿童406人，我们将继续实行教师“一对一”结对帮扶",
        ),
        (
            "全镇留守儿童406人，继续实行教师“一对一”结对帮扶",
            False,
            "全镇留守儿童406人，要继续实行教师“一对一”结对帮扶",
        ),
    ],
)
def test_a_count_then_its_deed_is_no_outcome_to_ensure(point: str, bureau: bool, said: str) -> None:
    """G: 二是确保全镇留守儿童406人，继续实行…."""
    assert charge(point, bureau) == said


def _inspection_meeting() -> dict[str, Any]:
    data = meeting(
        "concluding_remarks", "2019-11-12", "district", "西岑区", "区教育局副局长", minutes=8
    )
    data["meeting"]["name"] = "西岑区迎接市政府履行教育职责督导评价专题会议"
    data["preceding"] = ["区教育督导室传达了市里的检查方案"]
    data["priorities"] = [
        {"area": "迎检准备", "points": ["档案资料11月25日前按指标分类装盒，谁负责的指标谁签字。"]}
    ]
    return data


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_one_task_meeting_given_no_results_weighs_none(seed: int) -> None:
    """S R: 在西汀区2019年迎接…专题会议上 and a first part of two 【待补】 (这次会议重在学做法、找差距…
    【待补：这项工作的主要进展…】【待补：主要问题和不足】) at a 迎检专题会议 whose clerk gave neither."""
    made = draft(_inspection_meeting(), seed).document
    assert made.title == "在西岑区迎接市政府履行教育职责督导评价专题会议上的总结讲话"
    text = "\n".join(made.spoken_lines())
    assert "待补：主要问题" not in text and "待补：这项工作的主要进展" not in text
    assert "学做法" not in text


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_certificates_with_no_commendation_greet_no_one_commended(seed: int) -> None:
    """F: 向受到表彰的同志表示祝贺 and 希望受表彰的同志戒骄戒躁 where the clerk wrote 本次不进行评优表彰."""
    data = meeting("teachers_day", "2035-09-09", "county_city", "淦江市", "副市长", minutes=15)
    data["meeting"]["name"] = "淦江市庆祝第51个教师节教师代表座谈会"
    data["preceding"] = [
        "为今年从教满30年的138名教师颁发“从教三十年”荣誉证书（本次不进行评优表彰，优秀教师表彰按三年一次于明年进行）"
    ]
    made = draft(data, seed)
    assert "commendation_meeting" not in made.context.situation
    text = "\n".join(made.document.spoken_lines())
    assert "受到表彰" not in text and "受表彰" not in text and "戒骄戒躁" not in text


@pytest.mark.parametrize(
    ("point", "said"),
    [
        (
            "初中体育中考分值今年不变，明年起拟提高到60分，方案由市招考办另行研究",
            "初中体育中考分值今年不变，明年起拟提高到60分，方案由市招考办另行研究",
        ),
        ("体育中考分值明年起拟提高到60分", "体育中考分值明年起拟提高到60分"),
    ],
)
def test_a_plan_is_said_as_planned(point: str, said: str) -> None:
    """G: 明年起要拟提高到60分 (and 要确保…拟…)."""
    assert charge(point, False) == said
    assert charge(point, True) == said


def test_a_title_keeps_its_level_and_a_reply_is_said_as_now() -> None:
    """R G: 示范校，国家级，实现… and 自然资源局回报：已完成九户 read out from the clerk's brackets."""
    data = meeting("leader_speech", "2033-02-23", "county", "汶川县", "县委书记", minutes=20)
    data["review"] = {
        "achievements": [
            "县特殊教育学校获评全国特殊教育改革实验区示范校（国家级），实现我县国家级教育荣誉零的突破。"
        ]
    }
    data["priorities"] = [
        {
            "area": "项目建设",
            "points": [
                "县自然资源局负责在2月底前完成剩余11户的征收扫尾。（自然资源局回报：已完成9户，余2户待司法程序。）"
            ],
        }
    ]
    text = "\n".join(draft(data, 1).document.spoken_lines())
    # the level is never said as a clause of its own (示范校，国家级，实现…); since stop 63 a level
    # the name already says (全国…) is not read from its bracket either (rounds bo and bp, R:
    # “全国……（国家级）重复，括号不宜照念”)
    assert "，国家级，" not in text and "示范校（国家级）" not in text
    assert "全国特殊教育改革实验区示范校，实现" in text
    assert "回报" not in text and "目前已完成9户，余2户待司法程序" in text


def _staff_congress() -> dict[str, Any]:
    data = meeting("work_report", "2018-02-27", "county_city", "枧溪市", "市教育局党组书记、局长")
    data["meeting"]["name"] = "枧溪市教育系统第三届教职工代表大会第二次会议"
    data["preceding"] = ["大会执行主席宣布开幕，全体起立奏唱国歌", "市总工会副主席致辞"]
    data["review"] = {
        "problems": [
            "1. 学前教育仍是最大短板，公办幼儿园学位不足。",
            "2. 城区学位供需矛盾突出，仍有41个大班额。",
            "（3）乡村小规模学校办学条件仍然薄弱。",
        ]
    }
    return data


@pytest.mark.parametrize("seed", [1, 2])
def test_the_clerks_numbers_are_not_said_inside_the_drafts(seed: int) -> None:
    """G S: 一是1. 学前教育仍是最大短板…；二是2. 城区学位…."""
    text = "\n".join(draft(_staff_congress(), seed).document.spoken_lines())
    assert "一是学前教育仍是最大短板" in text and "二是城区学位供需矛盾突出" in text
    assert "三是乡村小规模学校办学条件仍然薄弱" in text
    assert not re.search(r"[一二三]是(?:\d|（)", text)


@pytest.mark.parametrize("seed", [1, 2])
def test_a_trade_unions_greeting_is_no_superiors_orders(seed: int) -> None:
    """F G: 市总工会副主席致辞的重要讲话对做好教育工作提出了明确要求，我们要认真学习领会，抓好贯彻落实."""
    text = "\n".join(draft(_staff_congress(), seed).document.spoken_lines())
    assert "重要讲话" not in text and "贯彻落实。" not in text.split("\n")[1]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_decision_among_the_targets_is_said_as_decided(seed: int) -> None:
    """G R: 领导小组要推动实现的目标是：本次会议决定两件事：… and 今年要确保去年滞后的两项任务9月底前
    必须完成 (targets the clerk wrote as the meeting's decisions and as charges)."""
    data = meeting(
        "leading_group", "2032-06-18", "county", "沐江县", "县委书记、县委教育工作领导小组组长"
    )
    data["targets"] = {
        "items": [
            "本次会议决定两件事：一是从9月1日起，全县中小学校食堂全部由学校自主经营；二是10月底前建成校园餐资金监管平台",
            "去年滞后的两项任务9月底前必须完成",
        ]
    }
    text = "\n".join(draft(data, seed).document.spoken_lines())
    assert "本次会议决定两件事：一是从9月1日起" in text
    assert "去年滞后的两项任务9月底前必须完成。" in text
    assert not re.search(r"目标是：本次会议|确保去年滞后", text)


def test_a_name_is_said_without_its_about_and_its_note() -> None:
    """G: 一是要认真做好关于校外培训机构治理（会议决定两件事）工作; 年度重点工作进展（截至11月底）
    取得积极进展."""
    data = meeting(
        "leading_group", "2019-12-20", "county", "渑江县", "县委书记、县委教育工作领导小组组长"
    )
    data["review"] = {
        "achievements": [
            {"area": "年度重点工作进展（截至11月底）", "points": ["14项重点工作已完成10项。"]},
            {"area": "校外培训治理", "points": ["取缔无证无照机构11家。"]},
        ]
    }
    data["priorities"] = [
        {
            "area": "校外培训治理",
            "title": "关于校外培训机构治理（会议决定两件事）",
            "points": ["寒假前开展一次联合执法。"],
        },
        {
            "area": "议事规则",
            "title": "关于落实领导小组议事规则",
            "points": ["每年至少召开两次全体会议。"],
        },
    ]
    text = "\n".join(draft(data, 1).document.spoken_lines())
    assert "关于" not in text.replace("关于成立", "") and "（会议决定两件事）" not in text
    assert "进展取得" not in text and "截至11月底）" not in text
