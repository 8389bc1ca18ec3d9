"""The A lines (invented specifics) of review rounds whose sentence this tree still says.

    python scripts/a_lines.py docs/review/2026-12-01ab docs/review/2026-12-01ac …

Each round's profiles are rendered again here; an A-labelled sentence counts as said when it
stands word for word in the profile's draft (at the profile's own length) and, separately,
at any length level from −2 to 8 (the length fitter's padding included). Prints per round:
A lines, said in the draft, said at any level; then each line still said.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from review_set import draft_lines, sentences

from speechdraft.compose.structure import parse_markup
from speechdraft.document import Heading
from speechdraft.markup import Levelled
from speechdraft.pipeline import (
    MAX_DENSITY,
    MIN_DENSITY,
    build_context,
    build_draft,
    builtin_templates_dir,
    load_phrasebank,
    render_speech,
    template_dirs,
    validate_profile,
)

_LINE = re.compile(r"^\[([A-Z ]*)\]\s*(.+?)\s*(?:←.*)?$")


def a_lines(labels: Path) -> list[str]:
    found = []
    for line in labels.read_text(encoding="utf-8").splitlines():
        match = _LINE.match(line.strip())
        if match and "A" in match.group(1).split():
            found.append(match.group(2))
    return found


def every_level(profile: Path) -> set[str]:
    """Every sentence the profile's draft says at some length level."""
    loaded = validate_profile(profile)
    context = build_context(loaded, load_phrasebank(builtin_templates_dir()), None)
    marked = Levelled(
        render_speech(context.with_density(MAX_DENSITY), template_dirs(None), marked=True)
    )
    said: set[str] = set()
    for level in range(MIN_DENSITY, MAX_DENSITY + 1):
        for block in parse_markup(marked.at(level), context.kind.numbering).blocks:
            if isinstance(block, Heading):
                said.add(block.number + block.title)
                said.update(sentences("".join(r.text for r in block.body)))
            else:
                said.update(sentences(block.text))
    return said


def main(argv: list[str]) -> None:
    for folder in map(Path, argv):
        lines = drafted = anywhere = 0
        kept = []
        for labels in sorted((folder / "labels").glob("*.txt")):
            marked = a_lines(labels)
            profile = folder / "profiles" / f"{labels.stem}.yaml"
            if not marked or not profile.exists():
                continue
            draft = set(draft_lines(build_draft(profile)))
            levels = every_level(profile)
            for sentence in marked:
                lines += 1
                drafted += sentence in draft
                anywhere += sentence in levels or sentence in draft
                if sentence in draft or sentence in levels:
                    where = "稿中" if sentence in draft else "某一篇幅"
                    kept.append(f"  {labels.stem}（{where}）：{sentence}")
        print(f"{folder.name}: A {lines} 句，稿中仍有 {drafted}，任一篇幅仍有 {anywhere}")
        print("\n".join(kept))


if __name__ == "__main__":
    main(sys.argv[1:])
