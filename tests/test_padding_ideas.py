"""The padding the length fitter adds says one idea once (issue 11's D and E, branch pad15).

Readers of every round said first that a section adds generic sentences from one pool until
it is long enough, so that one idea comes back in other words: a boarding school as the
pupils' home twice, co-operation judged by substance not by signatures twice, a platform
put to daily use twice, buildings checked after bad weather before classes resume twice,
the lead and assisting units at six places, the schools' difficulties solved four times in
a row. Those paraphrases share no term, so the bank knows them as meaning groups
(compose/meaning_ideas.py) and a piece naming one is not said where the draft has said it;
a length level that only adds such pieces, or lines asking nothing, is not used
(compose/padding.py, pipeline._below_padding).

Every profile, sentence and family below was written for these tests: the families are the
tests' own ruler, fixed here.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
import yaml

from speechdraft.document import Heading
from speechdraft.pipeline import build_draft_from_text

# The tests' own ruler: one idea each, in wordings that share no term.
FAMILIES: dict[str, re.Pattern[str]] = {
    name: re.compile(pattern)
    for name, pattern in {
        "school as home": r"温暖的家|在学校的家|第二个家|像家一样",
        "co-operation by substance": r"不在多而在实|重在实效|签约数量|重实不重数|挂名不合作",
        "platform in daily use": r"平台[^。；]{0,16}(?:用起来|常态化|用在备课|应用)|常态化应用",
        "check before classes resume": (
            r"不安全不复课|灾后[^。；]{0,12}(?:检查|排查)|恶劣天气[^。；]{0,4}(?:过后|之后|结束后)"
            r"|确认安全[^。；]{0,3}(?:后|了)?再"
        ),
        "lead and assisting units": r"牵头(?:单位|部门)|配合(?:单位|部门)",
        "schools' difficulties solved": (
            r"学校[^。；]{0,8}(?:困难|难题|难处)[^。；]{0,14}(?:解决|带回|回应)|帮(?:助)?学校解决"
        ),
        "honorees go on": r"新的起点|戒骄戒躁|再创佳绩|再接再厉|珍惜荣誉",
        "admission order": r"掐尖招生|属地招生|公民同招|招生秩序",
        "effort on weak points": r"平均用力|撒胡椒面|薄弱指标",
        "gate on duty": r"门卫[^。；]{0,4}值守|专人值守|把校门守",
    }.items()
}
# once a draft, not only once a section: a stock line of duty
ONCE_A_DRAFT = frozenset({"lead and assisting units"})

_WORD = {"county": "县", "city": "市"}
_SPEAKERS = {
    "leader_speech": "{p}委书记",
    "work_report": "{p}教育局局长",
    "concluding_remarks": "副{p}长",
    "leading_group": "{p}委书记、{p}委教育工作领导小组组长",
    "teachers_day": "{p}长",
    "school_opening": "{p}教育局局长",
    "safety": "副{p}长",
}
_DATES = {"teachers_day": "2027-09-09", "school_opening": "2027-08-27", "safety": "2027-11-12"}


def _profile(kind: str, level: str, rich: bool) -> dict[str, Any]:
    p = _WORD[level]
    profile: dict[str, Any] = {
        "kind": kind,
        "meeting": {"date": _DATES.get(kind, "2027-03-09")},
        "region": {"level": level, "name": "松溪"},
        "speaker": {"title": _SPEAKERS[kind].format(p=p), "name": "林岳"},
        "duration_minutes": 35 if rich else 25,
    }
    if not rich:
        return profile
    if kind == "safety":
        profile["priorities"] = [
            {"area": "校园安全与平安校园建设", "points": ["汛期前完成校舍安全排查"]},
            {"area": "疫情和应急防控", "points": ["极端天气时各校按预警调整作息"]},
            "交通安全",
            "消防安全",
        ]
    elif kind == "teachers_day":
        profile["priorities"] = ["教师队伍建设与师德师风", "乡村教师"]
    else:
        profile["priorities"] = [
            {"area": "职业教育与产教融合", "points": ["新增合作企业12家"]},
            "教育数字化",
            {"area": "县域普通高中发展", "points": ["高一新生录取全部通过平台完成"]},
            {"area": "义务教育优质均衡", "points": ["寄宿制学校新建浴室8间"]},
            "控辍保学与学生资助",
            "校园安全与平安校园建设",
            "教育督导评估",
        ]
        profile["safeguards"] = ["凝聚工作合力", "加强组织领导", "转变工作作风"]
    profile["review"] = {"problems": ["山区学校寄宿条件仍有短板", "部分部门协同推进不够"]}
    return profile


_CASES = [
    (kind, level, rich, seed)
    for kind in _SPEAKERS
    for level in _WORD
    for rich in (True, False)
    for seed in (1, 2, 3, 4)
]


def _blocks(document: Any) -> list[list[str]]:
    """The sentences under each heading (the text before the first heading as one)."""
    found: list[list[str]] = [[]]
    for block in document.blocks:
        if isinstance(block, Heading):
            found.append([])
            body = "".join(run.text for run in block.body)
        else:
            body = block.text
        found[-1] += [s for s in re.findall(r"[^。！？]+[。！？]?", body) if len(s.strip()) > 6]
    return found


def _draft(kind: str, level: str, rich: bool, seed: int) -> Any:
    text = yaml.safe_dump(_profile(kind, level, rich), allow_unicode=True)
    return build_draft_from_text(text, f"{kind}-{level}.yaml", seed=seed)


@pytest.mark.parametrize(("kind", "level", "rich", "seed"), _CASES)
def test_one_idea_once_a_section(kind: str, level: str, rich: bool, seed: int) -> None:
    """No section says one of the families in two sentences, and the lead and assisting
    units are named in one sentence of the draft at most."""
    draft = _draft(kind, level, rich, seed)
    twice = []
    draft_wide: dict[str, list[str]] = {name: [] for name in ONCE_A_DRAFT}
    for sentences in _blocks(draft.document):
        for name, pattern in FAMILIES.items():
            saying = [s for s in sentences if pattern.search(s)]
            if name in draft_wide:
                draft_wide[name] += saying
            elif len(saying) > 1:
                twice.append((name, saying))
    twice += [(name, saying) for name, saying in draft_wide.items() if len(saying) > 1]
    assert not twice, twice


# the pairs readers marked, and others of the same kind written here: each pair says one idea
_PAIRS = [
    ("要让寄宿制学校成为学生温暖的家。", "寄宿制学校就是孩子们在学校的家。"),
    ("校企合作重在实效、不在签约数量。", "合作企业不在多而在实，挂名的要清理。"),
    ("要推动平台在日常教学中用起来。", "推动国家智慧教育平台常态化应用。"),
    ("灾后校舍要逐栋检查，不安全不复课。", "恶劣天气过后，确认安全后再恢复教学。"),
    ("每项任务都要明确牵头单位。", "配合单位要主动跟进，不能推来推去。"),
    ("要把学校的难题带回来、解决好。", "对学校反映的困难要逐件回应、帮助解决。"),
    ("希望受表彰的同志戒骄戒躁。", "希望大家珍惜荣誉，再创佳绩。"),
]


@pytest.mark.parametrize(("first", "second"), _PAIRS)
def test_paraphrases_name_one_idea(first: str, second: str) -> None:
    """The record knows each pair as one idea: the second is refused once the first is said."""
    from speechdraft.compose.restate import Said

    said = Said()
    said.add(first)
    assert said.repeats(second)


def test_a_level_that_only_pads_is_not_used() -> None:
    """Length fitting stops below the first level (from 1 up) whose new sentences all say
    again what the draft says, or ask nothing; a level adding a fresh demand is used."""
    from speechdraft.compose.padding import only_pads
    from speechdraft.pipeline import _below_padding

    base = "# 一、抓好寄宿制学校\n要把寄宿制学校办成学生温暖的家。\n各学校要配齐生活教师。\n"
    paraphrase = base + "对山区孩子来说，寄宿制学校就是他们在学校的家。\n"
    fresh = paraphrase + "要在今年秋季学期前完成宿舍消防设施的检修。\n"
    assert only_pads(base, paraphrase)
    assert not only_pads(paraphrase, fresh)
    assert not only_pads(base, base)  # a level adding nothing is not padding
    levels = {0: base, 1: base, 2: paraphrase, 3: fresh}
    assert _below_padding(lambda n: levels[min(max(n, 0), 3)], 3) == 1
    assert _below_padding(lambda n: levels[0] if n < 3 else fresh, 3) == 3
