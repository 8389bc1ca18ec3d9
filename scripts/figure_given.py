"""Counts, in rendered drafts, key-task figures said otherwise than the profile gave them
(issue 11's A and R around figures; round ah's lines): a unit nobody typed, a current
state said as the year's plan, and the frames around a plan figure.

    python scripts/figure_given.py               # every profile of the repository, seeds 1–3
    python scripts/figure_given.py FOLDER… [-v]  # other folders; -v lists every hit
    python scripts/figure_given.py FOLDER… --own # each profile at its own seed

Detectors (rules with their own word lists, not the composer's):
- ``unit_supplied``: a key task's or safeguard's figure typed as a bare number (4,200, 31.5)
  printed with a sum's unit right after it (4200万元, 31.5亿元, 52000 as 5.2亿元);
- ``unit_marked``: the same figure printed with a visible 【待核…】 (information, not a fault);
- ``state_as_plan``: a task's rate whose name says it is the present (现有/目前/现状/当前/已)
  or whose value is lower than or equal to the review's figure for the same measure, said
  as a plan or aim (计划达到, 要达到, 目标是, 力争);
- ``rate_guessed``: a task's rate that nothing in the profile tells as a target or a state
  (no target line, no review figure, no word in its name or value) said as the year's plan
  or aim with no visible mark;
- ``year_plan_frame``: 全年/今年 + the place + 计划落实/计划完成 before a figure (全年全市计划
  落实…资金4200万元: round ah's R, 生硬);
- ``joined_by_tongshi``: 同时， before two plan figures of different tasks joined by ；;
- ``figure_alone``: a sentence that is only a figure said as a plan or aim (全州“双师型”教师
  占比计划达到55%。; 今年…使用率的目标是95%。);
- ``stock_in_list``: what a place has (现有…) inside a 一是/二是 task item;
- ``count_guessed``: a task's count (not a rate, not a sum) that nothing in the profile tells
  as the year's plan (no target line with its number, no word in its name or value) said in a
  plan frame (计划/安排/全年/年内/要完成/要达到) with no visible mark in its clause (round ai's A:
  校外培训专项检查全年安排12次, 全市计划完成校车驾驶员培训2400人次).
- ``done_as_plan``: a count the review gives as done (新增学位1.38万个) said again, the same
  number, in a plan frame (全市计划新增学位13800个: round ai's F, one figure in two states);
- ``rate_kept_as_aim``: a rate the review gives (测评覆盖率达到100%) said again, the same value,
  as a plan or aim (计划达到100%, 要达到96%) rather than kept (保持) — round ai's F.
"""

from __future__ import annotations

import re
from typing import Any

from detector_runs import run_detector

KEYS = (
    "unit_supplied",
    "unit_marked",
    "state_as_plan",
    "rate_guessed",
    "year_plan_frame",
    "joined_by_tongshi",
    "count_guessed",
    "figure_alone",
    "stock_in_list",
    "done_as_plan",
    "rate_kept_as_aim",
)

_SENTENCE = re.compile(r"[^。！？\n]+[。！？]?")
_BARE = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")
_RATE_NAME = re.compile(r"(?:率|占比|比例|比重)$")
_NOW_WORDS = re.compile(r"现有|现状|目前|当前|已有|已达|^已")
_AIM_WORDS = re.compile(r"目标|计划|力争|今年|年内|年底|明年|达到|提高到|提升到|由")
_AS_PLAN = re.compile(r"计划达到|要达到|目标是|力争|计划提高到|要提高到")
_YEAR_FRAME = re.compile(r"(?:全年|今年)全[省市区县旗州盟镇乡]计划(?:落实|完成)")
_TONGSHI = re.compile(r"^同时，[^。]*计划[^。；]*；[^。]*计划")
_ALONE = re.compile(
    r"^(?:今年|全年|明年)?(?:全[省市区县旗州盟镇乡])?[^，；：。]{2,30}?"
    r"(?:计划达到|的目标是|要达到)[^，；。]*\d[^，；。]*。$"
)
_STOCK_IN_LIST = re.compile(r"[一二三四五六七八九]是全[省市区县旗州盟镇乡]现有")


def _sections(data: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        item
        for key in ("priorities", "safeguards")
        for item in (data.get(key) or [])
        if isinstance(item, dict)
    ]


def _number(value: Any) -> str:
    return str(value).strip().replace(",", "")


def _review_figures(data: dict[str, Any]) -> dict[str, float]:
    found: dict[str, float] = {}
    review = data.get("review") or {}
    for achievement in review.get("achievements") or [] if isinstance(review, dict) else []:
        if not isinstance(achievement, dict):
            continue
        for name, value in (achievement.get("figures") or {}).items():
            number = re.match(r"\d+(?:\.\d+)?", _number(value))
            if number:
                found[str(name)] = float(number.group())
    return found


def _targets_text(data: dict[str, Any]) -> str:
    targets = data.get("targets") or {}
    items = targets.get("items") or [] if isinstance(targets, dict) else targets
    return "\n".join(str(item) for item in items or [])


def _as_yi(number: str) -> str:
    value = float(number)
    return f"{value / 10000:.4f}".rstrip("0").rstrip(".") if value >= 10000 else ""


def _units(text: str, data: dict[str, Any]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for section in _sections(data):
        for _name, value in (section.get("facts") or {}).items():
            if isinstance(value, bool) or not _BARE.match(str(value).strip()):
                continue
            number = _number(value)
            if float(number) < 1:
                continue
            forms = [re.escape(number) + r"(?:万元|亿元|元)"]
            yi = _as_yi(number)
            if yi:
                forms.append(re.escape(yi) + "亿元")
            pattern = re.compile(rf"(?<![\d.])(?:{'|'.join(forms)})")
            marked = re.compile(rf"(?<![\d.]){re.escape(number)}【待核")
            for sentence in _SENTENCE.findall(text):
                if pattern.search(sentence):
                    found.setdefault("unit_supplied", []).append(sentence.strip())
                if marked.search(sentence):
                    found.setdefault("unit_marked", []).append(sentence.strip())
    return found


def _told(name: str, raw: str, v: str, review: dict[str, float], targets: str) -> tuple[bool, bool]:
    """Whether the profile tells a task's rate as the present, and as an aim."""
    now = bool(_NOW_WORDS.search(name) or _NOW_WORDS.search(raw)) or any(
        (name in other or other in name) and float(v) <= done for other, done in review.items()
    )
    aim = bool(_AIM_WORDS.search(name) or _AIM_WORDS.search(raw)) or (
        name in targets or v + "%" in targets
    )
    return now, aim


def _rates(text: str, data: dict[str, Any]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    review = _review_figures(data)
    targets = _targets_text(data)
    sentences = [s.strip() for s in _SENTENCE.findall(text)]
    for section in data.get("priorities") or []:
        if not isinstance(section, dict):
            continue
        for name, value in (section.get("facts") or {}).items():
            name, raw = str(name), str(value).strip()
            if not _RATE_NAME.search(name.removesuffix("目标")):
                continue
            number = re.search(r"\d+(?:\.\d+)?", raw)
            if number is None:
                continue
            v = number.group()
            now, aim = _told(name, raw, v, review, targets)
            key = "state_as_plan" if now else "" if aim else "rate_guessed"
            if key:
                found.setdefault(key, []).extend(_said_as_plan(v, sentences))
    return {key: hits for key, hits in found.items() if hits}


_PLAN_FRAME = re.compile(r"计划|安排|全年|年内|今年|要完成|要达到|要新|力争|确保")
_SUM_WORDS = re.compile(r"投资|资金|经费|预算|补助|奖补|支出|金额")


def _counts(text: str, data: dict[str, Any]) -> list[str]:
    found: list[str] = []
    targets = _targets_text(data)
    sentences = [s.strip() for s in _SENTENCE.findall(text)]
    for section in data.get("priorities") or []:
        if not isinstance(section, dict):
            continue
        for name, value in (section.get("facts") or {}).items():
            name, raw = str(name), str(value).strip()
            if _RATE_NAME.search(name.removesuffix("目标")) or raw.endswith(("%", "％")):
                continue
            if _SUM_WORDS.search(name) or re.search(r"元$", raw):
                continue
            if _NOW_WORDS.search(raw) or _AIM_WORDS.search(name) or _AIM_WORDS.search(raw):
                continue
            number = re.search(r"\d[\d,]*(?:\.\d+)?", raw)
            if number is None:
                continue
            v = number.group().replace(",", "")
            forms = {v, f"{int(v):,}"} if v.isdigit() else {v}
            if any(re.search(rf"(?<![\d.,]){re.escape(f)}(?![\d.,])", targets) for f in forms):
                continue
            said = re.compile(rf"(?<![\d.,]){re.escape(v)}(?![\d.,%月日年届])")
            found += [
                s
                for s in sentences
                if _PLAN_FRAME.search(s)
                and any(
                    "【待核" not in re.split(r"[，；。]", s[m.end() :])[0] for m in said.finditer(s)
                )
            ]
    return found


def _said_as_plan(v: str, sentences: list[str]) -> list[str]:
    """The sentences that say the rate ``v`` % as a plan or aim, with no visible mark."""
    said = re.compile(rf"(?<![\d.]){re.escape(v)}%(?!【待核)")
    return [s for s in sentences if said.search(s) and _AS_PLAN.search(s)]


def _review_counts(data: dict[str, Any]) -> list[tuple[str, float, bool, str]]:
    """The review's figures: (name, number in units, whether a rate, the value as typed)."""
    found: list[tuple[str, float, bool, str]] = []
    review = data.get("review") or {}
    for achievement in review.get("achievements") or [] if isinstance(review, dict) else []:
        if not isinstance(achievement, dict):
            continue
        for name, value in (achievement.get("figures") or {}).items():
            raw = _number(value)
            number = re.match(r"(\d+(?:\.\d+)?)(万|亿)?", raw)
            if not number:
                continue
            scale = {"万": 10_000, "亿": 100_000_000}.get(number.group(2) or "", 1)
            rate = raw.endswith(("%", "％")) or bool(_RATE_NAME.search(str(name)))
            found.append((str(name), round(float(number.group(1)) * scale, 4), rate, raw))
    return found


_PLAN_SAID = re.compile(
    r"(?<![培岗持援动])计划(?![”》])|要达到|今年要|全年安排|年内|力争|目标是|要新增|要完成"
)
_AIM_SAID = re.compile(r"计划达到|要达到|目标是|力争|达到")
_NUMBER_SAID = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)(万|亿)?(?![\d.])(%?)")


def _said_again(sentence: str, name: str, number: float, rate: bool) -> str:
    """ "rate_kept_as_aim" or "done_as_plan" where ``sentence`` says the review's figure
    (``name``, ``number``) again as an aim or a plan; else ""."""
    core = re.sub(r"(?:人数|总数|数量|个数|次数|数)$", "", name)[-2:]
    for m in _NUMBER_SAID.finditer(sentence):
        scale = {"万": 10_000, "亿": 100_000_000}.get(m.group(2) or "", 1)
        if round(float(m.group(1)) * scale, 4) != number or bool(m.group(3)) != rate:
            continue
        before = sentence[: m.start()]
        if (
            rate
            and _AIM_SAID.search(before[-8:])
            and name.removesuffix("率")[-3:] in sentence
            and "保持" not in before[-8:]
            and re.search(r"(?<![培岗持援动])计划(?![”》])|要达到|要|力争", before)
        ):
            return "rate_kept_as_aim"
        if not rate and number >= 10 and core in sentence and _PLAN_SAID.search(sentence):
            return "done_as_plan"
    return ""


def _twice(text: str, data: dict[str, Any]) -> dict[str, list[str]]:
    """A review figure said again, the same number, as a plan (a count) or an aim (a rate)."""
    found: dict[str, list[str]] = {}
    review = _review_counts(data)
    for sentence in (s.strip() for s in _SENTENCE.findall(text)):
        for name, number, rate, raw in review:
            if re.search(rf"{re.escape(name)}(?:达到|为)?{re.escape(raw)}", sentence):
                continue  # the review's own sentence
            key = _said_again(sentence, name, number, rate)
            if key:
                found.setdefault(key, []).append(sentence)
    return {key: sorted(set(hits)) for key, hits in found.items()}


def check(text: str, data: dict[str, Any]) -> dict[str, list[str]]:
    found = _units(text, data)
    found.update(_twice(text, data))
    for key, hits in _rates(text, data).items():
        found.setdefault(key, []).extend(hits)
    counts = _counts(text, data)
    if counts:
        found["count_guessed"] = counts
    for sentence in (s.strip() for s in _SENTENCE.findall(text)):
        if _YEAR_FRAME.search(sentence):
            found.setdefault("year_plan_frame", []).append(sentence)
        if _TONGSHI.search(sentence):
            found.setdefault("joined_by_tongshi", []).append(sentence)
        if _ALONE.match(sentence):
            found.setdefault("figure_alone", []).append(sentence)
        if _STOCK_IN_LIST.search(sentence):
            found.setdefault("stock_in_list", []).append(sentence)
    return found


if __name__ == "__main__":
    run_detector(check, KEYS, total=True)
