"""Round bt's readers' lines fixed at stop 64 (issue 11): a form's column named as an area
(教师队伍基本情况, 教师代表事迹, 今年目标完成情况) claims no progress of its own (二是教师代表事迹工作扎实
推进, G R), and three stock lines that promised what nobody decided (A): a procedure for the
rules adopted (按程序报批后实施), a bureau's 列入项目计划, a school head telling villages to run
kindergartens."""

from __future__ import annotations

import datetime

import pytest

from bank_support import admitted, bank_wordings
from speechdraft.compose.context import ODDS_AREA
from speechdraft.phrasebank import load_phrasebank
from speechdraft.resources import builtin_templates_dir


@pytest.mark.parametrize(
    "label", ["教师队伍基本情况", "教师代表事迹", "今年目标完成情况", "今年目标"]
)
def test_a_forms_column_is_no_work_to_claim_progress_of(label: str) -> None:
    assert ODDS_AREA.match(label)


@pytest.mark.parametrize("label", ["学前教育", "教师队伍建设", "校园安全", "控辍保学"])
def test_a_work_is_still_a_work(label: str) -> None:
    assert not ODDS_AREA.match(label)


def test_no_stock_line_promises_a_procedure_a_project_or_a_villages_kindergarten() -> None:
    said = "\n".join(bank_wordings())
    assert "按程序报批后实施" not in said and "修改完善后按程序报审" not in said
    assert "列入项目计划，积极争取资金支持" not in said
    assert "逐校摸清寄宿制学校" not in said


def test_a_school_head_does_not_tell_villages_to_run_kindergartens() -> None:
    """The renderer's own admission (bank_support.admitted): a town's government may say it
    where the town has village kindergartens; its school head reporting to the 人大 may not."""
    bank = load_phrasebank(builtin_templates_dir())
    units = [
        u
        for a in bank.areas.values()
        for f in a.families
        for u in f.units
        if any("办好幼儿园或附设班" in t for t in u.wordings)
    ]
    day, villages = datetime.date(2033, 3, 10), frozenset({"village_kindergartens"})
    said_by = {
        role: any(admitted(u, "work_report", role, "town", day, villages) for u in units)
        for role in ("government_head", "school_head", "bureau_chief")
    }
    assert said_by == {"government_head": True, "school_head": False, "bureau_chief": False}
