"""Stock lines that restate or presume (issue 11's D, A, F, E on stock lines; branch stock24).

    python scripts/stock_echo.py dump DIR [--seeds 3] [--jobs 2] [PROFILE …]
    python scripts/stock_echo.py count DIR [-v] [--show 40]
    python scripts/stock_echo.py bank [-v]

Round al's readers labelled 133 stock lines (lines the phrase bank writes, not the clerk):
D 47 — a stock line saying again a clerk's point or a line said before (扩大公办资源的同时
扶持普惠性民办园 after the point 扶持普惠性民办幼儿园发展; 分工不分家，相互之间要多补台 after
加强沟通配合，不能各自为战), A 21 — a stock line presuming a fact nobody gave (全镇的学校不多;
守住均衡发展的成果，和当初创建一样), and F and E.

``dump`` renders every profile of the repository (profiles/, tests' fixture profiles,
docs/review/*/profiles; or the files given) at seeds 1..N with the tree on PYTHONPATH and keeps
each draft as JSON lines: its sentences in order, each marked as the clerk's (a run of eight
characters of the clerk's points, targets or review points, same_idea_pairs.clerk_runs) or the
bank's. ``count`` reads a dump with the ruler of this script's own tree (restate.IDEAS,
frame_ideas, demand_ideas, meaning_ideas), so that main's drafts and a branch's are measured
alike, and prints per 1,000 stock lines:

- ``group``: a stock line naming a meaning group a sentence earlier in the draft named (a
  clerk's point or another stock line, any section);
- ``words``: a stock line sharing a run of 4+ content characters with an earlier sentence
  (runs found in a fifth of all drafts, the genre's own furniture, are free);
- ``either``: stock lines counted by one or both.

``bank`` reads the phrase bank of the tree on PYTHONPATH and counts the units with a wording
that presumes a state (已…/成果/当初/不多/全员覆盖…), assigns a duty between named bodies
(由…统筹, 要与…一道) or names a mechanism (督查组, 包保, 走教…) while the unit has no needs tag
(tags.needs, a presupposed situation or a fact("…") of the profile) that makes it said only
where the profile gives it.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from multiprocessing import Pool
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from same_idea_pairs import blocks_of, clerk_runs, ideas_of, is_clerks, ruler

ROOT = Path(__file__).resolve().parents[1]
RUN = 4
FREE_SHARE = 0.05
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")


def all_profiles() -> list[Path]:
    files = sorted((ROOT / "profiles").glob("*.yaml"))
    files += sorted((ROOT / "tests" / "fixtures").glob("**/*.yaml"))
    for folder in sorted((ROOT / "docs/review").glob("*/profiles")):
        files += sorted(folder.glob("*.yaml"))
    return files


def _render(job: tuple[str, int]) -> str | None:
    from speechdraft.pipeline import build_draft

    path, seed = job
    try:
        draft = build_draft(Path(path), seed=seed)
    except Exception:  # a profile the tree's schema refuses (a fixture of errors, an old round)
        return None
    runs = clerk_runs(draft)
    lines = [
        (heading, sentence, is_clerks(sentence, runs))
        for heading, body in blocks_of(draft.document)
        for sentence in body
    ]
    return json.dumps({"draft": f"{path}#{seed}", "lines": lines}, ensure_ascii=False)


def dump(out: Path, seeds: int, jobs: int, files: list[Path]) -> None:
    todo = [(str(f), s) for f in files for s in range(1, seeds + 1)]
    with Pool(jobs) as pool, out.open("w", encoding="utf-8") as sink:
        done = 0
        for row in pool.imap(_render, todo, chunksize=4):
            if row is not None:
                sink.write(row + "\n")
                done += 1
    print(f"{done} drafts of {len(todo)} jobs → {out}")


def runs_of(sentence: str) -> frozenset[str]:
    return frozenset(
        run[i : i + RUN] for run in _HAN_RUN.findall(sentence) for i in range(len(run) - RUN + 1)
    )


# a stock line says an earlier sentence's words again when it carries LONG characters in a
# row of one earlier sentence (扶持普惠性民办 after 扶持普惠性民办幼儿园发展), not counting runs
# that are the genre's furniture (FREE_SHARE)
LONG = 6


def _long_shared(sentence: str, free: set[str], said: dict[str, str]) -> list[str]:
    """The runs of LONG+ characters ``sentence`` shares with one earlier sentence (each of
    their RUN-character windows said by that sentence, not all of them free)."""
    found = []
    for run in _HAN_RUN.findall(sentence):
        windows = [run[i : i + RUN] for i in range(len(run) - RUN + 1)]
        start = 0
        while start < len(windows):
            source = said.get(windows[start])
            end = start
            while end + 1 < len(windows) and source and said.get(windows[end + 1]) == source:
                end += 1
            length = end - start + RUN
            if source and source != sentence and length >= LONG:
                piece = run[start : end + RUN]
                if sum(w not in free for w in windows[start : end + 1]) >= 2:
                    found.append(piece)
            start = end + 1
    return found


def _load(path: Path, keep: set[str] | None = None) -> list[dict[str, Any]]:
    drafts = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return [d for d in drafts if keep is None or d["draft"] in keep]


def count(path: Path, verbose: bool, show: int, other: Path | None = None) -> None:
    """``other``: another dump; only the drafts both hold are read (a run cut short)."""
    keep = None
    if other is not None:
        keep = {
            json.loads(line)["draft"] for line in other.read_text(encoding="utf-8").splitlines()
        }
    drafts = _load(path, keep)
    ideas = ruler()
    frequency: Counter[str] = Counter()
    for draft in drafts:
        frequency.update(set().union(*(runs_of(s) for _h, s, _c in draft["lines"])))
    free = {run for run, n in frequency.items() if n >= FREE_SHARE * len(drafts)}
    stock = group = words = either = 0
    by_group: Counter[str] = Counter()
    examples: list[str] = []
    for draft in drafts:
        said_ideas: set[str] = set()
        said_runs: dict[str, str] = {}
        seen: set[str] = set()
        for _heading, sentence, clerks in draft["lines"]:
            named = ideas_of(sentence, ideas)
            if not clerks and sentence not in seen:
                stock += 1
                again = named & said_ideas
                shared = _long_shared(sentence, free, said_runs)
                group += bool(again)
                words += bool(shared)
                either += bool(again or shared)
                by_group.update(again)
                if (again or shared) and verbose:
                    why = ",".join(sorted(again)) or shared[0]
                    earlier = said_runs.get(shared[0][:RUN], "") if shared else ""
                    examples.append(f"{draft['draft']}\t[{why}]\t{sentence}\t← {earlier}")
            seen.add(sentence)
            said_ideas |= named
            for run in runs_of(sentence):
                said_runs[run] = sentence
    per = 1000 / max(stock, 1)
    print(f"drafts {len(drafts)}, stock lines {stock}")
    print(f"group  {group} ({group * per:.1f} per 1,000 stock lines)")
    print(f"words  {words} ({words * per:.1f})")
    print(f"either {either} ({either * per:.1f})")
    print(
        "groups most often said again:", ", ".join(f"{g} {n}" for g, n in by_group.most_common(15))
    )
    for line in examples[:show]:
        print(line)


PRESUMES = {
    # a state reached: 巩固…成果 / 守住…成果 / 和当初创建一样 / 学校不多 / 全员覆盖 / 已经实现
    "state": re.compile(
        r"(?:巩固|守住|珍惜)[^。；，]{0,10}成果|当初|(?:学校|学生|人数)不多|全员覆盖"
        r"|已经?(?:实现|建成|通过|达标|创建)"
    ),
    # a duty between named bodies: 由…统筹安排, 要与…一道, 纳入年度招聘计划
    "duty": re.compile(
        r"要与[^。；]{1,16}一道|由[^。；，]{1,12}(?:统筹安排|统一安排|牵头负责|逐校|跟踪)"
        r"|纳入[^。；]{0,6}(?:招聘计划|年度计划)"
    ),
    # a mechanism: a 督查组 on its visits, 包保, 走教 organised, an evaluation's content
    "mechanism": re.compile(
        r"督查组|督导组到|包保|组织[^。；]{0,8}走教|作为[^。；]{0,14}(?:评价|考核|督查|督导)[^。；]{0,6}重要内容"
    ),
}


def _needs(unit: Any) -> bool:
    """The unit is said only where the profile gives something: a needs tag, a situation its
    words presuppose, or a fact of the profile it quotes."""
    facts = unit.facts() if callable(unit.facts) else unit.facts
    return bool(unit.tags.needs or unit.presupposes or facts)


def bank(verbose: bool) -> None:
    from speechdraft.compose.restate import _bank_units, _builtin_bank
    from speechdraft.phrasebank import spoken_words

    units = _bank_units(_builtin_bank())
    found: Counter[str] = Counter()
    tagged: Counter[str] = Counter()
    untagged = 0
    for unit in units:
        marks = {
            name
            for name, pattern in PRESUMES.items()
            for wording in unit.wordings
            if pattern.search(spoken_words(wording))
        }
        if not marks:
            continue
        needs = _needs(unit)
        untagged += not needs
        for mark in marks:
            (tagged if needs else found)[mark] += 1
        if verbose and not needs:
            print(f"{','.join(sorted(marks))}\t{unit.text}")
    print(f"bank units {len(units)}; with a presumption marker and no needs tag: {untagged}")
    print("  untagged by marker:", dict(found), " tagged:", dict(tagged))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("what", choices=("dump", "count", "bank"))
    parser.add_argument("out", nargs="?", type=Path)
    parser.add_argument("profiles", nargs="*", type=Path)
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--show", type=int, default=40)
    parser.add_argument("-v", action="store_true")
    parser.add_argument("--both", type=Path, help="count: only drafts this other dump holds")
    args = parser.parse_args()
    if args.what == "dump":
        dump(args.out, args.seeds, args.jobs, args.profiles or all_profiles())
    elif args.what == "count":
        count(args.out, args.v, args.show, args.both)
    else:
        bank(args.v)


if __name__ == "__main__":
    main()
