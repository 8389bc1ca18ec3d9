"""The speaker says the meeting by its 全 word, the title keeps the clerk's name (round ar's R:
今天，我们召开溱岭省教育大会 from a governor; 全省教育大会 is what is said)."""

from __future__ import annotations

import re
from typing import Any

import pytest

from _matrix import draft

SEEDS = tuple(range(1, 7))


def _profile(name: str) -> dict[str, Any]:
    return {
        "kind": "leader_speech",
        "meeting": {"date": "2034-03-08", "name": name},
        "region": {"level": "province", "name": "澄江省"},
        "speaker": {"title": "副省长", "name": "闻正阳"},
        "priorities": [{"area": "教师队伍", "points": ["补充教师2000名"]}],
    }


def _said(name: str) -> tuple[str, str]:
    """The opening's names of the meeting over the seeds, and the printed title."""
    found = []
    for seed in SEEDS:
        made = draft(_profile(name), seed)
        text = "\n".join(made.document.spoken_lines())
        found += re.findall(r"(?:召开|这次)([^，。]*?(?:大会|会议))", text)
    return " / ".join(found), made.document.title


@pytest.mark.parametrize(
    ("name", "said", "title"),
    [
        ("澄江省教育大会", "全省教育大会", "在澄江省2034年教育大会上的讲话"),
        (
            "澄江省2034年教育工作会议",
            "2034年全省教育工作会议",
            "在澄江省2034年教育工作会议上的讲话",
        ),
    ],
)
def test_the_place_is_said_by_its_whole_word(name: str, said: str, title: str) -> None:
    found, printed = _said(name)
    assert said in found
    assert "澄江省" not in found
    assert printed == title


def test_a_bodys_name_stays_whole() -> None:
    found, _ = _said("澄江省委教育工作领导小组会议")
    assert "澄江省委教育工作领导小组" in found
    assert "全省委" not in found
