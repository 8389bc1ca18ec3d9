"""A clerk's point that is already a sentence, said as one (issue 11's G, round aj's new arm).
weave put a lead before the whole point (要推动…, 要做好…, 我们将管好用好…, 要对…) where the
point had its own subject, a condition of its own, or no verb a lead could take; round aj's
readers struck each such line as broken grammar. The shapes read here:

- **a condition, then the work** (方案审议通过后，县教育局会同…): the condition first, then the
  rest charged as a point of its own (…后，县教育局要会同…); a case (整改不到位的，暂停秋季招生)
  is a rule and is said as the clerk wrote it;
- **a topic with 对, then a deadline or a verb** (对…的学生，3月底前完成…): 要 after the topic
  (对…的学生，要在3月底前完成…), never 要对…，…;
- **a thing, then who handles it or how** (闲置校舍由乡镇统筹…, …事项实行清单管理, …的线路，逐条
  核定): 要 after the thing (闲置校舍要由乡镇统筹…);
- **people who act, then their deed** (…分管负责同志开学第一周带队检查): the people are the
  subject, 要 (要在 before a time) after them, not 要对…;
- **every room or school, then what it is fitted with** (每间教室、宿舍装…报警器): 要 after it;
- **a 从 phrase, then its verb** (从区属人才公寓中拿出120套…): the plain lead before it;
- **a time, then the deed** (开学第一周逐户核查): 要在 before the time (point23);
- **the speaker's own call, then its result** (克服…影响，…平稳顺利): 要 before the call, 确保
  before the result (point23);
- **a list of who answers for whom** (乡干部包村、村干部包户，…): the pairs said whole, the deed
  after them charged (point23);
- **a bare record or practice** (劝返复学台账, 晨午检和因病缺课追踪登记): the verb its head noun
  takes, from a small table (_HEAD_VERBS: 台账 → 建立, 制度 → 落实, 机制 → 健全…).

Each rule reads the point's shape only; a point none reads is left to weave's rules.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from speechdraft.compose.charge_clauses import body_then_deed
from speechdraft.norms import load_point_verbs

# the word lists: templates/norms/point_verbs.yaml
_V = load_point_verbs()

Pieces = tuple[str, str, str, str, str]

# -- a condition, then the work ----------------------------------------------------------
# a condition ends in 后/时 (an event, not a deadline: 9月前 is weave's) or is a case (…的)
_CONDITION = re.compile(r"^(?P<cond>[^，；。要\d]{3,16}?(?:后|时|的))，(?P<rest>[^；。]{4,})$")
# what a case's rule does to it (weave says 发生…的，要对…问责 with 要 inside: left to it)
_SANCTION = re.compile("^" + _V.any("sanctions"))
_OPENS_WITH_ITS_OWN = re.compile("^" + _V.any("own_openers"))


def _after_condition(
    point: str, bureau: bool, frame: Callable[[str, bool], Pieces]
) -> Pieces | None:
    found = _CONDITION.match(point)
    if not found or _OPENS_WITH_ITS_OWN.match(point) or "要" in found["rest"]:
        return None
    cond, rest = found["cond"], found["rest"]
    if cond.endswith("的"):  # 整改不到位的，暂停秋季招生: a rule for a case, as written
        return ("", point, "", "", "") if _SANCTION.match(rest) else None
    if re.search(r"可|不得|一律", rest):  # …预警时，各地可按规定停课: a rule, as written
        return "", point, "", "", ""
    return _before(cond + "，", frame(rest, bureau), bureau)


def _before(opening: str, pieces: Pieces, bureau: bool) -> Pieces:
    """An opening (a condition, a topic) put before a point's own charge: 要 stays after it."""
    lead, head, infix, tail, suffix = pieces
    if not lead:
        return "", opening + head, infix, tail, suffix
    return "", opening, lead, head + infix + tail, suffix


# -- a topic with 对, then a deadline or a verb -------------------------------------------
_TOPIC_THEN_DEED = re.compile(r"^对(?P<who>[^，；。要]{2,20})，(?P<rest>[^；。要]{4,})$")
_DEADLINE = re.compile(
    r"^(?:\d{1,2}月(?:\d{1,2}日|底|中旬|上旬|下旬)?前|年底前|年内|开学前|学期内|本学期内)"
)
# people a topic with 对 names, with no verb of their own (对外出务工随迁的学生)
_WHOM = re.compile(r"^(?!照)[^，；。逐建实开推]*" + _V.any("whom") + "$")
_RULE_WORDS = re.compile(_V.any("rule_words"))


def _topic_then_deed(point: str, will: str) -> Pieces | None:
    found = _TOPIC_THEN_DEED.match(point)
    if not found or _RULE_WORDS.match(found["rest"]) or not _WHOM.search(found["who"]):
        return None  # 对照…, 对…逐车检验，…: a verb of its own before the comma, weave's
    body = body_then_deed(found["rest"])
    if body:
        # (对升入县城初中的本乡学生，中心学校建立跟踪名单: round cw's 22, G — 我们将中心学校建立…)
        return "对", found["who"] + "，" + body[0], "将" if will == "我们将" else "要", body[1], ""
    infix = "要在" if _DEADLINE.match(found["rest"]) else "要"
    if will == "我们将":
        infix = "我们将在" if infix == "要在" else "我们将"
    return "对", found["who"] + "，", infix, found["rest"], ""


# -- a topic with 对, then the body that acts (对…的适龄儿童，由县特教学校牵头开展送教上门): 要
# before 由, not 要对…，由… (round bf's 01 and 24, G); a bureau's own report says it as decided
_TOPIC_THEN_ORGAN = re.compile(r"^对(?P<who>[^，；。要]{2,30})，(?P<rest>由[^；。]{4,})$")


def _topic_then_organ(point: str, bureau: bool) -> Pieces | None:
    found = _TOPIC_THEN_ORGAN.match(point)
    if not found:
        return None
    return "", f"对{found['who']}，", "" if bureau else "要", found["rest"], ""


# -- people, then the place that acts for them (从教30年的老教师，旗里每年安排…): 对 before
# them and 要 after the place (round bf's 05 G: 要确保从教30年的老教师，旗里…)
_PEOPLE_THEN_ACTOR = re.compile(
    r"^(?P<who>[^，；。要对]{2,24}(?:教师|学生|儿童|幼儿|家庭|老师))，"
    r"(?P<actor>(?:旗|县|镇|乡|市|区|州|盟)里|学校|各校|各学校)(?P<rest>[^；。要]{4,})"
    r"(?P<more>[；;].*)?$"
)


def _people_then_actor(point: str, bureau: bool) -> Pieces | None:
    found = _PEOPLE_THEN_ACTOR.match(point)
    if not found:
        return None
    more = found["more"] or ""
    return (
        "",
        f"对{found['who']}，{found['actor']}",
        "" if bureau else "要",
        found["rest"] + more,
        "",
    )


# -- a thing, then who handles it or how ---------------------------------------------------
_THING = _V.any("things")
_THING_THEN_HOW = re.compile(
    r"^(?P<what>[^，；。要由对在把将为\d]{1,16}?" + _THING + r")(?P<comma>，)?"
    r"(?P<rest>" + _V.any("thing_ways") + r"[^；。要]{2,})$"
)
# a verb that opens the point is its own lead (建立…项目, 完善…设施): weave says those
_OPENING_VERB = re.compile("^" + _V.any("opening_verbs"))


def _thing_then_how(point: str, bureau: bool) -> Pieces | None:
    found = _THING_THEN_HOW.match(point)
    if not found or _OPENING_VERB.match(point) or point.startswith("凡"):
        return None
    if found["comma"] and not re.search("的", found["what"]):
        return None  # a list (校舍、设施，…) or a bare noun before a comma: not read here
    if bureau and found["rest"].startswith("由"):
        return None  # another body's deed in a bureau's report: weave's 争取/推动
    return "", found["what"], "要", found["rest"], ""


# -- people who act, then their deed ---------------------------------------------------------
_ACTORS = re.compile(
    r"^(?P<who>[^，；。要对在把将为\d]{2,16}?"
    + _V.any("officials")
    + r")(?P<rest>[^，；。要]{3,})$"
)
_WHEN_FIRST = re.compile(
    "^" + _V.any("school_times") + r"[^，；。]{0,4}?(?:第[一二三四\d]+周|前|后|"
    r"期间|初|末|首日|当天)"
)
_DEED = re.compile(_V.any("official_deeds"))


def _actors_then_deed(point: str, bureau: bool) -> Pieces | None:
    found = _ACTORS.match(point)
    if not found or bureau or not _DEED.search(found["rest"]):
        return None
    if _OPENING_VERB.match(point) or (re.match("各", point) and not found["who"].startswith("各")):
        return None
    rest = found["rest"]
    if rest[0] in "、和及与":  # 书记、校长…: the people go on
        return None
    infix = "要在" if _WHEN_FIRST.match(rest) else "要"
    return "", found["who"], infix, rest, ""


# -- every room or school, then what it is fitted with ---------------------------------------
_EVERY_THEN_FITTED = re.compile(
    r"^(?P<who>每(?:间|所|个|座|栋|辆|处)[^，；。要]{1,14}?)(?P<rest>(?:装|加装|安装)[^，；。要]{2,})$"
)


def _every_then_fitted(point: str) -> Pieces | None:
    found = _EVERY_THEN_FITTED.match(point)
    if not found:
        return None
    return "", found["who"], "要", found["rest"], ""


# -- a 从 phrase, then its verb -----------------------------------------------------------
_FROM_THEN_VERB = re.compile(r"^从[^，；。要]{2,16}?(?:中|里|内)" + _V.any("from_verbs"))


def _from_then_verb(point: str, will: str) -> Pieces | None:
    return (will, point, "", "", "") if _FROM_THEN_VERB.match(point) else None


# -- a time, then the deed (no subject) ---------------------------------------------------
# 开学第一周逐户核查: a frame read the time as an object (要对开学第一周逐户核查, round ak's G);
# the time is where the deed happens: 要在开学第一周逐户核查
_TIME_THEN_DEED = re.compile(
    r"^(?P<time>(?:每学期|每学年)?"
    + _V.any("term_times")
    + r"[^，；。要]{0,6}?(?:第[一二三四\d]+周|前|后|期间|初|末|首日|当天)"
    r"(?:[一二两三四五六七\d]+(?:周|天|日|个工作日)内)?)"
    r"(?P<deed>" + _V.any("timed_deeds") + r"[^，；。要]{1,})$"
)


def _time_then_deed(point: str, will: str) -> Pieces | None:
    found = _TIME_THEN_DEED.match(point)
    if not found or (will == "我们将" and not found["deed"].startswith("集中")):
        return None  # a bureau does not check homes itself (weave's rules); it runs a campaign
    return will + "在", found["time"], "", found["deed"], ""


# -- a call of the speaker's own, then its result -------------------------------------------
# 克服疫情影响，高考中考平稳顺利: 要确保 before it (确保克服…, 确保转变作风) did not go together
# (round ak's R); 要 before the call, 确保 before a result with a subject of its own
_OWN_CALL = re.compile(
    "^(?P<call>" + _V.any("own_calls") + r"[^，；。要]{2,10})，(?P<rest>[^；。要]{3,})$"
)
_GOES_ON = re.compile("^" + _V.any("goes_on"))


def _own_call(point: str, will: str) -> Pieces | None:
    found = _OWN_CALL.match(point)
    if not found:
        return None
    rest = found["rest"]
    if _GOES_ON.match(rest) or _OPENING_VERB.match(rest):  # 转变作风，多到学校去
        return will, point, "", "", ""
    return will, found["call"] + "，", "", "确保" + rest, ""


# -- a list of who answers for whom (A包X、B包Y), then the deed ----------------------------
# 乡干部包村、村干部包户，开学第一周逐户核查: 要 went after the first pair only (乡干部要包村、
# 村干部包户: one item with 要, the next without, round ak's R); the pairs are one arrangement,
# said whole: the deed after them takes the charge (…，要在开学第一周逐户核查); a list alone
# is carried out (要落实县级领导包乡、乡级领导包村、教师包户)
_PAIRED = r"[^，；。、要]{1,6}包[^，；。、要]{1,3}"
_PAIRS = re.compile(
    r"^(?P<pairs>" + _PAIRED + r"(?:、" + _PAIRED + r")+)(?:，(?P<rest>[^；。]{4,}))?$"
)


def _pairs_then_deed(
    point: str, bureau: bool, frame: Callable[[str, bool], Pieces]
) -> Pieces | None:
    found = _PAIRS.match(point)
    if not found or _OPENING_VERB.match(point) or re.match("实行|坚持", point):
        return None
    if not found["rest"]:
        return None if bureau else ("要落实", point, "", "", "")
    # what the pairs do is said as a charge on both sides (a bureau's 我们将 would make the
    # bureau the one who checks)
    return _before(found["pairs"] + "，", frame(found["rest"], False), False)


# -- a bare record or practice ------------------------------------------------------------
# the verb a record or practice takes by its head noun (point_verbs.yaml: head_verbs)
_HEAD_VERBS = _V.head_verbs  # 台账 → 建好用好: a record is built and used (round z)
# a verb of its own anywhere (各校建立…台账, 完善…机制): weave's subject and verb rules say it
_VERB_INSIDE = re.compile(_V.any("verbs_inside"))
_RECORD_VERB = re.compile("^" + _V.any("record_verbs"))
_MODAL = re.compile("^" + _V.any("modals"))
_BARE = re.compile(r"^[^，；。、要对在把将为由从每\d“”]{2,16}$")


def _bare_record(point: str, will: str) -> Pieces | None:
    if not _BARE.match(point.replace("和", "")) or _VERB_INSIDE.search(point):
        return None
    verb = next((verb for head, verb in _HEAD_VERBS if point.endswith(head)), "")
    if not verb or _RECORD_VERB.match(point):
        return None
    return will + verb, point, "", "", ""


def clause_pieces(point: str, bureau: bool, frame: Callable[[str, bool], Pieces]) -> Pieces | None:
    """The five pieces of a point of one of the module's shapes, or None for any other.
    ``frame`` is weave's charge_pieces, for the rest after a condition."""
    if not point or _MODAL.match(point):
        return None
    will = "我们将" if bureau else "要"
    return (
        _after_condition(point, bureau, frame)
        or _topic_then_organ(point, bureau)
        or _people_then_actor(point, bureau)
        or _topic_then_deed(point, will)
        or _thing_then_how(point, bureau)
        or _actors_then_deed(point, bureau)
        or _every_then_fitted(point)
        or _from_then_verb(point, will)
        or _time_then_deed(point, will)
        or _own_call(point, will)
        or _pairs_then_deed(point, bureau, frame)
        or _bare_record(point, will)
    )


# -- a frame over a clause that has its own time, body or plan (stop 62) --------------------
# Rounds bl, bm and bn's readers struck some forty lines where 要确保/要推动 stood before a
# clerk's point that was already a clause (要确保3月底前，各村（社区）配合…; 要确保主汛期前，
# 各地教育部门会同…; 要推动高铁新城九年一贯制学校，总投资3.2亿元…; 要推动…支出预计6.6亿元): whatever
# rule chose the frame, the frame cannot stand before such a point. Read last, over every rule.
_FRAMES = (
    *("要确保", "我们将确保", "要推动", "我们将推动", "推动", "确保", "要做好", "我们将做好"),
    # (要由/要抓好/我们将落实 before bodies and their deed: round bq's 07, 08, 13 and 02, G L)
    *("要由", "要抓好", "我们将抓好", "我们将落实", "要落实"),
)
_TIME_CLAUSE = re.compile(
    r"^(?P<time>[^，；。要“]{1,10}?(?:(?:前|以前|后|以后|期间|之前|之后)(?:[一两三]天|[一两]周)?"
    # (开学后两周内，各校对…: round bo's 18, G)
    r"|(?:天|周|个月|日|学期)内)"
    # (a day, an hour span, a time a deed is done at: 2月28日，各校…; 每天16时至20时，东堤村…;
    # 汛期转移安置学生时，同步落实… — rounds bs's 18, bt's 21 and 12, G: 要确保2月28日，…)
    r"|\d{1,2}月\d{1,2}日|每天\d{1,2}(?:时|点)至\d{1,2}(?:时|点)|[^，；。要“]{3,10}时(?<!同时|平时|及时)"
    # (汛期将至，各集团总校长…: round bu's 11, G — 要做好汛期将至，…)
    r"|[^，；。要“]{2,8}(?:将至|来临|临近))，"
    r"(?P<rest>[^，；。].*)$"
)
# a rule the clerk states in his first clause (…不能只在开学前, …不得…): no lead before it
_FORBIDS = re.compile(_V.any("forbid_words"))
# the day the time falls on, given as an aside (开学前一天，2月26日，…): one phrase, 即 between
_DAY_ASIDE = re.compile(r"^(?P<day>\d{1,2}月\d{1,2}日)，(?P<rest>.+)$")
_WORKS_THEN_SUM = re.compile(
    rf"^(?P<works>[^，；。要]{{4,40}}?{_V.any('works_ends')})"
    # (no comma before the sum: 城南片区九年一贯制学校总投资1.35亿元 — round bt's 01, G:
    # 要推动…学校总投资1.35亿元落实到位)
    r"(?P<rest>，?(?:计划)?(?:总投资|投资)\d.*)$"
)
# a plan, a forecast or a pending question in the clerk's first clause: no one makes sure of it;
# nor of what a place has (全镇只有中心小学…: round bo's 16, G), of last year's figure (要推动去年
# 全市…支出51.4亿元: round bo's 22 and 02, G), or of a thing with who leads it (要推动…共建产业学院
# 由…牵头: round bo's 07 and 22, G)
_PLANNED_OR_PENDING = re.compile(
    r"预计|拟|是否|待[^，；。]{1,16}?(?:后|再)|只有|现有|共有|已有|由[^，；。]{2,20}?牵头"
    # (what was done in all, 共抽检…所次: a result, round bq's 16, G — 要由…共抽检…)
    rf"|共[^，；。]{{0,4}}?{_V.any('done_in_all')}"
    # (a figure of last year, not last year's unfinished work: 去年未建成的3个资源教室，…前完成…)
    r"|^(?:去年|上年)(?![^，；。]*(?:未|没有))(?=[^，；。]*\d)"
    # (a rule of who answers for what: 哪个村出了问题，先问…的责任 — round bs's 08, G)
    r"|^(?:哪(?:个|些|所|里|一级)|谁)"
)


# what no frame makes sure of, anywhere in the point (round bs's 14 and 02, G: 我们将确保针对
# 生源减少，拟出台…; 我们将确保城区学位仍较紧…; 我们将确保本报告提请大会审议; 我们将确保上届大会
# 代表提案47件，已办结45件): a plan, a pending question, what is done, a state, the report itself
_NOTHING_TO_ENSURE = re.compile(
    r"[，；]拟|是否|待[^，；。]{1,16}?(?:后再|再定|研究)|已(?:办结|全部完成|全部到位)"
    r"|^[^，；。]{2,16}(?:仍较紧|仍然紧张|仍较紧张|较为紧张)|^本报告"
)


def frame_over_clause(
    point: str, pieces: Pieces, bureau: bool, frame: Callable[[str, bool], Pieces]
) -> Pieces:
    """The pieces, unless a frame (要确保, 要推动…) stands before the whole point and the point is
    a clause of its own: its time and comma said first and the rest charged on its own (3月底前，
    各村（社区）要配合…); works then their investment with 建设 (要推动…学校建设，总投资…); a plan,
    a forecast, a pending question, a place's state, last year's figure or a thing with who leads
    it said as written; a thing then its date with 要在 before the date; bodies then their deed
    with the bodies as subject (_bodies_first). A lead before a rule the first clause states
    (…不能只在…) is dropped too."""
    lead = pieces[0]
    settled = _settled_before_the_frames(point, pieces, bureau)
    if settled is not None:
        return settled
    if lead not in _FRAMES:
        return pieces
    timed = _TIME_CLAUSE.match(point)
    if timed:
        rest, time = timed["rest"], timed["time"]
        day = _DAY_ASIDE.match(rest)
        if day:
            time, rest = f"{time}即{day['day']}", day["rest"]
        planned = _PLANNED_OR_PENDING.search(rest.split("，", 1)[0])
        return "", f"{time}，", "", rest if planned else "".join(frame(rest, bureau)), ""
    works = _WORKS_THEN_SUM.match(point)
    if works and "推动" in lead and not works["works"].endswith("建设"):
        return lead, works["works"] + "建设", "", "，" + works["rest"].lstrip("，"), ""
    if _PLANNED_OR_PENDING.search(point.split("，", 1)[0]) or _NOTHING_TO_ENSURE.search(point):
        return "", point, "", "", ""
    thing = _THING_THEN_DATE.match(point)
    if thing and _a_thing_then_its_date(thing):
        # a thing, then by when it is done (去年未建成的3个资源教室，3月31日前完成选址…): 要在 before
        # the date, no frame over the thing (round bn's 22 at stop 62's tree, G: 我们将推动去年…教室)
        will = "我们将在" if bureau else "要在"
        return "", thing["thing"] + "，", will, thing["rest"], ""
    found = _bodies_first(point, bureau) or _subject_first(point, bureau, lead)
    if found is None and lead == "要由" and "由" not in point.split("，", 1)[0]:
        return "", point, "", "", ""  # 要由…监测结果每年通报一次: no agent (round bs's 12, G)
    return found or pieces


def _settled_before_the_frames(point: str, pieces: Pieces, bureau: bool) -> Pieces | None:
    """What a plain lead, a modal inside the point or 要为/要对 come to (None: the frames'
    rules decide)."""
    lead, head, infix, tail, _close = pieces
    plain = _under_plain_lead(point, bureau) if lead in ("要", "我们将") and head == point else None
    if plain:
        return plain
    if (lead or infix) and _stands_as_written(point, lead, head):
        return "", point, "", "", ""
    together = _WORKS_TOGETHER.match(point) if (lead or infix) else None
    if together:  # 防溺水、交通…一起抓 (round bu's 13, G: 要确保…一起抓): the works, 要, 一起抓
        return "", together["what"], "将" if bureau else "要", together["rest"], ""
    works = _WORKS_THEN_DATE.match(point) if (lead or infix) else None
    if works:  # 镇东幼儿园改扩建6月底前完工 (round bu's 14, G: 镇东幼儿园改将扩建…)
        return "", works["what"], "将在" if bureau else "要在", works["rest"], ""
    leaders = None if bureau else _LEADERS_FIRST.match(point)
    if leaders:  # 县领导分头走访慰问… (round bs's 12, G: 要对县领导分头走访慰问…)
        return "", leaders["who"], "将", leaders["deed"], ""
    agent = _NOUN_THEN_AGENT.match(point) if lead in ("要", "我们将") else None
    if agent:  # 编制由市委编办统筹: 编制要由…, not 要编制由… (round bt's 01, G)
        return "", agent["who"], "将" if bureau else "要", agent["deed"], ""
    if head + infix + tail != point:
        return _subject_not_cut(point, pieces, bureau)
    if lead in _GIVING_FRAMES:  # 要为/要对 before a subject and its standard (…按…配齐)
        partners = _PARTNERS_THEN_DEED.match(point)
        if partners:  # 要对区四中与区一高实行… (round bt's 05, G): 区四中与区一高要实行…
            return "", partners["who"], "将" if bureau else "要", partners["deed"], ""
        return _subject_first(point, bureau, lead) or pieces
    return None


def _stands_as_written(point: str, lead: str, head: str) -> bool:
    """Points no lead goes before: a body's members after a copula (成员单位为市委办、…: round
    bt's 18); under a frame, a rule the first clause states (要由…部门不能只当配角: round bt's 01),
    a case and its sanction (要推动因工作不力…的，严肃追究…: round bs's 15), a request or a thanks
    in a later clause (…，请旗教育局登门看望…; …，感谢她们…: rounds bs's 17 and bt's 09), all G.
    The clerk's brackets are his asides: what they say decides nothing here."""
    plain = _BRACKETED.sub("", point)
    if _COPULA_LIST.match(point) or _SAYS_WILL.search(plain.split("。", 1)[0]):
        return True  # (…的时候，要把…: the clerk's own 要 — round bs's 01, G: 要在…的时候，要把…)
    if not lead.startswith("我们") and _pending_first(plain):
        return True  # (新桥社区要新增学龄儿童较多，…是否…待…再定: round bt's 07, G)
    first = plain.split("，", 1)[0]
    if not lead and _FORBIDS.search(first) and not _FORBID_IN_A_NAME.search(first):
        return True  # (今年不搞大会表彰，…: round bu's 05, G — 不搞大会要表彰)
    if _a_report_or_schedule(plain, first):
        return True
    if lead not in _FRAMES or head != point:
        return False
    return bool(
        _FORBIDS.search(plain.split("，", 1)[0])
        or _CASE_THEN_SANCTION.match(plain)
        or _ASKED_OR_THANKED.search(plain)
    )


def _a_report_or_schedule(plain: str, first: str) -> bool:
    """A point that reports or schedules rather than orders, said as the clerk wrote it: a
    change set from a date (…教学点8月20日起撤并到…: round bu's 06, F G), a deed done already
    (县里已经安排了860万元: round bx's 15, G — 已要经安排), the season's weather first (round bw's
    19: 要确保春季风大物燥，…), the clerk's request (…，请各市拟出方案，9月底前报…: round bv's 24,
    G 要报), a total done (全县共排查…612处，…已整改…: round bv's 11, 要对全县共排查…)."""
    return bool(
        _FROM_A_DATE.search(first)
        or _DONE_ALREADY.search(first)
        or _WEATHER_FIRST.match(first)
        or _A_REQUEST.search(plain)
        or (_DONE_TOTAL.search(first) and not _PLANNED.search(first))
    )


def _pending_first(plain: str) -> bool:
    """Whether the point's first clause (its brackets left out) is a plan, a pending question
    or a plan raised, or a state with a pending question after it (新桥社区新增学龄儿童较多，…
    是否增开一个班，待…再定): no 要 goes into it. A pending aside in brackets or a later clause
    leaves the clerk's first clause its charge (各村（社区）要落实…（…，拟）)."""
    first = plain.split("，", 1)[0]
    if (
        _NOTHING_TO_ENSURE.search(first)
        or _PLAN_RAISED.search(first)
        or _PENDING_WORD.search(first)
    ):
        return True
    return bool(_STATE_FIRST.search(first) and _NOTHING_TO_ENSURE.search(plain))


_BRACKETED = re.compile(r"（[^（）]*）|\([^()]*\)|【[^【】]*】")
# a first clause that says its deed is done already (…已经安排了…, …已于8月20日到岗)
_DONE_ALREADY = re.compile(
    r"已经[^，；。要将]{1,10}了|已于[^，；。]{2,12}(?:完成|到岗|交付|开工|开学|启用)"
)
# a season's weather as the first clause: a state the clerk gives, not a deed
_WEATHER_FIRST = re.compile(
    "^" + _V.any("weather_seasons") + "?[^，；。]{0,4}?" + _V.any("weather_states") + "$"
)
# the clerk's own request, opening the point or a clause of it (请市教育局调研后提交…)
_A_REQUEST = re.compile(r"(?:^|[，；])请(?=[^，；。]{2,})(?!示)")
# a total already done in the first clause (全县共排查重点水域612处, 累计发放…): a report
_DONE_TOTAL = re.compile(r"(?:共|累计|已)" + _V.any("done_deeds") + r"[^，；。]{0,30}\d")
_PLANNED = re.compile(r"计划|拟|预计|力争|将")
# a change that takes effect from a date: a schedule the clerk states, not a charge
# (not a work to be carried on from then: 课后服务2月27日起全面开展 is charged — round dd's 05, R
# "光秃的材料句")
_FROM_A_DATE = re.compile(
    r"\d{1,2}月(?:\d{1,2}日)?起(?!草)(?!(?:全面|正式)?(?:开展|实施|落实|推行)[。；]?$)"
)
_PENDING_WORD = re.compile(r"待定|暂定")
# a state, not a deed (…学龄儿童较多, …学位仍较紧)
_STATE_FIRST = re.compile(_V.any("state_ends") + "$")
# a forbidding word inside a noun's description (对因病不能到校的适龄儿童): no rule stated
_FORBID_IN_A_NAME = re.compile(_V.any("forbid_words") + "[^，；。]*的")
# the clerk's own 要 after a comma (…在过紧日子的时候，要把…): the point says its charge
_SAYS_WILL = re.compile(
    r"[，；]\s*要(?!求|素|点|害|事|件|闻|塞|职|员|务|领)"
    # (or a rule in a later clause: …三件事，一件都不能松; …各管一段，不能都推给学校 — round bw's 01
    # and 07, G: 要确保…三件事，一件都不能松)
    r"|[，；](?:一[件个项人处所名]都不能|不能都推给|不能推给|不能推到)"
)
# a plan raised or cut, said as planned (工资计划由每月3200元提高到3600元: round bt's 20, G)
_PLAN_RAISED = re.compile(r"计划由[^，；。]{1,20}?(?:提高|增加|调整|扩大|压减)到")
# a case, then its sanction (因工作不力导致…的，严肃追究…责任; …的，倒查…责任: round ck's 09, G — 要抓好倒查)
_CASE_THEN_SANCTION = re.compile(
    rf"^[^，；。]{{4,40}}的，[^，；。]{{0,4}}?(?:{_V.any('sanctions')}|追究|问责|约谈|通报批评|倒查)"
)
# a request or a thanks after the first clause (…，请旗教育局…; …，感谢她们…; …，向…致敬)
_ASKED_OR_THANKED = re.compile(r"[，；](?:请|感谢|特别感谢|衷心感谢|向[^，；。]{1,24}致敬)")
# the place's leaders as the subject (县领导分头走访慰问…, 市四大班子领导…): said 将, not charged
_LEADERS_FIRST = re.compile(
    r"^(?P<who>(?:[县市区州旗盟省]|自治区)(?:委|政府|四大班子|四套班子)?(?:领导|班子成员)(?:同志)?)"
    r"(?P<deed>(?![的和、])[^，；。].+)$"
)


def _under_plain_lead(point: str, bureau: bool) -> Pieces | None:
    """A rule the first clause states (家访不能只在开学前…: as written, not 要家访不能…); the
    discipline inspectors and their deed (要派驻纪检监察组对…: rounds br's 16 and bs's 24, G —
    read as 派 a team): they are the subject, asked (请) or said 将. None for any other point."""
    if _FORBIDS.search(point.split("，", 1)[0]):
        return "", point, "", "", ""
    found = _DISCIPLINE_FIRST.match(point)
    if found is None:
        return None
    who, deed = found.group(), point[found.end() :]
    return ("", who, "将", deed, "") if bureau else ("请", who, "", deed, "")


# a body's members named after a copula (成员单位为A、B、C): who they are, no 要 and no frame
_COPULA_LIST = re.compile(
    r"^[^，；。]{2,20}?(?:(?<![作成认因以称更行])为|是|包括)[^，；。、]{2,10}(?:、[^，；。、]{2,10}){2,}。?$"
)
_PARTNERS_THEN_DEED = re.compile(
    r"^(?P<who>[^，；。与和要将]{2,12}?[与和][^，；。与和要将]{2,12}?)"
    rf"(?P<deed>{_V.any('partner_deeds')}[^，；。]*.*)$"
)
_NOUN_THEN_AGENT = re.compile(
    rf"^(?P<who>{_V.any('agent_nouns')})(?P<deed>由(?!于|此)[^，；。]{{2,}}.*)$"
)


def _a_thing_then_its_date(found: re.Match[str]) -> bool:
    """Whether the first clause is a thing whose date follows, not a clause with its own deed
    (…共建…训练中心，年内组建…; 市委、市政府今年拿出800万元设立…奖励，年内兑现): a deed inside
    it bars the shapes stop 65 added (a count in words, a work's noun, 年内 alone)."""
    thing = found["thing"]
    if not _DEED_IN_THING.search(thing):
        return True
    return bool(_COUNTED_OR_OWNED.search(thing)) and not found["rest"].startswith("年内")


_WORKS_THEN_DATE = re.compile(
    r"^(?P<what>[^，；。要将]{2,20}?(?:改扩建|扩建|迁建|新建|改造)(?:工程|项目)?)"
    r"(?P<rest>\d{1,2}月(?:\d{1,2}日|底|上旬|中旬|下旬)?前[^，；。]{2,}.*)$"
)
_WORKS_TOGETHER = re.compile(
    r"^(?P<what>[^，；。要将]{4,30}?)(?P<rest>(?:一起抓|一并抓|同步抓|两手抓|统筹抓)(?:[，；。].*)?)$"
)
_COUNTED_OR_OWNED = re.compile(r"的|\d+(?:个|所|间|套|座|项)")
_THING_THEN_DATE = re.compile(
    r"^(?P<thing>[^，；。]{2,30}?(?:的[^，；。]{1,16}|\d+(?:个|所|间|套|座|项)[^，；。]{1,12}"
    # (a count in words after names, no deed before it: …幼儿园两所新建园; not …联合对两所…)
    r"|[^，；。按对把向给各联]{2,30}?[两二三四五六七八九十]{1,3}(?:个|所|间|套|座|项)[^，；。]{1,12}"
    # (a work named by its noun: …能力提升培训，年内覆盖… — round bt's 09, G: 要确保…培训，年内…)
    rf"|[^，；。按对把向给各]{{2,30}}?{_V.any('agent_nouns')}))，"
    # (…两所新建园，计划8月底前竣工: the plan's date is the thing's — round bt's 03, G)
    r"(?:计划(?:在|于)?)?"
    r"(?P<rest>(?:(?:\d{1,2}月(?:\d{1,2}日|底|上旬|中旬|下旬)?|年底|年内|秋季开学|开学)前|年内)"
    r"[^，；。]{2,}.*)$"
)


_BODY = rf"[^，；。、要将和及的“]{{0,14}}?{_V.any('frame_body_ends')}"
# a frequency is a deed's when a count or a deed follows it (每周至少一次…; 每月交通补助 is a thing)
_EVERY = (
    r"每(?:天|日|周|月|年|学期)(?=\d|[一二两三四五六七八九十]次|"
    + _V.any("frequency_followers")
    + ")"
)
# a time a body acts by, said before the deed (暑假前, 开学前, 3月底前, 汛期期间)
_DEED_TIME = rf"(?:{_V.any('deed_times')}|\d{{1,2}}月(?:\d{{1,2}}日|底|中旬|上旬|下旬)?)(?:前|期间)"
_BODIES_THEN_DEED = re.compile(
    rf"^(?P<who>{_BODY}(?:[、和及]{_BODY})*)"
    # the deed opens with a verb a body acts with (a noun after the name is more of the name:
    # 县纪委监委, 区实验中学东校区; 对口 is a pairing, not 对's object)
    # (a time before the deed is the deed's: 镇中心学校暑假前给每名学生家长…, round bq's 24)
    rf"(?P<deed>(?P<when>{_DEED_TIME})?(?:{_V.any('frame_deeds')}|{_EVERY})(?<!对口)(?!口)[^；。]{{2,}})$"
)
# bodies no speaker of ours directs: the state's vertical organs and firms
_OUTSIDE = re.compile(_V.any("outside_bodies"))
# bodies a bureau or a school head directs: its schools, their heads, teachers and classes
_OWN_SCHOOLS = re.compile(_V.any("own_school_ends") + "$")


def _bodies_first(point: str, bureau: bool) -> Pieces | None:
    """Bodies, then their deed (镇派出所、镇海洋与渔业站配合村（社区）…; 中心学校班主任每周…):
    the bodies are the subject — 要 after those the speaker directs, 请 before those no one of
    ours directs (将 in a bureau's mouth) — never 要确保/要推动 before them (rounds bl–bn). None
    where a bureau names a peer department: it 推动s it, as before."""
    found = _BODIES_THEN_DEED.match(point)
    if found is None:
        return None
    who, deed = found["who"], found["deed"]
    bodies = re.split("[、和及]", who)
    if any(_OUTSIDE.search(body) for body in bodies):
        return ("", who, "将", deed, "") if bureau else ("请", who, "", deed, "")
    if bureau and not all(_OWN_SCHOOLS.search(body) for body in bodies):
        return None  # a bureau 推动s a peer department (我们将推动县住建局为…: round q's test)
    return "", who, "要在" if found["when"] else "要", deed, ""


# -- a subject, then its own deed (stop 64) ------------------------------------------------
# Rounds bk–br's readers struck some sixty of a hundred lines where 要确保/要推动/要由/要做好/要为
# stood before a point whose first clause had its own subject and deed (要为寄宿制学校生活教师按…
# 标准配齐; 要推动县中托管帮扶由市直学校与县中结对; 我们将推动每个股室年底向局党委述职; 要对牧区
# 寄宿生往返交通补助按学期发放). The subject keeps its place and 要 goes after it, as a clerk
# writes (寄宿制学校生活教师要按…配齐): 要在 before a dated time, after a year word (今年要…).
# A result the frame can carry (…3月1日启用, …达到95%) keeps the frame readers passed.
_GIVING_FRAMES = ("要为", "要对", "我们将为", "我们将对")
_DISCIPLINE_FIRST = re.compile(r"^(?:派驻|驻)[^，；。]{0,12}?纪检监察组")
# a time the subject acts by or in: dated ones take 要在 before them
_DATED = (
    r"(?:(?:\d{4}年)?(?:今年|明年)?\d{1,2}月(?:\d{1,2}日|底|上旬|中旬|下旬)?"
    rf"|(?:秋季|春季)?(?:{_V.any('deed_times')})|年内|年底|学期末)(?:前|期间|当天)"
    r"|\d{1,2}月\d{1,2}日(?=[^前，；。])"
)
_YEARLY = _V.any("subject_times")
# a body's deeds of two characters or more (在, 向, 为, 对, 把, 给 are read one by one below)
_LONG_FRAME_DEEDS = "|".join(re.escape(w) for w in _V.frame_deeds if len(w) > 1)
# a deed or a body above the speaker inside what looks like a thing (区体育局和区教育局共建…三个项目
# 的…中心; 市委、市政府今年拿出800万元设立…奖励): a clause, not a thing with its date
_DEED_IN_THING = re.compile(
    rf"(?:{_LONG_FRAME_DEEDS})|{_V.any('subject_above')}|共建|推行|拿出|设立"
)
# what goes on a word an opener starts (由于, 与会, 新建项目, 负责制, 完成情况; 公示制度: a name
# after the opener makes it a modifier, the whole a noun)
# (两所新建园: a kindergarten newly built, round bt's 03, G — 两所将新建园; 新建园舍 is a deed)
_WORD_GOES_ON = (
    "项目|工程|的|于|会|情况|率|需|制|人|" + _V.any("rule_nouns") + "|清单|台账|园(?!舍)|校(?!舍)"
)
_SUBJECT_DEED = (
    rf"(?:{_V.any('subject_deeds')})(?!学校|{_WORD_GOES_ON})"
    # (结对, 针对, 成为, 正在, 去向, 自由, 服从: a word the opener ends is no deed)
    r"|(?<![去方倾走指导志意动面取转趋偏])向|(?<![自理缘经])由(?!于|此)|(?<!一)按"
    r"|(?<![服自随无何])从(?!事|业|严|小|来|而|属|中)"
    r"|(?<![正存现所实旨])在(?!校|园|岗|编(?!制)|读|职|建|于|乎)"
    # (完成对…的排查: 对 begins 完成's object — round bu's 19, G: 各地完成要对…)
    r"|(?<![结针面核相比应绝反配派校一成])对(?!照|口|于|话|象|称|比|外|内|应)"
    r"|(?<![作成认因以称更行])为(?!主|止|了|重点|由)"
    rf"|(?:{_LONG_FRAME_DEEDS})(?!出所|{_WORD_GOES_ON})"
    rf"|(?:{_V.any('subject_results')})"
)
_SUBJECT_THEN_DEED = re.compile(
    r"^(?P<who>(?:“[^”]{1,12}”)?[^，；。：:要将“”（）()、\d]{2,16}?(?:[、和][^，；。：:要将“”（）()、\d]{2,12}?)*"
    r"(?:\d+(?:名|所|个|套|辆|人))?)"
    rf"(?P<when>{_DATED}|{_YEARLY})?"
    rf"(?P<every>{_EVERY}[^，；。]{{0,4}}?)?"
    # (a deed with nothing after it is a noun: 实验室器材和音体美器材配备)
    # (结成帮扶对子: 对子 is the pair, no 对 opening a deed — round ce's 23, G: 结成帮扶将对子)
    rf"(?P<deed>(?!对子)(?:{_SUBJECT_DEED})(?=[^，；。])[^；。]*(?:[；。].*)?)$"
)
_SUBJECT_RESULT = re.compile("^(?:" + _V.any("subject_results") + ")")
_YEARLY_FIRST = re.compile(_YEARLY)
# what a tail opens with when 要 already stands between a subject and its deed or time
_DEED_OR_TIME_FIRST = re.compile(rf"{_SUBJECT_DEED}|{_DATED}|{_YEARLY}|{_EVERY}")
# (a committee or a government itself, not one of its offices: 县委宣传部 and 团市委 are directed)
_ABOVE = re.compile(r"(?!团)[^、和]{0,6}?(?:" + _V.any("subject_above") + r")(?:常委会|监委)?")
_CONGRESS = re.compile(r"人大|政协")
_TIME_AFTER = re.compile(_V.any("times_after_subject") + "$")


def _above(who: str) -> bool:
    """Whether the bodies named are a Party committee or a congress, with or without its
    government (市委、市政府; 县人大常委会): a government alone (乡政府) is directed from above."""
    bodies = re.split("[、和]", _TIME_AFTER.sub("", who))
    return all(_ABOVE.fullmatch(body) for body in bodies) and any(
        not body.endswith("政府") for body in bodies
    )


# an adverb that ends what looks like a subject belongs to the deed (市职教中心新开设…)
# (…政策全部落实到人: 全部 before the deed is the frame's result, 要确保…全部落实 as before)
# (镇东幼儿园改扩建…: 改 begins the deed's word — round bu's 14, G: 改将扩建)
_ADVERB_LAST = re.compile("(?:全部|全面|足额|按时|按期|[新再先还也都又已并另均改])$")


# a plan or a deed inside the subject (…计划招录, 会议审议通过): the subject is no subject
# (…中心与…企业, a partnership: 要推动…与…共建 as readers passed it)
_PLANNED_SUBJECT = re.compile(r"计划|拟|预计|需|可|应|必须|与|" + _V.any("plain_verbs") + "$")
# (各乡镇设立…, 各市建立…: a bureau 推动s what lower places do — test_point_meaning)
_ORGAN = re.compile("(?:" + _V.any("organ_last") + "|" + _V.any("lower_places") + ")$|^各")
# a subject that is itself a deed or a rule's opening (建立…, 对…, 按…): not read here
_NOT_A_SUBJECT = re.compile(
    "^(?:"
    + _V.any("own_openers")
    + "|"
    + _V.any("opening_verbs")
    + "|"
    + _V.any("sanctions")
    + "|"
    + _V.any("subject_deeds")
    + "|"
    + _V.any("as_written")
    + "|"
    + _YEARLY
    + "|每(?:天|日|周|月|年|学期))"
)


def _subject_first(point: str, bureau: bool, lead: str) -> Pieces | None:
    """A subject, then its own deed (…生活教师按…标准配齐, 县中托管帮扶由…结对, 中心校每周
    一次…提醒…): 要 after the subject (要在 before a dated time), the frame dropped. A result
    the frame can carry keeps it; a body above the speaker (市委、市政府…) is said as decided;
    要为/要对 give way only to a standard or an agent (按…, 由…)."""
    found = _SUBJECT_THEN_DEED.match(point)
    if (
        found is None
        or _NOT_A_SUBJECT.match(found["who"])
        or _PLANNED_SUBJECT.search(found["who"])
        or _ADVERB_LAST.search(found["who"])
    ):
        return None
    who, when, every, deed = found["who"], found["when"] or "", found["every"] or "", found["deed"]
    if lead in _GIVING_FRAMES and (when or every or not deed.startswith(("按", "由"))):
        return None
    if _SUBJECT_RESULT.match(deed) and lead not in _GIVING_FRAMES:
        return None  # 旗第三小学新校区3月1日启用: 要确保… as before
    if _above(who):
        return "", point, "", "", ""  # 市委、市政府今年拿出800万元…: decided above the speaker
    if _OUTSIDE.search(who):
        return None  # vertical organs and firms: _bodies_first's 请/将, or the frame
    if bureau and _ORGAN.search(_TIME_AFTER.sub("", who)):
        return None  # a bureau 推动s a peer office (我们将推动镇财政…), as _bodies_first
    will = "将" if bureau and not _OWN_SCHOOLS.search(who) else "要"
    if when and not _YEARLY_FIRST.match(when):
        return "", who, will + "在", when + every + deed, ""
    return "", who + when, will, every + deed, ""


def _subject_not_cut(point: str, pieces: Pieces, bureau: bool) -> Pieces:
    """要 put inside the subject by the first verb-like word in it (牧区学生往返路费要补助按学期
    发放, …两所幼儿园要新建项目4月10日前办完…): 要 after the whole subject, before its deed."""
    lead, head, infix, tail, _close = pieces
    if lead or bureau or infix != "要" or head + tail != point:
        return pieces
    if _CONGRESS.search(head):
        return "", point, "", "", ""  # 县人大常委会结合…开展…: no 要 to a congress
    whole = _subject_first(point, bureau, "")
    if whole is None or not whole[1].startswith(head):
        return pieces
    # 要 before 补助按…, not before 对…开展 or 每学期开展…: the words 要 cut off end the
    # subject's noun (补助, 新建项目), and are few
    cut_off = whole[1][len(head) :]
    if 0 < len(cut_off) <= 6 and _NOUN_LAST.search(cut_off) and not _DEED_OR_TIME_FIRST.match(tail):
        return whole
    return pieces


_NOUN_LAST = re.compile(
    "(?:" + "|".join((_V.any("topic_nouns"), _V.any("things"), _V.any("name_last"))) + ")$"
)
