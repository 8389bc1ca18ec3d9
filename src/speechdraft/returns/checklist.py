"""The fact-gathering checklist: what a clerk must collect from departments for a draft.

Built from the same sources the draft uses: the profile model's Chinese field
descriptions (general items) and the phrase bank's declared facts (per area), so the
checklist and the draft can never disagree about what is needed.
"""

from __future__ import annotations

from speechdraft.document import Checklist, ChecklistRow, ChecklistSection
from speechdraft.errors import SpeechdraftError
from speechdraft.genre import DEFAULT_PRIORITIES, DEFAULT_SAFEGUARDS, KINDS
from speechdraft.intake.profile import Profile, Review, Speaker, Targets
from speechdraft.messages import did_you_mean
from speechdraft.phrasebank import Area, PhraseBank

__all__ = ["Checklist", "ChecklistRow", "ChecklistSection", "build_checklist"]


GENERAL_SOURCE = "办公室"


def build_checklist(bank: PhraseBank, kind: str, priorities: list[str] | None = None) -> Checklist:
    areas = _areas(bank, kind, priorities)
    safeguards = [bank.safeguards[key] for key in DEFAULT_SAFEGUARDS[kind]]
    sections = [_general_section()]
    sections += [_area_section(area, "重点任务") for area in areas]
    sections += [_area_section(area, "保障措施") for area in safeguards if area.facts]
    return Checklist(f"讲话材料收集清单（{KINDS[kind].label}）", tuple(sections))


def _areas(bank: PhraseBank, kind: str, names: list[str] | None) -> list[Area]:
    if not names:
        return [bank.areas[key] for key in DEFAULT_PRIORITIES[kind]]
    areas = []
    for name in names:
        area = bank.find_area(name)
        if area is None:
            guess = did_you_mean(name, [a.label for a in bank.areas.values()])
            hint = f"是不是“{guess}”？" if guess else "可用的领域见 templates/phrases/areas/。"
            raise SpeechdraftError(f"措辞库中没有“{name}”这个领域。{hint}")
        areas.append(area)
    return areas


def _general_section() -> ChecklistSection:
    """Items every draft needs, worded by the profile model's own descriptions."""
    fields = [
        (Speaker, "name", True),
        (Speaker, "title", True),
        (Profile, "preceding", False),
        (Review, "achievements", True),
        (Review, "problems", True),
        (Targets, "guideline", True),
        (Targets, "items", True),
    ]
    rows = tuple(
        ChecklistRow(model.model_fields[name].description or name, "", GENERAL_SOURCE, required)
        for model, name, required in fields
    )
    return ChecklistSection("综合情况", rows)


def _area_section(area: Area, group: str) -> ChecklistSection:
    rows = tuple(ChecklistRow(f.label, f.unit, f.source, f.required) for f in area.facts)
    rows += (ChecklistRow(f"{area.label}：今年的具体举措、时间节点和责任单位", "", "", False),)
    return ChecklistSection(f"{group}：{area.label}", rows)
