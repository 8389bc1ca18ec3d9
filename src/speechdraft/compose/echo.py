"""A line that says again what the line it stands under, or the targets, already said
(issue 11's D, round ai; branch idea20).

Round ai's readers marked the body's first line that says its own heading again (三是要建好用好
劳动实践基地 then 要建好用好劳动教育实践基地; （一）弘扬教育家精神 then 要弘扬教育家精神，培育一批
“大先生”) and a target said again in its section (主要目标 …三是8月底前完成北部新城第三小学、滨湖
实验幼儿园建设 then 北部新城第三小学、滨湖实验幼儿园要在8月底前交付使用; 11月底前完成…取暖设施
安全检查 twice, word for word). Both are measured here by the character pairs one text carries
of another: the render chooses another heading, or says the point as the heading, or leaves
the point to the targets (render.task_title, render._points_of); ``scripts/echo_lines.py``
counts what is left in rendered drafts by the same measure.
"""

from __future__ import annotations

import re
from functools import lru_cache

# A body line carrying this share of its heading's first clause says the heading again; a
# clerk's point carrying this share of one target's pairs says that target again.
ECHO_SHARE = 0.7
# a heading clause or a point shorter than this (in pairs) is too short to be told so
LEAST_PAIRS = 4
# a point said as the heading stands over its section as a heading does (no longer)
HEADING_MOST = 24

_NOT_WORD = re.compile(r"[^\u4e00-\u9fff0-9]+")
_TEMPLATE_CODE = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.DOTALL)
_NUMBERING = re.compile(
    r"^(?:（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、|[一二三四五六七八九十]+是(?:要)?)"
)


@lru_cache(maxsize=8192)
def word_pairs(text: str) -> frozenset[str]:
    """The pairs of adjacent characters (Chinese and digits) of ``text``; punctuation, marks
    and template code break nothing (北部新城第三小学、滨湖 runs on)."""
    run = _NOT_WORD.sub("", _TEMPLATE_CODE.sub("", text))
    return frozenset(run[i : i + 2] for i in range(len(run) - 1))


@lru_cache(maxsize=4096)  # asked of the same heading beside every line under it (speed21)
def first_clause(heading: str) -> str:
    """A heading's first clause, its numbering (（一）, 三、, 三是) left out: what it promises."""
    plain = _NUMBERING.sub("", _TEMPLATE_CODE.sub("", heading).strip())
    return re.split(r"[，,：:；。]", plain, maxsplit=1)[0]


def carried(of: str, by: str) -> float:
    """The share of ``of``'s pairs that ``by`` carries (0 where ``of`` has too few)."""
    pairs = word_pairs(of)
    if len(pairs) < LEAST_PAIRS:
        return 0.0
    return len(pairs & word_pairs(by)) / len(pairs)


def echoes_heading(heading: str, line: str) -> bool:
    """Whether ``line`` says its heading's first clause again (ECHO_SHARE of its pairs)."""
    return carried(first_clause(heading), line) >= ECHO_SHARE


def echoed_target(point: str, targets: tuple[str, ...]) -> str | None:
    """The target a clerk's point says again (ECHO_SHARE of the point's pairs in it), if any."""
    for target in targets:
        if carried(point, target) >= ECHO_SHARE:
            return target
    return None


# Two headings of one draft on one key phrase read as one heading said twice (issue 11's D,
# round aj: 为开学打好基础 then 为新学年工作打好基础; 凝聚合力，真抓实干 under a part heading
# already saying 真抓实干; 守护师生生命安全 then 守护学生生命安全). A heading's key phrases are
# its runs of HEADING_RUN characters after its first clause (what it is for: 打好基础, 安心
# 从教, 真抓实干), less the names of what the draft is about, which many headings rightly
# share (HEADING_FREE_RUNS, data: 教育工作, 校园安全…). Measured on the headings of rounds
# aj, ai and ah (scripts/key_content.py headings): such a run shared with an earlier heading
# finds 10 of the 20 headings labelled D beside 77 of the 1,362 kept, before this list.
HEADING_RUN = 4
_FREE_RUNS = (
    "教育工作 教育发展 校园安全 安全工作 各项工作 教师队伍 义务教育 学前教育 教育质量 "
    "教育经费 学生安全 师生安全 教育教学 工作任务 高中教育 职业教育 特殊教育 安全防范"
)
HEADING_FREE_RUNS = frozenset(_FREE_RUNS.split())


# Words of weight a heading stands on: said by two headings of one draft, the second reads as
# the first again whatever else it says (round ap's D and S: （三）营造良好氛围 then （四）…厚植
# 尊师重教土壤 over the same 氛围; 强化激励约束 then 激励担当作为; 一、强化责任担当 then 三、压实工作
# 责任). Not the names of the work (安全, 教师), which headings rightly share.
HEADING_WEIGHT_WORDS = (
    "激励", "氛围", "责任", "担当", "合力", "底线", "作风", "督导", "考核", "导向", "共识",
    "关爱", "实效", "机制",
)  # fmt: skip


@lru_cache(maxsize=4096)
def weight_words(heading: str) -> frozenset[str]:
    """The words of weight (HEADING_WEIGHT_WORDS) a heading says anywhere."""
    plain = _TEMPLATE_CODE.sub("|", heading)
    return frozenset(w for w in HEADING_WEIGHT_WORDS if w in plain)


def heading_keys(heading: str) -> frozenset[str]:
    """What a later heading may not say again: its key phrases and its words of weight."""
    return purpose_runs(heading) | weight_words(heading)


@lru_cache(maxsize=4096)
def purpose_runs(heading: str) -> frozenset[str]:
    """A heading's key phrases: its runs of HEADING_RUN characters (Chinese only, template
    code and punctuation break runs) in the clauses after its first, less HEADING_FREE_RUNS."""
    plain = _NUMBERING.sub("", _TEMPLATE_CODE.sub("|", heading).strip())
    clauses = re.split(r"[，,：:；。]", plain)[1:]
    runs = (r for clause in clauses for r in re.split(r"[^\u4e00-\u9fff]+", clause))
    return frozenset(
        run[i : i + HEADING_RUN]
        for run in runs
        for i in range(len(run) - HEADING_RUN + 1)
        if run[i : i + HEADING_RUN] not in HEADING_FREE_RUNS
    )
