"""What round j's readers (docs/review/2026-11-30j) marked, fixed after that round was
measured: each fix here is not yet measured blind."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.test_voice_levels import _profile, _render, _text


@pytest.mark.parametrize("value", ["约19000", "近19000", "超过19000"])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_clerks_approximation_is_not_said_twice(tmp_path: Path, value: str, seed: int) -> None:
    """受资助学生约约19000人次: the bank's 约 before the clerk's own 约19000."""
    data = _profile(
        "leader_speech",
        "county",
        "河阳县",
        "县长",
        priorities=[{"area": "学生资助", "facts": {"受资助学生": value}}],
    )
    text = _text(_render(tmp_path, data, seed))
    assert value in text
    assert "约" + value not in text and "约约" not in text


TARGETS = ["高中阶段毛入学率稳定在96%以上", "义务教育优质均衡发展县达到60%"]
KINDS = [
    "leader_speech",
    "work_report",
    "concluding_remarks",
    "leading_group",
    "teachers_day",
    "school_opening",
    "safety",
]


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_reads_out_the_clerks_targets(tmp_path: Path, kind: str) -> None:
    """Round j: a provincial leading group's draft left out all three of its profile's
    target items (the leading-group and concluding templates never read them)."""
    data = _profile(kind, "city", "云州市", "市委书记")
    data["targets"] = {"items": TARGETS}
    for seed in (1, 2):
        text = _text(_render(tmp_path, data, seed))
        for target in TARGETS:
            assert text.count(target) == 1, (kind, seed, target)
