"""Sections assembled from tagged units (issue 11): the heading and its body from one
family, tags deciding who may say what where and when, each topic once per draft, every
given fact at every length, and several paragraph shapes.

The area here is the tests' own (a user's --templates folder), so each assertion can name
exactly which sentences may and may not appear.
"""

from __future__ import annotations

import random
import re
from pathlib import Path
from typing import Any

import pytest

from speechdraft.compose.assemble import ALWAYS, CLOSING_LEVEL, SHAPES, Piece, plan_section
from speechdraft.compose.context import build_context
from speechdraft.compose.render import render_speech
from speechdraft.compose.structure import parse_markup
from speechdraft.datafile import DataFileError
from speechdraft.intake.profile import load_profile
from speechdraft.phrasebank import Unit, load_phrasebank
from speechdraft.pipeline import build_draft, template_dirs
from speechdraft.resources import builtin_templates_dir

# Every sentence of family "rooms" holds 阅览室, of family "clubs" 读书会: a heading of one
# family over a sentence of the other is visible in the text.
AREA = """key: reading
label: 书香校园建设
aliases: [书香校园]
facts:
  - {key: rooms, label: 新建阅览室数, unit: 间, required: true}
  - {key: clubs, label: 读书会数, unit: 个}
families:
  - key: rooms
    aliases: [阅览室]
    headings: [建好用好阅览室（阅览室题）, 让阅览室成为学生常去的地方（阅览室题）]
    units:
      - {slot: open, text: [阅览室是学生读书的第一站（阅览室）。, 读书离不开阅览室（阅览室）。]}
      - {slot: open, text: 阅览室建得好，读书风气才能浓（阅览室）。}
      - {slot: measure, text: 阅览室要按时开放（阅览室）。}
      - {slot: measure, text: 阅览室的图书要常换常新（阅览室）。}
      - {slot: measure, text: 农村学校的阅览室要优先建设（阅览室）。}
      - {slot: target, text: '今年新建阅览室{{ fact("rooms") }}（阅览室）。'}
      - {slot: duty, text: 各学校要管好阅览室（阅览室）（学校责任）。}
      - slot: duty
        text: '{{ w.direct }}要支持阅览室建设（阅览室）（部门责任）。'
        roles: [party_secretary, government_head, deputy]
      - slot: duty
        text: 我们将争取各方支持阅览室建设（阅览室）（教育局口吻）。
        roles: [bureau_chief]
      - {slot: check, text: 阅览室用得好不好，要看学生去不去（阅览室）。}
      - {slot: close, text: 让阅览室亮起来（阅览室）。}
      - {slot: measure, text: 阅览室要接入国家智慧教育平台的资源（阅览室）（平台）。, years: {from: 2022}}
      - {slot: measure, text: 阅览室要开设家长开放日（阅览室）（家校）。, mentions: [reading.clubs]}
  - key: clubs
    aliases: [读书会]
    headings: [办好读书会（读书会题）, 以读书会带动全员阅读（读书会题）]
    units:
      - {slot: open, text: 读书会是阅读的好载体（读书会）。}
      - {slot: open, text: 读书会让阅读成为习惯（读书会）。}
      - {slot: measure, text: 读书会要有固定的指导教师（读书会）。}
      - {slot: measure, text: 读书会要吸引家长参与（读书会）。}
      - {slot: measure, text: 读书会要多读经典（读书会）。}
      - {slot: target, text: '今年组建读书会{{ fact("clubs") }}（读书会）。'}
      - {slot: duty, text: 各学校要支持读书会（读书会）。}
      - {slot: check, text: 读书会办得好不好，要看学生爱不爱读（读书会）。}
      - {slot: close, text: 让读书会办出特色（读书会）。}
"""
_MARK = re.compile(r"（(阅览室|读书会)题?）")
SECOND = {"area": "校园安全"}  # a built-in task beside the fixture's, of another area


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    target = tmp_path / "office" / "phrases" / "areas"
    target.mkdir(parents=True)
    (target / "reading.yaml").write_text(AREA, encoding="utf-8")
    return tmp_path / "office"


def draft_lines(write_profile: Any, folder: Path, seed: int = 1, **overrides: Any) -> list[str]:
    fields: dict[str, Any] = {"priorities": [{"area": "书香校园"}], "safeguards": []}
    fields.update(overrides)
    draft = build_draft(write_profile(**fields), seed=seed, templates=folder)
    return list(draft.document.spoken_lines())


def sections(lines: list[str]) -> list[tuple[str, list[str]]]:
    """(heading, sentences under it) for each heading of the fixture's families."""
    found: list[tuple[str, list[str]]] = []
    for line in lines:
        if line.endswith(("（阅览室题）", "（读书会题）")):
            found.append((line, []))
        elif found and not _MARK.search(line):
            found.append(("", []))  # a paragraph that is not ours ends the section
        elif found and found[-1][0]:
            found[-1][1].extend(re.findall(r"[^。]*。", line))
    return [(h, body) for h, body in found if h]


@pytest.mark.parametrize("seed", range(6))
def test_a_heading_stands_over_its_own_family_only(write_profile, folder: Path, seed: int) -> None:
    # beside a second task: a part's only subsection has no heading (compose/structure.py)
    lines = draft_lines(write_profile, folder, seed=seed, priorities=[{"area": "书香校园"}, SECOND])
    ((heading, body),) = sections(lines)
    family = _MARK.search(heading).group(1)  # type: ignore[union-attr]
    other = "读书会" if family == "阅览室" else "阅览室"
    assert body and all(f"（{family}）" in s for s in body if _MARK.search(s))
    assert not any(f"（{other}）" in s for s in body)


def test_the_tasks_own_words_pick_the_family(write_profile, folder: Path) -> None:
    for seed in range(4):
        lines = draft_lines(
            write_profile,
            folder,
            seed,
            priorities=[{"area": "书香校园", "points": ["建设读书会"]}, SECOND],
        )
        assert any(line.endswith("（读书会题）") for line in lines)


def test_two_tasks_in_one_area_take_two_families_and_never_repeat(write_profile, folder) -> None:
    lines = draft_lines(
        write_profile,
        folder,
        priorities=[
            {"area": "书香校园", "title": "阅读工程"},
            {"area": "书香校园", "title": "书香工程"},
        ],
    )
    text = "".join(lines)
    assert "（阅览室）" in text and "（读书会）" in text
    sentences = [s for s in re.findall(r"[^。]*。", text) if _MARK.search(s)]
    assert len(sentences) == len(set(sentences))


def test_a_unit_touching_a_topic_already_said_is_left_out(write_profile, folder) -> None:
    for seed in range(8):
        text = "".join(
            draft_lines(
                write_profile,
                folder,
                seed,
                priorities=[
                    {"area": "书香校园", "points": ["建设读书会"]},
                    {"area": "书香校园", "points": ["建好阅览室"]},
                ],
                duration_minutes=40,
            )
        )
        assert "（读书会）" in text and "（阅览室）" in text
        assert "（家校）" not in text


@pytest.mark.parametrize(
    ("title", "present", "absent"),
    [
        ("县教育局局长", "（教育局口吻）", "（部门责任）"),
        ("县委书记", "（部门责任）", "（教育局口吻）"),
        ("副县长", "（部门责任）", "（教育局口吻）"),
    ],
)
def test_roles_decide_who_may_be_directed(write_profile, folder, title, present, absent) -> None:
    texts = [
        "".join(
            draft_lines(
                write_profile,
                folder,
                seed,
                speaker={"title": title, "name": "李四"},
                duration_minutes=40,
            )
        )
        for seed in range(10)
    ]
    assert any(present in t for t in texts)
    assert not any(absent in t for t in texts)


def test_a_unit_is_never_said_before_its_years(write_profile, folder) -> None:
    def said(year: int) -> bool:
        return any(
            "（平台）"
            in "".join(
                draft_lines(
                    write_profile,
                    folder,
                    seed,
                    meeting={"date": f"{year}-03-12"},
                    duration_minutes=40,
                )
            )
            for seed in range(10)
        )

    assert not said(2020)
    assert said(2024)


def _rendered_at(path: Path, folder: Path, density: int) -> str:
    loaded = load_profile(path)
    bank = load_phrasebank(builtin_templates_dir(), folder)
    context = build_context(loaded, bank, seed=3).with_density(density)
    markup = render_speech(context, template_dirs(folder))
    return "".join(parse_markup(markup, context.kind.numbering).spoken_lines())


def test_every_given_fact_is_said_at_every_length(write_profile, folder) -> None:
    path = write_profile(priorities=[{"area": "书香校园", "facts": {"新建阅览室数": "7间"}}])
    lengths = []
    for density in range(-2, 9):
        text = _rendered_at(path, folder, density)
        assert "今年新建阅览室7间" in text, density
        lengths.append(len(text))
    assert lengths == sorted(lengths)  # the length never falls as the level rises
    assert lengths[-1] > lengths[0]


def test_a_bare_profile_shows_the_required_fact_as_a_placeholder(write_profile, folder) -> None:
    draft = build_draft(
        write_profile(priorities=[{"area": "书香校园"}], safeguards=[]), seed=2, templates=folder
    )
    assert "【待补：新建阅览室数（间）】" in draft.document.placeholders()


def _units() -> list[Unit]:
    slots = ["open", "open", "measure", "measure", "measure", "measure", "target", "duty"]
    slots += ["duty", "check", "close", "measure", "measure"]
    return [Unit(f"第{i}句。", slot=slot) for i, slot in enumerate(slots)]


def test_paragraphs_take_several_shapes() -> None:
    shapes = {
        tuple(
            p.unit.slot
            for p in plan_section(_units(), frozenset(), random.Random(seed))
            if p.paragraph == 0 and p.level <= 0
        )
        for seed in range(40)
    }
    assert len(shapes) >= 4
    assert len(SHAPES) >= 5


def test_a_fact_carrier_is_said_at_every_level_and_extras_come_in_order() -> None:
    units = [*_units(), Unit('今年建成{{ fact("rooms") }}。', slot="target")]
    pieces: list[Piece] = plan_section(units, frozenset({"rooms"}), random.Random(5))
    carrier = [p for p in pieces if p.unit.facts]
    assert len(carrier) == 1 and carrier[0].level == ALWAYS
    first = [p.level for p in pieces if p.paragraph == 0 and p.level > 0]
    assert first == sorted(first) and first == list(range(1, len(first) + 1))
    assert {p.paragraph for p in pieces} >= {0, 1}
    assert len({p.unit for p in pieces}) == len(pieces)


def test_a_unit_for_an_ungiven_fact_is_not_used_when_the_profile_gave_others() -> None:
    units = [*_units(), Unit('今年建成{{ fact("rooms") }}。', slot="target")]
    units.append(Unit('今年组建{{ fact("clubs") }}。', slot="target"))
    for seed in range(20):
        pieces = plan_section(units, frozenset({"rooms"}), random.Random(seed))
        assert not any("clubs" in p.unit.facts for p in pieces)


def test_wordings_must_carry_the_same_facts(folder: Path) -> None:
    path = folder / "phrases" / "areas" / "reading.yaml"
    path.write_text(
        AREA.replace(
            "{slot: close, text: 让读书会办出特色（读书会）。}",
            "{slot: close, text: [让读书会办出特色（读书会）。, '读书会{{ fact(\"clubs\") }}。']}",
        ),
        encoding="utf-8",
    )
    with pytest.raises(DataFileError) as caught:
        load_phrasebank(builtin_templates_dir(), folder)
    message = str(caught.value)
    assert "reading.yaml:" in message and "families[1].units[8].text" in message
    assert "几种说法引用的数据项不一致" in message


def test_a_tag_naming_no_role_is_located(folder: Path) -> None:
    path = folder / "phrases" / "areas" / "reading.yaml"
    path.write_text(AREA.replace("roles: [bureau_chief]", "roles: [局长]"), encoding="utf-8")
    with pytest.raises(DataFileError) as caught:
        load_phrasebank(builtin_templates_dir(), folder)
    message = str(caught.value)
    assert re.search(r"reading\.yaml:\d+:\d+ families\[0\]\.units\[8\]\.roles\[0\]", message), (
        message
    )


def test_a_closing_line_is_top_level_padding() -> None:
    """Round f's readers cut 29 of 77 closing lines (要让…) as filler: a paragraph's closing
    line is said only at the top level, which a draft too thin for its length leaves out."""
    units = [*_units(), Unit('今年建成{{ fact("rooms") }}。', slot="target")]
    closes = 0
    for seed in range(30):
        for piece in plan_section(units, frozenset({"rooms"}), random.Random(seed)):
            if piece.unit.slot == "close":
                closes += 1
                assert piece.level == CLOSING_LEVEL, (seed, piece)
    assert closes >= 15  # planned at CLOSING_LEVEL, above TOP_LEVEL: built-in drafts leave them out


def test_a_thin_draft_stops_at_the_top_level() -> None:
    from speechdraft.pipeline import LENGTH_TOLERANCE, MAX_DENSITY, TOP_LEVEL, _highest_level

    def lengths(top: int):  # a draft whose length rises by 100 a level up to ``top``
        return lambda density: 1000 + 100 * min(density, top)

    target = 3000
    assert _highest_level(lengths(MAX_DENSITY), target) == TOP_LEVEL < MAX_DENSITY
    rich = int(target * (1 - LENGTH_TOLERANCE)) - 1000 + 100
    assert _highest_level(lambda density: 1000 + rich * density, target) == MAX_DENSITY


def test_a_thin_profile_is_not_padded_above_the_top_level(tmp_path: Path) -> None:
    """Readers of rounds f and g changed 12.5 % of the sentences said at levels up to 3 and
    18–43 % of those added above: a profile too thin for its length gets the draft of
    ``TOP_LEVEL`` and a note asking for content, never the padding above it."""
    from speechdraft import pipeline
    from speechdraft.markup import at_level

    example = Path(__file__).resolve().parents[1] / "profiles" / "county-leader-2025.yaml"
    text = example.read_text(encoding="utf-8")
    assert "duration_minutes: 20" in text
    profile = tmp_path / "long.yaml"
    profile.write_text(text.replace("duration_minutes: 20", "duration_minutes: 90"), "utf-8")
    loaded = pipeline.validate_profile(profile)
    context = build_context(loaded, pipeline.phrasebank(), None)
    dirs = pipeline.template_dirs(None)
    marked = render_speech(context.with_density(pipeline.MAX_DENSITY), dirs, marked=True)
    numbering = context.kind.numbering
    at_top = parse_markup(at_level(marked, pipeline.TOP_LEVEL), numbering)
    padded = parse_markup(at_level(marked, pipeline.MAX_DENSITY), numbering)
    fitted = pipeline.fit_length(context, dirs)
    assert at_top.char_count() < padded.char_count() < context.target_chars
    assert fitted.char_count() == at_top.char_count()
    note = pipeline.length_note(fitted, context)
    assert note is not None and "不用套话凑篇幅" in note, note
