"""How well restate's similarity test finds what blind readers marked as said twice (D).

    python scripts/similar_calibration.py [ROUND_DIR …]

Each ROUND_DIR (default: docs/review/2026-11-30f and …g) holds ``labels/*.txt``, one sentence
a line after its readers' classes (``[D] …``, ``[] …``). For every sentence after the
salutation, the earlier sentences of the same draft (headings apart, as the renderer keeps
them) are searched for the one that carries most of its rare content (restate.similarity).
Printed for a grid of thresholds: how many D-labelled sentences it would refuse (recall) and
how many unlabelled ones (false positives). restate.SIMILAR and SHARED_WEIGHT were chosen
from this table.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from speechdraft.compose.restate import (
    SHARED_WEIGHT,
    SIMILAR,
    Rarity,
    builtin_rarity,
    similarity,
)

ROOT = Path(__file__).resolve().parents[1]
ROUNDS = (ROOT / "docs/review/2026-11-30f", ROOT / "docs/review/2026-11-30g")
_LABELLED = re.compile(r"^\[([^\]]*)\]\s*(.*)$")
_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)")


@dataclass(frozen=True)
class Scored:
    """One sentence, its readers' classes and its closest earlier sentence's share and
    shared weight."""

    classes: str
    text: str
    share: float
    weight: float


def labelled_lines(path: Path) -> list[tuple[str, str]]:
    """A labels file's (classes, sentence) pairs after the salutation (同志们：)."""
    pairs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        match = _LABELLED.match(line)
        if match:
            pairs.append((match.group(1), match.group(2).strip()))
    start = next((i for i, (_, text) in enumerate(pairs) if text.startswith("同志们")), -1)
    return pairs[start + 1 :]


def scored(pairs: Sequence[tuple[str, str]], rarity: Rarity) -> list[Scored]:
    """Each sentence against the earlier ones (headings are not compared against; a
    placeholder line is the tool's own question, not a sentence)."""
    earlier: list[str] = []
    found = []
    for classes, text in pairs:
        if "【待补" in text:
            continue
        best = max((similarity(rarity, text, e) for e in earlier), default=(0.0, 0.0))
        found.append(Scored(classes, text, *best))
        if not _HEADING.match(text):
            earlier.append(text)
    return found


def sentences(rounds: Iterable[Path], rarity: Rarity | None = None) -> list[Scored]:
    rarity = rarity if rarity is not None else builtin_rarity()
    return [
        s
        for folder in rounds
        for path in sorted((folder / "labels").glob("*.txt"))
        for s in scored(labelled_lines(path), rarity)
    ]


def flagged(found: Iterable[Scored], share: float, weight: float) -> list[Scored]:
    return [s for s in found if s.share >= share and s.weight >= weight]


def recall_and_false(found: Sequence[Scored], share: float, weight: float) -> tuple[int, int]:
    """(D-labelled sentences refused, unlabelled sentences refused)."""
    hits = flagged(found, share, weight)
    return sum("D" in s.classes for s in hits), sum(not s.classes.strip() for s in hits)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="用读者标注校准“重复前文”的相似度阈值")
    parser.add_argument("rounds", type=Path, nargs="*", default=list(ROUNDS))
    args = parser.parse_args(argv)
    found = sentences(args.rounds)
    labelled = sum("D" in s.classes for s in found)
    clean = sum(not s.classes.strip() for s in found)
    print(f"句子 {len(found)}，标为重复（D）{labelled}，未标注 {clean}")
    for weight in (0.0, 10.0, 20.0, 30.0):
        for share in (0.3, 0.35, 0.4, 0.5, 0.6):
            hits, false = recall_and_false(found, share, weight)
            mark = "  ← 现用" if (share, weight) == (SIMILAR, SHARED_WEIGHT) else ""
            print(
                f"比例≥{share:.2f} 权重≥{weight:4.0f}：命中 {hits}/{labelled}，误判 {false}/{clean}{mark}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
