"""The review of achievements said as a speech, not as filled fields (branch review26; round
an's readers' R, G, F on review lines). Each case has its own profile or its own words:

- a lead repeating the quoted term the first point opens with is dropped (一是“十五五”教育发展
  工作扎实推进，“十五五”教育事业发展规划…);
- a plan's close completed in full is not claimed as mere progress (“十四五”收官取得积极进展
  over 主要指标全部完成);
- a figure takes the verb its measure takes (受教育年限达到11.9年; 达到约 → 约; a rate's 现有 in
  a point → 达到; a result's count 创建达标的现有96所);
- a national rule's formula is no subject of 落实: the policy's name is (rules.yaml ``policy``);
- 计划 is not said before a budget (计划教育经费预算安排);
- an object-first or system area is said 在贯彻…方面 / 在领导体制方面;
- today's awardees at a teachers' day are this meeting's commendation, not a year's result;
- 过去一学年 is not said over items of 上半年;
- a chain of facts has one separator.
"""

from __future__ import annotations

from typing import Any

import pytest

from _matrix import spoken
from speechdraft.compose.review_said import (
    area_in,
    calendar_span,
    chain,
    rule_met_said,
    term_repeated,
    today_honour,
)
from speechdraft.compose.weave import plan_sentence, review_figure
from speechdraft.norms import load_review_words, load_rules

SEEDS = (1, 2, 3)


# ---- the helpers, on their own words ------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "value", "said"),
    [
        ("劳动年龄人口平均受教育年限", "10.6年", "劳动年龄人口平均受教育年限达到10.6年"),
        ("新增劳动力平均受教育年限", "13.2年", "新增劳动力平均受教育年限达到13.2年"),
        ("十年累计教育投入", "约48亿元", "十年累计教育投入约48亿元"),
        ("文明校园创建达标", "现有41所", "文明校园创建达标的现有41所"),
    ],
)
def test_a_review_figure_takes_the_verb_of_its_measure(label: str, value: str, said: str) -> None:
    assert review_figure(label, value) == said


def test_a_quoted_term_said_again_is_told() -> None:
    assert term_repeated("“十三五”教育发展", "“十三五”教育规划主要任务全部完成")
    assert not term_repeated("“十三五”教育发展", "全县通过义务教育基本均衡督导评估")
    assert not term_repeated("学前教育", "学前教育三年行动计划全部完成")


def test_a_rule_as_a_subject_is_said_by_its_policy() -> None:
    said = rule_met_said("全县中小学教师平均工资收入水平不低于当地公务员平均工资收入水平已全面落实")
    assert said == (
        "全县教师工资待遇保障政策全面落实，中小学教师平均工资收入水平不低于当地公务员平均工资收入水平"
    )
    kept = rule_met_said("教师平均工资收入水平不低于当地公务员平均工资收入水平持续落实")
    assert kept is not None and kept.startswith("教师工资待遇保障政策持续落实，")
    assert rule_met_said("全县落实了教师工资待遇政策") is None
    assert any(r.policy == "教师工资待遇保障政策" for r in load_rules())


@pytest.mark.parametrize(
    ("topic", "said"),
    [
        ("全省教育工作会议精神贯彻", "在贯彻全省教育工作会议精神方面"),
        ("课程方案落实", "在落实课程方案方面"),
        ("领导体制", "在领导体制方面"),
        ("协同育人机制", "在协同育人机制方面"),
        ("学前教育", None),
    ],
)
def test_an_area_named_object_first_is_said_verb_first(topic: str, said: str | None) -> None:
    assert area_in(topic) == said


def test_a_budget_is_no_plan() -> None:
    said = plan_sentence(["教育经费预算安排86亿元"], "今年", "全市", "经费保障")
    assert said.startswith("今年全市教育经费预算安排86亿元")
    assert "计划" not in said
    assert "计划" in plan_sentence(["新建公办幼儿园4所"], "今年", "全市", "学前教育")


def test_the_span_follows_the_items() -> None:
    # items of this half-year are 今年以来's since stop 57 (round bd's F: 回顾过去一年 over 上半年)
    assert calendar_span("过去一学年", ["上半年全县未发生重大安全事故"]) == "今年以来"
    assert calendar_span("过去一学年", ["今年以来新建校舍2万平方米"]) == "今年以来"
    assert calendar_span("过去一学年", ["一年来新建校舍2万平方米"]) == "过去一年"
    assert calendar_span("过去一学年", ["中考平均分提高5分"]) == "过去一学年"
    assert calendar_span("上学期", ["上半年全县未发生重大安全事故"]) == "上学期"


def test_todays_awardees_are_told() -> None:
    assert today_honour("受表彰优秀教师60名、优秀班主任20名")
    assert not today_honour("受表彰的同志")
    assert not today_honour("全县教师获省级以上表彰43人次")


def test_one_separator_in_a_chain() -> None:
    assert chain(["主要指标全部完成", "5个县通过复查", "投入约9亿元"]) == (
        "主要指标全部完成，5个县通过复查，投入约9亿元"
    )
    assert chain(["覆盖率达到92%，提前完成目标", "新增学位800个"]) == (
        "覆盖率达到92%，提前完成目标；新增学位800个"
    )
    # several review points run on with ；, and their figures keep it (test_weave's 三所…投用；…)
    assert chain(["三所学校建成投用", "改造旱厕26处", "争取项目资金2460万元"], apart=True) == (
        "三所学校建成投用；改造旱厕26处；争取项目资金2460万元"
    )


def test_the_word_lists_load() -> None:
    words = load_review_words()
    assert "年限" in words.level_measures and "预算" in words.budgeted


# ---- whole drafts, on their own profiles ---------------------------------------------------


def _leader() -> dict[str, Any]:
    return {
        "kind": "leader_speech",
        "meeting": {"date": "2021-03-09"},
        "region": {"level": "prefecture", "name": "澜沧州"},
        "speaker": {"title": "州长", "name": "石向东"},
        "review": {
            "achievements": [
                {
                    "area": "“十三五”教育发展",
                    "points": [
                        "“十三五”教育事业发展规划主要任务全部完成",
                        "全州8个县全部通过义务教育基本均衡发展国家评估",
                    ],
                    "figures": {
                        "劳动年龄人口平均受教育年限": "10.6年",
                        "五年累计教育投入": "约148亿元",
                    },
                },
                {
                    "area": "职业教育",
                    "points": ["建成一批对接本地产业的骨干专业"],
                    "figures": {"职业院校在校生": "约4.2万人"},
                },
            ]
        },
        "priorities": [{"area": "学前教育", "points": ["扩大普惠性学前教育资源"]}],
    }


def _lines(data: dict[str, Any], seed: int) -> list[str]:
    return spoken(data, seed).splitlines()


@pytest.mark.parametrize("seed", SEEDS)
def test_a_quoted_term_is_said_once_and_figures_have_their_verbs(seed: int) -> None:
    lines = _lines(_leader(), seed)
    text = "\n".join(lines)
    assert "“十三五”教育发展工作" not in text
    assert not any(line.count("“十三五”") > 1 for line in lines if "全部完成" in line)
    assert "受教育年限达到10.6年" in text
    assert "达到约" not in text
    assert "五年累计教育投入约148亿元" in text
    # the chain of facts has one separator
    line = next(line for line in lines if "主要任务全部完成" in line)
    said = line.split("。")[0]
    assert not ("；" in said and "，" in said.split("；")[-1] and "，" not in said.split("；")[0])


def _group() -> dict[str, Any]:
    return {
        "kind": "leading_group",
        "meeting": {"date": "2019-07-16"},
        "region": {"level": "province", "name": "岚江省"},
        "speaker": {"title": "副省长", "name": "韩立"},
        "review": {
            "achievements": [
                {
                    "area": "领导体制",
                    "points": ["省委教育工作领导小组正式组建，各市同步成立领导小组"],
                },
                {"area": "全省教育大会精神贯彻", "figures": {"出台配套文件": "9件"}},
            ]
        },
        "priorities": [{"area": "教师队伍", "points": ["完善中小学教师补充机制"]}],
        "safeguards": [
            {
                "area": "经费保障",
                "title": "保障教育投入",
                "points": ["确保一般公共预算教育支出逐年只增不减"],
                "facts": {"年度教育经费预算安排": "860亿元"},
            }
        ],
    }


@pytest.mark.parametrize("seed", SEEDS)
def test_an_area_is_said_as_a_speaker_says_it(seed: int) -> None:
    text = spoken(_group(), seed)
    assert "领导体制工作" not in text
    assert "在领导体制方面，省委教育工作领导小组正式组建" in text
    assert "全省教育大会精神贯彻方面" not in text
    assert "在贯彻全省教育大会精神方面，全省出台配套文件9件" in text
    assert "计划教育经费预算安排" not in text
    assert "教育经费预算安排860亿元" in text


def _teachers_day() -> dict[str, Any]:
    return {
        "kind": "teachers_day",
        "meeting": {"date": "2020-09-09"},
        "region": {"level": "county", "name": "青岚县"},
        "speaker": {"title": "县长", "name": "罗安"},
        "preceding": ["县教育局局长宣读表彰决定", "为受表彰教师颁奖"],
        "review": {
            "achievements": [
                {
                    "area": "教师待遇",
                    "points": [
                        "全县中小学教师平均工资收入水平不低于当地公务员平均工资收入水平已全面落实"
                    ],
                    "figures": {"新建乡村教师周转宿舍": "160套"},
                },
                "受表彰优秀教师60名、优秀教育工作者20名",
            ]
        },
        "priorities": [{"area": "师德师风", "points": ["把师德师风作为评价教师的第一标准"]}],
    }


@pytest.mark.parametrize("seed", SEEDS)
def test_a_rule_and_todays_awardees_are_said_as_speech(seed: int) -> None:
    lines = _lines(_teachers_day(), seed)
    text = "\n".join(lines)
    assert "不低于当地公务员平均工资收入水平已全面落实" not in text
    assert "全县教师工资待遇保障政策全面落实" in text
    assert "这次大会表彰优秀教师60名、优秀教育工作者20名" in text
    assert text.count("优秀教师60名") == 1
    assert not any("是" in line[:3] and "受表彰" in line for line in lines)


def _opening() -> dict[str, Any]:
    return {
        "kind": "school_opening",
        "meeting": {"date": "2022-08-26"},
        "region": {"level": "county", "name": "松溪县"},
        "speaker": {"title": "县教育局局长", "name": "何平"},
        "review": {
            "achievements": [
                "上半年全县教育系统未发生重大安全责任事故",
                "义务教育学校课后服务参与率现有93.5%",
            ]
        },
        "priorities": [{"area": "校园安全", "points": ["开学前完成校舍安全排查"]}],
    }


@pytest.mark.parametrize("seed", SEEDS)
def test_the_span_and_a_rate_in_a_point(seed: int) -> None:
    text = spoken(_opening(), seed)
    assert "过去一学年" not in text
    # (this half-year's results: 今年以来 since stop 57, round bd's F; 过去一年 before)
    assert "过去一年" not in text and "今年以来" in text
    assert "参与率现有" not in text and "课后服务参与率达到93.5%" in text


def _report() -> dict[str, Any]:
    return {
        "kind": "work_report",
        "meeting": {"date": "2026-03-03"},
        "region": {"level": "city", "name": "鹭洲市"},
        "speaker": {"title": "市教育局局长", "name": "邵宁"},
        "review": {
            "achievements": [
                {
                    "area": "“十四五”收官",
                    "points": ["“十四五”教育事业发展规划主要指标全部完成"],
                    "figures": {"新增学位": "21,400个"},
                },
                {"area": "学前教育", "figures": {"普惠性幼儿园覆盖率": "现有92.6%"}},
            ]
        },
        "priorities": [{"area": "学前教育", "points": ["扩大普惠性学前教育资源"]}],
    }


@pytest.mark.parametrize("seed", SEEDS)
def test_a_task_done_in_full_is_not_mere_progress(seed: int) -> None:
    lines = _lines(_report(), seed)
    for i, line in enumerate(lines):
        if "主要指标全部完成" in line:
            assert "取得积极进展" not in line
            assert "取得积极进展" not in (lines[i - 1] if i else "")
