"""Counts, in rendered drafts, a clerk's figure in a frame that does not fit it (round ak's G
and R on figures: a rate's name with a count, a count with no predicate, a project's total
investment said as this year's plan, a present figure and an order of another topic in one
sentence).

    python scripts/figure_frames.py               # every profile of the repository, seeds 1–3
    python scripts/figure_frames.py FOLDER… [-v]  # other folders; -v lists every hit
    python scripts/figure_frames.py FOLDER… --own # each profile at its own seed

Detectors (rules with their own word lists, not the composer's):
- ``rate_count``: a rate's name (…率, 比例, 占比, 比重) reaching a count with its unit
  (本科上线率达到612人, 配备率达到28名, 覆盖率为46所);
- ``count_frame``: a count said with no predicate its name needs: an honour's quoted name
  and its count (“青梅好老师”30名), a grade and its count (量化分级A级68所), a bare number
  after 为 (新建微型消防站为60), a report table's row (通过…认定的县96个);
- ``count_verbless``: a broad net, a clause of nouns and a count after another clause with
  no verb (…，送教上门318人; it also counts lines a reader passes, 受益学生18.9万人);
- ``total_as_plan``: a project's 总投资 said as a plan (今年…计划总投资26.5亿元);
- ``plan_reach``: 计划达到 said in a speech (今年…达标率计划达到82% → 要达到82%);
- ``present_order``: a present figure (现有/目前为…) and an order (要…) in one sentence
  (全旗现有寄宿生4380人，要抓好寄宿生周末接送);
- ``order_plan``: an order and a plan figure of another task welded with a comma
  (…要每学期对校车检测一次，今年全市计划完成校车驾驶员培训430人次).
"""

from __future__ import annotations

import re
from typing import Any

from detector_runs import run_detector

SEEDS = (1, 2, 3)
KEYS = (
    "rate_count",
    "count_frame",
    "count_verbless",
    "total_as_plan",
    "plan_reach",
    "present_order",
    "order_plan",
)

_SENTENCE = re.compile(r"[^。！？\n]+[。！？]?")
_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)")
_DATE_LINE = re.compile(r"^（\d{4}年\d{1,2}月\d{1,2}日）$")
_COUNT = (
    r"\d[\d.]*(?:万|亿)?(?:余|多)?"
    r"(?:人次|人|名|个|所|项|家|辆|次|场|套|台|间|张|节|期|批|支|处|座|条|户|班|位|门|件|册|份)"
    r"(?![\d%])"
)
_RATE_COUNT = re.compile(
    rf"(?:率|比例|占比|比重)(?:计划|要|将)?(?:达到|达|为|是|提高到|提升到)?{_COUNT}"
)
_HONOUR_COUNT = re.compile(rf"(?:^|[，；、：])(?:全[省市县区旗州盟镇乡])?“[^”]{{2,20}}”{_COUNT}")
_GRADE_COUNT = re.compile(rf"[A-Z一二三四五]级{_COUNT}")
_BARE_WEI = re.compile(r"为\d+(?:\.\d+)?(?=[，。；！]|$)")
_TABLE_ROW = re.compile(
    r"的(?:县|市|区|旗|学校|幼儿园|单位|乡镇|项目)(?:（[^）]*）)?\d+(?:个|所|家|项)"
)
_NOUN_COUNT = re.compile(
    rf"^(?:全[省市县区旗州盟镇乡])?[\u4e00-\u9fff“”]{{2,16}}?{_COUNT}(?:【[^】]*】)?$"
)
_VERB = re.compile(
    r"发放|投入|安排|配备|新增|新建|完成|资助|争取|落实|培训|达到|招聘|建成|下达|拨付|筹措|投资"
    r"|购置|组建|引进|覆盖|开展|实施|认定|评选|表彰|补助|新招|培养|创建|建设|改造|现有|共有|有"
    r"|命名|举办|接受|惠及|招收|录取|上线|服务|帮扶|救助|劝返|排查|整改|检查|是|为|达|补充|超过"
    r"|移交|回收|累计|不足|增加|减少|提高|下降|超|低于|高于|占|获"
)
_TOTAL_PLAN = re.compile(r"计划(?:总投资|投资总额)|(?:今年|年内|全年)[^，。；]{0,20}总投资")
_PLAN_REACH = re.compile(r"计划达到")
_PRESENT = re.compile(r"(?:现有|目前为|目前是|目前|现为|已达到|已达)[^，。；\d]{0,12}\d")
_ORDER_CLAUSE = re.compile(r"^(?:[\u4e00-\u9fff、]{0,12})?要")
# a lead that names the work the figure counts (要提高集团化办学覆盖率，今年全市…): one task
_WORK_LEAD = re.compile(r"^(?:要|更要|还要)[\u4e00-\u9fff“”]{2,14}$")
_PLAN_FIGURE = re.compile(
    r"^(?:同时，)?(?:今年|全年|年内)?(?:全[省市县区旗州盟镇乡])?"
    r"(?:要达到|[^，。；\d]{0,16}?计划[^，。；]*?)\d"
)
_ORDER = re.compile(r"(?<![需重主只必不])要")


def _sentences(text: str) -> list[str]:
    body = text.split("\n--- notes", 1)[0]
    found = []
    for line in body.splitlines():
        line = line.strip().strip("\u3000")
        if not line or _DATE_LINE.match(line) or _HEADING.match(line):
            continue
        found.extend(x.strip() for x in _SENTENCE.findall(line) if x.strip())
    return found


def _clauses(sentence: str) -> list[str]:
    return [c for c in re.split(r"[，；：]", sentence.rstrip("。！？")) if c]


def _count_frame(s: str) -> bool:
    """An honour's name, a grade, a bare number after 为 or a table row with a count."""
    if _HONOUR_COUNT.search(s) and not re.search(
        r"(?:评选|表彰|命名|认定|培养|遴选|推选|选树|评出|涌现出?|有)“[^”]{2,20}”\d"
        r"|“[^”]{2,20}”(?:累计|共|总数|达到)",
        s,
    ):
        return True
    return bool(_GRADE_COUNT.search(s) or _BARE_WEI.search(s) or _TABLE_ROW.search(s))


def _count_verbless(s: str) -> bool:
    """A clause of nouns and a count after another clause, with no verb (a broad net: it
    also catches lines a reader would pass, such as 受益学生18.9万人)."""
    clauses = _clauses(s)
    return len(clauses) >= 2 and any(
        _NOUN_COUNT.match(c) and not _VERB.search(c) for c in clauses[1:]
    )


def _present_order(s: str) -> bool:
    clauses = _clauses(s)
    for k, clause in enumerate(clauses[:-1]):
        later = clauses[k + 1 :]
        found = _PRESENT.search(clause)
        if not found or "要" in clause:
            continue
        # the things held said as the order's subject (全市现有校车1260辆，校车要…) are one topic
        noun = re.split(r"\d", clause)[0]
        noun = re.sub(r"^.*?(?:现有|目前为|目前是|目前|现为|已达到|已达)", "", noun)
        if any(
            _ORDER_CLAUSE.match(c) and not (len(noun) >= 2 and c.startswith(noun)) for c in later
        ):
            return True
    return False


def _order_plan(s: str) -> bool:
    clauses = _clauses(s)
    for k, clause in enumerate(clauses[1:], start=1):
        if _PLAN_FIGURE.match(clause) and any(
            _ORDER.search(c) and not _WORK_LEAD.match(c) for c in clauses[:k]
        ):
            return True
    return False


def check(text: str, data: dict[str, Any]) -> dict[str, list[str]]:
    sentences = _sentences(text)
    found: dict[str, list[str]] = {
        "rate_count": [s for s in sentences if _RATE_COUNT.search(s)],
        "count_frame": [s for s in sentences if _count_frame(s)],
        "count_verbless": [s for s in sentences if _count_verbless(s)],
        "total_as_plan": [s for s in sentences if _TOTAL_PLAN.search(s)],
        "plan_reach": [s for s in sentences if _PLAN_REACH.search(s)],
        "present_order": [s for s in sentences if _present_order(s)],
        "order_plan": [s for s in sentences if _order_plan(s)],
    }
    return {key: hits for key, hits in found.items() if hits}


def main() -> None:
    run_detector(check, KEYS, SEEDS, total=True)


if __name__ == "__main__":
    main()
