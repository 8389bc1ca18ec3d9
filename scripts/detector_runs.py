"""What the draft detectors over the repository's profiles share (structure_checks.py,
figure_checks.py, occasion_lines.py): the profiles they run over and the tally of what
they find. Each detector keeps its own word lists and checks; only the running is here.
"""

from __future__ import annotations

import hashlib
import re
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


def wide_profiles(folders: list[Path] | None = None) -> list[Path]:
    """``profiles`` and the tests' fixture drafts' profiles, each distinct text once (a
    review round copies a profile another round already had)."""
    if folders:
        paths = list(profiles(folders))
    else:
        paths = sorted((ROOT / "profiles").glob("*.yaml"))
        paths += sorted((ROOT / "docs" / "review").glob("**/profiles/*.yaml"))
        paths += sorted((ROOT / "tests" / "fixtures").glob("drafts*/*.yaml"))
    return distinct(paths)


def distinct(paths: Iterable[Path]) -> list[Path]:
    """``paths`` with each file's text once: review rounds copy profiles of earlier rounds."""
    seen: set[str] = set()
    unique = []
    for path in paths:
        digest = hashlib.sha1(path.read_bytes()).hexdigest()
        if digest not in seen:
            seen.add(digest)
            unique.append(path)
    return unique


_SENTENCE = re.compile(r"[^。！？\n]+[。！？]?")
_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)")


def speaking_lines(text: str) -> list[tuple[bool, str]]:
    """A draft's text as (is a heading, sentence) in speaking order; # lines skipped."""
    lines: list[tuple[bool, str]] = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if _HEADING.match(line) and len(line) < 40 and not line.endswith("。"):
            lines.append((True, line))
            continue
        lines.extend((False, s.strip()) for s in _SENTENCE.findall(line) if s.strip())
    return lines


def print_tally(
    results: Iterable[tuple[str, dict[str, list[str]], int]],
    keys: Sequence[str],
    show: bool,
    total: bool = False,
) -> None:
    """``tally`` printed: drafts rendered, per key the lines and drafts, and the total."""
    rendered, lines, drafts = tally(results, show)
    print(f"{rendered} drafts")
    for key in keys:
        print(f"{key}: {lines[key]} lines in {drafts[key]} drafts")
    if total:
        print(f"total: {sum(lines.values())} lines")
    sys.stdout.flush()


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
    wide: bool = False,
) -> None:
    """A detector's command line: ``[FOLDER…] [-v] [--own | --seeds N]`` — every profile (or
    those in FOLDERs) rendered at ``seeds`` (``--own``: each profile's own seed; ``--seeds N``:
    1…N) on two processes, and per key the lines found and the drafts they are in; ``wide``
    runs over ``wide_profiles``."""
    argv = sys.argv[1:]
    show = "-v" in argv
    if "--own" in argv:
        seeds = (None,)
    if "--seeds" in argv:
        seeds = tuple(range(1, int(argv[argv.index("--seeds") + 1]) + 1))
    folders = [Path(a).resolve() for a in argv if not a.startswith("-")]
    folders = [f for f in folders if f.is_dir()]
    chosen = wide_profiles(folders) if wide else list(profiles(folders))
    jobs = [(p, s) for p in chosen for s in seeds]
    with Pool(2) as pool:
        results = pool.imap(partial(draft_findings, check=check), jobs, chunksize=8)
        rendered, lines, drafts = tally(results, show)
    print(f"{rendered} drafts")
    for key in keys:
        print(f"{key}: {lines[key]} lines in {drafts[key]} drafts")
    if total:
        print(f"total: {sum(lines[key] for key in keys)} lines")
