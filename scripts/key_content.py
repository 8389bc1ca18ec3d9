"""A stock line saying again what its section said; a heading saying another's key phrase
(issue 11's D, round aj; branch echo21: restate.KEY_SHARE, echo.purpose_runs).

    python scripts/key_content.py calibrate ROUND…        # labelled drafts: the grid
    python scripts/key_content.py render OUT [FOLDER…] [--seeds N]
    python scripts/key_content.py count OUT               # texts of ``render``, this tree's ruler

``calibrate`` reads each round's ``labels/*.txt``: every sentence under a heading that is a
bank wording (matched against the built-in bank's wordings, template code as a gap) is
measured against the earlier sentences of its section (restate.key_weight, the heading's
own pairs left out), and a grid prints how many lines labelled D and how many kept (``[]``)
a share and weight would refuse; then the headings: those sharing a key phrase
(echo.purpose_runs) with an earlier heading, D and kept.

``render`` writes each profile's draft at seeds 1..N (default: profiles/ and rounds aj, ai
and ah) with whatever tree is on PYTHONPATH, so that main's drafts can be counted by this
tree's ruler; ``count`` finds in them the bank lines over restate's threshold and the
headings sharing a key phrase.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Iterable
from functools import cache
from multiprocessing import Pool
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ROUNDS = [ROOT / "docs/review" / r for r in ("2026-12-01aj", "2026-12-01ai", "2026-12-01ah")]
_LABELLED = re.compile(r"^\[([^\]]*)\]\s*(.*)$")
_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)")
_TEMPLATE_CODE = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.DOTALL)
SHARES = (0.15, 0.2, 0.25, 0.3)
WEIGHTS = (8.0, 10.0, 12.0, 15.0)


@cache
def _bank_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    from speechdraft.compose.restate import _builtin_wordings

    found = []
    for wording in _builtin_wordings():
        parts = _TEMPLATE_CODE.split(wording.strip())
        longest = max(parts, key=len)
        if len(longest) >= 6:
            pattern = re.compile("^" + ".{0,40}".join(map(re.escape, parts)) + "$")
            found.append((longest, pattern))
    return tuple(found)


def is_stock(line: str) -> bool:
    """Whether ``line`` is a wording of the built-in bank (template code as a gap)."""
    return any(lit in line and p.match(line) for lit, p in _bank_patterns())


def labelled(path: Path) -> list[tuple[str, str]]:
    """A labels file's (classes, sentence) pairs, the readers' reasons left out."""
    pairs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        match = _LABELLED.match(line)
        if match:
            pairs.append((match.group(1), match.group(2).split("  ←")[0].strip()))
    return pairs


def measured(lines: Iterable[tuple[str, str]]) -> list[tuple[str, str, float, float]]:
    """Each bank line under a heading: (classes, line, share, weight) of the earlier
    sentence of its section carrying most of its key content."""
    from speechdraft.compose.restate import builtin_rarity, content_pairs, key_weight

    rarity = builtin_rarity()
    found = []
    section: list[frozenset[str]] | None = None
    own: frozenset[str] = frozenset()
    for classes, text in lines:
        if "【待补" in text:
            continue
        if _HEADING.match(text):
            section, own = [], content_pairs(text)
            continue
        if section is None:
            continue
        if is_stock(text):
            weights = rarity.weighted(text)[0]
            best = max((key_weight(weights, e, own) for e in section), default=(0.0, 0.0))
            found.append((classes, text, *best))
        section.append(content_pairs(text))
    return found


def heading_echoes(lines: Iterable[tuple[str, str]]) -> list[tuple[str, str, frozenset[str]]]:
    """Each heading with the key phrases an earlier heading of the draft said."""
    from speechdraft.compose.echo import purpose_runs

    said: set[str] = set()
    found = []
    for classes, text in lines:
        if _HEADING.match(text) and not _RUN_IN.match(text[3:]):
            runs = purpose_runs(text)
            found.append((classes, text, frozenset(runs & said)))
            said |= runs
    return found


def calibrate(rounds: list[Path]) -> None:
    from speechdraft.compose.restate import KEY_SHARE, KEY_WEIGHT

    files = [p for r in rounds for p in sorted((r / "labels").glob("*.txt"))]
    rows = [row for p in files for row in measured(labelled(p))]
    marked = [r for r in rows if "D" in r[0]]
    kept = [r for r in rows if not r[0].strip()]
    print(f"bank lines under headings: {len(rows)}; labelled D {len(marked)}, kept {len(kept)}")
    for weight in WEIGHTS:
        cells = []
        for share in SHARES:
            hit = sum(r[2] >= share and r[3] >= weight for r in marked)
            wrong = sum(r[2] >= share and r[3] >= weight for r in kept)
            mark = "*" if (share, weight) == (KEY_SHARE, KEY_WEIGHT) else ""
            cells.append(f"{share:.2f}:{hit}/{wrong}{mark}")
        print(f"weight ≥ {weight:4.0f}  " + "  ".join(cells))
    heads = [h for p in files for h in heading_echoes(labelled(p))]
    hd = [h for h in heads if "D" in h[0]]
    hk = [h for h in heads if not h[0].strip()]
    print(
        f"headings: labelled D {len(hd)}, sharing a key phrase {sum(bool(h[2]) for h in hd)}; "
        f"kept {len(hk)}, sharing one {sum(bool(h[2]) for h in hk)}"
    )
    print("  kept, shared:", Counter(r for h in hk for r in h[2]).most_common(15))


def _render(job: tuple[Path, int, Path]) -> int:
    from speechdraft.pipeline import build_draft
    from speechdraft.writers.text import to_text

    path, seed, out = job
    try:
        draft = build_draft(path, seed=seed)
    except Exception:  # a review's profile the current schema refuses
        return 0
    name = f"{path.parent.parent.name}-{path.stem}#{seed}.txt"
    (out / name).write_text(to_text(draft.document), encoding="utf-8")
    return 1


def render(out: Path, folders: list[Path], seeds: int) -> None:
    out.mkdir(parents=True, exist_ok=True)
    folders = folders or [ROOT / "profiles", *(r / "profiles" for r in ROUNDS)]
    jobs = [
        (p, s, out) for f in folders for p in sorted(f.glob("*.yaml")) for s in range(1, seeds + 1)
    ]
    with Pool(2) as pool:
        print(f"{sum(pool.imap_unordered(_render, jobs, chunksize=4))} drafts → {out}")


_SENTENCE = re.compile(r"[^。！？]+[。！？]?")
_RUN_IN = re.compile(r"^[一二三四五六七八九十]+是")


def _draft_lines(text: str) -> list[tuple[str, str]]:
    """A draft's sentences; a heading line, and a run-in item's head (三是抓好…。), as one
    ("（一）" so that ``measured`` opens a section at it)."""
    found = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        if _HEADING.match(line):
            found.append(("", line))
            continue
        for i, sentence in enumerate(s.strip() for s in _SENTENCE.findall(line)):
            if i == 0 and _RUN_IN.match(sentence) and len(sentence) <= 30:
                found.append(("", "（一）" + sentence))
            elif sentence:
                found.append(("", sentence))
    return found


def count(folder: Path, show: bool) -> None:
    from speechdraft.compose.restate import KEY_SHARE, KEY_WEIGHT

    texts = sorted(folder.glob("*.txt"))
    stock = heads = 0
    stock_drafts = head_drafts = 0
    for path in texts:
        lines = _draft_lines(path.read_text(encoding="utf-8"))
        over = [r for r in measured(lines) if r[2] >= KEY_SHARE and r[3] >= KEY_WEIGHT]
        echoed = [h for h in heading_echoes(lines) if h[2]]
        stock += len(over)
        heads += len(echoed)
        stock_drafts += bool(over)
        head_drafts += bool(echoed)
        if show:
            for r in over:
                print(f"stock\t{path.name}\t{r[2]:.2f} {r[3]:.0f}\t{r[1]}")
            for h in echoed:
                print(f"heading\t{path.name}\t{'、'.join(sorted(h[2]))}\t{h[1]}")
    print(f"{len(texts)} drafts")
    print(f"stock lines over the key-content threshold: {stock} in {stock_drafts} drafts")
    print(f"headings repeating a key phrase: {heads} in {head_drafts} drafts")


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    if command == "calibrate":
        calibrate([Path(a) for a in rest] or ROUNDS)
    elif command == "render":
        seeds = int(rest[rest.index("--seeds") + 1]) if "--seeds" in rest else 3
        paths = [Path(a) for a in rest if not a.startswith("-") and not a.isdigit()]
        render(paths[0], paths[1:], seeds)
    elif command == "count":
        count(Path(rest[0]), "-v" in rest)
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
