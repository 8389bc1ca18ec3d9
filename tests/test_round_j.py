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
