"""The plan-year line over every month of 2016–2035 (round x's Y/F: “十四五”规划实施进入第四个
年头，明年是攻坚的一年 at a November 2023 meeting mixed the meeting's year and the year planned
for; 今年是…攻坚之年…确保明年如期收官 said 明年 twice for two years).

A November or December meeting plans for the next year (context.PLANS_NEXT_YEAR_FROM_MONTH):
its 今年 is said 明年 (weave.for_planned_year). The line must name the year it speaks of first,
and every phase and count it says must be that year's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import Any

import jinja2
import pytest

from speechdraft.compose.context import PLANS_NEXT_YEAR_FROM_MONTH, Years
from speechdraft.compose.weave import for_planned_year
from speechdraft.genre import plan_year

YEARS = range(2016, 2036)
MONTHS = range(1, 13)
SLOTS = ("plan_first", "plan_second", "plan_mid", "plan_fourth", "plan_last")
_NUMERALS = "一二三四五"
_PHASE_INDEX = {"开局之年": 1, "关键之年": 2, "承上启下之年": 3, "攻坚之年": 4, "收官之年": 5}
_PLAN = re.compile(r"“(十.五)”")
# the phase said of the year (今年是“十四五”攻坚之年), not one named in passing (巩固开局之年的成果)
_PHASE_SAID = re.compile(r"(?:是|正值)“十.五”(?:规划(?:实施)?)?的?(" + "|".join(_PHASE_INDEX) + ")")


@cache
def _wordings() -> tuple[str, ...]:
    from speechdraft.phrasebank import load_phrasebank
    from speechdraft.resources import builtin_templates_dir

    bank = load_phrasebank(builtin_templates_dir())
    return tuple(
        text for slot in SLOTS for unit in bank.frames[f"common.{slot}"] for text in unit.wordings
    )


def _years(year: int, month: int) -> Years:
    planned = year + 1 if month >= PLANS_NEXT_YEAR_FROM_MONTH else year
    return Years(
        meeting=planned,
        review=year - 1 if month < PLANS_NEXT_YEAR_FROM_MONTH else year,
        plan=plan_year(planned),
        review_plan=plan_year(year - 1),
        held=year,
    )


def _problems(sentence: str, years: Years) -> list[str]:
    """What a plan-year line says wrong of the year it plans for."""
    planned = years.meeting
    said = []
    opening = re.match(r"^(?:“十.五”开局之后，)?(今年|明年|(\d{4})年)", sentence)
    if opening is None:
        said.append("does not name its year first")
    elif opening.group(2) and int(opening.group(2)) != planned:
        said.append(f"names {opening.group(2)} for {planned}")
    own, other = ("明年", "今年") if years.ahead else ("今年", "明年")
    if other in sentence or "后年" in sentence:
        said.append(f"says {other} at a meeting planning {planned} ({own})")
    plan = plan_year(planned)
    names = _PLAN.findall(sentence)
    if not names or names[0] != plan.plan:
        said.append(f"names {names[:1]} for {plan.plan}")
    for count in re.findall(r"第(.)个年头", sentence):
        if _NUMERALS.find(count) + 1 != plan.index:
            said.append(f"第{count}个年头 for year {plan.index}")
    for phase in _PHASE_SAID.findall(sentence):
        if _PHASE_INDEX[phase] != plan.index:
            said.append(f"{phase} for year {plan.index}")
    return said


def _render(source: str, years: Years) -> str:
    text = for_planned_year(source, years.ahead)
    return jinja2.Environment(undefined=jinja2.StrictUndefined).from_string(text).render(y=years)


def _index_slot(index: int) -> str:
    return {1: "plan_first", 2: "plan_second", 4: "plan_fourth", 5: "plan_last"}.get(
        index, "plan_mid"
    )


@pytest.mark.parametrize("year", YEARS)
def test_every_plan_year_wording_fits_every_month(year: int) -> None:
    from speechdraft.phrasebank import load_phrasebank
    from speechdraft.resources import builtin_templates_dir

    bank = load_phrasebank(builtin_templates_dir())
    wrong = []
    for month in MONTHS:
        years = _years(year, month)
        slot = _index_slot(years.plan.index)
        for unit in bank.frames[f"common.{slot}"]:
            for source in unit.wordings:
                sentence = _render(source, years)
                for problem in _problems(sentence, years):
                    wrong.append(f"{year}-{month:02d} {sentence} — {problem}")
    assert wrong == []


def test_the_plan_year_wordings_are_all_read() -> None:
    assert len(_wordings()) >= 40


@pytest.mark.parametrize(("year", "month"), [(2023, 11), (2023, 12), (2024, 3), (2029, 11)])
@pytest.mark.parametrize("kind", ["leader_speech", "work_report", "leading_group"])
def test_the_plan_year_line_in_a_draft(
    spoken_of: Callable[[dict[str, Any]], str], year: int, month: int, kind: str
) -> None:
    years = _years(year, month)
    for seed in (1, 2, 3, 4):
        data = {
            "kind": kind,
            "meeting": {"date": f"{year}-{month:02d}-20"},
            "region": {"level": "county", "name": "临河县"},
            "speaker": {"title": "县委书记" if kind != "work_report" else "县教育局局长"},
            "priorities": ["学前教育", "校园安全"],
            "seed": seed,
        }
        text = spoken_of(data)
        lines = [
            s
            for s in re.split(r"[。\n]", text)
            if re.search(r"年头|^(?:今年|明年|\d{4}年)(?:是|正值|，)?“十.五”", s)
        ]
        assert lines, text[:300]
        for line in lines:
            assert _problems(line, years) == [], line


# -- round y's F and Y: what a draft says of its own meeting's time and agenda

Spoken = Callable[[dict[str, Any]], str]
SEEDS = (1, 2, 3)


def _leader(day: str, seed: int, **more: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "kind": "leader_speech",
        "meeting": {"date": day},
        "region": {"level": "prefecture", "name": "青岚州"},
        "speaker": {"title": "州委书记"},
        "preceding": ["州长通报了全州教育发展情况"],
        "priorities": ["学前教育", "教师队伍"],
        "seed": seed,
    }
    data.update(more)
    return data


_FIVE_YEARS = {
    "achievements": [
        {
            "area": "项目建设",
            "figures": {"“十三五”教育投入": "48.2亿元", "新建改扩建学校": "236所"},
        },
        {"area": "教育质量", "points": ["高考本科上线人数五年增长六成"]},
    ]
}


@pytest.mark.parametrize("kind", ["leader_speech", "work_report", "concluding_remarks"])
@pytest.mark.parametrize("seed", SEEDS)
def test_a_look_back_over_the_plan_is_said_as_its_span(
    spoken_of: Spoken, kind: str, seed: int
) -> None:
    """回顾2020年 over five-year totals (round y's F): the look back is the plan's."""
    data = _leader("2021-03-05", seed, review=_FIVE_YEARS, kind=kind)
    if kind == "work_report":
        data["speaker"] = {"title": "州教育局局长"}
    text = spoken_of(data)
    assert re.search(r"(?:回顾|总结)2020年", text) is None
    assert "2020年，" not in text


@pytest.mark.parametrize("seed", SEEDS)
def test_a_plain_look_back_keeps_its_year(spoken_of: Spoken, seed: int) -> None:
    from speechdraft.compose.weave import plan_reviewed

    plain = {"achievements": [{"area": "项目建设", "figures": {"新建改扩建学校": "36所"}}]}
    text = spoken_of(_leader("2021-03-05", seed, review=plain))
    assert "“十三五”时期" not in text
    assert plan_reviewed("十三五", 5, ["新建学校36所"]) == ""
    assert plan_reviewed("十三五", 4, ["“十三五”教育投入"]) == ""
    assert plan_reviewed("十三五", 5, ["“十三五”教育投入"]) == "十三五"


_PLANS_PRAISED = re.compile(
    r"安排具体|部署工作|具体安排|有部署|部署的任务|任务讲实|提出的思路|思路(?:讲得|清晰|明确|清楚)"
    r"|措施具体|措施提得|讲打算|情况和打算|情况和安排|工作安排|意见和措施|情况和措施"
)


@pytest.mark.parametrize("kind", ["concluding_remarks", "leader_speech"])
@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5, 6])
def test_a_look_back_report_is_not_praised_for_plans(
    spoken_of: Spoken, kind: str, seed: int
) -> None:
    """汇报全面客观，安排具体可行 after 汇报了去年…工作 (round y's F): nobody set out plans."""
    data = {
        "kind": kind,
        "meeting": {"date": "2031-02-26"},
        "region": {"level": "town", "name": "河湾乡"},
        "speaker": {"title": "乡党委书记"},
        "preceding": ["乡中心学校校长汇报了去年全乡教育工作", "乡长宣读了奖励优秀教师的通报"],
        "priorities": ["控辍保学", "校园安全"],
        "seed": seed,
    }
    opening = spoken_of(data).split("下面")[0]
    assert _PLANS_PRAISED.search(opening) is None, opening


def test_a_report_with_plans_may_still_be_praised_for_them(spoken_of: Spoken) -> None:
    from speechdraft.situation import presupposed

    assert "plans_heard" in presupposed("报告全面客观，安排具体可行，我完全同意。")
    openings = []
    for seed in range(1, 9):
        data = {
            "kind": "concluding_remarks",
            "meeting": {"date": "2031-02-26"},
            "region": {"level": "county", "name": "河湾县"},
            "speaker": {"title": "县长"},
            "preceding": ["县教育局局长作了工作报告"],
            "priorities": ["学前教育"],
            "seed": seed,
        }
        openings.append(spoken_of(data).split("下面")[0])
    assert any(_PLANS_PRAISED.search(opening) for opening in openings)


@pytest.mark.parametrize("kind", ["school_opening", "safety"])
@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5, 6])
def test_a_bureau_does_not_endorse_another_departments_briefing(
    spoken_of: Spoken, kind: str, seed: int
) -> None:
    """讲得很全面，我完全同意 after the police's 通报 alone, said by the 厅长 (round y)."""
    data = {
        "kind": kind,
        "meeting": {"date": "2029-08-25"},
        "region": {"level": "province", "name": "江岭省"},
        "speaker": {"title": "省教育厅厅长"},
        "preceding": ["省公安厅治安总队通报了暑期校园周边治安整治情况"],
        "priorities": ["校园安全", "食品安全"],
        "seed": seed,
    }
    opening = spoken_of(data).split("下面")[0]
    assert re.search(r"同意|赞同", opening) is None, opening


_SEASONAL = [
    # (words, months in which a draft must not say them)
    (r"(?:预防)?接种(?:证)?查验|接种[^。]{0,8}新生", (1, 2, 3, 4, 11, 12)),
    # a flood season's hazard sweep (the year's weather named together is not: 暴雨、台风、暴雪)
    (r"受暴雨|暴雨、洪水|洪水和", (10, 11, 12, 1, 2)),
    (r"招生范围[^。]{0,8}(?:提前|及早|早)", (8, 9)),
]


@pytest.mark.parametrize("day", ["2030-02-20", "2030-08-26", "2030-10-30", "2030-12-10"])
@pytest.mark.parametrize("kind", ["school_opening", "safety", "leader_speech"])
def test_a_seasons_work_is_said_in_its_season(spoken_of: Spoken, day: str, kind: str) -> None:
    month = int(day[5:7])
    for seed in (1, 2, 3):
        data = {
            "kind": kind,
            "meeting": {"date": day},
            "region": {"level": "city", "name": "临川市"},
            "speaker": {"title": "市政府副市长"},
            "priorities": ["传染病防控", "防灾减灾", "项目建设", "招生入学"],
            "seed": seed,
        }
        text = spoken_of(data)
        for words, months in _SEASONAL:
            if month in months:
                assert re.search(words, text) is None, (words, re.search(words, text))


@pytest.mark.parametrize(
    ("term", "before", "after"),
    [
        ("岗位实习", "2021-06-01", "2022-03-01"),
        ("公办园在园幼儿占比", "2018-03-01", "2019-03-01"),
    ],
)
def test_dated_preschool_and_internship_terms(term: str, before: str, after: str) -> None:
    import datetime

    from speechdraft.norms import terms_out_of_window

    assert terms_out_of_window(term, datetime.date.fromisoformat(before))
    assert not terms_out_of_window(term, datetime.date.fromisoformat(after))


@pytest.mark.parametrize("seed", SEEDS)
def test_a_2016_preschool_target_names_no_later_measure(spoken_of: Spoken, seed: int) -> None:
    data = {
        "kind": "concluding_remarks",
        "meeting": {"date": "2016-03-02"},
        "region": {"level": "autonomous_region", "name": "贺川回族自治区"},
        "speaker": {"title": "自治区人民政府副主席"},
        "priorities": ["学前教育", "职业教育"],
        "seed": seed,
    }
    text = spoken_of(data)
    assert re.search("公办园在园幼儿占比|岗位实习", text) is None
    # births fell from 2017: in 2016 new kindergartens were not feared empty
    assert re.search("园所闲置|建成即闲置|盲目新建", text) is None


def test_no_wording_contradicts_itself() -> None:
    """应检尽检 beside a coverage rate to be reached; 低年级书面作业从严控制 where the first two
    grades set none (round y's F)."""
    from speechdraft.phrasebank import load_phrasebank
    from speechdraft.resources import builtin_templates_dir

    bank = load_phrasebank(builtin_templates_dir())
    wordings = [
        text
        for area in (*bank.areas.values(), *bank.safeguards.values())
        for family in area.families
        for unit in family.units
        for text in unit.wordings
    ]
    assert [t for t in wordings if "应检尽检" in t and "覆盖率" in t] == []
    assert [t for t in wordings if "低年级学生的书面作业" in t] == []


@pytest.mark.parametrize("level", ["banner", "county"])
def test_a_safety_check_covers_every_school(spoken_of: Spoken, level: str) -> None:
    """做得好的学校少打扰 at a safety meeting (round y's F): a safety check spares none."""
    for seed in range(1, 9):
        data = {
            "kind": "safety",
            "meeting": {"date": "2029-06-05"},
            "region": {"level": level, "name": "查干旗" if level == "banner" else "青河县"},
            "speaker": {"title": "副旗长" if level == "banner" else "副县长"},
            "priorities": ["防溺水"],
            "seed": seed,
        }
        assert "少打扰" not in spoken_of(data)
