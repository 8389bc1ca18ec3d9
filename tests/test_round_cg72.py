"""Lines left by round cg (docs/review/2026-12-07cg/REMAINING-stop71.md) fixed at stop 72
(issue 11). Every test function has cases that fail at stop 71's tree (4686ee10)."""

from __future__ import annotations

import re

import pytest

from document_support import spoken_lines_of
from speechdraft.compose.context import _clause
from speechdraft.numerals import arabic_quantities, turned_quantities

SEEDS = (1, 2, 3)


def _said(text: str) -> str:
    return re.sub(r"[⟦⟧]|‹|›", "", _clause(text))


@pytest.mark.parametrize(
    ("written", "said", "not_said"),
    [
        # round cg's 07, G R: …明显不够，是市里定还是要报上级定？请编办会后研究。 read aloud
        (
            "初中教师编制按班额核定，寄宿制学校生活老师明显不够，是县里定还是报市里定？请县编办会后研究",
            "寄宿制学校生活老师明显不够【待核：是县里定还是报市里定？】，请县编办会后研究",
            "定？请",
        ),
        # round cg's 10, E R: 关于县教研室送教下乡今年拟安排几次，待县里通知。
        (
            "市教科院送教下乡今年拟安排几场？待市里通知",
            "【待核：市教科院送教下乡今年拟安排几场？待市里通知】",
            "关于",
        ),
        # round cg's 10, G R: …两项，怎么补，拟请镇政府协调用地
        (
            "对照县里的评估指标逐项自查，差距最大的是生均运动场地面积和音体美专任教师两项，怎么补？拟请乡政府协调用地",
            "音体美专任教师两项，",
            "怎么补",
        ),
        # round cg's 07, R: 是否招收外县学生待定，由市教育局提出意见后报市政府
        (
            "拟在县二中试办“科技特长班”，是否面向全县招生待定，由县教育局提出意见后报县政府",
            "是否面向全县招生，由县教育局提出意见后报县政府",
            "待定",
        ),
    ],
)
def test_the_clerks_open_questions_are_marked_or_said_as_speech(
    written: str, said: str, not_said: str
) -> None:
    text = _said(written)
    assert said in text
    assert not_said not in text


@pytest.mark.parametrize(
    ("written", "said", "kept"),
    [
        # round cg's 06, R: 排查安全隐患132项，已整改126项，剩余六项正在整改
        ("全县排查校舍隐患87项，已整改81项，剩余六项正在整改", "剩余6项正在整改", ""),
        # round cg's 02, R: 提案37件，已办结34件，三件正在办理
        ("代表提案41件，已办结38件，三件正在办理", "3件正在办理", ""),
        # round cg's 07, R: 去年六所高中流失骨干教师九人，比前年的23人大幅减少
        ("五所高中去年流失骨干教师八人，比前年的21人明显减少", "8人", "五所高中"),
        # a count of another unit, or no count in digits, stays in words
        ("防火、防冰雪、防一氧化碳中毒三件事，共排查隐患30项", "三件事", "三件事"),
        ("两项指标没有完成，三个课堂全部开通", "两项指标", "三个课堂"),
        ("资助学生810人次，其中三人为孤儿", "三人", "810人次"),
    ],
)
def test_a_small_count_is_written_as_the_same_units_count_in_digits(
    written: str, said: str, kept: str
) -> None:
    text = arabic_quantities(written)
    assert said in text
    assert kept in text
    turned = dict(turned_quantities(written))
    if re.search(r"\d", said):  # said in digits: the clerk is shown what was turned
        assert any(
            written_as in written and as_said in said for written_as, as_said in turned.items()
        )
    else:
        assert not turned


SCIENCE_CLOSING = """\
kind: concluding_remarks
meeting:
  name: 全省中小学科学教育工作专题会
  date: 2033年10月20日
region:
  level: province
  name: 岚江省
speaker:
  title: 省教育厅副厅长
duration_minutes: 10
priorities:
  - area: 科学教育
    points:
      - 各市年底前至少建成一个中小学科学教育实践基地。
  - area: 学生心理健康
"""


@pytest.mark.parametrize("seed", SEEDS)
def test_a_closing_speech_at_a_topic_meeting_on_one_line_of_education_is_on_that_line(
    seed: int,
) -> None:
    """Round cg's 11, S: at a 科学教育工作专题会 the closing speech said 就抓好今年的工作 and
    reviewed the whole system's year (交出了一份厚实的答卷) with thanks to every teacher."""
    text = "".join(spoken_lines_of(SCIENCE_CLOSING, seed))
    assert "各市年底前至少建成一个中小学科学教育实践基地" in text
    assert "就抓好今年的工作" not in text
    assert "厚实的答卷" not in text and "肯定成绩" not in text
    assert not re.search(r"向[^。！]{0,12}一线[^。！]{0,12}(?:感谢|敬意)", text)


QUIET_TEACHERS_DAY = """\
kind: teachers_day
meeting:
  name: 云岭镇庆祝第45个教师节座谈会
  date: 2029年9月9日
region:
  level: town
  name: 云岭镇
speaker:
  title: 镇长
preceding:
  - 镇中心校校长介绍了全镇学校基本情况
review:
  achievements:
    - 今年镇中心小学新建教师周转宿舍12套，8月底已经入住。
targets:
  guideline: 谢谢全镇老师，给老师们办几件实事，这次不搞表彰，主要是座谈听意见。
  items:
    - 镇政府今年拿出6万元，为全镇教师每人办理一次健康体检。
priorities:
  - area: 教师队伍建设与师德师风
    points:
      - 镇中心校9月底前把座谈会上老师们提的意见梳理出来，逐条答复。
"""


@pytest.mark.parametrize("seed", SEEDS)
def test_a_teachers_day_says_how_the_meeting_is_held_when_it_opens(seed: int) -> None:
    """Round cg's 04 and 12, G S: the clerk's 这次不搞表彰，主要是座谈… said under 接下来教师工作的
    总体要求是： in the third part; and that part's heading said 推动各项目标任务全面完成."""
    lines = spoken_lines_of(QUIET_TEACHERS_DAY, seed)
    opening = "".join(lines[:3])
    assert "这次不搞表彰，主要是座谈听意见。" in opening
    text = "".join(lines)
    assert text.count("不搞表彰") == 1
    assert "总体要求是：这次" not in text and "谢谢全镇老师，给老师们" not in text
    assert "各项目标任务" not in text
    assert "6万元" in text
