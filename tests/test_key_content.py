"""A stock line never says again what its section said; no two headings share a key phrase
(issue 11's D, round aj; branch echo21: restate.KEY_SHARE, echo.purpose_runs).

The record refuses, inside a section, a wording whose rare content words (its heading's and
the genre's frame words left out) one sentence of the section already carries; a heading
whose key phrase (a run of four characters after its first clause) an earlier heading said
is chosen only where no other may be. The profiles and sentences here are the test's own.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

import pytest

from _matrix import draft as render
from speechdraft.compose.echo import HEADING_FREE_RUNS, purpose_runs
from speechdraft.compose.restate import Said
from speechdraft.document import Heading

KINDS = ("leader_speech", "work_report", "school_opening", "safety", "leading_group")
SEEDS = (1, 2, 3)
TITLES = {
    "work_report": "县教育局局长",
    "leader_speech": "县长",
    "school_opening": "县教育局局长",
    "safety": "副县长",
    "leading_group": "县委书记、县委教育工作领导小组组长",
}
DATES = {"school_opening": "2027-08-26", "safety": "2027-06-18"}


def _profile(kind: str) -> dict[str, Any]:
    return {
        "kind": kind,
        "meeting": {"date": DATES.get(kind, "2027-03-09")},
        "region": {"level": "county", "name": "梧溪县"},
        "speaker": {"title": TITLES[kind], "name": "钟敏"},
        "priorities": ["校园安全", "食品安全", "课后服务", "教师培训", "职业教育", "学前教育"],
        "safeguards": ["组织领导", "经费保障", "督查考核", "工作作风"],
    }


@pytest.fixture(scope="module")
def drafts() -> dict[tuple[str, int], Any]:
    return {(kind, seed): render(_profile(kind), seed) for kind in KINDS for seed in SEEDS}


def _headings(draft: Any) -> list[str]:
    return [b.text for b in draft.document.blocks if isinstance(b, Heading)]


def _section(*sentences: str, heading: str = "（二）抓实学校食堂管理") -> Said:
    said = Said()
    said.add(heading, heading=True)
    said.new_section()
    for sentence in sentences:
        said.add(sentence)
    return said


@pytest.mark.parametrize(
    ("earlier", "later"),
    [
        # the clerk's or a stock line, then a stock line carrying its key content
        (
            "各校要把开学以来的好做法梳理总结、推广开来。",
            "开学工作告一段落后，好的做法要总结推广、长期坚持。",
        ),
        (
            "隐患排查要做到一项一清单、一项一责任人、一项一时限。",
            "每一项隐患都要有整改责任人、整改时限和整改清单。",
        ),
        (
            "向全系统干部和广大教师的辛勤付出表示感谢。",
            "这些成绩凝结着全系统干部和教师的辛勤付出。",
        ),
    ],
)
def test_a_line_carrying_a_section_line_is_refused(earlier: str, later: str) -> None:
    said = _section(earlier)
    assert said.key_said_in_section(later), (earlier, later)


def test_the_heading_s_words_are_the_section_s_own() -> None:
    """A line naming what its heading names (食堂, 管理) does not repeat the line before it."""
    said = _section("学校食堂要落实食品安全管理制度。", heading="（二）抓实学校食堂管理")
    assert not said.key_said_in_section("食堂从业人员要持证上岗、定期体检。")


def test_another_section_starts_afresh() -> None:
    said = _section("各校要把开学以来的好做法梳理总结、推广开来。")
    said.end_section()
    said.add("（三）办好课后服务", heading=True)
    said.new_section()
    assert not said.key_said_in_section("开学工作告一段落后，好的做法要总结推广、长期坚持。")


def test_a_line_on_another_thing_is_said() -> None:
    said = _section("隐患排查要做到一项一清单、一项一责任人、一项一时限。")
    assert not said.key_said_in_section("校车要严格执行随车照管制度，车辆、线路、驾驶人都要固定。")


def test_heading_key_phrases() -> None:
    assert "打好基础" in purpose_runs("三、突出抓好重点工作，为新学年工作打好基础")
    assert "打好基础" in purpose_runs("一、扎实做好开学准备，为开学打好基础")
    assert not purpose_runs("（一）加强党的全面领导")  # one clause: no purpose
    assert not purpose_runs("二、统筹各方力量，推动教育工作") & HEADING_FREE_RUNS


@pytest.mark.parametrize("kind", KINDS)
def test_no_two_headings_share_a_key_phrase(drafts: dict[Any, Any], kind: str) -> None:
    """Over seeds 1–3 a draft's headings say no key phrase twice (a clerk's own title
    apart, which the profiles here do not give)."""
    found = []
    for seed in SEEDS:
        said: set[str] = set()
        for heading in _headings(drafts[(kind, seed)]):
            runs = purpose_runs(heading)
            if runs & said:
                found.append((seed, heading, sorted(runs & said)))
            said |= runs
    assert not found, found


@pytest.mark.parametrize("kind", KINDS)
def test_the_sections_still_speak(drafts: dict[Any, Any], kind: str) -> None:
    """The refusals leave every section a body: no heading is followed by another at once."""
    for seed in SEEDS:
        blocks = drafts[(kind, seed)].document.blocks
        for block, after in pairwise(blocks):
            if isinstance(block, Heading) and block.text.startswith("（"):
                body = "".join(r.text for r in block.body)
                assert body or not isinstance(after, Heading), (kind, seed, block.text)
