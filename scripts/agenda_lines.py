"""Counts, in rendered drafts, the lines where a speech talks about its own meeting and reads
wrong (issue 11's G and R, round ag): the 刚才 recap, the endorsement, the title, the task
of the meeting, the meeting's year said as a number inside that year.

    python scripts/agenda_lines.py               # every profile of the repository, seeds 1–3
    python scripts/agenda_lines.py FOLDER… [-v]  # other folders; -v lists every hit
    python scripts/agenda_lines.py FOLDER… --own # each profile at its own seed

Detectors (word lists of their own, not the composer's):
- ``recap_no_le``: an item after 刚才 with no 了 (刚才，州教育局局长作工作报告; …；会议审议《…》);
- ``recap_bare``: an item after 刚才 with neither a subject nor 了 (…作了典型发言；分组讨论);
- ``doubled_head``: a noun said twice around 的 (州教育局局长作工作报告的报告);
- ``endorse_misfit``: an endorsement whose predicate does not fit what it names (部署…是客观的;
  交流发言/典型发言…我都同意; 对汇报，我完全同意; a work report 直截了当; a report and exchange
  speeches learned from together: 报告和交流发言…学习借鉴);
- ``bulletin_as_work``: an accident or a case bulletin praised or "carried out" (市应急办的通报
  讲得很实在…抓好落实; 把通报落实到各项具体工作中去) rather than taken as a warning;
- ``title_concluding``: a concluding speech not titled …总结讲话 (the profile's own title aside);
- ``title_year_inside``: a teachers' day meeting named with the year inside (在…苏木2030年庆祝
  教师节座谈会上);
- ``task_breath``: an opening's 任务是 that lists the congress, the conference and documents and
  then its tasks in one breath (three or more 精神 and 《…》 after 任务是, or 任务是…定任务);
- ``year_self``: the meeting's own year said as a number where 今年 or 这次 is meant
  (充分肯定2019年取得的成绩 at a 2019 meeting; 领导小组2019年召开的一次重要会议).

Round ah's (branch frame19):
- ``recap_form``: the meeting's form said after 刚才 as if it were an item (会议以视频形式开到各县);
- ``recap_order``: awards presented before the decision that grants them is read (…颁奖；…宣读了
  表彰决定);
- ``again_alone``: 再强调 where nobody spoke before the speech (the profile lists no report,
  speech or remarks);
- ``endorse_odd``: an endorsement that does not fit what it names: …情况是客观的 (a report's
  情况 is not 客观), …把情况摆得很清楚, a 通报…抓紧抓实, 结合会议的安排，我再强调;
- ``after_reports``: 不能开成听汇报、念稿子的例会 said right after reports were heard;
- ``opening_written``: a report's written voice or a muddled frame in the opening
  (…主要工作如下; “十五五”开局之后，2027年是规划实施的重要一年; 今天的会议，是部署…的一次会议，
  主要是…);
- ``day_misfit``: the day said wrong: 一起过第N个教师节 or 在第N个教师节，我们召开 on a day that is
  not 10 September; 师生返校要… after the term began (March–June, September–December); 假期的
  新建、改扩建…工程 at a winter opening (the works stand still);
- ``closing_odd``: 每一个孩子的平安，都是对家庭最好的交代 (a closing that does not say what it
  means).
"""

from __future__ import annotations

import re

from detector_runs import run_detector

SEEDS = (1, 2, 3)
KEYS = (
    "recap_no_le",
    "recap_bare",
    "doubled_head",
    "endorse_misfit",
    "bulletin_as_work",
    "title_concluding",
    "title_year_inside",
    "task_breath",
    "year_self",
    "recap_form",
    "recap_order",
    "again_alone",
    "endorse_odd",
    "after_reports",
    "opening_written",
    "day_misfit",
    "closing_odd",
)

_SENTENCE = re.compile(r"[^。！？]*[。！？]")
_BARE_VERB = re.compile(
    r"^(?:宣读|为|审议|表彰|观看|播放|通报|与(?!会)|传达|听取|印发|研究|签订|颁|举行|进行|播|分组|讨论|交流)"
)
_DOUBLED = re.compile(r"(报告|讲话|发言|汇报|通报)[^，。；、]{0,3}的\1")
_EXCHANGE = re.compile(r"交流发言|典型发言|经验交流|经验介绍")
_AGREE = re.compile(r"我(?:完全|都|也都|也)?(?:同意|赞同)")
_WARNING_ITEM = re.compile(r"通报[^，；]*(?:事故|溺水|案例|案件|违纪|违规|伤亡|典型问题)")
_AS_WORK = re.compile(r"讲得|同意|赞同|落实到|客观|抓好落实|对照落实|学习借鉴")
_REPORT = re.compile(r"报告|汇报")


def _answer(rest: str) -> list[str]:
    """The sentences that answer what preceded, up to the announcement of the speech's parts."""
    answer = []
    for sentence in _SENTENCE.findall(rest):
        if re.search(r"下面|我讲|几点|想法|我再强调", sentence):
            break
        answer.append(sentence)
    return answer


def _recap(opening: str) -> tuple[list[str], list[str]]:
    recap, _, rest = opening.partition("刚才，")[2].partition("。")
    if "【" in recap:  # 【待补：会议前面的议程…】: the clerk fills it in
        return [], _answer(rest)
    return [c for c in re.split(r"[；]", recap) if c], _answer(rest)


def _endorsements(opening: str, data: dict) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    items = [str(i) for i in data.get("preceding") or []]
    clauses, answer = _recap(opening)
    for clause in clauses:
        if "了" not in clause and not clause.endswith("颁奖"):
            key = "recap_bare" if _BARE_VERB.search(clause) else "recap_no_le"
            found.setdefault(key, []).append(clause)
    warned = any(_WARNING_ITEM.search(i) for i in items)
    for sentence in answer:
        misfit = (
            re.search(r"(?:部署|安排)[^。]{0,12}(?:是客观的|客观真实|客观准确)", sentence)
            or (_AGREE.search(sentence) and _EXCHANGE.search(sentence))
            or re.match(r"对(?:汇报|报告|通报|发言)，我", sentence)
            or "直截了当" in sentence
            or (_REPORT.search(sentence) and "学习借鉴" in sentence)
        )
        if misfit:
            found.setdefault("endorse_misfit", []).append(sentence)
        heeded = re.search(r"引以为戒|以案为鉴|举一反三|警示|教训", sentence)
        if warned and "通报" in sentence and _AS_WORK.search(sentence) and not heeded:
            found.setdefault("bulletin_as_work", []).append(sentence)
    return found


_TASK = re.compile(r"(?:主要)?任务是，?([^。]*)。")
_YEARS = re.compile(r"\d{4}年")


def check(text: str, data: dict) -> dict[str, list[str]]:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    found: dict[str, list[str]] = {}
    title = next((ln for ln in lines if ln.startswith("在") and ln.endswith(("讲话", "报告"))), "")
    kind = str(data.get("kind", ""))
    meeting = data.get("meeting") or {}
    own_title = meeting.get("title") or data.get("title")
    if kind == "concluding_remarks" and title and not own_title and not title.endswith("总结讲话"):
        found["title_concluding"] = [title]
    if "教师节" in title and _YEARS.search(title) and not re.search(r"第\d+个教师节", title):
        found["title_year_inside"] = [title]
    opening = next((ln for ln in lines if "刚才，" in ln), "")
    if opening:
        found.update(_endorsements(opening, data))
    sentences = [s for ln in lines for s in _SENTENCE.findall(ln)]
    date = str(meeting.get("date", ""))
    held = date[:4] if date[:4].isdigit() else ""
    for sentence in sentences:
        if _DOUBLED.search(sentence):
            found.setdefault("doubled_head", []).append(sentence)
        task = _TASK.search(sentence)
        if task and re.search(r"今天|这次", sentence):
            said = task.group(1)
            if "定任务" in said or said.count("精神") + said.count("《") >= 3:
                found.setdefault("task_breath", []).append(sentence)
        if held and re.search(rf"(?:肯定|回顾|总结){held}年|{held}年(?:召开|取得的成绩)", sentence):
            found.setdefault("year_self", []).append(sentence)
    return found


_FORM = re.compile(r"视频(?:形式|方式)|分会场|主会场|开到|直播")
_AWARD = re.compile(r"颁奖|颁发|授牌")
_DECISION = re.compile(r"宣读[^；]*(?:决定|通报|命令)")
_SPOKE = re.compile(r"报告|汇报|通报|发言|讲话|致辞|部署|安排|要求|说明|介绍|解读")
_ODD = re.compile(r"情况是客观的|把情况摆得很清楚|通报[^。]{0,10}抓紧抓实|结合会议的安排，我再强调")
_WRITTEN = re.compile(r"主要工作如下|”开局之后，|的一次会议，主要是")
_ON_THE_DAY = re.compile(r"一起过第\d+个教师节|在第\d+个教师节，")
_BACK = re.compile(r"师生返校要|返校要做到")
_WORKS = re.compile(r"假期的?新建、改扩建")
_CLOSING = re.compile(r"对家庭最好的交代")


def _recap_frames(opening: str) -> dict[str, list[str]]:
    """recap_form and recap_order in the 刚才 line."""
    found: dict[str, list[str]] = {}
    clauses, _ = _recap(opening) if opening else ([], [])
    for clause in clauses:
        if _FORM.search(clause):
            found.setdefault("recap_form", []).append(clause)
    awarded = next((n for n, c in enumerate(clauses) if _AWARD.search(c)), None)
    decided = next((n for n, c in enumerate(clauses) if _DECISION.search(c)), None)
    if awarded is not None and decided is not None and awarded < decided:
        found.setdefault("recap_order", []).append("；".join(clauses))
    return found


def check_frames(text: str, data: dict) -> dict[str, list[str]]:
    """Round ah's keys (see the module's docstring)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    found: dict[str, list[str]] = {}
    meeting = data.get("meeting") or {}
    day = re.match(r"(\d{4})\D(\d{1,2})\D(\d{1,2})", str(meeting.get("date", "")))
    month, date = (int(day.group(2)), int(day.group(3))) if day else (0, 0)
    items = [str(i) for i in data.get("preceding") or []]
    opening = next((ln for ln in lines if "刚才，" in ln), "")
    found.update(_recap_frames(opening))
    spoke = any(_SPOKE.search(i) for i in items)
    reported = any(re.search(r"汇报|报告", i) for i in items)
    for sentence in (s for ln in lines for s in _SENTENCE.findall(ln)):
        if "再强调" in sentence and not spoke:
            found.setdefault("again_alone", []).append(sentence)
        if _ODD.search(sentence):
            found.setdefault("endorse_odd", []).append(sentence)
        if reported and re.search(r"念稿子|开成[^，。；]{0,8}例会", sentence):
            found.setdefault("after_reports", []).append(sentence)
        if _WRITTEN.search(sentence):
            found.setdefault("opening_written", []).append(sentence)
        if (
            (_ON_THE_DAY.search(sentence) and (month, date) != (9, 10))
            or (_BACK.search(sentence) and month in (3, 4, 5, 6, 9, 10, 11, 12))
            or (_WORKS.search(sentence) and month in (11, 12, 1, 2, 3))
        ):
            found.setdefault("day_misfit", []).append(sentence)
        if _CLOSING.search(sentence):
            found.setdefault("closing_odd", []).append(sentence)
    return found


def check_all(text: str, data: dict) -> dict[str, list[str]]:
    return {**check(text, data), **check_frames(text, data)}


def main() -> None:
    run_detector(check_all, KEYS, SEEDS)


if __name__ == "__main__":
    main()
