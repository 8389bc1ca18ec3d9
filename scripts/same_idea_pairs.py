"""Pairs of sentences in one section that say the same idea (issue 11's D, branch pad15).

    python scripts/same_idea_pairs.py [--seeds 3] [--show 30] [--only ab,aa] [--bank] [--draft]
                                      [--jobs 2] [PROFILE …]

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
most often said twice, and examples. ``--draft`` (branch idea16): pairs anywhere in one
draft, not only in one section — a clerk's point, a target or a review line in one part and
a bank sentence saying it again in another (校本研修 in （一）, 校本教研 in （三）) — each
pair counted by whose its two sentences are: ``clerk+bank`` (a sentence carrying the clerk's
words, render.clerk_words, and one that does not), ``bank+bank``, and ``clerk+clerk`` (the
clerk's own words twice, not the bank's doing: printed, not counted in the total), and
(branch idea17) the sentences not the clerk's that name a sub-topic of
meaning_ideas.SECTION_SUBTOPICS (教材, 暑期工程, 课后服务 …) outside the section whose heading
names it. ``--bank``: how many of the bank's wordings name each
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
    return found + _yaml_ideas()


def _yaml_ideas() -> list[tuple[str, re.Pattern[str]]]:
    """templates/norms/restate_ideas.yaml of this tree (branch restate27), if it has one:
    each idea's words, “…” a gap inside one clause, as compose/restate_ideas builds them."""
    import yaml

    path = ROOT / "templates/norms/restate_ideas.yaml"
    if not path.is_file():
        return []
    gap = "[^，。；！？]{0,12}"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [
        (name, re.compile("|".join(gap.join(map(re.escape, w.split("…"))) for w in words)))
        for name, words in data.items()
    ]


def ideas_of(text: str, ideas: list[tuple[str, re.Pattern[str]]]) -> frozenset[str]:
    return frozenset(name for name, pattern in ideas if pattern.search(text))


def profile_files(only: list[str]) -> list[Path]:
    files = sorted((ROOT / "profiles").glob("*.yaml"))
    files += sorted((ROOT / "docs/review/profiles").glob("*.yaml"))
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


def _han(text: str) -> str:
    return re.sub(r"[^\u4e00-\u9fff0-9%]+", "", text)


# a sentence carrying this many characters in a row of one of the clerk's texts is the clerk's
CLERK_RUN = 8


def clerk_runs(draft: Any) -> frozenset[str]:
    """Every run of CLERK_RUN characters of the clerk's words (render.clerk_words: points,
    targets, review points) in the draft's profile."""
    from speechdraft.compose.render import clerk_words

    runs = set()
    for text in clerk_words(draft.context):
        han = _han(text)
        runs.update(han[i : i + CLERK_RUN] for i in range(max(len(han) - CLERK_RUN + 1, 1)))
    return frozenset(runs)


def is_clerks(sentence: str, runs: frozenset[str]) -> bool:
    han = _han(sentence)
    return any(han[i : i + CLERK_RUN] in runs for i in range(max(len(han) - CLERK_RUN + 1, 1)))


def draft_pairs(
    document: Any, ideas: list[tuple[str, re.Pattern[str]]], runs: frozenset[str]
) -> tuple[int, list[tuple[str, str, str, str]]]:
    """The sentences read and (whose, idea, earlier, later) for every pair of one draft,
    wherever its two sentences stand (sentences word for word the same apart)."""
    body = [s for _heading, sentences in blocks_of(document) for s in sentences]
    named = [ideas_of(s, ideas) for s in body]
    clerks = [is_clerks(s, runs) for s in body]
    found = []
    for j in range(len(body)):
        if not named[j]:
            continue
        for i in range(j):
            shared = named[i] & named[j]
            if shared and body[i] != body[j]:
                whose = (
                    "clerk+clerk"
                    if clerks[i] and clerks[j]
                    else "clerk+bank"
                    if clerks[i] or clerks[j]
                    else "bank+bank"
                )
                found.append((whose, min(shared), body[i], body[j]))
    return len(body), found


def subtopic_strays(
    document: Any, subtopics: list[tuple[str, re.Pattern[str]]], runs: frozenset[str]
) -> list[tuple[str, str, str]]:
    """(sub-topic, its section's heading, sentence) for every sentence not the clerk's that
    names a sub-topic (meaning_ideas.SECTION_SUBTOPICS) outside the section whose heading
    names it, in a draft that has such a section (branch idea17: 教材发放 in part one's
    checklist and again as （一）切实抓好教材发放)."""
    blocks = blocks_of(document)
    found = []
    for name, pattern in subtopics:
        homes = [h for h, _ in blocks if h and pattern.search(h)]
        if not homes:
            continue
        for heading, body in blocks:
            if heading and pattern.search(heading):
                continue
            found += [
                (name, homes[0], s) for s in body if pattern.search(s) and not is_clerks(s, runs)
            ]
    return found


def _one_draft(
    job: tuple[Path, int],
) -> tuple[str, int, list[tuple[str, str, str, str]], list[tuple[str, str, str]]] | None:
    from speechdraft.pipeline import build_draft_from_text

    file, seed = job
    try:
        draft = build_draft_from_text(file.read_text(encoding="utf-8"), file.name, seed=seed)
    except Exception:  # a profile an older tree cannot read: counted, not read
        return None
    runs = clerk_runs(draft)
    count, found = draft_pairs(draft.document, _RULER, runs)
    return f"{file.name}#{seed}", count, found, subtopic_strays(draft.document, _SUBTOPICS, runs)


_RULER: list[tuple[str, re.Pattern[str]]] = []
_SUBTOPICS: list[tuple[str, re.Pattern[str]]] = []


def _init_ruler() -> None:
    _RULER[:] = ruler()
    _SUBTOPICS[:] = list(getattr(_module("meaning_ideas"), "SECTION_SUBTOPICS", ()))


def whole_drafts(files: list[Path], seeds: int, show: int, jobs: int) -> int:
    """--draft: pairs anywhere in one draft, by whose sentences they join."""
    from multiprocessing import Pool

    work = [(file, seed) for file in files for seed in range(1, seeds + 1)]
    drafts = failed = sentences = 0
    by_whose: Counter[str] = Counter()
    with_pair: Counter[str] = Counter()
    by_idea: Counter[str] = Counter()
    examples: Counter[tuple[str, str, str, str]] = Counter()
    stray_count = stray_drafts = 0
    stray_examples: Counter[tuple[str, str, str]] = Counter()
    with Pool(jobs, initializer=_init_ruler) as pool:
        for result in pool.imap_unordered(_one_draft, work, chunksize=4):
            if result is None:
                failed += 1
                continue
            _name, count, found, strays = result
            drafts += 1
            stray_count += len(strays)
            stray_drafts += bool(strays)
            for name, home, sentence in strays:
                stray_examples[(name, home, sentence)] += 1
            sentences += count
            for whose in {w for w, *_ in found}:
                with_pair[whose] += 1
            for whose, idea, earlier, later in found:
                by_whose[whose] += 1
                if whose != "clerk+clerk":
                    by_idea[idea] += 1
                    examples[(whose, idea, earlier, later)] += 1
    counted = by_whose["clerk+bank"] + by_whose["bank+bank"]
    per = 1000 / max(sentences, 1)
    print(
        f"{drafts} drafts ({failed} not rendered), {sentences} sentences;"
        f" {counted} same-idea pairs in one draft ({counted * per:.1f} per 1,000 sentences)"
    )
    for whose in ("clerk+bank", "bank+bank", "clerk+clerk"):
        print(f"  {whose:12s} {by_whose[whose]:6d} pairs in {with_pair[whose]} drafts")
    print("ideas:", ", ".join(f"{i} {n}" for i, n in by_idea.most_common(show)))
    for (whose, idea, earlier, later), count in examples.most_common(show):
        print(f"{count:3d} {whose} [{idea}] {earlier}\n{'':9s}{later}")
    print(
        f"sub-topics said outside the section that names them: {stray_count} sentences"
        f" in {stray_drafts} drafts"
    )
    for (name, home, sentence), count in stray_examples.most_common(show):
        print(f"{count:3d} [{name}] {home} / {sentence}")
    return 0


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
    parser.add_argument("--draft", action="store_true", help="整篇稿子里两句话说了同一个意思")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args(argv)
    ideas = ruler()
    if args.bank:
        bank_table(ideas)
        return 0
    from speechdraft.pipeline import build_draft_from_text

    files = args.profiles or profile_files([o for o in args.only.split(",") if o])
    if args.draft:
        return whole_drafts(files, args.seeds, args.show, args.jobs)
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
