"""The clerk's points joined into grammatical sentences (issue 11's G; round ai's readers:
教师要体检每年一次, 要对学生视力监测每学期一次, 要在乡村学校连续任教满20年的教师颁发荣誉证书,
要推动农村学校寄宿条件改善落实到位, 要推动县区财政教育支出确保实现“三个增长”, 要做好秋季诺如
病毒、流感高发期晨午检, 主要是：一是…, 全县中考全县平均分).

The test's own points, several of each shape (a frequency tail, a recipient with no
preposition, a clause that has its verb, a time phrase fused into the object), first through
weave's frames directly, then in the test's own profiles rendered over the kinds that weave
points × two levels × two seeds, asserted on the words.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
import yaml

from speechdraft.compose.weave import charge, said_shape
from speechdraft.pipeline import build_draft

# -- the frames, on many invented points ----------------------------------------------------

# a check or an event, then how often: the frequency goes before its verb
HOW_OFTEN = {
    "食堂从业人员健康检查每年一次": "每年组织一次食堂从业人员健康检查",
    "学生心理健康筛查每学期一次": "每学期开展一次学生心理健康筛查",
    "消防应急疏散演练每学期至少两次": "每学期至少组织两次消防应急疏散演练",
    "对校车安全检查每月一次": "每月开展一次校车安全检查",
    "开展校园周边治安巡查每周一次": "每周开展一次校园周边治安巡查",
    "班主任家访每学期一次": "每学期开展一次班主任家访",
    "学生体质健康监测每学年不少于2次": "每学年开展学生体质健康监测不少于2次",
}
# people named by a 的-phrase, then what they are given: 对 before them
RECIPIENTS = {
    "在边远山区学校任教满15年的教师发放岗位津贴": "对在边远山区学校任教满15年的教师发放岗位津贴",
    "连续从教满30年的乡村教师颁发荣誉证书": "对连续从教满30年的乡村教师颁发荣誉证书",
    "在民族地区学校工作满10年的校长给予表彰": "对在民族地区学校工作满10年的校长给予表彰",
}
RECIPIENT_THEN_ORGAN = {
    "连续从教满30年的乡村教师，县政府授予荣誉称号": "对连续从教满30年的乡村教师，由县政府授予荣誉称号",
    "在艰苦边远地区任教满20年的教师，市政府颁发纪念章": "对在艰苦边远地区任教满20年的教师，由市政府颁发纪念章",
}
# a thing and how it is to change: the change is the verb
CHANGE_LAST = {
    "乡镇幼儿园办园条件改善": "改善乡镇幼儿园办园条件",
    "课后服务质量提升": "提升课后服务质量",
    "县域教师队伍结构优化": "优化县域教师队伍结构",
    "学校食堂管理规范": "规范学校食堂管理",
}
# a subject that ensures: 确保 before it (推动 before a bureau's 实现…)
ENSURES = {
    "各乡镇教育附加费确保足额征收": "确保各乡镇教育附加费足额征收",
    "县区教育经费投入确保实现“两个只增不减”": "县区教育经费投入实现“两个只增不减”",
}
# places, then how often they do a deed: 要 after the places, the deed not read as a noun
EACH_HOW_OFTEN = {
    "各乡镇每学期专题研究一次教育工作": "各乡镇要每学期专题研究一次教育工作",
    "各学校每月召开一次安全工作例会": "各学校要每月召开一次安全工作例会",
}
# a span fused into the object: 在 + the span, then the work
SPANS = {
    "冬季流感高发期晨检": "在冬季流感高发期",
    "汛期前后校舍安全排查": "在汛期前后",
    "春季传染病多发期校园消毒": "在春季传染病多发期",
}


@pytest.mark.parametrize("bureau", [False, True])
def test_frequency_goes_before_its_verb(bureau: bool) -> None:
    for point, said in HOW_OFTEN.items():
        text = charge(point, bureau)
        assert said in text, (point, text)
        assert not re.search(r"每(?:年|学年|学期|季度|月|周)[^，。；]{0,4}次$", text), text


def test_places_then_how_often_keep_their_deed() -> None:
    for point, said in EACH_HOW_OFTEN.items():
        assert charge(point, False) == said, point
        assert not re.search("(?:做好|抓好|确保)各", charge(point, True)), point


@pytest.mark.parametrize("bureau", [False, True])
def test_recipients_take_their_preposition(bureau: bool) -> None:
    for point, said in RECIPIENTS.items():
        text = charge(point, bureau)
        assert text == ("我们将" if bureau else "要") + said, (point, text)
    for point, said in RECIPIENT_THEN_ORGAN.items():
        assert charge(point, bureau) == said, point
        assert said_shape(point, bureau) == "rule"  # no 一是 item of a 要… list


@pytest.mark.parametrize("bureau", [False, True])
def test_a_clause_with_its_verb_is_not_pushed(bureau: bool) -> None:
    will = "我们将" if bureau else "要"
    for point, said in CHANGE_LAST.items():
        assert charge(point, bureau) == will + said, point
    for point, said in ENSURES.items():
        text = charge(point, bureau)
        assert said in text, (point, text)  # 要确保…实现…, a bureau's 我们将推动…实现…
        assert not re.search(r"推动[^，。；]*(?:确保|落实到位)", text), text
        assert text.count("确保") <= 1, text


def test_an_organ_that_ensures_is_urged_not_pushed() -> None:
    for organ in ("县财政局", "区人社局", "各县（市、区）政府"):
        point = organ + "确保乡村教师生活补助按时足额发放"
        for bureau in (False, True):
            text = charge(point, bureau)
            assert point in text and "推动" + organ not in text, text
    assert charge("县财政局确保学位建设资金及时拨付", True).startswith("我们将协调")


@pytest.mark.parametrize("bureau", [False, True])
def test_a_span_comes_before_the_work(bureau: bool) -> None:
    will = "我们将" if bureau else "要"
    for point, span in SPANS.items():
        text = charge(point, bureau)
        assert text.startswith(will + span), (point, text)
        assert text.endswith(point[len(span) - 1 :]), (point, text)


def test_points_of_no_such_shape_are_left_alone() -> None:
    # a point with its own deed, a subject that acts, a span led by 在: as the shape rules say
    assert charge("镇妇联每学期组织一次留守儿童家长会", False).count("每学期") == 1
    assert "要对县政府" not in charge("县政府为乡村教师颁发荣誉证书", False)
    assert charge("在暑假期间做好值班值守", False).count("在暑假期间") == 1
    assert "改善" in charge("改善农村学校办学条件", False)


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
PLACE = {"county": "全县", "city": "全市"}
SEEDS = (1, 2)

DRAFT_POINTS = {
    "食堂从业人员健康检查每年一次": "每年组织一次食堂从业人员健康检查",
    "在边远山区学校任教满15年的教师发放岗位津贴": "对在边远山区学校任教满15年的教师发放岗位津贴",
    "乡镇幼儿园办园条件改善": "改善乡镇幼儿园办园条件",
    "冬季流感高发期晨检": "在冬季流感高发期",
}


def _profile(kind: str, level: str) -> dict[str, Any]:
    return {
        "kind": kind,
        "meeting": {"date": DATES.get(kind, "2030-03-12")},
        "region": {"level": level, "name": "青川"},
        "speaker": {"title": TITLES[kind], "name": "邵明远"},
        "review": {
            "achievements": [
                {
                    "area": "教师队伍",
                    "points": ["落实乡村教师生活补助，标准提高到每人每月500元"],
                    "figures": {"新招聘教师": "92名"},
                },
                {"area": "教育质量", "figures": {f"中考{PLACE[level]}平均分较上年提高": "9.2分"}},
            ],
            "problems": ["农村学校音体美教师短缺", "城区学校大班额尚未完全消除"],
        },
        "priorities": [
            {"area": "学校卫生", "points": ["食堂从业人员健康检查每年一次", "冬季流感高发期晨检"]},
            {"area": "乡村教师", "points": ["在边远山区学校任教满15年的教师发放岗位津贴"]},
            {"area": "学前教育", "points": ["乡镇幼儿园办园条件改善"]},
        ],
        "safeguards": [{"area": "组织领导", "points": ["各乡镇每学期专题研究一次教育工作"]}],
    }


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str, int], str]:
    folder = tmp_path_factory.mktemp("point_grammar")
    found = {}
    for kind in TITLES:
        for level in LEVELS:
            path = folder / f"{kind}-{level}.yaml"
            path.write_text(yaml.safe_dump(_profile(kind, level), allow_unicode=True), "utf-8")
            for seed in SEEDS:
                draft = build_draft(path, seed=seed)
                found[(kind, level, seed)] = "".join(draft.document.spoken_lines())
    return found


def test_drafts_say_the_points_repaired(drafts: dict[tuple[str, str, int], str]) -> None:
    missing = [
        (key, said)
        for key, text in drafts.items()
        for point, said in DRAFT_POINTS.items()
        if said not in text
    ]
    assert not missing, missing[:6]
    broken = r"健康检查每年一次|要在边远|推动乡镇幼儿园办园条件改善|做好冬季流感高发期|做好各乡镇"
    assert not [(k, t) for k, t in drafts.items() if re.search(broken, t)]


def test_no_list_lead_says_is_twice(drafts: dict[tuple[str, str, int], str]) -> None:
    assert not [k for k, t in drafts.items() if "主要是：一是" in t]
    listed = [k for k, t in drafts.items() if re.search(r"：一是农村学校音体美教师短缺", t)]
    assert listed  # the problems are still listed under a lead


def test_the_place_is_said_once(drafts: dict[tuple[str, str, int], str]) -> None:
    for (kind, level, seed), text in drafts.items():
        place = PLACE[level]
        assert place + "中考" + place not in text, (kind, level, seed)
