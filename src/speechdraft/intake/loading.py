"""Loading a meeting profile: read, compose, walk and check it, every problem located.

The check has two ways with one outcome. A profile file (``load_profile``) is first given
to the quick check (quick.py, plain Python): it accepts only what the pydantic models
(profile.py) accept, and builds the same values; anything it is not sure of, it leaves to
the models, which then accept, normalise or refuse it with their located Chinese messages.
So a render of a sound profile never imports pydantic (a fifth of a cold render), and
every message is the models' own. Text from the web form or an upload always goes to the
models (its callers read pydantic's own ``model_dump`` of the result).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from speechdraft.errors import Problem, ProfileError
from speechdraft.intake.quick import quick_profile
from speechdraft.intake.yamlfile import (
    Walk,
    compose,
    dotted,
    fold_lines,
    not_a_mapping,
    read_text,
    yaml_error_problem,
)

if TYPE_CHECKING:
    from speechdraft.intake.profile import Profile


@dataclass(frozen=True)
class LoadedProfile:
    """A validated profile with where each of its values stands in the file."""

    path: Path
    profile: Profile
    locations: dict[tuple[str | int, ...], tuple[int, int]]
    warnings: tuple[Problem, ...] = ()  # not fatal: what was normalised or looks doubtful
    text: str = ""  # the file as read: a rendered .docx keeps a copy (writers/record.py)

    def problem(self, loc: tuple[str | int, ...], message: str) -> Problem:
        return problem_at(str(self.path), self.locations, loc, message)


def load_profile(path: Path) -> LoadedProfile:
    """Reads and validates a profile; raises ProfileError with every problem located.

    Nothing in the file is trusted: it is read only up to MAX_PROFILE_BYTES, composed
    into YAML nodes with a node and depth budget, walked once (aliases expanded, still
    within the budget) before any Python value is built, and only then constructed
    and validated. So a 50 MB file, an alias bomb or a binary file costs milliseconds.
    """
    return _loaded(read_text(path), path, quick=True)


def load_profile_text(text: str, path: Path) -> LoadedProfile:
    """load_profile for text already in memory (the web form, an upload); ``path`` only
    names it in messages. The same budgets and messages as a file."""
    return _loaded(text, path, quick=False)


def load_profile_read(text: str, path: Path) -> LoadedProfile:
    """load_profile for a file's text already read (``read_text``): the quick check first,
    as for a file."""
    return _loaded(text, path, quick=True)


def _loaded(text: str, path: Path, *, quick: bool) -> LoadedProfile:
    name = str(path)
    data, walk = _read(name, text)
    if _name_from_heading(data, text):
        walk.locations.setdefault(("meeting", "name"), (1, 1))  # a message points at line 1
        walk.warnings.append(_heading_name_note(name, data["meeting"]["name"]))
    profile = _quickly_checked(data) if quick else None
    if profile is None:
        from speechdraft.intake.profile import checked_profile

        profile = checked_profile(name, data, walk)
    return LoadedProfile(path, profile, walk.locations, text=text, warnings=tuple(walk.warnings))


# The file's first line, a comment naming the meeting (# 全省教育系统安全工作电视电话会议 or
# # 州教师节表彰大会 · 州长讲话): the clerk's own name for it. Round am's readers held the draft
# to it (F: a 电视电话会议 titled 全省校园安全工作会议; a 表彰大会 titled 庆祝…教师节大会).
_HEADING = re.compile(r"\A\ufeff?#(?P<line>[^\n]*)")
_HEADING_SPLIT = re.compile(r"[\s·|｜/]+")
_MEETING_TOKEN = re.compile(
    r"^[\u4e00-\u9fff0-9“”（）()]{2,40}?(?:会议|大会|座谈会|视频会|推进会|工作会|部署会|会)$"
)


def meeting_name_in_heading(text: str) -> str | None:
    """The meeting's name the profile's first line gives as a comment, if any: the first
    word of that line that ends as a meeting does (会议, 大会, 视频会…) and names no speech
    (讲话, 报告)."""
    found = _HEADING.match(text)
    if found is None:
        return None
    for word in _HEADING_SPLIT.split(found["line"].strip()):
        if _MEETING_TOKEN.match(word) and not re.search(r"讲话|报告|示例|speechdraft", word):
            return word
    return None


def _name_from_heading(data: dict[str, Any], text: str) -> bool:
    """A profile with no meeting.name takes the one its heading comment gives (the title
    and the opening then say the meeting as the clerk calls it, not a name the program
    made up); whether it did."""
    meeting = data.get("meeting")
    if not isinstance(meeting, dict) or meeting.get("name"):
        return False
    named = meeting_name_in_heading(text)
    if named is not None:
        meeting["name"] = named
    return named is not None


def _heading_name_note(name: str, meeting: str) -> Problem:
    """The clerk is told the title came from a comment, which he may have meant as a note."""
    return Problem(
        name,
        1,
        1,
        "meeting.name",
        f"会议名称没有填，按第1行注释用了“{meeting}”；如果不对，请在 meeting.name 填上正式名称",
    )


def _quickly_checked(data: dict[str, Any]) -> Profile | None:
    return quick_profile(data)  # type: ignore[return-value]  # the same fields and values


def _read(name: str, text: str) -> tuple[dict[str, Any], Walk]:
    """The file's values (lines folded) and the walk that located them."""
    root, loader = compose(name, text)
    try:
        if root is None:
            raise ProfileError(
                name, [Problem(name, 1, 1, "", "文件是空的：请从 profiles/ 中复制一份示例再修改")]
            )
        walk = Walk(name, loader, text)
        walk.run(root)
        try:
            data = loader.construct_document(root)
        except yaml.MarkedYAMLError as exc:
            raise ProfileError(name, [yaml_error_problem(name, exc, text)]) from None
    finally:
        loader.dispose()
    if not isinstance(data, dict):
        raise ProfileError(name, [not_a_mapping(name, text)])
    return fold_lines(data), walk


def problem_at(
    name: str,
    locations: dict[tuple[str | int, ...], tuple[int, int]],
    loc: tuple[str | int, ...],
    message: str,
    shown: tuple[str | int, ...] | None = None,
) -> Problem:
    probe = loc
    while probe not in locations and probe:
        probe = probe[:-1]  # a missing key: point at the mapping that should hold it
    line, column = locations.get(probe, (None, None))
    return Problem(name, line, column, dotted(shown if shown is not None else loc), message)
