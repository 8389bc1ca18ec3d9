"""Leads that name a span say the span they lead. A break's safety meeting leads its tasks as the break's (round ar's F: 今年要重点抓好以下六个方面
的工作 at a safety meeting before the winter break). The words are read by seasons.SEASON_TAGS
and kept out of such a meeting's draft (situation.contradicted)."""

from __future__ import annotations

import datetime
import re

import pytest

from _matrix import spoken
from speechdraft.seasons import season_situation
from speechdraft.situation import contradicted

BREAK = ("safety", datetime.date(2035, 1, 10), ["全县寒假及春节期间学校安全工作会议"])
TERM = ("safety", datetime.date(2035, 3, 12), ["全县春季学校安全工作会议"])
WORK = ("concluding_remarks", datetime.date(2035, 2, 20), ["全县教育工作会议"])

YEAR_LEADS = (
    "今年要重点抓好以下三个方面的工作。",
    "今年要集中力量，在三个重点领域抓出成效。",
    "今年的重点工作，主要有三项。",
    "今年需要重点推进的工作有三项。",
)
OTHER_LEADS = ("当前要突出抓好三个方面。", "重点做好以下三个方面。", "具体要抓好三件事。")


def _situation(meeting: tuple[str, datetime.date, list[str]]) -> frozenset[str]:
    kind, day, names = meeting
    return season_situation(kind, day, names, names)


@pytest.mark.parametrize("lead", YEAR_LEADS)
def test_a_year_lead_is_not_said_before_a_break(lead: str) -> None:
    assert contradicted(lead, _situation(BREAK))
    assert not contradicted(lead, _situation(TERM))
    assert not contradicted(lead, _situation(WORK))


@pytest.mark.parametrize("lead", OTHER_LEADS)
def test_the_other_leads_stay(lead: str) -> None:
    assert not contradicted(lead, _situation(BREAK))


def _opening(targets: list[str]) -> dict[str, object]:
    return {
        "kind": "school_opening",
        "meeting": {"date": "2019-02-20", "name": "青峰镇2019年春季开学工作会议"},
        "region": {"level": "town", "name": "青峰镇"},
        "speaker": {"title": "镇中心学校校长", "name": "覃立新"},
        "targets": {"items": targets},
        "priorities": [{"area": "开学准备", "points": ["2月25日前完成教科书发放"]}],
    }


TERM_LEAD = re.compile(
    r"(?:本|这个?|新)学期(?:的|工作的)?(?:主要|工作)?目标|(?:本|这|新)学期[^。；]{0,4}要[^。；]{0,4}确保"
)


def test_a_term_lead_is_not_said_over_a_years_target() -> None:
    targets = ["义务教育巩固率保持100%", "开学一周内学生全部报到", "全年校园安全零事故"]
    for seed in range(1, 9):
        text = spoken(_opening(targets), seed)
        assert "全年校园安全零事故" in text
        assert not TERM_LEAD.search(text), seed


def test_a_term_lead_may_lead_a_terms_targets() -> None:
    targets = ["义务教育巩固率保持100%", "开学一周内学生全部报到", "本学期校园安全零事故"]
    said = {bool(TERM_LEAD.search(spoken(_opening(targets), seed))) for seed in range(1, 13)}
    assert True in said
