"""A review lead names no sort of school or place its results do not.

Round t0's reader marked （一）公办幼儿园学位有效扩容 over 新增幼儿园学位2,160个 and 普惠性幼儿园
覆盖率81.3%: nothing said the new places were public. A lead that names 公办, 民办, 普惠,
优质, 城区, 乡村, 农村, 寄宿 or 特殊教育 is said only where the points, figures or the area's
name say so.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from speechdraft.compose.weave import claims_unsupported
from speechdraft.pipeline import build_draft


@pytest.mark.parametrize(
    ("lead", "evidence", "topic", "unsupported"),
    [
        ("公办幼儿园学位有效扩容", "新增幼儿园学位2,160个", "学前教育", True),
        ("公办幼儿园学位有效扩容", "新增公办幼儿园学位2,160个", "学前教育", False),
        ("乡村教师队伍不断壮大", "招聘特岗教师145名", "乡村教师", False),
        ("乡村教师队伍不断壮大", "招聘特岗教师145名", "教师队伍", True),
        ("优质均衡发展扎实推进", "通过国家督导评估认定", "义务教育", True),
        ("学前教育普惠水平稳步提升", "普惠性幼儿园覆盖率提高到81.3%", "学前教育", False),
        # round v's A: a return on money needs a measure of it, not the sum spent
        ("教育经费使用效益不断提高", "全省教育经费总投入1,650亿元", "教育经费", True),
        ("教育经费使用效益不断提高", "教育经费预算执行率提高到98.6%", "教育经费", False),
    ],
)
def test_a_sort_named_needs_its_evidence(
    lead: str, evidence: str, topic: str, unsupported: bool
) -> None:
    assert claims_unsupported(lead, evidence, topic) is unsupported


@pytest.mark.parametrize("seed", range(1, 9))
def test_new_places_are_not_called_public(tmp_path: Path, seed: int) -> None:
    data = {
        "kind": "work_report",
        "meeting": {"date": "2026-02-20"},
        "region": {"level": "district", "name": "青川区"},
        "speaker": {"title": "区教育局局长"},
        "review": {
            "achievements": [
                {
                    "area": "学前教育",
                    "points": ["第三期学前教育行动计划顺利完成"],
                    "figures": {"新增幼儿园学位": "2,160个", "幼儿园专任教师": "1,380人"},
                },
                {"area": "义务教育", "figures": {"新增义务教育学位": "3,600个"}},
            ]
        },
        "priorities": ["学前教育", "义务教育"],
        "seed": seed,
    }
    path = tmp_path / f"report-{seed}.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    lines = build_draft(path).document.spoken_lines()
    review = [line for line in lines if "2,160" in line or "2160" in line]
    assert review
    at = lines.index(review[0])
    around = "".join(lines[max(0, at - 1) : at + 1])
    assert "公办" not in around, around
