"""Chinese numerals and the heading numbers of official documents (一、/（一）/1./（1）)."""

from __future__ import annotations

_DIGITS = "零一二三四五六七八九"


def chinese_numeral(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 35 → 三十五 (counts and ordinals up to 99).

    Counts in speeches stay far below 100, so this covers every case without a
    dependency.
    """
    if not 0 < n < 100:
        raise ValueError(f"numeral out of range: {n}")
    tens, ones = divmod(n, 10)
    if tens == 0:
        return _DIGITS[ones]
    head = "" if tens == 1 else _DIGITS[tens]
    return head + "十" + (_DIGITS[ones] if ones else "")


def chinese_count(n: int) -> str:
    """A count before a measure word: 两点意见, not 二点意见; otherwise as the numeral."""
    return "两" if n == 2 else chinese_numeral(n)


# Heading number formats by level, per numbering scheme. "standard" is GB/T 9704;
# "outline" is the 讲话提纲 style of leading-group speeches (一要…, then （一）…).
SCHEMES: dict[str, tuple[str, ...]] = {
    "standard": ("{cn}、", "（{cn}）", "{n}.", "（{n}）"),
    "outline": ("{cn}要", "（{cn}）", "{n}.", "（{n}）"),
}


def heading_number(scheme: str, level: int, n: int) -> str:
    """The number printed before a heading of ``level`` (1-based) that is the n-th of its kind."""
    pattern = SCHEMES[scheme][level - 1]
    return pattern.format(cn=chinese_numeral(n), n=n)


def enumeration_word(n: int) -> str:
    """一是, 二是, … for inline enumerations inside a paragraph."""
    return chinese_numeral(n) + "是"


_DIGIT_VALUES = {ch: i for i, ch in enumerate(_DIGITS)} | {"〇": 0, "两": 2}


def numeral_value(text: str) -> int | None:
    """The inverse of chinese_numeral, plus digit-by-digit years: 三 → 3, 十二 → 12,
    二十五 → 25, 三十一 → 31, 二〇二六 → 2026; None for anything else."""
    if not text or any(ch not in _DIGIT_VALUES and ch != "十" for ch in text):
        return None
    if "十" not in text:
        value = 0
        for ch in text:
            value = value * 10 + _DIGIT_VALUES[ch]
        return value
    head, _, tail = text.partition("十")
    if len(head) > 1 or len(tail) > 1 or "十" in tail:
        return None
    tens = _DIGIT_VALUES[head] if head else 1
    return tens * 10 + (_DIGIT_VALUES[tail] if tail else 0)
