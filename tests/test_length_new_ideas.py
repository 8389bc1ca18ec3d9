"""A rich 30-minute profile reaches its length with new ideas, not repeats (issue 11's D
against the length goal; branch length16).

idea16 leaves out every bank sentence whose idea the draft has already said; a profile of
eight or nine areas without points then ran out of distinct sentences before 85 % of 30
minutes (the safeguards' sections — 深入基层一线, 学校经费, 工作作风, 考核, 减负 — said one to
four sentences at the top level). The bank got new units there, each a distinct idea; these
tests render their own profiles (four kinds × county and district × two area sets × seeds)
and check that the new ideas fill the length and that each, where said, is said once. (The
length itself is checked by test_genre's rich profile and test_single_pass's district report;
these profiles, with the speakers' own titles, still reach only 3,200–5,100 characters of
6,000 at the top level — more than before, 2,700–4,800, but not the 85 % line.)
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from speechdraft.document import Heading
from speechdraft.pipeline import build_draft

SPEAKERS = {
    "county": {
        "work_report": "县教育局局长",
        "concluding_remarks": "副县长",
        "leading_group": "县委书记、县委教育工作领导小组组长",
        "teachers_day": "县长",
    },
    "district": {
        "work_report": "区教育局局长",
        "concluding_remarks": "副区长",
        "leading_group": "区委书记、区委教育工作领导小组组长",
        "teachers_day": "区长",
    },
}
AREA_SETS = {
    "core": [
        "学前教育普及普惠",
        "义务教育优质均衡",
        "教育教学质量提升",
        "教师队伍建设与师德师风",
        "双减与课后服务",
        "校园安全与平安校园建设",
        "学生心理健康",
        "立德树人与思政教育",
    ],
    "wide": [
        "党的全面领导和学校党建",
        "教育数字化",
        "控辍保学与学生资助",
        "五育并举与体育美育劳动教育",
        "家校社协同育人",
        "特殊教育",
        "招生考试",
        "项目建设与办学条件改善",
    ],
}

# The new ideas, in the test's own words: each may be said once a draft.
NEW_IDEAS: dict[str, str] = {
    "weak_schools_first": r"示范校",
    "thrift": r"勤俭|形象工程|面子工程|不求奢华",
    "promises_kept": r"空头支票|言必信",
    "know_education": r"教育规律",
    "progress_counts": r"进步幅度|进步了多少|又比进步|也看进步",
    "now_and_long_term": r"当前和长远|眼前的难题|眼下最关心|当下解决|眼前问题",
    "help_while_checking": r"督帮结合|挑毛病|指导员",
    "no_extra_load": r"层层加码|不加码",
    "lesson_time": r"上课时间",
    "burden_not_duty": r"育人(?:的)?责任",
    "quality_with_places": r"数量质量|只求数量|保教质量提升同步|质量两头",
    "no_earlier_schooling": r"小学化|提前教学",
    "within_means": r"量力而行|一哄而上|铺摊子",
    "respect_every_day": r"只(?:停留)?在教师节|只在节日|平常日子",
    "true_stories": r"拔高|神化",
    "no_show": r"表面文章",
    "serve_callers": r"门难进|冷脸相对",
    "prevent_ahead": r"防患于未然|亡羊补牢|出了事再",
    "museums_with_parents": r"纪念馆、博物馆|纪念馆|博物馆",
    "no_undermining": r"补台|拆台",
    "open_fair_checks": r"心服口服|让人信服",
    "heart_to_heart": r"谈心交心|多谈心",
    "support_is_duty": r"(?:支持教育|关心教师)[^。；]{0,10}分内之",
}
_IDEAS = {name: re.compile(pattern) for name, pattern in NEW_IDEAS.items()}
_SENTENCE = re.compile(r"[^。！？]+[。！？]?")


def profile(kind: str, level: str, areas: str) -> dict[str, Any]:
    place = "测试县" if level == "county" else "测试区"
    return {
        "kind": kind,
        "meeting": {"date": "2026-03-18" if kind != "teachers_day" else "2026-09-09"},
        "region": {"level": level, "name": place},
        "speaker": {"title": SPEAKERS[level][kind], "name": "王五"},
        "duration_minutes": 30,
        "preceding": ["教育局局长作了工作报告"],
        "review": {
            "achievements": [
                {
                    "area": "项目建设",
                    "points": ["三所学校改扩建完成"],
                    "figures": {"完成投资": "0.9亿元"},
                },
                {
                    "area": "教育质量",
                    "points": ["学业质量监测成绩位居全市前列"],
                    "figures": {"本科上线": "860人"},
                },
                {"area": "教师队伍", "figures": {"新招聘教师": "96名"}},
            ],
            "problems": ["优质学位供给不足", "部分学校师资配备不均衡", "安全隐患整改不够彻底"],
        },
        "priorities": [{"area": name} for name in AREA_SETS[areas]],
        "targets": {"guideline": "坚持优先发展", "items": ["毛入园率达到92%"]},
    }


def body_sentences(document) -> list[str]:
    found = []
    for block in document.blocks:
        heading = isinstance(block, Heading)
        text = "".join(run.text for run in block.body) if heading else block.text
        found += [s.strip() for s in _SENTENCE.findall(text) if len(s.strip()) > 4]
    return found


def draft(tmp_path: Path, kind: str, level: str, areas: str, seed: int):
    path = tmp_path / f"{kind}-{level}-{areas}.yaml"
    if not path.exists():
        data = profile(kind, level, areas)
        path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return build_draft(path, seed=seed)


CASES = [
    (kind, level, areas)
    for kind in sorted(SPEAKERS["county"])
    for level in sorted(SPEAKERS)
    for areas in sorted(AREA_SETS)
]


@pytest.mark.parametrize(("kind", "level", "areas"), CASES)
def test_each_new_idea_is_said_once_a_draft(
    tmp_path: Path, kind: str, level: str, areas: str
) -> None:
    said_at_all: set[str] = set()
    for seed in (1, 2):
        sentences = body_sentences(draft(tmp_path, kind, level, areas, seed).document)
        for name, pattern in _IDEAS.items():
            saying = [s for s in sentences if pattern.search(s)]
            assert len(saying) <= 1, f"{kind}/{level}/{areas}/{seed} {name}: {saying}"
            said_at_all |= {name} if saying else set()
    # the new ideas are what fills the length: at least two in every such profile (a
    # teachers' day speech has the fewest safeguards)
    assert len(said_at_all) >= 2, f"{kind}/{level}/{areas}: {sorted(said_at_all)}"
