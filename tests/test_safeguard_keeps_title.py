"""A safeguard the clerk wrote keeps its topic and its title (topic25; round am's S).

Round am's readers: the profile's 加强组织领导 became （一）抓好学校党建… (a school's party
building, not the government's leadership) and 强化经费保障 became 加强绩效管理… (how money is
spent, not that it is provided). The clerk's safeguard named by its area's own full name is one
of the area's sub-topics that name says (or one of his points names), under a heading saying a
word of it where the sub-topic has one; a kind's default safeguard keeps its seeded pick.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from _matrix import draft
from speechdraft.writers.text import to_text

SEEDS = (1, 2, 3, 4, 5, 6)
_SECTION = re.compile(r"^（[一二三四五六七八九十]+）")


def lines(data: dict[str, Any], seed: int) -> list[str]:
    """The draft's lines as printed (headings with their numbers)."""
    return [
        line.strip() for line in to_text(draft(data, seed).document).splitlines() if line.strip()
    ]


# what the readers said the clerk's safeguard was not: a sub-topic of its area of another topic
_NOT_THE_CLERKS = {
    "加强组织领导": ("党建", "党的建设", "深入一线", "基层一线", "联系学校", "面向基层"),
    "强化经费保障": ("绩效", "花钱问效", "学校经费", "学校正常运转", "惠师", "安全投入"),
    "转变工作作风": ("减负", "检查评比", "形式主义", "纪律", "担当作为"),
}
# a word of the clerk's name the heading says
_SAYS = {
    "加强组织领导": ("组织", "领导"),
    "强化经费保障": ("经费",),
    "转变工作作风": ("作风", "转变"),
}


def _profile(kind: str, safeguards: list[Any]) -> dict[str, Any]:
    return {
        "kind": kind,
        "meeting": {"name": "全市教育工作会议", "date": "2027-03-10"},
        "region": {"level": "city", "name": "青禾市"},
        "speaker": {"title": "副市长", "name": "柳明远"},
        "preceding": ["市教育局局长通报了去年全市教育工作情况"],
        "review": {
            "achievements": [
                {"area": "学前教育", "points": ["新建公办幼儿园6所"]},
            ],
            "problems": ["城区学位依然紧张"],
        },
        "priorities": [
            {"area": "学前教育", "points": ["扩大普惠性学前教育资源"]},
            {"area": "教师队伍建设", "points": ["推进县管校聘管理改革"]},
        ],
        "safeguards": safeguards,
    }


def _section_headings(text_lines: list[str]) -> list[str]:
    return [
        _SECTION.sub("", line) for line in text_lines if _SECTION.match(line) and "。" not in line
    ]


def _headings_for(kind: str, safeguards: list[Any], seed: int) -> list[str]:
    return _section_headings(lines(_profile(kind, safeguards), seed))


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("kind", ["leader_speech", "concluding_remarks"])
def test_the_clerks_safeguards_keep_their_topic(kind: str, seed: int) -> None:
    """加强组织领导 is never said as 学校党建, 强化经费保障 never as 绩效管理: the two sections
    after the key tasks each say a word of the clerk's name."""
    names = ["加强组织领导", "强化经费保障"]
    headings = _headings_for(kind, names, seed)
    assert len(headings) >= 4, headings
    said = headings[-2:]
    for name, heading in zip(names, said, strict=True):
        assert not any(word in heading for word in _NOT_THE_CLERKS[name]), (name, heading)


@pytest.mark.parametrize("seed", SEEDS)
def test_work_style_stays_work_style(seed: int) -> None:
    """转变工作作风 is not said as 为学校减负 or 严明纪律: its heading says 作风."""
    headings = _headings_for("leader_speech", ["加强督导考核", "转变工作作风"], seed)
    heading = headings[-1]
    assert not any(word in heading for word in _NOT_THE_CLERKS["转变工作作风"]), heading
    assert any(word in heading for word in _SAYS["转变工作作风"]), heading


@pytest.mark.parametrize("seed", SEEDS)
def test_a_point_of_the_departments_stays_with_them(seed: int) -> None:
    """凝聚工作合力 with a point on departments' joint checks is the departments' section, not
    关心支持教师 (round am's S: （二）合力关心支持教师 over a 部门联合检查 point)."""
    safeguards = [
        {"area": "凝聚工作合力", "points": ["公安、交通、市场监管部门开学前后开展联合检查"]},
        "加强督导考核",
    ]
    text_lines = lines(_profile("leader_speech", safeguards), seed)
    headings = _section_headings(text_lines)
    heading = headings[-2]
    assert "教师" not in heading and "尊师重教" not in heading, heading
    at = next(i for i, line in enumerate(text_lines) if line.endswith(heading))
    after = text_lines[at + 1 :]
    assert any("联合检查" in line for line in after), heading


@pytest.mark.parametrize("seed", SEEDS)
def test_an_alias_of_the_area_keeps_its_topic(seed: int) -> None:
    """组织领导 and 督导考核 typed as the area's alias are the area's own sub-topics too: not
    学校党建 or 深入一线, and a heading saying 督导 or 考核, not 强化激励约束，做到奖优罚劣."""
    headings = _headings_for("leader_speech", ["组织领导", "督导考核"], seed)
    leading, checking = headings[-2:]
    assert not any(word in leading for word in _NOT_THE_CLERKS["加强组织领导"]), leading
    assert "督导" in checking or "考核" in checking, checking
