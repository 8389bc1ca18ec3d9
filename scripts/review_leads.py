"""The review of achievements read as filled fields, not as speech (issue 11's R, G, F on
review lines; round an's readers, branch review26).

    python scripts/review_leads.py               # every repository profile, seeds 1–3
    python scripts/review_leads.py FOLDER… [-v]  # other folders; -v lists every hit

Every profile of profiles/, docs/review/*/profiles and tests/fixtures/drafts*/ (each distinct
text once, as scripts/review_chains.py) rendered at seeds 1–3. Checks, with their own word
lists (not the composer's, templates/norms/review_words.yaml):
- ``area_sentence``: an area's name made a sentence: a system with 工作 (领导体制工作有力推进)
  or an object-first area before 方面 (全国教育大会精神贯彻方面);
- ``lead_echo``: a lead whose quoted term the clause after it says again (一是“十五五”教育发展
  工作扎实推进，“十五五”教育事业发展规划…);
- ``claim_under``: 取得积极进展 over a line saying the task was completed in full;
- ``figure_verb``: a figure with no verb or with the form's word (受教育年限11.9年, 达标现有96
  所, 上线率现有68.2%, 达到约286亿元);
- ``rule_subject``: a national rule's formula as the subject of 落实 (…不低于…已全面落实);
- ``plan_budget``: 计划 before a budget or an allocation (计划教育经费预算安排);
- ``today_honour``: today's awardees counted in the review (二是…，受表彰优秀教师312名);
- ``span_mismatch``: 过去一学年 over items of 上半年/今年以来;
- ``mixed_chain``: a chain of facts with ； between some and ， before the last ones
  (…全部完成；…复查，五年累计…).
"""

from __future__ import annotations

import re
from typing import Any

from detector_runs import run_detector

KEYS = (
    "area_sentence",
    "lead_echo",
    "claim_under",
    "figure_verb",
    "rule_subject",
    "plan_budget",
    "today_honour",
    "span_mismatch",
    "mixed_chain",
)
SEEDS = (1, 2, 3)

_MARKS = re.compile(
    r"^(?:[一二三四五六七八九十]+是|（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、)"
)
_SENTENCE = re.compile(r"[^。！？]+[。！？]?")
_AREA_SENTENCE = re.compile(
    r"(?:体制|机制|制度|格局)工作(?:扎实|有力|稳步|统筹|深入|持续|有序|全面)|"
    r"(?<![在])(?<!在[\u4e00-\u9fff]{2})[^，。；：“”]{2,12}(?:贯彻|落实|学习|宣传|实施|执行)方面，"
)
_STEADY = re.compile(
    r"工作(?:扎实推进|有力推进|稳步推进|统筹推进|深入推进|持续加强|有序开展)|取得积极进展"
)
_QUOTED = re.compile(r"“[^”]{2,12}”")
_FULL = re.compile(r"全部完成|全面完成|圆满完成|如期完成|全部实现")
_FIGURE_VERB = re.compile(
    r"(?:年限|寿命)\d[\d.]*年|(?:达标|建成|通过|认定|创建)(?:现有|目前有)\d|"
    r"(?:率|比例|占比)(?:现有|目前为?)\d|达到约\d"
)
_RULE_SUBJECT = re.compile(
    r"(?:不低于|不少于)[^，。；]{2,20}(?:水平|标准)(?:已经?|得到)?(?:全面|持续|全部)?落实"
)
_PLAN_BUDGET = re.compile(r"计划[^，。；\d]{0,8}预算|计划安排")
_HONOUR = re.compile(r"(?<![今这本此]次)(?<!今天)(?<!大会)受(?:到)?表彰[^，。；]{0,12}\d")
# the response to the meeting's own items, where today's awardees belong (刚才，…为受表彰的12名…)
_AGENDA = re.compile(r"^(?:刚才|这次大会|今天)")
_SCHOOL_YEAR = re.compile(r"过去一学年")
_CALENDAR = re.compile(r"[：；，]\s*(?:今年上半年|上半年|今年以来)")
_NUMBER = re.compile(r"\d")


def _review_line(body: str) -> bool:
    """A line of the review: figures or results, no charge of the speaker (要, 必须)."""
    return bool(_NUMBER.search(body)) and not re.search(
        r"要|必须|务必|确保|力争|我们将|目标是|目标：|；二是", body
    )


def _mixed(sentence: str) -> bool:
    """； between the first facts and ， before the last ones: a chain with two separators."""
    parts = sentence.rstrip("。").split("；")
    if len(parts) < 2 or "【" in sentence:
        return False
    return "，" in parts[-1] and not any("，" in p for p in parts[:-1])


def _lead_echo(body: str) -> bool:
    clauses = re.split(r"[，；。]", body)
    if len(clauses) < 2 or not _STEADY.search(clauses[0]):
        return False
    return any(t in clauses[1] for t in _QUOTED.findall(clauses[0]))


# each line check: (key, test of the line without its 一是/（一） mark)
_LINE_CHECKS = (
    ("area_sentence", lambda body: bool(_AREA_SENTENCE.search(body))),
    ("lead_echo", _lead_echo),
    ("figure_verb", lambda body: bool(_FIGURE_VERB.search(body)) and _review_line(body)),
    ("rule_subject", lambda body: bool(_RULE_SUBJECT.search(body))),
    ("plan_budget", lambda body: bool(_PLAN_BUDGET.search(body))),
    (
        "today_honour",
        lambda body: bool(_HONOUR.search(body)) and _review_line(body) and not _AGENDA.match(body),
    ),
    ("span_mismatch", lambda body: bool(_SCHOOL_YEAR.search(body) and _CALENDAR.search(body))),
)


def check(text: str, data: dict[str, Any]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {key: [] for key in KEYS}
    before = ""
    for line in text.splitlines():
        line = line.strip()
        body = _MARKS.sub("", line)
        if not body:
            continue
        for key, test in _LINE_CHECKS:
            if test(body):
                found[key].append(line)
        # 取得积极进展 in the line or the heading over it, over a task completed in full
        if _FULL.search(body) and "取得积极进展" in before + body.split("。")[0]:
            found["claim_under"].append(line)
        if _review_line(body):
            found["mixed_chain"].extend(s for s in _SENTENCE.findall(body) if _mixed(s))
        before = body if len(body) < 30 else ""
    return {key: hits for key, hits in found.items() if hits}


def main() -> None:
    run_detector(check, KEYS, SEEDS, total=True, wide=True)


if __name__ == "__main__":
    main()
