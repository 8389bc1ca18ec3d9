"""Round x's R (issue 11): how an official speaks, as rules over the bank and the composer.

- No wording of the bank in a kitchen-table register (说了算, 帮着带, 来说话, 多看看, 报上来,
  a question made the topic: 大额资金怎么用，…; 各部门配合得怎么样，…): `register.colloquial`.
- The clerk's own heading gets a verb that fits its name and a purpose that fits it, or none
  (no 做好…工作 around a name that is a doing or a thing in use; no 办好人民满意的教育 as the
  purpose of one task; 非教学任务 is no 教学).
- A lead that announces a list is said before two items or more, and a lead naming 目标
  before targets, not demands; a lead does not name the span its item names again.
- A task's plan sentence has its year (今年/明年…计划…), not a bare figure.
- A rally round the place's committee and government (团结在…周围) is a deputy's.

Profiles are written here, over kinds × levels × seeds; each test fails at the tree before.
"""

from __future__ import annotations

import random
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from bank_support import bank_wordings
from speechdraft.compose.register import colloquial
from speechdraft.compose.render import own_headings, purposes_of, with_purpose
from speechdraft.pipeline import build_draft

KINDS = (
    "leader_speech",
    "work_report",
    "concluding_remarks",
    "leading_group",
    "teachers_day",
    "school_opening",
    "safety",
)
PLACES = {
    "county": ("松溪", "全县"),
    "district": ("河东", "全区"),
    "banner": ("乌兰", "全旗"),
    "city": ("临江", "全市"),
    "province": ("云岭", "全省"),
    "town": ("石桥", "全镇"),
}
TITLES = {
    "leader_speech": ("县委书记", "副县长"),
    "work_report": ("教育局局长", "教育局局长"),
    "concluding_remarks": ("县长", "副县长"),
    "leading_group": ("领导小组组长", "县委书记"),
    "teachers_day": ("县委书记", "副县长"),
    "school_opening": ("教育局局长", "副县长"),
    "safety": ("副县长", "教育局局长"),
}
MONTHS = {"teachers_day": "09-08", "school_opening": "08-27"}
OWN_NAMES = ("未完工项目收尾", "配套学校建设", "非教学任务清理", "十六五教育规划实施", "宿舍用电")


def _write(folder: Path, name: str, data: dict[str, Any]) -> Path:
    path = folder / f"{name}.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def _profile(kind: str, level: str, seed: int, month: str = "") -> dict[str, Any]:
    name, _ = PLACES[level]
    titles = TITLES[kind]
    year = 2024 + (seed * 2) % 11
    return {
        "kind": kind,
        "meeting": {"date": f"{year}-{month or MONTHS.get(kind, '03-18')}"},
        "region": {"level": level, "name": name},
        "speaker": {"title": titles[seed % 2]},
        "seed": seed,
        "preceding": ["教育局主要负责同志通报了全年工作", "与各学校签订了目标责任书"],
        "review": {
            "achievements": [{"area": "学前教育", "points": ["新建公办幼儿园4所"]}],
            "problems": ["部分学校运动场地不达标"],
        },
        "targets": {"items": ["坚决遏制学生溺水事故发生"]},
        "priorities": [
            {"area": name_, "title": name_} if k % 2 else {"area": name_}
            for k, name_ in enumerate(OWN_NAMES[seed % 2 :] + ("校园安全",))
        ]
        + [
            {"area": "学校食堂", "facts": {"学校食堂明厨亮灶覆盖率": 96}},
            {
                "area": "教师队伍",
                "points": ["新入职教师岗前培训全覆盖"],
                "facts": {"今年新补充教师人数": 120, "教师全员培训人次": "2.6万人次"},
            },
            {"area": "教师培训", "facts": {"教师全员培训人次": 6800, "今年新补充教师人数": 150}},
            {"area": "县域高中", "facts": {"特色高中创建数": 3, "高中阶段毛入学率": 95}},
            {"area": "安全隐患排查", "facts": {"年内排查整改校园安全隐患数": 300}},
        ],
    }


def _drafts(folder: Path) -> dict[str, tuple[list[str], list[str], str]]:
    """name → (spoken lines, headings, the speaker's title), over kinds × levels × 2 seeds
    and a March and a November meeting."""
    out = {}
    for kind in KINDS:
        for level in PLACES:
            for seed in (1, 2):
                month = "11-20" if seed == 2 and kind not in MONTHS else ""
                data = _profile(kind, level, seed, month)
                name = f"{kind}-{level}-{seed}"
                document = build_draft(_write(folder, name, data)).document
                headings = [b.title for b in document.blocks if hasattr(b, "title")]
                out[name] = (document.spoken_lines(), headings, data["speaker"]["title"])
    return out


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[list[str], list[str], str]]:
    return _drafts(tmp_path_factory.mktemp("round_x"))


# ---- the colloquial register -------------------------------------------------------------

READERS_STRUCK = (
    "各学校要把遇到的增负问题如实报上来，变相摊派的任务要说出来。",
    "新入职教师要有骨干教师帮着带，尽快站稳讲台。",
    "大额资金怎么用，要集体研究决定，不能一个人说了算。",
    "各部门配合得怎么样，要由教师的实际困难解决了多少来说话。",
    "坚持政策发布和政策解读同步，图解、问答这些群众看得懂的方式要多用。",
    "评先评优要多看看扎根乡村、长期从教的老师。",
    "本地的优质数字资源，要靠骨干教师一课一课积累起来。",
    "支持教育发展，县直各有关部门要写进年度工作要点，认领了的任务要按期交账。",
)
FORMAL = (
    "大额资金使用必须经集体研究决定，不得由个人决定。",
    "新入职教师要在骨干教师的传帮带下尽快站稳讲台。",
    "各部门协作配合的成效，要以教师实际困难的解决情况来检验。",
    "坚持政策发布和政策解读同步，多采用图解、问答等群众喜闻乐见的方式。",
    "会后各成员单位要按分工抓好落实，一抓到底，不能议而不决、决而不行。",
    "考试是指挥棒，考什么、怎么考，学校就会教什么、怎么教。",
    "加分和照顾资格要逐项审核、公示，对弄虚作假的一查到底。",
)


def test_the_detector_tells_the_kitchen_table_from_the_rostrum() -> None:
    assert [t for t in READERS_STRUCK if not colloquial(t)] == []
    assert [t for t in FORMAL if colloquial(t)] == []


def test_no_wording_of_the_bank_is_colloquial() -> None:
    # 96 of 8,369 wordings at the tree before (43 of them …得怎么样，…); none after
    texts = bank_wordings()
    assert len(texts) > 8000
    assert [t for t in texts if colloquial(t)] == []


def test_no_draft_says_a_colloquial_line(drafts: dict[str, Any]) -> None:
    found = [(name, line) for name, (lines, _, _) in drafts.items() for line in lines]
    assert [(n, line) for n, line in found if colloquial(line)] == []


# ---- the clerk's own headings ------------------------------------------------------------

_DO_WELL = re.compile(r"做好[^，]*工作")
_STOCK_PURPOSE = ("办好人民满意的教育", "夯实教育发展基础")


@pytest.mark.parametrize("name", OWN_NAMES)
def test_an_own_heading_has_a_verb_that_fits_its_name(name: str) -> None:
    for year in (2024, 2028, 2033):
        headings = own_headings(name, year)
        assert len(set(headings)) == 3, headings
        assert not any(_DO_WELL.search(h) for h in headings), headings
        for seed in range(6):
            two = with_purpose(headings[seed % 3], name, random.Random(seed))
            assert not any(p in two for p in _STOCK_PURPOSE), two
            assert "享有良好教育" not in two and "教育质量" not in two, two


def test_a_purpose_fits_what_the_name_says() -> None:
    assert purposes_of("非教学任务清理") == ()  # 非教学 is no 教学
    assert purposes_of("课堂教学改革")  # 教学 still has its purpose
    assert not any("人民满意" in p for p in purposes_of("配套学校建设"))
    assert own_headings("宿舍用电")[0] == "加强宿舍用电安全管理"
    assert own_headings("十六五教育规划实施", 2033)[0] == "全面实施“十六五”教育规划"
    # a hazard guarded against keeps its frame (round j: 切实抓好冬季消防)
    assert own_headings("冬季消防")[0] == "切实抓好冬季消防"


def test_no_draft_heads_a_clerks_name_with_stock(drafts: dict[str, Any]) -> None:
    bad = [
        (name, h)
        for name, (_, headings, _) in drafts.items()
        for h in headings
        if any(own in h for own in OWN_NAMES + ("“十六五”教育规划",))
        and (_DO_WELL.search(h) or any(p in h for p in _STOCK_PURPOSE) or "享有良好" in h)
    ]
    assert bad == []


# ---- leads announcing a list, or a kind of item ----------------------------------------

_ANNOUNCES = re.compile(
    r"以下目标|目标主要有|主要表现在|这样几|以下几|总的看[^：。]*：|来概括：|主要体现在|其他几项|其他议程"
)


def test_no_draft_announces_several_before_one(drafts: dict[str, Any]) -> None:
    # every profile gives one achievement, one problem, one target, one unspoken item
    bad = [
        (name, line)
        for name, (lines, _, _) in drafts.items()
        for line in lines
        if _ANNOUNCES.search(line)
    ]
    assert bad == []


def test_a_demand_is_not_announced_as_a_target(drafts: dict[str, Any]) -> None:
    said = [
        (name, line)
        for name, (lines, _, _) in drafts.items()
        for line in lines
        if "坚决遏制学生溺水事故发生" in line
    ]
    assert said  # the clerk's words are kept
    announced = re.compile(r"目标[^。；：]*：(?:一是)?坚决遏制学生溺水")
    assert [(n, line) for n, line in said if announced.search(line)] == []


@pytest.mark.parametrize("count", [1, 2, 3])
@pytest.mark.parametrize("kind", ["leader_speech", "safety", "school_opening", "teachers_day"])
def test_frames_count_what_follows(tmp_path: Path, kind: str, count: int) -> None:
    """Frames × 1, 2, 3 items: a lead announcing several is said only before two or more."""
    problems = ["城区学位依然紧张", "乡村教师结构性缺员", "部分学校运动场地不达标"][:count]
    achievements = [
        {"area": "学前教育", "points": ["新建公办幼儿园4所"]},
        {"area": "义务教育", "points": ["消除超大班额"]},
        {"area": "教师队伍", "points": ["补充乡村教师80名"]},
    ][:count]
    targets = ["普惠性幼儿园覆盖率达到92%", "新建公办幼儿园3所", "义务教育巩固率达到98%"]
    many = 0
    for seed in range(1, 9):
        data = _profile(kind, "county", seed)
        data["review"] = {"achievements": achievements, "problems": problems}
        data["targets"] = {"items": targets[:count]}
        document = build_draft(_write(tmp_path, f"{kind}-{count}-{seed}", data)).document
        text = "\n".join(document.spoken_lines())
        # the teachers' day's hopes (希望老师们在以下几个方面…) are the template's own, several
        sentences = [t for t in re.findall(r"[^。！\n]*[。！]", text) if "希望" not in t]
        announced = _ANNOUNCES.findall("".join(sentences).replace("其他几项", ""))
        if count == 1:
            assert announced == [], (seed, announced)
        many += len(announced)
        for problem in problems:
            assert problem in text
    if count == 3:
        assert many  # with three items the leads announcing them are still said


def test_a_lead_does_not_say_the_span_its_guideline_says(tmp_path: Path) -> None:
    # 今冬明春校园安全工作总的考虑是：…，确保今冬明春… (round x's R)
    for seed in range(1, 13):
        data = _profile("safety", "banner", seed, "11-25")
        data["speaker"] = {"title": "副旗长"}
        data["targets"] = {"guideline": "坚持预防为主，确保今冬明春全旗学校安全稳定"}
        text = "\n".join(
            build_draft(_write(tmp_path, f"span-{seed}", data)).document.spoken_lines()
        )
        assert "确保今冬明春全旗学校安全稳定" in text
        assert not re.search(r"今冬明春[^。：]*[：:][^。]*确保今冬明春", text), seed


# ---- plan sentences ------------------------------------------------------------------------

_PLAN = re.compile(r"计划(?:达到|召开|新建|配备|完成|新补充|创建|排查)")
_BARE_PLAN = re.compile(
    r"^(?:今年|明年|年内)?(?:全[县区旗市省镇]|[^。，]{0,16}领导小组)[^。，]*计划"
)


def test_a_plan_sentence_is_led_by_what_it_serves(drafts: dict[str, Any]) -> None:
    """A task's figure said as a plan inside a section has a year (今年…) or what it serves
    before it (要加强教师补充，…); only a clerk's own section may open on it, under its
    heading (round x's and y's R: 全旗学校食堂明厨亮灶覆盖率计划达到100%。 and 教育工作领导
    小组计划召开年度专题会议4次。 standing bare at a section's end)."""
    plans = bare = 0
    for lines, _, _ in drafts.values():
        for line in lines:
            sentences = re.findall(r"[^。]*。", line)
            if sentences and re.match(r"[一二三四五六七八九十]是", sentences[0]):
                sentences = sentences[1:]  # a run-in heading (七是要抓好学校食堂管理。)
            for index, sentence in enumerate(sentences):
                if _PLAN.search(sentence):
                    plans += 1
                    if index and _BARE_PLAN.match(sentence):
                        bare += 1
    assert plans  # the clerk's figures are said as plans
    assert bare == 0


@pytest.mark.parametrize("level", ["city", "banner", "county"])
def test_a_figure_left_in_its_section_is_joined_to_what_it_serves(
    tmp_path: Path, level: str
) -> None:
    """A teachers' day's training task gives the supply figure (今年新补充教师人数, a field
    of the whole area) that no sentence of its section carries: said at the section's end, it
    is led by its own sub-topic (要多渠道补充师资，…), not a figure alone (round y's R, S)."""
    name, _ = PLACES[level]
    for seed in range(1, 7):
        data = {
            "kind": "teachers_day",
            "meeting": {"date": "2028-09-08"},
            "region": {"level": level, "name": name},
            "speaker": {"title": "书记"},
            "seed": seed,
            "priorities": [
                {"area": "师德师风", "points": ["新入职教师师德宣誓"]},
                {"area": "教师减负", "points": ["严格执行进校园事项白名单"]},
                {
                    "area": "教师培训",
                    "facts": {"教师全员培训人次": 6800, "今年新补充教师人数": 150},
                },
            ],
        }
        lines = build_draft(_write(tmp_path, f"supply-{seed}", data)).document.spoken_lines()
        said = [
            (index, sentence)
            for line in lines
            for index, sentence in enumerate(re.findall(r"[^。]*。", line))
            if "150名" in sentence
        ]
        assert said, seed  # nothing the clerk gave is lost
        assert [s for i, s in said if i and _BARE_PLAN.match(s)] == [], seed


# ---- the closing call ------------------------------------------------------------------------


def test_only_a_deputy_rallies_round_the_committee(drafts: dict[str, Any]) -> None:
    rallies = [
        (name, title)
        for name, (lines, _, title) in drafts.items()
        for line in lines
        if re.search(r"团结在[^，。]*(?:委|政府)周围", line)
    ]
    assert [(n, t) for n, t in rallies if "副" not in t] == []
