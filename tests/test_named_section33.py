"""A section named for a sub-topic speaks of it (round ar's S, a summer-break safety meeting):
汛期安全 before 防溺水 took the drowning family by its alias 汛期, and （二）切实抓好防溺水 stood over
canteen lines (食堂从业人员要持证上岗…), the clerk's drowning points carried off to the 汛期 section.
A task whose own name is one of its area's sub-topics now chooses first. And a case with what is
done at once (鹰嘴教学点遇暴雨预警立即停课) is said with 要 before the deed, never 要开齐开好…停课."""

from __future__ import annotations

from typing import Any

import pytest

from _matrix import draft
from speechdraft.compose.weave import charge
from speechdraft.document import Heading

SEEDS = (1, 2, 3, 4)


def _summer() -> dict[str, Any]:
    return {
        "kind": "safety",
        "meeting": {"date": "2031-06-19", "name": "青竹乡汛期暨暑期学生安全工作会议"},
        "region": {"level": "town", "name": "青竹乡"},
        "speaker": {"title": "乡中心学校校长", "name": "韦秋兰"},
        "priorities": [
            {"area": "汛期安全", "points": ["岩脚教学点遇暴雨预警立即停课"]},
            {
                "area": "防溺水",
                "points": ["放假前每名学生家长签收安全告知书", "校车安全；食品安全；防溺水"],
            },
            {"area": "责任落实", "points": ["要压实安全责任"]},
        ],
    }


def _section(seed: int, words: str) -> str:
    """The text under the first heading that says ``words``, up to the next heading."""
    blocks = draft(_summer(), seed).document.blocks
    start = next(i for i, b in enumerate(blocks) if isinstance(b, Heading) and words in b.text)
    body = []
    for block in blocks[start + 1 :]:
        if isinstance(block, Heading):
            break
        body.append(block.text)
    return "".join(body)


@pytest.mark.parametrize("seed", SEEDS)
def test_the_drowning_section_speaks_of_drowning(seed: int) -> None:
    body = _section(seed, "溺水")
    assert "放假前每名学生家长签收安全告知书" in body
    assert "溺水" in body or "水域" in body
    assert "食堂" not in body and "从业人员" not in body


@pytest.mark.parametrize(
    ("point", "said"),
    [
        ("岩脚教学点遇暴雨预警立即停课", "岩脚教学点遇暴雨预警要立即停课"),
        ("遇极端天气及时停课", "遇极端天气要及时停课"),
        ("校车遇大雾天气一律停运", "校车遇大雾天气要一律停运"),
    ],
)
def test_a_case_and_its_deed_at_once(point: str, said: str) -> None:
    assert charge(point, False) == said
    assert charge(point, True) == said


def test_a_class_stopped_is_not_a_class_to_hold() -> None:
    assert "开齐开好" not in charge("暴雨天气立即停课", False)
    assert charge("人工智能通识课", False) == "要开齐开好人工智能通识课"
