"""Stock lines that repeat or say nothing (issue 11's D and E on the bank's own lines; branch
stock30).

Round ap's readers marked the bank's own lines: one idea in three wordings (层层传导压力, then
层层抓落实, then 安全责任要从校长一直落实到每个岗位), the funding rules (两个只增不减, 三个增长)
and the aid lines (应助尽助, 不漏一人) said in separate places, lines a clerk cuts (这些都是冬季安全
工作的重点; 好的经验、好的做法要总结好、运用好), evaluation lines said as translationese
(部门支持教育的成效，要以学校实际困难的解决来检验) and stock that contradicts itself (当好牵头部门
… 积极配合各有关部门). These tests render profiles of their own and read the words.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from _matrix import meeting, spoken

SEEDS = (1, 2, 3)


def _winter_safety() -> dict[str, Any]:
    return meeting(
        "safety",
        "2030-11-20",
        "county",
        "云岭县",
        "副县长",
        priorities=["冬季取暖安全", "消防安全", "寄宿制学校管理", "校车安全"],
        safeguards=["组织领导", "督查考核", "部门协同"],
    )


def _summer_safety() -> dict[str, Any]:
    return meeting(
        "safety",
        "2030-06-05",
        "city",
        "石泉市",
        "副市长",
        priorities=["防溺水", "校园周边治理", "食品安全", "校园安全"],
        safeguards=["组织领导", "部门协同", "督查考核"],
    )


def _leading_group() -> dict[str, Any]:
    return meeting(
        "leading_group",
        "2030-12-15",
        "banner",
        "白音旗",
        "旗委书记、旗委教育工作领导小组组长",
        priorities=["教育经费", "学生资助", "教师队伍", "学前教育"],
        safeguards=["组织领导", "经费保障", "部门协同", "督查考核"],
    )


def _bureau_report() -> dict[str, Any]:
    return meeting(
        "work_report",
        "2031-02-20",
        "city",
        "青川市",
        "市教育局局长",
        priorities=["学前教育", "学生资助", "教师队伍", "校园安全"],
        safeguards=["部门协同", "经费保障", "督查考核", "工作作风"],
    )


def _concluding() -> dict[str, Any]:
    return meeting(
        "concluding_remarks",
        "2031-01-18",
        "town",
        "柳河镇",
        "镇长",
        priorities=["学前教育", "控辍保学", "校园安全"],
        safeguards=["组织领导", "部门协同"],
    )


def _teachers_day() -> dict[str, Any]:
    return meeting(
        "teachers_day",
        "2030-09-09",
        "county",
        "北河县",
        "县长",
        priorities=["师德师风", "教师待遇", "教师培训"],
        safeguards=["尊师重教", "部门协同"],
    )


PROFILES = {
    "winter_safety": _winter_safety,
    "summer_safety": _summer_safety,
    "leading_group": _leading_group,
    "bureau_report": _bureau_report,
    "concluding": _concluding,
    "teachers_day": _teachers_day,
}

# one idea in many stock wordings: a draft says it in one place
ONE_IDEA = {
    "责任层层落实": r"层层传导压力|层层抓落实|一直落实到每个岗位",
    "经费法定增长": r"只增不减|三个增长",
    "应助尽助": r"应助尽助|不漏一人|一个不能漏|资助全覆盖",
}
FILLER = re.compile(
    r"这些成绩的取得，离不开各方面的支持|好的经验、好的做法要总结好、运用好|这些都是冬季安全工作的重点"
    r"|成为一名好老师，需要长期的修炼|各吹各的?号"
)
# X的成效，要以Y的解决来检验 / 要由Y来评判: said as a question and its answer instead
EVALUATION = re.compile(
    r"的成效，要(?:以|由|从|用)[^。]{0,24}(?:来检验|来评判|来评价)|的成效，要看[^。]{0,16}实际变化"
)
SELF_CONTRADICTING = re.compile(r"当好牵头部门[^。]{0,30}配合|收费和补助政策积极配合")


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[。！？])", text) if s.endswith(("。", "！", "？"))]


def _texts() -> list[tuple[str, str]]:
    return [
        (f"{name}#{seed}", spoken(make(), seed))
        for name, make in PROFILES.items()
        for seed in SEEDS
    ]


@pytest.fixture(scope="module")
def texts() -> list[tuple[str, str]]:
    return _texts()


@pytest.mark.parametrize("idea", sorted(ONE_IDEA))
def test_one_idea_is_said_in_one_sentence_a_draft(texts: list[tuple[str, str]], idea: str) -> None:
    pattern = re.compile(ONE_IDEA[idea])
    twice = {
        name: naming
        for name, text in texts
        if len(naming := [s for s in _sentences(text) if pattern.search(s)]) > 1
    }
    assert not twice, twice


def test_no_line_a_clerk_cuts(texts: list[tuple[str, str]]) -> None:
    found = [(name, s) for name, text in texts for s in _sentences(text) if FILLER.search(s)]
    assert not found, found


def test_evaluation_lines_said_plainly(texts: list[tuple[str, str]]) -> None:
    found = [(name, s) for name, text in texts for s in _sentences(text) if EVALUATION.search(s)]
    assert not found, found


def test_no_stock_line_contradicts_itself(texts: list[tuple[str, str]]) -> None:
    found = [
        (name, s) for name, text in texts for s in _sentences(text) if SELF_CONTRADICTING.search(s)
    ]
    assert not found, found
