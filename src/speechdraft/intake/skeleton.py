"""A complete, commented profile to start from (``speechdraft init`` and ``new``).

Every key carries its Chinese description from the profile model as a comment, so the
model stays the one source of truth; the values are examples that validate as written.
"""

from __future__ import annotations

import datetime
import io
from functools import cache
from typing import Any

import yaml
from pydantic import BaseModel
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.representer import RoundTripRepresenter

from speechdraft.genre import (
    DEFAULT_PRIORITIES,
    KINDS,
    LEVELS,
    season_of,
    speaker_title,
    teachers_day_number,
)
from speechdraft.intake.profile import Profile, model_of
from speechdraft.intake.yamlfile import ProfileLoader
from speechdraft.phrasebank import PhraseBank

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
    ``answers`` (from the questionnaire) replace the example values they name.

    Written by ruamel.yaml's emitter, never pasted together: whatever a clerk answered
    (a colon, a leading quote or bracket, “no”, “1:30”) is quoted as YAML needs and reads
    back as typed; the comments are the model's own field descriptions."""
    data = _merge(example_profile(kind, level, bank, today), answers or {})
    header = [
        f"yaml-language-server: $schema={SCHEMA_FILE}",
        f"speechdraft 会议信息文件：{KINDS[kind].label}（{LEVELS[level].label}级）",
        '空着的项（"" 或 []）可以先不填：生成的稿子里会在相应位置留出醒目的【待补】。',
        "填好后运行：speechdraft validate 本文件.yaml，再运行 speechdraft render 本文件.yaml",
    ]
    return _dump(data, header)


def commented_yaml(data: dict[str, Any]) -> str:
    """A profile's data (from the web form) as YAML with each key's description above it,
    by the same emitter as skeleton_yaml; plain YAML in the unforeseen case that it would
    not read back the same."""
    header = [
        f"yaml-language-server: $schema={SCHEMA_FILE}",
        "speechdraft 会议信息文件（在网页中填写后保存）",
        "可在网页中“打开会议信息”继续编辑，或运行：speechdraft render 本文件.yaml",
    ]
    text = _dump(data, header)
    try:
        if yaml.safe_load(text) == data:
            return text
    except yaml.YAMLError:
        pass
    return "".join(f"# {line}\n" for line in header) + yaml.safe_dump(
        data, allow_unicode=True, sort_keys=False
    )


def _dump(data: dict[str, Any], header: list[str]) -> str:
    document = _commented(data, Profile, indent=0)
    document.yaml_set_start_comment("\n".join(header))
    stream = io.StringIO()
    _emitter().dump(document, stream)
    return stream.getvalue()


def _commented(
    data: dict[str, Any], model: type[BaseModel] | None, indent: int, in_list: bool = False
) -> CommentedMap:
    """``data`` with each key's description as a comment line above it. The first key of a
    list item gets its comment from _node, above the item's “-”."""
    mapping = CommentedMap()
    for position, (key, value) in enumerate(data.items()):
        field = model.model_fields.get(key) if model else None
        sub = model_of(field.annotation) if field is not None else None
        mapping[key] = _node(value, sub, indent)
        if field is not None and field.description and not (in_list and position == 0):
            mapping.yaml_set_comment_before_after_key(key, before=field.description, indent=indent)
    return mapping


def _node(value: Any, sub: type[BaseModel] | None, indent: int) -> Any:
    if isinstance(value, dict) and value:
        return _commented(value, sub, indent + _MAPPING_INDENT)
    if isinstance(value, list) and value and all(isinstance(item, dict) for item in value):
        items = CommentedSeq(
            _commented(item, sub, indent + _SEQUENCE_INDENT, in_list=True) for item in value
        )
        for index, item in enumerate(value):
            first = sub.model_fields.get(next(iter(item), "")) if sub else None
            if first is not None and first.description:  # above “- area:”, not under a bare “-”
                items.yaml_set_comment_before_after_key(
                    index, before=first.description, indent=indent + _DASH_OFFSET
                )
        return items
    return value


_MAPPING_INDENT, _SEQUENCE_INDENT, _DASH_OFFSET = 2, 4, 2


def _emitter() -> YAML:
    emitter = YAML()  # round-trip mode: the one that writes comments
    emitter.indent(mapping=_MAPPING_INDENT, sequence=_SEQUENCE_INDENT, offset=_DASH_OFFSET)
    emitter.width = 4096  # a sentence stays on its line: clerks edit lines, not folded text
    emitter.allow_unicode = True
    emitter.Representer = _ProfileRepresenter
    return emitter


def _represent_text(representer: Any, text: str) -> Any:
    """Text the profile loader would read as something else when plain (no, on, 010, 1:30
    under YAML 1.1 rules, which ruamel's YAML 1.2 does not quote) goes in double quotes."""
    plain_is_text = _resolver().resolve(yaml.ScalarNode, text, (True, False)) == _STR_TAG
    style = None if plain_is_text else '"'
    return representer.represent_scalar(_STR_TAG, text, style=style)


_STR_TAG = "tag:yaml.org,2002:str"


class _ProfileRepresenter(RoundTripRepresenter):
    """Its own class: add_representer changes the class it is called on, and ruamel's
    round-trip representer is shared with every other YAML() in the process (collect's)."""


_ProfileRepresenter.add_representer(str, _represent_text)


@cache
def _resolver() -> ProfileLoader:
    """The profile loader's own rules for plain text, so the two can never disagree."""
    return ProfileLoader("")


def _merge(base: dict[str, Any], answers: dict[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in answers.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _merge(merged[key], value)
        else:
            merged[key] = value
    return merged
