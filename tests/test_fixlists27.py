"""A clerk's ；-list of bare items and a point that opens with its source, said as the clerk
means them (round ap's readers; branch fixlists27): the items split, each in the verb its own
ending asks for and joined in one sentence (an item that is the section's topic not said again);
the 据X统计，… attribution said as given, only a later deed framed."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from speechdraft.pipeline import build_draft

HEAD = """\
kind: {kind}
meeting:
  name: 全县教育工作会议
  date: 2024年2月20日
region:
  level: county
  name: 柳岸县
speaker:
  title: {title}
  name: 林正
{extra}review:
  achievements:
    - area: 义务教育均衡发展
      points:
        - 全县义务教育优质均衡发展通过省级督导评估
  problems:
    - 城区学位依然紧张
priorities:
"""
LEADER = HEAD.format(
    kind="leader_speech",
    title="县委书记",
    extra="  on_behalf_of: 县委、县政府\nduration_minutes: 25\n",
)
REPORT = HEAD.format(kind="work_report", title="县教育局党组书记、局长", extra="")

LISTS = """\
  - area: 校园安全
    points:
      - 校车安全；食品安全；校园欺凌
      - 各学校要排查隐患；县公安局要设立护学岗
  - area: 义务教育
    points:
      - 作业管理；课后服务；手机管理
      - 扶持乡村小规模学校，按100人核定公用经费
"""
DROWNING = """\
  - area: 防溺水
    points:
      - 校车安全；食品安全；防溺水
      - 县水利局负责在重点水域设置警示标志
"""
SOURCED = """\
  - area: 义务教育
    points:
      - 据区住建局测算，城北片区今后三年新增适龄儿童约2100人
      - 据州住建局统计，全州中小学现有燃煤取暖设施的教室和宿舍2,418间，全部安装一氧化碳报警器
  - area: 校园安全
    points:
      - 据市自然资源局排查，全市位于地质灾害隐患点附近的学校9所，汛期前全部落实避险转移预案
      - 据县人社局核定，今年公开招聘教师计划92名，其中乡村学校不少于20名
"""


def spoken(tmp_path: Path, text: str, seed: int) -> str:
    path = tmp_path / "会议信息.yaml"
    path.write_text(text, encoding="utf-8")
    return "\n".join(build_draft(path, seed=seed).document.spoken_lines())


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_list_of_bare_items_is_said_item_by_item(tmp_path: Path, seed: int) -> None:
    text = spoken(tmp_path, LEADER + LISTS, seed)
    assert "校车安全；食品安全" not in text and "作业管理；课后服务" not in text
    assert "确保校园欺凌" not in text
    assert "确保校车安全和食品安全，防范校园欺凌" in text
    assert "加强作业管理、课后服务和手机管理" in text
    assert "各学校要排查隐患；县公安局要设立护学岗" in text  # clauses: as written


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_bureau_says_the_items_with_its_own_will(tmp_path: Path, seed: int) -> None:
    text = spoken(tmp_path, REPORT + LISTS, seed)
    assert "校车安全；食品安全" not in text and "作业管理；课后服务" not in text
    assert "确保校车安全和食品安全，防范校园欺凌" in text
    assert "加强作业管理、课后服务和手机管理" in text
    assert "我们将我们将" not in text


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_sections_own_topic_is_not_an_item_again(tmp_path: Path, seed: int) -> None:
    text = spoken(tmp_path, LEADER + DROWNING, seed)
    assert "确保校车安全和食品安全" in text
    assert "防溺水。" not in text and "食品安全，做好防溺水工作" not in text


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("profile", [LEADER, REPORT], ids=["leader", "report"])
def test_a_source_is_said_as_given(tmp_path: Path, seed: int, profile: str) -> None:
    text = spoken(tmp_path, profile + SOURCED, seed)
    will = "我们将" if profile is REPORT else "要"
    assert "据区住建局测算，城北片区今后三年新增适龄儿童约2100人。" in text
    assert "据县人社局核定，今年公开招聘教师计划92名，其中乡村学校不少于20名" in text
    assert f"教室和宿舍2418间，{will}全部安装一氧化碳报警器" in text
    assert f"学校9所，{will}在汛期前全部落实避险转移预案" in text
    assert not re.search(r"据[^，。]{2,12}?(?:要|将)(?:统计|测算|排查|核定)", text)
    for source in ("据区住建局", "据州住建局", "据市自然资源局", "据县人社局"):
        assert f"要{source}" not in text and f"推动{source}" not in text
        assert f"确保{source}" not in text and f"由{source}" not in text
