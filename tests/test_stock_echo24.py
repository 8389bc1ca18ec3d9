"""Issue 11's D, A, E on stock lines, round al (branch stock24): a stock line is not said
where its idea is already in the draft, and it presumes no state, duty or mechanism nobody
gave.

Round al's readers labelled 133 stock lines: D 47 (a bank line saying again a clerk's point
or a line before it in other words: 有偿补课…红线 after the point 严禁在职教师有偿补课; 多补台
after 不能各自为战), A 21 (全镇的学校不多; 守住均衡发展的成果，和当初创建一样 where nobody said
the balance assessment was passed; 由…教育厅统筹安排，全员覆盖; 要与机构编制、人社部门一道…纳入
年度招聘计划), E 16 (这些问题，有的是长期积累形成的). The rules: such paraphrases name one
meaning group (compose/meaning_ideas.py), so a draft says the idea once wherever it stands,
the clerk's point first; a wording on a balance assessment's gains presupposes
``balance_reached`` (situation.py), given only by a profile that says so; the bank's other
presuming wordings are rewritten or cut. The wordings below are this test's own.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from _matrix import spoken
from speechdraft.compose.restate import _bank_units, _builtin_bank, ideas_in
from speechdraft.phrasebank import spoken_words
from speechdraft.situation import SITUATIONS, presupposed

# (a clerk's point or an earlier line, a stock line saying it again in other words)
PARAPHRASES = [
    ("严禁在职教师参与有偿补课", "在职教师搞有偿补课，是师德的底线问题。"),
    ("支持普惠性民办幼儿园发展", "要继续扶持普惠性民办园，扩大普惠资源。"),
    ("部门之间加强沟通配合", "分工不分家，各单位之间要相互补台。"),
    ("对推进迟缓的学校，要及时督促", "对进展较慢的项目，要加强跟踪调度。"),
    ("开学前确保校舍安全可用", "开学前要对校舍、食堂和消防设施逐项排查，不留死角。"),
    ("重大问题需要在领导小组层面研究", "一个部门解决不了的问题，要提交领导小组研究。"),
    ("会议议定了就要一抓到底", "会上确定的事，各单位要抓紧推进。"),
    ("新建幼儿园不盲目铺摊子", "幼儿园布局要跟着生源走，避免盲目新建。"),
    ("把家长的评价作为检验食堂工作的标准", "要听取师生和家长的评价意见，改进工作。"),
    ("不让一名学生因家庭经济困难而失学", "资助资金要用好，不让孩子因为经济原因离开课堂。"),
    ("各部门在各自职责内支持教育", "各部门要在职责范围内主动为教育办实事。"),
]


@pytest.mark.parametrize(("first", "again"), PARAPHRASES)
def test_a_paraphrase_names_the_idea_its_first_wording_named(first: str, again: str) -> None:
    assert ideas_in(first) & ideas_in(again), (first, again)


# what a profile says when its balance assessment is passed, and what it says when it is not
PASSED = ("2015年通过义务教育基本均衡发展国家评估认定", "巩固义务教育均衡发展成果")
NOT_PASSED = (
    "推进义务教育均衡发展",
    "改造薄弱学校，缩小校际差距",
    "2017年义务教育基本均衡发展通过自治区评估",  # a target, at a 2016 meeting
    "力争通过国家义务教育优质均衡发展评估",
    "到2030年义务教育优质均衡发展县（市、区）达到60%",
)


def test_the_gains_of_a_balance_assessment_presuppose_it_passed() -> None:
    balance = [s for s in SITUATIONS if s.key == "balance_reached"]
    assert len(balance) == 1
    for wording in ("守住均衡发展的成果，不能松劲。", "均衡创建成果来之不易。", "和当初创建一样"):
        assert "balance_reached" in presupposed(wording), wording
    assert "balance_reached" not in presupposed("推进义务教育优质均衡发展。")
    assert all(balance[0].pattern.search(text) for text in PASSED)
    assert not any(balance[0].pattern.search(text) for text in NOT_PASSED)


# wordings that presume a state nobody gave, or give a duty or a mechanism nobody decided
_PRESUMING = re.compile(
    r"当初创建|(?:学校|学生)不多|督查组到了|包保责任|要与[^。；]{1,16}一道[^。；]*纳入"
    r"|由[^。；，]{1,12}统筹安排[^。；]*全员覆盖|纳入学校年度考核|作为对学校工作评价|长期积累形成"
)


def test_no_bank_wording_presumes_what_nobody_gave() -> None:
    """The built-in bank's wordings: none presumes a state, gives a duty between named
    bodies or names a mechanism as round al's readers struck, unless its unit needs the
    fact (a situation its words presuppose, a needs tag, a fact of the profile)."""
    found = [
        wording
        for unit in _bank_units(_builtin_bank())
        for wording in unit.wordings
        if _PRESUMING.search(spoken_words(wording))
        and not (unit.tags.needs or unit.presupposes or unit.facts)
    ]
    assert found == []


def _profile(points: list[str], extra: str | None = None) -> dict[str, Any]:
    priorities: list[dict[str, Any]] = [
        {"area": "义务教育均衡发展", "points": points},
        {"area": "师德师风建设", "points": ["严禁在职教师有偿补课"]},
        {"area": "学前教育", "points": ["扶持普惠性民办幼儿园发展"]},
    ]
    data: dict[str, Any] = {
        "kind": "leading_group",
        "meeting": {"date": "2016-04-12"},
        "region": {"level": "city", "name": "青岚"},
        "speaker": {"title": "市委副书记、市委教育工作领导小组组长"},
        "priorities": priorities,
        "safeguards": [{"area": "部门协同", "points": ["加强沟通配合，不能各自为战"]}],
    }
    if extra:
        data["review"] = {"achievements": [{"area": "均衡发展", "points": [extra]}]}
    return data


_GAINS = re.compile(r"均衡发展(?:取得)?的?成果|当初创建")


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_no_gains_of_balance_where_the_profile_names_no_assessment(seed: int) -> None:
    text = spoken(_profile(["改造薄弱学校", "缩小城乡校际差距"]), seed)
    assert not _GAINS.search(text), _GAINS.findall(text)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_clerks_point_is_not_said_again_by_a_stock_line(seed: int) -> None:
    """The clerk's 严禁在职教师有偿补课, 扶持普惠性民办幼儿园发展 and 不能各自为战 are said
    once: no stock line names 有偿补课, 扶持普惠性民办园 or 补台 beside them."""
    lines = spoken(_profile(["改造薄弱学校"]), seed).split("\n")
    for pattern in (r"有偿补课", r"扶持普惠性民办(?:幼儿)?园", r"补台|各自为战"):
        saying = [line for line in lines if re.search(pattern, line)]
        assert len(saying) <= 1, saying
