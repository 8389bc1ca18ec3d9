"""A stock section is said only where the meeting asks for it (issue 11's S, round ai): a
safeguard the profile did not list speaks of no key task's matter the meeting never raised —
no （二）合力关心支持教师 or （三）精简各类检查评比 under 落实 at a meeting on neither, no
营造理性育人氛围 at a meeting on high schools and vocational schools — and a safety meeting's work-style lines stay on safety (no
各学校领导班子的心思和精力…教育教学管理). What is done after the meeting (会后，…) closes its
part, never opens it before its sections (round ai's S: 会后…梳理议定事项 before 一是)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from speechdraft.document import Heading
from speechdraft.pipeline import build_draft, builtin_templates_dir, load_phrasebank
from speechdraft.writers.text import to_text

# this test's own table: safeguard sub-topics on one key task's matter (safeguard.family)
ON_A_TASK = ("synergy.support_teachers", "work_style.burden", "atmosphere.views")

LEVELS = {"county": ("平川县", "县"), "city": ("东陵市", "市"), "province": ("江北省", "省")}
TITLES = {
    "concluding_remarks": "{u}政府副{u}长",
    "work_report": "{u}教育局局长",
    "leader_speech": "{u}委书记",
    "leading_group": "{u}委副书记",
    "school_opening": "{u}教育局局长",
}
# key tasks of no area those sub-topics serve (no teachers, 双减, 家庭教育)
TASKS = [
    {"area": "普通高中", "points": ["推进普通高中多样化特色发展"]},
    {"area": "职业教育", "points": ["深化产教融合"]},
    {"area": "学前教育"},
]
CASES = [
    (kind, level, seed) for kind in TITLES for level in ("county", "province") for seed in (1, 2)
]


def _profile(kind: str, level: str) -> dict[str, Any]:
    name, unit = LEVELS[level]
    return {
        "kind": kind,
        "meeting": {"date": "2027-03-10"},
        "region": {"level": level, "name": name},
        "speaker": {"title": TITLES[kind].format(u=unit), "name": "陈立"},
        "duration_minutes": 25,
        "preceding": ["教育局局长作了工作报告"] if kind == "concluding_remarks" else [],
        "priorities": TASKS,
    }


def _render(folder: Path, name: str, data: dict[str, Any], seed: int) -> Any:
    path = folder / f"{name}.yaml"
    if not path.exists():
        path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return build_draft(path, seed=seed)


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str, int], Any]:
    folder = tmp_path_factory.mktemp("asked")
    return {
        (kind, level, seed): _render(folder, f"{kind}-{level}", _profile(kind, level), seed)
        for kind, level, seed in CASES
    }


def _headings_of_families() -> dict[str, str]:
    """Each heading wording of the table's sub-topics → safeguard.family."""
    bank = load_phrasebank(builtin_templates_dir())
    found = {}
    for key in ON_A_TASK:
        safeguard, family_key = key.split(".")
        family = next(f for f in bank.safeguards[safeguard].families if f.key == family_key)
        for unit in family.headings:
            for wording in unit.wordings:
                found[wording] = key
    return found


def test_no_stock_section_on_a_matter_the_meeting_never_raised(drafts: dict) -> None:
    headings = _headings_of_families()
    assert len(headings) >= 10  # the table names sub-topics the bank has
    found = []
    for case, draft in drafts.items():
        for block in draft.document.blocks:
            if isinstance(block, Heading):
                title = re.sub(r"^（[一二三四五六七八九十]+）", "", block.title)
                if title in headings:
                    found.append((case, headings[title], block.title))
    assert not found, found[:6]


def test_the_drafts_still_hold_safeguard_sections(drafts: dict) -> None:
    """The rule leaves the general ones (责任, 部门联动, 作风…): a part on follow-through keeps
    sections in most drafts."""
    with_sections = 0
    for draft in drafts.values():
        text = to_text(draft.document)
        last_part = re.split(r"\n\s*[一二三四五六七八九十]+、", text)[-1]
        with_sections += bool(re.search(r"（[一二三]）", last_part))
    assert with_sections >= len(drafts) * 2 // 3, with_sections


def test_the_clerk_s_own_safeguard_is_said(tmp_path: Path) -> None:
    """A safeguard the profile lists is the clerk's choice: 为校减负 listed is said (one
    safeguard runs under the part's heading, with no section heading of its own)."""
    data = {**_profile("concluding_remarks", "county"), "safeguards": [{"area": "为校减负"}]}
    for seed in (1, 2):
        text = to_text(_render(tmp_path, "own", data, seed).document)
        last_part = re.split(r"\n\s*[一二三四五六七八九十]+、", text)[-1]
        assert re.search(r"减负|减轻学校负担|检查评比", last_part), last_part


@pytest.mark.parametrize("level", ["county", "city"])
def test_a_safety_meeting_s_work_style_stays_on_safety(tmp_path: Path, level: str) -> None:
    """Round ai's S: 各学校领导班子的心思和精力，要放在教育教学管理上 at a summer safety meeting."""
    name, unit = LEVELS[level]
    data = {
        "kind": "safety",
        "meeting": {"date": "2027-07-05", "name": f"全{unit}暑期学校安全工作会议"},
        "region": {"level": level, "name": name},
        "speaker": {"title": f"{unit}教育局局长", "name": "陈立"},
        "duration_minutes": 30,
        "priorities": [{"area": "防溺水"}, {"area": "交通安全"}, {"area": "食品安全"}],
        "safeguards": [{"area": "工作作风"}, {"area": "组织领导"}],
    }
    for seed in (1, 2, 3, 4):
        text = to_text(_render(tmp_path, f"safety-{level}", data, seed).document)
        assert "教育教学管理" not in text, text


# the lead-in of a part (一、…), its sections (（一）…) and items (一是…, 一要… are parts)
_NUM = "一二三四五六七八九十"
_PART = re.compile(rf"^[{_NUM}]+[、要](?!.*。$)")
_SECTION = re.compile(rf"^(?:（[{_NUM}]+）|[{_NUM}]+是要?)")
CLOSERS = {
    "work_report": "{u}教育局局长",
    "leader_speech": "{u}委书记",
    "leading_group": "{u}委书记、{u}委教育工作领导小组组长",
}


@pytest.fixture(scope="module")
def closing_drafts(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[str, str]]:
    folder = tmp_path_factory.mktemp("after")
    texts = []
    for kind, title in CLOSERS.items():
        for level in ("county", "province"):
            name, unit = LEVELS[level]
            data = {
                "kind": kind,
                "meeting": {"date": "2027-03-10"},
                "region": {"level": level, "name": name},
                "speaker": {"title": title.format(u=unit), "name": "陈立"},
                "duration_minutes": 30,
                "priorities": [*TASKS, {"area": "教师队伍"}],
                # the last safeguard no follow-through: the part's general lines lead it
                "safeguards": [{"area": "组织领导"}, {"area": "经费保障"}, {"area": "宣传引导"}],
            }
            for seed in (1, 2, 3):
                draft = _render(folder, f"{kind}-{level}", data, seed)
                texts.append((f"{kind}-{level}-{seed}", to_text(draft.document)))
    return texts


def test_what_is_done_after_the_meeting_never_opens_a_part(closing_drafts: list) -> None:
    early = []
    for name, text in closing_drafts:
        waiting: list[str] = []
        lead = False
        for line in (x.strip().strip("\u3000") for x in text.split("\n--- notes")[0].splitlines()):
            if _PART.match(line):
                waiting, lead = [], True
            elif _SECTION.match(line):
                early += [(name, w[:40]) for w in waiting]
                waiting, lead = [], False
            elif lead and line.startswith("会后"):
                waiting.append(line)
    assert not early, early


_POINTS_BACK = re.compile(r"^这些(?:成绩|进步)")
_NOT_ACHIEVEMENTS = re.compile(r"(?:感谢|辛苦)[！!]$|但也要看到")


@pytest.mark.parametrize("level", ["county", "province"])
def test_these_achievements_follow_the_achievements(tmp_path: Path, level: str) -> None:
    """这些成绩… points back to the achievements: never said after the thanks or after
    但也要看到… (round ai's S: the thanks between the achievements and 这些进步)."""
    data = {
        **_profile("concluding_remarks", level),
        "duration_minutes": 12,
        "review": {
            "achievements": [
                {"area": "学前教育", "figures": {"新建公办幼儿园": "6所"}},
                {"area": "普通高中", "points": ["高中阶段毛入学率稳步提高"]},
            ],
            "problems": ["城区学位紧张"],
        },
    }
    found = []
    for seed in range(1, 7):
        text = to_text(_render(tmp_path, f"back-{level}", data, seed).document)
        before = ""
        for sentence in re.findall(r"[^。！？\n]+[。！？]", text.split("\n--- notes")[0]):
            sentence = sentence.strip().strip("\u3000")
            if _POINTS_BACK.match(sentence) and _NOT_ACHIEVEMENTS.search(before):
                found.append((seed, before, sentence))
            before = sentence
    assert not found, found


_SCHOOLS_TASK = re.compile(r"^各学校要|退休[^。]*要")


def test_a_teachers_day_salute_sets_no_task(tmp_path: Path) -> None:
    """Part one of a teachers' day speech salutes and looks back: no task for the schools
    (各学校要把身边的先进宣传好) nor care for the retired (离退休老教师…要继续关心好) before the
    year's achievements (round ai's S); they are said with the duties."""
    found = []
    for level in ("county", "city"):
        name, unit = LEVELS[level]
        data = {
            "kind": "teachers_day",
            "meeting": {"date": "2027-09-09"},
            "region": {"level": level, "name": name},
            "speaker": {"title": f"{unit}委书记", "name": "陈立"},
            "duration_minutes": 20,
            "preceding": [f"宣读了{unit}委、{unit}政府表彰决定", "为受表彰的先进集体和个人颁奖"],
            "review": {"achievements": [{"area": "教师队伍", "figures": {"新招聘教师": "120名"}}]},
        }
        for seed in range(1, 6):
            text = to_text(_render(tmp_path, f"day-{level}", data, seed).document)
            part_one = re.split(r"\n\s*[一二三四五六七八九十]+、", text)[1]
            for sentence in re.findall(r"[^。！？\n]+[。！？]", part_one):
                if _SCHOOLS_TASK.search(sentence.strip().strip("\u3000")):
                    found.append((level, seed, sentence))
    assert not found, found


def test_a_teachers_day_heading_over_teacher_tasks_promises_no_school_work(
    tmp_path: Path,
) -> None:
    """Round ai's S: 三、紧盯重点任务，为教师成长和学校发展办实事 over two teacher items, nothing
    on the schools. A part heading over the key tasks that promises 学校发展 needs a key task
    beyond the teachers; a profile of teacher tasks alone has none, one with 村小教学管理 has."""
    from speechdraft.compose.context import build_context
    from speechdraft.pipeline import validate_profile

    bank = load_phrasebank(builtin_templates_dir())
    promising = [
        u
        for u in bank.frames["teachers_day.heading3_tasks"]
        if any("学校发展" in w for w in u.wordings)
    ]
    assert promising
    assert all("tasks_beyond_teachers" in u.tags.needs for u in promising)
    situations = []
    for tasks in (["乡村教师", "教师培训"], ["补充师资", "村小教学管理"]):
        data = {
            "kind": "teachers_day",
            "meeting": {"date": "2027-09-09"},
            "region": {"level": "county", "name": "平川县"},
            "speaker": {"title": "县委书记", "name": "陈立"},
            "priorities": [{"area": t} for t in tasks],
        }
        path = tmp_path / f"{tasks[1]}.yaml"
        path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
        context = build_context(validate_profile(path), bank)
        situations.append("tasks_beyond_teachers" in context.situation)
    assert situations == [False, True]
