"""The quick dated-term test a draft asks of every wording it may say (``sayable``) gives
the answer of the full one, ``terms_out_of_window``, for every wording of the bank."""

from __future__ import annotations

import datetime

from speechdraft.norms import (
    DatedTerm,
    _outside,
    any_term_out_of_window,
    load_terms,
    term_from,
    terms_out_of_window,
)
from speechdraft.phrasebank import load_phrasebank
from speechdraft.resources import builtin_templates_dir

DATES = [
    datetime.date(2016, 1, 1),
    datetime.date(2019, 6, 1),
    datetime.date(2021, 3, 1),
    datetime.date(2023, 1, 1),
    datetime.date(2025, 3, 12),
    datetime.date(2026, 6, 1),
]


def _every_wording() -> list[str]:
    bank = load_phrasebank(builtin_templates_dir())
    texts = [t for a in [*bank.areas.values(), *bank.safeguards.values()] for t in a.bodies]
    texts += [t for a in bank.areas.values() for t in a.titles]
    texts += [w for units in bank.frames.values() for u in units for w in u.wordings]
    return texts


def test_the_quick_test_agrees_with_the_full_one_on_every_wording() -> None:
    texts = _every_wording()
    assert len(texts) > 3000
    # each term's own words, so that every term is found at some date
    texts += [t.term for t in load_terms()] + ["在新冠肺炎疫情防控中", "坚持五育并举"]
    found = 0
    for day in DATES:
        for text in texts:
            full = bool(terms_out_of_window(text, day))
            assert any_term_out_of_window(text, day) == full, (text, day)
            found += full
    assert found > 50  # the comparison saw both answers many times


def _term(key: str, forms: list[str], start: str, until: str | None = None) -> DatedTerm:
    data = {"id": key, "term": key, "forms": forms, "from": start, "advice": "改", "source": "某"}
    return term_from(data | ({"until": until} if until else {}))


def test_patterns_that_cannot_be_joined_are_tried_one_by_one() -> None:
    table = (
        _term("叠词", [r"(好)\1学习"], "2030-01"),
        _term("新提法", ["新提法"], "2030-01"),
        _term("旧提法", ["旧提法"], "2000-01", until="2010-12"),
    )
    day = datetime.date(2025, 1, 1)
    outside = _outside(table, day)
    assert outside.combined is None
    assert [t.id for t, _ in outside.terms] == ["叠词", "新提法", "旧提法"]
    said = "要好好学习新提法，不说旧提法"
    assert [h.term for h in terms_out_of_window(said, day, table)] == ["叠词", "新提法", "旧提法"]
    earlier = datetime.date(2005, 1, 1)
    assert [h.term for h in terms_out_of_window(said, earlier, table)] == ["叠词", "新提法"]
    rest = table[1:]
    joined = _outside(rest, day)
    assert joined.combined is not None and joined.combined.search("这是新提法")
    assert _outside(rest, day) is joined  # worked out once per table and date
    assert _outside(rest[:1], day) is not joined  # another table
    assert _outside(rest, earlier).combined is not None
    assert not _outside(table[2:], datetime.date(2005, 1, 1)).terms
