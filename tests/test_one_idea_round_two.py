"""One idea said once a draft, round two (issue 11's D, round af; branch idea17).

Round af's readers still marked 54 D lines, and the meaning groups of idea16 saw 3 of them:
stock calls said twice in words that shared no pattern (each task with its owner and deadline
four times in one leading-group speech: 逐项明确责任…件件有着落 / 谁牵头、谁负责、什么时候完成 /
明确牵头单位和责任人 / 牵头单位、责任人、完成时限一项不缺; 各司其职、履职尽责 / 分内之事 / 主动认领
任务; 会后抓紧… after each document adopted and each report heard; 一生一档 / 逐人建档; 包保到户 /
劝返落实到户; 值班巡查 / 夜间值守巡查), a heading's idea said at once by its body (人防物防技防 over
要坚持人防、物防、技防一起抓; 从严从细抓好开学安全 over 开学安全必须从严从实), and one sub-topic in
two sections (教材发放 in part one's checklist and again as （一）切实抓好教材发放 in part three;
暑期工程收尾 likewise; 课后服务 in part three's lead before the list whose （四） is 课后服务).

The tests keep their own table of those families and render their own profiles — every kind ×
county, city and town × a rich and a near-empty profile × seeds 1–3, and school openings whose
clerk gives those sub-topics as tasks — so that they fail on a tree that says one twice.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from one_idea_support import (
    KINDS,
    draft_clerk_runs,
    heading_blocks,
    is_clerks,
    said_twice_in_blocks,
    titles,
)
from speechdraft.compose.restate import Said
from speechdraft.pipeline import build_draft

# The families: each a name and the wordings that say it (the test's own table).
FAMILIES: dict[str, str] = {
    "owner_and_deadline": r"谁牵头、谁负责|逐项明确责任|件件有着落|明确牵头单位和责任人"
    r"|牵头单位、责任人|由谁负责",
    "members_share": r"各司其职、履职尽责|分内之(?:事|责)|认领任务",
    "after_the_meeting": r"会后[^，。；]{0,3}(?:抓紧|明确责任)|抓紧(?:推进|推开|组织实施)",
    "credit": r"凝聚着[^。；]{0,10}(?:努力|付出|心血|汗水)",
    "teach_to_educate": r"教书的根本在育人|育人是使命|教书是职业|更教做人",
    "file_each_pupil": r"一生一档|逐人建档|一人一档",
    "door_to_door": r"包保到户|劝返[^。；]{0,8}到户",
    "night_watch": r"值班巡查|夜间[^，。；]{0,4}巡查|夜间值守",
    "three_defences": r"人防、?物防、?技防",
    "rural_allowance": r"乡村教师(?:生活)?补助",
    "managed_hiring": r"[县区旗市]管校聘",
    "built_and_used": r"建用结合|建成、?用好|当摆设",
    "strict_opening": r"从严从[实细]",
}
_FAMILIES = {name: re.compile(pattern) for name, pattern in FAMILIES.items()}
# The sub-topics a clerk's task may name (the test's own table): said in its section only.
SUBTOPICS: dict[str, str] = {
    "textbooks": r"教材|教辅",
    "summer_works": r"暑期工程|在建项目|在建工程",
    "after_school": r"课后服务",
}
_SUBTOPICS = {name: re.compile(pattern) for name, pattern in SUBTOPICS.items()}
_RUN_IN_HEAD = re.compile(r"^[一二三四五六七八九十]+是[^，。；]{0,24}。$")

TITLES = titles("county", "city", "town")
DATES = {"teachers_day": "2027-09-08", "school_opening": "2027-08-27", "safety": "2027-12-02"}
NAMES = {"county": "松阳县", "city": "江川市", "town": "白沙镇"}


def _profile(kind: str, level: str, rich: bool) -> dict[str, Any]:
    data: dict[str, Any] = {
        "kind": kind,
        "meeting": {"date": DATES.get(kind, "2027-03-10")},
        "region": {"level": level, "name": NAMES[level]},
        "speaker": {"title": TITLES[level][kind], "name": "陈立"},
    }
    if not rich:
        data["priorities"] = ["控辍保学", "校园安全"]
        return data
    data["priorities"] = [
        {"area": "教师队伍", "points": ["推进教师交流轮岗，骨干教师向薄弱学校流动"]},
        {"area": "控辍保学", "points": ["义务教育巩固率保持在98%以上"]},
        {"area": "校园安全", "points": ["寄宿制学校宿舍全部安装烟感报警装置"]},
        {"area": "教育信息化", "points": ["新建录播教室20间"]},
        {"area": "教师待遇"},
    ]
    data["safeguards"] = ["组织领导", "部门协同", "督查考核", "经费保障"]
    data["review"] = {
        "achievements": [{"area": "教师队伍", "points": ["全年招聘教师210名"]}],
        "problems": ["乡村学校音体美教师缺口较大"],
    }
    return data


def said_twice(draft: Any) -> list[tuple[str, str, str]]:
    """(family, earlier, later) for every family two sentences of the draft say, the later
    neither the clerk's words nor carrying a figure or a 【】 (a fact is said whatever else
    is). A heading counts as saying what it names: its body may say it once, in a sentence
    of its own (branch idea18: the heading's promise kept in the body), not a second time,
    nor any later line."""
    return said_twice_in_blocks(draft, _FAMILIES, skip=_RUN_IN_HEAD)


@pytest.mark.parametrize("level", ["county", "city", "town"])
@pytest.mark.parametrize("kind", KINDS)
def test_no_stock_call_said_twice_a_draft(tmp_path: Path, kind: str, level: str) -> None:
    """Rich and near-empty profiles × seeds 1–3: no bank sentence says a family of the
    test's table a heading or an earlier sentence of the draft has said."""
    problems = []
    for rich in (True, False):
        path = tmp_path / f"{kind}-{level}-{rich}.yaml"
        path.write_text(
            yaml.safe_dump(_profile(kind, level, rich), allow_unicode=True), encoding="utf-8"
        )
        for seed in (1, 2, 3):
            draft = build_draft(path, seed=seed)
            problems += [(rich, seed, *pair) for pair in said_twice(draft)]
    assert not problems, problems


def _opening(level: str, tasks: list[str]) -> dict[str, Any]:
    return {
        "kind": "school_opening",
        "meeting": {"date": "2027-08-27"},
        "region": {"level": level, "name": NAMES[level]},
        "speaker": {"title": TITLES[level]["school_opening"], "name": "陈立"},
        "priorities": [
            {"area": "校园安全", "points": ["开学前完成校舍安全排查"]},
            *({"area": task} for task in tasks),
        ],
    }


def strays(draft: Any) -> list[tuple[str, str]]:
    """(sub-topic, sentence) for every sentence not the clerk's that names a sub-topic of the
    test's table outside the section whose heading names it, where the draft has one."""
    runs = draft_clerk_runs(draft)
    blocks = heading_blocks(draft.document, skip=_RUN_IN_HEAD)
    found = []
    for name, pattern in _SUBTOPICS.items():
        if not any(heading and pattern.search(heading) for heading, _ in blocks):
            continue
        for heading, body in blocks:
            if heading and pattern.search(heading):
                continue
            found += [(name, s) for s in body if pattern.search(s) and not is_clerks(s, runs)]
    return found


@pytest.mark.parametrize("level", ["county", "city", "town"])
@pytest.mark.parametrize(
    "tasks",
    [
        ["教材发放", "暑期工程收尾"],
        ["教材发放", "课后服务"],
        ["暑期工程收尾", "课后服务"],
        ["教材发放", "暑期工程收尾", "课后服务"],
    ],
)
def test_a_clerks_sub_topic_is_said_in_its_section_only(
    tmp_path: Path, level: str, tasks: list[str]
) -> None:
    """A school opening whose clerk gives 教材发放, 暑期工程收尾 or 课后服务 as a task: no
    sentence of the bank names it in part one's checklist or in a lead before the list
    (round af's D and S: 三是确保教材课前到书 and （一）切实抓好教材发放 in one draft). Two
    tasks or more: with one, part three says it as a paragraph, under no heading of its own."""
    path = tmp_path / "opening.yaml"
    path.write_text(yaml.safe_dump(_opening(level, tasks), allow_unicode=True), encoding="utf-8")
    found = []
    for seed in (1, 2, 3, 4, 5, 6):
        draft = build_draft(path, seed=seed)
        found += [(seed, *stray) for stray in strays(draft)]
    assert not found, found


def test_a_school_opening_without_those_tasks_keeps_its_checklist(tmp_path: Path) -> None:
    """Where no task names them, part one's checklist still speaks of books and of the
    building works (the rule holds a sub-topic for its section, it does not drop it)."""
    path = tmp_path / "opening.yaml"
    path.write_text(yaml.safe_dump(_opening("county", []), allow_unicode=True), encoding="utf-8")
    said = set()
    for seed in (1, 2, 3, 4, 5, 6):
        text = "".join(
            s
            for _h, body in heading_blocks(build_draft(path, seed=seed).document, skip=_RUN_IN_HEAD)
            for s in body
        )
        said |= {name for name, pattern in _SUBTOPICS.items() if pattern.search(text)}
    assert "textbooks" in said, said


def test_a_reserved_sub_topic_is_free_in_its_own_section() -> None:
    """Said.reserve: a sentence on textbooks is refused before the section about them and
    after it, and said inside it."""
    said = Said()
    said.reserve(["校园安全", "教材发放"])
    line = "要加强与发行单位的衔接，确保教材课前到书。"
    assert said.repeats(line)
    said.new_section(("教材发放",))
    assert not said.repeats(line)
    said.add(line)
    said.end_section()
    assert said.repeats("教辅材料征订要坚持自愿原则，不得强制学生购买。")
    other = Said()
    other.reserve(["校园安全"])
    assert not other.repeats(line)
