"""Counts where a draft says a dated term outside its years, or has its speaker direct what
his level does not (issue 11's Y and L as rounds aa–ae's readers found them; branch scope16).
The families and their words are the test's own table, ``tests/scope_support.py``.

    python scripts/scope_check.py               # every profile of the repository, seeds 1–3
    python scripts/scope_check.py --show        # … and each sentence found
    python scripts/scope_check.py DIR [DIR …]   # the profiles in these folders only
"""

from __future__ import annotations

import sys
from multiprocessing import Pool
from pathlib import Path
from typing import Any

from detector_runs import ROOT, draft_findings, profiles, tally

sys.path.insert(0, str(ROOT / "tests"))

from scope_support import RULES, findings, meeting_of

SEEDS = (1, 2, 3)


def _check(text: str, data: dict[str, Any]) -> dict[str, list[str]]:
    return findings(text, meeting_of(data))


def _one(job: tuple[Path, int | None]) -> tuple[str, dict[str, list[str]], int]:
    return draft_findings(job, _check)


def main() -> None:
    args = sys.argv[1:]
    show = "--show" in args
    folders = [Path(a) for a in args if not a.startswith("--")]
    jobs = [(path, seed) for path in profiles(folders or None) for seed in SEEDS]
    with Pool(2) as pool:
        rendered, lines, drafts = tally(pool.imap(_one, jobs, chunksize=8), show)
    print(f"{rendered} drafts")
    for rule in RULES:
        key = rule.family
        print(f"{lines[key]:5} lines in {drafts[key]:4} drafts  {key}")
    print(f"{sum(lines.values()):5} lines in all")


if __name__ == "__main__":
    main()
