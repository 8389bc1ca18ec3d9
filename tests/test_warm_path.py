"""What a warm draft works out once instead of again (issue 13, branch speed17): the same
answers as working each out afresh, over drafts of every kind, so that no draft changes.

The profiles are written here, for these tests: two levels of place, a rich and a thin
profile of each kind, a few seeds.
"""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from speechdraft import pipeline
from speechdraft.compose import assemble, render
from speechdraft.compose.context import build_context
from speechdraft.compose.padding import Padding, only_pads
from speechdraft.compose.render import render_speech
from speechdraft.markup import Levelled
from speechdraft.phrasebank import Unit, load_phrasebank
from speechdraft.resources import builtin_templates_dir

_WORD = {"county": "县", "city": "市"}
_SPEAKERS = {
    "leader_speech": "{p}委副书记",
    "work_report": "{p}教育局局长",
    "concluding_remarks": "副{p}长",
    "leading_group": "{p}委书记、{p}委教育工作领导小组组长",
    "teachers_day": "{p}长",
    "school_opening": "{p}教育局局长",
    "safety": "副{p}长",
}
_DATES = {"teachers_day": "2028-09-08", "school_opening": "2028-08-28", "safety": "2028-04-20"}


def _profile(kind: str, level: str, rich: bool) -> dict[str, Any]:
    p = _WORD[level]
    profile: dict[str, Any] = {
        "kind": kind,
        "meeting": {"date": _DATES.get(kind, "2028-02-24")},
        "region": {"level": level, "name": "青岚"},
        "speaker": {"title": _SPEAKERS[kind].format(p=p), "name": "周衡"},
        "duration_minutes": 40 if rich else 20,
    }
    if not rich:
        return profile
    if kind == "safety":
        profile["priorities"] = [
            {"area": "校园安全与平安校园建设", "points": ["五月底前完成校舍抗震排查"]},
            "交通安全",
            "防溺水",
        ]
    elif kind == "teachers_day":
        profile["priorities"] = ["教师队伍建设与师德师风", "乡村教师"]
    else:
        profile["priorities"] = [
            {"area": "学前教育普及普惠", "points": ["新建公办幼儿园3所"]},
            "义务教育优质均衡",
            {"area": "职业教育与产教融合", "points": ["新增订单班6个"]},
            "控辍保学与学生资助",
            "校园安全与平安校园建设",
        ]
        profile["safeguards"] = ["加强组织领导", "强化经费保障"]
    profile["review"] = {"problems": ["城区学校大班额尚未全部消除", "乡村教师结构性缺编"]}
    return profile


_CASES = [
    (kind, level, rich, seed)
    for kind in _SPEAKERS
    for level in _WORD
    for rich in (True, False)
    for seed in (1, 5)
]


def _levels(kind: str, level: str, rich: bool, seed: int) -> Levelled:
    text = yaml.safe_dump(_profile(kind, level, rich), allow_unicode=True)
    loaded = pipeline.validate_profile_text(text, f"{kind}-{level}.yaml")
    context = build_context(loaded, pipeline.phrasebank(), seed)
    dirs = pipeline.template_dirs(None)
    return Levelled(render_speech(context.with_density(pipeline.MAX_DENSITY), dirs, marked=True))


@pytest.mark.parametrize(("kind", "level", "rich", "seed"), _CASES)
def test_the_padding_record_grown_level_by_level_answers_as_a_new_one(
    kind: str, level: str, rich: bool, seed: int
) -> None:
    """Padding.only_pads, asked of the levels upwards as the fitter asks them (one record
    grown by each level's new sentences), answers every pair as only_pads does with a new
    record; and the pairs asked include padding and non-padding ones over all cases."""
    marked = _levels(kind, level, rich, seed)
    padding = Padding()
    below = marked.at(pipeline.FIRST_PADDED - 1)
    asked = 0
    for density in range(pipeline.FIRST_PADDED, pipeline.MAX_DENSITY + 1):
        markup = marked.at(density)
        if markup != below:
            assert padding.only_pads(below, markup) == only_pads(below, markup), density
            asked += 1
        below = markup
    # and out of order: a lower level after a higher one starts a new record
    top, low = marked.at(pipeline.MAX_DENSITY), marked.at(pipeline.FIRST_PADDED)
    assert padding.only_pads(low, top) == only_pads(low, top)
    assert asked


def test_a_record_is_started_afresh_when_the_lower_level_drops_a_sentence() -> None:
    """A record is grown only from a lower level that keeps every sentence it holds: a
    sentence recorded before and missing now no longer counts as said."""
    said = "要在今年秋季学期前完成宿舍消防设施的检修。\n"
    other = "各学校要在开学前配齐生活教师和宿管人员。\n"
    again = "今年秋季学期前，各校要完成宿舍消防设施的检修。\n"
    padding = Padding()
    assert padding.only_pads(said, said + again)  # most of its wording was said
    # the same sentence above a level without the one it repeats is no padding
    assert not padding.only_pads(other, other + again)
    assert not only_pads(other, other + again)


def _bank_units() -> list[Unit]:
    bank = load_phrasebank(builtin_templates_dir())
    areas = (*bank.areas.values(), *bank.safeguards.values())
    units = [u for a in areas for f in a.families for u in (*f.headings, *f.units)]
    return units + [u for slot in bank.frames.values() for u in slot]


def test_a_units_kept_answers_are_worked_out_from_its_wordings() -> None:
    """The answers kept by a unit's wordings (assemble.step_of, render._says: asked of a
    section's every piece and a slot's every unit in every draft) are those the rule gives
    each unit of the bank, asked afresh; and every rule answers yes of some unit."""
    units = _bank_units()
    assert len(units) > 3000
    patterns = [*render._POINTS_BACK.values(), render._SPEAKERS_MANY]
    found = dict.fromkeys(range(len(patterns)), 0)
    steps = 0
    for unit in units:
        named = [
            i for t in unit.wordings for i, step in enumerate(assemble.STEPS) if step.search(t)
        ]
        assert assemble.step_of(unit) == (min(named) if named else None), unit.text
        steps += bool(named)
        for n, pattern in enumerate(patterns):
            said = any(pattern.search(text) for text in unit.wordings)
            assert render._says(pattern, unit.wordings) == said, (pattern.pattern, unit.text)
            found[n] += said
    assert steps and all(found.values()), found
