"""The clerk's points said in frames that fit them, each enumerating frame at most once a draft
and none opening a section (branch frames25; round am's G, R and D on point lines).

Every reader of round am named the same seam first: the points stamped into 重点抓好两件事：
一是要…, 落到具体工作上…, 要确保…, 要抓好…, 要推动…落实到位, whatever the point said, and the
grammar broken where frame met point. The point's own form picks its frame (compose/point_fit,
its words in templates/norms/point_verbs.yaml); the list leads are data
(templates/norms/lead_frames.yaml: list_leads, bureau_list_leads). A bureau's report keeps its
counted list even as a section's first line (test_weave_round_l pins it: its points said one
by one would each open 我们将), each family still once.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from _matrix import spoken
from speechdraft.compose.weave import charge_pieces
from speechdraft.datafile import DataFileError
from speechdraft.norms import _read

SEEDS = (1, 2, 3)


def _said(point: str, bureau: bool = False) -> str:
    return "".join(charge_pieces(point, bureau))


# (the point, how a leader says it, how a bureau's report says it)
FITTED = (
    # a verb phrase takes 要 alone, never 抓好/建好用好 before its own verb
    ("丰富校园阅读活动内容", "要丰富校园阅读活动内容", "我们将丰富校园阅读活动内容"),
    ("拓展劳动教育实践基地", "要拓展劳动教育实践基地", "我们将拓展劳动教育实践基地"),
    # a bare noun of a deed takes its verb; a time before it stays before 要
    ("开学前一堂消防安全课", "开学前要上好一堂消防安全课", "我们将在开学前上好一堂消防安全课"),
    # a hazard is guarded against as work
    ("防雷击、防山洪", "要做好防雷击、防山洪工作", "我们将做好防雷击、防山洪工作"),
    # a change said last: the change is the verb, not …落实到位
    ("乡村教师交通补助提高", "要提高乡村教师交通补助", "我们将提高乡村教师交通补助"),
    # a deed of the speaker's side: 要, not 要确保
    ("书面报告整改情况", "要书面报告整改情况", "我们将书面报告整改情况"),
    # a statement of fact is reported, never ordered
    # (facts26: with its subject first and what is asked next, never 要确保已启动…)
    (
        "已启动第二实验小学扩建",
        "第二实验小学扩建已启动，要抓紧推进",
        "第二实验小学扩建已启动，我们将抓紧推进",
    ),
)


@pytest.mark.parametrize(
    ("point", "leader", "bureau"),
    FITTED,
    ids=["verb", "verb_after_head", "lesson", "hazard", "change", "own_deed", "fact"],
)
def test_the_points_own_form_picks_its_frame(point: str, leader: str, bureau: str) -> None:
    assert _said(point) == leader
    assert _said(point, bureau=True) == bureau


@pytest.mark.parametrize(
    ("point", "said"),
    [
        # bodies each doing their share: 要 after the bodies (not 要抓好/要由…各负其责)
        ("公安、交通、市场监管等部门各负其责", "公安、交通、市场监管等部门要各负其责"),
        # a body and its deed under 确保: 要 after the body
        ("县少年宫负责组织暑期研学实践", "县少年宫要负责组织暑期研学实践"),
        ("每所寄宿制学校按住校生人数配足宿管员", "每所寄宿制学校要按住校生人数配足宿管员"),
    ],
    ids=["shared", "body_deed", "schools"],
)
def test_a_body_and_its_deed_take_yao_after_the_body(point: str, said: str) -> None:
    assert _said(point) == said


@pytest.mark.parametrize(
    "point",
    [
        "城乡学校统一排课、统一教研",
        "常态化疫情防控不放松",
        "开齐开足音乐美术课",
        "发放致家长一封信",
    ],
)
def test_a_point_the_rules_do_not_read_keeps_its_verb(point: str) -> None:
    """统一排课 is no lesson to teach, 防控 no hazard, 开齐开足/发放 a verb of its own."""
    said = _said(point)
    assert "上好" not in said and not said.endswith("不放松工作"), said
    assert "发放" not in said or said.count("发放") == 1, said


# -- the frame budget over whole drafts -------------------------------------------------------
_NUM = "[两三四五六七八九十几]"
_FAMILIES = {
    "抓好N件事": re.compile(rf"(?<!着力)抓好{_NUM}件事"),
    "着力抓好N件事": re.compile(rf"着力抓好{_NUM}件事"),
    "有N件事要抓紧": re.compile(rf"有{_NUM}件事要抓紧"),
    "做好N件事": re.compile(rf"做好{_NUM}件事"),
    "办好N件事": re.compile(rf"办好{_NUM}件事"),
    "着力…N项工作": re.compile(rf"着力(?:抓好|推进){_NUM}项工作"),
}
_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)[^。]*$")
_LIST_LEAD = re.compile(rf"^[^。；：]*(?:{_NUM}件事|{_NUM}项工作)[^。；：]*：一是")


def _profile(kind: str, title: str) -> dict[str, Any]:
    return {
        "kind": kind,
        "meeting": {"date": "2027-03-09"},
        "region": {"level": "county", "name": "清河县"},
        "speaker": {"title": title, "name": "韩立新"},
        "priorities": [
            {
                "area": "义务教育",
                "points": ["推进学区化办学", "化解城镇大班额", "加强乡村小规模学校建设"],
            },
            {
                "area": "校园安全",
                "points": ["全面排查校舍隐患", "加强校车管理", "开学前一堂消防安全课"],
            },
            {
                "area": "课后服务",
                "points": ["丰富课后服务内容", "引进非学科类校外资源", "加强课后服务时段看护"],
            },
            {
                "area": "教师队伍",
                "points": ["落实乡村教师生活补助", "开展新任教师岗前培训", "推进县管校聘改革"],
            },
        ],
        "safeguards": [
            {"area": "部门协同", "points": ["财政、人社、编办等部门各司其职"]},
        ],
    }


def _sentences(text: str) -> list[tuple[bool, str]]:
    lines: list[tuple[bool, str]] = []
    for line in text.splitlines():
        line = line.strip()
        if _HEADING.match(line):
            lines.append((True, line))
            continue
        lines.extend((False, s) for s in re.findall(r"[^。！？]+[。！？]?", line) if s.strip())
    return lines


@pytest.mark.parametrize(
    ("kind", "title"),
    [("leader_speech", "县长"), ("school_opening", "副县长"), ("work_report", "县教育局局长")],
)
def test_each_list_lead_once_a_draft_and_none_opening_a_section(kind: str, title: str) -> None:
    for seed in SEEDS:
        text = spoken(_profile(kind, title), seed)
        uses = {name: len(p.findall(text)) for name, p in _FAMILIES.items()}
        assert all(n <= 1 for n in uses.values()), (seed, uses)
        after_heading = False
        for heading, sentence in _sentences(text):
            if not heading and after_heading and kind != "work_report":
                assert not _LIST_LEAD.match(sentence), (seed, sentence)
            after_heading = heading


@pytest.mark.parametrize(("kind", "title"), [("leader_speech", "县长"), ("safety", "副县长")])
def test_the_points_said_in_drafts_fit_their_frames(kind: str, title: str) -> None:
    for seed in SEEDS:
        text = spoken(_profile(kind, title), seed)
        assert "上好一堂消防安全课" in text, seed
        assert "要抓好丰富" not in text and "丰富课后服务内容" in text, seed
        assert "部门要各司其职" in text and "抓好财政" not in text, seed
        # no 要 + 要, no 确保 + 确保, no 确保 over a bare lesson
        assert not re.search(r"(?<![重需主只必纲摘紧首])要(?:要|必须|务必)", text), seed
        assert not re.search(r"确保[^，。；]{0,20}确保", text), seed
        assert not re.search(r"要确保[^，。；]{0,6}一堂", text), seed


def test_a_list_lead_without_its_count_is_told_in_chinese_with_its_place(tmp_path: Path) -> None:
    source = Path(__file__).resolve().parents[1] / "templates" / "norms" / "lead_frames.yaml"
    text = source.read_text(encoding="utf-8")
    text = text.replace("  - 要着力抓好N件事：", "  - 要着力抓好几件事")
    bad = tmp_path / "lead_frames.yaml"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(DataFileError) as raised:
        _read(bad, "lead_frames", "领句框架词表")
    message = str(raised.value)
    assert "lead_frames.yaml:" in message and "用一个 N 代替件数" in message
