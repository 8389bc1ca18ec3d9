"""A detector over rendered drafts for issue 11's L (round z): words naming a subdivision the
place does not have, a body the speaker may not direct, or a resource his level does not hold.

It reads a draft's spoken text with what its profile says of the place (level, region name,
every text the clerk wrote) and the speaker's role and title, and returns the families it
finds. ``scripts/level_check.py`` runs it over every profile of the repository; the tests in
``tests/test_level_round_z.py`` run it over their own profiles.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

COUNTY_LEVELS = frozenset({"county", "district", "county_city", "banner"})
PROVINCIAL = frozenset({"province", "autonomous_region"})
_SENTENCE = re.compile(r"[^。！？；\n]*[。！？；]?")


@dataclass(frozen=True)
class Place:
    """What a draft is about: the level, the place's name, the speaker and the clerk's texts."""

    level: str
    name: str
    role: str
    title: str
    texts: str  # every text the profile gives, joined
    kind: str = ""  # the speech's kind (leader_speech, leading_group …)


@dataclass(frozen=True)
class Rule:
    family: str
    pattern: re.Pattern[str]
    applies: object  # Callable[[Place], bool]
    unless: re.Pattern[str] | None = None  # in the same sentence


def _town_named(place: Place, *ends: str) -> bool:
    return place.level == "town" and place.name.endswith(ends)


def _no(words: str, place: Place) -> bool:
    return re.search(words, place.texts) is None


RULES: tuple[Rule, ...] = (
    # -- the place's own subdivisions
    Rule(
        "各地 below a county",
        re.compile(r"各地(?!区)"),
        lambda p: p.level in COUNTY_LEVELS or p.level == "town",
    ),
    Rule(
        "各市（州） without 州",
        re.compile(r"市（州）|市州"),
        lambda p: p.level == "province" and _no(r"州", p) and "州" not in p.name,
    ),
    Rule(
        "社区 in a 乡 or 苏木",
        re.compile(r"社区"),
        lambda p: _town_named(p, "乡", "苏木") and _no(r"社区", p),
    ),
    Rule(
        "各学校 in a one-school town",
        re.compile(r"各学校"),
        lambda p: (
            p.level == "town"
            and re.search(r"中心校|中心学校", p.texts) is not None
            and _no(
                r"村小|教学点|各校|各学校|各小学|各中小学|完小|分校|村校|小学|中学|\d+所|[一二三四五六七八九十两]+所",
                p,
            )
        ),
    ),
    Rule(
        "有关部门 in a town",
        re.compile(r"(?<!上级)(?:各|有关|相关)部门"),
        lambda p: p.level == "town",
        unless=re.compile(r"上级|县|旗|市|争取|汇报|反映|配合|提请"),
    ),
    # -- who may direct whom, and what a level holds
    Rule(
        "a town holds no aid fund",
        re.compile(
            r"(?:今年的|用好[^。；]{0,16})学生资助资金|学生资助资金[^。；]{0,20}(?:要优先|优先保障)"
        ),
        lambda p: p.level == "town",
    ),
    Rule(
        "a town runs no project money",
        re.compile(r"绩效管理|绩效评价|绩效评估|花钱问效|项目资金|学位增加|效益低下"),
        lambda p: p.level == "town",
        unless=re.compile(r"争取|配合|上级"),
    ),
    Rule(
        "a town sets no assessment",
        re.compile(r"考核指标|台账报表"),
        lambda p: p.level == "town",
    ),
    Rule(
        "a bureau does not command the press",
        re.compile(r"统筹(?:用好)?报刊|统筹[^。；]{0,8}广播电视"),
        lambda p: p.role in ("bureau_chief", "school_head"),
    ),
    Rule(
        "a school head orders no road works or 周边治理",
        re.compile(
            r"减速|警示(?:和接送)?设施|门前交通秩序|校园周边(?:的)?(?:治理|整治|环境治理)"
            r"|周边环境[^。；]{0,4}整治"
        ),
        lambda p: p.role == "school_head",
        unless=re.compile(r"配合|提请|争取|商请|反映|协助|通报|汇报"),
    ),
    Rule(
        "a deputy does not speak for the leadership",
        re.compile(r"局班子|班子成员(?:要|将|和机关)|从班子"),
        lambda p: re.search(r"副(?:局长|厅长|主任|校长)", p.title) is not None,
    ),
    # round aa's L
    Rule(
        "a town merges no inspections, keeps no plan",
        re.compile(
            r"同类检查|多头检查|重复检查|报表[^。；]{0,4}归口|重复填报|填两遍"
            r"|规划(?:中|确定的)|规划[^。；]{0,4}指标|对照规划|规划目标"
        ),
        lambda p: p.level == "town",
    ),
    Rule(
        "a government sets the Party's work",
        re.compile(r"宣传(?:部门的)?工作重点|用好[^。；]{0,4}委教育工作领导小组"),
        lambda p: p.role in ("government_head", "deputy"),
    ),
    Rule(
        "省直 in a region",
        re.compile(r"省直"),
        lambda p: p.level == "autonomous_region",
    ),
    Rule(
        "a bureau pledges the government's budget",
        re.compile(r"我们将(?:严格)?落实[^。；]{0,30}只增不减"),
        lambda p: p.role in ("bureau_chief", "school_head"),
    ),
    # town27: round ao's L — a town's powers and bodies, a leader's reach
    Rule(
        "a town has no 特殊教育学校",
        re.compile(r"特殊教育学校|特教学校"),
        lambda p: p.level == "town" and _no(r"特殊教育|特教|残疾", p),
    ),
    Rule(
        "a town sets no pay, titles or discipline",
        re.compile(
            r"工资待遇的项目和标准|工资待遇政策|发放情况[^。；]{0,6}(?:向教师|公开)|评审和聘用"
            r"|职称评审|岗位聘用|问题线索|件件有核查|线索要及时核查"
        ),
        lambda p: p.level == "town",
        unless=re.compile(r"争取|配合|上级|上报|反映"),
    ),
    Rule(
        "a town has no 各级各类学校, no layers below",
        re.compile(r"各级各类学校|层层转发|层层传导|层层应付|一级抓一级"),
        lambda p: p.level == "town",
    ),
    Rule(
        "a city's or province's leader charges the schools",
        re.compile(
            r"(?<!督促)(?<!指导)各学校要|校长要|校长负总责|各高中校长|开放日|家长会|辅导室的开放"
        ),
        lambda p: (
            p.role in ("party_secretary", "government_head", "deputy", "group_head")
            and p.level in ("city", "prefecture", "province", "autonomous_region")
        ),
        unless=re.compile(r"督促|指导各|各地|各县|各市"),
    ),
    Rule(
        "a leading group charges the schools",
        re.compile(r"(?<!督促)(?<!指导)各学校要|校长负总责|校长要|开放日|家长会"),
        lambda p: p.kind == "leading_group" and p.role != "bureau_chief",
        unless=re.compile(r"督促|指导各|各地|各县|各市|成员单位"),
    ),
    Rule(
        "a leader says no 本班",
        re.compile(r"本班"),
        lambda p: p.role not in ("bureau_chief", "school_head"),
    ),
)


def sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE.findall(text) if s.strip()]


def findings(text: str, place: Place) -> list[tuple[str, str]]:
    """(family, sentence) for every sentence of ``text`` a rule finds."""
    rules = [r for r in RULES if r.applies(place)]  # type: ignore[operator]
    found = []
    for sentence in sentences(text):
        for rule in rules:
            if rule.pattern.search(sentence) and not (
                rule.unless is not None and rule.unless.search(sentence)
            ):
                found.append((rule.family, sentence.strip()))
    return found


def place_of(draft: object, texts: Iterable[str]) -> Place:
    """The Place of a built draft (pipeline.Draft)."""
    context = draft.context  # type: ignore[attr-defined]
    profile = draft.loaded.profile  # type: ignore[attr-defined]
    return Place(
        level=profile.region.level,
        name=profile.region.name or "",
        role=context.role,
        title=profile.speaker.title,
        texts="\n".join(texts),
        kind=str(profile.kind),
    )


# The town27 places (round ap): shared by tests/test_level_fit_town27.py and scripts/level_check.py.
TOWN27_PLACES: dict[str, dict[str, Any]] = {
    "own-sumu-teachers-ao": {
        "kind": "teachers_day",
        "meeting": {"date": "2029-09-09"},
        "region": {"level": "town", "name": "宝音图苏木"},
        "speaker": {"title": "苏木党委书记"},
        "attendees": ["苏木中心学校全体教师", "苏木幼儿园全体教师"],
        "priorities": ["师德师风", "教师待遇", "尊师重教"],
    },
    "own-town-teachers": {
        "kind": "teachers_day",
        "meeting": {"date": "2031-09-10"},
        "region": {"level": "town", "name": "柳河镇"},
        "speaker": {"title": "镇长"},
        "attendees": ["镇中心学校、各村小和幼儿园教师代表"],
        "priorities": ["乡村教师", "师德师风", "教师待遇"],
    },
    "own-town-opening": {
        "kind": "school_opening",
        "meeting": {"date": "2027-08-28"},
        "region": {"level": "town", "name": "柳河镇"},
        "speaker": {"title": "镇中心学校校长"},
        "attendees": ["各村小、教学点负责人", "镇幼儿园园长"],
        "priorities": ["开学准备", "校园安全", "控辍保学"],
    },
    "own-city-mayor": {
        "kind": "leader_speech",
        "meeting": {"date": "2032-03-06"},
        "region": {"level": "city", "name": "泷川市"},
        "speaker": {"title": "市长"},
        "attendees": ["各县（市、区）政府分管负责同志", "市直有关部门负责同志"],
        "priorities": ["县域高中", "教育数字化", "心理健康"],
        "safeguards": ["组织领导", "经费保障"],
    },
    "own-city-group": {
        "kind": "leading_group",
        "meeting": {"date": "2029-04-12"},
        "region": {"level": "city", "name": "泷川市"},
        "speaker": {"title": "副市长、市委教育工作领导小组副组长"},
        "attendees": ["市委教育工作领导小组成员单位负责同志"],
        "priorities": ["义务教育优质均衡", "校园安全"],
        "safeguards": ["组织领导", "督导考核", "宣传引导"],
    },
    "own-county-city-group": {
        "kind": "leading_group",
        "meeting": {"date": "2018-05-10"},
        "region": {"level": "county_city", "name": "丰渠市"},
        "speaker": {"title": "市委副书记"},
        "attendees": ["领导小组成员单位负责同志"],
        "priorities": ["控辍保学", "学前教育"],
        "safeguards": ["组织领导", "督导考核", "宣传引导"],
    },
}
