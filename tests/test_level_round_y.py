"""Round y's L: the level words a place calls its own, and who may say what.

Readers of round y marked a 苏木's draft that said 镇 throughout (镇教育工作领导小组, 镇中心
学校, 全镇, 村（社区） where a 苏木 has 嘎查); 各市 in an autonomous region that has 盟 (各盟市);
各街道（乡镇） in a district whose profile speaks only of 街道办事处; a 镇中心学校校长 at the
town's teachers' day speaking as the town's government (就进一步做好尊师重教工作, 走访慰问教师).
These tests render drafts from their own profiles over kinds × seeds and read the words.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest

from bank_support import bank_wordings
from speechdraft.genre import LEVELS
from speechdraft.voice import role_from_title, unfit

SEEDS = [1, 2, 3]
Spoken = Callable[[dict[str, Any]], str]

# A town's level words said with 镇, and a village said as 村, where the town is a 苏木.
_TOWN_AS_ZHEN = re.compile(r"全镇|我镇|镇党委|镇政府|镇中心学校|镇直|镇教育工作领导小组|镇卫生院")
_VILLAGE_AS_CUN = re.compile(r"村（社区）|各村|村组")


def _town(kind: str, title: str, seed: int, name: str = "巴音塔拉苏木") -> dict[str, Any]:
    return {
        "kind": kind,
        "meeting": {"date": "2027-09-03" if kind != "leader_speech" else "2027-03-10"},
        "region": {"level": "town", "name": name},
        "speaker": {"title": title},
        "priorities": [
            {"area": "控辍保学", "points": ["做好适龄儿童入学动员"]},
            "家庭教育",
            "防溺水",
            "寄宿制学校",
        ],
        "seed": seed,
    }


@pytest.mark.parametrize(
    ("kind", "title"),
    [
        ("leader_speech", "苏木党委书记"),
        ("leading_group", "苏木党委书记、苏木教育工作领导小组组长"),
        ("concluding_remarks", "苏木达"),
        ("safety", "苏木党委副书记、苏木达"),
        ("teachers_day", "苏木党委书记"),
    ],
)
@pytest.mark.parametrize("seed", SEEDS)
def test_a_sumu_says_its_own_word_and_its_gacha(
    spoken_of: Spoken, kind: str, title: str, seed: int
) -> None:
    text = spoken_of(_town(kind, title, seed))
    assert _TOWN_AS_ZHEN.search(text) is None, _TOWN_AS_ZHEN.search(text)
    assert _VILLAGE_AS_CUN.search(text) is None, _VILLAGE_AS_CUN.search(text)
    # (苏木直属各单位 is its own word too: voice30 took out the one 苏木中心学校 line a safety
    # draft had, 苏木中心学校要当好参谋、抓好统筹 — the school does not coordinate the 苏木's units)
    assert re.search(r"全苏木|我苏木|苏木党委|苏木政府|苏木中心学校|苏木直属", text)


@pytest.mark.parametrize("seed", SEEDS)
def test_a_xiang_and_a_zhen_keep_their_words(spoken_of: Spoken, seed: int) -> None:
    xiang = spoken_of(_town("leader_speech", "乡党委书记", seed, name="石门乡"))
    assert re.search(r"全镇|镇党委|镇政府|镇中心学校", xiang) is None
    zhen = spoken_of(_town("leader_speech", "镇党委书记", seed, name="石门镇"))
    assert "苏木" not in zhen and "嘎查" not in zhen


def test_the_town_word_comes_from_the_name() -> None:
    from speechdraft.lexicon import town_word, township_words

    assert [town_word(n) for n in ("额很塔拉苏木", "石门乡", "青石桥镇", None)] == [
        "苏木",
        "乡",
        "镇",
        "镇",
    ]
    words = township_words(LEVELS["town"], "额很塔拉苏木")
    assert (words.all, words.party, words.edu, words.group) == (
        "全苏木",
        "苏木党委",
        "苏木中心学校",
        "苏木教育工作领导小组",
    )
    assert (words.below, words.village, words.village_groups) == ("各嘎查（社区）", "嘎查", "嘎查")
    assert "镇" not in words.direct
    assert LEVELS["banner"].village_groups == "嘎查村"
    assert LEVELS["county"].village_groups == "村组"


def test_a_sumus_head_is_its_government_head() -> None:
    assert role_from_title("苏木达") == "government_head"
    assert role_from_title("苏木党委副书记、苏木达") == "government_head"
    assert role_from_title("副苏木达") == "deputy"


def test_no_bank_wording_names_a_village_literally() -> None:
    """The villages are a level word (w.village, w.village_groups): a banner's are 嘎查村."""
    found = [text for text in bank_wordings() if _VILLAGE_AS_CUN.search(text)]
    assert found == []


@pytest.mark.parametrize("kind", ["leader_speech", "safety", "work_report"])
@pytest.mark.parametrize("seed", SEEDS)
def test_a_banner_says_gacha_villages(spoken_of: Spoken, kind: str, seed: int) -> None:
    data = {
        "kind": kind,
        "meeting": {"date": "2028-04-20"},
        "region": {"level": "banner", "name": "查干旗"},
        "speaker": {"title": "旗委书记" if kind != "work_report" else "旗教育局局长"},
        "priorities": [
            {"area": "控辍保学", "points": ["做好适龄儿童入学动员"]},
            "家庭教育",
            "防溺水",
            "交通安全",
        ],
        "seed": seed,
    }
    text = spoken_of(data)
    assert _VILLAGE_AS_CUN.search(text) is None, _VILLAGE_AS_CUN.search(text)


@pytest.mark.parametrize(
    ("name", "texts", "below"),
    [
        ("内蒙古自治区", [], "各盟市"),
        ("瀚北自治区", ["苏木乡镇学校和牧区教学点"], "各盟市"),
        ("瀚北自治区", ["锡林盟委"], "各盟市"),
        ("贺川回族自治区", ["农村学校", "国旗下讲话", "教育联盟"], "各市"),
    ],
)
def test_a_region_with_leagues_says_its_leagues(name: str, texts: list[str], below: str) -> None:
    from speechdraft.lexicon import regions_below

    assert regions_below(name, texts) == below


@pytest.mark.parametrize("seed", SEEDS)
def test_an_autonomous_region_with_sumu_says_meng_shi(spoken_of: Spoken, seed: int) -> None:
    data = {
        "kind": "leader_speech",
        "meeting": {"date": "2032-03-10"},
        "region": {"level": "autonomous_region", "name": "朔北自治区"},
        "speaker": {"title": "自治区人民政府主席"},
        "review": {"problems": ["农村牧区学校生源持续减少"]},
        "priorities": [
            {"area": "乡村小规模学校", "points": ["苏木乡镇学校和牧区教学点调整布局"]},
            "职业教育",
            "学前教育",
        ],
        "safeguards": ["组织领导", "经费保障"],
        "seed": seed,
    }
    text = spoken_of(data)
    assert re.search(r"(?<!盟)各市", text) is None
    assert "各盟市" in text


@pytest.mark.parametrize("kind", ["safety", "leader_speech"])
@pytest.mark.parametrize("seed", SEEDS)
def test_a_district_of_street_offices_says_its_streets(
    spoken_of: Spoken, kind: str, seed: int
) -> None:
    data = {
        "kind": kind,
        "meeting": {"date": "2031-04-22"},
        "region": {"level": "district", "name": "云塘区"},
        "speaker": {"title": "副区长"},
        "attendees": ["区教育局、公安分局负责同志", "各街道办事处分管负责同志"],
        "priorities": ["防溺水", "交通安全", "校园欺凌"],
        "safeguards": ["组织领导", "部门协同"],
        "seed": seed,
    }
    text = spoken_of(data)
    assert "街道（乡镇）" not in text


def test_a_district_with_towns_keeps_the_table() -> None:
    from speechdraft.lexicon import own_subdivisions

    words = LEVELS["district"]
    assert own_subdivisions(words, ["各街道办事处、各镇负责同志"]).below == "各街道、镇"
    assert own_subdivisions(words, ["区教育局负责同志"]).below == "各街道、乡镇"
    assert own_subdivisions(words, ["各街道办事处负责同志"]).below == "各街道"


@pytest.mark.parametrize(
    "wording",
    [
        "下面，就进一步做好尊师重教工作，我讲三点意见。",
        "围绕尊师重教，要抓好四个方面的工作。",
        "走访慰问教师要经常化，生活困难的老师要优先走到。",
        "关心教师，要多一些换位思考，多站在老师的角度想问题、办事情。",
    ],
)
def test_a_school_head_does_not_speak_as_the_government(wording: str) -> None:
    assert unfit(wording, "school_head", "town") is not None
    assert unfit(wording, "party_secretary", "county") is None


def test_a_towns_schools_are_all_rural() -> None:
    wording = "走访慰问教师要经常化，乡村学校和生活困难的老师要优先走到。"
    assert unfit(wording, "party_secretary", "town") is not None
    assert unfit(wording, "party_secretary", "county") is None


@pytest.mark.parametrize("seed", SEEDS)
def test_a_centre_school_head_at_teachers_day(spoken_of: Spoken, seed: int) -> None:
    data = {
        "kind": "teachers_day",
        "meeting": {"date": "2030-09-09"},
        "region": {"level": "town", "name": "柳湾镇"},
        "speaker": {"title": "镇中心学校校长"},
        "preceding": ["镇党委副书记宣读了表彰决定"],
        "priorities": ["青年教师培养", "教师关爱", "师德师风"],
        "seed": seed,
    }
    text = spoken_of(data)
    for words in (
        "做好尊师重教工作",
        "围绕尊师重教",
        "走访慰问",
        "站在老师的角度",
        "分层分类的培训体系",
    ):
        assert words not in text


def test_who_funds_and_who_is_told() -> None:
    """以县为主: the towns below a county are no education treasury (各乡镇要把教育纳入本级财政
    优先保障范围, round y's L); a school's superior department is the speaker's own bureau
    (向上级教育部门反映 in a bureau's report)."""
    wordings = bank_wordings()
    assert [t for t in wordings if re.search(r"w\.below[^。]{0,12}本级财政", t)] == []
    assert [t for t in wordings if re.search(r"学校[^。]{0,16}向上级教育部门反映", t)] == []


@pytest.mark.parametrize("kind", ["leader_speech", "work_report", "leading_group"])
@pytest.mark.parametrize("seed", SEEDS)
def test_a_town_runs_no_project_budget_and_charges_no_rectification(
    spoken_of: Spoken, kind: str, seed: int
) -> None:
    data = {
        "kind": kind,
        "meeting": {"date": "2029-03-12"},
        "region": {"level": "town", "name": "柳湾镇"},
        "speaker": {"title": "镇党委书记、镇教育工作领导小组组长"},
        "priorities": ["学前教育", "校园安全"],
        "safeguards": ["经费保障", "督导考核", "组织领导"],
        "seed": seed,
    }
    text = spoken_of(data)
    assert re.search(r"绩效评估|运行监控|事前有评估", text) is None
    assert re.search(r"整改工作|本地本部门的问题整改|对整改结果负总责|本校问题整改", text) is None


@pytest.mark.parametrize("seed", SEEDS)
def test_no_rectification_charged_where_nothing_was_found(spoken_of: Spoken, seed: int) -> None:
    """各市（州）和省直各有关部门主要负责同志要对本地本部门的整改工作负总责 where the profile
    found nothing to put right (round y's F); a safeguard named 督导考核 is no finding."""
    data = {
        "kind": "leading_group",
        "meeting": {"date": "2030-04-15"},
        "region": {"level": "province", "name": "江岭省"},
        "speaker": {"title": "省委书记、省委教育工作领导小组组长"},
        "priorities": ["学前教育", "职业教育"],
        "safeguards": ["督导考核", "组织领导"],
        "seed": seed,
    }
    text = spoken_of(data)
    assert re.search(r"整改工作|本地本部门的问题整改|对整改结果负总责", text) is None
    from speechdraft.situation import read_situation

    assert "rectification" not in read_situation(["督导考核", "组织领导"])
    assert "rectification" in read_situation(["省委巡视反馈问题整改"])
