"""The workflow around a draft: init, schema and fonts (the questionnaire, new, has its own
module; checklist is with the returns)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from speechdraft.cli._shared import (
    ForceOpt,
    NewProfileOpt,
    app,
    choice,
    working_on,
)
from speechdraft.genre import DEFAULT_KIND, DEFAULT_LEVEL


@app.command()
def init(
    kind: Annotated[
        str, typer.Option("--kind", help="讲话类型：英文名或中文名，见 speechdraft kinds")
    ] = DEFAULT_KIND,
    level: Annotated[
        str, typer.Option("--level", help="行政层级：英文名或中文名（如 县），见 speechdraft kinds")
    ] = DEFAULT_LEVEL,
    output: NewProfileOpt = Path("会议信息.yaml"),
    force: ForceOpt = False,
) -> None:
    """建立一份带中文注释的会议信息文件（空白模板），填好后即可生成讲话稿。"""
    from speechdraft.pipeline import write_skeleton

    kind = choice("--kind", kind, "kinds")
    level = choice("--level", level, "levels")
    with working_on(output):
        schema = write_skeleton(output, kind=kind, level=level, force=force)
    typer.echo(f"已建立 {output}{schema.note}。请逐项填写，然后运行：")
    typer.echo(f"  speechdraft validate {output}")
    typer.echo(f"  speechdraft render {output}")


@app.command()
def schema(
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="写入的文件；不写则显示在屏幕上")
    ] = None,
    force: ForceOpt = False,
) -> None:
    """输出会议信息文件的 JSON Schema（供编辑器自动补全和检查）。"""
    from speechdraft.intake.schema import schema_json

    if output is None:
        typer.echo(schema_json(), nl=False)
        return
    from speechdraft.writers.output import write_text_file

    with working_on(output):
        write_text_file(output, schema_json(), force=force)
    typer.echo(f"已写入 {output}")


@app.command()
def fonts() -> None:
    """检查本机是否安装了讲话稿版式所用的字体，以及缺少时会用什么字体代替。"""
    from speechdraft.writers.fonts import font_report

    rows = font_report()
    if rows and rows[0].installed is None:
        typer.echo(
            "本机没有 fontconfig（fc-list），无法检查字体；Windows 上请在“设置 → 字体”中查看。"
        )
    for row in rows:
        if row.installed is None:
            state = "无法检查"
        elif row.installed:
            state = "已安装"
        else:
            state = f"未安装，将由“{row.substitute or '系统默认字体'}”代替"
        typer.echo(f"{row.preset:<8}{row.role:<10}{row.name}：{state}")
