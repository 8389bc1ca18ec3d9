"""Round bs's readers' lines fixed at stop 64 (issue 11's G), each with the test's own points:
要 inside a village's name (沙头村、后要湾村: the 后 of 后湾村 read as a time), 要确保 before a rule of
who answers (要确保哪个村出了问题…), 要派驻纪检监察组 (read as sending a team), 要确保 before a
standard stated with a colon (要确保2028年生均公用经费标准：…)."""

from __future__ import annotations

from pathlib import Path

import pytest

from speechdraft.compose.weave import charge


def test_no_yao_inside_a_village_name_after_a_list_mark() -> None:
    said = charge("6月30日前，石门村、后塘村补齐河塘边的警示牌和救生圈", False)
    assert "后塘村" in said and "后要塘村" not in said
    said = charge("石门村、前湾村配合学校做好暑期巡河", False)
    assert "前湾村" in said and "前要湾村" not in said


def test_a_rule_of_who_answers_is_said_as_written() -> None:
    point = "哪所学校出了安全事故，先问校长的责任，再问分管领导的责任"
    assert charge(point, False) == point
    assert charge(point, True) == point


@pytest.mark.parametrize("bureau", [False, True])
def test_the_discipline_inspectors_are_the_subject_not_sent(bureau: bool) -> None:
    said = charge("派驻纪检监察组对营养餐资金使用开展专项监督，发现问题按规定处置", bureau)
    assert not said.startswith(("要派驻", "我们将派驻"))
    assert "派驻纪检监察组" in said
    assert said.startswith("请派驻纪检监察组") if not bureau else "纪检监察组将对" in said


def test_a_standard_stated_with_a_colon_takes_no_frame() -> None:
    point = "2029年生均公用经费标准：小学760元/生·年，初中960元/生·年"
    said = charge(point, False)
    assert not said.startswith(("要确保", "要推动", "要"))
    assert "小学760元" in said and "初中960元" in said


# --- round bs's A lines: what nobody decided ------------------------------------------------


def test_a_boarding_fee_paid_elsewhere_is_no_boarding_school() -> None:
    from speechdraft.situation import read_situation

    away = ["全乡只有小学，孩子上初中要到县城，寄宿费和路费家长负担重。"]
    assert "boarding" not in read_situation(away)
    assert "boarding" in read_situation(["中心小学有寄宿生86人，宿舍两栋。"])


def test_the_bank_assumes_no_assessment_no_request_and_no_convener() -> None:
    from bank_support import bank_wordings

    texts = "\n".join(bank_wordings())
    assert "评估通过以后" not in texts  # an 优质均衡 assessment the profile never named
    assert "统筹压实控辍保学属地责任" not in texts  # 提请…统筹: an arrangement nobody made
    assert "今天，{{ w.party_gov }}召开" not in texts  # who convened it: the profile does not say


# --- validate: one-line achievements are not one area said twice ----------------------------

_PLAIN_LINES = """kind: work_report
meeting: {date: '2031-03-10'}
region: {level: county, name: 青岚县}
speaker: {title: 县教育局局长}
review:
  achievements:
    - 全县新建公办幼儿园4所，新增学位1080个。
    - 县第一中学获评省级示范性普通高中。
    - area: 学前教育
      points: [普惠性幼儿园覆盖率达到91%。]
    - area: 学前教育
      points: [公办园在园幼儿占比达到55%。]
"""


def test_plain_one_line_achievements_are_not_asked_to_merge(tmp_path: Path) -> None:
    from speechdraft.intake.loading import load_profile_text
    from speechdraft.intake.plausibility import _repeated_area_warnings

    loaded = load_profile_text(_PLAIN_LINES, tmp_path / "p.yaml")
    said = [w.message for w in _repeated_area_warnings(loaded)]
    assert len(said) == 1  # the named area typed twice, not the two plain lines
    assert "学前教育" in said[0] and "综合" not in said[0]


# --- a report's rows and statements said as they are (round bs's 02 and 14, G R) -------------


def test_a_rows_investment_column_goes_with_its_thing() -> None:
    from speechdraft.compose.context import _led_row_said

    row = (
        "序号2，项目：市特教中心迁建，牵头单位：市教育局，配合单位：市住建局，"
        "完成时限：2034年8月，总投资：1.6亿元"
    )
    said = _led_row_said(row)
    assert said.startswith("市特教中心迁建，总投资1.6亿元，由市教育局牵头")
    assert "牵头单位" not in said and "总投资：" not in said and "2034年8月" in said


@pytest.mark.parametrize(
    "point",
    [
        "针对生源减少，拟出台乡村小规模学校布局调整意见",
        "城区学位仍较紧，东片区计划新增小学学位1800个",
        "本报告提请大会审议，审议后由全体正式代表表决",
        "上届大会代表提案39件，已办结37件，两件正在推进",
    ],
)
def test_no_frame_over_a_plan_a_state_a_result_or_the_report(point: str) -> None:
    assert charge(point, True) == point


def test_a_point_scoped_to_some_ends_its_sentence() -> None:
    """发言的教师代表中，X；Y then Z joined with ； made Z one of the speakers (round bs's 12, F A)."""
    import datetime

    from speechdraft.compose.render import _Speech
    from speechdraft.markup import plain

    day = datetime.date(2026, 9, 8)
    scoped = [
        "发言的教师代表中，城关小学岑晓梅老师扎根村小十九年",
        "县特殊教育学校蒙启明老师送教上门六年",
    ]
    assert "十九年。县特殊教育学校蒙启明老师" in plain(_Speech._review_points(scoped, day))
    both = _Speech._review_points(["全县新建幼儿园3所", "新增学位810个"], day)
    assert plain(both) == "全县新建幼儿园3所；新增学位810个。"


# --- validate: a weekday the date does not fall on (round bs's 18, F) -------------------------

_WEEKDAYS = """kind: school_opening
meeting: {date: '2031-02-24'}
region: {level: prefecture, name: 岚峪州}
speaker: {title: 州教育局局长}
targets:
  items:
    - 3月2日（星期一）全州中小学统一开学。
    - 3月3日（星期一）各校完成返校学生核对。
    - 2月30日（周五）召开班主任会。
preceding:
  - 2030年12月1日（星期日）召开寒假安全部署会。
"""


def test_a_weekday_the_date_does_not_fall_on_is_pointed_out(tmp_path: Path) -> None:
    from speechdraft.intake.loading import load_profile_text
    from speechdraft.intake.plausibility import _weekday_warnings

    loaded = load_profile_text(_WEEKDAYS, tmp_path / "p.yaml")
    said = [str(w) for w in _weekday_warnings(loaded)]
    # 2 March 2031 is a Sunday; 3 March a Monday (right); 2月30日 is no day; 1 December 2030 a Sunday
    assert len(said) == 1, said
    assert "2031年3月2日是星期日" in said[0] and "星期一" in said[0]
    assert "targets.items[0]" in said[0]
