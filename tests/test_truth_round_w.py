"""Round w's readers' Y, A and F that were the integrator's to fix.

- A national rule's fallback words are dated like any other words of an entry: 学校负责人陪餐
  was printed in a 2016 draft because the entry's own text hid it in template code.
- 基层减负…反弹回潮 (2019), all teaching in the national language in a minority region
  (autumn 2020) and 以宣传《家庭教育促进法》为契机 years after the law are out of their years.
- 榜样可亲可敬，更要可学 and 学习先进、对标先进 speak of people honoured at the meeting.
- 几位同志讲得都很好 after one report, and 这次大会 for a 座谈会.
"""

from __future__ import annotations

import datetime
from typing import Any

import pytest

from conftest import SpokenOf
from speechdraft.phrasebank import sayable, spoken_words

SEEDS = (1, 2, 3)


def _base(kind: str, date: str, level: str, title: str, seed: int, **extra: Any) -> dict[str, Any]:
    return {
        "kind": kind,
        "meeting": {"date": date},
        "region": {"level": level, "name": "青川"},
        "speaker": {"title": title},
        "seed": seed,
        **extra,
    }


def test_template_code_prints_its_quoted_words() -> None:
    text = "要落实“{{ norm('school_meal_companion', '学校负责人陪餐') }}”的要求。"
    assert "学校负责人陪餐" in spoken_words(text)
    assert "school_meal_companion" not in spoken_words(text)
    assert spoken_words("{{ c.region_name }}各学校") == "各学校"


def test_a_norms_fallback_is_dated() -> None:
    text = "要落实“{{ norm('school_meal_companion', '学校负责人陪餐') }}”的要求，及时改进饭菜质量。"
    assert not sayable(text, "deputy", "county", datetime.date(2016, 8, 26))
    assert sayable(text, "deputy", "county", datetime.date(2021, 8, 26))


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("level", ["county", "city"])
def test_no_accompanied_meals_before_2019(spoken_of: SpokenOf, seed: int, level: str) -> None:
    data = _base(
        "school_opening",
        "2016-08-26",
        level,
        "副县长" if level == "county" else "副市长",
        seed,
        priorities=["食品安全", "校园安全", "食堂管理"],
    )
    spoken = spoken_of(data)
    assert "陪餐" not in spoken


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("year", [2016, 2017, 2018])
def test_grassroots_burden_words_wait_for_2019(spoken_of: SpokenOf, seed: int, year: int) -> None:
    data = _base(
        "leader_speech",
        f"{year}-02-20",
        "county",
        "县长",
        seed,
        priorities=["学前教育", "教师队伍"],
        safeguards=["基层减负", "工作作风", "督导考核"],
    )
    spoken = spoken_of(data)
    assert "反弹回潮" not in spoken
    assert "基层减负" not in spoken


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("level", ["autonomous_region", "banner", "prefecture"])
def test_no_national_language_for_all_teaching_before_2020(
    spoken_of: SpokenOf, seed: int, level: str
) -> None:
    titles = {"autonomous_region": "自治区教育厅厅长", "banner": "旗长", "prefecture": "州长"}
    data = _base(
        "leader_speech",
        "2017-03-08",
        level,
        titles[level],
        seed,
        priorities=["推广普通话", "国家通用语言文字", "民族团结"],
    )
    spoken = spoken_of(data)
    assert "一律使用国家通用语言文字" not in spoken
    assert "集体活动都要使用国家通用语言文字" not in spoken


@pytest.mark.parametrize("seed", SEEDS)
def test_no_law_as_an_occasion_years_later(spoken_of: SpokenOf, seed: int) -> None:
    data = _base(
        "leader_speech",
        "2031-02-25",
        "county",
        "县长",
        seed,
        priorities=["家庭教育", "家校共育", "家长学校"],
    )
    assert "为契机" not in spoken_of(data).replace("以此为契机", "")


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("level", ["autonomous_region", "county", "town"])
def test_no_models_to_follow_where_nobody_is_commended(
    spoken_of: SpokenOf, seed: int, level: str
) -> None:
    titles = {"autonomous_region": "自治区党委常委、宣传部部长", "county": "县委书记"}
    data = _base(
        "teachers_day",
        "2034-09-08",
        level,
        titles.get(level, "镇党委书记"),
        seed,
        priorities=["弘扬教育家精神", "为教师办实事"],
    )
    spoken = spoken_of(data)
    for claim in ("榜样可亲", "学习先进", "对标先进", "先进典型可亲", "以先进为镜"):
        assert claim not in spoken, claim


@pytest.mark.parametrize("seed", SEEDS)
def test_models_may_still_be_named_where_a_commendation_was(spoken_of: SpokenOf, seed: int) -> None:
    data = _base(
        "teachers_day",
        "2034-09-08",
        "county",
        "县委书记",
        seed,
        preceding=["县教育局宣读了《关于表彰优秀教师和优秀班主任的决定》"],
        priorities=["弘扬教育家精神", "为教师办实事"],
    )
    assert "表彰" in spoken_of(data)


PLURAL_PRAISE = ("大家讲得", "几位同志", "讲得都", "讲话都", "发言都")


@pytest.mark.parametrize("seed", range(1, 9))
@pytest.mark.parametrize("level", ["prefecture", "county"])
def test_one_report_is_not_praised_as_several(spoken_of: SpokenOf, seed: int, level: str) -> None:
    data = _base(
        "leader_speech",
        "2033-03-07",
        level,
        "州长" if level == "prefecture" else "县长",
        seed,
        preceding=["州教育局作了工作报告" if level == "prefecture" else "县教育局作了工作报告"],
        priorities=["学前教育", "县域高中"],
    )
    spoken = spoken_of(data)
    found = [p for p in PLURAL_PRAISE if p in spoken]
    assert not found, found


def test_several_speakers_may_be_praised_together(spoken_of: SpokenOf) -> None:
    """Several named together may be praised together (讲得都很好). Until round dc this case was a
    report and three towns' exchange; the exchange is said apart (occasion._exchange_apart), so
    the praise named the report alone and 县教育局的报告讲得都很好 was round dc's 13, R: the case
    is now two items the praise names."""
    said = set()
    for seed in range(1, 13):
        data = _base(
            "leader_speech",
            "2033-03-07",
            "county",
            "县长",
            seed,
            preceding=["县教育局作了工作报告", "县财政局作了发言"],
            priorities=["学前教育", "县域高中"],
        )
        spoken = spoken_of(data)
        said.update(p for p in PLURAL_PRAISE if p in spoken)
    assert said, "no seed chose a plural praise though several spoke"


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize(
    ("name", "noun"),
    [("全区庆祝第33个教师节座谈会", "座谈会"), ("全县庆祝第33个教师节大会", "大会")],
)
def test_the_meeting_is_called_what_it_is(
    spoken_of: SpokenOf, seed: int, name: str, noun: str
) -> None:
    data = _base(
        "teachers_day",
        "2017-09-08",
        "county",
        "县委书记",
        seed,
        meeting={"name": name, "date": "2017-09-08"},
        preceding=["5名基层教师代表作了发言"],
        priorities=["乡村教师队伍"],
    )
    spoken = spoken_of(data)
    other = "大会" if noun == "座谈会" else "座谈会"
    assert f"这次{other}" not in spoken
    assert f"召开{other}" not in spoken


@pytest.mark.parametrize("seed", SEEDS)
def test_a_long_plan_is_not_the_first_task_years_on(spoken_of: SpokenOf, seed: int) -> None:
    data = _base(
        "work_report",
        "2032-02-24",
        "city",
        "市教育局局长",
        seed,
        priorities=["学前教育", "义务教育", "教师队伍"],
    )
    assert "作为首要任务" not in spoken_of(data)
