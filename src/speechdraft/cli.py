"""The command line: Chinese help, exit codes 0 (成功) / 1 (检查发现问题) / 2 (输入或用法有误).

Heavy modules (python-docx, Jinja2, pydantic) are imported inside the commands, so
``speechdraft --help`` answers at once.
"""

from __future__ import annotations

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
    seed: SeedOpt = None,
    templates: TemplatesOpt = None,
) -> None:
    """生成讲话稿：把会议信息文件变成可打印的 .docx（或 .txt）初稿。"""
    if fonts is not None and fonts not in ("gov", "windows"):
        _error(f"错误：--fonts 只能是 gov 或 windows，收到的是“{fonts}”。")
        raise typer.Exit(EXIT_BAD_INPUT)
    if output is not None and len(profiles) > 1 and not output.is_dir():
        _error(f"错误：一次生成多份稿子时，-o 应是一个已存在的文件夹（{output} 不是）。")
        raise typer.Exit(EXIT_BAD_INPUT)
    failed = 0
    for profile in profiles:
        try:
            with _reported(profile):
                _render_one(
                    profile, output, force=force, fonts=fonts, seed=seed, templates=templates
                )
        except _Failed:
            failed += 1
    if failed:
        if len(profiles) > 1:
            _error(f"共 {len(profiles)} 份，{failed} 份未能生成。")
        raise typer.Exit(EXIT_BAD_INPUT)


def _render_one(
    profile: Path,
    output: Path | None,
    *,
    force: bool,
    fonts: str | None,
    seed: int | None,
    templates: Path | None,
) -> None:
    from speechdraft.pipeline import build_draft, write_draft

    draft = build_draft(profile, seed=seed, templates=templates)
    target = _output_path(profile, output)
    write_draft(draft, target, fonts=fonts, force=force)
    for note in draft.notes:
        typer.echo(f"注意：{note}")
    parts = "，".join(f"{_short(name)} {chars} 字" for name, chars in draft.document.part_lengths())
    typer.echo(f"各部分：{parts}")
    typer.echo(
        f"已生成 {target}：正文 {draft.chars} 字，约 {draft.minutes:.1f} 分钟（按每分钟200字），"
        f"待补 {draft.placeholder_count} 处。"
    )


def _short(heading: str, width: int = 8) -> str:
    return heading if len(heading) <= width else heading[:width] + "…"


def _output_path(profile: Path, output: Path | None) -> Path:
    if output is None:
        return profile.with_suffix(".docx")
    if output.is_dir():
        return output / profile.with_suffix(".docx").name
    return output


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


def main() -> None:
    """Entry point of the ``speechdraft`` command."""
    try:
        app()
    except KeyboardInterrupt:
        _error("已取消。")
        sys.exit(EXIT_BAD_INPUT)
