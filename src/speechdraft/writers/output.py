"""Writing files without ever leaving half of one or overwriting a user's work."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from speechdraft.errors import OutputError, os_error_text

TEMP_PREFIX = ".~speechdraft-"
# A temp file older than this was left by a run that was killed (SIGKILL, power cut):
# no draft takes that long to save, so a younger one may belong to a run in progress.
STALE_TEMP_SECONDS = 15 * 60
# Filesystems without hard links (FAT on a USB stick, some network shares) answer these;
# Windows reports FAT's ERROR_INVALID_FUNCTION as EINVAL.
_NO_HARD_LINKS = {
    errno.EPERM,
    errno.EOPNOTSUPP,
    errno.ENOTSUP,
    errno.EXDEV,
    errno.EMLINK,
    errno.ENOSYS,
    errno.EINVAL,
}


def _process_umask() -> int:
    """The umask, read once at import (setting it is process-wide, so never later from
    a worker thread): a new draft gets the permissions any new file would get."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


_UMASK = _process_umask()
_swept: set[Path] = set()


def write_atomically(path: Path, save: Callable[[str], object], *, force: bool = False) -> None:
    """Calls ``save(temp_path)`` in the target folder, then publishes it as ``path``.

    Without ``force`` the publishing step itself refuses an existing file (a hard link,
    or an exclusive create, fails when the name is taken), so two writers started at
    once cannot both succeed: checking first and renaming later would let both pass the
    check. On any failure (disk full, file open in Word, folder read-only, Ctrl-C,
    SIGTERM turned into an exception) the temp file is removed in ``finally`` and the
    existing file is untouched.
    """
    check_writable(path, force=force)
    sweep_stale_temp_files(path.parent)
    # The name is chosen before the file exists, so ``finally`` knows what to remove
    # even when an interrupt (Ctrl-C, SIGTERM) lands the moment the file is created.
    temp_name = _temp_name(path)
    try:
        _create_exclusively(temp_name)
        save(temp_name)
        # mkstemp makes the file private (0600); give the draft the permissions of the
        # file it replaces, or those of any new file, so colleagues can still open it.
        os.chmod(temp_name, _mode_for(path))
        if force:
            os.replace(temp_name, path)
        else:
            _publish_exclusively(temp_name, path)
    except FileExistsError as exc:
        raise OutputError(
            f"{path} 刚刚被另一个程序（或同时运行的另一次生成）写入，为避免覆盖，没有写入。",
            hint="换一个输出文件名（-o 新文件名.docx），或确认要覆盖时加上 --force",
        ) from exc
    except OSError as exc:
        raise OutputError(_os_error_message(path, exc)) from exc
    finally:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)


def _temp_name(path: Path) -> str:
    # secrets.token_hex(8) is os.urandom(8).hex(); ``secrets`` loads hmac and base64
    return os.path.join(path.parent, f"{TEMP_PREFIX}{os.urandom(8).hex()}{path.suffix}")


def _create_exclusively(name: str) -> None:
    """Creates the temp file, private (0600) like mkstemp's, failing if it exists."""
    os.close(os.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


def _publish_exclusively(temp_name: str, path: Path) -> None:
    """Gives the finished temp file the name ``path`` only if nothing holds that name."""
    try:
        os.link(temp_name, path)  # raises FileExistsError if the name is taken
        return
    except FileExistsError:
        raise
    except OSError as exc:
        if exc.errno not in _NO_HARD_LINKS:
            raise
    # No hard links here: claim the name with an exclusive create, then move the
    # finished file over our own empty claim (a reader may briefly see an empty file).
    claim = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(claim)
    try:
        os.replace(temp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(path)
        raise


def sweep_stale_temp_files(folder: Path) -> list[Path]:
    """Removes temp files that a killed run left in ``folder`` (once per folder and run)."""
    if folder in _swept:
        return []
    _swept.add(folder)
    removed: list[Path] = []
    now = time.time()
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            if not entry.name.startswith(TEMP_PREFIX):
                continue
            with contextlib.suppress(OSError):
                info = entry.stat(follow_symlinks=False)
                if stat.S_ISREG(info.st_mode) and now - info.st_mtime > STALE_TEMP_SECONDS:
                    os.unlink(entry.path)
                    removed.append(Path(entry.path))
    return removed


def refuse_output_among_inputs(output: Path, inputs: Iterable[Path]) -> None:
    """An output that is one of the inputs would destroy what the clerk wrote: refused
    even with --force (the same file under another name or through a link included)."""
    for source in inputs:
        if _same_file(output, source):
            raise OutputError(
                f"输出文件 {output} 就是输入文件 {source}：写入会毁掉原文件，没有写入。",
                hint="用 -o 指定另一个输出文件名",
            )


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:  # one of them does not exist (yet)
        return os.path.abspath(a) == os.path.abspath(b)


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
