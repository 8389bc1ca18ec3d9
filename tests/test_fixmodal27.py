"""Where 要/将 goes in a clerk's point (round ap's G, fixmodal27): not after a modal the point
already says (可按规定), not inside a body's name (疾控中心) or a topic (教师培训专项经费, 县中
教师招聘), no 抓好 before a verb phrase (严肃考风考纪), no 确保 over a hazard, 为 before the
people provided for, and 要 inside a clause with its own subject and verb.

The test's own profiles, rendered at seeds 1–3, asserted on the draft's text.
"""

from __future__ import annotations

from typing import Any

import pytest

from _matrix import spoken

SEEDS = (1, 2, 3)


def _profile(kind: str, level: str, place: str, title: str, points: list[str]) -> dict[str, Any]:
    return {
        "kind": kind,
        "meeting": {"date": "2031-08-28"},
        "region": {"level": level, "name": place},
        "speaker": {"title": title, "name": "林若溪"},
        "priorities": [{"area": "重点工作", "points": points}],
    }


PROVINCE = _profile(
    "teachers_day",
    "province",
    "澜川省",
    "副省长",
    ["山区乡村教师可按规定提前一年申报高级职称评审", "省级教师培训专项经费今年安排2.6亿元"],
)
COUNTY = _profile(
    "leading_group",
    "county",
    "松溪县",
    "县委副书记、县委教育工作领导小组副组长",
    ["县中教师招聘实行“县管校用”，引进高层次教师给予每人8万元安家补助"],
)
EXAMS = _profile(
    "concluding_remarks",
    "province",
    "澜川省",
    "省教育厅党组书记、厅长",
    ["稳妥推进中考改革", "严肃考风考纪"],
)
BANNER = _profile(
    "school_opening",
    "banner",
    "查干旗",
    "旗教育局党组书记、局长",
    [
        "旗疾控中心开学第一周对全旗学校食堂进行一次卫生指导",
        "生活教师晚上查寝不少于3次并登记",
        "周五放学由生活教师与家长当面交接寄宿生",
    ],
)
TOWN = _profile(
    "school_opening",
    "town",
    "柳溪镇",
    "镇中心学校校长",
    [
        "全镇现有留守儿童312人，每名留守儿童确定一名结对帮扶教师",
        "雨季山路易滑坡，驾驶员每天出车前检查车况",
    ],
)


@pytest.mark.parametrize("seed", SEEDS)
def test_a_modal_of_the_points_own_takes_no_yao(seed: int) -> None:
    text = spoken(PROVINCE, seed)
    assert "山区乡村教师可按规定提前一年申报高级职称评审" in text
    assert "可要" not in text and "要山区" not in text


@pytest.mark.parametrize("seed", SEEDS)
def test_yao_goes_after_a_topic_not_inside_it(seed: int) -> None:
    assert "省级教师培训专项经费今年要安排2.6亿元" in spoken(PROVINCE, seed)
    text = spoken(COUNTY, seed)
    assert "县中教师招聘要实行“县管校用”" in text
    assert "教师要招聘" not in text


@pytest.mark.parametrize("seed", SEEDS)
def test_a_verb_phrase_takes_no_zhuahao(seed: int) -> None:
    text = spoken(EXAMS, seed)
    assert "严肃考风考纪" in text
    assert "抓好严肃" not in text


@pytest.mark.parametrize("seed", SEEDS)
def test_a_body_name_is_kept_whole(seed: int) -> None:
    text = spoken(BANNER, seed)
    assert "旗疾控中心将在开学第一周对全旗学校食堂进行一次卫生指导" in text
    assert "疾控将中心" not in text


@pytest.mark.parametrize("seed", SEEDS)
def test_a_clause_with_its_own_subject_takes_yao_inside(seed: int) -> None:
    text = spoken(BANNER, seed)
    assert "生活教师晚上查寝要不少于3次并登记" in text
    assert "周五放学要由生活教师与家长当面交接寄宿生" in text
    assert "要对生活教师" not in text and "抓好周五" not in text


@pytest.mark.parametrize("seed", SEEDS)
def test_a_hazard_is_not_ensured_and_the_people_provided_for_take_wei(seed: int) -> None:
    text = spoken(TOWN, seed)
    assert "雨季山路易滑坡，驾驶员每天出车前要检查车况" in text
    assert "确保雨季" not in text
    assert "全镇现有留守儿童312人，要为每名留守儿童确定一名结对帮扶教师" in text
    assert "要每名" not in text and "儿童要确定" not in text
