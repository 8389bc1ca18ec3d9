"""The render's questions answered by sets, not searches (issue 13, branch speed18): each
answer is the one the search gives, over every wording of the bank and over drafts of every
kind, level and a few seeds, so that no draft changes.

The profiles are written here, for these tests.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
import yaml

from speechdraft import pipeline
from speechdraft.compose import render, restate
from speechdraft.compose.restate import HEADING_ECHO, Said, echo_grams
from speechdraft.phrasebank import load_phrasebank
from speechdraft.resources import builtin_templates_dir

_NOT_HAN = re.compile(r"[^\u4e00-\u9fff]+")
_CODE = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.DOTALL)
_NUMBERING = re.compile(r"^(?:（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、)")


def _characters(text: str) -> str:
    return _NOT_HAN.sub("", _CODE.sub("|", text))


def _heading_characters(text: str) -> str:
    return _NOT_HAN.sub("", _NUMBERING.sub("", _CODE.sub("", text)))


def _echoes_by_search(heading: str, text: str) -> bool:
    """The heading echo as a search of each run of the heading in the wording (main's rule)."""
    said = _characters(text)
    windows = [heading[i : i + HEADING_ECHO] for i in range(len(heading) - HEADING_ECHO + 1)]
    return any(window in said for window in windows)


def _bank() -> tuple[list[str], list[str]]:
    """Every wording of the built-in bank, and every heading's."""
    bank = load_phrasebank(builtin_templates_dir())
    areas = (*bank.areas.values(), *bank.safeguards.values())
    families = [f for a in areas for f in a.families]
    units = [u for f in families for u in f.units]
    units += [u for slot in bank.frames.values() for u in slot]
    headings = sorted({w for f in families for h in f.headings for w in h.wordings})
    wordings = sorted({w for u in units for w in u.wordings} | set(headings))
    return wordings, headings


def test_a_wordings_runs_hold_a_heading_run_exactly_when_the_search_finds_one() -> None:
    """echo_grams: a run of the heading is in a wording's characters exactly when the
    wording's runs and the heading's share one, over every wording of the bank against
    every heading that shares a character pair with it (and a few that share none)."""
    wordings, headings = _bank()
    assert len(wordings) > 5000 and len(headings) > 300
    runs = {h: _heading_characters(h) for h in headings}
    by_pair: dict[str, set[str]] = {}
    for heading, chars in runs.items():
        for i in range(len(chars) - 1):
            by_pair.setdefault(chars[i : i + 2], set()).add(heading)
    found = 0
    for n, text in enumerate(wordings):
        chars = _characters(text)
        near = {h for i in range(len(chars) - 1) for h in by_pair.get(chars[i : i + 2], ())}
        near |= set(headings[n % len(headings) :: 97])
        grams = echo_grams(chars)
        for heading in near:
            by_search = _echoes_by_search(runs[heading], text)
            assert (not grams.isdisjoint(echo_grams(runs[heading]))) == by_search, (
                heading,
                text,
            )
            found += by_search
    assert found > 1000  # the yes answers are asked too, not only the no ones
    assert echo_grams("扎实推进") == frozenset()  # shorter than a run: no window at all


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
_DATES = {"teachers_day": "2029-09-07", "school_opening": "2029-08-30", "safety": "2029-05-10"}


def _profile(kind: str, level: str) -> dict[str, Any]:
    p = _WORD[level]
    profile: dict[str, Any] = {
        "kind": kind,
        "meeting": {"date": _DATES.get(kind, "2029-03-02")},
        "region": {"level": level, "name": "云岭"},
        "speaker": {"title": _SPEAKERS[kind].format(p=p), "name": "林舟"},
        "duration_minutes": 35,
    }
    if kind == "safety":
        profile["priorities"] = ["校园安全与平安校园建设", "防溺水", "食品安全"]
    elif kind == "teachers_day":
        profile["priorities"] = ["教师队伍建设与师德师风", "乡村教师"]
    else:
        profile["priorities"] = [
            {"area": "义务教育优质均衡", "points": ["新建改扩建学校4所"]},
            "学前教育普及普惠",
            "校园安全与平安校园建设",
        ]
        profile["safeguards"] = ["加强组织领导"]
    return profile


class _Watched(Said):
    """The record, each repeats() answer checked against the heading echo by search and
    the record's other tests, worked out afresh."""

    asked = 0
    echoed = 0

    def _repeats(self, text: str) -> bool:
        answer = super()._repeats(text)
        wording = self._wording(text)
        echo = bool(self.heading) and _echoes_by_search(self.heading, text)
        live = (
            text in self._repeating
            or echo
            or not wording.ideas.isdisjoint(self.ideas)
            or self._similar(wording)
            or self._same_wording(wording)
        )
        assert answer == live, (self.heading, text)
        type(self).asked += 1
        type(self).echoed += echo
        return answer


@pytest.mark.parametrize("kind", sorted(_SPEAKERS))
def test_a_drafts_repeats_answers_as_the_search_does(
    kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Over drafts of every kind, both levels and two seeds: each answer of Said.repeats
    (the heading echo by sets) is the one the windows search and the record's tests give."""
    monkeypatch.setattr(render, "Said", _Watched)
    _Watched.asked = _Watched.echoed = 0
    for level in _WORD:
        text = yaml.safe_dump(_profile(kind, level), allow_unicode=True)
        loaded = pipeline.validate_profile_text(text, f"{kind}-{level}.yaml")
        for seed in (2, 9):
            pipeline.draft_of(loaded, seed=seed)
    assert _Watched.asked > 300
    assert restate.Said is not _Watched  # the module's own record is left as it was


def test_the_heading_echo_is_asked_yes_in_some_draft(monkeypatch: pytest.MonkeyPatch) -> None:
    """The echo's yes answers are reached in drafts (the test above asks both answers)."""
    monkeypatch.setattr(render, "Said", _Watched)
    _Watched.asked = _Watched.echoed = 0
    for kind in ("work_report", "safety", "leader_speech"):
        for level in _WORD:
            text = yaml.safe_dump(_profile(kind, level), allow_unicode=True)
            pipeline.draft_of(pipeline.validate_profile_text(text, f"{kind}.yaml"), seed=4)
    assert _Watched.echoed > 0


@pytest.mark.parametrize("kind", ["work_report", "safety"])
def test_a_key_task_is_told_from_a_safeguard_by_identity(
    kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """_is_priority (kept as the key tasks' ids) answers as the search by identity, for
    every task a draft asks about, the context replaced on the way included."""
    asked: list[bool] = []
    original = render._Speech._is_priority

    def checked(self: Any, item: Any) -> bool:
        answer = original(self, item)
        assert answer == any(item is task for task in self.ctx.priorities)
        asked.append(answer)
        return answer

    monkeypatch.setattr(render._Speech, "_is_priority", checked)
    text = yaml.safe_dump(_profile(kind, "county"), allow_unicode=True)
    pipeline.draft_of(pipeline.validate_profile_text(text, f"{kind}.yaml"), seed=3)
    assert True in asked and False in asked


def _named_by_search(area: Any, texts: tuple[str, ...]) -> frozenset[str]:
    return frozenset(
        family.key
        for family in area.families
        if any(len(alias) >= 2 and alias in text for alias in family.aliases for text in texts)
    )


def test_the_sub_topics_a_text_names_are_kept_as_found() -> None:
    """families_named (kept by area and texts): asked twice of every unit's wordings and
    every single wording of every area, the kept answer is the search's, and some are not
    empty."""
    bank = load_phrasebank(builtin_templates_dir())
    named = 0
    for area in (*bank.areas.values(), *bank.safeguards.values()):
        for family in area.families:
            for unit in (*family.headings, *family.units):
                asked = [tuple(unit.wordings), *((w,) for w in unit.wordings)]
                for texts in asked * 2:
                    found = render.families_named(area, texts)
                    assert found == _named_by_search(area, texts), (area.key, texts)
                    named += bool(found)
    assert named > 500
    assert render.families_named(None, ("义务教育",)) == frozenset()
