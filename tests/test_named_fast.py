"""named_in's one search of all the forms answers as the search entry by entry would, for
every wording of the bank (the prefilter may only skip wordings that name nothing)."""

from __future__ import annotations

from speechdraft import named
from speechdraft.compose.restate import _bank_units
from speechdraft.phrasebank import load_phrasebank
from speechdraft.resources import builtin_templates_dir


def _entry_by_entry(text: str, table: tuple[named.NamedSpecific, ...]) -> frozenset[str]:
    return frozenset(named.LICENCE_PREFIX + e.id for e in table if e.pattern.search(text))


def test_every_bank_wording_is_answered_as_entry_by_entry() -> None:
    table = named.load_named()
    assert named._any_form(table) is not None  # the built-in forms can be joined
    texts = [w for u in _bank_units(load_phrasebank(builtin_templates_dir())) for w in u.wordings]
    assert len(texts) > 5000
    found = {text: named.named_in(text) for text in texts}
    assert found == {text: _entry_by_entry(text, table) for text in texts}
    assert sum(bool(keys) for keys in found.values()) > 50  # some do name one


def test_forms_that_cannot_be_joined_are_searched_one_by_one() -> None:
    table = (
        named.NamedSpecific("a", "scheme", "甲", (r"(甲)\1",), "改"),
        named.NamedSpecific("b", "claim", "乙", ("乙",), "改"),
    )
    assert named._any_form(table) is None
    assert named._any_form(table[1:]) is not None
    assert named._any_form(table[1:]).search("乙") is not None  # type: ignore[union-attr]
