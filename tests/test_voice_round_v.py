"""Round v's L: who may say what.

Readers of round v marked a 县长 (who is also the leading group's 副组长) charging 县委编委
where the clerk wrote 提请; a 副县长 setting 选人用人导向; a leading group's head, the 省委副
书记, saying 省委、省政府要出台…; and a province's 教育厅 saying 我们将主动对接属地 and 重大
隐患…我们将及时报告, which is a county bureau's move. These tests read the role off titles,
ask voice.unfit about the wordings, and render drafts from their own profiles.
"""

from __future__ import annotations

from typing import Any

import pytest

from _matrix import draft
from speechdraft.voice import role_from_title, unfit

SEEDS = [1, 2, 3]


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("县委副书记、县长，县委教育工作领导小组副组长", "government_head"),
        ("市委副书记、市长、市委教育工作领导小组副组长", "government_head"),
        ("副县长、县委教育工作领导小组副组长", "deputy"),
        # a Party deputy secretary with no government post still speaks for the group
        ("县委副书记、县委教育工作领导小组副组长", "group_head"),
        ("市委书记、市委教育工作领导小组组长", "group_head"),
    ],
)
def test_a_deputy_head_of_the_group_speaks_as_his_government_post(title: str, role: str) -> None:
    assert role_from_title(title) == role


def _text(data: dict[str, Any]) -> str:
    document = draft(data).document
    return "\n".join(
        [document.title, *(b.text if hasattr(b, "text") else "" for b in document.blocks)]
        + [
            b.title + "".join(r.text for r in b.body)
            for b in document.blocks
            if hasattr(b, "title") and hasattr(b, "body")
        ]
    )


@pytest.mark.parametrize(("level", "unit"), [("county", "县"), ("city", "市")])
@pytest.mark.parametrize("seed", SEEDS)
def test_the_clerks_request_survives_in_a_government_heads_mouth(
    level: str, unit: str, seed: int
) -> None:
    point = f"提请{unit}委编委建立中小学教职工编制周转池"
    data = {
        "kind": "leading_group",
        "meeting": {"date": "2026-11-20"},
        "region": {"level": level, "name": "青川"},
        "speaker": {"title": f"{unit}委副书记、{unit}长，{unit}委教育工作领导小组副组长"},
        "priorities": [{"area": "教师编制", "points": [point]}, "学前教育"],
        "seed": seed,
    }
    text = _text(data)
    assert point in text
    assert f"{unit}委编委要建立" not in text


@pytest.mark.parametrize(
    ("kind", "level", "title", "body"),
    [
        ("leading_group", "province", "省委副书记、省委教育工作领导小组组长", "省委、省政府"),
        ("leading_group", "county", "县委书记、县委教育工作领导小组组长", "县委、县政府"),
        ("leader_speech", "city", "市委书记", "市政府"),
        ("concluding_remarks", "county", "县长", "县委、县政府"),
    ],
)
@pytest.mark.parametrize("seed", SEEDS)
def test_the_places_own_committee_and_government_are_announced_not_ordered(
    kind: str, level: str, title: str, body: str, seed: int
) -> None:
    data = {
        "kind": kind,
        "meeting": {"date": "2027-03-10"},
        "region": {"level": level, "name": "青川"},
        "speaker": {"title": title},
        "priorities": [
            {"area": "教育现代化", "points": [f"{body}出台加快推进教育现代化的实施意见"]},
            "学前教育",
        ],
        "seed": seed,
    }
    text = _text(data)
    assert f"{body}将出台加快推进教育现代化的实施意见" in text
    assert f"{body}要出台" not in text


@pytest.mark.parametrize(
    "wording",
    [
        "我们将主动对接属地和有关部门，争取把学校周边水域纳入重点巡查范围。",
        "重大隐患靠学校一家改不了的，我们将及时报告，积极争取有关部门支持。",
    ],
)
def test_a_provincial_department_does_not_do_a_county_bureaus_work(wording: str) -> None:
    for level in ("province", "autonomous_region"):
        assert unfit(wording, "bureau_chief", level) is not None
    for level in ("county", "city", "district"):
        assert unfit(wording, "bureau_chief", level) is None


@pytest.mark.parametrize("level", ["province", "autonomous_region"])
@pytest.mark.parametrize("seed", SEEDS)
def test_a_provincial_safety_speech_neither_reports_up_nor_meets_the_township(
    level: str, seed: int
) -> None:
    data = {
        "kind": "safety",
        "meeting": {"date": "2027-05-20"},
        "region": {"level": level, "name": "青川"},
        "speaker": {"title": "教育厅厅长"},
        "priorities": ["防溺水", "消防安全", "校舍安全隐患排查"],
        "seed": seed,
    }
    text = _text(data)
    for words in ("属地", "学校一家改不了", "我们将及时报告"):
        assert words not in text, words


@pytest.mark.parametrize(
    "wording",
    [
        "选人用人要树立重实干、重实绩的导向，让实干者有舞台、有奔头。",
        "坚持凭实绩用干部，让实干者有舞台、有奔头。",
    ],
)
def test_cadre_selection_is_the_party_committees_word(wording: str) -> None:
    for role in ("deputy", "government_head"):
        assert unfit(wording, role, "county") is not None
    for role in ("party_secretary", "group_head", "bureau_chief"):
        assert unfit(wording, role, "county") is None


@pytest.mark.parametrize("kind", ["concluding_remarks", "leader_speech"])
@pytest.mark.parametrize("seed", range(1, 7))
def test_a_deputy_county_head_sets_no_cadre_policy(kind: str, seed: int) -> None:
    data = {
        "kind": kind,
        "meeting": {"date": "2032-02-20"},
        "region": {"level": "county", "name": "青川县"},
        "speaker": {"title": "副县长"},
        "priorities": ["乡村学校撤并后续管理", "教师队伍建设"],
        "safeguards": ["作风建设", "督导考核"],
        "seed": seed,
    }
    text = _text(data)
    for words in ("选人用人", "用人导向", "用干部"):
        assert words not in text, words


@pytest.mark.parametrize(
    ("wording", "role", "level", "fits_at"),
    [
        # round w's L
        (
            "招生录取是监督的重点领域，纪检监察部门要盯住关键环节。",
            "deputy",
            "county",
            ("party_secretary", "county"),
        ),
        (
            "对课堂教学、教材教辅和校园活动，要严格落实意识形态工作责任制，管好每一块阵地。",
            "government_head",
            "town",
            ("party_secretary", "town"),
        ),
        (
            "健全跨区域协查机制，对异地就读学生逐一核实就学状态。",
            "school_head",
            "town",
            ("bureau_chief", "county"),
        ),
        (
            "学籍和户籍、民政数据要比对起来，把适龄儿童的就学状态核实清楚。",
            "party_secretary",
            "town",
            ("bureau_chief", "county"),
        ),
        (
            "需要学校配合的各类事项，我们将严格审批、统筹安排，能合并的合并推进。",
            "school_head",
            "town",
            ("bureau_chief", "county"),
        ),
        (
            "对辖区适龄儿童少年，各市（州）要管好入学动员和劝返，省教育厅要管好复学安置。",
            "bureau_chief",
            "province",
            ("bureau_chief", "county"),
        ),
    ],
)
def test_who_may_say_what_round_w(
    wording: str, role: str, level: str, fits_at: tuple[str, str]
) -> None:
    assert unfit(wording, role, level) is not None
    assert unfit(wording, *fits_at) is None


def test_a_department_does_not_report_to_its_peers() -> None:
    from speechdraft.phrasebank import load_phrasebank
    from speechdraft.resources import builtin_templates_dir

    bank = load_phrasebank(builtin_templates_dir())
    said = [
        text
        for area in bank.areas.values()
        for family in area.families
        for unit in family.units
        for text in unit.wordings
        # (the department is 机构编制部门 since role18: the same property under either name)
        if "向编制、人社部门汇报" in text or "向机构编制、人社部门汇报" in text
    ]
    assert said == []


@pytest.mark.parametrize("seed", SEEDS)
def test_a_deputy_secretary_announces_what_the_standing_committee_does(seed: int) -> None:
    point = "区委常委会每半年专题听取一次教育工作汇报"
    data = {
        "kind": "concluding_remarks",
        "meeting": {"date": "2028-02-22"},
        "region": {"level": "district", "name": "青川区"},
        "speaker": {"title": "区委副书记"},
        "priorities": [{"area": "党的领导", "points": [point]}, "学前教育"],
        "seed": seed,
    }
    text = _text(data)
    assert "区委常委会将每半年专题听取一次教育工作汇报" in text
    assert "区委常委会要" not in text
