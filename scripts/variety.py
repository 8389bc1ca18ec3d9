"""Measures how much a machine's stock shows across drafts (issue 11):

1. shared clauses — across different profiles of one kind, the share of a draft's text made
   of clauses (15+ characters, split at ，。；：！？) that more than half of the drafts contain;
2. re-seeding — the share of a draft's sentences that stay identical when the same profile
   is drawn with the next seed (what the page's 换一种说法 and ``--seed N+1`` give), and with
   a seed far off. Both are independent draws today (branch turn34 made seeds next to each
   other take different wordings, and was not landed: see CHANGELOG).

    python scripts/variety.py            # prints both figures per kind

The goals are ≤ 5% and ≤ 10%; tests/test_variety.py keeps the figures from getting worse.
"""

from __future__ import annotations

import re
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

from speechdraft.pipeline import Draft, build_draft

ROOT = Path(__file__).resolve().parents[1]
PROFILES = ROOT / "docs" / "review" / "profiles"
_CLAUSE = re.compile(r"[^，。；：！？]+")
_SENTENCE = re.compile(r"[^。！？]+[。！？]?")
MIN_CLAUSE = 15


def text_of(draft: Draft) -> str:
    return "\n".join(draft.document.spoken_lines())


def clauses(text: str) -> set[str]:
    return {c.strip() for c in _CLAUSE.findall(text) if len(c.strip()) >= MIN_CLAUSE}


def shared_clause_shares(texts: list[str]) -> list[float]:
    """Per draft: characters in clauses that more than half of the drafts share, over the
    draft's characters."""
    counts = Counter(c for text in texts for c in clauses(text))
    common = {c for c, n in counts.items() if n > len(texts) / 2}
    shares = []
    for text in texts:
        total = sum(1 for ch in text if not ch.isspace())
        shared = sum(len(c) for c in clauses(text) & common)
        shares.append(shared / total if total else 0.0)
    return shares


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.findall(text) if len(s.strip()) >= 8]


def identical_share(first: str, second: str) -> float:
    """The share of ``first``'s sentences that ``second`` has word for word."""
    mine, theirs = sentences(first), set(sentences(second))
    return sum(1 for s in mine if s in theirs) / len(mine) if mine else 0.0


def render(data: dict[str, Any], folder: Path, name: str, seed: int | None = None) -> str:
    path = folder / f"{name}.yaml"
    if seed is not None:
        data = {**data, "seed": seed}
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return text_of(build_draft(path))


def measure(profiles: list[Path], folder: Path) -> dict[str, tuple[float, float, float]]:
    """kind → (worst shared-clause share, worst identical share on the next seed, worst
    identical share on a seed far off)."""
    by_kind: dict[str, list[dict[str, Any]]] = {}
    for path in profiles:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        by_kind.setdefault(data["kind"], []).append(data)
    result = {}
    for kind, datas in sorted(by_kind.items()):
        texts = [render(d, folder, f"{kind}-{i}") for i, d in enumerate(datas)]
        shared = max(shared_clause_shares(texts)) if len(texts) >= 3 else 0.0
        nexts, fars = [], []
        for i, d in enumerate(datas):
            first = render(d, folder, f"{kind}-{i}-a", 11)
            nexts.append(identical_share(first, render(d, folder, f"{kind}-{i}-b", 12)))
            fars.append(identical_share(first, render(d, folder, f"{kind}-{i}-c", 40)))
        result[kind] = (shared, max(nexts), max(fars))
    return result


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        figures = measure(sorted(PROFILES.glob("*.yaml")), Path(folder))
    print(f"{'kind':<20}{'shared clauses':>16}{'same, next seed':>18}{'same, far seed':>17}")
    for kind, (shared, same, far) in figures.items():
        print(f"{kind:<20}{shared:>15.1%}{same:>18.1%}{far:>17.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
