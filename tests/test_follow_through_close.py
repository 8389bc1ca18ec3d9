"""The speech's general follow-through lines close a section on duty, never an area's.

After the last safeguard section a work report, a leader's speech and a concluding speech
say a line or two on following the year's tasks up (任务落实情况要作为评价依据…, 会议确定的
每一项任务都要明确牵头单位和责任人…). Readers of rounds q and r marked them S where the last
section was about 减负 or 舆情: said there, they read as that section's last word. These tests
render drafts from their own profiles and look for every wording of those slots, taken from
the bank itself, after a last section that is not on duty or assessment.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from speechdraft.document import Heading
from speechdraft.phrasebank import load_phrasebank
from speechdraft.pipeline import build_draft
from speechdraft.resources import builtin_templates_dir

CLOSE_SLOTS = {
    "work_report": ("work_report.close_act", "work_report.close_risk"),
    "leader_speech": ("leader_speech.close_long",),
    "concluding_remarks": ("concluding_remarks.close_spirit",),
}
SPEAKERS = {
    "work_report": "教育局局长",
    "leader_speech": "县委书记",
    "concluding_remarks": "分管副县长",
}


def _close_wordings(kind: str) -> list[str]:
    """Every sentence the kind's follow-through slots can say (first sentence of each)."""
    frames = load_phrasebank(builtin_templates_dir()).frames
    wordings = [w for slot in CLOSE_SLOTS[kind] for u in frames[slot] for w in u.wordings]
    # a wording may carry {{ w.… }}: match on its longest plain stretch
    return [max(w.replace("}}", "{{").split("{{")[::2], key=len)[:14] for w in wordings]


def _profile(tmp_path: Path, kind: str, level: str, seed: int, safeguards: list[Any]) -> Path:
    data = {
        "kind": kind,
        "meeting": {"date": "2028-02-24"},
        "region": {"level": level, "name": "青川"},
        "speaker": {"title": SPEAKERS[kind]},
        "preceding": ["县教育局局长作了工作报告"] if kind != "work_report" else [],
        "priorities": [
            {"area": "学前教育", "points": ["新建公办幼儿园两所，秋季开园"]},
            {"area": "教师队伍", "points": ["乡村教师周转宿舍年内交付使用"]},
        ],
        "safeguards": safeguards,
        "duration_minutes": 40,
        "seed": seed,
    }
    path = tmp_path / f"{kind}-{level}-{seed}.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def _last_section(path: Path) -> tuple[str, str]:
    """The last part-two heading and everything said after it, to the end of the speech."""
    title, said = "", ""
    for block in build_draft(path).document.blocks:
        if isinstance(block, Heading) and block.level == 2:
            title, said = block.title, "".join(r.text for r in block.body)
        elif isinstance(block, Heading):
            said += block.title + "".join(r.text for r in block.body)
        else:
            said += block.text
    return title, said


@pytest.mark.parametrize("kind", sorted(CLOSE_SLOTS))
@pytest.mark.parametrize("level", ["county", "city"])
@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("last", ["基层减负", "舆情引导"])
def test_no_follow_through_line_closes_a_section_on_another_topic(
    tmp_path: Path, kind: str, level: str, seed: int, last: str
) -> None:
    path = _profile(tmp_path, kind, level, seed, ["组织领导", last])
    title, said = _last_section(path)
    assert title, "the draft has no safeguard section"
    stray = [w for w in _close_wordings(kind) if w in said]
    assert not stray, (title, stray)


def _last_part(path: Path) -> str:
    """Everything said from the last part heading (三、…) to the end of the speech."""
    said = ""
    for block in build_draft(path).document.blocks:
        if isinstance(block, Heading) and block.level == 1:
            said = block.title + "".join(r.text for r in block.body)
        elif isinstance(block, Heading):
            said += block.title + "".join(r.text for r in block.body)
        else:
            said += block.text
    return said


@pytest.mark.parametrize("kind", sorted(set(CLOSE_SLOTS) - {"concluding_remarks"}))
def test_follow_through_lines_are_still_said_after_a_section_on_assessment(
    tmp_path: Path, kind: str
) -> None:
    """The lines are not simply gone: after 督导考核 some draft of three seeds says one."""
    found = []
    for seed in (1, 2, 3):
        path = _profile(tmp_path, kind, "county", seed, ["基层减负", "督导考核"])
        _, said = _last_section(path)
        found += [w for w in _close_wordings(kind) if w in said]
    assert found, kind


def test_a_concluding_speech_says_its_follow_through_first_in_its_last_part(
    tmp_path: Path,
) -> None:
    """A concluding speech says them under its last part's heading, before its sections,
    even where the last is on assessment: after it they read as that section's last word
    (rounds ad and ae's S: 调查研究, 及时反映困难, 纳入本单位工作计划 under 考核评价 and 奖优
    罚劣). Until kind16 this test asserted that they follow a section on assessment; the
    property kept is that they are not simply gone."""
    found = []
    for seed in (1, 2, 3):
        path = _profile(tmp_path, "concluding_remarks", "county", seed, ["基层减负", "督导考核"])
        _, after = _last_section(path)
        assert not [w for w in _close_wordings("concluding_remarks") if w in after], seed
        found += [w for w in _close_wordings("concluding_remarks") if w in _last_part(path)]
    assert found
