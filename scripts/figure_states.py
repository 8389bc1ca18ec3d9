"""Counts, in rendered drafts, figures said in a state the profile does not give them and
calendar words that count wrong (issue 11's F, and G where a figure is forced into a frame;
rounds ad and ae).

    python scripts/figure_states.py               # every profile of the repository, seeds 1–3
    python scripts/figure_states.py FOLDER… [-v]  # other folders; -v lists every hit
    python scripts/figure_states.py FOLDER… --own # each profile at its own seed

Detectors (rules with their own word lists, not the composer's). A key task's figures
(``priorities[].facts``) are this year's targets: the profile's field says so.
- ``target_as_held``: a key task's figure said as what exists or as a resource (现有16个教育
  集团, 依托5600家合作企业, 用好210家合作企业的资源, 在…达到94%的基础上);
- ``count_belittled``: a count said with a line that belittles counts (校企合作企业要达到45家，
  合作重在实效、不在签约数量);
- ``state_unsaid``: a key task's rate opening a sentence with 达到 and no word saying it is
  this year's aim (普惠性幼儿园覆盖率达到72%，要靠…; a review's rate is a result and says so);
- ``rebound``: a target rate below 100 % with 不让…反弹 (a rebound presupposes it reached);
- ``rate_as_count``: a rate's claim followed by a count as what it reached (本科上线率首次突破
  70%，达到512人);
- ``plan_left``: the years left of a five-year plan said wrong (离规划收官只剩一年 in its
  fourth year, when that year and the next remain);
- ``span_head``: a mid-year head reviewing 今年以来/上半年 over results that are the year
  under review's (the profile's achievements, review_year before the meeting's);
- ``work_points_late``: 写入年度工作要点 at a meeting from April to October;
- ``winter_late``: 温暖过冬/度过冬天/入冬以后 at a meeting from February to September;
- ``own_inspection``: a bureau head who 全力做好配合 for the inspections (督导) his office runs;
- ``many_speakers``: 代表们/几位代表 where the profile names one speaker before;
- ``school_year``: a key task's figure planned for 本学年 (the profile gives the year's);
- ``plan_one_year``: a look back over a whole plan (“十五五”时期…) with a line of one year's
  (过去一年, 一年来, 年度重点工作, 回顾去年) before the part on the year planned for.
"""

from __future__ import annotations

import datetime
import re
from typing import Any

from detector_runs import run_detector

SEEDS = (1, 2, 3)
KEYS = (
    "target_as_held",
    "count_belittled",
    "state_unsaid",
    "rebound",
    "rate_as_count",
    "plan_left",
    "span_head",
    "work_points_late",
    "winter_late",
    "own_inspection",
    "many_speakers",
    "school_year",
    "plan_one_year",
)

_SENTENCE = re.compile(r"[^。！？；\n]+[。！？；]?")
_NUMBER = r"(?P<n>\d[\d,.]*)"
_HELD = re.compile(
    r"(?:现有|已组建的?|已有|共有|依托|用好|发挥)" + _NUMBER + r"(?:个|家|所|名|人)"
    r"|" + _NUMBER.replace("n>", "m>") + r"(?:个|家|所|名|人|%)?[^，。；]{0,10}(?:的资源|的基础上)"
    r"|巩固" + _NUMBER.replace("n>", "k>") + r"%的"
)
_BELITTLE = re.compile(r"不在(?:签约)?数量|不在多|重实不重数|不求数量|不看数量")
_COUNT = re.compile(r"\d[\d,.]*(?:个|家|所|名)")
_BARE = re.compile(r"^[^，。；：要]{2,20}?(?:率|占比|比例)达到(?P<v>\d[\d.]*)%，")
_AIM = re.compile(r"今年|全年|年内|目标|任务|确保|推动|力争|计划")
_REBOUND = re.compile(r"(?P<v>\d[\d.]*)%[^。]*反弹")
_RATE_COUNT = re.compile(
    r"(?:率|占比|比例)[^，。；]{0,8}(?:突破|超过|达到)\d[\d.]*%，达到\d[\d,.]*[人名个所家]"
)
_LEFT_ONE = re.compile(r"(?:只剩|还剩|仅剩)(?:最后)?一年")
_SPAN_HEAD = re.compile(r"(?:看待|评价|总结)(?:今年以来|上半年)的工作")
_WORK_POINTS = re.compile(r"(?:写入|纳入|列入|写进)(?:本部门)?(?:的)?年度工作要点")
_WINTER = re.compile(r"温暖过冬|安全过冬|度过冬天|入冬以后")
_OWN_INSPECTION = re.compile(r"督导[^。]*全力做好配合|全力做好配合[^。]*督导")
_MANY = re.compile(r"代表们|几位代表|几位同志")
_SPOKEN = re.compile(r"汇报|报告|发言|讲话|通报|介绍|说明")
_SCHOOL_YEAR = re.compile(r"本学年[^，。；]{0,8}计划")
_PLAN_SPAN = re.compile(r"^(?:[一二三四五六七八九十]+、)?(?:回顾)?“十.五”时期")
_ONE_YEAR = re.compile(
    r"过去(?:的)?一年|一年来|年度(?:重点工作|目标任务)|年初(?:确定|部署)|回顾去年"
)
_SEVERAL = re.compile(r"代表们|[两二三四五六七八九十几多][位名]|等|、")


def _date(data: dict[str, Any]) -> datetime.date:
    value = data.get("meeting", {}).get("date")
    if isinstance(value, datetime.date):
        return value
    year, month, day = map(int, re.findall(r"\d+", str(value))[:3])  # 2024-03-06, 2024年3月6日
    return datetime.date(year, month, day)


def _target_values(data: dict[str, Any]) -> set[str]:
    """The numbers of the key tasks' figures, as the draft prints them (no thousands comma)."""
    found = set()
    for item in data.get("priorities") or []:
        if isinstance(item, dict):
            for value in (item.get("facts") or {}).values():
                number = re.match(r"\d[\d,.]*", str(value))
                if number:
                    found.add(number.group().replace(",", ""))
    return found


def _plan_last(year: int) -> int:
    """The last year of the five-year plan ``year`` is in (2016–2020: 2020)."""
    return 2015 + 5 * ((year - 2016) // 5) + 5 if year >= 2016 else 2015


def _speeches(data: dict[str, Any]) -> int:
    spoken = [str(i) for i in data.get("preceding") or [] if _SPOKEN.search(str(i))]
    return len(spoken) + sum(1 for i in spoken if _SEVERAL.search(i))


def _figures(sentence: str, targets: set[str]) -> list[str]:
    found = []
    for match in _HELD.finditer(sentence):
        number = next(g for g in match.groups() if g)
        if number.replace(",", "") in targets:
            found.append("target_as_held")
    if _BELITTLE.search(sentence) and _COUNT.search(sentence):
        found.append("count_belittled")
    bare = _BARE.search(sentence)
    if bare and bare["v"] in targets and not _AIM.search(sentence):
        found.append("state_unsaid")
    rebound = _REBOUND.search(sentence)
    if rebound and float(rebound["v"]) < 100:
        found.append("rebound")
    if _RATE_COUNT.search(sentence):
        found.append("rate_as_count")
    if _SCHOOL_YEAR.search(sentence):
        found.append("school_year")
    return found


def _calendar(sentence: str, data: dict[str, Any], day: datetime.date) -> list[str]:
    found = []
    planned = day.year + 1 if day.month >= 11 else day.year
    if "收官" in sentence and _LEFT_ONE.search(sentence) and planned != _plan_last(planned):
        found.append("plan_left")
    review_year = data.get("meeting", {}).get("review_year") or (
        day.year if day.month >= 11 else day.year - 1
    )
    achievements = (data.get("review") or {}).get("achievements")
    if _SPAN_HEAD.search(sentence) and achievements and review_year < day.year:
        found.append("span_head")
    if _WORK_POINTS.search(sentence) and 4 <= day.month <= 10:
        found.append("work_points_late")
    if _WINTER.search(sentence) and 2 <= day.month <= 9:
        found.append("winter_late")
    if _OWN_INSPECTION.search(sentence):
        found.append("own_inspection")
    if _MANY.search(sentence) and _speeches(data) < 2:
        found.append("many_speakers")
    return found


def check(text: str, data: dict[str, Any]) -> dict[str, list[str]]:
    targets = _target_values(data)
    day = _date(data)
    found: dict[str, list[str]] = {}
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    span = next((i for i, line in enumerate(lines[:8]) if _PLAN_SPAN.search(line)), None)
    if span is not None:
        planned = str(day.year + 1 if day.month >= 11 else day.year)
        start = next((i for i, ln in enumerate(lines) if ln.startswith("同志们")), 0)
        end = next((i for i, ln in enumerate(lines) if i > span and planned + "年" in ln), span)
        for line in lines[start:end]:
            if _ONE_YEAR.search(line):
                found.setdefault("plan_one_year", []).append(line)
    for line in text.splitlines():
        for sentence in _SENTENCE.findall(line.strip()):
            for key in (*_figures(sentence, targets), *_calendar(sentence, data, day)):
                found.setdefault(key, []).append(sentence)
    return found


def main() -> None:
    run_detector(check, KEYS, SEEDS)


if __name__ == "__main__":
    main()
