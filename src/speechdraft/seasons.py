"""The meeting's occasion and season, and the bank's words that fit only some of them (issue
11's F: round ai's stock lines, right in general, wrong for this meeting's date or occasion).

A wording carries a **season tag** when its words name something that happens only in some
part of the school year: the school run (上学放学, 接送车辆, 校门口…) and the canteen only in
term time, bullying and the class routine only while pupils are at school, the rules of
enrolment (严禁提前招生…) only while enrolment is ahead, 贯穿汛期和暑假 only before the summer
break. The tag is read from the words (``SEASON_TAGS``: no bank file needs to write it, and an
office's own files are read the same way), like situation.py's ``PRESUPPOSED``.

The meeting's **occasions** (``occasions``) come from its date, kind and name: a safety
meeting named for the summer or winter break (暑期、寒假、假期…), or held in July, is a
holiday's, whose topics are drowning, travel, keeping in touch with families and the
holiday's care and activities, not the school run; a meeting from August to October speaks
after the year's enrolment. A tagged wording is said only at a meeting one of whose occasions
the tag fits, unless the profile's own words name the same thing (a clerk who writes 校门口
or 食堂 at a holiday meeting asked for it).

The occasion also decides what **must** be said (``season_due``, round ao's S: a July
summer-break safety meeting whose draft "几乎不提暑假", a winter one speaking of pupils'
moods and the internet instead of heating and icy roads): templates/norms/season_topics.yaml
names each season's topics, the kinds and months they are due in and the words by which a
profile already says them; a due topic the profile does not speak of is a situation key
(``summer_due`` …) that the bank's season lines need (frames safety.season_*, school_opening's
safe_season) and the kinds' general closings yield to (``unless``).

``off_season`` turns both into situation keys (``off_season:school_run`` …) that
situation.contradicted reads: the bank's rule for any wording, area units, frames and
headings alike.
"""

from __future__ import annotations

import calendar
import datetime
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from speechdraft.norms import SeasonTopic

# the meeting's occasions
TERM_TIME = "term_time"  # pupils come to school every day
HOLIDAY = "holiday"  # a meeting for the summer or winter break
ENROLMENT_AHEAD = "enrolment_ahead"  # the coming year's enrolment is not yet over
SUMMER_AHEAD = "summer_ahead"  # the summer break and flood season still to come
WINTER_AHEAD = "winter_ahead"  # the winter break still to come
YEAR_AHEAD = "year_ahead"  # a whole year's plan is still a plan (not a term's meeting after June)
OPENING_AHEAD = "opening_ahead"  # a term's opening is still ahead or under way (its checks)
NEW_YEAR = "new_year"  # the new year is near or just begun: 新的一年 may be said
WORK_MEETING = "work_meeting"  # a meeting on the work at large, not a safety meeting

# a meeting names its break (红岩镇中小学幼儿园暑期安全工作会议, 寒假安全工作部署会)
_BREAK_NAMED = re.compile(r"暑期|暑假|寒假|假期|春节|放假|节假日")
# kinds that may be held for a break: a school opening, a teachers' day and a year's work
# report are occasions of their own whatever their names say of the summer
_BREAK_KINDS = frozenset({"safety", "leader_speech", "concluding_remarks", "leading_group"})
# a term's own meetings: from July they look at the school year, not the calendar year's plan
_TERM_KINDS = frozenset({"school_opening", "teachers_day"})
_YEAR_NEARLY_OVER = 10  # October: a whole year's plan is said by no kind (claim21)
# the months a term opens or is about to (claim23): a spring term opens in February or early
# March, an autumn term at the end of August or on 1 September
_OPENING_MONTHS = frozenset({1, 2, 8})
# 新的一年 is said from December to March (round ao's S: a safety meeting's 新的一年 in June)
_NEW_YEAR_MONTHS = frozenset({12, 1, 2, 3})
# a concluding or leading-group speech is at a safety meeting when its meeting is named so
# (round ao's S: 乘势而上、建设教育强县 closing the 春季学校安全工作会议's concluding speech)
_SAFETY_NAMED = re.compile(r"安全|平安|防溺水|安全生产")


def _break_by_date(day: datetime.date) -> bool:
    """A safety meeting held while schools are out: July to mid-August, late January to
    early February."""
    return (
        day.month == 7
        or (day.month == 8 and day.day <= 15)
        or (day.month == 1 and day.day >= 20)
        or (day.month == 2 and day.day <= 10)
    )


def occasions(kind: str, day: datetime.date, names: Iterable[str]) -> frozenset[str]:
    """The occasions a meeting of ``kind`` on ``day`` is held for; ``names``: the meeting's
    name and its key tasks' names (not their points: 去年暑期未发生溺水事故 is a fact, not the
    occasion)."""
    named = any(_BREAK_NAMED.search(name) for name in names)
    holiday = kind in _BREAK_KINDS and (named or (kind == "safety" and _break_by_date(day)))
    found = {HOLIDAY if holiday else TERM_TIME}
    # enrolment is settled by late August; from November a meeting plans the next year's
    if day.month not in (8, 9, 10):
        found.add(ENROLMENT_AHEAD)
    if day.month in (4, 5, 6, 7):
        found.add(SUMMER_AHEAD)
    if day.month in (11, 12, 1):
        found.add(WINTER_AHEAD)
    # in October the year is nearly over and no meeting plans the next yet: a whole year's
    # plan there read as set too late (round aj's F: 全年全旗…计划达到100% on 28 October)
    if (kind not in _TERM_KINDS or not 7 <= day.month <= 10) and day.month != _YEAR_NEARLY_OVER:
        found.add(YEAR_AHEAD)
    # the opening's own checks (开学检查, 开学返校) are said at an opening meeting, or before a
    # term opens (round ak's F: 纳入开学检查 on 18 March, in mid-May and before the summer break)
    if kind == "school_opening" or day.month in _OPENING_MONTHS:
        found.add(OPENING_AHEAD)
    if day.month in _NEW_YEAR_MONTHS:
        found.add(NEW_YEAR)
    if not safety_meeting(kind, names):
        found.add(WORK_MEETING)
    return frozenset(found)


def safety_meeting(kind: str, names: Iterable[str]) -> bool:
    """A safety meeting: its kind, or a concluding, leading-group or leader's speech at a
    meeting named for safety (the first name is the meeting's)."""
    if kind == "safety":
        return True
    first = next(iter(names), "")
    return kind != "school_opening" and bool(_SAFETY_NAMED.search(first))


def season_due(
    kind: str,
    day: datetime.date,
    names: Iterable[str],
    texts: Iterable[str],
    topics: Iterable[SeasonTopic] | None = None,
) -> frozenset[str]:
    """The season's topics this meeting must speak of and its profile does not (situation
    keys, templates/norms/season_topics.yaml): a topic is due at a meeting of one of its
    kinds held in one of its months or named for its season. ``names``: the meeting's name
    first; ``texts``: the profile's words (the meeting's name among them is not read as
    saying the topic: a 暑期安全工作会议 still has to say what the summer asks). ``topics``:
    the table read (scripts/season_fit.py passes its own tree's)."""
    if topics is None:
        from speechdraft.norms import load_season_topics

        topics = load_season_topics()
    listed = list(names)
    name = listed[0] if listed else ""
    written = [t for t in texts if t != name]
    due = set()
    for topic in topics:
        months = topic.months(kind)
        if months is None:
            continue
        named = any(word in name for word in topic.named)
        if not (named or day.month in months):
            continue
        if any(word in text for text in written for word in (*topic.said, *topic.waived)):
            continue
        due.add(topic.key)
    return frozenset(due)


@dataclass(frozen=True)
class SeasonTag:
    """Words that fit only some occasions: ``words`` in a wording's spoken words tag it;
    it is said at a meeting with one of ``fits``, or where the profile's words match
    ``named`` (by default ``words``). ``label`` and ``why`` are Chinese (the detector and
    messages)."""

    key: str
    label: str
    words: re.Pattern[str]
    fits: frozenset[str]
    why: str
    named: re.Pattern[str] | None = None
    # the meeting's theme (校园安全 framing a summer meeting): only the meeting's own name lifts
    # the tag, not a key task the clerk happens to call so (round ap's F: an area named 校园安全
    # at a 暑期学生安全工作会议 let the opening, headings and closing all say 校园安全)
    by_meeting_name: bool = False

    def named_by(self, texts: Iterable[str]) -> bool:
        pattern = self.named or self.words
        return any(pattern.search(text) for text in texts)

    def lifted(self, names: Sequence[str], texts: Sequence[str]) -> bool:
        """Whether the profile names what the tag's words speak of (``names``: the meeting's
        name first, ``texts``: every text of the profile)."""
        return self.named_by(names[:1] if self.by_meeting_name else texts)


SEASON_TAGS: tuple[SeasonTag, ...] = (
    # round ai's F at a June summer-break safety meeting: 上学放学的路线, 上下学方式, 接送车辆逐一
    # 登记, 校门口接送区域和上下学时段 — in the break there is no school run
    SeasonTag(
        "school_run",
        "上学放学、接送、校门口",
        re.compile(
            r"上学放学|放学(?:后|路上|途中|时段|时间)|上下学|接送(?:车辆|区域|学生|时段)"
            r"|家长接送|校门口|校园门口|学校门口|学校门前|校门前|护学岗|护校岗|上学路上"
            # round ao's F at a 2 July summer-break meeting: 护学不能只靠学校 (护学 is the school
            # day's; not 看护学生, 监护学生)
            r"|(?<![看监守保爱呵])护学(?!生)"
            r"|怎么上学|上学、放学|上学和放学|放学回家"
        ),
        frozenset({TERM_TIME}),
        "假期没有上学放学：假期安全会议不讲上下学、接送和校门口（讲出行安全、防溺水、家校联系）",
    ),
    SeasonTag(
        "canteen",
        "学校食堂、用餐",
        re.compile(r"食堂|就餐|用餐|营养餐|陪餐|供餐"),
        frozenset({TERM_TIME}),
        "假期学校不开伙：假期安全会议不讲食堂、用餐（档案写到托管班用餐时照讲）",
        named=re.compile(r"食堂|就餐|用餐|营养餐|陪餐|供餐|食品"),
    ),
    SeasonTag(
        "school_day",
        "欺凌、课间和在校的日常",
        re.compile(r"欺凌|课间|晨午检|晚自习|上课期间|在校期间|早读|大课间|午休"),
        frozenset({TERM_TIME}),
        "假期学生不在校：假期安全会议不讲欺凌、课间和在校的日常管理",
    ),
    # round ai's F at a 9 September teachers' day: 全年培训教师40万人次 — by September the
    # year's training is mostly done and the figure, said after a larger 一年来 one, reads as
    # a fall; the composer says a term meeting's plan figure with no span (render._plan_year)
    SeasonTag(
        "whole_year",
        "全年的计划数",
        # (今年要建成…300个 at an August opening is the same plan: round aj's A, claim21)
        re.compile(
            r"全年(?:要|将|计划|开展|培训|组织|完成|新创建|新补充|打造|推动|\{\{)"
            r"|今年要(?:建成|新建|创建)|今年要建成\{\{|年内要建成"
            # round am's F: 今年的教师全员培训要达到… at a teachers' day on 8 September
            r"|今年的?(?:教师)?全员培训|今年要完成|今年必须完成|今年要完成的"
        ),
        frozenset({YEAR_AHEAD}),
        "7—10月的开学会、教师节不讲“全年”计划数（一年已过大半：讲今年已完成的和秋季学期的安排）",
        named=re.compile(r"(?!)"),
    ),
    # round ai's F at a June summer-break meeting: 今天我们专门开会研究部署校园安全工作 — a
    # holiday's risks lie off campus (water, roads, home): its frames speak of the break's
    # safety, or of pupils' safety, not of the campus's in general
    SeasonTag(
        "campus",
        "校园安全（泛指）",
        re.compile(r"校园安全|平安校园"),
        frozenset({TERM_TIME}),
        "假期安全会议讲的是假期的风险：开头、标题和结尾不泛讲“校园安全”（讲假期安全、学生安全）",
        by_meeting_name=True,
    ),
    # round ai's F at a 26 August opening: 严禁提前招生、违规跨区域招生 — enrolment is over
    SeasonTag(
        "enrolment",
        "招生入学的规则",
        re.compile(
            r"提前招生|跨区域招生|违规招生|掐尖招生|招生(?:计划|范围|结果|政策)"
            r"|划片招生|公民同招"
            # round am's F on 25 August: 规范招生入学工作。起始年级招生要严格执行免试就近入学
            r"|起始年级招生|免试就近入学|规范招生入学"
        ),
        frozenset({ENROLMENT_AHEAD}),
        "8—10月招生已经结束：不讲招生的规则（开学会议讲入学报到、学籍、秩序）",
    ),
    # round ai's F on 28 August: 要把防溺水安全教育贯穿汛期和暑假 — the break is over
    SeasonTag(
        "summer_ahead",
        "暑假和汛期还在前面",
        re.compile(r"贯穿[^。，；]{0,6}暑假|暑假(?:即将|将至|来临|到来)|放暑假前|暑假前"),
        frozenset({SUMMER_AHEAD}),
        "暑假在前面的说法只在4—7月讲（8月暑假已近尾声）",
    ),
    SeasonTag(
        "winter_ahead",
        "寒假还在前面",
        re.compile(r"寒假(?:即将|将至|来临|到来)|放寒假前|寒假前"),
        frozenset({WINTER_AHEAD}),
        "寒假在前面的说法只在11月至次年1月讲",
    ),
    # round ak's F: 要把疫情防控措施落实情况纳入开学检查 at a concluding speech on 18 March (the
    # spring term had begun), at a mid-May safety meeting and at one before the summer break
    SeasonTag(
        "opening",
        "开学检查、开学返校",
        re.compile(r"开学(?:前|初|时)?(?:的)?(?:安全)?(?:大)?检查|开学返校|返校开学"),
        frozenset({OPENING_AHEAD}),
        "开学检查、开学返校只在开学工作会议或开学前后（1、2、8月）讲：学期中的会议不讲",
    ),
)

SEASON_TAGS += (
    # round ao's S: 同志们，新的一年，让我们… closing a June safety meeting's speech
    SeasonTag(
        "new_year",
        "新的一年",
        re.compile(r"新的一年|新年伊始|新春伊始"),
        frozenset({NEW_YEAR}),
        "“新的一年”只在12月至次年3月的会议上讲",
        named=re.compile(r"新的一年|新年|元旦|春节"),
    ),
    # round ao's S at a spring safety meeting's concluding speech: 乘势而上、为加快建设教育强县
    # 作出新的更大贡献 (a work meeting's ending), 坚持深入一线，帮助学校解决实际困难 and 听课
    SeasonTag(
        "work_at_large",
        "工作会议的收束和调研（乘势而上、建设教育强县、听课）",
        re.compile(
            r"乘势而上|建设(?:\{\{ w\.strong \}\}|教育强)|教育强(?:省|区|市|州|县|旗|镇|国)建设(?!规划纲要)"
            r"|听课|帮助学校解决实际困难|书写[^。！]{0,12}新篇章|再上新台阶"
        ),
        frozenset({WORK_MEETING}),
        "安全会议上的讲话落在安全上：不讲“乘势而上、建设教育强县”这类工作会议的收束，也不讲听课",
        named=re.compile(r"乘势而上|教育强|听课|新篇章|新台阶"),
    ),
)

SEASON_TAGS += (
    # round ar's F at a safety meeting before the winter break: 今年要重点抓好以下六个方面的工作
    # ("这是寒假和春节前的专题会…口径不对，应为‘当前和寒假期间’"): a break's meeting leads its
    # tasks as the break's, not the year's
    SeasonTag(
        "year_tasks",
        "以“今年”领起的任务（今年要重点抓好以下…）",
        re.compile(r"今年要(?:重点|集中力量|突出)|今年的重点工作|今年需要重点推进|今年重点要抓好"),
        frozenset({TERM_TIME}),
        "假期前的专题会讲“当前和假期期间”的任务，不以“今年要重点抓好”领起",
        named=re.compile(r"(?!)"),
    ),
)

TAG_KEYS: tuple[str, ...] = tuple(tag.key for tag in SEASON_TAGS)
_OFF = "off_season:"


def season_tags(text: str) -> frozenset[str]:
    """The season tags a wording's words carry."""
    return frozenset(tag.key for tag in SEASON_TAGS if tag.words.search(text))


def off_season(
    kind: str, day: datetime.date, names: Iterable[str], texts: Iterable[str]
) -> frozenset[str]:
    """Situation keys for the tags that do not fit this meeting (``off_season:<tag>``): none
    of its occasions is among the tag's, and the profile's words (``texts``) do not name it."""
    listed = list(names)
    at = occasions(kind, day, listed)
    written = list(texts)
    return frozenset(
        _OFF + tag.key
        for tag in SEASON_TAGS
        if tag.fits.isdisjoint(at) and not tag.lifted(listed, written)
    )


# the theme a holiday safety meeting is held on (round ap's F: a 暑期学生安全工作会议 framed all
# through as 校园安全): the break it is held for, by its name or else by its month
_WINTER_NAMED = re.compile(r"寒假|春节|元旦")
_SUMMER_NAMED = re.compile(r"暑")
_WINTER_MONTHS = frozenset({11, 12, 1, 2})
_SUMMER_MONTHS = frozenset({5, 6, 7, 8})
HOLIDAY_THEME = "holiday_theme"


def break_theme(kind: str, day: datetime.date, names: Iterable[str]) -> str:
    """What a safety meeting held for a break is about (暑期学生安全, 寒假学生安全, 假期学生
    安全), or "" for a meeting held in term time; ``names``: the meeting's name first."""
    listed = list(names)
    if HOLIDAY not in occasions(kind, day, listed):
        return ""
    # a hazard named beside the break (防汛暨“五一”假期安全) is said with it (round bc's 13: the
    # opening, the first heading and the closing said only the holiday)
    # (防溺水、交通安全和暑期学生安全: 防溺水和交通安全和暑期… was round cf's 06, G, three times)
    hazards = "、".join(_hazards_named(kind, listed))
    return (hazards + "和" if hazards else "") + _break_named(day, listed[0] if listed else "")


def _break_named(day: datetime.date, name: str) -> str:
    if _WINTER_NAMED.search(name) or (
        not _SUMMER_NAMED.search(name) and day.month in _WINTER_MONTHS
    ):
        return "寒假学生安全"
    if _SUMMER_NAMED.search(name) or day.month in _SUMMER_MONTHS:
        return "暑期学生安全"
    return "假期学生安全"


# the hazard a safety meeting is held on, by its name (全省教育系统防汛和学生防溺水工作电视电话会议):
# its opening, headings and the part on the situation speak of that hazard, not of 校园安全 in
# general (round ba's S, five lines of one draft: 把校园安全的各项工作抓实抓细, 食堂卫生、校园
# 欺凌、网络安全 as the risks of a flood meeting); a name that also says 学校安全 (学校安全暨
# 防溺水工作会议) keeps the general frames
_HAZARDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("防汛", re.compile(r"防汛|汛期")),
    # 预防学生溺水工作会议 names its hazard without 防溺水 (round bu's 07, 15 lines framed as 校园安全)
    ("防溺水", re.compile(r"溺水")),
    ("消防安全", re.compile(r"消防|火灾")),
    # (元旦前校园消防和冬季取暖安全工作电视电话会议: round dd's 18, F — 就做好消防安全工作 left the
    # heating out)
    ("冬季取暖安全", re.compile(r"取暖|供暖|一氧化碳")),
    ("食品安全", re.compile(r"食品安全|校园餐|食堂")),
    ("交通安全", re.compile(r"交通安全|校车安全")),
    # (春季传染病防控和校车安全: round de's 06, S G — 做好交通安全工作 over both)
    ("传染病防控", re.compile(r"传染病|流感|诺如")),
    ("防灾减灾", re.compile(r"防灾减灾|地质灾害|防震")),
)
_GENERAL_SAFETY = re.compile(r"校园安全|学校安全|平安校园|安全稳定|安全生产")
HAZARD_THEME = "hazard_theme"
# a meeting on water and weather (防汛, 防溺水, 防灾减灾): the school gate's guards and its
# street's order are another meeting's (round bk's 07 and 20, S F: 护学力量 at a 防汛 meeting)
WATER_THEME = "water_theme"
_WATER_HAZARD = re.compile(r"防汛|汛期|防溺水|防灾减灾")
# a meeting on drowning alone: the flood season's schools on low ground are another meeting's
# (round bv's 20, F: 地处低洼、临河临坡的学校 at a county 防溺水 meeting)
DROWNING_ONLY = "drowning_only"


def hazard_theme(kind: str, names: Iterable[str]) -> str:
    """The hazards a safety meeting is named for (防汛和防溺水), or "" for a meeting of
    safety in general or of another kind; ``names``: the meeting's name first."""
    found = _hazards_named(kind, names)
    if len(found) > 1:
        # 安全 once, after the last (消防和冬季取暖安全, not 消防安全和冬季取暖安全)
        if found[-1].endswith("安全"):
            found = [f.removesuffix("安全") or f for f in found[:-1]] + [found[-1]]
        return "、".join(found[:-1]) + "和" + found[-1]
    return found[0] if found else ""


def _hazards_named(kind: str, names: Iterable[str]) -> list[str]:
    """The hazards a safety meeting's name says (hazard_theme), in the order it names them."""
    name = next(iter(names), "")
    if kind != "safety" or _GENERAL_SAFETY.search(name):
        return []
    # in the name's own order (春季传染病防控和校车安全: round de's 06)
    found = sorted(
        (match.start(), label) for label, words in _HAZARDS if (match := words.search(name))
    )
    return [_hazard_in_its_names_words(label, name) for _at, label in found]


def _hazard_in_its_names_words(label: str, name: str) -> str:
    """A hazard as the meeting's name says it: a meeting on the flood season's safety (汛期安全
    工作会议) is on more than the floods (round dd's 21, F: 就做好防汛工作 over a part on drowning
    too); one on school buses is on them, not on traffic at large (round de's 06)."""
    if label == "防汛" and "汛期安全" in name:
        return "汛期安全"
    if label == "交通安全" and "交通安全" not in name:
        return "校车安全"
    return label


def season_situation(
    kind: str, day: datetime.date, names: Iterable[str], texts: Iterable[str]
) -> frozenset[str]:
    """The situation keys of the meeting's occasion and season: the tags off it
    (``off_season``), the season's topics due (``season_due``) and ``safety_meeting``."""
    listed, written = list(names), list(texts)
    keys = off_season(kind, day, listed, written) | season_due(kind, day, listed, written)
    # the break's own frames (c.break_theme) stand where 校园安全's do not
    if _OFF + "campus" in keys and break_theme(kind, day, listed):
        keys |= {HOLIDAY_THEME}
    elif hazard_theme(kind, listed):  # its hazard's frames stand where 校园安全's do not
        keys |= {_OFF + "campus", HAZARD_THEME}
    if _WATER_HAZARD.search(hazard_theme(kind, listed)):
        keys |= {WATER_THEME}
    if hazard_theme(kind, listed) == "防溺水":
        keys |= {DROWNING_ONLY}
    return keys | ({"safety_meeting"} if safety_meeting(kind, listed) else frozenset())


def out_of_season(text: str, situation: frozenset[str]) -> str | None:
    """Why a wording does not fit the meeting whose situation is given, or None."""
    for tag in SEASON_TAGS:
        if _OFF + tag.key in situation and tag.words.search(text):
            return tag.why
    return None


# A plan period's own dates (claim23, round ak's F: 要在明年3月底前完成“十五五”教育规划终期
# 评估 at a November 2029 meeting — the 十五五 runs to the end of 2030, so its final review
# cannot be done by March 2030). The clerk's words are kept; the draft marks them 【待核】 and
# ``validate`` says why.
_PLAN = re.compile(r"十([二三四五六七八])五")
_PLAN_NUMBERS = {"二": 12, "三": 13, "四": 14, "五": 15, "六": 16, "七": 17, "八": 18}
_FINAL_REVIEW = re.compile(r"终期评估|终期总结|总结评估")
# 明年3月底前, 2030年3月底前, 今年6月底前, 3月底前 (this year), 年底前
_DEADLINE = re.compile(
    r"(?:(?P<year>20\d\d)年|(?P<rel>今年|明年|年内))?"
    r"(?:(?P<month>\d{1,2})月(?:(?P<dom>\d{1,2})日|(?P<part>底|末|中旬|上旬))?|(?P<end>年底))前"
)
# the last day a month's part leaves (上旬 the 10th, 中旬 the 20th; 底, 末 and the bare month
# its last day)
_PART_DAY = {"上旬": 10, "中旬": 20}


def plan_span(number: int) -> tuple[int, int]:
    """The years of the Nth five-year plan: 十五五 (15) → 2026–2030."""
    first = 2011 + 5 * (number - 12)
    return first, first + 4


_LATE_IN_THE_YEAR = 11


def _deadline(match: re.Match[str], day: datetime.date) -> datetime.date:
    year = day.year
    if match["year"]:
        year = int(match["year"])
    elif match["rel"] == "明年":
        year += 1
    month = min(max(12 if match["end"] or not match["month"] else int(match["month"]), 1), 12)
    if not match["year"] and not match["rel"] and day.month >= _LATE_IN_THE_YEAR and month <= 3:
        # 1月10日前 said at a meeting of 29 December is next January's (the writers of rounds cd
        # had to write 2032年1月…前 and 明年1月底前 to get past validate)
        year += 1
    last = calendar.monthrange(year, month)[1]
    if match["dom"]:  # 2月15日前 at a 20 February meeting is past (round bc's F, draft 26)
        # (the month's own last day, not 28: 8月31日前 at a 29 August meeting is still ahead —
        # round ce's writer, validate said it was past)
        return datetime.date(year, month, min(max(int(match["dom"]), 1), last))
    return datetime.date(year, month, _PART_DAY.get(match["part"] or "", last))


# A plan's phase said of the meeting's year (round am's Y: 开局十六五 in 2032, 为完成十五五规划
# 中期目标打好基础 in August 2029): 开局 is the plan's first year, 收官 its last, 中期 its third
# (the mid-term review). Said before its year it looks ahead (为“十五五”收官打好基础 in 2029);
# after it, the phase is past.
_PHASES = (
    (re.compile(r"开局"), 0, "开局之年是{}年"),
    (re.compile(r"中期(?:目标|评估|任务)"), 2, "中期在{}年"),
    (re.compile(r"收官"), 4, "收官之年是{}年"),
)


_LOOKS_BACK = re.compile(r"巩固|成果|成效|基础上|经验|回顾|总结|评估(?:发现|反馈|结果)")


def plan_phase_misfit(text: str, day: datetime.date) -> str | None:
    """Why a plan's phase the clerk names (开局十六五, 十五五中期目标, 收官) does not fit the
    meeting's year, or None: the phase's year is past."""
    plan = _PLAN.search(text)
    if plan is None:
        return None
    first, _ = plan_span(_PLAN_NUMBERS[plan.group(1)])
    looks_back = _LOOKS_BACK.search(text) is not None
    for pattern, offset, said in _PHASES:
        due = first + offset
        # the year after the phase may build on it (巩固“十五五”收官成果 in 2031)
        if pattern.search(text) and day.year > due + (1 if looks_back else 0):
            return f"“{plan.group(0)}”{said.format(due)}，请核对提法"
    return None


# a deadline said of what is already done (已于6月底前完成, 6月底前完成了), or a yearly one
_DONE_BY = re.compile(r"已于|已经|已在")
_YEARLY = re.compile(r"每年(?:的)?$|每学年(?:的)?$")


def deadline_passed(text: str, day: datetime.date) -> str | None:
    """Why a clerk's deadline cannot be set at this meeting (7月底前完成今年教师招聘 said at a
    September meeting: round an's F), or None: its day (the end of its month or part of a
    month where no day is named) is before the meeting's."""
    for found in _DEADLINE.finditer(text):
        before = text[: found.start()]
        after = text[found.end() : found.end() + 12]
        if (
            _DONE_BY.search(before[-6:])
            or _YEARLY.search(before)
            or re.match(r"[^，；。]*了", after)
        ):
            continue
        due = _deadline(found, day)
        if due < day:
            return f"期限“{found.group(0)}”早于会议日期，已经过了"
    return _opening_passed(text, day)


# a term's opening as a deadline (今年秋季开学前完成…): past once the term has begun (round bh's
# 05 F: 要在今年秋季开学前完成 at a 9 September meeting); next year's is no deadline of this year
_OPENING_DEADLINE = re.compile(r"(?<!明年)(?<!下学期)(?P<term>秋季|春季)(?:学期)?开学(?:前|之前)")


def _opening_passed(text: str, day: datetime.date) -> str | None:
    for found in _OPENING_DEADLINE.finditer(text):
        if _DONE_BY.search(text[max(0, found.start() - 6) : found.start()]):
            continue
        begun = (day.month, day.day) > (9, 1) if found["term"] == "秋季" else 3 <= day.month <= 8
        if begun:
            return f"期限“{found.group(0)}”在会议时已过（已经开学）"
    return None


def plan_date_misfit(text: str, day: datetime.date) -> str | None:
    """Why a clerk's deadline cannot fit the plan period it speaks of (a final review of the
    十五五 due before the plan's last half-year), or a plan's phase its year (plan_phase_misfit),
    or None. ``day``: the meeting's date."""
    phase = plan_phase_misfit(text, day) or deadline_passed(text, day)
    if phase is not None:
        return phase
    plan = _PLAN.search(text)
    deadline = _DEADLINE.search(text)
    if plan is None or deadline is None or not _FINAL_REVIEW.search(text):
        return None
    _, last = plan_span(_PLAN_NUMBERS[plan.group(1)])
    due = _deadline(deadline, day)
    if due >= datetime.date(last, 7, 1):
        return None
    return f"“{plan.group(0)}”到{last}年底结束，终期评估的时间请核对"
