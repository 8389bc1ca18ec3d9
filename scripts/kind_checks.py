"""Counts the kinds' skeleton families (issue 11's S and D by kind, branch kind16) over drafts.

    python scripts/kind_checks.py             # every profile of the repository, seeds 1–3
    python scripts/kind_checks.py --show      # … and the lines each detector finds
    python scripts/kind_checks.py DIR …       # the profiles in DIR only

Each detector is a rule over what a draft says (its own word lists, not the bank's slots):
- ``cr_relist``: a concluding speech after a report (报告, 汇报, 通报) that lists last year's
  results one by one (一是… with the profile's figures) or asks for them by area (【待补：…
  主要成绩（按领域分条…】);
- ``cr_follow_early``: a concluding speech's follow-through lines (逐项落实, 会后要…抓起来,
  关键在于执行…) said before its last part, beyond the endorsement's one;
- ``cr_close_under_section``: the follow-through lines said after the last part's last
  subsection, where they read as that section's last word;
- ``thanks_late``: thanks for the achievements said after the turn to shortfalls
  (戒骄戒躁, 差距, 不足…) in the same part;
- ``lg_link_before_tasks``: a leading group's mechanism lines (财力要集中使用, 衡量领导小组的
  工作, 提请领导小组研究, 清单化…) between the targets and the first task;
- ``lg_rules_adopted``: a proposal to write into the 工作规则 the meeting has just adopted;
- ``bare_problems``: two problems or more listed with no lead (。A；B。);
- ``td_demand_in_review``: a teachers' day work demand (评优评先要…倾斜) in the look back;
- ``td_abrupt``: 年轻教师是教育的未来。 and 值得老师们自豪 (the government's deeds as the
  teachers' pride);
- ``td_honor_split``: words to the honoured between the year's results and its shortfalls;
- ``season``: 返校 outside the months of a term's start, 活动增多 from October to February;
- ``list_no_lead``: a part whose first paragraph opens with 一是 straight after its heading;
- ``topic_late``: a section's topic sentence (a bank ``open`` unit of an area) said after one
  of its measures;
- ``steps_reversed``: 劝返 said before the 核查 that finds whom to persuade, 安置 before both.
"""

from __future__ import annotations

import re
import sys
from multiprocessing import Pool
from pathlib import Path

import yaml
from detector_runs import ROOT, draft_findings, profiles, tally

sys.path.insert(0, str(ROOT / "tests"))
from kind_support import ENDORSE as _ENDORSE
from kind_support import HONOR as _HONOR
from kind_support import ITEM as _ITEM
from kind_support import LISTED as _LISTED
from kind_support import MECHANISM as _MECHANISM
from kind_support import PART as _PART
from kind_support import SECTION as _SECTION
from kind_support import STEPS as _STEPS
from kind_support import TURN as _TURN
from kind_support import is_topic as _is_topic
from kind_support import parts as _parts
from kind_support import sections as _sections
from kind_support import sentences_of as _sentences

SEEDS = (1, 2, 3)
KEYS = (
    "cr_relist",
    "cr_follow_early",
    "cr_close_under_section",
    "thanks_late",
    "lg_link_before_tasks",
    "lg_rules_adopted",
    "bare_problems",
    "td_demand_in_review",
    "td_abrupt",
    "td_honor_split",
    "season",
    "list_no_lead",
    "topic_late",
    "steps_reversed",
)

_REPORT = re.compile(r"报告|汇报|通报")
_FOLLOW = re.compile(
    r"逐项落实|逐项抓起来|关键在于(?:执行|落实)|关键看会后|狠抓落实|会后[^。]{0,16}(?:抓起来|落实|分解|带回去)"
    r"|逐项推进|变成行动、变成成果|不能会上热、会后冷"
)
_THANKS = re.compile(r"表示(?:衷心的)?感谢|道一声辛苦|一并表示感谢")
_RULES = re.compile(r"写进[^，。；]{0,12}规则")
_RULES_ADOPTED = re.compile(r"(?:审议|通过|印发|修订)[^。；]{0,30}(?:工作规则|议事规则)")
_TD_DEMAND = re.compile(r"评优评先要|要(?:按规定)?向[^。]{0,20}倾斜")
_TD_ABRUPT = re.compile(r"年轻教师是教育的未来|值得老师们自豪")
_PROBLEMS_TURN = re.compile(r"问题|不足|短板|差距")
_RETURN = re.compile(r"(?<!延迟)(?<!按时)返校")
_MORE_ACTIVE = re.compile(r"活动增多")


def _lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


def _number(value: object) -> str:
    found = re.search(r"\d[\d.]*", str(value).replace(",", ""))
    return found.group() if found else ""


def _points(data: dict) -> list[str]:
    found = []
    for task in [*(data.get("priorities") or []), *(data.get("safeguards") or [])]:
        if isinstance(task, dict):
            found += [str(p) for p in task.get("points") or []]
    return found


def _clerks(sentence: str, points: list[str]) -> bool:
    return any(p[:8] in sentence or sentence[:8] in p for p in points if len(p) >= 8)


def _topic_late(lines: list[str], data: dict) -> list[str]:
    points = _points(data)
    found = []
    for sentences in _sections(lines):
        for i, sentence in enumerate(sentences):
            if not _is_topic(sentence):
                continue
            before = sentences[:i]
            if any(not _is_topic(s) and not _clerks(s, points) for s in before):
                found.append(sentence)
    return found


def _step(sentence: str) -> int | None:
    steps = [i for i, step in enumerate(_STEPS) if step.search(sentence)]
    return min(steps) if steps else None


def _steps_reversed(lines: list[str], data: dict) -> list[str]:
    """The bank's steps out of order (the clerk's points lead a section as written)."""
    clerk = yaml.safe_dump(data, allow_unicode=True)
    found = []
    for sentences in _sections(lines):
        highest = -1
        for sentence in sentences:
            if any(sentence[i : i + 8] in clerk for i in range(len(sentence) - 7)):
                continue
            step = _step(sentence)
            if step is None:
                continue
            if step < highest:
                found.append(sentence)
            highest = max(highest, step)
    return found


def _concluding(parts: list[list[str]], data: dict) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    heard = " ".join(str(p) for p in data.get("preceding") or [])
    if _REPORT.search(heard) and len(parts) > 1:
        achievements = (data.get("review") or {}).get("achievements") or []
        figures = [
            _number(v)
            for a in achievements
            if isinstance(a, dict)
            for v in (a.get("figures") or {}).values()
        ]
        one = [s for line in parts[1] for s in _sentences(line)]
        listed = [
            s
            for s in one
            if re.match(r"^[一二三四五六七八九十]是", s)
            and any(f in s for f in figures if len(f) >= 2)
        ]
        asked = [s for s in one if "主要成绩（按领域" in s]
        if len(listed) >= 2 or asked:
            found["cr_relist"] = listed + asked
    before_last = [s for part in parts[:-1] for line in part for s in _sentences(line)]
    follow = [s for s in before_last if _FOLLOW.search(s) and not _ENDORSE.search(s)]
    if len(follow) > 1:
        found["cr_follow_early"] = follow[1:]
    last = parts[-1] if len(parts) > 1 else []
    subsections = [i for i, line in enumerate(last) if _SECTION.match(line)]
    if subsections:
        tail = [
            s
            for line in last[subsections[-1] + 1 :]
            if not line.strip().startswith("同志们")  # the speech's closing words
            for s in _sentences(line)
        ]
        closing = [
            s
            for s in tail
            if _FOLLOW.search(s)
            or re.search(r"纳入本单位工作计划|大兴调查研究|及时反映|如实报告|牵头单位和责任人", s)
        ]
        if closing:
            found["cr_close_under_section"] = closing
    return found


def _thanks_late(parts: list[list[str]]) -> list[str]:
    found = []
    for part in parts[1:2]:
        turned = False
        for sentence in (s for line in part for s in _sentences(line)):
            if _THANKS.search(sentence) and turned:
                found.append(sentence)
            if _TURN.search(sentence) and not _THANKS.search(sentence):
                turned = True
    return found


def _leading_group(parts: list[list[str]], data: dict) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    if len(parts) > 2:
        before_first: list[str] = []
        for line in parts[2][1:]:
            if _ITEM.match(line):
                break
            before_first += _sentences(line)
        hits = [s for s in before_first if _MECHANISM.search(s)]
        if hits:
            found["lg_link_before_tasks"] = hits
    heard = " ".join(str(p) for p in data.get("preceding") or [])
    if _RULES_ADOPTED.search(heard):
        text = "\n".join(line for part in parts for line in part)
        hits = [s for s in _sentences(text.replace("\n", "")) if _RULES.search(s)]
        if hits:
            found["lg_rules_adopted"] = hits
    return found


def _bare_problems(text: str, data: dict) -> list[str]:
    problems = [str(p) for p in (data.get("review") or {}).get("problems") or []]
    if len(problems) < 2:
        return []
    first = problems[0].rstrip("。；")
    at = text.find(first)
    if at <= 0:
        return []
    before = text[at - 1]
    return [first] if before in "。\n　" else []


def _teachers_day(parts: list[list[str]]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    one = [s for line in (parts[1] if len(parts) > 1 else []) for s in _sentences(line)]
    demands = [s for s in one if _TD_DEMAND.search(s)]
    if demands:
        found["td_demand_in_review"] = demands
    abrupt = [
        s for part in parts for line in part for s in _sentences(line) if _TD_ABRUPT.search(s)
    ]
    if abrupt:
        found["td_abrupt"] = abrupt
    listed = [i for i, s in enumerate(one) if re.match(r"^[一二三四五六七八九十]是", s)]
    turn = next(
        (i for i, s in enumerate(one) if listed and i > listed[0] and _PROBLEMS_TURN.search(s)),
        None,
    )
    if listed and turn is not None:
        split = [s for s in one[listed[0] : turn] if _HONOR.search(s) and not _LISTED.match(s)]
        if split:
            found["td_honor_split"] = split
    return found


def _season(sentences: list[str], month: int, data: dict) -> list[str]:
    """The season's words the bank says out of season (the clerk's own words are his)."""
    clerk = yaml.safe_dump(data, allow_unicode=True)
    found = []
    for sentence in sentences:
        if any(sentence[i : i + 8] in clerk for i in range(len(sentence) - 7)):
            continue
        if (_RETURN.search(sentence) and month not in (1, 2, 3, 8, 9)) or (
            _MORE_ACTIVE.search(sentence) and month not in range(3, 10)
        ):
            found.append(sentence)
    return found


def _list_no_lead(parts: list[list[str]]) -> list[str]:
    return [
        part[1].strip()[:40]
        for part in parts[1:]
        if len(part) > 1
        and _ITEM.match(part[1])
        and not _PART.match(part[0]).group().endswith("要")  # type: ignore[union-attr]
    ]


def _month(data: dict) -> int:
    found = re.search(
        r"\d{4}\s*[-年./]\s*(\d{1,2})", str((data.get("meeting") or {}).get("date", ""))
    )
    return int(found.group(1)) if found else 0


def check(text: str, data: dict) -> dict[str, list[str]]:
    lines = _lines(text)
    parts = _parts(lines)
    sentences = [s for line in lines for s in _sentences(line)]
    kind = data.get("kind")
    found: dict[str, list[str]] = {}
    if kind == "concluding_remarks":
        found |= _concluding(parts, data)
    if kind == "leading_group":
        found |= _leading_group(parts, data)
    if kind == "teachers_day":
        found |= _teachers_day(parts)
    if kind in ("concluding_remarks", "leading_group", "safety", "teachers_day"):
        hits = _thanks_late(parts)
        if hits:
            found["thanks_late"] = hits
    for key, hits in (
        ("bare_problems", _bare_problems("\n".join(lines), data)),
        ("season", _season(sentences, _month(data), data)),
        ("list_no_lead", _list_no_lead(parts)),
        ("topic_late", _topic_late(lines, data)),
        ("steps_reversed", _steps_reversed(lines, data)),
    ):
        if hits:
            found[key] = hits
    return found


def _one(job: tuple[Path, int]) -> tuple[str, dict[str, list[str]], int]:
    return draft_findings(job, check)


def main() -> None:
    show = "--show" in sys.argv
    folders = [Path(a).resolve() for a in sys.argv[1:] if not a.startswith("--")]
    jobs = [(p, s) for p in profiles(folders) for s in SEEDS]
    with Pool(2) as pool:
        rendered, lines, drafts = tally(pool.imap(_one, jobs, chunksize=8), show)
    print(f"{rendered} drafts")
    for key in KEYS:
        print(f"{key}: {lines[key]} lines in {drafts[key]} drafts")


if __name__ == "__main__":
    main()
