"""genre.py is the one home of the genre's data: the profile, the CLI, the generator and the
linter all read it, so a kind or level added there is known everywhere at once."""

from __future__ import annotations

import datetime

import pytest

from speechdraft.genre import (
    KIND_KEYS,
    KINDS,
    LEVEL_KEYS,
    LEVELS,
    RANK,
    SEASONS,
    kind_key,
    level_key,
    season_of,
    speaker_title,
    teachers_day_number,
)
from speechdraft.intake.schema import profile_schema
from speechdraft.lexicon import foreign_level_words
from speechdraft.lint.checks import run_checks
from speechdraft.lint.reader import SourceDraft


def test_the_profile_allows_exactly_the_genres_kinds_levels_and_seasons() -> None:
    schema = profile_schema()
    text = str(schema)
    for key in (*KIND_KEYS, *LEVEL_KEYS, *SEASONS):
        assert f"'{key}'" in text
    kind_enum = schema["properties"]["kind"].get("enum") or schema["$defs"]
    assert set(KIND_KEYS) <= set(str(kind_enum).replace("'", " ").split())


def test_a_kind_is_found_by_key_label_or_short_name() -> None:
    assert kind_key("leader_speech") == "leader_speech"
    assert kind_key("领导讲话") == "leader_speech"
    assert kind_key(" 工作报告 ") == "work_report"
    assert kind_key(KINDS["safety"].label) == "safety"
    assert kind_key("会议纪要") is None


def test_short_names_name_one_kind_each() -> None:
    names = [name for kind in KINDS.values() for name in (kind.label, *kind.names)]
    assert len(names) == len(set(names))
    assert all(kind.names for kind in KINDS.values())


def test_a_level_is_found_by_key_or_name() -> None:
    assert level_key("县") == "county"
    assert level_key("地级市") == "city"
    assert level_key("province") == "province"
    assert level_key("村") is None


def test_every_level_has_a_rank() -> None:
    assert set(RANK) == set(LEVELS)
    assert RANK["town"] < RANK["county"] < RANK["city"] < RANK["province"]


@pytest.mark.parametrize(
    ("kind", "level", "title"),
    [
        ("leader_speech", "county", "县委书记"),
        ("work_report", "county", "县教育局局长"),
        ("work_report", "province", "省教育厅厅长"),
        ("school_opening", "autonomous_region", "自治区教育厅厅长"),
        ("teachers_day", "banner", "旗委书记"),
        ("leading_group", "town", "镇党委书记"),
        ("work_report", "town", "镇中心学校校长"),
    ],
)
def test_the_usual_speaker_title(kind: str, level: str, title: str) -> None:
    assert speaker_title(kind, level) == title


def test_calendar_formulas() -> None:
    assert teachers_day_number(1985) == 1
    assert teachers_day_number(2025) == 41
    assert season_of(datetime.date(2026, 6, 30)) == "春季"
    assert season_of(datetime.date(2026, 7, 1)) == "秋季"


@pytest.mark.parametrize("level", LEVEL_KEYS)
def test_the_linter_flags_every_word_the_generator_tests_forbid(level: str) -> None:
    # A word of a same or lower level, used as this draft's own, is always a finding.
    own_rank = RANK[level]
    words = [w for w, rank in foreign_level_words(level).items() if rank <= own_rank]
    paragraphs = tuple(f"今年{word}教育工作取得新进展。" for word in words)
    result = run_checks(SourceDraft("x.txt", paragraphs), level=level, year=2026)
    flagged = {f.paragraph for f in result.findings if f.rule == "level-word"}
    assert flagged == set(range(len(words)))
    # and the draft's own words are never in the set
    assert LEVELS[level].all not in foreign_level_words(level)
