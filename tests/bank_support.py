"""What the phrase-bank tests share: the renderer's own test of whether a speaker may say a
unit (phrasebank.sayable, without its bounded cache: these tests ask it of every unit for
every kind × role × level × year), and the place words no bank text may write literally."""

from __future__ import annotations

import datetime
import re
from functools import cache

from speechdraft.genre import LEVELS
from speechdraft.phrasebank import Unit, load_phrasebank, sayable
from speechdraft.resources import builtin_templates_dir

TEMPLATE_CODE = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.DOTALL)
# Place words belong in {{ w.… }}: a literal 全县 is wrong in every city draft.
PLACE = re.compile(
    "|".join(
        sorted(
            {
                word
                for words in LEVELS.values()
                for word in (words.all, words.our, words.party, words.gov, words.edu)
            },
            key=len,
            reverse=True,
        )
    )
)

_sayable = cache(sayable.__wrapped__)


def admitted(
    unit: Unit,
    kind: str,
    role: str,
    level: str,
    day: datetime.date,
    situation: frozenset[str] = frozenset(),
) -> bool:
    """Unit.admitted, as the renderer decides it, with an unbounded cache; ``situation``: the
    meeting's situation keys (none by default)."""
    return unit.tags.admit(kind, role, level, day.year, situation) and any(
        _sayable(text, role, level, day) for text in unit.wordings
    )


@cache
def bank_wordings() -> tuple[str, ...]:
    """Every wording of the built-in bank, once each, sorted: the units and headings of areas,
    safeguards and their families, and the frames' units."""
    bank = load_phrasebank(builtin_templates_dir())
    areas = (*bank.areas.values(), *bank.safeguards.values())
    units = [u for a in areas for f in a.families for u in (*f.headings, *f.units)]
    units += [u for slot in bank.frames.values() for u in slot]
    return tuple(sorted({text for unit in units for text in unit.wordings}))
