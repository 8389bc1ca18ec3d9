"""Counts what YAML's flow comma costs the clerk, and field names shown to the leader:

    PYTHONPATH=src python scripts/flow30_lines.py [STEP] [SEEDS] [FOLDER…]

1. Profiles (all of profiles/ and docs/review/*/profiles, and of any FOLDER named) that load with a number cut at a
   comma inside { } or [ ]: a mapping entry whose key opens with a group of three digits and
   has no value (the rest of the number before it, 经费: 3 / 420万元), or a list item that
   opens with three digits after an item ending in a digit (新建学校3 / 200平方米).
2. 【…】 marks in the drafts of every STEP-th profile (default 4) × SEEDS seeds (default 1)
   that show an ASCII word of a profile field name (请在 priorities 中列出).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from speechdraft.errors import ProfileError
from speechdraft.intake.loading import load_profile_text
from speechdraft.pipeline import build_draft

ROOT = Path(__file__).resolve().parents[1]
_CUT = re.compile(r"^\d{3}(?!\d)")
_MARK = re.compile(r"【[^】]*】")
_ASCII_WORD = re.compile(r"[A-Za-z_]{3,}")


def profiles(folders: list[str]) -> list[Path]:
    found = sorted(ROOT.glob("profiles/*.yaml")) + sorted(
        ROOT.glob("docs/review/*/profiles/*.yaml")
    )
    return found + [path for folder in folders for path in sorted(Path(folder).glob("*.yaml"))]


def _cuts(value: Any, path: str = "") -> Iterator[str]:
    """Where a loaded value shows a number cut by a flow comma."""
    if isinstance(value, dict):
        keys = list(value)
        for index, key in enumerate(keys):
            said = value[key]
            if index and isinstance(key, str | int) and _CUT.match(str(key)) and said in (None, ""):
                yield f"{path}.{keys[index - 1]}/{key}"
            yield from _cuts(said, f"{path}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            before = str(value[index - 1]) if index else ""
            if before[-1:].isdigit() and _CUT.match(str(item)):
                yield f"{path}[{index - 1}]/{item}"
            yield from _cuts(item, f"{path}[{index}]")


def cut_values(paths: list[Path]) -> tuple[dict[Path, list[str]], int]:
    """The profiles loading with a cut number, and how many of them load with no warning
    that names the cut-off part (the clerk is never told)."""
    found: dict[Path, list[str]] = {}
    silent = 0
    for path in paths:
        try:
            loaded = load_profile_text(path.read_text(encoding="utf-8"), path)
        except ProfileError:
            continue
        cuts = list(_cuts(loaded.profile.model_dump(mode="python")))
        if cuts:
            found[path] = cuts
            told = " ".join(w.message for w in loaded.warnings)
            silent += any(cut.rsplit("/", 1)[1] not in told for cut in cuts)
    return found, silent


def field_names_in_marks(paths: list[Path], seeds: int) -> dict[str, int]:
    seen: dict[str, int] = {}
    for path in paths:
        for seed in range(1, seeds + 1):
            try:
                lines = build_draft(path, seed=seed).document.spoken_lines()
            except ProfileError:
                break
            for mark in _MARK.findall("\n".join(lines)):
                if _ASCII_WORD.search(mark):
                    seen[mark] = seen.get(mark, 0) + 1
    return seen


def main() -> None:
    step = int(sys.argv[1]) if len(sys.argv) > 1 else 4
    seeds = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    every = profiles(sys.argv[3:])
    cut, silent = cut_values(every)
    print(
        f"profiles read: {len(every)}; loading with a number cut at a comma: {len(cut)}"
        f" (the clerk not told in {silent})"
    )
    for path, cuts in cut.items():
        print(f"  {path}: {'; '.join(cuts)}")
    marks = field_names_in_marks(every[::step], seeds)
    print(
        f"drafts: {len(every[::step]) * seeds}; 【…】 marks with a field name: {sum(marks.values())}"
    )
    for mark, count in sorted(marks.items(), key=lambda item: -item[1]):
        print(f"  {count:4d} {mark}")


if __name__ == "__main__":
    main()
