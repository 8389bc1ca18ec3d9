"""Years and levels as rounds ad and ae's readers found them (issue 11's Y and L; branch
scope16). The table of what may not be said is the test's own (tests/scope_support.py, from
the sources in norms/terms.yaml and the readers' reasons): the 2019 teachers' burden
document's words before it, 控辍保学双线 before September 2017, 应急管理/市场监管 before a
county had them, 水利 where the profile names its 水务局, 信息化 where the profile says
数字化, stale 多媒体教室 after the 十四五, an epidemic's cluster of cases where the profile
raised none; a town regulating tutoring, running 督导, vetting what enters schools, charging
its villages with teachers' pay or building an 教育强镇; a 州 bureau telling 各学校 what to
do; a province going down to a class's 兴趣小组 or a school's 设备台账.

Checked two ways: every wording of the bank for every level × year 2016–2035 (can this
speaker say it then?), and drafts of the test's own profiles rendered over every kind ×
every year 2016–2035 × seeds 1–3, the level turning with the year, and over the levels the
families concern × kinds × seeds."""

from __future__ import annotations

import datetime
import re
from typing import Any

import pytest
from tests.bank_support import bank_wordings
from tests.scope_support import RULES, Meeting, findings, meeting_of

from _matrix import draft
from speechdraft import genre
from speechdraft.phrasebank import sayable, spoken_words
from speechdraft.pipeline import Draft
from speechdraft.writers.text import to_text

KINDS = tuple(genre.KINDS)
SEEDS = (1, 2, 3)
YEARS = tuple(range(2016, 2036))
LEVELS = (
    "county",
    "district",
    "county_city",
    "banner",
    "town",
    "city",
    "prefecture",
    "province",
    "autonomous_region",
)
NAMES = {
    "county": "河阳县",
    "district": "东湖区",
    "county_city": "丰渠市",
    "banner": "查干旗",
    "town": "青石镇",
    "city": "江州市",
    "prefecture": "海西州",
    "province": "淮岳省",
    "autonomous_region": "宁远自治区",
}
UNIT = {
    "county": "县",
    "district": "区",
    "county_city": "市",
    "banner": "旗",
    "town": "镇",
    "city": "市",
    "prefecture": "州",
    "province": "省",
    "autonomous_region": "自治区",
}
# the kind's usual speaker, by the level's unit
TITLES = {
    "leader_speech": "{u}委书记",
    "work_report": "{u}教育局局长",
    "concluding_remarks": "副{u}长",
    "leading_group": "{u}委书记、{u}委教育工作领导小组组长",
    "teachers_day": "{u}长",
    "school_opening": "{u}教育局局长",
    "safety": "副{u}长",
}
DAYS = {"teachers_day": (9, 8), "school_opening": (8, 28), "safety": (11, 12)}
# priorities whose families hold the words readers flagged
PRIORITIES = ["教师减负", "控辍保学", "防溺水", "教育数字化", "校外培训治理", "学前教育"]
SAFEGUARDS = ["督导考核", "作风建设", "部门协同"]


def _title(kind: str, level: str) -> str:
    unit = UNIT[level]
    if level == "town":
        return {
            "work_report": "镇中心学校校长",
            "school_opening": "镇中心学校校长",
            "leader_speech": "镇党委书记",
            "leading_group": "镇党委书记",
        }.get(kind, TITLES[kind].format(u=unit))
    if level in ("province", "autonomous_region") and "教育局" in TITLES[kind]:
        return f"{unit}教育厅厅长"
    if level == "autonomous_region":
        return (
            TITLES[kind]
            .format(u=unit)
            .replace("自治区委", "自治区党委")
            .replace("副自治区长", "自治区副主席")
            .replace("自治区长", "自治区主席")
        )
    return TITLES[kind].format(u=unit)


def _profile(kind: str, level: str, year: int, **extra: Any) -> dict[str, Any]:
    month, day = DAYS.get(kind, (3, 10))
    data: dict[str, Any] = {
        "kind": kind,
        "meeting": {"date": datetime.date(year, month, day).isoformat()},
        "region": {"level": level, "name": NAMES[level]},
        "speaker": {"title": _title(kind, level), "name": "李明"},
        "priorities": PRIORITIES,
        "safeguards": SAFEGUARDS,
    }
    data.update(extra)
    return data


def _render(data: dict[str, Any], seed: int) -> Draft:
    return draft(data, seed)


def _found(data: dict[str, Any], families: str) -> dict[str, list[str]]:
    """What the test's own table finds in the drafts of ``data`` at seeds 1–3, among the
    families whose names start with one of ``families`` (Y, L)."""
    found: dict[str, list[str]] = {}
    for seed in SEEDS:
        text = to_text(_render(data, seed).document)
        for family, hits in findings(text, meeting_of(data)).items():
            if family.startswith(tuple(families)):
                found.setdefault(f"{family} #{seed}", []).extend(hits)
    return found


# -- every wording of the bank, for every year 2016–2035 --------------------------------

_ROLES = ("party_secretary", "government_head", "deputy", "bureau_chief")
_DATED = [rule for rule in RULES if rule.family.startswith("Y") and "before" in rule.family]


def _spoken(text: str) -> str:
    return re.sub(r"\{\{.*?\}\}|\{%.*?%\}", "", spoken_words(text))


def test_no_wording_says_a_dated_term_before_its_time() -> None:
    """A wording naming the teachers' burden document's words, 双线 or the reorganised
    departments is sayable by no speaker at any level on a day before they existed."""
    found = []
    for text in bank_wordings():
        spoken = _spoken(text)
        for rule in _DATED:
            if not rule.pattern.search(spoken):
                continue
            for year in YEARS:
                day = datetime.date(year, 3, 10)
                meeting = Meeting("county", "河阳县", "deputy", day, "")
                if not rule.applies(meeting):
                    continue
                if any(sayable(text, role, "county", day) for role in _ROLES):
                    found.append((rule.family, year, spoken))
                    break
    assert found == []


def test_no_wording_calls_school_networks_a_gap_after_the_fourteenth_plan() -> None:
    found = [
        _spoken(text)
        for text in bank_wordings()
        if re.search(r"多媒体教室|信息化短板|班班通", _spoken(text))
        and any(
            sayable(text, "bureau_chief", "province", datetime.date(y, 3, 10)) for y in YEARS[10:]
        )
    ]
    assert found == []


_LEVEL_RULES = {
    "town": (
        "L town regulates tutoring",
        "L town runs 督导",
        "L town controls what enters schools",
    ),
    "prefecture": ("L 州/市 bureau tells 各学校 directly",),
    "province": ("L province down to a class",),
    "county": ("L below a province sets 生均拨款 standards",),
}


@pytest.mark.parametrize("level", sorted(_LEVEL_RULES))
def test_no_wording_gives_an_order_beyond_the_level(level: str) -> None:
    """At a town (every role), a 州 (its bureau) and a province (every role) no wording the
    speaker may say falls in the level's families."""
    rules = [rule for rule in RULES if rule.family in _LEVEL_RULES[level]]
    roles = ("bureau_chief",) if level == "prefecture" else (*_ROLES, "school_head")
    if level == "county":
        roles = _ROLES
    day = datetime.date(2026, 3, 10)
    found = []
    for text in bank_wordings():
        spoken = _spoken(text)
        for rule in rules:
            if not rule.pattern.search(spoken):
                continue
            if rule.unless is not None and rule.unless.search(spoken):
                continue
            said_by = [role for role in roles if sayable(text, role, level, day)]
            if said_by:
                found.append((rule.family, said_by, spoken))
    assert found == []


# -- drafts: every kind × every year 2016–2035 × seeds 1–3 ------------------------------


@pytest.mark.parametrize("year", YEARS)
def test_no_draft_says_a_term_out_of_its_years(year: int) -> None:
    """Each kind at a level turning with the year (so that over the twenty years every kind
    meets every level twice), the priorities naming the dated families: none of the test's
    Y families in any draft."""
    found = {}
    for index, kind in enumerate(KINDS):
        level = LEVELS[(index + year) % len(LEVELS)]
        data = _profile(kind, level, year)
        if hits := _found(data, "Y"):
            found[f"{kind}/{level}"] = hits
    assert found == {}


@pytest.mark.parametrize("kind", ["safety", "leader_speech"])
def test_a_place_whose_profile_names_its_water_authority_says_water_affairs(kind: str) -> None:
    """The banner's 水务局 among the attendees: the water lines say 水务, never 水利."""
    said = []
    for seed in SEEDS:
        data = _profile(kind, "banner", 2027, priorities=["防溺水", "校园安全", "应急管理"])
        data["attendees"] = [
            "旗教育局、公安局、水务局、应急管理局负责同志",
            "各苏木乡镇分管负责同志",
        ]
        text = to_text(_render(data, seed).document)
        assert not re.search(r"水利(?:部门|局|、|等)|、水利", text), (kind, seed)
        said += re.findall(r"水务(?:、|等)", text)
    assert said, kind  # the water lines are said, with the profile's word


def test_a_2017_spring_meeting_does_not_speak_of_the_dual_line_system() -> None:
    for kind in ("leader_speech", "work_report", "concluding_remarks"):
        data = _profile(kind, "county", 2017, priorities=["控辍保学", "学生资助"])
        assert _found(data, "Y 控辍") == {}, kind


def test_a_digital_profile_gets_no_informatization_heading() -> None:
    """The profile says 教育数字化 and never 信息化: its draft follows its word."""
    found = {}
    for year in (2023, 2028, 2031):
        for kind in ("work_report", "leader_speech"):
            data = _profile(kind, "autonomous_region", year, priorities=["教育数字化", "智慧校园"])
            found.update({f"{kind}/{year}/{k}": v for k, v in _found(data, "Y 信息").items()})
    assert found == {}


def test_a_november_safety_meeting_prepares_no_return_to_school() -> None:
    found = {}
    for year in (2020, 2021, 2022):
        data = _profile("safety", "town", year, priorities=["疫情防控", "冬季安全", "防溺水"])
        data["speaker"] = {"title": "镇中心学校校长", "name": "李明"}
        found.update({f"{year}/{k}": v for k, v in _found(data, "Y 返校").items()})
    assert found == {}


# -- levels: a town, a 州's bureau, a province ----------------------------------------

TOWN_TITLES = ("镇中心学校校长", "镇长", "镇党委书记")


@pytest.mark.parametrize("kind", KINDS)
def test_a_town_does_not_regulate_tutoring_or_run_inspections(kind: str) -> None:
    """A town's 双减 is homework, after-school service and parents; it is inspected, it does
    not inspect; it does not vet what enters schools, nor charge its villages with teachers'
    pay, nor build an 教育强镇."""
    found = {}
    for title in TOWN_TITLES:
        data = _profile(
            kind,
            "town",
            2024,
            priorities=["双减", "校外培训治理", "教师减负", "尊师重教", "教育督导"],
            safeguards=["督导考核", "作风建设", "经费保障"],
        )
        data["speaker"] = {"title": title, "name": "李明"}
        found.update({f"{title}/{k}": v for k, v in _found(data, "L").items()})
    assert found == {}


@pytest.mark.parametrize("kind", ["work_report", "school_opening", "safety"])
def test_a_prefecture_bureau_reaches_schools_through_the_counties(kind: str) -> None:
    data = _profile(
        kind,
        "prefecture",
        2029,
        priorities=["教育宣传", "校园安全", "教育数字化", "教师队伍建设"],
        safeguards=["作风建设", "宣传引导", "督导考核"],
    )
    data["speaker"] = {"title": "州教育局局长", "name": "李明"}
    assert _found(data, "L 州") == {}


@pytest.mark.parametrize("level", ["province", "autonomous_region"])
def test_a_province_does_not_go_down_to_a_class(level: str) -> None:
    found = {}
    for kind in KINDS:
        data = _profile(
            kind, level, 2027, priorities=["美育", "教育数字化", "校园安全", "应急管理", "德育"]
        )
        found.update({f"{kind}/{k}": v for k, v in _found(data, "L province").items()})
    assert found == {}
