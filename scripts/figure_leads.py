"""Counts, in rendered drafts, figures said with the wrong lead, verb or state (issue 11's G,
R and A around the profile's figures; round ag's lines).

    python scripts/figure_leads.py               # every profile of the repository, seeds 1–3
    python scripts/figure_leads.py FOLDER… [-v]  # other folders; -v lists every hit
    python scripts/figure_leads.py FOLDER… --own # each profile at its own seed

Detectors (rules with their own word lists, not the composer's):
- ``goal_verbless``: a listed goal that is a rate and its value with no verb (主要目标是：…
  二是高中阶段毛入学率96%);
- ``aim_headless``: a sentence that opens with 的目标是 (its year word taken off);
- ``yao_twice``: 要要;
- ``year_twice``: a plan's year said twice in one clause (今年全县计划落实全年学生资助资金…);
- ``season_twice``: one season word (暑期, 寒假…) twice in one sentence before figures;
- ``gift_verbless``: money given to people (慰问金, 奖教金) stapled with no verb (…，慰问金3.6万元);
- ``deed_twice``: a 建成 before a label with its own deed (建成中心小学新建食堂…);
- ``passive_done``: 完成 before a count of people named by what they receive (完成受资助学生…);
- ``checked_reached``: a count of schools checked said as a level reached (专项检查学校计划达到
  180所);
- ``plan_as_staff``: a plan's recruits said as staff already there (新补充的210名教师，…);
- ``floor_on_target``: a key task's rate below 100 % said as a floor kept (九年义务教育巩固率
  要保持在95.8%以上: the clerk's figure is this year's aim, not a level held);
- ``plan_after_point``: a key task's count said as the year's plan where a point of the draft
  says the same count of the same people as hired (新招聘的86名教师… 今年计划新补充教师86名);
- ``place_twice``: the place said twice around a year (全市2017年全市学校…).
"""

from __future__ import annotations

import re
from typing import Any

from detector_runs import run_detector

KEYS = (
    "goal_verbless",
    "aim_headless",
    "yao_twice",
    "year_twice",
    "season_twice",
    "gift_verbless",
    "deed_twice",
    "passive_done",
    "checked_reached",
    "plan_as_staff",
    "floor_on_target",
    "plan_after_point",
    "place_twice",
)

_SENTENCE = re.compile(r"[^。！？\n]+[。！？]?")
_GOAL_ITEM = re.compile(
    r"(?:目标是：|[一二三四五六七八九十]是)(?P<name>[^；。：，\d]{2,30}?(?:率|比例|占比|比重))"
    r"(?P<v>\d+(?:\.\d+)?%)(?=[；。])"
)
_GOAL_VERB = re.compile(r"达到|保持|稳定|不低于|超过|提高|提升|控制|巩固|实现|确保")
_AIM_HEADLESS = re.compile(r"(?:^|[。！？])\s*的(?:主要)?目标是")
_YEAR_TWICE = re.compile(
    r"(?:今年|全年)[^，。；：\d]{0,10}计划[^，。；：\d]{0,6}(?:全年|今年)(?!以来)"
)
_SEASON = re.compile(r"暑期|寒假|暑假|汛期")
_GIFT = re.compile(r"(?<!发放)(?<!安排)(?<!落实)(?:慰问金|奖教金|奖励金|助学金)\d")
_DEED_TWICE = re.compile(r"建成[^，。；\d]{0,8}(?:新建|改造|改扩建|维修)")
_PASSIVE_DONE = re.compile(r"完成受(?:资助|表彰|培训|救助)")
_CHECKED = re.compile(r"(?:检查|督导|督查|抽查|巡查)(?:学校|幼儿园)(?:计划)?达到\d")
_AS_STAFF = re.compile(r"(?<!计划)(?<!拟)新?补充的\d[\d.]*(?:万)?名[^，。；]{0,4}教师")
_FLOOR = re.compile(r"(?:保持|稳定|巩固)在(?P<v>\d+(?:\.\d+)?)%(?:及)?以上")
_PLAN_RECRUITS = re.compile(r"计划(?:新)?(?:补充|招聘)教师(?P<n>\d+)名")
_PLACE_TWICE = re.compile(r"(全(?:省|市|州|盟|县|区|旗|乡|镇))(?:\d{4}年|今年|去年)\1")


def _target_values(data: dict[str, Any]) -> set[str]:
    """The numbers of the key tasks' figures and the clerk's target lines."""
    found = set()
    for item in data.get("priorities") or []:
        if isinstance(item, dict):
            for value in (item.get("facts") or {}).values():
                number = re.match(r"\d[\d,.]*", str(value))
                if number:
                    found.add(number.group().replace(",", ""))
    return found


_PLAIN_CHECKS = (
    ("yao_twice", re.compile("要要")),
    ("year_twice", _YEAR_TWICE),
    ("gift_verbless", _GIFT),
    ("deed_twice", _DEED_TWICE),
    ("passive_done", _PASSIVE_DONE),
    ("checked_reached", _CHECKED),
    ("plan_as_staff", _AS_STAFF),
    ("place_twice", _PLACE_TWICE),
)


def _clerk_lines(data: dict[str, Any]) -> str:
    """The clerk's own target lines (a floor the clerk typed is the clerk's to set)."""
    targets = data.get("targets") or {}
    items = targets.get("items") or [] if isinstance(targets, dict) else targets
    return "\n".join(str(item) for item in items)


def _sentence_checks(sentence: str, targets: set[str], clerk: str = "") -> list[str]:
    found = [key for key, pattern in _PLAIN_CHECKS if pattern.search(sentence)]
    for goal in _GOAL_ITEM.finditer(sentence):
        if not _GOAL_VERB.search(goal["name"]):
            found.append("goal_verbless")
    seasons = _SEASON.findall(sentence)
    if len(seasons) != len(set(seasons)) and re.search(r"\d", sentence):
        found.append("season_twice")
    for floor in _FLOOR.finditer(sentence):
        if floor["v"] in targets and float(floor["v"]) < 100 and floor.group() not in clerk:
            found.append("floor_on_target")
    return found


def check(text: str, data: dict[str, Any]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    targets = _target_values(data)
    sentences = [s.strip() for s in _SENTENCE.findall(text) if s.strip()]
    for sentence in sentences:
        for key in _sentence_checks(sentence, targets, _clerk_lines(data)):
            found.setdefault(key, []).append(sentence)
    for match in _AIM_HEADLESS.finditer(text):
        line = text[match.start() : text.find("。", match.end()) + 1]
        found.setdefault("aim_headless", []).append(line.strip("。 \u3000"))
    for sentence in sentences:
        plan = _PLAN_RECRUITS.search(sentence)
        if plan is None:
            continue
        hired = re.compile(rf"(?:招聘|招录|补充)的?{plan['n']}名(?:新)?教师|{plan['n']}名新教师")
        if any(hired.search(other) for other in sentences if other != sentence):
            found.setdefault("plan_after_point", []).append(sentence)
    return found


if __name__ == "__main__":
    run_detector(check, KEYS, total=True)
