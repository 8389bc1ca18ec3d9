"""What a speaker of this level and role says, and to whom (issue 11's L and R; round ah; voice19).

Round ah's readers struck a 省长 on a window's manners (笑脸相迎，不能门难进、脸难看); a 区委书记
on a subject group's routine (集体备课、同课异构); a region's school opening telling pupils'
clothes (提醒学生增减衣物); a 州's group meeting telling school leaders to talk with teachers (学校
领导要经常和乡村教师谈心); a 苏木's speaker on the county's rounds (不打招呼、直奔现场的暗访, 多往条件
艰苦的学校走、不能只走熟路); a 镇中心学校校长 on what the county controls (抽调借用教师, 层层填报,
进入学校的各类事项…严格审核, 要到学校去问教师); who is addressed: a 市长 greeting 全体教职员工 (a
school's words), a 县委副书记 speaking for 县委、县人大、县政府、县政协, a 州教育局 telling 局机关和
各学校 (no counties); and the reach of a bureau: 州级领导联系督办 arranged by it, 跨部门事项…办结
时限 set by it, 我们将在各市建立… from a 厅, 州直各有关部门…按预算及时拨付 (finance's duty).

The tests read every wording of the bank for every speaker it is barred to, render their own
profiles (speaker titles across roles and levels, town and school heads included) over kinds ×
seeds and read the words with their own patterns; ``scripts/role_lines.py`` runs the same
families over every profile of the repository.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from typing import Any

import pytest

from _matrix import meeting

SEEDS = [1, 2, 3]
Spoken = Callable[[dict[str, Any]], str]
_SENTENCE = re.compile(r"[^。！？\n]*[。！？]|[^。！？\n]+$", re.M)

_LEADERS = ("party_secretary", "government_head", "deputy", "group_head")
_PROVINCIAL = ("province", "autonomous_region")
_ABOVE_COUNTY = ("city", "prefecture", *_PROVINCIAL)
_ALL_LEVELS = (
    "county",
    "district",
    "county_city",
    "banner",
    "city",
    "prefecture",
    *_PROVINCIAL,
    "town",
)


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.findall(text) if s.strip()]


def _wordings() -> list[str]:
    from speechdraft.pipeline import builtin_templates_dir, load_phrasebank

    bank = load_phrasebank(builtin_templates_dir())
    units = [
        unit
        for area in (*bank.areas.values(), *bank.safeguards.values())
        for family in area.families
        for unit in family.units
    ]
    units += [unit for frame in bank.frames.values() for unit in frame]
    return sorted({text for unit in units for text in unit.wordings})


# (what, pattern, what makes it fit after all, roles, levels)
_BANK_FAMILIES: list[tuple[str, str, str | None, tuple[str, ...], tuple[str, ...]]] = [
    ("window manners at a province", r"笑脸相迎|门难进|脸难看|增减衣物", None, (), _PROVINCIAL),
    (
        "a subject group's routine at a province",
        r"集体备课|同课异构|听课评课|磨课",
        None,
        (),
        _PROVINCIAL,
    ),
    ("a subject group's routine from a leader", r"同课异构|听课评课|磨课", None, _LEADERS, ()),
    (
        "school leaders above a county",
        r"学校领导要|(?:和|与)[^。；，]{0,6}教师谈心",
        r"各地|各市|各州|督促|指导",
        (),
        _ABOVE_COUNTY,
    ),
    (
        "the county's rounds in a town",
        r"不打招呼|暗访|只走熟路|条件艰苦的学校走",
        r"上级|迎接|配合|接受|报告|反映|汇报",
        (),
        ("town",),
    ),
    (
        "the county's control from a school's head",
        r"抽调借用|层层填报|重复填报|进入学校的各类事项|进校园事项|到学校去问",
        r"上级|反映|汇报",
        ("school_head",),
        (),
    ),
    (
        "one school's staff greeted by others",
        r"全体教职员工|全体教职工",
        None,
        ("party_secretary", "government_head", "deputy", "bureau_chief", "group_head"),
        (),
    ),
    (
        "a city's bureau forgetting its counties",
        r"局机关(?:各\{\{ w\.offices \}\})?和各学校",
        r"各县|w\.below",
        ("bureau_chief",),
        ("city", "prefecture"),
    ),
    (
        "a bureau's deadline for other departments",
        r"跨部门[^。；]{0,12}(?:办结时限|说明原因)",
        r"提请|会同",
        ("bureau_chief", "school_head"),
        (),
    ),
    ("a deputy on the leading team", r"班子成员(?:之间)?要", None, ("deputy",), ()),
    (
        "other departments paying out the budget",
        r"(?:w\.direct \}\}|各有关部门)[^。；]{0,20}拨付",
        r"财政|争取|配合",
        (),
        (),
    ),
]


@pytest.mark.parametrize("family", _BANK_FAMILIES, ids=lambda f: f[0])
def test_no_wording_of_the_family_is_sayable_by_the_barred_speakers(
    family: tuple[str, str, str | None, tuple[str, ...], tuple[str, ...]],
) -> None:
    from speechdraft.phrasebank import sayable
    from speechdraft.voice import ROLES

    _, pattern, fits, roles, levels = family
    found = re.compile(pattern)
    fitting = re.compile(fits) if fits else None
    day = datetime.date(2030, 9, 9)
    hits = [
        (role, level, text)
        for text in _wordings()
        if found.search(text) and not (fitting and fitting.search(text))
        for role in roles or ROLES
        for level in levels or _ALL_LEVELS
        if sayable(text, role, level, day, True) or sayable(text, role, level, day, False)
    ]
    assert hits == []


def test_the_bank_still_has_these_wordings_for_the_speakers_they_fit() -> None:
    """The bars take the words away from the wrong mouths only: a county's bureau still
    makes its rounds and lightens its schools' load, a school's head still greets his own
    staff, a county's leader still asks for 集体备课 where a unit says it."""
    from speechdraft.phrasebank import sayable

    day = datetime.date(2030, 9, 9)
    texts = _wordings()

    def some(pattern: str, role: str, level: str) -> bool:
        return any(
            re.search(pattern, text) and sayable(text, role, level, day, True) for text in texts
        )

    assert some(r"暗访|不打招呼", "bureau_chief", "county")
    assert some(r"抽调借用|重复填报", "bureau_chief", "county")
    assert some(r"门难进|脸难看", "government_head", "county")
    assert some(r"同课异构|听课评课", "bureau_chief", "county")
    assert some(r"广大教职员工", "party_secretary", "city")


# -- rendered drafts -----------------------------------------------------------------------


def _profile(kind: str, date: str, level: str, name: str, title: str, **more: Any) -> dict:
    return meeting(kind, date, level, name, title, minutes=40, **more)


_TEACHER_TASKS = [
    {"area": "教师队伍", "points": ["加强乡村教师队伍建设"]},
    {"area": "减轻教师负担", "points": ["减轻教师非教学负担"]},
    {"area": "思政课建设"},
    {"area": "教育质量"},
]

# (title, level, place)
_GREETERS = [
    ("市委副书记、市长", "city", "澧阳市"),
    ("县委书记", "county", "青川县"),
    ("县委副书记", "county", "青川县"),
    ("旗教育体育局局长", "banner", "巴林旗"),
    ("副区长", "district", "江北区"),
]


@pytest.mark.parametrize("speaker", _GREETERS, ids=lambda s: s[0])
@pytest.mark.parametrize("seed", SEEDS)
def test_a_teachers_day_greeting_is_addressed_as_the_level_speaks(
    spoken_of: Spoken, speaker: tuple[str, str, str], seed: int
) -> None:
    title, level, name = speaker
    data = _profile(
        "teachers_day",
        "2029-09-09",
        level,
        name,
        title,
        seed=seed,
        preceding=[
            "宣读《关于表彰教育系统先进集体和优秀教师的决定》",
            "为受表彰的先进集体和个人颁奖",
        ],
        priorities=_TEACHER_TASKS,
    )
    text = spoken_of(data)
    assert [s for s in _sentences(text) if re.search(r"全体教职员工|全体教职工", s)] == []
    if title == "县委副书记":
        assert "县人大" not in text and "县政协" not in text


def test_a_deputy_secretary_speaks_for_the_committee_and_the_government() -> None:
    from speechdraft.genre import LEVELS
    from speechdraft.lexicon import own_four_bodies

    county = LEVELS["county"]
    assert own_four_bodies(county, "县委副书记", "").four_bodies == "县委、县政府"
    assert own_four_bodies(county, "县委书记", "").four_bodies == county.four_bodies
    assert own_four_bodies(county, "县委副书记、县长", "").four_bodies == county.four_bodies
    said_for = "县委、县人大、县政府、县政协"
    assert own_four_bodies(county, "县委副书记", said_for).four_bodies == county.four_bodies


_CRAFT = r"同课异构|听课评课|磨课"
_SCHOOL_LEADERS = r"学校领导要|(?:和|与)[^。；，]{0,6}教师谈心"
_PROVINCE_GRAIN = rf"笑脸相迎|门难进|脸难看|增减衣物|集体备课|{_CRAFT}|{_SCHOOL_LEADERS}"
# (kind, title, level, place, date, what it does not say)
_FINE_GRAIN_SPEAKERS = [
    ("leader_speech", "省长", "province", "黔川省", "2030-03-12", _PROVINCE_GRAIN),
    ("work_report", "省教育厅厅长", "province", "黔川省", "2030-03-12", _PROVINCE_GRAIN),
    (
        "leading_group",
        "区委书记、区委教育工作领导小组组长",
        "district",
        "江北区",
        "2030-03-12",
        _CRAFT,
    ),
    (
        "school_opening",
        "自治区人民政府副主席",
        "autonomous_region",
        "宁远自治区",
        "2030-02-20",
        _PROVINCE_GRAIN,
    ),
    (
        "leading_group",
        "州委副书记、州委教育工作领导小组副组长",
        "prefecture",
        "雪岭州",
        "2030-04-12",
        rf"{_CRAFT}|{_SCHOOL_LEADERS}",
    ),
    ("leader_speech", "市委书记", "city", "沅江市", "2030-03-12", rf"{_CRAFT}|{_SCHOOL_LEADERS}"),
]


@pytest.mark.parametrize("speaker", _FINE_GRAIN_SPEAKERS, ids=lambda s: s[1])
@pytest.mark.parametrize("seed", SEEDS)
def test_a_leader_or_a_province_does_not_come_down_to_a_classroom(
    spoken_of: Spoken, speaker: tuple[str, str, str, str, str, str], seed: int
) -> None:
    kind, title, level, name, date, barred = speaker
    data = _profile(
        kind,
        date,
        level,
        name,
        title,
        seed=seed,
        priorities=[
            *_TEACHER_TASKS,
            {"area": "作风建设", "points": ["改进机关作风"]},
            {"area": "卫生防疫"},
        ],
        safeguards=["作风建设", "组织领导"],
    )
    found = [
        s
        for s in _sentences(spoken_of(data))
        if re.search(barred, s) and not re.search(r"各地|各市|各州|督促|指导", s)
    ]
    assert found == []


# (kind, title, place, date)
_TOWN_SPEAKERS = [
    ("school_opening", "苏木党委副书记、苏木达", "巴彦苏木", "2030-08-28"),
    ("teachers_day", "镇中心学校校长", "柳湾镇", "2030-09-09"),
    ("leader_speech", "乡中心学校校长", "杉木坪乡", "2030-03-12"),
    ("concluding_remarks", "镇长", "柳湾镇", "2030-03-12"),
]
_ROUNDS = r"不打招呼|暗访|只走熟路|条件艰苦的学校走"
# (a town's government borrows teachers itself: only its school's head is barred from these)
_COUNTY_CONTROL = r"抽调借用|层层填报|重复填报|进入学校的各类事项|进校园事项|到学校去问"


@pytest.mark.parametrize("speaker", _TOWN_SPEAKERS, ids=lambda s: s[1])
@pytest.mark.parametrize("seed", SEEDS)
def test_a_town_or_a_school_does_not_do_the_countys_work(
    spoken_of: Spoken, speaker: tuple[str, str, str, str], seed: int
) -> None:
    kind, title, name, date = speaker
    data = _profile(
        kind,
        date,
        "town",
        name,
        title,
        seed=seed,
        priorities=_TEACHER_TASKS,
        safeguards=["组织领导", "督导考核", "作风建设"],
    )
    barred = _ROUNDS + ("|" + _COUNTY_CONTROL if "校长" in title else "")
    found = [
        s
        for s in _sentences(spoken_of(data))
        if re.search(barred, s) and not re.search(r"上级|迎接|配合|接受|反映|汇报", s)
    ]
    assert found == []


# -- a bureau's reach over the clerk's own points ---------------------------------------------


@pytest.mark.parametrize(
    ("point", "lead"),
    [
        ("对未通过评估的县实行州级领导联系督办", "我们将提请"),
        ("各市建立学龄人口监测预警机制，每年9月发布未来五年入学人数预测", "我们将指导各市"),
        ("各县（市、区）建立控辍保学工作台账", "我们将指导各县"),
        ("各市教育局建立校车安全管理台账", "我们将督促各市教育局"),
    ],
)
def test_a_bureau_asks_for_what_it_cannot_do_itself(point: str, lead: str) -> None:
    from speechdraft.compose.weave import charge

    said = charge(point, True)
    assert said.startswith(lead), said
    assert point in said
    # a government's speaker keeps his own charge
    assert not charge(point, False).startswith("我们将")


_REACH = re.compile(
    r"[省市州县]级领导联系|我们将在各(?:市|地|州|盟|县)"
    r"|跨部门[^。；]{0,12}(?:办结时限|说明原因)|(?:直各有关部门|各有关部门)[^。；]{0,20}拨付"
)

# (kind, title, level, place, points)
_BUREAUS = [
    (
        "work_report",
        "州教育局局长",
        "prefecture",
        "沅山土家族苗族自治州",
        ["对未通过评估的县实行州级领导联系督办", "各县（市）建立控辍保学台账"],
    ),
    (
        "work_report",
        "自治区教育厅党组书记、厅长",
        "autonomous_region",
        "宁远自治区",
        ["各市建立学龄人口监测预警机制，每年9月发布未来五年入学人数预测"],
    ),
    ("work_report", "县教育局局长", "county", "青川县", ["对薄弱学校实行县级领导联系帮扶"]),
]


@pytest.mark.parametrize("bureau", _BUREAUS, ids=lambda b: b[1])
@pytest.mark.parametrize("seed", SEEDS)
def test_a_bureau_report_keeps_to_its_reach(
    spoken_of: Spoken, bureau: tuple[str, str, str, str, list[str]], seed: int
) -> None:
    kind, title, level, name, points = bureau
    data = _profile(
        kind,
        "2030-03-12",
        level,
        name,
        title,
        seed=seed,
        priorities=[
            {"area": "义务教育", "points": points},
            {"area": "校园安全"},
            {"area": "教育经费"},
        ],
        safeguards=[{"area": "部门协同"}, "组织领导"],
    )
    found = [
        s
        for s in _sentences(spoken_of(data))
        if _REACH.search(s) and not re.search(r"提请[^。；]{0,30}级领导", s)
    ]
    assert found == []
