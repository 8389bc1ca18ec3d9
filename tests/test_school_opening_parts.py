"""A school-opening speech says the clerk's safety tasks in its safety part.

The speech has its own parts: 开学准备, 开学安全, 教学秩序和本学期重点工作, 压实责任. Readers of
rounds q and r marked a clerk's 校园安全 or 防溺水 task said under 三、稳住教学秩序, right after
the safety part (eight lines marked S in one draft). These tests render drafts from their own
profiles and read back under which part-one heading each task's words stand.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from point_support import is_said
from speechdraft.document import Heading
from speechdraft.pipeline import build_draft

SAFETY_POINT = "每所学校开学前请消防部门上门检查一次灭火器和疏散通道"
DROWNING_POINT = "沿河学校开学第一周逐班开展防溺水警示教育"
TEACHING_POINT = "开学第一周各学校校长带头推门听课"


def _profile(tmp_path: Path, level: str, seed: int, priorities: list[Any]) -> Path:
    data = {
        "kind": "school_opening",
        "meeting": {"date": "2027-02-22"},
        "region": {"level": level, "name": "青川"},
        "speaker": {"title": "教育局局长"},
        "priorities": priorities,
        "seed": seed,
    }
    path = tmp_path / f"opening-{level}-{seed}.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def _parts(path: Path) -> list[tuple[str, str]]:
    """Each part-one heading with all the text said under it."""
    parts: list[tuple[str, str]] = []
    for block in build_draft(path).document.blocks:
        if isinstance(block, Heading) and block.level == 1:
            parts.append((block.title, ""))
            continue
        if not parts:
            continue
        text = (
            block.title + "".join(r.text for r in block.body)
            if isinstance(block, Heading)
            else block.text
        )
        title, said = parts[-1]
        parts[-1] = (title, said + text)
    return parts


def _part_saying(parts: list[tuple[str, str]], words: str) -> int:
    found = [index for index, (_, said) in enumerate(parts) if is_said(words, said)]
    assert len(found) == 1, (words, [t for t, _ in parts])
    return found[0]


@pytest.mark.parametrize("level", ["county", "district", "city"])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_clerks_safety_tasks_stand_in_the_safety_part(
    tmp_path: Path, level: str, seed: int
) -> None:
    path = _profile(
        tmp_path,
        level,
        seed,
        [
            {"area": "校园安全", "points": [SAFETY_POINT]},
            {"area": "防溺水", "points": [DROWNING_POINT]},
            {"area": "教学常规", "points": [TEACHING_POINT]},
        ],
    )
    parts = _parts(path)
    assert len(parts) == 4, [t for t, _ in parts]
    # part 二 is the safety part; the teaching task stays in part 三
    assert _part_saying(parts, SAFETY_POINT) == 1
    assert _part_saying(parts, DROWNING_POINT) == 1
    assert _part_saying(parts, TEACHING_POINT) == 2


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_part_left_with_no_task_announces_none(tmp_path: Path, seed: int) -> None:
    """Every task a safety one: part 三 keeps its order lines but announces no 重点工作 count
    and asks for no tasks (the clerk gave them; they are said in part 二)."""
    path = _profile(
        tmp_path,
        "county",
        seed,
        [
            {"area": "校园安全", "points": [SAFETY_POINT]},
            {"area": "防溺水", "points": [DROWNING_POINT]},
        ],
    )
    parts = _parts(path)
    teaching = parts[2][1]
    assert not is_said(SAFETY_POINT, teaching) and not is_said(DROWNING_POINT, teaching)
    assert "【待补：本学期的重点任务" not in teaching
    assert not any(word in teaching for word in ("项工作", "个方面", "件事")), teaching
    assert _part_saying(parts, SAFETY_POINT) == 1
