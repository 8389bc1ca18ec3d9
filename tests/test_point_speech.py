"""A clerk's point said as a speaker says it, and one table of words (point23, round ak's R
and G on points).

- templates/norms/point_verbs.yaml holds the word lists of compose/point_place, point_clause
  and point_grammar, checked by a pydantic model with Chinese file:line errors;
- a case and where its rule applies said with 要 after the case (…不合格的，要在…中实行…; a
  case and its rule with no place stays a rule as written), the schools' deed with its
  object after the verb (全旗各学校要全面使用…), a list of who answers for whom said whole
  (乡干部包村、村干部包户，要在…), a time then a deed (要在开学第一周逐户核查), a call of the
  speaker's own with its result (要克服…，确保…);
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from _matrix import spoken
from speechdraft import norms
from speechdraft.compose import point_clause, point_grammar, point_place
from speechdraft.compose.weave import charge_pieces
from speechdraft.datafile import DataFileError
from speechdraft.resources import builtin_templates_dir

# -- the table ------------------------------------------------------------------------------


def test_the_three_modules_read_one_table() -> None:
    table = norms.load_point_verbs()
    assert table.practices == point_place._PRACTICES
    assert ("交流轮岗", "推进") in table.practices
    assert table.needs_result == point_place._NEEDS_RESULT
    assert table.head_verbs == point_clause._HEAD_VERBS
    assert ("台账", "建好用好") in table.head_verbs
    assert table.any("events") == point_grammar._EVENT
    assert table.any("kept_tails") == "(?:不变|不动摇|不放松|不松劲)"
    # no module keeps a word list of its own: the alternations are built from the table
    for module in (point_place, point_clause, point_grammar):
        source = Path(module.__file__ or "").read_text(encoding="utf-8")
        assert "_V = load_point_verbs()" in source
        assert not re.search(r"\(\?:(?:[\u4e00-\u9fff]{2,4}\|){6,}", source), module.__name__


def _broken(tmp_path: Path, old: str, new: str) -> str:
    text = (builtin_templates_dir() / "norms" / "point_verbs.yaml").read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "point_verbs.yaml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(DataFileError) as caught:
        norms._read(path, "point_verbs", "要点词表")
    return str(caught.value)


def test_a_repeated_word_is_named_with_its_line(tmp_path: Path) -> None:
    message = _broken(tmp_path, "month_deeds: [组织, ", "month_deeds: [组织, 组织, ")
    line = next(
        i
        for i, text in enumerate((tmp_path / "point_verbs.yaml").read_text().splitlines(), 1)
        if text.startswith("month_deeds:")
    )
    assert f"point_verbs.yaml:{line}:" in message, message
    assert "重复" in message and "组织" in message, message


def test_a_pattern_sign_or_an_unknown_list_is_refused(tmp_path: Path) -> None:
    message = _broken(tmp_path, "people: [校长, ", "people: [校长|, ")
    assert "字面的词" in message and "people" in message, message
    message = _broken(tmp_path, "\nspans:", "\nverbs_unknown: [做]\nspans:")
    assert "verbs_unknown" in message and "不认识" in message, message


# -- points said as speech ------------------------------------------------------------------

SAID = [
    # a case, then where its rule applies: 要 after the case (a bureau states the rule)
    (
        "师德考核不合格的，在职称评聘、评优评先中实行“一票否决”",
        False,
        "师德考核不合格的，要在职称评聘、评优评先中实行“一票否决”",
    ),
    (
        "师德考核不合格的，在职称评聘、评优评先中实行“一票否决”",
        True,
        "师德考核不合格的，在职称评聘、评优评先中实行“一票否决”",
    ),
    # the object after its verb
    ("全旗各学校国家统编教材全面使用", False, "全旗各学校要全面使用国家统编教材"),
    ("全旗各学校国家统编教材全面使用", True, "我们将推动全旗各学校全面使用国家统编教材"),
    # who answers for whom, said whole; the deed after it takes the charge
    (
        "乡干部包村、村干部包户，开学第一周逐户核查",
        False,
        "乡干部包村、村干部包户，要在开学第一周逐户核查",
    ),
    (
        "乡干部包村、村干部包户，开学第一周逐户核查",
        True,
        "乡干部包村、村干部包户，要在开学第一周逐户核查",
    ),
    (
        "村干部包户、教师包人，每月核查一次在校情况",
        False,
        "村干部包户、教师包人，要每月核查一次在校情况",
    ),
    ("县级领导包乡、乡级领导包村、教师包户", False, "要落实县级领导包乡、乡级领导包村、教师包户"),
    # a time, then the deed
    ("开学第一周逐户核查", False, "要在开学第一周逐户核查"),
    ("开学后集中开展一次校外培训排查", True, "我们将在开学后集中开展一次校外培训排查"),
    # the speaker's own call, and its result
    ("克服雨雪天气影响，秋季开学平稳有序", False, "要克服雨雪天气影响，确保秋季开学平稳有序"),
    ("转变作风，多到学校去", False, "要转变作风，多到学校去"),
]


@pytest.mark.parametrize(("point", "bureau", "said"), SAID)
def test_a_point_is_said_as_speech(point: str, bureau: bool, said: str) -> None:
    assert "".join(charge_pieces(point, bureau)) == said


@pytest.mark.parametrize(
    ("point", "said"),
    [
        # a case whose rule is said with 要 already, or a 对 case: as before
        ("发生重大安全责任事故的，实行“一票否决”", "发生重大安全责任事故的，要实行“一票否决”"),
        ("整改不到位的，暂停秋季招生", "整改不到位的，暂停秋季招生"),
        # a case and its rule with no place: a rule as written (test_weave_points)
        ("全区教师师德考核不合格的实行“一票否决”", "全区教师师德考核不合格的实行“一票否决”"),
        ("承包到期的一律不再续签", "承包到期的一律不再续签"),
        ("校长教师交流轮岗", "要推进校长教师交流轮岗"),
        (
            "教师包片、学生包点，节假日前必须进行防溺水提醒",
            "教师包片、学生包点，节假日前必须进行防溺水提醒",
        ),
    ],
)
def test_points_said_well_before_are_unchanged(point: str, said: str) -> None:
    assert "".join(charge_pieces(point, False)) == said


def _profile(kind: str, level: str, name: str, title: str, points: list[str]) -> dict[str, Any]:
    return {
        "kind": kind,
        "meeting": {"name": f"{name}教育工作会议", "date": "2027-03-10"},
        "region": {"level": level, "name": name},
        "speaker": {"title": title, "name": "陈立新"},
        "duration_minutes": 20,
        "priorities": [
            {"area": "教师队伍", "points": points[:2]},
            {"area": "控辍保学", "points": points[2:]},
        ],
    }


_POINTS = [
    "师德考核不合格的，在职称评聘、评优评先中实行“一票否决”",
    "全区各学校国家统编教材全面使用",
    "乡干部包村、村干部包户，开学第一周逐户核查",
]


@pytest.mark.parametrize("seed", [1, 2])
def test_a_leaders_draft_says_the_points_as_speech(seed: int) -> None:
    text = spoken(_profile("leader_speech", "county", "青河县", "县长", _POINTS), seed)
    assert "师德考核不合格的，要在职称评聘、评优评先中实行“一票否决”" in text, text
    assert "全区各学校要全面使用国家统编教材" in text, text
    assert "乡干部包村、村干部包户，要在开学第一周逐户核查" in text, text
    assert "乡干部要包村" not in text and "统编教材要全面使用" not in text, text
    assert "要对师德考核" not in text, text
