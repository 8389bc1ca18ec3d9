"""Drafts that do not fit the occasion, the date or the mandate the profile gives (round am's
F, Y and L; branch occasion25).

Counts, over every profile of the repository (profiles/, tests' fixture profiles,
docs/review/*/profiles, each distinct text once) × seeds 1–3, the lines of each kind of
mismatch:

- ``title``: the profile names its meeting (meeting.name, or the first line's comment: # 全省
  教育系统安全工作电视电话会议) and the title does not say that name (a year and 全 aside);
- ``commended``: the meeting commends (表彰 in its name, or a commendation read before the
  speech) and the draft, not a work report, never congratulates the commended;
- ``entrusted``: the profile's on_behalf_of is X and the draft says 受Y委托 with Y not X;
- ``review_year``: a meeting from June to October that reviews the year so far (no
  review_year, no 上年/去年 in its review points) leads a review with 2028年， / 回顾2028年，;
- ``year_lead``: the lead 今年的主要目标是： (or 今年…思路是：) over targets that are not the year's (a
  meeting from June to October whose targets do not say 全年/今年/年度, targets that all
  name a term or a break) or a guideline that names a term or a break;
- ``whole_year``: 今年要完成…, 今年的教师全员培训… at a school opening or teachers' day from
  July to October;
- ``enrolment``: the rules of enrolment (起始年级招生要严格执行免试就近入学…) from August to
  October, when enrolment is over, where the profile does not name them;
- ``plan_phase``: a plan's phase past its year (开局十六五 in 2032, 十五五中期目标 in 2029) not
  marked 【待核】;
- ``scope``: a school's own arrangement (心理辅导室…开放时间, 各学科教研组要…) said by a speaker
  who is not the education bureau's or a school's head, or at a province; 各村/各嘎查 asked
  to look after boarding schools.

The rules are this script's own, so the same count runs over drafts of another tree:
  PYTHONPATH=/work/main/src python scripts/occasion_fit.py          (main)
  PYTHONPATH=src python scripts/occasion_fit.py                     (this tree)
  … scripts/occasion_fit.py --limit 200 --show 5                    (a sample, lines shown)
  … scripts/occasion_fit.py --dump main.json                        (keep the drafts' lines)
  … scripts/occasion_fit.py --score main.json                       (count a kept dump again)
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
from collections import Counter
from collections.abc import Callable
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
# the leads before the clerk's targets (今年工作的主要目标是：…), not a unit's own 今年…要达到
_YEAR_TARGET_LEAD = re.compile(
    r"今年(?:工作)?的(?:主要)?目标是：|今年要实现的(?:主要)?目标是：|今年努力达到的目标是："
)
_YEAR_GUIDE_LEAD = re.compile(
    r"今年[^。；：，]{0,10}(?:思路|总体要求|总的要求|总的考虑|考虑)是?：|(?:做好|对)今年的[^。；：]{0,8}(?:总的要求|总体要求)"
)
_WHOLE_YEAR = re.compile(r"今年的?(?:教师)?全员培训|今年要完成|今年必须完成")
_SCHOOL_DETAIL = re.compile(r"心理辅导室[^。]{0,12}开放时间|固定开放时间|各学科教研组要")
_VILLAGE_BOARDING = re.compile(
    r"各(?:村|嘎查)(?:（社区）)?[^。]{0,16}寄宿制学校|寄宿制学校[^。]{0,16}各(?:村|嘎查)"
)
_ENROLMENT = re.compile(
    r"提前招生|跨区域招生|违规招生|掐尖招生|招生(?:计划|范围|结果|政策)|划片招生|公民同招"
    r"|起始年级招生|免试就近入学|规范招生入学"
)
_PLAN_NUMBERS = {"二": 12, "三": 13, "四": 14, "五": 15, "六": 16, "七": 17, "八": 18}
_PHASE = re.compile(
    r"(?P<phase>开局)“?十(?P<plan>[二三四五六七八])五"
    r"|十(?P<plan2>[二三四五六七八])五”?(?:规划)?(?P<phase2>中期|收官)"
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
        re.search(
            r"教育局|教育厅|教体局|教育和体育局|教育工委|局长|厅长|中心学校|中心校|学区|校长", title
        )
    )


class _Profile:
    """What the rules read of one profile."""

    def __init__(self, data: dict, text: str) -> None:
        self.data = data
        meeting = data.get("meeting") or {}
        self.meeting = meeting
        day = str(meeting.get("date", ""))
        self.month = int(day[5:7]) if re.match(r"\d{4}-\d{2}", day) else 0
        self.year = int(day[:4]) if self.month else 0
        self.name = meeting.get("name") or heading_name(text)
        self.speaker = data.get("speaker") or {}
        targets = data.get("targets") or {}
        if isinstance(targets, list):
            targets = {"items": targets}
        self.items = [str(i) for i in targets.get("items") or []]
        self.guideline = str(targets.get("guideline") or "")
        self.words = " ".join(_strings(data))


def _points(data: dict) -> list[str]:
    found: list[str] = []
    for key in ("priorities", "safeguards"):
        for section in data.get(key) or []:
            if isinstance(section, dict):
                found += [str(point) for point in section.get("points") or []]
    return found


def _title_and_salute(p: _Profile, title: str, lines: list[str]) -> list[tuple[str, str]]:
    found = []
    if p.name and _bare(p.name) not in _bare(title):
        found.append(("title", title))
    preceding = " ".join(_strings(p.data.get("preceding")))
    commends = (p.name and "表彰" in p.name) or re.search(
        r"宣读[^。；]{0,12}表彰|表彰决定|颁奖|颁发", preceding
    )
    # a work report is the bureau's account to the meeting, not a salute
    reports = p.data.get("kind") in ("work_report", "工作报告")
    if commends and not reports and not any(_CONGRATULATED.search(line) for line in lines):
        found.append(("commended", title))
    behalf = p.speaker.get("on_behalf_of")
    if behalf:
        found += [
            ("entrusted", line)
            for line in lines
            for match in _ENTRUSTED.finditer(line)
            if not match.group(1).startswith(behalf)
        ]
    return found


def _time_frame(p: _Profile, lines: list[str]) -> list[tuple[str, str]]:
    found = []
    review = (p.data.get("review") or {}).get("achievements") or []
    if (
        6 <= p.month <= 10
        and not p.meeting.get("review_year")
        and p.data.get("kind") != "safety"
        and not any(_LAST_YEAR.search(s) for s in _strings(review))
    ):
        lead = re.compile(rf"(?:^|[。！；])(?:回顾)?{p.year - 1}年，")
        found += [("review_year", line) for line in lines if lead.search(line)]
    not_year = (
        bool(p.items)
        and not any(_YEAR.search(i) for i in p.items)
        and (6 <= p.month <= 10 or all(_TERM.search(i) for i in p.items))
    )
    term_guide = bool(_TERM.search(p.guideline)) and not _YEAR.search(p.guideline)
    found += [
        ("year_lead", line)
        for line in lines
        if ((not_year or term_guide) and _YEAR_TARGET_LEAD.search(line))
        or (term_guide and _YEAR_GUIDE_LEAD.search(line))
    ]
    if p.data.get("kind") in ("school_opening", "teachers_day") and 7 <= p.month <= 10:
        found += [("whole_year", line) for line in lines if _WHOLE_YEAR.search(line)]
    if 8 <= p.month <= 10 and not _ENROLMENT.search(p.words):
        found += [("enrolment", line) for line in lines if _ENROLMENT.search(line)]
    # the clerk's own forward words (guideline, targets, points), not the review's
    forward = [t[:10] for t in (p.guideline, *p.items, *_points(p.data)) if len(t) >= 6]
    for line in (line for line in lines if any(t in line for t in forward)):
        marks = [m.span() for m in re.finditer(r"【[^】]*】", line)]
        for match in _PHASE.finditer(line):
            if any(start <= match.start() < end for start, end in marks):
                continue  # the words of a mark (【待核：“十五五”中期在2028年…】)
            plan = match.group("plan") or match.group("plan2")
            first = 2011 + 5 * (_PLAN_NUMBERS[plan] - 12)
            due = (
                first
                + {"开局": 0, "中期": 2, "收官": 4}[match.group("phase") or match.group("phase2")]
            )
            back = 1 if re.search(r"巩固|成果|成效|基础上|经验|回顾|总结", line) else 0
            if p.year > due + back and "【待核" not in line[match.end() : match.end() + 60]:
                found.append(("plan_phase", line))
    return found


def _scope(p: _Profile, lines: list[str]) -> list[tuple[str, str]]:
    level = (p.data.get("region") or {}).get("level", "")
    high = level in ("province", "autonomous_region")
    bureau = _role_is_bureau(str(p.speaker.get("title", "")))
    return [
        ("scope", line)
        for line in lines
        if (_SCHOOL_DETAIL.search(line) and (not bureau or high)) or _VILLAGE_BOARDING.search(line)
    ]


def mismatches(data: dict, text: str, title: str, lines: list[str]) -> list[tuple[str, str]]:
    """(kind, line) of every mismatch in one draft."""
    p = _Profile(data, text)
    return _title_and_salute(p, title, lines) + _time_frame(p, lines) + _scope(p, lines)


KINDS = (
    "title",
    "commended",
    "entrusted",
    "review_year",
    "year_lead",
    "whole_year",
    "enrolment",
    "plan_phase",
    "scope",
)


def _render_all(files: list[Path]) -> dict[str, list[str]]:
    """Every profile's drafts, seeds 1–3: {"path#seed": [title, line, …]}."""
    from speechdraft.pipeline import build_draft

    drafts: dict[str, list[str]] = {}
    for path in files:
        for seed in SEEDS:
            try:
                document = build_draft(path, seed=seed).document
            except Exception:
                continue
            drafts[f"{path.relative_to(ROOT)}#{seed}"] = [document.title, *document.spoken_lines()]
    return drafts


Find = Callable[[dict, str, str, list[str]], list[tuple[str, str]]]


def report(
    drafts: dict[str, list[str]], show: int, kinds: tuple[str, ...] = KINDS, find: Find = mismatches
) -> Counter[str]:
    """Per kind of mismatch the lines ``find`` reports (given the profile's data and text,
    the draft's title and lines) and the drafts they are in, with ``show`` examples each."""
    lines_by = Counter[str]()
    drafts_by = Counter[str]()
    shown: dict[str, list[str]] = {k: [] for k in kinds}
    texts: dict[str, tuple[dict, str]] = {}
    for key, (title, *lines) in drafts.items():
        name = key.rsplit("#", 1)[0]
        if name not in texts:
            text = (ROOT / name).read_text("utf-8")
            loaded = yaml.safe_load(text)
            texts[name] = (loaded if isinstance(loaded, dict) else {}, text)
        data, text = texts[name]
        found = find(data, text, title, lines)
        for kind in {k for k, _ in found}:
            drafts_by[kind] += 1
        for kind, line in found:
            lines_by[kind] += 1
            if len(shown[kind]) < show:
                shown[kind].append(f"{key}: {line[:120]}")
    total = sum(len(lines) for lines in drafts.values())
    width = max(len(k) for k in kinds) + 2
    print(f"{len(texts)} profiles × seeds {SEEDS}: {len(drafts)} drafts, {total} lines")
    for kind in kinds:
        print(f"  {kind:{width}} {lines_by[kind]:5} lines in {drafts_by[kind]:4} drafts")
        for line in shown[kind]:
            print(f"      {line}")
    print(f"  {'all':{width}} {sum(lines_by.values()):5} lines")
    return lines_by


def main(kinds: tuple[str, ...] = KINDS, find: Find = mismatches) -> None:
    """The command line both this script and bookend_lines.py answer to: render every
    profile (or a sample), optionally keep the lines as a dump, or count a kept dump."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=0, help="a sample of about N profiles")
    parser.add_argument("--show", type=int, default=3, help="lines shown per kind")
    parser.add_argument("--dump", type=Path, help="write the drafts' lines to this JSON file")
    parser.add_argument("--score", type=Path, help="count over a dump instead of rendering")
    args = parser.parse_args()
    if args.score:
        drafts = json.loads(args.score.read_text("utf-8"))
    else:
        files = profile_files()
        if args.limit:
            files = files[:: max(1, len(files) // args.limit)][: args.limit]
        drafts = _render_all(files)
        if args.dump:
            args.dump.write_text(json.dumps(drafts, ensure_ascii=False), "utf-8")
    report(drafts, args.show, kinds, find)


if __name__ == "__main__":
    main()
