"""Dated terms and framings added after round g (issue 11, readers' class Y): each term
has a window with its source in norms/terms.yaml; where the same idea changes its words
with the years, the term has a successor (推行 → 坚持和完善, 均衡发展 → 优质均衡). This
file keeps its own table of what a draft of a given date may not say, renders drafts of
every kind at those dates, and reads them back."""

from __future__ import annotations

import datetime
import re
from pathlib import Path

import pytest
from tests.test_voice_levels import _profile, _render, _text

from speechdraft import genre
from speechdraft.norms import load_terms, terms_out_of_window

KINDS = tuple(genre.KINDS)

# (sentence of our own, a date it may not be said at, a date it may)
WINDOWS = [
    ("当前，教育数字化正在改变课堂。", "2017-03-10", "2023-03-10"),
    ("新建小区的配套园要按时移交。", "2017-03-10", "2019-03-10"),
    ("推进大中小学思政课一体化建设。", "2019-02-20", "2019-09-10"),
    ("重大问题提请县委教育工作领导小组研究。", "2017-03-10", "2020-03-10"),
    ("把时间和精力还给教师。", "2016-09-08", "2020-09-08"),
    ("学校负责人陪餐要落到实处。", "2018-05-20", "2019-05-20"),
    ("坚持增值评价，看学校的进步。", "2017-03-10", "2021-03-10"),
    ("以《中国教育现代化2035》为指导。", "2025-03-10", "2020-03-10"),
    ("全面推行中小学校党组织领导的校长负责制。", "2034-03-10", "2023-03-10"),
    ("坚持和完善中小学校党组织领导的校长负责制。", "2023-03-10", "2034-03-10"),
    ("开展义务教育均衡发展督导评估。", "2026-03-10", "2018-03-10"),
    ("对标义务教育优质均衡发展标准。", "2016-03-10", "2026-03-10"),
    ("贯彻好《教育强国建设规划纲要（2024—2035年）》。", "2035-11-26", "2030-03-10"),
]


@pytest.mark.parametrize(("text", "outside", "inside"), WINDOWS)
def test_each_term_has_its_window(text: str, outside: str, inside: str) -> None:
    hits = terms_out_of_window(text, datetime.date.fromisoformat(outside))
    assert hits, (text, outside)
    assert re.search(r"[\u4e00-\u9fff]", str(hits[0]))  # the advice is Chinese
    assert terms_out_of_window(text, datetime.date.fromisoformat(inside)) == []


def test_a_leading_group_named_in_the_profile_may_be_spoken_of_before_2019() -> None:
    text = "重大问题提请县委教育工作领导小组研究。"
    day = datetime.date(2017, 3, 10)
    assert terms_out_of_window(text, day)
    assert terms_out_of_window(text, day, group_named=True) == []


def test_every_new_term_cites_its_source_and_says_what_to_write_instead() -> None:
    ids = {
        "digital_education",
        "ideological_integration",
        "education_leading_group",
        "teacher_time_back",
        "basic_balance",
        "quality_balance",
        "accompanied_meals",
        "value_added_assessment",
        "power_outline_closing",
        "principal_responsibility_rollout",
        "principal_responsibility_mature",
    }
    terms = {t.id: t for t in load_terms()}
    assert ids <= set(terms)
    for key in ids:
        assert re.search(r"\d{4}年", terms[key].source), key
        assert len(terms[key].advice) >= 8, key


def test_a_successor_begins_where_its_predecessor_ends() -> None:
    terms = {t.id: t for t in load_terms()}
    rollout, mature = (
        terms["principal_responsibility_rollout"],
        terms["principal_responsibility_mature"],
    )
    assert rollout.until is not None and rollout.until < mature.valid_from
    assert (mature.valid_from - rollout.until).days == 1
    basic, quality = terms["basic_balance"], terms["quality_balance"]
    assert basic.until is not None and quality.valid_from < basic.until  # they overlap


# -- in rendered drafts: our own table of what a date may not say ----------------------------

# meeting date → words no draft of that date says (a leading group's own plenary aside)
NOT_YET = {
    "2016-09-08": r"教育数字化|配套园|思政课一体化|把时间和精力还给教师|把时间还给教师|陪餐|增值评价",
    "2017-03-10": r"教育数字化|配套园|思政课一体化|陪餐|增值评价|优质均衡(?!.*基本均衡)|领导小组",
    "2018-05-20": r"教育数字化|思政课一体化|陪餐|领导小组",
    "2025-03-10": r"中国教育现代化2035|义务教育均衡发展",
    "2034-03-10": r"(?:推行|建立)[^。；，]{0,6}党组织领导的校长负责制|义务教育均衡发展",
    "2035-11-26": r"贯彻好《|贯彻好教育强国建设规划纲要|义务教育均衡发展",
}
# priorities whose families hold the dated sentences readers flagged
PRIORITIES = ["教育数字化", "学前教育", "德育工作", "教师队伍建设", "义务教育", "教育督导"]
SAFEGUARDS = ["组织领导", "作风建设"]


def _dated(kind: str, day: str) -> dict[str, object]:
    data = _profile(kind, "county", "河阳县", "县委书记", priorities=PRIORITIES)
    data["safeguards"] = SAFEGUARDS
    data["meeting"] = {"date": day}
    return data


@pytest.mark.parametrize("day", sorted(NOT_YET))
def test_no_draft_says_a_term_before_or_after_its_years(tmp_path: Path, day: str) -> None:
    pattern = re.compile(NOT_YET[day])
    found = {}
    for kind in KINDS:
        draft = _render(_dated(kind, day), 1)
        text = _text(draft)
        if kind == "leading_group":
            text = text.replace("领导小组", "")  # its own plenary names the group any year
        if hits := pattern.findall(text):
            found[kind] = hits
    assert found == {}


def test_a_2025_meeting_does_not_cite_the_replaced_plan_for_last_years_work(
    tmp_path: Path,
) -> None:
    for kind in ("work_report", "concluding_remarks", "leader_speech"):
        draft = _render(_dated(kind, "2025-03-10"), 2)
        text = _text(draft)
        assert "中国教育现代化2035" not in text
        assert draft.context.review_policy  # something is still cited for 2024


def test_a_2020_meeting_still_cites_the_2035_plan_for_last_years_work(tmp_path: Path) -> None:
    draft = _render(_dated("work_report", "2020-03-10"), 1)
    assert "中国教育现代化2035" in draft.context.review_policy


@pytest.mark.parametrize(("day", "congress"), [("2018-02-26", "十九大"), ("2023-02-20", "二十大")])
def test_a_year_whose_congress_met_in_october_is_said_to_have_carried_it_out(
    tmp_path: Path, day: str, congress: str
) -> None:
    """Readers disagreed: round i struck "2017年…深入贯彻党的十九大精神" (the congress met in
    October), round k struck a 2022 review line without 二十大 right after it. Officials' own
    reports of such a year name the congress (学习贯彻党的十九大精神 in 2017's): it stays."""
    draft = _render(_dated("concluding_remarks", day), 1)
    assert congress in draft.context.review_policy
    assert congress in draft.context.policy
