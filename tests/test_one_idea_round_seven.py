"""One idea said once a draft, round seven: paraphrases the readers still heard twice
(issue 11's D, round ak; branch echo22).

Round ak's readers marked 任务到哪里，资金就跟到哪里 after 资金跟着进度走; 按时足额、不拖欠 in a pay
section and again in a section on the teachers' funds; 由广大教师来评判 then 老师们的感受最能说明
问题 then 要由学校和师生来评判; 这些进展说明… then 这些进展，凝聚着…; two 属于老师们的 lines;
排出时间表、明确责任人 after 谁负责、什么时候完成; 有人牵头、有人负责 after 明确责任人. The bank's
meaning groups now join each pair (meaning_ideas, round ak). These tests keep their own table
and profiles, rendered once a module.
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
SEEDS = (1, 2, 3)
TITLES = {
    "work_report": "县教育局局长",
    "leader_speech": "县长",
    "school_opening": "县教育局局长",
    "leading_group": "县委书记、县委教育工作领导小组组长",
    "concluding_remarks": "副县长",
    "teachers_day": "县长",
}
DATES = {"teachers_day": "2027-09-09", "school_opening": "2027-08-28"}


def _profile(kind: str) -> dict[str, Any]:
    return {
        "kind": kind,
        "meeting": {"date": DATES.get(kind, "2027-03-16")},
        "region": {"level": "county", "name": "柳溪县"},
        "speaker": {"title": TITLES[kind], "name": "韩立平"},
        "duration_minutes": 30,
        "priorities": [
            {"area": "教师工资保障", "facts": {"教师工资差额补足资金": "1,560万元"}},
            {"area": "名师培养", "points": ["建好用好名师工作室"]},
            {"area": "校外培训治理", "points": ["无证机构一律取缔"]},
            "项目建设",
            "教师培训",
        ],
        "safeguards": ["尊师重教", "经费保障", "组织领导", "督查考核", "部门协同", "工作作风"],
    }


# The test's own table of round ak's ideas (not the bank's groups).
FAMILIES: dict[str, str] = {
    "funds_follow": r"资金跟着进度走|资金就?跟到哪里",
    "arrears": r"拖欠",
    "judges": r"来评判|最能说明问题|满意不满意",
    "these_results": r"^这些进展",
    "own_day": r"属于老师们的",
    "owner": r"明确责任人|有人牵头|谁负责",
    "studios": r"名师工作室",
    "unlicensed": r"无证机构|发现一家、查处一家",
}
_FAMILIES = {name: re.compile(pattern) for name, pattern in FAMILIES.items()}


@pytest.fixture(scope="module")
def drafts() -> dict[tuple[str, int], Any]:
    return {(kind, seed): render(_profile(kind), seed) for kind in KINDS for seed in SEEDS}


def said_twice(draft: Any) -> list[tuple[str, str, str]]:
    """(family, earlier, later): two sentences of the draft saying one idea of the table,
    the later not in the clerk's words."""
    runs = draft_clerk_runs(draft, figures=False)
    first: dict[str, str] = {}
    found = []
    for heading, sentence in draft_lines(draft):
        if heading:
            continue
        clerk = is_clerks(sentence, runs, figures=False)
        for name, pattern in _FAMILIES.items():
            if pattern.search(sentence):
                earlier = first.setdefault(name, sentence)
                if earlier != sentence and not clerk:
                    found.append((name, earlier, sentence))
    return found


@pytest.mark.parametrize("kind", KINDS)
def test_no_idea_of_round_ak_said_twice(drafts: dict[Any, Any], kind: str) -> None:
    found = [(seed, *pair) for seed in SEEDS for pair in said_twice(drafts[(kind, seed)])]
    assert not found, found


@pytest.mark.parametrize("kind", KINDS)
def test_the_draft_still_speaks_of_its_areas(drafts: dict[Any, Any], kind: str) -> None:
    """The groups keep a second saying off, not the areas: each is still spoken of."""
    for seed in SEEDS:
        text = "".join(s for _h, s in draft_lines(drafts[(kind, seed)]))
        for area in ("教师", "培训"):
            assert area in text, (kind, seed, area)


@pytest.mark.parametrize(
    ("earlier", "later"),
    [
        ("坚持资金跟着进度走。", "任务到哪里，资金就跟到哪里。"),
        ("教师工资兑现要按时、要足额。", "各项补助要按时足额发放到人，不截留。"),
        ("对拖欠、克扣教师工资的，要严肃追责。", "各项补助发放到人，不拖欠、不截留。"),
        (
            "各项举措是否落到实处，归根到底要由广大教师来评判。",
            "资金发得好不好，老师们的感受最能说明问题。",
        ),
        ("支持教育的成效，要由学校和师生来评判。", "政策好不好，要看老师们满意不满意。"),
        ("这些进展说明，统筹协调的办法是管用的。", "这些进展，凝聚着各成员单位的辛勤付出。"),
        ("教师节是属于老师们的节日。", "在这个属于老师们的日子里，我向大家致以问候！"),
        ("我们将建好用好名师工作室。", "要发挥名师工作室的示范带动作用。"),
        ("无证机构一律取缔。", "对未经审批擅自开展培训的机构，发现一家、查处一家。"),
        ("每一项工作，谁负责、什么时候完成，都要清清楚楚。", "重点工作要排出时间表、明确责任人。"),
        ("重点工作要明确责任人。", "任务分下去以后，要有人牵头、有人负责、有人跟踪。"),
        ("有关部门要各负其责、加强协同。", "各成员单位要各司其职、履职尽责。"),
    ],
)
def test_the_record_joins_the_two_wordings(earlier: str, later: str) -> None:
    """Said: once one wording of a round-ak pair is said, the other is a repeat (either
    order)."""
    for first, second in ((earlier, later), (later, earlier)):
        said = Said()
        said.add(first)
        assert said.repeats(second), (first, second)
