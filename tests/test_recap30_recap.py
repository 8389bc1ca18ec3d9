"""The recap of what preceded the speech, and the speaker's own place in it (round ar's G, R, F;
branch recap30).

Round ar's readers struck an agenda pasted into one line and read out as typed (刚才，…汇报…；…
汇报…；审议《…》, the later items with no 了), a leader who only attended recapped as a deed
(刚才，…；镇党委副书记出席会议), a 厅长 who said 省教育厅厅长作了工作报告 of himself and then endorsed
it (工作报告实事求是，我完全同意), a 局长 who called the 副县长 某某同志, a superior named by his post
alone (刚才，副州长作了重要讲话), and endorsements that repeat their own nouns (汇报和安排讲的情况
和安排) or agree to the agenda itself. These tests render their own profiles over kinds × seeds
and read the opening (``scripts/recap30_lines.py`` counts the same over the repository).
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from _matrix import meeting, spoken

SEEDS = [1, 2, 3]


def _recap(text: str) -> str:
    found = re.search(r"刚才，([^。]*)。", text)
    return found.group(1) if found else ""


def _profile(kind: str, title: str, preceding: list[str], **more: Any) -> dict[str, Any]:
    return meeting(
        kind, "2029-03-06", "county", "桐溪县", title, preceding=preceding, minutes=15, **more
    )


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("kind", ["leading_group", "concluding_remarks"])
def test_an_agenda_pasted_in_one_line_is_said_item_by_item(kind: str, seed: int) -> None:
    data = _profile(
        kind,
        "县委副书记、县委教育工作领导小组副组长",
        ["县教育局局长汇报全年教育工作；县人社局汇报教师招聘情况；审议《桐溪县学前教育提升方案》"],
    )
    parts = _recap(spoken(data, seed)).split("；")
    assert len(parts) == 3, parts
    assert all("了" in part for part in parts), parts  # 县人社局汇报了…；会议审议了《…》
    assert parts[1].startswith("县人社局汇报了")


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("kind", ["school_opening", "safety"])
def test_a_leader_who_only_attended_is_not_recapped_as_a_deed(kind: str, seed: int) -> None:
    data = _profile(
        kind,
        "镇中心学校校长",
        ["镇中心学校分管副校长通报了春季开学准备情况", "镇人大主席出席会议"],
        region={"level": "town", "name": "石门镇"},
    )
    text = spoken(data, seed)
    assert "出席会议" not in _recap(text)
    assert "镇人大主席" not in _recap(text)


@pytest.mark.parametrize("seed", SEEDS)
def test_attendance_alone_leaves_no_recap(seed: int) -> None:
    data = _profile("school_opening", "镇中心学校校长", ["镇党委委员出席会议"])
    assert "刚才" not in spoken(data, seed)


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("kind", ["concluding_remarks", "leader_speech"])
def test_the_speakers_own_report_is_said_in_the_first_person_and_not_endorsed(
    kind: str, seed: int
) -> None:
    data = _profile(
        kind,
        "县教育局党组书记、局长",
        ["副县长出席会议并讲话", "县教育局局长作了工作报告", "两所学校作了交流发言"],
        speaker={"title": "县教育局党组书记、局长", "name": "叶知秋"},
    )
    text = spoken(data, seed)
    recap = _recap(text)
    assert "县教育局局长作了" not in recap, recap
    assert "我代表县教育局作了工作报告" in recap, recap
    opening = text.split("下面")[0]
    assert not re.search(r"(?:工作)?报告[^。，]{0,12}(?:同意|赞同|实事求是)", opening), opening
    # nor praised in passing where the year is reviewed (工作报告讲得很充分)
    assert not re.search(r"报告[^。]{0,6}(?:讲得很充分|实事求是的总结)", text)


@pytest.mark.parametrize("seed", SEEDS)
def test_a_peers_report_is_still_endorsed(seed: int) -> None:
    data = _profile(
        "concluding_remarks",
        "副县长",
        ["县教育局局长作了工作报告"],
        speaker={"title": "副县长", "name": "叶知秋"},
    )
    recap = _recap(spoken(data, seed))
    assert recap.startswith("县教育局局长作了工作报告"), recap


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("kind", ["school_opening", "work_report"])
def test_a_superior_is_named_with_his_post_not_as_comrade(kind: str, seed: int) -> None:
    data = _profile(kind, "县教育局局长", ["副县长柳青禾出席会议并讲话"])
    text = spoken(data, seed)
    assert "柳青禾同志" not in text
    assert "柳青禾副县长" in text or "副县长柳青禾" in text


@pytest.mark.parametrize("seed", SEEDS)
def test_a_superior_named_by_post_alone_asks_for_his_name(seed: int) -> None:
    data = _profile("work_report", "县教育局局长", ["县人民政府副县长作了讲话"])
    recap = _recap(spoken(data, seed))
    assert recap.startswith("副县长【待补：姓名】作了重要讲话"), recap


@pytest.mark.parametrize("seed", range(1, 9))
def test_endorsements_do_not_repeat_their_nouns_or_agree_to_the_agenda(seed: int) -> None:
    data = _profile(
        "leading_group",
        "县委书记、县委教育工作领导小组组长",
        ["县委教育工委书记汇报上半年工作", "副县长对下半年工作作了安排"],
    )
    text = spoken(data, seed)
    assert not re.search(r"(汇报|安排)和(汇报|安排)讲的情况和", text)
    assert not re.search(r"议程[^。]*同意", text)


@pytest.mark.parametrize("seed", SEEDS)
def test_a_shared_deputy_post_is_left_for_the_clerk_to_check(seed: int) -> None:
    """A 县委副书记 who is also the 县长 cannot tell from the post alone whether the 县委副书记
    who read the decision was he: the item is marked 【待核】, not claimed nor praised."""
    data = _profile(
        "concluding_remarks",
        "县委副书记、县长",
        ["县教育局局长作了工作报告", "县委副书记宣读了表彰决定"],
        speaker={"title": "县委副书记、县长", "name": "岑远山"},
    )
    recap = _recap(spoken(data, seed))
    assert "县委副书记【待核：是否讲话人本人】宣读了" in recap, recap
    assert "我代表" not in recap
