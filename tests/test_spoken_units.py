"""A target's name loses the count word its value already says: round i's readers struck
教师全员培训人次1.2万人次 (a round count said with 万 kept the name's 人次)."""

from __future__ import annotations

import pytest

from speechdraft.compose.weave import spoken_fact


@pytest.mark.parametrize(
    ("label", "value", "unit", "said"),
    [
        ("教师全员培训人次", "12000", "人次", ("教师全员培训", "1.2万人次")),
        ("教师全员培训人次", "1.2万人次", "人次", ("教师全员培训", "1.2万人次")),
        ("教师全员培训人次", "6000", "人次", ("教师全员培训", "6000人次")),
        ("今年新补充教师人数", "180", "名", ("新补充教师", "180名")),
        ("送教上门人次", "3万人次", "", ("送教上门", "3万人次")),
    ],
)
def test_the_count_word_is_said_once(label: str, value: str, unit: str, said: tuple) -> None:
    assert spoken_fact(label, value, unit) == said
