"""Lines round cq (docs/review/2026-12-07cq) labelled A, read at 2ac99ab7 and fixed after it
(issue 11). Every test function fails at that tree."""

from __future__ import annotations

import pytest

from bank_support import bank_wordings
from document_support import spoken_lines_of


def test_the_bank_sets_no_assessment_of_the_parents_school() -> None:
    """Round cq's 17, A: 要把家长学校的办学情况纳入学校德育工作考核 — nobody set it."""
    assert not [w for w in bank_wordings() if "纳入学校德育工作考核" in w]


NO_FEATURE_SCHOOLS = """
kind: leader_speech
meeting:
  name: 2018年全县教育工作会议
  date: 2018-03-02
region:
  level: county
  name: 棠溪县
speaker:
  title: 县委书记
priorities:
  - area: 县域普通高中发展
    points:
      - 县一中迁建项目年内开工，县国土资源局要在4月底前办完用地手续。
    facts:
      高中阶段毛入学率: 达到90%
      特色高中创建数: 无
"""


@pytest.mark.parametrize("seed", (1, 2, 3, 4, 5, 6))
def test_no_feature_schools_where_the_clerk_answered_none(seed: int) -> None:
    """Round cq's 01, A: 各高中要根据自身基础选准一个方向深耕 where 特色高中创建数 was 无."""
    text = "".join(spoken_lines_of(NO_FEATURE_SCHOOLS, seed))
    assert "选准" not in text and "一校一品" not in text and "错位发展" not in text


TOWN_WITHOUT_SHORTAGE = """
kind: teachers_day
meeting:
  name: 梧溪镇教师节慰问座谈会
  date: 2016-09-08
region:
  level: town
  name: 梧溪镇
speaker:
  title: 镇党委副书记
preceding:
  - 为从教满30年的3位教师颁发荣誉证书
duration_minutes: 10
priorities:
  - area: 教师队伍建设与师德师风
    points:
      - 今年没有表彰，主要是慰问
      - 向退休的老教师表示感谢
"""


@pytest.mark.parametrize("seed", (1, 2, 3, 4, 5, 6))
def test_a_town_names_no_subject_shortage_it_was_not_told_of(seed: int) -> None:
    """Round cq's 17, L A: 学科教师缺口补得怎么样… at a town whose profile named no shortage."""
    assert "学科教师缺口" not in "".join(spoken_lines_of(TOWN_WITHOUT_SHORTAGE, seed))
