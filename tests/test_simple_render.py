"""Wordings whose only code is a few simple expressions are printed without compiling a
Jinja template (render._simple_render); they must print exactly what Jinja prints."""

from __future__ import annotations

from pathlib import Path

import pytest

from speechdraft.compose.render import _compile, _finalize, _simple_render, _Speech, _tokens
from speechdraft.compose.sandbox import make_environment
from speechdraft.phrasebank import load_phrasebank
from speechdraft.pipeline import build_draft
from speechdraft.resources import builtin_templates_dir

ROOT = Path(__file__).resolve().parents[1]
BANK = load_phrasebank(builtin_templates_dir())


def _wordings() -> list[tuple[str, object]]:
    found = []
    for area in (*BANK.areas.values(), *BANK.safeguards.values()):
        for family in area.families:
            for unit in (*family.headings, *family.units):
                found += [(text, area) for text in unit.wordings]
    for units in BANK.frames.values():
        found += [(text, None) for unit in units for text in unit.wordings]
    return [(text, area) for text, area in found if "{{" in text]


@pytest.mark.parametrize("profile", ["county-leader-2025", "province-safety-2028"])
def test_every_simple_wording_prints_what_jinja_prints(profile: str) -> None:
    context = build_draft(ROOT / "profiles" / f"{profile}.yaml").context
    env = make_environment((builtin_templates_dir(),), _finalize)
    simple = 0
    for text, area in _wordings():
        names_for = []
        for _ in range(2):  # a speech each, so that neither sees the other's suggestions
            speech = _Speech(env, context)
            names = {"c": context, "w": context.w, "y": context.y, "suggest": speech.suggest}
            names |= {"norm": speech.norm, **_tokens()}
            if area is not None:
                names["fact"] = speech._fact_fn(area, {})
            names_for.append(names)
        fast = _simple_render(text, names_for[0])
        if fast is None:
            continue
        simple += 1
        assert fast == _compile(env, text).render(**names_for[1]), text
    assert simple > 1500  # most of the bank's code is of the simple forms


def test_other_code_is_left_to_jinja() -> None:
    names = {"w": object(), "fact": lambda key: key}
    assert _simple_render("{% if x %}甲{% endif %}", names) is None
    assert _simple_render("{{ w.all | upper }}", names) is None
    assert _simple_render("{{ fact(key) }}", names) is None  # not a quoted argument
    assert _simple_render("{{ w._secret }}", names) is None
