"""A figure under its own area, with a lead; a concluding speech does not re-report (place24).

Round al's readers struck a concluding speech that read the report's figures out again right
after 报告已全面回顾 (教育支出达到18.6亿元，增长4.2%。), sentences of figures alone with no lead
(普惠性幼儿园覆盖率达到91.2%，公办园在园幼儿占比达到56%。 — "没有领起语（学前教育……）"; 全县完成
投资1.42亿元，新增学位2340个。 — "缺‘教育项目’等主语") and a present level glued to another order
(全区普通话普及率目前为85%，要在各级各类学校深入开展民族团结进步教育 while 实施学前学会普通话行动
was the next point). The profiles here are this file's own.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from _matrix import draft, spoken
from speechdraft.document import Heading

SEEDS = (1, 2, 3)
LEVELS = {"county": ("青川县", "县长"), "city": ("临江市", "市长")}
_REVIEW = [
    {"area": "经费保障", "figures": {"教育经费总投入": "9.7亿元", "比上年增长": "5.3%"}},
    {
        "area": "办学条件",
        "points": ["城东实验学校建成投用"],
        "figures": {"新增义务教育学位": "1,650个"},
    },
    {"area": "育人质量", "figures": {"初中学业水平考试合格率": "93.4%"}},
    "全年未发生重大校园安全责任事故",
]


def _concluding(level: str, report: bool) -> dict[str, Any]:
    place, title = LEVELS[level]
    data: dict[str, Any] = {
        "kind": "concluding_remarks",
        "meeting": {"date": "2030-02-26"},
        "region": {"level": level, "name": place},
        "speaker": {"title": f"副{title}", "name": "梁平"},
        "review": {"achievements": _REVIEW, "problems": ["城区学位依然紧张"]},
        "priorities": [{"area": "学位供给", "points": ["加快城北九年一贯制学校建设"]}],
    }
    if report:
        data["preceding"] = [f"{place[-1]}教育局局长作工作报告"]
    else:
        data["preceding"] = [f"{place[-1]}政府与各乡镇签订目标责任书"]
    return data


_FIGURES = ("9.7亿元", "5.3%", "1650个", "93.4%")


@pytest.mark.parametrize("level", LEVELS)
def test_a_concluding_speech_after_a_report_says_its_figures_in_one_clause(level: str) -> None:
    for seed in SEEDS:
        text = spoken(_concluding(level, report=True), seed)
        sentences = re.split("[。！？]", text)
        # every figure the clerk gave is said (round z's rule), all in one summarising clause
        # that refers to the report, not read out again sentence by sentence
        alone = ("9.7亿元", "5.3%", "93.4%")  # the figures of areas with no point
        holding = [s for s in sentences if any(f in s for f in alone)]
        assert len(holding) == 1, (level, seed, holding)
        said = holding[0]
        for figure in alone:
            assert figure in said, (level, seed, figure, said)
        assert "等" in said and "报告" in said, (level, seed, said)
        assert "；" not in said, (level, seed, said)
        # the clerk's points are still said, a point's figure with it
        point = next(s for s in sentences if "城东实验学校建成投用" in s)
        assert "1650个" in point and "1650个" not in said, (level, seed, point)
        assert "全年未发生重大校园安全责任事故" in text, (level, seed)


@pytest.mark.parametrize("level", LEVELS)
def test_without_a_report_a_concluding_speech_says_every_figure(level: str) -> None:
    for seed in SEEDS:
        text = spoken(_concluding(level, report=False), seed)
        for figure in _FIGURES:
            assert figure in text, (level, seed, figure)
        assert "等一组数字" not in text and "等数字" not in text, (level, seed)


def _school_opening(level: str) -> dict[str, Any]:
    place, _ = LEVELS[level]
    return {
        "kind": "school_opening",
        "meeting": {"date": "2029-02-20"},
        "region": {"level": level, "name": place},
        "speaker": {"title": f"{place[-1]}教育局局长", "name": "韩冬"},
        "review": {
            "achievements": [
                {
                    "area": "义务教育均衡",
                    "points": ["4个城乡学校共同体运行良好"],
                    "figures": {"城乡交流教师": "142名"},
                },
                {
                    "area": "托育服务",
                    "figures": {"普惠性托位覆盖率": "72.5%", "示范托育机构": "9家"},
                },
                "寒假期间全县学校未发生重大安全责任事故",
            ]
        },
        "priorities": [{"area": "开学准备", "points": ["开学前全面排查校舍安全隐患"]}],
    }


@pytest.mark.parametrize("level", LEVELS)
def test_a_sentence_of_figures_only_is_led_by_its_area(level: str) -> None:
    for seed in SEEDS:
        text = spoken(_school_opening(level), seed)
        sentence = next(s for s in re.split("[。；]", text) if "72.5%" in s)
        assert re.search(r"托育服务[^，]{0,4}，[^，]*普惠性托位覆盖率", sentence), (
            level,
            seed,
            sentence,
        )


def _work_report(level: str) -> dict[str, Any]:
    place, _ = LEVELS[level]
    return {
        "kind": "work_report",
        "meeting": {"date": "2029-03-06"},
        "region": {"level": level, "name": place},
        "speaker": {"title": f"{place[-1]}教育局局长", "name": "韩冬"},
        "review": {
            "achievements": [
                {
                    "area": "课后服务",
                    "points": ["义务教育学校课后服务全覆盖"],
                    "figures": {"课后服务参与率": "91.3%"},
                },
                {"area": "校舍工程", "figures": {"完成投资": "2.36亿元", "新增学位": "3,120个"}},
            ]
        },
        "priorities": [{"area": "学位供给", "points": ["加快城北九年一贯制学校建设"]}],
    }


@pytest.mark.parametrize("level", LEVELS)
def test_figures_that_open_with_their_deed_take_the_area_as_subject(level: str) -> None:
    place, _ = LEVELS[level]
    for seed in SEEDS:
        text = spoken(_work_report(level), seed)
        sentence = next(s for s in re.split("[。；\n]", text) if "2.36亿元" in s)
        assert sentence.lstrip("\u3000").startswith(f"全{place[-1]}校舍工程完成投资2.36亿元"), (
            level,
            seed,
            sentence,
        )
        assert "新增学位3120个" in sentence, (level, seed, sentence)


def _leader(level: str) -> dict[str, Any]:
    place, title = LEVELS[level]
    return {
        "kind": "leader_speech",
        "meeting": {"date": "2029-03-12"},
        "region": {"level": level, "name": place},
        "speaker": {"title": title, "name": "许明"},
        "priorities": [
            {
                "area": "体育美育",
                "points": ["开齐开足体育与健康课程", "实施学生视力健康改善行动"],
                "facts": {"学生视力健康达标率": "现有62%"},
            }
        ],
    }


@pytest.mark.parametrize("level", LEVELS)
def test_a_present_level_stands_before_the_point_of_its_own_measure(level: str) -> None:
    for seed in SEEDS:
        text = spoken(_leader(level), seed)
        sentence = next(s for s in re.split("[。；]", text) if "62%" in s)
        assert "视力健康改善行动" in sentence, (level, seed, sentence)
        assert "体育与健康课程" not in sentence, (level, seed, sentence)


def _teachers(level: str) -> dict[str, Any]:
    place, title = LEVELS[level]
    return {
        "kind": "leader_speech",
        "meeting": {"date": "2029-03-12"},
        "region": {"level": level, "name": place},
        "speaker": {"title": title, "name": "许明"},
        "targets": {"items": ["学前三年毛入园率达到91%", "九年义务教育巩固率达到96%"]},
        "priorities": [
            {"area": "学前教育", "points": ["新建改扩建公办幼儿园6所"]},
            {
                "area": "教师队伍建设与师德师风",
                "points": ["扩大农村教师特岗计划实施规模", "落实乡村教师生活补助"],
                "facts": {"今年新补充教师人数": "计划540名", "教师全员培训人次": "计划8,600人次"},
            },
        ],
    }


@pytest.mark.parametrize("level", LEVELS)
def test_a_figure_of_a_task_named_by_its_area_stays_in_its_section(level: str) -> None:
    """Round al's S: 同时，今年全区计划完成教师全员培训20万人次 said on from the targets, its own
    教师队伍建设与师德师风 section below — "应放教师队伍部分"."""
    for seed in SEEDS:
        document = draft(_teachers(level), seed).document
        under = ""
        for block in document.blocks:
            if isinstance(block, Heading):
                under = block.title if block.level >= 2 else ""
                if "8600人次" in "".join(r.text for r in block.body):
                    break
            elif "8600人次" in block.text:
                break
        text = spoken(_teachers(level), seed)
        sentence = next(s for s in re.split("[。；]", text) if "8600人次" in s)
        assert not sentence.lstrip("\u3000").startswith("同时"), (level, seed, sentence)
        assert "巩固率" not in sentence, (level, seed, sentence)
        assert "教师" in under, (level, seed, under, sentence)
