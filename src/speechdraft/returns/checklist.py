"""The fact-gathering checklist: what a clerk must collect from departments for a draft.

Built from the same sources the draft uses: the phrase bank's declared facts (per area
and safeguard), the areas the profile chose, and the general items every draft needs.
So the form, the collector that reads it back and the draft can never disagree about
what is needed. Every item has a stable key (written into the .xlsx and .docx forms)
that ``collect`` matches the returns by.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence

from speechdraft.document import (
    ACTUAL,
    CHECKLIST_NAMED_END,
    CHECKLIST_PLAIN_START,
    DATE,
    NUMBER,
    PERCENT,
    TARGET,
    TEXT,
    Checklist,
    ChecklistRow,
    ChecklistSection,
    MeetingInfo,
)
from speechdraft.errors import SpeechdraftError
from speechdraft.genre import (
    DEFAULT_PRIORITIES,
    DEFAULT_SAFEGUARDS,
    KINDS,
    LEVELS,
    teachers_day_number,
)
from speechdraft.intake.profile import Profile
from speechdraft.messages import did_you_mean
from speechdraft.phrasebank import Area, FactSpec, PhraseBank

__all__ = [
    "ACTUAL",
    "DATE",
    "NUMBER",
    "PERCENT",
    "TARGET",
    "TEXT",
    "Checklist",
    "ChecklistRow",
    "ChecklistSection",
    "MeetingInfo",
    "build_checklist",
    "checklist_for_profile",
    "fact_period",
]

GENERAL_SOURCE = "办公室"

# Items where a higher figure is worse: a target above last year's actual is a decline.
_LOWER_IS_BETTER = ("近视", "肥胖", "辍学", "流失", "事故", "超员", "大班额", "投诉", "欠")


def build_checklist(
    bank: PhraseBank,
    kind: str,
    priorities: Sequence[str] | None = None,
    *,
    safeguards: Sequence[str] | None = None,
    meeting: MeetingInfo | None = None,
    years: tuple[int, int] | None = None,
) -> Checklist:
    """The form for ``kind``: general items, then each chosen area's facts, then the
    facts of the safeguards the draft will use. Unknown area names are refused."""
    areas = _areas(bank, kind, priorities)
    guards = _safeguards(bank, kind, safeguards)
    # Without a meeting the form says 上年/今年: the same form serves any year.
    words = (f"{years[0]}年", f"{years[1]}年") if years else ("上年", "今年")
    sections = [_general_section(words)]
    sections += [_area_section(a, "priority", "重点任务", words) for a in areas]
    sections += [_area_section(a, "safeguard", "保障措施", words) for a in guards if a.facts]
    meeting = meeting or MeetingInfo()
    title = (
        f"{meeting.name}{CHECKLIST_NAMED_END}"
        if meeting.name
        else f"{CHECKLIST_PLAIN_START}（{KINDS[kind].label}）"
    )
    return Checklist(title, tuple(sections), meeting, kind)


def checklist_for_profile(
    profile: Profile, bank: PhraseBank, deadline: str | None = None
) -> Checklist:
    """The form for a meeting profile: its kind, its own priorities and safeguards (or the
    kind's usual ones) and its meeting on top. Areas outside the bank have no facts to ask."""
    priorities = [p.area for p in profile.priorities if bank.find_area(p.area)]
    safeguards = (
        None
        if profile.safeguards is None
        else [s.area for s in profile.safeguards if bank.find_safeguard(s.area)]
    )
    level = LEVELS[profile.region.level]
    meeting = MeetingInfo(
        name=profile.meeting.name
        or KINDS[profile.kind].default_meeting.format(
            all=level.all, group=level.group, season="", n=teachers_day_number(profile.meeting_year)
        ),
        year=profile.meeting_year,
        level=level.label,
        region=profile.region.name or "",
        deadline=deadline if deadline is not None else _default_deadline(profile.meeting.date),
    )
    return build_checklist(
        bank,
        profile.kind,
        priorities or None,
        safeguards=safeguards,
        meeting=meeting,
        years=(profile.review_year, profile.meeting_year),
    )


def _default_deadline(meeting_date: datetime.date) -> str:
    """A week before the meeting: time to write the draft and have it reviewed."""
    day = meeting_date - datetime.timedelta(days=7)
    return f"{day.year}年{day.month}月{day.day}日"


def _areas(bank: PhraseBank, kind: str, names: Sequence[str] | None) -> list[Area]:
    if not names:
        return [bank.areas[key] for key in DEFAULT_PRIORITIES[kind]]
    return [_known(bank.find_area(name), name, bank.areas) for name in names]


def _safeguards(bank: PhraseBank, kind: str, names: Sequence[str] | None) -> list[Area]:
    if names is None:
        return [bank.safeguards[key] for key in DEFAULT_SAFEGUARDS[kind]]
    return [_known(bank.find_safeguard(name), name, bank.safeguards) for name in names]


def _known(area: Area | None, name: str, catalog: Mapping[str, Area]) -> Area:
    if area is None:
        # every name of every area: a clerk types 校园安金 for the alias 校园安全, not the label
        guess = did_you_mean(name, [alias for a in catalog.values() for alias in a.names()[1:]])
        hint = f"是不是“{guess}”？" if guess else "可用的领域请运行 speechdraft areas 查看。"
        raise SpeechdraftError(f"措辞库中没有“{name}”这个领域。{hint}")
    return area


# The general items every draft needs, worded for the office that answers them.
_GENERAL_ITEMS = (
    ("speaker.title", "讲话人职务", True, "写全称，如“县委副书记、县长”"),
    ("speaker.name", "讲话人姓名", True, ""),
    ("preceding", "讲话前的会议议程", False, "每项一行，如“县教育局局长作了工作报告”"),
    ("achievements", "{review}主要成绩（按领域，带数据）", True, "每条一行，写明数字和单位"),
    ("problems", "存在的问题和不足", True, "每条一行，一句话"),
    ("guideline", "{meeting}工作总体思路", True, "一两句话"),
    ("target_items", "{meeting}目标任务", True, "每条一行，最好带数字"),
)


def _general_section(years: tuple[str, str]) -> ChecklistSection:
    rows = tuple(
        ChecklistRow(
            item=label.format(review=years[0], meeting=years[1]),
            unit="",
            source=GENERAL_SOURCE,
            required=required,
            key=f"general:{name}",
            scope=scope,
        )
        for name, label, required, scope in _GENERAL_ITEMS
    )
    return ChecklistSection("综合情况", rows)


def _area_section(area: Area, family: str, group: str, years: tuple[str, str]) -> ChecklistSection:
    rows: list[ChecklistRow] = []
    for fact in area.facts:
        rows += _fact_rows(area, fact, family, years)
    department = _main_department(area)
    rows.append(
        ChecklistRow(
            item=f"{years[1]}的具体举措、时间节点和责任单位",
            unit="",
            source=department,
            required=False,
            key=f"{family}:{area.key}:points",
            scope="每条一行，一句话",
        )
    )
    return ChecklistSection(f"{group}：{area.label}", tuple(rows))


def _fact_rows(
    area: Area, fact: FactSpec, family: str, years: tuple[str, str]
) -> list[ChecklistRow]:
    """One row for the figure the draft prints; a key task's rate the draft sets as this
    year's target also asks last year's actual (it goes to the review of that area), so a
    decline can be seen before it is printed."""
    period = fact_period(area, fact)
    value_type = _value_type(fact)
    rows = [_fact_row(area, fact, family, period, value_type, years, fact.required)]
    if family == "priority" and period == TARGET and value_type == PERCENT:
        rows.insert(0, _fact_row(area, fact, family, ACTUAL, value_type, years, False))
    return rows


def _fact_row(
    area: Area,
    fact: FactSpec,
    family: str,
    period: str,
    value_type: str,
    years: tuple[str, str],
    required: bool,
) -> ChecklistRow:
    tag = "actual" if period == ACTUAL else "target"
    return ChecklistRow(
        item=fact.label,
        unit=fact.unit,
        source=fact.source or _main_department(area),
        required=required,
        key=f"{family}:{area.key}:{fact.key}:{tag}",
        period=period,
        scope=_scope(value_type, fact.unit, period, years) + _none_hint(fact, period),
        value_type=value_type,
        lower_is_better=any(word in fact.label for word in _LOWER_IS_BETTER),
    )


def fact_period(area: Area, fact: FactSpec) -> str:
    """上年实际 when the prose introduces the figure as what already exists, else 今年目标:
    a key task states this year's aims."""
    return ACTUAL if area.counts_what_exists(fact) else TARGET


def _value_type(fact: FactSpec) -> str:
    if fact.unit == "%":
        return PERCENT
    if any(word in fact.label for word in ("日期", "时间")) and not fact.unit:
        return DATE
    return NUMBER


def _scope(value_type: str, unit: str, period: str, years: tuple[str, str]) -> str:
    when = f"{years[0]}实际数" if period == ACTUAL else f"{years[1]}目标数"
    if value_type == PERCENT:
        return f"{when}；填0—100之间的数，如91.5，不带%"
    if value_type == DATE:
        return f"{when}；填日期，如2025-06-30"
    return f"{when}；单位：{unit}，只填数字" if unit else f"{when}；只填数字"


def _none_hint(fact: FactSpec, period: str) -> str:
    """A count of new works may be none this year: the department says so with a 0, and
    the draft leaves the works out (a blank is asked again in the draft)."""
    return "；今年不安排的填0" if fact.new_works and period == TARGET else ""


def _main_department(area: Area) -> str:
    """The department that provides most of an area's facts answers for its measures too."""
    sources = [f.source for f in area.facts if f.source]
    return max(sources, key=sources.count) if sources else GENERAL_SOURCE
