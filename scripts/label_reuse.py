"""Estimates a tree's rate on a review set already read, by reusing the readers' labels.

    python scripts/label_reuse.py REVIEW_DIR DRAFTS_DIR [--remaining OUT.md]

REVIEW_DIR is a round's folder: labels/DRAFT.txt (or labels-N/DRAFT.txt) and, where drafts were
shuffled, key.json (draft → profile). DRAFTS_DIR holds the new tree's drafts of the same profiles,
rendered by scripts/review_set.py (one PROFILE.txt each, or the round's DRAFT.txt names). Each new line whose text a reader labelled
in a draft of the same profile takes that label; a line no reader saw is counted as unread.

This is an estimate from labels given to other drafts, not a reading: a changed line is unread,
and a reader may have judged a line differently beside other lines. Say so wherever it is quoted.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

CLASSES = "GFLYRDESA"
_LABEL = re.compile(r"^\[([A-Z ]*)\]\s?(.*)$")
_REASON = re.compile(r"\s+←.*$")


def label_files(review: Path) -> list[Path]:
    folders = [review / "labels", *sorted(review.glob("labels-*"))]
    return [p for f in folders if f.is_dir() for p in sorted(f.glob("*.txt"))]


def profile_of(draft: str, key: dict[str, dict[str, object]]) -> str:
    entry = key.get(draft)
    return str(entry["profile"]) if entry else draft


def read_labels(path: Path) -> list[tuple[str, str, str]]:
    """(text, classes, reason) of every labelled line of one label file."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        match = _LABEL.match(line)
        if not match:
            continue
        body = match.group(2)
        reason = body.split("←", 1)[1].strip() if "←" in body else ""
        rows.append((_REASON.sub("", body).strip(), "".join(match.group(1).split()), reason))
    return rows


def read_key(review: Path) -> dict[str, dict[str, object]]:
    key_path = review / "key.json"
    return json.loads(key_path.read_text(encoding="utf-8")) if key_path.exists() else {}


def known_lines(review: Path) -> dict[str, dict[str, tuple[str, str]]]:
    """profile → line text → (classes, reason); a labelled reading wins over a keep."""
    key = read_key(review)
    known: dict[str, dict[str, tuple[str, str]]] = defaultdict(dict)
    for path in label_files(review):
        profile = profile_of(path.stem, key)
        for text, classes, reason in read_labels(path):
            if classes or text not in known[profile]:
                known[profile][text] = (classes, reason)
    return known


def draft_lines(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("review", type=Path)
    parser.add_argument("drafts", type=Path)
    parser.add_argument("--remaining", type=Path)
    args = parser.parse_args()
    known = known_lines(args.review)
    key = read_key(args.review)
    seen: set[str] = set()
    matched = labelled = unread = 0
    classes: Counter[str] = Counter()
    standing: list[str] = []
    for path in sorted(args.drafts.glob("*.txt")):
        # Both arms of a crossover render the same profile: count each profile once.
        profile = profile_of(path.stem, key)
        lines_known = known.get(profile)
        if lines_known is None or profile in seen:
            continue
        seen.add(profile)
        for text in draft_lines(path):
            if text not in lines_known:
                unread += 1
                continue
            matched += 1
            label, reason = lines_known[text]
            if label:
                labelled += 1
                classes.update(label)
                standing.append(f"- {profile} [{' '.join(label)}] {text}  ← {reason}")
    rate = 100 * labelled / matched if matched else 0.0
    print(f"matched {matched}, labelled {labelled} ({rate:.1f} %), unread {unread}")
    print(" ".join(f"{c} {classes[c]}" for c in CLASSES))
    if args.remaining:
        args.remaining.write_text("\n".join(standing) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
