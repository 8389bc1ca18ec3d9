"""Where 要 goes in a clerk's point, and which frames fit which heads (issue 11's G; round
ak's readers: 要组织4月份开展…, …由班主任要上…, 教师要培训经费按…, 要对…不合格的，在…中实行…,
要组织…责任制不变, 要做好旗级领导包联…, 要做好镇财政慰问教师服务保障工作, 要确保…配备).

The test's own points, one or more of each shape, first through weave's frames directly
(a school-side speaker and a bureau), then in the test's own profiles rendered over the
kinds × two levels, asserted on the words.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from _matrix import spoken
from speechdraft.compose.weave import charge

# a point and what a school-side speaker says (要 where a speaker puts it)
SAID = {
    # a month first: 要 after it
    "5月份组织开展一次学生宿舍消防疏散演练": "5月份要组织开展一次学生宿舍消防疏散演练",
    "每年11月举办全县中小学青年教师基本功比赛": "每年11月要举办全县中小学青年教师基本功比赛",
    # a time or place, then 由X: 要 before 由
    "开学第一天升旗仪式由校长讲授开学安全第一课": "开学第一天升旗仪式要由校长讲授开学安全第一课",
    # a topic noun phrase: 要 after its last noun, not its first word
    "学生资助经费按在校生人数的3%统筹安排": "学生资助经费要按在校生人数的3%统筹安排",
    "乡村教师交流轮岗向边远教学点倾斜": "乡村教师交流轮岗要向边远教学点倾斜",
    # a case with 对…的: 要 after it
    "对体质健康测试不达标的，在评优评先中暂缓推荐": "对体质健康测试不达标的，要在评优评先中暂缓推荐",
    # a rule kept as it is: 坚持
    "乡镇干部包村、教师包生的控辍保学责任制不变": "要坚持乡镇干部包村、教师包生的控辍保学责任制不变",
    # an actor and its deed: 要 after the actor; a finance office pays for the deed
    "县级领导包联薄弱学校，每学期到校调研两次": "县级领导要包联薄弱学校，每学期到校调研两次",
    "乡财政慰问退休乡村教师": "乡财政要安排资金慰问退休乡村教师",
    # 确保 a bare deed-noun: its result
    "实验室器材和音体美器材配备": "要确保实验室器材和音体美器材配备到位",
    # people and a policy practice: the practice's verb
    "县域内校长交流轮岗": "要推进县域内校长交流轮岗",
}
# what round ak's readers struck, in the test's own words
BROKEN = re.compile(
    r"(?:要|将)(?:组织|举办|开展)?(?:每年)?\d{1,2}月份?(?:组织|举办)|由校长要|学生要资助经费|"
    r"教师要交流轮岗|(?:要|将)对体质健康测试不达标的，在|(?:要|将)组织[^，。；]*责任制不变|"
    r"做好县级领导|做好乡财政|乡财政要慰问|确保[^，。；]{2,16}器材配备(?!到位)|校长要交流轮岗"
)


def test_a_school_side_speaker_puts_yao_where_a_speaker_does() -> None:
    for point, said in SAID.items():
        assert charge(point, False) == said, point


def test_a_bureau_says_none_of_the_broken_frames() -> None:
    for point in SAID:
        text = charge(point, True)
        assert not BROKEN.search(text), (point, text)


def test_points_of_no_such_shape_are_left_alone() -> None:
    # a deadline keeps 要在; a name ending in its noun keeps its lead; an outcome keeps 确保
    assert charge("9月底前完成全部校舍安全排查", False) == "要在9月底前完成全部校舍安全排查"
    assert "要联系" not in charge("县级领导联系学校制度", False)
    assert charge("转岗教师待遇不降、编制不变", False).startswith("要确保")
    assert "由" in charge("自由活动时段由值班教师看护", False)


# -- the drafts ---------------------------------------------------------------------------

TITLES = {
    "leader_speech": "县长",
    "work_report": "教育局局长",
    "concluding_remarks": "副县长",
    "leading_group": "县委副书记、县委教育工作领导小组组长",
    "school_opening": "教育局局长",
    "safety": "副县长",
    "teachers_day": "副县长",
}
DATES = {"school_opening": "2030-08-27", "teachers_day": "2030-09-06", "safety": "2030-06-12"}
LEVELS = ("county", "city")
SEEDS = {"county": 3, "city": 1}  # a seed a level: the suite's time is at its budget
POINTS = list(SAID)


def _profile(kind: str, level: str) -> dict[str, Any]:
    return {
        "kind": kind,
        "meeting": {"date": DATES.get(kind, "2030-03-12")},
        "region": {"level": level, "name": "临泉"},
        "speaker": {"title": TITLES[kind], "name": "韩立新"},
        "review": {
            "achievements": [{"area": "学生资助", "figures": {"资助学生": "3200人次"}}],
            "problems": ["边远教学点教师流动性大"],
        },
        "priorities": [
            {"area": "安全演练", "points": POINTS[:3]},
            {"area": "经费保障", "points": POINTS[3:6]},
            {"area": "控辍保学", "points": POINTS[6:9]},
            {"area": "教师队伍", "points": POINTS[9:]},
        ],
    }


@pytest.fixture(scope="module")
def drafts() -> dict[tuple[str, str], str]:
    return {
        (kind, level): spoken(_profile(kind, level), SEEDS[level])
        for kind in TITLES
        for level in LEVELS
    }


def test_drafts_put_yao_where_a_speaker_does(drafts: dict[tuple[str, str], str]) -> None:
    broken = [(key, BROKEN.search(text)[0]) for key, text in drafts.items() if BROKEN.search(text)]
    assert not broken, broken[:6]
    said = [
        key for key, text in drafts.items() if "资助经费要按" in text or "资助经费，要按" in text
    ]
    assert said  # the topic's 要 after its noun where a draft says the point
