"""Indicator asks a clerk did not owe (branch asks26, round an's F, A and D).

A stock line with an indicator slot (…率要达到【待补：…（%）】, 今年创建特色高中【待补：…（所）】)
asks the clerk for a number; a figure said with 【待核：新增数还是总数】 asks him what it counts.
Round an's readers struck the ask whenever it was not the clerk's. Per draft, each such ask
is classed (a line may fall in several classes):

- ``given``: the profile already gives that measure in some form (现有100%, 保持, 目标, 计划新增,
  a review figure, a point): asked again, or said as another state;
- ``untasked``: the ask names a task the profile never set (创建特色高中, 集团化办学: the
  indicator's own subject is nowhere in the profile);
- ``off``: the indicator is not the meeting's — a society-wide or year-plan indicator at a
  meeting of another kind (OFF_KIND), or asked under a heading on another topic (the heading
  shares no word with the indicator's area or family, the bank's own tables);
- ``lost``: the profile wrote the figure as an addition (新增10所, 计划新增600名) and the line
  says it without that word, or marks it 【待核：新增数还是总数】 all the same.

The bank's indicator names (facts' labels and aliases) are read from the area files.

  PYTHONPATH=src python scripts/indicator_asks.py [--dump DIR | --from DIR] [-v] [--seeds N]

renders every profile of the repository (profiles/ and every docs/review/*/profiles, the same
text once) at seeds 1–3 on two processes, or reads the texts ``--dump`` wrote before
(``--from``), and prints per class the asks found and the drafts they are in; ``-v`` prints
each (class, draft, line).
"""

from __future__ import annotations

import hashlib
import re
import sys
from collections import Counter
from functools import cache
from multiprocessing import Pool
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
AREAS = ROOT / "templates" / "phrases" / "areas"
KEYS = ("given", "untasked", "off", "lost")

ASK = re.compile(r"【待补：(?:明年|今年)?(?P<label>[^】（]+)(?:（[^】]*）)?】")
DELTA_CHECK = "【待核：新增数还是总数】"
# the measure words an indicator's name ends in; what is left names its subject (the task)
_MEASURE = re.compile(
    r"(?:覆盖学校数|覆盖率|普及率|达标率|配备率|配备人数|创建数|建校率|参与率|注册使用率|入学率|"
    r"巩固率|使用率|毛入学率|上线率|达标学校比例|配备达标学校比例|学校比例|比例|占比|人次|人数|"
    r"次数|学校数|项目数|基地数|企业数|数|率|目标)+$"
)
_PLACE_PREFIX = re.compile(
    r"^(?:全年|今年|年内|每校每学期|中小学幼儿园|中小学校|中小学|义务教育学校)"
)
# indicators of the whole society or of a year's plan, not of these kinds of meeting (round
# an's F: 普通话普及率 at a school opening)
OFF_KIND: dict[str, frozenset[str]] = {
    "普通话普及率": frozenset({"school_opening", "safety", "teachers_day"}),
    # a year's budget: the start of a term sets no year's figures (genre.ASKED_AREAS)
    "全年学生资助资金": frozenset({"school_opening", "safety", "teachers_day"}),
}
# indicators that count a task's own deeds or units (a programme a place may or may not run):
# asked only where the profile names the task (round an's A: 今年创建特色高中【待补】,
# 集团化办学覆盖率【待补】 where the profile set no such task); the words that name it
TASKED: dict[str, tuple[str, ...]] = {
    "特色高中创建数": ("特色高中", "特色发展", "多样化"),
    "集团化办学覆盖率": ("集团化", "教育集团", "集团办学"),
    "新建智慧校园示范校": ("智慧校园",),
    "中小学幼儿园家长学校建校率": ("家长学校",),
    "民族团结进步示范学校数": ("民族团结进步示范", "示范学校"),
    "劳动教育实践基地数": ("劳动教育实践基地", "实践基地"),
    "思政实践教育基地数": ("思政实践", "实践教育基地", "实践基地"),
    "挂牌督导覆盖学校数": ("挂牌督导",),
    "送教上门服务学生数": ("送教上门",),
    "校企合作企业数": ("校企合作", "产教融合"),
    "推行党组织领导的校长负责制中小学校数": ("校长负责制",),
    "民办学校年检覆盖率": ("年检",),
    "教师家访学生覆盖率": ("家访",),
    "国家智慧教育平台师生注册使用率": ("智慧教育平台", "平台"),
}
_HEADING = re.compile(r"^(?:（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、)")
_SENTENCE = re.compile(r"[^。！？]+[。！？]?")
_ADDED = re.compile(r"(?:新增|新建|新创建|创建|新补充|新配备)(?P<number>\d[\d,.]*)")


@cache
def bank() -> list[dict[str, Any]]:
    """Every fact of the bank's areas: its label, aliases, area names and family words."""
    facts: list[dict[str, Any]] = []
    for path in sorted(AREAS.glob("*.yaml")):
        area = yaml.safe_load(path.read_text(encoding="utf-8"))
        families = {f["key"]: f for f in area.get("families", [])}
        area_words = [area["label"], *area.get("aliases", [])]
        for fact in area.get("facts", []):
            words = list(area_words)
            for key in fact.get("families", []) or families:
                family = families.get(key, {})
                words += family.get("aliases", [])
                for heading in family.get("headings", []):
                    words.append(heading if isinstance(heading, str) else str(heading))
            facts.append(
                {
                    "label": fact["label"],
                    "aliases": fact.get("aliases", []),
                    "area": area["key"],
                    "words": words,
                }
            )
    return facts


def _spec(label: str) -> dict[str, Any] | None:
    for fact in bank():
        if label == fact["label"] or label in fact["aliases"]:
            return fact
    return None


def _core(label: str) -> str:
    """What an indicator counts, without its place words and measure word (特色高中 of
    特色高中创建数, 集团化办学 of 集团化办学覆盖率)."""
    return _MEASURE.sub("", _PLACE_PREFIX.sub("", label))


def _strings(data: Any) -> list[str]:
    """Every key and value of the profile, as text."""
    if isinstance(data, dict):
        pairs = [f"{k}：{v}" for k, v in data.items() if not isinstance(v, (dict, list))]
        return pairs + [s for k, v in data.items() for s in (str(k), *_strings(v))]
    if isinstance(data, list):
        return [s for v in data for s in _strings(v)]
    return [str(data)]


def _given(label: str, spec: dict[str, Any] | None, profile: list[str]) -> bool:
    """Whether the profile gives the measure with a figure: its name (or an alias, or its
    name without place words) and a number in one entry, or a key and its value."""
    names = {label, _PLACE_PREFIX.sub("", label), *(spec["aliases"] if spec else [])}
    names = {n.removesuffix("目标") for n in names if len(n) >= 4}
    return any(name in text and re.search(r"\d", text) for text in profile for name in names)


def _bigrams(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)}


def _off_topic(label: str, spec: dict[str, Any] | None, heading: str) -> bool:
    """An ask under a heading sharing no two characters with the indicator's name, its
    area's names or its families' aliases and headings."""
    if not heading or spec is None:
        return False
    words = _bigrams(_core(label)) | {b for w in spec["words"] for b in _bigrams(w)}
    stop = {"工作", "建设", "教育", "学校", "提升", "推进", "发展", "全面", "加强", "质量", "水平"}
    return not (_bigrams(heading) - stop) & (words - stop)


def _sentences(text: str) -> list[tuple[str, str]]:
    """Each sentence of the draft with the sub-heading over it."""
    heading = ""
    sentences: list[tuple[str, str]] = []
    for row in text.splitlines():
        row = row.strip()
        if _HEADING.match(row) and len(row) < 40:
            heading = _HEADING.sub("", row)
            continue
        sentences += [(heading, s) for s in _SENTENCE.findall(row) if s.strip()]
    return sentences


def _ask_classes(label: str, heading: str, kind: str, profile: list[str]) -> list[str]:
    """The classes of one 【待补】 ask of an indicator (none for another placeholder)."""
    spec = _spec(label)
    if spec is None:
        return []  # not an indicator (…方面的主要做法, 领导姓名)
    whole = "\n".join(profile)
    classes = []
    if _given(label, spec, profile):
        classes.append("given")
    task = TASKED.get(label)
    if task is not None and not any(word in whole for word in task):
        classes.append("untasked")
    if kind in OFF_KIND.get(label, frozenset()) or _off_topic(label, spec, heading):
        classes.append("off")
    return classes


def _lost(line: str, added: set[str]) -> bool:
    """A figure the profile writes as an addition, said as a total or marked DELTA_CHECK."""
    if _ADDED.search(line):
        return False
    for number in re.findall(r"(?<![\d.])\d[\d,.]*(?=[^\d.%])", line):
        total = re.search(rf"(?:达到|保持在|为|配备|建成){re.escape(number)}", line)
        if number in added and (DELTA_CHECK in line or total):
            return True
    return False


def check(text: str, data: dict[str, Any]) -> dict[str, list[str]]:
    """Per class, the sentences of ``text`` that ask what the profile ``data`` did not owe."""
    profile = _strings(data)
    kind = _kind_of(data)
    added = {m["number"] for s in profile for m in _ADDED.finditer(s)}
    found: dict[str, list[str]] = {}
    for heading, line in _sentences(text):
        for match in ASK.finditer(line):
            for key in _ask_classes(match["label"], heading, kind, profile):
                found.setdefault(key, []).append(line)
        if _lost(line, added):
            found.setdefault("lost", []).append(line)
    return found


def _kind_of(data: dict[str, Any]) -> str:
    return str(data.get("kind", "")) if isinstance(data, dict) else ""


def profiles() -> list[Path]:
    """profiles/ and every review round's, each text once."""
    paths = sorted((ROOT / "profiles").glob("*.yaml"))
    for folder in sorted((ROOT / "docs" / "review").glob("*/profiles")):
        paths += sorted(folder.glob("*.yaml"))
    seen: set[str] = set()
    unique = []
    for path in paths:
        digest = hashlib.sha1(path.read_bytes()).hexdigest()
        if digest not in seen:
            seen.add(digest)
            unique.append(path)
    return unique


def _name(path: Path, seed: int) -> str:
    return f"{path.parent.parent.name}-{path.stem}#{seed}"


def _render(job: tuple[Path, int, str]) -> tuple[str, str | None]:
    from speechdraft.pipeline import build_draft
    from speechdraft.writers.text import to_text

    path, seed, dump = job
    name = _name(path, seed)
    try:
        text = to_text(build_draft(path, seed=seed).document)
    except Exception:  # a review's profile the current schema refuses: not counted
        return name, None
    if dump:
        (Path(dump) / f"{name}.txt").write_text(text, encoding="utf-8")
    return name, text


def main() -> None:
    argv = sys.argv[1:]
    show = "-v" in argv
    seeds = (
        tuple(range(1, int(argv[argv.index("--seeds") + 1]) + 1))
        if "--seeds" in argv
        else (1, 2, 3)
    )
    dump = argv[argv.index("--dump") + 1] if "--dump" in argv else ""
    source = argv[argv.index("--from") + 1] if "--from" in argv else ""
    paths = profiles()
    data = {p: yaml.safe_load(p.read_text(encoding="utf-8")) for p in paths}
    jobs = [(p, s, dump) for p in paths for s in seeds]
    if dump:
        Path(dump).mkdir(parents=True, exist_ok=True)
    if source:
        texts = {}
        for p, s, _ in jobs:
            file = Path(source) / f"{_name(p, s)}.txt"
            texts[_name(p, s)] = file.read_text(encoding="utf-8") if file.exists() else None
    else:
        with Pool(2) as pool:
            texts = dict(pool.imap(_render, jobs, chunksize=4))
    lines: Counter[str] = Counter()
    drafts: Counter[str] = Counter()
    rendered = 0
    asks = 0
    for p, s, _ in jobs:
        text = texts.get(_name(p, s))
        if text is None:
            continue
        rendered += 1
        asks += sum(1 for m in ASK.finditer(text) if _spec(m["label"])) + text.count(DELTA_CHECK)
        for key, hits in check(text, data[p]).items():
            lines[key] += len(hits)
            drafts[key] += 1
            if show:
                for hit in hits:
                    print(f"{key}\t{_name(p, s)}\t{hit}")
    print(f"{rendered} drafts, {asks} indicator asks (【待补】 of a bank indicator, {DELTA_CHECK})")
    for key in KEYS:
        print(f"{key}: {lines[key]} lines in {drafts[key]} drafts")
    print(f"total: {sum(lines[k] for k in KEYS)} lines")


if __name__ == "__main__":
    main()
