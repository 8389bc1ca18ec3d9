"""Ideas a draft says once, as data (templates/norms/restate_ideas.yaml; issue 11's D,
branch restate27): a stock line saying again in other words what a clerk's point or another
stock line said is not said, and the clerk's point stays."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from speechdraft.compose.restate import ideas_in
from speechdraft.compose.restate_ideas import RESTATE_IDEAS
from speechdraft.datafile import DataFileError
from speechdraft.norms import _read, load_restate_ideas
from speechdraft.pipeline import build_draft

# round ao's 01 and 07 (a county leader's speech, a report), in other names
KINDERGARTENS = """\
kind: leader_speech
meeting:
  date: 2026-02-24
region:
  level: county
  name: 松岚县
speaker:
  title: 县委书记
  name: 许国栋
priorities:
  - area: 学前教育
    title: 补齐学前教育短板
    points:
      - 每个乡镇至少办好一所公办中心幼儿园
      - 扶持普惠性民办园
      - 治理无证幼儿园
  - area: 普通高中
    title: 推动县域高中振兴
    points:
      - 县一中与市直高中结对帮扶全覆盖
      - 改善县中办学条件
  - area: 教师队伍
    points:
      - 补充教师200名
"""

HOME_VISITS = """\
kind: work_report
meeting:
  date: 2025-02-20
region:
  level: county_city
  name: 柳川市
speaker:
  title: 市教育局局长
  name: 林德海
review:
  achievements:
    - area: 义务教育
      points:
        - 新建学校3所
priorities:
  - area: 课后服务
    points:
      - 课后服务学生参与率达到95%
  - area: 学前教育
    points:
      - 治理无证幼儿园
  - area: 家校共育
    points:
      - 教师家访全覆盖
"""


def spoken(tmp_path: Path, text: str, seed: int) -> list[str]:
    path = tmp_path / "会议信息.yaml"
    path.write_text(text, encoding="utf-8")
    lines = build_draft(path, seed=seed).document.spoken_lines()
    return [s for line in lines for s in re.findall(r"[^。！？]+[。！？]?", line) if s.strip()]


def naming(lines: list[str], *words: str) -> list[str]:
    return [line for line in lines if any(word in line for word in words)]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_clerks_kindergarten_points_are_not_said_again_by_stock_lines(
    tmp_path: Path, seed: int
) -> None:
    lines = spoken(tmp_path, KINDERGARTENS, seed)
    # the clerk's points stay, once each: one sentence names each, and it is the clerk's
    # (said alone, or joined with the other short point: 要扶持普惠性民办园，治理无证幼儿园。
    # since points27 joins short points of one section)
    unlicensed = naming(lines, "无证园", "无证幼儿园")
    assert len(unlicensed) == 1 and "治理无证幼儿园" in unlicensed[0], seed
    private = naming(lines, "普惠性民办园")
    assert len(private) == 1 and "扶持普惠性民办园" in private[0], seed


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_home_visits_are_asked_to_be_real_once(tmp_path: Path, seed: int) -> None:
    lines = spoken(tmp_path, HOME_VISITS, seed)
    assert naming(lines, "家访全覆盖"), seed  # the clerk's point is kept
    real = naming(lines, "家访要重实效", "面对面家访", "家访贵在面对面", "代替上门")
    assert len(real) <= 1, (seed, real)
    assert len(naming(lines, "无证园", "无证幼儿园")) == 1, seed


@pytest.mark.parametrize(
    ("earlier", "later"),
    [
        (
            "对责任落实不到位的单位，要及时提醒、督促改进。",
            "责任落实的情况要经常对照检查，发现偏差及时纠正。",
        ),
        (
            "县一中与市直高中结对帮扶全覆盖。",
            "推动县域高中与高校、优质高中结对合作，引进先进的管理经验。",
        ),
        ("督导要按实战要求组织演练。", "检验应急能力，要在实战化演练中查短板、看实效。"),
        ("9月底前完成全部学校取暖设施检修。", "锅炉、火炉、烟道等取暖设施要逐一检查，不留死角。"),
        (
            "实施学前学会普通话行动。",
            "农村和学前阶段是推普的重点，要把幼儿园作为推广普通话的重要起点。",
        ),
        ("多为教师提供便利、多为学校办实事。", "市直各有关部门要多为教师行方便、为学校办实事。"),
        ("督导部门要依法督导、如实评价。", "督导报告要如实反映问题，不能只讲成绩、回避矛盾。"),
        (
            "明确谁来抓、抓到什么程度。",
            "各单位要对照自己承担的部分排出进度，明确谁来抓、抓到什么程度。",
        ),
    ],
)
def test_the_labelled_pairs_share_an_idea(earlier: str, later: str) -> None:
    assert ideas_in(earlier) & ideas_in(later), (earlier, later)


def test_a_gap_stays_inside_one_clause() -> None:
    (pattern,) = [p for name, p in RESTATE_IDEAS if name == "heating_checked"]
    assert pattern.search("取暖设施要逐一检查")
    assert not pattern.search("取暖设施已经更新，学校要检查门窗")


def test_the_ideas_file_reads_in_order_with_literal_words() -> None:
    ideas = load_restate_ideas()
    names = [name for name, _ in ideas]
    assert len(names) == len(set(names)) and "remind_and_correct" in names
    assert all(words for _, words in ideas)


@pytest.mark.parametrize(
    ("old", "new", "told"),
    [
        ("co_poisoning: [一氧化碳中毒]", "co_poisoning: [一氧化碳(中毒)]", "字面"),
        ("co_poisoning: [一氧化碳中毒]", "co_poisoning: [一氧化碳中毒, 一氧化碳中毒]", "重复"),
        ("co_poisoning: [一氧化碳中毒]", "co_poisoning: […]", "…"),
        ("co_poisoning: [一氧化碳中毒]", "CO: [一氧化碳中毒]", "restate_ideas.yaml:"),
    ],
)
def test_a_bad_word_is_told_in_chinese_with_its_place(
    tmp_path: Path, old: str, new: str, told: str
) -> None:
    source = Path(__file__).resolve().parents[1] / "templates" / "norms" / "restate_ideas.yaml"
    text = source.read_text(encoding="utf-8")
    assert old in text
    bad = tmp_path / "restate_ideas.yaml"
    bad.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(DataFileError) as raised:
        _read(bad, "restate_ideas", "只说一次的意思词表")
    message = str(raised.value)
    assert "restate_ideas.yaml:" in message and told in message


def _scripts() -> None:
    import sys

    folder = str(Path(__file__).resolve().parents[1] / "scripts")
    if folder not in sys.path:
        sys.path.insert(0, folder)


def test_the_label_replay_sees_a_labelled_restatement(tmp_path: Path) -> None:
    _scripts()
    from labelled_restatements import labelled, refused

    labels = tmp_path / "01-work_report-county-2025.txt"
    labels.write_text(
        "# 稿件：01\n\n[] 同志们：\n[] 二、今年的重点任务\n[] （一）压实责任\n"
        "[] 对责任落实不到位的单位，要及时提醒、督促改进。\n"
        "[D] 责任落实的情况要经常对照检查，发现偏差及时纠正。  ← 与上句同义\n",
        encoding="utf-8",
    )
    lines = labelled(labels)
    assert [line.classes for line in lines][-1] == frozenset({"D"})
    assert lines[-1].reason == "与上句同义"
    assert [seen for _, seen in refused(lines)][-2:] == [False, True]


def test_the_pair_count_tells_a_section_from_the_draft() -> None:
    _scripts()
    from restate_pairs import pairs, ruler

    body = [
        "一、总体要求",
        "要扶持普惠性民办园。",
        "要加强对普惠性民办园的业务指导，帮助其保教质量和公办园一起提高。",
        "二、保障措施",
        "普惠性民办园的保教质量要和公办园一起提高，业务指导要跟上。",
    ]
    found = pairs(body, ruler())
    assert [(name, same) for name, _, _, same in found] == [
        ("inclusive_private_kindergartens", True),
        ("inclusive_private_kindergartens", False),
    ]
