"""Issue 11, class A: no invented specific. A draft names a scheme, mechanism, programme,
event or standard, claims a result, or frames a clerk's target as more than the clerk said,
only where the profile names it (templates/norms/named.yaml). Every kind × level with rich,
medium and near-empty profiles of this file's own, the three seeds rotating."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import pytest
import yaml
from tests.truth_matrix import LEVELS, MONTHS, TITLES, body_lines, render

from speechdraft.datafile import DataFileError
from speechdraft.genre import KIND_KEYS
from speechdraft.named import NamedSpecific, licensed_by, load_named, named_in
from speechdraft.pipeline import Draft

SIZES = ("rich", "medium", "bare")
YEARS = (2017, 2020, 2022, 2024, 2026, 2028)

# Every named scheme and claimed result readers marked A in rounds h–l must be in the table;
# its forms must find the sentence they marked (the table may not shrink to pass).
MARKED_A = {
    "project_pool": "今年5.4亿元教育经费实行项目库管理，由县教育局会同财政部门负责。",
    "problem_writeoff": "今年要实行问题销号管理，解决一个、销号一个。",
    "mixed_classes": "要推动各族学生混合编班、混合住宿，在共学共住中增进了解。",
    "novice_pairing": "新教师入职后要有骨干教师一对一带教，通过“青蓝结对”尽快站稳讲台。",
    "famous_teacher_project": "着力实施名师名校长培养工程，让名师工作室带出骨干教师。",
    "demonstration_delisting": "示范学校实行动态管理，该整改的整改、该摘牌的摘牌。",
    "university_trusteeship": "深化与高校和优质高中的托管帮扶、结对合作。",
    "high_school_debt": "稳妥化解普通高中历史债务，不让学校因债务影响正常运转。",
    "teacher_practice_base": "在60家合作企业中建立教师实践基地，让专业课教师有师傅带。",
    "school_bus_three_fixed": "坚持校车定车辆、定线路、定驾驶人，照管人员要随车履职。",
    "remote_classrooms": "要推动专递课堂、同步课堂常态化应用。",
    "epidemic_officer": "卫生健康部门要派驻防疫专员协助学校做好防控。",
    "good_teacher_selection": "各学校要广泛开展身边好老师评选。",
    "feature_school_standard": "我们将研究制定特色高中创建标准和评估办法。",
    "leaders_contact_schools": "要建立领导干部联系学校制度。",
    "teacher_courtesies": "要落实教师优先享受公共服务等礼遇措施。",
    "group_work_rules": "各成员单位要按工作规则办事，议题及时提出。",
    "village_points_under_centre": "我们将把教学点纳入中心学校统一管理。",
    "steady_rise": "普通高中办学质量稳中有升。",
    "record_high": "四是中高考成绩再创新高。",
    "platform_in_depth": "四是国家智慧教育平台应用走深走实。",
    "projects_completed": "一批教育重点项目建成投用。",
    "real_effort": "在资源配置、质量提升、队伍建设等方面下了真功夫。",
    "commendation": "向受到表彰的先进集体和先进个人表示热烈的祝贺！",
    "zero_accidents": "中考高考实现安全零事故。",
    "smoother_cooperation": "这一年，成员单位之间的协作更顺畅了。",
    "hard_constraints": "今年的任务中，有的还涉及编制、用地等硬约束。",
    "subject_shortage": "音体美、心理健康等学科教师缺在哪里，要一校一校摸清。",
    "construction_site": "施工区域要与教学区、生活区严格隔离，不让工地和课堂混在一起。",
    "departments_credit": "财政、编制等部门在资金保障、教师补充和项目建设上都给予了有力配合。",
    "target_focus": "今年的目标是普通话普及率达到92.8%，重点在农村、在学前。",
    "hard_task": "这两项指标是今年均衡发展的两项硬任务。",
    "bottom_line": "全年标准班额达标率的目标是82%，这是一条必须守住的底线。",
    "study_focus": "把学校布局、队伍建设、经费保障作为专题研究的重点，一事一议、议而有决。",
    "split_to_schools": "把集团化办学覆盖率和标准班额达标率这两项指标分解到校。",
}

# What a clerk writes: facts for the areas whose bank units frame targets and name schemes.
RICH: dict[str, Any] = {
    "preceding": ["县教育局主要负责同志通报了去年工作情况"],
    "review": {
        "achievements": [
            {"area": "教师队伍", "points": ["招聘新教师一百二十名，充实到乡村学校"]},
            {"area": "学前教育", "figures": {"普惠性幼儿园覆盖率": "90.5%"}},
            {"area": "普通高中", "figures": {"新增普通高中学位": "2400个"}},
        ],
        "problems": ["乡村学校音乐、美术教师不足", "部分城区学校班额偏大"],
    },
    "targets": {"guideline": "坚持优先发展、促进公平", "items": ["新建幼儿园2所"]},
    "priorities": [
        {"area": "义务教育", "facts": {"集团化办学覆盖率": "78%", "标准班额达标率": "86%"}},
        {"area": "教师队伍", "facts": {"今年新补充教师人数": 150}},
        {"area": "语言文字工作", "facts": {"普通话普及率": "91.2%"}},
        {"area": "职业教育", "facts": {"校企合作企业数": 46}},
        {"area": "控辍保学", "facts": {"九年义务教育巩固率": "96.5%"}},
        {"area": "教育信息化", "facts": {"新建智慧校园示范校": 8}},
        {"area": "普通高中", "points": ["扩大优质高中招生规模"]},
        {"area": "校园安全", "points": ["完善校园安全风险防控体系"]},
    ],
    "safeguards": [{"area": "经费保障", "facts": {"年度教育经费预算安排": "5.2亿元"}}],
}

MEDIUM: dict[str, Any] = {
    "review": {
        "achievements": [{"area": "项目建设", "figures": {"完成投资": "8600万元"}}],
    },
    "priorities": [
        {"area": "义务教育"},
        {"area": "教师队伍"},
        {"area": "校园安全"},
    ],
}


def profile(kind: str, level: str, size: str, seed: int, year: int) -> dict[str, Any]:
    data: dict[str, Any] = {
        "kind": kind,
        "meeting": {"date": f"{year}-{MONTHS.get(kind, '03-12')}"},
        "region": {"level": level, "name": "青川"},
        "speaker": {"title": TITLES[kind]},
        "seed": seed,
    }
    data.update({"rich": RICH, "medium": MEDIUM, "bare": {}}[size])
    return data


def cases() -> list[tuple[str, str, str, int, int]]:
    """kind × level × size; the seed rotates so that each kind and size meets all three
    seeds, and the year so that dated wordings of every period are met."""
    found = []
    for k, kind in enumerate(KIND_KEYS):
        for v, level in enumerate(LEVELS):
            for s, size in enumerate(SIZES):
                found.append((kind, level, size, (k + v + s) % 3 + 1, YEARS[(k + v) % len(YEARS)]))
    return found


CASES = cases()


def profile_texts(data: dict[str, Any]) -> str:
    """Everything the clerk wrote but the speaker's and region's own names (read again
    here from the YAML, not from the package's reading of it)."""
    kept = {k: v for k, v in data.items() if k not in ("speaker", "region", "kind", "seed")}
    return yaml.safe_dump(kept, allow_unicode=True)


def untraced(draft: Draft, data: dict[str, Any], table: tuple[NamedSpecific, ...]) -> list[str]:
    written = profile_texts(data)
    text = draft.document.title + "\n" + "\n".join(body_lines(draft))
    found = []
    for entry in table:
        for match in entry.pattern.finditer(text):
            if not entry.licence.search(written):
                around = text[max(0, match.start() - 16) : match.end() + 12].replace("\n", " ")
                found.append(f"{entry.term}：…{around}…")
    return found


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple, tuple[Draft, dict]]:
    folder = tmp_path_factory.mktemp("named")
    rendered = {}
    for case in CASES:
        data = profile(*case)
        rendered[case] = (render(data, folder, "-".join(map(str, case))), data)
    return rendered


def test_the_cases_cover_every_kind_level_size_and_seed() -> None:
    assert {c[0] for c in CASES} == set(KIND_KEYS)
    assert {c[1] for c in CASES} == set(LEVELS)
    for kind in KIND_KEYS:
        for size in SIZES:
            assert {c[3] for c in CASES if c[0] == kind and c[2] == size} == {1, 2, 3}
    assert len(CASES) == len(KIND_KEYS) * len(LEVELS) * len(SIZES)


def test_the_table_holds_every_scheme_and_claim_readers_marked() -> None:
    table = {entry.id: entry for entry in load_named()}
    missing = sorted(set(MARKED_A) - set(table))
    assert not missing, missing
    not_found = [
        key for key, sentence in MARKED_A.items() if not table[key].pattern.search(sentence)
    ]
    assert not not_found, not_found
    assert len(table) >= 35
    assert {entry.kind for entry in table.values()} == {"scheme", "claim", "frame", "referent"}


def test_general_demands_are_not_named_schemes() -> None:
    """The table names specifics, not the genre's general demands: these stay sayable."""
    general = [
        "要加强新教师培养，帮助他们尽快站稳讲台。",
        "教育经费要精打细算，把钱用在刀刃上。",
        "要守住安全稳定的底线，把师生安全放在首位。",
        "推动城区学校与乡村学校结对，教研活动一起搞。",
        "要用好国家智慧教育平台的优质资源。",
    ]
    assert {text: named_in(text) for text in general} == {text: frozenset() for text in general}


def test_a_profile_that_names_a_scheme_licenses_it() -> None:
    named = licensed_by(["新教师实行青蓝结对，骨干教师一对一带教", "经费实行项目库管理"])
    assert {"named:novice_pairing", "named:project_pool"} <= named
    assert "named:novice_pairing" not in licensed_by(["今年新补充教师150名"])


def test_a_draft_says_a_scheme_the_profile_names(tmp_path: Path) -> None:
    data = profile("leader_speech", "county", "medium", 1, 2024)
    data["priorities"] = [
        {"area": "教师队伍", "points": ["实行新教师青蓝结对，骨干教师一对一带教"]}
    ]
    draft = render(data, tmp_path, "named")
    assert "青蓝结对" in "\n".join(body_lines(draft))
    assert untraced(draft, data, load_named()) == []


def test_no_draft_names_a_scheme_or_claims_a_result_the_profile_does_not(drafts: dict) -> None:
    table = load_named()
    found = {
        "-".join(map(str, case)): hits
        for case, (draft, data) in drafts.items()
        if (hits := untraced(draft, data, table))
    }
    count = sum(len(v) for v in found.values())
    shown = "\n".join(f"{k}: {v[:3]}" for k, v in list(found.items())[:15])
    assert not found, f"{len(found)} 篇稿子共 {count} 处讲了档案没有的具名做法或成绩：\n{shown}"


def test_every_draft_was_rendered_for_its_own_date(drafts: dict) -> None:
    for (_kind, _level, _size, _seed, year), (draft, _data) in drafts.items():
        assert isinstance(draft.context.meeting_day, datetime.date)
        assert draft.context.meeting_day.year == year


def test_a_mistake_in_the_table_is_named_in_chinese_with_its_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import speechdraft.named as named

    (tmp_path / "norms").mkdir()
    (tmp_path / "norms" / "named.yaml").write_text(
        "- id: a\n  kind: scheme\n  term: 甲\n  forms: ['[未闭合']\n  advice: 改\n"
        "- id: b\n  kind: 做法\n  term: 乙\n  forms: [乙]\n  advice: 改\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(named, "builtin_templates_dir", lambda: tmp_path)
    with pytest.raises(DataFileError) as caught:
        named._read_table()
    message = str(caught.value)
    assert "named.yaml:4:" in message and "不是有效的正则表达式" in message
    assert "named.yaml:7:" in message and "Traceback" not in message


def test_two_entries_with_one_id_are_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import speechdraft.named as named

    (tmp_path / "norms").mkdir()
    entry = "- id: same\n  kind: claim\n  term: 甲\n  forms: [甲]\n  advice: 改\n"
    (tmp_path / "norms" / "named.yaml").write_text(entry * 2, encoding="utf-8")
    monkeypatch.setattr(named, "builtin_templates_dir", lambda: tmp_path)
    with pytest.raises(DataFileError, match="id 重复"):
        named._read_table()


def test_one_record_is_no_licence_for_a_general_claim() -> None:
    """A line's record (控制线上线人数创历史新高) licenses no 中高考成绩再创新高, a usage rate no
    走深走实, one playground built no 一批重点项目建成投用, a target's 学前 no 重点在农村、在学前."""
    given = licensed_by(
        [
            "高考特殊类型控制线上线人数创历史新高",
            "国家智慧教育平台师生注册使用率: 98",
            "镇中心小学风雨操场建成使用",
            "学前一年免费教育全面落实",
        ]
    )
    for key in ("record_high", "platform_in_depth", "projects_completed", "target_focus"):
        assert f"named:{key}" not in given
    assert "named:projects_completed" in licensed_by(["两所寄宿制学校建成投用"])
