"""The review of the year's work (issue 11's R, G and D in 回顾 parts, round ab), as rules.

- The heads of one list share one form, subject + result (项目建设工作取得积极进展, 教育质量稳步
  提升): never a verb-object with no subject beside them (狠抓教育质量), never a name with 工作
  and a generic verb pasted on (教育质量提升工作统筹推进, 教师队伍工作有序开展).
- A colon lead (成绩有目共睹：, 扎实推进各项工作：) only over two or more items, and a run too
  long for one sentence said in sentences.
- A lead does not say a name its own item says again (阳光招生取得新进展，…实现“阳光招生”…).
- A national rule given as an achievement is said as the rule met (落实了…的要求).

Own profiles, rendered over kinds × levels × seeds and read by tests/review_support.py; each
test fails on the tree before.
"""

from __future__ import annotations

import itertools
import re

import pytest

from _matrix import draft
from review_support import review_defects, review_items
from speechdraft.writers.text import to_text

_SPEAKERS = {
    "county": ("县长", "县教育局局长"),
    "city": ("副市长", "市教育局局长"),
    "town": ("镇长", "镇中心学校校长"),
}
_PROJECTS = {
    "area": "项目建设",
    "points": ["城南小学、县三中教学楼建成投用"],
    "figures": {"完成教育项目投资": "1.32亿元", "新增学位": "2,400个"},
}
_QUALITY_GAIN = {
    "area": "教育质量",
    "points": ["高考本科上线人数较上年增加63人"],
    "figures": {"本科上线": "1,208人"},
}
_QUALITY_FLAT = {"area": "教学质量", "figures": {"本科上线率": "52.6%", "一本上线": "318人"}}
_AID = {"area": "学生资助", "figures": {"发放各类资助资金": "3,150万元", "资助学生": "2.2万人次"}}
_TEACHERS = {
    "area": "教师队伍",
    "points": ["乡村教师生活补助按每人每月400至900元分档发放"],
    "figures": {"招聘特岗教师": "86名"},
}
_CONDITIONS = {"area": "办学条件", "figures": {"改造农村学校旱厕": "42所"}}


def _draft(data: dict) -> str:
    return to_text(draft(data, data["seed"]).document)


def _profile(kind: str, level: str, seed: int, achievements: list[dict], **more: object) -> dict:
    bureau = kind == "work_report"
    date = {"school_opening": "2027-08-26", "teachers_day": "2027-09-09"}.get(kind, "2027-02-24")
    data = {
        "kind": kind,
        "meeting": {"date": date},
        "region": {"level": level, "name": "青川"},
        "speaker": {"title": _SPEAKERS[level][1 if bureau else 0]},
        "seed": seed,
        "duration_minutes": 20,
        "review": {"achievements": achievements, "problems": ["城区学位依然紧张"]},
        "priorities": [{"area": "校园安全"}, {"area": "学前教育"}],
    }
    data.update(more)
    return data


_LISTS = ["leader_speech", "work_report", "teachers_day", "safety", "concluding_remarks"]


@pytest.mark.parametrize("kind", _LISTS)
@pytest.mark.parametrize("level", sorted(_SPEAKERS))
def test_the_heads_of_a_list_share_one_form(kind: str, level: str) -> None:
    """狠抓教育质量 beside 项目建设工作取得积极进展, 教育质量提升工作统筹推进 and 教师队伍工作
    有序开展 (round ab's R): every head says its subject, then its result."""
    for seed in (1, 2, 3):
        for quality in (_QUALITY_GAIN, _QUALITY_FLAT):
            achievements = [_PROJECTS, quality, _AID, _TEACHERS, _CONDITIONS]
            data = _profile(kind, level, seed, achievements)
            text = _draft(data)
            heads = [head for form, head, _ in review_items(data, text) if form != "run"]
            assert len(heads) >= 4, (kind, level, seed, heads)
            found = [
                d for d in review_defects(data, text) if d[0] in ("混合句式", "名称+工作+推进")
            ]
            assert not found, (kind, level, seed, found)
            for head in heads:
                assert not re.match(r"狠抓|改善|保障|提升", head), (kind, level, seed, head)
                assert not re.search(r"(?:提升|队伍|质量|条件)工作|方面$", head), (kind, seed, head)


@pytest.mark.parametrize("level", sorted(_SPEAKERS))
def test_a_state_claims_a_gain_only_where_the_figures_show_one(level: str) -> None:
    """教育质量稳步提升 over a rise (较上年增加63人); over figures that show none, a result that
    claims none (保持稳定), never the gain."""
    for seed in (1, 2, 3):
        for quality, gain in ((_QUALITY_GAIN, True), (_QUALITY_FLAT, False)):
            data = _profile("work_report", level, seed, [_PROJECTS, quality, _AID])
            text = _draft(data)
            heads = [head for _, head, _ in review_items(data, text)]
            said = next(h for h in heads if h.startswith(quality["area"]))
            assert said.endswith("稳步提升") == gain, (level, seed, said)


_ONE = [{"area": "控辍保学", "points": ["适龄儿童少年无一人失学辍学"]}]
_TWO_SHORT = [
    {"area": "学位供给", "figures": {"新增学位": "1,200个"}},
    {"area": "校园安全", "figures": {"排查整改隐患": "180项"}},
]
_THREE_LONG = [
    {
        "area": "项目建设",
        "points": ["城东实验学校、北关幼儿园、县职教中心实训楼三个项目全部建成并通过竣工验收"],
        "figures": {"完成教育项目投资": "2.16亿元", "维修改造校舍": "4.2万平方米"},
    },
    {
        "area": "招生考试",
        "points": ["义务教育阶段招生全部实行网上报名，民办学校招生全部纳入统一平台"],
    },
    {"area": "学生资助", "figures": {"发放各类资助资金": "3,150万元"}},
]


@pytest.mark.parametrize("kind", ["school_opening", "concluding_remarks"])
@pytest.mark.parametrize("level", sorted(_SPEAKERS))
def test_a_colon_lead_stands_over_two_items_or_more(kind: str, level: str) -> None:
    """成绩有目共睹： or 扎实推进各项工作： over one item, and one sentence of 60+ characters
    carrying three areas (round ab's R)."""
    heard = {"preceding": ["县教育局局长作了工作报告"]} if kind == "concluding_remarks" else {}
    for seed in (1, 2, 3):
        for achievements in (_ONE, _TWO_SHORT, _THREE_LONG):
            data = _profile(kind, level, seed, achievements, **heard)
            text = _draft(data)
            for achievement in achievements:  # nothing the clerk gave is dropped
                for said in [*achievement.get("points", []), *achievement.get("figures", {})]:
                    assert said[:8] in text, (kind, level, seed, said)
            found = [d for d in review_defects(data, text) if d[0] in ("冒号一项", "长句并项")]
            assert not found, (kind, level, seed, found)


@pytest.mark.parametrize("kind", ["school_opening", "leader_speech", "work_report"])
@pytest.mark.parametrize("level", sorted(_SPEAKERS))
def test_a_lead_does_not_say_its_items_name_again(kind: str, level: str) -> None:
    """阳光招生取得新进展，义务教育招生实现“阳光招生”全覆盖 (round ab's D)."""
    sunshine = {"area": "招生考试", "points": ["义务教育招生实现“阳光招生”全覆盖"]}
    ethnic = {
        "area": "民族团结",
        "points": ["全县中小学全部建成铸牢中华民族共同体意识教育阵地"],
    }
    for seed in (1, 2, 3, 4, 5):
        data = _profile(kind, level, seed, [_PROJECTS, sunshine, ethnic])
        text = _draft(data)
        assert "阳光招生取得新进展" not in text, (kind, level, seed)
        assert "中华民族共同体意识持续铸牢" not in text, (kind, level, seed)
        found = [d for d in review_defects(data, text) if d[0] == "名称重复"]
        assert not found, (kind, level, seed, found)


_PAY = "义务教育教师平均工资收入水平不低于当地公务员平均工资收入水平"


@pytest.mark.parametrize("kind", ["teachers_day", "leader_speech", "work_report", "school_opening"])
@pytest.mark.parametrize("level", sorted(_SPEAKERS))
def test_a_national_rule_is_said_as_met(kind: str, level: str) -> None:
    """二是全县教师工资收入水平不低于当地公务员平均工资收入水平 (round ab's R): a rule listed
    as the year's result; it is 落实了…的要求. A point that already says so stays as it is."""
    kept = "“两个只增不减”要求全面落实"
    for seed in (1, 2, 3):
        pay = {"area": "教师待遇", "points": [_PAY]}
        funding = {"area": "教育经费", "points": [kept]}
        data = _profile(kind, level, seed, [_PROJECTS, pay, funding])
        text = _draft(data)
        assert f"落实了{_PAY}的要求" in text, (kind, level, seed)
        assert kept in text and f"落实了{kept}" not in text, (kind, level, seed)
        assert not [d for d in review_defects(data, text) if d[0] == "规定当成绩"], (kind, seed)


_OPENING = "城北实验学校暑期完工，秋季如期开学"


@pytest.mark.parametrize("kind", ["school_opening", "leader_speech", "safety"])
@pytest.mark.parametrize("level", sorted(_SPEAKERS))
def test_an_opening_not_yet_reached_is_said_as_to_come(kind: str, level: str) -> None:
    """梅岭实验学校…暑期完工，秋季如期开学 at an August meeting said it as done (round ab's F):
    a summer meeting says 秋季将如期开学; a spring meeting's 秋季 (last year's) stays as it is."""
    for seed in (1, 2, 3):
        project = {"area": "项目建设", "points": [_OPENING], "figures": {"新增学位": "1,350个"}}
        for date, to_come in (("2027-08-25", True), ("2027-07-06", True), ("2027-02-24", False)):
            data = _profile(kind, level, seed, [project, _AID])
            data["meeting"] = {"date": date}
            text = _draft(data)
            assert ("秋季将如期开学" in text) == to_come, (kind, level, seed, date)
            assert ("秋季如期开学" in text) != to_come, (kind, level, seed, date)
            assert not [d for d in review_defects(data, text) if d[0] == "未到先成"], (kind, date)


_ODDS = {"area": "其他", "points": ["县特殊教育学校新校区建成投用"]}
_DROPOUT = {
    "area": "控辍保学",
    "points": ["义务教育阶段无一名学生失学辍学"],
    "figures": {"劝返学生": "7人"},
}


@pytest.mark.parametrize("kind", ["leader_speech", "teachers_day", "leading_group", "safety"])
@pytest.mark.parametrize("level", sorted(_SPEAKERS))
def test_the_odds_and_ends_with_one_thing_claim_no_progress(kind: str, level: str) -> None:
    """二是其他各项工作取得积极进展，乡中心幼儿园新教学楼投入使用 (round ac's R): a frame over
    a single thing; the thing is said as it is, with no second place word before its own."""
    for seed, odds in itertools.product((1, 2, 3), ("县特殊教育学校新校区建成投用", _ODDS)):
        data = _profile(kind, level, seed, [_DROPOUT, odds])
        text = _draft(data)
        assert "县特殊教育学校新校区建成投用" in text, (kind, level, seed)
        assert "其他各项工作" not in text, (kind, level, seed)
        assert not re.search(r"全[省市县镇]县特殊", text), (kind, level, seed)
        assert not [d for d in review_defects(data, text) if d[0] == "其他一项"], (kind, seed)
