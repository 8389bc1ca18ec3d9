"""The lines around the body: the opening, the answers to what preceded, the close and the
place words (round an's R, F, L on frame lines; branch bookends26).

Counts, over every profile of the repository (occasion_fit.profile_files: profiles/, tests'
fixture profiles, docs/review/*/profiles, each distinct text once) × seeds 1–3, the lines of
each kind:

- ``opening_year``: an opening sentence (the first lines, before 下面) that says one year twice
  (今天召开2017年青溪县教育工作会议，是2017年教育系统的一次重要会议);
- ``group_meeting``: a leading group's meeting named with no meeting word (在旗委教育工作领导
  小组2035年会议上, …领导小组会议) — 全体会议, 第N次…会议, 专题会议 and the like are names;
- ``skipped``: the answer to what preceded names one of several reports and not the others
  (县教育局的汇报… where 县财政局 reported too);
- ``wrong_verb``: an answer in a verb its item does not take: 我…同意/赞同 of reports of
  progress only (汇报…推进情况) or of a lecture (专题辅导); 翔实 of a lecture; 我也都同意;
  …讲到的事项 of a report of progress only; 会议为…颁奖;
- ``titles_again``: two or more full titles of documents said again in the sentence after
  the 刚才 line that read them;
- ``rally``: 团结在…周围 around the place's own bodies said by a deputy, a bureau's or a
  school's head;
- ``address``: 全系统 said by a school's head (a 中心学校校长 addresses his staff);
- ``region``: 自治区党委和上级党委 (the region's committee being a 上级党委);
  村子 in a banner or a 苏木; 我苏木教育; 各盟市 outside Inner Mongolia; 关心乡村教师 said to a
  town's schools, all rural.

The rules are this script's own, so the same count runs over drafts of another tree:
  PYTHONPATH=/work/main/src python scripts/bookend_lines.py --dump main.json   (main)
  PYTHONPATH=src python scripts/bookend_lines.py --dump branch.json            (this tree)
  … scripts/bookend_lines.py --score main.json --show 5    (count a kept dump again)
A dump of scripts/occasion_fit.py --dump (the same shape) is read as well.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import occasion_fit

KINDS = (
    "opening_year",
    "group_meeting",
    "skipped",
    "wrong_verb",
    "titles_again",
    "rally",
    "address",
    "region",
)

_SENTENCE = re.compile(r"[^。！？]+[。！？]?")
_YEAR = re.compile(r"(\d{4})年")
_BARE_GROUP = re.compile(r"领导小组(?:\d{4}年)?会议(?!精神)")
_REPORT_ITEM = re.compile(r"^(?P<who>[^，；]{2,14}?)(?:汇报|作[^，；]{0,12}报告|通报)")
_PROGRESS = re.compile(r"^[^，；]*(?:汇报|报告|通报)[^，；]*情况$")
_PLANS = re.compile(r"打算|安排|计划|思路|方案|要点|部署|意见|建议|下一步|措施")
_LECTURE = re.compile(r"辅导|讲座|讲解|解读")
_AGREE = re.compile(r"我(?:完全|都|也都)?(?:同意|赞同)")
_TITLE = re.compile(r"《[^》]+》")
_DEPUTY = re.compile(r"副(?!书记)")
_SCHOOL_HEAD = re.compile(r"学校校长|中心校校长|学区校长|校长$")
_BUREAU = re.compile(r"教育局|教育厅|教体局|教育和体育局|局长|厅长")
_CENTRE = "以习近平同志为核心的党中央"


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in [str(k), *_strings(v)]]
    if isinstance(value, list):
        return [s for item in value for s in _strings(item)]
    return [] if value is None else [str(value)]


def _opening(lines: list[str]) -> list[str]:
    """The opening's sentences: the lines before the first 下面… or heading."""
    found: list[str] = []
    for line in lines[:4]:
        for sentence in _SENTENCE.findall(line):
            if sentence.startswith(("下面", "刚才")):
                return found
            found.append(sentence)
    return found


def _answer(lines: list[str]) -> tuple[str, list[str]]:
    """The 刚才 line's recap and the sentences after it in its paragraph."""
    for line in lines[:8]:
        at = line.find("刚才，")
        if at < 0:
            continue
        sentences = _SENTENCE.findall(line[at:])
        return sentences[0], sentences[1:]
    return "", []


def _preceding(data: dict) -> list[str]:
    return [str(i).strip().rstrip("。；;，,") for i in data.get("preceding") or []]


def _wrong_verb(sentence: str, *, progress_only: bool, lecture: bool) -> bool:
    return any(
        (
            "我也都同意" in sentence,
            progress_only
            and bool(re.search(r"汇报|报告|通报", sentence))
            and bool(_AGREE.search(sentence)),
            progress_only and bool(re.search(r"(?:汇报|报告)讲到的事项", sentence)),
            lecture
            and bool(re.search(r"(?:辅导|讲解|讲座|解读)[^。]*(?:翔实|同意|赞同)", sentence)),
        )
    )


def _answers(data: dict, lines: list[str]) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    recap, after = _answer(lines)
    if not recap:
        return found
    items = _preceding(data)
    reporters = [
        re.sub(r"(?:分别|先后|共同)$", "", m["who"]) for i in items if (m := _REPORT_ITEM.match(i))
    ]
    reporters = [r for r in dict.fromkeys(reporters) if "会议" not in r]
    graded = next((s for s in after if re.search(r"汇报|报告|通报", s)), "")
    if len(reporters) > 1 and graded:
        named = [r for r in reporters if r in graded]
        if named and len(named) < len(reporters):
            found.append(("skipped", graded))
    reports = [i for i in items if re.search(r"汇报|报告|通报", i)]
    # reports of progress only, and nothing else heard proposing work
    progress_only = bool(reports) and all(
        _PROGRESS.search(i) and not _PLANS.search(i) for i in reports
    )
    progress_only = progress_only and not any(
        _PLANS.search(i) or re.search(r"发言|讲话|要求", i) for i in items
    )
    lecture = any(_LECTURE.search(i) for i in items)
    for sentence in after[:3]:
        if _wrong_verb(sentence, progress_only=progress_only, lecture=lecture):
            found.append(("wrong_verb", sentence))
        titles = _TITLE.findall(sentence)
        if len(titles) > 1 and all(t in recap for t in titles):
            found.append(("titles_again", sentence))
    if re.search(r"会议为[^。；]*颁奖", recap):
        found.append(("wrong_verb", recap))
    return found


def _region(data: dict, title: str, lines: list[str]) -> list[tuple[str, str]]:
    region = data.get("region") or {}
    level = str(region.get("level", ""))
    name = str(region.get("name", ""))
    words = " ".join(_strings(data))
    mongol = bool(re.search(r"内蒙古|盟|苏木|嘎查", words)) or level == "banner"
    herders = level == "banner" or name.endswith("苏木") or "嘎查" in words
    found: list[tuple[str, str]] = []
    rules = (
        (True, re.compile(r"自治区党委和上级党委|我苏木教育")),
        (herders, re.compile(r"村子")),
        (not mongol, re.compile(r"各盟市")),
        (level == "town", re.compile(r"^(?:各学校|学校|学校领导)[^。；]{0,8}乡村(?:教师|任教)")),
    )
    for line in [title, *lines]:
        for sentence in _SENTENCE.findall(line):
            if any(applies and rule.search(sentence) for applies, rule in rules):
                found.append(("region", sentence))
    return found


def _voice(data: dict, lines: list[str]) -> list[tuple[str, str]]:
    speaker = str((data.get("speaker") or {}).get("title", ""))
    head = speaker.split("、")[-1] if "、" in speaker else speaker
    found: list[tuple[str, str]] = []
    lowly = bool(_DEPUTY.search(head)) or bool(_BUREAU.search(head))
    school = bool(_SCHOOL_HEAD.search(speaker)) and not _BUREAU.search(speaker)
    for line in lines[-4:]:
        for sentence in _SENTENCE.findall(line):
            if (lowly or school) and "团结在" in sentence and _CENTRE not in sentence:
                found.append(("rally", sentence))
            if school and "全系统" in sentence:
                found.append(("address", sentence))
    return found


def mismatches(data: dict, title: str, lines: list[str]) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for sentence in _opening(lines):
        years = _YEAR.findall(_TITLE.sub("", sentence))
        if len(years) != len(set(years)):
            found.append(("opening_year", sentence))
    for line in [title, *lines[:4]]:
        if _BARE_GROUP.search(line):
            found.append(("group_meeting", line))
    found += _answers(data, lines)
    found += _voice(data, lines)
    found += _region(data, title, lines)
    return found


def _found(data: dict, text: str, title: str, lines: list[str]) -> list[tuple[str, str]]:
    return mismatches(data, title, lines)


def main() -> None:
    occasion_fit.main(KINDS, _found)


if __name__ == "__main__":
    main()
