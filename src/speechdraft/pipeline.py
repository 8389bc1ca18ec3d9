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
from speechdraft.genre import CHARS_PER_MINUTE
from speechdraft.intake.catalogue import catalog_notes, check_catalogue
from speechdraft.intake.profile import LoadedProfile, load_profile, load_profile_text
from speechdraft.intake.yamlfile import decode_profile
from speechdraft.phrasebank import PhraseBank, load_phrasebank
from speechdraft.resources import builtin_templates_dir
from speechdraft.writers.docx import (
    checklist_docx_bytes,
    docx_bytes,
    write_checklist_docx,
    write_docx,
)
from speechdraft.writers.output import write_atomically, write_text_file
from speechdraft.writers.text import checklist_to_text, to_text

if TYPE_CHECKING:  # the check, import and checklist flows load their modules when used
    from speechdraft.lint.checks import CheckResult
    from speechdraft.lint.importer import Imported
    from speechdraft.lint.outline import Outline
    from speechdraft.lint.reader import SourceDraft

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
    check_catalogue(loaded, load_phrasebank(builtin_templates_dir()))
    return loaded


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
    )


def draft_pdf_bytes(draft: Draft, *, copy: str = "draft") -> bytes:
    """The PDF of a draft through LibreOffice, which needs files: a private temporary
    folder, removed before returning. OutputError (in Chinese) when LibreOffice is missing."""
    import tempfile

    from speechdraft.writers.pdf import convert_to_pdf

    with tempfile.TemporaryDirectory(prefix="speechdraft-web-") as work:
        source = Path(work, "讲话稿.docx")
        source.write_bytes(draft_bytes(draft, copy=copy))
        return convert_to_pdf(source).read_bytes()


def checklist_bytes(
    kind: str, priorities: list[str] | None = None, *, as_text: bool = False
) -> bytes:
    """The materials checklist in memory: .docx, or UTF-8 text."""
    from speechdraft.returns.checklist import build_checklist

    checklist = build_checklist(load_phrasebank(builtin_templates_dir()), kind, priorities)
    if as_text:
        return checklist_to_text(checklist).encode("utf-8")
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
    )


def write_checklist(
    path: Path,
    *,
    kind: str,
    priorities: list[str] | None = None,
    fonts: str = "gov",
    force: bool = False,
) -> Checklist:
    """The fact-gathering form for ``kind`` (and the chosen areas), as .docx or .txt."""
    from speechdraft.returns.checklist import build_checklist

    checklist = build_checklist(load_phrasebank(builtin_templates_dir()), kind, priorities)
    if path.suffix.lower() == ".txt":
        write_text_file(path, checklist_to_text(checklist), force=force)
    else:
        write_checklist_docx(checklist, path, fonts=fonts, force=force)
    return checklist


def write_skeleton(
    path: Path,
    *,
    kind: str,
    level: str,
    force: bool = False,
    answers: dict[str, Any] | None = None,
) -> SchemaOutcome:
    """Writes a commented new profile and, beside it, the JSON Schema it names. The
    schema is written only where none is, or replaced only with ``force``: a schema
    someone adapted is never overwritten silently, and never by the profile itself."""
    import datetime

    from speechdraft.errors import OutputError
    from speechdraft.intake.skeleton import SCHEMA_FILE, skeleton_yaml
    from speechdraft.writers.output import refuse_output_among_inputs

    schema_path = path.parent / SCHEMA_FILE
    try:
        refuse_output_among_inputs(path, [schema_path])
    except OutputError:
        raise OutputError(
            f"会议信息文件不能叫 {SCHEMA_FILE}：这个名字留给同一文件夹里编辑器用的说明文件。",
            hint="换一个文件名，如 -o 会议信息.yaml",
        ) from None
    text = skeleton_yaml(
        kind, level, load_phrasebank(builtin_templates_dir()), datetime.date.today(), answers
    )
    write_text_file(path, text, force=force)
    return write_schema_beside(schema_path, force=force)


@dataclass(frozen=True)
class SchemaOutcome:
    path: Path
    note: str  # what happened to the schema file, for the clerk


def write_schema_beside(schema_path: Path, *, force: bool) -> SchemaOutcome:
    from speechdraft.errors import OutputError
    from speechdraft.intake.schema import schema_json

    schema = schema_json()
    name = schema_path.name
    try:
        if schema_path.is_file() and schema_path.read_text(encoding="utf-8") == schema:
            return SchemaOutcome(schema_path, f"（已有的 {name} 与本版本相同，未改动）")
    except (OSError, UnicodeDecodeError):
        pass  # unreadable: treated as a different file below
    existed = schema_path.exists()
    if existed and not schema_path.is_file():
        return SchemaOutcome(
            schema_path, f"（注意：{schema_path} 不是普通文件（可能是文件夹），没有写入 {name}）"
        )
    try:
        write_text_file(schema_path, schema, force=force)
    except OutputError:
        return SchemaOutcome(
            schema_path,
            f"（注意：已有的 {name} 与本版本不同，没有覆盖；编辑器的提示可能与本版本不符。"
            f"如需更新，运行 speechdraft schema -o {schema_path} --force）",
        )
    if existed:
        return SchemaOutcome(schema_path, f"（按 --force 替换了原有的 {name}）")
    return SchemaOutcome(schema_path, f"（以及编辑器用的 {name}）")


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
    return checked


@dataclass
class CheckedFiles:
    """What ``check`` found: a result per readable file, an error per unreadable one."""

    results: list[CheckResult] = field(default_factory=list)
    unreadable: list[SpeechdraftError] = field(default_factory=list)


@dataclass(frozen=True)
class FixedCopy:
    path: Path
    corrections: int


def write_fixed_copy(
    path: Path, *, force: bool = False, inputs: tuple[Path, ...] = ()
) -> FixedCopy | None:
    """A copy with half-width punctuation made full-width, beside the original, which is
    never touched; None when there is nothing to correct. An existing copy is replaced
    only with ``force``, and never when it is one of the files being checked."""
    from speechdraft.lint.fix import corrected_copy, fixed_copy_path
    from speechdraft.writers.output import check_writable, refuse_output_among_inputs

    target = fixed_copy_path(path)
    refuse_output_among_inputs(target, (path, *inputs))
    check_writable(target, force=force)  # before the work of correcting
    corrected = corrected_copy(path)
    if corrected is None:
        return None
    write_atomically(target, lambda temp: Path(temp).write_bytes(corrected.data), force=force)
    return FixedCopy(target, corrected.corrections)


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
