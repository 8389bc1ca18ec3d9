"""Errors that carry a message a user can act on.

Every error a user may meet derives from :class:`SpeechdraftError`; the CLI catches
only this base and prints ``str(error)``. Messages are Chinese and say what to fix.
"""

from __future__ import annotations

import errno
from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One located problem in an input file: ``profiles/x.yaml:12:3 speaker.title：不能为空``."""

    file: str
    line: int | None
    column: int | None
    path: str
    message: str

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        field = f" {self.path}" if self.path else ""
        return f"{where}{field}：{self.message}"


class SpeechdraftError(Exception):
    """Base of every error shown to a user; ``hint`` says what to do about it."""

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return self.message if not self.hint else f"{self.message}\n提示：{self.hint}"


class ProfileError(SpeechdraftError):
    """A profile that cannot be used; carries every problem found, not just the first."""

    def __init__(self, file: str, problems: list[Problem]) -> None:
        self.file = file
        self.problems = problems
        count = len(problems)
        lines = "\n".join(str(p) for p in problems)
        super().__init__(f"会议信息文件 {file} 有 {count} 处需要修改：\n{lines}")


class TemplateRenderError(SpeechdraftError):
    """A template or phrase-bank entry that cannot be rendered (a bug in a template)."""


class OutputError(SpeechdraftError):
    """The draft could not be written where the user asked."""


# errno → what it means for the file, in words a clerk can act on.
_OS_ERRORS = {
    errno.ENOSPC: "磁盘空间不足",
    errno.EDQUOT: "磁盘配额已用完",
    errno.EACCES: "没有权限",
    errno.EPERM: "没有权限",
    errno.EROFS: "磁盘或文件夹是只读的",
    errno.ENAMETOOLONG: "文件名或路径太长",
    errno.ENOENT: "文件或文件夹不存在",
    errno.ENOTDIR: "路径中有一段不是文件夹",
    errno.EISDIR: "这是一个文件夹",
    errno.EBUSY: "文件正被其他程序占用",
    errno.ETXTBSY: "文件正被其他程序占用",
    errno.EIO: "磁盘读写出错",
    errno.ELOOP: "路径中的快捷方式（符号链接）循环了",
}


def os_error_text(exc: OSError) -> str:
    """A Chinese reason for an OSError ('磁盘空间不足'), with the system's own words if unknown."""
    known = _OS_ERRORS.get(exc.errno or -1)
    if known:
        return known
    return exc.strerror or type(exc).__name__
