"""A 【…】 mark is read by the leader if the clerk leaves it: it names what to fill in plain
Chinese, never a field of the profile file (round ar's readers: 【待补：今年的重点任务（请在
priorities 中列出）】). Every kind is rendered with the sections a clerk most often leaves
empty, and the sample profiles as they are."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from tests._matrix import meeting, spoken

from speechdraft.pipeline import build_draft

ROOT = Path(__file__).resolve().parents[1]
_MARK = re.compile(r"【[^】]*】")
_FIELD_WORD = re.compile(r"[A-Za-z_]{3,}")

_BARE: dict[str, dict[str, Any]] = {
    "work_report": meeting("work_report", "2028年2月24日", "county", "云岭县", "县教育局局长"),
    "leader_speech": meeting("leader_speech", "2028年2月26日", "city", "临川市", "副市长"),
    "safety": meeting("safety", "2028年3月2日", "county", "云岭县", "县教育局局长"),
    "school_opening": meeting("school_opening", "2028年2月20日", "town", "石桥镇", "镇长"),
    "teachers_day": meeting("teachers_day", "2028年9月8日", "district", "江北区", "区长"),
    "concluding_remarks": meeting(
        "concluding_remarks", "2028年2月24日", "county", "云岭县", "副县长"
    ),
    "leading_group": meeting("leading_group", "2028年4月12日", "county", "云岭县", "县长"),
}


def _field_words(text: str) -> list[str]:
    return [mark for mark in _MARK.findall(text) if _FIELD_WORD.search(mark)]


@pytest.mark.parametrize("kind", sorted(_BARE))
@pytest.mark.parametrize("seed", [1, 2])
def test_a_bare_profile_s_marks_are_plain_chinese(kind: str, seed: int) -> None:
    text = spoken(_BARE[kind], seed)
    assert "【待补" in text  # the sections left empty are asked for
    assert _field_words(text) == []
    if kind not in {"leading_group", "teachers_day"}:  # these ask for the tasks their own way
        assert "重点任务”" in text or "重点工作" in text


# the sample profiles, and every 25th of the earlier readings' (a tenth of a second each)
_MANY = (
    sorted(ROOT.glob("profiles/*.yaml")) + sorted(ROOT.glob("docs/review/*/profiles/*.yaml"))[::25]
)


def test_many_profiles_marks_are_plain_chinese() -> None:
    shown: dict[str, list[str]] = {}
    for profile in _MANY:
        text = "\n".join(build_draft(profile, seed=3).document.spoken_lines())
        if words := _field_words(text):
            shown[profile.name] = words
    assert shown == {}
