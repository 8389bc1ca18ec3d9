"""Lines that stop 79 fixed (issue 11): first from the lines rounds da–dc left (their
REMAINING-stop78.md, labelled again at 756f8f40), then from the new rounds' labels. Every test
function fails at afbeea97, stop 78's end."""

from __future__ import annotations

import pytest

from document_support import spoken_lines_of
from speechdraft.compose.occasion import heard, recap
from speechdraft.compose.restate import norms_stated
from speechdraft.compose.weave import charge_pieces


def _said(point: str, bureau: bool = False) -> str:
    return "".join(charge_pieces(point, bureau))


@pytest.mark.parametrize(
    ("point", "said"),
    [
        # round dc's 08, G: …主讲教师每人要每学期补助1500元
        (
            "三个课堂主讲教师每人每学期补助1200元，旗财政单列。",
            "对三个课堂主讲教师，每人每学期补助1200元，旗财政单列。",
        ),
        # round dc's 03, G: 课后服务教师要补助5月10日前补发到位
        (
            "托管服务教师补助6月5日前补发到位，以后按月发放。",
            "托管服务教师补助要在6月5日前补发到位，以后按月发放。",
        ),
        # round dc's 14, G: 明厨亮灶在剩余19所村小要在6月底前全部接入
        (
            "明厨亮灶在剩余12所村小9月底前全部接入。",
            "明厨亮灶在剩余12所村小9月底前要全部接入。",
        ),
        # round dc's 05, G: …疫情期间要外出务工家庭子女是重点
        (
            "开学后一周内逐一核实学生到校情况，寒假期间外出务工家庭子女是重点。",
            "开学后一周内要逐一核实学生到校情况，寒假期间外出务工家庭子女是重点。",
        ),
        # round dc's 13, G: 年底前要市财政局、市人社局联合开展一次核查
        (
            "教师平均工资收入不低于当地公务员平均工资收入水平，年底前县财政局、县人社局联合开展一次核查。",
            "教师平均工资收入不低于当地公务员平均工资收入水平，年底前县财政局、县人社局要联合开展一次核查。",
        ),
    ],
)
def test_a_points_must_stands_where_its_deed_starts(point: str, said: str) -> None:
    assert _said(point) == said


def test_a_rule_said_in_a_clerks_figures_is_a_rule_stated() -> None:
    """Round dc's 01, D: the clerk's 不足100人的按100人拨付, then the bank's rule 不足100人的农村小
    规模学校按100人核定公用经费 said again in the funding section."""
    clerk = "两类学校（乡村小规模学校和乡镇寄宿制学校）办学经费要按生均标准核定，不足100人的按100人拨付。"
    assert "norm:small_school_100" in norms_stated(clerk)
    # the figures alone are not the rule: a count of 100 pupils says nothing of it
    assert "norm:small_school_100" not in norms_stated(
        "全县新增学位100个，不足部分由新建学校解决。"
    )


TWO_SCHOOL_KINDS = """
kind: leader_speech
meeting:
  name: 石渚市2031年教育工作会议
  date: 2031-02-26
region:
  level: county_city
  name: 石渚市
speaker:
  title: 市长
attendees:
  - 各镇（街道）分管负责同志
  - 市直各有关部门负责同志
priorities:
  - area: 义务教育
    points:
      - 乡镇寄宿制学校今年再改造食堂4处。
  - area: 教育经费保障
    points:
      - 今年安排教育经费预算9.6亿元。
"""


@pytest.mark.parametrize("seed", range(1, 5))
def test_a_school_kind_named_for_its_townships_does_not_bring_townships(seed: int) -> None:
    """Round dc's 01 and 13, L: 各乡镇（街道） in a 市 whose attendees are 各镇（街道）, the clerk's
    乡镇寄宿制学校 taken for its townships."""
    text = "".join(spoken_lines_of(TWO_SCHOOL_KINDS, seed))
    assert "各乡镇" not in text


REPORT_AND_EXCHANGE = """
kind: leader_speech
meeting:
  name: 石渚市2031年教育工作会议
  date: 2031-02-26
region:
  level: county_city
  name: 石渚市
speaker:
  title: 市委书记
preceding:
  - 市教育局局长季明远作2030年全市教育工作报告
  - 城南中学、溪口镇中心学校作交流发言
priorities:
  - area: 义务教育
    points:
      - 新组建紧密型教育集团2个。
"""


@pytest.mark.parametrize("seed", range(0, 12))
def test_one_report_named_is_not_praised_as_several(seed: int) -> None:
    """Round dc's 13, R: 蒋慕白同志的报告讲得都很好 (the exchange said apart, one report named)."""
    text = "".join(spoken_lines_of(REPORT_AND_EXCHANGE, seed))
    assert "报告讲得都" not in text


def test_a_report_sent_in_writing_was_sent_before_the_meeting() -> None:
    """Round dc's 12, F R: 刚才，各县（市）教育局书面汇报了开学准备情况。大家的汇报很全面，我完全同意."""
    assert recap(["各县（市）教育局汇报开学准备情况（书面）"]) == (
        "会前，各县（市）教育局书面报送了开学准备情况"
    )
    assert recap(["各县书面汇报了开学准备情况", "州教育局局长作工作部署"]) == (
        "会前，各县书面报送了开学准备情况；州教育局局长作了工作部署"
    )
    assert heard(["各县（市）教育局汇报开学准备情况（书面）"], "deputy") == ()
