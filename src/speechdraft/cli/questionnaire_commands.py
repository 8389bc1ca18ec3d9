"""`speechdraft new`: a profile built by answering questions, content included.

Nothing answered is ever lost: a target that already exists is refused before the first
question (with -o) or asked again at the end (without), and the answers are written by
the skeleton's YAML emitter, so whatever was typed reads back as typed.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from speechdraft.cli._shared import ForceOpt, app, working_on
from speechdraft.errors import SpeechdraftError
from speechdraft.genre import DEFAULT_KIND, DEFAULT_LEVEL

if TYPE_CHECKING:
    from speechdraft.phrasebank import PhraseBank

PROFILE_SUFFIXES = (".yaml", ".yml")
DEFAULT_NAME = "会议信息.yaml"


@app.command()
def new(
    output: Annotated[
        Path | None,
        typer.Option("-o", "--output", help="要建立的会议信息文件；不写则在最后询问"),
    ] = None,
    force: ForceOpt = False,
) -> None:
    """问答式建立会议信息文件：逐项回答问题（回车采用括号中的默认值，列表各条一行一条、空行结束），最后写出带注释的文件。"""
    target = profile_path(str(output)) if output is not None else None
    if target is not None and target.exists() and not force:
        raise SpeechdraftError(
            f"{target} 已经存在。请用 -o 换一个文件名，或加 --force 覆盖它；一个问题也还没有问。"
        )
    answers, kind, level = _questionnaire()  # Ctrl-C or Ctrl-D here: the boundary says 已取消
    target = target or _ask_free_name(force)
    with working_on(target):
        _write(target, kind, level, answers, force=force, may_ask=output is None)


def _write(
    target: Path, kind: str, level: str, answers: dict[str, Any], *, force: bool, may_ask: bool
) -> None:
    """Writes the profile; if its name was taken since it was asked for, asks again rather
    than lose the answers (only when the name was asked for, not given with -o)."""
    from speechdraft.errors import OutputError
    from speechdraft.pipeline import write_skeleton

    while True:
        try:
            write_skeleton(target, kind=kind, level=level, force=force, answers=answers)
        except OutputError:
            if not may_ask or not target.exists():
                raise
            typer.echo(f"{target} 刚刚被别的程序建立了，不会覆盖它。")
            target = _ask_free_name(force)
            continue
        typer.echo(f"已建立 {target}。可以再补充要点和数据，然后运行：speechdraft render {target}")
        return


def profile_path(typed: str) -> Path:
    """What the clerk typed, with .yaml added when it is not already a .yaml/.yml name."""
    path = Path(typed.strip())
    if path.suffix.lower() in PROFILE_SUFFIXES:
        return path
    return path.with_name(path.name + ".yaml")


def _first_free_name() -> str:
    stem, suffix = DEFAULT_NAME.removesuffix(".yaml"), ".yaml"
    candidates = [DEFAULT_NAME, *(f"{stem}{n}{suffix}" for n in range(2, 100))]
    return next((name for name in candidates if not Path(name).exists()), DEFAULT_NAME)


def _ask_free_name(force: bool) -> Path:
    """The last question: a file name that is not taken (unless --force), .yaml added."""
    while True:
        target = profile_path(typer.prompt("保存为", default=_first_free_name()))
        if force or not target.exists():
            return target
        typer.echo(f"{target} 已经存在，不会覆盖它：请换一个名字。")


def _ask_choice(question: str, choices: dict[str, str], default: str) -> str:
    keys = list(choices)
    for number, key in enumerate(keys, start=1):
        typer.echo(f"  {number}. {choices[key]}（{key}）")
    while True:
        answer = typer.prompt(question, default=str(keys.index(default) + 1)).strip()
        if answer.isdigit() and 1 <= int(answer) <= len(keys):
            return keys[int(answer) - 1]
        chosen = next((k for k, label in choices.items() if answer in (k, label)), None)
        if chosen is not None:
            return chosen
        typer.echo(f"请输入 1—{len(keys)} 之间的数字。")


def _ask_lines(question: str) -> list[str]:
    """A list answered one item a line; an empty line ends it (at once: none)."""
    typer.echo(f"{question}（一行一条，直接回车结束）")
    lines: list[str] = []
    while answer := typer.prompt(f"  第{len(lines) + 1}条", default="", show_default=False).strip():
        lines.append(answer)
    return lines


def _questionnaire() -> tuple[dict[str, Any], str, str]:
    import datetime

    from speechdraft.genre import DEFAULT_PRIORITIES, KINDS, LEVELS, speaker_title
    from speechdraft.phrasebank import load_phrasebank
    from speechdraft.resources import builtin_templates_dir

    typer.echo("建立会议信息文件（直接回车采用括号中的默认值，按 Ctrl-C 取消）")
    kind = _ask_choice("讲话类型", {k: v.label for k, v in KINDS.items()}, DEFAULT_KIND)
    level = _ask_choice("行政层级", {k: v.label for k, v in LEVELS.items()}, DEFAULT_LEVEL)
    bank = load_phrasebank(builtin_templates_dir())
    answers: dict[str, Any] = {
        "region": {
            "name": typer.prompt("地名（如 安平县，可不填）", default="", show_default=False)
        },
        "meeting": {"date": typer.prompt("会议日期", default=datetime.date.today().isoformat())},
        "speaker": {
            "title": typer.prompt("讲话人职务", default=speaker_title(kind, level)),
            "name": typer.prompt("讲话人姓名（可不填）", default="", show_default=False),
        },
        "duration_minutes": typer.prompt(
            "讲话时长（分钟）", default=KINDS[kind].default_minutes, type=int
        ),
    }
    answers["preceding"] = _ask_lines("讲话前会议进行了哪些议程，如“县教育局局长作了工作报告”")
    answers["review"] = {
        "achievements": achievements_from_lines(
            _ask_lines("上一年的主要成绩，可写成“领域：成绩”，如“学前教育：新建公办幼儿园3所”")
        ),
        "problems": _ask_lines("存在的问题和不足，每条一句话"),
    }
    answers["targets"] = {
        "guideline": typer.prompt(
            "今年工作的总体思路（一两句话，可不填）", default="", show_default=False
        ),
        "items": _ask_lines("今年的目标任务，最好带数字，如“普惠性幼儿园覆盖率达到92%”"),
    }
    default_areas = "，".join(bank.areas[k].label for k in DEFAULT_PRIORITIES[kind])
    areas = typer.prompt(
        "重点任务领域（用逗号分隔，领域目录见 speechdraft areas）", default=default_areas
    )
    names = [a.strip() for a in re.split("[,，、]", areas) if a.strip()]
    answers["priorities"] = [_ask_priority(bank, name) for name in names]
    return answers, kind, level


def _ask_priority(bank: PhraseBank, name: str) -> dict[str, Any]:
    """One key task: its area's facts asked one by one (★ must be filled for a full draft;
    a blank ★ stays as "" to be filled later, a blank optional fact is left out)."""
    area = bank.find_area(name)
    if area is None:
        typer.echo(f"“{name}”不在领域目录中：这一节使用通用措辞，数据请以后写在 points 中。")
        return {"area": name, "points": [], "facts": {}}
    typer.echo(f"{area.label}的数据（★为必填；不知道可以直接回车，以后再补）：")
    facts: dict[str, Any] = {}
    for fact in area.facts:
        unit = f"，单位：{fact.unit}" if fact.unit else ""
        mark = "★" if fact.required else ""
        answer = typer.prompt(
            f"  {mark}{fact.label}（{fact.source}{unit}）", default="", show_default=False
        )
        if answer.strip() or fact.required:
            facts[fact.label] = _with_money_unit(fact_value(answer), fact.unit)
    return {"area": area.label, "points": [], "facts": facts}


def _with_money_unit(value: str | int | float, unit: str) -> str | int | float:
    """A sum answered as a number beside the unit the question named (单位：万元) is written
    with it (4200 → "4200万元"): the draft marks a sum with no unit 【待核】, and this one's
    unit is known."""
    if unit in ("元", "万元", "亿元") and isinstance(value, int | float):
        return f"{value:g}{unit}" if isinstance(value, float) else f"{value}{unit}"
    return value


_INTEGER = re.compile(r"^-?\d+$")
_DECIMAL = re.compile(r"^-?\d+\.\d+$")


def fact_value(answer: str) -> str | int | float:
    """A bare number as a number (so the file shows 92, not "92"); anything else as typed."""
    text = answer.strip()
    if _INTEGER.match(text):
        return int(text)
    if _DECIMAL.match(text):
        return float(text)
    return text


# “学前教育：新建公办幼儿园3所”: a short name before a colon is the achievement's area.
_AREA_LEAD = re.compile(r"^(?P<area>[^：:，,。；;]{2,10})[：:]\s*(?P<point>.+)$")


def achievements_from_lines(lines: list[str]) -> list[dict[str, Any]]:
    """Lines grouped by the area written before a colon, in first-seen order; lines
    without one go under 综合."""
    grouped: dict[str, list[str]] = {}
    for line in lines:
        found = _AREA_LEAD.match(line)
        area, point = (found["area"].strip(), found["point"].strip()) if found else ("综合", line)
        grouped.setdefault(area, []).append(point)
    return [{"area": area, "points": points} for area, points in grouped.items()]
