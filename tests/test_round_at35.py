"""Round at's labels, fixed after the reading (the reading's figure was taken before these)."""

from __future__ import annotations

import re

import pytest

from speechdraft.compose.context import _count_state
from speechdraft.compose.point_fit import sourced_pieces


@pytest.mark.parametrize(
    ("subject", "verb"),
    [
        # a year's deed so far is what was done (全市现有今年新补充教师126名 was round at's G)
        (("今年新补充教师人数", "现有", "126名"), ("今年已新补充教师", "")),
        # a staff counted by its posting is the staff (全市现有专职思政课教师配备1650名)
        (("专职思政课教师配备人数", "现有", "1650名"), ("专职思政课教师", "现有")),
        # a stock keeps its word
        (("续建项目数", "现有", "17个"), ("续建项目", "现有")),
    ],
)
def test_a_count_given_as_the_present_is_said_as_a_speaker_says_it(
    subject: tuple[str, str, str], verb: tuple[str, str]
) -> None:
    assert _count_state(*subject) == verb


def test_a_return_named_by_its_sender_is_said_as_given() -> None:
    """Round at's G: 市教育局要报来的名师培养计划：… (a 要 before the sender)."""
    point = "市教育局报来的名师培养计划：今年计划遴选培养对象150人，培养周期三年"
    pieces = sourced_pieces(point, bureau=False)
    assert pieces is not None
    assert pieces[1].startswith("市教育局报来的名师培养计划：")  # no 要 before the sender


STRUCK_AS_A = (
    "研究决定召开的",  # who decided to convene: nobody said (round at's A)
    "对本校班额负直接责任",  # a division of duty nobody set
    "未经计划财务部门审核",  # an approval mechanism nobody set
    "与集团考核、绩效分配挂钩",  # a new mechanism
    "其中要包含传染病应急处置",  # a drill's content nobody set
    "新老集团",  # presumes groups already exist
    "超员班级要逐年消化",  # beside a 100% target this year (round at's F, two drafts)
)


def test_the_specifics_round_at_read_as_invented_are_gone() -> None:
    from pathlib import Path

    files = sorted((Path(__file__).parents[1] / "templates" / "phrases").rglob("*.yaml"))
    source = "".join(path.read_text(encoding="utf-8") for path in files)
    assert [w for w in STRUCK_AS_A if w in source] == []


def test_a_deputy_secretary_ranks_below_the_government_head() -> None:
    from speechdraft.compose.context import superior_speech

    assert superior_speech("县长讲话", "party_secretary", "县委副书记")
    assert superior_speech("旗长作了讲话", "party_secretary", "旗委副书记")
    assert not superior_speech("县长讲话", "party_secretary", "县委书记")
    assert not superior_speech("县教育局局长作工作报告", "party_secretary", "县委副书记")


@pytest.mark.parametrize("seed", range(1, 7))
def test_a_deputy_secretary_does_not_grade_the_heads_speech(seed: int) -> None:
    """Round at's R: 讲话和报告客观全面，我都赞同 from a 县委副书记 after the 县长's speech."""
    import re

    from _matrix import draft

    profile = {
        "kind": "concluding_remarks",
        "meeting": {"date": "2030-02-26", "name": "全县教育工作会议"},
        "region": {"level": "county", "name": "石门县"},
        "speaker": {"title": "县委副书记", "name": "易水寒"},
        "preceding": ["县长讲话", "县教育局局长作工作报告"],
        "priorities": [{"area": "学前教育"}, {"area": "县域高中"}],
    }
    text = "".join(draft(profile, seed).document.spoken_lines())
    graded = [s for s in re.split("[。！]", text) if "讲话" in s and re.search("同意|赞同", s)]
    assert graded == [], (seed, graded)


@pytest.mark.parametrize("seed", range(1, 5))
def test_a_form_heading_given_as_an_area_claims_no_progress(seed: int) -> None:
    """Round at's G: 一年来的成绩取得积极进展 (the form's heading said as an area)."""
    from _matrix import draft

    profile = {
        "kind": "teachers_day",
        "meeting": {"date": "2026-09-09"},
        "region": {"level": "town", "name": "芦花镇"},
        "speaker": {"title": "镇党委书记"},
        "review": {
            "achievements": [
                {
                    "area": "一年来的成绩",
                    "points": ["镇中心校新建学生食堂", "村小教师张红被评为县最美乡村教师"],
                }
            ]
        },
        "priorities": [{"area": "乡村教师", "points": ["落实乡村教师生活补助"]}],
    }
    text = "".join(draft(profile, seed).document.spoken_lines())
    assert "新建学生食堂" in text
    assert "成绩取得积极进展" not in text and "其他各项工作" not in text, seed


def test_a_holiday_safety_meeting_does_not_survey_the_new_campus_risks() -> None:
    """Round at's E: safety meetings spoke of 学生心理问题、网络沉迷和电信诈骗等新型风险, which
    nothing after them took up; a meeting held for a break (holiday_theme) speaks of the break."""
    from speechdraft.phrasebank import load_phrasebank
    from speechdraft.resources import builtin_templates_dir

    bank = load_phrasebank(builtin_templates_dir())
    surveys = [
        unit
        for unit in bank.frames["safety.trend"]
        if any(re.search("新型风险|新风险|日益凸显|心理变化", t) for t in unit.wordings)
    ]
    assert len(surveys) >= 3
    assert all("holiday_theme" in unit.tags.unless for unit in surveys)


def test_practice_bases_are_spoken_of_only_where_the_profile_has_them() -> None:
    """Round at's A: 对实践教育基地，要求做到课程分学段、讲解有专人、安全有预案 (no base in the
    profile); round as's E on the same unit."""
    from speechdraft.named import licensed_by
    from speechdraft.phrasebank import licensed

    line = "各实践教育基地要分学段开发研学课程，讲解有人员、安全有预案。"
    assert not licensed(line, licensed_by(["用好本地红色资源开展思政教育"]))
    assert licensed(line, licensed_by(["新建3个思政实践教育基地"]))
