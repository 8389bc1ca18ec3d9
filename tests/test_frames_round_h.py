"""Round h of issue 11's blind review: what the frames and safeguards still said wrong.

Topic-first register (R): officials say 各市要扛起属地责任, not 属地责任各市要扛起来; the
bank must hold no wording that fronts the object and leaves the verb bare at the end.
"""

from __future__ import annotations

import datetime
import re
from typing import Any

import pytest

from _matrix import draft
from bank_support import TEMPLATE_CODE, admitted
from speechdraft.compose.context import superior_speech
from speechdraft.compose.restate import Said
from speechdraft.phrasebank import load_phrasebank
from speechdraft.resources import builtin_templates_dir

BANK = load_phrasebank(builtin_templates_dir())

# A verb that wants its object after it; at the end of a clause with an actor before it
# (各市要扛起来, 财政部门要管起来) the object has been fronted.
_BARE_VERB = r"(?:扛起来|严格落实|管起来|搭起来|坚决防止|不断增进)"
_ACTOR = r"(?:各[^，。；要]{1,8}|某地[^，。；要]{0,8}|[^，。；要]{0,10}(?:部门|党组织|单位|学校))"
_FRONTED = (
    # 属地责任各市要扛起来 / 教育投入责任各县要依法扛起来
    re.compile(r"^[^，。；把将]{2,}?" + _ACTOR + r"要(?:依法|切实)?" + _BARE_VERB + r"$"),
    # 全面从严治党要求，各级各部门要严格落实 (the object in the clause before)
    re.compile(r"^" + _ACTOR + r"要(?:依法|切实)?" + _BARE_VERB + r"$"),
    # 以会议落实会议…要坚决防止 / 对…的认同，要在学生心中不断增进
    re.compile(r"^(?!要)[^把将]+要(?:坚决)?防止$"),
    re.compile(r"^要在[^，。；]*不断增进$"),
    # 校企对接平台要由人社、工信等部门搭起来
    re.compile(r"要由[^，。；]+(?:搭|管|抓|扛)起来$"),
    # 年度考核评价各部门，要把…
    re.compile(r"^[^，。；]*评价各部门$"),
)
# Colloquial turns a clerk struck in round h.
_COLLOQUIAL = ("办成了没有", "换了人也照样", "先听家委会怎么说", "拨下去以后")


def _spoken(text: str) -> str:
    return TEMPLATE_CODE.sub("某地", text)


def _all_wordings() -> list[str]:
    texts: list[str] = []
    for areas in (BANK.areas, BANK.safeguards):
        for area in areas.values():
            for family in area.families:
                texts += [t for unit in family.headings for t in unit.wordings]
                texts += [t for unit in family.units for t in unit.wordings]
    texts += [t for units in BANK.frames.values() for unit in units for t in unit.wordings]
    return texts


def fronted(sentence: str) -> bool:
    """Whether a clause of the sentence fronts the object of a verb left bare at its end."""
    clauses = [c.strip() for c in re.split(r"[，。；！？]", _spoken(sentence)) if c.strip()]
    return any(p.search(c) for c in clauses for p in _FRONTED)


@pytest.mark.parametrize(
    "sentence",
    [
        "属地责任{{ w.below }}要扛起来，辖区的资源要多向学校倾斜。",
        "教育投入责任{{ w.below }}要依法扛起来，应承担的经费足额列入预算。",
        "以会议落实会议、以文件落实文件要坚决防止，重大事项要集体研究、专题解决。",
        "年度考核评价各部门，要把支持教育发展的情况作为重要内容。",
        "对伟大祖国的认同，要在学生心中不断增进。",
        "全面从严治党要求，各级各部门要严格落实，纪律和规矩挺在前面。",
        "校企对接平台要由人社、工信等部门搭起来，激励政策要按规定兑现。",
    ],
)
def test_the_search_finds_every_shape_round_h_struck(sentence: str) -> None:
    assert fronted(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "{{ w.below }}要扛起属地责任，把辖区资源更多用在支持学校发展上。",
        "要坚决防止以会议落实会议、以文件落实文件。",
        "各级各部门要严格落实全面从严治党要求，把纪律和规矩挺在前面。",
        "年度考核要把各部门支持教育发展的情况作为重要内容。",
    ],
)
def test_the_search_passes_the_ordinary_order(sentence: str) -> None:
    assert not fronted(sentence)


def test_no_wording_of_the_bank_fronts_its_object() -> None:
    texts = _all_wordings()
    assert len(texts) > 2000  # the whole bank was read, not an empty list
    assert [t for t in texts if fronted(t)] == []


def test_no_wording_of_the_bank_has_the_colloquial_turns_round_h_struck() -> None:
    assert [t for t in _all_wordings() if any(w in t for w in _COLLOQUIAL)] == []


# --- 1. The endorsement fits what preceded, in order and rank ---------------------------


def _render_opening(kind: str, title: str, preceding: list[str], seed: int) -> tuple[str, str]:
    """The paragraph that opens with 刚才 and the whole spoken text of a small profile."""
    data: dict[str, Any] = {
        "kind": kind,
        "meeting": {"date": "2027-03-09"},
        "region": {"level": "city", "name": "安和"},
        "speaker": {"title": title},
        "seed": seed,
        "preceding": preceding,
    }
    lines = draft(data).document.spoken_lines()
    opening = next(line for line in lines if "刚才，" in line)
    return opening, "\n".join(lines)


def _after_preceding(opening: str) -> list[str]:
    """The sentences the speaker says after reading out what preceded."""
    rest = opening.split("刚才，", 1)[1].split("。", 1)[1]
    return [s + "。" for s in rest.split("。") if s.strip()]


# a pledge as the bank words it, the superior's speech named where the wording names it
# (c.superior_named: 市委书记的重要讲话; it said 刚才的重要讲话 before round ab's R)
_PLEDGE_PATTERNS = [
    re.compile(
        "^" + r".+?的(?:重要|书面)讲话".join(re.escape(p) for p in TEMPLATE_CODE.split(t)) + "$"
    )
    for u in BANK.frames["common.pledge_superior"]
    for t in u.wordings
]


class _Pledges:
    def __contains__(self, sentence: object) -> bool:
        return any(p.match(str(sentence)) for p in _PLEDGE_PATTERNS)


_PLEDGES = _Pledges()
_GRADES = re.compile(r"讲得|讲的|很实在|我都同意|我完全同意|我完全赞同|我都赞成")


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize(
    ("kind", "title"),
    [
        ("concluding_remarks", "市委副书记、市长"),
        ("leader_speech", "市委副书记、市长"),
        ("school_opening", "副市长"),
        ("safety", "副市长"),
    ],
)
def test_after_the_secretary_spoke_the_speaker_pledges_first_then_endorses_the_report(
    kind: str, title: str, seed: int
) -> None:
    opening, _ = _render_opening(
        kind, title, ["市委书记作了重要讲话", "市教育局局长作了工作报告"], seed
    )
    said = _after_preceding(opening)
    assert said[0] in _PLEDGES, said
    assert "学习领会" in said[0] and "落实" in said[0]
    # the report is endorsed after the pledge, and the secretary's speech is not graded
    assert len(said) >= 2 and _GRADES.search(said[1]), said
    assert not _GRADES.search(said[0])


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_mayor_does_not_grade_the_secretary_s_speech_when_nothing_else_preceded(
    seed: int,
) -> None:
    opening, _ = _render_opening(
        "leader_speech", "市委副书记、市长", ["市委书记作了重要讲话"], seed
    )
    said = _after_preceding(opening)
    assert said[0] in _PLEDGES
    assert not any(_GRADES.search(s) or "报告" in s for s in said[:2]), said


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_deputy_does_not_speak_for_the_government_right_after_the_mayor(seed: int) -> None:
    opening, text = _render_opening(
        "concluding_remarks",
        "市委常委、副市长",
        ["市委副书记、市长作了重要讲话", "市教育局局长作了工作报告", "3个县（区）作了交流发言"],
        seed,
    )
    assert _after_preceding(opening)[0] in _PLEDGES
    assert "代表市政府" not in text and "代表市委、市政府" not in text


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_this_report_is_said_only_when_a_report_was_given(seed: int) -> None:
    opening, _ = _render_opening(
        "concluding_remarks", "市委副书记、市长", ["各区与市政府签订了责任书"], seed
    )
    assert "报告" not in "".join(_after_preceding(opening)[:2])


@pytest.mark.parametrize(
    ("item", "role", "superior"),
    [
        ("市委书记作了重要讲话", "government_head", True),
        ("市委书记作了重要讲话", "party_secretary", False),
        ("市委副书记、市长作了重要讲话", "deputy", True),
        ("市长作了讲话", "bureau_chief", True),
        ("副市长作了讲话", "deputy", False),
        ("市教育局局长作了工作报告", "government_head", False),
        ("市委书记为先进个人颁奖", "government_head", False),
    ],
)
def test_a_superior_s_speech_is_told_by_title_and_rank(
    item: str, role: str, superior: bool
) -> None:
    assert superior_speech(item, role) is superior


# --- 4. Cadre boilerplate and off-topic safeguards where they do not fit ----------------

_OFF_SAFETY = re.compile(r"人民满意|学位|教育质量|优质均衡|领导体制")
_CADRE = re.compile(
    r"为担当者担当|用人导向|选人用人|凭实绩用干部|干部的担当|干部担当不担当|领导体制"
)


def _admitted_safeguard_texts(kind: str, role: str, level: str) -> list[str]:
    day = datetime.date(2025, 9, 1)
    texts: list[str] = []
    for area in BANK.safeguards.values():
        for family in area.families:
            for unit in (*family.headings, *family.units):
                if admitted(unit, kind, role, level, day):
                    texts += unit.wordings
    return texts


@pytest.mark.parametrize("level", ["town", "county", "city", "province"])
@pytest.mark.parametrize("role", ["party_secretary", "government_head", "bureau_chief"])
def test_a_safety_meeting_s_safeguards_speak_of_safety(role: str, level: str) -> None:
    texts = _admitted_safeguard_texts("safety", role, level)
    assert len(texts) > 100
    assert [t for t in texts if _OFF_SAFETY.search(t)] == []


@pytest.mark.parametrize("kind", ["school_opening", "safety", "leader_speech"])
def test_a_town_school_head_speaks_no_cadre_boilerplate(kind: str) -> None:
    texts = _admitted_safeguard_texts(kind, "school_head", "town")
    assert len(texts) > 50
    assert [t for t in texts if _CADRE.search(t)] == []


def test_a_county_meeting_keeps_the_cadre_lines() -> None:
    """The bar is the town's, not the bank's: a county's bureau still speaks of 用人导向."""
    texts = _admitted_safeguard_texts("leader_speech", "party_secretary", "county")
    assert any(_CADRE.search(t) for t in texts)


# --- 3. Repetition: a heading said again, ideas said twice --------------------------------

_SAID_TWICE_H = [
    ("班子成员要分片联系学校，带着问题下去。", "联系学校的成效，就体现在困难一件件得到解决上。"),
    (
        "我们将把项目储备做在前面，积极争取财政部门支持。",
        "项目资金，我们将主动汇报，争取财政支持。",
    ),
    (
        "一是要把教育摆在更加突出的位置。",
        "各成员单位要把教育工作摆在更加突出的位置，在规划上优先安排。",
    ),
    ("今年的工作任务已经明确，关键是抓落实。", "同志们，今年的任务已经明确。"),
    ("跨部门事项办结了多少，要定期盘点。", "多方共同办理的事项，要坚持一事一议、限时办结。"),
    ("责任要一级一级往下压，直到每一所学校。", "要坚持一级抓一级、层层抓落实。"),
]


@pytest.mark.parametrize(("first", "again"), _SAID_TWICE_H)
def test_what_round_h_found_said_twice_counts_as_said(first: str, again: str) -> None:
    said = Said()
    said.add(first)
    assert said.repeats(again)


def test_a_sentence_that_says_its_heading_again_is_a_repeat() -> None:
    said = Said()
    said.add("（二）让乡村教师下得去、留得住、教得好", heading=True)
    assert said.repeats("要让乡村教师下得去、留得住、教得好，让乡村孩子在家门口上好学。")
    # the section still speaks about what its heading names, in its own words
    assert not said.repeats("乡村教师周转宿舍要优先安排，交通补助按时发放。")


def test_a_heading_that_names_linked_schools_leaves_its_body_one_sentence_on_them() -> None:
    said = Said()
    said.add("（一）建立联系学校制度，把领导责任落到一线", heading=True)
    first = "班子成员要分片联系学校，带着问题下去。"
    assert not said.repeats(first)
    said.add(first)
    assert said.repeats("联系学校的成效，就看学校反映的困难解决了多少。")


def test_the_echo_is_of_the_last_heading_only() -> None:
    said = Said()
    said.add("（一）让乡村教师下得去、留得住、教得好", heading=True)
    said.add("（二）深化教育评价改革", heading=True)
    assert not said.echoes_heading("要让乡村教师下得去、留得住、教得好。")
