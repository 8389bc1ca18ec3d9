"""The review of achievements and the present-level figures read as a chain of data (issue
11's R, G, F; round am's readers, branch review25).

    python scripts/review_chains.py               # every repository profile, seeds 1–3
    python scripts/review_chains.py FOLDER… [-v]  # other folders; -v lists every hit

Every profile of profiles/, docs/review/*/profiles, docs/review/profiles and
tests/fixtures/drafts*/ (each distinct text once) rendered at seeds 1–3. Checks (their own word
lists, not the composer's):
- ``figure_only``: a sentence whose every clause carries a number and none says any work or
  what the figure means (建设项目总投资5.4亿元。 全县公办园在园幼儿占比目前为38%。);
- ``wrong_clause``: a review figure of the profile said right after a clerk's point whose words
  share none with the figure's name (村小教学点全部通上宽带网络，中考平均分提高23分);
- ``mixed_numbers``: one sentence with a number in 万/亿 and a bare number of five digits or
  more (已达23000名，…新补充教师1.6万名);
- ``lead_contradicted``: a review lead that says 保持稳定/保持平稳 over facts that rose (一是
  教学质量保持稳定。…中考平均分提高23分);
- ``last_year_now``: 上年/去年 figures in a paragraph that opens 今年以来.
"""

from __future__ import annotations

import itertools
import re
from typing import Any

from detector_runs import run_detector

KEYS = ("figure_only", "wrong_clause", "mixed_numbers", "lead_contradicted", "last_year_now")
SEEDS = (1, 2, 3)

_SENTENCE = re.compile(r"[^。！？]+[。！？]?")
_NUMBER = re.compile(r"\d")
# a clause that says work, a time frame or a judgement, not only a figure
_WORK = re.compile(
    r"要|将|计划|力争|确保|推进|加强|落实|做好|抓好|开展|方面|离|差距|说明|表明|反映|"
    r"还有|仍|但|稳步|持续|取得|成效|进展|目标|任务|【"
)
# a clause that states a present level: a name, a plain verb of state and a number
_STATE = re.compile(r"达到|保持|目前为|现有|共有|总数|总投资|为约?\d|占比|率\d|率约\d|有\d")
# a deed (what was done), a change or a judgement: no bare level
_DEED = re.compile(
    r"新|完成|建成|发放|资助|招|培训|排查|改造|组建|认定|评|开设|扩大|下降|提高|提升|增加|"
    r"减少|较上年|同比|首次|突破|通过|投入使用|前移"
)
_YEAR = re.compile(r"\d{4}年|“十.五”")
_MARKS = re.compile(
    r"^(?:[一二三四五六七八九十]+是|（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、)"
)
_WAN = re.compile(r"\d(?:\.\d+)?[万亿]")
_BIG = re.compile(r"(?<![\d.,])\d{5,}(?![\d.])|(?<![\d.])\d{1,3}(?:,\d{3})+(?![\d])")
_KEPT = re.compile(r"保持稳定|保持平稳|总体稳定")
_ROSE = re.compile(
    r"提高\d|提升\d|增长\d|增加\d|上升\d|进入[^，。；]{0,8}前|首次突破|突破\d|创历史|历年最好|新高|位次上升|前移"
)
_LAST_YEAR = re.compile(r"上年|去年|上一年")
_GENERAL = re.compile(
    r"全(?:省|市|州|盟|县|区|旗|乡|镇|自治区)|今年|全年|年内|计划|完成|达到|实现|开展|教育|学校|"
    r"教师|学生|工作|建设|提高|提升|中小|小学|义务|管理|质量|水平|服务|保障|安全|发展|覆盖"
)


def _level(clause: str) -> bool:
    """A clause that only states a present level (全县公办园在园幼儿占比目前为38%)."""
    return bool(
        _NUMBER.search(clause)
        and _STATE.search(clause)
        and not _WORK.search(clause)
        and not _DEED.search(clause)
    )


def _words(text: str) -> set[str]:
    text = re.sub(r"[^\u4e00-\u9fff]+", "，", _GENERAL.sub("，", text))
    return {text[i : i + 2] for i in range(len(text) - 1) if "，" not in text[i : i + 2]}


def _figures(data: dict[str, Any]) -> list[tuple[str, str, list[str]]]:
    """(name, value, the points of its achievement) of every review figure."""
    review = data.get("review") or {}
    found = []
    for item in review.get("achievements") or []:
        if not isinstance(item, dict):
            continue
        points = [str(p) for p in item.get("points") or []]
        for name, value in (item.get("figures") or {}).items():
            found.append((str(name), str(value), points))
    return found


def _value_digits(value: str) -> str:
    match = re.search(r"\d[\d,.]*", value)
    return match.group().replace(",", "") if match else ""


def _wrong_clauses(sentence: str, figures: list[tuple[str, str, list[str]]]) -> list[str]:
    """Clauses where a review figure follows a clerk's point that shares no word with it."""
    found = []
    for part in re.split(r"[；。]", sentence):
        pieces = part.split("，")
        for before, clause in itertools.pairwise(pieces):
            if _NUMBER.search(before) or len(before) < 4:
                continue
            for name, value, points in figures:
                digits = _value_digits(value)
                if not digits or digits not in clause.replace(",", ""):
                    continue
                if not any(before in p or p in before for p in points):
                    continue
                if not (_words(before) & _words(name)):
                    found.append(part)
    return found


def _sentence_hits(
    sentence: str, figures: list[tuple[str, str, list[str]]]
) -> dict[str, list[str]]:
    s = sentence.strip()
    if not s.endswith("。") or "【" in s:
        return {}
    hits: dict[str, list[str]] = {}
    clauses = [c for c in re.split(r"[，；：]", _YEAR.sub("", s.rstrip("。！？"))) if c]
    if clauses and all(_level(c) for c in clauses):
        hits["figure_only"] = [s]
    if _WAN.search(s) and _BIG.search(s):
        hits["mixed_numbers"] = [s]
    wrong = _wrong_clauses(s, figures)
    if wrong:
        hits["wrong_clause"] = wrong
    return hits


def check(text: str, data: dict[str, Any]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {key: [] for key in KEYS}
    figures = _figures(data)
    for line in text.splitlines():
        line = line.strip()
        body = _MARKS.sub("", line)
        if _KEPT.search(body.split("，")[0].split("。")[0]) and _ROSE.search(body):
            found["lead_contradicted"].append(line)
        if line.startswith("今年以来") and _LAST_YEAR.search(line):
            found["last_year_now"].append(line)
        for sentence in _SENTENCE.findall(body):
            for key, hits in _sentence_hits(sentence, figures).items():
                found[key].extend(hits)
    return {key: hits for key, hits in found.items() if hits}


def main() -> None:
    run_detector(check, KEYS, SEEDS, total=True, wide=True)


if __name__ == "__main__":
    main()
