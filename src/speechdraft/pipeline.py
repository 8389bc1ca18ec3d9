"""The data flow, stage by stage: profile → context → markup → document → files."""

from __future__ import annotations

import functools
import gc
import math
import os
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from speechdraft.collector import YOUNG_THRESHOLD, young_collected_late
from speechdraft.compose.context import SpeechContext, build_context
from speechdraft.compose.padding import Padding
from speechdraft.compose.render import prepare_templates, render_speech
from speechdraft.compose.restate import builtin_rarity
from speechdraft.compose.structure import count_markup, parse_markup
from speechdraft.document import Checklist, Document, is_checklist
from speechdraft.errors import OutputError, SpeechdraftError
from speechdraft.genre import CHARS_PER_MINUTE, DEFAULT_KIND
from speechdraft.intake.catalogue import catalog_notes, check_catalogue
from speechdraft.intake.loading import (
    LoadedProfile,
    load_profile,
    load_profile_read,
    load_profile_text,
)
from speechdraft.intake.plausibility import catalogue_unit_notes, with_plausibility_warnings
from speechdraft.intake.yamlfile import decode_profile, read_text
from speechdraft.markup import Levelled
from speechdraft.phrasebank import PhraseBank, load_phrasebank
from speechdraft.resources import builtin_templates_dir
from speechdraft.writers.docx import docx_bytes, write_docx
from speechdraft.writers.output import (
    check_writable,
    refuse_output_among_inputs,
    write_atomically,
    write_text_file,
)
from speechdraft.writers.record import DraftRecord, RecordSource
from speechdraft.writers.text import checklist_to_text, to_text

if TYPE_CHECKING:  # the check, import and checklist flows load their modules when used
    from speechdraft.lint.checks import CheckResult
    from speechdraft.lint.importer import Imported
    from speechdraft.lint.outline import Outline
    from speechdraft.lint.reader import SourceDraft
    from speechdraft.merge.update import DiffSummary, MergeSummary
    from speechdraft.returns.collect import CollectResult

MIN_DENSITY, MAX_DENSITY = -2, 8  # the length levels templates understand (see templates/README.md)
# The first level whose pieces may be padding the fitter adds (below it: the facts, each
# section's first line and its paragraph's shape): one that only pads is not said (_fitted)
FIRST_PADDED = 1
# The highest level a profile too thin for its length is drafted at. Over the two blind
# rounds f and g (4,800 labelled sentences), readers changed 12.5 % of the sentences said at
# levels −2…3, 18 % of those added at level 4 and 25–43 % of those added at 5–8 (repetition
# and filler): that padding cost more than it gave, so a thin profile gets a shorter draft
# and a note. A profile with content enough for its length still uses every level.
TOP_LEVEL = 3
LENGTH_TOLERANCE = 0.15
# below 1 - LENGTH_TOLERANCE the top level steps down over this share of the target
LENGTH_RAMP = 0.10


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

    @property
    def suggestions(self) -> list[str]:
        return self.document.suggestions()

    @property
    def checks(self) -> list[str]:
        return self.document.checks()


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
    with young_collected_late(DRAFT_YOUNG_THRESHOLD):
        bank = load_phrasebank(builtin_templates_dir(), templates)
        context = build_context(loaded, bank, seed)
        document = fit_length(context, template_dirs(templates))
        notes = catalog_notes(loaded, bank)
        notes += [str(note) for note in catalogue_unit_notes(loaded, bank)]
        if (note := length_note(document, context)) is not None:
            notes.append(note)
    _freeze_what_stays()
    return Draft(loaded, context, document, tuple(notes))


# The collector's first threshold while a draft is built, in any process (collector.py's,
# the batch's too; a name of its own so that a test can set one without the other)
DRAFT_YOUNG_THRESHOLD = YOUNG_THRESHOLD


@functools.cache  # once a process: after its first draft
def _freeze_what_stays() -> None:
    """Leaves out of the collector's walks what a process's first draft loaded and keeps
    to the end (the phrase bank, the compiled templates, the rarity, the speaker's and the
    wordings' records): a full collection in a later draft walked all of it again, some
    25 ms each time in a process of many drafts (a batch's workers, the benchmark's loop,
    the web face). What drafts make afterwards is collected as before."""
    gc.freeze()


def prepare_batch(
    templates: Path | None = None, first: Path | None = None, seed: int | None = None
) -> None:
    """What every draft of a batch shares, made once before the worker processes are
    forked, so that each starts with it instead of making its own: the modules (imported
    by now), the phrase bank, the template environment and the bank's rarity. Only an
    optimisation: a problem here (a broken --templates folder) is left for each draft to
    report as it would.

    ``first``: a profile of the batch, whose draft is built here and left unwritten
    (speed20), so that what a process works out in its first draft and keeps for the
    next (the wordings' records, the speaker's admissions, the units' checks, the
    template objects) is worked out once for the whole batch, not once in every worker:
    the profiles of a batch are mostly of one kind, and a worker's first draft cost
    several steady ones. The caches it fills are the ones a worker fills itself, keyed
    as they are there, so every draft is as it would be without it."""
    try:
        load_phrasebank(builtin_templates_dir(), templates)
        prepare_templates(template_dirs(templates))
        builtin_rarity()  # restate's weights, else loaded (or counted) by every worker
        if first is not None:
            build_draft(first, seed=seed, templates=templates)
    except Exception:  # each draft reports it, with its file, in the batch's table
        return


def fit_length(context: SpeechContext, dirs: tuple[Path, ...]) -> Document:
    """The draft at the length level nearest the target (a profile too thin to reach it
    stops at ``TOP_LEVEL``: see _highest_level). Length never falls as the level
    rises, so bisect for the two levels around the target (levels that add nothing are
    passed over) and keep the nearer draft.

    The speech is rendered once, at the highest level, with every length-dependent piece
    marked with the level it starts at (markup.gate); each level's draft is that markup
    with the higher pieces left out, parsed. A user's templates (``--templates``) may ask
    for the level in ways the markers do not cover, so they are rendered level by level."""
    if len(dirs) > 1:
        return _fitted(context, lambda density: render_speech(context.with_density(density), dirs))
    marked = Levelled(render_speech(context.with_density(MAX_DENSITY), dirs, marked=True))
    return _fitted(context, functools.cache(marked.at), counted=True)


def _fitted(
    context: SpeechContext, markup_at: Callable[[int], str], *, counted: bool = False
) -> Document:
    """``counted``: a level's length is counted from its markup (structure.count_markup),
    and only the level kept is parsed."""
    numbering = context.kind.numbering
    documents: dict[int, Document] = {}
    lengths: dict[int, int] = {}  # by level, in the order tried (a tie keeps the first)

    def document(density: int) -> Document:
        if density not in documents:
            documents[density] = parse_markup(markup_at(density), numbering)
        return documents[density]

    def length(density: int) -> int:
        if density not in lengths:
            count = count_markup(markup_at(density), numbering) if counted else None
            lengths[density] = count if count is not None else document(density).char_count()
        return lengths[density]

    def nearest(levels: Iterable[int]) -> Document:
        level = min(levels, key=lambda density: abs(length(density) - target))
        # a level that only says again what the draft says is padding: stop below it
        return document(_below_padding(markup_at, level) if counted else level)

    target = context.target_chars
    if length(0) < target:
        low, high = 0, _highest_level(length, target)
    else:
        low, high = MIN_DENSITY, 0
    if length(low) >= target or length(high) < target:
        return nearest([density for density in lengths if density <= high])
    while high - low > 1:  # bisect for the first level that reaches the target
        middle = (low + high) // 2
        if length(middle) < target:
            low = middle
        else:
            high = middle
    return nearest((low, high))


def _below_padding(markup_at: Callable[[int], str], level: int) -> int:
    """``level``, or the level below the first one from FIRST_PADDED up whose new sentences
    all say again what the draft below it says or ask nothing (compose/padding.py): readers
    prefer a short draft to a padded one, and the length note tells the clerk it is short."""
    below = markup_at(FIRST_PADDED - 1)
    padding = Padding()  # each level's sentences split once, the record grown level by level
    for density in range(FIRST_PADDED, level + 1):
        markup = markup_at(density)
        if markup != below and padding.only_pads(below, markup):
            return density - 1
        below = markup
    return level


def _highest_level(length: Callable[[int], int], target: int) -> int:
    """The top level, unless the draft is too thin for its length even with everything
    said: then it stops at ``TOP_LEVEL``, since what the levels above add to a thin profile
    is padding (readers cut it), and the note asks the clerk for content instead."""
    share = length(MAX_DENSITY) / target if target else 1.0
    if share >= 1 - LENGTH_TOLERANCE:
        return MAX_DENSITY
    # a ramp, not a cliff: a draft a few dozen characters under the line lost five levels at
    # once (note 9: a district report at 5,142 of 5,100 was one removed line from a much
    # shorter draft); under it the top level falls a level at a time down to TOP_LEVEL
    ramp = (share - (1 - LENGTH_TOLERANCE - LENGTH_RAMP)) / LENGTH_RAMP
    return max(TOP_LEVEL, min(MAX_DENSITY, TOP_LEVEL + math.ceil(ramp * (MAX_DENSITY - TOP_LEVEL))))


def length_note(document: Document, context: SpeechContext) -> str | None:
    """Says so when the profile has too little or too much content for the asked length."""
    chars, target = document.char_count(), context.target_chars
    minutes = target // CHARS_PER_MINUTE
    if chars < target * (1 - LENGTH_TOLERANCE):
        return (
            f"篇幅目标约 {target} 字（{minutes} 分钟），现有内容最多写到 {chars} 字（不用套话凑篇幅）："
            "可在 priorities 中增加重点任务或要点，或在 review 中补充成绩"
        )
    if chars > target * (1 + LENGTH_TOLERANCE):
        return (
            f"篇幅目标约 {target} 字（{minutes} 分钟），已用最简措辞仍有 {chars} 字："
            "可减少重点任务或要点，或把 duration_minutes 调长"
        )
    return None


def validate_profile(path: Path) -> LoadedProfile:
    """Everything render would check, without rendering."""
    return _validated(read_text(path), path, quick=True)


def validate_profile_text(text: str, name: str) -> LoadedProfile:
    """validate_profile for a profile held in memory: the same budgets and messages."""
    return _validated(text, Path(name), quick=False)


# The last few profiles checked, by their text, name and path (file or form), each with the
# bank it was checked against (speed21). Reading, composing, walking and checking a profile
# is about 6 % of a warm draft, and the same text is checked again whenever it is drafted
# again: another seed from the web form, ``update``, a profile re-rendered in one process.
# A LoadedProfile is frozen (its Profile too), so the same one is handed out; a changed
# file is another text, and a bank read again (load_phrasebank.cache_clear, another
# process) is another bank: both miss. A profile that fails is never kept.
_VALIDATED: dict[tuple[str, str, bool], tuple[PhraseBank, LoadedProfile]] = {}
VALIDATED_KEPT = 8


def _validated(text: str, path: Path, *, quick: bool) -> LoadedProfile:
    key = (text, str(path), quick)
    kept = _VALIDATED.get(key)
    # the bank asked only for a kept one: a profile that fails says so before the bank loads
    if kept is not None and kept[0] is load_phrasebank(builtin_templates_dir()):
        return kept[1]
    loaded = load_profile_read(text, path) if quick else load_profile_text(text, path)
    checked = _checked_against_catalog(loaded)
    _VALIDATED.pop(key, None)
    while len(_VALIDATED) >= VALIDATED_KEPT:
        del _VALIDATED[next(iter(_VALIDATED))]  # the oldest
    _VALIDATED[key] = (load_phrasebank(builtin_templates_dir()), checked)
    return checked


def profile_text_from_bytes(name: str, raw: bytes) -> str:
    """An uploaded profile's text under the file rules (size limit, UTF-8, GBK named)."""
    return decode_profile(name, raw)


def _checked_against_catalog(loaded: LoadedProfile) -> LoadedProfile:
    """Errors from the catalogue stop here; doubtful values become warnings on the result."""
    bank = load_phrasebank(builtin_templates_dir())
    check_catalogue(loaded, bank)
    return with_plausibility_warnings(loaded, bank)


def unit_notes(loaded: LoadedProfile) -> list[str]:
    """The bare sums the catalogue gave a unit (validate tells the clerk, as render does)."""
    return [str(note) for note in catalogue_unit_notes(loaded, phrasebank())]


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
        record=record_source(draft, fonts=fonts, copy=copy),
    )


def record_source(draft: Draft, *, fonts: str | None = None, copy: str = "draft") -> RecordSource:
    """What a rendered .docx records of its making, so ``update`` can render it again."""
    return RecordSource(
        profile_text=draft.loaded.text,
        profile_name=draft.loaded.path.name,
        seed=draft.context.seed,
        version=_installed_version(),
        fonts=fonts or draft.loaded.profile.fonts,
        copy=copy,
    )


@functools.cache  # reading the package metadata costs about a millisecond a draft
def _installed_version() -> str:
    """speechdraft's installed version, as ``importlib.metadata.version`` gives it.
    Importing importlib.metadata (and the email parser it brings) is about 10 ms of a
    cold render, so the usual install — a ``speechdraft-*.dist-info`` folder on sys.path —
    is read directly; anything else (an .egg-info, a zip on the path) asks importlib."""
    found = _dist_info_version(sys.path)
    if found is not None:
        return found
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("speechdraft")
    except PackageNotFoundError:  # run from a source tree without installing
        return "0+source"


def _dist_info_version(path: list[str]) -> str | None:
    """The Version of the first speechdraft-*.dist-info on ``path``, where importlib
    would find it first too; None when unsure."""
    for entry in path:
        try:
            names = os.listdir(entry or ".")
        except NotADirectoryError:
            return None  # a zip archive: importlib looks inside, this does not
        except OSError:
            continue
        for name in names:
            stem, _, suffix = name.rpartition(".")
            if stem.partition("-")[0].lower().replace("-", "_") != "speechdraft":
                continue
            if suffix != "dist-info":
                return None  # an .egg-info or the like
            return _metadata_version(os.path.join(entry or ".", name, "METADATA"))
    return None


def _metadata_version(metadata: str) -> str | None:
    try:
        with open(metadata, encoding="utf-8") as lines:
            for line in lines:
                if line.startswith("Version:"):
                    return line.partition(":")[2].strip()
                if not line.strip():
                    break  # the headers end at the first blank line
    except OSError:
        pass
    return None


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


def profile_checklist_bytes(text: str, name: str, fmt: str = "xlsx") -> bytes:
    """The form for a profile held in memory (its meeting on top, its areas), as .xlsx for
    departments to fill in and send back, .docx to print, or text."""
    from speechdraft.returns.checklist import checklist_for_profile

    bank = load_phrasebank(builtin_templates_dir())
    checklist = checklist_for_profile(validate_profile_text(text, name).profile, bank)
    if fmt == "txt":
        return checklist_to_text(checklist).encode("utf-8")
    if fmt == "docx":
        from speechdraft.returns.form_docx import checklist_docx_bytes

        return checklist_docx_bytes(checklist)
    from speechdraft.returns.form_xlsx import checklist_xlsx_bytes

    return checklist_xlsx_bytes(checklist)


def collect_uploads(text: str, name: str, returns: list[tuple[str, bytes]]) -> CollectResult:
    """collect for a profile held in memory and uploaded returns. The returns reader works
    on files (it bounds a package before unpacking it), so each return lives for this call
    in a private temporary folder under its own file name; messages name the uploads."""
    import tempfile

    from speechdraft.returns.collect import collect_returns as collect

    loaded = validate_profile_text(text, name)
    with tempfile.TemporaryDirectory(prefix="speechdraft-returns-") as work:
        paths = []
        for index, (file_name, raw) in enumerate(returns):
            folder = Path(work, str(index))
            folder.mkdir()
            path = folder / (Path(file_name.replace("\\", "/")).name or f"回表{index + 1}.xlsx")
            path.write_bytes(raw)
            paths.append(path)
        result = collect(paths, loaded, load_phrasebank(builtin_templates_dir()), text=text)
        prefix = [(f"{Path(work, str(i))}{os.sep}", "") for i in range(len(returns))]
        result.unreadable = [_without(message, prefix) for message in result.unreadable]
    return result


def _without(text: str, replacements: list[tuple[str, str]]) -> str:
    for old, new in replacements:
        text = text.replace(old, new)
    return text


OUTPUT_FORMATS = {".docx": "Word 文档", ".pdf": "PDF（需要 LibreOffice）", ".txt": "纯文本"}


def write_draft(
    draft: Draft,
    path: Path,
    *,
    fonts: str | None = None,
    force: bool = False,
    copy: str = "draft",
) -> None:
    """Writes the draft in the format its file name asks for: .docx, .pdf or .txt; any
    other name is refused before anything is written (a Word file named .pdf would not open)."""
    suffix = check_output_name(path)
    if suffix == ".txt":
        write_text_file(path, to_text(draft.document), force=force)
        return

    def save_docx(target: Path, *, replace: bool = force) -> None:
        write_docx(
            draft.document,
            target,
            fonts=fonts or draft.loaded.profile.fonts,
            force=replace,
            subject=draft.context.meeting_name,
            copy=copy,
            figure_notes=_figure_notes(draft) if copy == "review" else None,
            record=record_source(draft, fonts=fonts, copy=copy),
        )

    if suffix == ".pdf":
        from speechdraft.writers.pdf import write_pdf

        write_pdf(path, lambda temp: save_docx(temp, replace=True), force=force)
        return
    save_docx(path)


def check_output_name(path: Path) -> str:
    """The output's lower-case extension, or a Chinese refusal naming the ones we write."""
    suffix = path.suffix.lower()
    if suffix in OUTPUT_FORMATS:
        return suffix
    known = "、".join(f"{ext}（{label}）" for ext, label in OUTPUT_FORMATS.items())
    what = f"扩展名 {path.suffix}" if path.suffix else "没有扩展名"
    raise OutputError(
        f"输出文件 {path} {what}，speechdraft 不能生成这种文件。",
        hint=f"请把输出文件名改为以 {known} 结尾，例如 -o {path.stem or '讲话稿'}.docx",
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
    superiors: str | None = None,
) -> CheckedFiles:
    """Checks each file; a file that cannot be read is listed with its error, and the
    others are still checked. With a profile, its level, meeting date, superiors, speaker
    and kind are the ones checked against, and its text is the source commitments are
    traced to."""
    from speechdraft.lint.checks import run_checks
    from speechdraft.lint.reader import read_draft

    facts: dict[str, Any] = {}
    if profile is not None:
        loaded = load_profile(profile).profile
        level = level or loaded.region.level
        year = year or loaded.meeting_year
        facts = {
            "meeting_date": loaded.meeting.date if loaded.meeting_year == year else None,
            "superiors": tuple(filter(None, (loaded.region.superiors,))),
            "speaker_title": loaded.speaker.title,
            "kind": loaded.kind,
            "profile_text": profile.read_text(encoding="utf-8"),
        }
    if superiors:
        facts["superiors"] = (superiors,)
    old = read_draft(against) if against is not None else None
    checked = CheckedFiles()
    for path in files:
        try:
            draft = read_draft(path)
        except SpeechdraftError as exc:
            checked.unreadable.append(exc)
            continue
        if is_checklist(draft.paragraphs):
            checked.not_speeches.append(str(path))
            continue
        checked.results.append(run_checks(draft, level=level, year=year, against=old, **facts))
    return checked


@dataclass
class CheckedFiles:
    """What ``check`` found: a result per readable file, an error per unreadable one."""

    results: list[CheckResult] = field(default_factory=list)
    unreadable: list[SpeechdraftError] = field(default_factory=list)
    not_speeches: list[str] = field(default_factory=list)  # 材料收集清单, left unchecked


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


@dataclass(frozen=True)
class UpdateResult:
    """What ``update`` did: the merge's counts (with a record) or the marked differences
    against a fresh render (without one), and where the result went."""

    output: Path
    merge: MergeSummary | None
    review: DiffSummary | None
    profile_from_record: bool


def default_update_output(edited: Path) -> Path:
    return edited.with_name(f"{edited.stem}.更新稿.docx")


def update_draft(
    edited: Path,
    *,
    profile: Path | None = None,
    output: Path | None = None,
    force: bool = False,
) -> UpdateResult:
    """Merges the clerk's edited .docx with a new render of ``profile`` (or of the profile
    the draft records) into a new file of tracked changes; the edited file is never touched."""
    from speechdraft.merge.update import UNRECORDED_NOTE, mark_differences, merge_update, open_draft
    from speechdraft.writers.record import find_record, record_xml, replace_record

    target = output or default_update_output(edited)
    refuse_output_among_inputs(target, [edited, *([profile] if profile else [])])
    check_writable(target, force=force)
    theirs = open_draft(edited)
    record = find_record(theirs)
    if record is None and profile is None:
        raise SpeechdraftError(
            f"{edited} 里没有 speechdraft 的生成记录（它可能不是本工具生成的，或记录在另存时被去掉了），"
            "无法分辨哪些是您的修改。",
            hint="用 --profile 指定会议信息文件，将与新生成的稿子逐段对照，所有差异标为修订供您审阅",
        )
    seed = record.source.seed if record is not None else None
    if profile is not None:
        draft = build_draft(profile, seed=seed)
    else:
        assert record is not None  # refused above
        draft = build_draft_from_text(
            record.source.profile_text, record.source.profile_name, seed=seed
        )
    fonts, copy = (record.source.fonts, record.source.copy) if record else (None, "draft")
    ours, ours_record = _rendered(draft, fonts=fonts, copy=copy)
    if record is not None:
        summary = merge_update(theirs, record, ours, ours_record)
        result = UpdateResult(target, summary, None, profile is None)
    else:
        review = mark_differences(theirs, ours, note=UNRECORDED_NOTE)
        replace_record(theirs, record_xml(ours_record))
        result = UpdateResult(target, None, review, False)
    write_atomically(target, theirs.save, force=force)
    return result


def _rendered(draft: Draft, *, fonts: str | None, copy: str) -> tuple[Any, DraftRecord]:
    """The new render opened as a python-docx document, with its own record."""
    import io

    from docx import Document as open_docx

    from speechdraft.writers.record import find_record

    docx = open_docx(io.BytesIO(draft_bytes(draft, copy=copy, fonts=fonts)))
    record = find_record(docx)
    assert record is not None  # draft_bytes always embeds it
    return docx, record


def diff_drafts(old: Path, new: Path, output: Path, *, force: bool = False) -> DiffSummary:
    """The differences from ``old`` to ``new`` as sentence-level tracked changes in a copy
    of ``old``."""
    from speechdraft.merge.update import mark_differences, open_draft
    from speechdraft.writers.record import drop_records

    refuse_output_among_inputs(output, [old, new])
    check_writable(output, force=force)
    before, after = open_draft(old), open_draft(new)
    summary = mark_differences(before, after)
    drop_records(before)  # a comparison is not a draft to update
    write_atomically(output, before.save, force=force)
    return summary
