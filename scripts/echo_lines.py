"""Echoes in rendered drafts: a body line that says its heading again, a target said again,
and two sentences of one meaning group (issue 11's D, round ai; branch idea20).

    python scripts/echo_lines.py [--seeds 3] [--show 15] [--jobs 2] [FOLDER_OR_PROFILE …]

Renders each profile (default: profiles/ and docs/review/2026-12-01ai and -ah profiles) at
seeds 1..N with the tree on PYTHONPATH, and counts, by a ruler read from this script's own
tree (so that main and a branch are measured alike):

- ``heading``: a body line (the first three lines under a heading, a run-in item's head
  counted as a heading) carrying ≥ 70 % of its heading's first clause's character pairs;
- ``target``: a sentence after the targets' paragraph carrying ≥ 70 % of one target's pairs
  (主要目标/具体目标/目标是 …: the clerk's targets, read from the profile);
- ``group``: pairs of sentences in one draft naming one of this tree's meaning groups (all
  the named ideas: restate.IDEAS, frame/demand/meaning ideas), sentences word for word the
  same apart; ``new groups`` counts those of the names idea20 added or widened.
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
sys.path.insert(0, str(ROOT / "scripts"))

from same_idea_pairs import ideas_of, ruler  # noqa: E402

_SPEC = importlib.util.spec_from_file_location(
    "ruler_echo", ROOT / "src/speechdraft/compose/echo.py"
)
assert _SPEC is not None and _SPEC.loader is not None
ECHO = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(ECHO)

NEW_GROUPS = frozenset(
    {
        "listen_to_teachers",
        "someone_in_charge",
        "walks_to_schools",
        "work_as_one",
        "three_increases",
        "earmarked",
        "disguised_burden",
        "ethics_first",
        "places_ahead",
        "minds_on_teaching",
    }
)
_SENTENCE = re.compile(r"[^。！？]+[。！？]?")
_RUN_IN = re.compile(r"^[一二三四五六七八九十]+是[^。；]{0,40}。$")
DEFAULT = (
    ROOT / "profiles",
    ROOT / "docs/review/2026-12-01ai/profiles",
    ROOT / "docs/review/2026-12-01ah/profiles",
)


def blocks(document: Any) -> list[tuple[str, list[str]]]:
    """(heading, sentences) per heading; a run-in item's head opens a block of its own."""
    from speechdraft.document import Heading

    found: list[tuple[str, list[str]]] = [("", [])]
    for block in document.blocks:
        if isinstance(block, Heading):
            found.append((block.text, []))
            body = "".join(r.text for r in block.body)
        else:
            body = block.text
        for sentence in _SENTENCE.findall(body):
            sentence = sentence.strip()
            if _RUN_IN.match(sentence):
                found.append((sentence, []))
            elif len(sentence) > 4:
                found[-1][1].append(sentence)
    return found


def heading_echoes(document: Any) -> list[tuple[str, str]]:
    return [
        (heading, line)
        for heading, body in blocks(document)
        if heading
        for line in body[:3]
        if ECHO.echoes_heading(heading, line)
    ]


def target_echoes(document: Any, targets: list[str]) -> list[tuple[str, str]]:
    sentences = [s for _h, body in blocks(document) for s in body]
    found = []
    for target in targets:
        # the targets' own sentence (the first naming 目标 and carrying the target) and what
        # stands before it (the review, the problems) are no echo
        said = [i for i, s in enumerate(sentences) if ECHO.carried(target, s) >= ECHO.ECHO_SHARE]
        own = next((i for i in said if re.search("目标(?:是|：|为)", sentences[i])), None)
        if own is not None:
            found += [(target, sentences[i]) for i in said if i > own]
    return found


def group_pairs(
    document: Any, ideas: list[tuple[str, re.Pattern[str]]]
) -> list[tuple[str, str, str]]:
    body = [s for _h, sentences in blocks(document) for s in sentences]
    named = [ideas_of(s, ideas) for s in body]
    return [
        (min(named[i] & named[j]), body[i], body[j])
        for j in range(len(body))
        for i in range(j)
        if named[i] & named[j] and body[i] != body[j]
    ]


def _targets(file: Path) -> list[str]:
    import yaml

    data = yaml.safe_load(file.read_text(encoding="utf-8")) or {}
    targets = data.get("targets") or {}
    items = targets.get("items") if isinstance(targets, dict) else targets
    return [t for t in items or [] if isinstance(t, str)]


_IDEAS: list[tuple[str, re.Pattern[str]]] = []


def _one(job: tuple[Path, int]) -> tuple[str, list[Any], list[Any], list[Any]] | None:
    from speechdraft.pipeline import build_draft

    if not _IDEAS:
        _IDEAS[:] = ruler()
    file, seed = job
    try:
        draft = build_draft(file, seed=seed)
    except Exception:  # a profile this tree cannot read
        return None
    document = draft.document
    return (
        f"{file.name}#{seed}",
        heading_echoes(document),
        target_echoes(document, _targets(file)),
        group_pairs(document, _IDEAS),
    )


def main(argv: list[str] | None = None) -> int:
    from multiprocessing import Pool

    parser = argparse.ArgumentParser(description="标题复述、目标复述、同一意思说两遍")
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument("--show", type=int, default=15)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args(argv)
    files: list[Path] = []
    for path in args.paths or DEFAULT:
        files += sorted(path.glob("*.yaml")) if path.is_dir() else [path]
    work = [(f, s) for f in files for s in range(1, args.seeds + 1)]
    drafts = failed = 0
    counts: Counter[str] = Counter()
    with_one: Counter[str] = Counter()
    examples: dict[str, Counter[tuple[str, ...]]] = {
        k: Counter() for k in ("heading", "target", "group")
    }
    by_group: Counter[str] = Counter()
    with Pool(args.jobs) as pool:
        for result in pool.imap_unordered(_one, work, chunksize=2):
            if result is None:
                failed += 1
                continue
            drafts += 1
            _name, heads, targets, groups = result
            for key, found in (("heading", heads), ("target", targets), ("group", groups)):
                counts[key] += len(found)
                with_one[key] += bool(found)
                examples[key].update(tuple(x) for x in found)
            new = [g for g in groups if g[0] in NEW_GROUPS]
            counts["new groups"] += len(new)
            with_one["new groups"] += bool(new)
            by_group.update(g[0] for g in new)
    print(f"{drafts} drafts ({failed} not rendered)")
    for key in ("heading", "target", "group", "new groups"):
        print(f"  {key:10s} {counts[key]:6d} in {with_one[key]} drafts")
    print("new groups:", ", ".join(f"{g} {n}" for g, n in by_group.most_common()))
    for key in ("heading", "target"):
        for found, n in examples[key].most_common(args.show):
            print(f"{n:3d} [{key}] " + " / ".join(found))
    return 0


if __name__ == "__main__":
    sys.exit(main())
