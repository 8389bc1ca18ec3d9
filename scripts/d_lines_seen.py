"""Round labels of class D: does the same-idea ruler see each, and is it still said?

    python scripts/d_lines_seen.py [--arm new] [-v] docs/review/2026-12-01ag docs/review/2026-12-01af

For every label line of class D in each round's labels/ (the reader's sentence and the draft
it was read in, drafts/NAME.txt), the line is *seen* where the ruler of this script's tree
(scripts/same_idea_pairs.ruler: restate.IDEAS, frame, demand and meaning groups) names an idea
in it that another sentence of that draft also names, or a sub-topic of
meaning_ideas.SECTION_SUBTOPICS a heading of the draft names while the line stands under
another heading; and *produced* where the tree that renders (PYTHONPATH=… for another) still
says it word for word at some length level of the round's profile (as /work/prompts/levels.py
does). Prints, per round, D lines, seen, produced, and produced-and-not-seen (-v lists them),
and (branch idea19) how many are still said at a length level beside another sentence of that
level naming one of their ideas — the repeat still made, not only the line (-v marks them twin).
The ruler is this tree's whatever tree renders, so that main, main+idea17 and a branch are
compared with one ruler.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from same_idea_pairs import _module, ideas_of, ruler

_LABEL = re.compile(r"^\[([A-Z ]*)\] (.*?)(\s+←.*)?$")
_SENTENCE = re.compile(r"[^。！？\n]+[。！？]?")
_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)")


def _draft_lines(path: Path) -> list[tuple[str, str]]:
    """(heading above, sentence) for each sentence of a reviewed draft's text."""
    heading = ""
    found = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if _HEADING.match(line) and not line.endswith("。"):
            heading = line
            found.append((heading, line))
            continue
        found += [(heading, s.strip()) for s in _SENTENCE.findall(line) if len(s.strip()) > 3]
    return found


def _produced(profile: Path) -> set[str]:
    """Every sentence (headings with their numbers) said at some length level."""
    return set().union(*_levels(profile))


def _levels(profile: Path) -> list[set[str]]:
    """The sentences (headings with their numbers) said at each length level."""
    from speechdraft.compose.structure import parse_markup
    from speechdraft.document import Heading
    from speechdraft.markup import Levelled
    from speechdraft.pipeline import (
        MAX_DENSITY,
        MIN_DENSITY,
        build_context,
        builtin_templates_dir,
        load_phrasebank,
        render_speech,
        template_dirs,
        validate_profile,
    )

    loaded = validate_profile(profile)
    ctx = build_context(loaded, load_phrasebank(builtin_templates_dir()), None)
    marked = Levelled(
        render_speech(ctx.with_density(MAX_DENSITY), template_dirs(None), marked=True)
    )
    levels: list[set[str]] = []
    for level in range(MIN_DENSITY, MAX_DENSITY + 1):
        said: set[str] = set()
        levels.append(said)
        for block in parse_markup(marked.at(level), ctx.kind.numbering).blocks:
            if isinstance(block, Heading):
                said.add(block.number + block.title)
                said.add(block.title)
                body = "".join(r.text for r in block.body)
            else:
                body = block.text
            said.update(s.strip() for s in _SENTENCE.findall(body))
    return levels


def _twinned(sentence: str, levels: list[set[str]], ideas: Any) -> bool:
    """Whether at some length level that says ``sentence`` another sentence of the draft
    names one of its ideas (the ruler's): the repeat is still made, not only the line."""
    own = ideas_of(sentence, ideas)
    if not own:
        return False
    bare = _HEADING.sub("", sentence)
    return any(
        (sentence in said or bare in said)
        and any(s not in (sentence, bare) and not own.isdisjoint(ideas_of(s, ideas)) for s in said)
        for said in levels
    )


def _seen(sentence: str, lines: list[tuple[str, str]], ideas: Any, subtopics: Any) -> bool:
    """Whether the ruler pairs ``sentence`` with another line of its draft."""
    own = ideas_of(sentence, ideas)
    heading = next((h for h, s in lines if s == sentence), "")
    if any(s != sentence and not own.isdisjoint(ideas_of(s, ideas)) for _h, s in lines):
        return True
    return any(
        p.search(sentence) and any(h and h != heading and p.search(h) for h, _s in lines)
        for _n, p in subtopics
    )


def _d_lines(labels: Path) -> list[str]:
    found = []
    for line in labels.read_text(encoding="utf-8").splitlines():
        m = _LABEL.match(line)
        if m and "D" in m.group(1).split():
            found.append(m.group(2).strip())
    return found


def one_round(folder: Path, arm: str, verbose: bool) -> None:
    ideas = ruler()
    subtopics = list(getattr(_module("meaning_ideas"), "SECTION_SUBTOPICS", ()))
    key = folder / "key.json"
    arms = json.loads(key.read_text(encoding="utf-8")) if key.exists() else {}
    total = seen = produced = unseen_produced = twinned = 0
    listed = []
    for labels in sorted((folder / "labels").glob("*.txt")):
        name = labels.stem
        draft = folder / "drafts" / f"{name}.txt"
        profile = folder / "profiles" / f"{name}.yaml"
        if (arm and arms.get(name, {}).get("arm") != arm) or not profile.exists():
            continue
        lines = _draft_lines(draft) if draft.exists() else []
        sentences = _d_lines(labels)
        levels = _levels(profile) if sentences else []
        said = set().union(*levels)
        for sentence in sentences:
            paired = _seen(sentence, lines, ideas, subtopics)
            still = sentence in said or _HEADING.sub("", sentence) in said
            total += 1
            seen += paired
            produced += still
            unseen_produced += still and not paired
            twin = still and paired and _twinned(sentence, levels, ideas)
            twinned += twin
            if verbose and still:
                mark = "twin  " if twin else "seen  " if paired else "unseen"
                listed.append(f"  {mark} {name[:2]} {sentence}")
    print(
        f"{folder.name}{' ' + arm if arm else ''}: {total} D lines;"
        f" seen by the ruler {seen}; still produced {produced}"
        f" (of them unseen {unseen_produced}; said at a level beside a sentence of its idea"
        f" {twinned})"
    )
    for row in listed:
        print(row)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="评审的D类句子：同义检测能否看到，现在还说不说")
    parser.add_argument("rounds", nargs="+", type=Path)
    parser.add_argument("--arm", default="", help="只读 key.json 里这一组（new 或 old）")
    parser.add_argument("-v", action="store_true")
    args = parser.parse_args(argv)
    for folder in args.rounds:
        one_round(folder, args.arm, args.v)
    return 0


if __name__ == "__main__":
    sys.exit(main())
