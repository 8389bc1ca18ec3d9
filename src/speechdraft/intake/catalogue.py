"""The profile checked against the phrase bank's catalogue of areas and their facts: the
last stage of reading a profile, after the model has validated it on its own."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from speechdraft.errors import Problem, ProfileError
from speechdraft.figures import is_declined
from speechdraft.intake.loading import LoadedProfile

if TYPE_CHECKING:  # a render checks the profile without pydantic (intake/quick.py)
    from speechdraft.intake.profile import Priority, Safeguard
from speechdraft.messages import did_you_mean
from speechdraft.phrasebank import Area, PhraseBank


def check_catalogue(loaded: LoadedProfile, bank: PhraseBank) -> None:
    """Raises ProfileError, every problem located, when a fact is unknown to its area."""
    problems = catalog_problems(loaded, bank)
    if problems:
        raise ProfileError(str(loaded.path), problems)


def catalog_problems(loaded: LoadedProfile, bank: PhraseBank) -> list[Problem]:
    """Facts named under a known area that the area does not know: a typo would
    otherwise be silently dropped from the draft."""
    problems: list[Problem] = []
    sections: list[tuple[str, int, Priority | Safeguard, Area | None]] = [
        ("priorities", index, p, bank.find_area(p.area))
        for index, p in enumerate(loaded.profile.priorities)
    ]
    sections += [
        ("safeguards", index, s, bank.find_safeguard(s.area))
        for index, s in enumerate(loaded.profile.safeguards or ())
    ]
    for field, index, item, area in sections:
        if area is None:
            continue
        labels = [f.label for f in area.facts]
        for name, value in item.facts.items():
            spec = area.fact(name)
            if spec is not None and (wrong := fact_value_problem(spec.unit, value)):
                problems.append(loaded.problem((field, index, "facts", name), wrong))
            if spec is None and names_area_exactly(item.area, area):
                guess = did_you_mean(name, labels)
                message = f"“{area.label}”没有“{name}”这项数据" + (
                    f"，是不是“{guess}”？" if guess else f"；可以写：{'、'.join(labels)}"
                )
                message += "（其他内容请写在 points 中）" if not guess else ""
                problems.append(loaded.problem((field, index, "facts", name, "<key>"), message))
    return problems


def names_area_exactly(written: str, area: Area) -> bool:
    """The clerk chose the area by one of its own names. A name that only contains one
    (学位攻坚, 新城学位供给) was the clerk's own topic: its facts are the clerk's, said as
    written (a note says so), not refused, since the bank's next alias must not make a
    profile that was valid yesterday invalid today."""
    return written.strip() in area.names()


def _facts_kept_as_written(priority: Priority, area: Area) -> list[str]:
    return [name for name in priority.facts if area.fact(name) is None]


# Units of things counted one by one: a text with no number in it ("好几个") is no count.
COUNT_UNITS = frozenset({"所", "个", "名", "人", "人次", "次", "场", "家", "项"})


def fact_value_problem(unit: str, value: str | int | float) -> str | None:
    """What is wrong with a fact's value for its unit: a percentage written as a fraction
    (0.92 for 92%) or a text where a count goes. Blank values are simply not given yet."""
    if value == "" or isinstance(value, bool) or is_declined(value, unit):
        return None  # 无 / 0: none this year, so the draft says nothing of it
    is_number = isinstance(value, int | float)
    if unit == "%" and isinstance(value, int | float) and 0 < value < 1:
        return (
            f"百分数请写成百分之几的那个数，如 {value * 100:g}（稿中会写出“%”），"
            f"不要写成小数 {value}"
        )
    if unit in COUNT_UNITS and not is_number and not _NUMERAL.search(str(value)):
        return f"应为数字，如 3（单位“{unit}”会自动写出），实际是“{value}”"
    return None


# A count may be written with its unit or in Chinese numerals ("3所", "三所"), not without any.
_NUMERAL = re.compile("[0-9０-９一二三四五六七八九十百千万亿两零〇]")


def catalog_notes(loaded: LoadedProfile, bank: PhraseBank) -> list[str]:
    notes = []
    for priority in loaded.profile.priorities:
        area = bank.find_area(priority.area)
        if area is None:
            guess = bank.closest_area_name(priority.area)
            hint = (
                f"（是不是“{guess}”？）" if guess else "（可用的领域请运行 speechdraft areas 查看）"
            )
            notes.append(
                f"领域“{priority.area}”不在措辞库目录中{hint}，这一节使用通用措辞，请重点修改"
            )
            continue
        if not names_area_exactly(priority.area, area) and (
            kept := _facts_kept_as_written(priority, area)
        ):
            notes.append(
                f"“{priority.area}”按“{area.label}”的措辞处理；"
                f"{'、'.join(kept)}不是这一领域的常用数据，将按原样写入稿中，请核对"
            )
    return notes
