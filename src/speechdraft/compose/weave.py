"""How the profile's own words are woven into sentences, as a clerk would write them.

A point pasted as it was typed (校车驾驶员资质每学期复核一次。) reads as a note, not as
something the speaker says; a figure joined by 达到 whatever it is (送教上门达到7人) or
printed with its field's name (今年新补充教师人数180) reads as a form. Each function here
takes the clerk's text whole (nothing is reworded, so every point and figure can be traced
in the draft) and gives it the lead, verb or unit its form asks for.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# A value that brings its own verb (提高到93%, 较上年提高3.4个百分点) takes no second one.
VERB_LED = re.compile(
    r"^(?:提高到|提升到|达到|保持在|保持|控制在|降低到|下降到|增长到|增加到|增长|不低于|不少于|"
    r"超过|新增|完成|实现|稳定在|全部|力争|由|从|较|比上年|同比|与上年|增加|减少|提高|下降|"
    r"降低|上升)"
)

# A point that already says who is to act, or how firmly: said as it was written.
_CHARGED = re.compile(
    r"^(?:要|必须|务必|确保|力争|争取|坚决|我们|各|全体|凡|请)"
    r"|^[^，。；]{1,12}?(?:(?<![主重需必纲摘提只])要(?![求素点闻])|必须|务必|应当)"
)
# How a point that says what to do begins (完善乡村教师荣誉制度: a verb phrase).
MEASURE_VERB = re.compile(
    r"(?:推进|推动|完成|落实|建立|健全|加强|开展|实施|会同|新建|改扩建|改造|启动|组织|加快|深化|"
    r"扩大|提高|提升|做好|抓好|统筹|建成|配齐|配备|整治|排查|规范|严格|增设|设立|出台|制定|印发|"
    r"举办|完善|强化|优化|推行|试点|探索|争创|创建|打造|补齐|消除|化解|兑现|发放|保障|核查|"
    r"复核|督促|指导|召开|设置|安装|更新|招聘|补充|培训|表彰|评选|选树|实行|执行|严查|查处|联合|改善|"
    r"按照|依照|加大|用好|办好|建好|管好|守好|筑牢|压实|畅通|压减|清理|对|把|将|在|"
    # round f's readers: 要确保与…开展结对帮扶 / 要确保推广… read as clumsy; these take 要
    r"推广|引导|鼓励|支持|组建|成立|建设|提供|配置|整合|调整|开设|开通|扩充|增加|与|同|向|"
    r"围绕|结合|依托|通过|以)"
)
# A point that states a rule (中小学生原则上不得将手机带入校园): made clear, not 确保.
_RULE = re.compile(r"不得|严禁|禁止|一律|不准")
# A verb phrase that opens with how (全面落实…, 进一步规范…, 持续深化…).
_ADVERB_FIRST = re.compile(
    r"^(?:全面|切实|持续|进一步|大力|积极|深入|着力|认真|扎实|稳步|有序|分类|逐步|全力|"
    r"主动|依法|及时|加快|不断)"
)
# A point that opens with when (暑假前对…设置警示牌, 年底前兑现…, 每学期复核…).
_TIME_FIRST = re.compile(
    r"^(?:年底前|年内|今年|明年|全年|上半年|下半年|暑假前|寒假前|开学前|汛期前|入冬前|"
    r"每学期|每学年|每年|每季度|每月|每周|\d{1,2}月(?:底|中旬|上旬|下旬)?前|"
    r"\d{4}年(?:底|\d{1,2}月(?:底)?)?前)"
)
# What a point says when it is an aim for a unit to reach (旗一中创建自治区级示范性普通高中).
_AIM = re.compile(r"创建|争创|建成|达到|达标|通过|晋升|入选|进入|评为|认定")
# A point that is a thing to carry out, not a sentence (师生返校前14天健康监测).
_NOUN_LIKE_END = re.compile(
    r"(?:监测|制度|机制|要求|管理|工作|措施|规定|标准|办法|体系|行动|工程|计划|全覆盖|责任制|"
    r"预案|演练|检查|排查|教育|培训|服务)$"
)


def charge(point: str, speaks_for_bureau: bool) -> str:
    """A key task's point (the clerk's words, whole) with the lead its form asks for:
    要完善… (a verb phrase; 我们将完善… in a bureau's own report), 要确保年底前兑现…
    (a deadline first), 要推动旗一中创建… (an aim), 要落实师生返校前14天健康监测 (a
    thing to carry out), 要确保校车驾驶员资质每学期复核一次 (a rule), 要明确，…不得…
    (a prohibition). A point that already names who acts or says 要 is left as it is."""
    if _CHARGED.match(point):
        return point
    if _RULE.search(point):
        return "要明确，" + point
    if (MEASURE_VERB.match(point) or _ADVERB_FIRST.match(point)) and not _TIME_FIRST.match(point):
        return ("我们将" if speaks_for_bureau else "要") + point
    if _AIM.search(point) or "确保" in point:  # 要确保…，确保… would say it twice
        return "要推动" + point
    if _NOUN_LIKE_END.search(point) and not _TIME_FIRST.match(point):
        return "要落实" + point
    return "要确保" + point


def charges(points: Iterable[str], speaks_for_bureau: bool) -> list[str]:
    return [charge(point, speaks_for_bureau) for point in points]


# A rate, share or level: the only values that are 达到.
_RATE_LABEL = re.compile(r"(?:率|比例|比重|占比|水平|覆盖面|指数|得分|均分)(?:目标)?$")
_RANK = re.compile(r"第[一二三四五六七八九十百\d]+(?:名|位)")
_RANK_LABEL = re.compile(r"(?:排名|名次|位次|排位)$")


def is_rate(label: str, value: str) -> bool:
    return value.rstrip().endswith("%") or bool(_RATE_LABEL.search(label))


def review_joiner(label: str, value: str) -> str:
    """The verb between a review figure's label and its value: 达到 only before a rate,
    share or level (覆盖率达到92%); a value that is a change (较上年提高…) takes none;
    a rank takes 位居 unless its label is the ranking (排名第4位); counts and sums take
    none (送教上门7人, 争取项目资金186万元, 纳入监管校车4820辆)."""
    if VERB_LED.match(value):
        return ""
    if _RANK.search(value):
        return "" if _RANK_LABEL.search(label) else "位居"
    return "达到" if is_rate(label, value) else ""


# A field's name as a clerk files it, not as a speaker says it.
_PLAN_YEAR_HEAD = re.compile(r"^(?:今年|明年|本年度|年度)(?=\S)")
_GOAL_TAIL = re.compile(r"目标$")
_BARE_NUMBER = re.compile(r"^\d+(?:\.\d+)?$")
_COUNTED_BY = (
    # what the label ends with, what its count is said in (新补充教师180名, 集团9个)
    (re.compile(r"(?:教师|校长|班主任|教研员|保安员|辅导员|驾驶员|员|干部)(?:人数)?$"), "名"),
    (re.compile(r"人次$"), "人次"),
    (re.compile(r"(?:学生|幼儿|人员|人)(?:人数)?$|人数$"), "人"),
    (re.compile(r"(?:学校|中学|小学|幼儿园|园|校)(?:数|数量)?$"), "所"),
    (re.compile(r"(?:机构|企业|单位)(?:数|数量)?$"), "家"),
    (re.compile(r"(?:校车|车辆)(?:数|数量)?$"), "辆"),
    (re.compile(r"(?:隐患|问题|项目)(?:数|数量)?$"), "项"),
    (re.compile(r"(?:检查|督查|督导|会议|演练|活动|培训)(?:数|次数)?$"), "次"),
    (re.compile(r"(?:学位|班级|集团|基地|中心|工作室)(?:数|数量)?$"), "个"),
)
_COUNT_WORD = re.compile(r"(?<![指系分])(?:人数|次数|数量|个数|总数|数)$")
_UNIT_AT_END = re.compile(r"[^\d.%]+$")


def spoken_fact(label: str, value: str) -> tuple[str, str]:
    """A target as a speaker says it: (label, value) with the field's 今年…人数 wording
    taken off and the unit a bare number lacks put on (今年新补充教师人数 180 → 新补充教师,
    180名; 集团化办学覆盖率 60 → 60%; 教师全员培训人次 6000人次 → 教师全员培训, 6000人次)."""
    said = _GOAL_TAIL.sub("", _PLAN_YEAR_HEAD.sub("", label)) or label
    if _BARE_NUMBER.match(value):
        if is_rate(said, value):
            return said, value + "%"
        unit = next((unit for pattern, unit in _COUNTED_BY if pattern.search(said)), "")
        if not unit:
            return said, value  # the unit cannot be told: said with 为 (fact_clause)
        value += unit
    return _without_count_word(said, value), value


def _without_count_word(said: str, value: str) -> str:
    """新补充教师人数 before 180名 → 新补充教师; a rate's name stays whole."""
    if value.endswith("%"):
        return said
    unit = _UNIT_AT_END.search(value)
    if unit and said.endswith(unit.group()) and len(said) > len(unit.group()):
        return said[: -len(unit.group())]
    return _COUNT_WORD.sub("", said) or said


def fact_clause(label: str, value: str) -> str:
    """新补充教师180名, 集团化办学覆盖率达到60%, 年度教育经费预算安排为12.6 (a bare number
    whose unit cannot be told is said with 为, not run into its label)."""
    said, value = spoken_fact(label, value)
    if VERB_LED.match(value):
        return said + value
    if is_rate(said, value):
        return f"{said}达到{value}"
    return f"{said}{'为' if _BARE_NUMBER.match(value) else ''}{value}"


# What a review lead may claim, and what its achievement's points and figures must state
# for it to claim it (readers' A: 中高考成绩再创新高 over a rate and a rise, 公办幼儿园学位
# 有效扩容 over figures about something else).
_CLAIMS = (
    # a record needs a record
    (
        re.compile(r"新高|再创|历史最好|最好水平|最好成绩|创历史"),
        re.compile(r"新高|历史|最好|首次|最高"),
    ),
    # everyone, everywhere needs all of them
    (
        re.compile(r"全覆盖|应开尽开|应助尽助|应入尽入|全面(?:完成|实现|落实)"),
        re.compile(r"全覆盖|100%|全部|所有|应开尽开|应助尽助|应入尽入|每一所|每所"),
    ),
    # a marked change needs a measured one
    (
        re.compile(r"显著|明显|大幅|跨越|长足"),
        re.compile(r"较上年|比上年|同比|百分点|翻番|提高到|提升到|增长\d|提高\d|增加\d"),
    ),
    # a rise or a gain needs something that rose or was added
    (
        re.compile(r"扩容|扩大|提升|提高|增强|优化|改善|加快|增加|增长|壮大"),
        re.compile(
            r"提高|提升|增长|增加|新增|扩大|新建|改扩建|建成|较上年|比上年|同比|首次|突破|"
            r"新招聘|招聘|补充|引进|投入"
        ),
    ),
)


def claims_unsupported(lead: str, evidence: str) -> bool:
    """The lead claims a record, a full coverage, a marked change or a gain that the
    achievement's points and figures (``evidence``) do not state."""
    return any(claim.search(lead) and not needs.search(evidence) for claim, needs in _CLAIMS)


# What a review lead says of its topic, not what the topic is: 极端天气应对平稳有序 shares
# 平稳 with 线上线下教学平稳切换 but is not about it.
_PREDICATE = re.compile(
    r"平稳有序|总体平稳|平稳|有序|扎实推进|深入推进|稳步推进|稳步提升|持续巩固|持续|不断|有效|"
    r"显著|明显|全面|进一步|推进|提升|提高|巩固|增强|加强|优化|改善|扩容|实现|取得|成效|成果|"
    r"新进展|进展|走深走实|落地见效|见实效|再创新高|新高|加快|更加|得到|切实"
)


def lead_topic(lead: str) -> str:
    """The lead without the words that judge its topic (weave._PREDICATE)."""
    return _PREDICATE.sub("，", lead)


# 今年 in a bank wording is the year planned for (今年以来 is the year so far), 去年 the
# year reviewed.
_YEAR_WORD = re.compile(r"今年(?!以来)|去年")
_ONE_YEAR_ON = {"今年": "明年", "去年": "今年"}


def for_planned_year(text: str, ahead: bool) -> str:
    """A bank wording's years said one year on when the speech plans for the next year (a
    November or December meeting): 今年 → 明年, 去年 (the year reviewed) → 今年."""
    if not ahead:
        return text
    return _YEAR_WORD.sub(lambda match: _ONE_YEAR_ON[match.group()], text)


# A safety meeting between spring and autumn (防溺水 in May, 开学 in August) reviews the
# work so far, not a closed year (readers' F: a May meeting 总结2029年校园安全工作).
MID_YEAR_MONTHS = range(4, 11)
_REVIEW_YEAR = re.compile(r"\{\{ *y\.review *\}\}年")


def reviews_so_far(kind: str, month: int) -> bool:
    return kind == "safety" and month in MID_YEAR_MONTHS


def for_review_span(source: str, so_far: bool) -> str:
    """A bank wording's {{ y.review }}年 said as 去年以来 at a meeting that reviews the work
    so far (reviews_so_far): 总结去年以来校园安全工作, 去年以来的校园安全工作是扎实有效的."""
    return _REVIEW_YEAR.sub("去年以来", source) if so_far else source
