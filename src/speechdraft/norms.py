"""Dated terms, national norms and the Party reference for a meeting date, as data.

``templates/norms/terms.yaml`` lists every term that exists only from (or until) some
date: 双减 from July 2021, 新冠 only 2020–2022, 十九大精神 as the latest until the 二十大.
``templates/norms/rules.yaml`` lists national rules a draft may state as specifics (with
their source document), so that a figure such as 5% 培训经费 is traceable.
``templates/norms/party.yaml`` lists congresses and plenums for ``current_party_reference``.
``templates/norms/point_verbs.yaml`` lists the words by which a clerk's point is read and
said (the compose modules point_place, point_clause and point_grammar).

A draft checker (lint) calls :func:`terms_out_of_window`; the composer asks the same data
what a draft dated ``when`` may say.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Annotated, Any, Literal, TypeVar

from speechdraft.datacache import code_stamp, package_stamp, remembered
from speechdraft.datafile import read_yaml, validate
from speechdraft.resources import builtin_templates_dir

_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")


def _month_start(value: Any) -> Any:
    """'2021-07' → 2021-07-01; a full date stays as it is."""
    if isinstance(value, str) and (m := _MONTH.match(value.strip())):
        return datetime.date(int(m[1]), int(m[2]), 1)
    return value


def _month_end(value: Any) -> Any:
    """'2022-12' → 2022-12-31: an ``until`` month is still inside the window."""
    if isinstance(value, str) and (m := _MONTH.match(value.strip())):
        year, month = int(m[1]), int(m[2])
        import calendar  # (and locale): only when a table is read afresh

        return datetime.date(year, month, calendar.monthrange(year, month)[1])
    return value


@dataclass(frozen=True, kw_only=True)
class Window:
    valid_from: datetime.date
    until: datetime.date | None = None

    def contains(self, when: datetime.date) -> bool:
        return self.valid_from <= when and (self.until is None or when <= self.until)

    def describe(self) -> str:
        start = f"{self.valid_from.year}年{self.valid_from.month}月"
        if self.until is None:
            return f"{start}起"
        return f"{start}至{self.until.year}年{self.until.month}月"


@dataclass(frozen=True, kw_only=True)
class DatedTerm(Window):
    """A term (提法) and the dates it may be used at."""

    id: str
    term: str
    forms: tuple[str, ...]
    advice: str
    source: str
    # A term that exists early where the profile says so (a county's leading group before
    # 2019): a draft whose profile names a leading group may use it at any date.
    lifted_by_group: bool = False
    # False: a framing the composer keeps to its window, which ``check`` does not report in
    # a clerk's own draft (it cannot tell from the text whether the group existed then).
    in_check: bool = True
    # what the composer says instead outside the window (疫情和应急防控 → 传染病防控和应急处置
    # as a heading made from a catalogue area's name: round at's Y, 2019 and 2025)
    instead: str = ""

    @property
    def pattern(self) -> re.Pattern[str]:
        return _compiled("|".join(f"(?:{f})" for f in self.forms))


@dataclass(frozen=True, kw_only=True)
class NormRule(Window):
    """A national rule or standard formula a draft may state, quoted as ``text``."""

    id: str
    text: str
    source: str
    # a rule that is itself an instruction (按照…安排…, …不得…): said in the speaker's words as
    # a clause, never quoted into 落实“…”的规定 (round ad's R; checked as the bank loads)
    clause: bool = False
    # the name a speaker says the rule by (两个只增不减): a clerk's point that pastes the
    # rule's whole text is said by it (round af's R: …只增不减、…只增不减 read out in full)
    short: str = ""
    # the policy the rule belongs to (教师工资待遇保障政策): a review point that makes the
    # rule's whole formula the subject of a result (…不低于…已全面落实: round an's G) is said
    # with this name as the subject, the formula after it as what it secured
    policy: str = ""


@dataclass(frozen=True)
class Congress:
    name: str
    session: str
    closed: datetime.date
    # from this day its plenums are said together (十九届历次全会); before it, by name
    collective_from: datetime.date | None = None


@dataclass(frozen=True)
class Plenum:
    name: str
    closed: datetime.date
    substantive: bool


@dataclass(frozen=True)
class PartyCalendar:
    horizon: datetime.date
    congresses: tuple[Congress, ...]
    plenums: tuple[Plenum, ...] = ()


@dataclass(frozen=True)
class Step:
    """One step of a process: its id, the forms naming it (regex), the step it presumes."""

    id: str
    forms: tuple[str, ...]
    needs: str | None = None


@dataclass(frozen=True)
class StepProcess:
    """Steps taken one after another (templates/norms/steps.yaml): a section's stock lines
    naming them are said in their order. ``by``: which step a line naming several takes
    (``first`` or ``last``: then every wording of a unit must name one)."""

    id: str
    by: str
    steps: tuple[Step, ...]


@dataclass(frozen=True)
class StepTable:
    """steps.yaml: the processes, and the forms not said at a place of a part (``lead``:
    before its first section; ``section_end``: after its last section, read as its end)."""

    processes: tuple[StepProcess, ...]
    places: tuple[tuple[str, tuple[str, ...]], ...] = ()

    def not_at(self, place: str) -> tuple[str, ...]:
        return next((forms for name, forms in self.places if name == place), ())


Words = tuple[str, ...]
Pairs = tuple[tuple[str, str], ...]
# a list lead: words with one N where the count goes, ending in “：” (重点抓好N件事：)
Leads = tuple[str, ...]


@dataclass(frozen=True)
class PointVerbs:
    """templates/norms/point_verbs.yaml: the word lists by which a clerk's point is read and
    said (compose/point_place, point_clause, point_grammar). Each list is literal words in
    the order they are tried; a pair list maps a word to the word it takes."""

    month_deeds: Words
    as_written: Words
    rule_nouns: Words
    kept_tails: Words
    actors: Words
    actor_deeds: Words
    name_last: Words
    money_verbs: Words
    practices: Pairs
    people: Words
    topic_nouns: Words
    topic_then: Words
    verbs_in_topic: Words
    needs_result: Pairs
    case_rules: Words
    schools: Words
    manners: Words
    used_verbs: Words
    sanctions: Words
    own_openers: Words
    whom: Words
    rule_words: Words
    things: Words
    thing_ways: Words
    opening_verbs: Words
    officials: Words
    school_times: Words
    official_deeds: Words
    from_verbs: Words
    term_times: Words
    timed_deeds: Words
    own_calls: Words
    head_verbs: Pairs
    record_verbs: Words
    modals: Words
    goes_on: Words
    verbs_inside: Words
    events: Words
    organised: Words
    own_deeds: Words
    recipients: Words
    serving: Words
    giving_organs: Words
    gives: Words
    changed_things: Words
    change_verbs: Words
    deeds_inside: Words
    organ_last: Words
    spans: Words
    span_work: Words
    own_bodies: Words
    # a body's plan opening with the year it is for (中心幼儿园明年要增设…, 乡里今年将挤出…)
    plan_years: Words
    patrols: Words
    body_deeds: Words
    people_ends: Words
    good_verbs: Words
    name_goes_on: Words
    after_meeting: Words
    plain_verbs: Words
    not_verbs: Words
    with_openers: Words
    not_with: Words
    place_ends: Words
    placed_deeds: Words
    listed_times: Words
    timed_verbs: Words
    manner_deeds: Words
    judged_roles: Pairs
    bare_verbs: Words
    deadline_events: Words
    fact_openers: Words
    plan_nouns: Words
    deed_nouns: Pairs
    bare_noun_frames: Pairs
    shared_duties: Words
    result_verbs: Words
    frame_verbs: Words
    deed_bodies: Words
    body_openers: Words
    sure_results: Words
    manner_words: Words
    sure_deeds: Words
    duty_deeds: Words
    joined_verbs: Words
    own_modals: Words
    modal_words: Words
    body_name_ends: Words
    topic_deeds: Words
    topic_times: Words
    hazard_marks: Words
    each_words: Words
    provided_for: Words
    provided_verbs: Words
    floor_words: Words
    # a point that opens with its source (据X统计，…) and the deeds framed after it (fixlists27)
    source_verbs: Words
    source_adverbs: Words
    source_deeds: Words
    whole_words: Words
    body_ends: Words
    problem_nouns: Words
    problem_states: Words
    frame_body_ends: Words
    forbid_words: Words
    frequency_followers: Words
    # what was done in all (共抽检…, 共走访…): a result, said as written
    done_in_all: Words
    # a time a body acts by, before its deed (暑假前, 开学前): said 要在…
    deed_times: Words
    # a subject, then its own deed (…按…配齐, …由…结对): 要 after the subject (stop 64)
    subject_deeds: Words
    subject_results: Words
    subject_above: Words
    subject_times: Words
    times_after_subject: Words
    lower_places: Words
    # a deed's noun a subject can be, before 由 and its agent (编制由市委编办统筹)
    agent_nouns: Words
    # what two partners do together (区四中与区一高实行联合教研)
    partner_deeds: Words
    # what a state ends with, not a deed (…学龄儿童较多, …学位仍较紧)
    state_ends: Words
    # deeds a total done is counted by (全县共排查…612处, 累计发放…)
    done_deeds: Words
    # a season's weather, said as a state first (春季风大物燥，…)
    weather_seasons: Words
    weather_states: Words
    frame_deeds: Words
    outside_bodies: Words
    own_school_ends: Words
    works_ends: Words

    def any(self, name: str) -> str:
        """The list ``name`` as a regex alternation group (its words in their order)."""
        words: Words = getattr(self, name)
        return "(?:" + "|".join(map(re.escape, words)) + ")"


# The levels and the speakers' roles the level-fit table may name (genre.LEVELS and
# voice.ROLES, written out here: norms is read before either is imported)
LEVEL_NAMES = (
    "county",
    "district",
    "county_city",
    "city",
    "banner",
    "prefecture",
    "province",
    "autonomous_region",
    "town",
)
ROLE_NAMES = (
    "party_secretary",
    "government_head",
    "deputy",
    "bureau_chief",
    "group_head",
    "school_head",
)


@dataclass(frozen=True)
class Reach:
    """A speaker who reaches a school's people and bodies only through the level below
    (templates/norms/level_fit.yaml ``reach``): ``roles`` at ``levels`` (empty: any)."""

    roles: frozenset[str]
    levels: frozenset[str]
    why: str


@dataclass(frozen=True)
class Lack:
    """Bodies or powers a level does not have (level_fit.yaml ``lacks``): ``words`` said by
    ``roles`` at ``levels`` (empty: any), unless one of ``unless`` is in the sentence too."""

    words: Words
    levels: frozenset[str]
    roles: frozenset[str]
    unless: Words
    why: str


@dataclass(frozen=True)
class LevelFit:
    """templates/norms/level_fit.yaml: what bodies and powers each level has and whom each
    speaker reaches directly (issue 11's L; town27). voice.py turns it into bars."""

    reach: tuple[Reach, ...]
    routines: Words
    lacks: tuple[Lack, ...]


@dataclass(frozen=True)
class Authority:
    """templates/norms/authority.yaml: the words by which the bodies a clerk's point names
    are told apart — a peer department, a township's station, a higher body, the speaker's
    own team — so that the point is said in the voice the speaker may use (compose/
    authority.py, voice26). Literal words, longest first."""

    places: Words
    plural_places: Words
    peer_stems: Words
    peer_ends: Words
    local_bodies: Words
    higher_ends: Words
    own_units: Words
    own_members: Words
    duty_links: Words
    helped_links: Words
    return_marks: Words
    work_nouns: Words
    peer_verbs: Words
    entrusted_kinds: Words
    person_ends: Words


@dataclass(frozen=True)
class LeadFrames:
    """templates/norms/lead_frames.yaml: the words by which a lead or a heading frame is
    fitted to the clerk's area name (compose/lead_frames.py). Literal words; a pair list
    maps a word to the word it takes."""

    not_a_work: Words
    deed_openers: Words
    work_ends: Words
    themes: Pairs
    report_subjects: Pairs
    first_clause_subjects: Pairs
    no_work_heads: Words
    part_verbs: Pairs
    list_leads: Leads
    bureau_list_leads: Leads
    level_raised: Words
    level_kept: Words
    stock_duties: Pairs


@dataclass(frozen=True)
class SeasonTopic:
    """One entry of templates/norms/season_topics.yaml: a topic a meeting of its season must
    speak of (seasons.season_due). ``kinds`` maps a kind to the months it is due in; a
    meeting named with ``named`` is of its season whatever the month; ``said`` are the words
    by which the profile already speaks of it. Literal words."""

    key: str
    label: str
    kinds: tuple[tuple[str, frozenset[int]], ...]
    named: Words
    said: Words
    # words by which the profile says the season never brings it (台风 in a winter meeting: a
    # southern place, no heating — round bk's 10, F)
    waived: Words = ()

    def months(self, kind: str) -> frozenset[int] | None:
        """The months a meeting of ``kind`` speaks of this topic in; None: never."""
        return dict(self.kinds).get(kind)


@dataclass(frozen=True)
class ReviewWords:
    """templates/norms/review_words.yaml: the words by which the review of achievements is
    said as a speech, not as filled fields (compose/review_said.py). Literal words."""

    level_measures: Words
    now_marks: Words
    done_in_full: Words
    full_claims: Words
    budgeted: Words
    met_tails: Words
    area_verbs: Words
    system_nouns: Words
    calendar_spans: Words
    today_honours: Words
    covered_places: Words
    coverage_verbs: Pairs
    zero_results: Words
    result_times: Words
    joint_effort: Words
    done_marks: Words
    done_deeds: Words
    done_counted: Words
    plan_heads: Words
    count_ends: Words
    passive_heads: Words


@dataclass(frozen=True)
class ReturnWords:
    """templates/norms/returns.yaml: the words by which a department's return is said in a
    deployment part, the state, what remains and what is asked next (compose/return_said.py).
    Literal words; a pair list maps a word to the word it takes."""

    done_verbs: Words
    stages: Words
    doing_marks: Words
    plan_marks: Words
    remaining_marks: Words
    asks_by_verb: Pairs
    default_ask: Words
    progress_ask: Words
    progress_marks: Words
    term_starts: Words
    state_openers: Words
    funded_plans: Words

    def any(self, name: str) -> str:
        """The list ``name`` as a regex alternation group (its words in their order)."""
        words: Words = getattr(self, name)
        return "(?:" + "|".join(map(re.escape, words)) + ")"


@dataclass(frozen=True)
class ItemForms:
    """templates/norms/item_forms.yaml: the form of a clerk's item name (an area, a title, a
    bare point) read before a frame wraps it (compose/item_form.py; branch phrase26). Literal
    words; a pair list maps an ending to the frame it takes, “…” standing for the item."""

    own_predicates: Words
    as_written_predicates: Words
    not_predicates: Words
    clause_marks: Words
    kept_states: Words
    pushed_marks: Words
    not_clause: Words
    problem_frames: Pairs
    nominal_frames: Pairs
    collocated: Words
    thing_frames: Pairs
    # a ；-list of bare items said one verb each (compose/listed_points.py; branch fixlists27)
    list_item_frames: Pairs
    list_item_default: Words


# The tables are plain dataclasses: the kept ones (``_kept``) load without pydantic, which
# a render then never imports. The files are checked by the pydantic models below, made
# only when a table is read afresh.


def _forms_compile(forms: tuple[str, ...]) -> tuple[str, ...]:
    for form in forms:
        try:
            re.compile(form)
        except re.error as exc:
            raise ValueError(f"“{form}”不是有效的正则表达式：{exc}") from exc
    return forms


_NOT_LITERAL = re.compile(r"[\s|()\[\]{}^$.*+?\\，、；。]")


def _literal_word(word: str) -> str:
    if not word or _NOT_LITERAL.search(word):
        raise ValueError(f"“{word}”应是一个字面的词：不能为空，不能含空格、标点或正则符号")
    return word


def _idea_word(word: str) -> str:
    """A word of restate_ideas.yaml: literal, “…” standing for a few characters of one clause."""
    if not word.strip("…") or "……" in word:
        raise ValueError(f"“{word}”应是字面的词，“…”只用在两个词之间（同一分句内隔几个字）")
    return _literal_word(word)


_NOT_A_LEAD = re.compile(r"[\s|()\[\]{}^$.*+?\\；。]")


def _list_lead(lead: str) -> str:
    if _NOT_A_LEAD.search(lead) or lead.count("N") != 1 or not lead.endswith("："):
        raise ValueError(f"“{lead}”应是一句领句：用一个 N 代替件数，以“：”结尾，不含空格或正则符号")
    return lead


def _no_repeats(words: tuple[str, ...]) -> tuple[str, ...]:
    repeated = sorted({w for w in words if words.count(w) > 1})
    if repeated:
        raise ValueError(f"同一张词表里有重复的词：{'、'.join(repeated)}")
    return words


@cache
def _file_models() -> dict[str, Any]:
    """The files' pydantic models (the terms file, the rules file, the Party calendar)."""
    import pydantic

    StartDate = Annotated[datetime.date, pydantic.BeforeValidator(_month_start)]
    EndDate = Annotated[datetime.date, pydantic.BeforeValidator(_month_end)]
    Text = Annotated[str, pydantic.StringConstraints(min_length=1, strip_whitespace=True)]
    Forms = Annotated[
        tuple[Text, ...], pydantic.Field(min_length=1), pydantic.AfterValidator(_forms_compile)
    ]
    strict = pydantic.ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    class WindowFile(pydantic.BaseModel):
        model_config = strict
        valid_from: StartDate = pydantic.Field(alias="from")
        until: EndDate | None = None

    class DatedTermFile(WindowFile):
        id: Text
        term: Text
        forms: Forms
        advice: Text
        source: Text
        lifted_by_group: bool = False
        in_check: bool = True
        instead: str = ""

    class NormRuleFile(WindowFile):
        id: Text
        text: Text
        source: Text
        clause: bool = False
        short: str = ""
        policy: str = ""

    class CongressFile(pydantic.BaseModel):
        model_config = strict
        name: Text
        session: Text
        closed: datetime.date
        collective_from: datetime.date | None = None

    class PlenumFile(pydantic.BaseModel):
        model_config = strict
        name: Text
        closed: datetime.date
        substantive: bool

    class PartyCalendarFile(pydantic.BaseModel):
        model_config = strict
        horizon: datetime.date
        congresses: tuple[CongressFile, ...] = pydantic.Field(min_length=1)
        plenums: tuple[PlenumFile, ...] = ()

    class StepFile(pydantic.BaseModel):
        model_config = strict
        id: Text
        forms: Forms
        needs: Text | None = None

    class ProcessFile(pydantic.BaseModel):
        model_config = strict
        id: Text
        by: Literal["first", "last"] = "first"
        steps: tuple[StepFile, ...] = pydantic.Field(min_length=2)

        @pydantic.model_validator(mode="after")
        def _needs_an_earlier_step(self) -> ProcessFile:
            ids = [s.id for s in self.steps]
            if len(set(ids)) != len(ids):
                raise ValueError(f"过程 {self.id} 的步骤 id 有重复：{ids}")
            for i, step in enumerate(self.steps):
                if step.needs is not None and step.needs not in ids[:i]:
                    raise ValueError(
                        f"步骤 {step.id} 的 needs 应写它前面的一步（{ids[:i] or '无'}），"
                        f"不是 {step.needs}"
                    )
            return self

    class PlaceFile(pydantic.BaseModel):
        model_config = strict
        not_: Forms = pydantic.Field(alias="not")

    class StepTableFile(pydantic.BaseModel):
        model_config = strict
        processes: tuple[ProcessFile, ...] = pydantic.Field(min_length=1)
        places: dict[Literal["lead", "section_end"], PlaceFile] = {}

        @pydantic.model_validator(mode="after")
        def _unique(self) -> StepTableFile:
            ids = [p.id for p in self.processes]
            if len(set(ids)) != len(ids):
                raise ValueError(f"过程 id 有重复：{ids}")
            return self

    Word = Annotated[str, pydantic.AfterValidator(_literal_word)]
    WordList = Annotated[
        tuple[Word, ...], pydantic.Field(min_length=1), pydantic.AfterValidator(_no_repeats)
    ]
    PairTable = Annotated[dict[Word, Word], pydantic.Field(min_length=1)]

    fields: dict[str, Any] = {
        name: (PairTable if kind == "Pairs" else WordList, ...)
        for name, kind in PointVerbs.__annotations__.items()
    }
    PointVerbsFile = pydantic.create_model("PointVerbsFile", __config__=strict, **fields)
    LeadList = Annotated[
        tuple[Annotated[str, pydantic.AfterValidator(_list_lead)], ...],
        pydantic.AfterValidator(_no_repeats),
    ]
    kinds = {"Pairs": PairTable, "Leads": LeadList}
    lead_fields: dict[str, Any] = {
        name: (kinds.get(kind, WordList), ...) for name, kind in LeadFrames.__annotations__.items()
    }
    LeadFramesFile = pydantic.create_model("LeadFramesFile", __config__=strict, **lead_fields)
    review_fields: dict[str, Any] = {
        name: (PairTable if kind == "Pairs" else WordList, ...)
        for name, kind in ReviewWords.__annotations__.items()
    }
    ReviewWordsFile = pydantic.create_model("ReviewWordsFile", __config__=strict, **review_fields)
    authority_fields: dict[str, Any] = {name: (WordList, ...) for name in Authority.__annotations__}
    AuthorityFile = pydantic.create_model("AuthorityFile", __config__=strict, **authority_fields)
    return_fields: dict[str, Any] = {
        name: (PairTable if kind == "Pairs" else WordList, ...)
        for name, kind in ReturnWords.__annotations__.items()
    }
    ReturnWordsFile = pydantic.create_model("ReturnWordsFile", __config__=strict, **return_fields)

    item_fields: dict[str, Any] = {
        name: (PairTable if kind == "Pairs" else WordList, ...)
        for name, kind in ItemForms.__annotations__.items()
    }
    ItemFormsFile = pydantic.create_model("ItemFormsFile", __config__=strict, **item_fields)

    IdeaName = Annotated[str, pydantic.StringConstraints(pattern=r"^[a-z][a-z_]*$")]
    IdeaWords = Annotated[
        tuple[Annotated[str, pydantic.AfterValidator(_idea_word)], ...],
        pydantic.Field(min_length=1),
        pydantic.AfterValidator(_no_repeats),
    ]
    Month = Annotated[int, pydantic.Field(ge=1, le=12)]

    class SeasonTopicFile(pydantic.BaseModel):
        model_config = strict
        key: Annotated[str, pydantic.StringConstraints(pattern=r"^[a-z_]+$")]
        label: Text
        kinds: Annotated[dict[Text, tuple[Month, ...]], pydantic.Field(min_length=1)]
        named: WordList
        said: WordList
        waived: WordList = ()

    Levels = tuple[Literal[LEVEL_NAMES], ...]  # type: ignore[valid-type]
    Roles = tuple[Literal[ROLE_NAMES], ...]  # type: ignore[valid-type]

    class ReachFile(pydantic.BaseModel):
        model_config = strict
        roles: Roles = ()
        levels: Levels = ()
        why: Text

    class LackFile(pydantic.BaseModel):
        model_config = strict
        words: WordList
        levels: Levels = ()
        roles: Roles = ()
        unless: tuple[Word, ...] = ()
        why: Text

        @pydantic.model_validator(mode="after")
        def _one_place(self) -> LackFile:
            if self.why.count("{}") > 1:
                raise ValueError(f"why 里最多一个 {{}}（印出找到的词）：{self.why}")
            return self

    class LevelFitFile(pydantic.BaseModel):
        model_config = strict
        reach: tuple[ReachFile, ...] = ()
        routines: tuple[Word, ...] = ()
        lacks: tuple[LackFile, ...] = ()

    return {
        "season_topics": pydantic.RootModel[tuple[SeasonTopicFile, ...]],
        "terms": pydantic.RootModel[tuple[DatedTermFile, ...]],
        "rules": pydantic.RootModel[tuple[NormRuleFile, ...]],
        "party": PartyCalendarFile,
        "steps": StepTableFile,
        "point_verbs": PointVerbsFile,
        "lead_frames": LeadFramesFile,
        "review_words": ReviewWordsFile,
        "authority": AuthorityFile,
        "returns": ReturnWordsFile,
        "item_forms": ItemFormsFile,
        "restate_ideas": pydantic.RootModel[dict[IdeaName, IdeaWords]],
        "level_fit": LevelFitFile,
    }


def term_from(data: dict[str, Any]) -> DatedTerm:
    """One entry of terms.yaml, checked as the file is (for tests and tools)."""
    model = _file_models()["terms"].model_validate([data])
    return _term(model.root[0])


def _term(entry: Any) -> DatedTerm:
    return DatedTerm(**dict(entry))


def _rule(entry: Any) -> NormRule:
    return NormRule(**dict(entry))


def _calendar(entry: Any) -> PartyCalendar:
    return PartyCalendar(
        horizon=entry.horizon,
        congresses=tuple(
            Congress(c.name, c.session, c.closed, c.collective_from) for c in entry.congresses
        ),
        plenums=tuple(Plenum(p.name, p.closed, p.substantive) for p in entry.plenums),
    )


def _steps(entry: Any) -> StepTable:
    return StepTable(
        processes=tuple(
            StepProcess(p.id, p.by, tuple(Step(s.id, s.forms, s.needs) for s in p.steps))
            for p in entry.processes
        ),
        places=tuple((name, place.not_) for name, place in entry.places.items()),
    )


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _norms_file(templates_dir: Path | None, name: str) -> Path:
    """A user's ``norms/<name>`` if their templates folder has one, else the built-in."""
    if templates_dir is not None and (templates_dir / "norms" / name).is_file():
        return templates_dir / "norms" / name
    return builtin_templates_dir() / "norms" / name


@cache
def load_season_topics() -> tuple[SeasonTopic, ...]:
    """templates/norms/season_topics.yaml (the built-in file: seasons.py reads it)."""
    path = _norms_file(None, "season_topics.yaml")

    def read() -> tuple[SeasonTopic, ...]:
        entries = _read(path, "season_topics", "当季话题表").root
        return tuple(
            SeasonTopic(
                e.key,
                e.label,
                tuple((kind, frozenset(months)) for kind, months in e.kinds.items()),
                e.named,
                e.said,
                e.waived,
            )
            for e in entries
        )

    return _kept("season_topics", path, read)


@cache
def load_terms(templates_dir: Path | None = None) -> tuple[DatedTerm, ...]:
    path = _norms_file(templates_dir, "terms.yaml")
    return _kept(
        "terms", path, lambda: tuple(map(_term, _read(path, "terms", "有时效的提法表").root))
    )


@cache
def load_rules(templates_dir: Path | None = None) -> tuple[NormRule, ...]:
    path = _norms_file(templates_dir, "rules.yaml")
    return _kept("rules", path, lambda: tuple(map(_rule, _read(path, "rules", "国家规定表").root)))


@cache
def load_party_calendar(templates_dir: Path | None = None) -> PartyCalendar:
    path = _norms_file(templates_dir, "party.yaml")
    return _kept("party", path, lambda: _calendar(_read(path, "party", "党代会和全会表")))


@cache
def load_steps(templates_dir: Path | None = None) -> StepTable:
    """templates/norms/steps.yaml: stock lines in the order their logic needs."""
    path = _norms_file(templates_dir, "steps.yaml")
    return _kept("steps", path, lambda: _steps(_read(path, "steps", "常用句先后表")))


def _point_verbs_values(entry: Any) -> dict[str, Any]:
    return {
        name: tuple(value.items()) if isinstance(value, dict) else tuple(value)
        for name, value in dict(entry).items()
    }


@cache
def load_point_verbs() -> PointVerbs:
    """templates/norms/point_verbs.yaml (the built-in file: the compose modules build their
    patterns from it when they are imported)."""
    return _word_table(PointVerbs, "point_verbs", "point_verbs.yaml", "要点词表")


@cache
def load_lead_frames() -> LeadFrames:
    """templates/norms/lead_frames.yaml (the built-in file: compose/lead_frames.py builds its patterns from it
    when it is imported)."""
    return _word_table(LeadFrames, "lead_frames", "lead_frames.yaml", "领句框架词表")


@cache
def load_review_words() -> ReviewWords:
    """templates/norms/review_words.yaml (the built-in file: compose/review_said.py builds its patterns from it
    when it is imported)."""
    return _word_table(ReviewWords, "review_words", "review_words.yaml", "回顾成绩词表")


@cache
def load_authority() -> Authority:
    """templates/norms/authority.yaml (the built-in file: compose/authority.py builds its patterns from it
    when it is imported)."""
    return _word_table(Authority, "authority", "authority.yaml", "讲话人能安排谁词表")


@cache
def load_return_words() -> ReturnWords:
    """templates/norms/returns.yaml (the built-in file: compose/return_said.py builds its patterns from it
    when it is imported)."""
    return _word_table(ReturnWords, "returns", "returns.yaml", "科室回表词表")


@cache
def load_item_forms() -> ItemForms:
    """templates/norms/item_forms.yaml (the built-in file: compose/item_form.py builds its patterns from it
    when it is imported)."""
    return _word_table(ItemForms, "item_forms", "item_forms.yaml", "事项形状词表")


@cache
def load_restate_ideas() -> tuple[tuple[str, Words], ...]:
    """templates/norms/restate_ideas.yaml: ideas a draft says once, each a name and the
    words that say it (compose/restate_ideas.py builds their patterns). In file order."""
    path = _norms_file(None, "restate_ideas.yaml")

    def read() -> tuple[tuple[str, Words], ...]:
        entry = _read(path, "restate_ideas", "只说一次的意思词表")
        return tuple((name, tuple(words)) for name, words in entry.root.items())

    return _kept("restate_ideas", path, read)


@cache
def load_level_fit() -> LevelFit:
    """templates/norms/level_fit.yaml (the built-in file: voice.py builds its level bars from
    it when it is imported)."""
    path = _norms_file(None, "level_fit.yaml")
    return _kept("level_fit", path, lambda: _level_fit(_read(path, "level_fit", "层级适配表")))


def _level_fit(entry: Any) -> LevelFit:
    return LevelFit(
        reach=tuple(Reach(frozenset(r.roles), frozenset(r.levels), r.why) for r in entry.reach),
        routines=tuple(entry.routines),
        lacks=tuple(
            Lack(
                tuple(a.words),
                frozenset(a.levels),
                frozenset(a.roles),
                tuple(a.unless),
                a.why,
            )
            for a in entry.lacks
        ),
    )


_Table = TypeVar("_Table")


def _word_table(table: Callable[..., _Table], key: str, file: str, title: str) -> _Table:
    """A built-in word table of norms/ (word lists and pairs only), checked and kept."""
    path = _norms_file(None, file)
    return _kept(key, path, lambda: table(**_point_verbs_values(_read(path, key, title))))


_Value = TypeVar("_Value")


def _read(path: Path, model: str, what: str) -> Any:
    data, node = read_yaml(path, what)
    return validate(_file_models()[model], data, path, node, what)


def _kept(name: str, path: Path, read: Callable[[], _Value]) -> _Value:
    """The checked table, kept between runs while the file and this code are unchanged
    (read with line:column positions for the messages, it is a few ms of every cold run)."""
    import sys

    from speechdraft import datafile

    salt = f"{package_stamp('pydantic')}:{code_stamp(sys.modules[__name__], datafile)}"
    return remembered(f"norms-{name}", [path], read, salt=salt)


def rules_for(when: datetime.date, templates_dir: Path | None = None) -> dict[str, NormRule]:
    """The rules in force at ``when``, by id."""
    return {r.id: r for r in load_rules(templates_dir) if r.contains(when)}


@dataclass(frozen=True)
class TermHit:
    """A dated term found in a text outside its window."""

    term: str
    matched: str
    start: int
    end: int
    window: str  # 2021年7月起 / 2020年1月至2022年12月
    advice: str  # Chinese: what to say instead

    def __str__(self) -> str:
        return f"“{self.matched}”只能用于{self.window}的讲话：{self.advice}"


def terms_out_of_window(
    text: str,
    when: datetime.date,
    terms: tuple[DatedTerm, ...] | None = None,
    group_named: bool = False,
) -> list[TermHit]:
    """Every use of a dated term in ``text`` that a speech dated ``when`` cannot make,
    in the order they occur. ``group_named``: the profile names a leading group, which
    lifts the terms marked ``lifted_by_group``."""
    hits = []
    table = load_terms() if terms is None else terms
    for term, pattern in _outside(table, when, group_named).terms:
        for match in pattern.finditer(text):
            hits.append(
                TermHit(
                    term=term.term,
                    matched=match.group(),
                    start=match.start(),
                    end=match.end(),
                    window=term.describe(),
                    advice=term.advice,
                )
            )
    return sorted(hits, key=lambda h: (h.start, h.end))


def said_in_window(text: str, when: datetime.date, group_named: bool = False) -> str:
    """``text`` with each dated term a speech dated ``when`` cannot make replaced by the
    wording its entry gives for outside its window (``instead``); a term with none stays."""
    for term, pattern in _outside(load_terms(), when, group_named).terms:
        if term.instead:
            text = pattern.sub(term.instead, text)
    return text


def any_term_out_of_window(text: str, when: datetime.date, group_named: bool = False) -> bool:
    """Whether ``text`` uses a dated term a speech dated ``when`` cannot make (the
    built-in table): ``bool(terms_out_of_window(text, when, group_named=…))``, in one search."""
    outside = _outside(load_terms(), when, group_named)
    if outside.combined is not None:
        return outside.combined.search(text) is not None
    return any(pattern.search(text) for _, pattern in outside.terms)


@dataclass(frozen=True)
class _Outside:
    """The terms outside their window at a date, with their patterns, and one pattern
    that finds any of them (None when they cannot be joined)."""

    terms: tuple[tuple[DatedTerm, re.Pattern[str]], ...]
    combined: re.Pattern[str] | None


# A draft asks about one date a thousand times or more (every wording it may say), so
# what is outside the window is worked out once per table and date. Keyed by the table's
# identity and kept with it, so that a table made anew is never confused with an old one.
_OUTSIDE: dict[tuple[int, datetime.date, bool], tuple[object, _Outside]] = {}
# Patterns that cannot be joined into one: back-references would point elsewhere.
_BACKREFERENCE = re.compile(r"\\[1-9]|\(\?P=")


def _outside(
    terms: tuple[DatedTerm, ...], when: datetime.date, group_named: bool = False
) -> _Outside:
    key = (id(terms), when, group_named)
    kept = _OUTSIDE.get(key)
    if kept is not None and kept[0] is terms:
        return kept[1]
    found = tuple(
        (term, term.pattern)
        for term in terms
        if not term.contains(when) and not (group_named and term.lifted_by_group)
    )
    outside = _Outside(found, _joined([pattern.pattern for _, pattern in found]))
    if len(_OUTSIDE) >= 256:
        _OUTSIDE.clear()
    _OUTSIDE[key] = (terms, outside)
    return outside


def _joined(patterns: list[str]) -> re.Pattern[str] | None:
    """One pattern matching where any of ``patterns`` does; None when there is none to
    join or they cannot be joined (a back-reference, a flag that must stand first)."""
    return _joined_once(tuple(patterns))


# Kept by the patterns themselves: every meeting date makes an _OUTSIDE entry of its own,
# yet most dates leave the same terms outside, and compiling their union cost each draft
# of a batch some 5 ms (issue 13).
@lru_cache(maxsize=64)
def _joined_once(patterns: tuple[str, ...]) -> re.Pattern[str] | None:
    if not patterns or any(_BACKREFERENCE.search(p) for p in patterns):
        return None
    try:
        return re.compile("|".join(f"(?:{p})" for p in patterns))
    except re.error:
        return None


@dataclass(frozen=True)
class PartyReference:
    """What a speech dated ``when`` cites as the Party's latest guidance."""

    congress: str  # 党的二十大
    plenum: str | None  # 二十届三中全会, 二十届历次全会, or None
    spirit: str  # 党的二十大和二十届三中全会精神


def _plenums_said(data: PartyCalendar, congress: Congress, when: datetime.date) -> str:
    """十九届历次全会 once that is the usage, else every plenum held so far by name, the
    procedural ones too (十九届二中、三中、四中全会: the lists of the day name them all)."""
    if congress.collective_from is not None and when >= congress.collective_from:
        return f"{congress.session}历次全会"
    held = [
        p.name.removeprefix(congress.session).removesuffix("全会")
        for p in data.plenums
        if congress.closed < p.closed < when and p.name.startswith(congress.session)
    ]
    return f"{congress.session}{'、'.join(held)}全会"


def current_party_reference(
    when: datetime.date, calendar_: PartyCalendar | None = None
) -> PartyReference | None:
    """The latest congress before ``when`` and its plenums: the one substantive plenum by
    name; several listed by name (十九届二中、三中、四中全会) until the day the congress's
    ``collective_from`` says 历次全会 became the usage (round ap's R: 历次全会 in January 2020
    is a later wording). None past the data's horizon (a draft then says nothing dated
    rather than something stale)."""
    data = calendar_ or load_party_calendar()
    if when > data.horizon:
        return None
    held = [c for c in data.congresses if c.closed < when]
    if not held:
        return None
    congress = held[-1]
    since = [
        p
        for p in data.plenums
        if p.substantive
        and congress.closed < p.closed < when
        and p.name.startswith(congress.session)
    ]
    if not since:
        return PartyReference(congress.name, None, f"{congress.name}精神")
    plenum = since[0].name if len(since) == 1 else _plenums_said(data, congress, when)
    return PartyReference(congress.name, plenum, f"{congress.name}和{plenum}精神")
