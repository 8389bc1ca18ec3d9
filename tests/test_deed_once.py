"""A clerk's deed and its figure said once in a review line (round al's D and R; branch once24).

Round al's readers struck review lines that said one deed twice in one sentence: the clerk's
point, then the figure about the same deed (公开招聘教师，…，招聘教师210名; 排查校外培训机构，排查
机构326家; 组建3个教育集团，…，组建教育集团3个), a point's 全覆盖 and then its 覆盖率达到100%,
a level then the trend that led to it (…占比达到68%，持续提高), a claim's year pushing the
figure after it (2019年高考本科上线人数创历史新高，本科上线612人), figure names pasted as a
table's columns (累计通过县数88个; 校长陪餐制度落实学校全部) and a lead saying the point's own
words (疫情期间线上教学工作…，疫情期间…; …工作有序开展，开展…). Our own profiles, two kinds ×
two levels × two seeds.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from _matrix import spoken

KINDS = ("work_report", "leader_speech")
LEVELS = (("county", "青石县", "县长"), ("city", "临川市", "市长"))
SEEDS = (1, 2)
_TITLES = {"work_report": "{unit}教育局局长"}


def _profile(kind: str, level: str, place: str, head: str) -> dict[str, Any]:
    unit = place[-1]
    title = _TITLES.get(kind, head).format(unit=unit)
    return {
        "kind": kind,
        "meeting": {"date": "2027-02-24"},
        "region": {"level": level, "name": place},
        "speaker": {"title": title},
        "review": {
            "achievements": [
                {
                    "area": "教师补充",
                    "points": ["面向社会公开招聘教师，推进教师交流轮岗"],
                    "figures": {"招聘教师": "95名"},
                },
                {
                    "area": "校外托管治理",
                    "points": ["联合市场监管部门检查校外托管机构"],
                    "figures": {"检查机构": "58家", "整改机构": "17家"},
                },
                {
                    "area": "城乡学校共同体",
                    "points": ["组建5个城乡学校共同体，推动师资共享"],
                    "figures": {"学校共同体": "5个"},
                },
                {
                    "area": "智慧教室",
                    "points": ["建成智慧教室120间，实现全覆盖"],
                    "figures": {"智慧教室覆盖率": "100%"},
                },
                {
                    "area": "学前教育",
                    "points": ["省级示范幼儿园在园幼儿占比稳步提高，保教质量评估推开"],
                    "figures": {"省级示范幼儿园在园幼儿占比": "41%"},
                },
                {
                    "area": "教师学历",
                    "points": ["全县教师结构持续改善", "硕士学历教师比例逐年提高"],
                    "figures": {"硕士学历教师占比": "9.6%", "专任教师": "5,210人"},
                },
                {
                    "area": "中考质量",
                    "points": ["2026年中考优秀人数创历史新高"],
                    "figures": {"中考优秀": "845人"},
                },
                {
                    "area": "优质均衡创建",
                    "points": ["新增3个乡镇通过市级优质均衡评估"],
                    "figures": {"累计通过乡镇数": "14个"},
                },
                {
                    "area": "课后服务",
                    "figures": {"课后服务覆盖率": "98%", "延时托管落实学校": "全部"},
                },
            ]
        },
        "targets": {"items": ["义务教育巩固率达到98%"]},
        "priorities": [
            {"area": "教师队伍", "points": ["深化县管校聘改革"]},
            {"area": "学前教育", "points": ["新建公办幼儿园2所"]},
        ],
    }


def _safety_profile(seed_place: str) -> dict[str, Any]:
    """A safety meeting whose review has a point opening with the verb a lead could say."""
    return {
        "kind": "safety",
        "meeting": {"date": "2024-06-20"},
        "region": {"level": "county", "name": seed_place},
        "speaker": {"title": "副县长"},
        "review": {
            "achievements": [
                "今年以来全县校园安全形势总体平稳",
                {"area": "隐患排查", "figures": {"排查学校": "312所", "整改隐患": "95处"}},
                {
                    "area": "欺凌防治",
                    "points": ["开展学生欺凌防治专项治理"],
                    "figures": {"处置欺凌事件": "6起"},
                },
            ]
        },
    }


CASES = [(k, *lv, s) for k in KINDS for lv in LEVELS for s in SEEDS]


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"[。！？\n]", text) if s.strip()]


def _with(text: str, word: str) -> list[str]:
    return [s for s in _sentences(text) if word in s]


@pytest.mark.parametrize(("kind", "level", "place", "head", "seed"), CASES)
def test_a_figure_goes_into_the_clause_of_its_deed(
    kind: str, level: str, place: str, head: str, seed: int
) -> None:
    text = spoken(_profile(kind, level, place, head), seed)
    hired = _with(text, "95名")
    assert hired, text
    for sentence in hired:
        assert "公开招聘教师95名" in sentence, sentence
        assert sentence.count("招聘教师") == 1, sentence
    checked = _with(text, "58家")
    assert checked, text
    for sentence in checked:
        assert "检查校外托管机构58家" in sentence, sentence
        assert sentence.count("检查") == 1, sentence
        assert "整改机构17家" in sentence, sentence  # the other figure still said, after


@pytest.mark.parametrize(("kind", "level", "place", "head", "seed"), CASES)
def test_a_count_the_point_says_is_not_said_again(
    kind: str, level: str, place: str, head: str, seed: int
) -> None:
    text = spoken(_profile(kind, level, place, head), seed)
    said = [s for s in _with(text, "城乡学校共同体") if "组建" in s]
    assert said, text
    assert "学校共同体5个" not in text
    for sentence in said:
        assert sentence.count("5个") == 1, sentence


@pytest.mark.parametrize(("kind", "level", "place", "head", "seed"), CASES)
def test_the_whole_and_its_hundred_percent_are_one_clause(
    kind: str, level: str, place: str, head: str, seed: int
) -> None:
    text = spoken(_profile(kind, level, place, head), seed)
    rooms = _with(text, "智慧教室")
    assert rooms, text
    assert any("智慧教室覆盖率达到100%" in s for s in rooms), rooms
    for sentence in rooms:
        assert not ("全覆盖" in sentence and "100%" in sentence), sentence


@pytest.mark.parametrize(("kind", "level", "place", "head", "seed"), CASES)
def test_a_trend_goes_before_the_level_it_reached(
    kind: str, level: str, place: str, head: str, seed: int
) -> None:
    text = spoken(_profile(kind, level, place, head), seed)
    assert "省级示范幼儿园在园幼儿占比稳步提高，达到41%" in text, text
    assert not re.search(r"达到41%，稳步提高", text)
    # the share under its other word is the same figure: said once (比例 … 占比 was D)
    assert "硕士学历教师比例逐年提高，达到9.6%" in text, text
    assert "硕士学历教师占比" not in text


@pytest.mark.parametrize(("kind", "level", "place", "head", "seed"), CASES)
def test_a_claimed_count_after_its_year_is_said_once(
    kind: str, level: str, place: str, head: str, seed: int
) -> None:
    text = spoken(_profile(kind, level, place, head), seed)
    assert "2026年中考优秀845人，创历史新高" in text, text
    for sentence in _with(text, "845人"):
        assert sentence.count("中考优秀") == 1, sentence


@pytest.mark.parametrize(("kind", "level", "place", "head", "seed"), CASES)
def test_figure_names_are_said_as_speech_not_as_columns(
    kind: str, level: str, place: str, head: str, seed: int
) -> None:
    text = spoken(_profile(kind, level, place, head), seed)
    assert "累计通过14个乡镇" in text, text
    assert "乡镇数14个" not in text
    assert "学校全部落实延时托管" in text, text
    assert "落实学校全部" not in text


@pytest.mark.parametrize("seed", (1, 2, 3))
def test_a_lead_says_none_of_its_points_words(seed: int) -> None:
    """…欺凌防治工作有序开展，开展学生欺凌防治专项治理 said 开展 twice (round al's D)."""
    text = spoken(_safety_profile("青石县"), seed)
    said = _with(text, "欺凌防治专项治理")
    assert said, text
    for sentence in said:
        assert sentence.count("开展") == 1, sentence


def test_the_rules_by_their_form() -> None:
    """The rules over meaning, without a render: the deed's clause, a count said, a column."""
    from speechdraft.compose.deed_once import column_said, count_said, deed_clause

    assert deed_clause("面向社会公开招聘教师", "招聘教师")
    assert deed_clause("会同民政部门排查校外培训机构", "排查机构")
    assert not deed_clause("排查机构3家", "排查机构")  # a clause that counts already
    assert not deed_clause("整改校外培训机构", "排查机构")  # another deed on the same thing
    assert count_said("组建3个教育集团", "教育集团", "3个")
    assert not count_said("组建3个教育集团", "教育集团", "4个")
    assert not count_said("覆盖全部学校", "覆盖率", "100%")
    assert column_said("累计通过县数", "88个") == "累计通过88个县"
    assert column_said("校长陪餐制度落实学校", "全部") == "学校全部落实校长陪餐制度"
    assert column_said("新招聘教师", "86名") is None
