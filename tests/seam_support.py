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


def _before(text: str, point: str) -> Iterator[str]:
    """The words of the sentence before each place the point is said whole."""
    start = text.find(point)
    while start >= 0:
        sentence_start = max(text.rfind(mark, 0, start) for mark in "。；：\n") + 1
        yield text[sentence_start:start]
        start = text.find(point, start + 1)


def point_seams(point: str, text: str) -> list[tuple[str, str]]:
    """(class, sentence) for each seam around one clerk's point in a draft."""
    if point not in text:
        return _split_seams(point, text)
    found: list[tuple[str, str]] = []
    for before in _before(text, point):
        found += [(name, sentence_of(text, point)) for name in _lead_seams(point, before)]
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


def text_seams(text: str) -> list[tuple[str, str]]:
    """(class, sentence) for the seams found by the draft's words alone."""
    found: list[tuple[str, str]] = []
    for name, pattern in (
        ("名称重复", _NAME_TWICE),
        ("领域名作主语", _NO_WORK),
        ("动宾不搭", _FIGURE_VERB),
        ("缺谓语", _NO_PREDICATE),
    ):
        for match in pattern.finditer(text):
            found.append((name, sentence_of(text, match.group())))
    return found


def clerk_points(profile: dict[str, Any]) -> list[str]:
    """The clerk's points a profile gives (priorities, review, targets)."""
    points: list[str] = []
    for item in profile.get("priorities") or []:
        if isinstance(item, dict):
            points += [p for p in item.get("points") or [] if isinstance(p, str)]
    review = profile.get("review") or {}
    if isinstance(review, dict):
        for item in review.get("achievements") or []:
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
