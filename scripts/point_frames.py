"""Counts, in rendered drafts, the clerk's points woven into frames that do not fit their
grammar (issue 11's G and R; rounds ae and af).

    python scripts/point_frames.py               # every profile of the repository, seeds 1–3
    python scripts/point_frames.py FOLDER… [-v]  # other folders; -v lists every hit

The points are the profile's own (``priorities``/``safeguards`` points, ``targets.items``,
``review.problems``); each check looks at the sentence a point is said in, with the
detector's own word lists (not the composer's):
- ``verb_on_verb``: a lead verb (确保/抓好/做好/加强/落实/推动/实施) right before a point that opens
  with a verb of its own (要确保严控…, 要确保贯彻落实…);
- ``sure_of_noun``: 确保 before a point that only names a thing or an activity, with no
  outcome (要确保青蓝结对, 要确保12所新建学校, 要确保…消防安全检查);
- ``split_noun``: 要 put inside a point where what follows it is no verb phrase (教师要培训经费,
  县管校聘改革要试点, 新入职教师岗前要培训…, 公用经费不得挪要用于…);
- ``joined``: two points run into one sentence by "；同时，";
- ``mixed_list``: a 一是…二是… list whose items are of different shapes (一是要…；二是各市要…;
  一是要…；二是学生宿舍严禁…), or a 我们将…做好N件事 list with an item that has its own subject
  or is a prohibition;
- ``problem_frame``: a shortfall frame that announces several (差距，主要是：) over a single
  problem, or one that calls them 短板 (短板同样明显：) over a figure (新生仅9人);
round ag's readers (weave18):
- ``pushed_through``: 推动…落实到位 around a point that has its own verb after a date
  (要推动2024年底前再建教师周转宿舍200套落实到位);
- ``work_of_phrase``: 做好…工作 around what is no work item: a verb phrase (做好打赢…攻坚战工作)
  or the Party's leadership (做好党对教育工作的领导工作), in a heading or a sentence;
- ``doubled_verb``: one verb twice in a clause (签订各学校签订…) or a frame that says the
  point's word again (支持…给予支持, 困难：…仍有困难);
- ``bare_sentence``: a point said alone as a sentence with no verb of its own (汛期防溺水“六不准”。);
- ``indicator_glue``: an indicator's target (…比例要达到…, 推动…率达到…) joined in one sentence
  to a charge about something else (…，课后服务时段要安排好作业辅导; …，确保灾害天气中…).
round ah's readers (point19: a frame that fits the point's shape but not its meaning):
- ``wrong_done``: a point that names a wrong under a frame that does it (要做好暑期违规培训);
- ``paper_grabbed``: a document or notice under 抓好/做好/确保/推进 (要抓好致家长的一封信);
- ``people_grabbed``: a group of people, and nothing done for them, under 抓好/做好/确保/推进
  (二是要抓好建档立卡贫困家庭学生);
- ``rule_grabbed``: a rule said as its own clause (不…, 暂缓…) or a person's practice (陪餐, 带班)
  under 抓好/做好/推进 (要抓好小学一、二年级不布置书面家庭作业, 要抓好学校负责人陪餐), or a
  rule for a case with its organ under 确保 (要确保超出学位的由…分流);
- ``fact_framed``: a fact or an arrangement (现有/共有…N辆, 设在/位于) under a frame or a 由
  (要确保全旗现有校车52辆，…, 要由秘书组设在区教育局);
- ``subject_clash``: 要 put where the subject cannot take it: after a person before a fund
  (边境县学校教师要补助), before an event's time (项目要开工前完成…), pupils charged with their
  own time (小学生要每天睡眠…), a 托管帮扶 pairing under 抓好 (要抓好…高中托管帮扶县中), a frame
  round a clause that names its own organ after a time (要确保开学后第一周，…督导室…);
- ``half_point``: a point of four characters said alone under a bare 要/要确保 (要劝返复学。,
  要确保均衡编班。).
round ai's readers (point20: a point pasted without repairing its grammar), read on every
sentence, not only where a profile's point stands whole:
- ``frequency_tail``: a check or an event, then how often, after 要/将 (教师要体检每年一次,
  要对学生视力监测每学期一次; a verb before the frequency, 要做到每学期2次, reads);
- ``no_preposition``: people named by 在…的, then what they are given, with no 对/为/向
  before them (要在乡村学校连续任教满20年的教师颁发…);
- ``push_clause``: 推动 round a clause that has its verb (推动…改善落实到位, 推动…确保实现);
- ``time_fused``: a span said inside the object of 做好/抓好/加强 (要做好…高发期晨午检);
- ``list_lead``: 主要是：一是… (the lead says 是 twice).
round aj's readers (paste20: a point that is already a sentence, under a frame):
- ``pasted_clause``: a lead before a condition and its own clause (要推动方案审议通过后，…;
  要整改不到位的，…), before a thing its organ or rule handles (要撤并后闲置校舍由乡镇…,
  进校园要检查评比事项实行…), round a topic and its deed (要确保…的线路，逐条核定), or a frame
  round a 从 phrase or a fitting (管好用好从…中拿出…, 做好每间…装…的安装维护);
- ``actor_as_object``: 要对 before the people who act (要对…负责同志开学第一周带队检查), before
  a topic and a comma (要对…的学生，3月底前…), or before a record with no verb (要对…追踪登记);
- ``verbless_noun``: a bare record or practice under 要/将 with no verb (要劝返复学台账).
"""

from __future__ import annotations

import re
from typing import Any

from detector_runs import run_detector

SEEDS = (1, 2, 3)
KEYS = (
    "verb_on_verb",
    "sure_of_noun",
    "split_noun",
    "joined",
    "mixed_list",
    "problem_frame",
    "pushed_through",
    "work_of_phrase",
    "doubled_verb",
    "bare_sentence",
    "indicator_glue",
    "wrong_done",
    "paper_grabbed",
    "people_grabbed",
    "rule_grabbed",
    "fact_framed",
    "subject_clash",
    "half_point",
    "frequency_tail",
    "no_preposition",
    "push_clause",
    "time_fused",
    "list_lead",
    "pasted_clause",
    "actor_as_object",
    "verbless_noun",
)

_SENTENCE = re.compile(r"[^。！？\n]+[。！？]?")
# the detector's own verbs a point may open with (two characters, or an adverb and a verb)
_VERB_OPEN = re.compile(
    r"^(?:严控|严格|严禁|严查|严防|严把|贯彻|落实|推进|推动|加强|加快|开展|实施|建立|健全|完善|做好|"
    r"抓好|确保|提高|提升|扩大|规范|强化|优化|深化|组织|举办|召开|配齐|配备|新建|改扩建|改造|建设|"
    r"建成|排查|整治|开齐|开足|招聘|补充|培训|发放|兑现|落细|压实|坚持|巩固|实现|控制|减少|降低|"
    r"全面|切实|持续|进一步|认真|扎实|大力|积极|着力|依法|逐校|逐人|逐一|会同|联合|推广|引导|"
    r"设立|设置|安装|更新|完成|启动|出台|制定|印发|执行|实行|督促|指导|核查|复核|清理|取缔|"
    # round ag: 要确保毫不放松抓好…, 要抓好打赢…
    r"毫不放松|毫不动摇|坚定不移|打赢|打好)"
)
_LEAD = re.compile(r"(?:要|将|我们将|重点|着力|全力)(?P<lead>确保|抓好|做好|加强|落实|推动|实施)$")
# what follows 要 where the point is a noun phrase: a deed alone (县管校聘改革|试点), a fund
# (教师|培训经费), a deed and its quota (岗前|培训不少于5天); or 要 inside a list of clauses
# (县级领导包乡、乡级领导|包村、教师包户)
_DEED_ALONE = re.compile(
    r"(?:试点|改造|建设|防范|培训|整治|治理|提升|推进|检修|维修|管理|排查|巡查|检查)"
)
_FUND = re.compile(r"^[^，；]{1,4}(?:经费|资金|补助|补贴|津贴)$")
_DEED_QUOTA = re.compile(r"^(?:培训|研修|学习|跟岗|见习)(?:不少于|不低于|不超过)")
_LIST_END = re.compile(r"、[^、，；]{2,6}$")
_LIST_START = re.compile(r"^[^、，；]{1,4}、")
# a verb that names a thing at a point's start (新建住宅小区, 全面改薄项目)
_NAME_OPEN = re.compile(r"^(?:新建|在建|改扩建)(?:住宅|小区)|^全面改薄")
# a point that only names a thing or an activity (no outcome 确保 could make sure of)
_NAME_ONLY = re.compile(
    r"^(?:[\d一二两三四五六七八九十]+[所个项家])?[^，；]{0,16}"
    r"(?:结对|检查|排查|培训|管理|服务|改造|建设|学校|幼儿园|制度|台账|课堂|双锁|经费|资金|"
    r"设施|设备|线路|机构|教师|队伍)$"
)
_STATE_WORD = re.compile(r"全部|高于|低于|到位|达到")
_NAME_ONLY_MORE = re.compile(r"一[校生人园]一[策案档]”?$|回头看”?$")
_PROHIBITION = re.compile(r"不得|严禁|禁止|一律|不准")
# round ag's families (see above); the detector's own words
_PUSHED = re.compile(r"推动(?P<what>[^，。；]{4,40})落实到位")
_DATE_THEN_VERB = re.compile(
    r"^(?:\d{4}年)?(?:\d{1,2}月)?(?:底|年底|年内)?前(?:再|新)?(?:建|新建|改造|建成|完成|招聘|补充|培训)"
)
_WORK_OF_PHRASE = re.compile(
    r"做好(?:(?:打赢|打好|加强|推进|推动|落实|完善|建立)[^，。；]{2,20}|[^，。；]{2,20}的领导)工作"
)
_DOUBLED = re.compile(
    r"(?P<v>签订|开展|推动|加强|实施|建立|完善|落实|确保|做好|抓好|支持)[^，。；：、]{1,14}(?P=v)"
)
_FRAME_ECHO = re.compile(r"支持[^。；]{2,24}给予支持|(?P<n>困难|不足|短板|差距)：[^。]{0,30}(?P=n)")
_ANY_VERB = re.compile(
    r"要|将|是|有|不得|严禁|开展|落实|推进|推动|加强|实施|建立|完成|实现|达到|确保|做好|抓好|发放|"
    r"建设|配备|配齐|检查|排查|召开|举办|组织|提高|提升|控制|保持|一律|必须|保障|进行|负责|实行|执行|"
    r"评选|开设|设立"
)
_INDICATOR = re.compile(
    r"^(?:推动)?(?P<name>[^，。；]{3,24}?(?:率|比例|覆盖面))(?:要|要力争)?达到(?:【待补[^】]*】|[\d.]+%)$"
)
# what a name ends with (a set of rules in quotes, a system, a list): no predicate of its own
_NAME_END = re.compile(r"(?:”|制度|机制|清单|台账|工程|行动|计划|要求|规定|办法)$")
# an indicator and the outcome words that speak of what it measures, though no word is shared
_RELATED = ((re.compile(r"巩固率"), re.compile(r"失学|辍学")),)
_STOP_GRAMS = frozenset({"学校", "学生", "教师", "达到", "工作", "要求"})
_ENUM = re.compile(r"[一二三四五六七八九十]是")
_SUBJECT_THEN_YAO = re.compile(r"^[^，；：要]{2,14}?要")
_SHORTFALL = re.compile(r"(?:短板同样明显|差距，主要是|问题主要是|不足主要是)：(?P<rest>[^。]*)")


# round ah's families (point19); the detector's own words
_GRAB = re.compile(r"(?:确保|抓好|做好|推进|推动|加强|实施)$")
_GRAB_OR_BY = re.compile(r"(?:确保|抓好|做好|推进|推动|加强|实施|要由)$")
_WRONG_WORD = re.compile(r"违规|违法|非法|有偿补课|乱收费|乱办班|隐形变异|黑校车")
_CURE_LAST = re.compile(r"(?:整治|治理|查处|排查|整改|防治|专项|行动|检查|清理|打击|取缔|监管)$")
_PAPER_LAST = re.compile(r"(?:一封信|告家长书|明白纸|告知书|倡议书|承诺书|责任书|通知|宣传单)$")
_GROUP_LAST = re.compile(r"(?:学生|儿童|幼儿|家庭|子女|孤儿)$")
_ANY_DEED = re.compile(
    r"[开推落建实加完提做抓配设招培组举资助关帮劝送走访建改排整]|保障|补助|入学|辍学"
)
_RULE_INSIDE = re.compile(
    r"[^不]不(?:布置|安排|组织|得|准|收|乘坐|参加|开展|举办|允许)|暂缓|暂停|"
    r"(?:负责人|校长|领导|干部)[^，；]{0,3}(?:陪餐|带班|值班)$"
)
_CASE_BY = re.compile(r"^[^，；由]{2,16}的由")
_FACT_FIRST = re.compile(r"^[^，；]{0,12}(?:现有|共有|设在|位于)")
_FUND_SPLIT = re.compile(r"(?:教师|老师|学生|人员|干部)要(?:补助|补贴|津贴)[。，；]")
_EVENT_SPLIT = re.compile(r"要(?:开工|施工|入学|入园|上岗|竣工|招生)前")
_PUPIL_CHARGED = re.compile(r"(?:小学生|初中生|中小学生|学生|幼儿)要每(?:天|日)(?:睡眠|锻炼)")
_AIDS_GRABBED = re.compile(r"(?:抓好|做好|确保)[^，；。]{2,20}(?:高中|中学|学校)托管")
_FRAMED_TIME = re.compile(r"确保开学后?第一(?:周|天)，")
_CURE_INSIDE = re.compile(r"查处|执法|整治|打击|取缔")
_HANDS = re.compile(r"发|签|送|给")
# a half point alone: bare 要 before it, or 确保 before one that names no state (校车安全 is one)
_STATE_LAST = re.compile(r"(?:安全|到位|达标|稳定|畅通)$")
_HALF = re.compile(r"^(?:[一二三四五六七八九十]是)?要(?:确保)?(?P<what>[\u4e00-\u9fff]{4})。?$")


# round ai's families (point20); the detector's own words
_TAIL = re.compile(
    r"(?:要|将)对?(?P<what>[^，。；：要每]{2,16}?)每(?:年|学年|学期|季度|月|周|天|日)"
    r"(?:至少)?[一二两三四五六七八九十\d]+次(?=[。；，]|$)"
)
_GIVEN = re.compile(
    r"(?<![对为向给])在[^，。；]{2,24}的[^，。；的]{0,6}?(?:教师|老师|校长|学生|人员|干部|班主任)"
    r"，?[^，。；]{0,6}?(?:颁发|给予|发放|授予|奖励|表彰)"
)
_LED_BEFORE = re.compile(r"(?:要|将|是|：|^)$")
_PUSH_CLAUSE = re.compile(r"推动[^，。；]{2,24}?(?:(?:改善|提升|提高|优化|改进)落实到位|确保|保证)")
_TIME_FUSED = re.compile(
    r"(?:做好|抓好|加强|落实)[^，。；在]{2,20}(?:高发期|多发期|流行期|易发期|期间)"
    r"[^，。；期间]{2,8}(?=[。；]|$)"
)
_LIST_LEAD = re.compile(r"主要是：一是")


# round aj's families (paste20); the detector's own words
_LEAD_AT = r"(?:^|[：；，])(?:[一二三四五六七八九十]是)?(?:要|我们将|将)"
_PASTED = (
    re.compile(_LEAD_AT + r"(?:推动|确保|做好|抓好)?[^，。；要由对]{2,14}?(?:后|的)，"),
    re.compile(
        _LEAD_AT + r"(?:推动|确保)?[^，。；要由对]{2,14}?(?:校舍|事项|项目|经费|资金)(?:由|实行)"
    ),
    re.compile(r"进校园要检查|要确保[^，。；]{2,20}的(?:线路|名单|场所|设施)，"),
    re.compile(r"(?:管好用好|做好|抓好|推动)从[^，。；]{2,16}中"),
    re.compile(r"做好[^，。；]{2,16}(?<!安)装[^，。；]{2,12}的安装"),
)
_ACTOR_AS_OBJECT = (
    re.compile(
        r"要对[^，。；]{0,10}(?:负责同志|领导|校长|书记|局长)[^，。；的]{0,12}(?:检查|督导|带队)"
    ),
    re.compile(
        r"(?:要|将)对(?!照)[^，。；]{2,20}，(?:\d|[一二三四五六七八九十]+月|年底|完成|开展)"
    ),
    re.compile(r"(?:要|将)对[^，。；]{2,16}(?:登记|追踪)(?=[。；]|$)"),
)
_VERBLESS = re.compile(
    r"(?:^|[：；，])(?:[一二三四五六七八九十]是)?(?:要|我们将)(?P<what>[^，。；]{2,12})"
    r"(?:台账|制度|机制|清单|档案)(?=[。；]|$)"
)
_RECORD_VERB = re.compile(
    r"建立|落实|健全|完善|建设|执行|用好|管好|规范|实行|更新|做好|抓好|形成|构建|坚持|制定|推行"
)


def _clause_checks(sentence: str) -> list[str]:
    """Round aj's families: a point that is already a sentence, under a frame."""
    keys = []
    if any(p.search(sentence) for p in _PASTED):
        keys.append("pasted_clause")
    if any(p.search(sentence) for p in _ACTOR_AS_OBJECT):
        keys.append("actor_as_object")
    bare = _VERBLESS.search(sentence)
    if bare and not _RECORD_VERB.search(bare["what"]):
        keys.append("verbless_noun")
    return keys


def _grammar_checks(sentence: str) -> list[str]:
    """Round ai's families: a point pasted without repairing its grammar."""
    keys = []
    tail = _TAIL.search(sentence)
    if tail and not re.search(r"开展|组织|召开|举办|进行|做到|达到|坚持|保证|确保", tail["what"]):
        keys.append("frequency_tail")
    given = _GIVEN.search(sentence)
    if given and _LED_BEFORE.search(sentence[: given.start()]):
        keys.append("no_preposition")
    if _PUSH_CLAUSE.search(sentence):
        keys.append("push_clause")
    if _TIME_FUSED.search(sentence):
        keys.append("time_fused")
    if _LIST_LEAD.search(sentence):
        keys.append("list_lead")
    return keys


def _meaning_checks(sentence: str, tasks: list[str]) -> list[str]:
    """Round ah's families: a frame that fits a point's shape, not what it means."""
    keys = []
    for point in tasks:
        at = sentence.find(point)
        if at >= 0:
            keys.extend(_point_meaning_misfits(sentence, point, at))
    if any(
        p.search(sentence)
        for p in (_FUND_SPLIT, _EVENT_SPLIT, _PUPIL_CHARGED, _AIDS_GRABBED, _FRAMED_TIME)
    ):
        keys.append("subject_clash")
    return keys


def _point_meaning_misfits(sentence: str, point: str, at: int) -> list[str]:
    before = sentence[:at]
    after = sentence[at + len(point) : at + len(point) + 1]
    grabbed = bool(_GRAB.search(before))
    one_clause = not re.search(r"[，；\d]", point)
    checks = {
        "wrong_done": grabbed
        and _WRONG_WORD.search(point)
        and not _CURE_LAST.search(point)
        and not _CURE_INSIDE.search(point),
        # a paper the point hands or signs itself (给家长发…, 家长签收…) is its own deed
        "paper_grabbed": grabbed and _PAPER_LAST.search(point) and not _HANDS.search(point),
        # people and nothing done for them
        "people_grabbed": grabbed
        and one_clause
        and _GROUP_LAST.search(point)
        and after in ("", "。", "；")
        and not _ANY_DEED.search(re.sub("建档立卡", "", point)[:-2]),
        # 确保 a rule's state reads (要确保小学一、二年级不布置…); 抓好/做好/推进 one does not
        "rule_grabbed": (
            grabbed
            and _RULE_INSIDE.search(point)
            and one_clause
            and not before.endswith("确保")
            and not re.search("实行|落实", point)
        )
        or (before.endswith("确保") and _CASE_BY.match(point)),
        "fact_framed": _GRAB_OR_BY.search(before) and _FACT_FIRST.match(point),
    }
    keys = [key for key, hit in checks.items() if hit]
    half = _HALF.match(sentence)
    framed = half and "确保" in sentence[: half.start("what")]
    if half and half["what"] == point and not (framed and _STATE_LAST.search(point)):
        keys.append("half_point")
    return keys


def _points(data: dict[str, Any]) -> tuple[list[str], list[str]]:
    """The profile's task points (things to do) and its problems."""
    tasks: list[str] = []
    for key in ("priorities", "safeguards"):
        for item in data.get(key) or []:
            if isinstance(item, dict):
                tasks.extend(str(p) for p in item.get("points") or [])
    targets = data.get("targets") or {}
    if isinstance(targets, dict):
        tasks.extend(str(p) for p in targets.get("items") or [])
    review = data.get("review") or {}
    problems = [str(p) for p in (review.get("problems") or [])] if isinstance(review, dict) else []
    return [p for p in tasks if len(p) >= 4], [p for p in problems if len(p) >= 4]


def _item_shape(item: str) -> str:
    """A listed item's shape, as said: 要…, a subject and its 要, a prohibition, other."""
    if item.startswith(("要", "我们将", "将")):
        return "charge"
    if _PROHIBITION.search(re.split("[，；]", item)[0]) or re.search(r"的实行|一票否决", item):
        return "prohibition"
    if _SUBJECT_THEN_YAO.match(item):
        return "subject"
    return "bare"


def _lists(sentence: str) -> list[str]:
    found = []
    parts = _ENUM.split(sentence)
    if len(parts) >= 3 and not parts[0].endswith("目标是："):  # the targets' own frame
        items = [p.rstrip("；。") for p in parts[1:]]
        shapes = {_item_shape(i) for i in items}
        lead = parts[0]
        if len(shapes) > 1 or ("我们将" in lead and shapes & {"subject", "prohibition"}):
            found.append("mixed_list")
    return found


def _woven(sentence: str, point: str) -> list[str]:
    found = []
    at = sentence.find(point)
    if at >= 0:
        lead = _LEAD.search(sentence[:at])
        if lead and _VERB_OPEN.match(point) and not _NAME_OPEN.match(point):
            if lead["lead"] == "推动" and point.startswith("落实"):
                return found  # 推动落实 is one verb
            found.append("verb_on_verb")
        elif (
            lead
            and lead["lead"] == "确保"
            and _NAME_ONLY.search(point)
            and "，" not in point
            and not _STATE_WORD.search(point)  # …全部安排到乡村学校, …比例高于城镇学校
        ):
            found.append("sure_of_noun")
        elif lead and lead["lead"] == "确保" and _NAME_ONLY_MORE.search(point.split("，")[0]):
            found.append("sure_of_noun")  # 要确保高三年级一校一策, 确保…“回头看” (round ag)
        pushed = _PUSHED.search(sentence)
        if pushed and point in pushed["what"] and _DATE_THEN_VERB.search(point):
            found.append("pushed_through")
        return found
    for cut in range(2, len(point) - 1):
        head, tail = point[:cut], point[cut:]
        if head + "要" + tail not in sentence:
            continue
        if (
            _PROHIBITION.search(head)
            or _DEED_ALONE.fullmatch(tail)
            or _FUND.match(tail)
            or _DEED_QUOTA.match(tail)
            or (_LIST_END.search(head) and _LIST_START.match(tail))
        ):
            found.append("split_noun")
        break
    return found


def _shortfall_misfit(sentence: str) -> bool:
    """A 主要是： lead over a single problem, or a 短板 lead over a figure."""
    short = _SHORTFALL.search(sentence)
    if not short:
        return False
    rest = short["rest"]
    if "短板" in short.group():
        return bool(re.search(r"\d", rest))
    return not re.search(r"[；，、]", rest)


def _grams(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)} - _STOP_GRAMS


def _indicator_glued(sentence: str) -> bool:
    """An indicator's target clause and, next to it in the same sentence, an outcome it is
    said to make sure of (…，确保…) that shares no word with the indicator's name: a related
    clause can't be told from an unrelated one by words alone, so only 确保 is read."""
    if _ENUM.search(sentence):
        return False  # a list of targets: each item its own
    clauses = [c for c in sentence.rstrip("。！？").split("，") if c]
    for at, clause in enumerate(clauses):
        found = _INDICATOR.match(clause)
        if not found:
            continue
        name = _grams(found["name"])
        others = clauses[:at] + clauses[at + 1 :]
        related = [r for n, r in _RELATED if n.search(found["name"])]
        for other in others:
            if not other.startswith("确保") or name & _grams(other):
                continue
            if not any(r.search(other) for r in related):
                return True
    return False


def _sentence_checks(sentence: str, tasks: list[str]) -> list[str]:
    """The checks of round ag's families that read the sentence itself."""
    keys = []
    if _WORK_OF_PHRASE.search(sentence):
        keys.append("work_of_phrase")
    if _DOUBLED.search(sentence) or _FRAME_ECHO.search(sentence):
        keys.append("doubled_verb")
    bare = sentence.rstrip("。")
    unquoted = re.sub(r"“[^”]*”", "", bare)
    if (
        bare in tasks
        and _NAME_END.search(bare)
        and "，" not in bare
        and not _ANY_VERB.search(unquoted)
    ):
        keys.append("bare_sentence")
    if _indicator_glued(sentence):
        keys.append("indicator_glue")
    return keys


def check(text: str, data: dict[str, Any]) -> dict[str, list[str]]:
    tasks, problems = _points(data)
    found: dict[str, list[str]] = {}
    for line in text.splitlines():
        for sentence in _SENTENCE.findall(line.strip()):
            keys: list[str] = []
            for point in tasks:
                keys.extend(_woven(sentence, point))
            if "；同时，" in sentence and sum(p in sentence for p in tasks) >= 1:
                keys.append("joined")
            if any(p in sentence for p in tasks):
                keys.extend(_lists(sentence))
            if problems and _shortfall_misfit(sentence):
                keys.append("problem_frame")
            keys.extend(_sentence_checks(sentence, tasks))
            keys.extend(_meaning_checks(sentence, tasks))
            keys.extend(_grammar_checks(sentence))
            keys.extend(_clause_checks(sentence))
            for key in dict.fromkeys(keys):
                found.setdefault(key, []).append(sentence)
    return found


def main() -> None:
    run_detector(check, KEYS, SEEDS)


if __name__ == "__main__":
    main()
