"""Round z's readers marked most of their D lines on two sentences of one section naming
the same thing (职称评聘…倾斜 twice, 心理辅导室 twice, 劝返 three times, 牵头单位/配合单位
twice), a 【待补】 asking for a figure the clerk's targets gave in other words (巩固率保持
100%, then 九年义务教育巩固率达到【待补】), and a synonym said twice inside one wording
(不折不扣…不能打折扣). A salient term (compose/salient.py: a domain term about 1 % of the
bank's units say) is said once a section; the targets' figure is found by the field's tail;
the wordings say each thing once. Every profile and sentence below was written for these
tests."""

from __future__ import annotations

import re
from typing import Any

import pytest
import yaml

from speechdraft.compose.restate import builtin_rarity, similarity

try:
    from speechdraft.compose.salient import salient_terms
except ImportError:  # an older tree (PYTHONPATH=…): this tree's ruler
    import importlib.util
    from pathlib import Path

    _spec = importlib.util.spec_from_file_location(
        "salient", Path(__file__).resolve().parents[1] / "src/speechdraft/compose/salient.py"
    )
    assert _spec is not None and _spec.loader is not None
    _salient = importlib.util.module_from_spec(_spec)
    _spec.loader.exec_module(_salient)
    salient_terms = _salient.salient_terms
from speechdraft.document import Heading
from speechdraft.phrasebank import load_phrasebank
from speechdraft.pipeline import build_draft_from_text
from speechdraft.resources import builtin_templates_dir

SECTION_SHARE = 0.2  # restate.SECTION_SHARE, fixed here as the test's own ruler
_KINDS = {
    "leader_speech": "县委书记",
    "work_report": "县教育局局长",
    "concluding_remarks": "副县长",
    "school_opening": "县教育局局长",
}
_LEVEL_WORD = {"county": "县", "city": "市", "district": "区"}


def _profile(kind: str, level: str, minutes: int) -> dict[str, Any]:
    p = _LEVEL_WORD[level]
    title = _KINDS[kind].replace("县", p)
    profile: dict[str, Any] = {
        "kind": kind,
        "meeting": {"date": "2027-08-26" if kind == "school_opening" else "2027-03-02"},
        "region": {"level": level, "name": "青川"},
        "speaker": {"title": title, "name": "周明"},
        "duration_minutes": minutes,
        "review": {"problems": ["乡村学校音体美教师不足", "部分学校心理健康教育力量薄弱"]},
        "priorities": [
            {"area": "教师队伍", "points": ["职称评聘向长期在乡村任教的教师倾斜"]},
            {"area": "心理健康"},
            {"area": "控辍保学"},
            {"area": "学前教育"},
            {"area": "校园安全"},
        ],
        "safeguards": ["加强组织领导", "转变工作作风", "加强督导考核"],
    }
    if kind in ("leader_speech", "concluding_remarks"):
        profile["preceding"] = [f"{p}教育局局长作了工作报告"]
    return profile


_CASES = [
    (kind, level, minutes, seed)
    for kind in _KINDS
    for level in _LEVEL_WORD
    for minutes in (20, 40)
    for seed in (1, 2)
]


def _names() -> frozenset[str]:
    bank = load_phrasebank(builtin_templates_dir())
    areas = (*bank.areas.values(), *bank.safeguards.values())
    names = [name for area in areas for name in (area.label, *area.aliases)]
    names += [n for area in areas for f in area.families for n in (f.topic, *f.aliases)]
    return frozenset().union(*map(salient_terms, names))


def _sections(document: Any) -> list[tuple[str, list[str]]]:
    """(heading, sentences) of each key task's or safeguard's section (second level)."""
    found: list[tuple[str, list[str]]] = []
    for block in document.blocks:
        if isinstance(block, Heading):
            found.append((block.text if block.level == 2 else "", []))
            body = "".join(r.text for r in block.body)
        else:
            body = block.text
        if found and found[-1][0]:
            found[-1][1].extend(s for s in re.findall(r"[^。！？]+[。！？]?", body) if len(s) > 6)
    return [section for section in found if section[0]]


def _said_twice(document: Any, names: frozenset[str]) -> list[tuple[str, str, str]]:
    """Pairs of bank sentences of one section (no clerk's point, no figure, no 【】) naming
    one salient term beyond the section's topic, each carrying SECTION_SHARE of the
    other's rare content: whichever was said second says the first again."""
    rarity = builtin_rarity()
    pairs = []
    for heading, body in _sections(document):
        topic = salient_terms(heading) | names
        bank = [s for s in body if not re.search(r"[0-9【]|职称评聘向长期", s)]
        for j, later in enumerate(bank):
            for earlier in bank[:j]:
                shared = salient_terms(later) & salient_terms(earlier) - topic
                if (
                    shared
                    and similarity(rarity, later, earlier)[0] >= SECTION_SHARE
                    and similarity(rarity, earlier, later)[0] >= SECTION_SHARE
                ):
                    pairs.append((max(shared, key=len), earlier, later))
    return pairs


@pytest.mark.parametrize(("kind", "level", "minutes", "seed"), _CASES)
def test_a_salient_term_is_said_once_a_section(
    kind: str, level: str, minutes: int, seed: int
) -> None:
    text = yaml.safe_dump(_profile(kind, level, minutes), allow_unicode=True)
    document = build_draft_from_text(text, "own.yaml", seed=seed).document
    assert _said_twice(document, _names()) == []


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("kind", ["leader_speech", "work_report"])
def test_no_placeholder_for_a_figure_the_targets_gave_in_other_words(kind: str, seed: int) -> None:
    profile = _profile(kind, "county", 40)
    profile["targets"] = ["全县义务教育巩固率保持100%", "新增公办学前教育学位600个"]
    text = yaml.safe_dump(profile, allow_unicode=True)
    draft = build_draft_from_text(text, "own.yaml", seed=seed)
    spoken = "".join(
        (b.text if not isinstance(b, Heading) else "".join(r.text for r in b.body))
        for b in draft.document.blocks
    )
    assert "巩固率保持100%" in spoken
    assert "【待补：九年义务教育巩固率" not in spoken


# one thing said twice inside one wording, in two words for it (round z's D)
_DOUBLES = [
    ("不折不扣", "打折扣"),
    ("集体研究决定", "个人决定"),
    ("既报成绩也报问题", "报喜不报忧"),
    ("明确牵头单位和配合单位", "牵头单位要"),
]


def test_no_wording_says_one_thing_twice_in_two_words() -> None:
    bank = load_phrasebank(builtin_templates_dir())
    units = [
        u
        for area in (*bank.areas.values(), *bank.safeguards.values())
        for f in area.families
        for u in (*f.headings, *f.units)
    ]
    units += [u for slot in bank.frames.values() for u in slot]
    doubled = [
        text
        for unit in units
        for text in unit.wordings
        if any(a in text and b in text for a, b in _DOUBLES)
    ]
    assert doubled == []


def _spoken(draft: Any) -> str:
    """The draft's words: headings with the text run on after them, and paragraphs."""
    return "".join(
        (b.text if not isinstance(b, Heading) else b.text + "".join(r.text for r in b.body))
        for b in draft.document.blocks
    )


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("kind", ["concluding_remarks", "leader_speech"])
def test_a_targets_figure_is_said_once(kind: str, seed: int) -> None:
    """The clerk's target 城区新增学位1,200个 and the task's fact 新增学位数 1200 are one
    figure: read out with the targets, the section does not say 新增学位1200个 again."""
    profile = _profile(kind, "county", 30)
    profile["targets"] = {"items": ["城区新增学位1,200个", "九年义务教育巩固率达到99%"]}
    profile["priorities"].insert(
        0,
        {
            "area": "项目建设",
            "title": "城区学位扩容",
            "points": ["县第二小学扩建工程8月底前竣工"],
            "facts": {"新增学位数": 1200, "总投资": 5400},
        },
    )
    text = yaml.safe_dump(profile, allow_unicode=True)
    spoken = _spoken(build_draft_from_text(text, "own.yaml", seed=seed))
    assert spoken.count("1200") == 1, [s for s in re.split("[。；]", spoken) if "1200" in s]


# admonitions empty wherever they stand (round z's and aa's E): never in a draft where the
# frame's slot has something else to say
_EMPTY_LINES = (
    "件件连着民心",
    "抓落实，说到底是抓责任",
    "拿出过硬措施",
    "一以贯之地抓下去",
    "条件成熟的任务要抓紧推开",
    "只要方向对、措施实",
    "先易后难、分类施策",
)


@pytest.mark.parametrize("kind", ["concluding_remarks", "leader_speech", "work_report"])
def test_no_empty_admonition(kind: str) -> None:
    found = []
    for level in _LEVEL_WORD:
        for seed in (1, 2, 3):
            profile = _profile(kind, level, 40)
            profile["priorities"].insert(0, {"area": "项目建设"})
            profile["safeguards"] = ["加强组织领导", "转变工作作风", "加强督导考核", "凝聚工作合力"]
            text = yaml.safe_dump(profile, allow_unicode=True)
            spoken = _spoken(build_draft_from_text(text, "own.yaml", seed=seed))
            found += [(level, seed, line) for line in _EMPTY_LINES if line in spoken]
    assert found == []


@pytest.mark.parametrize("level", ["county", "city", "district"])
def test_a_teachers_day_speech_names_the_guide_once(level: str) -> None:
    """A teachers' day heading 做学生成长的引路人 and the item 四是尊重个性差异，做学生成长的
    引路人 said one thing twice (round aa's D): the phrase is an idea said once a draft."""
    p = _LEVEL_WORD[level]
    twice = []
    for seed in range(1, 9):
        profile = {
            "kind": "teachers_day",
            "meeting": {"date": "2027-09-09"},
            "region": {"level": level, "name": "青川"},
            "speaker": {"title": f"{p}委书记", "name": "周明"},
            "duration_minutes": 25,
            "review": {"achievements": [{"area": "教师队伍", "points": ["新招聘教师120名"]}]},
        }
        text = yaml.safe_dump(profile, allow_unicode=True)
        spoken = _spoken(build_draft_from_text(text, "own.yaml", seed=seed))
        if spoken.count("成长的引路人") > 1:
            twice.append(seed)
    assert twice == []
