"""Counts, in rendered drafts, the lines where the speech recaps what preceded it and answers
it wrongly (round ar's G, R, F; branch recap30).

    python scripts/recap30_lines.py                 # a sample: every 3rd profile with preceding
    python scripts/recap30_lines.py --all [-v]      # every profile with preceding, seeds 1–3
    python scripts/recap30_lines.py FOLDER… [-v]    # the profiles of other folders

Profiles: profiles/, every docs/review/*/profiles and the tests' fixture drafts, each text once,
only those that list ``preceding``. Detectors (word lists of their own, not the composer's):
- ``recap_pasted``: an item after 刚才 read out as the agenda has it, with no 了 (…；市财政局汇报
  教育经费保障情况；审议《…》; …；…作交流发言);
- ``recap_attended``: a leader who only attended recapped as a deed (刚才，…；镇党委副书记出席会议);
- ``self_recap``: the speaker's own item said in the third person (a 厅长 speaking: 刚才，…省教育厅
  厅长作了工作报告);
- ``self_endorse``: the speaker endorsing his own item (工作报告实事求是，我完全同意 where he gave it);
- ``superior_comrade``: a superior named 某某同志 by a junior (局长: 向春华同志的重要讲话);
- ``superior_bare``: a superior named by his post alone, no name and no 【待补】 (刚才，副州长作了
  重要讲话);
- ``endorse_echo``: an endorsement that says its own nouns twice (汇报和安排讲的情况和安排);
- ``endorse_agenda``: the agenda itself endorsed (这些议程安排得很实，我完全同意);
- ``exchange_misfit``: exchange speeches 认真对待'd, or a signing, a 表彰 or a 典型发言 said 讲.
"""

from __future__ import annotations

import re
import sys
from functools import partial
from multiprocessing import Pool
from pathlib import Path
from typing import Any

import yaml
from detector_runs import draft_findings, print_tally, profiles, wide_profiles

SEEDS = (1, 2, 3)
KEYS = (
    "recap_pasted",
    "recap_attended",
    "self_recap",
    "self_endorse",
    "superior_comrade",
    "superior_bare",
    "endorse_echo",
    "endorse_agenda",
    "exchange_misfit",
)

_SENTENCE = re.compile(r"[^。！？\n]+[。！？]?")
_ENDORSE = re.compile(r"同意|赞同|讲得|实事求是|情况清楚|切合实际|客观")
_ONLY_ATTENDED = re.compile(r"出席(?:了)?(?:会议|大会|本次会议)?$")
# posts above a bureau or a school: a 局长, 校长, 厅长 or 主任 names them with their post
_HIGH_POST = re.compile(r"书记|(?<!局|厅|校|股|处|科|所|园)长$|主席|常委")
_LOW_SPEAKER = re.compile(r"局长|校长|厅长|主任|园长")
_HIGH_SPEAKER = re.compile(r"书记|(?:省|市|县|区|州|旗|盟|乡|镇)长|主席|苏木达|常委")
_NAME_AFTER_POST = re.compile(r"(?:长|书记|主席|常委|部长)([\u4e00-\u9fff]{2,3})(?:同志)?$")
_POST_END = re.compile(r"(厅长|局长|校长|主任|园长|书记|部长)$")
_UNDONE_AGENDA = re.compile(r"^[^了]*(?:作|汇报|通报|审议|宣读|部署|安排|传达)[^了]*$")


def _items(data: dict[str, Any]) -> list[str]:
    return [str(i) for i in data.get("preceding") or []]


def _recap_parts(text: str) -> list[str]:
    found = re.search(r"刚才，([^。]*)。", text)
    return found.group(1).split("；") if found else []


def _speaker(data: dict[str, Any]) -> tuple[str, str]:
    speaker = data.get("speaker") or {}
    return str(speaker.get("title") or ""), str(speaker.get("name") or "")


def _own_item(item: str, title: str) -> str:
    """The subject of an item given by the speaker's own post ('' if none): 省教育厅厅长 for a
    省教育厅党组书记、厅长."""
    subject = re.split(r"作了|作|汇报|通报|宣读|讲话|部署|介绍|说明", item, maxsplit=1)[0]
    post = _POST_END.search(subject)
    if not post or not title:
        return ""
    office = subject[: post.start()]
    parts = title.split("、")
    if not any(p.endswith(post.group(1)) and not p.endswith("副" + post.group(1)) for p in parts):
        return ""
    return subject if office and title.startswith(office) else ""


def _recap_checks(text: str, data: dict[str, Any], title: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for part in _recap_parts(text):
        if _UNDONE_AGENDA.match(part) and not re.search(r"颁奖|发言$|讲话$", part):
            found.setdefault("recap_pasted", []).append(part)
        if _ONLY_ATTENDED.search(part):
            found.setdefault("recap_attended", []).append(part)
        for item in _items(data):
            own = _own_item(item, title)
            if own and part.startswith(own):
                found.setdefault("self_recap", []).append(part)
        if _junior(title) and re.match(
            r"^(?:分管|常务)?副?(?:省|市|县|区|州|旗|盟|乡|镇)长作了", part
        ):
            found.setdefault("superior_bare", []).append(part)
    return found


def _junior(title: str) -> bool:
    """A bureau's, a school's or a department's head (a 局党组书记 too: his 书记 is the bureau's)."""
    return bool(_LOW_SPEAKER.search(title)) and not _HIGH_SPEAKER.search(
        re.sub(r"党(?:组|委|总支)(?:副)?书记", "", title)
    )


def _superior_names(data: dict[str, Any], title: str) -> list[str]:
    if not _junior(title):
        return []
    names = []
    for item in _items(data):
        subject = re.split(r"出席|作了|作|讲话|提出|部署", item, maxsplit=1)[0]
        named = _NAME_AFTER_POST.search(subject)
        post = subject[: named.start() + 1] if named else ""
        if named and _HIGH_POST.search(post) and not _LOW_SPEAKER.search(post):
            names.append(named.group(1))
    return names


def _sentence_checks(text: str, data: dict[str, Any], title: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    own = [o for o in (_own_item(i, title) for i in _items(data)) if o]
    others = [i for i in _items(data) if not _own_item(i, title)]
    own_only_report = own and not any(re.search(r"报告|汇报", i) for i in others)
    superiors = _superior_names(data, title)
    for sentence in (s.strip("\u3000 ") for s in _SENTENCE.findall(text)):
        if sentence.startswith("刚才"):
            continue
        endorse = _ENDORSE.search(sentence)
        if endorse and own_only_report and re.match(r"^[^，。]*(?:工作)?报告", sentence):
            found.setdefault("self_endorse", []).append(sentence)
        for name in superiors:
            if name + "同志" in sentence:
                found.setdefault("superior_comrade", []).append(sentence)
        if endorse and re.search(
            r"(汇报|安排|报告|部署|通报)和(汇报|安排|部署|通报)讲的情况和\2", sentence
        ):
            found.setdefault("endorse_echo", []).append(sentence)
        if re.search(r"议程[^。]*(?:同意|赞同)", sentence):
            found.setdefault("endorse_agenda", []).append(sentence)
        if re.search(r"(?:交流发言|典型发言|经验介绍)[^。]*认真对待", sentence) or re.search(
            r"(?:责任书|表彰|典型发言)[^。，]{0,6}讲得", sentence
        ):
            found.setdefault("exchange_misfit", []).append(sentence)
    return found


def check(text: str, data: dict[str, Any]) -> dict[str, list[str]]:
    title, _ = _speaker(data)
    found = _recap_checks(text, data, title)
    for key, hits in _sentence_checks(text, data, title).items():
        found.setdefault(key, []).extend(hits)
    return found


def _with_preceding(paths: list[Path]) -> list[Path]:
    return [
        p for p in paths if (yaml.safe_load(p.read_text(encoding="utf-8")) or {}).get("preceding")
    ]


def main() -> None:
    argv = sys.argv[1:]
    folders = [Path(a).resolve() for a in argv if not a.startswith("-") and Path(a).is_dir()]
    chosen = _with_preceding(list(profiles(folders)) if folders else wide_profiles())
    if not folders and "--all" not in argv:
        chosen = chosen[::3]
    jobs = [(p, s) for p in chosen for s in SEEDS]
    with Pool(2) as pool:
        results = pool.imap(partial(draft_findings, check=check), jobs, chunksize=8)
        print_tally(results, KEYS, "-v" in argv, total=True)


if __name__ == "__main__":
    main()
