"""``speechdraft render`` itself, without typer: checks its options, builds and writes one
draft or a batch, and reports. The typer command (``draft_commands.render``) and the quick
path of a one-shot render (``_quick``) both call :func:`render_profiles`, so the two say the
same and exit the same.
"""

from __future__ import annotations

import contextlib
import os
import signal
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from speechdraft.cli._boundary import (
    EXIT_BAD_INPUT,
    EXIT_OK,
    echo,
    echo_warnings,
    error,
    failure_message,
    working_on,
)
from speechdraft.cli._values import copy_key, require_one_of
from speechdraft.collector import YOUNG_THRESHOLD, young_collected_late
from speechdraft.errors import SpeechdraftError
from speechdraft.genre import CHARS_PER_MINUTE
from speechdraft.writers.layout import COPIES, FONT_PRESETS

if TYPE_CHECKING:
    from rich.progress import Progress

    from speechdraft.pipeline import Draft


def render_profiles(
    profiles: list[Path],
    output_typed: str | None = None,
    *,
    force: bool = False,
    fonts: str | None = None,
    copy: str = "draft",
    pdf: bool = False,
    jobs: int | None = None,
    seed: int | None = None,
    templates: Path | None = None,
) -> int:
    """What ``render`` does once its options are read: the exit code, or an exception for
    the boundary (a SpeechdraftError with its Chinese message)."""
    if fonts is not None:
        require_one_of("--fonts", fonts, FONT_CHOICES)
    copy = copy_key(copy)
    files = _expand_profiles(profiles)
    output = _output_folder_made(output_typed) if output_typed else None
    if output is not None and len(files) > 1 and not _is_dir(output):
        raise SpeechdraftError(
            f"一次生成多份稿子时，-o 应是一个文件夹，“{output}”不是已有的文件夹："
            f"要新建文件夹，请在名字后加“/”，如 -o {output.with_suffix('')}/"
        )
    if clash := _clashing_outputs(files, output):
        raise clash
    options = RenderOptions(
        output=output, force=force, fonts=fonts, seed=seed, templates=templates, copy=copy, pdf=pdf
    )
    if len(files) == 1:
        # one draft a process: the speaker's admission answers are kept for the next run
        # (datacache.KeptAnswers), which is most often this meeting rendered again
        from speechdraft.datacache import keep_answers_between_runs, save_answers

        keep_answers_between_runs()
        with working_on(files[0]):
            _render_one(files[0], options, verbose=True)
        save_answers()
        return EXIT_OK
    batch = _render_batch(files, options, jobs or os.cpu_count() or 1)
    if batch.interrupted:
        error(f"已取消：共 {len(files)} 份，已生成 {batch.done} 份，其余没有生成。")
        return EXIT_BAD_INPUT
    if batch.failed:
        error(f"共 {len(files)} 份，{batch.failed} 份未能生成。")
        return EXIT_BAD_INPUT
    return EXIT_OK


FONT_CHOICES = tuple(FONT_PRESETS)  # the layout's tables are the choices, not a copy of them
COPY_CHOICES = tuple(COPIES)


def _output_folder_made(typed: str) -> Path:
    """-o as a Path; a folder named with a trailing slash (输出/) is made if missing. Without
    the slash a missing name is not guessed to be a folder: a typo in an existing folder's
    name should not quietly start a new one."""
    from speechdraft.errors import os_error_text

    output = Path(typed)
    if not typed.endswith(("/", "\\", os.sep)) or _is_dir(output):
        return output
    try:
        output.mkdir(parents=True)
    except FileExistsError:
        raise SpeechdraftError(
            f"-o 指定的“{typed}”已经是一个文件，不能当作文件夹：请换一个文件夹名。"
        ) from None
    except OSError as exc:
        raise SpeechdraftError(
            f"无法建立输出文件夹“{typed}”（{os_error_text(exc)}）：请检查路径。"
        ) from None
    echo(f"已建立文件夹 {output}")
    return output


@dataclass(frozen=True)
class RenderOptions:
    """Everything ``render`` was asked besides the profiles: one typed value that also
    travels to the worker processes of a batch."""

    output: Path | None = None
    force: bool = False
    fonts: str | None = None
    seed: int | None = None
    templates: Path | None = None
    copy: str = "draft"
    pdf: bool = False


@dataclass(frozen=True)
class Rendered:
    """One finished draft of a batch: its row in the results table."""

    name: str
    kind: str
    chars: int
    minutes: float
    placeholders: int
    warnings: tuple[str, ...] = ()  # the profile's, each with its place


@dataclass(frozen=True)
class NotRendered:
    """One profile of a batch that failed, with the Chinese message of why."""

    message: str


@dataclass(frozen=True)
class Cancelled:
    """A profile of a batch not rendered because the batch was interrupted."""


Outcome = Rendered | NotRendered | Cancelled


@dataclass
class BatchResult:
    done: int = 0
    failed: int = 0
    interrupted: bool = False
    warnings: list[str] = field(default_factory=list)


def _expand_profiles(paths: list[Path]) -> list[Path]:
    """A folder stands for the profiles in it (*.yaml, *.yml)."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.iterdir() if p.suffix.lower() in (".yaml", ".yml"))
            if not found:
                raise SpeechdraftError(
                    f"文件夹“{path}”里没有会议信息文件（.yaml）：请指定会议信息文件，"
                    "或先用 speechdraft new 新建一个"
                )
            files += found
        else:
            files.append(path)
    return files


def _clashing_outputs(files: list[Path], output: Path | None) -> SpeechdraftError | None:
    """Two profiles that would be written to one file (dup.yaml and dup.yml): refused
    before any work starts, or the second draft would silently replace the first.
    Names are compared ignoring case, as Windows and macOS folders do."""
    by_target: dict[str, list[Path]] = {}
    for path in files:
        target = os.path.abspath(_output_path(path, output))
        by_target.setdefault(target.casefold(), []).append(path)
    clashes = [group for group in by_target.values() if len(group) > 1]
    if not clashes:
        return None
    lines = [
        f"  {'、'.join(str(p) for p in group)} → {_output_path(group[0], output)}"
        for group in clashes
    ]
    return SpeechdraftError(
        "下面的会议信息文件会生成同一个输出文件，后一份会覆盖前一份，所以一份也没有生成：\n"
        + "\n".join(lines),
        hint="把其中一个文件改名（如“城区学校.yaml”），再运行一次",
    )


PARALLEL_FROM = 8  # smaller batches are quicker in one process than in a pool
DRAIN_SECONDS = 30  # after an interrupt, how long a worker may take to finish its draft


def _render_batch(files: list[Path], options: RenderOptions, jobs: int) -> BatchResult:
    """Renders each profile, on every core for large batches; one failure does not stop
    the others, Ctrl-C (or SIGTERM/SIGHUP) stops them all. Prints the results table of
    what was done, in the order of ``files``."""
    from rich.console import Console

    outcomes: dict[int, Outcome] = {}
    result = BatchResult()
    progress = _progress_bar()  # before the workers start: see _run_batch
    with _young_collected_late():  # workers forked inside inherit it
        runner = _ParallelBatch(files, options, jobs) if _parallel(files, jobs) else None
        _run_batch(files, options, runner, outcomes, result, progress)
    Console().print(_results_table(files, outcomes, result))
    echo_warnings(result.warnings)  # after the table, so they are the last thing read
    return result


def _progress_bar() -> Progress:
    from rich.console import Console
    from rich.progress import Progress

    console = Console(stderr=True)
    # A transient bar on a standard error that is not a terminal is never drawn (rich draws
    # it only on a terminal), but its refresh thread still woke ten times a second for the
    # whole batch (batch26: ~5 ms CPU a wall second): there it refreshes only when the
    # batch ends, which writes what it wrote before (a line end), byte for byte.
    return Progress(console=console, transient=True, auto_refresh=console.is_terminal)


def _run_batch(
    files: list[Path],
    options: RenderOptions,
    runner: _ParallelBatch | None,
    outcomes: dict[int, Outcome],
    result: BatchResult,
    progress: Progress,
) -> None:
    # Ctrl-C is caught from the moment the workers run: a signal landing while the bar was
    # still being set up (CI at f7440eac, a loaded machine, drafts already written) escaped
    # as a bare KeyboardInterrupt whose message said nothing was written.
    try:
        with progress:
            task = progress.add_task("正在生成讲话稿…", total=len(files))
            for index, outcome in runner.outcomes() if runner else _in_turn(files, options):
                outcomes[index] = outcome
                progress.advance(task)
    except KeyboardInterrupt:
        result.interrupted = True
        if runner:
            outcomes.update(runner.finish_after_interrupt())
    finally:
        if runner:
            runner.close()


# The collector's first threshold in a batch's drafting processes (Python's default is 700).
# A draft makes and drops hundreds of thousands of objects, nearly all freed by their
# reference counts within the draft; with 700, the young generation was collected about
# seven times a draft and each collection walked (and moved to the older generations) the
# draft's live working objects, some 2 % of a batch's CPU (batch26: 688 young, 62 middle and
# 5 full collections in 99 drafts). What a draft keeps for the next grows by a few hundred
# objects, so at this threshold a worker collects a few times a batch. Only when collections
# run changes, never what a draft computes: no rule of the draft depends on it.
BATCH_YOUNG_THRESHOLD = YOUNG_THRESHOLD


def _young_collected_late() -> contextlib.AbstractContextManager[None]:
    # a test's process (or the web face) keeps its own thresholds after the batch
    return young_collected_late(BATCH_YOUNG_THRESHOLD)


def _parallel(files: list[Path], jobs: int) -> bool:
    return jobs > 1 and len(files) >= PARALLEL_FROM


def _in_turn(files: list[Path], options: RenderOptions) -> Iterator[tuple[int, Outcome]]:
    for index, path in enumerate(files):
        yield index, _render_quietly(path, options)


def _results_table(files: list[Path], outcomes: dict[int, Outcome], result: BatchResult) -> Any:
    from rich.table import Table

    table = Table(title="生成结果")
    longest = max(len(p.with_suffix(".docx").name) for p in files)
    table.add_column("文件", no_wrap=True, min_width=longest)  # a name must stay whole to be found
    for column in ("类型", "字数", "分钟", "待补", "提醒", "结果"):
        table.add_column(column)
    for index in sorted(outcomes):
        _add_row(table, files[index], outcomes[index], result)
    return table


def _add_row(table: Any, path: Path, outcome: Outcome, result: BatchResult) -> None:
    if isinstance(outcome, Cancelled):
        return
    if isinstance(outcome, NotRendered):
        result.failed += 1
        error(outcome.message)
        table.add_row(path.name, "", "", "", "", "失败")
        return
    result.done += 1
    result.warnings += outcome.warnings
    table.add_row(
        outcome.name,
        outcome.kind,
        str(outcome.chars),
        f"{outcome.minutes:.1f}",
        str(outcome.placeholders),
        str(len(outcome.warnings)),
        "成功",
    )


class _ParallelBatch:
    """A pool of worker processes for a batch, and the way it stops on an interrupt:
    the parent sets a shared flag; a worker checks it before it starts a draft and again
    before it writes one, so after the signal nothing new is written, and every draft
    that was written is reported."""

    def __init__(self, files: list[Path], options: RenderOptions, jobs: int) -> None:
        import gc
        import multiprocessing

        from speechdraft.pipeline import prepare_batch

        prepare_batch(options.templates, files[0], options.seed)
        self.total = len(files)
        self.received = 0
        self.stop = multiprocessing.Event()
        gc.freeze()  # the workers' collectors never walk it: its memory stays shared
        try:
            self.pool = multiprocessing.Pool(
                min(jobs, len(files)), initializer=_start_worker, initargs=(self.stop,)
            )
        finally:
            gc.unfreeze()  # the parent collects as before (the workers keep theirs frozen)
        tasks = [(index, path, options) for index, path in enumerate(files)]
        self.results = self.pool.imap_unordered(_render_in_worker, tasks)

    def outcomes(self) -> Iterator[tuple[int, Outcome]]:
        while self.received < self.total:
            item = self.results.next()
            self.received += 1
            yield item

    def finish_after_interrupt(self) -> dict[int, Outcome]:
        """The outcomes still to come: drafts written before the signal, and quick
        cancellations. A second Ctrl-C stops waiting (close() then ends the workers)."""
        self.stop.set()
        finished: dict[int, Outcome] = {}
        try:
            while self.received < self.total:
                index, outcome = self.results.next(timeout=DRAIN_SECONDS)
                self.received += 1
                finished[index] = outcome
        except (KeyboardInterrupt, TimeoutError):
            pass
        return finished

    def close(self) -> None:
        if self.received < self.total:
            self.pool.terminate()  # SIGTERM: a worker's finally blocks remove temp files
        else:
            self.pool.close()
        self.pool.join()


_worker_stop: Any = None  # the parent's stop flag, in a worker process


def _start_worker(stop: Any) -> None:
    """A worker leaves Ctrl-C and SIGHUP to the parent, which tells it to stop through the
    flag; the parent's SIGTERM (its last resort) becomes an exception so that ``finally``
    blocks remove half-written files."""
    global _worker_stop
    _worker_stop = stop
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "SIGHUP"):
        signal.signal(signal.SIGHUP, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _exit_worker)


def _exit_worker(signum: int, frame: object) -> None:
    raise SystemExit(EXIT_BAD_INPUT)


def _stopped() -> bool:
    return _worker_stop is not None and _worker_stop.is_set()


def _render_in_worker(task: tuple[int, Path, RenderOptions]) -> tuple[int, Outcome]:
    index, path, options = task
    if _stopped():
        return index, Cancelled()
    return index, _render_quietly(path, options, stopped=_stopped)


def _render_quietly(
    path: Path, options: RenderOptions, stopped: Callable[[], bool] | None = None
) -> Outcome:
    """One profile of a batch: its table row, or the Chinese message of its failure (worker
    processes can't print into the parent's output, so messages travel back as values)."""
    try:
        rendered = _render_one(path, options, verbose=False, stopped=stopped)
    except Exception as exc:  # one profile's failure; the batch goes on
        return NotRendered(failure_message(exc, path))
    if rendered is None:
        return Cancelled()
    draft, target = rendered
    return Rendered(
        target.name,
        draft.context.kind.label.split("（")[0],  # the table is read by clerks: 教育局工作报告
        draft.chars,
        draft.minutes,
        draft.placeholder_count,
        tuple(str(warning) for warning in draft.loaded.warnings),
    )


def _render_one(
    profile: Path,
    options: RenderOptions,
    *,
    verbose: bool,
    stopped: Callable[[], bool] | None = None,
) -> tuple[Draft, Path] | None:
    """Builds and writes one draft; None when ``stopped`` says the batch was interrupted
    while the draft was being built (it is then not written)."""
    from speechdraft.pipeline import build_draft, write_draft
    from speechdraft.writers.output import check_writable, refuse_output_among_inputs

    target = _output_path(profile, options.output)
    refuse_output_among_inputs(target, [profile])
    if options.pdf:
        refuse_output_among_inputs(target.with_suffix(".pdf"), [profile])
        # before the .docx is written, so a taken PDF name costs nothing
        check_writable(target.with_suffix(".pdf"), force=options.force)
    draft = build_draft(profile, seed=options.seed, templates=options.templates)
    if stopped is not None and stopped():
        return None
    write_draft(draft, target, fonts=options.fonts, force=options.force, copy=options.copy)
    pdf_path = None
    if options.pdf and target.suffix.lower() == ".docx":
        from speechdraft.writers.pdf import convert_to_pdf

        pdf_path = convert_to_pdf(target, force=options.force)
    if verbose:
        _report(draft, target, pdf_path, copy=options.copy)
    return draft, target


def _report(draft: Draft, target: Path, pdf_path: Path | None, *, copy: str = "draft") -> None:
    echo_warnings(draft.loaded.warnings)
    for note in draft.notes:
        echo(f"注意：{note}")
    parts = "，".join(f"{_short(name)} {chars} 字" for name, chars in draft.document.part_lengths())
    echo(f"各部分：{parts}")
    if pdf_path:
        echo(f"已生成 PDF：{pdf_path}")
    if copy == "reading" and draft.placeholder_count:
        error(reading_copy_warning(draft.placeholder_count))
    if copy == "reading" and draft.suggestions:
        error(
            f"警告：念稿版中还有 {len(draft.suggestions)} 处【建议】（已用绿色标出）："
            "这些时限、频次是措辞库的建议，没有人决定过，念稿前请确认或删改。"
        )
    if copy == "reading" and draft.checks:
        error(
            f"警告：念稿版中还有 {len(draft.checks)} 处【待核】（已用青色标出）："
            "这些数字没有写单位，单位是按目录补的，念稿前请核对并在会议信息文件中写上单位。"
        )
    echo(
        f"已生成 {target}：正文 {draft.chars} 字，约 {draft.minutes:.1f} 分钟"
        f"（按每分钟{CHARS_PER_MINUTE}字），待补 {draft.placeholder_count} 处，"
        f"{suggestion_summary(draft.suggestions)}{check_summary(draft.checks)}。"
    )


def suggestion_summary(suggestions: list[str]) -> str:
    """建议 3 处（6月底前、定期…）: listed, so the clerk knows what to confirm."""
    if not suggestions:
        return "建议 0 处"
    shown = "、".join(s.removeprefix("【建议：").removesuffix("】") for s in suggestions[:8])
    more = "等" if len(suggestions) > 8 else ""
    return f"建议 {len(suggestions)} 处（{shown}{more}，请确认或改写）"


def check_summary(checks: list[str]) -> str:
    """，待核 2 处（4200的单位、1720的单位）: listed, so the clerk knows what to check; "" for
    none (a draft with every unit given says nothing of it)."""
    if not checks:
        return ""
    shown = "、".join(c.removeprefix("【待核：").removesuffix("】") for c in checks[:8])
    more = "等" if len(checks) > 8 else ""
    return f"，待核 {len(checks)} 处（{shown}{more}，请核对后在会议信息文件中写明）"


def reading_copy_warning(count: int) -> str:
    """Loud, because a speaker reading aloud would say “待补” to the whole meeting."""
    return (
        f"警告：念稿版中还有 {count} 处【待补】（已用黄色标出，页眉也有提示）。"
        "念稿前必须把它们补齐，否则讲话人会把“待补”念出来：请在会议信息文件中补上数据后重新生成。"
    )


def _short(heading: str, width: int = 8) -> str:
    return heading if len(heading) <= width else heading[:width] + "…"


def _output_path(profile: Path, output: Path | None) -> Path:
    if output is None:
        return profile.with_suffix(".docx")
    if _is_dir(output):
        return output / profile.with_suffix(".docx").name
    return output


def _is_dir(path: Path) -> bool:
    """Path.is_dir, but a name the system refuses (too long, invalid) is simply not a folder:
    writing to it then fails with a message that names the path."""
    try:
        return path.is_dir()
    except OSError:
        return False
