"""The genre as data: one home for what a Chinese education-meeting speech is made of.

Kinds of speech (with the Chinese names clerks use), administrative levels and their
place words, who usually speaks and with what title, the default key tasks and
safeguards per kind, how fast a speech is read, how high each level stands, and the
calendar formulas (第N个教师节, 春季/秋季, the five-year plans). Pure data and tiny
lookups: no imports from the rooms, so every room (and the CLI's choices, and the
profile's allowed values) reads the same table.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

CHARS_PER_MINUTE = 200  # a speech is read at about 200 characters a minute


@dataclass(frozen=True)
class LevelWords:
    """The place words of one administrative level, as a speech at that level uses them."""

    key: str
    label: str  # the level's name shown to users: 县, 地级市 …
    unit: str  # the one-character unit: 县, 市, 区 …
    all: str  # 全县
    our: str  # 我县
    party: str  # 县委
    gov: str  # 县政府
    edu: str  # 县教育局
    below: str  # 各乡镇
    direct: str  # 县直各有关部门
    group: str  # 县委教育工作领导小组
    four_bodies: str  # 县委、县人大、县政府、县政协
    strong: str  # 教育强县
    superiors: str  # 党中央、省委和市委
    # a bureau's own offices: a county's 股室, a city's or a prefecture's 科室, a province's
    # 处室 (round j and k: 局机关各股室 in a 州教育局 was marked L twice)
    offices: str = "股室"
    # the villages a level's units reach (各村（社区）, 村组干部): a banner's are 嘎查村, a
    # 苏木's 嘎查 (round y's L: 村（社区） in a 苏木's draft)
    village: str = "村"
    # the countryside's children: a banner's, or a place whose profile speaks of 牧区, are
    # 农村牧区孩子 (round aj's R: 许多农村孩子从小住校 over a 旗's 牧区寄宿制学校)
    children: str = "农村孩子"
    # the 社区 beside them (各村（社区）): none in a 乡 or a 苏木 whose profile names none
    # (round z's L: 村（社区） in a mountain 乡 of villages)
    communities: str = "（社区）"
    # the schools a level's speech addresses as a body: 各学校; a town whose profile names
    # only its central school (and kindergarten) has no 各学校 (round z's L, a 苏木)
    schools: str = "各学校"
    # the water department: 水利 in the table, 水务 where the profile names a 水务局 (round
    # ad's L: 水利、应急管理等部门 in a banner whose attendees were the 旗水务局)
    water: str = "水利"
    # the leading group's working office: 领导小组办公室, or its 秘书组 where the profile calls it
    # so (round ag's R: 秘书组 in the recap, 领导小组办公室 in the body of one draft)
    group_office: str = "领导小组办公室"
    # the people of an ethnic area are 各族群众 (round ap's R: 全州群众 in a 藏族自治州);
    # templates say {{ w.all }}{{ w.peoples }}群众
    peoples: str = ""
    # the finance body a speech names beside its education organ: 财政部门 beside 县教育局, but
    # a province's by name beside 省教育厅 (round ap's R: 财政部门要会同省教育厅 不对称)
    finance: str = "财政部门"

    @property
    def party_gov(self) -> str:
        return f"{self.party}、{self.gov}"

    @property
    def edu_party(self) -> str:
        """The education organ's Party body: a 局's or a 厅's 党组 (县教育局党组), a central
        school's 党组织 (round ag's R: 市教育局党组织 is no body's name; round aw's L: 镇中心校党组 —
        a school has no 党组)."""
        return (
            f"{self.edu}党组织"
            if self.edu.endswith(("学校", "中心校", "校"))
            else f"{self.edu}党组"
        )

    @property
    def villages(self) -> str:
        """村（社区）, 嘎查村（社区）; a 乡's or 苏木's without 社区 when it names none."""
        return f"{self.village}{self.communities}"

    @property
    def village_groups(self) -> str:
        """村组 where villages have groups; a banner's 嘎查村, a 苏木's 嘎查."""
        return "村组" if self.village == "村" else self.village


def _level(key: str, label: str, unit: str, **overrides: str) -> LevelWords:
    """Builds the regular pattern (全X, 我X, X委 …) and applies the level's exceptions."""
    words = {
        "all": f"全{unit}",
        "our": f"我{unit}",
        "party": f"{unit}委",
        "gov": f"{unit}政府",
        "edu": f"{unit}教育局",
        "direct": f"{unit}直各有关部门",
        "group": f"{unit}委教育工作领导小组",
        "four_bodies": f"{unit}委、{unit}人大、{unit}政府、{unit}政协",
        "strong": f"教育强{unit}",
    }
    words.update(overrides)
    return LevelWords(key=key, label=label, unit=unit, **words)


LEVELS: dict[str, LevelWords] = {
    lw.key: lw
    for lw in (
        _level("county", "县", "县", below="各乡镇", superiors="党中央、省委和市委"),
        # a city district's bureau has 科室, as its city's has (round ab's L: 机关各股室 in a
        # 区教育局's opening speech)
        _level(
            "district",
            "区",
            "区",
            below="各街道、乡镇",
            superiors="党中央、省委和市委",
            offices="科室",
        ),
        _level(
            "county_city",
            "县级市",
            "市",
            below="各乡镇（街道）",
            superiors="党中央、省委和上级党委",
        ),
        _level(
            "city", "地级市", "市", below="各县（市、区）", superiors="党中央和省委", offices="科室"
        ),
        _level(
            "banner",
            "旗",
            "旗",
            below="各苏木乡镇",
            # a banner sits under a 盟 or a city: with neither named, its superiors are
            # 上级党委 — not 自治区党委和上级党委, the region's committee being one of them
            # (round an's R: 自治区党委和上级党委 重叠)
            superiors="党中央和上级党委",
            village="嘎查村",
        ),
        _level(
            "prefecture",
            "自治州",
            "州",
            below="各县（市）",
            superiors="党中央和省委",
            offices="科室",
        ),
        _level(
            "province",
            "省",
            "省",
            edu="省教育厅",
            finance="省财政厅",
            below="各市（州）",
            superiors="党中央、国务院",
            offices="处室",
        ),
        _level(
            "autonomous_region",
            "自治区",
            "区",
            party="自治区党委",
            gov="自治区人民政府",
            edu="自治区教育厅",
            finance="自治区财政厅",
            below="各市（盟）",
            direct="区直各有关部门",
            group="自治区党委教育工作领导小组",
            four_bodies="自治区党委、人大常委会、政府、政协",
            superiors="党中央、国务院",
            offices="处室",
        ),
        _level(
            "town",
            "乡镇",
            "镇",
            party="镇党委",
            edu="镇中心学校",
            below="各村（社区）",
            direct="镇直各单位",
            group="镇教育工作领导小组",
            four_bodies="镇党委、镇人大、镇政府",
            superiors="党中央和上级党委、政府",
        ),
    )
}


@dataclass(frozen=True)
class SpeechKind:
    key: str
    label: str
    default_minutes: int
    default_meeting: str  # with {all}/{party} filled from the level words
    title_suffix: str  # 讲话 / 工作报告
    salutation: str
    numbering: str  # numbering scheme, see numbering.SCHEMES
    speaker_role: str  # who usually gives it: a key of SPEAKER_ROLES
    names: tuple[str, ...] = ()  # short Chinese names a clerk may type: 领导讲话, 工作报告 …
    # the default name when the profile names no commendation: a teachers' day meeting is a
    # 表彰大会 only where someone is commended (round t0's A: a bare profile's 暨表彰大会)
    plain_meeting: str = ""
    # the kind names no meeting of its own: a concluding speech closes *some* meeting, which one
    # the clerk must say (round ak's A: 在2028年全苏木教育工作会议上的总结讲话 where the profile
    # named none): without meeting.name its title leaves the name as a 【待补】
    names_no_meeting: bool = False


KINDS: dict[str, SpeechKind] = {
    k.key: k
    for k in (
        SpeechKind(
            "leader_speech",
            "教育工作会议领导讲话",
            20,
            "{all}教育工作会议",
            "讲话",
            "同志们：",
            "standard",
            "party_secretary",
            ("领导讲话", "教育工作会议讲话"),
        ),
        SpeechKind(
            "work_report",
            "教育局工作报告",
            30,
            "{all}教育工作会议",
            "工作报告",
            "同志们：",
            "standard",
            "bureau_chief",
            ("工作报告", "报告"),
        ),
        SpeechKind(
            "concluding_remarks",
            "总结讲话（会议最后的强调讲话）",
            12,
            "{all}教育工作会议",
            # titled as what it is, the last speech that sums the meeting up (round ag's R)
            "总结讲话",
            "同志们：",
            "standard",
            "party_secretary",
            ("总结讲话",),
            names_no_meeting=True,
        ),
        SpeechKind(
            "leading_group",
            "党委教育工作领导小组全体会议讲话（提纲）",
            12,
            # a meeting the clerk did not name is the group's 会议: 全体会议 is his to say (round
            # cm's 06, A: 今天的会议，是领导小组的全体会议 where the clerk wrote no name)
            "{group}会议",
            # the draft is a full text, every point spoken out: 讲话提纲 over it promised an
            # outline (round y's S). Parts are numbered 一、二、 as in any speech: 一要 over the
            # items' 一是要 read aloud as two levels of one kind (round ap's S, drafts 05 10 18)
            "讲话",
            "同志们：",
            "standard",
            "group_head",
            ("领导小组会议", "领导小组讲话"),
        ),
        SpeechKind(
            "teachers_day",
            "教师节庆祝表彰大会讲话",
            15,
            "{all}庆祝第{n}个教师节暨表彰大会",
            "讲话",
            "老师们、同志们：",
            "standard",
            "party_secretary",
            ("教师节讲话", "教师节"),
            plain_meeting="{all}庆祝第{n}个教师节大会",
        ),
        SpeechKind(
            "school_opening",
            "开学工作会议讲话",
            15,
            "{all}{season}开学工作会议",
            "讲话",
            "同志们：",
            "standard",
            "bureau_chief",
            ("开学讲话", "开学会议"),
        ),
        SpeechKind(
            "safety",
            "校园安全工作会议讲话",
            15,
            "{all}校园安全工作会议",
            "讲话",
            "同志们：",
            "standard",
            "party_secretary",
            ("安全讲话", "安全会议"),
        ),
    )
}


@dataclass(frozen=True)
class PlanYear:
    """Where a year stands in the five-year plans: 十五五 开局之年 …"""

    plan: str  # 十五五
    index: int  # 1..5
    phase: str  # 开局之年
    next_plan: str  # 十六五


_PLANS = ("十二五", "十三五", "十四五", "十五五", "十六五", "十七五", "十八五")
_FIRST_PLAN_YEAR = 2011
_PHASES = ("开局之年", "关键之年", "承上启下之年", "攻坚之年", "收官之年")


def plan_year(year: int) -> PlanYear:
    """The five-year plan of ``year`` (2011–2040: a December 2035 meeting plans 2036, the
    十七五 plan's first year, round v's Y): 2025 → 十四五, 5th year, 收官之年."""
    offset = year - _FIRST_PLAN_YEAR
    if not 0 <= offset < 5 * (len(_PLANS) - 1):
        raise ValueError(f"year outside the supported plans: {year}")
    plan_no, index0 = divmod(offset, 5)
    return PlanYear(_PLANS[plan_no], index0 + 1, _PHASES[index0], _PLANS[plan_no + 1])


# Kinds, levels: the keys in the order `speechdraft kinds` lists them.
KIND_KEYS: tuple[str, ...] = tuple(KINDS)
LEVEL_KEYS: tuple[str, ...] = tuple(LEVELS)
DEFAULT_KIND, DEFAULT_LEVEL = "leader_speech", "county"  # the most common meeting


@dataclass(frozen=True)
class SpeakerRole:
    key: str
    label: str  # 党委书记 …
    title: str  # the usual title, with {party}/{gov_head}/{edu}/{group} filled from the level


SPEAKER_ROLES: dict[str, SpeakerRole] = {
    r.key: r
    for r in (
        SpeakerRole("party_secretary", "党委主要负责同志", "{party}书记"),
        SpeakerRole("government_head", "政府主要负责同志", "{unit}长"),
        SpeakerRole("deputy", "分管负责同志", "副{unit}长"),
        SpeakerRole("bureau_chief", "教育行政部门主要负责同志", "{edu_head}"),
        SpeakerRole("group_head", "领导小组组长", "{party}书记"),
    )
}


def speaker_title(kind: str, level: str) -> str:
    """The usual title of who gives ``kind`` at ``level``: 县委书记, 县教育局局长, 省教育厅厅长."""
    words = LEVELS[level]
    role = SPEAKER_ROLES[KINDS[kind].speaker_role]
    edu_head = words.edu + {"厅": "厅长", "校": "校长"}.get(words.edu[-1], "局长")
    return role.title.format(party=words.party, unit=words.unit, edu_head=edu_head)


# The key tasks and safeguards a draft of each kind gets when the profile names none
# (phrase-bank area keys, templates/phrases/areas/).
DEFAULT_PRIORITIES: dict[str, tuple[str, ...]] = {
    "leader_speech": ("party_building", "projects", "preschool", "teachers", "safety"),
    "work_report": (
        "party_building",
        "moral_education",
        "preschool",
        "compulsory",
        "quality",
        "teachers",
        "double_reduction",
        "safety",
    ),
    "concluding_remarks": ("projects", "quality", "safety"),
    "leading_group": ("funding", "teachers", "mental_health"),
    "teachers_day": ("teachers", "moral_education", "quality"),
    "school_opening": ("safety", "quality", "double_reduction", "dropout_aid"),
    "safety": ("safety", "mental_health", "emergency"),
}

DEFAULT_SAFEGUARDS: dict[str, tuple[str, ...]] = {
    "leader_speech": ("organization", "funding_guarantee", "assessment", "work_style"),
    "work_report": ("organization", "assessment", "work_style", "atmosphere"),
    "concluding_remarks": ("organization", "synergy", "work_style"),
    "leading_group": ("organization", "synergy", "assessment"),
    "teachers_day": ("atmosphere", "synergy"),
    "school_opening": ("organization", "assessment", "work_style"),
    "safety": ("organization", "assessment", "synergy"),
}

# A long speech of many key tasks gets more safeguards when the profile names none: other
# topics, where the only other ways to its length are saying things twice and the frames'
# generalities (readers' D and E). Each step a speech meets, (minutes at least, key tasks at
# least), adds the next of its kind's LONG_SPEECH_SAFEGUARDS.
LONG_SPEECH: tuple[tuple[int, int], ...] = ((20, 5), (30, 8))
LONG_SPEECH_SAFEGUARDS: dict[str, tuple[str, ...]] = {
    "leader_speech": ("synergy", "atmosphere"),
    "work_report": ("synergy", "funding_guarantee"),
    "concluding_remarks": ("assessment", "funding_guarantee"),
    "leading_group": ("work_style", "funding_guarantee"),
    "teachers_day": ("funding_guarantee", "organization"),
    "school_opening": ("synergy", "funding_guarantee"),
    "safety": ("work_style", "atmosphere"),
}


def long_speech_safeguards(kind: str, minutes: int, tasks: int) -> tuple[str, ...]:
    """The safeguards a speech of ``minutes`` and ``tasks`` key tasks gets beyond its kind's
    defaults (see LONG_SPEECH)."""
    steps = sum(1 for least, many in LONG_SPEECH if minutes >= least and tasks >= many)
    return LONG_SPEECH_SAFEGUARDS[kind][:steps]


# What a safeguard is about in a kind of speech, as words its families' aliases answer to: a
# safety speech's 组织领导 is 压实安全责任, not school party building; its 部门协同 is 联防联控,
# not 家校社 (readers' S). Added to the words that choose the safeguard's family.
SAFEGUARD_HINTS: dict[str, dict[str, str]] = {
    "safety": {
        "organization": "责任 压实 第一责任人",
        "assessment": "督查 检查 暗访 问责 约谈",
        "synergy": "护校 联防联控 校园周边 安全合力",
        "work_style": "狠抓落实 马上就办 实干",
        "atmosphere": "舆情 舆情引导 回应关切",
    },
    "teachers_day": {
        "synergy": "尊师重教 关心教师 为教师办实事 工作合力",
        "atmosphere": "尊师重教 先进典型 表彰 榜样",
        "funding_guarantee": "公用经费 学校运转",
    },
    "school_opening": {
        "organization": "责任 压实 联系学校 一线",
        "assessment": "督查 检查 暗访",
        "synergy": "护校 联防联控 校园周边",
        # the start of a term is a time for doing, not for research trips (readers' E: six
        # 调研 sentences in a 中心学校 head's opening speech)
        "work_style": "狠抓落实 马上就办 实干 减负",
    },
}

# The areas whose indicators a kind of meeting asks for (【待补】 where the profile gives none),
# where the meeting has a theme of its own; a kind not listed asks for any key task's. A safety
# meeting asks safety indicators, not a 双减 task's 作业管理达标学校比例 or 课后服务参与率; the
# start of a term sets no year's figures (round af's S: 教师全员培训人次 under 新教师入职 and
# 作业管理达标学校比例 under 课后服务 at an opening meeting). Only at a meeting on its theme,
# half its key tasks or more: one whose clerk lists other areas is on his tasks (and the
# length fitter counts on their sentences). The clerk's own figures are said wherever given.
ASKED_AREAS: dict[str, frozenset[str]] = {
    "safety": frozenset({"safety", "emergency", "mental_health"}),
    "school_opening": frozenset({"safety", "emergency"}),
    "teachers_day": frozenset({"teachers"}),
}

# How high each level stands: a higher level's words can name a superior (全市教育工作会议
# 精神, 被省教育厅推广); a same or lower level's words in a draft are copy-paste defects.
RANK: dict[str, int] = {
    "town": 0,
    "county": 1,
    "district": 1,
    "county_city": 1,
    "banner": 1,
    "city": 2,
    "prefecture": 2,
    "province": 3,
    "autonomous_region": 3,
}

SEASONS = ("春季", "秋季")
FIRST_TEACHERS_DAY = 1985


def season_of(date: datetime.date) -> str:
    """The school term a meeting opens: January–June 春季, July–December 秋季."""
    return SEASONS[0] if date.month <= 6 else SEASONS[1]


def teachers_day_number(year: int) -> int:
    """第N个教师节: the first was in 1985, so 2025 is the 41st."""
    return year - FIRST_TEACHERS_DAY + 1


# The years the five-year-plan table covers, review year included.
FIRST_YEAR, LAST_YEAR = 2012, 2035


def kind_key(text: str) -> str | None:
    """The kind a clerk means: its key, its full label (with or without the part in
    brackets) or one of its short names."""
    text = text.strip()
    for key, kind in KINDS.items():
        if text in (key, kind.label, kind.label.split("（")[0], *kind.names):
            return key
    return None


# Other names a clerk may type for a level, besides its label. A name that could mean two
# levels (市: 县级市 or 地级市?) is left out, so it is still refused with the choices.
LEVEL_NAMES: dict[str, tuple[str, ...]] = {
    "county": ("县级", "自治县"),
    "district": ("区级", "市辖区"),
    "county_city": (),
    "city": ("地级", "设区的市"),
    "banner": ("自治旗",),
    "prefecture": ("州",),
    "province": ("省级",),
    "autonomous_region": (),
    "town": ("镇", "乡", "乡级", "镇级"),
}


def level_key(text: str) -> str | None:
    """The level a clerk means: its key or its name (县, 地级市, 县级 …)."""
    text = text.strip()
    for key, level in LEVELS.items():
        if text in (key, level.label, *LEVEL_NAMES[key]):
            return key
    return None
