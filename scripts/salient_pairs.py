"""Pairs of sentences in one section that name the same salient term (issue 11, D).

    python scripts/salient_pairs.py [--seeds 3] [--show 40] [--only z,y] [PROFILE …]

Renders every profile of the repository (profiles/, docs/review/*/profiles; or the files
given) at seeds 1..N and reads each draft block by block (a block: the text under one
heading, or before the first). Two sentences of one block that share a salient term
(compose/salient.py: a domain term at most about 1 % of the bank's units say), the
block's heading's own terms apart, are a pair; a *close* pair is one where the later
sentence's rare content (restate.similarity) is carried by the earlier at CLOSE_SHARE or
more, what the renderer refuses inside a section (restate.SECTION_SHARE). It prints the
drafts, sentences, pairs and close pairs (per 1,000 sentences), and the most frequent
close pairs with the term they share.

The ruler is this tree's: the vocabulary is counted from this script's tree's bank with
this script's tree's salient.py, whatever tree renders (PYTHONPATH=… for an older one).
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CLOSE_SHARE = 0.2


def _ruler() -> Any:
    spec = importlib.util.spec_from_file_location(
        "salient_ruler", ROOT / "src/speechdraft/compose/salient.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def profile_files(only: list[str]) -> list[Path]:
    files = sorted((ROOT / "profiles").glob("*.yaml"))
    for folder in sorted((ROOT / "docs/review").glob("*/profiles")):
        if not only or any(folder.parent.name.endswith(o) for o in only):
            files += sorted(folder.glob("*.yaml"))
    if only:
        files = [f for f in files if "docs/review" in str(f)]
    return files


_SENTENCE = re.compile(r"[^。！？；]+[。！？；]?")


def blocks_of(document: Any) -> list[tuple[str, list[str]]]:
    """(heading, sentences) for each heading's block; a paragraph before any heading is
    in the first block, with no heading."""
    from speechdraft.document import Heading

    found: list[tuple[str, list[str]]] = [("", [])]
    for block in document.blocks:
        if isinstance(block, Heading):
            found.append((block.text, []))
            body = "".join(r.text for r in block.body)
        else:
            body = block.text
        for sentence in re.findall(r"[^。！？]+[。！？]?", body):
            sentence = sentence.strip()
            if len(sentence) > 6:
                found[-1][1].append(sentence)
    return found


def pairs(document: Any, ruler: Any, vocabulary: frozenset[str]) -> tuple[int, list[Any]]:
    """The sentences read and (term, earlier, later, close) for every pair."""
    from speechdraft.compose.restate import builtin_rarity, similarity

    rarity = builtin_rarity()
    sentences = 0
    found = []
    for heading, body in blocks_of(document):
        sentences += len(body)
        topic = ruler.salient_terms(heading, vocabulary)
        terms = [ruler.salient_terms(s, vocabulary) - topic for s in body]
        for j in range(len(body)):
            for i in range(j):
                shared = terms[i] & terms[j]
                if shared:
                    close = similarity(rarity, body[j], body[i])[0] >= CLOSE_SHARE
                    found.append((max(shared, key=len), body[i], body[j], close))
    return sentences, found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="同一部分里两句话说了同一个要素词")
    parser.add_argument("profiles", nargs="*", type=Path)
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument("--show", type=int, default=30)
    parser.add_argument("--only", default="", help="只读这些评审轮次的素材，如 z,y")
    args = parser.parse_args(argv)
    from speechdraft.phrasebank import load_phrasebank
    from speechdraft.pipeline import build_draft_from_text

    ruler = _ruler()
    vocabulary = ruler.bank_vocabulary(load_phrasebank(ROOT / "templates"))
    files = args.profiles or profile_files([o for o in args.only.split(",") if o])
    drafts = sentences = failed = all_pairs = 0
    recurring: Counter[tuple[str, str, str]] = Counter()
    terms: Counter[str] = Counter()
    for file in files:
        text = file.read_text(encoding="utf-8")
        for seed in range(1, args.seeds + 1):
            try:
                draft = build_draft_from_text(text, file.name, seed=seed)
            except Exception:  # a profile an older tree cannot read: counted, not read
                failed += 1
                continue
            drafts += 1
            count, found = pairs(draft.document, ruler, vocabulary)
            sentences += count
            all_pairs += len(found)
            for term, earlier, later, close in found:
                if close:
                    recurring[(term, earlier, later)] += 1
                    terms[term] += 1
    close = sum(recurring.values())
    per = 1000 / max(sentences, 1)
    print(
        f"{drafts} drafts ({failed} not rendered), {sentences} sentences;"
        f" {all_pairs} pairs ({all_pairs * per:.1f} per 1,000 sentences),"
        f" {close} close ({close * per:.1f} per 1,000, {close / max(drafts, 1):.2f} a draft)"
    )
    print("terms:", ", ".join(f"{t} {n}" for t, n in terms.most_common(args.show)))
    for (term, earlier, later), count in recurring.most_common(args.show):
        print(f"{count:3d} [{term}] {earlier}\n{'':9s}{later}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
