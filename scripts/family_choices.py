"""Which area and sub-topic (family) each priority of some profiles is said by.

    python scripts/family_choices.py 'docs/review/2026-11-30[fg]/profiles/*.yaml' > now.tsv

One line a priority: profile, its name, the area found, the family chosen ("—" for the
clerk's own section: no family is about it), the family's first heading and the points.
Run it before and after a change to the matcher and compare (issue 11, readers' S).
"""

from __future__ import annotations

import glob
import sys
from pathlib import Path

from speechdraft.compose.context import build_context
from speechdraft.compose.render import _finalize, _Speech
from speechdraft.compose.sandbox import make_environment
from speechdraft.phrasebank import load_phrasebank
from speechdraft.pipeline import template_dirs, validate_profile
from speechdraft.resources import builtin_templates_dir


def choices(path: Path) -> list[tuple[str, ...]]:
    bank = load_phrasebank(builtin_templates_dir())
    context = build_context(validate_profile(path), bank, None)
    speech = _Speech(make_environment(template_dirs(None), _finalize), context)
    speech.choose_families()
    rows = []
    for task in context.priorities:
        family = speech.families[id(task)]
        area = task.area.key if task.area else "—"
        rows.append(
            (
                f"{path.parent.parent.name}/{path.stem}",
                task.label,
                area,
                family.key if family else "—",
                family.headings[0].text if family else "",
                "；".join(task.points),
            )
        )
    return rows


def main(patterns: list[str]) -> None:
    for pattern in patterns:
        for name in sorted(glob.glob(pattern)):
            for row in choices(Path(name)):
                print("\t".join(row))


if __name__ == "__main__":
    main(sys.argv[1:])
