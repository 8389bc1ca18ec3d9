"""Word sets derived from the genre's tables (genre.py): which place words belong to a
level, and which would be a copy-paste defect in a draft of another level.

The generator's tests and the linter's level-word rule (``check``) use this one set, so a
draft speechdraft writes is held to exactly the rule ``check`` applies to any draft.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from speechdraft.genre import LEVELS, RANK, LevelWords


def own_level_words(words: LevelWords) -> tuple[str, ...]:
    """The words that mark a draft as one level's own: 全县, 我县, 县直各有关部门, 县教育局,
    the 县委、县政府 pair and 教育强县. (A bare 县委 is not among them: a town's speech may
    carry out 县委 decisions.)"""
    return (words.all, words.our, words.direct, words.edu, words.party_gov, words.strong)


def foreign_level_words(level: str) -> dict[str, int]:
    """Words of other levels that must not appear in a draft of ``level`` as its own, each
    with the rank of the highest level it belongs to (a higher level's word may still
    name that superior: 全市教育工作会议精神; the linter decides from the context)."""
    own = set(own_level_words(LEVELS[level]))
    words: dict[str, int] = {}
    for key, other in LEVELS.items():
        for word in own_level_words(other):
            if word not in own:
                words[word] = max(words.get(word, -1), RANK[key])
    return words


# The forms an education organ's name takes (教育局, 教体局, 教育和体育局, 教育科技局…).
_ORGAN_NAME = r"(?:教育|教体|教科)(?:和|与)?(?:体育|科技|科学技术|文体|文化体育)?局"


def township_words(words: LevelWords, region_name: str | None) -> LevelWords:
    """A 乡's own words: 全乡, 乡党委、乡政府, 乡中心学校 (the town table is written with 镇;
    readers found 全镇 in a 乡's draft). Other towns keep the table."""
    if words.key != "town" or not (region_name or "").endswith("乡"):
        return words
    fields = {
        name: getattr(words, name).replace("镇", "乡")
        for name in ("label", "unit", "all", "our", "party", "gov", "edu", "below", "direct")
        + ("group", "four_bodies", "strong")
    }
    fields["label"] = words.label  # the level's name (乡镇) is the same for both
    return replace(words, **fields)


def own_organ(words: LevelWords, texts: Iterable[str]) -> LevelWords:
    """The speaker's own education organ as the profile names it (州教育和体育局, 县教体局),
    where the table would say 州教育局: the first such name of this level in ``texts``."""
    if not words.edu.endswith("教育局"):
        return words  # a 厅 or a 中心学校: named by the table
    pattern = re.compile(re.escape(words.unit) + "(" + _ORGAN_NAME + ")")
    for text in texts:
        if (found := pattern.search(text)) is not None:
            return replace(words, edu=words.unit + found.group(1))
    return words


def names_group(texts: Iterable[str]) -> bool:
    """Whether the profile speaks of an education leading group (a town has one only then)."""
    return any("领导小组" in text for text in texts)
