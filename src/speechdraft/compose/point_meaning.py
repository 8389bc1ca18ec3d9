"""A clerk's point said under a frame that fits what it **means**, not only its shape
(issue 11's G and R; round ah's readers). weave.py reads a point's grammar (a verb phrase, a
subject and its verb, a noun to carry out); a frame chosen by shape alone still said the
opposite of a point or nothing at all:

- a point that names something bad is put down, not done (要做好暑期违规培训 → 要严肃查处…);
- a document or a notice is handed out or drawn up (要抓好致家长的一封信 → 要及时发放《…》);
- a group of people is cared for or aided (要抓好建档立卡贫困家庭学生 → 要做好…的资助帮扶工作);
- a rule already stated as its own clause is a state made sure of (要抓好小学一、二年级
  不布置书面家庭作业 → 要确保…: 落实…的要求 would say the rule was set elsewhere), a practice a person keeps up as its system (要抓好学校
  负责人陪餐 → 要落实学校负责人陪餐制度);
- a fact or an arrangement is said as a fact (要确保全旗现有校车52辆，… → 全旗现有校车52辆，
  要全部安装…; 要由秘书组设在区教育局 → 秘书组设在区教育局);
- a subject whose frame clashes with it: pupils are not charged, their time is guaranteed
  (小学生要每天睡眠10小时 → 要保证小学生每天…); a school that aids another is supported in it
  (要抓好…高中托管帮扶县中 → 要推动…); a pupil's practice named by two short verbs
  (要劝返复学, 要确保均衡编班 → 要做好…工作).

Each class is a row of data: the words that mark it and the verb (and closing words) that fit
it, for a speaker who charges others (要…) and for a bureau's own report (我们将…). The
clerk's words stay whole; a point no row reads is left to weave's shape rules.
"""

from __future__ import annotations

import re
from typing import NamedTuple

# (lead, head, infix, tail, suffix): weave.charge_pieces' five pieces
Pieces = tuple[str, str, str, str, str]


class Meaning(NamedTuple):
    """One meaning class: the point it reads (``reads``), the lead and closing words that fit
    it (``lead`` after 要, ``bureau`` after 我们将), and what it is called in the detector."""

    name: str
    reads: re.Pattern[str]
    lead: str
    bureau: str
    suffix: str = ""


# What a point names that is a wrong to put down (违规培训, 有偿补课, 乱收费…) and the words that
# already say the remedy (…专项整治, …查处: the shape rules know their verbs).
_WRONG = r"(?:违规|违法|非法|无证|无照|有偿补课|乱收费|乱办班|乱订|隐形变异|虚假宣传|黑校车|体罚)"
# a wrong named as a thing: a time or place, the wrong, and what it is (暑期违规培训); a point
# with a verb of its own before the wrong (严查…, 会同…对无证机构…) is no name.
_WRONG_THING = re.compile(r"^[^，；]{0,8}?" + _WRONG + r"[\u4e00-\u9fff]{0,6}$")
# a body that runs without a licence is watched and closed, the shape rules' 监管 (无证无照机构)
_BODY_LAST = re.compile(r"(?:机构|场所|网点|摊点|门店|车辆|校车)$")
_REMEDY_LAST = re.compile(
    r"(?:整治|治理|查处|排查|整改|防治|防控|专项|行动|检查|督查|清理|打击|取缔|问责|处理|监管|"
    r"监督|举报|投诉|通报|曝光|台账|清单|机制|制度)$"
)
# A point that opens with its own charge, prohibition or deed (严禁…有偿补课, 会同…对无证机构…,
# 保障中小学生每天…): no class re-frames it (weave's MEASURE_VERB reads the rest).
_OPENS_WITH_DEED = re.compile(
    r"^(?:要|我们|必须|务必|确保|严禁|禁止|杜绝|不得|严厉|严查|严肃|坚决|严格|会同|配合|对|"
    r"加强|落实|开展|推进|推动|保障|保证|实施|严防|打击|查处|整治|治理|组织|建立|健全|完善)"
)
# A point that has a clause of its own, a figure, or a verb a frame would double.
_CLAUSE = re.compile(r"[，；。：]|\d")

# Documents and notices handed to families (致家长的一封信, 告家长书, 明白纸): 发放; signed
# pledges: 签订; a scheme: 落实 (its 实施 is part of its name, not a verb to split at).
_LETTER = re.compile(
    r"(?:一封信|告家长书|公开信|明白纸|告知书|倡议书|宣传单|宣传册|宣传页|提醒函)$"
)
_PLEDGE = re.compile(r"(?:承诺书|责任书|责任状)$")
# a point that says who hands or signs the paper itself (每名学生家长签收…, 给家长发…): its own deed
_HANDED = re.compile(r"每|给|发|签|收|印|送|前")
_SCHEME = re.compile(r"(?:工作方案|实施方案|应急方案)$")

# People as a point's whole: who is aided, cared for or kept at school. The group's kind
# decides the care; a word the table lacks takes the general 关心关爱.
_PEOPLE_END = re.compile(r"(?:学生|儿童|少年|幼儿|家庭|子女|孤儿|群体|残疾人)$")
_CARE = (
    (re.compile(r"辍学|失学"), "做好", "做好", "的劝返复学工作"),
    (re.compile(r"贫困|困难|低保|建档立卡|特困|脱贫|零就业"), "做好", "做好", "的资助帮扶工作"),
    (re.compile(r"留守|孤儿|事实无人抚养|困境|单亲"), "加强对", "加强对", "的关爱保护"),
    (re.compile(r"残疾|特殊需要|孤独症|特殊教育"), "做好", "做好", "的教育保障工作"),
    (re.compile(r"随迁子女|进城务工"), "保障", "保障", "平等接受教育"),
    (re.compile(r""), "加强对", "加强对", "的关心关爱"),
)

# A rule stated as its own clause: a subject and a negated or deferred deed (小学一、二年级不布置
# 书面家庭作业, 中高风险地区师生暂缓返校). A quota (不超过90分钟, 不低于…) is an outcome 确保
# takes, not a rule to carry out.
_RULE_VERB = re.compile(
    r"(?<=[\u4e00-\u9fff])(?:(?<![不一拒])不(?!断|少于|低于|超过|高于|足|再|含|同|仅|单|良|能少|发生|出现|降|减|变|漏|因|早于|晚于|懈|低|少|合格|达标|规范|到位|安全|健全|完善|均衡|充分|平衡|明显|够|强|高|力|严|实|准确|及时)"
    r"|暂缓|暂停|停止|免于|延期|错峰)"
)
# A practice a person keeps up, named by its verb at the point's end (学校负责人陪餐, 校领导带班
# 值守): its system is carried out.
_PRACTICE_END = re.compile(
    r"(?:校长|园长|负责人|领导|干部|班主任|教师|老师|家长|书记)[^，；]{0,4}"
    r"(?:陪餐|带班|值班|值守|值周|坐班|巡课|听课|护学|护导|陪护|包保|包片|驻校)$"
)
# A fact or an arrangement that stands: 设在/位于/挂靠 (秘书组设在区教育局), or a stock of
# things a place has (全旗现有校车52辆) — the first clause of a point, said as written.
_ARRANGED = re.compile(r"^[^，；]{2,16}?(?:设在|设于|位于|挂靠|挂靠在|隶属)[^，；]{2,20}$")
_STOCK = re.compile(
    r"^[^，；]{0,12}?(?<!在)(?:现有|共有|现存|在册|在用)[^，；\d上每提增达]{0,16}?\d[\d,.]*[^，；\d]{0,3}$"
)
# Pupils' own time (小学生每天睡眠10小时、初中生9小时): guaranteed, the pupils are not charged.
_PUPILS_TIME = re.compile(
    r"^(?:[^，；]{0,6}?)(?:小学生|初中生|高中生|中小学生|中学生|学生|幼儿|儿童)"
    r"(?:每天|每日|每周|在校)[^，；]{0,10}?(?:睡眠|体育活动|锻炼|户外活动|运动|阅读)"
    r"[^，；]{0,12}?\d+(?:\.\d+)?(?:个)?(?:小时|分钟)"
)
# A school that aids another (自治区示范性高中托管帮扶县中): 推动 the pairing.
_SCHOOL_AIDS = re.compile(
    r"^[^，；]{1,24}?(?:高中|中学|小学|学校|幼儿园|高校|大学|职校|名校|[县市区旗一二三四五六七八九\d]中)"
    r"(?:托管帮扶|托管|对口帮扶|结对帮扶|对口支援|帮扶)[^，；]{2,16}$"
)
# Two short verbs and no object (劝返复学, 均衡编班): the work they name.
_SHORT_WORK = re.compile(
    r"^[\u4e00-\u9fff]{2}(?:复学|编班|分班|入学|入园|返校|就餐|午休|送教|上门)$"
)

# Who a rule is for, then the organ that acts (超出学位的由市教育局统筹分流…): the 的-phrase is
# the case, the organ's deed the rule (要确保超出学位的由… was round ah's G).
_CASE_THEN_BY = re.compile(r"^(?P<case>[^，；由要]{2,16}的)(?=由[^，；]{2,})")
# A fund named by whom it is for (边境县学校教师补助): carried out, not split (…教师要补助).
_FUND_FOR = re.compile(
    r"^[^，；\d]{2,16}?(?:教师|老师|学生|幼儿|人员|干部|校长)(?:生活|交通|岗位|工作)?"
    r"(?:补助|补贴|津贴|奖补)$"
)
# A named set of rules said as a noun, then its prohibitions (校车“五定”管理，严禁超员、超速):
# the set is carried out (the first clause had no predicate: round ah's G).
_NAMED_SET_FIRST = re.compile(
    r"^[^，；“]{0,10}“[^”]{1,8}”(?:管理|制度|要求|规定)，(?=严禁|禁止|不得|杜绝|一律)"
)

# The meaning classes read from a point that takes no lead of its own (see ``meaning_of``).
WRONG = "wrong"
LETTER = "letter"
PEOPLE = "people"
RULE_CLAUSE = "rule_clause"
PRACTICE = "practice"
FACT = "fact"
PUPILS_TIME = "pupils_time"
SCHOOL_AIDS = "school_aids"
SHORT_WORK = "short_work"
CASE_BY = "case_by"
FUND = "fund"
NAMED_SET = "named_set"


def meaning_of(point: str, verb_at: int = -1) -> str:
    """The meaning class of a clerk's point (the constants above), or "" for a point no row
    reads (a verb phrase, a charge, a clause with its own 要, anything weave's shape rules
    already say). ``verb_at``: where the point's own first verb stands, -1 for none."""
    if _OPENS_WITH_DEED.match(point) or "要" in point:
        return ""
    first = re.split("[，；]", point, maxsplit=1)[0]
    if _ARRANGED.match(first) or _STOCK.match(first):
        return FACT
    if _PUPILS_TIME.match(point):
        return PUPILS_TIME
    if _CASE_THEN_BY.match(point):
        return CASE_BY
    if _NAMED_SET_FIRST.match(point):
        return NAMED_SET
    if _CLAUSE.search(point) or "“" in point or "零容忍" in point:
        return ""
    return _meaning_of_phrase(point, verb_at)


def _meaning_of_phrase(point: str, verb_at: int) -> str:
    """A point of one clause with no figure or quotation: the classes read from its words,
    where no verb of the point's own stands before the words that mark them."""
    wrong = _WRONG_THING.match(point)
    if wrong and not _REMEDY_LAST.search(point) and not _BODY_LAST.search(point):
        return WRONG
    papers = _LETTER.search(point) or _PLEDGE.search(point) or _SCHEME.search(point)
    own_verb = 0 <= verb_at < papers.start() if papers else False  # 实施方案's 实施 is its name
    if papers and not own_verb and not _HANDED.search(point[: papers.start()]):
        return LETTER
    practice = _PRACTICE_END.search(point)
    if practice and (verb_at < 0 or verb_at >= practice.start()):
        return PRACTICE
    rule = _RULE_VERB.search(point)
    if rule and len(point) >= 6 and (verb_at < 0 or verb_at > rule.start()):
        return RULE_CLAUSE
    if _SCHOOL_AIDS.match(point):
        return SCHOOL_AIDS
    if _SHORT_WORK.match(point):
        return SHORT_WORK
    if _FUND_FOR.match(point) and (verb_at < 0 or verb_at >= len(point) - 2):
        return FUND  # no verb but the fund's own 补助 (县人社局逐步提高…津贴 is a deed)
    return ""


def _people_only(point: str, verb_at: int) -> bool:
    """A point that names people and nothing they do (建档立卡贫困家庭学生)."""
    return bool(_PEOPLE_END.search(point)) and verb_at < 0 and not _CLAUSE.search(point)


# The grammar forms (weave.PointForm's values) a meaning class may re-frame: a point that names
# things or people, or has a subject of its own; a verb phrase (严厉打击…, 落实…, 会同…) and a
# rule stated with its own 不得/严禁/原则上 keep the frames the shape rules give them.
_READ_FORMS = frozenset({"noun", "own_actor", "other"})
# The classes read whatever the form: a named set before its prohibitions (a rule by shape),
# two short verbs (a verb phrase by shape).
_ANY_FORM = frozenset({"named_set", "short_work"})


def meaning_pieces(point: str, bureau: bool, verb_at: int, form: str) -> Pieces | None:
    """The five pieces a point of a meaning class is said in (see the module's doc), or None
    for a point no row reads. ``verb_at``: where weave finds the point's first verb (-1 for
    none): a class read from a point's words holds only where no verb of the point's own
    comes first (乡政府与各村签订…责任书 signs its pledge itself); ``form``: weave's grammar form."""
    will = "我们将" if bureau else "要"
    kind = meaning_of(point, verb_at)
    if not kind and _people_only(point, verb_at):
        kind = PEOPLE
    if not kind or (form not in _READ_FORMS and kind not in _ANY_FORM):
        return None
    if kind == FACT:
        return _fact_pieces(point)
    if kind == CASE_BY:  # 超出学位的，要由市教育局统筹分流…
        case = _CASE_THEN_BY.match(point)
        at = case.end() if case else 0
        return "", point[:at], ("，" if bureau else "，要"), point[at:], ""
    if kind == PEOPLE:
        lead, suffix = next((lead, suf) for p, lead, _b, suf in _CARE if p.search(point))
        return will + lead, point, "", "", suffix
    return _phrase_pieces(kind, point, will)


def _fact_pieces(point: str) -> Pieces:
    """A fact said as a fact; a charge after it (全旗现有校车52辆，要全部安装…) where a clause
    follows that has no 要 of its own."""
    at = re.search("[，；]", point)
    if not at:
        return "", point, "", "", ""
    head, tail = point[: at.end()], point[at.end() :]
    if re.match(r"(?:要|必须|务必|严禁|不得|禁止|一律)", tail) or "要" in tail:
        return "", point, "", "", ""
    return "", head, "要", tail, ""


# The lead (after 要/我们将) and the closing words of the classes said with one verb.
_FRAMES = {
    WRONG: ("严肃查处", ""),
    PRACTICE: ("落实", "制度"),
    RULE_CLAUSE: ("确保", ""),  # the state the rule names made sure of (not 抓好 a 不…)
    SCHOOL_AIDS: ("推动", ""),
    SHORT_WORK: ("做好", "工作"),
    FUND: ("落实", ""),
    NAMED_SET: ("严格落实", ""),
}


def _phrase_pieces(kind: str, point: str, will: str) -> Pieces:
    if kind in _FRAMES:
        lead, suffix = _FRAMES[kind]
        return will + lead, point, "", "", suffix
    if kind == LETTER and _LETTER.search(point):
        titled = point.startswith("致") or point.endswith("告家长书")
        return (
            (will + "及时发放" + ("《" if titled else "")),
            point,
            "",
            "",
            ("》" if titled else ""),
        )
    if kind == LETTER and _PLEDGE.search(point):
        return will + "签订", point, "", "", ""
    if kind == LETTER:  # a scheme is carried out, as weave's 落实…办法 (开学工作要实施方案 was G)
        return will + "落实", point, "", "", ""
    # pupils' own time: guaranteed (要保证…), made sure of in a bureau's report
    return will + ("确保" if will == "我们将" else "保证"), point, "", "", ""
