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
