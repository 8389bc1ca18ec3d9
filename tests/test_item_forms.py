"""A clerk's item name fitted by its grammar, not stamped into 做好X工作 / 要抓好X / 要确保X
(branch phrase26; round an's G and E on point and heading lines: 扎实做好讲好教育故事工作,
要确保校外培训治理不能松劲, 家校要联系, 我们将开好用好民族团结进步教育进课堂, 我们将确保口罩…
已储备). One classifier (compose/item_form.py, templates/norms/item_forms.yaml) is read by the
point frames (point_fit.after_fit), the heading frames (render.own_headings) and the review
leads. The profile below is this file's own."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from _matrix import draft as render
from speechdraft.compose import item_form
from speechdraft.compose.render import own_headings
from speechdraft.compose.weave import charge_pieces
from speechdraft.datafile import DataFileError
from speechdraft.norms import _read, load_item_forms


def _said(point: str, bureau: bool = False) -> str:
    return "".join(charge_pieces(point, bureau))


@pytest.mark.parametrize(
    ("item", "kind"),
    [
        ("讲好教育故事", "verb_object"),
        ("大兴调查研究", "verb_object"),
        ("舍得为教师投入", "verb_object"),
        ("校外培训治理不能松劲", "clause"),
        ("党委政府要把教师工作放在心上", "clause"),
        ("民族团结进步教育进课堂", "clause"),
        ("大班额问题", "problem"),
        ("课后服务提质", "nominal"),
        ("家校联系", "nominal"),
        ("烟花爆竹", "thing"),
        ("领导体制", "thing"),
        ("学生资助", "other"),
        ("重要讲话精神学习", "other"),
        ("组织领导", "other"),
    ],
)
def test_an_item_is_classed_by_its_form(item: str, kind: str) -> None:
    assert item_form.form(item) == kind


@pytest.mark.parametrize(
    ("point", "said"),
    [
        # a verb-object phrase takes 要 alone, no second verb and no 落实到位
        ("大兴调查研究", "要大兴调查研究"),
        ("讲好教育故事", "要讲好教育故事"),
        # a clause with its own modal or state is said as it is
        ("校外培训治理不能松劲", "校外培训治理不能松劲"),
        # a thing goes into 推动 where it is brought somewhere
        ("民族团结进步教育进课堂", "要推动民族团结进步教育进课堂"),
        # a nominal or a thing takes the frame its ending asks for
        ("家校联系", "要加强家校联系"),
        ("家校", "要加强家校沟通"),
        ("周末错峰接送", "要组织好周末错峰接送"),
        ("领导体制", "要完善领导体制"),
        ("课后服务提质", "要推动课后服务提质"),
    ],
)
def test_a_point_is_said_by_its_form(point: str, said: str) -> None:
    assert _said(point) == said


def test_a_bureau_reports_a_state_and_does_not_make_sure_of_it() -> None:
    point = "口罩、消毒液、测温仪等防疫物资已储备，可满足两周使用"
    # reported as the clerk wrote it, never ensured; facts26 may say what is asked next after
    # the state (…，我们将管好用好): the state itself stays word for word and first
    said = _said(point, bureau=True)
    assert said.startswith(point) and "确保" not in said
    assert _said("民族团结进步教育进课堂", bureau=True) == "我们将推动民族团结进步教育进课堂"


def test_a_frame_chosen_by_the_items_own_word_is_kept() -> None:
    assert _said("教职工食堂") == "要办好教职工食堂"  # weave's 食堂 → 办好, not 加强…管理
    assert _said("学生欺凌防治") == "要做好学生欺凌防治工作"


@pytest.mark.parametrize(
    ("label", "first"),
    [
        ("大兴调查研究", "大兴调查研究"),
        ("促进教育公平", "着力促进教育公平"),
        ("校外培训治理不能松劲", "校外培训治理不能松劲"),
        ("烟花爆竹", "加强烟花爆竹安全管理"),
        ("家校", "加强家校沟通"),
    ],
)
def test_a_heading_fits_the_items_form(label: str, first: str) -> None:
    headings = own_headings(label, 2026)
    assert headings[0] == first
    assert all(label in h and not re.search(r"做好.*工作$", h) for h in headings)


def _profile() -> dict[str, Any]:
    return {
        "kind": "leader_speech",
        "meeting": {"name": "2027年全县教育工作会议", "date": "2027-02-24"},
        "region": {"level": "county", "name": "青禾县"},
        "speaker": {"title": "县委副书记、县长", "name": "孟启川"},
        "priorities": [
            {"area": "教育宣传", "points": ["讲好教育故事", "大兴调查研究"]},
            {"area": "家校社协同", "points": ["家校联系", "周末错峰接送"]},
            {"area": "促进教育公平", "points": ["校外培训治理不能松劲"]},
        ],
    }


def test_a_draft_stamps_no_frame_on_the_clerks_items() -> None:
    for seed in (1, 2, 3):
        text = "\n".join(render(_profile(), seed).document.spoken_lines())
        for bad in (
            "做好讲好教育故事",
            "抓好讲好教育故事",
            "确保讲好教育故事",
            "推动大兴调查研究",
            "确保大兴调查研究",
            "家校要联系",
            "确保校外培训治理",
            "抓好校外培训治理不能",
            "做好促进教育公平工作",
            "确保周末错峰接送",
        ):
            assert bad not in text, (seed, bad)
        assert "家校联系" in text and "周末错峰接送" in text, seed


def test_every_frame_in_the_tables_holds_the_items_place() -> None:
    forms = load_item_forms()
    for table in (forms.problem_frames, forms.nominal_frames, forms.thing_frames):
        assert all(f.count("…") == 1 and f.index("…") > 0 for _, f in table)


def test_a_repeated_word_is_told_in_chinese_with_its_place(tmp_path: Path) -> None:
    source = Path(__file__).resolve().parents[1] / "templates" / "norms" / "item_forms.yaml"
    text = source.read_text(encoding="utf-8")
    text = text.replace("own_predicates: [讲好, ", "own_predicates: [讲好, 讲好, ", 1)
    bad = tmp_path / "item_forms.yaml"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(DataFileError) as raised:
        _read(bad, "item_forms", "事项形状词表")
    message = str(raised.value)
    assert "item_forms.yaml:" in message and "重复" in message


@pytest.mark.parametrize(
    ("point", "said"),
    [
        # a body and its deed split round 要 is no bare name
        ("县交警大队对农村接送学生车辆开展专项整治", "县交警大队要对农村接送学生车辆开展专项整治"),
        # 进校园 inside a name does not make a clause
        ("电动自行车进校园充电管理", "要做好电动自行车进校园充电管理"),
        # a state kept is a result 确保 takes
        ("深度贫困地区教师补贴标准不降低", "要确保深度贫困地区教师补贴标准不降低"),
    ],
)
def test_what_reads_already_is_left_as_it_was(point: str, said: str) -> None:
    assert _said(point) == said


def test_a_kept_state_is_a_heading_as_written() -> None:
    assert own_headings("常态化疫情防控不放松", 2022)[0] == "常态化疫情防控不放松"
    assert own_headings("清理进校园事项", 2022)[0] == "切实清理进校园事项"


@pytest.mark.parametrize(
    ("label", "verb"), [("加强督导考核", "加强督导考核"), ("深化教育评价改革", "深化教育评价改革")]
)
def test_a_verb_object_title_takes_no_second_verb(label: str, verb: str) -> None:
    for heading in own_headings(label, 2019):
        assert heading.endswith(verb)
        assert not re.search(r"(?:推进|抓好|做好)" + verb[:2], heading), heading
