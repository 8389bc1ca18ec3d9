"""What the draft detectors over the repository's profiles share (structure_checks.py,
figure_checks.py, occasion_lines.py): the profiles they run over and the tally of what
they find. Each detector keeps its own word lists and checks; only the running is here.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import partial
from multiprocessing import Pool
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


Check = Callable[[str, dict[str, Any]], dict[str, list[str]]]


def run_detector(
    check: Check,
    keys: Sequence[str],
    seeds: tuple[int | None, ...] = (1, 2, 3),
    total: bool = False,
) -> None:
    """A detector's command line: ``[FOLDER…] [-v] [--own | --seeds N]`` — every profile (or
    those in FOLDERs) rendered at ``seeds`` (``--own``: each profile's own seed; ``--seeds N``:
    1…N) on two processes, and per key the lines found and the drafts they are in."""
    argv = sys.argv[1:]
    show = "-v" in argv
    if "--own" in argv:
        seeds = (None,)
    if "--seeds" in argv:
        seeds = tuple(range(1, int(argv[argv.index("--seeds") + 1]) + 1))
    folders = [Path(a).resolve() for a in argv if not a.startswith("-")]
    folders = [f for f in folders if f.is_dir()]
    jobs = [(p, s) for p in profiles(folders) for s in seeds]
    with Pool(2) as pool:
        results = pool.imap(partial(draft_findings, check=check), jobs, chunksize=8)
        rendered, lines, drafts = tally(results, show)
    print(f"{rendered} drafts")
    for key in keys:
        print(f"{key}: {lines[key]} lines in {drafts[key]} drafts")
    if total:
        print(f"total: {sum(lines[key] for key in keys)} lines")
