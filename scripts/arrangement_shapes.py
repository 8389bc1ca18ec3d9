"""Bank wordings that have the shape of an arrangement, against the positive list
(speechdraft/arrangement_shapes.py).

    python scripts/arrangement_shapes.py            # counts by kind
    python scripts/arrangement_shapes.py --list     # every flagged wording, where, and why
    python scripts/arrangement_shapes.py --drafts docs/review/2026-12-01ad …
        # each round's profiles rendered here: the shapes a draft states that neither stand
        # in the profile's words nor are licensed by a named entry the profile names

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


def untraced(text: str, written: str) -> list[Shape]:
    """The shapes of a draft the profile neither states in its words nor names."""
    table = load_named()
    found = []
    for shape in shapes(text):
        if shape.text in written:
            continue
        ids = covering(text, Arrangement(shape.kind, shape.text, shape.start, shape.end), table)
        entries = [e for e in table if e.id in ids]
        if entries and all(e.licence.search(written) for e in entries):
            continue
        found.append(shape)
    return found


def drafts(folders: list[str]) -> None:
    from pathlib import Path

    from speechdraft.pipeline import build_draft

    for folder in map(Path, folders):
        counted = flagged_drafts = 0
        lines = []
        for profile in sorted((folder / "profiles").glob("*.yaml")):
            written = profile.read_text(encoding="utf-8")
            draft = build_draft(profile)
            text = "\n".join(draft.document.spoken_lines())
            found = untraced(text, written)
            counted += 1
            flagged_drafts += bool(found)
            for shape in found:
                around = text[max(0, shape.start - 20) : shape.end + 10].replace("\n", " ")
                lines.append(f"  {profile.stem}\t{shape.kind}“{shape.text}”\t…{around}…")
        print(
            f"{folder.name}: {counted} 篇，{flagged_drafts} 篇有未给出处的安排，共 {len(lines)} 处"
        )
        print("\n".join(lines))


def main(argv: list[str]) -> None:
    if argv[:1] == ["--drafts"]:
        drafts(argv[1:])
        return
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
