"""Who the speaker may direct, in the clerk's own points (voice26; issue 11's rule, round an's
L, A and R): a bureau's man or a 中心学校校长 says a point that names a peer department 我们将
会同/配合X…, a higher body 我们将提请X…, a body's help 我们将争取X配合，…, his own unit 我们将…;
his own team keeps its subject; a 县长 still charges his departments. Stock lines name a
cooperation with a department (会同公安、交通…) only where the profile names it.

The test's own profiles, rendered at seeds 1–3, asserted on the sentences; the pieces and the
named table asserted directly.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from _matrix import spoken
from speechdraft.compose.authority import directed_pieces
from speechdraft.datafile import DataFileError
from speechdraft.named import licensed_by, named_in
from speechdraft.norms import _read

SEEDS = (1, 2, 3)


@pytest.mark.parametrize(
    ("point", "role", "said"),
    [
        ("省人社厅、省教育厅要联合推进学分互认", "bureau_chief", "我们将会同省人社厅推进学分互认"),
        (
            "省水利厅要负责指导各地加强水域巡查",
            "bureau_chief",
            "我们将配合省水利厅指导各地加强水域巡查",
        ),
        (
            "镇妇联负责，每学期举办两次家长讲座",
            "school_head",
            "我们将配合镇妇联每学期举办两次家长讲座",
        ),
        (
            "镇派出所配合，每天检查接送车辆",
            "school_head",
            "我们将争取镇派出所配合，每天检查接送车辆",
        ),
        (
            "镇党委每学期专题研究一次教育工作",
            "school_head",
            "我们将提请镇党委每学期专题研究一次教育工作",
        ),
        ("省教育厅负责，3月底前印发实施方案", "bureau_chief", "我们将在3月底前印发实施方案"),
        ("厅领导班子成员带头分包联系市州", "bureau_chief", "厅领导班子成员要带头分包联系市州"),
        # a township's government: below a bureau (推动), above a 中心学校校长 (提请); 统筹 kept
        ("乡政府统筹解决村小冬季供暖", "bureau_chief", "我们将推动乡政府统筹解决村小冬季供暖"),
        ("乡政府统筹解决村小冬季供暖", "school_head", "我们将提请乡政府统筹解决村小冬季供暖"),
    ],
)
def test_a_point_is_said_in_the_voice_the_speaker_may_use(point: str, role: str, said: str) -> None:
    pieces = directed_pieces(point, role, ("省教育厅",), report=False)
    assert pieces is not None
    prefix, head, infix, tail, suffix = pieces
    assert prefix + head + infix + tail + suffix == said


@pytest.mark.parametrize(
    ("point", "role"),
    [
        ("县财政局负责，按时拨付公用经费", "government_head"),  # a 县长 charges his departments
        ("县财政局负责，按时拨付公用经费", "party_secretary"),
        ("各学校开齐开足体育课", "bureau_chief"),  # his own schools: left to the frames
        ("县财政局的支持要用在刀刃上", "bureau_chief"),  # no body acting
        ("省教育厅组成5个督查组", "bureau_chief"),  # own body, its own deed: own_body_pieces
    ],
)
def test_other_points_and_speakers_are_left_alone(point: str, role: str) -> None:
    assert directed_pieces(point, role, ("省教育厅",), report=False) is None


def test_a_peers_plain_deed_in_a_bureaus_report_is_left_to_the_charge() -> None:
    """县财政从…计提…: the report says 我们将推动县财政… (charge_pieces), the clerk's words whole."""
    point = "县财政从土地出让收益中按10%计提教育资金"
    assert directed_pieces(point, "bureau_chief", ("县教育局",), report=True) is None


def test_a_peer_arrangement_is_named_only_where_the_profile_names_the_department() -> None:
    line = "我们将主动会同公安、交通、市场监管等部门，做好信息通报，配合开展联合检查。"
    named = named_in(line)
    assert {"named:with_police", "named:with_transport", "named:with_market_regulation"} <= named
    assert "named:with_police" in licensed_by(["城关派出所每天在校门口护学"])
    assert "named:with_police" not in licensed_by(["学校周边交通安全隐患较多"])
    assert "named:with_transport" not in licensed_by(["学校周边交通安全隐患较多"])
    assert not named_in("我们将积极争取各部门支持，开展联合检查。")


# -- the drafts ---------------------------------------------------------------------------


def _town() -> dict[str, Any]:
    return {
        "kind": "work_report",
        "meeting": {"date": "2031-01-16"},
        "region": {"level": "town", "name": "柳溪镇"},
        "speaker": {"title": "镇中心学校校长", "name": "杭立群"},
        "review": {
            "achievements": [{"area": "控辍保学", "points": ["全镇适龄儿童无一辍学"]}],
            "problems": ["留守儿童家庭教育缺位"],
        },
        "priorities": [
            {
                "area": "家校社协同",
                "points": ["镇妇联负责，每学期举办两次家长讲座", "教师家访全覆盖"],
            },
            {
                "area": "上下学安全",
                "points": ["镇派出所配合，每天检查接送车辆", "冬季路面结冰时错峰放学"],
            },
            {
                "area": "责任落实",
                "points": ["镇党委每学期专题研究一次教育工作"],
            },
        ],
    }


def _county() -> dict[str, Any]:
    return {
        "kind": "work_report",
        "meeting": {"date": "2031-02-20"},
        "region": {"level": "county", "name": "松川县"},
        "speaker": {"title": "县教育局局长", "name": "杭立群"},
        "review": {
            "achievements": [{"area": "办学条件", "points": ["新建城北小学投入使用"]}],
            "problems": ["中职专业与产业结合不紧"],
        },
        "priorities": [
            {
                "area": "职业教育",
                "points": ["县人社局、县教育局联合开展订单式技能培训"],
            },
            {
                "area": "卫生防疫",
                "points": ["县卫健委负责向每所学校派驻卫生指导员"],
            },
            {
                "area": "义务教育优质均衡",
                "points": ["县教育局负责，3月底前印发优质均衡推进方案"],
            },
        ],
    }


def _county_head() -> dict[str, Any]:
    data = _county()
    data["kind"] = "leader_speech"
    data["speaker"] = {"title": "县长", "name": "杭立群"}
    return data


@pytest.fixture(scope="module")
def drafts() -> dict[tuple[str, int], str]:
    makers = {"town": _town, "county": _county, "county_head": _county_head}
    return {(name, seed): spoken(make(), seed) for name, make in makers.items() for seed in SEEDS}


@pytest.mark.parametrize("seed", SEEDS)
def test_a_principal_asks_the_townships_bodies(drafts: dict[Any, str], seed: int) -> None:
    text = drafts[("town", seed)]
    assert "配合镇妇联每学期举办两次家长讲座" in text
    assert "争取镇派出所配合，每天检查接送车辆" in text
    assert "提请镇党委每学期专题研究一次教育工作" in text
    for order in ("镇妇联要", "由镇妇联负责", "镇要派出所", "建立镇党委", "镇派出所要"):
        assert order not in text, order


@pytest.mark.parametrize("seed", SEEDS)
def test_a_bureau_cooperates_with_its_peers_and_says_we(drafts: dict[Any, str], seed: int) -> None:
    text = drafts[("county", seed)]
    assert "会同县人社局开展订单式技能培训" in text
    assert "配合县卫健委向每所学校派驻卫生指导员" in text
    assert "3月底前印发优质均衡推进方案" in text
    for wrong in ("推动县人社局", "县卫健委负责", "县卫健委要", "县教育局负责", "县教育局将负责"):
        assert wrong not in text, wrong


@pytest.mark.parametrize("seed", SEEDS)
def test_a_county_head_still_charges_his_departments(drafts: dict[Any, str], seed: int) -> None:
    text = drafts[("county_head", seed)]
    assert "县卫健委" in text
    assert "配合县卫健委" not in text and "会同县人社局" not in text


def test_a_bureau_does_not_name_itself_as_the_one_in_charge() -> None:
    from speechdraft.voice import unfit

    line = "资源推送、应用指导和数据分析，由{{ w.edu }}统筹抓好。"
    assert unfit(line, "bureau_chief", "county")
    assert not unfit(line, "government_head", "county")


def test_a_bad_word_in_the_table_is_told_in_chinese_with_its_place(tmp_path: Path) -> None:
    source = Path(__file__).resolve().parents[1] / "templates" / "norms" / "authority.yaml"
    text = source.read_text(encoding="utf-8").replace("  - 水利\n", "  - 水利\n  - 水利\n", 1)
    bad = tmp_path / "authority.yaml"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(DataFileError) as raised:
        _read(bad, "authority", "讲话人能安排谁词表")
    assert "authority.yaml:" in str(raised.value)
