"""A priority is said by a family only when the family is about it (issue 11, readers' S).

Round g's readers found 高中学位 filled with the compulsory school's 大班额, 燃气安全 with
食堂管理, 教师发展中心建设 with 编制补充, 迎接优质均衡核查 under 集团化办学, 民办幼儿园安全
with 防溺水: the matcher borrowed a family whenever any alias was a substring, and picked
one at random when none was. Here clerk-typed names are checked for the area and family
they get (or none), a section no family fits is checked to hold only the clerk's own words
and one placeholder, and a fact of one sub-topic is checked never to be said under another.

The profiles and names are the tests' own.
"""

from __future__ import annotations

import random
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from document_support import section_texts
from point_support import is_said
from speechdraft.compose.assemble import plan_section
from speechdraft.compose.context import build_context
from speechdraft.compose.render import _finalize, _Speech
from speechdraft.compose.sandbox import make_environment
from speechdraft.datafile import DataFileError
from speechdraft.document import Heading
from speechdraft.phrasebank import load_phrasebank
from speechdraft.pipeline import build_draft, template_dirs, validate_profile
from speechdraft.resources import builtin_templates_dir

BANK = load_phrasebank(builtin_templates_dir())
ANY_FAMILY = "*"  # a name of the whole area: any of its families may speak for it

# What a clerk types → (area, family); None where the bank has nothing about it.
CHOICES: list[tuple[str, str | None, str | None]] = [
    ("高中学位扩容", "high_school", "conditions"),
    ("高中学位", "high_school", "conditions"),
    ("幼儿园学位", "preschool", "public_places"),
    ("义务教育学位", "compulsory", "class_size"),
    ("初中学校大班额", "compulsory", "class_size"),
    ("燃气安全", "safety", None),
    ("教师发展中心建设", "teachers", None),
    ("迎接优质均衡核查", "compulsory", "evaluation"),
    ("均衡发展迎国检", "compulsory", "evaluation"),
    ("民办幼儿园安全", "safety", None),
    ("开学安全大检查", "safety", None),
    ("职业教育产教融合", "vocational", "enterprises"),
    ("特殊教育随班就读", "special", "inclusion"),
    ("义务教育控辍保学", "dropout_aid", "dropout"),
    ("学前教育普及普惠", "preschool", ANY_FAMILY),
    ("平安校园建设", "safety", ANY_FAMILY),
    ("乡村温馨校园", None, None),
    ("高海拔地区教师补贴", "teachers", "pay"),
    ("乡村教师队伍", "teachers", "rural_teachers"),
    ("教师编制统筹", "teachers", "supply"),
    ("电动自行车消防安全", "safety", "hazards"),
    ("暑期防溺水", "safety", "drowning"),
    ("校车", "safety", "traffic"),
    ("周转宿舍", "teachers", "rural_teachers"),
]


def _profile(tmp_path: Path, name: str, **data: Any) -> Path:
    profile = {
        "kind": "leader_speech",
        "meeting": {"date": "2026-03-10"},
        "region": {"level": "county", "name": "清河"},
        "speaker": {"title": "县委书记"},
        **data,
    }
    path = tmp_path / f"{name}.yaml"
    path.write_text(yaml.safe_dump(profile, allow_unicode=True), encoding="utf-8")
    return path


def _chosen(path: Path) -> list[tuple[str | None, str | None]]:
    """Each priority's area and family, as the renderer chooses them before speaking."""
    context = build_context(validate_profile(path), BANK, 1)
    speech = _Speech(make_environment(template_dirs(None), _finalize), context)
    speech.choose_families()
    chosen = []
    for task in context.priorities:
        family = speech.families[id(task)]
        chosen.append((task.area.key if task.area else None, family.key if family else None))
    return chosen


@pytest.mark.parametrize(("name", "area", "family"), CHOICES)
def test_a_clerk_typed_name_gets_the_family_about_it_or_none(
    tmp_path: Path, name: str, area: str | None, family: str | None
) -> None:
    [(got_area, got_family)] = _chosen(_profile(tmp_path, "p", priorities=[name]))
    assert got_area == area, name
    if family == ANY_FAMILY:
        assert got_family is not None, name
    else:
        assert got_family == family, name


def test_a_stage_word_moves_a_name_to_its_stage_only_for_stage_areas() -> None:
    """义务教育控辍保学 stays 控辍保学 (not a stage area); 高中学位 leaves 义务教育."""
    assert BANK.find_area("高中学位") is BANK.areas["high_school"]
    assert BANK.find_area("学位") is BANK.areas["compulsory"]
    assert BANK.find_area("义务教育控辍保学") is BANK.areas["dropout_aid"]
    assert BANK.find_area("民办幼儿园安全") is BANK.areas["safety"]


def _section_about(document: Any, name: str) -> str:
    found = [text for title, text in section_texts(document).items() if name in title]
    assert len(found) == 1, (name, list(section_texts(document)))
    return found[0]


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[。；])", text) if s.strip()]


@pytest.mark.parametrize(
    ("kind", "title", "date", "others"),
    [
        ("safety", "县政府分管副县长", "2025-05-20", ["防溺水", "食品安全"]),
        ("leader_speech", "县委书记", "2026-03-10", ["教师队伍", "学前教育"]),
        ("teachers_day", "县教育局局长", "2024-09-09", ["师德师风"]),
    ],
)
def test_a_section_no_family_fits_holds_only_the_clerks_words_and_a_placeholder(
    tmp_path: Path, kind: str, title: str, date: str, others: list[str]
) -> None:
    point = "学校食堂燃气报警装置全部安装到位"
    priorities: list[Any] = [
        *others,
        {"area": "燃气安全", "points": [point]},
        "教师发展中心建设",
    ]
    path = _profile(
        tmp_path,
        kind,
        kind=kind,
        meeting={"date": date},
        speaker={"title": title},
        priorities=priorities,
    )
    document = build_draft(path, seed=2).document
    gas = _sentences(_section_about(document, "燃气安全"))
    # the clerk's words, whole or with 要 between the thing and its verb (weave12: 装置要全部
    # 安装到位, no longer 要确保…; the property asserted is unchanged)
    assert any(is_said(point, s) for s in gas), gas
    assert gas[-1] == "【待补：燃气安全的主要举措（两三条）】", gas
    assert len(gas) == 2, gas  # the point and the placeholder, no bank sentence
    centre = _sentences(_section_about(document, "教师发展中心建设"))
    assert centre == ["【待补：教师发展中心建设的主要举措（两三条）】"], centre
    spoken = "".join(document.spoken_lines())
    assert "食堂从业人员" not in spoken and "编制" not in _section_about(
        document, "教师发展中心建设"
    )


def test_two_points_need_no_placeholder_and_facts_are_kept(tmp_path: Path) -> None:
    points = ["全县中小学燃气管道开学前逐校检测", "燃气报警装置与学校监控平台联网"]
    path = _profile(
        tmp_path,
        "two",
        kind="safety",
        meeting={"date": "2025-05-20"},
        speaker={"title": "县政府分管副县长"},
        priorities=["防溺水", {"area": "燃气安全", "points": points}],
    )
    section = _section_about(build_draft(path, seed=1).document, "燃气安全")
    assert all(is_said(p, section) for p in points) and "【待补" not in section, section


# The safety families' headings and what each must never carry: another sub-topic's fact.
FOREIGN = {
    "防溺水": ("专职保安员", "隐患"),
    "食品安全": ("专职保安员", "隐患"),
    "校园欺凌": ("专职保安员", "隐患"),
}


@pytest.mark.parametrize("seed", range(3))
def test_a_target_of_another_sub_topic_is_not_said_in_a_section(tmp_path: Path, seed: int) -> None:
    path = _profile(
        tmp_path,
        f"s{seed}",
        kind="safety",
        meeting={"date": "2025-05-20"},
        speaker={"title": "县政府分管副县长"},
        priorities=list(FOREIGN),
    )
    document = build_draft(path, seed=seed).document
    sections = section_texts(document)
    families = {f.key: f for f in BANK.areas["safety"].families}
    keys = {"防溺水": "drowning", "食品安全": "food", "校园欺凌": "bullying"}
    for name, words in FOREIGN.items():
        headings = {t for h in families[keys[name]].headings for t in h.wordings}
        [text] = [text for title, text in sections.items() if title in headings]
        assert not any(w in text for w in words), (name, text)


# Not yet: their two required targets are said in every family, and those units are a
# twelfth of the longest safety and teachers'-day drafts of eight tasks (test_genre's length
# test); their families need units of their own first.
SHARED_YET = {"double_reduction", "emergency"}


def test_every_shared_fact_of_the_bank_names_its_sub_topics() -> None:
    """A required fact carried by units of several families says which it belongs to, so a
    section of another family does not ask for it (专职保安员 under 防溺水)."""
    for area in (a for a in BANK.areas.values() if a.key not in SHARED_YET):
        for fact in area.facts:
            homes = {f.key for f in area.families for u in f.units if fact.key in u.facts}
            if fact.required and len(homes) > 2:
                assert fact.families, (area.key, fact.key, sorted(homes))


def test_a_fact_naming_an_unknown_sub_topic_is_a_located_chinese_error(tmp_path: Path) -> None:
    folder = tmp_path / "phrases" / "areas"
    folder.mkdir(parents=True)
    (folder / "reading.yaml").write_text(
        "key: reading\n"
        "label: 书香校园建设\n"
        "facts:\n"
        "  - key: rooms\n"
        "    label: 新建校园阅览室数\n"
        "    families: [room]\n"
        "families:\n"
        "  - key: rooms\n"
        "    headings: [建好用好阅览室，涵养读书风气]\n"
        "    units: ['今年新建校园阅览室{{ fact(\"rooms\") }}。', 阅览室要向学生开放。]\n",
        encoding="utf-8",
    )
    with pytest.raises(DataFileError) as caught:
        load_phrasebank.__wrapped__(builtin_templates_dir(), tmp_path)
    message = str(caught.value)
    assert "reading.yaml:6:" in message and "小主题 room 不存在" in message, message
    assert "rooms" in message


# Thin and stray subsections (readers' S): a part's only subsection has no heading of its
# own, and a section the bank assembles says two sentences wherever it is said at all.
@pytest.mark.parametrize(
    ("kind", "title", "date"),
    [
        ("school_opening", "镇中心学校校长", "2020-02-24"),
        ("safety", "镇党委书记", "2034-06-05"),
        ("concluding_remarks", "区政府分管副区长", "2029-03-15"),
    ],
)
def test_no_subheading_stands_alone_in_its_part(
    tmp_path: Path, kind: str, title: str, date: str
) -> None:
    level = "town" if title.startswith("镇") else "district"
    path = _profile(
        tmp_path,
        kind,
        kind=kind,
        meeting={"date": date},
        region={"level": level, "name": "清河"},
        speaker={"title": title},
        priorities=[{"area": "防溺水", "points": ["各村对河塘安排专人巡查"]}],
        safeguards=["工作作风"],
    )
    document = build_draft(path, seed=4).document
    headings = [b for b in document.blocks if isinstance(b, Heading)]
    # one task and one safeguard: each the only subsection of its part, so no subheading;
    # where a part has subsections of its own besides the task (a school opening's safety
    # part: the stock checks under their own heading, round v's S) none stands alone
    counts: list[int] = []
    for heading in headings:
        if heading.level == 1:
            counts.append(0)
        elif counts:
            counts[-1] += 1
    assert 1 not in counts, [h.title for h in headings]
    if kind != "school_opening":
        assert not any(h.level > 1 for h in headings), [h.title for h in headings]
    assert is_said("各村对河塘安排专人巡查", "".join(document.spoken_lines()))


def test_an_assembled_section_never_says_a_single_sentence() -> None:
    units = [u for family in BANK.areas["safety"].families for u in family.units if not u.facts]
    for seed in range(40):
        family_units = random.Random(seed).sample(units, 9)
        pieces = plan_section(family_units, frozenset(), random.Random(seed))
        for level in range(-2, 9):
            said = sum(1 for p in pieces if p.level <= level)
            assert said == 0 or said >= 2, (seed, level, [p.level for p in pieces])


# Tasks in their part of the skeleton (readers' S: 控辍保学, 食堂, 推普 under "把精力集中到
# 教育教学上来"; 家长教育观念 under "改进作风"): a part's heading covers what the part holds.
def _wordings(slot: str) -> list[str]:
    return [text for unit in BANK.frames[slot] for text in unit.wordings]


def test_the_school_opening_part_holding_the_tasks_is_headed_for_them() -> None:
    """Its key tasks are any area (控辍保学, 食堂, 推普), not only teaching."""
    for heading in _wordings("school_opening.heading3"):
        assert re.search(r"重点|任务|工作", heading), heading


@pytest.mark.parametrize("slot", ["work_report.h3", "concluding_remarks.h3"])
def test_the_safeguards_part_is_not_headed_by_one_safeguard(slot: str) -> None:
    """The part holds every safeguard (组织领导, 督导, 合力…): 改进作风 over 家长教育观念 was a
    heading over another topic."""
    for heading in _wordings(slot):
        assert not re.search(r"作风|氛围|党建|经费", heading), heading
