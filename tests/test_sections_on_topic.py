"""Every section about what its heading and the clerk's priority say (issue 11's S, round af).

- A key task named by a word of its area that no sub-topic's alias names (县域高中, 学生资助)
  is the sub-topic whose sentences say that word: not 特色高中 over 县域高中, not 劝返复学
  over 学生资助; its heading says the clerk's word where one of the sub-topic's does.
- An asked indicator (【待补】 where the profile gives none) is asked only where its area is
  the meeting's theme, at a meeting on its theme (half its key tasks or more): a safety
  meeting asks safety indicators, an opening meeting sets no year's training figure.
- No enumeration inside a numbered item (三是要…：一是…；二是…).

Own profiles, rendered over kinds × levels × seeds; each test fails on main before section17.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from _matrix import draft
from speechdraft.writers.text import to_text

SEEDS = (1, 2, 3)
NAMES = {"county": "清河县", "city": "临川市", "province": "南山省", "banner": "白音旗"}
SPEAKERS = {
    "county": {
        "leader_speech": "县长",
        "work_report": "县教育局局长",
        "concluding_remarks": "县委书记",
        "leading_group": "县委书记、县委教育工作领导小组组长",
        "safety": "副县长",
        "school_opening": "县教育局局长",
        "teachers_day": "县长",
    },
    "city": {
        "leader_speech": "市长",
        "work_report": "市教育局局长",
        "concluding_remarks": "市委书记",
        "leading_group": "市委书记、市委教育工作领导小组组长",
        "safety": "副市长",
        "school_opening": "市教育局局长",
        "teachers_day": "市长",
    },
    "province": {
        "leader_speech": "省长",
        "work_report": "省教育厅厅长",
        "concluding_remarks": "副省长",
        "leading_group": "省委书记、省委教育工作领导小组组长",
        "safety": "副省长",
        "school_opening": "省教育厅厅长",
        "teachers_day": "副省长",
    },
    "banner": {
        "leader_speech": "旗长",
        "work_report": "旗教育局局长",
        "concluding_remarks": "旗委书记",
        "leading_group": "旗委书记、旗委教育工作领导小组组长",
        "safety": "副旗长",
        "school_opening": "旗教育局局长",
        "teachers_day": "旗长",
    },
}
YEAR_KINDS = ("leader_speech", "work_report", "concluding_remarks", "leading_group")
_NUM = "一二三四五六七八九十"


def _render(data: dict[str, Any], seed: int) -> str:
    return to_text(draft({**data, "seed": seed}).document).split("\n--- notes", 1)[0]


def _profile(kind: str, level: str, priorities: list[Any], **more: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "kind": kind,
        "meeting": {"date": "2027-02-24" if kind != "teachers_day" else "2027-09-09"},
        "region": {"level": level, "name": NAMES[level]},
        "speaker": {"title": SPEAKERS[level][kind]},
        "duration_minutes": 20,
        "priorities": priorities,
    }
    data.update(more)
    return data


def _sections(text: str) -> list[tuple[str, str]]:
    """(heading, body) of every section: （一）… headings and 一是要… items, wherever in a
    paragraph the item starts."""
    found: list[tuple[str, str]] = []
    heading, body = "", []
    for raw in text.splitlines():
        line = raw.strip().strip("\u3000")
        if not line:
            continue
        head = re.match(rf"^（[{_NUM}]+）(?!.*。$)(.+)", line)
        if head or re.match(rf"^[{_NUM}]+[、要](?!.*。$)", line):
            if heading:
                found.append((heading, "".join(body)))
            heading, body = (head.group(1) if head else ""), []
            continue
        for sentence in re.findall(r"[^。！？]+[。！？]?", line):
            item = re.match(rf"^[{_NUM}]+是要([^。]+)。$", sentence)
            if item:
                if heading:
                    found.append((heading, "".join(body)))
                heading, body = item.group(1), []
            else:
                body.append(sentence)
    if heading:
        found.append((heading, "".join(body)))
    return found


def _section_of(text: str, word: str) -> tuple[str, str]:
    """The section whose heading or first sentences say ``word``; else ("", "")."""
    for heading, body in _sections(text):
        if word in heading or word in body[:80]:
            return heading, body
    return "", ""


# -- a key task named by a word of its area -----------------------------------------------


@pytest.mark.parametrize("kind", YEAR_KINDS)
@pytest.mark.parametrize("level", ["county", "province", "banner"])
def test_a_county_high_school_task_is_about_county_high_schools(kind: str, level: str) -> None:
    """县域高中 names the area 县域普通高中发展 and no sub-topic: its section was 特色高中's
    (the area's required 特色高中创建数 drew it), nothing on 县中振兴 (round af, twice)."""
    for seed in SEEDS:
        text = _render(_profile(kind, level, ["县域高中", "学前教育"]), seed)
        heading, body = _section_of(text, "县域高中")
        assert heading, (kind, level, seed)
        assert "县域高中" in heading, (kind, level, seed, heading)
        assert "特色立校" not in heading and "多样化特色" not in heading, (heading, seed)
        assert body.count("县域高中") + body.count("县中") >= 1, (kind, level, seed, body)


@pytest.mark.parametrize("kind", YEAR_KINDS)
@pytest.mark.parametrize("level", ["county", "city", "province"])
def test_a_student_aid_task_is_about_aid(kind: str, level: str) -> None:
    """学生资助 is the 资助 sub-topics', not 劝返复学/控辍保学 (round af's 06)."""
    for seed in SEEDS:
        text = _render(_profile(kind, level, ["学生资助", "教师队伍"]), seed)
        heading, body = _section_of(text, "资助")
        assert "资助" in heading and "劝返" not in heading, (kind, level, seed, heading)
        assert "劝返" not in text, (kind, level, seed)
        assert body.count("资助") >= 2, (kind, level, seed)


# -- asked indicators -----------------------------------------------------------------------


@pytest.mark.parametrize("level", ["county", "city", "province"])
def test_a_safety_meeting_asks_no_double_reduction_indicators(level: str) -> None:
    """A 双减 task at a safety meeting (its point on 校外培训机构 fire safety) asked for 作业管理
    达标学校比例 and 课后服务学生参与率 (round af's 28)."""
    tasks = [
        {"area": "双减", "points": ["校外培训机构消防安全检查"]},
        {"area": "食品安全"},
        "防溺水",
    ]
    for seed in SEEDS:
        text = _render(_profile("safety", level, tasks), seed)
        assert "【待补：作业管理达标学校比例" not in text, (level, seed)
        assert "【待补：义务教育学校课后服务学生参与率" not in text, (level, seed)


@pytest.mark.parametrize("level", ["county", "city", "banner"])
def test_an_opening_meeting_sets_no_training_figure(level: str) -> None:
    """新教师入职 at an opening meeting asked for the year's 教师全员培训人次 (round af's 23),
    课后服务 for 作业管理达标学校比例."""
    tasks = [
        {"area": "新教师入职", "points": ["新入职教师岗前培训"]},
        {"area": "课后服务", "points": ["课后服务结束时间与当地正常下班时间相衔接"]},
        "开学安全",
        {"area": "食品安全", "points": ["开学前完成食堂从业人员健康证复核"]},
        "校车安全",
    ]
    for seed in SEEDS:
        text = _render(_profile("school_opening", level, tasks), seed)
        assert "【待补：教师全员培训人次" not in text, (level, seed)
        assert "【待补：作业管理达标学校比例" not in text, (level, seed)


# -- no enumeration inside a numbered item --------------------------------------------------


@pytest.mark.parametrize("level", ["county", "city", "province", "banner"])
def test_no_list_inside_a_numbered_item(level: str) -> None:
    """A leading group's 三是要把问题看准看透。具体来说，主要是：一是…；二是… numbered twice
    (round af's 13 and 16)."""
    problems = ["部分学校大班额问题仍然存在", "乡村教师流失问题比较突出", "学前教育公办资源不足"]
    for count in (2, 3):
        for seed in SEEDS:
            data = _profile(
                "leading_group",
                level,
                ["学前教育", "教师队伍"],
                review={"problems": problems[:count]},
            )
            text = _render(data, seed)
            for raw in text.splitlines():
                line = raw.strip().strip("\u3000")
                if re.match(rf"^[{_NUM}]+是", line):
                    assert not re.search(r"[：:]一是", line), (level, count, seed, line)
            assert problems[0] in text and problems[1] in text


# -- a lead that announces a list is the last word before it --------------------------------

_ANNOUNCES = re.compile(
    r"(?:以下|下面)[^。！？]{0,8}(?:工作|几项|方面|几件|事情|任务)|我逐项讲一讲"
)


def test_an_announcement_of_a_list_ends_its_wording() -> None:
    """围绕…，领导小组要重点协调推动以下工作。各牵头单位要对照分工，逐项制定实施方案… put a
    duty line between 以下工作 and 一是 (round af's 15): no frame wording goes on after it."""
    root = Path(__file__).resolve().parents[1] / "templates" / "phrases" / "frames"
    found = []
    for path in sorted(root.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for slot, entries in (data.get("slots") or {}).items():
            for entry in entries:
                texts = entry if isinstance(entry, str) else entry.get("text")
                for text in [texts] if isinstance(texts, str) else texts:
                    said = re.findall(r"[^。！？]+[。！？]?", text)
                    if any(_ANNOUNCES.search(s) for s in said[:-1]):
                        found.append((slot, text))
    assert not found


# -- a review heading over odds and ends of one thing ---------------------------------------


@pytest.mark.parametrize("level", ["county", "city", "province"])
def test_one_plain_achievement_is_headed_by_what_it_is(level: str) -> None:
    """（三）其他各项工作持续加强 over one line on 学生资助 (round af's 06): a plain line of
    one thing is headed by the area it names."""
    review = {
        "achievements": [
            {"area": "学前教育", "points": ["新建公办幼儿园5所"], "figures": {"毛入园率": "92%"}},
            {"area": "职业教育", "figures": {"校企合作企业": "38家", "就业率": "96%"}},
            "全年发放学生资助资金1,980万元",
        ]
    }
    for seed in SEEDS:
        data = _profile("work_report", level, ["教师队伍"], review=review)
        text = _render(data, seed)
        assert "其他各项工作" not in text, (level, seed)
        heads = [h for h, _ in _sections(text) if "资助" in h]
        assert heads, (level, seed)
