"""Lines round cp (docs/review/2026-12-07cp) labelled A, read at 49d081fa and fixed after it
(issue 11). Every test function fails at that tree."""

from __future__ import annotations

import pytest


def _bank_wordings() -> list[str]:
    from speechdraft.phrasebank import load_phrasebank
    from speechdraft.resources import builtin_templates_dir

    bank = load_phrasebank(builtin_templates_dir())
    groups = (bank.areas, bank.safeguards)
    units = [u for g in groups for a in g.values() for f in a.families for u in f.units]
    headings = [h.text for g in groups for a in g.values() for f in a.families for h in f.headings]
    return [w for u in units for w in u.wordings] + headings


@pytest.mark.parametrize(
    "said",
    [
        # round cp's 02, A: a procedure nobody set
        "纳入对学校的常规检查",
        # round cp's 02, A: an arrangement with the fire service nobody made
        "请消防救援机构帮助把关",
        # round cp's 03, A: a ledger nobody set up
        "学科教师缺口台账",
        # round cp's 12, A: a team with doctors nobody formed
        "康复人员和医生",
        # round cp's 08 and 20, A: a focus nobody set
        "紧盯消防和校舍安全",
    ],
)
def test_the_bank_says_no_arrangement_round_cp_struck_as_invented(said: str) -> None:
    assert [w for w in _bank_wordings() if said in w] == []


def test_an_adverb_before_the_verb_is_no_name() -> None:
    """Round cp's 13, A: 郑重同志汇报了… of 州教育局局长郑重汇报了… (a man named from an adverb)."""
    from speechdraft.compose import occasion

    item = occasion.read_item("州教育局局长郑重汇报了全州教育工作")
    assert item.subject == "州教育局局长"


TOWN_TEACHERS_DAY = """
kind: teachers_day
meeting:
  name: 教师节慰问座谈会
  date: 2024-09-09
region:
  level: town
  name: 梨花镇
speaker:
  title: 镇党委副书记
priorities:
  - area: 学前教育
    points:
      - 中心幼儿园今年秋季新增1个小班。
"""


@pytest.mark.parametrize("seed", (1, 2, 3, 4, 5, 6))
def test_no_land_for_kindergartens_where_no_building_is_named(seed: int) -> None:
    """Round cp's 04, A: 各村（社区）要主动为幼儿园建设提供用地保障 where one class was added."""
    from document_support import spoken_lines_of

    assert "用地保障" not in "".join(spoken_lines_of(TOWN_TEACHERS_DAY, seed))
