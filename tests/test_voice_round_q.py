"""Round q's A, Y, L, R and E families (issue 11): what a speaker of this place, level,
role and date may say. Own fixture profiles, several levels × years × roles × seeds."""

from __future__ import annotations

import datetime
import re
from typing import Any

import pytest

from _matrix import draft
from speechdraft.norms import terms_out_of_window
from speechdraft.phrasebank import load_phrasebank
from speechdraft.resources import builtin_templates_dir
from speechdraft.situation import PRESUPPOSED, rural_place

SEEDS = (1, 2, 3)
RURAL = re.compile(r"(?<!农业)农村|乡村|村小|教学点|乡镇(?:学校|中小学|中心学校)")


def _body(data: dict[str, Any], seed: int) -> str:
    return draft({**data, "seed": seed}).document.body_text()


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
    level: str, name: str, title: str, kind: str
) -> None:
    data = _teachers_profile(kind, level, name, title, URBAN_PROBLEMS)
    for seed in SEEDS:
        body = _body(data, seed)
        found = RURAL.findall(body)
        assert not found, f"{kind} seed {seed}: {found}"


def test_a_district_that_raises_its_rural_schools_hears_them() -> None:
    problems = [*URBAN_PROBLEMS, "北部农村学校教师结构性缺员"]
    data = _teachers_profile("leading_group", "district", "江湾区", "区委书记", problems)
    bodies = [_body(data, seed) for seed in SEEDS]
    # a stock line, not only the clerk's own problem
    stock = [b.replace("北部农村学校教师结构性缺员", "") for b in bodies]
    assert any(RURAL.search(b) for b in stock)


@pytest.mark.parametrize(
    ("level", "name", "title"),
    [("county", "清溪县", "县委书记"), ("banner", "乌兰旗", "旗长"), ("city", "临川市", "市长")],
)
def test_a_county_banner_or_city_keeps_its_rural_lines(level: str, name: str, title: str) -> None:
    data = _teachers_profile("leading_group", level, name, title, URBAN_PROBLEMS)
    assert any(RURAL.search(_body(data, seed)) for seed in SEEDS)


def test_a_profile_saying_its_schools_are_urban_hears_no_rural_line() -> None:
    data = _teachers_profile(
        "leading_group", "county_city", "临水市", "市委书记", ["全市学校均位于城区，学位紧张"]
    )
    for seed in SEEDS:
        assert not RURAL.search(_body(data, seed))


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


def test_a_review_of_2017_is_not_led_by_the_congress_of_its_last_quarter() -> None:
    for level, name, title in [
        ("prefecture", "临江州", "州教育局局长"),
        ("county", "清溪县", "县教育局局长"),
    ]:
        data = _dated("work_report", level, name, title, "2018-03-02")
        for seed in SEEDS:
            body = _body(data, seed)
            # 2017's work carried out 党的十九大精神 (tests/test_years_more.py) but was not
            # led by it from the start: no 以…为指引 or 统领 of a congress held in October
            assert not re.search(r"以[^。，]{0,6}十九大[^。，]{0,20}(?:为指引|统领)", body)


@pytest.mark.parametrize("year", [2016, 2017, 2018, 2025, 2026, 2030, 2035])
def test_drafts_of_every_year_use_no_term_outside_its_window(year: int) -> None:
    for kind, date in [
        ("leader_speech", f"{year}-02-20"),
        ("teachers_day", f"{year}-09-09"),
        ("school_opening", f"{year}-08-28"),
        ("safety", f"{year}-11-12"),
    ]:
        data = _dated(kind, "county", "清溪县", "县委书记", date)
        for seed in SEEDS:
            body = _body(data, seed)
            hits = terms_out_of_window(body, datetime.date.fromisoformat(date))
            assert not hits, f"{kind} {date} seed {seed}: {[str(h) for h in hits]}"


@pytest.mark.parametrize(("month", "year"), [(7, 2022), (6, 2029), (11, 2026)])
def test_a_mid_year_or_november_meeting_does_not_review_a_whole_year(month: int, year: int) -> None:
    for kind, level, name, title in [
        ("leading_group", "autonomous_region", "北疆自治区", "自治区党委书记"),
        ("safety", "banner", "乌兰旗", "旗教育局局长"),
        ("leading_group", "county", "清溪县", "县委书记"),
    ]:
        data = _dated(kind, level, name, title, f"{year}-{month:02d}-12")
        for seed in SEEDS:
            body = _body(data, seed)
            # 看待2021年以来的工作 (a span up to now, over the year under review's results:
            # round ae's F) reviews no whole year
            assert not re.search(rf"(?:回顾|总结|看待|肯定|珍惜){year - 1}年(?!以来)", body)
            if month == 11:
                assert f"回顾{year}年" not in body


# ---- family 3: level and role ----------------------------------------------------------

HIGH_LEVELS = [
    ("prefecture", "临江州", "州教育局局长"),
    ("province", "江南省", "省教育厅厅长"),
    ("city", "临川市", "市教育局局长"),
    ("autonomous_region", "北疆自治区", "自治区教育厅厅长"),
]
# classroom- and school-level rules a city, prefecture or province does not give (绩效工资向
# 班主任倾斜 is national policy and stays)
SCHOOL_SCALE = re.compile(
    r"分片包校|教研组|班主任(?:和心理教师要多谈心|都要包保)|内部考评机制|舆情信息各学校"
    r"|学校要报得准|错峰就餐|各学校和各直属单位"
)


def _school_scale_profile(kind: str, level: str, name: str, title: str, date: str) -> dict:
    return {
        "kind": kind,
        "meeting": {"date": date},
        "region": {"level": level, "name": name},
        "speaker": {"title": title},
        "priorities": [
            {"area": "控辍保学"},
            {"area": "教育经费", "title": "教师工资保障"},
            {"area": "校园安全"},
        ],
        "safeguards": ["组织领导", "督查考核", "宣传引导"],
    }


@pytest.mark.parametrize(("level", "name", "title"), HIGH_LEVELS)
@pytest.mark.parametrize(
    ("kind", "date"), [("work_report", "2018-03-02"), ("school_opening", "2032-08-28")]
)
def test_a_higher_level_gives_no_school_or_classroom_rules(
    level: str, name: str, title: str, kind: str, date: str
) -> None:
    data = _school_scale_profile(kind, level, name, title, date)
    for seed in SEEDS:
        body = _body(data, seed)
        assert not SCHOOL_SCALE.findall(body), f"{level} {kind} seed {seed}"


# the bank's units round q's readers marked L at a higher level (areas and safeguards)
TAGGED = re.compile(
    r"分片包校|班主任(?:和心理教师要多谈心|都要包保)|内部考评机制各学校|舆情信息各学校"
    r"|错峰就餐|学校经费要严格按规定使用"
)
# (学校要报得准 went with its unit at stop 74: a procedure nobody set — round ck's 05, A)


def test_the_school_scale_units_stay_with_a_county() -> None:
    """The same units are said at county scale: the tags move them, they are not gone."""
    bank = load_phrasebank(builtin_templates_dir())
    day = datetime.date(2022, 3, 2)
    texts = [
        u
        for group in (bank.areas, bank.safeguards)
        for area in group.values()
        for family in area.families
        for u in family.units
        if any(TAGGED.search(t) for t in u.wordings)
    ]
    assert len(texts) >= 5
    for unit in texts:
        for level in ("prefecture", "province", "city", "autonomous_region"):
            for role in ("bureau_chief", "party_secretary", "government_head", "deputy"):
                admitted = unit.admitted("work_report", role, level, day, situation=frozenset())
                assert not admitted or not any(TAGGED.search(t) for t in unit.wordings if t), (
                    level,
                    role,
                    unit.text,
                )
    at_county = [
        u
        for u in texts
        if any(
            u.admitted(kind, role, "county", day, situation=frozenset({"rural"}))
            for kind in ("work_report", "school_opening", "leader_speech")
            for role in ("bureau_chief", "government_head", "deputy")
        )
    ]
    assert len(at_county) >= 4


def test_a_higher_bureau_s_report_tells_the_bureaus_below_to_pass_it_on() -> None:
    bodies = []
    for level, name, title in HIGH_LEVELS:
        data = _school_scale_profile("work_report", level, name, title, "2026-03-02")
        bodies += [_body(data, seed) for seed in SEEDS]
    passed_on = [b for b in bodies if "会后，各" in b]
    assert all("教育行政部门和各直属单位" in b for b in passed_on)


TOWN = {"level": "town", "name": "青石镇"}


@pytest.mark.parametrize("title", ["镇长", "镇党委书记", "镇中心学校校长"])
def test_a_town_speaks_at_its_scale(title: str) -> None:
    data = {
        "kind": "concluding_remarks",
        "meeting": {"date": "2029-03-05"},
        "region": TOWN,
        "speaker": {"title": title},
        "preceding": ["镇中心学校校长作了工作报告", "两所村小作了交流发言"],
        "priorities": [{"area": "党的建设"}, {"area": "校园安全"}, {"area": "教师队伍"}],
        "safeguards": ["组织领导", "作风建设"],
    }
    for seed in SEEDS:
        body = _body(data, seed)
        assert "全系统" not in body
        assert "各学校党组织书记" not in body
        assert "党组织领导的校长负责制要落到实处" not in body
        assert "配合卫生健康、疾控部门" not in body


# ---- family 4: register and empty lines --------------------------------------------------

LEADER = {
    "kind": "leader_speech",
    "meeting": {"date": "2024-02-26"},
    "speaker": {"title": "县委书记"},
    "preceding": [
        "县教育局局长作了全县教育工作报告",
        "县政府与各乡镇签订了教育目标责任书",
        "两所学校作了交流发言",
    ],
}


@pytest.mark.parametrize(
    ("level", "name", "title"),
    [
        ("county", "清溪县", "县委书记"),
        ("province", "江南省", "省长"),
        ("banner", "乌兰旗", "旗委书记"),
    ],
)
def test_the_endorsement_names_what_it_endorses(level: str, name: str, title: str) -> None:
    data = {**LEADER, "region": {"level": level, "name": name}, "speaker": {"title": title}}
    for seed in SEEDS:
        body = _body(data, seed)
        assert not re.search(
            r"(?<![会上])讲的内容|情况讲清楚了，任务讲明白了|也体现了抓落实的导向", body
        )
        assert "所讲的意见" not in body


def test_a_report_word_follows_what_was_heard() -> None:
    data = {
        "kind": "concluding_remarks",
        "meeting": {"date": "2023-10-20"},
        "region": {"level": "county", "name": "清溪县"},
        "speaker": {"title": "分管副县长"},
        "preceding": ["县教育局通报了前三季度重点工作进展", "各镇分管领导汇报了项目建设情况"],
    }
    for seed in (*SEEDS, 4, 5, 6):
        body = _body(data, seed)
        assert "这个报告" not in body
        assert not re.search(r"(?:^|\n|。)报告", body)


@pytest.mark.parametrize("seed", SEEDS)
def test_a_superior_s_speech_is_pledged_as_the_one_just_heard(seed: int) -> None:
    data = {
        "kind": "concluding_remarks",
        "meeting": {"date": "2031-02-20"},
        "region": {"level": "prefecture", "name": "临江州"},
        "speaker": {"title": "州长"},
        "preceding": ["州委书记作了重要讲话", "州教育局局长作了工作报告"],
    }
    body = _body(data, seed)
    # the speech pledged is the one just heard, named by who gave it (刚才的重要讲话 until
    # round ab's R: 州委书记的重要讲话); never a 重要讲话 nobody gave
    assert re.search(r"州委书记的重要讲话", body)
    assert not re.search(r"(?<!州委书记的)(?<!作了)重要讲话", body)


@pytest.mark.parametrize(
    ("kind", "level", "name", "title", "date"),
    [
        ("leader_speech", "province", "江南省", "省长", "2024-02-26"),
        ("safety", "town", "青石镇", "镇长", "2024-03-05"),
        ("safety", "county", "清溪县", "县委书记", "2021-03-05"),
    ],
)
def test_an_opening_names_one_guidance_not_a_list(
    kind: str, level: str, name: str, title: str, date: str
) -> None:
    data = {
        "kind": kind,
        "meeting": {"date": date},
        "region": {"level": level, "name": name},
        "speaker": {"title": title},
    }
    for seed in SEEDS:
        body = _body(data, seed)
        for sentence in re.findall(r"[^。]*(?:主要任务是|主要是学习贯彻)[^。]*。", body):
            named = re.findall(
                r"大精神|全国教育大会精神|中国教育现代化2035|教育强国建设规划纲要", sentence
            )
            assert len(named) <= 1, sentence


EMPTY_OR_OFF_REGISTER = (
    "每年的九月，都是一个收获感恩的季节",
    "教育的事业需要一代代人接力奋斗",
    "各级领导干部要在转作风上带好头",
    "教书育人靠的是耐心和恒心",
    "解决这些问题，需要各方面共同努力",
    "只有各方面同心协力",
    "干部的担当，要在急难险重任务中检验",
    "绩效评价要用数据说话",
    "讲的内容针对性很强",
    "情况讲清楚了，任务讲明白了",
    "这个报告有总结",
    "对重要讲话提出的各项要求",
    "为规划收官打好冲刺战",
    "为明年收官留出余地",
)


def test_the_bank_no_longer_holds_round_q_s_empty_or_off_register_lines() -> None:
    folder = builtin_templates_dir() / "phrases"
    text = "\n".join(p.read_text(encoding="utf-8") for p in folder.rglob("*.yaml"))
    assert [line for line in EMPTY_OR_OFF_REGISTER if line in text] == []


def test_a_government_head_does_not_cite_his_own_government_s_deployment() -> None:
    data = {
        "kind": "leader_speech",
        "meeting": {"date": "2019-02-22"},
        "region": {"level": "district", "name": "江湾区"},
        "speaker": {"title": "区长"},
    }
    # twelve seeds: on main seven of them closed on 按照区委、区政府的部署
    for seed in range(1, 13):
        body = _body(data, seed)
        assert not re.search(r"区政府的(?:部署|要求|决策)", body), seed
