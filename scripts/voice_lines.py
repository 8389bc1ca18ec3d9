"""Counts, in rendered drafts, the lines of round af's A, Y, L and opening/closing families
(issue 11; branch voice17): the speaker, the occasion and the calendar.

    python scripts/voice_lines.py               # every profile of the repository, seeds 1–3
    python scripts/voice_lines.py FOLDER… [-v]  # other folders; -v lists every hit
    python scripts/voice_lines.py --own FOLDER… # each profile at its own seed
    python scripts/voice_lines.py --seeds 1     # seed 1 only

Detectors (rules with their own word lists and dates, not the composer's):
- ``a_mechanism``: a management scheme nobody decided — 一体化管理 set up, three 统一… in a row,
  a 清单管理 / 清单之外一律不 rule, 创建标准 — where the profile's own text does not name it;
- ``a_commitment``: the speaker's side promises a document, named first (…办法，我们将抓紧研究制定);
- ``y_plan_early``: a five-year plan carried out (落地见效, 实施, 落实) in the first half of its
  first year, when local plans are still being drafted;
- ``y_congress_review``: a look back over a year (一年来, 过去一年, 回顾2017年…) that 贯彻 the
  Party congress held in that year's last months;
- ``y_tutoring``: 学科类培训机构 / 压减成果 before 双减 (2021-07-24);
- ``y_entry_list``: a list of what may enter schools before the December 2019 document;
- ``l_town``: a town's speech saying teacher pay comes first in its spending, 示范校, 门难进;
- ``l_standing``: a 常委 who is a deputy speaking 受…政府委托 without the Party committee;
- ``s_report_after``: a work report given after a superior's speech that does not take it up;
- ``s_closing_review``: concluding remarks after a superior's speech (no report) that ask for
  the year's achievements to be listed.
"""

from __future__ import annotations

import datetime
import re

from detector_runs import run_detector

SEEDS = (1, 2, 3)
KEYS = (
    "a_mechanism",
    "a_commitment",
    "y_plan_early",
    "y_congress_review",
    "y_tutoring",
    "y_entry_list",
    "l_town",
    "l_standing",
    "s_report_after",
    "s_closing_review",
)

_SENTENCE = re.compile(r"[^。！？\n]*[。！？]|[^。！？\n]+$")
_SCHEMES = (
    (re.compile(r"(?:推行|实行|实施|建立)[^，。；]{0,12}一体化管理"), "一体化管理"),
    (re.compile(r"统一[^，。；、]{2,6}、统一[^，。；、]{2,6}、统一"), "统一"),
    (re.compile(r"(?<!问题)清单管理|未列入清单|清单(?:之外|以外)[^。]{0,8}一律"), "清单"),
    (re.compile(r"创建标准"), "创建标准"),
)
_COMMITMENT = re.compile(r"，(?:我们将|局里将|我们要)[^，。；]{0,4}(?:研究制定|制定|出台|印发)。")
# a plan's first year: the outline is adopted in March, local plans follow it
_PLAN_FIRST = {"十三五": 2016, "十四五": 2021, "十五五": 2026, "十六五": 2031}
_PLAN_DONE = re.compile(
    r"(十[三四五六]五)[”\"]?[^。；，]{0,8}规划[^。；，]{0,2}(?:落地见效|落地|实施|落实)"
)
_CONGRESS_YEAR = {"十九大": 2017, "二十大": 2022}
_REVIEW = re.compile(r"^(?:一年来|过去一年|过去的一年|回顾(\d{4})年|(\d{4})年，)")
# (学习宣传贯彻 is what the congress's own weeks allow: not counted)
_CONGRESS = re.compile(r"(?<!宣传)贯彻[^。，]{0,30}党的(十九大|二十大)(?:精神|和)")
_TUTORING = re.compile(r"学科类培训机构|学科类校外培训|压减成果")
_ENTRY_LIST = re.compile(r"(?:进入学校|进校园)[^。；，]{0,8}清单|清单(?:之外|以外)[^。；]{0,10}进")
_TOWN = re.compile(
    r"教师工资[^。；]{0,24}(?:优先保障|资金安排|先用在)|(?:资金安排|有保有压)[^。；]{0,20}教师工资"
    r"|示范校|门难进|脸难看"
)
_ENTRUSTED = re.compile(r"受([^，。；]{1,8}?)委托")
_SUPERIOR = re.compile(r"(?:书记|(?<!局)长|主席)[^。；]{0,12}(?:讲话|致辞)")


def _day(data: dict) -> datetime.date | None:
    day = (data.get("meeting") or {}).get("date")
    if isinstance(day, datetime.date):
        return day
    try:
        return datetime.date.fromisoformat(str(day))
    except ValueError:
        return None


def _superior_spoke(data: dict) -> bool:
    return any(_SUPERIOR.search(str(item)) for item in data.get("preceding") or [])


def _a_lines(sentence: str, written: str) -> list[str]:
    keys = []
    if any(p.search(sentence) and word not in written for p, word in _SCHEMES):
        keys.append("a_mechanism")
    if _COMMITMENT.search(sentence):
        keys.append("a_commitment")
    return keys


def _y_lines(sentence: str, day: datetime.date) -> list[str]:
    keys = []
    plan = _PLAN_DONE.search(sentence)
    if plan and day < datetime.date(_PLAN_FIRST[plan.group(1)], 7, 1):
        keys.append("y_plan_early")
    review = _REVIEW.search(sentence)
    congress = _CONGRESS.search(sentence)
    if review and congress:
        year = int(review.group(1) or review.group(2) or (day.year - (day.month <= 6)))
        if year == _CONGRESS_YEAR[congress.group(1)]:
            keys.append("y_congress_review")
    if _TUTORING.search(sentence) and day < datetime.date(2021, 7, 24):
        keys.append("y_tutoring")
    if _ENTRY_LIST.search(sentence) and day < datetime.date(2019, 12, 15):
        keys.append("y_entry_list")
    return keys


def _l_lines(sentence: str, level: str, title: str) -> list[str]:
    keys = []
    if level == "town" and _TOWN.search(sentence):
        keys.append("l_town")
    entrusted = _ENTRUSTED.search(sentence)
    standing = "常委" in title and "副" in title
    if (
        standing
        and entrusted
        and "委" not in entrusted.group(1)
        and "负责同志" not in entrusted.group(1)
    ):
        keys.append("l_standing")
    return keys


def _s_lines(lines: list[str], data: dict) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    if not _superior_spoke(data):
        return found
    kind = str(data.get("kind", ""))
    opening = lines[: lines.index("同志们：") + 3] if "同志们：" in lines else lines[:6]
    if kind == "work_report" and not any("刚才" in line for line in opening):
        found["s_report_after"] = [next((ln for ln in lines if "报告" in ln), "")]
    heard_report = any(re.search(r"报告|汇报|通报", str(i)) for i in data.get("preceding") or [])
    if kind == "concluding_remarks" and not heard_report:
        listed = [line for line in lines if "主要成绩（按领域分条" in line]
        if listed:
            found["s_closing_review"] = listed
    return found


def check(text: str, data: dict) -> dict[str, list[str]]:
    written = str(data)
    day = _day(data)
    level = str((data.get("region") or {}).get("level", ""))
    title = str((data.get("speaker") or {}).get("title", ""))
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    found = _s_lines(lines, data)
    for line in lines:
        for sentence in _SENTENCE.findall(line):
            if not sentence.strip() or sentence.startswith("【待补"):  # the clerk's words, asked
                continue
            keys = _a_lines(sentence, written) + _l_lines(sentence, level, title)
            keys += _y_lines(sentence, day) if day else []
            for key in keys:
                found.setdefault(key, []).append(sentence)
    return found


def main() -> None:
    run_detector(check, KEYS, SEEDS)


if __name__ == "__main__":
    main()
