"""Who may say what to whom, at which level (voice30; round ap's L and the A they cause): a
town has no 部门 and one 中心学校, does not pay its teachers nor let its school coordinate its
own units, and calls its government by name; a deputy or a bureau does not set the audit
office its task, a bureau sets its own staff to work and does not define how other departments
are judged; a leading group keeps the clerk's 提请; a province names its finance department,
does not split targets down to schools, and its drafts write the counties below in one form.

The test's own profiles, rendered at seeds 1–3, asserted on the sentences; the bars asserted
on wordings directly.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from _matrix import meeting, spoken
from speechdraft.genre import LEVELS
from speechdraft.voice import charges_schools, unfit

SEEDS = (1, 2, 3)


def _said(data: dict[str, Any]) -> list[str]:
    return [spoken(data, seed) for seed in SEEDS]


def _town_meeting(kind: str, title: str, **more: Any) -> dict[str, Any]:
    return meeting(kind, "2031-03-06", "town", "柏溪镇", title, minutes=15, **more)


# a town's year meeting whose clerk asks for joint work of the town's own units
TOWN_YEAR = _town_meeting(
    "concluding_remarks",
    "镇党委书记",
    attendees=["镇直各单位负责同志", "各村党支部书记", "镇中心学校校长"],
    priorities=[
        {"area": "学前教育", "points": ["镇中心幼儿园扩建镇里负责征地和通水通电"]},
        {"area": "控辍保学", "points": ["各村对辍学学生逐一登记劝返"]},
    ],
    safeguards=["工作合力", "组织领导", "经费保障"],
)


def test_a_town_speaks_of_its_units_not_of_departments() -> None:
    for text in _said(TOWN_YEAR):
        found = re.findall(r"部门联动|部门协同|跨部门|(?<![县旗市区])各(?:有关)?部门", text)
        assert not found, found
        # the town's school does not coordinate the town's own units
        assert not re.search(r"中心学校要[^。；]{0,12}(?:抓好统筹|牵好头)", text)


def test_a_town_names_its_government_as_the_speech_does() -> None:
    for text in _said(TOWN_YEAR):
        assert "镇里负责" not in text
        assert "镇政府负责征地" in text or "镇政府要负责征地" in text


def test_a_town_neither_pays_its_teachers_nor_holds_the_countys_projects() -> None:
    assert unfit("各村要在待遇上保障教师。", "party_secretary", "town")
    assert unfit("各村要在待遇上保障教师。", "party_secretary", "county") is None


def test_a_town_is_not_asked_for_the_countys_projects() -> None:
    data = _town_meeting(
        "leader_speech",
        "镇党委书记",
        priorities=[{"area": "项目建设", "points": ["镇中心小学风雨操场9月前完工"]}],
    )
    for text in _said(data):
        assert not re.search(r"【待补：(?:续建项目数|新建项目数|总投资)", text)


def test_a_town_with_one_central_school_does_not_say_its_whole_town_has_it() -> None:
    data = _town_meeting(
        "safety",
        "镇党委书记",
        attendees=["镇中心学校全体教职工", "镇中心幼儿园教师"],
        priorities=[{"area": "防溺水", "points": ["暑假前镇中心学校开展一次防溺水专题教育"]}],
    )
    for text in _said(data):
        assert not re.search(r"全镇中心学校", text)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("对教育专项资金，审计部门要重点审、深入审，发现问题限期整改。", "deputy"),
        ("财政、审计部门要加强对教育资金的全过程监管。", "bureau_chief"),
        ("我们将推动机关干部下校服务，对学校请示的事项做到件件有回音。", "bureau_chief"),
        ("各部门为学校办成了哪些实事，要请学校和教师来评价。", "bureau_chief"),
        ("支持教育的成效，要由学校和师生来评判。", "bureau_chief"),
    ],
)
def test_a_speaker_does_not_direct_what_is_not_his(text: str, role: str) -> None:
    assert unfit(text, role, "county")


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("对教育专项资金，审计部门要重点审、深入审，发现问题限期整改。", "government_head"),
        ("我们将安排机关干部下校服务，对学校请示的事项做到件件有回音。", "bureau_chief"),
        ("各部门为学校办成了哪些实事，要请学校和教师来评价。", "party_secretary"),
    ],
)
def test_who_may_say_it_still_says_it(text: str, role: str) -> None:
    assert unfit(text, role, "county") is None


def test_a_province_does_not_split_targets_down_to_schools() -> None:
    split = "把标准班额达标率这项指标分解到校。"
    assert unfit(split, "bureau_chief", "province")
    assert unfit(split, "bureau_chief", "county") is None
    assert unfit("督促各地把这项指标分解到校。", "bureau_chief", "province") is None


def test_a_province_names_its_finance_department() -> None:
    assert LEVELS["province"].finance == "省财政厅"
    assert LEVELS["autonomous_region"].finance == "自治区财政厅"
    assert LEVELS["county"].finance == "财政部门"


def test_a_leading_groups_members_are_not_told_what_every_teacher_must_do() -> None:
    assert charges_schools("教师队伍的好形象，要靠每一位教师在日常工作中一点一滴地维护。")
    assert not charges_schools("各成员单位要把关心教师的事办实办好。")


def test_a_leading_group_keeps_the_clerks_request() -> None:
    data = meeting(
        "leading_group",
        "2031-07-10",
        "county",
        "松岭县",
        "县委副书记、县委教育工作领导小组副组长",
        minutes=12,
        attendees=["领导小组成员单位主要负责同志", "各乡镇党委书记"],
        priorities=[
            {"area": "教师队伍", "points": ["提请县委编委年内调剂中小学教职工编制20名"]},
            {"area": "学前教育", "points": ["年底前新建公办幼儿园2所"]},
        ],
    )
    for text in _said(data):
        assert "提请县委编委" in text
        assert "县委编委要" not in text


def test_a_city_writes_its_counties_in_the_profiles_one_form() -> None:
    data = meeting(
        "safety",
        "2031-05-20",
        "city",
        "临川市",
        "副市长",
        minutes=20,
        attendees=["各县（区）分管副县（区）长", "各县（区）教育局局长", "市直有关部门负责同志"],
        priorities=[
            {"area": "防溺水", "points": ["各县区6月底前完成重点水域警示标志排查"]},
            {"area": "校车安全", "points": ["市公安局交警支队每月通报一次校车违法情况"]},
        ],
    )
    for text in _said(data):
        forms = set(re.findall(r"各县（[市区、]+）|各县区|各县市区", text))
        assert forms <= {"各县（区）"}, forms
    from speechdraft.lexicon import own_counties  # (voice30's: not on main)

    assert own_counties(LEVELS["city"], ["各县区教育局"]).below == "各县区"
    assert own_counties(LEVELS["city"], ["市直各部门"]).below == "各县（市、区）"
