"""Money that arrived and a plan that names itself, said once (round ar's G).

投入上半年教育项目到位资金4.6亿元 and 投入上级下拨薄改资金186万元 put a verb over money the label says
arrived; 全市计划三年攻坚计划新建改扩建学校14所 said 计划 twice."""

from __future__ import annotations

import pytest

from speechdraft.compose.weave import plan_sentence, review_figure


@pytest.mark.parametrize(
    ("label", "value", "said"),
    [
        ("上半年教育项目到位资金", "3.8亿元", "上半年教育项目到位资金达到3.8亿元"),
        ("上级下拨校舍维修资金", "240万元", "上级下拨校舍维修资金达到240万元"),
        ("全面改薄资金", "6.2亿元", "投入全面改薄资金6.2亿元"),  # a project's money: still 投入
    ],
)
def test_money_that_arrived_takes_no_second_verb(label: str, value: str, said: str) -> None:
    assert review_figure(label, value) == said


def test_a_plan_that_names_itself_is_said_once() -> None:
    said = plan_sentence(
        ["五年行动计划新建公办幼儿园12所", "新增学位3600个"], "今年", "全县", "学前教育"
    )
    assert said == "全县五年行动计划新建公办幼儿园12所，新增学位3600个。"
    assert said.count("计划") == 1


def test_a_plain_plan_keeps_its_year_and_plan() -> None:
    said = plan_sentence(["新建公办幼儿园12所"], "今年", "全县", "学前教育")
    assert said == "今年全县计划新建公办幼儿园12所。"


def test_a_proposal_for_each_one_is_said_after_its_subject() -> None:
    from speechdraft.compose.weave import planned_clause

    clause = planned_clause("乡村教师交通补助", "每人每月拟提高至600元")
    assert clause == "乡村教师交通补助拟提高至每人每月600元"
    said = plan_sentence([clause], "今年", "全县", "乡村教师")
    assert said == "全县乡村教师交通补助拟提高至每人每月600元。"
    assert "计划" not in said and "落实" not in said


def test_an_aim_that_is_a_state_is_said_as_the_aim() -> None:
    """控辍保学目标: 辍学率为零 was said 今年控辍保学计划达到辍学率为零 (round ar's G)."""
    from speechdraft.compose.weave import planned_clause

    clause = planned_clause("控辍保学目标", "辍学率为零")
    said = plan_sentence([clause], "今年", "全乡", "控辍保学")
    assert said == "全乡控辍保学的目标是辍学率为零。"
    assert "达到辍学率" not in said
