"""One idea said once a draft, round four (issue 11's D, round ah; branch idea19).

Round ah's readers marked 116 lines D (both arms); 106 were still said word for word at
some length level of main (40c6186e), 79 of them beside another sentence of their idea.
Most were one idea in two wordings that no meaning group joined: 资金跟着进度走 /
项目推进到哪里，资金就拨付到哪里; 各级领导干部要经常到学校去 / 到教育一线走一走、看一看;
受到应有的尊重 / 被看见、被尊重; 巡查看护 / 巡查劝导; 收费行为 / 预收费 / 收费和广告 in one
section; 怎样举报 / 违规培训举报线索; 站稳讲台 / 尽快进入角色; 督促改进 / 工作不力的学校;
推选出来的 / 优秀代表; 一代代老师 / 一代代教师; 谁负责 / 有人负责 … The groups are data
(meaning_ideas.py); these tests keep their own table and render their own profiles:
kinds × county, city and district × seeds 1–3, rich and near-empty.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from one_idea_support import (
    KINDS,
    RUN_IN_ITEM_ANY,
    render,
    said_twice_in_blocks,
    titles,
)
from speechdraft.compose.restate import Said

# Round ah's families of one idea in two wordings (the test's own table, not the bank's).
FAMILIES: dict[str, str] = {
    "funds_follow_progress": r"跟着(?:项目)?进度走|拨付到哪里|资金支付情况",
    "leaders_at_schools": r"经常到学校去|一线走一走|走一走、看一看|下基层要多到",
    "rural_respect": r"受到应有的尊重|被看见、被尊重",
    "water_patrol": r"巡查看护|巡查劝导",
    "seasons": r"季节特点|季节变化",
    "relay_the_meeting": r"传达[^。；]{0,4}会议精神|认真传达",
    "built_and_staffed": r"建成之日|建成一所|校舍、老师、学生同时到位",
    "hear_teachers_parents": r"听取师生|听校长、教师|家长讲真话",
    "laggards": r"工作不力的|督促改进|落实不到位的",
    "honourees": r"推选出来|优秀代表",
    "training_fits": r"贴近教学实际|课堂教学紧密结合",
    "people_first": r"群众(?:期盼|反映)[^。；]{0,6}(?:强烈|集中)|轻重缓急",
    "tutoring_fees": r"收费行为|收费项目和标准|预收费|收费和广告",
    "tutoring_reports": r"怎样举报|违规培训举报|举报线索",
    "new_teachers": r"站稳讲台|尽快进入角色|过好教学关",
    "parents_rational": r"跟风报班|理性消费|育儿观念",
    "enrolment_public": r"公开招生(?:范围|计划)|招生(?:计划|范围)[^。；]{0,12}公(?:开|布)",
    "classes_opened": r"开齐开好|把课开起来|缺的课",
    "strengths": r"长处|因材施教",
    "not_alone": r"唱独角戏|一家能办成",
    "members_share": r"分内的任务|分内事|分给[^。；]{0,12}事项",
    "generations": r"一代代(?:老师|教师)",
    "owner_named": r"谁负责|有人抓|有人负责",
    "kindergarten_aid": r"普惠性民办园补助|补助资金跟着质量走|民办园走普惠",
    "part_time_teachers": r"兼职教师",
    "sleep": r"睡眠",
    "these_results": r"这些(?:成绩|进展)(?:，|来之不易)|倍加珍惜",
    "homage_to_all": r"名额有限|对全体教师的(?:一次)?(?:致敬|敬意)",
    "focus_pupils": r"重点关注的?学生",
}
_FAMILIES = {name: re.compile(pattern) for name, pattern in FAMILIES.items()}

TITLES = titles("county", "city", "district")
DATES = {"teachers_day": "2024-09-09", "school_opening": "2023-08-28", "safety": "2023-06-05"}
NAMES = {"county": "石渠县", "city": "岚山市", "district": "西湖区"}


def _profile(kind: str, level: str, rich: bool) -> dict[str, Any]:
    data: dict[str, Any] = {
        "kind": kind,
        "meeting": {"date": DATES.get(kind, "2024-03-15")},
        "region": {"level": level, "name": NAMES[level]},
        "speaker": {"title": TITLES[level][kind], "name": "林涛"},
    }
    if not rich:
        data["priorities"] = ["校外培训治理", "教师队伍", "校园安全"]
        return data
    data["priorities"] = [
        {"area": "校外培训治理", "points": ["开展暑期校外培训专项治理"]},
        {"area": "教师队伍", "facts": {"teacher_training": 4100}},
        {"area": "学前教育"},
        {"area": "职业教育"},
        {"area": "校园安全"},
        {"area": "项目建设"},
        {"area": "心理健康"},
    ]
    data["safeguards"] = ["组织领导", "督查考核", "经费保障", "部门协同"]
    data["review"] = {
        "achievements": [{"area": "校园安全", "points": ["全年排查整改校园安全隐患320项"]}],
        "problems": ["乡村学校音体美教师不足"],
    }
    return data


def said_twice(draft: Any) -> list[tuple[str, str, str]]:
    """(family, earlier, later) for every family of the table two sentences of the draft
    say, the later not the clerk's words and carrying no figure or 【】. A heading's body may
    say what the heading names once."""
    return said_twice_in_blocks(draft, _FAMILIES, RUN_IN_ITEM_ANY)


@pytest.mark.parametrize("level", ["county", "city", "district"])
@pytest.mark.parametrize("kind", KINDS)
def test_no_idea_of_round_ah_said_twice(tmp_path: Path, kind: str, level: str) -> None:
    """Rich and near-empty profiles × seeds 1–3: no bank sentence says a family of the
    table that an earlier sentence (or a heading's first clause and its one body line) has
    said."""
    problems = []
    for rich in (True, False):
        for seed in (1, 2, 3):
            draft = render(tmp_path, _profile(kind, level, rich), seed, f"{kind}{rich}")
            problems += [(rich, seed, *pair) for pair in said_twice(draft)]
    assert not problems, problems


@pytest.mark.parametrize(
    ("earlier", "later"),
    [
        (
            "坚持资金跟着进度走，既不超进度拨付，也不让工程停下来。",
            "项目推进到哪里，资金就拨付到哪里。",
        ),
        (
            "各级领导干部要经常到学校去，听课、座谈、现场办公。",
            "领导小组成员要经常到教育一线走一走、看一看。",
        ),
        ("乡村教师的付出应当被看见、被尊重。", "让坚守乡村的教师受到应有的尊重。"),
        ("要加强对培训机构收费行为的监管。", "预收费要严格管住，从源头上防范退费难。"),
        ("哪些机构合规、怎样举报，要向家长公布清楚。", "违规培训举报线索要跟踪问效。"),
        ("新入职教师要在骨干教师的传帮带下尽快站稳讲台。", "让新教师尽快进入角色。"),
        ("对工作不力的学校及时督促。", "对责任落实不到位的单位，要及时提醒、督促改进。"),
        (
            "受表彰的同志是从广大教师中推选出来的。",
            "今天受到表彰的先进个人，是全市教师队伍中的优秀代表。",
        ),
        (
            "我县教育今天的面貌，是一代代教师接续奋斗的结果。",
            "一所学校的好风气，靠的是一代代老师言传身教。",
        ),
        ("每一项任务谁牵头、谁负责，都要明明白白。", "每一项任务都要有人抓、有人管、有人负责。"),
        ("保障学生的睡眠时间，不提前到校、不拖堂。", "要让学生睡眠充足、读物健康。"),
        ("要多用“四不两直”，看实情、查实效。", "要到重点水域实地查看，不能只看台账。"),
        ("建成一所、配齐一所、启用一所。", "园舍建成之日，就应是教师和保育人员到位之时。"),
        ("这些成绩来之不易，要倍加珍惜。", "这些进展，凝聚着各成员单位的辛勤付出，在此表示感谢。"),
        ("表彰的名额有限，老师们的付出无限。", "今天的表彰，是对全体教师的一次致敬。"),
        ("对列为重点关注的学生，跟踪记录要逐校核查。", "重点关注学生要因人施策，跟踪到位。"),
    ],
)
def test_the_record_joins_the_two_wordings(earlier: str, later: str) -> None:
    """Said: once one wording of a round-ah pair is said, the other is a repeat (either
    order)."""
    for first, second in ((earlier, later), (later, earlier)):
        said = Said()
        said.add(first)
        assert said.repeats(second), (first, second)


@pytest.mark.parametrize("level", ["county", "city", "district"])
def test_a_teachers_day_does_not_promise_the_commendation_it_holds(
    tmp_path: Path, level: str
) -> None:
    """A teachers' day meeting is the commendation: its 尊师重教 section does not ask that
    those who did much for education be commended by the rules (round ah's D: 表彰大会上
    刚表彰完又说“要按规定给予表彰奖励”)."""
    data = {
        "kind": "teachers_day",
        "meeting": {"date": "2024-09-09"},
        "region": {"level": level, "name": NAMES[level]},
        "speaker": {"title": TITLES[level]["teachers_day"], "name": "林涛"},
        "priorities": ["教师队伍", "教师待遇"],
        "safeguards": ["尊师重教", "宣传引导"],
    }
    found = []
    for seed in range(1, 9):
        draft = render(tmp_path, data, seed, f"td{level}")
        text = "".join(draft.document.spoken_lines())
        found += re.findall(r"[^。]*突出贡献的单位和个人[^。]*。", text)
    assert not found, found
