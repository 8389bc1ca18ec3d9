"""Issue 11, round g's readers (class G): a key task's point is led by its grammar. A point
that opens with a verb takes 要 (我们将 in a bureau's own report); a deadline first reads
要在…前; a noun phrase takes a verb that fits it; one that states a rule stands as the clerk
wrote it. Round l's readers (R) struck points that name their own actor said bare (每个村设立
1名家庭教育联络员。): they take 要由/要在/要为/要对… (see test_weave_round_l.py). The point
shapes and profiles are this file's own."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from point_support import said_form
from speechdraft import genre
from speechdraft.compose.weave import PointForm, charge, point_form
from speechdraft.pipeline import build_draft

# (point as a clerk types it, its form, how the speaker says it)
SHAPES = [
    # it names its own actor: an organ, a department, the schools, people
    ("乡政府统筹解决村小冬季供暖", PointForm.OWN_ACTOR, "乡政府要统筹解决村小冬季供暖"),
    (
        "人社部门会同财政部门6月底前完成调标",
        PointForm.OWN_ACTOR,
        "人社部门要会同财政部门6月底前完成调标",
    ),
    ("住建部门牵头完成校舍抗震鉴定", PointForm.OWN_ACTOR, "住建部门要牵头完成校舍抗震鉴定"),
    ("各乡镇中心校建立留守儿童台账", PointForm.OWN_ACTOR, "各乡镇中心校要建立留守儿童台账"),
    ("每校建立课后服务收支公示制度", PointForm.OWN_ACTOR, "每校要建立课后服务收支公示制度"),
    ("每所学校配备一名专职心理教师", PointForm.OWN_ACTOR, "要为每所学校配备一名专职心理教师"),
    ("县、乡、校三级逐一核查控辍台账", PointForm.OWN_ACTOR, "县、乡、校三级要逐一核查控辍台账"),
    ("寄宿生每晚点名登记", PointForm.OWN_ACTOR, "寄宿生要每晚点名登记"),
    ("山区学校教师另行发放交通补助", PointForm.OWN_ACTOR, "要为山区学校教师另行发放交通补助"),
    ("校车每学期检测一次", PointForm.OWN_ACTOR, "校车要每学期检测一次"),
    (
        "公安、交通运输部门开展接送车辆专项整治",
        PointForm.OWN_ACTOR,
        "公安、交通运输部门要开展接送车辆专项整治",
    ),
    ("县编办牵头，年底前完成编制核定", PointForm.OWN_ACTOR, "县编办要牵头，年底前完成编制核定"),
    (
        "镇村干部和教师包村包户，劝返不漏一人",
        PointForm.OWN_ACTOR,
        "镇村干部和教师要包村包户，劝返不漏一人",
    ),
    # it states a rule
    ("年度考核不合格的实行一票否决", PointForm.RULE, "年度考核不合格的实行一票否决"),
    ("春季学期起农村寄宿生免收住宿费", PointForm.RULE, None),
    ("校园内严禁私拉电线充电", PointForm.RULE, "校园内严禁私拉电线充电"),
    ("在职教师一律不得有偿补课", PointForm.RULE, None),
    # it opens with a verb: 要
    ("坚持晨检午检和缺课追踪", PointForm.VERB, "要坚持晨检午检和缺课追踪"),
    ("完善教师荣誉表彰制度", PointForm.VERB, "要完善教师荣誉表彰制度"),
    ("全面推行课后服务“5+2”模式", PointForm.VERB, "要全面推行课后服务“5+2”模式"),
    ("进一步规范校外培训收费", PointForm.VERB, "要进一步规范校外培训收费"),
    ("与省城名校开展同步课堂", PointForm.VERB, "要与省城名校开展同步课堂"),
    ("围绕本地产业调整专业设置", PointForm.VERB, "要围绕本地产业调整专业设置"),
    ("会同卫健部门开展学生视力筛查", PointForm.VERB, "要会同卫健部门开展学生视力筛查"),
    ("编制全县学校布局专项规划", PointForm.VERB, "要编制全县学校布局专项规划"),
    ("争当新时代“大先生”", PointForm.VERB, "要争当新时代“大先生”"),
    # a deadline first: 要在…前
    ("年底前兑现乡村教师生活补助", PointForm.BY_WHEN, "要在年底前兑现乡村教师生活补助"),
    ("汛期前对河道沿线设置警示标识", PointForm.BY_WHEN, "要在汛期前对河道沿线设置警示标识"),
    ("年内撤并生源不足的教学点", PointForm.BY_WHEN, "要在年内撤并生源不足的教学点"),
    ("开学第一周做好新生适应教育", PointForm.BY_WHEN, "要在开学第一周做好新生适应教育"),
    ("国庆节前完成全员健康体检", PointForm.BY_WHEN, "要在国庆节前完成全员健康体检"),
    ("5月1日前完成重点水域排查", PointForm.BY_WHEN, "要在5月1日前完成重点水域排查"),
    # a subject, then its deadline: as written
    (
        "食堂燃气报警装置6月底前安装到位",
        PointForm.OWN_ACTOR,
        "食堂燃气报警装置要在6月底前安装到位",
    ),
    # how often first: 要, not 要在
    ("每年评选表彰优秀班主任", PointForm.VERB, "要每年评选表彰优秀班主任"),
    # a noun phrase: a verb that fits it
    ("学生体质健康监测", PointForm.NOUN, "要做好学生体质健康监测"),
    ("中小学校长职级制度", PointForm.NOUN, "要落实中小学校长职级制度"),
    ("县域普通高中振兴行动", PointForm.NOUN, "要实施县域普通高中振兴行动"),
    ("逐步免费学前教育政策落地", PointForm.NOUN, "要推动逐步免费学前教育政策落地"),
    # a unit's aim: 要推动
    ("县二中创建省级示范性高中", PointForm.AIM, "要推动县二中创建省级示范性高中"),
    # already charged
    ("各学校要建立食品留样台账", PointForm.CHARGED, "各学校要建立食品留样台账"),
]


@pytest.mark.parametrize(("point", "form", "said"), SHAPES)
def test_a_point_is_led_by_its_grammar(point: str, form: str, said: str | None) -> None:
    assert point_form(point) == form
    expected = said if said is not None else point  # rules stand as written
    assert charge(point, speaks_for_bureau=False) == expected


def test_there_are_thirty_shapes_and_every_form() -> None:
    assert len(SHAPES) >= 30
    assert {form for _, form, _ in SHAPES} >= {
        PointForm.OWN_ACTOR,
        PointForm.RULE,
        PointForm.VERB,
        PointForm.BY_WHEN,
        PointForm.NOUN,
        PointForm.AIM,
    }


def test_a_bureau_says_we_will_only_before_its_own_verbs() -> None:
    assert charge("完善教师荣誉表彰制度", True) == "我们将完善教师荣誉表彰制度"
    assert charge("年底前兑现乡村教师生活补助", True) == "我们将在年底前兑现乡村教师生活补助"
    # a bureau does not charge the township government: it works for it (round l)
    assert charge("乡政府统筹解决村小冬季供暖", True) == "我们将推动乡政府统筹解决村小冬季供暖"


def test_no_lead_doubles_a_verb_or_frames_an_actor() -> None:
    for point, form, _ in SHAPES:
        said = charge(point, speaks_for_bureau=False)
        assert not said.startswith("要明确"), said
        assert "要要" not in said and "要确保要" not in said, said
        if form == PointForm.VERB:
            assert not said.startswith("要确保"), said  # 要确保坚持晨午检 (round g)
        if form == PointForm.RULE:
            assert said == point
        if form == PointForm.OWN_ACTOR:  # a demand, the clerk's words kept whole around 要
            form_said = said_form(point, said)
            assert form_said is not None and said.endswith(form_said), said
            assert said.startswith("要") or form_said != point, said


# --- in every kind and at every level ---------------------------------------------------

OWN = {
    "校园安全": "乡政府统筹解决村小冬季供暖",
    "教师队伍": "年度考核不合格的实行一票否决",
}
LED = {
    "控辍保学": ("坚持晨检午检和缺课追踪", "要坚持晨检午检和缺课追踪"),
    "学前教育": ("年底前兑现乡村教师生活补助", "在年底前兑现乡村教师生活补助"),
}
TITLES = {
    "leader_speech": "县委书记",
    "work_report": "教育局局长",
    "concluding_remarks": "副县长",
    "leading_group": "县委书记、县委教育工作领导小组组长",
    "teachers_day": "县委书记",
    "school_opening": "教育局局长",
    "safety": "副县长",
}
LEVELS = ("county", "district", "city", "banner", "province", "town", "prefecture")


def _profile(kind: str, level: str) -> dict[str, Any]:
    priorities = [{"area": area, "points": [point]} for area, point in OWN.items()]
    priorities += [{"area": area, "points": [point]} for area, (point, _) in LED.items()]
    return {
        "kind": kind,
        "meeting": {"date": {"school_opening": "2027-08-26"}.get(kind, "2027-03-10")},
        "region": {"level": level, "name": "安和"},
        "speaker": {"title": TITLES[kind]},
        "priorities": priorities,
    }


@pytest.mark.parametrize(("kind", "level"), list(zip(genre.KINDS, LEVELS, strict=False)))
def test_points_stand_or_are_led_in_every_kind(tmp_path: Path, kind: str, level: str) -> None:
    path = tmp_path / "p.yaml"
    path.write_text(yaml.safe_dump(_profile(kind, level), allow_unicode=True), "utf-8")
    text = "\n".join(build_draft(path).document.spoken_lines())
    rule = OWN["教师队伍"]
    assert rule + "。" in text, rule
    at = text.index(rule)
    assert text[at - 1] in "。\n：；", text[at - 10 : at + len(rule)]
    organ = OWN["校园安全"]  # 乡政府要统筹… (我们将推动乡政府… in a bureau's report)
    assert "乡政府要统筹解决村小冬季供暖" in text or "推动" + organ in text, organ
    assert "要由" + organ not in text
    for point, said in LED.values():
        assert point in text, point
        if said + "。" not in text:  # said in a list of several, or with 我们将 by a bureau
            assert "要确保" + point not in text
    assert "要确保乡政府" not in text and "要明确，年度考核" not in text


# --- review figures: a verb that fits the noun; a plain heading only where it is earned ----

from speechdraft.compose.weave import review_figure  # noqa: E402


@pytest.mark.parametrize(
    ("label", "value", "said"),
    [
        ("校车", "212辆", "配备校车212辆"),
        ("校车驾驶员培训", "430人次", "培训校车驾驶员430人次"),
        ("乡村教师周转宿舍", "860套", "建成乡村教师周转宿舍860套"),
        ("全年学生资助资金", "2,150万元", "全年发放学生资助资金2,150万元"),
        ("县级以上骨干教师", "615名", "县级以上骨干教师达到615名"),  # round q: no 有
        ("新增学位", "2400个", "新增学位2400个"),
        ("中职贯通培养专业", "9个", "开设中职贯通培养专业9个"),
        # a label that brings its own verb, a rate, a rank, a change: as they were
        ("新招聘教师", "148名", "新招聘教师148名"),
        ("送教上门", "11人", "送教上门11人"),
        ("普惠性幼儿园覆盖率", "91.5%", "普惠性幼儿园覆盖率达到91.5%"),
        ("中考综合评价全市排名", "第3位", "中考综合评价全市排名第3位"),
        ("中考优秀率", "较上年提高1.8个百分点", "中考优秀率较上年提高1.8个百分点"),
        # 下降达到 was struck: a label that ends in its change takes its size
        ("学生溺水人数较上年下降", "18.2%", "学生溺水人数较上年下降18.2%"),
    ],
)
def test_a_review_figure_is_said_with_a_verb_that_fits(label: str, value: str, said: str) -> None:
    assert review_figure(label, value) == said


_TEMPLATE_LEADS = ("方面继续向前推进", "方面稳步推进", "有了新的进展", "继续向前推进")


@pytest.mark.parametrize(
    ("kind", "level"),
    [("safety", "county"), ("leader_speech", "city"), ("concluding_remarks", "district")],
)
def test_bare_figures_get_verbs_and_no_template_heading(
    tmp_path: Path, kind: str, level: str
) -> None:
    data = _profile(kind, level)
    data["review"] = {
        "achievements": [
            {"area": "校车安全", "figures": {"校车": "212辆", "校车驾驶员培训": "430人次"}},
            {"area": "教师队伍", "figures": {"县级以上骨干教师": "615名"}},
            {"area": "乡村教师", "figures": {"乡村教师周转宿舍": "860套"}},
            {"area": "学生资助", "figures": {"全年学生资助资金": "2150万元"}},
        ]
    }
    path = tmp_path / "p.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    text = "\n".join(build_draft(path).document.spoken_lines())
    for said in (
        "配备校车212辆",
        "培训校车驾驶员430人次",
        "县级以上骨干教师达到615名",
        "建成乡村教师周转宿舍860套",
        "发放学生资助资金2150万元",
    ):
        assert said in text, said
    assert not any(lead in text for lead in _TEMPLATE_LEADS), text
    # a stock of 615名 is no progress: no area's heading claims what its figures do not show
    assert text.count("取得积极进展") <= 1


# --- gaps, targets and the calendar ---------------------------------------------------

from speechdraft.compose.render import fit_values, literal  # noqa: E402
from speechdraft.markup import fact_token  # noqa: E402


def _plain(markup: str) -> str:
    return markup.replace(literal(""), "")


def test_a_gap_never_stands_as_an_adjective_inside_a_noun_phrase() -> None:
    gap = fact_token("教师全员培训人次", "人次")
    assert fit_values(f"今年的{gap}教师培训，要突出师德。") == f"今年的教师培训{gap}，要突出师德。"
    assert fit_values(f"每校每学期{gap}的疏散演练，要有预案。") == (
        f"每校每学期疏散演练{gap}，要有预案。"
    )
    # a gap that is already an object stays where it is
    for kept in (f"在{gap}等方面还有不足。", f"要保持在{gap}以上。", f"对{gap}学校实行督导。"):
        assert fit_values(kept) == kept


def test_a_rise_is_no_floor_and_part_is_not_everywhere() -> None:
    rise = fit_values("巩固率的目标是" + literal("95%") + "，这是一条必须守住的底线。")
    assert "底线" not in rise and "95%" in rise
    kept = fit_values("巩固率" + literal("保持在99%") + "，这是一条必须守住的底线。")
    assert "底线" in kept
    part = fit_values("明厨亮灶要全面铺开，覆盖率达到" + literal("78%") + "。")
    assert "全面铺开" not in part and "逐步推开" in part
    full = fit_values("明厨亮灶要全面铺开，覆盖率达到" + literal("100%") + "。")
    assert "全面铺开" in full


def _render(tmp_path: Path, data: dict[str, Any]) -> str:
    path = tmp_path / "p.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    return "\n".join(build_draft(path).document.spoken_lines())


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_no_quota_of_hazards_is_asked_for(tmp_path: Path, seed: int) -> None:
    data = {
        "kind": "safety",
        "meeting": {"date": "2028-11-16"},
        "region": {"level": "county", "name": "安和"},
        "speaker": {"title": "副县长"},
        "seed": seed,
        "priorities": [{"area": "平安校园"}, {"area": "防溺水"}, {"area": "食品安全"}],
    }
    text = _render(tmp_path, data)
    assert "隐患数" not in text  # never asked for; the clause reads without it
    # given by the clerk, it is said all the same (nothing a clerk wrote is dropped)
    data["priorities"][0]["facts"] = {"年内排查整改校园安全隐患数": "约260项"}
    assert "约260项" in _render(tmp_path, data)


def test_a_target_already_reached_is_kept_not_asked(tmp_path: Path) -> None:
    data = {
        "kind": "concluding_remarks",
        "meeting": {"date": "2029-03-20"},
        "region": {"level": "district", "name": "安和"},
        "speaker": {"title": "副区长"},
        "review": {
            "achievements": [{"area": "集团化办学", "figures": {"集团化办学覆盖率": "100%"}}]
        },
        "priorities": [{"area": "集团化办学"}],
    }
    text = _render(tmp_path, data)
    assert "【待补：集团化办学覆盖率" not in text


def test_a_late_year_meeting_asks_for_next_years_figures(tmp_path: Path) -> None:
    data = {
        "kind": "leading_group",
        "meeting": {"date": "2027-11-20"},
        "region": {"level": "county", "name": "安和"},
        "speaker": {"title": "县委书记、县委教育工作领导小组组长"},
        "seed": 2,
        # (the task names the supply it asks a count of: a year's new-teachers count is asked only
        # where the task speaks of 补充 or 招聘 — round cx's 15, A, stop 77)
        "priorities": [{"area": "教师队伍", "points": ["抓好教师补充"]}, {"area": "校园安全"}],
    }
    text = _render(tmp_path, data)
    assert "【待补：明年新补充教师人数" in text  # the year it plans for
    assert "【待补：今年" not in text


PLAN_WORDS = {
    2027: ("起步", "开局"),  # 十五五, year 2
    2029: ("攻坚", "冲刺"),  # year 4
}


@pytest.mark.parametrize("year", sorted(PLAN_WORDS))
def test_plan_words_fit_the_year_of_the_plan(tmp_path: Path, year: int) -> None:
    said = set()
    for seed in range(1, 6):
        data = {
            "kind": "leader_speech",
            "meeting": {"date": f"{year}-03-10"},
            "region": {"level": "county", "name": "安和"},
            "speaker": {"title": "县委书记"},
            "seed": seed,
            "priorities": [{"area": "教师队伍"}],
        }
        text = _render(tmp_path, data)
        if year == 2027:  # year 2: nothing is half done or in its final sprint
            assert "后期的目标需要冲刺" not in text and "规划过半" not in text
        said |= {word for word in PLAN_WORDS[year] if word in text}
        if year == 2027:
            assert "冲刺" not in text and "收官" not in text, text
    assert said, year


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_one_problem_is_not_announced_as_some(tmp_path: Path, seed: int) -> None:
    data = {
        "kind": "teachers_day",
        "meeting": {"date": "2027-09-08"},
        "region": {"level": "prefecture", "name": "安和"},
        "speaker": {"title": "州委书记"},
        "seed": seed,
        "review": {"problems": ["山区教学点教师平均年龄超过52岁"]},
    }
    text = _render(tmp_path, data)
    assert "山区教学点教师平均年龄超过52岁" in text
    at = text.index("山区教学点教师平均年龄超过52岁")
    before = text[max(0, at - 40) : at]
    assert not re.search(r"(?:一些|不少)[^：。]*：$", before), before
    assert "这些问题" not in text[at : at + 120]


def test_a_bare_fraction_in_a_money_field_gets_no_invented_unit(tmp_path: Path) -> None:
    data = {
        "kind": "safety",
        "meeting": {"date": "2030-03-27"},
        "region": {"level": "county", "name": "安和"},
        "speaker": {"title": "副县长"},
        "priorities": [{"area": "校园安全"}],
        "safeguards": [{"area": "经费保障", "facts": {"年度教育经费预算安排": 0.4}}],
    }
    text = _render(tmp_path, data)
    assert "0.4" in text and "0.4亿元" not in text and "0.4万元" not in text
    data["safeguards"][0]["facts"] = {"年度教育经费预算安排": 3.6}
    # a plain amount is not given its field's unit but asks for it (figure19: this asserted
    # 3.6亿元; the same property, the field's unit, now in the visible 【待核】 mark)
    assert "3.6【待核：单位是否为亿元】" in _render(tmp_path, data)
