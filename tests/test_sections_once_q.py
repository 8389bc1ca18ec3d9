"""Each thing once, under the heading it belongs to (issue 11, rounds p and q's D and S).

Readers of rounds p and q (docs/review/2026-11-30p, q) marked as said again: the leading
group's closing run (成员单位之间的沟通 after 信息互通; 希望大家会后抓紧行动 after 希望大家把
今天的要求带回去; 年度综合考核 after 纳入年度考核; 有人牵头、有人落实 after 一件件落下去), stock
lines beside the clerk's point or the line before saying it in other words (逐班核对 beside
不让大班额反弹; 家访贵在面对面 beside 走进学生家门; 资助对象认定 twice; 护学岗 beside 上下学高峰
时段巡逻), and a lead-in saying what the line before it said (围绕加快建设教育强旗… then
为加快建设教育强旗…). These tests render drafts of several kinds, levels and seeds from their
own profiles and read them back.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from document_support import spoken_paragraphs
from point_support import is_said
from speechdraft.compose.restate import IDEAS, Said, ideas_in
from speechdraft.document import Heading
from speechdraft.pipeline import build_draft

_SENTENCE = re.compile(r"[^。！？；]+[。！？；]?")

# The test's own patterns for what rounds p and q's readers heard as one thought said again
# (restate.IDEAS must know each by name; the patterns here are the test's own).
ROUND_Q: dict[str, re.Pattern[str]] = {
    name: re.compile(pattern)
    for name, pattern in (
        ("members_informed", r"信息互通|成员单位之间的沟通|通报工作进展"),
        ("support_assessed", r"年度综合考核|纳入年度考核"),
        ("closing_hope", r"希望大家(?:会后|把)"),
        ("someone_in_charge", r"有人牵头|有人落实"),
        ("several_departments", r"几个部门(?:共同|一起)"),
        ("urgent_first", r"轻重缓急|先易后难"),
        ("opens_on_time", r"(?:按时|按期|及时)开园"),
        ("into_the_home", r"走进[^，。；]{0,6}家(?:中|门)|上门走访"),
        ("aid_recipients", r"资助对象(?:的)?认定"),
        ("school_run_patrol", r"护学岗|上下学(?:的)?高峰时段"),
        ("not_only_reports", r"只听汇报|不光看材料|只看台账"),
        ("use_not_only_build", r"建用并重|用得怎么样"),
        ("strong_lead", r"(?:围绕|为)加快建设教育强"),
    )
}

# What a reader hears as the same thing said again: the second of each pair, after the first.
_SAID_TWICE = [
    ("成员单位之间要信息互通，政策事先商量。", "要加强成员单位之间的沟通，形成工作合力。"),
    ("希望大家把今天的要求带回去。", "希望大家会后抓紧行动，确保各项任务落到实处。"),
    ("支持教育的情况要纳入年度考核。", "教育工作要在年度综合考核中占有分量。"),
    ("会后要按分工抓落实，一抓到底，不能议而不决。", "不能会上说得热闹，会后没了下文。"),
    ("会上定的事，要有人牵头、有人跟踪。", "任务要件件有人负责。"),
    ("建学校要用地，这些事哪一件都要几个部门一起办。", "对几个部门共同解决的问题要专题研究。"),
    ("对这些问题，要分清轻重缓急。", "解决这些问题，要坚持先易后难、分类施策。"),
    ("要巩固均衡发展成果。", "守住均衡发展的成果，不能松劲。"),
    ("新建公办园要按期建成、及时开园。", "人员配备和园舍建设一起谋划，确保按时开园。"),
    ("对门卫值守、视频监控要配齐、管好。", "安全检查重点看门卫值守是否管用。"),
    ("对重点学生要逐一上门走访。", "家访贵在面对面，教师要走进学生家中。"),
    ("目标是让乡村教师队伍稳下来。", "政策落得实不实，要看教师是否愿意留下来。"),
    ("教育家精神为教师队伍建设指明了方向。", "教育家精神是新时代人民教师的精神坐标。"),
    ("要把先进典型的故事讲出来、传开来。", "各学校要把身边优秀教师的事迹讲出来。"),
    ("切实减轻教师非教育教学负担。", "减少与教育教学无关的填表报数任务。"),
    ("要看教师走进办事窗口时有没有被尊重的感受。", "对教师的礼遇不能停在文件上。"),
    ("健全督政、督学、评估监测相结合的督导体系。", "督导部门要依法履行督政、督学职责。"),
    ("资助对象的认定要经过申请、评议、公示。", "资助对象认定要准。"),
    ("对变相给学校增负的做法要及时纠正。", "变相增负的事情要如实反映。"),
    ("抽调骨干教师的做法，必须坚决制止。", "对违规跨区域掐尖招生，要坚决制止。"),
    ("坚持建用并重，杜绝重硬件、轻应用。", "智慧校园不看设备多少，要看课堂上用得怎么样。"),
    ("我们将主动汇报、积极争取财政部门支持。", "主动向财政部门汇报，争取更多支持。"),
    ("公安、交警部门在上下学时段加强护学岗执勤。", "公安部门要在上下学的高峰时段加强巡逻。"),
    ("要把明查和暗访结合起来，不光看材料。", "督查不能只听汇报。"),
    ("坚持明查与暗访相结合，直插一线。", "各级领导干部要多到一线去。"),
    ("把演练中暴露的问题作为改进的起点。", "要在实战化演练中查短板。"),
    ("各村要落实属地责任。", "各村要落实属地管理责任。"),
    ("各学校领导班子要带头转作风。", "各级领导干部要带头转变作风。"),
    ("对人口集中的城镇片区要补上学位。", "哪里人口流入多，学位就往哪里布局。"),
    ("各单位要对号入座、认领任务。", "认领了的任务要按期交账。"),
    ("就近入学、均衡编班是底线。", "严禁设立重点班、实验班。"),
    ("要把资金先用在教师工资、学校运转上。", "教师工资待遇、学校正常运转要优先保障。"),
    ("评价一名教师，师德是第一位的标准。", "师德是评价教师的第一标准。"),
    ("复学学生要一人一策安置好。", "对辍学学生一人一案跟踪。"),
    (
        "围绕加快建设{{ w.strong }}，今年教育工作的总体要求是：",
        "为加快建设{{ w.strong }}，今年要着力抓好四个方面的工作。",
    ),
]


def test_round_q_ideas_are_named_and_said_once() -> None:
    named = {name for name, _ in IDEAS}
    assert set(ROUND_Q) <= named, set(ROUND_Q) - named
    for first, again in _SAID_TWICE:
        said = Said()
        said.add(first)
        assert said.repeats(again), (first, again)


def test_round_q_ideas_are_narrow() -> None:
    """Sentences about other things are not taken for them."""
    assert not ideas_in("要严格落实食堂食材查验和留样制度。") & set(ROUND_Q)
    assert not ideas_in("今年要新建公办幼儿园5所。") & set(ROUND_Q)
    assert not ideas_in("考试结束后要全面复盘，为来年积累经验。") & set(ROUND_Q)
    # a closing that names the strong region is not a lead-in (首尾呼应 stays possible)
    assert "strong_lead" not in ideas_in("为加快建设{{ w.strong }}作出新的更大贡献！")


# --- the leading group's and concluding remarks' closing run -----------------------------------

_SPEAKERS = {
    "county": "县委书记、县委教育工作领导小组组长",
    "district": "区委书记、区委教育工作领导小组组长",
    "city": "市长",
    "province": "副省长",
}


def _write(tmp_path: Path, name: str, data: dict[str, Any]) -> Path:
    path = tmp_path / f"{name}.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def _sentences(document: Any) -> list[str]:
    return [s for p in spoken_paragraphs(document) for s in _SENTENCE.findall(p) if s.strip()]


def _group_profile(tmp_path: Path, kind: str, level: str, seed: int) -> Path:
    """A long meeting of a rich profile whose safeguards are the group and its members'
    coordination and assessment: room enough for the closing run to say them again."""
    data: dict[str, Any] = {
        "kind": kind,
        "meeting": {"date": "2027-04-08"},
        "region": {"level": level},
        "speaker": {"title": _SPEAKERS[level], "name": "郭远"},
        "duration_minutes": 15,
        "preceding": ["会议审议通过了年度工作要点", "教育局汇报了上一年教育工作"],
        "review": {
            "achievements": [
                {"area": "教育经费", "figures": {"一般公共预算教育支出": "11.3亿元"}},
                {"area": "学位建设", "figures": {"新增公办学位": "6,800个"}},
            ],
            "problems": ["小区配套园未按期移交", "教师编制有编不补"],
        },
        "priorities": [
            {"area": "教师队伍"},
            {"area": "学前教育"},
            {"area": "义务教育"},
            {"area": "清廉学校"},
            {"area": "校园安全"},
        ],
        "safeguards": [
            {"area": "领导小组", "facts": {"教育工作领导小组年度专题会议次数": 4}},
            {"area": "协调联动", "points": ["编办年内完成中小学教职工编制动态调整"]},
            "督查考核",
        ],
        "seed": seed,
    }
    return _write(tmp_path, f"group-{kind}-{level}-{seed}", data)


def _said_more_than_once(sentences: list[str]) -> dict[str, list[str]]:
    where: dict[str, list[str]] = {}
    for sentence in sentences:
        for name, pattern in ROUND_Q.items():
            if pattern.search(sentence):
                where.setdefault(name, []).append(sentence)
    return {name: found for name, found in where.items() if len(found) > 1}


@pytest.mark.parametrize("kind", ["leading_group", "concluding_remarks", "leader_speech"])
@pytest.mark.parametrize("level", ["county", "district", "province"])
def test_the_closing_run_says_each_thought_once(tmp_path: Path, kind: str, level: str) -> None:
    for seed in (1, 2, 3):
        sentences = _sentences(build_draft(_group_profile(tmp_path, kind, level, seed)).document)
        assert _said_more_than_once(sentences) == {}, (kind, level, seed)


# --- the clerk's point wins over a bank line saying it ------------------------------------------

# A clerk's point and what a bank line saying the same speaks with (the test's own patterns).
POINTS: tuple[tuple[str, str, str], ...] = (
    ("校园周边环境治理", "公安、交警部门在上下学时段加强护学岗执勤", r"高峰时段|交通疏导"),
    ("学生资助", "资助对象的认定要经过申请、评议、公示", r"资助对象认定要准|认定资助对象"),
    ("家访", "教师逐一上门走访留守儿童和困境儿童", r"走进[^，。；]{0,6}家(?:中|门)"),
    ("大班额化解", "城区学校严格按核定班额招生，不让大班额反弹", r"班额要逐班核对|超员班级"),
)


def _points_profile(tmp_path: Path, kind: str, level: str, seed: int) -> Path:
    speaker = {"county": "县长", "city": "市长", "district": "区长"}[level]
    data: dict[str, Any] = {
        "kind": kind,
        "meeting": {"date": "2026-08-28" if kind == "school_opening" else "2026-03-12"},
        "region": {"level": level},
        "speaker": {"title": speaker, "name": "吴青"},
        "duration_minutes": 25,
        "priorities": [{"area": area, "points": [point]} for area, point, _ in POINTS]
        + [{"area": "校园安全"}, {"area": "教师队伍"}],
        "seed": seed,
    }
    return _write(tmp_path, f"points-{kind}-{level}-{seed}", data)


@pytest.mark.parametrize("kind", ["leader_speech", "school_opening", "concluding_remarks"])
@pytest.mark.parametrize("level", ["county", "city", "district"])
def test_no_bank_line_says_the_clerks_point_again(tmp_path: Path, kind: str, level: str) -> None:
    for seed in (1, 2, 3):
        profile = _points_profile(tmp_path, kind, level, seed)
        sentences = _sentences(build_draft(profile).document)
        for _, point, echo in POINTS:
            own = [s for s in sentences if is_said(point.split("，")[0], s)]
            assert own, (kind, level, seed, point)  # nothing the clerk wrote is dropped
            # a sentence carrying a figure or asking for one says the area's own fact
            again = [
                s
                for s in sentences
                if re.search(echo, s) and s not in own and not re.search(r"【|\d", s)
            ]
            assert again == [], (kind, level, seed, point, again)


# --- a heading over its own area ----------------------------------------------------------------


def _section_bodies(document: Any) -> list[tuple[str, str]]:
    """Each heading with the text under it, up to the next heading."""
    found: list[tuple[str, str]] = []
    for block in document.blocks:
        if isinstance(block, Heading):
            found.append((block.title, "".join(run.text for run in block.body)))
        elif found:
            found[-1] = (found[-1][0], found[-1][1] + block.text)
    return found


@pytest.mark.parametrize("level", ["county", "city", "district"])
def test_relieving_teachers_is_not_read_as_pupils_homework(tmp_path: Path, level: str) -> None:
    """为教师松绑减负 is the teachers' burden, not the pupils' (round q's S: it got a whole
    作业管理 section in a teachers' day speech)."""
    for seed in (1, 2, 3):
        data: dict[str, Any] = {
            "kind": "teachers_day",
            "meeting": {"date": "2030-09-08"},
            "region": {"level": level},
            "speaker": {"title": {"county": "县长", "city": "市长", "district": "区长"}[level]},
            "duration_minutes": 20,
            "priorities": [
                {"area": "为教师松绑减负", "points": ["未列入进校园清单的活动一律不进学校"]},
                {"area": "教师住房"},
            ],
            "seed": seed,
        }
        document = build_draft(_write(tmp_path, f"relief-{level}-{seed}", data)).document
        sections = _section_bodies(document)
        relief = [body for title, body in sections if "进校园清单" in body]
        assert len(relief) == 1, (level, seed, [title for title, _ in sections])
        assert "作业" not in relief[0], (level, seed, relief[0])


@pytest.mark.parametrize("level", ["province", "city", "county"])
def test_a_safety_speech_publicises_safety(tmp_path: Path, level: str) -> None:
    """A safety meeting's 宣传引导 is safety publicity, not 讲好教育故事 (round q's S)."""
    for seed in (1, 2, 3):
        data: dict[str, Any] = {
            "kind": "safety",
            "meeting": {"date": "2031-05-20"},
            "region": {"level": level},
            "speaker": {"title": {"province": "副省长", "city": "市长", "county": "县长"}[level]},
            "duration_minutes": 20,
            "priorities": [{"area": "防溺水"}, {"area": "校车安全"}],
            "safeguards": ["组织领导", "宣传引导"],
            "seed": seed,
        }
        document = build_draft(_write(tmp_path, f"safety-{level}-{seed}", data)).document
        text = "".join(spoken_paragraphs(document))
        assert "教育故事" not in text and "教育改革发展的新" not in text, (level, seed)
        titles = [title for title, _ in _section_bodies(document)]
        assert any("安全" in t and "宣传" in t for t in titles), (level, seed, titles)
