"""Round r's L family (issue 11): what a town, a school head, a province and a bureau may
say. Every wording of every unit a speaker may be given is checked, and drafts rendered from
this file's own profiles (several levels × roles × three seeds) are read back."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from speechdraft.compose.weave import charge
from speechdraft.phrasebank import PhraseBank, Unit, load_phrasebank
from speechdraft.pipeline import build_draft
from speechdraft.resources import builtin_templates_dir
from speechdraft.voice import tag_roles, unfit

SEEDS = (1, 2, 3)

TOWN_WORDS = re.compile(r"跨部门事项|牵头部门|配合部门|各级各部门|卫生健康部门|督导报告")
SCHOOL_HEAD_WORDS = re.compile(r"待遇上保障|部门协同")
PROVINCE_WORDS = re.compile(
    r"每一所学校|逐校|落实到校|对学校的考核|教师招聘要|学校经费使用情况|"
    r"budget_total[^。；]{0,16}我们将|我们将[^。；]{0,14}budget_total"
)
# through the cities and counties, or helping the finance department pay out the budget
THROUGH_LOCALITIES = re.compile(r"各地|各市|督促|指导各|推动各|配合财政")
TOWN_ROLES = ("government_head", "party_secretary", "school_head")
PROVINCE_ROLES = ("bureau_chief", "government_head", "deputy", "group_head")


@pytest.fixture(scope="module")
def bank() -> PhraseBank:
    return load_phrasebank(builtin_templates_dir())


def _all_units(bank: PhraseBank) -> Iterator[Unit]:
    for area in (*bank.areas.values(), *bank.safeguards.values()):
        for family in area.families:
            yield from family.units
    for units in bank.frames.values():
        yield from units


def _said_anyway(bank: PhraseBank, words: re.Pattern[str], level: str, role: str) -> list[str]:
    """The wordings with ``words`` that a unit's tags give ``role`` at ``level`` and no rule bars."""
    found = []
    for unit in _all_units(bank):
        tags = unit.tags
        if tags.levels and level not in tags.levels:
            continue
        if tags.roles and tags.roles.isdisjoint(tag_roles(role)):
            continue
        for text in unit.wordings:
            if words.search(text) and unfit(text, role, level) is None:
                found.append(text)
    return found


@pytest.mark.parametrize("role", TOWN_ROLES)
def test_no_wording_gives_a_town_departments_levels_or_a_report_it_does_not_have(
    bank: PhraseBank, role: str
) -> None:
    assert _said_anyway(bank, TOWN_WORDS, "town", role) == []


def test_no_wording_has_a_school_head_pledge_pay_or_coordinate_departments(
    bank: PhraseBank,
) -> None:
    for level in ("town", "county"):
        assert _said_anyway(bank, SCHOOL_HEAD_WORDS, level, "school_head") == []


@pytest.mark.parametrize("level", ["province", "autonomous_region"])
@pytest.mark.parametrize("role", PROVINCE_ROLES)
def test_no_wording_has_a_province_rule_on_single_schools(
    bank: PhraseBank, level: str, role: str
) -> None:
    found = _said_anyway(bank, PROVINCE_WORDS, level, role)
    # said through the cities and counties (督促各地…逐校) it is the province's to say
    assert [text for text in found if not THROUGH_LOCALITIES.search(text)] == []


def test_the_rules_keep_these_words_for_a_county() -> None:
    # the bars are the level's and the role's, not a ban on the words everywhere
    county_line = "对涉及教育的跨部门事项，牵头部门要主动协调，配合部门要积极跟进，不得推诿扯皮。"
    assert unfit(county_line, "government_head", "county") is None
    assert unfit(county_line, "government_head", "town") is not None
    school_line = "均衡发展最终要落到课堂上，每一所学校都要把课上好。"
    assert unfit(school_line, "government_head", "county") is None
    assert unfit(school_line, "bureau_chief", "province") is not None
    assert unfit("要督促各地逐校跟踪问效。", "bureau_chief", "province") is None


def test_a_bureau_does_not_clear_the_streets_round_a_school_itself() -> None:
    line = "对校园周边的无证经营、交通秩序混乱等问题，要综合施策、持续整治。"
    assert unfit(line, "bureau_chief", "city") is not None
    assert unfit(line, "government_head", "city") is None


def test_a_bureau_asks_the_government_for_funding_rules() -> None:
    rule = "健全公办园生均拨款和普惠性民办园补助制度，并根据实际动态调整。"
    assert unfit(rule, "bureau_chief", "banner") is not None
    assert unfit(rule, "government_head", "banner") is None
    assert unfit("公办园生均拨款标准，要随实际情况动态调整。", "bureau_chief", "banner") is not None
    assert unfit("我们将提请旗政府健全公办园生均拨款制度。", "bureau_chief", "banner") is None


# -- a bureau's charge of a point that names a peer department


@pytest.mark.parametrize(
    ("point", "said"),
    [
        (
            "周五、周日学生集中往返实行包车接送，旗交通运输局核定线路",
            "我们将推动周五、周日学生集中往返实行包车接送，会同旗交通运输局核定线路",
        ),
        (
            "寄宿生周末统一返家，县公安部门加强沿途巡逻",
            "我们将推动寄宿生周末统一返家，会同县公安部门加强沿途巡逻",
        ),
        ("县交通运输局核定校车线路", "我们将推动县交通运输局核定校车线路"),
    ],
)
def test_a_bureau_works_with_a_peer_department_the_clerk_names(point: str, said: str) -> None:
    spoken = charge(point, speaks_for_bureau=True)
    assert spoken == said
    assert point.replace("，", "") in spoken.replace("，会同", "").replace("，", "")
    assert not re.search(r"[，^]?[县旗]?(?:交通运输局|公安部门)要", spoken)


def test_a_government_head_still_charges_the_department() -> None:
    assert (
        charge("县交通运输局核定校车线路", speaks_for_bureau=False) == "县交通运输局要核定校车线路"
    )
    # a point that already says how the bureau works with it is left alone
    kept = "会同县财政局落实生均公用经费"
    assert "会同县财政局落实生均公用经费" in charge(kept, speaks_for_bureau=True)


# -- rendered drafts, read back


def _body(tmp_path: Path, data: dict[str, Any], seed: int) -> str:
    path = tmp_path / f"{data['kind']}-{data['region']['level']}-{seed}.yaml"
    path.write_text(yaml.safe_dump({**data, "seed": seed}, allow_unicode=True), encoding="utf-8")
    return build_draft(path).document.body_text()


def _town(kind: str, title: str) -> dict[str, Any]:
    return {
        "kind": kind,
        "meeting": {"date": "2029-02-26"},
        "region": {"level": "town", "name": "青石镇"},
        "speaker": {"title": title},
        "review": {"problems": ["村小学生逐年减少", "镇中学寄宿生管理人手紧张"]},
        "priorities": [
            {"area": "校园安全"},
            {"area": "义务教育"},
            {"area": "教师队伍"},
        ],
        "safeguards": [{"area": "部门协同"}, {"area": "督导评估"}, {"area": "作风建设"}],
    }


TOWN_DRAFTS = [
    ("concluding_remarks", "镇长"),
    ("leader_speech", "乡长"),
    ("leader_speech", "镇党委书记"),
    ("work_report", "镇中心学校校长"),
]


@pytest.mark.parametrize(("kind", "title"), TOWN_DRAFTS)
def test_a_town_draft_names_no_department_or_level_a_town_lacks(
    tmp_path: Path, kind: str, title: str
) -> None:
    for seed in SEEDS:
        body = _body(tmp_path, _town(kind, title), seed)
        assert len(body) > 800  # a whole draft, not an empty one
        assert TOWN_WORDS.findall(body) == [], f"{title} seed {seed}"
        if "校长" in title:
            assert SCHOOL_HEAD_WORDS.findall(body) == [], f"{title} seed {seed}"


def test_a_bureau_report_keeps_the_clerks_point_whole_and_works_with_the_department(
    tmp_path: Path,
) -> None:
    point = "周五、周日学生集中往返实行包车接送，旗交通运输局核定线路"
    data = {
        "kind": "work_report",
        "meeting": {"date": "2026-03-10"},
        "region": {"level": "banner", "name": "乌兰旗"},
        "speaker": {"title": "旗教育局局长"},
        "priorities": [{"area": "寄宿制学校管理", "points": [point]}],
    }
    for seed in SEEDS:
        body = _body(tmp_path, data, seed)
        assert "会同旗交通运输局核定线路" in body
        assert "，旗交通运输局核定线路" not in body


def test_a_district_that_says_keshi_hears_keshi(tmp_path: Path) -> None:
    data = {
        "kind": "work_report",
        "meeting": {"date": "2018-02-27"},
        "region": {"level": "district", "name": "江湾区"},
        "speaker": {"title": "区教育局局长"},
        "attendees": ["局机关各科室、直属单位负责人", "各中小学校长"],
        "priorities": [{"area": "作业管理"}, {"area": "课后服务"}, {"area": "教师队伍"}],
        "safeguards": [{"area": "作风建设"}],
    }
    said = []
    for seed in SEEDS:
        body = _body(tmp_path, data, seed)
        assert "股室" not in body, f"seed {seed}"
        said.append(body.count("科室"))
    assert sum(said) >= 1  # the profile's word where the bureau names its offices
