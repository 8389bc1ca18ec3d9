"""salient_terms looks a text's runs up only where a term of the vocabulary can start
(speed15: its first two characters, at the lengths of the terms that open with them). It must
find exactly what trying every run of 2 to MAX_LENGTH characters finds: the test's own
brute-force ruler, over the bank's wordings and over vocabularies and texts made here (terms
longer than MAX_LENGTH, terms that share their first two characters, runs cut by template
code and punctuation, a term at a run's very end). And a unit's facts and presuppositions are
worked out once per unit, as functools.cached_property did."""

from __future__ import annotations

import random
import re

import pytest

from speechdraft.compose import salient
from speechdraft.compose.salient import MAX_LENGTH, salient_terms, starts_of
from speechdraft.phrasebank import Unit

_RUN = re.compile(r"[\u4e00-\u9fff]+")
_CODE = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.DOTALL)


def _ruler(text: str, terms: frozenset[str]) -> frozenset[str]:
    """Every run of 2 to MAX_LENGTH Chinese characters of ``text`` (template code breaks a
    run) that is one of ``terms``."""
    found = set()
    for run in _RUN.findall(_CODE.sub("|", text)):
        for i in range(len(run)):
            for j in range(i + 2, min(i + MAX_LENGTH, len(run)) + 1):
                if run[i:j] in terms:
                    found.add(run[i:j])
    return frozenset(found)


def test_the_bank_wordings_terms_are_the_rulers() -> None:
    from speechdraft.compose.restate import _bank_units
    from speechdraft.phrasebank import load_phrasebank
    from speechdraft.resources import builtin_templates_dir

    bank = load_phrasebank(builtin_templates_dir())
    terms = salient.builtin_vocabulary()
    texts = sorted({text for unit in _bank_units(bank) for text in unit.wordings})
    assert len(texts) > 5000
    found = 0
    for text in texts[::3]:
        expected = _ruler(text, terms)
        assert salient_terms(text) == expected, text
        found += bool(expected)
    assert found > 300  # the ruler found terms: the comparison was not of empty sets


_CHARACTERS = "教师职称评聘心理辅导室劝返夜间查寝校园安全乡村学校课后服务"


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5])
def test_made_vocabularies_and_texts(seed: int) -> None:
    rng = random.Random(seed)
    # terms of every length up to past MAX_LENGTH, many sharing their first two characters
    terms = {
        "".join(rng.choice(_CHARACTERS) for _ in range(rng.randint(2, MAX_LENGTH + 3)))
        for _ in range(400)
    }
    terms |= {"职称", "职称评聘", "职称评聘倾斜", "心理辅导室", "劝返"}
    vocabulary = frozenset(terms)
    pieces = [*terms, *_CHARACTERS, "，", "。", "{{ w.gov }}", "{% if x %}", "abc", "　"]
    for _ in range(150):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        assert salient_terms(text, vocabulary) == _ruler(text, vocabulary), text
    # a term at a run's end, and one longer than MAX_LENGTH, which is never looked for
    long_term = "职称评聘向乡村教师倾斜"
    assert len(long_term) > MAX_LENGTH
    with_long = frozenset({long_term, "职称评聘", "倾斜"})
    text = "推进职称评聘向乡村教师倾斜"
    assert (
        salient_terms(text, with_long) == frozenset({"职称评聘", "倾斜"}) == _ruler(text, with_long)
    )


def test_starts_hold_every_term_once_by_its_length() -> None:
    terms = frozenset({"职称", "职称评聘", "职称评", "劝返", "心理辅导室", "长" * (MAX_LENGTH + 1)})
    starts = starts_of(terms)
    assert starts == {"职称": (2, 3, 4), "劝返": (2,), "心理": (5,)}


def test_a_units_facts_and_presuppositions_are_worked_out_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from speechdraft import phrasebank

    asked: list[str] = []
    claims = phrasebank.claims

    def counted(text: str) -> object:
        asked.append(text)
        return claims(text)

    monkeypatch.setattr(phrasebank, "claims", counted)
    unit = Unit(text='学校要落实{{ fact("teachers") }}名教师的培训，学生人数下降后调整布局。')
    assert unit.facts == frozenset({"teachers"})
    first = unit.presupposes
    assert unit.presupposes is first and unit.facts is unit.facts
    assert asked == [unit.text]  # once, then kept on the unit
    assert vars(unit)["presupposes"] is first  # where cached_property kept it too
    other = Unit(text=unit.text)
    assert other.presupposes == first and asked == [unit.text, unit.text]
