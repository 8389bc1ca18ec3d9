"""The occasion decides what must be said (issue 11's S; branch season27; seasons.season_due,
templates/norms/season_topics.yaml, frames safety.season_*, school_opening.safe_season).

Round ao's readers struck stock lines right in general but wrong for the meeting: a 2 July
summer-break safety meeting whose draft "几乎不提暑假" and whose situation part "没点出暑期溺水、
交通等主要风险"; a late-November winter safety meeting speaking of pupils' moods and the
internet instead of heating and icy roads; a concluding speech at a spring safety meeting that
ended on 乘势而上、为加快建设教育强县作出新的更大贡献 and spoke of 听课; 新的一年 out of its
months. These tests render their own profiles and read the drafts with their own patterns; a
profile that already speaks of its season gets no stock season line (the guard).
"""

from __future__ import annotations

import datetime
import itertools
import re
from typing import Any

import pytest
import yaml

from speechdraft.pipeline import build_draft

SEEDS = (1, 2, 3)
_SENTENCE = re.compile(r"[^。！？\n]*[。！？]|[^。！？\n]+$", re.M)


def _profile(kind: str, date: str, title: str, name: str, **more: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "kind": kind,
        "meeting": {"date": date, "name": name},
        "region": {"level": "county", "name": "青溪县"},
        "speaker": {"title": title},
        "duration_minutes": 25,
    }
    data.update(more)
    return data


_CASES: dict[str, dict[str, Any]] = {
    # a July safety meeting whose clerk listed no summer topic at all
    "july": _profile(
        "safety",
        "2028-07-03",
        "副县长",
        "全县中小学幼儿园安全工作会议",
        priorities=["食品安全", "消防安全"],
    ),
    # a summer-break meeting named so, in June
    "june_named": _profile(
        "safety",
        "2028-06-20",
        "县教育局局长",
        "全县学校暑期安全工作会议",
        priorities=["消防安全", "校园欺凌防治"],
    ),
    "january": _profile(
        "safety",
        "2028-01-12",
        "县教育局局长",
        "全县学校寒假安全工作会议",
        priorities=["消防安全", "交通安全"],
    ),
    "december": _profile(
        "safety",
        "2028-12-06",
        "副县长",
        "全县学校冬季安全工作会议",
        priorities=["食品安全", "校园欺凌防治"],
    ),
    "august_opening": _profile(
        "school_opening",
        "2028-08-25",
        "县教育局局长",
        "全县秋季开学工作会议",
        priorities=["开学准备", "课后服务"],
    ),
    "february_opening": _profile(
        "school_opening",
        "2028-02-14",
        "县教育局局长",
        "全县春季开学工作会议",
        priorities=["开学准备", "课后服务"],
    ),
    # the guard: the clerk already speaks of the summer, and an October meeting has no season's
    "july_written": _profile(
        "safety",
        "2028-07-03",
        "副县长",
        "全县中小学幼儿园安全工作会议",
        priorities=[
            {
                "area": "防溺水",
                "points": ["放暑假前每名学生签订防溺水承诺书", "汛期重点水域设立警示牌"],
            },
            "消防安全",
        ],
    ),
    "october": _profile(
        "safety",
        "2028-10-16",
        "县教育局局长",
        "全县中小学幼儿园安全工作会议",
        priorities=["食品安全", "消防安全"],
    ),
    # a concluding speech at a spring safety meeting (round ao's S)
    "concluding_safety": _profile(
        "concluding_remarks",
        "2028-03-06",
        "分管副县长",
        "全县2028年春季学校安全工作会议",
        preceding=["县教育局局长通报了2027年全县学校安全工作情况"],
        priorities=["防溺水", "食品安全", "交通安全"],
        safeguards=["联系学校", "部门协同"],
    ),
    # a leading group's meeting on safety (the same rule)
    "group_safety": _profile(
        "leading_group",
        "2028-03-20",
        "县委副书记",
        "全县校园及周边安全工作领导小组会议",
        priorities=["校园周边治安", "食品安全"],
    ),
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, int], str]:
    """Every case's spoken words (without the 【待补】 asks), rendered once for the module."""
    folder = tmp_path_factory.mktemp("season_topics")
    numbers = itertools.count()
    spoken: dict[tuple[str, int], str] = {}
    for name, data in _CASES.items():
        for seed in SEEDS:
            path = folder / f"p{next(numbers)}.yaml"
            path.write_text(
                yaml.safe_dump({**data, "seed": seed}, allow_unicode=True), encoding="utf-8"
            )
            text = "\n".join(build_draft(path).document.spoken_lines())
            spoken[(name, seed)] = re.sub(r"【[^】]*】", "", text)
    return spoken


def _found(text: str, pattern: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.findall(text) if re.search(pattern, s)]


def _last_lines(text: str) -> str:
    lines = [line for line in text.splitlines() if line.strip()]
    return "\n".join(lines[-2:])


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("case", ["july", "june_named"])
def test_a_summer_safety_meeting_speaks_of_the_break(
    drafts: dict[tuple[str, int], str], case: str, seed: int
) -> None:
    """Round ao's S: a summer meeting's draft names the break, drowning and the families'
    care, and closes on the break, though its clerk listed none of them."""
    text = drafts[(case, seed)]
    assert _found(text, r"暑期|暑假"), text
    assert _found(text, r"溺水")
    assert _found(text, r"家长[^。]{0,20}(?:监护|联系)|(?:监护|联系)[^。]{0,20}家长")
    assert re.search(r"暑假|暑期", _last_lines(text)), _last_lines(text)


@pytest.mark.parametrize("seed", SEEDS)
def test_a_winter_break_meeting_speaks_of_fireworks_and_the_break(
    drafts: dict[tuple[str, int], str], seed: int
) -> None:
    text = drafts[("january", seed)]
    assert _found(text, r"烟花爆竹")
    assert _found(text, r"一氧化碳")
    assert re.search(r"寒假|春节|假期", _last_lines(text)), _last_lines(text)


@pytest.mark.parametrize("seed", SEEDS)
def test_a_winter_safety_meeting_speaks_of_heating_and_icy_roads(
    drafts: dict[tuple[str, int], str], seed: int
) -> None:
    """Round ao's S: a winter meeting spoke of pupils' moods and the internet instead."""
    text = drafts[("december", seed)]
    assert _found(text, r"取暖|一氧化碳")
    assert _found(text, r"雨雪|冰冻|冰雪")
    assert not _found(text, r"网络上的不良影响|学生的心理健康，都需要")


@pytest.mark.parametrize("seed", SEEDS)
def test_an_opening_speaks_of_its_season(drafts: dict[tuple[str, int], str], seed: int) -> None:
    assert _found(drafts[("august_opening", seed)], r"汛期")
    # winter's topics: heating and carbon monoxide, or icy roads (norms/season_topics.yaml)
    assert _found(drafts[("february_opening", seed)], r"取暖|一氧化碳|雨雪冰冻|冰雪")


@pytest.mark.parametrize("seed", SEEDS)
def test_no_stock_season_line_where_the_clerk_spoke_of_it_or_out_of_season(
    drafts: dict[tuple[str, int], str], seed: int
) -> None:
    """The guard: the clerk's own summer points stand alone (no stock line saying them
    again), and an October meeting speaks of no break."""
    stock = r"暑期临近|进入暑期|暑期是学生溺水事故|暑期学生回到家庭|放假不放松管理|度过一个平安"
    assert _found(drafts[("july_written", seed)], stock) == []
    assert _found(drafts[("october", seed)], stock + r"|寒假|烟花爆竹|汛期") == []


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("case", ["concluding_safety", "group_safety"])
def test_a_concluding_speech_at_a_safety_meeting_keeps_to_safety(
    drafts: dict[tuple[str, int], str], case: str, seed: int
) -> None:
    """Round ao's S: 同志们，新的一年…乘势而上，为加快建设教育强县作出新的更大贡献 and 听课
    at a spring safety meeting's concluding speech; a leading group's safety meeting alike."""
    text = drafts[(case, seed)]
    assert _found(text, r"乘势而上|教育强县|听课|新篇章|再上新台阶|教育的各项任务") == []
    assert re.search(r"安全|平安", _last_lines(text)), _last_lines(text)


def test_the_season_rules_read_the_month_kind_and_profile() -> None:
    """seasons.season_due and the new tags, read directly."""
    from speechdraft.seasons import occasions, out_of_season, season_due

    july = datetime.date(2030, 7, 5)
    assert "summer_due" in season_due("safety", july, ["安全工作会议"], ["食品安全"])
    assert "summer_due" not in season_due("safety", july, ["安全工作会议"], ["暑假前签承诺书"])
    # the meeting's name does not say the topic: a 暑期 meeting still has to
    named = ["全县暑期安全工作会议"]
    assert "summer_due" in season_due("safety", datetime.date(2030, 5, 28), named, named)
    assert season_due("work_report", july, ["工作会议"], []) == frozenset()
    assert "winter_break_due" in season_due("safety", datetime.date(2030, 1, 8), [""], [])
    assert "flood_due" in season_due("school_opening", datetime.date(2030, 8, 26), [""], [])

    def situation(kind: str, day: datetime.date, name: str) -> frozenset[str]:
        from speechdraft.seasons import off_season

        return off_season(kind, day, [name], [])

    june = situation("work_report", datetime.date(2030, 6, 10), "全县教育工作会议")
    assert out_of_season("同志们，新的一年，让我们…", june)
    assert not out_of_season(
        "同志们，新的一年…", situation("work_report", datetime.date(2030, 2, 10), "")
    )
    safety = situation("concluding_remarks", datetime.date(2030, 3, 6), "全县学校安全工作会议")
    assert out_of_season("鼓足干劲、乘势而上，为加快建设{{ w.strong }}作出新的更大贡献", safety)
    assert out_of_season("各级领导干部要经常到学校去，听课、座谈、现场办公。", safety)
    work = situation("concluding_remarks", datetime.date(2030, 3, 6), "全县教育工作会议")
    assert not out_of_season("乘势而上，为加快建设{{ w.strong }}作出新的更大贡献", work)
    assert "work_meeting" not in occasions("safety", july, [""])


def test_the_season_topics_table_names_known_keys() -> None:
    """Every topic's key is a situation the bank may need, and its kinds are kinds."""
    from speechdraft.norms import load_season_topics
    from speechdraft.situation import SITUATION_KEYS

    kinds = {"safety", "school_opening", "concluding_remarks", "leading_group"}
    for topic in load_season_topics():
        assert topic.key in SITUATION_KEYS
        assert {kind for kind, _ in topic.kinds} <= kinds
        assert topic.said and topic.named
