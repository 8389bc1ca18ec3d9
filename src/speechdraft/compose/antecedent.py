"""Words that refer back: a sentence that speaks of something as already there (测评结果,
整改成效如何, 这些问题) is said only after what it refers to (issue 11's S).

Round ah's readers: 测评结果要严格保密，用在帮助学生上 said before any 测评 (two drafts: the
screening unit's wording that does not bring the screening in itself came first); 整改成效如何，
关键看问题有没有真正解决 in a part on incentives where nothing had been found to correct.

A wording of the bank is read on its own (``dangling(text)``): a reference with nothing before
it in the wording itself leans on what the draft said before it, which the length fitter may
leave out. The render prefers a unit's wordings that bring their own antecedent (要科学开展学生
心理健康测评，测评结果严格保密…) to those that do not (render._fit), and an evaluation of a
rectification presupposes something to rectify (situation.PRESUPPOSED: ``rectification``).
The detector (scripts/section_checks.py ``refers_back``) reads a whole draft: the text before a
sentence, and the sentence up to the reference, must bring it in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class BackReference:
    """A reference (``refers``) and the words that bring in what it refers to (``brought``),
    looked for in the last ``window`` characters before it (0: anywhere before). ``framed``:
    the bank says it after what it refers to by the speech's own order (对这些问题 after the
    problems read out), so a wording saying it is not judged on its own."""

    name: str
    refers: re.Pattern[str]
    brought: re.Pattern[str]
    window: int = 0
    framed: bool = False


BACK_REFERENCES: tuple[BackReference, ...] = (
    # the results of a screening before any screening is spoken of (对测评中发现的学生 says
    # a screening was held: it brings it in)
    BackReference(
        "screening",
        re.compile(r"测评结果"),
        re.compile(r"测评|筛查"),
    ),
    # how a rectification went, before anything was found to be put right
    BackReference(
        "rectification",
        re.compile(r"整改(?:成效|到不到位|是否到位|效果|得怎么样)"),
        re.compile(
            r"整改|隐患|(?:发现|指出|反馈|查出|排查出)的(?:问题|隐患)|问题清单|巡视|巡察|审计"
        ),
    ),
    # these problems, with no problem said just before
    BackReference(
        "problems",
        re.compile(r"(?:这些|上述|以上|这几个)(?:问题|短板|困难|不足)"),
        # a list of what is wrong (主要表现在：一是…；二是…), or a word naming one
        re.compile(
            r"问题|短板|困难|不足|差距|薄弱|矛盾|表现在|主要是|一是|依然|仍然|仍有|偏多|短缺"
        ),
        window=300,
        framed=True,
    ),
)


def dangling(sentence: str, before: str = "", framed: bool = True) -> str:
    """The name of the first back reference in ``sentence`` that neither ``before`` (what was
    said before it) nor the sentence's own words up to the reference bring in; "" if none.
    ``framed``: the references the speech's order brings in are looked at too."""
    for ref in BACK_REFERENCES:
        if ref.framed and not framed:
            continue
        match = ref.refers.search(sentence)
        if match is None:
            continue
        earlier = before + sentence[: match.start()]
        if ref.window:
            earlier = earlier[-ref.window :]
        if not ref.brought.search(earlier):
            return ref.name
    return ""


@lru_cache(maxsize=16384)
def leans_back(text: str) -> bool:
    """Whether a bank wording, read on its own, refers back to something it does not bring
    in itself."""
    return bool(dangling(text, framed=False))
