"""The bank's worst-read wordings (scripts/unit_scorecard.py, docs/review/SCORECARD.md), as
rules over families rather than a list of sentences (issue 11, all classes).

- A check said as going somewhere to look (学位够不够，要到…片区去看; 要到教学点去听课、去看课表;
  检验交通安全工作，要到校门口、路口去看): readers struck it as filler, with nobody named to go
  (E, R; 36 readings, 15 labels for the first alone). No wording of the bank has the shape, and
  no draft says it.
- A line that presumes a 任务清单 the draft never drew up (对照任务清单，要把…一项项摆出来: said in
  36 of the strict rounds' 112 profiles, labelled in 5 of 11 strict readings).
- A part heading that promises what its part does not hold: 规范办学行为 over the year's key tasks,
  明确责任分工 over a part with no division of labour (school openings), 围绕尊师重教 over
  sections on 留守儿童 and 教研 (teachers' days), 新起点 in a plan's fourth or last year.
- A plain 经费保障 safeguard is not said under a 绩效管理 heading (rounds y, aa, ab's S: the
  clerk's points on input under 强化绩效管理).
Profiles are this file's own, over kinds × levels × seeds.
"""

from __future__ import annotations

import random
import re
from pathlib import Path
from typing import Any

import pytest
from tests.truth_matrix import body_lines, render

from bank_support import bank_wordings
from speechdraft.compose.assemble import choose_family
from speechdraft.phrasebank import load_phrasebank
from speechdraft.resources import builtin_templates_dir

_CODE = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.DOTALL)
# 要到/深入 a place 去看/去听, with nobody named to go: the going-to-look check
GO_LOOK = re.compile(
    r"(?:^|[，。；])(?:[^，。；]{0,16}，)?要(?:经常|多)?(?:到|深入)[^，。；]{1,20}?(?:里)?去(?:看|听)"
    r"|要深入[^，。；]{1,16}的课堂和宿舍"
)
TASK_LIST = re.compile(r"对照(?:任务)?清单")
PHASE_START = re.compile(r"(?:关键|承上启下|攻坚|收官)之年的新起点")


def test_the_shapes_are_found() -> None:
    for text in (
        "学位够不够，要到适龄儿童最集中的片区去看，用入园情况来检验。",
        "要到教学点去听课、去看课表，了解提质措施是否真正落地。",
        "检验交通安全工作，要到校门口、路口去看，看秩序是否井然。",
        "要经常到寄宿制学校的宿舍和食堂去看，听听住校生的真实感受。",
        "检验城乡一体化推进成效，最终要深入乡村学校的课堂和宿舍。",
    ):
        assert GO_LOOK.search(text), text
    for text in (  # someone named goes; or the check is a mechanism
        "中心学校校长要把教学点当作本校的一部分来管，经常去看、经常去听课。",
        "坚持领导干部联系学校制度，到联系学校去听课、座谈、现场办公。",
        "要把寄宿制学校的生活保障和管理情况纳入督导，发现问题督促整改。",
    ):
        assert not GO_LOOK.search(text), text


def test_no_bank_wording_checks_by_going_to_look() -> None:
    found = [t for t in bank_wordings() if GO_LOOK.search(_CODE.sub("全县", t))]
    assert not found, "\n".join(found)


def test_no_bank_wording_presumes_a_task_list() -> None:
    found = [t for t in bank_wordings() if TASK_LIST.search(t)]
    assert not found, "\n".join(found)


SPEAKERS = {
    "leader_speech": "县委书记",
    "work_report": "教育局局长",
    "concluding_remarks": "副县长",
    "school_opening": "教育局局长",
}
DATES = {"school_opening": "2027-08-26"}


def meeting(kind: str, level: str, seed: int) -> dict[str, Any]:
    return {
        "kind": kind,
        "meeting": {"date": DATES.get(kind, "2027-03-10")},
        "region": {"level": level, "name": "清河"},
        "speaker": {"title": SPEAKERS[kind]},
        "seed": seed,
        "duration_minutes": 40,
        "priorities": [
            {"area": "学前教育资源扩容"},
            {"area": "乡村小规模学校和教学点"},
            {"area": "交通安全"},
            {"area": "寄宿制学校管理"},
            {"area": "控辍保学"},
        ],
        "safeguards": [{"area": "加强组织领导"}, {"area": "经费保障"}],
    }


@pytest.mark.parametrize("kind", ["leader_speech", "work_report", "concluding_remarks"])
def test_drafts_neither_go_to_look_nor_presume_a_task_list(kind: str, tmp_path: Path) -> None:
    found = []
    for level in ("county", "banner", "city", "district"):
        for seed in (1, 2, 3):
            draft = render(meeting(kind, level, seed), tmp_path, f"{kind}-{level}-{seed}")
            for line in body_lines(draft):
                for shape in (GO_LOOK, TASK_LIST):
                    if shape.search(line):
                        found.append(f"{level} {seed}: {line[:80]}")
    assert not found, "\n".join(found)


def test_school_opening_part_headings_keep_their_promise(tmp_path: Path) -> None:
    """Part three holds the year's key tasks (寄宿制, 控辍保学, 校车…), not 规范办学行为;
    part four is follow-through (督查, 作风), not a 责任分工 it never gives."""
    found = []
    for level in ("county", "city"):
        for seed in range(1, 9):
            data = {
                "kind": "school_opening",
                "meeting": {"date": "2027-08-26"},
                "region": {"level": level, "name": "清河"},
                "speaker": {"title": "分管副县长" if level == "county" else "分管副市长"},
                "seed": seed,
                "priorities": [
                    {"area": "寄宿制学校管理"},
                    {"area": "控辍保学"},
                    {"area": "校车安全"},
                ],
            }
            text = "\n".join(body_lines(render(data, tmp_path, f"so-{level}-{seed}")))
            if "规范办学行为，推动" in text:
                found.append(f"{level} {seed}: 规范办学行为")
            if "明确责任分工，推动" in text and "分工" not in text.replace(
                "明确责任分工，推动", ""
            ):
                found.append(f"{level} {seed}: 明确责任分工")
    assert not found, found


def test_teachers_day_sections_and_hopes_claim_nothing_wrong(tmp_path: Path) -> None:
    """Its sections are not all 尊师重教 (留守儿童, 教研); a plan's later year is no 新起点."""
    found = []
    for year in (2027, 2028, 2029, 2030):
        for seed in (1, 2, 3):
            data = {
                "kind": "teachers_day",
                "meeting": {"date": f"{year}-09-09"},
                "region": {"level": "county", "name": "清河"},
                "speaker": {"title": "县委书记"},
                "seed": seed,
                "duration_minutes": 25,
                "priorities": [{"area": "留守儿童关爱"}, {"area": "教研"}, {"area": "乡村教师"}],
            }
            text = "\n".join(body_lines(render(data, tmp_path, f"td-{year}-{seed}")))
            if "围绕尊师重教，要抓好" in text:
                found.append(f"{year} {seed}: 围绕尊师重教")
            if PHASE_START.search(text):
                found.append(f"{year} {seed}: {PHASE_START.search(text).group()}")  # type: ignore[union-attr]
    assert not found, found


def test_a_plain_funding_safeguard_is_not_said_as_performance_management() -> None:
    bank = load_phrasebank(builtin_templates_dir())
    area = bank.find_safeguard("经费保障")
    assert area is not None
    picked = {
        family.key
        for seed in range(40)
        if (family := choose_family(area.families, "经费保障", frozenset(), random.Random(seed)))
    }
    assert picked and "performance" not in picked, picked
    named = choose_family(area.families, "预算绩效管理", frozenset(), random.Random(1))
    assert named is not None and named.key == "performance"
