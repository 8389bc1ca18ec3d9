"""A department's return said as the speaker's deployment (branch facts26; round an's R, G and S
on point lines). Clerks paste the departments' returned checklists as points: 已完成…选址，计划
9月前开工 (no subject, a bare report), 已建立…制度（2031年通报2起） (a bracket copied), 各市州要
建立…（已建成9个、在建5个） (an order glued to the present state), …已由县发改局核定 (said 已要由).
A clerk says the state with its subject, then what remains, then what is asked next, with no
deadline, figure or event the return did not give (compose/return_said.py, returns.yaml).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from _matrix import draft as render
from speechdraft.compose.context import _clause
from speechdraft.compose.weave import charge_pieces

SEEDS = (1, 2)


def _said(point: str, bureau: bool = False) -> str:
    return "".join(charge_pieces(_clause(point), bureau))


# (the return as the clerk pasted it, how a leader says it)
SAID = (
    ("已完成城西中学选址，计划10月前开工", "城西中学已完成选址，要抓紧推进，确保10月前开工"),
    (
        "已建成市级教育资源公共服务平台，正在推进与省平台对接",
        "市级教育资源公共服务平台已建成，要加快推进与省平台对接",
    ),
    (
        "已完成校舍维修项目84项，剩余12项8月25日前完工",
        "校舍维修项目已完成84项，剩余12项要确保8月25日前完工",
    ),
    (
        "已建立教师违规补课举报制度（2030年查处3起）",
        "教师违规补课举报制度已建立，2030年查处3起，要严格执行",
    ),
    (
        "正在开展中小学食堂智慧监管（已完成58%）",
        "中小学食堂智慧监管正在开展，目前已完成58%，要加快进度",
    ),
    (
        "县人社局已拟定乡村教师周转房分配办法",
        "县人社局已拟定乡村教师周转房分配办法，要抓紧推动出台",
    ),
    (
        "各县区要建立教师发展中心（已建成6个、在建3个）",
        "教师发展中心目前已建成6个、在建3个，各县区要在此基础上加快推进",
    ),
    (
        "午餐收费标准已由县发改局核定，春季学期执行",
        "午餐收费标准已由县发改局核定，要确保春季学期执行",
    ),
    ("拟新建学生公寓2栋", "要新建学生公寓2栋"),
    ("拟于年内完成城南幼儿园改扩建", "要在年内完成城南幼儿园改扩建"),
    ("县二中新建实验楼（已完成主体60%）", "县二中新建实验楼目前已完成主体60%，要加快进度"),
    (
        "已将乡村教师交通补助提高到每人每月300元",
        "乡村教师交通补助已提高到每人每月300元，要抓好落实",
    ),
)


@pytest.mark.parametrize(("point", "leader"), SAID, ids=[str(i) for i in range(len(SAID))])
def test_a_return_is_the_state_then_what_is_asked(point: str, leader: str) -> None:
    assert _said(point) == leader


@pytest.mark.parametrize(("point", "leader"), SAID, ids=[str(i) for i in range(len(SAID))])
def test_no_return_is_a_bare_report_glued_or_bracketed(point: str, leader: str) -> None:
    for bureau in (False, True):
        said = _said(point, bureau)
        assert not re.match(r"(?:已|正在|拟|计划)", said), said  # a subject first
        assert not re.search(r"已[^，；。]{0,3}要(?!求)|要[^，；。]{2,40}，(?:目前)?已", said), said
        assert not re.search(r"[（(][^）)]*\d[^）)]*[）)]", said), said  # the bracket woven in
        # the return's own date and figures are all kept, none added
        assert sorted(re.findall(r"\d+", said)) == sorted(re.findall(r"\d+", point)), said


def test_a_bureau_says_what_it_asks_with_women_jiang() -> None:
    assert _said("已完成城西中学选址，计划10月前开工", True) == (
        "城西中学已完成选址，我们将抓紧推进，确保10月前开工"
    )
    assert _said("已完成校舍维修项目84项，剩余12项8月25日前完工", True) == (
        "校舍维修项目已完成84项，我们将确保剩余12项8月25日前完工"
    )
    # a bureau pushes the places below, it does not order them
    assert _said("各县区要建立教师发展中心（已建成6个、在建3个）", True) == (
        "教师发展中心目前已建成6个、在建3个，我们将推动各县区在此基础上加快推进"
    )
    # a plan alone is the bureau's own plan, 在 before its date (its list drops 我们将)
    assert _said("拟新建学生公寓2栋", True) == "我们将新建学生公寓2栋"
    assert _said("拟于年内完成城南幼儿园改扩建", True) == "我们将在年内完成城南幼儿园改扩建"
    # the money a plan spends is the government's: a bureau seeks it
    assert _said("拟投资8000万元建设县二中实验楼", True) == "我们将争取投资8000万元建设县二中实验楼"
    assert _said("县委办牵头清理进校园事项（已清理27项）") == (
        "县委办牵头清理进校园事项，目前已清理27项，要加快进度"
    )


def _profile(kind: str, title: str, date: str) -> dict[str, Any]:
    return {
        "kind": kind,
        "meeting": {"date": date},
        "region": {"level": "county", "name": "松溪县"},
        "speaker": {"title": title, "name": "林平"},
        "priorities": [
            {
                "area": "学校建设",
                "points": [
                    "已完成城西中学选址，计划10月前开工",
                    "已完成校舍维修项目84项，剩余12项8月25日前完工",
                ],
            },
            {
                "area": "师德师风",
                "points": ["已建立教师违规补课举报制度（2030年查处3起）"],
            },
            {
                "area": "教育数字化",
                "points": ["已建成县级教育资源公共服务平台，正在推进与市平台对接"],
            },
        ],
    }


@pytest.mark.parametrize(
    ("kind", "title"), [("leader_speech", "县长"), ("work_report", "县教育局局长")]
)
def test_the_returns_in_a_draft_are_said_as_deployment(kind: str, title: str) -> None:
    for seed in SEEDS:
        text = "\n".join(render(_profile(kind, title, "2031-03-06"), seed).document.spoken_lines())
        assert "城西中学已完成选址" in text and "确保10月前开工" in text
        assert "校舍维修项目已完成84项" in text
        assert "教师违规补课举报制度已建立，2030年查处3起" in text
        assert "县级教育资源公共服务平台已建成" in text
        for bare in ("已完成城西中学选址", "（2030年查处3起）", "已建成县级", "，计划10月前开工"):
            assert bare not in text, (seed, bare)


def test_a_passed_deadline_is_still_marked_for_checking() -> None:
    text = "\n".join(
        render(_profile("leader_speech", "县长", "2031-11-06"), 1).document.spoken_lines()
    )
    line = next(s for s in re.split("[。\n]", text) if "城西中学已完成选址" in s)
    assert "【待核" in line, line


def test_a_bad_word_in_the_returns_file_is_told_in_chinese_with_its_place(tmp_path: Path) -> None:
    from speechdraft.norms import _read

    source = Path(__file__).resolve().parents[1] / "templates" / "norms" / "returns.yaml"
    text = source.read_text(encoding="utf-8").replace("stages: [选址,", "stages: [选址。,")
    bad = tmp_path / "returns.yaml"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(Exception) as raised:
        _read(bad, "returns", "科室回表词表")
    message = str(raised.value)
    assert "returns.yaml" in message and "字面的词" in message
