"""Counts the figure lines readers mark (round ap's family figures30) in drafts of many profiles.

    PYTHONPATH=src python scripts/figures30_lines.py [--seeds 1,2,3] [--every N] [-v] [FOLDER…]

Without folders: profiles/ and every docs/review/*/profiles. Each defect is counted once per
line it occurs on:

- ``frame``: a present figure wrapped in an empty frame (…，这是今年工作的起点 / 今年的工作就从
  这个实际出发);
- ``gap_given``: a 【待补：X】 for a field the profile fills (续建项目数: 现有17个);
- ``gap_unnamed``: a 【待补：X（单位）】 for an indicator the profile never names, raised as a target;
- ``plan_as_year``: a figure the profile gives as 计划N said with 今年 and neither 计划 nor 拟;
- ``at_least_above``: 至少 and 以上 on the same count;
- ``modal_order``: 要 before a time and an agent (要开学前由…);
- ``count_after``: a count after its people and before 全部 (新入职教师68名全部).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

from speechdraft.pipeline import build_draft
from speechdraft.writers.text import to_text

ROOT = Path(__file__).resolve().parents[1]

_FRAME = re.compile(r"这是今年工作的起点|今年的工作就从这个实际出发")
_GAP = re.compile(r"【待补：([^（】]+)（([^）]+)）】")
_MEASURE = re.compile(r"%|[个所名人次项辆家门天间]|人次|万元|亿元|元|小时|平方米|万人次")
_AT_LEAST_ABOVE = re.compile(r"至少[^。，；]{0,12}以上")
_MODAL_ORDER = re.compile(r"要(?:开学前|放假前|节前|年底前|月底前)由")
_COUNT_AFTER = re.compile(r"[\u4e00-\u9fff]{2,}\d+名全部")
_PLAN_VALUE = re.compile(r"^计划(?P<n>[\d,.]+(?:万|亿)?)(?P<unit>\S*)$")


def _profile_facts(text: str) -> dict[str, str]:
    """The ``label: value`` pairs a profile's YAML text gives (flow and block maps alike)."""
    pairs = re.findall(r"([^\s{},:：]+):\s*([^,{}\n]+)", text)
    return {k.strip(): v.strip() for k, v in pairs}


def _gaps(line: str, facts: dict[str, str], profile_text: str) -> list[str]:
    found: list[str] = []
    for label, unit in _GAP.findall(line):
        if not _MEASURE.fullmatch(unit):
            continue  # 【待补：主要做法（一两句）】 asks for words, not an indicator
        if facts.get(label):
            found.append("gap_given")
        elif label not in profile_text:
            found.append("gap_unnamed")
    return found


def _plans_as_year(line: str, facts: dict[str, str]) -> list[str]:
    found: list[str] = []
    for value in facts.values():
        plan = _PLAN_VALUE.match(value)
        said = f"{plan['n']}{plan['unit']}" if plan else ""
        for sentence in re.split(r"[。；]", line) if said else ():
            if said in sentence and "今年" in sentence and not re.search(r"计划|拟", sentence):
                found.append("plan_as_year")
    return found


_WORDING = (
    ("frame", _FRAME),
    ("at_least_above", _AT_LEAST_ABOVE),
    ("modal_order", _MODAL_ORDER),
    ("count_after", _COUNT_AFTER),
)


def _defects(line: str, facts: dict[str, str], profile_text: str) -> list[str]:
    found = [name for name, pattern in _WORDING if pattern.search(line)]
    return found + _gaps(line, facts, profile_text) + _plans_as_year(line, facts)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("folders", nargs="*")
    parser.add_argument("--seeds", default="1,2,3")
    parser.add_argument("--every", type=int, default=1, help="every N-th profile (a sample)")
    parser.add_argument("-v", action="store_true", help="print each line found")
    args = parser.parse_args()
    folders = [Path(f) for f in args.folders] or [
        ROOT / "profiles",
        *sorted((ROOT / "docs" / "review").glob("*/profiles")),
    ]
    profiles = [p for f in folders for p in sorted(f.glob("*.yaml"))][:: args.every]
    seeds = [int(s) for s in args.seeds.split(",")]
    counts: Counter[str] = Counter()
    drafts = 0
    for profile in profiles:
        text = profile.read_text(encoding="utf-8")
        facts = _profile_facts(text)
        for seed in seeds:
            try:
                draft = build_draft(profile, seed=seed)
            except Exception:  # a profile the tool refuses counts nothing
                continue
            drafts += 1
            for line in to_text(draft.document).splitlines():
                for defect in _defects(line, facts, text):
                    counts[defect] += 1
                    if args.v:
                        print(f"{defect}\t{profile.name}:{seed}\t{line.strip()}")
    print(f"{drafts} drafts")
    for name in (
        "frame",
        "gap_given",
        "gap_unnamed",
        "plan_as_year",
        "at_least_above",
        "modal_order",
        "count_after",
    ):
        print(f"{name:16} {counts[name]}")
    print(f"{'total':16} {sum(counts.values())}")


if __name__ == "__main__":
    sys.exit(main())
