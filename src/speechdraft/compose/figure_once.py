"""One figure, one state a draft (issue 11's F and R around figures; round af's readers).

A clerk's figure is said once, in the state the profile gives it: a count the review gives as
done is not said again as this year's plan (新招聘教师186名 … 今年计划新补充教师186名), nor is
a plan for the year kept beside what the review says that year already did (年内已排查整改
1.86万项 … 年内全省计划排查整改1.5万项 at a November meeting); a total is not said as new
(新组建…4个紧密型教育集团，组建教育集团19个 → 教育集团总数达到19个); a claim about a figure is
said with it, its name once (高考本科上线率达到历史新高，高考本科上线率达到84.6% → 高考本科
上线率达到84.6%，创历史新高).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from speechdraft.figures import COUNT_CHECK, DONE_THIS_YEAR, leading_number
from speechdraft.markup import LITERAL_CLOSE, LITERAL_OPEN, plain
from speechdraft.numerals import arabic_quantities

# a year word before a field's name and a count word after it: the same field either way
_YEAR_HEAD = re.compile(r"^(?:今年|年内|全年|本年度?)")
_COUNT_TAIL = re.compile(r"(?:人数|总数|数量|个数|次数|数)$")
# rates and shares are kept (保持100%): only counts are a thing done once
_RATE = re.compile(r"%|率|比例|占比|比重")
_SAME_FIELD = 4  # characters two names share at least to be one field


def _core(label: str) -> str:
    return _COUNT_TAIL.sub("", _YEAR_HEAD.sub("", label.strip()))


def _one_field(plan: str, done: str) -> bool:
    """Whether two names say one field: one within the other, at least _SAME_FIELD long."""
    short, long_ = sorted((plan, done), key=len)
    if len(short) < _SAME_FIELD:
        return False
    # or the same deed on the same thing (排查整改隐患 and 排查整改校园安全隐患)
    return short in long_ or (plan[:_SAME_FIELD] == done[:_SAME_FIELD] and plan[-2:] == done[-2:])


def done_in_review(
    label: str, value: str, done: Iterable[tuple[str, str]], same_year: bool
) -> bool:
    """Whether a key task's plan figure (``label``, ``value``) is one the review already gives
    as done (``done``: its figures' labels and values): the same count of the same kind of
    thing (新招聘教师 186名 and 今年新补充教师人数 186: one recruitment, said twice in two
    states — round af's F), or, where the review is of the year the plan's label names
    (``same_year``: a November meeting's review of the year now ending), the same field
    (排查整改校园安全隐患 1.86万项 done and 年内排查整改校园安全隐患数 15000 planned)."""
    if _RATE.search(label) or _RATE.search(str(value)):
        return False
    core = _core(label)
    number = leading_number(str(value))
    for done_label, done_value in done:
        if _RATE.search(done_label) or _RATE.search(done_value):
            continue
        other = _core(done_label)
        if (
            number is not None
            and number >= 10
            and leading_number(_in_units(done_value)) == number
            and core[-2:] == other[-2:]
        ):
            return True
        if same_year and _YEAR_HEAD.match(label) and _one_field(core, other):
            return True
    return False


_COUNT_IN_POINT = re.compile(r"(\d+(?:\.\d+)?)(?:万|亿)?(?:名|人|个|所|家|项|套|辆|元)")


def said_in_points(label: str, value: str, points: Iterable[str]) -> bool:
    """Whether a task's count (今年新补充教师人数 86) is one its own point already says of the
    same kind of thing (新招聘的86名教师8月28日前完成岗前培训): said again as the year's plan it
    read as two recruitments, or as a plan after the hiring (round ag's F, D, A: 今年计划新补充
    教师86名)."""
    if _RATE.search(label) or _RATE.search(str(value)):
        return False
    number = leading_number(_in_units(str(value)))
    noun = _core(label)[-2:]
    if number is None or number < 2 or len(noun) < 2:
        return False
    for point in points:
        for match in _COUNT_IN_POINT.finditer(point):
            said = leading_number(_in_units(match.group()))
            # the noun after the count (…的86名教师) or just before it (新建项目2个, 招聘教师
            # 200名: round au's D, 新建项目2个…，今年全区计划新建项目2个)
            before = point[max(0, match.start() - _NOUN_BEFORE) : match.start()]
            if said == number and (noun in point[match.start() :] or noun in before):
                return True
    return False


_NOUN_BEFORE = 4  # characters before a count in which its noun names it (招聘教师200名)


# what a figure's value says past its number word: 累计7个 → 7个, 约1.9万份 → 1.9万份
_VALUE_HEAD = re.compile(
    rf"^(?:{DONE_THIS_YEAR}|累计|共计|共|约|计划|达到|连续|已完成|已经|已|现有)"
)
_LABEL_NOISE = re.compile(
    r"（[^）]*）|\([^)]*\)|^(?:今年|年内|全年|累计|连续)|(?:人数|总数|数量|数)$"
)
_STATE_NOTE = re.compile(r"（[^（）]*）")
_SHARED_RUN = 3  # characters of a figure's name a point must say to speak of the same thing


# a count under ten a clerk wrote in words (思政实践教育基地三个), read as digits only to compare
_SMALL_COUNT = re.compile(
    r"(?<![第\d一二三四五六七八九十百千万两])(?P<digit>[一二两三四五六七八九])"
    r"(?=个|所|名|项|家|处|座|条|间|套|台|辆|支|期)"
)
_SMALL_DIGITS = {c: str(i) for i, c in enumerate("一二三四五六七八九", start=1)} | {"两": "2"}


def _counts_as_digits(point: str) -> str:
    return _SMALL_COUNT.sub(lambda m: _SMALL_DIGITS[m["digit"]], point)


# a count of ten thousands that is a whole number (1.42万个), as the clerk's figure writes it (14200个)
_WHOLE_WAN = re.compile(r"(?<![\d.])(?P<n>\d+(?:\.\d+)?)万(?!元|亿)")


def _counts_in_digits(point: str) -> str:
    """The point's counts in digits, to compare with a figure's value: small counts in words
    (三个), and large ones (新增学位一万四千二百个 beside 新增学位: 14200个 — round cg's 01, D G: the
    figure said again after the point that had it)."""

    def whole(match: re.Match[str]) -> str:
        value = float(match["n"]) * 10_000
        return str(int(value)) if value.is_integer() else match.group()

    digits = _WHOLE_WAN.sub(whole, arabic_quantities(point))
    # (both as written and in digits: the thing's name is read in the first, its count in either)
    return _counts_as_digits(point if digits == point else f"{point}；{digits}")


# 现有专职思政课教师86名，今年计划再配备24名: the plan's 110名 is the two together
_HELD_COUNT = re.compile(r"现有[^，；。\d]{0,12}?(?P<n>\d+)(?P<unit>名|个|所|人|家)")
_MORE_COUNT = re.compile(
    r"再(?:配备|补充|新增|增加|招聘|新建|建设)[^，；。\d]{0,8}?(?P<n>\d+)(?P<unit>名|个|所|人|家)"
)


def sum_told(value: str, points: Iterable[str]) -> bool:
    """Whether a count is what a point has plus what it adds (现有…86名，…再配备24名 and
    计划110名): said again, the plan read as a third figure (round ba's D)."""
    number = leading_number(_VALUE_HEAD.sub("", str(value).strip()))
    if number is None:
        return False
    for point in points:
        held, more = _HELD_COUNT.search(point), _MORE_COUNT.search(point)
        alike = bool(held and more and held["unit"] == more["unit"])
        if alike and int(held["n"]) + int(more["n"]) == number:  # type: ignore[index]
            return True
    return False


def told_in_points(label: str, value: str, points: Iterable[str]) -> bool:
    """Whether a review figure is one a point of the same achievement already says, its
    value and its thing: the clerk typed it in both places (“…累计达到7个” and 优质均衡县
    （市、区）: 累计7个; “连续六年没有发生学生溺水死亡事故” and 连续无溺水死亡事故: 六年; “…每年
    安排300万元设立乡村教师奖励基金” and 乡村教师奖励基金: 300万元/年), and the figure said
    after the point read the same fact twice (round au's D R, three drafts). A rate is the
    same only where the point names the rate itself (巩固率, not 入学率 of the same 99%)."""
    # (its state in brackets is no part of the figure: 186名（已到岗） is told by 计划186名（已全部
    # 到岗） — round bq's 23, D: 今年新补充教师186名…，今年新补充教师186名（已到岗）)
    told = _VALUE_HEAD.sub("", _STATE_NOTE.sub("", str(value)).strip()).split("/")[0].strip()
    name = _LABEL_NOISE.sub("", label.strip())
    if (
        not told
        or len(name) < _SHARED_RUN
        or not re.search(r"\d|[一二三四五六七八九十两百千]", told)
    ):
        return False
    runs = runs_of(name, _SHARED_RUN)
    rate = _RATE.search(name) or "%" in told
    # (the point may round it up: 全年培训教师2.1万余人次 tells 培训教师: 2.1万人次 — round cd's
    # 14, D R: …2.1万余人次…；培训教师2.1万人次)
    more = re.sub(r"^([\d.]+(?:万|亿)?)", r"\1余", told)
    forms = _person_forms(told) | _person_forms(more)
    for point in map(_counts_in_digits, points):
        if not any(_value_at(point, form) >= 0 for form in forms):
            continue
        # a rate is the same where the point names the rate or what it counts (作业管理达标学校
        # 比例 and …达标学校已达到91%: round ba's D)
        counted = re.sub(r"(?:比例|比重|占比|率)$", "", name)[-4:]
        if rate and name[-_SHARED_RUN:] not in point and (len(counted) < 4 or counted not in point):
            continue
        # 问题已整改到位31项 tells 问题整改完成数: 已完成31项 (round ba's D): 已 is no part of the thing
        plain = point.replace("已经", "").replace("已", "")
        if any(run in point or run in plain for run in runs):
            return True
    return False


# people are counted in 名 or 人 alike (round df's 02, L D: 明年交流轮岗教师不少于一百五十人 and
# 县管校聘交流轮岗教师人数: 计划150名, the same 150 said twice in one sentence)
_PERSON_COUNT = re.compile(r"^(?P<n>[\d.]+(?:万|亿)?余?)(?P<unit>名|人)$")


def _person_forms(told: str) -> set[str]:
    """A value as written, and as the other word for people where it counts them."""
    person = _PERSON_COUNT.match(told)
    if person is None:
        return {told}
    return {told, person["n"] + ("人" if person["unit"] == "名" else "名")}


def _value_at(point: str, told: str) -> int:
    """Where a value stands in a point as a whole number (7个 not in 17个), or -1. Found with
    str.find: a pattern made of the clerk's value would be kept between runs (importcache)."""
    at = point.find(told)
    while at >= 0:
        if at == 0 or point[at - 1] not in _NUMBER_CHARS:
            return at
        at = point.find(told, at + 1)
    return -1


_NUMBER_CHARS = frozenset("0123456789.")


def _in_units(value: str) -> str:
    """1.86万 → 18600 for comparison with a bare count (the clerk types either)."""
    match = re.match(r"\s*(\d+(?:\.\d+)?)\s*(万|亿)", value.replace(",", ""))
    if not match:
        return value.replace(",", "")
    factor = 10_000 if match.group(2) == "万" else 100_000_000
    # rounded: 1.38 × 10000 is 13799.999999999998 in floating point, and 1.38万 is 13800
    # (round ai's F: 新增学位1.38万个 in the review, 全市计划新增学位13800个 again as a plan)
    number = round(float(match.group(1)) * factor, 4)
    return str(int(number)) if number.is_integer() else str(number)


# 新组建…4个紧密型教育集团 / 新建5所 / 新增3家: a point that counts the new ones
_NEW_OF = re.compile(r"新(?:组建|建成|建|成立|增|创建)[^，；。]*?(\d+)(个|所|家)")


def total_of_new(label: str, value: str, points: Iterable[str]) -> bool:
    """Whether a bare noun's count (教育集团 19个) is the total of things a point of the same
    achievement says were new, fewer of them (新组建…4个紧密型教育集团): said with the verb of
    making it read as 19 more made (round af's F); it is the total, 总数达到19个."""
    number = leading_number(str(value))
    if number is None or _RATE.search(label):
        return False
    noun = _core(label)[-2:]
    for point in points:
        for match in _NEW_OF.finditer(point):
            rest = point[match.start() :]
            if noun in rest and float(match.group(1)) < number:
                return True
    return False


_COUNT_HEAD = re.compile(r"^(?:人数|总数|数量|数)")
# a claim about a figure said in the point that names it (达到历史新高, 创历史新高, 位居…)
_CLAIM_REACHED = re.compile(r"^(?:达到|达|再创|创下?)(?=历史|新高)")


def claim_said_with(clause: str, name: str, said: str) -> str | None:
    """A point's clause that names a figure and claims something of it, said once with its
    value (高考本科上线率达到历史新高 + 84.6% → 高考本科上线率达到84.6%，创历史新高); None where
    the clause does not open with the figure's name or already carries a number."""
    # a year before the name is the claim's time, no number of it (2019年高考本科上线人数创
    # 历史新高, round al's R: …创历史新高，本科上线612人 said the deed twice)
    year = _YEAR_FIRST.match(clause)
    start = year.end() if year else 0
    found = name
    at = clause.find(name, start)
    if at < 0 and (other := _rate_twin(name)):  # 研究生学历教师比例 and …占比 (round al's D)
        found, at = other, clause.find(other, start)
    if at < 0 or at - start > 4 or re.search(r"\d", clause[start:]):
        return None
    head, tail = clause[:at], clause[at + len(found) :]
    tail = _COUNT_HEAD.sub("", tail)  # 本科上线人数创历史新高: the count is said, then its claim
    if not tail or len(tail) > 14:
        return None
    if _TREND.fullmatch(tail) and said.startswith(name):
        # a trend, then the level it reached (公办园在园幼儿占比持续提高，达到68%): the level
        # then the trend read backwards (…占比达到68%，持续提高: round al's R)
        rest = said[len(name) :]
        rest = rest if _REACHED.match(rest) else f"达到{rest}"
        return f"{head}{clause[at : at + len(found)]}{clause[at + len(found) :]}，{rest}"
    if _VERB_HEAD.search(head):
        return None  # 2018年实现…教育支出达到47.3亿元，…: the verb would take the figure
    if _JOINED_ON.match(tail):
        # 设置警示牌和救生设施: the rest is more of the deed's object, no claim (round am's G:
        # 设置警示牌3600余块，和救生设施 — "断句残缺"): the figure inside, no comma
        return f"{head}{said}{tail}"
    tail = _CLAIM_REACHED.sub("创", tail) if _CLAIM_REACHED.match(tail) else tail
    standard = _PAID_AT.match(said)
    if standard and standard["verb"] in tail and standard["name"] == found:
        # 按每人每月300元的标准发放乡村教师生活补助，按月足额发放 said 发放 twice (round ao's R):
        # the standard inside the clerk's own deed (乡村教师生活补助按每人每月300元的标准按月足额发放)
        return f"{head}{found}按{standard['rate']}的标准{tail}"
    return f"{head}{said}，{tail}"


# an allowance's standard as weave says it (按每人每月300元至500元的标准发放乡村教师生活补助)
_PAID_AT = re.compile(r"^按(?P<rate>[^，；]+?)的标准(?P<verb>发放|兑现|拨付)(?P<name>[^，；]+)$")


# a tail that joins another thing to the figure's (和救生设施, 及配套设施)
_JOINED_ON = re.compile(r"^(?:和|与|及|以及|、)")
_YEAR_FIRST = re.compile(r"^(?:20\d\d|19\d\d)年")
_TREND = re.compile(
    r"(?:持续|逐年|不断|稳步|进一步|明显|大幅)"
    r"(?:提高|提升|上升|增加|增长|扩大|下降|降低|减少|只增不减)"
)
# a verb before the name (2018年实现…支出逐年只增不减): the figure is no object of it
_VERB_HEAD = re.compile(r"实现|保持|完成|推动|确保")
_REACHED = re.compile(r"^(?:达到|达|提高到|提升到|降至|降到|下降到|增至|增加到|保持)")
_TWINS = (("占比", "比例"), ("比例", "占比"))


def _rate_twin(name: str) -> str | None:
    """The same share under its other word (研究生学历教师占比 → 研究生学历教师比例)."""
    for end, other in _TWINS:
        if name.endswith(end):
            return name[: -len(end)] + other
    return None


# Where a clause ends in the markup: its punctuation, or a length gate's mark (the check
# stays inside the gated piece its figure is in) or a token.
_CLAUSE_END = re.compile("[，；。！？：\n\ue002\ue003\ue004⟦]")
_CLAUSE_START = re.compile("[，；。！？：\n\ue003⟧]")
_SENTENCE_START = re.compile("[。！？\n\ue003⟧]")
# a clause that already says the state (全市现有校车1260辆, 已完成…): not asked again
_STATE_SAID = re.compile(r"现有|已|累计|总数")


# a clause that says a figure as the plan (the bank's frames, the composer's plan sentences)
_PLAN_SAID = re.compile(
    r"(?<![培岗持援动])计划(?![”》])|今年|全年|年内|明年|要|安排|力争|目标|确保"
)


def mark_untold_counts(markup: str, values: Iterable[str]) -> str:
    """Each clause that says a count the profile does not tell as the plan or the present
    (figures.count_untold) ends in COUNT_CHECK: 校外培训专项检查全年安排12次【待核：计划数还是
    现有数】，查出的问题…. The value and the frame around it are as the bank says them; the
    mark is the sentence's. The value is found as a literal of its own (a unit's fact()), or
    inside a composed plan sentence (全市计划完成校车驾驶员培训2400人次) whose clause says a plan."""
    for value in sorted(set(values), key=len, reverse=True):
        alone = f"{LITERAL_OPEN}{value}{LITERAL_CLOSE}"
        whole = alone in markup
        said = re.compile(
            re.escape(alone) if whole else rf"(?<![\d.]){re.escape(value)}(?![\d.月年日届周])"
        )
        at = 0
        while (found := said.search(markup, at)) is not None:
            at = found.end()
            start = max(
                (m.end() for m in _CLAUSE_START.finditer(markup, 0, found.start())), default=0
            )
            end_match = _CLAUSE_END.search(markup, at)
            end = end_match.start() if end_match else len(markup)
            opened = markup.rfind("【", at, end)
            if opened != -1 and "】" not in markup[opened:end]:
                # the clause end was found inside a mark said after a later count of the same
                # clause (续建项目9个、新建项目14个【待核：…】): the clause is marked already
                continue
            clause = plain(markup[start:end])
            if COUNT_CHECK in clause or _STATE_SAID.search(clause):
                continue
            opening = max(
                (m.end() for m in _SENTENCE_START.finditer(markup, 0, found.start())), default=0
            )
            if not whole and not _PLAN_SAID.search(plain(markup[opening:end])):
                continue
            inside = markup.count(LITERAL_OPEN, 0, end) > markup.count(LITERAL_CLOSE, 0, end)
            mark = COUNT_CHECK if inside else f"{LITERAL_OPEN}{COUNT_CHECK}{LITERAL_CLOSE}"
            markup = markup[:end] + mark + markup[end:]
    return markup


# a figure of a fact's value with its unit (小学650元、初中850元: two)
_VALUE_FIGURE = re.compile(
    r"(?<![\d.])(\d+(?:\.\d+)?)(万|亿)?(元|名|人次|人|个|所|项|套|辆|间|张|%)"
)
_NAME_RUN = 4  # characters of a fact's name a clerk's text shares to speak of the same thing
# a sum of money large enough that the same figure twice is one sum (6.8亿元, 1450万元)
_SUM = re.compile(r"^(?:\d+(?:\.\d+)?亿|\d{4,}(?:\.\d+)?万|\d+\.\d+万)元$")


def _figure_said(text: str, number: str, big: str, unit: str) -> bool:
    """Whether ``text`` says the figure as a whole number with its unit (650元, not 1650元;
    800元/生·年 as 800元), found with str.find (see _value_at)."""
    figure = number + big
    start = 0
    while (at := text.find(figure, start)) >= 0:
        start = at + 1
        if at and text[at - 1] in _NUMBER_CHARS:
            continue
        rest = text[at + len(figure) :]
        if rest.startswith(unit):
            return True
        per = rest[1 : 1 + _PER_CHARS + len(unit)] if rest.startswith("/") else ""
        if unit in per and not any(mark in per[: per.find(unit)] for mark in "，；。"):
            return True
    return False


_PER_CHARS = 4  # what a table writes between a figure and its unit (…/生·年)


def figures_told(label: str, value: str, texts: Iterable[str]) -> bool:
    """Whether a fact of several figures (义务教育生均公用经费标准: 小学650元、初中850元) is
    one a clerk's text already says, every figure of it, naming the same thing (…生均公用经费
    按小学650元/生·年、初中850元/生·年足额拨付): the bank's line with the fact said the standard
    a second time (round bo's and bp's D, five drafts)."""
    figures = _VALUE_FIGURE.findall(value.replace(",", ""))
    name = _LABEL_NOISE.sub("", label.strip())
    if len(figures) < 2:
        return False
    return _named_with_figures(name, figures, (t.replace(",", "") for t in texts))


def runs_of(name: str, size: int) -> set[str]:
    """The runs of ``size`` characters of a name (a text holding one speaks of the same thing)."""
    return {name[i : i + size] for i in range(len(name) - size + 1)}


def _named_with_figures(
    name: str, figures: list[tuple[str, str, str]], texts: Iterable[str]
) -> bool:
    """Whether one of ``texts`` names the thing (a run of _NAME_RUN characters of ``name``) and
    says every one of ``figures`` (_VALUE_FIGURE's number, 万/亿 and unit)."""
    if len(name) < _NAME_RUN:
        return False
    runs = runs_of(name, _NAME_RUN)
    return any(
        any(run in text for run in runs) and all(_figure_said(text, *f) for f in figures)
        for text in texts
    )


def sum_of(value: str) -> str | None:
    """A fact's value as a sum of money large enough that the same figure twice is one sum
    (计划6.8亿元 → 6.8亿元), else None."""
    sum_ = _VALUE_HEAD.sub("", value.strip()).replace(",", "")
    return sum_ if _SUM.match(sum_) else None


def sum_said(value: str, texts: Iterable[str]) -> bool:
    """Whether a sum of money (6.8亿元) is one a clerk's text already says: a sum that large
    is one sum whatever it is called (round bp's 13: 对今年安排的6.8亿元教育经费… after the
    clerk's 今年全县安排一般公共预算教育支出6.8亿元)."""
    sum_ = sum_of(value)
    return sum_ is not None and any(_value_at(text.replace(",", ""), sum_) >= 0 for text in texts)


def told_by_clerk(label: str, value: str, texts: Iterable[str]) -> bool:
    """Whether a fact is one the clerk's own text (a review point, another task's point, the
    commendation) already says, its figures and its thing: said again from the bank it read as the
    same figure twice, or as a plan after what the review says was done (round bo's 09, 15,
    18 and bp's 17: 做好教师补充，全州计划新补充教师1120名 after the review's 今年计划补充教师
    1120名，…860名已…到岗)."""
    texts = list(texts)
    # a value and its name in one clause (not 中心小学1所 beside 幼儿园4所 for 新建…幼儿园 1所)
    clauses = [c for text in texts for c in _clauses_in(text)]
    return (
        said_in_points(label, value, texts)
        or told_in_points(label, value, clauses)
        or figures_told(label, value, texts)
        or sum_said(value, texts)
    )


@lru_cache(maxsize=4096)
def _clauses_in(text: str) -> tuple[str, ...]:
    """A text's clauses (asked of the same clerk's texts for every fact of a draft)."""
    return tuple(c for c in re.split("[，；。：]", text) if c)


_DONE_MARK = re.compile(r"已(?:全部)?(?:到岗|完成|建成|发放|达到|达标|实现|通过)")


def done_in_review_text(target: str, texts: Iterable[str]) -> bool:
    """Whether a target the clerk wrote as already done (今年新补充教师186名（已到岗）) is one the
    review says, its figures and its thing: read out among the aims it was a result pledged
    (round bq's 23, F D: 主要目标是：一是今年新补充教师186名，已到岗)."""
    if not _DONE_MARK.search(target):
        return False
    plain = _STATE_NOTE.sub("", target)
    figures = _VALUE_FIGURE.findall(arabic_quantities(plain).replace(",", ""))
    first = _VALUE_FIGURE.search(plain)
    name = re.sub(r"[^\u4e00-\u9fff]", "", plain[: first.start()] if first else "")
    return bool(figures) and _named_with_figures(_LABEL_NOISE.sub("", name), figures, texts)
