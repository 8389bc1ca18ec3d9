"""Counts headings that do not fit their bodies or their place (round ap's S and R on headings,
branch heading30).

    python scripts/heading30_lines.py               # a sample of every profile set, seeds 1–3
    python scripts/heading30_lines.py -v            # … and the lines each check finds
    python scripts/heading30_lines.py --every 1     # every profile (slow: ~1,600 × 3 drafts)
    python scripts/heading30_lines.py FOLDER…       # the profiles of these folders instead

Run it under each tree: ``PYTHONPATH=/work/main/src python scripts/heading30_lines.py`` for
main, ``PYTHONPATH=$PWD/src`` for the branch.

Checks:
- ``level_clash``: a part numbered 一要/二要 in a draft whose items say 一是要 (read aloud, two
  levels of one kind);
- ``column_frame``: a heading that is a frame around an area's whole label (通盘谋划控辍保学与学生
  资助, 着力做好双减与课后服务): a column's name pasted into a slot;
- ``sibling_weight``: two headings of one level under one parent sharing a word of weight (激励,
  氛围, 责任, 担当…): （二）强化激励约束 then （三）激励担当作为;
- ``off_body``: a heading whose first clause's key words (two characters after its leading verb)
  occur nowhere in the body it stands over (a simple topic test).
"""

from __future__ import annotations

import hashlib
import re
import sys
from collections import Counter
from functools import cache
from multiprocessing import Pool
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = (1, 2, 3)
KEYS = ("level_clash", "column_frame", "sibling_weight", "off_body")
_NUM = "一二三四五六七八九十"
_PART = re.compile(rf"^([{_NUM}]+)(?:、|要)(?!是)")
_DIRECTIVE_PART = re.compile(rf"^[{_NUM}]+要(?!是)")
_SECTION = re.compile(rf"^（[{_NUM}]+）")
# words whose repetition across siblings says the same thing twice (readers' D and S)
WEIGHT_WORDS = (
    "激励", "氛围", "责任", "担当", "合力", "底线", "作风", "督导", "考核", "机制", "导向",
    "共识", "关爱", "实效", "统筹",
)  # fmt: skip
_LEAD = re.compile(
    r"^(?:进一步|持续|切实|扎实|全面|着力|认真|深入|加快|全力|大力|坚决|不断|科学|始终|"
    r"更加|努力|积极|主动|高质量|高标准|纵深|稳妥|规范|严格)*"
    r"(?:加强|强化|凝聚|营造|转变|健全|完善|压实|落实|坚持|做好|抓好|抓实|狠抓|深化|推进|推动|"
    r"提升|提高|优化|改进|构建|形成|夯实|守住|守牢|筑牢|扛起|把握|认清|统一|增强|发挥|树立|"
    r"聚焦|突出|抓住|明确|围绕|锚定|保障|规范|严格|管好|用好|办好|做实|建好|弘扬|涵养|关心|"
    r"关爱|致敬|珍视|回顾|不负|牢记|讲好|厚植|激励|通盘谋划|统筹)?"
)
_GENERIC = frozenset(
    ("工作", "各项", "有关", "进一", "教育", "发展", "任务", "重点", "全面", "切实", "推动")
)


@cache
def area_labels() -> tuple[str, ...]:
    from speechdraft.phrasebank import load_phrasebank
    from speechdraft.resources import builtin_templates_dir

    bank = load_phrasebank(builtin_templates_dir())
    labels = [a.label for a in (*bank.areas.values(), *bank.safeguards.values())]
    return tuple(label for label in labels if "与" in label or "和" in label)


def key_bigrams(clause: str) -> frozenset[str]:
    core = _LEAD.sub("", re.sub(r"[\s“”\"（）()、]", "", clause))
    grams = {core[i : i + 2] for i in range(len(core) - 1)}
    return frozenset(g for g in grams if g not in _GENERIC)


def _blocks(lines: list[str]) -> list[tuple[int, str, list[str]]]:
    """(level, heading, body lines) for every heading: a part's body runs to the next part,
    a section's to the next section or part."""
    found: list[tuple[int, str, list[str]]] = []
    for at, line in enumerate(lines):
        level = 1 if _PART.match(line) else 2 if _SECTION.match(line) else 0
        if not level:
            continue
        body: list[str] = []
        for later in lines[at + 1 :]:
            later_level = 1 if _PART.match(later) else 2 if _SECTION.match(later) else 0
            if later_level and later_level <= level:
                break
            body.append(later)
        found.append((level, line, body))
    return found


def _title(heading: str) -> str:
    return re.sub(rf"^(?:（[{_NUM}]+）|[{_NUM}]+(?:、|要))", "", heading)


def _siblings(blocks: list[tuple[int, str, list[str]]]) -> list[list[str]]:
    """The headings of each level grouped by parent (the parts; each part's sections)."""
    groups: list[list[str]] = [[]]
    sections: list[str] = []
    for level, heading, _ in blocks:
        if level == 1:
            groups[0].append(heading)
            if sections:
                groups.append(sections)
            sections = []
        else:
            sections.append(heading)
    if sections:
        groups.append(sections)
    return groups


def check(text: str) -> dict[str, list[str]]:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    found: dict[str, list[str]] = {key: [] for key in KEYS}
    if "一是要" in text:
        found["level_clash"] = [line for line in lines if _DIRECTIVE_PART.match(line)]
    blocks = _blocks(lines)
    for _, heading, body in blocks:
        title = _title(heading)
        if any(label in title and title != label for label in area_labels()):
            found["column_frame"].append(heading)
        grams = frozenset().union(*(key_bigrams(c) for c in title.split("，")))
        said = "".join(body)
        if grams and said and not any(g in said for g in grams):
            found["off_body"].append(heading)
    for group in _siblings(blocks):
        for i, one in enumerate(group):
            for other in group[i + 1 :]:
                shared = [w for w in WEIGHT_WORDS if w in _title(one) and w in _title(other)]
                if shared:
                    found["sibling_weight"].append(f"{other}（与“{_title(one)}”同用{shared[0]}）")
    return found


def _job(job: tuple[Path, int]) -> tuple[str, dict[str, list[str]]]:
    from speechdraft.pipeline import build_draft
    from speechdraft.writers.text import to_text

    path, seed = job
    name = str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else path.name
    try:
        draft = build_draft(path, seed=seed)
    except Exception:  # a profile the current schema refuses
        return (f"{name}#{seed}", {})
    return (f"{name}#{seed}", check(to_text(draft.document)))


def all_profiles(folders: list[Path], every: int) -> list[Path]:
    if folders:
        found = [p for f in folders for p in sorted(f.glob("*.yaml"))]
    else:
        found = sorted((ROOT / "profiles").glob("*.yaml"))
        found += sorted((ROOT / "docs" / "review").glob("*/profiles/*.yaml"))
    unique: dict[str, Path] = {}
    for path in found:
        unique.setdefault(hashlib.sha1(path.read_bytes()).hexdigest(), path)
    return list(unique.values())[::every]


def main() -> None:
    argv = sys.argv[1:]
    show = "-v" in argv
    every = int(argv[argv.index("--every") + 1]) if "--every" in argv else 6
    folders = [Path(a).resolve() for a in argv if not a.startswith("-") and Path(a).is_dir()]
    jobs = [(p, s) for p in all_profiles(folders, 1 if folders else every) for s in SEEDS]
    lines: Counter[str] = Counter()
    drafts: Counter[str] = Counter()
    with Pool(1) as pool:
        for name, found in pool.imap(_job, jobs, chunksize=4):
            for key, hits in found.items():
                lines[key] += len(hits)
                drafts[key] += bool(hits)
                if show:
                    for hit in hits:
                        print(f"{key}\t{name}\t{hit}")
    print(f"{len(jobs)} drafts")
    for key in KEYS:
        print(f"{key}: {lines[key]} lines in {drafts[key]} drafts")
    print(f"total: {sum(lines.values())}")


if __name__ == "__main__":
    main()
