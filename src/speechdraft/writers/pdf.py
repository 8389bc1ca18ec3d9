"""PDF through LibreOffice, when it is installed: what the clerk will print, as a file."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path

from speechdraft.errors import OutputError
from speechdraft.writers.output import check_writable, write_atomically

CONVERT_TIMEOUT_SECONDS = 180
NO_OFFICE = "没有找到 LibreOffice（soffice 命令），无法生成 PDF"
NO_OFFICE_HINT = (
    "安装 LibreOffice 后重试，或输出 .docx（-o 讲话稿.docx）后在 Word/WPS 中“另存为 PDF”"
)


def find_soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert_to_pdf(docx_path: Path, *, force: bool = False) -> Path:
    """Writes DOCX's PDF beside it; a clear Chinese error if LibreOffice is missing."""
    target = docx_path.with_suffix(".pdf")
    soffice = _require_soffice(f"{NO_OFFICE}；.docx 已正常生成。")
    check_writable(target, force=force)
    _convert(soffice, docx_path, target, force=force)
    return target


def write_pdf(path: Path, save_docx: Callable[[Path], None], *, force: bool = False) -> None:
    """A .pdf target: the .docx is laid out in a private folder, converted, and only the
    PDF is published at ``path`` (refused before any work when it cannot be written)."""
    check_writable(path, force=force)
    soffice = _require_soffice(f"{NO_OFFICE}，{path} 没有写入。")
    with tempfile.TemporaryDirectory(prefix="speechdraft-docx-") as work:
        docx_path = Path(work, path.with_suffix(".docx").name)
        save_docx(docx_path)
        _convert(soffice, docx_path, path, force=force)


def _require_soffice(message: str) -> str:
    soffice = find_soffice()
    if soffice is None:
        raise OutputError(message, hint=NO_OFFICE_HINT)
    return soffice


def _convert(soffice: str, docx_path: Path, target: Path, *, force: bool) -> None:
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
                f"LibreOffice 转换 {docx_path.name} 超时（{CONVERT_TIMEOUT_SECONDS} 秒），"
                f"{target} 没有写入"
            ) from exc
        produced = Path(work, docx_path.with_suffix(".pdf").name)
        if not produced.is_file():
            raise OutputError(
                f"LibreOffice 未能把 {docx_path.name} 转换为 PDF，{target} 没有写入："
                "请输出 .docx 后用 Word/WPS 另存为 PDF"
            )
        # copied into the target folder and published there: a move from /tmp to
        # another filesystem is a copy that a crash can leave half done
        write_atomically(target, lambda temp: shutil.copyfile(produced, temp), force=force)
