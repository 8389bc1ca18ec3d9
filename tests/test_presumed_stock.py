"""Issue 11's A, round ak (claim22): no stock line that presumes an arrangement, equipment or
an item nobody gave.

Round ak's readers struck stock lines that presume what the profile never said: equipment
installed as a new rule (要安装一氧化碳报警器, 看报警器装没装), a hard rule (同类检查一律合并
进行, where the nation's rule is 能合并的一律合并), an accounting rule (核算教师收入时，要把绩效
奖励和年终考核奖一并纳入), a mechanism (办结后向教师反馈), a division of duty (由县教育局会同
机构编制、人社、财政部门统筹核定), a task with partners (会同自然资源、住建部门做好配套园核查
移交), items studied at a leading group with no item (刚才会上研究的事项，大家已经形成了共识) and
a collective congratulated where only individuals were honoured (集体宣誓 read as a collective).
The rules: the four arrangement classes are found by speechdraft.arrangements (equipment,
rule, mechanism, division) and said only where the profile names them (norms/named.yaml);
刚才会上研究的事项 presupposes items_studied, which the composer sets from a 审议/研究 item
before the speech; 集体宣誓 names no collective honoured.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from _matrix import spoken
from speechdraft.arrangements import decided
from speechdraft.named import licensed_by, named_in
from speechdraft.situation import SITUATIONS, presupposed

# the shapes of round ak's lines (written for this test): the detector finds each as decided
SHAPES = {
    "equipment": (
        "取暖的宿舍要加装一氧化碳报警器，夜间要有人巡查。",
        "冬季检查要看宿舍的报警器装没装。",
    ),
    "rule": (
        "同类督查一律合并进行。",
        "比对教师收入，年终的考核奖励都要算进去。",
    ),
    "mechanism": ("为教师办的事要逐项落实，办结后向教师反馈。",),
    "division": (
        "所需编制和经费，由市教育局会同编制、财政部门核定。",
        "县教育局要会同机构编制、人社部门统筹解决编制问题。",
        "我们将会同住建部门做好配套园核查移交。",
    ),
}
# the nation's rule and general calls: not decided
GENERAL = (
    "同类检查能合并的一律合并，坚决防止多头检查、重复检查。",
    "燃煤取暖的房间要严防一氧化碳中毒，通风换气不能放松。",
    "我们将会同有关部门做好安全常识宣传。",
    "要听取教师的评价，看为教师办的事是否落到了实处。",
)


def test_the_detector_finds_round_ak_shapes() -> None:
    missed = [
        s
        for kind, shapes in SHAPES.items()
        for s in shapes
        if kind not in {a.kind for a in decided(s)}
    ]
    assert not missed, missed
    # and each is said only where the profile names it (an entry of norms/named.yaml)
    unnamed = [s for shapes in SHAPES.values() for s in shapes if not named_in(s)]
    assert not unnamed, unnamed


def test_the_nations_rule_and_general_calls_are_not_decided() -> None:
    assert {s: [a.text for a in decided(s)] for s in GENERAL} == {s: [] for s in GENERAL}


def test_a_profile_that_names_the_thing_licenses_it() -> None:
    assert "named:co_alarm_rule" in licensed_by(["燃煤取暖宿舍一氧化碳报警器安装率达到100%"])
    assert "named:co_alarm_rule" not in licensed_by(["防范一氧化碳中毒"])
    assert "named:kindergarten_transfer_task" in licensed_by(["完成小区配套园移交12所"])
    assert "named:staffing_division" in licensed_by(["中小学教职工编制不足"])


def test_items_studied_is_presupposed_and_collectives_are_honoured_collectives() -> None:
    assert "items_studied" in presupposed("刚才会上研究的事项，大家已经形成了共识。")
    collective = next(s for s in SITUATIONS if s.key == "collective_honorees").pattern
    assert not collective.search("新入职教师代表进行了集体宣誓")
    assert not collective.search("坚持集体备课")
    assert collective.search("表彰先进集体20个、先进个人150名")
    assert collective.search("优秀班集体")


# ---- drafts of this file's own profiles ----

KINDS = ("leader_speech", "safety", "teachers_day", "leading_group", "school_opening")
TITLES = {
    "leader_speech": "县长",
    "safety": "副县长",
    "teachers_day": "县委书记",
    "leading_group": "领导小组组长",
    "school_opening": "教育局局长",
}
DATES = {
    "safety": "11-20",
    "teachers_day": "09-09",
    "leading_group": "12-03",
    "school_opening": "02-21",
}
LEVELS = ("county", "banner", "city")


def _profile(kind: str, level: str, year: int) -> dict[str, Any]:
    data: dict[str, Any] = {
        "kind": kind,
        "meeting": {"date": f"{year}-{DATES.get(kind, '03-06')}"},
        "region": {"level": level, "name": "青岚"},
        "speaker": {"title": TITLES[kind]},
        "priorities": [
            {"area": "冬季取暖安全", "points": ["寄宿制学校燃煤取暖"]},
            {"area": "教师交流轮岗"},
            {"area": "减轻教师负担"},
            {"area": "教师工资待遇"},
            {"area": "学前教育"},
        ],
        "safeguards": [{"area": "部门协同"}, {"area": "作风建设"}],
    }
    if kind == "teachers_day":
        # individuals honoured, and an oath taken together: no collective
        data["preceding"] = [
            "宣读了《关于表彰优秀教师和优秀教育工作者的决定》",
            "新入职教师代表进行了集体宣誓",
        ]
    return data


CASES = [
    (kind, LEVELS[(k + i) % len(LEVELS)], 2018 + (k * 4 + i * 7) % 16, i + 1)
    for k, kind in enumerate(KINDS)
    for i in range(3)
]

_UNGIVEN = re.compile(
    r"报警器|同类检查一律|一律合并进行|年终考核奖|考核奖励都要|办结后|会同机构编制[^。；]{0,20}(?:核定|统筹)"
    r"|由[^，。；]{1,14}会同|核查移交|移交一所|会上研究的事项|刚才(?:会上)?(?:研究|审议|讨论)(?:的|了)|先进集体"
)


@pytest.fixture(scope="module")
def texts() -> dict[tuple, str]:
    return {case: spoken(_profile(*case[:3]), case[3]) for case in CASES}


def test_the_cases_cover_kinds_levels_and_seeds() -> None:
    assert {c[0] for c in CASES} == set(KINDS)
    assert {c[1] for c in CASES} == set(LEVELS)
    assert {c[3] for c in CASES} == {1, 2, 3}


def test_no_draft_presumes_what_the_profile_did_not_give(texts: dict) -> None:
    found = [
        f"{case}: {line}"
        for case, text in texts.items()
        for line in text.splitlines()
        if _UNGIVEN.search(line)
    ]
    assert not found, "\n".join(found)


def test_a_profile_that_names_the_alarms_still_hears_them() -> None:
    """The rule drops a line where nothing licenses it, not the clerk's own subject."""
    data = _profile("safety", "county", 2027)
    data["priorities"][0]["points"] = ["燃煤取暖宿舍全部安装一氧化碳报警器"]
    assert any("报警器" in spoken(data, seed) for seed in (1, 2, 3))
