"""A clerk's point that is already a sentence, said as one (issue 11's G; round aj's readers:
要推动方案审议通过后，县教育局会同…, 要撤并后闲置校舍由乡镇统筹…, 要劝返复学台账, 要对…分管负责
同志开学第一周带队检查, 要对…的学生，3月底前完成…, 要做好每间教室…装…的安装维护).

The test's own points, several of each shape (a condition then the work, a case's rule, a topic
with 对 then a deadline, a thing then who handles it, people who act, every room fitted with
something, a 从 phrase, a bare record), first through weave's frames directly, then in the
test's own profiles rendered over the kinds × two levels × two seeds, asserted on the words.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from _matrix import spoken
from speechdraft.compose.weave import charge

# a condition, then its own clause: the condition first, 要 after the clause's subject
CONDITIONS = {
    "规划批复下达后，区教育局会同街道逐户走访适龄家庭，6月前公布学区划分": (
        "规划批复下达后，区教育局要会同街道逐户走访适龄家庭，6月前公布学区划分"
    ),
    "新校区建成后，县教育局会同城关镇做好学生分流": "新校区建成后，县教育局要会同城关镇做好学生分流",
}
# a case and its rule: said as the clerk wrote it, no lead
CASES = ("督查发现问题逾期未改的，取消年度评优资格", "食堂检查不合格的，停止供餐整顿")
# 对 a topic, then a deadline or a verb: 要 after the topic
TOPICS = {
    "对进城务工人员随迁的子女，8月底前完成入学登记": "对进城务工人员随迁的子女，要在8月底前完成入学登记",
    "对残疾儿童少年，逐人制定送教上门方案": "对残疾儿童少年，要逐人制定送教上门方案",
}
# a thing, then who handles it or how: 要 after the thing
THINGS = {
    "合并后空置教学点校舍由村委会统筹用于村级活动场所": "合并后空置教学点校舍要由村委会统筹用于村级活动场所",
    "面向中小学的各类竞赛事项实行审批管理": "面向中小学的各类竞赛事项要实行审批管理",
    "山区学生上下学的接送线路，逐一核查": "山区学生上下学的接送线路要逐一核查",
}
# people who act, then their deed: they are the subject (要在 before a time)
ACTORS = {
    "乡镇分管负责同志开学第一周带队检查": "乡镇分管负责同志要在开学第一周带队检查",
    "各中小学校长每周深入课堂听课": "各中小学校长要每周深入课堂听课",
}
# every room, then what it is fitted with: 要 after it
FITTED = {"每间学生宿舍装烟感报警器": "每间学生宿舍要装烟感报警器"}
# a 从 phrase, then its verb: the plain lead
FROM = ("从县直机关周转房中腾出40套作为支教教师住房",)
# a bare record: the verb its head noun takes
RECORDS = {
    "控辍保学动态台账": "建好用好控辍保学动态台账",
    "校外培训机构年检制度": "落实校外培训机构年检制度",
    "家校沟通联络机制": "健全家校沟通联络机制",
    "学生缺勤追踪登记": "做好学生缺勤追踪登记",
}
# what round aj's readers struck, in the test's own words
BROKEN = re.compile(
    r"(?:要|将)(?:推动)?[^，。；要]{2,10}(?:下达后|建成后)，|要(?:推动)?(?:合并后|面向中小学)|"
    r"要确保山区|要对乡镇分管|要对每间|做好每间|管好用好从|要(?:控辍保学|校外培训|家校沟通)|"
    r"要对学生缺勤|(?:要|将)对[^，。；]{2,14}，(?:\d|逐人)|要(?:督查发现|食堂检查不合格)"
)


@pytest.mark.parametrize("bureau", [False, True])
def test_a_condition_goes_first_and_its_clause_keeps_its_subject(bureau: bool) -> None:
    for point, said in CONDITIONS.items():
        text = charge(point, bureau)
        assert text.startswith(point.split("，")[0] + "，"), (point, text)
        assert not BROKEN.search(text), text
        if not bureau:
            assert text == said
    for point in CASES:
        assert charge(point, bureau) == point


@pytest.mark.parametrize("bureau", [False, True])
def test_a_topic_or_a_thing_takes_its_demand_after_it(bureau: bool) -> None:
    for point, said in TOPICS.items():
        text = charge(point, bureau)
        assert text == (said if not bureau else said.replace("要", "我们将")), (point, text)
    for point, said in {**THINGS, **FITTED}.items():
        text = charge(point, bureau)
        assert not BROKEN.search(text), text
        if not bureau:
            assert text == said


def test_people_who_act_are_the_subject() -> None:
    for point, said in ACTORS.items():
        assert charge(point, False) == said, point


@pytest.mark.parametrize("bureau", [False, True])
def test_a_from_phrase_and_a_bare_record_get_a_verb_that_fits(bureau: bool) -> None:
    will = "我们将" if bureau else "要"
    for point in FROM:
        assert charge(point, bureau) == will + point
    for point, said in RECORDS.items():
        assert charge(point, bureau) == will + said, point


def test_points_of_no_such_shape_are_left_alone() -> None:
    assert charge("建立留守儿童关爱台账", False) == "要建立留守儿童关爱台账"
    assert charge("凡涉及学生安全的事项由校长亲自过问", False).startswith("凡涉及学生安全的事项")
    assert "要为每所" in charge("每所小学配备一名专职校医", False)
    assert charge("寄宿生每晚点名登记", False) == "寄宿生要每晚点名登记"


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
SEEDS = {"county": 1, "city": 2}  # a seed a level: the suite's time is at its budget
DRAFT_POINTS = (
    "新校区建成后，县教育局会同城关镇做好学生分流",
    "合并后空置教学点校舍由村委会统筹用于村级活动场所",
    "乡镇分管负责同志开学第一周带队检查",
    "控辍保学动态台账",
    "对进城务工人员随迁的子女，8月底前完成入学登记",
    "每间学生宿舍装烟感报警器",
)


def _profile(kind: str, level: str) -> dict[str, Any]:
    return {
        "kind": kind,
        "meeting": {"date": DATES.get(kind, "2030-03-12")},
        "region": {"level": level, "name": "青川"},
        "speaker": {"title": TITLES[kind], "name": "邵明远"},
        "review": {
            "achievements": [
                {"area": "教师队伍", "figures": {"新招聘教师": "92名"}},
            ],
            "problems": ["农村学校音体美教师短缺"],
        },
        "priorities": [
            {"area": "布局调整", "points": list(DRAFT_POINTS[:2])},
            {"area": "开学检查", "points": list(DRAFT_POINTS[2:4])},
            {"area": "学生资助", "points": list(DRAFT_POINTS[4:])},
        ],
    }


@pytest.fixture(scope="module")
def drafts() -> dict[tuple[str, str, int], str]:
    return {
        (kind, level, SEEDS[level]): spoken(_profile(kind, level), SEEDS[level])
        for kind in TITLES
        for level in LEVELS
    }


def test_drafts_say_no_point_under_a_frame_that_breaks_it(
    drafts: dict[tuple[str, str, int], str],
) -> None:
    broken = [(key, BROKEN.search(text)[0]) for key, text in drafts.items() if BROKEN.search(text)]
    assert not broken, broken[:6]
    said = [key for key, text in drafts.items() if "建好用好控辍保学动态台账" in text]
    assert said  # the bare record is said with its verb where the draft says it
