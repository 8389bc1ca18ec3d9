"""From a validated profile to the plain, resolved values the templates print.

Level words, years, the five-year-plan phase and the phrase-bank areas are resolved
here, so templates hold prose only. Values are frozen dataclasses of str/int/tuples.
"""

from __future__ import annotations

import datetime
import hashlib
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, TypeVar

from speechdraft.compose import occasion
from speechdraft.compose.charge_clauses import arrangement_only
from speechdraft.compose.figure_once import done_in_review_text, told_by_clerk
from speechdraft.compose.lead_frames import claim_of
from speechdraft.compose.review_said import (
    calendar_span,
    done_name,
    done_number,
    honour_said,
    passive_named,
    today_honour,
)
from speechdraft.compose.weave import counted_thing, one_lead_each, review_figure
from speechdraft.figures import (
    AIM,
    AIM_COUNT,
    AIM_VALUE,
    DELTA_CHECK,
    FULL_RATE,
    NOW,
    NOW_PREFIX,
    NOW_VALUE,
    RATE_CHECK,
    UNTOLD,
    as_yi,
    below_reached,
    count_untold,
    deed_before_label,
    fact_state,
    goal_said,
    in_wan,
    is_declined,
    is_rate_fact,
    per_head_spoken,
    plan_deed,
    reached_check,
    results_text,
    titled,
    titles_in_clause,
    told_rates,
    typeset,
    with_unit,
)
from speechdraft.genre import (
    ASKED_AREAS,
    CHARS_PER_MINUTE,
    DEFAULT_SAFEGUARDS,
    KINDS,
    LEVELS,
    LevelWords,
    PlanYear,
    SpeechKind,
    long_speech_safeguards,
    plan_year,
    season_of,
    teachers_day_number,
)
from speechdraft.intake.loading import LoadedProfile
from speechdraft.intake.values import PLAIN_AREA

if TYPE_CHECKING:  # a render checks the profile without pydantic (intake/quick.py)
    from speechdraft.intake.profile import Achievement, FactValue, Priority, Profile, Review
from speechdraft.lexicon import (
    county_superiors,
    league_words,
    names_group,
    own_central_school,
    own_counties,
    own_four_bodies,
    own_group,
    own_group_office,
    own_offices,
    own_organ,
    own_prefectures,
    own_schools,
    own_subdivisions,
    own_water,
    prefecture_superiors,
    regions_below,
    superior_bodies,
    township_words,
)
from speechdraft.markup import placeholder_text
from speechdraft.named import LICENCE_PREFIX, licensed_by
from speechdraft.norms import (
    current_party_reference,
    load_authority,
    load_party_calendar,
    load_terms,
    terms_out_of_window,
)
from speechdraft.numbering import chinese_count, chinese_numeral, numeral_value
from speechdraft.numerals import arabic_quantities, lone_quantity_in_digits
from speechdraft.phrasebank import Area, FactSpec, PhraseBank, Policy, Unit
from speechdraft.seasons import break_theme, hazard_theme, plan_date_misfit, season_situation
from speechdraft.situation import (
    county_high_schools,
    has_communities,
    has_special_schools,
    heads_leadership,
    read_situation,
    rural_place,
    schools_not_held,
    strings_in,
)
from speechdraft.voice import BUREAU_LIKE, speaker_role


@dataclass(frozen=True)
class Years:
    """The years a speech speaks of. ``meeting`` is the year it plans for, which templates
    say as 部署{{ y.meeting }}年任务: the meeting's own year, but the next one at a November
    or December meeting, which reviews the year now ending (readers' F: a November meeting
    set 今年 targets that six weeks could not meet, and reviewed the year before last)."""

    meeting: int
    review: int
    plan: PlanYear  # of the year planned for
    review_plan: PlanYear
    held: int = 0  # the meeting's own year (0: the same as ``meeting``)
    # the year's work so far is what a meeting from June to October looks back on, unless
    # the profile names the year under review (meeting.review_year, 上年/去年 in a review
    # point): round am's Y, 2028年，全区教育系统… at a meeting of 27 August 2029
    so_far: bool = False
    # a November or December meeting that plans the weeks left of its year and the winter
    # (_plans_this_winter): its work is neither this year's nor next year's
    late_this_winter: bool = False

    @property
    def ahead(self) -> bool:
        """The speech plans for the year after the meeting's."""
        return bool(self.held) and self.meeting > self.held

    @property
    def review_said(self) -> str:
        """The year under review as a heading says it: 今年 where it is the meeting's own (a
        December meeting: round ag's R, 充分肯定2019年取得的成绩 at a 2019 meeting), else 2019年."""
        return "今年" if self.review == (self.held or self.meeting) else f"{self.review}年"

    @property
    def planned_word(self) -> str:
        """今年, or 明年 when the speech plans for the next year."""
        return "明年" if self.ahead else "今年"

    @property
    def work_ahead(self) -> str:
        """The work a frame sets (领导小组…的工作, 确定…的重点任务): 今年's, 明年's where the
        speech plans the next year, and 下一步's at a late meeting that plans the winter, whose
        tasks run into the next year (round dj's 15, Y: 12月16日开会，所讲任务时限在明年1—2月，
        说“今年的工作”“今年的任务已经明确”不准)."""
        return "下一步" if self.late_this_winter else self.planned_word


@dataclass(frozen=True)
class Figure:
    label: str
    value: str


# a figure that qualifies the one before it (增长 4.2%, 比上年增长 5.3%): no name of its own
_QUALIFIER_NAME = re.compile(r"^(?:比上年|较上年|同比|增长|增幅|下降|提高|减少)")
_DIGITS_COMMA = re.compile(r"(?<=\d),(?=\d)")
_DEED_NAME = re.compile(r"^(?:完成|新增|新建|发放|投入|改造|维修|排查|招聘|培训|建成|创建)")


@dataclass(frozen=True)
class AchievementItem:
    area_label: str
    area: Area | None
    points: tuple[str, ...]
    figures: tuple[Figure, ...]


@dataclass(frozen=True)
class TaskItem:
    """A key task or a safeguard: the bank's area (if known) and what the profile says."""

    label: str
    area: Area | None
    title: str | None
    points: tuple[str, ...]
    facts: dict[str, str]  # fact key (or the user's own label) → value with unit
    # the facts given here that the bank files under another area (体育美育教师 under 培训)
    elsewhere: frozenset[str] = frozenset()
    # of those, the ones another area of the same theme files (应急演练次数 of 应急 under a
    # 冬季安全 task): said in this section, not after the targets (once26)
    kin: frozenset[str] = frozenset()
    # a kind's default safeguard the clerk did not ask for: left out where the bank has
    # nothing left to say of it (round y's S: （四）进一步凝聚工作合力 over a 【待补】 alone)
    stock: bool = False
    # rates the clerk gave as where the place is now (标准班额达标率: 现有88%), said as
    # such (标准班额达标率目前为88%), never as the year's aim: fact_state
    states: tuple[str, ...] = ()
    # the fields of those states (续建项目数: 现有17个): the clerk filled them, so no unit asks
    # for them again as 【待补】 nor says them as a plan (round ap's F: 续建项目现有17个, then
    # 今年安排续建项目【待补：续建项目数（个）】)
    stated: frozenset[str] = frozenset()
    # the fields the clerk gave as a plan with no year (新补充高中教师数: 计划36名): a frame's
    # 今年 is said 计划 for them, as the plan may span years (round ap's A: 今年补充高中教师36名)
    planned: frozenset[str] = frozenset()
    # counts as printed that the profile does not tell as the plan or the present
    # (figures.count_untold): their clause is marked COUNT_CHECK (figure_once)
    untold: frozenset[str] = frozenset()
    # the fields the clerk says there is none of this year (新建智慧校园示范校: 无, 0): no unit
    # carrying them is said, none asks them (今年要新建智慧校园示范校0所 was a task of nothing)
    declined: frozenset[str] = frozenset()
    # sums the clerk gave with no year in their name or value (教育信息化建设投入: 1850万元):
    # a frame's 今年 is dropped before them, as the sum may be last year's (round cm's 19 and
    # 23, A: 今年的1850万元信息化建设投入, 一般公共预算教育支出今年安排58.6亿元)
    undated_sums: frozenset[str] = frozenset()


# a guideline that opens with the moment (天气转热, …临近, 距离…只剩) or tells the meeting's form
# (今年不开表彰大会, 以座谈慰问为主): guideline_plain
_PLAIN_GUIDELINE = re.compile(
    r"^(?:天气|气温|汛期|入汛|雨季|距离|离[^，；]{2,12}还有|眼下|[^，；]{2,12}(?:临近|将至|在即|来临|只剩))"
    # (五一假期和即将到来的夏季是溺水事故高发期，…: round ca's 08, G)
    r"|^[^，；]{2,20}是[^，；]{0,8}(?:高发期|多发期|易发期)"
    r"|(?:^|[，；])(?:今年|这次|本次)?(?:按规定)?(?:不开|不召开|不举行|不搞)[^，；]{0,6}(?:表彰|大会|评比)"
    r"|以座谈[^，；]{0,3}(?:的?形式|为主)"
    # (向7位从教满30年的老教师致敬，也感谢…: round ca's 05, G — a tribute, no principle)
    r"|^向[^，；]{2,30}?(?:致敬|致以|表示感谢|表示祝贺)"
    # (听了老师们的发言很受触动，…: round cc's 09, G — 总体思路：听了…)
    r"|^听了[^，；]{2,20}(?:很受|深受|深有|很有)"
    # (寒假从1月19日开始，放假前这一周…: round cg's 06, R — 总的要求是：寒假从…开始)
    r"|^(?:今年)?(?:寒假|暑假|“?五一”?假期|“?国庆”?假期|春节假期)(?:从|自|于)?\d{1,2}月\d{1,2}日(?:开始|起)"
)
_SENTENCE_INSIDE = re.compile(r"[。！？](?=.)")
# the clause of a teachers' day guideline that tells how this meeting is held (这次不搞表彰，
# 主要是慰问老教师…): the speaker says it when he opens, not under 总体要求 in the third part
# (round cg's 04 and 12, G S: 接下来教师工作的总体要求是：这次不搞表彰…, "应在开头交代")
_NOTE_OF_THANKS = re.compile(r"^(?:特别)?(?:要)?(?:感谢|谢谢)")
_MEETING_FORM = re.compile(
    # (今年座谈会不搞表彰 — round ci's 04, G S: said under 总的考虑是：)
    r"(?:今年|这次|本次|今年教师节)?(?:的)?(?:座谈会|慰问会|庆祝活动|活动)?(?:按规定)?"
    r"(?:不开|不召开|不举行|不搞|不评)[^，；。]{0,6}(?:表彰|大会|评比|评先)"
    # (to the clause's end: 今年不开表彰会，… left 会，用座谈的方式… — round ci's 16, G)
    r"[^，；。]*"
)
# what a meeting that honours some does instead, said as the speaker's own (round ci's 16 and 11,
# G: 用座谈的方式听听…, 只开座谈会、发证书… said with no subject)
_DONE_INSTEAD = re.compile(r"^(?:用|以|通过|只|就)")


# About how long a review item's head is (项目建设取得积极进展，), and the longest run of
# review items one sentence carries after its colon lead.
_HEAD_CHARS = 10
_ONE_RUN_CHARS = 60
_BARE_RUN_CHARS = 60


@dataclass(frozen=True)
class SpeechContext:
    kind: SpeechKind
    w: LevelWords
    y: Years
    region_name: str | None
    meeting_name: str
    meeting_date: str  # 2025年3月15日
    title: str
    speaker_title: str
    speaker_name: str | None
    on_behalf_of: str | None
    attendees: tuple[str, ...]
    preceding: tuple[str, ...]
    achievements: tuple[AchievementItem, ...]
    problems: tuple[str, ...]
    guideline: str | None
    target_items: tuple[str, ...]
    priorities: tuple[TaskItem, ...]
    safeguards: tuple[TaskItem, ...]
    target_chars: int
    seed: int
    policy: str  # 党的二十大和二十届历次全会精神、全国教育大会精神 …
    # the same as the year under review knew it (its last day); a congress of its autumn is
    # said as studied (…，学习宣传贯彻党的十九大精神), not as the year's guidance
    review_policy: str
    # what an opening names in one breath beside the meeting's own business: the Party's
    # latest guidance alone (round q's R: 二十大精神、全国教育大会精神、《现代化2035》 and two
    # tasks in one sentence), or every reference the clerk wrote
    lead_policy: str
    season: str  # 春季 | 秋季
    teachers_day_no: int  # 第N个教师节
    density: int = 1  # how many supporting sentences a section takes (length control)
    meeting_day: datetime.date = datetime.date(2025, 3, 15)
    role: str = "party_secretary"  # voice.ROLES: decides whom the speech may direct
    level: str = "county"
    frames: Mapping[str, tuple[Unit, ...]] = field(default_factory=dict, hash=False, compare=False)
    suggestions: str = "mark"  # mark: 【建议：…】 | omit: say it without the number
    group_named: bool = False  # the profile speaks of a leading group (a town has one then)
    # what a safety meeting held for a break is about (暑期学生安全), "" in term time
    break_theme: str = ""
    hazard_theme: str = ""  # 防汛和防溺水: the hazards a safety meeting is named for
    # what the profile states of the place (situation.py): units presupposing the opposite
    # are not said
    situation: frozenset[str] = frozenset()
    # task figures whose sub-topic no section of the draft speaks about: said after the
    # targets as the plan they are (plan_sentence: one sentence each task), never as one
    # more target (round s's A)
    plan_items: tuple[str, ...] = ()
    # what the meeting decided, typed among the targets (本次会议决定两件事：一是…): said as the
    # decision it is after the targets, under no lead of aims (read in round bb's 07:
    # 领导小组要推动实现的目标是：本次会议决定两件事：…)
    decisions: tuple[str, ...] = ()
    # how an opening says the meeting takes up ``lead_policy``: 学习贯彻 while it is news,
    # 贯彻落实 once its study years are over (norms/terms.yaml: power_outline_study; round ag's
    # Y, a 2033 meeting 主要是学习贯彻《教育强国建设规划纲要（2024—2035年）》)
    lead_study: str = "学习贯彻"
    # the same verb for the year under review's guidance (过去一年，我们认真学习贯彻…): 贯彻落实
    # once the guidance's study years are over at the meeting's date
    review_study: str = "学习贯彻"
    # the span an opening meeting's review names: 过去一学年 in autumn, 上学期 in spring, and
    # 过去一年 in spring when the clerk's review speaks of the whole year (round ag's F: 上学期的
    # 成绩 over 2015年全市教育工作圆满完成“十二五”规划目标)
    term_span: str = "上学期"
    # the profile's key tasks that only name a part of the kind's own (开学准备): said by
    # that part, so the part for the term's tasks asks for none (_tasks_of_their_own)
    parts_named: tuple[str, ...] = ()
    # a teachers' day's own commendation, given by the clerk as an achievement (本次表彰…):
    # said as the meeting's business in the opening, not as a past year's result (round
    # aa's F: 四是表彰工作有力推进，本次表彰…): honoured_lines
    honoured: tuple[str, ...] = ()
    # a named teacher's years and deeds, typed as a result (…卢秀梅老师在讲台上站了三十二年): said
    # together after the year's results, not numbered among them (round bu's 05 and 17, G S)
    teacher_stories: tuple[str, ...] = ()
    # a leading group's guideline that is the clerk's summary of the meeting's agenda (本次会议主要
    # 议了三件事，即…): said as the meeting's purpose, not as 总体要求是 (round bv's 06, bu's 16)
    agenda_summary: str = ""
    # what the place has (全镇现有中心小学1所、…在校小学生1342人), said before the review
    basics: tuple[str, ...] = ()
    # a leading group's decisions the clerk typed as a key task (会议议定事项): one sentence
    agreed: str = ""

    @property
    def review_sections(self) -> tuple[AchievementItem, ...]:
        """The achievements as a report's sections: the clerk's plain lines that name no area
        (综合, one thing each) in one section where the first stood, not a section each under
        its own 其他各项工作… (round bl's 20, S D: four headings 其他各项工作取得积极进展/有序开展/
        统筹推进/有力推进 over a line apiece)."""
        # (the place's schools counted keep their own 基本情况 heading: round ba's G)
        # (a line whose first words name its claim keeps its own section, headed by the claim:
        # round ce's 02, S — （一）主要工作取得积极进展 over 教育支出… and 高考本科上线率…)
        plain = [
            a
            for a in self.achievements
            if a.area is None
            and ODDS_AREA.match(a.area_label)
            and not _PLACE_COUNTED.search(a.points[0] if a.points else "")
            and claim_of(a.points[0] if a.points else "") is None
        ]
        if len(plain) < 2:
            return self.achievements
        merged = AchievementItem(
            area_label=plain[0].area_label,
            area=None,
            points=tuple(p for a in plain for p in a.points),
            figures=tuple(f for a in plain for f in a.figures),
        )
        return tuple(
            merged if a is plain[0] else a
            for a in self.achievements
            if a is plain[0] or a not in plain
        )

    @property
    def problem_stop(self) -> str:
        """What ends each problem of the list: ； as usual, 。 when a problem is a head and its
        own sentences of detail (城区学位仍然偏紧。2033年秋季…): there the items are sentences,
        not clauses (round bz's 01, S: 一是…。 then …；二是… hung on the line before)."""
        inner = any(_SENTENCE_INSIDE.search(p) for p in self.problems)
        return "。" if inner else "；"

    @property
    def plan_sentence(self) -> str:
        """今年全省计划创建特色高中12所。… : ``plan_items``, one sentence a task, as
        weave.plan_sentence says them; empty when there are none."""
        return "".join(f"{d}。" for d in self.decisions) + "".join(self.plan_items)

    @property
    def one_task_meeting(self) -> bool:
        """A meeting held once on one task (…督办会, …迎检专题会议): the date line dates it, and a
        review of results nobody gave is no part of it (read in round bb's 06)."""
        return _ONE_TASK_MEETING.search(_HELD_BY.sub("", self.meeting_name)) is not None

    @property
    def to_congress(self) -> bool:
        """A report to the people's congress or its standing committee (congress_report)."""
        return "congress_report" in self.situation

    @property
    def congress_salutation(self) -> str:
        """How a report to a congress addresses it: its delegates, or a standing committee's
        chairs and members."""
        if _STANDING_COMMITTEE.search(self.meeting_name):
            return "主任、各位副主任、各位委员："
        if _PRESIDIUM.search(self.meeting_name):
            return "各位主席团成员："
        return "各位代表："

    @property
    def congress_members(self) -> str:
        """各位代表 of a congress, 各位委员 of its standing committee."""
        if _PRESIDIUM.search(self.meeting_name):
            return "各位主席团成员"
        return "各位委员" if _STANDING_COMMITTEE.search(self.meeting_name) else "各位代表"

    @property
    def congress_body(self) -> str:
        """What the report is given to: 大会, or a standing committee's 本次会议."""
        if _PRESIDIUM.search(self.meeting_name):
            return "主席团"  # a town congress's presidium meets between sessions (round bn's 12, 14: L)
        return "本次会议" if _STANDING_COMMITTEE.search(self.meeting_name) else "大会"

    @property
    def congress_title(self) -> str:
        """关于栎坪镇教育工作情况的报告: a report to a congress is titled by its subject, the
        meeting said below it (round ba's R: 在…人民代表大会…上的工作报告 read as the
        government's own report)."""
        return f"关于{self.region_name or self.w.all}教育工作情况的报告"

    @property
    def congress_meeting_line(self) -> str:
        """——在栎坪镇第十九届人民代表大会第五次会议上"""
        return f"——在{_HELD_BY.sub('', self.meeting_name) or self.meeting_name}上"

    @property
    def staff_addressed(self) -> str:
        """Whom a bureau's report calls on at its close: the staff's congress hears 全县广大
        教职工 (round dd's 14, R: 全系统广大干部职工 at a 教代会), any other meeting the system's."""
        if re.search(r"教代会|教职工代表大会", self.meeting_name):
            return f"{self.w.all}广大教职工"
        return "全系统广大干部职工"

    @property
    def votes(self) -> bool:
        """A body that votes on the report (教代会, 代表大会): only then 请予审议."""
        words = ("代表大会", "教代会", "职代会", "审议")
        return any(w in self.meeting_name for w in words) or self.heard(*words)

    @property
    def review_runs_on(self) -> bool:
        """Whether the achievements make a list one sentence may carry after a colon lead
        (成绩有目共睹：A；B。): two or more, about 60 characters together at most with their
        heads. A colon over a single item (扎实推进各项工作：A。) and one sentence of 60+
        characters carrying two areas' results were round ab's R: those are said in
        sentences of their own."""
        return len(self.achievements) > 1 and self._review_chars(_HEAD_CHARS) <= _ONE_RUN_CHARS

    @property
    def review_run_fits(self) -> bool:
        """The same for a run of the clerk's words with no heads (a concluding speech after
        a report: review_run), up to about 60 characters of the clerk's words."""
        if self.report_figures:  # the figures are named after the run, not in it
            pointed = [a for a in self.achievements if a.points]
            said = sum(len(p) for a in pointed for p in a.points)
            said += sum(len(f.label) + len(f.value) + 2 for a in pointed for f in a.figures)
            return len(pointed) > 1 and said <= _BARE_RUN_CHARS
        return len(self.achievements) > 1 and self._review_chars(0) <= _BARE_RUN_CHARS

    def _review_chars(self, per_item: int) -> int:
        items = self.achievements
        said = sum(len(p) for a in items for p in a.points)
        said += sum(len(f.label) + len(f.value) + 2 for a in items for f in a.figures)
        return said + per_item * len(items)

    def heard(self, *words: str) -> bool:
        """Whether what preceded the speech includes any of ``words``: an endorsement says
        讲得很好 only after someone spoke, 发言 only after 表态发言 (a signing is not 讲)."""
        return any(word in item for item in self.preceding for word in words)

    @property
    def superior_spoke(self) -> bool:
        """Whether someone above the speaker spoke before this one (a 书记's speech; for a
        deputy or a bureau chief the government head's; for a 中心学校校长 the 副乡长's
        要求): the speaker then pledges to carry it out and does not grade it (a 市长 does
        not say 讲得很实在 of the 书记's speech; round ab's L: 这些安排我都同意 of the 副乡长)."""
        return any(superior_speech(item, self.role, self.speaker_title) for item in self.preceding)

    @property
    def recap(self) -> str:
        """What preceded, each item with its subject (occasion.recap): 会议宣读了…，为…颁发…;
        the speaker himself named by his post and name is 我 (round bg's 13, F R: 会前，县委书记
        周岳霖、县长带队… said by 周岳霖)."""
        recap = _self_named(occasion.recap(self.preceding, self.role), self.speaker_name)
        return _own_post_named(recap, self.speaker_title)

    @property
    def recap_said(self) -> str:
        """The recap with its time word: 刚才，… unless the clerk's first item says when it
        happened (round aw's G: 刚才，上午观摩了… — 刚才 and 上午 at odds): 今天上午观摩了…"""
        recap = self.recap
        parts = recap.split("；")
        halves = [p for p in parts if _HALF_DAY_FIRST.match(p)]
        if halves and len(halves) < len(parts) and not _HALF_DAY_FIRST.match(parts[0]):
            # the morning's visit said last after 刚才 (round bb's R: 刚才，…；上午，与会人员…观摩了…):
            # said first, in the order it happened, and 刚才 before the rest; the afternoon's
            # earlier items after the morning's (round bn's 15, F: …；下午，市教育局局长部署了… said
            # after 刚才)
            halves.sort(key=lambda p: "下午" in p[:3])
            others = "；".join(p for p in parts if p not in halves)
            return "；".join([self._half_day_said(halves[0]), *halves[1:]]) + "；刚才，" + others
        if _HALF_DAY_FIRST.match(recap):
            return self._half_day_said(recap)
        if _OWN_TIME_FIRST.match(recap):
            if (recap.startswith("会前") or _DAY_FIRST.match(recap)) and "；" in recap:
                # what followed was in the meeting (round bg's 13 F: 会前，…调研；分管副县长通报了…
                # put the report before the meeting too)
                first, rest = recap.split("；", 1)
                return f"{first}；刚才，{rest}"
            return recap
        return "刚才，" + recap

    @staticmethod
    def _half_day_said(recap: str) -> str:
        """今天上午，我们观摩了… (a visit is the meeting's own: we went)."""
        half_day = _HALF_DAY_FIRST.match(recap)
        assert half_day is not None
        rest = recap[half_day.end() :].lstrip("，")
        we = "我们" if _VISITED.match(rest) and not rest.startswith(("与会", "大家")) else ""
        return f"今天{half_day.group()}，{we}{rest}"

    @property
    def superior_named(self) -> str:
        """县委书记的重要讲话, 分管副乡长提出的要求: what the pledge carries out, named."""
        named = occasion.superior_named(self.preceding, self.role)
        if not named and self.superior_spoke:  # a 重要讲话 by someone not ranked
            spoken = next(
                i for i in self.preceding if superior_speech(i, self.role, self.speaker_title)
            )
            subject = occasion.read_item(spoken).subject
            # a greeting is a 致辞 (round cn's 10, G R: 镇党委副书记代表…致辞的重要讲话)
            greeted = "致辞" in spoken
            named = occasion.greeting_named(subject) if greeted else subject + "的重要讲话"
        return named

    @property
    def superior_gave_speech(self) -> bool:
        return self.superior_named.endswith("讲话")

    @property
    def superior_greeted(self) -> bool:
        """Whether the superior's words were a greeting (…致辞): thanked, not carried out."""
        return self.superior_named.endswith("的致辞")

    @property
    def heard_named(self) -> str:
        """何文彬同志的报告, 县教育局的汇报和城关镇、县一中的交流发言: what the speaker grades."""
        return occasion.heard_named(
            [i for i in self.preceding if not superior_speech(i, self.role, self.speaker_title)],
            self.role,
        )

    @property
    def agree_all(self) -> str:
        """都 where the speaker endorses several things heard (我都同意), else 完全 (round at's
        R: 工作报告客观实在，我都同意 after one report)."""
        return "都" if re.search("[和、]", self.heard_named) else "完全"

    @property
    def pledged_named(self) -> str:
        return occasion.pledged_named(self.preceding)

    @property
    def guideline_year(self) -> str:
        """The year's note the clerk put first in the guideline (今年是党的二十一大召开之年), said
        as a sentence before the lead: under 总的要求是： it was no requirement (round bb's G,
        two drafts); "" where the guideline opens otherwise."""
        note, _rest = self._guideline_parts
        return note + "。" if note else ""

    @property
    def clerk_placed_year(self) -> bool:
        """The clerk's guideline places the year in the five-year plan (今年是“十六五”规划的中期
        之年): the plan year's own line is not said as well (read in round bb's 15: said twice)."""
        return bool(re.search(r"十[一二三四五六七八九]五", self.guideline_year))

    @property
    def guideline_rest(self) -> str | None:
        """The guideline after its year's note (guideline_year), or the whole of it."""
        return self._guideline_parts[1]

    @property
    def topic_work(self) -> str:
        """The line of work a topical meeting is on, by its name (穆川回族自治区职业教育改革发展
        推进视频会议 → 职业教育改革发展工作), for a heading that would say 这项工作 (round bh's 10,
        R: 增强做好这项工作的责任感, "这项工作指代空泛"); "" where the name says none."""
        if "topical_meeting" not in self.situation:
            return ""
        return _topic_of(self.meeting_name, self.region_name)

    @property
    def review_counts_only(self) -> bool:
        """Every review item only counts the place's schools and pupils (全镇现有小学5所…在校
        小学生1106人): no progress to credit or thank anyone for (round bh's 04, F: 这些进展凝聚着
        各方面的努力 over counts)."""
        said = [" ".join((*a.points, *(f.label for f in a.figures))) for a in self.achievements]
        said += self.basics  # (said before the review: _counts_only)
        return bool(said) and all(
            _PLACE_COUNTED.search(text) and not _PROGRESS_SAID.search(text) for text in said
        )

    @property
    def guideline_calls_teachers(self) -> bool:
        """The guideline is a call to teachers (弘扬教育家精神，…做“四有”好老师): said as the
        speaker's hope for them, not as 做好教师工作的总思路 (round bh's 05, G F)."""
        return bool(_TEACHERS_CALLED.search(self.guideline_rest or ""))

    @property
    def guideline_form(self) -> str:
        """A teachers' day guideline that tells the meeting's form (这次不搞表彰，主要是座谈听意见),
        from that clause on, as a paragraph of the opening; where the meeting honours someone
        (certificates, a commendation) only what it is for (今天的会，主要是…。): 不搞表彰 said
        after certificates were handed out read as the clerk's note (round ch's 23, R). "" where
        the guideline tells no form, or opens with words of its own before it (向7位…老教师致敬，
        …；今年不搞评比表彰，…: said whole, as before)."""
        found = self._form_clause
        if found is None:
            return ""
        rest = self.guideline_rest or ""
        if not (self.service_honoured or self.commended):
            return rest[found.start() :].rstrip("。；，") + "。"
        purpose = rest[found.end() :].lstrip("，；。 ").rstrip("。；，")
        if purpose.startswith("主要是"):
            return f"今天的会，{purpose}。"
        if _DONE_INSTEAD.match(purpose):
            return f"今天，我们{purpose}。"
        return purpose + "。" if purpose else ""

    @property
    def guideline_greets(self) -> bool:
        """A teachers' day guideline that greets the teachers (向全县教师致以节日问候，…; 镇党委、镇政府向
        全镇教师致以节日慰问，…): what the speech does at its opening, no thinking about teachers' work
        to set out (rounds cn's 11 and cp's 04, G: 抓教师工作，我们的基本思路是：…向全县教师致以节日问候)."""
        return self.kind.key == "teachers_day" and bool(_GREETS.search(self.guideline_rest or ""))

    @property
    def guideline_form_told(self) -> bool:
        """The guideline tells the meeting's form (said at the opening): it is no requirement
        for the third part."""
        return self._form_clause is not None

    @property
    def _form_clause(self) -> re.Match[str] | None:
        """The clause of a teachers' day guideline that tells the meeting's form, where only the
        clerk's note of what the speech does (感谢全镇老师，给老师们办几件实事) comes before it."""
        if self.kind.key != "teachers_day":
            return None
        rest = self.guideline_rest or ""
        found = _MEETING_FORM.search(rest)
        if found is None:
            return None
        before = rest[: found.start()].strip("，；。 ")
        return found if not before or _NOTE_OF_THANKS.match(before) else None

    @property
    def guideline_plain(self) -> bool:
        """The clerk's guideline is the moment or the meeting's form, not a principle (天气转热，
        “五一”假期临近…; 距离明年5月省级督导评估只剩7个月…; 今年不开表彰大会，以座谈的形式…):
        said as the clerk wrote it, not after 总的思路是： (round by's 03, 15, 18 and 22, G F: a
        fact forced into the 总体要求 frame)."""
        return bool(_PLAIN_GUIDELINE.search(self.guideline_rest or ""))

    @property
    def _guideline_parts(self) -> tuple[str, str | None]:
        """(the year's note the guideline opens with, or "", the rest of it)."""
        found = _YEAR_NOTE_FIRST.match(self.guideline or "")
        return (found["note"], found["rest"]) if found else ("", self.guideline)

    @property
    def exchange_named(self) -> str:
        """6个市、县教育局的典型发言: exchange speeches answered apart from a report beside them."""
        return occasion.exchange_named(
            [i for i in self.preceding if not superior_speech(i, self.role, self.speaker_title)],
            self.role,
        )

    @property
    def warned(self) -> str:
        """``accidents`` or ``cases``: a bulletin before the speech taken as a warning."""
        return occasion.warned(self.preceding)

    @property
    def warning_named(self) -> str:
        """市应急办的通报: the warning bulletin named."""
        return occasion.warning_named(self.preceding)

    @property
    def policy_within(self) -> str:
        """The policy inside a longer phrase (对于贯彻…精神、落实《…》、做好…工作, 是贯彻…的具体
        行动): there the two verb-objects are one modifier and keep 顿号; at a clause's end
        they take ，(_carried_out)."""
        return self.policy.replace("，落实", "、落实")

    @property
    def signed_title(self) -> str:
        """The title the speech is signed with: 副区长, not the form's 分管副区长 (round ap's R:
        分管 says what a deputy looks after, it is no part of his title)."""
        # (nor 副镇长（分管教育）: the bracket says what he looks after — round bl's 09, R)
        return _IN_CHARGE_ASIDE.sub("", _IN_CHARGE_PREFIX.sub("", self.speaker_title))

    @property
    def signed_named(self) -> str:
        return occasion.signed_named(self.preceding)

    @property
    def adopted_drafts(self) -> bool:
        """Whether every document the meeting adopted is still a draft (送审稿, 草案, 征求意见稿):
        it is revised and submitted, not carried out (round ad's F: 会议审议的《…规划（送审稿）》
        要按照分工抓紧推进，确保件件有着落)."""
        names = _ADOPTED_DOCUMENT.findall(occasion.adopted_named(self.preceding))
        # a document the meeting's own decisions send back (议事规则修改后印发执行: round bi's 16,
        # F — 是我们自己定的规矩，要带头遵守 over rules still to be revised)
        decided = " ".join(
            (*self.decisions, self.agreed, *(p for t in self.priorities for p in t.points))
        )
        if names and _SENT_BACK.search(decided):
            return True
        # a draft the meeting passed (《…（审议稿）》，会议审议通过) is in force, not sent back for
        # revision (round bg's 16, F A: …修改完善后按程序报审 where it took effect that day)
        if any(
            re.search(r"(?<!原则)审议通过|(?<!原则)通过施行|即日起施行", p) for p in self.preceding
        ):
            return False
        # the clerk's note after the title (《…》（讨论稿）), which adopted_named leaves out
        # (round av's F: a 讨论稿 still to go to the 常委会 said to be carried out)
        typed = _ADOPTED_DOCUMENT.findall(" ".join(self.preceding))
        noted = {name.split("》")[0] for name in typed if _DRAFT_DOCUMENT.search(name)}
        return bool(names) and all(
            _DRAFT_DOCUMENT.search(name) or name.split("》")[0] in noted for name in names
        )

    @property
    def adopted_rules(self) -> bool:
        """Whether every document the meeting adopted is a body's own rules (议事规则, 工作细则):
        they are kept, not carried out by a division of work (round bf's 04 F, round bd's 07 R:
        审议通过的议事规则，各有关单位要对照分工，尽快拿出落实的具体办法)."""
        names = _ADOPTED_DOCUMENT.findall(occasion.adopted_named(self.preceding))
        return bool(names) and all(_names_own_rules(name.split("》")[0]) for name in names)

    @property
    def adopted_named(self) -> str:
        """审议通过的《…》 after the 刚才 line; several documents, whose full titles that line
        has just read, by their count (round an's D: 会议审议的《A》和《B》，要抓紧细化分工 right
        after both titles): 会议审议的两个文件."""
        named = occasion.adopted_named(self.preceding)
        titles = _ADOPTED_DOCUMENT.findall(named)
        if len(titles) < 2 or len(titles) > len(_COUNTS) or not named.endswith("》"):
            return named
        verb = named[: named.index("《")]
        return f"{verb}{_COUNTS[len(titles) - 1]}个文件"

    @property
    def entrusted_by(self) -> str:
        """The body a deputy speaks for (受…委托): the profile's on_behalf_of as the clerk
        wrote it (round am's F: 受县政府委托 where the profile said 县委、县政府); else the
        government, or the Party committee and government for a 常委 (round af's L)."""
        if self.on_behalf_of:
            aside = _ENTRUSTED_ASIDE.search(self.on_behalf_of)
            if aside is not None:  # 市政府（受市长委托）: the one who entrusted him
                return aside["who"]
            return _ENTRUSTED_WORDS.sub("", _BRACKETED_ASIDE.sub("", self.on_behalf_of))
        # (a Party deputy secretary is entrusted by the committee too: round cn's 04, L —
        # 受区政府委托 from a 区委副书记)
        party = "常委" in self.speaker_title or "副书记" in self.speaker_title
        return self.w.party_gov if party else self.w.gov

    @property
    def thanks_body(self) -> str:
        """Whom a principal's thanks are said for (我代表县委、县政府，向…): the profile's bodies,
        else the government after a superior spoke, else the committee and government; empty
        for a deputy secretary who holds no government post and was given no on_behalf_of
        (round ap's A: a 州委副书记 said 代表州委、州政府 on his own authority)."""
        if self.on_behalf_body:
            return self.on_behalf_body
        if _DEPUTY_SECRETARY_ONLY.search(self.speaker_title) and not self.on_behalf_of:
            return ""
        return self.w.gov if self.superior_spoke else self.w.party_gov

    @property
    def on_behalf_body(self) -> str | None:
        """The profile's on_behalf_of where it names bodies (县委、县政府, 厅党组), which the
        speaker may say he represents (我代表县委、县政府); None where it names a person
        (旗委书记、领导小组组长, 厅党组书记、厅长: he is entrusted by him, 受…委托, and does not
        say 我代表旗委书记) or is not given."""
        named = _ENTRUSTED_WORDS.sub("", _BRACKETED_ASIDE.sub("", self.on_behalf_of or ""))
        last = named.split("、")[-1]
        if not named or last.endswith(tuple(load_authority().person_ends)):
            return None
        return named

    @property
    def commended(self) -> bool:
        return occasion.commended(self.preceding)

    @property
    def service_honoured(self) -> bool:
        """Whether certificates for years of service were handed out before the speech."""
        return occasion.service_honoured(self.preceding)

    @property
    def service_ceremony(self) -> bool:
        """Whether a teachers' day meeting only handed out certificates for years of service and
        the clerk gave no year's work to speak of: a short address of congratulation, thanks and
        hopes, not a work speech in three parts (round bc's S: 下面，我讲三个方面的意见 and a
        placeholder for the year's results at an 8-minute 从教三十年荣誉证书颁发仪式)."""
        return (
            self.service_honoured
            and not self.commended
            and not (self.achievements or self.priorities or self.target_items)
            # (the kind's stock safeguard is no work the clerk gave)
            and all(task.stock for task in self.safeguards)
        )

    @property
    def years_served(self) -> str:
        """The years of service the certificates count, in words (三十年), or 几十年 where the
        items give none (round be's reader: 几十年 blurred the event's own 三十年)."""
        years = _years_served(self.preceding)
        if years is None:
            return "几十年"
        return (chinese_numeral(int(years)) if years.isdigit() else years) + "年"

    @property
    def topical_meeting(self) -> bool:
        """Whether the meeting is a site or progress meeting on one line of work (…观摩推进会,
        …现场会): its review keeps to that work, with no verdict on the whole year's education
        (round av's S: 2032年的教育工作，总体上是好的 closing a 劳动教育和课后服务观摩推进会)."""
        return "topical_meeting" in self.situation  # _meeting_situations

    @property
    def name_has_year(self) -> bool:
        """Whether the meeting's name carries a year (2017年青溪县教育工作会议): the opening
        does not say the year again (round an's R: …会议，是2017年教育系统的一次重要会议)."""
        return _HAS_YEAR.search(self.meeting_name) is not None

    @property
    def group_session(self) -> str:
        """What a leading group's meeting is called aloud: 全体会议 where the clerk's name says
        so (or the default name, which does), 会议 for a bare one (round at's A: a plenary is
        the group's to call, not the composer's to claim)."""
        return "全体会议" if "全体会议" in self.meeting_name else "会议"

    @property
    def since_last_meeting(self) -> bool:
        """Whether the review's results are what the last meeting settled (上次会议议定事项):
        a mid-year head then weighs the work since that meeting (round at's Y F: 正确评价2028年
        以来的工作 over 上次会议议定的11项事项)."""
        return any(_LAST_MEETING.search(text) for text in self._result_lines())

    @property
    def weighed_span(self) -> str:
        """The span a mid-year leading group's head weighs (要客观看待…的工作): since the last
        meeting where the results are its decisions; 今年以来 where they say they are the
        year's so far (or there are none); the year under review's where a result names that
        year; else 前一阶段 — a result that names no year gives no span to name (round au's A
        F: 充分肯定2022年以来取得的成绩 at an August 2023 meeting over 双减 results of no year;
        round ae's F: 今年以来 over the year before's results)."""
        if self.since_last_meeting:
            return "上次会议以来"
        if not self.achievements or self.results_this_year or self.y.review >= self.y.meeting:
            return "今年以来"
        if self._results_name(f"{self.y.review}年") or self._results_name("去年"):
            # the year just past is 去年 in the speaker's mouth (round dd's 15, R: 2031年以来 at a
            # 2032 meeting)
            return "去年以来" if self.y.review == self.y.meeting - 1 else f"{self.y.review}年以来"
        return "前一阶段"

    def _results_name(self, word: str) -> bool:
        figures = (f"{f.label}{f.value}" for a in self.achievements for f in a.figures)
        return any(word in text for text in (*self._result_lines(), *figures))

    def _result_lines(self) -> list[str]:
        """The review's areas and points, as the clerk wrote them."""
        return [text for a in self.achievements for text in (a.area_label, *a.points)]

    @property
    def results_this_year(self) -> bool:
        """Whether the review's results say they are the year's so far (上半年议定的6项事项,
        今年以来…): a mid-year head then says 今年以来, not the year under review's 2032年以来
        (round ar's Y), which stays where the results name no span (round ae's F)."""
        labels = (f.label for a in self.achievements for f in a.figures)
        return any(_SO_FAR_SAID.search(text) for text in (*self._result_lines(), *labels))

    @property
    def meeting_said(self) -> str:
        """The meeting's name as its speaker says it: the place by its 全 word (今天，我们召开全省
        教育大会; round ar's R: 省领导说“召开溱岭省教育大会”不合口径); the printed title keeps the
        clerk's name (在溱岭省教育大会上的讲话)."""
        name, place, whole = _held_by_said(self.meeting_name), self.region_name or "", self.w.all
        if not (place and whole.startswith("全") and name.startswith(place)):
            return name
        rest = name[len(place) :]
        year = re.match(r"\d{4}年", rest)
        if year:  # 溱岭省2034年教育工作会议 → 2034年全省教育工作会议
            rest = rest[year.end() :]
        if not rest or _BODY_AFTER_PLACE.match(rest):
            return name  # 溱岭省委…: a body's name stays whole
        if _GROUP_MEETING.match(rest):
            # a group is the place's body, not the whole place's meeting (round at's R: 召开全州
            # 教育工作领导小组会议 → 州教育工作领导小组会议)
            return whole.removeprefix("全") + rest
        if rest.startswith(whole):
            whole = ""  # 峨渠彝族自治州2035年全州教育大会 (round ci's 08, G: 这次全州全州教育大会)
        return (year.group() if year else "") + whole + rest

    @property
    def meeting_this(self) -> str:
        """The meeting after 这次: no year (round as's R: 这次2019年全镇教育工作会议 拗口)."""
        return re.sub(r"^\d{4}年", "", self.meeting_said) or self.meeting_said

    @property
    def meeting_year_said(self) -> str:
        """The meeting's year after a name that carries it: 今年 (开好这次石坝乡2019年教育工作会议，
        对于…做好今年全乡教育工作); else 2019年."""
        year = f"{self.y.meeting}年"
        return "今年" if year in self.meeting_name else year

    @property
    def meeting_noun(self) -> str:
        """What the meeting calls itself (大会, 座谈会, 会议): a 座谈会 is not 这次大会 (round w's F)."""
        found = _MEETING_NOUN.search(self.meeting_name)
        return found.group(1) if found else "会议"

    @property
    def meeting_held(self) -> str:
        """The verb a meeting takes: a ceremony is 举行, not 召开 (round bc's 10: 召开这次会议 of
        a 荣誉证书颁发仪式)."""
        return "举行" if self.meeting_noun == "仪式" else "召开"

    @property
    def report_word(self) -> str:
        """报告 after a report, 汇报 after a 汇报, 通报 after a 通报 alone: 这个报告 said of a
        汇报 (round q's R)."""
        if self.heard("报告"):
            return "报告"
        return "通报" if self.heard("通报") and not self.heard("汇报") else "汇报"

    @property
    def report_said(self) -> str:
        """The report named as a concluding speech refers back to it: 工作报告, 工作汇报, 通报."""
        word = self.report_word
        return word if word == "通报" else "工作" + word

    @property
    def heard_report(self) -> bool:
        """Whether someone reported on the work before the speech (a report, a 汇报 or a 通报 of
        the year's work): a concluding speech then affirms the year in a line and does not list
        it again area by area (round ad's S: 一是…四是 after 通报了2029年度全县教育工作情况)."""
        return self.heard("报告", "汇报", "通报")

    @property
    def report_figures(self) -> tuple[Figure, ...]:
        """The year's figures a concluding speech does not read out again as a list after a
        report (round al's S: 教育支出达到18.6亿元，增长4.2%。 right after 报告已全面回顾): they
        are said in one summarising clause (report_figure_names, render.review_run), every one
        of them kept (round z's rule: nothing the clerk typed is dropped)."""
        if self.kind.key != "concluding_remarks" or not self.heard_report:
            return ()
        if not any(
            _REPORT_HEARD.search(item) and "工作" in item and not _PART_OF_THE_YEAR.search(item)
            for item in self.preceding
        ):
            # a report of this year's months (通报了今年1—4月控辍保学工作情况), or of cases (通报了两起…
            # 案例), is not the year's review: its figures were not in it (round cs's 05, A — 通报里全年发放资助资金
            # 6830万元…等数字，大家都已看到), so they are said as the review's own
            return ()
        # a figure of the clerk's point stays with it (…新校区建成投用，新增高中学位2400个); a
        # single figure is no 一组数字: said as before
        figures = tuple(f for a in self.achievements if not a.points for f in a.figures)
        return figures if len(figures) > 1 else ()

    @property
    def report_figure_names(self) -> str:
        """The report's figures as a concluding speech refers to them in one clause: each
        name with its value, no verb (教育支出18.6亿元、增长4.2%、高考本科上线率72.6%), every
        figure the clerk gave kept; measures before deeds (完成投资3.1亿元), a qualifier (增长,
        比上年增长) after the figure it qualifies."""
        groups: list[list[Figure]] = []
        for figure in self.report_figures:
            if groups and _QUALIFIER_NAME.match(figure.label):
                groups[-1].append(figure)
            else:
                groups.append([figure])
        groups.sort(key=lambda group: bool(_DEED_NAME.match(group[0].label)))
        # each with the verb its form takes (发放慰问金4.2万元, not 慰问金4.2万元: round
        # z's rule of test_figure_leads)
        said = [_DIGITS_COMMA.sub("", review_figure(f.label, f.value)) for g in groups for f in g]
        return "、".join(dict.fromkeys(said))

    def heard_besides_superior(self, *words: str) -> bool:
        """``heard``, leaving out a superior's speech: 讲得很好 is said of peers' remarks.
        With no words: whether anything besides a superior's speech preceded."""
        return any(
            not words or any(word in item for word in words)
            for item in self.preceding
            if not superior_speech(item, self.role, self.speaker_title)
        )

    def with_density(self, density: int) -> SpeechContext:
        return replace(self, density=density)


# a leading group's meeting that checks the year's tasks (…重点任务督办会, …调度会): it hears
# progress and presses on what lags (round aw's R: 督办会…主要是贯彻《…纲要》)
_SUPERVISION = re.compile(r"督办会|调度会|督查会|推进会")
_HALF_DAY_FIRST = re.compile(r"^(?:上午|下午|晚上)")
_OWN_TIME_FIRST = re.compile(r"^(?:今天|昨天|前天|会前|会议开始前|\d+日|\d{1,2}月\d{1,2}日)")
# a day or days the clerk put first (9月6日至8日，州委书记、州长分别带队走访…): said before 刚才, not
# after it (round bo's 09, F: 刚才，9月6日至8日，…)
_DAY_FIRST = re.compile(r"^\d{1,2}月\d{1,2}日")
_VISITED = re.compile(r"观摩|参观|察看|实地|看了现场|走进")
_TOPICAL_MEETING = re.compile(
    # a 专题会 on one line of work (作业管理专题会议, 科学教育工作专题会), not a group's or a
    # committee's own session; one on education as a whole (全县教育工作专题会) is ruled out by
    # _education_as_a_whole_before (round cg's 11, S: 就抓好今年的工作 and a year's review at a
    # 科学教育工作专题会)
    r"观摩|(?<!小组)(?<!常委会)专题会|"
    # (…经验交流视频会议, …推进电视电话会: the medium said before 会; round bb's S)
    # a 督办会 checks one task's items (round ba's F Y: 明年工作的总体思路…11月底前全部整改到位
    # and a thank-you to every teacher at a November 迎评督办会)
    r"(?:现场|现场推进|推进|经验交流|现场交流|督办|调度|督查)(?:视频|电视电话|网络)?会"
)
# a leader's meeting on one line of work by its name (全市学校体育工作会议, 全区作业管理工作
# 会议): the work before 工作会议 is no 教育 as a whole (round bb's S: 今年教育工作的总的考虑是
# and 我市教育发展还存在短板 at a school sports meeting)
_WORK_MEETING = re.compile(r"工作(?:视频|电视电话|网络)?会议?")
_EDUCATION_AS_A_WHOLE = re.compile(
    r"(?:教育|教体|教育体育|教育系统|教育科技|教育卫生|科教|教育事业|年度|全年)$"
)
_LINE_OF_WORK_KINDS = frozenset({"leader_speech", "concluding_remarks"})
# a meeting named for safety, a commendation or a term's opening has its own frames
_OCCASION_NAMED = re.compile(r"安全|表彰|开学|教师节")
_ADOPTED_DOCUMENT = re.compile(r"《[^》]*》(?:（[^）]*）)?")
_DRAFT_DOCUMENT = re.compile(r"送审稿|审议稿|代拟稿|草案|征求意见稿|讨论稿|初稿")
_SPEECH = re.compile(r"讲话|致辞")
_GOV_HEAD = re.compile(r"(?<!副)(?:省长|市长|县长|区长|州长|旗长|盟长|主席)")
_UNDER_GOV_HEAD = ("deputy", "bureau_chief", "group_head")


_PEOPLES_BODY = re.compile(r"总工会|工会|妇联|团委|团县委|团市委|科协|工商联|关工委|红十字会")


def superior_speech(item: str, role: str, title: str = "") -> bool:
    """Whether a preceding item is a speech, remarks or a report by someone the speaker
    ranks below (occasion.RANK by the item's subject): a 中心学校校长 after the 副乡长's
    要求, a bureau chief after the 副县长's 部署. A Party committee's deputy secretary who is
    no government head (``title`` 县委副书记) ranks below the government head (round at's R:
    a 县委副书记 said 讲话和报告客观全面，我都赞同 of the 县长's speech)."""
    if role == "party_secretary" and _DEPUTY_SECRETARY_ONLY.search(title):
        role = "deputy"
    read = occasion.read_item(item)
    if occasion.warning_of(read):  # a bulletin of accidents or cases: a warning, not orders
        return False
    if _PEOPLES_BODY.search(read.subject):
        # a trade union's, a women's federation's greeting (市总工会副主席致辞) gives the bureau
        # no orders to carry out (read in round bb's 03: 致辞的重要讲话…抓好贯彻落实)
        return False
    if read.act in ("speech", "remarks", "report") and read.above(role):
        return True
    if not _SPEECH.search(item):
        return False
    by_secretary = "书记" in read.subject and role != "party_secretary"
    if by_secretary and occasion.DEPUTY_SECRETARY.search(read.subject):
        by_secretary = read.above(role)  # a 副书记 ranks with the government head
    by_head = role in _UNDER_GOV_HEAD and bool(_GOV_HEAD.search(read.subject))
    return by_secretary or by_head or ("重要讲话" in item and role != "party_secretary")


# the named-claims entry (templates/norms/named.yaml) for a commendation at the meeting
COMMENDATION = LICENCE_PREFIX + "commendation"


_YEARS_SERVED = re.compile(r"从教(?:满)?(?P<years>\d{2}|[二三四五]十)年")


def _years_served(items: Iterable[str]) -> str | None:
    """The years of service the first item that counts them names (30, 三十), or None."""
    served = next(filter(None, map(_YEARS_SERVED.search, items)), None)
    return served["years"] if served else None


def _certificates_meeting(profile: Profile, place: str, day_number: int) -> str:
    """The name of a teachers' day that only handed out certificates for years of service,
    where the clerk gave none (全县庆祝第33个教师节暨从教30年教师荣誉证书颁发仪式), or "": the
    default 庆祝教师节大会 named another occasion (round bd's F: 在全县庆祝第33个教师节大会上 for a
    certificates ceremony)."""
    if profile.kind != "teachers_day" or not occasion.service_honoured(profile.preceding):
        return ""
    if occasion.commended(profile.preceding):
        return ""
    years = _years_served(profile.preceding)
    served = f"从教{years}年" if years else ""
    return f"{place}庆祝第{day_number}个教师节暨{served}教师荣誉证书颁发仪式"


def _default_meeting(kind: SpeechKind, situation: frozenset[str]) -> str:
    """The kind's default meeting name, without a commendation the profile never names
    (``situation`` holds the named claims the profile licenses: _situation)."""
    if kind.plain_meeting and COMMENDATION not in situation:
        return kind.plain_meeting
    return kind.default_meeting


# A teachers' day achievement that is the day's own commendation: its area is the
# commendation, or its words say this one (本次表彰, 今天受表彰)
# an achievement given with no area of its own (a plain line: 综合) or as odds and ends; the
# renderer claims no progress of these either (render.review_item)
ODDS_AREA = re.compile(
    # (综述, 总体情况, 基本情况: a form's heading — round bb's G R: 综述取得积极进展)
    r"^(?:综合|综述|总体情况|总体|基本情况|概况|概述|其他|其它|综合工作|其他工作|其它工作|其他方面|综合方面"
    # a span as the form's heading (今年以来, 上半年进展, 三年总体情况, 上学期: round bv's 01, 05,
    # 06 and 08, G R — 今年以来取得积极进展。, 一是三年总体取得积极进展)
    r"|(?:今年以来|上半年|下半年|上学期|本学期|一年来|去年|上年|近[两三五]年|[两三五]年来?|\d{4}年)"
    r"(?:总体)?(?:情况|进展|工作|成绩|主要进展|主要成绩)?"
    # a heading of the form, not an area (round at's G: 一年来的成绩取得积极进展)
    r"|(?:一年来的|过去一年的|去年的|上年的|全年的|主要|工作)?(?:成绩|成效)|主要工作)$"
    # a review's span as its heading (round bc's G R: 一是三年回顾取得积极进展)
    r"|^(?:[一两二三四五]年|近[一两二三四五几]年|几年来|五年来|三年来|年度|全年|工作)?(?:回顾|总结)$"
    # the whole of the work, not an area of it (round at's G/R: 全州教育工作取得积极进展, 全年
    # 安全工作有序开展, 一是2033年全省校园安全工作扎实推进, 上次会议议定事项工作持续加强)
    r"|^(?:(?:19|20)\d\d年|全年|上年|去年)"
    # the form's column of what is done (round bd's 07 G R: 今年已完成取得积极进展)
    r"|^(?:今年|年内|年初以来)?(?:已完成|已办结|已落实)(?:的)?(?:事项|工作|任务)?$"
    r"|^全[省区市州盟县旗镇乡](?:教育|教育工作|教育系统|安全|安全工作|校园安全|校园安全工作)$"
    r"|^(?:教育|教育工作|各项工作|工作)$"
    # (全镇教育概况, 全县教育基本情况: a form's heading, said 全镇教育概况。 as a line — round ca's 05, R)
    r"|^全?[省区市州盟县旗镇乡]?(?:教育|教育工作|学校)?(?:基本情况|概况)$"
    r"|^上次(?:会议|全体会议)(?:以来|议定事项|确定的事项|部署的工作|研究的事项)?$"
    # a span's whole, and the honours won (round bf's 24 and 13, R G: 一是三年来总体取得积极进展,
    # 三是质量和荣誉取得积极进展)
    r"|^(?:[一两二三四五]年来|近[一两二三四五几]年|几年来|一年来)(?:的)?(?:总体|整体)(?:情况)?$"
    r"|^(?:荣誉|获奖|表彰)(?:情况)?$"
    # a form's column of facts, deeds or aims, not a work (round bs's 12 and 24, G R: 一是教师队伍
    # 基本情况, 二是教师代表事迹工作扎实推进, 今年目标取得积极进展)
    r"|^[\u4e00-\u9fff]{0,8}(?:基本情况|事迹|先进事迹|目标|目标任务|完成情况)$"
    # a yardstick or a size, not a work (round cc's 02, 12 and 20, G: （六）对照去年教代会定的目标工作
    # 扎实推进, 对照去年人代会上的承诺工作统筹推进, 办学规模工作扎实推进)
    r"|^对照[\u4e00-\u9fff“”]{2,24}$|^[\u4e00-\u9fff]{0,6}(?:规模|承诺)$"
)
_HAN = re.compile(r"[\u4e00-\u9fff]")
_WORK_NAME = re.compile(
    r"^[\u4e00-\u9fff“”]{2,}(?:工作|建设|教育|管理|资助|保障|改革|治理|服务|安全|发展|督导|评价|培训|"
    r"办学|招生|考试)$"
)


def _odds_named(label: str, things: list[str], bank: PhraseBank) -> tuple[str, Area | None]:
    """An achievement's area: odds and ends holding one thing (全年发放学生资助资金1,980万元,
    given as a plain line) are the area that thing names, by the clerk's own word for it (学生
    资助): round af's S, （三）其他各项工作持续加强 over one 资助 line."""
    if not ODDS_AREA.match(label) or len(things) != 1:
        return label, bank.find_area(label)
    area = bank.find_area(things[0])
    # only a name of a work (学生资助, 校园安全) heads it: a word inside the line (幼儿园 of
    # 中小学幼儿园“一键报警”, 教师 of 退休教师, 一氧化碳) led it as that area's progress (round
    # aw's G: 幼儿园建设有力推进 over an alarm link-up rate, 教师队伍建设统筹推进 over river patrols)
    names = [n for n in (area.names() if area else ()) if _WORK_NAME.search(n)]
    # (a year or a span alone is no first clause: 2027年，全市一般公共预算教育支出… — round ce's 02)
    first = next(
        (c for c in re.split(r"[，；。]", things[0]) if not _SPAN_ALONE.match(c)), things[0]
    )
    said = max((n for n in names if n in first), key=len, default="")
    if said:
        return said, area
    if claim_of(things[0]) is not None:
        # a line whose words name its claim (高考本科上线率 → 教育质量, 教育支出 → 教育投入, 民族团结
        # 进步 → 民族团结进步教育成果) is left to the review's claims (lead_frames.claim_of), not to
        # a work a later clause names (round cd's 14: （五）义务教育工作取得新成效 over 民族团结)
        return label, bank.find_area(label)
    # the area the line's first clause names (义务教育巩固率…): its label heads it, not 其他各项
    # 工作 (readers struck 47 of 50 such headings over rounds a–cd; round cd's 14, S: three plain
    # lines under （二）其他各项工作取得积极进展)
    topic = bank.find_area(first)
    if (
        topic is not None
        and topic.key not in _NAMED_BY_RESULTS
        and any(
            n in first and n not in _TOO_COMMON_TO_NAME for n in topic.names() if _HAN.search(n)
        )
    ):
        return _work_of_the_line(first, topic.label), topic
    # (a work named only as whose pupils or schools (农村义务教育学生二十一万人) heads no line:
    # round cl's 06, E R — 义务教育工作统筹推进。 over a canteen line)
    said = max((n for n in names if _named_as_work(n, things[0])), key=len, default="")
    if said:
        return said, area
    # a line about buildings names no work, and is one (2016年全区新建、改扩建中小学校舍…: round
    # bh's 02, R — 一是 then the bare figures, where the other items had their claim)
    for words, work in _ODDS_BY_WORDS:
        if words.search(things[0]) and (worked := bank.find_area(work)) is not None:
            return work, worked
    return label, bank.find_area(label)


# a line on one work of the balance (撤并, 寄宿制, 教学点) that says no 均衡 is that work's, not the
# balance's (round ck's 07 and 08, G: 义务教育优质均衡工作有力推进 over 撤并小规模学校41所, over
# 新建寄宿制学校9所, over 寄宿制学校锅炉、烟道检修; round cj's 06, A: …优质均衡工作有序开展 over
# 寄宿生 figures)
_BALANCE_WORKS = (
    (re.compile(r"撤并|布局调整"), "学校布局调整"),
    (re.compile(r"寄宿"), "寄宿制学校建设"),
    (re.compile(r"小规模学校|教学点"), "乡村小规模学校建设"),
    (re.compile(r"集团化办学|教育集团"), "集团化办学"),
    (re.compile(r"大班额"), "大班额化解"),
)


def _work_of_the_line(first: str, label: str) -> str:
    """The area's label, or the one work of the balance, or of the five sides of education, the
    line's first clause names."""
    if label.startswith("五育并举与"):
        # (学生体质健康…, 校园足球…: 学校体育, not 五育并举与体育美育劳动教育 — rounds da's 07 and
        # db's 22, A G: 美育、劳动教育 claimed over the PE figures alone)
        named = [work for words, work in _FIVE_SIDES if words.search(first)]
        return named[0] if len(named) == 1 else label
    if not label.endswith("均衡") or "均衡" in first:
        return label
    return next((work for words, work in _BALANCE_WORKS if words.search(first)), label)


_FIVE_SIDES = (
    (re.compile(r"体育|体质|足球|篮球|运动|体测"), "学校体育"),
    (re.compile(r"美育|艺术|音乐|美术|合唱|书法"), "学校美育"),
    (re.compile(r"劳动"), "劳动教育"),
)


def _named_as_work(name: str, line: str) -> bool:
    return bool(re.search(re.escape(name) + r"(?!学生|学校|阶段|教师|学龄)", line))


_SPAN_ALONE = re.compile(
    r"^(?:\d{4}年(?:以来|来)?|今年以来|去年|上年|一年来|近[两三五]年|[两三五]年来)$"
)


# an exam's results are the schools' quality, not the exams' organisation (三是教育质量稳步提升，
# 中考全市平均分…, never 招生考试取得积极进展): the review's own claims name them
_NAMED_BY_RESULTS = frozenset({"exams"})


# words any line may hold (中小学幼儿园“一键报警”…, 退休教师): they name no area of its own
_TOO_COMMON_TO_NAME = frozenset(
    {"幼儿园", "中小学", "学校", "教师", "学生", "教育", "学位", "中小学校"}
)


_ODDS_BY_WORDS = ((re.compile(r"校舍|改扩建|新建[^，；。]{0,10}(?:学校|幼儿园|校区)"), "办学条件"),)


_TODAYS = re.compile(
    r"(?:本次|这次|今天|本届|此次)(?:大会)?(?:共)?(?:表彰|受表彰|受到表彰|授予|颁发)"
)
_COMMENDATION_AREA = re.compile(r"^(?:表彰|评选表彰|表彰奖励|评优表彰)(?:工作)?$")
_AWARD_THINGS = re.compile(r"(?:证书|奖章|奖牌|奖杯|纪念章|荣誉称号)$")
_TODAYS_LEAD = re.compile(
    r"^(?:本次|这次|今天|本届|此次)?(?:大会)?(?:共)?(?:表彰|受表彰|受到表彰的|授予|颁发)?"
)


# a plain review line that tells a target missed (…目标仅完成172套，…未能完成): a shortfall, said
# among the problems, not as the year's 五是 (round bh's 02 and round bj's 22, S F: 未完成的目标列为
# 成效); a line that also tells one met stays where the clerk put it
_MISSED = re.compile(r"未能?完成|没有?完成|没能完成|未能?达到|没有?达到|未达标|仅完成|只完成了?\d")
_MET_TOO = re.compile(r"已实现|已完成|超额完成|全部完成|提前完成|如期完成")


def _missed_only(achievement: Achievement) -> bool:
    if _SHORTFALL_AREA.search(achievement.area) and achievement.points and not achievement.figures:
        # the clerk's own heading for what was missed (未完成的目标): its lines are shortfalls,
        # said among the problems (round cd's 14, S: （七）其他各项工作有序开展 over two missed
        # targets)
        # (a plan, then what was done: 原定达到80%，实际只达到67% and 原计划九所，完成七所 under
        # 未完成的目标 — round cy's 14, S F: （七）主要工作取得积极进展 over them)
        return all(
            _MISSED.search(p) or _DELAYED.search(p) or _PLANNED_THEN_DONE.search(p)
            for p in achievement.points
        )
    if not ODDS_AREA.match(achievement.area) or len(achievement.points) != 1:
        return False
    line = achievement.points[0]
    return bool(_MISSED.search(line)) and not _MET_TOO.search(line) and not achievement.figures


_SHORTFALL_AREA = re.compile(r"未完成|没有?完成|未达成|未实现|未达标")
_DELAYED = re.compile(r"推迟|延期|滞后|偏慢|未能|没有开工|未开工")
_PLANNED_THEN_DONE = re.compile(
    r"原(?:计划|定|拟)[^。；]{2,24}?[，,](?:实际)?(?:只|仅)?(?:完成|达到|建成|有)"
)


# a plain review line that only counts what the place has (全镇现有中心小学1所、…教职工118人;
# 全州专任教师现有1.06万余人): the ground the year's work stands on, said before the review, not
# as its 一是 (round bk's 05, 08, 16, 18 and 22, S R: 基本情况不是成绩); a rate the clerk calls
# 现有 (本科上线率现有68.2%) and a count beside what changed (比上年增加118人) are results
_COUNTS_NOW = re.compile(r"^[^，；。]{0,12}?(?<!率)现有[^，；。]*?\d")
_CHANGED = re.compile(
    r"完成|新增|新建|建成|改扩建|改造|提高|提升|增加|增长|减少|下降|达到|实现|通过|获|投入|落实|"
    r"开展|招聘|补充|培训|评为|创建|翻了"
)
_BASICS_AREA = re.compile(r"(?:基本情况|概况)$")


# a problem that lists its own items (去年年初定的目标，有两项没有完成：一是…；二是…): inside the
# problems' 一是…二是… its own are said without numbers, joined by ， (round bl's 20, S: 一是…：一是…)
_INNER_ORDINAL = re.compile(r"(?<=[：:；;])\s*[一二三四五六七八九十]是")


_OWN_ORDINAL = re.compile(r"^[一二三四五六七八九十]是(?=[^，；。]{2})")


# a question the clerk left open in a problem (…锅炉工年前辞职，开学前能不能补上？（待苏木政府回复）):
# said as what is not yet known (round by's 05, G R: …能不能补上？ then a line ，待苏木政府回复)
_OPEN_QUESTION = re.compile(
    # (and 有没有…？: 今年这两处有没有人看？ — round bz's 20, G R, the list broken at its ？)
    r"(?P<when>[^，；。？]*?)(?P<ask>能不能|能否|可不可以|是否能|有没有|要不要|会不会)"
    r"(?P<deed>[^，；。？]{1,12})？"
    r"(?:\s*[（(]?\s*待(?P<who>[^）)。；，？]{2,14}?)(?P<answer>回复|答复|研究|确定|商定|明确)[）)]?)?"
)


_WHETHER = {"有没有": "是否有", "要不要": "是否要", "会不会": "是否会"}


def _open_question_stated(problem: str) -> str:
    def stated(found: re.Match[str]) -> str:
        whether = _WHETHER.get(found["ask"], "能否")
        asked = f"{found['when']}{whether}{found['deed']}"
        if found["who"]:
            return f"{asked}，还要等{found['who']}{found['answer']}"
        return f"{asked}还不确定"

    return _OPEN_QUESTION.sub(stated, problem)


def _inner_list_unnumbered(problem: str) -> str:
    # (a problem typed with its own 一是 before it: the list numbers it — round bm's 07, G 一是一是)
    problem = _OWN_ORDINAL.sub("", problem)
    if not re.search(r"[：:]\s*一是", problem):
        return problem
    return _INNER_ORDINAL.sub("", problem).replace("；", "，")


_IN_CHARGE_ASIDE = re.compile(r"[（(]\s*分管[^）)]{1,12}[）)]")


def _counts_only(achievement: Achievement) -> bool:
    if achievement.figures or not achievement.points:
        return False
    if not (ODDS_AREA.match(achievement.area) or _BASICS_AREA.search(achievement.area)):
        return False
    return all(
        (_COUNTS_NOW.match(p) and not _CHANGED.search(p)) or _ROLL_FALLING.match(p)
        for p in achievement.points
    )


# a plain line of the roll falling (全县在校学生总数为8.3万人，比上年减少约1600人，小学一年级新生首次
# 降到5000人以下): the ground the year's work stands on, no progress (round cy's 12, S R: （二）主要
# 工作取得积极进展 over it alone)
_ROLL_FALLING = re.compile(
    r"^[^，；。]{0,16}?(?:在校生|在校学生|学生总数|新生|生源|适龄儿童)[^。；]{0,30}?"
    r"(?:减少|下降|降到|降至|跌破)(?![^。；]{0,12}(?:提高|提升|增加|达到))"
)


# the day's honourees listed with their schools and stories (今年受表彰的有：温晓岚（市第一实验
# 小学），在讲台上站了二十六年…；骆永平（…），…): the meeting's own business, each said as
# 这次受表彰的同志中，市第一实验小学的温晓岚老师… (round ch's 16, G A: 四是残疾儿童入学保障更加
# 有力。今年受表彰的有方面，温晓岚，市第一实验小学，…)
_HONOUREES_LISTED = re.compile(
    r"^(?:今年|本年度|这次|本次|此次)?(?:大会)?(?:受表彰的|受到表彰的)(?:同志|教师|老师)?(?:有|是)[：:]\s*(?P<list>.+)$"
)
_HONOUREE = re.compile(
    r"^(?P<name>[\u4e00-\u9fff]{2,4})[（(](?P<unit>[^（）()]{2,24})[）)][，,]?(?P<story>[^；;]*)$"
)


def _honourees_said(listed: str) -> str:
    """这次受表彰的同志中，<school>的<name>老师<story>；…, or the list as the clerk wrote it
    where an item is of another shape."""
    items = [item.strip() for item in re.split(r"[；;]", listed.rstrip("。；; ")) if item.strip()]
    found = [_HONOUREE.match(item) for item in items]
    if not found or any(match is None for match in found):
        return listed
    said = [f"{m['unit']}的{m['name']}老师{m['story']}" for m in found if m]
    return "这次受表彰的同志中，" + "；".join(said)


def _todays_commendation(achievement: Achievement) -> bool:
    if _COMMENDATION_AREA.match(achievement.area.strip()):
        return True
    if any(_HONOUREES_LISTED.match(str(point).strip()) for point in achievement.points):
        return True
    said = [*achievement.points, *achievement.figures]
    # or a line that opens with 受表彰 (受表彰优秀教师312名: round an's G, review_said)
    return any(_TODAYS.search(str(text)) or today_honour(str(text)) for text in said)


def _honoured_lines(achievement: Achievement) -> tuple[str, ...]:
    """The day's commendation said as the meeting's own business: 这次大会表彰全省模范教师
    300名、优秀教育工作者100名，颁发从教30年乡村教师荣誉证书4.2万份。 and its points as the
    clerk wrote them, 本次表彰 said 这次大会表彰."""
    honoured: list[str] = []
    awarded: list[str] = []
    for label, value in achievement.figures.items():
        if not str(value).strip():
            continue
        name = _TODAYS_LEAD.sub("", typeset(label)) or typeset(label)
        said = f"{name}{_value_text(value, '')}"
        (awarded if _AWARD_THINGS.search(name) else honoured).append(said)
    lines = []
    if honoured or awarded:
        verbs = [
            *(["表彰" + "、".join(honoured)] if honoured else []),
            *(["颁发" + "、".join(awarded)] if awarded else []),
        ]
        lines.append("这次大会" + "，".join(verbs) + "。")
    points = [
        _honourees_said(listed["list"]) if (listed := _HONOUREES_LISTED.match(p.strip())) else p
        for p in achievement.points
    ]
    for point in _clauses(points):
        point = re.sub(r"^(?:本次|此次|今天)(?:大会)?(?=表彰|授予|颁发)", "这次大会", point)
        point = honour_said(point) if today_honour(point) else point
        lines.append(point.rstrip("。；，") + "。")
    return tuple(lines)


# a target that is the day's commendation (今年表彰优秀教师100名、优秀班主任60名) at the meeting
# that makes it: done as the speaker speaks, no aim to ensure (round aw's F G: 我们要全力确保今年
# 表彰优秀教师100名… after the decision was read out)
_HONOUR_TARGET = re.compile(
    # (本次共表彰…: round dg's 04, G F — 我们要确保本次共表彰…, a target made of the meeting's deed)
    r"^(?:今年|本年度|全年|本次|这次|此次)?(?:共|拟|计划)?(?:表彰|评选表彰)(?=[^，；。]*\d)"
)


def _honours_today(profile: Profile) -> bool:
    return profile.kind == "teachers_day" and occasion.commended(profile.preceding)


def _targets_honoured(profile: Profile) -> tuple[str, ...]:
    """The commendation targets of a meeting that commends, said as its own business
    (这次大会表彰优秀教师100名、…。)."""
    if not _honours_today(profile):
        return ()
    return tuple(
        "这次大会表彰" + _HONOUR_TARGET.sub("", item).rstrip("。；，") + "。"
        for item in _clauses(_target_items(profile))
        if _HONOUR_TARGET.match(item)
    )


def build_context(
    loaded: LoadedProfile, bank: PhraseBank, seed: int | None = None
) -> SpeechContext:
    profile = _agenda_as_preceding(loaded.profile)
    kind = KINDS[profile.kind]
    written = _Written(profile)
    words = _level_words(profile, written)
    season = profile.meeting.season or season_of(profile.meeting.date)
    teachers_day_no = teachers_day_number(profile.meeting_year)
    situation = _situation(profile, written)
    collected = _collected(profile)
    missed = [a for a in profile.review.achievements if _missed_only(a)]
    basics = [a for a in profile.review.achievements if _counts_only(a)]
    # the results said as results: not the day's own commendation, a target missed or the
    # place's counts; a teachers' day's named teachers' stories told apart from them
    results = [
        a
        for a in profile.review.achievements
        if not (profile.kind == "teachers_day" and _todays_commendation(a))
        and a not in missed
        and a not in basics
    ]
    stories = [a for a in results if profile.kind == "teachers_day" and _teacher_story(a)]
    agenda_summary = _agenda_summary(profile)
    target_clauses = _clauses(_target_items(profile))
    meeting_name = (
        _group_meeting(_whole_place(profile.meeting.name, words.all))
        if profile.meeting.name
        else _certificates_meeting(profile, words.all, teachers_day_no)
        or _default_meeting(kind, situation).format(
            all=words.all, group=words.group, season=season, n=teachers_day_no
        )
    )
    policies = (
        [titled(typeset(p)) for p in profile.policies]
        if profile.policies is not None
        else _dated_policies(bank, profile.meeting.date)
    )
    # the year under review was guided by what had been issued by its end, not by a
    # document of the meeting's own month (《中国教育现代化2035》 for 2018's work)
    review_end = min(profile.meeting.date, datetime.date(profile.review_year, 12, 31))
    review_policies = (
        [titled(typeset(p)) for p in profile.policies]
        if profile.policies is not None
        else _dated_policies(
            bank,
            review_end,
            still_at=profile.meeting.date,
            party_at=_review_party_day(profile.review_year, review_end),
        )
    )
    minutes = profile.duration_minutes or kind.default_minutes
    own_tasks = _tasks_of_their_own(profile)
    agreed_tasks = _agreed_tasks(profile)
    reviewed = _reviewed_in_digits(profile)
    built = SpeechContext(
        kind=kind,
        w=words,
        y=_years(profile),
        region_name=profile.region.name,
        meeting_name=meeting_name,
        meeting_date=_chinese_date(profile),
        title=_title(kind, profile.meeting_year, meeting_name, profile.region.name)
        if profile.meeting.name or not kind.names_no_meeting
        else untitled_meeting(kind),
        speaker_title=profile.speaker.title,
        speaker_name=profile.speaker.name,
        on_behalf_of=profile.speaker.on_behalf_of,
        attendees=tuple(profile.attendees),
        preceding=one_lead_each(_said_preceding(profile)),
        achievements=tuple(
            AchievementItem(
                area_label=_name_said(
                    _odds_named(a.area, [*a.points, *a.figures], bank)[0], review=True
                ),
                area=_odds_named(a.area, [*a.points, *a.figures], bank)[1],
                points=_clauses([_year_so_far(p, profile.meeting.date) for p in a.points]),
                figures=tuple(
                    Figure(typeset(k), _value_text(v, ""))
                    for k, v in a.figures.items()
                    if str(v).strip()
                ),
            )
            for a in results
            if a not in stories
        ),
        teacher_stories=_clauses([_story_said(p) for a in stories for p in a.points]),
        basics=_clauses([p for a in basics for p in a.points]),
        agreed=_agreed_said(profile, agreed_tasks),
        honoured=tuple(
            line
            for a in profile.review.achievements
            if profile.kind == "teachers_day" and _todays_commendation(a)
            for line in _honoured_lines(a)
        )
        + _targets_honoured(profile),
        problems=tuple(
            _inner_list_unnumbered(p)
            for p in _clauses(
                [
                    *(p for a in missed for p in a.points),
                    *map(_open_question_stated, profile.review.problems),
                ]
            )
        ),
        guideline=_one_colon(_guideline_said(_clause(profile.targets.guideline)))
        if profile.targets.guideline and not agenda_summary
        else None,
        agenda_summary=agenda_summary,
        target_items=tuple(
            goal_said(c)
            for c in target_clauses
            if not (_honours_today(profile) and _HONOUR_TARGET.match(c))
            and not _DECIDED.match(c)
            and not done_in_review_text(c, reviewed)
            and not (profile.kind == "teachers_day" and arrangement_only(c))
        ),
        decisions=tuple(c for c in target_clauses if _DECIDED.match(c)),
        priorities=tuple(
            _task(
                p.area,
                p.title,
                _years_by_the_day(_not_recapped(p.points, profile.preceding), profile.meeting.date),
                p.facts,
                _priority_area(bank, p.area),
                bank,
                collected,
                told_rates(
                    profile.targets.items,
                    (n for a in profile.review.achievements for n in a.figures),
                    (f for a in profile.review.achievements for f in a.figures.items()),
                ),
                results_text(profile.review.achievements),
            )
            for p in own_tasks
        ),
        safeguards=_safeguards(profile, bank, minutes, collected),
        parts_named=tuple(
            p.area
            for p in profile.priorities
            if p not in own_tasks and not _only_the_vote_formula(p) and p not in agreed_tasks
        ),
        target_chars=minutes * CHARS_PER_MINUTE,
        policy=_carried_out(policies) or "党中央关于教育工作的决策部署",
        review_policy=_reviewed_under(
            _carried_out(review_policies) or "党中央关于教育工作的决策部署",
            _congress_closed_in(profile.review_year, review_end)
            if profile.policies is None
            else "",
        ),
        lead_policy=(
            "、".join(policies) if profile.policies is not None else "、".join(policies[:1])
        )
        or "党中央关于教育工作的决策部署",
        lead_study=_study_verb(
            ("、".join(policies) if profile.policies is not None else "、".join(policies[:1])),
            profile.meeting.date,
        ),
        review_study=_study_verb(
            "、".join(review_policies) or "党中央关于教育工作的决策部署", profile.meeting.date
        ),
        season=season,
        break_theme=break_theme(
            profile.kind,
            profile.meeting.date,
            [profile.meeting.name or "", *(p.area for p in profile.priorities)],
        ),
        hazard_theme=(
            hazard_theme(profile.kind, [profile.meeting.name or ""])
            if "hazard_theme" in situation
            else ""
        ),
        term_span=_term_span(season, profile),
        teachers_day_no=teachers_day_no,
        meeting_day=profile.meeting.date,
        role=speaker_role(profile.speaker.role, profile.speaker.title, default=kind.speaker_role),
        level=profile.region.level,
        suggestions=profile.suggestions,
        group_named=profile.kind == "leading_group" or names_group(_own_names(profile)),
        situation=situation,
        frames=bank.frames,
        seed=seed
        if seed is not None
        else (profile.seed if profile.seed is not None else default_seed(profile)),
    )
    return _plan_dates_checked(built, profile.meeting.date)


# a day a school opens or a building is put to use, already past at the meeting (新建的州第二寄宿制
# 中学于2月26日正式启用 at a 4 March meeting): said as done (round bi's 07, G F: 要确保…于2月26日启用)
_ON_A_DAY = re.compile(
    r"(?<![已将拟])于(?P<m>\d{1,2})月(?P<d>\d{1,2})日(?=(?:正式)?(?:启用|开学|投入使用|投用|交付|开园|招生))"
)


def _done_by_now(text: str, day: datetime.date) -> str:
    def said(found: re.Match[str]) -> str:
        month, date = int(found["m"]), int(found["d"])
        past = 1 <= month <= 12 and (month, date) < (day.month, day.day)
        return "已" + found.group() if past else found.group()

    return _ON_A_DAY.sub(said, text)


def _date_checked(text: str, day: datetime.date) -> str:
    """A clerk's point whose deadline cannot fit the plan period it names, kept as written
    with a 【待核：…】 after it (seasons.plan_date_misfit; ``validate`` says the same); a day
    of opening already past said as done (_done_by_now)."""
    text = _done_by_now(text, day)
    why = plan_date_misfit(text, day)
    if not why:
        return text
    marks = _TRAILING_CHECKS.search(text)
    if marks is not None:
        # the clerk's own note marked already: the date's reason joins it, one mark (round
        # bd's 17 F: 8月15日前报州教育局备案 at a 27 August meeting went unflagged)
        return text[: marks.end() - 1] + f"；{why}】"
    if why in text:
        return text
    # (a sender's mark inside the point is the figure's, not the date's: round bh's 05 F, 要在今年
    # 秋季开学前完成…【待核：旗住建局报】 at a 9 September meeting went unflagged)
    return f"{text}【待核：{why}】"


def _plan_dates_checked(ctx: SpeechContext, day: datetime.date) -> SpeechContext:
    """The context with every clerk's point and target checked against its plan period
    (round ak's F: 明年3月底前完成“十五五”教育规划终期评估 at a November 2029 meeting)."""

    def checked(task: TaskItem) -> TaskItem:
        points = tuple(_date_checked(p, day) for p in task.points)
        return task if points == task.points else replace(task, points=points)

    return replace(
        ctx,
        guideline=_date_checked(ctx.guideline, day) if ctx.guideline else ctx.guideline,
        target_items=tuple(_date_checked(t, day) for t in ctx.target_items),
        priorities=tuple(checked(t) for t in ctx.priorities),
        safeguards=tuple(checked(t) for t in ctx.safeguards),
    )


# a review that speaks of a whole year: its number, 全年, 一年来, a plan period's targets
_WHOLE_YEAR = re.compile(r"(?:19|20)\d\d年(?!\d{0,2}月)|全年|一年来|年度|“?十[二三四五六七]五”?")


def _term_span(season: str, profile: Profile) -> str:
    """过去一学年 in autumn; in spring 上学期, or 过去一年 where the review's points and
    figures speak of the whole year."""
    said = [
        str(text)
        for a in profile.review.achievements
        for text in (*a.points, *a.figures, *(str(v) for v in a.figures.values()))
    ]
    if (
        profile.kind == "school_opening"
        and _term_begun(profile)
        and any(_AROUND_THE_OPENING.search(text) for text in said)
    ):
        # a meeting held after the term began whose review is of the opening (城南小学2月20日
        # 启用, 教学点2月18日撤并): 这学期开学前后, not 上学期 (round cl's 05 and 17, F); on the
        # opening day itself, the break before it (round da's 05, F: 这学期开学前后 on 1 September)
        if _opening_day(profile):
            return "暑期以来" if season == "秋季" else "寒假以来"
        return "这学期开学前后"
    points = [
        str(t) for a in profile.review.achievements for t in (a.points or [a.area or ""]) if t
    ]
    summer = [t for t in points if _OF_THE_SUMMER.search(t)]
    if season == "秋季" and points and 2 * len(summer) > len(points) and not _whole_year_said(said):
        # (过去一学年 over the summer's repairs, a school opened on 1 September and teachers who
        # came in August: rounds cv's 05, cx's 05, cy's 05 and 17, F — "暑期以来，各地各校做了…")
        return "暑假期间"
    if season == "秋季":  # 过去一年 over items of 上半年 (review_said.calendar_span: round an's R)
        return calendar_span("过去一学年", said)
    if _whole_year_said(said):
        return "过去一年"
    # a review of the winter break alone is the break's (round bf's 07 and 21, F: 上学期的工作，
    # 可以用“稳中有进”来概括 over 寒假期间… items only)
    # (the items under an area the clerk named for the break are the break's: round bg's 07,
    # 寒假工作回顾 over 住宿生返校前完成锅炉…检修)
    if said and all(_of_the_break(a) for a in profile.review.achievements):
        return "寒假期间"
    return "上学期"


def _of_the_break(achievement: Achievement) -> bool:
    if _WINTER_BREAK.search(achievement.area or ""):
        return True
    texts = [*achievement.points, *achievement.figures, *map(str, achievement.figures.values())]
    return all(_WINTER_BREAK.search(str(t)) for t in texts if t)


_WINTER_BREAK = re.compile(r"寒假|春节|假期")


def _whole_year_said(said: Sequence[str]) -> bool:
    return any(_WHOLE_YEAR.search(text) for text in said)


_OF_THE_SUMMER = re.compile(r"暑假|暑期|假期|开学前|[78]月(?:\d{1,2}日|底|份|中旬|下旬)|9月1日")
_AROUND_THE_OPENING = re.compile(r"开学|启用|(?:[2389]|1[0])月\d{1,2}日")


def _study_verb(policy: str, when: datetime.date) -> str:
    """学习贯彻 a reference while it is still studied at ``when``; 贯彻落实 once the dated
    terms say its study years are over."""
    if policy and terms_out_of_window("学习贯彻" + policy, when):
        return "贯彻落实"
    return "学习贯彻"


# a 副书记 with no head's post (县委副书记, not 县委副书记、县长): not the committee's voice
_DEPUTY_SECRETARY_ONLY = re.compile(
    r"^(?!.*(?:(?:县|区|市|州|旗|省|镇|乡|盟)长|主席|苏木达)).*副书记"
)
# 分管 before a deputy's post (分管副区长, 区政府分管副区长 keeps its government)
_IN_CHARGE_PREFIX = re.compile(r"分管(?=副)")


def _carried_out(policies: Sequence[str]) -> str:
    """The references said after 贯彻: the Party's guidance joined with 、, a document after
    it with ，落实 (…精神，落实《中国教育现代化2035》: round an's G struck 贯彻…精神、《中国教育
    现代化2035》, a plan listed as one more 精神; round ap's G struck 精神、落实, two verb-objects
    joined by 顿号)."""
    guidance = [p for p in policies if not p.startswith("《")]
    documents = [p for p in policies if p.startswith("《")]
    if guidance and documents:
        return "、".join(guidance) + "，落实" + "和".join(documents)
    return "、".join(guidance or documents)


def _reviewed_under(guidance: str, congress: str) -> str:
    """What a year under review carried out: the guidance before its autumn congress, and the
    congress studied once held — 认真贯彻党中央决策部署，学习宣传贯彻党的十九大精神
    (round af's Y struck 一年来…深入贯彻党的十九大精神 over 2017; round k struck a 2022 review
    that named no 二十大: both are kept by naming it with the verb of its weeks)."""
    # the guidance before the congress is not named by its own words (十八大和十八届…) in a
    # speech given after the next congress (the term's window in norms/terms.yaml)
    return f"党中央决策部署，学习宣传贯彻{congress}精神" if congress else guidance


def _congress_closed_in(year: int, review_end: datetime.date) -> str:
    """The Party congress that closed during the year under review (by its end), or ""."""
    for congress in load_party_calendar().congresses:
        if datetime.date(year, 1, 1) < congress.closed <= review_end:
            return congress.name
    return ""


def _review_party_day(year: int, review_end: datetime.date) -> datetime.date:
    """The day whose Party guidance a year under review was carried out under: its end,
    unless a congress closed during it — then the eve of the congress (2017's work was not
    done 深入贯彻党的十九大精神, held in its last quarter: round af's Y); the congress is the
    guidance of the year ahead (``policy``)."""
    for congress in load_party_calendar().congresses:
        if datetime.date(year, 1, 1) < congress.closed <= review_end:
            return congress.closed
    return review_end


def _dated_policies(
    bank: PhraseBank,
    when: datetime.date,
    still_at: datetime.date | None = None,
    party_at: datetime.date | None = None,
) -> tuple[str, ...]:
    """The Party's latest guidance for the meeting date (norms/party.yaml), then the bank's
    other references in force that year; none whose terms are outside their window. With
    ``still_at`` (the meeting day, for the year under review), none whose window has closed
    by then either: a March 2025 meeting does not cite 《中国教育现代化2035》 for 2024's
    work once the 2025 plan has replaced it (readers' Y)."""
    party = current_party_reference(party_at or when)
    in_force = [
        p
        for p in bank.policies_at(when)
        if not p.lead
        and not terms_out_of_window(p.text, when)
        and (still_at is None or not _closed_by(p.text, still_at))
    ]
    others = tuple(p.text for p in in_force)
    if party is None:
        return others
    leads = [p.text for p in bank.policies_at(party_at or when) if p.lead]
    if not leads:
        return (party.spirit,) + others
    # 习近平新时代中国特色社会主义思想和党的二十大、二十届三中全会精神, then the newest other
    # reference alone in the same breath (round aj's Y: a 2024 opening with no guiding
    # thought; round q's R: four references in one list)
    newest = sorted(in_force, key=_issued, reverse=True)[:1]
    return ("、".join(leads) + "和" + party.spirit.replace("和", "、", 1),) + tuple(
        p.text for p in newest
    )


def _issued(policy: Policy) -> datetime.date:
    return policy.first_day or datetime.date(policy.first_year, 1, 1)


def _closed_by(text: str, day: datetime.date) -> bool:
    """A dated term in ``text`` whose window ended before ``day`` (not one yet to begin)."""
    return any(
        term.until is not None and term.until < day and term.pattern.search(text)
        for term in load_terms()
    )


def default_seed(profile: Profile) -> int:
    """Stable across runs and machines (not Python's salted hash): the same profile
    gives the same draft, and next year's profile gives a different one."""
    key = f"{profile.kind}|{profile.region.level}|{profile.region.name}|{profile.meeting_year}"
    return int.from_bytes(hashlib.sha256(key.encode("utf-8")).digest()[:4], "big")


def _answered_none(value: object) -> bool:
    """A field's value that says there is none of it (无, 0, 今年不安排)."""
    return is_declined(value, "")


class _Written:
    """``strings_in`` of a profile's fields, each field walked once a draft (speed20): the
    level words and the situation asked for the profile's texts eight times, each time a
    walk of every field but one or three. ``texts(*leaving_out)`` is
    ``tuple(strings_in({k: v for k, v in vars(profile).items() if k not in leaving_out}))``,
    the same strings in the same order."""

    __slots__ = ("_fields", "_stated")

    def __init__(self, profile: Profile) -> None:
        self._fields = [
            (key, tuple(strings_in({key: value}))) for key, value in vars(profile).items()
        ]
        # without the fields the clerk answered none (新建改扩建公办幼儿园数: 无): what the place
        # has, as its situation is read (round ct's 23, F)
        self._stated = [
            (key, tuple(strings_in({key: value}, _answered_none)))
            for key, value in vars(profile).items()
        ]

    def texts(self, *leaving_out: str) -> tuple[str, ...]:
        return tuple(
            text for key, texts in self._fields if key not in leaving_out for text in texts
        )

    def stated(self, *leaving_out: str) -> tuple[str, ...]:
        """``texts``, without the fields the clerk answered none."""
        return tuple(
            text for key, texts in self._stated if key not in leaving_out for text in texts
        )


def _level_words(profile: Profile, written_by_field: _Written | None = None) -> LevelWords:
    fields = written_by_field or _Written(profile)
    words = LEVELS[profile.region.level]
    name = profile.region.name
    if words.below == "各市（盟）" and name:  # an unnamed region keeps the table's word
        words = replace(words, below=regions_below(name, fields.texts()))
    if profile.region.superiors:
        words = replace(words, superiors=superior_bodies(profile.region.superiors, words.unit))
    elif profile.region.level == "county":
        words = replace(
            words,
            superiors=county_superiors(fields.texts("region")),
        )
    elif profile.region.level in ("county_city", "banner"):
        words = replace(
            words,
            superiors=prefecture_superiors(
                profile.region.level, fields.texts("region"), words.superiors
            ),
        )
    names = _own_names(profile)
    written = fields.texts("region", "kind")
    words = own_offices(own_organ(league_words(township_words(words, name), name), names), written)
    words = own_central_school(words, fields.texts())
    words = own_group_office(own_group(words, names, profile.meeting_year), fields.texts())
    words = own_counties(own_prefectures(words, fields.texts()), fields.texts("kind"))
    texts = fields.texts("speaker", "region", "kind")
    words = own_schools(words, texts)
    if not has_communities(profile.region.level, name, texts):
        words = replace(words, below=words.below.replace("（社区）", ""), communities="")
    words = own_four_bodies(words, profile.speaker.title, profile.speaker.on_behalf_of or "")
    if profile.region.level == "banner" or _PASTORAL.search(" ".join(texts)):
        words = replace(words, children="农村牧区孩子")
    if profile.region.level == "banner" or _ETHNIC_AREA.search(name or ""):
        words = replace(words, peoples="各族")
    # (the points' own 各苏木镇 too: round cn's 15, L — 各苏木乡镇 beside the clerk's 各苏木镇)
    return own_water(own_subdivisions(words, (*names, *fields.texts())), texts)


_PASTORAL = re.compile(r"牧区|牧民|游牧")
# an autonomous region, prefecture or county, a 民族乡 or a banner, by its name
_ETHNIC_AREA = re.compile(r"自治[区州县旗]$|民族[乡镇]$|旗$")


def _own_names(profile: Profile) -> tuple[str, ...]:
    """Where a profile names the speaker's organ or group: title, on whose behalf, the
    meeting, who attends and what preceded the speech."""
    speaker = profile.speaker
    return (
        speaker.title,
        speaker.on_behalf_of or "",
        profile.meeting.name or "",
        *profile.attendees,
        *profile.preceding,
    )


# a key task about the teachers, by its own name or title (补充师资, 乡村教师, 师德师风)
_TEACHERS_TASK = re.compile(r"教师|师资|老师|教职工|校长|班主任|师德")


def _task_situations(tasks: Sequence[object]) -> frozenset[str]:
    """several_tasks (two or more), tasks_beyond_teachers (one not about the teachers, by its
    name and title), aid_task (one on 学生资助, by its area)."""
    found = {"several_tasks"} if len(tasks) >= 2 else set()
    words = [" ".join(str(getattr(t, k, "") or "") for k in ("area", "title")) for t in tasks]
    if any(not _TEACHERS_TASK.search(w) for w in words):
        found.add("tasks_beyond_teachers")
    if any("资助" in str(getattr(t, "area", "") or "") for t in tasks):
        found.add("aid_task")
    # the clerk's points speak of the school buses (bus_tasked: a frame's 抓好校车安全 would say
    # them again — rounds ck's 08 and cl's 09, D)
    if any("校车" in str(p) for t in tasks for p in (getattr(t, "points", None) or ())):
        found.add("bus_tasked")
    return frozenset(found)


def _place_facts(profile: Profile, texts: list[str]) -> frozenset[str]:
    """What the place has to speak of, by its level and the profile's words: rural schools,
    社区, 县域高中, a 特殊教育学校 (town27), whether the speaker heads his leadership, and
    whether a leader speaks at a leading group's meeting (group_meeting: voice.charges_schools)."""
    level = profile.region.level
    facts = {
        "rural": rural_place(level, texts),
        "communities": has_communities(level, profile.region.name, texts),
        "heads_leadership": heads_leadership(profile.speaker.title),
        "county_schools": county_high_schools(level, texts),
        "special_schools": has_special_schools(level, texts),
        # a Party or government leader at a leading group's meeting speaks to 成员单位
        "group_meeting": profile.kind == "leading_group"
        and speaker_role(profile.speaker.role, profile.speaker.title) not in BUREAU_LIKE,
    }
    return frozenset(key for key, held in facts.items() if held)


# what a problem about the teachers names (situation problem_off_teachers)
_OF_TEACHERS = re.compile(
    r"教师|老师|师资|教职工|编制|职称|班主任|校长|师德|骨干|名师|培训|交流轮岗"
)


def _review_situations(review: Review) -> frozenset[str]:
    """What the review gives: results at all, one result only, one problem, problems with
    figures, faulting the members, naming their own shortfall, beyond the teachers."""
    found = {"review_given"} if review.achievements else set()
    problems = review.problems
    if len(problems) == 1:
        found.add("one_problem")
    if sum(len(a.points) + len(a.figures) for a in review.achievements) == 1:
        found.add("one_result")
    if any(re.search(r"\d", p) for p in problems):
        found.add("problem_figure")
    if any(_MEMBERS_FAULTED.search(p) for p in problems):
        found.add("members_faulted")
    if any(re.search(r"差距|不足|短板|困难", p) for p in problems):
        found.add("problem_names_shortfall")
    if any(not _OF_TEACHERS.search(p) for p in problems):
        found.add("problem_off_teachers")
    return frozenset(found)


def _situation(profile: Profile, written_by_field: _Written | None = None) -> frozenset[str]:
    """What the clerk wrote of the place (situation.py), from every text of the profile but
    the speaker's and the region's own names; with the named schemes and results it names
    (named.py: a unit says 青蓝结对 or 再创新高 only then)."""
    written = written_by_field or _Written(profile)
    texts = list(written.stated("speaker", "region", "kind"))
    # (the schools it has none of read in every field: the clerk says so where he answers a field
    # none — 高考本科上线率目标: 无高中，此项不填, round cx's 02)
    rural = _place_facts(profile, texts) | schools_not_held(
        written.texts("speaker", "region", "kind")
    )
    spoke = _several_spoke(_said_preceding(profile))
    targets = frozenset({"targets_given"}) if _targets_given(profile) else frozenset()
    if any(_STRIVEN.search(item) for item in profile.targets.items):
        targets |= {"targets_striven"}
    targets |= _task_situations(profile.priorities)
    if _years_reviewed(profile):
        targets |= {"years_reviewed"}
    if _says_digital(profile.meeting.date, texts):
        targets |= {"says_digital"}
    targets |= _review_situations(profile.review)
    targets |= _time_frame(profile)
    targets |= _meeting_situations(profile)
    if "brief_meeting" in targets and not profile.review.achievements:
        targets |= {"brief_unreviewed"}
    if _opening_guideline(profile):
        targets |= {"opening_guideline"}
    names = [profile.meeting.name or "", *(p.area for p in profile.priorities)]
    season = season_situation(profile.kind, profile.meeting.date, names, texts)
    return (
        read_situation(texts)
        | licensed_by(texts)
        | rural
        | spoke
        | targets
        | _heard(profile)
        | season
    )


_ENTRUSTED_KINDS = frozenset(load_authority().entrusted_kinds)
# on_behalf_of written as the sentence's own words (受市长委托): the name alone, or the draft
# said 受受市长委托委托
_ENTRUSTED_WORDS = re.compile(r"^受|委托$")
# the clerk's aside in the field (市政府（受市长委托）: round ck's 13, G R — 受市政府（受市长委托）委托)
_BRACKETED_ASIDE = re.compile(r"[（(][^）)]*[）)]")
_ENTRUSTED_ASIDE = re.compile(r"[（(]受(?P<who>[^）)]{2,12}?)委托[）)]")


_BRIEF_MINUTES = 12
_TERM_WORDS = re.compile(r"学期|学年")


def _opening_guideline(profile: Profile) -> bool:
    """A school opening's guideline that speaks of the opening alone (确保9月1日平稳有序开学…)."""
    guideline = profile.targets.guideline or ""
    return (
        profile.kind == "school_opening"
        and "开学" in guideline
        and not _TERM_WORDS.search(guideline)
    )


_MEMBERS_FAULTED = re.compile(
    r"配角|看客|旁观|推诿|扯皮|等通知|不主动|不积极|各自为战|缺位|被动应付"
    # (round bu's 16: 主要靠教育局一家在跑，市场监管、公安等部门参与不够)
    r"|参与不够|参与不足|一家在跑|单打独斗|配合不够|配合不力|协同不够"
    # (round bv's 16: 挂名不履职 beside 想在一起、干在一起 and 运行机制总体顺畅)
    r"|挂名|不履职|履职不到位|履职不力"
    # (成员单位多是听会、表态…教育局一家唱独角戏: round cw's 12, F — 这些进展，是各成员单位共同推动
    # 的结果 beside it; 交办的事项只报“已知悉”: round cw's 23)
    r"|唱独角戏|一家唱|听会、表态|只听会|只表态|只报“已知悉”|逾期未办"
)


def _meeting_situations(profile: Profile) -> frozenset[str]:
    """commendation_meeting (a 表彰 in the name or read out before the speech), entrusted (a
    deputy speaking for the principal the profile names), plenary (a leading group's 全体会议
    by its name, or by the default name where the clerk gave none), group_new,
    topical_meeting (a site or progress meeting on one line of work, by its name) and
    supervision_meeting (a leading group's meeting that checks its tasks, by its name)."""
    found = set()
    if "表彰" in (profile.meeting.name or "") or occasion.commended(profile.preceding):
        found.add("commendation_meeting")
    if _entrusted(profile):
        found.add("entrusted")
    if profile.duration_minutes is not None and profile.duration_minutes <= _BRIEF_MINUTES:
        found.add("brief_meeting")
    if profile.kind == "leading_group":
        found |= _group_situations(profile)
    if _topical_name(profile):
        found |= _topical_situations(profile)
    if any(_VISITED.search(item) for item in profile.preceding):
        found.add("site_visited")
    if profile.kind == "school_opening" and _term_begun(profile):
        found.add("term_begun")
    if _opening_day(profile):
        found.add("opening_day")
    return frozenset(found) | _said_situations(profile)


# what a leading group heard: reports on one line of work (区教育局、区卫健委关于全区学前教育和婴幼儿
# 托育服务情况的联合汇报), not on the year's education work (工作要点, 年度工作, 教育工作情况)
_REPORT_HEARD = re.compile(r"汇报|报告|通报")
_YEARS_WORK_HEARD = re.compile(
    r"工作要点|年度工作|全年工作|教育工作(?:情况|报告|汇报)|工作报告|总体情况"
)
_LINE_OF_WORK_HEARD = re.compile(
    r"学前|托育|婴幼儿|高中|招生|中考|高考|校外培训|课后服务|双减|教师|编制|控辍|安全|职业教育|职教"
    r"|集团|寄宿|食品|心理|体育|近视|资助|营养|校舍|学位|布局|民族团结|语言文字|劳动|思政|督导"
    # (县卫健局补充汇报了上半年学生视力筛查结果: round cx's 03, F — 围绕今年的教育工作 at a group on
    # 心理健康 and 近视防控)
    r"|视力|筛查|健康|校园餐|卫生"
)


def _one_line_heard(preceding: Sequence[str]) -> bool:
    """Whether every report the group heard was on one line of work, none on the year's work
    (rounds cr's 08 and cs's 08, F: 回顾2031年工作，研究2032年全区教育工作 at a meeting that
    heard the 学前教育和托育 report alone)."""
    reports = [item for item in preceding if _REPORT_HEARD.search(item)]
    return (
        bool(reports)
        and not any(_YEARS_WORK_HEARD.search(item) for item in preceding)
        and all(_LINE_OF_WORK_HEARD.search(item) for item in reports)
    )


def _group_situations(profile: Profile) -> set[str]:
    """A leading group's: plenary, group_new, supervision_meeting and one_line_heard."""
    name = profile.meeting.name or ""
    found = {"plenary"} if "全体会议" in name else set()
    if _group_new(profile):
        found.add("group_new")
    if _SUPERVISION.search(name):
        found.add("supervision_meeting")
    if _one_line_heard(profile.preceding):
        found.add("one_line_heard")
    return found


def _topical_situations(profile: Profile) -> set[str]:
    """topical_meeting, and topical_unreviewed where the clerk gave no result of the work."""
    return {"topical_meeting"} | (set() if profile.review.achievements else {"topical_unreviewed"})


def _said_situations(profile: Profile) -> frozenset[str]:
    """congress_report (a report to a people's congress, by the meeting's name),
    other_subjects_short and no_teaching_points (what the clerk's words leave out)."""
    found = set()
    if profile.kind == "work_report" and _CONGRESS.search(profile.meeting.name or ""):
        found.add("congress_report")
    if profile.kind == "work_report" and any(
        _DECIDED_ABOVE.search(problem) for problem in profile.review.problems
    ):
        found.add("problems_above")
    if _other_subjects_short(profile):
        found.add("other_subjects_short")
    if profile.region.level == "town" and _no_teaching_points(profile):
        found.add("no_teaching_points")
    return frozenset(found)


# a problem the place may not decide itself (由县里统一核定，镇里决定不了; 只能由县里统一规划决定)
_DECIDED_ABOVE = re.compile(
    r"决定不了|无权决定|无权|只能由[^，；。]{1,8}决定|由[县市州旗区][里级]?统一(?:核定|规划|决定|安排)"
    r"|(?:镇|乡|苏木|街道)[里级]?只能"
    # (round bu's 09 and 14, F: 编制由县里核定，镇里没有办法; 需县发改局批复; 要等县教育局统一
    # 规划; 建设资金需要县里列项 — then 我们将…逐项加以解决)
    r"|由[县市州旗区](?:里|级|政府|教育局)?(?:统一)?(?:核定|规划|决定|安排|定|审批|批复|列项)"
    r"|需(?:要)?[县市州旗区][^，；。]{0,10}(?:批复|审批|列项|立项|核定|决定|统筹|解决)"
    r"|要[县市州旗区]里?统一(?:规划|安排|审批|核定)"
    r"|(?:镇|乡|苏木|街道)[里级]?[^，；。]{0,6}?(?:没有办法|没办法|解决不了|办不了|无能为力)"
    r"|要等[县市州旗区][^，；。]{0,8}(?:规划|决定|安排|批复)"
)
# subjects the clerk names as short of teachers (科学、心理健康、信息科技专任教师不足)
_SUBJECTS_SHORT = re.compile(
    r"(?P<subjects>(?:(?:科学|信息科技|信息技术|英语|心理健康|心理|思政|劳动|音乐|体育|美术|音体美|书法|特教)[、和及与]?){1,6})"
    r"(?:等)?(?:学科|专任|专职)?(?:教师|老师)[^，。；]{0,4}(?:不足|短缺|紧缺|缺口|缺编|缺乏|匮乏|紧张)"
)
_ARTS = re.compile(r"音|体|美")


def _no_teaching_points(profile: Profile) -> bool:
    """Whether a town's profile names no 教学点 (its schools counted without one, or none named)."""
    texts = [
        *profile.review.problems,
        *(p for a in profile.priorities for p in a.points),
        *(a.area for a in profile.priorities),
        *_achievement_texts(profile),
        *profile.targets.items,
    ]
    said = "\n".join(str(t) for t in texts)
    # (nor where the clerk names no school of the town at all: its 教学点 are as unknown — round
    # bq's 04, A: 中心学校和村小、教学点要一并督查 at a town whose profile named none)
    return "教学点" not in said


def _other_subjects_short(profile: Profile) -> bool:
    texts = [
        *profile.review.problems,
        *(p for a in profile.priorities for p in a.points),
        *_achievement_texts(profile),
    ]
    named = [m["subjects"] for text in texts for m in _SUBJECTS_SHORT.finditer(text)]
    return bool(named) and not any(_ARTS.search(s) for s in named)


# a people's congress or its standing committee, not a 教职工代表大会 (its 代表大会 is no 人大)
_CONGRESS = re.compile(r"人民代表大会|人大常委会|人大常务委员会|人大主席团|人大(?:[^常]{0,4})会议")
_STANDING_COMMITTEE = re.compile(r"常委会|常务委员会")
_PRESIDIUM = re.compile(r"主席团")


# a leading group meeting for the first time (…成立后第一次全体会议, 宣读了…成立…的通知, 今年3月
# 正式成立): it has no year of work behind it (round av's F: 一年来，各成员单位想在一起、干在
# 一起 at a first plenary whose problems include 各唱各的调)
# (not the year's first: 2027年第一次全体会议 is a standing group's first of the year)
_FIRST_MEETING = re.compile(r"(?<![年度])(?:第一次|首次)(?:全体)?会议|成立大会")
_FOUNDED = re.compile(r"成立[^，；。]{0,12}领导小组|领导小组[^，；。]{0,12}(?:正式)?成立")


def _group_new(profile: Profile) -> bool:
    if _FIRST_MEETING.search(profile.meeting.name or ""):
        return True
    texts = [*profile.preceding, *_achievement_texts(profile)]
    return any(_FOUNDED.search(text) for text in texts)


def _achievement_texts(profile: Profile) -> list[str]:
    return [text for item in profile.review.achievements for text in (item.area, *item.points)]


def _entrusted(profile: Profile) -> bool:
    """A deputy who speaks for the principal the profile names (受旗委书记委托, round ao's S;
    受…厅长委托, round am's S) at a kind that says so where it announces its points; only
    where the clerk wrote on_behalf_of (round al's A: 受…主要负责同志委托 with no such word).
    A deputy is the government's (副县长, 常委), or a 副 in the title of anyone but a
    government head (旗委副书记, 副厅长; not 市委副书记、市长, who speaks for his own body)."""
    speaker = profile.speaker
    if not speaker.on_behalf_of or profile.kind not in _ENTRUSTED_KINDS:
        return False
    role = speaker_role(speaker.role, speaker.title, default=KINDS[profile.kind].speaker_role)
    return role == "deputy" or ("副" in speaker.title and role != "government_head")


DIGITAL_FROM = 2022  # norms/terms.yaml: digital_education


def _says_digital(day: datetime.date, texts: list[str]) -> bool:
    """The profile calls its digital work 数字化 and never 信息化, at a meeting from 2022
    (when 教育数字化 began): its draft follows its word (round ad's and ae's Y)."""
    joined = "\n".join(texts)
    return day.year >= DIGITAL_FROM and "数字化" in joined and "信息化" not in joined


# What preceded a speech that its endorsement may praise (round y's F): plans only where
# someone set them out (a work report, a 部署 or 安排, a 表态), not after a 汇报 of last
# year's work or a 通报 of figures (汇报全面客观，安排具体可行 after 汇报了去年…工作); 我完全
# 同意 only where someone of the speaker's own side reported, not a bureau chief after
# another department's 通报 alone (讲得很全面，我完全同意 after 公安厅治安总队通报).
_PLANS_SET_OUT = re.compile(
    r"部署|安排|打算|计划|思路|要点|今年|明年|下一步|工作报告|作了报告|作报告|表态"
)
_ANOTHER_DEPARTMENT = re.compile(
    r"^[^，。；]{0,12}(?:公安|消防|应急|市场监管|卫生健康|卫健|交通|交警|气象|住建|自然资源|"
    r"水利|城管|治安|应急管理|司法|检察|法院|团委|妇联|消防救援)"
)
_SPOKEN = re.compile(r"报告|汇报|通报|发言|讲话|介绍|说明")


# A 通报 or a 说明 informs (of an inspection, of the term's safety): it is taken note of and
# acted on, not agreed with (round af's R: 通报讲得很好，我都同意 of a 副校长's inspection 通报;
# 自治区教育厅办公室的通报…我都同意). An item that also reports or sets out work is agreeable.
_INFORMS = re.compile(r"通报|说明")
_PROPOSES = re.compile(r"报告|汇报|发言|讲话|部署|安排|要求|打算|计划|方案|要点")
# a document adopted, a signing or a commendation sets out no plans of the graded speaker's
# (round af's R: 旗教育局的汇报…会后就要抓紧推开 after a 方案 was adopted and a 汇报 of the
# half-year's work was heard)
_NOT_HEARD = ("adoption", "signing", "commendation")


# an exchange of experience is learned from, not agreed with (round ae's R: 省教育厅、广河市、
# 南屏县的交流发言切合实际，我完全同意)
_EXCHANGE = re.compile(r"交流发言|经验交流|典型发言|经验介绍")
_FORECAST_HEARD = re.compile(r"预测|预报|趋势|会商")


def _forecast_heard(said: Sequence[str]) -> set[str]:
    """forecast_heard where all that was heard before the speech forecasts (气候趋势预测)."""
    return {"forecast_heard"} if said and all(map(_FORECAST_HEARD.search, said)) else set()


# A report of how the work stands (汇报“双减”工作推进情况, 汇报上半年…工作情况) proposes
# nothing to agree with (round an's R: 县教育局的汇报情况清楚，我都同意 of a progress report);
# nor does a lecture (专题辅导, 讲座, 解读), which is learned from
_PROGRESS_REPORT = re.compile(r"^[^，；]*(?:汇报|报告|通报)[^，；]*情况$")
_PLANS_IN_REPORT = re.compile(r"打算|安排|计划|思路|方案|要点|部署|意见|建议|下一步|措施")
_LECTURE = re.compile(r"辅导|讲座|讲解|解读|授课")


def _agreeable(item: occasion.Item, role: str) -> bool:
    """Whether 我都同意 fits ``item``: not a 通报 alone, not a report of progress alone, not a
    lecture, not an exchange of experience, and, for a bureau-like speaker, not another
    department's words."""
    if _INFORMS.search(item.text) and not _PROPOSES.search(item.text):
        return False
    if _PROGRESS_REPORT.search(item.text) and not _PLANS_IN_REPORT.search(item.text):
        return False
    if _LECTURE.search(item.text) or _EXCHANGE.search(item.text):
        return False
    return role not in BUREAU_LIKE or not _ANOTHER_DEPARTMENT.search(item.text)


_NOT_A_REPORT = re.compile(r"部署|安排|要求|提醒|发言|讲话|辅导|讲座|讲解|解读")
_SET_OUT_ALONE = re.compile(r"(?:部署|安排|要求)$")
# an item that points out problems to put right: an inspection's findings, hidden dangers
_STUDIED = re.compile(r"审议|研究|讨论|议定|审定|通过了")
_POINTS_OUT = re.compile(r"问题|检查|督查|督导|暗访|隐患|排查|巡查|约谈")


# a report of a part of this year (今年1—4月, 上半年, 一季度, 截至…), not of the year before
_PART_OF_THE_YEAR = re.compile(r"\d{1,2}(?:—|-|至|到)\d{1,2}月|今年以来|上半年|[一二三]季度|截至")


_SIZE_VERB = re.compile(r"设|规划|计划|设计|共|有|含|可|新增|容纳")


def _self_named(recap: str, name: str | None) -> str:
    """The speaker's own post and name in the recap said as 我 (and 我和 before another)."""
    if not name or name not in recap:
        return recap
    own = re.compile(
        rf"(?:[\u4e00-\u9fff]{{0,12}}?(?:书记|县长|市长|区长|旗长|州长|主席|局长|厅长|校长|组长))?{re.escape(name)}(?:同志)?"
    )
    recap = own.sub("我", recap)
    return recap.replace("我、", "我和")


# a post a speaker holds (县长, 州委书记, 领导小组组长), said alone in the recap as an actor
_TOP_POST = re.compile(r"(?:书记|省长|市长|县长|区长|旗长|州长|盟长|主席|组长|局长|厅长|校长)$")
_ACTOR_BEFORE = frozenset("、，；：")
_ACTOR_AFTER = (
    "、",
    "和",
    "分别",
    "带队",
    "一起",
    "共同",
    "作了",
    "主持",
    "出席",
    "为",
    "向",
    "与",
    "在",
)


def _own_post_named(recap: str, title: str) -> str:
    """The speaker's own post named alone among the actors of the recap said as 我 (州委书记、州长
    分别带队走访慰问… said by the 州长 → 州委书记和我分别带队…; round bo's 09, F R: the speaker
    spoke of himself by his post). Found with str.find: no pattern is made of the clerk's words
    (importcache keeps patterns)."""
    for post in (p.strip() for p in re.split("[、，]", title)):
        if len(post) < 2 or not _TOP_POST.search(post) or post.startswith("副"):
            continue
        at = recap.find(post)
        while at >= 0:
            end = at + len(post)
            if (at == 0 or recap[at - 1] in _ACTOR_BEFORE) and recap.startswith(_ACTOR_AFTER, end):
                said = recap[:at] + "我" + recap[end:]
                return re.sub("、我(?=[^、])", "和我", said).replace("我、", "我和")
            at = recap.find(post, at + 1)
    return recap


def _exchanges_heard(named: str) -> set[str]:
    """exchange_heard where the endorsement names exchange speeches, exchange_only_heard where
    they are all it names (learned from, not carried out: round bf's 11 R)."""
    if not _EXCHANGE.search(named):
        return set()
    if re.search(r"报告|汇报|通报|说明|部署|讲话", _EXCHANGE.sub("", named)):
        return {"exchange_heard"}
    return {"exchange_heard", "exchange_only_heard"}


# one person who spoke: a name before 作…发言 (…教师蒙小英作典型发言), or one representative
# (新入职教师代表发言); not two joined (退休教师代表和新分配教师代表), a count or a plural
_MANY_SPEAKERS = re.compile(
    r"和|及|与|等|们|几位|各|\d+(?:名|位|个)|[两二三四五六七八九十]+(?:位|名|个)"
)
_ONE_SPEAKING = re.compile(
    r"(?:[\u4e00-\u9fff]{2,3}(?<!代表)(?:同志)?作了?(?:典型|交流|表态)?发言"
    r"|^[^、，；。]{2,20}代表(?:作了?(?:典型|交流|表态)?)?发言)"
)


def _one_speaker(said: Sequence[str]) -> bool:
    """Whether one person alone spoke among the items before the speech."""
    speaking = [item for item in said if "发言" in item]
    return (
        len(speaking) == 1
        and not _MANY_SPEAKERS.search(speaking[0])
        and bool(_ONE_SPEAKING.search(speaking[0]))
    )


def _how_many_heard(named: str, said: Sequence[str]) -> set[str]:
    """several_named where the endorsement names more than one item, one_speaker where one
    person alone spoke."""
    found = {"several_named"} if re.search("[和、]", named) else set()
    return found | ({"one_speaker"} if _one_speaker(said) else set())


def _heard(profile: Profile) -> frozenset[str]:
    heard = set()
    if any(
        _PLANS_SET_OUT.search(item) and occasion.read_item(item).act not in _NOT_HEARD
        for item in _said_preceding(profile)
    ):
        heard.add("plans_heard")
    role = speaker_role(
        profile.speaker.role, profile.speaker.title, default=KINDS[profile.kind].speaker_role
    )
    said = _said_preceding(profile)
    spoken = [item for item in said if _SPOKEN.search(item)]
    # 我完全同意 grades what a peer or a junior reported or said: not a superior's words, a
    # signing, a commendation or a document the meeting adopted (rounds ab and ac's R, L)
    graded = occasion.heard(
        [i for i in said if not superior_speech(i, role, profile.speaker.title)], role
    )
    if (
        (graded or not said)
        and (
            role not in BUREAU_LIKE
            or not spoken
            or not all(_ANOTHER_DEPARTMENT.search(i) for i in spoken)
        )
        and (not graded or any(_agreeable(it, role) for it in graded))
    ):
        heard.add("endorsable")
    named = occasion.heard_named(
        [i for i in said if not superior_speech(i, role, profile.speaker.title)], role
    )
    # …情况是客观的 fits reports only: not 部署和通报 (round ag's R: a 部署 is not 客观)
    if named.endswith(("报告", "汇报", "通报", "说明")) and not _NOT_A_REPORT.search(named):
        heard.add("report_named_last")
    # 讲得很好 of a talk, not of a 通报 or a 说明 (round ai's R: 部署和通报讲得很好), nor of a
    # 部署 named alone (round aj's R: 部署讲了情况、讲了打算 — a 部署 is set out, not 讲)
    if named and not _INFORMS.search(named) and not _SET_OUT_ALONE.search(named):
        heard.add("talk_heard")
    heard |= _how_many_heard(named, said)
    # 对号入座、抓紧整改 where an item before the speech pointed out problems to put right
    if any(_POINTS_OUT.search(item) for item in _clauses(profile.preceding)):
        heard.add("problems_heard")
    # 逐项抓好落实 of what was heard: a plan set out or problems pointed out (round ak's F)
    if heard & {"plans_heard", "problems_heard"}:
        heard.add("actionable_heard")
    # exchange speeches beside a report are answered apart (occasion.exchange_named): the
    # endorsement learns from them only where they are all it names
    heard |= _exchanges_heard(named)
    # (an exchange beside the forecast is answered apart: round bd's G, 省气象局的通报情况翔实，
    # 会后请各单位…认真对照、查漏补缺 after a forecast and one exchange speech)
    heard |= _forecast_heard([item for item in said if not _EXCHANGE.search(item)])
    heard |= _others_report(said)
    # someone reported, spoke or set out work before the speech: 我再强调 has something to
    # follow (a signing, a commendation or a film alone is no one's words)
    if any(
        _SPOKEN.search(item) or occasion.read_item(item).act in ("remarks", "speech")
        for item in _clauses(profile.preceding)
    ):
        heard.add("spoke_before")
    # the meeting studied or adopted items before the speech: 刚才会上研究的事项 has items to
    # refer to (round ak's A: a leading group with no agenda item at all)
    if any(_STUDIED.search(item) for item in _clauses(profile.preceding)):
        heard.add("items_studied")
    return frozenset(heard)


# a term's or a break's span (寒假期间, 开学前, 暑期, 秋季学期…) and the year's (全年, 年底…)
_TERM_SPAN = re.compile(
    r"寒假|暑假|暑期|假期|春节|放假|开学|学期|汛期|国庆|中秋|节日期间|节前|节后"
)
_YEAR_SPAN = re.compile(r"全年|今年|本年|年度|年底|年内|年末|\d{4}年")
# the months whose meetings set the rest of the year's, or the new school year's, targets
_MIDYEAR_MONTHS = frozenset({6, 7, 8, 9, 10})


def _time_frame(profile: Profile) -> frozenset[str]:
    """Whether the profile's targets and guideline are the year's (situation.py:
    targets_not_year, targets_year, term_guideline): a meeting from June to October sets the targets of
    the rest of the year or of the new school year, unless they say 全年 (or 今年, 年底…);
    targets that all name a term or a break are that term's; so is a guideline naming one
    and not the year."""
    found: set[str] = set()
    items = profile.targets.items
    year_said = any(_YEAR_SPAN.search(item) for item in items)
    midyear = profile.meeting.date.month in _MIDYEAR_MONTHS
    if items and not year_said and (midyear or all(_TERM_SPAN.search(i) for i in items)):
        found.add("targets_not_year")
    if any(_YEAR_SPAN.search(item) for item in items):
        found.add("targets_year")
    guideline = profile.targets.guideline or ""
    if _TERM_SPAN.search(guideline) and not _YEAR_SPAN.search(guideline):
        found.add("term_guideline")
    return frozenset(found)


# achievements counted over several years (2020年以来, 三年累计, 连续两年, 近三年, 三年回顾)
_SEVERAL_YEARS = re.compile(
    r"20\d\d年以来|以来[，,]|累计|[两二三四五]年(?:来|间|累计|回顾)|连续[两二三四五]年|近[两二三四五几]年"
)


def _years_reviewed(profile: Profile) -> bool:
    """Whether the review's achievements speak of several years (situation.py years_reviewed)."""
    return any(
        _SEVERAL_YEARS.search(text)
        for item in profile.review.achievements
        for text in (item.area or "", *item.points, *item.figures)
    )


_STRIVEN = re.compile(r"力争|争取")


def _targets_given(profile: Profile) -> bool:
    return bool(profile.targets.items)


_MEETING_NOUN = re.compile(r"(座谈会|表彰会|茶话会|报告会|推进会|大会|仪式)$")
# Several people spoke before the speech: 几位同志讲得都很好 said after one report is wrong
# (round w's F); one item may name several speakers (5名教师代表作了发言).
_SEVERAL_SPEAKERS = re.compile(r"(?:\d+|[两二三四五六七八九十几多])(?:名|位)|分别|代表们")


def _several_spoke(preceding: Iterable[str]) -> frozenset[str]:
    # items that were spoken: a report beside a signing and a commendation is one speaker
    # (讲得都很好 after them: round l's F)
    items = [item for item in preceding if _SPOKEN.search(item)]
    several = len(items) > 1 or any(_SEVERAL_SPEAKERS.search(item) for item in items)
    return frozenset({"several_spoke"}) if several else frozenset()


# From November the year's work is done and the next year is what a meeting plans for.
PLANS_NEXT_YEAR_FROM_MONTH = 11


def _years(profile: Profile) -> Years:
    held = profile.meeting_year
    late = profile.meeting.date.month >= PLANS_NEXT_YEAR_FROM_MONTH
    this_winter = late and _plans_this_winter(profile)
    planned = held + 1 if late and not this_winter else held
    try:
        plan = plan_year(planned)
    except ValueError:  # past the last plan the year table knows: speak of the meeting's
        planned, plan = held, plan_year(held)
    return Years(
        meeting=planned,
        review=profile.review_year,
        plan=plan,
        review_plan=plan_year(profile.review_year),
        held=held,
        so_far=_reviews_year_so_far(profile),
        late_this_winter=this_winter,
    )


# the work a late-year meeting sets for the weeks left (冬季前完成…检修, 入冬前…): its tasks are
# this year's, not the next (round aw's F: 对明年的工作，总的要求是 at a November 推进会 whose
# tasks were due before the winter); 年内 and 年底前 are left out, said of the next year too
_THIS_WINTER = re.compile(r"冬季前|入冬前|供暖前|元旦前|寒假前|今冬")


def _plans_this_winter(profile: Profile) -> bool:
    """Whether a November or December meeting plans the weeks left of its year: a site or
    progress meeting on one line of work (by its name), or key tasks due before the year's
    end."""
    if _topical_name(profile):
        return True
    points = [
        t for p in profile.priorities for t in (*p.points, *(str(v) for v in p.facts.values()))
    ]
    winter = sum(bool(_THIS_WINTER.search(t)) for t in points)
    if not winter:
        return False
    # …unless the profile plans the next year more often than the weeks left: round bf's 19 (Y,
    # a 14 December meeting with one task before the winter break and its guideline, targets
    # and three points on 2020 or 明年, said 今年的总体要求是)
    nxt = re.compile(rf"明年|{profile.meeting_year + 1}年")
    texts = [*points, profile.targets.guideline or "", *profile.targets.items]
    return winter >= sum(bool(nxt.search(t)) for t in texts)


_MEETING_TAIL = re.compile(
    # (…专题推进会: round bu's 03 and bv's 24, R — 学前教育普及普惠专题工作)
    # (…经验交流推进会: round db's 22, G — 学生体质健康工作经验交流工作的进展)
    r"(?:工作)?(?:专题)?(?:现场推进|现场交流|经验交流|现场|推进|督办|调度|督查|专题)*(?:工作)?"
    r"(?:视频|电视电话|网络)?(?:会议|会)$"
)


def _topic_of(name: str, region: str | None) -> str:
    """A topical meeting's line of work from its name, or ""."""
    topic = _MEETING_TAIL.sub("", name.strip())
    if region and topic.startswith(region):
        topic = topic[len(region) :]
    topic = re.sub(r"^(?:全[省市州盟县区旗镇乡]|\d{4}年度?)+", "", topic)
    topic = re.sub(r"\d{4}年度?", "", topic)
    if not 2 <= len(topic) <= 12 or re.search(r"[，、（）()]|会议", topic):
        return ""
    return topic if topic.endswith("工作") else f"{topic}工作"


# the day a term opened, in the clerk's words (3月1日开学, 2月26日正式开学; 寒假…至2月22日)
_OPENED_ON = re.compile(
    r"(?P<m>\d{1,2})月(?P<d>\d{1,2})日(?:起)?(?:正式)?开学|寒假[^。；]{0,24}?至(?P<m2>\d{1,2})月(?P<d2>\d{1,2})日"
)
_SINCE_OPENING = re.compile(
    # (开学检查安排 is a check to come: round dd's 17, F — 新学期已经开局 four days before classes)
    r"开学以来|开学后的?第[一二三四]|开学[一两三]周来|已经开学|已开学|开学检查(?!安排|方案|准备|工作安排)"
)
# the day classes begin, as the clerk dates it anywhere (2月24日全县中小学正式上课)
_CLASSES_BEGIN = re.compile(
    # (not a deadline of a check after the opening: 9月15日前完成开学到校情况核查 — round ck's test)
    r"(?P<m>\d{1,2})月(?P<d>\d{1,2})日(?![前后])[^。；，前]{0,10}?(?:正式)?(?:上课|开学)"
    r"(?!前|后|工作|准备|检查|到校|情况|以来)"
)


def _term_begun(profile: Profile) -> bool:
    """Whether a school opening meets after its term began: the profile's own opening day
    before the meeting, its words (开学以来, 开学检查), or a meeting past 1 September or 1
    March (the latest usual openings); not where the clerk dates the first day of classes after
    the meeting (_classes_begin_after)."""
    day = profile.meeting.date
    texts = _opening_texts(profile)
    if any(_SINCE_OPENING.search(t) for t in texts):
        return True
    if _classes_begin_after(profile, day):
        return False
    for month, date in _days_opened(texts):
        if 1 <= month <= 12 and 1 <= date <= 31 and (month, date) < (day.month, day.day):
            return True
    # (on 1 September itself the term opens that day: round cw's 16, F — 秋季开学就在眼前 and
    # 确保按时开学 at a meeting held the morning the new building opened)
    autumn_begun = (day.month, day.day) >= (9, 1) and day.month <= 10
    spring_begun = (day.month, day.day) > (3, 1) and day.month <= 4
    return autumn_begun or spring_begun


def _classes_begin_after(profile: Profile, day: datetime.date) -> bool:
    """Whether the clerk dates the classes' first day after the meeting (2月24日全县中小学正式上课
    at a meeting on 20 February), in a target or a point."""
    texts = [*profile.targets.items, *(p for item in profile.priorities for p in item.points)]
    return any(
        (int(found["m"]), int(found["d"])) > (day.month, day.day)
        for text in texts
        for found in _CLASSES_BEGIN.finditer(str(text))
    )


# a whole year's record said before the year is out (全年未发生校园火灾和燃气事故 on 18 November):
# 今年以来 (round da's 06, F)
_WHOLE_YEAR_NONE = re.compile(r"^全年(?=未发生|没有发生|未出现|没有出现|无一起)")


def _year_so_far(point: str, day: datetime.date) -> str:
    return _WHOLE_YEAR_NONE.sub("今年以来", point) if 7 <= day.month <= 11 else point


_OPENING_DAY_WORDS = re.compile(r"开学(?:第一天|首日|当天)")


def _opening_day(profile: Profile) -> bool:
    """Whether a school opening meets on the day its term opens (1 September, 1 March, the
    profile's own opening day, or 开学第一天 in its words): 开学以来 has not begun, and what was
    to be ready before the opening is done (round da's 05 and 17, F)."""
    if profile.kind != "school_opening":
        return False
    day = profile.meeting.date
    texts = _opening_texts(profile)
    if any(_OPENING_DAY_WORDS.search(t) for t in texts):
        return True
    opened = _days_opened(texts)
    if opened:
        return (day.month, day.day) in opened
    return (day.month, day.day) in ((9, 1), (3, 1))


def _opening_texts(profile: Profile) -> list[str]:
    """Where a profile tells when its term opened: the meeting's name, what preceded, the review."""
    return [profile.meeting.name or "", *profile.preceding, *_review_texts(profile)]


def _days_opened(texts: Sequence[str]) -> list[tuple[int, int]]:
    """The (month, day) of every opening the texts name (_OPENED_ON), as written."""
    return [
        (int(found["m"] or found["m2"]), int(found["d"] or found["d2"]))
        for text in texts
        for found in _OPENED_ON.finditer(text)
    ]


def _review_texts(profile: Profile) -> list[str]:
    return [str(t) for a in profile.review.achievements for t in (*a.points, *a.figures)]


def _topical_name(profile: Profile) -> bool:
    """Whether the meeting's name is a site or progress meeting's (…现场会, …推进会), or a
    leader's meeting on one line of work (…学校体育工作会议)."""
    name = profile.meeting.name or ""
    found = _TOPICAL_MEETING.search(name)
    if found is not None:
        return not _education_as_a_whole_before(name, found.start())
    return profile.kind in _LINE_OF_WORK_KINDS and _names_one_line_of_work(name)


# a progress meeting on education as a whole (上半年教育工作推进会, 全县教育工作会议暨“十三五”
# 教育规划中期推进会) is no meeting on one line of work: its speech is not of 这项工作 (round
# bv's 01 and 08, R F: 这项工作开展以来…, 把上半年教育工作推向深入)
_GENERAL_CONFERENCE_FIRST = re.compile(r"教育(?:工作)?(?:会议|大会)暨")
_SPAN_WORDS = re.compile(
    r"(?:\d{4}年度?|上半年|下半年|年中|全年|年度|第?[一二三四]季度|中期|全县|全市|全区)"
)


def _education_as_a_whole_before(name: str, at: int) -> bool:
    if _GENERAL_CONFERENCE_FIRST.search(name[:at]):
        return True
    before = _SPAN_WORDS.sub("", name[:at]).removesuffix("工作").removesuffix("规划")
    before = re.sub(r"[“”\"]", "", before)
    return bool(_EDUCATION_ALONE.match(before))


_EDUCATION_ALONE = re.compile(
    r"^(?:[\u4e00-\u9fff]{1,8}?(?:自治区|自治州|自治县|省|市|县|区|州|旗|镇|乡|盟))?"
    r"(?:教育|教育系统|教育事业|教体|教育体育)$"
)


def _names_one_line_of_work(name: str) -> bool:
    found = _WORK_MEETING.search(name)
    if found is None or _OCCASION_NAMED.search(name):
        return False
    before = re.sub(r"\d{4}年度?", "", name[: found.start()])
    return len(before) >= 2 and _EDUCATION_AS_A_WHOLE.search(before) is None


# the months whose meetings look back on the year so far (a school opening, a mid-year
# leading group, a summer or autumn safety meeting), as the placeholder of a concluding
# speech already asks for 今年以来的主要成绩 (concluding_remarks.j2)
SO_FAR_MONTHS = frozenset({6, 7, 8, 9, 10})
_LAST_YEAR_SAID = re.compile(r"上年|去年|上一年|上年度|\d{4}年(?!\d)")


def _reviews_year_so_far(profile: Profile) -> bool:
    """A meeting from June to October reviewing the year before by default (no
    meeting.review_year) speaks of the year so far, unless a review point dates itself
    (上年全州学生溺亡人数…, 2028年…): then the year is said as the clerk gave it. A meeting
    before December whose clerk names its own year as the one reviewed looks back on it so
    far too (round bv's 08, F: 2034年，全县教育系统…取得了实实在在的进展 at a July meeting)."""
    if profile.meeting.review_year == profile.meeting_year and profile.meeting.date.month < 12:
        return True
    if profile.meeting.review_year or profile.meeting.date.month not in SO_FAR_MONTHS:
        return False
    if profile.review_year != profile.meeting_year - 1:
        return False
    said = [
        text
        for a in profile.review.achievements
        for text in (a.area, *a.points, *(f"{k}{v}" for k, v in (a.figures or {}).items()))
    ]
    return not any(_LAST_YEAR_SAID.search(text) for text in said)


def _chinese_date(profile: Profile) -> str:
    d = profile.meeting.date
    return f"{d.year}年{d.month}月{d.day}日"


_HAS_YEAR = re.compile(r"\d{4}年")
_COUNTS = ("一", "两", "三", "四", "五")


# a meeting dated by its own count: 第46个教师节, 第二次全体会议, 第十届教代会 (round ab's R:
# 在2030年柳溪镇庆祝第46个教师节…, the year said twice)
_COUNTED_MEETING = re.compile(r"第[\d一二三四五六七八九十百]+(?:个|次|届)")
# a meeting named by a time counted from now (今冬明春, 今年, 本学期) is dated by it: a year
# before it says the time twice (round aj's R: 在青石铺镇2026年今冬明春校园安全工作会议上)
_DEICTIC = re.compile(r"今冬明春|今[年冬春夏秋]|明[年春]|本(?:学期|学年|年度)")
_GROUP_MEETING = re.compile(r"^(?P<body>.*?领导小组)(?P<rest>.*会议)$")
# a meeting held once on one task (…迎接…评价工作督办会, …调度会) is dated by the date
# line: a year before its place read as forced (round ba's R: 在2031年黔峒州迎接…督办会上)
_ONE_TASK_MEETING = re.compile(r"(?:督办|调度|督查|专题)会(?:议)?$")
# nor is a line of work's 专题推进会, 现场推进会 or 经验交流会 dated in its title, whose speech
# still reviews the work (round bv's 24, R: 在2035年全区学前教育普及普惠专题推进会上)
# (寒假 too: a December meeting's break falls in the next year — round cn's 18, Y: 在白桦岭镇2031年
# 寒假前学校安全工作会议上 for a break in January 2032)
_BEFORE_A_HOLIDAY = re.compile(
    r"(?:五一|国庆|春节|元旦|清明|端午|中秋|寒假)”?节?(?:假期)?(?:前|期间)"
)
# (nor one joined to another: …作业管理经验交流暨推进会, round by's 07 R — 在榕溪市2032年…暨推进会上)
_LINE_OF_WORK_MEETING = re.compile(
    r"(?:专题推进|现场推进|现场|经验交流|现场交流)(?:暨[^暨]{0,10})?会(?:议)?$"
)


# 州教师节表彰大会, 旗教育工作会议: the clerk's shorthand for the whole place's meeting, said
# 全州…, 全旗… in a title and an opening; not 州委…, 县政府…, 县教育局… (bodies, not places),
# nor a word the place word only begins (区域…, 乡村教师…, 县城…, 镇中心学校…, 县一中…)
_BODY_AFTER_PLACE = re.compile(
    r"委|政府|直|属|级|人大|政协|教育局|教育厅|教体局|党|纪|域|村|城|中心|[一二三第]|场|长|[县市镇乡区州旗]"
)


def _whole_place(name: str, whole: str) -> str:
    """``name`` with 全 before a bare place word that begins it (州教师节表彰大会 →
    全州教师节表彰大会 where ``whole`` is 全州)."""
    place = whole.removeprefix("全")
    if (
        whole.startswith("全")
        and place
        and name.startswith(place)
        and len(name) > len(place)
        and not _BODY_AFTER_PLACE.match(name, len(place))
        and not _GROUP_MEETING.match(name)
    ):
        return whole + name[len(place) :]
    return name


# the clerk's own numbering before a title (一、全力做好…, （二）…, 3. …): the draft numbers its
# headings itself (round au's G: （一）全力做好一、全力做好学校汛期安全防范工作)
# the clerk's aside before a title (顺带讲一件事：汛期防溺水要提前抓, 顺带讲一下近期安全工作): how he
# means to bring it up, not the heading's words (round az's S G: （四）扎实推进顺带讲一下近期安全工作)
_ASIDE_LEAD = re.compile(
    # (顺带强调一下冬季取暖安全 as a title: round ba's G, 扎实推进顺带强调一下…工作)
    r"^(?:顺带|顺便|附带|另外|最后)(?:再)?(?:讲|说|提|强调)(?:一下|一件事|一个事|两句|几句)?[：:，,]?"
)
# a clerk's name for an area with 关于 before it or a note in brackets after it (关于校外培训机构治理
# （会议决定两件事）, 年度重点工作进展（截至11月底）): the name alone heads its section (read in
# round bb's 21: 一是要认真做好关于校外培训机构治理（会议决定两件事）工作)
_NAME_NOTE = re.compile(r"（[^（）]*）$|\([^()]*\)$")

# the count of decisions after the name (关于学生心理健康工作，会议议定两件事): the decisions are said
# one by one in the body (round cm's 15, G: 一是要学生心理健康工作，会议议定两件事)
_DECISIONS_COUNTED_AFTER = re.compile(
    r"[，,]\s*(?:本次|这次)?会议(?:研究)?(?:议定|决定|确定)了?[两二三四五六七八九十\d]+(?:件事|项(?:事项)?)$"
)


def _name_said(name: str, review: bool = False) -> str:
    """The name without 关于 and its bracketed note; a review's area without its 进展 or 情况
    (年度重点工作进展 would read 年度重点工作进展取得积极进展)."""
    said = _NAME_NOTE.sub("", name.strip()).strip()
    said = _DECISIONS_COUNTED_AFTER.sub("", said) or said
    # (a name the clerk left on 的: 多听教职工的 — round cp's 23, G: 做好多听教职工的工作, 【待补：…的的…】)
    said = said.removesuffix("的") if len(said) > 3 else said
    if said.startswith("关于") and len(said) > 4:
        said = said[2:]
    if review and len(said) > 4 and not said.endswith("基本情况"):
        # (办学基本情况 is the school's state, said as it stands: round bc's 04 read 办学基本工作)
        said = re.sub(r"(?:完成|推进|落实|进展)?(?:进展|情况)$", "", said) or said
        # nor its look back (寒假工作回顾 read 寒假工作回顾工作有序开展: round bg's 07, G R)
        said = re.sub(r"(?:回顾|总结|回头看)$", "", said) or said
    return said or name


# a key task the clerk titled by the meeting's own act (听取校园餐专项治理汇报, 审议领导小组议事规则):
# the meeting did it, the task is what follows (round bf's 04 and 19, G F: 一是要扎实做好听取校园餐专项
# 治理汇报工作, 二是要切实审议领导小组议事规则)
_HEARD_TITLE = re.compile(
    r"^听取(?:了)?(?:[^，；。]{2,16}?关于)?(?P<what>[^，；。]{2,24}?)(?:情况)?(?:的)?(?:情况)?(?:专题)?"
    r"(?:汇报|报告)(?:[，,][^，；。]{0,12})?$"
)
_ADOPTED_TITLE = re.compile(r"^(?:审议|审议通过|研究审议)(?:了)?(?P<what>[^，；。]{2,30})$")
_DECISIONS_TITLE = re.compile(
    r"^(?:本次|这次)?(?:会议)?(?:研究)?(?:议定|决定)(?:事项|的事项)?$"
    # the agenda itself as a title (会议议程: round bh's 04 G, 扎实做好会议议程工作)
    r"|^(?:本次|这次)?会议(?:议程|议题|事项)$"
)
_RULES_NAME = re.compile(r"(?:议事规则|工作规则|工作细则|工作制度|章程|议事协调机制)》?$")


def _names_own_rules(document: str) -> bool:
    """Whether a document's title, its bracketed notes aside (（试行）, （审议稿）), names a body's
    own rules (议事规则, 工作细则…)."""
    return bool(_RULES_NAME.search(re.sub(r"（[^）]*）", "", document)))


def _agenda_title_said(title: str) -> str:
    """A title that names the meeting's own act said as the work it leaves (抓好校园餐专项治理,
    严格执行领导小组议事规则, 抓好会议议定事项的落实); any other title as it is."""
    if _DECISIONS_TITLE.match(title):
        return "抓好会议议定事项的落实"
    heard = _HEARD_TITLE.match(title)
    if heard:
        return f"抓好{heard['what']}"
    adopted = _ADOPTED_TITLE.match(title)
    if adopted:
        what = adopted["what"]
        return f"严格执行{what}" if _RULES_NAME.search(what) else f"抓好{what}的落实"
    return title


_NUMBERED = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[、.．]\s*)"
)

# results that are the last meeting's decisions carried out (since_last_meeting)
_LAST_MEETING = re.compile(r"上次(?:全体)?会议|上一次(?:全体)?会议")

# results that say they are the year's so far (results_this_year)
# …今年3月正式成立 is a result of this year (round au's F: 正确评价2018年以来的工作 over it)
_SO_FAR_SAID = re.compile(r"上半年|今年以来|年初以来|本学期|今年[一二三四五六七八九十\d]{1,2}月")


# a leading group's meeting named by no meeting word (旗委教育工作领导小组会议, …领导小组2035年
# 会议): said by the clerk's name, with no year in the title (the date line under it dates
# it). Round an's R read 在旗委教育工作领导小组2035年会议上 as no meeting's name; round at's A
# read 全体会议, which the composer once put in its place, as a claim the clerk never made (a
# plenary is the group's to call); round au's R read 在2019年…领导小组会议上 as a year out of
# place. A count (第二次), 专题 or 扩大 is kept.
_BARE_GROUP_MEETING = re.compile(r"^(?P<body>.*领导小组)(?P<year>(?:\d{4}年)?)会议$")


def _group_meeting(name: str) -> str:
    """``name`` without a year the clerk wrote inside a leading group's bare 会议 (the title
    says the year before the name)."""
    found = _BARE_GROUP_MEETING.match(name)
    if found is None:
        return name
    return f"{found['body']}会议"


_HELD_BY = re.compile(r"[（(](?:电视电话会议|视频会议|视频连线|网络视频会议|线上会议)[）)]$")


def _held_by_said(name: str) -> str:
    """The meeting's name with how it is held said in it (全旗教育工作会议（视频会议） → 全旗教育
    工作视频会议), not as a bracket read aloud (round cm's 13, R)."""
    held = _HELD_BY.search(name)
    if held is None or held.start() == 0:
        return name
    bare, how = name[: held.start()], held.group()[1:-1]
    if how in ("电视电话会议", "视频会议") and bare.endswith("会议") and not bare.endswith(how):
        return bare[: -len("会议")] + how
    return bare


_BY_WIRE = re.compile(r"(?:电视电话|视频)会议$")
_YEARS_OF_SERVICE = re.compile(r"(?:从教|教龄|执教|任教)(?:满)?(?:\d+|[二三四五]十)年")
# (and the bureau itself: 在鸾台县2021年教育局机关干部大会上 put the year inside the bureau's
# name — round bh's 11, G)
_ORGAN_AFTER_PLACE = (
    "党委",
    "党工委",
    "委员会",
    "人民政府",
    "政府",
    "人大",
    "教育局",
    "教育体育局",
    "教体局",
)


def _organ_after_place(name: str, region_name: str | None) -> bool:
    """Whether the name goes on from the place to one of its organs (杉木乡党委…)."""
    if not region_name or not name.startswith(region_name):
        return False
    return name[len(region_name) :].startswith(_ORGAN_AFTER_PLACE)


def _title(kind: SpeechKind, year: int, meeting_name: str, region_name: str | None = None) -> str:
    """在…上的讲话 with the meeting's year where its name gives none: after the place's own
    name (在柳溪镇2026年秋季开学工作会议上), after a leading group's name (在市委教育工作领导
    小组2023年全体会议上: rounds aa's R) but not in its bare 会议 (在州委教育工作领导小组会议上,
    the date line dating it: round au's R), before a name starting 全县 (在2025年全县教育工作
    会议上); none where a count dates the meeting (第46个教师节, 第二次全体会议)."""
    # how the meeting is held is no part of its name in a title (round aw's R: 在2033年自治区党委
    # 教育工作领导小组全体会议（电视电话会议）上的讲话 — "标题中夹（电视电话会议）别扭")
    name = _HELD_BY.sub("", meeting_name) or meeting_name
    # a teachers' day celebrated is dated by its count (round ag's R: 在哈日诺尔苏木2030年
    # 庆祝教师节座谈会上): 庆祝第46个教师节; a name without 庆祝 keeps the year (在2030年全县
    # 教师节座谈会上)
    if "庆祝教师节" in name and not _HAS_YEAR.search(name) and not _COUNTED_MEETING.search(name):
        name = name.replace("庆祝教师节", f"庆祝第{teachers_day_number(year)}个教师节", 1)
    if (
        _HAS_YEAR.search(name)
        or _COUNTED_MEETING.search(name)
        or _DEICTIC.search(name)
        or _ONE_TASK_MEETING.search(name)
        or _LINE_OF_WORK_MEETING.search(name)
        # nor one held before a holiday, which dates it (round by's 18, R: 在2019年芦塘镇“五一”前
        # 学校安全…会议上)
        or _BEFORE_A_HOLIDAY.search(name)
        # a meeting called by telephone or video is dated by its date line (round bc's 13 R:
        # 在2035年全省教育系统防汛暨“五一”假期安全工作电视电话会议上)
        or _BY_WIRE.search(name)
        # nor a name counting years of service (round bc's 24 R: 在荻塘县2017年从教三十年教师
        # 荣誉证书颁发仪式上, two years read as one)
        or _YEARS_OF_SERVICE.search(name)
    ):
        pass
    elif _BARE_GROUP_MEETING.match(name):
        pass  # the date line dates it: each place for a year was read as wrong (see above)
    elif (group := _GROUP_MEETING.match(name)) is not None:
        name = f"{group['body']}{year}年{group['rest']}"
    elif _organ_after_place(name, region_name):
        pass  # 杉木乡党委…领导小组会议暨…部署会: no year between the place and its organ (round bc's 07)
    elif region_name and name.startswith(region_name) and len(name) > len(region_name):
        name = f"{region_name}{year}年{name[len(region_name) :]}"
    else:
        name = f"{year}年{name}"
    return f"在{name}上的{kind.title_suffix}"


# the meeting's name a concluding speech's profile leaves out (genre.SpeechKind.names_no_meeting)
MEETING_NAME_GAP = placeholder_text("会议名称")
_GREETS = re.compile(r"致以[^，。；]{0,8}(?:问候|慰问|敬意)|向[^，。；]{2,14}(?:问好|表示慰问)")


def untitled_meeting(kind: SpeechKind) -> str:
    """在【待补：会议名称】上的总结讲话: the title of a kind that names no meeting of its own,
    for a profile without meeting.name (the year goes with the name the clerk writes)."""
    return f"在{MEETING_NAME_GAP}上的{kind.title_suffix}"


_END_PUNCTUATION = "。；;，,、.！!"
# a guideline that lists after a colon of its own (开学第一周实现“四个到位”：人员到位、安全到位…):
# after its lead's colon (总体要求是：) it reads 即 (round ba's R: 总体要求是：…“四个到位”：…)
_INNER_COLON = re.compile(r"[：:](?=[^：:]+$)")


# the meeting's decisions typed where the year's guideline goes (会议议定两件事：一是…): what the
# year's work carries out (round bd's 18 G S: 总体思路是：会议议定两件事，即一是…)
_DECISIONS_AS_GUIDELINE = re.compile(
    r"^(?:本次|这次)?会议(?:研究)?(?:议定|决定|确定)了?(?P<what>[^：:，。]{2,8})[：:，]\s*"
)
# a last clause that is only a result (…，“五一”假期和主汛期校园安全零事故): 确保 before it
# (round bd's 11 G: 总体要求是：坚持…，…零事故 — no verb)
_BARE_RESULT_END = re.compile(
    r"(?<=[，；])(?P<result>(?!确保|实现|做到|力争|保持|坚决)[^，；。]{2,24}(?:零事故|零发生|零伤亡|零事件))$"
)


# a label the clerk typed as an item of its own, its numbered decisions the items after it
# (会议议定：, 一、…, 二、…): one decision list (round bw's 10, G S — 会议议定：。 said alone)
_DECISIONS_LABEL = r"(?:本次|这次)?(?:会议|领导小组)?(?P<verb>议定|决定|确定)(?:事项|了)?[：:]\s*"
_LIST_LABEL = re.compile(
    "^"
    + _DECISIONS_LABEL
    # (the first decision on the label's own line: 会议议定：一、原则通过…, then 二、… — round by's 21,
    # F S: 明年的主要目标是：会议原则通过…)
    + r"(?P<first>[一][、.．]\s*\S.*)?$"
)
_NUMBERED_ITEM = re.compile(r"^\s*[一二三四五六七八九十][、.．]\s*")


# the label typed again before each later decision (会议议定：二、…, 会议议定：三、…: round bz's 04, G
# 会议议定由由…): one label, its decisions numbered under it
_LABEL_AGAIN = re.compile(r"^\s*" + _DECISIONS_LABEL + r"(?=[二三四五六七八九十][、.．])")


# a decision numbered inside its label (议定一：…, 议定二：…: round cw's 12, G F — 要努力实现以下目标：
# 议定一方面，…): the label, then the number, as the clerks who type 会议议定：一、… write it
_NUMBER_IN_LABEL = re.compile(
    r"^\s*(?:会议)?(?P<verb>议定|决定)(?P<n>[一二三四五六七八九十])[：:、，,]\s*"
)


def _label_then_number(item: str) -> str:
    return _NUMBER_IN_LABEL.sub(r"会议\g<verb>：\g<n>、", item, count=1)


def _target_items(profile: Profile) -> list[str]:
    items = [
        _LABEL_AGAIN.sub("", item) if n else item
        for n, item in enumerate(map(_label_then_number, profile.targets.items))
    ]
    out: list[str] = []
    at = 0
    while at < len(items):
        label = _LIST_LABEL.match(items[at].strip())
        end = at + 1
        while label and end < len(items) and _NUMBERED_ITEM.match(items[end]):
            end += 1
        numbered = ([label["first"]] if label and label["first"] else []) + items[at + 1 : end]
        if label and len(numbered) > 1:
            listed = [
                _NUMBERED_ITEM.sub("", item, count=1).strip().rstrip("。；;") for item in numbered
            ]
            out.append("会议" + occasion.decisions_counted(label["verb"], listed))
        else:
            out.append(items[at])
            end = at + 1
        at = end
    return out


# the agenda under its label (会议议程：听取…): said as the meeting's (round cn's 12, G — 这次会议议程
# 方面，听取…)
_AGENDA_LABEL_WORDS = r"(?:本次|这次|今天的?)?(?:全体)?会议(?:的)?议程(?:是|有)?[：:]"
_AGENDA_GUIDELINE = re.compile(
    # (这次会主要是听…的专题汇报，定两件事: round bw's 10)
    r"^(?:本次|这次|今天的?)(?:全体)?会(?:议)?(?:主要)?(?:是)?(?:听|议|研究|审议|定)|"
    r"^(?:本次|这次|今天的?)?(?:全体)?会议(?:主要)?(?:议了|研究了?|审议了|审议通过了?|听取了|有[两三四五六\d]项议程"
    # (round bv's 16: 会议主要三项：…)
    # (会议主要是两件事：一是…: round cm's 15, G F R — 2033年教育工作的总体思路是：会议主要是两件事)
    r"|(?:是)?[两三四五六]项|(?:是)?[两三四五六]件事|(?:议程|内容)(?:有|是)|(?:的)?主要议题)"
    # (the agenda listed from its first item: 听取两个汇报，审议通过议事规则…，议定四件事 — round by's
    # 21, F S: 2022年教育工作的总体思路是：审议通过议事规则…)
    r"|^(?P<first_item>(?:听取|审议)[^，。；]{0,16}(?:汇报|报告|规则|细则))[，、；][^。]*"
    # (…，听取校园餐专项整治汇报，对下一步工作作出安排: round dd's 22, F G — 总的要求是：审议…)
    r"(?:审议|议定|研究|部署|听取[^，。；]{2,16}汇报|作出安排)"
    # (会议议程：听取…; 会议主要是落实…议事规则，听取…: round cn's 12 and 24, G F — said as 2034年
    # 教育工作的总体思路是：会议议程方面，…)
    rf"|^{_AGENDA_LABEL_WORDS}"
    # (议题两项：一是审议…; 会议听取校园餐专项整治汇报，审议议事规则，…: round cw's 12 and 23, G F —
    # 今年的总体要求是：议题两项…; 下一步工作的总体要求是：会议听取…)
    r"|^(?:本次|这次|今天的?)?(?:会议)?议题[两三四五六\d]项"
    r"|^(?:本次|这次|今天的?)?(?:全体)?会议(?:主要)?(?:听取|审议)[^，。；]{2,24}(?:汇报|报告|规则|细则)[，、；]"
    r"|^(?:本次|这次|今天的?)?(?:全体)?会议(?:主要)?是(?:落实|听取|审议|研究|议定|学习)"
    # (领导小组本次会议主要是立规矩、解难题: round cp's 24, G F — 总的要求是：领导小组本次会议…)
    r"|^领导小组(?:本次|这次|今天的?)(?:全体)?会议(?:主要)?(?:是|就是)"
)


# the clerk's note to whoever drafts (…；讲话围绕这三项，不再全面部署): his, marked, not said (round
# cb's 19, F R — read aloud as the group head's first line)
_SPEECH_NOTE = re.compile(
    # (…。讲话要讲清两件事：… — round cc's 04, R F: the note read as the group head's words)
    # (讲话要体现把校园餐当作民生工程来抓…: round cd's 03, R F)
    r"[；;，,。]\s*(?P<note>(?:讲话稿?|提纲|稿子)(?:围绕|只讲|重点讲|主要讲|不再|不要|要|应|只)[^。；;【】]*)"
)
# the report's own close typed into its guideline (稳住质量、…，请各位代表审议: round cc's 20, R)
_VOTE_ASKED = re.compile(r"[，,]\s*请(?:各位)?代表们?审议[。]?$")
_TOPICS_COUNTED = re.compile(
    r"^(?:本次|这次|今天的?)?(?:会议)?议题(?P<n>[两三四五六\d])项[，,：:]?\s*(?:即|是)?[：:]?\s*"
)
_AGENDA_TOPICS = re.compile(r"^(?:本次|这次|今天的?)?会议(?:的)?主要议题(?:是|有)?[：:]\s*")
_STUDIES_THEN_COLON = re.compile(r"^(?P<head>会议(?:主要)?研究[^，。；：:]{2,16})[：:]\s*")
_WHICH_PLENARY = re.compile(
    r"^(?:这次|本次|今天的?)?(?:会议是)?(?P<which>[^，。；]{0,14}第[一二三四五六七八九十\d]次(?:全体会议|全会))"
    # (or its agenda after a colon: 领导小组成立后第一次全体会议：审议议事规则，… — round ck's 22,
    # G F S: said under 总的要求是：)
    r"(?:[，,]\s*(?P<rest>主要是[^。]+)|[：:]\s*(?:即|主要是)?(?P<agenda>[^。]+))"
)


# the requirement the clerk wrote after the agenda (会议议程：听取…，审议…。总的要求是让家长放心、
# 让学生吃好。): the meeting's, said after its agenda, not the year's guideline (round cn's 12, G F)
_REQUIREMENT_AFTER_AGENDA = re.compile(
    r"(?<=[。；;])\s*(?P<req>(?:总的要求|总体要求|总的考虑)(?:是)?[：:，,]?\s*[^。]+)。?\s*$"
)


def _agenda_summary(profile: Profile) -> str:
    """The guideline said as the meeting's own account of its agenda (leading groups only),
    with the requirement the clerk wrote after it."""
    if profile.kind != "leading_group":
        return ""
    guideline = profile.targets.guideline or ""
    after = _REQUIREMENT_AFTER_AGENDA.search(guideline)
    summary = _agenda_said(guideline[: after.start()] if after else guideline)
    if summary and after:
        return f"{summary}。{_clause(after['req'])}"
    return summary


_AGENDA_LABEL = re.compile("^" + _AGENDA_LABEL_WORDS + r"\s*")


def _agenda_said(guideline: str) -> str:
    plenary = _WHICH_PLENARY.match(guideline.strip())
    if plenary:
        # (领导小组成立后第一次全会，主要是…: round bz's 04, G R — said under 当前和今后一个时期，
        # 总的要求是：)
        rest = plenary["rest"] or "主要是" + plenary["agenda"]
        return f"这次会议是{plenary['which']}，{_clause(rest)}"
    guideline = _SPEECH_NOTE.sub(r"【待核：\g<note>】", guideline.strip())
    agenda = _AGENDA_GUIDELINE.match(guideline)
    if agenda is None:
        return ""
    labelled = _AGENDA_LABEL.match(guideline)
    if labelled:
        return "这次会议的议程是：" + _clause(guideline[labelled.end() :])
    counted = _TOPICS_COUNTED.match(guideline)
    if counted:
        return f"这次会议的议题有{counted['n']}项：" + _clause(guideline[counted.end() :])
    topics = _AGENDA_TOPICS.match(guideline)
    if topics:
        # (会议主要议题：一是…，二是…: round cd's 03, G R — 总的要求是：会议主要议题方面，一是…)
        topics_said = _clause(guideline[topics.end() :])
        if "：" in topics_said and re.match("听取|研究|审议", topics_said):
            # (会议主要议题：听取…，研究两项事：一是…: round cw's 03, G R — 主要议题是：研究两项事：)
            return "这次会议主要" + topics_said
        return "这次会议的主要议题是：" + topics_said
    if _STUDIES_THEN_COLON.match(guideline):
        # (会议主要研究教师队伍问题：听取…: round cb's 03, G — 今年的工作思路是：会议主要研究…方面，…)
        guideline = "这次" + _STUDIES_THEN_COLON.sub(r"\g<head>，", guideline, count=1)
    if agenda["first_item"]:
        # the agenda from its first item, said as the meeting's (round by's 21: 听取两个汇报 was cut
        # as a recapped item, the rest opened the speech with no subject)
        said = typeset(guideline.strip().rstrip(_END_PUNCTUATION))
        if "：" in said and re.match("听取|研究|审议", said):
            # (听取…专题汇报，议定两件事：一是…: round da's 03, G R — 这次会议主要是：听取…，议定两件
            # 事：, a colon before a colon)
            return "这次会议主要" + said
        # (这次会议的主要任务是: round dd's 15, R — 这次会议主要是： 生硬)
        return "这次会议的主要任务是：" + said
    said = _clause(guideline)
    # (会议主要是两件事：… opened the speech as a note would: round cm's 15, R)
    return "这次" + said if said.startswith("会议") else said


# the year's note after the requirement (平安开学、有序开学；今年是党的二十一大召开之年，…): a sentence
# of its own, not the requirement's second half (round ca's 11, G)
_YEAR_NOTE_AFTER = re.compile(r"[；;]\s*(?=(?:今年|明年|\d{4}年)是[^，。；：]{2,30}之年)")


def _guideline_said(guideline: str) -> str:
    guideline = _SPEECH_NOTE.sub(r"【待核：\g<note>】", _YEAR_NOTE_AFTER.sub("。", guideline))
    guideline = _VOTE_ASKED.sub("", guideline)
    decided = _DECISIONS_AS_GUIDELINE.match(guideline)
    if decided:
        return f"落实好会议议定的{decided['what']}：{guideline[decided.end() :]}"
    return _BARE_RESULT_END.sub(r"确保\g<result>", guideline)


def _one_colon(guideline: str) -> str:
    return (
        _INNER_COLON.sub("，即", guideline, count=1)
        if "：" in guideline or ":" in guideline
        else guideline
    )


# a return's note in brackets after the sentence's full stop (…约新增学位3.2万个。（其中市区新建
# 小学4所，已完成立项。）): said inside the sentence, not as a line of its own after 。 (round as)
_TRAILING_ASIDE = re.compile(r"[。；]（(?P<aside>[^（）]+?)[。；]?）$")


# the clerk's own numbering of a list item (1. 学前教育…, 2、…, （3）…): the draft numbers its items
# itself (一是1. 学前教育… read in round bb's 03)
# (…and a target the clerk charged already: 去年滞后的两项任务9月底前必须完成, not 要确保…必须完成)
_DECIDED = re.compile(
    r"^(?:本次|这次|今天的?)?(?:会议|领导小组)(?:研究)?(?:决定|议定|确定)|^[^，；]{2,30}?(?:必须|务必)"
)
_CLERKS_NUMBER = re.compile(
    r"^(?:\d{1,2}\s*[\.．、]\s*(?!\d)|[（(]\d{1,2}[）)]\s*|[①②③④⑤⑥⑦⑧⑨⑩]\s*"
    # (第一，建立…: round bb's G, 要确保第一，建立…)
    r"|第[一二三四五六七八九十]{1,2}[，、,]\s*"
    # (序号3，城区学校周边交通组织优化，牵头单位…: round bc's 01, a form's row pasted)
    r"|序号\s*\d{1,2}[，、,：:]\s*"
    # (a bare row number before a form's row: 1，优质均衡国检迎检，牵头单位：… — round bf's 02,
    # 我们将确保1，…)
    r"|\d{1,2}[，,]\s*(?=(?:项目[：:])?[^，；。]{2,30}[，,]\s*(?:牵头单位|完成情况|项目))"
    # (the clerk's 一、 before each decision of a meeting: round bk's 16 and 24, G S — 要推动一、原则
    # 通过…; 要确保二、由市财政局…; not 一、二年级, a span of grades)
    r"|[一二三四五六七八九十]{1,2}、\s*(?![一二三四五六七八九十]{1,2}[、年])"
    r")"
)


# the report's own closing formula typed among its points (以上各项，请各位代表审议; …。本报告提请
# 大会审议): the kind's frame says it where a body votes (round bh's 02 and 20, G S: 我们将以上各项，
# 请各位代表审议 in the middle of the tasks)
_VOTE_FORMULA = re.compile(
    r"(?:^|(?<=[。；]))\s*(?:以上各项|以上报告|以上|本报告|这个报告)[，,]?\s*(?:请|提请|敬请)[^。；]{0,10}审议[。；]?\s*$"
)


_PLACE_COUNTED = re.compile(
    r"(?:现有|共有)[^，；。]{0,8}(?:小学|中学|学校|幼儿园|教学点)[^，；。]{0,4}\d+"
    r"|在校(?:中小学|小学|中学)?生\d|在园幼儿\d"
)
_PROGRESS_SAID = re.compile(
    r"新增|新建|建成|提高|提升|增长|完成|实现|获评|被评为|下降|减少|比上年|比去年"
)
_TEACHERS_CALLED = re.compile(r"做[“\"]?四有[”\"]?好老师|做.{0,6}好老师$|争做|当好.{0,8}引路人$")


# a project's investment in brackets after its name (县第三中学迁建项目（总投资一亿二千万元）): said in
# one breath with it, 县第三中学迁建项目总投资1.2亿元 (round bk's 13, G: …项目，总投资…，…务必…)
_INVESTMENT_ASIDE = re.compile(r"(?P<thing>项目|工程)[（(](?P<money>总投资[^（()）]{2,16})[）)]")


# a ；inside the clerk's brackets (…扩建（区住建局报：…；区教育局报：…）…)
_BRACKETED = re.compile(r"[（(][^（）()]*；[^（）()]*[）)]")
# the clerk's note on who reported what, in brackets inside the sentence (…扩建（区住建局报：总投资
# 3850万元，区教育局报：…，请规划股核实）5月15日前交付使用): a mark at the end, the sentence whole
# without it (round bp's 15, G R)
_MID_NOTE = re.compile(
    r"[（(](?P<note>[^（）()]*(?:报[：:]|核实|不一致)[^（）()]*)[）)](?=[^，；。（(]{2,})"
)


# the clerk's note on the drafting itself before the point (（滕副市长交代加一段，不属于迎检内容）今年…):
# a mark for the clerk at its end, never read out (round by's 22, R G: the note was read aloud)
_DRAFTING_NOTE = re.compile(
    r"^[（(](?P<note>[^（）()]{0,30}(?:交代|加一段|加一句|加几句|备注|不属于|单列|另起)[^（）()]{0,30})[）)]\s*"
)


# which figure counts, in the clerk's brackets after it (约1.1亿元（以下达文件为准）): his, not the
# speaker's (round ce's 01, R: “以下达文件为准”是内部备注，不宜读出)
_WHICH_COUNTS = re.compile(r"[（(](?P<note>以[^（）()，；。]{1,14}为准)[）)]")


def _mid_note_marked(text: str) -> str:
    text = _WHICH_COUNTS.sub(r"【待核：\g<note>】", text)
    drafting = _DRAFTING_NOTE.match(text)
    if drafting is not None:
        text = _marked_before_the_stop(text[drafting.end() :], drafting["note"])
    found = _MID_NOTE.search(text)
    if found is None:
        return text
    note = found["note"].replace("此项", "")
    return _marked_before_the_stop(text[: found.start()] + text[found.end() :], note)


def _marked_before_the_stop(text: str, note: str) -> str:
    """``text`` with 【待核：note】 before its closing 。 or ；."""
    end = len(text.rstrip("。；;"))
    return f"{text[:end]}【待核：{note}】{text[end:]}"


# the clerk's own check typed as clauses of the sentence (…1.35亿元（市发改委报）；同一项目市教育局
# 报总投资1.28亿元，数字不一致，请计财科核实; …去年计划投资260万元，今年县教育局回表为280万元，…):
# the other office's figure and the check go into a mark after the figure they question, never
# read out (rounds bs and bt, R F, six drafts: “是给办稿人的内部批注，不能让领导念出两个数字”)
_NOTE_CLAUSE = re.compile(
    r"^(?:同一(?:项目|事项|学校|数据)|(?:此项|该项)?待核实?$"
    r"|(?:此项|该项)?请[^，；。]{2,14}?(?:核实|核对|确认)"
    # (数字不一致; 两个科室口径不一，以会前核定数为准; 已完成的县区不再重复统计: round cd's 01,
    # F R G — “是内部核稿备注，市长不能念”)
    r"|(?:两个|两家)?(?:科室|部门|单位)?(?:的)?(?:数字|数据|口径)(?:前后)?不一致?"
    # (以下达文件为准: round ce's 01, R — “是内部备注，不宜读出”)
    r"|以[^，；。]{0,8}(?:核定|确认|审定|下达|文件|批复)[^，；。]{0,4}为准"
    r"|[^，；。]{0,12}(?:不再|不)重复(?:统计|计算)"
    r"|[^，；。]{0,4}?[\u4e00-\u9fff]{2,12}?(?:局|科|股|室|办|委|中心)(?:回表|报送|填报|报)"
    r"(?:为|的是|数为?|的(?:总投资|数字|数据)?为)?[：:]?(?:总投资)?[\d一二三四五六七八九十两约])"
)
_OTHER_SENDER_FIRST = re.compile(
    r"^[\u4e00-\u9fff]{2,12}?(?:局|科|股|室|办|委|中心)(?:回表|报送|填报|报)(?:的|为|数)"
)
# a clause that says two figures disagree: the sentence it is in is the clerk's check throughout
_CONFLICT = re.compile(r"不一致|口径不一|采用哪一?个数|以哪一?个数为准|哪个数准")
# an office and its figure said inside a clause (全市新增学位数发展规划科报4100个, 计划财务科按竣工
# 决算口径报3860个): two of them in a sentence with a conflict make the whole point the clerk's
_SENDER_INSIDE = re.compile(
    r"[\u4e00-\u9fff]{2,8}?(?:局|科|股|室|办|委|中心)(?:按[^，；。]{1,10})?(?:回表|报送|填报|报)(?:为|的是)?[\d一二三四五六七八九十两约]"
)
# who sent a figure, in brackets after it (（市发改委报）, （基础教育科报）, （市发改委立项数）)
_SENDER_AFTER = re.compile(
    r"[（(](?P<who>[^（）()，；。]{2,14}?(?:局|科|股|室|办|委|中心)(?:报|报送|提供|立项数|回表))[）)]$"
)
_CLAUSE_CUT = re.compile(r"(，|；|。|——)")


def _own_checks_marked(text: str) -> str:
    """The sentence with the clerk's checks typed as its clauses marked (see _NOTE_CLAUSE): a run
    of them, and in a sentence that says 不一致 a second sender's figure, become one 【待核：…】
    after the clause before them, which keeps its own sender in the mark too."""
    pieces = _CLAUSE_CUT.split(text)
    clauses, cuts = pieces[::2], [*pieces[1::2], ""]
    if len(clauses) < 2 or any(c.count("（") != c.count("）") for c in clauses):
        return text
    conflict = any(_CONFLICT.search(clause) for clause in clauses)
    if conflict and (
        _OTHER_SENDER_FIRST.match(clauses[0])
        or sum(1 for clause in clauses if _SENDER_INSIDE.search(clause)) >= 2
    ):
        # a point that is the other office's figure and the check (计划财务科报的总投资为…，两个
        # 科室口径不一，…: round cd's 01, F R; two offices' figures and 请会前核定采用哪一个数: round
        # cf's 02, G F R D, read out as an achievement): the whole point is the clerk's, one mark
        return f"【待核：{text.rstrip('。；;')}】"
    sent = [bool(_SENDER_AFTER.search(clause)) for clause in clauses]
    noted = [
        index > 0
        and (bool(_NOTE_CLAUSE.match(clause)) or (conflict and sent[index] and any(sent[:index])))
        for index, clause in enumerate(clauses)
    ]
    if conflict:
        _note_runs_to_the_stop(noted, cuts, clauses)
    if not any(noted):
        return text
    said = ""
    index = 0
    while index < len(clauses):
        if not noted[index]:
            said += clauses[index] + cuts[index]
            index += 1
            continue
        run = []
        while index < len(clauses) and noted[index]:
            run.append(clauses[index])
            index += 1
        said = _mark_after(said, run) + (cuts[index - 1] if index < len(clauses) else "")
    return said + ("。" if text.endswith("。") and not said.endswith("。") else "")


def _note_runs_to_the_stop(noted: list[bool], cuts: list[str], clauses: list[str]) -> None:
    """In a sentence that says two figures disagree, a check runs to the sentence's end: the
    clauses after its first (不含特教中心二期7000万元) are the check's too, not the speaker's."""
    start = 0
    for end, cut in enumerate(cuts):
        if cut != "。" and end < len(cuts) - 1:
            continue
        sentence = range(start, end + 1)
        if any(_CONFLICT.search(clauses[i]) for i in sentence):
            first = next((i for i in sentence if noted[i]), None)
            if first is not None:
                for i in range(first, end + 1):
                    noted[i] = True
        start = end + 1


def _sender_first(clause: str) -> str:
    """市东片区新增学位约三千个（基础教育科报） → 基础教育科报：市东片区…: no bracket inside
    the mark for the asides' pass to read again."""
    sender = _SENDER_AFTER.search(clause)
    return clause if sender is None else f"{sender['who']}：{clause[: sender.start()]}"


def _mark_after(said: str, run: list[str]) -> str:
    kept = said.rstrip("，；。—")
    notes = [_sender_first(re.sub("^(?:此项|该项)", "", clause)) for clause in run]
    note = "，".join(note for note in notes if not re.fullmatch("待核实?", note))
    sender = _SENDER_AFTER.search(kept)
    if sender is not None:
        kept, note = kept[: sender.start()], f"{sender['who']}；{note}".rstrip("；")
    return f"{kept}【待核：{note}】" if note else kept


# the time of an activity left to a later notice, typed in one breath (…宣传周活动时间另行通知:
# round bl's 05, G — two sentences glued)
_NOTICE_LATER = re.compile(r"(?P<what>活动|工作|会议|培训)(?P<when>时间|日期|安排)另行通知")


# last meeting's decisions reported one a point (上次会议议定事项二：城东学校9月开学投用。…): the
# number said as a speaker counts them, not as a label (round bt's 18, G R: 议定事项二方面，…)
_DECISION_NUMBERED = re.compile(
    r"^(?P<meeting>(?:上次|上一次|前次|本次|这次)?会议(?:（[^（）]{2,16}）)?)(?P<verb>议定|决定|确定)(?:的)?"
    # (会议议定一：… with no 事项: round cm's 15, G — 会议议定一方面，建立…)
    r"(?:事项(?:第)?|第)?(?P<n>[一二三四五六七八九十]{1,2})(?:件事|项)?[：:]\s*(?=\S)"
)


# a colon after a copula (领导小组成员单位为：市委办、…): the list it introduces, said after the
# copula, not a topic's label (round bt's 18, G: 成员单位要为方面，市委办、…)
_COPULA_COLON = re.compile(
    r"^(?P<lead>[^，；。：:（）]{2,20}?(?:(?<![作成认因以称更行])为|是|包括|分别是|共有))[：:]\s*(?=\S)"
)


# what is put into something, typed with 对 (年底对乡镇教育工作的考核结果纳入…): 将, the only
# preposition 纳入 takes (round cd's 13, G: 年底要对…考核结果纳入… “句式残缺”)
_TO_BE_PUT_IN = re.compile(r"^(?P<when>[^，；。对]{0,8}?)对(?P<what>[^，；。]{2,24}?结果)(?=纳入)")


# a label its own words name again (校车：现有校车46辆 → 校车现有校车46辆: round ca's 18, R)
_LABEL_SAID_AGAIN = re.compile(r"^(?P<thing>[\u4e00-\u9fff]{2,6})(?P<verb>现有|共有)(?P=thing)")


def _clause(text: str) -> str:
    """A user's sentence without its final punctuation: templates add the right mark
    (；between enumerated items, 。at the end). Typeset as the draft prints it (figures), a
    progress note the return put in brackets said as a clause (…专项治理，已查处3起)."""
    text = _two_offices_said(_VOTE_FORMULA.sub("", text.strip()))
    # a ；inside the clerk's brackets is no clause's end (…扩建（区住建局报：…；区教育局报：…）5月15日
    # 前…: round bp's 15, the thing and its bracket cut off at the ；)
    text = _BRACKETED.sub(lambda m: m.group().replace("；", "，"), text)
    two = _two_returns_said(text)
    text = two if two != text else _mid_note_marked(_own_checks_marked(text))
    text = _DECISION_NUMBERED.sub(r"\g<meeting>\g<verb>的第\g<n>件事是", text)
    text = _COPULA_COLON.sub(r"\g<lead>", text)
    clause = _TRAILING_ASIDE.sub(r"（\g<aside>）", _form_columns_said(text.strip()))
    clause = _agenda_point_said(_AGENDA_NUMBER.sub("", clause.rstrip(_END_PUNCTUATION).strip()))
    clause = _CLERKS_NUMBER.sub("", _question_said(clause))
    clause = _as_of_first(clause)
    clause = _WHAT_IS_LABEL.sub(r"\g<lead>是", clause)
    clause = _ROW_LABEL.sub(r"\g<thing>", clause)
    clause = _LABEL_SAID_AGAIN.sub(r"\g<verb>\g<thing>", _state_column_said(clause))
    clause = _TO_BE_PUT_IN.sub(r"\g<when>将\g<what>", clause)
    clause = _INVESTMENT_ASIDE.sub(r"\g<thing>\g<money>", clause)
    clause = _NOTICE_LATER.sub(r"\g<what>，具体\g<when>另行通知", clause)
    said = _marks_said(titles_in_clause(typeset(_asides_said(_return_label_said(clause)))))
    said = per_head_spoken(_THANKS_FIRST.sub("特别要感谢", said))
    said = _TWO_COUNTED.sub("两", said)  # 再组建二个 → 两个 (round bv's 15, G)
    # 排名第2名 says 名 twice; 前移2位 is said 前移两位 (round cf's 01 and 02, G R)
    said = _RANK_NAMED_TWICE.sub(r"\g<rank>", _TWO_PLACES.sub(r"\g<move>两位", said))
    return _check_request_said(_plans_said(_led_row_said(_named_with_school(said))))


# a named teacher first (县第一中学卢秀梅老师…, 县实验幼儿园佟丽君老师、枫坝二中阮明轩老师…)
_TEACHER_NAMED = re.compile(r"^[^，。；]{0,24}?[\u4e00-\u9fff]{2,4}老师(?=[^，。；、]{2})")


# a teacher typed as a form's row: name, school and post, deed (晏德全，双井乡中心小学教师，扎根村小
# 31年…: round ck's 16, G R — 三是先进典型工作持续加强，晏德全，双井乡中心小学教师，…)
_TEACHER_ROW = re.compile(
    r"^(?P<name>[\u4e00-\u9fff]{2,3})[，,](?P<school>[^，,。；]{2,20}?)"
    r"(?P<post>教师|老师|校长|园长|班主任)[，,](?P<deed>[^，,。；].*)$"
)
# an area of the review that holds the teachers held up as examples
_STORIES_AREA = re.compile(r"典型|事迹|榜样|先进人物|身边的好老师")


def _story_said(point: str) -> str:
    """A teacher's row said as a story: 双井乡中心小学晏德全老师扎根村小31年，…"""
    row = _TEACHER_ROW.match(point)
    if row is None:
        return point
    post = "老师" if row["post"] in ("教师", "老师") else row["post"]
    return f"{row['school']}{row['name']}{post}{row['deed']}"


def _teacher_story(achievement: Achievement) -> bool:
    """Whether a plain result is one named teacher's (or a few teachers') story: one point,
    no area of its own, no figures, opening with the teacher; or an area of examples whose
    every point is a teacher's row (name, school and post, deed)."""
    if (
        _STORIES_AREA.search(achievement.area)
        and achievement.points
        and not achievement.figures
        and all(_TEACHER_ROW.match(p) for p in achievement.points)
    ):
        return True
    return (
        achievement.area == PLAIN_AREA
        and len(achievement.points) == 1
        and not achievement.figures
        and bool(_TEACHER_NAMED.match(achievement.points[0]))
        and not re.match(r"^(?:全|今年|去年|一年来)", achievement.points[0])
    )


# a rank with 名 after it (排名第2名) and a move of two places (前移2位): said 排名第2, 前移两位
_RANK_NAMED_TWICE = re.compile(r"(?<=排名)(?P<rank>第[\d一二三四五六七八九十]{1,3})名")
_TWO_PLACES = re.compile(r"(?P<move>前移|上升|提升|提高|进位|后退|下降)2位")
# 二 counting things is 两 (再组建二个教育集团: round bv's 15, G); 十二个, 第二个, 二十个 are not
_TWO_COUNTED = re.compile(
    r"(?<![十百千万第\d零一二三四五六七八九两〇.])二(?=个|所|名|项|家|件|位|条|种|批|台|辆|套)"
)
# the date a figure stands at, typed after it (…惠及学生410人次，截至11月底): said first, and a
# year's total it cuts short said as the year's so far (round bu's 09, F R: 全年…，截至11月底 —
# "全年和截至11月底互相矛盾，是贴在句尾的半截话")
_AS_OF_LAST = re.compile(
    r"^(?P<body>[^。；]+?)(?:[，,]\s*|（)(?P<asof>截至(?:目前|\d{1,2}月(?:底|末|\d{1,2}日)|(?:今年)?年底"
    r"|\d{4}年\d{1,2}月(?:底|末|\d{1,2}日)?))）?$"
)


def _as_of_first(clause: str) -> str:
    found = _AS_OF_LAST.match(clause)
    if found is None:
        return clause
    body = re.sub(r"^全年", "今年", found["body"]) if "年底" not in found["asof"] else found["body"]
    return f"{found['asof']}，{body}"


# two offices' returns in one point (市财政局：…；市教育局：…): said once, in the first office's
# words; the second's, where its figures differ, marked for the clerk (round bq's 22, G R D:
# …12.5亿元；市教育局：全年一般公共预算教育支出计划12.5亿元 read out with its label)
_OFFICE_END = "(?:局|委|办|厅|中心|所|科|股)"
_RETURN_OFFICE = rf"[^，。；：:（）]{{2,10}}?{_OFFICE_END}"
# (…中心报：…；人事科报：…，以人事科核定数为准，待核 — round bu's 02, R: both read out)
_TWO_OFFICES = re.compile(
    rf"^(?P<a>{_RETURN_OFFICE})报?[：:](?P<x>[^；]+)；(?P<b>{_RETURN_OFFICE})报?[：:](?P<y>[^；]+?)[。；]?$"
)
_FIGURE_IN = re.compile(r"\d+(?:\.\d+)?(?:万|亿)?(?:元|名|人|个|所|项|%)")


def _two_offices_said(text: str) -> str:
    found = _TWO_OFFICES.match(text)
    if found is None:
        return text
    first, second = found["x"].strip(), found["y"].strip()
    own = set(_FIGURE_IN.findall(arabic_quantities(first)))
    other = set(_FIGURE_IN.findall(arabic_quantities(second)))
    if not other or not other <= own:
        second = re.sub(r"[，,]待核实?$", "", second)
        return f"{first}【待核：{found['b']}报：{second}】"
    return first


# one measure two offices returned differently, in one clause (beside _TWO_OFFICES' two returns:
# …参与率：基础教育科报96.4%，市政府教育督导室抽查口径为91.7%，…以哪个为准请局长定; 全区中职在校生数：
# 职成处报28.6万人，发展规划处报27.9万人，口径不一致…): the first figure said, the other and the
# clerk's words on it in a mark (round bz's 14 and bw's 02, G R — "局长念出两个数字和‘请局长定’")
_TWO_RETURNS = re.compile(
    r"^(?P<what>[^：:，。；]{2,24})[：:]\s*(?P<a>[^，；：:]{2,14}?)(?:报|统计)(?:为)?"
    r"(?P<x>约?[\d.]+(?:万|亿)?[^\d，；。（(]{0,4})[，,；;]\s*"
    r"(?P<b>[^，；：:]{2,16}?)(?:报|复核为|统计为|抽查口径为|口径为)"
    r"(?P<y>约?[\d.]+(?:万|亿)?[^\d，；。（(]{0,4})(?P<rest>[^。]*)(?P<end>。?)$"
)


def _two_returns_said(text: str) -> str:
    found = _TWO_RETURNS.match(text)
    if found is None:
        return text
    rest = re.sub(r"^[（(]([^（）()]*)[）)]", r"\1", found["rest"]).lstrip("，,；; ")
    note = f"{found['a']}报{found['x']}，{found['b']}报{found['y']}" + (f"；{rest}" if rest else "")
    return f"{found['what']}为{found['x']}【待核：{note}】{found['end']}"


# a person's school in brackets after the name (綦晓岚（市第二中学）、阙明辉（城南小学）): said as
# the school then the name (市第二中学綦晓岚、城南小学阙明辉), as a speaker reads a list; a bracket
# is no word said (rounds bo and bp, R: eleven lines — “念出来是‘额日和木括号旗蒙古族中学’”)
_SCHOOL_IN_BRACKETS = re.compile(
    r"（(?P<unit>[^（）()，；。、]{2,20}?(?:学校|小学|中学|幼儿园|学院|完小|教学点|中心校|高中|职中|校区))）"
)
# a person's title after the name, before the bracket of the school
_TITLE_AFTER_NAME = ("老师", "教师", "同志", "校长", "园长", "书记")
# where a name starts: after a list's mark or a word that names who follows
_BEFORE_NAME = (
    "、",
    "，",
    "：",
    "；",
    "“",
    "学习",
    "感谢",
    "祝贺",
    "楷模",
    "老师",
    "教师",
    "代表",
    "同志",
)
# a word at a head's start that leaves the name after it (为甘永红（…）, 向…)
_NAME_AFTER = "为向给与"
# characters no person's name has (a place's, a body's or a thing's)
_NOT_IN_NAME = frozenset("学校园县市镇乡区局村部省州旗组室站所院队会中心小班级年")
_NAME_LONGEST = 4


def _named_with_school(text: str) -> str:
    """Every bracket of ``text`` a school after a name, or ``text`` as it is: a list half
    said one way and half the other reads worse than the clerk's brackets."""
    found = list(_SCHOOL_IN_BRACKETS.finditer(text))
    if not found or len(found) != text.count("（"):
        return text
    said: list[str] = []
    last = 0
    for bracket in found:
        head = text[last : bracket.start()]
        # a name with its title (杨再芬老师（州民族中学）讲到…): the school's 的 before both
        # (round cf's 04, R: “括注念不出来，应改为‘州民族中学的杨再芬老师’”)
        title = next((t for t in _TITLE_AFTER_NAME if head.endswith(t)), "")
        bare = head[: len(head) - len(title)]
        # (…）和潘秋菊老师（…）: the 和 between two titled names is no part of the second)
        joined = (
            bare[:1] if title and bare[:1] in "和及与" and len(bare) <= _NAME_LONGEST + 1 else ""
        )
        name = _name_before(bare[len(joined) :])
        if not name:
            return text
        whose = bracket["unit"] + ("的" if title else "")
        said.append(head[: len(head) - len(name) - len(title)] + whose + name + title)
        last = bracket.end()
    return "".join(said) + text[last:]


def _name_before(head: str) -> str:
    """The person's name ``head`` ends with: the longest run of 2–4 characters after a list's
    mark or a word that names who follows (or a short head, past its 为/向), "" where none is."""
    window = head[-(_NAME_LONGEST + 2) :]
    starts = {
        len(head) - len(window) + window.rfind(mark) + len(mark)
        for mark in _BEFORE_NAME
        if mark in window
    }
    if len(head) <= _NAME_LONGEST:
        starts.add(0)
    if head[:1] and head[0] in _NAME_AFTER and len(head) <= _NAME_LONGEST + 1:
        starts.add(1)
    names = [head[start:] for start in sorted(starts)]
    return next((name for name in names if _a_name(name)), "")


def _a_name(name: str) -> bool:
    return (
        2 <= len(name) <= _NAME_LONGEST
        and not name.startswith(_BEFORE_NAME)
        and name[0] not in _NAME_AFTER
        and all("\u4e00" <= c <= "\u9fff" for c in name)
        and not _NOT_IN_NAME & set(name)
    )


# the speaker's own thanks as the clerk wrote it (感谢已退休的老教师…扎根牧区教学点): said as his, no
# task's frame over it (round bk's 05, G S: 要抓好感谢已退休的老教师…)
_THANKS_FIRST = re.compile(r"^(?:衷心)?感谢(?=[^，。；]{4,})")


# the meeting's own acts in a point (听取…的汇报，汇报中提到的…; 审议《…》，会议原则通过，…) and
# its decisions listed (会议议定：一、…；二、…): round bf's 04, 10 and 19 (G F R: 要审议…，会议原
# 则通过; 会议议定方面，要把一、…)
_HEARD_POINT = re.compile(
    r"^听取(?:了)?(?P<who>[^，；。]{2,16}?)(?:关于[^，；。]{2,24}?)?的?(?:汇报|报告)[，,]\s*(?P<rest>.+)$"
)
_ADOPTED_POINT = re.compile(
    r"^(?:审议|审议通过)(?:了)?(?P<doc>《[^》]+》(?:（[^）]*）)?)[，,]\s*(?:会议)?(?:已)?原则通过[，,]\s*"
    r"(?P<rest>.+)$"
)
_DECIDED_POINT = re.compile(
    r"^(?:本次|这次)?会议(?:研究)?(?:议定|决定|确定)(?:事项)?[：:]\s*(?P<rest>.+)$"
)
_LISTED_ITEM = re.compile(r"(?:^|(?<=[；;]))\s*(?P<n>[一二三四五六七八九十])[、，.．]\s*")


# a question in the clerk's aside (（是否需要？待县疫情防控指挥部通知）: round bg's 10 F G)
_ASKED_NOTE = re.compile(r"[？?]|是否")
_SENDER_FIRST = re.compile(
    r"^(?P<who>[\u4e00-\u9fff]{2,14}?(?:局|科|股|室|办|委|中心|所|站)(?:报|报送|提供))[，,](?P<rest>.+)$"
)
# a point that is only the clerk's question with its 待定 (特教学校二期是否纳入今年市级民生实事？
# 待定): his to settle, marked whole (round bf's 13 G: 要把特教学校二期待定【待核：…】)
_ASKED_PENDING = re.compile(
    r"^(?P<q>[^。；，,]{2,40}?是否[^。；，,]{2,40}?[？?])\s*(?:待定|未定|待研究)$"
)


# the clerk's numbering of his agenda (一、听取…汇报; 三、审议《…》): round bg's 04 G, 要确保一、听取…
_AGENDA_NUMBER = re.compile(r"^[一二三四五六七八九十]{1,2}、\s*(?=听取|审议|研究|通报|原则通过)")
# an agenda item alone as a point (听取镇中心学校…的汇报; 审议《…》): what the meeting did
_HEARD_ALONE = re.compile(r"^听取(?:了)?(?P<what>[^，；。]{4,60}?(?:汇报|报告))$")
_ADOPTED_ALONE = re.compile(r"^审议(?:了)?(?P<doc>《[^》]+》(?:（[^）]*）)?)$")


# a proposal put to the meeting, named without a title (审议西岭教学点撤并建议（拟报县教育局，待定）:
# round bh's 04 G, 要审议…)
_PROPOSAL_ALONE = re.compile(
    r"^审议(?:了)?(?P<what>[^，；。《》（(]{4,30}?(?:建议|提议|议题|事项))(?P<note>（[^）]*）)?$"
)


# a body's rules or plan put to the meeting without a title's 《》 (审议领导小组议事规则（讨论稿）:
# round bi's 16, G — 要审议领导小组议事规则，讨论稿)
_RULES_ALONE = re.compile(
    r"^审议(?:了)?(?P<what>[^，；。《》（(]{4,30}?(?:规则|细则|制度|章程))(?P<note>（[^）]*）)?$"
)
# a document the meeting's own decisions send back for revision (议事规则修改后印发执行)
_SENT_BACK = re.compile(r"(?:规则|细则|方案|办法|制度|意见|规划)[^。；，]{0,4}修改(?:完善)?后")


# a year the clerk wrote as a number, said by the speaker as the year it is to him (2031年教育项目
# 计划总投资… in a 2031 speech, 2015年资助… in a 2016 one, 机关党委2024年计划…: round cw's 13, 08
# and 14, R — "会议就在2031年，讲话说今年"); not inside a span, a title or a 年度, a quotation
_YEAR_AS_WRITTEN = re.compile(
    # (only a return's year before what it plans, gave or spent: a date the clerk wrote, 2028年
    # 底前, 2030年查处3起, 2030年前, is his words as written)
    r"(?<![\d—\-－~～至到《“])(?P<year>\d{4})年(?=计划|资助|教育项目|教育经费|教育投入|已完成|共计)"
)
_SAID_BY_THE_DAY = {-1: "去年", 0: "今年", 1: "明年"}


def _years_by_the_day(points: Sequence[str], day: datetime.date) -> list[str]:
    return [_today_said(_year_by_the_day(point, day.year), day) for point in points]


# the meeting's own day in a point (鲤鱼塘完小新校舍9月1日正式启用 at a meeting on 1 September:
# round cw's 16, F — 要确保…9月1日正式启用): said as 今天; not a deadline (9月1日前) nor a span
_DAY_AS_WRITTEN = re.compile(
    r"(?<![\d年])(?P<m>\d{1,2})月(?P<d>\d{1,2})日(?![前后起至到—\-－~～以当])"
)


def _today_said(point: str, day: datetime.date) -> str:
    def said(found: re.Match[str]) -> str:
        return (
            "今天" if (int(found["m"]), int(found["d"])) == (day.month, day.day) else found.group()
        )

    return _DAY_AS_WRITTEN.sub(said, point)


def _year_by_the_day(point: str, year: int) -> str:
    def said(found: re.Match[str]) -> str:
        before = point[: found.start()]
        if before.count("《") > before.count("》") or before.count("“") > before.count("”"):
            return found.group()
        return _SAID_BY_THE_DAY.get(int(found["year"]) - year, found.group())

    return _YEAR_AS_WRITTEN.sub(said, point)


def _not_recapped(points: Sequence[str], preceding: Sequence[str]) -> list[str]:
    """A task's points less the agenda items the speech's 刚才… line has already said (听取…
    汇报 after 刚才，…汇报了…; 审议…议事规则 after …审议了…): said again in the task they read
    as minutes (round bh's 04, round bi's 04 and 16: D R)."""
    recap = " ".join(preceding)
    if not recap:
        return list(points)
    kept = []
    for point in points:
        said = _agenda_point_said(_AGENDA_NUMBER.sub("", point.strip().rstrip("。；")))
        heard = said.startswith("会议听取了") and "汇报" in recap
        reviewed = said.startswith("会议审议了") and re.search("审议|宣读|说明", recap)
        if not (heard or reviewed):
            kept.append(point)
    return kept


# a decision that adopts a document (原则通过《…议事规则》，由镇党政办印发; the clerk's 一、 before it is
# _AGENDA_NUMBER's): the meeting's act (round bk's 16, G S: 要推动一、原则通过…)
_PASSED_POINT = re.compile(r"^(?P<rest>原则通过(?:了)?《.+)$")


def _agenda_point_said(clause: str) -> str:
    passed = _PASSED_POINT.match(clause)
    if passed:
        return f"会议{passed['rest']}"
    return _agenda_item_said(clause)


def _agenda_item_said(clause: str) -> str:
    heard_alone = _HEARD_ALONE.match(clause)
    if heard_alone:
        return f"会议听取了{heard_alone['what']}"
    proposal = _PROPOSAL_ALONE.match(clause) or _RULES_ALONE.match(clause)
    if proposal and not re.search(r"视会前|会前|视情况", proposal["note"] or ""):
        # (an item still to be settled before the meeting is the clerk's, marked: round bb's test)
        return f"会议审议了{proposal['what']}{proposal['note'] or ''}"
    adopted_alone = _ADOPTED_ALONE.match(clause)
    if adopted_alone and _names_own_rules(adopted_alone["doc"]):
        # (a body's own rules, reviewed at this meeting; any other document to review may be a
        # task ahead, said as the clerk wrote it — round as's decision)
        return f"会议审议了{adopted_alone['doc']}"
    asked = _ASKED_PENDING.match(clause)
    if asked:
        return f"【待核：{asked['q']}待定】"
    heard = _HEARD_POINT.match(clause)
    if heard:
        rest = heard["rest"]
        # …，汇报中提到的…: the report's speaker named before it
        return f"{heard['who']}{rest}" if rest.startswith("汇报中") else rest
    adopted = _ADOPTED_POINT.match(clause)
    if adopted:
        return f"{adopted['doc']}会议已原则通过，{adopted['rest']}"
    decided = _DECIDED_POINT.match(clause)
    if decided is None:
        return clause
    rest = decided["rest"]
    items = _LISTED_ITEM.findall(rest)
    if len(items) >= 2:
        # (the clerk's ？ inside an item ends no sentence: round bi's 16 G, 二是…是否稳妥？ then
        # 待征求…审批 as a line of its own)
        listed = _LISTED_ITEM.sub(lambda m: f"{m['n']}是", re.sub(r"[？?](?=[^；。]+)", "，", rest))
        return f"会议议定了{chinese_count(len(items))}件事：{listed}"
    rest = _LISTED_ITEM.sub("", rest)
    if rest.startswith("原则通过"):  # 会议议定：原则通过《…》: the meeting adopted it
        return f"会议{rest}"
    return f"会议议定，{rest}"


# the clerk's request to a department before his question (此项请区发改局核实：是否…？): one mark
# with whom to ask, nothing read aloud (round bd's 07 R: 此项请区发改局核实：【待核：…】)
_CHECK_REQUEST = re.compile(
    r"^(?:此项|该项)?请(?P<who>[^：:，。【]{2,12}?)核实[：:，,]\s*【待核：(?P<note>[^】]*)】(?P<rest>.*)$"
)


def _check_request_said(clause: str) -> str:
    found = _CHECK_REQUEST.match(clause)
    if found is None:
        return clause
    return f"【待核：{found['note']}（请{found['who']}核实）】{found['rest']}"


# a guideline that opens with the year it is said in (今年是党的二十一大召开之年，全市教育系统要…)
_YEAR_NOTE_FIRST = re.compile(
    # (…之年，也是…年: the year's second name is the note's too — round bp's 11, G: 总体要求是：
    # 也是教育强区建设目标年，…)
    r"^(?P<note>(?:今年|明年|\d{4}年)是[^，。；：]{2,30}之年(?:[，,]\s*(?:也|还|又)是[^，。；：]{2,30}年)?)"
    r"[，,。]\s*(?P<rest>.{6,})$"
)


# the clerk's question and its answer (实地抽查的学校是哪几所？市里还没定，…): said as the
# statement it answers (实地抽查的学校市里还没定，…; round bb's G R: 关于…是哪几所，市里还没定)
_QUESTION_THEN_UNDECIDED = re.compile(
    r"^(?:关于)?(?P<thing>[^，；。？?]{2,20}?)是(?:哪几所|哪几个|哪几家|哪些|哪一天|什么时候|谁)[？?]\s*"
    r"(?P<rest>[^，；。]{0,6}(?:还没定|还没有定|未定|待定|没有确定|未确定|尚未确定|还没确定).*)$"
)


# the clerk's question inside a point, then what he knows (第三方机构准入、退出是否要区里统一招标？各
# 校做法不一): what he knows said of the thing, the question marked for him (round bc's 06 G:
# the question read aloud, then 各校做法不一 as a sentence of its own)
_QUESTION_INSIDE = re.compile(
    r"^(?P<thing>[^，；。？?]{2,20}?)(?P<question>是否[^，；。？?]{2,20}|谁来[^，；。？?]{1,6}"
    r"|由谁[^，；。？?]{1,6}|怎么[^，；。？?]{1,8}|如何[^，；。？?]{1,8})[？?]\s*"
    r"(?P<rest>[^？?【】]{2,40})$"
)


# a point that opens on the clerk's question (是否在各街道设立校外培训监管员？拟由…): the thing asked
# is the topic, said 关于…, the plan after it as written (round bv's 06: the question read aloud)
_QUESTION_FIRST = re.compile(r"^是否(?P<what>[^，；。？?]{2,30})[？?]\s*(?P<rest>[^？?]{2,80})$")
_PLAN_OR_PENDING = re.compile(r"拟|待定|研究|暂定|另行")


# a target the clerk put as a question (…占比能否达到55%？（市教育局说有难度，先按55%写）): the aim
# said as striven for, the doubt left in his aside for him (round bw's 11, R: read as a question)
_CAN_IT_REACH = re.compile(
    r"^(?P<what>[^？?]{2,40}?)能否(?P<reach>达到|完成|实现|突破|提高到|控制在)(?P<rest>[^？?]{1,20})[？?]\s*"
)


_CAN_IT_OPEN = re.compile(
    r"^(?P<what>[^，；。？?]{2,40}?)能否(?P<done>按期)?(?P<verb>投用|投入使用|建成|开工|完工|竣工|交付使用|开学|招生)"
    r"[？?]\s*(?P<rest>[^？?]{4,60})$"
)


def _can_it_reach_said(clause: str, found: re.Match[str]) -> str:
    aim = f"{found['what']}力争{found['reach']}{found['rest']}"
    rest = clause[found.end() :].strip()
    return aim + (f"【待核：{rest.strip('（）()')}】" if rest else "")


def _question_first_said(found: re.Match[str]) -> str:
    what, rest = found["what"], found["rest"]
    if _PLAN_OR_PENDING.search(rest):
        return f"关于{what}，{rest}"
    return f"关于{what}【待核：是否{what}？】，{rest}"


def _undecided_said(clause: str) -> str | None:
    """A question the clerk left open, with who or what will settle it, said as speech; None
    for any other clause."""
    found = _QUESTION_THEN_UNDECIDED.match(clause)
    if found:
        return found["thing"] + found["rest"]
    after = _QUESTION_AFTER_DEED.match(clause)
    if after and _PLAN_AFTER.match(after["rest"]):
        # a deed, how asked, then the plan that answers it (…差距最大的是…两项，怎么补？拟请镇政府
        # 协调用地): the plan goes on from the deed (round cg's 10, G R: 怎么补，拟请…)
        return f"{after['deed']}，{after['rest']}"
    if after and _PENDING_ONLY.match(after["rest"].strip("（）() ")):
        # a deed, then who does it asked and left to another (暑假期间村干部巡河，谁来排班？（待乡里
        # 定）): the deed said, the question and who settles it his (round cg's 24, G R: …谁来排班，，
        # 待乡里定)
        return f"{after['deed']}【待核：{after['question']}？{after['rest'].strip('（）() ')}】"
    return None


def _question_said(clause: str) -> str:
    if _ASIDE_WITH_QUESTION.search(clause):
        return clause  # the clerk's aside, marked whole by _aside_said (round bg's 10)
    if first := _QUESTION_FIRST.match(clause):
        return _question_first_said(first)
    if reach := _CAN_IT_REACH.match(clause):
        return _can_it_reach_said(clause, reach)
    if opens := _CAN_IT_OPEN.match(clause):
        # a building's date asked, and who answers (…开学前能否投用？区教育局会后报方案): the
        # question is the topic (round ce's 16, G R: 明年要在秋季开学前能否投用？)
        done = (opens["done"] or "") + opens["verb"]
        return f"关于{opens['what']}能否{done}的问题，{opens['rest']}"
    if source := _WHERE_FROM.match(clause):
        # where the means come from, asked, and the body that answers (…，资金从哪里来？州财政局
        # 会后提出方案): the means said as what the body provides for (round df's 03, R: 书记讲话
        # 把“资金从哪里来”这个问句照搬 — 应为“所需资金由州财政局会后提出方案”)
        return f"{source['deed']}，所需{source['what']}由{source['who']}{source['rest']}"
    undecided = _undecided_said(clause)
    if undecided is not None:
        return undecided
    if either := _EITHER_OR.match(clause):
        # which of two decides, asked (…明显不够，是市里定还是要报上级定？请编办会后研究): the
        # question is the clerk's to settle, the rest is said (round cg's 07, G R)
        rest = either["rest"].strip()
        if _PENDING_ONLY.match(rest):  # (…，还是每半年一次？待组长定: who settles it, his too)
            return f"{either['deed']}【待核：{either['question']}？{rest.rstrip('。；')}】"
        marked = f"{either['deed']}【待核：{either['question']}？】"
        return f"{marked}，{rest}" if rest else marked
    answered = _answered_question_said(clause)
    return answered if answered is not None else _question_inside_said(clause)


def _question_inside_said(clause: str) -> str:
    """A question inside the clerk's point, said as its topic or marked for him; a point with
    only 是否…待定 said without 待定; any other clause as is."""
    inside = _QUESTION_INSIDE.match(clause)
    if inside and _DECIDED_ELSEWHERE.search(inside["rest"]):
        # what decides it follows the question: the question is the topic (大雪天是否停课，镇里
        # 不能自己定，按县教育局统一通知执行 — round bd's 24 G, 要确保大雪天镇里不能自己定…)
        return f"{inside['thing']}{inside['question']}，{inside['rest']}"
    if inside and _PENDING_ONLY.match(inside["rest"]):
        # nothing decided yet, only who will decide (开学第一周是否先不上新课…？待局长定): the whole
        # point is the clerk's, never read out (round ce's 12 and 03, G R F: 开学第一周待局长要定)
        return f"【待核：{clause}】"
    if inside:
        return f"{inside['thing']}{inside['rest']}【待核：{inside['question']}？】"
    asked = _ASKED_THEN_PENDING.match(clause)
    if asked and _PENDING_ONLY.match(asked["rest"].strip("（）() ")):
        # a question, then only who will answer it (县教研室送教下乡今年拟安排几次？待县里通知):
        # nothing to say yet, the whole point is the clerk's (round cg's 10, E R: 关于…，待县里通知);
        # what the clerk knows before the question is said (寄宿制学校宿舍每天开窗通风，拟每校配备…，
        # 人员从哪里来？待与旗卫健委商定: round de's 06, R — the whole point inside the mark)
        known, comma, question = asked["question"].rpartition("，")
        if comma and len(known) >= 6 and not _QUESTION_WORD.search(known):
            rest = asked["rest"].strip("（）() ").rstrip("。；")
            return f"{known}【待核：{question}？{rest}】"
        return f"【待核：{clause}】"
    return _questions_left_marked(_WHETHER_PENDING.sub(r"\g<whether>", clause))


# the clerk's questions no rule above read, after what he knows (劝返学生“一生一案”，跟踪一年，初二年级
# 怎么盯？是否由乡镇包保干部每月上门？（会上议定）; 牧区寄宿生返校接送，校车是否增加班次？（待交通局回复）):
# what he knows said, the questions and who settles them marked for him, never read out (round da's
# 03 and 11, G R F: 初二年级怎么盯？ then ，会上议定。 and 校车是否增加班次，，待交通局回复)
_QUESTIONS_LEFT = re.compile(
    r"^(?P<known>[^？?【】]{4,}?)[，,](?P<asked>[^，；。？?【】]{2,30}[？?][^【】]*)$"
)


def _questions_left_marked(clause: str) -> str:
    found = _QUESTIONS_LEFT.match(clause)
    if found is None or re.search(r"[（(]", found["known"]):
        return (
            clause  # (the clerk's aside before it is marked with it: _aside_said, round bd's test)
        )
    asked_twice = len(re.findall(r"[？?]", found["asked"])) >= 2
    if not asked_twice and not re.search(r"[？?]\s*[（(][^（）()]+[）)]\s*$", found["asked"]):
        return clause  # one question alone is _aside_said's to mark (rounds bb's and bd's tests)
    asked = re.sub(r"[（(]([^（）()]*)[）)]", r"\1", found["asked"]).strip(" 。；").rstrip("？?")
    return f"{found['known']}【待核：{asked}】"


_QUESTION_WORD = re.compile(r"是否|能否|怎么|如何|谁|哪|几|多少|吗")
_WHERE_FROM = re.compile(
    r"^(?P<deed>[^？?【]{4,60}?)[，,](?:所需)?(?P<what>[^，；。？?]{1,6}?)从哪[里儿]?来[？?]\s*"
    r"(?P<who>[^，；。？?]{1,12}?(?:局|厅|委|办|政府|部门|中心))"
    r"(?P<rest>[^，；。？?【】]{2,24}?)[。；]?$"
)
_QUESTION_AFTER_DEED = re.compile(
    r"^(?P<deed>[^？?【]{4,60}?)[，,](?P<question>(?:谁来|由谁|怎么|如何|是否|哪些|哪几)[^，；。？?]{1,14})"
    r"[？?]\s*(?P<rest>[^？?]{2,30})$"
)
_PENDING_ONLY = re.compile(
    r"^待[^，；。？?]{1,24}?(?:定|研究|商量|商定|决定|确定|审定|批复|通知|答复|回复|明确)[。；]?$"
)
_EITHER_OR = re.compile(
    r"^(?P<deed>[^？?【]{4,60}?)[，,](?P<question>[^，；。？?]{0,6}还是[^，；。？?]{1,12})[？?]"
    r"\s*(?P<rest>[^？?]{0,40})$"
)
_ASKED_THEN_PENDING = re.compile(r"^(?P<question>[^？?【]{2,60})[？?]\s*(?P<rest>[^？?]{2,30})$")
# whether, left open, then who will settle it (是否招收外县学生待定，由市教育局提出意见后报市政府):
# 待定 is the clerk's word; said, the question is what the office settles (round cg's 07, R)
_WHETHER_PENDING = re.compile(r"(?P<whether>是否[^，；。？?]{1,16})待定(?=[，,]\s*(?:由|请))")


# the clerk's question with its answer after it, said as the answer's topic (round ca's 15 and 24,
# G: 寄宿制学校生活老师配备不足各县要…【待核：怎么办？】, 社会认可度各校在迎检前…【待核：怎么提？】)
_HOW_TO = re.compile(
    r"^(?P<thing>[^，；。？?]{2,24}?)(?:怎么|如何)"
    # (…怎么办好？, …校舍怎么用？: rounds dj's 02 and dk's 17, G — the question left in a 【待核】
    # mark at the answer's end, read as a check item)
    r"(?P<verb>提高|提升|提|抓|管|办好|办|解决|用好|用|利用|使用|处置|安排)[？?]\s*"
    r"(?P<rest>[^？?]{2,80})$"
)
_WHEN_HOW = re.compile(
    r"^(?P<when>[^；。？?]{2,40}?(?:时|的时候|期间|之后|以后))(?:怎么|如何)[^，；。？?]{1,6}[？?]\s*"
    r"(?P<rest>(?:拟|由|请|先|要|可)[^？?]{2,80})$"
)
_PLAN_AFTER = re.compile(r"^(?:拟|请|由|先|可)")
_HOW_TO_SAID = {
    "提高": "提高{}",
    "提升": "提升{}",
    "提": "提高{}",
    "抓": "抓好{}",
    "管": "管好{}",
    "办好": "办好{}",
    "用好": "用好{}",
}
# what is done with a thing, said as the topic its answer settles (关于…校舍使用问题，拟移交…)
_HOW_TO_TOPIC = {"用": "使用", "使用": "使用", "利用": "利用", "处置": "处置", "安排": "安排"}
# (校长陪餐制度落实了没有？拟在四季度督查中一并检查: round ca's 16, R)
_DONE_OR_NOT = re.compile(
    r"^(?P<thing>[^，；。？?]{2,24}?)(?P<verb>落实|完成|到位|整改|开展|执行)了?没有[？?]\s*"
    r"(?P<rest>[^？?]{2,80})$"
)
# (省级复核反馈的17个问题，还有几个没销号？请县教育局会后报清单: round ca's 12)
_HOW_MANY_LEFT = re.compile(
    r"^(?P<thing>[^；。？?]{2,30}?)[，,]\s*还有(?:几个|多少|几项|几所|几家)没有?(?P<verb>[^，；。？?]{1,4})[？?]\s*"
    r"(?P<rest>请[^？?]{2,60})$"
)
# (校医或保健教师配备率现有多少？年内能否达到100%？: round ca's 11 — asked of an office)
_HOW_MANY_NOW = re.compile(
    r"^(?P<thing>[^，；。？?]{2,24}?)(?:现有|目前|现在)(?:是|有)?多少[？?]\s*(?P<rest>[^？?].*)$"
)
# (…拟结合消防疏散演练一起搞？（请安全科定）: round ca's 11, G — read aloud with its request)
_ASKED_OF_AN_OFFICE = re.compile(
    r"^(?P<body>[^？?]{4,}?)[？?]\s*[（(](?P<ask>请[^（）？?]{2,14}?(?:定|核实|确定|研究|答复|回复))[）)]$"
)


def _answered_question_said(clause: str) -> str | None:
    """A question the clerk answered (or sent to an office) said as speech, the question gone
    or kept for him as 【待核】; None for any other clause."""
    if when := _WHEN_HOW.match(clause):
        # the plan that follows answers how (冬季路况差的时候怎么保障？拟由…设中转仓): the time is
        # its lead (round cf's 03, G: the question glued into a statement, …怎么保障，拟由…)
        return f"{when['when']}，{when['rest']}"
    how = _HOW_TO.match(clause)
    if how and how["verb"] in _HOW_TO_TOPIC and how["rest"].startswith("请"):
        how = None  # (…怎么用，请各市拟出方案: the question is what the request asks — round bv's test)
    if how:
        thing, verb, rest = how["thing"], how["verb"], how["rest"]
        if verb in _HOW_TO_SAID:
            return _HOW_TO_SAID[verb].format(thing) + "，" + rest
        if verb in _HOW_TO_TOPIC:
            return f"关于{thing}{_HOW_TO_TOPIC[verb]}问题，{rest}"
        topic = thing if thing.endswith("问题") else thing + "的问题"
        return f"{topic}，{rest}"
    if done := _DONE_OR_NOT.match(clause):
        return f"{done['thing']}{done['verb']}情况，{done['rest']}"
    if left := _HOW_MANY_LEFT.match(clause):
        return f"{left['thing']}中还没有{left['verb']}的，{left['rest']}"
    if now := _HOW_MANY_NOW.match(clause):
        rest = _question_said(now["thing"] + now["rest"])
        return f"{rest}【待核：{now['thing']}现有多少？】"
    if asked := _ASKED_OF_AN_OFFICE.match(clause):
        return f"{asked['body']}【待核：{asked['ask']}】"
    return None


_ASIDE_WITH_QUESTION = re.compile(r"（[^（）]*[？?][^（）]*）$")
# who decides a question the clerk raised (…按县教育局统一通知执行, 由县里统一确定)
_DECIDED_ELSEWHERE = re.compile(
    r"按[^，；。]{2,16}(?:执行|为准|办理)|由[^，；。]{2,12}(?:统一|决定|确定)|听从"
    # a department asked to answer it (…是否纳入督导评价？请体卫艺处会后拿出意见: round bd's 05 and
    # 15 G, 要确保体质健康测试数据请体卫艺处会后拿出意见【待核：是否…】)
    r"|^请[^，；。]{2,12}?(?:会后)?(?:拿出意见|提出意见|研究|测算|论证|核实)"
    # (any request after the question answers it: …怎么用？请各市拟出方案, round bv's 24 G)
    r"|^请[^，；。]{2,}"
)


# the clerk's 拟 inside a clause is a note's word, not the speaker's (round bb's R: 市里还没定，拟按
# 每个片区准备两所; 汇报人待定，拟请分管副区长): what is undecided and whom the office has in
# mind is said as a first thought, a plan after a comma as planned; a point that opens with 拟
# is weave's (拟新建… said as a charge)
_PENDING_THEN_IN_MIND = re.compile(r"待定[，,]\s*拟请")
_INNER_PLAN = re.compile(r"(?<=[，；])拟(?=请)|(?<=[，；])拟(?=[按对在把将于向从为给\d])")


# what is not settled yet (待定, 会商中); a clause of it at a clause's end, or a question whether to
# do a thing (…，是否列为明年重点督办事项？), is a note for the clerk (round bb's G F R: …审议？时间
# 待定 and …？。 read aloud): marked 【待核】, not said
_PENDING = re.compile(
    r"待定|会商中|会商后|待研究|待确定|尚未确定|还没定|未定"
    # 拟，待区政府确认 (round bc's 06: 达到95%，拟，待区政府确认 read aloud)
    r"|待[^，。；（）]{0,10}?(?:确认|审定|批准|同意|研究)"
    # (拟，待旗财政局测算: round bc's 23 G R, read aloud after a raise nobody decided)
    r"|待[^，。；（）]{0,10}?(?:测算|核算|核定|论证|审批|商定|协调)"
)
_PENDING_END = re.compile(
    r"(?:[？?]\s*|[，,])(?P<note>"
    # (a request filed before the note, 6月20日已报预算，待批: round bf's 18 R, read aloud)
    r"(?:[^，。；？?【】]{0,10}(?:已报|已上报|已提交|已申请|已申报)[^，。；？?【】]{0,6}[，,])?"
    r"[^，。；？?【】]{0,8}(?:待定|会商中|待研究|待确定|待批|待审批|待批复|待审定)"
    # (or the clerk's bare 拟 after his question: 是否在东山县先行试点？拟 — round bk's 15, 拟。)
    r"|(?<=[？?])拟)[？?]?$"
)
_WHETHER_END = re.compile(
    r"(?:[，,]\s*)?(?P<note>是否[^，。；？?【】]{2,30}"
    # (and the questions after it: 是否由学校统一组织？家长自愿还是统一购买？ — round bg's 10 G)
    r"(?:[？?][^，。；？?【】]{2,30}?(?:还是|是否|要不要|能否)[^，。；？?【】]{0,20})*)[？?]$"
)
# a question still before a body, with who will settle it (是否由镇财政补贴，待镇党委会研究; 关于是否将…列
# 入今年新建计划，待县政府常务会研究; 是否撤并镇里意见不一): not said at the meeting, the clerk's to
# settle (round bi's 20 and 22, round bh's 01, R: 尚未决定的内部事项原样念出来)
_WHETHER_PENDING_END = re.compile(
    r"(?:^|[，,]\s*)(?P<note>(?:关于)?是否[^。；？?【】]{2,40}?"
    r"(?:[，,]\s*待[^，。；？?【】]{1,14}?(?:研究|决定|确定|审定|商定|批复|明确)"
    # (…，待市教育局会同鸥北区政府研究后报市政府: round bm's 23, G — 要确保是否…)
    r"(?:后(?:报|提交|提请)[^，。；？?【】]{2,10})?"
    r"|意见不一|意见不统一|尚无定论|有争议|未定|待定"
    # (…，是否全部覆盖待信息中心核实: round ca's 11, R — read aloud)
    r"|待[^，。；？?【】]{1,10}?(?:核实|回复|答复|反馈)))$"
)
_WHETHER_BEFORE = re.compile(r"[，,]\s*(?P<q>是否[^，。；？?【】]{2,30})$")
# what the speaker's own body may not decide, noted by the clerk (本校无权决定撤并): his note
_NO_POWER_END = re.compile(
    r"[，,]\s*(?P<note>(?:本|我)(?:校|镇|乡|局|单位|中心校)无权[^，。；？?【】]{2,16})$"
)
# the clerk's own question after what he knows (县里定的迎检时间是5月中旬，乡里要做哪些？: round
# bd's G R, …乡政府要做哪些？。 read aloud): his to answer, marked
_ASKS_END = re.compile(
    r"[，,]\s*(?P<note>[^，。；？?【】]{0,20}?(?:哪些|哪几[所个家项件]|什么时候|什么|多少|几[个所项件]"
    r"|谁来[^，。；？?【】]{0,6}|由谁[^，。；？?【】]{0,6}|怎么[^，。；？?【】]{0,6}|如何[^，。；？?【】]{0,6}))[？?]$"
)


# where the clerk took a figure from (教育局基础教育股回表原文, 数据来源：…): his note, not speech
# (round bb's G R: …力争达到96%，教育局基础教育股回表原文)
_SOURCE_NOTE = re.compile(
    r"回表|原文|数据来源|来源[：:]|据[^，]{2,12}报表|核实"
    # (发展规划科报十一所，财务科报九所，数字不一致，待核: round bs's 02, R — read out)
    r"|不一致|待核"
    # (（已完成的县区不再重复统计）, （口径不一，以会前核定数为准）: round cd's 01, R G)
    r"|重复(?:统计|计算)|口径不一|以[^，。]{0,8}(?:核定|确认|审定)[^，。]{0,4}为准"
    # a body that sent the figure (市教育局基础教育科报; 旗住建局报，是否…？): round bf's 13 and 16
    # R G, …网上登记，市教育局基础教育科报 read aloud
    r"|^[\u4e00-\u9fff]{2,14}?(?:局|科|股|室|办|委|中心|所|站)(?:报|报送|提供)(?:[，,]|$)"
    # (two senders: 县住建局、县发改局报 — round bh's 01 G, …，包括县住建局、县发改局报)
    r"|^(?:[\u4e00-\u9fff]{2,14}?(?:局|科|股|室|办|委|中心|所|站)、)+[\u4e00-\u9fff]{2,14}?"
    r"(?:局|科|股|室|办|委|中心|所|站)(?:报|报送|提供)$"
    # a body's view the clerk noted (住建局意见：先在城北片区试行: round dg's 01, G R — read out
    # after the rule it would change)
    r"|^[\u4e00-\u9fff、]{2,14}?(?:局|科|股|室|办|委|中心|政府)(?:的)?(?:意见|建议|看法)[：:]"
    # the clerk's ask of a body (请旗财政局测算: round bf's 05 R)
    r"|请[^，。；]{2,12}?(?:测算|核算|确认|研究|提供|审核)"
)
# a lead-in ending with 的 before a colon (座谈中老师们反映比较集中的：…): said …的是… (round bb's
# G R: 一是座谈中老师们反映比较集中的：非教学任务…)
_WHAT_IS_LABEL = re.compile(r"^(?P<lead>[^，。；：:]{4,24}的)[：:]\s*(?=\S)")
_TRAILING_CHECKS = re.compile(r"(?:【待核：[^】]*】)+$")
# a project's row in a table (职教园区二期：已完成投资6.2亿元，…): the thing is the subject of its
# state, no colon read aloud (round bd's 19 R S); a body's return before a colon is
# _return_label_said's
_ROW_LABEL = re.compile(
    r"^(?P<thing>[^，。；：:（）【】]{2,16}?(?<![局委办厅部处室股科府站所表报])(?<!中心))[：:]\s*"
    r"(?=已|计划|目前|正在|现有|累计|预计|截至|\d{4}年)"
)


def _mark_notes(marks: str) -> list[str]:
    """The notes inside a run of 【待核：…】 marks."""
    return [m[4:-1] for m in re.findall(r"【待核：[^】]*】", marks)]


def _pending_marked(clause: str) -> str:
    marks = _TRAILING_CHECKS.search(clause)
    said = clause[: marks.start()] if marks else clause
    notes = _mark_notes(marks.group()) if marks else []
    found = (
        _PENDING_END.search(said)
        or _WHETHER_END.search(said)
        or _ASKS_END.search(said)
        or _WHETHER_PENDING_END.search(said)
        or _NO_POWER_END.search(said)
    )
    whole_question = _WHETHER_END.match(said) or _WHETHER_PENDING_END.match(said)
    if found is not None and found.start() == 0 and whole_question:
        # a point that is only the clerk's question (是否启用…临时教室？): his to answer, not
        # speech (round bc's 11: 是否启用区实验小学东校区要临时教室？。)
        return f"【待核：{said}】"
    if found is not None and found.start() > 0:
        asked = "？" if found.re is _ASKS_END else ""
        said, notes = said[: found.start()], [found["note"] + asked, *notes]
        question = _WHETHER_BEFORE.search(said) if found.re is _PENDING_END else None
        if question is not None:
            # (the question the 待定 answers goes with it: …联合检查，是否纳入季度通报？待定 — round
            # bi's 03, G: 是否纳入季度通报【待核：待定】 read aloud)
            said, notes = said[: question.start()], [f"{question['q']}？{notes[0]}", *notes[1:]]
        # a mark the clerk's aside left before the note joins it (…5月中旬【待核：具体日期待定】，
        # 乡里要做哪些？: one mark, not two side by side)
        before = _TRAILING_CHECKS.search(said)
        if before is not None:
            notes = _mark_notes(before.group()) + notes
            said = said[: before.start()]
    return said + (f"【待核：{'；'.join(notes)}】" if notes else "")


# a task and who leads it, pasted as a form's row (州民族中学新校区（州发改委牵头）：原定…): the
# lead body said before the task (round bb's G R, four lines of draft 08: …，州人社局牵头：还有…)
_LED_ROW = re.compile(
    r"^(?P<thing>[^，：:；。]{2,24})，(?P<body>[^，：:；。]{2,14}?)牵头[：:]\s*(?P<rest>.+)$"
)


# a form's row with its columns named (城区学校周边交通组织优化，牵头单位县公安局，配合单位县住建局、
# 县教育局): said as who leads and who works with it (round bc's 01: the columns read aloud)
_FORM_ROW = re.compile(
    # (the row's number first, and its investment inside the thing: 序号1，城关第四小学新建项目，总投资
    # 8600万元，牵头单位县教育局，… — round bo's 01, G R)
    r"^(?:序号\s*\d{1,2}[，,、.．]\s*)?(?:(?:项目|任务)[：:]\s*)?(?P<thing>[^，：:；。][^：:；。]{1,50}?)[，,]\s*"
    r"牵头单位[：:]?\s*(?P<lead>[^，；。]{2,30}?)"
    r"(?:[，,]\s*配合单位[：:]?\s*(?P<with>[^，；。]{2,40}?))?"
    # (its state column: 完成情况：计划全年培训6000人次 — round bf's 02, the label read aloud)
    r"(?:[，,]\s*完成情况[：:]?\s*(?P<state>[^【]{2,60}?))?"
    # (its deadline column: 完成时限：11月30日前 — round bc's 22, the row read aloud)
    r"(?:[，,]\s*完成时限[：:]?\s*(?P<due>[^，；。【]{2,20}?))?(?P<marks>(?:【[^】]*】)*)$"
)
# a row's thing and its state, the columns named (项目：教师补充，完成情况：全年招聘教师186名; 区管
# 校聘交流轮岗，完成情况：全年交流…): said as the thing's 方面 (round bf's 02 and 22, G R)
_STATE_COLUMN = re.compile(
    r"^(?:(?:项目|任务)[：:]\s*)?(?P<thing>[^，：:；。【]{2,30})[，,]\s*完成情况[：:]\s*(?P<state>.+)$"
)
# a deadline column's date without its day (2031年12月, 5月): by the month's end
_MONTH_ONLY = re.compile(r"^(?:\d{4}年)?\d{1,2}月$")
# a deadline column that says its deed (8月20日前交付, 9月底前竣工): said as it is
_DUE_DEED = re.compile(
    r"(?:完成|交付|交付使用|竣工|完工|投用|投入使用|上线|印发|到位|开工|建成|启用)$"
)
# a form's columns pasted with spaces or bars between them (3  学科类培训机构年检  牵头单位：…):
# read as commas, the row's number dropped
_FORM_COLUMNS = re.compile(r"[ \t\u3000]{2,}|\t|[｜|]")
_FORM_HEADS = re.compile(r"牵头单位|配合单位|完成时限")


_BODY_END = r"(?:局|股|科|室|办|委|中心|学校|校|政府|所|站|院|处|团|会|部)"
_VERB_FIRST_THING = re.compile(
    r"^(?:完善|建立|健全|开展|推进|实施|制定|出台|落实|加强|组织|建设|推动|开发"
    r"|扩大|提升|提高|新建|改造|优化|规范|启动|做好|抓好|完成|迎接|深化|创建|新组建|组建)"
)
_FORM_SOURCE = re.compile(r"^(?P<source>回表原文|回表|原文)[：:]\s*")


# a column head after 、 or ； (项目：…、牵头单位：…; 项目：…；完成情况：…): the columns as commas (round
# bg's 02, 12, 24: 我们将确保项目：新组建教育集团、牵头单位：… read aloud)
_COLUMN_AFTER_MARK = re.compile(
    # (or a single space: 序号1 项目：城区学位扩容 完成情况：在建 — round bh's 20, G)
    r"(?:[、；;]\s*|(?<=[^\s，,])[ \t\u3000])(?=(?:项目|任务|牵头单位|配合单位|完成情况|完成时限)[：:])"
)
# a lead column's label with no colon (…，牵头单位县教育局，配合单位县住建局: round bh's 11, G)
_BARE_COLUMN_LABEL = re.compile(
    r"(?<=[，,（(])(牵头单位|配合单位)(?=[^：:，,）)]{2,14}?(?:局|委|办|室|股|科|中心|学校|政府)(?:[，,、）)]|$))"
)


# a table's header line pasted before its one data line (序号 项目 完成情况 牵头单位 配合单位 完成时限：2
# 东坑完小饮水改造 已完成 …; 序号、保障事项、牵头单位、配合单位：1、教育经费足额拨付、…): each value put
# after its column's name, as a row with named columns reads (round bi's 10 and 23, round bh's 20, G R:
# 五是序号 项目 完成情况…，完成时限：2 东坑完小…)
_HEADER_NAMES = (
    "项目|保障事项|事项|任务|工作任务|完成情况|进展情况|牵头单位|配合单位|责任单位|完成时限"
)
_HEADER_ROW = re.compile(
    rf"^序号(?P<sep>[ \t\u3000]+|[、，,])(?P<heads>(?:{_HEADER_NAMES})(?:(?P=sep)(?:{_HEADER_NAMES}))+)"
    r"[：:]\s*(?P<values>.+)$"
)
_HEAD_SAID = {
    "保障事项": "项目",
    "事项": "项目",
    "工作任务": "项目",
    "任务": "项目",
    "进展情况": "完成情况",
}


def _header_row_said(clause: str) -> str:
    found = _HEADER_ROW.match(clause.strip())
    if found is None:
        return clause
    heads = ["序号", *found["heads"].split(found["sep"])]
    values = [v for v in re.split(re.escape(found["sep"]), found["values"].strip()) if v]
    if len(values) != len(heads) or not re.fullmatch(r"\d{1,2}", values[0]):
        return clause
    named = [f"{_HEAD_SAID.get(h, h)}：{v}" for h, v in zip(heads[1:], values[1:], strict=True)]
    return f"序号{values[0]} " + " ".join(named)


# a table pasted with bars, its header before its rows (项目名称 | 总投资 | 新增学位 | 完成时限；区第十三小学
# | 1.35亿元 | 2160个 | 2017年8月: round bl's 20, G — 我们将确保项目名称 ， 总投资 ， …): each row said as
# its thing and its columns, 区第十三小学总投资1.35亿元，新增学位2160个，要在2017年8月底前完成
_PIPED_TABLE = re.compile(
    r"^(?P<heads>(?:项目名称|项目|学校|名称|单位)(?:\s*[|｜]\s*[^；;|｜：:]{2,8})+)\s*[；;：:]\s*(?P<rows>.+)$"
)
_BARS = re.compile(r"\s*[|｜]\s*")


def _piped_table_said(clause: str) -> str:
    found = _PIPED_TABLE.match(clause.strip())
    if found is None:
        return clause
    heads = _BARS.split(found["heads"].strip())
    rows = [
        _BARS.split(row.strip()) for row in re.split(r"\s*[；;]\s*", found["rows"].strip()) if row
    ]
    if not rows or any(len(row) != len(heads) for row in rows):
        return clause
    return "；".join(_piped_row_said(heads[1:], row) for row in rows)


def _piped_row_said(heads: Sequence[str], row: Sequence[str]) -> str:
    """A row said as its thing, who leads it and who helps (the form's own order: 城北实验学校二期
    由市教育局牵头、市住建局配合), then its other columns (总投资1.45亿元, its state), then by when."""
    parts: list[str] = []
    due = lead = helped = ""
    for head, value in zip(heads, row[1:], strict=True):
        if head in ("完成时限", "完成时间", "时限"):
            due = _piped_due(value)
        elif head in ("牵头单位", "责任单位"):
            lead = f"由{value}牵头"
        elif head == "配合单位":
            helped = f"、{value}配合"
        elif head in ("完成情况", "进展情况", "进度"):
            parts.append(value)
        else:
            parts.append(f"{head}{value}")
    led = f"{lead}{helped}" if lead else helped.lstrip("、")
    # (the thing then its investment reads as one: 区第十三小学总投资1.35亿元; any other column
    # after a comma)
    joint = "" if not parts or (not led and parts[0].startswith("总投资")) else "，"
    said = row[0] + led + joint + "，".join(parts)
    return f"{said}，{due}" if due else said


# a table pasted with its 序号 column and header, its rows after ；(序号|项目名称|完成情况；1|城北实验学校|…；
# 2|…, or with blanks between the cells): round bq's 22 and br's 07, 10 and 15, G R — 我们将确保序号 项目名称
# 总投资…；1 城北实验学校二期 1.45亿元… read out. Each row said as its thing and its columns.
_NUMBERED_TABLE = re.compile(r"^序号(?P<sep>\s*[|｜]\s*|[ \t\u3000]+)(?P<rest>[^；;]+[；;].+)$")
_BLANKS = re.compile(r"[ \t\u3000]+")


def _numbered_table_said(clause: str) -> str:
    found = _NUMBERED_TABLE.match(clause.strip())
    if found is None:
        return clause
    cells = _BARS if found["sep"].strip() else _BLANKS
    rows = [row for row in re.split(r"\s*[；;]\s*", found["rest"].strip().rstrip("。")) if row]
    heads = cells.split(rows[0].strip())
    body = [cells.split(row.strip()) for row in rows[1:]]
    if not body or any(
        len(row) != len(heads) + 1 or not re.fullmatch(r"\d{1,2}", row[0]) for row in body
    ):
        return clause
    return "；".join(_piped_row_said(heads[1:], row[1:]) for row in body)


# one row with its cells labelled and set apart by blanks (序号1 项目县城第五小学新建 牵头单位县教育局 配合单位…
# 完成时限2016年8月底 总投资5600万元): round br's 10 and 15, G — 我们将推动序号1 项目…
_ROW_NUMBER = re.compile(r"^序号\s*\d{1,2}[、，,.．\s]*")
_CELL_LABELS = (
    "项目名称",
    "项目",
    "牵头单位",
    "责任单位",
    "配合单位",
    "完成时限",
    "总投资",
    "完成情况",
)


def _labelled_row_said(clause: str) -> str:
    row = _ROW_NUMBER.sub("", clause.strip()).rstrip("。")
    # (a row of commas or colons is _FORM_ROW's and _header_row_said's, in the form's own words)
    if sum(label in row for label in _CELL_LABELS[2:]) < 2 or re.search("[，,：:]", row):
        return clause
    columns: dict[str, str] = {}
    for cell in (c for c in _BLANKS.split(row) if c):
        label = next((lb for lb in _CELL_LABELS if cell.startswith(lb)), "")
        value = cell[len(label) :].lstrip("：:")
        key = "项目名称" if label in ("", "项目") else label
        if not value or key in columns:
            return clause  # a second thing, or a label with nothing after it: as typed
        columns[key] = value
    if "项目名称" not in columns:
        return clause
    heads = [
        h
        for h in ("总投资", "牵头单位", "责任单位", "配合单位", "完成情况", "完成时限")
        if h in columns
    ]
    return _piped_row_said(heads, [columns["项目名称"], *(columns[h] for h in heads)])


_SENDER_NOTE = re.compile(r"[（(][^（）()]{0,16}?(?:报|报送|提供|回表原文)[）)]")


def _piped_due(value: str) -> str:
    """A deadline cell said after its row: 要在2026年8月底前完成; one that names its deed as it is
    (2026年7月底主体完工 → 要在2026年7月底主体完工: round bm's 07, G — …主体完工前完成), the
    sender's note after it (…前完成（市发改委报）, not …底（市发改委报）前完成)."""
    note = "".join(_SENDER_NOTE.findall(value))
    value = _SENDER_NOTE.sub("", value).strip()
    if _DUE_DEED.search(value) or re.search(r"(?:投入使用|主体完工|封顶|招生|开学)$", value):
        said = f"要在{value}"
    elif _MONTH_ONLY.match(value) or value.endswith("底"):
        said = f"要在{value.removesuffix('底')}底前完成"
    else:
        said = f"要在{value.removesuffix('前')}前完成"
    return said + note


# a row of a table pasted with bars and no header, in the form's usual order (1 | 城区小学学位扩容 |
# 市教育局 | 市自然资源和规划局、市住建局 | 2026年8月底前): who leads, who works with it, by when (round
# bm's 07, G: 要确保1 | 城区小学学位扩容 | …); a row of another shape is left as typed
_BARE_PIPED_ROW = re.compile(
    r"^\d{1,2}\s*[|｜]\s*(?P<thing>[^|｜]{2,30}?)\s*[|｜]\s*(?P<lead>[^|｜]{2,20}?"
    + _BODY_END
    + r")"
    r"\s*[|｜]\s*(?P<with>[^|｜]{2,40}?" + _BODY_END + r")\s*[|｜]\s*(?P<due>[^|｜]{3,24})$"
)


def _bare_piped_row_said(clause: str) -> str:
    row = _BARE_PIPED_ROW.match(clause.strip())
    if row is None:
        return clause
    # (each cell with its own label: 牵头单位：计划基建股 — round bo's 14, G R)
    lead, helped, due = (_CELL_LABEL.sub("", row[name]) for name in ("lead", "with", "due"))
    return f"{row['thing']}由{lead}牵头、{helped}配合，{_piped_due(due)}"


_CELL_LABEL = re.compile(r"^(?:牵头单位|配合单位|完成时限|责任单位)[：:]\s*")


def _form_columns_said(clause: str) -> str:
    clause = _labelled_row_said(_numbered_table_said(clause))
    clause = _bare_piped_row_said(_piped_table_said(_header_row_said(clause)))
    clause = _COLUMN_AFTER_MARK.sub("，", _BARE_COLUMN_LABEL.sub(r"\1：", clause))
    if not _FORM_HEADS.search(clause) or not _FORM_COLUMNS.search(clause):
        return clause
    # the row's source before it (回表原文：序号3｜…: round bd's 07, 要确保回表原文：序号3…) is the
    # clerk's note, marked after the row
    clause = clause.strip()
    source = _FORM_SOURCE.match(clause)
    row = _FORM_COLUMNS.sub("，", clause[source.end() :] if source else clause)
    row = re.sub(r"\s*，[\s，]*", "，", row)  # (2 ， 城北小学扩建 ，，牵头单位: round bo's 14)
    row = re.sub(r"^(?:序号\s*)?\d{1,2}，", "", row).rstrip("。；")
    return row + (f"（{source['source']}）" if source else "")


def _state_column_said(clause: str) -> str:
    """A row's thing and its 完成情况 column said as the thing's 方面 (_STATE_COLUMN); a row with
    its lead body is _led_row_said's."""
    found = _STATE_COLUMN.match(clause)
    if found is None or "牵头单位" in clause:
        return clause
    # a state that says itself after its thing (…全覆盖已完成; …发展于2035年10月通过…): no 方面，
    # before it (round bl's 19 and 24, G: …全覆盖方面，已完成，…)
    if _STATE_SAID_AFTER.match(found["state"]):
        return f"{found['thing']}{found['state']}"
    if _STATE_DATED.match(found["state"]):
        return f"{found['thing']}于{found['state']}"
    return f"{found['thing']}方面，{found['state']}"


_STATE_SAID_AFTER = re.compile(r"^(?:已|基本|全部|全面|正在|尚未|未)")
_STATE_DATED = re.compile(r"^\d{4}年\d{1,2}月(?:\d{1,2}日)?(?:通过|完成|建成|实现|投用|交付|获)")


def _due_said(due: str) -> tuple[str, str]:
    """A deadline column as said after the row (，2031年12月底前完成; ，8月20日前交付 as it is)
    and the clerk's mark for one not yet set (待定: 【待核：完成时限待定】, not 待定完成 — round bf's
    22, G)."""
    if not due:
        return "", ""
    if due in ("待定", "未定", "另定"):
        return "", "【待核：完成时限待定】"
    if _MONTH_ONLY.match(due):
        return f"，{due}底前完成", ""
    if re.fullmatch(r"(?:\d{4}年)?\d{1,2}月\d{1,2}日", due):
        return f"，{due}前完成", ""  # (2022年8月31日完成 read as done that day: round bh's 20)
    return f"，{due}{'' if _DUE_DEED.search(due) else '完成'}", ""


_COLUMN_CUT = re.compile(r"[，,]\s*(?=(?:牵头单位|配合单位|完成情况|完成时限)[：:])")
_COLUMN_ORDER = ("牵头单位", "配合单位", "完成情况", "完成时限")


# a row's investment column (…，完成时限：2033年12月，总投资：3.4亿元 — round bs's 02, G R: the row
# read aloud after 我们将确保): said with its thing, before who leads it
_SUM_COLUMN = re.compile(r"[，,]\s*(?:总投资|投资额?)[：:]\s*(?P<sum>[^，,；。【]+)")


def _columns_in_order(clause: str) -> str:
    """A row whose columns came in another order (项目：…，完成情况：…，牵头单位：…: round bh's 20
    and 11, G) in the order _FORM_ROW reads, its investment with its thing; a row with no lead
    column as it is."""
    invested = _SUM_COLUMN.search(clause) if "牵头单位" in clause else None
    if invested:
        clause = clause[: invested.start()] + clause[invested.end() :]
    thing, *columns = _COLUMN_CUT.split(clause)
    if invested:
        thing = f"{thing}，总投资{invested['sum']}"
        clause = "，".join([thing, *columns])
    named = dict(re.split("[：:]", c, maxsplit=1) for c in columns)
    if "牵头单位" not in named or len(named) != len(columns):
        return clause
    said = [f"{name}：{named[name]}" for name in _COLUMN_ORDER if name in named]
    return "，".join([thing, *said])


def _state_now(state: str) -> str:
    """A row's state column after its bodies: a short one (在建) said as it stands now (round
    bh's 20, R: …配合，在建，…)."""
    if not state:
        return ""
    short = len(state) <= 4 and not state.startswith(("已", "目前", "正在"))
    return f"，目前{state}" if short else f"，{state}"


_DONE_STATE = re.compile(r"^已(?:完成|竣工|建成|完工|交付|投用|投入使用|到位|印发|上线|启用)")
_DUE_DATE = re.compile(r"(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?")


def _state_and_due(state: str, due: str) -> tuple[str, str, str]:
    """A row's state and deadline columns as said after its bodies, and the clerk's mark for a
    deadline not yet set. A row done by its date says when (已于2020年10月完成), not a deadline
    after its 已完成 (round bi's 10, F: 已完成，2020年10月底前完成)."""
    if _DONE_STATE.match(state) and _DUE_DATE.fullmatch(due):
        return f"，已于{due}{state[1:]}", "", ""
    return (_state_now(state), *_due_said(due))


def _led_row_said(clause: str) -> str:
    row = _FORM_ROW.match(_columns_in_order(clause))
    if row is not None:
        helped = f"，{row['with']}配合" if row["with"] else ""
        state, due, pending = _state_and_due(row["state"] or "", row["due"] or "")
        # (a thing that opens with its verb takes a comma: 完善…平台，由区教育局牵头)
        joint = "，" if _VERB_FIRST_THING.match(row["thing"]) or "，" in row["thing"] else ""
        said = f"{row['thing']}{joint}由{row['lead']}牵头{helped}{state}{due}"
        return f"{said}{pending}{row['marks']}"
    found = _LED_ROW.match(clause)
    if found is None:
        return _plain_led_said(clause)
    return f"{found['body']}牵头的{found['thing']}，{found['rest']}"


# a return's thing, its lead body and what is due, in commas (乡镇公办幼儿园4所建设，发展规划股牵头，6月
# 底前完成选址，县国土局配合): said as who leads it (round bk's 02 and 10, G: 我们将确保…建设，发展规划股
# 牵头，…, 要确保台风损毁的15项隐患，…牵头，…前完成修复)
_PLAIN_LED = re.compile(
    # (a decision's label is no thing: 会议议定，由…牵头，… — round bz's 04, G 会议议定由由…)
    r"^(?P<thing>(?!(?:本次|这次)?会议(?:议定|决定|确定)[，,])[^，：:；。【]{2,30})[，,]\s*"
    r"(?P<lead>[^，：:；。【]{2,16}?" + _BODY_END + r")牵头[，,]\s*"
    r"(?P<rest>[^【]+?)(?:[，,]\s*(?P<with>[^，：:；。【]{2,30}?"
    + _BODY_END
    + r")配合)?(?P<marks>(?:【[^】]*】)*)$"
)


_ACT_FIRST_THING = re.compile(
    r"^(?:启用|开工|召开|印发|举办|举行|修订|修复|清理|排查|整治|配齐|招聘)"
)


# the lead put last after a helper's deed (…，医院配合做好返校核酸检测，区卫健局牵头: round bk's 10, G)
_LEAD_LAST = re.compile(
    r"(?<=[，,])\s*(?P<with>[^，：:；。【]{1,16}?" + _BODY_END + r")配合(?:做好|开展|做)?"
    r"(?P<thing>[^，：:；。【]{2,20})[，,]\s*(?P<lead>[^，：:；。【]{2,16}?" + _BODY_END + r")牵头"
    r"(?P<marks>(?:【[^】]*】)*)$"
)


# the lead body alone after the deed (…十一月底前完工，旗住建局牵头: round bl's 15, G) takes its 由;
# a form's empty column (，无配合单位) is not read out (round bl's 24, G)
_LEAD_AT_END = re.compile(
    r"(?<=[，,])\s*(?P<lead>[^，：:；。【由]{1,16}?"
    + _BODY_END
    + r")牵头(?P<marks>(?:【[^】]*】)*)$"
)
_NO_COLUMN = re.compile(r"[，,]\s*(?:无|没有)(?:配合单位|配合部门|配合)(?=[，,；。【]|$)")


def _plain_led_said(clause: str) -> str:
    clause = _NO_COLUMN.sub("", clause)
    clause = _LEAD_LAST.sub(r"\g<thing>由\g<lead>牵头、\g<with>配合\g<marks>", clause)
    if not _PLAIN_LED.match(clause):
        clause = _LEAD_AT_END.sub(r"由\g<lead>牵头\g<marks>", clause)
    row = _PLAIN_LED.match(clause)
    if row is None or _VERB_FIRST_THING.match(row["thing"]) or _ACT_FIRST_THING.match(row["thing"]):
        return clause
    if row["lead"].startswith("由"):
        return clause  # said as the clerk wrote it (round cf's 06, G: 危险水域方面由由市水利局…)
    helped = f"、{row['with']}配合" if row["with"] else ""
    return f"{row['thing']}由{row['lead']}牵头{helped}，{row['rest']}{row['marks']}"


# a point the clerk opens with 拟由 (拟由乡中心学校牵头、乡政府办配合，…): his proposal, said as
# the office's first thought, not as the speaker's 拟 (round bd's R: 书记在会上不说“拟由”)
_PROPOSED_LEAD = re.compile(r"^拟(?=由[^，；。]{2,20}(?:牵头|负责|组织|承办))")


# a thing not settled, then what is proposed for it (中职学校布局调整方案待定，拟于下半年提交…): the
# proposal said, the thing's state marked for the clerk (round bh's 10, G R: 布局要调整方案待定)
_PENDING_THEN_PROPOSED = re.compile(
    r"^(?P<thing>[^，；。【]{4,30}?)(?P<pending>待定|未定|尚未确定)[，,]\s*(?P<rest>(?:拟|计划)[^【]+)$"
)


def _pending_thing_said(clause: str) -> str:
    found = _PENDING_THEN_PROPOSED.match(clause)
    if found is None:
        return clause
    rest = re.sub(r"^拟(?=[于在将按])", "计划", found["rest"])
    return f"{found['thing']}{rest}【待核：{found['thing']}{found['pending']}】"


def _plans_said(clause: str) -> str:
    clause = _PROPOSED_LEAD.sub("初步考虑", _pending_marked(_pending_thing_said(clause)))
    if (
        clause.startswith("拟")
        and "【待核" in clause
        and "的" not in re.split("[，；【]", clause)[0]
    ):
        # a proposal whose terms are not settled (拟将…纳入…，具体办法待定): a first thought, not
        # a charge (round bd's 19 F: 要把学校建设项目纳入…【待核：具体办法待定】)
        clause = "初步考虑" + clause[1:]
    clause = _PENDING_THEN_IN_MIND.sub("初步考虑请", clause)
    # a first thought the clerk asked about (拟在茶坳村办一个幼儿园教学点？（场地还没定）): said with
    # its note, no question read out and no mark left alone as a sentence (round dd's 20, G R)
    clause = _THOUGHT_ASKED.sub(r"\1", clause)
    return _INNER_PLAN.sub(lambda m: "考虑" if clause[m.end()] == "请" else "计划", clause)


_THOUGHT_ASKED = re.compile(r"^((?:初步考虑|拟)[^？?。；【]{2,40})[？?](?=【)")


# A department's return pasted with its sender before a colon (县财政局：2019年县本级教育经费…;
# 县人社局、县委编办：今年分两批招聘…; 市教育局安全股：对沿江6所学校…): read aloud, the label
# is a form's, and every frame put before it broke it (round av's G, five drafts: 要推动县财政局：
# …, 要由县发改局：…, 一是确保基础教育科：…, 要确保中心校：…). The sender is the deed's subject
# where a deed follows; a statement of its own subject (…预算已安排约9.9亿元) is said alone.
_BODY_LABEL = re.compile(
    r"^(?P<body>[\u4e00-\u9fff（）、]{0,24}?(?:局|股|科|室|办|委|中心|中心校|学校|小学|中学|院|部|处|站|所|队|会|馆|协))"
    # (its office in brackets: 县发改局（项目办）：全年… — round ca's 01, R, the label read aloud)
    r"(?:（[^（）：:]{1,8}）)?"
    r"[：:]\s*(?P<rest>.+)$"
)
_DEED_FIRST = re.compile(
    r"^(?:(?:\d{4}年|今年|年内|全年|本学期|上半年|下半年)"
    r"(?:分|将|要|计划|继续|全面|统一|新|组织|开展|实施|完成|招聘|安排|推进|推行|启动)"
    r"|对|把|将|要|在|为|会同|联合|牵头|负责|组织|开展|实施|推进|推行|巩固|完成|落实|建立|制定|"
    r"继续|全面|加快|加强|深化|计划|统筹|指导|督促|配合|协调|争取|新建|改扩建"
    # a deadline or an aim first is still the sender's deed (round aw: 县人社局：9月底前出台…,
    # 县财政局：确保教师绩效工资…, 县发改局：年内为…争取 said with no one to do them)
    r"|\d{1,2}月[^，；。]{0,4}?前|年底前|(?:今年|年内|全年)(?=为|对|把|在|将|争取)|确保|力争"
    # a term or a season first (round aw: 县教育局：本学期内完成…专项督查, 县公安局、团县委：
    # 暑期联合开展…专项检查 said with no one to do them)
    r"|(?:本学期|下学期|秋季学期|春季学期|每学期|暑期|暑假|寒假|假期|汛期|开学前|开学初)(?:内|期间)?"
    r"(?=要|将|分|计划|继续|全面|统一|联合|组织|开展|实施|完成|安排|推进|启动|对|在|为|逐))"
)


# a topic before a colon (防溺水：各村（社区）要…: round av's G R; 校车和学生乘车：… read in round
# bb's 14), said as the speaker turns to
# it; the words a form puts before its text (目标：, 要求：) are no topic
_TOPIC_LABEL = re.compile(
    # (who spoke or was named is no topic: 教师代表座谈发言：淦阳一中… is a list of names; nor is a
    # count's statement: 三项督办事项滞后：…)
    r"^(?![^：:]*?[一二三四五六七八九十两几\d][项个件条所类])(?P<topic>[\u4e00-\u9fff]{2,12}(?<!发言)(?<!讲话)(?<!汇报)(?<!名单)(?<!代表))[：:]\s*"
    # (a colon inside the clerk's bracket after it is the bracket's: round bg's 13 G, 要确保学生资助：…
    # （资助中心回表原文：“…”）)
    r"(?P<rest>(?:[^：:（(]|[（(][^）)]*[）)]){6,})$"
)
_THING_LABEL = re.compile(
    # (a school's label is _PLACE_LABEL's, read first)
    r"^(?P<topic>[\u4e00-\u9fff（）]{4,14}(?:之家|项目|工程|基地|场地|宿舍|食堂|操场|运动场|周转房))"
    r"[：:]\s*(?P<rest>[^：:]{6,})$"
)
_NOTE_TO_AN_OFFICE = re.compile(r"^此项|请|核实|核对")
_ITS_MEASURE_FIRST = re.compile(
    r"^(?:总投资|计划投资|投资|规划用地|占地|总建筑面积|建筑面积|设计规模|设计)"
)
# a measure's name and the figures it is (…标准：小学每生每年900元…; …比例：60%)
_MEASURE_NAME = re.compile(r"(?:标准|比例|占比|额度|限额)$")
_FIGURES_FIRST = re.compile(r"^(?:小学|初中|高中|幼儿园|每[生人年]|\d)")
_FORM_WORDS = re.compile(
    r"^(?:目标|要求|任务|重点|其中|说明|备注|注|措施|做法|计划|进展|现状|问题)$"
)


def _return_label_said(clause: str) -> str:
    """A return's ``sender：text`` said as speech (see _BODY_LABEL), a topic's ``topic：text``
    as 防溺水方面，text, a place's size in brackets as words; any other clause as is. A colon
    inside the clerk's brackets labels nothing (…扩建（区住建局报：总投资…）5月15日前…: round bp's
    15, the thing was cut off as a label)."""
    head = re.split("[：:]", clause, maxsplit=1)[0]
    if head.count("（") + head.count("(") > head.count("）") + head.count(")"):
        return clause
    untopical = _no_label_of_a_topic(clause)
    if untopical is not None:
        return untopical
    said = _ADDED_NOTE.sub("", _label_said(_REPORTED_INSIDE.sub("", clause)))
    said = _DUTY_LABEL.sub(r"\g<duty>，", said)
    return _sized_place_said(said) or said


# the duty written as a form's label (州卫健局、州教育局共同负责：开学后…: round cx's 17 and 15, R G —
# "把回表格式原样贴进讲话"): the bodies' duty, then what it is, as one sentence
_DUTY_LABEL = re.compile(
    r"(?<=[局委办厅部所站院])(?P<duty>(?:共同|联合|分别)?(?:负责|牵头))[：:]\s*"
)


# who sent the figures, inside the point after its first clause (开展清廉学校建设，机关党委上报：今年
# 计划排查…: round cl's 02, R — "机关党委上报：是材料来源，不能让局长在大会上念")
_REPORTED_INSIDE = re.compile(
    r"(?<=[，；])[\u4e00-\u9fff（）、]{2,12}?(?:联合|共同)?(?:报送|上报|核报|反馈|回表)[：:]\s*"
)
# a return's 另， before its next sentence (…。另，编制周转池现有余额约600个，…): a clerk's connective,
# no word of a speech (round by's 11, R: "另，"是科室报送材料的口气)
# (另： too: round cm's 23, R — 另：城北幼儿园改扩建已完成主体… said aloud)
_ADDED_NOTE = re.compile(r"(?:^|(?<=[。；]))(?:另外|另)[，,：:]\s*")
# a later sentence of an office's return that opens with its date (人事股报：…。3月15日前报县编办…):
# the office is its subject (round by's 13, G: the sentence had none once the label was cut)
_DATED_DEED_NEXT = re.compile(
    r"(?<=。)(?P<date>(?:\d{1,2}月(?:\d{1,2}日|底|上旬|中旬|下旬)?|年底|开学)前)"
    r"(?=[^，。；]{0,3}(?:报|完成|拿出|提交|上报|印发|出台))"
)


# a body's members listed after their label (成员单位：镇党政办、镇财政所…): who they are, no task
# (round bh's 04 and 16, G: 成员单位方面，镇党政办、镇财政所、镇派出所要、…)
_MEMBERS_LABEL = re.compile(
    r"^(?P<label>[^，；。：:]{0,12}成员(?:单位)?)[：:]\s*(?P<rest>[^。；]+?(?:[、，,][^。；]+?){2,})$"
)


# the clerk's own aside as a label (顺带强调一下：实习学生安全，…): said as the speaker turns to it,
# no topic of its own (round bh's 10, G R S: 顺带强调一下方面，…)
_ASIDE_LABEL = re.compile(r"^(?:顺带|顺便|另外|此外|最后|再)?(?:强调|提醒|说)一下[：:]\s*")


def _no_label_of_a_topic(clause: str) -> str | None:
    """A label that names no topic: the clerk's aside (顺带强调一下：) or a members' list
    (成员单位：…); None for any other clause."""
    if _ASIDE_LABEL.match(clause):
        return _ASIDE_LABEL.sub("这里再强调一下，", clause)
    members = _MEMBERS_LABEL.match(clause)
    return f"{members['label']}包括{members['rest']}" if members else None


def _label_said(clause: str) -> str:
    clause = _COMMA_THEN_ASIDE.sub(r"，\1", _BRACKETED_SOURCE.sub("", clause))
    reported = _REPORTED_LABEL.match(clause)
    if reported:
        # who sent the figures in is the clerk's note, not the speaker's words (round az's R G:
        # 教导处报送方面，…, 学生资助股报送：…, 县人社局、县编办要报告：…)
        body = reported["body"]
        rest = _DATED_DEED_NEXT.sub(lambda m: f"{body}要在{m['date']}", reported["rest"])
        if _PLACE_REPORTING.search(body) and _NO_SUBJECT_YET.match(rest):
            # a school's own return says what it has (中心幼儿园报：现有6个班… → 中心幼儿园现有
            # 6个班…: round ch's 21, the sender dropped left the figures with no subject)
            return body + rest
        return _label_said(rest)
    sized = _sized_place_said(clause)
    if sized:
        return sized
    place = _PLACE_LABEL.match(clause)
    if place and place["body"].endswith("类学校"):
        # (两类学校：办好… is a topic, not a school: round ca's 01, G 两类学校办好…)
        return f"{place['body']}方面，{place['rest']}"
    if place and _DUTY_FIRST.match(place["rest"]):
        # a project, then who is charged with it (城北九年一贯制学校：县国土资源局、县住建局共同
        # 负责，…): 由 before them (round ba's G: …，由城北九年一贯制学校县国土资源局…共同负责)
        return place["body"] + "由" + place["rest"]
    if place:
        # places and schools are the subject of what the text says of them (各乡镇：落实… →
        # 各乡镇落实…; 城东幼儿园：已完成主体工程 → 城东幼儿园已完成…): round aw's G, 要确保各乡镇
        # 方面，落实… and 要确保临河低洼地带的8所学校：制定…, and its R 城东幼儿园方面
        return place["body"] + place["rest"]
    found = _BODY_LABEL.match(clause)
    if found is None:
        return _topic_label_said(clause)
    rest = _pair_named(found["rest"], found["body"])
    if _OFFICE.search(found["body"]):
        return rest  # the bureau's own office wrote it: the speaker speaks for it
    if _THING_BY_MANNER.match(rest):
        # the sender handles the thing (县财政局：补助资金按学期预拨… → 县财政局要把补助资金按学期
        # 预拨…; round aw's 要补助资金按学期预拨 had no one to do it)
        return f"{found['body']}要把{rest}"
    # (要 after the sender: round bi's 11 G, 市市场监管局落实学校要负责人陪餐)
    return found["body"] + rest if _DEED_FIRST.match(rest) else rest


def _topic_label_said(clause: str) -> str:
    """A topic's label said as speech: a work named by its thing is that thing's arrangement
    (核桃坪村留守儿童之家：村里腾出… → 关于…，…: round av's G, 要推动核桃坪村留守儿童之家：…), a
    standard then its figures is what it is (义务教育生均公用经费标准：小学每生每年900元、… → …标准为
    …: round bq's 10, G — 我们将确保…标准：小学…), any other topic 方面，…; any other clause as is."""
    thing = _THING_LABEL.match(clause)
    if thing and _ITS_MEASURE_FIRST.match(thing["rest"]):
        # a project then its own measures (县第二中学迁建项目：总投资3.2亿元，规划用地186亩…): the
        # project is their subject (round bz's 01, G R: 关于…项目，总投资… had no predicate)
        return thing["topic"] + thing["rest"]
    if thing:
        return f"关于{thing['topic']}，{thing['rest']}"
    topic = _TOPIC_LABEL.match(clause)
    if topic is None or _NOTE_TO_AN_OFFICE.search(topic["topic"]):
        return clause  # (此项请区发改局核实：… is the clerk's request: _check_request_said)
    if _MEASURE_NAME.search(topic["topic"]) and _FIGURES_FIRST.match(topic["rest"]):
        return f"{topic['topic']}为{topic['rest']}"
    if _SUM_NAME.search(topic["topic"]) and _FIGURES_FIRST.match(topic["rest"]):
        # a sum's label, then the sum (投入：93万元，其中…: round de's 09, G R — 投入方面，93万元)
        return topic["topic"] + topic["rest"]
    listed = _LIST_THEN_ALL.match(topic["rest"])
    if listed:
        # its members named, then what holds of them all (村办园：桃溪村幼儿园、槐岗社区幼儿园，均已
        # 认定为…: round de's 09, G R — 村办园方面，…，均已…)
        return f"{topic['topic']}中，{listed['members']}{listed['tail']}"
    if _DUE_FIRST.match(topic["rest"]) and not _PLAN_HEAD.search(topic["topic"]):
        # a work, then by when it is done (竹园教学点校舍维修：秋季开学前完成…: round de's 09, G —
        # …维修方面，秋季开学前完成)
        return f"{topic['topic']}要在{topic['rest']}"
    if not _FORM_WORDS.match(topic["topic"]) and not _PLAN_HEAD.search(topic["topic"]):
        return f"{topic['topic']}方面，{topic['rest']}"
    return clause


_LIST_THEN_ALL = re.compile(
    r"^(?P<members>[^，；。：]{2,30}、[^，；。：]{2,30})[，,](?P<tail>(?:均|都|全部)[^。；]+[。；]?)$"
)
_SUM_NAME = re.compile(r"(?:投入|投资|资金|经费|支出|补助)$")
_DUE_FIRST = re.compile(
    r"^(?:秋季|春季)?(?:开学|放假|年底|年内|\d{1,2}月(?:\d{1,2}日|底|中旬|上旬|下旬)?)前[^，；。]{0,4}(?:完成|到位|交付|投用|投入使用)"
)


# a plan's head before its details (寄宿生返校拟分两批：2月27日…): a sentence, no topic (round by's
# 05, G: 寄宿生返校拟分两批方面，…)
_PLAN_HEAD = re.compile(r"拟|计划|将|分[两二三四五]批")


# the two senders a return names as 两家 (县自然资源局、县住建局：…两家联合办理): said by name,
# the label they stood in is not said (round az's G: 两家 referred to nobody)
_PAIR_WORD = re.compile(r"(?P<before>^|[，；])?两家")


def _pair_named(rest: str, body: str) -> str:
    if "、" not in body:
        return rest
    return _PAIR_WORD.sub(
        lambda m: (m["before"] or "") + ("" if m["before"] is not None else "由") + body,
        rest,
        count=1,
    )


# a school that sends in its own figures, and what opens a return with no subject of its own
_PLACE_REPORTING = re.compile(r"(?:幼儿园|小学|中学|学校|中心校|完小|教学点)$")
_NO_SUBJECT_YET = re.compile(r"(?:现有|已|计划|拟|共有|有)")
# a sender and its verb of sending before a colon (学生资助股报送：…, 县人社局、县编办报告：…)
# an aside the clerk set after a comma at the clause's end (…教师，（具体分配方案3月底前报…审定）。):
# said as the clause's last part, its brackets not read (round ct's 01 and 02, G: "，（" 原样贴入)
_COMMA_THEN_ASIDE = re.compile(r"，[（(]([^（）()]{2,40})[）)](?=[。；]|$)")
# who sent a return, in brackets at its start ((州教育局基础教育科返)全州现有…): the clerk's note, never
# read out (round ct's 13, G R)
# (at its end the source is marked for the clerk to check, 【待核：…报】: test_round_bf59, bh60, bm61)
_BRACKETED_SOURCE = re.compile(
    r"^[（(][^（）()]{2,30}?(?:报送|上报|反馈|提供|返回|回表|(?<=[科股局室处办委队校所站心院园厅部])[报返])[）)]\s*"
)
_REPORTED_LABEL = re.compile(
    # (基础教育科报：… — an office's 报 alone: round ba's R, read in draft 17)
    # (县教育局回表：… — round bd's 01 G R, 县教育局回表方面，…)
    # (市人社局返：… — round bw's 11, R: 市人社局返方面，…)
    # (州交警支队报：…, 镇中心学校报：… — round ce's 06 and 10, G: 州交警支队报方面，…)
    # (中心幼儿园报：…, 市教育局、市卫健委联合返回：… — round ch's 21 and 13, G: 中心幼儿园报方面，…;
    # …要联合返回：…)
    r"^(?P<body>[\u4e00-\u9fff（）、]{2,24}?)(?:联合|共同)?(?:报送|报告|报来|上报|反馈|提供|汇报|回表|返回|"
    # (自治区教育厅报：… too — round co's 08, G R: 自治区教育厅报方面，…)
    # (旗职业中学报：… — round cw's 07, G R: 旗职业中学报方面，…)
    r"(?<=[科股局室处办委队校所站心院园厅部学司])[报返])"
    r"(?:的(?:情况|材料|数据|数字))?[：:]\s*(?P<rest>.{4,})$"
)


# places and schools before a colon (各乡镇, 各村（社区）, 城东幼儿园, 临河低洼地带的8所学校, 各完小)
_PLACE_LABEL = re.compile(
    r"^(?P<body>[\u4e00-\u9fff（）、\d]{0,20}?(?:乡镇|苏木镇|村（社区）|社区|学校|小学|中学|幼儿园|完小|"
    # a building is the subject of its progress too (round ba's R: 职教中心实训楼：去年滞后，…)
    r"教学点|中心校|中心学校|楼|馆))[：:]\s*(?P<rest>[^：:]{4,})$"
)
_DUTY_FIRST = re.compile(r"^[^，；。由]{2,30}?(?:局|委|办|中心|政府|部)(?:共同负责|负责|牵头)")
# a school or a building with its size in brackets (城东实验学校（36个班，约1620个学位）今年8月投用,
# 城西幼儿园（9个班）：主体已完成): read aloud, the brackets are no words (round ba's R); its size
# is said after it (城东实验学校设36个班、约1620个学位，今年8月投用)
_SIZED_PLACE = re.compile(
    r"^(?P<body>[\u4e00-\u9fff]{2,16}?(?:幼儿园|学校|小学|中学|校区|楼|馆))"
    r"（(?P<size>[^（）：:]*\d[^（）：:]*)）(?:[：:]\s*)?(?P<rest>[^：:（]{4,})$"
)


_A_NUMBER = re.compile(r"\d|[一二三四五六七八九十]")
_SUM_OR_AREA = re.compile(
    r"^(?:总投资|计划投资|投资|总面积|面积|占地|约\s*[\d一二三四五六七八九十百千万])"
)


def _sized_place_said(clause: str) -> str | None:
    found = _SIZED_PLACE.match(clause)
    if found is None:
        return None
    size = found["size"].replace("，", "、").replace(",", "、")
    state, _, rest = size.partition("、")
    if re.fullmatch(r"新建|改建|扩建|改扩建|续建|迁建", state) and rest:
        # 州城第三小学（新建，36个班）: 新建的…设36个班, not 设新建、36个班 (round bc's 12)
        return f"{state}的{found['body']}设{rest}，{found['rest']}"
    where = re.match(
        r"(?P<area>[\u4e00-\u9fff]{2,8}(?:片区|新区|园区|街道|社区|镇|乡|村))、(?P<rest>.+)$", size
    )
    placed = ""
    if where:
        # 新校区（北城片区，设计规模60个班）: where it stands, then its size (round bd's 17 G:
        # 新校区设北城片区、设计规模60个班)
        placed = f"位于{where['area']}的"
        size = re.sub(r"^(设计规模|规模)(?=约?\d)", r"\1为", where["rest"])
    # (a size that names its own verb is said as it is: 城北小学规划36个班 — round cs's 01, G: 设规划)
    sets = "设" if re.search(r"班|学位|床位", size) and not _SIZE_VERB.match(size) else ""
    if not sets and not placed and _SUM_OR_AREA.match(size):
        sets = (
            "，"  # (…学校（总投资约1.2亿元）: the sum a clause of its own, as _aside_said says it)
        )
    # (a second thing joined by 、: 城东小学（三十六个班）、扩建… — round ci's 01, G: 设36个班，、扩建)
    joint = "" if found["rest"].startswith("、") else "，"
    return f"{placed}{found['body']}{sets}{size}{joint}{found['rest']}"


# a thing, then the manner it is handled in (补助资金按学期预拨)
_THING_BY_MANNER = re.compile(
    r"^[\u4e00-\u9fff]{2,8}?按(?!时)[^，；。]{1,12}(?:拨付|预拨|发放|下达|核拨|安排)"
)


# an office inside the bureau (基础教育股, 发展规划科, 市教育局安全股)
_OFFICE = re.compile(r"(?:股|科|室)$")


# A point the clerk wrote as a form's row, the thing, then its mark, then the figure: a plan
# (新招聘教师计划150名, 2019年…计划150名) or the present (重点关注学生现有约180人). Round ar's
# readers struck each when a frame took it as a deed: 要确保…新招聘教师计划150名, 要推动托管帮扶
# 县中计划40所落实到位, 今年要招聘教师计划45名, and a bare 重点关注学生现有约180人。 The mark
# goes where a speaker says it: 计划 before the deed (2019年计划新招聘教师150名, which every frame
# says as written), the present before the thing (现有重点关注学生约180人, a stock every frame says as written).
_NUMBER = r"\d[\d,.]*(?:万|亿)?[\u4e00-\u9fff]{1,2}"
_FIGURE = f"约?{_NUMBER}"
_ROW_WHEN = r"(?P<when>(?:\d{4}年|今年|全年|年内|本年度)?)"
_ROW_THING = r"(?P<what>[\u4e00-\u9fff“”]{2,14}?)"
_PLAN_ROW = re.compile(
    f"^{_ROW_WHEN}{_ROW_THING}计划(?P<figure>{_FIGURE})(?P<rest>(?:，[^；。]*)?)$"
)
_NOW_ROW = re.compile(f"^{_ROW_THING}现有(?P<about>约?)(?P<figure>{_NUMBER})$")
# a thing that already says who acts or how firmly is a sentence, not a row
_NOT_A_ROW = re.compile(r"要|将|计划|现有|确保|推动|争取|力争|不|已")


# a year's training given as a form's row (年度教师培训约1.5万人次): the year, the deed, then the
# people (全年培训教师约1.5万人次; round ar's G: 年度教师要培训…, "年度教师不成话")
_TRAINING_ROW = re.compile(
    r"^(?:年度|全年)(?P<who>[\u4e00-\u9fff]{0,4}(?:教师|校长|班主任|干部))培训"
    f"(?P<figure>{_FIGURE})$"
)


# things that pass a standard, then the plan's number more of them (中职学校达标计划新增3所)
_PASSED_ROW = re.compile(
    f"^{_ROW_WHEN}(?P<what>[\\u4e00-\\u9fff]{{2,10}}?)(?P<result>达标|合格)"
    f"计划新增(?P<figure>{_FIGURE})$"
)


def _marks_said(point: str) -> str:
    """A point that is a form's row with a plan or present mark, said as a speaker says it
    (see above); any other point as it is."""
    passed = _PASSED_ROW.match(point)
    if passed:  # 中职学校达标计划新增3所 → 计划新增3所中职学校达标 (round ar's G)
        return f"{passed['when']}计划新增{passed['figure']}{passed['what']}{passed['result']}"
    training = _TRAINING_ROW.match(point)
    if training:
        return f"全年培训{training['who']}{training['figure']}"
    plan = _PLAN_ROW.match(point)
    if plan and not _NOT_A_ROW.search(plan["what"]):
        return f"{plan['when']}计划{plan['what']}{plan['figure']}{plan['rest']}"
    now = _NOW_ROW.match(point)
    if now and not _NOT_A_ROW.search(now["what"]):
        return f"现有{now['what']}{now['about']}{now['figure']}"
    return point


# 严禁在职教师有偿补课（已查处3起）, …升级改造（已完成67%）: a department's return notes its
# progress in brackets, which a speaker cannot read aloud (round am's R). Round as's R found the
# other notes a return keeps in brackets: 九起（其中有偿补课六起），…; 约需资金2100万元（含设备
# 购置）; 室外工程正在施工（绿化、运动场）; …参与（费用按物价部门核定标准收取）. Each is said
# as a clause of its sentence; a list of things is said as what the whole includes. Brackets a
# title keeps (《…》（送审稿）, 规划（2024—2035年）) and a word's alternative (县（区）) stay.
_ASIDE = re.compile(
    r"(?<=[^，；：、（(》\s])[（(](?P<note>[^（）()《》]{3,60})[）)](?=$|[，；。：])"
)
_CLERKS_SUGGESTION = re.compile(r"(?<=[\u4e00-\u9fff])[，,]?建议(?=委托|由|请|采用|安排)")
# a short note that the clause is not settled yet (…学校不得自行签约（拟）): the clerk's to settle
# (round bc's 06 read aloud with its （拟）)
_SHORT_PENDING = re.compile(
    # (after a body's name too: 县市场监管局、县人行（待定）要联合推进… — round bc's 22 R)
    r"[（(](?P<note>暂定|待定)[）)]|[（(](?P<proposed>拟|拟定)[）)](?=$|[，；。：【])"
    # the return's own words the clerk pasted after his summary (…兴趣课程（回表原文：“各校按照…”）)
    r"|[（(](?P<source>(?:回表原文|原文|回表)[：:][^（）()]{2,200})[）)](?=$|[，；。：【])"
)
_YEARS_NOTE = re.compile(r"^\d{4}年?\s*[—\-－至~]\s*\d{4}年?$|^送审稿$|^试行$|^征求意见稿$")
_SAID_AS_IT_STANDS = re.compile(
    r"^(?:其中|含|包括|即|主要是|如|均|全部|已|正在|计划|目前|预计|截至)"
)


# 三个单位作了交流发言（市第二实验小学、城南街道中心学校、市职教中心）: the bracket names the
# ones counted, said before their count as a speaker names them (round au's R: 三个单位作了交流
# 发言，包括…, "翻译腔"; 市第二实验小学、…、市职教中心三个单位作了交流发言)
# The count opens its clause or follows a deed done (观摩了2所学校（…）) and names its things
# after it: 新建项目2个（A、B） names them before, and A、B2个 would part the count from them.
_COUNTED_NAMES = re.compile(
    r"(?:^|(?<=[，；了]))(?P<count>[一二两三四五六七八九十\d]{1,3})(?P<unit>个|所|名|位|家)"
    r"(?P<rest>[^，；。：（()]{1,16})[（(](?P<names>[^（）()，；。]+)[）)](?=$|[，；。：])"
)


def _names_before_count(clause: str) -> str:
    """A count's bracketed names said before it, where they are as many as it counts."""

    def said(match: re.Match[str]) -> str:
        names = match["names"].split("、")
        count = match["count"]
        number = int(count) if count.isdigit() else numeral_value(count)
        if number != len(names) or number < 2:
            return match[0]
        return f"{match['names']}{count}{match['unit']}{match['rest']}"

    return _COUNTED_NAMES.sub(said, clause)


def _pending_note(match: re.Match[str]) -> str:
    return f"【待核：{match['note'] or match['proposed'] or match['source']}】"


def _suggestion_said(clause: str) -> str:
    """The clerk's 建议 inside a point (家长满意度测评建议委托第三方): a first thought, not advice the
    speaker reads out (round bc's 06: 要抓好家长满意度测评建议委托第三方)."""
    return _CLERKS_SUGGESTION.sub("，初步考虑", clause)


# where a speaker spoke from, in brackets after what he did (广汀市教育局作了…交流发言（在分会场）):
# said before the deed (round bd's G R: …交流发言，在分会场 — a clause hanging at the end)
_VENUE_ASIDE = re.compile(
    r"^(?P<who>[^，；。（）]{2,24}?)(?P<deed>作了|作|进行了|通报了|介绍了|宣读了|汇报了)"
    r"(?P<rest>[^（）]*?)（(?P<where>在?(?:主|分)会场|视频连线|通过视频)）$"
)


def _venue_said(clause: str) -> str:
    found = _VENUE_ASIDE.match(clause)
    if found is None:
        return clause
    where = found["where"]
    where = "通过视频" if "视频" in where else ("" if where.startswith("在") else "在") + where
    return f"{found['who']}{where}{found['deed']}{found['rest']}"


_SHORT_ASIDE = re.compile(r"[（(](?P<aside>[^（）()]{2,10})[）)]")
# a village and the community beside it, written 村（社区）, 乡镇（街道）: no echo, a pair of kinds
_PLACE_PAIR = re.compile(r"(?:村|乡镇|镇)(?:社区|街道)$")


def _echo_dropped(clause: str) -> str:
    """A bracket that says again what the words before it said (…已于7月10日撤并（已撤并）:
    round bd's 17 G D, …撤并，已撤并) is left out."""

    def kept(match: re.Match[str]) -> str:
        said = match["aside"].removeprefix("已").removeprefix("经")
        if _PLACE_PAIR.search(clause[: match.start()] + said):
            return match.group()  # 三个沿江村（社区）: one of them a 社区 (round bt's 07, F)
        if _PLACE_KINDS.match(said):
            # 五个县（市、区） after 普惠县（市、区）创建: the kinds again, no echo (round cd's 01, L)
            return match.group()
        return "" if len(said) >= 2 and said in clause[: match.start()] else match.group()

    return _SHORT_ASIDE.sub(kept, clause)


# an occasion's date in brackets after it (放假前（7月8日）), or a deadline after a span
# (开学后两周内（要在3月15日前）): neither can be read aloud as written (round bg's 10 and 01, R)
_DATED_OCCASION = re.compile(
    r"(?P<when>(?:放假|开学|返校|暑假|寒假|假期|汛期|考试|中考|高考|节日|节前|国庆|五一)(?:前|后|期间)?)"
    r"[（(](?:即|在|于)?(?P<date>\d{1,2}月\d{1,2}日)[）)]"
)
_DEADLINE_AFTER_SPAN = re.compile(
    r"(?<=[内前后])[（(](?:要在|要于|须在|在|于)?(?P<date>\d{1,2}月\d{1,2}日(?:前|之前))[）)]"
)


# a deadline by an occasion with its date in brackets (开学前（2月28日前）): the date is the
# deadline (round cf's 05, G: 开学前、2月28日前各校…)
_OCCASION_DEADLINE_DATED = re.compile(
    r"(?:放假|开学|返校|暑假|寒假|假期|汛期|春节|国庆|五一|元旦|节日|节)前"
    r"[（(](?:即|要在|要于|须在|在|于)?(?P<date>\d{1,2}月\d{1,2}日)(?:前|之前)[）)]"
)


def _dates_said(clause: str) -> str:
    clause = _OCCASION_DEADLINE_DATED.sub(lambda m: f"{m['date']}前", clause)
    clause = _DATED_OCCASION.sub(lambda m: f"{m['date']}{m['when']}", clause)
    return _DEADLINE_AFTER_SPAN.sub(lambda m: f"、{m['date']}", clause)


# a school's state in brackets after its name (启用城东小学（新建）, 旗第三小学（新建）3月1日启用):
# said before the name, 新建的城东小学 (round bk's 02 and 19, G R: 确保启用城东小学，新建，…)
_STATE_AFTER_SCHOOL = re.compile(
    r"(?:(?<=[，；：、])|(?<=确保)|(?<=启用)|(?<=推动)|(?<=推进)|(?<=加快)|(?<=建成)|(?<=要把)|(?<=做好)|^)"
    r"(?P<name>(?:(?!确保|启用|推动|推进|加快|建成|要|做好)[\u4e00-\u9fff“”]){2,16}?"
    r"(?:学校|小学|中学|幼儿园|校区|分校))（(?P<state>新建|续建|改扩建|迁建)）"
)


# a school's size in brackets after its name, then what happens to it (榛子坳教学点（现有学生9人）
# 自3月1日起撤并…): the size said as a clause of its own (round cf's 05, R: “括号念不出来”)
_SIZE_AFTER_SCHOOL = re.compile(
    r"^(?P<name>[\u4e00-\u9fff“”]{2,16}?(?:学校|小学|中学|幼儿园|教学点|校区|分校|完小|村小))"
    r"（(?P<size>(?:现有|目前有|有)?(?:在校)?(?:学生|幼儿|在园幼儿|教职工|教师)\d+[人名])）"
    r"(?=[^，；。]{2})"
)


# a name the clerk marked as not yet final (城北九年一贯制学校（暂定名）): the name is said, the note
# is not (round cf's 13, G R: “‘（暂定名）’被改成‘，暂定名，’，读来不通”)
_NAME_NOT_FINAL = re.compile(r"[（(](?:暂定名|暂名|暂定|名称暂定|拟定名|校名待定)[）)]")


def _asides_said(clause: str) -> str:
    """The clerk's notes in brackets said as clauses (see _ASIDE), and a form's 现有 for the
    moment said as a speaker says it (_NOW_AT_WORK)."""
    # the office answerable, in the form's words (…，责任科室发展规划科: round de's 02, R): 由…负责
    clause = _ANSWERABLE_OFFICE.sub(r"，由\g<office>负责", clause)
    # a department's reply pasted in with its label (人社局、编办回复：今年核增…: round dc's 01, G R)
    clause = _NAME_NOT_FINAL.sub("", _REPLY_LABEL.sub("", clause))
    clause = _REPLY_LABEL_INSIDE.sub("，", clause)
    clause = _STATE_AFTER_SCHOOL.sub(r"\g<state>的\g<name>", clause)
    clause = _SIZE_AFTER_SCHOOL.sub(_size_said, clause)
    clause = _bracket_notes_said(clause)
    clause = _suggestion_said(_venue_said(_echo_dropped(_dates_said(clause))))
    said = _SHORT_PENDING.sub(_pending_note, _names_before_count(clause))
    said = _ASIDE.sub(_aside_said, _DONE_AFTER_PLAN.sub(_done_after_plan, said))
    said = _CHECK_TAIL.sub(_check_tail_said, said)
    said = _FIGURES_RECONCILED.sub(lambda m: f"【待核：{m['note']}】", said)
    said = _NOTE_TO_THE_LEADER.sub(_leaders_note_said, said)
    # the clerk's pending note in brackets beside his question's mark goes into it (…兜底（待定，需旗
    # 政府常务会研究）【待核：怎么换？】: round de's 06, R — the bracket read out)
    said = _NOTE_BESIDE_MARK.sub(r"【待核：\g<question>\g<note>】", said)
    # …目前主体已完成，现有室外工程正在施工: 目前 once
    return _NOW_AT_WORK.sub(lambda m: "" if "目前" in said[: m.start()] else "目前", said)


_ANSWERABLE_OFFICE = re.compile(
    r"[，,]\s*责任(?:科室|股室|处室|单位|部门)(?:为|是|：|:)?\s*(?P<office>[^，。；：:]{2,12})(?=[。；]|$)"
)
_NOTE_BESIDE_MARK = re.compile(
    r"[（(](?P<note>[^（）()【】]*待[^（）()【】]*)[）)]【待核：(?P<question>[^】]*?)】"
)


def _size_said(found: re.Match[str]) -> str:
    size = found["size"]
    return f"{found['name']}{size if size.startswith(('现有', '目前有')) else '现有' + size.removeprefix('有')}，"


# the clerk's brackets that say what a word would (rounds bo and bp, R: “括注不宜口播”): a base
# year's level after the figure (巩固率达到96.4%（2015年为91.2%） → 由2015年的91.2%提高到96.4%),
# a whole in brackets after a count (覆盖58所（全覆盖）学校 → 覆盖全部58所学校), a level a name
# already says (全国…实验校（国家级）), and an aim's 力争 at its end (…达到市二类园标准（力争）)
_BASE_YEAR_AFTER = re.compile(
    r"(?P<verb>达到|提高到|为)(?P<now>\d+(?:\.\d+)?)%（(?P<year>\d{4}年|上年|去年)为(?P<then>\d+(?:\.\d+)?)%）"
)
# a count's span in brackets after it (交流教师1260人次（三年累计）): said before the count (交流教师三年
# 累计1260人次; round cm's 01, R — "括注照搬表格")
_SPAN_AFTER_COUNT = re.compile(
    r"(?P<count>\d[\d.,]*(?:万|亿)?(?:人次|万元|亿元|元|名|个|所|项|人|间|套|平方米|亩|台|辆|场|次|篇|批))"
    r"[（(](?P<span>(?:近|这)?(?:[一二三四五六七八九十两\d]+年|全年|当年)?(?:来)?(?:累计|合计|共计))[）)]"
)
_WHOLE_AFTER_COUNT = re.compile(r"(?P<count>\d+(?:所|个|名|家|处))（全覆盖）")
_LEVEL_SAID_TWICE = re.compile(
    r"(?P<level>全国|国家|全省|省级)(?P<name>[^，；。（]{2,30}?)（(?:国家级|省级)）"
)
_STRIVE_AFTER = re.compile(r"^(?P<aim>[^，；。]{4,60}?)[（(](?:力争|争取)[）)]$")


def _bracket_notes_said(clause: str) -> str:
    clause = _UNIT_OF_PLACE.sub(r"\g<place>\g<unit>", clause)
    clause = _STATUS_AFTER_WORKS.sub(_status_said_first, clause)
    # a share counted in points is its weight (占比不低于5分: round dd's 08, G — 分值不低于5分)
    clause = _SHARE_IN_POINTS.sub("分值", clause)
    clause = _BASE_YEAR_AFTER.sub(_base_year_said, clause)
    clause = _WHOLE_AFTER_COUNT.sub(r"全部\g<count>", clause)
    clause = _LEVEL_SAID_TWICE.sub(r"\g<level>\g<name>", clause)
    clause = _SPAN_AFTER_COUNT.sub(r"\g<span>\g<count>", clause)
    return _STRIVE_AFTER.sub(r"力争\g<aim>", clause)


def _base_year_said(found: re.Match[str]) -> str:
    now, then = float(found["now"]), float(found["then"])
    if now == then:
        return found.group()
    moved = "提高到" if now > then else "下降到"
    return f"由{found['year']}的{found['then']}%{moved}{found['now']}%"


# a works' status in the clerk's bracket (城北幼儿园（滞后项目）, …项目（去年未完成任务）): said before
# its name, as a speaker would (round df's 13, 20 and 23, de's 14, R — the bracket read aloud)
_STATUS_AFTER_WORKS = re.compile(
    r"(?:^|(?<=[，；：]))(?P<name>[^，；：（(【]{2,24}?)[（(]"
    r"(?P<when>去年|上年)?(?P<state>滞后|推迟|未完成|未开工|延期)的?(?:项目|任务|工程)[）)]"
)
_STATE_SAID = {
    "滞后": "进度滞后的",
    "推迟": "推迟的",
    "未完成": "未完成的",
    "未开工": "未开工的",
    "延期": "延期的",
}


def _status_said_first(found: re.Match[str]) -> str:
    return f"{found['when'] or ''}{_STATE_SAID[found['state']]}{found['name']}"


_SHARE_IN_POINTS = re.compile(r"占比(?=(?:不低于|不少于|不高于|为)?\d+(?:\.\d+)?分(?![之钟]))")


# the unit of a place that takes it, in the clerk's bracket (上报乡镇（控辍保学专班）): said with
# its place (上报乡镇控辍保学专班), not as a clause after it (round dd's 05, G: …上报乡镇，控辍保学专班)
_UNIT_OF_PLACE = re.compile(
    r"(?P<place>乡镇|街道|县|区|市|旗|镇|乡|村|学校|中心校)[（(]"
    r"(?P<unit>[^（）()，。；]{2,12}(?:专班|办公室|工作组|领导小组|中心|站|所))[）)]"
)


# 现有 of a return's progress column (现有施工单位已进场, 现有室外工程正在施工) reads as
# "the existing contractor" aloud; a speaker says 目前 (round as's G R). A stock (现有公办园
# 11所) keeps its word.
_NOW_AT_WORK = re.compile(r"现有(?=[^，；。：]{1,12}?(?:已经?|正在|正)[\u4e00-\u9fff])")


# a body's other name in brackets after it (设在县委教育工委（县教育局）): kept as written; said
# as a clause it read as a deed (round av's G: …设在县委教育工委，要县教育局，5月底前…)
# (a room is no office: （借用湖滨中学空余教室） — round bz's 12, G 【待核：…空余教室报】)
_BODY_ALIAS = re.compile(
    r"^(?!借用|利用|租用|使用|改用|腾出)[\u4e00-\u9fff]{2,12}"
    r"(?:局|委|办|厅|部|中心|处|督导室|办公室|教研室|研究室|股|科)$"
)


# a span's dates in brackets (专项整治开展以来（2031年10月至今）): kept as written; said as a clause
# it read …开展以来，2031年10月至今，共检查… (round bb's G R)
_SPAN_NOTE = re.compile(r"^\d{4}\s*年\s*\d{1,2}\s*月(?:\d{1,2}日)?(?:至今|以来|起)$")
_SUM_ITEM = re.compile(r"^[^，、]{2,16}?[\d.一二三四五六七八九十百千两零]+(?:万|亿)?元$")
_COUNTED_ITEM = re.compile(r"[\d一二三四五六七八九十两]+(?:所|个|名|人|处|家|项|间)$")
# bodies named with the work they share (区住建局、区教育局共同推进)
_BODIES_AT_WORK = re.compile(
    r"^(?:[^、，。]{2,12}?(?:局|委|办|厅|政府|中心|学校|公司)、)+[^、，。]{2,12}?(?:局|委|办|厅|政府|中心|学校|公司)"
    r"(?:共同|联合|一起)?(?:推进|实施|负责|承办|落实)$"
    # (…共同核算, 共同办理, 共同统计, 共同核定: round bm's 01, 03, 08 and 13, G — 包括…共同核算)
    r"|^(?:[^、，。]{2,12}?(?:局|委|办|厅|政府|中心|学校|公司|所)、)+[^、，。]{2,12}?"
    r"(?:局|委|办|厅|政府|中心|学校|公司|所)(?:共同|联合)[\u4e00-\u9fff]{2,4}$"
)


# the kinds of place a place word covers (县（市、区）, 乡镇（街道）): kept as written; said as a
# clause it read 县，包括市、区 (round bk's 01, G R)
_PLACE_KINDS = re.compile(
    r"^(?:市|区|县|旗|镇|乡|街道|社区|场|苏木|园区|开发区)(?:、(?:市|区|县|旗|镇|乡|街道|社区|场|苏木|园区|开发区))*$"
)
# a title's level in brackets (示范校（国家级）): kept as written; said as a clause it read
# …示范校，国家级，实现… (read in round bb's 01)
_LEVEL_NOTE = re.compile(r"^(?:国家|省|自治区|市|州|盟|县|区|旗)级$")
# a department's reply the clerk pasted in (自然资源局回报：已完成九户…): its content is said, as now
# (州人社局、州教育局联合报：今年计划公开招聘…: round dd's 13, G F — 要联合报：)
_REPLY_LABEL = re.compile(r"^[^，。；：]{2,12}?(?:回报|反馈|答复|回复|联合报|报送|上报)[：:]")
# …and an office's return label after a comma, mid-point (…，市教育局基教科报：现有平均11.3门:
# round de's 01, G R), not inside a mark for the clerk, which names who reported (round bs's test)
_REPLY_LABEL_INSIDE = re.compile(
    r"[，,；;]\s*[^，。；：:【】]{2,12}?(?:科|股|处|室|办)(?:报|回报|反馈|统计)[：:]\s*(?![^【】]*】)"
)


_DEED_IN_NOTE = re.compile(r"投入使用|建成|完工|开工|到位|开学|启用|交付|招生|撤并")
_COUNT_BEFORE = re.compile(r"(?P<count>\d+|[一二两三四五六七八九十])(?:所|个|名|家|项|人|位)$")


def _count_matched(before: str, note: str) -> bool:
    """Whether the count right before a bracket is the number of names inside it."""
    found = _COUNT_BEFORE.search(before)
    if found is None:
        return False
    count = found["count"]
    number = int(count) if count.isdigit() else numeral_value(count)
    return number == len(note.split("、"))


def _kept_or_marked(note: str) -> bool | None:
    """True for a bracket kept as written (its years, a body's other name, a level, a span, the
    kinds of place); False for bodies alone, the clerk's to say (…新增学位1800个（区住建局、区教育
    局）: who reported it or who does it cannot be told — round bk's 14, G: 包括区住建局、区教育
    局); None for a note said as a clause."""
    if (
        _YEARS_NOTE.match(note)
        or _BODY_ALIAS.match(note)
        or _LEVEL_NOTE.match(note)
        or _SPAN_NOTE.match(note)
        or _PLACE_KINDS.match(note)
    ):
        return True
    if "、" in note and all(_BODY_ALIAS.match(part) for part in note.split("、")):
        return False
    return None


# the clerk's note to an office, not in brackets (…，此项请安全稳定股核实持证人数; …，此项计财股与
# 勤工俭学办数字不一致，请核实): a mark, never read aloud (round bo's 05 and 07, G R)
# the clerk's note to the leader or to the office at a sentence's end (…，请局领导关注; …，以哪个为准请局长
# 定; …，待组长定; …，报告中暂用…; …任务分解表附后): a mark, never read aloud (round bz's 02, 04 and 14,
# R: "局长念出‘请局长定’")
# two offices' figures for one number and which the office goes by (…提高到81%，教育局报81%，区发改局
# 考核口径为79.5%，以教育局数为准: round db's 13, G R): the figure said, the reconciling marked
_FIGURES_RECONCILED = re.compile(
    # (…人社局报的是150名，编办报的是120名，以编办为准: round dc's 01, G R)
    r"[，,]\s*(?P<note>(?:[^，。；【]{2,14}?(?:报的是|报|口径为|统计为)[\d.]+(?:%|万元|亿元|人|个|所|名)?[，,]\s*)+"
    r"以[^，。；【]{1,10}?(?:数|数据|口径|统计数?|局|办|委)为准)(?=$|[。；])"
)
_NOTE_TO_THE_LEADER = re.compile(
    r"[，,；;]\s*(?P<note>[^。；，,【]*?(?:请(?:局长|局领导|领导|组长|主任)(?:定|关注|审定|把关|拍板)"
    r"|待(?:组长|局长|主任|领导)(?:定|审定|拍板)|报告中暂用[^。；，,【]*|(?:表|清单|名单)附后"
    # (…方案提交本次教代会讨论，本条待表决: round cy's 24, R — the office's note read aloud)
    r"|(?:本条|此条|该条|本项|此项)待(?:会议)?(?:表决|审议|讨论)(?:通过)?"
    # (…区发改局考核口径为79.5%，以教育局数为准: round db's 13, G R — the office's reconciling)
    r"|以[^，。；【]{1,10}?(?:数|数据|口径|统计数?)为准))(?=$|[。；])"
)


def _leaders_note_said(match: re.Match[str]) -> str:
    """The note as a mark, unless it closes a choice still open (…，还是每半年一次？待组长定: the
    choice is the clerk's question, said as written)."""
    before = match.string[: match.start()]
    sentence = re.split("[。；]", before)[-1]
    inside_a_mark = before.count("【") > before.count("】")
    if inside_a_mark or "还是" in sentence or "？" in match["note"] or "?" in match["note"]:
        return match.group()
    return _check_tail_said(match)


_CHECK_TAIL = re.compile(
    r"[，,；;]\s*(?:此项|该项)(?P<note>[^。；【（）()]*?(?:核实|核对|确认|不一致)[^。；【（）()]*?)(?=$|[。；])"
)


def _check_tail_said(match: re.Match[str]) -> str:
    return f"【待核：{match['note'].strip('，, ')}】"


# a state in the clerk's brackets after what it is said of (计划新补充教师146名（已到岗）): the state
# said as a clause (…146名，已到岗), and a plan's 计划 or 拟 in the words before it gone (round bo's
# 15, F R)
_DONE_AFTER_PLAN = re.compile(
    r"(?P<before>[^，；。：、（()\s]{1,20})[（(]"
    r"(?P<state>已(?:经)?(?:全部)?(?:到岗|到位|完成|发放|开工|竣工|交付|投入使用|启用))[）)]"
    r"(?=$|[，；。：])"
)


def _done_after_plan(match: re.Match[str]) -> str:
    return re.sub("计划|拟", "", match["before"]) + "，" + match["state"]


def _state_or_sender(match: re.Match[str], note: str) -> str | None:
    """One office named at the end (…明年春季学期前消除（基础教育股）) marked as who sent it
    (round bo's 07, G R: 括号原样念出); the sender before what a note says; None for any other
    note."""
    rest = match.string[match.end() :].strip("。；; ")
    if not rest and _BODY_ALIAS.match(note) and not _YEARS_NOTE.match(note):
        return f"【待核：{note}报】"
    sender = _SENDER_FIRST.match(note)
    if sender and not _PENDING.search(note) and "？" not in note and "?" not in note:
        # who sent it, then what it says (区发改局报，含专项债2亿元): the content said, the sender
        # marked (round bf's 13 and 16)
        return f"，{sender['rest']}【待核：{sender['who']}】"
    return None


def _note_as_a_clause(note: str) -> str | None:
    """A note said as a clause after the words it is on: where a trial starts (…走班教学试点（先在
    桐岚一中、二中试）: round cd's 08, G — 包括先在…), a department's reply (…（自然资源局回报：已完成
    九户…）); None for any other note."""
    if note.startswith(("先在", "先从", "先行", "首先在", "先选")):
        return "，" + note
    if _REPLY_LABEL.match(note):
        note = _REPLY_LABEL.sub("", note)
        return "，" + ("目前" + note if note.startswith("已") else note)
    return None


def _sum_or_state_said(match: re.Match[str], note: str) -> str | None:
    if _SUM_OR_AREA.match(note) and _A_NUMBER.search(note) and "，" not in note:
        # (两个项目（总投资约三点二亿元）, 储备地块9宗（约三百一十亩）: round cx's 01 and 13, G —
        # 两个项目总投资3.2亿元左右, 9宗，要310左右亩): the sum or the area, a clause after its thing
        return "，" + note
    return _state_or_sender(match, note)


def _aside_said(match: re.Match[str]) -> str:
    note = match["note"].strip().rstrip("。；;")
    plain = _sum_or_state_said(match, note)
    if plain is not None:
        return plain
    if _PENDING.search(note) or _SOURCE_NOTE.search(note) or _ASKED_NOTE.search(note):
        # a note on what is not yet settled (待定，视会前征求意见情况; 教育厅、人社厅会商中) is the
        # clerk's to settle, not the speaker's to read out (round bb's G F R, three drafts)
        # (…数字不一致，待核: the mark says 待核 already)
        return f"【待核：{re.sub(r'[，,]待核实?$', '', note)}】"
    kept = _kept_or_marked(note)
    if kept is not None:
        return match[0] if kept else f"【待核：{note}】"
    clause = _note_as_a_clause(note)
    if clause is not None:
        return clause
    # a list of names (红色教育馆、汶河湿地…), not a sentence of its own (其他在乡村学校坚守的老师，
    # 乡党委、乡政府一并致谢: round ba's G, read in draft 23, 包括其他…)
    listed = "、" in note and "，" not in note
    # an aside that names its part itself (（其中中央和省级资金约3.2亿元，…）): one 其中
    # (round cd's 01, G: 其中其中中央和省级资金…)
    parts = re.split("[、，,]", note.removeprefix("其中"))
    if len(parts) > 1 and all(_SUM_ITEM.search(part) for part in parts):
        # a sum broken down (投入资金二百一十万元（县级项目资金一百八十万元，镇自筹三十万元）):
        # 其中, not three clauses side by side (round bb's G, draft 04)
        return "，其中" + "、".join(parts)
    # …（县发改局、县财政局分别作了说明）: a clause with its own deed, no list (round ba's G,
    # read in draft 21: 包括县发改局…分别作了说明)
    done = re.search(r"(?:分别|各自|均|都)?(?:作了|做了|进行了|汇报了|说明了|发了言)", note)
    # …（县编办、县人社局配合）: bodies and their part, no list (round bd's 01 G: 包括县编办、县人社局配合)
    done = done or re.search(r"(?:配合|协助|牵头|负责|参与)$", note)
    progress = _SAID_AS_IT_STANDS.match(note)  # 已建成6个、在建3个: return_said's
    if listed and not progress and _DEED_IN_NOTE.search(note):
        # some of them and what becomes of them (…寄宿制学校（黄泥坪、上寨两所9月前投入使用）):
        # 其中, not 包括 (round bd's 13 G)
        return "，其中" + note
    if listed and _BODIES_AT_WORK.match(note):
        # who does it (…北片2所（区住建局、区教育局共同推进）): 由, not 即 (round bg's 02 G), once
        # (（由镇派出所、…联合清理）: round cg's 22, G 由由)
        return "，由" + note.removeprefix("由")
    counted = all(_COUNTED_ITEM.search(item) for item in note.split("、"))
    if (
        listed
        and not progress
        and not counted
        and _count_matched(match.string[: match.start()], note)
    ):
        # all of those counted, named (计划新增2所（东湖路小学、桂苑小学）): 即 (round bd's 19 G);
        # a count broken down into counts (幼儿园2所（公办1所、民办1所）) is 其中 (round bg's 12 R)
        return "，即" + note
    if (
        listed
        and not done
        and not _SAID_AS_IT_STANDS.match(note)
        and not re.search("[要须将应]", note)
    ):
        # a count broken down (小学5所（中心小学1所、村小4所）): 其中, not 包括 twice in a row
        # (round ba's R, read again in round bb's 18)
        return f"，其中{note}" if counted else f"，包括{note}"
    return _note_said_last(note)


# the office's shorthand for what the clause just spelled out (…乡镇寄宿制学校建设（两类学校）: round
# cx's 13, G — "，即两类学校，"插入生硬): the clause says it already
_SHORTHAND_NOTE = re.compile(r"^“?(?:两类学校|三个课堂|双减|五项管理|两个只增不减)”?$")


def _note_said_last(note: str) -> str:
    if _SHORTHAND_NOTE.match(note):
        return ""
    if _ONE_NAME_NOTE.match(note):
        # the one school or body the count or the name before it is (今年撤并1个（鸡鸣小学）, 组建两个
        # 学区（教育联盟）, …的管理改革（县管校聘）): 即, not a clause of its own (round co's 05, 14 and
        # 17, G — 今年撤并1个，鸡鸣小学，; 组建两个学区，教育联盟，)
        return "，即" + note
    # a note of two sentences said as one clause: its 。 would end the sentence inside it
    # (round bc's 01: 新城小学，续建，…交付使用。 then 已完成主体封顶… as a line of its own)
    return "，" + re.sub(r"[。；]\s*", "，", note)


_ONE_NAME_NOTE = re.compile(
    r"^[\u4e00-\u9fff“”]{2,10}(?:小学|中学|学校|幼儿园|教学点|联盟|集团|学区|共同体)$"
    r"|^“?[县区市旗州]管校聘”?$"
)


def _others_report(said: tuple[str, ...]) -> set[str]:
    """``others_report`` where someone other than the speaker reported: a report graded in
    passing (工作报告讲得很充分, 作了实事求是的总结) is someone else's; the speaker's own is
    referred to, not praised (round ar's F: a 厅长 endorsing his own report)."""
    theirs = any(occasion.read_item(i).act == "report" and not occasion.by_speaker(i) for i in said)
    return {"others_report"} if theirs else set()


def _said_preceding(profile: Profile) -> tuple[str, ...]:
    """What preceded, as the speaker says it (occasion.as_speaker_says): no attendance, his
    own items in the first person."""
    speaker = profile.speaker
    return _clauses(
        list(
            occasion.as_speaker_says(
                _typed_decisions_joined(profile.preceding),
                speaker.title,
                speaker.name,
                speaker.on_behalf_of,
            )
        )
    )


_NEXT_DECISION = re.compile(r"^[二三四五六七八九十]、")
_FIRST_DECISION = re.compile(r"^会议(?:研究)?(?:议定|决定)[：:]\s*一、")


def _typed_decisions_joined(items: Sequence[str]) -> list[str]:
    """The decisions the clerk typed one an item (会议议定：一、…; 二、…) joined again, so that
    they are counted as one list (round cb's 19, F: 会议议定了一件事：一是…；…印发了)."""
    joined: list[str] = []
    for item in items:
        text = item.strip()
        if joined and _NEXT_DECISION.match(text) and _FIRST_DECISION.match(joined[-1]):
            joined[-1] = joined[-1].rstrip("；;。 ") + "；" + text
        else:
            joined.append(item)
    return joined


def _clauses(texts: list[str]) -> tuple[str, ...]:
    return tuple(c for c in (_clause(t) for t in texts) if c)


def _value_text(value: FactValue, unit: str, unit_known: bool = False) -> str:
    """A fact as printed: a number gets its unit (400 → 400项, 约400 → 约400项), and
    10,000万元 or more reads as 亿元 (186000万元 → 18.6亿元), as officials say it. A bare
    fraction in a field counted in 万元 or 亿元 (0.3) is left as typed: 0.3亿元 was a unit
    the clerk never wrote (readers' A, round g), and fact_clause says it with 为. A sum
    typed as a bare number (4,200) is right or wrong by ten thousand times whichever unit
    the draft gives it: it is printed with a visible 【待核：单位是否为万元】 instead of the
    catalogue's unit (round ah's A: 4200万元, 1720万元, 31.5亿元 — "万元是工具补的，需核"),
    unless the unit is known (``unit_known``: a figure collected from a form whose column
    named it)."""
    if isinstance(value, bool):
        return str(value)
    if unit in _MONEY_UNITS and _is_bare_fraction(value):
        return typeset(str(value))
    if unit in _MONEY_UNITS and not unit_known and _is_bare_sum(value):
        number = f"{value:g}" if isinstance(value, float) else typeset(str(value).strip())
        return f"{number}{unit_check_mark(unit)}"
    if isinstance(value, int | float):
        number = f"{value:g}" if isinstance(value, float) else str(value)
        return in_wan(as_yi(number + unit))
    return per_head_spoken(
        in_wan(as_yi(with_unit(lone_quantity_in_digits(typeset(str(value))), unit)))
    )


def _target_text(value: FactValue, unit: str, unit_known: bool, task: bool) -> str:
    """A task's figure as printed: a target, so 约 (a report's word for the present: round
    aj's R, 今年要完成排查整改校园安全隐患约260项) becomes the clerk's estimate, 260项左右."""
    if isinstance(value, str) and (pending := _PENDING_ASIDE.search(value)):
        # a figure the clerk left open (小学720元、初中920元（待定）): his note is marked for him,
        # never read out (round df's 03, G R F: “（待定）”原样进了讲稿)
        note = pending["note"].strip()
        rest = value[: pending.start()] + value[pending.end() :]
        return _target_text(rest, unit, unit_known, task) + f"【待核：{note}】"
    about = _ABOUT.match(typeset(str(value).strip())) if isinstance(value, str) else None
    if about and task:
        return _value_text(about["number"], unit, unit_known) + "左右"
    return _value_text(value, unit, unit_known)


_ABOUT = re.compile(r"^约(?P<number>\d[\d,，]*(?:\.\d+)?)$")
_PENDING_ASIDE = re.compile(
    r"\s*[（(](?P<note>[^（）()]{0,12}(?:待定|待核|待确认|未定|暂定)[^（）()]{0,12})[）)]"
)
_MONEY_UNITS = ("万元", "亿元")
_BARE_FRACTION = re.compile(r"^0\.\d+$")
_BARE_SUM = re.compile(r"^\d{1,3}(?:[,，]\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")


def unit_check_mark(unit: str) -> str:
    """The mark a sum typed without its unit carries: the catalogue's reading as a question."""
    return f"【待核：单位是否为{unit}】"


def _is_bare_sum(value: FactValue) -> bool:
    """A number with no unit of its own (4200, 4,200, 31.5), typed or read as a number."""
    if isinstance(value, int | float):
        return True
    return bool(_BARE_SUM.match(str(value).strip()))


def _is_bare_fraction(value: FactValue) -> bool:
    if isinstance(value, int | float):
        return 0 < value < 1
    return bool(_BARE_FRACTION.match(str(value).strip()))


# A key task that only names a part the kind's template has of its own (a school-opening
# speech's 开学准备 and 开学安全 parts): said there, not again as a subsection of part 三
# (round l's S/D: （一）认真做好开学准备工作 under 抓好重点任务, after part 一 on the same;
# round v's S: 春季开学安全检查 as a 【待补】 section beside the part's own 安全大排查).
_KIND_PARTS: dict[str, re.Pattern[str]] = {
    "school_opening": re.compile(
        r"(?:做好)?(?:春季|秋季|新学期|新学年)?开学(?:前)?(?:准备|安全)(?:检查|排查)?(?:工作)?"
    ),
}


def _only_the_vote_formula(task: Priority) -> bool:
    return (
        bool(task.points)
        and not task.facts
        and not task.title
        and all(_VOTE_FORMULA.fullmatch(p.strip()) for p in task.points)
    )


# a key task that is the meeting's agenda (会议议程: 听取…汇报, 审议《…》, 会议议定：…) where the
# clerk gave no preceding items: its items are what the meeting did before the speech, said
# after 刚才, and its decisions the meeting's; not 会议听取了…。会议审议了…。 as minutes under a
# heading of the year's work (round bl's 06, R S)
_AGENDA_AREA = re.compile(r"^(?:本次|这次)?(?:会议)?(?:议程|议题)(?:安排)?$")
_AGENDA_ITEM = re.compile(
    r"^(?:(?:议程|议题)?[一二三四五六七八九十\d]{1,2}[、.．：:]\s*)?(?:听取|审议|学习|传达)"
)
# the clerk's own numbering of an agenda item (议程一：, 议题二、): no word of the recap's
_AGENDA_LEAD = re.compile(r"^(?:议程|议题)[一二三四五六七八九十\d]{1,2}[、.．：:]\s*")
# an agenda item among a task's other points: what the meeting heard or reviewed, named
# (听取…的汇报/通报, 审议《…》, 审议通过《…》), never a task (要确保听取…的通报; 要审议《…》:
# round bo's 06 and bp's 11, G F R — the meeting had heard and passed them)
_AGENDA_AMONG = re.compile(
    r"^(?:(?:议程|议题)[一二三四五六七八九十\d]{1,2}[、.．：:]\s*)?"
    r"(?:听取(?:了)?[^，；。]{4,60}?(?:汇报|报告|通报)|审议(?:通过)?(?:了)?(?:《|领导小组|[^，；。]{0,12}工作要点))"
    r"[^，；。]*[。；]?$"
)
_DECISIONS_POINT = re.compile(r"^(?:本次|这次)?会议(?:研究)?(?:议定|决定|确定)")


_T = TypeVar("_T")


def _agenda_as_preceding(profile: Profile) -> Profile:
    if profile.kind != "leading_group" or profile.preceding:
        return profile
    agenda = [
        t
        for t in profile.priorities
        if not t.facts
        and t.points
        # (or any area whose points are only the agenda and its decisions: round bm's 05, G F —
        # 要审议《…方案》 after the meeting had passed it)
        and any(_AGENDA_ITEM.match(p.strip()) for p in t.points)
        and all(
            _AGENDA_ITEM.match(p.strip()) or _DECISIONS_POINT.match(p.strip()) for p in t.points
        )
    ]
    items = [p for t in agenda for p in t.points if _AGENDA_ITEM.match(p.strip())]
    decided = [p for t in agenda for p in t.points if _DECISIONS_POINT.match(p.strip())]
    tasks = [t for t in profile.priorities if t not in agenda]
    # …and the agenda items among another task's points (听取…的通报 beside the task's own)
    among = [p for t in tasks for p in t.points if _AGENDA_AMONG.match(p.strip())]
    if not agenda and not among:
        return profile
    tasks = [_copied(t, points=[p for p in t.points if p not in among]) for t in tasks]
    tasks = [t for t in tasks if t.points or t.facts]
    if decided:
        tasks.append(_copied(agenda[0], area="会议议定事项", title=None, points=decided))
    said = [_AGENDA_LEAD.sub("", p.strip()) for p in [*items, *among]]
    return _copied(profile, preceding=said, priorities=tasks)


def _reviewed_in_digits(profile: Profile) -> list[str]:
    """The review's points and figures in digits, as a target already reached is told in them."""
    return [
        arabic_quantities(text)
        for a in profile.review.achievements
        for text in (*a.points, *(f"{k}{v}" for k, v in a.figures.items()))
    ]


def _copied(record: _T, **changed: object) -> _T:
    """A profile's part with some fields changed: a model (model_copy) or the quick check's
    frozen record (intake.quick.Record) alike."""
    if hasattr(type(record), "model_copy"):
        return record.model_copy(update=changed)  # type: ignore[attr-defined]
    return type(record)({**record.__dict__, **changed})  # type: ignore[call-arg]


# a key task that is the meeting's decisions (area or title 会议议定事项): said once as the
# meeting's business in the part on carrying them out, not as 一是要抓好会议议定事项的落实 among the
# year's tasks (round bk's 04, 16 and 24, S: 会议议定事项混作重点工作之一); a task about following
# decisions up (议定事项督办) is a task
_AGREED = re.compile(r"^(?:本次|这次)?(?:会议)?(?:议定|决定)(?:的)?(?:事项)?$")


def _agreed_tasks(profile: Profile) -> list[Priority]:
    if profile.kind != "leading_group":
        return []
    return [
        t
        for t in profile.priorities
        if not t.facts
        and t.points
        and (_AGREED.match(t.area.strip()) or _AGREED.match((t.title or "").strip()))
    ]


_AGREED_LIST = re.compile(r"^会议议定了[一两二三四五六七八九十]件事：(?P<rest>.+)$")
_AGREED_ITEM = re.compile(r"(?:^|；)[一二三四五六七八九十]是")


def _agreed_items(clause: str) -> list[str]:
    """A point that lists decisions itself (会议议定了两件事：一是…；二是…) gives its items, so
    that a point beside it joins the one list."""
    listed = _AGREED_LIST.match(clause)
    if listed is None:
        return [clause]
    return [i for i in _AGREED_ITEM.split(listed["rest"]) if i]


def _agreed_said(profile: Profile, agreed: Sequence[Priority]) -> str:
    """会议议定了三件事：一是…；二是…；三是…。 from the decisions' points (``agreed``:
    _agreed_tasks) as the clerk wrote them (a point that lists them itself is said as it is)."""
    items = [
        i
        for t in agreed
        for c in _clauses(_not_recapped(t.points, profile.preceding))
        for i in _agreed_items(c)
    ]
    if not items:
        return ""
    if len(items) == 1:
        item = items[0]
        return (item if item.startswith("会议") else f"会议议定，{item}") + "。"
    return _agreed_listed(items) + "。"


def _agreed_listed(items: Sequence[str]) -> str:
    """会议议定了三件事：一是…；二是…；三是… (no end mark)."""
    # (a clerk's ？ inside a decision ends no sentence: round bm's 17, G — 待各村报来…再定。 alone)
    said = [
        re.sub(r"^会议(?=原则通过|审议通过|同意)", "", i)
        .replace("。", "，")
        .replace("？", "，")
        .replace("；", "，")
        for i in items
    ]
    listed = "；".join(f"{chinese_numeral(n)}是{i}" for n, i in enumerate(said, 1))
    return f"会议议定了{chinese_count(len(said))}件事：{listed}"


# the meeting's decisions typed one a point among a task's own (会议议定：一、…; 会议议定：二、…),
# each said as 会议议定，…: one list, as the decisions' own task says them (round bt's 07, R:
# 三句“会议议定”连用，应并为“一是…二是…三是…”)
_DECISION_SAID = re.compile(r"^(?:本次|这次)?会议(?:研究)?议定[，,](?P<item>.+)$")


def _decisions_joined(points: Sequence[str]) -> tuple[str, ...]:
    joined: list[str] = []
    run: list[str] = []
    for point in [*points, ""]:
        found = _DECISION_SAID.match(point)
        if found:
            run.append(found["item"])
            continue
        if len(run) > 1:
            joined.append(_agreed_listed(run))
        else:
            joined.extend(f"会议议定，{item}" for item in run)
        run = []
        if point:
            joined.append(point)
    return tuple(joined)


def _tasks_of_their_own(profile: Profile) -> list[Priority]:
    """The profile's key tasks less those that only name a part of the kind's own, when
    they carry nothing else (no points, facts or title): the part says them. Even when no
    other task remains (round v's S: a lone 开学准备 said as 【待补：开学准备的主要举措】 under
    part 三, after part 一 on 开学准备); part 三 then asks for the term's own tasks."""
    part = _KIND_PARTS.get(profile.kind)
    # a task that holds only the report's vote formula (工作报告：以上报告，请予审议) is no task
    # (round bi's 10, S G: （五）切实做好工作报告工作 over 要以上报告，请予审议)
    agreed = _agreed_tasks(profile)
    tasks = [t for t in profile.priorities if not _only_the_vote_formula(t) and t not in agreed]
    if part is None:
        return tasks
    own = [
        t
        for t in tasks
        if not (part.fullmatch(t.area.strip()) and not t.points and not t.facts and not t.title)
    ]
    return own


def _state_said(name: str, value: FactValue, unit: str) -> str:
    """A present level as the draft states it: 全市…覆盖率保持100%, …目前为88%, 现有X9所."""
    number = NOW_VALUE.match(str(value).strip())
    shown = number["number"] if number else NOW_PREFIX.sub("", str(value).strip())
    said = with_unit(typeset(shown), unit)
    # at 100 the present is kept (保持100%), not "目前为100%" (round ai's F: 计划达到100%);
    # a count keeps the clerk's word (已完成13次, 现有13次)
    verb = "保持" if FULL_RATE.match(typeset(shown)) else "目前为"
    if not NOW_PREFIX.match(str(value).strip()) and verb != "保持":
        verb = "保持在"  # the review's own figure, given again: kept (fact_state)
    subject = typeset(name)
    if not is_rate_fact(name, value, unit):
        verb = NOW_PREFIX.match(str(value).strip())[0].rstrip("为是") or verb  # type: ignore[index]
        subject, verb = _count_state(subject, verb, said)
        # people something was done to (受资助学生: 已完成2.1万人次): the clerk's done
        # mark is no verb of theirs; their number is reached (round ap's G)
        if passive_named(subject) and done_number(name, str(value)):
            verb = "达"
    # a stock is said 现有X9所 (round ar's G: 需整改的电线老化学校现有9所。 read as a
    # form's row pasted in); a done count keeps its order (…已完成612项)
    if verb == "现有":
        practice = _PRACTISING_SCHOOLS.match(subject)
        if practice:
            # schools counted by what they do (推行党组织领导的校长负责制中小学校: 现有53所) are
            # said as schools doing it (round bf's 02 and 14, R G: 现有推行…中小学校53所)
            count, _, more = said.partition("，")  # 48所，计划全部实行: the plan after it
            done = f"已有{count}{practice['who']}{practice['deed']}{practice['what']}"
            return f"{done}，{more}" if more else done
        return f"现有{subject}{said}"
    return f"{subject}{verb}{said}"


_PRACTISING_SCHOOLS = re.compile(
    r"^(?P<deed>推行|实行|实施|开展|建立|设立|开设)(?P<what>[^，；。]{2,24}?)(?:的)?"
    r"(?P<who>中小学校|中小学|学校|幼儿园|小学|中学|初中)$"
)


# a return's sender, before it (县发改局回表：…) or after it in brackets (…（市安监局回表）)
_RETURN_SENDER = re.compile(
    r"^(?P<lead>[^，。；：:（）]{2,12}?)(?:回表|报送)[：:]|[（(](?P<tail>[^（）()]{2,12}?)(?:回表|报送)(?:原文)?[）)][。；]?$"
    # an office named before its return or after it with 报 (县财政局：…; …（市教育局报）): round bq's
    # 03 and 13, D — two offices' sums of one budget read out one after the other
    rf"|^(?P<office>{_RETURN_OFFICE})[：:]"
    rf"|[（(](?P<by>[^（）()]{{2,10}}?{_OFFICE_END})报[）)][。；]?$"
)
_HAN_ONLY = re.compile(r"[^\u4e00-\u9fff]")
_TWO_DIGITS = re.compile(r"\d{2,}")
_SUM_SAID = re.compile(r"(?<![\d.])(?:\d+(?:\.\d+)?亿|\d{4,}(?:\.\d+)?万)元")


def _returns_merged(points: Sequence[str]) -> list[str]:
    """Two departments' returns on one thing said once (round bf's 09 and 24, D: 市教育局回表 and
    市安监局回表 on the same inspection, read out one after the other with different bodies and
    sanctions; 县教育局回表 and 县发改局回表 on the same dormitories): the first is said, the
    second is the clerk's to reconcile, marked after it — the profile keeps both."""
    kept: list[str] = []
    senders: list[str | None] = []
    for point in points:
        sender = _sender_of(point)
        twin = next(
            (
                i
                for i, earlier in enumerate(kept)
                if sender and senders[i] and senders[i] != sender and _same_return(earlier, point)
            ),
            None,
        )
        if twin is None:
            kept.append(point)
            senders.append(sender)
            continue
        note = f"{sender}回表也报了此项，说法有出入，请核对后合并"
        said = kept[twin].rstrip("。；")
        # the first's own aside (（市教育局回表）, （市教育局报）) is named in the one mark after
        # the point: left in its brackets it was said as a clause with the note (round bq's 03)
        aside = _SENDER_ASIDE.search(said)
        if aside:
            said, note = said[: aside.start()], f"{aside['who']}；{note}"
        kept[twin] = f"{said}【待核：{note}】"
    return kept


_SENDER_ASIDE = re.compile(r"[（(](?P<who>[^（）()]{2,12}?(?:回表|报送|报)(?:原文)?)[）)]$")


def _sender_of(point: str) -> str | None:
    found = _RETURN_SENDER.search(point.strip())
    return (found["lead"] or found["tail"] or found["office"] or found["by"]) if found else None


def _same_return(one: str, other: str) -> bool:
    """Whether two returns speak of one thing: most of the shorter's two-character runs in the
    other, or a shared number of two digits or more and a good part of them."""
    a, b = _HAN_ONLY.sub("", one), _HAN_ONLY.sub("", other)
    grams_a = {a[i : i + 2] for i in range(len(a) - 1)}
    grams_b = {b[i : i + 2] for i in range(len(b) - 1)}
    if not grams_a or not grams_b:
        return False
    if set(_SUM_SAID.findall(arabic_quantities(one))) & set(
        _SUM_SAID.findall(arabic_quantities(other))
    ):
        return True  # one budget's sum (6.12亿元 and 六亿一千二百万元: round bq's 13, D)
    share = len(grams_a & grams_b) / min(len(grams_a), len(grams_b))
    numbers = set(_TWO_DIGITS.findall(arabic_quantities(typeset(one)))) & set(
        _TWO_DIGITS.findall(arabic_quantities(typeset(other)))
    )
    return share >= 0.4 or (bool(numbers) and share >= 0.25)


# an aim with the present in the clerk's brackets (达到85%（现有78%）, 计划11个（现有10个）): said as
# the rise it is (由78%提高到85%), the brackets not read out (round cl's 14, R G — 要把集团化办学覆盖率
# 达到85%（现有78%）, 教育集团要达到11个（现有10个）)
_AIM_WITH_NOW = re.compile(
    r"^(?P<lead>计划|力争|目标)?(?:达到|提高到|增加到)?(?P<aim>\d[\d.,]*(?P<unit>%|[\u4e00-\u9fff]{1,2})?)"
    r"[（(]现有(?P<now>\d[\d.,]*(?:%|[\u4e00-\u9fff]{1,2})?)[）)]$"
)


def _now_aside_said(value: str) -> str:
    found = _AIM_WITH_NOW.match(value.strip())
    if found is None or found["unit"] != "%" or not found["now"].endswith("%"):
        return value  # (a count's rise is read by the plan frames as a second count)
    return f"{found['lead'] or ''}由{found['now']}提高到{found['aim']}"


_PENDING_VALUE = re.compile(
    r"^(?:待定|未定|待核|待核实|待确定|暂未确定|尚未确定|待下达|待批复?)[。.]?$"
)
# a done count the clerk opened with the present too (现有已完成214项): what is done, said once
# (round cj's 19, G: 要完成排查整改校园安全隐患现有已完成214项 — read as the year's aim)
_NOW_BEFORE_DONE = re.compile(r"^\s*(?:现有|目前|当前)(?=已)")


def _task(
    label: str,
    title: str | None,
    points: list[str],
    facts: dict[str, FactValue],
    area: Area | None,
    bank: PhraseBank | None = None,
    collected: frozenset[str] = frozenset(),
    told: str | None = None,
    reached: str = "",
) -> TaskItem:
    resolved: dict[str, str] = {}
    elsewhere: set[str] = set()  # facts the bank files under another area
    kin: set[str] = set()
    states: list[str] = []
    stated: set[str] = set()
    untold: set[str] = set()
    facts, declined = _without_declined(facts, area, bank)
    for name, value in facts.items():
        if isinstance(value, str) and (not value.strip() or _PENDING_VALUE.match(value.strip())):
            # left blank, or not known yet (待定): still to be filled, so the draft shows a
            # placeholder (round ck's 08, G: 用好今年的待定学生资助资金)
            continue
        spec = area.fact(name) if area else None
        unit = spec.unit if spec else _unit_elsewhere(bank, name)
        key = spec.key if spec else typeset(name)
        value = (
            _now_aside_said(_NOW_BEFORE_DONE.sub("", value)) if isinstance(value, str) else value
        )
        # a key task's rate may be its aim or the present (fact_state); a safeguard's figures
        # (told None) are what the clerk gave
        state = (
            fact_state(spec.label if spec else name, value, unit, told, name in collected)
            if told is not None
            else AIM
        )
        bare_count = told is not None and count_untold(
            spec.label if spec else name, value, unit, told, name in collected
        )
        if state == NOW:  # 现有88%: where the place is, not the year's aim
            # …unless the clerk's point says the level (…党组织覆盖率保持100%；…): not twice
            # (round ba's D: …覆盖率保持100%，我们将确保…覆盖率保持100%)
            # …nor the review (参与率95.2%，提前完成全年目标 then 参与率目前为95.2%: round ba's D)
            # …nor every figure of it the review gives (已完成496项（今年计划512项） after …
            # 排查整改校园安全隐患五百一十二项，已完成四百九十六项: round bp's D)
            reviewed = [arabic_quantities(s) for s in re.split(r"[。；\n]", reached) if s]
            if not told_by_clerk(spec.label if spec else name, str(value), [*points, *reviewed]):
                states.append(_state_said(name, value, unit))
            stated.add(key)
            continue
        key, value = _own_deed_first(key, name, value, spec, bank)
        value, deed_mark = _aim_said(name, spec.label if spec else name, value, unit)
        text = _target_text(value, unit, name in collected, told is not None)
        above = below_reached(spec.label if spec else name, value, unit, reached)
        check = reached_check(above) if above else ""
        resolved[key] = text + (RATE_CHECK if state == UNTOLD else check) + deed_mark
        if bare_count:
            untold.add(text)
        if spec is None and _spec_elsewhere(bank, name) is not None:
            elsewhere.add(key)
            if _same_theme(bank, area, name):
                kin.add(key)
    return TaskItem(
        label=_name_said(label),
        area=area,
        title=typeset(_agenda_title_said(_name_said(_ASIDE_LEAD.sub("", _NUMBERED.sub("", title)))))
        if title
        # an area the clerk named for the agenda (会议议程) is titled by the work it leaves
        else ("抓好会议议定事项的落实" if _DECISIONS_TITLE.match(_name_said(label)) else title),
        points=_decisions_joined(_clauses(_returns_merged(points))),
        facts=resolved,
        elsewhere=frozenset(elsewhere),
        kin=frozenset(kin),
        states=tuple(states),
        stated=frozenset(stated),
        planned=_planned(facts, area),
        undated_sums=_undated_sums(facts, area),
        untold=frozenset(untold),
        declined=frozenset(declined),
    )


def _without_declined(
    facts: Mapping[str, FactValue], area: Area | None, bank: PhraseBank | None
) -> tuple[dict[str, FactValue], frozenset[str]]:
    """The facts the clerk gave a value for, and the keys of those there is none of this
    year (新建智慧校园示范校: 无): those are said nowhere and asked nowhere."""
    kept: dict[str, FactValue] = {}
    declined: set[str] = set()
    for name, value in facts.items():
        spec = area.fact(name) if area else None
        unit = spec.unit if spec else _unit_elsewhere(bank, name)
        if is_declined(value, unit):
            declined.add(spec.key if spec else typeset(name))
        else:
            kept[name] = value
    return kept, frozenset(declined)


# a count's name is a form's column (续建项目数, 推行…中小学校数): said as the present its 数 goes
# (round al's G: 全市续建项目数现有2个, …中小学校数已完成9860所), and things counted have not
# "completed" (已完成 is for deeds: 培训、检查、活动): they number (已达)
# (次数: 每校每学期应急演练次数 → 应急演练, not 应急演练次已完成2次 — round cg's 06, G)
_COUNT_NAME_END = re.compile(r"(?:人数|个数|次数|数量|总数|数)$")
_DEEDS_COUNTED = re.compile(r"(?:人次|次|场|期|项)$")


def _count_state(subject: str, verb: str, said: str) -> tuple[str, str]:
    """A count's name and state word as a speaker says the present (_task's NOW)."""
    noun = _COUNT_NAME_END.sub("", subject)
    if len(noun) < 2:
        return subject, verb
    if verb.startswith("已"):
        # a plan's name over what is done (拟表彰…人数: 已完成120名) says no plan word (round bq's
        # 23 and bo's 09, G F: 全区拟表彰优秀教师和教育工作者已达120名 — “拟”和“已达”互相矛盾)
        noun = done_name(noun)
    # a year's deed so far (今年新补充教师人数: 现有126名) is what was done, not a stock (round
    # at's G: 全市现有今年新补充教师126名): 今年已新补充教师126名
    year_deed = _YEAR_DEED.match(noun)
    if year_deed and verb == "现有":
        return f"{year_deed['when']}已{year_deed['rest']}", ""
    # a staff counted by its posting (专职思政课教师配备人数: 现有1650名) is the staff (round at's
    # G: 全市现有专职思政课教师配备1650名)
    noun = _POSTED.sub("", noun) if len(_POSTED.sub("", noun)) >= 2 else noun
    so_far = _YEAR_SPAN_FIRST.match(noun)
    if so_far and verb.startswith("已"):
        # a year's count done so far (年内排查整改校园安全隐患数: 已完成63项): 今年以来已排查
        # 整改…63项, not 年内…已完成 (round bb's G R: the year's span beside a deed done)
        return f"今年以来已{so_far['rest']}", ""
    if verb == "已完成" and not _DEEDS_COUNTED.search(said):
        verb = "已达"
    return noun, verb


_YEAR_DEED = re.compile(
    r"^(?P<when>今年|年内|全年|本年度)(?P<rest>(?:新|累计)?(?:补充|招聘|招录|新增|新建|建成|培训|资助)\S+)$"
)
_POSTED = re.compile(r"(?:配备|配置)$")
_YEAR_SPAN_FIRST = re.compile(r"^(?:年内|全年|本年度)(?P<rest>[\u4e00-\u9fff]{2,})$")


# A plan the clerk dated to no year (计划36名; not 今年计划36名)
_PLAN_NO_YEAR = re.compile(r"^计划")
# a field whose own name dates it (今年新补充教师人数, 年度…): its plan is the year's
_DATED_NAME = re.compile(r"今年|全年|年内|年度|本年")


def _planned(facts: dict[str, FactValue], area: Area | None) -> frozenset[str]:
    """The keys of the fields the clerk gave as a plan with no year (计划36名), in a name that
    dates it to no year either (今年新补充教师人数: 计划1,350名 is this year's)."""
    return _field_keys(
        facts,
        area,
        lambda name, value: (
            bool(_PLAN_NO_YEAR.match(typeset(str(value).strip()))) and not _DATED_NAME.search(name)
        ),
    )


def _field_keys(
    facts: dict[str, FactValue], area: Area | None, kept: Callable[[str, FactValue], bool]
) -> frozenset[str]:
    """The keys (the bank's, else the clerk's name typeset) of the fields ``kept`` keeps."""
    return frozenset(
        spec.key if (spec := area.fact(name) if area else None) else typeset(name)
        for name, value in facts.items()
        if kept(name, value)
    )


# a sum of money as the whole value (1850万元, 58.6亿元), and what dates a sum's name or value
# to the year: a budget or an allocation is the year's own (教育经费预算安排: 64亿元), not the
# name of the kind of spending (一般公共预算教育支出)
_SUM_ONLY = re.compile(r"^约?\d+(?:\.\d+)?(?:万|亿)?元$")
_SUM_DATED = re.compile(
    r"今年|全年|年内|年度|本年|明年|去年|上年|\d{4}年|(?<!一般公共)预算|安排|计划"
)


def _undated_sums(facts: dict[str, FactValue], area: Area | None) -> frozenset[str]:
    """The keys of the sums the clerk gave with no year (教育信息化建设投入: 1850万元)."""
    return _field_keys(
        facts,
        area,
        lambda name, value: (
            bool(_SUM_ONLY.match(typeset(str(value).strip()).replace(",", "")))
            and not _SUM_DATED.search(f"{name}{value}")
        ),
    )


def _own_deed_first(
    key: str, name: str, value: FactValue, spec: FactSpec | None, bank: PhraseBank | None
) -> tuple[str, FactValue]:
    """The key and value of a field the bank does not know, its plan's deed moved before its
    name (名师工作室: 计划新建20个 → 新建名师工作室, 20个: round ar's G, the deed was dropped).
    A count the bank knows, planned as an addition (教育集团数: 计划新增12个), is said the same
    way: the bank's frames say totals (教育集团要达到12个【待核：新增数还是总数】, round bf's 05
    and 11, F), and the clerk's own deed says what is decided."""
    if spec is not None and spec.unit != "%":
        added = _ADDED_PLAN.match(typeset(str(value).strip()))
        if added is not None and plan_deed(spec.label, added.group()) == (
            added["number"],
            DELTA_CHECK,
        ):
            thing = counted_thing(name)
            return f"{added['deed']}{thing}", added["number"]
    if spec is not None or _spec_elsewhere(bank, name) is not None:
        return key, value
    own_deed = deed_before_label(name, value)
    return (f"{own_deed[0]}{key}", own_deed[1]) if own_deed else (key, value)


_YEAR_BUDGET_HEAD = re.compile(r"^(?:今年|全年|本年度?)(?:预算)?(?:安排)?(?=约?\d)")
# a count's plan that adds to what is there (计划新增12个, 计划新建3所): _own_deed_first
_ADDED_PLAN = re.compile(
    r"^(?:今年|全年|年内)?计划(?P<deed>新增|新建|新创建|创建|新组建|组建)(?P<number>(?:约)?\d.*)$"
)


def _aim_said(name: str, label: str, value: FactValue, unit: str) -> tuple[FactValue, str]:
    """The value a frame of the plan says, and a mark for it ("" for none): the clerk's mark
    of the aim (达到96.5%, 计划13次) and a plan's deed (计划整改5000项: plan_deed) are the
    frame's words, not the value's."""
    # the year's budget said by the frame (今年预算安排9.6亿元 → 9.6亿元: the frames say 今年安排)
    value = _YEAR_BUDGET_HEAD.sub("", str(value).strip()) if isinstance(value, str) else value
    aim = AIM_VALUE.match(typeset(str(value).strip())) if unit == "%" else None
    if aim:  # 达到96.5%: the clerk's word for the aim, not a verb for the draft to say
        return aim["number"], ""
    if unit == "%" or is_rate_fact(name, value, unit):
        return value, ""
    planned = AIM_COUNT.match(typeset(str(value).strip()))
    if planned:  # 计划13次: the bank's frame says 计划
        return planned["number"], ""
    with_deed = plan_deed(label, typeset(str(value).strip()))
    return with_deed if with_deed is not None else (value, "")


def _unit_elsewhere(bank: PhraseBank | None, name: str) -> str:
    """The unit of a fact the clerk filed under another area (年度教育经费预算安排 under
    教师队伍): the field is the same wherever it is given, so is its unit (readers' G: 教育
    经费预算安排为14.6, a number with no unit)."""
    spec = _spec_elsewhere(bank, name)
    return spec.unit if spec else ""


def _same_theme(bank: PhraseBank | None, area: Area | None, name: str) -> bool:
    """Whether the area that files the field ``name`` and ``area`` share a theme (the safety
    meeting's areas: genre.ASKED_AREAS["safety"])."""
    theme = ASKED_AREAS["safety"]
    if bank is None or area is None or area.key not in theme:
        return False
    return any(a.fact(name) is not None for key, a in bank.areas.items() if key in theme)


def _spec_elsewhere(bank: PhraseBank | None, name: str) -> FactSpec | None:
    """The field ``name`` as another area of the bank defines it, if one does."""
    if bank is None:
        return None
    return bank.fact_anywhere(name)


def _collected(profile: Profile) -> frozenset[str]:
    """The task facts ``speechdraft collect`` wrote from a returned form (``sources:``
    priorities/领域/数据项): their unit is the form column's, not a guess."""
    return frozenset(
        key.rsplit("/", 1)[-1]
        for key in profile.sources
        if key.startswith(("priorities/", "safeguards/"))
    )


def _priority_area(bank: PhraseBank, name: str) -> Area | None:
    """A priority's area in the bank: a task area, else a safeguard's the clerk listed as a
    priority (营造良好氛围), whose units then fill its section instead of a 【待补】."""
    return bank.find_area(name) or bank.find_safeguard(name)


def _safeguards(
    profile: Profile, bank: PhraseBank, minutes: int, collected: frozenset[str] = frozenset()
) -> tuple[TaskItem, ...]:
    if profile.safeguards is None and "congress_report" in _said_situations(profile):
        # a report to a congress is given no stock safeguards: its third part is how the work
        # is kept to account (work_report.congress_oversight), not orders on inspection and
        # discipline before the delegates (read in round bb's 04)
        keys: tuple[str, ...] = ()
    elif profile.safeguards is None and _topical_name(profile):
        # a meeting on one line of work is given no general safeguards on funding, inspection,
        # work style or other departments (round az's E, four drafts: 责任督学挂牌督导, 财务
        # 公开, 部门联动 at a 体质健康 or 作业管理 meeting): its work is organised, no more
        keys = ("organization",)
    elif profile.safeguards is None:
        keys = DEFAULT_SAFEGUARDS[profile.kind]
        keys += long_speech_safeguards(profile.kind, minutes, len(profile.priorities))
    if profile.safeguards is None:
        # a safeguard the clerk made a priority (营造良好氛围 under 重点任务) is said there, once
        # (round bu's 05 and 12, D S: （三）营造良好氛围… then （四）弘扬尊师重教新风…)
        taken = {id(bank.find_safeguard(p.area)) for p in profile.priorities}
        return tuple(
            replace(_task(bank.safeguards[k].label, None, [], {}, bank.safeguards[k]), stock=True)
            for k in keys
            if id(bank.safeguards[k]) not in taken
        )
    return tuple(
        _task(s.area, s.title, s.points, s.facts, bank.find_safeguard(s.area), bank, collected)
        for s in profile.safeguards
    )
