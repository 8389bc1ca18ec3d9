"""Round bp's lines (heldout-82 and heldout-83, rendered at f391581c, read blind: docs/review/
2026-12-06bp), fixed at the end of stop 62. Every test function has cases that fail on
f391581c."""

from __future__ import annotations

from pathlib import Path

import pytest

from speechdraft.compose.context import _clause
from speechdraft.compose.weave import charge

PHRASES = Path(__file__).resolve().parents[1] / "templates" / "phrases"


@pytest.mark.parametrize(
    ("point", "said"),
    [
        # 要 inside a word (round bp's 20 and 04, G: 核要对, 不能只要在)
        (
            "开学前，各村与包村教师一起核对适龄儿童名单",
            "开学前，各村与包村教师一起核对适龄儿童名单",
        ),
        ("家访不能只在开学前，学期中再走访一次", "家访不能只在开学前，学期中再走访一次"),
    ],
)
@pytest.mark.parametrize("bureau", [False, True])
def test_no_charge_inside_a_word(point: str, said: str, bureau: bool) -> None:
    assert charge(point, bureau) == said


def test_a_note_in_brackets_inside_the_sentence_is_marked_after_it() -> None:
    """…扩建（区住建局报：…；区教育局报：…，此项请规划股核实）5月15日前交付使用 lost its thing to a
    label read at the bracket's colon and its bracket to a ；(round bp's 15, G R)."""
    said = _clause(
        "城西中学扩建（区住建局报：总投资2100万元；区教育局报：总投资1900万元，数字不一致，"
        "此项请规划股核实）8月20日前交付使用。"
    )
    assert said.startswith("城西中学扩建8月20日前交付使用【待核："), said
    assert "区住建局报" in said and "请规划股核实】" in said
    assert said.count("【") == said.count("】") == 1
    assert "要在8月20日前交付使用【待核" in charge(said, False)


@pytest.mark.parametrize(
    ("file", "struck"),
    [
        ("areas/high_school.yaml", "建设特色课程基地"),  # nobody planned one (round bp's 09, A)
        ("areas/high_school.yaml", "的结对合作要实打实"),  # a pairing taken as running (bp's 01)
        ("areas/high_school.yaml", "流失情况要建立台账"),  # a mechanism nobody decided (bp's 01)
    ],
)
def test_bank_lines_that_assumed_facts_are_gone(file: str, struck: str) -> None:
    text = (PHRASES / file).read_text(encoding="utf-8")
    said = [
        line for line in text.splitlines() if struck in line and not line.strip().startswith("#")
    ]
    assert not said, said


def test_practices_shown_need_an_exchange_heard() -> None:
    """这次会议重在学做法、找差距 at an exam-organising meeting that heard a 部署 (round bo's 12, F S)."""
    from speechdraft.situation import PRESUPPOSED

    for said in ("这次会议重在学做法、找差距。", "希望大家把会上的好做法带回去。"):
        assert [key for pattern, key in PRESUPPOSED if pattern.search(said)] == ["exchange_heard"]
