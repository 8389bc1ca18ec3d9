"""Commands that make drafts: render (one, several or a folder), preview, validate, kinds."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from speechdraft.cli._shared import (
    EXIT_BAD_INPUT,
    Failed,
    ForceOpt,
    ProfilesArg,
    SeedOpt,
    TemplatesOpt,
    app,
    error,
    reported,
    require_one_of,
)


@app.command()
def render(
    profiles: ProfilesArg,
    output: Annotated[
        Path | None,
        typer.Option(
            "-o",
            "--output",
            help="输出文件（.docx 或 .txt）；多个会议信息文件时为输出文件夹。默认与会议信息文件同名同目录",
        ),
    ] = None,
    force: ForceOpt = False,
    fonts: Annotated[
        str | None,
        typer.Option(
            "--fonts", help="字体方案：gov（党政机关字体，默认）或 windows（普通电脑字体）"
        ),
    ] = None,
    copy: Annotated[
        str,
        typer.Option(
            "--copy",
            help="稿子的用途：draft 正式版式（默认）、review 审阅稿（行号、讨论稿页眉）、reading 念稿版（大字）",
        ),
    ] = "draft",
    pdf: Annotated[
        bool, typer.Option("--pdf", help="同时生成 PDF（需要安装 LibreOffice）")
    ] = False,
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs", "-j", min=1, help="批量生成时同时使用的进程数；默认用上所有处理器核心"
        ),
    ] = None,
    seed: SeedOpt = None,
    templates: TemplatesOpt = None,
) -> None:
    """生成讲话稿：把会议信息文件（或整个文件夹）变成可打印的 .docx（或 .txt）初稿。"""
    if fonts is not None:
        require_one_of("--fonts", fonts, ("gov", "windows"))
    require_one_of("--copy", copy, ("draft", "review", "reading"))
    files = _expand_profiles(profiles)
    if output is not None and len(files) > 1 and not _is_dir(output):
        error(f"错误：一次生成多份稿子时，-o 应是一个已存在的文件夹（{output} 不是）。")
        raise typer.Exit(EXIT_BAD_INPUT)
    if clashes := _clashing_outputs(files, output):
        error(clashes)
        raise typer.Exit(EXIT_BAD_INPUT)
    options = {
        "force": force,
        "fonts": fonts,
        "seed": seed,
        "templates": templates,
        "copy": copy,
        "pdf": pdf,
    }
    if len(files) == 1:
        try:
            with reported(files[0]):
                _render_one(files[0], output, verbose=True, **options)
        except Failed:
            raise typer.Exit(EXIT_BAD_INPUT) from None
        return
    failed = _render_batch(files, output, options, jobs or os.cpu_count() or 1)
    if failed:
        error(f"共 {len(files)} 份，{failed} 份未能生成。")
        raise typer.Exit(EXIT_BAD_INPUT)


def _expand_profiles(paths: list[Path]) -> list[Path]:
    """A folder stands for the profiles in it (*.yaml, *.yml)."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files += sorted(p for p in path.iterdir() if p.suffix.lower() in (".yaml", ".yml"))
        else:
            files.append(path)
    return files


def _clashing_outputs(files: list[Path], output: Path | None) -> str | None:
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
    return (
        "错误：下面的会议信息文件会生成同一个输出文件，后一份会覆盖前一份，所以一份也没有生成：\n"
        + "\n".join(lines)
        + "\n提示：把其中一个文件改名（如“城区学校.yaml”），再运行一次"
    )


PARALLEL_FROM = 8  # smaller batches are quicker in one process than in a pool


def _render_batch(files: list[Path], output: Path | None, options: dict, jobs: int) -> int:  # type: ignore[type-arg]
    """Renders each profile, on every core for large batches; one failure does not stop
    the others. Prints the results table and returns the number of failures."""
    from rich.console import Console
    from rich.progress import Progress
    from rich.table import Table

    table = Table(title="生成结果")
    longest = max(len(p.with_suffix(".docx").name) for p in files)
    table.add_column("文件", no_wrap=True, min_width=longest)  # a name must stay whole to be found
    for column in ("类型", "字数", "分钟", "待补", "结果"):
        table.add_column(column)
    failed = 0
    with Progress(console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("正在生成讲话稿…", total=len(files))
        for path, outcome in _batch_outcomes(files, output, options, jobs):
            if isinstance(outcome, str):
                failed += 1
                error(outcome)
                table.add_row(path.name, "", "", "", "", "失败")
            else:
                table.add_row(*outcome, "成功")
            progress.advance(task)
    Console().print(table)
    return failed


def _batch_outcomes(files: list[Path], output: Path | None, options: dict, jobs: int):  # type: ignore[no-untyped-def,type-arg]
    """(path, table row or error message) per profile, in the order of ``files``."""
    if jobs <= 1 or len(files) < PARALLEL_FROM:
        for path in files:
            yield path, _render_quietly(path, output, options)
        return
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=jobs) as pool:
        futures = [pool.submit(_render_quietly, path, output, options) for path in files]
        for path, future in zip(files, futures, strict=True):
            yield path, future.result()


def _render_quietly(path: Path, output: Path | None, options: dict) -> tuple[str, ...] | str:  # type: ignore[type-arg]
    """One profile of a batch: its table row, or the Chinese message of its failure (worker
    processes can't print into the parent's output, so messages travel back as values)."""
    from speechdraft.errors import SpeechdraftError

    try:
        draft, target = _render_one(path, output, verbose=False, **options)
    except SpeechdraftError as exc:
        return f"错误：{exc}"
    except Exception as exc:  # the CLI boundary, as in reported
        return (
            f"错误：处理 {path} 时发生了内部错误（{type(exc).__name__}: {exc}），"
            "这是 speechdraft 的问题，请把这个文件和这段话发给维护人员。"
        )
    return (
        target.name,
        draft.context.kind.key,
        str(draft.chars),
        f"{draft.minutes:.1f}",
        str(draft.placeholder_count),
    )


def _render_one(
    profile: Path,
    output: Path | None,
    *,
    verbose: bool,
    force: bool,
    fonts: str | None,
    seed: int | None,
    templates: Path | None,
    copy: str,
    pdf: bool,
):  # type: ignore[no-untyped-def]
    from speechdraft.pipeline import build_draft, write_draft
    from speechdraft.writers.output import check_writable, refuse_output_among_inputs
    from speechdraft.writers.pdf import convert_to_pdf

    target = _output_path(profile, output)
    refuse_output_among_inputs(target, [profile])
    if pdf:
        refuse_output_among_inputs(target.with_suffix(".pdf"), [profile])
        check_writable(target.with_suffix(".pdf"), force=force)  # before the .docx is written
    draft = build_draft(profile, seed=seed, templates=templates)
    write_draft(draft, target, fonts=fonts, force=force, copy=copy)
    pdf_path = (
        convert_to_pdf(target, force=force) if pdf and target.suffix.lower() == ".docx" else None
    )
    if verbose:
        for note in draft.notes:
            typer.echo(f"注意：{note}")
        parts = "，".join(
            f"{_short(name)} {chars} 字" for name, chars in draft.document.part_lengths()
        )
        typer.echo(f"各部分：{parts}")
        if pdf_path:
            typer.echo(f"已生成 PDF：{pdf_path}")
        typer.echo(
            f"已生成 {target}：正文 {draft.chars} 字，约 {draft.minutes:.1f} 分钟（按每分钟200字），"
            f"待补 {draft.placeholder_count} 处。"
        )
    return draft, target


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


@app.command()
def preview(
    profile: Annotated[Path, typer.Argument(help="会议信息文件（.yaml）", show_default=False)],
    outline: Annotated[bool, typer.Option("--outline", help="只显示各级标题（提纲）")] = False,
    seed: SeedOpt = None,
    templates: TemplatesOpt = None,
) -> None:
    """在屏幕上预览讲话稿全文（带序号的纯文本），不写文件。"""
    from speechdraft.pipeline import build_draft
    from speechdraft.writers.text import to_outline, to_text

    try:
        with reported(profile):
            draft = build_draft(profile, seed=seed, templates=templates)
            typer.echo(to_outline(draft.document) if outline else to_text(draft.document), nl=False)
    except Failed:
        raise typer.Exit(EXIT_BAD_INPUT) from None


@app.command()
def validate(profiles: ProfilesArg) -> None:
    """检查会议信息文件是否填写正确，列出所有需要修改的地方。"""
    from speechdraft.genre import KINDS, LEVELS
    from speechdraft.pipeline import validate_profile

    failed = 0
    for path in profiles:
        try:
            with reported(path):
                loaded = validate_profile(path)
                p = loaded.profile
                typer.echo(
                    f"{path}：填写正确（{KINDS[p.kind].label}，{LEVELS[p.region.level].label}级，"
                    f"{p.meeting_year}年，重点任务 {len(p.priorities)} 项）"
                )
        except Failed:
            failed += 1
    if failed:
        raise typer.Exit(EXIT_BAD_INPUT)


@app.command()
def kinds() -> None:
    """列出可以生成的讲话类型和行政层级。"""
    from speechdraft.genre import KINDS, LEVELS

    typer.echo("讲话类型（kind）：")
    for key, kind in KINDS.items():
        typer.echo(f"  {key:<20}{kind.label}（默认 {kind.default_minutes} 分钟）")
    typer.echo("行政层级（region.level）：")
    for key, level in LEVELS.items():
        typer.echo(f"  {key:<20}{level.label}（{level.all}、{level.party}、{level.edu}）")
