"""Round au's labels, fixed after the reading (the round's figure was taken before these)."""

from __future__ import annotations

import pytest

from _matrix import draft


def _teachers_day(answer: str) -> dict[str, object]:
    return {
        "kind": "teachers_day",
        "meeting": {"date": "2034-09-09", "name": "全旗庆祝第50个教师节大会"},
        "region": {"level": "banner", "name": "查干旗"},
        "speaker": {"title": "旗委书记", "name": "巴图"},
        "priorities": [
            {"area": "师德师风"},
            {"area": "民族团结", "facts": {"民族团结进步示范学校数": answer}},
        ],
    }


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_works_answered_none_are_not_spoken_of_without_their_count(seed: int) -> None:
    """Round au's A: 创建任务要落到每个班级 and 示范学校创建重在平时 where the clerk answered
    民族团结进步示范学校数: 无."""
    text = "".join(draft(_teachers_day("无"), seed).document.spoken_lines())
    assert "民族团结" in text
    assert "创建" not in text and "示范学校" not in text, text
