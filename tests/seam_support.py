"""A detector for the seams where the composer's words meet a clerk's (round z's G and the seam
half of its R), read off a rendered draft and the profile's own texts. It has its own small
word lists, not the composer's tables, so that it measures any tree the same way:

- ``确保+名词``: 确保 (or a bare 要) before a clerk's name with no verb and no outcome (要确保代理家长,
  一是确保无证无照机构, 要确保高考考务和考风考纪);
- ``动词+动词``: a verb lead before a clerk's point that opens with its own verb (要做好落实…,
  要抓好开展…), or 确保 before 对/把 (要确保对…);
- ``要在名中``: 要 put inside the clerk's words where no subject ends (woven_support), inside a
  clause that describes the real subject (城区学校要每年到乡村学校交流轮岗的教师不少于…), or before
  a day without its 在 (各嘎查要每年教师节走访…), after what an actor sends out (…派出5个督查组要…);
- ``名称重复``: the same name said twice at the seam (全面改薄项目，全面改薄完成投资, 项目建设项目);
- ``领域名作主语``: an area's name that is no work said as the subject of a claim (教师待遇工作
  有力推进, 学生体质工作持续加强, 办学条件取得积极进展, 学龄人口变化应对取得积极进展);
- ``动宾不搭``: a figure's verb that does not take its noun (招聘公费师范生, 发放…人均每月…);
- ``缺谓语``: a plan or target line left without its predicate (…情况【建议：…】, …达标率达到【待补…】，让…).

Rounds ab and ac (weave15), where a lead meets a point that is already a sentence or a noun whose
verb it is not:

- ``要+时间``: a lead before a point that opens with its own time word (要今年新增…, 我们将今年…,
  要做好雨季前对…): the time goes first or takes 在;
- ``整句作宾语``: a lead before a point that is a full clause — its own 要/必须 inside (我们将撤并…的
  教学点要先征求…, 要做好…负责同志开学当天要到…), a body and how often it meets (要做好市委常委会
  每年…专题研究…), a clause whose verb 抓好/做好 cannot take (…以居住证为主要依据就近入学, 职称评聘
  向乡村教师倾斜, …与…相衔接, 做好…对…逐一排查), a verb said as an adjective (要新建的2栋…交付)
  or a subject due by a date (要新建…两个项目年内开工);
- ``名词缺动词``: a noun that needs its own verb after 抓好/做好/确保 (抓好…设备缺口 → 补齐, 抓好春季
  诺如病毒 → 防控, 抓好教材教辅 → 管理, 抓好…锅炉房 → 安全管理, 确保…“绿色通道” → 畅通, 做好防溺水,
  做好…专项整治);
- ``要在名中`` also takes 要 inside 以…为 (以县要为单位), 要 between a place and the check made of it
  (危险水域要巡查) and a second 要 where the clerk wrote one (负责同志要带队要对…);
- ``层级词重复``: the place's level word said twice at a seam (全省上半年全省, 全镇镇财政);
- ``动词+动词`` also takes two lead verbs with an adverb between (加快推进稳妥推进…) and a word
  said twice (缓解缓解, 提质资源扩容).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from woven_support import sentence_of, split_at, woven_defects

# Verbs a clerk's point opens with (this detector's own list).
_OPENS_WITH_VERB = re.compile(
    r"^(?:落实|推进|推动|建立|健全|完善|开展|加强|实施|做好|抓好|组织|提高|提升|新建|改扩建|招聘|"
    r"培养|定向培养|开齐|配齐|配备|实行|执行|建设|新组建|强化|深化|规范|严格|全面落实|持续|"
    r"确保|保障|开设|设立|安排|制定|出台|印发|召开|举办)"
)
# Any verb or outcome inside a point: a point with none of these is a bare name.
_ANY_VERB = re.compile(
    r"落实|推进|推动|建立|健全|完善|开展|加强|实施|做好|抓好|组织|提高|提升|新建|改|建|招|培|"
    r"开|配|实行|执行|强化|深化|规范|严格|确保|保障|设|安排|制定|出台|印发|召开|举办|用于|到位|"
    r"入住|走访|派|发放|查处|覆盖|达到|协调|成立|补充|接入|核对|交流|不少于|不低于|完成|实现|优先|倾斜|评审|停课|劝|告知|是|"
    r"为|在|对|把|将|由|向|与|纳入|列入|每|至少|不得|禁止|严禁|一律|单列|核定|补助|公开|通报"
)
# What a bare name ends with: a thing, people, a record, a task named as a noun.
_NOUN_END = re.compile(
    r"(?:台账|档案|机构|课|课程|家长|教师|人员|考务|考纪|警示|隐患点|水域|查寝|巡查|追踪|晨午检|摊贩|"
    r"服务|证|摊贩|设施|设备|线路|食堂|宿舍|制度|机制|工程|项目|活动|中心|平台|基地|托管)$"
)
# Things and people no 抓好/做好 takes (要抓好校园周边流动摊贩, 要做好…健康证).
_THING_END = re.compile(r"(?:摊贩|机构|水域|证|隐患点|家长|设施|线路|台账|课)$")
_VERB_LEADS = ("做好", "抓好", "落实", "实施", "办好", "建好用好", "开齐开好", "加强")

_NAME_TWICE = re.compile(
    r"项目建设项目|工作工作|建设建设|安排安排"
    # a lead naming the area, then a figure under the same name (寄宿制学校建设取得积极进展，
    # 寄宿制学校改造7所)
    r"|(?P<n>[\u4e00-\u9fff]{4,8})(?:建设|工作)?(?:取得积极进展|扎实推进|统筹推进|有力推进|持续加强|"
    r"有序开展|稳步推进)，“?(?P=n)"
)
_NO_WORK = re.compile(
    r"(?P<name>[\u4e00-\u9fff]{1,8}?(?:待遇|体质|应对|精神|周转宿舍))工作?"
    r"(?:有力推进|统筹推进|扎实推进|持续加强|稳步推进|有序开展|取得积极进展)"
    r"|(?P<state>[\u4e00-\u9fff]{0,6}(?:条件|应对|经费|投入))取得积极进展"
)
_FIGURE_VERB = re.compile(
    r"招聘(?:公费|定向|免费)师范生|发放[^，。；]{0,16}(?:人均|每人|生均)每?月"
    r"|消除[^，。；]{2,12}达到100%|安装达到100%|(?:国培|省培|培计划)约?\d[\d.]*万?人次"
)
# Rounds ab and ac (this detector's own lists).
_LEADS = ("要", "我们将", "确保", "做好", "抓好", "推动", "落实", "加强")
_POINT_TIME = re.compile(
    r"^(?:今年|明年|本年度|本学期|新学期|下学期|当年|全年|上半年|下半年|近期|今冬明春|年内|年底前|"
    r"\d{1,2}月(?:底|中旬|上旬|下旬|\d{1,2}日)?前|(?:雨季|汛期|冬季|暑假|寒假|开学|入冬|入汛)前)"
)
_OWN_CHARGE = re.compile(
    r"^[^，；]{2,}?(?:(?<![主重需必纲摘提只首不])要(?![求素点闻道件害职])|必须|应当)"
)
_BODY_MEETS = re.compile(r"^[^，；、]{1,6}(?:常委会|常务会议?|政府|党委|[^，；、]委)(?:每|定期)")
_CLAUSE_NOT_TAKEN = re.compile(
    r"以[^，；]{1,10}为(?:主要)?依据|向[^，；]{2,12}倾斜$|与[^，；]{2,16}相?衔接$|"
    r"^[^，；]{0,8}对[^，；]{2,}(?:逐一|逐户|逐校|全面)?(?:排查|摸排|检查)$"
)
_ADJECTIVE_VERB = re.compile(r"^(?:新建|改扩建|新增|在建|续建)的")
_DUE_CLAUSE = re.compile(
    r"(?:年内|年底前|\d{1,2}月(?:底|中旬|上旬|下旬|\d{1,2}日)?前)(?:全部|主体)?"
    r"(?:开工|交付|完工|竣工|封顶|投用|建成)$"
)
_NEEDS_ITS_VERB = re.compile(
    r"(?:缺口|短板|病毒|传染病|流感|教辅|锅炉房|配电房|配电室|近视率|肥胖率|绿色通道”?)$|^防[\u4e00-\u9fff]{1,3}$"
)
_DONE_NOT_MADE = re.compile(r"专项(?:整治|治理)$")
_SCHEME_NO_VERB = re.compile(r"^[^，；]{2,30}?“?一[校生人园户]一[策案档]”?(?=$|，)")
_CHECKED_PLACE = re.compile(r"(?:水域|隐患点|河段|塘坝|坑塘|路段|危险源)$")
_CHECK_VERB = re.compile(r"^(?:巡查|排查|检查|巡逻|摸排)$")
_AT_TIMES = re.compile(r"(?:夜间|晚间|每天|每日|早晚|节假日|周末)+$")
_LEVEL_TWICE = re.compile(
    r"全(?P<l>[省市州盟县区旗乡镇])(?:(?P=l)(?:财政|政府|委|教育局|人民政府)|[^，。；：、]{1,5}?全(?P=l))"
)
_TWO_LEADS = re.compile(
    r"(?:推进|推动|抓好|做好|落实|加强|实施)(?:稳妥|稳步|扎实|积极|全面|持续|大力|深入|着力|切实|有序)"
    r"(?:推进|推动|落实|实施|开展|加强)"
    r"|(?P<w>推进|推动|缓解|加强|提升|提高|落实|做好|抓好|补齐|化解|破解|改善)(?P=w)"
    r"|提质资源扩容|我们将将|(?<!首)要要(?!求)"
)

_NO_PREDICATE = re.compile(
    r"(?:情况|事项|结果|进度)【建议：[^】]*】|(?<![要将])(?:达标率|覆盖率|比例)达到【待补[^】]*】，让"
    # a lead that runs into a list (同时也要看到，一是…: round aa's G)
    r"|看到，一是"
)


def bare_name(point: str) -> bool:
    """A clerk's name with no verb, no clause and no figure (代理家长, 寄宿生晚间查寝)."""
    if re.search(r"[，；\d%]", point):
        return False
    if not _NOUN_END.search(point) or re.search(r"[未不没]|^(?:[^，；]{0,4}要)", point):
        return False
    return not _ANY_VERB.search(point[:-2])


def _before(text: str, point: str) -> Iterator[tuple[str, str, str]]:
    """The words of the sentence before each place the point is said whole, that sentence,
    and the few words after the point."""
    start = text.find(point)
    while start >= 0:
        sentence_start = max(text.rfind(mark, 0, start) for mark in "。；：\n") + 1
        end = start + len(point)
        yield (
            text[sentence_start:start],
            sentence_of(text[sentence_start:], point),
            text[end : end + 6],
        )
        start = text.find(point, start + 1)


def point_seams(point: str, text: str) -> list[tuple[str, str]]:
    """(class, sentence) for each seam around one clerk's point in a draft."""
    if point not in text:
        return _split_seams(point, text)
    found: list[tuple[str, str]] = []
    for before, sentence, after in _before(text, point):
        found += [(name, sentence) for name in _lead_seams(point, before)]
        # a word that completes the noun, or the next item of a list (防溺水、防火…提醒)
        completed = re.match(r"(?:防控|管理|工作|的安全管理|的监管|[、和及与等])", after)
        found += [(name, sentence) for name in _clause_seams(point, before) if not completed]
    return found


def _split_seams(point: str, text: str) -> list[tuple[str, str]]:
    """要 put inside the point where the reader would not put it."""
    split = split_at(point, text)
    if split is None:
        return []
    at, infix = split
    head, tail = point[:at], point[at:]
    if (
        woven_defects(point, text)
        or re.match(r"^[^，；]*的[^，；的]{1,8}(?:不少于|不低于|达到|占)", tail)
        or (re.search(r"以[^，；]{1,6}$", head) and tail.startswith("为"))
        or (_CHECKED_PLACE.search(_AT_TIMES.sub("", head)) and _CHECK_VERB.match(tail))
        or _OWN_CHARGE.match(point)
        or (infix == "要" and re.match(r"^每(?:年|学期)[^，；]{0,3}(?:节|开学)", tail))
        or re.search(r"(?:派出|抽调|选派)[^，；]*\d", head)
    ):
        return [("要在名中", sentence_of(text, head + infix + tail))]
    return []


def _lead_seams(point: str, before: str) -> list[str]:
    """The classes of seam between the words ``before`` a point and the point."""
    found = []
    bare = bare_name(point)
    if (
        before.endswith(("确保", "要", "我们将", "是"))
        and bare
        and not before.endswith(_VERB_LEADS)
    ):
        found.append("确保+名词")
    if before.endswith(("抓好", "做好")) and _THING_END.search(point) and bare:
        found.append("确保+名词")
    if before.endswith(_VERB_LEADS) and _OPENS_WITH_VERB.match(point):
        found.append("动词+动词")
    if before.endswith("确保") and re.match(r"^(?:对|把)", point):
        found.append("动词+动词")
    head = re.sub(r"[^\u4e00-\u9fff]", "", point)[:4]
    if len(head) == 4 and head in before[-14:]:
        found.append("名称重复")
    return found


def _clause_seams(point: str, before: str) -> list[str]:
    """Rounds ab and ac: a lead before a time, a full clause or a noun that needs its verb."""
    found = []
    led = before.endswith(_LEADS) and not before.endswith(("要在", "我们将在"))
    if led and not before.endswith(("确保", "推动")) and _POINT_TIME.match(point):
        found.append("要+时间")
    takes = before.endswith(("抓好", "做好"))
    if led and (
        _OWN_CHARGE.match(point)
        or (takes and (_BODY_MEETS.match(point) or _CLAUSE_NOT_TAKEN.search(point)))
        or (before.endswith(("确保", "做好", "抓好")) and _BODY_MEETS.match(point))
        or _ADJECTIVE_VERB.match(point)
        or (before.endswith(("要", "我们将")) and _DUE_CLAUSE.search(point) and "，" not in point)
    ):
        found.append("整句作宾语")
    bare = not re.search(
        r"[，；未不]|补齐|补足|弥补|防控|管理|畅通|降低|建立|开通|设立|开辟", point
    )
    if before.endswith(("抓好", "做好", "确保", "要")) and bare and _NEEDS_ITS_VERB.search(point):
        found.append("名词缺动词")
    if before.endswith(("确保", "抓好", "做好")) and _SCHEME_NO_VERB.match(point):
        found.append("名词缺动词")  # 要确保…学校“一校一案”，… (round ac)
    if before.endswith("做好") and _DONE_NOT_MADE.search(point):
        found.append("名词缺动词")
    return found


def text_seams(text: str) -> list[tuple[str, str]]:
    """(class, sentence) for the seams found by the draft's words alone."""
    found: list[tuple[str, str]] = []
    for name, pattern in (
        ("名称重复", _NAME_TWICE),
        ("领域名作主语", _NO_WORK),
        ("动宾不搭", _FIGURE_VERB),
        ("缺谓语", _NO_PREDICATE),
        ("层级词重复", _LEVEL_TWICE),
        ("动词+动词", _TWO_LEADS),
    ):
        for match in pattern.finditer(text):
            found.append((name, sentence_of(text, match.group())))
    return found


def clerk_points(profile: dict[str, Any]) -> list[str]:
    """The clerk's points a profile gives (priorities, review, safeguards, targets)."""
    points: list[str] = []
    for item in profile.get("priorities") or []:
        if isinstance(item, dict):
            points += [p for p in item.get("points") or [] if isinstance(p, str)]
    review = profile.get("review") or {}
    if isinstance(review, dict):
        for item in review.get("achievements") or []:
            if isinstance(item, dict):
                points += [p for p in item.get("points") or [] if isinstance(p, str)]
    for item in profile.get("safeguards") or []:  # their points are charged too (round ab)
        if isinstance(item, dict):
            points += [p for p in item.get("points") or [] if isinstance(p, str)]
    targets = profile.get("targets") or {}
    if isinstance(targets, dict):
        points += [p for p in targets.get("items") or [] if isinstance(p, str)]
    return [p.strip() for p in points if len(p.strip()) >= 2]


def seams(profile: dict[str, Any], text: str) -> list[tuple[str, str]]:
    """Every seam of a rendered draft: each point's, then the draft's own words'."""
    found: list[tuple[str, str]] = []
    for point in dict.fromkeys(clerk_points(profile)):
        found += point_seams(point, text)
    found += text_seams(text)
    return list(dict.fromkeys(found))


def count_by_class(found: Iterable[tuple[str, str]]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for name, _ in found:
        counts[name] = counts.get(name, 0) + 1
    return counts
