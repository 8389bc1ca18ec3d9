"""A cold one-draft render cut into phases, counted by callgrind (speed24).

    valgrind --tool=callgrind --dump-before=getppid --callgrind-out-file=OUT \\
        python benchmarks/cold_phases.py PROFILE OUTPUT.docx
    python benchmarks/cold_phases.py --read OUT

The first form does what ``speechdraft render PROFILE -o OUTPUT.docx --force`` does in a
fresh process (the collector off, the imports inside the kept import work, the run-time
patterns and answers kept as the CLI's one-draft render keeps them, ``exit_now`` at the
end), calling ``os.getppid()`` at each boundary, so that callgrind writes one dump per
phase (``benchmarks/phases.py`` does the same for a warm draft). The second form reads the
dumps and prints each phase's instructions. Without valgrind the first form prints process
times per phase. Take counts with .pyc present (``env -u PYTHONDONTWRITEBYTECODE``, after
``python -m compileall src``) and a private SPEECHDRAFT_CACHE_DIR warmed by two runs; run the
interpreter itself, not pyenv's shim (callgrind would follow only the shell script).
"""

from __future__ import annotations

import gc
import glob
import itertools
import os
import re
import sys
import time

PHASES = (
    "start",  # interpreter, site (and what a .pth of the machine imports), this script
    "imports",  # speechdraft.pipeline and the CLI's render module, inside kept_import_work
    "keep",  # the kept answers switched on
    "load",  # the profile read and checked (the phrase bank loaded for the check)
    "bank",  # load_phrasebank again (already loaded: a lookup)
    "context",  # build_context
    "template",  # the template run with the render's choices (render_speech, marked)
    "fit",  # length fitting from the one markup
    "notes",  # catalogue and length notes
    "write",  # the .docx written
    "save",  # kept answers and patterns written when they grew
    "exit",  # exit_now: exit handlers, flush, os._exit
)


def run(profile: str, output: str) -> None:
    gc.disable()  # as cli.main
    mark = os.getppid
    stamps = [time.process_time()]

    def step() -> None:
        stamps.append(time.process_time())
        mark()

    step()
    from speechdraft.cli._quick import _not_the_clerks
    from speechdraft.importcache import kept_import_work, kept_render_patterns

    with kept_import_work():
        import speechdraft.pipeline  # noqa: F401
        from speechdraft.cli._render import render_profiles  # noqa: F401
    step()
    import functools
    from pathlib import Path

    from speechdraft import pipeline
    from speechdraft.cli import exit_now
    from speechdraft.compose.context import build_context
    from speechdraft.compose.render import render_speech
    from speechdraft.datacache import keep_answers_between_runs, save_answers
    from speechdraft.intake.catalogue import catalog_notes
    from speechdraft.intake.plausibility import catalogue_unit_notes
    from speechdraft.markup import Levelled
    from speechdraft.phrasebank import load_phrasebank
    from speechdraft.resources import builtin_templates_dir

    with kept_render_patterns(_not_the_clerks):
        keep_answers_between_runs()
        step()
        loaded = pipeline.validate_profile(Path(profile))
        step()
        bank = load_phrasebank(builtin_templates_dir(), None)
        step()
        context = build_context(loaded, bank, None)
        step()
        dirs = pipeline.template_dirs(None)
        marked = Levelled(
            render_speech(context.with_density(pipeline.MAX_DENSITY), dirs, marked=True)
        )
        step()
        document = pipeline._fitted(context, functools.cache(marked.at), counted=True)
        step()
        notes = catalog_notes(loaded, bank)
        notes += [str(note) for note in catalogue_unit_notes(loaded, bank)]
        pipeline.length_note(document, context)
        step()
        draft = pipeline.Draft(loaded, context, document, tuple(notes))
        pipeline.write_draft(draft, Path(output), force=True)
        step()
        save_answers()
    step()
    times = [later - earlier for earlier, later in itertools.pairwise(stamps[1:])]
    for phase, seconds in zip(PHASES[1:], times, strict=False):
        print(f"{phase:9s} {seconds * 1000:8.2f} ms", file=sys.stderr)
    exit_now(0)


def read(base: str) -> None:
    """Dump N holds what ran before the N-th mark; the last phase is in the file itself."""
    counts: dict[int, int] = {}
    for name in [*glob.glob(base + ".*"), base]:
        number = re.search(r"\.(\d+)$", name)
        with open(name, encoding="utf-8") as dump:
            found = re.search(r"^summary: (\d+)", dump.read(4000), re.M)
        if found:
            counts[int(number.group(1)) if number else len(PHASES)] = int(found.group(1))
    whole = sum(counts.values())
    for index, phase in enumerate(PHASES, start=1):
        if index in counts:
            print(f"{phase:9s} {counts[index] / 1e6:8.1f} M  {100 * counts[index] / whole:5.1f} %")
    print(f"{'cold':9s} {whole / 1e6:8.1f} M")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--read"]:
        read(sys.argv[2])
    else:
        run(sys.argv[1], sys.argv[2])
