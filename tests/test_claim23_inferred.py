"""Nothing inferred, nothing out of its time (claim23; round ak's A and F).

Each test has its own profiles: a concluding speech whose profile names no meeting (its title
leaves the name to the clerk), a term-time safety meeting that raises the epidemic (no 纳入
开学检查 in May or June), a 通报 of last year's work alone (not 逐项抓好落实), rules adopted
beside a draft only discussed (the 送审稿 is not 审议通过的), a clerk's deadline that cannot fit
its plan period (kept, marked 【待核】, warned by validate) and a count of inspections given
(no 【建议：每季度通报一次】 beside it).
"""

from __future__ import annotations

import datetime
import re
from typing import Any

import pytest

from _matrix import draft, spoken

SEEDS = (1, 2, 3)


def _concluding(name: str | None = None) -> dict[str, Any]:
    meeting: dict[str, Any] = {"date": "2028-03-03"}
    if name:
        meeting["name"] = name
    return {
        "kind": "concluding_remarks",
        "meeting": meeting,
        "region": {"level": "town", "name": "青禾苏木"},
        "speaker": {"title": "苏木党委书记", "name": "巴特尔"},
        "preceding": ["苏木中心学校校长作了工作报告"],
        "review": {"problems": ["牧区小学生源逐年减少"]},
        "priorities": [{"area": "控辍保学", "points": ["建立辍学学生动态台账"]}],
    }


@pytest.mark.parametrize("seed", SEEDS)
def test_a_concluding_speech_without_a_meeting_name_leaves_it_to_the_clerk(seed: int) -> None:
    document = draft(_concluding(), seed).document
    assert document.title == "在【待补：会议名称】上的总结讲话"
    assert "全苏木教育工作会议" not in document.title
    # the gap is counted with the others, first (the summary line tells the clerk)
    assert document.placeholders()[0] == "【待补：会议名称】"


def test_a_named_meeting_titles_the_concluding_speech() -> None:
    document = draft(_concluding("青禾苏木2028年教育工作推进会"), 1).document
    assert document.title == "在青禾苏木2028年教育工作推进会上的总结讲话"
    assert "【待补：会议名称】" not in document.placeholders()


def test_the_title_gap_is_highlighted_in_the_docx() -> None:
    from speechdraft.writers.docx import _title_xml

    xml = _title_xml("在【待补：会议名称】上的总结讲话", None)  # type: ignore[arg-type]
    assert re.search(r'<w:highlight w:val="yellow"/></w:rPr><w:t[^>]*>【待补：会议名称】', xml)


@pytest.mark.parametrize(
    "kind", ["leader_speech", "work_report", "leading_group", "safety", "school_opening"]
)
def test_the_other_kinds_keep_the_meeting_their_kind_names(kind: str) -> None:
    """A leader's speech at an education work meeting, an opening meeting, a safety meeting:
    the kind is the meeting, and the title says it (no gap)."""
    data = _concluding()
    data["kind"] = kind
    document = draft(data, 1).document
    assert "【待补" not in document.title
    assert document.title.endswith(("上的讲话", "上的工作报告"))


# -- the opening's checks in term time ------------------------------------------------------


def _safety(date: str, kind: str = "safety") -> dict[str, Any]:
    return {
        "kind": kind,
        "meeting": {"date": date},
        "region": {"level": "town", "name": "石门镇"},
        "speaker": {"title": "石门镇中心学校校长", "name": "周立新"},
        "preceding": ["镇派出所所长讲了交通安全注意事项"],
        "review": {"problems": ["留守儿童较多，监护薄弱"]},
        "priorities": [
            {"area": "疫情防控", "points": ["学校继续落实师生每日健康监测"]},
            {"area": "防溺水", "points": ["每周开展一次防溺水安全提醒"]},
            {"area": "交通安全"},
        ],
    }


@pytest.mark.parametrize("date", ["2022-03-18", "2022-05-16", "2022-06-08"])
@pytest.mark.parametrize("seed", SEEDS)
def test_no_opening_check_at_a_term_time_meeting(date: str, seed: int) -> None:
    text = spoken(_safety(date), seed)
    assert "疫情防控" in text  # the epidemic is spoken of (the clerk raised it)
    assert not re.search(r"纳入开学检查|开学返校", text), text


def test_the_opening_check_fits_an_opening_and_the_months_terms_open() -> None:
    from speechdraft.seasons import OPENING_AHEAD, occasions, off_season

    for kind, day in (
        ("school_opening", datetime.date(2022, 3, 2)),
        ("safety", datetime.date(2022, 8, 25)),
        ("leader_speech", datetime.date(2022, 2, 15)),
    ):
        assert OPENING_AHEAD in occasions(kind, day, [""])
        assert "off_season:opening" not in off_season(kind, day, [""], [])
    for day in (datetime.date(2022, 3, 18), datetime.date(2022, 5, 16), datetime.date(2022, 11, 3)):
        assert "off_season:opening" in off_season("safety", day, [""], [])
    # a clerk who writes 开学检查 asked for it
    assert "off_season:opening" not in off_season(
        "safety", datetime.date(2022, 5, 16), [""], ["把疫情防控纳入开学检查"]
    )


# -- what was heard: a look back is not carried out item by item -----------------------------


def _heard(preceding: list[str], kind: str = "leader_speech") -> dict[str, Any]:
    return {
        "kind": kind,
        "meeting": {"date": "2017-02-23"},
        "region": {"level": "county", "name": "白沙县"},
        "speaker": {"title": "县委书记", "name": "林国栋"},
        "preceding": preceding,
        "review": {"achievements": [{"area": "学前教育", "figures": {"新建幼儿园": "4所"}}]},
        "priorities": [{"area": "义务教育"}, {"area": "教师队伍"}],
    }


@pytest.mark.parametrize("kind", ["leader_speech", "concluding_remarks"])
@pytest.mark.parametrize("seed", SEEDS)
def test_a_look_back_is_not_carried_out_item_by_item(kind: str, seed: int) -> None:
    text = spoken(_heard(["县委常委、副县长王丽同志通报了2016年全县教育工作情况"], kind), seed)
    assert not re.search(r"通报[^。]{0,16}逐项", text), text


def test_a_plan_heard_may_still_be_carried_out() -> None:
    """The rule is the situation's, not a deleted wording: a plan set out keeps 逐项."""
    from speechdraft.situation import presupposed

    line = "{{ c.heard_named }}针对性很强，大家要认真对照，逐项抓好落实。"
    assert "actionable_heard" in presupposed(line)
    from speechdraft.compose.context import _heard as heard_of
    from speechdraft.intake.profile import Profile

    lookback = Profile.model_validate(_heard(["副县长王丽同志通报了2016年全县教育工作情况"]))
    plan = Profile.model_validate(_heard(["县教育局局长部署了2017年全县教育重点工作"]))
    assert "actionable_heard" not in heard_of(lookback)
    assert "actionable_heard" in heard_of(plan)


# -- a draft only discussed is not adopted -------------------------------------------------------

_ADOPTED = [
    "会议审议通过了《白沙县教育工作领导小组工作规则》《白沙县教育工作领导小组办公室工作细则》",
    "会议审议了《白沙县学前教育发展提升行动计划（送审稿）》",
    "县教育局汇报了2016年全县教育工作情况",
]


def test_adopted_named_keeps_a_discussed_draft_apart() -> None:
    from speechdraft.compose.occasion import adopted_named

    said = adopted_named(_ADOPTED)
    assert said == (
        "审议通过的《白沙县教育工作领导小组工作规则》和《白沙县教育工作领导小组办公室工作细则》"
    )
    assert adopted_named(["会议审议了《甲方案（送审稿）》"]) == "会议审议的《甲方案（送审稿）》"
    # a 送审稿 passed beside a plan adopted in full: the plan is carried out, the draft not
    mixed = adopted_named(["会议审议通过了《乙规划（送审稿）》和《2031年工作要点》"])
    assert mixed == "审议通过的《2031年工作要点》"
    three = adopted_named(["会议审议通过了《甲》《乙》《丙》"])
    assert three == "审议通过的《甲》《乙》和《丙》"  # no 顿号 between 书名号


@pytest.mark.parametrize("seed", SEEDS)
def test_the_leading_group_never_adopts_a_draft(seed: int) -> None:
    data = _heard(_ADOPTED, "leading_group")
    data["speaker"] = {"title": "县委书记、县委教育工作领导小组组长", "name": "林国栋"}
    text = spoken(data, seed)
    assert not re.search(r"审议通过的[^。]*送审稿", text), text


# -- a clerk's date that cannot fit its plan period -----------------------------------------

_LATE_PLAN_POINT = "明年3月底前完成“十五五”教育规划终期评估"


def _plan_profile() -> dict[str, Any]:
    return {
        "kind": "leading_group",
        "meeting": {"date": "2029-11-14"},
        "region": {"level": "city", "name": "临川市"},
        "speaker": {"title": "市委书记、市委教育工作领导小组组长", "name": "赵启明"},
        "preceding": ["市教育局汇报了2029年全市教育重点工作推进情况"],
        "priorities": [
            {"area": "规划编制", "points": [_LATE_PLAN_POINT, "启动“十六五”教育规划编制"]}
        ],
    }


@pytest.mark.parametrize("seed", SEEDS)
def test_a_plan_date_that_cannot_fit_is_kept_and_marked(seed: int) -> None:
    found = draft(_plan_profile(), seed)
    text = spoken(_plan_profile(), seed)
    said = [s for s in re.findall(r"[^。]*终期评估[^。]*。", text)]
    assert said, text
    assert all("明年3月底前" in s and "【待核：“十五五”到2030年底结束" in s for s in said), said
    assert any("十五五" in c for c in found.checks)


def test_the_plan_date_rule() -> None:
    from speechdraft.seasons import plan_date_misfit

    november = datetime.date(2029, 11, 14)
    assert plan_date_misfit(_LATE_PLAN_POINT, november)
    assert plan_date_misfit("2030年12月底前完成“十五五”教育规划终期评估", november) is None
    assert plan_date_misfit("明年3月底前完成“十五五”教育规划中期调整", november) is None
    assert plan_date_misfit("年底前完成“十四五”规划终期评估", datetime.date(2025, 3, 1)) is None


def test_validate_warns_at_the_points_line(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import yaml

    from speechdraft.intake.loading import load_profile
    from speechdraft.intake.plausibility import plausibility_warnings
    from speechdraft.phrasebank import load_phrasebank
    from speechdraft.resources import builtin_templates_dir

    path = tmp_path / "plan.yaml"
    path.write_text(yaml.safe_dump(_plan_profile(), allow_unicode=True, sort_keys=False), "utf-8")
    loaded = load_profile(path)
    warnings = [
        w
        for w in plausibility_warnings(loaded, load_phrasebank(builtin_templates_dir()))
        if "十五五" in w.message
    ]
    assert len(warnings) == 1
    line = path.read_text("utf-8").splitlines()[(warnings[0].line or 0) - 1]
    assert _LATE_PLAN_POINT in line
    assert "【待核】" in warnings[0].message


# -- a suggestion that contradicts a given count --------------------------------------------


def _inspections() -> dict[str, Any]:
    data = _heard(["县教育局局长作了工作报告"])
    data["safeguards"] = [{"area": "督导考核", "facts": {"年度教育专项督导次数": "2次"}}]
    return data


@pytest.mark.parametrize("seed", SEEDS)
def test_no_quarterly_suggestion_beside_two_inspections(seed: int) -> None:
    text = spoken(_inspections(), seed)
    said = [s for s in re.findall(r"[^。]*。", text) if "督导" in s and "2次" in s]
    assert said, text
    assert not any("【建议：每季度" in s for s in said), said
