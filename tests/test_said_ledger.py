"""A stock line never says again what the draft said (issue 11's D and E on stock lines, round am;
branch echo25): the draft keeps a ledger of the lines that asked or planned something (the
clerk's points and targets included, every section), and a stock line whose distinctive terms
one of them carries (学校党组织覆盖率要达到100% then
要实现中小学校党组织全覆盖; the point 落实校车随车照管人员 then 对校车，要严格执行随车照管制度)
yields to another wording or unit, or is left out. The profiles and wordings are this test's own.
"""

from __future__ import annotations

from typing import Any

import pytest

from _matrix import draft
from speechdraft.compose.ledger import asks, figures_in, says_again, shared_terms
from speechdraft.compose.restate import Said, builtin_rarity, content_pairs, key_free_pairs
from speechdraft.document import Paragraph

# (an earlier line that asks, a later stock line saying it again in other words)
SAID_AGAIN = [
    ("学校党组织覆盖率要达到100%，党的工作不留空白。", "要实现中小学校党组织全覆盖。"),
    ("要落实校车随车照管人员。", "对校车，要严格执行随车照管制度，车辆、线路、驾驶人都要固定。"),
    (
        "对责任落实不到位、工作推进迟缓的单位，要及时提醒、督促改进。",
        "哪里工作推进不力，我们将及时提醒、督促其查找原因、限期整改。",
    ),
    ("今年的主要目标是：新增中小学学位4500个。", "新增的4500个学位要统筹用于缓解学位紧张的片区。"),
]

# (an earlier line, a later line that adds its own thing: not said again)
NOT_AGAIN = [
    # one word shared is how lines on one topic hang together
    ("要落实校车随车照管人员。", "校车驾驶人要定期体检，有不良驾驶记录的不得聘用。"),
    # one word twice in a line is one term (党员…党员教师)
    (
        "检验学校党建成效，要看党员教师在教书育人中是不是真正走在前列。",
        "要把优秀教师发展成党员、把党员教师培养成骨干，建强党员教师队伍。",
    ),
    # 100% is every other target's figure, no term of its own
    (
        "要推动学生心理健康测评覆盖率达到100%。",
        "推动学校食堂明厨亮灶覆盖率达到100%，接受家长和社会监督。",
    ),
]

# lines the ledger does not keep: the meeting's recap and the problems, which later lines answer
REPORTS = [
    "刚才，会议审议通过了《县委教育工作领导小组工作规则》；县财政局作了发言。",
    "需要正视的问题主要表现在：一是留守儿童监护薄弱；二是校车线路长。",
    "学前教育工作扎实推进，普惠性幼儿园覆盖率达到91.5%。",
]


def _again(earlier: str, line: str, own: str = "") -> bool:
    weights = builtin_rarity().weighted(line)[0]
    said = [(content_pairs(earlier), figures_in(earlier))]
    return says_again(line, weights, said, key_free_pairs(), content_pairs(own))


@pytest.mark.parametrize(("earlier", "line"), SAID_AGAIN)
def test_a_line_sharing_two_distinctive_terms_says_it_again(earlier: str, line: str) -> None:
    assert _again(earlier, line)
    assert asks(earlier)


@pytest.mark.parametrize(("earlier", "line"), NOT_AGAIN)
def test_a_line_adding_its_own_thing_is_not_said_again(earlier: str, line: str) -> None:
    assert not _again(earlier, line)


def test_the_terms_are_the_shared_runs_of_rare_pairs() -> None:
    line = "要把明查和暗访结合起来，不光看材料，更要看现场。"
    weights = builtin_rarity().weighted(line)[0]
    count, _weight, terms = shared_terms(
        line, weights, content_pairs("坚持明查暗访"), key_free_pairs()
    )
    assert (count, terms) == (2, ("明查", "暗访"))


def test_the_heading_words_are_a_term_only_beside_another() -> None:
    # under a heading on 校车, 校车 alone is the topic; 校车 and 随车照管 together say it again
    assert _again(
        "要落实校车随车照管人员。", "对校车，要严格执行随车照管制度。", own="规范校车管理"
    )
    assert not _again("要加强校车管理。", "对校车，要定期检查车况。", own="规范校车管理")


@pytest.mark.parametrize("report", REPORTS)
def test_the_ledger_keeps_no_report(report: str) -> None:
    assert not asks(report)
    said = Said()
    said.add(report)
    assert not said.said_again("会议审议通过的工作规则，领导小组成员单位要认真执行、各负其责。")


def test_a_clerks_point_is_kept_whatever_its_words() -> None:
    said = Said()
    said.add_point("落实校车随车照管人员")  # a point as the profile gives it: no 要
    assert said.said_again("对校车，要严格执行随车照管制度，车辆、线路、驾驶人都要固定。")
    plain = Said()
    plain.add("落实校车随车照管人员")
    assert not plain.said_again("对校车，要严格执行随车照管制度，车辆、线路、驾驶人都要固定。")


def test_the_ledger_runs_across_sections() -> None:
    said = Said()
    said.add("一是要加强学校党建", heading=True)
    said.new_section()
    said.add("学校党组织覆盖率要达到100%，党的工作不留空白。")
    said.end_section()
    said.add("二是要抓好思政课", heading=True)
    said.new_section()
    assert said.said_again("要实现中小学校党组织全覆盖。")
    assert not said.said_again("思政课课时一节不能少，不允许被其他学科挤占。")


def _profile(points: list[str]) -> dict[str, Any]:
    return {
        "kind": "safety",
        "meeting": {"name": "临川县秋季学校安全工作会议", "date": "2030-09-03"},
        "region": {"level": "county", "name": "临川县"},
        "speaker": {"title": "县教育局局长", "name": "许立"},
        "duration_minutes": 20,
        "targets": {"guideline": "坚持安全第一、预防为主，确保全县学校秋季安全稳定"},
        "priorities": [
            {"area": "校车和交通安全", "points": points},
            {"area": "食品安全", "points": ["学校食堂落实校长陪餐"]},
            {"area": "心理健康", "points": ["开展学生心理健康测评"]},
        ],
        "safeguards": ["组织领导", "督导考核"],
    }


def _body(points: list[str], seed: int) -> list[str]:
    return [
        block.text
        for block in draft(_profile(points), seed).document.blocks
        if isinstance(block, Paragraph)
    ]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_no_stock_line_says_the_clerks_bus_point_again(seed: int) -> None:
    """Main said 对校车，要严格执行随车照管制度… after the clerk's 落实校车随车照管人员 at every
    seed (the unit kept the name 校车 of the task's label); the point stays, the line goes."""
    text = "\n".join(_body(["落实校车随车照管人员", "雨雪天气校车限速行驶"], seed))
    assert "校车随车照管人员" in text  # the clerk's point is kept
    assert text.count("随车照管") == 1
