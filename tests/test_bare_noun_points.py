"""A clerk's point that is one bare noun (县中, 冬季取暖, 大班额问题) takes the verb its ending
asks for, from point_verbs.yaml's ``bare_noun_frames``. Round an's readers marked 要抓好县中,
要抓好烟花爆竹, 要抓好大班额问题, 要确保县中招生 and 要抓好冬季取暖 as G or E in every profile
that had such a point."""

from __future__ import annotations

from typing import Any

import pytest

from _matrix import draft as render
from speechdraft.compose.weave import charge_pieces
from speechdraft.norms import load_point_verbs


def _said(point: str, bureau: bool = False) -> str:
    return "".join(charge_pieces(point, bureau))


@pytest.mark.parametrize(
    ("point", "said"),
    [
        ("县中", "要办好县中"),
        ("冬季取暖", "要做好冬季取暖安全工作"),
        ("烟花爆竹", "要做好烟花爆竹安全管理"),
        ("大班额问题", "要着力解决大班额问题"),
        ("县中招生", "要做好县中招生工作"),
        ("学生欺凌防治", "要做好学生欺凌防治工作"),
        ("课后服务提质", "要推动课后服务提质"),
    ],
)
def test_a_bare_noun_takes_the_verb_its_ending_asks_for(point: str, said: str) -> None:
    assert _said(point) == said


def test_a_bureau_says_it_as_its_own_work() -> None:
    assert _said("县中", bureau=True) == "我们将办好县中"


@pytest.mark.parametrize(
    "point", ["丰富课后服务内容", "防溺水、防交通事故排查", "严禁学生在宿舍使用违规电器问题"]
)
def test_a_longer_listed_or_verb_led_point_is_not_reframed(point: str) -> None:
    said = _said(point)
    assert "着力解决" not in said and "安全工作" not in said


def test_every_frame_in_the_table_holds_the_points_place() -> None:
    frames = load_point_verbs().bare_noun_frames
    assert len(frames) >= 10
    assert all(frame.count("…") == 1 and frame.index("…") > 0 for _, frame in frames)


def _profile() -> dict[str, Any]:
    return {
        "kind": "safety",
        "meeting": {"date": "2030-01-08"},
        "region": {"level": "district", "name": "东岗区"},
        "speaker": {"title": "区长", "name": "施国栋"},
        "priorities": [
            {"area": "校园安全", "points": ["冬季取暖", "烟花爆竹"]},
            {"area": "义务教育", "points": ["大班额问题"]},
        ],
    }


def test_a_draft_never_says_zhuahao_over_a_bare_noun() -> None:
    for seed in (1, 2, 3):
        text = "".join(render(_profile(), seed).document.spoken_lines())
        for bad in ("抓好冬季取暖。", "抓好烟花爆竹", "抓好大班额问题", "确保大班额问题"):
            assert bad not in text, (seed, bad)
        assert "冬季取暖安全" in text and "烟花爆竹安全管理" in text and "解决大班额问题" in text, (
            seed
        )
