"""Quantities a clerk wrote in Chinese numerals, said in Arabic ones (GB/T 15835: counts,
sums and measures in a document are written 1068人, 1.13亿元, 4.2万平方米).

A department's return often comes back in words (一亿一千三百万元, 四万二千平方米, 一百八十名);
left so, the draft mixes 一亿一千三百万元 with 4.2万平方米, and no figure written in words can be
compared with one in digits (the same investment was said twice). Only a numeral that is a
quantity is turned: one with 百/千/万/亿, or with 十 before a unit of people, schools or money;
an ordinal (第四十个), a fixed expression (五十六个民族, 十年树人, 千家万户) and a plan's name
(十四五) are left as written.
"""

from __future__ import annotations

import re

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6}
_DIGITS |= {"七": 7, "八": 8, "九": 9}
_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
_BIG_UNITS = {"万": 10_000, "亿": 100_000_000}
_NUMERAL_CHARS = "".join(_DIGITS) + "".join(_SMALL_UNITS) + "".join(_BIG_UNITS)

# units a quantity is counted in (not 年/天/个 alone after 十: 十年树人, 五十六个民族)
_UNITS = (
    "平方米|立方米|人次|万元|亿元|元|人|名|所|项|间|套|台|辆|册|家|户|座|亩|公里|千米|米|班|节|场|篇|张|"
    # (十四个百分点, 二十分钟, 二十七起: round ba's R beside 91%, 48.6万人)
    "件|处|条|个百分点|分钟|学时|课时|起|次|个"
    # (送教活动四十三场, 警示牌四十六块 beside 1100余户: round bn's R, stop 62)
    "|场|块|批"
    # (树木倒伏四百余棵 beside 31所: round bs's 23, R)
    "|棵|株"
    # (停课四十三校次 beside 预警11次: round bd's R)
    "|校次|班次|户次"
)
# (not after 点: 二点三亿元 is one quantity, 2.3亿元, never 二点 and 3亿元)
_QUANTITY_IN_WORDS = re.compile(
    # (六千九百余人: 6900余人, round ba's R beside 3240个)
    # (三千一百多名: 3100多名, round bm's R; 专业点四十二个: the 点 of a noun, not a decimal's)
    rf"(?<![第{_NUMERAL_CHARS}])(?<![{_NUMERAL_CHARS}]点)"
    rf"(?P<numeral>[{_NUMERAL_CHARS}]{{2,}})(?P<about>余|多)?(?P<unit>{_UNITS})"
)
# a quantity with a decimal point in words: 二点三亿元, 一点五万平方米, 十二点五万元
_WHOLE_CHARS = "".join(_DIGITS) + "".join(_SMALL_UNITS)
_DECIMAL_IN_WORDS = re.compile(
    rf"(?<![第点{_NUMERAL_CHARS}])(?P<whole>[{_WHOLE_CHARS}]+)点(?P<fraction>[{''.join(_DIGITS)}]+)"
    # a score with a decimal (提高十一点二分 beside 3.6个百分点: round ba's R) is a figure; 分
    # alone after a whole number (十分) says "very"
    # (受教育年限十二点一年, 高零点二年: a decimal before 年 is a figure — round bn's R)
    # (教师平均年龄四十六点二岁 beside 84%: round dc's 01, R — "数字写法混用")
    rf"(?P<big>[万亿]?)(?P<unit>{_UNITS}|分|年|岁)"
)
# a percentage in words (百分之五十三点七): 53.7%, as the draft's other rates are written (round
# aw's R, three drafts: 上线率达到百分之五十三点七，比上年提高2.4个百分点 mixed two ways of writing)
_PERCENT_IN_WORDS = re.compile(
    rf"百分之(?P<whole>[{_WHOLE_CHARS}]+)(?:点(?P<fraction>[{''.join(_DIGITS)}]+))?"
    # (百分之十几, 百分之二十多: a rough share, never 10%几 — heldout-119's writer, stop 72)
    rf"(?![{_WHOLE_CHARS}几多余来])"
)
_TENS_ONLY_UNITS = frozenset(
    ["人", "名", "所", "人次", "平方米", "元", "万元", "亿元", "项", "间", "班"]
    # counted things a return names in tens (round ba's R: 二十一处, 三十七家 beside 96%)
    + [
        "处",
        "家",
        "套",
        "台",
        "辆",
        "座",
        "条",
        "件",
        "户",
        "册",
        "起",
        "次",
        "校次",
        "班次",
        "户次",
        "个百分点",
        "分钟",
        "学时",
        "课时",
        "场",
        "块",
        "批",
    ]
)
# 十 alone before a counted thing (城区十所中小学): 10所, as the draft's other counts (round ba's
# D: 十所…党建示范点 and 新创建党建示范校10所 could not be seen to be one figure)
_TEN_ALONE = re.compile(
    rf"(?<![第点{_NUMERAL_CHARS}])十(?P<unit>所|名|项|家|处|间|套|台|辆|座|条|户)"
)
# fixed expressions with a count in them, never figures
_FIXED_COUNTS = ("五十六个民族", "二十四个字")
# the two ends of a change or a range are written alike (round ba's R: 由上年的41个减少到九个,
# 由37家压减到两家, 每月发放二百至600元): the end in words follows the end in digits
_CHANGE_VERBS = "减少|下降|压减|降低|降|增加|提高|上升|增长|扩大"
_END_IN_WORDS = "一二两三四五六七八九十百千"
_CHANGE_TO_WORDS = re.compile(
    rf"(?P<before>\d[\d.]*(?P<unit>{_UNITS})(?:{_CHANGE_VERBS})(?:到|至))"
    rf"(?P<numeral>[{_END_IN_WORDS}]+)(?P=unit)"
)
# both ends in words (由上年的四十一个减少到九个): a change is a figure whatever its unit
_CHANGE_IN_WORDS = re.compile(
    rf"(?<![第点{_NUMERAL_CHARS}])(?P<first>[{_END_IN_WORDS}]{{2,}})(?P<unit>{_UNITS})"
    rf"(?P<verb>(?:{_CHANGE_VERBS})(?:到|至))(?P<numeral>[{_END_IN_WORDS}]+)(?P=unit)"
)
_TENS_OF_GE = re.compile(
    rf"(?<![第{_NUMERAL_CHARS}])(?<![{_NUMERAL_CHARS}]点)(?P<numeral>[{_END_IN_WORDS}]{{2,}})个(?![{_NUMERAL_CHARS}]|民族)"
)
# a count under ten of 个 that ends its clause (组建紧密型教育集团六个，覆盖学校31所: round ba's R),
# where the sentence counts in digits; 六个方面, 两个只增不减 count no figure
_ONES_OF_GE = re.compile(
    r"(?<=[\u4e00-\u9fff])(?<![第几这那每各一十百千万零〇两二三四五六七八九])(?<!其中)(?<!另)"
    # (一 before 所 only: 统一个, 唯一个 are no counts)
    # (提高三个百分点, 前移三位, 围墙倒塌六处 beside 62.4%, 4位, 19处: rounds bs and bt, R)
    r"(?:(?P<numeral>[二两三四五六七八九])(?P<unit>个百分点|个|所|处|位)|(?P<one>一)(?P<one_unit>所))"
    r"(?=[，；。、（）]|$)"
)
# a count under ten in words with the unit a count in digits of the same text has (排查隐患132项…
# 剩余六项; 提案37件，已办结34件，三件正在办理; 流失九人，比前年的23人): in digits too (round
# cg's 06, 02 and 07, R: "数字写法不一"); 个 is left to _ONES_OF_GE (三个课堂, 两个只增不减)
_ONES_OF_UNIT = re.compile(
    r"(?<![第几这那每各一十百千万零〇两二三四五六七八九\d.])(?<!其中)"
    r"(?P<numeral>[两二三四五六七八九])(?P<unit>项|件|人(?!次)|名|所|家|处|起|套|台|辆|座|户|间|场)"
)


def _one_of_unit_said(match: re.Match[str], text: str) -> str:
    """The count in digits where ``text`` counts the same unit in digits, else as written."""
    unit = match["unit"]
    if re.search(rf"\d{unit}(?!次)", text) is None:
        return match.group()
    return f"{_DIGITS[match['numeral']]}{unit}"


def _ones_of_a_unit_in_digits(text: str) -> str:
    return _ONES_OF_UNIT.sub(lambda match: _one_of_unit_said(match, text), text)


# a count of 个 in tens that ends its clause (现有教育集团六十八个，计划新组建十二个: round bs's 02,
# R) is a figure wherever it stands
_TENS_OF_GE_AT_END = re.compile(_TENS_OF_GE.pattern + r"(?=[，；。、])")
_RANGE_FROM_WORDS = re.compile(
    rf"(?<![第点{_NUMERAL_CHARS}])(?P<numeral>[{_END_IN_WORDS}]+)(?P<joint>至|到|—|-|～)"
    rf"(?P<after>\d[\d.]*(?:{_UNITS}))"
)
# 百分之百 after a rate or an attainment verb is the figure 100% (率已达到百分之百 beside 88.8%);
# elsewhere (百分之百地投入) it says "wholly" and stays
# (and right after a rate's name: 陪餐制度覆盖率百分之百 — round bk's 24, R)
_WHOLE_PERCENT = re.compile(r"(?<=[达到现持为占率])百分之百")


# a document's name with its count of articles (出台…减负十条, 印发…“新十条”): a name, not a figure
# (round bu's 12, R: 减负10条)
_DOCUMENT_MADE = re.compile(r"(?:出台|印发|制定|发布|推出|落实|贯彻)[^，；。]{0,16}$")


def _ten_said(match: re.Match[str]) -> str:
    if match["unit"] == "条" and _DOCUMENT_MADE.search(match.string[: match.start()]):
        return match.group()
    # a rule set's name (新时代教师职业行为十项准则, 十项规定): a title, not a count (round bx's
    # writer: validate said 10项准则)
    if match["unit"] == "项" and _RULES_NAMED.match(match.string[match.end() :]):
        return match.group()
    return "10" + match["unit"]


_RULES_NAMED = re.compile(r"(?:准则|规定|禁令|要求|措施|行动)")


def parse_numeral(numeral: str) -> int | None:
    """一亿一千三百万 → 113000000, 一万二 → 12000 (the clerk's short form), 七十六 → 76;
    None for what is no well-formed numeral (十四五, 五五)."""
    total, section, digit = 0, 0, None
    last_unit = 0
    for char in numeral:
        if char in _DIGITS:
            if digit is not None and _DIGITS[char] != 0 and digit != 0:
                return None  # two digits in a row: 十四五, 五五
            digit = _DIGITS[char]
        elif char in _SMALL_UNITS:
            unit = _SMALL_UNITS[char]
            section += (1 if digit is None else digit) * unit
            digit, last_unit = None, unit
        else:
            unit = _BIG_UNITS[char]
            section += digit or 0
            if section == 0:
                return None
            total = (total + section) * unit if unit > total else total + section * unit
            section, digit, last_unit = 0, None, unit
    if digit:
        # 一万二 is 12000 and 三百五 350: a last digit after a unit is one unit lower
        section += digit * (last_unit // 10 if last_unit >= 100 and numeral[-2] != "零" else 1)
    return total + section


# a date in words (三月十五日前, 九月底, 去年十一月): in digits, as the draft writes its other dates
# (round bl's R: 三月十五日前报省教育厅 beside 120名; round bn's R: 九月底前 beside 9月5日前). A
# month alone is turned only after 年 or before its day, 底, 初 or a 旬 (阳春三月 stays).
_MONTH_WORDS = r"十[一二]|[一二三四五六七八九十]"
_DATE_IN_WORDS = re.compile(
    rf"(?<![第{_NUMERAL_CHARS}])(?P<month>{_MONTH_WORDS})月"
    r"(?:(?P<day>[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])日|(?P<part>底|初|上旬|中旬|下旬))"
    rf"|(?<=年)(?P<alone>{_MONTH_WORDS})月"
)


# a year in words, digit by digit (二〇一九年): 2019年
_YEAR_IN_WORDS = re.compile(
    rf"(?<![{_NUMERAL_CHARS}])(?P<year>[一二][〇零一二三四五六七八九]{{3}})年"
)


_A_DATE_ALONE = re.compile(
    r"^\s*[〇零一二三四五六七八九十\d]*年?[一二三四五六七八九十\d]+月[一二三四五六七八九十\d]+日\s*$"
)


def _year(match: re.Match[str]) -> str:
    return "".join(str(_DIGITS[char]) for char in match["year"]) + "年"


def _date(match: re.Match[str]) -> str:
    if match["alone"]:
        return f"{parse_numeral(match['alone'])}月"
    day = f"{parse_numeral(match['day'])}日" if match["day"] else match["part"]
    return f"{parse_numeral(match['month'])}月{day}"


def _said(value: int, numeral: str) -> str:
    for word, unit in (("亿", 100_000_000), ("万", 10_000)):
        if word in numeral and value % (unit // 100) == 0:
            return f"{value / unit:.2f}".rstrip("0").rstrip(".") + word
    return str(value)


def _quantity(match: re.Match[str]) -> str:
    numeral, unit = match["numeral"], match["unit"]
    if _in_a_fixed_count(match):
        return match.group()
    large = any(char in numeral for char in "百千万亿")
    if not large and ("十" not in numeral or unit not in _TENS_ONLY_UNITS):
        return match.group()
    if match["about"] and not large:
        return match.group()  # 二十余项 is said as written
    value = parse_numeral(numeral)
    if value is None or value < 10:
        return match.group()
    return _said(value, numeral) + (match["about"] or "") + unit


def _number_said(whole: str, fraction: str) -> str | None:
    """二 and 三 → 2.3, 五十三 and "" → 53; None where the whole part is no numeral."""
    value = _DIGITS[whole] if len(whole) == 1 and whole in _DIGITS else parse_numeral(whole)
    if value is None:
        return None
    digits = "".join(str(_DIGITS[char]) for char in fraction)
    return f"{value}.{digits}" if digits else str(value)


def _decimal(match: re.Match[str]) -> str:
    """二点三亿元 → 2.3亿元; as written where the whole part is no numeral."""
    number = _number_said(match["whole"], match["fraction"])
    return match.group() if number is None else f"{number}{match['big']}{match['unit']}"


def _percent(match: re.Match[str]) -> str:
    """百分之五十三点七 → 53.7%; as written where the whole part is no numeral."""
    whole, fraction = match["whole"], match["fraction"] or ""
    if whole == "百" and not fraction:
        return match.group()  # 百分之百 is a way of saying "wholly", not a figure
    number = _number_said(whole, fraction)
    return match.group() if number is None else f"{number}%"


def _end_in_digits(numeral: str) -> str | None:
    value = _DIGITS.get(numeral) if len(numeral) == 1 else parse_numeral(numeral)
    return None if value is None else str(value)


def _change_end(match: re.Match[str]) -> str:
    said = _end_in_digits(match["numeral"])
    return match.group() if said is None else f"{match['before']}{said}{match['unit']}"


def _range_start(match: re.Match[str]) -> str:
    said = _end_in_digits(match["numeral"])
    if said is None:
        return match.group()
    return f"{said}{match['joint']}{match['after']}"


def _change_in_words(match: re.Match[str]) -> str:
    first, last = _end_in_digits(match["first"]), _end_in_digits(match["numeral"])
    if first is None or last is None or int(first) < 10:
        return match.group()
    unit = match["unit"]
    return f"{first}{unit}{match['verb']}{last}{unit}"


def _in_a_fixed_count(match: re.Match[str]) -> bool:
    """Whether the match lies inside a fixed expression of ``_FIXED_COUNTS`` where it stands
    (二十四个字; not 十四个 alone, which only the characters of 二十四个字 contain)."""
    text, start, end = match.string, match.start(), match.end()
    # an occurrence holding [start, end) begins at end - len or later and ends by start + len
    return any(
        text.find(fixed, max(0, end - len(fixed)), start + len(fixed)) >= 0
        for fixed in _FIXED_COUNTS
    )


def _tens_beside_digits(match: re.Match[str]) -> str:
    if _in_a_fixed_count(match):
        return match.group()
    value = parse_numeral(match["numeral"])
    return match.group() if value is None or value < 10 else f"{value}个"


def _ones_beside_digits(match: re.Match[str]) -> str:
    if match["one"]:
        return f"1{match['one_unit']}"
    return f"{_DIGITS[match['numeral']]}{match['unit']}"


def _ends_alike(text: str) -> str:
    """The end of a change or a range written in words, in digits where the other end is;
    a count of 个 in tens where the sentence counts in digits (56人以上班级四十一个: round ba's R)."""
    text = _CHANGE_IN_WORDS.sub(_change_in_words, text)
    text = _TENS_OF_GE_AT_END.sub(_tens_beside_digits, text)
    if not any(char.isdigit() for char in text):
        return text
    text = _TENS_OF_GE.sub(_tens_beside_digits, text)
    text = _ONES_OF_GE.sub(_ones_beside_digits, text)
    text = _ones_of_a_unit_in_digits(text)
    text = _CHANGE_TO_WORDS.sub(_change_end, text)
    return _RANGE_FROM_WORDS.sub(_range_start, text)


_LONE_QUANTITY = re.compile(
    rf"^(?P<numeral>[{_NUMERAL_CHARS}]{{2,}})(?P<about>余|多)?(?P<unit>{_UNITS})$"
)


def lone_quantity_in_digits(text: str) -> str:
    """A value that is one counted quantity in words and nothing else (撤并村小和教学点: 十一个), in
    digits as the clerk's point beside it is printed (round da's 01, D: …教学点11个，…，撤并村小和
    教学点十一个 — the figure was not seen as said); any other text as it is."""
    found = _LONE_QUANTITY.match(text.strip())
    value = parse_numeral(found["numeral"]) if found else None
    if found is None or value is None or value < 10:
        return text
    return _said(value, found["numeral"]) + (found["about"] or "") + found["unit"]


def arabic_quantities(text: str) -> str:
    """Every quantity in ``text`` written in Chinese numerals, in Arabic ones."""
    if "百分之" in text:
        text = _WHOLE_PERCENT.sub("100%", text)
        text = _PERCENT_IN_WORDS.sub(_percent, text)
    if "点" in text:
        text = _DECIMAL_IN_WORDS.sub(_decimal, text)
    # (a value that is a date and nothing else is the meeting's date: read by the date parser,
    # which names a day that does not exist)
    if not _A_DATE_ALONE.match(text):
        if "年" in text:
            text = _YEAR_IN_WORDS.sub(_year, text)
        if "月" in text:
            text = _DATE_IN_WORDS.sub(_date, text)
    if any(char in text for char in "十百千万亿"):
        text = _QUANTITY_IN_WORDS.sub(_quantity, text)
        text = _TEN_ALONE.sub(_ten_said, text)
    return _ends_alike(text)


def turned_quantities(text: str) -> list[tuple[str, str]]:
    """The quantities arabic_quantities turns in ``text``, each as written and as said."""
    percents = [(match.group(), _percent(match)) for match in _PERCENT_IN_WORDS.finditer(text)]
    text = _PERCENT_IN_WORDS.sub(_percent, text)
    decimals = ((match.group(), _decimal(match)) for match in _DECIMAL_IN_WORDS.finditer(text))
    whole = ((match.group(), _quantity(match)) for match in _QUANTITY_IN_WORDS.finditer(text))
    said_all = [*percents, *decimals, *whole]
    if _WHOLE_PERCENT.search(text):
        said_all.append(("百分之百", "100%"))
    said_all.extend((m.group(), _ten_said(m)) for m in _TEN_ALONE.finditer(text))
    if not _A_DATE_ALONE.match(text):
        said_all.extend((m.group(), _year(m)) for m in _YEAR_IN_WORDS.finditer(text))
        said_all.extend((m.group(), _date(m)) for m in _DATE_IN_WORDS.finditer(text))
    said_all.extend((m.group(), _tens_beside_digits(m)) for m in _TENS_OF_GE_AT_END.finditer(text))
    digits = arabic_quantities(text)
    if any(char.isdigit() for char in digits):
        said_all.extend((m.group(), _tens_beside_digits(m)) for m in _TENS_OF_GE.finditer(text))
        said_all.extend((m.group(), _ones_beside_digits(m)) for m in _ONES_OF_GE.finditer(text))
        said_all.extend(
            (m.group(), _one_of_unit_said(m, digits)) for m in _ONES_OF_UNIT.finditer(text)
        )
    said_all.extend(_ends_turned(text))
    turned = [(written, said) for written, said in said_all if said != written]
    # a change is shown by its two ends, not again end by end
    unique = list(dict.fromkeys(turned))
    return [
        (written, said)
        for written, said in unique
        if not any(
            other != written and written in other and said in other_said
            for other, other_said in unique
        )
    ]


def _ends_turned(text: str) -> list[tuple[str, str]]:
    words = [(match.group(), _change_in_words(match)) for match in _CHANGE_IN_WORDS.finditer(text)]
    text = _CHANGE_IN_WORDS.sub(_change_in_words, _QUANTITY_IN_WORDS.sub(_quantity, text))
    changes = [
        (match["numeral"] + match["unit"], _change_end(match)[len(match["before"]) :])
        for match in _CHANGE_TO_WORDS.finditer(text)
    ]
    ranges = [
        (match["numeral"], _range_start(match).split(match["joint"])[0])
        for match in _RANGE_FROM_WORDS.finditer(text)
    ]
    return words + changes + ranges
