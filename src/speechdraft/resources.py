"""Finds the built-in templates, in a wheel and in an editable install alike."""

from __future__ import annotations

import functools
from pathlib import Path


@functools.cache  # asked several times a draft; where the package lies does not change
def builtin_templates_dir() -> Path:
    """The folder of built-in templates and phrase data.

    A wheel carries the repository's top-level ``templates/`` inside the package
    (hatch force-include); an editable install does not, so fall back to the
    repository folder beside ``src/``.
    """
    packaged = Path(__file__).resolve().parent / "templates"
    if packaged.is_dir():
        return packaged
    repository = Path(__file__).resolve().parents[2] / "templates"
    if repository.is_dir():
        return repository
    raise FileNotFoundError("speechdraft 的内置模板目录缺失，请重新安装 speechdraft。")
