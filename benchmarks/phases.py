"""A warm draft cut into phases, counted by callgrind (speed21).

    valgrind --tool=callgrind --dump-before=getppid --callgrind-out-file=OUT \\
        python benchmarks/phases.py PROFILE [WARM [DRAFTS]]
    python benchmarks/phases.py --read OUT DRAFTS

The first form renders WARM drafts of PROFILE to warm the process, then DRAFTS drafts cut
into the phases ``pipeline.draft_of`` and ``write_draft`` go through, calling
``os.getppid()`` (libc's ``getppid``, which nothing else in a render calls) at each
boundary: callgrind writes one dump per phase of each draft. The second form reads the
dumps (OUT.1, OUT.2, …) and prints each phase's instructions per draft. Without valgrind
the first form prints process times per phase (min and median). Take counts with .pyc
present (``env -u PYTHONDONTWRITEBYTECODE``) and a private, warmed SPEECHDRAFT_CACHE_DIR.
"""

from __future__ import annotations

import functools
import glob
import os
import re
import sys
import tempfile
import time
from pathlib import Path

PHASES = ("load", "context", "template", "fit", "notes", "write")


def run(profile: Path, warm: int, drafts: int) -> None:
    from speechdraft import pipeline
    from speechdraft.compose.context import build_context
    from speechdraft.compose.render import render_speech
    from speechdraft.intake.catalogue import catalog_notes
    from speechdraft.intake.plausibility import catalogue_unit_notes
    from speechdraft.markup import Levelled
    from speechdraft.phrasebank import load_phrasebank
    from speechdraft.resources import builtin_templates_dir

    out = Path(tempfile.mkdtemp(prefix="speechdraft-phases-"))
    for _ in range(warm):
        pipeline.write_draft(pipeline.build_draft(profile), out / "warm.docx", force=True)
    mark = os.getppid
    times: dict[str, list[float]] = {phase: [] for phase in PHASES}
    for _ in range(drafts):
        stamps = [time.process_time()]
        mark()
        loaded = pipeline.validate_profile(profile)
        stamps.append(time.process_time())
        mark()
        bank = load_phrasebank(builtin_templates_dir(), None)
        context = build_context(loaded, bank, None)
        stamps.append(time.process_time())
        mark()
        dirs = pipeline.template_dirs(None)
        marked = Levelled(
            render_speech(context.with_density(pipeline.MAX_DENSITY), dirs, marked=True)
        )
        stamps.append(time.process_time())
        mark()
        document = pipeline._fitted(context, functools.cache(marked.at), counted=True)
        stamps.append(time.process_time())
        mark()
        notes = catalog_notes(loaded, bank)
        notes += [str(note) for note in catalogue_unit_notes(loaded, bank)]
        pipeline.length_note(document, context)
        stamps.append(time.process_time())
        mark()
        draft = pipeline.Draft(loaded, context, document, tuple(notes))
        pipeline.write_draft(draft, out / "draft.docx", force=True)
        stamps.append(time.process_time())
        for phase, start, end in zip(PHASES, stamps, stamps[1:], strict=False):
            times[phase].append(end - start)
    mark()
    total = sum(min(values) for values in times.values())
    for phase, values in times.items():
        values.sort()
        print(
            f"{phase:9s} min {values[0] * 1000:7.2f} ms  median {values[len(values) // 2] * 1000:7.2f}"
            f" ms  {100 * values[0] / total:5.1f} %"
        )


def read(base: str, drafts: int) -> None:
    """Dump 1 is everything before the first mark; then one dump per phase of each draft."""
    counts: dict[int, int] = {}
    for name in glob.glob(base + ".*"):
        if (number := re.search(r"\.(\d+)$", name)) is None:
            continue
        with open(name, encoding="utf-8") as dump:
            head = dump.read(4000)
        found = re.search(r"^summary: (\d+)", head, re.M)
        if found:
            counts[int(number.group(1))] = int(found.group(1))
    totals = dict.fromkeys(PHASES, 0)
    for draft in range(drafts):
        for index, phase in enumerate(PHASES):
            totals[phase] += counts[2 + len(PHASES) * draft + index]
    whole = sum(totals.values())
    for phase in PHASES:
        print(
            f"{phase:9s} {totals[phase] / drafts / 1e6:8.1f} M  {100 * totals[phase] / whole:5.1f} %"
        )
    print(f"{'draft':9s} {whole / drafts / 1e6:8.1f} M")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--read"]:
        read(sys.argv[2], int(sys.argv[3]))
    else:
        args = sys.argv[1:]
        run(
            Path(args[0]),
            int(args[1]) if len(args) > 1 else 6,
            int(args[2]) if len(args) > 2 else 4,
        )
