"""Issue 11's R (round aj's readers; branch bare20): a figure is said after the line that says
what the work is, and a task's figure as a target.

- a review section whose body would be its figures alone (（五）教育数字化工作统筹推进 over
  全区智慧校园达标学校达到57所。) asks the clerk for the line of work before them;
- a task section does not open with a bare figure sentence (全市学校食堂明厨亮灶覆盖率保持
  100%。 first under the food-safety heading): it follows a line of work;
- a task's figure given as 约N (a fact or the clerk's own point) is said as N…左右, never
  要…约N (今年要完成排查整改校园安全隐患约260项, 校车驾驶员春季要培训约900人次).

Profiles, places and figures are this file's own; the patterns are this file's, not the
composer's. One render per profile and seed (tests/_matrix.py).
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from tests import _matrix

from speechdraft.document import Heading

LEVELS = {"county": "柳河县", "city": "柳河市", "banner": "柳河旗"}
PLACE = {"county": "全县", "city": "全市", "banner": "全旗"}
SEEDS = (1, 2, 3)
_SENTENCE = re.compile(r"[^。！？]*[。！？]|[^。！？]+$")
# one clause stating a figure: no comma, a digit, not an order
_BARE = re.compile(r"^[^，；：。！？【]*\d[^，；：。！？]*。$")
_ABOUT_ORDERED = re.compile(r"(?:(?<![主重需只必])要|计划|力争|确保)[^。！？，；：]*约\d")


def _report(level: str) -> dict[str, Any]:
    place = PLACE[level]
    return {
        "kind": "work_report",
        "meeting": {"date": "2031-02-20"},
        "region": {"level": level, "name": LEVELS[level]},
        "speaker": {"title": "教育局局长"},
        "review": {
            "achievements": [
                {
                    "area": "学前教育",
                    "points": [f"{place}新建公办幼儿园3所"],
                    "figures": {"学前三年毛入园率": "93.5%"},
                },
                {
                    "area": "教师队伍",
                    "points": ["开展乡村教师专项培训"],
                    "figures": {"新招聘教师": "84名"},
                },
                {"area": "教育信息化", "figures": {"多媒体教室覆盖率": "98.2%"}},
            ],
            "problems": ["城区学位依然紧张"],
        },
        "priorities": [
            {
                "area": "食品安全",
                "facts": {"学校食堂明厨亮灶覆盖率": "现有100%"},
            },
            {
                "area": "校园安全",
                "facts": {"年内排查整改校园安全隐患数": "约130"},
            },
            {
                "area": "校车安全",
                "points": ["校车驾驶员暑期培训约350人次，7月20日前完成"],
            },
        ],
    }


def _safety(level: str) -> dict[str, Any]:
    return {
        "kind": "safety",
        "meeting": {"date": "2031-03-05", "name": "全县春季校园安全工作会议"},
        "region": {"level": level, "name": LEVELS[level]},
        "speaker": {"title": "副县长" if level == "county" else "副市长"},
        "priorities": [
            {"area": "食品安全", "facts": {"学校食堂明厨亮灶覆盖率": "现有100%"}},
            {"area": "消防安全", "facts": {"年内排查整改校园安全隐患数": "约75"}},
            "交通安全",
        ],
    }


CASES = [(make, level, seed) for make in (_report, _safety) for level in LEVELS for seed in SEEDS]


@pytest.fixture(scope="module")
def drafts() -> dict[tuple[str, str, int], Any]:
    return {
        (make.__name__, level, seed): _matrix.draft(make(level), seed)
        for make, level, seed in CASES
    }


def _sections(document: Any) -> list[tuple[str, list[str]]]:
    found: list[tuple[str, list[str]]] = []
    inside = False
    for block in document.blocks:
        if isinstance(block, Heading):
            inside = block.number.startswith("（")
            if not inside:
                continue
            found.append((block.number + block.title, []))
            text = "".join(r.text for r in block.body)
        else:
            text = block.text
        if inside and found:
            found[-1][1].extend(s for s in (t.strip() for t in _SENTENCE.findall(text)) if s)
    return found


def _text(draft: Any) -> str:
    return "".join(b.text for b in draft.document.blocks)


@pytest.mark.parametrize(("make", "level", "seed"), CASES)
def test_no_section_opens_with_a_bare_figure(drafts, make, level, seed) -> None:
    document = drafts[(make.__name__, level, seed)].document
    sections = _sections(document)
    assert sections
    for heading, body in sections:
        assert body, heading
        assert not _BARE.match(body[0]), (heading, body[:2])


@pytest.mark.parametrize(("make", "level", "seed"), CASES)
def test_a_task_figure_is_no_estimate(drafts, make, level, seed) -> None:
    text = _text(drafts[(make.__name__, level, seed)])
    found = [s for s in _SENTENCE.findall(text) if _ABOUT_ORDERED.search(s)]
    assert not found, found
    # the clerk's figures are all said, as targets of about that size
    figures = ("130", "350") if make is _report else ("75",)
    for figure in figures:
        assert re.search(figure + r"[^\d。，]{0,3}左右", text), figure


@pytest.mark.parametrize(("level", "seed"), [(level, seed) for level in LEVELS for seed in SEEDS])
def test_a_figures_only_review_section_asks_for_its_work(drafts, level, seed) -> None:
    sections = _sections(drafts[("_report", level, seed)].document)
    held = [body for heading, body in sections if any("多媒体教室覆盖率" in s for s in body)]
    assert held, [h for h, _ in sections]
    first = held[0][0]
    assert first.startswith("【待补：") and "主要做法" in first, first
    assert "98.2%" in first


@pytest.mark.parametrize(("make", "level", "seed"), CASES)
def test_the_kept_rate_follows_a_line_of_work(drafts, make, level, seed) -> None:
    text = _text(drafts[(make.__name__, level, seed)])
    said = [s for s in _SENTENCE.findall(text) if "明厨亮灶覆盖率" in s]
    assert said, "the rate the clerk gave is said"
