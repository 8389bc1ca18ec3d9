"""Lines that stop 81 fixed (issue 11), from the lines rounds dg–di left (their
REMAINING-stop80.md). Every test function but the guards fails at dbd7734c, stop 80's end."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from document_support import spoken_lines_of
from speechdraft.compose.occasion import recap
from speechdraft.compose.weave import charge_pieces

SEEDS = (0, 1, 2)


@pytest.mark.parametrize(
    ("point", "said"),
    [
        # round di's 05, R: 照抄要点，缺“要”，像清单不像讲话
        (
            "校车驾驶员开学第一周全部参加县交警大队组织的安全培训。",
            "校车驾驶员开学第一周要全部参加县交警大队组织的安全培训。",
        ),
        # round di's 05, R: 宜“开学第一个月，教研室要下校视导…”
        (
            "开学第一个月教研室下校视导，重点看新教师课堂。",
            "开学第一个月，教研室要下校视导，重点看新教师课堂。",
        ),
        # round dh's 24, G: 缺“要”，读成已完成的陈述
        (
            "入冬前各乡镇学校完成宿舍取暖设施、电线线路排查，严禁学生宿舍使用电热毯。",
            "入冬前，各乡镇学校要完成宿舍取暖设施、电线线路排查，严禁学生宿舍使用电热毯。",
        ),
        # round dh's 06, R: 照抄表格原话，缺“要”字，读来像陈述事实
        (
            "取暖以燃煤炉具为主的还有3所，12月1日前全部装好烟囱弯头和一氧化碳报警器。",
            "取暖以燃煤炉具为主的还有3所，12月1日前要全部装好烟囱弯头和一氧化碳报警器。",
        ),
    ],
)
def test_a_deed_set_for_a_time_ahead_is_charged(point: str, said: str) -> None:
    assert "".join(charge_pieces(point, False)) == said


@pytest.mark.parametrize(
    "point",
    [
        "开学第一周已完成安全培训。",  # done: no charge
        "全县中小学开学前已全部完成排查。",
    ],
)
def test_a_deed_already_done_takes_no_charge(point: str) -> None:
    assert "".join(charge_pieces(point, False)) == point


def test_a_bureaus_report_does_not_charge_a_peers_deed_ahead() -> None:
    """A bureau announces; it does not order 县交警大队 (authority.py)."""
    point = "校车驾驶员开学第一周全部参加县交警大队组织的安全培训。"
    assert "要全部参加" not in "".join(charge_pieces(point, True))


def test_the_people_counted_come_before_the_charge() -> None:
    """Round di's 01, G: 要撤并教学点涉及的217名学生逐一建档 read as "要撤并"."""
    point = "撤并教学点涉及的217名学生逐一建档，由苏木镇、嘎查和学校三方包联。"
    said = "".join(charge_pieces(point, False))
    assert said == "对撤并教学点涉及的217名学生要逐一建档，由苏木镇、嘎查和学校三方包联。"


def test_the_attendees_visit_is_said_by_the_speaker() -> None:
    """Rounds di's 05 and 07, R: 照抄简况口吻“与会人员观摩了”，讲话人应说“大家…观摩了”."""
    said = recap(["与会人员观摩了新建成的县青莲小学", "分管副局长通报了暑期校舍维修情况"])
    assert said.startswith("大家观摩了新建成的县青莲小学；")
    assert "与会人员" not in said
    said = recap(["全体参会人员一起参观了区第七幼儿园"])
    assert said == "大家参观了区第七幼儿园"


ROTATION = """
kind: leader_speech
meeting:
  name: 2034年全旗教育工作会议
  date: 2034-02-26
region:
  level: banner
  name: 乌兰敖包旗
speaker:
  title: 旗长
priorities:
  - area: 教师队伍
    points:
      - 做好新教师岗前培训。
    facts:
      县管校聘交流轮岗教师人数: 计划70名
"""


@pytest.mark.parametrize("seed", SEEDS)
def test_the_teachers_counted_for_rotation_are_no_charge(seed: int) -> None:
    """Round di's 01, G: 要交流轮岗的70名教师中，要让骨干教师… (the year's 今年 of the bank's
    relative clause said 要, as before a deed)."""
    text = "".join(spoken_lines_of(ROTATION, seed))
    assert "70名" in text
    assert not re.search(r"要交流轮岗的[^，。]*70名", text)


def test_two_reports_heard_in_one_item_are_both_graded() -> None:
    """Rounds dh's 03 and dg's 15, F R: 市教育局的汇报情况清楚 where 市编办 had reported too (the
    clerk's two 听取了… items said as one)."""
    from speechdraft.compose.occasion import heard_named

    item = (
        "会议听取了市教育局关于全市普通高中发展情况的汇报和市编办、市教育局关于中小学教职工编制"
        "核定和使用情况的汇报"
    )
    assert heard_named([item], "group_head") == "市教育局、市编办的汇报"
    # one report heard keeps its one author
    assert heard_named(["会议听取了县教育局关于校园餐的汇报"], "group_head") == "县教育局的汇报"


WINTER_GROUP = """
kind: leading_group
meeting:
  name: 2031年第四次市委教育工作领导小组会议
  date: 2031-12-16
region:
  level: city
  name: 澄岭市
speaker:
  title: 市委副书记、市委教育工作领导小组组长
priorities:
  - area: 校园安全
    points:
      - 寒假前，各县（市、区）对全部寄宿制学校的取暖设施开展一次检查。
      - 1月15日前，市公安局、市交通运输局对山区两县接送学生车辆开展联合整治。
"""


@pytest.mark.parametrize("seed", (0, 1, 2, 3, 4))
def test_a_winter_meetings_work_is_the_next_steps(seed: int) -> None:
    """Round dj's 15, Y: a leading group on 16 December whose tasks fall in January said
    领导小组今年的工作, 确定今年的重点任务, 今年的任务已经明确 — "12月中旬说今年不准"."""
    text = "".join(spoken_lines_of(WINTER_GROUP, seed))
    # (the frames; the supervision line 督导要紧盯今年的重点任务 is left: it is filtered by its literal
    # year where a meeting deploys nothing, and said as the supervision of this year's work)
    assert not re.search(r"今年的(?:工作讲|任务已经明确|工作中逐项)|确定今年的重点任务", text)
    assert not re.search(r"领导小组今年的工作|围绕今年的", text)


def test_a_spring_meetings_work_is_this_years() -> None:
    """The same frames at a March meeting still say 今年 (guard)."""
    from speechdraft.compose.context import Years
    from speechdraft.genre import plan_year

    spring = Years(meeting=2031, review=2030, plan=plan_year(2031), review_plan=plan_year(2030))
    assert spring.work_ahead == "今年"
    winter = Years(
        meeting=2031,
        review=2031,
        plan=plan_year(2031),
        review_plan=plan_year(2031),
        held=2031,
        late_this_winter=True,
    )
    assert winter.work_ahead == "下一步"


@pytest.mark.parametrize(
    ("point", "said"),
    [
        # round dj's 06, G: 要确保县公安局交警大队假期加强…, "要点硬塞进“要确保”框架"
        (
            "县公安局交警大队假期加强对农村面包车、三轮车违规载学生的查处。",
            "县公安局交警大队假期要加强对农村面包车、三轮车违规载学生的查处。",
        ),
        # round dj's 06, R: 假期要每天下午两点到六点，各村（社区）安排人员…, "要位置不对"
        (
            "假期每天下午两点到六点，各村（社区）安排人员对重点水域巡查看护。",
            "假期每天下午两点到六点，各村（社区）要安排人员对重点水域巡查看护。",
        ),
    ],
)
def test_the_charge_follows_the_bodies_and_their_season(point: str, said: str) -> None:
    assert "".join(charge_pieces(point, False)) == said


def test_a_bureau_does_not_charge_a_peers_season() -> None:
    said = "".join(charge_pieces("县公安局交警大队假期加强对农村面包车违规载学生的查处。", True))
    assert "假期要加强" not in said


@pytest.mark.parametrize(
    ("clause", "said"),
    [
        # round dj's 02, G: 小规模学校要在两个教学点推行…【待核：怎么办好？】
        (
            "小规模学校怎么办好？今年拟在两个教学点推行“同步课堂”。",
            "办好小规模学校，今年拟在两个教学点推行“同步课堂”。",
        ),
        # round dk's 17, G: 【待核：怎么用？】 "把设问变成待核项"
        (
            "撤并后石峡教学点的校舍怎么用？拟移交石峡村委会作为村级儿童之家。",
            "关于撤并后石峡教学点的校舍使用问题，拟移交石峡村委会作为村级儿童之家。",
        ),
    ],
)
def test_the_clerks_how_question_is_the_topic_of_its_answer(clause: str, said: str) -> None:
    from speechdraft.compose.context import _question_said

    assert _question_said(clause) == said


@pytest.mark.parametrize(
    "point",
    [
        # round dk's 04, G F: 喻国梁老师要在乡村学校任教三十一年, "把事迹变成了要求"
        "碛北县墩头乡中心小学喻国梁老师在乡村学校任教三十一年，一个人撑起全校的音乐课。",
        "市第二职业中专戚亚男老师带领学生在全国职业院校技能大赛中获一等奖。",
    ],
)
def test_a_named_teachers_deeds_are_told_not_charged(point: str) -> None:
    assert "".join(charge_pieces(point, False)) == point


def test_teachers_by_their_role_are_still_charged() -> None:
    """A role is no name (guard): 各学校班主任老师要每学期家访一次."""
    assert "".join(charge_pieces("各学校班主任老师每学期家访一次。", False)) == (
        "各学校班主任老师要每学期家访一次。"
    )


NO_NEW_KINDERGARTENS = """
kind: leading_group
meeting:
  name: 2034年旗委教育工作领导小组第一次全体会议
  date: 2034-04-18
region:
  level: banner
  name: 查干淖尔旗
speaker:
  title: 旗委书记、旗委教育工作领导小组组长
targets:
  items:
    - 学前三年毛入园率达到93%以上
priorities:
  - area: 学前教育普及普惠
    points:
      - 旗直幼儿园小班学位偏紧，旗教育局会同各苏木镇摸清明年入园需求。
      - 旗教育局、旗财政局共同核定公办园生均公用经费标准。
      - 幼儿园保教人员持证上岗，年内持证率达到百分之九十以上。
    facts:
      普惠性幼儿园覆盖率: 达到91%
      新建改扩建公办幼儿园数: 无
  - area: 校园安全
    points:
      - 各幼儿园开学前完成一次消防检查。
"""


@pytest.mark.parametrize("seed", (0, 1, 2, 3, 4, 5))
def test_no_new_kindergartens_no_opening_on_time(seed: int) -> None:
    """Round dk's 15, F A: 对新建公办园…确保按时开园 where the clerk answered 新建改扩建公办幼儿园数：无
    (a guard: these drafts did not reach that unit at 3fcbd55b either; round dk's 15 did, seeds 0
    and 1, and no longer does)."""
    text = "".join(spoken_lines_of(NO_NEW_KINDERGARTENS, seed))
    assert "旗直幼儿园" in text
    assert "新建公办" not in text
    assert "按时开园" not in text


def test_a_teachers_day_count_from_another_year_is_flagged(tmp_path: Path) -> None:
    """Rounds dl's 04 and 16, F: 第41个教师节 in a 2030 title, while the draft said 第46个."""
    from speechdraft.intake.plausibility import plausibility_warnings
    from speechdraft.intake.profile import load_profile
    from speechdraft.phrasebank import load_phrasebank
    from speechdraft.resources import builtin_templates_dir

    path = tmp_path / "td.yaml"
    path.write_text(
        "kind: teachers_day\nmeeting:\n  name: 全旗庆祝第41个教师节教师代表座谈会\n"
        "  date: 2030-09-08\nregion:\n  level: banner\n  name: 哈日淖尔旗\n"
        "speaker:\n  title: 旗委副书记\n",
        encoding="utf-8",
    )
    bank = load_phrasebank(builtin_templates_dir())
    messages = [p.message for p in plausibility_warnings(load_profile(path), bank)]
    assert any("第41个教师节" in m and "第46个" in m for m in messages)
    right = path.read_text(encoding="utf-8").replace("第41个", "第46个")
    path.write_text(right, encoding="utf-8")
    messages = [p.message for p in plausibility_warnings(load_profile(path), bank)]
    assert not any("个教师节" in m for m in messages)


@pytest.mark.parametrize(
    "point",
    [
        # round dl's 12, G: 教师要参加非教学培训、填报表格情况…, read as an order to attend
        "教师参加非教学培训、填报表格情况，每学期由市政府教育督导室随机抽查一次。",
        # round dl's 04, G F: 今年要颁发 of certificates handed out at the meeting
        "从教30年荣誉证书今年颁发6人，其余参会的老师们同样辛苦。",
    ],
)
def test_a_topic_then_its_checker_or_a_count_given_is_told_whole(point: str) -> None:
    assert "".join(charge_pieces(point, False)) == point
