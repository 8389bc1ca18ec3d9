"""Round aw (heldout-48, rendered at 898c58df): labels still standing after stop 50's fixes
(docs/review/2026-12-04aw/REMAINING-stop50.md), fixed in stop 51. Each test fails on the tree
of stop 50 (0e2280bf)."""

from __future__ import annotations

import re
from typing import Any

import pytest

from _matrix import meeting, spoken
from speechdraft.compose.weave import charge, plan_sentence
from speechdraft.norms import load_terms, terms_out_of_window
from speechdraft.numerals import arabic_quantities, turned_quantities


def _named(data: dict[str, Any], name: str) -> dict[str, Any]:
    data["meeting"]["name"] = name
    return data


def _work_report(achievements: list[str], seed: int) -> dict[str, Any]:
    data = meeting(
        "work_report",
        "2018-02-26",
        "county_city",
        "柘桥市",
        "市教育局局长",
        review={"achievements": achievements},
    )
    return _named(data, "2018年柘桥市教育工作会议")


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_plain_line_of_results_in_a_list_is_led_by_what_it_shows(seed: int) -> None:
    """Round aw's R, S (five drafts): 一是全市教育支出完成9.8亿元，同比增长6.1%。 and 三是高考本科
    上线1412人，… — "直接贴事实，缺少与一是、二是一致的概括句". A line that reports a sum spent
    or exam results is led by what it shows, on the same line; a line that already names its
    work is said as it is, and no lead is said twice."""
    said = spoken(
        _work_report(
            [
                "全市教育支出完成9.8亿元，同比增长6.1%。",
                "第二实验小学、城西初中两所新校建成招生，新增学位3200个。",
                "中考全市平均分比上年提高11.6分，高考一本上线人数首次突破600人。",
                "高考本科上线率达到61%，比上年提高2个百分点。",
            ],
            seed,
        )
    )
    assert re.search(r"一是教育投入(?:持续加大|保障有力)，全市教育支出完成9\.8亿元", said), said
    assert re.search(r"三是教育质量稳步提升，中考全市平均分比上年提高11\.6分", said), said
    assert "二是第二实验小学、城西初中两所新校建成招生" in said
    # one 教育质量稳步提升 a draft: the fourth line is said as the clerk wrote it
    assert said.count("教育质量稳步提升") == 1
    assert "教育质量稳步提升。" not in said  # the lead stays with the line it sums up


@pytest.mark.parametrize(
    ("term", "early", "late"),
    [
        ("为党育人、为国育才", "2016-09-09", "2019-09-09"),
        ("激励担当作为", "2017-03-01", "2019-03-01"),
        ("澄清正名", "2016-03-01", "2019-03-01"),
        ("价值引领同向同行", "2016-09-09", "2017-09-09"),
        ("消毒用品、防护物资", "2017-01-10", "2021-01-10"),
    ],
)
def test_dated_terms_of_round_aw(term: str, early: str, late: str) -> None:
    """Round aw's Y: 为党育人、为国育才 on a 2016 teachers' day, 激励担当作为 and 澄清正名 in a
    2016 report, 知识传授和价值引领同向同行 before December 2016, 消毒用品、防护物资 at a 2017
    winter safety meeting."""
    import datetime

    terms = load_terms()
    assert terms_out_of_window(f"要{term}。", datetime.date.fromisoformat(early), terms)
    assert not terms_out_of_window(f"要{term}。", datetime.date.fromisoformat(late), terms)


def _teachers_day(date: str, name: str, preceding: list[str] | None) -> dict[str, Any]:
    data = meeting(
        "teachers_day",
        date,
        "town",
        "桐溪乡",
        "乡党委书记",
        **({"preceding": preceding} if preceding is not None else {}),
    )
    return _named(data, name)


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5, 6])
def test_no_honoured_colleagues_where_nobody_was_honoured(seed: int) -> None:
    """Round aw's A, F: 每一位受表彰同志的身后… at a 座谈会 with no commendation, and 为先进颁奖
    where only 从教30年 certificates were handed out."""
    for name, preceding in [
        ("桐溪乡庆祝第50个教师节座谈会", None),
        ("桐溪乡庆祝第50个教师节大会", ["为从教30年以上的乡村教师颁发荣誉证书", "教师代表发言"]),
    ]:
        said = spoken(_teachers_day("2034-09-09", name, preceding), seed)
        for word in ("受表彰同志", "受表彰的", "为先进颁奖", "评选先进"):
            assert word not in said, (name, word, said)


def test_honoured_colleagues_where_a_commendation_preceded() -> None:
    """The words for the honoured stay where the meeting commended teachers."""
    data = _teachers_day(
        "2034-09-09",
        "桐溪乡庆祝第50个教师节暨表彰大会",
        ["宣读了表彰决定", "为受表彰教师颁奖"],
    )
    assert any(
        word in spoken(data, seed) for seed in (1, 2, 3) for word in ("受表彰", "先进", "榜样")
    )


@pytest.mark.parametrize(
    ("point", "said", "bureau"),
    [
        # a station, a centre, a hall acts itself: 要确保州电视台开设… was R
        ("州电视台开设《最美乡村教师》专栏", "州电视台要开设《最美乡村教师》专栏", ""),
        ("县图书馆开设少儿阅读专区", "县图书馆要开设少儿阅读专区", ""),
        # 新 is how the centre opens them, not part of its name
        (
            "市职教中心新开设电子商务和汽车维修两个专业",
            "市职教中心要新开设电子商务和汽车维修两个专业",
            "我们将推动市职教中心新开设电子商务和汽车维修两个专业",
        ),
        # 开辟 is a verb: 要 before it (…部门开辟教育项目要审批绿色通道 was G)
        (
            "县发改、住建、国土部门开辟教育项目审批绿色通道，实行联审联批",
            "县发改、住建、国土部门要开辟教育项目审批绿色通道，实行联审联批",
            "",
        ),
        # a span around a day before its deed (要确保开学前后重点抓好… was G)
        (
            "开学前后重点抓好校车和上下学路段安全",
            "开学前后要重点抓好校车和上下学路段安全",
            "",
        ),
    ],
)
def test_a_point_with_its_own_doer_is_not_ensured(point: str, said: str, bureau: str) -> None:
    assert charge(point, False) == said
    if bureau:
        assert charge(point, True) == bureau


@pytest.mark.parametrize(
    ("clause", "said"),
    [
        ("高考报名人数达到4120人", "今年全县高考报名4120人。"),
        ("考点数量达到3个", "今年全县设考点3个。"),
        ("中考考生人数达到2300人", "今年全县中考考生人数为2300人。"),
    ],
)
def test_how_many_sit_an_exam_is_no_aim(clause: str, said: str) -> None:
    """Round aw's F: 今年全县高考报名计划达到4120人 and 考点计划达到3个 — "报名早已结束，人数不是
    计划目标"."""
    assert plan_sentence([clause], "今年", "全县", "高考") == said
    # a rate is still an aim to reach (stop 69: 要达到, not 计划达到 — readers struck 率计划达到 at
    # 65 %, 率要达到 at 19 %)
    assert "本科上线率要达到60%" in plan_sentence(["本科上线率达到60%"], "今年", "全县", "高考")


@pytest.mark.parametrize(
    ("written", "said"),
    [
        (
            "上线率达到百分之五十三点七，比上年提高2.4个百分点",
            "上线率达到53.7%，比上年提高2.4个百分点",
        ),
        ("参与率百分之九十三点五", "参与率93.5%"),
        ("占全年预算的百分之五十二", "占全年预算的52%"),
        ("大班额比例下降到百分之四点三", "大班额比例下降到4.3%"),
    ],
)
def test_a_percentage_in_words_is_written_as_the_others(written: str, said: str) -> None:
    """Round aw's R (three drafts): 百分之五十三点七 beside 2.4个百分点 and 2.8万人 in one
    sentence."""
    assert arabic_quantities(written) == said
    assert turned_quantities(written)  # validate tells the clerk, as for 二点八万人


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_recap_that_says_when_takes_no_just_now(seed: int) -> None:
    """Round aw's G, R: 刚才，上午观摩了… — 刚才 and 上午 at odds."""
    data = meeting(
        "concluding_remarks",
        "2032-04-20",
        "county",
        "柘源县",
        "副县长",
        preceding=["上午观摩了县第二小学的课后服务课堂", "县教育局通报了全县课后服务开展情况"],
    )
    _named(data, "柘源县课后服务工作现场推进会")
    said = spoken(data, seed)
    assert "今天上午，我们观摩了县第二小学的课后服务课堂" in said
    assert "刚才，上午" not in said


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_no_cadre_discipline_section_at_a_topical_meeting(seed: int) -> None:
    """Round aw's S, L: a 副厅长's closing remarks at a 心理健康 exchange meeting spoke of 凭实绩
    用干部 and 组织上要及时澄清正名 under 激励担当作为，锻造风清气正的干部队伍."""
    data = meeting(
        "concluding_remarks",
        "2035-05-20",
        "province",
        "澜川省",
        "省教育厅副厅长",
        preceding=["四个市作了经验交流"],
        priorities=[{"area": "心理健康教育"}],
        safeguards=[{"area": "担当作为"}, {"area": "组织领导"}],
    )
    _named(data, "全省中小学心理健康教育经验交流会")
    said = spoken(data, seed)
    for word in ("凭实绩用干部", "澄清正名", "激励担当作为", "为担当者担当"):
        assert word not in said, word


def _after_school(target: str, seed: int) -> dict[str, Any]:
    data = meeting(
        "work_report",
        "2034-02-20",
        "district",
        "澄湾区",
        "区教育局党组书记、局长",
        review={
            "achievements": [
                "课后服务实现义务教育学校全覆盖，学生参与率达到百分之九十六。",
                "全区新增学位3200个。",
            ]
        },
        priorities=[
            {
                "area": "双减与课后服务",
                "facts": {"义务教育学校课后服务学生参与率": target},
            }
        ],
    )
    return _named(data, "澄湾区2034年教育工作会议")


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_target_below_the_level_reached_is_marked(seed: int, tmp_path: Any) -> None:
    """Round aw's F (twice): 推动课后服务学生参与率达到95% after 学生参与率达到百分之九十六 in the
    year's results — "今年目标95%反而更低". The draft says the clerk's figure and marks it;
    validate tells the clerk where. A target above the level is said unmarked."""
    import yaml
    from typer.testing import CliRunner

    from speechdraft.cli import app

    said = spoken(_after_school("达到95%", seed), seed)
    assert "95%【待核：已达到96%，今年目标是否有误】" in said
    assert "待核：已达到" not in spoken(_after_school("达到98%", seed), seed)
    path = tmp_path / "p.yaml"
    path.write_text(
        yaml.safe_dump(_after_school("达到95%", seed), allow_unicode=True), encoding="utf-8"
    )
    out = CliRunner().invoke(app, ["validate", str(path)]).output
    assert "低于上年成绩里已经达到的96%" in out
    assert "priorities[0].facts.义务教育学校课后服务学生参与率" in out


def test_how_a_meeting_is_held_is_not_in_the_title() -> None:
    """Round aw's R: 在2033年自治区党委教育工作领导小组全体会议（电视电话会议）上的讲话."""
    from speechdraft.compose.context import _title
    from speechdraft.genre import KINDS

    kind = KINDS["leading_group"]
    said = _title(kind, 2033, "自治区党委教育工作领导小组全体会议（电视电话会议）", "澜川自治区")
    assert said == "在自治区党委教育工作领导小组2033年全体会议上的讲话"
    assert "视频会议" not in _title(kind, 2030, "全市教育工作会议（视频会议）", "澜城市")


def test_a_qualified_unit_is_named_by_its_name() -> None:
    """Round aw's R: 沿河蒿坪乡的表态发言掷地有声 after 沿河的蒿坪乡作了表态发言."""
    from speechdraft.compose.occasion import pledged_named

    assert pledged_named(["沿河的蒿坪乡作了表态发言"]) == "蒿坪乡的表态发言"
    assert pledged_named(["城关镇、县一中作了表态发言"]) == "城关镇、县一中的表态发言"


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_a_supervision_meeting_checks_progress(seed: int) -> None:
    """Round aw's R, F: a leading group's 督办会 opened 主要是贯彻《…纲要》，听取情况、研究问题、
    部署工作 and said 运行机制总体顺畅 beside four lagging tasks."""
    data = meeting(
        "leading_group",
        "2031-07-09",
        "county",
        "榆溪县",
        "县委副书记、县委教育工作领导小组副组长",
        preceding=["领导小组秘书组通报了重点任务推进情况，滞后4项"],
    )
    _named(data, "县委教育工作领导小组2031年上半年重点任务督办会")
    said = spoken(data, seed)
    assert "运行机制总体顺畅" not in said
    assert "听取情况、研究问题、部署工作" not in said
    opening = said.splitlines()[1]
    assert re.search(r"督办|督促到位|逐项检查进度|推进情况", said.split("刚才")[0]), opening


@pytest.mark.parametrize("seed", [1, 2])
def test_a_sum_spent_is_no_rise_without_one(seed: int) -> None:
    """教育投入持续加大 over a sum with no growth said (上半年已拨付2.1亿元): 保障有力."""
    said = spoken(
        _work_report(["上半年全市教育支出已拨付2.1亿元。", "全市新增学位3200个。"], seed),
        seed,
    )
    assert "教育投入保障有力，上半年全市教育支出已拨付2.1亿元" in said
    assert "持续加大" not in said


# Round aw's A: specifics and mechanisms the bank stated as decided (违规抽调 for a profile's
# 骨干教师外流, a device ledger for every device, 育人责任清单, 局机关各科室认领评估指标,
# 推普 tasks down to 年级、班级, a 传染病 content every drill must have)
STRUCK_AW = (
    "违规从县域高中抽调",
    "不得违规抽调",
    "建立设备台账",
    "每一台设备",
    "育人责任清单",
    "各自认领评估指标",
    "落到年级、落到班级",
    "落实到年级和班级",
    "要有传染病应急处置的内容",
    "向{{ w.party }}交出满意答卷",
    "再理一理、再压一压",
    # a part's first line over sections on other things (S)
    "要把改进作风贯穿始终",
    "局机关要带头转变作风，多到学校去",
)


def test_no_wording_states_what_round_aw_struck() -> None:
    from speechdraft.phrasebank import load_phrasebank
    from speechdraft.resources import builtin_templates_dir

    bank = load_phrasebank(builtin_templates_dir())
    texts = [t for units in bank.frames.values() for unit in units for t in unit.wordings]
    for catalog in (bank.areas, bank.safeguards):
        for area in catalog.values():
            for family in area.families:
                texts += [t for unit in family.headings for t in unit.wordings]
                texts += [t for unit in family.units for t in unit.wordings]
    assert len(texts) > 5000  # the whole bank was read
    assert [(w, t) for t in texts for w in STRUCK_AW if w in t] == []


@pytest.mark.parametrize(
    ("written", "said"),
    [
        (
            "县教育局：本学期内完成对全县课后服务质量的专项督查，约谈排名后五位的学校校长。",
            "县教育局本学期内要完成对全县课后服务质量的专项督查，约谈排名后五位的学校校长",
        ),
        (
            "县公安局、团县委：暑期联合开展网吧、娱乐场所未成年人保护专项检查。",
            "县公安局、团县委暑期要联合开展网吧、娱乐场所未成年人保护专项检查",
        ),
    ],
)
def test_a_return_opening_with_a_term_keeps_its_doer(written: str, said: str) -> None:
    """Round aw's G: 本学期内要完成…专项督查 and 暑期要联合开展… with the departments dropped."""
    from speechdraft.compose.context import _clause
    from speechdraft.markup import plain

    assert charge(plain(_clause(written)), False) == said


_ROUND_AW = __import__("pathlib").Path(__file__).parent / "fixtures" / "round_aw"


@pytest.mark.parametrize(
    "name",
    [
        "12-concluding_remarks-town-2024.yaml",
        "22-school_opening-county-2035.yaml",
        "23-school_opening-city-2026.yaml",
    ],
)
def test_a_section_does_not_say_its_parts_topic_again(name: str) -> None:
    """Round aw's D, S (five drafts): （三）转变工作作风… under 四、以过硬作风抓好开学工作落实,
    （二）凝聚工作合力… under 三、形成工作合力…: one topic said by the part and its section.
    Three of the round's profiles (tests/fixtures/round_aw), each with its own seed and five
    more."""
    from speechdraft.document import Heading
    from speechdraft.pipeline import build_draft

    for seed in (None, 1, 2, 3, 4, 5):
        headings = [
            b
            for b in build_draft(_ROUND_AW / name, seed=seed).document.blocks
            if isinstance(b, Heading)
        ]
        assert len(headings) >= 5
        part = ""
        for block in headings:
            if block.level == 1:
                part = block.title
                continue
            first = re.split("[，：]", block.title)[0]
            for noun in ("作风", "合力"):
                assert not (noun in part and noun in first), (seed, part, block.title)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_late_site_meeting_plans_the_weeks_left(seed: int) -> None:
    """Round aw's F: 对明年的工作，总的要求是 and 明年的工作，这里着重讲三项 at a November 推进会 whose
    tasks were due before the winter. A December work conference still plans the next year."""
    data = meeting(
        "concluding_remarks",
        "2019-11-07",
        "county_city",
        "澄江市",
        "副市长",
        priorities=[{"area": "寄宿制学校", "points": ["冬季前完成全部寄宿制学校宿舍取暖设施检修"]}],
    )
    _named(data, "全市寄宿制学校管理现场推进会")
    said = spoken(data, seed)
    assert "明年" not in said
    december = meeting(
        "leader_speech",
        "2019-12-20",
        "county_city",
        "澄江市",
        "市长",
        priorities=[{"area": "学前教育"}],
    )
    assert "2020年" in spoken(december, seed)


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_a_voted_report_closes_to_the_delegates(seed: int) -> None:
    """Round aw's S: 同志们，蓝图已经绘就… closing a report to a 教代会 that opened 各位代表、同志们."""
    data = meeting("work_report", "2034-02-20", "district", "澄湾区", "区教育局党组书记、局长")
    _named(data, "澄湾区教育系统第五届教职工代表大会第三次会议")
    lines = spoken(data, seed).splitlines()
    assert lines[0] == "各位代表、同志们："
    closing = [line for line in lines if "同志们，" in line]
    assert closing and all(line.startswith("各位代表、同志们，") for line in closing), closing
    plain_meeting = _named(
        meeting("work_report", "2034-02-20", "district", "澄湾区", "区教育局局长"),
        "澄湾区2034年教育工作会议",
    )
    assert "各位代表" not in spoken(plain_meeting, seed)


def test_a_pupils_aid_heading_is_about_the_pupils() -> None:
    """Round aw's R: （一）扎实推进学生资助工作，把钱用在师生身上 — aid goes to pupils in need."""
    from speechdraft.compose.render import _PURPOSES

    parts = next(parts for pattern, parts in _PURPOSES if pattern.search("学生资助"))
    assert parts and not any("师生" in part for part in parts)
    assert any("困难家庭" in part for part in parts)
