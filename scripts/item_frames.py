"""A clerk's item words inside a frame (branch phrase26; round an's G and E on point and
heading lines): every place where a frame wraps an item the profile gave whole (an area, a
priority or safeguard title, a short point), classed by the item's form, and the mismatches.

    python scripts/item_frames.py [FOLDER…] [-v] [--seeds N]

Renders every profile of the repository (profiles/ and docs/review/*/profiles) at seeds 1–3
with the tree on PYTHONPATH and reads each draft against its own profile. The word lists are
this script's own (one ruler for main and a branch). A frame is a verb before the item
(做好/抓好/确保/推进/推动/加强/落实/实施/开好用好/建好用好/管好用好/办好, with or without 工作
after it), 我们将 + item, or a review lead after it (X工作有力推进). Forms and mismatches:

- ``verb-object``: the item opens with its own verb (讲好教育故事, 大兴调查研究, 舍得为教师投入,
  丰富课后服务内容): any verb before it is a mismatch (做好…工作, 抓好, 确保, 推进…);
- ``clause``: the item has its own modal, subject or state (党委政府要把…, …不能松劲, …已储备):
  any frame round it is a mismatch (确保, 做好…工作, 我们将, …工作有力推进);
- ``problem``: a 问题 takes 解决/化解, anything else is a mismatch;
- ``nominalised``: a noun + a verb ending (课后服务提质, 学生欺凌防治, 校外培训治理): 抓好/
  做好/加强/落实 before a raised quality or a harm warded off (抓好…提质, 抓好…防治), or 确保
  before any, with no 工作 after it, is a mismatch;
- ``thing``: a bare noun of a thing, place, body or state (县中, 烟花爆竹, 食堂, 家校, 心理健康):
  抓好/确保/做好/落实 with no work noun after it is a mismatch (加强/办好 fit);
- ``slogan``: a one-line sentence that only frames an item its own heading already says
  (要抓好学生欺凌防治。 under 加强学生欺凌防治) — counted apart, whatever the form.

Prints, per form, the framed lines and the mismatches; ``-v`` prints each mismatch.
"""

from __future__ import annotations

import re
import sys
from typing import Any

from detector_runs import run_detector

FORMS = ("verb-object", "clause", "problem", "nominalised", "thing", "other")
KEYS = (
    *(f"framed {f}" for f in FORMS),
    *(f"MISMATCH {f}" for f in FORMS if f != "other"),
    "MISMATCH slogan",
)

_FRAME_VERBS = (
    "开好用好",
    "建好用好",
    "管好用好",
    "做好",
    "抓好",
    "确保",
    "推进",
    "推动",
    "加强",
    "落实",
    "实施",
    "办好",
)
_REVIEW_LEADS = r"(?:工作)?(?:有力推进|扎实推进|稳步推进|持续加强|取得积极进展|取得新进展|成效明显)"
# verbs an item may open with (its own predicate)
_OPENING = [
    "讲好",
    "开好",
    "用好",
    "办好",
    "管好",
    "建好",
    "上好",
    "当好",
    "守好",
    "带好",
    "抓好",
    "做好",
    "大兴",
    "舍得",
    "敢于",
    "善于",
    "乐于",
    "勇于",
    "丰富",
    "充实",
    "拓展",
    "拓宽",
    "提高",
    "提升",
    "增强",
    "加大",
    "扩大",
    "改善",
    "优化",
    "完善",
    "健全",
    "建立",
    "规范",
    "强化",
    "深化",
    "推进",
    "推动",
    "开展",
    "组织",
    "发放",
    "减轻",
    "减少",
    "降低",
    "严格",
    "严控",
    "压减",
    "落实",
    "实施",
    "引导",
    "鼓励",
    "支持",
    "关心",
    "关爱",
    "培育",
    "培养",
    "保障",
    "巩固",
    "扩充",
    "补齐",
    "配齐",
    "配足",
    "配强",
    "督促",
    "指导",
    "加强",
    "加快",
    "建设",
    "打造",
    "构建",
    "坚持",
    "弘扬",
    "传承",
    "促进",
    "深入",
    "全面推行",
    "推行",
    "实行",
    "开齐",
    "开足",
    "守牢",
    "守住",
    "筑牢",
    "擦亮",
    "锻造",
    "争创",
    "创建",
    "打好",
    "防范",
    "防止",
    "杜绝",
    "消除",
    "化解",
    "解决",
    "破解",
    "缓解",
    "统筹",
    "整合",
    "盘活",
    "聚焦",
    "围绕",
    "服务",
    "助力",
    "办出",
    "让",
]
_NOT_OPENING = re.compile(
    r"^(?:建设[^，]{0,2}$|组织(?:领导|保障|建设|体系)|服务(?:体系|能力|质量|水平)|保障(?:体系|机制|能力))"
)
_CLAUSE = re.compile(
    r".(?:(?<![必需重主首纲])要(?!求|点|素|件|事)|不能|不得|必须|务必|应当|已|已经|正在|不再|都要|得到|不松劲|不放松)"
)
_PROBLEM = re.compile(r"问题$")
_NOMINAL_ENDS = (
    "提质",
    "增效",
    "治理",
    "防治",
    "防控",
    "建设",
    "改革",
    "管理",
    "发展",
    "提升",
    "振兴",
    "普及",
    "保障",
    "服务",
    "评价",
    "监管",
)
# the endings a stamped frame (抓好, 做好 without 工作, 确保, 加强, 落实) does not take: a
# quality raised or a harm warded off is pushed forward or done as work (抓好课后服务提质,
# 抓好学生欺凌防治 were round an's G); 确保 takes none of the endings (no result to make sure of)
_STAMPS = ("抓好", "做好", "确保", "加强", "落实")
_UNSTAMPED_ENDS = ("提质", "增效", "防治", "振兴", "普及", "提升")
# a bare noun of a thing, a place, a body or a state (县中, 烟花爆竹, 食堂, 家校, 心理健康):
# no work in it; items ending in a deed (教师补充, 教材发放, 工程收尾) are ``other``
_THING = re.compile(
    r"(?:县中|高中|中学|小学|学校|幼儿园|食堂|宿舍|校车|烟花爆竹|家校|体制|机制|健康|师风|周边|校舍|"
    r"教材|课堂|设施|设备|水域|普通话|大班额|教师|学生|儿童|队伍|资金|经费|网络|平台|校园)$"
)
_HEADING = re.compile(
    r"^　*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|[一二三四五六七八九十]是)"
)
_SENTENCE = re.compile(r"[^。！？；]*[。！？；]")


def _items(data: Any, out: set[str], key: str = "") -> None:
    """The clerk's short item phrases: areas, titles and points with no comma in them."""
    if isinstance(data, dict):
        for k, v in data.items():
            _items(v, out, str(k))
    elif isinstance(data, list):
        for v in data:
            _items(v, out, key)
    elif isinstance(data, str) and key in ("area", "title", "points", "items"):
        text = data.strip()
        if 2 <= len(text) <= 24 and not re.search(r"[，；。：:,（(“\d]", text):
            out.add(text)


def form(item: str) -> str:
    if _CLAUSE.search(item) and not item.endswith(("要求", "要点")):
        return "clause"
    if any(item.startswith(v) for v in _OPENING) and not _NOT_OPENING.match(item):
        return "verb-object"
    if _PROBLEM.search(item):
        return "problem"
    if item.endswith(_NOMINAL_ENDS) and len(item) > 3:
        return "nominalised"
    if len(item) <= 8 and _THING.search(item):
        return "thing"
    return "other"


def _mismatch(kind: str, item: str, verb: str, work: bool) -> bool:
    if kind in ("verb-object", "clause"):
        return True
    if kind == "problem":
        return verb not in ("解决", "化解")
    if kind == "nominalised":
        if work or verb not in _STAMPS:
            return False
        return verb == "确保" or item.endswith(_UNSTAMPED_ENDS)
    if kind == "thing":
        return not work and verb in ("抓好", "确保", "做好", "落实")
    return False


def _framings(sentence: str, items: set[str]) -> list[tuple[str, re.Match[str] | None]]:
    """The clerk's items a frame wraps in the sentence, with the frame's match (None for a
    review lead after the item)."""
    verbs = "|".join(_FRAME_VERBS)
    found = []
    for item in sorted(items, key=len, reverse=True):
        if item not in sentence:
            continue
        escaped = re.escape(item)
        frame = re.search(
            rf"(?P<verb>{verbs}|我们将)(?P<item>{escaped})(?P<work>工作)?(?=[，。；！？、]|$)",
            sentence,
        )
        if frame or re.search(rf"{escaped}{_REVIEW_LEADS}", sentence):
            found.append((item, frame))
    return found


def _bad(kind: str, item: str, frame: re.Match[str] | None) -> bool:
    if frame is None:
        return kind in ("verb-object", "clause", "problem")
    if frame["verb"] == "我们将":
        return kind == "clause"
    return _mismatch(kind, item, frame["verb"], bool(frame["work"]))


def check(text: str, data: dict[str, Any]) -> dict[str, list[str]]:
    items: set[str] = set()
    _items(data, items)
    found: dict[str, list[str]] = {}
    heading = ""
    verbs = "|".join(_FRAME_VERBS)
    for line in text.splitlines():
        if _HEADING.match(line) and not re.search(r"是[^，。]{0,3}要", line[:6]):
            heading = line.strip()
        for sentence in _SENTENCE.findall(line) or [line]:
            for item, frame in _framings(sentence, items):
                kind = form(item)
                found.setdefault(f"framed {kind}", []).append(sentence.strip())
                if _bad(kind, item, frame):
                    found.setdefault(f"MISMATCH {kind}", []).append(f"{item} | {sentence.strip()}")
                one_line = re.fullmatch(
                    rf"\s*(?:[一二三四五六七八九十]是)?(?:要|我们将)?(?:{verbs}){re.escape(item)}(?:工作)?[。；]",
                    sentence,
                )
                if one_line and heading and item in heading and not _HEADING.match(sentence):
                    found.setdefault("MISMATCH slogan", []).append(
                        f"{heading} | {sentence.strip()}"
                    )
    return found


if __name__ == "__main__":
    run_detector(check, KEYS, total=False)
    sys.exit(0)
