"""Commands that make drafts: render (one, several or a folder), preview, validate, kinds."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Annotated

import typer

from speechdraft.cli._render import COPY_CHOICES, FONT_CHOICES, render_profiles
from speechdraft.cli._shared import (
    EXIT_BAD_INPUT,
    EXIT_OK,
    ForceOpt,
    ProfilesArg,
    SeedOpt,
    TemplatesOpt,
    app,
    attempt,
    echo_warnings,
    session,
    working_on,
)

__all__ = ["COPY_CHOICES", "FONT_CHOICES"]  # other commands offer the same choices


@app.command()
def render(
    profiles: ProfilesArg,
    output_typed: Annotated[
        str | None,
        typer.Option(
            "-o",
            "--output",
            help="输出文件（.docx、.pdf 或 .txt，.pdf 需要 LibreOffice），或输出文件夹（以 / 结尾；"
            "不存在时自动建立）；多个会议信息文件时为输出文件夹。默认与会议信息文件同名同目录",
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
            help="稿子的用途：draft 正式版式（默认）、review 审阅稿（行号、讨论稿页眉）、reading 念稿版（大字）；写中文名也可以",
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
    code = render_profiles(
        profiles,
        output_typed,
        force=force,
        fonts=fonts,
        copy=copy,
        pdf=pdf,
        jobs=jobs,
        seed=seed,
        templates=templates,
    )
    if code != EXIT_OK:
        raise typer.Exit(code)


@app.command()
def preview(
    profile: Annotated[
        Path,
        typer.Argument(help="会议信息文件（.yaml）", show_default=False, metavar="会议信息文件"),
    ],
    outline: Annotated[bool, typer.Option("--outline", help="只显示各级标题（提纲）")] = False,
    seed: SeedOpt = None,
    templates: TemplatesOpt = None,
) -> None:
    """在屏幕上预览讲话稿全文（带序号的纯文本），不写文件。"""
    from speechdraft.pipeline import build_draft
    from speechdraft.writers.text import to_outline, to_text

    with working_on(profile):
        draft = build_draft(profile, seed=seed, templates=templates)
    typer.echo(to_outline(draft.document) if outline else to_text(draft.document), nl=False)


@app.command()
def validate(profiles: ProfilesArg) -> None:
    """检查会议信息文件是否填写正确，列出所有需要修改的地方。"""
    from speechdraft.genre import KINDS, LEVELS
    from speechdraft.pipeline import unit_notes, validate_profile

    debug = session().debug
    failed = 0
    for path in profiles:
        loaded = attempt(path, partial(validate_profile, path), debug=debug)
        if loaded is None:
            failed += 1
            continue
        p = loaded.profile
        summary = (
            f"{KINDS[p.kind].label}，{LEVELS[p.region.level].label}级，"
            f"{p.meeting_year}年，重点任务 {len(p.priorities)} 项"
        )
        if loaded.warnings:
            typer.echo(
                f"{path}：格式没有问题（{summary}），"
                f"但有 {len(loaded.warnings)} 处提醒，请逐条核对："
            )
            echo_warnings(loaded.warnings)
        else:
            typer.echo(f"{path}：填写正确（{summary}）")
        for note in unit_notes(loaded):  # a bare sum read in the catalogue's unit (round v's A)
            typer.echo(f"说明：{note}")
    if failed:
        raise typer.Exit(EXIT_BAD_INPUT)


@app.command()
def kinds() -> None:
    """列出可以生成的讲话类型和行政层级。"""
    from speechdraft.genre import KINDS, LEVEL_NAMES, LEVELS

    typer.echo("讲话类型（kind）：")
    for key, kind in KINDS.items():
        names = "、".join(kind.names)
        typer.echo(f"  {key:<20}{kind.label}（也可写：{names}；默认 {kind.default_minutes} 分钟）")
    typer.echo("行政层级（region.level）：")
    for key, level in LEVELS.items():
        also = "；也可写：" + "、".join(LEVEL_NAMES[key]) if LEVEL_NAMES[key] else ""
        typer.echo(f"  {key:<20}{level.label}（{level.all}、{level.party}、{level.edu}）{also}")
