"""Stock lines in the order their logic needs (issue 11's S, 次序倒置; branch order20).

Round aj's readers met, in drafts of five kinds, 分工不分家 and 责任分工定了，还要…对一次账
said before the line dividing the work (列成清单, 分解到人), 经费拨付到位以后，还要跟踪资金使用
绩效 before the budget and 测算 lines, and 以上意见，请大家认真抓好落实 after the rousing close.
assemble.PROCESSES gives the steps; in_order keeps a section's stock lines in step order and
says a line presuming a step only after a line of that step. These tests render their own
profiles over kinds × levels × seeds and read each heading's sentences back.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from _matrix import draft
from speechdraft.compose.assemble import ALWAYS, Piece, in_order
from speechdraft.document import Heading
from speechdraft.phrasebank import Unit

# the test's own ruler, not the composer's patterns
DIVIDE = re.compile(r"列成清单|分解到|分解要到|具体责任人|谁牵头|明确牵头|在分工上|职责分工")
AS_ONE = re.compile(r"分工不分家|各管一摊")
TRACK = re.compile(r"对一次账|对一对账|定期对账")
BUDGET = re.compile(r"测算|项目储备|列入预算")
FOLLOW = re.compile(r"使用绩效|绩效评价")
SENTENCE = re.compile(r"[^。！？]+[。！？]?")

KINDS = {
    "leader_speech": ("2027-03-10", {"title": "县委书记"}),
    "work_report": ("2027-02-22", {"title": "教育局局长", "role": "bureau_chief"}),
    "concluding_remarks": ("2027-03-10", {"title": "分管副职"}),
    "leading_group": ("2027-07-15", {"title": "领导小组组长", "role": "group_head"}),
}
LEVELS = ("county", "city", "province")
SEEDS = (1, 2)


def _profile(kind: str, level: str, seed: int) -> dict[str, Any]:
    date, speaker = KINDS[kind]
    return {
        "kind": kind,
        "meeting": {"date": date},
        "region": {"level": level, "name": "青川"},
        "speaker": speaker,
        "duration_minutes": 40,
        "priorities": [{"area": "学前教育"}, {"area": "教师队伍建设"}],
        "safeguards": [
            {"area": "组织领导", "facts": {"教育工作领导小组年度专题会议次数": 4}},
            {"area": "经费保障"},
            "工作作风",
        ],
        "seed": seed,
    }


CASES = [(k, lv, s) for k in KINDS for lv in LEVELS for s in SEEDS]


@pytest.fixture(scope="module")
def sections() -> dict[tuple[str, str, int], list[list[str]]]:
    found = {}
    for kind, level, seed in CASES:
        blocks: list[list[str]] = [[]]
        for block in draft(_profile(kind, level, seed), seed).document.blocks:
            if isinstance(block, Heading):
                blocks.append([])
                body = "".join(r.text for r in block.body)
            else:
                body = block.text
            blocks[-1] += SENTENCE.findall(body)
        found[(kind, level, seed)] = blocks
    return found


def _first(pattern: re.Pattern[str], body: list[str]) -> int | None:
    return next((i for i, s in enumerate(body) if pattern.search(s)), None)


def test_the_division_of_work_comes_before_working_as_one_and_tracking(
    sections: dict[tuple[str, str, int], list[list[str]]],
) -> None:
    wrong = []
    said = 0
    for case, blocks in sections.items():
        for body in blocks:
            divide = [i for i, s in enumerate(body) if DIVIDE.search(s) and not AS_ONE.search(s)]
            for i, s in enumerate(body):
                if AS_ONE.search(s) or TRACK.search(s):
                    said += 1
                    if any(j > i for j in divide) or (AS_ONE.search(s) and not divide):
                        wrong.append((case, s))
    assert said >= 5, said  # the matrix does say them
    assert not wrong, wrong[:5]


def test_the_budget_comes_before_following_the_money(
    sections: dict[tuple[str, str, int], list[list[str]]],
) -> None:
    wrong = []
    for case, blocks in sections.items():
        for body in blocks:
            follow = _first(FOLLOW, body)
            budget = [i for i, s in enumerate(body) if BUDGET.search(s)]
            if follow is not None and any(i > follow for i in budget):
                wrong.append((case, body[follow]))
    assert not wrong, wrong[:5]


def test_the_call_to_carry_out_the_points_never_follows_the_rousing_close(
    sections: dict[tuple[str, str, int], list[list[str]]],
) -> None:
    wrong = []
    for kind, level, seed in CASES:
        lines = draft(_profile(kind, level, seed), seed).document.spoken_lines()
        if "以上意见" in lines[-1] and len(lines) > 1 and "以上意见" not in lines[-2]:
            wrong.append((kind, level, seed, lines[-1]))
    assert not wrong, wrong


def _piece(text: str, level: int) -> Piece:
    return Piece(Unit(text), level)


def test_in_order_puts_the_steps_in_order_and_drops_a_presumption_with_nothing_before_it() -> None:
    track = "责任分工定了，还要隔一段时间对一次账，看看落实没有。"
    as_one = "分工不分家，彼此要多补台。"
    divide = "每一项任务都要落到具体单位、具体责任人。"
    other = "重大事项要集体研究。"
    pieces = [_piece(track, ALWAYS), _piece(other, -1), _piece(divide, 0), _piece(as_one, 1)]
    texts = [p.unit.text for p in in_order(pieces)]
    assert texts == [divide, other, as_one, track]
    # padding presuming a division its section never says is not said
    alone = [_piece(other, ALWAYS), _piece("安全责任要压实。", -1), _piece(as_one, 2)]
    assert as_one not in [p.unit.text for p in in_order(alone)]
    # a presumption said before its division starts where the division starts
    late = [_piece(other, ALWAYS), _piece(track, -1), _piece(as_one, 1), _piece(divide, 3)]
    levels = {p.unit.text: p.level for p in in_order(late)}
    assert levels[as_one] == 3
