"""A priority the bank has no family for gets a heading made from its name alone. Round i's
readers struck 着力做好边境学校, 扎实推进规范招生 and 着力做好教育家精神: a verb before a
thing, or before another verb. Each name's heading must read as a clause."""

from __future__ import annotations

import pytest

from speechdraft.compose.render import own_headings
from speechdraft.pipeline import build_draft

CASES = {
    "边境学校": "加强边境学校建设",
    "学生食堂": "加强学生食堂管理",
    "乡村温馨校园": "加强乡村温馨校园建设",
    "凝聚合力": "切实凝聚合力",
    "规范招生": "切实规范招生",
    "关心教师生活": "切实关心教师生活",
    "教育家精神": "弘扬教育家精神",
    "非教学负担清单": "落实非教学负担清单",
    "起始年级班额": "控制起始年级班额",
    "燃气安全": "扎实推进燃气安全工作",
    "责任追究": "严肃责任追究",
    "农村教师队伍": "加强农村教师队伍建设",
    "应对学龄人口变化": "切实应对学龄人口变化",
    # 学龄人口下降应对 → 积极应对学龄人口下降 since round l (做好…应对 was struck, R): see
    # tests/test_weave_round_l.py, where a response's name is said verb first
    "城乡义务教育一体化": "推进城乡义务教育一体化",
    "留守儿童关爱": "加强留守儿童关爱",
    "学校周边环境": "整治学校周边环境",
    "学校食堂和校外供餐": "加强学校食堂和校外供餐管理",
    "巩固脱贫成果": "切实巩固脱贫成果",
}


@pytest.mark.parametrize(("name", "first"), CASES.items())
def test_an_own_heading_is_a_clause(name: str, first: str) -> None:
    headings = own_headings(name)
    assert headings[0] == first
    assert len(set(headings)) == 3 and all(name in h for h in headings)
    # never a bare "do well" before a thing, nor a verb before a verb phrase
    assert not {f"着力做好{name}", f"扎实推进{name}", f"切实抓好{name}"} & set(headings)


def test_a_draft_heads_the_clerks_own_section_with_a_clause(write_profile) -> None:
    path = write_profile(
        priorities=[
            {"area": "边境学校", "points": ["完成3所边境学校宿舍改造"]},
            {"area": "学前教育"},
        ]
    )
    for seed in (1, 2, 3):
        document = build_draft(path, seed=seed).document
        headings = [b.title for b in document.blocks if hasattr(b, "title")]
        own = [h for h in headings if "边境学校" in h]
        # its clause from the name; a second part where its neighbours have one
        # (test_own_heading_purpose.py)
        assert own and own[0].partition("，")[0] in own_headings("边境学校"), headings
        assert not any(h.endswith("做好边境学校") for h in headings)


ROUND_J = {
    "乡村小学布局调整": "扎实推进乡村小学布局调整",
    "灾损校舍修复": "扎实推进灾损校舍修复",
    "冬季消防": "切实抓好冬季消防",
    "营养改善计划": "实施营养改善计划",
    "校园周边秩序": "维护校园周边秩序",
    "岗位责任": "压实岗位责任",
    "责任落实": "狠抓责任落实",
    "督导问责": "严肃督导问责",
    "安保经费": "落实安保经费",
    "预防学生溺水": "切实预防学生溺水",
    "开学报到": "认真做好开学报到工作",
}


@pytest.mark.parametrize(("name", "first"), ROUND_J.items())
def test_no_own_heading_is_a_bland_related_work(name: str, first: str) -> None:
    """Round j's readers struck 统筹抓好…有关工作 and 抓好…相关工作 (24 of 34 such headings)."""
    headings = own_headings(name)
    assert headings[0] == first
    assert len(set(headings)) == 3 and all(name in h for h in headings)
    assert not any(h.endswith(("有关工作", "相关工作")) for h in headings)
