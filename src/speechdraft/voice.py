"""Who speaks decides who may be told what (GENRE.md, "Who speaks …").

The speaker's role comes from the profile (``speaker.role``) or from the title
(教育局局长 → bureau_chief, 镇中心学校校长 → school_head). A phrase-bank entry that gives an
order its speaker has no authority to give, or names what the level does not have (a
town's 编制 department, 亿元 budgets, 教研室), is not chosen: :func:`unfit` says why, in
Chinese, for the loader and the tests. The rules are one table (``BARS``): what may not
be said, by whom, where, and the words that make it fit after all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from speechdraft.norms import Lack, Reach, load_level_fit

ROLES = (
    "party_secretary",
    "government_head",
    "deputy",
    "bureau_chief",
    "group_head",
    "school_head",
)

# The roles that speak for the Party committee or its leading group: they charge the
# committee's own organs (编委, 组织部门) and do not 提请 them (round s's R).
PARTY_SIDE: frozenset[str] = frozenset({"party_secretary", "group_head"})

# A role with no units of its own says what the role it speaks as may say, less what
# BARS forbid it: a town's 中心学校校长 reports to his meeting as a bureau chief does to
# his (我们将…, 提请, 争取), but directs only his own staff and the 村小 and 教学点.
SPEAKS_AS: dict[str, str] = {"school_head": "bureau_chief"}

ROLE_LABELS: dict[str, str] = {
    "party_secretary": "党委书记",
    "government_head": "政府主要负责同志",
    "deputy": "分管负责同志",
    "bureau_chief": "教育局（厅）负责同志",
    "group_head": "领导小组组长",
    "school_head": "中心学校（学校）负责同志",
}


def tag_roles(role: str) -> tuple[str, ...]:
    """The ``roles:`` tags that let ``role`` say a unit: its own and the one it speaks as."""
    return (role, SPEAKS_AS[role]) if role in SPEAKS_AS else (role,)


# An organ in the title (局, 厅, 教育工委) makes a bureau's man; a school without one (中心
# 学校校长, 学区校长, 一中校长) makes a school head, whatever the level.
_ORGAN = re.compile(r"教育局|教育厅|教体局|教育和体育局|局长|厅长|局党组|局党委|教育工委")
_SCHOOL = re.compile(r"中心学校|中心校|学区|校长")
_GROUP = re.compile(r"组长")
# a 党委常委、宣传部部长 or a government's 副秘书长 speaks for his own office, as a deputy does,
# not for the four bodies (round k's L: a region's 宣传部长 read as its secretary)
_DEPUTY = re.compile(
    r"副(?:县|区|市|州|旗|省|镇|乡)?长|副主席|副苏木达|分管|秘书长|常委(?!会)|部部长"
)
_SECRETARY = re.compile(r"书记")
# 市委副书记、市长 / 县委副书记、县长: the deputy secretary's post is the Party rank of the
# government head, who speaks as one (readers' L: a 市长 read as a secretary ordered 组织部门)
_DEPUTY_SECRETARY = re.compile(r"副书记")
# a 苏木's head is its 苏木达 (round y's L: a 苏木 speaks in its own words)
# a government's 主席 (自治区主席), not a union's, a society's or a session's (市教育工会主席作了
# 筹备情况说明 read as a superior's remarks the bureau chief pledged to carry out: round az's F R)
_HEAD = re.compile(
    r"(?:县|区|市|州|旗|省|镇|乡)长|(?<!工会)(?<!执行)(?<!学会)(?<!协会)(?<!联合会)主席(?!团)"
    r"|盟长|(?<!副)苏木达"
)


def _deputy_head_with_a_post(title: str) -> bool:
    """A 副组长 who is also 县长 or 副县长 speaks as his government post: the group's head
    is the secretary (round v's L: 县委副书记、县长，…领导小组副组长 read as the group's head
    charged 县委编委 where the clerk wrote 提请)."""
    post = title.replace("副组长", "")
    return post != title and bool(_HEAD.search(post) or _DEPUTY.search(post))


def role_from_title(title: str, default: str = "party_secretary") -> str:
    """The speaker's role read off the title; the kind's usual speaker when it says nothing.
    A bureau's 局党组书记 is a bureau chief; 县委书记、领导小组组长 speaks as group head; a
    镇中心学校校长 is a school head, not a bureau chief (readers' L: he spoke of 局班子)."""
    if _ORGAN.search(title):
        return "bureau_chief"
    if _SCHOOL.search(title):
        return "school_head"
    if _GROUP.search(title) and not _deputy_head_with_a_post(title):
        return "group_head"
    if _DEPUTY.search(title):
        return "deputy"
    if _DEPUTY_SECRETARY.search(title) and _HEAD.search(title):
        return "government_head"
    if _SECRETARY.search(title):
        return "party_secretary"
    if _HEAD.search(title):
        return "government_head"
    return default


def speaker_role(stated: str | None, title: str, default: str = "party_secretary") -> str:
    """The role the speaker speaks in: the profile's ``speaker.role``, else the title's. An
    education organ in the title (厅长, 副厅长, 局长, 局党组书记) makes a bureau's man whatever
    role the clerk stated, a school's head excepted: a 省教育厅副厅长 stated as ``deputy`` is the
    department's deputy, not the government's, and asks other departments rather than orders
    them (round ag's L: 公安、司法行政部门要…, 省直各有关部门要… in his safety speech)."""
    if stated and stated != "school_head" and _ORGAN.search(title):
        return "bureau_chief"
    return stated or role_from_title(title, default=default)


# Orders to these come only from above them: a bureau chief 提请/争取/会同 them instead.
_SUPERIOR_OR_PEER = (
    r"(?:\{\{ w\.(?:gov|party|party_gov|group|four_bodies|below|direct|water) \}\}"
    r"|(?:财政|人社|人力资源社会保障|编制|机构编制|发改|发展改革|住建|住房城乡建设|自然资源|公安|卫健|卫生健康"
    r"|市场监管|民政|残联|网信|交通|交通运输|应急|应急管理|消防|团委|共青团|妇联|工信|司法|水利|农业农村"
    r"|文化|文旅|体育|科技|税务|审计|宣传|组织|检察|法院|消防救援|气象|统计|城管|综治|政法)"
    r"(?:部门|机关|局|委|院)?"
    r"|各(?:有关)?部门|有关部门|相关部门|各成员单位|成员单位|各级党委、政府|各级党委和政府|各级政府)"
)
_DEMAND = r"(?:等(?:有关)?(?:部门|单位)?)?(?:(?<!主)要|须|必须|务必|应当|负责|主要负责同志)"
_ORDER = re.compile(_SUPERIOR_OR_PEER + r"(?:[、和及]" + _SUPERIOR_OR_PEER + r")*" + _DEMAND)
# 区委、区政府 as the subject of a demand, with or without 要 (…每年至少听取一次汇报).
_SUPERIOR_SUBJECT = re.compile(
    r"(?:^|[。；，：])\s*\{\{ w\.(?:gov|party|party_gov|group) \}\}(?!的|领导|坚强|关心|高度)"
)
# The Party's own bodies, which a government head or deputy does not direct (he 配合,
# 会同, or leaves them out): the leading group, 组织, 宣传, 编制 (readers' L, 09, 18, 25, 03).
_PARTY_BODY = (
    # 县委、县政府主要负责同志 is the secretary too (readers' L: a 市长 told them what to do)
    r"(?:\{\{ w\.(?:party|party_gov|four_bodies|group) \}\}|[县区市州旗省]委教育工作领导小组"
    r"|自治区党委教育工作领导小组"
    # 组织、宣传、编制 as departments (组织、人社部门; 宣传部门), not 编制要向农村倾斜
    r"|(?:组织|宣传|机构编制|编制)(?=[、和及]|部门|部))(?:部门|部)?"
)
_DEPARTMENT = r"(?:[^。；，：、和及]{1,6}?(?:部门)?)"
_PARTY_ORDER = re.compile(
    r"(?:^|[。；，：])\s*(?:"
    + _DEPARTMENT
    + r"[、和及])*"
    + _PARTY_BODY
    # 组织、人社部门要…: the Party body may stand anywhere in the list of subjects
    + r"(?:[、和及]"
    + _DEPARTMENT
    + r")*"
    + _DEMAND
    + r"|发挥(?:好)?\{\{ w\.group \}\}[^。；]{0,12}作用|发挥(?:好)?[县区市州旗省]委教育工作领导小组"
)
# A speaker does not name the body he speaks for in the third person: a party secretary
# is 县委 (not "在县委、县政府的坚强领导下", not "不负县委、县政府的重托"), a bureau chief
# is the bureau ("我们", 局机关).
_OWN_PARTY = r"\{\{ w\.(?:party|party_gov) \}\}"
_OWN_GOV = r"\{\{ w\.(?:gov|party_gov) \}\}"
_THANKED = r"的(?:重托|信任|嘱托|重视|关心)"  # what a body gives, not what it says of itself
_OWN_BODY: dict[str, re.Pattern[str]] = {
    "party_secretary": re.compile(
        rf"在{_OWN_PARTY}[^。；]{{0,8}}领导下|{_OWN_PARTY}的(?:部署|要求|决策)|{_OWN_PARTY}{_THANKED}"
        rf"|不负{_OWN_PARTY}|团结在{_OWN_PARTY}周围"
    ),
    # the Party's leading group is headed by its secretary: 在省委的坚强领导下 is his own body
    # in the third person (round l's L: a 省委书记、领导小组组长 closed on it)
    "group_head": re.compile(
        rf"在{_OWN_PARTY}[^。；]{{0,8}}领导下|不负{_OWN_PARTY}|{_OWN_PARTY}{_THANKED}"
        rf"|团结在{_OWN_PARTY}周围"
    ),
    # 按照区委、区政府的部署 from the 区长 is his own government in the third person (round q's R)
    "government_head": re.compile(
        rf"在{_OWN_GOV}[^。；]{{0,8}}领导下|不负{_OWN_GOV}|{_OWN_GOV}{_THANKED}|团结在{_OWN_GOV}周围"
        rf"|{_OWN_GOV}的(?:部署|要求|决策)"
    ),
    # (round ab's R: 每个项目的进度和问题，市教育体育局都要建账跟踪 in the bureau's own report)
    # …由市教育局统筹抓好 in the bureau's own report is the bureau naming itself (round an's R:
    # 由区教育局统筹抓好 — 报告人即区教育局，应为“我们”; voice26)
    "bureau_chief": re.compile(
        r"\{\{ w\.edu \}\}(?:都|也|还|就|一定)?(?:要|将|必须|负责|牵头)|由\{\{ w\.edu \}\}"
    ),
    # a 中心学校校长 does not tell 校长要带头 of himself (round aj's R: 校长要带头为教师减负)
    "school_head": re.compile(
        r"\{\{ w\.edu \}\}(?:都|也|还|就|一定)?(?:要|将|必须|负责|牵头)"
        r"|(?:^|[，。；：])校长要带头"
        # nor 中心学校校长要把教学点当作本校的一部分来管 of his own post (round ba's F)
        r"|(?:^|[，。；：])(?:镇|乡|苏木)?中心(?:学校|校)(?:校长)?(?:都|也|还|一定)?要"
        # nor 要发挥中心学校的带动作用 of the school he speaks for (round ba's F)
        r"|发挥(?:好)?(?:镇|乡|苏木)?中心(?:学校|校)的?[^，。；]{0,6}作用"
    ),
}
_SCHOOLS = r"(?:各学校|各中小学(?:校|幼儿园)?|每所学校|各校(?!长))"
# A province speaks to 各地 and 各高校; a group head to 成员单位 and the levels below: for
# either, 各学校 is reached through them (督促各地…各学校), never told or judged directly.
_SCHOOLS_DIRECTLY = re.compile(
    r"(?<!各地)(?<!督促)(?<!指导)(?<!推动)(?<!支持)(?<!帮助)(?<!引导)(?<!组织)" + _SCHOOLS
)
# Duties of the local government, the police and transport (warning signs at waters,
# illegal school transport, 网格员): a province or a school asks others to 督促 them.
_LOCAL_DUTY = re.compile(
    r"警示标志|警示牌|设警示|救生器材|危险水域[^。；]{0,4}管起来|非法营运|无证驾驶|超员超载|网格员"
    # clearing stalls and shops is 市场监管's, 公安's and 城管's: the bureau 配合 (readers' L)
    r"|依法清理"
    # 无证经营 and 交通秩序 around a school are cleared by the government's 综合施策, which
    # a bureau asks for (round r's L: a 市教育局局长 said 要综合施策、持续整治)
    r"|无证经营|交通秩序混乱"
    # speed bumps, warning signs and the traffic order at a school's gate are the traffic
    # police's and the road department's (round z's L: a 乡中心学校校长 said 着力改善学校门前
    # 交通秩序，设置必要的减速、警示和接送设施)
    r"|减速|警示(?:和接送)?设施|门前交通秩序"
    # unlicensed vans carrying pupils are the traffic police's (round ab's L: 省教育厅 said
    # 要加强对农村面包车的安全管理)
    r"|面包车"
)
_URGED = re.compile(r"督促|指导|推动|配合|协助|提请|争取")

# The school's own people and bodies. A speaker whose span of command ends at 各地 (a
# province) or at 成员单位 (a leading group's head) reaches them only through the county:
# 本校的问题由校长负总责, 班主任和心理健康教师要…, 各学科教研组要…, 家长学校讲了什么 are
# a county's or a school's words (readers' L, rounds e–g).
_SCHOOL_STAFF = re.compile(
    r"本校|本班|家长学校讲|问题(?:多|集中)的学校|做得好的学校"
    r"|(?:校长|园长|班主任|任课教师|心理(?:健康)?教师|生活教师|宿舍管理员|校医|教研组|学科组)"
    r"(?!负责制|队伍|培训|职级|办公会|考核)"
    # staffing them (配齐, 补充, 配备率要达到) is the province's to say; their duties are not
    r"(?:(?!配备|补充|考核|流动|学的|培训)[^。；，]){0,12}?"
    r"(?:(?<![重主需])要(?!求|配|达到|提高到|多渠道|在集团)|必须|务必|应当|负总责|负第一责任|负直接责任|第一责任人"
    r"|亲自|抓日常|各负其责|各司其职|联动|分工负责|第一道关口)"
)
# What a school's own leaders do is the county's to say through its schools, not the
# province's or the group head's to order: 本校 and the staff by name.
_THROUGH_LOCALITIES = re.compile(r"各地|各市|各州|各盟|督促|指导各|推动各")

# What a town does not decide: inspection (督导 is the county government's), how much
# money a school gets (核定公用经费, 生均拨款), the levels of allowances and the quotas of
# titles (readers' L, rounds e–g: a town speech set 补助水平 and 职称评聘名额).
_COUNTY_POWER = re.compile(
    r"纳入[^。；]{0,8}督导|督导评估|挂牌督导|日常督导|督导检查|督导报告|督政|责任督学"
    r"|核定[^。；]{0,4}经费|按100人核定|norm\([\"']small_school_100|生均拨款|公用经费标准"
    r"|补助水平|补助标准|补助[^。；]{0,12}倾斜|职称评聘|评聘[^。；]{0,4}名额|保安员配备"
    # licensing and closing a kindergarten is the county bureau's (round l's L: a 乡长's 坚决取缔)
    r"|取缔"
    # (round ab's L: 强化专项督导 as a 乡's heading, its section only 配合上级)
    r"|强化[^。；，]{0,4}督导"
    # a township is inspected, it runs no 督导 (rounds ad and ae's L: 用好督导利器, 加强教育
    # 督导，以督促干, 督导查出一项…销号一项, 督导结论要经得起检验 in a 乡's or a 镇's speech)
    r"|督导利器|督导查出|督导结论|(?:加强|用好|健全|发挥)[^。；，]{0,4}督导|以督促干|以督促效|督导[^。；]{0,12}销号"
)
_ASKED_OF_COUNTY = re.compile(r"上级|配合|迎接|接受|争取|提请|汇报|反映")
# Peer departments of the county a town does not 对接 or 会同: it has a 卫生院 and a
# 派出所, and asks the county (readers' L: 对接卫生健康、疾控部门 in a town's speech).
_COUNTY_DEPARTMENT = re.compile(
    r"(?:对接|会同|联合)[^。；]{0,3}(?:卫生健康|卫健|疾控|市场监管|公安|应急管理|住建|自然资源"
    r"|交通运输|文旅|体育|人社|财政|民政)"
)
# The leading group decides what it studies; the bureau 提请 and serves it (readers' L: a
# 局长 said 重大问题要一件一件拿到桌面上专题研究, 领导小组不是挂名的机构).
_GROUP_AGENDA = re.compile(
    r"领导小组不是挂名|要靠它|靠领导小组|领导小组要统筹|拿到桌面上|一事一议|议而有决"
    r"|重大(?:问题|事项)[^。；]{0,8}专题研究|专题研究的重点"
)
_SERVES_GROUP = re.compile(r"提请|争取|汇报|服务|配合|报请")
# 受县政府委托 speaks for the government only: a deputy sent by it does not speak for
# 县委 too (readers' L: 受省政府委托，我代表省委、省政府).
_ENTRUSTED_BEYOND = re.compile(
    r"受\{\{ w\.gov \}\}[^。；]{0,8}委托[^。；]{0,4}代表\{\{ w\.(?:party_gov|party|four_bodies) \}\}"
)

BUREAU_LIKE = frozenset({"bureau_chief", "school_head"})
PROVINCIAL = frozenset({"province", "autonomous_region"})


@dataclass(frozen=True)
class Bar:
    """Something a speaker may not say: ``pattern`` in a unit's text, said by one of
    ``roles`` at one of ``levels`` (empty: any), unless ``unless`` is in the text too, or
    the profile names a leading group and ``lifted_by_group`` is set. ``why`` is the
    Chinese reason, with ``{}`` for the words found."""

    pattern: re.Pattern[str]
    why: str
    roles: frozenset[str] = frozenset()
    levels: frozenset[str] = frozenset()
    unless: re.Pattern[str] | None = None
    lifted_by_group: bool = False

    def found(self, text: str, role: str, level: str, group_named: bool) -> str | None:
        if not self.holds_for(role, level, group_named):
            return None
        return self.found_in(text)

    def holds_for(self, role: str, level: str, group_named: bool) -> bool:
        """Whether the bar applies to this speaker at all (its roles, levels, group)."""
        if (self.roles and role not in self.roles) or (self.levels and level not in self.levels):
            return False
        return not (self.lifted_by_group and group_named)

    def found_in(self, text: str) -> str | None:
        """Why ``text`` may not be said under this bar, or None (the speaker held)."""
        match = self.pattern.search(text)
        if match is None or (self.unless is not None and self.unless.search(text)):
            return None
        return self.why.format(match.group().strip("。；，：").strip())


def _bar(pattern: str, why: str, **where: object) -> Bar:
    return Bar(re.compile(pattern), why, **where)  # type: ignore[arg-type]


_TOWN = frozenset({"town"})
_GOVERNMENT = frozenset({"government_head", "deputy"})


def _reach_bars(reach: tuple[Reach, ...], routines: tuple[str, ...]) -> tuple[Bar, ...]:
    """The bars of a speaker who reaches the schools only through the level below
    (norms/level_fit.yaml ``reach``): he neither tells 各学校 what to do nor charges a
    school's own people and bodies (校长、班主任、教研组) nor speaks of its own routines
    (``routines``: 开放日、家长会), unless through 各地 (督促、指导)."""
    bars: list[Bar] = []
    routine = re.compile("|".join(map(re.escape, routines))) if routines else None
    for entry in reach:
        where = {"roles": entry.roles, "levels": entry.levels}
        bars.append(
            Bar(
                _SCHOOLS_DIRECTLY,
                entry.why + "不直接对“{}”提要求（应向成员单位和下一级提）",
                **where,  # type: ignore[arg-type]
            )
        )
        bars.append(
            Bar(
                _SCHOOL_STAFF,
                entry.why + "不给学校内部的人和机构派活（“{}”：应向成员单位和下一级提）",
                unless=_THROUGH_LOCALITIES,
                **where,  # type: ignore[arg-type]
            )
        )
        if routine is not None:
            bars.append(
                Bar(
                    routine,
                    entry.why + "不讲“{}”这样的学校日常做法（应向成员单位和下一级提要求）",
                    unless=_THROUGH_LOCALITIES,
                    **where,  # type: ignore[arg-type]
                )
            )
    return tuple(bars)


def _lack_bars(lacks: tuple[Lack, ...]) -> tuple[Bar, ...]:
    """The bars of the bodies and powers a level does not have (norms/level_fit.yaml
    ``lacks``): literal words, said with one of ``unless`` they are asked of others."""
    return tuple(
        Bar(
            re.compile("|".join(map(re.escape, lack.words))),
            lack.why,
            roles=lack.roles,
            levels=lack.levels,
            unless=re.compile("|".join(map(re.escape, lack.unless))) if lack.unless else None,
        )
        for lack in lacks
    )


BARS: tuple[Bar, ...] = (
    # -- a bureau, or a school, orders only what is under it
    Bar(_ORDER, "讲话人不能向“{}”提要求（应写提请、争取、会同、配合）", roles=BUREAU_LIKE),
    Bar(
        _SUPERIOR_SUBJECT, "讲话人不能向“{}”提要求（应写提请、争取、会同、配合）", roles=BUREAU_LIKE
    ),
    # -- the organs a level has
    _bar(
        r"局机关|局班子|局党组|各股室|股室|\{\{ w\.offices \}\}",
        "这一级的教育部门不是“局”，没有“{}”",
        levels=frozenset({"town", *PROVINCIAL}),
    ),
    _bar(
        r"局机关|局班子|局党组|股室|机关|\{\{ w\.offices \}\}",
        "中心学校（学校）没有“{}”",
        roles=frozenset({"school_head"}),
    ),
    _bar(r"机关", "乡镇中心学校没有“{}”", levels=_TOWN),
    # -- whose voice a line is in (round ai's R, L; branch register20)
    # the schools are a 中心学校校长's own audience: he does not cite them as the judges of
    # his work (检验作风转变成效，基层学校最有发言权 said to the schools themselves)
    _bar(
        r"基层学校最有发言权|要听基层学校",
        "讲话人就在对基层学校讲话，不说“{}”（应写请各学校监督、有问题就改）",
        roles=frozenset({"school_head"}),
    ),
    # thanking member units for supporting education is the bureau's voice: a Party or
    # government leader heading the group affirms their work and asks (round ai's R: a 市委
    # 副书记 as deputy head said 对各成员单位给予教育工作的支持和帮助…表示衷心的感谢)
    _bar(
        r"成员单位[^。；]{0,6}(?:给予|对)教育(?:工作|事业)?的(?:大力)?支持",
        "“{}”是教育部门感谢别人的口吻，党委、政府负责同志讲话应肯定成员单位的工作、提出要求",
        roles=frozenset({"party_secretary", "government_head", "deputy", "group_head"}),
    ),
    # the education department leads the supervision of off-campus training and organizes its
    # own 专项督导: it does not 配合 them (round ai's F, R: 我们将配合市场监管…部门，把校外培训
    # 监管的合力形成起来; 对今年的…专项督导，我们将认真配合); a higher level's inspection it does
    _bar(
        r"配合[^。；]{0,20}(?:校外培训|违规培训)|(?:校外培训|违规培训)[^。；]{0,20}我们将[^。；]{0,4}配合"
        r"|专项督导[^。；]{0,6}我们将[^。；]{0,4}配合|我们将[^。；]{0,4}配合好?[^。；]{0,16}专项督导",
        "校外培训监管和本级专项督导由教育部门牵头、组织，不说“{}”（应写会同、组织实施）",
        roles=BUREAU_LIKE,
        unless=re.compile(r"上级|国家|省里|市里|省级|市级"),
    ),
    _bar(r"编制|人社|人力资源社会保障|网信|发改|发展改革|亿元", "乡镇一级没有“{}”", levels=_TOWN),
    _bar(r"教研员|教研室|教研部门", "乡镇没有“{}”（教研室在县教育局）", levels=_TOWN),
    _bar(r"少年宫|科技馆", "乡镇一般没有“{}”", levels=_TOWN),
    _bar(
        r"\{\{ w\.group \}\}|领导小组|议事协调|议定事项|成员单位|工作规则",
        "乡镇一般不设教育工作领导小组（会议信息文件写了才讲）：“{}”",
        levels=_TOWN,
        lifted_by_group=True,
    ),
    # a speech whose profile names no leading group has no 成员单位 to order and no 议定事项
    # to track (round l's F: 议定事项一律进入督办台账 in a county leader's speech); a county
    # has one, but the speech speaks of it only when the clerk does
    _bar(
        # (领导小组定了的事, 领导小组分给…的事项: round ba's A at a 迎检专题会 naming no group)
        r"议定事项|议定的事项|成员单位|工作规则|领导小组(?:定了|分给|的分工|分工)",
        "会议信息文件没写领导小组，讲话不讲“{}”（写了领导小组或在领导小组会议上才讲）",
        lifted_by_group=True,
    ),
    # a town has no budget of its own for schools: 两个只增不减 is the county's pledge, the
    # town's is to ask for it (round l's L: a 乡长 promised 一般公共预算教育支出只增不减)
    Bar(
        re.compile(r"只增不减|一般公共预算教育支出|two_no_decrease|三个增长|财政支出的优先位置"),
        "“{}”是县级以上财政的责任，乡镇讲话只写争取、配合",
        levels=_TOWN,
        unless=_ASKED_OF_COUNTY,
    ),
    # a town has one 中心学校 and its 村小: no 城区学校 to pair with, no 城乡一体化 to push
    # (round l's L: 推动城区学校与乡村学校结对 in a town's teachers' day speech)
    _bar(
        # (round ae's L: 要建立城乡学校教研共同体 in a 乡中心学校校长's report)
        r"城区学校|城区[^。；，]{0,4}学校[^。；]{0,6}结对|城乡义务教育一体化|城乡教育一体化|城乡学校",
        "乡镇没有“{}”可讲（一所中心学校带村小、教学点）",
        levels=_TOWN,
    ),
    # teacher pay is the county's (以县为主): a town does not put it first in its spending (round
    # af's L: 教师工资待遇…这三块在资金安排上要优先保障 said by a 乡长)
    _bar(
        r"教师工资[^。；]{0,24}(?:优先保障|资金安排|先用在)|(?:资金安排|有保有压)[^。；]{0,20}教师工资",
        "教师工资由县级财政保障（以县为主），乡镇讲话不安排“{}”",
        levels=_TOWN,
    ),
    # a town has one 中心学校 and its 村小, no 示范校 to single out, and no office that callers
    # queue at (round af's L: 不能总盯着几所示范校, 门难进、脸难看 in a 镇中心学校校长's speech)
    _bar(r"示范校|门难进|脸难看", "乡镇只有一所中心学校带村小，“{}”是县局的口吻", levels=_TOWN),
    # 住房、就医、子女入学 need the county's departments: a town asks, it has no 部门 to order
    _bar(
        r"(?:住房|就医|子女入学)[^。；]{0,16}(?:部门|有关方面)|部门[^。；]{0,20}(?:住房|就医|子女入学)",
        "乡镇没有管住房、就医、入学的部门：“{}”（应写向县里反映、争取支持）",
        levels=_TOWN,
    ),
    # -- what a town's school (or a town) does not decide: teachers and money are the county's
    _bar(
        r"招聘|(?:按需|拟|新|及时)补充|补充[^。；]{0,6}教师|[县区旗]管校聘|交流轮岗",
        "教师招聘、补充和交流轮岗由县级统筹，乡镇讲话不安排“{}”",
        levels=_TOWN,
    ),
    _bar(r"安排[^。；]{0,6}资助资金", "学生资助资金由县级安排，乡镇讲话不说“{}”", levels=_TOWN),
    Bar(
        _COUNTY_POWER,
        "“{}”是县级政府和教育部门的职权，乡镇讲话只写配合、争取",
        levels=_TOWN,
        unless=_ASKED_OF_COUNTY,
    ),
    # a town has no departments to lead or follow, no 各级 below it, a 卫生院 rather than a
    # 卫生健康部门, and writes no 督导报告 (round r's L, a town's concluding remarks and
    # opening speech)
    # (round t0's L: 各部门支持教育…纳入年度考核, 各级领导干部; 强化部门联动 as a town's heading
    # stays for now: barring it leaves the clerk's own 部门协同 as the heading)
    _bar(
        r"跨部门事项|牵头部门|配合部门|牵头单位|各级各部门|卫生健康部门|卫健部门|督导报告"
        r"|(?<!上级)各部门|哪个部门|条块分割|各级领导干部",
        "乡镇讲话不讲“{}”（乡镇没有这些部门和层级：应写卫生院、派出所，或向县里反映）",
        levels=_TOWN,
    ),
    # a 中心学校校长 runs the schools: pay is the county's and the departments are not his
    # to coordinate (round r's L: 待遇上保障教师, 部门协同的成效)
    _bar(
        r"待遇上保障|部门协同|各部门(?:配合|为教师)",
        "中心学校（学校）负责同志不讲“{}”（教师待遇由县里保障，部门不归学校协调）",
        roles=frozenset({"school_head"}),
    ),
    # a bureau asks the government for funding rules; it does not 健全 them itself (round
    # r's L: 健全公办园生均拨款和普惠性民办园补助制度 in a 旗教育局's report)
    Bar(
        re.compile(
            r"(?:健全|建立)[^。；]{0,6}生均拨款[^。；]{0,20}(?:制度|机制)"
            r"|生均拨款[^。；]{0,16}(?:要随|要健全|要动态调整)"
        ),
        "生均拨款制度由政府定，教育部门讲话只写提请、会同、争取（“{}”）",
        roles=BUREAU_LIKE,
        unless=re.compile(r"提请|会同|争取|推动"),
    ),
    # the towns below a county work with the county's departments, not as their peers
    _bar(
        r"\{\{ w\.below \}\}[^。；，]{0,4}(?:会同|联合)",
        "乡镇（苏木、街道）不“会同”县直部门（应写配合，或由县里组织）：“{}”",
        levels=frozenset({"county", "district", "county_city", "banner"}),
    ),
    Bar(
        _COUNTY_DEPARTMENT,
        "乡镇不“{}”县直部门（应写向县里反映、争取指导，或依靠卫生院、派出所）",
        levels=_TOWN,
    ),
    _bar(
        r"容错纠错|(?:用|考察|选拔|提拔|任用)[^。；，]{0,2}干部|干部(?:任用|选拔)",
        "中心学校（学校）不管干部的“{}”",
        roles=frozenset({"school_head"}),
    ),
    _bar(
        r"基层干部|网格员",
        "动员“{}”是乡镇政府的事，不是学校的事",
        roles=frozenset({"school_head"}),
    ),
    Bar(
        _LOCAL_DUTY,
        "“{}”是地方政府和公安、交通、市场监管等部门的职责：教育部门和学校应写督促、配合、提请",
        roles=BUREAU_LIKE,
        unless=_URGED,
    ),
    Bar(
        _GROUP_AGENDA,
        "研究什么由领导小组定，教育部门只提请、服务（“{}”：应写提请领导小组研究）",
        roles=BUREAU_LIKE,
        unless=_SERVES_GROUP,
    ),
    # registering, assessing, ranking and hiring teachers are the county's and the
    # province's (教育、人社部门): a town, or a school's head, sets no rule for them (round
    # s's L: a 镇中心学校校长 on 教师资格定期注册、职称评审、岗位聘用)
    Bar(
        re.compile(r"教师资格(?:定期)?注册|职称评审|岗位聘用|认定教师资格|不予认定"),
        "教师资格注册认定、职称评审和岗位聘用由县级以上教育、人社部门负责，乡镇和学校讲话不定“{}”的规矩",
        levels=_TOWN,
        unless=_ASKED_OF_COUNTY,
    ),
    Bar(
        re.compile(r"教师资格(?:定期)?注册|职称评审|岗位聘用|认定教师资格|不予认定"),
        "教师资格注册认定、职称评审和岗位聘用由县级以上教育、人社部门负责，学校讲话不定“{}”的规矩",
        roles=frozenset({"school_head"}),
        unless=_ASKED_OF_COUNTY,
    ),
    # -- a province speaks to 各地 and 各高校
    # a school's own routine (logging how each pupil travels, carrying a rule down to each
    # class) is set by the county; a province or region reaches it through 各地 (round s's
    # L: 学校要掌握每一名学生的上下学方式…逐一登记, 学校要…落实到班级 in provincial drafts)
    Bar(
        # (round u's L: 家长群, 班会, 宣传栏, 学校领导多进课堂, 核实用书数量, 留意学生情绪 in a
        # provincial or regional speech)
        re.compile(
            r"(?:^|[。；，：])学校要|逐一登记|逐人登记|每一名学生|落实到班级|班级具体落实"
            r"|家长群|班会|宣传栏|多进课堂|多听课|用书数量|情绪变化|主动谈心"
        ),
        "省级讲话不给单个学校定做法（“{}”：应写督促各地、指导各地）",
        levels=PROVINCIAL,
        unless=_THROUGH_LOCALITIES,
    ),
    Bar(
        _LOCAL_DUTY,
        "“{}”是地方政府和公安、交通部门的职责，省级讲话只督促各地落实",
        levels=PROVINCIAL,
        unless=_URGED,
    ),
    Bar(
        _SCHOOLS_DIRECTLY,
        "省级讲话不直接对“{}”提要求（应向各地教育行政部门、各高校提）",
        levels=PROVINCIAL,
    ),
    _bar(
        r"联系学校|下校|下学校|学校请示|到校调研|学校反映的困难|帮助学校解决",
        "省级讲话不讲“{}”（联系学校、为单个学校解决困难是县里的做法）",
        levels=PROVINCIAL,
    ),
    _bar(r"上线率|本科上线|争先进位", "省级讲话不给“{}”定目标", levels=PROVINCIAL),
    # tracing pupils across districts, matching 户籍 and 民政 records and vetting what enters
    # schools are the county's (round w's L: a town's 中心学校校长 on all three)
    _bar(
        r"跨区域协查|户籍、民政|民政数据|进校园事项|严格审批",
        "乡镇讲话不讲“{}”（跨区域协查、数据比对、进校园事项审批是县级部门的事）",
        levels=_TOWN,
    ),
    # a province resettles no pupil and checks no school's labs (round w's L)
    _bar(
        r"复学安置|功能教室配齐",
        "省级讲话不讲“{}”（这是县里和学校的事：应写督促各地）",
        levels=PROVINCIAL,
    ),
    # a county bureau works with the township (属地) and reports a hazard a school cannot fix
    # up the line; a province's department does neither (round v's L: 省教育厅厅长 saying
    # 我们将主动对接属地, 自治区教育厅 saying 重大隐患…我们将及时报告)
    _bar(
        r"(?:对接|配合|会同|协调)属地|学校一家改不了|我们将及时报告",
        "省级教育部门不讲“{}”（对接属地、向上报告是县里的做法：应写督促各地、指导各地）",
        levels=PROVINCIAL,
        roles=frozenset({"bureau_chief", "school_head"}),
    ),
    Bar(
        _SCHOOL_STAFF,
        "省级讲话不给学校内部的人和机构派活（“{}”：应向各地、各高校提要求）",
        levels=PROVINCIAL,
        unless=_THROUGH_LOCALITIES,
    ),
    _bar(
        r"组织各学校|我们将[^。；]{0,6}各学校",
        "省级讲话不直接组织各学校（“{}”：应写指导各地、督促各地）",
        levels=PROVINCIAL,
    ),
    _bar(
        r"(?:各学校|每所学校|学校)[^。；]{0,20}suggest\(",
        "省级讲话不为单个学校规定具体频次、时限（“{}”）",
        levels=PROVINCIAL,
    ),
    # a classroom's own arrangements (cleaning 教室、宿舍、食堂, marking a pick-up zone at the
    # gate, pacing a starting grade, pairing a new teacher one to one) are a school's, which
    # a province reaches only through 各地 (round l's L: an autonomous region's opening speech)
    Bar(
        re.compile(
            r"(?:教室|宿舍|食堂)[^。；]{0,8}(?:清洁|打扫|清扫|消毒)|(?:校门口|学校门口)[^。；]{0,6}(?:划定|设置|安排|落实)"
            r"|起始年级[^。；]{0,4}教师|一对一[^。；]{0,4}(?:青蓝|结对|帮扶)|青蓝结对"
        ),
        "省级讲话不给学校的课堂和校门定做法（“{}”：应写督促各地、指导各地）",
        levels=PROVINCIAL,
        unless=_THROUGH_LOCALITIES,
    ),
    # a rule for a single school's staff (班主任要…, 校长要亲自…) is the county's to give
    _bar(
        r"(?:班主任|任课教师|宿舍管理员|校长|园长)(?:要|必须|务必|应当)",
        "省级讲话不给班主任、校长等学校人员直接派活（“{}”：应向各市、各地提要求）",
        levels=PROVINCIAL,
    ),
    # a single school's teaching, hiring and books are the county's to rule on; a province
    # says them to 各地 (round r's L: 每一所学校都要把课上好, 教师招聘要重试讲, 逐校跟踪问效,
    # 落实到校, 纳入对学校的考核, 学校经费使用情况我们将经常检查)
    Bar(
        re.compile(
            r"每一所学校|每所学校都要|逐校|落实到校|对学校的考核|教师招聘要|学校经费(?:使用情况|要)"
        ),
        "省级讲话不给单个学校定规矩（“{}”：应向各市（州）、各地提要求，或不写）",
        levels=PROVINCIAL,
        unless=_THROUGH_LOCALITIES,
    ),
    # the region's whole education budget is spent by every level: the 厅 does not say it
    # as its own (round r's L: 对今年安排的1160亿元教育经费，我们将…)
    Bar(
        re.compile(r"budget_total[^。；]{0,16}我们将|我们将[^。；]{0,14}budget_total"),
        "全省（区）的教育经费不是教育厅一家安排的（“{}”：应写督促各地用好）",
        levels=PROVINCIAL,
        unless=re.compile(r"配合|争取|督促"),
    ),
    # -- a leading-group head speaks to 成员单位 and the levels below, a city's or a
    # province's leaders to the counties and their departments (norms/level_fit.yaml reach)
    *_reach_bars(load_level_fit().reach, load_level_fit().routines),
    # -- a government head or deputy does not direct the Party's bodies
    Bar(
        _PARTY_ORDER,
        "政府负责同志不给党委及其部门布置工作（“{}”：应写配合、会同，或不写）",
        roles=_GOVERNMENT,
    ),
    _bar(r"各级党委", "政府负责同志不对“{}”提要求", roles=_GOVERNMENT),
    # marking and going over homework is a teacher's craft, which a Party or government
    # leader does not prescribe (round v's R: a 区长 on 错题分析 and 作业批改)
    _bar(
        r"错题|全批全改|作业讲评|批改",
        "作业批改、讲评是学校和教师的事，政府负责同志不讲“{}”",
        roles=_GOVERNMENT,
    ),
    # honouring teachers is the Party committee's and government's charge: a school head at
    # the town's teachers' day does not set out 做好尊师重教工作, visit teachers or think
    # for them from their side (round y's L: a 镇中心学校校长 speaking as the town)
    _bar(
        r"做好尊师重教工作|围绕尊师重教|走访慰问|站在老师的角度",
        "“{}”是党委、政府的口吻，学校负责同志不这样讲（应写感谢、落实）",
        roles=frozenset({"school_head"}),
    ),
    # a town's schools are all rural: 乡村学校优先 says nothing there (round y's L)
    _bar(
        r"(?:特别是|尤其是|向)(?:乡村|农村)学校|(?:乡村|农村)学校[^。；，]{0,12}优先",
        "乡镇的学校都是农村学校，“{}”无从说起",
        levels=_TOWN,
    ),
    # a 中心学校 head makes no inspection trips with a retinue (round v's R: 轻车简从 in a
    # town school head's speech)
    _bar(
        r"轻车简从",
        "学校负责同志不讲“{}”（这是对上级领导下基层的要求）",
        roles=frozenset({"school_head"}),
    ),
    # the discipline commission answers to the Party committee; the ideology duty is the
    # committee's (round w's L: a 副县长 telling 纪检监察部门 what to watch, a 镇长 applying
    # 意识形态工作责任制)
    _bar(
        r"纪检监察(?:部门|机关)?(?:要|必须|务必|应当)",
        "纪检监察机关归党委领导，政府负责同志不给它派活（“{}”）",
        roles=_GOVERNMENT,
    ),
    _bar(
        r"意识形态工作责任制",
        "意识形态工作责任制是党委（党组）的责任，政府负责同志不讲“{}”",
        roles=_GOVERNMENT,
    ),
    # choosing and promoting cadres is the Party committee's (round v's L: a 副县长 setting
    # 选人用人要树立重实干、重实绩的导向)
    _bar(
        r"选人用人|用人导向|用干部|提拔重用",
        "选人用人由党委定，政府负责同志不讲“{}”",
        roles=_GOVERNMENT,
    ),
    # 考核结果要由组织、人社部门运用: the Party's 组织部门 is not a government head's to task
    # (round k's L, a 旗长)
    _bar(
        r"由(?:组织|宣传|编制|机构编制)[^。；]{0,8}部门",
        "政府负责同志不给党委部门派活（“{}”：应写提请、配合）",
        roles=_GOVERNMENT,
    ),
    # who is promoted is the Party committee's (组织部门) to decide: a deputy, a government
    # head or a school head does not set 用人导向 (round k's L, a 分管副县长)
    _bar(
        r"用人导向|得到重用|提拔重用",
        "干部任用由党委决定，讲话人不讲“{}”",
        roles=frozenset({"deputy", "government_head", "school_head"}),
    ),
    # a 中心学校 does not discipline: 依规依纪处理 and 问责 are the county's and the Party's
    # (round k's L: 失责必问…依规依纪严肃处理 in a town school head's report)
    Bar(
        re.compile(r"依规依纪|失责必问|严肃问责|追究[^。；]{0,4}责任"),
        "中心学校（学校）负责同志不能“{}”（问责由县里和党组织决定：应写提请、报告）",
        roles=frozenset({"school_head"}),
        unless=re.compile(r"提请|报告|配合|报请"),
    ),
    # a province's department does not 配合属地: it 督促各地 (round k's L: 积极配合属地和有关
    # 部门 in a 厅长's safety speech)
    _bar(r"配合属地", "省级讲话不“{}”（属地就是各地：应写督促各地、指导各地）", levels=PROVINCIAL),
    Bar(_ENTRUSTED_BEYOND, "受政府委托讲话，只能代表政府（“{}”：不写代表党委）"),
    # only the party secretary speaks for the four bodies: 人大 and 政协 are not a mayor's,
    # a deputy's or a group head's to speak for (round i: 我代表市委、市人大、市政府、市政协)
    _bar(
        r"代表\{\{ w\.four_bodies \}\}",
        "只有党委书记能代表四套班子讲话（“{}”：应写代表党委、政府或本单位）",
        roles=frozenset({"government_head", "deputy", "bureau_chief", "school_head", "group_head"}),
    ),
    # a sentence that opens with 本校 gives a school's inner duty: the county's to give. A
    # town's head does not run its schools, and a city's or a province's speech reaches them
    # through the counties (round i: 本校的任务，校长要负总责 in a 乡长's and a 州长's speech)
    _bar(
        r"(?:^|[。；！？])本校",
        "“{}”是给学校内部派活，这一级的党委、政府负责同志不这样讲（应写“各学校”或督促下一级）",
        roles=frozenset({"party_secretary", "government_head", "deputy", "group_head"}),
        levels=frozenset({"town", "city", "prefecture", *PROVINCIAL}),
    ),
    # the principals of the levels below and of the departments answer to the principal, not
    # to his deputy (round l's L: a 副秘书长 told 各县（市、区）主要负责同志要经常过问)
    _bar(
        r"主要负责同志(?:要|必须|务必)",
        "分管负责同志不对下一级和各部门的主要负责同志提要求（“{}”：应写分管负责同志，或不写）",
        roles=frozenset({"deputy"}),
    ),
    _bar(
        # (round ah's R: 班子成员之间要多补台、不拆台 from a region's 副主席)
        r"党委统一领导|政府班子成员|班子成员(?:之间)?要",
        "分管负责同志不讲“{}”（那是主要负责同志的事）",
        roles=frozenset({"deputy"}),
    ),
)


# Round z's L, found over every wording by the bodies and resources it names
# (tests/level_support.py over rendered drafts, scripts/level_check.py):
# what a town does not hold: the county's aid fund as its own money (今年的…学生资助资金，要
# 优先保障…; 用好…学生资助资金), project money and its performance review (绩效评价, 花钱问效,
# 资金闲置…及时调整, 学位增加了没有), the assessment's indicators (考核指标); the press a bureau
# does not command (统筹报刊、广播电视: it 对接); the school gate's surroundings a school head does
# not clear (校园周边的治理: the town government's and the police's); 本班, a head teacher's word
# in a Party or government leader's mouth; 各地, a province's and a city's word for the places
# below it, in a county's or a town's speech (its own are {{ w.below }}); 有关部门 in a town,
# which has 站所 (镇直各单位), not departments.
_TOWN_MONEY = re.compile(
    r"fact\([\"']aid_amount|资助资金[^。；]{0,6}分配"
    r"|绩效管理|绩效评价|绩效评估|绩效监控|花钱问效|项目资金|资金闲置|效益低下的项目"
    r"|学位增加|考核指标|拨付"
    # teachers' training money is budgeted by the county and the schools' funds (round ab's
    # L: 坚持把教师培训经费列足用好 in a 镇's teachers' day speech)
    r"|培训经费"
)
_TOWN_ASKS = re.compile(r"上级|争取|配合|汇报|反映|提请")
_TOWN_DEPARTMENTS = re.compile(r"(?<!上级)(?<!县直)(?<!旗直)(?<!直各)(?:各有关|有关|相关|各)部门")
_PRESS = re.compile(r"统筹(?:用好)?报刊|统筹[^。；]{0,8}广播电视")
_SURROUNDINGS = re.compile(
    r"校园周边[^。；，]{0,3}(?:治理|整治)|周边(?:环境)?(?:综合)?(?:治理|整治)"
    # round as's L: 校园周边环境要常抓常治 in a 镇中心校校长's opening speech
    r"|校园周边环境要"
)
_LEADERS = frozenset({"party_secretary", "government_head", "deputy", "group_head"})
_BELOW_A_CITY = frozenset({"county", "district", "county_city", "banner", "town"})

BARS += (
    Bar(
        _TOWN_MONEY,
        "“{}”是县级财政和教育部门的事（资助资金由县里安排，项目资金的绩效评价、调整和考核指标"
        "由县里定），乡镇讲话只写争取、配合",
        levels=_TOWN,
        unless=_TOWN_ASKS,
    ),
    Bar(
        _TOWN_DEPARTMENTS,
        "乡镇没有“{}”（应写镇直各单位、各站所，或向上级反映）",
        levels=_TOWN,
        unless=_TOWN_ASKS,
    ),
    Bar(
        _PRESS,
        "教育部门不“{}”（报刊、广播电视归宣传部门：应写主动对接、用好）",
        roles=BUREAU_LIKE,
        unless=re.compile(r"对接|配合|争取"),
    ),
    Bar(
        _SURROUNDINGS,
        "“{}”是乡镇政府和公安等部门的职责，学校负责同志只写配合、提请",
        roles=frozenset({"school_head"}),
        unless=re.compile(r"配合|提请|争取|商请|反映|协助|报告"),
    ),
    _bar(r"本班", "“本班”是班主任的话，党委、政府负责同志不这样讲", roles=_LEADERS),
    # round aa's L: a town merges no inspections and keeps no report platform (同类检查能
    # 合并的一律合并, 报表统一归口 in a 乡's concluding remarks), and has no education plan of
    # its own to list the unmet indicators of (规划中还没完成的指标要列出清单 in a 镇's speech)
    _bar(
        r"同类检查|多头检查|重复检查|报表[^。；]{0,4}归口|重复填报|填两遍"
        r"|规划(?:中|确定的)|规划[^。；]{0,4}指标|对照规划|规划目标",
        "乡镇讲话不讲“{}”（合并检查、报表归口和教育规划的指标是县级教育部门的事）",
        levels=_TOWN,
    ),
    # a government's head or deputy sets no priorities for the Party's 宣传部门 (round aa's
    # L: 教育先进典型宣传要进入宣传部门的工作重点 from a 副省长) and does not "use" the Party's
    # leading group (要用好旗委教育工作领导小组这个统筹协调平台 from a 副旗长)
    _bar(
        r"宣传(?:部门的)?工作重点|用好\{\{ w\.group \}\}",
        "政府负责同志不给党委及其部门定工作重点（“{}”：应写配合、提请）",
        roles=_GOVERNMENT,
    ),
    _bar(
        r"各地(?!区|方)",
        "“各地”是省、市讲话对下一级的称呼，县、乡讲话说自己的乡镇（街道）、村",
        levels=_BELOW_A_CITY,
    ),
)


# Round ab's voice (issue 11's L and R; voice15): who is addressed and who speaks.
# - A head of government or of the Party does not explain a department's legal duty like a
#   textbook (督政是政府教育督导部门的法定职责 from a 州长 and a 市委副书记): he directs it.
# - A school's head, speaking to his own 村小 and 教学点, does not speak as the bureau does to
#   its schools: 领导干部到学校去, 深入基层一线, 调研中发现的问题, 不打招呼、直奔现场的暗访,
#   督查的重点, 查处 (a 乡中心学校校长's opening speech).
# - A province, a region, a city and a prefecture speak to the level below and to their own
#   schools' bodies, not to a teacher in his 教研组 or a head teacher of his 本班 (a 省长 told
#   teachers 把好的做法在教研组里分享出来; 本班每一名学生…班主任都要包保到人 at a city).
_ABOVE_COUNTY = frozenset({"city", "prefecture", *PROVINCIAL})
_LEGAL_DUTY = re.compile(
    r"(?:是|属于)[^。；，]{0,12}(?:部门|机构|督导室|机关)的法定职责|(?:督政|督学)是[^。；]{0,16}(?:职责|法定)"
)
_BUREAU_ROUNDS = re.compile(
    r"领导干部到学校|领导干部下去|深入基层一线|下去调研|调研中发现|调研发现"
    r"|不打招呼|直奔现场|暗访|(?<!证)明查|督查的重点|督查要|发现一起、?查处一起|查处一起"
)
_AS_ASKED = re.compile(r"配合|迎接|接受|上级|报告|反映|汇报")
_CLASSROOM_WORDS = re.compile(
    r"教研组里|在教研组|教研组内|本班|班主任(?:都|也|就)?(?:要|必须|务必)[^。；]{0,6}包保"
)

BARS += (
    _bar(
        _LEGAL_DUTY.pattern,
        "党委、政府负责同志不像讲解法条那样讲部门的职责（“{}”：应直接部署，如要把督政摆在突出位置）",
        roles=_LEADERS,
    ),
    Bar(
        _BUREAU_ROUNDS,
        "“{}”是教育局（督导部门）下基层、查学校的做法，中心学校（学校）负责同志对村小、教学点不这样讲",
        roles=frozenset({"school_head"}),
        unless=_AS_ASKED,
    ),
    Bar(
        _CLASSROOM_WORDS,
        "“{}”是学校里对教师、班主任的说法，市级以上讲话不这样讲（应对下一级和学校提要求）",
        levels=_ABOVE_COUNTY,
        unless=_THROUGH_LOCALITIES,
    ),
    # a town carries out the county's and the province's policies; it makes none (round ac's
    # L: 完善乡村教师支持政策 as a 镇's heading at its teachers' day)
    Bar(
        re.compile(r"(?:完善|制定|出台)[^。；，]{0,8}政策"),
        "乡镇讲话不“{}”（政策由县级以上制定，乡镇写落实、争取）",
        levels=_TOWN,
        unless=_ASKED_OF_COUNTY,
    ),
    # 对本校均衡发展，各学校校长负第一责任: a school's inner duty, which a city's leader
    # reaches through the counties (rounds d and e's L at a city's leading group; the
    # sentence-initial 本校 above, anywhere in it; a county's and a town's readers kept it)
    _bar(
        r"本校",
        "“{}”是给学校内部派活，市级以上的党委、政府负责同志不这样讲（应督促下一级）",
        roles=_LEADERS,
        levels=_ABOVE_COUNTY,
    ),
)


# Round ad's and ae's L (scope16; detector tests/scope_support.py, scripts/scope_check.py).
# - A town, or a school's head, regulates no tutoring institution: licensing (审批登记),
#   fees, disguised tutoring, the list of compliant institutions, cutting their number,
#   answering informants and joint enforcement are the county's 教育、市场监管 departments'
#   (a 镇中心学校校长's winter safety speech spent a section on them). At a town the 双减
#   section is homework, after-school service and parents: a teacher's paid tutoring is the
#   school's own to forbid.
# - A town does not control what enters its schools (严格控制进校园的…, 审批从严, 能合并的一律
#   合并) nor punish another body for burdening them: the county does; the town 反映s.
# - A town's villages have no say over teachers' pay: a 镇党委 does not charge 各村（社区）with
#   惠师政策; nor is 教育强镇 a town's goal (教育强县、强市 are).
# - A 州's or a prefecture's bureau reaches its schools through 各县（市）教育局: its report
#   tells 各学校 nothing directly (校园网站…各学校要及时更新; 各学校…要及时如实反映).
# - A province goes no further down than 各地: a class's 兴趣小组, a school's 设备台账 and
#   每个班级 are the county's and the school's to arrange.
# - Funding standards for kindergartens (公办园生均拨款, 普惠性民办园补助标准) are set by the
#   province (学前教育法 2024): below it a speech 落实s them, it does not 建立 a 机制.
_TUTORING_RULE = re.compile(
    r"审批登记|无证无照|培训机构|隐形变异|合规机构|压减|举报人|培训场所|规范校外培训|校外培训治理"
    r"|校外培训专项检查|违规培训|联合执法|prepay_3_months|预收费"
)
_SCHOOLS_OWN_TUTORING = re.compile(r"在职教师|有偿补课|兼职取酬|上级|配合|反映|报告")
_CAMPUS_ENTRY = re.compile(
    r"(?:严格控制|从严把关|严格把关)[^。；]{0,6}进校园|进校园[^。；]{0,14}(?:严格控制|从严把关|严格把关|一律不进)"
    r"|审批从严|能合并的一律合并|增负[^。；]{0,12}(?:严肃处理|纠正)"
)
_VILLAGES_ON_PAY = re.compile(
    r"(?:\{\{ w\.below \}\}|各村|各嘎查)[^。；]{0,30}(?:惠师|教师待遇|教师的待遇)"
)
_FUNDING_STANDARD = re.compile(r"(?:建立|健全)[^。；]{0,8}生均拨款[^。；]{0,24}(?:标准|机制)")
_PREFECTURES = frozenset({"prefecture"})
BARS += (
    Bar(
        _TUTORING_RULE,
        "监管校外培训机构（“{}”）是县级以上教育、市场监管部门的事，乡镇讲话只讲作业、课后服务和家校沟通",
        levels=_TOWN,
        unless=_SCHOOLS_OWN_TUTORING,
    ),
    Bar(
        _TUTORING_RULE,
        "监管校外培训机构（“{}”）不归学校，中心学校（学校）负责同志只讲作业、课后服务和家校沟通",
        roles=frozenset({"school_head"}),
        unless=_SCHOOLS_OWN_TUTORING,
    ),
    Bar(
        _CAMPUS_ENTRY,
        "“{}”是县级统筹的事，乡镇讲话只写向上反映、配合",
        levels=_TOWN,
        # (需要学校配合的各类事项 is no asking: round ae's 审批从严，能合并的一律合并)
        unless=re.compile(r"上级|迎接|接受|争取|提请|汇报|反映|配合(?:上级|县|旗)"),
    ),
    # a town neither fills a subject's teacher gap nor ticks it off: the county recruits
    # (round ad's L: 各学校的学科教师缺口要对账销号 at a 镇's teachers' day)
    Bar(
        re.compile(r"教师缺口[^。；]{0,6}(?:对账销号|补齐|补足|补上)|缺口要对账"),
        "学科教师缺口由县级补充，乡镇讲话不讲“{}”（应写摸清缺口、向县里反映）",
        levels=_TOWN,
        unless=_ASKED_OF_COUNTY,
    ),
    _bar(
        _VILLAGES_ON_PAY.pattern,
        "村（嘎查）管不到教师待遇，乡镇讲话不要求各村落实“{}”",
        levels=_TOWN,
    ),
    _bar(
        r"\{\{ w\.strong \}\}|教育强(?:镇|乡|苏木)",
        "“教育强镇”不是乡镇一级的提法（“{}”：教育强县、强市是县级以上的目标）",
        levels=_TOWN,
    ),
    Bar(
        _SCHOOLS_DIRECTLY,
        "州（地区）教育局的讲话不直接对“{}”提要求（应经各县（市）教育局）",
        roles=frozenset({"bureau_chief"}),
        levels=_PREFECTURES,
        # (the bureau's own offices serving schools are its own to charge: 机关各科室…学校来办事)
        unless=re.compile(r"各县|督促|指导|州直|市直|直属|\{\{ w\.offices \}\}|机关"),
    ),
    _bar(
        r"兴趣小组|设备台账|每个班级|每一个班级",
        "省级讲话不讲到“{}”这一层（这是县里和学校的安排：应写督促各地）",
        levels=PROVINCIAL,
    ),
    Bar(
        _FUNDING_STANDARD,
        "幼儿园生均拨款和补助标准由省级制定，这一级讲话只写落实、提请（“{}”）",
        levels=frozenset(
            {"county", "district", "county_city", "banner", "town", "city", "prefecture"}
        ),
        unless=re.compile(r"落实|执行|提请|争取|推动"),
    ),
)


# Round ag's L (role18; detector scripts/role_lines.py).
# - A school's head reports misuse of money and misconduct to the 纪检 and the county bureau:
#   he does not punish it himself (查实一起、严肃处理一起 in a 镇中心学校校长's report).
# - A town's central school runs no 专项督导 of its own (the county's 督导 function) and a town
#   has a 卫生院 and a 派出所, not a 消防救援站, nor 文化、科技、体育场馆 to bring into schools.
# - A province acts on 各地 and 各高校, not on single schools that work badly (我们将对工作不力
#   的学校及时督促 from a 省教育厅厅长).
BARS += (
    Bar(
        re.compile(r"查实一起|(?:严肃)?处理一起|查处一起|通报一起"),
        "中心学校（学校）负责同志不查处“{}”（应写及时向纪检监察机关和主管部门报告）",
        roles=frozenset({"school_head"}),
        unless=re.compile(r"移交|报告|上报|配合|反映"),
    ),
    Bar(
        re.compile(r"专项督导"),
        "专项督导是县级教育督导部门的职能，乡镇和学校讲话不讲自己的“{}”（应写配合、迎接上级督导）",
        levels=_TOWN,
        unless=_ASKED_OF_COUNTY,
    ),
    Bar(
        re.compile(r"专项督导"),
        "专项督导是县级教育督导部门的职能，学校讲话不讲自己的“{}”（应写配合、迎接上级督导）",
        roles=frozenset({"school_head"}),
        unless=_ASKED_OF_COUNTY,
    ),
    _bar(r"消防救援站|场馆", "乡镇一般没有“{}”（乡里有卫生院、派出所）", levels=_TOWN),
    _bar(
        r"工作不力的学校|哪所学校|(?<![各高])学校[^。；，]{0,4}(?:工作不力|整改不到位)",
        "省级讲话不对单个学校督促问责（“{}”：应写督促各地、各高校）",
        levels=PROVINCIAL,
    ),
)


# Round ah's L and the level half of its R (voice19; detector scripts/role_lines.py):
# - the grain of a level: a province's or a region's speech does not come down to a window's
#   manners (笑脸相迎, 门难进、脸难看), a pupil's clothes (提醒学生增减衣物) or a subject
#   group's routine (集体备课、同课异构, 听课评课, 磨课), and no Party or government leader
#   prescribes that routine at any level (a 区委书记 on 同课异构); above a county no speech tells
#   a school's leaders to 谈心 with their teachers (a 州's group meeting);
# - a town is one central school and its 村小: its speakers do not make the county's rounds
#   (不打招呼、直奔现场的暗访, 多往条件艰苦的学校走、不能只走熟路);
# - a school's head does not control what the county controls over teachers and schools:
#   borrowing teachers (抽调借用), the reports schools fill in (层层填报), what may enter
#   schools (进入学校的各类事项…严格审核), going to the schools to ask (要到学校去问教师);
# - who is addressed: 全体教职员工 are one school's staff (a 市长 greets 全市广大教职员工); a
#   city's or a prefecture's bureau reaches most schools through the counties (局机关和各学校
#   要守土有责 forgets them); a bureau sets no deadline for cross-department matters (办结时限,
#   说明原因 from peers); paying out the budget is the finance department's (州直各有关部门…
#   按预算及时拨付).
_CLASSROOM_CRAFT = re.compile(r"同课异构|听课评课|磨课|推门听课")
_WINDOW_MANNERS = re.compile(r"笑脸相迎|门难进|脸难看|事难办|冷脸相对|增减衣物")
# (深入一线、直奔现场 alone is any check's manner, a town's own safety check too)
_TOWN_ROUNDS = re.compile(r"不打招呼|暗访|(?<!证)明查|只走熟路|条件艰苦的学校走")
_COUNTY_OVER_SCHOOLS = re.compile(
    r"抽调借用|抽调到|层层填报|重复填报|多头报|进入学校的各类事项|进校园事项|到学校去问"
    r"|面向学校的(?:文件|督查|检查)|督查检查评比"
)
BARS += (
    _bar(
        _WINDOW_MANNERS.pattern,
        "省级讲话不讲到“{}”这一层（窗口接待、学生衣着是县里和学校的事）",
        levels=PROVINCIAL,
    ),
    _bar(
        _CLASSROOM_CRAFT.pattern,
        "“{}”是学校教研组的日常做法，党委、政府负责同志不讲",
        roles=_LEADERS,
    ),
    _bar(
        _CLASSROOM_CRAFT.pattern + "|集体备课",
        "“{}”是学校教研组的日常做法，省级讲话不讲（应写督促各地加强教研）",
        levels=PROVINCIAL,
    ),
    Bar(
        re.compile(r"学校领导要|(?:和|与)[^。；，]{0,6}教师谈心"),
        "市级以上讲话不给学校领导派“{}”的活（应对下一级提要求）",
        levels=_ABOVE_COUNTY,
        unless=_THROUGH_LOCALITIES,
    ),
    Bar(
        _TOWN_ROUNDS,
        "乡镇只有一所中心学校带村小，“{}”是县以上下基层、查学校的做法",
        levels=_TOWN,
        unless=_AS_ASKED,
    ),
    Bar(
        _COUNTY_OVER_SCHOOLS,
        "“{}”由县级教育部门统筹，中心学校（学校）负责同志不讲（应写向上级反映）",
        roles=frozenset({"school_head"}),
        unless=re.compile(r"上级|反映|汇报"),
    ),
    _bar(
        r"全体教职员工|全体教职工",
        "“{}”是一所学校的说法，这一级讲话向广大教师和教育工作者致意",
        roles=frozenset(ROLES) - {"school_head"},
    ),
    Bar(
        re.compile(r"局机关和各学校|局机关各\{\{ w\.offices \}\}和各学校"),
        "市（州）教育局的学校大多归各县（市、区）管，不能只讲“{}”",
        roles=frozenset({"bureau_chief"}),
        levels=frozenset({"city", "prefecture"}),
        unless=re.compile(r"各县|\{\{ w\.below \}\}"),
    ),
    Bar(
        re.compile(r"跨部门[^。；]{0,12}(?:办结时限|说明原因)"),
        "教育部门不给同级部门定时限、派活（“{}”：应写提请、会同）",
        roles=BUREAU_LIKE,
        unless=re.compile(r"提请|会同"),
    ),
    Bar(
        re.compile(r"(?:\{\{ w\.(?:direct|below) \}\}|各有关部门|有关部门)[^。；]{0,20}拨付"),
        "按预算拨付是财政部门的职责（“{}”：应由财政部门来讲，或写争取、配合）",
        unless=re.compile(r"财政|争取|配合|推动|督促|确保|保证"),
    ),
)


_ROUTINE = re.compile("|".join(map(re.escape, load_level_fit().routines)) or r"(?!)")


def charges_schools(text: str) -> bool:
    """Whether a wording tells the schools, their own people or their routines what to do
    directly (各学校要…, 校长要…, 开放日), not through the level below (督促、指导各地): what a
    leading group's meeting is not told, whoever speaks at it (rounds ak and ao's L: a 副市长
    and a 市委副书记 told their groups 各学校要明确…校长负总责; situation's group_meeting)."""
    if _THROUGH_LOCALITIES.search(text):
        return False
    return any(p.search(text) for p in (_SCHOOLS_DIRECTLY, _SCHOOL_STAFF, _ROUTINE, _EVERY_TEACHER))


# someone told what to do by name (各幼儿园要…, 人口较多的村要…, 公办园要…, 各学校校长要…): what a
# report to the people's congress does not say before its delegates, who oversee the work and
# are no one's audience for orders (round ba's L E F: two town reports to their 人大)
_ORDERS_SOMEONE = re.compile(
    r"(?:^|[，。；：])(?:请)?(?:\{\{[^}]*\}\}|[^，。；：]){0,8}?"
    r"(?:各[^，。；：要]{1,10}|校长|教师|老师|班主任|园长|公办园|幼儿园|村|社区|学校|部门|单位|家长|乡镇"
    r"|(?:镇|乡)?中心(?:学校|校)|局)(?:都|也|还|一定|必须)?要(?!求)"
)


def orders_someone(text: str) -> bool:
    """Whether a wording tells a named party what to do (congress_report's units do not)."""
    return _ORDERS_SOMEONE.search(text) is not None


# what every teacher himself must do (教师队伍的好形象，要靠每一位教师…维护): said to teachers,
# not to a leading group's member units and towns (round ap's F: 听众是成员单位和乡镇书记)
_EVERY_TEACHER = re.compile(r"(?:要靠|取决于)每一位教师|每一(?:位|名)教师都要|每位教师都要")


# who may give which body its task, and how the speaker's own people are set to work (voice30;
# round ap's L and A)
BARS += (
    # the audit office audits by law and answers to the government's head: a deputy or an
    # education organ does not tell it how to audit (round ap's L: 副区长 said 审计部门要重点审、
    # 深入审); it is 配合审计、接受审计监督 in their mouth
    _bar(
        r"审计(?:部门|机关|局)要",
        "审计机关依法独立审计，分管负责同志和教育部门不给它布置任务（“{}”：应写配合审计、接受审计监督）",
        roles=frozenset({"deputy", *BUREAU_LIKE}),
    ),
    # a bureau's chief sets his own staff to work: 安排、组织, not 推动 as if they were another
    # body (round ap's R L: 我们将推动机关干部下校服务)
    _bar(
        r"推动(?:局)?机关(?:干部|各)",
        "讲话人安排本单位的干部，不说“{}”（应写安排、组织）",
        roles=BUREAU_LIKE,
    ),
    # how the departments' support of schools is judged is the government's to say, not the
    # education organ's (round ap's L A: 各部门为学校办成了哪些实事，要请学校和教师来评价 in an
    # 教育厅's report; 支持教育的成效，要由学校和师生来评判 in a 教育局长's)
    _bar(
        r"各部门[^。；]{0,24}(?:评价|评判|检验)|(?:支持教育|协同)的成效[^。；]{0,16}(?:评价|评判|检验)",
        "教育部门不给其他部门定评价标准（“{}”：应由党委、政府负责同志来讲）",
        roles=BUREAU_LIKE,
    ),
)

# round as's L: a town's 中心学校校长 spoke as the bureau over him. He is the school the
# county's bureau helps (坚持深入一线，帮助学校解决实际困难 was his heading), he addresses his
# 村小 and 教学点, not 各单位 (上面这些问题，各单位要对号认领; 让各单位心服口服), and the town's
# own government sets the 双线 of 控辍保学 and presses duties down its levels. A town's
# education is no 系统 of its own (2034年，全系统工作的总体考虑是); a wording that says
# 全系统 only where the level is not a town ('全系统…' inside its template code) stays.
BARS += (
    _bar(
        r"帮助学校(?:解决|解难题)|把学校的困难解决",
        "中心学校（学校）负责同志自己就在学校，不说“{}”（是教育局帮学校的口吻）",
        roles=frozenset({"school_head"}),
    ),
    _bar(
        r"各单位",
        "中心学校（学校）负责同志面对的是各学校、教学点，不说“{}”",
        roles=frozenset({"school_head"}),
    ),
    _bar(
        r"层层压实|双线控辍|控辍保学双线|双线责任",
        "“{}”要由乡镇政府来讲，中心学校（学校）负责同志管不到各个层级",
        roles=frozenset({"school_head"}),
    ),
    _bar(r"(?<!')全系统", "乡镇的教育不称“{}”（应写全乡、全镇的教育工作）", levels=_TOWN),
    # a town has no 高中 whose 状元 could be advertised (不宣传考试状元 at a 乡's meeting)
    _bar(r"状元", "乡镇没有高中，不讲“{}”", levels=_TOWN),
)

# the bodies and powers a level lacks (norms/level_fit.yaml lacks; town27)
BARS += _lack_bars(load_level_fit().lacks)


def unfit(text: str, role: str, level: str, group_named: bool = False) -> str | None:
    """Why a bank entry cannot be said by ``role`` at ``level``, or None when it can.
    ``group_named``: the profile names an education leading group (a town has one then)."""
    if role in _OWN_BODY and (own := _OWN_BODY[role].search(text)):
        return f"讲话人不以第三人称说本单位（“{own.group()}”）：应写“我们”或直接部署"
    for bar in _bars_for(role, level, group_named):
        if (why := bar.found_in(text)) is not None:
            return why
    return None


@lru_cache(maxsize=256)
def _bars_for(role: str, level: str, group_named: bool) -> tuple[Bar, ...]:
    """The bars that hold for one speaker, in BARS's order: unfit is asked of every new
    wording a draft meets, and tested each of some 120 bars' roles and levels each time
    (speed35: 78,000 calls over 21 warm drafts); the first bar found answers, as before."""
    return tuple(bar for bar in BARS if bar.holds_for(role, level, group_named))


@dataclass(frozen=True)
class Untimely:
    """Something the calendar has already settled by the meeting's month: ``pattern`` said
    at a meeting in one of ``months`` speaks of it as still to come. ``why`` is Chinese."""

    pattern: re.Pattern[str] | None  # in the spoken text (None: only ``fact`` is looked for)
    months: frozenset[int]
    why: str
    fact: re.Pattern[str] | None = None  # in the wording with its code: a bank fact, a year


# from November a meeting plans the next year (context.Years), whose recruits are still to come
_AUTUMN = frozenset({9, 10})
_ALL_MONTHS = frozenset(range(1, 13))
# a meeting in these months is held in the year it plans, with half of it gone
_MID_YEAR = frozenset(range(5, 11))

CALENDAR: tuple[Untimely, ...] = (
    # the year's new teachers are recruited in spring and summer and placed before term: a
    # September speech welcomes them (round l's F: 今年计划新补充教师【待补】 on 9 September)
    Untimely(
        re.compile(r"(?:今年|全年|年内)(?:计划|要|拟|将)?(?:新)?补充(?:的)?[^。；，]{0,4}教师"),
        _AUTUMN,
        "秋季开学后，今年新补充的教师已经到岗：不再讲“{}”的计划（应写欢迎新教师、帮助他们站稳讲台）",
        fact=re.compile(r"fact\([\"']new_teachers[\"']\)"),
    ),
    # from May to October the year under review is last year, half a year gone: a meeting
    # then reviews 今年以来 or 上半年 (round q's Y: 认真总结2021年的工作 in July 2022)
    Untimely(
        None,
        frozenset(range(5, 11)),
        "年中的会议不再总结上一年的工作（应讲今年以来、上半年的工作）",
        # y.review_said: the same year, said 今年 at a December meeting (context.Years)
        fact=re.compile(
            r"(?:回顾|总结|看待|肯定|珍惜|评价)[^，。；{]{0,4}\{\{ y\.review(?: \}\}年|_said \}\})"
        ),
    ),
    # in November the year is not over: 回顾2026年 reads as a year-end summary given early
    # (round q's Y in a 12 November safety speech); 今年以来 says it
    Untimely(
        None,
        frozenset({11}),
        "11月的会议年度尚未结束，不讲“回顾某年”（应讲今年以来）",
        fact=re.compile(r"回顾\{\{ y\.review(?: \}\}年|_said \}\})"),
    ),
    # the same said of the work ahead ({{ y.work_ahead }}: 今年 at a mid-year meeting, 下一步 or 明年
    # at a late one — stop 81, round dj's 15): read with its code, as the year it says
    Untimely(
        None,
        _MID_YEAR,
        "年中的会议不讲“{}”（今年的工作已经过半）",
        fact=re.compile(
            r"\{\{ y\.work_ahead \}\}的(?:目标)?任务已经明确"
            r"|围绕\{\{ y\.work_ahead \}\}的(?:工作思路|总体要求)"
        ),
    ),
    *(
        Untimely(re.compile(words), _ALL_MONTHS - fits, why)
        for words, fits, why in (
            # the first half is reviewed once it is over and while it is the news: July to
            # September (round aa's F: 实事求是地评价上半年的工作 at a 17 October plenary)
            (r"上半年", frozenset({7, 8, 9}), "“{}”只在7—9月的会议上回顾（应讲今年以来）"),
            (r"下半年", frozenset({6, 7, 8, 9}), "“{}”只在6—9月的会议上部署"),
            # a mid-year meeting is not the year's start: its work is judged 今年以来, not
            # 一年来, and the year's guideline is not laid down again (round aa's F: 今年的
            # 总体要求是 and 为做好今年的工作打下了基础 at an October first plenary). Teachers'
            # day and the autumn opening (September) look back over a school year: 一年来.
            (
                r"一年来|过去(?:的)?一年|回顾上一年|从上一年的情况看",
                _ALL_MONTHS - {5, 6, 7, 8, 10},
                "年中的会议不讲“{}”（应讲今年以来）",
            ),
            (
                r"(?:今年|^年)[^。：]{0,12}"
                r"(?:总体要求|总体思路|工作思路|基本思路|总体考虑|总的考虑|总的要求)[^。：]{0,8}："
                r"|围绕今年的(?:工作思路|总体要求)",
                _ALL_MONTHS - _MID_YEAR,
                "年中的会议不再讲“{}”（今年的总体要求年初已经明确：应讲下一步工作的总体要求）",
            ),
            (
                r"为(?:做好)?今年的工作打下|今年的(?:目标)?任务已经明确",
                _ALL_MONTHS - _MID_YEAR,
                "年中的会议不讲“{}”（今年的工作已经过半）",
            ),
            # the season's own weather (round aa's F: 高温天气要防暑降温 at a November safety
            # meeting, 初秋气温仍然较高 …): said only in the months it comes in or is near
            # (not at an April or May meeting: round bb's S, 防暑降温 in two flood sections)
            (r"高温|防暑|中暑|炎热", frozenset(range(6, 10)), "“{}”只在6—9月的会议上讲"),
            (
                # (暴雪 too: round bf's 18 F, 暴雨、台风、暴雪、高温 at a June coastal meeting)
                r"寒潮|防寒|防冻|雨雪冰冻|冰雪天气|暴雪",
                frozenset({9, 10, 11, 12, 1, 2, 3}),
                "“{}”只在秋冬季（9月至次年3月）的会议上讲",
            ),
            (r"初秋", frozenset({8, 9}), "“{}”只在8—9月的会议上讲"),
            # the flood season's hazards: slopes and rivers by the school, flash floods, the
            # season's coming (round ag's F: 校舍和周边山体、河道的隐患 at an October winter
            # safety meeting); said from March, ahead of it, to September
            (
                r"山体|河道|山洪|入汛|主汛期|汛期(?:到来|来临|将至)",
                frozenset(range(3, 10)),
                "“{}”是汛期的隐患，只在3—9月的会议上讲",
            ),
            # winter is spoken of ahead of it and in it, not at its end (round ae's F: 让师生
            # 温暖过冬 at a late-February opening, whose heating season is 冬春季)
            (
                r"温暖过冬|安全过冬|度过冬天|入冬以后",
                frozenset({10, 11, 12, 1}),
                "“{}”只在10月至次年1月的会议上讲（2月以后讲冬春季）",
            ),
            # a year's work points are written at its start (round ae's F: 要把支持教育写入年度
            # 工作要点 at a June meeting, when the points were issued months ago)
            (
                r"(?:写入|纳入|列入|写进)(?:本部门)?(?:的)?年度工作要点",
                frozenset({11, 12, 1, 2, 3}),
                "“{}”只在11月至次年3月的会议上讲（年度工作要点年初已经印发）",
            ),
            # pupils come back at a term's start (a July meeting prepares the autumn's), and
            # play outdoors more from spring to early autumn (round ad's F: 师生返校要做到底数清
            # and 随着季节变化和学生活动增多 at November safety meetings)
            (
                r"(?<!延迟)(?<!按时)返校",
                frozenset({1, 2, 3, 7, 8, 9}),
                "“{}”只在开学前后（1—3月、7—9月）的会议上讲",
            ),
            # the return still ahead: by March and September term has begun (round ag's F:
            # 开学返校是防控的关键环节 at a 5 March meeting)
            (
                r"开学返校是|返校前|返校之前|师生返校要",
                frozenset({1, 2, 7, 8}),
                "“{}”讲的是尚未返校：3月、9月已经开学，只在1—2月、7—8月的会议上讲",
            ),
            # building works go on over the summer break; a winter opening's break is the
            # north's hard frost, when sites stand still (round ah's F: 假期的新建、改扩建和维修
            # 工程要加快进度 at a January opening in a pastoral region)
            (
                r"假期的?新建|假期[^。，；]{0,6}(?:施工|在建)",
                frozenset({6, 7, 8, 9}),
                "“{}”是暑期的工程，只在6—9月的会议上讲（寒假北方停工）",
            ),
            (r"活动增多", frozenset(range(3, 10)), "“{}”只在3—9月的会议上讲（秋冬季户外活动减少）"),
            (r"气温回升", frozenset({3, 4, 5}), "“{}”只在3—5月的会议上讲"),
            (r"天气转暖", frozenset({2, 3, 4, 5}), "“{}”只在2—5月的会议上讲"),
        )
    ),
)


_CODE = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.DOTALL)


def untimely(text: str, day_month: int) -> str | None:
    """Why ``text`` does not fit a meeting in month ``day_month``, or None when it does. Read
    without its template code: 今年拟补充的{{ fact(…) }}教师 plans the year's recruits whatever
    the number (or the 【待补】) in it."""
    spoken = _CODE.sub("", text)
    for rule in CALENDAR:
        if day_month not in rule.months:
            continue
        found = (rule.pattern and rule.pattern.search(spoken)) or (
            rule.fact and rule.fact.search(text)
        )
        if found is not None:
            return rule.why.format(found.group())
    return None
