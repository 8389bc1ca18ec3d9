"""Pairs of sentences in one section that say the same idea (issue 11's D, branch pad15).

    python scripts/same_idea_pairs.py [--seeds 3] [--show 30] [--only ab,aa] [--bank] [PROFILE …]

Renders every profile of the repository (profiles/, docs/review/*/profiles; or the files
given) at seeds 1..N and reads each draft section by section (the text under one heading,
salient_pairs.blocks_of). Two sentences of one section that name the same idea are a pair:
an idea is one of the named patterns of this script's tree — restate.IDEAS, frame_ideas,
demand_ideas and meaning_ideas (the paraphrase groups: 寄宿制…家, 合作…不在多而在实,
平台…常态化应用, 灾后…复课, 牵头/配合单位, 学校的困难…解决 …) — read from the files of the
tree this script is in, whatever tree renders (PYTHONPATH=… for an older one), so that the
ruler is the same at main and after. Pairs whose two sentences are word for word the same
are counted apart (a clerk's point said twice is another family).

It prints drafts, sentences, pairs (per 1,000 sentences), drafts with a pair, the ideas
most often said twice, and examples. ``--bank``: how many of the bank's wordings name each
meaning group (what a group would keep out of a section that has said it).
"""

from __future__ import annotations

import argparse
import ast
import importlib.util
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
COMPOSE = ROOT / "src/speechdraft/compose"
_TEMPLATE_CODE = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.DOTALL)
# a run-in item's head (六是开展心理健康排查。): the body under it names what it names
_RUN_IN_HEAD = re.compile(r"^[一二三四五六七八九十]+是[^，。；]{0,24}。$")


def _module(name: str) -> Any:
    spec = importlib.util.spec_from_file_location(f"ruler_{name}", COMPOSE / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _restate_ideas() -> list[tuple[str, str]]:
    """restate.IDEAS as (name, pattern), read from the source (restate imports the bank)."""
    tree = ast.parse((COMPOSE / "restate.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.AnnAssign | ast.Assign):
            targets = [node.target] if isinstance(node, ast.AnnAssign) else node.targets
            if any(isinstance(t, ast.Name) and t.id == "IDEAS" for t in targets):
                call = node.value
                assert isinstance(call, ast.Call)
                generator = call.args[0]
                assert isinstance(generator, ast.GeneratorExp)
                return list(ast.literal_eval(generator.generators[0].iter))
    raise SystemExit("restate.IDEAS not found")


def ruler() -> list[tuple[str, re.Pattern[str]]]:
    """Every named idea of this script's tree."""
    found = [(name, re.compile(pattern)) for name, pattern in _restate_ideas()]
    found += list(_module("frame_ideas").FRAME_IDEAS)
    found += list(_module("demand_ideas").DEMAND_IDEAS)
    found += list(_module("meaning_ideas").MEANING_IDEAS)
    return found


def ideas_of(text: str, ideas: list[tuple[str, re.Pattern[str]]]) -> frozenset[str]:
    return frozenset(name for name, pattern in ideas if pattern.search(text))


def profile_files(only: list[str]) -> list[Path]:
    files = sorted((ROOT / "profiles").glob("*.yaml"))
    for folder in sorted((ROOT / "docs/review").glob("*/profiles")):
        if not only or any(folder.parent.name.endswith(o) for o in only):
            files += sorted(folder.glob("*.yaml"))
    if only:
        files = [f for f in files if "docs/review" in str(f)]
    return files


def blocks_of(document: Any) -> list[tuple[str, list[str]]]:
    """(heading, sentences) for each heading's block (a paragraph before any heading is in
    the first block, with no heading)."""
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
            if len(sentence) > 6 and not _RUN_IN_HEAD.match(sentence):
                found[-1][1].append(sentence)
    return found


def pairs(document: Any, ideas: list[tuple[str, re.Pattern[str]]]) -> tuple[int, list[Any]]:
    """The sentences read and (idea, earlier, later) for every pair of one section."""
    sentences = 0
    found = []
    for _heading, body in blocks_of(document):
        sentences += len(body)
        named = [ideas_of(s, ideas) for s in body]
        for j in range(len(body)):
            for i in range(j):
                shared = named[i] & named[j]
                if shared and body[i] != body[j]:
                    found.append((min(shared), body[i], body[j]))
    return sentences, found


def bank_table(ideas: list[tuple[str, re.Pattern[str]]]) -> None:
    from speechdraft.phrasebank import load_phrasebank

    bank = load_phrasebank(ROOT / "templates")
    wordings = {
        _TEMPLATE_CODE.sub("，", text)
        for units in (
            *(f.units for a in bank.areas.values() for f in a.families),
            *bank.frames.values(),
        )
        for unit in units
        for text in (unit.text, *unit.wordings)
    }
    groups = {name for name, _ in _module("meaning_ideas").MEANING_IDEAS}
    counts = Counter(n for w in wordings for n in ideas_of(w, ideas) if n in groups)
    print(f"{len(wordings)} bank wordings; meaning groups:")
    for name, count in counts.most_common():
        print(f"  {name:28s} {count}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="同一部分里两句话说了同一个意思")
    parser.add_argument("profiles", nargs="*", type=Path)
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument("--show", type=int, default=20)
    parser.add_argument("--only", default="", help="只读这些评审轮次的素材，如 ab,aa")
    parser.add_argument("--bank", action="store_true", help="列出措辞库里各意思组的措辞数")
    args = parser.parse_args(argv)
    ideas = ruler()
    if args.bank:
        bank_table(ideas)
        return 0
    from speechdraft.pipeline import build_draft_from_text

    files = args.profiles or profile_files([o for o in args.only.split(",") if o])
    drafts = sentences = failed = with_pair = 0
    by_idea: Counter[str] = Counter()
    examples: Counter[tuple[str, str, str]] = Counter()
    for file in files:
        text = file.read_text(encoding="utf-8")
        for seed in range(1, args.seeds + 1):
            try:
                draft = build_draft_from_text(text, file.name, seed=seed)
            except Exception:  # a profile an older tree cannot read: counted, not read
                failed += 1
                continue
            drafts += 1
            count, found = pairs(draft.document, ideas)
            sentences += count
            with_pair += bool(found)
            for idea, earlier, later in found:
                by_idea[idea] += 1
                examples[(idea, earlier, later)] += 1
    total = sum(by_idea.values())
    per = 1000 / max(sentences, 1)
    print(
        f"{drafts} drafts ({failed} not rendered), {sentences} sentences;"
        f" {total} same-idea pairs in one section ({total * per:.1f} per 1,000 sentences),"
        f" {with_pair} drafts with one"
    )
    print("ideas:", ", ".join(f"{i} {n}" for i, n in by_idea.most_common(args.show)))
    for (idea, earlier, later), count in examples.most_common(args.show):
        print(f"{count:3d} [{idea}] {earlier}\n{'':9s}{later}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
