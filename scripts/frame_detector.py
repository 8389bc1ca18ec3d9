"""Frame detector (frame21): the opening and closing frames against the date, the level and
what came before, over profiles in the repository × meeting years × seeds.

    python scripts/frame_detector.py [--years 2016-2035] [--seeds 1,2,3] [--limit N] [--render]

Without --render it reads each draft's context only (fast: every profile × every year): the
guidance an opening cites (policy) and the superiors it names. With --render it renders the
drafts and reads the endorsement and frame wordings too. Prints one count per defect.
"""

from __future__ import annotations

import argparse
import collections
import datetime
import glob
import hashlib
import re
import sys
from pathlib import Path

import yaml

from speechdraft.compose.context import SpeechContext, build_context
from speechdraft.pipeline import (
    builtin_templates_dir,
    draft_of,
    load_phrasebank,
    validate_profile_text,
)

D = datetime.date
XI = "习近平新时代中国特色社会主义思想"


def _policy_defects(policy: str, day: D, level: str, superiors: str) -> list[str]:
    out = []
    # the 2018 conference cited after the 二十大 turned the framing and before the 2024 one
    if "全国教育大会精神" in policy and D(2023, 1, 1) <= day < D(2024, 9, 10):
        out.append("stale_education_conference")
    # the guiding thought leads the Party's guidance from the 十九大 to the data's horizon
    if D(2017, 10, 25) <= day <= D(2027, 9, 30) and "党的" in policy and XI not in policy:
        out.append("no_guiding_thought")
    if XI in policy and day < D(2017, 10, 25):
        out.append("thought_before_its_time")
    if "中国教育现代化2035" in policy and day >= D(2025, 1, 19):
        out.append("outline_superseded")
    if policy.count("、") >= 3:
        out.append("four_references")
    if level == "county_city" and superiors.endswith("上级党委"):
        out.append("vague_superior")
    return out


_RENDERED = {
    "all_agree_one_heard": re.compile(r"我也?都(?:同意|赞同)"),
    "set_out_as_speaker": re.compile(r"(?:^|[。；])(?:部署|安排)讲"),
    "assembly": re.compile(r"在这里集会，向"),
    "carry_out_thought": re.compile(r"落实习近平新时代|推动习近平新时代"),
    "vague_superior_text": re.compile(r"省委和上级党委"),
}


ALL = ("profiles/*.yaml", "docs/review/*/profiles/*.yaml", "tests/fixtures/**/*.yaml")


def _defects(ctx: SpeechContext, body: str) -> list[str]:
    found = _policy_defects(ctx.policy, ctx.meeting_day, ctx.level, ctx.w.superiors)
    for key, pattern in _RENDERED.items():
        if not body or not pattern.search(body):
            continue
        if key == "all_agree_one_heard" and "several_spoke" in ctx.situation:
            continue
        found.append(key)
    return found


def _profiles(limit: int | None, patterns: tuple[str, ...] = ALL) -> list[tuple[str, dict]]:
    seen, out = set(), []
    for pattern in patterns:
        for name in sorted(glob.glob(pattern, recursive=True)):
            text = Path(name).read_text(encoding="utf-8")
            digest = hashlib.md5(text.encode()).hexdigest()
            if digest in seen:
                continue
            seen.add(digest)
            try:
                data = yaml.safe_load(text)
            except yaml.YAMLError:
                continue
            if isinstance(data, dict) and isinstance(data.get("meeting"), dict) and "kind" in data:
                out.append((name, data))
    return out[:limit] if limit else out


def _at_year(data: dict, year: int) -> dict:
    moved = dict(data)
    meeting = dict(data["meeting"])
    day = meeting.get("date")
    day = day if isinstance(day, D) else D(year, 3, 1)
    meeting["date"] = day.replace(year=year, day=min(day.day, 28))
    meeting.pop("name", None)  # a name carries its own year
    moved["meeting"] = meeting
    moved.pop("policies", None)
    return moved


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--years", default="2016-2035")
    ap.add_argument("--seeds", default="1,2,3")
    ap.add_argument("--limit", type=int)
    ap.add_argument("--render", action="store_true")
    ap.add_argument("--glob", action="append", help="profile files (default: all the repository's)")
    args = ap.parse_args()
    first, last = (int(y) for y in args.years.split("-"))
    seeds = [int(s) for s in args.seeds.split(",")]
    bank = load_phrasebank(builtin_templates_dir())
    counts: collections.Counter[str] = collections.Counter()
    example: dict[str, str] = {}
    drafts = 0
    for name, data in _profiles(args.limit, tuple(args.glob or ALL)):
        for year in range(first, last + 1):
            text = yaml.safe_dump(_at_year(data, year), allow_unicode=True)
            try:
                loaded = validate_profile_text(text, name)
            except Exception:
                counts["unreadable"] += 1
                continue
            for seed in seeds if args.render else seeds[:1]:
                try:
                    if args.render:
                        draft = draft_of(loaded, seed=seed)
                        ctx, body = draft.context, draft.document.body_text()
                    else:
                        ctx, body = build_context(loaded, bank, seed), ""
                except Exception:
                    counts["error"] += 1
                    continue
                drafts += 1
                for key in _defects(ctx, body):
                    counts[key] += 1
                    example.setdefault(key, f"{name} {ctx.meeting_day} seed {seed}")
    print(f"drafts {drafts}")
    for key, n in sorted(counts.items()):
        print(f"{key:28s} {n:6d}  {example.get(key, '')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
