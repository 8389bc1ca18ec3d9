"""Dumps the plain text of every example and review profile × seeds 1–3, so that a change
meant to be only faster can be shown to leave every draft as it was.

    python scripts/dump_texts.py OUTDIR          # one .txt per profile and seed
    python scripts/dump_texts.py OUTDIR FOLDER…  # other folders of profiles instead
    python scripts/dump_texts.py OUTDIR --all    # profiles/ and every docs/review/*/profiles
    diff -r BEFORE AFTER                          # nothing, when nothing changed

Notes name a profile by its path: the checkout's own folder is left out of them, so that two
checkouts (main's and a branch's worktree) can be compared.
Each file holds the draft's plain text, its notes and a digest of the whole document
(paragraph kinds, marks and suggestions too, not only what the text shows).
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

from speechdraft.pipeline import build_draft
from speechdraft.writers.text import to_text

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = (
    ROOT / "profiles",
    ROOT / "docs" / "review" / "2026-11-30u" / "profiles",
    ROOT / "docs" / "review" / "2026-11-30v" / "profiles",
)
SEEDS = (1, 2, 3)


def dump(out: Path, folders: tuple[Path, ...] = FOLDERS) -> int:
    out.mkdir(parents=True, exist_ok=True)
    count = 0
    for folder in folders:
        for profile in sorted(folder.glob("*.yaml")):
            for seed in SEEDS:
                draft = build_draft(profile, seed=seed)
                digest = hashlib.sha256(repr(draft.document).encode("utf-8")).hexdigest()
                notes = "\n".join(draft.notes).replace(f"{ROOT}/", "")
                body = to_text(draft.document) + "\n--- notes\n" + notes
                # the checkout's own profiles/ by that name, whatever the checkout's folder
                where = "profiles" if folder == ROOT / "profiles" else folder.parent.name
                name = f"{where}-{profile.stem}-seed{seed}.txt"
                (out / name).write_text(f"{body}\n--- document {digest}\n", encoding="utf-8")
                count += 1
    return count


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit("usage: python scripts/dump_texts.py OUTDIR [FOLDER…]")
    if sys.argv[2:] == ["--all"]:
        reviews = sorted((ROOT / "docs" / "review").glob("*/profiles"))
        chosen = (ROOT / "profiles", *reviews)
    else:
        chosen = tuple(Path(folder).resolve() for folder in sys.argv[2:]) or FOLDERS
    print(f"{dump(Path(sys.argv[1]), chosen)} drafts written")
