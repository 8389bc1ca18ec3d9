"""The departments' loop: the checklist sent out and, once filled in, collected back."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from speechdraft.cli._shared import (
    EXIT_BAD_INPUT,
    EXIT_FINDINGS,
    ForceOpt,
    app,
    choice,
    error,
    require_one_of,
    working_on,
)
from speechdraft.cli.draft_commands import FONT_CHOICES
from speechdraft.genre import DEFAULT_KIND

ProfileOpt = Annotated[
    Path | None,
    typer.Option(
        "--profile",
        help="会议信息文件：表头写上会议名称、年份、层级和地区，数据项按其讲话类型和重点任务列出",
    ),
]
FORM_SUFFIXES = (".xlsx", ".docx", ".txt")


@app.command()
def checklist(
    kind: Annotated[
        str, typer.Option("--kind", help="讲话类型，见 speechdraft kinds（用 --profile 时不用写）")
    ] = DEFAULT_KIND,
    priorities: Annotated[
        str | None,
        typer.Option(
            "--priorities",
            help="重点任务领域，用逗号分隔，如“学前教育,校园安全”；不填按讲话类型常用的几项",
        ),
    ] = None,
    profile: ProfileOpt = None,
    deadline: Annotated[
        str | None,
        typer.Option("--deadline", help="报送截止时间，如“3月5日”；用 --profile 时默认会前一周"),
    ] = None,
    output: Annotated[
        Path,
        typer.Option(
            "-o", "--output", help="输出文件：.xlsx（发给科室填写）、.docx（打印）或 .txt"
        ),
    ] = Path("材料清单.xlsx"),
    fonts: Annotated[str, typer.Option("--fonts", help="字体方案：gov 或 windows")] = "gov",
    force: ForceOpt = False,
) -> None:
    """生成材料收集清单：发给各科室填写的表格（Excel 每个科室一张工作表），填好后用 collect 收回。"""
    from speechdraft.errors import SpeechdraftError
    from speechdraft.pipeline import write_checklist

    require_one_of("--fonts", fonts, FONT_CHOICES)
    kind = choice("--kind", kind, "kinds")
    if output.suffix.lower() not in FORM_SUFFIXES:
        raise SpeechdraftError(
            f"不能生成“{output.suffix or output.name}”格式：清单文件名请以 .xlsx、.docx 或 .txt 结尾"
        )
    names = [n.strip() for n in (priorities or "").replace("，", ",").split(",") if n.strip()]
    with working_on(profile or output):
        result = write_checklist(
            output,
            kind=kind,
            priorities=names or None,
            profile=profile,
            deadline=deadline,
            fonts=fonts,
            force=force,
        )
    rows = result.rows()
    typer.echo(
        f"已生成 {output}：{len(result.sections)} 部分，{len(rows)} 项"
        f"（必填 {sum(r.required for r in rows)} 项），涉及 {len(result.departments())} 个科室。"
    )
    if output.suffix.lower() == ".xlsx":
        typer.echo("各科室填好后收回，运行：speechdraft collect 回表.xlsx --profile 会议信息.yaml")


@app.command()
def collect(
    returns: Annotated[
        list[Path],
        typer.Argument(
            help="各科室填好的回表（.xlsx 或 .docx），可以写多个",
            show_default=False,
            metavar="回表",
        ),
    ],
    profile: Annotated[
        Path, typer.Option("--profile", help="会议信息文件（.yaml）：数据写进它的一份新副本")
    ],
    output: Annotated[
        Path | None,
        typer.Option("-o", "--output", help="写入的新会议信息文件；不写则为“原名.已汇总.yaml”"),
    ] = None,
    force: ForceOpt = False,
) -> None:
    """收回各科室填好的材料清单，把数据写进会议信息文件的新副本（每个数字注明来源），并按科室列出缺项和疑点。"""
    from speechdraft.pipeline import collect_returns

    with working_on(profile):
        result, written = collect_returns(returns, profile, output, force=force)
    if result.unreadable:
        for message in result.unreadable:
            error(f"错误：{message}")
        error("以上回表无法读取，没有写入任何文件。")
        raise typer.Exit(EXIT_BAD_INPUT)
    for line in result.report_lines():
        typer.echo(line)
    if written is None:
        typer.echo("回表中没有任何可以写入的数据，没有写入文件。")
    else:
        typer.echo(
            f"已写入 {written}（原文件 {profile} 未改动）。核对后运行：speechdraft render {written}"
        )
    if result.needs_decision or written is None:
        raise typer.Exit(EXIT_FINDINGS)
