"""Issue 13: every part of every example package is ours, and says what Word and WPS need
to open the draft as their own (compatibility mode, fonts, styles, properties)."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import docx
import pytest
from lxml import etree

from speechdraft.writers import layout
from speechdraft.writers.docx import BASE_PACKAGE, heading_lines, text_width, title_lines

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((ROOT / "examples").glob("*.docx"))
# Every draft and copy; the materials checklist is the returns room's own form.
DRAFTS = [p for p in EXAMPLES if not p.name.startswith("材料清单")]
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
APP = "{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}"
CHINESE_FACES = ("方正小标宋简体", "仿宋_GB2312", "楷体_GB2312", "黑体", "宋体")
OUR_STYLES = {
    "Normal",
    "DefaultParagraphFont",
    "TableNormal",
    "NoList",
    "TableGrid",
    *(spec.style_id for spec in layout.STYLES),
    "GWPageNumber",
    "Title",
    "Heading1",
    "Heading2",
    "Heading3",
    "Heading4",
}


def parts(path: Path) -> dict[str, etree._Element]:
    """Every XML part of the package, parsed."""
    with zipfile.ZipFile(path) as package:
        return {
            name: etree.fromstring(package.read(name))
            for name in package.namelist()
            if name.endswith((".xml", ".rels"))
        }


def copy_of(path: Path) -> layout.CopySpec:
    if "念稿版" in path.name:
        return layout.COPIES["reading"]
    return layout.COPIES["review" if "审阅稿" in path.name else "draft"]


@pytest.mark.parametrize("example", DRAFTS, ids=lambda p: p.stem)
def test_the_package_holds_only_our_parts(example: Path) -> None:
    with zipfile.ZipFile(example) as package:
        names = set(package.namelist())
    assert not [n for n in names if "thumbnail" in n or "theme" in n or "webSettings" in n]
    assert {"word/fontTable.xml", "docProps/app.xml", "word/settings.xml"} <= names


@pytest.mark.parametrize("example", DRAFTS, ids=lambda p: p.stem)
def test_word_opens_it_in_its_current_mode(example: Path) -> None:
    settings = parts(example)["word/settings.xml"]
    modes = [
        s.get(f"{W}val")
        for s in settings.iter(f"{W}compatSetting")
        if s.get(f"{W}name") == "compatibilityMode"
    ]
    assert modes == ["15"]
    assert settings.find(f"{W}themeFontLang").get(f"{W}eastAsia") == "zh-CN"
    assert settings.find(f"{W}characterSpacingControl").get(f"{W}val") == "doNotCompress"


@pytest.mark.parametrize("example", DRAFTS, ids=lambda p: p.stem)
def test_the_font_table_names_the_chinese_faces(example: Path) -> None:
    fonts = {f.get(f"{W}name"): f for f in parts(example)["word/fontTable.xml"]}
    assert "ＭＳ 明朝" not in fonts and "ＭＳ ゴシック" not in fonts
    for face in CHINESE_FACES:
        font = fonts[face]
        assert font.find(f"{W}charset").get(f"{W}val") == "86", face  # GB2312
        assert re.fullmatch(r"[0-9A-F]{20}", font.find(f"{W}panose1").get(f"{W}val")), face
        assert font.find(f"{W}altName").get(f"{W}val"), face
    assert fonts["仿宋_GB2312"].find(f"{W}altName").get(f"{W}val") == "仿宋"
    assert fonts["楷体_GB2312"].find(f"{W}altName").get(f"{W}val") == "楷体"


@pytest.mark.parametrize("example", DRAFTS, ids=lambda p: p.stem)
def test_only_our_styles_and_our_defaults(example: Path) -> None:
    styles = parts(example)["word/styles.xml"]
    by_id = {s.get(f"{W}styleId"): s for s in styles.iter(f"{W}style")}
    assert set(by_id) == OUR_STYLES
    for builtin, ours in (
        ("Title", "GWTitle"),
        *((f"Heading{n}", f"GWHeading{n}") for n in (1, 2, 3, 4)),
    ):
        style = by_id[builtin]
        assert style.find(f"{W}basedOn").get(f"{W}val") == ours  # 标题 1 looks like 一、
        assert style.find(f"{W}semiHidden") is not None  # and stays out of the gallery
    for style_id in (spec.style_id for spec in layout.STYLES):
        assert by_id[style_id].find(f"{W}qFormat") is not None, style_id
    latent = styles.find(f"{W}latentStyles")
    assert latent.get(f"{W}defSemiHidden") == "1" and latent.get(f"{W}defQFormat") == "0"
    xml = etree.tostring(styles, encoding="unicode")
    assert "Theme" not in xml and "<w:color " not in xml  # no theme fonts, no blue text
    copy = copy_of(example)
    rpr = styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")
    assert rpr.find(f"{W}sz").get(f"{W}val") == str(round(copy.body_size_pt * 2))
    assert rpr.find(f"{W}lang").get(f"{W}eastAsia") == "zh-CN"
    assert rpr.find(f"{W}rFonts").get(f"{W}eastAsia") in ("仿宋_GB2312", "仿宋")
    ppr = styles.find(f"{W}docDefaults/{W}pPrDefault/{W}pPr/{W}spacing")
    assert (ppr.get(f"{W}after"), ppr.get(f"{W}line")) == ("0", None)  # not 200 / 1.15


@pytest.mark.parametrize("example", DRAFTS, ids=lambda p: p.stem)
def test_headings_keep_their_lines_and_widows_are_controlled(example: Path) -> None:
    styles = parts(example)["word/styles.xml"]
    by_id = {s.get(f"{W}styleId"): s for s in styles.iter(f"{W}style")}
    for style_id in ("GWTitle", "GWMeta", "GWHeading1", "GWHeading2"):
        ppr = by_id[style_id].find(f"{W}pPr")
        assert ppr.find(f"{W}keepNext") is not None and ppr.find(f"{W}keepLines") is not None
    widow = by_id["Normal"].find(f"{W}pPr/{W}widowControl")
    assert widow is not None and widow.get(f"{W}val") in (None, "1", "true")


@pytest.mark.parametrize("example", DRAFTS, ids=lambda p: p.stem)
def test_first_line_indent_agrees_in_characters_and_twips(example: Path) -> None:
    copy = copy_of(example)
    styles = parts(example)["word/styles.xml"]
    body = next(s for s in styles.iter(f"{W}style") if s.get(f"{W}styleId") == "GWBody")
    ind = body.find(f"{W}pPr/{W}ind")
    chars = int(ind.get(f"{W}firstLineChars")) / 100
    assert int(ind.get(f"{W}firstLine")) == round(chars * copy.body_size_pt * 20)


@pytest.mark.parametrize("example", DRAFTS, ids=lambda p: p.stem)
def test_app_properties_name_speechdraft_with_true_counts(example: Path) -> None:
    app = parts(example)["docProps/app.xml"]
    assert app.find(f"{APP}Application").text.startswith("speechdraft")
    assert app.find(f"{APP}Pages") is None and app.find(f"{APP}Words") is None
    document = docx.Document(str(example))
    text = "".join(p.text for p in document.paragraphs)
    assert int(app.find(f"{APP}Characters").text) == sum(1 for c in text if not c.isspace())
    assert int(app.find(f"{APP}Paragraphs").text) == len(document.paragraphs)


@pytest.mark.parametrize("example", DRAFTS, ids=lambda p: p.stem)
def test_no_heading_wraps_leaving_a_character_or_breaking_a_word(example: Path) -> None:
    """A heading longer than its line is broken after a comma, and each of its lines fits."""
    copy = copy_of(example)
    per_line = layout.chars_per_line(copy)
    for paragraph in docx.Document(str(example)).paragraphs:
        if not paragraph.style.style_id.startswith("GWHeading") or paragraph.runs[-1:] == []:
            continue
        if any(r.font.highlight_color is not None for r in paragraph.runs):
            continue
        lines = paragraph.text.split("\n")
        if paragraph.style.style_id in ("GWHeading1", "GWHeading2") and len(lines) == 1:
            wrapped = text_width(lines[0]) + 2 - per_line
            assert wrapped <= 0 or wrapped > 2, paragraph.text  # never one stray character
        if len(lines) > 1:
            assert text_width(lines[0]) + 2 <= per_line and lines[0][-1] in "，；：、"
            assert text_width(lines[1]) <= per_line


def test_heading_lines_break_after_the_last_comma_that_fits() -> None:
    heading = "一、肯定成绩，正视差距，准确把握新时代教育发展面临的新形势新任务"
    lines = heading_lines(heading, 26, 28)
    assert lines == ["一、肯定成绩，正视差距，", "准确把握新时代教育发展面临的新形势新任务"]
    assert heading_lines("一、坚持底线思维", 26, 28) == ["一、坚持底线思维"]
    no_comma = "一" * 30
    assert heading_lines(no_comma, 26, 28) == [no_comma]  # left to the word processor


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "在2026年全县庆祝第42个教师节暨优秀教师表彰大会上的讲话",
            ["在2026年全县庆祝第42个教师节", "暨优秀教师表彰大会上的讲话"],
        ),
        (
            "在全市教育系统党风廉政建设和校园安全稳定工作会议上的讲话",
            ["在全市教育系统党风廉政建设和", "校园安全稳定工作会议上的讲话"],
        ),
        ("在2025年全县教育工作会议上的讲话", ["在2025年全县教育工作会议上的讲话"]),
    ],
)
def test_long_titles_break_at_phrase_boundaries_into_balanced_lines(
    title: str, expected: list[str]
) -> None:
    lines = title_lines(title)
    assert "".join(lines) == title
    assert all(text_width(line) <= 20 for line in lines)
    if len(expected) > 1 and "暨" in title:
        assert lines == expected
    assert len(lines) == len(expected)
    widths = [text_width(line) for line in lines]
    assert max(widths) - min(widths) <= 4  # balanced, not "…优秀教师 / 师 / 表彰大会"


def test_the_base_package_is_built_from_its_sources() -> None:
    """scripts/build_base.py gives the shipped base.docx byte for byte."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("build_base", ROOT / "scripts" / "build_base.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.build() == BASE_PACKAGE.read_bytes()
    assert module.build() == module.build()  # no dates or random order in the bytes


# --- output names -------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["讲话稿.doc", "讲话稿.wps", "讲话稿.md", "讲话稿"])
def test_unknown_output_extensions_are_refused_in_chinese(tmp_path: Path, name: str) -> None:
    from typer.testing import CliRunner

    from speechdraft.cli import app

    profile = str(ROOT / "profiles" / "county-leader-2025.yaml")
    result = CliRunner().invoke(app, ["render", profile, "-o", str(tmp_path / name)])
    assert result.exit_code == 2
    assert "不能生成这种文件" in result.output and ".docx" in result.output
    assert "Traceback" not in result.output
    assert list(tmp_path.iterdir()) == []


def test_a_pdf_target_without_libreoffice_is_refused_and_nothing_written(
    tmp_path: Path, monkeypatch
) -> None:
    from typer.testing import CliRunner

    import speechdraft.writers.pdf
    from speechdraft.cli import app

    monkeypatch.setattr(speechdraft.writers.pdf, "find_soffice", lambda: None)
    profile = str(ROOT / "profiles" / "county-leader-2025.yaml")
    result = CliRunner().invoke(app, ["render", profile, "-o", str(tmp_path / "讲话稿.pdf")])
    assert result.exit_code == 2
    assert "没有找到 LibreOffice" in result.output and "没有写入" in result.output
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(
    not __import__("shutil").which("soffice"), reason="LibreOffice is installed in CI"
)
def test_a_pdf_target_makes_a_pdf_and_only_a_pdf(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from speechdraft.cli import app

    profile = str(ROOT / "profiles" / "county-leader-2025.yaml")
    target = tmp_path / "讲话稿.pdf"
    result = CliRunner().invoke(app, ["render", profile, "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert target.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == ["讲话稿.pdf"]
    again = CliRunner().invoke(app, ["render", profile, "-o", str(target)])
    assert again.exit_code == 2 and "已经存在" in again.output  # never replaced by accident


def test_each_kind_of_mark_gets_its_colour() -> None:
    from speechdraft.document import Run
    from speechdraft.writers.docx import _highlight_of

    assert _highlight_of(Run("【待补：学校数（所）】", placeholder=True)) == "yellow"
    assert _highlight_of(Run("【建议：补充一个本地事例】")) == "green"
    assert _highlight_of(Run("××同志", placeholder=True)) == "yellow"
    assert _highlight_of(Run("全县教育工作")) is None


def test_text_with_xml_characters_survives_the_writer() -> None:
    import io

    from speechdraft.document import Document, Paragraph, Run
    from speechdraft.writers.docx import build_docx

    text = "R&D 投入 <3% 与 >5% 的学校 ]]> &amp;"
    document = Document("标题", (), (Paragraph((Run(text),)),))
    buffer = io.BytesIO()
    build_docx(document).save(buffer)
    paragraphs = [p.text for p in docx.Document(buffer).paragraphs]
    assert text in paragraphs


@pytest.mark.parametrize("example", DRAFTS, ids=lambda p: p.stem)
def test_no_part_carries_the_old_template(example: Path) -> None:
    """Every XML part parses, and none still speaks of python-docx's default template:
    its Western and Japanese faces, Japanese or US-only language, or Word for Mac."""
    for name, root in parts(example).items():
        xml = etree.tostring(root, encoding="unicode")
        for leftover in ("Calibri", "Cambria", "ＭＳ", "MS Mincho", "ja-JP", "Macintosh"):
            assert leftover not in xml, (name, leftover)
        for lang in root.iter(f"{W}lang"):
            assert lang.get(f"{W}eastAsia") in (None, "zh-CN"), name
