"""Counts of new works (新建智慧校园示范校, 劳动教育实践基地数): whether there are any this
year is the clerk's decision, never the bank's.

Round as's A: a bare 教育数字化 got 全年新建智慧校园示范校【待补】，每一所都要建成、用好 — the
number was asked, but the task itself was invented. A missing count of new works is now asked
as the question it is (how many, if any: 不安排请填“无”), and a clerk or a department that
answers 无 / 0 / 今年不安排 gets a draft that says nothing of those works and asks nothing."""

from __future__ import annotations

import re
from typing import Any

import pytest

from _matrix import draft as render
from conftest import BASE_PROFILE, merged
from speechdraft.figures import declined, is_declined
from speechdraft.intake.catalogue import fact_value_problem
from speechdraft.phrasebank import Area, FactSpec, load_phrasebank
from speechdraft.resources import builtin_templates_dir
from speechdraft.returns.checklist import ACTUAL, NUMBER, TARGET, ChecklistRow, build_checklist
from speechdraft.returns.collect import normalise

BANK = load_phrasebank(builtin_templates_dir())
WORKS = [(area, fact) for area in BANK.areas.values() for fact in area.facts if fact.new_works]
NONE_ANSWERS = ("无", 0, "今年不安排", "0所")


def _profile(**overrides: Any) -> dict[str, Any]:
    return merged(BASE_PROFILE, {"safeguards": [], **overrides})


def _task(area: Area, fact: FactSpec, **more: Any) -> dict[str, Any]:
    """A key task on the sub-topic the fact belongs to, so that its units are the ones said."""
    # the family the fact's name speaks of first: works are asked where the task names them
    # (round cw's 03, A — 明年创建特色高中【待补】 under a task on 选科 and 师资)
    carrying = [f for f in area.families if any(fact.key in u.facts for u in f.units)]
    carrying.sort(key=lambda f: not any(a in fact.label for a in f.aliases))
    family = carrying[0] if carrying else None
    named = (
        next((a for a in family.aliases if len(a) >= 2 and a in fact.label), None)
        if family
        else None
    )
    points = [f"抓好{named or family.aliases[0]}"] if family and family.aliases else []
    return {"area": area.label, "points": points, **more}


def test_the_bank_marks_its_counts_of_new_works() -> None:
    """The counts a reader took for invented tasks, and the other counts of things to build."""
    marked = {fact.key for _, fact in WORKS}
    assert {
        "smart_campus_count",
        "labor_bases",
        "practice_bases",
        "model_schools",
        "new_projects",
        "characteristic_schools",
    } <= marked
    # rates and people are not works: their 【待补】 asks a figure, not whether
    assert not any(fact.unit == "%" for _, fact in WORKS)
    assert "new_teachers" not in marked and "platform_usage_rate" not in marked


@pytest.mark.parametrize(("area", "fact"), WORKS, ids=[f.key for _, f in WORKS])
def test_a_missing_count_of_new_works_asks_whether_there_are_any(
    area: Area, fact: FactSpec
) -> None:
    if not fact.required:
        pytest.skip("only required facts are asked in a first draft")
    question = f"【待补：{fact.label}（{fact.unit}），不安排请填“无”】"
    bare = f"【待补：{fact.label}（{fact.unit}）】"
    asked = False
    for seed in (1, 2, 3):
        marks = render(_profile(priorities=[_task(area, fact)]), seed).document.placeholders()
        assert bare not in marks, (seed, marks)
        asked |= question in marks
    assert asked, fact.key


@pytest.mark.parametrize("answer", NONE_ANSWERS)
@pytest.mark.parametrize(("area", "fact"), WORKS, ids=[f.key for _, f in WORKS])
def test_none_this_year_leaves_the_works_out(area: Area, fact: FactSpec, answer: object) -> None:
    """Given 987, the draft says a sentence with it; answered 无, no such sentence, no 0所, and
    no mark asks for it again."""
    for seed in (1, 2, 3):
        given = render(
            _profile(priorities=[_task(area, fact, facts={fact.label: f"计划987{fact.unit}"})]),
            seed,
        )
        none = render(_profile(priorities=[_task(area, fact, facts={fact.label: answer})]), seed)
        text = "".join(none.document.spoken_lines())
        said = [s for s in re.split("[。；]", "".join(given.document.spoken_lines())) if "987" in s]
        assert said, (fact.key, seed)  # the task's own sentence, when there is one
        for sentence in said:
            lead = sentence.split("987")[0].removeprefix("今年").removeprefix("计划")[-8:]
            assert len(lead) < 4 or lead not in text, (fact.key, seed, lead)
        assert not any(fact.label in mark for mark in none.document.placeholders())
        assert not re.search(rf"(?<![\d.])0{fact.unit}", text), (fact.key, seed)
        assert any("稿中不讲" in note and fact.label in note for note in none.notes), none.notes


def test_what_counts_as_none() -> None:
    assert all(declined(v) for v in ("无", "没有", "今年不安排", "暂不安排", 0, 0.0, "0", "0个"))
    assert not any(declined(v) for v in ("", "10", "计划0.5万元", 3, True, "无锡", "00后"))
    assert is_declined("0", "所") and not is_declined("0", "%")  # a rate of 0% is a rate
    assert is_declined("无", "%")  # a town's 高考本科上线率目标: 无 (round at's G: 计划达到无)


def test_intake_takes_none_for_a_count_and_still_refuses_a_word() -> None:
    assert fact_value_problem("所", "无") is None
    assert fact_value_problem("所", "今年不安排") is None
    assert "应为数字" in (fact_value_problem("所", "好几个") or "")


def test_the_checklist_says_how_to_answer_none_and_a_return_of_none_is_read() -> None:
    checklist = build_checklist(BANK, "leader_speech", ["教育数字化"])
    rows = {row.key: row for row in checklist.rows()}
    works = rows["priority:digital:smart_campus_count:target"]
    assert works.scope.endswith("今年不安排的填0")
    rate = rows["priority:digital:platform_usage_rate:target"]
    assert "不安排" not in rate.scope
    target = ChecklistRow("新建智慧校园示范校", "所", "电化教育馆", True, "k", TARGET, "", NUMBER)
    assert normalise("无", target) == ("无", "")
    assert normalise(0, target) == ("0", "")
    last_year = ChecklistRow("劳动教育实践基地数", "个", "体卫艺股", False, "k", ACTUAL, "", NUMBER)
    assert normalise("无", last_year)[0] == ""  # last year's actual is a number


def test_the_catalogue_and_the_web_form_tell_how_to_answer_none() -> None:
    from speechdraft.cli.catalogue_commands import area_lines

    digital = BANK.areas["digital"]
    lines = area_lines(digital)
    [works] = [line for line in lines if "新建智慧校园示范校" in line]
    assert "今年不安排的填“无”" in works
    assert not any("不安排" in line for line in lines if "使用率" in line)


@pytest.mark.parametrize("seed", (1, 2, 3))
def test_a_rate_answered_none_is_left_out(seed: int) -> None:
    """Round at's G: a town's 高考本科上线率目标: 无 printed 今年高考本科上线率计划达到无."""
    task = {
        "area": "教育质量",
        "points": ["抓好小学毕业质量监测"],
        "facts": {"高考本科上线率目标": "无"},
    }
    draft = render(_profile(priorities=[task]), seed)
    text = "".join(draft.document.spoken_lines())
    assert "达到无" not in text and "上线率" not in text
    assert not any("上线率" in mark for mark in draft.document.placeholders())
