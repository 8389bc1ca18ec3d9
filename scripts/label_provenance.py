"""Where a review's labels sit: lines carrying the clerk's material, stock lines, headings.

    python scripts/label_provenance.py docs/review/2026-12-02al [docs/review/… …]

A round's folder has labels/DRAFT.txt, profiles/PROFILE.yaml and key.json (draft → profile, arm).
Each labelled line is put in one of three bins, by a heuristic that needs no provenance from the
tool (the drafts were rendered without it):

- ``heading``: shorter than 40 characters and not ending as a sentence (titles, headings, 同志们：);
- ``clerk``: shares a run of five characters with any string the profile gives (a point, a
  figure's name or value, a title, the meeting's name) — the clerk's material woven in;
- ``stock``: everything else — the phrase bank's own lines.

It answers one question a round's tables cannot: is a line that carries the clerk's material
more or less likely to need a change than a stock line?  Rounds without key.json count as one arm.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

CLASSES = "GFLYRDESA"
BINS = ("clerk", "stock", "heading")
_LABEL = re.compile(r"^\[([A-Z ]*)\]")
_GRAM = 5


@dataclass
class Bin:
    lines: int = 0
    changed: int = 0
    classes: Counter[str] = field(default_factory=Counter)

    def add(self, labels: set[str]) -> None:
        self.lines += 1
        self.changed += bool(labels)
        self.classes.update(labels)

    def row(self) -> str:
        rate = self.changed / self.lines if self.lines else 0.0
        by_class = " ".join(f"{c}{self.classes[c]}" for c in CLASSES if self.classes[c])
        return f"{self.lines:5d} lines {self.changed:4d} changed {rate:6.1%}  {by_class}"


def profile_strings(value: Any) -> list[str]:
    if isinstance(value, dict):
        return [s for key, v in value.items() if key != "kind" for s in profile_strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in profile_strings(v)]
    return [] if value is None else [re.sub(r"\s", "", str(value))]


def grams_of(profile: Path) -> set[str]:
    data = yaml.safe_load(profile.read_text(encoding="utf-8")) or {}
    return {s[i : i + _GRAM] for s in profile_strings(data) for i in range(len(s) - _GRAM + 1)}


def bin_of(text: str, grams: set[str]) -> str:
    if len(text) < 40 and not text.endswith(("。", "！", "？", "；")):
        return "heading"
    if any(text[i : i + _GRAM] in grams for i in range(len(text) - _GRAM + 1)):
        return "clerk"
    return "stock"


def labelled_lines(path: Path) -> list[tuple[set[str], str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        match = _LABEL.match(line)
        if match:
            text = line[match.end() :].split("←", 1)[0].strip()
            rows.append((set(match.group(1).split()), text))
    return rows


def tally(folder: Path) -> dict[str, dict[str, Bin]]:
    key_path = folder / "key.json"
    key = json.loads(key_path.read_text(encoding="utf-8")) if key_path.exists() else {}
    arms: dict[str, dict[str, Bin]] = {}
    for labels in sorted((folder / "labels").glob("*.txt")):
        entry = key.get(labels.stem, {"profile": labels.stem, "arm": "all"})
        profile = folder / "profiles" / f"{labels.stem}.yaml"  # saved under the draft's name
        if not profile.exists():
            profile = folder / "profiles" / f"{entry['profile']}.yaml"
        if not profile.exists():
            continue
        grams = grams_of(profile)
        bins = arms.setdefault(entry["arm"], {name: Bin() for name in BINS})
        for found, text in labelled_lines(labels):
            bins[bin_of(text, grams)].add(found)
    return arms


def main(folders: list[str]) -> None:
    for folder in folders:
        for arm, bins in tally(Path(folder)).items():
            print(f"{Path(folder).name} arm {arm}")
            for name in BINS:
                print(f"  {name:8s}{bins[name].row()}")


if __name__ == "__main__":
    main(sys.argv[1:])
