"""Word sets derived from the genre's tables (genre.py): which place words belong to a
level, and which would be a copy-paste defect in a draft of another level.

The generator's tests and the linter's level-word rule (``check``) use this one set, so a
draft speechdraft writes is held to exactly the rule ``check`` applies to any draft.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from speechdraft.genre import LEVELS, RANK, LevelWords
from speechdraft.markup import placeholder_text


def own_level_words(words: LevelWords) -> tuple[str, ...]:
    """The words that mark a draft as one level's own: 全县, 我县, 县直各有关部门, 县教育局,
    the 县委、县政府 pair and 教育强县. (A bare 县委 is not among them: a town's speech may
    carry out 县委 decisions.)"""
    return (words.all, words.our, words.direct, words.edu, words.party_gov, words.strong)


def foreign_level_words(level: str) -> dict[str, int]:
    """Words of other levels that must not appear in a draft of ``level`` as its own, each
    with the rank of the highest level it belongs to (a higher level's word may still
    name that superior: 全市教育工作会议精神; the linter decides from the context)."""
    own = set(own_level_words(LEVELS[level]))
    words: dict[str, int] = {}
    for key, other in LEVELS.items():
        for word in own_level_words(other):
            if word not in own:
                words[word] = max(words.get(word, -1), RANK[key])
    return words


# The forms an education organ's name takes (教育局, 教体局, 教育和体育局, 教育科技局…).
_ORGAN_NAME = r"(?:教育|教体|教科)(?:和|与)?(?:体育|科技|科学技术|文体|文化体育)?局"


# A town's own word, by the ending of its name: the town table is written with 镇; a 乡
# says 全乡, 乡党委 (readers found 全镇 in a 乡's draft), a 苏木 全苏木, 苏木党委 and its
# villages are 嘎查 (round y's L: a 苏木's draft said 镇 and 村（社区） throughout).
_TOWN_WORDS = (("苏木", "苏木"), ("乡", "乡"))


def town_word(region_name: str | None) -> str:
    """镇, 乡 or 苏木: the word a town's name ends with (镇 when it names none)."""
    name = (region_name or "").strip()
    return next((word for end, word in _TOWN_WORDS if name.endswith(end)), "镇")


def township_words(words: LevelWords, region_name: str | None) -> LevelWords:
    """A 乡's or a 苏木's own words: 全乡, 乡党委、乡政府, 乡中心学校; 全苏木, 苏木党委,
    苏木直属各单位, 各嘎查（社区）. Other towns keep the table."""
    word = town_word(region_name)
    if words.key != "town" or word == "镇":
        return words
    fields = {
        name: getattr(words, name).replace("镇", word)
        for name in ("unit", "all", "our", "party", "gov", "edu", "below", "direct")
        + ("group", "four_bodies", "strong")
    }
    if word == "苏木":
        # 我们苏木 (round an's R: 我苏木教育 不通 — 我 before a two-character unit word)
        fields.update(
            direct="苏木直属各单位", below="各嘎查（社区）", village="嘎查", our="我们苏木"
        )
    return replace(words, **fields)


def league_words(words: LevelWords, region_name: str | None) -> LevelWords:
    """A 盟's own words, whether the clerk filed it as a city or a prefecture (both are of its
    rank): 全盟, 我盟, 盟委、行署, 盟直各有关部门, 各旗县（市、区）, 教育强盟, under 党中央和
    自治区党委 (rounds cr's 06 and 19: a 盟's draft said 全州, 市政府 and 各县（市、区） beside the
    clerk's own 全盟; both writers found no level for it)."""
    if words.key not in ("city", "prefecture") or not (region_name or "").strip().endswith("盟"):
        return words
    return replace(
        words,
        unit="盟",
        all="全盟",
        our="我盟",
        party="盟委",
        gov="行署",
        edu="盟教育局",
        below="各旗县（市、区）",
        direct="盟直各有关部门",
        group="盟委教育工作领导小组",
        four_bodies="盟委、盟人大工委、行署、盟政协",
        strong="教育强盟",
        superiors="党中央和自治区党委",
        village="嘎查村",
        children="农村牧区孩子",
    )


def own_central_school(words: LevelWords, texts: Iterable[str]) -> LevelWords:
    """A town whose profile names its 中心小学 and never a 中心学校 (or 中心校) says its school as
    named (round cl's 04, A: 镇中心学校和镇直各单位要… at a town of 镇中心小学 and 镇中心幼儿园)."""
    if not words.edu.endswith("中心学校"):
        return words
    said = "\n".join(texts)
    if re.search(r"中心学校|中心校(?!区)", said):
        return words
    primary = words.edu.replace("中心学校", "中心小学")
    return replace(words, edu=primary) if primary in said else words


def own_organ(words: LevelWords, texts: Iterable[str]) -> LevelWords:
    """The speaker's own education organ as the profile names it (州教育和体育局, 县教体局),
    where the table would say 州教育局: the first such name of this level in ``texts``."""
    if not words.edu.endswith("教育局"):
        return words  # a 厅 or a 中心学校: named by the table (own_central_school)
    pattern = re.compile(re.escape(words.unit) + "(" + _ORGAN_NAME + ")")
    for text in texts:
        if (found := pattern.search(text)) is not None:
            return replace(words, edu=words.unit + found.group(1))
    return words


# Party committees' education leading groups (市委教育工作领导小组) were set up with the local
# reforms of 2018–2019, cities and counties from about 2019 (《深化党和国家机构改革方案》, norms/
# terms.yaml: education_leading_group, from 2019-01); before that a place's group, where it had
# one, was the government's: 市教育工作领导小组 (round s's Y: 市委教育工作领导小组 in a 2016 draft;
# round cm's 06, A Y: in an April 2018 draft of a county-level city).
PARTY_GROUPS_FROM = 2019
_PARTY_GROUP = re.compile(r"(?:党委|委)(?=教育工作领导小组)")


def own_group(words: LevelWords, texts: Iterable[str], year: int) -> LevelWords:
    """The leading group as the profile names it (市教育工作领导小组, 县委教育工作领导小组),
    where it names one of this level; else the table's, without the Party committee before
    ``PARTY_GROUPS_FROM``."""
    pattern = re.compile(re.escape(words.unit) + r"(?:党委|委)?教育工作领导小组")
    for text in texts:
        if (found := pattern.search(text)) is not None:
            return replace(words, group=found.group())
    if year < PARTY_GROUPS_FROM:
        return replace(words, group=_PARTY_GROUP.sub("", words.group, count=1))
    return words


def own_group_office(words: LevelWords, texts: Iterable[str]) -> LevelWords:
    """The group's office by the profile's word: 领导小组秘书组 where it speaks of a 秘书组,
    else the table's 领导小组办公室 — one name in one draft."""
    if any("秘书组" in text for text in texts):
        return replace(words, group_office="领导小组秘书组")
    return words


def names_group(texts: Iterable[str]) -> bool:
    """Whether the profile speaks of an education leading group (a town has one only then)."""
    return any("领导小组" in text for text in texts)


# A place's Party committee, by the ending of its name: 内蒙古自治区 → 自治区党委, 锡林郭勒盟
# → 盟委. Longer endings first (自治州 before 州, 自治区 before 区).
_PLACE_BODIES = (
    ("自治区", "自治区党委"),
    ("自治州", "州委"),
    ("自治县", "县委"),
    ("地区", "地委"),
    ("省", "省委"),
    ("盟", "盟委"),
    ("州", "州委"),
    ("市", "市委"),
    ("县", "县委"),
    ("旗", "旗委"),
    ("区", "区委"),
)
_BODY_ENDINGS = ("委", "党中央", "国务院", "政府")


def superior_bodies(superiors: str, own_unit: str) -> str:
    """The superiors a speech follows, as their Party bodies: a profile's 内蒙古自治区、锡林郭勒盟
    becomes 党中央、自治区党委和盟委 (readers' L: "统一到内蒙古自治区、锡林郭勒盟的决策部署" names
    places, not the bodies that decide). A superior of the speaker's own kind of unit keeps its
    name (a county-level 丰渠市 under 临澄市: 临澄市委). Text that already names bodies, or a
    name this table does not know, is kept as written."""
    names = [n for n in re.split(r"[、，,和及\s]+", superiors.strip()) if n]
    if not names or any(n.endswith(_BODY_ENDINGS) for n in names):
        return superiors
    bodies = []
    for name in names:
        ending = next(((end, body) for end, body in _PLACE_BODIES if name.endswith(end)), None)
        if ending is None or len(name) == len(ending[0]):
            return superiors
        end, body = ending
        bodies.append(name[: -len(end)] + body if end == own_unit else body)
    if len(bodies) == 1:
        return f"党中央和{bodies[0]}"
    return "党中央、" + "、".join(bodies[:-1]) + "和" + bodies[-1]


# A county with no superiors in its profile follows the body its profile names above it: a
# 州 (自治州, 州委, 全州 …) or a 盟 (盟委, 全盟 …), else a 市 where the profile speaks of one,
# else 上级党委 (brief of voice15: 省委和市委 said of a county under a 州 guesses a body nobody
# named).
_ABOVE_A_COUNTY: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"自治州|州委|州政府|全州|州教育|州直|州人民"), "党中央、省委和州委"),
    (re.compile(r"盟委|盟行署|全盟|盟教育|盟直"), "党中央、自治区党委和盟委"),
    (re.compile(r"市委|市政府|全市|市教育|市直|市人民"), "党中央、省委和市委"),
)
# (not 省委和上级党委: the province's committee is one of the county's superiors, and round
# av's readers struck the pair as overlapping and vague, as round an's did for a region)
COUNTY_SUPERIORS_UNNAMED = "党中央和上级党委"


# The city above a county-level city that its profile does not name: 上级市委 is no
# official phrase (round ap's L), the clerk fills in its name (丰州市委).
_PARENT_CITY_UNNAMED = placeholder_text("所属地级市委")


# A county-level city or a banner with no superiors in its profile: the prefecture-level body
# above it, by what its profile names (州委, 盟委), else — a county-level city's own 市委 being
# its own — the city committee to be named (round aj's L: 党中央、省委和上级党委 left the 市委 above unnamed). A banner
# names 市委 where its profile speaks of one (its own body is the 旗委), and keeps 上级党委
# where it names neither (a banner sits under a 盟 or a city).
_PROVINCE_OF = re.compile(r"自治区")
_ABOVE_A_COUNTY_CITY: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"自治州|州委|州政府|全州|州教育|州直|州人民"), "州委"),
    (re.compile(r"盟委|盟行署|全盟|盟教育|盟直"), "盟委"),
)
_ABOVE_A_BANNER: tuple[tuple[re.Pattern[str], str], ...] = (
    *_ABOVE_A_COUNTY_CITY,
    (re.compile(r"市委|市政府|全市|市教育|市直|市人民"), "市委"),
)


def prefecture_superiors(level: str, texts: Iterable[str], default: str) -> str:
    """The superiors of a county-level city or a banner whose profile gives none."""
    said = "\n".join(texts)
    table = _ABOVE_A_BANNER if level == "banner" else _ABOVE_A_COUNTY_CITY
    body = next((b for pattern, b in table if pattern.search(said)), None)
    if body is None:
        return default if level == "banner" else default.replace("上级党委", _PARENT_CITY_UNNAMED)
    province = "自治区党委" if level == "banner" or _PROVINCE_OF.search(said) else "省委"
    return f"党中央、{province}和{body}"


def county_superiors(texts: Iterable[str]) -> str:
    """The superiors of a county whose profile gives none, from the bodies its texts name."""
    said = "\n".join(texts)
    return next(
        (bodies for pattern, bodies in _ABOVE_A_COUNTY if pattern.search(said)),
        COUNTY_SUPERIORS_UNNAMED,
    )


# A region with 盟 speaks of its 盟 and 市 together as 各盟市 (round y's L: 各市 in an
# autonomous region whose profile spoke of 苏木乡镇 and 牧区); one without, of 各市 (readers'
# L: 各市（盟） in a region that has no 盟). Its profile tells: 内蒙古, or 盟, 苏木, 嘎查 or 旗
# named in its text. 东盟 (ASEAN: round an's L, 各盟市 said three times in a 壮族自治区 whose
# profile spoke of 面向东盟的专业群) and 盟 in a union's name are not leagues.
_LEAGUES_SAID = re.compile(
    r"内蒙古|盟市|盟委|各盟|[^联同加东]盟(?![友约员国])|苏木|嘎查|[^国红彩锦战升]旗(?!帜|手|舰)"
)


def regions_below(region_name: str | None, texts: Iterable[str]) -> str:
    """各盟市 in an autonomous region that has 盟, else 各市."""
    said = " ".join((region_name or "", *texts))
    return "各盟市" if _LEAGUES_SAID.search(said) else "各市"


# A province says 各市（州） only where it has 州: one whose profile names no 州 (自治州, 各州,
# a name ending in 州 among its places) says 各市 (round z's L: 各市（州）in 淮岳省, a province
# whose profile named no 州).
_PREFECTURES_SAID = re.compile(r"州")


def own_prefectures(words: LevelWords, texts: Iterable[str]) -> LevelWords:
    """各市 for a province whose profile names no 州, else the table's 各市（州）."""
    if "（州）" not in words.below or _PREFECTURES_SAID.search(" ".join(texts)):
        return words
    return replace(words, below=words.below.replace("（州）", ""))


# A town's schools: a profile that names its 中心校 and no 村小, 教学点, other schools or a
# count of them speaks of one central school (and its kindergarten): no 各学校 there (round
# z's L: 各学校要… in a 苏木 with 中心校全体教师、幼儿园教师).
_CENTRAL_SCHOOL = re.compile(r"中心校|中心学校")
_SEVERAL_SCHOOLS = re.compile(
    r"村小|教学点|各校|各学校|各小学|各中小学|完小|分校|村校|小学|中学|[0-9０-９一二三四五六七八九十两]+所"
)


def own_schools(words: LevelWords, texts: Iterable[str]) -> LevelWords:
    """A town with one central school says 中心学校 (和幼儿园) where the bank says 各学校."""
    said = " ".join(texts)
    if words.key != "town" or not _CENTRAL_SCHOOL.search(said):
        return words
    if "中心校" in said and "中心学校" not in said:
        # the clerk's own name for it, the whole draft through (round au's R: 镇中心学校 in
        # the bank's lines beside the profile's 中心校)
        named = words.edu.replace("中心学校", "中心校")
        words = replace(words, edu=named if named in said else "中心校")
    if _SEVERAL_SCHOOLS.search(said):
        return words
    return replace(words, schools="中心学校和幼儿园" if "幼儿园" in said else "中心学校")


# (乡镇寄宿制学校 names a kind of school, not the place's townships: round dc's 01 and 13, L —
# 各乡镇（街道） where the attendees are 各镇（街道）)
_TOWNSHIPS_SAID = re.compile(
    r"各乡|[0-9０-９一二三四五六七八九十]+个乡|乡镇(?!寄宿制|中心学校|中心校|学校|幼儿园|卫生院)|乡人民政府"
)
# (a banner's 苏木镇: round cn's 03 and 15, L — 各苏木乡镇 where the profile says 苏木镇)
# (各街道、镇 of a district's attendees: round cr's 02, L — 各街道 alone, the 镇 left out)
_TOWNS_SAID = re.compile(
    r"各镇|[0-9０-９一二三四五六七八九十]+个镇|镇人民政府|镇政府|苏木镇|街道[、和及与]镇|镇（街道）"
)
_STREETS_SAID = re.compile(r"各街道|街道办事处|[0-9０-９一二三四五六七八九十]+个街道")


def own_subdivisions(words: LevelWords, texts: Iterable[str]) -> LevelWords:
    """The profile's own word for its subdivisions: a 市 whose profile says 各镇（街道） has
    no 乡, so its draft says 各镇 too, not the table's 各乡镇 (readers' L); a district whose
    profile speaks of its 街道办事处 and of no 乡 or 镇 says 各街道, not the table's
    各街道、乡镇 (round y's L; 各街道（乡镇） until round as read its brackets aloud)."""
    if "乡镇" not in words.below:
        return words
    said = " ".join(texts)
    townships = _TOWNSHIPS_SAID.search(said)
    towns = _TOWNS_SAID.search(said)
    if "街道" in words.below and _STREETS_SAID.search(said) and not townships and not towns:
        return replace(words, below="各街道")
    if towns and not townships:
        return replace(words, below=words.below.replace("乡镇", "镇"))
    return words


# The counties below a city or a prefecture as the profile writes them (各县（区）, 各县区): one
# form a draft, the clerk's (round ap's F: 各县（市、区） in one line, 各县（区） in another).
COUNTIES_SAID = re.compile(r"各县(?:（[市区旗、]+）|市区|区(?!域))")


def own_counties(words: LevelWords, texts: Iterable[str]) -> LevelWords:
    """The profile's own word for the counties below (各县（区）), else the table's."""
    if not words.below.startswith("各县"):
        return words
    found = COUNTIES_SAID.search(" ".join(texts))
    return replace(words, below=found.group()) if found else words


_WATER_AFFAIRS = re.compile(r"水务(?:局|部门|和)")


def own_water(words: LevelWords, texts: Iterable[str]) -> LevelWords:
    """The water department as the profile names it: 水务 where it names a 水务局 (a city's
    or a county's merged water authority), else the table's 水利."""
    if any(_WATER_AFFAIRS.search(text) for text in texts):
        return replace(words, water="水务")
    return words


# A Party committee's deputy secretary with no government post speaks for the committee and
# the government, not for the four bodies: 人大 and 政协 are the secretary's to name (round
# ah's L: 我代表县委、县人大、县政府、县政协 from a 县委副书记). Only where the profile says
# he speaks on their behalf (speaker.on_behalf_of) does he name them.
_HEAD_POST = re.compile(r"(?:县|区|市|州|旗|省|镇|乡|盟)长|主席|苏木达")


def own_four_bodies(words: LevelWords, title: str, on_behalf_of: str) -> LevelWords:
    """县委、县政府 for the four bodies where a deputy secretary speaks (see above)."""
    deputy_secretary = "副书记" in title and "书记" not in title.replace("副书记", "")
    if (
        deputy_secretary
        and not _HEAD_POST.search(title)
        and not re.search(r"人大|政协", on_behalf_of)
    ):
        return replace(words, four_bodies=words.party_gov)
    return words


# A bureau's offices as the profile calls them: a district that says 局机关各科室 has no 股室
# (round r's L). Only a bureau's words are read (局机关…科室), not a school's.
_OFFICES_SAID = re.compile(r"(?:局机关|机关)[^。；，、]{0,4}(股室|科室|处室)")


def own_offices(words: LevelWords, texts: Iterable[str]) -> LevelWords:
    """The profile's own word for the bureau's offices where it gives one, else the table's."""
    if words.offices not in ("股室", "科室"):
        return words  # a 厅's 处室 and a town's school have the table's word
    for text in texts:
        if (found := _OFFICES_SAID.search(text)) is not None and found.group(1) != "处室":
            return replace(words, offices=found.group(1))
    return words
