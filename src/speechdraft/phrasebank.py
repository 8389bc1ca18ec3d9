"""The phrase bank: per-area prose variants and the facts each area can use.

Loaded from ``templates/phrases/{areas,safeguards}/*.yaml``. Each area declares its
facts with Chinese labels and units, so a missing fact becomes a labelled placeholder.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Annotated

import jinja2
import pydantic
import yaml

from speechdraft.datafile import DataFileError, located, read_yaml, validate
from speechdraft.errors import TemplateRenderError
from speechdraft.messages import did_you_mean
from speechdraft.norms import load_rules


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
def load_phrasebank(templates_dir: Path, user_dir: Path | None = None) -> PhraseBank:
    """The built-in bank, with a user's ``phrases/`` (from ``--templates``) on top: a file
    whose ``key`` matches a built-in area replaces it, a new key adds an area."""
    phrases = templates_dir / "phrases"
    areas = _load_folder(phrases / "areas")
    safeguards = _load_folder(phrases / "safeguards")
    if user_dir is not None and (user_dir / "phrases").is_dir():
        areas |= _load_folder(user_dir / "phrases" / "areas")
        safeguards |= _load_folder(user_dir / "phrases" / "safeguards")
    return PhraseBank(
        areas=areas,
        safeguards=safeguards,
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
    if not folder.is_dir():
        return areas
    for path in sorted(folder.glob("*.yaml")):
        area = _area_from_data(_validated(path))
        areas[area.key] = area
    return areas


_Text = Annotated[str, pydantic.StringConstraints(min_length=1)]


class _FactEntry(pydantic.BaseModel):
    model_config = pydantic.ConfigDict(extra="forbid")
    key: _Text
    label: _Text
    unit: str = ""
    source: str = ""
    required: bool = False


class _AreaFile(pydantic.BaseModel):
    """One phrase file (措辞库文件): an area or safeguard, its facts and its prose."""

    model_config = pydantic.ConfigDict(extra="forbid")
    key: _Text
    label: _Text
    aliases: list[_Text] = []
    facts: list[_FactEntry] = []
    titles: list[_Text] = pydantic.Field(min_length=1)
    bodies: list[_Text] = pydantic.Field(min_length=1)
    support: list[_Text] = []
    review_leads: list[_Text] = []
    details: list[_Text] = []


_TEXT_SECTIONS = ("titles", "bodies", "support", "review_leads", "details")
_FACT_REF = re.compile(r"fact\(\s*[\"']([^\"']+)[\"']\s*\)")
_NORM_REF = re.compile(r"norm\(\s*[\"']([^\"']+)[\"']")
_WHAT = "措辞库文件"


def _validated(path: Path) -> _AreaFile:
    """The file as a model; every problem (format, a fact("…") or norm("…") that names
    nothing, a Jinja mistake) located as file:line:column with the entry it is in."""
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_TRUSTED_LOADER)
        model = _AreaFile.model_validate(data)
    except (yaml.YAMLError, UnicodeDecodeError, pydantic.ValidationError):
        data, node = read_yaml(path, _WHAT)  # again, with the node tree, to locate
        return validate(_AreaFile, data, path, node, _WHAT)
    problems = _reference_problems(model)
    if problems:
        _, node = read_yaml(path, _WHAT)
        raise DataFileError(_WHAT, [located(path, node, loc, msg) for loc, msg in problems])
    return model


def _reference_problems(model: _AreaFile) -> list[tuple[tuple[str | int, ...], str]]:
    declared = {f.key for f in model.facts} | {f.label for f in model.facts}
    rules = {r.id for r in load_rules()}
    problems: list[tuple[tuple[str | int, ...], str]] = []
    for section in _TEXT_SECTIONS:
        for index, text in enumerate(getattr(model, section)):
            for name in _FACT_REF.findall(text):
                if name not in declared:
                    known = "、".join(sorted(f.key for f in model.facts)) or "（无）"
                    problems.append(
                        (
                            (section, index),
                            f'引用了未声明的数据项 fact("{name}")：请在 facts 中声明，或改为已声明的 {known}',
                        )
                    )
            for rule in _NORM_REF.findall(text):
                if rule not in rules:
                    problems.append(
                        ((section, index), f'引用了 norms/rules.yaml 中没有的规定 norm("{rule}")')
                    )
            if (syntax := _jinja_problem(text)) is not None:
                problems.append(((section, index), syntax))
    return problems


def _jinja_problem(text: str) -> str | None:
    if "{" not in text:
        return None
    try:
        _JINJA.parse(text)
    except jinja2.TemplateSyntaxError as exc:
        return f"模板写法有误（{exc.message}）：请检查 {{{{ }}}} 是否成对、引号是否配对"
    return None


_JINJA = jinja2.Environment()


def _area_from_data(data: _AreaFile) -> Area:
    facts = tuple(FactSpec(f.key, f.label, f.unit, f.source, f.required) for f in data.facts)
    return Area(
        key=data.key,
        label=data.label,
        aliases=tuple(data.aliases),
        facts=facts,
        titles=tuple(data.titles),
        bodies=tuple(data.bodies),
        support=tuple(data.support),
        review_leads=tuple(data.review_leads),
        details=tuple(data.details),
    )
