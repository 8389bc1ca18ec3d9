"""Stock lines said out of the order their logic needs (issue 11's S, 次序倒置; branch order20).

    python scripts/step_order.py [--seeds 3] [--show 10] [--jobs 2] [FOLDER_OR_PROFILE …]

Renders each profile (default: profiles/ and every round's profiles under docs/review) at
seeds 1..N with the tree on PYTHONPATH and counts, by a ruler of this script's own (so that
main and a branch are measured alike):

- ``order``: pairs of sentences under one heading where a later step of a process is said
  before an earlier one (responsibility: divide → work as one → track; funding: budget →
  allocate → results and audit);
- ``presumed``: 分工不分家 (or 各负其责不等于各管一摊) under a heading with no line dividing
  the work before it;
- ``close``: 以上意见，请大家…落实 said as the last line, after the closing paragraph;
- ``lead``: a line on what is done after the meeting or the work (会后…, 对表现突出的…, 总结推广
  好做法) in a part's lead, before its first numbered section (branch order21);
- ``end``: 总结推广好做法 in a section on 督导, 督查 or 考核 (branch order21).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
_SENTENCE = re.compile(r"[^。！？]+[。！？]?")
RULER: dict[str, tuple[str, ...]] = {
    "responsibility": (
        r"列成清单|清单化管理|分解到|分解要到|具体责任人|谁牵头|明确牵头|在分工上|按照?职责分工|分工负责|各司其职",
        r"分工不分家|各管一摊",
        r"对一次账|对一对账|定期对账",
    ),
    "funding": (
        r"测算|项目储备|列入预算|落到预算",
        r"拨付|预算执行|支出进度",
        r"使用绩效|绩效评价|审计",
    ),
}
_RULER = {k: tuple(re.compile(p) for p in v) for k, v in RULER.items()}


def step(process: str, sentence: str) -> int | None:
    found = [i for i, p in enumerate(_RULER[process]) if p.search(sentence)]
    return max(found) if found else None


def blocks(document: Any) -> list[list[str]]:
    from speechdraft.document import Heading

    found: list[list[str]] = [[]]
    for block in document.blocks:
        if isinstance(block, Heading):
            found.append([])
            body = "".join(r.text for r in block.body)
        else:
            body = block.text
        found[-1] += [s.strip() for s in _SENTENCE.findall(body) if len(s.strip()) > 4]
    return found


AFTER = re.compile(r"^会后|表现突出|总结推广|好做法[^。]*推广")
PROMOTE = re.compile(r"总结推广|好做法[^。]*推广")
CHECKING = re.compile(r"督导|督查|考核")


def parts(document: Any) -> list[tuple[list[str], bool]]:
    """Each part's lead (the sentences under a top heading before its first numbered
    section) and whether a section follows it."""
    from speechdraft.document import Heading

    found: list[tuple[list[str], bool]] = []
    lead: list[str] | None = None
    for block in document.blocks:
        if isinstance(block, Heading):
            if block.level == 1:
                if lead is not None:
                    found.append((lead, False))
                lead = []
            elif lead is not None:
                found.append((lead, True))
                lead = None
            continue
        if lead is not None:
            lead += [s.strip() for s in _SENTENCE.findall(block.text) if len(s.strip()) > 4]
    if lead is not None:
        found.append((lead, False))
    return found


def checking_sections(document: Any) -> list[list[str]]:
    """The sentences of each numbered section whose heading is on 督导, 督查 or 考核."""
    from speechdraft.document import Heading

    found: list[list[str]] = []
    current: list[str] | None = None
    for block in document.blocks:
        if isinstance(block, Heading):
            current = None
            if block.level > 1 and CHECKING.search(block.title):
                current = []
                found.append(current)
            body = "".join(r.text for r in block.body)
        else:
            body = block.text
        if current is not None:
            current += [s.strip() for s in _SENTENCE.findall(body) if len(s.strip()) > 4]
    return found


def placed(document: Any) -> list[tuple[str, str, str]]:
    """Lines said at a place of a part they do not fit (``lead``, ``end``)."""
    out: list[tuple[str, str, str]] = []
    for lead, followed in parts(document):
        if followed:
            out += [("lead", s, "") for s in lead if AFTER.search(s)]
    for body in checking_sections(document):
        out += [("end", s, "") for s in body if PROMOTE.search(s)]
    return out


def findings(document: Any) -> list[tuple[str, str, str]]:
    out = placed(document)
    for body in blocks(document):
        for process in _RULER:
            steps = [step(process, s) for s in body]
            for j, later in enumerate(steps):
                for i in range(j):
                    if later is not None and steps[i] is not None and steps[i] > later:  # type: ignore[operator]
                        out.append(("order", body[i], body[j]))
        for j, s in enumerate(body):
            if re.search("分工不分家|各管一摊", s) and not any(
                step("responsibility", t) == 0 for t in body[:j]
            ):
                out.append(("presumed", s, ""))
    lines = document.spoken_lines()
    if len(lines) > 1 and "以上意见" in lines[-1] and "以上意见" not in lines[-2]:
        out.append(("close", lines[-2][-30:], lines[-1]))
    return out


def _one(job: tuple[str, int]) -> tuple[str, int, list[tuple[str, str, str]]]:
    from speechdraft.pipeline import build_draft

    path, seed = job
    try:
        made = build_draft(Path(path), seed=seed)
    except Exception:  # an old round's profile the tree no longer reads
        return path, seed, [("error", "", "")]
    return path, seed, findings(made.document)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("paths", nargs="*")
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument("--show", type=int, default=10)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    roots = [Path(p) for p in args.paths] or [
        ROOT / "profiles",
        *sorted((ROOT / "docs/review").glob("*/profiles")),
    ]
    files = sorted({f for r in roots for f in ([r] if r.is_file() else r.glob("*.yaml"))})
    jobs = [(str(f), seed) for f in files for seed in range(1, args.seeds + 1)]
    counts: Counter[str] = Counter()
    drafts: Counter[str] = Counter()
    shown: Counter[str] = Counter()
    with ProcessPoolExecutor(args.jobs) as pool:
        for path, seed, found in pool.map(_one, jobs, chunksize=8):
            for what in {w for w, _a, _b in found}:
                drafts[what] += 1
            for what, a, b in found:
                counts[what] += 1
                if shown[what] < args.show and what != "error":
                    shown[what] += 1
                    print(f"{what}\t{Path(path).name}@{seed}\t{a}\t→ {b}", file=sys.stderr)
    print(f"profiles {len(files)} × seeds {args.seeds} = {len(jobs)} drafts")
    for what in ("order", "presumed", "close", "lead", "end", "error"):
        print(f"{what:9} {counts[what]:5} pairs/lines in {drafts[what]:5} drafts")


if __name__ == "__main__":
    main()
