"""Which of the layout's fonts this machine has, and what would stand in for the rest."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass

from speechdraft.writers.layout import FONT_PRESETS

ROLES = {
    "title": "标题",
    "kai": "署名日期、二级标题",
    "body": "正文、三级标题",
    "hei": "一级标题",
    "page_number": "页码",
}


@dataclass(frozen=True)
class FontStatus:
    preset: str
    role: str
    name: str
    installed: bool | None  # None: this machine can't tell (no fontconfig)
    substitute: str | None


def font_report() -> list[FontStatus]:
    has_fontconfig = shutil.which("fc-list") is not None and shutil.which("fc-match") is not None
    rows = []
    for preset_name, preset in FONT_PRESETS.items():
        for role, label in ROLES.items():
            name = getattr(preset, role)
            if not has_fontconfig:
                rows.append(FontStatus(preset_name, label, name, None, None))
                continue
            installed = bool(_run(["fc-list", f":family={name}", "family"]).strip())
            substitute = (
                None
                if installed
                else _run(["fc-match", "-f", "%{family}", f"{name}:lang=zh-cn"]).strip() or None
            )
            rows.append(FontStatus(preset_name, label, name, installed, substitute))
    return rows


def _run(command: list[str]) -> str:
    try:
        return subprocess.run(
            command, capture_output=True, text=True, timeout=20, check=False
        ).stdout
    except (OSError, subprocess.TimeoutExpired):
        return ""
