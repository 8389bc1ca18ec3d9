"""No filler, no off-topic stock, round four (issue 11's E; round ah's new arm, where E rose
16 → 35 labels; branch pad19).

Three families, each a rule over the bank's data, not a sentence:

- **a kind's sections say only what fits it**: a safety meeting's assessment speaks of
  safety (not 考核要讲公道…心服口服, 考核指标要精简…不再让基层另外填报, which are a work
  meeting's), a bureau's pledges to 县委、县政府 (制约发展的重大问题…提请研究解决, 对…部署的
  任务…一件一件抓落实) are a year meeting's, a teachers' day's preschool task does not govern
  民办园、无证园 and 幼儿园收费, a teachers' day does not say how the bureau checks the
  schools' epidemic measures, and a leading group is not told how schools keep new buildings;
- **empty sentences** (no actor, no object of the meeting, no step) are gone from the bank and
  kept as data (``referent`` entries of templates/norms/named.yaml) for the detectors:
  办好教育，需要全社会共同努力; 这些问题，必须引起高度重视; …见真章; 教师的本领也要不断更新;
  检验组织领导是否到位; 各项防范措施要想在前、做在前; 这些成绩来之不易，要倍加珍惜; 随着季节变化…;
- **stock said where nothing calls for it**: 容错纠错 only where the profile names reform or
  担当 (three towns' drafts in round ah had it), and no 孩子一个都不放过 toward children.

The tests render their own profiles: every kind at county, banner and town level where the
kind is held there, rich and thin, seeds 1–3, and read every sentence.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from speechdraft.named import load_named
from speechdraft.pipeline import build_draft
from speechdraft.writers.text import to_text

_SENTENCE = re.compile(r"[^。！？\n]+[。！？]?")
SEEDS = (1, 2, 3)

# The empty shapes (the test's own words): said by no draft of any kind.
EMPTY = {
    "whole_society": r"需要全社会共同努力",
    "heeded": r"必须引起高度重视",
    "real_test": r"见真章",
    "skills": r"本领也要不断更新|专业能力提升一刻也不能放松|对教师专业能力的要求就越高"
    r"|教师的专业能力也必须跟着提升",
    "leadership_tested": r"检验组织领导是否到位",
    "think_ahead": r"想在前、做在前",
    "hard_won": r"来之不易，要倍加珍惜",
    "seasons": r"随着季节变化|季节在变、学生在变",
    "none_spared": r"一个都不放过",
    "teaching_sorted": r"开学后的教学情况及时梳理",
    "right_direction": r"始终沿着正确方向办学",
    "school_ethos": r"一代代老师言传身教",
    "ordinary_great": r"平凡之中见伟大",
    "projects_in_mind": r"项目推进要心中有数",
    "parents_judge_school": r"家长学校办得如何",
    "deeds_felt": r"要让教师看得见、感受得到",
}
# Lines off a kind's theme: (kinds where they are off, pattern)
OFF_KIND = {
    "work_assessment": (
        {"safety"},
        r"心服口服|不再让基层另外填报|压减台账报表|知道差距所在"
        r"|指出差距、分析原因|讲清差距在哪里|帮助找差距",
    ),
    "bureau_pledge": (
        {"safety", "teachers_day", "school_opening"},
        r"制约发展的重大|部署的(?:各项)?任务，我们将|一件一件抓落实|部署要求，把各项任务细化"
        r"|当好参谋助手，把各项部署",
    ),
    "kindergarten_rules": ({"teachers_day"}, r"无证园|无证办园|民办园|收费|生均拨款|补助资金"),
    "epidemic_check": (
        {"teachers_day"},
        r"防控措施落得实不实|疫情防控措施落实情况纳入开学检查"
        r"|逐校查看健康监测",
    ),
    "new_buildings": (
        {"leading_group", "teachers_day"},
        r"新校舍、新设备|新建校舍和设备|新建校舍和新配设施",
    ),
    "group_said_to_itself": ({"leading_group"}, r"发挥领导小组作用"),
}
REFORM = r"容错纠错|改革探索中[^。]{0,6}失误"

UNIT = {"county": "县", "banner": "旗", "town": "镇"}
NAMES = {"county": "柳塘县", "banner": "白音旗", "town": "青石镇"}
TITLES = {
    "leader_speech": "{u}长",
    "work_report": "{u}教育局局长",
    "concluding_remarks": "副{u}长",
    "leading_group": "{u}委书记、{u}委教育工作领导小组组长",
    "teachers_day": "{u}委书记",
    "school_opening": "{u}教育局局长",
    "safety": "{u}教育局局长",
}
TOWN_TITLES = {
    "leader_speech": "镇长",
    "work_report": "镇中心学校校长",
    "concluding_remarks": "副镇长",
    "teachers_day": "镇党委书记",
    "school_opening": "镇中心学校校长",
    "safety": "副镇长",
}
DATES = {
    "teachers_day": "2021-09-09",
    "school_opening": "2021-08-27",
    "safety": "2021-04-12",
}
# a safety meeting's and a teachers' day's own tasks, with a preschool one at the teachers' day
AREAS = {
    "safety": ["防溺水", "食品安全", "校园欺凌防治", "交通安全"],
    "teachers_day": ["师德师风", "教师培训", "免费学前教育", "疫情防控", "项目建设"],
    "school_opening": ["开学准备", "疫情防控", "项目建设", "控辍保学"],
}
YEAR_AREAS = ["义务教育优质均衡", "项目建设", "控辍保学与学生资助", "教师队伍建设", "学前教育"]
SAFEGUARDS = ["组织领导", "督导考核", "作风建设", "经费保障"]


def profile(kind: str, level: str, size: str) -> dict[str, Any]:
    u = UNIT[level]
    title = (TOWN_TITLES if level == "town" else TITLES)[kind].format(u=u)
    data: dict[str, Any] = {
        "kind": kind,
        "meeting": {"date": DATES.get(kind, "2021-02-26")},
        "region": {"level": level, "name": NAMES[level]},
        "speaker": {"title": title, "name": "林立"},
        "duration_minutes": 30 if size == "rich" else 15,
    }
    areas = AREAS.get(kind, YEAR_AREAS)
    if size == "rich":
        data["review"] = {
            "achievements": [{"area": "项目建设", "points": ["三所学校新校舍投入使用"]}],
            "problems": ["乡村学校教师结构性缺员", "部分学校安全管理存在薄弱环节"],
        }
        data["priorities"] = [{"area": a} for a in areas]
        if kind not in AREAS:  # a building programme with its figures (a leading group's too)
            data["priorities"].insert(
                0,
                {
                    "area": "薄弱学校改造",
                    "facts": {"新建项目数": 6, "总投资": 4800},
                    "points": ["发改、住建部门开辟审批绿色通道"],
                },
            )
        data["safeguards"] = list(SAFEGUARDS)
    else:
        data["priorities"] = [{"area": areas[0]}]
        data["safeguards"] = ["督导考核"]
    return data


CASES = [
    (kind, level, size, seed)
    for kind in TITLES
    for level in UNIT
    for size in ("rich", "thin")
    for seed in SEEDS
    if not (level == "town" and kind == "leading_group") and (size == "rich" or level == "county")
]


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple, list[str]]:
    folder: Path = tmp_path_factory.mktemp("filler4")
    rendered = {}
    for case in CASES:
        path = folder / ("-".join(map(str, case[:3])) + ".yaml")
        if not path.exists():
            data = profile(*case[:3])
            path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
        text = to_text(build_draft(path, seed=case[3]).document)
        rendered[case] = [s.strip() for s in _SENTENCE.findall(text)]
    return rendered


def _name(case: tuple) -> str:
    return "-".join(map(str, case))


def test_no_draft_says_an_empty_sentence(drafts: dict) -> None:
    found = [
        f"{_name(case)} {key}: {s}"
        for case, sentences in drafts.items()
        for s in sentences
        for key, shape in EMPTY.items()
        if re.search(shape, s)
    ]
    assert found == [], f"{len(found)}:\n" + "\n".join(found[:20])


@pytest.mark.parametrize("family", sorted(OFF_KIND))
def test_a_kinds_sections_say_only_what_fits_it(drafts: dict, family: str) -> None:
    kinds, pattern = OFF_KIND[family]
    found = [
        f"{_name(case)}: {s}"
        for case, sentences in drafts.items()
        if case[0] in kinds
        for s in sentences
        if re.search(pattern, s)
    ]
    assert found == [], f"{len(found)}:\n" + "\n".join(found[:20])


def test_reform_leniency_only_where_the_profile_names_reform(drafts: dict) -> None:
    """None of the profiles names 改革, 担当 or 容错: no draft pardons reform's mistakes."""
    found = [
        f"{_name(case)}: {s}"
        for case, sentences in drafts.items()
        for s in sentences
        if re.search(REFORM, s)
    ]
    assert found == [], f"{len(found)}:\n" + "\n".join(found[:20])


def test_the_empty_shapes_are_data_the_composer_reads() -> None:
    table = [e for e in load_named() if e.kind == "referent"]
    samples = {
        "whole_society": "办好教育，需要全社会共同努力。",
        "heeded": "这些问题，必须引起高度重视。",
        "real_test": "转作风、抓落实，就是要在解决实际问题上见真章。",
        "skills": "教育改革不断深入，教师的本领也要不断更新。",
        "leadership_tested": "检验组织领导是否到位，关键看议定的事项是否真正落地。",
        "think_ahead": "各项防范措施要想在前、做在前。",
        "hard_won": "这些成绩来之不易，要倍加珍惜。",
        "seasons": "随着季节变化和学生活动增多，防范工作要跟着调整。",
        "none_spared": "疑似辍学的孩子一个都不放过。",
        "teaching_sorted": "各学校要把开学后的教学情况及时梳理，有问题早发现、早解决。",
        "right_direction": "要让每一所学校都始终沿着正确方向办学。",
        "school_ethos": "一所学校的好风气，靠的是一代代老师言传身教、接力传承。",
        "ordinary_great": "教书育人，平凡之中见伟大。",
        "projects_in_mind": "项目推进要心中有数，逐个项目盯进度、抓调度。",
        "parents_judge_school": "家长学校办得如何，要多听家长的评价。",
        "deeds_felt": "各部门为教师办的实事，要让教师看得见、感受得到。",
    }
    assert set(samples) == set(EMPTY)
    unfound = [k for k, s in samples.items() if not any(e.pattern.search(s) for e in table)]
    assert unfound == []
    reform = [e for e in table if e.pattern.search("要依规依纪容错纠错")]
    assert reform and all(e.licence.search("深化县管校聘改革") for e in reform)
    assert not any(e.licence.search("坚持优先发展，办好人民满意的教育") for e in reform)
