"""Chinese numerals and the heading numbers of official documents (一、/（一）/1./（1）)."""

from __future__ import annotations

_DIGITS = "零一二三四五六七八九"
NUMERAL_CHARS = "一二三四五六七八九十"  # what heading numbers and 一是/二是 are written with
NUMERAL = f"[{NUMERAL_CHARS}]{{1,3}}"  # a regex for one of them (一 … 九十九)


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


def numeral_value(text: str) -> int | None:
    """The other direction: 一 → 1, 十二 → 12, 二十 → 20, 两 → 2; None for anything else.

    Not cn2an: it covers far more (decimals, 亿, dates) than headings need and takes about
    0.8 s to import, most of a cold ``check``; these ten characters are the whole domain.
    """
    text = text.replace("两", "二")
    if not text or any(ch not in _DIGITS and ch != "十" for ch in text):
        return None
    if "十" not in text:
        return _DIGITS.index(text) if len(text) == 1 else None
    tens, _, ones = text.partition("十")
    digits = ("", *_DIGITS[1:])  # 二十, 十二, 十: one digit (not 零) on either side, or none
    if tens not in digits or ones not in digits:
        return None
    return (_DIGITS.index(tens) if tens else 1) * 10 + (_DIGITS.index(ones) if ones else 0)


def chinese_count(n: int) -> str:
    """A count before a measure word: 两点意见, not 二点意见; otherwise as the numeral."""
    return "两" if n == 2 else chinese_numeral(n)


# Heading number formats by level, per numbering scheme. "standard" is GB/T 9704;
# "directive" is the 讲话提纲 style of leading-group speeches (一要…, then （一）…): each
# part a directive. ("outline" means one thing only: a draft's headings, see lint/outline.)
SCHEMES: dict[str, tuple[str, ...]] = {
    "standard": ("{cn}、", "（{cn}）", "{n}.", "（{n}）"),
    "directive": ("{cn}要", "（{cn}）", "{n}.", "（{n}）"),
}


def heading_number(scheme: str, level: int, n: int) -> str:
    """The number printed before a heading of ``level`` (1-based) that is the n-th of its kind."""
    pattern = SCHEMES[scheme][level - 1]
    return pattern.format(cn=chinese_numeral(n), n=n)


def enumeration_word(n: int) -> str:
    """一是, 二是, … for inline enumerations inside a paragraph."""
    return chinese_numeral(n) + "是"


_YEAR_DIGITS = {**{ch: i for i, ch in enumerate(_DIGITS)}, "〇": 0}


def year_numeral_value(text: str) -> int | None:
    """A year written digit by digit, as dates at a document's foot are: 二〇二六 → 2026."""
    if len(text) != 4 or any(ch not in _YEAR_DIGITS for ch in text):
        return None
    return int("".join(str(_YEAR_DIGITS[ch]) for ch in text))
