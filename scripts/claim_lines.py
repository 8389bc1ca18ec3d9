"""Lines that infer what nobody gave or say it out of its time (claim23, round ak's A and F).

    python scripts/claim_lines.py [FOLDER…] [-v] [--seeds N]     # this tree's drafts
    PYTHONPATH=/work/main/src python scripts/claim_lines.py …      # main's drafts

Every profile of profiles/, docs/review/*/profiles and tests/fixtures/profiles (or those in
FOLDERs) at seeds 1–3; per check the lines found and the drafts they are in. The rules are
this file's own (no import from the tree), so the same count runs over any tree's drafts:

- ``title_inferred``: a concluding speech's title names a meeting the profile never named
  (在2028年全苏木教育工作会议上的总结讲话: which meeting it closes is the clerk's to say);
- ``opening_check``: 纳入开学检查 / 开学返校 at a meeting that is no opening's and is held
  in term (March to July, September to December), the profile not saying it;
- ``first_week``: 开学第一周…开齐开足课程 (a term-long rule as a first week's task);
- ``items_studied``: 刚才会上研究的事项 where the agenda studied nothing;
- ``itemized_lookback``: 逐项抓好落实 of a report or 通报 that only looked back (no plan, no
  problem pointed out);
- ``adopted_draft``: 审议通过的… naming a 送审稿/草案 the meeting only 审议;
- ``suggest_vs_count``: a 【建议：每季度/每月…】 beside a yearly count the profile gives that
  is smaller (督导今年要开展2次，…【建议：每季度通报一次】);
- ``plan_date``: a deadline for a plan's final review before the plan's last half-year said
  without a 【待核】 (明年3月底前完成“十五五”…终期评估 in November 2029);
- ``collective``: 先进集体 where the profile honours no collective.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from detector_runs import ROOT, run_detector

KEYS = (
    "title_inferred",
    "opening_check",
    "first_week",
    "items_studied",
    "itemized_lookback",
    "adopted_draft",
    "suggest_vs_count",
    "plan_date",
    "collective",
)

_SENTENCE = re.compile(r"[^。！？\n]*[。！？]|[^。！？\n]+$", re.M)
_OPENING = re.compile(r"开学(?:前|初|时)?(?:的)?(?:安全)?(?:大)?检查|开学返校|返校开学")
_FIRST_WEEK = re.compile(r"开学第一周[^。]*开齐开足")
_STUDIED = re.compile(
    r"会上研究的事项|会上(?:审议|讨论|议定)的事项|刚才(?:会上)?(?:研究|审议|讨论)(?:的|了)"
)
_AGENDA = re.compile(r"审议|研究|讨论|议定|审定|通过了")
_ITEMIZED = re.compile(r"(?:报告|汇报|通报|讲话|发言)[^。]{0,16}逐项(?:抓好)?落实")
_PLANS = re.compile(
    r"部署|安排|打算|计划|思路|要点|今年|明年|下一步|工作报告|作了报告|作报告|表态|要求"
)
_PROBLEMS = re.compile(r"问题|检查|督查|督导|暗访|隐患|排查|巡查|约谈")
_ADOPTED_DRAFT = re.compile(r"审议通过的[^。]*(?:送审稿|草案|征求意见稿)")
_REVISED = re.compile(r"修改|完善|报批|报审|吸收|定稿")  # a draft revised and submitted
_FREQUENCY = {"每季度": 4, "每月": 12, "每两个月": 6, "每半年": 2}
_SUGGEST = re.compile(r"【建议：(每季度|每月|每两个月|每半年)")
_COUNT = re.compile(r"(?:今年|全年|年内)[^。]{0,20}?(\d+|[一二两三])次")
_CN = {"一": 1, "二": 2, "两": 2, "三": 3}
_PLAN = re.compile(r"十([二三四五六七八])五")
_PLAN_NO = {"二": 12, "三": 13, "四": 14, "五": 15, "六": 16, "七": 17, "八": 18}
_DEADLINE = re.compile(r"(?:(20\d\d)年|(今年|明年))?(\d{1,2})月(?:底|末)?前")
_COLLECTIVE = re.compile(r"先进集体")
_NAMES_COLLECTIVE = re.compile(
    r"(?:先进|优秀|模范|班)集体|集体(?:奖|荣誉|称号)|(?:表彰|命名|授予|奖励)[^。；\n]{0,30}集体(?!宣誓)"
    r"|先进单位|先进学校|示范校"
)


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in [str(k), *_strings(v)]]
    if isinstance(value, list):
        return [s for item in value for s in _strings(item)]
    return [str(value)] if value is not None else []


def _day(data: dict[str, Any]) -> tuple[int, int]:
    raw = str((data.get("meeting") or {}).get("date") or "")
    found = re.match(r"(\d{4})\D+(\d{1,2})", raw)
    return (int(found[1]), int(found[2])) if found else (0, 0)


def _plan_misfit(sentence: str, year: int) -> bool:
    plan, due = _PLAN.search(sentence), _DEADLINE.search(sentence)
    if not plan or not due or "终期" not in sentence or "【待核" in sentence:
        return False
    last = 2011 + 5 * (_PLAN_NO[plan[1]] - 12) + 4
    due_year = int(due[1]) if due[1] else year + (1 if due[2] == "明年" else 0)
    return (due_year, int(due[3])) < (last, 7)


def _sentence_hits(sentence: str, data: dict[str, Any], told: str) -> list[str]:
    preceding = [str(p) for p in data.get("preceding") or []]
    year, month = _day(data)
    in_term = str(data.get("kind")) != "school_opening" and month not in (1, 2, 8)
    lookback = bool(preceding) and not any(
        _PLANS.search(p) or _PROBLEMS.search(p) for p in preceding
    )
    suggested, counted = _SUGGEST.search(sentence), _COUNT.search(sentence)
    given = (int(counted[1]) if counted[1].isdigit() else _CN[counted[1]]) if counted else 99
    tests = {
        "opening_check": in_term and _OPENING.search(sentence) and not _OPENING.search(told),
        "first_week": _FIRST_WEEK.search(sentence) and not _FIRST_WEEK.search(told),
        "items_studied": _STUDIED.search(sentence)
        and not any(_AGENDA.search(p) for p in preceding),
        "itemized_lookback": lookback and _ITEMIZED.search(sentence),
        "adopted_draft": _ADOPTED_DRAFT.search(sentence) and not _REVISED.search(sentence),
        "suggest_vs_count": suggested and given < _FREQUENCY[suggested[1]],
        "plan_date": _plan_misfit(sentence, year),
        "collective": _COLLECTIVE.search(sentence) and not _NAMES_COLLECTIVE.search(told),
    }
    return [key for key, hit in tests.items() if hit]


def check(text: str, data: dict[str, Any]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    told = "\n".join(_strings({k: v for k, v in data.items() if k != "speaker"}))
    title = text.splitlines()[0] if text else ""
    named = (data.get("meeting") or {}).get("name")
    if data.get("kind") == "concluding_remarks" and not named and "【待补" not in title:
        found["title_inferred"] = [title]
    for sentence in (s.strip() for s in _SENTENCE.findall("\n".join(text.splitlines()[1:]))):
        for key in _sentence_hits(sentence, data, told):
            found.setdefault(key, []).append(sentence)
    return found


if __name__ == "__main__":
    if not any(Path(a).is_dir() for a in sys.argv[1:]):
        folders = [
            ROOT / "profiles",
            *sorted((ROOT / "docs" / "review").glob("*/profiles")),
            ROOT / "tests" / "fixtures" / "profiles",
        ]
        sys.argv += [str(f) for f in folders if f.is_dir()]
    run_detector(check, KEYS, total=True)
