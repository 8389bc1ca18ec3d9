"""Headings that fit their bodies and their place (round ap's S and R on headings; branch
heading30).

- A leading group's parts are numbered 一、二、三、: 一要 over items said 一是要 read aloud as two
  levels of one kind; part one's heading says what the part does (no 强化责任担当 over the year's
  review), and the review item is the speaker's own, not a directive to do what he is doing
  (二是要实事求是地评价上半年的工作).
- An area whose name joins two works (控辍保学与学生资助) is said each with its own verb, never
  a frame around the whole name (通盘谋划控辍保学与学生资助, 着力做好双减与课后服务).
- No word of weight (激励, 氛围, 责任…) in two headings of one draft where another heading may
  be said.
"""

from __future__ import annotations

import re

import pytest

from _matrix import draft, meeting, spoken
from speechdraft.compose.render import own_headings, purposes_of

SEEDS = (1, 2, 3, 4)
# the words of weight readers named (echo.HEADING_WEIGHT_WORDS holds more)
WEIGHT = ("激励", "氛围", "责任", "担当", "合力", "考核", "底线", "关爱")


def _headings(profile: dict[str, object], seed: int) -> list[str]:
    """The draft's headings as printed, number first (一、…, （一）…)."""
    return [h.number + h.title for h in draft(profile, seed).document.headings()]


def _leading_group(month: int) -> dict[str, object]:
    return meeting(
        "leading_group",
        f"2027年{month}月16日",
        "county",
        "柏溪县",
        "县委书记、县委教育工作领导小组组长",
        minutes=25,
        review={
            "achievements": [
                {"area": "学前教育", "points": ["新建公办幼儿园3所，新增学位540个"]},
                {"area": "项目建设", "points": ["城东九年一贯制学校主体完工"]},
            ],
            "problems": ["城区小学大班额问题仍然突出", "乡村学校音体美教师短缺"],
        },
        priorities=[
            {"area": "学位供给", "points": ["秋季学期前新增城区义务教育学位1200个"]},
            {"area": "教师队伍", "points": ["年内招聘乡村学校音体美教师45名"]},
        ],
    )


@pytest.mark.parametrize("month", [3, 7])
@pytest.mark.parametrize("seed", SEEDS)
def test_leading_group_parts_are_numbered_as_parts(month: int, seed: int) -> None:
    assert "一是要" in spoken(_leading_group(month), seed)
    parts = [h for h in _headings(_leading_group(month), seed) if not h.startswith("（")]
    assert len(parts) >= 2
    assert [h[:2] for h in parts] == ["一、", "二、", "三、"][: len(parts)], parts


@pytest.mark.parametrize("month", [3, 7])
@pytest.mark.parametrize("seed", range(1, 9))
def test_leading_group_review_is_the_speakers_own(month: int, seed: int) -> None:
    text = spoken(_leading_group(month), seed)
    assert "强化责任担当，清醒认识" not in text
    # the speaker reviews the year himself: no directive to review or evaluate it
    assert not re.search(r"二是要(?:实事求是地|认真)?(?:评价|总结)", text)


@pytest.mark.parametrize(
    ("label", "halves"),
    [
        ("控辍保学与学生资助", ("控辍保学", "学生资助")),
        # (教师队伍建设与师德师风 is said with 建设 once since stop 70: test_round_ce70's
        # test_a_names_own_words_make_its_heading, readers' R on …建设，进一步加强师德师风建设)
        ("双减与课后服务", ("“双减”", "课后服务")),
    ],
)
def test_two_works_each_take_a_verb(label: str, halves: tuple[str, str]) -> None:
    options = own_headings(label, 2027)
    assert options
    for heading in options:
        assert label not in heading and "通盘谋划" not in heading
        first, second = heading.split("，")
        assert halves[0] in first and halves[1] in second
        assert not first.startswith(halves[0]) and not second.startswith(halves[1])


def test_two_things_weighed_together_keep_their_frame() -> None:
    # one is the condition of the other: they are weighed together, not done one by one
    assert own_headings("人口变化与学校布局", 2030)[0] == "统筹人口变化与学校布局"


def _safety() -> dict[str, object]:
    return meeting(
        "safety",
        "2029年3月5日",
        "county",
        "枫林县",
        "县教育局局长",
        priorities=[
            {"area": "消防安全", "points": ["春季开学前完成全县学校消防设施检测"]},
            {"area": "食品安全", "points": ["学校食堂食材统一配送覆盖全部农村学校"]},
            {"area": "传染病防控", "points": ["春季传染病晨午检制度落实到每个班级"]},
            {"area": "安全稳定", "points": ["排查化解涉校矛盾纠纷"]},
        ],
    )


def _teachers_day() -> dict[str, object]:
    return meeting(
        "teachers_day",
        "2030年9月9日",
        "county",
        "云岭县",
        "县委书记",
        minutes=25,
        priorities=[
            {"area": "师德师风", "points": ["评选县级师德标兵20名"]},
            {"area": "教师待遇", "points": ["落实乡村教师生活补助"]},
            {"area": "尊师重教", "points": ["教师节期间走访慰问一线教师"]},
            {"area": "乡村教师", "points": ["新建乡村教师周转宿舍60套"]},
        ],
    )


def _sibling_groups(headings: list[str]) -> list[list[str]]:
    """The sections of each part, one list a part."""
    groups: list[list[str]] = [[]]
    for heading in headings:
        if heading.startswith("（"):
            groups[-1].append(heading)
        else:
            groups.append([])
    return [group for group in groups if group]


# a preference, not a ban: where the only heading without the word says a key phrase of an
# earlier one again (echo.purpose_runs), the word is said (safety's seed 8)
@pytest.mark.parametrize("profile", [_safety, _teachers_day])
@pytest.mark.parametrize("seed", range(1, 8))
def test_no_weight_word_twice_in_sibling_headings(profile, seed: int) -> None:  # type: ignore[no-untyped-def]
    groups = _sibling_groups(_headings(profile(), seed))
    assert max(map(len, groups)) >= 4
    for group in groups:
        for word in WEIGHT:
            holding = [h for h in group if word in h]
            assert len(holding) <= 1, holding


@pytest.mark.parametrize("label", ["考试招生", "中考组织", "招生考试"])
def test_an_examination_is_not_given_a_school_places_purpose(label: str) -> None:
    # 扎实做好考试招生工作，缓解群众入学之忧: an examination's admission is no place near home
    parts = purposes_of(label)
    assert parts and not any("入学" in p or "就近" in p for p in parts)
