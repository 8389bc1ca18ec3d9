"""Every priority under its own heading, with its own points (issue 11, readers' S).

The words clerks type for a priority (教师减负, 控辍保学, 中小学生手机管理, 疫情防控,
冬季取暖安全, 寄宿制学校, 乡村小规模学校提质, 乡村教师, 部门协同) get the heading of the
family that speaks of them, for several kinds, levels and speakers; a point that another
section's family names goes under that section; a numbered list never has one item.

The profiles are the tests' own; the headings compared are read from the bank, so a
reworded heading does not break a test, a heading of another topic does.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from document_support import section_texts
from point_support import said_form
from speechdraft.compose.assemble import place_points, restates_a_point
from speechdraft.compose.structure import parse_markup
from speechdraft.document import Heading
from speechdraft.markup import ENUM, ITEM
from speechdraft.phrasebank import Family, load_phrasebank
from speechdraft.pipeline import build_draft
from speechdraft.resources import builtin_templates_dir

BANK = load_phrasebank(builtin_templates_dir())

# (kind, level, speaker, meeting date): a spread of speakers and levels a name is tried at
SPEAKERS = (
    ("leader_speech", "county", "县委书记", "2024-03-12"),
    ("work_report", "city", "市教育局局长", "2026-02-20"),
    ("concluding_remarks", "district", "区政府分管副区长", "2019-04-10"),
)


def _family(area: str, key: str) -> Family:
    catalog = BANK.areas if area in BANK.areas else BANK.safeguards
    return next(f for f in catalog[area].families if f.key == key)


def _headings(family: Family) -> set[str]:
    return {text for heading in family.headings for text in heading.wordings}


def _document(tmp_path: Path, name: str, **profile: Any) -> Any:
    kind, level, title, date = profile.pop("speaker_at", SPEAKERS[0])
    data = {
        "kind": kind,
        "meeting": {"date": date},
        "region": {"level": level, "name": "清河"},
        "speaker": {"title": title},
        **profile,
    }
    path = tmp_path / f"{name}.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return build_draft(path, seed=3).document


def _draft(tmp_path: Path, name: str, **profile: Any) -> list[Heading]:
    document = _document(tmp_path, name, **profile)
    return [b for b in document.blocks if isinstance(b, Heading)]


# What clerks type → the family whose heading must stand over it.
NAMES = [
    ("教师减负", "teachers", "burden"),
    ("减轻教师负担", "teachers", "burden"),
    ("控辍保学", "dropout_aid", "dropout"),
    ("中小学生手机管理", "double_reduction", "five_management"),
    ("手机管理", "double_reduction", "five_management"),
    ("冬季取暖安全", "safety", "heating"),
    ("防一氧化碳中毒", "safety", "heating"),
    ("寄宿制学校", "compulsory", "boarding"),
    ("乡村小规模学校提质", "compulsory", "small_schools"),
    ("乡村教师", "teachers", "rural_teachers"),
    ("区管校聘", "teachers", "rotation"),
]


@pytest.mark.parametrize(("name", "area", "key"), NAMES)
@pytest.mark.parametrize("at", range(2))
def test_a_priority_a_clerk_names_gets_its_own_familys_heading(
    tmp_path: Path, name: str, area: str, key: str, at: int
) -> None:
    speaker_at = SPEAKERS[(NAMES.index((name, area, key)) + at) % len(SPEAKERS)]
    # beside other priorities of the same area, so the family is chosen, not the only one free
    # and a part's only subsection has no heading (compose/structure.py): never alone
    others = {"teachers": "教师队伍", "safety": "校园安全", "compulsory": "义务教育"}
    priorities = [{"area": name}, {"area": others.get(area, "项目建设")}]
    headings = _draft(tmp_path, "p", speaker_at=speaker_at, priorities=priorities)
    titles = [h.title for h in headings]
    assert _headings(_family(area, key)) & set(titles), (name, speaker_at, titles)


@pytest.mark.parametrize(
    ("kind", "level", "title", "date"),
    [
        ("school_opening", "province", "省教育厅厅长", "2021-02-20"),
        ("leader_speech", "county_city", "市委书记", "2021-03-02"),
        ("safety", "county", "县政府分管副县长", "2022-08-25"),
    ],
)
def test_epidemic_prevention_in_2020_to_2022_has_its_own_heading(
    tmp_path: Path, kind: str, level: str, title: str, date: str
) -> None:
    priorities = [{"area": "疫情防控"}, {"area": "校园安全"}]
    at = (kind, level, title, date)
    titles = [h.title for h in _draft(tmp_path, "e", speaker_at=at, priorities=priorities)]
    assert _headings(_family("emergency", "epidemic")) & set(titles), titles


def test_epidemic_prevention_is_never_said_outside_its_years_or_unasked(tmp_path: Path) -> None:
    epidemic = _headings(_family("emergency", "epidemic"))
    later = ("leader_speech", "county", "县委书记", "2024-03-12")
    beside = ["疫情防控", "项目建设"]  # a part's only subsection has no heading
    titles = [h.title for h in _draft(tmp_path, "a", speaker_at=later, priorities=beside)]
    assert not epidemic & set(titles)
    assert _headings(_family("emergency", "disease")) & set(titles)  # 传染病防控 instead
    # in its years, an emergency priority that does not name the epidemic does not get it
    in_years = ("leader_speech", "county", "县委书记", "2021-03-12")
    for seed_name in ("应急管理", "应急防控", "极端天气"):
        heads = _draft(tmp_path, seed_name, speaker_at=in_years, priorities=[seed_name, "项目建设"])
        assert not epidemic & {h.title for h in heads}, seed_name


@pytest.mark.parametrize(
    ("kind", "title"),
    [("teachers_day", "市长"), ("teachers_day", "市教育局局长"), ("leader_speech", "市委书记")],
)
def test_department_coordination_is_said_as_itself_not_as_home_school(
    tmp_path: Path, kind: str, title: str
) -> None:
    at = (kind, "city", title, "2028-09-08")
    guards = ["部门协同", "督导考核"]  # a part's only subsection has no heading
    heads = _draft(tmp_path, "s", speaker_at=at, priorities=["教师队伍"], safeguards=guards)
    titles = {h.title for h in heads}
    assert _headings(_family("synergy", "departments")) & titles
    assert not _headings(_family("synergy", "home_school")) & titles


def test_a_point_goes_under_the_task_whose_family_names_it() -> None:
    training = _family("teachers", "training")
    rural = _family("teachers", "rural_teachers")
    traffic = _family("safety", "traffic")
    heating = _family("safety", "heating")
    placed = place_points(
        [
            (["完善乡村教师荣誉制度", "开展新教师入职培训"], training),
            (["燃煤取暖学校宿舍全部安装一氧化碳报警器"], traffic),
            (["落实乡村教师生活补助"], rural),
            (["联合交警开展接送学生车辆专项整治"], heating),
            (["一个谁也不认识的要点"], None),
        ]
    )
    assert placed == [
        ["开展新教师入职培训"],
        ["联合交警开展接送学生车辆专项整治"],
        ["完善乡村教师荣誉制度", "落实乡村教师生活补助"],
        ["燃煤取暖学校宿舍全部安装一氧化碳报警器"],
        ["一个谁也不认识的要点"],
    ]


def test_a_point_that_names_nothing_else_stays_with_its_task() -> None:
    training = _family("teachers", "training")
    placed = place_points([(["抓好暑期集中研修"], training), (["其他"], None)])
    assert placed == [["抓好暑期集中研修"], ["其他"]]


def test_in_a_draft_each_point_stands_once_under_the_heading_that_fits_it(
    tmp_path: Path,
) -> None:
    at = ("safety", "prefecture", "州长", "2023-11-08")
    priorities = [
        {"area": "交通安全", "points": ["燃煤取暖学校宿舍全部安装一氧化碳报警器"]},
        {"area": "冬季取暖安全", "points": ["联合交警开展冬季接送学生车辆专项整治"]},
    ]
    sections = section_texts(_document(tmp_path, "w", speaker_at=at, priorities=priorities))
    heating = next(t for t in sections if t in _headings(_family("safety", "heating")))
    traffic = next(t for t in sections if t in _headings(_family("safety", "traffic")))
    assert "一氧化碳报警器" in sections[heating] and "一氧化碳" not in sections[traffic]
    assert "交警" in sections[traffic] and "交警" not in sections[heating]
    everything = "".join(sections.values())
    alarm_point = said_form("燃煤取暖学校宿舍全部安装一氧化碳报警器", everything)
    assert alarm_point and everything.count(alarm_point) == 1
    assert everything.count("联合交警开展冬季接送学生车辆专项整治") == 1


def test_a_bank_sentence_that_says_a_point_again_is_left_out() -> None:
    heating = _family("safety", "heating")
    # the bank no longer asks for alarms (round ap: an arrangement nobody decided); its
    # line on checking the heating stands for it
    check = next(u for u in heating.units if "取暖设施" in u.text and u.slot == "measure")
    assert restates_a_point(check, ["对全县学校取暖设施逐校开展排查"])
    assert not restates_a_point(check, ["寄宿制学校宿舍电气线路逐间排查"])


# Lists of one: the markup a template writes, parsed as the renderer parses it.
def test_a_lone_sub_heading_is_no_heading_and_two_are_numbered() -> None:
    """A part with a single subsection has no subheading: its sentences stand under the
    part's heading (an unnumbered lone heading still read as a stray block: readers' S)."""
    # each of the two has a body: a heading over nothing is dropped (round y's S; this
    # markup had two empty ones before)
    one = parse_markup(
        "# 甲部分\n\n## 唯一的小节\n\n正文。\n\n# 乙部分\n\n## 一节\n\n甲。\n\n## 二节\n\n乙。\n"
    )
    numbers = [(b.number, b.title) for b in one.blocks if isinstance(b, Heading)]
    assert numbers == [("一、", "甲部分"), ("二、", "乙部分")] + [
        ("（一）", "一节"),
        ("（二）", "二节"),
    ]
    assert [b.text for b in one.blocks if not isinstance(b, Heading)] == ["正文。", "甲。", "乙。"]


def test_one_enumerated_item_gets_no_yishi_and_two_do() -> None:
    doc = parse_markup(
        f"# 部分\n\n具体来说，{ENUM}抓好甲。\n\n{ENUM}抓好乙；{ENUM}抓好丙。\n\n"
        f"## 小节\n\n{ITEM}一段。\n\n## 另一节\n\n{ITEM}一段。\n\n{ITEM}二段。\n"
    )
    texts = [b.text if not isinstance(b, Heading) else "" for b in doc.blocks]
    assert "具体来说，抓好甲。" in texts
    assert "一是抓好乙；二是抓好丙。" in texts
    bodies = [t for t in texts if t.endswith("段。")]
    assert bodies == ["一段。", "一是一段。", "二是二段。"]


_ORDINAL = "一二三四五六七八九十"


def _list_problems(blocks: list[Any]) -> list[str]:
    """（一） with no （二） in a part; 一是 with no 二是 under one heading (⟦item⟧ lists run
    across the paragraphs under a heading, ⟦enum⟧ lists within one)."""
    subs: dict[int, list[str]] = {}
    scopes: list[str] = [""]
    part = 0
    for block in blocks:
        if isinstance(block, Heading):
            part += block.level == 1
            if block.level == 2:
                subs.setdefault(part, []).append(block.number)
            scopes.append("".join(r.text for r in block.body))
            continue
        scopes[-1] += block.text
    problems = [f"part {k}: {v}" for k, v in subs.items() if v == ["（一）"]]
    return problems + [
        f"一是 without 二是: {t[:40]}" for t in scopes if "一是" in t and "二是" not in t
    ]


@pytest.mark.parametrize(
    ("kind", "level", "title", "priorities"),
    [
        ("concluding_remarks", "town", "镇长", ["校园安全"]),
        ("school_opening", "county", "县教育局局长", ["控辍保学"]),
        ("leader_speech", "banner", "旗委书记", ["寄宿制学校"]),
    ],
)
def test_drafts_of_one_task_have_no_list_of_one_and_say_the_count_they_have(
    tmp_path: Path, kind: str, level: str, title: str, priorities: list[str]
) -> None:
    path = tmp_path / "one.yaml"
    data = {
        "kind": kind,
        "meeting": {"date": "2025-03-08"},
        "region": {"level": level, "name": "白沙"},
        "speaker": {"title": title},
        "priorities": priorities,
    }
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    document = build_draft(path, seed=1).document
    assert _list_problems(list(document.blocks)) == []
    headings = [b for b in document.blocks if isinstance(b, Heading)]
    parts = sum(1 for h in headings if h.level == 1)
    part_of, sections, part = [], {0: 0}, 0
    for block in document.blocks:
        if isinstance(block, Heading) and block.level == 1:
            part += 1
            sections[part] = 0
        elif isinstance(block, Heading) and block.level == 2:
            sections[part] += 1
        part_of.append(part)
    assert document.announcements  # the templates announce what they count
    for announcement in document.announcements:
        counted = (
            parts if announcement.scope == "parts" else sections[part_of[announcement.paragraph]]
        )
        assert announcement.count == counted, announcement
    numbered = [
        h.number for h in headings if re.fullmatch(r"（[一二三四五六七八九十]+）", h.number)
    ]
    assert "（一）" not in numbered or "（二）" in numbered


def test_teachers_burden_is_said_once_beside_the_work_style_safeguard(tmp_path: Path) -> None:
    at = ("teachers_day", "county", "县委书记", "2027-09-08")
    heads = _draft(tmp_path, "b", speaker_at=at, priorities=["教师减负"], safeguards=["工作作风"])
    titles = {h.title for h in heads}
    assert _headings(_family("teachers", "burden")) & titles
    assert not _headings(_family("work_style", "burden")) & titles
    style = set().union(*(_headings(f) for f in BANK.safeguards["work_style"].families))
    assert style & titles  # the safeguard still has its section, on another of its topics
