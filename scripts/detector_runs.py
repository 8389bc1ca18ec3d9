"""What the draft detectors over the repository's profiles share (structure_checks.py,
figure_checks.py, occasion_lines.py): the profiles they run over and the tally of what
they find. Each detector keeps its own word lists and checks; only the running is here.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]


def profiles(folders: list[Path] | None = None) -> Iterator[Path]:
    """The profiles in ``folders``; by default profiles/ and every review round's."""
    if folders:
        for folder in folders:
            yield from sorted(folder.glob("*.yaml"))
        return
    yield from sorted((ROOT / "profiles").glob("*.yaml"))
    for folder in sorted((ROOT / "docs" / "review").glob("*/profiles")):
        yield from sorted(folder.glob("*.yaml"))


def tally(
    results: Iterable[tuple[str, dict[str, list[str]], int]], show: bool
) -> tuple[int, Counter[str], Counter[str]]:
    """Drafts rendered, and per check the lines found and the drafts they are in; with
    ``show`` each line found is printed as it comes (check, draft, line)."""
    lines: Counter[str] = Counter()
    drafts: Counter[str] = Counter()
    rendered = 0
    for name, found, ok in results:
        rendered += ok
        for key, hits in found.items():
            lines[key] += len(hits)
            drafts[key] += 1
            if show:
                for hit in hits:
                    print(f"{key}\t{name}\t{hit}")
    return rendered, lines, drafts


def draft_findings(
    job: tuple[Path, int | None], check: Callable[[str, dict[str, Any]], dict[str, list[str]]]
) -> tuple[str, dict[str, list[str]], int]:
    """One profile rendered at one seed and ``check``ed on the draft's text and the
    profile's data: (name#seed, what it found, 1); a review's profile the current schema
    refuses is not counted (0)."""
    from speechdraft.pipeline import build_draft
    from speechdraft.writers.text import to_text

    path, seed = job
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    try:
        draft = build_draft(path, seed=seed)
    except Exception:  # a review's profile the current schema refuses: not counted
        return (f"{path.name}#{seed}", {}, 0)
    return (f"{path.name}#{seed}", check(to_text(draft.document), data), 1)
