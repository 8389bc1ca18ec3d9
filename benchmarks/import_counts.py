"""A cold render's imports, each module's own instructions, counted by callgrind (cold25).

    valgrind --tool=callgrind --dump-before=getppid --callgrind-out-file=OUT \\
        python benchmarks/import_counts.py EVENTS.json
    python benchmarks/import_counts.py --read OUT EVENTS.json [TOP]

The first form imports what a one-draft ``speechdraft render`` imports, as the CLI's quick
path does (inside the kept import work), with every module's ``exec_module`` wrapped so that
``os.getppid()`` is called as it starts and ends: callgrind writes one dump per stretch, and
the events file says which module was running in each. The second form adds each stretch to
the innermost module running then (its own code: the .pyc read and unmarshalled, its body,
the patterns and classes it makes; not the modules it imports) and prints the largest.
Modules speechdraft.importcache itself imports (datacache: hashlib, pickle) load before the
counting starts; the kept files' reading is the first line, with the finder's own work.
Unlike ``python -X importtime`` the counts do not move with the other work on the machine.
The wrapping finder adds some work of its own to every import (about a fifth of the total
here), the same for every module: compare the order and two trees' counts, not the sum
with a run of the CLI. Take counts with .pyc present and a warmed SPEECHDRAFT_CACHE_DIR,
running the interpreter itself, not pyenv's shim (see cold_phases.py).
"""

from __future__ import annotations

import collections
import contextlib
import gc
import importlib.abc
import json
import os
import re
import sys
from collections.abc import Callable, Sequence
from typing import Any


def run(events_file: str) -> None:
    gc.disable()  # as cli.main
    events: list[tuple[str, str]] = []
    mark = os.getppid

    def wrapped(name: str, exec_module: Callable[[Any], None]) -> Callable[[Any], None]:
        def exec_marked(module: Any) -> None:
            events.append(("in", name))
            mark()
            try:
                exec_module(module)
            finally:
                events.append(("out", name))
                mark()

        return exec_marked

    class Marking(importlib.abc.MetaPathFinder):
        def find_spec(self, name: str, path: Sequence[str] | None, target: Any = None) -> Any:
            for finder in sys.meta_path:
                if finder is self or not hasattr(finder, "find_spec"):
                    continue
                spec = finder.find_spec(name, path, target)
                if spec is None:
                    continue
                loader = spec.loader
                if loader is not None and hasattr(loader, "exec_module"):
                    with contextlib.suppress(AttributeError, TypeError):
                        loader.exec_module = wrapped(name, loader.exec_module)  # type: ignore[method-assign]
                return spec
            return None

    from speechdraft.importcache import kept_import_work

    sys.meta_path.insert(0, Marking())
    events.append(("in", "<kept import work, finder>"))
    mark()
    with kept_import_work():
        import speechdraft.pipeline  # noqa: F401
        from speechdraft.cli._render import render_profiles  # noqa: F401
    events.append(("out", "<kept import work, finder>"))
    mark()
    with open(events_file, "w", encoding="utf-8") as out:
        json.dump(events, out)
    os._exit(0)


def read(base: str, events_file: str, top: int) -> None:
    with open(events_file, encoding="utf-8") as source:
        events = json.load(source)

    def count(number: int) -> int:
        try:
            with open(f"{base}.{number}", encoding="utf-8") as dump:
                found = re.search(r"^summary: (\d+)", dump.read(5000), re.M)
        except FileNotFoundError:
            return 0
        return int(found.group(1)) if found else 0

    own: collections.Counter[str] = collections.Counter()
    running: list[str] = []
    for number, (what, name) in enumerate(events, start=1):
        if what == "in":
            running.append(name)
        else:
            running.pop()
        if running:  # dump N+1 holds what ran after the N-th mark
            own[running[-1]] += count(number + 1)
    print(f"{'all imports':40s} {sum(own.values()) / 1e6:8.1f} M  ({len(own)} modules)")
    for name, instructions in own.most_common(top):
        print(f"{name:40s} {instructions / 1e6:8.2f} M")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--read"]:
        read(sys.argv[2], sys.argv[3], int(sys.argv[4]) if len(sys.argv) > 4 else 20)
    else:
        run(sys.argv[1])
