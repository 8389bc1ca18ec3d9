"""Warnings about values that are valid but probably not what the clerk meant.

A percentage of 0.92, a county whose speaker is 市长, a 2025 meeting that signs 2026年度
letters, the same area twice, a profile with no content at all: each passes the model,
and each would print a wrong or empty draft without a word. None stops rendering; each
is reported with its place so the clerk can look.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from speechdraft.errors import Problem
from speechdraft.figures import (
    COUNT_CHECK,
    UNTOLD,
    below_reached,
    count_untold,
    fact_state,
    half_width_digits,
    is_declined,
    leading_number,
    reached_check,
    results_text,
    told_rates,
    typeset,
    with_unit,
)
from speechdraft.genre import LEVELS, teachers_day_number
from speechdraft.intake.loading import LoadedProfile
from speechdraft.intake.values import PLAIN_AREA
from speechdraft.norms import terms_out_of_window

if TYPE_CHECKING:  # a render checks the profile without pydantic (intake/quick.py)
    from speechdraft.intake.profile import FactValue, Profile
from speechdraft.phrasebank import Area, FactSpec, PhraseBank
from speechdraft.seasons import plan_date_misfit

Loc = tuple[str | int, ...]

# The last characters of a place name or a title that name an administrative level.
_LEVEL_SUFFIXES: dict[str, tuple[str, ...]] = {
    "county": ("县", "自治县"),
    "district": ("区",),
    "county_city": ("市",),
    "city": ("市", "盟"),
    "banner": ("旗", "自治旗"),
    "prefecture": ("州", "自治州", "盟"),
    "province": ("省",),
    "autonomous_region": ("自治区",),
    "town": ("镇", "乡", "街道", "苏木"),
}
_PLACE_UNITS = "县区市旗州省镇乡"
_TITLE_PREFIXES = ("常务副", "副")
_PERCENT_WORDS = ("率", "占比", "比例", "比重")


def with_plausibility_warnings(loaded: LoadedProfile, bank: PhraseBank) -> LoadedProfile:
    """The loaded profile with these warnings added to the loader's, in file order."""
    warnings = sorted((*loaded.warnings, *plausibility_warnings(loaded, bank)), key=_file_order)
    return replace(loaded, warnings=tuple(warnings))


def _file_order(problem: Problem) -> tuple[int, int]:
    return problem.line or 0, problem.column or 0


def plausibility_warnings(loaded: LoadedProfile, bank: PhraseBank) -> list[Problem]:
    warnings = [
        *_figure_warnings(loaded, bank),
        *_level_warnings(loaded),
        *_year_warnings(loaded),
        *_teachers_day_count_warnings(loaded),
        *_repeated_area_warnings(loaded),
        *_empty_content_warnings(loaded),
        *_plan_date_warnings(loaded),
        *_term_warnings(loaded),
        *_below_reached_warnings(loaded, bank),
        *_weekday_warnings(loaded),
    ]
    return sorted(warnings, key=_file_order)


# a day with its weekday, as a checklist writes it (3月2日（星期一）, 9月10日（周三）)
_DAY_WITH_WEEKDAY = re.compile(
    r"(?:(?P<year>\d{4})年)?(?P<month>\d{1,2})月(?P<day>\d{1,2})日[（(](?:星期|周|礼拜)(?P<wd>[一二三四五六日天])[)）]"
)
_WEEKDAYS = "一二三四五六日"


def _weekday_warnings(loaded: LoadedProfile) -> Iterator[Problem]:
    """A weekday the clerk wrote that the date does not fall on (round bs's 18, F: 2031年3月2日
    is a Sunday, the checklist said 星期一 and the draft read it out). A date with no year is
    taken in the meeting's year."""
    profile = loaded.profile
    texts = [
        *_clerks_texts(profile),
        *((("preceding", i), t) for i, t in enumerate(profile.preceding)),
    ]
    for loc, text in texts:
        for found in _DAY_WITH_WEEKDAY.finditer(text):
            year = int(found["year"] or profile.meeting_year)
            try:
                day = datetime.date(year, int(found["month"]), int(found["day"]))
            except ValueError:
                continue
            written = "日" if found["wd"] == "天" else found["wd"]
            actual = _WEEKDAYS[day.weekday()]
            if written != actual:
                yield loaded.problem(
                    loc,
                    f"{day.year}年{day.month}月{day.day}日是星期{actual}，这里写的是星期{written}："
                    "请核对日期或星期",
                )


def _below_reached_warnings(loaded: LoadedProfile, bank: PhraseBank) -> Iterator[Problem]:
    """A key task's target rate below the level the year's results say is reached
    (参与率 95% after 学生参与率达到96%): the draft marks it 【待核】, the clerk is told where."""
    reached = results_text(loaded.profile.review.achievements)
    if not reached:
        return
    for loc, label, value, unit in _facts(loaded.profile, bank):
        if loc[0] != "priorities":
            continue
        above = below_reached(label, value, unit, reached)
        if above:
            yield loaded.problem(
                loc,
                f"今年的目标“{str(value).strip()}”低于上年成绩里已经达到的{above}："
                f"稿中照写并标出“{reached_check(above)}”；"
                f"请核对目标，或写成“保持在…以上”",
            )


def _clerks_texts(profile: Profile) -> Iterator[tuple[Loc, str]]:
    """Every sentence the clerk wrote that the draft says as written, with its place."""
    targets = profile.targets
    if targets.guideline:
        yield ("targets", "guideline"), targets.guideline
    yield from ((("targets", "items", i), t) for i, t in enumerate(targets.items))
    for i, achievement in enumerate(profile.review.achievements):
        yield from (
            (("review", "achievements", i, "points", j), t)
            for j, t in enumerate(achievement.points)
        )
    yield from ((("review", "problems", i), t) for i, t in enumerate(profile.review.problems))
    sections: list[tuple[str, int, str | None, list[str]]] = [
        ("priorities", i, p.title, p.points) for i, p in enumerate(profile.priorities)
    ]
    sections += [
        ("safeguards", i, s.title, s.points) for i, s in enumerate(profile.safeguards or ())
    ]
    for field, i, title, points in sections:
        if title:
            yield (field, i, "title"), title
        yield from (((field, i, "points", j), t) for j, t in enumerate(points))


def _term_warnings(loaded: LoadedProfile) -> Iterator[Problem]:
    """A dated term in the clerk's own words outside its years (按照第三期学前教育行动计划 at a
    February 2017 meeting, two months before that plan): the draft says the clerk's words as
    written, so the clerk is told where to check (round as's Y)."""
    when = loaded.profile.meeting.date
    for loc, text in _clerks_texts(loaded.profile):
        hit = next(iter(terms_out_of_window(text, when)), None)
        if hit is not None:
            yield loaded.problem(loc, f"{hit}；稿中照写您的原文，请核对")


def _facts(profile: Profile, bank: PhraseBank) -> Iterator[tuple[Loc, str, FactValue, str]]:
    """(place, label, value, catalogue unit) of every fact and review figure."""
    for index, achievement in enumerate(profile.review.achievements):
        for label, value in achievement.figures.items():
            yield ("review", "achievements", index, "figures", label), label, value, ""
    sections: list[tuple[str, int, dict[str, FactValue], Area | None]] = [
        ("priorities", i, p.facts, bank.find_area(p.area)) for i, p in enumerate(profile.priorities)
    ]
    sections += [
        ("safeguards", i, s.facts, bank.find_safeguard(s.area))
        for i, s in enumerate(profile.safeguards or ())
    ]
    for field, index, facts, area in sections:
        for label, value in facts.items():
            spec = (area.fact(label) if area else None) or _field_elsewhere(bank, label)
            yield (field, index, "facts", label), label, value, spec.unit if spec else ""


def _field_elsewhere(bank: PhraseBank, name: str) -> FactSpec | None:
    """The field as another area defines it: the draft reads a fact filed under another
    area with that field's unit (compose.context._unit_elsewhere), so the warning does too."""
    return bank.fact_anywhere(name)


def _figure_warnings(loaded: LoadedProfile, bank: PhraseBank) -> Iterator[Problem]:
    for loc, label, value, unit in _facts(loaded.profile, bank):
        if isinstance(value, str) and not value.strip():
            continue
        message = _figure_message(label, value, unit)
        if message:
            yield loaded.problem(loc, message)


# 1,620 or 12，000: official documents print whole numbers without group separators.
_GROUPED = re.compile(r"\d{1,3}(?:[,，]\d{3})+(?!\d)")


# 286亿元，同比增长5.3% ends with a percent but its figure is 286亿元: only a percent sign
# right after the first number makes the value a rate (round ao's writer: a false 超过了100%).
_FIRST_NUMBER_PERCENT = re.compile(r"^\D*?\d+(?:\.\d+)?\s*[%％]")


def _leading_is_percent(value: FactValue) -> bool:
    return isinstance(value, str) and bool(_FIRST_NUMBER_PERCENT.match(half_width_digits(value)))


def _figure_message(label: str, value: FactValue, unit: str) -> str | None:
    if isinstance(value, str) and (grouped := _GROUPED.search(value)):
        plain = re.sub(r"[,，]", "", grouped.group())
        return (
            f"“{value}”用了千分位逗号：公文中的数字一般不加逗号，建议写成“{plain}”"
            f"（稿中已印成“{plain}”，会议信息文件保留您写的）"
        )
    number = leading_number(value)
    shown = value if isinstance(value, str) else f"{value:g}"
    if number is not None and number < 0:
        return f"“{shown}”是负数，请核对；若是减少了，请写成文字，如“减少3{unit or '个'}”"
    is_percent = unit == "%" or _leading_is_percent(value)
    if number is not None and (is_percent or label.endswith(_PERCENT_WORDS)):
        if 0 < number < 1 and "." in str(value):
            return (
                f"“{shown}”像是小数写法，稿中会印成“{with_unit(str(shown), unit)}”："
                f"若指 {number * 100:g}%，请写 {number * 100:g}"
            )
        if number > 100 and "增" not in label:
            return f"“{shown}”超过了 100%，请核对是否多打了一位数字"
    printed = with_unit(value, unit) if isinstance(value, str) else str(value)
    if printed != value and not printed.removesuffix(unit).replace(".", "").isdigit():
        return f"“{value}”没有写单位，已按目录补上“{unit}”，稿中印成“{printed}”；如不对请写明单位"
    return None


def catalogue_unit_notes(loaded: LoadedProfile, bank: PhraseBank) -> list[Problem]:
    """Each sum typed as a bare number, with the unit the catalogue reads it in and the
    mark the draft prints: a note, not a warning (the draft is made). A figure collected
    from a form (``sources:``) has its unit from the form's column: no note."""
    notes = []
    collected = {
        key.rsplit("/", 1)[-1]
        for key in loaded.profile.sources
        if key.startswith(("priorities/", "safeguards/"))
    }
    told = told_rates(
        loaded.profile.targets.items,
        (name for a in loaded.profile.review.achievements for name in a.figures),
        (f for a in loaded.profile.review.achievements for f in a.figures.items()),
    )
    for loc, label, value, unit in _facts(loaded.profile, bank):
        if loc[0] != "review" and is_declined(value, unit):
            notes.append(loaded.problem(loc, _declined_message(value, label)))
            continue
        if (
            loc[0] == "priorities"
            and fact_state(label, value, unit, told, label in collected) == UNTOLD
        ):
            notes.append(loaded.problem(loc, _untold_rate_message(value)))
        elif loc[0] == "priorities" and count_untold(label, value, unit, told, label in collected):
            notes.append(loaded.problem(loc, _untold_count_message(value, unit)))
        if label in collected:
            continue
        message = _money_unit_message(value, unit)
        if message:
            notes.append(loaded.problem(loc, message))
    return notes


# A sum typed as a bare number is right or wrong by ten thousand times, and neither the
# clerk nor a reader of the draft can see which (round v's A: 一般公共预算教育支出: 4.6
# printed as 4.6亿元; round ah's A: 4,200 printed as 4200万元, "万元是工具补的，需核"). The
# draft prints the number with a visible 【待核：单位是否为万元】 (context._value_text), counted
# in the summary line; the clerk is told where, and how to write the unit.
_MONEY_UNITS = ("元", "万元", "亿元")
_BARE_SUM = re.compile(r"^\d{1,3}(?:[,，]\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")


def _untold_rate_message(value: FactValue) -> str:
    """How the clerk says whether a key task's rate is this year's aim or the present."""
    shown = str(value).strip().rstrip("%％")
    return (
        f"“{shown}”没有说明是今年要达到的目标还是现在的水平：稿中按今年目标写，"
        f"并标出“【待核：今年目标还是现有水平】”；是目标的请写“达到{shown}%”，"
        f"是现在水平的请写“现有{shown}%”（或把上年实际数写在 review 的 figures 下），写明后不再标出"
    )


def _declined_message(value: FactValue, label: str) -> str:
    """What the draft does with a count the clerk says there is none of this year."""
    return f"填的是“{str(value).strip()}”：今年没有{label}这一项，稿中不讲，也不再列【待补】"


def _untold_count_message(value: FactValue, unit: str) -> str:
    """How the clerk says whether a key task's count is the plan or what the place has."""
    shown = str(value).strip()
    printed = with_unit(typeset(shown), unit)
    return (
        f"“{shown}”只写了数字，没有写明是计划数还是现有（已完成）数：稿中照写“{printed}”，"
        f"并在这句话后标出“{COUNT_CHECK}”；是计划的请写“计划{printed}”，"
        f"是现有或已完成的请写“现有{printed}”或“已完成{printed}”，写明后不再标出"
    )


def _money_unit_message(value: FactValue, unit: str) -> str | None:
    if unit not in _MONEY_UNITS or isinstance(value, bool):
        return None
    if isinstance(value, str):
        if not _BARE_SUM.match(value.strip()):
            return None
        shown = re.sub(r"[,，]", "", value.strip())
        number = float(shown)
    elif isinstance(value, int | float):
        shown, number = f"{value:g}", float(value)
    else:
        return None
    if 0 < number < 1:
        return None  # a bare fraction is printed as typed (context._value_text)
    other = {"亿元": "万元", "元": "万元"}.get(unit, "亿元" if number < 100 else "元")
    return (
        f"“{shown}”只写了数字，没有单位：稿中印成“{shown}【待核：单位是否为{unit}】”"
        f"（目录的单位是{unit}）；请在数字后写上单位，如“{shown}{unit}”或“{shown}{other}”，"
        "写上后不再标出"
    )


def _level_warnings(loaded: LoadedProfile) -> Iterator[Problem]:
    profile = loaded.profile
    level = profile.region.level
    words = LEVELS[level]
    expected = _LEVEL_SUFFIXES[level]
    name = profile.region.name or ""
    found = _place_suffix(name)
    if found and not name.endswith(expected):
        yield loaded.problem(
            ("region", "name"),
            f"地名“{name}”是“{found}”，而行政层级 level 是 {level}（{words.label}），"
            f"稿中会写“{words.all}”“{words.party}”：请核对地名或行政层级",
        )
    title = profile.speaker.title
    bare = next((title.removeprefix(p) for p in _TITLE_PREFIXES if title.startswith(p)), title)
    allowed = {suffix[0] for suffix in expected} | {words.unit}
    if bare[:1] in _PLACE_UNITS and bare[:1] not in allowed and not bare.startswith("自治区"):
        yield loaded.problem(
            ("speaker", "title"),
            f"讲话人职务“{title}”是{bare[:1]}一级的，而行政层级 level 是 {level}（{words.label}），"
            f"稿中会写“{words.all}”：请核对讲话人职务或行政层级",
        )


def _place_suffix(name: str) -> str | None:
    for suffixes in _LEVEL_SUFFIXES.values():
        for suffix in suffixes:
            if name.endswith(suffix):
                return suffix
    return None


_YEAR = re.compile(r"(?<!\d)(20\d{2})\s*年")
# A later year on purpose: the end of a plan's span (2030—2032年) or a horizon (到2035年).
_HORIZON = re.compile(r"(?:20\d{2}\s*年?\s*[—–\-－~～至到]+\s*|到|至|力争到)$")


def _year_warnings(loaded: LoadedProfile) -> Iterator[Problem]:
    """Years in the agenda or the meeting's name that do not fit the meeting's date:
    most often last year's profile copied and its date changed, or the other way round."""
    profile = loaded.profile
    year = profile.meeting_year
    # A meeting in November or December may well sign next year's letters.
    fitting = {year, year + 1} if profile.meeting.date.month >= 11 else {year}
    for loc, text in _name_and_agenda(profile):
        for match in _YEAR.finditer(text):
            written = int(match.group(1))
            horizon = _HORIZON.search(text[max(0, match.start() - 8) : match.start()])
            too_late = written > year and written not in fitting and not horizon
            if too_late or (loc[0] == "meeting" and written < year):
                yield loaded.problem(
                    loc,
                    f"写的是{written}年，而会议日期是{profile.meeting.date:%Y年%-m月%-d日}："
                    "请核对年份或会议日期（是不是从别的年份的文件复制过来的？）",
                )
                break


def _name_and_agenda(profile: Profile) -> list[tuple[Loc, str]]:
    """The agenda's items and the meeting's name, where another year's file shows first."""
    texts: list[tuple[Loc, str]] = [(("preceding", i), t) for i, t in enumerate(profile.preceding)]
    if profile.meeting.name:
        texts.append((("meeting", "name"), profile.meeting.name))
    return texts


# the count of the teachers' day a name or an item gives (第41个教师节)
_TEACHERS_DAY_NO = re.compile(r"第(\d{1,3})个教师节")


def _teachers_day_count_warnings(loaded: LoadedProfile) -> Iterator[Problem]:
    """A 第N个教师节 that does not fit the meeting's year (rounds dl's 04 and 16, F: 第41个教师节 in a
    2030 title, copied from another year's file, while the draft's own count said 第46个)."""
    profile = loaded.profile
    right = teachers_day_number(profile.meeting_year)
    for loc, text in _name_and_agenda(profile):
        found = _TEACHERS_DAY_NO.search(text)
        if found and int(found.group(1)) != right:
            yield loaded.problem(
                loc,
                f"写的是第{found.group(1)}个教师节，{profile.meeting_year}年是第{right}个教师节："
                "请核对（是不是从别的年份的文件复制过来的？）",
            )


def _repeated_area_warnings(loaded: LoadedProfile) -> Iterator[Problem]:
    profile = loaded.profile
    lists: list[tuple[str, tuple[str, ...], list[str], str]] = [
        ("priorities", (), [p.area for p in profile.priorities], "重点任务"),
        ("safeguards", (), [s.area for s in profile.safeguards or ()], "保障措施"),
        ("review", ("achievements",), [a.area for a in profile.review.achievements], "成绩"),
    ]
    for field, middle, names, what in lists:
        seen: dict[str, int] = {}
        for index, name in enumerate(names):
            # As typed: 食品安全 and 消防安全 are both names of the safety area, yet a safety
            # meeting gives each its own section; only the same name twice is a slip.
            key = name.strip()
            # one-line achievements typed with no area are each 综合: said one by one as the clerk
            # listed them, never under one claim twice (writers of rounds bs and bt: "a quirk in
            # the validator" that asked them to merge what they had listed on purpose)
            if key in seen and not (what == "成绩" and key == PLAIN_AREA):
                yield loaded.problem(
                    (field, *middle, index, "area"),
                    f"与第 {seen[key] + 1} 项{what}是同一个领域（{key}），稿中会讲两遍：请合并成一项",
                )
            else:
                seen[key] = index


def _has_content(profile: Profile) -> bool:
    return any(
        (
            profile.preceding,
            profile.review.achievements,
            profile.review.problems,
            profile.targets.guideline,
            profile.targets.items,
            any(
                p.points or any(str(v).strip() for v in p.facts.values())
                for p in profile.priorities
            ),
        )
    )


def _empty_content_warnings(loaded: LoadedProfile) -> Iterator[Problem]:
    if not _has_content(loaded.profile):
        yield loaded.problem(
            (),
            "还没有填写任何内容：会前议程、成绩、问题、目标和重点任务的要点、数据都是空的，"
            "生成的稿子将几乎全是套话和【待补】。请先填写 review、targets 和 priorities",
        )


def _plan_date_warnings(loaded: LoadedProfile) -> Iterator[Problem]:
    """A point whose deadline cannot fit the plan period it names (明年3月底前完成“十五五”
    教育规划终期评估 at a November 2029 meeting: round ak's F). The draft keeps the words
    and marks them 【待核】; this says why, at the point's line."""
    profile = loaded.profile
    # the targets and the tasks' points: a review's line and a section's title plan nothing
    texts = (
        (loc, text)
        for loc, text in _clerks_texts(profile)
        if loc[0] != "review" and loc[-1] != "title"
    )
    for loc, text in texts:
        why = plan_date_misfit(text, profile.meeting.date)
        if why:
            yield loaded.problem(
                loc,
                f"{why}（会议日期是{profile.meeting.date:%Y年%-m月%-d日}）："
                "稿中照写并标出【待核】，请核对时间",
            )
