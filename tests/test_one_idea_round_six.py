"""One idea said once a draft, round six: a stock line saying again, in other words, what a
line a few lines before it said, and headings sharing a key phrase (issue 11's D, round aj;
branch echo20).

Round aj's readers marked 有人盯、有人管 after 定牵头领导、定责任单位, 每一批食材都要查验、留存
票证 after 进货查验、索证索票, 财政部门要优先保障 after 资金要优先安排, 走访慰问要经常化 after 尊
师重教要常态化, 真抓实干 in two part headings, 激励担当作为 after
强化激励约束, 为新学年工作打好基础 after 为开学打好基础. The bank's meaning groups now name each
pair (meaning_ideas); these tests keep their own table and profiles, rendered once a module.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from _matrix import draft as render
from one_idea_support import draft_clerk_runs, draft_lines, is_clerks
from speechdraft.compose.restate import Said

KINDS = (
    "leader_speech",
    "concluding_remarks",
    "teachers_day",
    "work_report",
    "school_opening",
    "leading_group",
)
SEEDS = (1, 2)
TITLES = {
    "work_report": "区教育局局长",
    "leader_speech": "区长",
    "school_opening": "区教育局局长",
    "leading_group": "区委书记、区委教育工作领导小组组长",
    "concluding_remarks": "副区长",
    "teachers_day": "区长",
}
DATES = {"teachers_day": "2025-09-08", "school_opening": "2025-08-27"}


def _profile(kind: str) -> dict[str, Any]:
    return {
        "kind": kind,
        "meeting": {"date": DATES.get(kind, "2025-03-12")},
        "region": {"level": "district", "name": "青川区"},
        "speaker": {"title": TITLES[kind], "name": "宋明"},
        "priorities": ["课后服务", "食品安全", "控辍保学", "教师待遇", "教师培训", "学位扩容"],
        "safeguards": ["组织领导", "督查考核", "经费保障", "工作作风", "部门协同"],
    }


# The test's own table of round aj's ideas (not the bank's groups).
FAMILIES: dict[str, str] = {
    "someone_owns": r"有人盯|有人管|定牵头领导|定责任单位|一项一责任人|整改责任人",
    "food_checked": r"进货查验|留存票证|每一批食材",
    "funds_first": r"资金[^。；]{0,4}优先安排|财政[^。；]{0,6}优先保障",
    "respect_daily": r"尊师重教[^。；]{0,4}常态化|走访慰问[^。；]{0,6}经常化|平常日子",
    "real_work": r"真抓实干",
    "incentives": r"激励约束|激励担当",
    "foundation": r"打好基础",
    "pay_reaches": r"每一笔钱|足额发放到[^。；]{0,6}(?:教师|老师)",
    "not_all_honoured": r"领奖台|名额有限",
}
_FAMILIES = {name: re.compile(pattern) for name, pattern in FAMILIES.items()}


@pytest.fixture(scope="module")
def drafts() -> dict[tuple[str, int], Any]:
    return {(kind, seed): render(_profile(kind), seed) for kind in KINDS for seed in SEEDS}


def said_twice(draft: Any) -> list[tuple[str, str, str]]:
    """(family, earlier, later): two sentences or two headings of the draft saying one idea
    of the table, neither in the clerk's words; a heading and the body under it may share
    one (the body says what the heading promised)."""
    runs = draft_clerk_runs(draft, figures=False)
    first: dict[tuple[str, bool], str] = {}
    found = []
    for heading, sentence in draft_lines(draft):
        if is_clerks(sentence, runs, figures=False):
            continue
        for name, pattern in _FAMILIES.items():
            if pattern.search(sentence):
                earlier = first.setdefault((name, heading), sentence)
                if earlier != sentence:
                    found.append((name, earlier, sentence))
    return found


@pytest.mark.parametrize("kind", KINDS)
def test_no_idea_of_round_aj_said_twice(drafts: dict[Any, Any], kind: str) -> None:
    found = [(seed, *pair) for seed in SEEDS for pair in said_twice(drafts[(kind, seed)])]
    assert not found, found


@pytest.mark.parametrize("kind", KINDS)
def test_the_draft_still_speaks_of_its_areas(drafts: dict[Any, Any], kind: str) -> None:
    """The groups keep a second saying off, not the areas: each is still spoken of."""
    for seed in SEEDS:
        text = "".join(s for _h, s in draft_lines(drafts[(kind, seed)]))
        for area in ("课后服务", "控辍保学", "教师"):
            assert area in text, (kind, seed, area)


@pytest.mark.parametrize(
    ("earlier", "later"),
    [
        ("要定牵头领导、定责任单位、定完成时限。", "每个项目都要有人盯、有人管。"),
        ("整改要做到一项一责任人。", "每一项问题都要有整改责任人、整改时限。"),
        ("食堂要坚持进货查验、索证索票。", "每一批食材都要查验、留存票证。"),
        ("重点项目资金要优先安排。", "财政部门要优先保障教育投入。"),
        ("尊师重教要常态化，在平常日子里见行动。", "走访慰问教师要经常化。"),
        ("强化激励约束，做到奖优罚劣", "激励担当作为，锻造风清气正的干部队伍"),
        ("为开学打好基础。", "为新学年工作打好基础。"),
        ("不能议而不决、决而不行。", "不能以会议落实会议、以文件落实文件。"),
        ("各项补助要足额发放到每一位教师手中。", "确保每一笔钱都用在教师身上。"),
        ("表彰名额有限。", "许多没有站上领奖台的老师同样值得尊敬。"),
        ("监测结果要用于改进教学。", "监测报告拿到手，学校要逐项查找问题、落实改进。"),
        ("要逐项测算资金需求、明确资金来源。", "做到任务到哪里、资金跟到哪里。"),
        ("推动学位供给与学龄人口变化有效衔接。", "把入学高峰算在前面。"),
    ],
)
def test_the_record_joins_the_two_wordings(earlier: str, later: str) -> None:
    """Said: once one wording of a round-aj pair is said, the other is a repeat (either
    order)."""
    for first, second in ((earlier, later), (later, earlier)):
        said = Said()
        said.add(first)
        assert said.repeats(second), (first, second)
