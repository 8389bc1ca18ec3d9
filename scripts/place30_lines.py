"""Counts round ap's placement lines (family place30): what a clerk or a reader sees as a
sentence in the wrong place, or a meeting framed under another meeting's theme.

    PYTHONPATH=src python scripts/place30_lines.py [--sample N] [FOLDER…]

Four counts over every profile × seeds 1–3 (docs/review/*/profiles and profiles/ by default):

- ``lone_before_list``: a paragraph that says a clerk's point, standing alone just before a
  paragraph that opens a 一是… list (教材要在2月16日前发放到班。 before 一是做好校园环境准备);
- ``point_off_topic``: a clerk's point said as a lone one-sentence paragraph that shares no
  two-character word with its section's heading or the paragraphs beside it;
- ``season_twice``: a stock season line (汛期, 天气预警, 季节特点, 取暖, 雨雪冰冻) said in a
  second part of the draft after one already said it (the opening's season sentence restated
  in a responsibility section); the clerk's own points, targets and problems are not counted;
- ``campus_theme``: a holiday safety meeting (its name says 暑期/暑假/寒假/假期/汛期/放假) whose
  opening, headings or closing speak of 校园安全 when its name does not.
"""

from __future__ import annotations

import itertools
import re
import sys
from collections import Counter
from pathlib import Path

import yaml

from speechdraft.pipeline import build_draft
from speechdraft.writers.text import to_text

ROOT = Path(__file__).resolve().parents[1]
SEEDS = (1, 2, 3)
_PART = re.compile(r"^[一二三四五六七八九十]+、")
_SUB = re.compile(r"^（[一二三四五六七八九十]+）")
_LIST = re.compile(r"^一是")
_SEASON = re.compile(r"汛期|天气预警|季节特点|取暖|雨雪冰冻|高温|防暑")
_HOLIDAY = re.compile(r"暑期|暑假|寒假|假期|汛期|放假")
_CAMPUS = re.compile(r"校园安全|平安校园")


def _points(profile: dict) -> list[str]:
    found: list[str] = []
    for group in ("priorities", "safeguards"):
        for area in profile.get(group) or []:
            for point in area.get("points") or [] if isinstance(area, dict) else []:
                found.extend(p for p in str(point).split("；") if p)
    return found


def _clerk_texts(profile: dict) -> list[str]:
    """Every point, target, problem and achievement the clerk wrote: the clerk's own words
    are theirs to place, the counts below are of the stock lines around them."""
    review = profile.get("review") or {}
    texts = list(_points(profile))
    targets = profile.get("targets") or {}
    items = targets.get("items") or [] if isinstance(targets, dict) else targets
    texts += [str(t) for t in items]
    texts += [str(p) for p in review.get("problems") or []] if isinstance(review, dict) else []
    for item in review.get("achievements") or [] if isinstance(review, dict) else []:
        if isinstance(item, dict):
            texts += [str(p) for p in item.get("points") or []]
    return texts


def _says(paragraph: str, point: str) -> bool:
    core = re.sub(r"[，。、；：“”《》（）]", "", point)
    return len(core) >= 6 and (core[:6] in paragraph or core[-6:] in paragraph)


def _bigrams(text: str) -> set[str]:
    han = re.sub(r"[^\u4e00-\u9fff]", "", text)
    return {han[i : i + 2] for i in range(len(han) - 1)}


def _body(text: str) -> list[str]:
    lines = [line.strip() for line in text.split("--- notes")[0].splitlines()]
    start = next((i for i, line in enumerate(lines) if line.endswith("：")), 0)
    return [line for line in lines[start + 1 :] if line]


def _heading(line: str) -> bool:
    return bool(_PART.match(line) or _SUB.match(line))


def _lone_before_list(body: list[str], points: list[str]) -> list[str]:
    return [
        line
        for line, after in itertools.pairwise(body)
        if _LIST.match(after)
        and not _heading(line)
        and any(_says(line, p) for p in points)
        and line.count("。") <= 2
    ]


def _off_topic(body: list[str], points: list[str]) -> list[str]:
    found = []
    heading = ""
    for i, line in enumerate(body):
        if _heading(line):
            heading = line
            continue
        if line.count("。") != 1 or not any(_says(line, p) for p in points):
            continue
        near = heading + (body[i - 1] if i else "") + (body[i + 1] if i + 1 < len(body) else "")
        if not _bigrams(line) & _bigrams(near) - {"要在", "工作", "要把", "学校"}:
            found.append(line)
    return found


def _season_twice(body: list[str], clerk: list[str]) -> list[str]:
    found, section, seen = [], 0, set()
    for line in body:
        if _PART.match(line):
            section += 1
            continue
        for sentence in re.findall(r"[^。！]+[。！]", line):
            if _SEASON.search(sentence) and not any(_says(sentence, t) for t in clerk):
                if seen - {section}:
                    found.append(sentence)
                seen.add(section)
    return found


def _campus_theme(profile: dict, body: list[str], clerk: list[str]) -> list[str]:
    name = str((profile.get("meeting") or {}).get("name") or "")
    if profile.get("kind") != "safety" or not _HOLIDAY.search(name) or _CAMPUS.search(name):
        return []
    framing = dict.fromkeys(body[:4] + [line for line in body if _heading(line)] + body[-2:])
    return [
        line for line in framing if _CAMPUS.search(line) and not any(_says(line, t) for t in clerk)
    ]


def count(paths: list[Path], show: bool = False) -> Counter[str]:
    counts: Counter[str] = Counter()
    for path in paths:
        profile = yaml.safe_load(path.read_text(encoding="utf-8"))
        points = _points(profile)
        clerk = _clerk_texts(profile)
        for seed in SEEDS:
            body = _body(to_text(build_draft(path, seed=seed).document))
            found = {
                "lone_before_list": _lone_before_list(body, points),
                "point_off_topic": _off_topic(body, points),
                "season_twice": _season_twice(body, clerk),
                "campus_theme": _campus_theme(profile, body, clerk),
            }
            for key, lines in found.items():
                counts[key] += len(lines)
                for line in lines if show else ():
                    print(f"{key}\t{path.parent.parent.name}/{path.stem}#{seed}\t{line}")
        counts["drafts"] += len(SEEDS)
    return counts


def main(argv: list[str]) -> None:
    show = "--show" in argv
    sample = 0
    if "--sample" in argv:
        sample = int(argv[argv.index("--sample") + 1])
    folders = [Path(a) for a in argv if Path(a).is_dir()] or [
        ROOT / "profiles",
        *sorted((ROOT / "docs" / "review").glob("*/profiles")),
    ]
    paths = sorted(p for folder in folders for p in folder.glob("*.yaml"))
    if sample:
        paths = paths[:: max(1, len(paths) // sample)]
    for key, value in sorted(count(paths, show).items()):
        print(f"{key}: {value}")


if __name__ == "__main__":
    main(sys.argv[1:])
