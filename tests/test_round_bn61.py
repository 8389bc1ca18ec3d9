"""Round bn's A lines (heldout-78 and heldout-79, rendered at 692d4866, read blind:
docs/review/2026-12-06bn) fixed in stop 61 after the round was read. Every test function fails
on 692d4866."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

PHRASES = Path(__file__).resolve().parents[1] / "templates" / "phrases"


@pytest.mark.parametrize(
    ("file", "struck"),
    [
        ("areas/preschool.yaml", "占比今年要提高到"),  # a 今年 nobody gave (bl's 14, bn's 15)
        ("areas/preschool.yaml", "今年公办园在园幼儿占比的目标是"),
        ("areas/compulsory.yaml", "作为年度考核的重要依据"),  # a rule nobody set (bn's 03)
        ("areas/compulsory.yaml", "走教教师"),  # 走教 the profile never named (bn's 12)
        ("areas/high_school.yaml", "高中教师缺口补上"),  # a shortage never stated (bn's 03)
        ("frames/leading_group.yaml", "有的涉及用地、资金等硬约束"),  # (bn's 04)
        ("safeguards/organization.yaml", "责任单位要在会上讲清落实情况"),  # (bn's 13)
        ("safeguards/organization.yaml", "逐一过堂"),  # (bk's 01, R)
        # round bk's drafts read again (bkc): mechanisms nobody set, A
        ("areas/projects.yaml", "容缺受理"),
        ("areas/compulsory.yaml", "招生计划刚性管控"),
        ("areas/compulsory.yaml", "新增学位安排的首位"),
    ],
)
def test_bank_lines_that_assumed_facts_are_gone(file: str, struck: str) -> None:
    text = (PHRASES / file).read_text(encoding="utf-8")
    said = [
        line for line in text.splitlines() if struck in line and not line.strip().startswith("#")
    ]
    assert not said, said


def test_dormitory_lines_need_boarders() -> None:
    """宿舍用电 and its heading at a town with no boarding school (round bn's 12, A): the heating
    family's dormitory heading and its dormitory-wiring unit need boarders."""
    data = yaml.safe_load((PHRASES / "areas/safety.yaml").read_text(encoding="utf-8"))
    heating = next(f for f in data["families"] if f["key"] == "heating")
    dorm_headings = [h for h in heating["headings"] if "宿舍" in str(h) or "住校" in str(h)]
    assert dorm_headings and all("boarding" in h["needs"] for h in dorm_headings)
    wiring = next(u for u in heating["units"] if any("宿舍用电要规范" in t for t in u["text"]))
    assert "boarding" in wiring["needs"]


def test_summer_drowning_lines_name_no_school_day_channel() -> None:
    """家长会, 班会 and 放假前后 at a summer 防溺水 meeting held after the break began (round bk's 21,
    round bm's 09 and 21, round bn's 10 and 22, F): the drowning and guardianship wordings name
    channels that work on either side of the break."""
    data = yaml.safe_load((PHRASES / "areas/safety.yaml").read_text(encoding="utf-8"))
    wordings = [
        text
        for family in data["families"]
        for unit in family["units"]
        for text in unit["text"]
        if "防溺水" in text or "监护" in text
    ]
    assert wordings
    said = [w for w in wordings if re.search(r"家长会|班会|放假前后", w)]
    assert not said, said
