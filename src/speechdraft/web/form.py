"""The form, read off the profile model: every field's label, help, type and choices come
from the pydantic model and its Chinese descriptions, so the form, ``new``, ``init``, the
schema and the checklist are worded by one source and cannot drift apart."""

from __future__ import annotations

import re
import types
from typing import Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from speechdraft.genre import KINDS, LEVELS
from speechdraft.intake.profile import Profile, model_of

# The words shown for a fixed choice: the lexicon's labels where it has them.
CHOICE_LABELS: dict[str, dict[str, str]] = {
    "kind": {key: kind.label for key, kind in KINDS.items()},
    "level": {key: level.label for key, level in LEVELS.items()},
    "fonts": {"gov": "党政机关字体", "windows": "普通电脑字体"},
}

_LABEL_END = re.compile("[，；：,;:]")


def label_of(description: str) -> str:
    """The description's first phrase is its label: “会议日期，如 2025-03-15…” → 会议日期."""
    return _LABEL_END.split(description, maxsplit=1)[0].strip()


def form_spec() -> list[dict[str, Any]]:
    """The fields of a profile, in the model's order, as the page draws them."""
    return _fields(Profile)


def _fields(model: type[BaseModel]) -> list[dict[str, Any]]:
    return [_field(name, info) for name, info in model.model_fields.items()]


def _field(name: str, info: FieldInfo) -> dict[str, Any]:
    description = info.description or name
    spec: dict[str, Any] = {
        "name": name,
        "label": label_of(description),
        "help": description,
        "required": info.is_required(),
    }
    spec.update(_kind_of(name, info.annotation))
    spec.update(_bounds(info))
    if spec["type"] == "choice":  # the description lists the keys; the select shows the labels
        spec["help"] = spec["label"]
    return spec


def _kind_of(name: str, annotation: Any) -> dict[str, Any]:
    annotation = _without_none(annotation)
    sub = model_of(annotation)
    if get_origin(annotation) is dict and sub is not None:
        # Records keyed by name, written by a program (collect's sources): shown, not typed.
        return {"type": "keyed", "fields": _fields(sub)}
    if get_origin(annotation) is list:
        if sub is not None:
            return {"type": "records", "fields": _fields(sub)}
        return {"type": "texts"}
    if sub is not None:
        return {"type": "group", "fields": _fields(sub)}
    if get_origin(annotation) is dict:
        return {"type": "facts"}
    if get_origin(annotation) is Literal:
        values = [str(v) for v in get_args(annotation)]
        labels = CHOICE_LABELS.get(name, {})
        return {"type": "choice", "choices": [[v, labels.get(v, v)] for v in values]}
    if annotation is int:
        return {"type": "int"}
    if getattr(annotation, "__name__", "") == "date":
        return {"type": "date"}
    return {"type": "text"}


def _without_none(annotation: Any) -> Any:
    if get_origin(annotation) in (Union, types.UnionType):
        kept = [arg for arg in get_args(annotation) if arg is not type(None)]
        if len(kept) == 1:
            return kept[0]
    return annotation


def _bounds(info: FieldInfo) -> dict[str, Any]:
    bounds: dict[str, Any] = {}
    for rule in info.metadata:
        for attribute, key in (("ge", "min"), ("le", "max"), ("max_length", "max_items")):
            value = getattr(rule, attribute, None)
            if value is not None:
                bounds[key] = value
    return bounds
