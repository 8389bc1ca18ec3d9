"""Reading and checking the phrase files (``templates/phrases``) into a :class:`PhraseBank`.

Only when the kept bank is stale (datacache.py): a render that finds it kept never imports
this module, so neither pydantic nor the files' models are loaded on a render's path.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Literal, TypeVar

import jinja2
import pydantic
import yaml

from speechdraft.datafile import (
    DataFileError,
    data_and_node,
    located,
    read_yaml,
    repeated_keys,
    validate,
)
from speechdraft.errors import TemplateRenderError
from speechdraft.genre import KIND_KEYS, LEVEL_KEYS
from speechdraft.norms import load_rules
from speechdraft.phrasebank import (
    _FACT_REF,
    ANY,
    SLOTS,
    Area,
    FactSpec,
    Family,
    PhraseBank,
    Policy,
    Tags,
    Unit,
)
from speechdraft.situation import SITUATION_KEYS
from speechdraft.voice import ROLES as ROLE_KEYS

# The bank is our own data: the C parser (ten times faster) when PyYAML has it, safe either way.
_TRUSTED_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_phrasebank(templates_dir: Path, user_dir: Path | None) -> PhraseBank:
    phrases = templates_dir / "phrases"
    areas = _load_folder(phrases / "areas")
    safeguards = _load_folder(phrases / "safeguards")
    frames = _load_frames(phrases / "frames")
    if user_dir is not None and (user_dir / "phrases").is_dir():
        areas |= _load_folder(user_dir / "phrases" / "areas")
        safeguards |= _load_folder(user_dir / "phrases" / "safeguards")
        frames |= _load_frames(user_dir / "phrases" / "frames")
    return PhraseBank(
        areas=areas,
        safeguards=safeguards,
        policies=_load_policies(phrases / "policies.yaml"),
        frames=frames,
    )


def _load_policies(path: Path) -> tuple[Policy, ...]:
    if not path.is_file():
        return ()
    try:
        entries = yaml.load(path.read_text(encoding="utf-8"), Loader=_TRUSTED_LOADER) or []
        return tuple(_policy(e) for e in entries)
    except (yaml.YAMLError, KeyError, TypeError, ValueError) as exc:
        raise TemplateRenderError(f"上级精神资料 {path} 格式有误：{exc}") from exc


def _policy(entry: dict[str, object]) -> Policy:
    """One entry of policies.yaml: ``from``/``to`` a year (2019) or a day (2024-09-10)."""
    first, last = entry["from"], entry["to"]
    first_day = first if isinstance(first, datetime.date) else None
    last_day = last if isinstance(last, datetime.date) else None
    return Policy(
        str(entry["text"]),
        first_day.year if first_day else int(str(first)),
        last_day.year if last_day else int(str(last)),
        first_day,
        last_day,
        lead=bool(entry.get("lead", False)),
        source=str(entry.get("source", "")),
    )


def _load_folder(folder: Path) -> dict[str, Area]:
    areas: dict[str, Area] = {}
    if not folder.is_dir():
        return areas
    for path in sorted(folder.glob("*.yaml")):
        area = _area_from_data(_validated(path))
        areas[area.key] = area
    return areas


_Text = Annotated[str, pydantic.StringConstraints(min_length=1)]


# The bank's file schemas check the files only when the kept bank is stale: a render that
# finds it kept never builds them (defer_build), a cold render's few milliseconds.
_FILE_CONFIG = pydantic.ConfigDict(extra="forbid", defer_build=True)


class _FactEntry(pydantic.BaseModel):
    model_config = _FILE_CONFIG
    key: _Text
    label: _Text
    unit: str = ""
    source: str = ""
    required: bool = False
    aliases: list[_Text] = []
    families: list[_Text] = []
    not_required_at: list[_Level] = []
    new_works: bool = False


_Kind = Literal[KIND_KEYS]  # type: ignore[valid-type]
_Level = Literal[LEVEL_KEYS]  # type: ignore[valid-type]
_Role = Literal[ROLE_KEYS]  # type: ignore[valid-type]
_Slot = Literal[SLOTS]  # type: ignore[valid-type]
_Situation = Literal[SITUATION_KEYS]  # type: ignore[valid-type]
_Month = Annotated[int, pydantic.Field(ge=1, le=12)]


# A unit's **scope**: whose business its words are, which decides who may say them (round
# am's L: a 市长 setting 各学校要固定心理辅导室的开放时间, a 苏木达 ordering 各学科教研组, a
# 副州长 ordering 各村). ``scope: school`` is a school's own arrangement (its rooms' hours,
# its 教研组's plans): said by the education bureau's or the school's head, below the
# province; ``scope: village`` is the villages' (各村、各嘎查): said at a town's meeting
# only. A unit's own roles and levels, if written, narrow these further.
SCOPES: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "school": (
        frozenset({"bureau_chief", "school_head"}),
        frozenset(LEVEL_KEYS) - {"province", "autonomous_region"},
    ),
    "village": (frozenset(), frozenset({"town"})),
}
_Scope = Literal["school", "village"]


def scoped(
    scope: str | None, roles: frozenset[str], levels: frozenset[str]
) -> tuple[frozenset[str], frozenset[str]]:
    """A unit's roles and levels under its scope (``SCOPES``): the scope's, narrowed by the
    unit's own where it writes them."""
    if scope is None:
        return roles, levels
    scope_roles, scope_levels = SCOPES[scope]
    if scope_roles:
        roles = roles & scope_roles if roles else scope_roles
    if scope_levels:
        levels = levels & scope_levels if levels else scope_levels
    return roles, levels


class _Years(pydantic.BaseModel):
    model_config = pydantic.ConfigDict(extra="forbid", populate_by_name=True, defer_build=True)
    first: int = pydantic.Field(0, alias="from", ge=0, le=9999)
    last: int = pydantic.Field(9999, alias="to", ge=0, le=9999)


def _as_list(value: object) -> object:
    return [value] if isinstance(value, str) else value


def _as_unit(value: object) -> object:
    return {"text": value} if isinstance(value, str) else value


class _UnitEntry(pydantic.BaseModel):
    """A unit written out with its tags; a bare string is a unit any speaker may say."""

    model_config = _FILE_CONFIG
    text: Annotated[list[_Text], pydantic.BeforeValidator(_as_list), pydantic.Field(min_length=1)]
    slot: _Slot = "measure"
    kinds: list[_Kind] = []
    roles: list[_Role] = []
    levels: list[_Level] = []
    years: _Years | None = None
    mentions: list[_Text] = []
    needs: list[_Situation] = []
    unless: list[_Situation] = []
    months: list[_Month] = []
    scope: _Scope | None = None


# A bare string is a unit with no tags: read as one model, so that a mistake gets one
# message about what was written, not one per way it could have been written.
_Entry = Annotated[_UnitEntry, pydantic.BeforeValidator(_as_unit)]


class _FamilyEntry(pydantic.BaseModel):
    """One sub-topic of an area (一个小主题): its headings and its units."""

    model_config = _FILE_CONFIG
    key: _Text
    topic: str = ""
    aliases: list[_Text] = []
    when_named: bool = False
    # a safeguard's sub-topic on one key task's matter (学校党建, 关心教师, 为校减负): as a
    # safeguard the profile did not list, said only where the meeting asks for it — a key
    # task of one of these areas, or the meeting's words naming one of its own aliases
    when_asked: list[_Text] | None = None
    # a sub-topic on how the year's tasks are followed up (责任、考核、督办): the speech's
    # general follow-through lines (任务落实情况要作为评价依据…) may close on it
    follow_through: bool = False
    headings: list[_Entry] = pydantic.Field(min_length=1)
    units: list[_Entry] = pydantic.Field(min_length=1)


_OLD_SECTIONS = {"titles", "bodies", "support", "details"}


class _AreaFile(pydantic.BaseModel):
    """One phrase file (措辞库文件): an area or safeguard, its facts and its prose as
    ``families`` of tagged units."""

    model_config = _FILE_CONFIG
    key: _Text
    label: _Text
    aliases: list[_Text] = []
    facts: list[_FactEntry] = []
    families: list[_FamilyEntry] = pydantic.Field(min_length=1)
    review_leads: list[_Entry] = []

    @pydantic.model_validator(mode="before")
    @classmethod
    def _not_the_paragraph_form(cls, data: object) -> object:
        if isinstance(data, dict) and _OLD_SECTIONS & set(data):
            old = "、".join(sorted(_OLD_SECTIONS & set(data)))
            raise ValueError(
                f"这是旧的整段格式（{old}）：请把各段拆成句子，按小主题写进 families"
                "（格式和例子见 templates/README.md）"
            )
        return data


class _FramesFile(pydantic.BaseModel):
    """A frames file (讲话框架措辞): units by slot name, for the parts around the tasks."""

    model_config = _FILE_CONFIG
    slots: dict[_Text, list[_Entry]] = pydantic.Field(min_length=1)


_TEXT_SECTIONS = ("review_leads",)
_NORM_REF = re.compile(r"norm\(\s*[\"']([^\"']+)[\"']")
# A norm() call said as a quotation (“{{ norm(…) }}”) or as the object of a frame (…的规定).
_NORM_FRAMED = re.compile(
    r"(?P<open>“?)\{\{\s*norm\(\s*[\"'](?P<id>[^\"']+)[\"'][^}]*\}\}"
    r"(?P<after>”|的(?:规定|要求|政策|标准)|这一(?:规定|要求))?"
)
_WHAT = "措辞库文件"


def _validated(path: Path) -> _AreaFile:
    return _validated_model(path, _AreaFile, _WHAT)


_File = TypeVar("_File", _AreaFile, _FramesFile)


def _validated_model(path: Path, model_type: type[_File], what: str) -> _File:
    """The file as a model; every problem (format, a tag that names no kind, role or
    level, a fact("…") or norm("…") that names nothing, a Jinja mistake) located as
    file:line:column with the entry it is in."""
    try:
        data, node = data_and_node(path.read_text(encoding="utf-8"))
        model = model_type.model_validate(data)
    except (yaml.YAMLError, UnicodeDecodeError, pydantic.ValidationError):
        data, node = read_yaml(path, what)  # again, with the node tree, to locate
        return validate(model_type, data, path, node, what)
    repeated = repeated_keys(node, path)
    if repeated:  # YAML keeps the last of two equal keys: an office's first unit would vanish
        raise DataFileError(what, repeated)
    problems = _reference_problems(model)
    if problems:
        _, node = read_yaml(path, what)
        raise DataFileError(what, [located(path, node, loc, msg) for loc, msg in problems])
    return model


def _texts(model: _AreaFile | _FramesFile) -> Iterator[tuple[tuple[str | int, ...], str]]:
    """Every text in a phrase file with the place it stands (for located messages)."""
    if isinstance(model, _FramesFile):
        for slot, entries in model.slots.items():
            for index, entry in enumerate(entries):
                yield from _entry_texts(("slots", slot, index), entry)
        return
    for section in _TEXT_SECTIONS:
        for index, entry in enumerate(getattr(model, section)):
            yield from _entry_texts((section, index), entry)
    for number, family in enumerate(model.families):
        for part in ("headings", "units"):
            for index, entry in enumerate(getattr(family, part)):
                yield from _entry_texts(("families", number, part, index), entry)


def _entry_texts(
    where: tuple[str | int, ...], entry: _UnitEntry
) -> Iterator[tuple[tuple[str | int, ...], str]]:
    for index, text in enumerate(entry.text):
        yield (*where, "text", index), text


def _wordings_problems(model: _AreaFile | _FramesFile) -> list[tuple[tuple[str | int, ...], str]]:
    """The wordings of one unit must carry the same facts: the assembler chooses a unit
    for its facts and a wording by the seed."""
    problems: list[tuple[tuple[str | int, ...], str]] = []
    groups: dict[tuple[str | int, ...], set[frozenset[str]]] = {}
    for where, text in _texts(model):
        if where[-1] == "text" or (len(where) > 1 and where[-2] == "text"):
            unit = where[: where.index("text")]
            groups.setdefault(unit, set()).add(frozenset(_FACT_REF.findall(text)))
    for unit, fact_sets in groups.items():
        if len(fact_sets) > 1:
            problems.append(
                (
                    (*unit, "text"),
                    "同一条目的几种说法引用的数据项不一致：每种说法都要引用同样的 fact(…)",
                )
            )
    return problems


def _reference_problems(model: _AreaFile | _FramesFile) -> list[tuple[tuple[str | int, ...], str]]:
    facts = model.facts if isinstance(model, _AreaFile) else []
    declared = {f.key for f in facts} | {f.label for f in facts}
    all_rules = load_rules()
    rules = {r.id for r in all_rules}
    clauses = {r.id for r in all_rules if r.clause}
    problems: list[tuple[tuple[str | int, ...], str]] = []
    for where, text in _texts(model):
        for name in _FACT_REF.findall(text):
            if name not in declared:
                known = "、".join(sorted(f.key for f in facts)) or "（无）"
                problems.append(
                    (
                        where,
                        f'引用了未声明的数据项 fact("{name}")：请在 facts 中声明，或改为已声明的 {known}',
                    )
                )
        for rule in _NORM_REF.findall(text):
            if rule not in rules:
                problems.append((where, f'引用了 norms/rules.yaml 中没有的规定 norm("{rule}")'))
        problems += _framed_clause_problems(where, text, clauses)
        if (syntax := _jinja_problem(text)) is not None:
            problems.append((where, syntax))
    if isinstance(model, _AreaFile):
        problems += _family_problems(model)
    return problems + _wordings_problems(model)


def _framed_clause_problems(
    where: tuple[str | int, ...], text: str, clauses: set[str]
) -> list[tuple[tuple[str | int, ...], str]]:
    """A rule that is itself an instruction (clause: true) said as a quotation or a frame's
    object (落实“按照…安排教师培训经费”的规定: round ad's R): the speaker says it as a clause."""
    return [
        (
            where,
            f'规定 norm("{found["id"]}") 本身是一句要求，请直接当作一句话说出'
            "（各学校要按照……安排……），不要加引号，也不要套进“落实……的规定/要求/政策”",
        )
        for found in _NORM_FRAMED.finditer(text)
        if found["id"] in clauses and (found["open"] or found["after"])
    ]


def _family_problems(model: _AreaFile) -> list[tuple[tuple[str | int, ...], str]]:
    seen: set[str] = set()
    problems: list[tuple[tuple[str | int, ...], str]] = []
    for number, family in enumerate(model.families):
        if family.key in seen:
            problems.append(((("families", number, "key")), f"小主题 {family.key} 重复了"))
        seen.add(family.key)
    known = "、".join(f.key for f in model.families)
    for number, fact in enumerate(model.facts):
        for index, name in enumerate(fact.families):
            if name not in seen:
                problems.append(
                    (
                        ("facts", number, "families", index),
                        f"数据项 {fact.key} 所属的小主题 {name} 不存在：请改为 {known} 中的一个",
                    )
                )
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
    facts = tuple(
        FactSpec(
            f.key,
            f.label,
            f.unit,
            f.source,
            f.required,
            tuple(f.aliases),
            tuple(f.families),
            tuple(f.not_required_at),
            f.new_works,
        )
        for f in data.facts
    )
    families = tuple(_family(data.key, f) for f in data.families)
    leads = tuple(_unit(e, "open") for e in data.review_leads)
    return Area(
        key=data.key,
        label=data.label,
        aliases=tuple(data.aliases),
        facts=facts,
        titles=tuple(t for f in families for h in f.headings for t in h.wordings),
        bodies=tuple(t for f in families for u in f.units for t in u.wordings),
        review_leads=tuple(u.text for u in leads),
        families=families,
        tagged_leads=leads,
    )


def _family(area_key: str, entry: _FamilyEntry) -> Family:
    return Family(
        key=entry.key,
        topic=entry.topic or f"{area_key}.{entry.key}",
        aliases=tuple(entry.aliases),
        headings=tuple(_unit(e, "open") for e in entry.headings),
        units=tuple(_unit(e, "measure") for e in entry.units),
        when_named=entry.when_named,
        when_asked=None if entry.when_asked is None else tuple(entry.when_asked),
        follow_through=entry.follow_through,
    )


def _unit(entry: _UnitEntry, slot: str) -> Unit:
    years = _within_quoted_rules(entry.years or _Years(), entry.text)
    roles, levels = scoped(entry.scope, frozenset(entry.roles), frozenset(entry.levels))
    tags = Tags(
        kinds=_shared(frozenset(entry.kinds)),
        roles=_shared(roles),
        levels=_shared(levels),
        first_year=years.first,
        last_year=years.last,
        mentions=_shared(frozenset(entry.mentions)),
        needs=_shared(frozenset(entry.needs)),
        unless=_shared(frozenset(entry.unless)),
        months=_shared(frozenset(entry.months)),
    )
    slot = entry.slot if "slot" in entry.model_fields_set else slot
    texts = [_fact_spelled_one_way(text) for text in entry.text]
    return Unit(texts[0], _shared(tags), slot, tuple(texts[1:]))


# {{fact('key')}}, {{ fact( "key" ) }}…: the rules that look ahead to a fact (a frame's 今年
# before a sum with no year, 计划 before a plan) know it spelled one way, so an office's file
# and ours are read alike (funding.yaml's fact('edu_expenditure') escaped them: round cm's 19)
_FACT_CALL = re.compile(r"\{\{\s*fact\(\s*[\"']([^\"']+)[\"']\s*\)\s*\}\}")


def _fact_spelled_one_way(text: str) -> str:
    return _FACT_CALL.sub(lambda m: '{{ fact("' + m[1] + '") }}', text)


# norm("id") with no fallback: the rule's own words, which exist only in its window
_BARE_NORM_REF = re.compile(r"norm\(\s*[\"']([^\"']+)[\"']\s*\)")


def _within_quoted_rules(years: _Years, wordings: list[str]) -> _Years:
    """A unit's years narrowed to the whole years every rule it quotes (with no fallback)
    is in force: outside them the quote was empty (round av's G: 按照“”配强心理健康教师 in
    a 2031 draft, the rule's window ending in 2026)."""
    ids = {rule for text in wordings for rule in _BARE_NORM_REF.findall(text)}
    if not ids:
        return years
    first, last = years.first, years.last
    for rule in load_rules():
        if rule.id not in ids:
            continue
        start = rule.valid_from
        first = max(first, start.year if (start.month, start.day) == (1, 1) else start.year + 1)
        if rule.until is not None:
            end = rule.until
            last = min(last, end.year if (end.month, end.day) == (12, 31) else end.year - 1)
    return years if (first, last) == (years.first, years.last) else _Years(first=first, last=last)


# Equal tags (and their equal sets) as one object: the kept bank then holds some 800 tags
# and 5,600 sets once each instead of once per unit, and a cold render unpickles fewer
# objects. All of them are frozen; ANY stays ANY.
_SHARED: dict[object, object] = {ANY: ANY}
_T = TypeVar("_T")


def _shared(value: _T) -> _T:
    return _SHARED.setdefault(value, value)  # type: ignore[return-value]


_FRAMES_WHAT = "讲话框架措辞文件"


def _load_frames(folder: Path) -> dict[str, tuple[Unit, ...]]:
    """Every frames file's slots; a slot named in two files gets the units of both."""
    slots: dict[str, tuple[Unit, ...]] = {}
    if not folder.is_dir():
        return slots
    for path in sorted(folder.glob("*.yaml")):
        model = _validated_model(path, _FramesFile, _FRAMES_WHAT)
        for name, entries in model.slots.items():
            slots[name] = slots.get(name, ()) + tuple(_unit(e, "open") for e in entries)
    return slots
