"""The workflow around a draft: init, schema, fonts and the questionnaire (new)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

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
        str, typer.Option("--kind", help="讲话类型，见 speechdraft kinds")
    ] = DEFAULT_KIND,
    level: Annotated[
        str, typer.Option("--level", help="行政层级，见 speechdraft kinds")
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


@app.command()
def new(
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="要建立的会议信息文件；不写则在最后询问")
    ] = None,
    force: ForceOpt = False,
) -> None:
    """问答式建立会议信息文件：逐项回答问题（回车采用括号中的默认值），最后写出带注释的文件。"""
    from speechdraft.pipeline import write_skeleton

    answers, kind, level, target = _questionnaire(output)  # Ctrl-C here: the boundary
    with working_on(target):
        schema = write_skeleton(target, kind=kind, level=level, force=force, answers=answers)
    typer.echo(
        f"已建立 {target}{schema.note}。请补充成绩、问题和数据，"
        f"然后运行：speechdraft render {target}"
    )


def _ask_choice(question: str, choices: dict[str, str], default: str) -> str:
    keys = list(choices)
    for number, key in enumerate(keys, start=1):
        typer.echo(f"  {number}. {choices[key]}（{key}）")
    while True:
        answer = typer.prompt(question, default=str(keys.index(default) + 1)).strip()
        if answer.isdigit() and 1 <= int(answer) <= len(keys):
            return keys[int(answer) - 1]
        if answer in choices:
            return answer
        typer.echo(f"请输入 1—{len(keys)} 之间的数字。")


def _questionnaire(output: Path | None) -> tuple[dict[str, Any], str, str, Path]:
    import datetime

    from speechdraft.genre import DEFAULT_PRIORITIES, KINDS, LEVELS
    from speechdraft.intake.skeleton import priority_entries
    from speechdraft.phrasebank import load_phrasebank
    from speechdraft.resources import builtin_templates_dir

    typer.echo("建立会议信息文件（直接回车采用括号中的默认值，按 Ctrl-C 取消）")
    kind = _ask_choice("讲话类型", {k: v.label for k, v in KINDS.items()}, DEFAULT_KIND)
    level = _ask_choice("行政层级", {k: v.label for k, v in LEVELS.items()}, DEFAULT_LEVEL)
    words = LEVELS[level]
    bank = load_phrasebank(builtin_templates_dir())
    region_name = typer.prompt("地名（如 安平县，可不填）", default="", show_default=False)
    date = typer.prompt("会议日期", default=datetime.date.today().isoformat())
    title = typer.prompt("讲话人职务", default=f"{words.party}书记")
    name = typer.prompt("讲话人姓名（可不填）", default="", show_default=False)
    minutes = typer.prompt("讲话时长（分钟）", default=KINDS[kind].default_minutes, type=int)
    default_areas = "，".join(bank.areas[k].label for k in DEFAULT_PRIORITIES[kind])
    areas = typer.prompt("重点任务领域（用逗号分隔）", default=default_areas)
    names = [a.strip() for a in areas.replace(",", "，").split("，") if a.strip()]
    target = output or Path(typer.prompt("保存为", default="会议信息.yaml"))
    answers = {
        "meeting": {"date": date},
        "region": {"name": region_name},
        "speaker": {"title": title, "name": name},
        "duration_minutes": minutes,
        "priorities": priority_entries(bank, names),
    }
    return answers, kind, level, target
