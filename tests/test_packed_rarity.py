"""The built-in bank's rarity is kept packed (issue 13, compose/packed.py): a cold render
looks up the pairs its draft asks about instead of unpickling 20,000 weights into a dict.
The packed weights answer every pair exactly as the counted dict does."""

from __future__ import annotations

import pickle

from speechdraft.compose import restate
from speechdraft.compose.packed import PackedWeights
from speechdraft.phrasebank import load_phrasebank
from speechdraft.resources import builtin_templates_dir


def test_packed_weights_answer_as_the_dict() -> None:
    weights = {"宿管": 3.25, "工作": 0.125, "教师": 1.5, "𠀋字": 2.0, "三个字": 4.0, "a": 0.5}
    packed = PackedWeights.of(weights)
    again = pickle.loads(pickle.dumps(packed, protocol=pickle.HIGHEST_PROTOCOL))
    for table in (packed, again):
        assert dict(table) == weights and len(table) == len(weights)
        for pair, weight in weights.items():
            assert table.get(pair, -1.0) == weight and table[pair] == weight and pair in table
        for missing in ("宿舍", "", "工", "作工", "𠀋", "三个"):
            assert table.get(missing, -1.0) == -1.0 and missing not in table


def test_the_kept_rarity_is_the_counted_one() -> None:
    """Every pair of the built-in bank weighs what counting the bank again gives, to the
    last bit; a pair the bank never uses is not there (a draft then weighs it as unseen)."""
    kept = restate.builtin_rarity()
    counted = restate.bank_rarity(load_phrasebank(builtin_templates_dir()))
    assert isinstance(kept.weights, PackedWeights)
    assert kept.count == counted.count and kept.unseen == counted.unseen
    assert len(counted.weights) > 10_000 and len(kept.weights) == len(counted.weights)
    for pair, weight in counted.weights.items():
        assert kept.weights.get(pair) == weight, pair
    for text in ("全面加强校园安全管理", "宿管员配备到位", "龘龘之声"):
        assert restate._weighted(kept, text) == restate._weighted(counted, text)
