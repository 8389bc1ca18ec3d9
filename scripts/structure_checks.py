"""Counts round z's structure families (issue 11's S, F and last A lines) over rendered drafts.

    python scripts/structure_checks.py             # every profile of the repository, seeds 1–3
    python scripts/structure_checks.py --show      # … and the lines each detector finds

Detectors (each a rule over what a draft says, not a list of sentences):
- ``plan_bare``: a plan sentence (今年全县计划…, …项目计划总投资…) said with no lead before it,
  as a section's first line or in the paragraph of the targets, not in its area's section;
- ``plan_year``: 今年…计划 of a figure whose task names a span of years (三年攻坚, 2033—2035年,
  十四五) — the profile did not say it is the year's;
- ``plan_school``: a school's head saying the place plans (全乡计划…), a decision not theirs;
- ``recent_count``: 近期N次 of a count the profile gives for the year;
- ``concluding_relist``: a concluding speech after a report that re-lists last year's
  achievements one by one (一是…二是… with the report's figures);
- ``invented``: 回头看, 校企对接平台 and a 整改 heading where the profile names nothing to fix.
"""

from __future__ import annotations

import re
import sys
from multiprocessing import Pool
from pathlib import Path

import yaml
from detector_runs import draft_findings, profiles, tally

SEEDS = (1, 2, 3)

PLAN = re.compile(r"(?:全(?:省|市|州|盟|县|区|旗|乡|镇|苏木|自治区)|项目|工程|领导小组|委员会)计划")
_LED = re.compile(r"^要[^，。]{2,24}，")
_SPAN = re.compile(r"[三五]年(?:攻坚|行动|规划)|\d{4}\s*[—\-－~～至]\s*\d{2,4}年|十[四五六七]五")
_SCHOOL_HEAD = re.compile(r"校长|园长|书记.*学校|学校.*书记")
_PLACE_PLANS = re.compile(r"全(?:乡|镇|苏木|县|旗|区|市)计划")
_RECENT = re.compile(r"近期\d+次")
_FIX_HEADING = re.compile(r"整改责任|督促整改|问责整改|问题整改")
_FIX_SOURCE = re.compile(r"整改|督查|督导|巡视|巡察|审计|隐患|检查")
_INVENTED = re.compile(r"回头看|校企对接平台")
_SENTENCE = re.compile(r"[^。！？]*[。！？]")
_HEADING = re.compile(r"^　　(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)")


def _lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


def _number(value: object) -> str:
    found = re.search(r"\d[\d.]*", str(value).replace(",", ""))
    return found.group() if found else ""


def _spans(data: dict) -> list[str]:
    """The figures of every task whose own words name a span of years."""
    values: list[str] = []
    for task in data.get("priorities") or []:
        if not isinstance(task, dict):
            continue
        words = " ".join(
            [str(task.get("area", "")), str(task.get("title", ""))]
            + [str(p) for p in task.get("points") or []]
        )
        if _SPAN.search(words):
            values += [_number(v).split(".")[0] for v in (task.get("facts") or {}).values()]
    return values


def _plan_bare(lines: list[str]) -> list[str]:
    """Plan sentences with no lead, first under a heading or after the targets."""
    found = []
    heading_before = False
    for line in lines:
        if _HEADING.match(line):
            heading_before = True
            continue
        sentences = _SENTENCE.findall(line.strip())
        for i, sentence in enumerate(sentences):
            if not PLAN.search(sentence) or _LED.match(sentence):
                continue
            if (heading_before and i == 0) or any("目标" in s for s in sentences[:i]):
                found.append(sentence)
        heading_before = False
    return found


def _sentence_checks(sentences: list[str], data: dict) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    spans = _spans(data)
    head = bool(_SCHOOL_HEAD.search(str((data.get("speaker") or {}).get("title", ""))))
    for sentence in sentences:
        plain = sentence.replace(",", "")
        if (
            "今年" in sentence
            and "计划" in sentence
            and any(v in plain for v in spans if len(v) > 1)
        ):
            found.setdefault("plan_year", []).append(sentence)
        if _RECENT.search(sentence):
            found.setdefault("recent_count", []).append(sentence)
        if _INVENTED.search(sentence):
            found.setdefault("invented", []).append(sentence)
        if head and _PLACE_PLANS.search(sentence):
            found.setdefault("plan_school", []).append(sentence)
    return found


def _fix_headings(lines: list[str], data: dict) -> list[str]:
    """整改 headings where the profile names nothing found to fix."""
    kept = ("review", "priorities", "safeguards", "targets")
    raw = yaml.safe_dump({k: v for k, v in data.items() if k in kept}, allow_unicode=True)
    if _FIX_SOURCE.search(raw):
        return []
    return [line.strip() for line in lines if _HEADING.match(line) and _FIX_HEADING.search(line)]


def _relisted(sentences: list[str], data: dict) -> list[str]:
    """A concluding speech after a report listing last year's achievements 一是…二是…."""
    if data.get("kind") != "concluding_remarks":
        return []
    heard = " ".join(str(p) for p in data.get("preceding") or [])
    if "报告" not in heard and "汇报" not in heard:
        return []
    achievements = (data.get("review") or {}).get("achievements") or []
    figures = [
        _number(v)
        for a in achievements
        if isinstance(a, dict)
        for v in (a.get("figures") or {}).values()
    ]
    listed = [
        sentence
        for sentence in sentences
        if re.match(r"^[一二三四五六七八九十]是", sentence)
        and any(f in sentence for f in figures if len(f) >= 2)
    ]
    return listed if len(listed) >= 2 else []


def check(text: str, data: dict) -> dict[str, list[str]]:
    lines = _lines(text)
    sentences = [s for line in lines for s in _SENTENCE.findall(line.strip())]
    found = _sentence_checks(sentences, data)
    for key, hits in (
        ("plan_bare", _plan_bare(lines)),
        ("invented", _fix_headings(lines, data)),
        ("concluding_relist", _relisted(sentences, data)),
    ):
        if hits:
            found.setdefault(key, []).extend(hits)
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
    for key in (
        "plan_bare",
        "plan_year",
        "plan_school",
        "recent_count",
        "concluding_relist",
        "invented",
    ):
        print(f"{key}: {lines[key]} lines in {drafts[key]} drafts")


if __name__ == "__main__":
    main()
