import pytest

from speechdraft.numbering import (
    chinese_count,
    chinese_numeral,
    enumeration_word,
    heading_number,
    numeral_value,
)


@pytest.mark.parametrize(
    ("n", "expected"),
    [
        (1, "一"),
        (3, "三"),
        (10, "十"),
        (11, "十一"),
        (19, "十九"),
        (20, "二十"),
        (35, "三十五"),
        (99, "九十九"),
    ],
)
def test_chinese_numerals(n: int, expected: str) -> None:
    assert chinese_numeral(n) == expected


@pytest.mark.parametrize("n", [0, 100, -1])
def test_numerals_out_of_range_are_refused(n: int) -> None:
    with pytest.raises(ValueError):
        chinese_numeral(n)


@pytest.mark.parametrize(
    ("scheme", "level", "n", "expected"),
    [
        ("standard", 1, 2, "二、"),
        ("standard", 2, 12, "（十二）"),
        ("standard", 3, 3, "3."),
        ("standard", 4, 1, "（1）"),
        ("directive", 1, 3, "三要"),
        ("directive", 2, 1, "（一）"),
    ],
)
def test_heading_numbers(scheme: str, level: int, n: int, expected: str) -> None:
    assert heading_number(scheme, level, n) == expected


def test_enumeration_words() -> None:
    assert [enumeration_word(i) for i in (1, 2, 10)] == ["一是", "二是", "十是"]


def test_counts_say_liang_for_two() -> None:
    assert [chinese_count(n) for n in (1, 2, 3, 12, 22)] == ["一", "两", "三", "十二", "二十二"]


@pytest.mark.parametrize("n", range(1, 100))
def test_numerals_read_back_as_written(n: int) -> None:
    # One vocabulary both ways: every numeral the generator writes, the linter reads.
    assert numeral_value(chinese_numeral(n)) == n


@pytest.mark.parametrize("text", ["", "零零", "十十", "一百", "三四", "十二三", "第一", "2"])
def test_what_is_not_a_numeral(text: str) -> None:
    assert numeral_value(text) is None


def test_two_as_a_count() -> None:
    assert numeral_value("两") == 2
    assert chinese_count(2) == "两"
