"""Profiles across kinds × levels × years and the tracing of a draft's specifics, shared by
the truth tests (test_truth.py). Profiles are built here, never read from elsewhere."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from speechdraft.figures import typeset
from speechdraft.norms import load_rules
from speechdraft.pipeline import Draft, build_draft
from speechdraft.specifics import find_specifics, mask_dates

KINDS = (
    "leader_speech",
    "work_report",
    "concluding_remarks",
    "leading_group",
    "teachers_day",
    "school_opening",
    "safety",
)
LEVELS = (
    "county",
    "district",
    "county_city",
    "city",
    "banner",
    "prefecture",
    "province",
    "autonomous_region",
    "town",
)
TITLES = {
    "leader_speech": "书记",
    "work_report": "教育局局长",
    "concluding_remarks": "副县长",
    "leading_group": "领导小组组长",
    "teachers_day": "书记",
    "school_opening": "教育局局长",
    "safety": "副县长",
}
MONTHS = {"teachers_day": "09-08", "school_opening": "08-28"}
YEARS = tuple(range(2016, 2036))

RICH_EXTRA: dict[str, Any] = {
    "preceding": ["教育局主要负责同志通报了上一年工作情况", "与各学校签订了安全工作责任书"],
    "review": {
        "achievements": [
            {
                "area": "项目建设",
                "points": ["两所寄宿制学校建成投用"],
                "figures": {"完成投资": "1.6亿元"},
            },
            {"area": "学前教育", "figures": {"普惠性幼儿园覆盖率": "91.5%"}},
        ],
        "problems": ["城区学位依然紧张", "乡村教师结构性缺员"],
    },
    "targets": {"guideline": "坚持优先发展、提质增效", "items": ["新建幼儿园3所"]},
    "priorities": [
        {"area": "项目建设", "facts": {"续建项目数": 6, "新建项目数": 4, "总投资": 23500}},
        {"area": "教师队伍", "facts": {"今年新补充教师人数": 120}},
        {"area": "校园安全", "points": ["完成校园视频监控升级"]},
        {"area": "双减", "points": ["课后服务覆盖所有义务教育学校"]},
    ],
}


def profile(kind: str, level: str, year: int, rich: bool, seed: int) -> dict[str, Any]:
    data: dict[str, Any] = {
        "kind": kind,
        "meeting": {"date": f"{year}-{MONTHS.get(kind, '03-12')}"},
        "region": {"level": level, "name": "清河"},
        "speaker": {"title": TITLES[kind]},
        "seed": seed,
    }
    if rich:
        data.update(RICH_EXTRA)
    return data


def matrix() -> Iterator[tuple[str, str, int, bool, int]]:
    """Every kind × year with rich and near-empty profiles; the level and the seed rotate
    so that all nine levels and three seeds are covered without rendering 7,560 drafts."""
    for k, kind in enumerate(KINDS):
        for y, year in enumerate(YEARS):
            for rich in (True, False):
                level = LEVELS[(k * 3 + y + rich) % len(LEVELS)]
                yield kind, level, year, rich, (k + y + rich) % 3 + 1


def render(data: dict[str, Any], folder: Path, name: str) -> Draft:
    path = folder / f"{name}.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return build_draft(path)


def body_lines(draft: Draft) -> list[str]:
    """The text a speaker reads, heading numbers (1. 2.) left out."""
    return draft.document.spoken_lines()


_MARK = re.compile(r"【(?:建议|待补)：[^】]*】")
_END = "。；;，,、.！!"
# At a school-opening meeting the opening of term is the meeting's own subject, not a
# deadline the bank made up.
_OCCASION = {"school_opening": re.compile(r"开学(?:前|之前)")}


def profile_strings(value: Any) -> list[str]:
    if isinstance(value, dict):
        return [s for v in value.values() for s in profile_strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in profile_strings(v)]
    if isinstance(value, bool) or value is None:
        return []
    if isinstance(value, int | float) and value >= 10000:  # 23500 (万元) is said as 2.35亿元
        return [str(value), f"{value / 10000:.4f}".rstrip("0").rstrip(".") + "亿元"]
    # the draft prints the clerk's text typeset (figures.typeset: “…”, 4260 for 4,260):
    # traced in that form, every value still has to be found whole
    text = typeset(str(value).strip())
    return [text, text.rstrip(_END)] if text else []


def untraced_specifics(draft: Draft, data: dict[str, Any]) -> list[str]:
    """Specifics in the draft that come from neither the profile, a national rule nor a
    【建议】 mark (placeholders say nothing, so they are not specifics either)."""
    text = mask_dates("\n".join(body_lines(draft)))
    text = _MARK.sub("□", text)
    for rule in load_rules():
        text = text.replace(rule.text, "□")
    values = sorted(
        {s for s in profile_strings({k: v for k, v in data.items() if k != "seed"}) if s},
        key=len,
        reverse=True,
    )
    for value in values:
        # a number is removed only where it stands whole: 6 must not eat 2016's 6
        text = re.sub(rf"(?<![\d.]){re.escape(value)}(?![\d.])", "□", text)
    occasion = _OCCASION.get(data["kind"])
    found = []
    for specific in find_specifics(text):
        if occasion and occasion.fullmatch(specific.text):
            continue
        context = text[max(0, specific.start - 12) : specific.end + 8].replace("\n", " ")
        found.append(f"{specific.kind}“{specific.text}”：…{context}…")
    return found
