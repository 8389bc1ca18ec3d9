"""How a figure is written: the unit a fact's value carries, full-width digits, percentages.

Shared by intake (which tells the clerk what it normalised or finds implausible) and
compose (which prints the value), so the warning and the printed draft never disagree.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from typing import Protocol

FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_HAS_FULL_WIDTH_DIGIT = re.compile("[０-９]")

_BARE_NUMBER = re.compile(r"^\d+(\.\d+)?$")
# A number with a short lead-in or a rounding word and no unit of its own: 约400, 400余,
# 近400, 400左右, 超过1.2 … The unit goes right after the number (and its 余/多):
# 约400项, 400余项, 400项左右. A value with anything else (约400项, 四百项) stays as typed.
_NUMBER_WITHOUT_UNIT = re.compile(
    r"^(?P<head>约|近|逾|超|超过|将近|接近|达|达到|共|累计|全年|总计|合计)?"
    r"(?P<number>\d+(?:\.\d+)?(?:万|亿)?(?:余|多)?)"
    r"(?P<tail>左右|以上|以内|以下)?$"
)


def has_full_width_digits(text: str) -> bool:
    return bool(_HAS_FULL_WIDTH_DIGIT.search(text))


def half_width_digits(text: str) -> str:
    """２５ → 25: official documents print Arabic numerals half-width (GB/T 15835)."""
    return text.translate(FULL_WIDTH_DIGITS)


def with_unit(text: str, unit: str) -> str:
    """The value as printed: its unit added after the number when the clerk left it off
    (400 → 400项, 约400 → 约400项, 400左右 → 400项左右); anything else as written."""
    if not unit:
        return text
    if _BARE_NUMBER.match(text):
        return text + unit
    match = _NUMBER_WITHOUT_UNIT.match(text)
    if match is None:
        return text
    number = match["number"]
    return f"{match['head'] or ''}{number}{_after_magnitude(number, unit)}{match['tail'] or ''}"


def _after_magnitude(number: str, unit: str) -> str:
    """The unit after a number that says its own 万 or 亿: 3.6万 + 人次 → 3.6万人次, but
    3.6万 + 万元 → 3.6万元 and 1.2亿 + 万元 → 1.2亿元, never 万万元."""
    magnitude = number.rstrip("余多")[-1:]
    if magnitude in ("万", "亿") and unit[:1] in ("万", "亿"):
        return unit[1:]
    return unit


# 210000人次 → 21万人次: a count of ten thousand or more that ends in 000 is said with 万, as
# officials say it (readers' R, round h); 12345人 stays exact, and money has its own rule
# (as_yi) since 万元 is already a unit.
_ROUND_COUNT = re.compile(
    r"^(?P<number>[1-9]\d{4,})(?P<unit>人次|人|名|个|所|项|套|台|册|份|户|次|辆|间|家|场|节|课时)$"
)


def in_wan(text: str) -> str:
    """A round count of 10,000 or more said with 万 (210000人次 → 21万人次); else as it is."""
    match = _ROUND_COUNT.match(text)
    if match is None or not match["number"].endswith("000"):
        return text
    wan = f"{int(match['number']) / 10000:.4f}".rstrip("0").rstrip(".")
    return f"{wan}万{match['unit']}"


_COUNT_UNITS = "人次|人|名|个|所|项|套|台|册|份|户|次|辆|间|家|场|节|课时|平方米"
# a count said with 万 (1.6万名), and one of five digits or more said in digits (23000名)
_WAN_COUNT = re.compile(rf"(?<![\d.])(?P<number>\d+(?:\.\d+)?)万(?P<unit>{_COUNT_UNITS})")
_DIGIT_COUNT = re.compile(rf"(?<![\d.,])[1-9]\d{{4,}}(?=(?:{_COUNT_UNITS}))")
_SENTENCE_END = re.compile(r"(?<=[。！？])")


@lru_cache(maxsize=4096)
def one_number_form(text: str) -> str:
    """Counts of one sentence said one way (round am's R: 已达23000名，…新补充教师1.6万名 —
    "23000与1.6万写法不一"): where a sentence has a count in digits of ten thousand or more
    and one said with 万 (in_wan of a figure), the 万 one is said in digits too (1.6万名 →
    16000名), exact; the clerk's own digits are kept as typed. Sums (万元, 亿元) are units
    of their own and stay."""
    if "万" not in text:
        return text
    out = []
    for sentence in _SENTENCE_END.split(text):
        if _WAN_COUNT.search(sentence) and _DIGIT_COUNT.search(sentence):
            sentence = _WAN_COUNT.sub(_in_digits, sentence)
        out.append(sentence)
    return "".join(out)


def _in_digits(match: re.Match[str]) -> str:
    number = match["number"]
    whole, _, decimals = number.partition(".")
    if len(decimals) > 4:
        return match.group()
    digits = str(int(whole + decimals.ljust(4, "0")))
    return f"{digits}{match['unit']}"


_WAN_YUAN = re.compile(r"^(\d+(?:\.\d+)?)万元$")


def as_yi(text: str) -> str:
    """10,000万元 or more as 亿元 (186000万元 → 18.6亿元), as officials say it; else as it is."""
    match = _WAN_YUAN.match(text)
    if not match or float(match[1]) < 10000:
        return text
    yi = f"{float(match[1]) / 10000:.4f}".rstrip("0").rstrip(".")
    return f"{yi}亿元"


def leading_number(value: str | int | float) -> float | None:
    """The first number in a fact's value (92 in “92%”, 0.92 in “约0.92”), if any."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    match = re.search(r"-?\d+(?:\.\d+)?", half_width_digits(value).replace("－", "-"))
    return float(match.group()) if match else None


# 4,260 → 4260, 12,000 → 12000: readers of three rounds struck the separators the clerks
# typed, and GB/T 15835 lets 公文 leave them out; one rule for every figure of a draft.
_GROUPED = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,])")
_DOUBLE_QUOTED = re.compile(r'"([^"\n]*)"')
_SINGLE_QUOTED = re.compile(r"'([^'\n]*)'")


@lru_cache(maxsize=4096)  # pure: the same profile texts typeset in every draft (speed21)
def without_separators(text: str) -> str:
    """Thousands separators left out of every grouped number (1,846项 → 1846项)."""
    return _GROUPED.sub(lambda match: match.group().replace(",", ""), text)


# A rate per head as a statistics table prints it (950元/生·年, 30万元/校): read aloud as 每生每年
# 950元 (round bj's 15 and 19 R: “元/生·年”是表格单位，念不出来). A verb or bound before the number
# stays before it (不低于950元/生·年 → 每生每年不低于950元).
_PER_WHOM = {"生": "每生", "人": "每人", "校": "每校", "所": "每所", "班": "每班"}
_PER_HEAD = re.compile(
    r"(?P<bound>不低于|不少于|不高于|达到|提高到|提高至|为|约)?"
    rf"(?P<number>\d+(?:\.\d+)?)(?P<unit>万元|元)\s*/\s*[（(]?(?P<whom>[{''.join(_PER_WHOM)}])"
    r"(?:\s*[·•・/.．]\s*(?P<year>年))?[）)]?"
)


def _per_head_spoken(match: re.Match[str]) -> str:
    per_year = "每年" if match["year"] else ""
    bound = match["bound"] or ""
    return f"{_PER_WHOM[match['whom']]}{per_year}{bound}{match['number']}{match['unit']}"


@lru_cache(maxsize=4096)  # pure: asked of the same profile texts in every draft
def per_head_spoken(text: str) -> str:
    """Rates per head said as spoken (小学不低于950元/生·年 → 小学每生每年不低于950元,
    30万元/校 → 每校30万元); any other text as it is."""
    if "/" not in text:
        return text
    return _PER_HEAD.sub(_per_head_spoken, text)


@lru_cache(maxsize=4096)  # pure: ~200 calls a warm draft, ~50 texts (speed21)
def typeset(text: str) -> str:
    """Profile text as a Chinese document prints it: half-width quotes paired into
    “…” and ‘…’, numbers without thousands separators. An unpaired quote stays as typed
    (which half it is cannot be known)."""
    text = _DOUBLE_QUOTED.sub(r"“\1”", text)
    text = _SINGLE_QUOTED.sub(r"‘\1’", text)
    return without_separators(text)


# A document's title as a profile gives it without 书名号 (教育强国建设规划纲要（2024—2035年）):
# printed in 《》 as 公文 quote a document (readers' F, round h). A whole entry ending in a
# document's kind is a title; inside a sentence only a 纲要/条例 or a title with its years
# (“落实学校布局专项规划” there names a task, not a document).
_DOCUMENT_KIND = "纲要|规划|意见|方案|办法|条例|决定|通知"
_YEARS = r"（\d{4}(?:—|-|－|至)\d{4}年）"
_WHOLE_TITLE = re.compile(rf"^[^，。；、《》“”\s]{{2,40}}?(?:{_DOCUMENT_KIND})(?:{_YEARS})?$")
_FIVE_YEAR_PLAN = re.compile(r"^“?十[一二三四五六七八九]五”?(?:规划|发展规划)?$")
_TITLE_IN_CLAUSE = re.compile(
    rf"(?<=对标|贯彻|落实|实施|按照|依据|遵循)(?!《)"
    rf"(?P<title>[^，。；、《》“”\s]{{4,30}}?(?:(?:纲要|条例)(?:{_YEARS})?|(?:{_DOCUMENT_KIND}){_YEARS}))"
    r"(?=[，。；、》]|$|精神|要求|部署)"
)


def titled(text: str) -> str:
    """A document's title put in 《》 where the clerk left it bare: the whole entry when it
    ends in 纲要/规划/意见/方案/办法/条例/决定/通知, a 纲要 or 条例 named after 对标/贯彻/落实… in
    a sentence. A title already quoted, and 十四五规划 (a plan's name, not a title), stay."""
    if _WHOLE_TITLE.match(text) and not _FIVE_YEAR_PLAN.match(text):
        return f"《{text}》"
    return titles_in_clause(text)


def titles_in_clause(text: str) -> str:
    """Only the in-sentence rule of ``titled``: for a point or a guideline (完善学校安全管理
    办法 is a task, not a title)."""
    return _TITLE_IN_CLAUSE.sub(lambda match: f"《{match['title']}》", text)


# A goal the clerk lists as a rate and its value with no verb (高中阶段毛入学率96%, 学生宿舍一氧
# 化碳报警器安装率100%): read out after 主要目标是： it had none (round ag's G); the rate
# reaches its value. A name with its own verb or state word (保持, 稳定在, 不低于…) is as typed.
_GOAL_RATE_BARE = re.compile(
    # (things listed with 、 before their rate too: 危险水域警示牌、救生设施配置率100% — round bh's 09 G)
    r"^(?P<name>[^\d，；：（）()]{2,30}?(?:率|比例|占比|比重))(?P<value>\d+(?:\.\d+)?%)$"
)
_GOAL_HAS_VERB = re.compile(r"达到|保持|稳定|不低于|不少于|超过|提高|提升|控制|巩固|实现|确保|力争")


def goal_said(item: str) -> str:
    """A listed goal with the verb a bare rate lacks (高中阶段毛入学率96% → 高中阶段毛入学率
    达到96%); a time the clerk put before his 确保 after it (暑假期间确保不发生… → 确保暑假期间
    不发生…: round ck's 18, G — 要确保暑假期间确保不发生); any other goal as the clerk typed it."""
    # (主要预期目标是：…三是计划新增学位1800个: round cw's 02, 09 and 14, R — a goal said as a plan
    # inside the list of goals)
    item = _PLANNED_GOAL.sub("", item, count=1)
    timed = _TIME_BEFORE_ENSURE.match(item)
    if timed is not None:
        return f"确保{timed['time']}{timed['rest']}"
    match = _GOAL_RATE_BARE.match(item)
    if match is None or _GOAL_HAS_VERB.search(match["name"]):
        return item
    return f"{match['name']}达到{match['value']}"


# What a key task's rate is (issue 11's A, round ah: 标准班额达标率: 88 said as 全年全市计划达到
# 88%, where the clerk meant the present level; 九年义务教育巩固率: 96.5 as 要达到96.5%). The
# profile guide asks for this year's aim in ``facts`` and last year's figure under review, and
# blind writers use facts for both. A rule a clerk can check: the rate is the year's aim when
# its name or value says so (目标/计划/力争/达到/提高到…), when the clerk's targets name the
# same measure or value, or when the review gives the measure (the review is the present:
# figure_once and the 提高到 rule say the two apart); it is the present when its value says so
# (现有88%, 目前88%, 已达88%); else it cannot be told, and the draft says it as the aim with a
# visible 【待核】 (counted in the summary line) and ``validate`` tells the clerk how to write it.
# A value of 100 is no aim by itself (round ai's A: 学校党组织覆盖率要达到100%, 作业管理达标学
# 校比例达到100% of the present level, "100%未核即作目标"): told as the present it is kept
# (保持100%), told as the aim it is reached (达到), else it is marked like any other rate.
# A count under a task (round ai's A: 校外培训专项检查全年安排12次 of a bare 12) is what the place
# has or has done when its value says 现有/已完成 (said so, before the section's first point);
# 计划12次 is the plan (the word dropped: the bank's frame says it); a bare count is still the
# plan the clerk gave (a mark inside the value broke the composer's plan frames).
_PLANNED_GOAL = re.compile(r"^(?:今年|全年|年内)?计划(?=[\u4e00-\u9fff])(?!书|表|单列|生)")
AIM, NOW, UNTOLD = "aim", "now", "untold"
_TIME_BEFORE_ENSURE = re.compile(
    r"^(?P<time>[^，；。确]{2,10}?(?:期间|前|后|内|中|以来))确保(?P<rest>[^，；。].*)$"
)
RATE_CHECK = "【待核：今年目标还是现有水平】"
_SUM_UNITS = ("元", "万元", "亿元")
_RATE_NAME = re.compile(r"(?:率|占比|比例|比重)$")
_AIM_WORDS = re.compile(r"目标|计划|力争|今年|年内|年底|明年|达到|提高到|提升到|增加到|由")
NOW_VALUE = re.compile(
    # (已完成100% too: round bi's 21 G, 明厨亮灶覆盖率要达到已完成100%)
    r"^(?:现有|现状|目前|当前|已达到|已达|已经达到|已完成|已实现|已)(?:为|是)?(?P<number>\d+(?:\.\d+)?%?)$"
)
# A rate the clerk marks as this year's aim (达到96.5%, 目标96.5%): the mark tells the state; the
# draft says the number in its own frame (要达到96.5%; "要覆盖达到95%的学生" was the mark read out).
AIM_VALUE = re.compile(r"^(?:今年)?(?:达到|目标|目标为|目标是)(?P<number>\d+(?:\.\d+)?%?)$")
FULL_RATE = re.compile(r"^100(?:\.0+)?%?$")
# a deed done this year before a count (今年已命名60所: round bf's 10 G, 计划达到今年已命名60所):
# the present, as 已完成 is
DONE_THIS_YEAR = (
    r"(?:今年|年内|全年|本年度)已(?:命名|认定|创建|建成|评定)"
    # people already in post (已到岗82名: round bm's 03 and 15, G F — 全旗计划新补充教师已到岗82名)
    r"|(?:今年)?已(?:到岗|到位|招聘|招录|补充|入职)"
)
# (已完成排查整改126项: the deed the fact's name says, between 已完成 and the count — round cb's 07,
# G: 要完成排查整改校园安全隐患已完成排查整改126项)
_DONE_DEED = r"已完成(?:[\u4e00-\u9fff](?<!约)[\u4e00-\u9fff]{0,5}?(?<!约)(?=\d))?"
NOW_PREFIX = re.compile(
    rf"^(?:现有|现状|目前|当前|已经达到|已达到|已达|{_DONE_DEED}|已有|{DONE_THIS_YEAR}|已)(?:为|是)?"
)
# A count the clerk marks as this year's plan (计划13次, 目标7300人次): said in the bank's frame.
AIM_COUNT = re.compile(r"^(?:今年|全年)?(?:计划|目标为|目标是|目标)(?P<number>\d.*)$")
# A plan the clerk writes with its deed (计划整改5000项, 计划新增1200名, 计划覆盖全部612所): the
# bank's frame says the plan and its own verb (要达到…, 计划新补充…), so the draft says the number;
# the deed is dropped where the fact's name already says it (排查整改…数: 计划整改) or where it
# reaches a total (配齐, 覆盖, 完成); a deed that adds to what is there (新增, 创建) said in a frame
# of totals would change what the clerk decided, so the number carries DELTA_CHECK (round al's
# G: 专职思政课教师要配备到计划新增1200名, 民族团结进步示范学校要达到计划创建200所).
PLAN_DEED = re.compile(
    r"^(?:今年|全年|年内)?计划(?P<deed>[\u4e00-\u9fff]{1,4}?)(?P<number>(?:约)?\d.*)$"
)
TOTAL_DEEDS = ("配齐", "配足", "配备", "覆盖", "完成", "达到", "建成", "实现", "保持")
DELTA_CHECK = "【待核：新增数还是总数】"


def plan_deed(name: str, text: str) -> tuple[str, str] | None:
    """The number a 计划+deed value says in the bank's frame, and its mark ("" or
    DELTA_CHECK); None for a value that is not one (计划12次 is AIM_COUNT's)."""
    match = PLAN_DEED.match(text)
    if match is None:
        return None
    deed = match["deed"]
    whole = "全部" if "全部" in deed else ""
    core = deed.replace("全部", "").removeprefix("新")
    number = whole + match["number"]
    if not core or core in name or deed.startswith(TOTAL_DEEDS) or core.startswith(TOTAL_DEEDS):
        return number, ""
    return number, DELTA_CHECK


def deed_before_label(name: str, value: str | int | float | bool) -> tuple[str, str] | None:
    """The deed and the number of a 计划+deed value of a field the bank does not know (名师工作室:
    计划新建20个 → 新建, 20个), to be said deed first (计划新建名师工作室20个); None where the
    value is no such plan or the name already says the deed (排查整改隐患数: 计划整改5000项).
    Round ar's readers found the deed dropped (全区计划名师工作室20个【待核：新增数还是总数】):
    the clerk's own deed says whether the number is new, so no mark is needed."""
    match = PLAN_DEED.match(typeset(str(value).strip()))
    if match is None:
        return None
    deed = match["deed"].replace("全部", "")
    core = deed.removeprefix("新")
    if not core or core in name or deed in name:
        return None
    whole = "全部" if "全部" in match["deed"] else ""
    return deed, whole + match["number"]


# A count the clerk marks as what the place has or has done (现有1260辆, 已完成2400人次).
NOW_COUNT = re.compile(
    rf"^(?:现有|目前|当前|{_DONE_DEED}|已有|{DONE_THIS_YEAR}|已)"
    r"(?:为|是)?(?P<number>\d[\d,]*(?:\.\d+)?)"
)


def fact_state(
    name: str, value: str | int | float | bool, unit: str, told: str, collected: bool = False
) -> str:
    """AIM, NOW (said as the present) or UNTOLD (said as the aim, marked) for a task's fact
    (a rate or a count; a sum is the budget the clerk gave); 100 is a rate like any other."""
    if isinstance(value, bool) or collected:
        return AIM  # a form's column said 今年目标数 (returns.checklist.fact_period)
    text = typeset(str(value).strip()).replace("％", "%")
    rate = unit == "%" or text.endswith("%") or _RATE_NAME.search(name.removesuffix("目标"))
    if not rate:
        # a count: 现有/已完成 is what is there; else the plan the clerk gave (its mark,
        # 【待核：目标数还是现有数】, broke the composer's plan frames: left for a later branch)
        return NOW if NOW_COUNT.match(text) and not text.endswith(_SUM_UNITS) else AIM
    if NOW_VALUE.match(text):
        return NOW
    if _AIM_WORDS.search(name) or _AIM_WORDS.search(text):
        return AIM
    number = re.match(r"\d+(?:\.\d+)?", text)
    if number is None:
        return AIM
    measure = name.removesuffix("目标")
    if _kept(measure, float(number.group()), told):
        return NOW
    if measure in told or f"{number.group()}%" in told:
        return AIM
    return UNTOLD


_REVIEW_LINE = re.compile(r"^(?P<name>[^＝\n]+)＝(?P<value>[^\n]*)$", re.MULTILINE)


def _kept(measure: str, number: float, told: str) -> bool:
    """Whether the review gives the same measure at the same value (测评覆盖率 100 under a
    task after 学生心理健康测评覆盖率达到100% in the review): the figure is where the place
    is, said once more as kept (保持100%), never as the year's plan (round ai's F: 测评覆盖率
    计划达到100%, "今年已达100%，应为保持")."""
    for line in _REVIEW_LINE.finditer(told):
        name, done = line["name"], leading_number(line["value"])
        if done == number and len(measure) >= 4 and (measure in name or name in measure):
            return True
    return False


# A bare count under a key task (校外培训专项检查: 12, 教育集团数: 31, 校车驾驶员培训: 2400):
# nothing tells whether it is this year's plan or what the place has or has done, and the
# bank's frames say it as the plan (round ai's A: 校外培训专项检查全年安排12次, 教育集团今年要发展
# 到31个, 全市计划完成校车驾驶员培训2400人次, "profile只给数字"). The claim about the state is
# the sentence's, not the value's: the value stays as typed (a mark inside it broke the
# frames, given19), and the clause that says it ends in COUNT_CHECK (figure_once.
# mark_untold_counts). A count that says its state (计划13次, 现有31个, 已完成12次), whose name
# says a year (今年新补充教师人数), whose measure or number the targets or the review give,
# or that a form's column dated, is told, and not marked.
COUNT_CHECK = "【待核：计划数还是现有数】"
_COUNT_UNIT = re.compile(
    r"\d(?:万|亿)?(?:余|多)?(?:人次|人|名|个|所|项|家|辆|次|场|套|台|间|节|期|批|支|处|座|条|户|班|位|门|部|件|册|份)"
    r"(?:左右)?$"
)


def count_untold(
    name: str, value: str | int | float | bool, unit: str, told: str, collected: bool = False
) -> bool:
    """Whether a key task's count cannot be told as the plan or the present (see COUNT_CHECK)."""
    if isinstance(value, bool) or collected or is_rate_fact(name, value, unit):
        return False
    text = typeset(str(value).strip())
    if text.endswith(_SUM_UNITS) or unit.endswith(_SUM_UNITS):
        return False
    if NOW_COUNT.match(text) or AIM_COUNT.match(text):
        return False
    if _AIM_WORDS.search(name) or _AIM_WORDS.search(text) or re.search(r"现有|已|总数|累计", text):
        return False
    if not _COUNT_UNIT.search(with_unit(text, unit)):
        return False  # 1小时, 850元: a standard or a sum, not a count of deeds or things
    number = re.search(r"\d+(?:\.\d+)?", text)
    if number is None:
        return False
    noun = re.sub(r"(?:人数|总数|数量|个数|次数|数)$", "", name)[-2:]
    for line in told.splitlines():
        done_name, _, done_value = line.partition("＝")
        if done_value and noun in done_name and _in_wan_units(done_value) == _in_wan_units(text):
            return False  # the review's figure given again: said once, as done (figure_once)
    listed = [typeset(line) for line in told.splitlines() if "＝" not in line]
    if any(name in line for line in listed):
        return False  # the targets or the review name the measure: the plan beside the done
    said = re.compile(rf"(?<![\d.]){re.escape(number.group())}(?![\d.])")
    return not any(said.search(line) for line in listed)


def _in_wan_units(text: str) -> float | None:
    """A count's number with its 万/亿 (1.26万个 → 12600), rounded, or None."""
    match = re.match(r"\s*(?:约|近|达到|达)?(\d+(?:\.\d+)?)\s*(万|亿)?", text.replace(",", ""))
    if match is None:
        return None
    scale = {"万": 10_000, "亿": 100_000_000}.get(match.group(2) or "", 1)
    return round(float(match.group(1)) * scale, 4)


def is_rate_fact(name: str, value: str | int | float | bool, unit: str) -> bool:
    """Whether a task's fact is a rate (its mark asks 目标还是现有水平), not a count."""
    text = typeset(str(value).strip()).replace("％", "%")
    return unit == "%" or text.endswith("%") or bool(_RATE_NAME.search(name.removesuffix("目标")))


def below_reached(name: str, value: str | int | float | bool, unit: str, reached: str) -> str:
    """The level the review says a rate has reached already (96%) where the clerk's target
    for it is lower (参与率 95% after 学生参与率达到百分之九十六 in the year's results:
    round aw's F, twice — "上文说去年参与率已达96%，今年目标95%反而更低"); "" otherwise.
    The measure is found by its last four characters (学生参与率 in 课后服务学生参与率)."""
    if isinstance(value, bool) or not is_rate_fact(name, value, unit):
        return ""
    if _A_FLOOR.search(str(value)):
        # 保持在63%以上 after 63.4% is what the warning itself advises (round bz's writer: validate
        # still warned after the clerk wrote it)
        return ""
    target = re.search(r"\d+(?:\.\d+)?", typeset(str(value)))
    measure = _RATE_WORDS.sub("", typeset(name))
    if target is None or len(measure) < 3:
        return ""
    shared = _SHARED_RATES.search(measure)
    # 参与率 names its measure; 覆盖率 of what? Two characters before it say (集团化办学覆盖率
    # is no 线上教学覆盖率: round by's writer found validate's false alarm)
    tails = [measure[-(len(shared.group()) + 2) :]] if shared else [measure[-4:], measure[-3:]]
    for tail in tails:
        said = re.compile(re.escape(tail) + r"[^，。；\d]{0,6}?(\d+(?:\.\d+)?)%")
        for found in said.finditer(reached):
            if float(found.group(1)) > float(target.group()):
                return f"{found.group(1)}%"
    return ""


_A_FLOOR = re.compile(r"保持|以上|不低于|不少于")


def reached_check(above: str) -> str:
    """The mark after a target below the level reached (below_reached's ``above``)."""
    return f"【待核：已达到{above}，今年目标是否有误】"


class _Results(Protocol):
    """An achievement as the profile gives it (intake.profile.Achievement)."""

    @property
    def points(self) -> Sequence[str]: ...

    @property
    def figures(self) -> Mapping[str, object]: ...


def results_text(achievements: Iterable[_Results]) -> str:
    """The year's results as written, points and figures, one a line (below_reached reads
    them)."""
    achievements = list(achievements)
    return "\n".join(
        [
            *(typeset(str(p)) for a in achievements for p in a.points),
            *(f"{typeset(n)}{typeset(str(v))}" for a in achievements for n, v in a.figures.items()),
        ]
    )


_RATE_WORDS = re.compile(r"(?:目标|计划|今年)$")
# rates many measures end in: only four characters tell which one is meant
_SHARED_RATES = re.compile(
    r"(?:达标率|覆盖率|完成率|合格率|优秀率|普及率|使用率|配备率|比例|占比|入学率|巩固率)$"
)


def told_rates(
    targets: Iterable[str],
    review_names: Iterable[str],
    review_values: Iterable[tuple[str, object]] = (),
) -> str:
    """What the profile says elsewhere of its rates: the clerk's target lines, the names
    of the review's figures (the present, said there) and, one a line, each review figure
    with its value (name＝value: a task's rate at the same value is kept, fact_state)."""
    values = [f"{name}＝{typeset(str(value))}" for name, value in review_values]
    return "\n".join([*targets, *(str(name) for name in review_names), *values])


# What a clerk writes for a count there is none of this year (新建智慧校园示范校: 无, 0,
# 今年不安排): the thing is not this year's task, so the draft neither says it nor asks it.
# "今年要新建智慧校园示范校0所" read as a task with nothing in it.
_NONE_WORDS = frozenset(
    {"无", "没有", "暂无", "不安排", "今年不安排", "暂不安排", "今年没有", "今年无", "不涉及"}
)
_NONE_AND_WHY = re.compile(
    r"^(?:无|没有|暂无|不涉及)[^，,；;。]{0,8}[，,；;。]\s*(?:此项)?(?:不填|不涉及|空缺)|^(?:此项)?不填"
)
_ZERO = re.compile(r"^[0０](?:\.0+)?\s*(?:所|个|名|人|人次|次|场|家|项|间|万元|元|亿元)?$")


def _says_none(text: str) -> bool:
    """无, 今年不安排…, or a none with its reason after it (无高中，此项不填)."""
    return text in _NONE_WORDS or bool(_NONE_AND_WHY.match(text))


def declined(value: object) -> bool:
    """Whether a fact's value says there is none of it this year (0, 0所, 无, 今年不安排), with
    or without the clerk's reason in brackets (无（区内无高中）)."""
    if isinstance(value, bool):
        return False
    if isinstance(value, int | float):
        return value == 0
    text = _without_reason(str(value))
    # (无高中，此项不填: round cx's 02, G F — 要盯紧高考本科上线率无高中，此项不填的目标)
    return _says_none(text) or bool(_ZERO.match(text))


# the clerk's reason after a none (无（区内无高中）: round bf's 02, 要力争达到无（区内无高中）)
_REASON = re.compile(r"\s*[（(][^（）()]*[）)]\s*$")


def _without_reason(text: str) -> str:
    return _REASON.sub("", text.strip()).strip()


def is_declined(value: object, unit: str) -> bool:
    """A task's count, sum or thing of its own there is none of this year; a rate the clerk
    says is none of the place's (a town's 高考本科上线率目标: 无, round at's G: 计划达到无). A rate
    of 0% is a rate, said as given."""
    if unit == "%":
        text = _without_reason(value) if isinstance(value, str) else ""
        return _says_none(text)
    return declined(value)
