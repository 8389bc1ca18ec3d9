"""Readers' R lines of rounds bh, bi and bj (docs/review/2026-12-05bh…bj) fixed in stop 60,
each on its own profile or clause. Every test function fails on f030db33 (stop 59's tree)."""

from __future__ import annotations

from pathlib import Path

import pytest

from speechdraft.pipeline import build_draft

ROOT = Path(__file__).resolve().parents[1]
PHRASES = ROOT / "templates" / "phrases"


def _clause(text: str) -> str:
    from speechdraft.compose.context import _clause as said

    return said(text)


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        (
            "小学不低于950元/生·年、初中不低于1150元/生·年",
            "小学每生每年不低于950元、初中每生每年不低于1150元",
        ),
        ("按200元/生/年增拨寄宿生公用经费", "按每生每年200元增拨寄宿生公用经费"),
        ("乡村学校安全设施补助30万元/校", "乡村学校安全设施补助每校30万元"),
    ],
)
def test_a_rate_per_head_is_said_as_spoken(typed: str, said: str) -> None:
    """“元/生·年”是表格单位，念不出来 (round bj's 15 and 19, R)."""
    assert _clause(typed) == said


def test_a_tables_header_line_is_zipped_with_its_data() -> None:
    """序号 项目 完成情况 … 完成时限：2 东坑完小饮水改造 已完成 … read aloud (round bi's 10, G R)."""
    said = _clause(
        "序号 项目 完成情况 牵头单位 配合单位 完成时限：2 东坑完小饮水改造 已完成 镇中心学校 镇水务站 2020年10月"
    )
    assert said == "东坑完小饮水改造由镇中心学校牵头，镇水务站配合，已于2020年10月完成"
    said = _clause("序号、保障事项、牵头单位、配合单位：1、教育经费足额拨付、市财政局、市教育局")
    assert said == "教育经费足额拨付由市财政局牵头，市教育局配合"
    # a header whose values do not match its columns is left as typed
    odd = "序号 项目 完成情况：2 东坑完小饮水改造 已完成 镇中心学校"
    assert "东坑完小饮水改造" in _clause(odd) and "由" not in _clause(odd)


def test_a_row_done_by_its_date_says_when_it_was_done() -> None:
    """已完成，2020年10月底前完成 (round bi's 10, F)."""
    said = _clause(
        "序号2 项目：校园一键报警联网 完成情况：已完成，全县学校全部接入 "
        "牵头单位：县公安局 配合单位：县教育局 完成时限：8月31日"
    )
    assert "已于8月31日完成，全县学校全部接入" in said
    assert "前完成" not in said
    pending = _clause(
        "序号1 项目：城区学位扩容 完成情况：在建 牵头单位：市教育局 完成时限：2022年8月31日"
    )
    assert pending.endswith("目前在建，2022年8月31日前完成")


@pytest.mark.parametrize(
    ("typed", "said", "marked"),
    [
        (
            "与保险公司合作办理暑期意外伤害保险，是否由镇财政补贴，待镇党委会研究",
            "与保险公司合作办理暑期意外伤害保险",
            "是否由镇财政补贴，待镇党委会研究",
        ),
        (
            "白岩村小学现有学生19人，是否撤并镇里意见不一",
            "白岩村小学现有学生19人",
            "是否撤并镇里意见不一",
        ),
        (
            "区市场监管局、区教育局要联合检查，是否纳入季度通报？待定",
            "区市场监管局、区教育局要联合检查",
            "是否纳入季度通报？待定",
        ),
        (
            "白岩村小学是否撤并，计划6月底前提请镇党委研究，本校无权决定撤并",
            "白岩村小学是否撤并，计划6月底前提请镇党委研究",
            "本校无权决定撤并",
        ),
    ],
)
def test_what_is_not_settled_is_the_clerks_not_speech(typed: str, said: str, marked: str) -> None:
    """尚未决定的内部事项原样念出来 (round bh's 01, round bi's 03, 20 and 22, R G)."""
    assert _clause(typed) == f"{said}【待核：{marked}】"


def test_a_question_put_to_a_body_alone_is_marked_whole() -> None:
    typed = "关于是否将县城第三幼儿园列入今年新建计划，待县政府常务会研究"
    assert _clause(typed) == f"【待核：{typed}】"


def test_a_preceding_items_time_in_brackets_is_said_first() -> None:
    """观摩了…现场（上午） after 刚才 (round bh's 01, G R)."""
    from speechdraft.compose.occasion import recap

    said = recap(
        ["县教育局局长作了全县教育工作报告", "与会人员观摩了石门坳寄宿制学校建设现场（上午）"],
        "县长",
    )
    assert "（上午）" not in said
    # (the attendees said 大家 since stop 81: round di's 05 and 07, R)
    assert said.endswith("；上午，大家观摩了石门坳寄宿制学校建设现场")


REVIEWED = """\
kind: work_report
meeting:
  name: 南屏区2027年教育工作会议
  date: 2027-02-22
region:
  level: district
  name: 南屏区
speaker:
  title: 区教育局局长
  name: 岑望舒
review:
  achievements:
    - 2026年全区新建、改扩建中小学校舍3.6万平方米，新增公办学位1980个。
    - 全区学前三年毛入园率达到90.5%，新增普惠性幼儿园5所。
    - 年初提出的“教师周转宿舍200套”目标仅完成126套，其余因用地未落实顺延。
  problems:
    - 城区学位仍然紧张，部分学校班额偏大。
priorities:
  - area: 学前教育
    points:
      - 新建公办幼儿园2所
"""


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_missed_target_is_a_problem_and_buildings_have_their_claim(
    tmp_path: Path, seed: int
) -> None:
    """五是…目标仅完成… among the year's results (round bh's 02, round bj's 22, S F), and 一是 then
    a bare figure on buildings where the other items had their claim (round bh's 02, R)."""
    path = tmp_path / "会议信息.yaml"
    path.write_text(REVIEWED, encoding="utf-8")
    lines = build_draft(path, seed=seed).document.spoken_lines()
    missed = next(line for line in lines if "仅完成126套" in line)
    problems = next(line for line in lines if "城区学位仍然紧张" in line)
    assert missed == problems  # one problem list holds both
    assert not any(line.startswith(("二是", "三是")) and "仅完成" in line for line in lines)
    first = next(line for line in lines if line.startswith("一是") and line is not problems)
    assert "办学条件" in first


VOTED = """\
kind: work_report
meeting:
  name: 东陂县教育系统第五届教职工代表大会第三次会议
  date: 2027-03-05
region:
  level: county
  name: 东陂县
speaker:
  title: 县教育局党组书记、局长
  name: 甘立岩
targets:
  guideline: 本报告提请大会审议。
"""


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_report_put_to_the_staff_congress_is_not_the_party_groups(
    tmp_path: Path, seed: int
) -> None:
    """代表市教育局党组…请予审议 at a 教代会 (round bi's 02 and round bj's 14, R)."""
    path = tmp_path / "会议信息.yaml"
    path.write_text(VOTED, encoding="utf-8")
    text = "\n".join(build_draft(path, seed=seed).document.spoken_lines())
    assert "请予审议" in text
    assert "代表县教育局党组" not in text
    assert "我代表县教育局" in text


@pytest.mark.parametrize(
    ("path", "said"),
    [
        ("frames/leader_speech.yaml", "一项一项抓推进"),
        ("frames/concluding_remarks.yaml", "只归拢一下"),
        ("areas/compulsory.yaml", "和当初创建一样不能松劲"),
        ("safeguards/assessment.yaml", "多听听师生和家长的意见"),
    ],
)
def test_no_bank_line_in_a_register_readers_struck(path: str, said: str) -> None:
    """一项一项抓推进 不是公文语言; 只归拢一下 过于随口; 多听听…实不实 口语 (rounds bh, bi, R)."""
    assert said not in (PHRASES / path).read_text(encoding="utf-8")
