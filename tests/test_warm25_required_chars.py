"""A wording is searched only with the idea patterns whose first characters *and* whose
other required characters it holds (``compose/first_chars.py``, warm25): the sets of
required characters are right for hand-made patterns and for random ones, the table's
places are the plain loop's matches for random patterns and texts, and for the bank's
wordings the table leaves few patterns to search."""

from __future__ import annotations

import re
import statistics

from hypothesis import given, settings
from hypothesis import strategies as st

from speechdraft.compose import restate
from speechdraft.compose.first_chars import FirstChars, required_characters, required_set
from speechdraft.phrasebank import bank_wordings, load_phrasebank
from speechdraft.resources import builtin_templates_dir
from test_first_chars import _PIECES as FIRST_CHARS_PIECES


def _sets(pattern: str) -> list[list[str]]:
    return [["".join(sorted(s)) for s in sets] for sets in required_characters(re.compile(pattern))]


def test_each_alternatives_required_characters() -> None:
    assert _sets(r"议定(?:的)?事项") == [["议", "定", "事", "项"]]
    assert _sets(r"第一责任人|负总责") == [["第", "一", "责", "任", "人"], ["负", "总", "责"]]
    # an optional or empty-able item requires nothing; a class or a group requires its start
    assert _sets(r"不让一个.{0,12}(?:失学|辍学)") == [["不", "让", "一", "个", "失辍"]]
    assert _sets(r"只有.{1,24}才(?:能|会)") == [["只", "有", "才", "会能"]]
    assert _sets(r"(?:学校)+[的之]?困难") == [["学", "困", "难"]]
    assert _sets(r"^(?<=县)教育\b") == [["教", "育"]]
    assert _sets(r"school") != [] and _sets(r"(?i)school") == []


def test_a_required_set_joins_the_alternatives() -> None:
    second = required_set(re.compile(r"第一责任人|负总责"), 1)
    assert second == frozenset("一总")
    assert required_set(re.compile(r"第一责任人|负总责"), -1) == frozenset("人责")
    # an alternative without a second (or a third, for the last) item: nothing required
    assert required_set(re.compile(r"台账|对账|销号"), -1) is None
    assert required_set(re.compile(r"晨午检|要"), 1) is None
    assert required_set(re.compile(r"晨午"), -1) is None  # the last is the second


def test_the_table_asks_every_required_set() -> None:
    patterns = [re.compile(p) for p in (r"学校安全", r"学生资助", r".*", r"学习|学会")]
    table = FirstChars(patterns)
    assert table.places("学校的安全") == [0, 2]
    assert table.places("学校资助学生") == [1, 2]  # no 全: 学校安全 is not searched
    assert table.places("学习安全，学会") == [2, 3]
    assert table.places("学的") == [2]  # 学, but no 校 or 生, 习 or 会
    assert table.places("") == [2]


# the pattern pieces of test_first_chars, and one alternative of two characters
_PIECES = [*FIRST_CHARS_PIECES, "(?:学|的{2})"]


@settings(max_examples=200, deadline=None)
@given(
    patterns=st.lists(
        st.tuples(
            st.lists(st.sampled_from(_PIECES), min_size=1, max_size=5),
            st.lists(st.sampled_from(_PIECES), max_size=4),
        ),
        min_size=1,
        max_size=6,
    ),
    text=st.text(alphabet="学校的教师甲1 ", max_size=14),
)
def test_places_keep_every_pattern_that_matches(
    patterns: list[tuple[list[str], list[str]]], text: str
) -> None:
    """For random patterns of the shapes above: the patterns the table leaves out of a text
    never match it, and each match holds a character of every required set of the
    alternative it matched by (the table's places are the plain loop's matches)."""
    compiled = [
        re.compile("".join(first) + ("|" + "".join(other) if other else ""))
        for first, other in patterns
    ]
    table = FirstChars(compiled)
    places = table.places(text)
    assert places == sorted(places)
    for place, pattern in enumerate(compiled):
        if pattern.search(text):
            assert place in places, (pattern.pattern, text)
        if len(required_characters(pattern)) == 1:
            for found in pattern.finditer(text):
                for chars in required_characters(pattern)[0]:
                    assert not chars.isdisjoint(found.group()), (pattern.pattern, text)


def test_bank_wordings_are_searched_with_few_patterns() -> None:
    """On main every bank wording was searched with some 86 of the 624 idea patterns (those
    its characters can start); with the required characters about 13: fewer than 25."""
    ideas, _table = restate._idea_patterns()
    table = FirstChars([pattern for _name, pattern in ideas])
    bank = load_phrasebank(builtin_templates_dir(), None)
    wordings = sorted(set(bank_wordings(bank)[0]))[::4]
    assert len(wordings) > 1000
    searched = statistics.mean(len(table.places(w)) for w in wordings)
    assert searched < 25
    plain = [restate._TEMPLATE_CODE.sub("，", w) for w in wordings[::5]]
    for text in plain:
        matched = [place for place, (_n, p) in enumerate(ideas) if p.search(text)]
        assert [place for place in table.places(text) if ideas[place][1].search(text)] == matched
