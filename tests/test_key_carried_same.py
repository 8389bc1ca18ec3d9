"""speed23: restate.key_carried works out a wording's key pairs and their total once a call,
not once an earlier sentence. The answer must be what key_weight, asked sentence by
sentence, gives: the same additions in the same order, so the same floats at the thresholds.
This file's own wordings (random pairs and weights, a fixed seed) and the frame words' pairs."""

from __future__ import annotations

import random

from speechdraft.compose.restate import (
    KEY_SHARE,
    KEY_WEIGHT,
    key_carried,
    key_free_pairs,
    key_weight,
)


def _reference(
    weights: dict[str, float], sentences: list[frozenset[str]], own: frozenset[str]
) -> bool:
    """key_carried as it was before speed23: key_weight for every sentence that shares a pair."""
    for earlier in sentences:
        if weights.keys().isdisjoint(earlier):
            continue
        share, shared = key_weight(weights, earlier, own)
        if shared >= KEY_WEIGHT and share >= KEY_SHARE:
            return True
    return False


def _cases(count: int) -> list[tuple[dict[str, float], list[frozenset[str]], frozenset[str]]]:
    rng = random.Random(23)
    free = sorted(key_free_pairs())
    pool = [f"{a}{b}" for a in "教师学校资金安全质量" for b in "培训经费保障责任落实"]
    cases = []
    for _ in range(count):
        names = rng.sample(pool, rng.randint(1, 12)) + rng.sample(free, rng.randint(0, 3))
        # weights near the thresholds and of many magnitudes, so a changed order of the
        # additions would show in the last bits
        weights = {
            name: rng.choice((0.1, 0.2, 0.3, 1 / 3, 0.7, 1.1, 2.5)) * rng.random() * 4
            for name in names
        }
        sentences = [
            frozenset(rng.sample(pool + free, rng.randint(0, 10))) for _ in range(rng.randint(0, 6))
        ]
        own = frozenset(rng.sample(names, rng.randint(0, min(2, len(names)))))
        cases.append((weights, sentences, own))
    return cases


def test_key_carried_answers_as_key_weight_sentence_by_sentence() -> None:
    cases = _cases(4000)
    answers = [key_carried(w, s, o) for w, s, o in cases]
    assert answers == [_reference(w, s, o) for w, s, o in cases]
    # both answers occur, so the comparison means something
    assert 0 < sum(answers) < len(answers), sum(answers)


def test_the_shares_at_the_line_are_the_same_floats() -> None:
    """A wording whose share is exactly at KEY_SHARE is carried, one ulp under is not."""
    weights = {"教师培训": KEY_WEIGHT, "学校安全": KEY_WEIGHT * (1 / KEY_SHARE - 1)}
    earlier = frozenset({"教师培训"})
    share, shared = key_weight(weights, earlier)
    assert key_carried(weights, [earlier], frozenset()) == (
        share >= KEY_SHARE and shared >= KEY_WEIGHT
    )
    assert key_carried(weights, [frozenset({"学校安全"}), earlier], frozenset()) == _reference(
        weights, [frozenset({"学校安全"}), earlier], frozenset()
    )
    # a sentence sharing nothing, and no sentence at all, carry nothing
    assert not key_carried(weights, [frozenset({"无关"})], frozenset())
    assert not key_carried(weights, [], frozenset())
