"""Round bk's remaining lines (docs/review/2026-12-06bk/REMAINING-stop60.md) fixed in stop 61,
before round bl was rendered. Every test function fails on c3716d44."""

from __future__ import annotations

from pathlib import Path

import pytest

from speechdraft.pipeline import build_draft


def _clause(text: str) -> str:
    from speechdraft.compose.context import _clause as said

    return said(text)


def _lines(tmp_path: Path, text: str, seed: int) -> list[str]:
    path = tmp_path / "会议信息.yaml"
    path.write_text(text, encoding="utf-8")
    return list(build_draft(path, seed=seed).document.spoken_lines())


TOWN_REPORT = """\
kind: work_report
meeting:
  name: 青禾镇第十九届人民代表大会第三次会议
  date: 2029-01-16
region:
  level: town
  name: 青禾镇
speaker:
  title: 镇中心学校校长
  name: 甘明远
review:
  achievements:
    - 全镇现有中心小学1所、完小3所、教学点2个（无初中），在校小学生1210人，教职工104人。
    - 投入42万元完成中心小学食堂改造。
    - 小学六年级学业质量监测排名全县第四，前移两位。
priorities:
  - area: 学前教育
    points:
      - 村级幼儿班点改造3个
"""


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_what_the_place_has_is_said_before_the_results(tmp_path: Path, seed: int) -> None:
    """一是全镇现有中心小学1所… (round bk's 05, 08, 16, 18 and 22, S R: 基本情况不是成绩)."""
    lines = _lines(tmp_path, TOWN_REPORT, seed)
    counted = [i for i, line in enumerate(lines) if "现有中心小学1所" in line]
    assert len(counted) == 1
    line = lines[counted[0]]
    assert not line.startswith(("一是", "二是", "三是")), line
    assert "在校小学生1210人" in line
    first_result = next(i for i, line in enumerate(lines) if "食堂改造" in line)
    assert counted[0] < first_result
    assert lines[first_result].startswith("一是"), lines[first_result]


def test_a_count_beside_what_changed_stays_a_result() -> None:
    from speechdraft.compose.context import _counts_only
    from speechdraft.intake.profile import Achievement

    kept = Achievement(area="综合", points=["全县现有在编教职工4326人，比上年增加118人"])
    moved = Achievement(area="综合", points=["全州专任教师现有1.06万余人，其中双语教师约3200人"])
    rate = Achievement(area="综合", points=["2028年高考本科上线率现有68.2%"])
    assert not _counts_only(kept)
    assert _counts_only(moved)
    assert not _counts_only(rate)


AGREED = """\
kind: leading_group
meeting:
  name: 中共梧溪市委教育工作领导小组2027年第二次全体会议
  date: 2027-06-15
region:
  level: county_city
  name: 梧溪市
speaker:
  title: 市委副书记、领导小组常务副组长
  name: 季闻道
priorities:
  - area: 会议议定事项
    title: 会议议定
    points:
      - 一、由市教育局牵头、市市场监管局配合，7月31日前完成全市学校食堂外包情况清理。
      - 二、由市财政局、市教育局7月15日前完成大宗食材集中采购招标。
  - area: 食品安全
    points:
      - 市卫健局每学期对食堂从业人员健康证集中核验一次
"""


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_meetings_decisions_are_not_one_of_the_years_tasks(tmp_path: Path, seed: int) -> None:
    """一是要抓好会议议定事项的落实 among the tasks (round bk's 04, 16 and 24, S)."""
    lines = _lines(tmp_path, AGREED, seed)
    text = "\n".join(lines)
    assert "会议议定事项的落实" not in text
    assert "要确保二、" not in text and "一、由" not in text
    agreed = [line for line in lines if line.startswith("会议议定了两件事：一是由市教育局牵头")]
    assert len(agreed) == 1, text
    assert "；二是由市财政局、市教育局7月15日前完成大宗食材集中采购招标。" in agreed[0]
    # first in the part on carrying them out: after the last task, right under its heading
    at = lines.index(agreed[0])
    assert at > next(i for i, line in enumerate(lines) if "健康证集中核验" in line)
    assert not lines[at - 1].endswith("。"), lines[at - 1]


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # (round bk's 02, G: 我们将确保乡镇公办幼儿园4所建设，发展规划股牵头，…)
        (
            "乡镇公办幼儿园4所建设，发展规划股牵头，6月底前完成选址（县国土局配合）。",
            "乡镇公办幼儿园4所建设由发展规划股牵头、县国土局配合，6月底前完成选址",
        ),
        # (round bk's 10, G: 要确保台风损毁的15项隐患，区教育局计财股牵头，…)
        (
            "台风损毁的15项隐患，区教育局计财股牵头，2022年1月20日前完成修复。",
            "台风损毁的15项隐患由区教育局计财股牵头，2022年1月20日前完成修复",
        ),
        # (round bk's 10, G: 医院配合做好返校核酸检测，区卫健局牵头)
        (
            "开学前14天各校完成健康监测，医院配合做好返校核酸检测（区卫健局牵头）。",
            "开学前14天各校完成健康监测，返校核酸检测由区卫健局牵头、医院配合",
        ),
        # a deed first keeps its comma (启用…，由…牵头 is not a thing led)
        (
            "启用城东小学，县教育局牵头，秋季开学前完成。",
            "启用城东小学，县教育局牵头，秋季开学前完成",
        ),
        # (round bk's 13, G: 要确保县第三中学迁建项目，总投资1.2亿元，…)
        (
            "县第三中学迁建项目（总投资1.2亿元），县住建局务必在4月30日前办结前期手续。",
            "县第三中学迁建项目总投资1.2亿元，县住建局务必在4月30日前办结前期手续",
        ),
    ],
)
def test_a_returns_lead_body_is_said_as_who_leads(typed: str, said: str) -> None:
    assert _clause(typed) == said


def test_a_project_with_its_own_demand_takes_no_second() -> None:
    from speechdraft.compose.weave import charge

    point = "县第三中学迁建项目总投资1.2亿元，县住建局务必在4月30日前办结前期手续"
    assert charge(point, False) == point
    assert charge(point, True) == point
