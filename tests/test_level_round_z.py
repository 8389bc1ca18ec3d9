"""Round z's L: the place's own subdivisions, and what a level holds and a speaker directs.

Readers of round z marked 各地 in a county-level city's report, 各市（州） in a province whose
profile named no 州, 社区 in a mountain 乡 of villages, 各有关部门 in a 苏木, a 乡's secretary
holding the aid fund and reviewing project money (绩效评价, 学位增加了没有, 考核指标), a 教体局长
统筹报刊、广播电视, a 乡中心学校校长 ordering speed bumps and 校园周边的治理, and a 副局长
speaking for 局班子. These tests render drafts from their own profiles over kinds × seeds and
read them with the detector of ``tests/level_support.py`` (the one ``scripts/level_check.py``
runs over every profile of the repository).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from level_support import Place, findings
from speechdraft.genre import LEVELS
from speechdraft.lexicon import own_prefectures
from speechdraft.situation import has_communities, heads_leadership
from speechdraft.voice import role_from_title, unfit

SEEDS = [1, 2, 3]
Spoken = Callable[[dict[str, Any]], str]


def _found(spoken_of: Spoken, data: dict[str, Any]) -> list[tuple[str, str]]:
    text = spoken_of(data)
    region = data["region"]
    place = Place(
        level=region["level"],
        name=region.get("name", ""),
        role=role_from_title(data["speaker"]["title"]),
        title=data["speaker"]["title"],
        texts=str({k: v for k, v in data.items() if k not in ("speaker", "region")}),
    )
    return findings(text, place)


# A 乡 of villages whose profile names no 社区, spoken for by its secretary, its head and its
# central school's head: no 社区, no 有关部门, no aid fund of its own, no project money.
_XIANG_KINDS = [
    ("leader_speech", "乡党委书记", "2021-03-10"),
    ("concluding_remarks", "乡长", "2017-02-25"),
    ("leading_group", "乡党委书记、乡教育工作领导小组组长", "2027-04-12"),
    ("safety", "乡中心学校校长", "2029-11-08"),
    ("school_opening", "乡中心学校校长", "2026-08-28"),
    ("teachers_day", "乡长", "2024-09-09"),
]


@pytest.mark.parametrize(("kind", "title", "day"), _XIANG_KINDS)
@pytest.mark.parametrize("seed", SEEDS)
def test_a_xiang_holds_no_county_money_and_has_no_communities(
    spoken_of: Spoken, kind: str, title: str, day: str, seed: int
) -> None:
    data = {
        "kind": kind,
        "meeting": {"date": day},
        "region": {"level": "town", "name": "青石乡"},
        "speaker": {"title": title},
        "attendees": ["各村小、教学点负责人", "各村党支部书记"],
        "priorities": ["控辍保学", "学生资助", "校舍建设", "校车安全", "交通安全", "防溺水"],
        "safeguards": ["经费保障", "督导考核", "协同联动", "宣传引导"],
        "seed": seed,
    }
    assert _found(spoken_of, data) == []


@pytest.mark.parametrize("kind", ["teachers_day", "leader_speech", "concluding_remarks"])
@pytest.mark.parametrize("seed", SEEDS)
def test_a_sumu_has_gacha_and_stations_not_departments(
    spoken_of: Spoken, kind: str, seed: int
) -> None:
    data = {
        "kind": kind,
        "meeting": {"date": "2019-09-10" if kind == "teachers_day" else "2019-03-05"},
        "region": {"level": "town", "name": "巴彦苏木"},
        "speaker": {"title": "苏木达"},
        "attendees": ["苏木中心校全体教师", "苏木幼儿园教师"],
        "priorities": ["乡村教师", "尊师重教", "师德师风", "控辍保学"],
        "safeguards": ["协同联动", "经费保障"],
        "seed": seed,
    }
    assert _found(spoken_of, data) == []


@pytest.mark.parametrize(
    ("level", "name", "title"),
    [
        ("county_city", "丰渠市", "丰渠市教育体育局局长"),
        ("county", "青川县", "县教育局局长"),
        ("banner", "查干旗", "旗教育体育局局长"),
        ("district", "高塘区", "区教育局副局长"),
    ],
)
@pytest.mark.parametrize("kind", ["work_report", "school_opening"])
@pytest.mark.parametrize("seed", SEEDS)
def test_a_county_bureau_says_its_own_subdivisions_and_asks_the_press(
    spoken_of: Spoken, level: str, name: str, title: str, kind: str, seed: int
) -> None:
    """No 各地 below a county, no bureau 统筹报刊、广播电视, no 副局长 speaking for 局班子."""
    data = {
        "kind": kind,
        "meeting": {"date": "2027-02-20" if kind == "work_report" else "2027-08-28"},
        "region": {"level": level, "name": name},
        "speaker": {"title": title},
        "priorities": ["校园安全", "防溺水", "义务教育优质均衡", "开学准备"],
        "safeguards": ["宣传引导", "作风建设", "经费保障"],
        "seed": seed,
    }
    assert _found(spoken_of, data) == []


@pytest.mark.parametrize("kind", ["teachers_day", "leader_speech"])
@pytest.mark.parametrize("seed", SEEDS)
def test_a_province_without_zhou_says_ge_shi(spoken_of: Spoken, kind: str, seed: int) -> None:
    data = {
        "kind": kind,
        "meeting": {"date": "2023-09-08" if kind == "teachers_day" else "2023-03-08"},
        "region": {"level": "province", "name": "淮岳省"},
        "speaker": {"title": "省委副书记、省长"},
        "priorities": ["教师待遇", "师德师风", "尊师重教", "控辍保学"],
        "seed": seed,
    }
    text = spoken_of(data)
    assert "市（州）" not in text
    assert _found(spoken_of, data) == []


def test_a_province_with_zhou_keeps_its_word(spoken_of: Spoken) -> None:
    words = own_prefectures(LEVELS["province"], ["黔东南州、黔南州教育局局长"])
    assert words.below == "各市（州）"
    assert own_prefectures(LEVELS["province"], ["各市教育局局长"]).below == "各市"
    assert own_prefectures(LEVELS["city"], []).below == LEVELS["city"].below


@pytest.mark.parametrize("seed", SEEDS)
def test_a_county_leader_says_no_benban(spoken_of: Spoken, seed: int) -> None:
    data = {
        "kind": "leader_speech",
        "meeting": {"date": "2026-03-10"},
        "region": {"level": "county", "name": "青川县"},
        "speaker": {"title": "县委书记"},
        "priorities": ["控辍保学", "家庭教育", "学生资助"],
        "seed": seed,
    }
    assert "本班" not in spoken_of(data)


def test_the_place_and_the_title_decide() -> None:
    assert not has_communities("town", "青石乡", ["各村小负责人"])
    assert has_communities("town", "青石乡", ["乡社区卫生服务站"])
    assert not has_communities("town", "巴彦苏木", [])
    assert has_communities("town", "石门镇", [])
    assert has_communities("county", "青川县", [])
    assert not heads_leadership("区教育局副局长")
    assert heads_leadership("区教育局局长")
    assert heads_leadership("县委副书记、县长")


@pytest.mark.parametrize(
    ("text", "role", "level"),
    [
        (
            '今年的{{ fact("aid_amount") }}学生资助资金，要优先保障有辍学风险的困难学生。',
            "party_secretary",
            "town",
        ),
        ("建设类项目花了钱，就要看学位增加了没有、办学条件改善了没有。", "government_head", "town"),
        ("哪个项目资金闲置、效益低下，就要查明原因、及时调整。", "party_secretary", "town"),
        (
            "考核指标要精简，能从日常工作中取得的数据，不再让学校另外填报。",
            "party_secretary",
            "town",
        ),
        ("各有关部门要主动对接教师的实际困难，能办的抓紧办。", "government_head", "town"),
        (
            "着力统筹报刊、广播电视和新媒体平台，把教育改革发展的新举措新成效宣传出去。",
            "bureau_chief",
            "county_city",
        ),
        ("着力改善学校门前交通秩序，设置必要的减速、警示和接送设施。", "school_head", "town"),
        ("校园周边的治理要常抓不懈，不能刮一阵风，防止问题反弹回潮。", "school_head", "town"),
        ("本班每一名学生的在校情况，班主任都要包保到人、心中有数。", "party_secretary", "county"),
        (
            "各地各校要针对季节特点抓好防溺水、防火、交通安全等提醒，落到每个班级。",
            "bureau_chief",
            "county_city",
        ),
    ],
)
def test_round_z_wordings_are_unfit_where_read(text: str, role: str, level: str) -> None:
    assert unfit(text, role, level) is not None


@pytest.mark.parametrize(
    ("text", "role", "level"),
    [
        ("建设类项目花了钱，就要看学位增加了没有、办学条件改善了没有。", "bureau_chief", "county"),
        (
            "要围绕教育改革发展的新举措新成效，主动对接报刊、广播电视和新媒体平台。",
            "bureau_chief",
            "county",
        ),
        ("着力改善学校门前交通秩序，设置必要的减速、警示和接送设施。", "government_head", "town"),
        (
            "各地各校要针对季节特点抓好防溺水、防火、交通安全等提醒，落到每个班级。",
            "bureau_chief",
            "city",
        ),
        ("我们将积极配合上级有关部门，争取更多支持。", "school_head", "town"),
    ],
)
def test_the_same_wordings_stay_where_they_fit(text: str, role: str, level: str) -> None:
    assert unfit(text, role, level) is None


# Round aa's L and Y (read at main eb75d73): a 乡 merging inspections and listing its plan's
# indicators, a 副旗长 "using" the 旗委's leading group, a 副省长 setting the 宣传部门's
# priorities, 省直 in an autonomous region, an 教育厅 pledging the government's 只增不减, and
# 农业农村 departments before 2018, 工资联动机制 before 2018.
@pytest.mark.parametrize(
    ("data"),
    [
        {
            "kind": "concluding_remarks",
            "meeting": {"date": "2031-02-25"},
            "region": {"level": "town", "name": "青石乡"},
            "speaker": {"title": "乡长"},
            "priorities": ["控辍保学", "学生资助", "校园安全"],
            "safeguards": ["作风建设", "督导考核"],
        },
        {
            "kind": "leader_speech",
            "meeting": {"date": "2029-03-06"},
            "region": {"level": "town", "name": "石门镇"},
            "speaker": {"title": "镇党委书记"},
            "priorities": ["控辍保学", "学生资助", "校园安全"],
            "safeguards": ["作风建设", "经费保障"],
        },
        {
            "kind": "safety",
            "meeting": {"date": "2035-04-20"},
            "region": {"level": "banner", "name": "查干旗"},
            "speaker": {"title": "副旗长"},
            "priorities": ["防溺水", "校园安全"],
            "safeguards": ["组织领导", "协同联动"],
        },
        {
            "kind": "teachers_day",
            "meeting": {"date": "2021-09-09"},
            "region": {"level": "province", "name": "淮岳省"},
            "speaker": {"title": "副省长"},
            "priorities": ["师德师风", "尊师重教", "教师待遇"],
            "safeguards": ["宣传引导"],
        },
        {
            "kind": "safety",
            "meeting": {"date": "2028-04-20"},
            "region": {"level": "autonomous_region", "name": "宁远自治区"},
            "speaker": {"title": "自治区教育厅厅长"},
            "priorities": ["校园安全", "防溺水"],
            "safeguards": ["协同联动"],
        },
        {
            "kind": "work_report",
            "meeting": {"date": "2022-01-20"},
            "region": {"level": "autonomous_region", "name": "宁远自治区"},
            "speaker": {"title": "自治区教育厅厅长"},
            "priorities": ["校园安全"],
            "safeguards": [
                {
                    "area": "经费保障",
                    "points": ["落实一般公共预算教育支出逐年只增不减"],
                }
            ],
        },
    ],
    ids=["xiang", "zhen", "banner-deputy", "province-deputy", "region-safety", "region-report"],
)
@pytest.mark.parametrize("seed", SEEDS)
def test_round_aa_level_and_speaker(spoken_of: Spoken, data: dict[str, Any], seed: int) -> None:
    assert _found(spoken_of, {**data, "seed": seed}) == []


@pytest.mark.parametrize(
    ("data", "term"),
    [
        (
            {
                "kind": "leader_speech",
                "meeting": {"date": "2017-03-08"},
                "region": {"level": "county", "name": "青川县"},
                "speaker": {"title": "县长"},
                "priorities": ["职业教育", "产教融合", "专业设置"],
            },
            "农业农村",
        ),
        (
            {
                "kind": "teachers_day",
                "meeting": {"date": "2016-09-09"},
                "region": {"level": "banner", "name": "查干旗"},
                "speaker": {"title": "旗委书记"},
                "priorities": ["教师待遇", "工资保障", "师德师风"],
            },
            "联动机制",
        ),
    ],
    ids=["agriculture-2017", "pay-linkage-2016"],
)
@pytest.mark.parametrize("seed", SEEDS)
def test_round_aa_terms_wait_for_their_year(
    spoken_of: Spoken, data: dict[str, Any], term: str, seed: int
) -> None:
    assert term not in spoken_of({**data, "seed": seed})


def test_a_one_school_town_has_no_ge_xuexiao() -> None:
    from speechdraft.lexicon import own_schools

    town = LEVELS["town"]
    assert own_schools(town, ["苏木中心校全体教师", "幼儿园教师"]).schools == "中心学校和幼儿园"
    assert own_schools(town, ["乡中心学校全体教师"]).schools == "中心学校"
    assert own_schools(town, ["中心学校", "各村小、教学点负责人"]).schools == "各学校"
    assert own_schools(town, []).schools == "各学校"
    assert own_schools(LEVELS["county"], ["县中心学校"]).schools == "各学校"
