"""Stock lines that recur across drafts, and lines that do not fit the meeting's theme,
season or year (issue 11's D, E, F, Y; round ag: "the same safeguard blocks in every draft").

    python scripts/stock_lines.py                 # every profile of the repository, seeds 1–3
    python scripts/stock_lines.py FOLDER… [-v]    # other folders; -v lists every clause / hit
    python scripts/stock_lines.py --texts DIR     # also keep each draft's text in DIR
    python scripts/stock_lines.py --read DIR      # count texts kept by --texts (another tree's)

1. ``stock``: per kind, clauses of 15+ characters (split at ，。；：！？) found in more than a
   third of that kind's drafts (profiles × seeds). A general line said in a third of all drafts
   of a kind is a block a reader meets again in every other draft.
2. ``off_theme``: at a themed meeting (safety, school opening, teachers' day), a general line
   of another theme (school evaluation, assessment that compares progress, funding results,
   frugal building, the bureau's front desk).
3. ``off_season``: flood-season hazards (山体、河道、汛期) at a meeting from October to February;
   返校 as still to come at a meeting in March or September (term has begun).
4. ``stock_named``: the stock lines round ag's readers named (cut from the bank), and two said
   only where the profile gives their referent (纪律和规矩挺在前面, 网络沉迷、电信诈骗).
5. ``stale``: wordings past their years (网络沉迷…开始影响 after 2022, 普及高中阶段教育 as a task
   after 2021, 新课程、新教材 after 2025, 学习贯彻《教育强国建设规划纲要》 as the meeting's study
   after 2026, 健全党委统一领导…教育领导体制 before September 2018 or after 2025).
"""

from __future__ import annotations

import datetime
import re
import sys
from collections import Counter, defaultdict
from functools import partial
from multiprocessing import Pool
from pathlib import Path
from typing import Any

import yaml
from detector_runs import profiles

SEEDS = (1, 2, 3)
MIN_CLAUSE = 15
_CLAUSE = re.compile(r"[^，。；：！？\n]+")
_SENTENCE = re.compile(r"[^。！？\n]+[。！？]?")
THEMED = {"safety", "school_opening", "teachers_day"}
OFF_THEME = re.compile(
    r"改进对学校的评价|既比水平、又比进步|看得到希望|经费使用成效|勤俭办学|形象工程"
    r"|来办事的学校和群众|不再让学校另外填报"
)
FLOOD = re.compile(r"山体|河道|山洪|入汛|主汛期|汛期(?:到来|来临|将至)")
RETURN_AHEAD = re.compile(r"开学返校是|返校前|返校之前|返校的关键")
# the stock lines round ag's readers named, cut from the bank or said only with their referent
STOCK_NAMED = re.compile(
    r"既当检查员|群众说好才是真的好|群众最有发言权|把功夫下在平时，防患于未然|立足于防，把功夫下在事前"
    r"|劲往一处使，教育(?:发展中的|上的)难题|把问题当作改进工作的机会|不搞选择、不搞变通"
    r"|每一点进步，都有老师的一份心血|教师的工作和生活，各学校都要放在心上"
)
_REFERENT = (
    (
        re.compile(r"把纪律和规矩挺在前面"),
        re.compile(r"纪律|规矩|从严治党|廉洁|廉政|作风建设|党风"),
    ),
    (re.compile(r"网络沉迷[、和]电信诈骗"), re.compile(r"网络|诈骗|沉迷|手机")),
)
STALE = (
    (re.compile(r"网络沉迷、电信诈骗等也开始"), datetime.date(2023, 1, 1), None),
    (re.compile(r"要普及高中阶段教育|普及高中阶段教育的短板"), datetime.date(2022, 1, 1), None),
    (re.compile(r"新课程、新教材"), datetime.date(2026, 1, 1), None),
    (re.compile(r"主要是学习贯彻《教育强国建设规划纲要"), datetime.date(2027, 1, 1), None),
    (
        re.compile(r"健全[^。]{0,12}党委统一领导、党政齐抓共管、部门各负其责"),
        datetime.date(2026, 1, 1),
        datetime.date(2018, 9, 10),
    ),
)


def clauses(text: str) -> set[str]:
    return {c.strip() for c in _CLAUSE.findall(text) if len(c.strip()) >= MIN_CLAUSE}


def meeting_date(data: dict[str, Any]) -> datetime.date:
    value = (data.get("meeting") or {}).get("date")
    if isinstance(value, datetime.date):
        return value
    return datetime.date.fromisoformat(str(value))


def _sentence_keys(s: str, kind: str, when: datetime.date, written: str) -> list[str]:
    """The checks one sentence trips."""
    keys = []
    if kind in THEMED and OFF_THEME.search(s):
        keys.append("off_theme")
    if (when.month in (10, 11, 12, 1, 2) and FLOOD.search(s)) or (
        when.month in (3, 9) and RETURN_AHEAD.search(s)
    ):
        keys.append("off_season")
    if STOCK_NAMED.search(s) or any(
        pattern.search(s) and not referent.search(written) for pattern, referent in _REFERENT
    ):
        keys.append("stock_named")
    if any(
        pattern.search(s) and (when >= until or (since and when < since))
        for pattern, until, since in STALE
    ):
        keys.append("stale")
    return keys


def check(text: str, data: dict[str, Any]) -> dict[str, list[str]]:
    """The theme, season, year and named-stock checks on one draft."""
    kind = str(data.get("kind", ""))
    try:
        when = meeting_date(data)
    except (ValueError, TypeError):
        return {}
    written = yaml.safe_dump(
        {k: v for k, v in data.items() if k not in ("speaker", "region", "kind", "seed")},
        allow_unicode=True,
    )
    found: dict[str, list[str]] = {}
    for line in text.splitlines():
        for sentence in _SENTENCE.findall(line):
            s = sentence.strip()
            for key in _sentence_keys(s, kind, when, written):
                found.setdefault(key, []).append(f"{kind} {when}：{s}")
    return found


def render(
    job: tuple[Path, int], keep: Path | None, read: Path | None = None
) -> tuple[str, str, str, dict[str, Any]]:
    from speechdraft.pipeline import build_draft
    from speechdraft.writers.text import to_text

    path, seed = job
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    name = f"{path.parent.parent.name}-{path.stem}#{seed}"
    if read is not None:
        kept = read / f"{name}.txt"
        text = kept.read_text(encoding="utf-8") if kept.exists() else ""
        return (name, str(data.get("kind", "")), text, data)
    try:
        text = to_text(build_draft(path, seed=seed).document)
    except Exception:  # a review's profile the current schema refuses: not counted
        return (name, "", "", data)
    if keep is not None:
        (keep / f"{name}.txt").write_text(text, encoding="utf-8")
    return (name, str(data.get("kind", "")), text, data)


KINDS = (
    "leader_speech",
    "work_report",
    "concluding_remarks",
    "leading_group",
    "teachers_day",
    "school_opening",
    "safety",
)


def _stock(by_kind: dict[str, Counter[str]], drafts: Counter[str], show: bool) -> None:
    """Per kind, the clauses in more than a third of its drafts (kinds spelt in Chinese by a
    few old profiles are left out: a handful of drafts makes no third)."""
    total = 0
    for kind in KINDS:
        common = [(c, n) for c, n in by_kind[kind].items() if n > drafts[kind] / 3]
        total += len(common)
        print(f"stock {kind}: {len(common)} clauses in more than a third of {drafts[kind]} drafts")
        if show:
            for clause, n in sorted(common, key=lambda x: -x[1]):
                print(f"  {n:4d}  {clause}")
    print(f"stock: {total} clauses")


def _option(argv: list[str], name: str) -> Path | None:
    return Path(argv[argv.index(name) + 1]) if name in argv else None


def main() -> None:
    argv = sys.argv[1:]
    show = "-v" in argv
    keep, read = _option(argv, "--texts"), _option(argv, "--read")
    if keep is not None:
        keep.mkdir(parents=True, exist_ok=True)
    skip = {p.resolve() for p in (keep, read) if p}
    folders = [Path(a).resolve() for a in argv if not a.startswith("-") and Path(a).is_dir()]
    jobs = [(p, s) for p in profiles([f for f in folders if f not in skip] or None) for s in SEEDS]
    by_kind: dict[str, Counter[str]] = defaultdict(Counter)
    drafts: Counter[str] = Counter()
    lines: Counter[str] = Counter()
    hit_drafts: Counter[str] = Counter()
    with Pool(2) as pool:
        for name, kind, text, data in pool.imap(partial(render, keep=keep, read=read), jobs, 8):
            if not text:
                continue
            drafts[kind] += 1
            by_kind[kind].update(clauses(text))
            for key, hits in check(text, data).items():
                lines[key] += len(hits)
                hit_drafts[key] += 1
                for hit in hits if show else ():
                    print(f"{key}\t{name}\t{hit}")
    print(f"{sum(drafts.values())} drafts")
    _stock(by_kind, drafts, show)
    for key in ("stock_named", "off_theme", "off_season", "stale"):
        print(f"{key}: {lines[key]} lines in {hit_drafts[key]} drafts")


if __name__ == "__main__":
    main()
