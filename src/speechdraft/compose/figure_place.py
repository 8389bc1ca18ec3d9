"""Where a clerk's figure is said and what leads it (issue 11's R, S, G; round ab's readers).

A plan figure a task gives (新补充教师 6000, 学校食堂燃气改造 86所) joins the clerk's point of
the same subject (…全部安装燃气泄漏报警装置，全州计划完成学校食堂燃气改造86所), else a lead
sharing a word with it; where nothing of the bank or the profile speaks of it, its lead is drawn
from its own words (要做好教师补充，…), never a stock lead that says nothing of it (要搭建成长
平台，…完成教师全员培训4600人次; 要强化责任担当，领导小组计划召开年度专题会议4次) and never
the section's heading said again (（五）切实抓好燃气安全工作 …要切实抓好燃气安全工作，…).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from speechdraft.markup import LITERAL_CLOSE, LITERAL_OPEN, plain

# words a lead and a figure may share without speaking of one thing: the place, the year,
# the plan's own verbs and the nouns every education figure carries
_GENERAL = frozenset(
    [
        "今年",
        "全年",
        "年内",
        "本学",
        "学年",
        "计划",
        "完成",
        "达到",
        "开展",
        "实施",
        "推进",
        "加强",
        "工作",
        "建设",
        "提高",
        "提升",
        "强化",
        "切实",
        "抓好",
        "做好",
        "扎实",
        "全面",
        "持续",
        "进一步",
        "确保",
        "推动",
        "落实",
        "深入",
        "加快",
        "新的",
        "力争",
        "不断",
        "坚持",
        "教育",
        "学校",
        # 校园 of 校园餐 is no 校园安全隐患's subject (round cf's 03: the year's 隐患 count
        # glued to 校园餐经费专户管理…审计)
        "校园",
        "教师",
        "学生",
        "中小",
        "小学",
        "幼儿",
        "义务",
        "全员",
        "各级",
        "各类",
        "有关",
        "相关",
        "一步",
        "管理",
        "机制",
        "质量",
        "水平",
        "能力",
        "服务",
        "保障",
        "安全",
        "发展",
        "体系",
        "制度",
        "目标",
        "任务",
        "要求",
        "重点",
    ]
)
_PLACE = re.compile(r"全(?:省|市|州|盟|县|区|旗|乡|镇|苏木|自治区)|本学年|今年|全年|年内")
_NOT_WORDS = re.compile(r"[^\u4e00-\u9fff]+")


def words(text: str) -> frozenset[str]:
    """The two-character words of ``text`` that say what it is about."""
    text = _NOT_WORDS.sub("，", _PLACE.sub("，", text))
    grams = {text[i : i + 2] for i in range(len(text) - 1)}
    return frozenset(g for g in grams if "，" not in g) - _GENERAL


def shares_a_word(lead: str, figures: Iterable[str]) -> bool:
    """Whether a lead speaks of one of the figures' subjects (a word of both)."""
    said = words(lead)
    return any(said & words(figure) for figure in figures)


def repeats_heading(lead: str, heading: str) -> bool:
    """Whether a lead (without its 要) says its section's heading, or its first clause, again."""
    first = re.split(r"[，,：:；]", heading, maxsplit=1)[0]
    lead = lead.removeprefix("要").rstrip("，")
    return bool(first) and len(lead) >= 4 and (lead in first or first in lead)


_DEED_WORDS = frozenset(
    {
        "排查",
        "整改",
        "完成",
        "开展",
        "建设",
        "推进",
        "落实",
        "组织",
        "实施",
        "新增",
        "新建",
        "计划",
        "达到",
    }
)


def best_point(labels: Sequence[str], points: Sequence[str]) -> int | None:
    """The clerk's point that speaks of the figures' subject most (most words shared), or None
    where no point shares a word with them."""
    wanted = frozenset().union(*(words(label) for label in labels)) if labels else frozenset()
    # a deed word alone is no shared subject (round bh's 21 and 09, G: 危险水域再排查 took 年内全镇
    # 计划排查整改校园安全隐患60项 for sharing 排查)
    wanted -= _DEED_WORDS
    scored = [(len(words(point) & wanted), -i) for i, point in enumerate(points)]
    best = max(scored, default=(0, 0))
    return -best[1] if best[0] else None


_SUM_NAME = re.compile(r"(?:资金|经费|支出|投入|投资|补助|预算|金额)$|^(?:投入|投资|总投资)")
# longest first, then by the words themselves: a set's order changes with every process's
# string hashes, and a pattern whose text changed each run was parsed afresh and rewrote the
# kept import patterns (cold27). Two literal words of one length never match at one place,
# so the order among them changes no match.
_GENERAL_WORD = re.compile("|".join(sorted(_GENERAL, key=lambda word: (-len(word), word))))


def topic_groups(labels: Sequence[str]) -> list[list[int]]:
    """The figures' labels grouped by what they are about (a word of one group's label in
    another's), in their order: 集团化办学覆盖率 and 标准班额达标率 are two things, said in
    one sentence after one lead they were glued (round aw's G: 深化集团化办学，…覆盖率计划达到60%，
    标准班额达标率达到100%). Figures with a sum among them stay one group: a sum is said with
    the works it pays for (续建项目5个…计划总投资3.2亿元)."""
    if any(_SUM_NAME.search(label) for label in labels):
        return [list(range(len(labels)))]
    groups: list[list[int]] = []
    topics: list[frozenset[str]] = []
    for at, label in enumerate(labels):
        own = _own_words(label)
        home = next((g for g, topic in enumerate(topics) if topic & own), None)
        if home is None:
            groups.append([at])
            topics.append(own)
        else:
            groups[home].append(at)
            topics[home] |= own
    return groups


def _own_words(text: str) -> frozenset[str]:
    """The two-character words of ``text`` once its general words are cut out (义务教育巩固率
    → 巩固, 固率): no pair across them (务教 of 义务教育 would tie every compulsory-education
    point to every compulsory-education figure)."""
    text = _GENERAL_WORD.sub("，", _NOT_WORDS.sub("，", _PLACE.sub("，", text)))
    return frozenset(text[i : i + 2] for i in range(len(text) - 1) if "，" not in text[i : i + 2])


def figure_homes(
    points: Sequence[str], labels: Sequence[str], said_in: Sequence[int | None] = ()
) -> list[int | None]:
    """The clerk's point each review figure is said after: the one sharing most words with its
    name (the later on a tie), else for a sum the point of its nearest neighbour that has one,
    the one before it first (改造取暖设施学校426所，投入资金约2.1亿元 go together), else None. Round
    am's readers struck figures run on after the last point whatever they counted (村小教学点
    全部通上宽带网络，中考平均分提高23分 — "应并入中考成绩一句"; 一氧化碳报警器配备全覆盖，改造
    取暖设施学校426所). ``said_in``: for each figure, the point that already says it
    (deed_once), or None."""
    own: list[int | None] = []
    for k, label in enumerate(labels):
        if k < len(said_in) and (said := said_in[k]) is not None:
            own.append(said)
            continue
        wanted = _own_words(label)
        scored = [(len(_own_words(point) & wanted), i) for i, point in enumerate(points)]
        shared, best = max(scored, default=(0, 0))
        own.append(best if shared else None)
    homes = list(own)
    for k, home in enumerate(own):
        # only a sum goes with its neighbour (投入资金 with the deed it paid for); a rate or a
        # count of its own (九年义务教育巩固率 beside 学前三年毛入园率) stays at the end
        if home is None and _SUM_NAME.search(labels[k]):
            before = [h for h in own[:k] if h is not None]
            after = [h for h in own[k + 1 :] if h is not None]
            homes[k] = before[-1] if before else (after[0] if after else None)
    return homes


def own_measure(label: str, point: str) -> bool:
    """Whether a figure's name shares a word with the point it is said after."""
    return bool(_own_words(label) & _own_words(point))


# A figure whose subject is the place (今年全县计划新补充教师135名) is led by the work it
# counts, in its own words: a verb and its object turned into the work's name (新补充教师 →
# 教师补充, 排查整改校园安全隐患 → 校园安全隐患排查整改), a work's name as it stands (教师全员
# 培训, 学校食堂燃气改造), a sum by what it is (学生资助资金). A figure with a subject of its
# own (a rate, a body's meetings, 校企合作企业) is a sentence without one.
_DEEDS = (
    ("新建改扩建", "建设"),
    ("改扩建", "建设"),
    ("新建", "建设"),
    ("新补充", "补充"),
    ("补充", "补充"),
    ("新增", "扩充"),
    ("排查整改", "排查整改"),
    ("创建", "创建"),
    ("招聘", "招聘"),
    ("招收", "招收"),
    ("配备", "配备"),
    ("改造", "改造"),
    ("培训", "培训"),
)
_TAKEN = ("落实", "安排", "发放", "开展", "完成", "投入")
_MEASURE = re.compile(r"(?:人次|次数|人数|数量|个数|数|总数|目标)$")
_WHEN = re.compile(
    r"^(?:今年|年内|年度|全年|本学年|每(?:校|所学校)?每?(?:学期|学年|年|季度|月|周))"
)
_SUM = re.compile(r"(?:资金|经费|支出|投入|投资|补助|预算)$")
_WORK = re.compile(r"(?:培训|检查|督导|测评|演练|排查|整改|整治|评估|监测|筛查|家访|验收)$")
_BUILT = re.compile(r"(?:改造|建设|改建|维修|加固|扩容|创建|扩充)$")


def figure_subject(label: str) -> str:
    """The work a figure counts, in its own words (教师全员培训, 教师补充, 学生资助资金)."""
    base = _WHEN.sub("", _MEASURE.sub("", label)) or label
    for verb in _TAKEN:
        if base.startswith(verb) and len(base) > len(verb) + 1:
            return _WHEN.sub("", base[len(verb) :])
    for deed, work in _DEEDS:
        if base.startswith(deed) and len(base) > len(deed) + 1:
            thing = base[len(deed) :]
            # schools named as models are 创建d and groups 组建ed, not 扩充ed (round bf's 05:
            # 推进民族团结进步示范学校扩充)
            if deed == "新增" and thing.endswith(("示范学校", "示范校", "示范园")):
                return thing + "创建"
            if deed == "新增" and thing.endswith("集团"):
                return thing + "组建"
            return thing + work
    for end in ("配备", "安排"):  # 教育经费预算安排, 专职保安员配备: a data item's name
        if base.endswith(end) and len(base) > len(end) + 1:
            return base[: -len(end)] if end == "安排" else base
    return base


# A rate that can only be raised (覆盖率, 巩固率, 入学率…), not a share that may be meant to fall
# (民办义务教育在校生占比) nor a standard
_RAISED = re.compile(
    r"(?:覆盖率|达标率|入学率|巩固率|普及率|参与率|使用率|建校率|完成率|办结率|配备率|毛入学率)$"
    # shares policy only raises (round ba's R, two drafts: 今年全县公办园在园幼儿占比计划达到45%。
    # alone, a bare figure); a share that may be meant to fall (大班额占比) is said as it is
    r"|(?:公办园在园幼儿|普惠性幼儿园在园幼儿|“?双师型”?教师|骨干教师|研究生学历教师)占比$"
)


def rate_lead(label: str, value: str) -> str:
    """要提高 and a rate's own name (要提高学校食堂明厨亮灶覆盖率，): the lead of a rate no
    heading speaks of; "" for a share, a standard or a rate already full (100%)."""
    # (a rate kept where it is, 保持100%, is raised by nobody: round bk's 09 and 22, G F — 要提高…，
    # 计划达到保持100%)
    if not _RAISED.search(label) or value.lstrip("约").startswith(("100", "保持", "稳定", "巩固")):
        return ""
    return f"要提高{label}，"


def figure_lead(label: str) -> str:
    """要 and the work a place-subject figure counts, from its own words: 要做好教师补充，要抓好
    教师全员培训，要推进学校食堂燃气改造，要落实好学生资助资金; "" where its words name no work
    (a rate, a count of things)."""
    subject = figure_subject(label)
    if len(subject) < 3 or "、" in subject:
        return ""
    if _SUM.search(subject):  # a sum is managed and used (要落实好…，…计划落实… said it twice)
        return f"要管好用好{subject}，"
    if _BUILT.search(subject):
        return f"要推进{subject}，"
    if subject.endswith(("补充", "招聘", "招收", "配备")):
        return f"要做好{subject}，"
    if _WORK.search(subject):
        return f"要抓好{subject}，"
    return ""


def without_subject(sentence: str, lead: str) -> str:
    """A plan sentence after a lead that names its work: the work's name said once (要抓好教师
    全员培训，今年全县计划完成4600人次), where what is left still has its verb and count."""
    subject = lead.removeprefix("要").rstrip("，")
    for verb in ("管好用好", "落实好", "推进", "做好", "抓好", "提高"):
        subject = subject.removeprefix(verb)
    at = sentence.find(subject)
    if len(subject) < 3 or at < 0:
        return sentence
    before, after = sentence[:at], sentence[at + len(subject) :]
    if before.endswith(LITERAL_OPEN) and after.startswith(LITERAL_CLOSE):
        before, after = before[: -len(LITERAL_OPEN)], after[len(LITERAL_CLOSE) :]
    bare_before, bare_after = plain(before), plain(after)
    # 全州计划落实全年学生资助资金1.85亿元 after 要落实好学生资助资金 (round ad's R: the sum
    # and its verb said twice): the time word goes with the name
    year_word = (
        re.search(r"(?:全年|年度|今年)$", bare_before) if re.match(r"\d", bare_after) else None
    )
    if year_word and before.endswith(year_word.group()):
        before, bare_before = before[: -len(year_word.group())], bare_before[: year_word.start()]
    counted = re.match(r"\d", bare_after) and re.search(
        r"(?:完成|安排|落实|投入|开展|组织)$", bare_before
    )
    # a rate that opens its sentence (要提高X，X计划达到90%: round ad's R) or follows its place
    # (or its demand: 要提高公办园在园幼儿占比，今年全县公办园在园幼儿占比要达到45% — round cj's 01
    # and 13, R: the name said twice in one sentence)
    rated = bare_after.startswith(("计划达到", "要达到", "力争达到")) and (
        not bare_before or _PLACE.search(bare_before[-4:])
    )
    return before + after if counted or rated else sentence


_A_RATE = re.compile(r"\d%|百分点|率|占比|比例")


def by_kind(clauses: Sequence[str]) -> list[str]:
    """Several figures said together, rates with rates and counts with counts, each kind where
    its first figure stands (round ab's R: 压减率…参与率…压减家数 in the clerk's typing order
    read as a pasted table)."""
    kinds = ["rate" if _A_RATE.search(clause) else "count" for clause in clauses]
    order = list(dict.fromkeys(kinds))
    return [c for kind in order for c, k in zip(clauses, kinds, strict=True) if k == kind]


_ONE_FIGURE_SENTENCE = re.compile(r"^[^，；：。！？]*\d[^，；：。！？]*。$")


def bare_figure(text: str) -> bool:
    """One sentence of one clause that only states a figure (全市学校食堂明厨亮灶覆盖率保持
    100%。, 全区智慧校园达标学校达到57所。): said first under a heading, or alone, it read as a
    line of the form (round aj's R); it belongs after a line that says what the work is."""
    said = plain(text).strip()
    return bool(_ONE_FIGURE_SENTENCE.match(said)) and not said.startswith(("要", "力争", "确保"))


# 约 and a figure in a clause that orders or plans it (要培训约900人次, 计划完成约40所): the figure
# and its unit, any literal marks around it kept
_ABOUT_IN_TASK = re.compile(
    r"(?P<before>(?:(?<![主重需只必])要|将|计划|力争|确保)[^。！？，；：]*?)约"
    r"(?P<figure>[\ue000-\ue0ff]?\d[\d,，.]*(?:万|亿)?"
    r"(?:人次|平方米|万元|亿元|人|项|个|所|名|辆|次|场|间|套|家|处|座|块|台|元|亩|%)?[\ue000-\ue0ff]?)"
)


def target_about(text: str) -> str:
    """A figure the speaker orders or plans said as the clerk's estimate, not with a report's
    约 (round aj's R: 校车驾驶员春季要培训约900人次 — "指令里带约不妥"): 要培训900人次左右."""
    return _ABOUT_IN_TASK.sub(lambda m: f"{m['before']}{m['figure']}左右", text)


# the plan word a composed plan sentence says before its verb (今年全市…计划达到95%, 全州计划新补充…)
_PLAN_WORD = re.compile(
    "计划(?="
    + LITERAL_OPEN
    + "?(?:达到|新|完成|落实|投入|开展|组织|召开|建|改|培训|招|安排|实现|创建|排查))"
)


_PLACE_AND_YEAR = re.compile(
    r"^(?:今年|全年|年内|本学年)?(?:全(?:省|市|州|盟|县|区|旗|乡|镇|苏木|自治区))?(?:全年)?"
)


def lead_joined(lead: str, sentence: str) -> str:
    """A plan sentence after the lead of what it serves, in one voice (round aj's G and R:
    要化解大班额，今年全市标准班额达标率计划达到95%, a charge and a plan glued — 要 and 计划
    杂糅). The lead is said as the topic the figure serves, 要 dropped from it, and the figure as
    the plan the clerk gave (化解大班额，今年全市标准班额达标率计划达到95%): no pledge made of a
    plan (round s's A). A sentence with no subject before its plan word (要提高X，全旗计划达到
    90%: the rate is the lead's) or no plan word keeps its lead as it is."""
    topic = lead.removeprefix("要")
    if not lead.startswith("要") or "，" in topic.rstrip("，") or not topic.endswith("，"):
        return lead + sentence
    found = _PLAN_WORD.search(sentence)
    if found is None:
        return lead + sentence
    before = sentence[: found.start()]
    if "【" in before or before.count(LITERAL_OPEN) != before.count(LITERAL_CLOSE):
        return lead + sentence  # the plan word is the clerk's own or sits after a placeholder
    if not plain(before).strip():
        return lead + sentence  # 要抓好X，计划完成8人次 (a school's head: no place to plan for)
    subject = _PLACE_AND_YEAR.sub("", plain(before))
    after = sentence[found.end() :]
    if not subject and plain(after).startswith("达到"):
        return lead + sentence  # 要提高X，全旗计划达到90%: the rate is the lead's, not 全旗's
    if plain(after).startswith("达到") and "【待核" not in after:
        # (a rate the clerk may have given as the present, marked for him, stays his 计划)
        # a rate the work brings about (round bh's 11, R: 化解大班额，全县标准班额达标率计划达到90%
        # read as a table's row hung on a telegram): 要化解大班额，推动…达到90%
        return f"{lead}推动{before}{after}"
    return topic + sentence


_TOPIC_THEN_PLAN = re.compile(r"^[^，。；【\d]{2,16}，(?:今年|全年|年内|本学年|全)")


def led_by_topic(said: str) -> bool:
    """Whether a task's figure sentence opens with the topic lead_joined put before it
    (化解大班额，今年全市…): placed after the clerk's points as a 要 lead was."""
    return bool(_TOPIC_THEN_PLAN.match(plain(said)))
