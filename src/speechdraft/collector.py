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
from collections.abc import Iterator


@contextlib.contextmanager
def young_collected_late(threshold: int) -> Iterator[None]:
    """The collector's first threshold at least ``threshold`` inside; the process's own
    thresholds back after (also after a failure): a test's process, the web face and a
    library caller keep theirs."""
    before = gc.get_threshold()
    gc.set_threshold(max(before[0], threshold), *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)
