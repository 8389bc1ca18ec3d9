"""Counts, in rendered drafts, figures and facts said as no clerk says them (issue 11's R, G
and F around figures; round af's lines and ae's).

    python scripts/figure_speech.py               # every profile of the repository, seeds 1–3
    python scripts/figure_speech.py FOLDER… [-v]  # other folders; -v lists every hit
    python scripts/figure_speech.py FOLDER… --own # each profile at its own seed

Detectors (rules with their own word lists, not the composer's; the profile gives only the
level words the clerk typed and the meeting's date):
- ``figure_alone``: a figure that is a sentence by itself, no lead saying what it shows
  (高考一本上线4382人。 全市现有校车64辆。 暑期全镇学生零溺水。); a plan or a demand is not
  counted (计划/要/力争/目标…);
- ``figure_verbless``: a noun and its count stapled after another clause with no verb
  between them (…本科上线212人，校企合作企业38家; …，维修改造资金3860万元);
- ``label_twice``: a run of six characters or more with a figure's value after it said twice
  in one sentence (高考本科上线率达到历史新高，高考本科上线率达到84.6%), and a policy's
  own words said twice (…逐年只增不减、…逐年只增不减);
- ``norm_and_figure``: a rule's whole text pasted before a figure (全面落实一般公共预算教育
  支出逐年只增不减、…逐年只增不减，…支出达到52.6亿元), or a result forced into the rule's
  frame (落实了…不低于…的目标基本实现的要求; 落实了…连续五年不低于…的要求);
- ``level_word``: a level word compound (X管校聘) the clerk typed said with another level
  word in the draft (县管校聘 where the profile says 市管校聘);
- ``done_then_plan``: a number and its unit said as done in one sentence and as a plan in
  another (新招聘教师186名 … 今年计划新补充教师186名);
- ``plan_after_done``: at a meeting in November or December, a plan for 年内/今年/全年 of
  what the review says was done this year already (年内已排查整改1.86万项 … 年内全省计划
  排查整改1.5万项);
- ``total_as_new``: a count said with 组建/新建 after a point that says how many of it are
  new (新组建…4个…教育集团，组建教育集团19个);
- ``count_lead``: a lead that promises several (办成了几件实事, 三个方面) over one item.
"""

from __future__ import annotations

import datetime
import re
from typing import Any

from detector_runs import run_detector

SEEDS = (1, 2, 3)
KEYS = (
    "figure_alone",
    "figure_verbless",
    "label_twice",
    "norm_and_figure",
    "level_word",
    "done_then_plan",
    "plan_after_done",
    "total_as_new",
    "count_lead",
)

_SENTENCE = re.compile(r"[^。！？\n]+[。！？]?")
_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)")
_ITEM = re.compile(r"^(?:[一二三四五六七八九十]是|首先，|其次，|再次，|最后，)")
_FIGURE_END = re.compile(
    r"(?:\d[\d,.]*(?:万|亿)?(?:%|[^\d，。；：、“”\s]{0,3})|零[\u4e00-\u9fff]{1,3})[。；]?$"
)
_PLAN = re.compile(
    r"要|将|计划|力争|确保|目标|争取|不低于|不少于|以上|以内|每[年月周学]|前|力求|预计|拟"
)
_NOUN_COUNT = re.compile(
    r"^(?:全[省市县区旗州盟镇乡])?[\u4e00-\u9fff“”]{0,14}"
    r"(?:企业|资金|经费|校车|车辆|基地|集团|人员|工作室|“[^”]+”)\d[\d,.]*(?:万|亿)?[^\d，。；]{0,3}$"
)
_RUN = 6
_VALUE_AFTER = re.compile(r"^(?:达到|为|是)?\d")
# a rule's whole text pasted unquoted, or a result forced into 落实了…的要求 (…连续五年不低
# 于…的要求, …的目标基本实现的要求, …，连续三年通过省级核查的要求)
_NORM = re.compile(
    r"(?<!“)一般公共预算教育支出逐年只增不减[，、]按在校学生"
    r"|落实了(?:[^。]*?(?:连续|目标|实现)[^。]*?|[^。“”]*?，[^。“”]*?)的要求"
)
_VERB = re.compile(
    r"发放|投入|安排|配备|新增|新建|完成|资助|争取|落实|培训|达到|招聘|建成|下达|拨付|筹措|投资"
    r"|购置|组建|引进|覆盖|开展|实施|认定|评选|表彰|补助|新招|培养|创建|建设|改造|现有|共有|有"
)
# a fund's name (维修改造资金): its words are no verb said of it (投入资金 has one)
_MONEY_NOUN = re.compile(r"(?!投入|安排|发放|下达|拨付|争取|筹措)[\u4e00-\u9fff]{2}(?=资金|经费)")
_DATE_LINE = re.compile(r"^（\d{4}年\d{1,2}月\d{1,2}日）$")
_NUMBER = re.compile(r"\d[\d,.]*(?:万|亿)?(?:名|人次|人|所|个|家|辆|项|套|间|元|万元|亿元|%)")
_PLAN_MARK = re.compile(r"计划|力争|目标|要(?:达到|完成|新|补充|招聘)|今年[^，。；]{0,8}(?:要|将)")
_DONE_MARK = re.compile(r"已|完成|实现|达到|新招聘|招聘|发放|建成|培训|上线|累计|共")
_THIS_YEAR_PLAN = re.compile(r"(?:年内|今年|全年)[^，。；]{0,10}计划")
_LEVEL_COMPOUND = re.compile(r"[省市县区旗州盟](?=管校聘)")
_NEW_COUNT = re.compile(r"新(?:组建|建|成立|增)[^，。；]{0,20}?(\d+)个([^，。；]{0,12})")
_BUILT = re.compile(r"(?<!新)(?:组建|建成|建立)([\u4e00-\u9fff]{2,8}?)(\d+)个")
# a claim of what was done that counts it (办成了几件实事); 讲几件实事 of a plan is not one
_SEVERAL = re.compile(r"(?:办成|做成|干成|抓成)了?(?:几|[两三四五六])件(?:实事|大事|好事)")


def _date(data: dict[str, Any]) -> datetime.date:
    value = data.get("meeting", {}).get("date")
    if isinstance(value, datetime.date):
        return value
    year, month, day = map(int, re.findall(r"\d+", str(value))[:3])
    return datetime.date(year, month, day)


def _strings(value: Any) -> list[str]:
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in (str(k), *_strings(v))]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return [str(value)]


def _label_twice(sentence: str) -> bool:
    """A run of _RUN characters said twice in the sentence, the second time before a value,
    or a norm's words (只增不减) twice."""
    sentence = re.sub(r"“[^”]*”", "|", sentence)  # a quoted rule says its own words
    if sentence.count("只增不减") >= 2:
        return True
    body = re.sub(r"[，；、：“”]", "|", sentence)
    for i in range(len(body) - _RUN):
        run = body[i : i + _RUN]
        if "|" in run or re.search(r"\d", run):
            continue
        later = body.find(run, i + _RUN)
        if later < 0:
            continue
        # the run extended as far as it goes, then a value must follow it the second time
        end = later + _RUN
        while end < len(body) and body[end] != "|" and not body[end].isdigit():
            end += 1
        tail = body[later + _RUN : end + 1]
        if _VALUE_AFTER.match(tail) or re.match(r"^[^|]{0,4}\d", tail):
            return True
    return False


def _sentences(text: str) -> list[tuple[str, bool]]:
    """The body's sentences, each with whether a heading stands straight over it (a
    section's one figure under its heading has the heading for its lead)."""
    body = text.split("\n--- notes", 1)[0]
    found = []
    headed = False
    for line in body.splitlines():
        line = line.strip().strip("\u3000")
        if not line or _DATE_LINE.match(line):
            continue
        if _HEADING.match(line):
            headed = True
            continue
        for k, s in enumerate(x.strip() for x in _SENTENCE.findall(line) if x.strip()):
            found.append((s, headed and k == 0))
        headed = False
    return found


def _alone(s: str, under_heading: bool) -> bool:
    clauses = [c for c in re.split(r"[，；：]", s.rstrip("。！？")) if c]
    if len(clauses) != 1 or under_heading or not _FIGURE_END.search(clauses[0]):
        return False
    plain = _ITEM.sub("", clauses[0])
    return not _PLAN.search(plain) and bool(re.search(r"\d|零", plain))


def _verbless(s: str) -> bool:
    clauses = [c for c in re.split(r"[，；：]", s.rstrip("。！？")) if c]
    return len(clauses) >= 2 and any(
        _NOUN_COUNT.match(c) and not _VERB.search(_MONEY_NOUN.sub("", c)) for c in clauses[1:]
    )


def _total_as_new(s: str) -> bool:
    news = _NEW_COUNT.search(s)
    built = _BUILT.search(s)
    return bool(news and built and int(built.group(2)) > int(news.group(1)))


def _done_then_plan(sentences: list[str]) -> list[str]:
    """Sentences that plan a number and unit an earlier sentence said as done."""
    done: dict[str, str] = {}
    found = []
    for s in sentences:
        for number in _NUMBER.findall(s):
            if len(re.sub(r"\D", "", number)) < 2 or number.endswith("%"):
                continue
            if _PLAN_MARK.search(s):
                if number in done and done[number] != s:
                    found.append(s)
            elif _DONE_MARK.search(s):
                done.setdefault(number, s)
    return found


def _plan_after_done(sentences: list[str], data: dict[str, Any]) -> list[str]:
    """At a November or December meeting, plans for the year of a field the review did."""
    if _date(data).month < 11:
        return []
    labels = [
        str(k)
        for item in (data.get("review") or {}).get("achievements") or []
        if isinstance(item, dict)
        for k in (item.get("figures") or {})
    ]
    return [
        s
        for s in sentences
        if _THIS_YEAR_PLAN.search(s) and any(_shares_run(label, s) for label in labels)
    ]


def _count_leads(text: str) -> list[str]:
    lines = [ln.strip() for ln in text.split("\n--- notes", 1)[0].splitlines() if ln.strip()]
    found = []
    for i, line in enumerate(lines):
        if _SEVERAL.search(line) and not _HEADING.match(line):
            items = _items_after(lines, i)
            if items is not None and items < 2:
                found.append(line)
    return found


def check(text: str, data: dict[str, Any]) -> dict[str, list[str]]:
    clerk_levels = set(_LEVEL_COMPOUND.findall(" ".join(_strings(data))))
    headed = _sentences(text)
    sentences = [s for s, _ in headed]
    found: dict[str, list[str]] = {
        "figure_alone": [s for s, under in headed if _alone(s, under)],
        "figure_verbless": [s for s in sentences if _verbless(s)],
        "label_twice": [s for s in sentences if _label_twice(s)],
        "norm_and_figure": [s for s in sentences if _NORM.search(s)],
        "level_word": [
            s
            for s in sentences
            if clerk_levels and any(w not in clerk_levels for w in _LEVEL_COMPOUND.findall(s))
        ],
        "done_then_plan": _done_then_plan(sentences),
        "plan_after_done": _plan_after_done(sentences, data),
        "total_as_new": [s for s in sentences if _total_as_new(s)],
        "count_lead": _count_leads(text),
    }
    return {key: hits for key, hits in found.items() if hits}


def _shares_run(label: str, sentence: str, run: int = 4) -> bool:
    label = re.sub(r"^(?:年内|今年|全年)|数$|人数$", "", label)
    return any(label[i : i + run] in sentence for i in range(len(label) - run + 1))


def _items_after(lines: list[str], at: int) -> int | None:
    """How many achievements follow a lead that promises several: the sentences of the rest
    of its paragraph, or of the next paragraph where the lead ends its own; None where
    nothing comparable follows."""
    line = lines[at]
    sentences = [s for s in _SENTENCE.findall(line) if s.strip()]
    where = next((k for k, s in enumerate(sentences) if _SEVERAL.search(s)), None)
    if where is None:
        return None
    rest = sentences[where + 1 :]
    if not rest and at + 1 < len(lines) and not _HEADING.match(lines[at + 1]):
        rest = [s for s in _SENTENCE.findall(lines[at + 1]) if s.strip()]
    if not rest:
        return 0
    numbered = [s for s in rest if _ITEM.match(s)]
    if numbered:
        return len(numbered)
    if len(rest) == 1:
        return len([c for c in re.split(r"[；]", rest[0]) if c.strip()])
    return len(rest)


def main() -> None:
    run_detector(check, KEYS, SEEDS)


if __name__ == "__main__":
    main()
