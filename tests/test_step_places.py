"""Stock lines in the order their logic needs, as data (issue 11's S; branch order21).

templates/norms/steps.yaml holds the processes a section's stock lines walk through (order20's
responsibility, funding and dropout steps, once in assemble.py) and the places of a part where a
line is not said: in a part's lead, before its (一), nothing on what is done after the meeting
or the work (round aj: 对开学工作中表现突出的学校和个人，要及时总结推广 before （一）; rounds ah
and ai: 会后，… before 一是); after the part's last section, read as its last line, no line on
promoting good practice (round aj: 好做法…在全系统推广 closing a 督导 section). These tests render
their own profiles over kinds × levels × seeds and read each part back; the file's checks are
tested on files of their own.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from _matrix import draft
from speechdraft.datafile import DataFileError
from speechdraft.document import Heading
from speechdraft.norms import load_steps

# the test's own ruler, not the file's forms
AFTER = re.compile(r"^会后|表现突出|总结推广|好做法[^。]*推广|经验[^。]*推广")
PROMOTE = re.compile(r"总结推广|好做法[^。]*推广|经验[^。]*推广")
SENTENCE = re.compile(r"[^。！？]+[。！？]?")

SPEAKERS = {
    "work_report": ("2027-02-22", {"title": "教育局局长", "role": "bureau_chief"}),
    "leader_speech": ("2027-03-10", {"title": "县委书记"}),
    "school_opening": ("2027-08-26", {"title": "教育局局长", "role": "bureau_chief"}),
    "safety": ("2027-04-12", {"title": "分管副县长"}),
}


def _profile(kind: str, level: str, seed: int, minutes: int) -> dict[str, Any]:
    date, speaker = SPEAKERS[kind]
    areas = ["学前教育", "校园安全"]
    if kind == "school_opening":  # a short opening with four tasks says its lead's extras
        areas = ["校园安全", "教学常规", "劳动教育", "防溺水"]
    return {
        "kind": kind,
        "meeting": {"date": date},
        "region": {"level": level, "name": "青川"},
        "speaker": speaker,
        "duration_minutes": minutes,
        "priorities": [{"area": area} for area in areas],
        "safeguards": ["组织领导", "督导考核"],
        "seed": seed,
    }


# kind → (levels, seeds, minutes)
MATRIX = {
    "work_report": (("county", "city"), (1, 2, 3), 40),
    "leader_speech": (("county", "province"), (1, 2), 40),
    "safety": (("county", "province"), (1, 2), 30),
    "school_opening": (("city", "province"), (1, 2, 3), 16),
}
CASES = [
    (kind, level, seed, minutes)
    for kind, (levels, seeds, minutes) in MATRIX.items()
    for level in levels
    for seed in seeds
]


def _parts(document: Any) -> list[tuple[list[str], list[tuple[str, list[str]]]]]:
    """Each part: the sentences of its lead, and its numbered sections (title, sentences)."""
    found: list[tuple[list[str], list[tuple[str, list[str]]]]] = []
    current: list[str] | None = None
    for block in document.blocks:
        if isinstance(block, Heading):
            if block.level == 1:
                found.append(([], []))
                current = found[-1][0]
            elif found:
                found[-1][1].append((block.title, []))
                current = found[-1][1][-1][1]
            text = "".join(r.text for r in block.body)
        else:
            text = block.text
        if current is not None:
            current += [s.strip() for s in SENTENCE.findall(text) if s.strip()]
    return found


@pytest.fixture(scope="module")
def parts() -> dict[tuple[str, str, int, int], list[Any]]:
    return {case: _parts(draft(_profile(*case), case[2]).document) for case in CASES}


def test_a_parts_lead_says_nothing_done_after_the_work_before_its_first_section(
    parts: dict[tuple[str, str, int, int], list[Any]],
) -> None:
    wrong = [
        (case, s)
        for case, found in parts.items()
        for lead, sections in found
        if sections
        for s in lead
        if AFTER.search(s)
    ]
    assert not wrong, wrong[:5]


def test_no_line_on_promoting_good_practice_closes_a_section_on_supervision(
    parts: dict[tuple[str, str, int, int], list[Any]],
) -> None:
    wrong = []
    checked = 0
    for case, found in parts.items():
        for _lead, sections in found:
            for title, body in sections:
                if re.search("督导|督查|考核|问责", title):
                    checked += 1
                    wrong += [(case, title, s) for s in body if PROMOTE.search(s)]
    assert checked >= 10, checked  # the matrix does say its 督导考核 sections
    assert not wrong, wrong[:5]


def test_the_steps_are_data_read_from_the_norms_folder() -> None:
    table = load_steps()
    names = {p.id: [s.id for s in p.steps] for p in table.processes}
    assert names["responsibility"][0] == "divide"
    assert names["funding"][0] == "budget"
    assert any(re.search(f, "会后，各单位要把会议精神传达下去。") for f in table.not_at("lead"))


def _write(tmp_path: Path, text: str) -> Path:
    folder = tmp_path / "norms"
    folder.mkdir()
    (folder / "steps.yaml").write_text(text, encoding="utf-8")
    return tmp_path


def test_a_step_presuming_a_later_or_unknown_step_is_reported_at_its_line(
    tmp_path: Path,
) -> None:
    folder = _write(
        tmp_path,
        "processes:\n"
        "  - id: money\n"
        "    by: last\n"
        "    steps:\n"
        "      - id: spend\n"
        "        forms: [拨付]\n"
        "        needs: budget\n"
        "      - id: budget\n"
        "        forms: [测算]\n",
    )
    with pytest.raises(DataFileError) as raised:
        load_steps(folder)
    message = str(raised.value)
    assert "steps.yaml:" in message and "needs" in message, message
    assert "前面的一步" in message, message


def test_a_bad_pattern_and_an_unknown_place_are_reported_in_chinese(tmp_path: Path) -> None:
    folder = _write(
        tmp_path,
        "processes:\n"
        "  - id: money\n"
        "    steps:\n"
        "      - id: budget\n"
        "        forms: ['测算(']\n"
        "      - id: spend\n"
        "        forms: [拨付]\n"
        "places:\n"
        "  middle:\n"
        "    not: [会后]\n",
    )
    with pytest.raises(DataFileError) as raised:
        load_steps(folder)
    message = str(raised.value)
    assert "不是有效的正则表达式" in message, message
    assert "steps.yaml:5:" in message, message
    assert "middle" in message, message


def test_the_readme_example_of_the_steps_file_loads(tmp_path: Path) -> None:
    from textwrap import dedent

    from speechdraft.resources import builtin_templates_dir

    text = (builtin_templates_dir() / "README.md").read_text(encoding="utf-8")
    after = text[text.index("`norms/steps.yaml`") :]
    start = after.index("```yaml\n") + len("```yaml\n")
    example = dedent(after[start : after.index("```", start)])
    table = load_steps(_write(tmp_path, example))
    steps = [s.id for s in table.processes[0].steps]
    assert steps == ["divide", "as_one", "track"]
    assert table.processes[0].steps[1].needs == "divide"
    assert table.not_at("lead")
