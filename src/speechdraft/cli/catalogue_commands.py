"""The catalogue a clerk chooses from: areas of key tasks and safeguards, with their facts."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from speechdraft.cli._shared import app
from speechdraft.errors import SpeechdraftError

if TYPE_CHECKING:  # the bank is loaded inside the command, so --help answers at once
    from speechdraft.phrasebank import Area


@app.command()
def areas(
    name: Annotated[
        str | None,
        typer.Argument(help="只看这一个领域，如“学前教育”；不写则列出全部", show_default=False),
    ] = None,
) -> None:
    """列出重点任务和保障措施的领域目录：每个领域的别名，以及要收集的数据（名称、单位、一般由哪个科室提供）。"""
    from speechdraft.phrasebank import load_phrasebank
    from speechdraft.resources import builtin_templates_dir

    bank = load_phrasebank(builtin_templates_dir())
    if name is not None:
        area = bank.find_area(name) or bank.find_safeguard(name)
        if area is None:
            guess = bank.closest_area_name(name)
            hint = f"是不是“{guess}”？" if guess else "不写领域名即可列出全部。"
            raise SpeechdraftError(f"目录中没有“{name}”这个领域。{hint}")
        typer.echo("\n".join(area_lines(area)))
        return
    typer.echo("重点任务的领域（priorities 的 area，写名称或别名都可以）：")
    for area in bank.areas.values():
        typer.echo("\n".join(area_lines(area)))
    typer.echo("")
    typer.echo("保障措施（safeguards 的 area）：")
    for area in bank.safeguards.values():
        typer.echo("\n".join(area_lines(area)))
    typer.echo("")
    typer.echo(
        "★ 为必填数据。数据写在该领域的 facts 下，如“普惠性幼儿园覆盖率: 92”（单位会自动加上）；"
        "重点任务的数据多是今年要达到的目标，稿中讲成“今年要达到……”，"
        "上年已经达到的实际数请写在 review 的 achievements 下。"
    )


def area_lines(area: Area) -> list[str]:
    """One area: its label and other names, then one line per fact."""
    others = "、".join(area.aliases)
    lines = [f"{area.label}" + (f"（也可写：{others}）" if others else "")]
    if not area.facts:
        lines.append("    （没有固定数据项，要点写在 points 中）")
    for fact in area.facts:
        mark = "★" if fact.required else "　"
        unit = f"，单位：{fact.unit}" if fact.unit else ""
        source = f"，一般由{fact.source}提供" if fact.source else ""
        when = "填现有的数" if area.counts_what_exists(fact) else "填今年要达到的目标数"
        when += "，今年不安排的填“无”" if fact.new_works else ""
        kind = unit.removeprefix("，") or "文字"
        lines.append(f"  {mark}{fact.label}（{kind}，{when}{source}）")
    return lines
