"""One idea said once a draft, round three (issue 11's D, round ag; branch idea18).

idea17's meaning groups came back with two rules that keep them from breaking the older
guards: a heading's first clause (what it promises) is said once by its body, in other
words — the heading does not consume it, a second body sentence on it is a repeat — while
its purpose after the comma counts as said at once; and a heading that is not printed (the
one task of a part: no （一） without a （二）) is not recorded as said at all. Then round
ag's D lines: a stock call said twice side by side (这些成绩的取得，离不开各方面的支持 /
这些进展，凝聚着各方面的支持; 清醒地看到 / 保持清醒头脑; 逐一核查未返校学生 / 对疑似失学辍学
学生逐一核查; 培训内容要和课堂教学紧密结合 / 关键在贴近课堂; 干得好的要表扬激励 / 按规定予以
表扬激励 / 给予褒扬奖励), a sub-topic of a later section said before it (作业, 课后服务 and 校外
培训 before （一）落实“双减”; 招生计划…向社会公开 before （一）招生入学), and a heading saying
again the first clause of a part heading above it (（一）健全责任体系 under 三、健全责任体系).

The tests keep their own tables and render their own profiles: kinds × county, city and
district × seeds 1–3, rich and near-empty.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from one_idea_support import (
    KINDS,
    draft_clerk_runs,
    han,
    heading_blocks,
    is_clerks,
    render,
    said_twice_in_blocks,
    titles,
)
from speechdraft.compose.restate import Said
from speechdraft.document import Heading

# The families of round ag's side-by-side restatements (the test's own table).
FAMILIES: dict[str, str] = {
    "credit": r"离不开各方面的支持|凝聚着[^。；]{0,10}(?:努力|付出|支持)",
    "clear_headed": r"清醒地看到|保持清醒头脑",
    "dropouts_checked": r"(?:辍学|未返校)[^。；]{0,8}逐一核查|逐一核查[^。；]{0,6}(?:辍学|未返校)",
    "training_fits_class": r"培训[^。；]{0,8}课堂教学紧密结合|培训[^。；]{0,12}贴近(?:课堂|教学实际)"
    r"|关键在贴近课堂",
    "teacher_pay": r"按时(?:足额)?发放到教师|教师工资要按时|发放要对账销号",
    "putonghua": r"普通话[^。；]{0,12}规范(?:的)?(?:汉)?字",
    "praise": r"表扬激励|褒扬奖励|干得好的要表扬|干出成效[^。；]{0,10}表扬",
    "laggards": r"落实不力的要|进度靠后|工作不力的|工作滞后的|进度落后的",
    "people_judge": r"由群众来?评判|群众最有发言权|群众满意作为[^。；]{0,8}标准",
    "group_in_name": r"挂牌了事|集而不团|只挂牌",
    "party_through_all": r"党的领导[^。；]{0,8}全过程|党建工作融入[^。；]{0,8}全过程",
    "covid_vigilance": r"慎终如始|疫情防控的弦",
}
_FAMILIES = {name: re.compile(pattern) for name, pattern in FAMILIES.items()}

TITLES = titles("county", "city", "district")
DATES = {"teachers_day": "2025-09-08", "school_opening": "2022-02-20", "safety": "2021-03-02"}
NAMES = {"county": "青溪县", "city": "临川市", "district": "东湖区"}


def _profile(kind: str, level: str, rich: bool) -> dict[str, Any]:
    data: dict[str, Any] = {
        "kind": kind,
        "meeting": {"date": DATES.get(kind, "2025-03-12")},
        "region": {"level": level, "name": NAMES[level]},
        "speaker": {"title": TITLES[level][kind], "name": "周明"},
    }
    if not rich:
        data["priorities"] = ["控辍保学", "教师队伍"]
        return data
    data["priorities"] = [
        {"area": "控辍保学", "points": ["春季开学未返校学生全部劝返"]},
        {"area": "教师队伍", "facts": {"teacher_training": 3200}},
        {"area": "教师待遇"},
        {"area": "国家通用语言文字推广"},
        {"area": "集团化办学"},
        {"area": "疫情防控"},
    ]
    data["safeguards"] = ["组织领导", "学校党建", "督查考核", "经费保障"]
    data["review"] = {
        "achievements": [{"area": "教师队伍", "points": ["全年招聘教师180名"]}],
        "problems": ["农村学校骨干教师流失较多"],
    }
    return data


def said_twice(draft: Any) -> list[tuple[str, str, str]]:
    """(family, earlier, later) for every family of the table two sentences of the draft
    say, the later not the clerk's words and carrying no figure or 【】. A heading's body may
    say what the heading names once."""
    return said_twice_in_blocks(draft, _FAMILIES)


@pytest.mark.parametrize("level", ["county", "city", "district"])
@pytest.mark.parametrize("kind", KINDS)
def test_no_call_of_round_ag_said_twice(tmp_path: Path, kind: str, level: str) -> None:
    """Rich and near-empty profiles × seeds 1–3: no bank sentence says a family of the
    table that a heading's first clause, its body or an earlier sentence has said."""
    problems = []
    for rich in (True, False):
        for seed in (1, 2, 3):
            draft = render(tmp_path, _profile(kind, level, rich), seed, f"{kind}{rich}")
            problems += [(rich, seed, *pair) for pair in said_twice(draft)]
    assert not problems, problems


def test_a_headings_promise_is_free_once_in_its_body() -> None:
    """Said: a heading's first clause is not consumed by the heading — its body says it
    once, not twice, and nothing after the section says it again; its purpose clause is
    said by the heading (加强学校党建，把党的领导落实到办学治校全过程 keeps 党建工作融入…全过程
    out of its body)."""
    said = Said()
    said.add("深化县管校聘改革，激发队伍内生活力", heading=True)
    said.new_section(("教师队伍",))
    first = "坚持县管校聘的方向，破除教师交流的校际壁垒，推动校长教师有序交流。"
    assert not said.repeats(first)
    said.add(first)
    assert said.repeats("对县管校聘管理改革，要加强指导、总结经验，推动交流轮岗制度化。")
    said.end_section()
    assert said.repeats("县管校聘要稳步推进。")

    line = "要把党建工作融入教育教学全过程，坚决防止党建与业务“两张皮”。"
    other = Said()
    other.add("加强学校党建，把党的领导落实到办学治校全过程", heading=True)
    other.new_section(("学校党建",))
    assert other.repeats(line)
    plain = Said()
    plain.add("加强学校党建", heading=True)
    plain.new_section(("学校党建",))
    assert not plain.repeats(line)

    unheaded = Said()  # a heading never printed is never recorded: nothing is held
    unheaded.new_section(("县管校聘",))
    assert not unheaded.repeats("坚持县管校聘的方向，破除教师交流的校际壁垒。")


@pytest.mark.parametrize("level", ["county", "district"])
@pytest.mark.parametrize("kind", ["leader_speech", "work_report", "concluding_remarks"])
def test_a_single_tasks_unprinted_heading_keeps_nothing_out(
    tmp_path: Path, kind: str, level: str
) -> None:
    """One task, no （一）: its heading is not printed, so what it names (县管校聘) is still
    said by its body in some seed (idea17 recorded it, and every such line was kept out)."""
    data = {
        "kind": kind,
        "meeting": {"date": "2025-03-12"},
        "region": {"level": level, "name": NAMES[level]},
        "speaker": {"title": TITLES[level][kind], "name": "周明"},
        "priorities": [{"area": "县管校聘", "points": ["推动骨干教师向乡村学校流动"]}],
    }
    said = set()
    for seed in (1, 2, 3, 4):
        draft = render(tmp_path, data, seed, f"{kind}{level}")
        headings = [b.text for b in draft.document.blocks if isinstance(b, Heading)]
        assert not any("管校聘" in h for h in headings), headings
        said |= set(re.findall(r"[县区]管校聘", "".join(draft.document.spoken_lines())))
    assert said == {"县管校聘" if level == "county" else "区管校聘"}, said


# the sub-topics of a clerk's task (the test's own table): said in its section only
SUBTOPICS = {
    "双减": r"作业(?:管理|总量|布置|设计)|课后服务|校外培训|学科类培训|压减成果",
    "招生入学": r"招生(?:计划|范围|结果)|阳光招生|划片招生",
}


@pytest.mark.parametrize("level", ["county", "city", "district"])
@pytest.mark.parametrize("kind", ["school_opening", "work_report", "leader_speech"])
def test_a_clerks_sub_topic_stays_in_its_section(tmp_path: Path, kind: str, level: str) -> None:
    """A clerk whose tasks are 双减 and 招生入学: no bank sentence speaks of 作业, 课后服务,
    校外培训 or of the enrolment plan outside the section whose heading names the task
    (round ag's D: 课后服务要坚持自愿参加… in part three's lead before （一）双减; 招生计划、
    招生范围、招生结果要全部向社会公开 in part one before （一）招生入学)."""
    data = {
        "kind": kind,
        "meeting": {"date": "2025-08-26" if kind == "school_opening" else "2025-03-12"},
        "region": {"level": level, "name": NAMES[level]},
        "speaker": {"title": TITLES[level][kind], "name": "周明"},
        "priorities": [
            {"area": "校园安全", "points": ["开学前完成校舍安全排查"]},
            {"area": "双减", "facts": {"作业管理达标学校比例": 100}},
            {"area": "招生入学"},
            {"area": "控辍保学"},
            "防溺水",
        ],
    }
    found = []
    for seed in (1, 2, 3):
        draft = render(tmp_path, data, seed, f"{kind}{level}")
        runs = draft_clerk_runs(draft)
        blocks = heading_blocks(draft.document)
        for task, pattern in SUBTOPICS.items():
            homes = [h for h, _ in blocks if h and (task in h or re.search(pattern, h))]
            if not homes:
                continue
            for heading, body in blocks:
                if heading in homes:
                    continue
                found += [
                    (seed, task, heading, s)
                    for s in body
                    if re.search(pattern, s) and not is_clerks(s, runs)
                ]
    assert not found, found


def _first_clause(text: str) -> str:
    return han(re.split(r"[，：；]", text, maxsplit=1)[0])


@pytest.mark.parametrize("kind", ["leading_group", "safety"])
def test_no_heading_says_a_part_headings_first_clause_again(tmp_path: Path, kind: str) -> None:
    """Over three levels × seeds 1–8: no heading (a part's, a section's, a leading group's
    run-in item) carries four characters in a row of an earlier part heading's first clause
    (round ag's D: （一）健全责任体系 under 三、健全责任体系; 三要加强统筹协调 after 二、突出统筹
    协调)."""
    found = []
    for level in ("county", "city", "district"):
        data = _profile(kind, level, True)
        data["safeguards"] = ["组织领导", "部门协同", "督查考核"]
        for seed in range(1, 9):
            draft = render(tmp_path, data, seed, f"{kind}{level}")
            parts: list[str] = []
            for block in draft.document.blocks:
                if not isinstance(block, Heading):
                    continue
                first = _first_clause(block.text)
                runs = {first[i : i + 4] for i in range(len(first) - 3)}
                if any(run in part for part in parts for run in runs):
                    found.append((level, seed, block.text, parts))
                if block.level == 1:
                    parts.append(first)
    assert not found, found
