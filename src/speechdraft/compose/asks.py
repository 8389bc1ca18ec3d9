"""Which indicators a draft asks the clerk for (【待补】 in a stock line's indicator slot).

A required fact of a key task's area is asked where the profile lacks it: the draft shows
the clerk what to collect. Round an's readers struck the ask wherever it was not the
clerk's to answer (branch asks26):

- the profile already gives the measure in another form (中小学校党组织覆盖率: 现有100%, said
  as 保持100% before the section's points; a review figure; a target; another task's figure):
  学校党组织覆盖率要达到【待补】 a line after 保持100% (F, D);
- the indicator counts a task the profile never set (今年创建特色高中【待补】, 集团化办学覆盖率
  【待补】: A) — the fact's ``asked_when_named`` words, none in the profile;
- the indicator is not this kind of meeting's (普通话普及率 at a school opening: F) — the
  fact's ``asked_kinds``.

The clerk's own figure is said wherever given: these rules only decide the asks.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from speechdraft.compose.context import SpeechContext, TaskItem
from speechdraft.phrasebank import FactSpec

# the words before an indicator's name that say whose or which (全年, 中小学校…): the clerk
# writes the measure with or without them (党组织覆盖率 for 中小学校党组织覆盖率)
_PLACE_WORDS = re.compile(r"^(?:全年|今年|年内|中小学幼儿园|中小学校|中小学|义务教育学校)")
_NUMBER = re.compile(r"\d")
_COUNT_END = re.compile(r"(?:人数|个数|数量|总数|数)$")
_SHORTEST_NAME = 4


def _task_texts(task: TaskItem) -> Iterator[str]:
    yield task.label
    if task.title:
        yield task.title
    yield from task.points
    yield from task.states
    for key, value in task.facts.items():
        spec = task.area.fact(key) if task.area else None
        yield f"{spec.label if spec else key}：{value}"


def told_texts(ctx: SpeechContext) -> tuple[str, ...]:
    """Every entry of the profile a draft is made from, one string each (a fact as
    ``label：value``): what the clerk gave, to look a measure or a task's name up in."""
    texts: list[str] = [ctx.meeting_name, *(ctx.guideline or "",), *ctx.target_items]
    texts += [*ctx.problems, *ctx.preceding, *ctx.plan_items]
    for achievement in ctx.achievements:
        texts.append(achievement.area_label)
        texts += achievement.points
        texts += [f"{figure.label}：{figure.value}" for figure in achievement.figures]
    for task in (*ctx.priorities, *ctx.safeguards):
        texts += _task_texts(task)
    return tuple(text for text in texts if text)


def measure_names(spec: FactSpec) -> frozenset[str]:
    """The names a clerk gives a measure by: its label, its aliases, the label without
    its place words, each without a trailing 目标."""
    names = {spec.label, _PLACE_WORDS.sub("", spec.label), *spec.aliases}
    # a count is said without its 数 (推行…中小学校现有612所: context._count_state)
    names |= {_COUNT_END.sub("", name) for name in names}
    return frozenset(name.removesuffix("目标") for name in names if len(name) >= _SHORTEST_NAME)


def measure_given(spec: FactSpec, told: Sequence[str]) -> bool:
    """Whether one entry of the profile names the measure and a figure (现有100%, 达到90%,
    计划新增40个): the draft says that figure, and asks for no other."""
    names = measure_names(spec)
    return any(name in text and _NUMBER.search(text) for text in told for name in names)


def task_named(spec: FactSpec, told: Sequence[str]) -> bool:
    """Whether the profile names the task an indicator counts (``asked_when_named``)."""
    if not spec.asked_when_named:
        return True
    return any(word in text for text in told for word in spec.asked_when_named)


def asked(spec: FactSpec, kind: str, told: Sequence[str]) -> bool:
    """Whether a draft may ask for ``spec`` (【待补】) at a meeting of ``kind``."""
    return (
        (not spec.asked_kinds or kind in spec.asked_kinds)
        and task_named(spec, told)
        and not measure_given(spec, told)
    )
