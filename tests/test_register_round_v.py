"""Round v's R where it is the register of a stock line: a heading frame that does not fit
its name (层层实施营养改善计划, 稳妥推进名师培养, 认真做好人工智能进课堂工作), a double 和 in
the review's opening line, and lines a speaker of this rank does not say (a 区长 on 错题分析,
a 中心学校 head on 轻车简从)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from speechdraft.compose.render import own_headings
from speechdraft.phrasebank import load_phrasebank
from speechdraft.pipeline import build_draft
from speechdraft.resources import builtin_templates_dir
from speechdraft.voice import unfit


@pytest.mark.parametrize(
    ("label", "banned"),
    [
        ("营养改善计划", "层层"),
        ("名师培养", "稳妥"),
        ("青年教师培训", "稳妥"),
        ("人工智能进课堂", "工作"),
        ("法治进校园", "做好"),
    ],
)
def test_a_heading_frame_fits_the_name(label: str, banned: str) -> None:
    headings = own_headings(label, 2026)
    assert headings and all(label in h for h in headings)
    assert not any(banned in h.replace(label, "") for h in headings), headings


def test_a_change_that_unsettles_people_is_still_pursued_with_care() -> None:
    assert any(h.startswith("稳妥推进") for h in own_headings("乡村学校撤并", 2026))


def test_the_duty_passed_down_the_line_keeps_its_layers() -> None:
    assert "层层压实安全责任" in own_headings("安全责任", 2026)


def test_no_wording_joins_a_second_and_after_the_superiors() -> None:
    """w.superiors reads 党中央和省委: a wording that goes on with …的部署要求和… says 和
    twice in one breath (round v's R)."""
    bank = load_phrasebank(builtin_templates_dir())
    units = [u for units in bank.frames.values() for u in units]
    units += [
        u
        for area in (*bank.areas.values(), *bank.safeguards.values())
        for family in area.families
        for u in family.units
    ]
    doubled = [
        text
        for unit in units
        for text in unit.wordings
        if re.search(r"w\.superiors \}\}[^，。；、]{0,8}和", text)
    ]
    assert doubled == []


@pytest.mark.parametrize("seed", range(1, 9))
@pytest.mark.parametrize("level", ["prefecture", "county"])
def test_the_reports_opening_says_and_once(tmp_path: Path, seed: int, level: str) -> None:
    data = {
        "kind": "work_report",
        "meeting": {"date": "2022-02-24"},
        "region": {"level": level, "name": "青川"},
        "speaker": {"title": "教育局局长"},
        "priorities": ["学前教育", "控辍保学"],
        "seed": seed,
    }
    path = tmp_path / f"wr-{level}-{seed}.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    text = "".join(b.text for b in build_draft(path).document.blocks if hasattr(b, "runs"))
    assert "的部署要求和" not in text


@pytest.mark.parametrize(
    "wording",
    [
        "把错题分析作为作业讲评的重点，少做重复练习，多找问题根源。",
        "作业布置了就要认真批改、及时反馈，让作业真正发挥作用。",
    ],
)
def test_a_leader_does_not_teach_teachers_to_mark(wording: str) -> None:
    for role in ("government_head", "deputy"):
        assert unfit(wording, role, "district") is not None
    assert unfit(wording, "bureau_chief", "district") is None


def test_a_school_head_makes_no_trips_with_a_retinue() -> None:
    wording = "到学校调研要轻车简从、直奔现场，多听校长、教师和家长的心里话。"
    assert unfit(wording, "school_head", "town") is not None
    assert unfit(wording, "bureau_chief", "county") is None
