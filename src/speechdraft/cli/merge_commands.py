"""update and diff: a new round of a draft without losing the clerk's edits."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from speechdraft.cli._shared import EXIT_FINDINGS, ForceOpt, app, working_on

EditedArg = Annotated[
    Path,
    typer.Argument(help="改过的讲话稿（.docx）", show_default=False, metavar="已改稿.docx"),
]


@app.command()
def update(
    edited: EditedArg,
    profile: Annotated[
        Path | None,
        typer.Option("--profile", help="新的会议信息文件；不写则按稿中记录的会议信息重新生成"),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option("-o", "--output", help="合并结果写入的文件（默认：原名.更新稿.docx）"),
    ] = None,
    force: ForceOpt = False,
) -> None:
    """按新的会议信息重新生成，并与您改过的稿子合并：您的修改保留，新内容以修订标出。"""
    from speechdraft.pipeline import update_draft

    with working_on(edited):
        result = update_draft(edited, profile=profile, output=output, force=force)
    if result.merge is not None:
        merge = result.merge
        typer.echo(f"已写入 {result.output}（原稿未改动）。")
        if result.profile_from_record:
            typer.echo("未指定 --profile：按稿中记录的会议信息重新生成。")
        typer.echo(
            f"保留您的修改 {merge.kept} 段，按新会议信息更新 {merge.updated} 段，"
            f"两边都改而自动合并 {merge.merged} 段，冲突 {merge.conflicts} 段，"
            f"未变 {merge.unchanged} 段。"
        )
        if merge.renumbered or merge.recounted:
            typer.echo(
                f"重排了 {merge.renumbered} 个标题序号，改正了 {merge.recounted} 处宣布的数目。"
            )
        typer.echo(
            "所有改动都是 Word 修订（作者 speechdraft）：请在 Word/WPS 的“审阅”中逐条接受或拒绝。"
        )
        if merge.conflicts:
            typer.echo("以下段落您和新会议信息都改动了，已加批注，请决定保留哪一种：")
            for place in merge.conflict_places:
                typer.echo(f"  · {place}")
            raise typer.Exit(EXIT_FINDINGS)
        return
    review = result.review
    assert review is not None
    typer.echo(
        f"{edited} 里没有 speechdraft 的生成记录，无法分辨哪些是您的修改："
        f"已与新生成的稿子逐段对照，写入 {result.output}（原稿未改动）。"
    )
    typer.echo(
        f"标为修订并加批注：改动 {review.changed} 段，删去 {review.deleted} 段，"
        f"新增 {review.added} 段。请逐条审阅，拒绝会抹掉您修改的修订。"
    )
    raise typer.Exit(EXIT_FINDINGS)


@app.command()
def diff(
    old: Annotated[
        Path, typer.Argument(help="旧稿（.docx）", show_default=False, metavar="旧稿.docx")
    ],
    new: Annotated[
        Path, typer.Argument(help="新稿（.docx）", show_default=False, metavar="新稿.docx")
    ],
    output: Annotated[
        Path,
        typer.Option("-o", "--output", help="对照稿写入的文件"),
    ] = Path("对照.docx"),
    force: ForceOpt = False,
) -> None:
    """把两稿之间的改动以修订（逐句）标在旧稿上，写成一份对照稿。"""
    from speechdraft.pipeline import diff_drafts

    with working_on(old):
        summary = diff_drafts(old, new, output, force=force)
    typer.echo(
        f"已写入 {output}：改动 {summary.changed} 段，删去 {summary.deleted} 段，"
        f"新增 {summary.added} 段，未变 {summary.unchanged} 段（在 Word/WPS 的“审阅”中查看）。"
    )
