"""A teachers' day meeting is a commendation only where the profile names one.

Round t0's reader marked five sentences of a bare teachers' day profile (date, place, speaker,
one priority) as invented: the title said 暨表彰大会, the opening 也是全镇教育系统的表彰会, and the
speech praised the commended and 没有站上领奖台的老师, though nobody was commended. These tests
render teachers' day drafts with and without a commendation and read back what they claim.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from speechdraft.pipeline import build_draft

# what claims that someone is commended at this meeting (the named-claims entry's forms)
CLAIMS_COMMENDATION = re.compile(
    r"受到表彰的|受表彰的|表彰先进|表彰会|表彰大会|领奖台|今天的表彰|褒奖先进|为先进鼓"
)
LEVELS = ("county", "district", "city", "province", "town", "banner")


def _profile(tmp_path: Path, level: str, seed: int, **extra: Any) -> Path:
    data: dict[str, Any] = {
        "kind": "teachers_day",
        "meeting": {"date": "2030-09-09"},
        "region": {"level": level, "name": "青川"},
        "speaker": {"title": "党委书记" if level == "town" else "书记"},
        "priorities": ["为教师办实事", "乡村教师队伍"],
        "seed": seed,
        **extra,
    }
    path = tmp_path / f"td-{level}-{seed}-{len(extra)}.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def _spoken(path: Path) -> tuple[str, str]:
    draft = build_draft(path)
    return draft.document.title, "\n".join(draft.document.spoken_lines())


@pytest.mark.parametrize("level", LEVELS)
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_no_commendation_claimed_where_nobody_is_commended(
    tmp_path: Path, level: str, seed: int
) -> None:
    title, spoken = _spoken(_profile(tmp_path, level, seed))
    assert "表彰" not in title
    assert re.search(r"庆祝第\d+个教师节大会上的讲话$", title), title
    found = CLAIMS_COMMENDATION.findall(spoken)
    assert not found, found


@pytest.mark.parametrize("level", LEVELS)
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_named_commendation_is_spoken_of(tmp_path: Path, level: str, seed: int) -> None:
    path = _profile(
        tmp_path,
        level,
        seed,
        preceding=[
            "宣读了《关于表彰2030年度优秀教师和优秀教育工作者的决定》",
            "为受表彰的教师颁了奖",
        ],
    )
    title, spoken = _spoken(path)
    assert "暨表彰大会" in title
    assert CLAIMS_COMMENDATION.search(spoken), spoken[:400]


def test_the_clerks_own_meeting_name_is_kept(tmp_path: Path) -> None:
    path = _profile(
        tmp_path, "county", 1, meeting={"date": "2030-09-09", "name": "全县教师节座谈会"}
    )
    title, _ = _spoken(path)
    assert title == "在2030年全县教师节座谈会上的讲话"


@pytest.mark.parametrize("level", LEVELS)
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_an_honour_won_elsewhere_is_no_commendation_at_this_meeting(
    tmp_path: Path, level: str, seed: int
) -> None:
    """Round ag's A: a 座谈会 whose profile said only that a school 获评…先进集体 and a teacher
    被评为…优秀教师 (honours from elsewhere, said as achievements) opened with 这次座谈会的主要任务…
    表彰先进 and praised 受到表彰的集体和个人."""
    path = _profile(
        tmp_path,
        level,
        seed,
        meeting={"date": "2030-09-09", "name": "青川庆祝教师节座谈会"},
        review={
            "achievements": [
                "中心学校获评全市教育教学质量先进集体",
                "2名教师被评为省级优秀教师",
            ]
        },
    )
    title, spoken = _spoken(path)
    assert "表彰" not in title
    assert "先进集体" in spoken  # the achievement is still said
    found = CLAIMS_COMMENDATION.findall(spoken)
    assert not found, found
