"""Headings for a name that joins two works with 与 (控辍保学与学生资助, 双减与课后服务).

An area's label names two works side by side; a frame over the whole label (通盘谋划控辍保学与
学生资助, 着力做好双减与课后服务) reads as a column's name pasted into a slot, not a heading
(round ap's R, drafts 01 and 23). Where each half is a work of its own — a name the phrase bank
knows as an area or a safeguard — the heading says each with its own verb: 扎实做好控辍保学工作，
切实抓好学生资助. Two things of which one is a condition of the other (人口变化与学校布局) are
weighed together, and keep 统筹 (render._headings_by_thing).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from speechdraft.phrasebank import PhraseBank, load_phrasebank
from speechdraft.resources import builtin_templates_dir

_QUOTES = "“”\"'"
# how many characters of a clause's opening are its verb (扎实推进, 切实抓好, 加强…)
_VERB_SPAN = 4


@cache
def _bank() -> PhraseBank:
    return load_phrasebank(builtin_templates_dir())


def is_a_work(name: str) -> bool:
    """Whether the bank knows ``name`` as a work of its own (an area's or a safeguard's name or
    alias): 控辍保学, 学生资助, 师德师风 are; 人口变化, 城镇化 are not."""
    bank = _bank()
    return bank.find_area(name) is not None or bank.find_safeguard(name) is not None


def _verb_of(clause: str, half: str) -> str:
    """The words before the half's name in its heading (扎实推进 of 扎实推进课后服务)."""
    core = half.strip(_QUOTES)
    at = clause.find(core)
    return (
        clause[: max(at - 1 if at > 0 and clause[at - 1] in _QUOTES else at, 0)]
        or clause[:_VERB_SPAN]
    )


def _share_a_word(one: str, other: str) -> bool:
    """Two verbs sharing a two-character word (推进 of 纵深推进 and 扎实推进) say it twice."""
    return any(one[i : i + 2] in other for i in range(len(one) - 1))


def _joined(first: str, second: str) -> str:
    """The two clauses as one heading; 工作 is said once, after the first (…控辍保学工作，…学生
    资助工作 read as a list; 做好控辍保学，… lacks its object's head)."""
    if first.endswith("工作") and second.endswith("工作"):
        second = second.removesuffix("工作")
    return f"{first}，{second}"


def pair_headings(label: str, clause_headings: Callable[[str], tuple[str, ...]]) -> tuple[str, ...]:
    """Headings saying each half of ``label`` with its own verb, or () where the label is not
    two works joined by 与. ``clause_headings`` gives one name's own headings (render's
    own_headings: passed in, as this module is imported by it)."""
    halves = label.split("与")
    if len(halves) != 2 or not all(map(is_a_work, halves)):
        return ()
    first_options = clause_headings(halves[0])
    second_options = clause_headings(halves[1])
    found: list[str] = []
    for index, first in enumerate(first_options):
        verb = _verb_of(first, halves[0])
        # the other half's options in turn, starting at a different one for each first clause
        turned = second_options[index:] + second_options[:index]
        for second in turned:
            if not _share_a_word(verb, _verb_of(second, halves[1])):
                found.append(_joined(first, second))
                break
    return tuple(dict.fromkeys(h for h in found if not re.search(r"与", h)))
