"""Sections whose body is, or opens with, a bare figure sentence (issue 11's R, round aj).

Round aj's readers struck a section whose whole body was one figure sentence read off the
form ((五)教育数字化工作统筹推进 / 全区智慧校园达标学校达到57所。) and a section that opened
with one (（五）严守食品安全底线… / 全市学校食堂明厨亮灶覆盖率保持100%。): a figure belongs
after the line that says what the work is. A *bare figure sentence* is one clause (no ，；：)
that carries a figure and says no work (达到/保持/为 + a number, nothing before it but the
place and the figure's name).

And a task's target said with 约 (今年要完成排查整改校园安全隐患约260项: 约 is a report's word
for the present, not an order's), counted as "about" over every sentence with 要/计划 before
约 and a number; "asked" counts the 【待补：…方面的主要做法】 asks put before a figures-only body.

  python scripts/bare_figures.py DIR_OR_PROFILE…     (seeds 1–3; PYTHONPATH picks the tree)
Prints the sections found (alone: the only body line; first: the body's first line).
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

from speechdraft.document import Document, Heading
from speechdraft.pipeline import build_draft

SEEDS = (1, 2, 3)
HEADING = re.compile(r"^（[一二三四五六七八九十]+）")
# one clause: the place, the figure's name, a plain verb, the number, its unit
BARE = re.compile(
    r"^[^，；：。！？、]{2,40}?(达到|保持在?|为|目前为|实现)约?[0-9０-９.．%％万亿]+[^，；：。]{0,6}。$"
)


ABOUT_TASK = re.compile(r"(?:(?<![主重需只必])要|计划|力争|确保)[^。！？，；：]*约[0-9]")
ASKED = re.compile(r"【待补：[^】]*的主要做法")


def bare(line: str) -> bool:
    return bool(BARE.match(line)) and not line.startswith(("要", "力争", "确保"))


_SENTENCE = re.compile(r"[^。！？]*[。！？]|[^。！？]+$")


def sections(document: Document) -> list[tuple[str, list[str]]]:
    """Each numbered sub-heading (（一）…) and the sentences of its body, in order."""
    found: list[tuple[str, list[str]]] = []
    inside = False
    for block in document.blocks:
        if isinstance(block, Heading):
            inside = block.number.startswith("（")
            if inside:
                found.append((block.number + block.title, []))
                text = "".join(r.text for r in block.body)
            else:
                continue
        else:
            text = block.text
        if inside and found and text.strip():
            found[-1][1].extend(s.strip() for s in _SENTENCE.findall(text) if s.strip())
    return found


def faults(document: Document) -> list[tuple[str, str, str]]:
    out = []
    for head, body in sections(document):
        if body and bare(body[0]):
            out.append(("alone" if len(body) == 1 else "first", head, body[0]))
    return out


def main(args: list[str]) -> None:
    paths: list[Path] = []
    for arg in args:
        p = Path(arg)
        paths.extend(sorted(p.glob("*.yaml")) if p.is_dir() else [p])
    counts: Counter[str] = Counter()
    drafts = 0
    shown = 0
    for path in paths:
        for seed in SEEDS:
            document = build_draft(path, seed=seed).document
            found = faults(document)
            text = "".join(b.text for b in document.blocks)
            for sentence in _SENTENCE.findall(text):
                if ABOUT_TASK.search(sentence):
                    found.append(("about", "", sentence))
            counts["asked"] += len(ASKED.findall(text))
            drafts += bool(found)
            for kind, head, line in found:
                counts[kind] += 1
                if shown < 12:
                    print(f"  {path.stem} s{seed} [{kind}] {head} / {line}")
                    shown += 1
    print(
        f"{len(paths)} profiles x {len(SEEDS)} seeds: drafts with a fault {drafts}; {dict(counts)}"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
