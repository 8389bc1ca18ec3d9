"""Regenerates examples/ from profiles/: one .docx and one .txt per example profile.

Run after changing templates, phrases or the renderer:  python scripts/regen_examples.py
tests/test_examples.py fails while examples/ is out of date.
"""

from __future__ import annotations

from pathlib import Path

from speechdraft.pipeline import build_draft, write_checklist, write_draft

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    out = ROOT / "examples"
    out.mkdir(exist_ok=True)
    for stale in out.iterdir():
        stale.unlink()
    for profile in sorted((ROOT / "profiles").glob("*.yaml")):
        draft = build_draft(profile)
        for suffix in (".txt", ".docx"):
            write_draft(draft, out / (profile.stem + suffix), force=True)
        print(f"{profile.name}: {draft.chars} 字, 待补 {draft.placeholder_count} 处")
    # The paper workflow around one draft: the form to collect facts, then the copies.
    leader = build_draft(ROOT / "profiles" / "county-leader-2025.yaml")
    write_draft(leader, out / "county-leader-2025.审阅稿.docx", force=True, copy="review")
    write_draft(leader, out / "county-leader-2025.念稿版.docx", force=True, copy="reading")
    write_checklist(out / "材料清单-leader_speech.docx", kind="leader_speech", force=True)
    write_checklist(out / "材料清单-leader_speech.txt", kind="leader_speech", force=True)
    # The workbook departments fill in, for the example meeting (its name and year on top).
    write_checklist(
        out / "材料清单-county-leader-2025.xlsx",
        profile=ROOT / "profiles" / "county-leader-2025.yaml",
        force=True,
    )


if __name__ == "__main__":
    main()
