"""Round l of issue 11's blind review (docs/review/2026-11-30l): what the frames, safeguards
and the rules of voice and calendar still let a speaker say wrong, in the kinds that read
worst (leading group, teachers' day, leader speech, school opening).

- A, invented specifics: a thanks naming departments nobody named, tasks "已经明确" before the
  meeting set them, topics for 专题研究 nobody chose, boarding and epidemic lines where the
  profile has neither;
- L, level and role: a town promising the county's 只增不减 or pairing 城区学校, a province
  setting classroom rules, a group head naming his own 省委 in the third person;
- F, the meeting's date and what preceded: a July meeting reviewing 过去一年, a September
  speech planning the year's new teachers, 议定事项 and 成员单位 with no leading group;
- E, empty frame lines: rewritten with something said, a hope list without two hopes alike.

Every profile is built here; every draft is rendered and read back.
"""

from __future__ import annotations

import datetime
import re
from pathlib import Path
from typing import Any

import pytest
from tests.test_voice_levels import _profile, _render, _text

from speechdraft.genre import LEVELS
from speechdraft.phrasebank import Unit, load_phrasebank, sayable
from speechdraft.resources import builtin_templates_dir
from speechdraft.situation import presupposed, read_situation
from speechdraft.voice import ROLES, untimely

BANK = load_phrasebank(builtin_templates_dir())
SEEDS = (1, 2, 3)
PROVINCIAL = ("province", "autonomous_region")

# What round l's readers changed, as it stood in the frames and safeguards (A, F, E).
STRUCK = (
    "财政、编制、人社、发改、住建等部门",
    "在资金、用地和项目建设上都给予了配合",
    "工作任务已经明确",
    "任务安排已经明确",
    "学校布局、队伍建设、经费保障",
    "请领导小组办公室跟踪督办",
    "分解到处室",
    "有几个方面值得我们记住",
    "今年抓教师工作",
    "珍惜教师职业的崇高荣誉",
    "做终身学习的表率",
    "就开学工作，我再强调",
    "是全年工作的基础",
    "不让工地和课堂混在一起",
    "联系渠道要保持畅通",
    "每一项准备都关系到学生能不能顺利上课",
    "把有限的资源用在最需要的地方",
    "抓落实贵在持之以恒",
    "进展快的要总结经验",
    "哪个环节卡住了",
    "这正是开领导小组会议的出发点",
    "计划定下来以后",
    "不搞形式主义，不做表面文章",
)


def _frame_and_safeguard_wordings() -> list[str]:
    texts = [t for units in BANK.frames.values() for unit in units for t in unit.wordings]
    for area in BANK.safeguards.values():
        for family in area.families:
            texts += [t for unit in (*family.headings, *family.units) for t in unit.wordings]
    return texts


def _every_unit() -> list[Unit]:
    """Frames, and every heading and unit of the areas and safeguards."""
    units = [unit for frame in BANK.frames.values() for unit in frame]
    for area in (*BANK.areas.values(), *BANK.safeguards.values()):
        for family in area.families:
            units += [*family.headings, *family.units]
    return units


UNITS = _every_unit()
DAY = datetime.date(2026, 3, 10)
KINDS_READ = ("leader_speech", "teachers_day", "school_opening", "leading_group", "work_report")


def _said(level: str, pattern: str, unless: str | None = None, **where: Any) -> list[str]:
    """The wordings some role may say at ``level`` (tags and voice, no situation) that match
    ``pattern`` and not ``unless``."""
    found, excused = re.compile(pattern), re.compile(unless) if unless else None
    day = where.get("day", DAY)
    situation = where.get("situation", frozenset())
    hits = []
    for unit in UNITS:
        for role in where.get("roles", ROLES):
            if not any(
                unit.tags.admit(kind, role, level, day.year, situation, day.month)
                for kind in KINDS_READ
            ):
                continue
            if not unit.presupposes <= situation:
                continue
            for text in unit.wordings:
                if (
                    found.search(text)
                    and not (excused and excused.search(text))
                    and sayable(text, role, level, day, where.get("group_named", False))
                ):
                    hits.append(f"{role}: {text}")
    return hits


def test_no_frame_or_safeguard_wording_says_what_round_l_struck() -> None:
    texts = _frame_and_safeguard_wordings()
    assert len(texts) > 1000  # the whole bank was read
    found = [(word, text) for text in texts for word in STRUCK if word in text]
    assert found == []


def test_the_rewritten_units_keep_their_number_of_wordings() -> None:
    """A rewrite replaces a wording, it does not drop one: the units readers marked keep as
    many ways of saying them as before (variety)."""
    frames = BANK.frames
    counts = {
        "leading_group.review_credit": 8,
        "leading_group.open_frame": 8,
        "leading_group.target_link": 8,
        "leading_group.close_judge": 8,
        "teachers_day.hope_extra": 8,
        "teachers_day.guideline_lead": 8,
        "school_opening.announce": 8,
    }
    for slot, units in counts.items():
        assert len(frames[slot]) >= units, slot


# -- A: what the profile never raised ------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "situation"),
    [
        ("寄宿制学校要提前安排好宿舍", "boarding"),
        ("做好校园疫情防控", "epidemic"),
        ("生活教师要配齐", "boarding"),
    ],
)
def test_a_boarding_or_epidemic_line_presupposes_what_the_profile_must_say(
    words: str, situation: str
) -> None:
    assert presupposed(words) == {situation}
    assert presupposed("守好食品安全和卫生防疫关口，落实晨午检制度") == frozenset()
    assert situation in read_situation(["全镇有寄宿制学校3所，住校生800人", "新冠疫情防控"])
    assert situation not in read_situation(["全镇有中心学校1所、村小4所"])


def test_no_unit_on_boarding_or_epidemics_is_admitted_unless_the_profile_raises_it() -> None:
    units = [u for u in UNITS if re.search(r"寄宿|生活教师|疫情|(?<!卫生)防疫", u.text)]
    assert len(units) >= 5  # the bank has such units; they are not deleted, only gated
    for unit in units:
        for role in ROLES:
            for kind in ("leader_speech", "teachers_day", "school_opening", "safety"):
                assert not unit.admitted(kind, role, "town", DAY, situation=frozenset()), unit.text
    raised = frozenset({"boarding", "epidemic"})
    day = datetime.date(2021, 3, 10)  # an epidemic year, for the dated terms
    assert any(
        unit.admitted(kind, role, "county", day, situation=raised)
        for unit in units
        for role in ROLES
        for kind in ("leader_speech", "school_opening", "safety")
    )


TOWN_PROFILE_NO_BOARDING = {
    "review": {
        "achievements": [{"area": "义务教育", "points": ["中心学校新建风雨操场1座"]}],
        "problems": ["村小教师年龄偏大"],
    }
}


@pytest.mark.parametrize("kind", ["teachers_day", "school_opening", "leader_speech"])
@pytest.mark.parametrize("year", [2018, 2024, 2031])
def test_a_town_without_boarding_schools_is_given_no_boarding_lines(
    tmp_path: Path, kind: str, year: int
) -> None:
    """Round l's A: 寄宿制学校的宿舍、食堂、浴室要改善，生活教师要配齐 in a town whose profile
    names one 中心学校 and its 村小."""
    data = _profile(kind, "town", "青石镇", "镇党委书记", **TOWN_PROFILE_NO_BOARDING)
    data["priorities"] = ["义务教育", "教师队伍建设", "校园安全"]
    data["meeting"]["date"] = data["meeting"]["date"].replace("2026", str(year))
    for seed in SEEDS:
        text = _text(_render(data, seed))
        assert "风雨操场" in text  # the clerk's point is kept
        assert not re.search(r"寄宿|住校|生活教师|疫情|(?<!卫生)防疫", text), (seed, text)


@pytest.mark.parametrize("level", ["county", "county_city", "city", "province"])
def test_a_leading_groups_thanks_names_no_department_and_sets_no_topic(
    tmp_path: Path, level: str
) -> None:
    """Round l's A: 财政、编制、人社、发改、住建等部门…给予了有力配合; 明年的工作任务已经
    明确; 把学校布局、队伍建设、经费保障作为专题研究的重点."""
    words = LEVELS[level]
    data = _profile(
        "leading_group", level, "云州" + words.unit, words.unit + "委书记、领导小组组长"
    )
    data["meeting"] = {"name": words.unit + "委教育工作领导小组全体会议", "date": "2026-11-24"}
    data["review"] = {
        "achievements": [{"area": "学前教育", "figures": {"新增公办幼儿园学位": "2400个"}}],
        "problems": ["城区学位紧张"],
    }
    for seed in SEEDS:
        text = _text(_render(data, seed))
        assert "2400个" in text
        for struck in ("财政、编制、人社", "工作任务已经明确", "学校布局、队伍建设、经费保障"):
            assert struck not in text, (seed, struck)


# -- L: what a level and a role may say ----------------------------------------------------


def test_a_town_never_pledges_the_countys_budget() -> None:
    """Round l's L: a 乡长 promising 一般公共预算教育支出逐年只增不减 (and a heading 确保教育
    投入只增不减): a town has no education budget of its own."""
    pattern = r"只增不减|two_no_decrease|一般公共预算教育支出"
    assert _said("town", pattern, unless=r"争取|配合|提请|反映") == []
    assert _said("county", pattern) != []  # the county still says it


def test_a_town_has_no_city_schools_and_no_departments_for_teachers_housing() -> None:
    """Round l's L: 推动城区学校与乡村学校结对, 推进城乡义务教育一体化, 住房、就医、子女入学
    都要有部门管 in a town's teachers' day speech."""
    assert _said("town", r"城区学校|城乡义务教育一体化") == []
    assert _said("town", r"(?:住房|就医|子女入学)[^。；]{0,16}部门") == []
    assert _said("county", r"城区学校|城乡义务教育一体化") != []


@pytest.mark.parametrize("level", PROVINCIAL)
def test_a_province_sets_no_classroom_rules(level: str) -> None:
    """Round l's L: an autonomous region's 副厅长 told schools to clean 教室、宿舍、食堂, mark a
    pick-up zone at the gate, pace the starting grade; a region paired new teachers 一对一."""
    pattern = (
        r"(?:教室|宿舍|食堂)[^。；]{0,8}(?:清洁|清扫|消毒)|校门口[^。；]{0,6}划定|学校门口"
        r"|起始年级[^。；]{0,4}教师|青蓝结对"
    )
    hits = _said(
        level, pattern, unless=r"各地|督促|指导各|推动各", situation=frozenset({"boarding"})
    )
    assert hits == []
    assert _said("county", pattern, situation=frozenset({"boarding"})) != []


def test_a_group_head_does_not_name_his_own_party_in_the_third_person() -> None:
    """Round l's L: a 省委书记、领导小组组长 closed on 在省委的坚强领导下."""
    closing = "同志们，让我们在{{ w.party }}的坚强领导下，凝心聚力、真抓实干，把{{ w.our }}教育事业办得更好。"
    for level in LEVELS:
        assert not sayable(closing, "group_head", level, DAY, True)
        assert not sayable(closing, "party_secretary", level, DAY, True)
    assert sayable(closing, "bureau_chief", "county", DAY, True)


def test_the_members_tasks_go_to_their_posts_not_to_a_levels_offices() -> None:
    """Round l's L: 把任务分解到处室 said to a county-level city's 成员单位 (they have 股室)."""
    wordings = [t for unit in BANK.frames["leading_group.open_frame"] for t in unit.wordings]
    assert any("分解到岗位" in t for t in wordings)
    assert not any(re.search(r"分解到(?:处室|科室|股室)", t) for t in wordings)


# -- F: the date and what preceded ------------------------------------------------------------


@pytest.mark.parametrize("level", ["county", "city", "province"])
def test_without_a_leading_group_no_member_units_and_no_decisions_to_track(level: str) -> None:
    """Round l's F: 议定事项一律进入督办台账 and 各成员单位要按工作规则办事 in a county leader's
    speech whose profile names no leading group."""
    pattern = r"议定事项|议定的事项|成员单位|工作规则"
    assert _said(level, pattern, group_named=False) == []
    assert _said(level, pattern, group_named=True) != []


def test_a_countys_townships_are_not_told_to_budget_for_schools() -> None:
    """Round l's F: 各乡镇要依法落实教育投入责任，把应承担的教育经费足额列入预算 under 以县
    为主; the counties below a city are."""
    pattern = r"\{\{ w\.below \}\}[^。；]{0,12}(?:列入预算|投入责任)"
    for level in ("county", "district", "county_city", "banner"):
        assert _said(level, pattern) == [], level
    assert _said("city", pattern) != []


@pytest.mark.parametrize("month", [9, 10])
def test_by_autumn_the_years_new_teachers_are_not_planned(month: int) -> None:
    """Round l's F: 今年计划新补充教师【待补】 / 今年新补充的教师…要优先满足乡村学校 at a
    September teachers' day: they were placed before term."""
    for said in (
        "今年计划新补充教师100名",
        "今年新补充的教师要优先满足乡村学校",
        "今年要补充音体美教师",
        "全年要新补充教师100名，新进人员主要用于充实农村学校",
    ):
        assert untimely(said, month) is not None
    assert untimely("今年计划新补充教师100名", 3) is None
    # a November meeting plans next year's recruits (今年 is read as 明年 then)
    assert untimely("今年计划新补充教师100名", 11) is None
    assert untimely("欢迎今年新入职的老师们", month) is None


@pytest.mark.parametrize("level", ["county", "city", "town"])
@pytest.mark.parametrize("year", [2019, 2028, 2035])
def test_a_september_teachers_day_does_not_plan_this_years_recruits(
    tmp_path: Path, level: str, year: int
) -> None:
    words = LEVELS[level]
    data = _profile("teachers_day", level, "云州" + words.unit, words.unit + "委书记")
    data["meeting"]["date"] = f"{year}-09-09"
    data["priorities"] = ["教师发展", "教师培养培训", "教师队伍建设"]
    for seed in SEEDS:
        text = _text(_render(data, seed))
        assert "老师" in text and "节日" in text
        assert not re.search(r"今年(?:计划|要|拟|将)?(?:新)?补充(?:的)?[^。；，]{0,4}教师", text), (
            seed
        )
        assert "今年抓教师工作" not in text and "珍惜教师职业的崇高荣誉" not in text


@pytest.mark.parametrize("level", ["county", "prefecture", "province"])
@pytest.mark.parametrize("month", ["06-20", "07-10", "08-15"])
def test_a_mid_year_meeting_does_not_review_the_past_year(
    tmp_path: Path, level: str, month: str
) -> None:
    """Round l's F: a July leading group 正确看待过去一年的工作; a June safety meeting
    回顾去年工作."""
    words = LEVELS[level]
    for kind in ("leading_group", "safety"):
        data = _profile(kind, level, "云州" + words.unit, words.unit + "委书记、领导小组组长")
        data["meeting"] = {
            "name": words.unit + "委教育工作领导小组全体会议",
            "date": f"2030-{month}",
        }
        for seed in SEEDS:
            text = _text(_render(data, seed))
            assert not re.search(r"过去一年|去年(?:的)?工作", text), (kind, seed)


# -- E: lines that say something; hopes said once ---------------------------------------------


@pytest.mark.parametrize("level", ["town", "county", "autonomous_region"])
@pytest.mark.parametrize("year", [2018, 2023, 2035])
def test_a_teachers_day_hope_list_says_no_hope_twice(tmp_path: Path, level: str, year: int) -> None:
    """Round l's D/E: 做学习型教师 and 五是做终身学习的表率; two 关爱学生 hopes (以爱育爱)."""
    words = LEVELS[level]
    data = _profile("teachers_day", level, "云州" + words.unit, words.unit + "委书记")
    data["meeting"]["date"] = f"{year}-09-09"
    data["duration_minutes"] = 40
    for seed in SEEDS:
        text = _text(_render(data, seed))
        hopes = re.findall(r"[一二三四五六七八九]是([^。]+)。", text)
        assert len(hopes) >= 3, seed
        sentences = text.split("\n")  # one hope a paragraph
        for idea in (r"终身学习|学习型教师", r"以爱育爱|知心朋友|贴心人"):
            assert sum(1 for s in sentences if re.search(idea, s)) <= 1, (seed, idea)


# -- round k's L and F lines still standing in round l -----------------------------------------


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("自治区党委常委、宣传部部长", "deputy"),
        ("市政府副秘书长", "deputy"),
        ("县委常委、常务副县长", "deputy"),
        ("县委书记", "party_secretary"),
        ("县委副书记、县长", "government_head"),
    ],
)
def test_a_standing_committee_member_or_a_secretary_general_speaks_as_a_deputy(
    title: str, role: str
) -> None:
    """Round k's L: a region's 宣传部部长 read as its party secretary spoke for the four bodies."""
    from speechdraft.voice import role_from_title

    assert role_from_title(title) == role


@pytest.mark.parametrize(
    ("text", "role", "level"),
    [
        ("考核结果要由组织、人社部门运用到干部评价和绩效管理中去。", "government_head", "banner"),
        ("要坚持重实干、重实绩的用人导向，让真抓实干的干部得到重用。", "deputy", "county"),
        ("坚持失责必问，履职不力造成严重后果的，依规依纪严肃处理。", "school_head", "town"),
        (
            "我们将积极配合属地和有关部门，对学校反映的周边问题逐件跟进。",
            "bureau_chief",
            "province",
        ),
    ],
)
def test_orders_beyond_the_speakers_reach_are_not_said(text: str, role: str, level: str) -> None:
    assert not sayable(text, role, level, DAY, True)
    # the same line stays with a speaker who may say it
    assert sayable(text, "party_secretary", "county", DAY, True) or "配合属地" in text


PRECEDING_MIXED = [
    "县教育局局长作了工作报告",
    "县政府与各乡镇签订了教育目标管理责任书",
    "会议表彰了教育教学质量先进单位",
]


@pytest.mark.parametrize("year", [2017, 2025, 2033])
def test_an_endorsement_after_a_report_and_a_signing_is_not_all_讲得(
    tmp_path: Path, year: int
) -> None:
    """Round l's F: 讲得都很有针对性，我完全同意 after a report, a 责任书 signed and units
    commended (a signing is not 讲)."""
    data = _profile("leader_speech", "county", "河阳县", "县委书记", preceding=PRECEDING_MIXED)
    data["meeting"]["date"] = f"{year}-02-23"
    for seed in SEEDS:
        text = _text(_render(data, seed))
        items, endorsement, *rest = text[text.index("刚才，") :].split("。")
        assert "责任书" in items  # the clerk's items are all read out
        assert not re.search(r"讲得都|大家讲得|几位同志讲得|刚才的讲话都", endorsement), endorsement
        # the items that were not spoken are answered as what they are, by name (they were
        # 其他几项安排 until round ab's R: name them, and say what to do about the signing)
        answer = "。".join(rest[:2])
        assert "责任书" in answer and "表彰" in answer, answer
        assert not re.search(r"讲得|我(?:完全|都)同意", answer), answer


@pytest.mark.parametrize(
    ("text", "role", "level"),
    [
        (
            "各有关部门要把为教师办实事列入本部门工作，在住房、就医方面提供便利。",
            "party_secretary",
            "town",
        ),
        ("开展无证园排查治理，对不具备办园条件的坚决取缔。", "government_head", "town"),
        (
            "对校园安全，{{ w.below }}主要负责同志要经常过问，分管负责同志要盯紧抓实。",
            "deputy",
            "city",
        ),
    ],
)
def test_round_ls_remaining_level_slips_are_barred(text: str, role: str, level: str) -> None:
    """Round l's L: a town's 部门 for teachers' housing, a 乡长's 坚决取缔, a deputy telling the
    counties' principals what to do; the county (or its principal) still says them."""
    assert not sayable(text, role, level, DAY, True)
    assert sayable(text, "party_secretary", "county", DAY, True)


def test_a_september_speech_still_says_the_clerks_count_of_new_teachers(tmp_path: Path) -> None:
    """The calendar rule drops the bank's plan, never the clerk's figure."""
    data = _profile("teachers_day", "county", "河阳县", "县委书记")
    data["meeting"]["date"] = "2028-09-09"
    data["priorities"] = [{"area": "教师队伍建设", "facts": {"今年新补充教师人数": 126}}]
    for seed in SEEDS:
        assert "126" in _text(_render(data, seed)), seed
