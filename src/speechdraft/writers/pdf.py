"""PDF through LibreOffice, when it is installed: what the clerk will print, as a file."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from speechdraft.errors import OutputError
from speechdraft.writers.output import check_writable, write_atomically

CONVERT_TIMEOUT_SECONDS = 180


def find_soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert_to_pdf(docx_path: Path, *, force: bool = False) -> Path:
    """Writes DOCX's PDF beside it; a clear Chinese error if LibreOffice is missing."""
    soffice = find_soffice()
    if soffice is None:
        raise OutputError(
            "没有找到 LibreOffice（soffice 命令），无法生成 PDF；.docx 已正常生成。",
            hint="安装 LibreOffice 后重试，或在 Word/WPS 中打开 .docx 后“另存为 PDF”",
        )
    target = docx_path.with_suffix(".pdf")
    check_writable(target, force=force)
    with tempfile.TemporaryDirectory(prefix="speechdraft-pdf-") as work:
        # A private LibreOffice profile: a running office or another conversion can't block us.
        profile = Path(work, "profile").as_uri()
        command = [
            soffice,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            work,
            # absolute, so a name starting with "-" can never be read as an option
            str(docx_path.resolve()),
        ]
        try:
            subprocess.run(
                command, capture_output=True, timeout=CONVERT_TIMEOUT_SECONDS, check=False
            )
        except subprocess.TimeoutExpired as exc:
            raise OutputError(
                f"LibreOffice 转换 {docx_path.name} 超时（{CONVERT_TIMEOUT_SECONDS} 秒）"
            ) from exc
        produced = Path(work, docx_path.with_suffix(".pdf").name)
        if not produced.is_file():
            raise OutputError(
                f"LibreOffice 未能把 {docx_path.name} 转换为 PDF：请用 Word/WPS 另存为 PDF"
            )
        # copied into the target folder and published there: a move from /tmp to
        # another filesystem is a copy that a crash can leave half done
        write_atomically(target, lambda temp: shutil.copyfile(produced, temp), force=force)
    return target
