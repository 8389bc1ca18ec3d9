"""Counts the frame's defects (openings, closings, bylines, recaps) that round ap's readers
marked, over a sample of profiles × seeds:

    PYTHONPATH=src python scripts/frame30_lines.py [STEP] [SEEDS]

STEP takes every STEP-th profile of profiles/ and docs/review/*/profiles (default 8);
SEEDS is how many seeds from 1 (default 1). Prints one count per defect.
"""

from __future__ import annotations

import datetime
import re
import sys
from collections import Counter
from pathlib import Path

import yaml

from speechdraft.pipeline import build_draft
from speechdraft.writers.text import to_text

ROOT = Path(__file__).resolve().parents[1]

# 历次全会 is said once the session's plenums are many (十九届: after its 六中全会; 二十届:
# after its 四中全会); before that the plenums are listed by name.
_COLLECTIVE_FROM = {"十九届": datetime.date(2021, 11, 11), "二十届": datetime.date(2025, 10, 23)}
_ETHNIC = re.compile(r"自治|旗$|民族")
_DATE = re.compile(r"(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?")
_ISO = re.compile(r"(\d{4})-(\d{1,2})(?:-(\d{1,2}))?")

DEFECTS: dict[str, re.Pattern[str]] = {
    # at a clause's end (…精神、落实《…》，把…); inside a phrase (是贯彻…、落实《…》的具体行动) 、 is right
    "精神、落实《…》， (顿号 between two verb-objects)": re.compile(r"精神、落实《[^》]*》[，。]"),
    "上级市委 (not an official phrase)": re.compile(r"上级市委"),
    "byline 分管副… (a form's word signed)": re.compile(r"^分管副\S*[　 ]", re.M),
    "出席会议并作了…讲话 after 刚才": re.compile(r"刚才，[^。]*出席会议并作了"),
}


def _meeting_date(profile: Path) -> datetime.date | None:
    data = yaml.safe_load(profile.read_text(encoding="utf-8")) or {}
    said = (data.get("meeting") or {}).get("date", "")
    if isinstance(said, datetime.date):
        return said
    m = _DATE.search(str(said)) or _ISO.search(str(said))
    if not m:
        return None
    return datetime.date(int(m[1]), int(m[2]), int(m[3] or 1))


def _region_name(profile: Path) -> str:
    data = yaml.safe_load(profile.read_text(encoding="utf-8")) or {}
    return str((data.get("region") or {}).get("name", ""))


def _deputy_secretary_unbidden(profile: Path) -> bool:
    """A 副书记 with no government post and no on_behalf_of: he speaks for no body."""
    speaker = (yaml.safe_load(profile.read_text(encoding="utf-8")) or {}).get("speaker") or {}
    title = str(speaker.get("title", ""))
    head = re.search(r"(?:县|区|市|州|旗|省|镇|乡|盟)长|主席", title)
    return "副书记" in title and not head and not speaker.get("on_behalf_of")


def _dated_defects(profile: Path, text: str) -> Counter[str]:
    found: Counter[str] = Counter()
    when = _meeting_date(profile)
    for session, since in _COLLECTIVE_FROM.items():
        if when and when < since and f"{session}历次全会" in text:
            found[f"{session}历次全会 before it was said"] += text.count(f"{session}历次全会")
    if _ETHNIC.search(_region_name(profile)):
        found["全州群众 in an ethnic area (各族群众)"] += len(
            re.findall(r"全[州区旗盟县]群众", text)
        )
    if _deputy_secretary_unbidden(profile):
        found["我代表… from a deputy secretary not given on_behalf_of"] += text.count("我代表")
    return found


def count(profiles: list[Path], seeds: int) -> Counter[str]:
    found: Counter[str] = Counter()
    for profile in profiles:
        for seed in range(1, seeds + 1):
            try:
                text = to_text(build_draft(profile, seed=seed).document)
            except Exception:  # a profile the code refuses is not a frame defect
                found["(profile not drafted)"] += 1
                continue
            for name, pattern in DEFECTS.items():
                found[name] += len(pattern.findall(text))
            found += _dated_defects(profile, text)
    return found


def main() -> None:
    step = int(sys.argv[1]) if len(sys.argv) > 1 else 8
    seeds = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    folders = [ROOT / "profiles", *sorted((ROOT / "docs" / "review").glob("*/profiles"))]
    profiles = [p for folder in folders for p in sorted(folder.glob("*.yaml"))][::step]
    found = count(profiles, seeds)
    print(f"{len(profiles)} profiles × {seeds} seeds")
    for name in sorted(found):
        print(f"{found[name]:5d}  {name}")
    print(f"{sum(v for k, v in found.items() if not k.startswith('(')):5d}  total")


if __name__ == "__main__":
    main()
