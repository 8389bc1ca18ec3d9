"""The order and content of each kind's parts (issue 11's S and D by kind; rounds ad and ae).

- A concluding speech after a report (报告, 汇报 or 通报 of the year's work) affirms the year
  in a line and a run, never 一是…二是… by area, and asks for no list by area; its thanks
  come right after the achievements; its follow-through is its last part's, said there
  once, under the part's heading and not after its last section.
- A leading group's mechanism lines (财力要集中使用, 衡量领导小组的工作, 提请领导小组研究…)
  are its third part's, not between the targets and the first task; its thanks follow the
  achievements, not the shortfalls; no proposal to write into the 工作规则 just adopted;
  its problems are introduced, not listed bare.
- A teachers' day speech keeps work demands and the words to the honoured out of the year's
  look back; no abrupt 年轻教师是教育的未来; no 值得老师们自豪 of the government's deeds.
- The season's words by month: no 师生返校 or 学生活动增多 at a November meeting.
- A section's topic sentence opens it; 核查 comes before 劝返, 劝返 before 安置; a review
  list has a lead.

Own profiles, rendered over kinds × levels × seeds; each test fails on the tree before kind16.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from _matrix import draft
from kind_support import ENDORSE as _ENDORSE
from kind_support import HONOR as _HONOR
from kind_support import ITEM as _ITEM
from kind_support import LISTED as _LISTED
from kind_support import MECHANISM as _MECHANISM
from kind_support import SECTION as _SECTION
from kind_support import STEPS as _STEPS
from kind_support import TURN as _TURN
from kind_support import is_topic as _is_topic
from kind_support import parts as _parts
from kind_support import sections as _sections
from kind_support import sentences_of
from speechdraft.situation import contradicted, read_situation
from speechdraft.writers.text import to_text

SEEDS = (1, 2, 3)
_FOLLOW = re.compile(
    r"逐项落实|逐项抓起来|关键在于(?:执行|落实)|关键看会后|狠抓落实|会后[^。]{0,16}(?:抓起来|落实|分解|带回去)"
    r"|逐项推进|变成行动、变成成果"
)
_THANKS = re.compile(r"感谢|道一声辛苦")

SPEAKERS = {
    "county": {
        "concluding_remarks": "县长",
        "leading_group": "县委书记、县委教育工作领导小组组长",
        "teachers_day": "县长",
        "safety": "副县长",
    },
    "city": {
        "concluding_remarks": "市长",
        "leading_group": "市委书记、市委教育工作领导小组组长",
        "teachers_day": "市委书记",
        "safety": "副市长",
    },
    "province": {
        "concluding_remarks": "副省长",
        "leading_group": "省委副书记、省委教育工作领导小组组长",
        "teachers_day": "省长",
        "safety": "副省长",
    },
    "town": {
        "concluding_remarks": "镇长",
        "leading_group": "镇党委书记",
        "teachers_day": "镇党委书记",
        "safety": "镇长",
    },
}
NAMES = {"county": "青川县", "city": "临江市", "province": "江南省", "town": "青石镇"}
for _level, _head in (("county", "县长"), ("city", "市长"), ("province", "省长"), ("town", "镇长")):
    SPEAKERS[_level]["leader_speech"] = _head
BUREAUS = {
    "county": "县教育局局长",
    "city": "市教育局局长",
    "province": "省教育厅厅长",
    "town": "镇中心学校校长",
}
for _level, _head in BUREAUS.items():
    SPEAKERS[_level]["work_report"] = _head
ACHIEVEMENTS = [
    {"area": "学前教育", "points": ["新建公办幼儿园5所"], "figures": {"学前三年毛入园率": "93.6%"}},
    {"area": "教师队伍", "figures": {"新招聘教师": "236名"}},
    {"area": "校园安全", "figures": {"排查整改隐患": "412处"}},
]
PROBLEMS = ["城区学位依然紧张", "乡村教师结构性缺员", "部分学校安全设施老化"]
PRIORITIES = [
    {"area": "控辍保学"},
    {"area": "校园安全"},
    {"area": "乡村教师"},
    {"area": "寄宿制学校"},
]

# a profile rich enough that its draft of about 16 minutes is the longest it makes (the
# length levels 6–8, where the frames' longer runs are said)
RICH = [
    {
        "area": "控辍保学",
        "points": [
            "建立适龄儿童少年入学登记和辍学报告制度",
            "对疑似辍学学生实行县、乡、校三级联控",
        ],
        "facts": {"九年义务教育巩固率": 99},
    },
    {
        "area": "校园安全",
        "points": ["实现中小学幼儿园一键式紧急报警全覆盖", "汛期前完成重点水域警示牌设置"],
    },
    {"area": "乡村教师", "points": ["新建乡村教师周转宿舍120套", "落实乡村教师生活补助"]},
    {"area": "寄宿制学校", "points": ["改造寄宿制学校食堂8所", "配齐寄宿制学校生活教师"]},
    {"area": "学前教育", "points": ["新建公办幼儿园3所", "扩大普惠性学前教育资源"]},
]
RICH_SAFEGUARDS = [
    {"area": "经费保障", "points": ["教育经费做到两个只增不减"]},
    {"area": "督导考核", "points": ["把教育工作纳入年度考核"]},
]


def _rich(kind: str, level: str, **more: Any) -> dict[str, Any]:
    return _profile(
        kind,
        level,
        priorities=RICH,
        safeguards=RICH_SAFEGUARDS,
        duration_minutes=16,
        **more,
    )


def _render(data: dict[str, Any], seed: int) -> list[str]:
    document = draft({**data, "seed": seed}).document
    return [line for line in to_text(document).splitlines() if line.strip()]


def _profile(kind: str, level: str, date: str = "2027-02-26", **more: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "kind": kind,
        "meeting": {"date": date},
        "region": {"level": level, "name": NAMES[level]},
        "speaker": {"title": SPEAKERS[level][kind]},
        "duration_minutes": 40,
        "review": {"achievements": ACHIEVEMENTS, "problems": PROBLEMS},
        "targets": {"items": ["学前三年毛入园率达到95%", "义务教育巩固率保持在99%以上"]},
        "priorities": PRIORITIES,
        "safeguards": ["组织领导", "督导考核"],
    }
    data.update(more)
    return data


def _sentences(lines: list[str]) -> list[str]:
    return [s for line in lines for s in sentences_of(line)]


LEVELS = sorted(SPEAKERS)
REPORTS = [
    "县教育局局长作了工作报告",
    "县教育局通报了2026年全县教育工作情况",
    "县教育局汇报了2026年教育工作",
]


# -- concluding remarks ---------------------------------------------------------------------


@pytest.mark.parametrize("level", LEVELS)
@pytest.mark.parametrize("heard", REPORTS)
def test_a_concluding_speech_after_a_report_lists_no_year_by_area(level: str, heard: str) -> None:
    for seed in SEEDS:
        data = _profile("concluding_remarks", level, preceding=[heard, "各乡镇作了表态发言"])
        said = _sentences(_parts(_render(data, seed))[1])
        text = "".join(said)
        for figure in ("93.6%", "236名", "412处", "新建公办幼儿园5所"):
            assert figure in text, (level, heard, seed, figure)  # nothing the clerk gave is dropped
        listed = [s for s in said if _LISTED.match(s) and re.search(r"\d", s)]
        assert listed == [], (level, heard, seed, listed)
        data["review"] = {"problems": PROBLEMS}
        text = "".join(_render(data, seed))
        assert "主要成绩（按领域" not in text, (level, heard, seed)


@pytest.mark.parametrize("level", LEVELS)
def test_a_concluding_speech_says_its_follow_through_once_in_its_last_part(level: str) -> None:
    for seed in (*SEEDS, 4, 5, 6):
        data = _rich("concluding_remarks", level, preceding=[REPORTS[0], "各乡镇签订了目标责任书"])
        parts = _parts(_render(data, seed))
        early = [
            s
            for s in _sentences([ln for p in parts[:-1] for ln in p])
            if _FOLLOW.search(s) and not _ENDORSE.search(s)
        ]
        assert len(early) <= 1, (level, seed, early)
        last = parts[-1]
        sections = [i for i, line in enumerate(last) if _SECTION.match(line)]
        if sections:
            tail = [ln for ln in last[sections[-1] + 1 :] if not ln.strip().startswith("同志们")]
            stray = [s for s in _sentences(tail) if _FOLLOW.search(s)]
            assert stray == [], (level, seed, stray)


@pytest.mark.parametrize("kind", ["concluding_remarks", "leading_group"])
@pytest.mark.parametrize("level", LEVELS)
def test_thanks_for_the_achievements_come_before_the_shortfalls(kind: str, level: str) -> None:
    for seed in (*SEEDS, 4, 5):
        data = _rich(kind, level, preceding=[REPORTS[0]])
        turned, late = False, []
        for sentence in _sentences(_parts(_render(data, seed))[1]):
            if _THANKS.search(sentence) and turned:
                late.append(sentence)
            if _TURN.search(sentence) and not _THANKS.search(sentence):
                turned = True
        assert late == [], (kind, level, seed, late)


# -- leading group ----------------------------------------------------------------------------


@pytest.mark.parametrize("level", LEVELS)
def test_a_leading_group_says_how_tasks_are_pushed_in_its_mechanism_part(level: str) -> None:
    moved = []
    for seed in (*SEEDS, 4, 5):
        data = _profile("leading_group", level, preceding=["县教育局汇报了2026年教育工作"])
        data["duration_minutes"] = 90  # the longest draft the profile makes
        parts = _parts(_render(data, seed))
        before: list[str] = []
        for line in parts[2][1:]:
            if _ITEM.match(line):
                break
            before.append(line)
        assert [s for s in _sentences(before) if _MECHANISM.search(s)] == [], (level, seed)
        moved += [s for s in _sentences(parts[3]) if _MECHANISM.search(s)]
    assert moved, level  # said, in the third part


@pytest.mark.parametrize("level", LEVELS)
def test_a_leading_group_introduces_its_problems(level: str) -> None:
    for seed in SEEDS:
        data = _profile("leading_group", level)
        text = "\n".join(_render(data, seed))
        at = text.find(PROBLEMS[0])
        assert at > 0 and text[at - 2 : at] in ("一是", "是：", "有：", "：一"), (level, seed)
        assert text[at - 1] != "。"


def test_no_proposal_to_write_into_the_rules_the_meeting_just_adopted() -> None:
    assert "rules_adopted" in read_situation(["会议审议通过了《县委教育工作领导小组工作规则》"])
    assert "rules_adopted" not in read_situation(["县教育局汇报了2026年教育工作"])
    assert contradicted(
        "要把行之有效的协作做法写进领导小组工作规则，形成长效机制。", frozenset({"rules_adopted"})
    )
    for level in LEVELS:
        for seed in (*SEEDS, 4, 5, 6):
            data = _profile(
                "leading_group",
                level,
                preceding=["会议审议通过了《领导小组工作规则》", "县教育局汇报了2026年教育工作"],
            )
            text = "".join(_render(data, seed))
            assert not re.search(r"写进[^，。；]{0,12}规则", text), (level, seed)


# -- teachers' day ----------------------------------------------------------------------------


@pytest.mark.parametrize("level", LEVELS)
def test_a_teachers_day_look_back_holds_no_demand_and_no_words_to_the_honoured(level: str) -> None:
    for seed in (*SEEDS, 4, 5, 6):
        data = _profile(
            "teachers_day",
            level,
            date="2027-09-09",
            preceding=["宣读了表彰决定", "为受表彰的先进集体和先进个人颁奖", "教师代表作了发言"],
        )
        lines = _render(data, seed)
        text = "".join(lines)
        assert not re.search(r"年轻教师是教育的未来|值得老师们自豪", text), (level, seed)
        one = _sentences(_parts(lines)[1])
        assert not [s for s in one if re.search(r"评优评先要|要(?:按规定)?向[^。]{0,20}倾斜", s)]
        listed = [i for i, s in enumerate(one) if _LISTED.match(s)]
        turn = next(
            (i for i, s in enumerate(one) if listed and i > listed[0] and "问题" in s), None
        )
        if listed and turn is not None:
            split = [s for s in one[listed[0] : turn] if _HONOR.search(s)]
            assert split == [], (level, seed, split)


# -- the season's words, a review's lead ------------------------------------------------------


@pytest.mark.parametrize("level", ["county", "town"])
def test_no_pupils_coming_back_or_playing_more_at_a_november_meeting(level: str) -> None:
    for seed in range(1, 9):
        data = _profile(
            "safety",
            level,
            date="2021-11-16",
            priorities=[{"area": "疫情防控"}, {"area": "冬季取暖"}, {"area": "校园安全"}],
            review={"problems": ["秋冬季疫情防控压力加大", "部分学校取暖设施老化"]},
        )
        text = "".join(_render(data, seed))
        assert not re.search(r"(?<!延迟)(?<!按时)返校|活动增多", text), (level, seed)


@pytest.mark.parametrize("level", LEVELS)
def test_a_mid_year_safety_review_has_a_lead(level: str) -> None:
    for seed in SEEDS:
        data = _profile(
            "safety",
            level,
            date="2027-05-18",
            preceding=["县教育局通报了去年以来的校园安全工作"],
            review={"achievements": ACHIEVEMENTS, "problems": ["去年暑期发生学生溺亡事故1起"]},
        )
        parts = _parts(_render(data, seed))
        assert not _ITEM.match(parts[1][1]), (level, seed, parts[1][1][:30])


# -- inside a section ---------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["concluding_remarks", "leading_group", "safety", "leader_speech"])
@pytest.mark.parametrize("level", LEVELS)
def test_a_section_s_topic_sentence_opens_it(kind: str, level: str) -> None:
    late = []
    for seed in (*SEEDS, 4):
        data = _profile(kind, level)
        for sentences in _sections(_render(data, seed)):
            for i, sentence in enumerate(sentences):
                if _is_topic(sentence) and any(not _is_topic(s) for s in sentences[:i]):
                    late.append((seed, sentence))
    assert late == [], (kind, level, late)


@pytest.mark.parametrize(
    "kind", ["concluding_remarks", "leading_group", "leader_speech", "work_report"]
)
def test_whom_to_persuade_back_is_found_out_first(kind: str) -> None:
    for level in ("county", "city"):
        for seed in range(1, 7):
            data = _profile(kind, level, priorities=[{"area": "控辍保学"}, {"area": "学生资助"}])
            for sentences in _sections(_render(data, seed)):
                highest = -1
                for sentence in sentences:
                    steps = [i for i, step in enumerate(_STEPS) if step.search(sentence)]
                    if not steps:
                        continue
                    assert min(steps) >= highest, (kind, level, seed, sentence)
                    highest = max(highest, min(steps))


@pytest.mark.parametrize("kind", ["leading_group", "concluding_remarks"])
@pytest.mark.parametrize("level", LEVELS)
def test_a_draft_document_the_meeting_discussed_is_revised_not_carried_out(
    kind: str, level: str
) -> None:
    """Round ad's F: 会议审议的《…规划（送审稿）》，要按照分工抓紧推进，确保件件有着落."""
    for seed in SEEDS:
        data = _profile(
            kind,
            level,
            preceding=["会议审议了《教育事业发展规划（送审稿）》", "县教育局汇报了2026年教育工作"],
        )
        said = [s for s in _sentences(_render(data, seed)) if "（送审稿）》" in s]
        follow = [s for s in said if not s.startswith("刚才")]
        assert follow, (kind, level, seed)
        assert all(re.search(r"修改|完善|吸收|吸纳|定稿|报批", s) for s in follow), follow
