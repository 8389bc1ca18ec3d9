"""The area catalogue as the form offers it: each area with the facts it can use (unit,
required, the department that usually supplies it) and the keys a clerk may type to find
it: the label, its aliases, and their pinyin in full and by initials (学前 ← xq, xueqian)."""

from __future__ import annotations

from functools import cache
from typing import Any

from pypinyin import Style, lazy_pinyin

from speechdraft.phrasebank import Area
from speechdraft.pipeline import phrasebank


@cache
def catalog() -> dict[str, list[dict[str, Any]]]:
    bank = phrasebank()
    return {
        "areas": [_entry(area) for area in bank.areas.values()],
        "safeguards": [_entry(area) for area in bank.safeguards.values()],
    }


def _entry(area: Area) -> dict[str, Any]:
    names = [area.label, *area.aliases]
    return {
        "key": area.key,
        "label": area.label,
        "aliases": list(area.aliases),
        "search": " ".join(names + [_pinyin(name) for name in names]).lower(),
        "facts": [
            {
                "label": f.label,
                "unit": f.unit,
                "source": f.source,
                "required": f.required,
                "exists": area.counts_what_exists(f),
                "new_works": f.new_works,
            }
            for f in area.facts
        ],
    }


def _pinyin(text: str) -> str:
    """Full pinyin and initials, run together: 学前教育 → xueqianjiaoyu xqjy."""
    syllables = lazy_pinyin(text, errors="ignore")
    initials = lazy_pinyin(text, style=Style.FIRST_LETTER, errors="ignore")
    return "".join(syllables) + " " + "".join(initials)
