"""The profile checked against the phrase bank's catalogue of areas and their facts: the
last stage of reading a profile, after the model has validated it on its own."""

from __future__ import annotations

from speechdraft.errors import Problem, ProfileError
from speechdraft.intake.profile import LoadedProfile
from speechdraft.messages import did_you_mean
from speechdraft.phrasebank import PhraseBank


def check_catalogue(loaded: LoadedProfile, bank: PhraseBank) -> None:
    """Raises ProfileError, every problem located, when a fact is unknown to its area."""
    problems = catalog_problems(loaded, bank)
    if problems:
        raise ProfileError(str(loaded.path), problems)


def catalog_problems(loaded: LoadedProfile, bank: PhraseBank) -> list[Problem]:
    """Facts named under a known area that the area does not know: a typo would
    otherwise be silently dropped from the draft."""
    problems: list[Problem] = []
    sections = [
        ("priorities", index, p, bank.find_area(p.area))
        for index, p in enumerate(loaded.profile.priorities)
    ]
    sections += [
        ("safeguards", index, s, bank.find_safeguard(s.area))
        for index, s in enumerate(loaded.profile.safeguards or ())
    ]
    for field, index, item, area in sections:
        if area is None:
            continue
        labels = [f.label for f in area.facts]
        for name in item.facts:
            if area.fact(name) is None:
                guess = did_you_mean(name, labels)
                message = f"“{area.label}”没有“{name}”这项数据" + (
                    f"，是不是“{guess}”？" if guess else f"；可以写：{'、'.join(labels)}"
                )
                message += "（其他内容请写在 points 中）" if not guess else ""
                problems.append(loaded.problem((field, index, "facts", name, "<key>"), message))
    return problems


def catalog_notes(loaded: LoadedProfile, bank: PhraseBank) -> list[str]:
    notes = []
    for priority in loaded.profile.priorities:
        if bank.find_area(priority.area) is None:
            notes.append(f"领域“{priority.area}”不在措辞库目录中，这一节使用通用措辞，请重点修改")
    return notes
