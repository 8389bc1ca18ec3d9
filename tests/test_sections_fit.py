"""What stands under a heading is about the heading, and is said once (the 2026-11-30d
blind review: S and D were the largest classes)."""

from __future__ import annotations

import re
from typing import Any

import pytest

from _matrix import draft
from speechdraft.document import Heading
from speechdraft.pipeline import Draft


def _draft(data: dict[str, Any]) -> Draft:
    return draft(data)


def _base(kind: str, **more: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "kind": kind,
        "meeting": {"date": "2026-05-20"},
        "region": {"level": "county", "name": "青禾县"},
        "speaker": {"title": "副县长", "name": "李明"},
        "priorities": [{"area": "防溺水"}, {"area": "食品安全"}],
    }
    data.update(more)
    return data


def _section_titles(draft: Draft) -> list[str]:
    return [b.title for b in draft.document.blocks if isinstance(b, Heading)]


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_a_safety_speech_has_no_party_building_or_funding_safeguard(seed: int) -> None:
    """组织领导 in a safety speech is 压实安全责任, not school party building (a reader's S)."""
    draft = _draft({**_base("safety"), "seed": seed})
    text = "".join(draft.document.spoken_lines())
    assert not re.search(r"党组织领导的校长负责制|学校党建|党组织书记", text)
    # 部门协同 in a safety speech is 联防联控, not a section on 家校社协同育人
    assert not re.search(r"协同育人|家庭教育", "".join(_section_titles(draft)))


def test_a_review_lead_speaks_of_its_figures_or_only_names_the_area() -> None:
    """The line over an achievement shares words with its figures, or is a plain line
    naming the area; it never claims a different success (师德师风 over 新招聘教师)."""
    data = _base(
        "leader_speech",
        meeting={"date": "2026-03-10"},
        speaker={"title": "县委书记", "name": "王五"},
        review={"achievements": [{"area": "教师队伍", "figures": {"新招聘教师": "156名"}}]},
    )
    for seed in range(6):
        data["seed"] = seed
        lines = _draft(data).document.spoken_lines()
        line = next(line for line in lines if "新招聘教师156名" in line)
        lead = line.split("。")[0]
        assert (
            "招聘" in lead
            or "补充" in lead
            or lead.endswith(("取得积极进展", "稳步推进", "有了新的进展", "继续向前推进"))
        ), lead


def test_a_task_the_bank_cannot_speak_to_asks_for_its_measures() -> None:
    """No stock line that fits every task (要把X摆在重要位置…压茬推进)."""
    data = _base(
        "leader_speech",
        meeting={"date": "2026-03-10"},
        priorities=[{"area": "学龄人口变化应对"}, {"area": "学前教育"}],
    )
    text = "\n".join(_draft(data).document.spoken_lines())
    assert "【待补：学龄人口变化应对的主要举措（两三条）】" in text
    assert not re.search(r"压茬推进|高标准谋划、高质量推进|拿出务实管用的办法", text)


def test_the_leading_group_reviews_the_year_once() -> None:
    data = _base(
        "leading_group",
        meeting={"date": "2026-02-10"},
        speaker={"title": "县委书记、县委教育工作领导小组组长", "name": "王五"},
        review={
            "achievements": [{"area": "教育经费", "figures": {"一般公共预算教育支出": "7.8亿元"}}],
            "problems": ["县城学位紧张"],
        },
    )
    text = "".join(_draft(data).document.spoken_lines())
    assert text.count("7.8亿元") == 1 and text.count("县城学位紧张") == 1


@pytest.mark.parametrize(
    ("name", "league"), [("广西壮族自治区", False), ("内蒙古自治区", True), (None, True)]
)
def test_only_inner_mongolia_has_leagues(name: str | None, league: bool) -> None:
    region: dict[str, Any] = {"level": "autonomous_region"}
    if name:
        region["name"] = name
    data = _base(
        "leader_speech",
        meeting={"date": "2026-03-10"},
        region=region,
        speaker={"title": "自治区党委书记", "name": "王五"},
    )
    words = _draft(data).context.w
    # round y: Inner Mongolia says 各盟市 (not the table's 各市（盟）), an unnamed region keeps
    # the table's word; the property is the same: 盟 where the region has leagues
    assert ("盟" in words.below) is league


@pytest.mark.parametrize("kind", ["leader_speech", "safety", "school_opening"])
def test_a_province_gives_no_orders_to_a_schools_staff(kind: str) -> None:
    """A province sets duties for 各市（州） and its departments, not for 班主任 or 校长."""
    data = _base(
        kind,
        meeting={"date": "2026-08-25" if kind == "school_opening" else "2026-03-10"},
        region={"level": "province", "name": "青川省"},
        speaker={"title": "省教育厅厅长", "name": "王五"},
        priorities=[{"area": "校园安全"}, {"area": "心理健康"}, {"area": "教师队伍"}],
    )
    for seed in (1, 2, 3):
        data["seed"] = seed
        text = "".join(_draft(data).document.spoken_lines())
        assert not re.search(r"(?:班主任|任课教师|校长|园长)(?:要|必须|务必|应当)", text), seed


def test_a_teachers_day_does_not_call_its_honourees_to_be_honoured() -> None:
    """拟表彰 at the meeting that has just honoured them (F in three reviews running)."""
    data = _base(
        "teachers_day",
        meeting={"date": "2026-09-09"},
        speaker={"title": "县委书记", "name": "王五"},
        preceding=["会议表彰了2026年度优秀教师和优秀教育工作者"],
        safeguards=[{"area": "营造氛围", "facts": {"拟表彰优秀教师和教育工作者人数": "120名"}}],
    )
    for seed in (1, 2, 3):
        data["seed"] = seed
        text = "".join(_draft(data).document.spoken_lines())
        assert "120名" in text and "拟表彰" not in text, seed


@pytest.mark.parametrize(
    ("kind", "level", "title"),
    [
        ("work_report", "town", "镇中心学校校长"),
        ("school_opening", "province", "省教育厅厅长"),
        ("work_report", "autonomous_region", "自治区教育厅厅长"),
    ],
)
def test_only_a_bureau_has_bureau_offices(kind: str, level: str, title: str) -> None:
    """A 厅 has 处室 and a town's 中心学校 neither: no 局机关, 局班子 or 股室 in their drafts."""
    data = _base(
        kind,
        meeting={"date": "2026-08-25" if kind == "school_opening" else "2026-02-20"},
        region={"level": level},
        speaker={"title": title, "name": "王五"},
        priorities=[{"area": "校园安全"}, {"area": "教师队伍"}, {"area": "控辍保学"}],
    )
    for seed in (1, 2, 3):
        data["seed"] = seed
        text = "".join(_draft(data).document.spoken_lines())
        assert not re.search(r"局机关|局班子|股室", text), seed


def test_a_tasks_single_point_that_says_what_to_do_is_a_charge() -> None:
    """会同交警部门在校门口增设减速带。 pasted alone read as a note (readers' R): 要…; the
    review's achievements keep their words as they are (they report what was done)."""
    data = _base(
        "leader_speech",
        meeting={"date": "2026-03-10"},
        priorities=[
            {"area": "交通安全", "points": ["会同交警部门在校门口增设减速带"]},
            {"area": "学前教育", "points": ["城南幼儿园秋季开园"]},
        ],
        review={"achievements": [{"area": "项目建设", "points": ["完成三所学校校舍改造"]}]},
    )
    text = "".join(_draft(data).document.spoken_lines())
    assert "要会同交警部门在校门口增设减速带。" in text
    assert "城南幼儿园秋季开园。" in text and "要城南" not in text
    assert "完成三所学校校舍改造" in text and "要完成三所学校校舍改造" not in text


@pytest.mark.parametrize(("level", "name"), [("district", "区管校聘"), ("county", "县管校聘")])
def test_the_teacher_rotation_reform_is_named_after_the_level(level: str, name: str) -> None:
    data = _base(
        "leader_speech",
        meeting={"date": "2026-03-10"},
        region={"level": level},
        speaker={"title": "书记", "name": "王五"},
        priorities=[{"area": "县管校聘", "points": ["推动骨干教师向薄弱学校流动"]}],
    )
    found = set()
    for seed in (1, 2, 3, 4):
        data["seed"] = seed
        text = "".join(_draft(data).document.spoken_lines())
        found |= set(re.findall(r"[县区]管校聘", text))
    assert found == {name}
