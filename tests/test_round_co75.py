"""Lines round co (docs/review/2026-12-07co) labelled, read at 4fe466c9 and fixed after it
(issue 11). Every test function fails at that tree."""

from __future__ import annotations

import pytest

from document_support import spoken_lines_of

STANDING_IN = """
kind: leader_speech
meeting:
  name: 2029年全区教育工作会议
  date: 2029-02-21
region:
  level: district
  name: 澜湾区
speaker:
  title: 区委副书记、区长
preceding:
  - 区教育局局长通报了2028年全区教育工作情况
  - 区委书记因出差未能到会，受区委书记委托，由区长讲话
"""


@pytest.mark.parametrize("seed", (1, 2, 3))
def test_the_clerks_note_of_who_gives_this_speech_is_no_item_before_it(seed: int) -> None:
    """Round co's 13, A R: 由区长讲话 recapped, then 学习贯彻讲话区长的重要讲话精神 from the 区长."""
    text = "".join(spoken_lines_of(STANDING_IN, seed))
    assert "由区长讲话" not in text and "区长的重要讲话" not in text
    assert "区教育局局长通报了2028年全区教育工作情况" in text
