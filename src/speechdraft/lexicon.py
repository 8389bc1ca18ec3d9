"""Word sets derived from the genre's tables (genre.py): which place words belong to a
level, and which would be a copy-paste defect in a draft of another level.

The generator's tests and the linter's level-word rule (``check``) use this one set, so a
draft speechdraft writes is held to exactly the rule ``check`` applies to any draft.
"""

from __future__ import annotations

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
