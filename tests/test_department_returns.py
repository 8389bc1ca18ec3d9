"""A department's return, pasted by the clerk as a point, keeps its own tense and subject.

Round am's profiles carried points as departments wrote them in the checklists they sent back
(已印发…, 正在推进…, 拟于4月底前…, 县财政局负责…). The drafts put a charge over them that their
tense refuses: 要确保自治区教育厅已印发…, 拟于要在4月底前…, 我们将推动县财政局负责…, and
县委将办牵头… (县委办, the office, split by the speaker's-own-body rule). Readers marked each G.
"""

from __future__ import annotations

from typing import Any

import pytest

from _matrix import draft as render
from speechdraft.compose.weave import charge_pieces

SEEDS = (1, 2, 3)


def _said(point: str, bureau: bool) -> str:
    return "".join(charge_pieces(point, bureau))


@pytest.mark.parametrize("bureau", [False, True])
@pytest.mark.parametrize(
    ("point", "state"),
    [
        ("市教育局已印发学生欺凌防治工作指南", "市教育局已印发学生欺凌防治工作指南，"),
        ("已开工项目3个，正在推进前期手续2个", "项目已开工3个，正在推进前期手续2个，"),
        ("正在推进寄宿制学校视频监控升级改造", "寄宿制学校视频监控升级改造正在推进，"),
        (
            "省教育厅已于6月底前完成公费师范生招生计划下达",
            "省教育厅已于6月底前完成公费师范生招生计划下达，",
        ),
    ],
)
def test_what_is_done_or_under_way_is_said_as_it_is(point: str, state: str, bureau: bool) -> None:
    # facts26: the state keeps its own tense, with its subject first, and what is asked next
    # follows it (round an's R: a bare report in a deployment part); no charge goes over it
    said = _said(point, bureau)
    assert said.startswith(state)
    assert said.removeprefix(state).startswith("我们将" if bureau else "要")
    assert "确保" not in said


def test_what_is_proposed_is_the_speakers_own_proposal_in_a_report() -> None:
    # (facts26: a bureau's own plan is 我们将…, so that its list under 我们将…：does not read
    # 二是拟于…, round am's set 07; the proposal stays the speaker's own)
    assert _said("拟于4月底前完成全区培训机构摸排", True) == "我们将在4月底前完成全区培训机构摸排"
    # facts26: a leader says a plan of the return as this year's charge (round an's R: 拟新建
    # 教师周转房120套 read as a bare plan), with 要在 before its date, never 拟于要在
    assert _said("拟于4月底前完成全区培训机构摸排", False) == "要在4月底前完成全区培训机构摸排"
    assert _said("拟提高班主任津贴标准", False) == "要提高班主任津贴标准"
    # a plan with its deed and number or its time is the clerk's plan, not a charge over it
    # (round am's G: 要确保计划新建公办幼儿园4所, 一是确保计划撤并小规模学校4所)
    assert _said("计划新建公办幼儿园4所", False) == "要新建公办幼儿园4所"
    assert _said("计划撤并小规模学校4所", True) == "我们将撤并小规模学校4所"
    assert _said("计划年内完成主体", False) == "要在年内完成主体"
    assert _said("计划生育", False) != "计划生育"  # a noun, charged as before
    # a time before the plan or the state (round am's G: 全年要计划新增学位12000个)
    assert _said("全年计划新增学位12000个", False) == "全年计划新增学位12000个"
    assert _said("今年已完成校舍改造", False) == "今年已完成校舍改造"


def test_a_bodys_duty_is_its_charge_and_a_date_takes_zai() -> None:
    assert _said("县财政局负责按月足额发放教师工资", False) == "县财政局要负责按月足额发放教师工资"
    assert (
        _said("市消防救援大队负责1月20日前完成学校消防设施检查", False)
        == "市消防救援大队要在1月20日前完成学校消防设施检查"
    )
    # a bureau's report names the division of work; it does not push a peer (推动…负责…)
    assert _said("县财政局负责按月足额发放教师工资", True) == "县财政局负责按月足额发放教师工资"


def test_an_office_is_not_the_speakers_body_said_with_jiang() -> None:
    said = _said("县委办牵头清理进校园事项", False)
    assert "县委将办" not in said and said.startswith("县委办")


def _profile(kind: str, title: str) -> dict[str, Any]:
    return {
        "kind": kind,
        "meeting": {"date": "2026-03-06"},
        "region": {"level": "county", "name": "青溪县"},
        "speaker": {"title": title, "name": "周明"},
        "priorities": [
            {
                "area": "校园安全",
                "points": [
                    "县教育局已印发学生欺凌防治工作指南",
                    "正在推进寄宿制学校视频监控升级改造",
                    "拟于4月底前完成校外培训机构摸排",
                    "县财政局负责按月足额发放教师工资",
                    "县委办牵头清理进校园事项",
                    "严禁在职教师有偿补课（已查处3起）",
                ],
            },
            {"area": "教师队伍", "points": ["已完成新教师岗前培训"]},
        ],
    }


@pytest.mark.parametrize(
    ("kind", "title"), [("leader_speech", "县长"), ("work_report", "县教育局局长")]
)
def test_no_charge_goes_over_a_return_in_a_draft(kind: str, title: str) -> None:
    broken = ("确保县教育局已", "确保正在", "拟于要", "推动县财政局负责", "县委将办", "确保已完成")
    for seed in SEEDS:
        text = "".join(render(_profile(kind, title), seed).document.spoken_lines())
        assert not [b for b in broken if b in text], (seed, [b for b in broken if b in text])
        assert "已印发学生欺凌防治工作指南" in text and "县委办" in text
        # the return's progress note in brackets is said as a clause, not read out as a bracket
        assert "有偿补课，已查处3起" in text and "（已查处" not in text
