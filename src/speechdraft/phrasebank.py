"""The phrase bank: per-area units of prose, tagged with who may say them where and when.

Loaded from ``templates/phrases/{areas,safeguards,frames}/*.yaml``. Each area declares its
facts with Chinese labels and units, so a missing fact becomes a labelled placeholder, and
its ``families``: one sub-topic each (teacher supply, teacher pay, ethics…) with the
headings that may stand over it and the units (a sentence or a clause group) a section's
paragraphs are assembled from. Every unit and heading carries tags: the speech kinds,
speaker roles and levels it suits, the years it is valid, and the topics it also touches
(so that a draft says each topic once). ``frames/`` holds the same kind of units for the
parts of a speech around the key tasks (opening, transitions, closing), by slot name.
"""

from __future__ import annotations

import dataclasses
import datetime
import functools
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache
from pathlib import Path
from typing import Any, Generic, TypeVar, cast, overload

import jinja2

from speechdraft.datacache import (
    KeptAnswers,
    code_stamp,
    core_stamp,
    file_stamp,
    package_stamp,
    remembered,
)
from speechdraft.messages import did_you_mean
from speechdraft.named import named_in
from speechdraft.norms import any_term_out_of_window
from speechdraft.resources import builtin_templates_dir
from speechdraft.shelf import Shelf, crc_of
from speechdraft.situation import contradicted, presupposed
from speechdraft.voice import charges_schools, orders_someone, tag_roles, unfit, untimely
from speechdraft.wordanswers import (
    ALL,
    MISSING,
    WordAnswers,
    install,
    lookup,
    register,
    rules_stamp,
)

_Value = TypeVar("_Value")


class _once(Generic[_Value]):
    """functools.cached_property without its lock (Python 3.12 dropped the lock too): a
    unit's facts and presuppositions are worked out on first use, some 1,700 times in a
    process's first draft, and 3.11's lock doubled the cost of each (about 5 M
    instructions of a cold render). The value is a pure function of the unit, so two
    threads that both work it out store the same thing."""

    def __init__(self, func: Callable[[Any], _Value]) -> None:
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, instance: None, owner: type | None = None) -> _once[_Value]: ...

    @overload
    def __get__(self, instance: object, owner: type | None = None) -> _Value: ...

    def __get__(self, instance: object, owner: type | None = None) -> Any:
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.func(instance)
        return value


@dataclass(frozen=True)
class FactSpec:
    key: str
    label: str
    unit: str
    source: str
    required: bool
    aliases: tuple[str, ...] = ()  # other names a clerk types for it (区管校聘… in a district)
    # the sub-topics (family keys) the fact belongs to; empty for any. A unit carrying the
    # fact is said only under one of them: 专职保安员配备达标率 under 防溺水 was a heading
    # over another topic (readers' S)
    families: tuple[str, ...] = ()
    # the levels that do not hold the figure, where ``required`` does not ask it: a town has
    # no 续建/新建项目 or 总投资 of its own, those are the county's (round ap's L: a town's
    # draft asked 全年续建项目【待补】…总投资【待补】)
    not_required_at: tuple[str, ...] = ()
    # a count of new works (新建智慧校园示范校, 劳动教育实践基地数): whether there are any this
    # year only the clerk knows, so a missing one is asked as that question, which the clerk
    # answers with the number or 无 (round as's A: 全年新建智慧校园示范校【待补】 announced a
    # task nobody decided)
    new_works: bool = False


# Words before a fact in the prose that show it counts what already exists (已组建的N个集团).
_ACTUAL_MARKERS = ("已", "现有", "累计", "去年", "上年", "共有", "目前")


@dataclass(frozen=True)
class Tags:
    """Who may say a unit, where and when; empty means any."""

    kinds: frozenset[str] = frozenset()
    roles: frozenset[str] = frozenset()
    levels: frozenset[str] = frozenset()
    first_year: int = 0
    last_year: int = 9999
    mentions: frozenset[str] = frozenset()  # other topics the unit speaks about
    # the situations (situation.py) the unit presupposes and those it contradicts: 化解大班额
    # is not said where the profile says pupil numbers are falling
    needs: frozenset[str] = frozenset()
    unless: frozenset[str] = frozenset()
    # the meeting months it makes sense in: 录取 and 加分 checks are over by late August
    months: frozenset[int] = frozenset()

    def admit(
        self,
        kind: str,
        role: str,
        level: str,
        year: int,
        situation: frozenset[str] = frozenset(),
        month: int = 0,
    ) -> bool:
        return (
            (not self.kinds or kind in self.kinds)
            and (not self.roles or not self.roles.isdisjoint(tag_roles(role)))
            and (not self.levels or level in self.levels)
            and self.first_year <= year <= self.last_year
            and self.needs <= situation
            and self.unless.isdisjoint(situation)
            and (not self.months or not month or month in self.months)
        )


ANY = Tags()

# Where a unit stands in a paragraph: why it matters, what to do, the goal, who does it,
# how it is checked, a closing line. Paragraph shapes (compose/assemble.py) are sequences
# of slots, so that a body is not always principle → measure → target → duty → check.
SLOTS = ("open", "measure", "target", "duty", "check", "close")


@dataclass(frozen=True)
class Unit:
    """A sentence or clause group; ``others`` say the same thing in other words (the same
    facts and specifics), so that two seeds of one profile do not read alike."""

    text: str
    tags: Tags = ANY
    slot: str = "measure"
    others: tuple[str, ...] = ()

    @_once  # asked thousands of times a draft while sections are planned
    def facts(self) -> frozenset[str]:
        return frozenset(_FACT_REF.findall(self.text))

    @_once
    def presupposes(self) -> frozenset[str]:
        """The situations its words take for granted (situation.PRESUPPOSED)."""
        return claims(self.text)[0]

    @property
    def wordings(self) -> tuple[str, ...]:
        return (self.text, *self.others)

    def admitted(
        self,
        kind: str,
        role: str,
        level: str,
        day: datetime.date,
        group_named: bool = False,
        situation: frozenset[str] = frozenset(),
    ) -> bool:
        """Its tags let this speaker say it in this kind of speech at this level and date,
        in the situation the profile states, and at least one of its wordings is sayable
        (see ``sayable``)."""
        return (
            self.tags.admit(kind, role, level, day.year, situation, day.month)
            and self.presupposes <= situation
            and any(
                sayable(text, role, level, day, group_named) and licensed(text, situation)
                for text in self.wordings
            )
        )


_TEMPLATE_CODE = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.DOTALL)
_QUOTED = re.compile(r"'([^']*)'|\"([^\"]*)\"")
_HAN = re.compile(r"[\u4e00-\u9fff]")


def _printed_by_code(code: re.Match[str]) -> str:
    """The Chinese words a piece of template code may print: its quoted literals (a norm's
    fallback, 学校负责人陪餐, is printed when the rule is not in force, and must be dated like
    any other words of the entry: round w's Y, 陪餐 in a 2016 draft)."""
    quoted = (a or b for a, b in _QUOTED.findall(code.group()))
    return "，".join(text for text in quoted if _HAN.search(text))


def spoken_words(text: str) -> str:
    """An entry's own words with its template code replaced by what that code may print."""
    return _TEMPLATE_CODE.sub(_printed_by_code, text)


# The one place word with a date of its own: {{ w.group }} names the Party's education
# leading group, which a county has only from about 2019 (norms/terms.yaml).
_DATED_PLACE_WORD = re.compile(r"\{\{ w\.group \}\}")
_LEADING_GROUP = "教育工作领导小组"


@lru_cache(maxsize=32768)  # the bank's some 8,700 wordings by several speakers and dates
def sayable(
    text: str, role: str, level: str, day: datetime.date, group_named: bool = False
) -> bool:
    """A wording ``role`` may say at ``level`` on ``day``: every dated term in it is in its
    window (norms/terms.yaml) and it gives no order the speaker cannot give (voice.py).
    Cached for the process: a batch asks it of the same entries for every profile; a
    one-draft render keeps the answers for the next run (_KEPT_SAYABLE)."""
    key = (text, role, level, day, group_named)
    kept = _KEPT_SAYABLE.get(key)
    if kept is not None:
        return bool(kept)
    answer = (
        not any_term_out_of_window(_dated_words(text), day, group_named)
        and not _unfit(text, role, level, group_named)
        and not _untimely(text, day.month)
    )
    _KEPT_SAYABLE.put(key, answer)
    return answer


# The parts of ``sayable`` that do not depend on the meeting's day, kept apart (warm25): a
# batch of meetings on many dates asked each wording's words and the speaker's bars again
# for every date (``sayable`` is kept by the day), some 15 % of such a batch's drafts.
@lru_cache(maxsize=16384)
def _dated_words(text: str) -> str:
    """The words of ``text`` whose dates the terms' windows check."""
    return spoken_words(_DATED_PLACE_WORD.sub(_LEADING_GROUP, text))


@lru_cache(maxsize=32768)
def _unfit(text: str, role: str, level: str, group_named: bool) -> bool:
    return bool(unfit(text, role, level, group_named))


@lru_cache(maxsize=32768)
def _untimely(text: str, month: int) -> bool:
    return bool(untimely(text, month))


def licensed(text: str, situation: frozenset[str]) -> bool:
    """The wording names no scheme and claims no result (templates/norms/named.yaml) that
    the profile, whose words the situation carries (situation.py), does not name, and takes
    for granted no situation it does not state (one wording of a unit may say 农村 where its
    first does not)."""
    presupposes, names = claims(text)
    return (
        presupposes <= situation
        and names <= situation
        and not contradicted(text, situation)
        # a leading group's meeting is told of 成员单位 and the levels below, not of the
        # schools' own work (context sets group_meeting; town27)
        and not ("group_meeting" in situation and charges_schools(text))
        # a report to a congress orders no one before the delegates (voice.orders_someone)
        and not ("congress_report" in situation and orders_someone(text))
    )


@lru_cache(maxsize=16384)
def claims(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """What a wording's own words take for granted (situation.presupposed) and the schemes
    and results they name (named.named_in, its template code left out), as situation keys.
    Both belong to the words alone, whoever speaks: a cold draft asks them of some 2,500
    wordings (a tenth of its own work, the situations' searches most of it), so a one-draft
    render keeps them for the next run (_KEPT_CLAIMS), whatever meeting that renders."""
    found = lookup("claims", text)  # a bank wording's: kept with the bank (wordanswers)
    if found is not MISSING:
        return cast(tuple[frozenset[str], frozenset[str]], found)
    kept = _KEPT_CLAIMS.get(text)
    if isinstance(kept, tuple) and len(kept) == 2:
        return cast(tuple[frozenset[str], frozenset[str]], kept)
    answer = _claims_of(text)
    _KEPT_CLAIMS.put(text, answer)
    return answer


def _claims_of(text: str) -> tuple[frozenset[str], frozenset[str]]:
    return presupposed(text), named_in(_TEMPLATE_CODE.sub("", text))


register("claims", _claims_of, (frozenset(), frozenset()))


def _terms_files() -> list[Path]:
    return [builtin_templates_dir() / "norms" / "terms.yaml"]


def _named_files() -> list[Path]:
    return [builtin_templates_dir() / "norms" / "named.yaml"]


def _claims_stamp() -> str:
    """The code claims() runs (situation.py and named.py are in the core) and the pydantic
    that reads the named table."""
    return f"{core_stamp()}:{package_stamp('pydantic')}"


# by speaker and meeting day: a meeting asks some 1,300, so 6,000 keep the last few meetings
# (a file of every meeting ever rendered, 4 MB after sixty, made each cold render a third slower)
_KEPT_SAYABLE = KeptAnswers("sayable", _terms_files, core_stamp, limit=6_000)
_KEPT_CLAIMS = KeptAnswers("claims", _named_files, _claims_stamp)


@dataclass(frozen=True)
class Family:
    """One sub-topic of an area: the headings that may stand over it and its units."""

    key: str
    topic: str
    aliases: tuple[str, ...]
    headings: tuple[Unit, ...]
    units: tuple[Unit, ...]
    # said only for a task whose own words name it (常态化疫情防控: never by a seeded pick)
    when_named: bool = False
    # a safeguard's sub-topic on one key task's matter: as a default safeguard (the profile
    # listed none) said only where a key task is of one of these areas or the meeting's words
    # name one of its own aliases (round ai's S: 关心教师, 精简检查评比 at a meeting on neither)
    when_asked: tuple[str, ...] | None = None
    # a sub-topic on following the year's tasks up (责任、考核): general follow-through
    # lines may be said after its section, never after an area's (readers' S)
    follow_through: bool = False


@dataclass(frozen=True)
class Area:
    key: str
    label: str
    aliases: tuple[str, ...]
    facts: tuple[FactSpec, ...]
    titles: tuple[str, ...]  # every heading's wordings (the checklist and lint read them)
    bodies: tuple[str, ...]  # every unit's wordings
    review_leads: tuple[str, ...]
    families: tuple[Family, ...] = ()
    tagged_leads: tuple[Unit, ...] = ()

    def fact(self, name: str) -> FactSpec | None:
        """The fact a user means by ``name``: its key, its Chinese label or one of its aliases."""
        return self._facts_by_name.get(name)

    @cached_property  # asked about 400 times a draft: looked up, not searched
    def _facts_by_name(self) -> dict[str, FactSpec]:
        """Each name of each fact, the first fact that has it (as a search in order finds)."""
        by_name: dict[str, FactSpec] = {}
        for spec in self.facts:
            for name in (spec.key, spec.label, *spec.aliases):
                by_name.setdefault(name, spec)
        return by_name

    def names(self) -> tuple[str, ...]:
        return (self.key, self.label, *self.aliases)

    def counts_what_exists(self, fact: FactSpec) -> bool:
        """The prose introduces the figure as what already exists (已组建的{{ fact("edu_groups")
        }}个集团); any other fact of a key task is this year's aim. The checklist asks for the
        one or the other, and the catalogue and the form tell the clerk which to type: clerks
        who typed today's rate where the bank says 今年要达到 got a target nobody set (round i)."""
        call = re.compile(r"fact\(\s*[\"']" + re.escape(fact.key) + r"[\"']\s*\)")
        for text in (*self.bodies, *self.titles):
            for match in call.finditer(text):
                before = text[max(0, match.start() - 14) : match.start()]
                before = before[before.rfind("，") + 1 :]  # only the clause the figure is in
                if any(marker in before for marker in _ACTUAL_MARKERS):
                    return True
        return False

    def at_home(self, unit: Unit, family: Family) -> bool:
        """Every fact ``unit`` carries belongs to ``family``'s sub-topic (FactSpec.families)."""
        for key in unit.facts:
            spec = self.fact(key)
            if spec is not None and spec.families and family.key not in spec.families:
                return False
        return True


@dataclass(frozen=True)
class Policy:
    """A reference to higher-level guidance and the meeting days it applies to (policies.yaml:
    ``from``/``to`` a year, or a day where the reference changes within a year)."""

    text: str
    first_year: int
    last_year: int
    first_day: datetime.date | None = None  # None: 1 January of first_year
    last_day: datetime.date | None = None  # None: 31 December of last_year
    # the guiding thought said with the Party's latest guidance (习近平新时代中国特色社会主义思想
    # 和党的二十大精神), not as one more item of the list
    lead: bool = False
    source: str = ""

    def applies_at(self, day: datetime.date) -> bool:
        first = self.first_day or datetime.date(self.first_year, 1, 1)
        last = self.last_day or datetime.date(self.last_year, 12, 31)
        return first <= day <= last


@dataclass(frozen=True)
class PhraseBank:
    # a kept bank's are shelves (shelf.py): each area, and each kind's frame slots,
    # unpickled when first asked for, with the wordanswers of its wordings
    areas: Mapping[str, Area]
    safeguards: Mapping[str, Area]
    policies: tuple[Policy, ...] = ()
    frames: Mapping[str, tuple[Unit, ...]] = field(default_factory=dict)
    # what the rules registered in wordanswers.py answer of its wordings, worked out when
    # it is read and kept with it (a shelved bank's are in its shelves)
    answers: WordAnswers | None = None

    def policies_for(self, year: int) -> tuple[str, ...]:
        return tuple(
            p.text for p in self.policies if p.first_year <= year <= p.last_year and not p.lead
        )

    def policies_at(self, day: datetime.date) -> tuple[Policy, ...]:
        """The references in force on ``day``, in the file's order."""
        return tuple(p for p in self.policies if p.applies_at(day))

    def find_area(self, name: str) -> Area | None:
        return _find(self.areas, name)

    def find_safeguard(self, name: str) -> Area | None:
        return _find(self.safeguards, name)

    def closest_area_name(self, name: str) -> str | None:
        """For a misspelt area (校园安金): the closest of every area's names (校园安全),
        aliases included, since a clerk types the short names, not the long labels."""
        names = [alias for names, _ in _index(self.areas).values() for alias in names[1:]]
        return did_you_mean(name.strip(), names)

    def fact_anywhere(self, name: str) -> FactSpec | None:
        """The fact ``name`` as the first area, else safeguard, that files it defines it."""
        for catalog in (self.areas, self.safeguards):
            if type(catalog) is Shelf:
                key = catalog.facts.get(name)
                if key is not None:
                    return catalog[key].fact(name)
                continue
            for area in catalog.values():
                if (spec := area.fact(name)) is not None:
                    return spec
        return None

    def holds_wording(self, text: str) -> bool:
        """Whether ``text`` is a wording of one of the bank's units (phrasebank.bank_wordings)."""
        areas, safeguards, frames = self.areas, self.safeguards, self.frames
        if type(areas) is Shelf and type(safeguards) is Shelf and type(frames) is Shelf:
            crc = crc_of(text)
            return areas.holds(text, crc) or safeguards.holds(text, crc) or frames.holds(text, crc)
        if self.answers is not None:
            return text in self.answers.scopes[ALL]
        return text in bank_wordings(self)[0]


# The school stages an area is about, by the words a clerk uses for them. A name that
# carries another stage than the area its head names is not that area: 高中学位 is the high
# school's places, not the compulsory school's 大班额 (round g's readers, 12 sentences of S).
STAGE_WORDS: dict[str, tuple[str, ...]] = {
    "preschool": ("学前", "幼儿园", "幼儿", "托幼", "普惠园", "公办园", "民办园"),
    "compulsory": ("义务教育", "小学", "初中", "九年一贯"),
    "high_school": ("高中", "县中"),
    "vocational": ("职业教育", "职教", "中职", "职业学校", "职业院校"),
    "special": ("特殊教育", "特教", "残疾"),
}


# words that hold an area's short name without meaning it: 开学前 is no 学前 (round ba's S F:
# 开学前镇领导包片检查 was read as preschool, its heading 开学前…，办好群众身边的幼儿园)
_FALSE_NAMES = re.compile(r"(?:开|入|放|升|返)学前")


def _masked(name: str) -> str:
    return _FALSE_NAMES.sub(lambda m: "〇" * len(m.group()), name)


def stages_in(name: str) -> set[str]:
    """The stage areas whose words ``name`` carries (中小学 is the compulsory stage)."""
    name = _masked(name)
    return {area for area, words in STAGE_WORDS.items() if any(w in name for w in words)}


def _index(catalog: Mapping[str, Area]) -> Mapping[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """Each area's names and its sub-topics' aliases, by key (a shelf keeps them: looked
    up without unpickling the areas)."""
    if type(catalog) is Shelf:
        return cast(Mapping[str, tuple[tuple[str, ...], tuple[str, ...]]], catalog.index)
    return {key: _names_of(area) for key, area in catalog.items()}


def _names_of(area: Area) -> tuple[tuple[str, ...], tuple[str, ...]]:
    return area.names(), tuple(alias for f in area.families for alias in f.aliases)


def _find(catalog: Mapping[str, Area], name: str) -> Area | None:
    """Exact key/label/alias first, then a sub-topic's own alias typed alone (校车, 周转宿舍),
    then the name contained in what the user wrote that ends last, then the longest. A
    Chinese topic puts its head last: 义务教育控辍保学 is about 控辍保学, 民办幼儿园安全 about
    安全 (round g's readers: 控辍保学 said as 大班额 under 义务教育). A stage area found so is
    given up for the stage the name carries (高中学位 → 高中, not 义务教育's 学位)."""
    wanted = name.strip()
    index = _index(catalog)
    for key, (names, _) in index.items():
        if wanted in names:
            return catalog[key]
    owners = [key for key, (_, aliases) in index.items() if wanted in aliases]
    if len(owners) == 1:
        return catalog[owners[0]]
    best: tuple[tuple[int, int], str] | None = None
    wanted = _masked(wanted)
    for key, (names, _) in index.items():
        for alias in names:
            if len(alias) >= 2 and (alias in wanted or wanted in alias):
                end = wanted.rfind(alias) + len(alias) if alias in wanted else len(wanted)
                score = (end, len(alias))
                if best is None or score > best[0]:
                    best = (score, key)
    found = catalog[best[1]] if best else None
    return _of_its_stage(catalog, wanted, found)


def _of_its_stage(catalog: Mapping[str, Area], wanted: str, found: Area | None) -> Area | None:
    stages = stages_in(wanted)
    if found is None or found.key not in STAGE_WORDS or not stages or found.key in stages:
        return found
    # the last stage named is the one meant (小学幼儿园 is hardly typed; 高中学位 is)
    stage = max(stages, key=lambda a: max(wanted.rfind(w) for w in STAGE_WORDS[a]))
    return catalog.get(stage, found)


# fact("…") in a unit's text: the data items it needs.
_FACT_REF = re.compile(r"fact\(\s*[\"']([^\"']+)[\"']\s*\)")


_Loader = TypeVar("_Loader", bound=Callable[..., "PhraseBank"])


def _one_bank_per_folders(load: _Loader) -> _Loader:
    """functools.cache keyed by the folders themselves: ``load(d)`` and ``load(d, None)``
    are one bank, not two (a cold render asked both, and read the 1 MB kept bank twice)."""
    banks: dict[tuple[Path, Path | None], PhraseBank] = {}

    @functools.wraps(load)
    def cached(templates_dir: Path, user_dir: Path | None = None) -> PhraseBank:
        key = (templates_dir, user_dir)
        bank = banks.get(key)
        if bank is None:
            bank = banks[key] = load(templates_dir, user_dir)
        return bank

    cached.cache_clear = banks.clear  # type: ignore[attr-defined]  # as functools.cache's
    return cast(_Loader, cached)


@_one_bank_per_folders
def load_phrasebank(templates_dir: Path, user_dir: Path | None = None) -> PhraseBank:
    """The built-in bank, with a user's ``phrases/`` (from ``--templates``) on top: a file
    whose ``key`` matches a built-in area replaces it, a new key adds an area.

    Reading and checking it (every phrase parsed as a template) is most of a cold render's
    own work, so the checked bank is kept between runs while no file and no line of the
    code that reads them has changed (datacache.py)."""
    # the schemes' table: a wording's claims are kept with the bank (wordanswers)
    sources = [*_bank_sources(templates_dir, user_dir), *_named_files()]
    bank = remembered(
        "phrasebank",
        sources,
        lambda: _read_phrasebank(templates_dir, user_dir),
        salt=_bank_code_stamp(),
    )
    install(bank.answers)
    return bank


def kept_answers(bank: PhraseBank) -> WordAnswers | None:
    """What the registered rules answer of a bank's wordings, as kept with it: a shelved
    bank's, every group's together (each group unshelved)."""
    shelves = [s for s in (bank.areas, bank.safeguards, bank.frames) if type(s) is Shelf]
    if not shelves:
        return bank.answers
    scopes: dict[str, frozenset[str]] = {}
    tables: dict[str, dict[str, object]] = {}
    for shelf in shelves:
        for answers in shelf.kept_answers():
            for scope, texts in answers.scopes.items():
                scopes[scope] = scopes.get(scope, frozenset()) | texts
            for name, table in answers.tables.items():
                tables.setdefault(name, {}).update(table)
    return WordAnswers(scopes, tables)


def _bank_sources(templates_dir: Path, user_dir: Path | None) -> list[Path]:
    """Every file the bank is read or checked from: the phrase files of both folders
    (a file added or removed changes the list) and the national rules norm("…") names."""
    files = [builtin_templates_dir() / "norms" / "rules.yaml"]
    for folder in (templates_dir, user_dir):
        if folder is not None and (folder / "phrases").is_dir():
            files += sorted((folder / "phrases").rglob("*.yaml"))
    return files


@cache
def _bank_code_stamp() -> str:
    """The code a kept bank depends on, once a process (the code it runs is what it loaded)."""
    import sys

    from speechdraft import (
        datafile,
        genre,
        messages,
        named,
        norms,
        shelf,
        situation,
        voice,
        wordanswers,
    )

    modules = (
        sys.modules[__name__],
        datafile,
        genre,
        messages,
        named,
        norms,
        shelf,
        situation,
        voice,
    )
    reader = file_stamp(Path(__file__).with_name("phrasefiles.py"))  # not imported: pydantic
    versions = f"{jinja2.__version__}:{package_stamp('pydantic')}"
    rules = f"{code_stamp(wordanswers)}:{rules_stamp()}"  # the answers kept with it
    return f"{versions}:{reader}:{code_stamp(*modules)}:{rules}"


def _read_phrasebank(templates_dir: Path, user_dir: Path | None) -> PhraseBank:
    """The bank read and checked afresh (phrasefiles.py: pydantic is imported only then)."""
    from speechdraft.phrasefiles import read_phrasebank

    return shelved(read_phrasebank(templates_dir, user_dir))


def shelved(bank: PhraseBank) -> PhraseBank:
    """``bank`` with its areas, safeguards and frames on shelves (shelf.py): an area each,
    the frame slots by the speech kind that opens their name (work_report.opening), each
    group kept with the answers of its wordings."""

    def area_wordings(area: Area) -> tuple[list[str], list[str]]:
        headings = [t for f in area.families for u in f.headings for t in u.wordings]
        units = [t for f in area.families for u in (*f.headings, *f.units) for t in u.wordings]
        return units, headings

    def slot_wordings(units: tuple[Unit, ...]) -> tuple[list[str], list[str]]:
        return [t for u in units for t in u.wordings], []

    def areas(catalog: Mapping[str, Area]) -> Shelf[Area]:
        return Shelf.of(
            catalog,
            lambda key: key,
            area_wordings,
            _names_of,
            lambda area: list(area._facts_by_name),
        )

    frames = Shelf.of(bank.frames, lambda slot: slot.partition(".")[0], slot_wordings)
    return dataclasses.replace(
        bank, areas=areas(bank.areas), safeguards=areas(bank.safeguards), frames=frames
    )


def bank_wordings(bank: PhraseBank) -> tuple[list[str], list[str]]:
    """Every wording of a bank's units (its areas', safeguards' and frames', as
    restate._bank_units), and of its families' headings alone."""
    families = [f for a in (*bank.areas.values(), *bank.safeguards.values()) for f in a.families]
    headings = [u for f in families for u in f.headings]
    units = [u for f in families for u in (*f.headings, *f.units)]
    units += [u for slot in bank.frames.values() for u in slot]
    return [t for u in units for t in u.wordings], [t for u in headings for t in u.wordings]
