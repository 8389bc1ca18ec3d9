"""The collector's first threshold raised while drafts are made (batch26, speed36).

A draft makes and drops hundreds of thousands of objects, nearly all freed by their
reference counts within the draft; at Python's default first threshold (700) the young
generation was collected some five times a warm draft, each collection walking (and moving
to the older generations) the draft's live working objects, and every tenth a middle one.
Only when collections run changes, never what a draft computes: no rule of the draft
depends on it. Kept apart from the pipeline so that the CLI's batch, which imports the
pipeline only when it drafts, raises it too.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

# The first threshold while drafts are made, by a batch (cli/_render) or one at a time
# (pipeline): 21 warm drafts of the seven kinds in one process ran 105 young, 9 middle and a
# full collection at Python's 700, 18 young and 2 middle ones with this (speed36)
YOUNG_THRESHOLD = 10_000

# The web face drafts in several threads at once: the thresholds found when the first draft
# (or batch) began are put back when the last one ends, not when each does (one ending
# before another would leave the other's raised threshold to the process for good)
_LOCK = threading.Lock()
_inside = 0
_before: tuple[int, int, int] = (700, 10, 10)


@contextlib.contextmanager
def young_collected_late(threshold: int) -> Iterator[None]:
    """The collector's first threshold at least ``threshold`` inside; the process's own
    thresholds back once no draft or batch is inside (also after a failure): a test's
    process, the web face and a library caller keep theirs."""
    global _inside, _before
    with _LOCK:
        if _inside == 0:
            _before = gc.get_threshold()
        _inside += 1
        now = gc.get_threshold()
        gc.set_threshold(max(now[0], threshold), *now[1:])
    try:
        yield
    finally:
        with _LOCK:
            _inside -= 1
            if _inside == 0:
                gc.set_threshold(*_before)
