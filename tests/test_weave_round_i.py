"""Issue 11, round i's readers (classes G, R, F, A) on the clerk's own figures and points: a
review item's lead never names its area twice nor stands as a bare noun (围绕教育经费，…); no
single figure or point of the clerk's stands bare as a whole sentence; a target reads with the
verb its noun takes; a 【待补】 target is never a floor; the plan-year line is one sentence in
every year. The profiles here are this file's own."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import jinja2
import pytest
import yaml

from point_support import is_said, said_form
from speechdraft import genre
from speechdraft.compose.render import fit_values, literal, no_floor_on_a_gap, own_headings
from speechdraft.compose.weave import (
    charge,
    names_its_subject,
    one_lead_each,
    review_figure,
    target_clause,
)
from speechdraft.markup import PLACEHOLDER_PATTERN, fact_token
from speechdraft.phrasebank import load_phrasebank
from speechdraft.pipeline import build_draft
from speechdraft.resources import builtin_templates_dir

_BANK = load_phrasebank(builtin_templates_dir())

KINDS = tuple(genre.KIND_KEYS)
LEVELS = tuple(genre.LEVEL_KEYS)
# Each area: (its label, its first point or None, its figures). The first three repeat
# the area's own words in the first point or figure; the last two open with a verb.
ACHIEVEMENTS: list[tuple[str, str | None, dict[str, str]]] = [
    ("薄弱学校改造", "薄弱学校改造项目年内全部竣工", {"改造项目学校": "31所"}),
    ("教育经费", None, {"一般公共预算教育支出": "18.4亿元"}),
    ("乡村小规模学校", "乡村小规模学校全部配齐音体美器材", {}),
    ("义务教育巩固", None, {"义务教育巩固率": "97.3%"}),
    ("校车管理", None, {"标准化校车": "96辆"}),
    ("隐患整改", None, {"排查整改隐患": "约1400项"}),
]
FIGURE_ONLY_AREA = ("课后服务", {"课后服务参与率": "91.7%"})
# Points with a subject of their own that read as notes when said alone (round i's R).
BARE_POINTS = {
    "人工智能教育": "所有中小学开设编程兴趣课程",
    "冬季取暖安全": "所有燃煤取暖的教室安装一氧化碳报警器",
    "乡村教师待遇": "乡村教师交通补助按学校离城远近分档发放",
    "劝返复学": "驻村干部、包片干部和班主任联合上门劝返",
}


def _profile(kind: str, level: str, year: int = 2027) -> dict[str, Any]:
    achievements: list[dict[str, Any]] = []
    for area, point, figures in ACHIEVEMENTS:
        entry: dict[str, Any] = {"area": area, "figures": figures}
        if point:
            entry["points"] = [point]
        achievements.append(entry)
    area, figures = FIGURE_ONLY_AREA
    achievements.append({"area": area, "figures": figures})
    date = {"school_opening": f"{year}-08-28", "teachers_day": f"{year}-09-09"}
    return {
        "kind": kind,
        "meeting": {"date": date.get(kind, f"{year}-03-16")},
        "region": {"level": level, "name": "青川"},
        "speaker": {"title": genre.speaker_title(kind, level)},
        "review": {"achievements": achievements},
        "priorities": [{"area": a, "points": [p]} for a, p in BARE_POINTS.items()],
    }


def _render(tmp_path: Path, data: dict[str, Any]) -> str:
    path = tmp_path / "p.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    return "\n".join(build_draft(path).document.spoken_lines())


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[。！？])|\n", text) if s.strip()]


def _review_sentences(text: str) -> list[str]:
    """The sentences that carry a review point or figure of this file's profile."""
    said = [p for _, p, _ in ACHIEVEMENTS if p]
    said += [v.removeprefix("约") for _, _, f in ACHIEVEMENTS for v in f.values()]
    return [s for s in _sentences(text) if any(x in s for x in said)]


CASES = [(kind, LEVELS[i % len(LEVELS)]) for i, kind in enumerate(KINDS)]
CASES += [(kind, LEVELS[(i + 3) % len(LEVELS)]) for i, kind in enumerate(KINDS)]


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], str]:
    out = {}
    for kind, level in CASES:
        folder = tmp_path_factory.mktemp(f"{kind}-{level}")
        out[(kind, level)] = _render(folder, _profile(kind, level))
    return out


# --- 1. review leads ---------------------------------------------------------------------


@pytest.mark.parametrize(("kind", "level"), CASES)
def test_no_review_lead_names_its_area_twice_or_bare(
    drafts: dict[tuple[str, str], str], kind: str, level: str
) -> None:
    """围绕薄弱学校改造，薄弱学校改造项目…, 义务教育巩固方面，义务教育巩固率… and 围绕教育经费，
    一般公共预算教育支出… were struck (round i's G, R): no sentence says an area's name twice,
    and no area is led into by 围绕X，/在X方面，/X方面， at all."""
    text = drafts[(kind, level)]
    for area, _, _ in [*ACHIEVEMENTS, (FIGURE_ONLY_AREA[0], None, {})]:
        for sentence in _review_sentences(text):
            assert sentence.count(area) < 2, sentence
        assert f"围绕{area}，" not in text
        assert f"{area}方面，" not in text


@pytest.mark.parametrize(("kind", "level"), CASES)
def test_every_review_point_and_figure_is_said_with_a_subject_or_a_lead(
    drafts: dict[tuple[str, str], str], kind: str, level: str
) -> None:
    """Nothing dropped; a figure that opens with a verb (配备标准化校车96辆) never opens a
    sentence or an 一是 bare: a clause (校车管理工作扎实推进，) or the place (全县…) first."""
    text = drafts[(kind, level)]
    for _, point, figures in ACHIEVEMENTS:
        if point:
            assert is_said(point, text), point
        for value in figures.values():
            assert value.removeprefix("约") in text
    assert "91.7%" in text
    for verb_first in ("配备标准化校车96辆", "排查整改隐患约1400项"):
        at = text.index(verb_first)
        before = text[max(0, at - 3) : at]
        assert not before or (before[-1] not in "。\n：；" and not before.endswith("是")), text[
            max(0, at - 20) : at + 12
        ]


def test_a_figure_alone_under_a_work_report_heading_has_its_place(tmp_path: Path) -> None:
    """课后服务参与率达到94.6%。 alone under （二）双减工作有力推进 (round i's R): 全县…"""
    text = _render(tmp_path, _profile("work_report", "county"))
    line = next(s for s in text.splitlines() if "91.7%" in s)
    # the section's body is one bare figure, so the clerk is asked for the line of work before
    # it (branch bare20); the figure's own sentence still names its place
    said = re.sub(PLACEHOLDER_PATTERN, "", line)
    assert said.startswith("全县"), line


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("一般公共预算教育支出达到18.4亿元", True),
        ("学前一年免费教育全面落实", True),
        ("全省所有县（市、区）通过督导评估", True),
        ("配备标准化校车96辆", False),
        ("排查整改隐患约1400项", False),
        ("全面落实营养改善计划", False),
        ("实施公费师范生培养计划", False),
        ("11月顺利通过县域义务教育基本均衡督导评估", False),
        ("2026年9月县二中新校区投入使用", True),
    ],
)
def test_what_names_its_own_subject(text: str, named: bool) -> None:
    assert names_its_subject(text) is named


# --- 2. a clerk's point alone -------------------------------------------------------------


@pytest.mark.parametrize(
    ("point", "said"),
    [
        ("旗所有中小学开设人工智能课程", "要确保旗所有中小学开设人工智能课程"),
        ("所有燃煤取暖的宿舍安装一氧化碳报警器", "所有燃煤取暖的宿舍要安装一氧化碳报警器"),
        (
            "乡村教师生活补助按学校艰苦边远程度分档发放",
            "乡村教师生活补助要按学校艰苦边远程度分档发放",
        ),
        ("村干部、包村干部和班主任联合入户劝返", "村干部、包村干部和班主任要联合入户劝返"),
        # an organ, people acting or people given something (as written in rounds f-k;
        # round l's readers struck them bare, R): 要由/要组织/要为
        ("乡政府统筹解决村小冬季供暖", "乡政府要统筹解决村小冬季供暖"),
        ("镇村干部和教师包村包户，劝返不漏一人", "镇村干部和教师要包村包户，劝返不漏一人"),
        ("山区学校教师另行发放交通补助", "要为山区学校教师另行发放交通补助"),
    ],
)
def test_a_point_with_its_own_subject_that_reads_as_a_note_is_led(point: str, said: str) -> None:
    assert charge(point, speaks_for_bureau=False) == said


@pytest.mark.parametrize(("kind", "level"), CASES)
def test_no_bare_point_stands_as_a_whole_sentence(
    drafts: dict[tuple[str, str], str], kind: str, level: str
) -> None:
    text = drafts[(kind, level)]
    for point in BARE_POINTS.values():
        form = said_form(point, text)
        assert form is not None, point
        if form == point:  # said whole, so a demand stands before it
            at = text.index(point)
            assert text[at - 1] not in "。\n", text[max(0, at - 20) : at + len(point)]


# --- 4. the plan-year line ----------------------------------------------------------------

_PLAN_SLOTS = {1: "common.plan_first", 2: "common.plan_second", 3: "common.plan_mid"}
_PLAN_SLOTS |= {4: "common.plan_fourth", 5: "common.plan_last"}


def _plan_lines(year: int) -> list[str]:
    bank = _BANK
    plan = genre.plan_year(year)
    names = {"y": {"meeting": year, "plan": plan}}
    units = bank.frames[_PLAN_SLOTS[plan.index]]
    return [jinja2.Template(w).render(**names) for u in units for w in u.wordings]


@pytest.mark.parametrize("year", range(2016, 2036))
def test_every_plan_year_line_is_one_well_formed_sentence(year: int) -> None:
    """2031年，“十六五”规划进入实施的开局之年 (年 twice), “十四五”开局之年，起步稳不稳… (no
    subject) were struck (round i's G): every wording of the year's slot, in every year."""
    plan = genre.plan_year(year)
    lines = _plan_lines(year)
    assert len(lines) >= 6
    for line in lines:
        assert not re.search(r"\d{4}年，[^。]*之年", line), line
        assert not re.search(r"\d{4}年，[^。]*第[二两]个?年", line), line
        opening = line.split("，")[0]
        assert not re.fullmatch(f"“{plan.plan}”(?:的)?{plan.phase}", opening), line
        assert "{{" not in line and "}}" not in line


def test_the_review_line_names_who_carried_out_the_policy() -> None:
    """贯彻全国教育大会精神、《…纲要》，2028年全区教育工作稳步推进 (round i's G): no wording
    of the concluding remarks' review opens with 贯彻 and no subject."""
    bank = _BANK
    for units in bank.frames.values():
        for unit in units:
            for wording in unit.wordings:
                assert not re.match(r"贯彻[^，。]*，\{\{ y\.review \}\}年", wording), wording


# --- 3. targets' wording --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "value", "unit", "said"),
    [
        ("校企合作企业数", "140", "", "校企合作企业达到140家"),
        ("教师全员培训人次", "1.2万人次", "", "完成教师全员培训1.2万人次"),
        ("教师工资差额补足资金", "2350", "万元", "落实教师工资差额补足资金2350万元"),
        ("一般公共预算教育支出", "17.8亿元", "", "安排一般公共预算教育支出17.8亿元"),
        ("集团化办学覆盖率", "60", "%", "集团化办学覆盖率达到60%"),
        ("年内排查整改校园安全隐患数", "1500", "", "年内排查整改校园安全隐患1500项"),
        ("续建项目数", "3", "", "续建项目3项"),
        ("新补充教师人数", "180", "", "新补充教师180名"),
        ("特色高中创建数", "3", "所", "创建特色高中3所"),
    ],
)
def test_a_target_takes_the_verb_its_noun_takes(
    label: str, value: str, unit: str, said: str
) -> None:
    assert target_clause(label, value, unit) == said


def test_targets_under_a_clerks_own_area_read_as_clauses(tmp_path: Path) -> None:
    """今年的具体目标是：校企合作企业140家 (round i's R): 今年要确保校企合作企业达到140家，…"""
    data = _profile("concluding_remarks", "city")
    data["priorities"] = [
        {"area": "对口协作", "facts": {"校企合作企业数": 140, "教师全员培训人次": "1.2万人次"}}
    ]
    text = _render(tmp_path, data)
    assert "的具体目标是：" not in text
    # said alone since stop 52 (two things, two sentences: test_round_aw41), with its 计划
    assert re.search(r"校企合作企业(?:计划)?达到140家", text)
    # the training's count with its verb, its work named once by the lead before it
    # (要抓好教师全员培训，今年全市计划完成1.2万人次: round ab's R) or in the clause
    assert re.search(r"教师全员培训[^。]{0,12}完成1\.2万人次|完成教师全员培训1\.2万人次", text)


G = fact_token("普惠性幼儿园覆盖率", "%")


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (f"覆盖率要巩固在{G}以上，同时补齐短板。", f"覆盖率的目标是{G}，同时补齐短板。"),
        (
            f"普惠性幼儿园覆盖率达到{G}，是今年普惠发展的底线目标。",
            f"力争普惠性幼儿园覆盖率达到{G}。",
        ),
        (
            f"九年义务教育巩固率{G}，是今年控辍保学必须守住的目标。",
            f"力争九年义务教育巩固率达到{G}。",
        ),
        (f"把党组织覆盖率保持在{G}，是今年党建的基础目标。", f"力争党组织覆盖率达到{G}。"),
        (
            f"生均公用经费标准为{G}，这是学校正常运转的底线，只能提高、不能降低。",
            # a standard is a rule's value, not an aim (round ae's G: 标准的目标是【待补】)
            f"生均公用经费标准为{G}，只能提高、不能降低。",
        ),
        (f"今年巩固率的目标是{G}，这是一条必须守住的底线。", f"力争巩固率达到{G}。"),
        # a target to reach, not a floor: as it was
        (f"要确保覆盖率达到{G}，不让问题反弹。", f"要确保覆盖率达到{G}，不让问题反弹。"),
    ],
)
def test_a_target_still_to_fill_is_never_a_floor(text: str, said: str) -> None:
    """No floor on a gap (round i's F); said X的目标是【待补】, not 要明确X的目标【待补】, which
    round l's readers took for the clerk's own note (R); a sentence that ends on the gap is
    said 力争X达到【待补】 (branch bare21, round aj's R: X的目标是【待补】。 read as a bare line)."""
    assert no_floor_on_a_gap(text) == said


def test_ba_never_reaches() -> None:
    """把中小学校党组织覆盖率达到100% (round i's G): 把 takes 提高到 or 保持在."""
    said = fit_values("把党组织覆盖率保持在" + literal("100%") + "，是今年党建的基础目标。")
    assert not re.search("把[^，。；]*达到", said)
    assert "提高到" in said


FLOOR_AREAS = ("学前教育", "控辍保学", "党的建设", "普通高中", "义务教育")


@pytest.mark.parametrize(("kind", "level"), CASES)
def test_no_gap_is_framed_as_a_floor_in_any_kind(tmp_path: Path, kind: str, level: str) -> None:
    data = _profile(kind, level)
    data["priorities"] = [{"area": area} for area in FLOOR_AREAS]
    text = _render(tmp_path, data)
    assert not re.search(r"(?:巩固|保持|稳定)在【待补", text), text
    assert not re.search(r"【待补[^】]*】(?:以上)?，(?:这)?是[^。]*(?:底线|目标)", text)


REACHED: dict[str, Any] = {
    "review": {
        "achievements": [
            {
                "area": "义务教育",
                "figures": {"集团化办学覆盖率": "100%", "标准班额达标率": "99.5%"},
            },
            {"area": "民族团结", "figures": {"民族团结进步示范学校": "420所"}},
        ]
    },
    "priorities": [
        {"area": "义务教育", "facts": {"集团化办学覆盖率": 100, "标准班额达标率": 99}},
        {"area": "民族团结", "facts": {"民族团结进步示范学校数": 460}},
    ],
}


@pytest.mark.parametrize(("kind", "level"), CASES[:7])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_figure_already_reached_is_kept_not_reached_again(
    tmp_path: Path, kind: str, level: str, seed: int
) -> None:
    """全年要把集团化办学覆盖率提高到100% where 100% was reached, 全年要打造民族团结进步示范
    学校460所 where 420 stand (round i's F, A): 保持, and the total grows to 460."""
    data = {**_profile(kind, level), **REACHED}
    path = tmp_path / "p.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    text = "\n".join(build_draft(path, seed=seed).document.spoken_lines())
    for sentence in _sentences(text):
        if re.search(r"(?<![主重需纲])要(?![求点])|将", sentence):
            assert not re.search(r"(?:提高到|提升到|达到)(?:100%|99%)", sentence), sentence
        assert not re.search(r"(?:打造|建成|创建|新建)民族团结进步示范学校460所", sentence)
    assert "460所" in text and "100%" in text


# --- 5. preceding items and own headings ----------------------------------------------------


def test_a_run_of_preceding_items_with_one_lead_says_it_once() -> None:
    items = [
        "会议审议通过了《全县学校布局调整三年方案》",
        "会议审议通过了《关于减轻教师非教学负担的措施》",
        "县教育局汇报了全年教育工作推进情况",
        "会议审议通过了《教育督导问责办法》",
    ]
    assert one_lead_each(items) == (
        "会议审议通过了《全县学校布局调整三年方案》和《关于减轻教师非教学负担的措施》",
        "县教育局汇报了全年教育工作推进情况",
        "会议审议通过了《教育督导问责办法》",
    )
    assert one_lead_each(items[2:3]) == (items[2],)


@pytest.mark.parametrize("kind", ["leading_group", "concluding_remarks", "leader_speech"])
def test_the_speech_names_a_shared_lead_once(tmp_path: Path, kind: str) -> None:
    data = _profile(kind, "county")
    data["preceding"] = [
        "会议审议通过了《全县学校布局调整三年方案》",
        "会议审议通过了《关于减轻教师非教学负担的措施》",
    ]
    text = _render(tmp_path, data)
    assert text.count("审议通过了") == 1
    assert "《全县学校布局调整三年方案》和《关于减轻教师非教学负担的措施》" in text


@pytest.mark.parametrize(
    "label", ["边境学校", "学生食堂", "规范招生", "教育家精神", "凝聚合力", "起始年级班额"]
)
def test_no_own_heading_is_a_verb_before_a_bare_noun(label: str) -> None:
    """着力做好边境学校, 扎实推进规范招生 (round i's G): checked over rounds h and i too."""
    for heading in own_headings(label):
        assert not re.fullmatch(f"(?:着力做好|扎实推进|切实抓好){label}", heading), heading


def test_an_allowance_per_head_is_paid() -> None:
    """乡村教师生活补助人均每月500元 after other figures had no verb (round i's R); an average
    per month is a level reached (达到), not a sum sent (发放…人均每月…: round z's G)."""
    assert review_figure("乡村教师生活补助", "人均每月500元") == "乡村教师生活补助人均每月达到500元"
    assert review_figure("新招聘特岗教师", "860名") == "新招聘特岗教师860名"


def test_a_target_the_clerk_raises_is_not_kept_as_a_floor(tmp_path: Path) -> None:
    """The clerk's target 高中阶段毛入学率达到95% beside the bank's 要保持在95%以上，巩固… (round
    i's F): the rate is raised to 95%, not kept above it."""
    for seed in (1, 2, 3, 4):
        data = _profile("work_report", "county_city")
        data["targets"] = {"items": ["高中阶段毛入学率达到95%"]}
        data["priorities"] = [{"area": "普通高中", "facts": {"高中阶段毛入学率": 95}}]
        path = tmp_path / f"p{seed}.yaml"
        path.write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
        text = "\n".join(build_draft(path, seed=seed).document.spoken_lines())
        assert not re.search(r"(?:巩固|保持|稳定)在95%", text), seed
        assert "95%" in text
