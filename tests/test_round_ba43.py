"""Round ba (heldout-53 and heldout-55, rendered at aa923148, read blind: docs/review/2026-12-05ba):
fixes made in stop 53 from the labels of the first readers. Each test fails on the tree the round
was rendered at."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from _matrix import lines, meeting, spoken
from speechdraft.compose.occasion import said_done
from speechdraft.compose.weave import charge
from speechdraft.numerals import arabic_quantities, turned_quantities

ROUND = Path(__file__).parents[1] / "docs" / "review" / "2026-12-05ba"


@pytest.mark.parametrize(
    ("written", "said"),
    [
        # both ends of a change alike (R: 由上年的41个减少到九个, 由37家压减到两家)
        ("大班额由上年的四十一个减少到九个", "大班额由上年的41个减少到9个"),
        ("培训机构由三十七家压减到两家", "培训机构由37家压减到2家"),
        # both ends of a range alike (R: 每月发放二百至600元)
        ("按边远程度分三档每月发放二百至六百元", "按边远程度分三档每月发放200至600元"),
        # a full rate reached is a figure (R: 整改率88.8%；…覆盖率已达到百分之百)
        ("明厨亮灶覆盖率已达到百分之百", "明厨亮灶覆盖率已达到100%"),
        # a count of 个 in tens beside counts in digits (R: 56人以上班级四十一个)
        ("县城四所小学有五十六人以上班级四十一个", "县城四所小学有56人以上班级41个"),
        # counted things in tens (R: 剩余未达标的二十一处)
        ("剩余未达标的二十一处", "剩余未达标的21处"),
        # points, minutes, cases, times and volumes (R beside 91% and 48.6万人, read in draft 19)
        ("比年初提高十四个百分点，平均压减约二十分钟", "比年初提高14个百分点，平均压减约20分钟"),
        (
            "检查十一次，查处违规培训二十七起，编写指南十二册",
            "检查11次，查处违规培训27起，编写指南12册",
        ),
        # a round count with 余, and hours of training (R, read in draft 17)
        ("入学适龄儿童六千九百余人，人均七十二学时", "入学适龄儿童6900余人，人均72学时"),
        # 十 alone before a counted thing (D: 十所…示范点 and 示范校10所 were one figure unseen)
        ("抓好城区十所中小学党建示范点建设", "抓好城区10所中小学党建示范点建设"),
    ],
)
def test_a_figure_is_written_one_way(written: str, said: str) -> None:
    assert arabic_quantities(written) == said
    shown = turned_quantities(written)
    assert shown and all(before in written for before, _ in shown)


@pytest.mark.parametrize(
    "kept",
    [
        "百分之百地投入",
        "五十六个民族",
        "十年树人",
        "第十所",
        "二十四个班",
        "部分村小只有两三名教师",
    ],
)
def test_words_that_are_no_figure_stay(kept: str) -> None:
    assert arabic_quantities(kept) == kept


@pytest.mark.parametrize(
    ("point", "said"),
    [
        # a question with its answer: no speech asks itself, and no 拟要 (G R)
        (
            "学校党组织书记、校长“一肩挑”还是分设？拟按学校规模分类确定，具体方案待组织部研究",
            "关于学校党组织书记、校长“一肩挑”还是分设，拟按学校规模分类确定，具体方案待组织部研究",
        ),
        (
            "课后服务经费标准是否提高？拟由县财政局、县发改委共同测算后报县政府常务会研究",
            "关于课后服务经费标准是否提高，拟由县财政局、县发改委共同测算后报县政府常务会研究",
        ),
        # 要 before the measure's start (G: 权重由3分要提高到6分)
        (
            "教育工作在乡镇年度综合考核中的权重由3分提高到6分，考核结果与干部评先评优挂钩",
            "教育工作在乡镇年度综合考核中的权重要由3分提高到6分，考核结果与干部评先评优挂钩",
        ),
        # a plan and its figure is reported, not ensured (G: 要确保…今年计划投入…)
        (
            "全面改薄项目今年计划投入约6800万元，涉及学校23所，其中已完成前期手续的15所",
            "全面改薄项目今年计划投入约6800万元，涉及学校23所，其中已完成前期手续的15所",
        ),
        # one more batch (G: 要确保县中托管帮扶再扩大一批)
        ("县中托管帮扶再扩大一批", "县中托管帮扶要再扩大一批"),
        # a decision not to do a thing (G: 要对今年不另行评比表彰)
        (
            "今年不另行评比表彰，集中为从教30年教师颁发荣誉证书",
            "今年不另行评比表彰，集中为从教30年教师颁发荣誉证书",
        ),
        # a present state (G: 要推动全县学校现有消防设施检测完好率96%)
        (
            "全县学校现有消防设施检测完好率96%，剩余未达标的21处计划9月28日前更换完毕",
            "全县学校现有消防设施检测完好率96%，剩余未达标的21处计划9月28日前更换完毕",
        ),
        # a body's plan whose groundwork is done (G F: 要补充教师150名…，已完成招聘方案报批)
        (
            "县人社局、县编办今年计划补充教师150名，其中特岗80名，已完成招聘方案报批",
            "县人社局、县编办今年计划补充教师150名，其中特岗80名，已完成招聘方案报批",
        ),
    ],
)
def test_a_clerks_statement_keeps_its_form(point: str, said: str) -> None:
    assert charge(point, False) == said


@pytest.mark.parametrize(
    ("point", "said"),
    [
        # a thing and who does it in its first clause (G: 要确保两个教学点由中心小学统一排课…)
        (
            "两个教学点由中心小学统一排课、教师走教，明年春季开始实行",
            "两个教学点由中心小学统一排课、教师走教，明年春季开始实行",
        ),
        # 要 after the body's year (G: 中心幼儿园要明年增设托班一个)
        (
            "中心幼儿园计划明年增设托班一个，约招收二至三岁幼儿20名",
            "中心幼儿园明年要增设托班一个，约招收二至三岁幼儿20名",
        ),
        # a question after what it is about, then its answer (G: 要确保上湾教学点…？)
        (
            "上湾教学点本学期只有9名学生，是否并入坪头完小？待家长会征求意见后报县教育局。",
            "上湾教学点本学期只有9名学生，是否并入坪头完小，待家长会征求意见后报县教育局",
        ),
        # the time tells which pupils (G: 开学三天内要未报到的学生); bodies by a mode
        (
            "各村（社区）和学校“双线”摸排，开学三天内未报到的学生，村干部和班主任一起上门",
            "各村（社区）和学校要“双线”摸排，开学三天内未报到的学生，村干部和班主任一起上门",
        ),
        # the speaker's own body: 将 after its year (G: 乡里将今年挤出12万元)
        (
            "乡里今年挤出12万元，给中心校和村小维修教师周转房，年底前完工",
            "乡里今年将挤出12万元，给中心校和村小维修教师周转房，年底前完工",
        ),
        # the season at hand, then its deed (G: 要推动马上进入供暖期，…)
        (
            "马上进入供暖期，农村学校取暖设施要在12月1日前全部检修一遍",
            "马上进入供暖期，农村学校取暖设施要在12月1日前全部检修一遍",
        ),
        # a thing still open (G: 要对实地核查学校名单待定，…)
        (
            "实地核查学校名单待定，省里可能随机抽取，按全部学校准备",
            "实地核查学校名单待定，省里可能随机抽取，按全部学校准备",
        ),
        # a time, then each school (G, read in draft 28: 要确保放假前每校上好一堂安全教育课)
        (
            "放假前每校上好一堂安全教育课，给家长发一封告知书",
            "放假前每校要上好一堂安全教育课，给家长发一封告知书",
        ),
        # 要 after how often (G: 每学期邀请人大代表要到学校视察一次)
        (
            "每学期邀请人大代表到学校视察一次，代表提出的意见建议由中心学校逐条回复",
            "要每学期邀请人大代表到学校视察一次，代表提出的意见建议由中心学校逐条回复",
        ),
    ],
)
def test_read_in_the_unlabelled_drafts(point: str, said: str) -> None:
    """Faults of round ba's draft 04 (a town's report to its 人代会) found before its reader
    returned: the same kinds as the labelled drafts' G."""
    assert charge(point, False) == said


@pytest.mark.parametrize("seed", [1, 2])
def test_an_account_is_no_work_in_a_reports_headings(seed: int) -> None:
    """G: （一）全镇学校基本情况工作有序开展, （二）今年已完成的工作取得积极进展."""
    data = meeting(
        "work_report",
        "2034-12-16",
        "town",
        "栎坪镇",
        "镇中心学校校长",
        review={
            "achievements": [
                {"area": "全镇学校基本情况", "points": ["全镇现有中心小学一所、村完小三所"]},
                {"area": "今年已完成的工作", "points": ["中心小学风雨操场已完工交付使用"]},
            ]
        },
    )
    said = lines(data, seed)
    assert any("全镇现有中心小学一所" in line for line in said)
    assert not [
        line for line in said if re.search(r"基本情况工作|已完成的工作(?:取得|扎实|有序)", line)
    ]


def test_a_topic_then_its_plan_takes_no_lead() -> None:
    """G: 要推动城南中学项目方面，主体工程计划5月底前封顶…"""
    said = charge("城南中学项目方面，主体工程计划5月底前封顶，8月完成内部装修", False)
    assert said == "城南中学项目方面，主体工程计划5月底前封顶，8月完成内部装修"


def test_a_document_adopted_in_principle_takes_its_le_after_the_last_verb() -> None:
    """G: 会议审议了并原则通过《…》."""
    assert said_done("审议并原则通过《议事规则》和《工作细则》") == (
        "审议并原则通过了《议事规则》和《工作细则》"
    )


def _teachers_day_without_commendation() -> dict[str, Any]:
    data = meeting(
        "teachers_day",
        "2035-09-09",
        "district",
        "汀埠区",
        "区委书记",
        minutes=15,
        preceding=["区领导为从教30年的教师颁发荣誉证书", "从教30年教师代表发言"],
        safeguards=[
            {
                "area": "营造良好氛围",
                "points": ["今年不另行评比表彰，集中为从教30年教师颁发荣誉证书"],
            }
        ],
    )
    data["meeting"]["name"] = "汀埠区庆祝第51个教师节慰问会暨从教30年教师荣誉证书颁发仪式"
    return data


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_teachers_day_that_commends_nobody_says_no_commendation(seed: int) -> None:
    """F (three lines in one draft): 表彰先进、树立标杆, 向今天受到表彰的同志们表示热烈的祝贺,
    希望受表彰的同志戒骄戒躁 at a 慰问会 whose clerk wrote 今年不另行评比表彰."""
    text = spoken(_teachers_day_without_commendation(), seed)
    assert re.findall(r"受(?:到)?表彰|表彰先进|(?:今天|这次)的?表彰|表彰的名额", text) == []
    assert "今年不另行评比表彰，集中为" in text and "要对今年" not in text


def _supervision_meeting() -> dict[str, Any]:
    data = meeting(
        "concluding_remarks",
        "2031-11-12",
        "prefecture",
        "岚江州",
        "州人民政府副州长",
        minutes=12,
        preceding=["州教育局通报了自评发现的问题和整改进度", "会议对照问题清单逐项进行了督办"],
        review={
            "achievements": [
                {
                    "area": "今年已完成的指标",
                    "points": ["全州42项自评问题已整改到位31项，其余11项正在推进。"],
                    "figures": {"问题整改完成数": "已完成31项"},
                }
            ]
        },
        targets={
            "guideline": "对标评价指标，逐项销号，11月底前全部问题整改到位。",
            "items": ["自评问题整改完成率达到100%"],
        },
        priorities=[
            {
                "area": "教育督导评估",
                "points": ["滞后事项实行“一事一单”，牵头部门主要负责同志签字背书"],
                "facts": {"责任督学人数": "现有356名", "挂牌督导覆盖学校数": "现有1240所"},
            }
        ],
    )
    data["meeting"]["name"] = "岚江州迎接省政府履行教育职责评价工作督办会"
    return data


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_november_supervision_meeting_works_on_this_years_task(seed: int) -> None:
    """Y F: 明年工作的总体思路已经明确：…11月底前全部问题整改到位, 明年要确保…; a thank-you to
    every teacher for the year; D: …已整改到位31项，…，问题整改完成31项; R: 现有…，现有…"""
    text = spoken(_supervision_meeting(), seed)
    assert "明年" not in text
    assert "今年工作的总体思路" not in text and "今年的总体要求" not in text
    assert not re.search(r"向[^。！]{0,12}(?:全系统|广大教师)[^。！]{0,12}(?:感谢|辛苦)", text)
    assert text.count("31项") == 1
    assert re.search(
        r"现有(?:责任督学356名、挂牌督导覆盖学校1240所|挂牌督导覆盖学校1240所、责任督学356名)", text
    )


def test_a_figure_a_point_tells_is_found() -> None:
    from speechdraft.compose.figure_once import sum_told, told_in_points

    assert told_in_points("问题整改完成数", "已完成31项", ["全州42项自评问题已整改到位31项"])
    assert told_in_points("思政实践教育基地数", "计划3个", ["拟新建思政实践教育基地三个"])
    assert told_in_points("中小学校党组织覆盖率", "现有100%", ["全市中小学党组织覆盖率保持100%"])
    assert sum_told("计划110名", ["现有专职思政课教师86名，今年计划再配备24名"])
    assert not sum_told("计划120名", ["现有专职思政课教师86名，今年计划再配备24名"])


def _work_report_2019() -> dict[str, Any]:
    return meeting(
        "work_report",
        "2019-03-05",
        "county_city",
        "汶川市",
        "市教育局局长",
        priorities=[
            {
                "area": "党的建设",
                "points": [
                    "机关党委：全市中小学党组织覆盖率保持100%；今年重点抓好城区十所党建示范点建设。"
                ],
                "facts": {"新创建党建示范校数": "计划10所", "中小学校党组织覆盖率": "现有100%"},
            },
            {
                "area": "立德树人与思政教育",
                "points": [
                    "德育科：现有专职思政课教师86名，今年计划再配备24名；拟新建思政实践教育基地三个。"
                ],
                "facts": {"专职思政课教师配备人数": "计划110名", "思政实践教育基地数": "计划3个"},
            },
            {
                "area": "学前教育",
                "points": ["城西幼儿园（9个班）：主体已完成，计划6月底前竣工验收，秋季开园。"],
            },
            {
                "area": "双减与课后服务",
                "points": ["继续开展校外培训机构专项治理，对无证机构“发现一家、取缔一家”。"],
            },
        ],
    )


@pytest.mark.parametrize("seed", [1, 2])
def test_a_figure_the_clerks_point_gives_is_said_once(seed: int) -> None:
    """D (four lines in one draft): …覆盖率保持100%，我们将确保…覆盖率保持100%; 新创建党建示范校
    10所 after 十所…示范点; 计划配备专职思政课教师110名 after 86名 and 24名; 基地要达到3个."""
    text = spoken(_work_report_2019(), seed)
    assert text.count("100%") == 1
    assert "示范校10所" not in text and "110名" not in text
    # the point itself says 基地3个 since stop 54 (a count under ten beside digits is written
    # in digits too); the fact is not said again after it
    assert len(re.findall(r"基地[^。]{0,6}(?:3|三)个", text)) == 1
    assert not re.search(r"基地[^。]{0,6}达到3个", text)


@pytest.mark.parametrize("seed", [1, 2])
def test_a_2019_draft_has_no_double_reduction_and_no_bracketed_size(seed: int) -> None:
    """Y: （七）持续深化“双减” in 2019 from the catalogue's 双减与课后服务; R: 城西幼儿园，9个班：…"""
    said = lines(_work_report_2019(), seed)
    assert not [line for line in said if "双减" in line]
    assert any("城西幼儿园设9个班，主体已完成" in line for line in said)
    assert not [line for line in said if "9个班：" in line]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_an_august_group_meeting_does_not_study_the_whole_year(seed: int) -> None:
    """F: 这次会议，主要是研究2032年全区教育工作… at an August meeting."""
    data = meeting(
        "leading_group",
        "2032-08-20",
        "district",
        "岚桥区",
        "区委书记",
        priorities=[{"area": "教师队伍建设", "points": ["补齐乡村学校音体美教师"]}],
    )
    assert "研究2032年" not in spoken(data, seed)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_forecast_heard_is_prepared_for_not_checked_against(seed: int) -> None:
    """G R: 省气象局的通报很有针对性，各单位要结合实际认真对照 (a 气候趋势预测)."""
    data = meeting(
        "safety",
        "2029-05-12",
        "province",
        "岚江省",
        "副省长",
        preceding=["省气象局通报了今年汛期气候趋势预测"],
        priorities=[{"area": "防汛", "points": ["隐患点附近的学校逐校建立撤离方案"]}],
    )
    first = spoken(data, seed).split("下面")[0]
    assert "对照" not in first


@pytest.mark.parametrize("seed", [1, 2])
def test_a_heading_says_the_half_of_a_renamed_area_its_section_speaks_of(seed: int) -> None:
    """S: （三）切实做好传染病防控和应急处置工作 over 值班, 应急物资 and 演练 (the catalogue's
    疫情和应急防控 in 2024)."""
    data = meeting(
        "safety",
        "2024-09-23",
        "county",
        "岚水县",
        "县委副书记、县长",
        priorities=[
            {"area": "食品安全", "points": ["节后复课第一天食材全部重新验收"]},
            {
                "area": "疫情和应急防控",
                "points": ["假期县、乡、校三级值班，校领导带班，手机二十四小时开机"],
                "facts": {"每校每学期应急演练次数": "计划2次"},
            },
        ],
    )
    said = lines(data, seed)
    at = next(
        i for i, line in enumerate(said) if re.search(r"应急|传染病", line) and len(line) < 30
    )
    heading, body = said[at], said[at + 1]
    assert "疫情" not in heading and "传染病防控和应急处置" not in heading, heading
    # the half it keeps is the one its section speaks of
    assert ("传染病" in body) if "传染病" in heading else ("应急" in heading), (heading, body)


def test_a_share_the_place_raises_is_led_not_bare() -> None:
    """R (two drafts, round ba's 01 and 15): 今年全县公办园在园幼儿占比计划达到45%。 standing alone."""
    from speechdraft.compose.figure_place import rate_lead
    from speechdraft.pipeline import build_draft

    assert rate_lead("公办园在园幼儿占比", "达到45%") == "要提高公办园在园幼儿占比，"
    assert rate_lead("大班额占比", "控制在5%") == ""  # a share that may be meant to fall
    profile = ROUND / "profiles" / "15-leader_speech-county-2017.yaml"
    said = build_draft(profile).document.spoken_lines()
    assert not [line for line in said if line.startswith("今年全县公办园在园幼儿占比计划达到45%")]
    assert any("45%" in line for line in said)


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_a_leader_at_a_progress_meeting_speaks_of_its_one_work(seed: int) -> None:
    """F (read in round ba's draft 02, a 集团化办学推进会 in April): 主要是贯彻…，总结2032年工作、部署
    2033年任务; 今年教育工作的基本思路是：以紧密型集团为方向…"""
    data = meeting(
        "leader_speech",
        "2033-04-18",
        "city",
        "潢沙市",
        "副市长",
        minutes=20,
        preceding=["市教育局副局长通报了全市集团化办学三年行动推进情况"],
        targets={"guideline": "以紧密型集团为方向，推动集团化办学由“扩面”转向“提质”。"},
        priorities=[
            {"area": "集团化办学", "points": ["骨干教师交流比例不低于集团专任教师总数的15%"]}
        ],
    )
    data["meeting"]["name"] = "潢沙市集团化办学推进会"
    text = spoken(data, seed)
    assert not re.search(r"总结20\d\d年|部署20\d\d年|回顾20\d\d年|今年(?:的)?教育工作", text), text[
        :400
    ]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_an_aside_title_is_no_heading_and_a_progress_meeting_ends_on_its_work(seed: int) -> None:
    """G (read in draft 19): （三）扎实推进顺带强调一下冬季取暖安全工作; its closing 把今年全市教育的
    各项任务落到实处 at a 作业管理改革推进会."""
    data = meeting(
        "concluding_remarks",
        "2024-11-22",
        "city",
        "柘梁市",
        "副市长",
        minutes=15,
        preceding=["市教育局副局长通报了全市作业管理专项督查情况"],
        priorities=[
            {
                "area": "作业管理",
                "points": ["各县（市、区）年底前对达标率低于80%的学校逐校“回头看”"],
            },
            {
                "area": "校园安全与平安校园建设",
                "title": "顺带强调一下冬季取暖安全",
                "points": ["马上进入供暖期，农村学校取暖设施要在12月1日前全部检修一遍"],
            },
        ],
    )
    data["meeting"]["name"] = "柘梁市义务教育作业管理改革推进会"
    text = spoken(data, seed)
    assert "顺带" not in text and "强调一下" not in text
    assert "今年全市教育的各项任务" not in text


def test_the_schools_a_place_has_are_its_basic_facts_not_other_work() -> None:
    """G (read in draft 18): （一）其他各项工作有序开展 over 全镇现有小学七所…"""
    from speechdraft.pipeline import build_draft

    said = build_draft(ROUND / "profiles" / "18-work_report-town-2019.yaml").document.spoken_lines()
    assert not [line for line in said if "其他各项工作" in line]
    # (stop 61: what the place has is said before the year's results, under no heading of
    # theirs — round bk's S R: 基本情况不是成绩; stop 43 had given it a heading of its own)
    counted = [i for i, line in enumerate(said) if "全镇现有小学7所" in line]
    assert len(counted) == 1
    assert counted[0] < said.index("办学条件持续改善")  # the first result's heading
    assert not said[counted[0] - 1].endswith("基本情况")


@pytest.mark.parametrize("seed", [1, 2])
def test_a_project_and_the_bodies_charged_with_it_read_in_order(seed: int) -> None:
    """G (read in draft 21): …，3月开工，由城北九年一贯制学校县国土资源局、县住建局共同负责."""
    data = meeting(
        "leading_group",
        "2018-12-20",
        "county",
        "沩水县",
        "县委书记、县委教育工作领导小组组长",
        priorities=[
            {
                "area": "项目建设",
                "points": [
                    "城北九年一贯制学校：县国土资源局、县住建局共同负责，县国土资源局明年1月底前完成征地报批，3月开工。"
                ],
            }
        ],
    )
    text = spoken(data, seed)
    assert "由城北九年一贯制学校" not in text
    assert re.search(r"城北九年一贯制学校(?:要)?由县国土资源局、县住建局共同负责", text)


def test_a_schools_look_is_a_state_and_a_note_of_thanks_is_no_list() -> None:
    """G (read in draft 23): 一是学校面貌工作持续加强; …颁发了荣誉证书，包括其他在乡村学校坚守的老师."""
    from speechdraft.pipeline import build_draft

    said = build_draft(
        ROUND / "profiles" / "23-teachers_day-town-2031.yaml"
    ).document.spoken_lines()
    assert not [line for line in said if "面貌工作" in line or "包括其他" in line]
    assert any("学校面貌" in line for line in said)


def test_an_offices_report_label_is_not_read_out() -> None:
    """R (read in draft 17 by reader 10): 我们将确保基础教育科报：集团化办学：今年计划新组建集团2个…"""
    from speechdraft.pipeline import build_draft

    said = build_draft(
        ROUND / "profiles" / "17-work_report-district-2032.yaml"
    ).document.spoken_lines()
    assert not [line for line in said if "科报：" in line]
    assert any(line.startswith("集团化办学方面，") for line in said)
