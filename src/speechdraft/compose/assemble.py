"""A key task's section assembled from its family's units (issue 11).

A section is one family of one area: the heading comes from the family, and so does every
sentence under it, so a heading never stands over a paragraph about something else. The
first paragraph follows one of several shapes (sequences of slots), so that a body is not
always principle → measure → target → duty → check; longer drafts add units one length
level at a time, then a second paragraph in another shape.

Every piece carries the lowest length level at which it is said. Units that carry a fact
the profile gives are said at every level: the profile asked for them.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from speechdraft.compose.restate import norms_in_words
from speechdraft.norms import load_steps
from speechdraft.phrasebank import STAGE_WORDS, Area, Family, Unit, stages_in

SHAPES: tuple[tuple[str, ...], ...] = (
    ("open", "measure", "measure", "target"),
    ("measure", "target", "duty"),
    ("open", "target", "measure", "check"),
    ("measure", "measure", "duty", "check"),
    ("target", "measure", "measure", "close"),
    ("open", "measure", "duty", "close"),
    ("measure", "duty", "target"),
)
ALWAYS = -99  # a unit carrying a given fact: said whatever the length
NEVER = 99  # above every length level: a piece starting here is not said
FIRST = -1  # the paragraph's first unit: said from level −1 (−2 keeps the facts only)
EXTRA_LEVELS = (1, 2, 3, 4)  # one more unit at each of these levels
SECOND_PARAGRAPH = (5, 7)
# A paragraph's closing line (要让…; …的成效，最终体现在…) is padding: said only at the top
# level, which a draft too thin for its length does not use (pipeline.fit_length). Round f's
# readers cut 29 of the 77 closing lines as filler, against one sentence in eight elsewhere.
CLOSING_LEVEL = 8  # a further paragraph at each of these levels (the last takes the rest)


@dataclass(frozen=True)
class Piece:
    unit: Unit
    level: int
    paragraph: int = 0
    wording: str = ""  # the unit's wording chosen for the draft (render.py), once chosen


def choose_family(
    families: Sequence[Family],
    wanted: str,
    given: frozenset[str],
    rng: random.Random,
    required: frozenset[str] = frozenset(),
    taken: Sequence[Family] = (),
    at_home: Callable[[Unit, Family], bool] = lambda unit, family: True,
) -> Family | None:
    """The family whose units carry most of the facts the profile gives, then the one whose
    aliases the task's own words name most (县管校聘 → rotation); otherwise a seeded pick.
    ``families`` are those still free in this draft. Without given facts or words, the
    family that asks for the area's required facts, so a first round shows what to collect.

    A family marked ``when_named`` (常态化疫情防控) is never a seeded pick. When the task's
    words name only a family that is not free (``taken``: said already, or not sayable by
    this speaker), no other family stands in: its heading would contradict the task
    (部门协同 said as 家校社协同育人), so the task keeps its own words (None)."""
    candidates = [f for f in families if not f.when_named or named_length(f, wanted)]
    if not candidates:
        return None
    scored = [(_score(f, wanted, given, required, at_home), f) for f in candidates]
    best = max(score for score, _ in scored)
    unnamed = not any(named_length(f, wanted) for f in candidates) and best < 1000
    if unnamed and any(named_length(f, wanted) for f in taken):
        return None
    top = [f for score, f in scored if score == best]
    return rng.choice(top)


# Words that say what is done about a topic, or when, not which topic (建设, 攻坚, 新学期…):
# a name made of an area's own name and these names the whole area.
_GENERIC_WORDS = (
    "工作 建设 管理 发展 提升 推进 改革 攻坚 专项 行动 治理 整治 提质 工程 计划 落实 保障 "
    "问题 体系 水平 加强 全面 深化 持续 着力 推动 做好 抓好 强化 规范 完善 和 与 及 新学期 新学年 开学 春季 秋季"
)
_GENERIC = tuple(_GENERIC_WORDS.split())
_PUNCTUATION = re.compile(r"[\s“”\"'‘’「」《》（）()、，,·]")


def specific_words(label: str, area: Area | None) -> str:
    """What a priority's name says beyond its area's own names and the generic words of
    doing (燃气 in 燃气安全, 发展中心 in 教师发展中心建设; nothing in 平安校园建设): a family is
    that priority's only when its own aliases name it."""
    if area is None:
        return ""
    rest = _PUNCTUATION.sub("", label)
    names = sorted((*area.names(), *STAGE_WORDS.get(area.key, ())), key=len, reverse=True)
    for word in (*names, *_GENERIC):
        rest = rest.replace(word, "")
    return rest if len(rest) >= 2 else ""


def label_words(label: str) -> frozenset[str]:
    """The two-character runs of a name left when the generic words of doing are taken out
    (组织, 织领, 领导 of 加强组织领导; 经费 of 强化经费保障): a heading saying one of them says
    the name's topic."""
    rest = _PUNCTUATION.sub("", label)
    for word in sorted(_GENERIC, key=len, reverse=True):
        if len(word) >= 2:
            rest = rest.replace(word, "|")
    return frozenset(piece[i : i + 2] for piece in rest.split("|") for i in range(len(piece) - 1))


def name_said(text: str, name: str, aliases: Sequence[str]) -> bool:
    """Whether ``text`` says ``name`` as itself, not as a piece of a longer name of the
    area's across its edge (教育质量 of 义务教育质量监测, where 质量监测 goes on past it; 学生
    资助 of 学生资助资金): a family's own compound is no word for the clerk's name. An alias
    holding the whole name (思政课 of 思政) says it."""
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        inside = False
        for alias in aliases:
            if len(alias) < 2 or alias in name or name in alias:
                continue  # 思政课 of 思政 says it; only a name across its edge does not
            start = text.find(alias, max(0, at - len(alias) + 1))
            while 0 <= start < end:
                if start + len(alias) > at and (start < at or start + len(alias) > end):
                    inside = True
                    break
                start = text.find(alias, start + 1)
            if inside:
                break
        if not inside:
            return True
        at = text.find(name, at + 1)
    return False


def named_length(family: Family, wanted: str) -> int:
    """How much of ``wanted`` the family's aliases name (the longer, the more telling)."""
    return sum(len(alias) for alias in family.aliases if alias and alias in wanted)


def place_points(
    sections: Sequence[tuple[Sequence[str], Family | None]],
    kin: Sequence[Sequence[Family]] = (),
    titled: Sequence[bool] = (),
) -> list[list[str]]:
    """Each key task's points, placed: a point stays with its own task unless its own
    family's aliases name none of it and another task's family names it (一氧化碳报警器
    under 校车, 乡村教师荣誉制度 under 培训: readers' S). It then goes to the task whose
    family names it most, in the order the profile gave. A task the bank has no family
    for keeps its points: its heading is the profile's own label, which cannot contradict
    them. ``sections`` are the tasks' points and chosen families, in speaking order;
    ``kin`` each task's area's families, if known: a point does not leave for a task of
    another area when a family of its own area names it as much (镇妇联组织留守儿童家长线上会,
    filed under 家庭教育, went under 防溺水 for the word 留守儿童: round l's S). ``titled``
    marks the tasks the clerk headed with a title of his own: he filed their points under
    it himself (round cf's 03: 联合检查全旗学校食堂 and 校园餐经费专户管理, written under his
    把校园餐管理的责任理顺, went under 寄宿制 and left his heading over school-gate stock, S)."""
    placed: list[list[str]] = [[] for _ in sections]
    for index, (points, _) in enumerate(sections):
        own = index < len(titled) and titled[index]
        for point in points:
            placed[index if own else _home_of(point, index, sections, kin)].append(point)
    return placed


def _home_of(
    point: str,
    index: int,
    sections: Sequence[tuple[Sequence[str], Family | None]],
    kin: Sequence[Sequence[Family]] = (),
) -> int:
    family = sections[index][1]
    if family is None or named_length(family, point):
        return index
    own_area = kin[index] if index < len(kin) else ()
    at_home = max((named_length(f, point) for f in own_area), default=0)
    best, home = 0, index
    for other, (_, candidate) in enumerate(sections):
        named = named_length(candidate, point) if candidate is not None else 0
        same_area = any(candidate is f for f in own_area)
        if candidate is not None and not same_area and named <= at_home:
            continue  # its own area says it as well: the clerk filed it where it belongs
        if candidate is not None and other_stage(point, candidate):
            continue
        if other != index and named > best:
            best, home = named, other
    if own_area and home != index and _speaks_of_it(family, sections[home][1], point):
        return index  # its own sub-topic's sentences say what drew it away (area known)
    return home


def _speaks_of_it(own: Family, other: Family | None, point: str) -> bool:
    """Whether the sentences of a point's own sub-topic say, word for word, every alias by
    which another task's sub-topic names it (宿舍 of 宿舍夜间值班、查寝 in the winter-heating
    lines 宿舍用电要规范…, filed under 防一氧化碳中毒: round ag's S, the point went under 消防)."""
    if other is None:
        return False
    drawn = [a for a in other.aliases if a and a in point]
    said = " ".join(w for u in (*own.headings, *own.units) for w in u.wordings)
    return bool(drawn) and all(a in said for a in drawn)


def other_stage(text: str, family: Family) -> bool:
    """Whether ``text`` names a school stage the family is not about: 开工建设…第六小学 is no
    kindergarten's point, 义务教育质量监测 no 高考 section's figure (round s's S)."""
    named = stages_in(text)
    if not named:
        return False
    said = " ".join((*family.aliases, *(w for h in family.headings for w in h.wordings)))
    own = stages_in(said)
    return bool(own) and own.isdisjoint(named)


# A unit sharing this many characters running with a point of the profile says that point
# again (使用燃煤取暖的宿舍要安装一氧化碳报警器 beside 宿舍全部安装一氧化碳报警器).
RESTATES_AT = 7


def restates_a_point(unit: Unit, points: Sequence[str]) -> bool:
    """Whether any wording of ``unit`` says one of the profile's points again: the point is
    said in the profile's own words, so a bank sentence on the same measure is a repeat."""
    runs = _runs_of(tuple(points))
    if not runs:
        return False
    # the longest common run is RESTATES_AT or more exactly when some run of that length is
    # shared: a set lookup per position instead of difflib's matcher per (wording, point)
    # pair, which rebuilt the point's index every time (a tenth of a warm draft)
    return any(
        text[start : start + RESTATES_AT] in runs
        # (a norm quoted by id in its words: a clerk's point stating the rule is not said again —
        # round cj's 01, D: …不足100人的农村小规模学校按100人核定公用经费)
        for text in map(norms_in_words, unit.wordings)
        for start in range(len(text) - RESTATES_AT + 1)
    )


@lru_cache(maxsize=256)
def _runs_of(points: tuple[str, ...]) -> frozenset[str]:
    """Every run of RESTATES_AT characters in the profile's points."""
    return frozenset(
        point[start : start + RESTATES_AT]
        for point in points
        for start in range(len(point) - RESTATES_AT + 1)
    )


def _score(
    family: Family,
    wanted: str,
    given: frozenset[str],
    required: frozenset[str],
    at_home: Callable[[Unit, Family], bool],
) -> int:
    """Given facts first, then the task's words, then the required facts: only those the
    family may say (a fact of another sub-topic is not said under its heading)."""
    facts = {fact for unit in family.units if at_home(unit, family) for fact in unit.facts}
    named = named_length(family, wanted)
    return 1000 * len(facts & given) + 10 * named + len(facts & required)


def _half_given(unit: Unit, given: frozenset[str]) -> bool:
    """Whether a unit carries both a fact the profile gives and one it does not."""
    return bool(unit.facts & given) and not unit.facts <= given


def plan_section(
    units: Sequence[Unit],
    given: frozenset[str],
    rng: random.Random,
    borrowed: Sequence[Unit] = (),
    required: frozenset[str] = frozenset(),
    promised: Sequence[Unit] = (),
) -> list[Piece]:
    """The pieces of a section, in speaking order, each with the level it starts at.

    ``units`` are those this speaker may say here (tags, years and voice already checked);
    ``given`` the facts the profile gives: every one is carried. The ``required`` facts
    this family speaks of are carried too, as placeholders where the profile lacks them:
    they tell the clerk what is still to collect. A unit asking for any other fact the
    profile does not give is not used: the checklist asks for it, and a placeholder in
    every section of a first draft reads as a form. ``borrowed`` are other families'
    units, used only to carry a given fact this family has no unit for. ``promised`` are
    units said whatever the length, like a fact's carriers: they say what the heading
    promises (a 校车 heading is kept by a sentence on 校车)."""
    # a unit pairing the clerk's figure with a placeholder for one he did not give is not
    # used (round ap's L, A: 把集团化办学覆盖率【待补】和标准班额达标率80%这两项指标分解到校
    # made the unnamed one a target beside his own): each is said by a unit of its own
    pool = [u for u in units if u.facts <= given | required and not _half_given(u, given)]
    order = rng.sample(pool, len(pool))
    carriers = _fact_carriers(order, given | required)
    said = {fact for unit in carriers for fact in unit.facts}
    # a given fact is the profile's word and is said even under a sibling's heading; a
    # placeholder is not worth a sentence about another topic (the checklist asks for it)
    lenders = [u for u in borrowed if u.facts <= given]
    carriers += _fact_carriers(lenders, given - said)
    carriers += [u for u in promised if u in pool and u not in carriers]
    rest = [u for u in order if u not in carriers]
    shape = rng.choice(SHAPES)
    first, rest = _fill(shape, carriers, rest)
    levels = _first_levels(first, carriers)
    pieces = [Piece(u, _closing(u, level)) for u, level in zip(first, levels, strict=True)]
    pieces = _no_lone_sentence(_with_extras(pieces, rest))
    placed = {p.unit for p in pieces}
    rest = [u for u in rest if u not in placed]
    for paragraph, level in enumerate(SECOND_PARAGRAPH, start=1):
        more, rest = _fill(rng.choice(SHAPES), [], rest)
        more, rest = _with_the_rest_of(more, rest, last=paragraph == len(SECOND_PARAGRAPH))
        if len(more) < 2:  # a one-sentence paragraph reads as a stub
            break
        pieces += [Piece(u, _closing(u, level), paragraph) for u in more]
    return in_order(pieces)


# The steps of a process a section may walk through, in the order they are taken, are data:
# templates/norms/steps.yaml (``processes``). Finding out (核查, 排查, 摸底) before persuading
# back (劝返), and that before placing the pupil (安置, 复学): round ad's S, 坚持逐人核查、
# 逐人建档 said after 劝返只是第一步. Dividing the work before 分工不分家 and before 对一次账;
# the budget (测算) before the allocation and before following the money's results: round
# aj's S, in drafts of five kinds.


@dataclass(frozen=True)
class Process:
    """Steps taken one after another, each named by a pattern over a unit's wordings.

    ``by`` says which step a unit naming several belongs to: ``first`` (a finding-out line
    that also says 劝返 finds out; any wording naming a step counts), or ``last`` (责任分工定了，
    还要…对一次账 tracks: it names the division it builds on; every wording must name a step).
    ``needs`` maps a step to the step it takes for granted: a unit of it is said only where a
    unit of that step is said before it (分工不分家 presumes the division of work)."""

    name: str
    steps: tuple[re.Pattern[str], ...]
    by: str = "first"
    needs: tuple[tuple[int, int], ...] = ()


@cache
def processes() -> tuple[Process, ...]:
    """The processes of templates/norms/steps.yaml, their forms compiled."""
    found = []
    for process in load_steps().processes:
        ids = [step.id for step in process.steps]
        found.append(
            Process(
                process.id,
                tuple(re.compile("|".join(f"(?:{f})" for f in s.forms)) for s in process.steps),
                process.by,
                tuple(
                    (i, ids.index(s.needs))
                    for i, s in enumerate(process.steps)
                    if s.needs is not None
                ),
            )
        )
    return tuple(found)


@cache
def not_said_at(place: str) -> re.Pattern[str] | None:
    """The forms steps.yaml's ``places`` keeps from ``place`` of a part (``lead``: before its
    first section; ``section_end``: after its last, read as that section's end), or None."""
    forms = load_steps().not_at(place)
    return re.compile("|".join(f"(?:{f})" for f in forms)) if forms else None


def __getattr__(name: str) -> object:
    # STEPS (the dropout process, read by tests) and PROCESSES, from the data when asked
    if name == "PROCESSES":
        return processes()
    if name == "STEPS":
        return next(p.steps for p in processes() if p.name == "dropout")
    raise AttributeError(name)


def step_of(unit: Unit) -> int | None:
    """The earliest step of the dropout process any wording of ``unit`` names, or None."""
    return _step_of(unit.wordings)


@lru_cache(maxsize=16384)  # a section's every piece, twice, in every draft (speed17)
def _step_of(wordings: tuple[str, ...]) -> int | None:
    steps = next(p.steps for p in processes() if p.name == "dropout")
    found = [i for text in wordings for i, step in enumerate(steps) if step.search(text)]
    return min(found) if found else None


def process_step(process: Process, unit: Unit) -> int | None:
    """The step of ``process`` ``unit`` takes (by its ``by`` rule), or None."""
    return _process_step(process.name, unit.wordings)


@lru_cache(maxsize=32768)
def _process_step(name: str, wordings: tuple[str, ...]) -> int | None:
    process = next(p for p in processes() if p.name == name)
    if process.by == "first":
        found = [
            i for text in wordings for i, step in enumerate(process.steps) if step.search(text)
        ]
        return min(found) if found else None
    # every wording must name a step: a unit whose other wordings say something else (纳入督查
    # beside 列成清单) takes no step, since the wording the draft says is chosen later
    each = [[i for i, step in enumerate(process.steps) if step.search(text)] for text in wordings]
    if not all(each):
        return None
    return max(max(found) for found in each)


def in_order(pieces: list[Piece]) -> list[Piece]:
    """A section's pieces with its topic sentences first and its processes in order.

    A unit of slot ``open`` says what the section is about (抓教育首先要抓安全…; 对偏远地区的
    孩子来说，寄宿制学校…): it opens the section, never closes a paragraph or stands in a
    later one (rounds ad and ae's S: 段首总起句放在段尾). The units naming a step of a
    process of steps.yaml (``processes()``) keep their places but take them in the steps' order. Each
    piece keeps its length level; a moved piece takes the paragraph of the place it moves
    to. A unit of a step that takes another for granted (``Process.needs``) is said only
    from the level where a unit of that step is said before it: padding (level 1 and up)
    with none in its section is not said."""
    opens = [p for p in pieces if p.unit.slot == "open"]
    rest = [p for p in pieces if p.unit.slot != "open"]
    if opens and pieces[: len(opens)] != opens:
        pieces = [Piece(p.unit, p.level, 0, p.wording) for p in opens] + rest
    for process in processes():
        pieces = _in_steps(pieces, process)
    return pieces


def presumed_said(pieces: list[Piece]) -> list[Piece]:
    """``pieces`` with each unit of a step that takes another for granted said only where a
    unit of that step is said before it (``Process.needs``): asked again once the composer
    has left out the section's restatements (render.py), which may take the very line that
    divided the work (分工不分家 then stood alone: round aj's S)."""
    for process in processes():
        if process.needs:
            steps = [process_step(process, p.unit) for p in pieces]
            at = [i for i, step in enumerate(steps) if step is not None]
            pieces = _presumed(pieces, [steps[i] for i in at], at, process)
    return pieces


def _in_steps(pieces: list[Piece], process: Process) -> list[Piece]:
    steps = [process_step(process, p.unit) for p in pieces]
    stepped = [i for i, step in enumerate(steps) if step is not None]
    if len(stepped) < 2 and not process.needs:
        return pieces
    ordered = sorted(stepped, key=lambda i: steps[i] or 0)
    moved = list(pieces)
    for i, j in zip(stepped, ordered, strict=True):
        piece = pieces[j]
        moved[i] = Piece(piece.unit, piece.level, pieces[i].paragraph, piece.wording)
    return _presumed(moved, [steps[j] for j in ordered], stepped, process)


def _presumed(
    pieces: list[Piece], steps: list[int | None], at: list[int], process: Process
) -> list[Piece]:
    """Each piece of a step that takes another for granted, said from the level where a
    piece of that step stands before it; padding with none before it is not said."""
    if not process.needs:
        return pieces
    step_at = dict(zip(at, steps, strict=True))
    dropped: set[int] = set()
    kept = list(pieces)
    for later, earlier in process.needs:
        for i, step in step_at.items():
            if step != later:
                continue
            before = [pieces[j].level for j, s in step_at.items() if j < i and s == earlier]
            level = pieces[i].level
            if before and min(before) <= level:
                continue
            if before and _no_stub(kept, i, min(before)):
                kept[i] = Piece(pieces[i].unit, min(before), pieces[i].paragraph, pieces[i].wording)
            elif not before and (level > 0 or _no_stub(kept, i, NEVER)):
                dropped.add(i)
    return [p for i, p in enumerate(kept) if i not in dropped]


def _no_stub(pieces: list[Piece], index: int, level: int) -> bool:
    """Whether piece ``index`` can start at ``level`` without its section saying a single
    sentence at a lower level (a stub under its heading) where it said two."""
    if pieces[index].level == ALWAYS:
        return False
    own = pieces[index].level
    said = [p.level for i, p in enumerate(pieces) if i != index and p.unit.slot != "close"]
    lows = {lv for lv in said if own <= lv < level} | {own}
    return all(sum(1 for lv in said if lv <= low) != 1 for low in lows)


def _closing(unit: Unit, level: int) -> int:
    return CLOSING_LEVEL if unit.slot == "close" and level != ALWAYS else level


def _with_the_rest_of(
    filled: list[Unit], rest: list[Unit], last: bool
) -> tuple[list[Unit], list[Unit]]:
    """A later paragraph also takes the family's other measures (all its units, if it is
    the last): the longest drafts say all the family has, each unit once."""
    taken = [u for u in rest if last or u.slot == "measure"]
    middle = [u for u in taken if u.slot not in ("open", "close")]
    closes = [u for u in taken if u.slot == "close"]
    ending = [] if any(u.slot == "close" for u in filled) else closes[:1]
    at = _before_the_ending([u.slot for u in filled])
    merged = filled[:at] + middle + filled[at:] + ending
    return merged, [u for u in rest if u not in merged]


def _fact_carriers(order: Sequence[Unit], given: frozenset[str]) -> list[Unit]:
    """The fewest units that between them say every given fact (greedy, in seeded order)."""
    chosen: list[Unit] = []
    if not given:  # nothing to say: no unit carries any of it (most sections)
        return chosen
    said: set[str] = set()
    # the units with a given fact, in order, each with those facts (a unit with none is
    # never the best: the first unit of the most facts not yet said is, as before)
    pool = [(u, carried) for u in order if (carried := u.facts & given)]
    while pool:
        best, carried = max(pool, key=lambda entry: len(entry[1] - said))
        if not carried - said:
            return chosen
        chosen.append(best)
        said |= best.facts
    return chosen


def _fill(
    shape: Sequence[str], carriers: list[Unit], rest: list[Unit]
) -> tuple[list[Unit], list[Unit]]:
    """The shape's slots filled, carriers first where their slot is asked for; carriers
    the shape has no slot for go in before its closing line."""
    waiting = list(carriers)
    spare = list(rest)
    filled: list[Unit] = []
    for slot in shape:
        unit = next((u for u in waiting if u.slot == slot), None)
        if unit is not None:
            waiting.remove(unit)
        else:
            unit = next((u for u in spare if u.slot == slot), None)
            if unit is None:
                continue
            spare.remove(unit)
        filled.append(unit)
    at = _before_the_ending([u.slot for u in filled])
    filled[at:at] = waiting
    return filled, spare


_ENDING = ("duty", "check", "close")


def _before_the_ending(slots: Sequence[str]) -> int:
    """Where added units go: after what to do and the goal, before who does it, how it is
    checked and the closing line, so a paragraph still ends the way its shape ends."""
    at = len(slots)
    while at > 1 and slots[at - 1] in _ENDING:
        at -= 1
    return at


def _first_levels(first: Sequence[Unit], carriers: Sequence[Unit]) -> list[int]:
    levels = [ALWAYS if u in carriers else 0 for u in first]
    if levels and levels[0] == 0:
        levels[0] = FIRST if carriers else ALWAYS
    # a section of one sentence reads as a stub under its heading (readers' S): wherever
    # a section is said at all, it says two sentences of its own
    for level in sorted({lv for lv in levels if lv < 0}):
        said = sum(1 for lv in levels if lv <= level)
        if said == 1 and 0 in levels:
            levels[levels.index(0)] = level
    return levels


def _no_lone_sentence(pieces: list[Piece]) -> list[Piece]:
    """A shape that filled one slot of its own says its first extra from the same level:
    the extras start at level 1, and below it the section said one sentence (a stub)."""
    said = [i for i, p in enumerate(pieces) if p.unit.slot != "close"]
    if len(said) < 2:
        return pieces
    first, *others = sorted(said, key=lambda i: pieces[i].level)
    second = others[0]
    if pieces[second].level <= max(pieces[first].level, 0):
        return pieces
    lowest = pieces[first].level
    if sum(1 for p in pieces if p.level <= 0) != 1:
        return pieces
    moved = list(pieces)
    moved[second] = Piece(pieces[second].unit, lowest, pieces[second].paragraph)
    return moved


def _with_extras(pieces: list[Piece], rest: Sequence[Unit]) -> list[Piece]:
    """One more unit of what to do or who does it per level, before a closing line."""
    extras = [u for u in rest if u.slot in ("measure", "duty", "check")][: len(EXTRA_LEVELS)]
    added = [Piece(u, level) for u, level in zip(extras, EXTRA_LEVELS, strict=False)]
    at = _before_the_ending([p.unit.slot for p in pieces])
    return pieces[:at] + added + pieces[at:]
