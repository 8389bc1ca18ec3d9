"""The data flow, stage by stage: profile → context → markup → document → files."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from speechdraft.compose.context import SpeechContext, build_context
from speechdraft.compose.render import render_speech
from speechdraft.compose.structure import parse_markup
from speechdraft.document import Checklist, Document
from speechdraft.errors import SpeechdraftError
from speechdraft.genre import CHARS_PER_MINUTE, DEFAULT_KIND
from speechdraft.intake.catalogue import catalog_notes, check_catalogue
from speechdraft.intake.plausibility import with_plausibility_warnings
from speechdraft.intake.profile import LoadedProfile, load_profile, load_profile_text
from speechdraft.intake.yamlfile import decode_profile
from speechdraft.phrasebank import PhraseBank, load_phrasebank
from speechdraft.resources import builtin_templates_dir
from speechdraft.writers.docx import docx_bytes, write_docx
from speechdraft.writers.output import write_atomically, write_text_file
from speechdraft.writers.text import checklist_to_text, to_text

if TYPE_CHECKING:  # the check, import and checklist flows load their modules when used
    from speechdraft.lint.checks import CheckResult
    from speechdraft.lint.importer import Imported
    from speechdraft.lint.outline import Outline
    from speechdraft.lint.reader import SourceDraft
    from speechdraft.returns.collect import CollectResult

MIN_DENSITY, MAX_DENSITY = -2, 8  # the length levels templates understand (see templates/README.md)
LENGTH_TOLERANCE = 0.15


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
    return draft_of(validate_profile(path), seed=seed, templates=templates)


def build_draft_from_text(text: str, name: str, *, seed: int | None = None) -> Draft:
    """build_draft for a profile held in memory (the web form); ``name`` names it in messages."""
    return draft_of(validate_profile_text(text, name), seed=seed)


def draft_of(
    loaded: LoadedProfile, *, seed: int | None = None, templates: Path | None = None
) -> Draft:
    bank = load_phrasebank(builtin_templates_dir())
    context = build_context(loaded, bank, seed)
    document = fit_length(context, template_dirs(templates))
    notes = catalog_notes(loaded, bank)
    if (note := length_note(document, context)) is not None:
        notes.append(note)
    return Draft(loaded, context, document, tuple(notes))


def fit_length(context: SpeechContext, dirs: tuple[Path, ...]) -> Document:
    """Renders at the length level nearest the target. Length never falls as the level
    rises, so bisect for the two levels around the target (levels that add nothing
    are passed over) and keep the nearer draft: about five renders instead of ten."""
    rendered: dict[int, Document] = {}

    def at(density: int) -> Document:
        if density not in rendered:
            markup = render_speech(context.with_density(density), dirs)
            rendered[density] = parse_markup(markup, context.kind.numbering)
        return rendered[density]

    target = context.target_chars
    if at(0).char_count() < target:
        low, high = 0, MAX_DENSITY
    else:
        low, high = MIN_DENSITY, 0
    if at(low).char_count() >= target or at(high).char_count() < target:
        return min(rendered.values(), key=lambda document: _distance(document, context))
    while high - low > 1:  # bisect for the first level that reaches the target
        middle = (low + high) // 2
        if at(middle).char_count() < target:
            low = middle
        else:
            high = middle
    return min((at(low), at(high)), key=lambda document: _distance(document, context))


def length_note(document: Document, context: SpeechContext) -> str | None:
    """Says so when the profile has too little or too much content for the asked length."""
    chars, target = document.char_count(), context.target_chars
    minutes = target // CHARS_PER_MINUTE
    if chars < target * (1 - LENGTH_TOLERANCE):
        return (
            f"篇幅目标约 {target} 字（{minutes} 分钟），现有内容最多写到 {chars} 字："
            "可在 priorities 中增加重点任务或要点，或在 review 中补充成绩"
        )
    if chars > target * (1 + LENGTH_TOLERANCE):
        return (
            f"篇幅目标约 {target} 字（{minutes} 分钟），已用最简措辞仍有 {chars} 字："
            "可减少重点任务或要点，或把 duration_minutes 调长"
        )
    return None


def _distance(document: Document, context: SpeechContext) -> int:
    return abs(document.char_count() - context.target_chars)


def validate_profile(path: Path) -> LoadedProfile:
    """Everything render would check, without rendering."""
    return _checked_against_catalog(load_profile(path))


def validate_profile_text(text: str, name: str) -> LoadedProfile:
    """validate_profile for a profile held in memory: the same budgets and messages."""
    return _checked_against_catalog(load_profile_text(text, Path(name)))


def profile_text_from_bytes(name: str, raw: bytes) -> str:
    """An uploaded profile's text under the file rules (size limit, UTF-8, GBK named)."""
    return decode_profile(name, raw)


def _checked_against_catalog(loaded: LoadedProfile) -> LoadedProfile:
    """Errors from the catalogue stop here; doubtful values become warnings on the result."""
    bank = load_phrasebank(builtin_templates_dir())
    check_catalogue(loaded, bank)
    return with_plausibility_warnings(loaded, bank)


def phrasebank() -> PhraseBank:
    """The built-in phrase bank (the area catalogue the web form offers)."""
    return load_phrasebank(builtin_templates_dir())


def draft_bytes(draft: Draft, *, copy: str = "draft", fonts: str | None = None) -> bytes:
    """The .docx of a draft, in memory."""
    return docx_bytes(
        draft.document,
        fonts=fonts or draft.loaded.profile.fonts,
        subject=draft.context.meeting_name,
        copy=copy,
        figure_notes=_figure_notes(draft) if copy == "review" else None,
    )


def draft_pdf_bytes(draft: Draft, *, copy: str = "draft") -> bytes:
    """The PDF of a draft through LibreOffice, which needs files: a private temporary
    folder, removed before returning. OutputError (in Chinese) when LibreOffice is missing."""
    import tempfile

    from speechdraft.errors import OutputError
    from speechdraft.writers.pdf import convert_to_pdf, find_soffice

    if find_soffice() is None:  # convert_to_pdf's own message speaks of a .docx on disk
        raise OutputError(
            "这台电脑（服务器）没有安装 LibreOffice，不能生成 PDF：请下载 .docx，"
            "在 Word 或 WPS 中打开后“另存为 PDF”"
        )
    with tempfile.TemporaryDirectory(prefix="speechdraft-web-") as work:
        source = Path(work, "讲话稿.docx")
        source.write_bytes(draft_bytes(draft, copy=copy))
        return convert_to_pdf(source).read_bytes()


def checklist_bytes(
    kind: str,
    priorities: list[str] | None = None,
    *,
    as_text: bool = False,
    as_xlsx: bool = False,
) -> bytes:
    """The materials checklist in memory: .docx, .xlsx (for departments to fill in), or
    UTF-8 text."""
    from speechdraft.returns.checklist import build_checklist

    checklist = build_checklist(load_phrasebank(builtin_templates_dir()), kind, priorities)
    if as_text:
        return checklist_to_text(checklist).encode("utf-8")
    if as_xlsx:
        from speechdraft.returns.form_xlsx import checklist_xlsx_bytes

        return checklist_xlsx_bytes(checklist)
    from speechdraft.returns.form_docx import checklist_docx_bytes

    return checklist_docx_bytes(checklist)


def write_draft(
    draft: Draft,
    path: Path,
    *,
    fonts: str | None = None,
    force: bool = False,
    copy: str = "draft",
) -> None:
    """Writes .txt for a .txt path, else .docx in the profile's (or the given) font preset."""
    if path.suffix.lower() == ".txt":
        write_text_file(path, to_text(draft.document), force=force)
        return
    write_docx(
        draft.document,
        path,
        fonts=fonts or draft.loaded.profile.fonts,
        force=force,
        subject=draft.context.meeting_name,
        copy=copy,
        figure_notes=_figure_notes(draft) if copy == "review" else None,
    )


def _figure_notes(draft: Draft) -> dict[str, str] | None:
    """The review copy names each collected figure's department and cell."""
    if not draft.loaded.profile.sources:
        return None
    from speechdraft.returns.provenance import figure_notes

    bank = load_phrasebank(builtin_templates_dir())
    return figure_notes(draft.loaded.profile, draft.context, bank)


def write_checklist(
    path: Path,
    *,
    kind: str | None = None,
    priorities: list[str] | None = None,
    profile: Path | None = None,
    deadline: str | None = None,
    fonts: str = "gov",
    force: bool = False,
) -> Checklist:
    """The fact-gathering form as .xlsx (departments fill it in and send it back), .docx
    (to print) or .txt: for a meeting profile (its meeting on top, its priorities) or for
    ``kind`` and the chosen areas."""
    from speechdraft.returns.checklist import build_checklist, checklist_for_profile

    bank = load_phrasebank(builtin_templates_dir())
    if profile is not None:
        checklist = checklist_for_profile(validate_profile(profile).profile, bank, deadline)
    else:
        checklist = build_checklist(bank, kind or DEFAULT_KIND, priorities)
    suffix = path.suffix.lower()
    if suffix == ".txt":
        write_text_file(path, checklist_to_text(checklist), force=force)
    elif suffix == ".xlsx":
        from speechdraft.returns.form_xlsx import write_checklist_xlsx

        write_checklist_xlsx(checklist, path, force=force)
    else:
        from speechdraft.returns.form_docx import write_checklist_docx

        write_checklist_docx(checklist, path, fonts=fonts, force=force)
    return checklist


def collect_returns(
    returns: list[Path], profile: Path, output: Path | None = None, *, force: bool = False
) -> tuple[CollectResult, Path | None]:
    """Reads the departments' returns into a new copy of ``profile``. Nothing is written
    when a return cannot be read (the result lists each one) or no value was found."""
    from speechdraft.returns.collect import collect_returns as collect
    from speechdraft.returns.collect import default_output, write_collected

    loaded = validate_profile(profile)
    result = collect(returns, loaded, load_phrasebank(builtin_templates_dir()))
    if result.unreadable or not result.accepted:
        return result, None
    target = output or default_output(profile)
    write_collected(result, target, force=force)
    return result, target


def write_skeleton(
    path: Path,
    *,
    kind: str,
    level: str,
    force: bool = False,
    answers: dict[str, Any] | None = None,
) -> Path:
    """Writes a commented new profile and, beside it, the JSON Schema it names."""
    import datetime

    from speechdraft.intake.schema import schema_json
    from speechdraft.intake.skeleton import SCHEMA_FILE, skeleton_yaml

    text = skeleton_yaml(
        kind, level, load_phrasebank(builtin_templates_dir()), datetime.date.today(), answers
    )
    schema_path = path.parent / SCHEMA_FILE
    write_text_file(path, text, force=force)  # refuses first, so no schema is left behind alone
    write_text_file(schema_path, schema_json(), force=True)
    return schema_path


def outline_file(path: Path) -> Outline:
    from speechdraft.lint.checks import is_junk
    from speechdraft.lint.outline import build_outline
    from speechdraft.lint.reader import read_draft

    return build_outline(read_draft(path), is_junk)


def check_files(
    files: list[Path],
    *,
    profile: Path | None = None,
    level: str | None = None,
    year: int | None = None,
    against: Path | None = None,
    fix: bool = False,
) -> CheckedFiles:
    """Checks each file; a file that cannot be read is listed with its error, and the
    others are still checked. With a profile, its level and meeting year are the ones
    checked against."""
    from speechdraft.lint.checks import run_checks
    from speechdraft.lint.reader import read_draft

    if profile is not None:
        loaded = load_profile(profile).profile
        level = level or loaded.region.level
        year = year or loaded.meeting_year
    old = read_draft(against) if against is not None else None
    checked = CheckedFiles()
    for path in files:
        try:
            draft = read_draft(path)
        except SpeechdraftError as exc:
            checked.unreadable.append(exc)
            continue
        checked.results.append(run_checks(draft, level=level, year=year, against=old))
        if fix:
            write_fixed_copy(path)
    return checked


@dataclass
class CheckedFiles:
    """What ``check`` found: a result per readable file, an error per unreadable one."""

    results: list[CheckResult] = field(default_factory=list)
    unreadable: list[SpeechdraftError] = field(default_factory=list)


def write_fixed_copy(path: Path) -> Path:
    """A copy with half-width punctuation made full-width; the original is never touched."""
    from functools import partial

    from speechdraft.lint.fix import fixed_copy_path, save_fixed_copy

    target = fixed_copy_path(path)
    write_atomically(target, partial(save_fixed_copy, path), force=True)
    return target


def import_old_speech(path: Path, *, year: int | None = None) -> Imported:
    from speechdraft.lint.importer import import_speech
    from speechdraft.lint.reader import read_draft

    return import_speech(read_draft(path), load_phrasebank(builtin_templates_dir()), year)


def check_upload(
    name: str, raw: bytes, *, level: str | None = None, year: int | None = None
) -> tuple[CheckResult, tuple[str, ...]]:
    """check_files for one uploaded draft: the result, and the paragraphs its findings
    number (so a page can mark them in the text)."""
    from speechdraft.lint.checks import run_checks

    draft = read_upload(name, raw)
    return run_checks(draft, level=level, year=year, against=None), draft.paragraphs


def import_upload(name: str, raw: bytes, *, year: int | None = None) -> Imported:
    """import_old_speech for an uploaded speech."""
    from speechdraft.lint.importer import import_speech

    return import_speech(read_upload(name, raw), load_phrasebank(builtin_templates_dir()), year)


def read_upload(name: str, raw: bytes) -> SourceDraft:
    """An uploaded draft, read with every bound and check of read_draft. The reader works
    on files (it bounds a .docx before unpacking it), so the upload lives for this call in a
    private temporary folder; messages and results name the upload, not the folder."""
    import dataclasses
    import tempfile

    from speechdraft.lint.reader import read_draft

    suffix = Path(name).suffix.lower()
    with tempfile.TemporaryDirectory(prefix="speechdraft-upload-") as work:
        path = Path(work, "upload" + suffix)
        path.write_bytes(raw)
        try:
            draft = read_draft(path)
        except SpeechdraftError as exc:
            raise SpeechdraftError(str(exc).replace(str(path), name)) from None
    return dataclasses.replace(draft, file=name)
