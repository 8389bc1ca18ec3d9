"""Same-idea pairs inside one section and across sections of rendered drafts (issue 11's D,
branch restate27).

    python scripts/restate_pairs.py [--seeds 3] [--rounds am,an,ao] [--show 20] [PROFILE …]

Renders the profiles of profiles/ and of docs/review/2026-*<round>/profiles (each distinct
file once; or the files given) at seeds 1..N with whatever tree PYTHONPATH points at, splits
each draft into sections (the lines under one heading), and counts pairs of sentences that
name one idea of templates/norms/restate_ideas.yaml, read from this script's own tree (the
ruler is the same for main and a branch): ``in_section`` (both in one section) and
``across`` (in two sections). A pair whose two sentences are word for word the same is left
out (a clerk's point said twice is another family). It also counts the sentences that
restate an earlier one by the record's own test (scripts/restatements.py: restating) and the
drafts' sentences, so that a change is seen to keep the length.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
GAP = "[^，。；！？]{0,12}"
_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)")


def ruler() -> list[tuple[str, re.Pattern[str]]]:
    """The ideas of this tree's restate_ideas.yaml, built as compose/restate_ideas does."""
    data = yaml.safe_load((ROOT / "templates/norms/restate_ideas.yaml").read_text("utf-8"))
    return [
        (name, re.compile("|".join(GAP.join(map(re.escape, w.split("…"))) for w in words)))
        for name, words in data.items()
    ]


def profiles(rounds: list[str]) -> list[Path]:
    """profiles/ and the named rounds' profiles, each distinct text once."""
    found = sorted((ROOT / "profiles").glob("*.yaml"))
    for name in rounds:
        for folder in sorted((ROOT / "docs/review").glob(f"2026-*{name}/profiles")):
            found += sorted(folder.glob("*.yaml"))
    seen: set[str] = set()
    kept = []
    for path in found:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        if digest not in seen:
            seen.add(digest)
            kept.append(path)
    return kept


def sections(body: list[str]) -> list[list[str]]:
    """The body's sentences in runs, a heading starting a new one (headings left out)."""
    runs: list[list[str]] = [[]]
    for line in body:
        if _HEADING.match(line):
            runs.append([])
        else:
            runs[-1].append(line)
    return [run for run in runs if run]


def pairs(
    body: list[str], ideas: list[tuple[str, re.Pattern[str]]]
) -> list[tuple[str, str, str, bool]]:
    """(idea, earlier, later, same section) for each later sentence naming an idea said."""
    found = []
    said: dict[str, tuple[str, int]] = {}
    for index, run in enumerate(sections(body)):
        for line in run:
            for name, pattern in ideas:
                if not pattern.search(line):
                    continue
                if name in said and said[name][0] != line:
                    found.append((name, said[name][0], line, said[name][1] == index))
                said.setdefault(name, (line, index))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="统计讲话稿中同一意思说两遍的句对")
    parser.add_argument("files", type=Path, nargs="*")
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument("--rounds", default="am,an,ao")
    parser.add_argument("--show", type=int, default=0)
    parser.add_argument("--write", type=Path, help="把每篇稿件（每句一行）写到这个文件夹")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT / "scripts"))
    from restatements import _body, restating
    from review_set import draft_lines

    from speechdraft.pipeline import build_draft

    ideas = ruler()
    files = args.files or profiles([r for r in args.rounds.split(",") if r])
    drafts = lines = restated = 0
    counts: Counter[str] = Counter()
    by_idea: Counter[str] = Counter()
    examples: list[tuple[str, str, str, bool]] = []
    for path in files:
        for seed in range(1, args.seeds + 1):
            every = draft_lines(build_draft(path, seed=seed))
            if args.write is not None:
                args.write.mkdir(parents=True, exist_ok=True)
                name = f"{path.parent.parent.name}-{path.stem}-{seed}.txt"
                (args.write / name).write_text("\n".join(every) + "\n", encoding="utf-8")
            body = _body(every)
            drafts += 1
            lines += len(body)
            restated += len(restating(body))
            for found in pairs(body, ideas):
                counts["in_section" if found[3] else "across"] += 1
                by_idea[found[0]] += 1
                examples.append(found)
    print(f"稿件 {drafts}，句子 {lines}（平均 {lines / max(drafts, 1):.1f}）")
    print(f"同节同意思句对 {counts['in_section']}，跨节 {counts['across']}")
    print(f"记录认出的重复句（restatements.restating）{restated}")
    print("最常重复的意思：" + "，".join(f"{n} {c}" for n, c in by_idea.most_common(12)))
    for name, earlier, later, same in examples[: args.show]:
        print(f"  [{name}{'·同节' if same else ''}] {earlier}\n      → {later}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
