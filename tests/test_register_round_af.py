"""Issue 11's R, round af's families: bank wordings a 局办公室主任 would not let through, and the
endorsement of what preceded by what it was and who gave it (branch register17).

Round af's readers (docs/review/2026-12-01af, strict brief) marked R 26 per 1,000 lines, the
second class. The families, found by tests/register_support.py over every wording and draft:

- 对X前置: an object fronted with 对 before the subject that acts on it (对…的故事，教师要讲准讲活;
  对国家课程方案，各学校不得…; 对大家，我提几点希望) or a doing fronted before 学会;
- 口语标记: 这些钱, 学校这一头, 别拿…, 落不落实, 有人来做, 花…精力的地方, 哪个单位…了, 使用学校;
- 成语误用: 不能亡羊补牢;
- 表态不搭: the endorsement that does not fit what preceded.

The endorsement is chosen by what the item is and by rank: a 通报 (of an inspection, of the
term's safety) is acted on, never 我都同意; a report of work done is not 推开; a peer's speech
and a report are not fused under one name (郑一鸣同志的讲话和汇报); a superior's speech is a
重要讲话 in the recap; an office typed in full is not said in full again right after the 刚才
line; 情况 follows the name of a report only (not 安排情况).

Profiles are this file's own, over kinds × levels × seeds; each test fails at the tree before.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from _matrix import draft
from bank_support import bank_wordings
from register_support import line_findings, voice_lines
from speechdraft.writers.text import to_text

FAMILIES = ("对X前置", "口语标记", "成语误用", "表态不搭")
SEEDS = (1, 2, 3, 4, 5, 6)
_AGREE = re.compile(r"我(?:都|完全|也都|也)?(?:同意|赞同)")


def _profile(kind: str, level: str, title: str, preceding: list[str], **extra: Any) -> dict:
    month = {"school_opening": "08-26", "teachers_day": "09-08", "safety": "05-20"}
    data: dict[str, Any] = {
        "kind": kind,
        "meeting": {"date": f"2027-{month.get(kind, '03-12')}"},
        "region": {"level": level, "name": "青禾"},
        "speaker": {"title": title},
        "duration_minutes": 20,
        "preceding": preceding,
        "review": {
            "achievements": [
                {"area": "学前教育", "figures": {"新建公办幼儿园": "4所"}},
                {"area": "校园安全", "points": ["全年未发生较大以上校园安全责任事故"]},
            ],
            "problems": ["城区学位偏紧", "乡村教师结构性缺员"],
        },
        "priorities": [
            {"area": "义务教育"},
            {"area": "教育数字化"},
            {"area": "校园安全"},
            {"area": "教师队伍"},
        ],
    }
    data.update(extra)
    return data


def _draft(data: dict[str, Any], seed: int) -> str:
    return to_text(draft(data, seed).document)


def _after_recap(text: str) -> str:
    """The two sentences after the 刚才 line: the endorsement and what follows it."""
    found = re.search(r"刚才，[^。]*。([^。]*。)?([^。]*。)?", text)
    assert found, "no 刚才 line"
    return (found.group(1) or "") + (found.group(2) or "")


# --- every wording of the bank -------------------------------------------------------------


def test_no_bank_wording_of_the_families() -> None:
    """Every sentence of every wording (units, variants, frames, headings): none fronts its
    object with 对 before its actor, none speaks at the kitchen table, none misuses an idiom
    (30 at the tree before: 对X前置 13, 口语标记 15, 成语误用 1, 表态不搭 1)."""
    found = [
        (key, sentence)
        for wording in bank_wordings()
        for sentence in re.findall(r"[^。！？]*[。！？]|[^。！？]+$", wording)
        for key in line_findings(sentence)
        if key in FAMILIES
    ]
    assert not found, found


@pytest.mark.parametrize(
    ("sentence", "key"),
    [
        ("对各民族共同书写历史的故事，教师要讲准讲活。", "对X前置"),
        ("对国家课程方案，各学校不得随意增减课时。", "对X前置"),
        ("对大家，我提几点希望。", "对X前置"),
        ("用平台备课、找资源，各学校要组织教师学会，让好课进课堂。", "对X前置"),
        ("班主任津贴这些钱，要按时发到老师手里。", "口语标记"),
        ("学校这一头我们负责抓到位。", "口语标记"),
        ("引导家长别拿自家孩子和别人攀比。", "口语标记"),
        ("校园安全要把功夫用在平时，不能亡羊补牢。", "成语误用"),
    ],
)
def test_the_detector_finds_each_family(sentence: str, key: str) -> None:
    assert key in line_findings(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "对这些问题，必须高度重视，拿出过硬措施。",
        "教师要把各民族共同书写历史的故事讲准讲活。",
        "各学校要严格执行国家课程方案，不得随意增减课时。",
        "乡村学校办得好不好，直接关系农村孩子的成长。",
    ],
)
def test_the_detector_leaves_the_formal_order(sentence: str) -> None:
    assert not set(line_findings(sentence)) & set(FAMILIES)


# --- drafts over kinds × levels --------------------------------------------------------------

_KIND_TITLES = {
    "leader_speech": ("county", "县长"),
    "work_report": ("city", "市教育局局长"),
    "concluding_remarks": ("district", "区委书记"),
    "leading_group": ("county", "县委书记、县委教育工作领导小组组长"),
    "safety": ("province", "省教育厅厅长"),
    "school_opening": ("county", "县教育局局长"),
    "teachers_day": ("city", "市委书记"),
}


@pytest.mark.parametrize("kind", sorted(_KIND_TITLES))
def test_drafts_say_no_line_of_the_families(kind: str) -> None:
    level, title = _KIND_TITLES[kind]
    found: dict[str, list[str]] = {}
    preceding = ["教育局分管副局长通报了近期学校安全检查情况"]
    for seed in (1, 2, 3):
        text = _draft(_profile(kind, level, title, preceding), seed)
        for key, lines in voice_lines(text).items():
            if key in FAMILIES:
                found.setdefault(key, []).extend(lines)
    assert not found, found


# --- the endorsement, by what preceded and who gave it -----------------------------------

# a 通报 by someone below the speaker or an office of his own: acted on, not agreed with
BRIEFINGS = (
    ("school_opening", "town", "镇中心学校校长", "镇中心学校副校长通报了暑期安全检查情况"),
    (
        "school_opening",
        "autonomous_region",
        "自治区教育厅副厅长",
        "自治区教育厅办公室通报了寒假期间安全工作情况",
    ),
    ("safety", "county", "县教育局局长", "县教育局分管副局长通报了春季校园安全检查情况"),
    ("safety", "city", "副市长", "市教育局局长通报了全市校园安全工作情况"),
    ("leader_speech", "county", "县长", "县教育局局长通报了2026年全县教育督导情况"),
)


@pytest.mark.parametrize(("kind", "level", "title", "item"), BRIEFINGS)
def test_a_briefing_is_not_agreed_with(kind: str, level: str, title: str, item: str) -> None:
    """通报讲得很好，我都同意 of a 副校长's inspection 通报 was round af's R: a 通报 informs; the
    speaker asks that it be acted on (请大家对照落实), at every seed."""
    said = [_after_recap(_draft(_profile(kind, level, title, [item]), s)) for s in SEEDS]
    agreed = [s for s in said if _AGREE.search(s)]
    assert not agreed, agreed
    # and it is answered: the sentence after the 刚才 line names the 通报 and asks for action
    unanswered = [
        s for s in said if not re.match(r"^[^。]*通报[^。]*(?:对照|落实|整改|重视|掉以轻心)", s)
    ]
    assert not unanswered, unanswered


def test_a_report_is_still_agreed_with() -> None:
    """The rule is the 通报's: a work report by the bureau chief is still endorsed (我…同意)
    at some seed, and a 通报 beside a 汇报 does not stop it."""
    for item in ("区教育局局长作了工作报告", "区教育局局长汇报了全年工作，区督导室通报了督导情况"):
        data = _profile("concluding_remarks", "district", "区长", [item])
        said = [_after_recap(_draft(data, s)) for s in SEEDS]
        assert any(_AGREE.search(s) for s in said), said


@pytest.mark.parametrize(
    ("kind", "level", "title", "item", "said"),
    [
        (
            "school_opening",
            "autonomous_region",
            "自治区教育厅副厅长",
            "自治区教育厅办公室通报了寒假期间安全工作情况",
            "自治区教育厅办公室的",
        ),
        (
            "leading_group",
            "county_city",
            "市委书记、市委教育工作领导小组组长",
            "市委教育工作领导小组秘书组汇报了“双减”工作推进情况",
            "秘书组的",
        ),
        (
            "leading_group",
            "city",
            "市委书记、市委教育工作领导小组组长",
            "市委教育工委常务副书记、市教育局局长汇报了上半年全市教育工作情况",
            "市教育局局长的",
        ),
    ],
)
def test_an_office_is_not_named_in_full_again(
    kind: str, level: str, title: str, item: str, said: str
) -> None:
    """刚才，自治区教育厅办公室通报了…。自治区教育厅办公室的通报… was round af's R: a long
    office or a post is named once; a short office (县教育局) may be said again."""
    data = _profile(kind, level, title, [item])
    for seed in SEEDS:
        answer = _after_recap(_draft(data, seed))
        assert said not in answer, answer
    short = _profile("leading_group", "county", "县委书记", ["县教育局汇报了全年工作情况"])
    assert any("县教育局的汇报" in _after_recap(_draft(short, seed)) for seed in SEEDS)


def test_a_speech_and_a_report_keep_their_authors() -> None:
    """市长郑一鸣同志作了讲话；市教育局局长汇报了… then 郑一鸣同志的讲话和汇报 read as the mayor's
    report (round af's R): each keeps its author when one is named by name."""
    data = _profile(
        "concluding_remarks",
        "city",
        "市委书记",
        ["市长郑一鸣同志作了讲话", "市教育局局长汇报了2026年全市教育工作"],
    )
    for seed in SEEDS:
        said = _after_recap(_draft(data, seed))
        assert "同志的讲话和汇报" not in said, said
        if "郑一鸣同志的讲话和" in said:
            assert "郑一鸣同志的讲话和市教育局局长的汇报" in said, said


@pytest.mark.parametrize(
    ("title", "level", "item", "said"),
    [
        ("县长", "county", "县委书记作了讲话", "县委书记作了重要讲话"),
        ("副市长", "city", "市长作了讲话", "市长作了重要讲话"),
        # a post several hold: the name asked for (round ar's R)
        ("区教育局局长", "district", "副区长作了讲话", "副区长【待补：姓名】作了重要讲话"),
    ],
)
def test_a_superiors_speech_is_an_important_one(
    title: str, level: str, item: str, said: str
) -> None:
    """刚才，县委书记作了讲话 in a 县长's mouth was round af's R: a superior's speech is a
    重要讲话; the speaker's own junior's is said as typed."""
    for kind in ("concluding_remarks", "leader_speech"):
        text = _draft(_profile(kind, level, title, [item]), 1)
        assert said in text, text[:400]
    junior = _profile("concluding_remarks", "county", "县委书记", ["县教育局局长作了讲话"])
    assert "县教育局局长作了讲话" in _draft(junior, 1)


def test_a_report_of_work_done_is_not_a_plan() -> None:
    """旗教育局的汇报实事求是，我都同意，会后就要抓紧推开 after a half-year's 汇报 (round af's
    R): a report of work done is not put into effect, and a plan adopted beside it is not
    praised as the report's (部署的任务, 思路清晰)."""
    plans = re.compile(
        r"抓紧推开|需要推动的实事|部署的任务|思路(?:清晰|清楚|是清楚)|措施(?:具体|提得)|安排具体"
    )
    for kind, title in (
        ("leading_group", "旗委书记、旗委教育工作领导小组组长"),
        ("concluding_remarks", "旗长"),
    ):
        data = _profile(
            kind,
            "banner",
            title,
            ["会议审议通过了《2027年全旗教育工作要点》", "旗教育局汇报了上半年工作"],
            meeting={"date": "2027-07-15"},
        )
        for seed in SEEDS:
            said = _after_recap(_draft(data, seed))
            assert not plans.search(said.split("。")[0]), said


def test_circumstances_follow_a_reports_name_only() -> None:
    """通报和…负责同志的安排情况摸得清 (round af's R): after a peer department's 安排 no
    …安排情况, and a 厅长 does not say 我完全同意 of another department's arrangements."""
    data = _profile(
        "safety",
        "province",
        "省教育厅党组书记、厅长",
        [
            "省教育厅分管副厅长通报了全省校园安全工作情况",
            "省消防救援总队、省气象局负责同志分别就冬季消防和雨雪冰冻天气防范作了安排",
        ],
        meeting={"date": "2027-11-20"},
    )
    for seed in SEEDS:
        said = _after_recap(_draft(data, seed))
        first = said.split("。")[0]
        assert "安排情况" not in first and "摸得清" not in first, said
        assert not _AGREE.search(first), said
        assert "省教育厅分管副厅长的通报" not in first, said


def test_the_host_is_not_read_out() -> None:
    """刚才，州委常委、副州长吴敏同志主持会议；… (round ae's R): the host is still hosting."""
    data = _profile(
        "concluding_remarks",
        "prefecture",
        "州长",
        ["州委常委、副州长吴敏同志主持会议", "州教育局局长龙万才同志作了工作报告"],
    )
    for seed in (1, 2, 3):
        text = _draft(data, seed)
        assert "刚才，州教育局局长龙万才同志作了工作报告" in text, text[:300]
        assert "主持会议" not in text


def test_a_deputy_secretary_speaks_as_the_heads_peer() -> None:
    """A 市长 after the 市委专职副书记's speech answers it as a peer's (round ae's R: 认真学习
    领会张卫东同志的重要讲话精神 was too high); a 副市长 still carries it out."""
    item = ["市委专职副书记张卫东同志作了讲话", "市教育局局长作了工作报告"]
    for seed in (1, 2, 3):
        said = _after_recap(_draft(_profile("concluding_remarks", "city", "市长", item), seed))
        assert "重要讲话精神" not in said and "张卫东同志的讲话" in said, said
    deputy = _draft(_profile("concluding_remarks", "city", "副市长", item), 1)
    assert "张卫东副书记的重要讲话" in deputy  # a superior by name and post (round ar's R)


def test_an_exchange_is_learned_from() -> None:
    """省教育厅、广河市、南屏县的交流发言切合实际，我完全同意 (round ae's R): an exchange of
    experience is learned from; 学习借鉴 is said of nothing else."""
    exchange = ["省教育厅、广河市、南屏县作了交流发言"]
    report = ["省教育厅厅长作了工作报告"]
    learned = False
    for seed in SEEDS:
        said = _after_recap(
            _draft(_profile("concluding_remarks", "province", "副省长", exchange), seed)
        )
        assert not _AGREE.search(said), said
        learned |= "学习借鉴" in said
        other = _after_recap(
            _draft(_profile("concluding_remarks", "province", "副省长", report), seed)
        )
        assert "学习借鉴" not in other, other
    assert learned


def test_the_report_is_graded_before_a_briefing() -> None:
    """县教育局通报了…；各镇分管领导汇报了… then 县教育局的通报…我都赞同 (round q's draft, read
    with round af's rule): the endorsement names the report, not the 通报."""
    data = _profile(
        "concluding_remarks",
        "county",
        "分管副县长",
        ["县教育局通报了前三季度重点工作进展", "各镇分管领导汇报了控辍和项目建设情况"],
    )
    for seed in (1, 2, 3):
        first = _after_recap(_draft(data, seed)).split("。")[0]
        assert "通报" not in first or not _AGREE.search(first), first
