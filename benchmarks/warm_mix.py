"""Warm drafts over a mix of kinds, counted by callgrind (warm25).

    valgrind --tool=callgrind --dump-before=getppid --callgrind-out-file=OUT \\
        python benchmarks/warm_mix.py [SEEDS]
    python benchmarks/warm_mix.py --read OUT
    python benchmarks/warm_mix.py --times [SEEDS [ROUNDS]]

Every profile of profiles/ (one of each kind the repository ships) is built and written
once to warm the process; then each profile × seeds 1..SEEDS is built (``build_draft``)
and written (``write_draft``), with ``os.getppid()`` at each boundary, so callgrind
writes one dump per build and one per write. ``--read`` sums them: instructions per
warm ``build_draft`` and per whole draft (build + write), a deterministic measure on a
machine shared with other work. ``--times`` prints process times instead (median of
ROUNDS rounds over the mix, per draft; each round with seeds of its own, so
that every draft is new to the process, as in a batch). Take counts with .pyc present and a private,
warmed SPEECHDRAFT_CACHE_DIR.
"""

from __future__ import annotations

import glob
import os
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _profiles() -> list[Path]:
    return sorted((ROOT / "profiles").glob("*.yaml"))


def run(seeds: int) -> None:
    from speechdraft import pipeline

    out = Path(tempfile.mkdtemp(prefix="speechdraft-warm-"))
    profiles = _profiles()
    for profile in profiles:
        pipeline.write_draft(pipeline.build_draft(profile), out / "warm.docx", force=True)
    mark = os.getppid
    for seed in range(1, seeds + 1):
        for profile in profiles:
            mark()
            draft = pipeline.build_draft(profile, seed=seed)
            mark()
            pipeline.write_draft(draft, out / "draft.docx", force=True)
    mark()


def times(seeds: int, rounds: int) -> None:
    from speechdraft import pipeline

    out = Path(tempfile.mkdtemp(prefix="speechdraft-warm-"))
    profiles = _profiles()
    for profile in profiles:
        pipeline.write_draft(pipeline.build_draft(profile), out / "warm.docx", force=True)
    builds: list[float] = []
    wholes: list[float] = []
    count = seeds * len(profiles)
    for round_ in range(rounds):
        build = whole = 0.0
        # each round its own seeds: a draft's new sentences are worked out as in a batch
        for seed in range(100 * round_ + 1, 100 * round_ + seeds + 1):
            for profile in profiles:
                start = time.process_time()
                draft = pipeline.build_draft(profile, seed=seed)
                middle = time.process_time()
                pipeline.write_draft(draft, out / "draft.docx", force=True)
                end = time.process_time()
                build += middle - start
                whole += end - start
        builds.append(build / count)
        wholes.append(whole / count)
    builds.sort()
    wholes.sort()
    print(
        f"build_draft median {builds[rounds // 2] * 1000:.2f} ms (min {builds[0] * 1000:.2f})"
        f"; whole draft median {wholes[rounds // 2] * 1000:.2f} ms (min {wholes[0] * 1000:.2f})"
        f"; {count} drafts a round, {rounds} rounds"
    )


def read(base: str) -> None:
    """Dump 1 is everything before the first mark; then build, write, build, write, …"""
    counts: dict[int, int] = {}
    for name in glob.glob(base + ".*"):
        if (number := re.search(r"\.(\d+)$", name)) is None:
            continue
        with open(name, encoding="utf-8") as dump:
            head = dump.read(4000)
        if found := re.search(r"^summary: (\d+)", head, re.M):
            counts[int(number.group(1))] = int(found.group(1))
    last = max(counts)
    builds = [counts[n] for n in range(2, last, 2) if n + 1 <= last]
    writes = [counts[n + 1] for n in range(2, last, 2) if n + 1 <= last]
    drafts = len(builds)
    build, write = sum(builds) / drafts, sum(writes) / drafts
    print(f"build_draft {build / 1e6:8.1f} M instructions per draft ({drafts} drafts)")
    print(f"write_draft {write / 1e6:8.1f} M")
    print(f"whole draft {(build + write) / 1e6:8.1f} M")


if __name__ == "__main__":
    args = sys.argv[1:]
    if args[:1] == ["--read"]:
        read(args[1])
    elif args[:1] == ["--times"]:
        times(int(args[1]) if len(args) > 1 else 1, int(args[2]) if len(args) > 2 else 5)
    else:
        run(int(args[0]) if args else 1)
