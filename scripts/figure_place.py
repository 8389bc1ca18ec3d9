"""Counts a clerk's figures said where they do not belong or with nothing leading them (issue
11's S, R, G; round al's readers: place24).

    python scripts/figure_place.py [FOLDER…] [-v] [--own | --seeds N]

Every profile of the repository (profiles/ and every review round's; or those in FOLDERs)
rendered at seeds 1–3 (detector_runs). Checks, over the profile's own figures:
- ``other_area``: a task's figure said under a section heading that shares no word (two
  characters, a few common ones aside) with the figure's name, while another section's heading
  does
  (多渠道补充师资，全市计划新补充教师1500名 under （二）弘扬教育家精神…, a 教师队伍 heading
  elsewhere in the draft);
- ``targets_glued``: a figure said in a part's opening paragraph after 同时， (同时，今年全区计划
  完成教师全员培训20万人次 after the year's targets);
- ``figure_only``: a sentence every clause of which carries a figure and which opens with a
  figure's own name, the place or a time word before it, nothing naming its area (普惠性幼儿园
  覆盖率达到91.2%，公办园在园幼儿占比达到56%。; 全县完成投资1.42亿元，新增学位2340个。);
- ``after_report``: a review figure read out again in a concluding speech that follows a
  report (教育支出达到18.6亿元，增长4.2%。 right after 报告已全面回顾…): every figure said
  outside the one clause holding the most of them (the summarising clause).
"""

from __future__ import annotations

import re
from typing import Any

from detector_runs import run_detector

KEYS = ("other_area", "targets_glued", "figure_only", "after_report")
_SENTENCE = re.compile(r"[^。！？]+[。！？]")
_SUB_HEADING = re.compile(r"^（[一二三四五六七八九十]+）")
_PART_HEADING = re.compile(r"^[一二三四五六七八九十]+、")
_PLACE = re.compile(
    r"^(?:今年|全年|年内|本学年|上学期|去年)?(?:全(?:省|市|州|盟|县|区|旗|乡|镇|苏木|自治区))?"
    r"(?:今年|全年|年内)?(?:计划)?"
)
_NUMBER = re.compile(r"\d[\d,，.]*")


def _value_text(value: Any) -> str:
    """A figure's value as a draft says it: from its first digit, without thousands commas
    (现有2,400个 → 2400个); "" where it has no digit."""
    text = str(value).replace(",", "")
    found = _NUMBER.search(text)
    return text[found.start() :] if found else ""


def _task_figures(data: dict[str, Any]) -> list[tuple[str, str]]:
    found = []
    for part in ("priorities", "safeguards"):
        for item in data.get(part) or []:
            if isinstance(item, dict):
                for label, value in (item.get("facts") or {}).items():
                    said = _value_text(value)
                    if said and len(said) >= 3:
                        found.append((str(label), said))
    return found


def _review_figures(data: dict[str, Any]) -> list[tuple[str, str]]:
    found = []
    for item in (data.get("review") or {}).get("achievements") or []:
        if isinstance(item, dict):
            for label, value in (item.get("figures") or {}).items():
                said = _value_text(value)
                if said and len(said) >= 3:
                    found.append((str(label), said))
    return found


def _lines(text: str) -> list[tuple[str, str, bool]]:
    """(sub-heading above or "", paragraph, opening paragraph of a part) for each body line."""
    heading, opening, found = "", False, []
    for raw in text.splitlines():
        line = raw.strip().replace("\u3000", "")
        if not line:
            continue
        if _PART_HEADING.match(line):
            heading, opening = "", True
            continue
        if _SUB_HEADING.match(line):
            heading, opening = line, False
            continue
        found.append((heading, line, opening))
        opening = False if heading else opening
    return found


def _figure_only(sentence: str, labels: list[str]) -> bool:
    clauses = [c for c in re.split(r"[，；]", sentence.rstrip("。！？")) if c]
    if not clauses or not all(re.search(r"\d", c) for c in clauses):
        return False
    first = _PLACE.sub("", clauses[0])
    return any(label and first.startswith(_PLACE.sub("", label)[:4]) for label in labels)


# words every heading and figure may share without speaking of one thing
_COMMON = frozenset(
    [
        "工作",
        "建设",
        "推进",
        "全面",
        "加强",
        "提升",
        "提高",
        "教育",
        "学校",
        "发展",
        "今年",
        "全年",
        "计划",
        "完成",
        "达到",
        "新增",
        "人数",
        "比例",
        "占比",
        "覆盖",
        "数量",
    ]
)


def _grams(text: str) -> frozenset[str]:
    text = re.sub(r"[^\u4e00-\u9fff]+", "，", text)
    return frozenset(text[i : i + 2] for i in range(len(text) - 1)) - _COMMON - {""}


def _shares(one: str, other: str) -> bool:
    return bool({g for g in _grams(one) if "，" not in g} & _grams(other))


def _elsewhere(
    sentence: str, heading: str, headings: list[str], tasks: list[tuple[str, str]]
) -> bool:
    """A task figure said in the sentence (its value and a word of its name) whose name
    shares no word with the heading over it and one with another heading of the draft."""
    return any(
        value in sentence
        and value not in ("100%", "100％")
        and _shares(label, sentence)
        and not _shares(heading, label)
        and any(_shares(h, label) for h in headings if h != heading)
        for label, value in tasks
    )


def check(text: str, data: dict[str, Any]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {key: [] for key in KEYS}
    lines = _lines(text)
    headings = [h for h, _, _ in lines if h]
    tasks = _task_figures(data)
    review = _review_figures(data)
    labels = [label for label, _ in tasks + review]
    for heading, paragraph, opening in lines:
        for sentence in _SENTENCE.findall(paragraph):
            if opening and sentence.startswith("同时，") and re.search(r"\d", sentence):
                found["targets_glued"].append(sentence)
            if _figure_only(sentence, labels):
                found["figure_only"].append(sentence)
            if heading and _elsewhere(sentence, heading, headings, tasks):
                found["other_area"].append(f"{heading} / {sentence}")
    preceding = "".join(str(p) for p in data.get("preceding") or [])
    if data.get("kind") == "concluding_remarks" and re.search("报告|汇报|通报", preceding):
        found["after_report"] = _read_again(text, review)
    return {key: hits for key, hits in found.items() if hits}


def _read_again(text: str, review: list[tuple[str, str]]) -> list[str]:
    """The review figures a concluding speech says outside its one summarising clause: every
    figure said, less those of the clause (between ，；：。) that holds the most of them."""
    clauses = re.split(r"[，；：。！？\n]", text)
    held = [[v for _, v in review if v in clause] for clause in clauses]
    most = max(held, key=len, default=[])
    return [f"{label}{value}" for label, value in review if value in text and value not in most]


if __name__ == "__main__":
    run_detector(check, KEYS)
