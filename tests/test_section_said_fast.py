"""Said.said_in_section keeps a text's answer within a section and compares it only with the
sentences said since it was last asked (speed14): it must answer as a record that has just
been built from the same sentences does, after every sentence of every family's section."""

from __future__ import annotations

from collections import Counter

from speechdraft import pipeline
from speechdraft.compose.restate import Said


def _replayed(topics: tuple[str, ...], said_before: list[str]) -> Said:
    """A record asked nothing yet: the section opened and its sentences said again."""
    said = Said()
    said.new_section(topics)
    for text in said_before:
        said.add(text)
    return said


def test_section_answers_kept_between_sentences_are_the_fresh_ones() -> None:
    bank = pipeline.phrasebank()
    families = [
        family for area in bank.areas.values() for family in area.families if len(family.units) >= 4
    ]
    assert len(families) > 40
    answers: Counter[bool] = Counter()
    for family in families[::3]:
        texts = [text for unit in family.units for text in unit.wordings]
        topics = tuple(h.text for h in family.headings[:1])
        said = Said()
        said.new_section(topics)
        spoken: list[str] = []
        # one sentence in four is said, the rest asked after each (a draft's candidates are
        # asked again and again as the section grows)
        for index, text in enumerate(texts):
            if index % 4 == 0:
                said.add(text)
                spoken.append(text)
                continue
            for probe in texts[: index + 1]:
                if probe in spoken:
                    continue
                expected = _replayed(topics, spoken).said_in_section(probe)
                assert said.said_in_section(probe) == expected, (probe, spoken)
                answers[expected] += 1
        said.end_section()
        assert not any(said.said_in_section(t) for t in texts)  # closed: no section to share
    assert answers[True] > 10 and answers[False] > 10  # both answers were put to the test
