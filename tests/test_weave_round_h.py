"""Issue 11, round h's readers (classes G, R, F): the clerk's facts joined to the bank without
a broken seam. A fact's key never reaches the speech; a bare number gets its field's unit; a
round count of 10,000 or more is said with 万; a target that reads as a clause takes no
的具体目标是; a plain review heading is a clause, never a bare noun; 综合 is no topic. The
profiles here are this file's own."""

from __future__ import annotations

import re
from typing import Any

import pytest

from _matrix import draft
from speechdraft import genre
from speechdraft.compose.weave import fact_clause, review_figure
from speechdraft.figures import in_wan, titled, titles_in_clause
from speechdraft.phrasebank import load_phrasebank
from speechdraft.resources import builtin_templates_dir

_PLACEHOLDER = re.compile(r"【[^】]*】")


def _render(data: dict[str, Any]) -> str:
    return "\n".join(draft(data).document.spoken_lines())


def _spoken(text: str) -> str:
    return _PLACEHOLDER.sub("", text)


_BANK = load_phrasebank(builtin_templates_dir())
_AREAS = sorted((key, area) for key, area in _BANK.areas.items() if area.facts)
_SAFEGUARDS = sorted((key, area) for key, area in _BANK.safeguards.items() if area.facts)


def _profile(kind: str, level: str, area: str, facts: dict[str, Any], where: str) -> dict[str, Any]:
    task = {"area": area, "facts": facts}
    data: dict[str, Any] = {
        "kind": kind,
        "meeting": {"date": "2027-03-18"},
        "region": {"level": level, "name": "安和"},
        "speaker": {"title": f"副{genre.LEVELS[level].unit}长"},
        # twice: the second finds its family said and speaks in the clerk's own words
        # (_generic_body), the path by which characteristic_schools3所 was read out
        "priorities": [task, dict(task)] if where == "priority" else [{"area": "教师队伍"}],
    }
    if where == "safeguard":
        data["safeguards"] = [task, dict(task)]
    return data


@pytest.mark.parametrize("by", ["key", "label"])
@pytest.mark.parametrize(("index", "entry"), list(enumerate(_AREAS + _SAFEGUARDS)))
def test_no_fact_key_reaches_the_speech(index: int, entry: tuple[str, Any], by: str) -> None:
    """Every fact of every area, given by its key and by its label, as a priority's or a
    safeguard's facts: no ASCII letter in the spoken text (inclusive_coverage达到95% was
    read out in round h), and every value is said."""
    key, area = entry
    kind = genre.KIND_KEYS[index % len(genre.KIND_KEYS)]
    level = genre.LEVEL_KEYS[index % len(genre.LEVEL_KEYS)]
    facts = {(f.key if by == "key" else f.label): 37 + i for i, f in enumerate(area.facts)}
    where = "safeguard" if (key, area) in _SAFEGUARDS else "priority"
    text = _spoken(_render(_profile(kind, level, area.label, facts, where)))
    assert not re.search(r"[A-Za-z]", text), re.findall(r".{0,12}[A-Za-z_]+.{0,6}", text)
    for value in facts.values():
        assert str(value) in text


@pytest.mark.parametrize(
    ("label", "value", "unit", "said"),
    [
        ("总投资", "52000", "万元", "总投资52000万元"),  # the field's unit, not 为
        ("教师工资差额补足资金", "2400", "万元", "教师工资差额补足资金2400万元"),
        ("教育经费预算安排", "0.4", "亿元", "教育经费预算安排为0.4"),  # no invented 0.4亿元
        ("教师全员培训人次", "210000", "", "教师全员培训21万人次"),
        ("教师全员培训人次", "12345", "", "教师全员培训12345人次"),  # exact stays exact
        ("普惠性幼儿园覆盖率", "95", "%", "普惠性幼儿园覆盖率达到95%"),
    ],
)
def test_a_target_gets_its_fields_unit(label: str, value: str, unit: str, said: str) -> None:
    assert fact_clause(label, value, unit) == said


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("210000人次", "21万人次"),
        ("15000人次", "1.5万人次"),
        ("12000名", "1.2万名"),
        ("12500人", "12500人"),
        ("9000人次", "9000人次"),
        ("52000万元", "52000万元"),  # money keeps its own rule (亿元)
        ("92.5%", "92.5%"),
    ],
)
def test_round_counts_are_said_with_wan(text: str, said: str) -> None:
    assert in_wan(text) == said


def test_a_sum_spent_is_no_fragment() -> None:
    """全省一般公共预算教育支出2316亿元。 as a whole sentence read as a note (R)."""
    assert review_figure("全省一般公共预算教育支出", "2316亿元") == (
        "全省一般公共预算教育支出达到2316亿元"
    )
    assert review_figure("维修改造校舍", "1850平方米") == "维修改造校舍1850平方米"


_BASE: dict[str, Any] = {
    "meeting": {"date": "2026-03-12"},
    "speaker": {"title": "县教育局局长"},
}


@pytest.mark.parametrize("level", ["county", "district", "city", "province"])
def test_targets_under_a_clerks_own_area_keep_their_fields_unit(level: str) -> None:
    """Fields the bank knows under another area keep their unit there (教师工资差额补足资金为
    2400 was read as a number with no unit, G R)."""
    data = {
        **_BASE,
        "kind": "teachers_day",
        "region": {"level": level, "name": "安和"},
        "priorities": [
            {
                "area": "乡村教师生活补助",
                "facts": {"教师工资差额补足资金": 2400, "一般公共预算教育支出": 17.8},
            },
        ],
    }
    text = _spoken(_render(data))
    # figure19: a bare sum asks for the field's unit in a 【待核】 mark (this asserted 2400万元)
    # (_spoken drops the marks: the number stands, with no unit nobody typed)
    assert "教师工资差额补足资金2400" in text and "2400万元" not in text
    # the sum with its unit, its name said once by the lead before it (要落实好一般公共预算教育
    # 支出，今年全县计划安排17.8亿元: round ab's R) or in the clause
    assert re.search(r"一般公共预算教育支出(?:[^。]{0,12}安排)?17\.8(?![\d亿万])", text)
    assert not re.search(r"为(?:2400|17\.8)", text)


_REVIEW_PROFILE: dict[str, Any] = {
    **_BASE,
    "kind": "work_report",
    "region": {"level": "county", "name": "安和"},
    "review": {
        "achievements": [
            {"area": "大班额", "points": ["城区小学56人以上大班额全部消除"]},
            {"area": "综合", "points": ["县教育局机关作风建设年活动有序开展"]},
            {"area": "小规模学校", "figures": {"保留的乡村小规模学校": "23所"}},
            {"area": "学前教育", "figures": {"新增公办学位": "600个"}},
        ]
    },
    "priorities": [{"area": "教师队伍"}, {"area": "学前教育"}],
}


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_plain_review_headings_are_clauses(seed: int) -> None:
    """（三）大班额 among clause headings was struck (S); 二是综合取得积极进展 too (G)."""
    text = _render({**_REVIEW_PROFILE, "seed": seed})
    lines = text.split("\n")
    bare = {"大班额", "综合", "小规模学校", "学前教育", "大班额工作", "小规模学校工作"}
    assert not bare & set(lines), [line for line in lines if line in bare]
    assert not re.search(r"综合(?:工作|方面|取得|扎实|持续|稳步|有序)", text)
    steady = re.compile(r"(?:扎实推进|持续加强|统筹推进|有序开展|有力推进)$")
    # areas of one line each are read as one 一是…四是 run (round y's S: no sub-heading over
    # a single line); each item's head is what a heading was, so the same property holds of
    # it (this test read the heading lines before)
    heads = [
        re.split(r"[，。]", line[2:], maxsplit=1)[0]
        if re.match(r"[一二三四五六七八九]是", line)
        else line
        for line in lines
    ]
    assert not bare & set(heads), [head for head in heads if head in bare]
    points = {p for a in _REVIEW_PROFILE["review"]["achievements"] for p in a.get("points", [])}
    plain = [head for head in heads if steady.search(head) and head not in points]
    assert len(plain) >= 2, lines[:12]  # the areas whose figures show no gain
    said = [head[-4:] for head in plain]
    assert len(said) == len(set(said)), said  # each once a draft
    # every point and figure the clerk wrote is still said
    for words in ("城区小学56人以上大班额全部消除", "作风建设年活动有序开展", "23所", "600个"):
        assert words in text


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("教育强国建设规划纲要（2024—2035年）", "《教育强国建设规划纲要（2024—2035年）》"),
        ("关于全面加强新时代学校体育工作的意见", "《关于全面加强新时代学校体育工作的意见》"),
        ("《义务教育课程方案》", "《义务教育课程方案》"),  # already quoted
        ("十四五规划", "十四五规划"),  # a plan's name, not a title
        ("党的二十大精神", "党的二十大精神"),
        ("对标乡村教育振兴纲要，办好家门口的学校", "对标《乡村教育振兴纲要》，办好家门口的学校"),
    ],
)
def test_document_titles_get_shuminghao(text: str, said: str) -> None:
    assert titled(text) == said


def test_a_task_is_not_taken_for_a_title() -> None:
    for point in ("完善学校安全管理办法", "落实学校布局专项规划报备", "制定课后服务实施方案"):
        assert titles_in_clause(point) == point


@pytest.mark.parametrize("kind", ["leader_speech", "leading_group", "concluding_remarks"])
def test_policies_and_guideline_quote_their_documents(kind: str) -> None:
    data = {
        **_BASE,
        "kind": kind,
        "speaker": {"title": "副市长"},
        "region": {"level": "city", "name": "安和"},
        "policies": ["山川省教育现代化纲要（2026—2035年）"],
        "targets": {"guideline": "对标山川省教育现代化纲要，办好人民满意的教育"},
        "priorities": [{"area": "学前教育"}],
    }
    text = _render(data)
    assert "《山川省教育现代化纲要（2026—2035年）》" in text
    bare = re.sub(r"《[^》]*》", "", text)
    assert "教育现代化纲要" not in bare


def _against_review(kind: str, seed: int, rate_now: str, rate_goal: int) -> dict[str, Any]:
    return {
        **_BASE,
        "kind": kind,
        "seed": seed,
        "speaker": {"title": "副市长"},
        "region": {"level": "city", "name": "安和"},
        "review": {
            "achievements": [{"area": "普通高中", "figures": {"高中阶段毛入学率": rate_now}}]
        },
        "priorities": [
            {"area": "学前教育", "points": ["新建公办幼儿园3所"]},
            {"area": "普通高中", "facts": {"高中阶段毛入学率": rate_goal}},
        ],
    }


_KEEP = re.compile(r"(?:巩固|保持|稳定)在93%以上")


@pytest.mark.parametrize("kind", ["leader_speech", "concluding_remarks", "leading_group"])
def test_a_target_not_yet_reached_is_raised_not_kept(kind: str) -> None:
    """巩固在93%以上 where the rate is 92.3% (readers' F G): 提高到93%. Over six seeds, a
    wording that keeps the rate is chosen at least once, so the test can fail."""
    texts = [_render(_against_review(kind, s, "92.3%", 93)) for s in range(6)]
    assert not any(_KEEP.search(t) for t in texts)
    assert all("93%" in t for t in texts)
