"""The clerk's words woven without breaking them (issue 11's G, round y).

Round y's readers struck a clerk's point put into a 要/确保 frame at the wrong place: 要
inside a word or a name (庆祝新中国要成立70周年, 学校党要组织书记, 质量终身要负责制, 一校一要
公示, 9所要新建学校, “一校一案”要调整布局, 去要向), 确保 before words that state no outcome
(要确保援藏教师, 要确保课后托管, 要确保今年是…之年, 要确保校长是…第一责任人), 要 before a
noun phrase (要接送学生的电动自行车), and a review figure with its unit lost (全旗新招聘教师46).
These profiles are our own, with points of every shape; each is rendered over kinds ×
levels × seeds and read with the detector in ``woven_support``.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from conftest import SpokenOf
from speechdraft.compose.weave import charge, review_figure
from woven_support import KINDS, LEVELS, meeting_of, split_at, woven_defects

# Each point with where 要 may stand in it: after the given words (the point's own actor),
# or nowhere ("": the point is said whole, a lead before it).
POINTS: dict[str, str] = {
    # a quoted term, a count with its measure, a fixed compound, a name with a verb inside
    "城区初中“一校一策”调整作息时间": "",
    "6所新建幼儿园8月底前完成验收": "",
    "校舍建设质量终身负责制": "",
    "纪念新中国成立75周年主题征文活动": "",
    "高考前毕业生去向登记率达到90%": "",
    "学生营养改善计划实现全覆盖": "",
    # a whole actor before its verb: 要 goes after it
    "学校党组织书记每学期讲一次安全教育课": "学校党组织书记",
    "乡村教师生活补助按每人每月300元标准发放": "乡村教师生活补助",
    "县财政从土地出让收益中按10%计提教育资金": "县财政",
    "乡镇卫生院医生每月到校巡诊": "乡镇卫生院医生",
    # noun phrases and facts: no 确保, no bare 要
    "支教教师": "",
    "教职工食堂": "",
    "校门口减速带": "",
    "接送幼儿的三轮车": "",
    "新任校长岗前宣誓": "",
    "今年是学前教育三年行动计划的最后一年": "",
    "班主任是学生安全教育第一责任人": "",
}


def _profile(kind: str, level: str, seed: int, points: list[str]) -> dict[str, Any]:
    date, title = meeting_of(kind, level)
    half = len(points) // 2
    return {
        "kind": kind,
        "meeting": {"date": date},
        "region": {"level": level, "name": LEVELS[level]},
        "speaker": {"title": title},
        "priorities": [
            {"area": "校园安全", "points": points[:half]},
            {"area": "教师队伍", "points": points[half:]},
        ],
        "seed": seed,
    }


def _said_right(point: str, text: str) -> str | None:
    """What is wrong with how the point stands in the text (None: nothing)."""
    defects = woven_defects(point, text)
    if defects:
        return "; ".join(defects)
    actor = POINTS[point]
    split = split_at(point, text) if point not in text else None
    if split is None and point not in text:
        return f"not said: {point}"
    if split is not None and point[: split[0]] != actor:
        return f"要 after {point[: split[0]]!r}, not after {actor!r}"
    if actor and split is None and f"推动{actor}" not in text:  # a bureau: 我们将推动县财政…
        return f"{actor} is not charged as the actor: {point}"
    return None


# Four points a profile: each point is rendered in a few kinds, levels and seeds.
_GROUPS = [list(POINTS)[i : i + 4] for i in range(0, len(POINTS), 4)]


@pytest.mark.parametrize("seed", [1, 2])
@pytest.mark.parametrize("level", sorted(LEVELS))
@pytest.mark.parametrize("kind", sorted(KINDS))
def test_the_clerks_words_stay_whole_and_the_frame_fits(
    spoken_of: SpokenOf, kind: str, level: str, seed: int
) -> None:
    wrong = []
    for group in _GROUPS:
        text = spoken_of(_profile(kind, level, seed, group))
        wrong += [w for w in (_said_right(p, text) for p in group) if w]
    assert wrong == []


@pytest.mark.parametrize("bureau", [False, True])
@pytest.mark.parametrize("point", sorted(POINTS))
def test_each_point_is_charged_whole_or_after_its_actor(point: str, bureau: bool) -> None:
    said = charge(point, bureau)
    assert _said_right(point, said + "。") is None, said
    assert (
        not said.startswith(("要确保", "我们将确保"))
        or point.endswith("达到90%")
        or ("完成" in point or "覆盖" in point)
    ), said


@pytest.mark.parametrize(
    ("point", "lead"),
    [
        ("支教教师", "做好"),
        ("教职工食堂", "办好"),
        ("新任校长岗前宣誓", "组织"),
        ("校舍建设质量终身负责制", "落实"),
        ("校门口减速带", "加强对"),
    ],
)
def test_a_noun_phrase_takes_a_verb_that_fits_it(point: str, lead: str) -> None:
    assert charge(point, False).startswith("要" + lead)


@pytest.mark.parametrize(
    ("label", "value", "said"),
    [
        ("新招聘教师", "46", "新招聘教师46名"),
        ("新增学位", "2160", "新增学位2160个"),
        ("排查整改隐患", "380", "排查整改隐患380项"),
    ],
)
def test_a_bare_review_count_keeps_its_unit(label: str, value: str, said: str) -> None:
    assert review_figure(label, value) == said


def test_a_count_of_training_is_said_with_its_verb() -> None:
    """职业技能社会培训120万人次，要让参训群众真正学到本领 (round y's G: no verb before the
    count): a wording that says a training count says what is done with it (完成, 开展)."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[1] / "templates" / "phrases"
    bare = []
    for path in sorted(root.rglob("*.yaml")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if re.search(r"\}\}，是", line):  # 教师全员培训…，是今年必须完成的任务: a subject
                continue
            for clause in re.split(r"[，。；：]|- ", line):
                if re.search(r"培训\{\{ *fact\(", clause) and not re.search(
                    r"完成|开展|组织|安排|实施|培训(?:教师|校长)|目标|的\{\{", clause
                ):
                    bare.append(line.strip())
    assert bare == []


@pytest.mark.parametrize(
    ("title", "frame"),
    [("让乡村教师有更多归属感", "做好"), ("高质量编制“十七五”学前教育规划", "推进")],
)
def test_a_clerks_title_is_not_framed_as_a_thing_to_do(title: str, frame: str) -> None:
    """认真做好让教师有更多获得感工作, 扎实推进高质量编制“十六五”教育规划编制 (round y's G):
    a title that is a clause keeps its words, with no 做好…工作 or …编制 round it."""
    from speechdraft.compose.render import own_headings

    headings = own_headings(title, 2030)
    assert headings and all(title in h for h in headings)
    assert not any(frame in h.replace(title, "") for h in headings), headings
