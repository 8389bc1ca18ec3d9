"""Round q's A, Y, L, R and E families (issue 11): what a speaker of this place, level,
role and date may say. Own fixture profiles, several levels × years × roles × seeds."""

from __future__ import annotations

import datetime
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from speechdraft.norms import terms_out_of_window
from speechdraft.phrasebank import load_phrasebank
from speechdraft.pipeline import build_draft
from speechdraft.resources import builtin_templates_dir
from speechdraft.situation import PRESUPPOSED, rural_place

SEEDS = (1, 2, 3)
RURAL = re.compile(r"(?<!农业)农村|乡村|村小|教学点|乡镇(?:学校|中小学|中心学校)")


def _body(tmp_path: Path, data: dict[str, Any], seed: int) -> str:
    """The draft's body, rendered from a profile file written for this seed."""
    path = tmp_path / f"{data['kind']}-{data['region']['level']}-{seed}.yaml"
    path.write_text(yaml.safe_dump({**data, "seed": seed}, allow_unicode=True), encoding="utf-8")
    return build_draft(path).document.body_text()


def _teachers_profile(kind: str, level: str, name: str, title: str, problems: list[str]) -> dict:
    """A profile whose tasks call for the bank's teacher and school-place lines (where its
    rural wordings live), with the clerk's problems as given."""
    return {
        "kind": kind,
        "meeting": {"date": "2031-03-12"},
        "region": {"level": level, "name": name},
        "speaker": {"title": title},
        "review": {"problems": problems},
        "priorities": [
            {"area": "教师队伍", "facts": {"今年新补充教师人数": 120}},
            {"area": "义务教育", "title": "学位供给"},
            {"area": "学前教育"},
        ],
    }


URBAN_PROBLEMS = ["城区学位依然紧张", "区属学校教师平均年龄偏大"]
PLACES = [
    ("district", "江湾区", "区委书记", "leading_group"),
    ("district", "江湾区", "区教育局局长", "work_report"),
    ("district", "江湾区", "区长", "leader_speech"),
]


@pytest.mark.parametrize(("level", "name", "title", "kind"), PLACES)
def test_an_urban_district_that_raises_no_rural_school_hears_none(
    tmp_path: Path, level: str, name: str, title: str, kind: str
) -> None:
    data = _teachers_profile(kind, level, name, title, URBAN_PROBLEMS)
    for seed in SEEDS:
        body = _body(tmp_path, data, seed)
        found = RURAL.findall(body)
        assert not found, f"{kind} seed {seed}: {found}"


def test_a_district_that_raises_its_rural_schools_hears_them(tmp_path: Path) -> None:
    problems = [*URBAN_PROBLEMS, "北部农村学校教师结构性缺员"]
    data = _teachers_profile("leading_group", "district", "江湾区", "区委书记", problems)
    bodies = [_body(tmp_path, data, seed) for seed in SEEDS]
    # a stock line, not only the clerk's own problem
    stock = [b.replace("北部农村学校教师结构性缺员", "") for b in bodies]
    assert any(RURAL.search(b) for b in stock)


@pytest.mark.parametrize(
    ("level", "name", "title"),
    [("county", "清溪县", "县委书记"), ("banner", "乌兰旗", "旗长"), ("city", "临川市", "市长")],
)
def test_a_county_banner_or_city_keeps_its_rural_lines(
    tmp_path: Path, level: str, name: str, title: str
) -> None:
    data = _teachers_profile("leading_group", level, name, title, URBAN_PROBLEMS)
    assert any(RURAL.search(_body(tmp_path, data, seed)) for seed in SEEDS)


def test_a_profile_saying_its_schools_are_urban_hears_no_rural_line(tmp_path: Path) -> None:
    data = _teachers_profile(
        "leading_group", "county_city", "临水市", "市委书记", ["全市学校均位于城区，学位紧张"]
    )
    for seed in SEEDS:
        assert not RURAL.search(_body(tmp_path, data, seed))


def test_rural_place_reads_level_and_words() -> None:
    assert not rural_place("district", ["城区学位紧张"])
    assert rural_place("district", ["村小教师年龄偏大"])
    assert rural_place("county", [])
    assert not rural_place("county", ["全县无农村学校"])
    assert rural_place("town", ["镇区学位紧张"])


def test_every_bank_wording_naming_the_countryside_presupposes_it() -> None:
    """Every wording of the bank containing 农村/乡村 is refused to an urban district whose
    profile names neither, and some are said where it does (the gate is not everything)."""
    bank = load_phrasebank(builtin_templates_dir())
    day = datetime.date(2031, 3, 12)
    rural_key = dict((key, pattern) for pattern, key in PRESUPPOSED)["rural"]
    rural_units = [
        unit
        for area in bank.areas.values()
        for family in area.families
        for unit in (*family.headings, *family.units)
        if any(rural_key.search(text) for text in unit.wordings)
    ]
    assert len(rural_units) > 40
    kind, role = "leading_group", "party_secretary"
    for unit in rural_units:
        if rural_key.search(unit.text):
            assert not unit.admitted(kind, role, "district", day, situation=frozenset()), unit.text
    said = [
        u
        for u in rural_units
        if u.admitted(kind, role, "county", day, situation=frozenset({"rural"}))
    ]
    assert len(said) > 20


# ---- family 2: terms before their time, and framings past the data -------------------

OWN_TERMS = [
    # (text, a date before or after its window, a date inside it)
    ("今年的经费要全面实施预算绩效管理。", "2017-03-01", "2019-03-01"),
    ("参与课后服务的教师实行弹性上下班。", "2021-02-25", "2022-02-25"),
    ("“十五五”规划的目标任务要逐项落实。", "2032-02-10", "2027-02-10"),
    (
        "在全国上下深入学习贯彻习近平总书记关于教育的重要论述之际，我们迎来了教师节。",
        "2035-09-09",
        "2021-09-09",
    ),
    (
        "在全国上下深入学习贯彻习近平总书记关于教育的重要论述之际，我们迎来了教师节。",
        "2017-09-09",
        "2024-09-09",
    ),
]


@pytest.mark.parametrize(("text", "outside", "inside"), OWN_TERMS)
def test_own_table_of_dated_terms(text: str, outside: str, inside: str) -> None:
    assert terms_out_of_window(text, datetime.date.fromisoformat(outside))
    assert not terms_out_of_window(text, datetime.date.fromisoformat(inside))


def _dated(kind: str, level: str, name: str, title: str, date: str, **extra: Any) -> dict:
    return {
        "kind": kind,
        "meeting": {"date": date},
        "region": {"level": level, "name": name},
        "speaker": {"title": title},
        "review": {"achievements": [{"area": "义务教育", "points": ["新建学校3所"]}]},
        "priorities": [
            {"area": "教育经费", "facts": {"一般公共预算教育支出": "5.2亿元"}},
            {"area": "教师队伍"},
            {"area": "校园安全"},
        ],
        **extra,
    }


def test_a_review_of_2017_is_not_led_by_the_congress_of_its_last_quarter(tmp_path: Path) -> None:
    for level, name, title in [
        ("prefecture", "临江州", "州教育局局长"),
        ("county", "清溪县", "县教育局局长"),
    ]:
        data = _dated("work_report", level, name, title, "2018-03-02")
        for seed in SEEDS:
            body = _body(tmp_path, data, seed)
            assert not re.search(r"2017年[^。]{0,30}十九大", body), body[:300]


@pytest.mark.parametrize("year", [2016, 2017, 2018, 2025, 2026, 2030, 2035])
def test_drafts_of_every_year_use_no_term_outside_its_window(tmp_path: Path, year: int) -> None:
    for kind, date in [
        ("leader_speech", f"{year}-02-20"),
        ("teachers_day", f"{year}-09-09"),
        ("school_opening", f"{year}-08-28"),
        ("safety", f"{year}-11-12"),
    ]:
        data = _dated(kind, "county", "清溪县", "县委书记", date)
        for seed in SEEDS:
            body = _body(tmp_path, data, seed)
            hits = terms_out_of_window(body, datetime.date.fromisoformat(date))
            assert not hits, f"{kind} {date} seed {seed}: {[str(h) for h in hits]}"


@pytest.mark.parametrize(("month", "year"), [(7, 2022), (6, 2029), (11, 2026)])
def test_a_mid_year_or_november_meeting_does_not_review_a_whole_year(
    tmp_path: Path, month: int, year: int
) -> None:
    for kind, level, name, title in [
        ("leading_group", "autonomous_region", "北疆自治区", "自治区党委书记"),
        ("safety", "banner", "乌兰旗", "旗教育局局长"),
        ("leading_group", "county", "清溪县", "县委书记"),
    ]:
        data = _dated(kind, level, name, title, f"{year}-{month:02d}-12")
        for seed in SEEDS:
            body = _body(tmp_path, data, seed)
            assert not re.search(rf"(?:回顾|总结|看待|肯定|珍惜){year - 1}年", body)
            if month == 11:
                assert f"回顾{year}年" not in body
