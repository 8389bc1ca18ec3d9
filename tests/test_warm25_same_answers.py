"""What warm25 made faster answers as before: ``sayable`` (its day-free parts kept apart),
the section's fact carriers (no search where nothing is given), the profile's licensed
schemes (licences kept by table) and a record's content index (grown by set operations);
and the day-free parts are worked out once a wording, whatever the date."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from speechdraft import named, phrasebank
from speechdraft.compose import assemble
from speechdraft.compose.restate import Said
from speechdraft.norms import any_term_out_of_window
from speechdraft.phrasebank import Unit, bank_wordings, load_phrasebank
from speechdraft.resources import builtin_templates_dir
from speechdraft.voice import unfit, untimely

_DAYS = (datetime.date(2025, 3, 12), datetime.date(2027, 9, 1), datetime.date(2030, 12, 20))


def _sayable_as_it_was(text: str, role: str, level: str, day: datetime.date) -> bool:
    dated = phrasebank.spoken_words(
        phrasebank._DATED_PLACE_WORD.sub(phrasebank._LEADING_GROUP, text)
    )
    return (
        not any_term_out_of_window(dated, day, False)
        and not unfit(text, role, level, False)
        and not untimely(text, day.month)
    )


def test_sayable_answers_as_it_did() -> None:
    bank = load_phrasebank(builtin_templates_dir(), None)
    wordings = sorted(set(bank_wordings(bank)[0]))[::25]
    assert len(wordings) > 300
    differing = []
    refused = 0
    for text in wordings:
        for role, level in (("director", "county"), ("deputy", "city")):
            for day in _DAYS:
                answer = phrasebank.sayable(text, role, level, day)
                refused += not answer
                if answer != _sayable_as_it_was(text, role, level, day):
                    differing.append((text, role, level, day))
    assert differing == []
    assert refused > 0  # the comparison is not of sayable wordings only


def test_a_wordings_bars_are_asked_once_whatever_the_date(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """On main the speaker's bars (voice.unfit) were asked again for every date."""
    asked: list[str] = []

    def counted(text: str, role: str, level: str, group_named: bool = False) -> str | None:
        asked.append(text)
        return unfit(text, role, level, group_named)

    monkeypatch.setattr(phrasebank, "unfit", counted)
    text = "要把warm25测试用的课后服务落到实处，让每一名家长放心。"
    answers = {phrasebank.sayable(text, "director", "county", day) for day in _DAYS}
    assert answers == {True}
    assert asked == [text]


_FACTS = st.frozensets(st.sampled_from("abcdef"), max_size=3)


def _carriers_as_they_were(order: list[Unit], given: frozenset[str]) -> list[Unit]:
    chosen: list[Unit] = []
    said: set[str] = set()
    while True:
        best = max(order, key=lambda u: len((u.facts & given) - said), default=None)
        if best is None or not (best.facts & given) - said:
            return chosen
        chosen.append(best)
        said |= best.facts


@settings(max_examples=300, deadline=None)
@given(facts=st.lists(_FACTS, max_size=7), given_facts=_FACTS)
def test_fact_carriers_are_chosen_as_before(
    facts: list[frozenset[str]], given_facts: frozenset[str]
) -> None:
    order = [
        Unit(text=f"第{i}句" + "".join(f"{{{{ fact('{key}') }}}}" for key in sorted(keys)))
        for i, keys in enumerate(facts)
    ]
    assert [u.facts for u in order] == facts
    chosen = assemble._fact_carriers(order, given_facts)
    assert chosen == _carriers_as_they_were(order, given_facts)
    assert all(unit.facts & given_facts for unit in chosen)


def test_licences_are_the_tables() -> None:
    table = named.load_named()
    texts = ["全面推行青蓝结对，实施县管校聘", "", "教育集团化办学"]
    expected = frozenset(
        named.LICENCE_PREFIX + entry.id for entry in table if entry.licence.search("\n".join(texts))
    )
    assert named.licensed_by(texts) == expected
    assert named._licences(table) is named._licences(named.load_named())
    assert len(named._licences(table)) == len(table)


def test_the_records_content_index_keeps_each_sentence_in_order() -> None:
    said = Said()
    sentences = [
        "要把课后服务落到实处，让每一名家长放心。",
        "课后服务要坚持学生自愿、家长申请。",
        "要加强食堂管理，落实校长陪餐制度。",
        "落到实处的关键，在于家长放心、学生满意。",
    ]
    for sentence in sentences:
        said.add(sentence)
    assert set(said.content) == said.content_pairs
    for pair, having in said.content.items():
        assert having == sorted(set(having))
        assert having == [
            i for i, sentence in enumerate(sentences) if pair in said._wording(sentence).content
        ]
    assert said.content["服务"] == [0, 1] and said.content["放心"] == [0, 3]
