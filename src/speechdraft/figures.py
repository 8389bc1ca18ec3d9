"""How a figure is written: the unit a fact's value carries, full-width digits, percentages.

Shared by intake (which tells the clerk what it normalised or finds implausible) and
compose (which prints the value), so the warning and the printed draft never disagree.
"""

from __future__ import annotations

import re

FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_HAS_FULL_WIDTH_DIGIT = re.compile("[０-９]")

_BARE_NUMBER = re.compile(r"^\d+(\.\d+)?$")
# A number with a short lead-in or a rounding word and no unit of its own: 约400, 400余,
# 近400, 400左右, 超过1.2 … The unit goes right after the number (and its 余/多):
# 约400项, 400余项, 400项左右. A value with anything else (约400项, 四百项) stays as typed.
_NUMBER_WITHOUT_UNIT = re.compile(
    r"^(?P<head>约|近|逾|超|超过|将近|接近|达|达到|共|累计|全年|总计|合计)?"
    r"(?P<number>\d+(?:\.\d+)?(?:万|亿)?(?:余|多)?)"
    r"(?P<tail>左右|以上|以内|以下)?$"
)


def has_full_width_digits(text: str) -> bool:
    return bool(_HAS_FULL_WIDTH_DIGIT.search(text))


def half_width_digits(text: str) -> str:
    """２５ → 25: official documents print Arabic numerals half-width (GB/T 15835)."""
    return text.translate(FULL_WIDTH_DIGITS)


def with_unit(text: str, unit: str) -> str:
    """The value as printed: its unit added after the number when the clerk left it off
    (400 → 400项, 约400 → 约400项, 400左右 → 400项左右); anything else as written."""
    if not unit:
        return text
    if _BARE_NUMBER.match(text):
        return text + unit
    match = _NUMBER_WITHOUT_UNIT.match(text)
    if match is None:
        return text
    number = match["number"]
    return f"{match['head'] or ''}{number}{_after_magnitude(number, unit)}{match['tail'] or ''}"


def _after_magnitude(number: str, unit: str) -> str:
    """The unit after a number that says its own 万 or 亿: 3.6万 + 人次 → 3.6万人次, but
    3.6万 + 万元 → 3.6万元 and 1.2亿 + 万元 → 1.2亿元, never 万万元."""
    magnitude = number.rstrip("余多")[-1:]
    if magnitude in ("万", "亿") and unit[:1] in ("万", "亿"):
        return unit[1:]
    return unit


def leading_number(value: str | int | float) -> float | None:
    """The first number in a fact's value (92 in “92%”, 0.92 in “约0.92”), if any."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    match = re.search(r"-?\d+(?:\.\d+)?", half_width_digits(value).replace("－", "-"))
    return float(match.group()) if match else None


# 4,260 → 4260, 12,000 → 12000: readers of three rounds struck the separators the clerks
# typed, and GB/T 15835 lets 公文 leave them out; one rule for every figure of a draft.
_GROUPED = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,])")
_DOUBLE_QUOTED = re.compile(r'"([^"\n]*)"')
_SINGLE_QUOTED = re.compile(r"'([^'\n]*)'")


def without_separators(text: str) -> str:
    """Thousands separators left out of every grouped number (1,846项 → 1846项)."""
    return _GROUPED.sub(lambda match: match.group().replace(",", ""), text)


def typeset(text: str) -> str:
    """Profile text as a Chinese document prints it: half-width quotes paired into
    “…” and ‘…’, numbers without thousands separators. An unpaired quote stays as typed
    (which half it is cannot be known)."""
    text = _DOUBLE_QUOTED.sub(r"“\1”", text)
    text = _SINGLE_QUOTED.sub(r"‘\1’", text)
    return without_separators(text)
