"""The .docx read back: the GB/T 9704 layout is in the XML, not just in our intentions."""

from __future__ import annotations

import itertools
from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_COLOR_INDEX
from docx.oxml.ns import qn

from speechdraft.errors import OutputError
from speechdraft.pipeline import build_draft, write_draft
from speechdraft.writers.docx import PPR_ORDER, RPR_ORDER, SECTPR_ORDER, title_lines


@pytest.fixture
def written(write_profile, tmp_path: Path):
    def write(fonts: str = "gov", **overrides) -> tuple[Path, object]:
        draft = build_draft(write_profile(**overrides))
        out = tmp_path / f"draft-{fonts}.docx"
        write_draft(draft, out, fonts=fonts, force=True)
        return out, draft

    return write


def style_by_id(document, style_id: str):
    return next(s for s in document.styles if s.style_id == style_id)


def east_asia(style) -> str | None:
    rfonts = style.element.rPr.find(qn("w:rFonts"))
    return rfonts.get(qn("w:eastAsia"))


def test_page_margins_and_grid(written) -> None:
    path, _ = written()
    section = docx.Document(str(path)).sections[0]
    sect_pr = section._sectPr
    pg_sz, pg_mar = sect_pr.find(qn("w:pgSz")), sect_pr.find(qn("w:pgMar"))
    assert (pg_sz.get(qn("w:w")), pg_sz.get(qn("w:h"))) == ("11906", "16838")
    assert {k: pg_mar.get(qn(f"w:{k}")) for k in ("top", "right", "bottom", "left", "footer")} == {
        "top": "2098",
        "right": "1474",
        "bottom": "1984",
        "left": "1587",
        "footer": "1429",
    }
    grid = sect_pr.find(qn("w:docGrid"))
    assert (grid.get(qn("w:type")), grid.get(qn("w:linePitch"))) == ("lines", "579")


def test_normal_style_is_the_body(written) -> None:
    path, _ = written()
    document = docx.Document(str(path))
    normal = document.styles["Normal"]
    assert normal.font.size.pt == 16
    assert east_asia(normal) == "仿宋_GB2312"
    spacing = normal.element.pPr.find(qn("w:spacing"))
    assert (spacing.get(qn("w:line")), spacing.get(qn("w:lineRule"))) == ("579", "exact")
    # −0.3 pt: 28 characters a line, and LibreOffice keeps the hanging punctuation
    assert normal.element.rPr.find(qn("w:spacing")).get(qn("w:val")) == "-6"


@pytest.mark.parametrize(
    ("fonts", "expected"),
    [
        (
            "gov",
            {
                "GWTitle": ("方正小标宋简体", 22),
                "GWMeta": ("楷体_GB2312", 16),
                "GWBody": ("仿宋_GB2312", 16),
                "GWHeading1": ("黑体", 16),
                "GWHeading2": ("楷体_GB2312", 16),
                "GWHeading3": ("仿宋_GB2312", 16),
            },
        ),
        (
            "windows",
            {
                "GWTitle": ("宋体", 22),
                "GWMeta": ("楷体", 16),
                "GWBody": ("仿宋", 16),
                "GWHeading1": ("黑体", 16),
                "GWHeading2": ("楷体", 16),
                "GWHeading3": ("仿宋", 16),
            },
        ),
    ],
)
def test_styles_fonts_and_sizes(written, fonts: str, expected: dict) -> None:
    path, _ = written(fonts=fonts)
    document = docx.Document(str(path))
    for style_id, (face, size) in expected.items():
        style = style_by_id(document, style_id)
        assert east_asia(style) == face, style_id
        assert style.font.size.pt == size, style_id
    assert style_by_id(document, "GWHeading3").font.bold is True
    assert style_by_id(document, "GWTitle").font.bold is (fonts == "windows")


def test_no_theme_fonts_anywhere_and_chinese_language(written) -> None:
    path, _ = written()
    document = docx.Document(str(path))
    styles_xml = document.styles.element.xml
    for attr in ("w:asciiTheme", "w:eastAsiaTheme", "w:hAnsiTheme"):
        assert attr not in styles_xml
    lang = (
        document.styles.element.find(qn("w:docDefaults"))
        .find(qn("w:rPrDefault"))
        .find(qn("w:rPr"))
        .find(qn("w:lang"))
    )
    assert lang.get(qn("w:eastAsia")) == "zh-CN"
    settings = document.settings.element
    assert settings.find(qn("w:themeFontLang")).get(qn("w:eastAsia")) == "zh-CN"
    assert settings.find(qn("w:characterSpacingControl")).get(qn("w:val")) == "doNotCompress"


def test_outline_levels_and_indents(written) -> None:
    path, _ = written()
    document = docx.Document(str(path))
    for style_id, level in (("GWHeading1", "0"), ("GWHeading2", "1"), ("GWHeading3", "2")):
        ppr = style_by_id(document, style_id).element.pPr
        assert ppr.find(qn("w:outlineLvl")).get(qn("w:val")) == level
    ind = style_by_id(document, "GWBody").element.pPr.find(qn("w:ind"))
    assert (ind.get(qn("w:firstLineChars")), ind.get(qn("w:firstLine"))) == ("200", "640")
    assert style_by_id(document, "GWBody").name == "讲话稿-正文"


def test_paragraph_styles_follow_the_structure(written) -> None:
    path, draft = written()
    paragraphs = docx.Document(str(path)).paragraphs
    assert paragraphs[0].style.style_id == "GWTitle"
    assert paragraphs[0].text == draft.document.title
    assert [p.style.style_id for p in paragraphs[1:3]] == ["GWMeta", "GWMeta"]
    assert any(p.text == "同志们：" and p.style.style_id == "GWSalutation" for p in paragraphs)
    level1 = [p.text for p in paragraphs if p.style.style_id == "GWHeading1"]
    assert level1 == [h.number + h.title for h in draft.document.headings(1)]
    assert level1[0].startswith("一、")


def test_footers_number_pages_outside_on_odd_and_even(written) -> None:
    path, _ = written()
    document = docx.Document(str(path))
    assert document.settings.odd_and_even_pages_header_footer is True
    section = document.sections[0]
    for footer, side, indent in (
        (section.footer, "right", "w:right"),
        (section.even_page_footer, "left", "w:left"),
    ):
        paragraph = footer.paragraphs[0]
        xml = paragraph._p.xml
        assert "PAGE" in xml and 'w:fldCharType="begin"' in xml and 'w:fldCharType="end"' in xml
        assert paragraph.text.startswith("— ") and paragraph.text.endswith(" —")
        assert paragraph._p.pPr.find(qn("w:jc")).get(qn("w:val")) == side
        assert paragraph._p.pPr.find(qn("w:ind")).get(qn(indent)) == "280"
        assert paragraph.style.style_id == "GWPageNumber"


def test_placeholders_are_highlighted_and_nothing_else(written) -> None:
    path, draft = written(priorities=[{"area": "学前教育"}])
    document = docx.Document(str(path))
    highlighted, plain_with_marker = [], []
    for paragraph in document.paragraphs:
        for run in paragraph.runs:
            if run.font.highlight_color == WD_COLOR_INDEX.YELLOW:
                highlighted.append(run.text)
            elif "【待补" in run.text:
                plain_with_marker.append(run.text)
    assert highlighted == draft.document.placeholders()
    assert len(highlighted) >= 2
    assert plain_with_marker == []


def test_core_properties(written) -> None:
    path, draft = written()
    props = docx.Document(str(path)).core_properties
    assert props.title == draft.document.title
    assert props.author == "书记张三"
    assert props.language == "zh-CN"


def _check_order(element, order: list[str], problems: list[str]) -> None:
    ranks = [order.index(c.tag.split("}")[-1]) for c in element if c.tag.split("}")[-1] in order]
    if ranks != sorted(ranks):
        problems.append(element.tag)


def test_ooxml_child_order_in_every_part(written) -> None:
    path, _ = written()
    document = docx.Document(str(path))
    problems: list[str] = []
    roots = [
        document.element,
        document.styles.element,
        document.sections[0].footer._element,
        document.sections[0].even_page_footer._element,
    ]
    for root in roots:
        for ppr in root.iter(qn("w:pPr")):
            _check_order(ppr, PPR_ORDER, problems)
        for rpr in root.iter(qn("w:rPr")):
            _check_order(rpr, RPR_ORDER, problems)
        for sect in root.iter(qn("w:sectPr")):
            _check_order(sect, SECTPR_ORDER, problems)
    assert problems == []


def test_long_titles_break_between_words() -> None:
    lines = title_lines("在2027年县委教育工作领导小组第一次全体会议上的讲话提纲")
    assert len(lines) == 2
    assert lines[1].startswith("全体会议")
    assert all(len(line) <= 22 for line in lines)
    assert title_lines("在2025年全县教育工作会议上的讲话") == ["在2025年全县教育工作会议上的讲话"]
    no_word_break = title_lines("在二〇二五年某某某某某某某某某某某某某12345678研讨交流上的讲话")
    assert all(
        not (a[-1:].isdigit() and b[:1].isdigit()) for a, b in itertools.pairwise(no_word_break)
    )


def test_existing_output_is_not_overwritten_without_force(write_profile, tmp_path: Path) -> None:
    draft = build_draft(write_profile())
    out = tmp_path / "keep.docx"
    out.write_bytes(b"user's own work")
    with pytest.raises(OutputError, match="--force"):
        write_draft(draft, out)
    assert out.read_bytes() == b"user's own work"
    write_draft(draft, out, force=True)
    assert docx.Document(str(out)).paragraphs[0].text == draft.document.title
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".~speechdraft-")]


def test_failed_write_leaves_no_partial_file(write_profile, tmp_path: Path, monkeypatch) -> None:
    from speechdraft.writers import docx as docx_writer

    draft = build_draft(write_profile())
    out = tmp_path / "out.docx"

    def full_disk(data, path):
        Path(path).write_bytes(data[:100])
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(docx_writer, "write_package_file", full_disk)
    with pytest.raises(OutputError, match="磁盘空间不足"):
        write_draft(draft, out)
    assert list(tmp_path.iterdir()) == [p for p in tmp_path.iterdir() if p.suffix == ".yaml"]
