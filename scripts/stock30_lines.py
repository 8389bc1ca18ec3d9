"""Stock lines that repeat or say nothing (readers' D and E on the bank's own lines; branch
stock30).

    python scripts/stock30_lines.py [--seeds 3] [--sample N] [--show 20] [FOLDER …]

Renders the profiles of the folders given (default: profiles/ and the last reading's set,
docs/review/2026-12-02ap/profiles; ``--sample N`` takes every k-th profile of the folders to
N) at seeds 1..N with the tree on PYTHONPATH, and counts four families in the spoken lines:

- ``same``: two sentences of one draft naming one of this script's ideas (层层传导压力 and
  层层抓落实; 两个只增不减 and 三个增长 apart; 应助尽助 and 不漏一人; 暗访 twice …), one per
  pair of sentences;
- ``slogan``: a clerk's bare slogan standing as a sentence (要压实安全责任。);
- ``filler``: the lines a clerk cuts (这些成绩的取得，离不开各方面的支持。…);
- ``evaluation``: the translationese “X的成效，要以Y来检验/由Y来评判” lines;
- ``broken``: stock that contradicts itself or lacks a subject (牵头 and 配合 at once).

The ruler is this file, so the same count is read at main (PYTHONPATH=/work/main/src) and after.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from itertools import combinations
from pathlib import Path

from speechdraft.pipeline import build_draft

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = (ROOT / "profiles", ROOT / "docs/review/2026-12-02ap/profiles")

# one idea, many stock wordings (the readers' D of set ap)
SAME_IDEAS: dict[str, re.Pattern[str]] = {
    name: re.compile(pattern)
    for name, pattern in {
        "layer_duty": r"层层传导压力|层层抓落实|一直落实到每个岗位",
        "fund_growth": r"只增不减|三个增长",
        "finance_first": r"财政优先保障|财政支出优先位置|优先保障范围",
        "aid_everyone": r"应助尽助|不漏一人|一个不能漏|一个不漏|精准是生命线|信息比对",
        "unannounced_visit": r"暗访|不打招呼",
        "group_decides": r"集体研究|领导小组会议审议|提交领导小组",
        "ledger_follow": r"一项一项对账|跟踪督办|对账销号",
        "ordinary_teacher": r"尊重每一位普通教师|对全体教师致敬|向每一位.{0,6}教师致敬",
        "not_on_paper": r"停在文件上|停留在口头上|停在口头上",
        "night_rounds": r"夜间查寝|熄灯后巡查|每晚.{0,6}巡查",
        "mentoring": r"传帮带|师徒对子|青蓝结对",
        "fee_notice": r"收费公示",
        "told_to_each": r"讲到每个班级|讲到每一名学生|讲到每名学生",
    }.items()
}
RUN_IN_HEAD = re.compile(r"^[一二三四五六七八九十]+是[^，。；]{0,24}。$")
SLOGAN = re.compile(r"^要(压实安全责任|加强师德师风建设|[^，；、]{2,9})$")
FILLER = re.compile(
    r"这些成绩的取得，离不开各方面的支持|好的经验、好的做法要总结好、运用好|这些都是冬季安全工作的重点"
    r"|成为一名好老师，需要长期的修炼|^校园安全工作取得积极进展$|各吹各号|各吹各的号"
)
EVALUATION = re.compile(
    r"的成效，要(以|由|从|用).{0,24}(来检验|来评判|来评价|上来检验)|的成效，要看.{0,16}实际变化"
)
BROKEN = re.compile(r"收费和补助政策积极配合|当好牵头部门.{0,30}配合|配合.{0,20}当好牵头部门")


def sentences(line: str) -> list[str]:
    return [s for s in re.split(r"(?<=[。！？])", line) if s.strip("。！？ ")]


def defects(lines: list[str]) -> dict[str, list[str]]:
    said = [s.strip() for line in lines for s in sentences(line)]
    # a heading (or a run-in one, 二是要把教育摆在财政支出优先位置。) names what its section
    # says: only the sentences under it are pairs
    body = [s for s in said if s.endswith(("。", "！", "？")) and not RUN_IN_HEAD.match(s)]
    found: dict[str, list[str]] = {
        k: [] for k in ("same", "slogan", "filler", "evaluation", "broken")
    }
    for name, idea in SAME_IDEAS.items():
        naming = [s for s in body if idea.search(s)]
        for one, other in combinations(naming, 2):
            found["same"].append(f"{name}: {one} | {other}")
    for sentence in said:
        body = sentence.rstrip("。！？")
        if SLOGAN.match(body):
            found["slogan"].append(sentence)
        for key, pattern in (("filler", FILLER), ("evaluation", EVALUATION), ("broken", BROKEN)):
            if pattern.search(body):
                found[key].append(sentence)
    return found


def profiles(folders: list[Path], sample: int | None) -> list[Path]:
    chosen = sorted(p for folder in folders for p in folder.glob("*.yaml"))
    if sample and len(chosen) > sample:
        step = len(chosen) / sample
        chosen = [chosen[int(i * step)] for i in range(sample)]
    return chosen


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument("--sample", type=int)
    parser.add_argument("--show", type=int, default=20)
    args = parser.parse_args()
    counts: Counter[str] = Counter()
    ideas: Counter[str] = Counter()
    examples: list[str] = []
    drafts = 0
    for profile in profiles(args.folders or list(FOLDERS), args.sample):
        for seed in range(1, args.seeds + 1):
            lines = build_draft(profile, seed=seed).document.spoken_lines()
            drafts += 1
            for key, found in defects(lines).items():
                counts[key] += len(found)
                examples += [f"{profile.stem}#{seed} [{key}] {line}" for line in found]
                if key == "same":
                    ideas.update(line.split(":")[0] for line in found)
    print(f"drafts {drafts}; total {sum(counts.values())}")
    for key in ("same", "slogan", "filler", "evaluation", "broken"):
        print(f"  {key:<11}{counts[key]}")
    print("ideas said twice:", ", ".join(f"{k} {v}" for k, v in ideas.most_common()))
    for line in examples[: args.show]:
        print(" ", line)


if __name__ == "__main__":
    main()
