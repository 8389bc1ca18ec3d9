"""Where each printed figure came from: the profile's ``sources:`` read against the draft.

``collect`` records, for each figure, the value a department reported and the cell it
came from. The review copy shows it as a Word comment on the figure. A figure the clerk
has changed since keeps a comment that says so, with what was reported: the source
survives hand edits without vouching for a number the department never gave.
"""

from __future__ import annotations

from speechdraft.compose.context import SpeechContext, TaskItem
from speechdraft.intake.profile import Profile, Source
from speechdraft.phrasebank import Area, PhraseBank


def figure_notes(profile: Profile, context: SpeechContext, bank: PhraseBank) -> dict[str, str]:
    """Printed figure (as the draft prints it, with its unit) → the comment to put on it.
    Two sources printing the same figure share one comment naming both."""
    notes: dict[str, list[str]] = {}
    for key, source in profile.sources.items():
        printed = _printed(key, context, bank)
        if printed is None:
            continue  # the figure is no longer in the profile: nothing printed to annotate
        notes.setdefault(printed, []).append(_note(key, source, printed))
    return {printed: "\n".join(texts) for printed, texts in notes.items()}


def _note(key: str, source: Source, printed: str) -> str:
    label = key.rsplit("/", 1)[-1]
    where = f"{source.file} · {source.place}"
    reported = str(source.value)
    if reported == printed:
        return f"{label}：{source.department}报送（{where}）"
    return (
        f"{label}：{source.department}原报{reported}（{where}），现为{printed}，已在会议信息中改动"
    )


def _printed(key: str, context: SpeechContext, bank: PhraseBank) -> str | None:
    parts = key.split("/")
    if len(parts) != 3:
        return None
    section, area_name, label = parts
    if section == "review":
        return _review_figure(context, bank.find_area(area_name), area_name, label)
    if section == "priorities":
        return _task_fact(context.priorities, bank.find_area(area_name), label)
    if section == "safeguards":
        return _task_fact(context.safeguards, bank.find_safeguard(area_name), label)
    return None


def _task_fact(tasks: tuple[TaskItem, ...], area: Area | None, label: str) -> str | None:
    if area is None:
        return None
    spec = area.fact(label)
    for task in tasks:
        if task.area is not None and task.area.key == area.key:
            return task.facts.get(spec.key if spec else label)
    return None


def _review_figure(
    context: SpeechContext, area: Area | None, area_name: str, label: str
) -> str | None:
    for item in context.achievements:
        same = item.area.key == area.key if (item.area and area) else item.area_label == area_name
        if same:
            for figure in item.figures:
                if figure.label == label:
                    return figure.value
    return None
