"""The meeting's date, season, place and occasion, said right (issue 11's F, round aa).

Round aa's readers marked drafts that spoke as if every meeting were held in January at a
work conference: 实事求是地评价上半年的工作 and 今年的总体要求是 at an October first plenary,
高温天气要防暑降温 at a November safety meeting, 初秋气温仍然较高 on a plateau in late August,
学生每天往返于家庭和学校之间 for a 牧区's boarders, 这次会议要做三件事：…研判当前形势 over a work
report with no situation part, a safety meeting whose main task was 贯彻《教育强国建设规划纲要》,
a teachers' day that counted its own commendation as the past year's achievement and
announced 我和老师们谈三点心里话 before a part of orders to the place's bodies.

The rules are data and code (voice.CALENDAR, situation.CONTRADICTED, context.honoured); these
tests render own profiles over kinds × levels × dates in every quarter × seeds and assert on
the words. scripts/calendar_words.py runs the same families over every profile in the
repository.
"""

from __future__ import annotations

import datetime
import re

import pytest

from _matrix import draft

_SEEDS = (1, 2, 3)
_LEVELS = (("county", "县长", "青川县"), ("city", "市教育局局长", "青川市"))
_DATES = ("2027-01-16", "2027-04-22", "2027-07-08", "2027-10-17", "2027-12-04")


def _spoken(data: dict[str, object]) -> str:
    return "\n".join(draft(data).document.spoken_lines())


def _year_profile(kind: str, level: str, title: str, place: str, day: str, seed: int) -> dict:
    return {
        "kind": kind,
        "meeting": {"date": day},
        "region": {"level": level, "name": place},
        "speaker": {"title": title},
        "seed": seed,
        "review": {
            "achievements": [
                {"area": "学前教育", "points": ["新建公办幼儿园5所"]},
                {"area": "义务教育", "points": ["新建学校2所，新增学位1800个"]},
            ],
            "problems": ["城区学位仍然紧张"],
        },
        "targets": {
            "guideline": "坚持教育优先发展，办好人民满意的教育",
            "items": ["普惠性幼儿园覆盖率达到90%"],
        },
        "priorities": [{"area": "学前教育"}, {"area": "义务教育"}],
    }


# what a meeting in a month may not say of the time it speaks in
_HALF = re.compile(r"上半年")
_YEAR_GONE = re.compile(r"一年来|过去(?:的)?一年|回顾上一年")
_GUIDELINE_AGAIN = re.compile(
    r"(?:今年|\d{4}年)[^。：\n]{0,12}(?:总体要求|总体思路|工作思路|基本思路|总体考虑|总的考虑|总的要求)"
    r"[^。：\n]{0,8}："
)
_GROUND_LAID = re.compile(r"为(?:做好)?今年的工作打下|今年的(?:目标)?任务已经明确")


def _time_faults(text: str, month: int) -> list[str]:
    faults = []
    if month not in (7, 8, 9) and (m := _HALF.search(text)):
        faults.append(m.group())
    if month in (5, 6, 7, 8, 10) and (m := _YEAR_GONE.search(text)):
        faults.append(m.group())
    if 5 <= month <= 10:
        faults += [
            m.group() for m in (_GUIDELINE_AGAIN.search(text), _GROUND_LAID.search(text)) if m
        ]
    return faults


@pytest.mark.parametrize(
    "kind", ("leader_speech", "work_report", "concluding_remarks", "leading_group")
)
def test_time_words_agree_with_the_meeting_date(kind: str) -> None:
    """上半年 only from July to September, no 一年来 and no restated year's guideline in
    mid-year, and the year's guideline still said where it is laid down (January)."""
    found = {}
    for level, title, place in _LEVELS:
        for day in _DATES:
            month = datetime.date.fromisoformat(day).month
            for seed in _SEEDS:
                data = _year_profile(kind, level, title, place, day, seed)
                text = _spoken(data)
                assert "坚持教育优先发展" in text, (kind, level, day, seed)
                faults = _time_faults(text, month)
                if faults:
                    found[(level, day, seed)] = faults
    assert not found, found


_WEATHER_FAULTS = (
    (re.compile(r"高温|防暑|中暑"), frozenset({10, 11, 12, 1, 2, 3})),
    (re.compile(r"寒潮|防寒保暖|雨雪冰冻"), frozenset({4, 5, 6, 7, 8})),
    (re.compile(r"初秋"), frozenset(set(range(1, 13)) - {8, 9})),
    (re.compile(r"气温(?:逐步|逐渐)?回升"), frozenset({10, 11, 12, 1, 2})),
)
_SEASON_DATES = ("2027-02-20", "2027-05-12", "2027-08-28", "2027-11-06")


def _season_profile(kind: str, region: dict, title: str, day: str, seed: int) -> dict:
    return {
        "kind": kind,
        "meeting": {"date": day},
        "region": region,
        "speaker": {"title": title},
        "seed": seed,
        "duration_minutes": 30,
        "review": {"problems": ["部分学校应急演练流于形式"]},
        "priorities": [
            {"area": "防溺水"},
            {"area": "极端天气应对"},
            {"area": "交通安全"},
            {"area": "食品安全"},
        ],
    }


@pytest.mark.parametrize("kind", ("safety", "school_opening"))
def test_weather_words_fit_the_month(kind: str) -> None:
    """高温 and 防暑 in the warm months, 寒潮 in the cold ones, 初秋 only in August and
    September, 气温回升 not in winter (round aa's F: 高温天气要防暑降温 at a November meeting)."""
    found = {}
    for level, title, place in _LEVELS:
        region = {"level": level, "name": place}
        for day in _SEASON_DATES:
            month = datetime.date.fromisoformat(day).month
            for seed in _SEEDS:
                data = _season_profile(kind, region, title, day, seed)
                text = _spoken(data)
                for pattern, months in _WEATHER_FAULTS:
                    if month in months and (m := pattern.search(text)):
                        found.setdefault((level, day, seed), []).append(m.group())
    assert not found, found


def test_a_pastoral_highland_place_is_spoken_of_as_it_is() -> None:
    """Boarders of a 牧区 go home at weekends: no 每天往返 or 过马路; a plateau's late August
    is not 初秋气温仍然较高 (round aa's F)."""
    found = {}
    region = {"level": "banner", "name": "青川旗"}
    problems = (
        "牧区学校地处高寒高海拔地区，学生大多寄宿，周末往返路途远",
        "牧区学生大多寄宿，周末往返路途远",
    )
    for kind, title in (("safety", "副旗长"), ("school_opening", "旗教育局局长")):
        for day, problem in (
            ("2027-08-26", problems[0]),
            ("2027-09-02", problems[1]),
            ("2027-08-28", problems[1]),
            ("2027-05-12", problems[0]),
        ):
            for seed in (*_SEEDS, 4, 5):
                data = _season_profile(kind, region, title, day, seed)
                data["review"] = {"problems": [problem]}
                text = _spoken(data)
                for pattern in (r"每天往返", r"过马路", r"初秋气温", r"气温(?:仍然|依然)较高"):
                    if m := re.search(pattern, text):
                        found.setdefault((kind, day, seed), []).append(m.group())
    assert not found, found


def test_an_opening_promises_only_the_parts_there_are() -> None:
    """A work report has no part on the situation: its opening does not promise to 研判形势
    (round aa's F: 这次会议要做三件事：总结…，研判当前形势，安排…)."""
    found = {}
    for level, title, place in (*_LEVELS, ("province", "省教育厅厅长", "江川省")):
        for seed in range(1, 9):
            data = _year_profile("work_report", level, title, place, "2027-02-20", seed)
            text = _spoken(data)
            opening = text.split("\n一、")[0]
            headings = re.findall(r"^[一二三四五六七八九十]+、.*$", text, re.MULTILINE)
            if re.search(r"形势", opening) and not any("形势" in h for h in headings):
                found[(level, seed)] = re.search(r"[^。]*形势[^。]*。", opening)
    assert not found, found


def test_a_safety_meeting_names_its_own_task() -> None:
    """主要任务是深入贯彻… names the safety instructions, not a general plan (round aa's F:
    主要任务是深入贯彻《教育强国建设规划纲要（2024—2035年）》 at a safety meeting)."""
    found = {}
    for level, title, place in (*_LEVELS, ("banner", "副旗长", "青川旗")):
        for day in ("2019-03-12", "2026-03-12", "2031-11-06"):
            for seed in range(1, 9):
                data = _season_profile("safety", {"level": level, "name": place}, title, day, seed)
                text = _spoken(data)
                for task in re.findall(r"主要任务是[^，。]*贯彻([^，。]*)", text):
                    if "安全" not in task:
                        found[(level, day, seed)] = task
    assert not found, found


def _teachers_day(level: str, title: str, place: str, seed: int) -> dict:
    return {
        "kind": "teachers_day",
        "meeting": {"date": "2030-09-09"},
        "region": {"level": level, "name": place},
        "speaker": {"title": title},
        "seed": seed,
        "preceding": ["宣读了表彰决定", "为受表彰的教师代表颁奖"],
        "review": {
            "achievements": [
                {"area": "教师待遇", "points": ["教师平均工资收入水平不低于当地公务员"]},
                {
                    "area": "表彰",
                    "figures": {"本次表彰优秀教师": "260名", "优秀班主任": "80名"},
                    "points": ["首次设立“园丁功勋奖”，5位从教40年的老教师获奖"],
                },
            ]
        },
        "priorities": [{"area": "教师队伍"}, {"area": "教师待遇"}],
    }


def test_a_teachers_day_commendation_is_the_days_business() -> None:
    """The day's commendation is said in the opening as this meeting's (这次大会表彰…), not
    as one of the past year's results (round aa's F: 四是表彰工作有力推进，本次表彰…); no
    心里话 to teachers announced before a part of orders to the place's bodies."""
    levels = (*_LEVELS, ("province", "副省长", "江川省"), ("town", "镇党委书记", "青石镇"))
    for level, title, place in levels:
        for seed in (*_SEEDS, 4, 5, 6):
            text = _spoken(_teachers_day(level, title, place, seed))
            key = (level, seed)
            # the paragraph after the preceding items (刚才，…) says them; nothing after it
            _, _, body = text.partition("\n刚才，")
            said, _, body = body.partition("\n")
            assert re.search(
                r"这次大会表彰(?=[^。]*优秀教师260名)(?=[^。]*优秀班主任80名)", said
            ), key
            assert "5位从教40年的老教师获奖" in said, key
            assert "本次表彰" not in body and "260名" not in body, key
            assert not re.search(r"表彰工作[^。]{0,6}推进", text), key
            assert not re.search(r"和老师们谈[^。]{0,4}心里话", text), key


@pytest.mark.parametrize("kind", ("leader_speech", "work_report", "leading_group"))
def test_one_indicator_is_given_one_figure(kind: str) -> None:
    """A task's fact and a target of the same field with two figures (巩固率 保持在94%以上 and
    94.5%): the target line wins, the section says no other figure for it nor asks for one
    (round aa's F: 要确保九年义务教育巩固率达到94.5% after the targets said 94%)."""
    for level, title, place in _LEVELS:
        for seed in _SEEDS:
            data = {
                "kind": kind,
                "meeting": {"date": "2027-02-20"},
                "region": {"level": level, "name": place},
                "speaker": {"title": title},
                "seed": seed,
                "targets": {"items": ["九年义务教育巩固率保持在94%以上"]},
                "priorities": [
                    {"area": "控辍保学", "facts": {"九年义务教育巩固率": 94.5}},
                    {"area": "学前教育"},
                ],
            }
            text = _spoken(data)
            key = (kind, level, seed)
            assert "九年义务教育巩固率保持在94%以上" in text, key
            assert "94.5" not in text, key
            assert not re.search(r"【待补：[^】]*巩固率", text), key


def test_a_school_opening_names_one_span_it_looks_back_on() -> None:
    """An autumn opening looks back on 过去一学年, a spring one on 上学期, in its lead and in the
    【待补】 that follows it alike (round z's F: 过去一学年的成绩…：【待补：上学期主要工作成效】)."""
    for day, own, other in (
        ("2027-08-30", "过去一学年", "上学期"),
        ("2027-02-20", "上学期", "过去一学年"),
    ):
        for level, title, place in _LEVELS:
            for seed in _SEEDS:
                data = {
                    "kind": "school_opening",
                    "meeting": {"date": day},
                    "region": {"level": level, "name": place},
                    "speaker": {"title": title},
                    "seed": seed,
                    "priorities": [{"area": "校园安全"}],
                }
                text = _spoken(data)
                key = (day, level, seed)
                review = next(line for line in text.splitlines() if "主要工作成效" in line)
                assert f"【待补：{own}主要工作成效" in review, key
                assert other not in review, key
