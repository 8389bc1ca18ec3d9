"""Counts, in rendered drafts, the lines that tie a speech to its meeting and read wrong
(issue 11's R, F, L, E; rounds ab and ac): the title, the 刚才 paragraph, the endorsement.

    python scripts/occasion_lines.py               # every profile of the repository, seeds 1–3
    python scripts/occasion_lines.py FOLDER… [-v]  # other folders; -v lists every hit
    python scripts/occasion_lines.py FOLDER… --own # each profile at its own seed (the drafts
                                                   # a review round's readers read)

Detectors (rules with their own word lists, not the composer's):
- ``title_year``: a title giving the year beside a count that dates the meeting
  (在2030年柳溪镇庆祝第46个教师节…), or before a body's name and its session (在2019年市委教育
  工作领导小组第一次全体会议);
- ``recap_subjectless``: an item after 刚才 with no subject (刚才，宣读了…；为…颁发…);
- ``agree_unnamed``: an endorsement that names nothing (not counted where the profile gives
  no preceding items: the 刚才 line is then a 【待补】 the clerk fills in) (讲成绩实事求是…我完全赞同; 对会上讲的意见;
  其他几项安排; 这些内容我都同意; 刚才讲的情况);
- ``pledge_unnamed``: 刚才的重要讲话 with no speaker named;
- ``agree_superior``: 我同意/赞同 where every item spoken before was a superior's;
- ``agree_unspoken``: 我同意/讲得 where nothing before was spoken (a signing, a commendation,
  a document adopted);
- ``no_elaborate``: a promise not to elaborate (不再一一展开) followed by 30 sentences or more;
- ``collision``: 收官 and 新起点 in one sentence.
"""

from __future__ import annotations

import re

from detector_runs import run_detector

SEEDS = (1, 2, 3)
KEYS = (
    "title_year",
    "recap_subjectless",
    "agree_unnamed",
    "pledge_unnamed",
    "agree_superior",
    "agree_unspoken",
    "no_elaborate",
    "collision",
)

# 第46个教师节, 第十届: the count dates the meeting; 第二次全体会议 is counted within a year, so
# a year said with it after the body's name (领导小组2027年第二次全体会议) is the convention, one
# before it (在2019年市委…第一次全体会议: round aa's R) is not
_COUNT = re.compile(r"第[\d一二三四五六七八九十百]+(?:个|届)")
_SESSION_AFTER_YEAR = re.compile(r"^在\d{4}年[^第]*第[\d一二三四五六七八九十]+次")
_YEAR = re.compile(r"\d{4}年")
_BARE_VERB = re.compile(
    r"^(?:宣读|为|审议|表彰|观看|播放|通报|与(?!会)|传达|听取|印发|研究|签订|颁|举行|进行|播)"
)
_GRADE = re.compile(r"我(?:完全|都|也都|也)(?:同意|赞同)|讲得|讲成绩")
_UNNAMED = re.compile(
    r"^(?:讲|刚才讲|刚才的讲话|对会上|会上所讲|会上讲|会上提出|会上通报|其他同志|这些内容|这些安排|"
    r"这些事项|这些都是|对这些|大家讲|几位同志讲|情况讲得|情况摆得|发言)"
    r"|其他几项安排|其他议程|会议的其他安排"
)
_SPOKEN = re.compile(
    r"报告|汇报|通报|总结|发言|讲话|讲解|介绍|说明|部署|安排|布置|要求|讲了|解读|辅导"
)
_NOT_SPOKEN = re.compile(r"签订|签了|递交|表彰决定|颁|审议|印发")
_NO_ELABORATE = re.compile(r"不再一一展开|不再展开|不再重复|不多讲")
_COLLISION = re.compile(r"收官[^。！？]*新起点|新起点[^。！？]*收官")
_SENTENCE = re.compile(r"[^。！？]*[。！？]")

# who ranks above whom, by the posts in a title (a speaker's or an item's subject)
_SECRETARY = re.compile(r"(?<!副)书记")
_HEAD = re.compile(r"(?<!副)(?:县|区|市|州|旗|盟|省|乡|镇)长|(?<!副)主席|苏木达")
_DEPUTY = re.compile(r"副(?:县|区|市|州|旗|省|乡|镇)长|副主席|常委")
_BUREAU = re.compile(r"局长|厅长")
_SCHOOL = re.compile(r"校长|中心学校|中心校")


def _rank(title: str) -> int:
    if _BUREAU.search(title):
        return 3
    if _SCHOOL.search(title):
        return 2
    if _DEPUTY.search(title):
        return 4
    if "副书记" in title:
        return 5
    if _SECRETARY.search(title):
        return 6
    if _HEAD.search(title):
        return 5
    return 0


def _subject(item: str) -> str:
    found = re.search(r"作了|汇报|通报|宣读|提出|部署|安排|布置|对|就|出席|发言|讲了", item)
    return item[: found.start()] if found else ""


def _title_year(lines: list[str]) -> list[str]:
    title = next((ln for ln in lines if ln.startswith("在") and ln.endswith("讲话")), "")
    dated = _COUNT.search(title) and _YEAR.search(title)
    return [title] if dated or _SESSION_AFTER_YEAR.search(title) else []


def _answer(rest: str) -> list[str]:
    """The sentences that answer what preceded: up to the announced count."""
    answer = []
    for sentence in _SENTENCE.findall(rest):
        if re.search(r"下面|我讲|意见|几点|想法", sentence):
            break
        answer.append(sentence)
    return answer


def _endorsement(opening: str, data: dict) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    items = [str(i) for i in data.get("preceding") or []]
    if not items:  # 刚才，【待补：会议前面的议程…】: the clerk is to say what it was
        return found
    recap, _, rest = opening.partition("刚才，")[2].partition("。")
    for clause in recap.split("；"):
        if _BARE_VERB.search(clause):
            found.setdefault("recap_subjectless", []).append(clause)
    speaker = str((data.get("speaker") or {}).get("title", ""))
    spoken = [i for i in items if _SPOKEN.search(i) and not _NOT_SPOKEN.search(i)]
    peers = [i for i in spoken if _rank(_subject(i)) <= _rank(speaker) or not _subject(i)]
    for sentence in _answer(rest):
        if re.search(r"刚才的?重要讲话", sentence):
            found.setdefault("pledge_unnamed", []).append(sentence)
        if not _GRADE.search(sentence):
            continue
        if _UNNAMED.search(sentence):
            found.setdefault("agree_unnamed", []).append(sentence)
        if not spoken:
            found.setdefault("agree_unspoken", []).append(sentence)
        elif not peers and re.search(r"同意|赞同", sentence):
            found.setdefault("agree_superior", []).append(sentence)
    return found


def check(text: str, data: dict) -> dict[str, list[str]]:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    found: dict[str, list[str]] = {}
    if titles := _title_year(lines):
        found["title_year"] = titles
    opening = next((ln for ln in lines if "刚才，" in ln), "")
    if opening:
        found.update(_endorsement(opening, data))
    sentences = [s for ln in lines for s in _SENTENCE.findall(ln)]
    for n, sentence in enumerate(sentences):
        if _NO_ELABORATE.search(sentence) and "归拢" not in sentence and len(sentences) - n > 30:
            found.setdefault("no_elaborate", []).append(sentence)
        if _COLLISION.search(sentence):
            found.setdefault("collision", []).append(sentence)
    return found


def main() -> None:
    run_detector(check, KEYS, SEEDS)


if __name__ == "__main__":
    main()
