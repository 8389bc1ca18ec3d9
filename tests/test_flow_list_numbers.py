"""A number written with a thousands comma inside a list in brackets stays one item.

YAML reads [全年培训4,200人次] as two items, 全年培训4 and 200人次: round am's draft said
一是全年教师全员培训4；二是200人次 and 全年要计划新增学位12。…要推动000个落实到位。 The clerk
meant one item; the tool reads one, prints the number without its comma, and says where.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from speechdraft.pipeline import build_draft, validate_profile_text

PROFILE = """\
kind: work_report
meeting: {{date: 2025-03-10}}
region: {{level: county, name: 青溪县}}
speaker: {{title: 县教育局局长, name: 周明}}
targets:
  items: {items}
priorities:
  - area: 教师队伍
    points: [招聘教师1,200,000名, 培训3, 200人次]
"""


def _loaded(items: str) -> object:
    return validate_profile_text(PROFILE.format(items=items), "p.yaml")


def test_a_grouped_number_in_brackets_is_one_item() -> None:
    loaded = _loaded("[全年教师全员培训4,200人次, 新增学位12,000个, 巩固率达到99%]")
    profile = loaded.profile  # type: ignore[attr-defined]
    assert profile.targets.items == [
        "全年教师全员培训4,200人次",
        "新增学位12,000个",
        "巩固率达到99%",
    ]
    # three groups of a million are one item too; a comma with a space is the clerk's own split
    assert profile.priorities[0].points == ["招聘教师1,200,000名", "培训3", "200人次"]


def test_the_clerk_is_told_where_and_how_to_write_it() -> None:
    loaded = _loaded("[全年教师全员培训4,200人次, 巩固率达到99%]")
    messages = [(w.line, w.column, w.path, w.message) for w in loaded.warnings]  # type: ignore[attr-defined]
    split = [m for m in messages if "被逗号拆开了" in m[3]]
    assert [(line, path) for line, _c, path, _m in split] == [
        (6, "targets.items[0]"),
        (9, "priorities[0].points[0]"),
    ]
    assert "全年教师全员培训4200人次" in split[0][3] and "加上引号" in split[0][3]
    assert "招聘教师1200000名" in split[1][3]


@pytest.mark.parametrize(
    "items",
    ['["学位3,000个", 巩固率达到99%]', "[学位3, 000个]", "[高中4,二中200人]", "[目标2024,2025年]"],
)
def test_what_is_not_a_split_number_is_left_alone(items: str) -> None:
    loaded = _loaded(items)
    warned = [w.path for w in loaded.warnings if "被逗号拆开了" in w.message]  # type: ignore[attr-defined]
    assert warned == ["priorities[0].points[0]"]  # the profile's own 1,200,000 only


def test_the_draft_says_the_number_whole(tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    path.write_text(PROFILE.format(items="[全年教师全员培训4,200人次]"), encoding="utf-8")
    text = "".join(build_draft(path, seed=1).document.spoken_lines())
    assert "全年教师全员培训4200人次" in text
    assert "200人次。" not in text.replace("4200人次", "")
