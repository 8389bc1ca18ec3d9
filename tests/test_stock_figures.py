"""What a place has is said as what it has, not as a plan (round v's A).

Round v's reader marked 按计划，今年校车达到6300辆 in a provincial safety speech whose clerk
wrote 校车: 6,300辆 under 校车安全: the fleet, read as a plan to reach. A count of things
with no verb of making or buying in its name is stated as the place's (全省现有校车6300辆);
anything that may be a plan (新建…, 配备…, a rate) keeps the plan wording.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from speechdraft.compose.weave import stock_clause
from speechdraft.pipeline import build_draft


@pytest.mark.parametrize(
    ("label", "value", "said"),
    [
        ("校车", "6300辆", "校车6300辆"),
        ("录播教室", "45间", "录播教室45间"),
        ("新建教师周转宿舍", "860套", ""),
        ("新购置校车", "30辆", ""),
        ("心理咨询室配备率", "95%", ""),
        ("专职保安", "420名", ""),
    ],
)
def test_a_stock_is_told_from_a_plan(label: str, value: str, said: str) -> None:
    assert stock_clause(label, value) == said


@pytest.mark.parametrize("level", ["province", "county", "banner"])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_fleet_is_not_a_plan(tmp_path: Path, level: str, seed: int) -> None:
    place = {"province": "全省", "county": "全县", "banner": "全旗"}[level]
    data = {
        "kind": "safety",
        "meeting": {"date": "2027-05-18"},
        "region": {"level": level, "name": "青川"},
        "speaker": {"title": "教育厅厅长" if level == "province" else "教育局局长"},
        "priorities": [
            {"area": "防溺水"},
            {"area": "校车安全", "facts": {"校车": "6300辆"}},
        ],
        "seed": seed,
    }
    path = tmp_path / f"fleet-{level}-{seed}.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    spoken = "\n".join(build_draft(path).document.spoken_lines())
    assert "6300辆" in spoken  # nothing the clerk wrote is dropped
    assert "达到6300辆" not in spoken
    assert not any("按计划" in s and "6300辆" in s for s in spoken.split("。"))
    if "现有" in spoken:
        assert f"{place}现有校车6300辆" in spoken
