"""Round bj's A lines (heldout-70 and heldout-71, rendered at d6c1e1af, read blind:
docs/review/2026-12-05bj): bank lines rewritten or tagged in stop 59 after the round was read.
Every test function fails on d6c1e1af."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
PHRASES = ROOT / "templates" / "phrases"


@pytest.mark.parametrize(
    ("path", "said"),
    [
        # a completion this year nobody set (round bj's 02)
        ("areas/five_education.yaml", "今年要建成劳动教育实践基地"),
        # a division of work nobody set (round bj's 14 and 11)
        ("areas/double_reduction.yaml", "校长负总责、教务部门具体抓"),
        ("areas/dropout_aid.yaml", "民政、残联等部门要推信息"),
        # a way of staffing nobody chose (round bj's 04)
        ("areas/compulsory.yaml", "走教、送教的办法"),
        # a week's volunteering nobody arranged, in any month (round bj's 07)
        ("areas/ethnic_language.yaml", "推普周期间，要组织师生走进社区"),
        ("areas/ethnic_language.yaml", "结合全国推广普通话宣传周，组织师生"),
    ],
)
def test_no_bank_line_sets_what_the_profile_did_not(path: str, said: str) -> None:
    assert said not in (PHRASES / path).read_text(encoding="utf-8")


def _entries(path: str, slot: str) -> list[dict[str, object]]:
    data = yaml.safe_load((PHRASES / path).read_text(encoding="utf-8"))
    return [e if isinstance(e, dict) else {"text": e} for e in data["slots"][slot]]


def test_the_goal_of_a_strong_place_is_said_only_in_the_plans_years() -> None:
    """朝着建设教育强县的目标 in a 2018 county speech (round bj's 13, A)."""
    for entry in _entries("frames/leader_speech.yaml", "leader_speech.tasks_lead"):
        text = str(entry["text"])
        if "朝着建设" in text:
            assert entry["years"]["from"] >= 2024  # type: ignore[index]


def test_a_towns_group_has_no_office_charged_and_no_contact_scheme_set_up() -> None:
    """领导小组办公室要会同… and 建立联系学校制度 at a town (round bj's 04 and 08, A)."""
    for entry in _entries("frames/leading_group.yaml", "leading_group.p3_close"):
        if "group_office" in str(entry["text"]):
            assert "town" not in entry["levels"]  # type: ignore[operator]
    data = yaml.safe_load((PHRASES / "safeguards/organization.yaml").read_text(encoding="utf-8"))
    family = next(f for f in data["families"] if f["key"] == "frontline")
    for heading in family["headings"]:
        if isinstance(heading, dict) and "联系学校制度" in heading["text"]:
            assert "town" not in heading["levels"]
        else:
            assert "联系学校制度" not in str(heading)


def test_no_vocational_line_clears_partner_firms() -> None:
    """只签协议不出力的合作企业要及时清理 (round bi's 09, A)."""
    data = yaml.safe_load((PHRASES / "areas/vocational.yaml").read_text(encoding="utf-8"))
    assert "清理" not in yaml.safe_dump(data, allow_unicode=True)  # comments aside
