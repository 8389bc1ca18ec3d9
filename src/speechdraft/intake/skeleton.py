"""A complete, commented profile to start from (``speechdraft init`` and ``new``).

Every key carries its Chinese description from the profile model as a comment, so the
model stays the one source of truth; the values are examples that validate as written.
"""

from __future__ import annotations

import datetime
from typing import Any

import yaml
from pydantic import BaseModel

from speechdraft.genre import (
    DEFAULT_PRIORITIES,
    KINDS,
    LEVELS,
    season_of,
    speaker_title,
    teachers_day_number,
)
from speechdraft.intake.profile import Profile, model_of
from speechdraft.phrasebank import PhraseBank
from speechdraft.yamltext import yaml_comment, yaml_value

SCHEMA_FILE = "profile.schema.json"


def example_profile(
    kind: str, level: str, bank: PhraseBank, today: datetime.date
) -> dict[str, Any]:
    """Example values for a new profile of ``kind`` at ``level``."""
    words = LEVELS[level]
    priorities = priority_entries(bank, [bank.areas[k].label for k in DEFAULT_PRIORITIES[kind]])
    return {
        "kind": kind,
        "meeting": {
            "name": KINDS[kind].default_meeting.format(
                all=words.all,
                group=words.group,
                season=season_of(today),
                n=teachers_day_number(today.year),
            ),
            "date": today.isoformat(),
        },
        "region": {"level": level, "name": ""},
        "speaker": {"title": speaker_title(kind, level), "name": ""},
        "attendees": [],
        "preceding": [],
        "duration_minutes": KINDS[kind].default_minutes,
        "review": {"achievements": [], "problems": []},
        "targets": {"guideline": "", "items": []},
        "priorities": priorities,
        "fonts": "gov",
    }


def priority_entries(bank: PhraseBank, names: list[str]) -> list[dict[str, Any]]:
    """Priorities with their areas' required facts left blank, ready to be filled."""
    entries: list[dict[str, Any]] = []
    for name in names:
        area = bank.find_area(name)
        facts = {f.label: "" for f in area.facts if f.required} if area else {}
        entries.append({"area": area.label if area else name, "points": [], "facts": facts})
    return entries


def skeleton_yaml(
    kind: str,
    level: str,
    bank: PhraseBank,
    today: datetime.date,
    answers: dict[str, Any] | None = None,
) -> str:
    """The commented YAML of a new profile; empty values mean “to be filled”.
    ``answers`` (from the questionnaire) replace the example values they name."""
    data = _merge(example_profile(kind, level, bank, today), answers or {})
    header = [
        f"# yaml-language-server: $schema={SCHEMA_FILE}",
        yaml_comment(f"speechdraft 会议信息文件：{KINDS[kind].label}（{LEVELS[level].label}级）"),
        '# 空着的项（"" 或 []）可以先不填：生成的稿子里会在相应位置留出醒目的【待补】。',
        "# 填好后运行：speechdraft validate 本文件.yaml，再运行 speechdraft render 本文件.yaml",
        "",
    ]
    return "\n".join(header + _emit(data, Profile, 0)) + "\n"


def commented_yaml(data: dict[str, Any]) -> str:
    """A profile's data (from the web form) as YAML with each key's description above it;
    plain YAML if a key the comments writer cannot spell would not read back the same."""
    header = [
        f"# yaml-language-server: $schema={SCHEMA_FILE}",
        "# speechdraft 会议信息文件（在网页中填写后保存）",
        "# 可在网页中“打开会议信息”继续编辑，或运行：speechdraft render 本文件.yaml",
        "",
    ]
    text = "\n".join(header + _emit(data, Profile, 0)) + "\n"
    try:
        if yaml.safe_load(text) == data:
            return text
    except yaml.YAMLError:
        pass
    return "\n".join(header) + yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


def _emit(data: dict[str, Any], model: type[BaseModel] | None, indent: int) -> list[str]:
    lines: list[str] = []
    pad = "  " * indent
    for key, value in data.items():
        field = model.model_fields.get(key) if model else None
        if field is not None and field.description:
            lines.append(pad + yaml_comment(field.description))
        sub = model_of(field.annotation) if field is not None else None
        lines += _emit_value(key, value, sub, indent)
    return lines


def _emit_value(key: str, value: Any, sub: type[BaseModel] | None, indent: int) -> list[str]:
    pad = "  " * indent
    if isinstance(value, dict) and value:
        return [f"{pad}{key}:", *_emit(value, sub, indent + 1)]
    if isinstance(value, list) and value and isinstance(value[0], dict):
        lines = [f"{pad}{key}:"]
        for item in value:
            body = _emit(item, sub, indent + 2)
            first = next(i for i, line in enumerate(body) if not line.lstrip().startswith("#"))
            body[first] = f"{pad}  - " + body[first].lstrip()
            lines += [
                f"{pad}    {line.lstrip()}" if i < first else line for i, line in enumerate(body)
            ]
        return lines
    return [f"{pad}{key}: {_scalar(value)}"]


def _scalar(value: Any) -> str:
    if value == "":
        return '""'
    if isinstance(value, list | dict) and not value:
        return "[]" if isinstance(value, list) else "{}"
    return yaml_value(value)


def _merge(base: dict[str, Any], answers: dict[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in answers.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _merge(merged[key], value)
        else:
            merged[key] = value
    return merged
