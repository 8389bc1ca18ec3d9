"""The command line: Chinese help, exit codes 0 (成功) / 1 (检查发现问题) / 2 (输入或用法有误).

Heavy modules (python-docx, Jinja2, pydantic) are imported inside the commands, so
``speechdraft --help`` answers at once.
"""

from __future__ import annotations

import os
import sys
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_BAD_INPUT = 2

app = typer.Typer(
    name="speechdraft",
    help="根据会议信息文件（YAML）生成教育工作会议讲话稿初稿（.docx，党政机关公文版式）。",
    no_args_is_help=True,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)

_state = {"debug": False}


@app.callback()
def _options(
    debug: Annotated[
        bool, typer.Option("--debug", help="出错时显示程序内部的详细信息（供开发人员排查）")
    ] = False,
) -> None:
    _state["debug"] = debug


def _error(message: str) -> None:
    typer.echo(message, err=True)


@contextmanager
def _reported(file: Path | str) -> Iterator[None]:
    """Turns every failure into one Chinese paragraph naming the file: no traceback
    unless --debug. SpeechdraftError carries its own message; anything else is a bug."""
    from speechdraft.errors import SpeechdraftError

    try:
        yield
    except SpeechdraftError as exc:
        _error(f"错误：{exc}")
        raise _Failed from None
    except KeyboardInterrupt:
        _error("已取消，没有写入任何文件。")
        raise _Failed from None
    except Exception as exc:  # the CLI boundary: nothing may reach the user as a traceback
        if _state["debug"]:
            traceback.print_exc()
        _error(
            f"错误：处理 {file} 时发生了内部错误（{type(exc).__name__}: {exc}）。"
            "这是 speechdraft 的问题，不是您的输入有误；请把这个文件和这段话发给维护人员，"
            "加上 --debug 可以看到详细信息。"
        )
        raise _Failed from None


class _Failed(Exception):
    """One input failed; the message has already been printed."""


ProfilesArg = Annotated[
    list[Path], typer.Argument(help="会议信息文件（.yaml），可以写多个", show_default=False)
]
SeedOpt = Annotated[
    int | None, typer.Option("--seed", help="措辞变化的种子（整数）；换一个数可得到不同措辞")
]
TemplatesOpt = Annotated[
    Path | None, typer.Option("--templates", help="自定义模板文件夹，优先于内置模板使用")
]


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
    force: Annotated[bool, typer.Option("--force", help="输出文件已存在时覆盖它")] = False,
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
    if fonts is not None and fonts not in ("gov", "windows"):
        _error(f"错误：--fonts 只能是 gov 或 windows，收到的是“{fonts}”。")
        raise typer.Exit(EXIT_BAD_INPUT)
    if copy not in ("draft", "review", "reading"):
        _error(f"错误：--copy 只能是 draft、review 或 reading，收到的是“{copy}”。")
        raise typer.Exit(EXIT_BAD_INPUT)
    files = _expand_profiles(profiles)
    if output is not None and len(files) > 1 and not _is_dir(output):
        _error(f"错误：一次生成多份稿子时，-o 应是一个已存在的文件夹（{output} 不是）。")
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
            with _reported(files[0]):
                _render_one(files[0], output, verbose=True, **options)
        except _Failed:
            raise typer.Exit(EXIT_BAD_INPUT) from None
        return
    failed = _render_batch(files, output, options, jobs or os.cpu_count() or 1)
    if failed:
        _error(f"共 {len(files)} 份，{failed} 份未能生成。")
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
                _error(outcome)
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
    except Exception as exc:  # the CLI boundary, as in _reported
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
    from speechdraft.pdf import convert_to_pdf
    from speechdraft.pipeline import build_draft, write_draft

    draft = build_draft(profile, seed=seed, templates=templates)
    target = _output_path(profile, output)
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
    from speechdraft.text_writer import to_outline, to_text

    try:
        with _reported(profile):
            draft = build_draft(profile, seed=seed, templates=templates)
            typer.echo(to_outline(draft.document) if outline else to_text(draft.document), nl=False)
    except _Failed:
        raise typer.Exit(EXIT_BAD_INPUT) from None


@app.command()
def validate(profiles: ProfilesArg) -> None:
    """检查会议信息文件是否填写正确，列出所有需要修改的地方。"""
    from speechdraft.lexicon import KINDS, LEVELS
    from speechdraft.pipeline import validate_profile

    failed = 0
    for path in profiles:
        try:
            with _reported(path):
                loaded = validate_profile(path)
                p = loaded.profile
                typer.echo(
                    f"{path}：填写正确（{KINDS[p.kind].label}，{LEVELS[p.region.level].label}级，"
                    f"{p.meeting_year}年，重点任务 {len(p.priorities)} 项）"
                )
        except _Failed:
            failed += 1
    if failed:
        raise typer.Exit(EXIT_BAD_INPUT)


@app.command()
def kinds() -> None:
    """列出可以生成的讲话类型和行政层级。"""
    from speechdraft.lexicon import KINDS, LEVELS

    typer.echo("讲话类型（kind）：")
    for key, kind in KINDS.items():
        typer.echo(f"  {key:<20}{kind.label}（默认 {kind.default_minutes} 分钟）")
    typer.echo("行政层级（region.level）：")
    for key, level in LEVELS.items():
        typer.echo(f"  {key:<20}{level.label}（{level.all}、{level.party}、{level.edu}）")


@app.command()
def init(
    kind: Annotated[
        str, typer.Option("--kind", help="讲话类型，见 speechdraft kinds")
    ] = "leader_speech",
    level: Annotated[
        str, typer.Option("--level", help="行政层级，见 speechdraft kinds")
    ] = "county",
    output: Annotated[Path, typer.Option("-o", "--output", help="要建立的会议信息文件")] = Path(
        "会议信息.yaml"
    ),
    force: Annotated[bool, typer.Option("--force", help="文件已存在时覆盖它")] = False,
) -> None:
    """建立一份带中文注释的会议信息文件（空白模板），填好后即可生成讲话稿。"""
    from speechdraft.pipeline import write_skeleton

    try:
        with _reported(output):
            _check_choice("--kind", kind, "kinds")
            _check_choice("--level", level, "levels")
            schema_path = write_skeleton(output, kind=kind, level=level, force=force)
            typer.echo(
                f"已建立 {output}（以及编辑器用的 {schema_path.name}）。请逐项填写，然后运行："
            )
            typer.echo(f"  speechdraft validate {output}")
            typer.echo(f"  speechdraft render {output}")
    except _Failed:
        raise typer.Exit(EXIT_BAD_INPUT) from None


@app.command()
def schema(
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="写入的文件；不写则显示在屏幕上")
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="文件已存在时覆盖它")] = False,
) -> None:
    """输出会议信息文件的 JSON Schema（供编辑器自动补全和检查）。"""
    from speechdraft.schema import schema_json

    if output is None:
        typer.echo(schema_json(), nl=False)
        return
    from speechdraft.output import write_atomically

    try:
        with _reported(output):
            text = schema_json()
            write_atomically(
                output, lambda t: Path(t).write_text(text, encoding="utf-8"), force=force
            )
            typer.echo(f"已写入 {output}")
    except _Failed:
        raise typer.Exit(EXIT_BAD_INPUT) from None


@app.command()
def checklist(
    kind: Annotated[
        str, typer.Option("--kind", help="讲话类型，见 speechdraft kinds")
    ] = "leader_speech",
    priorities: Annotated[
        str | None,
        typer.Option(
            "--priorities",
            help="重点任务领域，用逗号分隔，如“学前教育,校园安全”；不填按讲话类型常用的几项",
        ),
    ] = None,
    output: Annotated[
        Path, typer.Option("-o", "--output", help="输出文件（.docx 或 .txt）")
    ] = Path("材料清单.docx"),
    fonts: Annotated[str, typer.Option("--fonts", help="字体方案：gov 或 windows")] = "gov",
    force: Annotated[bool, typer.Option("--force", help="文件已存在时覆盖它")] = False,
) -> None:
    """生成材料收集清单：向各科室收集讲话稿所需数据的表格（可打印）。"""
    from speechdraft.pipeline import write_checklist

    try:
        with _reported(output):
            _check_choice("--kind", kind, "kinds")
            _check_choice("--fonts", fonts, "fonts")
            names = [
                n.strip() for n in (priorities or "").replace("，", ",").split(",") if n.strip()
            ]
            result = write_checklist(
                output, kind=kind, priorities=names or None, fonts=fonts, force=force
            )
            rows = sum(len(section.rows) for section in result.sections)
            required = sum(r.required for section in result.sections for r in section.rows)
            typer.echo(
                f"已生成 {output}：{len(result.sections)} 张表，{rows} 项（必填 {required} 项）。"
            )
    except _Failed:
        raise typer.Exit(EXIT_BAD_INPUT) from None


@app.command()
def fonts() -> None:
    """检查本机是否安装了讲话稿版式所用的字体，以及缺少时会用什么字体代替。"""
    from speechdraft.fonts import font_report

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
    force: Annotated[bool, typer.Option("--force", help="文件已存在时覆盖它")] = False,
) -> None:
    """问答式建立会议信息文件：逐项回答问题（回车采用括号中的默认值），最后写出带注释的文件。"""
    from speechdraft.pipeline import write_skeleton

    try:
        answers, kind, level, target = _questionnaire(output)
    except (typer.Abort, EOFError, KeyboardInterrupt):
        _error("\n已取消，没有写入任何文件。")
        raise typer.Exit(EXIT_BAD_INPUT) from None
    try:
        with _reported(target):
            write_skeleton(target, kind=kind, level=level, force=force, answers=answers)
            typer.echo(
                f"已建立 {target}。请补充成绩、问题和数据，然后运行：speechdraft render {target}"
            )
    except _Failed:
        raise typer.Exit(EXIT_BAD_INPUT) from None


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


def _questionnaire(output: Path | None) -> tuple[dict, str, str, Path]:  # type: ignore[type-arg]
    import datetime

    from speechdraft.lexicon import KINDS, LEVELS
    from speechdraft.phrasebank import load_phrasebank
    from speechdraft.resources import builtin_templates_dir
    from speechdraft.skeleton import DEFAULT_PRIORITIES, priority_entries

    typer.echo("建立会议信息文件（直接回车采用括号中的默认值，按 Ctrl-C 取消）")
    kind = _ask_choice("讲话类型", {k: v.label for k, v in KINDS.items()}, "leader_speech")
    level = _ask_choice("行政层级", {k: v.label for k, v in LEVELS.items()}, "county")
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


@app.command()
def check(
    files: Annotated[
        list[Path],
        typer.Argument(help="要检查的讲话稿（.docx、.txt 或 .md），可以写多个", show_default=False),
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
    output_format: Annotated[str, typer.Option("--format", help="输出格式：text 或 json")] = "text",
    fix: Annotated[
        bool, typer.Option("--fix", help="另存一份把半角标点改为全角的副本（不改原文件）")
    ] = False,
) -> None:
    """检查讲话稿（任何来源）：占位符、过时年份、层级用词、数量与序号、规划用语、标点、重复句、网页杂质。"""
    import json

    from speechdraft.pipeline import check_files

    if output_format not in ("text", "json"):
        _error(f"错误：--format 只能是 text 或 json，收到的是“{output_format}”。")
        raise typer.Exit(EXIT_BAD_INPUT)
    try:
        with _reported(profile or against or files[0]):
            if level is not None:
                _check_choice("--level", level, "levels")
            results = check_files(
                files, profile=profile, level=level, year=year, against=against, fix=fix
            )
    except _Failed:
        raise typer.Exit(EXIT_BAD_INPUT) from None
    unreadable = [r for r in results if isinstance(r, str)]
    checked = [r for r in results if not isinstance(r, str)]
    for message in unreadable:
        _error(f"错误：{message}")
    if output_format == "json":
        payload = [r.to_json() for r in checked]
        single = len(files) == 1 and len(payload) == 1
        typer.echo(json.dumps(payload[0] if single else payload, ensure_ascii=False, indent=2))
    else:
        for result in checked:
            _print_findings(result)
    if unreadable:
        raise typer.Exit(EXIT_BAD_INPUT)
    if any(r.errors for r in checked):
        raise typer.Exit(EXIT_FINDINGS)


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
}


def _print_findings(result) -> None:  # type: ignore[no-untyped-def]
    from rich.console import Console
    from rich.markup import escape

    console = Console(highlight=False)
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
        for f in group:
            color, mark = ("red", "错误") if f.severity == "error" else ("yellow", "提醒")
            console.print(f"    [{color}]{mark}[/{color}] 第{f.paragraph}段：{escape(f.message)}")
            console.print(f"         {escape(f.excerpt)}", style="dim")
    errors = result.errors
    console.print(
        f"  共 {len(result.findings)} 处：错误 {errors} 处，提醒 {len(result.findings) - errors} 处。"
    )


@app.command()
def outline(
    file: Annotated[Path, typer.Argument(help="讲话稿（.docx、.txt 或 .md）", show_default=False)],
    output_format: Annotated[str, typer.Option("--format", help="输出格式：text 或 json")] = "text",
) -> None:
    """提取讲话稿的提纲：标题、宣布的数量（讲几点意见）、各级标题和段内的“一是…二是…”。"""
    import json

    from speechdraft.pipeline import outline_file

    if output_format not in ("text", "json"):
        _error(f"错误：--format 只能是 text 或 json，收到的是“{output_format}”。")
        raise typer.Exit(EXIT_BAD_INPUT)
    try:
        with _reported(file):
            result = outline_file(file)
    except _Failed:
        raise typer.Exit(EXIT_BAD_INPUT) from None
    if output_format == "json":
        typer.echo(json.dumps(result.to_json(), ensure_ascii=False, indent=2))
        return
    typer.echo(result.title or "（未识别出标题）")
    for a in result.announced:
        typer.echo(f"宣布：第{a.paragraph}段“{a.text}”（{a.count}）")
    for h in result.headings:
        typer.echo("  " * (h.level - 1) + f"{h.number}{h.title}  〔第{h.paragraph}段〕")
    for e in result.enumerations:
        typer.echo(f"段内列举：第{e.paragraph}段 {'、'.join(e.words)}")
    if result.truncated:
        typer.echo("注意：文本似乎不完整（在标题处或句子中间结束，或宣布的部分没有写全）。")


@app.command("import")
def import_(
    old_speech: Annotated[
        Path, typer.Argument(help="去年的讲话稿（.docx、.txt 或 .md）", show_default=False)
    ],
    year: Annotated[
        int | None, typer.Option("--year", help="新会议的年份；不填则为旧稿年份加一")
    ] = None,
    output: Annotated[Path, typer.Option("-o", "--output", help="要建立的会议信息文件")] = Path(
        "会议信息.yaml"
    ),
    force: Annotated[bool, typer.Option("--force", help="文件已存在时覆盖它")] = False,
) -> None:
    """从去年的讲话稿起草今年的会议信息文件：保留结构和小标题，旧数据和年份列为待核对的注释。"""
    from speechdraft.pipeline import import_old_speech, write_text_file

    try:
        with _reported(old_speech):
            imported = import_old_speech(old_speech, year=year)
            write_text_file(output, imported.text, force=force)
    except _Failed:
        raise typer.Exit(EXIT_BAD_INPUT) from None
    for note in imported.notes:
        typer.echo(f"推断：{note}")
    typer.echo(f"已建立 {output}。请核对其中以“#”开头的提示，然后运行：speechdraft render {output}")


def _check_choice(option: str, value: str, table: str) -> None:
    from speechdraft.errors import SpeechdraftError
    from speechdraft.layout import FONT_PRESETS
    from speechdraft.lexicon import KINDS, LEVELS
    from speechdraft.messages import did_you_mean

    choices = {"kinds": KINDS, "levels": LEVELS, "fonts": FONT_PRESETS}[table]
    if value not in choices:
        guess = did_you_mean(value, list(choices))
        hint = f"是不是“{guess}”？" if guess else ""
        raise SpeechdraftError(
            f"{option} 不能是“{value}”。{hint}可选：{'、'.join(_choice_label(k, v) for k, v in choices.items())}"
        )


def _choice_label(key: str, value: object) -> str:
    label = getattr(value, "label", None)
    return f"{key}（{label}）" if label else key


def main() -> None:
    """Entry point of the ``speechdraft`` command."""
    try:
        app()
    except KeyboardInterrupt:
        _error("已取消。")
        sys.exit(EXIT_BAD_INPUT)
