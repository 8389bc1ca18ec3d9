"""Bank wordings that have the shape of an arrangement, against the positive list
(speechdraft/arrangement_shapes.py).

    python scripts/arrangement_shapes.py            # counts by kind
    python scripts/arrangement_shapes.py --list     # every flagged wording, where, and why

A wording passes where each shape it states is covered by an entry of norms/named.yaml (said
only where the profile names it); tests/test_arrangement_shapes.py fails on any other.
"""

from __future__ import annotations

import sys
from collections import Counter

from speechdraft.arrangement_shapes import Shape, bank_text, shapes
from speechdraft.arrangements import Arrangement, covering
from speechdraft.named import load_named
from speechdraft.phrasebank import load_phrasebank
from speechdraft.resources import builtin_templates_dir


def wordings() -> list[tuple[str, str]]:
    """(where, wording) for every wording of the built-in bank."""
    bank = load_phrasebank(builtin_templates_dir())
    found: set[tuple[str, str]] = set()
    for area in (*bank.areas.values(), *bank.safeguards.values()):
        for family in area.families:
            for unit in (*family.headings, *family.units):
                found |= {(f"{area.key}.{family.key}", t) for t in unit.wordings}
    for slot, units in bank.frames.items():
        found |= {(slot, t) for unit in units for t in unit.wordings}
    return sorted(found)


def flagged(wording: str) -> list[Shape]:
    """The shapes of a wording that no named entry licenses."""
    text = bank_text(wording)
    table = load_named()
    return [
        shape
        for shape in shapes(text)
        if not covering(text, Arrangement(shape.kind, shape.text, shape.start, shape.end), table)
    ]


def main(argv: list[str]) -> None:
    all_wordings = wordings()
    kinds: Counter[str] = Counter()
    lines = []
    tagged = 0
    for where, wording in all_wordings:
        text = bank_text(wording)
        found = shapes(text)
        left = flagged(wording)
        tagged += bool(found) and not left
        kinds.update({shape.kind for shape in left})
        if left:
            why = "、".join(f"{s.kind}“{s.text}”" for s in left)
            lines.append(f"{where}\t{why}\t{text}")
    print(
        f"措辞 {len(all_wordings)} 条；带安排句型、未标注的 {len(lines)} 条；已标注的 {tagged} 条"
    )
    for kind, n in kinds.most_common():
        print(f"  {kind}: {n}")
    if "--list" in argv:
        print("\n".join(lines))


if __name__ == "__main__":
    main(sys.argv[1:])
