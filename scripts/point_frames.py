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
  problem, or one that calls them 短板 (短板同样明显：) over a figure (新生仅9人).
"""

from __future__ import annotations

import re
from typing import Any

from detector_runs import run_detector

SEEDS = (1, 2, 3)
KEYS = ("verb_on_verb", "sure_of_noun", "split_noun", "joined", "mixed_list", "problem_frame")

_SENTENCE = re.compile(r"[^。！？\n]+[。！？]?")
# the detector's own verbs a point may open with (two characters, or an adverb and a verb)
_VERB_OPEN = re.compile(
    r"^(?:严控|严格|严禁|严查|严防|严把|贯彻|落实|推进|推动|加强|加快|开展|实施|建立|健全|完善|做好|"
    r"抓好|确保|提高|提升|扩大|规范|强化|优化|深化|组织|举办|召开|配齐|配备|新建|改扩建|改造|建设|"
    r"建成|排查|整治|开齐|开足|招聘|补充|培训|发放|兑现|落细|压实|坚持|巩固|实现|控制|减少|降低|"
    r"全面|切实|持续|进一步|认真|扎实|大力|积极|着力|依法|逐校|逐人|逐一|会同|联合|推广|引导|"
    r"设立|设置|安装|更新|完成|启动|出台|制定|印发|执行|实行|督促|指导|核查|复核|清理|取缔)"
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
_PROHIBITION = re.compile(r"不得|严禁|禁止|一律|不准")
_ENUM = re.compile(r"[一二三四五六七八九十]是")
_SUBJECT_THEN_YAO = re.compile(r"^[^，；：要]{2,14}?要")
_SHORTFALL = re.compile(r"(?:短板同样明显|差距，主要是|问题主要是|不足主要是)：(?P<rest>[^。]*)")


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
        elif lead and lead["lead"] == "确保" and _NAME_ONLY.search(point) and "，" not in point:
            found.append("sure_of_noun")
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
            for key in dict.fromkeys(keys):
                found.setdefault(key, []).append(sentence)
    return found


def main() -> None:
    run_detector(check, KEYS, SEEDS)


if __name__ == "__main__":
    main()
