"""A part's heading over the clerk's tasks names no work those tasks do not speak of (issue
11's S; round ad's readers: 三要强化督促检查，确保议定事项落到实处 over a leading group's 部门
协同; 三、规范教育教学秩序，以良好开局带动新学年工作 over a school opening's 控辍保学 and
寄宿制学校). A heading naming no one work (加强统筹协调, 聚焦重点任务) still fits any."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from speechdraft.pipeline import build_draft

LEVELS = {"county": "青禾县", "city": "临川市", "province": None}
SEEDS = range(1, 7)


def _write(tmp_path: Path, name: str, data: dict[str, Any]) -> Path:
    if data["region"]["name"] is None:
        del data["region"]["name"]
    path = tmp_path / f"{name}.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def _parts(path: Path, seed: int) -> list[str]:
    document = build_draft(path, seed=seed).document
    return [heading.title for heading in document.headings(level=1)]


@pytest.mark.parametrize("level", LEVELS)
@pytest.mark.parametrize(
    "safeguards", [["部门协同"], ["部门协同", "营造氛围"], [{"area": "部门协同", "points": []}]]
)
def test_a_leading_groups_third_part_promises_no_checks_its_safeguards_do_not_make(
    tmp_path: Path, level: str, safeguards: list[Any]
) -> None:
    heads = {"county": "县委书记", "city": "市委书记", "province": "省委副书记"}
    for seed in SEEDS:
        data: dict[str, Any] = {
            "kind": "leading_group",
            "meeting": {"date": "2027-03-18"},
            "region": {"level": level, "name": LEVELS[level]},
            "speaker": {"title": f"{heads[level]}、教育工作领导小组组长", "name": "周立"},
            "priorities": [
                {"area": "学前教育", "points": ["新建公办幼儿园4所"]},
                {"area": "教师队伍", "points": ["解决乡村教师周转宿舍"]},
            ],
            "safeguards": safeguards,
        }
        parts = _parts(_write(tmp_path, f"lg-{level}-{seed}", data), seed)
        assert len(parts) >= 3, parts
        assert not any(w in parts[2] for w in ("督促检查", "督查", "督办")), (level, seed, parts)


@pytest.mark.parametrize("level", LEVELS)
@pytest.mark.parametrize("month", ["02", "08"])
def test_a_school_openings_order_part_over_other_tasks_promises_no_teaching_order(
    tmp_path: Path, level: str, month: str
) -> None:
    speakers = {"county": "县教育局局长", "city": "市教育局局长", "province": "省教育厅厅长"}
    for seed in SEEDS:
        data: dict[str, Any] = {
            "kind": "school_opening",
            "meeting": {"date": f"2027-{month}-26"},
            "region": {"level": level, "name": LEVELS[level]},
            "speaker": {"title": speakers[level], "name": "周立"},
            "priorities": ["控辍保学", "寄宿制学校"],
        }
        parts = _parts(_write(tmp_path, f"so-{level}-{month}-{seed}", data), seed)
        over = [p for p in parts if "重点" in p or "秩序" in p or "教学" in p or "开好局" in p]
        assert over, parts
        for part in over:
            # the part over 控辍保学 and 寄宿制 names no teaching order alone: a heading on
            # order names the tasks too (稳住教学秩序，抓实本学期重点工作)
            teaching = part.startswith(("规范教育教学秩序", "稳住教学秩序", "抓实教学常规"))
            assert not teaching or "重点" in part, (
                level,
                month,
                seed,
                part,
            )
