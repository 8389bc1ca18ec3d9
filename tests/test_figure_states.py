"""Issue 11's F (and G where a figure is forced into a frame), rounds ad and ae (fact16): a
figure said in the state the profile gives it, and calendar words that count right.

A key task's figures (``priorities[].facts``) are this year's targets: the profile's field
says so. So no wording of the bank says one as what exists or as a resource (现有16个教育
集团, 依托5600家合作企业, 用好210家合作企业的资源, 在…达到94%的基础上), belittles the count
it carries (…达到45家，合作重在实效、不在签约数量), leaves its state unsaid at the head of a
sentence (普惠性幼儿园覆盖率达到72%，要靠…) or takes its goal as reached (…达到78%，不让大班额
问题反弹). A rate's claim is not followed by a count (本科上线率首次突破70%，达到512人). The
years left of a five-year plan are counted from the plan's years (2019 is not 离收官只剩一年:
2019 and 2020 remain: 紧接着就是规划收官之年). A mid-year head says the span the results
cover (2020年以来, not 今年以来, over 2020's results); 写入年度工作要点 is said at the year's start, 温暖过冬 before and in
winter, 代表们 after two speakers or more.

Profiles are this file's own; the patterns are this file's own, not the composer's.
"""

from __future__ import annotations

import datetime
import re
from pathlib import Path
from typing import Any

import pytest
from tests.truth_matrix import body_lines, render

from bank_support import bank_wordings
from speechdraft.genre import plan_year
from speechdraft.phrasebank import load_phrasebank, sayable
from speechdraft.resources import builtin_templates_dir

_FACT = re.compile(r"\{\{ fact\([\"'](?P<key>\w+)[\"']\) \}\}")
_COUNTED = ("个", "家", "所", "名", "人", "支", "处")


def _units() -> dict[str, str]:
    bank = load_phrasebank(builtin_templates_dir())
    return {
        spec.key: spec.unit
        for area in (*bank.areas.values(), *bank.safeguards.values())
        for spec in area.facts
    }


UNITS = _units()
FACT_WORDINGS = tuple(t for t in bank_wordings() if _FACT.search(t))


def _clause_before(text: str, at: int) -> str:
    return re.split(r"[，。；：]", text[:at])[-1]


# ---- the bank's wordings ----

_HELD_BEFORE = re.compile(r"(?:现有|已组建的?|已有|共有|依托|用好|发挥|巩固)$")
_HELD_AFTER = re.compile(r"^[^，。；]{0,10}(?:的资源|的基础上|的作用)")


def test_the_bank_has_figures_to_check() -> None:
    assert len(FACT_WORDINGS) > 400


def test_no_wording_says_a_task_figure_as_what_exists() -> None:
    """At main 9: 已组建的/现有N个教育集团, 依托/用好N家合作企业(的资源), 发挥/用好N名责任督学,
    在…毛入学率达到N的基础上, 巩固N的高中阶段毛入学率. A sum of money is budgeted: 用好
    N万元 is said of the year's budget and is not counted."""
    held = []
    for text in FACT_WORDINGS:
        for match in _FACT.finditer(text):
            if UNITS.get(match["key"], "") not in (*_COUNTED, "%"):
                continue
            before = _clause_before(text, match.start())
            if _HELD_BEFORE.search(before) or _HELD_AFTER.search(text[match.end() :]):
                held.append(text)
    assert not held, "\n".join(held)


def test_every_area_figure_is_asked_for_as_a_target() -> None:
    """The catalogue tells a clerk to type a current count where the bank says one as held
    (教育集团数 at main): a key task's figures are targets, and no wording makes one held."""
    bank = load_phrasebank(builtin_templates_dir())
    held = [
        spec.key
        for area in (*bank.areas.values(), *bank.safeguards.values())
        for spec in area.facts
        if area.counts_what_exists(spec)
    ]
    assert not held, held


_BELITTLE = re.compile(r"不在(?:签约)?数量|不在多|重实不重数|不求数量|不看数量|不在数字")


def test_no_wording_belittles_the_count_it_carries() -> None:
    """At main: 校企合作企业要达到{{…}}，合作重在实效、不在签约数量."""
    said = [
        text
        for text in FACT_WORDINGS
        if _BELITTLE.search(text)
        and any(UNITS.get(m["key"]) in _COUNTED for m in _FACT.finditer(text))
    ]
    assert not said, said


def test_no_target_takes_its_goal_as_reached() -> None:
    """At main: 要确保标准班额达标率达到{{…}}，不让大班额问题反弹 (a rebound presupposes
    the goal reached; the target says it is not)."""
    said = [t for t in FACT_WORDINGS if "反弹" in t]
    assert not said, said


_BARE = re.compile(r"(?:^|[。；])(?P<lead>[^，。；：{}]{2,20}?)达到\{\{ fact\([^)]*\) \}\}，")
_AIM = re.compile(r"要|今年|全年|年内|目标|任务|确保|推动|力争|争取|计划|必须")


def test_a_figure_opening_a_sentence_says_it_is_the_aim() -> None:
    """At main 16: 普惠性幼儿园覆盖率达到{{…}}，要靠公办园和普惠性民办园共同支撑 (current or
    target? round ae's G), 九年义务教育巩固率达到{{…}}，精准资助要出一份力, 专职保安员配备达标率
    达到{{…}}，… A lead that says 要达到, or a next clause that calls it the year's aim
    (…，是今年必须完成的任务), says the state."""
    bare = []
    for text in FACT_WORDINGS:
        for match in _BARE.finditer(text):
            rest = text[match.end() :]
            if _AIM.search(match["lead"]) or re.match(r"[^。；]{0,14}(?:目标|任务)", rest):
                continue
            bare.append(text)
    assert not bare, "\n".join(bare)


def test_no_wording_has_a_bureau_serve_its_own_inspections() -> None:
    """At main: 对今年的{{…}}教育专项督导，我们将全力做好配合 (a 厅长 whose office runs them)."""
    said = [t for t in bank_wordings() if "督导" in t and "全力做好配合" in t]
    assert not said, said


# ---- the calendar's words, as the renderer decides them ----

_WORK_POINTS = re.compile(r"(?:写入|纳入|列入|写进)(?:本部门)?(?:的)?年度工作要点")
_WINTER = re.compile(r"温暖过冬|安全过冬|度过冬天|入冬以后")
_ROLES = ("party_secretary", "government_head", "deputy", "bureau_chief", "group_head")


def _sayable_by_any(text: str, day: datetime.date) -> bool:
    return any(sayable(text, role, "county", day) for role in _ROLES)


def test_the_years_work_points_are_asked_for_at_its_start_only() -> None:
    """At main the 3 wordings with 写入/纳入/列入年度工作要点 were sayable at a June meeting."""
    said = [t for t in bank_wordings() if _WORK_POINTS.search(t)]
    assert len(said) >= 3
    assert any(_sayable_by_any(t, datetime.date(2024, 2, 20)) for t in said)
    for month in (4, 6, 9):
        late = [t for t in said if _sayable_by_any(t, datetime.date(2024, month, 12))]
        assert not late, (month, late)


def test_winter_is_not_wished_at_its_end() -> None:
    """At main 让师生温暖过冬 was a heading of a late-February opening (round ae's F)."""
    said = [t for t in bank_wordings() if _WINTER.search(t)]
    assert len(said) >= 2
    assert any(_sayable_by_any(t, datetime.date(2031, 11, 20)) for t in said)
    for month in (2, 3, 9):
        late = [t for t in said if _sayable_by_any(t, datetime.date(2031, month, 24))]
        assert not late, (month, late)


# ---- five-year plans ----


_LEFT_ONE = re.compile(r"(?:只剩|还剩|仅剩)(?:最后)?一年")


def test_no_frame_counts_one_year_left_in_a_plans_fourth() -> None:
    """At main: “{{ y.meeting }}年是…的攻坚之年，离规划收官只剩一年” (the fourth year and the
    fifth remain)."""
    bank = load_phrasebank(builtin_templates_dir())
    said = [t for u in bank.frames["common.plan_fourth"] for t in u.wordings if _LEFT_ONE.search(t)]
    assert not said, said


# ---- drafts of this file's own profiles ----

TITLES = {
    "leader_speech": "县委书记",
    "work_report": "教育局局长",
    "concluding_remarks": "副县长",
    "leading_group": "领导小组组长",
    "teachers_day": "县长",
    "school_opening": "教育局局长",
    "safety": "副县长",
}
LEVELS_HERE = ("county", "city", "province", "district", "banner", "prefecture")
# a plan's fourth year and others, a month of the year's start, a June one, a February one
DATES = {
    "leader_speech": ("2019-03-06", "2024-02-27", "2034-03-10"),
    "work_report": ("2029-02-20", "2019-03-12", "2026-02-26"),
    "concluding_remarks": ("2024-03-15", "2034-02-22", "2021-03-09"),
    "leading_group": ("2021-06-09", "2029-07-15", "2024-06-20"),
    "teachers_day": ("2018-09-08", "2030-09-09", "2023-09-08"),
    "school_opening": ("2031-02-24", "2019-02-25", "2026-08-28"),
    "safety": ("2020-06-18", "2033-02-21", "2028-04-09"),
}


def _profile(kind: str, level: str, date: str, seed: int) -> dict[str, Any]:
    data: dict[str, Any] = {
        "kind": kind,
        "meeting": {"date": date},
        "region": {"level": level, "name": "青溪"},
        "speaker": {"title": TITLES[kind]},
        "seed": seed,
        "preceding": ["县一中教师代表发言"] if kind == "teachers_day" else [],
        "review": {
            "achievements": [
                {"area": "义务教育", "figures": {"组建教育集团": "14个"}},
                {
                    "area": "普通高中",
                    "points": ["县一中高考本科上线率首次突破70%"],
                    "figures": {"本科上线": "512人"},
                },
                {"area": "学前教育", "figures": {"普惠性幼儿园覆盖率": "66.5%"}},
            ]
        },
        "priorities": [
            {"area": "义务教育", "facts": {"教育集团数": 16, "标准班额达标率": 85}},
            {"area": "学前教育", "facts": {"普惠性幼儿园覆盖率": 72}},
            {"area": "职业教育", "facts": {"校企合作企业数": 210, "“双师型”教师占比": 55}},
            {"area": "普通高中", "facts": {"高中阶段毛入学率": 94}},
            {"area": "校园安全", "points": ["冬季取暖和宿舍用电安全"]},
        ],
        "safeguards": [{"area": "督导考核", "facts": {"年度教育专项督导次数": 2}}, "部门协同"],
    }
    return data


CASES = [
    (kind, LEVELS_HERE[(k + i) % len(LEVELS_HERE)], date, i + 1)
    for k, (kind, dates) in enumerate(DATES.items())
    for i, date in enumerate(dates)
]

_HELD_SAID = re.compile(
    r"(?:现有|已组建的?|依托|用好|发挥)(?:16个|210家)|(?:16个|210家)[^，。；]{0,8}(?:的资源|的基础上)"
    r"|94%的基础上|巩固94%"
)
_STATE_UNSAID = re.compile(r"(?:^|[。；])[^，。；：要]{2,16}(?:率|占比)达到\d+%，(?!是今年)")
_RATE_COUNT = re.compile(r"率[^，。；]{0,8}(?:突破|超过)\d+%，达到\d+人")
_SPAN = re.compile(r"(?:看待|评价)(?:今年以来|上半年)的工作")
_MANY = re.compile(r"代表们|几位代表|几位同志")


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple, str]:
    folder = tmp_path_factory.mktemp("figure_states")
    return {
        case: "\n".join(body_lines(render(_profile(*case), folder, "-".join(map(str, case)))))
        for case in CASES
    }


def test_the_cases_cover_kinds_levels_years_and_seeds() -> None:
    assert {c[0] for c in CASES} == set(TITLES)
    assert {c[1] for c in CASES} == set(LEVELS_HERE)
    assert {c[3] for c in CASES} == {1, 2, 3}
    assert len({c[2][:4] for c in CASES}) >= 10


def _found(drafts: dict, pattern: re.Pattern[str]) -> dict[str, list[str]]:
    return {
        "-".join(map(str, case)): pattern.findall(text)
        for case, text in drafts.items()
        if pattern.search(text)
    }


def test_no_draft_says_a_task_target_as_held(drafts: dict) -> None:
    assert not _found(drafts, _HELD_SAID)


def test_no_draft_opens_a_sentence_with_a_rate_in_no_state(drafts: dict) -> None:
    found = {name: [s for s in hits if s] for name, hits in _found(drafts, _STATE_UNSAID).items()}
    assert not {k: v for k, v in found.items() if v}


def test_no_draft_says_a_rates_claim_reached_a_count(drafts: dict) -> None:
    """At main: 县一中高考本科上线率首次突破70%，达到512人."""
    assert not _found(drafts, _RATE_COUNT)
    said = [c for c, text in drafts.items() if "512人" in text]
    assert said  # the count is still said, as itself


def test_a_mid_year_head_names_the_span_its_results_cover(drafts: dict) -> None:
    """At main: 客观看待今年以来的工作 over results of the year before (review_year by default)."""
    assert not _found(drafts, _SPAN)
    june = [t for c, t in drafts.items() if c[0] == "leading_group"]
    # the item is the speaker's own (关于…以来的工作: round ap's R, branch heading30); results
    # that name no year give no year to name (round au's A F: 2022年以来 over them): 前一阶段
    # (a result that names the year: tests/test_round_au37.py)
    assert all(
        re.search(r"(?:看待|评价|关于|说一说)前一阶段的工作|肯定前一阶段取得的成绩", t)
        for t in june
    )
    assert not any(re.search(r"20\d\d年以来", t) for t in june)


def test_no_draft_counts_one_year_left_before_a_plans_last(drafts: dict) -> None:
    for case, text in drafts.items():
        if plan_year(int(case[2][:4])).index != 5:
            assert not _LEFT_ONE.search(text), case


def test_one_speaker_is_not_called_several(drafts: dict) -> None:
    assert not _found(drafts, _MANY)


def test_winter_and_work_points_fit_the_month(drafts: dict) -> None:
    for case, text in drafts.items():
        month = int(case[2][5:7])
        if 2 <= month <= 9:
            assert not _WINTER.search(text), case
        if 4 <= month <= 10:
            assert not _WORK_POINTS.search(text), case


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5, 6])
def test_a_teachers_day_with_one_speaker_says_one(tmp_path: Path, seed: int) -> None:
    """At main some seeds say 代表们的发言/几位代表 after 县一中教师代表发言 alone."""
    data = _profile("teachers_day", "county", "2030-09-09", seed)
    text = "\n".join(body_lines(render(data, tmp_path, f"td{seed}")))
    assert not _MANY.search(text)
    data["preceding"] = ["县一中教师代表发言", "乡村教师代表发言"]
    assert render(data, tmp_path, f"td2-{seed}")  # two speakers: the plural may be said


def test_a_standard_still_to_be_filled_is_asked_for_as_a_standard() -> None:
    """At main: 义务教育生均公用经费标准为【待补】，这是…底线 became 标准的目标是【待补】 (round
    ae's G: a standard is a rule's value, not an aim); a rate still reads 的目标是."""
    from speechdraft.compose.render import no_floor_on_a_gap
    from speechdraft.markup import TOKEN_CLOSE, TOKEN_OPEN

    gap = f"{TOKEN_OPEN}fact:义务教育生均公用经费标准（元）{TOKEN_CLOSE}"
    said = no_floor_on_a_gap(f"义务教育生均公用经费标准为{gap}，这是学校正常运转的底线，只能提高。")
    assert "标准的目标是" not in said and f"标准为{gap}" in said
    rate = f"{TOKEN_OPEN}fact:普惠性幼儿园覆盖率（%）{TOKEN_CLOSE}"
    said = no_floor_on_a_gap(f"普惠性幼儿园覆盖率达到{rate}，是今年普惠发展的底线目标。")
    # said as a target the speaker strives for (branch bare21: 力争…达到【待补】, not a bare
    # …的目标是【待补】。), never as a standard
    assert f"力争普惠性幼儿园覆盖率达到{rate}" in said and "标准" not in said


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_places_rate_joins_no_point_about_one_school(tmp_path: Path, seed: int) -> None:
    """At main the whole banner's 高中阶段毛入学率 was glued to one school's point because both
    say 高中 (round ae's G: 争取与…优质高中开展结对帮扶；同时…全旗高中阶段毛入学率计划达到94%)."""
    data = _profile("concluding_remarks", "banner", "2025-03-04", seed)
    data["priorities"] = [
        {
            "area": "县一中提质",
            "points": ["8月底前新教学楼投入使用", "争取与省城优质高中开展结对帮扶"],
            "facts": {"高中阶段毛入学率": 94},
        }
    ]
    lines = body_lines(render(data, tmp_path, f"hs{seed}"))
    sentences = [s for line in lines for s in re.split(r"[。；]", line)]
    assert any("94%" in s for s in sentences)
    glued = [s for s in sentences if "结对帮扶" in s and "毛入学率" in s]
    assert not glued, glued


@pytest.mark.parametrize("kind", ["school_opening", "teachers_day"])
def test_a_task_figure_keeps_the_clerks_year_at_an_autumn_meeting(
    tmp_path: Path, kind: str
) -> None:
    """At main a September plan figure became 本学年全县计划新补充教师120名 (rounds ad and ae's
    F: the profile's figure is the year's, not the school year's)."""
    data = _profile(kind, "county", "2025-09-01", 1)
    data["priorities"] = [{"area": "燃气安全", "facts": {"学校食堂燃气改造": "86所"}}]
    text = "\n".join(body_lines(render(data, tmp_path, kind)))
    said = [s for s in re.split(r"[。；]", text) if "86所" in s]
    assert said and not any("本学年" in s for s in said), said


_ONE_YEAR = re.compile(
    r"过去(?:的)?一年|一年来|年度(?:重点工作|目标任务)|年初(?:确定|部署)|回顾去年"
)


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5, 6])
def test_a_look_back_over_a_whole_plan_is_not_one_years(tmp_path: Path, seed: int) -> None:
    """At main some seeds opened “十五五”时期…回顾 with 过去一年…年度重点工作有序推进 (round
    ae's F): where the review closes a plan and speaks of it, its lines speak of the plan."""
    data = _profile("work_report", "province", "2031-02-20", seed)
    data["speaker"] = {"title": "省教育厅厅长"}
    data["review"] = {
        "achievements": [
            {"area": "规划实施", "points": ["全省教育事业发展“十五五”规划各项指标全面完成"]},
            {"area": "职业教育", "figures": {"中高职在校生": "28.6万人"}},
        ]
    }
    lines = body_lines(render(data, tmp_path, f"wr{seed}"))
    assert any("“十五五”时期" in line for line in lines[:4])
    # the opening and the look back, up to the next part, which names the year planned for
    end = next(i for i, line in enumerate(lines) if i > 2 and re.search("2031年|今年", line))
    said = [line for line in lines[:end] if _ONE_YEAR.search(line)]
    assert not said, said


_COUNTED_AHEAD = re.compile(r"(?:这|以下)(?:两|三|四|五)(?:个方面|点)")


def test_no_opening_line_counts_what_the_announcement_counts_again() -> None:
    """At main concluding_remarks.open_focus said 我就这两个方面再说几句 before the announce
    slot's 我再强调三点意见 (round ae's F): a line before the announcement counts nothing."""
    bank = load_phrasebank(builtin_templates_dir())
    said = [
        text
        for slot, units in bank.frames.items()
        if slot.endswith(("open_focus", "open_meeting"))
        for unit in units
        for text in unit.wordings
        if _COUNTED_AHEAD.search(text)
    ]
    assert not said, said
