"""Quantities written in Chinese numerals are said in Arabic ones (GB/T 15835), reported
where they were turned, and compared with the clerk's other figures (round as: a return's
一亿一千三百万元 beside the figure 1.13亿元 was said twice)."""

from __future__ import annotations

from pathlib import Path

import pytest

from speechdraft.numerals import arabic_quantities, parse_numeral
from speechdraft.pipeline import build_draft, validate_profile_text


@pytest.mark.parametrize(
    ("numeral", "value"),
    [
        ("一亿一千三百万", 113_000_000),
        ("四万二千", 42_000),
        ("一千零六十八", 1068),
        ("七十六", 76),
        ("十六", 16),
        ("两千三百", 2300),
        ("一万二", 12_000),
        ("三百五", 350),
        ("六十二亿四千万", 6_240_000_000),
        ("一千零五十万", 10_500_000),
        ("十四五", None),
        ("五五", None),
    ],
)
def test_a_numeral_is_read_as_its_value(numeral: str, value: int | None) -> None:
    assert parse_numeral(numeral) == value


@pytest.mark.parametrize(
    ("written", "said"),
    [
        (
            "完成投资一亿一千三百万元，新建校舍四万二千平方米",
            "完成投资1.13亿元，新建校舍4.2万平方米",
        ),
        ("高考二本以上上线一千零六十八人", "高考二本以上上线1068人"),
        ("最大班额达到七十六人", "最大班额达到76人"),
        ("计划一万二千人次", "计划1.2万人次"),
        ("奖励资金五万元", "奖励资金5万元"),
        ("新增学位二千四百个（其中小学一千三百五十个）", "新增学位2400个（其中小学1350个）"),
        ("全市教育支出六十二亿四千万元", "全市教育支出62.4亿元"),
    ],
)
def test_a_quantity_in_words_is_said_in_figures(written: str, said: str) -> None:
    assert arabic_quantities(written) == said


@pytest.mark.parametrize(
    "kept",
    [
        "五十六个民族一家亲",
        "十年树木，百年树人",
        "千家万户",
        "“十四五”规划",
        "第四十个教师节",
        "落实“三个增长”",
        "组建四个学区",
        "二十四个班",
        "千万不能麻痹大意",
        "百分之百",
    ],
)
def test_words_that_are_no_quantity_are_kept(kept: str) -> None:
    assert arabic_quantities(kept) == kept


PROFILE = """\
kind: leader_speech
meeting:
  date: 2017-02-22
region:
  level: county
  name: 青川县
speaker:
  title: 县委书记
  name: 张三
review:
  achievements:
    - area: 项目建设
      points:
        - 全面改薄项目完成投资一亿一千三百万元，新建改扩建校舍四万二千平方米
      figures:
        全面改薄投资: 一亿一千三百万元
        新建校舍面积: 4.2万平方米
priorities:
  - area: 教师队伍
    facts:
      今年新补充教师人数: 计划一百八十名
"""


def test_the_turn_is_told_where_it_was_made() -> None:
    loaded = validate_profile_text(PROFILE, "x.yaml")
    told = [w for w in loaded.warnings if "在稿中写作" in w.message]
    places = {(w.line, w.path) for w in told}
    assert (14, "review.achievements[0].points[0]") in places
    assert (16, "review.achievements[0].figures.全面改薄投资") in places
    assert (21, "priorities[0].facts.今年新补充教师人数") in places
    point = next(w for w in told if w.path.endswith("points[0]"))
    assert "“一亿一千三百万元”在稿中写作“1.13亿元”" in point.message
    assert "“四万二千平方米”在稿中写作“4.2万平方米”" in point.message


def test_a_fact_the_clerk_wrote_twice_is_said_once(tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    path.write_text(PROFILE, encoding="utf-8")
    text = "".join(build_draft(path).document.spoken_lines())
    assert text.count("1.13亿元") == 1, text
    assert text.count("4.2万平方米") == 1, text
    assert "一亿一千三百万" not in text and "一百八十" not in text
    assert "180名" in text
