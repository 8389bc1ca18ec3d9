"""The lines about the meeting and the speech itself, round ah (issue 11's R and F; branch frame19).

Round ah's readers struck, on lines nearly every draft carries: an endorsement that does not fit
what it names (汇报情况是客观的; 安排和通报把情况摆得很清楚; 通报针对性很强，大家要…抓紧抓实; 结合会议
的安排，我再强调三点意见), 我再强调 where nobody spoke before, a group meeting that says it must not
be one for hearing reports right after hearing them, an opening in a report's written voice (…主要
工作如下) or a muddled plan-year frame (“十五五”开局之后，2027年是规划实施的重要一年), the day said
wrong (一起过第41个教师节 on 9 September; 师生返校要… after term began; 假期的新建、改扩建工程 at a
winter opening), the meeting's form read out after 刚才 (会议以视频形式开到各县), awards presented
before the decision granting them was read, and a closing that says nothing (每一个孩子的平安，都是对
家庭最好的交代). These tests render their own profiles over kinds × levels × dates × preceding
items × seeds and read the words with their own patterns (``scripts/agenda_lines.py`` counts the
same families over every profile of the repository).
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from _matrix import draft

_SENTENCE = re.compile(r"[^。！？\n]*[。！？]")

# level → (place, bureau, head of the bureau)
_PLACES: dict[str, tuple[str, str, str]] = {
    "county": ("清河县", "县教育局", "局长"),
    "city": ("临江市", "市教育局", "局长"),
    "banner": ("巴彦旗", "旗教育体育局", "局长"),
    "province": ("江北省", "省教育厅", "厅长"),
}
_SPEAKERS: dict[str, dict[str, str]] = {
    "leader_speech": {
        "county": "县长",
        "city": "市长",
        "banner": "旗长",
        "province": "副省长",
    },
    "leading_group": {
        "county": "县委书记、县委教育工作领导小组组长",
        "city": "市委书记、市委教育工作领导小组组长",
        "banner": "旗委书记、旗委教育工作领导小组组长",
        "province": "省委书记、省委教育工作领导小组组长",
    },
}


def _speaker(kind: str, level: str) -> str:
    if kind in _SPEAKERS:
        return _SPEAKERS[kind][level]
    if kind == "teachers_day":
        return {"county": "县委书记", "city": "市长", "banner": "旗长", "province": "副省长"}[level]
    return _PLACES[level][1] + _PLACES[level][2]


def _draft(data: dict[str, Any], seed: int) -> str:
    from speechdraft.writers.text import to_text

    return to_text(draft(data, seed).document)


def _profile(
    kind: str, level: str, date: str, preceding: list[str], priorities: list[str] | None = None
) -> dict[str, Any]:
    return {
        "kind": kind,
        "meeting": {"date": date},
        "region": {"level": level, "name": _PLACES[level][0]},
        "speaker": {"title": _speaker(kind, level)},
        "duration_minutes": 20,
        "preceding": preceding,
        "priorities": priorities or ["校园安全", "教师队伍建设"],
    }


def _sentences(text: str) -> list[str]:
    return [s for line in text.splitlines() for s in _SENTENCE.findall(line)]


def _short(level: str) -> str:
    return {"county": "县", "city": "市", "banner": "旗", "province": "省"}[level]


# --- 我再强调 only after someone spoke -----------------------------------------------------

_AGAIN = re.compile(r"我(?:简要地)?再(?:强调|讲)")
_NOBODY_SPOKE: dict[str, list[str]] = {
    "none": [],
    "commendation_signing": ["宣读表彰决定", "与各学校签订安全目标责任书"],
}


@pytest.mark.parametrize("preceding", sorted(_NOBODY_SPOKE))
@pytest.mark.parametrize("level", ["county", "city", "province"])
@pytest.mark.parametrize("kind", ["concluding_remarks", "safety"])
def test_no_again_where_nobody_spoke(kind: str, level: str, preceding: str) -> None:
    said = []
    for seed in range(1, 9):
        data = _profile(kind, level, "2027-03-12", _NOBODY_SPOKE[preceding])
        said += [s for s in _sentences(_draft(data, seed)) if _AGAIN.search(s)]
    assert said == []


def test_again_still_said_after_a_report() -> None:
    """The rule keeps 再强调 where a report preceded: some seed of a concluding speech says it."""
    report = "县教育局局长作工作报告"
    said = [
        s
        for seed in range(1, 9)
        for s in _sentences(
            _draft(_profile("concluding_remarks", "county", "2027-03-12", [report]), seed)
        )
        if _AGAIN.search(s)
    ]
    assert said


# --- endorsements that fit what they name -----------------------------------------------


def _mixes(level: str) -> dict[str, list[str]]:
    s = _short(level)
    bureau, head = _PLACES[level][1:]
    return {
        "report_bulletin": [
            f"{bureau}{head}汇报开学准备工作情况",
            f"{s}公安局交警大队通报暑期校车专项整治情况",
        ],
        "arrangement_bulletin": [
            f"{bureau}安全股通报今年以来学校安全检查情况",
            f"{s}公安局交管大队就学生交通安全作安排",
        ],
        "bulletin": [f"{bureau}通报上学期学校安全检查情况"],
    }


_ODD = re.compile(
    r"情况是客观的|把情况摆得很清楚|通报[^。]{0,10}抓紧抓实|结合会议的安排|念稿子|开成[^。]{0,8}例会"
)


@pytest.mark.parametrize("mix", ["report_bulletin", "arrangement_bulletin", "bulletin"])
@pytest.mark.parametrize("level", ["county", "city", "province"])
@pytest.mark.parametrize("kind", ["school_opening", "safety", "concluding_remarks"])
def test_endorsement_fits_what_it_names(kind: str, level: str, mix: str) -> None:
    date = "2027-08-26" if kind == "school_opening" else "2027-05-20"
    odd = []
    for seed in range(1, 9):
        data = _profile(kind, level, date, _mixes(level)[mix])
        odd += [s for s in _sentences(_draft(data, seed)) if _ODD.search(s)]
    assert odd == []


@pytest.mark.parametrize("level", ["county", "city", "province"])
def test_group_meeting_after_reports(level: str) -> None:
    """Right after reports, the group head does not say the meeting must not hear reports."""
    s = _short(level)
    preceding = [f"{_PLACES[level][1]}汇报全{s}教育工作情况", f"{s}发展改革委汇报学校建设项目进展"]
    odd = []
    for seed in range(1, 9):
        data = _profile("leading_group", level, "2027-03-10", preceding)
        data["duration_minutes"] = 30
        odd += [s for s in _sentences(_draft(data, seed)) if _ODD.search(s)]
    assert odd == []


# --- openings said, not written ----------------------------------------------------------

_WRITTEN = re.compile(r"主要工作如下|”开局之后|的一次会议，主要是")


@pytest.mark.parametrize("level", ["county", "city", "province"])
@pytest.mark.parametrize("kind", ["work_report", "leader_speech", "safety"])
def test_opening_said_not_written(kind: str, level: str) -> None:
    # 2027: the second year of the 15th five-year plan; a January safety meeting reviews last year
    date = "2027-01-15" if kind == "safety" else "2027-02-25"
    written = []
    for seed in range(1, 9):
        data = _profile(kind, level, date, [])
        data["duration_minutes"] = 35
        written += [s for s in _sentences(_draft(data, seed)) if _WRITTEN.search(s)]
    assert written == []


# --- the day said as it is ---------------------------------------------------------------

_ON_THE_DAY = re.compile(r"一起过第\d+个教师节|在第\d+个教师节，")


@pytest.mark.parametrize("date", ["2025-09-09", "2028-09-12"])
@pytest.mark.parametrize("level", ["county", "city", "banner"])
def test_teachers_day_not_said_as_today_on_another_day(level: str, date: str) -> None:
    said = []
    for seed in range(1, 13):
        data = _profile("teachers_day", level, date, ["宣读表彰决定"], ["师德师风", "教师待遇"])
        said += [s for s in _sentences(_draft(data, seed)) if _ON_THE_DAY.search(s)]
    assert said == []


_RETURN = re.compile(r"师生返校要|返校要做到")


@pytest.mark.parametrize("date", ["2021-09-10", "2021-03-15", "2022-11-08"])
@pytest.mark.parametrize("kind", ["school_opening", "safety"])
def test_return_not_ahead_once_term_began(kind: str, date: str) -> None:
    said = []
    for seed in range(1, 9):
        data = _profile(kind, "county", date, [], ["疫情防控", "校园安全"])
        said += [s for s in _sentences(_draft(data, seed)) if _RETURN.search(s)]
    assert said == []


_WORKS = re.compile(r"假期的?新建、改扩建")


@pytest.mark.parametrize("date", ["2027-02-20", "2031-01-08"])
@pytest.mark.parametrize("level", ["county", "banner", "province"])
def test_no_holiday_building_at_a_winter_opening(level: str, date: str) -> None:
    said = []
    for seed in range(1, 13):
        data = _profile("school_opening", level, date, [], ["开学准备", "校园安全"])
        said += [s for s in _sentences(_draft(data, seed)) if _WORKS.search(s)]
    assert said == []


def test_holiday_building_kept_for_a_summer_break() -> None:
    """The calendar rule keeps the summer's works at an August or September opening."""
    from speechdraft.voice import untimely

    line = "假期的新建、改扩建和维修工程要加快进度。"
    assert untimely(line, 8) is None and untimely(line, 9) is None
    assert untimely(line, 2) and untimely(line, 1)


# --- the recap: items done, in the order they happened -----------------------------------


def _recap(text: str) -> list[str]:
    line = next(ln for ln in text.splitlines() if "刚才，" in ln)
    return line.partition("刚才，")[2].partition("。")[0].split("；")


@pytest.mark.parametrize("level", ["county", "city", "province"])
@pytest.mark.parametrize("kind", ["concluding_remarks", "school_opening", "leader_speech"])
@pytest.mark.parametrize("seed", [1, 2])
def test_meeting_form_not_recapped(kind: str, level: str, seed: int) -> None:
    preceding = [
        f"{_PLACES[level][1]}{_PLACES[level][2]}作工作报告",
        "会议以视频形式开到各乡镇（街道）",
    ]
    data = _profile(kind, level, "2027-02-26", preceding)
    clauses = _recap(_draft(data, seed))
    assert [c for c in clauses if "视频" in c or "开到" in c] == []
    assert any("工作报告" in c for c in clauses), clauses


@pytest.mark.parametrize("level", ["county", "city", "banner"])
@pytest.mark.parametrize("kind", ["teachers_day", "leader_speech"])
@pytest.mark.parametrize("seed", [1, 2])
def test_decision_read_before_awards(kind: str, level: str, seed: int) -> None:
    s = _short(level)
    preceding = [f"{s}委书记为受表彰教师颁奖", f"{s}委常委宣读表彰决定"]
    data = _profile(kind, level, "2027-09-09", preceding, ["师德师风", "教师待遇"])
    clauses = _recap(_draft(data, seed))
    read = next(n for n, c in enumerate(clauses) if "宣读" in c)
    # 颁了奖, as the recap's other items take 了 (round at's G)
    awarded = next(n for n, c in enumerate(clauses) if re.search("颁了?奖", c))
    assert read < awarded, clauses


# --- closings that say what they mean ----------------------------------------------------


@pytest.mark.parametrize("level", ["county", "city", "province"])
def test_safety_closing_says_what_it_means(level: str) -> None:
    said = []
    for seed in range(1, 13):
        data = _profile("safety", level, "2027-05-20", [])
        said += [s for s in _sentences(_draft(data, seed)) if "最好的交代" in s]
    assert said == []
