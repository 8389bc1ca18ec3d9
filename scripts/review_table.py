"""Counts a labelled review: per draft and per kind, the sentences a clerk would change.

    python scripts/review_table.py docs/review/2026-11-30

Each labels/NAME.txt holds one sentence a line, prefixed by its change classes in brackets
(``[] keep``, ``[A L] change``); lines starting with # are headers and are not counted.
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

CLASSES = "GFLYRDESA"
_LABEL = re.compile(r"^\[([A-Z ]*)\]")


def count(path: Path) -> tuple[int, int, Counter[str]]:
    sentences = changed = 0
    classes: Counter[str] = Counter()
    for line in path.read_text(encoding="utf-8").splitlines():
        match = _LABEL.match(line)
        if not match:
            continue
        sentences += 1
        found = set(match.group(1).split())
        changed += bool(found)
        classes.update(found)
    return sentences, changed, classes


def kind_of(name: str) -> str:
    name = name.replace("_", "-")  # 01-leader_speech-… as well as leader-speech-…
    for kind in (
        "concluding-remarks",
        "leader-speech",
        "leading-group",
        "safety",
        "school-opening",
        "teachers-day",
        "work-report",
    ):
        if name.startswith(kind) or f"-{kind}-" in name:
            return kind
    return "other"


def main(folder: Path) -> None:
    by_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    total_classes: Counter[str] = Counter()
    header = "| draft | sentences | change | rate | " + " | ".join(CLASSES) + " |"
    print(header)
    print("|" + "---|" * (4 + len(CLASSES)))
    for path in sorted((folder / "labels").glob("*.txt")):
        sentences, changed, classes = count(path)
        by_kind[kind_of(path.stem)][0] += sentences
        by_kind[kind_of(path.stem)][1] += changed
        total_classes.update(classes)
        cells = " | ".join(str(classes[c]) for c in CLASSES)
        print(f"| {path.stem} | {sentences} | {changed} | {changed / sentences:.0%} | {cells} |")
    print()
    print("| kind | sentences | change | rate |")
    print("|---|---|---|---|")
    all_sentences = all_changed = 0
    for kind, (sentences, changed) in sorted(by_kind.items()):
        all_sentences += sentences
        all_changed += changed
        print(f"| {kind} | {sentences} | {changed} | {changed / sentences:.1%} |")
    print(f"| **all** | {all_sentences} | {all_changed} | {all_changed / all_sentences:.1%} |")
    print()
    print("classes: " + ", ".join(f"{c} {total_classes[c]}" for c in CLASSES))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
