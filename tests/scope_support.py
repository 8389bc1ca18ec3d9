"""A detector over rendered drafts for issue 11's Y and L as rounds aa–ae's readers found
them (branch scope16): a dated term said before (or after) its years, a profile's own word
not followed (水务, 数字化), an epidemic's words where the profile raised none, and what a
speaker's level does not direct (a town regulating tutoring or running 督导, a 州 bureau
telling each school what to do, a province going down to a class's 兴趣小组).

The table here is the test's own, written from the sources cited in norms/terms.yaml and
from the readers' reasons, not read from the bank: a draft is checked against it sentence
by sentence. ``scripts/scope_check.py`` runs it over every profile of the repository; the
tests in ``tests/test_scope_years_levels.py`` over their own profiles.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from dataclasses import dataclass

PROVINCIAL = frozenset({"province", "autonomous_region"})
_SENTENCE = re.compile(r"[^。！？；\n]*[。！？；]?")


@dataclass(frozen=True)
class Meeting:
    """What a draft is about: level, place name, speaker's role, date, the clerk's texts."""

    level: str
    name: str
    role: str
    day: datetime.date
    texts: str  # every text the profile gives, joined


@dataclass(frozen=True)
class Rule:
    family: str
    pattern: re.Pattern[str]
    applies: Callable[[Meeting], bool]
    unless: re.Pattern[str] | None = None  # in the same sentence


def _before(year: int, month: int, day: int = 1) -> Callable[[Meeting], bool]:
    limit = datetime.date(year, month, day)
    return lambda m: m.day < limit


def _says(words: str) -> Callable[[Meeting], bool]:
    pattern = re.compile(words)
    return lambda m: pattern.search(m.texts) is not None


_RETURN_MONTHS = frozenset({1, 2, 3, 7, 8, 9})
# a town's own people asked of the county (配合上级, 向县里反映) is no order of its own
_ASKED = re.compile(r"配合|上级|反映|报告|争取|迎接|接受|提请|汇报|协助")

RULES: tuple[Rule, ...] = (
    # -- years: the 2019 teachers' burden document (中办、国办, 2019-12-15)
    Rule(
        "Y 教师减负 before 2019-12-15",
        re.compile(
            r"进校园的[^。；，]{0,6}(?:社会事务|社会性事务|检查|督查|评比)|为基层学校减负"
            r"|与(?:教育)?教学无关的(?:任务|督查|事务|检查)|摊派给教师|督查检查、?评比考核"
            r"|非教育教学负担|检查评比和社会(?:性)?事务|社会事务进校园|进校园事项"
        ),
        _before(2019, 12, 15),
    ),
    Rule("Y 铸牢中华民族共同体意识 before 2017-10", re.compile(r"铸牢"), _before(2017, 10, 18)),
    Rule(
        "Y 铸牢…为主线 before 2021-08", re.compile(r"铸牢[^。；]{0,16}主线"), _before(2021, 8, 28)
    ),
    Rule(
        "Y 推动校长负责制落地 after 2025",
        re.compile(r"(?:推行|建立|试行|推动)[^。；，]{0,6}党组织领导的校长负责制|校长负责制落地"),
        lambda m: m.day.year >= 2026,
    ),
    Rule("Y 教育惩戒 before 2019-07", re.compile(r"教育惩戒"), _before(2019, 7, 8)),
    Rule(
        "Y 建立工资联动机制 after 2025",
        re.compile(r"建立[^。；，]{0,6}(?:工资|长效)联动机制"),
        lambda m: m.day.year >= 2026,
    ),
    # 国办发〔2017〕72号 (published September 2017): 行政、教育双线责任
    Rule("Y 控辍保学双线 before 2017-09", re.compile(r"双线"), _before(2017, 9, 5)),
    # the 2018 reorganisation reached counties and banners in early 2019
    Rule(
        "Y 应急管理/市场监管 before 2019-03",
        re.compile(
            r"应急管理(?:部门|局|厅|、|等|和)|、应急管理|市场监管|自然资源(?:部门|局|、|等)"
        ),
        _before(2019, 3, 1),
    ),
    Rule(
        "Y 水利 where the profile names 水务",
        re.compile(r"水利(?:部门|局|、|等)|、水利"),
        _says(r"水务"),
    ),
    # the profile's word: 数字化 (its window opens in 2022), not the bank's 信息化, as the
    # framing of a section's heading
    Rule(
        "Y 信息化 heading where the profile says 数字化",
        re.compile(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)[^。]*信息化"),
        lambda m: m.day.year >= 2022 and "数字化" in m.texts and "信息化" not in m.texts,
    ),
    Rule(
        "Y 多媒体教室/信息化短板 after 2025",
        re.compile(r"多媒体教室|信息化短板|班班通"),
        lambda m: m.day.year >= 2026,
    ),
    # -- the epidemic's words only where the profile raises it; 返校 near a return date
    Rule(
        "Y 聚集性病例 without an epidemic",
        re.compile(r"聚集性(?:病例|疫情)"),
        lambda m: not re.search(r"疫情|新冠|防疫", m.texts),
        unless=re.compile(r"流感|诺如|传染病"),
    ),
    Rule(
        "Y 返校 far from a return date",
        re.compile(r"返校"),
        lambda m: m.day.month not in _RETURN_MONTHS and "返校" not in m.texts,
    ),
    # -- levels: a town (its 中心学校校长, 乡镇长, 党委书记) regulates no tutoring institution
    Rule(
        "L town regulates tutoring",
        re.compile(
            r"审批登记|无证无照|培训机构[^。；]{0,6}收费|隐形变异|合规机构|压减|举报人"
            r"|培训场所|培训机构[^。；]{0,10}(?:查处|整治|监管|审批)|规范校外培训|校外培训治理"
            r"|违规培训[^。；]{0,6}(?:查处|露头就打)|联合执法"
        ),
        lambda m: m.level == "town",
        unless=_ASKED,
    ),
    Rule(
        "L town runs 督导",
        re.compile(
            r"督导利器|督导查出|督导结论|(?:加强|强化|用好|健全)[^。；，]{0,4}督导|以督促干|以督促效"
            r"|督导[^。；]{0,12}销号|督导报告"
        ),
        lambda m: m.level == "town",
        unless=_ASKED,
    ),
    Rule(
        "L town controls what enters schools",
        re.compile(
            r"(?:严格控制|从严把关|严格把关)[^。；]{0,6}进校园|进校园[^。；]{0,14}(?:严格控制|从严把关|严格把关)"
            r"|审批从严|能合并的一律合并|增负[^。；]{0,12}严肃处理"
        ),
        lambda m: m.level == "town",
        unless=_ASKED,
    ),
    Rule(
        "L town orders villages on teachers' pay",
        re.compile(r"各(?:村|嘎查)[^。；]{0,24}(?:惠师|教师待遇|政策落到实处)"),
        lambda m: m.level == "town",
    ),
    Rule(
        "L town fills teacher gaps or pairs city schools",
        re.compile(r"教师缺口[^。；]{0,6}(?:对账销号|补齐|补足|补上)|城乡学校|城区学校"),
        lambda m: m.level == "town",
        unless=_ASKED,
    ),
    Rule(
        "L town's 教育强镇",
        re.compile(r"教育强(?:镇|乡|苏木)"),
        lambda m: m.level == "town",
    ),
    # a 州's or a city's bureau reaches its schools through the counties' bureaus
    Rule(
        "L 州/市 bureau tells 各学校 directly",
        re.compile(r"(?:^|[，：])各学校(?:在|要|遇到|的)[^。；]{0,30}(?:要|必须)"),
        lambda m: m.level == "prefecture" and m.role == "bureau_chief",
        unless=re.compile(r"各县|督促|指导|市直|州直|直属"),
    ),
    # a province's or a region's leader does not go down to a class's detail
    Rule(
        "L province down to a class",
        re.compile(r"兴趣小组|设备台账|每个班级|每一个班级"),
        lambda m: m.level in PROVINCIAL,
        unless=re.compile(r"各地|督促|指导各"),
    ),
    # funding standards for kindergartens are the province's (学前教育法)
    Rule(
        "L below a province sets 生均拨款 standards",
        re.compile(r"(?:建立|健全)[^。；]{0,8}生均拨款[^。；]{0,24}(?:标准|机制)"),
        lambda m: m.level not in PROVINCIAL,
        unless=re.compile(r"落实|执行|提请|争取|推动"),
    ),
)


def sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE.findall(text) if s.strip()]


def findings(text: str, meeting: Meeting) -> dict[str, list[str]]:
    """The family of each rule that finds something, with the sentences it found."""
    found: dict[str, list[str]] = {}
    said = [s.strip("\u3000 ") for s in sentences(text)]
    for rule in RULES:
        if not rule.applies(meeting):
            continue
        for sentence in said:
            match = rule.pattern.search(sentence)
            # the clerk's own words (a sentence, or the very term) are the profile's to say
            if match is None or sentence in meeting.texts or match.group() in meeting.texts:
                continue
            if not (rule.unless is not None and rule.unless.search(sentence)):
                found.setdefault(rule.family, []).append(sentence)
    return found


def meeting_of(data: dict[str, object]) -> Meeting:
    """A profile's data read as a Meeting (its level, place, speaker's role, date, texts)."""
    from speechdraft.situation import strings_in
    from speechdraft.voice import role_from_title

    region = data.get("region") or {}
    speaker = data.get("speaker") or {}
    meeting = data.get("meeting") or {}
    assert isinstance(region, dict) and isinstance(speaker, dict) and isinstance(meeting, dict)
    role = speaker.get("role") or role_from_title(str(speaker.get("title") or ""))
    day = meeting.get("date")
    if not isinstance(day, datetime.date):
        year, month, date = (int(n) for n in re.findall(r"\d+", str(day))[:3])
        day = datetime.date(year, month, date)
    texts = "\n".join(strings_in({k: v for k, v in data.items() if k not in ("region", "kind")}))
    return Meeting(str(region.get("level")), str(region.get("name") or ""), str(role), day, texts)
