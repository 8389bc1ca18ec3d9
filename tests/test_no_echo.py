"""No word is said twice in a row where a frame's words meet the clerk's.

Round t0's reader marked 二是全县全县财政性教育经费支出达到6.8亿元 (the review lead said the
place, and so did the clerk's figure label) and 一是要高标准迎接迎接国家均衡评估 (a heading frame's
verb before the clerk's 迎接国家均衡评估). A doubled word the clerk typed (各乡镇乡镇长) is the
clerk's and stays.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from speechdraft.pipeline import build_draft

ROOT = Path(__file__).resolve().parents[1]
# 2–4 characters said twice in a row; 一项一项, 一件一件 are how officials speak
DOUBLED = re.compile(r"(?!一)([\u4e00-\u9fff]{2,4})\1")

PLACE = {"county": "全县", "district": "全区", "city": "全市", "banner": "全旗"}


def _doubles_not_typed(path: Path, seed: int) -> list[str]:
    typed = path.read_text(encoding="utf-8")
    spoken = "\n".join(build_draft(path, seed=seed).document.spoken_lines())
    return [m.group() for m in DOUBLED.finditer(spoken) if m.group() not in typed]


def _write(tmp_path: Path, name: str, data: dict[str, Any]) -> Path:
    path = tmp_path / f"{name}.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


@pytest.mark.parametrize("level", sorted(PLACE))
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_figure_label_naming_the_place_is_not_given_it_twice(
    tmp_path: Path, level: str, seed: int
) -> None:
    place = PLACE[level]
    data = {
        "kind": "leader_speech",
        "meeting": {"date": "2027-02-23"},
        "region": {"level": level, "name": "青川"},
        "speaker": {"title": "书记"},
        "review": {
            "achievements": [
                {"area": "教育经费", "figures": {f"{place}财政性教育经费支出": "6.8亿元"}},
                {"area": "教育质量", "figures": {"高考本科上线": "1,028人"}},
            ]
        },
        "priorities": ["学前教育", "义务教育"],
        "seed": seed,
    }
    path = _write(tmp_path, f"echo-{level}-{seed}", data)
    spoken = "\n".join(build_draft(path).document.spoken_lines())
    assert f"{place}财政性教育经费支出" in spoken
    assert place + place not in spoken
    assert _doubles_not_typed(path, seed) == []


@pytest.mark.parametrize("kind", ["leading_group", "leader_speech", "work_report"])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_priority_that_starts_with_its_verb_keeps_one(
    tmp_path: Path, kind: str, seed: int
) -> None:
    data = {
        "kind": kind,
        "meeting": {"date": "2016-06-20"},
        "region": {"level": "city", "name": "青川"},
        "speaker": {"title": "市委书记" if kind != "work_report" else "市教育局局长"},
        "priorities": ["迎接国家均衡评估", "学前教育"],
        "seed": seed,
    }
    path = _write(tmp_path, f"greet-{kind}-{seed}", data)
    spoken = "\n".join(build_draft(path).document.spoken_lines())
    assert "国家均衡评估" in spoken
    assert "迎接迎接" not in spoken
    assert _doubles_not_typed(path, seed) == []


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("path", sorted((ROOT / "profiles").glob("*.yaml")), ids=lambda p: p.stem)
def test_the_shipped_profiles_say_no_word_twice_in_a_row(path: Path, seed: int) -> None:
    assert _doubles_not_typed(path, seed) == []


@pytest.mark.parametrize("label", ["学生心理健康", "心理健康"])
def test_a_heading_frame_does_not_say_the_names_first_word_again(label: str) -> None:
    # 重视学生{} over the clerk's 学生心理健康 gave 重视学生学生心理健康 (the merged tree of
    # the fourth session, district report, seed 1)
    from speechdraft.compose.render import headings_by_kind

    headings = headings_by_kind(label)
    assert "重视学生心理健康" in headings
    assert not [h for h in headings if DOUBLED.search(h)]
