"""Defects that the property tests met only at other seeds (found when branch turn34 changed
how seeds choose wordings): each said here whatever the seed."""

from __future__ import annotations

from pathlib import Path

import yaml

from speechdraft.compose.render import plan_not_dated

ROOT = Path(__file__).resolve().parents[1]


def test_a_frames_own_plan_is_not_said_twice_before_a_planned_figure() -> None:
    source = '今年计划配备专职思政课教师{{ fact("ideology_teachers") }}，做到思政课教师专职为主。'
    said = plan_not_dated(source, {"ideology_teachers"})
    assert said.startswith('计划配备专职思政课教师{{ fact("ideology_teachers") }}')
    assert "计划计划" not in said
    # a frame's 今年 before a listed deed is still said 计划 (round ap's A)
    said = plan_not_dated('今年新建幼儿园{{ fact("new_kindergartens") }}。', {"new_kindergartens"})
    assert said == '计划新建幼儿园{{ fact("new_kindergartens") }}。'


def test_every_endorsement_of_an_unwritten_agenda_agrees() -> None:
    """A concluding speech endorses what preceded even where the clerk has not written it
    (round v's S): every wording of the slot says 同意, whichever a seed takes."""
    frames = yaml.safe_load(
        (ROOT / "templates/phrases/frames/concluding_remarks.yaml").read_text(encoding="utf-8")
    )
    wordings = _slot(frames, "concluding_remarks.agree_unknown")
    assert len(wordings) >= 6
    assert all("同意" in w for w in wordings), [w for w in wordings if "同意" not in w]
    assert all("议程" not in w for w in wordings)  # what was said is agreed to, not the agenda


def _slot(data: object, name: str) -> list[str]:
    if isinstance(data, dict):
        if name in data:
            return [w if isinstance(w, str) else w["text"] for w in data[name]]
        for value in data.values():
            found = _slot(value, name)
            if found:
                return found
    return []
