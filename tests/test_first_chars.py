"""A wording's ideas are searched only with the patterns its characters can start a match of
(``compose/first_chars.py``, speed24): the answers are the plain loop's over every pattern,
for every bank wording and for sentences of the clerk's kind; a pattern's first characters
are right for hand-made patterns of every shape the parser gives and for random ones; the
table is kept between runs under the patterns' texts."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from _matrix import spoken
from speechdraft import datacache
from speechdraft.compose import restate
from speechdraft.compose.first_chars import FirstChars, first_characters
from speechdraft.phrasebank import bank_wordings, load_phrasebank
from speechdraft.resources import builtin_templates_dir


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"第一责任人|负总责", "第负"),
        (r"议定(?:的)?事项", "议"),
        (r"(?:学校|基层)(?:提出|反映)?的?困难", "学基"),
        (r"(?:学校)?的困难", "学的"),  # an optional group: what follows can start it too
        (r"(?:学校)*[的之]困难", "学的之"),
        (r"^第[一二]", "第"),  # an anchor consumes nothing
        (r"(?<=县)教育局", "教"),  # nor does a look-behind
        (r"(?![到管])要看", "要"),  # nor a look-ahead
        (r"[a-d]教育", "abcd"),
        (r"(?>校园)安全", "校"),
        (r"x{2,}", "x"),
    ],
)
def test_a_patterns_first_characters(pattern: str, expected: str) -> None:
    assert first_characters(re.compile(pattern)) == frozenset(expected)


@pytest.mark.parametrize(
    "pattern",
    [
        r".{0,12}失学",  # any character
        r"\d+人",  # a category
        r"[^，。]学",  # a negated class
        r"[\u4e00-\u9fff]+",  # a range too wide to spell out
        r"学?",  # can match empty
        r"(?:学校)?",
        r"(?i:school)",  # case ignored inside
    ],
)
def test_a_pattern_whose_start_is_not_told(pattern: str) -> None:
    assert first_characters(re.compile(pattern)) is None


def test_case_ignored_is_not_told() -> None:
    assert first_characters(re.compile("school", re.IGNORECASE)) is None


def test_places_keep_the_patterns_order_and_those_never_told() -> None:
    patterns = [re.compile(p) for p in (r"乙", r".甲", r"甲|乙", r"丙")]
    table = FirstChars(patterns)
    assert table.places("甲乙") == [0, 1, 2]
    assert table.places("丙") == [1, 3]
    assert table.places("") == [1]


_PIECES = [
    "学",
    "校",
    "的",
    "教师",
    "(?:学校|教师)",
    "[学教]",
    "学?",
    "(?:的)*",
    ".",
    r"\d",
    "[^学]",
    "(?=校)",
    "(?!的)",
    "^",
    "$",
    r"\b",
    "校{1,2}",
    "(教|)",
    "(?:师)+",
]


@settings(max_examples=300, deadline=None)
@given(
    pieces=st.lists(st.sampled_from(_PIECES), min_size=1, max_size=4),
    branch=st.lists(st.sampled_from(_PIECES), max_size=3),
    text=st.text(alphabet="学校的教师甲1 ", max_size=12),
)
def test_no_match_starts_outside_the_first_characters(
    pieces: list[str], branch: list[str], text: str
) -> None:
    """For random patterns of the shapes above: wherever a pattern matches, its match
    starts with one of the characters the parse gave (so a text without any is rightly
    not searched)."""
    source = "".join(pieces) + ("|" + "".join(branch) if branch else "")
    pattern = re.compile(source)
    chars = first_characters(pattern)
    if chars is None:
        return
    for found in pattern.finditer(text):
        assert found.group(), (source, text)  # told patterns never match empty
        assert found.group()[0] in chars, (source, text, found.group())
    if pattern.search(text):
        assert not chars.isdisjoint(text)


def _plain_ideas(text: str) -> frozenset[str]:
    """The rule as it was: every idea pattern searched, in order."""
    ideas, _table = restate._idea_patterns()
    plain = restate._TEMPLATE_CODE.sub("，", restate._NORM_CALL.sub(restate._norm_words, text))
    named = [name for name, pattern in ideas if pattern.search(plain)]
    return frozenset([*named, *restate.norms_stated(text)])


@pytest.fixture
def fresh_table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("SPEECHDRAFT_CACHE_DIR", str(folder))
    monkeypatch.delenv("SPEECHDRAFT_NO_CACHE", raising=False)
    restate._idea_patterns.cache_clear()
    restate._ideas_worked_out.cache_clear()
    yield folder
    restate._idea_patterns.cache_clear()
    restate._ideas_worked_out.cache_clear()


def test_every_bank_wording_has_the_plain_loops_ideas(fresh_table: Path) -> None:
    assert restate._idea_patterns()[1] is not None  # the table is in use
    bank = load_phrasebank(builtin_templates_dir(), None)
    wordings = sorted(set(bank_wordings(bank)[0]))
    assert len(wordings) > 1000
    differing = [t for t in wordings if restate._ideas_worked_out(t) != _plain_ideas(t)]
    assert differing == []
    said = sum(bool(restate._ideas_worked_out(t)) for t in wordings)
    assert said > len(wordings) // 3  # the comparison is not of empty answers only


def _profile(kind: str) -> dict[str, object]:
    return {
        "kind": kind,
        "meeting": {"date": "2027-03-12"},
        "region": {"level": "county", "name": "云岭县"},
        "speaker": {"title": "县教育局局长", "name": "韩松"},
        "priorities": [
            {"area": "控辍保学", "points": ["全县劝返失学辍学学生二十三人，建立一人一案台账"]},
            {"area": "学校安全", "points": ["溺水防范做到家访全覆盖，晨午检落实到班"]},
            {"area": "教师队伍", "facts": {"teacher_training": 900}},
        ],
        "safeguards": ["组织领导", "经费保障"],
    }


def test_a_drafts_sentences_have_the_plain_loops_ideas(fresh_table: Path) -> None:
    """The clerk's own sentences as a draft says them (never kept, so always worked out)."""
    sentences = [
        s
        for kind in ("work_report", "leader_speech", "safety")
        for line in spoken(_profile(kind), 2).splitlines()
        for s in re.split(r"(?<=[。；！？])", line)
        if s.strip()
    ]
    assert len(sentences) > 60
    differing = [s for s in sentences if restate._ideas_worked_out(s) != _plain_ideas(s)]
    assert differing == []


def test_the_table_is_kept_and_a_changed_pattern_misses(
    fresh_table: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made: list[int] = []
    real = restate.FirstChars

    def counted(patterns: list[re.Pattern[str]]) -> FirstChars:
        made.append(len(patterns))
        return real(patterns)

    monkeypatch.setattr(restate, "FirstChars", counted)
    restate._idea_patterns()
    assert made and list(fresh_table.glob("idea-starts-*.pickle"))
    restate._idea_patterns.cache_clear()
    restate._idea_patterns()
    assert len(made) == 1  # the second process reads it
    restate._idea_patterns.cache_clear()
    extra = (("speed24_test_idea", re.compile("甲乙丙")),)
    monkeypatch.setattr(restate, "IDEAS", restate.IDEAS + extra)
    ideas, table = restate._idea_patterns()
    assert len(made) == 2 and extra[0] in ideas
    assert table is not None
    assert "speed24_test_idea" in {ideas[p][0] for p in table.places("甲乙丙")}


def test_without_a_cache_folder_every_pattern_is_searched(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SPEECHDRAFT_NO_CACHE", "1")
    restate._idea_patterns.cache_clear()
    try:
        assert restate._idea_patterns()[1] is None
        assert datacache.cache_folder() is None
    finally:
        restate._idea_patterns.cache_clear()
