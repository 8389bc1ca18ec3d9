"""Every repository profile × seeds 1–3 rendered and written, so that a change meant to be
only faster can be shown to leave every output byte as it was (speed23).

    python scripts/same_output.py OUTDIR [--part K/N]   # one .txt per profile and seed
    python scripts/same_output.py --compare BEFORE AFTER  # differing lines and parts

For each profile of profiles/, tests/fixtures/drafts*/ and every docs/review/*/profiles, and
each seed, OUTDIR gets one file: the draft's plain text and notes (as dump_texts.py writes
them) and then one line per part of the written .docx with its SHA-256 (docProps/core.xml
left out: it carries the time of writing). ``--part K/N`` renders every N-th profile from the
K-th (two processes share the work). ``--compare`` prints the lines that differ between two
dumps and a count; nothing differs when nothing changed.
"""

from __future__ import annotations

import hashlib
import io
import sys
import tempfile
import zipfile
from pathlib import Path

from speechdraft.pipeline import build_draft, write_draft
from speechdraft.writers.text import to_text

ROOT = Path(__file__).resolve().parents[1]
SEEDS = (1, 2, 3)
TIMED_PART = "docProps/core.xml"


def profiles() -> list[Path]:
    folders = [
        ROOT / "profiles",
        *sorted((ROOT / "tests" / "fixtures").glob("drafts*")),
        *sorted((ROOT / "docs" / "review").glob("*/profiles")),
    ]
    # tests/fixtures/drafts*/ hold read drafts' label files (*.labels.yaml), not profiles
    return [
        p
        for folder in folders
        for p in sorted(folder.glob("*.yaml"))
        if not p.name.endswith(".labels.yaml")
    ]


def _name(profile: Path, seed: int) -> str:
    where = profile.parent.relative_to(ROOT).as_posix().replace("/", "~")
    return f"{where}~{profile.stem}-seed{seed}.txt"


def _parts(data: bytes) -> list[str]:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return [
            f"{info.filename} {hashlib.sha256(package.read(info)).hexdigest()}"
            for info in package.infolist()
            if info.filename != TIMED_PART
        ]


def dump(out: Path, part: int = 0, parts: int = 1) -> int:
    out.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix="speechdraft-same-"))
    count = 0
    for profile in profiles()[part::parts]:
        for seed in SEEDS:
            name = _name(profile, seed)
            try:
                draft = build_draft(profile, seed=seed)
            except Exception as exc:  # a profile that fails fails alike in both trees
                message = str(exc).replace(f"{ROOT}/", "")
                (out / name).write_text(f"--- error {type(exc).__name__}: {message}\n", "utf-8")
                continue
            notes = "\n".join(draft.notes).replace(f"{ROOT}/", "")
            target = scratch / "draft.docx"
            write_draft(draft, target, force=True)
            docx = "\n".join(_parts(target.read_bytes()))
            body = to_text(draft.document) + "\n--- notes\n" + notes + "\n--- docx\n" + docx
            (out / name).write_text(body + "\n", encoding="utf-8")
            count += 1
    return count


def compare(before: Path, after: Path) -> int:
    names = sorted({p.name for p in before.glob("*.txt")} | {p.name for p in after.glob("*.txt")})
    differing = 0
    for name in names:
        old, new = before / name, after / name
        if not old.exists() or not new.exists():
            print(f"{name}: only in {'AFTER' if not old.exists() else 'BEFORE'}")
            differing += 1
            continue
        a = old.read_text(encoding="utf-8").splitlines()
        b = new.read_text(encoding="utf-8").splitlines()
        lines = sum(x != y for x, y in zip(a, b, strict=False)) + abs(len(a) - len(b))
        if lines:
            print(f"{name}: {lines} lines differ")
            differing += lines
    print(f"{len(names)} drafts compared, {differing} differing lines")
    return differing


if __name__ == "__main__":
    args = sys.argv[1:]
    if args[:1] == ["--compare"] and len(args) == 3:
        sys.exit(1 if compare(Path(args[1]), Path(args[2])) else 0)
    if not args:
        sys.exit("usage: python scripts/same_output.py OUTDIR [--part K/N] | --compare A B")
    k, n = 0, 1
    if args[1:2] == ["--part"]:
        k, n = (int(x) for x in args[2].split("/"))
    print(f"{dump(Path(args[0]), k, n)} drafts written")
