"""The frame of a speech (round ap's G, R, L on openings, closings, bylines and recaps):
the Party's guidance joined to a plan with a comma, its plenums as said on the day, the
signed title without 分管, no 上级市委, no 出席会议 in a recap, 各族群众 in an ethnic area."""

from __future__ import annotations

import datetime

from _matrix import draft, meeting, spoken
from speechdraft.norms import current_party_reference
from speechdraft.writers.text import to_text

SEEDS = (1, 2, 3)


def _texts(data: dict, seeds: tuple[int, ...] = SEEDS) -> list[str]:
    return [to_text(draft(data, seed).document) for seed in seeds]


# a year of work and the next year's aims, so that the draft opens and closes in full
_YEAR = {
    "review": {
        "achievements": [
            {"area": "学前教育", "points": ["新建公办幼儿园6所"]},
            {"area": "义务教育", "points": ["新增学位2400个"]},
        ],
        "problems": ["寄宿制学校生活教师不足"],
    },
    "targets": {"items": ["新建寄宿制学校2所", "学前三年毛入园率达到90%"]},
}


def _named(data: dict, name: str) -> dict:
    data["meeting"]["name"] = name
    return data


def _prefecture_speech() -> dict:
    return _named(
        meeting("leader_speech", "2020年1月16日", "prefecture", "雪川藏族自治州", "州长", **_YEAR),
        "全州教育工作会议",
    )


def _prefecture_closing() -> dict:
    return meeting(
        "concluding_remarks",
        "2020年1月16日",
        "prefecture",
        "雪川藏族自治州",
        "州委副书记",
        preceding=["州教育局局长作了工作报告", "各县（市）教育局局长作了表态发言"],
        **_YEAR,
    )


def test_the_guidance_and_a_plan_are_two_verb_objects_joined_by_a_comma() -> None:
    said = _texts(_prefecture_closing()) + _texts(
        meeting("work_report", "2022年2月18日", "city", "青峡市", "市教育局局长", **_YEAR)
    )
    assert not any("精神、落实" in text for text in said)
    assert any("精神，落实《" in text for text in said)


def test_a_speech_of_january_2020_lists_the_plenums_held_by_name() -> None:
    ref = current_party_reference(datetime.date(2020, 1, 16))
    assert ref is not None and ref.spirit == "党的十九大和十九届二中、三中、四中全会精神"
    said = _texts(_prefecture_speech(), tuple(range(1, 7)))
    assert not any("十九届历次全会" in text for text in said)
    assert any("十九届二中、三中、四中全会精神" in text for text in said)


def test_a_deputy_signs_with_his_post_not_the_form_word_in_charge() -> None:
    data = meeting("leader_speech", "2033年3月2日", "district", "澄江区", "分管副区长")
    data["speaker"]["name"] = "顾望舒"
    for text in _texts(data):
        assert "副区长　顾望舒" in text
        assert "分管副区长　顾望舒" not in text


def test_a_county_level_city_does_not_say_the_city_above_it_is_上级市委() -> None:
    speech = meeting("leader_speech", "2025年3月6日", "county_city", "栖梧市", "市长", **_YEAR)
    report = meeting("work_report", "2026年2月10日", "county_city", "栖梧市", "市教育局局长")
    said = [spoken(_named(speech, "全市教育工作会议"), seed) for seed in range(1, 9)]
    said += [spoken(report, seed) for seed in SEEDS]
    assert not any("上级市委" in text for text in said)
    assert any("【待补：所属地级市委】" in text for text in said)


def test_a_recap_says_the_speech_not_that_its_speaker_attended() -> None:
    data = meeting(
        "work_report",
        "2022年2月18日",
        "city",
        "青峡市",
        "市教育局局长",
        preceding=["市委常委、副市长出席会议并讲话"],
        **_YEAR,
    )
    said = [spoken(data, seed) for seed in SEEDS]
    assert not any("出席会议并作了" in text for text in said)
    assert any("副市长【待补：姓名】作了重要讲话" in text for text in said)


def test_an_autonomous_prefecture_speaks_of_its_peoples() -> None:
    said = [spoken(_prefecture_speech(), seed) for seed in range(1, 9)]
    said += [spoken(_prefecture_closing(), seed) for seed in range(1, 9)]
    assert not any("全州群众" in text for text in said)
    assert any("全州各族群众" in text for text in said)


def test_a_deputy_secretary_thanks_on_no_bodys_behalf_unless_given_one() -> None:
    seeds = range(1, 17)
    own = [spoken(_prefecture_closing(), seed) for seed in seeds]
    assert not any("我代表州委" in text for text in own)
    given = _prefecture_closing()
    given["speaker"]["on_behalf_of"] = "州委、州政府"
    said = [spoken(given, seed) for seed in seeds]
    assert any("我代表州委、州政府" in text for text in said)
