"""Renders the review set: one draft per profile in docs/review/profiles/, written as .txt
with one sentence per line, for a reader who has not seen the phrase bank to label.

    python scripts/review_set.py OUT_DIR [--force] [--profiles DIR]

Each file starts with a header block (the profile's name, kind, level, meeting date, the
counts of 待补 and 建议 marks); then the title and the speech, a heading or a sentence per
line. Sentences end at 。！？ (a ；-separated list stays one sentence, as a clerk reads it).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from speechdraft.document import Heading
from speechdraft.pipeline import Draft, build_draft

ROOT = Path(__file__).resolve().parents[1]
PROFILES = ROOT / "docs" / "review" / "profiles"
# a 【待核：是否…？】 mark is one piece: its ？ ends no sentence (round bc's 12 read it split)
_SENTENCE = re.compile(
    r"(?:【[^】]*】|[^。！？【])+[。！？]+[”’」』）]*|(?:【[^】]*】|[^。！？【])+$"
)


def sentences(text: str) -> list[str]:
    """A paragraph split after each 。！？ (closing quotes stay with their sentence)."""
    return [s.strip() for s in _SENTENCE.findall(text) if s.strip()]


def draft_lines(draft: Draft) -> list[str]:
    document = draft.document
    lines = [document.title, *(m.text for m in document.meta_lines)]
    for block in document.blocks:
        if isinstance(block, Heading):
            head = block.number + block.title
            body = "".join(r.text for r in block.body)
            lines.append(head)
            lines.extend(sentences(body))
        else:
            lines.extend(sentences(block.text))
    return lines


def header(path: Path, draft: Draft) -> list[str]:
    profile = draft.loaded.profile
    return [
        f"# 稿件：{path.stem}",
        f"# 类型：{profile.kind}  层级：{profile.region.level}  会议日期：{profile.meeting.date}",
        f"# 待补 {draft.placeholder_count} 处，建议 {len(draft.suggestions)} 处",
        "",
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="生成供审读的讲话稿（每句一行的 .txt）")
    parser.add_argument("out", type=Path, help="输出文件夹")
    parser.add_argument("--force", action="store_true", help="覆盖已有的同名文件")
    parser.add_argument(
        "--profiles", type=Path, default=PROFILES, help="会议信息文件所在的文件夹（默认审读集）"
    )
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    profiles = sorted(args.profiles.glob("*.yaml"))
    for path in profiles:
        target = args.out / f"{path.stem}.txt"
        if target.exists() and not args.force:
            print(f"{target} 已存在，未覆盖（要覆盖请加 --force）", file=sys.stderr)
            return 2
        draft = build_draft(path)
        text = "\n".join(header(path, draft) + draft_lines(draft)) + "\n"
        with target.open("w" if args.force else "x", encoding="utf-8") as handle:
            handle.write(text)
    print(f"已生成 {len(profiles)} 篇审读稿：{args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
