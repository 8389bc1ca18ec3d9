"""Checks of option values that need no typer (the quick render path uses them too)."""

from __future__ import annotations

from collections.abc import Sequence


def require_one_of(option: str, value: str, allowed: Sequence[str]) -> None:
    """A Chinese message (exit 2) when an option's value is not one of ``allowed``."""
    from speechdraft.errors import SpeechdraftError

    if value not in allowed:
        listing = "、".join(allowed[:-1]) + f" 或 {allowed[-1]}"
        raise SpeechdraftError(f"{option} 只能是 {listing}，收到的是“{value}”。")


def copy_key(value: str) -> str:
    """draft/review/reading, or the copy's Chinese name (审阅稿, 念稿版 …)."""
    from speechdraft.errors import SpeechdraftError
    from speechdraft.writers.layout import COPIES, COPY_NAMES

    for key, spec in COPIES.items():
        if value.strip() in (key, spec.label, spec.label.split("（")[0], *COPY_NAMES[key]):
            return key
    keys = list(COPIES)
    names = "、".join(spec.label.split("（")[0] for spec in COPIES.values())
    raise SpeechdraftError(
        f"--copy 只能是 {'、'.join(keys[:-1])} 或 {keys[-1]}（也可写中文：{names}），"
        f"收到的是“{value}”。"
    )
