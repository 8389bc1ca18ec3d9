"""Regenerates examples/ from profiles/: one .docx and one .txt per example profile.

Run after changing templates, phrases or the renderer:  python scripts/regen_examples.py
tests/test_examples.py fails while examples/ is out of date.
"""

from __future__ import annotations

from pathlib import Path

from speechdraft.pipeline import build_draft, write_draft

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    out = ROOT / "examples"
    out.mkdir(exist_ok=True)
    for profile in sorted((ROOT / "profiles").glob("*.yaml")):
        draft = build_draft(profile)
        for suffix in (".txt", ".docx"):
            write_draft(draft, out / (profile.stem + suffix), force=True)
        print(f"{profile.name}: {draft.chars} 字, 待补 {draft.placeholder_count} 处")


if __name__ == "__main__":
    main()
