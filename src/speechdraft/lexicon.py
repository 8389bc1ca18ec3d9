"""The genre's vocabulary as data: level words, speech kinds, five-year-plan phases.

Templates never spell a place word; they ask for ``w.all`` (全县/全市/…) and this
table answers for the meeting's level.
"""

from __future__ import annotations

from dataclasses import dataclass


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

    @property
    def party_gov(self) -> str:
        return f"{self.party}、{self.gov}"


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
    return LevelWords(key=key, label=label, unit=unit, **words)  # type: ignore[arg-type]


LEVELS: dict[str, LevelWords] = {
    lw.key: lw
    for lw in (
        _level("county", "县", "县", below="各乡镇", superiors="党中央、省委和市委"),
        _level("district", "区", "区", below="各街道（乡镇）", superiors="党中央、省委和市委"),
        _level(
            "county_city",
            "县级市",
            "市",
            below="各乡镇（街道）",
            superiors="党中央、省委和上级党委",
        ),
        _level("city", "地级市", "市", below="各县（市、区）", superiors="党中央和省委"),
        _level("banner", "旗", "旗", below="各苏木乡镇", superiors="党中央、自治区党委和盟委"),
        _level("prefecture", "自治州", "州", below="各县（市）", superiors="党中央和省委"),
        _level(
            "province",
            "省",
            "省",
            edu="省教育厅",
            below="各市（州）",
            superiors="党中央、国务院",
        ),
        _level(
            "autonomous_region",
            "自治区",
            "区",
            party="自治区党委",
            gov="自治区人民政府",
            edu="自治区教育厅",
            below="各市（盟）",
            direct="区直各有关部门",
            group="自治区党委教育工作领导小组",
            four_bodies="自治区党委、人大常委会、政府、政协",
            superiors="党中央、国务院",
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
    title_suffix: str  # 讲话 / 工作报告 / 讲话提纲
    salutation: str
    numbering: str  # numbering scheme, see numbering.SCHEMES


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
        ),
        SpeechKind(
            "work_report",
            "教育局工作报告",
            30,
            "{all}教育工作会议",
            "工作报告",
            "同志们：",
            "standard",
        ),
        SpeechKind(
            "concluding_remarks",
            "总结讲话（会议最后的强调讲话）",
            12,
            "{all}教育工作会议",
            "讲话",
            "同志们：",
            "standard",
        ),
        SpeechKind(
            "leading_group",
            "党委教育工作领导小组全体会议讲话（提纲）",
            12,
            "{group}全体会议",
            "讲话提纲",
            "同志们：",
            "outline",
        ),
        SpeechKind(
            "teachers_day",
            "教师节庆祝表彰大会讲话",
            15,
            "{all}庆祝第{n}个教师节暨表彰大会",
            "讲话",
            "老师们、同志们：",
            "standard",
        ),
        SpeechKind(
            "school_opening",
            "开学工作会议讲话",
            15,
            "{all}{season}开学工作会议",
            "讲话",
            "同志们：",
            "standard",
        ),
        SpeechKind(
            "safety",
            "校园安全工作会议讲话",
            15,
            "{all}校园安全工作会议",
            "讲话",
            "同志们：",
            "standard",
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


_PLANS = ("十二五", "十三五", "十四五", "十五五", "十六五", "十七五")
_FIRST_PLAN_YEAR = 2011
_PHASES = ("开局之年", "关键之年", "承上启下之年", "攻坚之年", "收官之年")


def plan_year(year: int) -> PlanYear:
    """The five-year plan of ``year`` (2011–2035): 2025 → 十四五, 5th year, 收官之年."""
    offset = year - _FIRST_PLAN_YEAR
    if not 0 <= offset < 5 * (len(_PLANS) - 1):
        raise ValueError(f"year outside the supported plans: {year}")
    plan_no, index0 = divmod(offset, 5)
    return PlanYear(_PLANS[plan_no], index0 + 1, _PHASES[index0], _PLANS[plan_no + 1])


def foreign_level_words(level: str) -> set[str]:
    """Words that belong to other levels and must not appear in a draft of ``level``.

    Only the unambiguous 全X/我X/X直 forms and the education department are listed:
    X委 may legitimately name a superior (a county speech carries out 市委 decisions).
    """
    own = LEVELS[level]
    own_words = {own.all, own.our, own.edu, own.direct}
    words: set[str] = set()
    for other in LEVELS.values():
        words |= {other.all, other.our, other.edu, other.direct}
    return words - own_words


# Names a clerk may type instead of a key (kind: 领导讲话, level: 县, --kind 工作报告), besides
# the label itself. A name that could mean two things (市: 县级市 or 地级市?) is left out,
# so it is still refused with the list of choices.
KIND_NAMES: dict[str, tuple[str, ...]] = {
    "leader_speech": ("领导讲话", "教育工作会议讲话"),
    "work_report": ("工作报告",),
    "concluding_remarks": ("总结讲话",),
    "leading_group": ("领导小组讲话", "领导小组会议讲话", "领导小组全体会议讲话"),
    "teachers_day": ("教师节讲话", "教师节表彰大会讲话"),
    "school_opening": ("开学讲话", "开学工作会议讲话"),
    "safety": ("安全讲话", "校园安全讲话"),
}
LEVEL_NAMES: dict[str, tuple[str, ...]] = {
    "county": ("县级", "自治县"),
    "district": ("区级", "市辖区"),
    "county_city": (),
    "city": ("设区的市", "地级"),
    "banner": ("自治旗",),
    "prefecture": ("州",),
    "province": ("省级",),
    "autonomous_region": (),
    "town": ("镇", "乡", "乡级", "镇级"),
}


def _choice_key(
    typed: str, labels: dict[str, str], names: dict[str, tuple[str, ...]]
) -> str | None:
    wanted = typed.strip()
    for key, label in labels.items():
        short_label = label.split("（")[0]
        if wanted in (key, label, short_label, *names.get(key, ())):
            return key
    return None


def kind_key(typed: str) -> str | None:
    """leader_speech for leader_speech, 教育工作会议领导讲话 or 领导讲话; None if unknown."""
    return _choice_key(typed, {k: v.label for k, v in KINDS.items()}, KIND_NAMES)


def level_key(typed: str) -> str | None:
    """county for county, 县 or 县级; None if unknown or ambiguous (市)."""
    return _choice_key(typed, {k: v.label for k, v in LEVELS.items()}, LEVEL_NAMES)
