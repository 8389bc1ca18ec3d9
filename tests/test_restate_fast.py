"""Said.repeats stops early when too few of a wording's pairs were said at all; it must
answer as the plain count over every earlier sentence does."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from speechdraft import pipeline
from speechdraft.compose.restate import (
    SAME_WORDING,
    SHARED_WEIGHT,
    SIMILAR,
    Said,
    ideas_in,
    pairs_in,
    similarity,
)

ROOT = Path(__file__).resolve().parents[1]


def plain_repeats(said: Said, sentences: list[str], text: str) -> bool:
    """The definition: an idea already said, enough of its rare content in one earlier
    sentence, or most of its telling pairs in one sentence."""
    if ideas_in(text) & said.ideas:
        return True
    for earlier in sentences:
        share, weight = similarity(said.rarity, text, earlier)
        if share >= SIMILAR and weight >= SHARED_WEIGHT:
            return True
    telling = pairs_in(text) - said.common
    if len(telling) < 4:
        return False
    shared = Counter(
        index for index, earlier in enumerate(sentences) for _ in telling & pairs_in(earlier)
    )
    return bool(shared) and max(shared.values()) / len(telling) >= SAME_WORDING


def test_repeats_answers_as_the_plain_count_for_every_bank_wording() -> None:
    bank = pipeline.phrasebank()
    wordings = sorted(
        {
            text
            for area in bank.areas.values()
            for family in area.families
            for unit in family.units
            for text in unit.wordings
        }
    )
    assert len(wordings) > 500
    said, sentences = Said(), []
    answers = Counter()
    for index, text in enumerate(wordings):
        if index % 7 == 0:  # the record grows as a draft's would, one sentence in seven
            said.add(text)
            sentences.append(text)
            continue
        expected = plain_repeats(said, sentences, text)
        assert said.repeats(text) == expected, text
        answers[expected] += 1
    assert answers[True] > 20 and answers[False] > 20  # both answers were put to the test


def test_a_sentence_said_again_with_small_changes_is_a_repeat() -> None:
    said = Said()
    said.add("要把控辍保学责任落实到每一所学校、每一个班级，逐人建立帮扶档案。")
    assert said.repeats("要把控辍保学责任落实到每一所学校和每一个班级，逐人建立帮扶档案。")
    assert not said.repeats("今年新建改扩建幼儿园六所，新增学位两千个。")
