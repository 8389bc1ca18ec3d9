"""A detector for the review of the year's work (issue 11's R, G and D in 回顾 parts), read off a
rendered draft and the profile's achievements. It has its own small word lists, not the
composer's tables, so that it measures any tree the same way:

- ``混合句式``: the heads of one list in two forms — a verb-object with no subject (狠抓教育质量,
  改善办学条件, 经费保障方面) beside subject + result heads (项目建设工作取得积极进展);
- ``名称+工作+推进``: a head that pastes 工作 and a generic verb on a name that is no work (教育质量
  提升工作统筹推进, 教师队伍工作有序开展, 学位工作扎实推进), or says a duty backwards (中华民族共同体
  意识持续铸牢);
- ``冒号一项``: a colon lead (成绩有目共睹：, 扎实推进各项工作：) followed by a single item;
- ``名称重复``: an item whose head's name comes back in its own body (阳光招生取得新进展，…实现
  “阳光招生”全覆盖; 寄宿制学校建设取得积极进展，寄宿制学校改造7所);
- ``规定当成绩``: a national rule said as a result (二是全县教师工资收入水平不低于当地公务员平均工资
  收入水平), not as 落实/实现 of it;
- ``长句并项``: one sentence carrying two or more areas' items and over 90 characters;
- ``其他一项``: 其他各项工作取得积极进展 over a single thing (round ac: …，乡中心幼儿园新教学楼
  投入使用);
- ``未到先成``: at a summer meeting (June to August) an autumn opening said as done (梅岭实验学校
  暑期完工，秋季如期开学 on 26 August).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

_ITEM = re.compile(r"^([一二三四五六七八九十]+是)(?!要)")
_HEADING = re.compile(r"^（[一二三四五六七八九十]+）")
_PART = re.compile(r"^[一二三四五六七八九十]+、")
# A head that opens with a verb (no subject): 狠抓教育质量, 改善办学条件, 保障经费
_VERB_FIRST = re.compile(
    r"^(?:狠抓|改善|保障|加强|推进|提升|优化|巩固|做好|抓好|落实|深化|完善|强化|扩大|实施|推动|"
    r"开展|促进|加快|着力|坚持|围绕)"
)
_NO_CLAUSE = re.compile(r"方面$")
_STEADY = r"(?:扎实推进|持续加强|统筹推进|有序开展|有力推进|稳步推进|持续深化)"
# 工作 after what is no work: a state, a result, a body of people, a thing
_NO_WORK_BEFORE = re.compile(
    r"^(?!铸牢|落实|推进|贯彻)[^，。]*(?:提升|提高|质量|水平|条件|队伍|意识|待遇|体质|精神|成果|环境|经费|投入|学位|宿舍|"
    r"教师|校长|大班额|应对)工作" + _STEADY + "$"
)
_BACKWARDS = re.compile(r"(?:意识|精神|任务|要求)(?:持续|不断|进一步)(?:铸牢|贯彻|落实)$")
# the tail of a national rule said as met (the norms' own shapes, this detector's list)
_NORM = re.compile(
    r"不低于(?:当地)?公务员(?:的)?平均工资(?:收入)?水平|只增不减|不低于4%|按100人核定|"
    r"不少于360学时|年度公用经费预算总额的5%"
)
_NORM_SAID_AS_DUTY = re.compile(r"落实|实现|执行|达到|确保|保障|坚持|兑现|保持|要求")
_LONG = 90
_AUTUMN_DONE = re.compile(
    r"(?<![将已年])(?:秋季|秋季学期|9月|九月|新学年)(?:如期|按时|正常|顺利)?"
    r"(?:开学|投用|投入使用|启用|招生|开园)"
)


def _summer(profile: dict[str, Any]) -> bool:
    date = str((profile.get("meeting") or {}).get("date") or "")
    match = re.match(r"\d{4}[-年](\d{1,2})", date)
    return bool(match) and 6 <= int(match.group(1)) <= 8


def _achievement_keys(profile: dict[str, Any]) -> list[list[str]]:
    """For each achievement, short strings its rendering is sure to contain."""
    review = profile.get("review") or {}
    found = []
    for a in review.get("achievements") or []:
        if not isinstance(a, dict):
            continue
        keys = [str(p)[:8] for p in a.get("points") or [] if str(p).strip()]
        keys += [str(label)[:6] for label in (a.get("figures") or {})]
        if keys:
            found.append(keys)
    return found


def _lines(text: str) -> list[str]:
    return [line.strip().lstrip("\u3000") for line in text.splitlines() if line.strip()]


def _sentences(line: str) -> list[str]:
    return [s + "。" for s in line.split("。") if s.strip()]


def review_items(profile: dict[str, Any], text: str) -> list[tuple[str, str, str]]:
    """The review's items as (form, head, item): ``para`` an item paragraph (二是…), ``heading`` a
    heading over its paragraph (a report's （二）…), ``run`` one of a ；-run after a colon lead."""
    lines = _lines(text)
    items: list[tuple[str, str, str]] = []
    seen: set[tuple[int, int]] = set()
    for keys in _achievement_keys(profile):
        at = next((i for i, line in enumerate(lines) if any(k in line for k in keys)), None)
        if at is None or (at, -1) in seen:
            continue
        line = lines[at]
        said = _sentences(line)
        k = next((i for i, x in enumerate(said) if any(key in x for key in keys)), 0)
        j = next((i for i in range(k, -1, -1) if _ITEM.match(said[i])), None)
        if j is not None and (at, j) not in seen:  # 二是…, a paragraph or one of its items
            seen.add((at, j))
            end = next((i for i in range(j + 1, len(said)) if _ITEM.match(said[i])), len(said))
            body = "".join(said[j:end])
            body = body[_ITEM.match(body).end() :]  # type: ignore[union-attr]
            items.append(("para", re.split(r"[，。；]", body)[0], body))
        elif j is not None:
            continue
        elif at > 0 and _HEADING.match(lines[at - 1]):
            seen.add((at, -1))
            head = _HEADING.sub("", lines[at - 1])
            items.append(("heading", head, head + "，" + line))
        else:
            sentence = next((s for s in _sentences(line) if any(k in s for k in keys)), "")
            if "：" in sentence:
                seen.add((at, -1))
                for part in sentence.split("：", 1)[1].rstrip("。").split("；"):
                    items.append(("run", re.split(r"[，。]", part)[0], part))
    return items


def _head_form(head: str) -> str:
    if _VERB_FIRST.match(head) or _NO_CLAUSE.search(head):
        return "verb"
    return "subject"


def _name_twice(head: str, body: str) -> bool:
    """The head's name said again in the clause right after it: five characters or more, or a
    quoted name (阳光招生取得新进展，…实现“阳光招生”全覆盖)."""
    after = re.split(r"[，。；]", body[len(head) :].lstrip("，。；"))[0]
    name = re.sub(
        r"(?:工作|建设)?(?:" + _STEADY[3:-1] + r"|取得[^，。]*|持续[^，。]*|稳步[^，。]*)$",
        "",
        head,
    )
    name = name.replace("“", "").replace("”", "")
    if len(name) < 4 or name not in after.replace("“", "").replace("”", ""):
        return False
    return len(name) >= 5 or f"“{name}”" in after


def colon_runs(profile: dict[str, Any], text: str) -> list[str]:
    """Review sentences whose colon lead is followed by a single item."""
    lines = _lines(text)
    found = []
    for keys in _achievement_keys(profile)[:1]:
        at = next((i for i, line in enumerate(lines) if any(k in line for k in keys)), None)
        if at is None:
            continue
        for s in _sentences(lines[at]):
            if "：" in s and any(k in s for k in keys):
                after = s.split("：", 1)[1]
                if "；" not in after and not re.search(r"一是|二是", after):
                    found.append(s)
    return found


def _item_defects(head: str, body: str) -> list[tuple[str, str]]:
    found = []
    rest = body[len(head) :].strip("，。")
    if head.startswith("其他各项工作") and not re.search(r"[；，]", rest):
        found.append(("其他一项", body[:40]))
    if _NO_WORK_BEFORE.search(head) or _BACKWARDS.search(head):
        found.append(("名称+工作+推进", head))
    if _name_twice(head, body):
        found.append(("名称重复", body[:40]))
    for m in _NORM.finditer(body):
        clause = re.split(r"[，；。]", body[: m.start()])[-1]
        clause += re.split(r"[，；。]", body[m.start() :])[0]
        if not _NORM_SAID_AS_DUTY.search(clause):
            found.append(("规定当成绩", body[:40]))
    return found


def review_defects(profile: dict[str, Any], text: str) -> list[tuple[str, str]]:
    """Every defect of the review part of one draft, as (class, the words found)."""
    items = review_items(profile, text)
    found: list[tuple[str, str]] = []
    listed = [(form, head) for form, head, _ in items if form in ("para", "heading")]
    forms = {_head_form(head) for _, head in listed}
    if len(listed) > 1 and forms == {"verb", "subject"}:
        found += [("混合句式", head) for _, head in listed if _head_form(head) == "verb"]
    for form, head, body in items:
        found += [d for d in _item_defects(head, body) if form != "heading" or d[0] != "名称重复"]
        if _summer(profile) and _AUTUMN_DONE.search(body):
            found.append(("未到先成", body[:40]))
    found += [("冒号一项", s) for s in colon_runs(profile, text)]
    lines = _lines(text)
    runs = [body for form, _, body in items if form == "run"]
    if len(runs) > 1:
        for line in lines:
            for s in _sentences(line):
                if len(s) > _LONG and sum(r[:10] in s for r in runs) > 1:
                    found.append(("长句并项", s[:40]))
    return found


def count_by_class(found: Iterable[tuple[str, str]]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for name, _ in found:
        counts[name] = counts.get(name, 0) + 1
    return counts
