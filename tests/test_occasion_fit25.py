"""The draft fits the occasion, the date and the mandate the profile gives (round am's F, Y, L;
branch occasion25).

Round am's readers marked a 表彰大会 titled 庆祝第39个教师节大会 whose draft never congratulated
the commended; a 电视电话会议 given a name of the program's own; 受县政府委托 where the profile
said 县委、县政府; 2028年，全区教育系统… at a meeting of 27 August 2029; 今年工作的主要目标是：
开学前… and 今年安全工作的基本思路是：确保寒假和春节期间…; 今年的教师全员培训 at a September
teachers' day; a 市长 fixing 心理辅导室的开放时间, a 苏木达 ordering 各学科教研组. These tests
render their own profiles and read the words with their own patterns
(``scripts/occasion_fit.py`` counts the same kinds over every profile of the repository).
"""

from __future__ import annotations

import datetime
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from _matrix import meeting, spoken
from speechdraft.compose.context import _whole_place
from speechdraft.compose.weave import for_year_so_far
from speechdraft.intake.loading import meeting_name_in_heading
from speechdraft.phrasefiles import scoped
from speechdraft.pipeline import build_draft
from speechdraft.seasons import plan_phase_misfit

SEEDS = (1, 2, 3)


def _profile(kind: str, date: str, level: str, name: str, title: str, **more: Any) -> dict:
    return meeting(kind, date, level, name, title, minutes=20, **more)


# -- the meeting's name as the clerk gives it ----------------------------------------------------


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("# 全省教育系统安全工作电视电话会议\n", "全省教育系统安全工作电视电话会议"),
        ("# 州教师节表彰大会 · 州长讲话\n", "州教师节表彰大会"),
        ("# 龙潭坪乡 全乡教育工作会议\n", "全乡教育工作会议"),
        ("# 自治区秋季开学视频会 副厅长讲话\n", "自治区秋季开学视频会"),
        ("# speechdraft 会议信息文件（在网页中填写后保存）\n", None),
        ("# 县委书记讲话提纲\n", None),
        ("kind: safety\n# 全县安全工作会议\n", None),
    ],
)
def test_the_heading_comment_names_the_meeting(heading: str, name: str | None) -> None:
    assert meeting_name_in_heading(heading + "kind: safety\n") == name


@pytest.mark.parametrize(
    ("name", "whole", "said"),
    [
        ("州教师节表彰大会", "全州", "全州教师节表彰大会"),
        ("旗教育工作会议", "全旗", "全旗教育工作会议"),
        ("苏木春季开学工作会", "全苏木", "全苏木春季开学工作会"),
        ("州委教育工作领导小组会议", "全州", "州委教育工作领导小组会议"),
        ("县教育局年度工作会议", "全县", "县教育局年度工作会议"),
        ("全县教育工作会议", "全县", "全县教育工作会议"),
        ("桂溪县教育工作会议", "全县", "桂溪县教育工作会议"),
        ("乡村教师座谈会", "全乡", "乡村教师座谈会"),
        ("区域教育联盟推进会", "全区", "区域教育联盟推进会"),
        ("镇中心学校开学工作会", "全镇", "镇中心学校开学工作会"),
    ],
)
def test_a_bare_place_word_is_the_whole_place(name: str, whole: str, said: str) -> None:
    assert _whole_place(name, whole) == said


_COMMENDATION = "# 州教师节表彰大会\n" + yaml.safe_dump(
    _profile(
        "teachers_day",
        "2023-09-08",
        "prefecture",
        "云溪彝族自治州",
        "州长",
        priorities=[{"area": "教师队伍"}],
    ),
    allow_unicode=True,
    sort_keys=False,
)


@pytest.fixture(scope="module")
def commendation(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[str, str]]:
    path: Path = tmp_path_factory.mktemp("occasion25") / "commendation.yaml"
    path.write_text(_COMMENDATION, encoding="utf-8")
    drafts = [build_draft(path, seed=seed).document for seed in SEEDS]
    return [(d.title, "\n".join(d.spoken_lines())) for d in drafts]


def test_the_title_says_the_meeting_the_heading_names(
    commendation: list[tuple[str, str]],
) -> None:
    """在2023年全州教师节表彰大会上的讲话, not 在全州庆祝第39个教师节大会上的讲话."""
    for title, _ in commendation:
        assert title == "在2023年全州教师节表彰大会上的讲话"


def test_a_commendation_meeting_congratulates_the_commended(
    commendation: list[tuple[str, str]],
) -> None:
    for _, text in commendation:
        assert re.search(r"向(?:今天)?受到?表彰的同志(?:们)?表示(?:热烈的)?祝贺", text), text[:400]
        # nobody said collectives were honoured: no 先进集体 is congratulated
        assert "先进集体" not in text


# -- 受…委托 with the body the clerk names ---------------------------------------------------------


def test_a_deputy_is_entrusted_by_the_body_the_profile_names() -> None:
    """受县委、县政府委托, never 受县政府委托 where the profile says 县委、县政府 (round am's F)."""
    entrusted = []
    for level, name, title, body in (
        ("county", "桂溪县", "分管副县长", "县委、县政府"),
        ("city", "沅江市", "副市长", "市委、市政府"),
    ):
        data = _profile("teachers_day", "2030-09-10", level, name, title)
        data["speaker"]["on_behalf_of"] = body
        data["preceding"] = ["县教育局局长宣读表彰决定"]
        for seed in SEEDS:
            found = re.findall(r"受([^，。；]{2,16}?)(?:主要负责同志)?委托", spoken(data, seed))
            assert all(said == body for said in found), found
            entrusted += found
    assert entrusted  # the deputy's salute says whose charge he speaks on


# -- the year so far at a mid-year meeting ----------------------------------------------------


def test_the_review_lead_is_the_year_so_far_at_a_mid_year_meeting() -> None:
    assert for_year_so_far("{{ y.review }}年，全区教育系统稳步推进。", True) == (
        "今年以来，全区教育系统稳步推进。"
    )
    assert for_year_so_far("回顾{{ y.review }}年，工作抓得紧。", True) == "今年以来，工作抓得紧。"
    # a mention that is not the lead is left as it is (what a report covered)
    assert for_year_so_far("对{{ y.review }}年的工作，报告作了总结。", True) == (
        "对{{ y.review }}年的工作，报告作了总结。"
    )
    assert for_year_so_far("{{ y.review }}年，全区…", False) == "{{ y.review }}年，全区…"


@pytest.mark.parametrize("kind", ["concluding_remarks", "leading_group"])
def test_no_last_year_lead_at_an_august_meeting(kind: str) -> None:
    """2028年，全区教育系统… at a meeting of 27 August 2029 (round am's Y)."""
    data = _profile(
        kind,
        "2029-08-27",
        "autonomous_region",
        "北疆自治区",
        "自治区教育厅厅长" if kind == "concluding_remarks" else "自治区党委副书记",
        meeting={"date": "2029-08-27", "name": "全区秋季学期开学工作视频会议"},
        targets={"items": ["开学前校舍安全排查覆盖率达到100%"]},
        priorities=[{"area": "校园安全"}, {"area": "开学准备"}],
    )
    for seed in SEEDS:
        text = spoken(data, seed)
        assert not re.search(r"(?:^|[。！；\n])(?:回顾)?2028年，", text), text[:600]
        # the pre-opening target is not called the year's (round am's F)
        assert not re.search(r"今年(?:工作)?的(?:主要)?目标|今年要实现的(?:主要)?目标", text)


def test_a_review_point_dated_last_year_keeps_the_year() -> None:
    """上年全区… in the review: the lead says the year the clerk gave, not 今年以来."""
    data = _profile(
        "concluding_remarks",
        "2029-08-27",
        "autonomous_region",
        "北疆自治区",
        "自治区教育厅厅长",
        meeting={"date": "2029-08-27", "name": "全区秋季学期开学工作视频会议"},
        review={
            "achievements": [{"area": "校园安全", "points": ["上年全区学生溺亡人数同比下降40%"]}]
        },
    )
    for seed in SEEDS:
        assert "今年以来，全区教育系统" not in spoken(data, seed)


def test_a_winter_break_guideline_is_not_the_years() -> None:
    """今年安全工作的基本思路是：确保寒假和春节期间… (round am's F)."""
    data = _profile(
        "safety",
        "2019-01-10",
        "county_city",
        "鹤山口市",
        "分管副市长",
        meeting={"date": "2019-01-10", "name": "全市校园安全工作会议"},
        targets={
            "guideline": "确保寒假和春节期间全市校园和师生安全稳定",
            "items": ["放假前完成一次消防安全专项检查", "寒假期间学生安全责任事故零发生"],
        },
        priorities=[{"area": "寒假安全"}, {"area": "消防安全"}],
    )
    for seed in SEEDS:
        text = spoken(data, seed)
        assert "确保寒假和春节期间" in text
        assert not re.search(r"今年[^。；：，]{0,10}(?:思路|总体要求|总的要求|总的考虑)是?：", text)
        assert not re.search(r"今年(?:工作)?的(?:主要)?目标|今年要实现的(?:主要)?目标", text)


def test_no_whole_year_training_target_at_a_september_teachers_day() -> None:
    """今年的教师全员培训要达到【待补…】 on 8 September (round am's F)."""
    data = _profile(
        "teachers_day",
        "2023-09-08",
        "prefecture",
        "云溪彝族自治州",
        "州长",
        priorities=[{"area": "教师队伍"}, {"area": "教师培训"}],
    )
    for seed in SEEDS:
        assert not re.search(r"今年的?(?:教师)?全员培训|今年要完成", spoken(data, seed))


# -- who may say a school's own arrangements -------------------------------------------------


def test_a_scope_sets_who_may_say_a_unit() -> None:
    roles, levels = scoped("school", frozenset(), frozenset())
    assert roles == {"bureau_chief", "school_head"}
    assert "province" not in levels and "town" in levels and "city" in levels
    # a unit's own levels narrow the scope's
    assert scoped("school", frozenset(), frozenset({"county", "province"}))[1] == {"county"}
    assert scoped("village", frozenset(), frozenset()) == (frozenset(), frozenset({"town"}))
    assert scoped(None, frozenset({"deputy"}), frozenset()) == (frozenset({"deputy"}), frozenset())


def test_a_mayor_does_not_fix_a_counselling_rooms_hours() -> None:
    data = _profile(
        "leader_speech",
        "2033-03-20",
        "city",
        "沅江市",
        "市长",
        priorities=[{"area": "心理健康", "points": ["每所中小学至少配备1名专职心理健康教师"]}],
    )
    for seed in SEEDS:
        assert "开放时间" not in spoken(data, seed)


def test_a_town_head_does_not_order_the_subject_groups() -> None:
    data = _profile(
        "school_opening",
        "2027-02-20",
        "town",
        "哈日诺尔苏木",
        "苏木达",
        priorities=[{"area": "开学准备"}, {"area": "教学管理"}, {"area": "寄宿制学校"}],
    )
    for seed in SEEDS:
        text = spoken(data, seed)
        assert "各学科教研组要" not in text
        # a village has no boarding school to look after (round am's L)
        assert not re.search(r"各(?:村|嘎查)[^。]{0,16}寄宿制学校", text)


# -- a plan's phase by the year's place in the plan --------------------------------------------


@pytest.mark.parametrize(
    ("text", "day", "misfit"),
    [
        ("开局十六五，聚焦教育强市", "2032-03-01", True),
        ("开局十六五，聚焦教育强市", "2031-02-20", False),
        ("为完成十五五规划中期目标打好基础", "2029-08-27", True),
        ("为完成十五五规划中期目标打好基础", "2027-08-27", False),
        ("为十五五收官之年教育各项任务完成提供队伍支撑", "2030-09-10", False),
        ("为“十五五”圆满收官打好基础", "2029-03-01", False),
        ("确保“十五五”圆满收官", "2031-03-01", True),
        ("巩固“十五五”收官成果，谋划十六五发展", "2031-03-01", False),
        ("巩固“十五五”收官成果", "2032-03-01", True),
    ],
)
def test_a_plan_phase_past_its_year_is_marked(text: str, day: str, misfit: bool) -> None:
    assert (plan_phase_misfit(text, datetime.date.fromisoformat(day)) is not None) is misfit


def test_the_guideline_keeps_the_clerks_phase_with_a_check_mark() -> None:
    """开局十六五 in a 2032 work report's guideline (round am's Y): kept, marked 【待核】."""
    data = _profile(
        "work_report",
        "2032-02-26",
        "county_city",
        "鹤山口市",
        "市教育局局长",
        targets={"guideline": "开局十六五，聚焦教育强市，推动城乡教育一体化高质量发展"},
    )
    text = spoken(data, 1)
    assert re.search(r"开局十六五[^。]*【待核：“十六五”开局之年是2031年", text), text[:800]
