"""Jinja2 rendering of a speech context into markup (see structure.py for the markup).

Templates are rendered in a sandbox with StrictUndefined. Every value printed with
``{{ }}`` passes ``_finalize``: profile text is wrapped in literal markers so that no
markup or token can come from a profile (a value ``{{ 7*7 }}`` or ``# 标题`` stays
literal), while the tokens made by the functions below pass through as ``Raw``.

User templates (``--templates``) may come from another office, so the sandbox is
bounded as well as closed (see sandbox.py): no Python internals, no
``str.format``, no list mutation, no file outside the template folder, no value or
output beyond a size limit, and a step and time budget that stops a runaway loop.
"""

from __future__ import annotations

import ast
import datetime
import itertools
import random
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import replace
from functools import cache, cached_property, lru_cache
from hashlib import sha512
from pathlib import Path
from typing import Any, TypeVar, cast

import jinja2
import jinja2.sandbox

from speechdraft.compose import item_form
from speechdraft.compose.antecedent import leans_back
from speechdraft.compose.assemble import (
    FIRST,
    Piece,
    choose_family,
    label_words,
    name_said,
    named_length,
    not_said_at,
    other_stage,
    place_points,
    plan_section,
    presumed_said,
    restates_a_point,
    specific_words,
)
from speechdraft.compose.authority import assigns_other_departments, directed_pieces
from speechdraft.compose.context import (
    ODDS_AREA,
    AchievementItem,
    Figure,
    SpeechContext,
    TaskItem,
)
from speechdraft.compose.deed_once import column_said, deed_once, shared_words, verb_said
from speechdraft.compose.demand_ideas import STOCK_LINES, STOCK_MINUTES
from speechdraft.compose.echo import (
    HEADING_MOST,
    echoed_target,
    echoes_heading,
    heading_keys,
    purpose_runs,
    weight_words,
)
from speechdraft.compose.figure_once import (
    claim_said_with,
    done_in_review,
    mark_untold_counts,
    said_in_points,
    sum_of,
    sum_told,
    told_by_clerk,
    told_in_points,
    total_of_new,
)
from speechdraft.compose.figure_place import (
    bare_figure,
    best_point,
    by_kind,
    figure_homes,
    figure_lead,
    lead_joined,
    led_by_topic,
    own_measure,
    rate_lead,
    repeats_heading,
    shares_a_word,
    target_about,
    topic_groups,
    without_subject,
)
from speechdraft.compose.figure_place import words as figure_words
from speechdraft.compose.filler import FILLER_A_SECTION, FILLER_SLOTS, is_empty, is_filler
from speechdraft.compose.gates import AT_NAME, CLOSE_NAME, OPEN_NAME
from speechdraft.compose.lead_frames import (
    LEVEL_KEPT,
    LEVEL_RAISED,
    claim_of,
    counted_by,
    counts_work,
    forced_area,
    opener_family,
    part_headings,
    report_subject,
    stock_duty,
)
from speechdraft.compose.listed_points import listed_said, without_topic
from speechdraft.compose.measure_once import cadence_says, target_says
from speechdraft.compose.pair_headings import pair_headings
from speechdraft.compose.point_fit import reports_standing, sourced_pieces
from speechdraft.compose.point_place import own_body_pieces
from speechdraft.compose.promise import keeps, promised_parts, promised_terms, says
from speechdraft.compose.register import RegisterBudget
from speechdraft.compose.restate import (
    COMMON_PAIRS,
    Said,
    heading_frames,
    ideas_in,
    pairs_in,
    subtopics_in,
)
from speechdraft.compose.review_said import (
    area_in,
    chain,
    coverage_counted,
    done_in_full,
    done_name,
    done_number,
    full_claims,
    plan_named,
    point_now_said,
    rule_met_said,
    system_area,
    term_repeated,
    zero_said,
)
from speechdraft.compose.sandbox import (
    MAX_VALUE_SIZE,
    Sandbox,
    make_environment,
    run_template,
    text_size,
    too_big,
)
from speechdraft.compose.short_points import said_together
from speechdraft.compose.suggestions import Suggester
from speechdraft.compose.weave import (
    MEASURE_VERB,
    VERB_LED,
    charge_pieces,
    claims_unsupported,
    for_plan_reviewed,
    for_planned_span,
    for_planned_year,
    for_review_span,
    for_year_so_far,
    lead_topic,
    leaves_a_shell,
    names_its_subject,
    not_asked,
    one_list,
    plan_reviewed,
    plan_sentence,
    planned_clause,
    planned_span,
    review_figure,
    reviews_so_far,
    said_shape,
    stock_clause,
    told_as_deed,
    without_unasked_time,
)
from speechdraft.compose.whole_words import stated_problem, whole_words
from speechdraft.errors import TemplateRenderError
from speechdraft.figures import leading_number, typeset
from speechdraft.genre import ASKED_AREAS, CHARS_PER_MINUTE, SAFEGUARD_HINTS
from speechdraft.lexicon import COUNTIES_SAID
from speechdraft.markup import (
    ENUM,
    GATE_CLOSE,
    GATE_OPEN,
    ITEM,
    LITERAL_CLOSE,
    LITERAL_OPEN,
    RUN_IN,
    TOKEN_CLOSE,
    TOKEN_OPEN,
    XML_ILLEGAL,
    count_token,
    fact_token,
    gate,
    gate_opening,
    plain,
    without_gates,
)
from speechdraft.norms import (
    load_lead_frames,
    load_point_verbs,
    load_rules,
    load_terms,
    said_in_window,
    terms_out_of_window,
)
from speechdraft.numerals import arabic_quantities
from speechdraft.phrasebank import Area, FactSpec, Family, Unit, licensed, sayable, spoken_words
from speechdraft.voice import BUREAU_LIKE, PARTY_SIDE

T = TypeVar("T")

# the committee's own secretary (县委书记, 市委书记、组长), not its deputy (县委副书记)
_SECRETARY = re.compile(r"^[^、，]{0,8}?[^副]委书记|^书记")

# How far the frame grows with the tasks (_Speech._frame_reaches), and the level at which a
# sentence that restates the draft is said at all (only in the longest drafts).
FRAME_BASE = 2
RESTATED = 8
_ANNOUNCES_MANY = re.compile(
    r"几个方面|几项|这样几|以下几|以下目标|主要有：|主要表现在|count\('sections'\)"
    # round x: 总的看，过去一学年工作是扎实的：one achievement (a summary wants its evidence)
    r"|总的看[^：。]*：|来概括：|主要体现在|其他议程"
    # round af: 办成了几件实事 over one achievement (its count is the review's)
    r"|办成了几件"
    # round g: 还存在一些亟待解决的问题：村小教师平均年龄超过50岁 (一些 before one item)
    r"|(?:一些|不少)[^：。]{0,10}(?:问题|短板|难题|不足|薄弱环节|困难)[^：。]{0,14}：|这些问题|这些短板"
)
# A line that points back to what was said (这些目标, 这些成绩): said only after it was.
_POINTS_BACK = {
    "target_items": re.compile(r"这些目标|上述目标|以上目标"),
    "achievements": re.compile(r"这些成绩|这些进步|这些成效|上述成绩"),
}
_RISE_VERBS = ("达到", "提高到", "提升到")


def _items_said(items: Sequence[object]) -> int:
    """How many things a list of targets or achievements says: an achievement counts its
    points and figures (one area with three points is three results), at least one."""
    return sum(
        max(1, len(item.points) + len(item.figures)) if isinstance(item, AchievementItem) else 1
        for item in items
    )


_FACT_KEYS = re.compile(r"fact\(\s*[\"']([^\"']+)[\"']\s*\)")


def _opening_left(piece: Piece, kept: list[Piece], opening: int | None) -> int | None:
    """The level a dropped first sentence leaves for the next kept one to take (a short draft
    still opens its section)."""
    if piece.level <= FIRST and not kept:
        return piece.level if opening is None else min(piece.level, opening)
    return opening


class Raw(str):
    """Markup made by speechdraft itself (tokens, rendered phrases): printed as is."""

    __slots__ = ()


# What str.splitlines() breaks at: inside literal text it would cut the markup's line.
_LINE_BREAKS = str.maketrans(dict.fromkeys("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029", " "))


def literal(text: str) -> str:
    """Marks profile text as literal; the markers themselves can't be smuggled in, nor a
    line break (load_profile joins lines already; this guards values built in code)."""
    clean = without_gates(text.replace(LITERAL_OPEN, "").replace(LITERAL_CLOSE, ""))
    clean = clean.translate(_LINE_BREAKS)
    return f"{LITERAL_OPEN}{clean}{LITERAL_CLOSE}"


class _Gated(str):
    """gated()'s text in the marked render: markup with its markers where code joins it;
    printed by a template, its text is a value like any other (literal), its markers stay."""

    def __new__(cls, level: int, text: str) -> _Gated:
        gated = super().__new__(cls, gate(level, text))
        gated.level, gated.text = level, text
        return gated

    level: int
    text: str


def _finalize(value: Any) -> Any:
    if isinstance(value, Raw):
        return value
    if isinstance(value, _Gated):
        return Raw(gate(value.level, _finalize(value.text)))
    if text_size(value) > MAX_VALUE_SIZE:
        raise too_big("要输出的值")
    if isinstance(value, bool) or value is None:
        raise TemplateRenderError(f"模板输出了无效的值：{value!r}")
    if isinstance(value, int):
        return str(value)
    return literal(str(value))


def more_than_one_sentence(text: str) -> bool:
    """Whether a piece's text says two sentences or more (a unit may hold two)."""
    return len([s for s in re.split(r"[。！？]", text) if s.strip()]) > 1


def _said_with_a_second(pieces: list[Piece]) -> list[Piece]:
    """A default safeguard's pieces with its first sentence said only from the level its
    second is: below it the section would stand over one line, and says nothing instead
    (its heading dropped with it: structure.parse_markup). Round ah's S, where the length
    fitter kept one line of a default safeguard under its heading."""
    if len(pieces) < 2:
        return pieces
    lowest = min(pieces, key=lambda p: p.level)
    if more_than_one_sentence(lowest.unit.text):
        return pieces
    second = sorted(p.level for p in pieces)[1]
    return [replace(p, level=second) if p is lowest and p.level < second else p for p in pieces]


_HONOURS_TAIL = re.compile(r"(?<=.)(?:和|与|及)(?:荣誉|获奖|表彰)(?:情况)?$")
_STOCK_FIRST = re.compile(
    r"^(?:全[县市区旗镇乡省州盟])?现有[^，；。]{0,6}(?:学校|小学|中学|幼儿园|中小学)"
)
# the place's schools or pupils counted (…在校生1186人, 7所小学…): a review's 基本情况
_COUNTS_OF_THE_PLACE = re.compile(
    r"在校(?:中小学|小学|中学)?生|在校学生|在园幼儿|\d+所(?:小学|中学|学校|幼儿园|中小学)"
    # a school kind then its count (全镇共有中学1所、中心小学1所…: round bg's 12, S)
    r"|(?:共有|现有)(?:中学|小学|中心小学|初中|幼儿园|中小学|学校)\d+所"
)
# the teachers' ethics joined to an area's name (教师队伍建设与师德师风, …和师德师风建设)
_ETHICS_PART = re.compile(r"[与和及、]师德师风(?:建设)?(?=工作|$)")
_AN_ACCOUNT = re.compile(r"(?:基本情况|概况|已完成的(?:工作|指标|任务|事项))$")
_AN_ACCOUNT_SAID = re.compile(r"已完成的(?:工作|指标|任务|事项)$")


def _umbrella_said(item: TaskItem, half: str, halves: list[str], said: str) -> bool:
    """Whether ``half`` names the whole area (教师队伍建设, no sub-topic's own word) and the
    section speaks of two sub-topics other than the other half's (招聘, 交流轮岗 beside
    师德师风): both halves are said then, and the heading keeps both (round cf's 02 and 13, S:
    （四）进一步加强师德师风建设 over 招聘、交流轮岗、培训)."""
    area = item.area
    if area is None or any(half in f.aliases for f in area.families):
        return False
    others = [h for h in halves if h != half]
    named = [
        f
        for f in area.families
        if not any(o in f.aliases or any(a in o for a in f.aliases) for o in others)
        and any(alias in said for alias in f.aliases if len(alias) >= 2)
    ]
    return len(named) >= 2  # a section of several sub-topics; one is the heading's own choice


def _word_among(name: str, words: Iterable[str]) -> bool:
    """Whether a two-character word of ``name`` is in one of ``words``."""
    pairs = {name[i : i + 2] for i in range(len(name) - 1)}
    return any(pair in word for word in words for pair in pairs)


def _states_joined(states: Sequence[str]) -> str:
    """A task's present levels in one clause group; what the place has (现有…) said once
    (round ba's R: 全州现有责任督学356名，现有挂牌督导覆盖学校1240所)."""
    if len(states) > 1 and all(state.startswith("现有") for state in states):
        rest = (state.removeprefix("现有") for state in states[1:])
        return "、".join([literal(states[0]), *(literal(state) for state in rest)])
    return "，".join(literal(state) for state in states)


def works_question(label: str, unit: str) -> str:
    """A missing count of new works asked as the question it is: how many, if any."""
    asked = f"{label}（{unit}）" if unit else label
    return f"{asked}，不安排请填“无”"


def placeholder(label: str, unit: str = "") -> Raw:
    """The token for a missing fact; becomes 【待补：label（unit）】 highlighted in the .docx."""
    return Raw(fact_token(label, unit))


# random.Random's own seeding of a text (Random.seed, version 2), called directly: a draft
# seeds about 180 generators, and the Python layer around the C seeding, and making a new
# generator each time, were a fifth of their cost. tests/test_render_seeding.py checks the
# state is random.Random(text)'s.
_SEED_GENERATOR: Callable[[random.Random, int], None] = random.Random.__mro__[1].seed  # type: ignore[attr-defined]


@lru_cache(maxsize=16384)  # asked of a slot's every unit in every draft (speed17)
def _says(pattern: re.Pattern[str], wordings: tuple[str, ...]) -> bool:
    """Whether ``pattern`` is found in one of a unit's ``wordings``."""
    return any(pattern.search(text) for text in wordings)


# _counts_fit's two searches, asked of each unit of every frames slot, some 200 times a draft
# of the same few dozen slots and units: the answers kept by the process (speed35)
@lru_cache(maxsize=4096)
def _on_the_problems(slot: str) -> bool:
    """Whether a frames slot speaks of the problems (_ON_THE_PROBLEMS)."""
    return _ON_THE_PROBLEMS.search(slot) is not None


@lru_cache(maxsize=16384)
def _announces_many(text: str) -> bool:
    """Whether a unit's text announces a list of several (_ANNOUNCES_MANY)."""
    return _ANNOUNCES_MANY.search(text) is not None


def seeded(text: str, into: random.Random | None = None) -> random.Random:
    """``random.Random(text)``: a generator in the very state that gives; ``into`` is
    reseeded and returned instead of a new one."""
    raw = text.encode()
    rng = into if into is not None else random.Random.__new__(random.Random)
    _SEED_GENERATOR(rng, int.from_bytes(raw + sha512(raw).digest()))
    rng.gauss_next = None  # type: ignore[attr-defined]  # what Random.seed resets too
    return rng


# A draft's choices are seeded by its seed and the choice's salt (a slot's, a unit's): drafts
# of one seed share many salts (family:组织领导, a stock line's wording…), and seeding costs
# more than the rest of a choice: the index drawn is kept by the text and the count, which
# are all it depends on (speed36: 707 seedings for the seven kinds' drafts, 487 of them
# different).
@lru_cache(maxsize=4096)
def seeded_index(text: str, count: int) -> int:
    """``random.Random(text).randrange(count)``, which is also the index
    ``random.Random(text).choice`` takes among ``count`` options."""
    # a generator of its own: the web face drafts in several threads at once, and a shared
    # one could be reseeded by another between the seeding and the draw
    return seeded(text).randrange(count)


# Meetings about a school term, not the year: a plan figure said at one from July names no span.
_TERM_MEETINGS = frozenset({"school_opening", "teachers_day"})
_YEAR_NEARLY_OVER = 10  # the month from which a plan names no span (_plan_year)


def _figure_ends_point(
    points: Sequence[str], figures: Sequence[Figure]
) -> tuple[list[str], list[Figure]]:
    """A figure whose label the last point ends with is said as that point's count
    (面向部属师范大学引进优秀毕业生64名): after the point, its label read the point again
    (…引进优秀毕业生，引进优秀毕业生64名: round x's D). The points and the figures left."""
    last = points[-1]
    for figure in figures:
        said = review_figure(figure.label, figure.value)
        if len(figure.label) >= 4 and last.endswith(figure.label) and said.startswith(figure.label):
            joined = last + said[len(figure.label) :]
            return [*points[:-1], joined], [f for f in figures if f is not figure]
        # a point that only names a project, then a figure under the same name (全面改薄项目，
        # 全面改薄完成投资1.32亿元: round z's G said the name twice): the name is the figure's
        # subject, said once (全面改薄项目完成投资1.32亿元)
        shared = _shared_name(last, figure.label)
        if shared and said.startswith(figure.label):
            joined = last + said[shared:]
            return [*points[:-1], joined], [f for f in figures if f is not figure]
    return list(points), list(figures)


_CLAIMED = re.compile(r"^(?P<name>[^，；]{2,}?)(?P<claim>首次突破|突破|首次超过)[^，；]+$")
_NAMED_CHANGE = re.compile(
    r"^(?P<name>[^，；]{2,}?)(?=(?:较上年|比上年|同比)(?:下降|降低|减少|提高|提升|增长|增加|上升)$)"
)
_CHANGED = re.compile(
    r"^(?P<name>[^，；]{2,}?)(?:人数|数)?(?P<change>(?:较上年|比上年|同比)[^，；]+)$"
)


def _figure_in_claim(
    points: Sequence[str], figures: Sequence[Figure]
) -> tuple[list[str], list[Figure]]:
    """A figure the clerk also made a claim of in a point, said once with it (round ab's R,
    D): after its own 首次突破 claim as what it reached (高考二本以上上线人数首次突破千人，达到
    1036人, not …首次突破千人，二本以上上线1036人), and before its change, the base first
    (高考一本上线612人，较上年增加57人, not 一本上线人数较上年增加57人，一本上线612人). The
    points and the figures left."""
    points, left = _coverage_said(points, figures)
    for figure in list(left):
        name = figure.label.removesuffix("人数")
        for i, point in enumerate(points):
            clauses = point.split("，")
            for j, clause in enumerate(clauses):
                claimed = _CLAIMED.match(clause)
                changed = _CHANGED.match(clause)
                if (
                    claimed
                    and name in claimed["name"]
                    and _is_count_value(figure.value)
                    and not _A_RATE.search(clause)
                ):
                    clauses[j] = f"{clause}，达到{figure.value}"
                elif changed and name in changed["name"]:
                    clauses[j] = _base_then_change(changed["name"], changed["change"], figure)
                elif len(name) >= 4 and (
                    claim := claim_said_with(
                        clause, name, review_figure(figure.label, figure.value)
                    )
                ):
                    # 高考本科上线率达到历史新高，高考本科上线率达到84.6% said the name
                    # twice (round af's R, D): the figure with its claim, once
                    clauses[j] = claim
                elif (
                    (change := _NAMED_CHANGE.match(figure.label))
                    and change["name"] in clause
                    and j == len(clauses) - 1
                    and (said := review_figure(figure.label, figure.value)).startswith(
                        change["name"]
                    )
                ):
                    # 连续三年实现中小学生溺亡人数下降，溺亡人数较上年下降40% said the noun twice
                    # (round aj's R): the change follows the clause that names it, once
                    clauses[j] = f"{clause}，{said[len(change['name']) :]}"
                elif total_of_new(figure.label, figure.value, [clause]) and j == len(clauses) - 1:
                    # 新组建…4个…教育集团，组建教育集团19个 read as 19 more (round af's F):
                    # the count is the total, after the new ones
                    clauses[j] = f"{clause}，{_total_said(figure)}"
                else:
                    continue
                points[i] = "，".join(clauses)
                left = [f for f in left if f is not figure]
                break
            if figure not in left:
                break
    return points, left


def _coverage_said(
    points: Sequence[str], figures: Sequence[Figure]
) -> tuple[list[str], list[Figure]]:
    """A count of the things a point says every unit has, said with the whole (round ao's G,
    R: 全市中小学智慧校园实现全覆盖，智慧校园412所 pasted the count after it with its noun again;
    全市412所中小学全部建成智慧校园): review_said.coverage_counted. The points and the figures
    left."""
    points, left = list(points), list(figures)
    for figure in figures:
        for i, point in enumerate(points):
            clauses = point.split("，")
            said = [coverage_counted(c, figure.label, figure.value) for c in clauses]
            if any(said):
                points[i] = "，".join(s or c for s, c in zip(said, clauses, strict=True))
                left = [f for f in left if f is not figure]
                break
    return points, left


def _deed_said_once(
    points: Sequence[str], figures: Sequence[Figure]
) -> tuple[list[str], list[Figure]]:
    """A point and a figure of one deed said as one clause (公开招聘教师，…，招聘教师210名 →
    公开招聘教师210名，…: round al's D, R); see compose.deed_once."""
    if not points or not figures:
        return list(points), list(figures)
    return deed_once(points, figures, lambda f: (f.label, f.value), review_figure)


def _said_in(figure: Figure, points: Sequence[str]) -> int | None:
    """The point that already says a figure's number (its value's digits), or None."""
    digits = re.search(r"\d[\d,.]*", figure.value)
    if digits is None:
        return None
    number = digits.group().replace(",", "")
    return next(
        (
            i
            for i, p in enumerate(points)
            if re.search(rf"(?<![\d.]){re.escape(number)}(?![\d])", p)
        ),
        None,
    )


def _base_then_change(subject: str, change: str, figure: Figure) -> str:
    """The figure, then the change the clerk's point gives (高考一本上线612人，较上年增加57人).
    A rate's change with a count (2018年高考本科上线率较上年提高…, 本科上线 612人): the count
    is said with the count's name, the change with the rate's (round ak's G: 本科上线率达到
    612人, a 率 given a head count)."""
    subject = subject.removesuffix("人数")
    rate = _RATE_NAME_END.search(subject)
    if rate and _is_count_value(figure.value):
        stem = subject[: rate.start()]
        return f"{review_figure(stem, figure.value)}，{stem[-2:]}{rate.group()}{change}"
    return f"{review_figure(subject, figure.value)}，{change}"


def _total_said(figure: Figure) -> str:
    """A bare noun's count as the total it is (教育集团总数达到19个), its unit kept; a name
    that says its total already (累计通过乡镇数 → 累计通过14个乡镇) as it is said."""
    said = review_figure(figure.label, figure.value)
    if figure.label.startswith("累计") or column_said(figure.label, figure.value):
        return said  # not 累计通过乡镇数总数达到14个乡镇 (round al's R)
    value = re.search(r"\d[\d,.]*(?:万|亿)?[^\d，。；]{0,3}$", said)
    return f"{figure.label}总数达到{value.group() if value else figure.value}"


# the teachers' rotation reform named by the level that runs it (县管校聘, 市管校聘, 区管校聘)
_REFORM_NAME = re.compile(r"[省市县区旗州盟]管校聘")


# a claim about a rate (上线率首次突破70%) is not followed by a count as what it reached
# (round ae's G: 本科上线率首次突破70%，达到512人)
_A_RATE = re.compile(r"率|%|比例|占比")
_RATE_NAME_END = re.compile(r"(?:率|比例|占比|比重)$")
# a point that counts something (今年要新增校车12辆)
_COUNTED_POINT = re.compile(r"\d")


def _is_count_value(value: str) -> bool:
    return bool(re.match(r"^约?\d[\d,.]*(?:万|亿)?[^\d%]{0,3}$", value)) and "%" not in value


def _shared_name(point: str, label: str) -> int:
    """How many first characters a bare name (全面改薄项目) and a figure's label (全面改薄完成
    投资) share, where they share four or more and the point is only that name; else 0."""
    if re.search(r"[，；\d]", point) or len(point) > 12:
        return 0
    shared = 0
    while shared < min(len(point), len(label)) and point[shared] == label[shared]:
        shared += 1
    return shared if shared >= 4 and shared < len(label) else 0


class _Speech:
    """The functions a speech template may call, bound to one context and seed."""

    def __init__(self, env: Sandbox, ctx: SpeechContext, marked: bool = False) -> None:
        self.env = env
        self.ctx = ctx
        self.marked = marked  # the one render at the highest level, pieces gated (gates.py)
        self.done_said: set[str] = set()  # plan figures the clerk gave as done (_fact_said)
        self.used: set[str] = set()  # bank entries already in this draft
        self.topics: set[str] = set()  # topics already spoken about: each is said once
        self.families: dict[
            int, Family | None
        ] = {}  # a task's family (two tasks may share a label)
        self.placed: dict[int, list[str]] = {}  # a key task's points, placed (choose_families)
        # a key task's point said as its heading (task_title), not again in its body
        self.said_as_heading: dict[int, str] = {}
        self.suggester = Suggester(ctx.meeting_day, ctx.kind.key, ctx.suggestions)
        # whether the speaker may say a unit at all, by id: asked about 1,600 times a draft
        # of a few hundred units, which the bank keeps alive for the whole draft
        self.admitted: dict[int, bool] = {}
        # what that depends on (kind, role, level, date), the key of the process's caches
        self.speaker = (
            ctx.kind.key,
            ctx.role,
            ctx.level,
            ctx.meeting_day,
            ctx.group_named,
            ctx.situation,
        )
        # ideas and wordings already in the draft (restate.py); it keeps its answers
        # between two sentences, as the same wordings are asked again and again
        self.said = Said()
        self.register = RegisterBudget()  # fronted shapes said so far (register.py)
        # verb frames of the headings said so far, and how many headings said each
        self.heading_frames: Counter[str] = Counter()
        # the part headings said so far (a heading below or beside them does not say their
        # first clause again: round ag's D, 三要加强统筹协调 after 突出统筹协调)
        self.part_headings: list[str] = []
        # the key phrases and words of weight of the headings said so far (echo.heading_keys):
        # a later heading saying one of them again is chosen only where no other may be said
        self.heading_runs: set[str] = set()
        self.asked: dict[str, set[str]] = {}  # an area's required facts a section asked for
        # _fit, by unit: the same for every draft of this speaker, so kept by the process
        self.fits = _fits_of(self.speaker)
        self.moves: dict[int, tuple[TaskItem, tuple[tuple[str, str], ...]]] = {}
        # _said_fewer_than_two: a context list's count of things said, with the list counted
        self._items_counted: dict[str, tuple[Sequence[object], int]] = {}
        self.own_headings: dict[int, str] = {}  # a clerk's own section's heading, by task
        # a mid-year safety meeting reviews the work so far (weave.reviews_so_far)
        # (今年以来 where the clerk's results say they are this year's: 上半年…, round as's F)
        self.review_so_far = (
            ("今年以来" if ctx.results_this_year else "去年以来")
            if reviews_so_far(ctx.kind.key, ctx.meeting_day.month)
            else ""
        )
        self.planned_span = planned_span(
            ctx.kind.key, ctx.meeting_day.month, bool(_HOLIDAY_AHEAD.search(ctx.meeting_name))
        )
        self._meanings_said: set[str] = set()  # _level_meaning's, once a draft each
        # the fields counting a year's work (年度…, 全年…): 全年, not the span (for_planned_span)
        self._annual = frozenset(
            spec.key
            for task in (*ctx.priorities, *ctx.safeguards)
            if task.area is not None
            for spec in task.area.facts
            if spec.label.startswith(("年度", "全年"))
        )
        # a look back over a whole five-year plan is said as its span (weave.plan_reviewed)
        self.plan_reviewed = plan_reviewed(
            ctx.y.review_plan.plan,
            ctx.y.review_plan.index,
            [
                *ctx.preceding,
                *(t for a in ctx.achievements for t in (*a.points, *(f.label for f in a.figures))),
            ],
        )
        self.figures_said: set[int] = set()  # achievements' figures said with their points
        self.used_plain: set[str] = set()  # the plain review leads' forms said (_plain_lead)
        self.steady_said: set[str] = set()  # 扎实推进… said after an area (_plain_lead)
        # the mark after the first review item's claim (。 or ，): the items after it follow it
        # (_claim_apart; round ao's S: 一是…。 二是…。 三是…，…；…)
        self.claim_joint = ""
        # a list lead's families said (lead_frames.opener_family), once a draft each, and
        # whether the last line said counted the work (no list lead counts it again)
        self.list_families: set[str] = set()
        self.list_leads_said = 0
        self.counted_line = ""
        self.occasion_said = False  # a frame line said 在…之际 (_occasion_said_once)
        self.targets_read_out = False  # the kind's template reads out c.target_items
        self.plan_leads: set[Unit] = set()  # headings said as a plan sentence's lead
        self.point_figures: dict[str, str] = {}  # plan figures said after a point of theirs
        self.point_stock: dict[str, str] = {}  # what the place has, said before a point
        self.targets_say: set[tuple[int, str]] = set()  # a task's facts a target also gives
        self.reform_name: str | None = None  # the clerk's X管校聘 (_clerk_reform_name)
        self.headings: dict[int, Unit] = {}  # the bank heading said over a task, by task id
        # the sentence that keeps a family heading's promise, chosen with it (promise.py)
        self.promises: dict[int, Unit | None] = {}
        # and those keeping the other things it names side by side (校舍 of 消防和校舍安全)
        self.side_promises: dict[int, tuple[Unit, ...]] = {}
        # the ideas the draft had said before a family heading was (its own words then count)
        self.said_before_heading: dict[int, frozenset[str]] = {}
        self.section_said = False  # whether the section task_body is making says anything
        self._priority_ids: tuple[tuple[TaskItem, ...], frozenset[int]] | None = None

    def in_window(self, text: str) -> bool:
        """True when every dated term in ``text`` exists at the meeting date (norms/terms.yaml):
        an entry saying 双减 is simply not chosen for a 2019 draft."""
        ctx = self.ctx
        return not terms_out_of_window(
            spoken_words(text), ctx.meeting_day, group_named=ctx.group_named
        )

    def usable(self, text: str) -> bool:
        """In its window, sayable by this speaker at this level (phrasebank.sayable), and
        naming no scheme or result the profile does not name (phrasebank.licensed)."""
        ctx = self.ctx
        return sayable(text, ctx.role, ctx.level, ctx.meeting_day, ctx.group_named) and licensed(
            text, ctx.situation
        )

    def admits(self, unit: Unit) -> bool:
        """The unit's tags let this speaker say it here and now, its terms are in their
        window, it gives no order the speaker cannot give, it is not yet said in this
        draft, and it touches no topic the draft has already spoken about."""
        if unit.text in self.used or not unit.tags.mentions.isdisjoint(self.topics):
            return False
        admitted = self.admitted.get(id(unit))
        if admitted is None:
            admitted = self.admitted[id(unit)] = _admitted(unit, *self.speaker)
        return admitted

    def admitted_among(self, units: tuple[Unit, ...]) -> list[Unit]:
        """``[u for u in units if self.admits(u)]`` for a tuple the bank holds (a slot's,
        a family's units or headings, an area's leads): the part that does not change
        within a draft (_admitted_units) is worked out once a process, only what the
        draft has said is looked at here."""
        used, topics = self.used, self.topics
        return [
            u
            for u in _admitted_units(units, self.speaker)
            if u.text not in used and u.tags.mentions.isdisjoint(topics)
        ]

    def _any_admitted(self, units: tuple[Unit, ...], at_least: int = 1) -> bool:
        """``len(self.admitted_among(units)) >= at_least``, stopping as soon as it is."""
        used, topics = self.used, self.topics
        found = 0
        for u in _admitted_units(units, self.speaker):
            if u.text not in used and u.tags.mentions.isdisjoint(topics):
                found += 1
                if found >= at_least:
                    return True
        return False

    def wording(
        self,
        unit: Unit,
        fresh_first: bool = True,
        item: TaskItem | None = None,
        plain: bool = False,
        saying: frozenset[str] = frozenset(),
        record: bool = True,
    ) -> str:
        """One of the unit's wordings that this speaker may say, chosen by the seed among
        those that say nothing the draft has said already, if there are any; it counts as
        said from here on. A heading's wording does not look at what was said: ``update``
        finds a section by its heading, which must not change when another task is dropped.
        Where ``item`` lacks a fact the unit carries, a wording that holds its 【待补】 where
        the value goes is preferred (weave.leaves_a_shell). ``plain``: a wording that asks
        for something is preferred to a filler one (filler.py), the section's one being said."""
        fit = self._fit(unit)
        # one wording is said whether or not it repeats (``fresh or fit`` below): not asked
        fresh = self._fresh(fit) if fresh_first and len(fit) > 1 else []
        if item is not None and unit.facts:
            fit, fresh = (
                self._without_shells(unit, item, fit),
                self._without_shells(unit, item, fresh),
            )
        # none fresh (a line the section keeps: a fact, the heading's promise): one that
        # brings back no idea said before, if there is one, rather than any (round ad's D)
        # and before those, where the section's terms refused every wording, one that says
        # nothing the draft's record holds (echo25: 对校车，要严格执行随车照管制度 was chosen
        # after the point 落实校车随车照管人员 where another wording says less of it again)
        candidates = (
            fresh
            or (self._unsaid(self.said.fresh(fit)) if fresh_first and len(fit) > 1 else [])
            or (self._bringing_nothing_back(fit) if fresh_first else [])
            or fit
        )
        if plain:
            # a wording that asks, even one the section's terms left out of ``fresh``, but
            # not one bringing back an idea the draft has said (round ac's D: 自护能力 and
            # 把安全教育纳入… after a frames line on both)
            candidates = (
                [text for text in candidates if not is_filler(text)]
                or [text for text in self._bringing_nothing_back(fit) if not is_filler(text)]
                or candidates
            )
        candidates = [text for text in candidates if not is_empty(text)] or candidates
        if saying:  # the heading's promise, which no other line of the section keeps
            candidates = (
                [t for t in candidates if says(saying, t)]
                or [t for t in fit if says(saying, t)]
                or candidates
            )
        if fresh_first and self.said.heading_said:
            # not the heading above said again (echo.py; round ai's D): where every wording
            # carries its words (all refused as repeats), one that says it in other words
            candidates = [
                t for t in candidates if not echoes_heading(self.said.heading_said, t)
            ] or candidates
        if fresh_first:  # a heading keeps its wording (see above)
            candidates = self.register.within(candidates)
        text = self.choice("wording:" + unit.text, candidates)
        if record:  # a heading that will not be printed is not recorded (task_title)
            self.said.add(text, heading=not fresh_first)
        if fresh_first:
            self.register.count(text)
        return text

    def _bringing_nothing_back(self, texts: list[str]) -> list[str]:
        """Those of ``texts`` that bring back no idea the draft has said (restate.py)."""
        brings_back = self.said.brings_back
        return [text for text in texts if not brings_back(text)]

    def _without_shells(self, unit: Unit, item: TaskItem, texts: list[str]) -> list[str]:
        """The wordings that leave no empty shell round a fact ``item`` does not give (all
        of them where none does: the unit is still said)."""
        missing = frozenset(unit.facts) - frozenset(item.facts)
        if not missing or not texts:
            return texts
        specs = {key: item.area.fact(key) if item.area else None for key in missing}
        missing = frozenset(
            k for k, spec in specs.items() if not spec or not self._reached(spec.label)
        )
        unasked = frozenset(k for k, spec in specs.items() if spec and not_asked(spec.label))
        return [t for t in texts if not leaves_a_shell(t, missing, unasked)] or texts

    def _fit(self, unit: Unit) -> list[str]:
        """The unit's wordings this speaker may say (asked several times of each unit a
        draft: kept by the unit's id, with the unit, so that no other object takes the id)."""
        kept = self.fits.get(id(unit))
        if kept is not None and kept[0] is unit:
            return kept[1]
        usable = [text for text in unit.wordings if self.usable(text)]
        # a wording bringing in what it speaks of (要开展心理测评，测评结果…) before one that
        # leans on the draft to have said it (测评结果要严格保密: round ah's S, before any 测评)
        usable = [text for text in usable if not leans_back(text)] or usable
        fit = self._without_stock(usable) or usable or [unit.text]
        self.fits[id(unit)] = (unit, fit)
        return fit

    def _short(self) -> bool:
        """A speech too short for the stock safeguard lines (demand_ideas.STOCK_MINUTES)."""
        return self.ctx.target_chars < STOCK_MINUTES * CHARS_PER_MINUTE

    def _without_stock(self, wordings: list[str]) -> list[str]:
        """In a short speech, the wordings that say no stock line (年终要对照任务清单逐项盘点
        has a wording without 逐项盘点: that one is said)."""
        if not self._short():
            return wordings
        return [text for text in wordings if not ideas_in(text) & STOCK_LINES]

    def _fresh(self, texts: list[str]) -> list[str]:
        """Those of ``texts`` that bring back no idea or wording the draft has said and no
        salient term the section has said (restate.SECTION_SHARE)."""
        in_section, key_said = self.said.said_in_section, self.said.key_said_in_section
        again = self.said.said_again
        return [
            text
            for text in self.said.fresh(texts)
            if not in_section(text) and not key_said(text) and not again(text)
        ]

    def _unsaid(self, texts: list[str]) -> list[str]:
        """Those of ``texts`` whose distinctive terms no line of the draft's ledger carries
        (restate.Said.said_again, ledger.py)."""
        again = self.said.said_again
        return [text for text in texts if not again(text)]

    def _has_fresh(self, unit: Unit, key: bool = False) -> bool:
        """Whether one of the wordings this speaker may say brings back no idea or wording
        the draft has already said (restate.py), nor a salient term the section said;
        ``key``: nor key content a sentence of the section carries (restate.KEY_SHARE),
        asked where another unit may be chosen instead (_prefer_fresh). Where a unit is
        said or left out by this answer it is not asked: 30-minute drafts of eight tasks,
        at their length's limit, fell to 4,908–5,083 characters of test_genre's 5,100."""
        # asked of every candidate unit of a section (speed14): the first fresh wording
        # answers, and the section's terms are asked only of wordings that repeat nothing
        repeats, in_section = self.said.repeats, self.said.said_in_section
        again = self.said.said_again  # the ledger (ledger.py): draft-wide, after the rest
        if key:
            key_said = self.said.key_said_in_section
            return any(
                not repeats(text)
                and not in_section(text)
                and not key_said(text)
                and not again(text)
                for text in self._fit(unit)
            )
        return any(
            not repeats(text) and not in_section(text) and not again(text)
            for text in self._fit(unit)
        )

    def _owed(
        self, pieces: list[Piece], item: TaskItem, points: Sequence[str]
    ) -> list[frozenset[str]]:
        """The things a family heading names (promise.promised_parts) that neither the clerk's
        points nor every wording of one of the section's lines say."""
        heading = self.headings.get(id(item))
        if heading is None:
            return []
        return [
            part
            for part in promised_parts(heading.text)
            if not keeps(part, points)
            and not any(all(says(part, t) for t in self._fit(p.unit)) for p in pieces)
        ]

    def _brought_back_past_heading(self, unit: Unit, item: TaskItem) -> bool:
        """Whether every wording of a unit keeping a heading's promise brings back an idea
        the draft said before that heading: the heading's own (暗访 of 坚持明查暗访) is the
        one the sentence is there to say (round ag's S: the heading over no 暗访 line)."""
        before = self.said_before_heading.get(id(item))
        if before is None:
            return self._brings_back_ideas(unit)
        return all(not ideas_in(text).isdisjoint(before) for text in self._fit(unit))

    def _brings_back_ideas(self, unit: Unit) -> bool:
        return all(self.said.brings_back(text) for text in self._fit(unit))

    def _said_once_before(self, unit: Unit) -> bool:
        """Whether every wording this speaker may say of ``unit`` brings back an idea said
        once a draft (restate.SAID_ONCE): such a line is left out even where every draft
        says its slot."""
        return self.said.all_bring_back_said_once(self._fit(unit))

    def _any_brings_back_ideas(self, unit: Unit) -> bool:
        return any(self.said.brings_back(text) for text in unit.wordings)

    def _prefer_fresh(self, units: Sequence[Unit]) -> list[Unit]:
        return (
            [u for u in units if self._has_fresh(u, key=True)]
            or [u for u in units if self._has_fresh(u)]
            or list(units)
        )

    def gated(self, level: int, text: str) -> str:
        """Text said only from length level ``level`` up: every piece of a draft whose
        presence depends on the length goes through here. In the marked render the piece
        is kept with its level (markup.gate) for length fitting to keep or leave out."""
        if self.marked:
            return Raw(gate(level, text)) if isinstance(text, Raw) else _Gated(level, text)
        return text if self.ctx.density >= level else ""

    def gate_at(self, level: int) -> bool:
        """A template's ``{% if c.density >= level %}`` (gates.py): always true in the
        marked render, where the block is said as a gated piece."""
        return self.marked or self.ctx.density >= level

    def gate_open(self, level: int) -> Raw:
        return Raw(gate_opening(level)) if self.marked else Raw("")

    def gate_close(self) -> Raw:
        return Raw(GATE_CLOSE) if self.marked else Raw("")

    def _family_said(self, said: str) -> None:
        """A line that counts the work (要着力抓好三件事。) says a list lead's family: no list
        in a section is led by the same words again (frames25, round am's D)."""
        if counts_work(said):
            counted = re.sub(r"⟦count[^⟧]*⟧|\{\{[^}]*\}\}", "N", said.rstrip("。"))
            self.list_families.add(opener_family(counted) + "：")

    def say(
        self, slot: str, at: int | None = None, opening: bool = False, ending: bool = False
    ) -> Raw:
        """One unit of a frames slot (opening, transitions, closing…), seeded by the slot's
        name and chosen among those this speaker may say; from level ``at`` up if given.
        ``opening``: said in a part's lead, before its sections, where a line on what is done
        after the meeting or the work (会后，…; 对表现突出的…总结推广) is not said (round ai's
        S: 会后…梳理议定事项 before 一是; round aj's: 表现突出…总结推广 before （一））.
        ``ending``: said after the part's last section, read as its last line, where a line
        on another matter (好做法…推广 after 督导) is not said (round aj's S). The forms are
        data: templates/norms/steps.yaml's ``places``.
        The unit is chosen at every level, said or not, so that what a shorter draft says
        is exactly the longer draft without its higher pieces (one render fits the length)."""
        units = self.ctx.frames.get(slot)
        if units is None:
            raise TemplateRenderError(f"模板引用了措辞库中没有的框架位置：{slot}")
        fit = self.admitted_among(units)
        if not fit or (at is not None and not self._frame_reaches(at)):
            return Raw("")
        fit = [u for u in fit if self._counts_fit(slot, u) and not self._said_once_before(u)]
        fit = self._fit_to_place(fit, opening, ending)
        if not fit:  # every unit announces a list the profile has one item for, or again
            return Raw("")
        # an admonition empty wherever it stands (filler.is_empty): another unit of the slot
        # if it has one; a line said only in longer drafts waits for the longest (round z's E)
        full = [u for u in fit if not all(map(is_empty, self._fit(u)))]
        if not full and at is not None:
            at = max(at, RESTATED)
            if not self._frame_reaches(at):
                return Raw("")
        fit = full or fit
        if _PART_HEADING_SLOT.search(slot):
            fit = [u for u in fit if not any(map(self._echoes_part, self._fit(u)))] or fit
            fit = [u for u in fit if not self._takes_a_sections_noun(u)] or fit
            fit = self._fresh_runs(fit, lambda u: u.text)
        fresh = [u for u in fit if self._has_fresh(u)]
        if at is not None and not fresh:
            # a line said only in longer drafts that would say again what the draft has said
            # is left out, not said anyway (round l's D: 表彰是对…的激励 three times, 抓落实 and
            # 虎头蛇尾 in one closing); a slot every draft says keeps its line
            return Raw("")
        # a line every draft says: one that brings back no idea said before, if there is one
        # (a wording only like an earlier sentence is the lesser repeat)
        unit = self.choice(
            "say:" + slot, fresh or [u for u in fit if not self._brings_back_ideas(u)] or fit
        )
        self.used.add(unit.text)
        self.topics |= unit.tags.mentions
        said = self._occasion_said_once(self.frame_phrase(self.wording(unit)))
        if not _PART_HEADING_SLOT.search(slot) and (at is None or self._frame_reaches(at)):
            # a line that counts the work (重点是抓好三项工作): the list opening the section
            # after it counts nothing again, nor one in the section by the same verb
            # (_point_list); any other line said, in speaking order (the template's), ends it
            self.counted_line = said if counts_work(said) else ""
        self._family_said(said)
        if _PART_HEADING_SLOT.search(slot):
            # a part's heading takes its verb frame (聚焦…) from the sections' headings under
            # it (紧盯重点领域 after 聚焦重点任务: restate.heading_frames)
            self._framed(said)
            self.part_headings.append(said)
            self.heading_runs |= heading_keys(said)
        return Raw(self.gated(at if at is not None else -99, said))

    def _occasion_said_once(self, said: str) -> str:
        """A frame line opening on the occasion (在第35个教师节即将到来之际，请允许我…) after a line
        that said it (在第35个教师节来临之际，我们欢聚一堂) goes on without it (round bu's 05, 17
        and 24, D)."""
        if self.occasion_said:
            return _OCCASION_FIRST.sub("", said, count=1)
        self.occasion_said = bool(_OCCASION_SAID.search(said))
        return said

    def _fit_to_place(self, units: list[Unit], opening: bool, ending: bool) -> list[Unit]:
        """``units`` without those a part's lead (``opening``) or the end of its last section
        (``ending``) does not say (templates/norms/steps.yaml's ``places``)."""
        for place, asked in (("lead", opening), ("section_end", ending)):
            barred = not_said_at(place) if asked else None
            if barred is not None:
                units = [u for u in units if not any(map(barred.search, self._fit(u)))]
        return units

    def closes_tasks(self) -> bool:
        """Whether the speech's general follow-through lines (任务落实情况要作为评价依据,
        会议确定的每一项任务要明确责任人…) may follow the last safeguard section: said after
        it they read as its last word, which fits a section on duty or assessment (a family
        marked follow_through) and no other (rounds q and r's S: 考核 lines closing 减负,
        舆情, 推普). Otherwise the kind's template says them first in the part, under its
        own heading (压实责任), where they belong. Families are chosen before anything is
        said (choose_families), so this is known before the part is written."""
        if not self.ctx.safeguards:
            return True
        family = self.families.get(id(self.ctx.safeguards[-1]))
        return family is not None and family.follow_through

    def _counts_fit(self, slot: str, unit: Unit) -> bool:
        """A line announcing a list ("有这样几个方面", "主要有N个方面", "主要有：") is not said
        before a single item (readers' R: 主要有一个方面, 几项工作 followed by 一是 alone), nor
        one pointing back to targets or achievements (这些目标) where none were stated."""
        for said, pattern in _POINTS_BACK.items():
            if self._said_fewer_than_two(said) and _says(pattern, unit.wordings):
                # readers' F: 这些目标 after a draft that listed none; round ap's R: 这些成绩
                # after one figure (义务教育巩固率达到99.4%) — "只列了一项成绩，撑不起"
                return False
        if _on_the_problems(slot) and not self._fits_the_problems(unit):
            return False
        if slot.endswith("targets_lead") and not self._targets_are_targets(unit):
            return False
        if not self._fits_what_was_said(slot, unit):
            return False
        if (
            slot.endswith(("targets_lead", "guideline_lead", "one_target"))
            and self._items_name_a_year(slot)
            and any(_NAMES_A_YEAR.search(t) for t in unit.wordings)
        ):
            # 明年努力达到的目标是：明年新开工… said its year twice (round v's G): a lead
            # naming no year is said before the clerk's own dated words (and, like any
            # lead, announces no list before one item: round x's 以下目标：one target)
            return False
        if not _announces_many(unit.text):
            return True
        items = self._listed_after(slot)
        return items is None or len(items) >= 2

    def _said_fewer_than_two(self, said: str) -> bool:
        """Whether the context's list ``said`` (targets, achievements) says fewer than two
        things (_items_said): asked of every unit of every frames slot, some 1,400 times a
        draft, of two lists that do not change; kept with the list it counted (speed35)."""
        items = getattr(self.ctx, said)
        kept = self._items_counted.get(said)
        if kept is None or kept[0] is not items:
            kept = self._items_counted[said] = (items, _items_said(items))
        return kept[1] < 2

    def _fits_what_was_said(self, slot: str, unit: Unit) -> bool:
        """A line speaking of the speeches heard, the span reviewed, the targets' detail or
        the work under a part holds only where the draft says so."""
        if _says(_SPEAKERS_MANY, unit.wordings) and self._speeches_heard() < 2:
            return False  # round ae's F: 代表们谈的体会 after one teacher's speech
        if self.plan_reviewed and any(_ONE_YEAR_SPAN.search(t) for t in unit.wordings):
            # a look back over a whole plan (“十五五”时期…回顾) is not one year's (round ae's
            # F: 过去一年…年度重点工作有序推进 under “十五五”时期全区教育工作回顾)
            return False
        if (
            slot.endswith("targets_lead")
            and len(self.ctx.target_items) < 2
            and any("具体" in text for text in unit.wordings)
        ):
            return False  # 具体目标是：年内评选…10名 over one item (round ad's R)
        return not (slot in _PART_OVER_TASKS and not self._part_promise_kept(slot, unit))

    def _speeches_heard(self) -> int:
        """The speakers heard before, counted from the preceding items: an item naming
        several (代表们, 三位…) counts as two."""
        spoken = [item for item in self.ctx.preceding if _SPOKEN.search(item)]
        return len(spoken) + sum(1 for item in spoken if _SEVERAL.search(item))

    def _listed_after(self, slot: str) -> Sequence[object] | None:
        """What a frame slot's line announces or speaks of as a list, or None (round x's R:
        a lead announcing several is said before two or more, everywhere: the risks of a
        safety speech are its problems, the preceding reports are what 其他几项 points to)."""
        ctx = self.ctx
        if slot.endswith("agree_mixed"):  # 其他几项安排: the items that were not speeches
            return [item for item in ctx.preceding if not _SPOKEN.search(item)]
        listed: dict[str, Sequence[object]] = {
            "review": ctx.achievements,
            "problems": ctx.problems,
            "problem_way": ctx.problems,
            "p3_close": ctx.problems,
            "risk_": ctx.problems,
            "agree_": ctx.preceding,
            "sg_intro": ctx.safeguards,
            "target": ctx.target_items,
            "tasks_lead": ctx.priorities,
            "sections": ctx.priorities,
        }
        return next((found for part, found in listed.items() if part in slot), None)

    def _part_promise_kept(self, slot: str, unit: Unit) -> bool:
        """A part's heading over the clerk's tasks names a work (督促检查, 教育教学秩序) only
        where a task under it speaks of that work (its name, title, points or its sub-topic's
        names): round ad's S, 三要强化督促检查 over 部门联动, 三、规范教育教学秩序 over 控辍
        保学 and 寄宿制. A heading naming no one work (压实工作责任, 统筹推进重点工作) fits any."""
        tasks = self._tasks_under(slot)
        if not tasks:
            return True
        words: list[str] = []
        for task in tasks:
            words += [task.label, task.title or "", *task.points]
            family = self.families.get(id(task))
            if family is not None:
                words += [*family.aliases, *(h.text for h in family.headings)]
        for text in unit.wordings:
            terms = promised_terms(re.split(r"[，,：:；]", text, maxsplit=1)[0])
            if len(terms) >= 2 and not keeps(terms, words):
                return False
        return True

    def _tasks_under(self, slot: str) -> Sequence[TaskItem]:
        """The clerk's tasks a part heading's slot stands over (_PART_OVER_TASKS)."""
        if _PART_OVER_TASKS[slot] == "safeguards":
            return self.ctx.safeguards
        return [
            task
            for task in self.ctx.priorities
            if not (task.area and task.area.key in ("safety", "emergency"))
        ]

    def _targets_are_targets(self, unit: Unit) -> bool:
        """A lead naming 目标 is said before targets, not before demands (round x's R:
        努力达到的目标是：坚决遏制学生溺水事故发生): where every item the clerk gave is a
        demand, a lead with 目标 is left out and the demands stand as said."""
        items = self.ctx.target_items
        if not items or not all(_A_DEMAND.match(item) for item in items):
            return True
        return not any("目标" in text for text in unit.wordings)

    def _fits_the_problems(self, unit: Unit) -> bool:
        """A line about the problems fits what they are (round v's and w's F): one problem
        is not 这些问题 to 逐条认领; a trend in the population (村小学生逐年减少) is no failing
        of the offices' work to 认领, nor one that must not 年年有."""
        problems = self.ctx.problems
        wordings = unit.wordings
        if len(problems) < 2 and any(_SEVERAL_PROBLEMS.search(t) for t in wordings):
            return False
        if any(_A_TREND.search(p) for p in problems):
            return not any(_BLAMES_THE_WORK.search(t) for t in wordings)
        return True

    def _items_name_a_year(self, slot: str) -> bool:
        """Whether the clerk's targets (or guideline) open with the year they are for, or
        say the span the speech plans for anywhere (round x's R: 今冬明春校园安全工作总的
        考虑是：…，确保今冬明春…, the lead's 今年 said as the span)."""
        ctx = self.ctx
        targets = slot.endswith(("targets_lead", "one_target"))
        items = ctx.target_items if targets else (ctx.guideline or "",)
        span = self.planned_span
        return any(_OPENS_WITH_A_YEAR.match(item) or (span and span in item) for item in items)

    def _party_side(self) -> bool:
        """The Party's own side charges its committee's organs (市委编委要…) where the clerk
        wrote 提请 — but at a leading group's meeting only its secretary does (round s: 市委书记
        、组长); a deputy secretary chairing it for him keeps the clerk's 提请 (round ap's L:
        县委编委要在全县统筹调剂编制30名 from a 县委副书记、副组长 where the clerk wrote 提请县委编委)."""
        if self.ctx.role not in PARTY_SIDE:
            return False
        return (
            self.ctx.kind.key != "leading_group"
            or _SECRETARY.match(self.ctx.speaker_title) is not None
        )

    def _local_names(self, source: str) -> str:
        """A reform named after the county is named after the district or banner there
        (区管校聘, 旗管校聘: readers' L); the bank writes the national name."""
        if "县管校聘" in source:
            return self._reform_named(source)
        # a town with one central school has no 各学校 (lexicon.own_schools; round z's L)
        schools = self.ctx.w.schools
        if schools != "各学校" and "各学校" in source and "w.edu" not in source:
            # 全乡各学校 with one central school is that school by its name (乡中心学校), not
            # 全乡中心学校 (round ap's R: a town has one)
            rest = schools.removeprefix("中心学校")
            source = _ALL_SCHOOLS.sub(f"w.edu ~ '{rest}'", source)
            source = source.replace("{{ w.all }}各学校", "{{ w.edu }}" + rest)
            # 各学校、幼儿园 with the kindergarten already named: 中心学校和幼儿园 once (round
            # ao's G: 中心学校和幼儿园、幼儿园)
            if schools.endswith("幼儿园"):
                source = re.sub(r"各学校(?:、|和)幼儿园", "各学校", source)
                # a kindergarten's head is its 园长 (round ao's G: 中心学校和幼儿园校长)
                source = source.replace("各学校校长", "中心学校校长和幼儿园园长")
            return source.replace("各学校", schools)
        return source

    def _reform_named(self, source: str) -> str:
        """县管校聘 as the clerk names the reform, else as the level that runs it does."""
        own = self._clerk_reform_name()
        if own:
            # the clerk's own name of it wins (round af's R: 县管校聘改革深入推进，市管校聘
            # 交流轮岗教师1260人次 in a 县级市's draft)
            return source.replace("县管校聘", own)
        if self.ctx.level in ("district", "banner"):
            return source.replace("县管校聘", f"{self.ctx.w.unit}管校聘")
        return source

    def _clerk_reform_name(self) -> str:
        """The 管校聘 reform as the clerk names it (市管校聘 in a 县级市), "" where the
        profile does not name it in the clerk's own words: the points, targets and the
        review's figures (an area's or a field's name is the catalogue's: a district's task
        under 县管校聘 is still 区管校聘)."""
        if self.reform_name is None:
            ctx = self.ctx
            texts = [*clerk_words(ctx), *(f.label for a in ctx.achievements for f in a.figures)]
            found = _REFORM_NAME.search(" ".join(texts))
            self.reform_name = found.group() if found else ""
        return self.reform_name

    def frame_phrase(self, source: str) -> str:
        names = {"c": self.ctx, **_tokens()}
        return self._rendered(source, names, "框架措辞条目有误")

    def _rendered(self, source: str, names: dict[str, Any], problem: str) -> str:
        """A bank wording printed with ``names`` (besides the level words, years, suggest
        and norm every wording may use): plain text as it is, the simple forms without a
        template (_simple_render), the rest through Jinja; then fitted to its values."""
        source = for_planned_span(self._local_names(source), self.planned_span, self._annual)
        source = for_planned_year(source, self.ctx.y.ahead)
        source = for_review_span(source, self.review_so_far)
        source = for_year_so_far(source, self.ctx.y.so_far)
        source = for_plan_reviewed(source, self.plan_reviewed)
        if _is_plain(source):
            return fit_values(self.suggester.drop_marked_sentences(source))
        names = {
            "w": self.ctx.w,
            "y": self.ctx.y,
            "suggest": self.suggest,
            "norm": self.norm,
            **names,
        }
        try:
            rendered = _simple_render(source, names)
            if rendered is None:
                rendered = _compile(self.env, source).render(**names)
        except jinja2.TemplateError as exc:
            raise TemplateRenderError(f"{problem}：{exc}\n条目：{source[:60]}") from exc
        return fit_values(self.suggester.drop_marked_sentences(rendered))

    def rng(self, salt: str) -> random.Random:
        return seeded(f"{self.ctx.seed}:{salt}")

    def choice(self, salt: str, options: Sequence[T]) -> T:
        """``self.rng(salt).choice(options)``. Seeding a generator costs more than the rest
        of most choices, and one option is that option whatever the seed: not seeded.
        Otherwise the index is seeded_index's, kept by the process."""
        if len(options) == 1:
            return options[0]
        if not options:
            raise IndexError("Cannot choose from an empty sequence")  # as Random.choice
        return options[seeded_index(f"{self.ctx.seed}:{salt}", len(options))]

    def variant(self, salt: str, count: int) -> int:
        return seeded_index(f"{self.ctx.seed}:{salt}", count)

    def phrase(
        self,
        source: str,
        facts: dict[str, str] | None = None,
        area: Area | None = None,
        planned: frozenset[str] = frozenset(),
        undated_sums: frozenset[str] = frozenset(),
    ) -> str:
        """Renders one phrase-bank string with the level words, years and facts; a frame's
        今年 before a fact the clerk planned with no year is said 计划 (plan_not_dated), and
        before a sum the clerk gave with no year it is dropped (year_not_ours)."""
        where = f"（领域“{area.label}”）" if area else ""
        source = plan_not_dated(
            source,
            planned & set(facts or {}),
            "计划" if self.ctx.role in BUREAU_LIKE else "要",
        )
        source = year_not_ours(source, undated_sums & set(facts or {}))
        if self.ctx.kind.key == "teachers_day" or (
            self.ctx.meeting_day.month >= _YEAR_NEARLY_OVER and not self.ctx.y.ahead
        ):
            # a teachers' day looks to the school year, and from October the year is nearly over
            # (round bx's 08 and 22, A: 今年教师家访学生覆盖率要达到100% on 26 November): a
            # target's 今年 is no clerk's word
            source = year_not_ours(source, set(facts or {}))
        elif self._aims_span_years:
            # nor under an aim over years (用两年时间…), but for a fact whose name says its year
            source = year_not_ours(source, _undated_facts(area, facts or {}))
        else:
            # nor before a rate the clerk gave with no year and no plan (普通话普及率: 达到88%):
            # whether it is this year's aim he did not say (round cf's 03 and cg's 20, A: 年内要推动
            # 普通话普及率达到88%, 今年标准班额达标率要达到90%)
            source = year_not_ours(source, _undated_rates(area, facts or {}))
        if area is not None and "年内" in source:
            unasked = frozenset(
                key
                for key in _FACT_KEYS.findall(source)
                if key not in (facts or {})
                and (spec := area.fact(key)) is not None
                and not_asked(spec.label)
            )
            source = without_unasked_time(source, unasked)
        names = {"fact": self._fact_fn(area, facts or {})}
        said = self._rendered(source, names, f"措辞库条目有误{where}")
        # a value that opens with the frame's own words (拟表彰的 + 拟表彰80名): said once (round
        # cg's 14, G: 今年拟表彰的拟表彰80名优秀教师…)
        said = _FRAME_SAID_AGAIN.sub(r"\g<word>的\g<open>", said)
        # a value that opens with the frame's own verb (力争 + 力争达到62%): said once (round
        # ch's 02, G: 公办园在园幼儿占比力争力争达到62%)
        return _VERB_SAID_AGAIN.sub(r"\g<open>\g<word>", said)

    def suggest(self, text: str, plain: str | None = None, lead: str = "") -> Raw:
        return Raw(self.suggester.suggest(text, plain, lead))

    def norm(self, rule_id: str, fallback: str = "") -> Raw:
        return Raw(self.suggester.norm(rule_id, fallback))

    def _fact_fn(self, area: Area | None, facts: dict[str, str]) -> Callable[[str], Raw]:
        def fact(key: str) -> Raw:
            spec = area.fact(key) if area else None
            if spec is None:
                raise TemplateRenderError(f"措辞库引用了未声明的数据项：{key}")
            if key in facts:
                if _FULL_TARGET.match(facts[key]) and self._said_full(spec.label):
                    # a 100% to reach that the review says is reached (round as's F: 专职保安员
                    # 全部达标 in the review, 配备达标率要达到100% among the tasks): it is kept
                    return Raw(literal("保持100%"))
                # a plan's count the clerk gave as done (拟表彰…人数: 已表彰210名): the frame says
                # the state (今年受到表彰的…), the value its number (round ap's G F)
                done = done_number(spec.label, facts[key]) if plan_named(spec.label) else ""
                return Raw(literal(done or facts[key]))
            if not_asked(spec.label):  # a quota of hazards to find: the clause reads without
                return Raw("")
            reached = self._reached(spec.label)
            if reached:  # 覆盖率 already 100% last year: kept, not asked for again
                return Raw(literal("保持" + reached))
            # a town's budget is counted in 万元, never 亿元 (GENRE.md)
            unit = "万元" if spec.unit == "亿元" and self.ctx.level == "town" else spec.unit
            # 今年新补充教师人数 at a November meeting that plans next year: 明年…
            label = for_planned_year(spec.label, self.ctx.y.ahead)
            if spec.new_works:  # whether there are any is the clerk's to say
                return placeholder(works_question(label, unit))
            return placeholder(label, unit)

        return fact

    def _said_full(self, label: str) -> bool:
        """Whether a review point says the thing a rate measures is whole already (专职保安员
        …全部达标 for 专职保安员配备达标率; 食堂全部实现“互联网+明厨亮灶” for 学校食堂明厨亮灶
        覆盖率): four characters of the rate's thing in a clause that claims the whole."""
        thing = _WHOSE.sub("", _RATE_NAME.sub("", label))  # not 中小学幼儿园 (whose, not what)
        pieces = {thing[i : i + 4] for i in range(len(thing) - 3)} - _FIELD_WORDS
        return bool(pieces) and any(
            _CLAIMS_WHOLE.search(clause) and any(p in clause for p in pieces)
            for achievement in self.ctx.achievements
            for point in achievement.points
            for clause in re.split("[，；。]", point)
        )

    def _reached(self, label: str) -> str:
        """A review figure of the same name that is already full (集团化办学覆盖率 100%):
        a target for it is kept, not left 【待补】 (readers' F)."""
        for achievement in self.ctx.achievements:
            for figure in achievement.figures:
                if figure.label.endswith(label) and _FULL_VALUE.match(figure.value):
                    return figure.value
        return ""

    def choose_families(self) -> None:
        """Every task's sub-topic, chosen before anything is said (render_speech), so that
        a sentence touching a later section's topic in passing — a frame line, an earlier
        section — is left out, not the later section."""
        for task in self._naming_first((*self.ctx.priorities, *self.ctx.safeguards)):
            self.families[id(task)] = self._free_family(task)
        self._place_facts()
        tasks = self.ctx.priorities
        placed = place_points(
            [(t.points, self.families[id(t)]) for t in tasks],
            [t.area.families if t.area else () for t in tasks],
            [bool(t.title) for t in tasks],
        )
        self.placed = {id(task): points for task, points in zip(tasks, placed, strict=True)}
        # a sub-topic a task's own name names is said in its section only (restate.reserve)
        # (the clerk's names, and what every heading of the task's family names: a family's
        # aliases are broad — 教辅 of 行风's fees family held every line on 教材 of a teachers'
        # day draft, 330 characters at its top level)
        tasks = (*self.ctx.priorities, *self.ctx.safeguards)
        self.said.reserve(
            [text for t in tasks for text in (t.label, t.title or "")],
            [name for t in tasks for name in self._headings_name(t)],
        )
        for text in clerk_words(self.ctx):
            self.said.add(text)

    @staticmethod
    def _naming_first(tasks: Sequence[TaskItem]) -> list[TaskItem]:
        """The tasks whose own name is one of its area's sub-topics (防溺水) before the others,
        each group in the clerk's order: a task named 汛期安全 before it took the drowning family
        by an alias, and the 防溺水 section was left a canteen heading and its stock (round ar's
        S: “（二）切实抓好防溺水” over 食品安全 lines)."""

        def names_its_topic(task: TaskItem) -> bool:
            families = task.area.families if task.area else ()
            label = task.label.strip()
            return any(label in family.aliases for family in families)

        return sorted(tasks, key=lambda task: not names_its_topic(task))

    def _headings_name(self, item: TaskItem) -> frozenset[str]:
        """The sub-topics (restate.subtopics_in) every heading of the task's family names
        (选树先进典型，弘扬尊师重教新风 over a 尊师重教 task: round af's 各学校要把身边的先进
        宣传好 in part one before it)."""
        family = self.families.get(id(item))
        if family is None or not family.headings:
            return frozenset()
        return frozenset.intersection(
            *(subtopics_in(" ".join(unit.wordings)) for unit in family.headings)
        )

    def _place_facts(self) -> None:
        """Each key task's facts, placed by sub-topic (readers' S: 集团化办学覆盖率 under a
        寄宿制 heading, 新补充体育美育教师 under 培训): a fact the bank files under other
        sub-topics than the task's family goes to the task of the same area whose family it
        belongs to; where none is in the draft it stays, said at the end of its own section
        as the plan it is. It never joins the targets list the kind's template reads out:
        round s's A (特色高中创建数 12 read out as 四是创建特色高中12所, 总投资 as a year's
        target) — only the profile's ``targets`` are pledged. The tasks are rebuilt with
        their facts so placed (the families keep to them)."""
        tasks = self.ctx.priorities
        facts = [dict(task.facts) for task in tasks]
        planned: list[str] = []
        listed: list[str] = []  # said after the clerk's targets, in their paragraph
        aims: list[str] = []  # rates with no section of their own, listed with the targets
        for index, task in enumerate(tasks):
            clauses, keys = self._facts_placed(tasks, index, facts)
            rates, clauses, keys = self._rates_to_targets(task, clauses, keys)
            aims += rates
            if clauses:
                (listed if self.ctx.target_items else planned).append(
                    self._plan_of(task, clauses, keys)
                )
        if aims:
            self.ctx = replace(self.ctx, target_items=(*self.ctx.target_items, *aims))
        if listed:  # one sentence said on from the targets, a clause a task
            joined = "；".join(sentence.removesuffix("。") for sentence in listed)
            planned = [f"同时，{joined}。", *planned]
        if planned or any(f != t.facts for f, t in zip(facts, tasks, strict=True)):
            self._rebuild(facts, planned)
        self.targets_say = {
            (id(task), key)
            for task in self.ctx.priorities
            for key, value in task.facts.items()
            if self._a_target_says(task, key, value)
            or self._done_in_review(task, key, value)
            # a count of times a point gives the cadence of (每月开展一次…检查 and 专项检查
            # 12次): the point says it (measure_once; round an's D)
            or cadence_says(_field_of(task, key)[0], value, task.points)
        } | {
            (id(task), key)
            for task in self.ctx.safeguards
            for key, value in task.facts.items()
            if self._told_by_clerk(task, key, value)
        }

    def _told_by_clerk(self, task: TaskItem, key: str, value: str) -> bool:
        """Whether the clerk's own text already says a task's fact, or an earlier fact says
        its sum (figure_once.told_by_clerk, sum_said; measure_once.cadence_says): said once,
        where the clerk wrote it, never again from the bank's line that carries the fact."""
        texts, owners = self._clerk_texts
        label = _field_of(task, key)[0]
        value = str(value)
        return (
            told_by_clerk(label, value, texts)
            or cadence_says(label, value, texts)
            # 一般公共预算教育支出 64亿元 and 年度教育经费预算安排 64亿元: one sum, the first
            # fact's (round bp's 09: 对今年安排的64亿元教育经费… after …要安排64亿元)
            or owners.get(sum_of(value) or "", key) != key
        )

    @cached_property
    def _aims_span_years(self) -> bool:
        """Whether the clerk's aims span more than the meeting's year (用两年时间实现…, 到2037年…,
        三年内…): the figures under them are not this year's (round bu's 11, A: 教育集团今年要
        达到14个 under 用两年时间实现集团化办学…)."""
        year = self.ctx.meeting_day.year
        for aim in (self.ctx.guideline or "", *self.ctx.target_items):
            if _YEARS_SPANNED.search(aim):
                return True
            if any(int(y) > year for y in _BY_A_YEAR.findall(aim)):
                return True
        return False

    @cached_property
    def _clerk_texts(self) -> tuple[list[str], dict[str, str]]:
        """The clerk's texts a fact may be told in (the review's and the tasks' points, the
        commendation, what the place has), in digits, and each sum's first fact (its key)."""
        ctx = self.ctx
        tasks = (*ctx.priorities, *ctx.safeguards)
        texts = [
            *(point for a in ctx.achievements for point in a.points),
            *ctx.honoured,
            *ctx.basics,
            *(point for task in tasks for point in task.points),
        ]
        owners: dict[str, str] = {}
        for task in tasks:
            for key, value in task.facts.items():
                if (sum_ := sum_of(str(value))) is not None:
                    owners.setdefault(sum_, key)
        return [arabic_quantities(t) for t in texts], owners

    def _facts_placed(
        self, tasks: Sequence[TaskItem], index: int, facts: list[dict[str, str]]
    ) -> tuple[list[str], list[str]]:
        """Task ``index``'s facts moved to the tasks of their sub-topics in ``facts``; those
        with no home in the draft as plan clauses, with their keys (_place_facts)."""
        task = tasks[index]
        clauses: list[str] = []
        keys: list[str] = []
        for key, value in task.facts.items():
            if self._target_gives_another(task, key, value):
                # one indicator, one figure: the clerk's target line wins (round aa's F:
                # 巩固率 保持在94%以上 in the targets, 达到94.5% in its section)
                del facts[index][key]
                continue
            # a figure the review gives as done stays, unsaid (targets_say below)
            done = self._done_in_review(task, key, value)
            home = index if done else self._home_of_fact(key, index)
            if home == index:
                continue
            del facts[index][key]
            if home is None:
                # a figure the clerk's own targets already give is said there once
                # (新增学位5000个 beside the target 新增中小学学位5000个: readers' D); a
                # whole the review says is reached is no plan (round at's F: 专职保安员配备
                # 达标率计划达到100% after the review's “四个100%”全面巩固)
                if not any(value in item for item in self.ctx.target_items) and not (
                    _FULL_TARGET.match(value) and self._said_full(_field_of(task, key)[0])
                ):
                    clauses.append(self._fact_said(task, key, value))
                    keys.append(key)
                continue
            area = tasks[home].area  # by the key the home task's area knows it by
            spec = area.fact(key) if area else None
            facts[home][spec.key if spec else key] = value
        return clauses, keys

    def _rates_to_targets(
        self, task: TaskItem, clauses: list[str], keys: list[str]
    ) -> tuple[list[str], list[str], list[str]]:
        """A task's rates with no section of their own as target lines, and the clauses and
        keys left: a rate the clerk set joins the targets it is one of (round bf's 01 and 21,
        R S: 同时，今年全县集团化办学覆盖率计划达到30%。 alone after the list)."""
        rates = [k for k in keys if self._listed_as_target(task, k)]
        if not rates or not self.ctx.target_items:
            return [], clauses, keys
        left = [(c, k) for c, k in zip(clauses, keys, strict=True) if k not in rates]
        return (
            [self._target_item(task, k) for k in rates],
            [c for c, _ in left],
            [k for _, k in left],
        )

    def _listed_as_target(self, task: TaskItem, key: str) -> bool:
        """Whether a placed fact is a rate set as an aim, said as one of the targets."""
        unit = _field_of(task, key)[1]
        value = str(task.facts.get(key, ""))
        return (unit == "%" or value.endswith("%")) and "【" not in value

    def _target_item(self, task: TaskItem, key: str) -> str:
        """A rate as a target line: 全县集团化办学覆盖率达到30%."""
        label = _field_of(task, key)[0]
        value = str(task.facts[key])
        # (the clerk's own verb says it: 标准班额达标率力争达到85%, not 达到力争达到 — round cu's 02, G)
        reach = "" if VERB_LED.match(plain(value)) else "达到"
        return f"{self.ctx.w.all}{label}{reach}{value}"

    def _done_in_review(self, task: TaskItem, key: str, value: str) -> bool:
        """A key task's figure the review already gives as done (figure_once.done_in_review):
        one figure, one state a draft — not said again as this year's plan."""
        if said_in_points(_field_of(task, key)[0], value, task.points):
            return True
        if self._told_by_points(task, key, value):
            return True
        if self._told_by_clerk(task, key, value):
            return True
        done = [(f.label, f.value) for a in self.ctx.achievements for f in a.figures]
        if not done:
            return False
        y = self.ctx.y
        same_year = y.ahead and y.review == (y.held or y.meeting)
        label = _field_of(task, key)[0]
        return any(done_in_review(name, value, done, same_year) for name in {label, key})

    def _plan_of(self, task: TaskItem, clauses: Sequence[str], keys: Sequence[str]) -> str:
        """A task's figures no section of the draft covers, one sentence a task, its name the
        subject of a sum (round v's G). After the clerk's targets they are said in the targets'
        paragraph as the plan they are (同时，年内全区计划排查整改校园安全隐患450项。), never as
        a led sentence of their own between the targets and the sections (round ad's S: 要抓实
        隐患排查整改，年内全区计划… before 为实现上述目标), nor as one more numbered target
        (round s's A: 四是创建特色高中12所, a pledge the clerk never listed). With no targets
        they are led by what they serve (要加强教师培训，…): a bare figure after the guideline
        read as a stray line (round z's and aa's S, R)."""
        if self.ctx.target_items:
            return self._targets_sentence(clauses, task)
        return self._led_plans(task, keys, clauses)

    def _rebuild(self, facts: list[dict[str, str]], planned: list[str]) -> None:
        """The key tasks with their facts as placed, the plan sentence with those moved to it."""
        tasks = self.ctx.priorities
        placed = tuple(
            task if f == task.facts else replace(task, facts=f)
            for task, f in zip(tasks, facts, strict=True)
        )
        for old, new in zip(tasks, placed, strict=True):
            self.families[id(new)] = self.families[id(old)]
        self.ctx = replace(
            self.ctx,
            priorities=placed,
            plan_items=(*self.ctx.plan_items, *planned),
        )

    def _sub_topic_of(self, task: TaskItem, key: str) -> bool:
        """Whether ``task``'s section is about the field ``key``: its area defines it and
        its family is one the field belongs to (or the field belongs to the whole area)."""
        spec = task.area.fact(key) if task.area else None
        family = self.families[id(task)]
        if spec is None or family is None:
            return False
        return not spec.families or family.key in spec.families

    def _target_gives_another(self, task: TaskItem, key: str, value: str) -> bool:
        """Whether the targets the kind reads out set a figure for the field of a task's
        fact, and none of them is the fact's own figure."""
        if not self.targets_read_out:
            return False
        field = _field_of(task, key)[0].removesuffix("目标")
        setting = [
            item
            for item in self.ctx.target_items
            if field in item and _TARGET_SETS.search(item[item.find(field) + len(field) :])
        ]
        return bool(setting) and not any(value in item for item in setting)

    def _a_target_says(self, task: TaskItem, key: str, value: str) -> bool:
        """The clerk gave the same figure of the same field twice, as a task's fact and as
        a target (学校食堂明厨亮灶覆盖率: 100 and 学校食堂明厨亮灶覆盖率达到100%): where the
        kind reads the targets out, the section's units may still use the figure, but it is
        not said again as a bare target (round i's D: 今年要确保学校食堂明厨亮灶覆盖率达到100%
        after the targets list)."""
        if not self.targets_read_out:
            return False
        label, _ = _field_of(task, key)
        # the clerk names the field in his own words (新增学位数 1200 and the target 城区新增
        # 学位1200个: round z's D, 通过项目建设新增学位1200个 in its section after the targets)
        names = _field_names(label.removesuffix("数")) if len(label) > 4 else (label,)
        return any(
            (value in item and any(name in item for name in names))
            # the same measure under the clerk's shorter name (教师家访学生覆盖率 达到100% and
            # the target 教师家访覆盖率达到100%: round an's D, said again in a stock line)
            or target_says(label, value, item)
            for item in self.ctx.target_items
        )

    def _home_elsewhere(self, key: str, index: int) -> int | None:
        """Where another area's field given under task ``index`` is said: that area's task
        of its sub-topic, else a task of the area that knows the field whatever its family (a
        figure said after the targets stood alone in the wrong part: round y's S, R, 今年全市
        计划创建特色高中1所 under 总体要求), else the plan sentence after the targets."""
        tasks = self.ctx.priorities
        for other, candidate in enumerate(tasks):
            if self._sub_topic_of(candidate, key):
                return other
        for other, candidate in enumerate(tasks):
            if candidate.area is not None and candidate.area.fact(key) is not None:
                return other
        # no other section speaks of it: the section the clerk gave it under says it where
        # that section's family has a line saying it, as the plan it is, never glued after the
        # targets with 同时 (round an's S: 同时，年内全县计划排查整改校园安全隐患300项 — "硬接
        # 在总目标后面"); else not under another topic's heading (集团化办学覆盖率 under 寄宿制:
        # round i's S) but the plan sentence after the targets
        family = self.families[id(tasks[index])]
        if family is not None and any(key in unit.facts for unit in family.units):
            return index
        if key in tasks[index].kin:
            return index  # 应急演练4次 under 冬季安全: a field of the same theme's area
        return None if self.targets_read_out else index

    def _home_of_fact(self, key: str, index: int) -> int | None:
        """Where a fact of task ``index`` is said: its own section unless its sub-topic is
        another family's (FactSpec.families); then another task whose family it is, or the
        plan sentence after the targets (None), if the kind's template reads it out."""
        task = self.ctx.priorities[index]
        family = self.families[id(task)]
        if family is None:  # the clerk's own section under their own label: theirs to fill
            return index
        if key in task.elsewhere:  # another area's field: that area's task of its sub-topic
            return self._home_elsewhere(key, index)
        spec = task.area.fact(key) if task.area else None
        if spec is not None and other_stage(spec.label, family):
            # 义务教育质量监测覆盖学校数 under a 高考 heading (round s's S): the targets list
            return index if self._named_by_area(task) else None if self.targets_read_out else index
        if spec is not None and self._off_heading(task, spec, family):
            return self._topic_home(spec, index)
        if spec is None or not spec.families or family.key in spec.families:
            return index
        for other, candidate in enumerate(self.ctx.priorities):
            chosen = self.families[id(candidate)]
            if candidate.area is task.area and chosen is not None and chosen.key in spec.families:
                return other
        if self._named_by_area(task) or (
            task.area is not None
            and task.label == task.area.label
            and not any(subtopics_in(" ".join(unit.wordings)) for unit in family.headings)
        ):
            # a task named by its area alone (校园安全, 教师队伍): its section is the area's,
            # under the area's heading (task_title), and covers the figure — round ad's S:
            # 隐患排查整改450项 said between the targets and the sections of a draft with a
            # 校园安全 section. And
            # a task the clerk named by the catalogue's whole name of its area (教师队伍建设与
            # 师德师风), though that names a sub-topic too, under a heading of its family that
            # names none (建强教师队伍，筑牢教育发展根基) covers the area's figures (round al's
            # S: 同时，今年全区计划完成教师全员培训20万人次 sent to the targets from its own
            # 教师队伍 section — "应放教师队伍部分")
            return index
        if any(spec.key in unit.facts for unit in family.units):
            # no section of its sub-topic in the draft, but the section's own family has a line
            # saying it and its heading names it (_off_heading: a clerk's title saying 隐患): it
            # stays there, said as the plan it is (round an's S). Under a heading not naming it
            # (扎实做好防溺水工作) it left before this (round at's S)
            return index
        # nothing of the section's topic says it (标准班额达标率 under 寄宿制学校): not under
        # another sub-topic's heading (round i), but the plan sentence after the targets
        return None if self.targets_read_out else index

    def _topic_home(self, spec: FactSpec, index: int) -> int | None:
        """Where a figure said under a heading not of its sub-topic (_off_heading) goes (round
        at's S: 专职保安员配备达标率 and 年内排查整改校园安全隐患500项 under 扎实做好防溺水工作,
        学校食堂明厨亮灶覆盖率 under the same): the section of its sub-topic, else the plan
        sentence under the part's heading — never under a heading it is not of, even where the
        section's family has a line that would carry it (涉水隐患优先整改)."""
        task = self.ctx.priorities[index]
        topics = fact_topics(task.area, spec)
        for other, candidate in enumerate(self.ctx.priorities):
            chosen = self.families[id(candidate)]
            if other != index and candidate.area is task.area and chosen and chosen.key in topics:
                return other
        if not spec.families:
            # a figure the bank files under no sub-topic, its name alone naming one (应急物资
            # 保障资金 under 汛期和极端天气应对): it leaves only for a section of that sub-topic
            return index
        return None if self.targets_read_out else index

    def _off_heading(self, task: TaskItem, spec: FactSpec, family: Family) -> bool:
        """Whether a fact the clerk gave for a whole area (校园安全与平安校园建设) is said under
        his own title of one sub-topic that does not name the fact's thing (fact_topics):
        专职保安员配备达标率 or 年内排查整改校园安全隐患数 under 扎实做好防溺水工作, 年内排查整改
        校园安全隐患数 under 抓好冬季取暖和消防安全 (a name of its sub-topic, 消防, but not of its
        thing, 隐患: round at's S). A task the clerk himself named by a sub-topic (防溺水, with
        its 隐患数: round an's S) keeps its figures, and an untitled section its family's
        (task_title gives an area-named one a heading covering what it says)."""
        area = task.area
        if area is None or not task.title:
            return False
        topics = fact_topics(area, spec)
        if not topics:
            return False
        if not spec.families and any(spec.key in unit.facts for unit in family.units):
            # a figure the bank files under no sub-topic, which a line of the section's
            # family carries (应急物资保障资金 under 汛期和极端天气应对): of its topic
            return False
        broad = broad_families(area)
        if families_named(area, (task.label,)) - broad:
            return False  # the clerk's own task of a sub-topic (防溺水): its figures are his
        named = families_named(area, (task.title,))
        if not named - broad or named & broad:
            return False  # a title of the whole area, or of none of its sub-topics
        own = [
            alias
            for f in area.families
            if f.key in topics
            for alias in f.aliases
            if len(alias) >= 2 and alias in spec.label
        ]
        return not any(alias in task.title for alias in own) if own else not named & topics

    def _spans_topics(self, item: TaskItem, family: Family) -> bool:
        """Whether an untitled section named by its area alone (校园安全与平安校园建设) says
        more than its family's sub-topic: a point of the clerk's its family's names do not
        name (春季传染病 under a 消防 family, 防溺水、交通安全 under a 食堂 one), or a figure
        of another sub-topic it keeps (年内排查整改校园安全隐患40项 under 食堂): round at's S,
        the family's heading (抓实学校食堂管理…) stood over all of it. The area's own heading
        covers it (task_title); a family of the area's whole (broad_families) covers it too."""
        area = item.area
        if area is None or family.key in (broad := broad_families(area)):
            return False
        if item.title or not self._is_priority(item):
            return False
        if not (self._named_by_area(item) or item.label == area.label):
            return False
        points = self.placed.get(id(item), list(item.points))
        named = [families_named(area, (point,)) - broad for point in points]
        for keys in named:
            others = keys - {family.key}
            if others and (family.key not in keys or len(others) >= 2):
                # a point of another sub-topic, or a list of several (防溺水、交通安全和食堂
                # 食品安全 under 食堂); not one naming the family and a word of a neighbour's
                # (高海拔地区寄宿制学校 under 寄宿制)
                return True
        topics = [
            fact_topics(area, spec) for key in item.facts if (spec := area.fact(key)) is not None
        ]
        if any(keys and family.key not in keys for keys in topics):
            return True  # a figure of another (排查整改校园安全隐患 under 食堂)
        # the family a seeded pick the clerk's words never name (春季传染病 alone under 消防)
        return bool(points) and not any(family.key in keys for keys in (*named, *topics))

    @staticmethod
    def _naming_the_area(headings: Sequence[Unit], item: TaskItem) -> list[Unit]:
        """The headings naming the task's area itself (建强教师队伍，… of 教师队伍建设与师德
        师风): they cover every sub-topic of it."""
        area = item.area
        if area is None:
            return []
        cores = [re.sub(r"(?:建设|工作)$", "", part) for part in re.split(r"[与和]", area.label)]
        cores = [core for core in cores if len(core) >= 2]
        return [h for h in headings if any(core in text for text in h.wordings for core in cores)]

    @staticmethod
    def _covering_all(headings: list[Unit], item: TaskItem, family: Family) -> list[Unit]:
        """Where the section keeps a figure of another sub-topic than its family's
        (_home_of_fact: 教师全员培训 in a 教师队伍建设与师德师风 section of the 补充 family), the
        headings that name the area itself (建强教师队伍，…), not one sub-topic (多渠道补充师资，
        … over 培训: round al's S); all of them where none does."""
        area = item.area
        if area is None:
            return headings
        others = [
            spec
            for key in item.facts
            if (spec := area.fact(key)) is not None
            and spec.families
            and family.key not in spec.families
        ]
        if not others:
            return headings
        core = re.sub(r"(?:建设|工作)$", "", re.split("[与和]", area.label)[0])
        return [h for h in headings if len(core) >= 2 and core in h.text] or headings

    @staticmethod
    def _named_by_area(task: TaskItem) -> bool:
        """Whether the clerk named a task by its area alone (校园安全, 教师队伍, 五育并举): no
        title of his own, no sub-topic of the area in its name. Its section may speak of any
        of the area's sub-topics under the area's own heading."""
        area = task.area
        if area is None or task.title or specific_words(task.label, area):
            return False
        # the area's own head word (校园安全 of 校园安全与平安校园建设), though a sub-topic
        # may share it (平安校园's 校园安全), names the area; 寄宿制学校 names a sub-topic
        core = re.sub(r"(?:建设|工作)$", "", task.label)
        return not families_named(area, (task.label,)) or (
            len(core) >= 2 and core in area.label.split("与")[0]
        )

    def _points_of(self, item: TaskItem) -> list[str]:
        """The points said under a task's heading (assemble.place_points), less one the
        targets read out before already said (echo.echoed_target; round ai's D: 8月底前完成北部
        新城第三小学…建设 in 主要目标, then …要在8月底前交付使用 in its section), and less
        one said as the heading itself (task_title: ``said_as_heading``)."""
        points = self.placed.get(id(item), list(item.points))
        targets = self.ctx.target_items
        heading_point = self.said_as_heading.get(id(item))
        # a ；-list's item that is the section's own topic is not said again (round ap's D:
        # 校车安全；食品安全；防溺水 under 防溺水: listed_points)
        family = self.families.get(id(item))
        topics = (item.label, item.title or "", family.topic if family else "")
        return [
            own_post_said(without_topic(p, topics), self.ctx.speaker_title)
            for p in points
            if p != heading_point and not (targets and echoed_target(p, targets))
        ]

    def family(self, item: TaskItem) -> Family | None:
        """The sub-topic a task's section speaks about (choose_families)."""
        if id(item) not in self.families:  # a task a user's template made up
            self.families[id(item)] = self._free_family(item)
        return self.families[id(item)]

    def _free_family(self, item: TaskItem) -> Family | None:
        """By the facts given and the words of its label, title and points, among the
        families whose topic no earlier task has taken."""
        families = item.area.families if item.area else ()
        free = [
            f
            for f in families
            if f.topic not in self.topics
            and self._any_admitted(f.headings)
            and self._any_admitted(f.units, at_least=2)
            # a default safeguard speaks of no key task's matter the meeting never raised
            # (round ai's S: 关心教师 and 精简检查评比 under 落实 at a meeting on neither), nor
            # does one the clerk named by the area's bare name (round at's S: six lines of
            # teachers' welfare under a leading group's 凝聚工作合力)
            and (not self._named_bare(item) or self._asked_for(f, item))
        ]
        # the area's own full name names the whole area, not one of its sub-topics
        named = "" if item.area and item.label == item.area.label else item.label
        specific = specific_words(item.label, item.area)
        if specific:
            # a name saying more than its area (燃气安全, 教师发展中心建设) is only a family
            # its own words name: no neighbour stands in for it (readers' S)
            naming = " ".join((item.label, item.title or ""))
            free = [f for f in free if named_length(f, naming) and _speaks_of(f, specific)]
            if not free:
                return None
        if item.title and specific_words(item.title, item.area):
            # a title saying more than its area and naming a family by one of its aliases
            # (营养改善 of 农村学生营养改善计划 on 资助, 职称 of 职称评聘改革 on teachers' pay) is
            # that family's only where two of its sentences speak of it: the area's general
            # run under it was a heading over another topic (round w's S)
            named_by_title = [f for f in free if named_length(f, item.title)]
            if named_by_title:
                free = [f for f in named_by_title if self._units_speak_of(f, item.title)]
                if not free:
                    return None
        if item.title and not reads_as_a_demand(item.title):
            # a clerk's title (校园足球和冰雪运动 on 体育) is a family's only where one of its
            # sentences says it: the area's general run under it never did (round y's S)
            terms = self._title_terms(item)
            if terms and not keeps(terms, item.points):
                free = [f for f in free if self._keeping(terms, self._at_home(f, item), item)]
                if not free:
                    return None
        # a family the name itself names beats one that only carries a given fact: 防溺水
        # with its 隐患数 is still 防溺水, the fact said under it (not a 隐患排查 heading)
        free = [f for f in free if named and named_length(f, named)] or free
        free = self._keeping_the_clerks(free, item)
        free = self._saying_the_name(free, named, item)
        own = " ".join((named, item.title or "", *item.points))
        # the clerk's own words first (部门协同); the kind's hints only where they name none
        hints = "" if any(named_length(f, own) for f in free) else self._hints(item)
        wanted = " ".join((own, hints))
        given = frozenset(item.facts)
        required = self._required(item)
        # only a family the task's own words name holds back a stand-in, not a hint's word
        taken = [f for f in families if f not in free and named_length(f, own)]
        rng = self.rng("family:" + item.label)
        at_home = item.area.at_home if item.area else (lambda unit, family: True)
        chosen = choose_family(free, wanted, given, rng, required, taken, at_home)
        if chosen is not None:
            self.topics.add(chosen.topic)
        return chosen

    @staticmethod
    def _named_bare(item: TaskItem) -> bool:
        """A default safeguard, or a task the clerk named by its area's name alone (its full
        name, or another name of the whole area that no sub-topic answers to: 应急防控, round
        av's F — the infectious-disease sub-topic at a winter heating meeting)."""
        area = item.area
        if item.stock:
            return True
        if area is None or item.title:
            return False
        return item.label == area.label or (
            item.label in area.aliases
            and not any(item.label in family.aliases for family in area.families)
        )

    def _asked_for(self, family: Family, item: TaskItem) -> bool:
        """Whether the meeting asks for a family marked ``when_asked``: a key task or a
        reviewed achievement of one of its areas, or the kind's theme (genre.ASKED_AREAS: a
        teachers' day is on the teachers), or the meeting's name, guideline or key tasks'
        words (or the kind's hints for the safeguard) naming one of its aliases no other
        family of the area shares."""
        if family.when_asked is None:
            return True
        tasks = self.ctx.priorities
        areas = {t.area.key for t in tasks if t.area is not None}
        areas |= {a.area.key for a in self.ctx.achievements if a.area is not None}
        areas |= ASKED_AREAS.get(self.ctx.kind.key, frozenset())
        if areas & set(family.when_asked):
            return True
        others = {
            a
            for f in (item.area.families if item.area else ())
            if f is not family
            for a in f.aliases
        }
        own = [a for a in family.aliases if len(a) >= 2 and a not in others]
        words = " ".join(
            (
                self.ctx.meeting_name,
                self.ctx.guideline or "",
                self._hints(item),
                *(w for t in tasks for w in (t.label, t.title or "", *t.points)),
            )
        )
        return any(alias in words for alias in own)

    def _keeping_the_clerks(self, free: list[Family], item: TaskItem) -> list[Family]:
        """A safeguard the clerk wrote under its area's own name or an alias of it (加强组织领导,
        强化经费保障, 督导考核) is a sub-topic that name, or one of his points, names longest
        (组织领导 of the responsibility and the leading-group families), first one with a
        heading saying a word of the name: round am's S, 加强组织领导 said as 抓好学校党建 and
        强化经费保障 as 加强绩效管理 (the area's full name named no sub-topic, and a seeded pick
        took any). A kind's default safeguard (``stock``) and a key task keep the seeded pick
        among the area's."""
        area = item.area
        if item.stock or area is None or self._is_priority(item):
            return free
        if self.ctx.kind.key == "leading_group":
            # the group's own frames speak of its members' duties (认领, 压实): a narrowed pick
            # said them twice (test_restate_more, test_one_idea_round_eight)
            return free
        if item.label != area.label and specific_words(item.label, area):
            return free  # a name saying more than its area (安全经费) is _free_family's
        words = " ".join((item.label, *item.points))
        # an alias of three characters or more names it, where one does: 工作合力 of the
        # departments, not the 合力 of 关心支持教师 (round am's S: 凝聚工作合力 said as 合力关心
        # 支持教师); choose_family then weighs his points and the kind's hints among them
        naming = [f for f in free if any(len(a) >= 3 and a in words for a in f.aliases)] or [
            f for f in free if named_length(f, words)
        ]
        if not naming:
            return free
        grams = label_words(item.label)
        saying = [
            f
            for f in naming
            if any(
                g in text
                for h in self.admitted_among(f.headings)
                for text in h.wordings
                for g in grams
            )
        ]
        return saying or naming

    def _saying_the_clerks(self, headings: list[Unit], item: TaskItem) -> list[Unit]:
        """Of a clerk's safeguard's headings, those saying a word of his name for it (组织领导
        of 加强组织领导: 加强组织领导，压实教育工作责任, not 健全责任体系，…), where any does."""
        if item.stock or item.area is None or self._is_priority(item):
            return headings
        grams = label_words(item.label)
        return [h for h in headings if any(g in t for t in h.wordings for g in grams)] or headings

    def _saying_the_name(self, free: list[Family], named: str, item: TaskItem) -> list[Family]:
        """The clerk's word for the area that no sub-topic's alias names (县域高中, 学生资助),
        unless it is the area's own head word, is the sub-topics' whose sentences say it:
        round af's S, 特色高中 over 县域高中 twice (the area's required 特色高中创建数 drew it),
        劝返复学 over 学生资助."""
        if not named or any(named_length(f, named) for f in free) or _names_whole(item):
            return free
        return [f for f in free if self._says_name(f, named, item)] or free

    def _says_name(self, family: Family, name: str, item: TaskItem) -> bool:
        """Whether two of the family's headings and units this speaker may say say ``name``
        word for word. A figure the clerk gave of another sub-topic (特色高中创建数 under 县域
        高中) is still said: in the section of a task named by its area alone (_home_of_fact)."""
        aliases = [a for f in item.area.families for a in f.aliases] if item.area else []
        saying = [
            unit
            for unit in (*self.admitted_among(family.headings), *self.admitted_among(family.units))
            if any(name_said(text, name, aliases) for text in unit.wordings)
        ]
        return len(saying) >= 2

    def _units_speak_of(self, family: Family, title: str) -> bool:
        """Whether two of the family's units this speaker may say name what the title names
        (an alias of the family in it): an alias alone (营养改善 on the 资助 family, 职称 on
        teachers' pay) is not a section about it."""
        names = [alias for alias in family.aliases if alias and alias in title]
        speaking = [
            unit
            for unit in self.admitted_among(family.units)
            if any(name in text for name in names for text in unit.wordings)
        ]
        return len(speaking) >= 2

    def _points_lead_at_a_group(self, item: TaskItem) -> bool:
        """Whether a leading group's key task has the clerk's points to say: they and its
        figures are said, with two lines of the bank's, not the area's whole run (round ci's
        03, 15 and 24, E: one point on 校外培训 drew ten lines on 举报、收费、有偿补课 at a
        12–15-minute meeting; leading groups read 24–30 % in rounds ch and ci)."""
        return (
            self.ctx.kind.key == "leading_group"
            and self._is_priority(item)
            and len(self._points_of(item)) >= 2
        )

    def _material_leads_the_close(self, item: TaskItem) -> bool:
        """Whether a concluding speech's section says the clerk's material with two lines of
        the bank's, not the area's whole run: where the clerk gave two points or more (round
        cj's 12, E: three points on 基本均衡迎检 drew eleven lines on 一校一品、过程性评价、课堂
        教学; concluding remarks read 29.7 % in round cj), or a progress meeting's safeguard he
        gave anything for. A section named by its area alone is the bank's to say."""
        if self.ctx.kind.key != "concluding_remarks":
            return False
        points = self._points_of(item)
        if len(points) >= 2:
            return True
        # a progress meeting's safeguard the clerk gave a figure or a point (加强督导考核 with its
        # 督导次数 drew seven lines on 考核: round cj's 12, E); a key task on the theme with one
        # point keeps its run (round av's 38: the theme's section is the speech's body)
        return (
            self.ctx.topical_meeting and not self._is_priority(item) and bool(points or item.facts)
        )

    def _beside_the_theme(self, item: TaskItem) -> bool:
        """Whether a key task stands beside a site meeting's theme (教师队伍 at a 劳动教育和课后
        服务观摩推进会): the clerk's points and figures are said, with one line of the bank's,
        not the area's whole run (round av's E: housing, 生活补助 and 职称 after a point on the
        pay of teachers who run after-school services). Only where another key task is on the
        theme: a name of no theme (全县教育工作现场推进会) leaves every task its section."""
        if not self.ctx.topical_meeting or not self._is_priority(item):
            return False
        name = self.ctx.meeting_name
        on_theme = [_names_the_meeting(task, name) for task in self.ctx.priorities]
        return any(on_theme) and not _names_the_meeting(item, name)

    def _narrowed(self, pieces: list[Piece], item: TaskItem, family: Family) -> list[Piece]:
        """A section beside a site meeting's theme, or titled past its family, says the
        clerk's points and figures with one line of the bank's."""
        if self._beside_the_theme(item):
            return _one_general_line(pieces)
        if self._points_lead_at_a_group(item):
            return _general_lines(pieces, _GROUP_GENERAL_LINES)
        if self._material_leads_the_close(item):
            # nor does it ask for figures beside the clerk's points (round cj's 12, E:
            # 集团化办学覆盖率【待补】 under three points on a 基本均衡 迎检)
            given = item.facts.keys()
            kept = [p for p in pieces if p.unit.facts <= given] if item.points else pieces
            return _general_lines(kept, _GROUP_GENERAL_LINES)
        terms = self._title_past_its_family(item, family)
        if terms:
            # nor does it ask for the area's figures the title did not name (round bd's E:
            # 作业管理达标学校比例【待补】 under 校外培训联合执法专班), and its one general line
            # says a word of the title, or there is none (round bf's 18: 脱贫家庭学生…是资助要优先
            # 照顾的对象 under 留守儿童和困难学生暑期关爱)
            kept = [p for p in pieces if p.unit.facts <= item.facts.keys()]
            return [
                p
                for p in _one_general_line(kept)
                if p.unit.facts or all(says(terms, text) for text in self._fit(p.unit))
            ]
        return pieces

    def _title_past_its_family(self, item: TaskItem, family: Family) -> frozenset[str]:
        """The words of a key task's own title beyond its area that only the clerk's points
        speak of (做好新建学校启用和学校布局调整 on 义务教育优质均衡, with points on a new campus
        and a merger), or none: the family's run is about the area, not the title, and under it
        read as a heading over another topic (round bd's S: eight lines on 优质均衡评估, 一校
        一品 and 图书仪器 under 新建学校启用). The points are said, with one line of the bank's."""
        if not item.title or not item.points or not self._is_priority(item):
            return frozenset()
        # the title's words the points say: the family must speak of those (round bf's 18: 困难
        # of 留守儿童和困难学生暑期关爱 kept by the 资助 family, five lines on 资助 under points on
        # 留守儿童's health visits, S); one unit saying them is no run about them
        terms = frozenset(t for t in self._title_terms(item) if keeps(frozenset({t}), item.points))
        if not terms:
            return frozenset()
        keeping = self._keeping(terms, self._at_home(family, item), item, fresh=False)
        return terms if len(keeping) < 2 else frozenset()

    def _is_priority(self, item: TaskItem) -> bool:
        """A key task, not a safeguard (two may share a label: by identity)."""
        # asked about 300 times a draft: the key tasks' ids, kept with the tuple they are of
        # (the context is replaced when the tasks are placed: choose_families)
        tasks = self.ctx.priorities
        kept = self._priority_ids
        if kept is None or kept[0] is not tasks:
            kept = self._priority_ids = (tasks, frozenset(map(id, tasks)))
        return id(item) in kept[1]

    def _hints(self, item: TaskItem) -> str:
        """What a safeguard is about in this kind of speech (genre.SAFEGUARD_HINTS)."""
        if item.area is None or self._is_priority(item):
            return ""
        return SAFEGUARD_HINTS.get(self.ctx.kind.key, {}).get(item.area.key, "")

    def _required(self, item: TaskItem) -> frozenset[str]:
        """The facts a key task's area asks for, shown as 【待补】 where the profile lacks
        them: once a draft, and not where another task of the same area gives them (a
        safety meeting's 食品安全, 防溺水 and 校园欺凌 are all the safety area). Safeguards
        ask for none: a draft gets them by default, and every draft asking the same
        questions in the same sentences is stock, not a checklist."""
        if item.area is None or not self._is_priority(item):
            return frozenset()
        themed = ASKED_AREAS.get(self.ctx.kind.key)
        if themed is not None and item.area.key not in themed and self._on_theme(themed):
            # a meeting on its theme asks that theme's indicators, not a 双减 task's at a
            # safety meeting (round af's 28)
            return frozenset()
        if self.ctx.topical_meeting and (item.facts or self._beside_the_theme(item)):
            # a site meeting's speech says the figures the clerk brought to it and sets no
            # others (round av's A: 作业管理达标学校比例【待补】 beside the clerk's 课后服务参与率
            # at a 劳动教育和课后服务观摩推进会)
            return frozenset()
        if self.ctx.kind.key == "leading_group" and item.title:
            # a group's task under the clerk's own title (把心理健康作为课后服务的一项内容) is the
            # matter it takes up, not the area's indicators (round dc's 15, A: 专职心理健康教师配备
            # 达标学校比例今年要提高到【待补】, a target nobody raised)
            return frozenset()
        level = self.ctx.level
        wanted = {f.key for f in item.area.facts if f.required and level not in f.not_required_at}
        wanted -= item.stated  # 续建项目数: 现有17个 is filled, as the present (round ap's F)
        wanted -= item.declined  # 新建智慧校园示范校: 无
        for task in self.ctx.priorities:
            if task is not item and task.area is item.area:
                wanted -= task.facts.keys()
        wanted -= self._stated_by_targets(item)
        wanted -= {
            f.key
            for f in item.area.facts
            if _new_count(f) and not _works_raised(f, item.area, item)
        }
        return frozenset(wanted - self.asked.setdefault(item.area.key, set()))

    def _on_theme(self, themed: frozenset[str]) -> bool:
        """Whether half the clerk's key tasks or more are of the meeting's theme: a safety
        meeting that lists 义务教育, 行风, 数字化… is on those tasks, and asks their indicators."""
        tasks = self.ctx.priorities
        on = sum(1 for t in tasks if t.area is not None and t.area.key in themed)
        return bool(tasks) and 2 * on >= len(tasks)

    def _stated_by_targets(self, item: TaskItem) -> frozenset[str]:
        """The area's fields the clerk's targets already give a figure for (普惠性幼儿园覆盖率
        达到75%) and the task does not: no unit asks for them again as 【待补】. Round v's F:
        确保普惠性幼儿园覆盖率达到【待补】 a few lines after the targets said 75%."""
        if item.area is None or not self.ctx.target_items:
            return frozenset()
        return frozenset(
            spec.key
            for spec in item.area.facts
            if spec.key not in item.facts and self._targets_set(spec.label)
        )

    def _targets_set(self, label: str) -> bool:
        """Whether one of the clerk's targets sets a figure for the field ``label``."""
        field = label.removesuffix("目标")
        # the clerk names the field in his own words: 全乡义务教育巩固率保持100% sets the
        # 九年义务教育巩固率 (round z's D: 【待补：九年义务教育巩固率（%）】 after that target)
        return any(
            _TARGET_SETS.search(item[item.find(name) + len(name) :])
            for name in _field_names(field)
            for item in self.ctx.target_items
            if name in item
        )

    def task_title(self, item: TaskItem, salt: str, alone: bool = False) -> Raw:
        """A task's heading. ``alone``: the task is the only section of its part, and its
        heading is not printed (structure._unnumber_lone_headings): what it names is not
        recorded as said (round af's 深化区管校聘改革 over a single task kept every 区管校聘
        line of its body out)."""
        salt = _item_salt(salt, item)
        family = self.family(item)
        if item.title:
            # a title that reads as a demand (抓好…, 推进…，…) stands as typed; a name (县中提
            # 质, 免费学前教育落实) gets what a label gets, every word of it kept (round w's S:
            # （二）县中提质 bare among 动词+对象，目的 siblings, 一是要旗所在地学位扩容)
            if reads_as_a_demand(item.title):
                self.own_headings[id(item)] = item.title
                return Raw(literal(item.title))
            return self._own_title(item, item.title, salt, whole=True)
        spans = family is not None and self._spans_topics(item, family)
        if family is not None and (
            _points_elsewhere(item, family)
            or (spans and not self._naming_the_area(self.admitted_among(family.headings), item))
            or (
                self._is_priority(item)
                and self._named_by_area(item)
                and _said_elsewhere(item, family)
            )
        ):
            # the clerk's points speak of several sub-topics (作业公示, 延时托管, 校外培训治理 on
            # 双减): one sub-topic's heading (规范校外培训行为) stands over the others' points —
            # round ac's S; the area's own heading covers them all
            return self._own_title(item, item.label, salt, alone=alone)
        if family is not None and self._unnamed_by_headings(item, family):
            # the clerk named the task by a thing of his own (2030年秋季学位保障) no heading of
            # its sub-topic says: the heading is his name (round ae's S: 规范招生入学，守住标准
            # 班额底线 over 学位保障)
            return self._own_title(item, item.label, salt, alone=alone)
        if family is not None:
            headings = self._unstocked(self.admitted_among(family.headings), item)
            headings = _not_of_declined(headings, item) or headings
            # a frame no earlier heading used first (restate.heading_frames), then among
            # those the headings whose promise a sentence of the family keeps (promise.py)
            # a word of weight no earlier heading said first (echo.weight_words: two 底线 over
            # sibling sections read as one heading twice), then a fresh verb frame
            headings = self._fresh_weights(headings, _text)
            headings = self._fresh_frames(headings, _text)
            headings = [h for h in headings if not self._echoes_part(h.text)] or headings
            headings = self._fresh_runs(headings, _text)
            headings = [h for h in headings if self._promise_kept(h, family, item)] or headings
            # a heading saying what the clerk's own point says would say it twice (round v's
            # 23: 抓实隐患排查整改 over 开学第一周开展安全隐患大排查, once section18 preferred
            # the heading whose promise the point keeps): another kept heading, else the
            # clerk's own, which claims nothing — both section18's kept promise and the
            # point said once hold
            pointed = frozenset().union(*(ideas_in(p) for p in item.points))
            unpointed = [h for h in headings if not _heading_ideas(h) & pointed]
            if pointed and headings and not unpointed:
                return self._own_title(item, item.label, salt, alone=alone)
            headings = unpointed or headings
            # nor one a point of the section says again as its body's line (echo.py; round ai's
            # D: 三是要建好用好劳动实践基地 over 要建好用好劳动教育实践基地): another heading, else
            # the clerk's own (which may take the point itself, _own_title)
            unechoed = [h for h in headings if not self._echoed_by_points(h.text, item)]
            if headings and not unechoed:
                return self._own_title(item, item.label, salt, alone=alone)
            headings = unechoed
            headings = _naming_the_task(headings, item) or headings
            # a clerk's safeguard's heading says his name's topic (round am's S), among those
            # the rules above kept (a fresh frame, no phrase of an earlier heading)
            headings = self._saying_the_clerks(headings, item)
            headings = self._covering_all(headings, item, family)
            if spans:  # the section says more than one sub-topic: a heading of the area's
                headings = self._naming_the_area(headings, item) or headings
            heading = self.choice(salt, self._prefer_fresh(headings))
            # the sentence keeping its promise, chosen before the heading is said (its words
            # then count as said, and every sentence naming them would look said again)
            terms = promised_terms(heading.text)
            if terms and not keeps(terms, item.points):
                keeping = self._keeping(terms, self._at_home(family, item), item)
                # one that keeps the promise in other words first: not the heading again
                # (round ai's D, echo.py: 坚持人防、物防、技防协同发力 under 坚持人防物防技防并举)
                keeping = [
                    u
                    for u in keeping
                    if not any(echoes_heading(heading.text, t) for t in self._fit(u))
                ] or keeping
                self.promises[id(item)] = keeping[0] if keeping else None
            self.side_promises[id(item)] = self._side_promises(heading, family, item)
            self.said_before_heading[id(item)] = frozenset(self.said.ideas)
            self.used.add(heading.text)
            self.headings[id(item)] = heading
            title = self.phrase(
                self.wording(heading, fresh_first=False, record=not alone), area=item.area
            )
            self.heading_runs |= heading_keys(title)
            return Raw(self._framed(title))
        return self._own_title(item, item.label, salt, alone=alone)

    def _own_title(
        self, item: TaskItem, text: str, salt: str, whole: bool = False, alone: bool = False
    ) -> Raw:
        """The clerk's own heading for ``item`` (``_own_heading``), recorded as its heading.
        Where a point of the section would say that heading again as its first line (round
        ai's D: （一）弘扬教育家精神 over 要弘扬教育家精神，培育一批“大先生”), the point itself is
        the heading, said once (a printed key task's point that reads as a heading)."""
        own = self._own_heading(item, text, salt, whole=whole)
        point = None if whole or alone else self._point_as_heading(own, item)
        if point is not None:
            self.said_as_heading[id(item)] = point
            own = point
        self.own_headings[id(item)] = own
        self.heading_runs |= heading_keys(own)
        return Raw(literal(own))

    def _charged_points(self, item: TaskItem) -> list[str]:
        """The section's points as its body will say them (要建好用好…: the lead counts)."""
        return [self._charged(p) for p in self._points_of(item)]

    def _echoed_by_points(self, heading: str, item: TaskItem) -> bool:
        """Whether a point of the section, as said, says ``heading``'s first clause again."""
        return any(echoes_heading(heading, said) for said in self._charged_points(item))

    def _point_as_heading(self, heading: str, item: TaskItem) -> str | None:
        """The key task's point that says ``heading`` again and reads as a heading itself
        (a demand, one or two clauses, no figure or date), or None."""
        if not self._is_priority(item) or id(item) not in self.placed:
            return None
        for point, said in zip(self._points_of(item), self._charged_points(item), strict=True):
            if (
                echoes_heading(heading, said)
                and len(point) <= HEADING_MOST
                and reads_as_a_demand(point)
                and not re.search(r"[0-9０-９%。；]", point)
            ):
                return point
        return None

    def _unnamed_by_headings(self, item: TaskItem, family: Family) -> bool:
        """Whether a key task's name says a thing of its own beyond its area (学位保障 of
        2030年秋季学位保障) that no heading of its sub-topic this speaker may say names."""
        if not self._is_priority(item) or item.title:
            return False
        headings = self.admitted_among(family.headings)
        return (
            bool(headings)
            and not _naming_the_task(headings, item)
            and bool(item.area and specific_words(item.label, item.area))
        )

    def _balance_reached(self, name: str) -> bool:
        """Whether the balance ``name`` ends with has been certified (a quality balance by
        its own pass: round by's 01, S — 巩固提升…优质均衡发展水平 after a basic pass)."""
        situation = self.ctx.situation
        if name.endswith("优质均衡"):
            return "quality_balance_reached" in situation
        return name.endswith("基本均衡") and "balance_reached" in situation

    def _own_heading(self, item: TaskItem, name: str, salt: str, whole: bool = False) -> str:
        """The clerk's own section: a heading from the name alone, claiming nothing (聚焦教育
        家精神，抓实抓细各项任务 and …确保取得实效 read as stock over a line or two: readers'
        S). A title the clerk typed (``whole``) keeps every character of it; a catalogue
        area's name is said in the words of the meeting's year (传染病防控和应急处置 in 2019)."""
        name = _CLERKS_ASIDE.sub("", name) or name  # (再提个醒: the clerk's note, round db's 22)
        if not whole:
            dated = name
            name = said_in_window(name, self.ctx.meeting_day, self.ctx.group_named)
            renamed = name != dated or name in {t.instead for t in load_terms() if t.instead}
            name = self._half_said(item, name, renamed=renamed)
        options = own_headings(name, self.ctx.y.meeting)
        if self._balance_reached(name):
            # a balance already certified is kept, not pressed toward (round bl's 24, F: 加快推进
            # 义务教育优质均衡发展 after its pass in October)
            options = (f"巩固{name}发展成果", f"巩固提升{name}发展水平")
        if not any(map(self.in_window, options)):
            # a plan named before it is in force (“十五五”教育规划 in February 2026, terms.yaml
            # plan_15_in_force: round af's Y) is still being drafted
            options = own_headings(name, self.ctx.y.meeting, drafting=True) or options
        if whole:
            kept = tuple(o for o in options if set(name) <= set(o))
            # a title that is a verb-object phrase takes no second verb (切实抓好加强督导考核)
            verb_led = item_form.form(name) == "verb_object"
            options = kept or (
                (f"切实{name}", f"着力{name}")
                if verb_led
                else (f"扎实推进{name}", f"切实抓好{name}")
            )
        own = self._framed(
            self._choose(
                self._fresh_runs(self._fresh_frames(self._fresh_weights(options, str), str), str),
                salt,
            )
        )
        if self._siblings_in_two_parts(item):
            own = with_purpose(own, name, self.rng(salt + "purpose"), self.used)
            self.used.add(own)
        return own

    def _half_said(self, item: TaskItem, name: str, renamed: bool = False) -> str:
        """The half of a name joining two works (教师队伍建设与师德师风) that the section speaks
        of, where it speaks of one only: a heading over both promised the other (round aw's
        and az's S, four drafts: …，进一步加强师德师风建设 over lines on 职称、周转房、补充教师)."""
        halves = name.split("与")
        if len(halves) != 2 and renamed:
            # a dated name said in its year's words (疫情和应急防控 → 传染病防控和应急处置): two
            # works joined by 和 (round ba's S: the heading over a section on 值班 and 应急物资
            # promised 传染病防控); a clerk's own 和 joins what he wants said together
            halves = name.split("和")
            if len(halves) == 2 and min(map(len, halves)) < 4:
                return name
        if len(halves) != 2 or not all(halves):
            return name
        family = self.families.get(id(item))
        said = " ".join([*item.points, *item.facts])
        unsaid = [
            half
            for half in halves
            if not any(word in said for word in figure_words(half))
            and not (family is not None and named_length(family, half))
            and not _umbrella_said(item, half, halves, said)
        ]
        if len(unsaid) == 2 and item.area is not None:
            # neither named by the section's sub-topic: the half naming the whole area stays
            # (教师队伍建设 over a section on the supply; 师德师风 is another sub-topic's)
            area = item.area
            unsaid = [h for h in halves if any(h in f.aliases for f in area.families)]
        if len(unsaid) == 2 and family is not None:
            # the half sharing a word with the section's own sub-topic (应急处置 over a section on
            # 应急物资, 应急保障: round ba's S)
            unsaid = [h for h in halves if not _word_among(h, family.aliases)]
        return next(h for h in halves if h not in unsaid) if len(unsaid) == 1 else name

    def _siblings_in_two_parts(self, item: TaskItem) -> bool:
        """Whether most other headings of the item's level read 动词+对象，目的 (规范学校经费
        管理，把钱用在师生身上): a one-part heading of the clerk's own stands out among them
        (rounds q and r's S: （五）切实抓好课后延时服务). Judged by the headings the siblings'
        families may say, or by a sibling's own title."""
        ctx = self.ctx
        siblings = ctx.safeguards if any(s is item for s in ctx.safeguards) else ctx.priorities
        votes: list[bool] = []
        for sibling in siblings:
            if sibling is item:
                continue
            if sibling.title:
                votes.append("，" in sibling.title)
                continue
            family = self.families.get(id(sibling))
            if family is None:
                continue
            headings = [h.text for h in self.admitted_among(family.headings)] or [
                h.text for h in family.headings
            ]
            votes.append(2 * sum("，" in h for h in headings) > len(headings))
        return bool(votes) and 2 * sum(votes) > len(votes)

    def _fresh_weights(self, options: Sequence[T], text: Callable[[T], str]) -> list[T]:
        """The headings saying no word of weight (echo.weight_words: 激励, 氛围, 底线) an
        earlier heading of the draft said; all of them when none is fresh."""
        said = self.heading_runs
        fresh = [o for o in options if said.isdisjoint(weight_words(text(o)))]
        # not at the cost of a key phrase said again (守护师生 twice), where one need not be
        unsaid = [o for o in options if said.isdisjoint(purpose_runs(text(o)))]
        if unsaid and not any(o in unsaid for o in fresh):
            return list(options)
        return fresh or list(options)

    def _fresh_frames(self, options: Sequence[T], text: Callable[[T], str]) -> list[T]:
        """The headings or leads whose verb frame (扎实推进…, …取得新的成效) no earlier
        heading of the draft used (restate.heading_frames); when none is fresh, those whose
        frames earlier headings used fewest times (round cz's 01, D: a third （六）切实抓好…)."""
        used = self.heading_frames
        times = [sum(used[frame] for frame in heading_frames(text(o))) for o in options]
        least = min(times, default=0)
        if least and options and all(isinstance(o, str) for o in options):
            # a heading made here, not the bank's: said without its adverb (抓好…, 推进…)
            plain = [_WITHOUT_ADVERB.sub(r"\1", str(o), count=1) for o in options]
            fresh = [p for p in dict.fromkeys(plain) if not any(map(used.get, heading_frames(p)))]
            if fresh:
                return cast(list[T], fresh)
        return [o for o, n in zip(options, times, strict=True) if n == least]

    def _fresh_runs(self, options: Sequence[T], text: Callable[[T], str]) -> list[T]:
        """The headings none of whose key phrases (echo.purpose_runs: 打好基础, 真抓实干) nor
        words of weight (echo.weight_words: 激励, 氛围) an earlier heading of the draft said;
        else those with no key phrase said; all of them when none is fresh."""
        said = self.heading_runs
        fresh = [o for o in options if said.isdisjoint(heading_keys(text(o)))]
        return (
            fresh or [o for o in options if said.isdisjoint(purpose_runs(text(o)))] or list(options)
        )

    def _frame_said(self, title: str) -> bool:
        return any(self.heading_frames[frame] for frame in heading_frames(title))

    def _takes_a_sections_noun(self, unit: Unit) -> bool:
        """Whether a part heading says a topic noun (作风, 合力: SECTION_NOUNS) that a task's
        name or every heading of a section family chosen for the draft says: the section would
        say the part's topic again (round aw's D, S: （三）转变工作作风… under 四、以过硬作风
        抓好开学工作落实; （二）凝聚工作合力… under 三、形成工作合力…)."""
        nouns = {n for wording in self._fit(unit) for n in SECTION_NOUNS.findall(wording)}
        if not nouns:
            return False
        # the clerk's name of a section is said by its heading (工作合力, 工作作风)
        labels = [t.label for t in (*self.ctx.priorities, *self.ctx.safeguards)]
        if any(noun in label for noun in nouns for label in labels):
            return True
        for family in self.families.values():
            if family is None or not family.headings:
                continue
            texts = [t for h in family.headings for t in h.wordings]
            if any(all(noun in t for t in texts) for noun in nouns):
                return True
        return False

    def _echoes_part(self, heading: str) -> bool:
        """Whether a heading's first clause says PART_ECHO characters in a row of an earlier
        part heading's first clause (round ag's D: （一）健全责任体系… under 三、健全责任体系…;
        三要加强统筹协调 after 二、突出统筹协调)."""
        first = _han_only(_first_clause(heading))
        nouns = set(SECTION_ECHO_NOUNS.findall(first))
        if nouns and any(
            nouns & {*SECTION_NOUNS.findall(part), *SECTION_ECHO_NOUNS.findall(_first_clause(part))}
            for part in self.part_headings
        ):
            return True  # （三）转变工作作风 under 四、以过硬作风…: one topic said twice
        runs = {first[i : i + PART_ECHO] for i in range(len(first) - PART_ECHO + 1)}
        if runs and any(
            run in _han_only(_first_clause(part)) for part in self.part_headings for run in runs
        ):
            return True
        # nor its purpose clause the purpose of the part above (round ai's D: （六）管好用好惠师
        # 资金，让教师安心从教 under 三、…，让教师安心从教): a clause of ECHO_CLAUSE characters or
        # more said whole by a part heading
        clauses = [_han_only(c) for c in re.split(r"[，,：:；]", _TEMPLATE_TAGS.sub("", heading))]
        return any(
            len(clause) >= ECHO_CLAUSE and clause in _han_only(part)
            for clause in clauses[1:]
            for part in self.part_headings
        )

    def _framed(self, title: str) -> str:
        self.heading_frames.update(heading_frames(title))
        return title

    def task_led(self, item: TaskItem, title_salt: str, body_salt: str) -> Raw:
        """A task said as a run-in lead with no 一是 (a leading group's one task): its name runs
        into the body's first sentence (要缓解城北片区入学压力，扩充城区学位要…). Said alone,
        要缓解城北片区入学压力。 was a slogan with nothing in it (round aj's R). Where the body
        opens with no sentence said at every length, or one that cannot follow (要…, 对…, a
        placeholder, a sentence of several clauses), the name stays a sentence of its own."""
        title = str(self.task_title(item, title_salt))
        body = str(self.task_body(item, body_salt))
        if runs_into(body):
            return Raw(f"要{title}，{body}")
        if "，" in plain(title):
            return Raw(f"要{title}。{body}")
        # a name alone, said as the group's charge: what it is to the group, not a slogan
        core = _HOW_FIRST.sub(r"\1", title, count=1)
        return Raw(f"要把{core}作为领导小组的一件大事来抓。{body}")

    def task_body(self, item: TaskItem, salt: str, ask: bool = True) -> Raw:
        """The section under a task's heading: its family's units (see _assembled), or,
        for a task the bank has no free family for, the given facts and the profile's points
        (_generic_body). Every fact the profile gives is said, whatever the level."""
        self.suggester.open_section()
        salt = _item_salt(salt, item)
        family = self.family(item)
        # a salient term is said once a section, its topic apart (restate.SECTION_SHARE)
        area_names = item.area.names() if item.area else ()
        family_names = (family.topic, *family.aliases) if family is not None else ()
        self.said.new_section((item.label, item.title or "", *area_names, *family_names))
        self.section_said = False
        body = self._assembled(item, family, salt) if family is not None else ""
        self.said.end_section()
        if self.section_said:  # judged before length gates: the same at every level
            return Raw(body)
        # nothing left to say under the heading (every line of its family said before):
        # a default safeguard the clerk did not ask for is left out, heading and all
        # (structure.parse_markup drops a heading with no body, and the counts follow);
        # the clerk's own task asks for its measures (round y's S: （二）凝聚工作合力，形成
        # 齐抓共管的格局 with nothing under it, （四）进一步凝聚工作合力 over a 【待补】 alone)
        if item.stock:
            return Raw("")
        return Raw(self._generic_body(item, salt, ask))

    def _assembled(self, item: TaskItem, family: Family, salt: str) -> str:
        """The family's units in a shape (assemble.py), the profile's points after the
        first paragraph, and any given fact no unit carries, so nothing the user wrote is
        lost. Units' other topics count as said from here on."""
        points = self._points_of(item)
        area = item.area
        # a unit carrying another sub-topic's fact is not said here (保安员 under 防溺水)
        units = [
            u for u in self.admitted_among(family.units) if not area or area.at_home(u, family)
        ]
        # the profile's points are said as written: no bank sentence says one of them again
        units = [u for u in units if u.facts or not restates_a_point(u, points)] or units
        # nor shares the work out among departments the clerk's points do not name
        units = [
            u
            for u in units
            if u.facts or u.slot != "duty" or not assigns_other_departments(u.wordings, points)
        ] or units
        # nor one of the targets read out before (九年义务教育巩固率要达到93% after the
        # targets list gave 巩固率达到93%: round j's D)
        in_targets = frozenset(k for k in item.facts if (id(item), k) in self.targets_say)
        units = [u for u in units if not u.facts & in_targets] or units
        # nor one carrying what the clerk says there is none of this year (无, 0): not even
        # when no other unit is left, a task of nothing is no sentence
        units = [u for u in units if not u.facts & item.declined]
        # …nor one speaking of those works without their count (round au's A: 创建任务要落到
        # 每个班级, 示范学校创建重在平时 where the clerk answered 民族团结进步示范学校数: 无)
        units = _not_of_declined(units, item)
        # nor one asking for a figure the targets gave (round v's F: 【待补：普惠性幼儿园覆盖率】)
        stated = self._stated_by_targets(item)
        units = [u for u in units if not u.facts & stated] or units
        if self.ctx.y.ahead:
            # a November meeting does not pledge a figure the clerk gave (要确保…达到, 要达到
            # in a measure's wording alike): the
            # profile does not say whether it is the year now ending or the next, so it is
            # said as the plan it is (_unsaid_facts: 按计划，…; round s's A). A figure it
            # lacks is still asked for, as next year's (【待补：明年…】): the clerk decides.
            units = [u for u in units if not self._pledges_given(u, item)]
        # filler (filler.py): one comment a section, and beside the clerk's points only one
        # saying what the task means; the others are not planned, so that the section's
        # shape takes a unit that asks instead
        units = self._within_filler_budget(units, points, salt)
        if not self._is_priority(item):
            # a safeguard asks nothing (see _required): its sentences carry only given facts
            units = [u for u in units if u.facts <= item.facts.keys()] or units
        siblings = {
            u: f
            for f in (area.families if area else ())
            if f is not family
            and f.topic not in self.topics
            # (a sub-topic said only where asked lends no unit either: round av's F, 把传染病
            # 应急处置纳入…应急演练 carrying a winter meeting's drill count)
            and (not self._named_bare(item) or self._asked_for(f, item))
            for u in self.admitted_among(f.units)
            if u.facts
            and area is not None
            and area.at_home(u, f)
            and not u.facts & item.declined
            and not (self.ctx.y.ahead and self._pledges_given(u, item))
        }
        given = frozenset(item.facts) - in_targets
        required = self._required(item) - in_targets
        promised = self._promised(item, units)
        pieces = plan_section(
            units, given, self.rng(salt + "shape"), tuple(siblings), required, promised
        )
        if item.area is not None:
            self.asked.setdefault(item.area.key, set()).update(
                key for p in pieces for key in p.unit.facts & required
            )
        for point in points:  # the profile's own words: the bank does not say them again
            self.said.add_point(point)
        pieces = self._without_closing_slogan(pieces, points)
        pieces = self._without_restatements(pieces, item, points, promised)
        pieces = self._led_by_heading(pieces, item)
        pieces = presumed_said(pieces)  # 分工不分家 only after the line dividing the work
        if item.stock and not points and not item.facts:
            pieces = _said_with_a_second(pieces)
        pieces = self._narrowed(pieces, item, family)
        self.topics |= {siblings[p.unit].topic for p in pieces if p.unit in siblings}
        self.used.update(p.unit.text for p in pieces)
        for piece in pieces:
            self.topics |= piece.unit.tags.mentions
        said = {key for p in pieces for key in p.unit.facts}
        paragraphs: dict[int, list[str]] = {}
        spoken = []
        for piece in pieces:
            spoken.append(self._piece_text(piece, item))
            text = self.gated(piece.level, spoken[-1])
            paragraphs.setdefault(piece.paragraph, []).append(text)
        opening = [p for p in pieces if p.paragraph == 0]
        texts = paragraphs.pop(0, [])
        # the clerk's points lead the section, after its opening line if it has one: said
        # last, after the bank's general lines, they read as an afterthought (round l's S)
        # (all its opening lines: assemble.in_order puts a section's topic sentences first)
        lead = next((i for i, p in enumerate(opening) if p.unit.slot != "open"), len(opening))
        facts = self._unsaid_facts(item, said, points)
        told = target_about(self._points(points, salt, task=True, first=lead == 0))
        # the facts no sentence carries go before a closing line, which stays the last word
        at = len(texts) - 1 if opening and opening[-1].unit.slot == "close" else len(texts)
        at = max(at, lead)
        self.section_said = bool(pieces or told or facts)
        # one sentence under a heading is a stub (round ah's S: （三）凝聚工作合力，形成齐抓共管
        # 的格局 over one line, every other line of the family said before): a default
        # safeguard the clerk did not ask for is left out, heading and all, as one with nothing
        # left to say is (task_body). The clerk's own task keeps its one line: a 【待补】 beside
        # it would leave one in a finished profile's draft (test_examples)
        if (
            item.stock
            and len(pieces) == 1
            and not (told or facts)
            and not more_than_one_sentence(spoken[0])
        ):
            self.section_said = False
            return ""
        first = self._first_paragraph(texts, opening, lead, at, facts, told)
        more = ["".join(texts) for _, texts in sorted(paragraphs.items())]
        return "".join([first, *("\n\n" + text for text in more if text)])

    @classmethod
    def _first_paragraph(
        cls,
        texts: Sequence[str],
        opening: Sequence[Piece],
        lead: int,
        at: int,
        facts: str,
        told: str,
    ) -> str:
        """A task section's first paragraph: its opening lines, the clerk's points, the bank's
        lines, and the facts no sentence carries where they read as said, not as a form's row."""
        after = cls._work_before(opening, lead, at) if not told and bare_figure(facts) else None
        if after is not None:
            # a bare figure (全市学校食堂明厨亮灶覆盖率保持100%。) opened the section as a line of
            # the form (round aj's R): it follows the section's first line of work that is said
            # at every length (an opening line left out at a short length would leave it first)
            return "".join([*texts[: after + 1], facts, *texts[after + 1 :]])
        if facts and not (facts.startswith("要") or led_by_topic(facts)):
            # a plan figure with nothing to lead it opens the section under its heading, not
            # alone at its end (round y's R: …，共同研究、统筹安排。全区计划新补充教师150名。)
            return "".join([*texts[:lead], facts, told, *texts[lead:]])
        return "".join([*texts[:lead], told, *texts[lead:at], facts, *texts[at:]])

    @staticmethod
    def _work_before(opening: Sequence[Piece], lead: int, at: int) -> int | None:
        """Where a bare figure goes in a section's first paragraph: after the first of its lines
        from ``lead`` on (before the closing line at ``at``) said at the lowest length level,
        so that some line of work stands before it at every length; None where there is none."""
        levels = [(p.level, i) for i, p in enumerate(opening) if lead <= i < at]
        return min(levels)[1] if levels else None

    def _led_by_heading(self, pieces: list[Piece], item: TaskItem) -> list[Piece]:
        """A section with no topic sentence opens with a sentence saying what its heading
        promises, where one does: round af's S, 艺术展演要让更多普通学生登台 first under 补齐
        体育美育师资短板, 班子的精力要放在教育教学管理上 first under a 马上就办 heading."""
        heading = self.headings.get(id(item))
        title = heading.text if heading is not None else self.own_headings.get(id(item), "")
        terms = promised_terms(title) if title else frozenset()
        first = [p for p in pieces if p.paragraph == 0]
        if not terms or not first or first[0].unit.slot == "open":
            return pieces
        if any(says(terms, text) for text in first[0].unit.wordings):
            return pieces
        keeping = next(
            (
                p
                for p in first[1:]
                if p.unit.slot != "close" and all(says(terms, t) for t in p.unit.wordings)
            ),
            None,
        )
        if keeping is None:
            return pieces
        # its level is its own: at a length where it is not said, the section is as before
        return [keeping, *(p for p in pieces if p is not keeping)]

    def _promise_kept(self, heading: Unit, family: Family, item: TaskItem) -> bool:
        """Whether the family has a sentence this speaker may say here, or the clerk a point,
        that speaks of what the heading names (promise.py): round y's readers met 强化结果运用
        over no result, 打破条块分割 over lines on helping teachers."""
        terms = promised_terms(heading.text)
        if not terms:
            return True
        at_home = self._at_home(family, item)
        # every thing it names side by side (round ag's S: 紧盯消防和校舍安全 over fire alone)
        return all(
            keeps(part, item.points) or bool(self._keeping(part, at_home, item))
            for part in promised_parts(heading.text)
        )

    def _side_by_side(
        self, item: TaskItem, heading: Unit, units: Sequence[Unit], found: list[Unit]
    ) -> list[Unit]:
        """The units said at every length for the things a family heading names side by
        side (_side_promises, then one per thing still unsaid), beyond those ``found``."""
        more = [u for u in self.side_promises.get(id(item), ()) if u in units and u not in found]
        parts = promised_parts(heading.text)
        for part in parts if len(parts) > 1 else ():
            said = [*item.points, *(t for unit in (*found, *more) for t in self._fit(unit))]
            if not keeps(part, said):
                more += [u for u in self._keeping(part, units, item)[:1] if u not in found]
        return more

    def _side_promises(self, heading: Unit, family: Family, item: TaskItem) -> tuple[Unit, ...]:
        """One sentence for each thing a heading names side by side (消防 and 校舍 of 紧盯消防
        和校舍安全, 学位 and 招生 of 扩充学位、规范招生) that neither the clerk's points nor the
        sentence keeping the whole promise say: any one of them kept the whole."""
        parts = promised_parts(heading.text)
        if len(parts) < 2:
            return ()
        at_home = self._at_home(family, item)
        promise = self.promises.get(id(item))
        found: list[Unit] = [promise] if promise is not None else []
        for part in parts:
            if keeps(part, item.points) or any(
                all(says(part, t) for t in self._fit(u)) for u in found
            ):
                continue
            keeping = self._keeping(part, at_home, item)
            if keeping:
                found.append(keeping[0])
        return tuple(found)

    @staticmethod
    def _title_terms(item: TaskItem) -> frozenset[str]:
        """What a clerk's title names beyond its area (specific_words: 足球, 冰雪 of 校园足球和
        冰雪运动 on 体育); nothing for a title that only names the area's work (书香工程)."""
        specific = specific_words(item.title or "", item.area)
        if not specific or item.area is None:
            return frozenset()
        names = item.area.names()  # 书香 of 书香工程 is the area's own (书香校园)
        terms = promised_terms(specific, whole=True)
        return frozenset(t for t in terms if not any(t in name for name in names))

    def _at_home(self, family: Family, item: TaskItem) -> list[Unit]:
        area = item.area
        return [u for u in self.admitted_among(family.units) if not area or area.at_home(u, family)]

    def _keeping(
        self, terms: frozenset[str], units: Sequence[Unit], item: TaskItem, fresh: bool = True
    ) -> list[Unit]:
        """The units that say one of the heading's terms in every wording this speaker may
        say, and that the section would keep: sayable with the facts at hand, no stock line
        left out of a short speech, and (``fresh``: before the heading is said, which then
        counts as saying its words) bringing back nothing said."""
        sayable = item.facts.keys() | self._required(item)
        return [
            u
            for u in units
            if u.facts <= sayable
            and all(says(terms, text) for text in self._fit(u))
            and (not fresh or self._has_fresh(u))
            and not self._stock_left_out(u, item)
        ]

    def _promised(self, item: TaskItem, units: Sequence[Unit]) -> tuple[Unit, ...]:
        """The units that say what the section's heading or the task's own name promises
        beyond its family: a heading that needs a thing of the place (规范校车管理 needs
        school_bus) or a name saying more than its area (校车) is kept by a sentence about
        that thing, said at every length (round v's S: 规范校车管理 over general traffic tips).
        One such unit is enough; none where the family has none."""
        heading = self.headings.get(id(item))
        needs = heading.tags.needs if heading is not None else frozenset()
        specific = specific_words(item.label, item.area)
        found: list[Unit] = []
        for unit in units:
            if needs & unit.tags.needs:
                found.append(unit)
                break
        # a name the clerk's own points already say is kept by them (echo25: 对校车，要严格执行
        # 随车照管制度 after the point 落实校车随车照管人员, said again)
        if specific and not found and not any(specific in point for point in item.points):
            for unit in units:
                if any(specific in text for text in unit.wordings):
                    found.append(unit)
                    break
        # what the heading's first clause names is said at every length, unless the clerk's
        # points or the unit above say it (round y's S: 强化结果运用 over two lines on 整改)
        if heading is not None:
            terms = promised_terms(heading.text)
        elif item.title and not reads_as_a_demand(item.title):
            terms = self._title_terms(item)
        else:
            terms = frozenset()
        if heading is not None:
            found += self._side_by_side(item, heading, units, found)
        said = [*item.points, *(text for unit in found for text in self._fit(unit))]
        if terms and not keeps(terms, said):
            found += self._promise_line(item, terms, units)
        return tuple(found)

    def _promise_line(
        self, item: TaskItem, terms: frozenset[str], units: Sequence[Unit]
    ) -> list[Unit]:
        """The unit keeping the heading's promise: a family heading's, chosen with it
        (task_title), unless it is not the section's to say (a check line where the section
        takes none), then another saying the promise, as for a title."""
        kept = self.promises.get(id(item)) if id(item) in self.promises else None
        if id(item) in self.promises and (kept is None or kept in units):
            return [kept] if kept is not None else []
        return self._keeping(terms, units, item)[:1]

    @staticmethod
    def _without_closing_slogan(pieces: list[Piece], given: Sequence[str]) -> list[Piece]:
        """A section that says the clerk's points ends on them: the bank's closing line
        (要为师生创造…环境; 让学生在减负中增效…) only says again, in a slogan, what the points
        made concrete. Readers of rounds r and s cut 5 of the 8 closing lines they read (E, D),
        against one sentence in fourteen overall; a section of bank lines or facts alone keeps
        it (leaving it out of those too cost a thin report its length: see CHANGELOG)."""
        if not given:
            return pieces
        return [p for p in pieces if p.unit.slot != "close" or p.unit.facts]

    @staticmethod
    def _pledges_given(unit: Unit, item: TaskItem) -> bool:
        """The unit says a figure the task gives as a year's target or pledge (要确保…达到,
        今年…要新增): at a November meeting, not said (round s's A)."""
        if not unit.facts & item.facts.keys():
            return False
        return any(_YEAR_PLEDGE.search(text) for text in unit.wordings)

    def _without_restatements(
        self,
        pieces: list[Piece],
        item: TaskItem,
        points: Sequence[str] = (),
        promised: Sequence[Unit] = (),
    ) -> list[Piece]:
        """The section's pieces less those that would only say again what the draft has
        said (restate.py); a unit carrying a fact is said all the same, and when the first
        sentence goes, the next takes its level (a short draft still opens the section).
        Each piece's wording is chosen here, in speaking order, so later pieces see it said;
        those carrying the clerk's facts first, as they are said whatever else is (round l's
        D: 重实不重数 before 校企合作企业要达到45家，合作重在实效、不在签约数量).
        A filler line (filler.py: a comment or a judgement that asks nobody for anything) is
        said once a section at most (round x's E: 教师队伍的形象，是由…塑造的 after
        师德是教师的立身之本…); the units planned are already within that (_within_filler_budget),
        and past it a unit's wording that asks is preferred to a filler one."""
        fillers = FILLER_A_SECTION  # how many the section may still say
        # the heading's promise is kept like a fact (its words are the heading's own, said
        # just before), unless it brings back an idea the draft has said
        owed = self._owed(pieces, item, points)
        carried: dict[int, str] = {}
        for p in pieces:
            if self._carries(p.unit, item) or (
                p.unit in promised
                and not self._brought_back_past_heading(p.unit, item)
                # nor where every wording says again a line of the draft's ledger (echo25:
                # 对校车，要严格执行随车照管制度 kept 校车 after the point 落实校车随车照管人员)
                and not all(map(self.said.said_again, self._fit(p.unit)))
            ):
                # a line said for its fact says the heading's promise where a wording of it
                # does and no other line would (round ag's S: 压实控辍保学责任 over 巩固率…
                # 不失学、不辍学 where its other wording says 把控辍保学成果巩固住)
                part = next((o for o in owed if any(says(o, t) for t in self._fit(p.unit))), None)
                owed = [o for o in owed if o is not part]
                carried[id(p)] = self.wording(p.unit, item=item, saying=part or frozenset())
        kept: list[Piece] = []
        opening: int | None = None  # a dropped first sentence's level, for the next to take
        for piece in pieces:
            if id(piece) not in carried and (
                self._stock_left_out(piece.unit, item)
                or (fillers <= 0 and self._filler(piece.unit))
            ):
                opening = _opening_left(piece, kept, opening)
                continue
            if id(piece) in carried or self._has_fresh(piece.unit):
                level = piece.level if opening is None else min(piece.level, opening)
                wording = carried.get(id(piece)) or self.wording(
                    piece.unit, item=item, plain=fillers <= 0 or bool(points)
                )
                if id(piece) not in carried and fillers <= 0 and is_filler(wording):
                    # past the budget, a unit whose only wording this speaker may say is a
                    # comment is not said either (round ap: a city's leader may not say the
                    # counselling room's 专人值守, and its other wording is 前提是那里有人在…)
                    opening = _opening_left(piece, kept, opening)
                    continue
                fillers -= is_filler(wording)
                kept.append(Piece(piece.unit, level, piece.paragraph, wording))
                opening = None
                continue
            if piece.level <= FIRST and not kept:
                opening = piece.level
            # the longest drafts of many tasks only, and never an idea said once a draft
            # (readers' D: 台账 and 对账销号 four times in a report of seven tasks)
            # a unit's wordings say one thing: if one of them names an idea said, all of them
            # say it again (round l's D: 进入学校的各类事项要实行清单管理 after the clerk's
            # 进校园事项白名单, its other wording naming 进校园…清单)
            if self._frame_reaches(RESTATED) and not self._any_brings_back_ideas(piece.unit):
                wording = self.wording(piece.unit, item=item, plain=fillers <= 0 or bool(points))
                fillers -= is_filler(wording)
                kept.append(Piece(piece.unit, RESTATED, piece.paragraph, wording))
        return kept

    def _within_filler_budget(
        self, units: list[Unit], points: Sequence[str], salt: str
    ) -> list[Unit]:
        """The units a section may plan: of the comment units (_filler), one chosen by the
        seed, an opening one if there is one; where the clerk gave points only an opening
        one (what the task means), no judgement of it (要看…, 体现在…: round x's E beside
        the clerk's own measures). A section left with too few units to plan keeps them all
        (_without_restatements still says FILLER_A_SECTION of them at most)."""
        comments = [u for u in units if self._filler(u)]
        if not comments:
            return units
        opening = [u for u in comments if u.slot == "open"]
        # beside the clerk's points, a line saying what the task means may open the section;
        # a judgement (要看…, 体现在…) or a closing word is not said
        among = opening if points else opening or comments
        kept = [self.choice(salt + "comment", among)] if among else []
        dropped = {id(u) for u in comments if u not in kept}
        within = [u for u in units if id(u) not in dropped]
        return within if len(within) >= 2 else units

    def _filler(self, unit: Unit) -> bool:
        """A section's line that asks nobody for anything (filler.py): an opening, checking
        or closing unit without facts most of whose wordings this speaker may say are filler
        (its wordings say one thing: 安全是教育工作的底线 beside 守护师生平安，是…的责任)."""
        if unit.facts or unit.slot not in FILLER_SLOTS:
            return False
        fit = self._fit(unit)
        return 2 * sum(map(is_filler, fit)) >= len(fit)

    def _stock_left_out(self, unit: Unit, item: TaskItem) -> bool:
        """A safeguard's stock line (demand_ideas.STOCK_LINES: 钉钉子精神, 马上就办, “回头看”,
        轻车简从, 逐项盘点) in a speech shorter than STOCK_MINUTES: left out (round v's E). A
        key task the clerk named keeps its lines: there they are the topic."""
        if self._is_priority(item) or not self._short():
            return False
        # the wordings this speaker may say, the stock ones only where no other is left
        return all(ideas_in(text) & STOCK_LINES for text in self._fit(unit))

    def _unstocked(self, headings: list[Unit], item: TaskItem) -> list[Unit]:
        """The headings that do not promise a stock line left out (树立马上就办的导向 over a
        short speech's section without one), if there are any."""
        return [h for h in headings if not self._stock_left_out(h, item)] or headings

    @staticmethod
    def _carries(unit: Unit, item: TaskItem) -> bool:
        """Whether ``unit`` says one of the task's facts or asks for one (【待补】): a unit
        whose only facts the task does not give and nobody asks for (a quota of hazards to
        find: weave.not_asked) reads as a plain sentence, and is left out like one where it
        says again what the draft has said (round v's D: 年内要排查整改校园安全隐患 after the
        clerk's 开学第一周开展安全隐患大排查)."""
        for key in unit.facts:
            spec = item.area.fact(key) if item.area else None
            if key in item.facts or spec is None or not not_asked(spec.label):
                return True
        return False

    def _frame_reaches(self, level: int) -> bool:
        """Whether the prose around the tasks (and a restated sentence) may be said at
        ``level``: it grows with the tasks. A profile of one or two tasks asked for a long
        speech gets the note on its length, not paragraphs of reflection (readers' E) and
        ideas said twice (D); each task the profile gives lets the frame say one level more."""
        return level <= FRAME_BASE + len(self.ctx.priorities)

    def _piece_text(self, piece: Piece, item: TaskItem) -> str:
        wording = piece.wording or self.wording(piece.unit)
        text = self.phrase(wording, item.facts, item.area, item.planned, item.undated_sums)
        return no_floor_on_a_gap(self._against_current(text, item))

    def _against_current(self, text: str, item: TaskItem) -> str:
        """A target said against the figure the review gives for the same field: 巩固在93%以上
        where the rate is 92.3% is 提高到93% (保持/巩固 only for a value reached), and 要达到100%
        where 100% is already reached is 要保持100% (readers' F, round h)."""
        for move, value in self._target_moves(item):
            if value not in text:  # every pattern below holds the value itself
                continue
            said = re.escape(value)
            if move == _RISES:
                # the clerk's own target says 达到95%: 保持在95%以上 contradicts it (round i's F)
                text = re.sub(rf"(?:巩固|保持|稳定)在({said})(?:及?以上)?", r"达到\1", text)
            elif move == _BELOW:
                text = re.sub(rf"(?:巩固|保持|稳定)在({said})以上", r"提高到\1", text)
                # 全年要打造示范学校460所 where 420所 stand: the total grows, not 460 new
                text = re.sub(
                    rf"(?:打造|建成|创建|新建)([^，。；]{{2,24}}?)({said})", r"把\1增加到\2", text
                )
            else:
                text = re.sub(rf"(?:要|将)(?:达到|提高到|提升到)({said})", r"要保持\1", text)
                # 全年要把集团化办学覆盖率提高到100% where 100% is reached (round i's F)
                text = re.sub(rf"(?:达到|提高到|提升到)({said})", r"保持在\1", text)
        return text

    def _target_moves(self, item: TaskItem) -> tuple[tuple[str, str], ...]:
        """What _against_current does to each of the task's values (as printed), in the
        order of its facts: it depends on the task and the review, not on the sentence, so
        it is worked out once a draft for each task (asked of every sentence of the task)."""
        kept = self.moves.get(id(item))
        if kept is not None and kept[0] is item:
            return kept[1]
        moves: list[tuple[str, str]] = []
        for key, value in item.facts.items():
            spec = item.area.fact(key) if item.area else None
            current = self._current(spec.label) if spec else None
            goal = leading_number(value)
            if current is None and spec and self._set_to_rise(spec.label, value):
                moves.append((_RISES, literal(value)))
            elif current is None or goal is None:
                continue
            elif current < goal:
                moves.append((_BELOW, literal(value)))
            elif current >= goal:
                moves.append((_REACHED, literal(value)))
        self.moves[id(item)] = (item, tuple(moves))
        return tuple(moves)

    def _set_to_rise(self, label: str, value: str) -> bool:
        """Whether one of the profile's own targets raises ``label`` to ``value`` (高中阶段毛
        入学率达到95%)."""
        # the pattern label(要)?(达到|提高到|提升到)value as plain substrings: a regular
        # expression compiled per fact and value cost a cold draft ~150 compiles
        rises = [label + will + verb + value for will in ("", "要") for verb in _RISE_VERBS]
        return any(rise in item for item in self.ctx.target_items for rise in rises)

    def _current(self, label: str) -> float | None:
        """The review's figure for the field ``label`` (its label ends with it), if any."""
        field = _COUNTED.sub("", label) or label  # 示范学校数 is counted as 示范学校
        for achievement in self.ctx.achievements:
            for figure in achievement.figures:
                if figure.label.endswith((label, field)):
                    return leading_number(figure.value)
        return None

    def _generic_body(self, item: TaskItem, salt: str, ask: bool = True) -> str:
        """A task no family of the bank is about (its area unknown, its name saying more
        than any family, or its family already said): the clerk's own section, with the
        profile's facts and points and, unless it gives two points or more, one placeholder
        asking for the measures. No sentence of a neighbouring topic (燃气安全 said as 食堂
        管理: readers' S), and no stock line fitting every task (要把X摆在重要位置…: E)."""
        points = self._points_of(item)
        said = self._unsaid_facts(item, set(), points)
        name = item.title if item.title and not reads_as_a_demand(item.title) else item.label
        # ``ask``: not where the part's own lines say the measures (a school opening's 开学准备
        # task in the part on the preparations, before its 一是…六是)
        # (a meeting's agenda has no measures of its own to ask for: round bi's 16, 【待补：本次
        # 会议议程的主要举措】 under 会议议定了两件事)
        agenda = item.title == "抓好会议议定事项的落实" and bool(points)
        asked = (
            ""
            if len(points) >= 2 or not ask or agenda
            else placeholder(f"{name}的主要举措（两三条）")
        )
        if points and (said.startswith("要") or led_by_topic(said)):
            # a plan figure led by the section's heading goes after the clerk's points: said
            # first it repeated the heading just above it (要扎实做好…工作，今年全市计划…)
            return self._points(points, salt, task=True, first=True) + said + asked
        return said + self._points(points, salt, task=True, first=not said) + asked

    def _plan_lead(self, item: TaskItem, keys: Sequence[str]) -> str:
        """What a plan sentence serves, said before it: 要 and the first part of a heading of
        the fact's own sub-topic (要加强教师补充，今年全州计划新补充教师860名。), not the
        section's own heading, and only one that speaks of the figure (a word of both: round
        ab's R, 要强化责任担当，领导小组计划召开年度专题会议4次); "" where there is none
        (_led_plan then draws the lead from the figure's own words)."""
        area = item.area
        if area is None or not keys:
            return ""
        spec = area.fact(keys[0])
        key = spec.key if spec is not None else keys[0]
        wanted = spec.families if spec is not None and spec.families else ()
        # the fact's own sub-topic: the one it is filed under, else one whose sentences say it
        # (新补充教师 is the supply's, not the training section's where it was given)
        family = next((f for f in area.families if f.key in wanted), None) or next(
            (f for f in area.families if any(key in u.facts for u in f.units)), None
        )
        if spec is None or family is None:
            return ""
        heading = self.headings.get(id(item))
        taken = heading.text if heading is not None else ""
        # a heading no section has said and no lead before, else any but the section's own
        leads = self.plan_leads
        options = [
            h for h in self.admitted_among(family.headings) if h.text != taken and h not in leads
        ] or [h for h in _admitted_units(family.headings, self.speaker) if h.text != taken]
        labels = [_field_of(item, k)[0] for k in keys]
        own = self._section_heading(item)
        options = [
            h
            for h in options
            if shares_a_word(h.text.partition("，")[0], labels)
            and not repeats_heading(h.text.partition("，")[0], own)
        ]
        if not options:
            return ""
        chosen = self.choice(f"plan-lead:{item.label}:{key}", options)
        leads.add(chosen)
        first = self.phrase(self.wording(chosen, fresh_first=False), area=area).partition("，")[0]
        if not first or "【" in first or first.startswith(("要", "让")):
            return ""
        if ideas_in(first) & self.said.ideas:
            # a lead saying an idea the section has said (扩大公办资源，今年全县公办园在园幼儿
            # 占比计划达到52%, after two lines on it: round az's D R, three drafts)
            return ""
        return f"要{first}，"

    def _section_heading(self, item: TaskItem) -> str:
        """The heading said over a task's section (the bank's or the clerk's own)."""
        heading = self.headings.get(id(item))
        return heading.text if heading is not None else self.own_headings.get(id(item), "")

    def _led_plans(self, item: TaskItem, keys: Sequence[str], clauses: Sequence[str]) -> str:
        """The task's plan figures, one led sentence for each thing they are about
        (figure_place.topic_groups): two things after one lead read as glued (round aw's G,
        S: 深化集团化办学，…覆盖率计划达到60%，标准班额达标率达到100%)."""
        if len(keys) < 2 or len(keys) != len(clauses):
            return self._led_plan(item, keys, self._targets_sentence(clauses, item))
        groups = topic_groups([_field_of(item, key)[0] for key in keys])
        return "".join(
            self._led_plan(
                item,
                [keys[at] for at in group],
                self._targets_sentence([clauses[at] for at in group], item),
            )
            for group in groups
        )

    def _led_plan(self, item: TaskItem, keys: Sequence[str], sentence: str) -> str:
        """A plan sentence with what it serves before it (_plan_lead); where no heading of
        its sub-topic speaks of it and its subject is the place (今年全市计划新补充教师135名:
        round ab's R, a bare figure), a lead drawn from its own words (要做好教师补充，),
        never the section's heading again (要切实抓好燃气安全工作，… under that heading)."""
        if not sentence:
            return ""
        if len(keys) == 1 and _HAZARD_FIELD.search(_field_of(item, keys[0])[0]):
            said = _HAZARD_DEED.sub("整改", sentence, count=1)
            return self._hazards_lead() + (self._deployed(item, keys, said) or said)
        deployed = self._deployed(item, keys, sentence)
        if deployed:
            return deployed
        lead = self._plan_lead(item, keys)
        if lead or not keys:
            return lead_joined(lead, sentence)
        if len(keys) == 1 and _AID_SUM.search(_field_of(item, keys[0])[0]):
            # a sum for pupils' aid alone read as a bare figure (round aw's R, two drafts:
            # 全镇安排全年学生资助资金38万元。): said with what the policy asks of it
            return sentence.removesuffix("。") + "，确保应助尽助。"
        if not _PLACE_PLANS.match(plain(sentence)):
            # a rate is its own subject (全旗学校食堂明厨亮灶覆盖率计划达到95%): led by its
            # own name where it can only rise, else said as it is
            label, value = _field_of(item, keys[0])[0], item.facts.get(keys[0], "")
            lead = rate_lead(label, str(value)) if len(keys) == 1 else ""
            if not lead or repeats_heading(lead, self._section_heading(item)):
                return sentence
            return lead_joined(lead, without_subject(sentence, lead))
        # the lead of the figure said first (a clause of several may come first by kind)
        first = plain(sentence).split("，")[0]
        leads = [figure_lead(_field_of(item, key)[0]) for key in keys]
        lead = next((lead for lead in leads if lead and shares_a_word(lead, [first])), "")
        if not lead and len(keys) == 1:
            # a rate the place raises (今年全县公办园在园幼儿占比计划达到45%), led by its name
            # as a rate of its own subject is (round ba's R: a bare figure, two drafts)
            lead = rate_lead(_field_of(item, keys[0])[0], str(item.facts.get(keys[0], "")))
        if not lead or repeats_heading(lead, self._section_heading(item)):
            return sentence
        # its work named once (要抓好教师全员培训，今年全县计划完成4600人次)
        return lead_joined(lead, without_subject(sentence, lead))

    @staticmethod
    def _planned_by_clerk(item: TaskItem, keys: Sequence[str]) -> bool:
        """Whether the clerk gave every one of the figures as a plan (计划1050名): a bare figure
        may be a stock, and is no order to say (its 【待核】 asks which: test_plan_said)."""
        values = [typeset(str(item.facts.get(key, ""))).strip() for key in keys]
        return bool(values) and all(value.startswith("计划") for value in values)

    def _deployed(self, item: TaskItem, keys: Sequence[str], sentence: str) -> str:
        """The plan sentence as a leader sets it where the clerk gave every figure as a plan
        (_plan_deployed); "" otherwise."""
        return self._plan_deployed(sentence) if self._planned_by_clerk(item, keys) else ""

    def _hazards_lead(self) -> str:
        """The lead of the year's count of hazards to put right, said as the work of putting
        right the ones found (排查出的隐患要逐项整改到位，年内全县计划整改校园安全隐患260项): a
        count to find read as a quota of hazards, and the lead 抓好…隐患排查整改 said its deed
        twice (rounds dd–df, nine lines: R D, "把隐患数当任务指标"); "" where the draft said it."""
        lead = "排查出的隐患要逐项整改到位，"
        return "" if ideas_in(lead) & self.said.ideas else lead

    def _plan_deployed(self, sentence: str) -> str:
        """A place's plan said as a leader sets it (今年全州要新补充教师1050名), not as an office
        reports it (做好教师补充，今年全州计划新补充教师1050名: round dd's 01 and 04, R — "报表口吻",
        "补充重复"); "" in a bureau's voice, which reports its plans, or for any other sentence."""
        if self.ctx.role in BUREAU_LIKE or "【" in sentence:
            return ""
        at = sentence.find("计划")
        if at < 0 or not _PLACE_PLANS.fullmatch(plain(sentence[: at + 2])):
            return ""
        return sentence[:at] + "要" + sentence[at + 2 :]

    def _told_by_points(self, item: TaskItem, key: str, value: str) -> bool:
        """A fact the clerk's own point of the task already tells, its value and its thing
        (党组织覆盖率保持100% and 中小学校党组织覆盖率: 现有100%; 十所…党建示范点 and 新创建党建
        示范校数: 计划10所; 现有86名，再配备24名 and 计划110名): said again it was the same
        figure twice (round ba's D, four lines in one draft)."""
        label = _field_of(item, key)[0]
        return told_in_points(label, str(value), item.points) or sum_told(str(value), item.points)

    def _unsaid_facts(self, item: TaskItem, said: set[str], points: Sequence[str] = ()) -> str:
        """Facts the user gave that no chosen sentence carries (or that the bank does not
        know): printed all the same, so nothing the user wrote is lost."""
        unsaid = [
            (k, v)
            for k, v in item.facts.items()
            if k not in said and (id(item), k) not in self.targets_say
        ]
        stocks = [self._stock_said(item, k, v) for k, v in unsaid]
        extra = [
            self._fact_said(item, k, v)
            for (k, v), stock in zip(unsaid, stocks, strict=True)
            if not stock
        ]
        held = [stock for stock in stocks if stock]
        keys = [k for (k, _), stock in zip(unsaid, stocks, strict=True) if not stock]
        extra, keys = self._joined_to_points(item, extra, keys, points)
        # what the place has goes before the clerk's point about the same things (全旗现有校车
        # 58辆，今年要新增校车12辆…: alone, 全旗现有校车58辆。 was round ac's R)
        at = best_point(held, points) if points and held else None
        if at is not None and not _stock_fits(held, points[at]):
            # a count the place has joins a point that counts the same things (全旗现有校车58辆，
            # 今年要新增校车12辆) or has them for its subject (…，校车要每学期检测一次); before
            # another order it read as a fact glued to another topic (round ak's G: 全旗现有
            # 寄宿生4380人，要抓好寄宿生周末接送)
            at = None
        if at is not None:
            self.point_stock[points[at]] = f"{self.ctx.w.all}现有{'、'.join(held)}，"
            held = []
        # what the place has is stated as it is (全省现有校车6300辆), never as a plan (round v's A)
        has = f"{self.ctx.w.all}现有{'、'.join(held)}。" if held else ""
        # a rate the clerk gave as the present (现有88%) is said as the present, before the
        # section's first point (全县标准班额达标率目前为88%，要逐校建立…), never as the
        # year's aim (round ah's A: 全年全市计划达到88%)
        now = _states_joined(item.states)
        # …only before a first point of its own measure (round ak's G: 全县普惠性幼儿园覆盖率
        # 目前为92.6%，要贯彻实施《学前教育法》 glued the present level to another order)
        fits = bool(points) and any(_measure_in(state, points[0]) for state in item.states)
        # …or before a later point that shares its measure's words (round al's G: 全区普通话
        # 普及率目前为85% glued to 民族团结进步教育, its own 实施学前学会普通话行动 second)
        later = None
        if now and not fits:
            later = next(
                (
                    i
                    for i, point in enumerate(points)
                    if point not in self.point_stock
                    and any(_measure_head_in(state, point) for state in item.states)
                ),
                None,
            )
        level = ""
        planned = self._led_plans(item, keys, extra)
        if now and fits and points[0] not in self.point_stock:
            self.point_stock[points[0]] = f"{self.ctx.w.all}{now}，"
        elif later is not None:
            self.point_stock[points[later]] = f"{self.ctx.w.all}{now}，"
        elif now:
            # with no point of its measure, the level with what is done about it (round am's
            # R: 全县公办园在园幼儿占比目前为38%。 — "孤立数字成句，无判断无要求"), never in an
            # empty frame (round ap's R: …，这是今年工作的起点)
            level, planned = self._level_sentence(item, f"{self.ctx.w.all}{now}", planned)
        # what the place has, then what it plans (round aa's S: 全区计划完成校车驾驶员培训…。
        # 全区现有校车2460辆。 — the fleet first, then its drivers' training), in one
        # sentence: alone, 全市现有校车64辆。 was a bare figure (round af's R)
        if has and planned:
            return level + has.removesuffix("。") + "，" + planned
        duty = stock_duty(has) if has and not level and not planned else ""
        if duty:
            # alone, 全市现有专职教研员38名。 was a bare figure (round at's R, four drafts)
            return has.removesuffix("。") + f"，{duty}。"
        return level + has + planned

    def _level_sentence(self, item: TaskItem, level: str, planned: str) -> tuple[str, str]:
        """A present level with no point of its own measure, and the plan sentence left: the
        level leads the section's plan where there is one (全市续建项目现有17个，今年全市计划新建
        项目22个…); a rate that can only rise is to be raised further; a full rate is kept
        (level_kept); any other leads the section's first point not yet led (全市今年新补充
        教师已达186名，要…), or is said as the fact it is."""
        if planned and any(_same_measure_or_thing(state, planned) for state in item.states):
            # the place named once (全省今年新补充教师已达9800名，计划完成…); only a plan of the
            # level's own measure loses its lead (round bf's 10 G: 全区现有校企合作企业1860家，
            # 计划达到62% — the 62% was the “双师型” teachers' share)
            return f"{level}，{_without_lead(planned).removeprefix(self.ctx.w.all)}", ""
        if all(_RAISED_LEVEL.match(plain(state)) for state in item.states):
            return f"{level}，{self._level_meaning(item, raised=True)}。", planned
        if all(_KEPT_FULL.search(plain(state)) for state in item.states):
            return f"{level}，{self._level_meaning(item, raised=False)}。", planned
        # a share or a count may be meant to fall or to stay: said as the fact it is, neither
        # framed nor glued to an order of another measure (round ak's G); people or things
        # the place has, with what is done with them (round at's R: 全市现有专职教研员38名。
        # alone, four drafts)
        duty = stock_duty(level)
        return (f"{level}，{duty}。" if duty else f"{level}。"), planned

    def _level_meaning(self, item: TaskItem, raised: bool) -> str:
        """What is done about a present level said alone, without a new promise: a rate that
        can only rise is raised further (还要在这个基础上继续提高), a full rate kept is a result
        to hold (这个成果应当巩固好); lead_frames.yaml's level_raised and level_kept."""
        options = list(LEVEL_RAISED if raised else LEVEL_KEPT)
        # a second kept level says another (round bg's 14 and 24, D: 这个成果来之不易 twice)
        fresh = [o for o in options if o not in self._meanings_said] or options
        said = self.choice(f"level{item.label}", fresh)
        self._meanings_said.add(said)
        return said

    def _joined_to_points(
        self, item: TaskItem, clauses: list[str], keys: list[str], points: Sequence[str]
    ) -> tuple[list[str], list[str]]:
        """A plan figure whose name shares a word with one of the section's points joins that
        point's sentence (…全部安装燃气泄漏报警装置，全州计划完成学校食堂燃气改造86所):
        said apart under a lead it read as a stray line (round ab's R, S). The clauses and keys
        left; the joined ones wait in ``point_figures`` for _points."""
        self.point_figures = {}
        self.point_stock = {}
        if not points or not clauses:
            return clauses, keys
        joined: dict[int, list[str]] = {}
        left: list[tuple[str, str]] = []
        for clause, key in zip(clauses, keys, strict=True):
            label = _field_of(item, key)[0]
            if _stated_by_a_point(clause, label, points):
                continue  # the clerk's point says it (round cd's 20: …，今年全市计划新建项目17个
                # after a point whose next said 续建14个、新建17个 — G D, a figure tacked on twice)
            at = best_point([label], points)
            if at is not None and _A_RATE.search(label) and label[-3:] not in points[at]:
                # a rate is the whole place's: it joins no point that shares only a stage
                # word with it (round ae's G: 争取与…优质高中开展结对帮扶，同时…全旗高中阶段
                # 毛入学率计划达到94%)
                at = None
            if at is None:
                left.append((clause, key))
            else:
                joined.setdefault(at, []).append(clause)
        for at, said in joined.items():
            self.point_figures[points[at]] = self._targets_sentence(said, item).removesuffix("。")
        return [c for c, _ in left], [k for _, k in left]

    @staticmethod
    def _stock_said(item: TaskItem, key: str, value: str) -> str:
        label, unit = _field_of(item, key)
        stock = stock_clause(label, value, unit)
        return literal(stock) if stock else ""

    def _fact_said(self, item: TaskItem, key: str, value: str) -> str:
        """A task's figure as the plan it is, by its Chinese label and the field's unit
        (unmarked: _targets_sentence marks the clerk's words). A plan's count the clerk gave
        as done (拟表彰…人数: 已表彰210名) is said as done, with no 拟 (round ap's G F: 今年拟
        表彰优秀教师和教育工作者已表彰210名): _targets_sentence says it with the year alone."""
        label, unit = _field_of(item, key)
        # the catalogue's field is named after the county's reform (县管校聘交流轮岗教师人数):
        # a district's plan said it beside the clerk's own 区管校聘 (round df's 02 and 14, L)
        label = self._reform_named(label)
        if self.ctx.y.ahead or self.ctx.meeting_day.month >= _YEAR_NEARLY_OVER:
            # from October the plan names no span (_plan_year), the field's own 年内 neither
            # (round at's F: 年内全区计划排查整改校园安全隐患450项 on 23 December, the year's
            # 412 already reviewed as done)
            label = _LABEL_YEAR.sub("", label)
        number = done_number(label, str(value)) if plan_named(label) else ""
        if number:
            said = f"{done_name(label)}{number}"
            self.done_said.add(said)
            return said
        return planned_clause(label, value, unit)

    def _targets_sentence(self, clauses: Sequence[str], item: TaskItem) -> str:
        """A task's figures are the plan the clerk gave, said as a clerk writes a plan
        (今年全县计划新建…, 全面改薄项目计划总投资4.2亿元: weave.plan_sentence): only the
        profile's ``targets`` are pledged (要确保/力争). Round s's A: 新建项目数 3 became
        明年要确保3个新建项目开工建设 at a November meeting, a pledge nobody made; round v's
        G: 按计划，总投资2.6亿元 named no project. A November or December meeting names no
        year: the profile did not say whether the plan is this year's or the next. What the
        sentence serves leads it where it is said in a section (_plan_lead)."""
        if not clauses:
            return ""
        clauses = by_kind(clauses)
        if all(c in self.done_said for c in clauses):
            joined = "，".join(literal(c) for c in clauses)
            return f"今年{joined}。"  # 今年表彰优秀教师和教育工作者210名 (round ap)
        if all(c.startswith(("拟", "计划")) for c in clauses):
            joined = "，".join(literal(c) for c in clauses)
            return f"{self.ctx.y.planned_word}{joined}。"  # 今年拟表彰… (round k's G)
        when = "" if self.ctx.y.ahead else self._plan_year()
        place, task = self.ctx.w.all, item.label
        if self.ctx.role == "school_head":
            # a school's head plans for no town (round z's A, L: 全乡计划完成…, a decision
            # of the 乡 a 中心学校校长 cannot make)
            place = ""
        own = " ".join((item.label, item.title or "", *item.points))
        if _SPAN_OF_YEARS.search(own):
            # a task named for a span of years (三年攻坚, 2033—2035年): its figures are the
            # span's, not this year's (round z's A: 今年全县计划新增学位4800个 of 县城扩容
            # “三年攻坚”); said as the task's own plan, with no year
            when = ""
            if item.title and _SPAN_OF_YEARS.search(item.title):
                place, task = item.title, item.title
        return plan_sentence(clauses, when, place, task, literal)

    def _plan_year(self) -> str:
        """The year a plan figure is said for: 今年 until June; from July the year is half gone
        and its figure is the whole year's (全年) — round ab's R: 今年全区计划新补充教师6000名
        in September. The clerk's figure is the calendar year's, at an opening or a teachers'
        day too: 本学年 changed its span (rounds ad and ae's F: 本学年全县计划新补充教师120名
        of a profile's 今年). A term's meeting from July (an autumn opening, a teachers' day)
        names no span at all: 全年 there read as the wrong span too (round ah's R: 全年全市计划
        完成校车驾驶员培训312人次 at an August opening, 全年全市计划新补充教师900名 in September).
        From October the year is nearly over: a plan for the whole of it reads as set too late
        (round aj's F: 全年全旗…配备达标率计划达到100% at a safety meeting on 28 October), so
        no span is named either."""
        if self.ctx.meeting_day.month < 7:
            return "今年"
        if self.ctx.meeting_day.month >= _YEAR_NEARLY_OVER:
            return ""
        return "" if self.ctx.kind.key in _TERM_MEETINGS else "全年"

    def _points(
        self, points: Sequence[str], salt: str, task: bool = False, first: bool = False
    ) -> str:
        """The profile's points, its words whole. A key task's single point is said with
        the lead its form asks for (weave.charge: 要完善…, 要确保年底前…, 要推动旗一中创建…):
        pasted bare it read as a note, not as something the speaker says (readers' R). Several
        are enumerated under a lead; a review's are what was done, never 重点抓好以下几项."""
        if not points:
            return ""
        if not task:
            return self._review_points(points, self.ctx.meeting_day)
        if len(points) == 1:
            point = points[0]
            return self._has(point) + self._charged(point) + self._point_figure(point) + "。"
        return self._point_list(points, salt, first)

    def _point_figure(self, point: str) -> str:
        """The plan figure joined to a point (_joined_to_points), after a comma; "" for none.
        (A plan of another task of the same things said as a sentence of its own stood bare:
        test_register_round_x's plan-lead rule, rounds x and y's R.)"""
        said = self.point_figures.pop(point, "")
        return f"，{said}" if said else ""

    def _has(self, point: str) -> str:
        """What the place has of the things a point speaks of, said before it; "" for none."""
        return self.point_stock.pop(point, "")

    def _point_list(self, points: Sequence[str], salt: str, first: bool) -> str:
        """Several points as the speaker lists them: each item a demand (一是要在每个村设立…；
        二是要把青年教师纳入…), under a lead that counts them (重点抓好三件事：). Round l's
        readers struck 具体来说，一是…；二是… and 重点抓好以下几项：一是苏木学校校车接送覆盖… as
        a clerk's memo (R). A list holds points of one shape only (weave.said_shape: round af's
        G struck 一是要…；二是各县区要…, and 我们将重点做好两件事：…二是无证无照机构一律取缔);
        points of different shapes, a pair (PAIR) and a leading group's task (its own 一是要…
        item: no 一是 numbered inside it, round y's S) are said one sentence each — never run
        on by "；同时，" (round af's G and R: 要对住校生周日晚点名；同时，要配齐生活老师)."""
        bureau = self._speaks_for_bureau()
        shapes = [said_shape(p, bureau, party_side=self._party_side()) for p in points]
        # a point of several sentences is no item of a list: its 。 parted the list, the
        # 二是 said in the middle of a line (round av's G S, three drafts)
        whole = not any("。" in plain(p) for p in points)
        # an item that turns to a topic (假期值班方面，各校要…) is said as a sentence of its own:
        # 一是假期值班方面，… read as a form's rows (round bb's 14, read by the developers)
        whole = whole and not any(_TURNS_TO_TOPIC.match(plain(p)) for p in points)
        # a teacher's deed is no work to take up (round bh's 05: 要着力抓好四件事：一是包秀云老师
        # 在旗二小任教三十一年…)
        whole = whole and not any(told_as_deed(plain(p)) for p in points)
        listed = self.ctx.kind.key != "leading_group" and whole and one_list(shapes, bureau)
        # each opener family once a draft, none right after a line that counted the work
        # (round al's D: 落到具体工作上，有三件事要抓紧 three times; 重点抓好两件事 right
        # after 重点是抓好三项工作): else the points are said one sentence each
        # and none as a leader's section's first line (round am's R: 重点抓好两件事 with nothing
        # before it to go on from): its list is numbered with no lead (frames25)
        options = [
            o
            for o in point_list_leads(len(points), first, bureau)
            if o == PAIR
            or (
                opener_family(o) not in self.list_families
                and not (first and (self.counted_line or not bureau))
                and not counted_by(o, self.counted_line)
            )
        ]
        if bureau and not options:
            # a bureau's report says what it will do as a list (its points said one by one
            # would each open 我们将): after a line that counted the work, a family whose
            # verb it did not say; never a family said before (frames25: once a draft)
            leads = point_list_leads(len(points), first, bureau)
            options = [
                o
                for o in leads
                if not counted_by(o, self.counted_line)
                and opener_family(o) not in self.list_families
            ]
        if self.list_leads_said >= _LIST_LEADS_A_DRAFT:
            # (a third 我们将…N件事：一是… read as the same sentence again, though its words
            # differed: round by's 14, D — 重点做好/集中力量办好/着力抓好)
            options = [o for o in options if o == PAIR]
        lead = self._choose(options, salt + "points") if listed and options else PAIR
        if listed and not options and (len(points) > 2 or bureau):
            # three points or more (a bureau's two: said one by one each would open 我们将)
            # whose counting leads are all said, or that open their section: numbered with no
            # lead (a run of 要…。要…。要…。 sentences reads as a list without its numbers;
            # each lead once a draft, round am's D)
            lead = ""
        self.counted_line = ""
        if lead != PAIR:
            self.list_families.add(opener_family(lead))
            self.list_leads_said += bool(lead)
        if lead == PAIR:
            # one-phrase points next to each other said as one sentence (round ao's R:
            # 要确保校车安全。要确保食品安全。 — short_points)
            return "".join(
                said_together(
                    [self._has(p) + self._charged(p) + self._point_figure(p) + "。" for p in points]
                )
            )
        items = [self._charged(p, in_list=True) for p in points]
        if any(i.startswith("要") for i in items):  # 一是确保…；二是要确保… (round ag): one 要 each
            items = ["要" + i if i.lstrip(LITERAL_OPEN).startswith("确保") else i for i in items]
        items = [
            self._has(p) + i + self._point_figure(p) for p, i in zip(points, items, strict=True)
        ]
        return lead + "；".join(f"{ENUM}{item}" for item in items) + "。"

    def _in_speakers_words(self, point: str, bureau: bool) -> str:
        """A point's names and plan words as this speaker says them, before it is charged."""
        point = _by_short_names(point)  # 推动落实“两个只增不减”, not the rule read out whole
        if self.ctx.level == "town":  # 乡里负责征地: the town's government by its name
            point = _TOWN_SELF.sub(self.ctx.w.gov, point)
        if self.ctx.w.below.startswith("各县"):  # 各县区 in a point, 各县（市、区） in the
            # attendees: one form a draft, the attendees' (lexicon.own_counties; round ap's F)
            point = COUNTIES_SAID.sub(self.ctx.w.below, point)
        return point if bureau else leader_decides(point)

    def _charged(self, point: str, in_list: bool = False) -> str:
        """A point with its lead outside the clerk's words (literal), so that they stay whole;
        in a bureau's list the lead's 我们将 is said once, before the list."""
        bureau = self._speaks_for_bureau()
        point = self._in_speakers_words(point, bureau)
        will = "" if in_list and bureau else ("我们将" if bureau else "要")
        listed = listed_said(point)
        if listed:  # 校车安全；食品安全；防溺水: each item its own verb (round ap: fixlists27)
            return will + listed
        asked = _villages_asked(point) if self.ctx.role == "school_head" else ""
        if asked:
            return asked
        sourced = sourced_pieces(point, bureau)
        if sourced:  # 据X统计，…: the attribution said as given (round ap's G: fixlists27)
            _, head, infix, tail, _ = sourced
            if in_list and bureau:
                infix = infix.removeprefix("我们将")
            return literal(head) + infix + (literal(tail) if tail else "")
        own = own_body_pieces(point, self._own_bodies())
        if own and not (MEASURE_VERB.match(own[3]) or _OWN_BODY_WHEN.match(own[3])):
            own = None  # 县委教育工作领导小组…: a longer name, not the body and its deed
        # the bodies it names, said as the speaker may (voice26: 我们将会同/配合/提请X…)
        directed = directed_pieces(
            point, self.ctx.role, self._own_bodies(), self._speaks_for_bureau()
        )
        prefix, head, infix, tail, suffix = stated_problem(  # …问题要突出 (round ar's G)
            whole_words(  # 乡水利将站 (round ar's G: marker30)
                directed
                or own
                or charge_pieces(point, self._speaks_for_bureau(), party_side=self._party_side())
            )
        )
        if in_list:
            prefix = prefix.removeprefix("我们将").removeprefix("我们")
        if prefix == "要" and head.startswith("会同") and self.ctx.role not in BUREAU_LIKE:
            # 会同 needs its doer: a leader does not 会同 a department himself, his bureau does
            # (round ar's G L: 要会同省财政厅设立… from a governor → 省教育厅要会同…)
            prefix = self.ctx.w.edu + "要"
        infix = _announced_of_own_bodies(head, infix, tail)
        infix = _announced_of_others(head, infix, tail, self.ctx.role, self.ctx.situation)
        said = literal(head) + infix + (literal(tail) if tail else "")
        return prefix + said + suffix

    def _own_bodies(self) -> tuple[str, ...]:
        """The bodies the speaker speaks for, by level and role (voice24): a bureau's head his
        bureau (自治区教育厅 from a 副厅长), the others the place's committee and government.
        A point they are the subject of is said with 将 (round al's G: 要确保自治区教育厅组成…)."""
        w = self.ctx.w
        own = (w.edu,) if self.ctx.role in BUREAU_LIKE else (w.party, w.gov)
        name = self.ctx.region_name or ""
        named = tuple(
            name + body[len(w.unit) :] for body in own if name and body.startswith(w.unit)
        )
        return named + own

    def _speaks_for_bureau(self) -> bool:
        """A bureau's own report says what the bureau will do: 我们将…, not 要…; so does any
        report to a congress (a 中心学校校长's to the town's 人大: round ba's L)."""
        return self.ctx.kind.key == "work_report" and (
            self.ctx.role == "bureau_chief" or self.ctx.to_congress
        )

    @staticmethod
    def _review_points(points: Sequence[str], day: datetime.date) -> str:
        """What was done, one clause after another: inside a 一是/二是 paragraph a second
        一是 would number it twice, and no lead announces past work as a list of tasks."""
        said = [_review_point(p, day) for p in points]
        # a point scoped to some (发言的教师代表中，…) ends its sentence: the next is not in its scope
        # (round bs's 12, F A: a teacher who did not speak said among the speakers)
        joined = said[0]
        for before, point in itertools.pairwise(said):
            joined += ("。" if _SCOPED.match(before) else "；") + point
        return joined + "。"

    def points(self, points: Sequence[str], salt: str, alone: bool = False) -> Raw:
        """An achievement's points, and its figures in the same sentence (templates call
        figures() right after, which then says nothing): 本科上线1387人 standing alone was a
        fragment, and 本科上线达到1387人 a count with a verb it does not take."""
        achievement = next((a for a in self.ctx.achievements if a.points is points), None)
        if (
            alone
            and achievement is not None
            and len(points) == 1
            and not achievement.figures
            and (framed := zero_said(points[0], self.ctx.w.all))
        ):
            # ``alone``: the section's whole body under its heading (a work report's area): a
            # bare 全年校园零感染。 framed (round ao's R)
            return Raw(literal(framed) + "。")
        if achievement is None or not points or not achievement.figures:
            return Raw(self._points(points, salt))
        self.figures_said.add(id(achievement.figures))
        points, figures = _figure_in_claim(*_deed_said_once(points, achievement.figures))
        figures = [f for f in figures if not told_in_points(f.label, f.value, points)]
        if not figures:
            return Raw(self._points(points, salt))
        points, figures = _figure_ends_point(points, figures)
        parts, figures = self._homed(points, figures, achievement.figures)
        said = "；".join(parts) if parts else self._points(points, salt).removesuffix("。")
        if not figures:
            return Raw(f"{said}。")
        if "；" not in said:  # one point and its figures: commas only, as before
            return Raw(f"{said}，{self._figures_text(figures)}。")
        # several points run on with ； (as review points always are: 三所…建成投用；改造…
        # 26处, test_weave), and their figures keep that one separator, never ， after ；
        # (…全部完成；…复查，五年累计…: round an's R)
        facts = [*said.split("；"), *self._figure_texts(figures)]
        return Raw(f"{chain(facts, apart=True)}。")

    def _homed(
        self, points: Sequence[str], figures: Sequence[Figure], every: Sequence[Figure] = ()
    ) -> tuple[list[str], list[Figure]]:
        """Several review points, each with the figures of its own measure said after it
        (figure_place.figure_homes; round am's G: 村小教学点全部通上宽带网络，中考平均分提高
        23分): the review points as said and the figures left for the end (the last point's,
        and those of no point's measure, as before). ([], figures) where nothing moves: one
        point, or every figure at the end."""
        if len(points) < 2 or not figures:
            return [], list(figures)
        # the figures a point says already (deed_once: 改造燃煤锅炉学校9所) keep their
        # neighbours with them (投入资金 after it, not after the last point)
        every = [f for f in every if f in figures or _said_in(f, points) is not None] or figures
        homes = [
            home
            for f, home in zip(
                every,
                figure_homes(
                    points,
                    [f.label for f in every],
                    [None if f in figures else _said_in(f, points) for f in every],
                ),
                strict=True,
            )
            if f in figures
        ]
        last = len(points) - 1
        tail = [f for f, home in zip(figures, homes, strict=True) if home in (None, last)]
        if len(tail) == len(figures):
            return [], tail
        day = self.ctx.meeting_day
        parts = []
        for i, point in enumerate(points):
            own = [f for f, home in zip(figures, homes, strict=True) if home == i and i != last]
            own = [f for f in own if own_measure(f.label, point)] + [
                f for f in own if not own_measure(f.label, point)
            ]
            said = _review_point(point, day)
            parts.append(f"{said}，{self._figures_text(own)}" if own else said)
        return parts, tail

    def figures(self, figures: Sequence[Figure], achievement: AchievementItem | None = None) -> Raw:
        """A review's figures as a sentence of their own (a work report's section with no
        points), with the place as its subject: 课后服务参与率达到94.6%。 alone under its
        heading read as a line of a table (round i's R); 全县课后服务参与率达到94.6%。 Given
        the achievement and no point of it, the section's body would be one bare figure
        (round aj's R: （五）教育数字化工作统筹推进 over 全区智慧校园达标学校达到57所。): the
        clerk is asked for the line of work that goes before it, which the profile lacks."""
        if achievement is not None and figures:
            # figures that open with their deed (完成投资, 新增学位) under their area's heading
            # take the area as subject (round al's R: 全县完成投资1.42亿元，新增学位2340个。 —
            # "缺‘教育项目’等主语")
            lead = self._figures_lead(replace(achievement, figures=tuple(figures)), "")
            if lead and not lead.endswith("，"):
                return Raw(lead + self._figures_after(figures))
        said = self._figures(figures)
        if achievement is None or achievement.points or not bare_figure(said):
            return said  # several figures said in one sentence are a report, not a row
        # the ask stands before the figure's own sentence, under the heading that names the
        # area: naming the area again read twice in one line (义务教育巩固 in the ask and in
        # 全区义务教育巩固率达到97.3%。, test_weave_round_i), so it names the area only where
        # the figure does not
        area = achievement.area_label
        named = area and area not in plain(said)
        ask = fact_token(
            f"{area}方面的主要做法（一两句）" if named else "这项工作的主要做法（一两句）"
        )
        return Raw(ask + said)

    def _figures(self, figures: Sequence[Figure]) -> Raw:
        said = self._figures_after(figures)
        if not said or _NAMES_PLACE.match(said) or said.startswith(LITERAL_OPEN + self.ctx.w.all):
            return Raw(said)
        if self.ctx.w.all in re.split("[，；]", said, maxsplit=1)[0]:
            return Raw(said)  # 中考全县平均分…: not 全县中考全县平均分 (round ai's G)
        return Raw(self.ctx.w.all + said)

    def _figures_after(self, figures: Sequence[Figure]) -> str:
        """A review's figures as one sentence, each with the verb its form takes
        (weave.review_joiner): 覆盖率达到92%，送教上门7人，优秀率较上年提高3.4个百分点。"""
        if not figures or id(figures) in self.figures_said:
            return ""
        return self._figures_text(figures) + "。"

    @staticmethod
    def _figures_text(figures: Sequence[Figure]) -> str:
        return "，".join(_Speech._figure_texts(figures))

    @staticmethod
    def _figure_texts(figures: Sequence[Figure]) -> list[str]:
        return [literal(t) for t in by_kind([review_figure(f.label, f.value) for f in figures])]

    def review_lead(
        self,
        area: Area | None,
        label: str,
        salt: str,
        achievement: AchievementItem | None = None,
    ) -> Raw:
        """The line that stands over one area's achievements. Given the achievement, only a
        lead that speaks of what its points and figures are about (师德师风建设成效明显
        over 新招聘教师156名 was a heading over another topic, readers' S); without one that
        fits, a plain line naming the area, which is never wrong."""
        lead = self._bank_lead(area, salt, achievement)
        if lead is not None:
            return Raw(lead)
        line = self._framed(self._plain_lead(label, salt, achievement))
        self.said.add(line)  # one "…取得积极进展" a draft, here or in the frame's prose
        return Raw(literal(line))

    def review_item(
        self, achievement: AchievementItem, salt: str, run_on: bool = False, apart: bool = False
    ) -> Raw:
        """One area's achievements as a sentence: the bank's lead where one fits (its points
        and figures after it), else the clerk's points and figures run on from 在…方面，
        (readers of round g struck …方面继续向前推进/稳步推进 as a heading over a figure, and
        three lines ending 取得新的成效); a plain claim only where the figures support it,
        once a draft (_plain_lead)."""
        a = achievement
        lead = self._bank_lead(a.area, salt, a)
        # a first point that opens with the area's name says it (学前教育免费范围扩大到三年): a
        # claim naming the area before it said the name twice (学前教育工作取得积极进展，学前
        # 教育免费…: round z's seam)
        names_area = _first_said(a).lstrip("“").startswith(
            _area_topic(a.area_label)
        ) or _said_in_first_clause(_area_topic(a.area_label), _first_said(a))
        # or its quoted term (“十五五”教育发展 over “十五五”教育事业发展规划…: round an's D)
        names_area = names_area or term_repeated(a.area_label, _first_said(a))
        # the odds and ends with one thing in them claim no progress of 其他各项工作 (round
        # ac's R: 二是其他各项工作取得积极进展，乡中心幼儿园新教学楼投入使用): the thing is said
        odds = bool(_GENERIC_AREA.match(a.area_label)) and (
            len(a.points) + len(a.figures) == 1
            # nor the first or only item (round at's G: 一年来的成绩 → 其他各项工作取得积极进展
            # with nothing said before it)
            or (bool(self.ctx.achievements) and self.ctx.achievements[0] is a)
        )
        if (
            lead is None
            and (a.points or a.figures)
            and (not self._plain_claim_fits(a) or names_area or odds or system_area(a.area_label))
        ):
            lead = self._in_area(a, salt, run_on)
            if (apart or not run_on) and not lead:  # a sentence of its own: never a bare figure
                lead, a = self._lone_lead(a, salt + "lone")
            # (a lead that is the place alone reports nothing: round bn's 05, S — 二是全市今年高考
            # 本科上线… beside 一是教师队伍建设取得积极进展)
            place_only = lead == self.ctx.w.all
            reported = "" if run_on or (lead and not place_only) else self._reported_lead(a)
            lead = (reported + lead if place_only else reported) if reported else lead
            if apart or not run_on:
                lead = self._figures_lead(a, lead)
            done = self._done(a, salt, run_on)
            if not run_on:
                # a short state (教育质量稳步提升) stays with what it sums up
                lead = lead if reported else self._claim_apart(lead, done, a)
                # a joint is a mark: a lead that is the place alone (全县) sets none
                self.claim_joint = self.claim_joint or (lead[-1:] if lead[-1:] in "，。" else "")
            said = f"{lead}{done}{'' if run_on else '。'}"
            return Raw(one_season(said))
        head = lead if lead is not None else self.review_lead(a.area, a.area_label, salt, a)
        if run_on:  # one item of a ；-list (school_opening): no 。 inside it
            return Raw(
                one_season(f"{head}，{self._done(a, salt, run_on)}")
                if a.points or a.figures
                else head
            )
        said = self.points(a.points, salt + "p")
        # one short run of what was done goes on from its lead (二是…走深走实。自治区智慧教育
        # 平台接入全部中小学校。 left the point bare, round k's R)
        short = a.points and not a.figures and len(head) + len(said) <= _ONE_SENTENCE
        joint = "，" if (a.figures and not a.points) or short else "。"
        self.claim_joint = self.claim_joint or joint
        return Raw(one_season(f"{head}{joint}{said}{self._figures_after(a.figures)}"))

    def _claim_apart(self, lead: str, done: str, a: AchievementItem) -> str:
        """An area's claim before a long run of its points said as the items before it said
        theirs (round ao's R, S: 一是…取得积极进展。 二是…有效扩容。 then 三是教师队伍建设统筹
        推进，招聘…；按…发放…；补充… — "一是二是单列小标题，三是却并成一句，体例不一"); the first
        such item a sentence of its own. A short run (one clause group, one sentence's length)
        goes on after its comma, as the bank's leads' do; a place (在…方面，) and figures alone
        as before."""
        if not lead.endswith("，") or lead.endswith("方面，") or not done or not a.points:
            return lead
        if "；" not in done and len(plain(lead + done)) <= _ONE_SENTENCE:
            return lead
        return lead[:-1] + (self.claim_joint or "。")

    def review_run(
        self, achievements: Sequence[AchievementItem], apart: bool = False, figures: bool = True
    ) -> Raw:
        """Last year's achievements as one run after a report (concluding remarks): each
        area's points and figures as the clerk wrote them, one clause group after another,
        with no 一是/二是 and no lead per area. Round z's readers struck a concluding speech
        that re-listed the report's achievements line by line (一是寄宿制学校工作统筹推进…
        二是…: that is the report's job); nothing the clerk typed is left out.
        ``figures=False`` (a report went over the year before: round al's S, 教育支出达到18.6
        亿元，增长4.2%。 right after 报告已全面回顾): the clerk's points are said with their
        figures, and the figures of areas with no point are not read out again as sentences
        of their own: they are referred to in one summarising clause (concluding_remarks.report_figures: 工作报告里教育支出18.6
        亿元、高考本科上线率72.6%等一组数字，是…), each kept."""
        if not figures and self.ctx.report_figures:
            achievements = [a for a in achievements if a.points]
            # never dropped: where no wording of the slot fits, the plain clause
            named = self.say("concluding_remarks.report_figures") or literal(
                f"{self.ctx.report_said}里{self.ctx.report_figure_names}等数字，大家都已看到。"
            )
            if not achievements:
                return Raw(named)
            run = self.review_run(achievements, apart=apart)
            return Raw(f"{run}{named}")
        runs = [
            _area_first(a, self._done(a, f"run{i}", run_on=True))
            for i, a in enumerate(achievements)
        ]
        # ``apart``: each area's a sentence of its own, after a lead that ends its own (a
        # single item or a run too long for one sentence: round ab's R)
        if apart:  # a sentence that opens with its deed has the place as its subject
            for i, a in enumerate(achievements):
                lead, led = self._lone_lead(a, f"lone{i}")
                if lead and runs[i]:
                    said = runs[i] if led is a else self._done(led, f"run{i}", run_on=True)
                    runs[i] = lead + said
                elif runs[i] and not runs[i].startswith(a.area_label):
                    runs[i] = self._with_place(runs[i])
        return Raw(("。" if apart else "；").join(one_season(r) for r in runs if r) + "。")

    def _lone_lead(self, a: AchievementItem, salt: str) -> tuple[str, AchievementItem]:
        """The clause that says what a lone figure or one-clause point shows when it is a
        sentence of its own (教育质量稳步提升，高考一本上线4382人): alone it read as a line of a
        table (round af's R: 高考一本上线4382人。 暑期全镇学生零溺水。), and the achievement to
        say after it. A figure whose name opens with its area's (高考一本上线 under 高考) is
        said after the area's clause without those words (高考工作扎实推进，一本上线1120人),
        so that they are said once. ("", a) where the item says more than one thing."""
        if len(a.points) + len(a.figures) != 1 or _GENERIC_AREA.match(a.area_label):
            return "", a
        first = _first_said(a)
        if re.search(r"[，；：]", first):
            return "", a
        head = _head_topic(a, first) or a.area_label
        clause = self._steady_lead(_lead_topic(head), salt, _evidence(a), first)
        if not clause or _claim_echo(clause.rstrip("，"), first):
            # no lead fits (高考工作有力推进: round al's G), or the point says it
            # (校园安全形势总体平稳，…学校安全形势总体平稳): the item as it is
            return "", a
        topic = _area_topic(head)
        if not a.figures or len(topic) < 2 or not a.figures[0].label.startswith(topic):
            return (clause, a) if _head_topic(a, first) is not None else ("", a)
        figure = a.figures[0]
        rest = figure.label.removeprefix(topic)
        if len(rest) < 2:
            return "", a
        return clause, replace(a, figures=(Figure(rest, figure.value),))

    def _reported_lead(self, a: AchievementItem) -> str:
        """What a plain line of the year's work shows, before it, where it stands as one item
        of a 一是…二是 run with no area of its own (round aw's R, S: 三是高考本科上线1412人，…
        and 一是全市教育支出完成9.8亿元，… — "直接贴事实，缺少与一是、二是一致的概括句"):
        教育质量稳步提升，… by lead_frames.yaml's report_subjects, each lead once a draft;
        "" where the line reports nothing a lead may name (it is said as it is)."""
        # (the teachers' stories said after the results count as one more: round bu's 05)
        listed = len(self.ctx.achievements) + (1 if self.ctx.teacher_stories else 0)
        if len(a.points) + len(a.figures) != 1 or listed < 2:
            return ""
        if not _GENERIC_AREA.match(a.area_label):
            return ""
        first = _first_said(a)
        evidence = _evidence(a)
        subject = report_subject(evidence, first)
        head = self._said_state(subject, evidence) if subject else None
        if head is None or _claim_echo(head, first) or f"lead:{subject}" in self.topics:
            return ""
        self.topics.add(f"lead:{subject}")
        return head + "，"

    def _figures_lead(self, a: AchievementItem, lead: str) -> str:
        """The lead of a sentence of figures only that names no area (round al's R: 普惠性幼儿园
        覆盖率达到91.2%，公办园在园幼儿占比达到56%。 — "没有领起语（学前教育……）"; 全县完成投资
        1.42亿元，新增学位2340个。 — "缺‘教育项目’等主语"): figures that open with their deed
        take the area as their subject (全县项目建设完成投资1.42亿元), others the area before
        them (学前教育方面，普惠性幼儿园覆盖率…). ``lead`` as it is where it says more than the
        place, where the item has points, or where the first figure names its area itself."""
        place = self.ctx.w.all
        if a.points or not a.figures or _GENERIC_AREA.match(a.area_label):
            return lead
        if lead not in ("", place):
            return lead
        topic = _area_topic(a.area_label)
        first = plain(a.figures[0].label)
        if len(topic) < 2 or topic in first or shares_a_word(topic, [first]):
            return lead
        if _OPENS_WITH_DEED.match(first) or first.startswith(("新增", "投入", "发放")):
            return f"{place}{topic}"
        return f"{area_in(topic) or topic + '方面'}，{lead}"

    def _with_place(self, run: str) -> str:
        """全市通过省…评估验收，完成… (通过…，完成… stood with no subject: round ad's R)."""
        said = plain(run)
        if not _OPENS_WITH_DEED.match(said) or _names_own_place(said, self.ctx.w.all):
            return run
        return self.ctx.w.all + run

    def _done(self, a: AchievementItem, salt: str, run_on: bool) -> str:
        """An achievement's points and figures as one run of clauses, without its 。."""
        if run_on:
            self.figures_said.add(id(a.figures))
            points, figures = _figure_in_claim(*_deed_said_once(a.points, a.figures))
            # a figure a point tells already is not said again at the run's end (round ba's
            # D: …问题已整改到位31项，其余11项正在推进，问题整改完成31项)
            figures = [f for f in figures if not told_in_points(f.label, f.value, points)]
            homed, figures = self._homed(points, figures, a.figures)
            parts = homed or [_review_point(p, self.ctx.meeting_day) for p in points]
            parts.append(self._figures_text(figures))
            return "，".join(p for p in parts if p and p != literal(""))
        body = self.points(a.points, salt + "p").removesuffix("。")
        return "；".join(p for p in (body, self._figures_after(a.figures).removesuffix("。")) if p)

    def _in_area(self, achievement: AchievementItem, salt: str, run_on: bool = False) -> str:
        """What stands before an area's points and figures when no bank lead fits: nothing
        where the first of them names its own subject (一般公共预算教育支出达到312.6亿元),
        the place (全县…) where it opens with a verb and names the area itself (排查整改安全
        隐患…), else a clause saying the work went on (校车管理工作扎实推进，配备…). Round i's
        readers struck 围绕教育经费，…, 围绕全面改薄，全面改薄规划项目… and 义务教育巩固方面，
        义务教育巩固率…: a bare noun, or the item's own words said twice."""
        first = _first_said(achievement)
        if term_repeated(achievement.area_label, first):
            return ""  # the first point names the area's term: it is its own lead (round an's D)
        if _PEOPLE_COUNTED.match(achievement.area_label):
            # a few people the clerk named (三位从教30年的老师, 发言的四位老师): their stories are
            # no work that 队伍建设不断加强 (round cg's 18 and 19, G S: 三是三位从教30年的老师队伍
            # 建设不断加强)
            return ""
        topic = _area_topic(achievement.area_label)
        if system_area(topic):  # 在领导体制方面，… (领导体制工作有力推进: round an's R)
            return f"{area_in(topic)}，"
        evidence = _evidence(achievement)
        # a lone figure said bare read as a form's entry (三是高考二本以上上线1138人。, 全区在用
        # 校车5860辆。: round k's R): it gets the clause unless it starts with the area's words
        lone = not achievement.points and len(achievement.figures) == 1
        # one point alone, opening with its verb, read as a fact with no lead (全市通过国家
        # 义务教育优质均衡发展督导评估。: round w's R): it takes the area's clause too
        lone_point = len(achievement.points) == 1 and not achievement.figures
        # the place is said once: 全县全县财政性教育经费支出 where the clerk's label names it
        # already (round t0's G)
        # (or after a time word, or as its own organ: 全省上半年全省…, 全镇镇财政…: round ab/ac's G)
        place = "" if _names_own_place(first, self.ctx.w.all) else self.ctx.w.all
        if lone and _SUM_FIGURE.search(achievement.figures[0].label):
            # 一是全区一般公共预算教育支出达到…: 保障教育经费， was struck (round i), the bare
            # figure as an item too (五是…教育支出达到226.4亿元。: round s): what it shows
            return _SUM_SHOWS + place
        said_whole = (
            not first
            or first.lstrip("“").startswith(topic)
            or (names_its_subject(first) and not lone)
        )
        # one item of a 一是…二是 run: it has the summary its neighbours have (round y's S:
        # 三是高考二本以上上线1046人 beside 二是公办幼儿园学位有效扩容。…; 四是疫情期间“停课不
        # 停学”… beside 二是项目建设工作取得积极进展，…), unless it is the 综合 odds and ends
        # the summary's subject is not said again in the clause after it (寄宿制学校工作扎实
        # 推进，苏木中心校寄宿制学校改造全部完成: round ab's D): the area's own name instead
        head = _head_topic(achievement, first)
        in_run = (
            len(self.ctx.achievements) > 1
            and not run_on
            and not _GENERIC_AREA.match(achievement.area_label)
            and not first.lstrip("“").startswith(topic)
            and head is not None
        )
        if (
            in_run and head is not None
        ):  # the place before a figure only (全州疫情期间…，全州28万名)
            clause = self._steady_lead(_lead_topic(head), salt, evidence, first)
            return clause + ("" if achievement.points else place)
        if said_whole and not self._unnamed_figures(achievement):
            return ""
        if (
            (lone or lone_point)
            and not run_on
            and topic in first
            and not _GENERIC_AREA.match(achievement.area_label)
            and head is not None
        ):
            # 四是全州新建教师周转宿舍860套。 stood bare as an item (round s): the work first
            return self._steady_lead(_lead_topic(head), salt, evidence, first) + place
        if topic in first or _GENERIC_AREA.match(achievement.area_label):
            return "" if _NAMES_PLACE.match(first) else place
        return self._steady_lead(_lead_topic(achievement.area_label), salt, evidence, first)

    @staticmethod
    def _unnamed_figures(achievement: AchievementItem) -> bool:
        """Figures alone whose first label is too short to say what it counts (二本以上上线
        862人 after 四是: round l's R): they take their area's clause before them."""
        figures = achievement.figures
        if achievement.points or len(figures) < 2:
            return False
        label = figures[0].label
        return len(label) <= _SHORT_LABEL and not _NAMES_PLACE.match(label)

    def _steady_lead(self, topic: str, salt: str, evidence: str, first: str) -> str:
        """The clause before an achievement's points and figures, with its comma: what the
        line reports (教育质量稳步提升，) where the area is no work a stock 工作X推进 fits (a
        meeting, an exam, an inspection, a deed, the speech's own theme: round al's G and R,
        高考工作有力推进，…本科上线率…, 督导评估工作有力推进，…学前教育普及普惠督导评估), or ""
        where it reports nothing a lead may name (the item is said as it is); else
        _steady_clause's."""
        if _AN_ACCOUNT.search(topic.removesuffix("工作")):
            return ""  # 全镇学校基本情况 is no work that 扎实推进 (round ba's G)
        # a clerk's clause or verb-object phrase takes no 工作X推进 (round an's G: 讲好教育故事
        # 工作有力推进): what the line reports, or the item as it is
        if forced_area(topic, self.ctx.kind.key) or item_form.form(topic.removesuffix("工作")) in (
            "clause",
            "verb_object",
        ):
            subject = report_subject(evidence, first)
            if subject is None:
                return ""
            return (self._said_state(subject, evidence) or f"{subject}取得新进展") + "，"
        return self._steady_clause(topic, salt, evidence=evidence, first=first) + "，"

    def _steady_clause(self, topic: str, salt: str, evidence: str = "", first: str = "") -> str:
        """校车管理工作扎实推进: the area and how the work went, each verb once a draft. A
        state or a quality is no 工作 (教育质量工作持续加强 was marked G in round k) and no verb
        without a subject either: every head of a list is subject + result (round ab's R:
        二是狠抓教育质量 beside 一是项目建设工作取得积极进展, （三）教育质量提升工作统筹推进), so a
        state says its own result — a gain only where ``evidence`` shows one (教育质量稳步提升),
        else one that claims none (教育质量保持稳定, 办学条件不断完善). Before ``first`` it says
        none of the point's words (疫情期间线上教学工作扎实推进，疫情期间全镇教师…; …工作有序
        开展，开展学生欺凌防治专项治理: round al's D): the shared words leave the topic, and a
        verb the point says is not chosen."""
        # an area's name in the words of the meeting's year (round ba's Y: 义务教育优质均衡工作
        # 统筹推进 in February 2017)
        topic = said_in_window(topic, self.ctx.meeting_day, self.ctx.group_named)
        # (二是双减与课后服务工作统筹推进: round de's 01, R — the policy's name in quotes here too)
        topic = _BARE_DOUBLE_REDUCTION.sub("“双减”", topic)
        if evidence and "师德" not in evidence:
            topic = _ETHICS_PART.sub("", topic) or topic  # (as _plain_lead's label)
        if _UNDONE_LABEL.match(topic):
            # the clerk's label for what was missed is no topic worked at (round bc's 04:
            # （三）没有完成的工作持续加强 over the targets the year missed)
            return "部分年度任务尚未完成"
        if topic.endswith(("基本情况", "概况")):
            return topic  # a description is no work (round bc's 04: 办学基本工作有序开展)
        if _STATUS_ONLY.match(topic):
            # the clerk's label for where things stand is no topic (round dd's 06, G R: 一是今年已
            # 工作扎实推进 of 今年已完成情况（截至12月20日）)
            return "年度重点任务完成较好" if _DONE_WELL.search(evidence) else "各项重点工作有序推进"
        shared = _lead_echo(topic, first) if first else ""
        if shared and topic.startswith(shared) and _TIME_WORD.search(shared):
            rest = topic.removeprefix(shared)  # 疫情期间线上教学: a time the point says
            topic = (
                rest if len(rest.removesuffix("工作")) >= 2 and rest[0] not in "和与及" else topic
            )
        base = topic.removesuffix("工作")
        state = self._said_state(base, evidence)
        if state is not None:
            return state
        steady: tuple[str, ...] = _STEADY
        if _A_RECORD.search(evidence) and not _NOT_ALL_DONE.search(evidence + topic):
            # a level reached or a title won is more than work going on (round by's 01 and 08, R:
            # 义务教育工作有序开展，…通过义务教育优质均衡发展省级评估)
            steady = _RECORD_STEADY
        if _NAMED_PROGRAMME.search(base):
            # a programme is carried out, not worked at nor strengthened (教师安居工程工作,
            # 县中振兴行动持续加强: round ad's R): 教师安居工程扎实推进, 县中振兴行动深入实施
            topic, steady = base, _PROGRAMME_STEADY
        unsaid = [v for v in steady if not verb_said(v, first)] or list(steady)
        # not a verb the first clause after it opens with (round al's R: 欺凌防治工作有序开展，
        # 开展学生欺凌防治专项治理; …工作统筹推进，统筹调整中小学布局)
        opens = plain(first).lstrip("“")
        unsaid = [v for v in unsaid if not opens.startswith((v[:2], v[2:]))] or unsaid
        fresh = (
            [v for v in unsaid if v not in self.steady_said and not self._frame_said(v)]
            or [v for v in unsaid if not self._frame_said(v)]
            or unsaid
        )
        verb = self.choice(salt + "plain", fresh)
        self.steady_said.add(verb)
        return f"{topic}{verb}"

    def _said_state(self, base: str, evidence: str) -> str | None:
        """_state_head's state with its gain said once a draft: a second 稳步提升 takes another
        word for the same gain (round bd's D, three drafts: 三是…稳步提升 then 五是…稳步提升)."""
        state = _state_head(base, evidence)
        gain = _gain_of(state) if state is not None else None
        if state is None or gain is None:
            return state
        if gain in self.steady_said:
            other = next((a for a in _STATE_ALTERNATES[gain] if a not in self.steady_said), None)
            if other is not None:
                state, gain = state[: -len(gain)] + other, other
        self.steady_said.add(gain)
        return state

    def _bank_lead(
        self, area: Area | None, salt: str, achievement: AchievementItem | None
    ) -> str | None:
        leads = self.admitted_among(area.tagged_leads) if area else []
        if achievement is not None:
            said_of = families_named(
                area, (*achievement.points, *(f.label for f in achievement.figures))
            )
            if len(said_of) >= 2:
                # figures of several sub-topics (课后服务参与率, 培训机构压减率, 查处违规培训) under a
                # lead naming one of them (课后服务实现应开尽开): round ac's S
                leads = [u for u in leads if len(families_named(area, u.wordings)) != 1]
            leads = _leads_about(leads, achievement)
            leads = [
                u
                for u in leads
                if not _claims_more(u, _evidence(achievement), achievement.area_label)
            ]
            # a lead whose subject the first point or figure opens with says the name twice
            # (学生心理健康工作扎实推进，学生心理健康测评覆盖率…: round z's seam)
            first = _first_said(achievement)
            leads = [
                u
                for u in leads
                if not any(_names_first(self._local_names(w), first) for w in u.wordings)
                # nor says the point's own words (校园安全形势总体平稳，上半年全省学校安全形势
                # 总体平稳: round al's D, R)
                and not any(_claim_echo(self._local_names(w), first) for w in u.wordings)
                # nor the quoted term the first point reports reached (“两个只增不减”要求落实
                # 到位 over …实现了“两个只增不减”: round ba's D)
                and not any(_quoted_in(w, first) for w in u.wordings)
            ]
            if _FULL_FIGURE.search(_evidence(achievement)):  # 实现应开尽开… then 100% (D)
                leads = [u for u in leads if not any(_ALL_OF_IT.search(w) for w in u.wordings)]
        if not (area and leads):
            return None
        # not a gain said already (一是教育质量稳步提升 then 二是…保障水平稳步提升: round bd's 13 D)
        leads = [u for u in leads if not any(u.text.endswith(g) for g in self.steady_said)] or leads
        lead = self.choice(salt, self._prefer_fresh(self._fresh_frames(leads, _text)))
        self.used.add(lead.text)
        said = self._framed(self.phrase(self.wording(lead), area=area))
        # a bank lead's gain counts as said (义务教育保障水平稳步提升 then a state's 稳步提升 again:
        # round bd's 01 D)
        gain = _gain_of(plain(said).rstrip("，。"))
        if gain is not None:
            self.steady_said.add(gain)
        return said

    def _plain_claim_fits(self, achievement: AchievementItem | None) -> bool:
        """A plain 取得积极进展 is said once a draft, and only over figures or points that
        state a gain (a bare stock of 812名 supports no claim of progress)."""
        if achievement is None:
            return not self.used_plain
        return not self.used_plain and not claims_unsupported("提升", _evidence(achievement))

    def _full_claim(self, claimed: str, salt: str) -> str:
        """The claim over a task its points say was completed in full (“十四五”收官圆满完成),
        each once a draft (review_said.full_claims)."""
        claims = list(full_claims())
        fresh = [c for c in claims if c not in self.used_plain] or claims
        claim = self.choice(salt + "full", fresh)
        self.used_plain.add(claim)
        return f"{claimed}{claim}"

    def _plain_lead(self, label: str, salt: str, achievement: AchievementItem | None = None) -> str:
        """A lead that only names the area, as a clause: 取得积极进展 once a draft where the
        figures show a gain; otherwise 扎实推进/持续加强/稳步推进… after the area, each once a
        draft. A bare noun (（三）大班额) among clause headings was struck (readers' S, round
        h), 办学条件工作 is no 工作 (G), and 综合 is no topic a speaker names (G)."""
        # the policy's name is always said in quotes (双减工作扎实推进: R; 双减与课后服务工作
        # 扎实推进 — round ck's 01, R)
        label = _BARE_DOUBLE_REDUCTION.sub("“双减”", label)
        # the honours beside an area are what its figures won, no work of their own (round bf's
        # 13 G: 三是质量和荣誉取得积极进展)
        label = _HONOURS_TAIL.sub("", label)
        if achievement is not None and "师德" not in _evidence(achievement):
            # (教师队伍建设与师德师风取得积极进展 over recruitment and pay alone: rounds bz's 01,
            # cb's 13, 14 and 21, S — "标题句讲师德师风，下文没有师德内容")
            label = _ETHICS_PART.sub("", label) or label
        label = "教育质量" if label == "质量" else label
        if _AN_ACCOUNT.search(label):
            # an account, not a work (全镇学校基本情况, 今年已完成的工作): its name as it is, no
            # 工作有序开展 after it (round ba's G: 全镇学校基本情况工作有序开展)
            return _AN_ACCOUNT_SAID.sub("完成的主要工作", label)
        if (
            _GENERIC_AREA.match(label)
            and achievement
            and (
                _STOCK_FIRST.match(_first_said(achievement))
                or self._counts_open_the_review(achievement)
            )
        ):
            # the schools the place has (全镇现有小学七所…) are its 基本情况, no 其他各项工作有序
            # 开展 (round ba's G, read in draft 18)
            return f"{self.ctx.w.all}学校基本情况"
        claimed = (
            self._odds_and_ends_named(achievement)
            if _GENERIC_AREA.match(label)
            else _claimed_topic(label)
        )
        # a body of people is built (教师队伍工作统筹推进 was round k's G)
        # (the odds and ends are named as _odds_and_ends_named says, first or after: round bv's 21, S —
        # （一）其他各项工作有序开展 as the first heading)
        named_whole = claimed.endswith(("队伍建设", "学校建设")) or bool(_GENERIC_AREA.match(label))
        topic = claimed if named_whole else _lead_topic(label)
        topic = _work_on(label) or topic
        # a state says its own result (办学条件持续改善: …条件取得积极进展 was round z's R),
        # and makes no 进展 nor 工作 (教育质量提升工作统筹推进: round ab's R)
        state = self._said_state(claimed, _evidence(achievement) if achievement else "")
        if state is not None:
            return state
        # 主要指标全部完成 under …取得积极进展 said less than the point (round an's R): a task
        # completed in full is 圆满完成; any other area takes no claim of mere progress
        full = achievement is not None and done_in_full(_evidence(achievement))
        if full and _A_TASK.search(claimed):
            return self._full_claim(claimed, salt)
        if (
            not full
            and self._plain_claim_fits(achievement)
            and not self.said.repeats(claimed + "取得积极进展")
        ):
            self.used_plain.add("取得积极进展")
            return f"{claimed}取得积极进展"
        if achievement is not None and forced_area(topic, self.ctx.kind.key):
            # （三）中考工作统筹推进 over 中考、高考 and 本科上线率 (round al's S, R): what the
            # figures report, where they name it
            evidence = _evidence(achievement)
            subject = report_subject(evidence, "")
            if subject is not None:
                return self._said_state(subject, evidence) or f"{subject}取得新进展"
        evidence = _evidence(achievement) if achievement else ""
        return self._steady_clause(topic, salt, evidence=evidence)

    def _odds_and_ends_named(self, achievement: AchievementItem | None) -> str:
        """其他各项工作 after the review's named works; 主要工作 where the odds and ends come
        first (round bt's 14, F S: （一）其他各项工作取得积极进展 — no 其他 before anything; the
        review's items are regrouped before headings are made, so the first is asked by its
        area, not by identity)."""
        if achievement is not None and len(achievement.points) == 1:
            # one line whose first words name its claim (教育支出… → 教育投入, 高考本科上线率… → 教育
            # 质量): the claim heads its section (round ce's 02, S: （一）主要工作取得积极进展)
            claim = claim_of(achievement.points[0])
            if claim is not None:
                return claim
        first = (
            achievement is not None
            and bool(self.ctx.achievements)
            and _GENERIC_AREA.match(self.ctx.achievements[0].area_label) is not None
        )
        return "主要工作" if first else "其他各项工作"

    def _counts_open_the_review(self, achievement: AchievementItem) -> bool:
        """Whether the review's first item, of no area, counts the place's schools or pupils
        (2032年全镇小学在校生1186人…, 全镇7所小学…和3所幼儿园平稳运行): its 基本情况, not
        （一）其他各项工作有力推进 over the first line (round bd's 04 and 14, S)."""
        first = bool(self.ctx.achievements) and self.ctx.achievements[0] is achievement
        return first and bool(_COUNTS_OF_THE_PLACE.search(_first_said(achievement)[:40]))

    def _choose(self, options: Sequence[str], salt: str) -> str:
        """A seeded choice that avoids entries this draft has already used: two priorities
        that map to one area (教师队伍 and 师德师风) must not say the same sentences."""
        order = self.rng(salt).sample(list(options), len(options))
        choice = next((o for o in order if o not in self.used), order[0])
        self.used.add(choice)
        return choice


# Lines about the problems that presuppose several (这些问题, 逐条认领) or a failing of the
# offices' work (认领, 年年有, 工作还有差距, 薄弱环节), and problems that are a trend in the
# population, not a failing (学生逐年减少, 生源萎缩, 出生人口下降).
_ON_THE_PROBLEMS = re.compile(r"\.(?:problems_(?:lead|after|end)|risk_end|p3_close|problem_way)$")
_SEVERAL_PROBLEMS = re.compile(r"这些|逐条|逐项|一项一项|几个方面|分类施策|有的是")
_BLAMES_THE_WORK = re.compile(r"认领|年年|工作还有差距|薄弱环节|工作中")
_A_TREND = re.compile(
    r"(?:学生|生源|人口|学龄|在校生|出生)[^，；。]{0,8}(?:逐年|持续|不断|大幅|明显)?(?:减少|下降|萎缩|流失|外流)"
)
# What follows a field's name in a target that sets its figure (…覆盖率达到75%, …保持在95%以上)
_TARGET_SETS = re.compile(
    r"^(?:要|力争|确保)?(?:达到|提高到|提升到|保持在?|稳定在?|控制在|不低于|超过)\d"
)
# a field's name less at most FIELD_HEAD leading characters, FIELD_TAIL left at least,
# still names it (义务教育巩固率 of 九年义务教育巩固率; not 覆盖率 alone, which
# 普惠性幼儿园覆盖率 and 集团化办学覆盖率 share)
_FIELD_HEAD = 4
_FIELD_TAIL = 4


@lru_cache(maxsize=1024)
def _field_names(field: str) -> tuple[str, ...]:
    """A field's name and its tails, longest first: 九年义务教育巩固率, 年义务教育巩固率 …
    教育巩固率."""
    last = max(min(_FIELD_HEAD, len(field) - _FIELD_TAIL), 0)
    return tuple(field[i:] for i in range(last + 1))


# A lead that names the year (今年的主要目标是：, {{ y.meeting }}年的工作思路是：), and a
# clerk's target that opens with its own (明年新开工…, 到2027年…).
_NAMES_A_YEAR = re.compile(r"今年|明年|全年|y\.meeting|\d{4}年")
_OPENS_WITH_A_YEAR = re.compile(r"^(?:今年|明年|全年|年内|(?:到|至)?\d{4}年)")
# A preceding item that was spoken (the templates' own list: leader_speech.j2)
_SPOKEN = re.compile(r"汇报|报告|发言|讲话|通报|介绍|说明")
# a line that speaks of several speakers, and an item that names several
_ONE_YEAR_SPAN = re.compile(
    r"过去(?:的)?一年|一年来|年度(?:重点工作|目标任务)|年初(?:确定|部署)|回顾去年"
)
_SPEAKERS_MANY = re.compile(r"代表们|几位(?:代表|同志)|各位代表的发言")
_SEVERAL = re.compile(r"代表们|[两二三四五六七八九十几多]位|[两二三四五六七八九十几多]名|等|、")
# A clerk's target that is a demand, not a state to reach (坚决遏制…, 严防…, 杜绝…)
_A_DEMAND = re.compile(r"^(?:要|必须)?(?:坚决|严防|严禁|杜绝|切实|全力|着力|大力|遏制|防止|严厉)")
# A target whose name opens with when it is done, then its verb (年内排查整改…).
_TIME_FIRST_CLAUSE = re.compile(
    "^"
    + LITERAL_OPEN
    + "?(?:年内|年底前|全年|今年|明年|上半年|下半年)(?="
    + MEASURE_VERB.pattern
    + ")"
)
# A wording that pledges its figure for a year (要确保…达到, 今年…, 全年…): a November
# meeting cannot tell whose year the profile's figure is (round s's A).
_YEAR_PLEDGE = re.compile(
    r"确保|力争|达到|提高到|提升到|增加到|目标|今年|明年|全年|年内|年底|y\.meeting|新增|新建|新创建|创建"
)
# A target that carries its own verb (安排, 达到, 控制在…): a clause, not a name and a figure.


def clerk_words(ctx: SpeechContext) -> list[str]:
    """What the clerk wrote that the draft says in the clerk's own words: every task's
    points, the targets and the review's points. Counted as said before any bank sentence
    is chosen, so the clerk's words win: a bank line saying the same (配齐生活教师 beside
    the point 配齐生活老师和宿管人员, 应免尽免 beside 落实学前一年免除保育教育费政策) is left
    out wherever it would stand, before or after the point (readers' D, rounds h and i)."""
    tasks = (*ctx.priorities, *ctx.safeguards)
    texts = [point for task in tasks for point in task.points]
    texts += [point for achievement in ctx.achievements for point in achievement.points]
    return [*texts, *ctx.target_items]


# A name that is an outcome said with a potential complement (留得住, 教得好, 下得去, 用起来)
_AN_OUTCOME = re.compile(r"得(?:住|下|好|起|上|到|动|去|进)|起来$")


def _outcome_headings(label: str) -> tuple[str, ...]:
    """年轻教师留得住 is an outcome to bring about, no 工作 to do (round v's G: 切实做好年轻
    教师留得住工作)."""
    if not _AN_OUTCOME.search(label):
        return ()
    return (f"让{label}", f"努力让{label}", f"着力让{label}")


def _balance_headings(label: str) -> tuple[str, ...]:
    """A balance to reach is developed toward, not a 工作 done (round av's R: 切实做好义务教育
    优质均衡工作, "应为推进优质均衡发展")."""
    if not label.endswith(("优质均衡", "基本均衡")):
        return ()
    return (f"推进{label}发展", f"加快推进{label}发展", f"扎实推进{label}发展")


def _battle_headings(label: str) -> tuple[str, ...]:
    """A battle the name says is to be won: 切实做好打赢教育脱贫攻坚战工作 was round ag's G (打赢
    is the verb); one said with its adverb (全力打好防溺水攻坚战) is the heading itself."""
    battle = _BATTLE.match(label)
    if not battle:
        return ()
    if battle["how"]:
        return (label,)
    return (f"坚决{label}", f"全力{label}", f"坚定不移{label}")


# names round ar's readers found headed wrongly: a name that opens with its own verb
# (传达贯彻会议精神 → 切实弘扬传达贯彻会议精神: 精神 is its object, not a spirit to 弘扬), an
# oversight named by its verbs alone (督查检查 → 进一步督查检查, "缺动词") and a duty named
# (成员单位职责 → 扎实做好成员单位职责工作, "栏目名硬套")
_OWN_VERB_FIRST = re.compile(r"^传达")
_OVERSIGHT_ONLY = re.compile(r"^(?:督查|检查|督办|督导|巡查|考核|调研|评估|监测|督促)+$")
_DUTY_NAMED = re.compile(r"^[^，；、]{2,10}职责$")


def _bare_verb_headings(label: str) -> tuple[str, ...]:
    """Headings for the three names above; () for any other."""
    if _OWN_VERB_FIRST.match(label):
        return (f"认真{label}", f"切实{label}", f"及时{label}")
    if _OVERSIGHT_ONLY.match(label):
        return (f"加强{label}", f"强化{label}", f"切实加强{label}")
    if _DUTY_NAMED.match(label) and not MEASURE_VERB.match(label):
        return (f"压实{label}", f"落实{label}", f"履行好{label}")
    return ()


# a time a clerk's own clause opens with, before its 把 (年底前把…追回来)
_TIME_BEFORE = r"(?:年底|年内|月底|开学|放假|\d{1,2}月(?:底|中旬)?)前"
_OWN_CLAUSE = re.compile(
    # a subject, then 要 and its verb (not 重要、主要、需要、纲要…)
    r"^[^，；]{2,12}?(?<![重主需必只纲摘])要(?:把|将|让|为|对|在|[\u4e00-\u9fff]{2})"
    # or 要 and whom it moves, with no subject (要让集团真正“团”起来: round cj's 19, G — 让要让…)
    r"|^要(?:把|让|使)"
    # or what is done for someone (给教育办事开绿灯、不设卡), or a thing and what it must not
    # become (基地不能建起来就“晒太阳”): round cl's 13 and 07, G — 认真做好…工作 round them
    # (真正为教师松绑减负: round dd's 03, G — 推动真正为教师松绑减负落地)
    r"|^(?:真正|切实)?(?:给|为)[^，；]{2,8}(?:办事|开绿灯|撑腰|让路|松绑|减负)"
    # a rule the clerk set, with its must or its rhythm (节假日值班必须有人、有责、有记录; 镇党委、镇政府
    # 每季度专题研究一次教育工作: round dd's 06 and 08, G — 扎实做好…工作, 着力做好…)
    r"|^[^，；]{2,14}?(?:必须|务必|一律)[\u4e00-\u9fff]"
    r"|^[^，；]{2,14}?每(?:季度|月|年|学期|周|半年)[^，；]{0,8}?[一二两三四五1-9]次"
    # a saying of what a thing is not, or what it follows (督办不是发通知, 责任跟着目标责任书走: round
    # de's 16 and 13, G — 二是要督办不是发通知, 认真做好…跟着目标责任书走工作)
    r"|^[^，；]{2,10}不是[^，；]{2,10}$|^[^，；]{2,16}跟着[^，；]{2,12}走$"
    # a saying, then what it means (立规矩，把议事规则用起来)
    r"|^[^，；]{2,8}，(?:把|让|要)[^，；]{4,}$"
    # (营养餐的钱一分不能挪: round dg's 15, G — 二是要营养餐的钱一分不能挪)
    r"|^[^，；]{2,10}(?:不能|不得|不准)[^，；]{1,}"
    r"|，[^，；]{0,4}(?:别|不要|不能|不让|莫)"  # a second clause that forbids
    r"|(?:领导|班子成员|干部)(?:包片|包校|分片|挂点|下校|带队)"  # leaders and what they do
    # a time, then what is done in it (开学前后开展两轮检查: round ba's G, 认真做好…检查工作)
    r"|^(?:开学|节|假期|寒假|暑假|汛期|考试)?[前后中]{1,2}(?:开展|组织|完成|进行|实行|实施|推行|落实)"
    # the clerk's resolve (下决心把校园餐管好: round bc's 08, 认真做好下决心把校园餐管好工作)
    r"|^(?:下决心|下大力气|下功夫)|^[^，；]{0,4}把[^，；]{2,14}(?:[管办抓建用做守]好|担起来|落到实处)$"
    # a time, then what is brought back (年底前把滞后的两项任务追回来: round cn's 12, G — 扎实做好…工作)
    rf"|^{_TIME_BEFORE}把[^，；]{{2,16}}(?:追回来|补上来|赶上来|抢回来|完成)$"
    # a rule said as the clerk's saying (议定了就要办: round cn's 24, G — 要议定了就要办)
    r"|^[^，；]{2,8}了?就要[\u4e00-\u9fff]{1,4}$"
)
# the bodies, then what they do (成员单位各扛其责，不当配角: round ci's 24, G — 一是要成员单位…): a
# list item says it with no 要 before it (its heading keeps round av's 推动成员单位各司其职…)
_BODIES_CLAUSE = re.compile(
    r"^(?:各?成员单位|各有关部门|各部门|各单位)(?:各|都|要|主动|共同)[\u4e00-\u9fff]{2,}"
)


def says_its_own(title: object) -> bool:
    """Whether a heading is a clause the clerk wrote (_OWN_CLAUSE): a list's 三是要… puts no
    second 要 before it (round az's G: 三是要扎实做好谁的任务谁负责，别往教育局推工作)."""
    said = plain(str(title))
    return bool(_OWN_CLAUSE.search(said) or _BODIES_CLAUSE.match(said)) or _paired_clauses(said)


# a title whose first clause holds its own 要 (控辍保学要一个一个地盯), not 重要/主要/需要
_CHARGE_INSIDE = re.compile(r"^[^，；]{0,12}?(?<![重主需必只纲摘])要(?![求素点闻])")


def charges_itself(title: object) -> bool:
    """Whether a list item's title says its own 要 (round cj's 15, G: 一是要控辍保学要一个一个
    地盯): no second 要 before it."""
    said = plain(str(title))
    # (a time, then 把: 三是年底前把…追回来, not 三是要年底前把… — round cn's 12, G)
    return bool(_CHARGE_INSIDE.match(said) or _TIME_THEN_BA.match(said))


_TIME_THEN_BA = re.compile(rf"^{_TIME_BEFORE}把")


# the adverb of a made heading (切实抓好…, 扎实推进…, 加快推进…): left out where every heading
# made for a section has a frame the draft's headings used already (_fresh_frames)
_WITHOUT_ADVERB = re.compile(
    r"^((?:（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、)?)(?:切实|扎实|加快)"
    r"(?=抓好|做好|推进|加强|落实|开展)"
)


def own_headings(label: str, year: int = 0, drafting: bool = False) -> tuple[str, ...]:
    """Headings for a priority the bank has no family for (_made_headings); a name the clerk
    wrote as a sentence of his own (乡镇党委政府要把办学责任担起来, 谁的任务谁负责，别往教育局推,
    开学后一周内局领导包片下校) is the heading, with no frame round it (round az's G R: 让乡镇
    党委政府要把…, 扎实做好谁的任务谁负责，别往教育局推工作)."""
    label = _CLERKS_ASIDE.sub("", label) or label
    # a saying and what it means, the clerk's colon between (立规矩：把议事规则用起来: round de's 16,
    # G — 一是要着力让立规矩：…): said as one clause after the other
    label = _SAYING_THEN_MEANING.sub(r"\g<saying>，", label)
    if _OWN_CLAUSE.search(label) or _paired_clauses(label):
        return (label,)
    # the clerk's own clause (依靠教职工办好学校: round dd's 14, G — 抓好依靠教职工办好学校建设),
    # before any rule reads its last word as a thing to build; a short name (凝聚合力) and one
    # that moves something (把…, 让…) keep the adverb the rules give them
    if len(label) >= 6 and not label.startswith(("把", "让")) and _CLERKS_OWN_CLAUSE.match(label):
        return (label,)
    return _made_headings(label, year, drafting)


_SAYING_THEN_MEANING = re.compile(r"^(?P<saying>[^，；：:]{2,8})[：:](?=[^，；：:]{4,}$)")


# the clerk's note of how the speaker takes a matter up, in its name (顺带强调一下防溺水, 冬季取暖安全
# 再提个醒): the matter is the heading's (rounds db's 06, 19 and 22, G — 扎实做好冬季取暖安全再提个醒
# 工作, 切实抓好顺带强调一下防溺水)
_CLERKS_ASIDE = re.compile(
    r"^(?:顺带|顺便|再|另外)?(?:强调一下|提个醒|说一下|讲一下|提一下)"
    # (再说一件事：冬季取暖和防一氧化碳中毒: round de's 11, S G — 扎实做好再说一件事：…工作)
    r"|^(?:顺带|顺便|再|另外)?(?:说|讲|提)(?:一件事|两件事|几句)[：:，,]\s*"
    r"|(?:再|也)?(?:提个醒|强调一下|说几句|讲一讲|提一下)$"
)


# a part of a pair of clauses the clerk wrote as his title (书记县长亲自抓、部门不当旁观者; 镇里能办
# 的马上办、办不了的及时报): its actor's manner and deed, a deed denied, or one who does it
_CLAUSE_PART = re.compile(
    r"(?:亲自|马上|及时|立即|主动|带头|随时|限时|按时|尽快)[\u4e00-\u9fff]{1,3}$"
    r"|不(?:当|做|是|能|要|搞|让)[\u4e00-\u9fff]{1,6}$"
    r"|的[\u4e00-\u9fff]{0,3}[抓办报管干做跑改查看]$"
)
# a part sharing out the duty (部门各司其职): a clause beside one of the above (部门各司其职、不当旁观
# 者: round cz's 01, G — 认真做好…工作 round it); two of them (成员单位各司其职、各负其责) are a name
# a frame takes (round av's test: 推动…)
_SHARED_DUTY = re.compile(r"各(?:司其职|负其责|尽其责|尽所能)$|齐抓共管$|守土有责$")


def _paired_clauses(label: str) -> bool:
    """Whether a title is two or three clauses the clerk joined with 、 (round bg's 01 and 04, G:
    认真做好书记县长亲自抓、部门不当旁观者工作): said as written, in no 做好…工作."""
    parts = label.split("、")
    return (
        2 <= len(parts) <= 3
        and all(len(part) >= 4 for part in parts)
        and all(_CLAUSE_PART.search(part) or _SHARED_DUTY.search(part) for part in parts)
        and any(_CLAUSE_PART.search(part) for part in parts)
    )


_CLERKS_OWN_CLAUSE = re.compile(
    r"^(?:发挥|依靠|坚持|请|恳请|把|让|用好|抓住|守住|做到|形成|凝聚|汇聚|营造|树立|弘扬|争取|主动"
    # (按议事规则办事, 真心实意为教职工办实事 — rounds ch's 03 and ci's 14, G: 做好…工作 round them;
    # 请镇人大代表多监督、多帮忙 with its 、)
    # (倾听教职工声音, 多听教职工的: round cp's 02 and 23, G — 切实做好倾听教职工声音工作)
    r"|按|按照|依照|真心实意|实心实意|全心全意|想方设法|千方百计|倾听|多听|听取|多到|常到"
    # (盯紧假期学生接送和出行: round db's 06, G — 认真做好盯紧…工作)
    r"|盯紧|盯住|紧盯|守牢|守好|管好"
    # (讲清烟花爆竹燃放的规矩: round dg's 18, G — 认真做好讲清…工作)
    r"|讲清|讲透|讲明|讲好|说清|说透)"
    r"[\u4e00-\u9fff“”、]{2,}$"
    # a saying of all doing it together (教育的事全区一起办: round db's 01, G — 认真做好…工作;
    # 镇村两级和中心校一起抓, 市镇两级一起扛责任: round dd's 20 and 18, G — 要抓好…一起抓, 压实…)
    r"|^[\u4e00-\u9fff]{1,6}的事[\u4e00-\u9fff]{0,4}(?:一起|共同|合力|大家)[办抓管干]$"
    r"|^[\u4e00-\u9fff、和]{2,14}(?:一起|共同|合力)(?:抓|办|管|干|扛)(?:责任|起来)?$"
    # a saying of who answers for what (谁的事谁认账: round cj's 12, G — 认真做好谁的事谁认账工作)
    r"|^谁[\u4e00-\u9fff]{1,6}谁[\u4e00-\u9fff]{1,4}$"
    # a saying of two clauses (谁家的孩子谁来管，谁的项目谁来跑: round cf's 13, G — 扎实做好…工作)
    r"|^[\u4e00-\u9fff“”]{3,14}，[\u4e00-\u9fff“”]{3,14}$"
)


def _ethics_joined_headings(label: str) -> tuple[str, ...]:
    """A body of people and its ethics (教师队伍建设与师德师风), each said once: …建设，进一步加强
    师德师风建设 read “建设……建设叠用，标题拗口” (round cf, R, half of the times it stood)."""
    ethics = _ETHICS_PART.search(label)
    base = label[: ethics.start()] if ethics else ""
    if len(base) <= 4 or not base.endswith("建设"):
        return ()
    body = base[:-2]
    return (f"加强{body}和师德师风建设", f"建强{body}，涵养良好师德师风")


def _guarantee_headings(label: str) -> tuple[str, ...]:
    """A guarantee is strengthened, not pushed on (round cl's 01, R: 扎实推进经费保障工作)."""
    if not label.endswith("保障") or item_form.form(label) == "verb_object":
        return ()
    return (f"强化{label}", f"切实加强{label}", f"加大{label}力度")


def _made_headings(label: str, year: int = 0, drafting: bool = False) -> tuple[str, ...]:
    """Headings for a priority the bank has no family for, made from its name alone, each a
    clause that reads: round i's readers struck 着力做好边境学校, 扎实推进规范招生 and 着力做好
    教育家精神 (a verb before a thing, or before another verb). An activity takes 扎实推进…
    (燃气安全工作); a name that is already a verb phrase takes an adverb (切实规范招生); a school
    or a facility is built or managed (加强边境学校建设, 加强学生食堂管理); a spirit, a list or a
    system takes its own verb (弘扬教育家精神, 落实…清单); anything else 抓好…相关工作."""
    by_kind = (
        _ethics_joined_headings(label)
        or _bare_verb_headings(label)  # round ar's G (传达贯彻…, 督查检查, …职责)
        or _battle_headings(label)
        # 做好…工作 only over a name that takes 工作 (round al's G: 认真做好党的全面领导和学校
        # 党建工作): 坚持党的全面领导，加强学校党建 (templates/norms/lead_frames.yaml)
        or part_headings(label)
        or _clause_headings(label)
        or headings_by_head_noun(label)
        or headings_by_kind(label, year, drafting)
        or _outcome_headings(label)
        or _balance_headings(label)
    )
    if by_kind:
        return by_kind
    done = (
        _done_headings(label)
        or _clerks_clause_headings(label)
        or _item_headings(label)
        or _named_work_headings(label)
        or _guarantee_headings(label)
    )
    if done:
        return done
    # a verb-object name (加强督导考核) takes no second verb: read by the verb rules below
    if label.endswith(_ACTIVITY + _ACTIVITY_MORE) and item_form.form(label) != "verb_object":
        topic = own_topic(label)
        return (f"扎实推进{topic}", f"切实抓好{topic}", f"着力做好{topic}")
    # 全面改薄 is a programme's name, not 全面 + a verb (切实全面改薄 was marked G in round l)
    opens = MEASURE_VERB.match(label)
    # a one-character verb (在, 办) opens no name: 在建项目, 办学条件 (round q's 进一步在建项目)
    opens_with_verb = bool(opens and len(opens.group()) >= 2) or bool(_VERB_MORE.match(label))
    if opens_with_verb and not label.startswith("全面"):
        return (f"切实{label}", f"进一步{label}", f"持续{label}")
    for endings, noun in _FACILITY:
        if label.endswith(endings):
            return (f"加强{label}{noun}", f"抓好{label}{noun}", f"推进{label}{noun}")
    own_verb = _own_verb_headings(label)
    if own_verb:
        return own_verb
    if label.endswith(_PROCESS) and item_form.form(label) != "verb_object":
        # 稳妥 where a change unsettles people (撤并, 转岗, 调整), not over training or
        # building up (round v's R: 稳妥推进名师培养)
        careful = "稳妥推进" if label.endswith(_UNSETTLING) else "持续推进"
        return (f"扎实推进{label}", f"{careful}{label}", f"加快推进{label}")
    if label.endswith(_GUARD):
        return (f"切实抓好{label}", f"全力做好{label}工作", f"扎实做好{label}工作")
    return _clerks_words_headings(label) or (
        f"认真做好{label}工作",
        f"切实做好{label}工作",
        f"扎实做好{label}工作",
    )


def _clerks_words_headings(label: str) -> tuple[str, ...]:
    """The clerk's own words that are a clause already (发挥教代会作用, 依靠教职工办学, 请代表们多
    监督多支持) said as written, a 一盘棋 played (下好规划收官一盘棋), no 做好…工作 round them (round
    ce's 02, 08, 14 and 23, G R); then item_form's; () for any other name."""
    if _CLERKS_OWN_CLAUSE.match(label):
        return (label,)
    if label.endswith("一盘棋"):
        return (f"下好{label}",)
    return item_form.heading_options(label)


# names 做好…工作 reads wrong (rounds bs and bt, G: 切实做好算好教育的长远账工作, 切实做好盯住指标
# 销号工作, 扎实做好领导小组议事规则工作, 认真做好台风和雷电工作): a verb and its result already
# (算好, 盯住), a rule to keep, weather to guard against
_RESULT_VERB_FIRST = re.compile(
    r"^(?:算好|盯住|守住|管好|办好|用好|抓住|守好|看好|护好|稳住|兜住|织密)"
)
_RULE_NAMED = re.compile(r"(?:规则|办法|制度|细则|章程|规程)$")
_WEATHER = re.compile(
    r"^(?P<first>台风|雷电|暴雨|洪水|山洪|寒潮|冰冻|雨雪|高温|大风)(?:[和与、](?P<second>台风|雷电|暴雨|洪水|山洪|寒潮|冰冻|雨雪|高温|大风))?$"
)


def _named_work_headings(label: str) -> tuple[str, ...]:
    if _RESULT_VERB_FIRST.match(label):
        return (f"切实{label}", f"着力{label}", label)
    if _RULE_NAMED.search(label):
        return (f"严格执行{label}", f"认真落实{label}", f"抓好{label}的执行")
    weather = _WEATHER.match(label)
    if weather:
        guarded = "".join(f"防{w}" for w in (weather["first"], weather["second"]) if w)
        return (f"扎实做好{guarded}工作", f"切实抓好{guarded}工作", f"全力做好{guarded}工作")
    return ()


def _item_headings(label: str) -> tuple[str, ...]:
    """A clerk's item that no 做好…工作 and no second verb fits, by its form
    (compose/item_form.py; branch phrase26): a clause as written (校外培训治理不能松劲), a
    thing in its work (加强烟花爆竹安全管理); a verb-object phrase no rule above takes is read at the
    fallback of own_headings. () for a name the usual frames take."""
    if item_form.form(label) in ("clause", "thing"):
        return item_form.heading_options(label)
    return ()


# round an's G: 扎实做好党委政府要把教师工作放在心上工作, 认真做好舍得为教师投入工作, 扎实做好
# 讲好教育故事工作, 认真做好教育强旗工作 — a clerk's title that is a charge (…要…), a verb with
# its result (讲好, 舍得) or a 教育强X goal is not one more 工作
_CHARGE_IN_TITLE = re.compile(r"^[^，；。]{2,12}要[^，；。]{2,}$")
_VERB_WITH_RESULT = re.compile(r"^[讲办管用带抓守育建](?:好|优|强)[^，；。]{2,}$")
_WILLING = re.compile(r"^(?:舍得|敢于|善于|乐于|甘于|勇于)[^，；。]{2,}$")
_STRONG_PLACE = re.compile(
    r"^(?:教育|文化|人才)?强(?:国|省|区|市|州|盟|县|旗|镇|乡)$|^教育强[国省区市州盟县旗镇乡]$"
)


# round at's G and R: 切实做好把会议精神带回去工作, 切实做好用心用情办好群众家门口的教育实事
# 工作, 切实严格值班值守 — a 把 clause, a manner before a verb with its result and a 严格 verb
# are clauses already; 做好…工作 or 切实 over them doubles the verb
_BA_CLAUSE = re.compile(r"^把[^，；。]{3,}$")
_MANNER_THEN_RESULT = re.compile(
    r"^(?:用心用情|真心实意|全心全意|千方百计|想方设法|尽心尽力|真情|用心|用情|全力)"
    r"[讲办管用带抓守育建做](?:好|优|强|实)[^，；。]{2,}$"
)
_STRICT_VERB = re.compile(r"^(?:严格|从严)[^，；。]{2,}$")
# a subject before its verb (镇村两级关心教育: round at's R, 切实抓好镇村两级关心教育工作)
_SUBJECT_THEN_VERB = re.compile(
    r"^(?:镇村两级|镇村|各级各部门|各级|全社会|党委政府|各部门|各方|家校社|家校)(?:共同|一起|都)?"
    r"(?:关心|支持|重视|参与|关注|办好|抓好)[^，；。]{1,}$"
)


# bodies and what they become together (村（社区）和学校拧成一股绳: round au's G, 切实做好…拧成
# 一股绳工作): a clause; the speaker brings it about
# (成员单位各司其职、各负其责 too: round av's G, 认真做好成员单位各司其职、各负其责工作)
_TOGETHER = re.compile(
    r"^[^，；。]{2,16}?(?:拧成一股绳|形成合力|同向发力|握指成拳|劲往一处使"
    r"|各司其职(?:、各负其责)?|各负其责|齐抓共管)$"
)
# a verb with its manner first (层层压实安全责任: round av's G, 层层压实层层压实安全责任)
_MANNER_THEN_VERB = re.compile(
    r"^(?:层层|逐级|全面|切实|持续|进一步|全力|坚决|一以贯之|始终|毫不松懈)"
    r"(?:压实|落实|强化|加强|推进|提升|深化|抓好|做好)[^，；。]{2,}$"
)
# a work and who answers for it (开学工作“一把手”负责: round av's G, 扎实做好…负责工作)
_ANSWERED_BY = re.compile(r"^[^，；。]{2,16}?[“”\w]{2,8}负责$")


# a central school's head asks the villages, he does not charge them (round au's L: 每个村（社区）
# 要明确一名村干部联系本村学校, "中心校校长不能要求各村，应为请各村（社区）明确")
_VILLAGES_CHARGED = re.compile(
    # a time first (开学第一周各村（社区）配合…: round av's L R, 要确保开学第一周各村…配合)
    r"^(?P<when>[^，；。、各每]{2,10}?(?:周|前|后|期间|内|时))?"
    # (各村小、各村完小, 各村幼儿园 are schools, not the villages: round cj's 18, G — 请各村放假前
    # 小、幼儿园把屋面…)
    r"(?:每个|各)(?P<who>村(?:（社区）|\(社区\))?)(?![小完校级幼委干医卫])(?:都)?要?"
    r"(?P<deed>[^；。]{3,})$"
)


# a topic the clerk heads the point with (夏季防溺水方面，各村（社区）安排专人巡查…: round ba's L)
_TOPIC_FIRST = re.compile(r"^(?P<topic>[^，；。]{2,12}方面，)(?P<rest>.+)$")


def _villages_asked(point: str) -> str:
    """A point charging the villages, as a school's head says it: 请各村（社区）…; ""."""
    topic = _TOPIC_FIRST.match(point)
    if topic is not None:
        asked = _villages_asked(topic["rest"])
        return literal(topic["topic"]) + asked if asked else ""
    found = _VILLAGES_CHARGED.match(point)
    if not found:
        return ""
    return "请各" + literal(found["who"] + (found["when"] or "") + found["deed"])


# a clerk's title that is a whole clause, said as written
_CLAUSES_AS_WRITTEN = (
    _CHARGE_IN_TITLE,
    _WILLING,
    _MANNER_THEN_RESULT,
    _SUBJECT_THEN_VERB,
)


def _clerks_clause_headings(label: str) -> tuple[str, ...]:
    """Headings for a clerk's title that reads as a clause already: a charge (党委政府要把…),
    a willingness (舍得为教师投入) and a manner before a verb with its result (用心用情办好…)
    are the heading as written; a verb with its result (讲好教育故事) is striven for; a 把
    clause is seen to (切实把会议精神带回去); a 严格 verb is kept to (坚持严格值班值守); a
    教育强X goal is built; bodies becoming one are brought to it (推动…拧成一股绳); a manner
    before its verb (层层压实…) is as written; a work and who answers for it is kept to
    (坚持开学工作“一把手”负责). () for any other title."""
    if any(pattern.match(label) for pattern in _CLAUSES_AS_WRITTEN):
        return (label,)
    if _TOGETHER.match(label):
        return (f"推动{label}", f"促进{label}")
    if _MANNER_THEN_VERB.match(label):
        return (label,)
    if _ANSWERED_BY.match(label):
        return (f"坚持{label}", f"落实{label}")
    if _BA_CLAUSE.match(label):
        return (f"切实{label}", f"认真{label}")
    if _STRICT_VERB.match(label):
        return (f"坚持{label}", f"始终{label}")
    if _VERB_WITH_RESULT.match(label):
        return (f"着力{label}", f"用心{label}", f"切实{label}")
    if _STRONG_PLACE.match(label):
        return (f"加快推进{label}建设", f"扎实推进{label}建设", f"全力推进{label}建设")
    return ()


_HOW_AND_VERB = re.compile(
    r"^(?:稳妥|稳步|有序|加快|扎实|积极|全面|持续|大力|深入|着力|切实)"
    r"(?:推进|推动|实施|开展|落实|做好|抓好|提升|提高|加强)"
)


_STANDING_WORK = re.compile(r"(?:廉政|作风|行风|师风|党的|党风|政风|文明|法治)建设$")


def _done_headings(label: str) -> tuple[str, ...]:
    """A name that is a doing already or a thing in use takes its verb, no 做好…工作 around
    it (round x's R: 着力做好配套学校建设工作, 扎实做好宿舍用电工作); () for any other, and for a
    verb-object name (深化教育评价改革: no 扎实推进 before its own verb)."""
    if item_form.form(label) == "verb_object":
        return ()
    if label.endswith(_BUILT):
        # a building or a reform is pushed forward, a management strengthened
        if _STANDING_WORK.search(label):
            # a conduct's building goes on, it is not hurried to an end (round cd's 02 and 03,
            # R: 加快推进…党风廉政建设 — “搭配不当，宜深入推进/持续加强”)
            return (f"深入推进{label}", f"持续加强{label}", f"扎实推进{label}")
        if label.endswith(("建设", "改革")):
            return (f"扎实推进{label}", f"切实抓好{label}", f"加快推进{label}")
        return (f"切实加强{label}", f"扎实抓好{label}", f"持续加强{label}")
    if label.endswith(_IN_USE):  # managed safely
        return (f"加强{label}安全管理", f"规范{label}管理", f"切实抓好{label}安全")
    if label.endswith(_DOING) and not MEASURE_VERB.match(label):
        # a name ending in its own verb (未完工项目收尾, 资助资金发放) is done
        return (f"抓好{label}", f"切实抓好{label}", f"扎实抓好{label}")
    return ()


# Round q's readers (G, R) struck headings that put a frame before a name whose head noun
# asks for its own verb: 扎实做好城区入学压力工作 (a pressure is eased: 缓解), 进一步在建项目 (a
# project is built), 稳妥推进义务教育巩固 / 普惠扩容 (a name ending in its verb: the verb goes
# first), 稳妥推进全面改薄 (a programme is carried out), 深化学生体质和近视防控 (a constitution
# is strengthened), 进一步弘扬贯彻… (the clerk's own verb takes no second one).
_EASED = (
    (re.compile(r"压力$"), ("缓解", "有效缓解", "着力缓解")),
    (re.compile(r"(?:难|难题|瓶颈)$"), ("破解", "着力破解", "切实破解")),
    (re.compile(r"(?:问题|突出问题)$"), ("解决", "着力解决", "切实解决")),
    (re.compile(r"(?:短板|缺口|弱项)$"), ("补齐", "加快补齐", "着力补齐")),
    (re.compile(r"矛盾$"), ("化解", "有效化解", "着力化解")),
    (re.compile(r"(?:条件|设施)$"), ("改善", "持续改善", "着力改善")),
    (re.compile(r"风险$"), ("防范", "有效防范", "着力防范")),
)
_NAME_ENDS_IN_VERB = re.compile(
    r"^(?P<what>.{2,}?)(?P<verb>提质扩容|扩容提质|巩固|扩容|提质|提升|攻坚)$"
)
_STRENGTH_AND = re.compile(r"^(?P<first>[^和、]{2,}?(?:体质|体能|素质))和(?P<second>[^和、]{2,})$")
_CLERK_VERB_FIRST = re.compile(r"^(?:贯彻|学习|践行|宣传|宣讲|传承|领会)")
_SPIRIT_CARRIED = re.compile(r"^(?P<spirit>.{2,}精神)(?:的)?(?:学习贯彻|贯彻落实|贯彻|落实|学习)$")
_PROGRAMME = re.compile(r"(?:改薄|薄改)$")
_PUT_IN_USE = re.compile(r"^(?P<what>.{2,}?)(?P<verb>启用|投用|开学|开工|竣工|完工|交付使用|交付)$")


# A second part for the clerk's own heading where its neighbours have one: by the name's
# head noun, a purpose that claims nothing the profile did not give (no figure, no date, no
# 取得实效 that reads as stock). A name matching none keeps its one-part heading. The part
# must be about the name's own topic: round s's readers struck 校园安保…，让群众就近上好学,
# 职教高地建设…，让群众就近上好学, 民办幼儿园规范管理…，让孩子们在家门口入园 and 山区县教育帮扶，
# 让困难家庭孩子安心上学, so the narrower topics come first and 就近上好学 is said only of
# school places (学位, 入学, 招生, 学校建设), never of any 建设 or 项目.
_PURPOSES: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    # an examination's admission (考试招生, 中考) is no place at a school near home: 扎实做好考试
    # 招生工作，缓解群众入学之忧 was round ap's S (招生 below took it)
    (
        re.compile(r"(?:考试|中考|高考|学考|招考)"),
        # no word of the name again (with_purpose leaves out a part sharing one)
        ("确保平稳有序、公平公正", "让每一名考生放心应考"),
    ),
    (
        re.compile(r"(?:安全|安保|平安|防溺水|消防|校舍|欺凌|危化品|保安|校车)"),
        ("守牢校园安全底线", "守护师生平安"),
    ),
    (
        re.compile(r"(?:供餐|食堂|食品|营养餐|膳食|校园餐)"),
        ("让学生吃得安全、吃得放心", "守护学生饮食安全"),
    ),
    (re.compile(r"随迁"), ("让外来务工家庭孩子安心上学", "让孩子们在城里安心读书")),
    # care for the teachers is the teachers' (round ag's 14: 加强教师关爱，让孩子们健康成长)
    (
        re.compile(r"(?:教师|老师)[^，]*(?:关爱|关怀|关心)|(?:关爱|关怀|关心)[^，]*(?:教师|老师)"),
        ("让教师安心从教", "让老师们感受到组织的温暖"),
    ),
    (
        re.compile(r"(?:留守|困境|关爱|特殊群体)"),
        ("让每个孩子都感受到关爱", "让孩子们健康成长"),
    ),
    # the teachers' own pay or housing, whatever service it is for (教师课后服务补助)
    (
        re.compile(r"教师[^，]*(?:补助|待遇|津贴|工资|绩效|周转|住房)"),
        ("让教师安心从教", "让老师们的付出得到回报"),
    ),
    (re.compile(r"(?:服务|托管|课后)"), ("让学生和家长得到实惠", "更好满足家长需要")),
    (re.compile(r"(?:周边|环境|整治)"), ("让学生上学放学更安心", "给孩子们一个安宁的求学空间")),
    (re.compile(r"(?:住宿|寄宿|住校)"), ("让学生住得安心、家长放心", "让住校生安心学习生活")),
    (re.compile(r"(?:控辍|辍学|劝返|失学)"), ("不让一个孩子失学辍学", "让适龄孩子都能上好学")),
    (re.compile(r"高中"), ("让每个学生都有出彩的机会", "让更多孩子升学有路")),
    # 政策平稳过渡 is the transition period's (2021–2025): a heading has no date (round s's Y)
    (re.compile(r"(?:衔接|脱贫)"), ("让帮扶见到实效", "让困难家庭孩子安心上学")),
    # a family or a pupil is helped to stay in school; a county or a school to catch up
    (re.compile(r"(?:困难|家庭|儿童|学生|孩子).*帮扶"), ("让困难家庭孩子安心上学",)),
    (re.compile(r"(?:帮扶|结对|对口|薄弱)"), ("促进城乡区域协调发展", "缩小区域之间的差距")),
    (
        re.compile(r"(?:职教|职业教育|中职|职业学校|产教|技能)"),
        ("让更多学生掌握一技之长", "为地方发展培养技能人才"),
    ),
    (re.compile(r"民办"), ("促进民办教育规范健康发展", "让家长放心选择")),
    (re.compile(r"(?:表彰|荣誉|先进|榜样|典型)"), ("让尊师重教蔚然成风", "让榜样的力量传递开来")),
    (re.compile(r"(?:教师|队伍|师资|师德|班主任)"), ("为教育发展提供人才支撑", "让教师安心从教")),
    (
        re.compile(r"(?:第一课|思政|德育|主题教育|国防教育)"),
        ("引导学生扣好人生第一粒扣子", "把立德树人落到实处"),
    ),
    (re.compile(r"(?:党建|党的建设|党组织)"), ("以党建引领学校发展", "把党的领导落到实处")),
    (re.compile(r"(?:合力|协调|联动|协同)"), ("形成齐抓共管的工作格局", "形成推动教育发展的合力")),
    (re.compile(r"(?:督导|督查|考核|评估)"), ("推动各项任务落地见效", "以督促干、以督促效")),
    # a pupil's aid helps the pupil (round aw's R: 扎实推进学生资助工作，把钱用在师生身上)
    (re.compile(r"资助|助学|奖助"), ("让困难家庭的孩子安心上学", "把温暖送到困难家庭")),
    (re.compile(r"(?:经费|资金|投入)"), ("把钱用在师生身上", "让每一笔资金用出效益")),
    (re.compile(r"(?:减负|负担|作业)"), ("让学生学得更轻松", "让教师把心思用在育人上")),
    (re.compile(r"(?:普通话|语言文字)"), ("为学生成长打好语言基础", "让学生说好普通话")),
    # (not 开学前: round ba's S F, 开学前镇领导包片检查，办好群众身边的幼儿园)
    (
        re.compile(r"(?<![开入放升返])学前|幼儿园|托育"),
        ("让孩子们在家门口入园", "办好群众身边的幼儿园"),
    ),
    (
        re.compile(r"(?:健康|体育|体质|近视|心理)"),
        ("促进学生身心健康成长", "让学生健康成长", "让孩子们茁壮成长"),
    ),
    (
        re.compile(r"(?:质量|教学|课堂|教研)"),
        ("让每个孩子都能享有良好教育", "推动教育质量稳步提升"),
    ),
    (re.compile(r"(?:数字|智慧|信息化)"), ("让技术更好服务教学", "为教学插上技术的翅膀")),
    (
        re.compile(r"(?:舆情|宣传|氛围|尊师)"),
        ("营造关心支持教育的良好环境", "凝聚支持教育的社会共识"),
    ),
    # 办好人民满意的教育 is the goal of all education work, no purpose of one task: round x's
    # readers struck it after 未完工项目收尾 and 配套学校建设 (R); a name no narrower purpose
    # fits keeps its one-part heading
    (
        re.compile(r"(?:学位|招生|入学|学校建设|新建学校|扩建|校舍建设)"),
        ("让群众就近上好学", "缓解群众入学之忧"),
    ),
)
# What a name says is not (非教学任务清理 is no 教学: round x's R, …让每个孩子都能享有良好教育)
_NOT_THIS = re.compile(r"非[\u4e00-\u9fff]{2}")


# A title that opens on a verb of doing (抓好, 推进, 坚持…) or says its purpose after a comma
# reads as a heading already.
_DEMAND_OPENING = re.compile(
    r"坚持|全力|着力|切实|持续|扎实|大力|积极|进一步|狠抓|聚焦|围绕|守牢|守住|筑牢|压实|发挥|弘扬"
    r"|用好|办好|建好|管好|抓实|抓细|迎接|加大|加快|织密|确保|深入|全面|认真|努力|主动|严格|推动"
    # round ac's 加快推进稳妥推进…, round ab's 缓解缓解…: a title that opens with how or with the
    # verb its head noun takes is a heading as it stands
    r"|稳妥|稳步|有序|缓解|破解|化解|补齐"
)


def _own_verb_headings(label: str) -> tuple[str, ...]:
    """A spirit, a list, a system… with its own verb (弘扬…精神, 落实…清单); () otherwise."""
    for ending, verb in _OWN_VERB.items():
        if label.endswith(ending):
            if label.startswith(verb):  # 严肃追责问责 has its verb (round au's G: 严肃严肃…)
                return (f"切实{label}", f"坚决{label}", f"进一步{label}")
            if verb == "狠抓":  # 切实狠抓 says 抓 twice over
                return (f"狠抓{label}", f"切实抓好{label}", f"全力推进{label}")
            # not 切实压实 (层层压实, 全面落实); 层层 only where a duty passes down the line
            # (round v's R: 层层实施营养改善计划)
            firmly = {"压实": "层层", "落实": "全面", "实施": "全面"}.get(verb, "切实")
            return (f"{verb}{label}", f"{firmly}{verb}{label}", f"进一步{verb}{label}")
    return ()


# a body's first sentence said at every length (its gate below the shortest level), short,
# opening with a subject of its own: a task's name may run into it as its lead
_ALWAYS_FIRST = re.compile(
    "^"
    + GATE_OPEN
    + "(?P<level>.)(?P<text>[^"
    + GATE_OPEN
    + GATE_CLOSE
    + "\ue004。；【⟦]{6,40}。)"
    + GATE_CLOSE
)
# an adverb before a heading's verb, left out where the heading is named inside a sentence
_HOW_FIRST = re.compile(
    "^("
    + LITERAL_OPEN
    + "?)(?:扎实|切实|着力|全力|认真|持续|进一步|高标准)(?=推进|推动|抓好|做好|加强|抓实)"
)
_CANNOT_FOLLOW = re.compile(r"^(?:要|对|在|同时|一是|首先|其中|这|此|为|我们|必须|务必)")


def runs_into(body: str) -> bool:
    """Whether a task's name may run into ``body``'s first sentence as its lead (task_led)."""
    found = _ALWAYS_FIRST.match(body)
    if found is None or found["level"] > gate_opening(-2)[1]:  # -2: said at every length
        return False
    text = plain(found["text"])
    return text.count("，") <= 1 and not _CANNOT_FOLLOW.match(text)


def reads_as_a_demand(title: str) -> bool:
    """Whether a clerk's title is a heading as it stands (抓好学校党建; 推进县中振兴，办好家门口
    的高中), not a name (县中提质, 免费学前教育落实)."""
    if _BUILT_THING_NAME.match(title):  # 新建校舍消防验收: a name (round aj's R), not 新建 + …
        return False
    return "，" in title or bool(MEASURE_VERB.match(title) or _DEMAND_OPENING.match(title))


# a name whose first word is a building verb said of its thing (新建校舍, 在建项目, 新入职教师)
# and whose last is the work done on it (验收, 管理): a noun phrase, not a demand to build
_BUILT_THING_NAME = re.compile(
    r"^(?:新建|改建|扩建|改扩建|在建|新增|新入职|新招聘|新进)[^，；、\d]{1,8}?"
    r"(?:验收|管理|安全|检查|鉴定|维护|使用|运行|评估|备案|监管|交付|培训)$"
)


def _clause_headings(label: str) -> tuple[str, ...]:
    """A name that is itself a clause (人工智能进课堂, 法治进校园) is pushed forward, not
    done as a 工作 (round v's R: 认真做好人工智能进课堂工作); () for any other name. A name
    that makes something happen (让教师有更多获得感) is striven for, and one that already
    says how it is done (高质量编制“十六五”教育规划) is the heading itself: round y's G struck
    认真做好让教师有更多获得感工作 and 扎实推进高质量编制“十六五”教育规划编制."""
    if _CAUSES.match(label):
        return (f"着力{label}", f"切实{label}", f"努力{label}")
    if _HOW_THEN_VERB.match(label) or _HOW_AND_VERB.match(label) or _resolve_then_verb(label):
        # 稳妥推进…: 加快推进稳妥推进… was round ac's G; 坚决遏制…: 切实做好坚决遏制学生溺水事故
        # 工作 and 控制下大力气化解城区大班额 were round al's G
        return (label,)
    if not _INTO_A_PLACE.search(label):
        return ()
    return (f"推动{label}", f"扎实推动{label}", f"深入推进{label}")


_CAUSES = re.compile(r"^(?:让|使)[^，；]{2,}")
# a clerk's area said as a resolve and its deed (坚决遏制…, 下大力气化解…, 科学应对…) is a clause
_RESOLVE = re.compile(
    r"^(?:坚决|下大力气|全力|大力|着力|切实|科学|依法|严格|精准|主动|积极)(?:稳妥|稳步|有序)?"
)
_RESOLVE_VERBS = re.compile(r"遏制|防范|杜绝|打击|治理|解决|破解|减少|降低|防控|守住|筑牢|发展")


def _resolve_then_verb(label: str) -> bool:
    """Whether ``label`` opens with a resolve and a verb (坚决遏制学生溺水事故)."""
    opened = _RESOLVE.match(label)
    if opened is None:
        return False
    rest = label[opened.end() :]
    return bool(MEASURE_VERB.match(rest) or _VERB_MORE.match(rest) or _RESOLVE_VERBS.match(rest))


_HOW_THEN_VERB = re.compile(r"^(?:高质量|高标准|高水平)(?:编制|完成|建设|推进|实施|举办|通过)")


def purposes_of(label: str) -> tuple[str, ...]:
    """The second parts a heading over ``label`` may take (_PURPOSES), or ()."""
    label = _NOT_THIS.sub("", label)
    return next((parts for pattern, parts in _PURPOSES if pattern.search(label)), ())


def with_purpose(heading: str, label: str, rng: random.Random, said: Collection[str] = ()) -> str:
    """The heading with a second part in the neighbours' form, where the name has one and
    the heading does not already have one; not a part an earlier heading said."""
    parts = [
        p
        for p in purposes_of(label)
        if not any(p in text for text in said) and not _shares_a_word(p, heading)
    ]
    if "，" in heading or not parts:
        return heading
    return f"{heading}，{rng.choice(parts)}"


def _shares_a_word(part: str, heading: str) -> bool:
    """Whether the part says again two characters of the heading (凝聚合力，形成…合力)."""
    return any(part[i : i + 2] in heading for i in range(len(part) - 1))


_WAYS_VERB = re.compile(r"^(?:转变|改进|加强|改善|整顿|强化|狠抓|持续|大力|切实|着力)")


def _members_or_ways_headings(label: str) -> tuple[str, ...]:
    """A body's members are charged with their part and a way of working is improved, no 工作
    of theirs done (round bh's 04 and 11, G: 扎实做好领导小组成员单位工作, 切实做好机关作风工作)."""
    if len(label) < 4:
        return ()
    if label.endswith(("成员单位", "成员")):
        return (f"压实{label}责任", f"发挥{label}作用", f"强化{label}职责")
    if label.endswith("作风") and not _WAYS_VERB.match(label):
        return (f"切实改进{label}", f"持续转变{label}", f"大力改进{label}")
    return ()


def headings_by_head_noun(label: str) -> tuple[str, ...]:
    """Headings for a name whose head noun asks for its own verb (see above), or ()."""
    if _CLERK_VERB_FIRST.match(label):
        return (f"深入{label}", f"认真{label}", f"全面{label}")
    carried = _SPIRIT_CARRIED.match(label)
    if carried:  # 认真做好全国教育大会精神贯彻工作 was round s's R: the verb goes first
        spirit = carried["spirit"]
        return (f"深入贯彻{spirit}", f"认真学习贯彻{spirit}", f"全面贯彻落实{spirit}")
    eased = _eased(label)
    if eased:
        return eased
    opening = _PUT_IN_USE.match(label)
    if opening:  # 新建学校启用: 进一步新建学校启用 was round p's G
        what, verb = opening["what"], opening["verb"]
        return (f"确保{what}按期{verb}", f"做好{what}{verb}准备", f"扎实做好{what}{verb}工作")
    if label.endswith("项目"):
        return (f"加快{label}建设", f"抓好{label}建设", f"推进{label}建设")
    people_or_ways = _members_or_ways_headings(label)
    if people_or_ways:
        return people_or_ways
    if _PROGRAMME.search(label):
        # 扎实推进全面改薄 passed round l's readers; 稳妥推进 a programme was round q's R
        return (f"扎实推进{label}", f"抓好{label}项目实施", f"加快{label}项目建设")
    pair = _STRENGTH_AND.match(label)
    if pair:
        first, second = pair["first"], pair["second"]
        return (
            f"抓好{first}提升和{second}",
            f"推进{first}提升和{second}",
            f"扎实做好{first}提升和{second}工作",
        )
    ends = _NAME_ENDS_IN_VERB.match(label)
    if ends:
        return _verb_first(ends["what"], ends["verb"])
    return ()


def _eased(label: str) -> tuple[str, ...]:
    """缓解…压力, 补齐…短板: the verb the head noun takes, once (缓解缓解… was round ab's G)."""
    for pattern, verbs in _EASED:
        if pattern.search(label) and label.startswith(verbs[0]):
            return (label, f"着力{label}", f"切实{label}")
        if pattern.search(label):
            return tuple(f"{verb}{label}" for verb in verbs)
    return ()


def _verb_first(what: str, verb: str) -> tuple[str, ...]:
    """义务教育巩固 → 持续巩固义务教育成果; 普惠扩容 → 推动普惠资源扩容."""
    if verb == "巩固":
        return (f"持续巩固{what}成果", f"巩固提高{what}水平", f"扎实做好{what}巩固工作")
    if verb == "扩容":
        resource = what if what.endswith(("资源", "学位")) else f"{what}资源"
        return (f"推动{resource}扩容", f"持续扩大{resource}", f"加快{resource}扩容")
    if verb == "提质":
        return (f"推动{what}提质增效", f"加快{what}提质增效", f"扎实推进{what}提质增效")
    if verb in ("提质扩容", "扩容提质"):  # 县域普通高中提质扩容 (round ab's 提质资源扩容: G)
        return (f"推动{what}{verb}", f"加快{what}{verb}", f"扎实推进{what}{verb}")
    if verb == "攻坚":
        return (f"打好{what}攻坚战", f"全力推进{what}攻坚", f"扎实推进{what}攻坚")
    return (f"推动{what}提升", f"着力推动{what}提升", f"持续推动{what}提升")


# Round l's readers (R, G) struck headings made by putting 做好/推进 before a name whatever it
# names: 切实做好学龄人口变化应对, 扎实做好教育强省评估指标工作, 稳妥推进隐形变异培训,
# 切实做好十三五教育规划工作, 认真做好开学第一课工作, 扎实做好校园周边工作, 加快推进欺凌
# 防治. A name's head noun says what is done with it: a response is made (积极应对…), a plan
# drafted or carried out by its years, an evaluation met, a problem treated (治理), a quality
# raised, a lesson given, surroundings cleaned up, two things weighed together (统筹).
_RESPONSE = re.compile(r"^(?P<what>.{2,})应对$")
_PLAN = re.compile(
    # 编制 said first is drafting too (编制“十六五”教育规划: round ac's 抓好编制…规划实施 was G)
    r"^(?P<first>编制|制定|修编)?(?P<what>.*?规划)(?P<drafting>编制)?(?P<doing>实施|落实|执行)?$"
)
_FIVE_YEAR = re.compile(r"(?<![“\"])十([一二三四五六七八九])五(?![”\"])")
_EVALUATION = re.compile(
    r"^(?P<what>.{2,}?)(?P<tail>评估指标|督导评估|评估验收|评估|验收|督导检查)$"
)
_PROBLEM = re.compile(r"隐形变异|违规|乱收费|有偿补课|校园贷|超标|变相")
_PREVENTION = re.compile(r"(?:防治|防控|预防)$")
# A name's end or its words, and the three headings each takes ({} is the name).
_THING_FRAMES = (
    (re.compile(r"^[“\"]?双减[”\"]?$"), ("深入落实“双减”", "持续深化“双减”", "纵深推进“双减”")),
    (re.compile(r"沉迷"), ("切实防止{}", "有效预防{}", "坚决防止{}")),
    (re.compile(r"欺凌$"), ("加强{}防治", "有效防治{}", "坚决遏制{}")),
    (re.compile(r"(?:排查|专项行动|整治行动)$"), ("扎实开展{}", "深入开展{}", "全面开展{}")),
    (re.compile(r"(?:振兴|转型|共育|融合|提质)$"), ("扎实推进{}", "加快推进{}", "深入推进{}")),
    (
        re.compile(r"(?:数字|信息|现代|智能|法治|标准|特色|多样|国际|均等)化$"),
        ("加快推进{}", "深入推进{}", "扎实推进{}"),
    ),
    (re.compile(r"化办学$"), ("深化{}", "扎实推进{}", "规范推进{}")),
    (re.compile(r"减负$"), ("推动{}落地", "抓好{}", "切实推进{}")),
    (re.compile(r"心理健康$"), ("加强{}教育", "抓好{}教育", "重视学生{}")),
    (re.compile(r"供给$"), ("扩大{}", "增加{}", "优化{}")),
    (re.compile(r"引领$"), ("强化{}", "坚持{}", "发挥{}作用")),
)
_HEALTH = re.compile(r"(?:近视|肥胖|脊柱侧弯|龋齿)$")
_QUALITY = re.compile(r"(?:质量|水平|能力|素养|素质)$")
_LESSON = re.compile(r"(?:第一课|思政课|主题教育|主题班会|国防教育课)$")
_SURROUNDINGS = re.compile(r"周边$")
_TWO_THINGS = re.compile(r"^[^与和及、]{2,8}与[^与和及、]{2,8}$")
_FIVE_YEAR_DIGITS = {
    "一": 1,
    "二": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}


def quoted_plan(name: str) -> str:
    """十六五教育规划 → “十六五”教育规划 (a plan's period is quoted: round l's R)."""
    return _FIVE_YEAR.sub(lambda m: f"“{m.group()}”", name)


def _plan_ahead(name: str, year: int) -> bool:
    """Whether a 十X五 plan named is the next one (十六五 in 2030: still to be drafted)."""
    found = _FIVE_YEAR.search(name) or re.search(r"十([一二三四五六七八九])五", name)
    if not found or not year:
        return False
    first_year = 2006 + 5 * (_FIVE_YEAR_DIGITS[found.group(1)] - 1)  # 十一五 began in 2006
    return year < first_year


def headings_by_kind(label: str, year: int = 0, drafting: bool = False) -> tuple[str, ...]:
    """Headings for a name whose head noun says what is done with it (see above), or ().
    ``drafting``: a plan is still being drafted at the meeting date (not yet in force)."""
    plan = _PLAN.match(label)
    if plan:
        what = quoted_plan(plan["what"])
        drafting = drafting or bool(plan["drafting"] or plan["first"])
        if drafting or (_plan_ahead(label, year) and not plan["doing"]):
            return (f"高质量编制{what}", f"科学编制{what}", f"扎实推进{what}编制")
        if plan["doing"]:  # 扎实做好十六五教育规划实施工作 was round x's R: the verb goes first
            doing = plan["doing"]
            return (f"全面{doing}{what}", f"扎实推进{what}{doing}", f"认真{doing}{what}")
        return (f"抓好{what}实施", f"推动{what}落地见效", f"扎实推进{what}实施")
    response = _RESPONSE.match(label)
    if response:
        what = response["what"]
        return (f"积极应对{what}", f"科学应对{what}", f"主动应对{what}")
    evaluation = _EVALUATION.match(label)
    if evaluation:
        if evaluation["tail"] == "评估指标":
            return (f"对标{label}补齐短板", f"对照{label}查漏补缺", f"逐项落实{label}")
        # the clerk's 迎接国家均衡评估 is not greeted twice (高标准迎接迎接…: round t0's G)
        what = label.removeprefix("迎接")
        return (f"全力迎接{what}", f"高标准迎接{what}", f"扎实做好{what}迎检")
    return _headings_by_thing(label)


def _framed(frame: str, label: str) -> str:
    """A frame's words before the name are not said twice where the name opens with them
    (重视学生{} over the clerk's 学生心理健康: 重视学生学生心理健康, the merged tree's
    district report)."""
    before = frame.split("{}", 1)[0]
    for size in range(min(len(before), len(label)), 1, -1):
        if before.endswith(label[:size]):
            return before + label[size:] + frame.split("{}", 1)[1]
    return frame.format(label)


_AID_SUM = re.compile(r"资助(?:资金|经费|金额)")


def _headings_by_thing(label: str) -> tuple[str, ...]:
    if _TWO_THINGS.match(label) and not MEASURE_VERB.match(label):
        # two works (控辍保学与学生资助) are each said with a verb; two things weighed together
        # (人口变化与学校布局) are 统筹'd. 通盘谋划 + a column's name was no heading (round ap's R)
        return pair_headings(label, own_headings) or (
            f"统筹{label}",
            f"科学统筹{label}",
            f"统筹考虑{label}",
        )
    for pattern, frames in _THING_FRAMES:
        if pattern.search(label):
            return tuple(_framed(frame, label) for frame in frames)
    if _PREVENTION.search(label):
        return (f"加强{label}", f"深化{label}", f"扎实抓好{label}")
    if _PROBLEM.search(label) and not label.endswith(_ACTIVITY + _ACTIVITY_MORE):
        return (f"严厉治理{label}", f"加强{label}治理", f"深入整治{label}")
    if _HEALTH.search(label):
        return (f"加强{label}防控", f"抓好{label}防控", f"扎实做好{label}防控工作")
    if _QUALITY.search(label):
        return (f"着力提升{label}", f"全面提高{label}", f"持续提升{label}")
    if _LESSON.search(label):
        return (f"上好{label}", f"精心上好{label}", f"认真组织{label}")
    if _SURROUNDINGS.search(label):
        return (f"整治{label}环境", f"加强{label}环境治理", f"净化{label}环境")
    return ()


# A name ending in a process (布局调整, 校舍修复, 名师培养) is carried forward; one ending in a
# hazard or a guard against it (冬季消防, 地质灾害防范) is guarded against. Round j's readers
# struck 统筹抓好…有关工作 / 抓好…相关工作, the fallback these replace (R, S: 24 of 34).
_PROCESS = (
    # round ad's R: 扎实做好高等教育内涵发展工作 (a development is pushed forward, not 做好…工作)
    "发展",
    "调整",
    "优化",
    "改造",
    "修复",
    "转岗",
    "提质",
    "验收",
    "撤并",
    "培养",
    "防治",
    "巩固",
    "扶持",
    "调配",
    "应用",
    "推广",
    "清理",
    "创建",
    "提升",
    "扩容",
    "改薄",
    "整改",
    "培训",
    "交流",
    "轮岗",
    "招聘",
    "补充",
    "评估",
    "认定",
    "达标",
    "迁建",
    "扩建",
    "新建",
    "共建",
)
_UNSETTLING = ("调整", "撤并", "转岗", "轮岗", "交流", "调配", "迁建", "优化")
_INTO_A_PLACE = re.compile(r".{2,}进(?:课堂|校园|学校|社区|家庭|乡村|头脑|教材)$")
_GUARD = ("消防", "防范", "溺水", "防汛", "防火", "疫情")
# A thing in use that is managed safely, and verbs a name may end in (round x's R)
_IN_USE = ("交通", "接送", "用电", "用气", "取暖", "供暖")
_DOING = ("收尾", "实施", "执行", "发放", "开展", "衔接", "落地", "运行", "核查", "审批")
# Names ending in a doing that takes no 工作: built, reformed, governed, managed
_BUILT = ("建设", "改革", "治理", "管理", "防控", "督导", "监管", "整治")


# More activities than an area label names (责任追究, 校园周边整治), and verbs that open a
# clerk's name but no point (凝聚合力); what a school or a facility takes; a thing's own verb.
_ACTIVITY_MORE = ("整治", "监管", "服务", "帮扶", "攻坚", "行动", "工程", "评价", "考核")
# A battle the name already says is to be won (打赢教育脱贫攻坚战, 打好防溺水攻坚战).
_BATTLE = re.compile(r"^(?P<how>坚决|全力|合力|奋力)?(?:打赢|打好|决战|决胜)")
_VERB_MORE = re.compile(r"凝聚|弘扬|汇聚|激发|减轻|控制|缩小|守护|守牢|提振|应对|预防|防止")
_FACILITY = (
    (
        (
            "学校",
            "中学",
            "小学",
            "中心",
            "基地",
            "平台",
            "教学点",
            "校区",
            "幼儿园",
            "校园",
            "队伍",
            # round q: 切实做好城乡教育共同体工作 (a community of schools is built up)
            "共同体",
            "联合体",
            "联盟",
            # round v: 一是安全设施取得积极进展 (things are built and equipped)
            "设施",
            "设备",
            "装备",
        ),
        "建设",
    ),
    (("食堂", "宿舍", "校车", "校舍", "周转房", "供餐", "食堂卫生"), "管理"),
)
_OWN_VERB = {
    "责任": "压实",
    "秩序": "维护",
    "计划": "实施",
    "经费": "落实",
    "落实": "狠抓",
    "问责": "严肃",
    "示范区": "建设",
    "精神": "弘扬",
    "清单": "落实",
    "制度": "完善",
    "机制": "健全",
    "体系": "构建",
    "班额": "控制",
    "一体化": "推进",
    "应对": "做好",
    "关爱": "加强",
    "环境": "整治",
    "追究": "严肃",
    "的领导": "加强",  # round ag's G: 切实做好党对教育工作的领导工作
    "全面领导": "加强",  # 党对教育工作的全面领导 (round w's S: 一是要党对教育工作的全面领导)
    # round x's R: 做好…工作 around a thing that takes its own verb (师德师风第一标准工作,
    # 编制周转池工作, 职业技能人才工作, 教师住房工作, 职称评聘向乡村倾斜工作)
    "第一标准": "坚持",
    "周转池": "用好",
    "人才": "培养",
    "住房": "保障",
    "倾斜": "推动",
}


def _not_of_declined(units: list[Unit], item: TaskItem) -> list[Unit]:
    """The units (or headings) that speak of no works the clerk answered none of (创建任务要落到
    每个班级, 深化民族团结进步创建 over 民族团结进步示范学校数: 无, round au's A); possibly none."""
    words = _declined_works_words(item)
    if words is None:
        return units
    return [u for u in units if not any(words.search(w) for w in u.wordings)]


def _declined_works_words(item: TaskItem) -> re.Pattern[str] | None:
    """The words by which a unit speaks of works the clerk answered none of (无, 0): the
    works' own noun (示范学校 of 民族团结进步示范学校数) and, for works that are created or
    built, 创建/新建 itself; None where nothing was declined."""
    if not item.declined or item.area is None:
        return None
    words: set[str] = set()
    for key in item.declined:
        spec = item.area.fact(key)
        label = spec.label if spec else key
        whole = re.sub(r"(?:人数|个数|数|目标)$", "", label)
        noun = re.sub(r"^(?:新建|创建|新增)", "", whole)
        # a short noun (项目 of 新建项目数) is said of much else: the whole name then
        words.add(re.escape(noun[-4:] if len(noun) >= 4 else whole))
        if re.search(r"示范|创建|特色", label):
            words.add("创建")
        if label.startswith("新建"):
            words.add(re.escape(f"新建{noun[-4:]}"))
            # the works by their kind (新建改扩建公办幼儿园数: 无 — 新建公办园: round dk's 15, F A,
            # 对新建公办园…确保按时开园 where the clerk built none)
            core = re.sub(r"^(?:新建改扩建|新建|改扩建)", "", whole)
            if len(core) >= 2:
                words.add(re.escape(f"新建{core[:2]}"))
        if label.startswith("特色"):
            # a school's feature is also said as its direction (特色高中创建数: 无 — round cq's 01, A:
            # 各高中要根据自身基础选准一个方向深耕)
            words.add("特色|一校一品|错位发展|选准(?:一个)?方向")
    return re.compile("|".join(sorted(words)))


def own_topic(label: str) -> str:
    """A priority's name as a heading's object: 燃气安全工作, 人工智能教育工作, 学校布局调整."""
    return f"{label}工作" if label.endswith(_ACTIVITY) and not label.endswith("工作") else label


# An area label that names an activity reads with 工作 (学前教育工作); one that names a
# state or a thing (办学条件, 教育质量) reads with 方面.
_ACTIVITY = ("教育", "治理", "建设", "防控", "管理", "改革", "保障", "资助", "督导", "安全", "工作")

# How a plain review lead says the work went without claiming a gain: varied, once each.
# 扎实推进 and 持续加强 are heading frames (restate.HEADING_FRAMES), said once a draft;
# the others carry none.
# a line on what is done after the meeting closes its part: never in a part's lead (say)
_STEADY = ("扎实推进", "持续加强", "统筹推进", "有序开展", "有力推进")
# a label that says only when and how far (今年已完成情况, 年度工作进展情况), no topic
_STATUS_ONLY = re.compile(
    r"^(?:今年|本年度?|年度|上半年|全年|年内|截至目前)?(?:以来)?已?"
    r"(?:完成|进展|推进|开展|落实|工作)?(?:情况)?(?:工作)?$"
)
_DONE_WELL = re.compile(r"已完成|全部完成|全面完成|超过|超额")
# a review area the clerk named by its state (没有完成的, 未完成任务): what the year missed
_UNDONE_LABEL = re.compile(
    r"^(?:没有|没|未|尚未)(?:按期|如期)?完成(?:的)?(?:工作|任务|事项|目标|指标)?(?:工作)?$"
)
# A programme named as one (…行动, …工程, …计划) and how it went: carried out, never 工作.
_NAMED_PROGRAMME = re.compile(r"(?:行动|工程|计划)$")
_PROGRAMME_STEADY = ("深入实施", "扎实推进", "有效实施", "稳步推进")
_RECORD_STEADY = ("取得新成效", "取得明显成效")
# no record claimed over odds and ends or a year that missed some of its targets (round bx's
# 02, S: （一）主要工作有序开展 over the targets not reached)
_NOT_ALL_DONE = re.compile(r"没有完成|未完成|没有按|只完成|尚未|差距|其他各项|主要工作")
# A pair of points said one after another (要…；同时，要…), not as a list.
PAIR = "pair"
# the frames slots that are a part's heading (concluding_remarks.h2, safety.heading3)
_PART_HEADING_SLOT = re.compile(r"\.(?:h\d|heading\d)")
# characters in a row of a part heading's first clause a later heading's may not say again
PART_ECHO = 4
# The nouns that name a section's topic: a section heading saying one its part heading says
# repeats the part (round aw's D, S: 作风 under 作风, 合力 under 合力)
SECTION_NOUNS = re.compile(r"作风|合力|担当|纪律")
# …and 责任, for a section under its part only (round bd's 11, 12, 21: （一）强化责任担当… under
# 三、健全责任体系…, D S): a part heading on 责任 stays free to stand over the responsibility family
SECTION_ECHO_NOUNS = re.compile(r"作风|合力|担当|纪律|责任")
ECHO_CLAUSE = 5
_NOT_HAN_CHARS = re.compile(r"[^\u4e00-\u9fff]+")
_TEMPLATE_TAGS = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.DOTALL)


@lru_cache(maxsize=4096)  # pure: asked of every part heading for every run (speed21)
def _first_clause(text: str) -> str:
    return re.split(r"[，,：:；]", _TEMPLATE_TAGS.sub("", text), maxsplit=1)[0]


@lru_cache(maxsize=4096)  # pure: ~500 calls a warm draft, ~80 texts (speed21)
def _han_only(text: str) -> str:
    return _NOT_HAN_CHARS.sub("", text)


# part headings said over the clerk's own tasks: the safeguards of a leading group's third
# part, the school opening's order part over its tasks other than safety (school_opening.j2)
_PART_OVER_TASKS = {"leading_group.h3": "safeguards", "school_opening.heading3": "order"}
_COUNTS = {2: "两", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七", 8: "八", 9: "九", 10: "十"}


# A task named for a span of years (三年攻坚, 五年行动, 2033—2035年, “十五五”): the figures
# it gives are the span's, not the year's (round z's A)
# a plan sentence whose subject is the place (今年全县计划…): a figure it leads needs a lead
_PLACE_PLANS = re.compile(
    r"^(?:今年|全年|年内|本学年)?(?:全(?:省|市|州|盟|县|区|旗|乡|镇|苏木|自治区))?(?:全年)?计划"
)
_SPAN_OF_YEARS = re.compile(
    r"[三五]年(?:攻坚|行动|计划|规划)|\d{4}\s*[—–\-－~～至到]\s*\d{2,4}年|十[四五六七]五"
)


_STATE_SPLIT = re.compile(r"目前|现有|当前|已|为|达到|\d")
_MEASURE_TAIL = re.compile(
    r"(?:覆盖率|达标率|普及率|巩固率|配备率|入学率|入园率|比例|占比|比重|率)$"
)


# what follows the things held when they are a point's subject (校车要…, 校车每学期…): not a
# noun run on (寄宿生周末接送 is a work named, 要抓好 before it)
_SUBJECT_THEN = "要|应|须|必须|每|都|一律|全部|统一|严格"


# a town's government as the clerk calls it among colleagues (乡里负责征地, 镇里为每位在岗教师
# 办理体检): in a speech it is named (乡政府), its secretary does not say 乡里 (round ap's R)
_TOWN_SELF = re.compile(r"(?:乡|镇|苏木)里(?=负责|为|每年|要|将|统筹|组织|牵头)")

# the level's whole place before its schools, in a wording's code (全乡各学校)
_ALL_SCHOOLS = re.compile(r"w\.all ~ '各学校'")


def _stock_fits(held: Sequence[str], point: str) -> bool:
    """Whether what the place has (校车1260辆) goes before a point: one that counts something
    of its own, or whose subject is the things held (校车要每学期检测一次)."""
    if _COUNTED_POINT.search(point):
        return True
    nouns = [re.sub(r"\d.*$", "", plain(stock)) for stock in held]
    return any(
        len(noun) >= 2 and re.match(rf"{re.escape(noun)}(?:{_SUBJECT_THEN})", point)
        for noun in nouns
    )


def _measure_in(state: str, point: str) -> bool:
    """Whether a point speaks of a present level's measure (标准班额达标率目前为88% before 要逐校
    化解标准班额): the measure's name without its rate word, three characters or more, in it."""
    measure = _MEASURE_TAIL.sub("", _STATE_SPLIT.split(plain(state), maxsplit=1)[0])
    measure = re.sub(r"^全[省市州盟县区旗乡镇]", "", measure)
    return len(measure) >= 3 and measure in point


def _same_measure_or_thing(state: str, planned: str) -> bool:
    """Whether a plan is of a present level's measure (_measure_head_in) or counts the same
    things (续建项目现有9个 and 新建项目5个: 项目): then the level leads it."""
    if _measure_head_in(state, planned):
        return True
    # (现有续建项目9个: the measure after 现有, before its number)
    head, *rest = _STATE_SPLIT.split(plain(state), maxsplit=1)
    measure = head or (re.split(r"\d", rest[0], maxsplit=1)[0] if rest else "")
    measure = re.sub(r"^(?:全[省市州盟县区旗乡镇])?(?:现有)?", "", _MEASURE_TAIL.sub("", measure))
    return len(measure) >= 4 and measure[-2:] in plain(planned)


def _measure_head_in(state: str, point: str) -> bool:
    """Whether a point names the head of a present level's measure (普通话 of 普通话普及率目前为
    85% in 实施学前学会普通话行动): its first three characters, the place and quotes aside —
    a shared common word (幼儿园 of 普惠性幼儿园覆盖率 in 落实公办幼儿园…政策) is not enough
    (round ak's G)."""
    measure = _STATE_SPLIT.split(plain(state), maxsplit=1)[0]
    measure = re.sub(r"^全[省市州盟县区旗乡镇]|[“”\"]", "", measure)
    return len(measure) >= 4 and measure[:3] in point.replace("“", "").replace("”", "")


# the deeds a plan's count follows in a frame (今年补充高中教师…, 今年要新创建…): only before one
# is 今年 said 计划 (今年民族团结进步示范学校要达到… names no deed: 计划… would not read)
_PLAN_DEEDS = "(?:计划|新补充|补充|新创建|创建|新建|改扩建|新增|完成|安排|招聘|招收|建成|培训|资助|排查|整改|选派|交流)"


def plan_not_dated(source: str, planned: Collection[str], plan_word: str = "计划") -> str:
    """A frame's 今年 (今年要) in the clause of a fact the clerk gave as 计划N, with no year,
    said 计划: 计划补充高中教师36名, not 今年补充高中教师36名 (round ap's A: the plan may span
    years). Before any other word the year goes: 今年要推动…达到计划的3所 is 要推动…达到 (round
    bg's A). ``plan_word``: 要 where a leader sets the plan (要补充高中教师36名: round dd's 01,
    R — 计划补充… read as an office's report), 计划 in a bureau's."""
    for key in _keys_printed(source, planned):
        # 今年的教师全员培训要达到…, 今年教育系统共排定…: the year is dropped, the plan said
        source = re.sub(
            r"(^|[，。；：])今年(?:的)?(?=教师|教育系统)(?=[^，。；{]*" + _fact_of(key) + ")",
            r"\1",
            source,
        )
        # a deed naming whom it counts (今年交流轮岗的{fact}教师中，要让…): 计划 before it, whoever
        # speaks (round di's 01, G — 要交流轮岗的70名教师中，要让…, read as a charge)
        source = re.sub(
            r"(^|[，。；：])(?:今年|全年|年内)(?:要)?(?:计划)?(?="
            + _PLAN_DEEDS
            + r"[^，。；{]*的"
            + _fact_of(key)
            + ")",
            # (a leader names them without the office's 计划: round dd's 01, R)
            r"\1" + ("计划" if plan_word == "计划" else ""),
            source,
        )
        source = re.sub(
            # (and a deed done over the year: 年内开展…检查, 全年组织…培训 of 计划48次, 计划9800人次 —
            # round by's 06, R: 开展校外培训专项检查48次。 said bare)
            r"(^|[，。；：])(?:今年|全年|年内)(?:要)?(?:计划)?(?=(?:"
            + _PLAN_DEEDS
            + r"|开展|组织|实施|举办)"
            # (not before the frame's own 预计: 计划资助学生预计达到… said the plan twice)
            + r")(?![^，。；{]*预计)(?=[^，。；{]*"
            + _fact_of(key)
            + ")",
            r"\1" + plan_word,
            source,
        )
        # a clause that opens with the deed itself (资助学生…, 培训教师…): 计划 before it (rounds
        # bl's 01, bm's 13 and bn's 01, R — 资助学生3.3万人次，… read as a bare figure)
        source = re.sub(
            r"(^|[，。；：])(?=(?:资助|培训)[^，。；{]{0,6}" + _fact_of(key) + ")",
            r"\1" + plan_word,
            source,
        )
    # a frame's own 今年计划配备… (配备 no deed of the list: 计划 itself was taken as one)
    return year_not_ours(source.replace("计划计划", "计划"), planned)


def _keys_printed(source: str, keys: Collection[str]) -> list[str]:
    """The keys whose fact ``source`` prints: every pattern of plan_not_dated and
    year_not_ours looks ahead to one, and building them for each key of every wording a
    draft met cost a warm draft some 4 ms (issue 13)."""
    return [key for key in keys if _fact_code(key) in source]


def _keys_with_a_year_word(source: str, keys: Collection[str]) -> list[str]:
    """_keys_printed, when ``source`` says a year word at all (year_not_ours drops one)."""
    if "今年" not in source and "全年" not in source and "年内" not in source:
        return []
    return _keys_printed(source, keys)


def _fact_code(key: str) -> str:
    """A template's ``{{ fact("key") }}``, as a wording prints it."""
    return '{{ fact("' + key + '") }}'


def _fact_of(key: str) -> str:
    """The pattern of a template's ``{{ fact("key") }}``, which the year words above look ahead to."""
    return re.escape(_fact_code(key))


def _undated_facts(area: Area | None, facts: Mapping[str, str]) -> set[str]:
    """The facts whose names say no year (年内排查整改…数 says its own)."""
    return {
        key
        for key in facts
        if not _A_YEAR_NAMED.search(spec.label if area and (spec := area.fact(key)) else key)
    }


_A_YEAR_NAMED = re.compile(r"年内|今年|年度|全年|本年")
# a few people named by their count (三位从教30年的老师, 发言的四位老师, 受表彰的5名教师)
_PEOPLE_COUNTED = re.compile(
    r"^[^，；。]{0,12}?[一二两三四五六七八九十\d]{1,3}(?:位|名|个)[^，；。]{0,12}?(?:老师|教师|校长|同志|代表)$"
)
_FRAME_SAID_AGAIN = re.compile(r"(?P<word>[\u4e00-\u9fff]{2,4})的(?P<open>\ue000)?(?P=word)(?=\d)")
_VERB_SAID_AGAIN = re.compile(r"(?P<word>力争|争取|确保|计划)(?P<open>\ue000)?(?P=word)")
_A_YEAR_OR_PLAN = re.compile(r"年内|今年|年底|年度|全年|本年|计划|力争|争取|拟")


def _undated_rates(area: Area | None, facts: Mapping[str, str]) -> set[str]:
    """The rates among ``facts`` the clerk gave with no year and no plan word (达到88%, 90%):
    _undated_facts's, less any whose value says when or that it is planned."""
    if area is None:
        return set()
    return {
        key
        for key in _undated_facts(area, facts)
        if (spec := area.fact(key)) is not None
        and spec.unit == "%"
        and not _A_YEAR_OR_PLAN.search(str(facts[key]))
    }


# a frame line's opening on the occasion (_occasion_said_once)
# (the template's pieces in the literal marks: 在第35个教师节\ue000来临\ue001之际)
_OCCASION_FIRST = re.compile(
    r"^(\ue000)?(?:在|值此)[^，。！]{2,24}之际，(?(1)\ue001)(?=\ue000?[我请在向首])"
)
# (or names the day it is held for: 庆祝第51个教师节, round bu's 24)
_OCCASION_SAID = re.compile(r"之际|第[\ue000\ue001\d]+个教师节")
# an aim over several years (_aims_span_years)
_YEARS_SPANNED = re.compile(r"用(?:[两二三四五]|\d)年(?:左右)?(?:的)?时间|(?:[两二三四五]|\d)年内")
_BY_A_YEAR = re.compile(r"到(20\d\d)年")


def year_not_ours(source: str, keys: Collection[str]) -> str:
    """A frame's 今年 or 全年 in the clause of a fact of ``keys`` dropped, the demand kept:
    今年要推动…达到3所 of a profile's 计划3所 is 要推动…达到3所 (round bg's A: the clerk gave
    no year)."""
    for key in _keys_with_a_year_word(source, keys):
        # 今年的目标是X达到… without its year is no sentence (round dc's 14 and 08, R: 目标是学生心理
        # 健康测评覆盖率达到100%, 任务是劳动教育实践基地达到1个): the aim said as the work towards it
        source = re.sub(
            r"(^|[，。；：])(?:今年|全年|年内)的(?:主要)?(?:目标|任务)是(?=(?:(?!\{\{ fact)[^，。；])*达到"
            + _fact_of(key)
            + ")",
            r"\1要推动",
            source,
        )
        source = re.sub(
            # (after the clause's own demand too: 要确保今年标准班额达标率达到98%, round bu's 11)
            r"(^|[，。；：])((?:要)?(?:确保|力争)?)(?:今年|全年|年内)(?:的)?(?=(?:(?!\{\{ fact)[^，。；])*"
            + _fact_of(key)
            + ")",
            r"\1\2",
            source,
        )
        # inside the clause before its deed too (校外培训专项检查全年安排6次, 年内开展…: round bh's
        # 16, A — the profile gave 计划6次)
        source = re.sub(
            r"(?:今年|全年|年内)(?=(?:要)?(?:"
            + _PLAN_DEEDS
            # (or before the level it reaches: 教育集团今年要达到14个 of 计划14个, round bu's 11, A)
            + r"|开展|组织|实施|举办|达到|发展到|增加到|增至|提高到|覆盖)(?:(?!\{\{ fact)[^，。；])*"
            + _fact_of(key)
            + ")",
            "",
            source,
        )
    return source


# A clerk's 拟 is his office's draft word: a leader who reads it out speaks as the one who
# proposes, not decides (rounds de and df, five lines: 市长讲话不宜说“拟”, 书记讲话用“拟”, 拟年内
# 全部移交 “是文员底稿用语”). Who acts is said as decided (拟由X牵头 → 由X牵头); an aim with its
# time or its deed is striven for (拟年内全部移交 → 力争年内全部移交). A 拟 before what is still
# to be studied (拟开学后两周内研究), a proposal of a rate (拟提高到60分) or a list of names
# stays the clerk's.
_PROPOSED_DOER = re.compile(r"拟(?=由[^，；。]{2,20}?(?:牵头|负责|会同|研究|统筹|组织))")
_PROPOSED_AIM = re.compile(
    r"(?<![模虚])拟(?=(?:年内|年底前|明年|今年|上半年|下半年|每学期|每年|\d{1,2}月)"
    r"|新建|改扩建|建成|完成|全部|派驻|实现|引进|招聘|补充|新增|争取)"
    r"(?![^，；。【]{0,16}(?:研究|商定|商量|讨论))"
)


def leader_decides(point: str) -> str:
    """A leader's voice for the clerk's 拟 (_PROPOSED_DOER, _PROPOSED_AIM)."""
    point = _PROPOSED_DOER.sub("", point)
    return _PROPOSED_AIM.sub(lambda m: "" if point[m.end() :].startswith("争取") else "力争", point)


# the catalogue's yearly count of hazards found and put right (年内排查整改校园安全隐患数)
# (the catalogue's own name only: a clerk's field of his own, 排查整改场地隐患数, keeps his words)
_HAZARD_FIELD = re.compile(r"^(?:年内)?排查整改校园安全隐患")
_HAZARD_DEED = re.compile(r"排查整改(?=[^，；。\d]{0,12}隐患|\d)")


def _field_of(item: TaskItem, key: str) -> tuple[str, str]:
    """A task fact's Chinese label and its field's unit: the bank's key (inclusive_coverage)
    is a name for templates, never a word of the speech."""
    spec = item.area.fact(key) if item.area else None
    return (spec.label, spec.unit) if spec else (key, "")


_QUANTITY = re.compile(r"\d+(?:\.\d+)?(?:万|亿)?(?:个|所|名|人次|人|项|套|台|间|家|辆|元|%)")


def _stated_by_a_point(clause: str, label: str, points: Sequence[str]) -> bool:
    """Whether one of the section's points already says a plan figure's quantities beside a
    word of its name (新建项目数 17个 in …其中续建14个、新建17个…)."""
    quantities = _QUANTITY.findall(clause)
    name = label.removesuffix("数").removesuffix("率")
    words = {name[i : i + 2] for i in range(len(name) - 1)}
    return bool(quantities) and any(
        all(q in plain(p) for q in quantities) and any(w in p for w in words) for p in points
    )


# the counting leads (重点抓好N件事：) a draft says at most; later lists are numbered with none
_LIST_LEADS_A_DRAFT = 2


def point_list_leads(count: int, first: bool, bureau: bool) -> tuple[str, ...]:
    """The leads a list of ``count`` points may take: they count the items (抓好三件事),
    never 具体来说 or 以下几项 (round l's R); one opening its section does not go on from a
    sentence before it (在具体措施上 would); a bureau's report says what it will do. The
    leads are data (templates/norms/lead_frames.yaml: list_leads, bureau_list_leads); which
    of them a list takes is _point_list's budget (each family once a draft, none as a leader's
    section's first line)."""
    n = _COUNTS.get(count, "几")
    frames = load_lead_frames()
    if bureau:  # three families, each said once a draft (_point_list: round al's D)
        leads = frames.bureau_list_leads
    elif count == 2:
        # two points are said as two sentences: 重点抓好两件事：一是…；二是… stamped on section
        # after section was what readers of rounds ak–am named first as the machine's mark
        return (PAIR,)
    else:
        leads = tuple(o for o in frames.list_leads if not (first and o.startswith(_LINKS)))
    return tuple(lead.replace("N", n) for lead in leads)


# the words a lead goes on from a sentence before it with (在具体措施上，落到具体工作上，)
_LINKS = ("在具体", "落到", "具体")


# A state's result said by its own verb after it, subject first (办学条件持续改善, not
# 取得积极进展; 教育质量稳步提升, not 狠抓教育质量 nor 教育质量提升工作统筹推进): the gain
# where the evidence shows one, else a result that claims none.
_STATE_HEADS = (
    ("质量", "稳步提升", "保持稳定"),
    ("条件", "持续改善", "不断完善"),
    ("水平", "稳步提升", "保持稳定"),
    ("环境", "持续优化", "不断完善"),
    ("成果", "持续巩固", "持续巩固"),
    ("经费", "保障有力", "保障有力"),  # 教育经费取得积极进展 (round aa's R)
    ("投入", "持续加大", "保障有力"),
    # (学校面貌工作持续加强 was round ba's G, read in draft 23)
    ("面貌", "明显改善", "持续改善"),
    ("待遇", "稳步提高", "得到保障"),
    # (round bu's 01, 12, 13, S: 五是五年补充教师… with no claim beside 一是…持续改善)
    ("队伍建设", "不断加强", "不断加强"),
    ("办学特色", "更加鲜明", "更加鲜明"),
)


# other words for the same gain, for a second state in one draft (_state_once)
_STATE_ALTERNATES: dict[str, tuple[str, ...]] = {
    "稳步提升": ("持续提高", "不断提升"),
    "持续改善": ("不断改善", "明显改善"),
    "持续优化": ("不断优化",),
    "保持稳定": ("总体稳定",),
    # (three 成果持续巩固 headings in one report: round cd's 14 once its plain lines were filed)
    "持续巩固": ("不断巩固", "进一步巩固"),
}


def _gain_of(state: str) -> str | None:
    """The gain a state ends with that another word may say (_STATE_ALTERNATES), or None."""
    return next((g for g in _STATE_ALTERNATES if state.endswith(g)), None)


def _state_head(base: str, evidence: str) -> str | None:
    """教育质量稳步提升 where the evidence shows a rise in a measure of quality, 教育质量保持
    稳定 where it does not; None for a name that is no state."""
    for end, gain, modest in _STATE_HEADS:
        if base.endswith(end):
            said = base + gain
            if end == "投入" and not _MORE_SPENT.search(evidence):
                # a sum spent is no rise (round aw's line 教育投入持续加大，上半年…已拨付2.1亿元)
                return base + modest
            # a record is a gain too (高考本科上线人数创历史新高 is no 保持稳定)
            # (a sort the state's own name says is no claim: 学前教育普及普惠水平 over a rise of
            # 毛入园率 — stop 62, where 保持稳定 denied the rise the figure showed)
            record = _A_RECORD.search(evidence) and not claims_unsupported(base, evidence, base)
            return said if record or not claims_unsupported(said, evidence, base) else base + modest
    return None


# a full rate said as kept (保持100%): a result to hold, not where the year's work starts
_KEPT_FULL = re.compile(r"保持(?:在)?100(?:\.0+)?%")
# A present level of a rate that can only rise, below full (配备率目前为86%: figure_place._RAISED)
_RAISED_LEVEL = re.compile(
    r"^.*(?:覆盖率|达标率|入学率|巩固率|普及率|参与率|使用率|建校率|完成率|办结率|配备率)目前为"
    r"(?!100(?:\.0+)?%)"
)
# The lead a plan sentence may open with: a topic (化解大班额，) or a charge (要抓好…，) before
# the place or the year (_led_plan)
_PLAN_LEAD = re.compile(r"^(?:要)?[^，。；【\d]{2,16}，(?=今年|全年|年内|本学年|全|计划)")


def _without_lead(planned: str) -> str:
    """A plan sentence without the lead _led_plan put before it: after a present level of
    the same things it needs none (全市续建项目现有17个，今年全市计划新建项目22个)."""
    return _PLAN_LEAD.sub("", planned, count=1)


_MORE_SPENT = re.compile(r"增长|增加|提高|比上年|较上年|同比|首次|突破|新高")
_A_RECORD = re.compile(
    r"新高|创历史|历史最好|最好成绩|前移|进位|位次上升|全部通过|全面通过"
    # an evaluation passed is a level reached (round bu's 01: 通过省级优质均衡发展督导评估)
    r"|通过[^，。；]{0,24}(?:评估|认定|验收)"
    # a title won is a level reached too (round by's 08 and 01: …全部进入国家“双优”建设名单,
    # 被认定为省级示范性中等职业学校)
    r"|进入国家|入选|被(?:认定|评|命名)为"
)


# A lead claiming all of it over a figure of 100% says the figure twice (round l's D, G).
_FULL_FIGURE = re.compile(r"(?<![\d.])100(?:\.0+)?%")
_ALL_OF_IT = re.compile(r"全覆盖|应开尽开|应助尽助|应入尽入|应接尽接")
_ONE_SENTENCE = 48
# A sum spent (教育支出, 教育投入): its figure names the area by itself.
_SUM_FIGURE = re.compile(r"(?:支出|投入|总投资|经费总额)$")
_SHORT_LABEL = 6
_TURNS_TO_TOPIC = re.compile(r"^[^，；。]{2,10}方面，")
# What a sum spent shows, said before it when it stands alone as an item.
_SUM_SHOWS = "教育经费保障有力，"
# An area a profile files its miscellany under: no topic a speaker names (二是综合取得…);
# the same names context reads as odds and ends
_GENERIC_AREA = ODDS_AREA
# a review point scoped to some of a whole (发言的教师代表中，…; 受表彰的教师中，…)
_SCOPED = re.compile(r"^[^，；。]{2,14}(?<!其)中，")


# An area named by a body of people or by a problem is no work that can progress
# (乡村教师取得积极进展, 大班额取得积极进展 were round s's G): the work on it is named.
_WORK_ON_NAME = (
    (("教师", "老师", "校长", "班主任"), "队伍建设"),
    (("大班额", "大校额"), "化解工作"),
    (("近视",), "防控工作"),
    # round ae's R: 三是防溺水取得积极进展 (a danger warded off is no work that progresses)
    (("防溺水", "防欺凌", "防性侵", "防诈骗"), "工作"),
    (("留守儿童", "困境儿童", "残疾儿童"), "关爱保护工作"),
    (("随迁子女",), "入学保障工作"),
    (("困难学生", "贫困学生"), "资助工作"),
    (("安全隐患",), "排查整改工作"),
    # round z's G and R: 教师待遇工作有力推进, 学生体质工作持续加强, 教师周转宿舍工作扎实推进,
    # 教育家精神工作持续加强: a pay, a body's health, a building and a spirit are no work
    (("待遇",), "保障工作"),
    (("体质",), "健康促进工作"),
    (("周转宿舍", "周转房", "教师公寓"), "建设"),
    (("精神",), "宣传弘扬工作"),
    # round ab's R: 教师队伍工作有序开展 (a body is built: 教师队伍建设), 教师收入工作扎实推进,
    # 教育强市工作, 普通高中工作 (a strong city is built, a school stage is taught)
    (("队伍",), "建设"),
    (("收入",), "保障工作"),
    # round ag's G: 教师生活取得积极进展 (a life is no work that progresses)
    (("生活",), "保障工作"),
    (("强市", "强县", "强区", "强省", "强旗", "强州", "强盟", "强镇", "强乡"), "建设"),
    (("高中",), "教育工作"),
)
# a name that is only the thing (round as's G: 二是学位取得积极进展: places are supplied)
_WORK_ON_WHOLE = {"学位": "学位供给", "公办学位": "公办学位供给", "城区学位": "城区学位供给"}


def _work_on(label: str) -> str | None:
    """乡村教师 → 乡村教师队伍建设, 大班额 → 大班额化解工作; None for a name that is work. A
    name that ends in its verb (学龄人口变化应对) says the verb first (应对学龄人口变化工作:
    （一）学龄人口变化应对取得积极进展 was round z's R)."""
    if label.endswith(_VERB_LAST) and len(label) > 4:
        return f"{label[-2:]}{label[:-2]}工作"
    if label.endswith(_ACTION_LAST) and _NAMED_ACTION.match(label):
        # 县中提升工作有力推进 (round m's R): 县中提升行动; only a programme that has that name
        # (round bi's 01, 13, 14, A: 教育教学质量提升行动, an action nobody launched)
        return f"{label}行动"
    carried = _CARRIED_OUT.match(label)
    if carried and label.endswith("精神"):  # 全面贯彻…大会精神 → …大会精神贯彻落实工作
        return f"{label[carried.end() :]}贯彻落实工作"
    if label in _WORK_ON_WHOLE:
        return _WORK_ON_WHOLE[label]
    return next((label + work for ends, work in _WORK_ON_NAME if label.endswith(ends)), None)


_VERB_LAST = ("应对",)
_ACTION_LAST = ("提升", "振兴")
_NAMED_ACTION = re.compile(
    r"^(?:县中|县域高中|县域普通高中|乡村教育|乡村学校|薄弱学校|学前教育发展|特殊教育发展)"
)
_CARRIED_OUT = re.compile(r"^(?:全面|深入|认真)?(?:学习)?(?:贯彻|落实|宣传)+")


def _lead_topic(label: str) -> str:
    """The area as a lead's subject: 学前教育工作, 大班额化解工作 as it is, 其他各项工作 for a
    miscellany, the work on people or a problem (乡村教师队伍建设, 大班额化解工作), and a
    noun with 工作 (校车工作) so that the clause after it reads."""
    if _GENERIC_AREA.match(label):
        return "其他各项工作"
    label = _one_of_overlapping(label)
    if label.endswith("建设"):
        return label  # 平安校园建设取得新成效, not …建设工作
    work_on = _work_on(label)
    if work_on:
        return work_on
    # a place or a thing is built or run, not worked (寄宿制学校工作统筹推进, 校车工作有序
    # 开展: round ab's R): 寄宿制学校建设, 校车管理
    built = next((label + noun for ends, noun in _FACILITY if label.endswith(ends)), None)
    return built or (label if label.endswith("工作") else f"{label}工作")


def _one_of_overlapping(label: str) -> str:
    """A catalogue name of two names of one thing (校园安全与平安校园建设) as its second: said
    whole before 工作取得新成效 it read 校园 twice (round cf's 01 and 06, R: 校园安全与平安校园
    建设工作 — “两处‘校园’叠用，拗口”)."""
    first, joined, second = label.partition("与")
    if not joined or len(first) < 2 or len(second) < 2:
        return label
    shared = {first[i : i + 2] for i in range(len(first) - 1)} & {
        second[i : i + 2] for i in range(len(second) - 1)
    }
    return second if shared else label


# A task, a plan or its close: what is completed (“十四五”收官圆满完成)
_A_TASK = re.compile(r"(?:收官|任务|规划|目标|工程|项目|计划|行动)$")


# A figure that opens with its place (全县…, 市一中…) needs no 全县 before it.
_NAMES_PLACE = re.compile(
    "(?:"
    + re.escape(LITERAL_OPEN)
    + ")?"
    + r"(?:全|[省市州盟县区旗乡镇]|[^，。]{1,6}[省市州盟县区旗乡镇](?!级))"
)


def _claimed_topic(label: str) -> str:
    """What a claim of progress is said of: a body of people or a kind of school is built
    (教师队伍建设取得积极进展: 教师队伍取得积极进展 was struck, round i's R); people and
    problems by the work on them (乡村教师队伍建设, 大班额化解工作)."""
    work_on = _work_on(label)
    if work_on:
        return work_on
    for endings, noun in _FACILITY:
        if label.endswith(endings):
            return label + noun
    return own_topic(label)


# Where a national rule's requirement starts (不低于当地公务员…, 只增不减, 不少于360学时): a
# clerk's achievement that says it of the place states the rule met, not a result of the
# year (round ab's R: 二是全县教师工资收入水平不低于当地公务员平均工资收入水平).
_RULE_COMPARISON = re.compile(r"不低于|不少于|不超过|不早于|只增不减")
_RULE_TAIL = 8
# …already said as met, or as the requirement it is
_RULE_MET = re.compile(r"落实|实现|执行|达到|保持|兑现|确保|要求|标准|规定")
# a point that says the rule's aim was met after it (…不低于…的目标基本实现): said as written
# (round af's G: 落实了…的目标基本实现的要求)
_AIM_MET = re.compile(
    r"(?:目标|要求)(?:基本|全面|如期)?(?:实现|达到|完成|落实)"
    # a result over years is a fact (round ae's G: 落实了…连续五年不低于…的要求)
    r"|连续[一二三四五六七八九十两\d]+年"
)


@cache
def _rule_tails() -> tuple[str, ...]:
    """The first words of every national rule's requirement (norms/rules.yaml)."""
    tails = []
    for rule in load_rules():
        for match in _RULE_COMPARISON.finditer(rule.text):
            tails.append(rule.text[match.start() :][:_RULE_TAIL].split("，")[0])
    return tuple(dict.fromkeys(tails))


def _review_point(point: str, day: datetime.date) -> str:
    """A review's point as the clerk wrote it; one that states a national rule as the
    place's result is said as the rule met (落实了…不低于…的要求), and an opening the
    meeting's date has not reached yet as what is to come (秋季将如期开学)."""
    point = point_now_said(_by_short_names(_not_yet(point, day)))
    policy = rule_met_said(point)  # …不低于…已全面落实: the policy is the subject (round an)
    if policy is not None:
        return literal(policy)
    at = min((point.find(t) for t in _rule_tails() if t in point), default=-1)
    if at < 0 or _RULE_MET.search(point[:at]) or "落实" in point or _AIM_MET.search(point):
        return literal(point)
    if _STATUS_SAID.search(point[at:]) or _HELD_FOR.search(point) or "，" in point:
        # …不低于…的目标基本实现, …连续五年不低于…, …不低于…，连续三年通过省级核查: the
        # point says its own result; 落实了…基本实现的要求 and 落实了…连续五年不低于…的要求
        # were rounds af's and ae's G (a fact forced into the frame of a rule)
        return literal(point)
    return f"落实了{literal(point)}的要求"


# a point that says what became of the rule itself (…的目标基本实现, …已经实现)
_STATUS_SAID = re.compile(r"(?:基本|全面|已经|已)?(?:实现|达到|完成|落实到位)$")
# a rule held for a span: a result, not the rule (连续五年不低于…)
_HELD_FOR = re.compile(r"连续(?:[一二三四五六七八九十两\d]+|多)年|多年来|始终|年年|保持")
# separators a clerk may type between a rule's clauses
_RULE_SEPARATORS = re.compile(r"[，、,；]")


@cache
def _short_names() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Each rule with a name a speaker says it by (norms/rules.yaml ``short``), as a pattern
    of its whole text, any separator between its clauses, quoted or not."""
    found = []
    for rule in load_rules():
        if rule.short:
            parts = [re.escape(p) for p in _RULE_SEPARATORS.split(rule.text) if p]
            found.append((re.compile("“?" + "[，、,；]".join(parts) + "”?"), rule.short))
    return tuple(found)


def _by_short_names(point: str) -> str:
    """A clerk's point that pastes a rule's whole text, said by the rule's name (全面落实
    “两个只增不减” for 全面落实一般公共预算教育支出逐年只增不减、按在校学生人数平均的…)."""
    for pattern, short in _short_names():
        point = pattern.sub(short, point)
    return point


# An opening in the autumn term said as done (梅岭实验学校…暑期完工，秋季如期开学 at an August
# meeting: round ab's F): at a summer meeting, whose review is the school year now ending, it
# is what will happen (a spring meeting's 秋季 is last year's, long done; 2026年9月 is dated).
_AUTUMN_OPENING = re.compile(
    r"(?<![将已年])(?P<when>秋季|秋季学期|9月|九月|新学年)(?P<how>如期|按时|正常|顺利)?"
    r"(?P<what>开学|投用|投入使用|启用|招生|开园)"
)
_SUMMER = range(6, 9)


def _not_yet(point: str, day: datetime.date) -> str:
    """秋季如期开学 → 秋季将如期开学 at a meeting in June, July or August; where 开学 only
    dates the deed (秋季开学投入使用), the deed is what is to come: 秋季开学时将投入使用
    (秋季将开学投入使用 was round af's G)."""
    if day.month not in _SUMMER:
        return point
    point = _AUTUMN_OPENING.sub(lambda m: f"{m['when']}将{m['how'] or ''}{m['what']}", point)
    return _OPENING_DATES.sub(lambda m: f"{m['when']}开学时将{m['what']}", point)


_OPENING_DATES = re.compile(
    # (全部投入使用: round ba's G, 秋季将开学全部投入使用)
    r"(?P<when>秋季|9月|九月|新学年)将开学(?P<what>(?:全部|全面|正式|如期)?(?:投入使用|投用|启用|招生|开园))"
)


def _said_in_first_clause(name: str, first: str) -> bool:
    """Whether the first clause said after a head says the head's name again: five
    characters or more, or a quoted name (实现“阳光招生”全覆盖)."""
    name = re.sub(r"(?:工作|建设)$", "", name).replace("“", "").replace("”", "")
    clause = re.split(r"[，；。]", first)[0]
    if len(name) < 4 or name not in clause.replace("“", "").replace("”", ""):
        return False
    return len(name) >= 5 or f"“{name}”" in clause


def _head_topic(achievement: AchievementItem, first: str) -> str | None:
    """What a summary before the achievement's points names: its label, or where the first
    clause after it says the label again, the area's own name (公费师范生 → 教师队伍建设);
    None where that is said again too, or there is no area."""
    label = achievement.area_label
    if not _said_in_first_clause(_lead_topic(label), first):
        return label
    area = achievement.area
    if area is None:
        return None
    short = re.split(r"[与和及]", area.label)[0]
    if not shares_a_word(short, (first,)):
        # the bank area's name says nothing the point says (round ag's G: 义务教育优质均衡工作
        # 统筹推进，牧区3所寄宿制学校完成供暖改造): no lead
        return None
    return None if _said_in_first_clause(short, first) or short in first else short


_TIME_OPENS = re.compile(
    # a year named first (2017年全市学校…: 全市2017年全市 was round ag's G)
    r"^(?:\d{4}年(?:以来|全年|度)?|上半年|下半年|今年以来|今年|去年|全年|一年来|近年来|近三年|过去一年|过去一学年|"
    r"(?:春季|秋季|上|本)学期|暑期|暑假|寒假|(?=\d{1,2}(?:至|到|—|-)\d{1,2}月))"
    # and its months (今年1至10月，全县…: round bk's 09, G — 全县今年1至10月，全县…)
    r"(?:\d{1,2}(?:至|到|—|-)\d{1,2}月份?)?"
    # with its comma (2020年以来，全县三年累计…: round bc's G, 一是全县2020年以来，全县…)
    r"[，,]?"
)


# A figure's name that says only a result, not of what (本科上线, 完成投资): in a run with no
# lead its area says it (round ag's R and F: 本科上线1318人 with no 高考; 全县完成投资2.6亿元
# read as the county's whole investment)
_RESULT_ONLY = re.compile(r"^(?:本科上线|一本上线|二本上线|重点线上线|上线|完成投资|投资|总投资)$")


def _area_first(a: AchievementItem, run: str) -> str:
    """The run with its area's name before it where its first figure's name says only a
    result (高考本科上线1318人, 项目建设完成投资2.6亿元); else as it is."""
    if a.points or not a.figures or _GENERIC_AREA.match(a.area_label) or not run:
        return run
    if not _RESULT_ONLY.match(a.figures[0].label) or plain(run).startswith(a.area_label):
        return run
    return a.area_label + run


# a season said again at a clause of the same sentence (暑期完成…改造，暑期维修改造投入1280万元:
# round ag's R, two 暑期 in one sentence): said once, where it first stands
_SEASON_AGAIN = re.compile(
    r"(?<=[，；])(?P<open>"
    + LITERAL_OPEN
    + r")?(?P<season>暑期|暑假|寒假|汛期)(?!期间|前|后|以来|里|中)(?=[^，；。]{2})"
)


def one_season(text: str) -> str:
    """Each season word said once a sentence at the head of its clauses."""
    out = []
    for sentence in re.split(r"(?<=。)", text):

        def drop(match: re.Match[str], sentence: str = sentence) -> str:
            again = match["season"] in sentence[: match.start()]
            return (match["open"] or "") if again else match.group()

        out.append(_SEASON_AGAIN.sub(drop, sentence))
    return "".join(out)


# A review's claim that opens with what was done (通过…验收, 完成…投资): it needs a subject.
_OPENS_WITH_DEED = re.compile(
    r"^(?:顺利|圆满|全面|成功)?(?:通过|完成|实现|建成|新建|创建|获评|获得|荣获|入选|争取)"
)


def _names_own_place(first: str, place: str) -> bool:
    """Whether a point opens with the place (全县…), after a time word (上半年全省…), or with
    its level as an organ (镇财政…, 县城…): the place is not said before it again."""
    if _TIME_CLAUSE_FIRST.match(first) or _MONTH_CLAUSE_FIRST.match(first):
        # a time clause first (去年以来，全市新增…; 2016年以来，三年累计…): the place is the
        # clause's after it, or none (round cj's 16, 15 and 01, G: 全市去年以来，全市…)
        return True
    first = _TIME_OPENS.sub("", first)
    if place in re.split("[，；]", first, maxsplit=1)[0][:10]:
        return True  # 中考全县平均分…: not 全县中考全县平均分 (round ai's G)
    if _BODY_FIRST.match(first):
        return True  # 去年领导小组开了4次全体会议: not 全旗去年领导小组… (round cf's 03, G)
    # a point that opens where it happened (在芦岙工作了三十一年的…), or names the place's own
    # school or organ in its first sentence (今年中考，镇初中有37名…): not 全镇在…, 全镇今年中考，镇
    # 初中… (round cl's 16, G)
    if first.startswith("在") or re.search(
        re.escape(place[1:]) + _OWN_INSTITUTION, re.split("[。；]", first, maxsplit=1)[0]
    ):
        return True
    return first.startswith(place) or first.startswith(place[1:])


_OWN_INSTITUTION = r"(?:初中|中学|中心小学|中心学校|中心校|中心幼儿园|一中|二中|政府|财政)"


# a clause of time alone before the first comma (去年以来，…; 今年春季学期以来，…; 2016年以来，…)
_TIME_CLAUSE_FIRST = re.compile(
    r"^(?:\d{4}年|今年|去年|上年|本学年|本学期|今年春季学期|今年秋季学期|春季学期|秋季学期|"
    r"[一两二三四五]年|近[一两二三四五]年|\d{4}年春季学期|\d{4}年秋季学期)(?:以来|来)[，,]"
)
# a month alone before the first comma (去年11月，我县以…; 2027年9月，…): the clause after it
# names its own subject (round cr's 01 and 13, G: 全县去年11月，我县以全省第三名的成绩…)
_MONTH_CLAUSE_FIRST = re.compile(
    r"^(?:\d{4}年|今年|去年|上年)?\d{1,2}月(?:\d{1,2}日)?(?:份|以来|底|初|上旬|中旬|下旬)?[，,]"
)
# a body that is a point's own subject, after its time word (去年领导小组…, 今年成员单位…)
_BODY_FIRST = re.compile(r"^(?:领导小组|各?成员单位|督查室|督导室|教育督导委员会)")


def _first_said(achievement: AchievementItem) -> str:
    """An achievement's first point, or its first figure as the review says it."""
    if achievement.points:
        return _by_short_names(achievement.points[0])
    figures = achievement.figures
    return review_figure(figures[0].label, figures[0].value) if figures else ""


def _evidence(achievement: AchievementItem) -> str:
    """What an achievement's points and figures state, for a lead's claims to be held to."""
    return "，".join((*achievement.points, *(f.label + f.value for f in achievement.figures)))


def _names_first(lead: str, first: str) -> bool:
    """Whether a review lead's subject (its words before the judgement, without 工作/建设) is
    what the first thing said after it opens with, four characters or more."""
    subject = lead_topic(lead).split("，")[0]
    subject = re.sub(r"(?:工作|建设)$", "", subject).replace("“", "").replace("”", "")
    if len(subject) < 4:
        return False
    # or says it again in its first clause (阳光招生取得新进展，…招生实现“阳光招生”全覆盖:
    # round ab's D)
    clause = re.split(r"[，；。]", first.replace("“", "").replace("”", ""))[0]
    # a reform's name without 改革 (市管校聘改革深入推进，市管校聘交流轮岗教师…: round af)
    name = re.sub(r"(?:改革|要求|政策).*$", "", subject)
    return first.startswith(subject) or subject in clause or (len(name) >= 4 and name in clause)


# a four-character name of a stage or a body a lead and its point may both say (义务教育…,
# 乡村教师…): a field's name, not an echo; longer runs and other words are
_FIELD_WORD = re.compile(r"^.{2}(?:教育|学校|教师|学生|幼儿|工作|建设|管理|发展)$")


def _lead_echo(lead: str, point: str, least: int = 4) -> str:
    """The words a lead says that its point says too (疫情期间, 形势总体平稳), ``least``
    characters or more; "" for none."""
    shared = shared_words(plain(lead).replace("“", "").replace("”", ""), plain(point))
    return "" if len(shared) < least or _FIELD_WORD.match(shared) else shared


def _quoted_in(lead: str, point: str) -> bool:
    """Whether a term the lead quotes (“两个只增不减”) is quoted in the point too."""
    return any(f"“{term}”" in point for term in re.findall(r"“([^”]{2,12})”", lead))


def _claim_echo(lead: str, point: str) -> bool:
    """Whether the point says the lead's claim again, up to its end (校园安全形势总体平稳 over
    上半年全省学校安全形势总体平稳); a subject both name (公办幼儿园学位有效扩容 over 新开办
    公办幼儿园4所; 学生心理健康工作有力推进 over 学生心理健康测评…) is no echo of the claim."""
    said = plain(lead).replace("“", "").replace("”", "").rstrip("。，")
    shared = _lead_echo(said, point)
    return bool(shared) and said.endswith(shared)


# a time the point opens with, said again in the lead's topic (疫情期间线上教学工作…，疫情期间…)
_TIME_WORD = re.compile(r"(?:期间|时期|汛期|暑期|寒假|暑假|学期)$")


def _area_topic(label: str) -> str:
    """在校车安全方面: the area's name without a 工作 that 方面 would double."""
    return label.removesuffix("工作") or label


def _claims_more(lead: Unit, evidence: str, topic: str = "") -> bool:
    """Any of the lead's wordings claims a rise, a record or a sort of school the evidence
    (or, for the sort, the area's name) does not state."""
    return any(claims_unsupported(text, evidence, topic) for text in lead.wordings)


def _text(unit: Unit) -> str:
    return unit.text


def _heading_ideas(heading: Unit) -> frozenset[str]:
    """The meaning groups any wording of a heading says (restate.ideas_in)."""
    return frozenset().union(*(ideas_in(text) for text in heading.wordings))


def _names_the_meeting(item: TaskItem, name: str) -> bool:
    """Whether the meeting's name names the task or its area: by what is known before any
    sub-topic is chosen, so that the verdict is one whether asked while the families are being
    chosen (_required) or after (_assembled)."""
    words = [
        item.label,
        item.title or "",
        *((item.area.label, *item.area.aliases) if item.area else ()),
    ]
    return any(len(word) >= 2 and word in name for word in words)


_BARE_DOUBLE_REDUCTION = re.compile(r"(?<!“)双减(?!”)")
# a meeting named for the autumn holiday ahead (国庆节前, 中秋国庆期间)
_HOLIDAY_AHEAD = re.compile(r"国庆|中秋")


def _one_general_line(pieces: list[Piece]) -> list[Piece]:
    """The pieces carrying a given figure, and the first of the others only."""
    return _general_lines(pieces, 1)


# the bank's lines a leading group's key task keeps beside the clerk's points
_GROUP_GENERAL_LINES = 2


def _general_lines(pieces: list[Piece], count: int) -> list[Piece]:
    """The pieces carrying a given figure, and the first ``count`` of the others only."""
    general = [p for p in pieces if not p.unit.facts][:count]
    return [p for p in pieces if p.unit.facts or any(p is g for g in general)]


def families_named(area: Area | None, texts: Sequence[str]) -> frozenset[str]:
    """The area's sub-topics whose names (a family's aliases of two characters or more)
    the texts say."""
    if area is None:
        return frozenset()
    # asked of the same bank wordings in every draft (about 1,800 searches a draft): kept
    # by the area's id and the texts, with the area, so that no other object takes the id
    key = (id(area), tuple(texts))
    kept = _FAMILIES_NAMED.get(key)
    if kept is not None and kept[0] is area:
        return kept[1]
    named = frozenset(
        family.key
        for family in area.families
        if any(len(alias) >= 2 and alias in text for alias in family.aliases for text in texts)
    )
    if len(_FAMILIES_NAMED) >= _MAX_FAMILIES_NAMED:  # a long-running web face: start afresh
        _FAMILIES_NAMED.clear()
    _FAMILIES_NAMED[key] = (area, named)
    return named


_FAMILIES_NAMED: dict[tuple[int, tuple[str, ...]], tuple[Area, frozenset[str]]] = {}
_MAX_FAMILIES_NAMED = 8192


def fact_topics(area: Area | None, spec: FactSpec) -> frozenset[str]:
    """The sub-topics (family keys) a fact is of: those the bank files it under, else those
    its name names (学校食堂明厨亮灶覆盖率: the canteen's); none for a figure of the whole area."""
    if spec.families:
        return frozenset(spec.families)
    return families_named(area, (spec.label,))


def broad_families(area: Area) -> frozenset[str]:
    """The area's families named by every part of the area's own name (平安校园 and 校园安全
    of 校园安全与平安校园建设: the duty family's aliases): its headings (织密平安校园防护网,
    筑牢校园安全屏障) cover every sub-topic. Not one half of a two-part area (学生资助 of
    控辍保学与学生资助)."""
    cores = [re.sub(r"(?:建设|工作)$", "", part) for part in re.split(r"[与和]", area.label)]
    cores = [core for core in cores if len(core) >= 2]
    if not cores:
        return frozenset()
    return frozenset(
        family.key for family in area.families if all(core in family.aliases for core in cores)
    )


def _points_elsewhere(item: TaskItem, family: Family) -> bool:
    """Whether most of the clerk's points that name a sub-topic of the area name others
    than ``family``, two of them at least: the family's heading would stand over them."""
    named = [families_named(item.area, (point,)) for point in item.points]
    elsewhere = sum(1 for keys in named if keys and family.key not in keys)
    home = sum(1 for keys in named if family.key in keys)
    return elsewhere >= 2 and elsewhere > home


def _names_whole(item: TaskItem) -> bool:
    """Whether the clerk's name for a task is a word of the area's own name (教师队伍 of 教师
    队伍建设与师德师风, 义务教育 of 义务教育优质均衡, 党建 of 党的全面领导和学校党建): it names
    every sub-topic, not one half of the area (学生资助 of 控辍保学与学生资助) nor a word the
    area's name does not say (县域高中 of 县域普通高中发展)."""
    if item.area is None:
        return True
    halves = re.split(r"[与和]", item.area.label)
    if item.label in halves[1:]:
        return False  # 学生资助 of 控辍保学与学生资助, 产教融合 of 职业教育与产教融合
    return item.label in item.area.label  # 党建 of 党的全面领导和学校党建: the area's words


def _naming_the_task(headings: Sequence[Unit], item: TaskItem) -> list[Unit]:
    """The headings that say a word of the clerk's own name for the task beyond its area's
    (学位 of 2030年秋季学位保障 or 城区学位攻坚): the section is about what the clerk named,
    not what another heading of its sub-topic promises (round ae's S: 规范招生入学，守住标准班额
    底线 over a task named 学位保障). None where the name is the area's own."""
    name = " ".join((item.label, item.title or ""))
    if item.area is None:
        return []
    if not specific_words(name, item.area):
        # a word of the area's own that is not its full name (县域高中 of 县域普通高中发展): the
        # headings saying it word for word (round af's S: the clerk's 县域高中 nowhere in its
        # section's heading)
        label = item.label
        if item.title or label == item.area.label:
            return []
        return [h for h in headings if any(label in text for text in h.wordings)]
    named = figure_words(name)
    return [h for h in headings if named & figure_words(h.text)]


def _said_elsewhere(item: TaskItem, family: Family) -> bool:
    """Whether a point or a figure of the task names only sub-topics of its area other than
    ``family`` (区管校聘 or 新补充教师 beside 培训; 劳动教育实践基地 beside 体育), or a point
    names none: one sub-topic's heading would not cover it (rounds ad and ae's S)."""
    area = item.area
    if area is None:
        return False
    named = [families_named(area, (point,)) for point in item.points]
    if any(not keys for keys in named):
        # a point naming none of the area's sub-topics (推进市职教城二期建设) is no more the
        # family's than another's: 打造高水平职教师资 over it was round ae's S
        return True
    for key in item.facts:
        spec = area.fact(key)
        label = spec.label if spec else key
        named.append(
            frozenset(spec.families) if spec and spec.families else families_named(area, (label,))
        )
    return any(keys and family.key not in keys for keys in named)


def _leads_about(leads: Sequence[Unit], achievement: AchievementItem) -> list[Unit]:
    """The leads that share most telling words with the achievement's points and figure
    labels; none when no lead shares any."""
    about = pairs_in("，".join((*achievement.points, *(f.label for f in achievement.figures))))
    about -= COMMON_PAIRS
    scored = [
        (max(len(pairs_in(lead_topic(w)) & about) for w in lead.wordings), lead)
        for lead in leads
        if any(_head_said(w, about) for w in lead.wordings)
    ]
    best = max((score for score, _ in scored), default=0)
    return [lead for score, lead in scored if score == best] if best else []


# what a lead's subject ends in that is no thing of its own (智慧校园建设: the thing is 校园)
_TOPIC_TAIL = re.compile(r"(?:建设|工作|水平|成果|成效|体系|能力|覆盖面|应用|改革)+$")


def _head_said(wording: str, about: frozenset[str]) -> bool:
    """Whether a lead speaks of what the achievement says: two of its words shared, or its
    head noun (校园 of 智慧校园建设). One word shared that is not its head named another thing
    (round ag's G: 智慧校园建设取得新进展 over 国家智慧教育平台注册师生168万人)."""
    topic = re.split(r"[，,]", lead_topic(wording).strip("，"), maxsplit=1)[0]
    shared = pairs_in(topic) & about
    if not _TOPIC_TAIL.search(topic):  # a judgement (办学差距进一步缩小, 形势总体平稳): as scored
        return True
    head = _TOPIC_TAIL.sub("", topic)[-2:]
    return len(shared) >= 2 or head in shared or not shared


# Unit.admitted, kept for the process: a batch asks it of the same units every draft. By
# the unit's id, which no other object can take while the entry holds the unit itself
# (hashing a unit's fields each time cost as much as the lookup saved).
_ADMITTED: dict[
    tuple[int, str, str, str, datetime.date, bool, frozenset[str]], tuple[Unit, bool]
] = {}
_MAX_ADMITTED = 50_000


def _admitted(
    unit: Unit,
    kind: str,
    role: str,
    level: str,
    day: datetime.date,
    group_named: bool = False,
    situation: frozenset[str] = frozenset(),
) -> bool:
    key = (id(unit), kind, role, level, day, group_named, situation)
    kept = _ADMITTED.get(key)
    if kept is None:
        if len(_ADMITTED) >= _MAX_ADMITTED:  # a long-running web face: start afresh
            _ADMITTED.clear()
        kept = _ADMITTED[key] = (
            unit,
            unit.admitted(kind, role, level, day, group_named, situation),
        )
    return kept[1]


# The units of a tuple the bank holds that a speaker may say (Unit.admitted), by the
# tuple's id and the speaker: what a draft filters again and again is filtered once a
# process. The entry holds the tuple, so no other object takes its id while it is kept.
_Speaker = tuple[str, str, str, datetime.date, bool, frozenset[str]]
_ADMITTED_UNITS: dict[tuple[int, _Speaker], tuple[tuple[Unit, ...], tuple[Unit, ...]]] = {}


# what _Speech._against_current does to a target's value
_RISES, _BELOW, _REACHED = "rises", "below", "reached"
_FITS: dict[_Speaker, dict[int, tuple[Unit, list[str]]]] = {}
_MAX_SPEAKERS = 64


def _fits_of(speaker: _Speaker) -> dict[int, tuple[Unit, list[str]]]:
    """The wordings each unit's speaker may say (_Speech._fit), kept for every draft of
    the same speaker: whether a wording is usable depends on the speaker, level, date and
    named schemes only, never on what the draft has said. A batch's drafts share one."""
    fits = _FITS.get(speaker)
    if fits is None:
        if len(_FITS) >= _MAX_SPEAKERS:  # a long-running web face: start afresh
            _FITS.clear()
        fits = _FITS[speaker] = {}
    return fits


# The people a task's name may be about beyond its area (教师课后服务补助 is the teachers'
# pay for after-school hours, not the pupils' after-school care): round s's readers struck
# 办好课后服务，解决家长接送难题 over a teachers' day priority on 教师课后服务补助.
_PEOPLE_NAMED = re.compile(r"教师|校长|班主任|保育员|教职工")


def _speaks_of(family: Family, specific: str) -> bool:
    """Whether the family's names and headings speak of the people ``specific`` (what the
    task's name says beyond its area) names: a family about others is not the task's."""
    people = set(_PEOPLE_NAMED.findall(specific))
    if not people:
        return True
    said = " ".join((*family.aliases, *(w for h in family.headings for w in h.wordings)))
    return all(who in said for who in people)


def _admitted_units(units: tuple[Unit, ...], speaker: _Speaker) -> tuple[Unit, ...]:
    key = (id(units), speaker)
    kept = _ADMITTED_UNITS.get(key)
    if kept is None or kept[0] is not units:
        if len(_ADMITTED_UNITS) >= _MAX_ADMITTED:  # a long-running web face: start afresh
            _ADMITTED_UNITS.clear()
        admitted = tuple(u for u in units if _admitted(u, *speaker))
        kept = _ADMITTED_UNITS[key] = (units, admitted)
    return kept[1]


# The Party committee and the government of the meeting's own place (省委、省政府, 县政府,
# 自治区党委): no speaker at its meeting is above them, so what the clerk writes they do is
# announced (将), not ordered (要) (round v's L: a leading group's head, the 省委副书记,
# saying 省委、省政府要出台…的实施意见; round w's: 区委常委会要每半年专题听取…).
_OWN_BODIES = re.compile(
    r"(?:(?:[省市州县区旗盟]委|自治区党委)(?:常委会|[、和](?:[省市州县区旗盟]|自治区)(?:人民)?政府)?"
    r"|(?:[省市州县区旗盟]|自治区)(?:人民)?政府)"
)


# what the speaker's own body's deed may open with besides a verb: when and how often
_OWN_BODY_WHEN = re.compile(
    r"(?:每|定期|年内|今年|明年|全年|\d|[一二三四五六七八九十]+月|分片|分组|带队|"
    + load_point_verbs().any("body_deeds")
    + ")"
)


def _announced_of_own_bodies(head: str, infix: str, tail: str) -> str:
    """要 → 将 (要在 → 将在) after the place's own committee or government as the subject;
    kept where the clerk's words go on with 将 (…要将教育列入…: 将将 would not read)."""
    if infix not in ("要", "要在") or not _OWN_BODIES.fullmatch(head) or tail.startswith("将"):
        return infix
    return "将" + infix.removeprefix("要")


# What a bureau's or a school's head does not order, he announces (voice15, round ac's L): a
# peer department the clerk names as the actor (州市场监管局要会同教育部门开展…专项检查 from a
# 州教育局局长: 将), and, from a deputy, the leadership he belongs to (厅领导要分片包干 from a
# 副厅长: 厅领导将分片包干).
_PEER_ACTOR = re.compile(
    r"(?:自治区|[省市州盟县区旗])?(?:交通运输|财政|公安|卫生健康|卫健|住建|住房城乡建设|人社|自然资源"
    r"|市场监管|发改|发展改革|民政|应急管理|文旅|编制|机构编制|消防救援|交警|公安交管)"
    r"(?:局|厅|委|办|部门|支队|大队)?"
)
_OWN_LEADERSHIP = re.compile(r"(?:厅|局)(?:党组|党委)?(?:领导|班子|领导班子)(?:成员)?(?:每人)?")


def _announced_of_others(
    head: str, infix: str, tail: str, role: str, situation: frozenset[str]
) -> str:
    """要 → 将 where a bureau-like speaker's subject is a peer department, or his own
    leadership and he does not head it (situation ``heads_leadership``)."""
    if infix not in ("要", "要在") or tail.startswith("将") or role not in BUREAU_LIKE:
        return infix
    peer = _PEER_ACTOR.fullmatch(head) is not None
    own = _OWN_LEADERSHIP.fullmatch(head) is not None and "heads_leadership" not in situation
    return "将" + infix.removeprefix("要") if peer or own else infix


def _item_salt(salt: str, item: TaskItem) -> str:
    """A task's wording is seeded by what it is, not where it stands: templates pass
    "title3" for the third priority, and dropping the second must not reword the third
    (``update`` merges the clerk's edits by that wording)."""
    return salt.rstrip("0123456789") + ":" + item.label


# (控制在控制在5%以内, 今年安排达到11.8亿元: round bu's 02 and 16, G; 安排 before the clerk's own
# 达到 only: 要力争安排51亿元 keeps it — round bi's test)
_LEAD_VERB = (
    r"(?:要达到|确保达到|力争达到|达到|不低于|不少于|提高到|提升到|保持在|稳定在|为|控制在)"
)
_DOUBLED_VERB = re.compile(
    _LEAD_VERB
    + "(?="
    + LITERAL_OPEN
    + VERB_LED.pattern.lstrip("^")
    + ")|安排(?="
    + LITERAL_OPEN
    + "(?:达到|提高到|增加到))"
)
# a level kept is ensured, not pushed (推动九年义务教育巩固率保持100%: rounds cr's 17 and ct's 05 and
# 17, G — "推动巩固率保持100%搭配别扭")
_PUSHED_TO_KEEP = re.compile(
    r"推动(?=[^，。；" + re.escape(LITERAL_OPEN) + r"]{2,24}?" + re.escape(LITERAL_OPEN) + r"保持)"
)
# the clerk's 计划达到40% after the bank's 达到 (round bb's G: 覆盖率达到计划达到40%): his verb says it
_PLANNED_AFTER_VERB = re.compile(
    "(?:"
    + _LEAD_VERB
    + ")(?P<open>"
    + re.escape(LITERAL_OPEN)
    + ")计划(?=达到|提高到|提升到|控制在|保持在)"
)
_FULL = LITERAL_OPEN + r"(?:全部|全面)?100(?:\.0+)?%" + LITERAL_CLOSE
_FLOOR_ON_FULL = re.compile(r"(?:不低于|不少于|保持在)(?=" + _FULL + ")")
_ABOVE_FULL = re.compile("(" + _FULL + ")(?:以上|及以上)")
# The clerk's 达到 after the bank's own 到 (拓展到达到260家: round av's G): the bank's verb
# says it, the clerk's word goes.
_REACH_TWICE = re.compile(r"(?<=[展高升加大长充])到(" + re.escape(LITERAL_OPEN) + r")达到")
# the bank's verbs of reaching a level, before the clerk's value (拓展到, 配备到, 达到…)
_REACH_VERBS = "提高到|提升到|增加到|扩大到|拓展到|发展到|配备到|达到"
# The clerk's own 约19000 after the bank's 约 (受资助学生约约19000人次: round j's G).
# A value the clerk strives for (力争达到70%) after the bank's pledge or its 把 (要把…占比力争达到
# 70%, 要确保…覆盖率力争达到100%, 要推动…比例力争达到90%: round az's G, "确保……力争自相矛盾"):
# the measure is the subject and strives (…占比要力争达到70%), no pledge stronger than the clerk's
_STRIVEN_FOR = re.compile(
    r"(?:要|我们将)?(?:确保|推动|把)(?P<what>[^，；。"
    + re.escape(LITERAL_OPEN)
    # (要把校企合作企业拓展到力争达到130家: round cr's 06, G)
    + r"]{2,30}?)(?:"
    + _REACH_VERBS
    + r"|提到)?(?="
    + re.escape(LITERAL_OPEN)
    + r"力争)"
)
_APPROX_TWICE = re.compile(r"约(?=" + LITERAL_OPEN + r"(?:约|大约|近|将近|超过|逾|不到|不足))")
# the clerk's bare 力争95% with the bank's verb gone before it (round ci's 14, G: 课后服务学生参与率
# 要力争95%, "缺动词“达到”"): 力争达到95%
_STRIVE_BARE = re.compile(
    # (after a demand or a rate's name only: 以创建力争2所特色高中为牵引 is a deed's count)
    r"(?<=要|率|例|比)"
    + re.escape(LITERAL_OPEN)
    + r"力争(?=约?\d[\d.]*(?:%|个|所|名|人|万|亿|家|项|套))"
)


def fit_values(markup: str) -> str:
    """The bank's words around a profile value made to fit its form: no second verb before a
    verb-led value, and 100% is reached, never 不低于 or 以上."""
    if LITERAL_OPEN not in markup and _FACT_OPEN not in markup:  # no profile value, no gap
        return markup
    markup = _STRIVEN_FOR.sub(r"\g<what>要", markup)
    markup = _PLANNED_AFTER_VERB.sub(r"\g<open>", markup)
    markup = _DOUBLED_VERB.sub("", markup)
    markup = _PUSHED_TO_KEEP.sub("确保", markup)
    markup = _REACH_TWICE.sub(r"到\1", markup)
    markup = _APPROX_TWICE.sub("", markup)
    markup = _FLOOR_ON_FULL.sub("达到", markup)
    markup = _BA_REACHES_FULL.sub(r"\1提高到", markup)  # 把…覆盖率达到100% was struck (G)
    # 把…覆盖率保持100% lacks its 在 (round bh's 03, G): the bank's 在 before the clerk's figure
    markup = _BA_KEPT.sub(r"\1保持在" + LITERAL_OPEN, markup)
    # the clerk's 力争 goes before the bank's verb (round bi's 02, G: 要安排力争51亿元)
    markup = _VERB_BEFORE_STRIVE.sub(r"力争\1" + LITERAL_OPEN, markup)
    markup = _REACHED_BEFORE_STRIVE.sub("", markup)
    markup = _STRIVE_BARE.sub(LITERAL_OPEN + "力争达到", markup)
    markup = _PLANNED_WHOLE.sub(r"\1计划实现", markup)
    markup = _FLOOR_AFTER_RISE.sub(r"\1，要确保完成", markup)
    markup = _SPREAD_BEFORE_PART.sub(_spread_fits, markup)
    markup = _PLACEHOLDER_AS_ADJECTIVE.sub(_gap_after_noun, markup)
    return _ABOVE_FULL.sub(r"\1", markup)


_GAP_PATTERN = (
    re.escape(TOKEN_OPEN + "fact:")
    + r"[^"
    + re.escape(TOKEN_CLOSE)
    + r"]*"
    + re.escape(TOKEN_CLOSE)
)
_BA_REACHES_FULL = re.compile(r"(把[^，。；把]{1,24}?)达到(?=" + _FULL + ")")
# the bank's verb of reaching before the clerk's 力争140名 (专职教研员要配备到力争140名: round cr's
# 14, G): the clerk's word leads, said 力争达到 (_STRIVE_BARE)
_REACHED_BEFORE_STRIVE = re.compile("(?:" + _REACH_VERBS + ")(?=" + LITERAL_OPEN + "力争)")
# the clerk's 计划全覆盖 after the bank's 要达到 (…的学校要达到计划全覆盖（现有538所）: round cr's
# 14, G): the plan is said, 计划实现全覆盖
_PLANNED_WHOLE = re.compile(r"(?:要)?达到(" + re.escape(LITERAL_OPEN) + r")计划(?=全覆盖|全部覆盖)")
_VERB_BEFORE_STRIVE = re.compile(r"(安排|完成|投入|新增|实现)" + LITERAL_OPEN + "力争")
_BA_KEPT = re.compile(r"(把[^，。；把]{1,24}?)" + LITERAL_OPEN + "保持(?!在)")
_COUNTED = re.compile(r"(?:数|数量|个数|总数)$")


# A target still to be filled is no floor (round i's F): 要巩固在【待补】以上 and 覆盖率达到
# 【待补】，是今年普惠发展的底线目标 framed a figure nobody had set; the clerk is asked for it.
_FLOOR_ON_GAP = re.compile(
    r"(?<=[^，。；：\n])(?:要)?(?:巩固|保持|稳定)在(" + _GAP_PATTERN + r")(?:及?以上)?"
)
_GAP_AS_BOTTOM_LINE = re.compile(
    r"(?P<head>(?:^|(?<=[。；：\n]))[^，。；：\n]*?)(?:要)?(?:达到|的目标是|保持在|巩固在)?"
    r"(?P<gap>" + _GAP_PATTERN + r")(?:以上)?，(?:这)?是[^。；]*(?:底线|目标)(?:要求)?"
)
_GAP_WHILE = re.compile(r"((?:巩固|保持|稳定)在" + _GAP_PATTERN + r")的同时，")
_HEAD_FRAME = re.compile(r"^(?:把|今年|全年|明年)+")


def no_floor_on_a_gap(text: str) -> str:
    """X要巩固在【待补】以上 → X的目标是【待补】; X【待补】，是今年…的底线目标 → X的目标是【待补】
    (round l's readers read 要明确X的目标【待补】 as the clerk's own note, R)."""
    if TOKEN_OPEN + "fact:" not in text:
        return text
    text = _GAP_AS_BOTTOM_LINE.sub(_asked_for, text)
    text = _GAP_WHILE.sub(r"\1，同时", text)  # …巩固在【待补】的同时，… (round k's G)
    text = _FLOOR_ON_GAP.sub(r"的目标是\1", text)
    return _GAP_AIM.sub(_striven_for, text)


# X的目标是【待补】 as a sentence read as a bare line of the form (round aj's R: 课后服务学生
# 参与率的目标是【待补】。 — "应写'力争……达到'"): the speaker strives for it, the gap the
# figure the clerk gives (今年力争课后服务学生参与率达到【待补】)
_GAP_AIM = re.compile(
    r"(?:^|(?<=[。；：！？\n]))(?P<when>(?:今年|全年|明年|本学期|年内)?)(?:要)?"
    r"(?P<what>[^，。；：！？\n]{2,40}?)的目标是(?P<gap>" + _GAP_PATTERN + r")(?=[。；！]|$)"
)


def _striven_for(match: re.Match[str]) -> str:
    what = re.sub(r"^(?:推动|推进|确保|力争|把)", "", match["what"])  # 要推动X的目标是【待补】
    return f"{match['when']}力争{what}达到{match['gap']}"


def _asked_for(match: re.Match[str]) -> str:
    head = _HEAD_FRAME.sub("", match["head"])
    if re.search(r"标准(?:为|是)$", head):
        # a standard is a rule's value, not an aim (round ae's G: 义务教育生均公用经费标准的
        # 目标是【待补】): asked for as it is
        return f"{head}{match['gap']}"
    head = re.sub(r"(?:要|为|是|达到|保持在|巩固在)$", "", head)  # 标准为【待补】: 标准的目标
    return f"{head}的目标是{match['gap']}"


# 巩固率的目标是94%，这是一条必须守住的底线: a target to rise to is no floor (readers' F);
# only a value kept (保持在…, 不低于…) is.
_FLOOR_AFTER_RISE = re.compile(
    "("
    + LITERAL_OPEN
    + r"(?!保持|不低于|不少于|稳定在)[^"
    + LITERAL_CLOSE
    + "]*"
    + LITERAL_CLOSE
    + ")，这是一条必须守住的底线"
)
# 明厨亮灶要全面铺开，覆盖率达到85%: what reaches 85% is not yet everywhere.
_SPREAD_BEFORE_PART = re.compile(
    r"全面铺开(?P<between>[^。；]*?" + LITERAL_OPEN + r")(?P<share>\d+(?:\.\d+)?)%"
)


_FACT_OPEN = TOKEN_OPEN + "fact:"
# 今年的【待补：…人次】教师培训: a gap inside a noun phrase, as its adjective, read as a
# broken form (readers' G); the gap follows the noun instead (今年的教师培训【待补…】，).
_GAP = re.escape(_FACT_OPEN) + r"[^" + re.escape(TOKEN_CLOSE) + r"]*" + re.escape(TOKEN_CLOSE)
# only where a 的 marks the gap as a modifier: 在【待补】等方面, 保持在【待补】以上 and
# 对【待补】学校实行… are objects already
_PLACEHOLDER_AS_ADJECTIVE = re.compile(
    r"(?:(?P<de>的)(?P<token>" + _GAP + r")|(?P<token2>" + _GAP + r")的)"
    # …巩固在【待补】的同时， is a clause's time, not a noun the gap describes (round k's G:
    # 高中阶段毛入学率巩固在同时【待补】)
    r"(?!等|以上|以下|左右|同时|时候|基础上|前提下)(?P<noun>[\u4e00-\u9fff]{2,12})(?P<end>[，。；])"
)
_LABEL_YEAR = re.compile(r"^(?:年内|今年|全年|本年度?)(?=.{4})")
_FULL_VALUE = re.compile(r"^(?:全部|全面)?100(?:\.0+)?%$")
# a target of the whole (达到100%), a rate's name without its measure, and a clause that says
# the whole is there (全部达标, 全部实现, 实现全覆盖)
_FULL_TARGET = re.compile(r"^(?:达到|提高到|提升到)?100(?:\.0+)?%$")
_RATE_NAME = re.compile(r"(?:覆盖率|达标率|配备率|普及率|比例|占比|率)$")
# four characters that name a field, not a thing in it (心理健康 of 学生心理健康测评 and of
# 县级心理健康教育指导中心实现全覆盖)
_FIELD_WORDS = frozenset(
    [
        "心理健康",
        "义务教育",
        "学前教育",
        "职业教育",
        "高中教育",
        "特殊教育",
        "教师队伍",
        "校园安全",
        "中小学生",
        "学生体质",
        "教育教学",
        "安全管理",
        "课后服务",
        "家庭教育",
    ]
)
_WHOSE = re.compile(
    r"^(?:全[省市州盟县区旗乡镇])?(?:中小学幼儿园|中小学校?|幼儿园|各级各类学校|学校|义务教育学校)"
)
_CLAIMS_WHOLE = re.compile(r"全部(?:达标|实现|配齐|建成|到位)|全覆盖|全面(?:达标|实现)|100%")


def _gap_after_noun(match: re.Match[str]) -> str:
    """今年的【待补】教师培训， → 今年的教师培训【待补】，"""
    token = match["token"] or match["token2"]
    return f"{match['de'] or ''}{match['noun']}{token}{match['end']}"


def _spread_fits(match: re.Match[str]) -> str:
    spread = "全面铺开" if float(match["share"]) >= 100 else "逐步推开"
    return f"{spread}{match['between']}{match['share']}%"


def _is_plain(source: str) -> bool:
    """A wording with no template code: Jinja would give it back unchanged (the
    environment keeps a trailing newline and would only turn \r\n into \n), so most
    wordings skip the compile-and-render of a template each."""
    return "{" not in source and "\r" not in source


_EXPRESSION = re.compile(r"\{\{ *([^{}]*?) *\}\}")
_ATTRIBUTE = re.compile(r"([cwy])\.([a-z][a-z_]*)")
_CALL = re.compile(r"([a-z]+)\(((?:\s*(?:\"[^\"\\]*\"|'[^'\\]*')\s*,?)*)\)")
_CONSTANT = re.compile(r"[A-Z]+")


def _simple_render(source: str, names: dict[str, Any]) -> str | None:
    """What the Jinja template of ``source`` would print, worked out directly when its
    only code is expressions of the bank's few forms — ``{{ w.all }}``, ``{{ ENUM }}`` and
    calls with quoted arguments, ``{{ fact("x") }}``, ``{{ suggest('6月底前', '按期') }}`` —
    called in the same order and printed through the same finalize. Compiling a template
    for each of the bank's 1,800 such wordings was most of a draft's rendering time; a
    wording with any other code (a block, a filter, a comment) is left to Jinja (None)."""
    if "{%" in source or "{#" in source or "\r" in source:
        return None
    out: list[str] = []
    start = 0
    for match in _EXPRESSION.finditer(source):
        value = _simple_value(match.group(1), names)
        if value is None:
            return None
        out += (source[start : match.start()], value)
        start = match.end()
    rest = source[start:]
    return None if "{{" in rest or "}}" in rest else "".join((*out, rest))


def _simple_value(expression: str, names: dict[str, Any]) -> str | None:
    if attribute := _ATTRIBUTE.fullmatch(expression):
        holder = names.get(attribute.group(1))
        if holder is None or not hasattr(holder, attribute.group(2)):
            return None
        return str(_finalize(getattr(holder, attribute.group(2))))
    if _CONSTANT.fullmatch(expression):
        return str(_finalize(names[expression])) if expression in names else None
    if call := _CALL.fullmatch(expression):
        function = names.get(call.group(1))
        arguments = _arguments(call.group(2))
        if not callable(function) or not all(isinstance(a, str) for a in arguments):
            return None
        return str(_finalize(function(*arguments)))
    return None


@lru_cache(maxsize=4096)  # the bank's few hundred argument lists, parsed once a process
def _arguments(written: str) -> tuple[object, ...]:
    """A call's quoted arguments as written (_CALL matched them), as values."""
    return ast.literal_eval(f"({written},)") if written.strip() else ()


@cache
def _compile(env: Sandbox, source: str) -> jinja2.Template:
    return env.from_string(source)


def _tokens() -> dict[str, Any]:
    return {
        "count": lambda scope: Raw(count_token(scope)),
        "ENUM": Raw(ENUM),
        "ITEM": Raw(ITEM),
        "RUNIN": Raw(RUN_IN),
        "placeholder": placeholder,
        "VERB_FIRST": VERB_FIRST,
        "after_lead": target_after_lead,
        "reports": lambda text: reports_standing(str(text)),
        # what a template collected with {% set %}…{% endset %} from task_body and say: markup
        # already, printed as markup (else its ⟦enum⟧ is printed as written: round ah's 08)
        "markup": lambda text: Raw(str(text)),
    }


# the speaker's own post named in the clerk's point (…排名后两位的由分管副县长约谈, read by that
# 副县长: round db's 07, R — "像在说别人"): 由我
_OWN_DEPUTY_POST = re.compile(r"由(?:分管|主管)(?P<post>副(?:县|市|区|旗|州|盟|省|镇|乡)长)")


def own_post_said(point: str, speaker_title: str) -> str:
    found = _OWN_DEPUTY_POST.search(point)
    if found is None or not speaker_title.endswith(found["post"]):
        return point
    return point[: found.start()] + "由我" + point[found.end() :]


def target_after_lead(item: str, lead: object, first: str = "") -> str:
    """A listed target after its lead: no 确保 after 要确保：, nor the lead's 明年 or 今年 said in
    each item again, nor the first item's (round da's 03, R: 明年努力达到的目标是：…巩固率明年达到
    97%；…入学率明年达到…)."""
    said = str(lead)
    if "确保" in said and item[:2] == "确保":
        item = item[2:]
    for year in ("明年", "今年"):
        if year in said or (item != first and year in first):
            item = re.sub(rf"{year}(?=[^的和与、，；。])", "", item, count=1)
    return item


# A lone target that opens with its own verb (确保…, 坚决遏制…) is said with 要 alone, no lead
# before it (templates/kinds/*.j2: one_targets_lead; round an's R)
VERB_FIRST = (
    "确保",
    "力争",
    "努力",
    "坚决",
    "严防",
    "杜绝",
    "全力",
    "切实",
    "着力",
    "防止",
    "严禁",
    "坚持",
    "守住",
    "实现",
)


def render_speech(
    ctx: SpeechContext, template_dirs: tuple[Path, ...], *, marked: bool = False
) -> str:
    """Renders the kind's template (``kinds/<kind>.j2``) into markup.

    ``template_dirs`` lists a user's folders first and the built-in folder last; when
    there is more than the built-in one, the templates are someone else's and also run
    under a step and time budget (see sandbox.py). ``marked``: the one render at the
    highest length level (``ctx.density``) that keeps every length-dependent piece with
    its level (markup.gate), from which pipeline.fit_length takes each level's draft."""
    env = make_environment(template_dirs, _finalize)
    speech = _Speech(env, ctx, marked)
    name = f"kinds/{ctx.kind.key}.j2"
    speech.targets_read_out = _reads_targets(env, name)
    untold = {value for task in ctx.priorities for value in task.untold}
    speech.choose_families()
    ctx = speech.ctx  # its tasks' facts placed by sub-topic (_place_facts)
    # a count the review or the targets already give is not said again (targets_say)
    untold -= {
        t.facts[k] for t in ctx.priorities for k in t.facts if (id(t), k) in speech.targets_say
    }
    markup = run_template(
        env,
        name,
        untrusted=len(template_dirs) > 1,
        c=ctx,
        w=ctx.w,
        y=ctx.y,
        variant=speech.variant,
        task_title=speech.task_title,
        own_clause=says_its_own,
        own_charge=charges_itself,
        task_body=speech.task_body,
        task_led=speech.task_led,
        review_lead=speech.review_lead,
        review_item=speech.review_item,
        review_run=speech.review_run,
        points=speech.points,
        figures=speech.figures,
        suggest=speech.suggest,
        norm=speech.norm,
        in_window=speech.in_window,
        say=speech.say,
        closes_tasks=speech.closes_tasks,
        gated=speech.gated,
        **{AT_NAME: speech.gate_at, OPEN_NAME: speech.gate_open, CLOSE_NAME: speech.gate_close},
        **_tokens(),
    )
    _check_characters(markup, name)
    markup = topic_named(markup, ctx.topic_work)
    return mark_untold_counts(markup, untold) if untold else markup


_THIS_WORK = "这项工作"


def topic_named(markup: str, topic: str) -> str:
    """A topical meeting's 这项工作 named (职业教育改革发展工作) in its headings, which stand
    alone, and where the body first says it: round bh's 10 read four 这项工作 as pointing at
    nothing (R). Later ones in the body refer back to it."""
    if not topic or _THIS_WORK not in markup:
        return markup
    lines = markup.split("\n")
    named_in_body = False
    for at, line in enumerate(lines):
        if _THIS_WORK not in _MARKED.sub("", line):
            continue
        if line.startswith("#"):
            lines[at] = _named_outside_marks(line, topic, every=True)
        elif not named_in_body:
            lines[at] = _named_outside_marks(line, topic, every=False)
            named_in_body = True
    return "\n".join(lines)


# a gap or a mark is the clerk's to fill: its words are not renamed (captured, so that
# splitting a line by it keeps the marks at the odd places)
_MARKED = re.compile(r"(【[^】]*】|⟦[^⟧]*⟧)")


def _named_outside_marks(line: str, topic: str, every: bool) -> str:
    """``line`` with 这项工作 named outside its marks: every one, or only the first."""
    pieces = _MARKED.split(line)
    for at in range(0, len(pieces), 2):
        if _THIS_WORK in pieces[at]:
            pieces[at] = pieces[at].replace(_THIS_WORK, topic, -1 if every else 1)
            if not every:
                break
    return "".join(pieces)


def _reads_targets(env: Sandbox, name: str) -> bool:
    """Whether the kind's template (the user's, if they have one) reads out the plan
    sentence after the targets (c.plan_sentence): only then may a fact of another sub-topic
    go there instead of its own section."""
    try:
        source = env.loader.get_source(env, name)[0] if env.loader else ""
    except jinja2.TemplateNotFound:
        return False
    return "c.plan_sentence" in source


def prepare_templates(template_dirs: tuple[Path, ...]) -> None:
    """The environment and the speech templates loaded (from the code cache where it can),
    ahead of the drafts that will use them (a batch, before its workers are forked)."""
    env = make_environment(template_dirs, _finalize)
    names = {f"kinds/{path.name}" for d in template_dirs for path in (d / "kinds").glob("*.j2")}
    for name in sorted(names):
        env.get_template(name)


def _check_characters(markup: str, name: str) -> None:
    """Characters a .docx cannot hold (python-docx would refuse them mid-write)."""
    bad = XML_ILLEGAL.search(markup)
    if bad:
        context = markup[max(0, bad.start() - 15) : bad.end() + 15]
        shown = XML_ILLEGAL.sub("□", plain(context)).replace("\n", " ")
        raise TemplateRenderError(
            f"模板 {name} 生成的文字中有 Word 文档不能容纳的控制字符 U+{ord(bad.group()):04X}"
            f"（标为□）：“{shown}”。请检查模板中的这段文字"
        )


# a count of new works asked only where the clerk's task speaks of them (特色高中创建数 under a
# 县域普通高中 task on 选科 and 师资: round cw's 03, A — 明年创建特色高中【待补：…不安排请填“无”】
# read as a task nobody set): what the works are, without 新建/创建 and 数
_WORKS_CORE = re.compile(
    r"^(?:今年|全年)?(?:新建改扩建|新创建|新建|创建|新(?=补充|招聘|增))?(?P<core>.+?)(?:创建)?(?:人数|个数|数)?$"
)


def _new_count(spec: FactSpec) -> bool:
    """A count of new works, or of the year's new people (今年新补充教师人数: round cx's 15, A —
    今年计划新补充教师【待补】 at a group's meeting on two other matters)."""
    return spec.new_works or bool(re.match(r"(?:今年|全年)?新(?:补充|招聘|增)", spec.label))


def _works_raised(spec: FactSpec, area: Area, item: TaskItem) -> bool:
    """Whether the task's words name the works: the fact's own name, or a word of its
    sub-topic that its name says (特色高中 of 特色高中创建数, not 县中 of the 县中振兴 family
    that also carries it)."""
    found = _WORKS_CORE.match(spec.label)
    words = {(found["core"] if found else spec.label)[:4]}
    words |= {
        alias
        for family in area.families
        if any(spec.key in unit.facts for unit in family.units)
        for alias in family.aliases
        if len(alias) >= 2 and alias in spec.label
    }
    texts = (item.label, item.title or "", *item.points, *item.facts)
    return any(word in text for word in words for text in texts)
