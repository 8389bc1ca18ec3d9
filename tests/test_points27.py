"""The clerk's short points and figures said the way a clerk writes them (issue 11's R and G;
round ao's readers; branch points27): one-phrase points joined, a count said with the whole
it makes, a standard and its deed said once, a claim over a long run its own sentence, a bare
result given its subject and verb."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from speechdraft.compose.review_said import coverage_counted, zero_said
from speechdraft.compose.short_points import said_together
from speechdraft.markup import plain
from speechdraft.pipeline import build_draft

LEADER = """\
kind: leader_speech
meeting:
  name: 全县教育工作会议
  date: 2024年2月20日
region:
  level: county
  name: 柳岸县
speaker:
  title: 县委书记
  name: 林正
  on_behalf_of: 县委、县政府
duration_minutes: 25
review:
  achievements:
    - area: 义务教育均衡发展
      points:
        - 全县义务教育优质均衡发展通过省级督导评估
        - 新建改扩建校舍32,000平方米
      figures:
        改薄累计投入: 1.6亿元
    - area: 教育数字化
      points:
        - 全县中小学智慧校园实现全覆盖
      figures:
        智慧校园: 126所
    - area: 教师队伍
      points:
        - 招聘特岗教师和县聘教师
        - 乡村教师生活补助按月足额发放
      figures:
        补充教师: 215人
        乡村教师生活补助: 每人每月300元至500元
  problems:
    - 城区学位依然紧张
priorities:
  - area: 学前教育
    title: 补齐学前教育短板
    points:
      - 扶持普惠性民办园
      - 治理无证幼儿园
  - area: 校园安全
    title: 守住校园安全底线
    points:
      - 防溺水
      - 校车安全
      - 食品安全
      - 县公安局负责在城区学校门口设立护学岗
"""

THREE_AREAS = """\
kind: leader_speech
meeting:
  name: 全县教育工作会议
  date: 2018年2月22日
region:
  level: county
  name: 石渠县
speaker:
  title: 县委书记
  name: 方远
  on_behalf_of: 县委、县政府
duration_minutes: 25
review:
  achievements:
    - area: 义务教育均衡发展
      points:
        - 全县义务教育发展基本均衡县通过国家督导评估认定
        - 新建改扩建校舍38,000平方米
      figures:
        全面改薄累计投入: 1.9亿元
        大班额: 比上年减少41个
    - area: 学前教育
      points:
        - 第二期学前教育三年行动计划顺利收官
      figures:
        学前三年毛入园率: 现有84.2%，同比提高2.6个百分点
        新建公办幼儿园: 5所
    - area: 教师队伍
      points:
        - 招聘特岗教师和县聘教师
        - 乡村教师生活补助按月足额发放
      figures:
        补充教师: 240人
        乡村教师生活补助: 每人每月200元至400元
priorities:
  - area: 校园安全
    points:
      - 防溺水
      - 校车安全
"""

REPORT = """\
kind: work_report
meeting:
  name: 柳岸市2023年教育工作会议
  date: 2023-02-16
region:
  level: county_city
  name: 柳岸市
speaker:
  title: 市教育局党委书记、局长
  name: 韩立
review:
  achievements:
    - area: 课后服务
      points:
        - 义务教育学校课后服务实现全覆盖
      figures:
        课后服务学生参与率: 88.5%
    - area: 校园安全
      points:
        - 全年校园零事故
priorities:
  - area: 课后服务
    points:
      - 提升课后服务质量，引进非学科类优质资源
"""


def spoken(tmp_path: Path, text: str, seed: int) -> str:
    path = tmp_path / "会议信息.yaml"
    path.write_text(text, encoding="utf-8")
    return "\n".join(build_draft(path, seed=seed).document.spoken_lines())


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_one_phrase_points_of_a_section_are_one_sentence(tmp_path: Path, seed: int) -> None:
    text = spoken(tmp_path, LEADER, seed)
    assert "要确保校车安全。" not in text and "要确保食品安全。" not in text
    assert "确保校车安全和食品安全。" in text
    assert "要做好防溺水工作，确保校车安全和食品安全。" in text
    assert "要扶持普惠性民办园，治理无证幼儿园。" in text
    # the longer point beside them is said as before
    assert "县公安局要在城区学校门口设立护学岗。" in text


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_count_of_the_whole_is_said_with_its_units(tmp_path: Path, seed: int) -> None:
    text = spoken(tmp_path, LEADER, seed)
    assert "全县126所中小学全部建成智慧校园" in text
    assert "智慧校园126所" not in text
    assert text.count("智慧校园") == 1


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_standard_and_its_deed_say_the_verb_once(tmp_path: Path, seed: int) -> None:
    text = spoken(tmp_path, LEADER, seed)
    assert "乡村教师生活补助按每人每月300元至500元的标准按月足额发放" in text
    line = next(s for s in re.split("[。\n]", text) if "生活补助" in s)
    assert line.count("发放") == 1


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_claim_over_a_long_run_is_a_sentence_of_its_own(tmp_path: Path, seed: int) -> None:
    text = spoken(tmp_path, THREE_AREAS, seed)
    item = next(line for line in text.splitlines() if "招聘特岗教师" in line)
    assert re.match(r"^[一二三四五]是[^，；。]+。招聘特岗教师和县聘教师；", item), item


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_bare_result_alone_under_its_heading_is_said_whole(tmp_path: Path, seed: int) -> None:
    lines = spoken(tmp_path, REPORT, seed).splitlines()
    assert "全年校园零事故。" not in lines
    assert "在全系统共同努力下，全市全年实现校园零事故。" in lines


def test_said_together_joins_only_runs_of_short_sentences() -> None:
    assert said_together(["要确保校车安全。", "要确保食品安全。", "要确保消防安全。"]) != [
        "要确保校车安全。",
        "要确保食品安全。",
        "要确保消防安全。",
    ]
    joined = plain(
        "".join(said_together(["要确保校车安全。", "要确保食品安全。", "要确保消防安全。"]))
    )
    assert joined == "要确保校车安全、食品安全和消防安全。"
    # one alone, a longer one, a preposition first: as they are
    alone = ["要确保校车安全。", "县公安局要在城区学校门口设立护学岗。", "要把安全教育纳入课程。"]
    assert said_together(alone) == alone
    five = said_together([f"要做好第{n}项工作。" for n in "一二三四五"])
    assert [plain(s) for s in five] == [
        "要做好第一项工作、第二项工作和第三项工作。",
        "要做好第四项工作和第五项工作。",
    ]


def test_coverage_counted_needs_the_units_and_the_thing() -> None:
    assert coverage_counted("全市中小学智慧校园实现全覆盖", "智慧校园", "412所") == (
        "全市412所中小学全部建成智慧校园"
    )
    assert coverage_counted("全市中小学智慧校园实现全覆盖", "智慧校园", "85%") == ""
    assert coverage_counted("全市智慧校园实现全覆盖", "智慧校园", "412所") == ""
    assert coverage_counted("全市中小学录播系统实现全覆盖", "录播系统", "88所") == (
        "全市88所中小学录播系统实现全覆盖"
    )


def test_zero_said_only_a_bare_zero_result() -> None:
    assert zero_said("全年校园零感染", "全市") == "在全系统共同努力下，全市全年实现校园零感染"
    assert zero_said("全县校园零事故", "全县") is None
    assert zero_said("县中生源回流明显", "全县") is None
