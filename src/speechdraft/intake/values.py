"""The profile's value rules that are plain Python: what a fact, a whole number and a
meeting date may be. The pydantic models (profile.py) call them as validators and the
quick check (quick.py) calls the same functions, so the two cannot drift apart.
No pydantic here: a render that takes the quick check never imports it.
"""

from __future__ import annotations

import datetime
import math
import re
from typing import Any

from speechdraft.genre import FIRST_YEAR, LAST_YEAR
from speechdraft.intake.yamlfile import AMBIGUOUS_NUMBER
from speechdraft.numbering import numeral_value, year_numeral_value


def fact_value(value: Any) -> Any:
    """A fact is a number or a text. A blank one (``x:`` with nothing after it) is not
    given yet, like ``""``; true/false, lists and non-numbers (.nan) are mistakes."""
    if value is None:
        return ""
    if isinstance(value, bool):
        raise ValueError(
            f"应为数字或文字，实际是“{str(value).lower()}”（若就是这几个字，请加引号）"
        )
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError(f"应为数字或文字，实际是“{value}”")
    if not isinstance(value, str | int | float):
        raise ValueError("应为一个数字或一段文字，如“3所”“91.5”")
    return value


# the area an achievement typed as one plain line is filed under (intake.profile, intake.quick;
# validate does not ask to merge such lines: intake.plausibility)
PLAIN_AREA = "综合"


def whole_number(value: Any) -> Any:
    """A field that needs a number (minutes, a year, a seed) refuses what YAML 1.1 would
    have turned into one by its own rules: yes/on (true), 012 (octal 10), 1:13, 1_000."""
    if isinstance(value, bool):
        raise ValueError("应为整数（如 20），这里写的是真假值（yes/no、on/off、true/false 都是）")
    if isinstance(value, str) and AMBIGUOUS_NUMBER.match(value.strip()):
        text = value.strip()
        if text.lstrip("+-").startswith("0") and text.lstrip("+-").isdigit():
            plain = str(int(text))
            raise ValueError(f"“{text}”以 0 开头，含义不明确：请写成 {plain}")
        raise ValueError(f"应为整数（如 20），实际是“{text}”：请只写数字")
    return value


_CN_DATE = re.compile(r"^\s*(\d{4})\s*[年.\-/]\s*(\d{1,2})\s*[月.\-/]\s*(\d{1,2})\s*日?\s*$")
# 二〇二六年三月五日, as dates are written at the foot of official documents.
_CN_NUMERAL_DATE = re.compile(
    r"^\s*([〇零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月"
    r"\s*([一二三四五六七八九十]{1,3})\s*日\s*$"
)


def _date_numbers(year: str, month: str, day: str) -> tuple[int, int, int]:
    """2026/3/5 from either 2026年3月5日 or 二〇二六年三月五日 (0 for what is no numeral,
    which datetime.date then refuses with a located message)."""
    if year.isdigit():
        return int(year), int(month), int(day)
    return year_numeral_value(year) or 0, numeral_value(month) or 0, numeral_value(day) or 0


def chinese_date(value: Any) -> Any:
    """A meeting date as a clerk writes it (2026年3月5日, 2026.3.5, 二〇二六年三月五日)
    becomes a date; a number is refused (pydantic would read 20250312 as seconds since
    1970); anything else is left for the date type to judge."""
    if isinstance(value, int | float):
        raise ValueError(f"应为日期，如 2025-03-15，实际是“{value}”")
    if isinstance(value, str) and (m := _CN_DATE.match(value) or _CN_NUMERAL_DATE.match(value)):
        year, month, day = _date_numbers(*m.groups())
        try:
            return datetime.date(year, month, day)
        except ValueError as exc:
            raise ValueError(f"没有这一天：{value}") from exc
    return value


def year_in_supported_range(value: datetime.date) -> datetime.date:
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise ValueError(f"会议年份应在{FIRST_YEAR}—{LAST_YEAR}年之间，实际是{value.year}年")
    return value
