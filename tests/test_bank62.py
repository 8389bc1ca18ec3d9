"""Bank wordings over the scorecard's line in the careful rounds (bl, bm, bn and bk read again:
scripts/unit_scorecard.py --round …, stop 62): each labelled in most of its readings, mostly as
said twice (D) or as filler (E). Every case fails on 1c620545."""

from __future__ import annotations

from pathlib import Path

import pytest

PHRASES = Path(__file__).resolve().parents[1] / "templates" / "phrases"


@pytest.mark.parametrize(
    ("file", "struck"),
    [
        ("areas/preschool.yaml", "中心幼儿园自身要先提高"),  # R5 A2
        ("areas/compulsory.yaml", "要让小规模学校小而美、小而优"),  # D2 E1
        ("areas/compulsory.yaml", "把教学点的课程和教研带起来"),  # R D
        ("frames/leading_group.yaml", "各成员单位为此做了大量工作"),  # D3, after 共同推动的结果
        ("frames/leading_group.yaml", "会上点到的问题，成员单位要拿出看得见的办法"),  # D3
        ("safeguards/assessment.yaml", "督查中既要指出问题，也要和学校一起商量"),  # D3
        ("areas/teachers.yaml", "公开招聘、定向培养等渠道都要用足"),  # D3
        ("frames/teachers_day.yaml", "每一位普通教师的付出，都应当得到尊重和肯定"),  # D3 E3
        ("areas/emergency.yaml", "要对校舍和周边山体、河道开展隐患排查"),  # D3
        ("areas/preschool.yaml", "幼儿园建设不求豪华"),  # E2
        ("frames/leader_speech.yaml", "推进中遇到的困难要早发现、早报告"),  # E S
        ("frames/safety.yaml", '"{{ c.heard_named }}很及时'),  # the report named twice, R D
        ("frames/teachers_day.yaml", "尊师重教永远在路上"),  # said of conduct campaigns, R
    ],
)
def test_wordings_over_the_line_are_gone(file: str, struck: str) -> None:
    text = (PHRASES / file).read_text(encoding="utf-8")
    said = [
        line for line in text.splitlines() if struck in line and not line.strip().startswith("#")
    ]
    assert not said, said
