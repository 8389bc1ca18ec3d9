"""A deputy speaking for the principal says so, and whom a speaker may tell what (voice27;
issue 11's L, R, A).

Round ao's readers marked a 旗委副书记 who spoke for the 旗委书记 at the leading group's meeting
with no 受旗委书记委托 anywhere (S); round am's a 副厅长 entrusted by the 厅长 whose closing speech
never said so (S); round al's 受自治区人民政府主要负责同志委托 where the profile said nobody had
entrusted him (A). The rule is data (norms/authority.yaml entrusted_kinds): at those kinds a
deputy the profile says speaks for someone (speaker.on_behalf_of) says 受…委托 where he announces
his points; without on_behalf_of nobody's 主要负责同志 is invented. These tests render their own
profiles (``scripts/authority_lines.py`` counts the same over every profile of the repository).
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from _matrix import meeting, spoken

SEEDS = (1, 2, 3)


def _profile(kind: str, date: str, level: str, name: str, title: str, **more: Any) -> dict:
    more.setdefault("priorities", [{"area": "教师队伍建设"}, {"area": "校园安全"}])
    return meeting(kind, date, level, name, title, minutes=20, **more)


_ENTRUSTED = re.compile(r"受([^，。；]{2,30}?)委托")


@pytest.mark.parametrize(
    ("kind", "date", "level", "name", "title", "principal"),
    [
        ("leading_group", "2034-04-15", "banner", "察汗旗", "旗委副书记", "旗委书记"),
        ("concluding_remarks", "2029-08-20", "county", "桂溪县", "副县长", "县长"),
        ("safety", "2031-03-02", "city", "沅江市", "副市长", "市长"),
        (
            "concluding_remarks",
            "2029-08-25",
            "autonomous_region",
            None,
            "自治区教育厅副厅长",
            "自治区教育厅党组书记、厅长",
        ),
    ],
)
@pytest.mark.parametrize("seed", SEEDS)
def test_a_deputy_speaking_for_the_principal_says_so(
    kind: str, date: str, level: str, name: str | None, title: str, principal: str, seed: int
) -> None:
    data = _profile(kind, date, level, name, title)
    data["speaker"]["on_behalf_of"] = principal
    text = spoken(data, seed)
    found = _ENTRUSTED.findall(text)
    assert found and all(said == principal for said in found), found
    # entrusted by a person, he does not represent him: 我代表 names a body
    assert "我代表" + principal not in text


def test_on_behalf_of_written_as_words_is_said_once() -> None:
    """on_behalf_of: 受市长委托 (the clerk wrote the words): 受市长委托, not 受受市长委托委托."""
    data = _profile("safety", "2030-03-02", "county_city", "青冈市", "副市长")
    data["speaker"]["on_behalf_of"] = "受市长委托"
    text = spoken(data, 1)
    assert "受市长委托" in text and "受受" not in text and "委托委托" not in text


@pytest.mark.parametrize("seed", SEEDS)
def test_the_entrusted_line_announces_the_points_once(seed: int) -> None:
    data = _profile("leading_group", "2034-04-15", "banner", "察汗旗", "旗委副书记")
    data["speaker"]["on_behalf_of"] = "旗委书记、旗委教育工作领导小组组长"
    data["preceding"] = ["旗教育局局长汇报了2033年全旗教育工作"]
    lines = [ln for ln in spoken(data, seed).splitlines() if "委托" in ln]
    assert len(lines) == 1 and re.search(r"我(?:再强调|讲)[一二三四五六]点", lines[0]), lines


@pytest.mark.parametrize("seed", (15, 29))
def test_nobody_entrusts_a_deputy_the_profile_does_not_say_speaks_for_him(seed: int) -> None:
    """受自治区人民政府主要负责同志委托 with no on_behalf_of (round al's A)."""
    data = _profile(
        "leader_speech", "2019-03-10", "autonomous_region", None, "自治区人民政府副主席"
    )
    data["preceding"] = ["自治区教育厅厅长作工作报告"]
    assert "主要负责同志委托" not in spoken(data, seed)


@pytest.mark.parametrize("seed", SEEDS)
def test_a_principal_with_on_behalf_of_is_not_entrusted(seed: int) -> None:
    """A 县委书记 speaking for 县委、县政府 represents them; nobody entrusts him."""
    data = _profile("leading_group", "2030-03-02", "county", "桂溪县", "县委书记")
    data["speaker"]["on_behalf_of"] = "县委、县政府"
    assert "委托" not in spoken(data, seed)


# -- whom he may tell what --------------------------------------------------------------------


@pytest.mark.parametrize("seed", SEEDS)
def test_a_departments_deputy_does_not_task_the_traffic_police(seed: int) -> None:
    """各市公安交警部门负责开展暑期交通安全整治 in a 副厅长's speech (round ao's L): he 配合s
    them; the clerk's point keeps every word of the deed."""
    data = _profile("safety", "2023-07-05", "province", "闽岭省", "省教育厅党组成员、副厅长")
    data["priorities"] = [
        {
            "area": "暑期交通安全",
            "points": ["严禁学生骑电动车不戴头盔", "各市公安交警部门负责开展暑期交通安全整治"],
        },
        {"area": "防溺水", "points": ["放假前每所学校上好一堂防溺水安全教育课"]},
    ]
    text = spoken(data, seed)
    assert "配合各市公安交警部门开展暑期交通安全整治" in text
    assert not re.search(r"公安交警部门(?:要|将)?负责", text)
    assert "交警部门负责开展" not in text


_ASK_UP = re.compile(r"教育局要[^。；]{0,8}向[^。；]{0,12}(?:编制|人社)[^。；]{0,12}(?:反映|争取)")


def test_a_mayor_does_not_send_the_bureau_to_ask_the_departments() -> None:
    """市教育局要主动向机构编制、人社部门反映…争取招聘上的支持 in a 市长's speech (round am's and
    ao's L): the mayor tells the bureau to work with them."""
    data = _profile(
        "leader_speech",
        "2032-03-10",
        "city",
        "沅江市",
        "市长",
        priorities=[{"area": "学生心理健康"}],
    )
    found = [s for seed in range(1, 31) for s in [spoken(data, seed)] if _ASK_UP.search(s)]
    assert found == []


# -- arrangements nobody decided ----------------------------------------------------------------


_INVENTED = re.compile(
    r"一氧化碳报警器|报警器装没装|学前儿童家长|办结后向教师反馈|移交一所、登记一所"
    r"|纳入(?:学校)?办学质量评价|作为评价学校办学质量|组织中心学校教师走教|作为督查的重要内容"
    r"|邀请应急管理、消防救援|积极争取支持，把乡村教师"
)


@pytest.mark.parametrize(
    ("kind", "date", "level", "title", "areas"),
    [
        ("safety", "2027-11-20", "banner", "旗长", ["冬季取暖安全", "校园安全"]),
        ("leader_speech", "2027-03-10", "county", "县长", ["推广普通话", "思政课建设"]),
        ("work_report", "2027-03-10", "county", "县教育局局长", ["学前教育", "应急演练"]),
        ("teachers_day", "2032-09-09", "autonomous_region", "自治区党委教育工委书记", ["乡村教师"]),
        ("school_opening", "2027-08-28", "town", "镇中心学校校长", ["教学点", "督查"]),
    ],
)
def test_stock_lines_state_no_arrangement_the_profile_never_made(
    kind: str, date: str, level: str, title: str, areas: list[str]
) -> None:
    data = _profile(kind, date, level, "青冈县" if level != "autonomous_region" else None, title)
    data["priorities"] = [{"area": a} for a in areas]
    found = [
        ln for seed in range(1, 9) for ln in spoken(data, seed).splitlines() if _INVENTED.search(ln)
    ]
    assert found == []
