"""Fixes written after round ao's reading (docs/review/2026-12-02ao), each on its own profile."""

from __future__ import annotations

from pathlib import Path

import pytest

from speechdraft.pipeline import build_draft

RATE_WITH_CHANGE = """\
kind: leader_speech
meeting:
  date: 2027-02-20
region:
  level: county
  name: 北汀县
speaker:
  title: 县委书记
  name: 周启明
review:
  achievements:
    - area: 学前教育
      points:
        - 第二期学前教育行动计划顺利收官
      figures:
        学前三年毛入园率: 现有88.6%，同比提高2.4个百分点
        普惠性幼儿园覆盖率: 现有91.5%，较2020年提高9.5个百分点
priorities:
  - area: 学前教育
    points:
      - 新建公办幼儿园3所
"""


def spoken(tmp_path: Path, text: str, seed: int) -> str:
    path = tmp_path / "会议信息.yaml"
    path.write_text(text, encoding="utf-8")
    return "\n".join(build_draft(path, seed=seed).document.spoken_lines())


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_rate_marked_as_the_present_keeps_its_change_and_loses_the_mark(
    tmp_path: Path, seed: int
) -> None:
    text = spoken(tmp_path, RATE_WITH_CHANGE, seed)
    assert "现有88.6%" not in text and "现有91.5%" not in text
    assert "88.6%，同比提高2.4个百分点" in text
    assert "91.5%，较2020年提高9.5个百分点" in text


DECIDED = """\
kind: leader_speech
meeting:
  date: 2025-02-18
region:
  level: county
  name: 北汀县
speaker:
  title: 县长
  name: 周启明
priorities:
  - area: 教师队伍建设
    points:
      - 经县政府常务会议研究，乡村教师生活补助从每月500元提高到每月650元，3月起执行
  - area: 课后服务
    points:
      - 经县政府常务会议研究同意，课后服务按每生每学期180元标准收取服务性收费
"""


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_decision_taken_is_reported_not_ensured(tmp_path: Path, seed: int) -> None:
    text = spoken(tmp_path, DECIDED, seed)
    assert "经县政府常务会议研究，乡村教师生活补助从每月500元提高到每月650元" in text
    assert "经县政府常务会议研究同意，课后服务按每生每学期180元标准" in text
    for frame in ("确保经", "抓好经", "推动经", "要经县政府", "做好经"):
        assert frame not in text


DUTIES = """\
kind: leader_speech
meeting:
  date: 2025-02-18
region:
  level: county
  name: 北汀县
speaker:
  title: 县长
  name: 周启明
priorities:
  - area: 校园安全
    points:
      - 县公安局负责在城区学校门口设立护学岗
  - area: 教育投入
    points:
      - 县财政局负责足额落实生均公用经费
      - 县住建局负责全区学校校舍安全鉴定
"""


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_duty_with_its_own_deed_says_the_deed(tmp_path: Path, seed: int) -> None:
    text = spoken(tmp_path, DUTIES, seed)
    assert "县公安局要在城区学校门口设立护学岗" in text
    assert "县财政局要足额落实生均公用经费" in text
    assert "要负责在" not in text and "要负责足额" not in text
    assert "县住建局要负责全区学校校舍安全鉴定" in text  # a duty's object keeps 负责


REPORT = """\
kind: work_report
meeting:
  date: 2018-02-26
region:
  level: district
  name: 临川区
speaker:
  title: 区教育局局长
  name: 周启明
priorities:
  - area: 学前教育
    points:
      - 拟将5所小区配套园移交教育部门举办公办园
  - area: 校园安全
    points:
      - 区公安分局负责全区学校一键报警系统接入
"""


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_bureaus_plan_and_a_peers_duty_read_whole(tmp_path: Path, seed: int) -> None:
    text = spoken(tmp_path, REPORT, seed)
    assert "将将" not in text
    assert "把5所小区配套园移交教育部门举办公办园" in text
    assert "区公安将分局" not in text
    assert "配合区公安分局做好全区学校一键报警系统接入" in text


BODY_PLANS = """\
kind: school_opening
meeting:
  date: 2027-08-26
region:
  level: district
  name: 云川区
speaker:
  title: 区长
  name: 黎明远
priorities:
  - area: 心理健康
    points:
      - 区教育局拟在9月底前组织心理健康教师专项培训
  - area: 教师队伍建设
    points:
      - 区人社局、区教育局计划12月底前完成新教师招聘方案
"""


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_bodys_plan_in_a_leaders_speech_is_his_charge(tmp_path: Path, seed: int) -> None:
    text = spoken(tmp_path, BODY_PLANS, seed)
    assert "区教育局要在9月底前组织心理健康教师专项培训" in text
    assert "区人社局、区教育局要在12月底前完成新教师招聘方案" in text
    assert "拟在9月底前" not in text and "计划12月底前" not in text


TOWN = """\
kind: teachers_day
meeting:
  date: 2029-09-08
region:
  level: town
  name: 阿日善苏木
speaker:
  title: 苏木达
  name: 巴特尔
review:
  achievements:
    - area: 办学条件
      points:
        - 苏木中心学校和幼儿园完成校舍维修
priorities:
  - area: 国家通用语言文字
    points:
      - 中心学校和幼儿园推广普通话
  - area: 师德师风
  - area: 教师待遇
"""


def test_a_towns_central_school_and_kindergarten_are_named_once() -> None:
    import tempfile

    for seed in (1, 2, 3, 4, 5, 6):
        with tempfile.TemporaryDirectory() as folder:
            text = spoken(Path(folder), TOWN, seed)
        assert "幼儿园、幼儿园" not in text and "幼儿园和幼儿园" not in text
        assert "幼儿园校长" not in text
