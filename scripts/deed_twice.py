"""A clerk's deed said twice in one sentence (round al's D and R on the review lines; branch
once24).

    PYTHONPATH=src python scripts/deed_twice.py [FOLDER…] [-v] [--seeds N]

Renders every profile (profiles/ and every docs/review/*/profiles, or those in FOLDERs) at
seeds 1–3 and counts the sentences in which:

- ``twice``: a run of four Han characters of a clerk's review point or figure name (or a
  priority's point or fact name) occurs in two clauses of one ；-item (公开招聘教师，…招聘教师210名; 一是疫情期间…，
  疫情期间…), or a figure name's verb and its thing both occur twice (排查校外培训机构，排查
  机构326家);
- ``whole``: a claim of the whole (全覆盖, 全面达标, 全部…) and a 100% figure (实现全覆盖，…
  覆盖率达到100%);
- ``trend``: a level, then the trend that led to it (占比达到68%，持续提高);
- ``column``: a figure name said as a table's column (累计通过县数88个, …落实学校全部).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from detector_runs import run_detector  # noqa: E402, RUF100

KEYS = ("twice", "whole", "trend", "column")
_SENTENCE = re.compile(r"[^。！？\n]+[。！？]?")
_HAN = re.compile(r"[\u4e00-\u9fff]+")
# runs that any sentence of the genre may say twice without saying a deed twice
_STOCK = frozenset({"教育工作", "工作会议", "学校教育", "教育教学"})
_WHOLE = re.compile(r"全覆盖|全面达标|全部达标|全面覆盖")
_FULL = re.compile(r"(?<![\d.])100%")
_TREND_AFTER = re.compile(r"达到\d[\d.]*%，(?:持续|逐年|不断|稳步)(?:提高|提升|上升|增加|增长)")
_COLUMN = re.compile(
    r"[\u4e00-\u9fff](?:县数|校数|所数|园数)\d|(?:落实|实行|建立)(?:学校|幼儿园)全部"
)


def _clerk_strings(data: dict[str, Any]) -> tuple[list[str], list[str]]:
    """The clerk's points and figure names (review and priorities): (texts, figure names)."""
    texts: list[str] = []
    names: list[str] = []
    review = data.get("review") or {}
    for item in review.get("achievements") or []:
        if isinstance(item, str):
            texts.append(item)
            continue
        if not isinstance(item, dict):
            continue
        texts.extend(str(p) for p in item.get("points") or [])
        names.extend(str(k) for k in (item.get("figures") or {}))
    for item in data.get("priorities") or []:
        if not isinstance(item, dict):
            continue
        texts.extend(str(p) for p in item.get("points") or [])
        names.extend(str(k) for k in (item.get("facts") or {}))
    return texts, names


def _grams(texts: list[str]) -> set[str]:
    grams: set[str] = set()
    for text in texts:
        for run in _HAN.findall(text):
            grams.update(run[i : i + 4] for i in range(len(run) - 3))
    return grams - _STOCK


def _twice(segment: str, grams: set[str], deeds: list[tuple[str, str]]) -> bool:
    """Within one ；-item, a clerk's run said in two of its ，-clauses (not twice in one)."""
    clauses = segment.split("，")
    if len(clauses) < 2:
        return False

    def spread(word: str) -> bool:
        return sum(1 for c in clauses if word in c) >= 2

    return any(g in segment and spread(g) for g in grams) or any(
        spread(v) and spread(o) for v, o in deeds
    )


def check(text: str, data: dict[str, Any]) -> dict[str, list[str]]:
    texts, names = _clerk_strings(data)
    grams = _grams(texts + names)
    deeds = [
        (n[:2], n[-2:]) for n in names if len(n) >= 4 and _HAN.fullmatch(n) and n[:2] != n[-2:]
    ]
    found: dict[str, list[str]] = {}
    for sentence in _SENTENCE.findall(text):
        sentence = sentence.strip()
        if len(sentence) < 6:
            continue
        twice = any(_twice(segment, grams, deeds) for segment in sentence.split("；"))
        if twice:
            found.setdefault("twice", []).append(sentence)
        if _WHOLE.search(sentence) and _FULL.search(sentence):
            found.setdefault("whole", []).append(sentence)
        if _TREND_AFTER.search(sentence):
            found.setdefault("trend", []).append(sentence)
        if _COLUMN.search(sentence):
            found.setdefault("column", []).append(sentence)
    return found


if __name__ == "__main__":
    run_detector(check, KEYS, total=True)
