"""Lines struck in rounds cj and ci (docs/review/2026-12-07cj and 2026-12-07ci, REMAINING-stop73.md)
fixed at stop 74 (issue 11). Every test function has cases that fail at stop 73's tree (a2276255)."""

from __future__ import annotations

import re

import pytest

from document_support import spoken_lines_of
from speechdraft.compose.assemble import restates_a_point
from speechdraft.compose.occasion import _named_again
from speechdraft.compose.render import _villages_asked, own_headings
from speechdraft.compose.weave import charge
from speechdraft.phrasebank import Unit, load_phrasebank
from speechdraft.resources import builtin_templates_dir

SEEDS = (1, 2, 3)

# a city's progress meeting on the basic balance, its clerk's three points, one figure a task
BASIC_BALANCE_PUSH = """
kind: concluding_remarks
meeting:
  name: 桐川市义务教育发展基本均衡县迎检工作推进会
  date: 2017-05-18
region:
  level: city
  name: 桐川市
speaker:
  title: 副市长
  name: 范明远
  role: deputy
preceding:
  - 市教育局通报两个迎检县自查情况
  - 两个迎检县分别汇报整改进度
duration_minutes: 12
review:
  achievements:
    - 两个迎检县今年计划实施的31个薄弱学校改造项目已开工26个
  problems:
    - 白石县生均图书一项指标仍不达标，补充方案还没有报到市里
targets:
  items:
    - 8项资源配置指标校际差异系数全部达标
    - 9月底前完成省级预评估
priorities:
  - area: 义务教育基本均衡
    points:
      - 白石县生均图书不达标的问题，6月20日前把补充方案报市教育局
      - 两个县在建的薄弱学校改造项目，8月底前全部完工
      - 市教育局每半月通报一次两县进度
  - area: 教育督导
    points:
      - 6月起市级督学分两组到两个县开展模拟评估
    facts:
      责任督学人数: 现有74名
"""


def test_a_progress_meetings_closing_says_the_clerks_points_with_two_lines_of_the_bank() -> None:
    """Round cj's 12, E: three points on 基本均衡迎检 drew eleven bank lines (一校一品、过程性评价、
    课堂教学), one figure on 督导 seven more; the points and figures, and two lines of the bank."""
    for seed in SEEDS:
        lines = spoken_lines_of(BASIC_BALANCE_PUSH, seed)
        body = next(line for line in lines if "6月20日前" in line)  # the section's paragraph
        assert "6月20日前" in body and "8月底前" in body and "每半月通报一次" in body
        sentences = [s for s in re.split(r"(?<=[。！])", body) if s]
        assert len(sentences) <= 3 + 2, sentences


def test_a_meeting_only_on_the_basic_balance_says_no_quality_balance() -> None:
    """Round cj's 12, F Y: 对标优质均衡评估标准 and 优质均衡比基本均衡要求更高 at a 2017 基本均衡
    推进会."""
    for seed in SEEDS:
        text = "".join(spoken_lines_of(BASIC_BALANCE_PUSH, seed))
        assert "优质均衡" not in text


# a county's progress meeting whose reports were of problems and delays, no result given
PROBLEMS_ONLY_PUSH = """
kind: concluding_remarks
meeting:
  name: 枫溪县义务教育优质均衡迎检整改推进会
  date: 2026-06-09
region:
  level: county
  name: 枫溪县
speaker:
  title: 副县长
  name: 柯立群
  role: deputy
preceding:
  - 县教育局通报了预评估发现的问题
  - 县财政局、县人社局分别汇报了承担指标的整改进度
duration_minutes: 12
review:
  problems:
    - 预评估显示，全县还有3所学校音乐美术专用教室不足
    - 体育艺术教师招聘进度滞后
targets:
  items:
    - 7月底前完成全部硬件整改
    - 8月底前补齐体育、艺术教师缺口
priorities:
  - area: 督导评估迎检
    points:
      - 县政府教育督导室每半月通报一次整改进度
"""
_RESULT_CLAIMED = re.compile(r"见到(?:了)?(?:实)?效|肯定成绩|成效主要有|我(?:都|完全)?赞同")


@pytest.mark.parametrize("seed", range(1, 7))
def test_a_progress_meeting_that_heard_only_problems_claims_no_result(seed: int) -> None:
    """Round cj's 24, A F: 从工作汇报看，这项工作已经见到实效 and 一、肯定成绩不松劲 at a 迎检推进会
    whose reports were of the problems found and of delays; 汇报和通报客观准确…我都赞同 of them
    (F R); 今年的工作目标是： over two deadlines (R)."""
    text = "".join(spoken_lines_of(PROBLEMS_ONLY_PUSH, seed))
    assert _RESULT_CLAIMED.findall(text) == []
    assert not re.search(r"今年(?:工作)?的(?:主要)?(?:工作)?目标", text)
    assert "7月底前完成全部硬件整改" in text


LEADING_GROUP_OWN_CLAUSE = """
kind: leading_group
meeting:
  name: 中共岚山州委教育工作领导小组2018年第一次全体会议
  date: 2018-10-16
region:
  level: prefecture
  name: 岚山州
speaker:
  title: 州委书记、州委教育工作领导小组组长
  name: 甘少川
  role: group_head
duration_minutes: 12
priorities:
  - area: 控辍保学
    title: 控辍保学要一个一个地盯
    points:
      - 11月30日前完成学籍与户籍信息比对
  - area: 学生资助
    points:
      - 资助对象逐一核实、精准认定
"""


@pytest.mark.parametrize("seed", SEEDS)
def test_a_leading_groups_item_puts_no_second_charge_before_the_clerks_clause(seed: int) -> None:
    """Round cj's 15, G: 一是要控辍保学要一个一个地盯."""
    text = "".join(spoken_lines_of(LEADING_GROUP_OWN_CLAUSE, seed))
    assert "控辍保学要一个一个地盯" in text
    assert "是要控辍保学" not in text


def test_a_title_that_opens_with_its_own_charge_heads_as_written() -> None:
    """Round cj's 19, G: （一）让要让集团真正“团”起来."""
    assert own_headings("要让集团真正“团”起来", 2024) == ("要让集团真正“团”起来",)
    assert own_headings("要把课后服务办出质量", 2024) == ("要把课后服务办出质量",)


@pytest.mark.parametrize(
    ("point", "asked"),
    [
        # round cj's 18, G: 请各村放假前小、幼儿园把屋面…
        ("放假前各村小、幼儿园把屋面、围墙、电线再查一遍", ""),
        ("各村完小要在开学前完成校舍检查", ""),
        # the villages themselves are still asked (round au's L)
        ("每个村（社区）明确一名村干部联系本村学校", "请各村（社区）明确一名村干部联系本村学校"),
    ],
)
def test_a_village_school_is_no_village_to_be_asked(point: str, asked: str) -> None:
    assert re.sub("[\ue000\ue001]", "", _villages_asked(point)) == asked


ROTATED_COUNT = """
kind: concluding_remarks
meeting:
  name: 澜川市冬季校园安全工作推进会
  date: 2024-11-26
region:
  level: city
  name: 澜川市
speaker:
  title: 副市长
  name: 卢思远
  role: deputy
duration_minutes: 10
priorities:
  - area: 校园安全
    facts:
      年内排查整改校园安全隐患数: 现有已完成186项
"""


@pytest.mark.parametrize("seed", SEEDS)
def test_a_done_count_the_clerk_opened_with_the_present_is_said_as_done(seed: int) -> None:
    """Round cj's 19, G: 要完成排查整改校园安全隐患现有已完成214项."""
    text = "".join(spoken_lines_of(ROTATED_COUNT, seed))
    assert "186项" in text
    assert "现有已完成" not in text
    assert not re.search(r"要(?:完成)?排查整改校园安全隐患[^，。]*186项", text)


@pytest.mark.parametrize(
    ("who", "named"),
    [
        # round cj's 01, R: 三位同志的交流发言 of three units
        ("石溪镇、县一中、县二幼", "三个单位"),
        # round ci's 01, F: 两位同志的交流发言 of a township government and a school
        ("栗坳乡人民政府、县第二中学", "两个单位"),
        # people stay people
        ("县一中校长周明、县二小教师韩雪", "两位同志"),
    ],
)
def test_units_that_spoke_are_counted_as_units(who: str, named: str) -> None:
    assert _named_again(who) == named


def test_a_secretarys_meeting_is_not_called_the_education_systems() -> None:
    """Round cj's 01, R: 今天召开的全县教育工作会议，是2018年教育系统的一次重要会议 by a 县委书记
    before the four bodies: the opening is said by the bureau's and the deputies' side only."""
    bank = load_phrasebank(builtin_templates_dir())
    saying = [
        unit
        for unit in bank.frames["leader_speech.opening"]
        if any("教育系统的一次重要会议" in text for text in unit.wordings)
    ]
    assert saying
    for unit in saying:
        assert unit.tags.roles and not unit.tags.roles & {"party_secretary", "government_head"}


@pytest.mark.parametrize(
    ("point", "said"),
    [
        # round ci's 05, G: 要向家湾完小围墙9月15日前修复完毕 (向 read as a preposition)
        (
            "向家湾完小围墙9月15日前修复完毕，修复前由村委会每天安排人员值守",
            "向家湾完小围墙要在9月15日前修复完毕",
        ),
        # …and 要推动…修复完毕落实到位 where no word looked like a verb
        ("柳树湾完小围墙9月15日前修复完毕", "柳树湾完小围墙要在9月15日前修复完毕"),
    ],
)
def test_a_schools_works_are_due_by_their_date(point: str, said: str) -> None:
    assert said in charge(point, False)
    assert said.replace("要在", "将在") in charge(point, True)


def test_a_unit_quoting_a_norm_the_clerks_point_states_says_it_again() -> None:
    """Round cj's 01, D: 两类学校…按不足100人的按100人核定 (the clerk's) and 教学点运转要有经费保障，
    不足100人的农村小规模学校按100人核定公用经费 (the bank's, by its norm)."""
    wording = '教学点运转要有经费保障，{{ norm("small_school_100") }}，这一条要落实。'
    unit = Unit(text=wording)
    assert restates_a_point(unit, ["两类学校生均公用经费按不足100人的按100人核定"])
    assert not restates_a_point(unit, ["教学点要开齐开足国家课程"])
