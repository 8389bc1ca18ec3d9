"""Stock lines saying again what an earlier line of the draft said (issue 11's D, E; branch echo25).

    python scripts/said_twice.py DUMP [--both OTHER] [-v] [--show 40] [--seed 0]

Reads a dump of ``scripts/stock_echo.py dump`` (every repository profile × seeds, each
sentence marked as the clerk's or the bank's) and counts the stock lines (the bank's, not
word for word a line said before) that share their distinctive terms with one earlier line of
the draft that asks or plans something (ledger.asks: not the meeting's recap, the review or
the problems, which a later line answers), any section, the clerk's points and targets included:
compose/ledger.shared_terms, with this script's tree's rarity (PYTHONPATH=this tree's src), so
that main's dump and a branch's are measured alike. The free pairs of a line are the genre's
frame words and its heading's words (ledger.py). ``--both``: only the drafts the other dump
holds too. ``-v``: flagged pairs, shuffled by ``--seed``, with their terms.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path
from typing import Any

from speechdraft.compose.ledger import asks, figures_in, ledger_free, says_again, shared_terms
from speechdraft.compose.restate import builtin_rarity, content_pairs, key_free_pairs


def _load(path: Path, keep: set[str] | None = None) -> list[dict[str, Any]]:
    drafts = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return [d for d in drafts if keep is None or d["draft"] in keep]


def flagged(draft: dict[str, Any]) -> tuple[int, list[tuple[str, str, tuple[str, ...]]]]:
    """The draft's stock lines, and those saying an earlier line again: (line, earlier, terms)."""
    rarity = builtin_rarity()
    frame = key_free_pairs()
    said: list[tuple[str, frozenset[str], frozenset[str]]] = []
    seen: set[str] = set()
    stock = 0
    found = []
    for heading, sentence, clerks in draft["lines"]:
        if not clerks and sentence not in seen:
            stock += 1
            weights = rarity.weighted(sentence)[0]
            own = content_pairs(heading or "")
            for text, content, figures in said:
                if says_again(sentence, weights, [(content, figures)], frame, own):
                    terms = shared_terms(sentence, weights, content, frame | ledger_free())[2]
                    terms += tuple(sorted(figures_in(sentence) & figures))
                    found.append((sentence, text, terms))
                    break
        seen.add(sentence)
        if asks(sentence):
            said.append((sentence, content_pairs(sentence), figures_in(sentence)))
    return stock, found


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("dump", type=Path)
    parser.add_argument("--both", type=Path, help="only the drafts this other dump holds")
    parser.add_argument("-v", action="store_true")
    parser.add_argument("--show", type=int, default=40)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    keep = None
    if args.both is not None:
        keep = {json.loads(line)["draft"] for line in args.both.read_text("utf-8").splitlines()}
    drafts = _load(args.dump, keep)
    stock = 0
    examples: list[str] = []
    with_one = 0
    count = 0
    for draft in drafts:
        lines, found = flagged(draft)
        stock += lines
        count += len(found)
        with_one += bool(found)
        examples += [f"{draft['draft']}\t{'+'.join(t)}\t{s}\t← {e}" for s, e, t in found]
    per = 1000 / max(stock, 1)
    print(f"drafts {len(drafts)}, stock lines {stock}")
    print(
        f"said twice {count} ({count * per:.1f} per 1,000 stock lines); drafts with one {with_one}"
    )
    if args.v:
        random.Random(args.seed).shuffle(examples)
        for line in examples[: args.show]:
            print(line)


if __name__ == "__main__":
    main()
