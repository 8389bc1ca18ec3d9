"""The corrected copy that ``check --fix`` writes beside a draft: half-width punctuation
made full-width, the original never touched. Saving goes through a ``save(temp_path)``
callable so the caller (the pipeline, through writers/output) decides how the file is
published; this module only knows what the copy contains."""

from __future__ import annotations

from pathlib import Path

from speechdraft.lint.checks import fix_punctuation

FIXED_MARK = "已改标点"


def fixed_copy_path(path: Path) -> Path:
    """旧稿.docx → 旧稿.已改标点.docx, in the same folder."""
    return path.with_name(f"{path.stem}.{FIXED_MARK}{path.suffix}")


def save_fixed_copy(source: Path, temp_path: str) -> None:
    """Writes the corrected copy of ``source`` to ``temp_path``."""
    if source.suffix.lower() == ".docx":
        from docx import Document as open_docx

        document = open_docx(str(source))
        for paragraph in document.paragraphs:
            for run in paragraph.runs:
                run.text = fix_punctuation(run.text)
        document.save(temp_path)
    else:
        text = source.read_bytes().decode("utf-8-sig", errors="replace")
        Path(temp_path).write_text(fix_punctuation(text), encoding="utf-8")
