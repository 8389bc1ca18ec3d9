"""How well restate's similarity measure finds a bank line restating one of the clerk's points.

    python scripts/point_calibration.py [ROUND_DIR …]

Each ROUND_DIR (default: docs/review/2026-11-30h and …i) holds ``labels/*.txt`` and the
``profiles/`` the drafts were rendered from. Every sentence that is not the clerk's own
(it shares no 8 characters running with a point, target or review point of its profile) is
compared with each of those texts: the share of the clerk text's content weight (restate
Rarity) that the sentence carries, and that weight. Printed for a grid of thresholds: how
many D-labelled sentences it would refuse and how many unlabelled ones. Rounds h and i: at
best 2 of 92 D for 58 of 3,171 unlabelled (share 0.3): readers' D beside a point is a
paraphrase (应免尽免 / 免除保育教育费) sharing few rare pairs, so render.clerk_words records
the clerk's words as said and restate.IDEAS names the demands instead.
"""

from __future__ import annotations

import sys
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

import yaml
from similar_calibration import labelled_lines

from speechdraft.compose.restate import builtin_rarity, content_pairs

ROOT = Path(__file__).resolve().parents[1]
ROUNDS = (ROOT / "docs/review/2026-11-30h", ROOT / "docs/review/2026-11-30i")
GRID = ((0.3, 6), (0.3, 10), (0.4, 6), (0.4, 10), (0.5, 6), (0.6, 6))


def clerk_texts(profile: Path) -> list[str]:
    """The points, targets and review points a profile gives."""
    data: dict[str, Any] = yaml.safe_load(profile.read_text(encoding="utf-8"))
    texts: list[str] = []
    for task in [*(data.get("priorities") or []), *(data.get("safeguards") or [])]:
        if isinstance(task, dict):
            texts += [str(p) for p in task.get("points") or []]
    targets = data.get("targets") or {}
    texts += [str(t) for t in (targets.get("items") or [] if isinstance(targets, dict) else [])]
    for item in (data.get("review") or {}).get("achievements") or []:
        texts += [str(p) for p in (item.get("points") or [] if isinstance(item, dict) else [])]
    return texts


def best_share(sentence: str, texts: list[str]) -> tuple[float, float]:
    """The largest share of one clerk text's content weight the sentence carries."""
    rarity = builtin_rarity()
    best = (0.0, 0.0)
    carried = content_pairs(sentence)
    for text in texts:
        weights, total = rarity.weighted(text)
        shared = sum(w for pair, w in weights.items() if pair in carried)
        best = max(best, (shared / total if total else 0.0, shared))
    return best


def _own(sentence: str, texts: list[str]) -> bool:
    return any(
        SequenceMatcher(None, sentence, t, autojunk=False).find_longest_match().size >= 8
        for t in texts
    )


def main(rounds: list[Path]) -> None:
    flagged: list[tuple[float, float]] = []
    plain: list[tuple[float, float]] = []
    for folder in rounds:
        for labels in sorted((folder / "labels").glob("[0-9]*.txt")):
            profile = next((folder / "profiles").glob(labels.stem[:2] + "*.yaml"))
            texts = clerk_texts(profile)
            for classes, sentence in labelled_lines(labels):
                if _own(sentence, texts):
                    continue
                if "D" in classes:
                    flagged.append(best_share(sentence, texts))
                elif not classes.strip():
                    plain.append(best_share(sentence, texts))
    print(f"D-labelled {len(flagged)}, unlabelled {len(plain)}")
    for share, weight in GRID:
        caught = sum(1 for s, w in flagged if s >= share and w >= weight)
        refused = sum(1 for s, w in plain if s >= share and w >= weight)
        print(
            f"share ≥ {share}, weight ≥ {weight}: {caught} D caught, {refused} unlabelled refused"
        )


if __name__ == "__main__":
    main([Path(a) for a in sys.argv[1:]] or list(ROUNDS))
