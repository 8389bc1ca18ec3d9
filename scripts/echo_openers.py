"""One idea once a draft, round eight (issue 11's D; branch echo23): what is said twice.

    python scripts/echo_openers.py [--seeds 3] [--jobs 2] [--show 10] [--dump DIR] [PATH …]

Renders every profile of the repository (profiles/ and docs/review/*/profiles, each text
once however many rounds hold it; or the folders and files given) at seeds 1..N with the
tree on PYTHONPATH, and counts by a ruler read from this script's own tree (so that main
and a branch are measured alike):

- ``group``: pairs of sentences of one draft naming one meaning group (restate.IDEAS,
  frame, demand and meaning ideas: same_idea_pairs.ruler), sentences word for word the
  same apart; ``later part``: those whose second sentence stands in a later part (一、二、…)
  than the first; ``echo23``: those of the groups this branch added or widened (ROUND_EIGHT);
- ``opener``: two sentences in a row (no heading between them) opening with one family of
  meaning_ideas.SENTENCE_OPENERS (这些进展 … 这些进展, 接下来 … 接下来, 同时 … 与此同时).

``--dump DIR`` writes each draft's sentences, one a line, to DIR/NAME#SEED.txt, so that the
drafts of two trees can be compared line by line (what a change dropped or replaced).
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import re
import sys
from collections import Counter
from itertools import pairwise
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from same_idea_pairs import ideas_of, ruler  # noqa: E402

_SPEC = importlib.util.spec_from_file_location(
    "ruler_meaning", ROOT / "src/speechdraft/compose/meaning_ideas.py"
)
assert _SPEC is not None and _SPEC.loader is not None
_MEANING = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(_MEANING)
OPENERS: tuple[tuple[str, re.Pattern[str]], ...] = getattr(_MEANING, "SENTENCE_OPENERS", ())

# the groups branch echo23 added or widened (meaning_ideas.py, "round ak's D still said")
ROUND_EIGHT = frozenset(
    {
        "pattern_formed",
        "weave_the_net",
        "guard_safety",
        "press_duty",
        "quality_up",
        "members_own_it",
        "several_departments",
        "owner_and_date",
        "duty_checked",
        "personally",
        "priority_position",
        "to_the_front_line",
        "keep_teachers",
        "settle_in",
        "after_school_staff",
        "research_guides_class",
        "back_the_doers",
        "pay_gap_filled",
        "teach_at_ease",
        "funds_first",
        "parents_oversee",
        "old_wiring",
        "first_lesson",
        "hazard_lessons",
        "warning_signs",
        "water_patrol",
        "drowning_lessons",
        "health_watched",
        "drinking_water",
        "quality_analysis",
        "staffing_posts",
        "campus_surroundings",
        "pupil_rides",
        "traffic_lessons",
        "kindergarten_aid",
        "visit_teachers",
        "training_fits_class",
        "integrity_line",
        "classroom_channel",
        "security_guards",
    }
)
_SENTENCE = re.compile(r"[^。！？]+[。！？]?")
_PART = re.compile(r"^[一二三四五六七八九十]+(?:、|要)")
_LEADING = re.compile(r"^[\s，,：:、“”\"]+")


def _opener(sentence: str) -> str:
    plain = _LEADING.sub("", sentence)
    return next((name for name, pattern in OPENERS if pattern.match(plain)), "")


def lines_of(document: Any) -> list[tuple[int, bool, str]]:
    """(part number, is a heading, text) for each heading and sentence, in speaking order."""
    from speechdraft.document import Heading

    part = 0
    found: list[tuple[int, bool, str]] = []
    for block in document.blocks:
        if isinstance(block, Heading):
            title = block.number + block.title
            if _PART.match(title):
                part += 1
            found.append((part, True, title))
            body = "".join(r.text for r in block.body)
        else:
            body = block.text
        for sentence in _SENTENCE.findall(body):
            sentence = sentence.strip()
            if len(sentence) > 4:
                found.append((part, False, sentence))
    return found


_HEADING = re.compile(
    r"^(?:[一二三四五六七八九十]+(?:、|要)|（[一二三四五六七八九十]+）)[^。！？]*$"
)


def lines_of_text(text: str) -> list[tuple[int, bool, str]]:
    """lines_of for a draft dumped by ``--dump`` (one line a row; a heading has its number)."""
    part = 0
    found: list[tuple[int, bool, str]] = []
    for row in text.splitlines():
        if not row:
            continue
        heading = bool(_HEADING.match(row))
        if heading and _PART.match(row):
            part += 1
        found.append((part, heading, row))
    return found


def group_pairs(
    lines: list[tuple[int, bool, str]], ideas: list[tuple[str, re.Pattern[str]]]
) -> list[tuple[str, bool, str, str]]:
    """(idea, in a later part, first, second) for two lines naming one idea."""
    named = [ideas_of(text, ideas) for _p, _h, text in lines]
    return [
        (min(named[i] & named[j]), lines[j][0] > lines[i][0], lines[i][2], lines[j][2])
        for j in range(len(lines))
        for i in range(j)
        if named[i] & named[j] and lines[i][2] != lines[j][2]
    ]


def opener_pairs(lines: list[tuple[int, bool, str]]) -> list[tuple[str, str, str]]:
    """(family, first, second) for two sentences in a row opening alike."""
    found = []
    for (_p, head_a, a), (_q, head_b, b) in pairwise(lines):
        if head_a or head_b:
            continue
        family = _opener(a)
        if family and family == _opener(b):
            found.append((family, a, b))
    return found


_IDEAS: list[tuple[str, re.Pattern[str]]] = []
_DUMP: list[Path] = []


def _one(job: tuple[Path, int, str]) -> tuple[str, list[Any], list[Any]] | None:
    from speechdraft.pipeline import build_draft

    if not _IDEAS:
        _IDEAS[:] = ruler()
    file, seed, dump = job
    try:
        draft = build_draft(file, seed=seed)
    except Exception:  # a profile this tree cannot read
        return None
    lines = lines_of(draft.document)
    name = f"{file.parent.parent.name}-{file.stem}#{seed}"
    if dump:
        Path(dump, name + ".txt").write_text(
            "\n".join(text for _p, _h, text in lines) + "\n", encoding="utf-8"
        )
    return name, group_pairs(lines, _IDEAS), opener_pairs(lines)


def profiles(paths: list[Path]) -> list[Path]:
    """The profiles of ``paths`` (default: the repository's), each text once."""
    if not paths:
        paths = [ROOT / "profiles", *sorted((ROOT / "docs/review").glob("*/profiles"))]
    seen: set[str] = set()
    found = []
    for path in paths:
        for file in sorted(path.glob("*.yaml")) if path.is_dir() else [path]:
            digest = hashlib.sha1(file.read_bytes()).hexdigest()
            if digest not in seen:
                seen.add(digest)
                found.append(file)
    return found


def main(argv: list[str] | None = None) -> int:
    from multiprocessing import Pool

    parser = argparse.ArgumentParser(description="同一意思说两遍、相邻两句同一开头")
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument("--show", type=int, default=10)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--dump", type=Path, default=None)
    parser.add_argument(
        "--texts",
        type=Path,
        default=None,
        help="已用 --dump 写出的稿子目录：不再生成，只按本树标准计数",
    )
    args = parser.parse_args(argv)
    if args.texts:
        _IDEAS[:] = ruler()
        results = [
            (f.stem, group_pairs(lines, _IDEAS), opener_pairs(lines))
            for f in sorted(args.texts.glob("*.txt"))
            for lines in [lines_of_text(f.read_text(encoding="utf-8"))]
        ]
        return report(results, len(results), 0, args.show)
    if args.dump:
        args.dump.mkdir(parents=True, exist_ok=True)
    dump = str(args.dump or "")
    work = [(f, s, dump) for f in profiles(args.paths) for s in range(1, args.seeds + 1)]
    results = []
    failed = 0
    with Pool(args.jobs) as pool:
        for result in pool.imap_unordered(_one, work, chunksize=4):
            if result is None:
                failed += 1
            else:
                results.append(result)
    return report(results, len(work), failed, args.show)


def report(
    results: list[tuple[str, list[Any], list[Any]]], asked: int, failed: int, show: int
) -> int:
    """Prints the counts of ``results`` (name, group pairs, opener pairs per draft)."""
    counts: Counter[str] = Counter()
    with_one: Counter[str] = Counter()
    by_group: Counter[str] = Counter()
    examples: Counter[tuple[str, ...]] = Counter()
    for _name, groups, openers in results:
        later = [g for g in groups if g[1]]
        eight = [g for g in groups if g[0] in ROUND_EIGHT]
        for key, found in (
            ("group", groups),
            ("later part", later),
            ("echo23", eight),
            ("opener", openers),
        ):
            counts[key] += len(found)
            with_one[key] += bool(found)
        by_group.update(g[0] for g in eight)
        examples.update(openers)
    print(f"{len(results)} drafts ({failed} not rendered), {asked} asked")
    for key in ("group", "later part", "echo23", "opener"):
        print(f"  {key:10s} {counts[key]:6d} in {with_one[key]} drafts")
    print("echo23 groups:", ", ".join(f"{g} {n}" for g, n in by_group.most_common()))
    for found, n in examples.most_common(show):
        print(f"{n:3d} [opener] " + " / ".join(found))
    return 0


if __name__ == "__main__":
    sys.exit(main())
