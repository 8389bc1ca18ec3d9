"""Who the speaker may direct, and the words of his level (issue 11's L; round ag; role18).

Round ag's readers struck a 省教育厅副厅长 (stated ``role: deputy``) ordering 公安、司法行政、交通
运输、卫生、市场监管、应急管理、水利 departments, 省直各有关部门 and 各市（州） at a safety meeting;
a 镇中心学校校长 punishing misuse of funds (查实一起、严肃处理一起); a 乡中心学校 running 专项督导; a
乡 keeping in touch with a 消防救援站 and bringing 文化、科技、体育场馆 into its schools; a province
acting on single schools (我们将对工作不力的学校及时督促); a 州委书记 sending questions to his own
leading group by its full name, and the group claiming every matter of several departments; and
names a level or a year gets wrong: 卫生部门 in 2031, 编制部门, 市教育局党组织, 村里 in a pastoral
banner, 秘书组 and 领导小组办公室 in one draft. These tests render their own profiles (rich and
near-empty) over kinds × levels × seeds and read the words with their own patterns
(``scripts/role_lines.py`` runs the same families over every profile of the repository).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest

from _matrix import meeting

SEEDS = [1, 2, 3]
Spoken = Callable[[dict[str, Any]], str]
_SENTENCE = re.compile(r"[^。！？\n]*[。！？]|[^。！？\n]+$", re.M)


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.findall(text) if s.strip()]


def _profile(kind: str, date: str, level: str, name: str, title: str, **more: Any) -> dict:
    return meeting(kind, date, level, name, title, minutes=30, **more)


_SAFETY_TASKS = [
    {"area": "防溺水", "points": ["暑期前完成一轮防溺水专题教育"]},
    {"area": "食品安全", "facts": {"学校食堂明厨亮灶覆盖率": 100}},
    {"area": "心理健康", "facts": {"学生心理健康测评覆盖率": 100}},
    {"area": "校园周边", "points": ["开展校园周边环境专项整治"]},
]
_SAFEGUARDS = [{"area": "部门协同"}, "考核问责", "组织领导"]

# -- an education department's speaker asks other departments; he does not order them -------

_OTHER = (
    r"(?:公安|司法行政|交通运输|卫生健康|卫健|卫生|市场监管|应急管理|水利|财政|人社|机构编制|编制|发改"
    r"|住建|自然资源|民政|网信|消防救援|农业农村|文旅|共青团|妇联|残联)"
)
_OTHERS_ORDERED = re.compile(
    rf"(?:^|[，；：])(?:{_OTHER}(?:[、和及]{_OTHER})*(?:等)?(?:部门|机关)"
    r"|[省市县区州旗]直(?:各)?(?:有关)?部门|各有关部门)(?:都|也)?(?<!主)(?:要|必须|务必|负责)"
    r"|各(?:市（州）|市|县（市、区）|乡镇)要[^。；]{0,10}(?:属地责任|辖区水域)"
    r"|(?:部门|各市（州）)[^。；]{0,4}的主要负责同志"
)
_OWN_ASKING = re.compile(r"我们|提请|争取|商请|会同|督促")

# (title, stated role, level, place)
_EDUCATION_SPEAKERS = [
    ("省教育厅党组成员、副厅长", "deputy", "province", "云岭省"),
    ("市教育局副局长", "deputy", "city", "沅江市"),
    ("县教育局党组书记、局长", "party_secretary", "county", "青川县"),
    ("自治区教育厅厅长", "government_head", "autonomous_region", "宁远自治区"),
]


def test_an_education_organ_in_the_title_makes_a_bureau_speaker() -> None:
    from speechdraft.voice import speaker_role

    assert speaker_role("deputy", "省教育厅党组成员、副厅长") == "bureau_chief"
    assert speaker_role("party_secretary", "县教育局党组书记") == "bureau_chief"
    assert speaker_role("deputy", "副县长") == "deputy"
    assert speaker_role(None, "市教育局副局长") == "bureau_chief"
    assert speaker_role("school_head", "镇中心学校校长") == "school_head"


@pytest.mark.parametrize("speaker", _EDUCATION_SPEAKERS, ids=lambda s: s[0])
@pytest.mark.parametrize("kind", ["safety", "leader_speech", "school_opening"])
@pytest.mark.parametrize("seed", SEEDS)
def test_an_education_speaker_does_not_order_other_departments(
    spoken_of: Spoken, speaker: tuple[str, str, str, str], kind: str, seed: int
) -> None:
    title, role, level, name = speaker
    data = _profile(
        kind,
        "2031-04-10" if kind != "school_opening" else "2031-08-26",
        level,
        name,
        title,
        seed=seed,
        priorities=_SAFETY_TASKS,
        safeguards=_SAFEGUARDS,
        review={"problems": ["学生溺水事故在农村地区仍时有发生"]},
    )
    data["speaker"]["role"] = role
    found = [
        s
        for s in _sentences(spoken_of(data))
        if _OTHERS_ORDERED.search(s) and not _OWN_ASKING.search(s)
    ]
    assert found == []


# -- a town's and a school's speaker: no county powers ------------------------------------

_PUNISHES = re.compile(r"查实一起|处理一起|查处一起|通报一起")
_OWN_INSPECTION = re.compile(r"专项督导")
_INSPECTED = re.compile(r"上级|迎接|接受|配合|县|旗")
_NOT_IN_A_TOWN = re.compile(r"消防救援站|场馆")

_TOWN_SPEAKERS = [
    ("镇中心学校校长", "青杠坝镇"),
    ("乡党委书记", "大坪子乡"),
    ("乡长", "白果坪乡"),
]


@pytest.mark.parametrize("speaker", _TOWN_SPEAKERS, ids=lambda s: s[0])
@pytest.mark.parametrize(
    "kind", ["work_report", "safety", "leader_speech", "concluding_remarks", "school_opening"]
)
@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("rich", [True, False], ids=["rich", "bare"])
def test_a_town_uses_no_county_powers(
    spoken_of: Spoken, speaker: tuple[str, str], kind: str, seed: int, rich: bool
) -> None:
    title, name = speaker
    more: dict[str, Any] = {"seed": seed}
    if rich:
        more["priorities"] = [
            {"area": "经费管理", "points": ["规范学校经费使用"]},
            {"area": "课后服务", "points": ["课后服务全覆盖"]},
            *_SAFETY_TASKS[:2],
        ]
        more["safeguards"] = ["督导考核", "工作作风", "经费保障", "部门协同"]
    else:
        more["priorities"] = ["校园安全", "课后服务"]
    if kind == "work_report":
        title = "镇中心学校校长"
        name = "青杠坝镇"
    data = _profile(kind, "2027-02-22" if kind != "safety" else "2027-11-04", "town", name, title)
    data.update(more)
    sentences = _sentences(spoken_of(data))
    school = "校长" in title
    found = [
        s
        for s in sentences
        if (school and _PUNISHES.search(s) and not re.search(r"报告|移交|反映", s))
        or (_OWN_INSPECTION.search(s) and not _INSPECTED.search(s))
        or _NOT_IN_A_TOWN.search(s)
    ]
    assert found == []


# -- a province acts on 各地 and 各高校 -------------------------------------------------------

_SINGLE_SCHOOLS = re.compile(r"工作不力的学校|哪所学校|学校工作不力")


@pytest.mark.parametrize("level", ["province", "autonomous_region"])
@pytest.mark.parametrize("kind", ["concluding_remarks", "work_report", "leader_speech", "safety"])
@pytest.mark.parametrize("seed", SEEDS)
def test_a_province_does_not_chase_single_schools(
    spoken_of: Spoken, level: str, kind: str, seed: int
) -> None:
    name, title = {
        "province": ("淮江省", "省教育厅厅长"),
        "autonomous_region": ("宁远自治区", "自治区教育厅党组书记、厅长"),
    }[level]
    data = _profile(
        kind,
        "2030-02-08",
        level,
        name,
        title,
        seed=seed,
        priorities=["义务教育优质均衡", "教师队伍", "校园安全"],
        safeguards=["考核问责", "督导检查", "工作作风"],
        review={"problems": ["部分地方整改不到位，问题反复出现"]},
    )
    found = [s for s in _sentences(spoken_of(data)) if _SINGLE_SCHOOLS.search(s)]
    assert found == []


# -- a leading group's head at its own meeting ----------------------------------------------

_GROUP_BY_NAME = re.compile(
    r"(?:提交|提请|报请)[^。；，]{0,12}(?:[县市州区旗省]委|党委)教育工作领导小组[^。；，]{0,4}(?:研究|审议)"
    r"|凡是涉及[^。；]{0,8}部门的事"
)


@pytest.mark.parametrize(
    "where",
    [
        ("prefecture", "甘嘉藏族自治州", "州委书记"),
        ("county", "青川县", "县委书记、县委教育工作领导小组组长"),
        ("city", "沧平市", "市委副书记、市委教育工作领导小组副组长"),
    ],
    ids=lambda w: w[0],
)
@pytest.mark.parametrize("seed", [1, 16, 20])
@pytest.mark.parametrize("rich", [True, False], ids=["rich", "bare"])
def test_a_group_head_does_not_send_questions_to_his_own_group(
    spoken_of: Spoken, where: tuple[str, str, str], seed: int, rich: bool
) -> None:
    level, name, title = where
    more: dict[str, Any] = {"seed": seed, "priorities": ["控辍保学", "教师队伍"]}
    if rich:
        more["priorities"].append("学校建设")
        more["safeguards"] = ["组织领导", "督查考核", "部门协同"]
        more["review"] = {"problems": ["部门之间协同不够，有的事项推进缓慢"]}
    data = _profile("leading_group", "2026-07-09", level, name, title, **more)
    found = [s for s in _sentences(spoken_of(data)) if _GROUP_BY_NAME.search(s)]
    assert found == []


def test_no_wording_a_group_head_says_sends_questions_to_the_group_by_name() -> None:
    """At the group's own meeting its head does not send questions to the group by its full
    name: no wording a party-side leader may say at a leading group's meeting does."""
    from speechdraft.phrasebank import load_phrasebank
    from speechdraft.resources import builtin_templates_dir

    bank = load_phrasebank(builtin_templates_dir())
    by_name = re.compile(r"(?:提交|提请|报请)[^。；，]{0,12}\{\{ w\.group \}\}[^。；，]{0,4}研究")
    said = [
        text
        for shelf in (bank.areas, bank.safeguards)
        for area in shelf.values()
        for family in area.families
        for unit in family.units
        if (not unit.tags.kinds or "leading_group" in unit.tags.kinds)
        and (not unit.tags.roles or unit.tags.roles & {"group_head", "party_secretary"})
        for text in unit.wordings
        if by_name.search(text)
    ]
    assert said == []


# -- names by level and year -------------------------------------------------------------------

_STAFFING = re.compile(r"(?<![机构的])编制(?:部门|、[^。；，]{0,10}?部门)")
_HEALTH_BEFORE = re.compile(r"卫生健康|卫健")
_HEALTH_AFTER = re.compile(r"卫生(?!健康)(?:计生)?部门|卫生(?=、(?:公安|网信))")
_PARTY_ORG = re.compile(r"教育(?:体育)?局党组织|教育厅党组织")

_NAMED_SPEAKERS = [
    ("county", "青川县", "县长"),
    ("county", "青川县", "县教育局局长"),
    ("city", "沅江市", "市委书记"),
    ("province", "云岭省", "副省长"),
]


@pytest.mark.parametrize("speaker", _NAMED_SPEAKERS, ids=lambda s: s[2])
@pytest.mark.parametrize("date", ["2017-03-10", "2031-03-10"])
@pytest.mark.parametrize("kind", ["leader_speech", "safety", "leading_group"])
@pytest.mark.parametrize("seed", SEEDS)
def test_departments_and_bodies_by_their_names(
    spoken_of: Spoken, speaker: tuple[str, str, str], date: str, kind: str, seed: int
) -> None:
    level, name, title = speaker
    data = _profile(
        kind,
        date,
        level,
        name,
        title,
        seed=seed,
        priorities=[
            {"area": "心理健康", "facts": {"学生心理健康测评覆盖率": 100}},
            {"area": "教师队伍", "points": ["补充紧缺学科教师"]},
            {"area": "特殊教育", "points": ["做好残疾儿童入学安置"]},
            {"area": "学前教育", "points": ["配齐幼儿园教职工"]},
            "党的建设",
        ],
        safeguards=["组织领导", "部门协同", "全面从严治党"],
    )
    health = _HEALTH_BEFORE if date < "2018" else _HEALTH_AFTER
    found = [
        s
        for s in _sentences(spoken_of(data))
        if _STAFFING.search(s) or health.search(s) or _PARTY_ORG.search(s)
    ]
    assert found == []


@pytest.mark.parametrize(
    "where",
    [("banner", "巴音图旗", "旗教育局党组书记、局长"), ("town", "查干苏木", "苏木党委书记")],
    ids=lambda w: w[0],
)
@pytest.mark.parametrize("kind", ["work_report", "leader_speech", "teachers_day"])
@pytest.mark.parametrize("seed", SEEDS)
def test_a_pastoral_place_has_no_village_talk(
    spoken_of: Spoken, where: tuple[str, str, str], kind: str, seed: int
) -> None:
    level, name, title = where
    data = _profile(
        kind,
        "2031-01-16" if kind != "teachers_day" else "2031-09-09",
        level,
        name,
        title,
        seed=seed,
        priorities=[
            {"area": "乡村小规模学校", "points": ["办好牧区小规模学校和教学点"]},
            "职业教育",
            "寄宿制学校",
        ],
        review={"problems": ["牧区生源持续减少，小规模学校办学效益不高"]},
    )
    found = [s for s in _sentences(spoken_of(data)) if re.search(r"村里|本村", s)]
    assert found == []


@pytest.mark.parametrize("office", ["秘书组", None])
@pytest.mark.parametrize("level", ["district", "city"])
@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5])
def test_the_group_office_has_one_name(
    spoken_of: Spoken, office: str | None, level: str, seed: int
) -> None:
    name = {"district": "东岚区", "city": "沧平市"}[level]
    unit = name[-1]
    reporter = (
        f"{unit}委教育工作领导小组{office}组长、{unit}教育局局长" if office else f"{unit}教育局局长"
    )
    data = _profile(
        "leading_group",
        "2026-03-20",
        level,
        name,
        f"{unit}委书记",
        seed=seed,
        preceding=[f"{reporter}汇报2025年工作和2026年工作要点"],
        priorities=["学校建设", "教师队伍", "控辍保学"],
        review={"problems": ["学位供给仍然紧张", "部门之间协同不够"]},
        safeguards=["组织领导", "督查考核"],
    )
    text = spoken_of(data)
    said = {word for word in ("秘书组", "领导小组办公室") if word in text}
    assert len(said) <= 1
    if office is None:
        assert "秘书组" not in text
