"""A batch of distinct profiles timed on two source trees and docxtpl, interleaved, so that
the trees and docxtpl meet the same load (batch26): on a host shared with others a single
``bench.py`` run cannot tell a few per cent apart, paired rounds can.

    python benchmarks/batch_pairs.py TREE_A TREE_B [--batch 300] [--rounds 3] [--jobs 2]
        [--docxtpl FOLDER]

Each tree renders ``bench.make_profiles``' batch (the district report, each copy its own
speaker name and seed) with ``speechdraft render FOLDER -o OUTDIR --jobs N``, its own
src first on PYTHONPATH and its own cache folder (warmed by one unmeasured run); docxtpl
renders ``bench.prepare_inputs``' draft the same number of times, split across N worker
processes of bench.py, as bench.py's batch does. ``--docxtpl``: a folder holding the
docxtpl package, put on its PYTHONPATH. Each round runs the three in a rotated order and
prints wall and CPU seconds (user + system of every process, from the OS), then the median
ratios over the rounds with their lowest and highest.
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench


def main(argv: list[str]) -> int:  # noqa: C901
    tree_a, tree_b = Path(argv[0]).resolve(), Path(argv[1]).resolve()

    def option(name: str, default: str) -> str:
        return argv[argv.index(name) + 1] if name in argv else default

    batch, rounds, jobs = (
        int(option("--batch", "300")),
        int(option("--rounds", "3")),
        option("--jobs", "2"),
    )
    docxtpl_path = option("--docxtpl", "")
    work = Path(tempfile.mkdtemp(prefix="batch-pairs-"))
    inputs = work / "inputs"
    inputs.mkdir()
    bench.prepare_inputs(str(inputs), bench.DEFAULT_PROFILE)
    folder = work / "profiles"
    bench.make_profiles(str(folder), bench.DEFAULT_PROFILE, batch)
    py, script = sys.executable, str(Path(bench.__file__).resolve())

    def tree_run(tree: Path, tag: str) -> tuple[float, float]:
        out = work / f"out-{tag}"
        shutil.rmtree(out, ignore_errors=True)
        out.mkdir()
        env = dict(os.environ, PYTHONPATH=str(tree / "src"))
        env["SPEECHDRAFT_CACHE_DIR"] = str(work / f"cache-{tag}")
        cmd = [py, "-m", "speechdraft", "render", str(folder), "-o", f"{out}/", "--jobs", jobs]
        wall, _rss, cpu = bench.measure(cmd, env)
        if len(list(out.glob("*.docx"))) != batch:
            raise SystemExit(f"{tag}: not {batch} .docx")
        return wall, cpu

    def docxtpl_run() -> tuple[float, float]:
        out = work / "out-docxtpl"
        shutil.rmtree(out, ignore_errors=True)
        n = int(jobs)
        sizes = [batch // n + (1 if k < batch % n else 0) for k in range(n)]
        cmds = []
        for k, size in enumerate(sizes):
            (out / str(k)).mkdir(parents=True)
            result = str(work / f"docxtpl-{k}.json")
            cmds.append(
                [
                    py,
                    script,
                    "--worker",
                    "docxtpl",
                    str(inputs),
                    str(size),
                    str(out / str(k)),
                    result,
                ]
            )
        saved = os.environ.get("PYTHONPATH")
        os.environ["PYTHONPATH"] = os.pathsep.join(
            p for p in (docxtpl_path, str(tree_a / "src")) if p
        )
        try:
            wall, _rss, cpu = bench.run_parallel(cmds)
        finally:
            if saved is None:
                os.environ.pop("PYTHONPATH", None)
            else:
                os.environ["PYTHONPATH"] = saved
        return wall, cpu

    runs = {
        "A": lambda: tree_run(tree_a, "A"),
        "B": lambda: tree_run(tree_b, "B"),
        "docxtpl": docxtpl_run,
    }
    runs["A"](), runs["B"]()  # the cache folders warmed
    results: dict[str, list[tuple[float, float]]] = {key: [] for key in runs}
    order = list(runs)
    for index in range(rounds):
        turn = order[index % 3 :] + order[: index % 3]
        for key in turn:
            results[key].append(runs[key]())
        load = os.getloadavg()[0]
        print(
            f"round {index + 1} ({', '.join(turn)}; load {load:.1f}): "
            + "; ".join(
                f"{k} wall {w:.1f} s cpu {c:.1f} s"
                for k, (w, c) in ((k, results[k][-1]) for k in runs)
            ),
            flush=True,
        )

    def ratios(top: str, bottom: str, part: int) -> str:
        values = [a[part] / b[part] for a, b in zip(results[top], results[bottom], strict=True)]
        return f"{statistics.median(values):.3f}× ({min(values):.3f}–{max(values):.3f})"

    for top, bottom in (("A", "docxtpl"), ("B", "docxtpl"), ("B", "A")):
        print(f"{top} ÷ {bottom}: wall {ratios(top, bottom, 0)}, cpu {ratios(top, bottom, 1)}")
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
