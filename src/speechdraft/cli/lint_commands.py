"""Commands for any draft, ours or not: check, outline, import."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from speechdraft.cli._shared import (
    EXIT_BAD_INPUT,
    EXIT_FINDINGS,
    ForceOpt,
    FormatOpt,
    NewProfileOpt,
    app,
    attempt,
    choice,
    error,
    require_one_of,
    working_on,
)

if TYPE_CHECKING:
    from speechdraft.pipeline import CheckResult


@app.command()
def check(
    files: Annotated[
        list[Path],
        typer.Argument(
            help="要检查的讲话稿（.docx、.txt 或 .md），可以写多个",
            show_default=False,
            metavar="讲话稿",
        ),
    ],
    profile: Annotated[
        Path | None, typer.Option("--profile", help="会议信息文件：据此确定层级和会议年份")
    ] = None,
    level: Annotated[
        str | None, typer.Option("--level", help="讲话的行政层级，如 county；不填则按用词推断")
    ] = None,
    year: Annotated[
        int | None, typer.Option("--year", help="会议年份；不填则从标题或日期行推断")
    ] = None,
    against: Annotated[
        Path | None, typer.Option("--against", help="去年的讲话稿：找出原样照搬的句子")
    ] = None,
    superiors: Annotated[
        str | None,
        typer.Option(
            "--superiors",
            help="上级地区或上级党委，如“内蒙古自治区、锡林郭勒盟”或“自治区党委和盟委”："
            "稿中提到这些上级的会议、部署、目标时不算层级用词错误",
        ),
    ] = None,
    output_format: FormatOpt = "text",
    fix: Annotated[
        bool,
        typer.Option(
            "--fix", help="另存一份把半角标点改为全角的副本（文件名加“.已改标点”，不改原文件）"
        ),
    ] = False,
    force: Annotated[
        bool, typer.Option("--force", help="与 --fix 一起用：改正后的副本已存在时覆盖它")
    ] = False,
) -> None:
    """检查讲话稿（任何来源）：占位符、过时年份、层级用词、数量与序号、规划用语、标点、重复句、网页杂质，
    插改残留、过期的期限、提法时效、数额单位、职权层级；给出 --profile 时还列出会议信息里没有的承诺。"""
    import json

    from speechdraft.pipeline import check_files

    require_one_of("--format", output_format, FORMAT_CHOICES)
    if level is not None:
        level = choice("--level", level, "levels")
    with working_on(profile or against or files[0]):
        checked = check_files(
            files,
            profile=profile,
            level=level,
            year=year,
            against=against,
            superiors=superiors,
        )
    for unreadable in checked.unreadable:
        error(f"错误：{unreadable}")
    for name in checked.not_speeches:
        error(
            f"{name}：这是材料收集清单，不是讲话稿，没有检查（填好的清单请用 speechdraft collect 汇总）"
        )
    if output_format == "json":
        payload = [r.to_json() for r in checked.results]
        single = len(files) == 1 and len(payload) == 1
        typer.echo(json.dumps(payload[0] if single else payload, ensure_ascii=False, indent=2))
    else:
        for result in checked.results:
            _print_findings(result)
    copies_failed = _write_fixed_copies(checked.results, files, force=force) if fix else 0
    if checked.unreadable or copies_failed:
        raise typer.Exit(EXIT_BAD_INPUT)
    if any(r.errors for r in checked.results):
        raise typer.Exit(EXIT_FINDINGS)


FORMAT_CHOICES = ("text", "json")


def _write_fixed_copies(results: list[CheckResult], files: list[Path], *, force: bool) -> int:
    """Writes each checked draft's corrected copy and says where (on stderr, so that
    --format json stays one JSON document); returns how many could not be written."""
    from speechdraft.pipeline import write_fixed_copy

    failed = 0
    for result in results:
        path = Path(result.file)
        outcome = attempt(path, lambda: (write_fixed_copy(path, force=force, inputs=tuple(files)),))  # noqa: B023
        if outcome is None:
            failed += 1
        elif outcome[0] is None:
            error(f"{path}：没有需要改正的半角标点，没有另存副本。")
        else:
            copy = outcome[0]
            error(
                f"已另存改正后的副本：{copy.path}（改正标点 {copy.corrections} 处，原文件未改动）"
            )
    return failed


_RULE_NAMES = {
    "placeholder": "占位符",
    "stale-year": "过时年份",
    "level-word": "层级用词",
    "count-mismatch": "数量不符",
    "numbering": "序号",
    "plan-phase": "规划用语",
    "punctuation": "标点",
    "duplicate": "重复",
    "junk": "网页杂质",
    "insertion": "插改残留",
    "deadline": "期限与日期",
    "dated-term": "提法时效",
    "amount": "数额与单位",
    "authority": "职权与层级",
    "unsourced": "无出处的承诺",
}


# A pasted corpus can have 100,000 findings: listing them all takes minutes and helps
# nobody; the count is still given and JSON still lists every one.
MAX_SHOWN_PER_RULE = 100


def _print_findings(result: CheckResult) -> None:
    from rich.console import Console
    from rich.markup import escape

    # no wrapping by rich: piped or at 80 columns it would break a word or a file name
    # in two; a terminal wraps long lines itself, whole
    console = Console(highlight=False, soft_wrap=True)
    level = (result.level or "未知") + (
        f"（{result.level_inferred}）" if result.level_inferred else ""
    )
    console.print(
        f"[bold]{escape(result.file)}[/bold]  层级：{escape(level)}  年份：{result.year or '未知'}"
    )
    if not result.findings:
        console.print("  [green]没有发现问题。[/green]")
        return
    for rule, name in _RULE_NAMES.items():
        group = [f for f in result.findings if f.rule == rule]
        if not group:
            continue
        console.print(f"  [bold]{name}[/bold]（{rule}，{len(group)} 处）")
        for f in group[:MAX_SHOWN_PER_RULE]:
            color, mark = ("red", "错误") if f.severity == "error" else ("yellow", "提醒")
            console.print(
                f"    [{color}]{mark}[/{color}] 第{f.paragraph + 1}段：{escape(f.message)}"
            )
            console.print(f"         {escape(f.excerpt)}", style="dim")
        if len(group) > MAX_SHOWN_PER_RULE:
            hidden = len(group) - MAX_SHOWN_PER_RULE
            console.print(f"    另有 {hidden} 处同类问题没有列出（加 --format json 可看到全部）")
    errors = result.errors
    console.print(
        f"  共 {len(result.findings)} 处：错误 {errors} 处，提醒 {len(result.findings) - errors} 处。"
    )


@app.command()
def outline(
    file: Annotated[
        Path,
        typer.Argument(help="讲话稿（.docx、.txt 或 .md）", show_default=False, metavar="讲话稿"),
    ],
    output_format: FormatOpt = "text",
) -> None:
    """提取讲话稿的提纲：标题、宣布的数量（讲几点意见）、各级标题和段内的“一是…二是…”。"""
    import json

    from speechdraft.pipeline import outline_file

    require_one_of("--format", output_format, FORMAT_CHOICES)
    with working_on(file):
        result = outline_file(file)
    if output_format == "json":
        typer.echo(json.dumps(result.to_json(), ensure_ascii=False, indent=2))
        return
    typer.echo(result.title or "（未识别出标题）")
    for a in result.announced:
        count = a.count if a.count is not None else "未说明几点，无法核对数量"
        typer.echo(f"宣布：第{a.paragraph + 1}段“{a.text}”（{count}）")
    for h in result.headings:
        typer.echo("  " * (h.level - 1) + f"{h.number}{h.title}  〔第{h.paragraph + 1}段〕")
    for e in result.enumerations:
        typer.echo(f"段内列举：第{e.paragraph + 1}段 {'、'.join(e.words)}")
    if result.truncated:
        typer.echo("注意：文本似乎不完整（在标题处或句子中间结束），可能没有复制全。")


@app.command("import")
def import_(
    old_speech: Annotated[
        Path,
        typer.Argument(
            help="去年的讲话稿（.docx、.txt 或 .md）", show_default=False, metavar="旧讲话稿"
        ),
    ],
    year: Annotated[
        int | None, typer.Option("--year", help="新会议的年份；不填则为旧稿年份加一")
    ] = None,
    output: NewProfileOpt = Path("会议信息.yaml"),
    force: ForceOpt = False,
) -> None:
    """从去年的讲话稿起草今年的会议信息文件：保留结构和小标题，旧数据和年份列为待核对的注释。"""
    from speechdraft.pipeline import import_old_speech
    from speechdraft.writers.output import refuse_output_among_inputs, write_text_file

    with working_on(old_speech):
        refuse_output_among_inputs(output, [old_speech])
        imported = import_old_speech(old_speech, year=year)
        write_text_file(output, imported.text, force=force)
    for note in imported.notes:
        typer.echo(f"推断：{note}")
    typer.echo(f"已建立 {output}。请核对其中以“#”开头的提示，然后运行：speechdraft render {output}")
