"""The clerk's short points and figures as pasted, not said (issue 11's R and G; round ao's
readers; branch points27).

    PYTHONPATH=src python scripts/short_points.py [FOLDER…] [-v] [--seeds N]

Renders every profile (profiles/, every docs/review/*/profiles and the tests' fixture drafts'
profiles, each text once; or those in FOLDERs) at seeds 1–3 and counts:

- ``short_run``: one-phrase sentences (≤ 10 characters after a leading 要, no punctuation
  inside) next to another in one paragraph (要确保校车安全。要确保食品安全。): each one counted;
- ``short_alone``: a paragraph that is one such bare sentence with no verb frame (全年校园零
  感染。 under its heading);
- ``covered_pasted``: a count pasted after a claim of the whole with its noun again (全市中小
  学智慧校园实现全覆盖，智慧校园412所);
- ``doubled``: one sentence that says a deed's verb in two of its clauses, the standard and the
  deed (按…的标准发放…，按月足额发放; 评价…作为评价…依据);
- ``third_folded``: in a 一是/二是/三是 run of paragraphs, an item whose claim runs on with a
  comma into a run of facts (a ；-list) (三是教师队伍建设统筹推进，招聘…；…；…) while a sibling's claim
  is a sentence of its own (一是…取得积极进展。…).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from detector_runs import run_detector  # noqa: E402, RUF100

KEYS = ("short_run", "short_alone", "covered_pasted", "doubled", "third_folded")
SHORT = 10
_SENTENCE = re.compile(r"[^。！？]+[。！？]")
_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)")
_BARE = re.compile(rf"^要?(?P<body>[^，、；：。！？“”（）【】]{{2,{SHORT}}})。$")
_SKIP = re.compile(r"^(?:同志们|谢谢|我就讲|下面|我讲|今天|重点)")
_COVERED = re.compile(
    r"(?P<claim>[^，。；]{2,}?)(?:实现全覆盖|全面覆盖|全部覆盖|全面达标|全部达标)，"
    r"(?P<noun>[^，。；\d]{2,8}?)(?:达到|共|有|总数达到)?\d"
)
# the verbs readers struck said twice in one sentence (发放…按月足额发放, 评价…作为评价…依据,
# 做好提醒，做到提醒到班, 巩固率…巩固住); 督导/考核 are the names of whole systems (督政、督学…
# 督导体系), said twice without a seam
_DOUBLED_VERBS = ("发放", "评价", "提醒", "巩固", "招聘")
_ITEM = re.compile(r"^[一二三四五六七八九十]+是(?!要)")


def _bare(sentence: str) -> bool:
    match = _BARE.match(sentence)
    return bool(match) and not _SKIP.match(sentence)


def _paragraphs(text: str) -> list[str]:
    return [
        line.strip()
        for line in text.splitlines()
        if line.strip() and not line.strip().startswith("#")
    ]


def _short_runs(paragraph: str) -> list[str]:
    sentences = _SENTENCE.findall(paragraph)
    hits = []
    for i, sentence in enumerate(sentences):
        if not sentence.startswith("要") or not _bare(sentence):
            continue
        near = [sentences[j] for j in (i - 1, i + 1) if 0 <= j < len(sentences)]
        if any(s.startswith("要") and _bare(s) for s in near):
            hits.append(sentence)
    return hits


_PLACEHOLDER = re.compile(r"【[^】]*】")


def _doubled(paragraph: str) -> list[str]:
    hits = []
    for sentence in _SENTENCE.findall(paragraph):
        # a placeholder names its fact again (巩固率达到【待补：…巩固率（%）】): not said twice
        clauses = re.split(r"[，；]", _PLACEHOLDER.sub("□", sentence))
        for verb in _DOUBLED_VERBS:
            if sum(1 for c in clauses if verb in c) >= 2 or any(
                c.count(verb) >= 2 for c in clauses
            ):
                hits.append(sentence)
                break
    return hits


def _third_folded(paragraphs: list[str]) -> list[str]:
    items = [p for p in paragraphs if _ITEM.match(p)]
    apart = [p for p in items if re.match(r"^[^，；。]{4,30}。", p)]
    if not apart:
        return []
    return [
        p
        for p in items
        if re.match(r"^[^，；。]{4,30}，[^。]*；", p) and not re.match(r"^[^，；。]*方面，", p)
    ]


def check(text: str, data: dict[str, Any]) -> dict[str, list[str]]:
    del data
    found: dict[str, list[str]] = {}
    paragraphs = _paragraphs(text)
    body = [p for p in paragraphs if not (_HEADING.match(p) and not p.endswith("。"))]
    for paragraph in body:
        found.setdefault("short_run", []).extend(_short_runs(paragraph))
        sentences = _SENTENCE.findall(paragraph)
        if len(sentences) == 1 and not sentences[0].startswith("要") and _bare(sentences[0]):
            found.setdefault("short_alone", []).append(paragraph)
        for match in _COVERED.finditer(paragraph):
            if match["noun"] in match["claim"]:
                found.setdefault("covered_pasted", []).append(match.group())
        found.setdefault("doubled", []).extend(_doubled(paragraph))
    found["third_folded"] = _third_folded(body)
    return {k: v for k, v in found.items() if v}


if __name__ == "__main__":
    run_detector(check, KEYS, total=True, wide=True)
