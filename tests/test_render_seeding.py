"""A draft's seeded choices use random.Random's own seeding, called directly (a cheaper
path, issue 13): the generators must be in the very state random.Random(text) gives, or
every draft would change its wording."""

from __future__ import annotations

import random

from speechdraft.compose.render import seeded, seeded_index

SALTS = ["", "0:a", "12:wording:要把教育摆在优先发展的战略地位", "x" * 300, "😀:旗管校聘"]


def test_a_seeded_generator_is_random_random_of_the_text() -> None:
    for text in SALTS + [f"{seed}:say:opening" for seed in range(50)]:
        fresh = seeded(text)
        expected = random.Random(text)
        assert fresh.getstate() == expected.getstate(), text
        assert [fresh.random() for _ in range(3)] == [expected.random() for _ in range(3)]


def test_a_reseeded_generator_forgets_what_it_did_before() -> None:
    chooser = seeded("first")
    chooser.gauss(0, 1)  # leaves a second normal value waiting (gauss_next)
    again = seeded("second", chooser)
    assert again is chooser
    assert again.getstate() == random.Random("second").getstate()
    assert again.gauss(0, 1) == random.Random("second").gauss(0, 1)
    options = list(range(1000))
    picks = [seeded(f"7:{n}", chooser).choice(options) for n in range(200)]
    assert picks == [random.Random(f"7:{n}").choice(options) for n in range(200)]


def test_a_kept_index_is_random_randoms_choice_and_randrange() -> None:
    # speed36: Renderer.choice and variant take the index kept by text and count
    counts = [2, 3, 7, 10, 64, 1000, 2**40]
    for text in SALTS + [f"{seed}:wording:要抓好{n}件事" for seed in (1, 2) for n in range(20)]:
        for count in counts:
            expected = random.Random(text).randrange(count)
            assert random.Random(text).choice(range(count)) == expected
            assert seeded_index(text, count) == expected, (text, count)
            assert seeded_index(text, count) == expected  # asked again: kept
