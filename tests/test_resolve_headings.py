"""A clerk's area named as a resolve and its deed (坚决遏制学生溺水事故, 下大力气化解城区大班额,
科学应对学龄人口变化) is a clause already: it is the heading, never wrapped in 切实做好…工作 or given a
second verb (round al's G: （一）切实做好坚决遏制学生溺水事故工作, （二）控制下大力气化解城区大班额,
认真做好科学应对学龄人口变化工作). The profile is this file's own."""

from __future__ import annotations

import pytest

from _matrix import spoken
from speechdraft.compose.render import own_headings


@pytest.mark.parametrize(
    "label",
    [
        "坚决遏制学生溺水事故",
        "下大力气化解城区大班额",
        "科学应对学龄人口变化",
        "积极稳妥推进县管校聘",
    ],
)
def test_a_resolve_and_its_deed_is_its_own_heading(label: str) -> None:
    assert own_headings(label) == (label,)


@pytest.mark.parametrize("label", ["学前教育", "燃气安全", "全面改薄"])
def test_a_name_without_a_resolve_still_takes_a_verb(label: str) -> None:
    assert all(heading != label for heading in own_headings(label))


_PROFILE = {
    "kind": "safety",
    "meeting": {"date": "2030-06-20"},
    "region": {"level": "county", "name": "青川"},
    "speaker": {"title": "副县长"},
    "priorities": [
        {"area": "坚决遏制学生溺水事故", "points": ["沿河村组落实巡河看护人员"]},
        {"area": "下大力气化解城区大班额"},
    ],
}


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_draft_says_the_clerks_clause_as_the_heading(seed: int) -> None:
    text = spoken(_PROFILE, seed)
    assert "坚决遏制学生溺水事故" in text
    assert "做好坚决遏制" not in text and "控制下大力气" not in text
