"""A town's speech names no departments and no 各级 it does not have (round t0's L).

A town's concluding remarks said 各级领导干部要经常到学校去 and 各部门支持教育发展的情况，要纳入
年度考核: a town has 镇直各单位 and 村（社区）, no departments to assess and no levels below.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from speechdraft.pipeline import build_draft

NOT_A_TOWNS = re.compile(r"(?<!上级)各部门|哪个部门|条块分割|各级领导干部")


def _town(kind: str, title: str, seed: int) -> dict[str, Any]:
    return {
        "kind": kind,
        "meeting": {"date": "2031-03-03" if kind != "teachers_day" else "2031-09-09"},
        "region": {"level": "town", "name": "青石镇"},
        "speaker": {"title": title},
        "priorities": [{"area": "学前教育"}, {"area": "教师队伍"}, {"area": "校园安全"}],
        "safeguards": [{"area": "部门协同"}, {"area": "督导评估"}, {"area": "作风建设"}],
        "seed": seed,
    }


@pytest.mark.parametrize(
    ("kind", "title"),
    [
        ("concluding_remarks", "镇党委书记"),
        ("leader_speech", "镇长"),
        ("teachers_day", "镇长"),
        ("work_report", "镇中心学校校长"),
        ("safety", "镇长"),
    ],
)
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_town_speech_names_no_departments(
    tmp_path: Path, kind: str, title: str, seed: int
) -> None:
    path = tmp_path / f"{kind}-{seed}.yaml"
    path.write_text(yaml.safe_dump(_town(kind, title, seed), allow_unicode=True), encoding="utf-8")
    body = "\n".join(build_draft(path).document.spoken_lines())
    assert len(body) > 800
    assert NOT_A_TOWNS.findall(body) == []


SCHOOL_ROUTINE = re.compile(r"家长群|班会|宣传栏|多进课堂|多听课|用书数量|情绪变化|主动谈心")


@pytest.mark.parametrize("kind", ["school_opening", "safety"])
@pytest.mark.parametrize("level", ["province", "autonomous_region"])
@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_a_province_sets_no_school_routine(
    tmp_path: Path, kind: str, level: str, seed: int
) -> None:
    """Round u's L: a 厅 speech told schools to count textbooks, use 家长群, hold 班会 and
    have their leaders sit in on classes; a province reaches schools through 各地."""
    data = {
        "kind": kind,
        "meeting": {"date": "2030-08-26"},
        "region": {"level": level, "name": "河东省" if level == "province" else "广西壮族自治区"},
        "speaker": {"title": "教育厅厅长"},
        "priorities": [{"area": "校园安全"}, {"area": "心理健康"}, {"area": "防溺水"}],
        "seed": seed,
    }
    path = tmp_path / f"{kind}-{level}-{seed}.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    lines = build_draft(path).document.spoken_lines()
    told = [
        s
        for line in lines
        for s in re.split(r"(?<=[。；])", line)
        if SCHOOL_ROUTINE.search(s) and not re.search(r"各地|督促|指导", s)
    ]
    assert told == []
