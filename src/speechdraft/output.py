"""Writing files without ever leaving half of one or overwriting a user's work."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from speechdraft.errors import OutputError


def write_atomically(path: Path, save: Callable[[str], object], *, force: bool = False) -> None:
    """Calls ``save(temp_path)`` in the target folder, then renames onto ``path``.

    An existing file is kept unless ``force``; on any failure the temp file is removed
    and the existing file is untouched.
    """
    check_writable(path, force=force)
    handle, temp_name = tempfile.mkstemp(
        prefix=".~speechdraft-", suffix=path.suffix, dir=path.parent
    )
    os.close(handle)
    try:
        save(temp_name)
        os.replace(temp_name, path)
    except OSError as exc:
        raise OutputError(_os_error_message(path, exc)) from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp_name)


def check_writable(path: Path, *, force: bool) -> None:
    if path.is_dir():
        raise OutputError(
            f"输出路径 {path} 是一个文件夹：请在后面加上文件名，如 {path / '讲话稿.docx'}"
        )
    if not path.parent.is_dir():
        raise OutputError(f"输出文件夹 {path.parent} 不存在：请先建立这个文件夹，或换一个输出位置")
    if path.exists() and not force:
        raise OutputError(
            f"{path} 已经存在，为避免覆盖已有的稿子，没有写入。",
            hint="换一个输出文件名（-o 新文件名.docx），或确认要覆盖时加上 --force",
        )
    if not os.access(path.parent, os.W_OK):
        raise OutputError(f"没有权限在文件夹 {path.parent} 中写入文件：请换一个输出位置")


def _os_error_message(path: Path, exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return f"磁盘空间不足，{path} 没有写入（原有文件未改动）：请清理磁盘后重试"
    if isinstance(exc, PermissionError):
        return f"无法写入 {path}：文件可能正在 Word 或 WPS 中打开，请关闭后重试"
    return f"无法写入 {path}（{exc.strerror or exc}）"
