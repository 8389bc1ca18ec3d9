"""The dated norms: terms with windows, national rules, the Party reference by date."""

from __future__ import annotations

import datetime
import shutil
from pathlib import Path

import pytest

from speechdraft.datafile import DataFileError
from speechdraft.norms import (
    current_party_reference,
    load_party_calendar,
    load_rules,
    load_terms,
    rules_for,
    terms_out_of_window,
)

FIXTURES = Path(__file__).parent / "fixtures"
D = datetime.date


def fixture_terms() -> tuple:
    return load_terms(FIXTURES)


def test_fixture_table_is_read_from_a_templates_folder() -> None:
    terms = fixture_terms()
    assert [t.id for t in terms] == ["alpha", "beta"]
    assert terms[0].valid_from == D(2021, 7, 24) and terms[0].until is None
    # an ``until`` month is inside the window to its last day
    assert terms[1].valid_from == D(2020, 1, 1) and terms[1].until == D(2022, 12, 31)


@pytest.mark.parametrize(
    ("when", "expected"),
    [
        (D(2021, 7, 23), ["甲提法", "甲式"]),  # the day before the term existed
        (D(2021, 7, 24), []),
        (D(2019, 12, 31), ["甲提法", "甲式", "乙提法"]),
        (D(2022, 12, 31), []),
        (D(2023, 1, 1), ["乙提法"]),
    ],
)
def test_terms_out_of_window_by_date(when: D, expected: list[str]) -> None:
    text = "要落实甲提法，推广甲式做法，并坚持乙提法。"
    hits = terms_out_of_window(text, when, fixture_terms())
    assert [h.matched for h in hits] == expected
    for hit in hits:
        assert text[hit.start : hit.end] == hit.matched
        assert hit.advice and "年" in hit.window


def test_hit_says_the_window_and_the_fix_in_chinese() -> None:
    (hit,) = terms_out_of_window("坚持乙提法", D(2024, 3, 1), fixture_terms())
    assert hit.window == "2020年1月至2022年12月"
    assert str(hit) == "“乙提法”只能用于2020年1月至2022年12月的讲话：只在2020—2022年使用"


# Our own reading of GENRE.md's table, checked against the shipped data.
SHIPPED_WINDOWS = [
    ("双减", D(2021, 7, 23), D(2021, 7, 24)),
    ("党组织领导的校长负责制", D(2021, 12, 31), D(2022, 2, 1)),
    ("国家智慧教育平台", D(2022, 3, 1), D(2022, 4, 1)),
    ("两个只增不减", D(2018, 7, 1), D(2018, 9, 1)),
    ("教育家精神", D(2023, 9, 1), D(2023, 9, 10)),
    ("习近平新时代中国特色社会主义思想", D(2017, 10, 1), D(2018, 1, 1)),
    ("习近平总书记关于教育的重要论述", D(2018, 9, 1), D(2018, 9, 11)),
    ("《教育强国建设规划纲要（2024—2035年）》", D(2025, 1, 1), D(2025, 2, 1)),
    ("大先生", D(2021, 4, 1), D(2021, 5, 1)),
]


@pytest.mark.parametrize(("text", "before", "after"), SHIPPED_WINDOWS)
def test_shipped_terms_start_when_genre_says(text: str, before: D, after: D) -> None:
    assert terms_out_of_window(text, before), f"{text} 在 {before} 不应可用"
    assert not terms_out_of_window(text, after), f"{text} 在 {after} 应可用"


def test_covid_only_2020_to_2022_and_three_growths_gives_way() -> None:
    assert terms_out_of_window("做好新冠疫情防控", D(2019, 12, 1))
    assert not terms_out_of_window("做好新冠疫情防控", D(2021, 3, 1))
    assert terms_out_of_window("做好新冠疫情防控", D(2023, 3, 1))
    assert not terms_out_of_window("确保三个增长", D(2017, 3, 1))
    assert terms_out_of_window("确保三个增长", D(2019, 3, 1))


@pytest.mark.parametrize(
    ("when", "spirit"),
    [
        (D(2016, 3, 10), "党的十八大和十八届三中、四中、五中全会精神"),
        (D(2017, 11, 1), "党的十九大精神"),
        (D(2018, 3, 10), "党的十九大和十九届三中全会精神"),
        (D(2020, 1, 10), "党的十九大和十九届二中、三中、四中全会精神"),  # 历次 came later
        (D(2021, 3, 10), "党的十九大和十九届二中、三中、四中、五中全会精神"),
        (D(2022, 3, 10), "党的十九大和十九届历次全会精神"),
        (D(2023, 3, 10), "党的二十大精神"),
        (D(2025, 3, 15), "党的二十大和二十届三中全会精神"),  # not 历次: one plenum so far
        (D(2026, 3, 10), "党的二十大和二十届历次全会精神"),
        (D(2028, 3, 10), None),  # past the data: say nothing dated
    ],
)
def test_current_party_reference(when: D, spirit: str | None) -> None:
    ref = current_party_reference(when)
    assert (ref.spirit if ref else None) == spirit


def test_party_reference_never_cites_a_term_out_of_its_window() -> None:
    for year in range(2016, 2036):
        for month in (3, 9):
            when = D(year, month, 15)
            ref = current_party_reference(when)
            if ref:
                assert terms_out_of_window(ref.spirit, when) == [], (when, ref)
    assert load_party_calendar().horizon.year == 2027


def test_rules_have_sources_and_windows() -> None:
    rules = load_rules()
    assert len({r.id for r in rules}) == len(rules)
    assert all(r.source.startswith(("《", "中", "教育部", "第", "国")) for r in rules)
    assert "pe_one_hour" in rules_for(D(2024, 3, 1)) and "pe_two_hours" not in rules_for(
        D(2024, 3, 1)
    )
    assert "pe_two_hours" in rules_for(D(2025, 3, 1)) and "pe_one_hour" not in rules_for(
        D(2025, 3, 1)
    )
    assert "5%" in rules_for(D(2025, 3, 1))["training_funds_5pct"].text


def test_a_broken_table_is_located_in_chinese(tmp_path: Path) -> None:
    (tmp_path / "norms").mkdir()
    shutil.copy(FIXTURES / "norms" / "terms.yaml", tmp_path / "norms" / "terms.yaml")
    text = (tmp_path / "norms" / "terms.yaml").read_text(encoding="utf-8")
    (tmp_path / "norms" / "terms.yaml").write_text(
        text.replace("from: 2020-01", "from: 明年").replace("forms: [乙提法]", "forms: ['乙(']"),
        encoding="utf-8",
    )
    with pytest.raises(DataFileError) as caught:
        load_terms(tmp_path)
    message = str(caught.value)
    assert "有 2 处需要修改" in message
    assert "terms.yaml:10:" in message and "[1].forms" in message and "正则" in message
    assert "terms.yaml:11:9 [1].from" in message
    assert "Traceback" not in message and "Error" not in message


def test_a_table_is_kept_between_runs_until_its_file_changes(tmp_path: Path, monkeypatch) -> None:
    """``__wrapped__`` skips the in-process cache, as a new process would: the second run
    takes the kept table, an edited file is read again, and a mistake is never kept."""
    monkeypatch.setenv("SPEECHDRAFT_CACHE_DIR", str(tmp_path / "cache"))
    (tmp_path / "norms").mkdir()
    table = tmp_path / "norms" / "terms.yaml"
    shutil.copy(FIXTURES / "norms" / "terms.yaml", table)
    read = load_terms.__wrapped__  # type: ignore[attr-defined]
    first = read(tmp_path)
    assert list((tmp_path / "cache").glob("norms-terms-*.pickle"))
    assert read(tmp_path) == first
    table.write_text(table.read_text(encoding="utf-8").replace("乙提法", "丙提法"), "utf-8")
    assert read(tmp_path) != first and "丙提法" in read(tmp_path)[1].forms
    table.write_text(
        table.read_text(encoding="utf-8").replace("from: 2020-01", "from: 明年"), "utf-8"
    )
    for _ in range(2):
        with pytest.raises(DataFileError, match="from"):
            read(tmp_path)
