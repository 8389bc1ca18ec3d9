"""The review of achievements said as a speech, not as filled fields (issue 11's R, G, F on
review lines; round an's readers, branch review26). Each helper reads one shape a clerk's
review item takes and says it the way a speaker would; the word lists are
templates/norms/review_words.yaml (norms.load_review_words) and, for the national rules, the
``policy`` names of templates/norms/rules.yaml.

- a lead that repeats the quoted term the first point opens with (“十五五”教育发展工作扎实
  推进，“十五五”教育事业发展规划…) is dropped: ``term_repeated``;
- a lead's claim matched to the point's own (取得积极进展 over 主要指标全部完成 says less than
  the point): ``done_in_full``, ``full_claims``;
- a figure's verb by its measure (受教育年限11.9年 → 达到11.9年; 创建达标现有96所 → 创建达标
  的现有96所; 达到约286亿元 → 约286亿元): ``figure_verbed``; a rate's 现有 in a point (本科上线率
  现有68.2% → 达到68.2%): ``point_now_said``;
- a budget is no plan (计划教育经费预算安排1126亿元 → 教育经费预算安排1126亿元): ``budgeted``;
- a rule's formula as the subject of a result (…不低于…已全面落实) said by its policy's name:
  ``rule_met_said``;
- an area named object-first (全国教育大会精神贯彻方面) said verb-first (在贯彻…方面), and a
  system (领导体制工作有力推进) said 在领导体制方面: ``area_in``, ``system_area``;
- a review span matched to the items' own (过去一学年 over 上半年…): ``calendar_span``;
- an item about today's meeting (受表彰优秀教师312名) is no year's result: it is said with the
  meeting's commendation (这次大会表彰…): ``today_honour``, ``honour_said``;
- one separator for a chain of facts (…全部完成；…复查，…投入…): ``chain``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from speechdraft.norms import load_review_words, load_rules

_W = load_review_words()


def _any(words: Sequence[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_QUOTED = re.compile(r"“([^”]{2,12})”")
_LEVEL = re.compile(f"(?:{_any(_W.level_measures)})$")
_NOW = re.compile(f"^(?:{_any(_W.now_marks)})(?P<number>约?\\d[\\d,.]*\\S*)$")
_DONE_IN_FULL = re.compile(_any(_W.done_in_full))
_BUDGETED = re.compile(_any(_W.budgeted))
_MET_TAIL = re.compile(f"(?:{_any(_W.met_tails)})$")
_AREA_VERB = re.compile(f"^(?P<object>[^，；]{{2,}}?)(?P<verb>{_any(_W.area_verbs)})$")
_SYSTEM = re.compile(f"(?:{_any(_W.system_nouns)})$")
_CALENDAR = re.compile(f"^(?:{_any(_W.calendar_spans)})")
_HONOUR = re.compile(f"^(?:{_any(_W.today_honours)})(?=[^，；。]*\\d)")
# a label that ends with a result (创建达标, 建成, 通过验收): its count is of the things that
# reached it (…创建达标的现有96所), not a noun to own them
_RESULT_END = re.compile(r"(?:达标|建成|通过|认定|验收|创建|评为|命名|入选)$")
_PLACE = re.compile(
    r"^(?:全(?:省|市|州|盟|县|区|旗|乡|镇|自治区)|[省市州盟县区旗乡镇](?=级?[财教人]))"
)


def term_repeated(area: str, first: str) -> bool:
    """Whether the area's quoted term (“十五五”, “双减”) is said again in the first clause
    after it: a lead naming the area would say it twice (round an's D, R: 一是“十五五”教育
    发展工作扎实推进，“十五五”教育事业发展规划目标任务圆满完成)."""
    clause = re.split(r"[，；。]", first, maxsplit=1)[0]
    return any(f"“{term}”" in clause for term in _QUOTED.findall(area))


def done_in_full(evidence: str) -> bool:
    """Whether the points say the task was completed in full (主要指标全部完成): a lead of
    mere progress (取得积极进展) says less than they do (round an's R)."""
    return bool(_DONE_IN_FULL.search(evidence))


def full_claims() -> tuple[str, ...]:
    """The claims a lead makes over a task completed in full (圆满完成, 全面完成)."""
    return _W.full_claims


def figure_verbed(label: str, value: str, said: str) -> str:
    """A review figure with the verb its measure takes, where the weave gave it none:
    劳动年龄人口平均受教育年限达到11.9年 (a level, like a rate: round an's G); a count after a
    label that ends in a result says whose count it is (平安校园创建达标的现有96所: 创建达标现有
    96所 read as the form's column, round an's G; the clerk's 现有 stays, turned round it read
    worse); 教育投入约286亿元 (达到约 claims a mark and hedges it at once: round an's R)."""
    value = value.strip()
    if said == f"{label}{value}" and _LEVEL.search(label) and value[:1].isdigit():
        return f"{label}达到{value}"
    now = _NOW.match(value)
    if now and not now["number"].endswith("%") and said == f"{label}{value}":
        return f"{label}的{value}" if _RESULT_END.search(label) else said
    return said.replace("达到约", "约")


_RATE_NOW = re.compile(f"(?<=率|例|比)(?:{_any(_W.now_marks)}|目前为|目前)(?=\\d)")


def point_now_said(point: str) -> str:
    """A review point that carries the form's column word before a rate (2028年高考本科上线率
    现有68.2%: round an's G) says the rate reached: …本科上线率达到68.2%."""
    return _RATE_NOW.sub("达到", point)


def budgeted(first: str) -> bool:
    """Whether a planned figure names a budget or an allocation (教育经费预算安排1126亿元):
    it is decided, and 计划 before it doubles the plan (round an's G)."""
    return bool(_BUDGETED.search(re.split(r"\d", first, maxsplit=1)[0]))


@cache
def _policies() -> tuple[tuple[str, str], ...]:
    """(the words a rule's requirement starts with, its policy's name) of each rule that has
    one (norms/rules.yaml ``policy``)."""
    found = []
    for rule in load_rules():
        at = re.search(r"不低于|不少于|不超过|只增不减", rule.text)
        if rule.policy and at:
            found.append((rule.text[at.start() :], rule.policy))
    return tuple(found)


def rule_met_said(point: str) -> str | None:
    """A clerk's point that makes a rule's whole formula the subject of a result
    (全市中小学教师平均工资收入水平不低于当地公务员平均工资收入水平已全面落实: round an's G,
    the norm itself as a subject) said with the rule's policy as the subject and the formula
    as what it secured: 全市教师工资待遇保障政策全面落实，中小学教师平均工资收入水平不低于
    当地公务员平均工资收入水平. None where the point is of no other shape."""
    tail = _MET_TAIL.search(point)
    if tail is None:
        return None
    formula = point[: tail.start()]
    for requirement, policy in _policies():
        if not formula.endswith(requirement):
            continue
        place = _PLACE.match(formula)
        where = place.group() if place else ""
        how = "持续" if "持续" in tail.group() else "全面"
        return f"{where}{policy}{how}落实，{formula.removeprefix(where)}"
    return None


def area_in(topic: str) -> str | None:
    """An area a clerk named object-first (全国教育大会精神贯彻) or as a system (领导体制) said
    as a speaker does: 在贯彻全国教育大会精神方面, 在领导体制方面 (round an's R: 全国教育大会
    精神贯彻方面; 领导体制工作有力推进, the area's name made a sentence); None for any other."""
    found = _AREA_VERB.match(topic)
    if found is not None:
        return f"在{found['verb']}{found['object']}方面"
    return f"在{topic}方面" if _SYSTEM.search(topic) and len(topic) > 2 else None


def system_area(label: str) -> bool:
    """Whether the area is a system (领导体制, 督导机制): no 工作 that 推进 (round an's R)."""
    return bool(_SYSTEM.search(label)) and len(label) > 2


def calendar_span(span: str, items: Sequence[str]) -> str:
    """The span an opening speech reviews, matched to the items' own: 过去一学年 over an item
    of 上半年 or 今年以来 (a calendar span) is 过去一年 (round an's R: 过去一学年…上半年全区…)."""
    calendar = [i for i in items if _CALENDAR.match(i.lstrip("“"))]
    if span != "过去一学年" or not calendar:
        return span
    # items of this half-year only (上半年…, 今年以来…) are this year's, not a past year's
    # (round bd's 06 F: 先简要回顾一下过去一年的工作 over 上半年 and the summer's results)
    if all(not i.lstrip("“").startswith("一年来") for i in calendar):
        return "今年以来"
    return "过去一年"


def today_honour(text: str) -> bool:
    """Whether a teachers' day review item counts today's awardees (受表彰优秀教师312名): the
    meeting's own business, no result of the year (round an's G: 教师队伍建设有序开展，受表彰
    优秀教师312名)."""
    return bool(_HONOUR.match(text.strip()))


def honour_said(text: str) -> str:
    """Today's awardees said as the meeting's business: 这次大会表彰优秀教师312名、…."""
    return _HONOUR.sub("这次大会表彰", text.strip(), count=1)


def chain(facts: Sequence[str], apart: bool = False) -> str:
    """A chain of facts with one separator: ； between them where any has a comma inside or
    where the facts are already said apart (``apart``: several review points, which run on
    with ；), else ， (round an's R: …全部完成；…复查，五年累计… mixed the two)."""
    facts = [f for f in facts if f]
    joint = "；" if apart or any("，" in f for f in facts) else "，"
    return joint.join(facts)


_COVERED_PLACE = f"(?:{_any(_W.covered_places)})"
_COVERED = re.compile(
    r"^(?P<place>全(?:省|市|州|盟|县|区|旗|乡|镇|自治区))?"
    rf"(?P<who>[^，；、\d]{{0,6}}?{_COVERED_PLACE})(?P<thing>[^，；\d]{{2,10}})"
    r"(?:已经|已)?实现(?:了)?全覆盖$"
)
_COUNT_OF_UNITS = re.compile(r"^(?P<number>\d[\d,]*)(?P<unit>所|个|家|座)$")


def coverage_counted(clause: str, label: str, value: str) -> str:
    """A count said with the whole its point claims, its noun once (round ao's G, R: 全市中小学
    智慧校园实现全覆盖，智慧校园412所 — "数字硬贴；应为412所中小学全部建成智慧校园"): where the
    clause is (place +) units + thing + 实现全覆盖, the figure is that thing counted in 所/个,
    the count is of the units (全覆盖: each has one): 全市412所中小学全部建成智慧校园, with the
    verb the thing takes (``coverage_verbs``), else 全市412所中小学智慧校园实现全覆盖. "" where
    the clause and the figure are not of that shape."""
    match = _COVERED.match(clause)
    count = _COUNT_OF_UNITS.match(value.strip())
    if match is None or count is None or match["thing"] != label:
        return ""
    number = f"{count['number']}{count['unit']}"
    verb = next((v for end, v in _W.coverage_verbs if label.endswith(end)), "")
    place = match["place"] or ""
    if verb:
        return f"{place}{number}{match['who']}全部{verb}{label}"
    return f"{place}{number}{match['who']}{label}实现全覆盖"


_ZERO = re.compile(
    f"^(?P<time>{_any(_W.result_times)})?(?P<what>[^，；。\\d]{{1,8}}(?:{_any(_W.zero_results)}))$"
)


def zero_said(point: str, place: str) -> str | None:
    """A bare result a section says alone (全年校园零感染。 under its heading: round ao's R,
    "一句光秃秃的事实单独成段，应补成完整表述") with its subject and verb: 在全系统共同努力下，
    全市全年实现校园零感染. None for any other point, or one that names its place already."""
    match = _ZERO.match(point)
    if match is None or _PLACE.match(point):
        return None
    return f"{_W.joint_effort[0]}，{place}{match['time'] or ''}实现{match['what']}"


# A figure whose value carries the clerk's state word (round ap's readers: 拟表彰…人数: 已表彰210名
# said 今年拟表彰…已表彰210名, "拟…已 自相矛盾"; 受资助学生: 已完成2.1万人次 said 受资助学生已完成
# 2.1万人次, G; 寄宿生: 现有3412人, …示范学校数: 现有9所 pasted after the field name, R). The state
# word tells how to say the number; it is no word to print after the name.
_DONE_VALUE = re.compile(
    f"^(?:{_any(_W.done_marks)})(?P<deed>[\\u4e00-\\u9fff]{{0,4}}?)(?P<number>约?\\d[\\d,.]*\\S*)$"
)
_NOW_VALUE = re.compile(f"^(?:{_any(_W.now_marks)})(?P<number>\\S*\\d\\S*)$")
# 已完成 before what is counted (已完成学生2.3万人): the mark, then the thing
_DONE_MARK_ONLY = re.compile(f"^(?:{_any(_W.done_deeds)})")
_PLAN_HEAD = re.compile(f"^(?:{_any(_W.plan_heads)})(?=[\\u4e00-\\u9fff]{{2,}})")
_COUNT_END = re.compile(f"(?<=[\\u4e00-\\u9fff]{{2}})(?:{_any(_W.count_ends)})$")
_PASSIVE = re.compile(f"^(?:{_any(_W.passive_heads)})")
# a piece of a rate's list that names its part (小学99.6%): 为 goes before its number
_RATE_PIECE = re.compile(r"^(?P<part>[^\d]*?)(?P<number>约?\d[\d.]*%)$")


def done_number(label: str, value: str) -> str:
    """The number of a value the clerk marked done (已表彰210名 under 拟表彰…人数, 已完成612项):
    the mark said by the frame, not the value; "" where the value is of no such shape, or its
    deed is not the name's (已建成45所 under a name with no 建成 says what the name does not)."""
    done = _DONE_VALUE.match(value.strip())
    if done is None:
        return ""
    deed = _DONE_MARK_ONLY.sub("", done["deed"])
    if deed in _W.done_counted:  # 已完成学生2.3万人: the people counted go with the number
        return deed + done["number"]
    if deed and deed not in _W.done_deeds and deed not in label:
        return ""
    return done["number"]


def plan_named(label: str) -> bool:
    """Whether a figure's name says a plan (拟表彰…人数, 计划新建…): a done value fights it."""
    return bool(_PLAN_HEAD.match(label))


def passive_named(label: str) -> bool:
    """Whether a figure's name is of people something was done to (受资助学生): 已完成 after it
    reads as theirs (受资助学生已完成2.1万人次, round ap's G); their number is reached (达)."""
    return bool(_PASSIVE.match(label))


def done_name(label: str) -> str:
    """A figure's name said over a done number: no plan word (拟表彰… → 表彰…: the value says
    it is done) and no column's 数 (…隐患数 → …隐患: a count's unit says what it counts)."""
    return _COUNT_END.sub("", _PLAN_HEAD.sub("", label))


def marked_said(label: str, value: str) -> str:
    """A review figure whose value carries 已/现有, said as what the value says (round ap):
    done → 表彰优秀教师和教育工作者210名, 年内排查整改校园安全隐患612项, 受资助学生达2.1万人次;
    a present stock said as a stock → 现有寄宿生3412人, 现有民族团结进步示范学校9所; a present
    rate → 教师学历达标率小学为99.6%、初中为98.2% (达到 before 现有 claimed a mark the clerk
    called the present). "" where the value carries no such word, or a result's count takes
    its own form (figure_verbed: 平安校园创建达标的现有96所)."""
    value = value.strip()
    number = done_number(label, value)
    if number and "%" not in number:  # a rate reached is said 达到X% (round an), not X%
        name = done_name(label)
        return f"{name}达{number}" if _PASSIVE.match(name) else f"{name}{number}"
    now = _NOW_VALUE.match(value)
    if now is None:
        return ""
    number = now["number"]
    if "%" in number:
        parts = number.split("、")
        pieces = [m for part in parts if (m := _RATE_PIECE.match(part))]
        if len(pieces) < len(parts) or (len(pieces) == 1 and not pieces[0]["part"]):
            # one rate with no stages reads 达到93.8% in a review (round an); only a rate
            # given per stage (小学99.6%、初中98.2%) is said with 为
            return ""
        return label + "、".join(f"{p['part']}为{p['number']}" for p in pieces)
    if _RESULT_END.search(label) or not re.match(r"约?\d", number):
        return ""
    return f"现有{_COUNT_END.sub('', label)}{number}"
