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
_PHASE_SAID = re.compile(
    r"(?:是|正值)“十.五”(?:规划(?:实施)?)?的?(" + "|".join(_PHASE_INDEX) + ")"
)


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
