"""A clerk's words said in a clause that carries them (issue 11's G and R; round aj's readers,
branch paste21): a charge lead and a plan figure in one voice (not 要化解大班额，今年全市…计划达到
95%), a count of people named by what they take part in (not 全省县管校聘交流轮岗教师计划达到
2.1万名), a task's name run into its first sentence where it stands alone (not 要缓解城北片区
入学压力。 as a slogan), a noun-phrase title made a heading (not （一）新建校舍消防验收 among
sentence headings).

The test's own leads, labels and titles through the composer's functions, then the test's own
profiles over the kinds × two levels, asserted on the words.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from _matrix import spoken
from speechdraft.compose import figure_place
from speechdraft.compose.render import own_headings, reads_as_a_demand
from speechdraft.compose.weave import plan_sentence, planned_clause

# a charge lead, then the plan sentence it serves: the lead a topic, the plan a charge
LEADS = {
    (
        "要消除超大班额，",
        "今年全县标准班额达标率计划达到93%。",
        # (a rate the work brings about: 推动…达到, no telegram before a table's 计划达到 — round
        # bh's 11, R)
    ): "要消除超大班额，推动今年全县标准班额达标率达到93%。",
    (
        "要补齐师资短板，",
        "今年全市计划新补充教师210名。",
    ): "补齐师资短板，今年全市计划新补充教师210名。",
    (
        "要抓好校长培训，",
        "全州计划完成校长培训800人次。",
    ): "抓好校长培训，全州计划完成校长培训800人次。",
}


def test_a_lead_and_its_plan_figure_are_said_in_one_voice() -> None:
    lead_joined = figure_place.lead_joined
    for (lead, sentence), said in LEADS.items():
        assert lead_joined(lead, sentence) == said


def test_leads_of_no_such_shape_are_left_alone() -> None:
    lead_joined = figure_place.lead_joined
    # the rate is the lead's own: no subject in the clause for 要 to follow
    kept = ("要提高学前三年毛入园率，", "今年全县计划达到92%。")
    assert lead_joined(*kept) == "".join(kept)
    # no plan word, or a lead of two clauses
    assert lead_joined("要抓好控辍保学，", "全县辍学学生全部劝返。").startswith("要抓好")
    two = ("要强化师德，严明纪律，", "今年全县计划培训教师500人次。")
    assert lead_joined(*two) == "".join(two)


# a count of people named by what they take part in: they take part in it
PARTAKERS = {
    ("县管校聘交流轮岗教师人数", "650"): "参加县管校聘交流轮岗的教师",
    ("交流轮岗教师人数", "88"): "参加交流轮岗的教师",
    ("城乡支教教师人数", "40"): "参加城乡支教的教师",
}


def test_people_counted_by_what_they_take_part_in_take_part_in_it() -> None:
    for (label, value), who in PARTAKERS.items():
        clause = planned_clause(label, value, "名")
        assert clause.startswith(who), clause
        said = plan_sentence([clause], "今年", "全县", label, lambda s: s)
        assert re.search(r"(?:轮岗|支教)教师计划", said) is None, said


# a building verb said of a thing, then the work on it: a name, given a verb as a heading
NAMES = ("新建校舍消防验收", "新建食堂卫生验收", "改扩建校舍质量安全", "新入职教师培训")
DEMANDS = ("新建幼儿园", "新增学位", "改扩建校舍，缓解大班额")


def test_a_built_things_work_is_a_name_not_a_demand() -> None:
    for name in NAMES:
        assert not reads_as_a_demand(name), name
        headings = own_headings(name, 2030)
        assert headings and all(h != name and name in h for h in headings), headings
    for demand in DEMANDS:
        assert reads_as_a_demand(demand), demand


# -- the drafts ---------------------------------------------------------------------------

TITLES = {
    "leader_speech": "县长",
    "work_report": "教育局局长",
    "concluding_remarks": "副县长",
    "leading_group": "县委副书记、县委教育工作领导小组组长",
    "school_opening": "教育局局长",
    "safety": "副县长",
    "teachers_day": "副县长",
}
DATES = {"school_opening": "2031-02-24", "teachers_day": "2031-09-05", "safety": "2031-06-10"}
LEVELS = ("county", "city")
SEEDS = {"county": 1, "city": 3}


def _profile(kind: str, level: str) -> dict[str, Any]:
    return {
        "kind": kind,
        "meeting": {"date": DATES.get(kind, "2031-03-11")},
        "region": {"level": level, "name": "云岭"},
        "speaker": {"title": TITLES[kind], "name": "何建平"},
        "priorities": [
            {"area": "大班额", "title": "超大班额清零", "facts": {"标准班额达标率": "达到93%"}},
            {
                "area": "教师队伍",
                "points": ["推动城区骨干教师到乡村学校任教"],
                "facts": {"县管校聘交流轮岗教师人数": "计划650"},
            },
            {
                "area": "消防安全",
                "title": "新建校舍消防验收",
                "points": ["未通过消防验收的校舍一律不得投入使用"],
            },
        ],
    }


def _lone_task(level: str) -> dict[str, Any]:
    """A leading group with one task, a title and no points (its first sentence the bank's)."""
    return {
        "kind": "leading_group",
        "meeting": {"date": "2031-09-23"},
        "region": {"level": level, "name": "云岭"},
        "speaker": {"title": TITLES["leading_group"], "name": "何建平"},
        "priorities": [{"area": "城区学位", "title": "缓解老城片区入学压力"}],
    }


@pytest.fixture(scope="module")
def drafts() -> dict[tuple[str, str], str]:
    return {
        (kind, level): spoken(_profile(kind, level), SEEDS[level])
        for kind in TITLES
        for level in LEVELS
    }


_GLUED = re.compile(r"(?:^|[。；])要[^，。；]{2,16}，[^。；]{0,20}计划(?:达到|新|完成)")
_RATE_OWN = re.compile(r"要提高[^，。；]+率，(?:今年|全年)?(?:全[^，。；计]{1,3})?计划达到")


def test_drafts_glue_no_charge_lead_to_a_plan_figure(drafts: dict[tuple[str, str], str]) -> None:
    glued = [
        (key, sentence)
        for key, text in drafts.items()
        for sentence in re.findall(r"[^。\n]*。", text)
        if _GLUED.search(sentence) and not _RATE_OWN.search(sentence)
    ]
    assert not glued, glued[:6]
    # the figures are still said
    assert all("93%" in text for text in drafts.values())


def test_drafts_read_out_no_partakers_as_an_indicator(drafts: dict[tuple[str, str], str]) -> None:
    # the clerk's label read out as the subject (the bank's own 交流轮岗教师今年要达到… is no label)
    pasted = [key for key, text in drafts.items() if re.search(r"县管校聘交流轮岗教师", text)]
    assert not pasted, pasted
    assert all("650名" in text for text in drafts.values())  # the figure is still said


def test_drafts_head_no_section_with_the_bare_name(drafts: dict[tuple[str, str], str]) -> None:
    # the spoken lines carry headings without their numbers
    bare = [key for key, text in drafts.items() if re.search(r"^新建校舍消防验收$", text, re.M)]
    assert not bare, bare
    named = [
        key for key, text in drafts.items() if re.search(r"^\S+新建校舍消防验收\S*$", text, re.M)
    ]
    assert named  # the name is still the heading's, with a verb


@pytest.mark.parametrize("level", LEVELS)
def test_a_lone_task_title_is_no_slogan_sentence(level: str) -> None:
    text = spoken(_lone_task(level), SEEDS[level])
    assert "缓解老城片区入学压力" in text
    alone = re.findall(r"(?:^|[。\n])(?:[一二三四]是)?要缓解老城片区入学压力。", text)
    assert not alone, text
