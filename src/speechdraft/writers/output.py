"""Writing files without ever leaving half of one or overwriting a user's work."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path

from speechdraft.errors import OutputError, os_error_text

TEMP_PREFIX = ".~speechdraft-"


def _process_umask() -> int:
    """The umask, read once at import (setting it is process-wide, so never later from
    a worker thread): a new draft gets the permissions any new file would get."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


_UMASK = _process_umask()


def write_atomically(path: Path, save: Callable[[str], object], *, force: bool = False) -> None:
    """Calls ``save(temp_path)`` in the target folder, then renames onto ``path``.

    An existing file is kept unless ``force``; on any failure (disk full, file open in
    Word, folder read-only, Ctrl-C) the temp file is removed and the existing file is
    untouched: the rename is the only step that changes ``path``, and it is atomic.
    """
    check_writable(path, force=force)
    try:
        handle, temp_name = tempfile.mkstemp(
            prefix=TEMP_PREFIX, suffix=path.suffix, dir=path.parent
        )
    except OSError as exc:  # a read-only or full folder that os.access did not report
        raise OutputError(_os_error_message(path, exc)) from exc
    os.close(handle)
    try:
        save(temp_name)
        # mkstemp makes the file private (0600); give the draft the permissions of the
        # file it replaces, or those of any new file, so colleagues can still open it.
        os.chmod(temp_name, _mode_for(path))
        os.replace(temp_name, path)
    except OSError as exc:
        raise OutputError(_os_error_message(path, exc)) from exc
    finally:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)


def write_text_file(path: Path, text: str, *, force: bool = False) -> None:
    """A UTF-8 text file (a .txt draft, a profile, the schema), written as safely as a .docx."""
    write_atomically(path, lambda temp: Path(temp).write_text(text, encoding="utf-8"), force=force)


def _mode_for(path: Path) -> int:
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        return 0o666 & ~_UMASK


def check_writable(path: Path, *, force: bool) -> None:
    try:
        _check_writable(path, force=force)
    except OutputError:
        raise
    except OSError as exc:  # e.g. no permission to look into the folder at all
        raise OutputError(_os_error_message(path, exc)) from exc


def _check_writable(path: Path, *, force: bool) -> None:
    if path.is_dir():
        raise OutputError(
            f"输出路径 {path} 是一个文件夹：请在后面加上文件名，如 {path / '讲话稿.docx'}"
        )
    if path.parent.exists() and not path.parent.is_dir():
        raise OutputError(f"{path.parent} 是一个文件，不是文件夹：请换一个输出位置")
    if not path.parent.is_dir():
        raise OutputError(f"输出文件夹 {path.parent} 不存在：请先建立这个文件夹，或换一个输出位置")
    if path.exists() and not force:
        raise OutputError(
            f"{path} 已经存在，为避免覆盖已有的稿子，没有写入。",
            hint="换一个输出文件名（-o 新文件名.docx），或确认要覆盖时加上 --force",
        )
    if path.exists() and not path.is_file():
        raise OutputError(f"{path} 不是普通文件，不能用稿子覆盖它：请换一个输出文件名")
    if not os.access(path.parent, os.W_OK):
        raise OutputError(f"没有权限在文件夹 {path.parent} 中写入文件：请换一个输出位置")


def _os_error_message(path: Path, exc: OSError) -> str:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return f"磁盘空间不足，{path} 没有写入（原有文件未改动）：请清理磁盘后重试"
    if isinstance(exc, PermissionError):
        if path.exists():
            return (
                f"无法写入 {path}：文件可能正在 Word 或 WPS 中打开，请关闭后重试（原有文件未改动）"
            )
        return f"没有权限在文件夹 {path.parent} 中写入文件：请换一个输出位置"
    if exc.errno == errno.EROFS:
        return f"无法写入 {path}：磁盘或文件夹是只读的，请换一个输出位置"
    return f"无法写入 {path}（{os_error_text(exc)}），原有文件未改动"
