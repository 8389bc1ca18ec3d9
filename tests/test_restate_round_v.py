"""Rounds v and w's readers (docs/review/2026-11-30v, and round w read at 41b9ffa) marked the
same demand said again a few lines later in new words (D), stock safeguard lines every draft
says (钉钉子精神, 马上就办, “回头看”, 轻车简从, 逐项盘点), and blocks that do not belong to the
meeting (减负 in a safety speech, the year's 考核 in a term's opening: E).

The demands are ideas said once a draft (compose/demand_ideas.py); a stock line is left out
of a speech shorter than STOCK_MINUTES; a unit whose only fact nobody gives or asks for is a
plain sentence, left out where it says again what was said. Every sentence below was written
for these tests."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from speechdraft.compose.demand_ideas import STOCK_LINES, STOCK_MINUTES
from speechdraft.compose.restate import Said, ideas_in
from speechdraft.lint.outline import build_outline
from speechdraft.lint.reader import draft_from_text
from speechdraft.phrasebank import load_phrasebank
from speechdraft.pipeline import build_draft
from speechdraft.resources import builtin_templates_dir

# Each pair says one demand twice, as the readers found it: the second counts as said.
_SAID_TWICE = [
    ("起始年级按45人标准编班。", "核定的班额是一条红线，谁也不能突破。"),
    ("校长要常和青年教师谈心。", "要多听取乡村教师的意见和建议。"),
    ("惠师资金落得实不实，要听老师们说。", "补助发下去以后，要看政策有没有真正落地。"),
    ("财政部门要会同教育部门算清教师收入账。", "核算工资时口径一致，做到算清算准。"),
    ("每项任务都要明确牵头领导、责任单位。", "各学校要把工作落到具体岗位、具体人员。"),
    ("资金拨付与项目进度挂钩。", "工程款按进度拨付，不提前、不拖欠。"),
    ("汛期要组织力量巡查河塘水域。", "村组干部要轮流巡河，重点时段不离人。"),
    ("校长要亲自抓问题整改。", "整改的总责任在各单位主要负责同志。"),
    ("进度落后的单位要限期赶上。", "工作滞后的要查明原因。"),
    ("不整改到位决不收兵。", "抓工作不能开头热闹、结尾冷清。"),
    ("对已移交的配套园要按时开园。", "小区配套幼儿园移交后要尽快开园。"),
    ("这些问题涉及多个部门。", "需要领导小组出面统筹。"),
    ("今天我只讲几个方面的要求。", "下面，我讲三个方面的意见。"),
    ("我只讲几点体会和要求，供大家参考。", "下面，我再强调三点意见。"),
    ("教室每天要通风消毒。", "宿舍和食堂要定期消毒。"),
    ("开学第一周开展一次安全大排查。", "对校舍、宿舍、食堂一处不漏。"),
    ("免费教科书开学前发到学生手中。", "教材要在开学前分发到班。"),
    ("校门口要划定接送区。", "上下学时段要维护好校门口交通。"),
    ("调研要轻车简从。", "督查要到师生和家长中去，听听他们怎么说。"),
    ("督查发现的问题要限期整改。", "发现问题要及时督促整改。"),
    ("课堂上少一些满堂灌。", "对学习困难的学生多一些耐心。"),
    ("新教师要与骨干教师结对。", "帮助青年教师过好教学关。"),
    ("各方共同守护校园平安。", "以严实作风守牢师生平安。"),
    ("要以更实的作风推动落实。", "发扬务实作风，一项一项抓落实。"),
    ("发扬钉钉子精神。", "一颗钉子一颗钉子地钉。"),
    # round w
    ("乡镇、村、学校三级要包保到人。", "落实控辍保学双线责任制。"),
    ("幼儿园收费要公开透明。", "严禁幼儿园超标收费。"),
    ("把国家智慧教育平台应用纳入考核。", "推动平台资源进课堂、进教研。"),
    ("设备配上去，关键在课堂上用起来。", "智慧校园最终要落在学生身上。"),
    ("对敢抓敢管的干部要撑腰。", "让真抓实干的人得到重用。"),
    ("培训要多送培到校。", "校本研修是教师成长的主渠道。"),
    ("校门口实行封闭管理。", "外来人员要来访登记。"),
    ("重点工作要不折不扣完成。", "不能打折扣、搞变通。"),
    ("学校建设用地要优先保障。", "用地审批中的难题要逐项解决。"),
    ("新补充教师重点充实农村学校。", "新进教师先满足乡村学校。"),
    ("这些问题，要逐项推动解决。", "这些问题，必须引起高度重视。"),
    ("教师周转宿舍要建好管好。", "协调解决村小教师的周转住房。"),
    ("表彰对象的事迹要广泛宣传。", "先进个人的事迹要讲出来。"),
    ("向老师们道一声辛苦。", "祝大家节日快乐！"),
    ("惠师资金要足额发放。", "教师补助要及时足额到位。"),
    ("希望更多年轻人扎根乡村。", "让优秀教师留在乡村。"),
    ("安全教育要进课堂。", "把安全教育融入班会。"),
    ("学校反映的困难要逐件回应。", "领导干部要看学校的困难解决了多少。"),
    ("每学期组织一次应急演练。", "要强化疏散演练。"),
    ("课后服务时间要与下班时间衔接。", "双职工家庭放学后接孩子难。"),
    ("要摸清每个孩子的就学状态。", "外出务工家庭孩子的就学情况要逐户核实。"),
    ("同类检查一律合并进行。", "要防止多头检查。"),
    ("学生手机不得带入课堂。", "个人手机原则上不带入校园。"),
    ("公安部门要加强周边巡逻。", "校园周边要加强巡逻防控。"),
    ("隐患整改要动真格。", "整改一处、销号一处。"),
    ("上下学时段，交警要在学校周边巡逻疏导。", "校门口要划出接送区，维护好交通。"),
    ("公安部门在上下学时段对校园周边开展联合巡查。", "校园周边的巡逻防控要加强。"),
    ("重点补上农村和学前阶段的短板。", "学前儿童学普通话要抓早。"),
]


@pytest.mark.parametrize(("first", "again"), _SAID_TWICE)
def test_a_demand_said_again_in_new_words_counts_as_said(first: str, again: str) -> None:
    said = Said()
    said.add(first)
    assert said.repeats(again), (first, again)


@pytest.mark.parametrize(
    ("first", "other"),
    [
        ("教室每天要开窗通风。", "食堂从业人员要持健康证上岗。"),
        ("新教师要参加岗前培训。", "骨干教师要带头上公开课。"),
        ("开学前完成教材征订。", "教辅资料一律自愿征订。"),
        ("校门口要安装防冲撞设施。", "低年级学生放学要由家长接送。"),
        ("起始年级按45人标准编班。", "城区学位要靠新建和改扩建来增加。"),
        ("学生手机不得带入课堂。", "保证学生每天睡眠时间。"),
    ],
)
def test_different_demands_stay_apart(first: str, other: str) -> None:
    said = Said()
    said.add(first)
    assert not said.repeats(other), (first, other)


def _write(tmp_path: Path, name: str, profile: dict[str, Any]) -> Path:
    path = tmp_path / f"{name}.yaml"
    path.write_text(yaml.safe_dump(profile, allow_unicode=True, sort_keys=False), "utf-8")
    return path


def _profile(kind: str, level: str, title: str, minutes: int, **more: Any) -> dict[str, Any]:
    profile: dict[str, Any] = {
        "kind": kind,
        "meeting": {"date": "2027-03-02"},
        "region": {"level": level, "name": "清河"},
        "speaker": {"title": title, "name": "李明"},
        "duration_minutes": minutes,
    }
    profile.update(more)
    return profile


def _stock_sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[。！？])", text) if ideas_in(s) & STOCK_LINES]


# Short speeches whose safeguards include the work-style and follow-through parts, where the
# stock lines live (round v's 03, 04, 23 and 24; round w's 02).
_SHORT = [
    ("leader_speech", "town", "镇党委书记"),
    ("leader_speech", "county", "县委书记"),
    ("school_opening", "county", "县教育局局长"),
    ("safety", "city", "市政府副市长"),
]
_SAFEGUARDS = ["转变工作作风", "督导考核", "组织领导"]


@pytest.mark.parametrize(("kind", "level", "title"), _SHORT)
def test_a_short_speech_goes_without_the_stock_lines(
    tmp_path: Path, kind: str, level: str, title: str
) -> None:
    profile = _profile(
        kind,
        level,
        title,
        STOCK_MINUTES - 5,
        priorities=[{"area": "校园安全"}, {"area": "教师队伍"}],
        safeguards=_SAFEGUARDS,
    )
    path = _write(tmp_path, kind, profile)
    for seed in (1, 2, 3):
        document = build_draft(path, seed=seed).document
        text = document.body_text()
        assert _stock_sentences(text) == [], (kind, level, seed)
        # the section keeps a heading of its own: none promising 马上就办 over no such line
        assert "马上就办" not in "".join(h.title for h in document.headings(2))


def test_a_long_speech_says_each_stock_line_once_at_most(tmp_path: Path) -> None:
    profile = _profile(
        "leader_speech",
        "county",
        "县委书记",
        STOCK_MINUTES + 10,
        priorities=[{"area": "校园安全"}, {"area": "教师队伍"}, {"area": "学前教育"}],
        safeguards=_SAFEGUARDS,
    )
    path = _write(tmp_path, "long", profile)
    for seed in (1, 2, 3):
        found = _stock_sentences(build_draft(path, seed=seed).document.body_text())
        ideas = [idea for s in found for idea in ideas_in(s) & STOCK_LINES]
        assert len(ideas) == len(set(ideas)), (seed, found)


@pytest.mark.parametrize(
    ("level", "title"),
    [
        ("autonomous_region", "自治区教育厅副厅长"),
        ("county", "县教育局局长"),
        ("city", "市教育局局长"),
    ],
)
def test_a_hazard_sweep_the_clerk_named_is_not_said_again(
    tmp_path: Path, level: str, title: str
) -> None:
    """Round v's 23: the clerk's 安全隐患大排查, then 全面排查…一处不漏 and 年内要排查整改校园
    安全隐患 (a target whose count nobody gives: a plain sentence, left out like one)."""
    profile = _profile(
        "school_opening",
        level,
        title,
        15,
        priorities=[
            {"area": "秋季安全", "points": ["开学第一周开展安全隐患大排查"]},
            {"area": "教材发放", "points": ["开学前免费教科书全部发放到学生手中"]},
        ],
    )
    path = _write(tmp_path, level, profile)
    for seed in (1, 2, 3):
        text = build_draft(path, seed=seed).document.body_text()
        assert "排查整改校园安全隐患" not in text, (level, seed)
        sweeps = [s for s in re.split(r"(?<=[。！？])", text) if "hazard_sweep" in ideas_in(s)]
        assert len(sweeps) == 1, (level, seed, sweeps)


_BANK = load_phrasebank(builtin_templates_dir())


def _family_headings(catalog: str, area: str, family: str) -> list[Any]:
    safeguard = _BANK.safeguards[area] if catalog == "safeguards" else _BANK.areas[area]
    return [h for f in safeguard.families if f.key == family for h in f.headings]


@pytest.mark.parametrize("kind", ["leader_speech", "school_opening", "safety"])
def test_a_safety_speech_has_no_burden_section(kind: str) -> None:
    """减负 and 数据共享 are not what a safety meeting is about (round v's 28)."""
    headings = _family_headings("safeguards", "work_style", "burden")
    assert headings
    admitted = [h for h in headings if h.tags.admit(kind, "government_head", "county", 2027)]
    assert bool(admitted) == (kind != "safety")


@pytest.mark.parametrize("kind", ["work_report", "safety", "school_opening", "teachers_day"])
def test_the_years_evaluation_is_for_the_years_meetings(kind: str) -> None:
    """学位是否增加、年终考核 in a spring opening speech (round w's 21)."""
    headings = _family_headings("safeguards", "assessment", "evaluation")
    assert headings
    admitted = [h for h in headings if h.tags.admit(kind, "bureau_chief", "city", 2027)]
    assert bool(admitted) == (kind in ("work_report", "safety"))


def test_an_inline_list_announced_is_not_counted_against_the_headings() -> None:
    """抓好两项工作：一是…；二是… before three subsections announces its own list (a draft
    with fewer stock lines put it there: check called it a count mismatch)."""
    text = (
        "在全区教育工作会议上的讲话\n同志们：\n一、主要工作\n（一）抓好教师队伍\n"
        "师资短板要补上。我们将着力抓好两项工作：一是培训教师；二是补充教师。\n"
        "（二）办好课后服务\n课后服务要安排好。\n（三）抓好校园安全\n安全要抓实。\n"
        "（四）建强心理健康教育阵地\n心理健康要重视。\n"
    )
    outline = build_outline(draft_from_text(text))
    assert [a.text for a in outline.announced] == []
    plain = text.replace(
        "我们将着力抓好两项工作：一是培训教师；二是补充教师。", "重点抓好两项工作。"
    )
    counted = build_outline(draft_from_text(plain))
    assert [a.count for a in counted.announced] == [2]  # without a list it announces
