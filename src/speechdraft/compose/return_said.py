"""A department's return said as the speaker's deployment (branch facts26; round an's R, G
and S on point lines). Clerks fill profiles from the checklists the departments send back,
and a point arrives as the department wrote it: 已完成城北小学选址，计划9月前开工 (no subject,
a bare report inside this year's work), 已建立…制度（2031年通报2起） (a bracket copied),
各市州要建立…中心（已建成9个、在建5个） (an order glued to the present state). A clerk says
it in the order **the state → what remains → what is asked next**, with the subject named:

- **the state with its subject**: the object of a bare 已+verb is said first (城北小学已完成
  选址, 自治区智慧教育云平台已建成, 暑期维修工程已完成137项, 乡村教师生活补助已提高到…); a
  state that cannot be turned is opened with 目前; 正在+verb+object likewise (全区教育数据治理
  正在开展);
- **what remains** after it: 剩余19项要确保8月31日前完工 (the department's own date);
- **what is asked next**, generic, with no deadline, figure or event of its own: a plan of
  the return (计划9月前开工) is 要抓紧推进，确保9月前开工; a second 正在推进… is 要加快推进…;
  a state with nothing after it takes the ask its verb calls for (拟定 → 抓紧推动出台, 建立 →
  严格执行, progress → 加快进度), from templates/norms/returns.yaml;
- **a bracket's content woven in** (…，2031年通报2起), and a progress figure said 目前已完成…;
- **an order never glued to a present state**: 各市州要建立学生心理健康服务中心，已建成9个、
  在建5个 → 学生心理健康服务中心目前已建成9个、在建5个，各市州要在此基础上加快推进;
- **no 要 inside a fact**: 课后服务收费标准已由县发改局核定 is said as it is (no 已要由);
- a plan alone without a subject (拟新建教师周转房120套) is the speaker's charge (要新建…,
  拟于年内… → 要在年内…; a bureau's 我们将…).

A bureau's report says the ask with 我们将. None for any point that is not such a return.
"""

from __future__ import annotations

import re

from speechdraft.compose.point_place import BY_A_DATE
from speechdraft.norms import load_return_words

_W = load_return_words()

Pieces = tuple[str, str, str, str, str]

_ASKS = dict(_W.asks_by_verb)
_DEFAULT_ASK = _W.default_ask[0]
_PROGRESS_ASK = _W.progress_ask[0]

# a bracket the return left (（2031年通报2起）): its content is a clause of the sentence
_BRACKET_LAST = re.compile(
    r"[（(](?!\d{4}[—－-]+\d{4}年[）)])(?P<note>[^（）()]*\d[^（）()]*)[）)]$"
)
# a bare state: 已+verb+object, 已将+object+verb…, 正在+verb+object (no subject before it)
_DONE = re.compile(
    r"^(?:已经|已)(?P<verb>" + _W.any("done_verbs") + r")(?P<what>[^，；。要]{2,30})$"
)
_MOVED = re.compile(
    r"^(?:已经|已)将(?P<what>[^，；。要]{2,16}?)(?P<rest>(?:提高|提升|调整|增加|纳入)[^，；。要]{2,})$"
)
_DOING = re.compile(
    r"^正在(?P<verb>推进|开展|实施|建设|组织|进行)(?P<what>[^，；。要对与和向]{2,24})$"
)
_STAGE = re.compile(r"^(?P<named>[^，；。要\d]{2,16}?)的?(?P<stage>" + _W.any("stages") + ")$")
_COUNTED = re.compile(r"^(?P<thing>[^，；。要\d]{2,16}?)(?P<count>\d[\d.,，]*[^\d，；。]{1,3})$")
# a state with its subject (省人社厅已拟定…, 课后服务收费标准已由…核定)
_SUBJECT_STATE = re.compile(
    r"^(?!今年|全年|年内|本学期|目前|去年|上半年|下半年)"
    r"(?P<who>[^，；。要已正拟]{2,24}?)(?:已经|已于|已)"
    r"(?P<rest>(?:由[^，；。要]{2,12}?|[^，；。要]{0,4}?)"
    + _W.any("done_verbs")
    + r"[^，；。要]*)$"
)
_STATE = re.compile(r"^(?:目前)?(?:已经|已|正在|在建)")
_PROGRESS = re.compile(r"^(?:目前)?(?:" + _W.any("progress_marks") + r")[^，；。]*(?:\d|全部)")
_PLAN = re.compile(
    r"^(?P<mark>" + _W.any("plan_marks") + r")"
    r"(?P<rest>(?<=计划)(?=[^，；。]{0,12}\d|年内|年底|今年|明年|本学期)[^，；。要]{2,}|(?<!计划)[^，；。要]{2,})$"
)
_REMAINING = re.compile(
    r"^(?P<left>"
    + _W.any("remaining_marks")
    + r"[^，；。要]{0,10}?\d[^，；。要]{0,4}?)(?P<rest>[^，；。要]*)$"
)
_DATE_FIRST = re.compile(rf"^(?:{BY_A_DATE})")
_FUNDED = re.compile("^" + _W.any("funded_plans"))
_TERM_FIRST = re.compile("^" + _W.any("term_starts"))
_STATE_OPENS = re.compile("^" + _W.any("state_openers"))
_DATE_IN = re.compile(rf"(?:{BY_A_DATE})")
_DOING_LATER = re.compile(r"^正在(?P<verb>推进|开展|实施|建设)(?P<what>[^，；。要]{2,})$")
# an order glued to the state: 各市州要建立…中心, then 已建成9个、在建5个
_ORDER = re.compile(
    r"^(?P<who>[^，；。要]{2,12}?)要(?P<verb>建立|建设|新建|建成|设立|组建|配备|改造)(?P<what>[^，；。要]{2,20})$"
)


_PROJECT = re.compile(
    r"^[^，；。要已正拟计]{2,12}?(?:新建|改建|扩建|改扩建|维修|改造)[^，；。要]{2,12}$"
)


# a body leading the work (县委办牵头清理…, 县财政局负责…), no 要 in it
_LEADS = re.compile(
    r"^[^，；。要已]{1,10}?(?:办|局|委|厅|部门|政府|中心|大队)(?:牵头|负责|会同)[^，；。要]{2,}$"
)


def _will(bureau: bool) -> str:
    return "我们将" if bureau else "要"


def _clauses(point: str) -> list[str] | None:
    note = _BRACKET_LAST.search(point)
    body = point[: note.start()] if note else point
    if re.search(r"[（）()；。]", body):
        return None
    clauses = [c for c in body.split("，") if c]
    return [*clauses, note["note"]] if note else clauses


def _stated(first: str) -> tuple[str, str] | None:
    """The first clause as a state with its subject, and the verb that decides the ask."""
    moved = _MOVED.match(first)
    if moved:
        return f"{moved['what']}已{moved['rest']}", "落实"
    done = _DONE.match(first)
    if done:
        verb, what = done["verb"], done["what"]
        stage = _STAGE.match(what)
        if stage:
            return f"{stage['named']}已{verb}{stage['stage']}", verb
        counted = _COUNTED.match(what)
        if counted:
            return f"{counted['thing']}已{verb}{counted['count']}", verb
        return f"{what}已{verb}", verb
    doing = _DOING.match(first)
    if doing:
        return f"{doing['what']}正在{doing['verb']}", doing["verb"]
    if first.startswith(("已", "正在")):
        return "目前" + first, ""
    return None


def _later(clause: str, will: str, said: list[str]) -> tuple[str, bool]:
    """A later clause of the return said in its place, and whether it asks something."""
    plan = _PLAN.match(clause)
    if plan:
        rest = plan["rest"]
        if _DATE_FIRST.match(rest):
            return f"{will}抓紧推进，确保{rest}", True
        return will + rest, True
    left = _REMAINING.match(clause)
    if left:
        date = _DATE_IN.search(left["rest"])
        if date and will == "我们将":  # 我们将确保剩余19项8月31日前完工
            return f"我们将确保{clause}", True
        if date:
            rest = left["rest"]
            return f"{left['left']}{rest[: date.start()]}要确保{rest[date.start() :]}", True
        return clause, False
    if _DATE_FIRST.match(clause) or _TERM_FIRST.match(clause):  # 8月31日前发放到校
        return f"{will}确保{clause}", True
    doing = _DOING_LATER.match(clause)
    if doing and not re.search(r"\d", doing["what"]):  # 正在推进前期手续2个: a state
        return f"{will}加快{doing['verb']}{doing['what']}", True
    if clause.startswith("完成") and re.search(r"\d", clause):  # （完成投资约4.6亿元）
        clause = "已" + clause
    if _PROGRESS.match(clause) and not any(s.startswith("目前") for s in said):
        return "目前" + clause.removeprefix("目前"), False
    return clause, False


def _glued(clauses: list[str], will: str) -> str | None:
    """各市州要建立…中心 with its present state after it: the state first, then the order
    (a bureau pushes the places below: 我们将推动各市州…); a project with its progress (县一中
    新建学生公寓，已完成主体83%) is the project's state, then 加快进度."""
    states = clauses[1:]
    if not states or not all(_STATE.match(s) for s in states):
        return None
    state = "，".join(s.removeprefix("目前") for s in states)
    project = _PROJECT.match(clauses[0])
    if project and len(clauses) == 2:
        return f"{clauses[0]}目前{state}，{will}{_PROGRESS_ASK}"
    if _LEADS.match(clauses[0]) and len(clauses) == 2 and _PROGRESS.match(states[0]):
        # 县委办牵头清理进校园事项，已清理27项: the work under way, its progress, then the ask
        return f"{clauses[0]}，目前{state}，{will}{_PROGRESS_ASK}"
    order = _ORDER.match(clauses[0])
    if not order:
        return None
    if will == "我们将":
        return f"{order['what']}目前{state}，我们将推动{order['who']}在此基础上加快推进"
    return f"{order['what']}目前{state}，{order['who']}要在此基础上加快推进"


def return_pieces(point: str, bureau: bool) -> Pieces | None:
    """The pieces of a department's return said as deployment (see the module's doc); None
    for any other point."""
    clauses = _clauses(point)
    if not clauses:
        return None
    will = _will(bureau)
    if len(clauses) > 1:
        glued = _glued(clauses, will)
        if glued:
            return "", glued, "", "", ""
    plan = _PLAN.match(clauses[0])
    if plan:
        return _planned(plan, clauses, bureau)
    stated = _stated(clauses[0])
    if stated is None:
        subject = _SUBJECT_STATE.match(clauses[0])
        if not subject:
            return None
        stated = clauses[0], _verb_of(subject["rest"])
    said, verb = [stated[0]], stated[1]
    asked = progress = False
    for clause in clauses[1:]:
        text, asks = _later(clause, will, said)
        said.append(text)
        asked = asked or asks
        progress = progress or bool(
            _PROGRESS.match(text) or _REMAINING.match(clause) or clause.startswith("正在")
        )
        if (
            not asks
            and not _STATE.match(clause)
            and not _PROGRESS.match(clause)
            and not _STATE_OPENS.match(clause)
        ):
            asked = asked or not re.search(r"\d", clause)  # 秋季学期执行: the clerk's own next step
    if not asked:
        said.append(will + (_PROGRESS_ASK if progress else _ASKS.get(verb, _DEFAULT_ASK)))
    return "", "，".join(said), "", "", ""


def _planned(plan: re.Match[str], clauses: list[str], bureau: bool) -> Pieces | None:
    """A return that opens with its plan: alone, the speaker's charge (拟新建… → 要新建…, 拟于
    年内… → 要在年内…; a bureau's own plan 我们将…, so that in its list under 我们将…：it reads
    二是在4月底前完成…, not 二是拟于…); with a state after it, the plan is the state's subject
    (计划撤并小规模学校4所，已完成方案论证 → 撤并小规模学校4所已完成方案论证，要抓紧推进)."""
    rest = plan["rest"]
    if rest.startswith("将") and not rest.startswith("将来"):
        # 拟将5所小区配套园移交… read 我们将将…/要将… (round ao's G): the 将 that takes an
        # object is 把 after the speaker's 将/要
        rest = "把" + rest[1:]
    will = _will(bureau)
    if len(clauses) == 1:
        if _DATE_FIRST.match(rest):  # 拟于4月底前…, 计划年内…: 要在 the date
            return (
                ("我们将", "在" + rest, "", "", "") if bureau else ("", "要在" + rest, "", "", "")
            )
        if bureau and _FUNDED.match(rest):  # the money is the government's: 我们将争取投资…
            return "我们将争取", rest, "", "", ""
        rest = _deed_first(rest)
        return ("我们将", rest, "", "", "") if bureau else ("", "要" + rest, "", "", "")
    if not clauses[1].startswith("已"):
        return None
    said = [rest + clauses[1]]
    for clause in clauses[2:]:
        said.append(_later(clause, will, said)[0])
    return "", "，".join([*said, will + _DEFAULT_ASK]), "", "", ""


# a form's row, the people or things, then the deed and the number (山区县教师专项招聘5000名):
# the deed before them once it is the speaker's (round ar's G: 要山区县教师专项招聘5000名)
_THING_THEN_DEED = re.compile(
    r"^(?P<what>[\u4e00-\u9fff“”]{2,12}?)"
    r"(?P<deed>(?:专项|公开|定向)?(?:招聘|招录|补充|培训|选派|新建|改扩建|改造|创建|建设|资助))"
    r"(?P<number>约?\d[\d,.]*(?:万|亿)?(?:人次|名|个|所|项|间|套|座|人|次|期|门|块))$"
)


def _deed_first(rest: str) -> str:
    """山区县教师专项招聘5000名 → 专项招聘山区县教师5000名; any other plan as it is."""
    found = _THING_THEN_DEED.match(rest)
    if found is None or _DEED_OPENS.match(found["what"]):
        return rest
    return f"{found['deed']}{found['what']}{found['number']}"


_DEED_OPENS = re.compile(r"^(?:新|招|补|培|选|建|改|创|资|对|为|在|把|将|向|与|和)")


def _verb_of(rest: str) -> str:
    """The done-verb in a subject's state (拟定 in 已拟定…方案; 核定 in 已由…核定)."""
    found = re.search(_W.any("done_verbs"), rest)
    return found.group() if found else ""
