"""Counts the sentences of drafts that restate an earlier sentence of the same draft.

    python scripts/restatements.py DIR [DIR …] [--seed N] [--show]
    python scripts/restatements.py --texts DIR [--show]

A DIR of profiles (*.yaml) is rendered with the given seed (default 1); with ``--texts`` the
DIR holds drafts already written one sentence a line (scripts/review_set.py), so drafts of an
older commit can be measured with today's ruler. A sentence restates the draft when it
brings back an idea restate.IDEAS says once, half its telling wording is in one earlier
sentence, or one earlier sentence carries enough of its rare content (restate.Rarity) (restate.Said, the record the renderer keeps). Headings count as sentences: a
heading that repeats an earlier heading's frame is a restatement too.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from pathlib import Path

from speechdraft.compose.restate import Said, heading_frames

_HEADING_MARKS = ("一、", "二、", "三、", "四、", "五、", "六、", "七、", "八、", "（")


def restating(lines: Iterable[str]) -> list[str]:
    """The lines (sentences and headings, in speaking order) that restate an earlier one."""
    said = Said()
    frames: set[str] = set()
    found: list[str] = []
    for line in lines:
        is_heading = line.startswith(_HEADING_MARKS)
        heading = heading_frames(line) if is_heading else frozenset()
        if said.repeats(line) or heading & frames:
            found.append(line)
        frames |= heading
        said.add(line, heading=is_heading)
    return found


def _body(lines: list[str]) -> list[str]:
    """A review text's speech: after the header block, title and meta lines left out."""
    start = next((i for i, line in enumerate(lines) if line.startswith("同志们")), 0)
    return [line for line in lines[start + 1 :] if line.strip()]


def _rendered(path: Path, seed: int) -> list[str]:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from review_set import draft_lines

    from speechdraft.pipeline import build_draft

    return draft_lines(build_draft(path, seed=seed))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="统计讲话稿中重复前文的句子")
    parser.add_argument(
        "dirs", type=Path, nargs="+", help="会议信息文件夹（或 --texts 时的稿件夹）"
    )
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--texts", action="store_true", help="文件夹里是每句一行的 .txt 稿件")
    parser.add_argument("--show", action="store_true", help="列出每一句重复的话")
    parser.add_argument("--write", type=Path, help="把生成的稿件（每句一行）写到这个文件夹")
    args = parser.parse_args(argv)
    total = repeated = 0
    for folder in args.dirs:
        pattern = "*.txt" if args.texts else "*.yaml"
        for path in sorted(folder.glob(pattern)):
            if args.texts:
                lines = path.read_text(encoding="utf-8").splitlines()
            else:
                lines = _rendered(path, args.seed)
                if args.write is not None:
                    args.write.mkdir(parents=True, exist_ok=True)
                    with (args.write / f"{path.stem}.txt").open("x", encoding="utf-8") as out:
                        out.write("\n".join(lines) + "\n")
            body = _body(lines)
            found = restating(body)
            total += len(body)
            repeated += len(found)
            print(f"{path.stem}\t{len(body)}\t{len(found)}")
            if args.show:
                for line in found:
                    print(f"    {line}")
    share = repeated / total if total else 0.0
    print(f"合计\t{total} 句\t重复前文 {repeated} 句（{share:.1%}）")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
