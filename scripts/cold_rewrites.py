"""Which kept files a repeated cold ``speechdraft render`` writes again (cold27).

    python scripts/cold_rewrites.py [--profiles N] [--seeds 1,2] [--src SRC]

A one-shot render keeps what its imports and its draft compile (patterns, generated code,
answers) in the cache folder, so that the next run of the same command reads them instead.
A run that finds everything kept should write nothing: a file written again on a repeat
means the run met something new again (a pattern whose text changes from one process to
the next, an answer keyed by something that is not the same each time) — paid for by every
cold render, and a kept file that grows without end. For each profile and seed the command
runs twice into one private cache folder (as a clerk renders a meeting again); the second
run's writes are counted by file. Profiles are taken evenly from profiles/,
tests/fixtures/drafts*/ and docs/review/*/profiles. ``--src`` renders with another tree's
source (for a before-and-after count).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def all_profiles() -> list[Path]:
    folders = [
        ROOT / "profiles",
        *sorted((ROOT / "tests" / "fixtures").glob("drafts*")),
        *sorted((ROOT / "docs" / "review").glob("*/profiles")),
    ]
    return [
        p
        for folder in folders
        for p in sorted(folder.glob("*.yaml"))
        if not p.name.endswith(".labels.yaml")
    ]


def evenly(items: list[Path], count: int) -> list[Path]:
    if count >= len(items):
        return items
    step = len(items) / count
    return [items[int(i * step)] for i in range(count)]


def _state(folder: Path) -> dict[str, tuple[int, int]]:
    return {
        p.name: (p.stat().st_mtime_ns, p.stat().st_size)
        for p in folder.iterdir()
        if p.is_file() and not p.name.startswith(".~")
    }


def _render(src: Path, cache: Path, profile: Path, seed: int, out: Path) -> int:
    env = {**os.environ, "PYTHONPATH": str(src), "SPEECHDRAFT_CACHE_DIR": str(cache)}
    command = [sys.executable, "-m", "speechdraft", "render", str(profile), "-o", str(out)]
    command += ["--force", "--seed", str(seed)]
    done = subprocess.run(command, env=env, capture_output=True, check=False)
    return done.returncode


def rewrites(src: Path, profiles: list[Path], seeds: list[int]) -> Counter[str]:
    """The kept files each profile's second run wrote, counted over all runs."""
    written: Counter[str] = Counter()
    with tempfile.TemporaryDirectory(prefix="cold-rewrites-") as temp:
        cache, out = Path(temp) / "cache", Path(temp) / "draft.docx"
        cache.mkdir()
        for profile in profiles:
            for seed in seeds:
                _render(src, cache, profile, seed, out)
                before = _state(cache)
                code = _render(src, cache, profile, seed, out)
                after = _state(cache)
                changed = sorted(name for name in after if before.get(name) != after[name])
                written.update(changed)
                written["(runs)"] += 1
                written["(runs writing anything)"] += bool(changed)
                written[f"(exit {code})"] += 1
                if changed:
                    where = profile.relative_to(ROOT)
                    print(f"{where} seed {seed}: {', '.join(changed)}", flush=True)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--profiles", type=int, default=24)
    parser.add_argument("--seeds", default="1,2")
    parser.add_argument("--src", type=Path, default=ROOT / "src")
    args = parser.parse_args()
    seeds = [int(s) for s in args.seeds.split(",")]
    counts = rewrites(args.src.resolve(), evenly(all_profiles(), args.profiles), seeds)
    for name, count in sorted(counts.items()):
        print(f"{count:5d}  {name}")


if __name__ == "__main__":
    main()
