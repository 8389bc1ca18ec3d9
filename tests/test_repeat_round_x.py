"""Round x's readers (docs/review/2026-11-30x) marked one duty said twice in a draft in new
words (D: 每一项任务都要落到具体单位、具体责任人 beside 把任务分解到具体岗位、具体人员; 机关干部
要经常深入学校督查 beside 班子成员要…深入学校，到一线督促检查) and lines that ask nobody for
anything (E: 教师队伍的形象，是由每一位教师的日常言行塑造的; 到学校去有没有成效，要看…).

The duties are ideas said once a draft (compose/demand_ideas.py, found by
scripts/idea_pairs.py over its own profiles); a filler line (compose/filler.py) is said once
a section at most, and beside the clerk's points it is no judgement (要看…, 体现在…). Every sentence and profile below was
written for these tests."""

from __future__ import annotations

import re
from typing import Any

import pytest
import yaml

from speechdraft.compose.filler import FILLER_A_SECTION, is_filler, is_judgement
from speechdraft.compose.restate import Said
from speechdraft.document import Heading
from speechdraft.pipeline import build_draft_from_text

# Each pair says one duty twice: the second counts as said.
_SAID_TWICE = [
    ("各单位要把今年的任务分解到具体岗位、具体人员。", "每件事都要落到具体单位、具体责任人。"),
    ("对全年的重点工作，各成员单位要主动认领任务。", "会上定下的事，各部门要拿出落实办法。"),
    ("这些事项，请各成员单位按照职责分工抓紧推进。", "每一项任务都要有责任人和完成时间。"),
    ("每一项任务谁牵头、谁负责，都要写清楚。", "各学校要把每一项任务都明确到人。"),
    ("局机关干部要经常深入学校督查。", "开学前后，班子成员要深入学校逐项核查。"),
    ("各级领导干部要经常到学校去，听课、座谈。", "主要负责同志要带头到学校去调研。"),
    ("青年教师要虚心向老教师求教。", "希望老教师多带一带，年轻人多学一学。"),
    ("议定事项要由办公室跟踪督办。", "跨部门事项要定期盘点、如实通报。"),
    ("对学习跟不上的学生要早关注。", "对学习动力不足的学生要及早干预。"),
    ("民办幼儿园也要应建尽建党组织。", "提高学校党组织覆盖率。"),
    ("干部要在关键时刻站得出来。", "难题面前能不能顶上去，是对干部的检验。"),
    ("要控制书面作业总量。", "三年级以上书面作业的完成时间不超过规定。"),
    ("每一节课都要上出质量。", "均衡发展最终要落到课堂上。"),
    ("会上能定的事情要当场定下来。", "把今年的事摆一摆、议一议、定下来。"),
    ("希望大家学习先进、见贤思齐。", "要向身边的榜样学习，对标先进找差距。"),
    ("老师的一句鼓励，学生会记很多年。", "老师的一点关心，学生往往记一辈子。"),
    ("待遇政策要讲给教师听。", "补助发放情况要向教师公开，让大家明明白白。"),
    ("惠师资金一分一厘都要用在教师身上。", "确保每一分钱都落到教师手中。"),
    ("对这些短板，我们要正视问题。", "也要正视老师们反映的困难。"),
    ("开学安全要当成头等大事来抓。", "校园安全容不得半点马虎。"),
    ("培训要送到学校、放进课堂。", "坚持按需施训，减少集中讲座。"),
    ("要让每个学生说好普通话、写好规范字。", "把讲普通话、写规范字落到日常。"),
    # round y (read at b75b2cc)
    ("机关要多服务，让学校少跑腿。", "能从平台提取的数据，不再让学校另外填报。"),
    ("安全职责要落实到每个岗位。", "校长要把任务落实到具体岗位、具体人员。"),
    ("各部门要各司其职。", "各有关部门要各司其职、主动配合。"),
    ("学校办得好不好，关键看教师。", "百年大计，教育为本；教育大计，教师为本。"),
    ("希望受表彰的老师再接再厉。", "希望大家戒骄戒躁，继续走在前列。"),
    ("开学前后是事故易发期。", "假期结束后的第一周，历来是安全事故的高发期。"),
    ("离开学没有几天了。", "准备工作必须只争朝夕。"),
    ("新校舍要用起来、用得好。", "校舍建好不是终点。"),
    ("对无证无照的培训机构坚决依法取缔。", "未经审批开展培训的，发现一家、查处一家。"),
    ("引导家长理性看待校外培训。", "不盲目攀比、跟风报班。"),
    ("严禁违规掐尖招生。", "对跨区域掐尖招生要坚决制止。"),
    ("宿舍夜间要有人值守。", "做到日有人管、夜有人守。"),
    ("跨部门事项要有人牵头。", "跨部门的事项办结了多少，要心中有数。"),
]


@pytest.mark.parametrize(("first", "again"), _SAID_TWICE)
def test_a_duty_said_again_in_new_words_counts_as_said(first: str, again: str) -> None:
    said = Said()
    said.add(first)
    assert said.repeats(again), (first, again)


@pytest.mark.parametrize(
    ("first", "other"),
    [
        ("各单位要把任务分解到具体岗位。", "校园周边要加强巡逻防控。"),
        ("局机关干部要经常深入学校督查。", "学校请示的事项要限时办结。"),
        ("要控制书面作业总量。", "课后服务要与下班时间衔接。"),
        ("惠师资金一分一厘都要用在教师身上。", "乡村教师生活补助要按月发放。"),
        ("希望大家学习先进、见贤思齐。", "年轻教师是教育的未来。"),
    ],
)
def test_different_duties_stay_apart(first: str, other: str) -> None:
    said = Said()
    said.add(first)
    assert not said.repeats(other), (first, other)


@pytest.mark.parametrize(
    "text",
    [
        "乡村学校的面貌，是由一代代校长和教师一点点改变的。",
        "家长会不会配合，关系到孩子能不能安心读书。",
        "督查有没有成效，要看学校的困难解决了几件。",
        "部门协作的成效，要体现在学校的难题一件件得到破解上。",
        "孩子读书读得好，将来走出大山的路就更宽。",
        "一个学生的体质，关系到一个家庭的幸福。",
    ],
)
def test_a_comment_or_a_judgement_is_filler(text: str) -> None:
    assert is_filler(text), text


@pytest.mark.parametrize(
    "text",
    [
        "各学校要把体育课开齐开足。",
        "我们将会同财政部门加快资金拨付。",
        "坚持一校一案改造薄弱学校。",
        "督查有没有成效，要看学校的困难解决了几件，机关干部要多下去。",
        "全县学前三年毛入园率达到91.5%。",
        "对残疾儿童落实一人一案，保障其受教育权利。",
        "同志们，让我们携手并进！",
    ],
)
def test_a_line_that_asks_or_counts_is_not_filler(text: str) -> None:
    assert not is_filler(text), text


# Duties round x's readers found said twice, by this test's own words for them (not the
# renderer's list): each at most once a draft.
_ONCE = {
    "task owners": r"具体岗位|具体人员|具体单位[、和]具体|落实到人|认领任务|对号入座|落实办法"
    r"|谁牵头、谁负责|明确到人",
    "inspection at schools": r"深入学校",
    "leaders at schools": r"到学校去",
    "progress tallied": r"定期盘点|跟踪督办",
    "the party everywhere": r"应建尽建|党组织覆盖",
    "standing up": r"关键时刻[^，。；]{0,4}站|顶上去|顶得上",
    "homework amount": r"作业总量|超时超量",
    "every lesson": r"每一(?:节|堂)课",
    "models followed": r"学习先进|对标先进|见贤思齐",
    "every cent": r"一分一厘",
    "utmost care": r"头等大事|容不得半点",
    "putonghua daily": r"普通话[^。；]{0,8}规范(?:汉)?字",
}


_KINDS: dict[str, tuple[str, list[Any], str]] = {
    "leader_speech": ("{u}委书记", ["义务教育优质均衡", "学前教育", "校园安全"], "03-06"),
    "work_report": ("{u}教育局局长", ["党建", "双减", "教师队伍"], "02-24"),
    "concluding_remarks": ("副{u}长", ["控辍保学", "项目建设"], "04-10"),
    "leading_group": ("{u}委书记、{u}委教育工作领导小组组长", ["教育经费", "教师队伍"], "01-15"),
    "teachers_day": ("{u}长", ["师德师风", "教师待遇"], "09-08"),
    "school_opening": ("{u}教育局局长", ["开学安全", "教学常规", "国家通用语言文字"], "02-26"),
    "safety": ("副{u}长", ["防溺水", "心理健康", "消防安全"], "06-05"),
}
_LEVELS = {"county": ("县", "白杨"), "city": ("市", "云岭"), "district": ("区", "东湖")}


def _profile(kind: str, level: str, minutes: int) -> dict[str, Any]:
    title, areas, day = _KINDS[kind]
    unit, name = _LEVELS[level]
    return {
        "kind": kind,
        "meeting": {"date": f"2028-{day}"},
        "region": {"level": level, "name": name},
        "speaker": {"title": title.format(u=unit), "name": "赵晨"},
        "duration_minutes": minutes,
        "preceding": [f"{unit}教育局局长通报了上半年工作情况"],
        "review": {"problems": ["部分学校体育教师不足", "农村学校寄宿条件还有差距"]},
        # the clerk gives points for the first task only
        "priorities": [
            {
                "area": areas[0],
                "points": ["秋季学期前完成全部薄弱环节排查", "建立问题清单按月调度"],
            },
            *({"area": area} for area in areas[1:]),
        ],
        "safeguards": ["组织领导", "督导考核", "转变作风", "部门协同"],
    }


def _drafts() -> list[tuple[str, Any]]:
    drafts = []
    for kind in _KINDS:
        for level in _LEVELS:
            for minutes in (12, 28):
                text = yaml.safe_dump(_profile(kind, level, minutes), allow_unicode=True)
                for seed in (1, 2, 3):
                    name = f"{kind}-{level}-{minutes}-{seed}"
                    drafts.append((name, build_draft_from_text(text, name, seed=seed).document))
    return drafts


@pytest.fixture(scope="module")
def drafts() -> list[tuple[str, Any]]:
    return _drafts()


def _sections(document: Any) -> list[list[str]]:
    """The sentences of each second-level section (a key task or a safeguard)."""
    sections: list[list[str]] = []
    current: list[str] | None = None
    for block in document.blocks:
        if isinstance(block, Heading):
            current = [] if block.level == 2 else None
            if current is not None:
                sections.append(current)
            body = "".join(r.text for r in block.body)
        else:
            body = block.text
        if current is not None:
            current.extend(s for s in re.findall(r"[^。！？]+[。！？]", body) if len(s) > 6)
    return sections


def test_no_duty_round_x_found_twice_is_said_twice_in_a_draft(drafts: list[Any]) -> None:
    for name, document in drafts:
        sentences = re.findall(r"[^。！？]+[。！？]", document.body_text())
        for duty, pattern in _ONCE.items():
            said = [s for s in sentences if re.search(pattern, s)]
            assert len(said) <= 1, (name, duty, said)


def test_a_section_says_one_filler_line_and_no_judgement_beside_the_clerks_points(
    drafts: list[Any],
) -> None:
    for name, document in drafts:
        for sentences in _sections(document):
            fillers = [s for s in sentences if is_filler(s)]
            if any("按月调度" in s for s in sentences):  # the clerk's points are here
                assert not any(map(is_judgement, fillers)), (name, fillers)
            assert len(fillers) <= FILLER_A_SECTION, (name, fillers)


@pytest.mark.parametrize("kind", ["teachers_day", "work_report", "leader_speech"])
def test_a_figure_named_by_the_points_last_words_is_its_count(kind: str) -> None:
    """Round x's 17: 面向部属师范大学引进优秀毕业生，引进优秀毕业生64名. A figure whose label
    the last point ends with is said as that point's count, the label once."""
    profile = {
        "kind": kind,
        "meeting": {"date": "2029-09-06" if kind == "teachers_day" else "2029-02-20"},
        "region": {"level": "county", "name": "白杨"},
        "speaker": {"title": "县长" if kind != "work_report" else "县教育局局长", "name": "赵晨"},
        "review": {
            "achievements": [
                {
                    "area": "教师队伍",
                    "points": ["实施乡村教师支持计划", "从省内师范院校定向招聘新教师"],
                    "figures": {"定向招聘新教师": "85名", "教师培训": "3200人次"},
                }
            ]
        },
    }
    text = yaml.safe_dump(profile, allow_unicode=True)
    for seed in (1, 2, 3):
        body = build_draft_from_text(text, kind, seed=seed).document.body_text()
        assert body.count("定向招聘新教师") == 1, (kind, seed)
        assert "定向招聘新教师85名" in body, (kind, seed)
