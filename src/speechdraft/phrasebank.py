"""The phrase bank: per-area prose variants and the facts each area can use.

Loaded from ``templates/phrases/{areas,safeguards}/*.yaml``. Each area declares its
facts with Chinese labels and units, so a missing fact becomes a labelled placeholder.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from speechdraft.errors import TemplateRenderError
from speechdraft.messages import did_you_mean


@dataclass(frozen=True)
class FactSpec:
    key: str
    label: str
    unit: str
    source: str
    required: bool


@dataclass(frozen=True)
class Area:
    key: str
    label: str
    aliases: tuple[str, ...]
    facts: tuple[FactSpec, ...]
    titles: tuple[str, ...]
    bodies: tuple[str, ...]
    support: tuple[str, ...]
    review_leads: tuple[str, ...]
    details: tuple[str, ...] = ()

    def fact(self, name: str) -> FactSpec | None:
        """The fact a user means by ``name``: its key or its Chinese label."""
        return next((f for f in self.facts if name in (f.key, f.label)), None)

    def names(self) -> tuple[str, ...]:
        return (self.key, self.label, *self.aliases)


@dataclass(frozen=True)
class Policy:
    """A reference to higher-level guidance and the meeting years it applies to."""

    text: str
    first_year: int
    last_year: int


@dataclass(frozen=True)
class PhraseBank:
    areas: dict[str, Area]
    safeguards: dict[str, Area]
    policies: tuple[Policy, ...] = ()

    def policies_for(self, year: int) -> tuple[str, ...]:
        return tuple(p.text for p in self.policies if p.first_year <= year <= p.last_year)

    def find_area(self, name: str) -> Area | None:
        return _find(self.areas, name)

    def find_safeguard(self, name: str) -> Area | None:
        return _find(self.safeguards, name)

    def closest_area_name(self, name: str) -> str | None:
        """For a misspelt area (校园安金): the closest of every area's names (校园安全),
        aliases included, since a clerk types the short names, not the long labels."""
        names = [alias for area in self.areas.values() for alias in area.names()[1:]]
        return did_you_mean(name.strip(), names)


def _find(catalog: dict[str, Area], name: str) -> Area | None:
    """Exact key/label/alias first, then the longest name contained in what the user wrote."""
    wanted = name.strip()
    for area in catalog.values():
        if wanted in area.names():
            return area
    best: tuple[int, Area] | None = None
    for area in catalog.values():
        for alias in area.names():
            if len(alias) >= 2 and (alias in wanted or wanted in alias):
                score = len(alias)
                if best is None or score > best[0]:
                    best = (score, area)
    return best[1] if best else None


# The bank is our own data: the C parser (ten times faster) when PyYAML has it, safe either way.
_TRUSTED_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@cache
def load_phrasebank(templates_dir: Path) -> PhraseBank:
    phrases = templates_dir / "phrases"
    return PhraseBank(
        areas=_load_folder(phrases / "areas"),
        safeguards=_load_folder(phrases / "safeguards"),
        policies=_load_policies(phrases / "policies.yaml"),
    )


def _load_policies(path: Path) -> tuple[Policy, ...]:
    if not path.is_file():
        return ()
    try:
        entries = yaml.load(path.read_text(encoding="utf-8"), Loader=_TRUSTED_LOADER) or []
        return tuple(Policy(str(e["text"]), int(e["from"]), int(e["to"])) for e in entries)
    except (yaml.YAMLError, KeyError, TypeError, ValueError) as exc:
        raise TemplateRenderError(f"上级精神资料 {path} 格式有误：{exc}") from exc


def _load_folder(folder: Path) -> dict[str, Area]:
    areas: dict[str, Area] = {}
    for path in sorted(folder.glob("*.yaml")):
        try:
            data = yaml.load(path.read_text(encoding="utf-8"), Loader=_TRUSTED_LOADER)
            area = _area_from_data(data)
        except (yaml.YAMLError, KeyError, TypeError, ValueError) as exc:
            raise TemplateRenderError(f"措辞库文件 {path} 格式有误：{exc}") from exc
        areas[area.key] = area
    return areas


def _area_from_data(data: dict[str, Any]) -> Area:
    facts = tuple(
        FactSpec(
            key=str(f["key"]),
            label=str(f["label"]),
            unit=str(f.get("unit") or ""),
            source=str(f.get("source") or ""),
            required=bool(f.get("required", False)),
        )
        for f in data.get("facts") or ()
    )
    return Area(
        key=str(data["key"]),
        label=str(data["label"]),
        aliases=tuple(str(a) for a in data.get("aliases") or ()),
        facts=facts,
        titles=tuple(data["titles"]),
        bodies=tuple(data["bodies"]),
        support=tuple(data.get("support") or ()),
        review_leads=tuple(data.get("review_leads") or ()),
        details=tuple(data.get("details") or ()),
    )
