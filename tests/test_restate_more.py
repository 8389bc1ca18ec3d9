"""Issue 11, classes D and E: a draft says each thing once and carries no filler.

Readers of the 2026-11-30e drafts changed sentences that said one thing two or three times
(对账销号 beside 督办台账; 首问负责, 限时办结 and 马上就办 in one subsection; 问责 three times;
榜样就在身边 beside 先进典型不在远处…), section headings all built on one verb frame
(…扎实推进, …取得新的成效), and aphorisms and slogans that said nothing (差距就是潜力,
敢于正视问题就是担当, …的成效最终体现在…). These tests render drafts of every kind, at
several levels and seeds, and read them back.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from document_support import spoken_paragraphs
from speechdraft.compose.restate import IDEAS, Said, heading_frames, ideas_in
from speechdraft.document import Heading
from speechdraft.phrasebank import load_phrasebank
from speechdraft.pipeline import build_draft
from speechdraft.resources import builtin_templates_dir

_SENTENCE = re.compile(r"[^。！？]+[。！？]")

# The ideas readers found said more than once in one draft, each with two sentences of the
# kind they changed: the second must count as saying the first again.
_SAID_TWICE = [
    ("领导小组定了的事，要上督办台账。", "议定事项要逐项对账、办结销号。"),
    ("职责范围内的事情，首问负责、限时办结。", "能当场解决的当场解决，这就是马上就办。"),
    ("学校反映的困难，能解决的马上解决。", "坚持马上就办、办就办好。"),
    ("对履职不力的，要严肃问责。", "查实了就要追责。"),
    ("资源应用情况要纳入督导。", "待遇政策落实情况要纳入督导，多听教师的意见。"),
    ("校长对本校安全负总责。", "各学校校长是本校工作的第一责任人。"),
    ("新出现的超员班级及时纠正。", "超员学校的招生计划从严核定。"),
    ("重大问题要专题研究、一事一议。", "需要多方办理的事，要一事一议、限时办结。"),
    ("跨部门事项决不能推来推去。", "决不让问题在部门之间兜圈子。"),
    ("榜样就在身边，好老师的故事最能打动人。", "先进典型不在远处，要把他们找出来。"),
    ("转作风，各级领导干部要先转。", "各学校领导班子要以上率下。"),
    ("教育这件大事，单靠教育部门一家办不好。", "教育的很多难题，单靠一个部门解决不了。"),
    ("把有限资金用在刀刃上。", "要让每一分教育经费都花在刀刃上。"),
    ("严格落实“两个只增不减”。", "要落实“两个只增不减”。"),
    ("表彰先进，是为了让老师们学有方向。", "对作出突出贡献的单位和个人给予表彰奖励。"),
    ("要让议事协调机制真正转起来。", "研究一件、落实一件，议事协调机制才管用。"),
    ("研究问题之前先调研。", "每次研究之前都要把方案想透。"),
    ("控辍保学的成效，最终体现在课堂里。", "集团化办学的成效，最终要体现在成员校的课堂上。"),
    ("要让优质教育资源像活水一样流动。", "让教研像活水一样滋养课堂。"),
    ("教师待遇取得新的成效。", "教师减负取得新的成效。"),
    ("坚持明查与暗访相结合，直插一线。", "督查要多一些不打招呼、直奔现场的检查。"),
    ("对测评中发现的重点关注学生，要一生一案。", "对需要重点关注的学生，要明确专人跟踪。"),
]


@pytest.mark.parametrize(("first", "again"), _SAID_TWICE)
def test_what_readers_found_said_twice_counts_as_said(first: str, again: str) -> None:
    said = Said()
    said.add(first)
    assert said.repeats(again), (first, again)


def test_different_things_are_not_taken_for_the_same() -> None:
    """The groups are narrow: a bottom line of fees is not the safety bottom line, and a
    school's 台账 does not stop a sentence about 校车."""
    said = Said()
    said.add("要守住安全底线，把师生安全放在首位。")
    said.add("对学习困难的学生建立关爱台账。")
    assert not said.repeats("要守牢公益普惠底线，让学前教育收费合理。")
    assert not said.repeats("校车驾驶员的资质要逐人核查。")
    assert ideas_in("要守牢公益普惠底线。") == frozenset()


def test_heading_frames() -> None:
    assert heading_frames("扎实推进学前教育工作") == {"push_on"}
    assert heading_frames("教师队伍建设工作扎实推进") == {"push_on"}
    assert heading_frames("统筹抓好校园安全，确保取得实效") >= {"take_charge", "new_results"}
    assert heading_frames("（二）聚焦课堂教学，抓实抓细各项任务") >= {"focus_on", "take_charge"}
    assert heading_frames("加强师德师风建设") == frozenset()


# Aphorisms and slogans readers cut as filler (E): none stays in the built-in frames and
# safeguards (areas are other engineers' files; restate keeps their slogans to one a draft).
_FILLER = re.compile(
    r"差距就是潜力|就是担当|一种担当|教育事业的一部分|始终如履薄冰|思路决定出路|"
    r"定目标不易|开好一次会议不容易|看到差距不可怕|考核的指挥棒指向哪里|"
    r"只有风清气正|事业要干成|早一步发现问题|外部环境正在发生变化|最终要体现在每一名"
)


def test_the_frames_and_safeguards_carry_none_of_the_filler_readers_cut() -> None:
    bank = load_phrasebank(builtin_templates_dir())
    texts = [w for units in bank.frames.values() for u in units for w in u.wordings]
    for safeguard in bank.safeguards.values():
        for family in safeguard.families:
            texts += [w for u in (*family.headings, *family.units) for w in u.wordings]
    found = [t for t in texts if _FILLER.search(t)]
    assert found == []


def test_how_the_group_prepares_its_meetings_is_said_by_its_head_only() -> None:
    bank = load_phrasebank(builtin_templates_dir())
    units = [u for f in bank.safeguards["organization"].families for u in f.units]
    preparing = [u for u in units if any("想透" in w for w in u.wordings)]
    assert preparing
    assert all(u.tags.roles == frozenset({"group_head"}) for u in preparing)


_SPEAKERS = {
    "leader_speech": "县委书记",
    "work_report": "县教育局局长",
    "concluding_remarks": "副县长",
    "leading_group": "县委教育工作领导小组组长",
    "teachers_day": "县长",
    "school_opening": "县教育局局长",
    "safety": "副县长",
}
_DATES = {
    "leader_speech": "2026-03-10",
    "work_report": "2019-02-20",
    "concluding_remarks": "2024-02-28",
    "leading_group": "2023-04-12",
    "teachers_day": "2027-09-09",
    "school_opening": "2025-08-28",
    "safety": "2031-05-20",
}
_LEVEL_WORDS = {"county": "县", "city": "市", "district": "区"}


def _profile(tmp_path: Path, kind: str, level: str, seed: int) -> Path:
    """Five tasks (a sixth would let the longest drafts say a restated sentence, at
    render.RESTATED), four safeguards, achievements of areas the bank knows and does not
    know (their leads are plain lines, whose frames must not repeat), and problems."""
    title = _SPEAKERS[kind].replace("县", _LEVEL_WORDS[level])
    data: dict[str, Any] = {
        "kind": kind,
        "meeting": {"date": _DATES[kind]},
        "region": {"level": level, "name": f"青禾{_LEVEL_WORDS[level]}"},
        "speaker": {"title": title, "name": "王明"},
        "review": {
            "achievements": [
                {"area": "教师待遇", "points": ["教师绩效工资按时足额发放"]},
                {"area": "教师减负", "points": ["精简面向学校的填表报数"]},
                {"area": "办学条件", "points": ["完成薄弱学校改造"]},
                {"area": "学前教育", "points": ["新增普惠性学位"]},
            ],
            "problems": ["城区学位供给偏紧", "乡村教师结构性缺编"],
        },
        "priorities": [
            {"area": "校园安全"},
            {"area": "教师队伍"},
            {"area": "学前教育"},
            {"area": "控辍保学"},
            {"area": "义务教育"},
        ],
        "safeguards": ["组织领导", "经费保障", "督导考核", "工作作风"],
        "seed": seed,
    }
    path = tmp_path / f"{kind}-{level}-{seed}.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


_CASES = [
    (kind, level)
    for kind, levels in (
        ("leader_speech", ("county", "city")),
        ("work_report", ("county", "district")),
        ("concluding_remarks", ("city", "county")),
        ("leading_group", ("county", "district")),
        ("teachers_day", ("county", "city")),
        ("school_opening", ("district", "county")),
        ("safety", ("county", "city")),
    )
    for level in levels
]


@pytest.mark.parametrize(("kind", "level"), _CASES)
def test_each_idea_is_said_in_one_paragraph_and_no_two_headings_share_a_frame(
    tmp_path: Path, kind: str, level: str
) -> None:
    """Seven kinds × two levels × three seeds, with safeguards and a review. Sentences
    carrying a figure or a 【】 mark are the profile's or the clerk's and not counted."""
    for seed in (1, 2, 3):
        draft = build_draft(_profile(tmp_path, kind, level, seed))
        where: dict[str, set[int]] = {}
        for index, paragraph in enumerate(spoken_paragraphs(draft.document)):
            for sentence in _SENTENCE.findall(paragraph):
                if "【" in sentence or re.search(r"\d", sentence):
                    continue
                for name in ideas_in(sentence):
                    where.setdefault(name, set()).add(index)
        twice = {name: len(found) for name, found in where.items() if len(found) > 1}
        assert not twice, (kind, level, seed, twice)
        frames: dict[str, list[str]] = {}
        for block in draft.document.blocks:
            if isinstance(block, Heading):
                for frame in heading_frames(block.title):
                    frames.setdefault(frame, []).append(block.title)
        shared = {frame: titles for frame, titles in frames.items() if len(titles) > 1}
        assert not shared, (kind, level, seed, shared)


def test_the_ideas_are_named_once() -> None:
    names = [name for name, _ in IDEAS]
    assert len(names) == len(set(names))
