"""A planning document is carried out (落实), not listed as one more 精神 after 贯彻.

Round an's readers struck 贯彻习近平新时代中国特色社会主义思想和党的十九大…精神、《中国教育现代化2035》
(G, "并列不当，规划文件应另用落实") in three drafts; an opening 以…为指导 names the Party's guidance
alone."""

from __future__ import annotations

from typing import Any

import pytest

from _matrix import draft as render
from speechdraft.compose.context import _carried_out


def test_a_document_after_the_partys_guidance_takes_luoshi() -> None:
    said = _carried_out(
        ["党的二十大精神", "全国教育大会精神", "《教育强国建设规划纲要（2024—2035年）》"]
    )
    # two verb-objects: a comma between them, not 顿号 (round ap's G)
    assert said == "党的二十大精神、全国教育大会精神，落实《教育强国建设规划纲要（2024—2035年）》"


def test_guidance_alone_or_documents_alone_are_listed() -> None:
    assert (
        _carried_out(["党的二十大精神", "全国教育大会精神"]) == "党的二十大精神、全国教育大会精神"
    )
    assert _carried_out(["《甲》", "《乙》"]) == "《甲》、《乙》"
    assert _carried_out([]) == ""


def _profile(kind: str, date: str) -> dict[str, Any]:
    return {
        "kind": kind,
        "meeting": {"date": date},
        "region": {"level": "county", "name": "青溪县"},
        "speaker": {"title": "县委书记" if kind == "leading_group" else "县长", "name": "周明"},
        "priorities": [{"area": "学前教育"}, {"area": "教师队伍"}],
    }


@pytest.mark.parametrize("kind", ["leader_speech", "leading_group", "work_report"])
@pytest.mark.parametrize("date", ["2022-03-10", "2026-03-10"])
def test_no_draft_lists_a_document_as_a_jingshen(kind: str, date: str) -> None:
    if kind == "work_report":
        return _no_listed_document(
            {**_profile(kind, date), "speaker": {"title": "县教育局局长", "name": "周明"}}
        )
    return _no_listed_document(_profile(kind, date))


def _no_listed_document(data: dict[str, Any]) -> None:
    for seed in (1, 2, 3):
        text = "".join(render(data, seed).document.spoken_lines())
        assert "精神、《" not in text, seed
        assert "以习近平" not in text or "》为指" not in text, seed
