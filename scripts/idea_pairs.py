"""Finds the pairs of sentences in one draft that say one idea twice, and the filler lines.

    python scripts/idea_pairs.py [--seeds 3] [--show N] [--filler]

Renders its own profiles (every kind × five levels × two lengths × the seeds), reads each
draft sentence by sentence and reports the pairs of sentences of one draft that share an
idea by one of three tests of its own (the same ruler for any tree it runs on, whatever
that tree's record, restate.Said, says once):

- ``words``: the later sentence's rare content (restate.Rarity) is carried by the earlier
  one at LOOSE_SHARE or more (the renderer refuses at restate.SIMILAR);
- ``object``: both name one stock object of the same duty (具体岗位/具体责任人, 深入学校,
  认领任务, 定期盘点…: OBJECTS below);
- ``duty``: the same actor (各成员单位, 机关干部, 校长…) is given the same verb twice.

With ``--filler`` it lists the sentences compose/filler.py finds to be filler (a comment
or an aphorism: no actor and no demand) and how many a section says. The figures it prints
(pairs per draft, filler per section) are the ones the CHANGELOG reports before and after.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from collections.abc import Iterator
from typing import Any

import yaml

from speechdraft.compose.restate import builtin_rarity, similarity

try:
    from speechdraft.compose.filler import is_filler, is_judgement
except ImportError:  # an older tree (PYTHONPATH=…): this tree's test of shape
    import importlib.util
    from pathlib import Path

    _spec = importlib.util.spec_from_file_location(
        "filler", Path(__file__).resolve().parents[1] / "src/speechdraft/compose/filler.py"
    )
    assert _spec is not None and _spec.loader is not None
    _filler = importlib.util.module_from_spec(_spec)
    _spec.loader.exec_module(_filler)
    is_filler = _filler.is_filler
    is_judgement = _filler.is_judgement
from speechdraft.document import Heading
from speechdraft.pipeline import build_draft_from_text

LOOSE_SHARE = 0.3
LOOSE_WEIGHT = 12.0

# The stock objects of one duty: two sentences of a draft naming the same one say it twice.
OBJECTS: dict[str, str] = {
    # every task given an owner, a way and a deadline: 具体岗位、具体人员 / 认领任务 /
    # 拿出具体的落实办法 / 有人牵头、有人落实 say one duty
    "task_owned": r"具体岗位|具体责任人|具体人员|具体单位|落实到人|责任到人|到岗到人|具体人身上"
    r"|认领|对号入座|分内事|落实办法|具体办法|分解到|有人牵头|有人落实|明确责任人|责任单位"
    r"|牵头单位和配合单位|一件件落|逐项落实|完成时限|时间节点|节点任务|倒排工期",
    "to_schools": r"深入学校|到学校(?:去|一线|走)|下到学校|深入基层|深入一线|进校督查|逐项核查",
    "tally": r"定期盘点|盘点|如实通报|定期通报|对账",
    "report_up": r"报送|报告进展|汇报进展|通报工作进展",
    "experience": r"经验|做法",
    "help_pupils": r"早关注|早帮扶|学习困难|学困生|家里有困难",
    "dialogue": r"谈心|多和家长沟通|知心朋友",
    "mentor": r"传帮带|老教师|带一带|结对",
    "safety_lessons": r"安全教育",
}
_OBJECTS = {name: re.compile(pattern) for name, pattern in OBJECTS.items()}
_ACTOR = (
    r"(各成员单位|成员单位|机关干部|班子成员|各学校|学校|校长|班主任|教师|各部门|有关部门"
    r"|牵头单位|配合单位|督学|家长|各地|各乡镇|财政部门|公安部门|教育部门)"
)
_DUTY = re.compile(
    _ACTOR + r"[^，。；]{0,8}?要(?:主动|及时|认真|切实|经常|定期)?([\u4e00-\u9fff]{2})"
)

KINDS = {
    "leader_speech": ("{p}委书记", ["学前教育", "教师队伍", "校园安全", "义务教育优质均衡"]),
    "work_report": ("{p}教育局局长", ["项目建设", "教育教学质量", "控辍保学", "教师队伍"]),
    "concluding_remarks": ("{p}政府副{p}长", ["双减", "学前教育", "校园安全"]),
    "leading_group": ("{p}委书记、{p}委教育工作领导小组组长", ["教育经费", "教师队伍", "项目建设"]),
    "teachers_day": ("{p}长", ["教师队伍", "乡村教师", "师德师风"]),
    "school_opening": ("{p}教育局局长", ["秋季安全", "教学常规", "教师队伍"]),
    "safety": ("{p}政府副{p}长", ["防溺水", "食品安全", "校车安全", "心理健康"]),
}
LEVELS = {"county": "县", "city": "市", "province": "省", "district": "区", "town": "镇"}
SAFEGUARDS = ["加强组织领导", "加强督导考核", "转变工作作风", "凝聚工作合力"]


def _title(kind: str, level: str) -> str:
    p = LEVELS[level]
    if level == "province":
        return {
            "leader_speech": "副省长",
            "work_report": "省教育厅厅长",
            "concluding_remarks": "副省长",
            "leading_group": "省委副书记、省委教育工作领导小组组长",
            "teachers_day": "副省长",
            "school_opening": "省教育厅厅长",
            "safety": "副省长",
        }[kind]
    if level == "town":
        return {
            "work_report": "镇中心学校校长",
            "school_opening": "镇中心学校校长",
            "leading_group": "镇党委书记、镇教育工作领导小组组长",
            "concluding_remarks": "镇长",
            "safety": "副镇长",
        }.get(kind, "镇党委书记")
    return KINDS[kind][0].format(p=p)


def profiles() -> Iterator[tuple[str, dict[str, Any]]]:
    """The script's own profiles: every kind × level × two lengths."""
    for kind, (_, areas) in KINDS.items():
        for level, p in LEVELS.items():
            for minutes in (15, 30):
                month = {"teachers_day": "09-09", "school_opening": "08-28"}.get(kind, "03-10")
                profile: dict[str, Any] = {
                    "kind": kind,
                    "meeting": {"date": f"2026-{month}"},
                    "region": {"level": level, "name": "长河"},
                    "speaker": {"title": _title(kind, level), "name": "王力"},
                    "duration_minutes": minutes,
                    "review": {
                        "achievements": [
                            {"area": areas[0], "points": [f"{p}内新增学位1200个"]},
                            {"area": areas[1]},
                        ],
                        "problems": ["乡村学校教师结构性缺员", "城区学位仍然紧张"],
                    },
                    # the first task with two points of the clerk's, the others without
                    "priorities": [
                        {
                            "area": areas[0],
                            "points": [
                                f"{areas[0]}工作专项督查覆盖全部学校",
                                "年内完成一次全面自查",
                            ],
                        },
                        *({"area": a} for a in areas[1:]),
                    ],
                    "safeguards": SAFEGUARDS if minutes > 20 else SAFEGUARDS[:2],
                }
                if kind in ("concluding_remarks", "leader_speech", "leading_group"):
                    profile["preceding"] = [f"{p}教育局局长作了工作报告"]
                yield f"{kind}-{level}-{minutes}", profile


def sentences_of(document: Any) -> list[tuple[int, str]]:
    """The draft's body sentences with the index of the section they stand in (headings
    left out): a key task's or safeguard's section (a second-level heading) counts from 1,
    the parts' own lines are section 0."""
    found: list[tuple[int, str]] = []
    section = count = 0
    for block in document.blocks:
        if isinstance(block, Heading):
            count += 1
            section = count if block.level == 2 else 0
            body = "".join(r.text for r in block.body)
        else:
            body = block.text
        for sentence in re.findall(r"[^。！？]+[。！？]?", body):
            if len(sentence) > 6:
                found.append((section, sentence.strip()))
    return found


def pairs(body: list[tuple[int, str]]) -> list[tuple[str, str, str]]:
    """(test, earlier, later) for every pair of sentences one of the tests finds."""
    rarity = builtin_rarity()
    found: list[tuple[str, str, str]] = []
    for j, (_, later) in enumerate(body):
        for _, earlier in body[:j]:
            share, weight = similarity(rarity, later, earlier)
            if share >= LOOSE_SHARE and weight >= LOOSE_WEIGHT:
                found.append(("words", earlier, later))
                continue
            objects = [n for n, p in _OBJECTS.items() if p.search(later) and p.search(earlier)]
            if objects:
                found.append(("object:" + objects[0], earlier, later))
                continue
            duties = {m.groups() for m in _DUTY.finditer(later)}
            if duties & {m.groups() for m in _DUTY.finditer(earlier)}:
                found.append(("duty", earlier, later))
    return found


class Fillers:
    """The filler lines of the drafts read (compose/filler.py), by section."""

    def __init__(self) -> None:
        self.lines: Counter[str] = Counter()
        self.sections: Counter[int] = Counter()  # sections by how many they say
        self.judgements_beside_points = 0

    def read(self, body: list[tuple[int, str]]) -> None:
        per: Counter[int] = Counter()
        clerks = {section for section, sentence in body if "全面自查" in sentence}
        for section, sentence in body:
            if section and is_filler(sentence):
                per[section] += 1
                self.lines[sentence] += 1
                self.judgements_beside_points += section in clerks and is_judgement(sentence)
        for count in per.values():
            self.sections[count] += 1

    def report(self, drafts: int, show: int) -> None:
        lines = sum(self.lines.values())
        over = sum(c for n, c in self.sections.items() if n > 1)
        print(
            f"filler in key tasks' and safeguards' sections: {lines} lines"
            f" ({lines / drafts:.2f} a draft), {over} sections with more than one,"
            f" {self.judgements_beside_points} judgements in a section with the clerk's points"
        )
        for sentence, count in self.lines.most_common(show):
            print(f"{count:3d} {sentence}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="一篇稿子里把一个意思说两遍的句子对")
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument("--show", type=int, default=40, help="列出最常见的几对")
    parser.add_argument("--filler", action="store_true", help="也统计空话（compose/filler.py）")
    args = parser.parse_args(argv)
    by_test: Counter[str] = Counter()
    recurring: Counter[tuple[str, str, str]] = Counter()
    drafts = 0
    fillers = Fillers()
    for name, profile in profiles():
        text = yaml.safe_dump(profile, allow_unicode=True, sort_keys=False)
        for seed in range(1, args.seeds + 1):
            body = sentences_of(build_draft_from_text(text, name, seed=seed).document)
            drafts += 1
            for test, earlier, later in pairs(body):
                by_test[test] += 1
                recurring[(test, earlier, later)] += 1
            fillers.read(body)
    total = sum(by_test.values())
    print(f"{drafts} drafts, {total} pairs ({total / drafts:.2f} a draft)")
    for test, count in by_test.most_common():
        print(f"  {test}: {count}")
    shown: Counter[str] = Counter()
    for (test, earlier, later), count in recurring.most_common():
        if shown[test] < args.show:
            shown[test] += 1
            print(f"{count:3d} {test:16s} {earlier}\n{'':20s} {later}")
    if args.filler:
        fillers.report(drafts, args.show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
