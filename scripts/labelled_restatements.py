"""How many of the readers' D labels (the same idea said twice in a draft) the record sees.

    python scripts/labelled_restatements.py docs/review/2026-12-02ao [ROUND …] [--show]

Reads each round's labels/ files (the drafts as the readers marked them, one sentence a
line) and replays every draft's body through restate.Said as the renderer would record it
(headings, sections opened under a （一） heading), asking of each sentence before it is
recorded whether the record would refuse it: ``repeats`` (an idea said, the heading echoed,
a sentence of most of its wording or rare content), ``in_section`` (said_in_section or
key_said_in_section). It prints per round the D-labelled sentences seen / all, and the
unlabelled sentences seen (the cost: what the record would also refuse), so a change to the
ideas or thresholds is measured on what the readers marked (issue 11, branch restate27).
"""

from __future__ import annotations

import argparse
import re
from dataclasses import dataclass
from pathlib import Path

from speechdraft.compose.restate import Said

_LABEL = re.compile(r"^\[([A-Z ]*)\] (.*?)(?:  ← (.*))?$")
# (a teachers' day's 老师们、同志们： and a report's 各位代表： open the body too: stop 81 — the
# script had read none of those drafts)
_SALUTATION = re.compile(
    r"^(?:[^，。；]{0,12}、)?(?:同志们|各位代表|老师们|各位委员)[们]?[^，。；]{0,8}[：:]?$"
)
_PART = re.compile(r"^[一二三四五六七八九十]+、")
_SUB = re.compile(r"^（[一二三四五六七八九十]+）")


@dataclass(frozen=True)
class Line:
    classes: frozenset[str]
    text: str
    reason: str


def labelled(path: Path) -> list[Line]:
    """The body of one labels file (after its salutation: 同志们：, 老师们、同志们：, 各位代表：),
    each line with its classes."""
    lines: list[Line] = []
    started = False
    for raw in path.read_text(encoding="utf-8").splitlines():
        found = _LABEL.match(raw)
        if found is None:
            continue
        line = Line(frozenset(found[1].split()), found[2], found[3] or "")
        if started:
            lines.append(line)
        started = started or bool(_SALUTATION.match(line.text))
    return lines


def refused(lines: list[Line]) -> list[tuple[Line, bool]]:
    """Each line and whether the record, as it stood before it, refuses it."""
    said = Said()
    out: list[tuple[Line, bool]] = []
    for line in lines:
        text = line.text
        part, sub = bool(_PART.match(text)), bool(_SUB.match(text))
        if part or sub:
            said.end_section()
        seen = said.repeats(text) or said.said_in_section(text) or said.key_said_in_section(text)
        out.append((line, seen))
        said.add(text, heading=part or sub)
        if sub:
            said.new_section((text,))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="读者标 D 的句子，记录能认出多少")
    parser.add_argument("rounds", type=Path, nargs="+")
    parser.add_argument("--show", action="store_true", help="列出每一句标 D 的话和是否认出")
    args = parser.parse_args(argv)
    for folder in args.rounds:
        d_all = d_seen = other = other_seen = 0
        for path in sorted((folder / "labels").glob("*.txt")):
            for line, seen in refused(labelled(path)):
                if "D" in line.classes:
                    d_all += 1
                    d_seen += seen
                    if args.show:
                        print(f"  {'+' if seen else '-'} {path.stem[:2]} {line.text}")
                else:
                    other += 1
                    other_seen += seen
        print(f"{folder.name}\tD {d_seen}/{d_all}\t其他句被拒 {other_seen}/{other}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
