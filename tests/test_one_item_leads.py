"""A lead that announces a list is not said before one item (round x's R).

要努力实现以下目标：年内通过… — the lead for a single target that names its own time slipped
past the count check (the check for a year said twice answered first); 主要表现在：one problem.
"""

from __future__ import annotations

from typing import Any

import pytest

from conftest import SpokenOf

KINDS = {
    "concluding_remarks": ("2018-03-15", "市长"),
    "leader_speech": ("2028-03-10", "县长"),
    "safety": ("2019-05-14", "副县长"),
    "leading_group": ("2030-06-18", "县委书记"),
}


def _profile(kind: str, seed: int, **extra: Any) -> dict[str, Any]:
    date, title = KINDS[kind]
    return {
        "kind": kind,
        "meeting": {"date": date},
        "region": {"level": "county", "name": "青川"},
        "speaker": {"title": title},
        "priorities": ["学前教育", "校园安全"],
        "seed": seed,
        **extra,
    }


@pytest.mark.parametrize("seed", range(1, 9))
@pytest.mark.parametrize("kind", sorted(KINDS))
def test_one_dated_target_is_not_announced_as_several(
    spoken_of: SpokenOf, seed: int, kind: str
) -> None:
    data = _profile(kind, seed, targets={"items": ["年内通过国家义务教育基本均衡发展评估认定"]})
    spoken = spoken_of(data)
    assert "年内通过国家义务教育基本均衡发展评估认定" in spoken
    assert "以下目标" not in spoken


@pytest.mark.parametrize("seed", range(1, 9))
@pytest.mark.parametrize("kind", ["leader_speech", "concluding_remarks"])
def test_one_problem_is_not_announced_as_several(spoken_of: SpokenOf, seed: int, kind: str) -> None:
    data = _profile(kind, seed, review={"problems": ["部分镇学校运动场地不达标"]})
    spoken = spoken_of(data)
    assert "部分镇学校运动场地不达标" in spoken
    assert "主要表现在" not in spoken
