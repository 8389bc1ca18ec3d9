"""Issue 11's R (round aj's readers; branch bare21): form words are said as a speaker says
them, not read out as the clerk's form has them.

- a preceding speaker's post typed with its government (县政府分管副县长作了动员讲话) is said
  as a post once (分管副县长), and short in the pledge after it (副县长的重要讲话);
- a unit's 负责同志 is named by the unit (市卫生健康委的解读, never 负责同志的解读);
- a name before a heard item has no 的 of its own (三个镇分管副镇长的交流发言);
- what was heard is never led into by a bare 对 (对通报，/对部署和通报，);
- a school opening's or a safety meeting's aims are not 努力达到的目标是：;
- a target still to be filled is said 力争X达到【待补】, not X的目标是【待补】。;
- a meeting named by a time counted from now (今冬明春) takes no year in the title;
- a deed's field name with its measure (新建改扩建校舍面积) is said without it;
- a change is said after the clause that names its noun, the noun once (…溺亡人数下降，较上年
  下降35%).

Profiles, places and figures are this file's own. One render per profile and seed
(tests/_matrix.py).
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from tests import _matrix

from speechdraft.compose import occasion
from speechdraft.compose.render import no_floor_on_a_gap
from speechdraft.markup import fact_token
from speechdraft.phrasebank import load_phrasebank
from speechdraft.resources import builtin_templates_dir

SEEDS = (1, 2, 3)
LEVELS = {"county": ("青岚县", "县"), "city": ("青岚市", "市"), "banner": ("青岚旗", "旗")}
_SENTENCE = re.compile(r"[^。！？\n]*[。！？]|[^。！？\n]+$")


def _with_deputy(kind: str, level: str) -> dict[str, Any]:
    name, unit = LEVELS[level]
    deputy = "副" + unit + "长"
    return {
        "kind": kind,
        "meeting": {"date": "2032-02-24"},
        "region": {"level": level, "name": name},
        "speaker": {"title": unit + "教育局局长"},
        "preceding": [f"{unit}政府分管{deputy}作了动员讲话"],
        "review": {
            "achievements": [
                {
                    "area": "校舍建设",
                    "points": ["完成薄弱学校改造项目12个"],
                    "figures": {"新建改扩建校舍面积": "3.2万平方米", "完成投资": "1.6亿元"},
                }
            ]
        },
        "priorities": ["学前教育", "校园安全"],
    }


def _opening(level: str) -> dict[str, Any]:
    name, unit = LEVELS[level]
    return {
        "kind": "school_opening",
        "meeting": {"date": "2032-08-26"},
        "region": {"level": level, "name": name},
        "speaker": {"title": "副" + unit + "长"},
        "preceding": [
            f"{unit}教育局局长通报了暑期校舍维修情况",
            f"{unit}卫生健康委负责同志解读了秋季学校传染病防控方案",
            "三个镇的分管副镇长作了交流发言",
        ],
        "priorities": ["校园安全", "食品安全"],
    }


def _winter(level: str) -> dict[str, Any]:
    name, unit = LEVELS[level]
    return {
        "review": {
            "achievements": [
                {
                    "area": "防溺水",
                    "points": ["连续两年实现中小学生溺亡人数下降"],
                    "figures": {"溺亡人数较上年下降": "35%", "设置警示标牌": "860块"},
                }
            ]
        },
        "kind": "safety",
        "meeting": {"date": "2032-11-06", "name": f"{name}今冬明春校园安全工作会议"},
        "region": {"level": level, "name": name},
        "speaker": {"title": "副" + unit + "长"},
        "preceding": [
            f"{unit}公安局交警大队负责同志通报了冬季学生交通安全情况",
            f"{unit}应急管理局负责同志部署了冬季校园消防安全工作",
        ],
        "priorities": ["消防安全", "交通安全"],
    }


MAKERS = {
    "work_report": lambda level: _with_deputy("work_report", level),
    "leader_speech": lambda level: _with_deputy("leader_speech", level),
    "opening": _opening,
    "winter": _winter,
}
CASES = [(make, level, seed) for make in MAKERS for level in LEVELS for seed in SEEDS]


@pytest.fixture(scope="module")
def spoken() -> dict[tuple[str, str, int], str]:
    return {
        (make, level, seed): _matrix.spoken(MAKERS[make](level), seed)
        for make, level, seed in CASES
    }


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.findall(text) if s.strip()]


@pytest.mark.parametrize(("make", "level", "seed"), CASES)
def test_no_form_word_is_read_out(spoken, make, level, seed) -> None:
    text = spoken[(make, level, seed)]
    unit = LEVELS[level][1]
    # the post as a speaker says it, never with its government before it
    assert f"{unit}政府分管" not in text
    # a unit's official is named by the unit
    assert not re.search(r"(?<![\u4e00-\u9fff])负责同志的|负责同志的(?:解读|通报|部署|发言)", text)
    for sentence in _sentences(text):
        # no bare 对 before what was heard
        assert not re.match(r"对[^，。；的]{0,6}(?:通报|部署|汇报|报告|安排|发言)，", sentence), (
            sentence
        )
        # no name with a 的 of its own before a heard item
        assert not re.search(
            r"的[^，。；：的]{1,10}的(?:交流发言|发言|解读|通报|部署)", sentence
        ), sentence


@pytest.mark.parametrize(("level", "seed"), [(level, seed) for level in LEVELS for seed in SEEDS])
def test_the_deputy_is_said_once_in_full_and_short_after(spoken, level, seed) -> None:
    unit = LEVELS[level][1]
    for make in ("work_report", "leader_speech"):
        text = spoken[(make, level, seed)]
        # a superior typed with no name: his name asked for after the post (round ar's R)
        assert f"刚才，分管副{unit}长【待补：姓名】作了动员讲话" in text, make
        # the pledge names the speech by the post, short
        assert text.count(f"分管副{unit}长") == 1, make


@pytest.mark.parametrize(("level", "seed"), [(level, seed) for level in LEVELS for seed in SEEDS])
def test_a_deeds_measure_is_the_units(spoken, level, seed) -> None:
    for make in ("work_report", "leader_speech"):
        text = spoken[(make, level, seed)]
        if "3.2万平方米" not in text:
            continue  # a short draft may leave the figure out
        assert "校舍面积3.2万" not in text and "新建改扩建校舍3.2万平方米" in text


@pytest.mark.parametrize(("level", "seed"), [(level, seed) for level in LEVELS for seed in SEEDS])
def test_a_change_names_its_noun_once(spoken, level, seed) -> None:
    text = spoken[("winter", level, seed)]
    said = [s for s in _sentences(text) if "35%" in s]
    assert said, "the clerk's change is said"
    for sentence in said:
        assert sentence.count("溺亡人数") <= 1, sentence


@pytest.mark.parametrize("level", list(LEVELS))
def test_a_meeting_named_from_now_has_no_year(level) -> None:
    title = _matrix.draft(_winter(level), 1).document.title
    assert "今冬明春" in title and not re.search(r"\d{4}年今冬明春", title), title


def test_heard_items_are_named_as_said() -> None:
    role = "deputy"
    assert (
        occasion.heard_named(["市卫生健康委负责同志解读了防控方案"], role) == "市卫生健康委的解读"
    )
    named = occasion.heard_named(["三个镇的分管副镇长作了交流发言"], "government_head")
    assert named.count("的") == 1 and named.endswith("的交流发言"), named
    assert (
        occasion.recap(["市政府分管副市长作了动员讲话"], "bureau_chief")
        == "分管副市长【待补：姓名】作了动员讲话"
    )
    assert occasion.superior_named(["市政府分管副市长作了动员讲话"], "bureau_chief") == (
        "副市长的重要讲话"
    )
    # a named deputy is named by name and post by a junior, not 同志 (round ar's R)
    assert (
        occasion.superior_named(["副市长龚红霞作了讲话"], "bureau_chief")
        == "龚红霞副市长的重要讲话"
    )


BANK = load_phrasebank(builtin_templates_dir())


def test_no_endorsement_leads_in_with_a_bare_dui() -> None:
    found = [
        text
        for units in BANK.frames.values()
        for unit in units
        for text in unit.wordings
        if text.startswith("对{{ c.heard_named }}，")
    ]
    assert not found, found


def test_an_opening_or_a_safety_meeting_makes_sure_of_its_aims() -> None:
    for slot in ("school_opening.targets_lead", "safety.targets_lead"):
        wordings = [t for unit in BANK.frames[slot] for t in unit.wordings]
        assert wordings, slot
        assert not any("努力达到" in t for t in wordings), slot


GAP = fact_token("课后服务学生参与率", "%")


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (f"课后服务学生参与率的目标是{GAP}。", f"力争课后服务学生参与率达到{GAP}。"),
        (f"今年普惠性幼儿园覆盖率的目标是{GAP}。", f"今年力争普惠性幼儿园覆盖率达到{GAP}。"),
        (f"要推动普惠性幼儿园覆盖率的目标是{GAP}。", f"力争普惠性幼儿园覆盖率达到{GAP}。"),
        # a clause that goes on keeps its 的目标是
        (f"覆盖率的目标是{GAP}，同时补齐短板。", f"覆盖率的目标是{GAP}，同时补齐短板。"),
    ],
)
def test_a_gap_is_striven_for(text: str, said: str) -> None:
    assert no_floor_on_a_gap(text) == said
