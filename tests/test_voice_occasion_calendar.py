"""The speaker, the occasion and the calendar (issue 11's A, Y, L and openings; round af).

Round af's readers marked a scheme nobody decided (中心学校与教学点一体化管理，统一课程安排、统一
教学研究、统一考核评价; 进入学校的各类事项要实行清单管理，未列入清单的一律不进校园), a document
the bureau promised (特色高中的创建标准和评估办法，我们将抓紧研究制定), terms before their day
(学科类培训机构的压减成果 in February 2021; “十五五”教育规划落地见效 in February 2026; 一年来…深入
贯彻党的十九大精神 over 2017), a town speaking as the county (教师工资…在资金安排上要优先保障, 示范校,
门难进), a 县委常委、副县长 speaking only 受县政府委托, a report that did not take up the 副区长's
speech before it, and concluding remarks that asked for the year to be listed again after the
县委书记's. These tests render their own profiles over kinds × levels × years × seeds and read
the words with their own patterns (``scripts/voice_lines.py`` runs the same families over every
profile of the repository).
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from typing import Any

import pytest

from _matrix import meeting

SEEDS = [1, 2, 3]
Spoken = Callable[[dict[str, Any]], str]
_SENTENCE = re.compile(r"[^。！？\n]*[。！？]|[^。！？\n]+$", re.M)


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.findall(text) if s.strip()]


def _profile(kind: str, date: str, level: str, name: str, title: str, **more: Any) -> dict:
    return meeting(kind, date, level, name, title, minutes=30, **more)


# -- A: a scheme or a document nobody decided --------------------------------------------------

_SCHEME = re.compile(
    r"(?:推行|实行|实施|建立)[^，。；]{0,12}一体化管理"
    r"|统一[^，。；、]{2,6}、统一[^，。；、]{2,6}、统一"
    r"|(?<!问题)清单管理|未列入清单|清单(?:之外|以外)[^。]{0,8}一律"
    r"|创建标准"
    r"|，(?:我们将|局里将)[^，。；]{0,4}(?:研究制定|制定|出台|印发)。"
)

_BUREAU = {
    "county": ("青川县", "县教育局局长"),
    "city": ("沅江市", "市教育局党组书记、局长"),
    "autonomous_region": ("宁远自治区", "自治区教育厅厅长"),
}


@pytest.mark.parametrize("level", sorted(_BUREAU))
@pytest.mark.parametrize("kind", ["work_report", "leader_speech"])
@pytest.mark.parametrize("seed", SEEDS)
def test_no_scheme_or_document_nobody_decided(
    spoken_of: Spoken, level: str, kind: str, seed: int
) -> None:
    name, title = _BUREAU[level]
    if kind == "leader_speech":
        title = {"county": "副县长", "city": "副市长", "autonomous_region": "副主席"}[level]
    data = _profile(
        kind,
        "2027-02-20",
        level,
        name,
        title,
        priorities=[
            {"area": "乡村小规模学校", "points": ["办好村小和教学点"]},
            {"area": "普通高中特色发展", "facts": {"特色高中创建数": 6}},
            {"area": "教师减负", "points": ["清理规范进校园的督查检查评比考核事项"]},
            "义务教育优质均衡",
        ],
        safeguards=["组织领导", "作风建设"],
        seed=seed,
    )
    found = [s for s in _sentences(spoken_of(data)) if _SCHEME.search(s)]
    assert found == []


# -- Y: terms before their day -----------------------------------------------------------------

_PLAN_FIRST = {"十四五": 2021, "十五五": 2026}
_PLAN_DONE = re.compile(
    r"(十[四五]五)[”\"]?[^。；，]{0,8}规划[^。；，]{0,2}(?:落地见效|落地|实施|落实)"
)


@pytest.mark.parametrize(
    ("date", "plan"), [("2026-02-12", "十五五"), ("2026-03-20", "十五五"), ("2021-02-25", "十四五")]
)
@pytest.mark.parametrize(
    ("kind", "title"),
    [
        ("concluding_remarks", "县长"),
        ("leader_speech", "县委书记"),
        ("work_report", "县教育局局长"),
    ],
)
@pytest.mark.parametrize("seed", SEEDS)
def test_a_plan_is_drafted_before_it_is_carried_out(
    spoken_of: Spoken, date: str, plan: str, kind: str, title: str, seed: int
) -> None:
    data = _profile(
        kind,
        date,
        "county",
        "临溪县",
        title,
        priorities=[f"{plan}教育规划", "教师待遇"],
        seed=seed,
    )
    text = spoken_of(data)
    early = [
        s
        for s in _sentences(text)
        if (m := _PLAN_DONE.search(s))
        and datetime.date.fromisoformat(date) < datetime.date(_PLAN_FIRST[m.group(1)], 7, 1)
    ]
    assert early == []
    assert plan in text  # the plan is still named: as being drafted


@pytest.mark.parametrize("seed", SEEDS)
def test_a_plan_in_force_is_carried_out(spoken_of: Spoken, seed: int) -> None:
    data = _profile(
        "concluding_remarks",
        "2027-02-12",
        "county",
        "临溪县",
        "县长",
        priorities=["十五五教育规划", "教师待遇"],
        seed=seed,
    )
    assert "编制“十五五”" not in spoken_of(data)


_REVIEW = re.compile(r"^(?:一年来|过去一年|过去的一年|回顾(\d{4})年|(\d{4})年，)")
# (学习宣传贯彻 is what the congress's own weeks allow: not counted)
_CONGRESS = re.compile(r"(?<!宣传)贯彻[^。，]{0,30}党的(十九大|二十大)(?:精神|和)")


@pytest.mark.parametrize(
    ("date", "congress", "level", "name"),
    [
        ("2018-01-30", "十九大", "county_city", "青山市"),
        ("2018-02-26", "十九大", "province", "淮岳省"),
        ("2023-02-15", "二十大", "district", "东澜区"),
    ],
)
@pytest.mark.parametrize("seed", SEEDS)
def test_a_year_is_not_reviewed_under_the_congress_held_in_its_autumn(
    spoken_of: Spoken, date: str, congress: str, level: str, name: str, seed: int
) -> None:
    data = _profile(
        "work_report",
        date,
        level,
        name,
        "教育局局长" if level != "province" else "省教育厅厅长",
        review={"achievements": [{"area": "学前教育", "points": ["新建公办幼儿园5所"]}]},
        priorities=["义务教育优质均衡", "教师队伍"],
        seed=seed,
    )
    text = spoken_of(data)
    late = [
        s
        for s in _sentences(text)
        if _REVIEW.search(s) and (m := _CONGRESS.search(s)) and m.group(1) == congress
    ]
    assert late == []
    assert congress in text  # the congress guides the year ahead


@pytest.mark.parametrize("date", ["2021-02-24", "2020-03-10", "2019-09-09"])
@pytest.mark.parametrize(
    ("kind", "title"), [("work_report", "区教育局局长"), ("leader_speech", "副区长")]
)
@pytest.mark.parametrize("seed", SEEDS)
def test_no_double_reduction_words_before_it(
    spoken_of: Spoken, date: str, kind: str, title: str, seed: int
) -> None:
    data = _profile(
        kind,
        date,
        "district",
        "东澜区",
        title,
        priorities=[
            {"area": "校外培训治理", "points": ["开展校外培训机构专项治理"]},
            "课后服务",
            "作业管理",
        ],
        seed=seed,
    )
    text = spoken_of(data)
    assert not re.search(r"学科类培训机构|学科类校外培训|压减成果", text)


@pytest.mark.parametrize(
    ("level", "name", "title"),
    [
        ("province", "淮岳省", "副省长"),
        ("county", "青川县", "县委书记"),
        ("city", "沅江市", "市长"),
    ],
)
@pytest.mark.parametrize("seed", SEEDS)
def test_no_campus_entry_list_before_the_2019_document(
    spoken_of: Spoken, level: str, name: str, title: str, seed: int
) -> None:
    data = _profile(
        "teachers_day",
        "2019-09-09",
        level,
        name,
        title,
        priorities=[
            {"area": "教师减负", "points": ["清理规范进校园的督查检查评比考核事项"]},
            "教师待遇",
            "师德师风",
        ],
        seed=seed,
    )
    text = spoken_of(data)
    assert not re.search(r"(?:进入学校|进校园)[^。；，]{0,8}清单|清单(?:之外|以外)|清单管理", text)


# -- L: a town is not the county; a standing-committee deputy speaks for both bodies ----------

_TOWN = re.compile(
    r"教师工资[^。；]{0,24}(?:优先保障|资金安排|先用在)|(?:资金安排|有保有压)[^。；]{0,20}教师工资"
    r"|示范校|门难进|脸难看"
)


@pytest.mark.parametrize(
    ("kind", "title"),
    [
        ("leader_speech", "乡长"),
        ("work_report", "镇中心学校校长"),
        ("concluding_remarks", "镇党委书记"),
        ("school_opening", "镇中心学校校长"),
    ],
)
@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_a_town_does_not_speak_as_the_county(
    spoken_of: Spoken, kind: str, title: str, seed: int
) -> None:
    data = _profile(
        kind,
        "2027-03-06" if kind != "school_opening" else "2027-08-28",
        "town",
        "青冈岭乡",
        title,
        priorities=["控辍保学", "校园安全", "教育质量"],
        safeguards=["经费保障", "作风建设", "组织领导"],
        seed=seed,
    )
    found = [s for s in _sentences(spoken_of(data)) if _TOWN.search(s)]
    assert found == []


@pytest.mark.parametrize(
    ("kind", "date"), [("teachers_day", "2027-09-09"), ("leader_speech", "2027-03-10")]
)
@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5, 6])
def test_a_standing_committee_deputy_is_entrusted_by_both_bodies(
    spoken_of: Spoken, kind: str, date: str, seed: int
) -> None:
    data = _profile(
        kind, date, "county", "岚石县", "县委常委、副县长", priorities=["教师待遇"], seed=seed
    )
    if kind == "teachers_day":  # individuals commended: the deputy's 首先，受…委托 line
        data["preceding"] = ["县教育局局长宣读了表彰决定", "优秀教师代表发言"]
    text = spoken_of(data)
    assert "受县政府委托" not in text
    assert "县委" in text.split("一、")[0] or kind == "leader_speech"


# -- openings and closings after a superior's speech -------------------------------------------


@pytest.mark.parametrize(
    ("level", "name", "title", "before"),
    [
        ("district", "东澜区", "区教育局党组书记、局长", "区委常委、副区长冯立新同志作了重要讲话"),
        ("city", "沅江市", "市教育局局长", "市委书记作了重要讲话"),
        ("county", "青川县", "县教育局局长", "副县长王明同志作了讲话"),
    ],
)
@pytest.mark.parametrize("seed", SEEDS)
def test_a_report_after_a_superior_takes_up_his_speech(
    spoken_of: Spoken, level: str, name: str, title: str, before: str, seed: int
) -> None:
    data = _profile(
        "work_report",
        "2027-02-24",
        level,
        name,
        title,
        preceding=[before],
        priorities=["义务教育优质均衡", "教师队伍"],
        seed=seed,
    )
    lines = [ln for ln in spoken_of(data).splitlines() if ln.strip()]
    opening = lines[: lines.index("同志们：") + 2]
    assert opening[-1].startswith("刚才，"), opening
    assert "落实" in opening[-1], opening
    # with nothing before it, a report opens as it did
    del data["preceding"]
    lines = [ln for ln in spoken_of(data).splitlines() if ln.strip()]
    assert not any("刚才" in ln for ln in lines[: lines.index("同志们：") + 3])


@pytest.mark.parametrize(
    ("level", "name", "title", "before"),
    [
        ("county", "临溪县", "县长", "县委书记作了讲话"),
        ("city", "沅江市", "市长", "市委书记作了重要讲话"),
    ],
)
@pytest.mark.parametrize("seed", SEEDS)
def test_concluding_remarks_after_a_secretary_do_not_review_the_year_again(
    spoken_of: Spoken, level: str, name: str, title: str, before: str, seed: int
) -> None:
    data = _profile(
        "concluding_remarks",
        "2027-02-12",
        level,
        name,
        title,
        preceding=[before],
        priorities=["义务教育优质均衡", "教师待遇"],
        seed=seed,
    )
    text = spoken_of(data)
    assert "主要成绩（按领域分条" not in text
    assert "书记" in text.split("二、")[0]  # the year's affirmation refers to his speech
    # where the profile gives the year's results, every one is still said (drop none)
    data["review"] = {
        "achievements": [{"area": "学前教育", "points": ["新建公办幼儿园5所"]}],
    }
    assert "新建公办幼儿园5所" in spoken_of(data)


# -- the data: shapes and windows that catch round af's lines ----------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "要推行中心学校与教学点一体化管理，统一课程安排、统一教学研究、统一考核评价。",
        "以中心学校带教学点，实行一体化办学、一体化管理。",
        "特色高中的创建标准和评估办法，我们将抓紧研究制定。",
        "进入学校的各类事项要实行清单管理，未列入清单的一律不进校园。",
    ],
)
def test_round_af_arrangements_have_a_shape(sentence: str) -> None:
    from speechdraft.arrangement_shapes import shapes

    assert shapes(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "坚持问题清单管理，督导查出一项、反馈一项、整改一项、销号一项。",
        "中心学校要加强对教学点的指导，帮助教学点开齐开足课程、用好教研资源。",
        "我们将积极争取财政部门支持，推动教育经费落实到位。",
    ],
)
def test_general_calls_have_no_new_shape(sentence: str) -> None:
    from speechdraft.arrangement_shapes import shapes

    assert shapes(sentence) == []


@pytest.mark.parametrize(
    ("text", "day", "out"),
    [
        ("推动“十五五”教育规划落地见效", "2026-02-12", True),
        ("推动“十五五”教育规划落地见效", "2026-09-10", False),
        ("高质量编制“十五五”教育规划", "2026-02-12", False),
        ("抓好“十四五”教育规划实施", "2021-03-01", True),
        ("坚决巩固学科类培训机构的压减成果", "2021-02-24", True),
        ("坚决巩固学科类培训机构的压减成果", "2022-02-24", False),
        ("进入学校的各类事项要实行清单管理", "2019-09-09", True),
    ],
)
def test_dated_windows(text: str, day: str, out: bool) -> None:
    from speechdraft.norms import terms_out_of_window

    assert bool(terms_out_of_window(text, datetime.date.fromisoformat(day))) is out
