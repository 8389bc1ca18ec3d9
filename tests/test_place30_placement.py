"""Each sentence in the part it belongs to, under the meeting's own theme (round ap's S and F,
branch place30):

- a holiday safety meeting is framed by the holiday's safety, not by 校园安全, even when the
  clerk calls one key task 校园安全 (seasons' campus tag: only the meeting's name lifts it);
- the flood season's and the winter's risk is said once, in the part on the situation: the
  part on duty does not say it again (汛期安全，要落实到每一所学校…调整教学 at a meeting held as
  the schools close);
- a clerk's own 开学准备 points are not a lone line before the stock 一是…五是 list;
- no vaguer 根据季节特点 line beside the season's own, nor at a meeting held for a break;
- every heading of 营造良好氛围's respect family stands over every line of it.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from _matrix import draft, lines, meeting
from speechdraft.phrasebank import load_phrasebank
from speechdraft.resources import builtin_templates_dir
from speechdraft.writers.text import to_text

SEEDS = (1, 2, 3)
_PART = re.compile(r"^[一二三四五六七八九十]+、")


def _summer(level: str, name: str, title: str, meeting_name: str) -> dict[str, Any]:
    data = meeting(
        "safety",
        "2024-06-28",
        level,
        name,
        title,
        minutes=15,
        review={"problems": ["水库和河道沿线村组多，野泳现象屡禁不止", "部分学生暑假无人看管"]},
        priorities=[
            {
                "area": "防溺水",
                "points": ["放假前逐班开展防溺水专题教育", "重点水域设置警示标志"],
            },
            {"area": "校园安全", "points": ["暑期托管班落实专人看护", "交通安全"]},
        ],
    )
    data["meeting"]["name"] = meeting_name
    return data


def _numbered(data: dict[str, Any], seed: int) -> list[str]:
    """The draft's lines as printed, headings with their numbers (一、…)."""
    return [line.strip() for line in to_text(draft(data, seed).document).splitlines()]


def _framing(said: list[str]) -> list[str]:
    """The opening (the first paragraph after 同志们), the parts' headings and the closing."""
    said = [line for line in said if line]
    start = next(i for i, line in enumerate(said) if line.startswith("同志们"))
    opening = said[start + 1 : start + 2]
    return opening + [line for line in said if _PART.match(line)] + said[-2:]


CASES = [
    ("county", "河湾县", "县教育局局长", "河湾县2024年暑期学生安全工作会议"),
    ("town", "柳塘镇", "镇长", "柳塘镇暑假学生安全工作会议"),
]


@pytest.mark.parametrize(("level", "name", "title", "meeting_name"), CASES)
@pytest.mark.parametrize("seed", SEEDS)
def test_a_summer_meeting_is_not_framed_as_campus_safety(
    level: str, name: str, title: str, meeting_name: str, seed: int
) -> None:
    said = _numbered(_summer(level, name, title, meeting_name), seed)
    framed = [line for line in _framing(said) if re.search("校园安全|平安校园", line)]
    assert framed == []


@pytest.mark.parametrize("seed", SEEDS)
def test_a_meeting_named_for_campus_safety_may_say_it(seed: int) -> None:
    """The meeting's own name lifts the tag: its frames are free to say 校园安全."""
    data = _summer("county", "河湾县", "县教育局局长", "河湾县暑期校园安全工作会议")
    assert "校园安全" in "\n".join(lines(data, seed))


def _flood(level: str, name: str, title: str) -> dict[str, Any]:
    """A June safety meeting whose clerk speaks of the summer, not of the flood season."""
    data = meeting(
        "safety",
        "2023-06-20",
        level,
        name,
        title,
        minutes=15,
        priorities=[
            {"area": "防溺水", "points": ["暑假前每名学生签订防溺水安全承诺书"]},
            {"area": "交通安全", "points": ["暑期严查接送学生的无证车辆"]},
        ],
    )
    data["meeting"]["name"] = f"{name}学生安全工作会议"
    return data


@pytest.mark.parametrize(("level", "name", "title"), [("county", "青石县", "副县长")])
@pytest.mark.parametrize("seed", SEEDS)
def test_the_flood_season_is_said_once_and_not_in_the_part_on_duty(
    level: str, name: str, title: str, seed: int
) -> None:
    text = "\n".join(lines(_flood(level, name, title), seed))
    assert text.count("临河临坡") <= 1
    assert "汛期安全，要落实到每一所学校" not in text


def _winter() -> dict[str, Any]:
    data = meeting(
        "safety",
        "2022-12-06",
        "county",
        "北岭县",
        "县教育局局长",
        minutes=15,
        priorities=[
            {"area": "消防安全", "points": ["寄宿制学校宿舍每晚熄灯后巡查"]},
            {"area": "食品安全", "points": ["食堂大宗食材统一配送"]},
        ],
    )
    data["meeting"]["name"] = "北岭县冬季学校安全工作会议"
    return data


@pytest.mark.parametrize("seed", SEEDS)
def test_the_winter_risk_is_not_restated_in_the_part_on_duty(seed: int) -> None:
    text = "\n".join(lines(_winter(), seed))
    assert text.count("雨雪冰冻") <= 1


def _opening(level: str, name: str, title: str) -> dict[str, Any]:
    data = meeting(
        "school_opening",
        "2025-08-22",
        level,
        name,
        title,
        minutes=15,
        priorities=[
            {"area": "开学准备", "points": ["新生分班8月28日前完成", "开学前完成校车年检"]},
            {"area": "教学管理", "points": ["起始年级不得超标教学"]},
        ],
    )
    data["meeting"]["name"] = f"{name}2025年秋季开学工作会议"
    return data


@pytest.mark.parametrize(
    ("level", "name", "title"),
    [("district", "临江区", "区教育局局长"), ("county", "南坪县", "县教育局局长")],
)
@pytest.mark.parametrize("seed", SEEDS)
def test_the_clerks_preparation_points_are_not_a_lone_line_before_the_list(
    level: str, name: str, title: str, seed: int
) -> None:
    said = lines(_opening(level, name, title), seed)
    where = [i for i, line in enumerate(said) if "新生分班" in line]
    assert where
    for i in where:
        assert not said[i + 1].startswith("一是"), said[i]


@pytest.mark.parametrize(("level", "name", "title", "meeting_name"), CASES)
def test_a_summer_meeting_names_its_own_theme_in_a_heading(
    level: str, name: str, title: str, meeting_name: str
) -> None:
    """The break's theme stands where 校园安全 did: some seed's part heading says it."""
    data = _summer(level, name, title, meeting_name)
    headings = [line for seed in SEEDS for line in _numbered(data, seed) if _PART.match(line)]
    assert any("暑期学生安全" in h or "假期" in h for h in headings), headings


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("which", ["winter", "flood", "summer"])
def test_no_vague_season_line_beside_the_seasons_own(which: str, seed: int) -> None:
    """根据季节特点做好安全提醒 is not said where the season's own line says its risks, nor at a
    meeting held as the schools close for the break."""
    data = {
        "winter": _winter(),
        "flood": _flood("county", "青石县", "副县长"),
        "summer": _summer(*CASES[0]),
    }[which]
    assert "季节特点" not in "\n".join(lines(data, seed))


def test_the_respect_familys_headings_stand_over_its_visits() -> None:
    """Every heading of 营造良好氛围's respect family stands over every line of it: not
    选树先进典型 or 讲好身边好老师的故事 over 走访慰问一线教师 and 尊师教育进班级 (round ap's S)."""
    bank = load_phrasebank(builtin_templates_dir())
    family = next(f for f in bank.safeguards["atmosphere"].families if f.key == "respect")
    said = " ".join(w for u in family.units for w in u.wordings)
    assert "走访慰问" in said
    headings = [w for h in family.headings for w in h.wordings]
    assert [h for h in headings if re.search("先进典型|老师的故事", h)] == []
