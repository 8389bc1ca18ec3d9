"""The ledger's question (ledger.says_again, Said.said_again) answers as it did before speed27
made it cheaper: a line sharing no rare pair is not walked (rare_pairs), only the ledger
lines carrying a rare pair are counted, the text's runs are read once a call (_tokens,
_shared_count) and the total weighed only where a line shares enough.

The reference below is the question as it was written before (shared_terms for every line);
the sentences are the bank's wordings and this test's own lines, weighed by the built-in
rarity: every answer and every count must be the same, float for float."""

from __future__ import annotations

import random
from collections.abc import Iterable
from functools import cache

from speechdraft.compose.ledger import (
    LEAST_TERMS,
    RARE_WEIGHT,
    TERM_SHARE,
    TERM_WEIGHT,
    _shared_count,
    _tokens,
    figures_in,
    ledger_free,
    rare_pairs,
    says_again,
    shared_terms,
)
from speechdraft.compose.restate import Said, builtin_rarity, content_pairs, key_free_pairs
from speechdraft.phrasebank import bank_wordings, load_phrasebank
from speechdraft.resources import builtin_templates_dir

# this test's own lines: clerk's points and targets that asked something, with figures
OWN_LINES = [
    "学校党组织覆盖率要达到100%，党的工作不留空白。",
    "要落实校车随车照管人员，坚持明查暗访。",
    "今年的主要目标是：新增中小学学位4500个，改造薄弱学校12所，培训教师3200人次。",
    "新增的4500个学位要统筹用于缓解学位紧张的片区，12所学校年底前完工，3200人次培训要落实。",
    "对责任落实不到位、工作推进迟缓的单位，要及时提醒、督促改进。",
    "要实现中小学校党组织全覆盖，把明查和暗访结合起来。",
]


def _reference(
    text: str,
    weights: dict[str, float],
    sentences: Iterable[tuple[frozenset[str], frozenset[str]]],
    free: frozenset[str],
    own: frozenset[str] = frozenset(),
) -> bool:
    """says_again as it was before speed27."""
    figures = figures_in(text)
    free = free | ledger_free()
    total = sum(w for pair, w in weights.items() if pair not in free)
    if total <= 0:
        return False
    for content, said_figures in sentences:
        count, weight, _terms = shared_terms(text, weights, content, free)
        both = len(figures & said_figures) if figures else 0
        count += both
        weight += both * RARE_WEIGHT
        if count < LEAST_TERMS or weight < TERM_WEIGHT or weight < TERM_SHARE * total:
            continue
        if not own or both or shared_terms(text, weights, content, free | own)[0]:
            return True
    return False


@cache
def _sample() -> list[str]:
    wordings, _headings = bank_wordings(load_phrasebank(builtin_templates_dir()))
    texts = sorted(set(wordings))
    return [*random.Random(27).sample(texts, 500), *OWN_LINES]


def _weights(text: str) -> dict[str, float]:
    return builtin_rarity().weighted(text)[0]


def test_the_counts_from_the_runs_read_once_are_shared_terms_counts() -> None:
    texts = _sample()
    free = key_free_pairs() | ledger_free()
    rng = random.Random(1)
    compared = shared = 0
    for text in texts:
        weights = _weights(text)
        tokens = _tokens(text, weights, free)
        for earlier in rng.sample(texts, 20) + [text]:
            content = content_pairs(earlier)
            count, weight, _terms = shared_terms(text, weights, content, free)
            assert _shared_count(tokens, content) == (count, weight), (text, earlier)
            compared += 1
            shared += count > 0
    assert compared > 10_000 and shared > 500  # the terms' walk is exercised, not only skipped


def test_a_line_sharing_no_rare_pair_shares_no_term() -> None:
    texts = _sample()
    free = key_free_pairs() | ledger_free()
    rng = random.Random(2)
    for text in texts:
        weights = _weights(text)
        rare = rare_pairs(weights, key_free_pairs())
        for earlier in rng.sample(texts, 20):
            content = content_pairs(earlier)
            if rare.isdisjoint(content):
                assert shared_terms(text, weights, content, free)[0] == 0, (text, earlier)


def test_says_again_answers_as_before() -> None:
    texts = _sample()
    free = key_free_pairs()
    rng = random.Random(3)
    answers = {True: 0, False: 0}
    for text in texts:
        weights = _weights(text)
        for own_text in ("", rng.choice(texts)):
            own = content_pairs(own_text)
            lines = [*rng.sample(texts, 12), *([text] if rng.random() < 0.2 else [])]
            ledger = [(content_pairs(t), figures_in(t)) for t in lines]
            expected = _reference(text, weights, ledger, free, own)
            assert says_again(text, weights, ledger, free, own) == expected, text
            rare = rare_pairs(weights, free)
            assert says_again(text, weights, ledger, free, own, rare) == expected, text
            answers[expected] += 1
    assert answers[True] > 100 and answers[False] > 500


def test_a_records_answers_are_the_whole_ledgers() -> None:
    """A draft's record asked said_again between the sentences it says, in sections: the
    answer (only the ledger lines carrying a rare pair counted) is the reference's from the
    whole ledger's lines sharing two pairs (as Said._said_again chose them before), at
    every point."""
    texts = _sample()
    rng = random.Random(4)
    said = Said()
    asked = found = 0
    for section in range(6):
        heading = rng.choice(texts)
        said.add(heading, heading=True)
        said.new_section([heading])
        for _ in range(15):
            for text in rng.sample(texts, 25):
                weights = _weights(text)
                pairs = frozenset(weights)
                lines = [line for line in said._ledger if len(pairs & line[0]) >= 2]
                expected = bool(lines) and _reference(
                    text, weights, lines, key_free_pairs(), said._key_own
                )
                assert said.said_again(text) == expected, text
                asked += 1
                found += said.said_again(text)
            line = rng.choice([*OWN_LINES, *texts])
            if section % 2:
                said.add_point(line)
            else:
                said.add(line)
        said.end_section()
    assert asked > 2000 and found > 0
