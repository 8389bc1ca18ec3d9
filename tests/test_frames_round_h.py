"""Round h of issue 11's blind review: what the frames and safeguards still said wrong.

Topic-first register (R): officials say 各市要扛起属地责任, not 属地责任各市要扛起来; the
bank must hold no wording that fronts the object and leaves the verb bare at the end.
"""

from __future__ import annotations

import re

import pytest

from bank_support import TEMPLATE_CODE
from speechdraft.phrasebank import load_phrasebank
from speechdraft.resources import builtin_templates_dir

BANK = load_phrasebank(builtin_templates_dir())

# A verb that wants its object after it; at the end of a clause with an actor before it
# (各市要扛起来, 财政部门要管起来) the object has been fronted.
_BARE_VERB = r"(?:扛起来|严格落实|管起来|搭起来|坚决防止|不断增进)"
_ACTOR = r"(?:各[^，。；要]{1,8}|某地[^，。；要]{0,8}|[^，。；要]{0,10}(?:部门|党组织|单位|学校))"
_FRONTED = (
    # 属地责任各市要扛起来 / 教育投入责任各县要依法扛起来
    re.compile(r"^[^，。；把将]{2,}?" + _ACTOR + r"要(?:依法|切实)?" + _BARE_VERB + r"$"),
    # 全面从严治党要求，各级各部门要严格落实 (the object in the clause before)
    re.compile(r"^" + _ACTOR + r"要(?:依法|切实)?" + _BARE_VERB + r"$"),
    # 以会议落实会议…要坚决防止 / 对…的认同，要在学生心中不断增进
    re.compile(r"^(?!要)[^把将]+要(?:坚决)?防止$"),
    re.compile(r"^要在[^，。；]*不断增进$"),
    # 校企对接平台要由人社、工信等部门搭起来
    re.compile(r"要由[^，。；]+(?:搭|管|抓|扛)起来$"),
    # 年度考核评价各部门，要把…
    re.compile(r"^[^，。；]*评价各部门$"),
)
# Colloquial turns a clerk struck in round h.
_COLLOQUIAL = ("办成了没有", "换了人也照样", "先听家委会怎么说", "拨下去以后")


def _spoken(text: str) -> str:
    return TEMPLATE_CODE.sub("某地", text)


def _all_wordings() -> list[str]:
    texts: list[str] = []
    for areas in (BANK.areas, BANK.safeguards):
        for area in areas.values():
            for family in area.families:
                texts += [t for unit in family.headings for t in unit.wordings]
                texts += [t for unit in family.units for t in unit.wordings]
    texts += [t for units in BANK.frames.values() for unit in units for t in unit.wordings]
    return texts


def fronted(sentence: str) -> bool:
    """Whether a clause of the sentence fronts the object of a verb left bare at its end."""
    clauses = [c.strip() for c in re.split(r"[，。；！？]", _spoken(sentence)) if c.strip()]
    return any(p.search(c) for c in clauses for p in _FRONTED)


@pytest.mark.parametrize(
    "sentence",
    [
        "属地责任{{ w.below }}要扛起来，辖区的资源要多向学校倾斜。",
        "教育投入责任{{ w.below }}要依法扛起来，应承担的经费足额列入预算。",
        "以会议落实会议、以文件落实文件要坚决防止，重大事项要集体研究、专题解决。",
        "年度考核评价各部门，要把支持教育发展的情况作为重要内容。",
        "对伟大祖国的认同，要在学生心中不断增进。",
        "全面从严治党要求，各级各部门要严格落实，纪律和规矩挺在前面。",
        "校企对接平台要由人社、工信等部门搭起来，激励政策要按规定兑现。",
    ],
)
def test_the_search_finds_every_shape_round_h_struck(sentence: str) -> None:
    assert fronted(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "{{ w.below }}要扛起属地责任，把辖区资源更多用在支持学校发展上。",
        "要坚决防止以会议落实会议、以文件落实文件。",
        "各级各部门要严格落实全面从严治党要求，把纪律和规矩挺在前面。",
        "年度考核要把各部门支持教育发展的情况作为重要内容。",
    ],
)
def test_the_search_passes_the_ordinary_order(sentence: str) -> None:
    assert not fronted(sentence)


def test_no_wording_of_the_bank_fronts_its_object() -> None:
    texts = _all_wordings()
    assert len(texts) > 2000  # the whole bank was read, not an empty list
    assert [t for t in texts if fronted(t)] == []


def test_no_wording_of_the_bank_has_the_colloquial_turns_round_h_struck() -> None:
    assert [t for t in _all_wordings() if any(w in t for w in _COLLOQUIAL)] == []
