"""What the phrase-bank tests share: the renderer's own test of whether a speaker may say a
unit (phrasebank.sayable, without its bounded cache: these tests ask it of every unit for
every kind × role × level × year), and the place words no bank text may write literally."""

from __future__ import annotations

import datetime
import re
from functools import cache

from speechdraft.genre import LEVELS
from speechdraft.phrasebank import Unit, sayable

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


def admitted(unit: Unit, kind: str, role: str, level: str, day: datetime.date) -> bool:
    """Unit.admitted, as the renderer decides it, with an unbounded cache."""
    return unit.tags.admit(kind, role, level, day.year) and any(
        _sayable(text, role, level, day) for text in unit.wordings
    )
