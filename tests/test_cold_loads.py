"""What a render works out once: the phrase bank is one object however its folders are
passed (a render asked for it as ``(dir)`` and as ``(dir, None)`` and read the kept bank
twice), and a draft's marked markup is read once for all the length levels fitting tries."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from speechdraft.compose.structure import _segments
from speechdraft.errors import TemplateRenderError
from speechdraft.markup import (
    GATE_BELOW,
    GATE_CLOSE,
    GATE_OPEN,
    LITERAL_CLOSE,
    LITERAL_OPEN,
    Levelled,
    at_level,
    gate,
    gate_below,
    gate_opening,
)
from speechdraft.phrasebank import load_phrasebank
from speechdraft.resources import builtin_templates_dir


def test_the_bank_is_one_object_however_its_folders_are_passed() -> None:
    builtin = builtin_templates_dir()
    bank = load_phrasebank(builtin)
    assert load_phrasebank(builtin, None) is bank
    assert load_phrasebank(templates_dir=builtin) is bank
    assert load_phrasebank(builtin, user_dir=None) is bank
    assert len(bank.areas) > 10


def test_a_users_folder_is_a_bank_of_its_own_and_clearing_forgets_them(tmp_path: Path) -> None:
    builtin = builtin_templates_dir()
    bank = load_phrasebank(builtin)
    (tmp_path / "phrases").mkdir()
    own = load_phrasebank(builtin, tmp_path)
    assert own is not bank and own is load_phrasebank(builtin, tmp_path)
    assert set(own.areas) == set(bank.areas)  # an empty phrases/ folder adds nothing
    load_phrasebank.cache_clear()  # type: ignore[attr-defined]
    fresh = load_phrasebank(builtin)
    assert fresh is not bank and set(fresh.areas) == set(bank.areas)
    assert load_phrasebank.__wrapped__(builtin, None).areas.keys() == bank.areas.keys()


# Markup with pieces nested at random, stray closes, an open left unclosed and one with no
# level after it: ``Levelled`` must say at every level exactly what ``at_level`` says.
_PIECES = st.recursive(
    st.text(alphabet="一二三，。⟦⟧ab\n", max_size=6),
    lambda inner: st.one_of(
        st.builds(gate, st.integers(-130, 130), inner),
        st.builds(gate_below, st.integers(-130, 130), inner),
        st.lists(inner, max_size=4).map("".join),
    ),
    max_leaves=12,
)
_STRAYS = st.sampled_from(
    ["", GATE_CLOSE, GATE_OPEN, GATE_BELOW, gate_opening(3), GATE_OPEN + "甲"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_PIECES, _STRAYS), max_size=8).map("".join))
def test_a_levelled_markup_says_at_each_level_what_at_level_says(markup: str) -> None:
    levelled = Levelled(markup)
    for level in (-200, -129, -128, -3, -2, -1, 0, 1, 2, 3, 4, 8, 127, 128, 200):
        assert levelled.at(level) == at_level(markup, level), level


def test_a_levelled_markup_keeps_each_levels_pieces() -> None:
    markup = "甲" + gate(2, "乙" + gate_below(5, "丙") + "丁") + gate_below(1, "戊") + "己"
    levelled = Levelled(markup)
    assert [levelled.at(level) for level in (0, 1, 2, 4, 5)] == [
        "甲戊己",
        "甲己",
        "甲乙丙丁己",
        "甲乙丙丁己",
        "甲乙丁己",
    ]
    assert Levelled("没有标记").at(3) == "没有标记"


def _segments_as_before(text: str) -> list[tuple[str | None, str]]:
    """structure._segments as it was written before it kept positions (the reference)."""
    pieces: list[tuple[str | None, str]] = []
    rest = text
    while rest:
        start = rest.find(LITERAL_OPEN)
        if start < 0:
            pieces.append((None, rest))
            break
        end = rest.find(LITERAL_CLOSE, start)
        if end < 0:
            raise TemplateRenderError("模板输出中的文字标记不完整")
        if start:
            pieces.append((None, rest[:start]))
        pieces.append((rest[start + 1 : end], ""))
        rest = rest[end + 1 :]
    return pieces


_WORDS = st.sampled_from(["县", "，", "⟦enum⟧", LITERAL_OPEN, LITERAL_CLOSE, "【待补】"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDS, max_size=12).map("".join))
def test_segments_split_text_and_literals_as_before(text: str) -> None:
    try:
        expected = _segments_as_before(text)
    except TemplateRenderError:
        with pytest.raises(TemplateRenderError):
            _segments(text)
        return
    assert _segments(text) == expected


@settings(max_examples=400, deadline=None)
@given(
    st.one_of(st.text(alphabet="0123456789-+ .七٣", max_size=20), st.integers(0, 10**19).map(str))
)
def test_a_plain_number_is_what_the_quick_paths_pattern_said(text: str) -> None:
    import re

    from speechdraft.cli._quick import _plain_number

    assert _plain_number(text) == bool(re.fullmatch(r"0|[1-9][0-9]{0,17}", text))
