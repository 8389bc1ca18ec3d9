"""Two points are said as two sentences, not under a lead that counts them.

重点抓好两件事：一是要…；二是要…, stamped on section after section, was what readers of rounds ak,
al and am named first when asked what gives the machine away. A leader's speech says two points
as two sentences; three or more may still be numbered under a counting lead; a bureau's report
keeps its own list (its points said one by one would each open 我们将).
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from _matrix import draft as render

SEEDS = (1, 2, 3)
_COUNTED_PAIR = re.compile(r"(?:两件事|两项工作)[^。：]{0,4}：")


def _profile(kind: str, title: str, points: int) -> dict[str, Any]:
    pool = {
        "控辍保学": ["建立辍学学生动态台账", "落实一人一案劝返复学", "开展春季开学未返校学生排查"],
        "校园安全": ["开展校舍安全隐患排查", "加强校车安全管理", "每学期开展一次应急疏散演练"],
        "教师队伍": ["开展新入职教师岗前培训", "推进县管校聘改革", "加强乡村教师周转宿舍建设"],
    }
    return {
        "kind": kind,
        "meeting": {"date": "2026-03-10"},
        "region": {"level": "county", "name": "青溪县"},
        "speaker": {"title": title, "name": "周明"},
        "priorities": [{"area": area, "points": said[:points]} for area, said in pool.items()],
    }


@pytest.mark.parametrize("kind", ["leader_speech", "school_opening"])
def test_two_points_are_two_sentences(kind: str) -> None:
    title = "县长" if kind == "leader_speech" else "副县长"
    for seed in SEEDS:
        text = "".join(render(_profile(kind, title, 2), seed).document.spoken_lines())
        assert not _COUNTED_PAIR.search(text), (seed, _COUNTED_PAIR.findall(text))
        # two one-phrase points of one area may be one sentence after one 要 (points27:
        # 要建立辍学学生动态台账，落实一人一案劝返复学): each said as a demand, neither counted
        assert "要建立辍学学生动态台账" in text
        assert re.search(r"(?:要|，)落实一人一案劝返复学", text)


def test_three_points_may_still_be_numbered() -> None:
    texts = [
        "".join(render(_profile("leader_speech", "县长", 3), seed).document.spoken_lines())
        for seed in SEEDS
    ]
    assert any(re.search(r"三件事[^：]*：一是", t) for t in texts)


def test_a_bureaus_report_keeps_its_list_of_two() -> None:
    texts = [
        "".join(render(_profile("work_report", "县教育局局长", 2), seed).document.spoken_lines())
        for seed in SEEDS
    ]
    assert any(re.search(r"我们将[^。]{0,8}(?:两件事|两项工作)：一是", t) for t in texts)
