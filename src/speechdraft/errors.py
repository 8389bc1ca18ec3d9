"""Errors that carry a message a user can act on.

Every error a user may meet derives from :class:`SpeechdraftError`; the CLI catches
only this base and prints ``str(error)``. Messages are Chinese and say what to fix.
"""

from __future__ import annotations

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
