"""Lines labelled A that stop 76 fixed (issue 11): round cm's two left at stop 75 and
round cr's (docs/review/2026-12-07cr), read at the tree named in each test. Every test
function fails at that tree."""

from __future__ import annotations

import re

import pytest

from document_support import spoken_lines_of

UNDATED_SUMS = """
kind: concluding_remarks
meeting:
  name: 全州县域普通高中振兴推进会
  date: 2027-04-16
region:
  level: prefecture
  name: 岚川州
speaker:
  title: 州长
priorities:
  - area: 教育经费投入
    points:
      - 各县（市）要把县中建设资金列入预算，按进度拨付。
    facts:
      一般公共预算教育支出: 58.6亿元
  - area: 教育信息化
    points:
      - 推进三个课堂常态化应用。
    facts:
      教育信息化建设投入: 1850万元
"""


@pytest.mark.parametrize("seed", (1, 2, 3, 4, 5, 6, 7, 8))
def test_a_sum_given_with_no_year_is_not_said_as_this_years(seed: int) -> None:
    """Round cm's 19 and 23, A (left at stop 75): 一般公共预算教育支出今年安排58.6亿元 and
    今年的1850万元信息化建设投入 — the clerk gave neither sum a year. The funding file's
    fact('…') in single quotes had also kept its wordings out of every rule that looks
    ahead to a fact."""
    text = "".join(spoken_lines_of(UNDATED_SUMS, seed))
    for figure in ("58.6亿元", "1850万元"):
        for sentence in re.findall(r"[^。；]*" + re.escape(figure) + r"[^。；]*", text):
            assert "今年" not in sentence and "全年" not in sentence, sentence


def test_every_fact_is_spelled_one_way_in_the_bank() -> None:
    """A wording's fact call reaches the rules in the one spelling they look for."""
    from bank_support import bank_wordings

    calls = [c for w in bank_wordings() for c in re.findall(r"\{\{[^{}]*fact\([^{}]*\}\}", w)]
    assert calls
    odd = [c for c in calls if not re.fullmatch(r'\{\{ fact\("[^"]+"\) \}\}', c)]
    assert not odd, odd[:5]


LEAGUE = """
kind: concluding_remarks
meeting:
  name: 全盟职业教育产教融合现场推进会
  date: 2029-06-12
region:
  level: {level}
  name: 乌兰套海盟
speaker:
  title: 副盟长
priorities:
  - area: 职业教育产教融合
    points:
      - 每个旗县至少办好一所中等职业学校。
      - 推动盟职业技术学院与乳业企业共建实训基地。
  - area: 校园安全
    points:
      - 暑期防溺水要落实到每个嘎查村。
"""


@pytest.mark.parametrize("level", ("prefecture", "city"))
@pytest.mark.parametrize("seed", (1, 2, 3))
def test_a_league_speaks_as_a_league(level: str, seed: int) -> None:
    """Rounds cr's 06 and 19: a 盟 (filed as a prefecture by both writers: no level said
    盟) was 全州 and 州委 in the bank's lines beside the clerk's 全盟; as a city, 市政府 and
    各县（市、区）."""
    text = "".join(spoken_lines_of(LEAGUE.format(level=level), seed))
    assert "全盟" in text
    for word in ("全州", "州委", "州政府", "全市", "市委", "市政府", "我州", "我市", "教育强州"):
        assert word not in text, word
