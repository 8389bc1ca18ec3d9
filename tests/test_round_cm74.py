"""The A lines of round cm (docs/review/2026-12-07cm), the third blind round of stop 74, read at
6708ad2a and fixed after it (issue 11). Every test function fails at that tree."""

from __future__ import annotations

import pytest

from document_support import spoken_lines_of
from speechdraft.phrasebank import load_phrasebank
from speechdraft.resources import builtin_templates_dir

BANK = load_phrasebank(builtin_templates_dir())


def _all_wordings() -> list[str]:
    groups = (BANK.areas, BANK.safeguards)
    units = [u for g in groups for a in g.values() for f in a.families for u in f.units]
    units += [u for slot in BANK.frames.values() for u in slot]
    return [w for u in units for w in u.wordings]


@pytest.mark.parametrize(
    "said",
    [
        # round cm's 02: a 动态调整机制 the finance department has not agreed
        "补助标准动态调整机制",
        # round cm's 03: 滞后的指标 the profile never said lagged
        "滞后的指标要加快追赶",
        # round cm's 16: a rule for the parents' groups nobody set
        "只用于发布通知和必要沟通",
        # round cm's 13: who uses the assessment results
        "考核结果要由组织、人社部门",
        # round cm's 08: a check of every school nobody ordered
        "逐校检查作业时长",
        # round cm's 11: what the accidents cost, which the clerk did not say
        "通报的事故令人痛心",
        # round cm's 18: contracted clinics nobody designated
        "指定签约医疗机构",
    ],
)
def test_the_bank_says_no_arrangement_round_cm_struck_as_invented(said: str) -> None:
    assert [w for w in _all_wordings() if said in w] == []


UNNAMED_2018_GROUP = """
kind: leading_group
meeting:
  date: 2018-04-12
region:
  level: county_city
  name: 蒲川市
speaker:
  title: 市委副书记
duration_minutes: 10
"""


@pytest.mark.parametrize("seed", (1, 2, 3))
def test_a_county_citys_group_in_spring_2018_is_no_party_committees(seed: int) -> None:
    """Round cm's 06, A Y: 在市委教育工作领导小组2018年全体会议上的讲话 for a county-level city in
    April 2018, before the local reforms set up the Party committees' groups (terms.yaml: 2019)."""
    text = "".join(spoken_lines_of(UNNAMED_2018_GROUP, seed))
    assert "市委教育工作领导小组" not in text
