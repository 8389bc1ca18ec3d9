"""The live preview's layout: 28 places a line (Latin half), 22 lines a page, marks kept
with what they ask for, and counts per part that add up to the draft's."""

from __future__ import annotations

from conftest import BASE_PROFILE
from speechdraft.document import Document, Heading, Paragraph, Run
from speechdraft.pipeline import build_draft_from_text
from speechdraft.web.preview import (
    CHARS_PER_LINE,
    LINES_PER_PAGE,
    Segment,
    paginate,
    preview_json,
    segments_of,
    wrap,
)


def line_text(line) -> str:  # type: ignore[no-untyped-def]
    return "".join(s.text for s in line.segments)


def test_a_paragraph_wraps_at_28_places_with_a_two_character_indent() -> None:
    lines = wrap([Segment("字" * 60)], "body", CHARS_PER_LINE, 2)
    assert [len(line_text(line)) for line in lines] == [26, 28, 6]
    assert [line.first for line in lines] == [True, False, False]


def test_latin_letters_and_digits_take_half_a_place() -> None:
    lines = wrap([Segment("2025" * 14)], "body", CHARS_PER_LINE, 0)
    assert [len(line_text(line)) for line in lines] == [56]


def test_closing_punctuation_never_starts_a_line() -> None:
    lines = wrap([Segment("字" * 28 + "。下一句")], "body", CHARS_PER_LINE, 0)
    assert line_text(lines[0]).endswith("。")
    assert line_text(lines[1]) == "下一句"


def test_placeholders_and_suggestions_are_marked_with_their_label() -> None:
    segments = segments_of(
        (
            Run("覆盖率达到"),
            Run("【待补：普惠性幼儿园覆盖率（%）】", placeholder=True),
            Run("，并【建议：写明新建园所数】。"),
        )
    )
    marked = [(s.mark, s.ref) for s in segments if s.mark]
    assert marked == [("todo", "普惠性幼儿园覆盖率"), ("suggest", "写明新建园所数")]


def test_pages_hold_22_lines() -> None:
    lines = wrap([Segment("字" * 28 * 50)], "body", CHARS_PER_LINE, 0)
    pages = paginate(lines)
    assert [len(page) for page in pages] == [LINES_PER_PAGE, LINES_PER_PAGE, 6]


def test_counts_per_part_add_up_to_the_drafts_length() -> None:
    import yaml

    draft = build_draft_from_text(yaml.safe_dump(BASE_PROFILE, allow_unicode=True), "表单")
    preview = preview_json(draft.document, draft.notes)
    assert sum(part["chars"] for part in preview["parts"]) == draft.chars == preview["chars"]
    assert preview["todo"] == draft.placeholder_count
    assert [h["title"] for h in preview["outline"]] == [h.title for h in draft.document.headings()]
    first_page = preview["pages"][0]
    assert first_page[0]["role"] == "title"
    assert "".join(s["text"] for s in first_page[0]["segments"]) in draft.document.title


def test_a_run_in_heading_keeps_its_words_marked_as_heading() -> None:
    document = Document(
        title="标题",
        meta_lines=(),
        blocks=(
            Heading(2, "（一）", (Run("抓党建。"),), body=(Run("要把党建摆在首位。"),)),
            Paragraph((Run("正文。"),)),
        ),
    )
    lines = preview_json(document)["pages"][0]
    heading = next(line for line in lines if line["role"] == "h2")
    assert [(s["text"], s["head"]) for s in heading["segments"]] == [
        ("（一）抓党建。", True),
        ("要把党建摆在首位。", False),
    ]
