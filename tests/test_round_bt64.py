"""Round bt's readers' lines fixed at stop 64 (issue 11): a form's column named as an area
(教师队伍基本情况, 教师代表事迹, 今年目标完成情况) claims no progress of its own (二是教师代表事迹工作扎实
推进, G R), and three stock lines that promised what nobody decided (A): a procedure for the
rules adopted (按程序报批后实施), a bureau's 列入项目计划, a school head telling villages to run
kindergartens."""

from __future__ import annotations

from pathlib import Path

import pytest

from speechdraft.compose.context import ODDS_AREA


@pytest.mark.parametrize(
    "label", ["教师队伍基本情况", "教师代表事迹", "今年目标完成情况", "今年目标"]
)
def test_a_forms_column_is_no_work_to_claim_progress_of(label: str) -> None:
    assert ODDS_AREA.match(label)


@pytest.mark.parametrize("label", ["学前教育", "教师队伍建设", "校园安全", "控辍保学"])
def test_a_work_is_still_a_work(label: str) -> None:
    assert not ODDS_AREA.match(label)


def _wordings() -> str:
    root = Path(__file__).resolve().parents[1] / "templates" / "phrases"
    return "\n".join(
        line
        for p in root.rglob("*.yaml")
        for line in p.read_text(encoding="utf-8").splitlines()
        if not line.strip().startswith("#")
    )


def test_no_stock_line_promises_a_procedure_a_project_or_a_villages_kindergarten() -> None:
    said = _wordings()
    assert "按程序报批后实施" not in said and "修改完善后按程序报审" not in said
    assert "列入项目计划，积极争取资金支持" not in said
    assert "逐校摸清寄宿制学校" not in said


def test_a_school_head_does_not_tell_villages_to_run_kindergartens() -> None:
    import yaml

    root = Path(__file__).resolve().parents[1] / "templates" / "phrases" / "areas"
    data = yaml.safe_load((root / "preschool.yaml").read_text(encoding="utf-8"))
    units: list[dict[str, list[str]]] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            texts = node.get("text")
            if isinstance(texts, list) and any("办好幼儿园或附设班" in str(t) for t in texts):
                units.append(node)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(data)
    in_towns = [u for u in units if "town" in u.get("levels", ["town"])]
    assert in_towns
    assert all("bureau_chief" not in u.get("roles", ["bureau_chief"]) for u in in_towns)
