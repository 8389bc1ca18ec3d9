"""Register and voice lines of round ai's R and L, by pattern, in rendered drafts: bank
wordings that read as colloquial or translated, endorsements that do not fit what preceded
the speech, and a speaker speaking in another's voice (branch register20).

    python scripts/register_voice.py [FOLDER…] [-v] [--seeds N]

By default profiles/ and rounds ai, ah and ag's profiles at seeds 1–3 (folders given: their
profiles). ``PYTHONPATH=<tree>/src`` measures another tree with the same ruler.
"""

from __future__ import annotations

import re
import sys
from typing import Any

from detector_runs import ROOT, run_detector

# colloquial, translated or doubled wordings (one pattern a family)
COLLOQUIAL: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("colloquial", re.compile(r"示范是最好的带动|提个要求|影响他的一生|还给每一个学生")),
    ("colloquial", re.compile(r"就是他们在学校的家|被看见|分清主次，额外|减负要分清主次")),
    (
        "colloquial",
        re.compile(
            r"实不实，要落到|把[^，。；]{1,14}的合力形成起来|清楚的(?:发展目标|特色方向|方向)"
        ),
    ),
    (
        "colloquial",
        re.compile(r"珍惜[^，。；]{0,8}(?:取得的)?成绩|减掉不必要的负担|苗头[^。；]{0,10}萌芽状态"),
    ),
    ("colloquial", re.compile(r"锚定任务|开展起来。")),
)
# an endorsement: the speaker grades or answers what was said before him
_ENDORSE = re.compile(r"我(?:完全|都|也都)?(?:同意|赞同)|讲得|很有针对性|针对性很强|对号入座")
_OPENING_LINES = 40  # endorsements stand in the draft's first lines


def _preceding(data: dict[str, Any]) -> list[str]:
    return [str(i) for i in data.get("preceding") or []]


def endorsement_misfits(line: str, data: dict[str, Any]) -> list[str]:
    """Why an endorsement does not fit what preceded (none if it fits)."""
    items = _preceding(data)
    why: list[str] = []
    if "议程" in line and re.search(r"很有意义|我(?:完全|都)同意", line):
        why.append("agreed_agenda")  # one agrees with a report, not with an agenda
    if re.search(r"通报(?:讲得|[^，。；]{0,4}讲得很好)|(?:部署|安排)和通报讲得", line):
        why.append("bulletin_well_said")  # a 通报 is not 讲得很好
    spoke = any("发言" in i for i in items)
    if re.search(r"发言", line) and not spoke and not re.search(r"表态|代表", line):
        why.append("no_speech_named")  # 发言 said of a 辅导, a 讲解 or a 通报
    if re.search(r"对号入座|抓紧整改|能改的马上改", line) and not any(
        re.search(r"问题|检查|督查|督导|暗访|隐患|排查|通报", i) for i in items
    ):
        why.append("rectify_after_briefing")  # no problem was pointed out
    if "掉以轻心" in line and "针对性" in line:
        why.append("misjoined")
    named = re.search(r"([^，。；]{2,12})的汇报和发言", line)
    if named:
        who = named.group(1)
        if any("发言" in i and who not in i for i in items):
            why.append("speech_to_reporter")  # the 发言 were by others
    return why


_PARTY = re.compile(r"书记|常委")
_BUREAU = re.compile(r"教育局|教体局|教育体育局|教育厅|教育委员会|教委")


def voice_misfits(line: str, data: dict[str, Any]) -> list[str]:
    title = str((data.get("speaker") or {}).get("title", ""))
    why: list[str] = []
    if _PARTY.search(title) and re.search(
        r"成员单位[^。]{0,12}(?:教育工作|对教育)[^。]{0,8}支持", line
    ):
        why.append("party_thanks_members")
    if re.search(
        r"配合[^。；]{0,20}(?:校外培训|违规培训)|(?:校外培训|违规培训)[^。；]{0,20}配合", line
    ):
        why.append("bureau_follows_training")
    if re.search(r"我们将认真配合|认真配合[^。]{0,10}督导|督导[^。]{0,10}我们将认真配合", line):
        why.append("bureau_follows_own_inspection")
    if "校长" in title and "学校" in title and re.search(r"基层学校最有发言权", line):
        why.append("school_head_grass_roots")
    if re.search(r"总责任，在", line):
        why.append("duty_split")
    return why


KEYS = (
    "colloquial",
    "agreed_agenda",
    "bulletin_well_said",
    "no_speech_named",
    "rectify_after_briefing",
    "misjoined",
    "speech_to_reporter",
    "party_thanks_members",
    "bureau_follows_training",
    "bureau_follows_own_inspection",
    "school_head_grass_roots",
    "duty_split",
)


def check(text: str, data: dict[str, Any]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    for n, para in enumerate(lines):
        for line in re.findall(r"[^。！？]*[。！？]|[^。！？]+$", para):
            keys = [k for k, p in COLLOQUIAL if p.search(line)]
            if n < _OPENING_LINES and _ENDORSE.search(line):
                keys += endorsement_misfits(line, data)
            keys += voice_misfits(line, data)
            for key in dict.fromkeys(keys):
                found.setdefault(key, []).append(line)
    return found


if __name__ == "__main__":
    if not [a for a in sys.argv[1:] if not a.startswith("-") and not a.isdigit()]:
        review = ROOT / "docs" / "review"
        sys.argv += [
            str(ROOT / "profiles"),
            *(
                str(review / r / "profiles")
                for r in ("2026-12-01ai", "2026-12-01ah", "2026-12-01ag")
            ),
        ]
    run_detector(check, KEYS, total=True)
