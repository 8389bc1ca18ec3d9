"""Drafts that do not fit the occasion, the date or the mandate the profile gives (round am's
F, Y and L; branch occasion25).

Counts, over every profile of the repository (profiles/, tests' fixture profiles,
docs/review/*/profiles, each distinct text once) × seeds 1–3, the lines of each kind of
mismatch:

- ``title``: the profile names its meeting (meeting.name, or the first line's comment: # 全省
  教育系统安全工作电视电话会议) and the title does not say that name (a year and 全 aside);
- ``commended``: the meeting commends (表彰 in its name, or a commendation read before the
  speech) and the draft never congratulates the commended;
- ``entrusted``: the profile's on_behalf_of is X and the draft says 受Y委托 with Y not X;
- ``review_year``: a meeting from June to October that reviews the year so far (no
  review_year, no 上年/去年 in its review points) leads a review with 2028年， / 回顾2028年，;
- ``year_lead``: 今年的主要目标是： (or 今年…思路是：) over targets that are not the year's (a
  meeting from June to October whose targets do not say 全年/今年/年度, targets that all
  name a term or a break) or a guideline that names a term or a break;
- ``whole_year``: 今年要完成…, 今年的教师全员培训… at a school opening or teachers' day from
  July to October;
- ``scope``: a school's own arrangement (心理辅导室…开放时间, 各学科教研组要…) said by a speaker
  who is not the education bureau's or a school's head, or at a province; 各村/各嘎查 asked
  to look after boarding schools.

The rules are this script's own, so the same count runs over drafts of another tree:
  PYTHONPATH=/work/main/src python scripts/occasion_fit.py          (main)
  PYTHONPATH=src python scripts/occasion_fit.py                     (this tree)
  … scripts/occasion_fit.py --limit 200 --show 5                    (a sample, lines shown)
  … scripts/occasion_fit.py --changed OTHER.json --dump THIS.json   (lines that differ)
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SEEDS = (1, 2, 3)

_HEADING = re.compile(r"\A\ufeff?#(?P<line>[^\n]*)")
_TOKEN = re.compile(
    r"^[\u4e00-\u9fff0-9“”（）()]{2,40}?(?:会议|大会|座谈会|视频会|推进会|工作会|部署会|会)$"
)
_TERM = re.compile(r"寒假|暑假|暑期|假期|春节|放假|开学|学期|汛期|国庆|中秋|节日期间|节前|节后")
_YEAR = re.compile(r"全年|今年|本年|年度|年底|年内|年末|\d{4}年")
_LAST_YEAR = re.compile(r"上年|去年|上一年|上年度|\d{4}年(?!\d)")
_YEAR_TARGET_LEAD = re.compile(
    r"今年(?:工作)?的(?:主要)?目标|今年要实现的(?:主要)?目标|今年努力达到的目标|今年的[^。；，：]{0,12}要达到"
)
_YEAR_GUIDE_LEAD = re.compile(
    r"今年[^。；：，]{0,10}(?:思路|总体要求|总的要求|总的考虑|考虑)是?：|(?:做好|对)今年的[^。；：]{0,8}(?:总的要求|总体要求)"
)
_WHOLE_YEAR = re.compile(r"今年的?(?:教师)?全员培训|今年要完成|今年必须完成")
_SCHOOL_DETAIL = re.compile(r"心理辅导室[^。]{0,12}开放时间|固定开放时间|各学科教研组要")
_VILLAGE_BOARDING = re.compile(
    r"各(?:村|嘎查)(?:（社区）)?[^。]{0,16}寄宿制学校|寄宿制学校[^。]{0,16}各(?:村|嘎查)"
)
_CONGRATULATED = re.compile(r"受到表彰|受表彰|表彰的|获得表彰|受到表彰的")
_ENTRUSTED = re.compile(r"受([^，。；]{2,16}?)(?:主要负责同志)?委托")


def profile_files() -> list[Path]:
    found: list[Path] = []
    for pattern in (
        "profiles/*.yaml",
        "docs/review/*/profiles/*.yaml",
        "docs/review/profiles/*.yaml",
    ):
        found += sorted(ROOT.glob(pattern))
    for path in sorted(ROOT.glob("tests/**/*.yaml")):
        try:
            data = yaml.safe_load(path.read_text("utf-8"))
        except yaml.YAMLError:
            continue
        if isinstance(data, dict) and "kind" in data and "meeting" in data:
            found.append(path)
    seen: set[str] = set()
    unique = []
    for path in found:
        digest = hashlib.md5(path.read_bytes()).hexdigest()
        if digest not in seen:
            seen.add(digest)
            unique.append(path)
    return unique


def heading_name(text: str) -> str | None:
    found = _HEADING.match(text)
    if found is None:
        return None
    for word in re.split(r"[\s·|｜/]+", found["line"].strip()):
        if _TOKEN.match(word) and not re.search(r"讲话|报告|示例|speechdraft", word):
            return word
    return None


def _bare(name: str) -> str:
    return re.sub(r"\d{4}年|全|第\d+个", "", name)


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in [str(k), *_strings(v)]]
    if isinstance(value, list):
        return [s for item in value for s in _strings(item)]
    return [] if value is None else [str(value)]


def _role_is_bureau(title: str) -> bool:
    return bool(
        re.search(r"教育局|教育厅|教体局|教育和体育局|局长|厅长|中心学校|中心校|学区|校长", title)
    )


def mismatches(data: dict, text: str, title: str, lines: list[str]) -> list[tuple[str, str]]:
    """(kind, line) of every mismatch in one draft."""
    found: list[tuple[str, str]] = []
    meeting = data.get("meeting") or {}
    day = str(meeting.get("date", ""))
    month = int(day[5:7]) if re.match(r"\d{4}-\d{2}", day) else 0
    year = int(day[:4]) if month else 0
    name = meeting.get("name") or heading_name(text)
    if name and _bare(name) not in _bare(title):
        found.append(("title", title))
    preceding = " ".join(_strings(data.get("preceding")))
    if (name and "表彰" in name) or re.search(
        r"宣读[^。；]{0,12}表彰|表彰决定|颁奖|颁发", preceding
    ):
        if not any(_CONGRATULATED.search(line) for line in lines):
            found.append(("commended", title))
    speaker = data.get("speaker") or {}
    behalf = speaker.get("on_behalf_of")
    if behalf:
        for line in lines:
            for match in _ENTRUSTED.finditer(line):
                if not match.group(1).startswith(behalf):
                    found.append(("entrusted", line))
    review = (data.get("review") or {}).get("achievements") or []
    targets = data.get("targets") or {}
    if isinstance(targets, list):
        targets = {"items": targets}
    items = [str(i) for i in targets.get("items") or []]
    guideline = str(targets.get("guideline") or "")
    if 6 <= month <= 10 and not meeting.get("review_year") and data.get("kind") != "safety":
        if not any(_LAST_YEAR.search(s) for s in _strings(review)):
            lead = re.compile(rf"(?:^|[。！；])(?:回顾)?{year - 1}年，")
            found += [("review_year", line) for line in lines if lead.search(line)]
    not_year = (
        bool(items)
        and not any(_YEAR.search(i) for i in items)
        and (6 <= month <= 10 or all(_TERM.search(i) for i in items))
    )
    term_guide = bool(_TERM.search(guideline)) and not _YEAR.search(guideline)
    for line in lines:
        if (not_year or term_guide) and _YEAR_TARGET_LEAD.search(line):
            found.append(("year_lead", line))
        elif term_guide and _YEAR_GUIDE_LEAD.search(line):
            found.append(("year_lead", line))
    if data.get("kind") in ("school_opening", "teachers_day") and 7 <= month <= 10:
        found += [("whole_year", line) for line in lines if _WHOLE_YEAR.search(line)]
    level = (data.get("region") or {}).get("level", "")
    title_said = str(speaker.get("title", ""))
    for line in lines:
        if _SCHOOL_DETAIL.search(line) and (
            not _role_is_bureau(title_said) or level in ("province", "autonomous_region")
        ):
            found.append(("scope", line))
        elif _VILLAGE_BOARDING.search(line):
            found.append(("scope", line))
    return found


KINDS = ("title", "commended", "entrusted", "review_year", "year_lead", "whole_year", "scope")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--show", type=int, default=3)
    parser.add_argument("--dump", type=Path)
    args = parser.parse_args()
    from speechdraft.errors import ProfileError
    from speechdraft.pipeline import build_draft

    files = profile_files()
    if args.limit:
        files = files[:: max(1, len(files) // args.limit)][: args.limit]
    lines_by = Counter[str]()
    drafts_by = Counter[str]()
    shown: dict[str, list[str]] = {k: [] for k in KINDS}
    dump: dict[str, list[str]] = {}
    total_drafts = total_lines = failed = 0
    for path in files:
        text = path.read_text("utf-8")
        data = yaml.safe_load(text)
        for seed in SEEDS:
            try:
                made = build_draft(path, seed=seed)
            except (ProfileError, Exception):  # a fixture meant to fail
                failed += 1
                continue
            document = made.document
            lines = document.spoken_lines()
            total_drafts += 1
            total_lines += len(lines)
            found = mismatches(data, text, document.title, lines)
            key = f"{path.relative_to(ROOT)}#{seed}"
            dump[key] = [document.title, *lines]
            for kind in {k for k, _ in found}:
                drafts_by[kind] += 1
            for kind, line in found:
                lines_by[kind] += 1
                if len(shown[kind]) < args.show:
                    shown[kind].append(f"{key}: {line[:120]}")
    print(
        f"{len(files)} profiles × seeds {SEEDS}: {total_drafts} drafts, {total_lines} lines ({failed} not rendered)"
    )
    for kind in KINDS:
        print(f"  {kind:12} {lines_by[kind]:5} lines in {drafts_by[kind]:4} drafts")
        for line in shown[kind]:
            print(f"      {line}")
    print(f"  {'all':12} {sum(lines_by.values()):5} lines")
    if args.dump:
        args.dump.write_text(json.dumps(dump, ensure_ascii=False), "utf-8")


if __name__ == "__main__":
    sys.exit(main())
