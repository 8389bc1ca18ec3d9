"""Render once, assert many: the drafts the tests render, shared within a test process.

Many test files build their own profiles over kinds × levels × years, render each with a few
seeds and read the words; several tests (or parametrized cases) of a file often render the very
same profile with the same seed. ``draft(data, seed)`` renders a profile dictionary once per
process and hands the same Draft to every later caller with an equal profile and seed, so a
draft rendered for one test is not rendered again for the next one in the same worker
(pytest-xdist keeps a file in one worker: ``--dist loadfile``).

    from _matrix import draft, spoken

    text = spoken(profile(kind, level), seed)      # the words read aloud, one line a paragraph
    document = draft(profile(kind, level), seed).document

The key is the profile as written to its YAML file (``yaml.safe_dump``, keys sorted unless
``sort_keys=False``, as the file's own helper wrote it) and the seed, so a test keeps its own
profile and sees exactly the draft it rendered before. Rendering is deterministic for a given
profile and seed (issue 13's cache tests hold it), which is what makes sharing safe. A shared
Draft is read, never changed: a test that edits a document renders its own with build_draft.
"""

from __future__ import annotations

import tempfile
from collections import OrderedDict
from pathlib import Path
from typing import Any

import yaml

from speechdraft.pipeline import Draft, build_draft

# Enough for a whole file's matrix (the largest renders a few hundred profiles); the oldest go
# first, so memory stays bounded over a worker's whole run.
_KEEP = 600
_drafts: OrderedDict[tuple[str, int | None], Draft] = OrderedDict()
_folder: Path | None = None
renders = {"asked": 0, "rendered": 0}  # read by tests/test_matrix.py


def _file_for(text: str) -> Path:
    global _folder
    if _folder is None:
        _folder = Path(tempfile.mkdtemp(prefix="speechdraft-matrix-"))
    path = _folder / f"profile{renders['rendered']}.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def draft(data: dict[str, Any], seed: int | None = None, *, sort_keys: bool = True) -> Draft:
    """The Draft of the profile ``data`` rendered with ``seed`` (None: the profile's own seed),
    rendered at most once per process for an equal profile and seed."""
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=sort_keys)
    key = (text, seed)
    renders["asked"] += 1
    found = _drafts.get(key)
    if found is not None:
        _drafts.move_to_end(key)
        return found
    path = _file_for(text)
    made = build_draft(path, seed=seed)
    assert yaml.safe_load(path.read_text(encoding="utf-8")) == data  # the profile left unchanged
    renders["rendered"] += 1
    _drafts[key] = made
    if len(_drafts) > _KEEP:
        _drafts.popitem(last=False)
    return made


def lines(data: dict[str, Any], seed: int | None = None, *, sort_keys: bool = True) -> list[str]:
    """The draft's spoken lines (Document.spoken_lines): what the speaker reads, in order."""
    return draft(data, seed, sort_keys=sort_keys).document.spoken_lines()


def spoken(data: dict[str, Any], seed: int | None = None, *, sort_keys: bool = True) -> str:
    """The spoken lines joined by newlines."""
    return "\n".join(lines(data, seed, sort_keys=sort_keys))


def meeting(
    kind: str, date: str, level: str, name: str, title: str, *, minutes: int = 30, **more: Any
) -> dict[str, Any]:
    """A profile with the five facts every test states; ``more`` adds or replaces top-level keys."""
    data: dict[str, Any] = {
        "kind": kind,
        "meeting": {"date": date},
        "region": {"level": level, "name": name},
        "speaker": {"title": title},
        "duration_minutes": minutes,
    }
    data.update(more)
    return data
