"""The clerk's points said as speech (voice24, round al's G and R on point lines): every
profile of the repository (profiles/, docs/review/*/profiles) rendered at seeds 1–3, and
each spoken sentence that carries a defect of one of five rules counted:

- **placement**: 要 inside the point — after a preposition phrase's first words (和省内要对口
  帮扶城市…), after the point's own verb (研究教学点要撤并…), between a deed's manner and its
  verb (…带队分组要督查), inside a list of times (暑期返校、秋季要在开学前…);
- **own_body**: the speaker's own body made sure of or charged (要确保镇里为…, 要确保自治区
  教育厅组成…, 镇里要…): it says 将;
- **lead_on_deed**: 抓好/确保/做好 before a point that is a verb phrase, not a noun (要抓好水塘
  边立警示牌, 要抓好治理…, 要确保开学安全第一课, 对师德考核一票否决 with its verb lost);
- **judgement**: a point that judges (…是第一责任人) put under a charge (要由…是…, 要推动…是…);
- **bare**: a point too short to be a sentence said alone (教师要招聘。, 要关爱。).

Only the sentences that carry a clerk's point are read (five characters of one of the
profile's points in a row, 要 and 将 left out): the rules are about the weaving of points,
and the stock lines that happen to match a pattern (同伴落水时要…) are not counted.

    python scripts/point_voice.py [FOLDER…] [-v] [--seeds N]   # drafts (the figure reported)
    python scripts/point_voice.py --points [-v]                 # every profile point, said by
                                                                # charge_pieces as both voices

Run with PYTHONPATH at two trees to compare.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from detector_runs import run_detector

# verbs a point opens with that take 要 alone (the detector's own list, wider than the fix's)
_DEED_VERBS = (
    r"(?:治理|扶持|研究(?!生)|谋划|论证|审议|讨论|做(?![到实好细])|立(?!德)|设(?![施备])|挂(?!牌)|办理|招聘|"
    r"关爱|关心|帮扶|资助|救助|上好|开好|讲好|办好|搞好|摸清|摸排|整治|清理|取缔|查处|走访|慰问)"
)
# 要 as the charge, not inside a word (重要, 主要, 需要, 要求)
_YAO = r"(?<![重主需只必纲提概])要(?![求素点闻])"
_OWN_BODY = r"(?:镇里|乡里|县里|区里|旗里|市里|州里|盟里|厅里|局里)"
DEFECTS: dict[str, re.Pattern[str]] = {
    "placement": re.compile(
        r"(?:^|[，；：是])(?:和|与|同|跟)[^，；。要的都就也还]{1,8}"
        + _YAO
        + r"|(?:^|[，；：])(?:研究(?!生|了)|谋划|论证|审议|讨论|制定|修订)[^，；。要]{1,10}"
        + _YAO
        + r"|(?:带队|分组|牵头|分片|逐校|逐户|集中)"
        + _YAO
        + r"|、(?:秋季|春季|寒假|暑假|暑期|节假日|期末|期中|入学|返校)要在"
    ),
    "own_body": re.compile(
        r"(?:要|将)(?:确保|推动|抓好|做好)"
        + _OWN_BODY
        + "|"
        + _OWN_BODY
        + _YAO
        + r"|(?:要|我们将)确保[^，；。]{0,6}(?:教育厅|教育局)(?:组成|成立|组织|派出|抽调|安排)"
    ),
    "lead_on_deed": re.compile(
        r"(?:抓好|确保|做好)(?!"
        + _DEED_VERBS
        + "(?:工作|情况|任务|经费))"
        + _DEED_VERBS
        + r"[^，；。]{1,16}(?:[。；]|$)"
        r"|(?:抓好|做好)[^，；。]{1,6}(?:边|旁|口|沿线|周边)(?:立|设|挂|装)"
        r"|确保[^，；。]{0,8}第一课(?:[。；]|$)"
        r"|(?:^|[，；：是])对[^，；。]{2,12}一票否决"
    ),
    "judgement": re.compile(
        r"(?:要由|要推动|我们将推动|要确保|我们将确保|要抓好)[^，；。]{2,30}(?<![特但还尤就凡总若于只即或])是"
        r"(?:第一|直接|主要)?(?:责任人|责任主体|负责人)"
    ),
    "bare": re.compile(
        r"(?:^|[。；：]|[一二三四五六七八九十]是)(?:[^，；。：要]{2,4}要[^，；。：]{1,3}|要[^，；。：]{1,3})(?=[。；])"
    ),
}
KEYS = list(DEFECTS)


def sentences(text: str) -> list[str]:
    """The draft's spoken sentences (。-ended), headings and marks left as they are."""
    out: list[str] = []
    for line in text.splitlines():
        out.extend(s + "。" for s in line.split("。") if s.strip())
    return out


def profile_points(node: object) -> list[str]:
    """Every string of every ``points`` list in a profile's data."""
    if isinstance(node, dict):
        return [
            p
            for key, value in node.items()
            for p in (
                [v for v in value if isinstance(v, str)]
                if key == "points" and isinstance(value, list)
                else profile_points(value)
            )
        ]
    if isinstance(node, list):
        return [p for value in node for p in profile_points(value)]
    return []


_WINDOW = 5


def carries_a_point(sentence: str, windows: set[str]) -> bool:
    """Whether the sentence says some of a clerk's point: five characters of it in a row (a
    shorter point whole), 要 and 将 left out on both sides (the tool's own words put inside it)."""
    bare = re.sub("[要将]", "", sentence)
    sizes = {len(w) for w in windows}
    return any(bare[i : i + n] in windows for n in sizes for i in range(len(bare) - n + 1))


def check(text: str, data: dict[str, Any]) -> dict[str, list[str]]:
    """Each rule's sentences in one draft: the sentences that carry a clerk's point."""
    windows: set[str] = set()
    for point in profile_points(data):
        bare = re.sub("[要将]", "", point)
        if 2 <= len(bare) < _WINDOW:
            windows.add(bare)  # 教师招聘: the whole point
        windows.update(bare[i : i + _WINDOW] for i in range(len(bare) - _WINDOW + 1))
    found: dict[str, list[str]] = {}
    for sentence in sentences(text):
        if not carries_a_point(sentence, windows):
            continue
        for key, pattern in DEFECTS.items():
            if pattern.search(sentence):
                found.setdefault(key, []).append(sentence)
    return found


def said_points(show: bool) -> None:
    """Every profile point said by charge_pieces as a school-side speaker and as a bureau,
    counted by the same rules (fast: no render)."""
    from point_place_scan import points

    from speechdraft.compose.weave import charge_pieces

    counts = dict.fromkeys(DEFECTS, 0)
    every = points()
    for point in every:
        for bureau in (False, True):
            said = "".join(charge_pieces(point, bureau)) + "。"
            for key, pattern in DEFECTS.items():
                if pattern.search(said):
                    counts[key] += 1
                    if show:
                        print(f"{key}\t{'bureau' if bureau else 'school'}\t{said}")
    print(f"points {len(every)}, sentences {2 * len(every)}")
    for key, n in counts.items():
        print(f"{key}: {n}")
    print(f"total: {sum(counts.values())}")


if __name__ == "__main__" and "--points" in sys.argv:
    said_points("-v" in sys.argv)
elif __name__ == "__main__":
    run_detector(check, KEYS, total=True)
