"""The data flow, stage by stage: profile → context → markup → document → files."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from speechdraft.context import CHARS_PER_MINUTE, SpeechContext, build_context
from speechdraft.document import Document
from speechdraft.docx_writer import write_docx
from speechdraft.errors import Problem, ProfileError
from speechdraft.messages import did_you_mean
from speechdraft.output import write_atomically
from speechdraft.phrasebank import PhraseBank, load_phrasebank
from speechdraft.profile import LoadedProfile, load_profile
from speechdraft.render import render_speech
from speechdraft.resources import builtin_templates_dir
from speechdraft.structure import parse_markup
from speechdraft.text_writer import to_text

MAX_DENSITY = 4  # supporting sentences per section at most


@dataclass(frozen=True)
class Draft:
    loaded: LoadedProfile
    context: SpeechContext
    document: Document
    notes: tuple[str, ...]

    @property
    def chars(self) -> int:
        return self.document.char_count()

    @property
    def minutes(self) -> float:
        return self.chars / CHARS_PER_MINUTE

    @property
    def placeholder_count(self) -> int:
        return len(self.document.placeholders())


def template_dirs(user_dir: Path | None = None) -> tuple[Path, ...]:
    builtin = builtin_templates_dir()
    return (user_dir, builtin) if user_dir else (builtin,)


def build_draft(path: Path, *, seed: int | None = None, templates: Path | None = None) -> Draft:
    """Loads, checks and renders one profile into a Document of about the asked length."""
    loaded = load_profile(path)
    bank = load_phrasebank(builtin_templates_dir())
    problems = catalog_problems(loaded, bank)
    if problems:
        raise ProfileError(str(path), problems)
    context = build_context(loaded, bank, seed)
    document = fit_length(context, template_dirs(templates))
    return Draft(loaded, context, document, tuple(catalog_notes(loaded, bank)))


def fit_length(context: SpeechContext, dirs: tuple[Path, ...]) -> Document:
    """Renders with more or fewer supporting sentences; keeps the one nearest the target."""
    best: Document | None = None
    for density in range(MAX_DENSITY + 1):
        markup = render_speech(context.with_density(density), dirs)
        document = parse_markup(markup, context.kind.numbering)
        if best is None or _distance(document, context) < _distance(best, context):
            best = document
        if document.char_count() >= context.target_chars:
            break  # more sentences only move further away
    assert best is not None
    return best


def _distance(document: Document, context: SpeechContext) -> int:
    return abs(document.char_count() - context.target_chars)


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


def validate_profile(path: Path) -> LoadedProfile:
    """Everything render would check, without rendering."""
    loaded = load_profile(path)
    problems = catalog_problems(loaded, load_phrasebank(builtin_templates_dir()))
    if problems:
        raise ProfileError(str(path), problems)
    return loaded


def write_draft(draft: Draft, path: Path, *, fonts: str | None = None, force: bool = False) -> None:
    """Writes .txt for a .txt path, else .docx in the profile's (or the given) font preset."""
    if path.suffix.lower() == ".txt":
        text = to_text(draft.document)
        write_atomically(
            path, lambda temp: Path(temp).write_text(text, encoding="utf-8"), force=force
        )
        return
    write_docx(
        draft.document,
        path,
        fonts=fonts or draft.loaded.profile.fonts,
        force=force,
        subject=draft.context.meeting_name,
    )
