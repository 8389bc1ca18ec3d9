"""Round bb (heldout-56 and heldout-57, rendered at 0e968523, read blind: docs/review/2026-12-05bb)
and the last four drafts of round ba: fixes made in stop 55 from the readers' labels and the
developers' reading of the same drafts. Each test fails on 9403b3dd."""

from __future__ import annotations

import re
from typing import Any

import pytest

from _matrix import draft, meeting
from speechdraft.compose.context import _clause, _names_one_line_of_work
from speechdraft.compose.occasion import said_done, warned
from speechdraft.compose.weave import charge
from speechdraft.seasons import hazard_theme


@pytest.mark.parametrize(
    ("point", "said"),
    [
        # G: 要确保放假前最后一节课，各校、各班统一上…
        (
            "放假前最后一节课，各校、各班统一上一堂防溺水安全课",
            "放假前最后一节课，各校、各班要统一上一堂防溺水安全课",
        ),
        # G: 要抓好责任落到人头
        ("责任落到人头", "责任要落到人头"),
        # G: 要确保镇派出所节前对接送学生车辆…
        (
            "镇派出所节前对接送学生车辆集中检查一次",
            "镇派出所要在节前对接送学生车辆集中检查一次",
        ),
        # G: 要对预评估反馈的问题清单，6月10日前全部销号
        (
            "预评估反馈的问题清单，6月10日前全部销号",
            "预评估反馈的问题清单，要在6月10日前全部销号",
        ),
        # G: 今年要中考在6月下旬举行
        (
            "今年中考在6月下旬举行，各地要提前做好考点标准化改造",
            "今年中考在6月下旬举行，各地要提前做好考点标准化改造",
        ),
        # G: 要落实汛期临近，…
        (
            "汛期临近，地处山洪隐患点的学校要一校一案",
            "汛期临近，地处山洪隐患点的学校要一校一案",
        ),
        # G: 秋季学期自治区要将组织专项督查
        (
            "秋季学期自治区将组织专项督查，结果在全区通报",
            "秋季学期自治区将组织专项督查，结果在全区通报",
        ),
        # G: 要由会后市教育局把…
        (
            "会后市教育局把座谈中老师们提出的意见逐条梳理",
            "会后，市教育局要把座谈中老师们提出的意见逐条梳理",
        ),
        # G: 要由镇政府今年再筹措资金20万元
        ("镇政府今年再筹措资金20万元", "镇政府今年要再筹措资金20万元"),
        # G: 要确保希望老教师发挥…
        (
            "希望老教师发挥“传帮带”作用，每人带一名青年教师",
            "希望老教师发挥“传帮带”作用，每人带一名青年教师",
        ),
        # G: 要向…致敬 said as an order, and the second clause with no 要
        (
            "向特殊教育岗位上默默坚守的老师致敬，市人社局、市教育局研究提高特教津贴标准",
            "我们向特殊教育岗位上默默坚守的老师致敬，市人社局、市教育局要研究提高特教津贴标准",
        ),
        # R: 要严查…，由镇派出所负责
        (
            "严查接送学生的面包车、三轮车超员载客，由镇派出所负责",
            "镇派出所要严查接送学生的面包车、三轮车超员载客",
        ),
        # G: 领导小组办要公室每月跟踪一次
        (
            "对点到的县发改局、县编办两个单位，领导小组办公室每月跟踪一次",
            "对点到的县发改局、县编办两个单位，领导小组办公室要每月跟踪一次",
        ),
        # G: 州人社局要牵头的…
        (
            "州人社局牵头的特岗教师入编，还有83人没有办完",
            "州人社局牵头的特岗教师入编，还有83人没有办完",
        ),
        # G: 教育强区要建设实施纲要拟于9月提交…
        (
            "教育强区建设实施纲要拟于9月提交常委会审议",
            "教育强区建设实施纲要拟于9月提交常委会审议",
        ),
    ],
)
def test_a_point_is_charged_where_its_shape_puts_the_charge(point: str, said: str) -> None:
    assert charge(point, False) == said


def test_a_report_or_a_deed_done_keeps_the_clerks_words() -> None:
    """The year's shape above is no report's: …今年协调解决了…, …已完成… are said as written."""
    for point in (
        "镇政府今年协调解决了中心校8套周转房的水电改造",
        "区教师发展中心今年开设青年教师成长营，已完成报名遴选",
    ):
        assert "要" not in charge(point, False)


@pytest.mark.parametrize(
    ("written", "said"),
    [
        # G R: 关于实地抽查的学校是哪几所，市里还没定，拟按…
        (
            "实地抽查的学校是哪几所？市里还没定，拟按每个片区准备两所。",
            "实地抽查的学校市里还没定，计划按每个片区准备两所",
        ),
        # R: 汇报人待定，拟请分管副区长 read out
        ("汇报人待定（拟请分管副区长）。", "汇报人初步考虑请分管副区长"),
        # G F R: notes on what is not settled read aloud
        (
            "审议领导小组工作规则（待定，视会前征求意见情况）",
            "审议领导小组工作规则【待核：待定，视会前征求意见情况】",
        ),
        (
            "实施纲要拟于9月提交常委会审议？时间待定",
            "实施纲要拟于9月提交常委会审议【待核：时间待定】",
        ),
        (
            "寄宿制学校布局调整，是否列为明年重点督办事项？",
            "寄宿制学校布局调整【待核：是否列为明年重点督办事项】",
        ),
        (
            "拟出台教师专项补充计划，规模待定（教育厅、人社厅会商中）",
            # (a proposal with its terms pending is a first thought since stop 57: weave read a
            # leading 拟 as a charge, round bd's F — 要把…纳入…【待核：具体办法待定】)
            "初步考虑出台教师专项补充计划【待核：规模待定；教育厅、人社厅会商中】",
        ),
        # G: 要确保第一，建立…
        ("第一，建立联合执法机制", "建立联合执法机制"),
        # G: 投入资金210万元，县级项目资金180万元，镇自筹30万元，…
        (
            "投入资金二百一十万元（县级项目资金一百八十万元，镇自筹三十万元），完成教学楼维修",
            "投入资金二百一十万元，其中县级项目资金一百八十万元、镇自筹三十万元，完成教学楼维修",
        ),
        # G R: 要确保特岗教师服务期满入编，州人社局牵头：还有83人…
        (
            "特岗教师服务期满入编（州人社局牵头）：还有83人没有办完。",
            "州人社局牵头的特岗教师服务期满入编，还有83人没有办完",
        ),
        # G R: 校车和学生乘车：镇派出所…
        (
            "校车和学生乘车：镇派出所节前集中检查一次。",
            "校车和学生乘车方面，镇派出所节前集中检查一次",
        ),
    ],
)
def test_the_clerks_notes_are_said_as_speech_or_marked(written: str, said: str) -> None:
    assert _clause(written) == said


@pytest.mark.parametrize(
    "kept",
    [
        "教师代表座谈发言：一中钱老师、城西幼儿园何园长",  # a list of names is no topic
        "三项督办事项滞后：征地至今未完成",  # nor is a count's statement
    ],
)
def test_a_label_that_is_no_topic_is_not_turned_to(kept: str) -> None:
    assert "方面" not in _clause(kept)


def test_a_recap_says_an_exchange_was_made() -> None:
    """R (three drafts): 三个单位作经验交流 beside 解读了, 观摩了."""
    assert said_done("三个单位作经验交流") == "三个单位作了经验交流"


def test_a_bulletin_of_drowning_prevention_is_no_warning() -> None:
    """F: 镇中心校的通报敲响了警钟 after 通报全镇学生防溺水安全教育开展情况."""
    assert warned(["镇中心校通报全镇学生防溺水安全教育开展情况"]) == ""
    assert warned(["县应急局通报两起学生溺水事故"]) == "accidents"


@pytest.mark.parametrize(
    ("name", "theme"),
    [
        ("全省教育系统防汛和学生防溺水工作电视电话会议", "防汛和防溺水"),
        ("全县中小学消防安全工作会议", "消防安全"),
        ("青石埠镇学校安全暨防溺水工作会议", ""),
        ("全市校园安全工作会议", ""),
    ],
)
def test_a_safety_meeting_named_for_its_hazards_has_them_as_its_theme(
    name: str, theme: str
) -> None:
    assert hazard_theme("safety", [name]) == theme


def _flood_meeting() -> dict[str, Any]:
    data = meeting("safety", "2034-05-12", "province", "淇沙省", "省教育厅副厅长", minutes=15)
    data["meeting"]["name"] = "全省教育系统防汛和学生防溺水工作电视电话会议"
    data["priorities"] = [
        {
            "area": "防汛",
            "points": ["地处山洪隐患点和低洼易涝区的学校，汛期前要逐校制定转移避险方案。"],
        },
        {"area": "防溺水", "points": ["五月下旬前各地完成一轮防溺水专题家访。"]},
    ]
    return data


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_flood_meeting_speaks_of_its_hazards_not_of_the_campus(seed: int) -> None:
    """S (round ba's 27, five lines): 把校园安全的各项工作抓实抓细, 食堂卫生、校园欺凌、网络安全 as
    the risks, 校医配备率 and 地震、火灾 drills under 防汛, 防暑降温 in May."""
    made = draft(_flood_meeting(), seed)
    assert made.context.hazard_theme == "防汛和防溺水"
    text = "\n".join(made.document.spoken_lines())
    for off in ("校园安全", "平安校园", "校园欺凌", "食堂卫生", "校医", "地震、火灾", "防暑"):
        assert off not in text, off


def test_a_meeting_on_one_line_of_work_is_read_by_its_name() -> None:
    assert _names_one_line_of_work("全市学校体育工作会议")
    assert _names_one_line_of_work("全区作业管理工作视频会议")
    for general in (
        "2025年全县教育工作会议",
        "全县教育体育工作会议",
        "全县教育系统2022年工作会议",
        "全市春季开学工作会议",
        "全县学校安全工作会议",
    ):
        assert not _names_one_line_of_work(general), general


def _homework_meeting() -> dict[str, Any]:
    data = meeting(
        "leader_speech", "2019-04-16", "autonomous_region", "榕岗壮族自治区", "自治区教育厅副厅长"
    )
    data["meeting"]["name"] = "全区中小学作业管理经验交流视频会议"
    data["speaker"]["role"] = "deputy"
    data["preceding"] = ["三个单位作经验交流"]
    data["priorities"] = [
        {
            "area": "作业管理",
            "points": ["秋季学期自治区将组织专项督查，结果在全区通报。"],
        },
        {
            "area": "招生考试",
            "points": ["今年中考在6月下旬举行，各地要提前做好考务人员培训。"],
            "facts": {"中考报名人数": "已完成报名约52万人"},
        },
    ]
    return data


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_homework_meeting_is_no_years_education_conference(seed: int) -> None:
    """S E (22 lines of one draft): 做好2019年全区教育工作, 2018年的教育工作…各方面都有进步,
    “十三五”…攻坚冲刺, 今年教育工作的总的考虑是, and four stock sections (党建, 经费, 督导, 作风)
    at a homework meeting; G: 今年全区计划中考报名已完成报名52万人左右."""
    text = "\n".join(draft(_homework_meeting(), seed).document.spoken_lines())
    for off in ("2018年的教育工作", "十三五", "今年教育工作", "党员示范岗", "公用经费", "选人用人"):
        assert off not in text, off
    assert "这项工作的总体要求（一两句话）" in text
    assert "作了经验交流" in text
    assert "自治区将组织专项督查" in text and "要将" not in text
    assert "中考已完成报名约52万人" in text and "计划中考报名" not in text


@pytest.mark.parametrize("seed", [1, 2])
def test_a_years_note_in_the_guideline_is_said_before_its_lead(seed: int) -> None:
    """G (two drafts): 总的要求是：今年是党的二十一大召开之年，…; D: the plan year said twice."""
    data = meeting("leader_speech", "2033-02-23", "county", "汶川县", "县委书记", minutes=20)
    data["targets"] = {
        "guideline": "今年是“十六五”规划的中期之年，全县教育工作要坚持优先发展，聚焦两件大事"
    }
    text = "\n".join(draft(data, seed).document.spoken_lines())
    assert "今年是“十六五”规划的中期之年。" in text
    assert not re.search(r"[：:]今年是", text)
    assert text.count("之年") == 1


def test_a_years_count_done_so_far_is_no_span_ahead() -> None:
    """G R: 全镇年内排查整改校园安全隐患已完成63项 (the year's span beside a deed done)."""
    data = meeting("safety", "2021-06-18", "town", "娄塘镇", "副镇长", minutes=12)
    data["priorities"] = [
        {"area": "校园安全", "facts": {"年内排查整改校园安全隐患数": "已完成63项"}}
    ]
    text = "\n".join(draft(data, 1).document.spoken_lines())
    assert "今年以来已排查整改校园安全隐患63项" in text
    assert "年内排查整改校园安全隐患已完成" not in text


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_school_head_promises_no_pay_or_staff_he_cannot_give(seed: int) -> None:
    """L: 同工同酬 and 补足保教人员 in a 中心学校校长's report to the town's 人大."""
    data = meeting("work_report", "2031-12-18", "town", "石滩镇", "石滩镇中心学校校长", minutes=18)
    data["meeting"]["name"] = "石滩镇第十九届人民代表大会第六次会议"
    data["priorities"] = [{"area": "学前教育"}]
    text = "\n".join(draft(data, seed).document.spoken_lines())
    assert "同工同酬" not in text and "缺口补上" not in text and "不让一个班级缺人" not in text


def test_a_span_in_brackets_stays_in_them() -> None:
    """G R: 专项整治开展以来，2031年10月至今，共检查… (the clerk's brackets said as a clause)."""
    assert _clause("专项整治开展以来（2031年10月至今），共检查学校食堂137个") == (
        "专项整治开展以来（2031年10月至今），共检查学校食堂137个"
    )


@pytest.mark.parametrize("seed", [1, 2])
def test_the_mornings_visit_is_recapped_first(seed: int) -> None:
    """R: 刚才，市教育局通报了…；上午，与会人员分两组观摩了… (the morning said last, after 刚才)."""
    data = meeting("concluding_remarks", "2027-04-20", "city", "汾屿市", "副市长", minutes=15)
    data["meeting"]["name"] = "全市义务教育集团化办学推进会"
    data["preceding"] = [
        "市教育局通报全市集团化办学推进情况",
        "上午，与会人员分两组观摩了两个教育集团的成员校",
    ]
    text = "\n".join(draft(data, seed).document.spoken_lines())
    assert "今天上午，与会人员分两组观摩了两个教育集团的成员校；刚才，市教育局通报了" in text


def test_a_point_that_names_its_doer_or_its_activity_gets_no_odd_frame() -> None:
    """G (round bb's 26): 要加强…开学当天由中心校派车送教材管理; 要确保返校前14天健康监测，…."""
    assert (
        charge("檀树坳、岩脚两个教学点开学当天由中心校派车送教材", True)
        == "檀树坳、岩脚两个教学点开学当天由中心校派车送教材"
    )
    assert (
        charge("返校前14天健康监测，中心校汇总，各完小2月12日前报齐", False)
        == "要做好返校前14天健康监测，中心校汇总，各完小2月12日前报齐"
    )


@pytest.mark.parametrize("seed", [1, 2])
def test_the_clerks_plan_or_strive_word_is_the_targets_verb(seed: int) -> None:
    """G (round bb's 03 and 17): 覆盖率达到计划达到40%, 占比力争计划达到45%."""
    data = meeting("work_report", "2018-02-27", "county_city", "枧溪市", "市教育局党组书记、局长")
    data["priorities"] = [
        {
            "area": "学前教育",
            "points": ["新建公办幼儿园6所"],
            "facts": {"公办园在园幼儿占比": "力争达到45%"},
        },
        {"area": "义务教育", "facts": {"集团化办学覆盖率": "计划达到40%"}},
    ]
    text = "\n".join(draft(data, seed).document.spoken_lines())
    assert "力争计划" not in text and "达到计划达到" not in text
    assert "45%" in text and "40%" in text
