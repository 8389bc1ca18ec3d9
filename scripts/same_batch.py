"""A batch rendered by the command line, the way a clerk runs it (``speechdraft render
FOLDER -o OUTDIR --jobs N``), by one source tree, and written down part by part, so that a
change meant to be only faster can be shown to leave every byte of a batch as it was
(batch26).

    python scripts/same_batch.py TREE DUMP [--jobs N] [--count K]   # render and write down
    python scripts/same_batch.py --compare DUMP_A DUMP_B           # differing lines, a count

The batch is K profiles (default 60) taken evenly from profiles/, tests/fixtures/drafts*/ and
docs/review/*/profiles of this repository, each copied into one folder under a name of its
own (its index and its folder); every third one also gets a seed of its own at the end, so
that seeds the profiles do not name are in the batch too. TREE/src is put first on
PYTHONPATH and a cache folder of its own is used, so two trees can be run at the same time.
DUMP gets one line per part of every written .docx with its SHA-256 (docProps/core.xml left
out: it carries the time of writing), then the command's exit code, the results table it
printed and its messages.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TIMED_PART = "docProps/core.xml"


def profiles(count: int) -> list[Path]:
    folders = [
        ROOT / "profiles",
        *sorted((ROOT / "tests" / "fixtures").glob("drafts*")),
        *sorted((ROOT / "docs" / "review").glob("*/profiles")),
    ]
    found = [
        p
        for folder in folders
        for p in sorted(folder.glob("*.yaml"))
        if not p.name.endswith(".labels.yaml")
    ]
    step = max(1, len(found) // count)
    return found[::step][:count]


def make_batch(folder: Path, count: int) -> None:
    for index, path in enumerate(profiles(count)):
        where = path.parent.relative_to(ROOT).as_posix().replace("/", "~")
        text = path.read_text(encoding="utf-8")
        if index % 3 == 2:
            lines = [line for line in text.splitlines() if not line.startswith("seed:")]
            text = "\n".join(lines) + f"\nseed: {100 + index}\n"
        (folder / f"b{index:03d}-{where}-{path.stem}.yaml").write_text(text, encoding="utf-8")


def docx_lines(outdir: Path) -> list[str]:
    lines = []
    for docx in sorted(outdir.glob("*.docx")):
        with zipfile.ZipFile(docx) as package:
            for info in package.infolist():
                if info.filename != TIMED_PART:
                    digest = hashlib.sha256(package.read(info)).hexdigest()
                    lines.append(f"{docx.name} {info.filename} {digest}")
    return lines


def run(tree: Path, dump: Path, jobs: int, count: int) -> int:
    work = Path(tempfile.mkdtemp(prefix="same-batch-"))
    try:
        folder, outdir, cache = work / "in", work / "out", work / "cache"
        folder.mkdir()
        make_batch(folder, count)
        env = dict(os.environ, PYTHONPATH=str(tree / "src"), SPEECHDRAFT_CACHE_DIR=str(cache))
        env["COLUMNS"] = "200"  # the table's width, not the terminal's
        cmd = [sys.executable, "-m", "speechdraft", "render", str(folder), "-o", f"{outdir}/"]
        done = subprocess.run(
            [*cmd, "--jobs", str(jobs)], env=env, capture_output=True, text=True, cwd=work
        )
        lines = docx_lines(outdir)
        out = done.stdout.replace(str(work), "WORK")
        err = done.stderr.replace(str(work), "WORK")
        text = "\n".join([*lines, f"exit {done.returncode}", out, err])
        dump.write_text(text, encoding="utf-8")
        drafts = len({line.split()[0] for line in lines})
        print(f"{dump}: {drafts} .docx, {len(lines)} parts, exit {done.returncode}")
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


def compare(a: Path, b: Path) -> int:
    left = a.read_text(encoding="utf-8").splitlines()
    right = b.read_text(encoding="utf-8").splitlines()
    differing = 0
    for index in range(max(len(left), len(right))):
        one = left[index] if index < len(left) else "<none>"
        two = right[index] if index < len(right) else "<none>"
        if one != two:
            differing += 1
            print(f"- {one}\n+ {two}")
    print(f"{len(left)} and {len(right)} lines, {differing} differing")
    return 1 if differing else 0


def main(argv: list[str]) -> int:
    if argv[:1] == ["--compare"] and len(argv) == 3:
        return compare(Path(argv[1]), Path(argv[2]))
    if len(argv) < 2:
        print(__doc__)
        return 2
    tree, dump = Path(argv[0]).resolve(), Path(argv[1])
    jobs = int(argv[argv.index("--jobs") + 1]) if "--jobs" in argv else 2
    count = int(argv[argv.index("--count") + 1]) if "--count" in argv else 60
    return run(tree, dump, jobs, count)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
