"""Round bh's labels (heldout-66 and heldout-67, rendered at c1b01127, read blind:
docs/review/2026-12-05bh): fixes made in stop 59 after the round was read. Every test function
fails on c1b01127 but those marked as guards."""

from __future__ import annotations

import datetime
import re
from pathlib import Path

import pytest
import yaml

from _matrix import meeting, spoken
from speechdraft.compose.context import _clause
from speechdraft.compose.weave import charge

ROOT = Path(__file__).resolve().parents[1]
PHRASES = ROOT / "templates" / "phrases"


@pytest.mark.parametrize(
    ("point", "said"),
    [
        # a named teacher's deed is told, not charged (round bh's 05, G F: 要确保韩宝音老师…)
        ("韩宝音老师一个人守着巴音嘎查教学点十二年，点上现有学生7名", None),
        ("包秀云老师在旗二小任教三十一年，带过的学生不少已经回到旗里当老师", None),
        # a power granted is said as granted (round bh's 19, G: 要由当地教育部门可决定停课)
        ("遇暴雨红色预警，当地教育部门可决定停课，并报省教育厅备案", None),
        # a plan with its own date, and a deed done on a date (round bh's 02 and 18, G)
        (
            "区第五小学、城东初级中学两个新建项目计划8月底前竣工，9月投入使用",
            "区第五小学、城东初级中学两个新建项目要在8月底前竣工，9月投入使用",
        ),
        ("巴音查干嘎查教学点已于2030年12月底撤并，13名学生并入苏木中心校寄宿就读", None),
        ("今年续建项目6个、新建项目3个，总投资约1.85亿元", None),
        # a manner goes after the charge (round bh's 18, G: 各校逐生要核对)
        (
            "开学第一周各校逐生核对返校情况，未返校的三日内上门",
            "开学第一周各校要逐生核对返校情况，未返校的三日内上门",
        ),
    ],
)
def test_a_point_is_charged_only_where_it_is_a_charge(point: str, said: str | None) -> None:
    for bureau in (False, True):
        assert charge(point, bureau) == (said or point)


def test_a_teachers_charge_is_still_a_charge() -> None:
    """A guard: teachers in general are charged as before."""
    assert "要" in charge("骨干老师每年培训不少于72学时", False)


@pytest.mark.parametrize(
    ("written", "said"),
    [
        # a members' list says who they are (round bh's 04 and 16, G: 镇派出所要、…)
        (
            "成员单位：镇党政办、镇财政所、镇派出所、镇卫生院、各村（社区）。",
            "成员单位包括镇党政办、镇财政所、镇派出所、镇卫生院、各村（社区）",
        ),
        # a form's row with single spaces between its columns, and its columns in another order
        # (round bh's 20 and 11, G)
        (
            "序号1 项目：城区学位扩容 完成情况：在建 牵头单位：市教育局 配合单位：市住建局 "
            "完成时限：2022年8月31日",
            "城区学位扩容由市教育局牵头，市住建局配合，目前在建，2022年8月31日前完成",
        ),
        (
            "序号3、项目：县城第六小学新建工程、完成情况：主体完工，计划2022年春季投用"
            "（牵头单位县教育局，配合单位县住建局）。",
            "县城第六小学新建工程由县教育局牵头，县住建局配合，主体完工，计划2022年春季投用",
        ),
        # a thing pending, then the proposal for it (round bh's 10, G R: 布局要调整方案待定)
        (
            "中职学校布局调整方案待定，拟于下半年提交自治区人民政府研究。",
            "中职学校布局调整方案计划于下半年提交自治区人民政府研究【待核：中职学校布局调整方案待定】",
        ),
        # a proposal put to the meeting is the meeting's act (round bh's 04, F G: 要审议…)
        (
            "审议西岭教学点撤并建议（拟报县教育局，待定）",
            "会议审议了西岭教学点撤并建议【待核：拟报县教育局，待定】",
        ),
        # the clerk's aside as a label (round bh's 10, G: 顺带强调一下方面，…)
        (
            "顺带强调一下：实习学生安全，各校对实习单位逐一回访。",
            "这里再强调一下，实习学生安全，各校对实习单位逐一回访",
        ),
    ],
)
def test_the_clerks_material_is_said_as_a_speaker_says_it(written: str, said: str) -> None:
    assert _clause(written) == said
    if said.startswith(("成员单位", "会议审议了", "这里再强调一下")):  # statements: no 要 put in
        assert charge(said, False) == said
    if said.startswith("中职学校"):  # the proposal's date takes the charge (round bh's 10)
        assert charge(said, False).startswith("中职学校布局调整方案要在下半年提交")


def test_an_opening_that_has_passed_is_no_deadline() -> None:
    """要在今年秋季开学前完成… at a 9 September meeting (round bh's 05, F)."""
    from speechdraft.seasons import deadline_passed

    assert deadline_passed("今年秋季开学前完成宿舍维修", datetime.date(2024, 9, 9))
    assert deadline_passed("春季开学前完成排查", datetime.date(2024, 4, 2))
    # guards: before the opening, and next year's opening
    assert deadline_passed("今年秋季开学前完成宿舍维修", datetime.date(2024, 8, 20)) is None
    assert deadline_passed("明年春季开学前完成排查", datetime.date(2024, 9, 9)) is None


def test_a_past_opening_is_marked_beside_the_senders_mark() -> None:
    """The sender's mark inside the point left the date unflagged (round bh's 05, F)."""
    data = meeting(
        "teachers_day",
        "2024年9月9日",
        "banner",
        "青河旗",
        "旗人民政府副旗长",
        minutes=10,
        priorities=[
            {
                "area": "教师队伍建设与师德师风",
                "points": [
                    "今年秋季开学前完成牧区教师周转宿舍维修（旗住建局报），旗财政安排约60万元。"
                ],
            }
        ],
    )
    text = spoken(data, 1)
    line = next(s for s in re.findall(r"[^。]*周转宿舍维修[^。]*。", text))
    assert "在会议时已过" in line


@pytest.mark.parametrize(
    ("label", "heading"),
    [
        ("机关作风", "切实改进机关作风"),  # round bh's 11, G: 切实做好机关作风工作
        ("领导小组成员单位", "压实领导小组成员单位责任"),  # round bh's 04, G
    ],
)
def test_a_label_takes_the_verb_its_noun_asks(label: str, heading: str) -> None:
    from speechdraft.compose.render import own_headings

    assert heading in own_headings(label)
    assert not any(h.endswith("工作") for h in own_headings(label))


def test_an_agenda_area_is_titled_by_the_work_it_leaves() -> None:
    """一是要扎实做好会议议程工作 (round bh's 04, G S)."""
    data = meeting(
        "leading_group",
        "2034年7月12日",
        "town",
        "桐川镇",
        "镇党委书记",
        minutes=10,
        priorities=[
            {
                "area": "会议议程",
                "points": [
                    "听取镇中心校关于上半年教育工作情况的汇报",
                    "审议《桐川镇教育工作领导小组议事规则（试行）》",
                ],
            },
            {"area": "校园安全", "points": ["暑期各村落实巡河看护。"]},
        ],
    )
    for seed in (1, 2, 3):
        text = spoken(data, seed)
        assert "会议议程工作" not in text
        # (stop 61: the agenda is what the meeting did, said after 刚才, not a task headed 抓好
        # 会议议定事项的落实 over minutes — rounds bk's and bl's S R)
        assert "刚才，会议听取了镇中心校关于上半年教育工作情况的汇报" in text
        assert "会议议定事项的落实" not in text


def test_a_kept_full_rate_is_kept_at_its_level() -> None:
    """把集团化办学覆盖率保持100% lacked its 在 (round bh's 03, G)."""
    from speechdraft.compose.render import fit_values
    from speechdraft.markup import LITERAL_CLOSE, LITERAL_OPEN

    said = fit_values(f"要把覆盖率提高到{LITERAL_OPEN}保持100%{LITERAL_CLOSE}。")
    assert said == f"要把覆盖率保持在{LITERAL_OPEN}100%{LITERAL_CLOSE}。"


def test_a_rate_a_work_brings_about_is_pushed_not_tabled() -> None:
    """化解大班额，全县标准班额达标率计划达到90% (round bh's 11, R, six such lines)."""
    from speechdraft.compose.figure_place import lead_joined

    said = lead_joined("要化解大班额，", "全县标准班额达标率计划达到90%。")
    assert said == "要化解大班额，推动全县标准班额达标率达到90%。"
    # a guard: a count planned keeps the clerk's 计划
    said = lead_joined("要补齐师资短板，", "今年全市计划新补充教师210名。")
    assert said == "补齐师资短板，今年全市计划新补充教师210名。"


def test_weather_lines_fit_a_break_and_the_clerks_rule_on_closures() -> None:
    """恢复正常教学 and 调整作息…白白赶路 at a summer meeting, and 学校…视情停课 where the
    clerk said who decides (round bh's 19 and 21, F R)."""
    data = yaml.safe_load((PHRASES / "areas" / "emergency.yaml").read_text(encoding="utf-8"))
    text = yaml.safe_dump(data, allow_unicode=True)
    assert "白白赶路" not in text
    from speechdraft.situation import read_situation

    assert "closure_decided" in read_situation(["遇暴雨红色预警，当地教育部门可决定停课。"])
    assert "closure_decided" not in read_situation(["各校要做好防汛准备。"])  # a guard
    units = [u for f in data["families"] for u in f["units"]]
    for unit in units:
        wordings = " ".join(unit["text"])
        if "恢复正常教学" in wordings or "视情停课" in wordings:
            assert "holiday_theme" in unit.get("unless", []), wordings
        if "视情停课" in wordings:
            assert "closure_decided" in unit.get("unless", []), wordings


def test_no_safety_wording_points_at_an_accident_not_named() -> None:
    """这类事故一旦发生 after a gap (rounds bg and bh, F)."""
    text = (PHRASES / "frames" / "safety.yaml").read_text(encoding="utf-8")
    assert "这类事故一旦发生" not in text


def test_an_entrusted_deputy_does_not_say_the_body_twice() -> None:
    """受自治区人民政府委托，我代表自治区人民政府讲几点意见 (round bh's 24, R)."""
    for name in ("leader_speech", "teachers_day"):
        text = (PHRASES / "frames" / f"{name}.yaml").read_text(encoding="utf-8")
        assert not re.search(r"委托，我代表\{\{ c\.on_behalf_body", text)


@pytest.mark.parametrize(
    ("point", "said"),
    [
        # the clerk's 计划 before a date takes the charge (round bh's 07 and 11, G)
        (
            "曲登县现有辍学风险学生23名，计划3月10日前全部落实“一生一案”",
            "曲登县现有辍学风险学生23名，要在3月10日前全部落实“一生一案”",
        ),
        (
            "乡村小规模学校撤还是留，计划在明年3月前形成布局调整方案",
            "乡村小规模学校撤还是留，要在明年3月前形成布局调整方案",
        ),
        # a quota's thing before its charge (round bh's 03 and 11, G: 集团内要交流教师不少于…)
        ("集团内交流教师不少于应交流人数的15%", "集团内交流教师要不少于应交流人数的15%"),
        # a thing, then the time it is done by (round bh's 07, G: 要撤并学校学生的…)
        (
            "撤并学校学生的交通、住宿和生活补助在开学前落实到人",
            "撤并学校学生的交通、住宿和生活补助要在开学前落实到人",
        ),
        # a school's planned size and a rule in principle, as written (round bh's 07 and 20, G)
        ("县城第二寄宿制小学设24个班、寄宿床位1080个，2月26日正式开学", None),
        ("农村学校生源减少的，原则上不撤并，办好乡村小规模学校", None),
    ],
)
def test_the_charge_goes_where_the_point_puts_it(point: str, said: str | None) -> None:
    assert charge(point, False) == (said or point)


def test_a_rate_listed_with_its_things_takes_its_verb() -> None:
    """要确保危险水域警示牌、救生设施配置率100% (round bh's 09, G)."""
    from speechdraft.figures import goal_said

    assert (
        goal_said("危险水域警示牌、救生设施配置率100%") == "危险水域警示牌、救生设施配置率达到100%"
    )


def test_a_figure_joins_no_point_for_a_shared_deed_word() -> None:
    """…危险水域再排查，…，年内全镇计划排查整改校园安全隐患60项 (round bh's 09 and 21, G)."""
    from speechdraft.compose.figure_place import best_point

    points = ["各村要在6月20日前完成辖区危险水域再排查", "学校要开展防溺水专题教育"]
    assert best_point(["年内排查整改校园安全隐患数"], points) is None
    # a guard: a shared subject still joins
    assert best_point(["校园安全隐患排查整改数"], ["对校园安全隐患要逐校建立台账"]) == 0


@pytest.mark.parametrize(
    ("written", "said"),
    [
        # the report's own closing formula is the frame's (round bh's 02 and 20, G S)
        ("以上各项，请各位代表审议。", ""),
        ("推动全区教育再上新台阶。本报告提请大会审议。", "推动全区教育再上新台阶"),
        # two senders are the clerk's note (round bh's 01, G: 包括县住建局、县发改局报)
        (
            "8月底前完成室外配套，确保秋季开学投用（县住建局、县发改局报）。",
            "8月底前完成室外配套，确保秋季开学投用【待核：县住建局、县发改局报】",
        ),
    ],
)
def test_notes_and_formulas_are_not_read_as_points(written: str, said: str) -> None:
    assert _clause(written) == said


def test_a_call_to_teachers_is_said_as_a_hope() -> None:
    """做好教师工作，总的思路是：弘扬教育家精神，…做“四有”好老师 (round bh's 05, G F)."""
    data = meeting(
        "teachers_day",
        "2024年9月9日",
        "banner",
        "青河旗",
        "旗人民政府副旗长",
        minutes=10,
        targets={"guideline": "弘扬教育家精神，心有大我、至诚报国，做“四有”好老师。"},
    )
    for seed in (1, 2, 3):
        text = spoken(data, seed)
        line = next(s for s in re.findall(r"[^。\n]*弘扬教育家精神，心有大我[^。]*。", text))
        assert re.search("希望|期望", line) and "思路" not in line and "要求是" not in line


def test_a_bureaus_meeting_keeps_its_name_whole_in_the_title() -> None:
    """在鸾台县2021年教育局机关干部大会上的工作报告 (round bh's 11, G)."""
    from speechdraft.compose.context import _title
    from speechdraft.genre import KINDS

    kind = KINDS["work_report"]
    said = _title(kind, 2021, "鸾台县教育局机关干部大会", "鸾台县")
    assert "鸾台县教育局机关干部大会" in said and "2021年教育局" not in said


def test_counts_alone_are_not_credited_as_progress() -> None:
    """这些进展凝聚着各方面的努力 and a thanks over counts of schools alone (round bh's 04, F D)."""
    data = meeting(
        "leading_group",
        "2034年7月12日",
        "town",
        "桐川镇",
        "镇党委书记",
        minutes=10,
        review={"achievements": ["全镇现有小学5所、幼儿园3所，在校小学生1106人、在园幼儿384人。"]},
        priorities=[{"area": "校园安全", "points": ["暑期各村落实巡河看护。"]}],
    )
    for seed in (1, 2, 3, 4):
        text = spoken(data, seed)
        assert not re.search(r"这些(?:进展|成绩|工作)", text), seed
        assert "表示感谢" not in text.split("问题")[0]


def test_no_classes_are_warned_in_a_break() -> None:
    """提醒到班 on 12 July (round bh's 04, E F): the season line is for term time."""
    data = yaml.safe_load((PHRASES / "areas" / "safety.yaml").read_text(encoding="utf-8"))
    units = [u for f in data["families"] for u in f["units"]]
    unit = next(u for u in units if any("提醒到班" in t for t in u["text"]))
    assert not {7, 8} & set(unit["months"])
