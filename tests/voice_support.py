"""A detector for round ab's voice families (issue 11's L, R and the A left in the bank):
who speaks, and to whom, at which level.

It reads a sentence with the speaker's role, the place's level and what the profile says,
with its own word lists (not voice.py's), and names the family it belongs to:

- a Party or government leader explaining a department's legal duty (督政是政府教育督导部门的
  法定职责);
- a school's head speaking as the bureau does to its schools (领导干部到学校去, 暗访, 督查,
  调研中发现的问题, 查处一起);
- a city's, a prefecture's or a province's speech speaking to a teacher in his 教研组 or to a
  head teacher of his 本班;
- a leader's 本校 in a city's, a prefecture's or a province's speech;
- the bureau named in the third person by its own head (市教育体育局都要建账跟踪);
- 县域高中 (县中, 生源外流) in a district or a town whose profile never raises it, or a
  city's that names no county;
- 迎来…督导: a meeting receiving what it organises;
- the invented arrangements still in the bank (通报排名靠后…约谈, 会同…联合检查,
  资助资金…优先保障/倾斜, 记录要抽查核实);
- a county's superiors guessed as 省委和市委 when its profile names none.

``scripts/voice_check.py`` runs it over every wording of the bank (each role and level its
tags allow) and over every profile of the repository; ``tests/test_voice_round_ab.py`` over
its own profiles.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

LEADERS = frozenset({"party_secretary", "government_head", "deputy", "group_head"})
ABOVE_COUNTY = frozenset({"city", "prefecture", "province", "autonomous_region"})
COUNTY_SCHOOL_LEVELS = frozenset(
    {"county", "county_city", "banner", "prefecture", "province", "autonomous_region"}
)
# the speaker's own bureau, by level: 县教育局, 市教育体育局, 自治区教育厅 …
_OWN_UNIT = {
    "county": "县",
    "district": "区",
    "county_city": "市",
    "city": "市",
    "banner": "旗",
    "prefecture": "州",
    "province": "省",
    "autonomous_region": "自治区",
}
_BUREAU = r"(?:教育局|教体局|教育体育局|教育和体育局|教育科技局|教育厅)"
_SENTENCE = re.compile(r"[^。！？；\n]*[。！？；]?")


@dataclass(frozen=True)
class Voice:
    """Who speaks where: role (voice.ROLES), level, the profile's own texts joined, and
    whether the profile names the superiors; whether the speaker heads his organ's
    leadership."""

    role: str
    level: str
    texts: str = ""
    superiors_given: bool = False
    heads_leadership: bool = True  # not a 副局长, 副厅长, 副校长


@dataclass(frozen=True)
class Rule:
    family: str
    pattern: re.Pattern[str]
    applies: object  # Callable[[Voice], bool]
    unless: re.Pattern[str] | None = None  # in the same sentence
    licensed_by: re.Pattern[str] | None = None  # in the profile's texts


def _county_schools_raised(v: Voice) -> bool:
    if v.level in COUNTY_SCHOOL_LEVELS or re.search(r"县域|县中|生源[^，。；]{0,4}外流", v.texts):
        return True
    return v.level == "city" and "县" in v.texts


RULES: tuple[Rule, ...] = (
    Rule(
        "a leader explains a department's legal duty",
        re.compile(
            r"(?:是|属于)[^。；，]{0,12}(?:部门|机构|督导室|机关)的法定职责|(?:督政|督学)是[^。；]{0,16}(?:职责|法定)"
        ),
        lambda v: v.role in LEADERS,
    ),
    Rule(
        "a school head speaks as the bureau",
        re.compile(
            r"领导干部到学校|领导干部下去|深入基层一线|下去调研|调研中发现|调研发现"
            r"|不打招呼|直奔现场|暗访|(?<!证)明查|督查的重点|督查要|查处一起"
        ),
        lambda v: v.role == "school_head",
        unless=re.compile(r"配合|迎接|接受|上级|报告|反映|汇报"),
    ),
    Rule(
        "a classroom's words above a county",
        re.compile(
            r"教研组里|在教研组|教研组内|本班|班主任(?:都|也|就)?(?:要|必须|务必)[^。；]{0,6}包保"
        ),
        lambda v: v.level in ABOVE_COUNTY,
        unless=re.compile(r"各地|各市|各州|各盟|督促|指导各|推动各"),
    ),
    Rule(
        "a leader's 本校 above a county",
        re.compile(r"本校"),
        lambda v: v.role in LEADERS and v.level in ABOVE_COUNTY,
    ),
    Rule(
        "the bureau in the third person in its own voice",
        re.compile(
            r"(?P<unit>自治区|[县区市州旗省])"
            + _BUREAU
            + r"(?:都|也|还|就|一定)?(?:要|将|必须|负责|牵头)"
        ),
        lambda v: v.role in ("bureau_chief",),
    ),
    Rule(
        "县域高中 where the profile never raises it",
        re.compile(r"县域|县中|生源[^，。；]{0,4}外流"),
        lambda v: not _county_schools_raised(v),
    ),
    Rule(
        "a meeting receives what it organises (迎来…督导)",
        re.compile(r"迎来[^。；，]{0,12}督导"),
        lambda v: True,
        unless=re.compile(r"上级"),
    ),
    Rule(
        "an invented arrangement",
        re.compile(
            r"排名[^。；]{0,8}靠后[^。；]{0,16}约谈|约谈[^。；]{0,12}排名靠后"
            r"|会同[^。；]{0,24}联合(?:检查|执法|整治|督查)"
            r"|资助资金[^。；]{0,20}(?:优先保障|倾斜|优先用于|优先安排)"
            r"|(?:记录|台账|材料)[^。；，]{0,2}要?抽查核实"
            # round ac's A: 行政和教育双线负责 stated as the place's rule, 把教学点纳入中心学校统一
            # 管理, 安排骨干教师联系教学点, 实地核查作为…主要方式, 办成示范园…结对帮扶, 记入…成长档案,
            # 请基层学校来评议, 动态评估…限期整改, …要牵头建立…台账
            r"|实行行政和教育双线|纳入中心学校统一管理|联系教学点|作为[^。；，]{0,8}的主要方式"
            r"|办成示范园|记入[^。；，]{0,6}档案|请基层学校[^。；，]{0,4}评议|动态评估[^。；]{0,12}限期"
            r"|要牵头建立[^。；，]{0,8}台账"
        ),
        lambda v: True,
        licensed_by=re.compile(
            r"约谈|联合检查|联合执法|辍学风险|抽查核实|双线|统一管理|联系教学点|主要方式|示范园|档案|评议|动态评估|牵头建立"
        ),
    ),
    Rule(
        "a town makes policy",
        re.compile(r"(?:完善|制定|出台)[^。；，]{0,8}政策"),
        lambda v: v.level == "town",
        unless=re.compile(r"上级|配合|迎接|接受|争取|提请|汇报|反映"),
    ),
    Rule(
        "a town holds the county's supervision or training money",
        re.compile(r"强化[^。；，]{0,4}督导|培训经费"),
        lambda v: v.level == "town",
        unless=re.compile(r"上级|配合|迎接|接受|争取|提请|汇报|反映"),
    ),
    Rule(
        "a district's bureau has 股室",
        re.compile(r"股室"),
        lambda v: v.level == "district" and "股室" not in v.texts,
    ),
    Rule(
        "a bureau or a school orders the book distributor",
        re.compile(r"发行单位(?:和[^。；，]{0,6})?(?:要|必须|务必)"),
        lambda v: v.role in ("bureau_chief", "school_head"),
    ),
    Rule(
        "a bureau orders a peer department",
        re.compile(
            r"(?:^|[，；：])(?:自治区|[省市州盟县区旗])?(?:交通运输|财政|公安|卫生健康|卫健|住建|人社"
            r"|自然资源|市场监管|发改|民政|应急管理|文旅|消防救援|公安交管)(?:局|厅|委|部门|支队)要"
        ),
        lambda v: v.role in ("bureau_chief", "school_head"),
    ),
    Rule(
        "a deputy orders the leadership he belongs to",
        re.compile(r"(?:^|[，；：])(?:厅|局)(?:领导|班子|领导班子)(?:成员)?(?:每人)?要"),
        lambda v: v.role in ("bureau_chief", "school_head") and not v.heads_leadership,
    ),
    Rule(
        "a county's superiors guessed (省委和市委)",
        re.compile(r"省委和市委|省委、市委"),
        lambda v: (
            v.level == "county"
            and not v.superiors_given
            and re.search(r"市委|市政府|全市|市教育|市直|市人民", v.texts) is None
        ),
    ),
)


def sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE.findall(text) if s.strip()]


def _hit(rule: Rule, sentence: str, voice: Voice) -> bool:
    match = rule.pattern.search(sentence)
    if match is None or (rule.unless is not None and rule.unless.search(sentence)):
        return False
    if rule.licensed_by is not None and rule.licensed_by.search(voice.texts):
        return False
    if "unit" in rule.pattern.groupindex:  # only the speaker's own bureau
        return match.group("unit") == _OWN_UNIT.get(voice.level)
    return True


def families(sentence: str, voice: Voice) -> list[str]:
    """The families ``sentence`` belongs to, said by ``voice``."""
    return [
        rule.family
        for rule in RULES
        if rule.applies(voice) and _hit(rule, sentence, voice)  # type: ignore[operator]
    ]


def findings(text: str, voice: Voice) -> list[tuple[str, str]]:
    """(family, sentence) for every sentence of ``text`` a rule finds."""
    return [(f, s.strip()) for s in sentences(text) for f in families(s, voice)]


_CODE = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.DOTALL)


def _bank_units() -> list[object]:
    from speechdraft.phrasebank import load_phrasebank
    from speechdraft.resources import builtin_templates_dir

    bank = load_phrasebank(builtin_templates_dir())
    units: list[object] = []
    for area in (*bank.areas.values(), *bank.safeguards.values()):
        for family in area.families:
            units += [*family.headings, *family.units]
    for found in bank.frames.values():
        units += found
    return units


def _county_schools(level: str) -> bool:
    try:
        from speechdraft.situation import county_high_schools
    except ImportError:  # a tree before the rule: nothing presupposes it
        return True
    return county_high_schools(level, ())


def _found_voices(text: str, tags: object, day: datetime.date) -> list[tuple[str, str]]:
    """(family, role@level) for each voice the tags allow that may say ``text`` and that a
    rule finds in it."""
    from speechdraft.genre import LEVELS
    from speechdraft.phrasebank import sayable
    from speechdraft.situation import presupposed
    from speechdraft.voice import ROLES, tag_roles

    out = []
    for level, words in LEVELS.items():
        if tags.levels and level not in tags.levels:  # type: ignore[attr-defined]
            continue
        if "county_schools" in presupposed(text) and not _county_schools(level):
            continue
        spoken = _CODE.sub("□", text.replace("{{ w.edu }}", words.edu))
        for role in ROLES:
            if tags.roles and tags.roles.isdisjoint(tag_roles(role)):  # type: ignore[attr-defined]
                continue
            hits = findings(spoken, Voice(role, level))
            if hits and sayable(text, role, level, day, False):
                out += [(family, f"{role}@{level}") for family, _ in hits]
    return out


def bank_findings() -> tuple[dict[tuple[str, str], set[str]], int]:
    """(family, wording) → the voices (role@level) that may say a wording a rule finds, over
    every unit of the built-in bank, each role and level its tags allow, {{ w.edu }} said as
    that level's bureau and other code blanked; a wording counts where the bank lets that
    voice say it (phrasebank.sayable, the situations its words presuppose at the level, a
    named licence). With the number of wordings read."""
    from speechdraft.named import named_in

    found: dict[tuple[str, str], set[str]] = {}
    wordings = 0
    for unit in _bank_units():
        tags = unit.tags  # type: ignore[attr-defined]
        year = min(max(2026, tags.first_year), tags.last_year)
        day = datetime.date(year, min(tags.months) if tags.months else 3, 10)
        for text in unit.wordings:  # type: ignore[attr-defined]
            wordings += 1
            if named_in(_CODE.sub("", text)):
                continue  # said only where the profile names it (norms/named.yaml)
            for family, voice in _found_voices(text, tags, day):
                found.setdefault((family, text), set()).add(voice)
    return found, wordings
