"""The clerk's points under frames that fit what they mean (issue 11's G and R; round ah's
readers: 要做好暑期违规培训, 要抓好致家长的一封信, 二是要抓好建档立卡贫困家庭学生, 要抓好小学一、二年级
不布置书面家庭作业, 要抓好学校负责人陪餐, 要确保全旗现有校车52辆，…, 要由秘书组设在区教育局, 边境县
学校教师要补助。, 项目要开工前完成招投标, 小学生要每天睡眠10小时, 要抓好…高中托管帮扶县中, 要劝返复学。).

The test's own profiles: points as a clerk types them, one or more of each meaning class
(a wrong to put down, a paper to hand out or sign, a group of people, a rule stated as its
own clause, a person's practice, a fact or an arrangement, a fund for people, an event's time
inside a clause, pupils' own time, a school that aids another, two short verbs), rendered over
the kinds that weave points × three levels × seeds, and the frames asserted on the words.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
import yaml

from speechdraft.compose.point_meaning import meaning_of
from speechdraft.compose.weave import charge_pieces
from speechdraft.pipeline import build_draft

TITLES = {
    "leader_speech": "县长",
    "work_report": "教育局局长",
    "concluding_remarks": "副县长",
    "leading_group": "县委副书记、县委教育工作领导小组组长",
    "school_opening": "教育局局长",
    "safety": "副县长",
    "teachers_day": "副县长",
}
DATES = {"school_opening": "2029-08-28", "teachers_day": "2029-09-07", "safety": "2029-06-11"}
LEVELS = ("county", "city", "district")
SEEDS = (1, 2)

WRONG = ["节假日违规补课", "校外培训机构违规收费"]
PAPERS = ["寒假告家长书", "校园安全责任书"]
PEOPLE = ["留守儿童", "家庭经济困难学生"]
RULE_CLAUSES = ["初三年级不提前结束新课", "幼儿园不教授小学课程内容"]
PRACTICE = ["校领导带班值守"]
FACTS = ["全县现有寄宿制学校28所", "领导小组办公室设在县教育局"]
FACT_THEN_DEED = "全县现有校车48辆，统一安装卫星定位装置"
FUND = "乡村教师交通补助"
EVENT_TIME = "教学楼竣工前完成消防验收"
PUPILS_TIME = "初中生每天睡眠9小时"
SCHOOL_AIDS = "县一中托管帮扶乡镇中学"
SHORT = ["均衡分班", "送教上门"]

PRIORITIES: list[dict[str, Any]] = [
    {"area": "校外培训治理", "points": WRONG},
    {"area": "学生资助", "points": [PEOPLE[1], PAPERS[0]]},
    {"area": "关爱留守儿童", "points": [PEOPLE[0]]},
    {"area": "规范办学行为", "points": [*RULE_CLAUSES, SHORT[0]]},
    {"area": "校园安全", "points": [PRACTICE[0], PAPERS[1], FACT_THEN_DEED, EVENT_TIME]},
    {"area": "寄宿制学校", "points": [FACTS[0]]},
    {"area": "教师待遇", "points": [FUND]},
    {"area": "五项管理", "points": [PUPILS_TIME]},
    {"area": "县中振兴", "points": [SCHOOL_AIDS]},
    {"area": "特殊教育", "points": [SHORT[1]]},
]
SAFEGUARDS: list[Any] = [{"area": "组织领导", "points": [FACTS[1]]}]
ALL = [p for item in PRIORITIES for p in item["points"]] + [FACTS[1]]

# the frames that fit none of these classes (the shape rules' fall-backs)
_GRAB = r"(?:抓好|做好|确保|推进|推动|加强|开齐开好|建好用好|落实)"


def _profile(kind: str, level: str) -> dict[str, Any]:
    return {
        "kind": kind,
        "meeting": {"date": DATES.get(kind, "2029-03-13")},
        "region": {"level": level, "name": "石泉"},
        "speaker": {"title": TITLES[kind], "name": "韩立诚"},
        "review": {
            "achievements": [{"area": "学前教育", "points": ["新建公办幼儿园3所"]}],
            "problems": ["农村学校寄宿条件仍需改善"],
        },
        "priorities": PRIORITIES,
        "safeguards": SAFEGUARDS,
    }


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str, int], str]:
    folder = tmp_path_factory.mktemp("point_meaning")
    found = {}
    for kind in TITLES:
        for level in LEVELS:
            path = folder / f"{kind}-{level}.yaml"
            path.write_text(yaml.safe_dump(_profile(kind, level), allow_unicode=True), "utf-8")
            for seed in SEEDS:
                draft = build_draft(path, seed=seed)
                found[(kind, level, seed)] = "".join(draft.document.spoken_lines())
    return found


def _sentences(text: str) -> list[str]:
    return re.findall(r"[^。！？；：]+[。！？；]?", text)


def _hits(drafts: dict[tuple[str, str, int], str], pattern: str) -> list[tuple[Any, str]]:
    found = re.compile(pattern)
    return [(key, s) for key, text in drafts.items() for s in _sentences(text) if found.search(s)]


def _points_said(drafts: dict[tuple[str, str, int], str], points: list[str]) -> None:
    """Each point is in every draft, its words whole (a fact's deed after its 要)."""
    missing = [(key, p) for key, text in drafts.items() for p in points if p not in text]
    assert not missing, missing[:6]


def test_a_wrong_is_put_down_not_done(drafts: dict[tuple[str, str, int], str]) -> None:
    _points_said(drafts, WRONG)
    pattern = _GRAB + "(?:" + "|".join(WRONG) + ")"
    assert not _hits(drafts, pattern)
    assert not _hits(drafts, r"开齐开好|做好(?:节假日|校外培训机构)违规")
    for key, text in drafts.items():
        for point in WRONG:
            assert re.search(r"查处" + point, text), (key, point)


def test_a_paper_is_handed_out_or_signed(drafts: dict[tuple[str, str, int], str]) -> None:
    _points_said(drafts, PAPERS)
    pattern = r"(?:抓好|做好|确保|推进|推动)《?(?:" + "|".join(PAPERS) + ")"
    assert not _hits(drafts, pattern)
    for key, text in drafts.items():
        assert "发放《寒假告家长书》" in text, key
        assert "签订校园安全责任书" in text, key


def test_people_are_cared_for_not_grabbed(drafts: dict[tuple[str, str, int], str]) -> None:
    _points_said(drafts, PEOPLE)
    grabbed = _GRAB + "(?:" + "|".join(PEOPLE) + ")[。；]"
    assert not _hits(drafts, grabbed)
    for key, text in drafts.items():
        assert "对留守儿童的关爱" in text, key
        assert "家庭经济困难学生的资助" in text, key


def test_a_rule_clause_is_made_sure_of(drafts: dict[tuple[str, str, int], str]) -> None:
    _points_said(drafts, RULE_CLAUSES)
    pattern = r"(?:抓好|做好|推进|推动|开齐开好)(?:" + "|".join(RULE_CLAUSES) + ")"
    assert not _hits(drafts, pattern)
    assert not _hits(drafts, r"不要(?:提前|教授)|年级不要|幼儿园要不")
    assert not _hits(drafts, r"(?:抓好|做好)校领导带班值守")
    for key, text in drafts.items():
        assert "落实校领导带班值守制度" in text, key


def test_a_fact_is_said_as_a_fact(drafts: dict[tuple[str, str, int], str]) -> None:
    _points_said(drafts, FACTS)
    framed = r"(?:确保|抓好|做好|推动|推进|要由|一是|二是|三是)(?:全县现有|领导小组办公室设在)"
    assert not _hits(drafts, framed)
    assert not _hits(drafts, r"寄宿制学校28所落实到位")
    for key, text in drafts.items():
        assert "全县现有校车48辆，要统一安装卫星定位装置" in text, key


def test_a_subject_keeps_a_frame_it_can_take(drafts: dict[tuple[str, str, int], str]) -> None:
    assert not _hits(drafts, r"教师要交通补助|要竣工前|初中生要每天|(?:抓好|做好)县一中")
    for key, text in drafts.items():
        assert "落实乡村教师交通补助" in text, key
        assert "教学楼竣工前要完成消防验收" in text, key
        assert re.search(r"(?:保证|确保)初中生每天睡眠9小时", text), key
        assert "推动县一中托管帮扶乡镇中学" in text, key


def test_two_short_verbs_are_named_as_work(drafts: dict[tuple[str, str, int], str]) -> None:
    _points_said(drafts, SHORT)
    assert not _hits(
        drafts, r"^(?:[一二三四五六七八九十]是)?(?:要|我们将)(?:确保)?(?:均衡分班|送教上门)[。；]"
    )
    for key, text in drafts.items():
        for point in SHORT:
            assert f"做好{point}工作" in text, (key, point)


@pytest.mark.parametrize("bureau", [False, True])
def test_the_table_reads_no_verb_phrase(bureau: bool) -> None:
    """A verb phrase, a stated rule and a charge keep the shape rules' frames: the meaning
    table reads only names, people and clauses with their own subject."""
    for point in (
        "严禁在职教师有偿补课",
        "严厉打击非法营运车辆接送学生",
        "会同市场监管部门对无证无照机构分类处置",
        "乡政府与各村签订控辍保学责任书",
        "暑假前每名学生家长签收一份防溺水告家长书",
        "保障中小学生每天校内体育活动2小时",
        "中小学生原则上不得将手机带入校园",
        "乡村教师生活补助在现有基础上每人每月提高100元",
    ):
        prefix, *_rest = charge_pieces(point, bureau)
        assert not re.search(r"查处$|发放《?$|签订$|保证$", prefix), point
    assert meaning_of("严禁在职教师有偿补课") == ""
    assert meaning_of("汛期防溺水“六不准”") == ""


@pytest.mark.parametrize(
    "point",
    ["各市建立学龄人口监测预警机制，每年9月发布入学人数预测", "各乡镇设立留守儿童关爱服务站"],
)
def test_a_bureau_pushes_what_lower_places_set_up(point: str) -> None:
    """A bureau's report does not say 我们将在各市建立… (the cities set it up): 我们将推动…."""
    prefix, head, infix, tail, suffix = charge_pieces(point, True)
    assert prefix == "我们将推动" and head + infix + tail + suffix == point


@pytest.mark.parametrize("bureau", [False, True])
def test_every_school_hands_out_by_a_date(bureau: bool) -> None:
    """A time, every school and a deed for others (暑假前每所学校给家长发…): 要 after the
    schools, not 要推动…落实到位 round the clause."""
    point = "暑假前每所学校给家长发一份防溺水安全提醒"
    prefix, head, infix, tail, suffix = charge_pieces(point, bureau)
    assert (prefix, head, infix, suffix) == ("", "暑假前每所学校", "要", "")
    assert head + tail == point
