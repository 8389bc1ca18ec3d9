"""Process CPU time of a warm draft in two source trees, measured in turns (speed27).

    python scripts/paired_times.py SRC_A SRC_B [PAIRS [ROUNDS]]

Each pair runs one fresh process per tree (A, then B, then the next pair B first): the
process builds and writes every profile of profiles/ at seeds 1–3 once to warm up, then
ROUNDS rounds of (a) the benchmark's draft (bench.py's district report, default seed) ten
times and (b) the mix (every profile × seeds 1–3), each draft timed by time.process_time,
build_draft + write_draft as bench.py does. A shared machine's load slows both trees alike
when they take turns; the per-process medians and their spread are printed per tree, and
the ratio B ÷ A of each pair's medians.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_WORKER = """
import json, statistics, sys, tempfile, time
from pathlib import Path
from speechdraft.pipeline import build_draft, write_draft
root = Path(sys.argv[1])
rounds = int(sys.argv[2])
mix = sorted((root / "profiles").glob("*.yaml"))
bench = root / "profiles" / "district-report-2026.yaml"
out = Path(tempfile.mkdtemp(prefix="speechdraft-paired-"))
for p in mix:
    for s in (1, 2, 3):
        write_draft(build_draft(p, seed=s), out / "w.docx", force=True)
bench_ms, mix_ms = [], []
for _ in range(rounds):
    for _ in range(10):
        c = time.process_time()
        write_draft(build_draft(bench), out / "x.docx", force=True)
        bench_ms.append((time.process_time() - c) * 1000)
    for p in mix:
        for s in (1, 2, 3):
            c = time.process_time()
            write_draft(build_draft(p, seed=s), out / "x.docx", force=True)
            mix_ms.append((time.process_time() - c) * 1000)
print(json.dumps({"bench": statistics.median(bench_ms), "mix": statistics.median(mix_ms)}))
"""


def _run(src: str, rounds: int) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": src}
    done = subprocess.run(
        [sys.executable, "-c", _WORKER, str(ROOT), str(rounds)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main(a: str, b: str, pairs: int, rounds: int) -> None:
    runs: dict[str, list[dict[str, float]]] = {a: [], b: []}
    for i in range(pairs):
        for src in (a, b) if i % 2 == 0 else (b, a):
            runs[src].append(_run(src, rounds))
    for measure in ("bench", "mix"):
        for name, src in (("A", a), ("B", b)):
            values = [r[measure] for r in runs[src]]
            print(
                f"{measure:5} {name} median {statistics.median(values):6.2f} ms"
                f" (spread {min(values):.2f}–{max(values):.2f} over {len(values)} processes)"
            )
        ratios = [rb[measure] / ra[measure] for ra, rb in zip(runs[a], runs[b], strict=True)]
        print(
            f"{measure:5} B ÷ A median {statistics.median(ratios):.3f}"
            f" (spread {min(ratios):.3f}–{max(ratios):.3f})"
        )


if __name__ == "__main__":
    args = sys.argv[1:]
    if len(args) < 2:
        sys.exit("usage: python scripts/paired_times.py SRC_A SRC_B [PAIRS [ROUNDS]]")
    main(
        args[0], args[1], int(args[2]) if len(args) > 2 else 6, int(args[3]) if len(args) > 3 else 3
    )
