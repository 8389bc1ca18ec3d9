"""Round ab's voice: who speaks, to whom, at which level (issue 11's L, R and the bank's A).

Readers of round ab marked a 州长 and a 市委副书记 explaining 督政是政府教育督导部门的法定职责,
a 省长 telling teachers 把好的做法在教研组里分享出来, a 乡中心学校校长 saying the bureau's lines
to his own village schools (领导干部到学校去, 不打招呼、直奔现场的暗访, 督查的重点), a 局长's report
naming his own bureau in the third person (市教育体育局都要建账跟踪), 今年将迎来…专项督导 of the
city's own inspections and county logic (县域高中, 抽调骨干教师) in a district whose problem was too
few places; rounds aa and ab marked the bank's last invented arrangements (排名靠后…约谈, 会同…
联合检查, 资助资金优先保障有辍学风险的学生, 家访记录要抽查核实). These tests render their own
profiles over speakers × levels × kinds × seeds and read them with ``tests/voice_support.py``
(the detector ``scripts/voice_check.py`` runs over the bank and every profile of the repository).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from speechdraft.voice import role_from_title, unfit
from voice_support import Voice, bank_findings, findings

SEEDS = [1, 2, 3]
Spoken = Callable[[dict[str, Any]], str]


def _found(spoken_of: Spoken, data: dict[str, Any]) -> list[tuple[str, str]]:
    text = spoken_of(data)
    written = {k: v for k, v in data.items() if k not in ("speaker", "region", "kind", "seed")}
    voice = Voice(
        role=role_from_title(data["speaker"]["title"]),
        level=data["region"]["level"],
        texts=str(written),
        superiors_given=bool(data["region"].get("superiors")),
        heads_leadership="副" not in data["speaker"]["title"],
    )
    return findings(text, voice)


_DATES = {
    "leader_speech": "2027-03-10",
    "work_report": "2027-02-20",
    "concluding_remarks": "2027-02-25",
    "leading_group": "2027-04-12",
    "school_opening": "2027-08-28",
    "safety": "2027-04-20",
    "teachers_day": "2027-09-09",
}


# A 乡中心学校校长 speaks to his 村小 and 教学点: not as the bureau does to its schools (round
# ab's 24: 领导干部到学校去, 调研中发现的问题, 不打招呼、直奔现场的暗访, 督查的重点, 查处一起).
@pytest.mark.parametrize(
    "kind", ["school_opening", "safety", "concluding_remarks", "leader_speech", "work_report"]
)
@pytest.mark.parametrize("seed", SEEDS)
def test_a_town_school_head_does_not_speak_as_the_bureau(
    spoken_of: Spoken, kind: str, seed: int
) -> None:
    data = {
        "kind": kind,
        "meeting": {"date": _DATES[kind]},
        "region": {"level": "town", "name": "青岩乡"},
        "speaker": {"title": "乡中心学校校长"},
        "attendees": ["各村小、教学点负责人", "中心学校全体教师"],
        "priorities": ["校园安全", "双减", "规范办学", "教育质量", "控辍保学"],
        "safeguards": ["督导考核", "作风建设", "组织领导"],
        "duration_minutes": 30,
        "seed": seed,
    }
    assert _found(spoken_of, data) == []


# A head of government or of the Party directs the 督导 of the levels below; he does not
# explain the department's legal duty (round ab's 02 and 14), nor reach a school's inner duty
# from a city (本校, 本班), nor receive the inspections his own place organises.
@pytest.mark.parametrize(
    ("level", "name", "title"),
    [
        ("prefecture", "临岚州", "州委副书记、州长"),
        ("city", "沅江市", "市委副书记、市长"),
        ("city", "沅江市", "副市长"),
        ("province", "淮岳省", "副省长"),
        ("county", "青川县", "县长"),
    ],
)
@pytest.mark.parametrize("kind", ["leader_speech", "leading_group", "concluding_remarks"])
@pytest.mark.parametrize("seed", SEEDS)
def test_a_leader_directs_rather_than_explains(
    spoken_of: Spoken, level: str, name: str, title: str, kind: str, seed: int
) -> None:
    data = {
        "kind": kind,
        "meeting": {"date": _DATES[kind]},
        "region": {"level": level, "name": name},
        "speaker": {"title": title},
        "priorities": ["义务教育优质均衡", "控辍保学", "校园安全", "教师队伍"],
        "safeguards": ["督导考核", "组织领导", "经费保障"],
        "duration_minutes": 30,
        "seed": seed,
    }
    assert _found(spoken_of, data) == []


# A province's or a city's speech on teachers' day speaks to the teachers of the whole place,
# not to one in his 教研组 (round ab's 19: a 省长).
@pytest.mark.parametrize(
    ("level", "name", "title"),
    [
        ("province", "淮岳省", "省委副书记、省长"),
        ("autonomous_region", "宁远自治区", "自治区党委书记"),
        ("city", "沅江市", "市长"),
        ("prefecture", "临岚州", "州长"),
    ],
)
@pytest.mark.parametrize("seed", SEEDS)
def test_teachers_day_above_a_county_says_no_classroom_words(
    spoken_of: Spoken, level: str, name: str, title: str, seed: int
) -> None:
    data = {
        "kind": "teachers_day",
        "meeting": {"date": "2027-09-09"},
        "region": {"level": level, "name": name},
        "speaker": {"title": title},
        "priorities": ["师德师风", "教师专业发展", "尊师重教", "乡村教师"],
        "duration_minutes": 30,
        "seed": seed,
    }
    assert _found(spoken_of, data) == []


# A bureau's head reports for his bureau as 我们, not 市教育体育局都要… (round ab's 08), and a
# county's bureau does not pledge the joint inspections, the sanctions or the aid rules nobody
# decided (rounds aa and ab's A).
@pytest.mark.parametrize(
    ("level", "name", "title"),
    [
        ("county_city", "丰渠市", "市教育体育局局长"),
        ("county", "青川县", "县教育局局长"),
        ("city", "沅江市", "市教育局局长"),
        ("banner", "查干旗", "旗教育体育局局长"),
    ],
)
@pytest.mark.parametrize("kind", ["work_report", "school_opening", "safety"])
@pytest.mark.parametrize("seed", SEEDS)
def test_a_bureau_speaks_as_we_and_pledges_nothing_undecided(
    spoken_of: Spoken, level: str, name: str, title: str, kind: str, seed: int
) -> None:
    data = {
        "kind": kind,
        "meeting": {"date": _DATES[kind]},
        "region": {"level": level, "name": name},
        "speaker": {"title": title},
        "priorities": [
            "项目建设",
            "交通安全",
            "控辍保学",
            "家校共育",
            "民办教育",
            "双减",
            "消防安全",
        ],
        "safeguards": ["督导考核", "作风建设"],
        "duration_minutes": 35,
        "seed": seed,
    }
    assert _found(spoken_of, data) == []


# 县域高中 is a county's problem: a district whose problem is too few places hears none of it
# (round ab's 23), a county and a district whose profile raises it do.
@pytest.mark.parametrize(
    ("title", "kind"),
    [("副区长", "leader_speech"), ("区教育局局长", "work_report"), ("区委书记", "leader_speech")],
)
@pytest.mark.parametrize("seed", SEEDS)
def test_a_district_short_of_places_hears_no_county_high_school(
    spoken_of: Spoken, title: str, kind: str, seed: int
) -> None:
    data = {
        "kind": kind,
        "meeting": {"date": _DATES[kind]},
        "region": {"level": "district", "name": "高塘区"},
        "speaker": {"title": title},
        "priorities": [
            {
                "area": "普通高中",
                "points": ["区第二高级中学扩建工程年内完工"],
                "facts": {"新补充高中教师数": 60},
            },
            "学位建设",
        ],
        "review": {"problems": ["高中学位偏紧，城区部分学校大班额"]},
        "duration_minutes": 30,
        "seed": seed,
    }
    text = spoken_of(data)
    assert "县域" not in text and "县中" not in text


@pytest.mark.parametrize("seed", SEEDS)
def test_a_county_still_speaks_of_its_high_schools(spoken_of: Spoken, seed: int) -> None:
    """The presupposition holds at a county: its high-school section keeps its own words."""
    data = {
        "kind": "leader_speech",
        "meeting": {"date": "2027-03-10"},
        "region": {"level": "county", "name": "青川县"},
        "speaker": {"title": "县委书记"},
        "priorities": [{"area": "县中振兴", "points": ["优质生源外流，骨干教师流失"]}],
        "duration_minutes": 30,
        "seed": seed,
    }
    assert _found(spoken_of, data) == []


def test_county_high_school_words_over_the_bank_by_level() -> None:
    from speechdraft.situation import county_high_schools, presupposed

    assert "county_schools" in presupposed("违规从县域高中抽调骨干教师的做法，必须坚决制止。")
    assert "county_schools" in presupposed("坚决遏制优质生源无序外流。")
    assert not county_high_schools("district", ["城区学位缺口1800个"])
    assert not county_high_schools("town", [])
    assert not county_high_schools("city", ["市区学位紧张"])
    assert county_high_schools("city", ["各县（市、区）教育局局长"])
    assert county_high_schools("district", ["实施县中振兴行动"])
    for level in ("county", "county_city", "banner", "prefecture", "province"):
        assert county_high_schools(level, [])


# A county's superiors are named from its profile: 州委 under a 州, 盟委 under a 盟, 市委
# where the profile speaks of its city, else 上级党委 — never a guessed 市委.
@pytest.mark.parametrize(
    ("attendees", "said", "not_said"),
    [
        (["州教育局有关负责同志", "各乡镇党委书记"], "省委和州委", "市委"),
        (["盟教育局有关负责同志", "各乡镇党委书记"], "自治区党委和盟委", "省委"),
        (["市教育局有关负责同志", "各乡镇党委书记"], "省委和市委", "州委"),
        # (not 省委和上级党委, which overlap: round av's R)
        (["各乡镇党委书记", "县直有关部门主要负责同志"], "党中央和上级党委", "省委"),
    ],
)
def test_a_countys_superiors_come_from_its_profile(
    spoken_of: Spoken, attendees: list[str], said: str, not_said: str
) -> None:
    from speechdraft.lexicon import county_superiors

    assert said in county_superiors(attendees)
    assert not_said not in county_superiors(attendees)
    data = {
        "kind": "leader_speech",
        "meeting": {"date": "2027-03-10"},
        "region": {"level": "county", "name": "青川县"},
        "speaker": {"title": "县委书记"},
        "attendees": attendees,
        "priorities": ["义务教育优质均衡", "校园安全"],
        "seed": 1,
    }
    text = spoken_of(data)
    assert "省委和市委" not in text or said == "省委和市委"


# The bars over the bank, one wording at a time: each family is said by some voices and not
# by others.
@pytest.mark.parametrize(
    ("text", "barred", "allowed"),
    [
        (
            "督政是政府教育督导部门的法定职责，对{{ w.below }}和{{ w.direct }}的督导要动真格。",
            [("government_head", "prefecture"), ("party_secretary", "city")],
            [],
        ),
        (
            "坚持不打招呼、直奔现场，把暗访发现的问题作为督查的重点。",
            [("school_head", "town")],
            [("bureau_chief", "county")],
        ),
        (
            "领导干部到学校去，要把学校的难题带回来、解决好。",
            [("school_head", "town")],
            [("bureau_chief", "county"), ("party_secretary", "county")],
        ),
        (
            "要在教学中多做尝试、多总结经验，把好的做法在教研组里分享出来。",
            [("government_head", "province"), ("party_secretary", "city")],
            [("party_secretary", "county"), ("school_head", "town")],
        ),
        (
            "本班每一名学生的在校情况，班主任都要包保到人、心中有数。",
            [("bureau_chief", "city"), ("bureau_chief", "province")],
            [("bureau_chief", "county"), ("school_head", "town")],
        ),
        (
            "每个项目的进度和问题，{{ w.edu }}都要建账跟踪、及时调度。",
            [("bureau_chief", "county_city")],
            [("government_head", "county")],
        ),
        (
            "对本校均衡发展，各学校校长负第一责任，要盯着短板一项项补。",
            [("government_head", "city"), ("deputy", "prefecture")],
            [("bureau_chief", "county"), ("party_secretary", "county")],
        ),
    ],
)
def test_the_bars_by_voice(
    text: str, barred: list[tuple[str, str]], allowed: list[tuple[str, str]]
) -> None:
    for role, level in barred:
        assert unfit(text, role, level), (role, level)
    for role, level in allowed:
        assert unfit(text, role, level) is None, (role, level, unfit(text, role, level))


def test_the_arrangement_detector_knows_the_last_families() -> None:
    from speechdraft.arrangements import decided

    for text in (
        "对多次通报排名靠后的单位，要由分管负责同志进行约谈。",
        "我们将会同公安交管、交通运输部门联合检查接送学生车辆。",
        "今年的学生资助资金，要优先保障有辍学风险的困难学生。",
        "家访记录要抽查核实，发现弄虚作假的严肃处理。",
    ):
        assert decided(text), text
    # an invitation to the fire service's experts is no joint inspection decided
    assert not decided("我们将积极争取消防救援机构的专业指导，对重大隐患提请挂牌督办。")


def test_no_bank_wording_a_voice_may_say_is_found() -> None:
    """Over the whole bank: every wording, every role and level its tags allow (103 wordings
    at main: 35 a school head's bureau lines, 30 a city leader's 本校, 21 县域高中 in a district
    or a town, 13 invented arrangements, …)."""
    found, wordings = bank_findings()
    assert wordings > 8000
    assert sorted(found) == []


# A bureau's head announces what a peer department the clerk names will do (州市场监管局将会同
# 教育部门…), and a deputy what his leadership will do (局领导班子成员将分片包干): he orders
# neither (round ac's L: 州市场监管局要…, 厅领导要分片包干 from a 副厅长).
@pytest.mark.parametrize(
    ("level", "name", "title"),
    [
        ("prefecture", "临岚州", "州教育局局长"),
        ("prefecture", "临岚州", "州教育局副局长"),
        ("autonomous_region", "宁远自治区", "自治区教育厅副厅长"),
        ("county", "青川县", "县教育局副局长"),
    ],
)
@pytest.mark.parametrize("kind", ["safety", "school_opening"])
def test_a_bureau_announces_what_others_do(
    spoken_of: Spoken, level: str, name: str, title: str, kind: str
) -> None:
    data = {
        "kind": kind,
        "meeting": {"date": _DATES[kind]},
        "region": {"level": level, "name": name},
        "speaker": {"title": title},
        "priorities": [
            {"area": "食品安全", "points": ["市场监管局会同教育部门开展学校食堂专项检查"]},
            {"area": "开学准备", "points": ["局领导班子成员分片包干，带队开展开学检查"]},
        ],
        "seed": 1,
    }
    text = spoken_of(data)
    assert "市场监管局将会同教育部门" in text
    assert _found(spoken_of, data) == []


# A town's teachers' day and safety speech: no 强化专项督导 heading and no training money of its
# own (round ab's 03 and 18); a district's bureau speaks of its 科室 (round ab's 23).
@pytest.mark.parametrize(
    ("kind", "title"),
    [
        ("teachers_day", "镇长"),
        ("teachers_day", "镇党委书记"),
        ("leader_speech", "乡党委书记"),
        ("concluding_remarks", "乡长"),
    ],
)
@pytest.mark.parametrize("seed", SEEDS)
def test_a_town_holds_no_county_power(spoken_of: Spoken, kind: str, title: str, seed: int) -> None:
    data = {
        "kind": kind,
        "meeting": {"date": _DATES[kind]},
        "region": {"level": "town", "name": "柳溪镇" if "镇" in title else "青岩乡"},
        "speaker": {"title": title},
        "priorities": ["教师培训", "乡村教师", "控辍保学"],
        "safeguards": ["督导考核", "经费保障"],
        "duration_minutes": 30,
        "seed": seed,
    }
    assert _found(spoken_of, data) == []


@pytest.mark.parametrize("kind", ["school_opening", "work_report"])
@pytest.mark.parametrize("seed", SEEDS)
def test_a_districts_bureau_has_keshi(spoken_of: Spoken, kind: str, seed: int) -> None:
    data = {
        "kind": kind,
        "meeting": {"date": _DATES[kind]},
        "region": {"level": "district", "name": "高塘区"},
        "speaker": {"title": "区教育局局长"},
        "priorities": ["开学准备", "校园安全", "规范办学"],
        "safeguards": ["作风建设", "督导考核"],
        "duration_minutes": 30,
        "seed": seed,
    }
    assert "股室" not in spoken_of(data)
