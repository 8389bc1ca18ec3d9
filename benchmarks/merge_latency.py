#!/usr/bin/env python
"""How long `speechdraft update` and `diff` take on the longest example draft (issue 16).

The district work report (about 5,800 characters) is rendered, edited the ways a clerk
edits (a sentence rewritten in every fifth paragraph, one paragraph deleted, one added),
the profile's meeting date and speaker changed, and `update` run N times in-process;
`diff` of the draft and its update likewise. Results go to stdout as Markdown.

    python benchmarks/merge_latency.py [N]
"""

from __future__ import annotations

import shutil
import statistics
import sys
import tempfile
import time
from functools import partial
from pathlib import Path

import docx
import yaml

from speechdraft.pipeline import build_draft, diff_drafts, update_draft, write_draft

REPO = Path(__file__).resolve().parents[1]
PROFILE = REPO / "profiles" / "district-report-2026.yaml"


def edited_copy(work: Path) -> tuple[Path, Path]:
    draft = work / "稿.docx"
    write_draft(build_draft(PROFILE), draft)
    document = docx.Document(str(draft))
    paragraphs = [p for p in document.paragraphs if len(p.text) > 40]
    for paragraph in paragraphs[::5]:
        paragraph.runs[0].text = "这一句由文秘改写。" + paragraph.runs[0].text
    paragraphs[3]._p.getparent().remove(paragraphs[3]._p)
    paragraphs[7].insert_paragraph_before("这是文秘新加的一段。")
    document.save(str(draft))
    data = yaml.safe_load(PROFILE.read_text(encoding="utf-8"))
    data["meeting"]["date"] = "2026-03-27"
    data["speaker"]["name"] = "王五"
    changed = work / "新会议信息.yaml"
    changed.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return draft, changed


def timed(action) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    work = Path(tempfile.mkdtemp(prefix="speechdraft-bench-merge-"))
    try:
        draft, changed = edited_copy(work)
        updates, diffs = [], []
        for i in range(runs):
            out = work / f"更新{i}.docx"
            updates.append(timed(partial(update_draft, draft, profile=changed, output=out)))
            diffs.append(timed(partial(diff_drafts, draft, out, work / f"对照{i}.docx")))
        chars = build_draft(PROFILE).chars
        print(f"Draft: {PROFILE.name}, {chars} characters; {runs} runs each.\n")
        print("| | median | worst |")
        print("|---|---|---|")
        for name, values in (("update (render + merge + write)", updates), ("diff", diffs)):
            print(
                f"| {name} | {statistics.median(values) * 1000:.0f} ms | {max(values) * 1000:.0f} ms |"
            )
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
