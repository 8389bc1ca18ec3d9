"""How a rendered draft's lines are read for the kinds' skeleton families (kind16): its parts,
its sections and their sentences, a section's topic sentences and the steps of 控辍保学.

Shared by ``tests/test_kind_skeletons.py`` and ``scripts/kind_checks.py`` (the test asserts
over its own profiles, the script counts over every profile of the repository), so that both
read a draft alike.
"""

from __future__ import annotations

import re
from functools import cache

from speechdraft.phrasebank import load_phrasebank
from speechdraft.resources import builtin_templates_dir

SENTENCE = re.compile(r"[^。！？：；]*[。！？：；]")
PART = re.compile(r"^　　[一二三四五六七八九十]+(?:、|要)")
SECTION = re.compile(r"^　　（[一二三四五六七八九十]+）")
ITEM = re.compile(r"^　　[一二三四五六七八九十]是")
LISTED = re.compile(r"^[一二三四五六七八九十]是")
ENDORSE = re.compile(r"我(?:完全|都)(?:同意|赞同)")
TURN = re.compile(r"骄傲自满|戒骄戒躁|差距|不足|需要改进|还不牢|歇歇脚")
MECHANISM = re.compile(
    r"财力要集中|投入要先保|衡量领导小组|提(?:请|交)领导小组研究|清单化|推进计划|进度透明|审批环节"
    r"|提前介入|把配合单位召集"
)
HONOR = re.compile(r"受表彰|表彰先进|荣誉|领奖台|榜样|先进典型")
STEPS = (
    re.compile(r"核查|排查|摸排|摸底|摸清|底数"),
    re.compile(r"劝返"),
    re.compile(r"安置|复学"),
)
_CODE = re.compile(r"\{\{.*?\}\}|\{%.*?%\}")


def sentences_of(line: str) -> list[str]:
    return SENTENCE.findall(line.strip())


def parts(lines: list[str]) -> list[list[str]]:
    """The opening (before the first part heading) and each part's lines."""
    found: list[list[str]] = [[]]
    for line in lines:
        if PART.match(line):
            found.append([line])
        else:
            found[-1].append(line)
    return found


def sections(lines: list[str]) -> list[list[str]]:
    """The sentences under each subsection heading （N） or each 一是要 item of a part."""
    found: list[list[str]] = []
    current: list[str] | None = None
    for line in lines:
        if PART.match(line):
            current = None
        elif SECTION.match(line):
            current = []
            found.append(current)
        elif ITEM.match(line):
            current = sentences_of(line)[1:]
            found.append(current)
        elif current is not None:
            current += sentences_of(line)
    return found


@cache
def topic_patterns() -> tuple[re.Pattern[str], ...]:
    """Every wording of an area unit of slot ``open`` as a pattern (its template code a
    wildcard): the sentences that say what a section is about."""
    bank = load_phrasebank(builtin_templates_dir())
    return tuple(
        re.compile(".{0,16}?".join(map(re.escape, _CODE.split(text))))
        for area in bank.areas.values()
        for family in area.families
        for unit in family.units
        if unit.slot == "open"
        for text in unit.wordings
    )


def is_topic(sentence: str) -> bool:
    return any(p.fullmatch(sentence) for p in topic_patterns())
