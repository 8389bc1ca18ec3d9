"""Counts sections that are not about what their heading and the clerk's priority say (issue
11's S: round af's readers' 题不对文, 待补 indicators off the meeting's theme, 层次序号打架).

    python scripts/section_checks.py                 # every profile of the repository, seeds 1–3
    python scripts/section_checks.py --show          # … and the lines each detector finds
    python scripts/section_checks.py FOLDER…         # the profiles of these folders instead
    python scripts/section_checks.py --texts DIR     # drafts dumped by scripts/dump_texts.py --all

Detectors (rules over what a draft says, with the bank's own names):
- ``drift``: a key task the clerk named by a word of its area (县域高中, 学生资助) that no
  sub-topic's alias names while two sentences or headings of one sub-topic say it word for
  word, and the draft never says the word (特色高中 over 县域高中, 劝返复学 over 学生资助);
- ``asked_off_theme``: a 【待补】 asking for an indicator of an area that is not the meeting's
  theme (genre.ASKED_AREAS: 作业管理达标学校比例 at a safety meeting, 教师全员培训人次 at an
  opening meeting);
- ``asked_off_family``: a 【待补】 asking for an indicator under a section whose heading names
  sub-topics of its area but not the one the indicator's name names (课后服务参与率 under
  持续规范校外培训机构, 校医配备率 under 灾害天气);
- ``nested``: a numbered item (三是…) holding an enumeration of its own (：一是…；二是…);
- ``odds_heading``: a heading that promises 其他各项工作 over one thing;
- ``lead_off``: a section (（一）…) whose first sentence says nothing its heading promises
  (promise.promised_terms) while a later sentence of its first paragraph does (艺术展演… first
  under 补齐体育美育师资短板);
- ``part_unkept``: a section heading whose first clause names a thing (read here with a verb
  list of its own, wider than promise.py's was: 严明纪律规矩, 紧盯消防和校舍安全, 选树先进典型)
  or one of two things side by side that no line of its section says (round ag: 纪律 under
  严明纪律规矩，激励干部担当作为, 校舍 under 紧盯消防和校舍安全);
- ``twin_sections``: two section headings of one part that name the same thing (开学 and 安全
  of 织密织牢开学安全防护网 and 筑牢开学季校园安全防线: round ag's 08);
- ``lone_body``: a section heading (（一）…) standing over one sentence before the next heading
  or the speech's closing words, not a 【待补】 (the clerk's own task asking) nor a line of
  figures (a review's results) (round ah's S: （三）凝聚工作合力，形成齐抓共管的格局 and
  （八）强化部门联动，同向发力支持教育 over one line each);
- ``refers_back``: a sentence speaking of something as already there (测评结果, 整改成效如何,
  这些问题) where nothing before it in the draft — nor earlier in the sentence — brings it in
  (round ah's S: 测评结果要严格保密 before any 测评, 整改成效如何 with nothing to correct:
  ``compose.antecedent.BACK_REFERENCES``);
- ``stock_unasked``: a section heading of a safeguard's sub-topic on one key task's matter
  (the bank's ``when_asked`` families: 学校党建, 关心教师, 为校减负, 理性育人氛围, 护校, 安全宣传,
  惠师资金, 安全经费) in a draft whose profile lists no safeguards and asks for none of it: no
  key task nor reviewed achievement of its areas nor the kind's theme (genre.ASKED_AREAS), no word of its own in the meeting's name, guideline or key tasks
  (round ai's S: （二）合力关心支持教师 and （三）精简各类检查评比 under 落实 at a meeting on
  neither; （四）营造理性育人氛围 at a 高教/职教 meeting);
- ``after_meeting_early``: a paragraph on what is done after the meeting (会后，…) with a
  section or an item of its part still to come (round ai's S: 会后，领导小组办公室要把今天会议
  议定的事项梳理清楚 at the start of part three, before 一是);
- ``back_after_thanks``: a sentence pointing back to the achievements (这些成绩, 这些进步)
  right after a thanks line or a turn to what is still weak (但也要看到), so that it points at
  the wrong sentence (round ai's S: the thanks between the achievements and 这些进步);
- ``task_in_salute``: in part one of a teachers' day speech (the salute and the year's review),
  a task set for the schools (各学校要…) or a line of care for the retired teachers (退休…要…)
  (round ai's S: 各学校要把身边的先进宣传好 and 离退休老教师…要继续关心好 before the achievements).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from functools import cache, lru_cache
from multiprocessing import Pool
from pathlib import Path

import yaml
from detector_runs import ROOT, draft_findings, profiles, tally

from speechdraft.compose.antecedent import dangling
from speechdraft.compose.assemble import name_said
from speechdraft.compose.promise import keeps, promised_terms
from speechdraft.genre import ASKED_AREAS

SEEDS = (1, 2, 3)
KEYS = (
    "drift",
    "asked_off_theme",
    "asked_off_family",
    "nested",
    "odds_heading",
    "lead_off",
    "part_unkept",
    "twin_sections",
    "lone_body",
    "refers_back",
    "stock_unasked",
    "after_meeting_early",
    "back_after_thanks",
    "task_in_salute",
)

_NUM = "一二三四五六七八九十"
_SECTION = re.compile(rf"^(?:（[{_NUM}]+）|[{_NUM}]+是要?)")
_PART = re.compile(rf"^[{_NUM}]+[、要](?!.*。$)")
_PLACEHOLDER = re.compile(r"【待补：([^【】（]+)(?:（[^）]*）)?】")
_ITEM = re.compile(rf"^[{_NUM}]+是")
_NESTED = re.compile(r"[：:]一是")


@lru_cache(maxsize=1)
def _bank():  # type: ignore[no-untyped-def]
    from speechdraft.pipeline import builtin_templates_dir, load_phrasebank

    return load_phrasebank(builtin_templates_dir())


@cache
def indicator(label: str) -> tuple[str, tuple[tuple[str, ...], ...], tuple[tuple[str, ...], ...]]:
    """The area a 【待补】's label is an indicator of, the alias sets of the sub-topics
    naming it, and those of all the area's sub-topics ("" where the bank has no such fact)."""
    for area in _bank().areas.values():
        for spec in area.facts:
            if spec.label == label:
                every = tuple(tuple(a for a in f.aliases if len(a) >= 2) for f in area.families)
                naming = tuple(
                    names
                    for names, family in zip(every, area.families, strict=True)
                    if any(a and a in label for a in family.aliases)
                )
                return area.key, naming, every
    return "", (), ()


@cache
def spoken_by_one(label: str) -> bool:
    """Whether ``label`` is a word of an area no sub-topic's alias names while two units or
    headings of one sub-topic say it word for word."""
    area = _bank().find_area(label)
    if area is None or (label in area.label and label not in re.split(r"[与和]", area.label)[1:]):
        return False  # a word of the area's own name names every sub-topic (not one half)
    if any(a and a in label for f in area.families for a in f.aliases):
        return False
    aliases = [a for f in area.families for a in f.aliases]
    saying = [
        sum(
            1
            for u in (*f.headings, *f.units)
            if any(name_said(w, label, aliases) for w in u.wordings)
        )
        for f in area.families
    ]
    # the word tells the sub-topics apart: some say it, some do not
    return max(saying) >= 2 and min(saying) < 2


def _lines(text: str) -> list[str]:
    body = text.split("\n--- notes", 1)[0]
    return [line.strip().strip("\u3000") for line in body.splitlines() if line.strip()]


def _label(task: object) -> str:
    if isinstance(task, str):
        return task
    if isinstance(task, dict):
        return str(task.get("area") or "")
    return ""


def _drift(text: str, data: dict, found: dict[str, list[str]]) -> None:
    for task in data.get("priorities") or []:
        label = _label(task)
        if label and spoken_by_one(label) and label not in text:
            found.setdefault("drift", []).append(label)


def _asked(line: str, heading: str, kind: str, found: dict[str, list[str]]) -> None:
    themed = ASKED_AREAS.get(kind)
    for match in _PLACEHOLDER.finditer(line):
        area, naming, every = indicator(match.group(1))
        if not area:
            continue
        if themed is not None and area not in themed:
            found.setdefault("asked_off_theme", []).append(f"{heading} ｜ {match.group(0)}")
        if naming and heading:
            names_any = any(any(a in heading for a in names) for names in every)
            names_own = any(any(a in heading for a in names) for names in naming)
            if names_any and not names_own:
                found.setdefault("asked_off_family", []).append(f"{heading} ｜ {match.group(0)}")


def _lead(line: str, following: str, found: dict[str, list[str]]) -> None:
    said = re.findall(r"[^。！？]+[。！？]", following)
    terms = promised_terms(re.sub(r"^（.+?）", "", line))
    if terms and len(said) > 1 and not keeps(terms, said[:1]) and keeps(terms, said[1:]):
        found.setdefault("lead_off", []).append(f"{line} ｜ {said[0]}")


# the verbs a heading's first clause opens with, this detector's own list (promise.py's at
# section17 and the verbs round ag's unkept headings opened with)
_HEAD_VERB = re.compile(
    r"^(?:加强|强化|抓实|抓好|抓牢|抓细|做好|做实|做优|做强|推进|推动|深化|完善|健全|落实|压实|"
    r"打破|凝聚|锁定|明确|提升|提高|突出|聚焦|坚持|筑牢|织密|织牢|守牢|守好|守住|把牢|严格|规范|"
    r"优化|拓展|夯实|巩固|扩大|办好|建好|用好|管好|补齐|加快|统筹|营造|构建|打造|激发|树立|"
    r"弘扬|涵养|锻造|增强|注重|发挥|创新|改进|转变|聚力|狠抓|精简|减轻|确保|持续|全面|切实|"
    r"扎实|认真|着力|大力|积极|进一步|严明|严守|严把|严控|严查|严肃|紧盯|选树|搭建|建强|配齐|"
    r"配足|配好|扩充|改善|稳住|关心|关爱|关注|引导|讲好|深入|落细|畅通|发扬|实施|用活|善用|铸牢|"
    r"化解|普及|强健|坚守|对标|对接|兑现|推广|开好|遵循|回应|大兴|精心|稳步|稳妥)+"
)


def _things(heading: str) -> list[frozenset[str]]:
    """What a heading's first clause names, each thing side by side apart (消防, 校舍 of
    紧盯消防和校舍安全); nothing for a clause with no verb before its thing."""
    clause = re.split(r"[，,：:；]", re.sub(r"^（.+?）", "", heading), maxsplit=1)[0]
    if clause.startswith("以") or not _HEAD_VERB.match(clause):
        return []
    parts = re.split(r"[和与及、]", _HEAD_VERB.sub("", clause))
    found = [promised_terms(_HEAD_VERB.sub("", p).replace("安全", "|"), whole=True) for p in parts]
    return [terms for terms in found if terms]


def _sections(lines: list[str]) -> Iterator[tuple[str, list[str], int]]:
    """Each section heading (（一）…), the lines under it and the number of its part."""
    part = 0
    current: tuple[str, list[str], int] | None = None
    for line in lines:
        section = re.match(rf"^（[{_NUM}]+）", line)
        if section or _PART.match(line):
            if current:
                yield current
            part += not section
            current = (line, [], part) if section else None
        elif current:
            current[1].append(line)
    if current:
        yield current


def _clerks(data: dict) -> list[str]:
    """The names and titles the clerk gave the key tasks (a heading saying one is his)."""
    names = []
    for task in data.get("priorities") or []:
        names.append(_label(task))
        if isinstance(task, dict):
            names.append(str(task.get("title") or ""))
    return [n for n in names if len(n) >= 2]


def _section_checks(lines: list[str], data: dict, found: dict[str, list[str]]) -> None:
    seen: list[tuple[str, int, frozenset[str]]] = []
    own = _clerks(data)
    for heading, body, part in _sections(lines):
        things = _things(heading)
        mine = any(name in heading for name in own)  # the clerk's word: his heading, said
        if not mine and any(not keeps(terms, body) for terms in things):
            found.setdefault("part_unkept", []).append(f"{heading} ｜ {len(body)} lines")
        named = frozenset().union(*things) if things else frozenset()
        for other, other_part, other_named in seen:
            if other_part == part and len(named & other_named) >= 1:
                found.setdefault("twin_sections", []).append(f"{other} ｜ {heading}")
        seen.append((heading, part, named))


# the speech's closing words after its last section (老师们、同志们，…; 最后，衷心祝愿…)
_CLOSING = re.compile(r"^(?:老师们|同志们|各位|最后，|让我们)")
_SENTENCES = re.compile(r"[^。！？]+[。！？]?")


def _lone_bodies(lines: list[str], found: dict[str, list[str]]) -> None:
    """Section headings printed on their own line over one sentence."""
    for index, line in enumerate(lines):
        if not re.match(rf"^（[{_NUM}]+）", line) or "。" in line:
            continue  # a run-in heading carries its body on its own line
        body: list[str] = []
        for following in lines[index + 1 :]:
            if _SECTION.match(following) or _PART.match(following) or _CLOSING.match(following):
                break
            body += [s for s in _SENTENCES.findall(following) if s.strip("。！？ ")]
        # a 【待补】 alone is the clerk's own task asking (round y); a line of figures is a
        # review's result (a work report's （一）…取得新进展 over one line of results)
        if len(body) == 1 and not body[0].startswith("【待补") and not re.search(r"\d", body[0]):
            found.setdefault("lone_body", []).append(f"{line} ｜ {body[0]}")


def _refers_back(lines: list[str], found: dict[str, list[str]]) -> None:
    """Sentences referring back to something the draft has not brought in before them."""
    before = ""
    for line in lines:
        for sentence in _SENTENCES.findall(line):
            if dangling(sentence, before):
                found.setdefault("refers_back", []).append(sentence)
            before += sentence


@cache
def _asked_headings() -> dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]]:
    """Each heading wording of a ``when_asked`` safeguard family: (its family, the areas that
    ask for it, its aliases no other family of its safeguard shares)."""
    found = {}
    for safeguard in _bank().safeguards.values():
        for family in safeguard.families:
            if family.when_asked is None:
                continue
            others = {a for f in safeguard.families if f is not family for a in f.aliases}
            own = tuple(a for a in family.aliases if len(a) >= 2 and a not in others)
            for unit in family.headings:
                for wording in unit.wordings:
                    found[wording] = (f"{safeguard.key}.{family.key}", family.when_asked, own)
    return found


def _meeting_words(data: dict) -> tuple[str, frozenset[str]]:
    """The meeting's own words (name, guideline, key tasks) and its key tasks' areas (the
    kind's defaults where it lists none)."""
    from speechdraft.genre import DEFAULT_PRIORITIES

    meeting, targets = data.get("meeting"), data.get("targets")
    words = [str(meeting.get("name") or "") if isinstance(meeting, dict) else ""]
    words.append(str(targets.get("guideline") or "") if isinstance(targets, dict) else "")
    areas = set()
    tasks = data.get("priorities") or []
    for task in tasks:
        label = _label(task)
        words.append(label)
        if isinstance(task, dict):
            words += [str(task.get("title") or ""), *map(str, task.get("points") or [])]
        area = _bank().find_area(label) if label else None
        if area is not None:
            areas.add(area.key)
    review = data.get("review")
    for item in (review.get("achievements") or []) if isinstance(review, dict) else []:
        label = str(item.get("area") or "") if isinstance(item, dict) else ""
        area = _bank().find_area(label) if label else None
        if area is not None:
            areas.add(area.key)
    if not tasks:
        areas |= set(DEFAULT_PRIORITIES.get(str(data.get("kind") or ""), ()))
    areas |= ASKED_AREAS.get(str(data.get("kind") or ""), frozenset())  # the kind's theme
    return " ".join(words), frozenset(areas)


def _stock_unasked(lines: list[str], data: dict, found: dict[str, list[str]]) -> None:
    if data.get("safeguards") is not None:
        return  # the clerk's own safeguards: his choice
    from speechdraft.genre import SAFEGUARD_HINTS

    words, areas = _meeting_words(data)
    words += " " + " ".join(SAFEGUARD_HINTS.get(str(data.get("kind") or ""), {}).values())
    headings = _asked_headings()
    for line in lines:
        heading = re.sub(rf"^（[{_NUM}]+）", "", line)
        if heading == line or heading not in headings:
            continue
        family, asking, own = headings[heading]
        if not (set(asking) & areas) and not any(a in words for a in own):
            found.setdefault("stock_unasked", []).append(f"{family} ｜ {line}")


def _after_meeting_early(lines: list[str], found: dict[str, list[str]]) -> None:
    """Paragraphs opening with 会后 in a part's lead, before its first section or item."""
    waiting: list[str] = []
    lead = False
    for line in lines:
        if _PART.match(line):
            waiting, lead = [], True
        elif _SECTION.match(line):
            if waiting:
                found.setdefault("after_meeting_early", []).extend(waiting)
            waiting, lead = [], False
        elif lead and line.startswith("会后"):
            waiting.append(line)


_POINTS_BACK = re.compile(r"^这些(?:成绩|进步)")
_NOT_ACHIEVEMENTS = re.compile(r"(?:感谢|辛苦)[！!]$|但也要看到")


def _back_after_thanks(lines: list[str], found: dict[str, list[str]]) -> None:
    """这些成绩… said right after a thanks line or 但也要看到…"""
    before = ""
    for line in lines:
        for sentence in _SENTENCES.findall(line):
            if _POINTS_BACK.match(sentence) and _NOT_ACHIEVEMENTS.search(before):
                found.setdefault("back_after_thanks", []).append(f"{before} ｜ {sentence}")
            before = sentence


_SCHOOLS_TASK = re.compile(r"^各学校要|退休[^。]*要")


def _task_in_salute(lines: list[str], data: dict, found: dict[str, list[str]]) -> None:
    if data.get("kind") != "teachers_day":
        return
    parts = 0
    for line in lines:
        parts += bool(_PART.match(line))
        if parts > 1:
            return
        if parts == 1:
            for sentence in _SENTENCES.findall(line):
                if _SCHOOLS_TASK.search(sentence):
                    found.setdefault("task_in_salute", []).append(sentence)


def check(text: str, data: dict) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    lines = _lines(text)
    _task_in_salute(lines, data, found)
    _back_after_thanks(lines, found)
    _after_meeting_early(lines, found)
    _stock_unasked(lines, data, found)
    _drift(text, data, found)
    _section_checks(lines, data, found)
    _lone_bodies(lines, found)
    _refers_back(lines, found)
    heading = ""
    for index, line in enumerate(lines):
        following = lines[index + 1] if index + 1 < len(lines) else ""
        if _PART.match(line):
            heading = ""
        elif _SECTION.match(line):
            heading = line.split("。")[0]
            if line.startswith("（"):
                _lead(line, following, found)
        if _ITEM.match(line) and _NESTED.search(line):
            found.setdefault("nested", []).append(line)
        if re.match(rf"^（[{_NUM}]+）其他各项工作", line) and following.count("。") <= 1:
            found.setdefault("odds_heading", []).append(f"{line} ｜ {following}")
        _asked(line, heading, str(data.get("kind") or ""), found)
    return found


def _one(job: tuple[Path, int]) -> tuple[str, dict[str, list[str]], int]:
    return draft_findings(job, check)


def _dumped(folder: Path) -> Iterator[tuple[str, dict[str, list[str]], int]]:
    """Drafts written by scripts/dump_texts.py --all, each checked with its profile."""
    rounds = sorted((p.name for p in (ROOT / "docs" / "review").iterdir()), key=len, reverse=True)
    for text in sorted(folder.glob("*.txt")):
        stem, _, seed = text.stem.rpartition("-seed")
        where = next((r for r in rounds if stem.startswith(r + "-")), "profiles")
        base = ROOT / "profiles" if where == "profiles" else ROOT / "docs" / "review" / where
        profile = (base if where == "profiles" else base / "profiles") / (
            stem.removeprefix(where + "-") + ".yaml"
        )
        data = yaml.safe_load(profile.read_text(encoding="utf-8")) if profile.exists() else {}
        yield (f"{stem}#{seed}", check(text.read_text(encoding="utf-8"), data or {}), 1)


def main() -> None:
    args = sys.argv[1:]
    show = "--show" in args
    results: Iterator[tuple[str, dict[str, list[str]], int]]
    if "--texts" in args:
        results = _dumped(Path(args[args.index("--texts") + 1]))
    else:
        folders = [Path(a).resolve() for a in args if not a.startswith("--")]
        jobs = [(p, s) for p in profiles(folders) for s in SEEDS]
        results = Pool(2).imap(_one, jobs, chunksize=8)
    rendered, lines, drafts = tally(results, show)
    print(f"{rendered} drafts")
    for key in KEYS:
        print(f"{key:16} {lines[key]:5} lines in {drafts[key]:4} drafts")


if __name__ == "__main__":
    main()
