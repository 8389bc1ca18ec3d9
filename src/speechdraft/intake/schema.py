"""The profile's JSON Schema, from the pydantic model and its Chinese descriptions.

Editors (VS Code's YAML extension via ``# yaml-language-server: $schema=…``) use it to
complete keys and show the descriptions while a clerk types.
"""

from __future__ import annotations

import json
from typing import Any

from speechdraft.intake.profile import Profile

SCHEMA_ID = "https://speechdraft.invalid/profile.schema.json"

# Models the loader also accepts in a short form (see the model validators in profile.py).
_SHORTHANDS = {
    "Priority": {"type": "string", "description": "只写领域名，如“学前教育”"},
    "Safeguard": {"type": "string", "description": "只写保障措施名，如“组织领导”"},
    "Achievement": {"type": "string", "description": "一句话的成绩"},
    "Targets": {"type": "array", "items": {"type": "string"}, "description": "只列目标，每条一句"},
}


def profile_schema() -> dict[str, Any]:
    schema = Profile.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = SCHEMA_ID
    schema["title"] = "speechdraft 会议信息文件"
    definitions = schema.get("$defs", {})
    for name, short in _SHORTHANDS.items():
        if name in definitions:
            definitions[name] = {"anyOf": [short, definitions[name]]}
    _allow_chinese_dates(definitions.get("Meeting", {}))
    return schema


def _allow_chinese_dates(meeting: dict[str, Any]) -> None:
    date = meeting.get("properties", {}).get("date")
    if date is not None:
        date.pop("format", None)
        date["type"] = "string"
        date["pattern"] = r"^\s*\d{4}\s*(年|-|\.|/)\s*\d{1,2}\s*(月|-|\.|/)\s*\d{1,2}\s*日?\s*$"


def schema_json() -> str:
    return json.dumps(profile_schema(), ensure_ascii=False, indent=2) + "\n"
