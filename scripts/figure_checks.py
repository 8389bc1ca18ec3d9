"""Counts where a clerk's figures are said in a frame that does not fit them (issue 11's R, S, G:
round ab's readers' figure lines).

    python scripts/figure_checks.py                 # every profile of the repository, seeds 1–3
    python scripts/figure_checks.py --show          # … and the sentences each detector finds
    python scripts/figure_checks.py --texts DIR     # drafts dumped by scripts/dump_texts.py --all

Detectors (rules over what a draft says; the profile only gives the meeting's month):
- ``lead_unrelated``: a plan figure led by 要…， whose lead shares no word (two characters) with
  what the figure says (要强化责任担当，领导小组计划召开年度专题会议4次);
- ``lead_heading``: a plan figure's lead that says its section's heading again (（五）切实抓好
  燃气安全工作 …要切实抓好燃气安全工作，全州计划…);
- ``plan_in_targets``: a plan figure said in the targets' paragraph or straight under a part's
  heading whose sections follow, not in its area's section (要搭建成长平台，今年全县计划完成
  教师全员培训4600人次 after the overall targets);
- ``plan_bare``: a plan figure sentence with nothing before it and the place its subject
  (今年全市计划新补充教师135名。);
- ``plan_alone``: a plan figure sentence with nothing before it and a subject of its own (全市
  学校食堂明厨亮灶覆盖率计划达到95%。) — counted, not a defect by itself;
- ``data_item``: a data item's name read out (全区专职保安员配备326名, 全州计划学校食堂燃气改造
  86所) where a clerk writes verb and object (配备专职保安员326名);
- ``plan_month``: 今年…计划 at a meeting from July to October (the year is half gone: 全年,
  本学年);
- ``change_first``: a figure's change said before the figure (一本上线人数较上年增加57人，一本上线
  612人);
- ``said_twice``: a figure with its own 首次突破 said again (首次突破千人，…上线1046人);
- ``kinds_mixed``: three figures or more in one sentence, rates and counts interleaved.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from multiprocessing import Pool
from pathlib import Path

import yaml
from detector_runs import ROOT, draft_findings, profiles, tally

SEEDS = (1, 2, 3)

_PLACE = r"全(?:省|市|州|盟|县|区|旗|乡|镇|苏木|自治区)"
PLAN = re.compile(
    rf"(?:{_PLACE}|项目|工程|领导小组|委员会|率|[^，。；]{{2}})计划(?!生育|单列)[^，。；]*\d"
)
_LED = re.compile(r"^(?:同时，)?要([^，。；：]{2,24})，")
_SENTENCE = re.compile(r"[^。！？]*[。！？]")
_TOP = re.compile(r"^[一二三四五六七八九十]+、")
_SUB = re.compile(r"^（[一二三四五六七八九十]+）")
_WORD = re.compile(r"[\u4e00-\u9fff]{2}")
# words every plan sentence or lead may carry: no sign that they speak of one thing
_COMMON = set(
    [
        "今年",
        "全年",
        "年内",
        "本学年",
        "计划",
        "完成",
        "达到",
        "开展",
        "实施",
        "推进",
        "加强",
        "工作",
        "建设",
        "提高",
        "提升",
        "强化",
        "切实",
        "抓好",
        "做好",
        "扎实",
        "全面",
        "持续",
        "进一步",
        "确保",
        "推动",
        "落实",
        "深入",
        "加快",
        "新建",
        "新的",
        "力争",
        "不断",
        "坚持",
    ]
)
_STRIPPED = re.compile(rf"{_PLACE}|今年|全年|年内|本学年|计划|完成|达到|安排|落实|开展")
_DATA_ITEM = re.compile(r"(配备|改造|安装|购置|招聘|补充|培训)(?:达到)?\d")
_VERB_BEFORE = re.compile(
    r"(?:计划|完成|要|新|已|共|累计|全部|实际|拟|再|又|开展|组织|实施|推进|落实|将|还|和|、)$"
)
_VERB_IN = re.compile(r"计划|完成|至少|每|不少于|不低于|累计|共|开展|组织|举办")
_ITEM = re.compile(r"^[一二三四五六七八九十]是")
_TARGETS = re.compile(r"(?<!的)目标(?:是|：|为)|目标任务")
_CHANGE = re.compile(r"较上年|比上年|同比")
_RATE = re.compile(r"\d[\d.]*%|\d[\d.]*个百分点")
_NUMBER = re.compile(r"\d")


def _words(text: str) -> set[str]:
    text = _STRIPPED.sub("，", text)
    grams = {text[i : i + 2] for i in range(len(text) - 1)}
    return {g for g in grams if "，" not in g and "。" not in g} - _COMMON


def _lines(text: str) -> list[str]:
    body = text.split("\n--- notes", 1)[0]
    return [line.strip().strip("\u3000") for line in body.splitlines() if line.strip()]


def _month(data: dict) -> int:
    found = re.search(r"\d{4}-(\d{1,2})", str((data.get("meeting") or {}).get("date", "")))
    return int(found.group(1)) if found else 0


def _is_plan(sentence: str) -> bool:
    return bool(PLAN.search(sentence))


def _plan_part(sentence: str) -> str:
    """The clause of a plan sentence saying the figure (after its lead, if any)."""
    led = _LED.match(sentence)
    return sentence[led.end() :] if led else sentence


def lead_problems(sentence: str, heading: str) -> list[str]:
    """``lead_unrelated`` / ``lead_heading`` of one plan sentence under ``heading``."""
    led = _LED.match(sentence)
    if not led or not _is_plan(sentence):
        return []
    lead = led.group(1)
    found = []
    rest = _plan_part(sentence)
    # a figure whose name the lead says (要抓好教师全员培训，今年全县计划完成4600人次): the rest
    # names nothing before its number
    named = _words(re.split(r"\d", rest, maxsplit=1)[0])
    if named and not _words(lead) & _words(rest):
        found.append("lead_unrelated")
    first = re.split(r"[，：；]", heading, maxsplit=1)[0]
    if len(first) >= 4 and (lead in first or first in lead):
        found.append("lead_heading")
    return found


def data_items(sentence: str) -> list[str]:
    """Clauses reading a data item's name (名词+配备 N) where verb and object are wanted."""
    found = []
    for clause in re.split(r"[，；：]", sentence):
        for match in _DATA_ITEM.finditer(clause):
            before = clause[: match.start()]
            if len(before) < 2 or _VERB_BEFORE.search(before) or _VERB_IN.search(before):
                continue
            if not re.search(r"[\u4e00-\u9fff]$", before) or re.search(r"[的人次]$", before):
                continue
            found.append(clause)
            break
    return found


def change_first(sentence: str) -> bool:
    clauses = re.split(r"[，；]", sentence)
    for i, clause in enumerate(clauses):
        change = _CHANGE.search(clause)
        if not change or not _NUMBER.search(clause):
            continue
        name = clause[: change.start()]
        if len(name) < 2:
            continue
        for later in clauses[i + 1 : i + 3]:
            if _CHANGE.search(later) or not _NUMBER.search(later):
                continue
            base = re.split(r"\d", later, maxsplit=1)[0]
            if len(base) >= 2 and (base[-4:] in name or name[-4:] in base):
                return True
    return False


def said_twice(sentence: str) -> bool:
    at = sentence.find("首次突破")
    if at < 0:
        return False
    name = re.split(r"[，；。]", sentence[:at])[-1][-6:]
    after = re.split(r"[，；。]", sentence[at:])
    rest = after[1] if len(after) > 1 else ""
    return bool(_NUMBER.search(rest)) and any(name[i : i + 2] in rest for i in range(len(name) - 1))


def kinds_mixed(sentence: str) -> bool:
    for group in sentence.split("；"):
        clauses = [c for c in group.split("，") if _NUMBER.search(c)]
        if len(clauses) < 3:
            continue
        kinds = ["rate" if _RATE.search(c) else "count" for c in clauses]
        runs = sum(1 for i, k in enumerate(kinds) if i == 0 or k != kinds[i - 1])
        if runs > 2:
            return True
    return False


def _plan_checks(sentences: list[str], i: int, month: int, in_part: bool) -> list[str]:
    """The plan detectors of sentence ``i`` of a paragraph (``in_part``: straight under a
    part's heading whose sections follow)."""
    sentence = sentences[i]
    if not _is_plan(sentence):
        return []
    found = []
    # the targets' sentence (主要目标是：…), before any task item of the paragraph
    items = [j for j, s in enumerate(sentences) if _ITEM.match(s)]
    targets = [
        j
        for j, s in enumerate(sentences[:i])
        if _TARGETS.search(s) and not any(k <= j for k in items)
    ]
    # after the targets and before any task of the paragraph (一是… in a leading group's
    # run-on part), or straight under a part's heading whose sections follow
    after_targets = targets and not any(_ITEM.match(s) for s in sentences[targets[-1] + 1 : i + 1])
    if after_targets or in_part:
        found.append("plan_in_targets")
    clauses = re.split(r"[，；]", sentence)
    if not _LED.match(sentence) and all(_NUMBER.search(c) for c in clauses):
        if re.match(rf"^(?:今年|全年|年内|本学年)?(?:{_PLACE})?(?:全年)?计划", sentence):
            found.append("plan_bare")
        elif re.match(rf"^(?:今年|全年|年内|本学年)?(?:{_PLACE})?[^，。]{{0,12}}计划", sentence):
            found.append("plan_alone")
    if 7 <= month <= 10 and re.search(r"今年[^，。；]{0,16}计划", sentence):
        found.append("plan_month")
    return found


def _figure_checks(sentence: str) -> list[tuple[str, str]]:
    found = [("data_item", clause) for clause in data_items(sentence)]
    for key, test in (
        ("change_first", change_first),
        ("said_twice", said_twice),
        ("kinds_mixed", kinds_mixed),
    ):
        if test(sentence):
            found.append((key, sentence))
    return found


def check(text: str, data: dict) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    month = _month(data)
    heading = top = ""
    subs_follow = False
    lines = _lines(text)
    for n, line in enumerate(lines):
        if _TOP.match(line) or _SUB.match(line):
            top = line if _TOP.match(line) else top
            heading = line
            subs_follow = bool(_TOP.match(line)) and any(
                _SUB.match(x) for x in lines[n + 1 : n + 3]
            )
            continue
        sentences = _SENTENCE.findall(line)
        said = _SUB.sub("", _TOP.sub("", heading))
        for i, sentence in enumerate(sentences):
            hits = [(key, sentence) for key in lead_problems(sentence, said)]
            hits += [(k, sentence) for k in _plan_checks(sentences, i, month, subs_follow)]
            hits += _figure_checks(sentence)
            for key, hit in hits:
                found.setdefault(key, []).append(hit)
    return found


KEYS = (
    "lead_unrelated",
    "lead_heading",
    "plan_in_targets",
    "plan_bare",
    "plan_alone",
    "data_item",
    "plan_month",
    "change_first",
    "said_twice",
    "kinds_mixed",
)


def _one(job: tuple[Path, int]) -> tuple[str, dict[str, list[str]], int]:
    return draft_findings(job, check)


def _dumped(folder: Path) -> Iterator[tuple[str, dict[str, list[str]], int]]:
    """Drafts written by scripts/dump_texts.py --all, each read with its profile."""
    known: dict[str, Path] = {}
    for path in profiles():
        where = "profiles" if path.parent == ROOT / "profiles" else path.parent.parent.name
        known[f"{where}-{path.stem}"] = path
    for text in sorted(folder.glob("*.txt")):
        stem, _, seed = text.stem.rpartition("-seed")
        path = known.get(stem)
        if path is None:
            continue
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        yield (f"{stem}#{seed}", check(text.read_text(encoding="utf-8"), data), 1)


def main() -> None:
    args = sys.argv[1:]
    show = "--show" in args
    if "--texts" in args:
        results: Iterator[tuple[str, dict[str, list[str]], int]] = _dumped(
            Path(args[args.index("--texts") + 1])
        )
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
