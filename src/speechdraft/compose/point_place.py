"""Where 要 goes in a clerk's point, and which frames fit which heads (issue 11's G, round
ak's new arm: paste22). A frame put 要 where a speaker never does, or a verb over a head it
does not take; round ak's readers struck each such line. The rules, each over the point's
shape, its word lists in templates/norms/point_verbs.yaml (norms.load_point_verbs):

- **a month first** (4月份组织开展一次…): 要 after the time phrase (4月份要组织开展…), not
  要组织4月份…;
- **a condition with 对 ending in 的** (对师德考核不合格的，在…中实行…): 要 after the
  condition (对…的，要在…中实行…), never 要对…的，…;
- **a rule kept as it is** (…“四包”责任制不变): 要坚持 before it (_KEPT), never 要组织…不变;
- **an actor, then the deed** (旗级领导包联…, 镇财政慰问教师): 要 after the actor, never
  要做好 over a clause with its own subject; a finance office's deed is a grant
  (_FUNDS: 镇财政要安排资金慰问教师);
- **people and a policy practice** (校长教师交流轮岗): the verb the practice takes
  (_PRACTICES: 要推进校长教师交流轮岗), not 校长教师要交流轮岗;
- **a case, then where its rule applies** (…不合格的，在…中实行…): 要 after the case, as with
  对 (point23);
- **the schools, then their object and verb** (全旗各学校国家统编教材全面使用): 要 after the
  schools, the verb before its object (全旗各学校要全面使用国家统编教材; point23).

after_split moves a split the other rules made: 要 never after 由X (…由班主任要上… →
…要由班主任上…) nor after the first word of a topic noun phrase (教师要培训经费按… →
教师培训经费要按…); after_lead gives 确保 over a bare deed-noun its result (要确保…配备 →
…配备到位, _NEEDS_RESULT).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from speechdraft.compose.point_fit import tells_standing
from speechdraft.norms import load_point_verbs

# the word lists: templates/norms/point_verbs.yaml
_V = load_point_verbs()

Pieces = tuple[str, str, str, str, str]

# a date a deed is done by, said after 要在 (weave's charges and the returns below share it)
BY_A_DATE = (
    # 年内, not the 年内 of 入职三年内 (round w's G: 入职三要在年内教师…)
    r"\d{1,2}月(?:\d{1,2}日|底|中旬|上旬|下旬)?前|年底前|(?<![一二两三四五六七八九十\d])年内|开学前|"
    + _V.any("deadline_events")
    + "前"
)
DEADLINE_NEXT = re.compile(rf"^(?:{BY_A_DATE}|学期内)")

# -- a month first -----------------------------------------------------------------------------
_MONTH_FIRST = re.compile(
    r"^(?P<when>(?:每年|今年|明年)?\d{1,2}月份?(?:上旬|中旬|下旬|初|中)?)(?![底前后\d日至到—－-])"
    r"(?P<rest>" + _V.any("month_deeds") + r"[^；。要]{2,})$"
)


def _month_first(point: str, will: str) -> Pieces | None:
    found = _MONTH_FIRST.match(point)
    if not found:
        return None
    if will == "我们将":  # a bureau's plan: 我们将在4月份组织…
        return "我们将在", found["when"], "", found["rest"], ""
    return "", found["when"], will, found["rest"], ""


# -- a condition with 对 ending in 的 ------------------------------------------------------------
_CASE_WITH_DUI = re.compile(r"^对(?P<case>[^，；。要]{2,24}的)，(?P<rest>[^；。要]{4,})$")
_AS_WRITTEN = re.compile("^" + _V.any("as_written"))


def _case_with_dui(point: str, will: str) -> Pieces | None:
    found = _CASE_WITH_DUI.match(point)
    if not found:
        return None
    if _AS_WRITTEN.match(found["rest"]):  # 对…的，一律取消…: a rule, as the clerk wrote it
        return "", point, "", "", ""
    return "对", found["case"] + "，", will, found["rest"], ""


# -- a case, then where its rule applies (no 对) -------------------------------------------------
# 师德考核不合格的，在职称评聘、评优评先中实行“一票否决”: a frame put 要对 before the case (要对…的，
# 在…中实行…, round ak's G); 要 after the case, as with 对 (…的，要在…中实行…); a bureau states
# the rule as written. A case and its rule with no place (…不合格的实行…, …的，一律…) is a rule as
# written (weave's PointForm.RULE; test_weave_points), not read here.
_CASE_THEN_RULE = re.compile(
    r"^(?!对)(?P<case>[^，；。要“”]{3,24}?的)，(?P<rest>在[^，；。要]{1,16}中"
    r"(?:" + _V.any("case_rules") + "|" + _V.any("as_written") + r")[^；。要]*)$"
)


def _case_then_rule(point: str, will: str) -> Pieces | None:
    found = _CASE_THEN_RULE.match(point)
    if not found:
        return None
    if will == "我们将":
        return "", point, "", "", ""
    return "", found["case"] + "，", will, found["rest"], ""


# -- the schools, then what they use (the object before the verb) -------------------------------
# 全旗各学校国家统编教材全面使用: the object put before its verb read as an inversion (round
# ak's R: 施工有利时机要抓住 → 要抓住施工有利时机); 要 after the schools, the verb before its object
_SCHOOLS_THEN_THING = re.compile(
    r"^(?P<who>(?:各|全[省市州盟县区旗镇]|所有|每所)[^，；。要]{0,6}?" + _V.any("schools") + ")"
    r"(?P<what>[^，；。要]{2,12}?)(?P<how>" + _V.any("manners") + ")?"
    r"(?P<verb>" + _V.any("used_verbs") + ")$"
)


def _schools_then_thing(point: str, bureau: bool) -> Pieces | None:
    found = _SCHOOLS_THEN_THING.match(point)
    if not found or _VERB_IN_TOPIC.search(found["what"]):
        return None
    deed = (found["how"] or "") + found["verb"] + found["what"]
    if bureau:  # the schools' deed in a bureau's report: pushed (weave's 推动)
        return "我们将推动", found["who"], "", deed, ""
    return "", found["who"], "要", deed, ""


# -- a rule kept as it is ------------------------------------------------------------------------
# what is kept: a rule or an arrangement (责任制, 政策), not an outcome (待遇不降、编制不变: 确保)
_KEPT = re.compile(
    r"^(?P<what>[^；。要]{4,40}?" + _V.any("rule_nouns") + ")" + _V.any("kept_tails") + "$"
)


def _kept(point: str, will: str) -> Pieces | None:
    found = _KEPT.match(point)
    if not found or re.match(r"坚持|保持|始终", point):
        return None
    return will + "坚持", point, "", "", ""


# -- an actor, then the deed ----------------------------------------------------------------------
# bodies and leaders that act on their own: 要 after them (point_verbs.yaml: actors, actor_deeds)
_ACTOR = re.compile(
    r"^(?P<who>(?:[省市州盟县区旗镇乡]|苏木)?(?:级)?" + _V.any("actors") + ")"
    r"(?P<rest>" + _V.any("actor_deeds") + r"(?![室组办站科处股员])[^；。要]{1,})$"
)
# a name ending in what it is (联系学校制度, 慰问教师资金): a noun, not a deed (weave's leads)
_NAME_LAST = re.compile(_V.any("name_last") + "$")
# a finance office's deed is a grant: its other deeds are paid for (镇财政要安排资金慰问教师)
_FUNDS = re.compile(r"财政(?:部门)?$")
_MONEY_VERB = re.compile("^" + _V.any("money_verbs"))


def _actor_then_deed(point: str, bureau: bool) -> Pieces | None:
    found = _ACTOR.match(point)
    if not found or len(found["who"]) < 3 or _NAME_LAST.search(point):  # 领导…: no body named
        return None
    who, rest = found["who"], found["rest"]
    if bureau:  # a bureau does not charge others: it asks the finance office for the grant
        funds = _FUNDS.search(who) and not _MONEY_VERB.match(rest)
        return ("我们将争取", who, "安排资金", rest, "") if funds else None
    if _FUNDS.search(who) and not _MONEY_VERB.match(rest):
        return "", who, "要安排资金", rest, ""
    return "", who, "要", rest, ""


# -- people and a policy practice -----------------------------------------------------------------
# a practice said by its policy name, and the verb it takes (point_verbs.yaml: practices)
_PRACTICES = _V.practices
_PEOPLE_ONLY = re.compile(
    r"^(?:县域内|全[省市州盟县区旗镇]|城乡|乡村|义务教育|义务教育学校)?" + _V.any("people") + "+$"
)


def _practice(point: str, will: str) -> Pieces | None:
    for practice, verb in _PRACTICES:
        if point.endswith(practice) and _PEOPLE_ONLY.match(point[: -len(practice)] or "-"):
            return will + verb, point, "", "", ""
    return None


# -- voice24: the clerk's points said as speech ---------------------------------------------------
# round al's readers struck 要确保镇里为每位在岗教师办理体检 (the speaker's own body does not make
# sure of itself: 镇里将…), 要抓好水塘边立警示牌 / 要抓好治理… (a verb phrase takes 要 alone),
# 研究教学点要撤并调整方案 and 和省内要对口帮扶城市… (要 inside the point), …带队分组要督查 (要
# between the manner and its verb), 要由…是第一责任人 (a judgement charged), 教师要招聘。 (a note,
# not a sentence). Word lists: point_verbs.yaml's voice24 block.
_NOT_A_DEED = re.compile(_V.any("name_goes_on") + "|要求|[、，；]")


_DESCRIBES_A_THING = re.compile(r"^[\u4e00-\u9fff]{1,3}的")


def own_body_pieces(point: str, names: tuple[str, ...] = ()) -> Pieces | None:
    """A point whose subject is the speaker's own body (镇里, 厅里; ``names``: the named
    bodies the render knows are the speaker's own, 自治区教育厅 from a 副厅长) said with 将
    (镇里将为每位在岗教师办理体检), never 要确保 it; None for any other point."""
    bodies = [re.escape(n) for n in sorted(names, key=len, reverse=True) if n]
    who = "(?:" + "|".join([*bodies, _V.any("own_bodies")]) + ")"
    found = re.match("^(?P<who>" + who + ")(?P<rest>[^；。]{2,})$", point)
    if not found or _NOT_A_DEED.match(found["rest"]) or found["rest"].startswith("办"):
        return None  # (县委办牵头…: the office, not 县委将办…: round am's G)
    if _DESCRIBES_A_THING.match(found["rest"]):
        return None  # 乡里租用的2辆…车: the body describes a thing (round by's 20, G 乡里将租用的…)
    rest = found["rest"].removeprefix("要")  # 镇里要为…: the clerk's own charge, said 将
    first = re.split("[，；]", rest, maxsplit=1)[0]
    if re.search("要(?!求)", first) or rest.startswith("将"):
        return None
    if tells_standing(first):
        # what the body has done is said as done (round au's G F: 镇政府将今年协调解决了…)
        return "", found["who"], "", rest, ""
    when = _YEAR_FIRST.match(rest)
    if when:  # 乡里今年将挤出12万元 (round ba's G: 乡里将今年挤出…)
        return "", found["who"] + when.group(), "将", rest[when.end() :], ""
    return "", found["who"], "将", rest, ""


_JUDGED = re.compile(
    r"^(?P<who>[^，；。]{2,30}?)(?<![特但还尤就凡总若于只即或])是[^，；。要]{0,4}?"
    r"(?P<role>" + "|".join(re.escape(role) for role, _ in _V.judged_roles) + ")$"
)


def _judged(point: str) -> Pieces | None:
    """…主要负责同志是第一责任人: a judgement said as a statement, then what it asks (要由…是…
    and 我们将推动…是… were round al's G)."""
    found = _JUDGED.match(point)
    if not found:
        return None
    follow = next(then for role, then in _V.judged_roles if role == found["role"])
    return "", point, "", "", "，" + follow


_BARE_CHARGE = re.compile(r"^(?P<what>[^，；。要、]{2,6})要(?P<verb>" + _V.any("bare_verbs") + ")$")


def _bare_charge(point: str, will: str) -> Pieces | None:
    """教师要招聘, 留守儿童要关爱: a note, not a sentence; the verb before its object (要招聘
    教师), the clerk's own verb and noun, nothing added."""
    found = _BARE_CHARGE.match(point)
    return (will + found["verb"], found["what"], "", "", "") if found else None


_PLAIN_VERB = re.compile(
    "^(?!" + _V.any("not_verbs") + ")" + _V.any("plain_verbs") + r"[^，；。]{2,}"
)
_WITH_FIRST = re.compile(
    "^(?!" + _V.any("not_with") + ")" + _V.any("with_openers") + r"[^，；。要]{2,}"
)
_PLACE_THEN_DEED = re.compile(
    r"^[^，；。要在由对]{1,8}?" + _V.any("place_ends") + _V.any("placed_deeds") + r"[^；。要]+$"
)
_LISTED_TIMES = re.compile(
    "^"
    + _V.any("listed_times")
    + r"[^，；。要]{0,8}[、和][^，；。要]{1,10}?(?:前|后|期间)(?:各|分别)?"
    + _V.any("timed_verbs")
    + r"[^；。要]*$"
)


_UNITS_AFTER_MEETING = re.compile(
    r"^(?P<who>各[^，；。要、]{1,8}?(?:、各[^，；。要、]{1,8}?)*)(?P<rest>"
    + _V.any("after_meeting")
    + r"[^，；。要]{0,6}?[内前]?[^；。要]{2,})$"
)


def _units_after_meeting(point: str, bureau: bool) -> Pieces | None:
    """各镇街、各部门会后一周内传达会议精神: the units, then 要在 before the time (要由各镇街…
    was round al's G); a bureau's report leaves it to weave (它推动 the places below)."""
    found = _UNITS_AFTER_MEETING.match(point)
    if not found or bureau:
        return None
    return "", found["who"], "要在", found["rest"], ""


def after_bare(pieces: Pieces, bureau: bool) -> Pieces:
    """A split that left a note, not a sentence (教师招聘 → 教师要招聘, round al's R): the
    clerk's verb before its noun (要招聘教师, 我们将招聘教师)."""
    lead, head, infix, tail, suffix = pieces
    if lead or suffix or infix != "要":
        return pieces
    found = _BARE_CHARGE.match(head + infix + tail)
    if not found:
        return pieces
    return ("我们将" if bureau else "要") + found["verb"], found["what"], "", "", ""


_GOOD_VERB = re.compile(
    r"^(?P<who>(?:各|全[省市州盟县区旗镇]|所有|每所)[^，；。要]{0,6}?(?:"
    + _V.any("schools")
    + "|校))?"
    r"(?P<when>"
    + _V.any("term_times")
    + r"[^，；。要]{0,6}?(?:第[一二三四\d]+周|首日|当天|前|后|初))?"
    r"(?P<rest>" + _V.any("good_verbs") + r"[^；。要]{2,})$"
)


def _good_verb(point: str, will: str) -> Pieces | None:
    """各校开学第一周上好安全教育第一课: the point's own verb (上好) said with 要 before it, after
    the schools and the time (各校要在开学第一周上好…), never 要开齐开好 over it (round al's G)."""
    found = _GOOD_VERB.match(point)
    if not found or not (found["who"] or found["when"]):
        return None
    who, when = found["who"] or "", found["when"] or ""
    if not who:
        return will + "在", point, "", "", ""
    if will == "我们将":
        return "我们将推动", point, "", "", ""
    return "", who, "要在" if when else "要", when + found["rest"], ""


_PEOPLE_THEN_TERM = re.compile(
    r"^(?P<who>(?!各)[^，；。要由对在把将为\d]{0,10}?"
    + _V.any("people_ends")
    + r")(?P<rest>(?:"
    + _V.any("term_times")
    + r"[^，；。要]{0,4}?前[^；。要]{3,}|"
    + _V.any("listed_times")
    + r"(?:期间)?"
    + _V.any("patrols")
    + r"[^；。要]*))$"
)


def _people_then_term(point: str, bureau: bool) -> Pieces | None:
    """通学车驾驶员开学前全部参加安全培训: the people, then 要在 before the time (要做好通学车驾驶
    员… read the deed as a noun to do); a bureau makes sure of it (我们将确保…)."""
    found = _PEOPLE_THEN_TERM.match(point)
    if not found:
        return None
    if bureau:  # the people are the schools' staff: the bureau makes sure of it
        return "我们将确保", point, "", "", ""
    return "", found["who"], "要在", found["rest"], ""


def _said_with_will(point: str, will: str) -> Pieces | None:
    """A point that opens with its own verb (研究…, 治理…), with 和/同 (和省内对口帮扶城市…),
    with a place and what is put there (水塘边立警示牌) or with several times (暑期返校、秋季
    开学前做好…): 要 (要在) before it whole, never inside it and never 抓好/确保 over it."""
    if _PLAIN_VERB.match(point) or _WITH_FIRST.match(point):
        return will, point, "", "", ""
    if _PLACE_THEN_DEED.match(point) or _LISTED_TIMES.match(point):
        return will + "在", point, "", "", ""
    return None


# -- a department's return, as the clerk pasted it ----------------------------------------------
# what a body has done or is doing (已…, 已于…, 正在…), what it proposes or plans (拟…, 拟于…, 计划+deed+number), whose duty
# it is (县财政局负责…): the return's own tense and subject, which no charge goes over (round
# am's G: 要确保自治区教育厅已印发…, 拟于要在4月底前…, 我们将推动县财政局负责…)
_BODY = r"[^，；。要（(]{2,14}?(?:局|委|办|厅|部|队|院|所|中心|政府|部门|学校|中学|小学|幼儿园)"
_RETURN_STATE = re.compile(
    r"^(?:(?P<who>"
    + _BODY
    + r"))?(?:全年|今年|年内|明年|本学期|\d{4}年)?(?P<mark>已经|已于|已|正在|拟于|拟|计划(?=[^，；。]{0,12}\d|年内|年底|今年|明年|本学期))"
)
_DUTY_THEN_DEED = re.compile(r"^(?P<who>[^，；。要（(由]{2,30}?)负责[，,]\s*(?P<deed>[^；。]{2,})$")
_BODY_IN_CHARGE = re.compile(r"^(?P<who>" + _BODY + r")负责(?P<rest>[^；。]{2,})$")


def _department_return(point: str, bureau: bool) -> Pieces | None:
    """A department's return said in its own tense: done or under way as it is (省教育厅已于
    6月底前…, 正在推进…), proposed as the speaker's own where no body is named (我们拟于…, 拟…),
    a body's duty as its charge (县财政局要负责…, 市消防救援大队要在1月20日前…; a bureau's report
    says it as the division it is). None for any other point."""
    found = _RETURN_STATE.match(point)
    if found and len(point) > found.end() + 1:
        proposes = found["mark"].startswith(("拟", "计划"))  # 计划撤并小规模学校4所: a plan
        if proposes and bureau and not found["who"]:
            return "我们", point, "", "", ""
        if proposes and found["who"] and not bureau and _READY_SAID.search(point):
            # a plan whose groundwork is reported done (…计划补充教师150名…，已完成招聘方案报批)
            # is a report: 要补充…，已完成… mixed a charge with a deed (round ba's G F)
            return "", point, "", "", ""
        if proposes and found["who"] and not bureau:
            return _body_plan_charged(found["who"], point[found.end() :])
        return "", point, "", "", ""
    divided = _DUTY_THEN_DEED.match(point)
    if divided is not None and not bureau:
        # 县编办、县人社局负责，6月底前完成… was said 县编办、县人社局要负责，6月底前… (round an's
        # G: the comma leaves 负责 without its object): the deed, then whose duty it is
        return "", f"{divided['deed']}，由{divided['who']}负责", "", "", ""
    charged = _BODY_IN_CHARGE.match(point)
    if charged is None:
        return None
    if bureau:
        return "", point, "", "", ""
    if DEADLINE_NEXT.match(charged["rest"]):  # 要负责1月20日前完成… (round am's G): 要在 the date
        return "", charged["who"], "要在", charged["rest"], ""
    if _DEED_AFTER_DUTY.match(charged["rest"]):
        # 县公安局负责在城区学校门口设立护学岗 was said 要负责在…设立 (round ao's R, eleven
        # lines): a duty with its own deed says the deed, 县公安局要在…设立护学岗
        return "", charged["who"], "要", charged["rest"], ""
    return "", charged["who"], "要", "负责" + charged["rest"], ""


# what follows 负责 when it is a deed of its own, not the object of the duty (负责全区…接入)
_DEED_AFTER_DUTY = re.compile("^" + _V.any("duty_deeds"))


_READY_SAID = re.compile(r"[，；](?:目前)?已(?:经)?(?:完成|报批|印发|制定|启动|下达)")


def _body_plan_charged(who: str, rest: str) -> Pieces:
    """A body's plan in a leader's speech is his charge to it (县人社局、县教育局计划12月底前
    完成… read as a report: round ao's R; 区教育局拟在9月底前组织… the same): X要在12月底前…"""
    if _CONGRESS_BODY.search(who):
        # a congress plans its own inspection: its plan as planned, never charged (round bt's 18, L:
        # 市人大常委会教科文卫工委要10月…)
        return "", who, "拟于" if _MONTH_NEXT.match(rest) else "拟", rest, ""
    if rest.startswith("在"):
        return "", who, "要", rest, ""
    if DEADLINE_NEXT.match(rest):
        return "", who, "要在", rest, ""
    when = _YEAR_FIRST.match(rest)
    if when and _SEASON_NEXT.match(rest[when.end() :]):
        # (…小学2032年秋季并入…: stop 65's read, G — …2032年要秋季并入)
        return "", who, "要在", rest, ""
    if when:  # 中心幼儿园明年要增设托班 (round ba's G: 中心幼儿园要明年增设…)
        return "", who + when.group(), "要", rest[when.end() :], ""
    return "", who, "要", rest, ""


_CONGRESS_BODY = re.compile(r"人大|政协")
_MONTH_NEXT = re.compile(r"\d{1,2}月")
_SEASON_NEXT = re.compile(r"(?:秋季|春季|上半年|下半年)|年[底初]|\d{1,2}月")


# (a year by its number too: 区人社局计划2020年招聘… — round bd's 07 R, 区人社局要2020年招聘)
_YEAR_FIRST = re.compile("^(?:" + _V.any("plan_years") + r"|20\d\d年)(?=[\u4e00-\u9fff])")


def return_shaped(point: str, bureau: bool) -> Pieces | None:
    """A department's return this module says as the state, then what is asked (facts26), or
    None for any other point."""
    from speechdraft.compose.return_said import return_pieces  # it reads BY_A_DATE here

    return return_pieces(point, bureau) or _department_return(point, bureau)


def placed_pieces(point: str, bureau: bool) -> Pieces | None:
    """The five pieces of a point of one of the module's shapes, or None for any other."""
    will = "我们将" if bureau else "要"
    early = point and (
        return_shaped(point, bureau)  # the state, then what is asked (facts26)
        or own_body_pieces(point)
        or _judged(point)
        or _bare_charge(point, will)
    )
    if early:
        return early
    if not point or "要" in point:
        return None
    return (
        _said_with_will(point, will)
        or _good_verb(point, will)
        or _people_then_term(point, bureau)
        or _units_after_meeting(point, bureau)
        or _month_first(point, will)
        or _case_with_dui(point, will)
        or _case_then_rule(point, will)
        or _schools_then_thing(point, bureau)
        or _kept(point, will)
        or _actor_then_deed(point, bureau)
        or _practice(point, will)
    )


# -- a split moved ------------------------------------------------------------------------------
# a topic noun phrase's last word: what is to be paid, counted or kept (教师培训经费)
_TOPIC_NOUN = re.compile(
    r"^(?![将把对为向在从给与和按])(?P<rest_of_topic>[^，；。要\d]{0,8}?"
    + _V.any("topic_nouns")
    + ")(?="
    + _V.any("topic_then")
    + ")"
)


def after_split(pieces: Pieces) -> Pieces:
    """要 moved out of a place no speaker puts it (see the module's docstring)."""
    lead, head, infix, tail, suffix = pieces
    if not infix.startswith("要") or lead:
        return pieces
    manner = _MANNER_LAST.search(head)
    if manner and manner.start() >= 2 and infix == "要":  # …带队分组要督查 → …要带队分组督查
        return lead, head[: manner.start()], infix, head[manner.start() :] + tail, suffix
    at = head.rfind("由")
    inside_word = at > 0 and head[at - 1] in "自理缘事经"
    # …由班主任要上… → …要由班主任上…
    if at > 0 and not inside_word and "，" not in head[at:] and infix == "要":
        return lead, head[:at], infix, head[at:] + tail, suffix
    # 教师要培训经费按… → 教师培训经费要按…
    topic = _TOPIC_NOUN.match(tail)
    if not topic or infix != "要" or len(head) > 6 or re.search("[，；]", head):
        return pieces
    if _VERB_IN_TOPIC.search(head + topic.group()):
        return pieces
    return lead, head + topic.group(), infix, tail[topic.end() :], suffix
    return pieces


_VERB_IN_TOPIC = re.compile(_V.any("verbs_in_topic"))
_MANNER_LAST = re.compile(_V.any("manner_deeds") + "+$")


# a deed-noun 确保 cannot take bare: its result (point_verbs.yaml: needs_result)
_NEEDS_RESULT = _V.needs_result


def after_lead(pieces: Pieces) -> Pieces:
    """确保 over a bare deed-noun (要确保教学仪器设备和图书配备) given its result."""
    lead, head, infix, tail, suffix = pieces
    if not lead.endswith("确保") or infix or tail or suffix:
        return pieces
    result = next((r for noun, r in _NEEDS_RESULT if head.endswith(noun)), "")
    return (lead, head, infix, tail, result) if result else pieces


# -- modal27: where 要 goes, by the phrase's form (round ap's G) ---------------------------------
# Round ap's readers struck 可要按规定 (a modal already said), 旗疾控将中心 (将 inside a body's
# name), 省级教师要培训专项经费 and 县中教师要招聘实行 (要 inside a topic), 要确保雨季山路易塌方
# (确保 over a hazard), 要每名留守儿童确定… (the people provided for are no subject), 要对生活教师
# 晚上查寝… and 要抓好周五放学由… (a frame over a clause with its own subject and verb). Word
# lists: point_verbs.yaml's modal27 block.
_MODAL_WORD = re.compile("^" + _V.any("modal_words"))
# a modal after the people it binds or a 的-phrase (教师可, …的可): 功能, 供应 end no subject
_OWN_MODAL_LAST = re.compile(
    "(?:" + _V.any("people_ends") + "|的)(?P<modal>" + _V.any("own_modals") + ")$"
)
_PEOPLE_THEN_MODAL = re.compile(
    r"^[^，；。要]*?" + _V.any("people_ends") + "(?P<modal>" + _V.any("own_modals") + ")"
)
# (中心学校 is a name of its own: 要 is not moved into it)
_BODY_NAME_END = re.compile("^" + _V.any("body_name_ends") + "(?!学校|校)")
_TOPIC_DEED = re.compile(
    "^"
    + _V.any("topic_deeds")
    + r"(?:[^，；。要\d]{0,4}?"
    + _V.any("topic_nouns")
    + "|(?="
    + _V.any("topic_then")
    + "))"
)
# the topic's person (省级教师): a school or a place before 补充… is an actor, not a topic
_PEOPLE_LAST = re.compile(_V.any("people_ends") + "$")
_TOPIC_TIME = re.compile("^" + _V.any("topic_times") + r"(?=[^，；。\d])")
_HAZARD_FIRST = re.compile(
    r"^(?P<hazard>[^，；。要]{2,12}?"
    + _V.any("hazard_marks")
    + r"[^，；。要]{1,6})，(?P<rest>[^；。]{4,})$"
)
_EACH_PROVIDED = re.compile(
    "^"
    + _V.any("each_words")
    + r"[^，；。要]{0,6}?"
    + _V.any("provided_for")
    + _V.any("provided_verbs")
    + r"(?:一|1)[名位个][^，；。要]{2,}$"
)
_FLOOR_IN_CLAUSE = re.compile(
    r"^(?P<who>[^，；。要由对在为]{0,6}?" + _V.any("people_ends") + r"[^，；。要]{2,8}?)"
    r"(?P<rest>" + _V.any("floor_words") + r"[^；。要]+)$"
)
_TIME_THEN_BY = re.compile(r"^(?P<when>[^，；。要由对在为]{2,8}?)(?P<rest>由[^，；。要]{4,})$")
# frames a clause with its own subject and verb takes none of (要抓好…由…交接, 要对…查寝…)
_OVER_A_CLAUSE = ("抓好", "做好", "确保", "对", "落实", "加强")

# frames a point with a modal of its own takes none of (要做好教师应按规定…); 确保…可 reads
_OVER_A_MODAL = ("", "在", "对", "做好", "抓好", "落实", "推动")

Frame = Callable[[str, bool], Pieces]


def _is_modal(rest: str) -> bool:
    """Whether ``rest`` opens past a modal word (可按规定…), not a word that starts alike (可持续)."""
    return not _MODAL_WORD.match(rest)


def _modal_said(pieces: Pieces) -> Pieces | None:
    """A point with a modal of its own (…教师可按规定申报…) said as written: no 要 after it
    (可要按规定) nor a frame before its subject (要在…的教师可…)."""
    lead, head, infix, tail, suffix = pieces
    last = _OWN_MODAL_LAST.search(head) if infix == "要" else None
    if last and _is_modal(head[last.start("modal") :] + tail):
        return "", head + tail, "", "", suffix
    frame = lead.removeprefix("我们将").removeprefix("要")
    if lead and frame in _OVER_A_MODAL and not infix and not tail:
        found = _PEOPLE_THEN_MODAL.match(head)
        if found and _is_modal(head[found.start("modal") :]):
            return "", head, "", "", suffix
    return None


def _body_name_whole(pieces: Pieces) -> Pieces | None:
    """要/将 moved past the end of a body's name it split (旗疾控将中心… → 旗疾控中心将…)."""
    lead, head, infix, tail, suffix = pieces
    found = _BODY_NAME_END.match(tail) if infix in ("要", "将") else None
    if not found or not head:
        return None
    return lead, head + found.group(), infix, tail[found.end() :], suffix


def _topic_whole(pieces: Pieces) -> Pieces | None:
    """要 after a topic a person noun and a deed-noun make (省级教师要培训专项经费… → 省级教师培训
    专项经费今年要安排…; 县中教师要招聘实行… → 县中教师招聘要实行…), after its time word."""
    lead, head, infix, tail, suffix = pieces
    found = _TOPIC_DEED.match(tail) if infix == "要" and not lead else None
    if not found or re.search("[，；]", head) or not _PEOPLE_LAST.search(head):
        return None
    head, tail = head + found.group(), tail[found.end() :]
    more = _TOPIC_NOUN.match(tail)  # 经费 after 专项 (培训专项经费)
    if more and not _VERB_IN_TOPIC.search(more.group()):
        head, tail = head + more.group(), tail[more.end() :]
    when = _TOPIC_TIME.match(tail)
    if when:
        head, tail = head + when.group(), tail[when.end() :]
    return lead, head, infix, tail, suffix


def _each_provided(pieces: Pieces, bureau: bool) -> Pieces | None:
    """每名留守儿童确定一名结对帮扶教师: the people provided for take 为 (要为每名留守儿童确定…)."""
    lead, head, infix, tail, suffix = pieces
    will = "我们将" if bureau else "要"
    if lead in ("", will) and not infix and _EACH_PROVIDED.match(head):
        return will + "为", head, "", "", suffix
    if not lead and infix == "要" and _EACH_PROVIDED.match(head + tail):
        return will + "为", head + tail, "", "", suffix
    if not lead and infix == "要" and head.endswith("，") and _EACH_PROVIDED.match(tail):
        return "", head, "要为", tail, suffix  # 全镇现有留守儿童312人，要为每名…
    return None


def _hazard_then_deed(pieces: Pieces, bureau: bool, frame: Frame) -> Pieces | None:
    """确保 over a hazard (要确保雨季山路易塌方，驾驶员…): the hazard as written, then the deed
    charged (雨季山路易塌方，驾驶员每天出车前要检查路况)."""
    lead, head, infix, _tail, suffix = pieces
    found = _HAZARD_FIRST.match(head) if lead.endswith("确保") and not infix + _tail else None
    if not found:
        return None
    rest = found["rest"]
    timed = _PEOPLE_TIMED.match(rest)
    if timed:
        return (
            "",
            found["hazard"] + "，" + timed["who"] + timed["when"],
            "要",
            timed["deed"],
            suffix,
        )
    sub_lead, sub_head, sub_infix, sub_tail, sub_suffix = frame(rest, bureau)
    if sub_lead.endswith("确保"):
        return None
    return "", found["hazard"] + "，" + sub_lead + sub_head, sub_infix, sub_tail, sub_suffix


# people, then the time of a routine (每天出车前), then their deed: 要 before the deed
_PEOPLE_TIMED = re.compile(
    r"^(?P<who>[^，；。要]{0,6}?" + _V.any("people_ends") + r")"
    r"(?P<when>每(?:天|日|周|次|晚)[^，；。要]{0,6}?[前后])(?P<deed>[^，；。要]{2,})$"
)


def _clause_charged(pieces: Pieces, bureau: bool) -> Pieces | None:
    """A frame over a clause with its own subject and verb (要对生活教师晚上查寝不少于2次…, 要抓好
    周五放学由生活教师…交接…): 要 inside it, before its floor or its 由 (生活教师晚上查寝要不少于
    2次…, 周五放学要由生活教师…): a rule the clause states, in a bureau's mouth too."""
    lead, head, infix, tail, suffix = pieces
    if infix or tail or lead.removeprefix("我们将").removeprefix("要") not in _OVER_A_CLAUSE:
        return None
    floor = _FLOOR_IN_CLAUSE.match(head)
    if floor and not lead.endswith("确保"):  # 要确保…不少于 reads: a result ensured
        return "", floor["who"], "要", floor["rest"], suffix
    by = _TIME_THEN_BY.match(head)
    if by and not _VERB_IN_TOPIC.search(by["when"]) and lead.endswith(("抓好", "做好", "确保")):
        return "", by["when"], "要", by["rest"], suffix
    return None


def after_modal(pieces: Pieces, bureau: bool, frame: Frame) -> Pieces:
    """要 moved to where the phrase's form puts it (see modal27 above); the clerk's words kept,
    in their order."""
    return (
        _modal_said(pieces)
        or _body_name_whole(pieces)
        or _topic_whole(pieces)
        or _each_provided(pieces, bureau)
        or _hazard_then_deed(pieces, bureau, frame)
        or _clause_charged(pieces, bureau)
        or pieces
    )
