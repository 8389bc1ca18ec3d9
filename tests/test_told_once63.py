"""Said once, where the clerk wrote it (stop 63; rounds bo's and bp's D, G, F, R).

A fact the clerk also writes in a review point, another task's point or the commendation
(今年新补充教师人数 计划1120名 beside the review's 今年计划补充教师1120名…), a standard of several
figures a point already gives (小学650元、初中850元), a sum another fact gives (一般公共预算教育
支出 and 年度教育经费预算安排, both 6.8亿元), and a count of meetings a point gives as a cadence
(每季度召开一次 and 计划4次) were said a second time by the bank's line carrying the fact. Every
test function has cases that fail on b2145b54."""

from __future__ import annotations

import re

import pytest

from speechdraft.compose.figure_once import figures_told, sum_of, sum_said, told_by_clerk
from speechdraft.compose.measure_once import cadence_says
from speechdraft.pipeline import build_draft_from_text


@pytest.mark.parametrize(
    ("label", "value", "text", "told"),
    [
        (
            "义务教育生均公用经费标准",
            "小学650元、初中850元",
            "义务教育生均公用经费按小学650元/生·年、初中850元/生·年拨付到校。",
            True,
        ),
        (
            "义务教育生均公用经费标准",
            "小学950元/生·年，初中1150元/生·年",
            "生均公用经费标准小学提高到每生每年950元、初中1150元。",
            True,
        ),
        # one figure differs: another standard
        (
            "义务教育生均公用经费标准",
            "小学650元、初中900元",
            "生均公用经费小学650元、初中850元",
            False,
        ),
        # the figures, but of another thing
        ("义务教育生均公用经费标准", "小学650元、初中850元", "校服补助小学650元、初中850元", False),
        # a whole number only (1650元 is not 650元)
        (
            "义务教育生均公用经费标准",
            "小学650元、初中850元",
            "生均公用经费小学1650元、初中1850元",
            False,
        ),
    ],
)
def test_a_standard_of_several_figures(label: str, value: str, text: str, told: bool) -> None:
    assert figures_told(label, value, [text]) is told


@pytest.mark.parametrize(
    ("value", "texts", "told"),
    [
        ("6.8亿元", ["今年全县安排一般公共预算教育支出6.8亿元。"], True),
        ("计划6.8亿元", ["今年全县安排一般公共预算教育支出6.8亿元。"], True),
        ("16.8亿元", ["今年全县安排一般公共预算教育支出6.8亿元。"], False),
        ("1450万元", ["教师工资差额补足资金1450万元"], True),
        # a small sum is often two things' (300万元 of a fund and of a project)
        ("300万元", ["设立乡村教师奖励基金300万元"], False),
    ],
)
def test_a_sum_said_once(value: str, texts: list[str], told: bool) -> None:
    assert sum_said(value, texts) is told


def test_what_a_sum_is() -> None:
    assert sum_of("计划6.8亿元") == "6.8亿元"
    assert sum_of("64亿元") == "64亿元"
    assert sum_of("80万元") is None
    assert sum_of("小学650元") is None


@pytest.mark.parametrize(
    ("value", "point", "told"),
    [
        ("计划4次", "县委教育工作领导小组每季度至少召开一次会议，专题研究控辍保学。", True),
        ("计划4次", "市委教育工作领导小组每季度听取一次教育工作汇报，重大事项提交常委会。", True),
        ("计划4次", "县委常委会每年至少听取两次教育工作汇报。", False),
        ("计划6次", "市委教育工作领导小组每季度听取一次教育工作汇报。", False),
        # another body's cadence
        ("计划4次", "各学校每季度开展一次安全演练。", False),
    ],
)
def test_meetings_counted_by_their_cadence(value: str, point: str, told: bool) -> None:
    assert cadence_says("教育工作领导小组年度专题会议次数", value, [point]) is told


@pytest.mark.parametrize(
    ("label", "value", "texts", "told"),
    [
        (
            "今年新补充教师人数",
            "计划1120名（已到岗860名）",
            ["今年计划补充教师1120名，其中新招聘特岗教师、公费师范生共860名已于8月底到岗。"],
            True,
        ),
        (
            "县管校聘交流轮岗教师人数",
            "计划260名",
            ["其余260名县管校聘交流教师将于10月中旬前到位。"],
            True,
        ),
        # a count and a name in two clauses of a place's list: no telling (中心小学1所, 幼儿园4所)
        ("新建改扩建公办幼儿园数", "计划1所", ["全镇现有中心小学1所、村完小5所，幼儿园4所"], False),
    ],
)
def test_told_by_the_clerk(label: str, value: str, texts: list[str], told: bool) -> None:
    assert told_by_clerk(label, value, texts) is told


COUNTY = """\
kind: leader_speech
meeting:
  name: 2031年全县教育工作会议
  date: 2031-03-06
region:
  level: county
  name: 枫溪县
speaker:
  title: 县长
  name: 覃远山
review:
  achievements:
    - area: 教师队伍
      points:
        - 去年新招聘特岗教师和公费师范生138名，已全部分配到乡村学校。
  problems:
    - 音体美和心理健康教师缺口约一百二十人。
priorities:
  - area: 教师队伍建设与师德师风
    points:
      - 乡村教师生活补助按每人每月三百元至八百元分档发放，不得拖欠。
    facts:
      今年新补充教师人数: 计划120名
  - area: 教育经费保障
    points:
      - 今年全县安排一般公共预算教育支出7.2亿元，压减下来的一般性支出优先保教育。
      - 义务教育生均公用经费按小学700元/生·年、初中900元/生·年足额拨付到校。
    facts:
      一般公共预算教育支出: 7.2亿元
      义务教育生均公用经费标准: 小学700元、初中900元
safeguards:
  - area: 加强组织领导
    points:
      - 县委教育工作领导小组每季度至少召开一次会议，研究教育重大事项。
    facts:
      教育工作领导小组年度专题会议次数: 计划4次
  - area: 强化经费保障
    facts:
      年度教育经费预算安排: 7.2亿元
"""


def _spoken(profile: str, seed: int) -> str:
    draft = build_draft_from_text(profile, "会议信息.yaml", seed=seed)
    return "\n".join(draft.document.spoken_lines())


def _times(figure: str, text: str) -> int:
    return len(re.findall(rf"(?<![\d.]){re.escape(figure)}", text))


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_each_figure_once_in_a_draft(seed: int) -> None:
    text = _spoken(COUNTY, seed)
    # the clerk's points say them; the bank's lines carrying the facts do not again
    assert _times("7.2亿元", text) == 1, text
    assert _times("700元", text) == 1, text
    assert _times("900元", text) == 1, text
    # the cadence is said, not a count of meetings beside it
    assert "每季度至少召开一次会议" in text
    assert not re.search(r"专题会议\s*4次|4次专题会议", text), text
    # nothing lost: a shortage of 120 is no plan of 120, so the plan is said
    assert _times("120名", text) == 1, text


def test_members_reporting_are_no_meetings_of_the_group() -> None:
    """A cadence of the members' reports, or of another meeting than the count's, is not the
    group's meetings (the count stays said: nothing the clerk wrote is lost)."""
    label = "教育工作领导小组年度专题会议次数"
    assert not cadence_says(label, "计划2次", ["成员单位要每半年向领导小组书面报告一次履职情况。"])
    assert not cadence_says(
        label, "计划4次", ["领导小组成员单位要每季度报送一次议定事项落实情况。"]
    )
    assert not cadence_says(label, "计划4次", ["领导小组全体会议要每半年至少召开一次。"])


GROUP = """\
kind: leading_group
meeting:
  name: 市委教育工作领导小组2026年第二次全体会议
  date: 2026-07-16
region:
  level: city
  name: 澄阳市
speaker:
  title: 市委副书记、市委教育工作领导小组副组长
  name: 祁明远
  role: group_head
targets:
  guideline: 今年是“十五五”开局之年，也是教育强市建设攻坚年，上半年补短板，下半年抓提升。
priorities:
  - area: 校园餐
    title: 关于校园餐专项整治
    points:
      - 议程一：听取市教育局关于校园餐专项整治进展的汇报。
      - 听取市市场监管局关于学校食堂抽检情况的通报。
      - 议程三：审议《澄阳市中小学校园餐经费管理办法（修订稿）》。
      - 学校食堂一律不得对外承包经营。
    facts:
      学校食堂明厨亮灶覆盖率: 保持100%
"""


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_agenda_items_among_a_tasks_points_are_recapped(seed: int) -> None:
    """Agenda items typed among a task's points (议程一：听取…; 审议《…》) are what the meeting
    did before the speech: said after 刚才, never as 要确保听取…/议程三方面，要审议… (round bo's 06,
    bp's 11: G F R)."""
    text = _spoken(GROUP, seed)
    recap = re.search(r"刚才[^。]*。", text)
    assert recap is not None, text
    recap = recap.group()
    assert "听取了市教育局关于校园餐专项整治进展的汇报" in recap, recap
    assert "市市场监管局关于学校食堂抽检情况的通报" in recap, recap
    assert "审议了《澄阳市中小学校园餐经费管理办法（修订稿）》" in recap, recap
    assert not re.search(r"要(?:确保)?(?:听取|审议)|议程[一二三]", text), text
    # the task's own point is still said
    assert "学校食堂一律不得对外承包经营" in text


@pytest.mark.parametrize("seed", [1, 2])
def test_a_years_two_names_stay_together(seed: int) -> None:
    """今年是…之年，也是…年，… : the year's second name is no part of the requirement (round
    bp's 11, G: 总体要求是：也是教育强区建设目标年，…)."""
    text = _spoken(GROUP, seed)
    assert "今年是“十五五”开局之年，也是教育强市建设攻坚年。" in text, text
    assert "：也是" not in text, text
    assert "上半年补短板，下半年抓提升" in text
