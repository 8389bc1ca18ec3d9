"""The quick check of a profile: plain Python for what the pydantic models accept.

A cold ``speechdraft render`` spent a fifth of its time importing pydantic and building
the profile's models, to check a file that is sound nearly every time. This check accepts
a profile only where it is sure the models (profile.py) would accept it, and builds the
same values (stripped texts, dates, the defaults, the shorthand forms) in small frozen
records with the models' field names, so the drafting code reads them alike. At anything
else (an unknown key, a blank required text, a value of another type, a number out of
range, a shape it does not know) it gives up, and the models check the file and give
their located Chinese messages: no message comes from here.

Kept in step with the models twice over: ``SHAPE`` is the digest of the models' fields,
types, defaults and validators (``profile.model_shape``); the check runs only while the
models' digest, worked out once per change of their code and kept (datacache), equals it,
and a test fails when it does not (then update this file and ``SHAPE``). The value rules
themselves (facts, whole numbers, dates) are the very functions the models call (values.py).
"""

from __future__ import annotations

import datetime
import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any, ClassVar

from speechdraft import genre
from speechdraft.datacache import file_stamp, package_stamp, remembered
from speechdraft.genre import KIND_KEYS, LEVEL_KEYS, SEASONS, kind_key, level_key
from speechdraft.intake import values, yamlfile
from speechdraft.intake.values import (
    PLAIN_AREA,
    chinese_date,
    fact_value,
    whole_number,
    year_in_supported_range,
)
from speechdraft.intake.yamlfile import MAX_ITEMS

# The digest of the models this check was written for (see the module's docstring).
SHAPE = "cd13c463c9998597bd3e4cd1fa072850e9e9f06a1001c7c8237bda77ad68fcd6"

MAX_SOURCES = 300  # profile.MAX_SOURCES (part of SHAPE)
ROLES = (
    "party_secretary",
    "government_head",
    "deputy",
    "bureau_chief",
    "group_head",
    "school_head",
)
SUGGESTIONS = ("mark", "omit")
FONTS = ("gov", "windows")
# What pydantic-core strips from both ends of a text (Rust's White_Space); Python's own
# strip() also takes \x1c–\x1f, so a text with those at an edge is left to the models.
_STRIPPED = "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
_BIGGEST_INT = 2**63  # pydantic-core's plain int; beyond it the models decide


class _GiveUp(Exception):
    """Not sure the models would accept this as it is: leave it to them."""


class Record:
    """A frozen record with a model's field names, values, equality and repr."""

    model_name: ClassVar[str] = "Record"

    def __init__(self, fields: dict[str, Any]) -> None:
        object.__setattr__(self, "__dict__", fields)

    def __getattr__(self, name: str) -> Any:  # only for what a record lacks: say so
        raise AttributeError(f"{self.model_name} has no field {name!r}")

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"{self.model_name} is frozen")

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and self.__dict__ == other.__dict__

    def __hash__(self) -> int:
        return hash((type(self), tuple(self.__dict__.values())))

    def __repr__(self) -> str:
        inner = ", ".join(f"{key}={value!r}" for key, value in self.__dict__.items())
        return f"{self.model_name}({inner})"


class Meeting(Record):
    model_name = "Meeting"


class Region(Record):
    model_name = "Region"


class Speaker(Record):
    model_name = "Speaker"


class Achievement(Record):
    model_name = "Achievement"


class Review(Record):
    model_name = "Review"


class Targets(Record):
    model_name = "Targets"


class Priority(Record):
    model_name = "Priority"


class Safeguard(Record):
    model_name = "Safeguard"


class Source(Record):
    model_name = "Source"


class Profile(Record):
    model_name = "Profile"

    @property
    def meeting_year(self) -> int:
        return int(self.meeting.date.year)

    @property
    def review_year(self) -> int:
        """As profile.Profile.review_year."""
        if self.meeting.review_year:
            return int(self.meeting.review_year)
        return self.meeting_year if self.meeting.date.month >= 11 else self.meeting_year - 1


def quick_profile(data: dict[str, Any]) -> Profile | None:
    """The profile the models would make of ``data``, or None when that is for them to say."""
    if not _in_step():
        return None
    try:
        return _profile(data)
    except (_GiveUp, ValueError, TypeError, AttributeError, KeyError):
        return None


# --------------------------------------------------------------------- the models' fields


def _profile(data: Any) -> Profile:
    fields = _fields(
        data,
        required={"kind", "meeting", "region", "speaker"},
        optional={
            "attendees",
            "preceding",
            "duration_minutes",
            "review",
            "targets",
            "priorities",
            "safeguards",
            "policies",
            "suggestions",
            "fonts",
            "seed",
            "sources",
        },
    )
    kind = fields["kind"]
    kind = (kind_key(kind) or kind) if isinstance(kind, str) else kind
    return Profile(
        {
            "kind": _choice(kind, KIND_KEYS),
            "meeting": _meeting(fields["meeting"]),
            "region": _region(fields["region"]),
            "speaker": _speaker(fields["speaker"]),
            "attendees": _texts(fields.get("attendees", [])),
            "preceding": _texts(fields.get("preceding", [])),
            "duration_minutes": _optional(fields, "duration_minutes", _minutes),
            "review": _review(fields["review"]) if "review" in fields else _review({}),
            "targets": _targets(fields["targets"]) if "targets" in fields else _targets({}),
            "priorities": _items(fields.get("priorities", []), _priority),
            "safeguards": _optional(fields, "safeguards", lambda v: _items(v, _safeguard)),
            "policies": _optional(fields, "policies", _texts),
            "suggestions": _choice(fields.get("suggestions", "mark"), SUGGESTIONS),
            "fonts": _choice(fields.get("fonts", "gov"), FONTS),
            "seed": _optional(fields, "seed", _whole),
            "sources": _mapping(fields.get("sources", {}), _source, MAX_SOURCES),
        }
    )


def _meeting(data: Any) -> Meeting:
    fields = _fields(data, required={"date"}, optional={"name", "season", "review_year"})
    return Meeting(
        {
            "name": _optional(fields, "name", _text),
            "date": _date(fields["date"]),
            "season": _optional(fields, "season", lambda v: _choice(v, SEASONS)),
            "review_year": _optional(fields, "review_year", _review_year),
        }
    )


def _region(data: Any) -> Region:
    fields = _fields(data, required={"level"}, optional={"name", "superiors"})
    level = fields["level"]
    level = (level_key(level) or level) if isinstance(level, str) else level
    return Region(
        {
            "level": _choice(level, LEVEL_KEYS),
            "name": _optional(fields, "name", _text),
            "superiors": _optional(fields, "superiors", _text),
        }
    )


def _speaker(data: Any) -> Speaker:
    fields = _fields(data, required={"title"}, optional={"name", "on_behalf_of", "role"})
    return Speaker(
        {
            "title": _text(fields["title"]),
            "name": _optional(fields, "name", _text),
            "on_behalf_of": _optional(fields, "on_behalf_of", _text),
            "role": _optional(fields, "role", lambda v: _choice(v, ROLES)),
        }
    )


def _achievement(data: Any) -> Achievement:
    if isinstance(data, str):
        data = {"area": PLAIN_AREA, "points": [data]}
    fields = _fields(data, required={"area"}, optional={"points", "figures"})
    return Achievement(
        {
            "area": _text(fields["area"]),
            "points": _texts(fields.get("points", [])),
            "figures": _facts(fields.get("figures", {})),
        }
    )


def _review(data: Any) -> Review:
    fields = _fields(data, required=set(), optional={"achievements", "problems"})
    return Review(
        {
            "achievements": _items(fields.get("achievements", []), _achievement),
            "problems": _texts(fields.get("problems", [])),
        }
    )


def _targets(data: Any) -> Targets:
    if isinstance(data, list):
        data = {"items": data}
    fields = _fields(data, required=set(), optional={"guideline", "items"})
    return Targets(
        {
            "guideline": _optional(fields, "guideline", _text),
            "items": _texts(fields.get("items", [])),
        }
    )


def _section_fields(data: Any) -> dict[str, Any]:
    if isinstance(data, str):
        data = {"area": data}
    fields = _fields(data, required={"area"}, optional={"title", "points", "facts"})
    return {
        "area": _text(fields["area"]),
        "title": _optional(fields, "title", _text),
        "points": _texts(fields.get("points", [])),
        "facts": _facts(fields.get("facts", {})),
    }


def _priority(data: Any) -> Priority:
    return Priority(_section_fields(data))


def _safeguard(data: Any) -> Safeguard:
    return Safeguard(_section_fields(data))


def _source(data: Any) -> Source:
    fields = _fields(data, required={"value", "department", "file", "place"}, optional=set())
    return Source(
        {
            "value": _fact(fields["value"]),
            "department": _text(fields["department"]),
            "file": _text(fields["file"]),
            "place": _text(fields["place"]),
        }
    )


# --------------------------------------------------------------------- the value rules


def _fields(data: Any, *, required: set[str], optional: set[str]) -> dict[str, Any]:
    """A model's input: a mapping of known keys, the required ones there; an optional
    value left blank ("") counts as not given (profile._Model._blank_means_not_given)."""
    if type(data) is not dict or not required <= data.keys() <= required | optional:
        raise _GiveUp
    return {
        key: value
        for key, value in data.items()
        if not (isinstance(value, str) and not value.strip() and key in optional)
    }


def _optional(fields: dict[str, Any], key: str, check: Callable[[Any], Any]) -> Any:
    value = fields.get(key)
    return None if value is None else check(value)


def _stripped(value: Any) -> str:
    if type(value) is not str:
        raise _GiveUp
    text = value.strip(_STRIPPED)
    if text[:1].isspace() or text[-1:].isspace():
        raise _GiveUp
    return text


def _text(value: Any) -> str:
    text = _stripped(value)
    if not text:
        raise _GiveUp
    return text


def _texts(value: Any) -> list[str]:
    return _items(value, _stripped)


def _items(value: Any, check: Callable[[Any], Any]) -> list[Any]:
    if type(value) is not list or len(value) > MAX_ITEMS:
        raise _GiveUp
    return [check(item) for item in value]


def _mapping(value: Any, check: Callable[[Any], Any], limit: int = MAX_ITEMS) -> dict[str, Any]:
    if type(value) is not dict or len(value) > limit:
        raise _GiveUp
    checked = {_stripped(key): check(item) for key, item in value.items()}
    if len(checked) != len(value):  # two keys alike once stripped
        raise _GiveUp
    return checked


def _facts(value: Any) -> dict[str, Any]:
    return _mapping(value, _fact)


def _fact(value: Any) -> str | int | float:
    given = fact_value(value)  # raises ValueError at what the models refuse
    if type(given) is str:
        return _stripped(given)
    if (type(given) is int and abs(given) < _BIGGEST_INT) or type(given) is float:
        return given
    raise _GiveUp


def _whole(value: Any) -> int:
    given = whole_number(value)
    if type(given) is not int or abs(given) >= _BIGGEST_INT:
        raise _GiveUp
    return given


def _minutes(value: Any) -> int:
    return _within(_whole(value), 3, 120)


def _review_year(value: Any) -> int:
    return _within(_whole(value), 2011, 2035)


def _within(number: int, low: int, high: int) -> int:
    if not low <= number <= high:
        raise _GiveUp
    return number


def _choice(value: Any, allowed: tuple[str, ...]) -> str:
    if type(value) is not str or value not in allowed:
        raise _GiveUp
    return value


def _date(value: Any) -> datetime.date:
    given = chinese_date(value)
    if type(given) is not datetime.date:
        raise _GiveUp
    return year_in_supported_range(given)


# --------------------------------------------------------------------- in step with the models


@functools.cache
def _in_step() -> bool:
    """Whether the models are the ones this check was written for (their digest is worked
    out with pydantic once per change of their code, then kept). Asked once a process:
    the models a process would fall back on are the ones it imports once."""
    shape = remembered("profile-shape", [], _models_shape, salt=_models_stamp())
    return shape == SHAPE


def _models_shape() -> str:
    from speechdraft.intake.profile import model_shape

    return model_shape()


def _models_stamp() -> str:
    """The code the models' shape depends on: the model file, its value rules and tables."""
    import sys

    here = Path(__file__).parent
    files = (here / "profile.py", Path(values.__file__), Path(yamlfile.__file__))
    return f"{sys.version}:{package_stamp('pydantic')}:{file_stamp(*files, Path(genre.__file__))}"
