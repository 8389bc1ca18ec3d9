"""Stock lines fit the level that speaks them (town27; issue 11's L, round ao): a town has
its 中心学校, 村小, 教学点 and 幼儿园 — no 特殊教育学校 unless its profile names one, no
各级各类学校, no layers below it, no say over teachers' pay, titles and 师德 cases; a city's
or a province's leaders speak to the counties and their departments, not to 校长 and 班主任;
a leading group's meeting is told about 成员单位, not a school's open days or its own division
of work. The rules: templates/norms/level_fit.yaml (voice.py's bars), the bank's tags and
situation.has_special_schools.

The test's own profiles, rendered at seeds 1–3, asserted on the sentences.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from _matrix import spoken
from level_support import TOWN27_PLACES
from speechdraft.datafile import DataFileError
from speechdraft.norms import _read, load_level_fit
from speechdraft.situation import has_special_schools
from speechdraft.voice import unfit

SEEDS = (1, 2, 3)

SUMU_TEACHERS = TOWN27_PLACES["own-sumu-teachers-ao"]
TOWN_TEACHERS = TOWN27_PLACES["own-town-teachers"]
TOWN_OPENING = TOWN27_PLACES["own-town-opening"]
CITY_MAYOR = TOWN27_PLACES["own-city-mayor"]
CITY_GROUP = TOWN27_PLACES["own-city-group"]
COUNTY_CITY_GROUP = TOWN27_PLACES["own-county-city-group"]

_SENTENCE = re.compile(r"[^。！？；\n]*[。！？；]?")


def _sentences(data: dict[str, Any]) -> list[str]:
    return [s for seed in SEEDS for s in _SENTENCE.findall(spoken(data, seed)) if s.strip()]


def _found(data: dict[str, Any], words: str, unless: str = r"(?!)") -> list[str]:
    return [s for s in _sentences(data) if re.search(words, s) and not re.search(unless, s)]


@pytest.mark.parametrize("data", [SUMU_TEACHERS, TOWN_TEACHERS], ids=["sumu", "town"])
def test_a_town_sets_no_pay_titles_or_ethics_cases(data: dict[str, Any]) -> None:
    # round ao: 教师工资待遇的项目和标准要公开透明, 在教师考核、评审和聘用中…, 师德问题线索
    # 一经发现，要及时核查 in a 苏木's teachers' day speech
    assert not _found(
        data,
        r"工资待遇的项目和标准|工资待遇政策|评审和聘用|职称评审|岗位聘用|问题线索|件件有核查|线索要及时核查",
    )


def test_a_town_with_no_special_school_praises_none() -> None:
    assert not _found(SUMU_TEACHERS, r"特殊教育学校|特教学校")
    assert not has_special_schools("town", ["苏木中心学校全体教师", "苏木幼儿园全体教师"])
    assert has_special_schools("town", ["镇特殊教育学校教师代表"])
    assert has_special_schools("county", [])


def test_a_town_has_no_schools_of_every_kind_and_no_layers_below() -> None:
    # round ao: 确保全镇各级各类学校安全、平稳、有序开学; round al: 不能层层转发、层层应付
    assert not _found(TOWN_OPENING, r"各级各类学校|层层转发|层层传导|层层应付")


def test_a_mayor_speaks_to_the_counties_not_to_head_teachers() -> None:
    # round ao: 各高中校长要把主要精力放在教学管理上; 校长要把信息化建设当作一把手工程来抓
    assert not _found(
        CITY_MAYOR,
        r"(?<!督促)(?<!指导)各学校要|校长要|校长负总责|各高中校长|开放日|家长会",
        unless=r"督促|指导各|各地|各县",
    )


@pytest.mark.parametrize("data", [CITY_GROUP, COUNTY_CITY_GROUP], ids=["city", "county_city"])
def test_a_leading_group_is_not_told_a_schools_own_routines(data: dict[str, Any]) -> None:
    # round ao: 各学校要明确每项任务的具体责任人，校长负总责 and 把开放日、家长会办成展示窗口
    # at a leading group's meeting
    assert not _found(data, r"校长负总责|开放日|家长会")


def test_the_level_bars_are_read_from_the_table() -> None:
    fit = load_level_fit()
    assert any("各级各类学校" in lack.words for lack in fit.lacks)
    assert unfit("确保全镇各级各类学校平稳有序开学。", "school_head", "town")
    assert not unfit("确保全县各级各类学校平稳有序开学。", "bureau_chief", "county")
    assert unfit("各高中校长要把主要精力放在教学管理上。", "government_head", "city")
    assert not unfit("各高中校长要把主要精力放在教学管理上。", "bureau_chief", "city")
    assert unfit("把开放日、家长会办成展示窗口。", "deputy", "province")
    # asked of the level below, a routine is the province's to urge
    assert not unfit("督促各地把开放日、家长会办成展示窗口。", "deputy", "province")


def test_a_word_that_is_not_literal_is_refused_with_its_line(tmp_path: Path) -> None:
    source = Path(__file__).resolve().parent.parent / "templates" / "norms" / "level_fit.yaml"
    text = source.read_text(encoding="utf-8").replace(
        "words: [各级各类学校]", "words: [各级、各类学校]", 1
    )
    bad = tmp_path / "level_fit.yaml"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(DataFileError) as raised:
        _read(bad, "level_fit", "层级适配表")
    assert "level_fit.yaml:" in str(raised.value)


def test_a_leading_groups_meeting_is_not_told_the_schools_own_work() -> None:
    # rounds ak and ao: a 副市长 and a 市委副书记 told their groups 各学校要明确…校长负总责
    from speechdraft.phrasebank import licensed

    meeting = frozenset({"group_meeting"})
    assert not licensed("各学校要明确每项任务的具体责任人，校长负总责。", meeting)
    assert not licensed("把开放日、家长会办成展示窗口。", meeting)
    assert licensed("督促各地指导各学校开好家长会。", meeting)
    assert licensed("各学校要明确每项任务的具体责任人，校长负总责。", frozenset())
    assert not _found(COUNTY_CITY_GROUP, r"(?<!督促)(?<!指导)各学校要", unless=r"督促|指导各|各地")
