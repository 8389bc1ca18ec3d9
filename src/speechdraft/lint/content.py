"""Content rules: what a clerk's edits and copies leave inside the sentences.

Broken insertions (不低于提高到…, 会上，会议…), deadlines the meeting date has already
passed, terms used outside their years (the shared table in norms.py) and stale plenum
lists, copy-over review years (今年，…取得了 in a February speech), amounts and units,
orders a speaker cannot give, and — with a profile — commitments the profile does not
contain. Each rule is ``(CheckInput) -> list[Finding]`` like those in checks.py.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Iterator

from speechdraft.lint.checks import ERROR, WARNING, CheckInput, Finding, excerpt, is_junk
from speechdraft.norms import (
    DatedTerm,
    PartyCalendar,
    load_party_calendar,
    load_rules,
    load_terms,
    terms_out_of_window,
)


def _body(data: CheckInput) -> Iterator[tuple[int, str]]:
    for index, text in enumerate(data.draft.paragraphs):
        if not is_junk(text):
            yield index, text


def _sentence_span(text: str, position: int) -> tuple[int, int]:
    start = max(text.rfind(p, 0, position) for p in "。！？；") + 1
    ends = [e for e in (text.find(p, position) for p in "。！？；") if e >= 0]
    return start, (min(ends) + 1 if ends else len(text))


# --- broken insertions ---------------------------------------------------------------

_COMPARATOR = r"(?:不低于|不少于|不超过|不高于|低于|高于|达到|提高到|提升到|增加到|增长到|降低到|下降到|控制在|保持在)"
_DOUBLED_COMPARATOR = re.compile(rf"{_COMPARATOR}{_COMPARATOR}")
_OVER_FULL = re.compile(r"(?:不低于|不少于|高于|超过)\s*100(?:\.0+)?\s*%")
_AIM_AT_FIGURE = re.compile(r"力争实现\s*\d+(?:\.\d+)?\s*%")
_DOUBLED_SUBJECT = re.compile(r"会上[，,]\s*会议|会议上[，,]\s*会议|本次会议[，,]\s*会议")
# A sentence that is only a label and a figure: 本科上线1387人。 left after an edit.
_FRAGMENT = re.compile(
    r"(?:^|(?<=[。！？]))([\u4e00-\u9fff]{2,6}\d+(?:\.\d+)?(?:人次|人|所|个|名|项|万元|亿元|%))。"
)
# A verb of its own makes it a sentence (新招聘教师156名。), not a left-over figure.
_FRAGMENT_VERB = re.compile(
    r"达到|达|为|是|完成|实现|增加|新增|提高|投资|招聘|整改|培训|建成|新建|改造|发放|资助"
)


def check_insertions(data: CheckInput) -> list[Finding]:
    findings = []
    for index, text in _body(data):
        for regex, severity, message in (
            (
                _DOUBLED_COMPARATOR,
                ERROR,
                "两个比较词叠在一个数上（改稿时插入后没删干净），只留一个",
            ),
            (_OVER_FULL, ERROR, "“不低于/高于100%”说不通：写“达到100%”或“实现全覆盖”"),
            (_AIM_AT_FIGURE, WARNING, "“力争实现”后直接跟了数字，缺了指标名：写成“××率力争达到…”"),
            (_DOUBLED_SUBJECT, ERROR, "句首主语重复（“会上”和“会议”只留一个）"),
        ):
            for m in regex.finditer(text):
                findings.append(
                    Finding(
                        "insertion", severity, message, index, excerpt(text, m.start(), m.end())
                    )
                )
        for m in _FRAGMENT.finditer(text):
            if (m.start(1) == 0 and len(text) == m.end()) or _FRAGMENT_VERB.search(m.group(1)):
                continue  # a one-line figure is a table row; with a verb it is a sentence
            findings.append(
                Finding(
                    "insertion",
                    WARNING,
                    f"“{m.group(0)}”只剩一个数字，没有主语和谓语：补全句子或并入上一句",
                    index,
                    excerpt(text, m.start(1), m.end()),
                )
            )
    return findings


# --- deadlines against the calendar --------------------------------------------------------

_DEADLINE = re.compile(
    r"(?:(20\d{2})\s*年\s*)?(\d{1,2})\s*月\s*(?:底|末|上旬|中旬|下旬|份|\d{1,2}\s*日)?\s*(?:前|之前)"
)
_ORDERS = re.compile(r"要|务必|必须|确保|力争|须|抓紧|尽快|应当|应于|于")
_NEXT_YEAR = re.compile(r"明年|次年|下一年|来年|下一年度")
_DONE = re.compile(r"了|已经|已")


def check_deadlines(data: CheckInput) -> list[Finding]:
    when = data.meeting.date
    if when is None:
        return []
    findings = []
    for index, text in _body(data):
        for m in _DEADLINE.finditer(text):
            start, end = _sentence_span(text, m.start())
            sentence = text[start:end]
            before = text[max(start, m.start() - 12) : m.start()]
            if _NEXT_YEAR.search(before) or not _ORDERS.search(sentence):
                continue
            if re.search(r"每年(?:的)?$|每学年(?:的)?$", before):
                continue  # 每年6月底前: a yearly deadline, next due after the meeting
            if _DONE.search(text[m.end() : end]):
                continue  # 6月底前完成了…: a report of what was done
            year = int(m.group(1)) if m.group(1) else when.year
            month = int(m.group(2))
            if not 1 <= month <= 12 or (year, month) >= (when.year, when.month):
                continue
            findings.append(
                Finding(
                    "deadline",
                    ERROR,
                    f"期限“{m.group(0)}”在会议日期（{when.year}年{when.month}月{when.day}日）之前，"
                    "已经过了：改为会后的日期，或改写成已完成的事",
                    index,
                    excerpt(text, m.start(), m.end()),
                )
            )
        findings += _awards_during_teachers_day(data, index, text, when)
    return findings


_TEACHERS_DAY_AWARDS = re.compile(r"教师节期间[^。；]{0,30}(?:颁发|表彰|授予|评选|颁奖)")


def _awards_during_teachers_day(
    data: CheckInput, index: int, text: str, when: datetime.date
) -> list[Finding]:
    """A 教师节 meeting is itself held 教师节期间: awards 'to be given then' are the meeting's."""
    if not (when.month == 9 and when.day <= 15) and data.meeting.kind != "teachers_day":
        return []
    return [
        Finding(
            "deadline",
            WARNING,
            "教师节大会本身就在教师节期间：“教师节期间颁发/表彰”应改为“今天（本次大会上）”或写明会后的时间",
            index,
            excerpt(text, m.start(), m.end()),
        )
        for m in _TEACHERS_DAY_AWARDS.finditer(text)
    ]


# --- terms out of their years -----------------------------------------------------------

_PLAN_TERM = re.compile(r"^十[二三四五六七]五$")  # the plan-phase rule reads these by year
_PLENUM_LIST = re.compile(r"(十[八九]|二十)届((?:[一二三四五六七八九]中(?:全会)?[、和及]?)+)全会")


def _terms() -> tuple[DatedTerm, ...]:
    return tuple(t for t in load_terms() if t.in_check and not _PLAN_TERM.match(t.term))


def check_dated_terms(data: CheckInput) -> list[Finding]:
    when = data.meeting.date or (datetime.date(data.year, 7, 1) if data.year is not None else None)
    if when is None:
        return []
    findings = []
    year_only = data.meeting.date is None
    for index, text in _body(data):
        for hit in terms_out_of_window(text, when, _terms()):
            if _awaited(text, hit.start, hit.end):
                continue
            if year_only and not _out_all_year(hit.term, when.year):
                continue  # only the year is known: flag a term only if the whole year misses it
            findings.append(
                Finding(
                    "dated-term",
                    ERROR,
                    f"{hit}（会议是{when.year}年）",
                    index,
                    excerpt(text, hit.start, hit.end),
                )
            )
        findings += _stale_plenums(index, text, when, load_party_calendar())
    return findings


def _awaited(text: str, start: int, end: int) -> bool:
    """以优异成绩迎接党的二十大胜利召开: a congress named before it meets, as one awaited."""
    return bool(re.search(r"迎接[^，。；]{0,4}$", text[max(0, start - 8) : start])) or text[
        end : end + 6
    ].startswith(("胜利召开", "召开"))


def _out_all_year(term: str, year: int) -> bool:
    dated = next(t for t in _terms() if t.term == term)
    return not (
        dated.contains(datetime.date(year, 1, 1)) or dated.contains(datetime.date(year, 12, 31))
    )


def _stale_plenums(
    index: int, text: str, when: datetime.date, calendar: PartyCalendar
) -> list[Finding]:
    """二十届二中、三中全会精神 in a 2026 speech: a later plenum has been held since."""
    findings = []
    for m in _PLENUM_LIST.finditer(text):
        session = f"{m.group(1)}届"
        named = [f"{session}{n}中全会" for n in re.findall(r"([一二三四五六七八九])中", m.group(2))]
        held = [p for p in calendar.plenums if p.name.startswith(session) and p.closed < when]
        unheld = [n for n in named if n not in {p.name for p in held}]
        later = [
            p.name
            for p in held
            if p.substantive and named and _plenum_order(p.name) > _plenum_order(named[-1])
        ]
        if unheld:
            message = f"“{'、'.join(unheld)}”在{when.year}年{when.month}月还没有召开：请核对"
        elif later and "精神" in text[m.end() : m.end() + 4]:
            message = (
                f"全会列举已过时：{when.year}年{when.month}月开会前已召开{later[-1]}，"
                f"应写“{session}历次全会精神”或补上{later[-1]}"
            )
        else:
            continue
        findings.append(
            Finding("dated-term", ERROR, message, index, excerpt(text, m.start(), m.end()))
        )
    return findings


def _plenum_order(name: str) -> int:
    m = re.search(r"([一二三四五六七八九])中全会", name)
    return "一二三四五六七八九".index(m.group(1)) if m else -1


# --- copy-over review years ----------------------------------------------------------------

_RESULTS = re.compile(r"取得了|完成了|实现了|圆满完成|成绩|成效|成果|双提升|攻坚克难")
_PLANS = re.compile(r"将|要|继续|力争|确保|计划|争取|努力")
_REVIEW_HEADING = re.compile(r"回顾|过去一年|一年来|工作成效|主要成绩|取得的成绩")


def check_review_year(data: CheckInput) -> list[Finding]:
    """今年，…取得了 / 2026年，…圆满完成 in the review of a speech early in 2026: last
    year's draft kept its 今年. Only sentences that open with the year and report results."""
    if data.year is None:
        return []
    early = data.meeting.date is not None and data.meeting.date.month <= 4
    review = _review_paragraphs(data)
    opener = re.compile(rf"(?:^|(?<=[。！？；]))(今年|{data.year}\s*年)[，,]")
    findings = []
    for index, text in _body(data):
        if not (early or index in review):
            continue
        for m in opener.finditer(text):
            _, end = _sentence_span(text, m.start() + 1)
            said = text[m.end() : end]
            if not _RESULTS.search(said) or _PLANS.search(said[:12]):
                continue  # 今年，局党组将继续…: this year's plan, rightly 今年
            findings.append(
                Finding(
                    "stale-year",
                    ERROR,
                    f"回顾的是{data.year - 1}年的成绩，这里却写“{m.group(1)}”：可能沿用了去年的稿子，"
                    f"应改为“{data.year - 1}年”或“过去一年”",
                    index,
                    excerpt(text, m.start(1), m.end()),
                )
            )
    return findings


def _review_paragraphs(data: CheckInput) -> set[int]:
    """Paragraph numbers inside a part whose heading says it reviews the past year."""
    tops = [h for h in data.outline.headings if h.level == 1]
    inside: set[int] = set()
    for number, heading in enumerate(tops):
        if _REVIEW_HEADING.search(heading.title) or str((data.year or 0) - 1) in heading.title:
            end = (
                tops[number + 1].paragraph if number + 1 < len(tops) else len(data.draft.paragraphs)
            )
            inside |= set(range(heading.paragraph + 1, end))
    return inside


# --- amounts and units -----------------------------------------------------------------------

_TEN_THOUSANDS = re.compile(r"(?<![\d.])(\d{1,3}(?:[,，]\d{3})+|\d{5,})(?:\.\d+)?\s*万元")
_RATE_OVER_100 = re.compile(
    r"(率|比例|占比|比重)[^，。；、]{0,6}?(?:达到|达|为|是|保持在|提高到|提升到)\s*(\d{3,}(?:\.\d+)?)\s*%"
)


def check_amounts(data: CheckInput) -> list[Finding]:
    findings = []
    for index, text in _body(data):
        for m in _TEN_THOUSANDS.finditer(text):
            value = float(re.sub(r"[,，]", "", m.group(1)))
            if value < 10000:
                continue
            findings.append(
                Finding(
                    "amount",
                    WARNING,
                    f"“{m.group(0)}”超过一万万元，应写作{_yi(value)}亿元",
                    index,
                    excerpt(text, m.start(), m.end()),
                )
            )
        for m in _RATE_OVER_100.finditer(text):
            if float(m.group(2)) <= 100:
                continue
            findings.append(
                Finding(
                    "amount",
                    ERROR,
                    f"{m.group(1)}不可能超过100%（写的是{m.group(2)}%）：请核对数字",
                    index,
                    excerpt(text, m.start(), m.end()),
                )
            )
    return findings


def _yi(ten_thousands: float) -> str:
    return f"{ten_thousands / 10000:.4f}".rstrip("0").rstrip(".")


# --- authority and level ---------------------------------------------------------------------

# Departments a town (乡镇) does not have: staffing, personnel, cyberspace, development.
_TOWN_MISSING = r"(?:编制|编办|人社|人力资源和社会保障|网信|发改|发展改革)"
_TOWN_DEPARTMENTS = re.compile(
    rf"[镇乡](?:党委|政府)?{_TOWN_MISSING}(?:[、和及]{_TOWN_MISSING})*(?:部门|局|办)"
)
_BUREAU_SPEAKER = re.compile(r"教育局|教体局|教育体育局|教育厅|教育和体育局|局长|局党组|局党委")
_ORDERING_SUPERIOR = re.compile(
    r"(?:^|(?<=[。；，：]))((?:[县区市州旗省盟]|自治区党)委|(?:[县区市州旗省盟]|自治区人民)政府)"
    r"(?:要|必须|务必|应当|要求)"
)


def check_authority(data: CheckInput) -> list[Finding]:
    findings = []
    speaker = data.meeting.speaker_title or _stated_speaker(data)
    bureau = bool(speaker and _BUREAU_SPEAKER.search(speaker)) or data.meeting.kind == "work_report"
    for index, text in _body(data):
        if data.level == "town":
            for m in _TOWN_DEPARTMENTS.finditer(text):
                findings.append(
                    Finding(
                        "authority",
                        ERROR,
                        f"乡镇没有“{m.group(0)[1:]}”这样的部门，也不能给上级部门布置任务："
                        "改为“积极争取县（区）有关部门支持”",
                        index,
                        excerpt(text, m.start(), m.end()),
                    )
                )
        if bureau:
            findings += _orders_to_superiors(index, text)
    return findings


def _orders_to_superiors(index: int, text: str) -> list[Finding]:
    """One finding per sentence, naming every superior it orders: 县委要…，县政府要…"""
    by_sentence: dict[int, list[re.Match[str]]] = {}
    for m in _ORDERING_SUPERIOR.finditer(text):
        by_sentence.setdefault(_sentence_span(text, m.start(1))[0], []).append(m)
    findings = []
    for matches in by_sentence.values():
        names = "、".join(dict.fromkeys(m.group(1) for m in matches))
        findings.append(
            Finding(
                "authority",
                ERROR,
                f"教育部门的讲话不能给{names}布置任务：改为“提请{names}…”或“积极争取{names}支持”",
                index,
                excerpt(text, matches[0].start(1), matches[-1].end()),
            )
        )
    return findings


def _stated_speaker(data: CheckInput) -> str | None:
    """The speaker line under the title: 县教育局局长　钟文斌."""
    for text in data.draft.paragraphs[1:5]:
        if len(text) <= 40 and re.search(
            r"(?:局长|书记|县长|区长|市长|州长|旗长|省长|主席|镇长)", text
        ):
            return text
    return None


# --- commitments the profile does not contain ----------------------------------------------

_COMMITMENT = re.compile(
    r"\d{1,2}\s*月\s*(?:底|末|上旬|中旬|下旬|\d{1,2}\s*日)?\s*前"
    r"|每(?:学期|学年|年|季度|月|周|天)(?:至少|不少于)?\s*[\d一二两三四五六七八九十]+\s*(?:次|节|课时|小时|天)"
    r"|(?:不少于|不低于|不超过|至少|达到)\s*\d+(?:\.\d+)?\s*(?:%|个月|个|所|名|人|次|节|课时|小时|天|万元|亿元)"
)


def check_unsourced(data: CheckInput) -> list[Finding]:
    """Deadlines, frequencies and quotas in the draft that the profile never states."""
    source = data.meeting.profile_text
    if source is None:
        return []
    findings = []
    national = _national_rules_text()
    for index, text in _body(data):
        suggested = [m.span() for m in _SUGGESTION.finditer(text)]
        for m in _COMMITMENT.finditer(text):
            figure = re.search(r"\d+(?:\.\d+)?", m.group(0))
            core = re.sub(r"\s+", "", m.group(0))
            if core in source or (figure and _figure_in(figure.group(0), m.group(0), source)):
                continue
            if core in national or any(s <= m.start() < e for s, e in suggested):
                continue  # a national rule as quoted, or a visible 【建议】 for the clerk to decide
            findings.append(
                Finding(
                    "unsourced",
                    WARNING,
                    f"“{core}”在会议信息文件里找不到出处：请核实后再定稿，或删去这一承诺",
                    index,
                    excerpt(text, m.start(), m.end()),
                )
            )
    return findings


# A visible suggestion is a source of its own: the clerk sees it marked and decides.
_SUGGESTION = re.compile(r"【建议：[^】]*】")


def _national_rules_text() -> str:
    """Every national rule the norms file quotes, joined: a quota said as the rule says it
    (每5年累计不少于6个月) comes from the rule, not from nowhere."""
    return "\n".join(re.sub(r"\s+", "", rule.text) for rule in load_rules())


def _figure_in(number: str, commitment: str, source: str) -> bool:
    """The same number with the same unit (or month) somewhere in the profile."""
    unit = re.sub(r"^.*?\d+(?:\.\d+)?\s*", "", commitment)[:1]
    with_unit = rf"(?<![\d.]){re.escape(number)}\s*{re.escape(unit)}"
    # a fact's value in the profile carries no unit (公办园数: 64): the unit is the catalogue's
    as_value = rf":\s*['\"]?{re.escape(number)}['\"]?\s*(?:#.*)?$"
    return bool(re.search(with_unit, source) or re.search(as_value, source, re.MULTILINE))


CONTENT_RULES: tuple[Callable[[CheckInput], list[Finding]], ...] = (
    check_insertions,
    check_deadlines,
    check_dated_terms,
    check_review_year,
    check_amounts,
    check_authority,
    check_unsourced,
)
