"""Counts headings over another topic than their own (issue 11's S: round am's readers'
加强组织领导 said as （一）抓好学校党建…, 强化经费保障 as 加强绩效管理…, two sibling headings on one
topic).

    python scripts/heading_topic.py              # every profile of the repository, seeds 1–3
    python scripts/heading_topic.py -v           # … and the lines each check finds
    python scripts/heading_topic.py FOLDER…      # the profiles of these folders instead
    python scripts/heading_topic.py --safeguards # only profiles listing safeguards of their own
    python scripts/heading_topic.py --relog LOG  # a saved -v run's findings under today's rules

Checks:
- ``safeguard_off``: a safeguard the clerk wrote (not one the kind adds by default) whose
  printed heading shares no content word (two characters of his title or area after its
  leading verb: 组织领导, 经费保障, 工作合力…) with what he wrote;
- ``stock_off_topic``: a stock sentence (a bank unit's wording, found by a run of its own
  characters) under a bank heading whose sub-topic (``topic``) differs from the sentence's,
  while no unit of the heading's own sub-topic has that wording;
- ``sibling_topic``: two section headings of one part that are headings of bank sub-topics of
  one topic, or whose first clauses name one thing (section_checks' reading of a heading).

Profiles: profiles/, every review round's, the tests' fixture profiles and the examples'
(one of each set of byte-identical files); a profile the current schema refuses is skipped.
"""

from __future__ import annotations

import hashlib
import re
import sys
from collections import Counter
from functools import cache, lru_cache
from multiprocessing import Pool
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

KEYS = ("safeguard_off", "stock_off_topic", "sibling_topic")
SEEDS = (1, 2, 3)
_NUM = "一二三四五六七八九十"
_HEADING = re.compile(rf"^(?:（[{_NUM}]+）|[{_NUM}]+、)")
_SECTION = re.compile(rf"^（[{_NUM}]+）")
_PART = re.compile(rf"^[{_NUM}]+、")
_SENTENCE = re.compile(r"[^。！？]+[。！？]?")
_LEAD_VERB = re.compile(
    r"^(?:进一步)?(?:加强|强化|凝聚|营造|转变|健全|完善|压实|落实|坚持|做好|抓好|狠抓|深化|推进|"
    r"提升|严格|优化|改进|构建|形成|夯实|切实|全面|着力|扎实)+"
)
_GENERIC_BIGRAMS = frozenset(("工作", "良好", "各项", "有关", "进一"))
_KEY_CHARS = 10


def content_bigrams(name: str) -> frozenset[str]:
    """The two-character runs of a safeguard's name after its leading verb (组织领导 of
    加强组织领导), less the generic ones (工作 of 凝聚工作合力)."""
    core = _LEAD_VERB.sub("", re.sub(r"[\s，,、：:（）()“”]", "", name))
    grams = {core[i : i + 2] for i in range(len(core) - 1)}
    return frozenset(g for g in grams if g not in _GENERIC_BIGRAMS)


def shares_content(heading: str, name: str) -> bool:
    grams = content_bigrams(name)
    return not grams or any(g in heading for g in grams)


@cache
def area_label(name: str) -> str:
    """The bank safeguard's label a clerk's name is (加强组织领导) or names by an alias (部门协同
    of 凝聚工作合力); "" where none."""
    from speechdraft.phrasebank import load_phrasebank
    from speechdraft.resources import builtin_templates_dir

    bank = load_phrasebank(builtin_templates_dir())
    for area in bank.safeguards.values():
        if area.label in name or any(a and a in name for a in area.aliases):
            return area.label
    return ""


def off_topic(heading: str, name: str) -> bool:
    """Whether a safeguard's heading says no word of the clerk's name nor of its area's."""
    label = area_label(name.split()[0]) if name else ""
    return not shares_content(heading, name) and not (label and shares_content(heading, label))


@lru_cache(maxsize=4096)
def heading_topics(heading: str) -> frozenset[str]:
    """A bank heading's topic; for another (the clerk's own, 切实做好尊师重教工作), the topics of
    the sub-topics an alias of three characters or more of which its first clause says."""
    topic = _index()[0].get(heading)
    if topic:
        return frozenset((topic,))
    clause = re.split(r"[，,：:；]", heading, maxsplit=1)[0]
    return frozenset(
        topic for aliases, topic in _aliases() if any(len(a) >= 3 and a in clause for a in aliases)
    )


@lru_cache(maxsize=1)
def _aliases() -> tuple[tuple[tuple[str, ...], str], ...]:
    from speechdraft.phrasebank import load_phrasebank
    from speechdraft.resources import builtin_templates_dir

    bank = load_phrasebank(builtin_templates_dir())
    areas = (*bank.areas.values(), *bank.safeguards.values())
    return tuple((f.aliases, f.topic) for area in areas for f in area.families)


def keep(key: str, hit: str) -> bool:
    """Whether a finding stands (the same rule live and over a saved ``-v`` log)."""
    if key == "safeguard_off":
        name, heading = hit.split(" → ", 1)
        return off_topic(heading, name)
    if key == "stock_off_topic":
        return not re.search(r"[0-9０-９【]", hit.split("] ", 1)[1])
    if key == "sibling_topic":
        from section_checks import _things

        first, second = hit.split(" ｜ ", 1)
        if heading_topics(first) & heading_topics(second):
            return True
        named = [
            frozenset(t for terms in _things("（一）" + h) for t in terms if len(t) >= 3)
            for h in (first, second)
        ]
        return bool(named[0] & named[1])
    return True


@lru_cache(maxsize=1)
def _index() -> tuple[dict[str, str], dict[str, frozenset[str]]]:
    """Bank heading wordings → topic; runs of a unit's own characters → topics saying them."""
    from speechdraft.phrasebank import load_phrasebank
    from speechdraft.resources import builtin_templates_dir

    bank = load_phrasebank(builtin_templates_dir())
    headings: dict[str, str] = {}
    runs: dict[str, set[str]] = {}
    for area in (*bank.areas.values(), *bank.safeguards.values()):
        for family in area.families:
            for heading in family.headings:
                for text in heading.wordings:
                    headings[text] = family.topic
            for unit in family.units:
                for text in unit.wordings:
                    for chunk in re.split(r"\{\{.*?\}\}|\{.*?\}", text):
                        if len(chunk) >= _KEY_CHARS:
                            runs.setdefault(chunk[:_KEY_CHARS], set()).add(family.topic)
    return headings, {k: frozenset(v) for k, v in runs.items()}


def _topics_of(sentence: str) -> frozenset[str]:
    runs = _index()[1]
    found: set[str] = set()
    for i in range(len(sentence) - _KEY_CHARS + 1):
        topics = runs.get(sentence[i : i + _KEY_CHARS])
        if topics:
            found |= topics
    return frozenset(found)


def _bare(heading: str) -> str:
    return _HEADING.sub("", heading).strip()


def _safeguard_names(data: dict[str, Any]) -> list[str]:
    names = []
    for item in data.get("safeguards") or []:
        if isinstance(item, dict):
            names.append(" ".join(str(item.get(k) or "") for k in ("area", "title")).strip())
        else:
            names.append(str(item))
    return [n for n in names if n]


def check(text: str, data: dict[str, Any], said: dict[str, set[str]]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    _safeguards_off(lines, data, said, found)
    _sections(lines, found)
    return found


def _safeguards_off(
    lines: list[str], data: dict[str, Any], said: dict[str, set[str]], found: dict[str, list[str]]
) -> None:
    """(a) the clerk's safeguards: the heading said over each (the renderer's record)."""
    headings = {_bare(line) for line in lines if _HEADING.match(line) and "。" not in line}
    for name in _safeguard_names(data):
        for heading in sorted(h for h in said.get(name, set()) if h in headings):
            if off_topic(heading, name):
                found.setdefault("safeguard_off", []).append(f"{name} → {heading}")


def _sections(lines: list[str], found: dict[str, list[str]]) -> None:
    """(b) stock sentences of another topic under a bank heading; (c) sibling headings."""
    from section_checks import _things  # a heading's named things, read as section_checks does

    bank_headings = _index()[0]
    part = 0
    seen: list[tuple[str, int, str, frozenset[str]]] = []
    topic = ""
    for line in lines:
        if _PART.match(line) and "。" not in line:
            part += 1
            topic = bank_headings.get(_bare(line), "")
        elif _SECTION.match(line) and "。" not in line:
            heading = _bare(line)
            topic = bank_headings.get(heading, "")
            things = _things(line)
            named = frozenset().union(*things) if things else frozenset()
            for other, other_part, other_topic, other_named in seen:
                hit = f"{other} ｜ {heading}"
                twins = (topic and topic == other_topic) or named & other_named
                if other_part == part and twins and keep("sibling_topic", hit):
                    found.setdefault("sibling_topic", []).append(hit)
            seen.append((heading, part, topic, named))
        elif topic:
            for sentence in _SENTENCE.findall(line):
                topics = _topics_of(sentence)
                hit = f"[{topic}] {sentence}"
                if topics and topic not in topics and keep("stock_off_topic", hit):
                    found.setdefault("stock_off_topic", []).append(hit)


def _job(job: tuple[Path, int]) -> tuple[str, dict[str, list[str]], int]:
    from speechdraft.compose import render
    from speechdraft.pipeline import build_draft
    from speechdraft.writers.text import to_text

    path, seed = job
    said: dict[str, set[str]] = {}
    original = render._Speech.task_title

    def recording(self: Any, item: Any, salt: str, alone: bool = False) -> Any:
        title = original(self, item, salt, alone)
        if not item.stock and not self._is_priority(item):
            said.setdefault(item.label, set()).add(str(title))
            if item.title:
                said.setdefault(f"{item.label} {item.title}", set()).add(str(title))
        return title

    render._Speech.task_title = recording  # type: ignore[method-assign]
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or "kind" not in data:
            return (f"{path}#{seed}", {}, 0)
        draft = build_draft(path, seed=seed)
    except Exception:
        return (f"{path}#{seed}", {}, 0)
    finally:
        render._Speech.task_title = original  # type: ignore[method-assign]
    name = str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else path.name
    return (f"{name}#{seed}", check(to_text(draft.document), data, said), 1)


def all_profiles(folders: list[Path]) -> list[Path]:
    if folders:
        found = [p for f in folders for p in sorted(f.glob("*.yaml"))]
    else:
        found = sorted((ROOT / "profiles").glob("*.yaml"))
        found += sorted((ROOT / "docs" / "review").glob("*/profiles/*.yaml"))
        found += sorted((ROOT / "examples").rglob("*.yaml"))
        found += sorted((ROOT / "tests").rglob("*.yaml"))
    unique: dict[str, Path] = {}
    for path in found:
        unique.setdefault(hashlib.sha1(path.read_bytes()).hexdigest(), path)
    return list(unique.values())


def _has_safeguards(path: Path) -> bool:
    """Whether the profile lists safeguards of its own (the drafts the clerk's safeguards
    change; the others' sections are the kind's defaults)."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except Exception:
        return False
    return isinstance(data, dict) and bool(data.get("safeguards"))


def relog(path: Path) -> None:
    """The counts of a saved ``-v`` log under the current rules (a run made with an earlier,
    wider version of a check: every rule here only narrows)."""
    lines: Counter[str] = Counter()
    drafts: dict[str, set[str]] = {key: set() for key in KEYS}
    for row in path.read_text(encoding="utf-8").splitlines():
        parts = row.split("\t")
        if len(parts) == 3 and parts[0] in KEYS and keep(parts[0], parts[2]):
            lines[parts[0]] += 1
            drafts[parts[0]].add(parts[1])
            print(row)
    for key in KEYS:
        print(f"{key}: {lines[key]} lines in {len(drafts[key])} drafts")


def main() -> None:
    argv = sys.argv[1:]
    if "--relog" in argv:
        relog(Path(argv[argv.index("--relog") + 1]))
        return
    show = "-v" in argv
    folders = [Path(a).resolve() for a in argv if not a.startswith("-") and Path(a).is_dir()]
    paths = all_profiles(folders)
    if "--safeguards" in argv:
        paths = [p for p in paths if _has_safeguards(p)]
    jobs = [(p, s) for p in paths for s in SEEDS]
    lines: Counter[str] = Counter()
    drafts: Counter[str] = Counter()
    rendered = 0
    with Pool(2) as pool:
        for name, found, ok in pool.imap(_job, jobs, chunksize=8):
            rendered += ok
            for key, hits in found.items():
                lines[key] += len(hits)
                drafts[key] += 1
                if show:
                    for hit in hits:
                        print(f"{key}\t{name}\t{hit}", flush=True)
    print(f"{rendered} drafts")
    for key in KEYS:
        print(f"{key}: {lines[key]} lines in {drafts[key]} drafts")


if __name__ == "__main__":
    main()
