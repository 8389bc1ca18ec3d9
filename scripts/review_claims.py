"""Counts the review parts' defects (tests/review_support.py) over every profile in the
repository rendered at seeds 1..N.

    python scripts/review_claims.py [--seeds 3] [--show N] [FOLDER…]

PYTHONPATH=<tree>/src runs another tree with the same ruler.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from review_support import review_defects  # noqa: E402

FOLDERS = (ROOT / "profiles", *sorted((ROOT / "docs" / "review").glob("*/profiles")))


def main() -> None:
    from speechdraft.pipeline import build_draft
    from speechdraft.writers.text import to_text

    parser = argparse.ArgumentParser()
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument("--show", type=int, default=0)
    parser.add_argument("folders", nargs="*")
    args = parser.parse_args()
    folders = tuple(Path(f).resolve() for f in args.folders) or FOLDERS
    rendered = flagged = 0
    classes: Counter[str] = Counter()
    lines = []
    for folder in folders:
        for path in sorted(folder.glob("*.yaml")):
            try:
                data = yaml.safe_load(path.read_text(encoding="utf-8"))
            except yaml.YAMLError:
                continue
            if not isinstance(data, dict):
                continue
            for seed in range(1, args.seeds + 1):
                try:
                    text = to_text(build_draft(path, seed=seed).document)
                except Exception:  # an old profile this tree refuses: not counted
                    continue
                rendered += 1
                found = review_defects(data, text)
                flagged += bool(found)
                classes.update(name for name, _ in found)
                where = f"{path.parent.parent.name}/{path.stem}#{seed}"
                lines += [(name, where, s) for name, s in found]
    print(f"drafts {rendered}: {flagged} with a review defect, {sum(classes.values())} defects")
    for name, count in classes.most_common():
        print(f"  {name}: {count}")
    for name, where, s in lines[: args.show]:
        print(f"    [{name}] {where}: {s}")


if __name__ == "__main__":
    main()
