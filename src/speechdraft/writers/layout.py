"""The GB/T 9704 print layout as one spec: page, fonts, sizes, spacing (all numbers here)."""

from __future__ import annotations

from dataclasses import dataclass

# Page in twips (1/20 pt): A4, margins 37/26/35/28 mm (top/right/bottom/left).
PAGE_WIDTH = 11906
PAGE_HEIGHT = 16838
MARGIN_TOP = 2098
MARGIN_RIGHT = 1474
MARGIN_BOTTOM = 1984
MARGIN_LEFT = 1587
FOOTER_DISTANCE = 1429  # puts the 一字线 about 7 mm below the text area
LINE_PITCH = 579  # floor(12756 / 22): 22 lines of 28.95 pt
# −0.3 pt, so 28 characters of 16 pt fit in 442.25 pt (28 × 15.7 = 439.6; 29 would need
# 455.3). −0.25 pt also gives 28, but LibreOffice 7.4 then drops the punctuation mark that
# hangs after a full justified line (docs/LAYOUT-notes.md); −0.3 pt keeps every mark.
CHAR_CONDENSE = -6

BODY_SIZE_PT = 16  # 3号
TITLE_SIZE_PT = 22  # 2号
PAGE_NUMBER_SIZE_PT = 14  # 4号
FIRST_LINE_CHARS = 200  # 2 characters, in hundredths of a character
FIRST_LINE_TWIPS = 640  # the same indent in twips at 3号, for readers that ignore *Chars
TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT  # 8845 twips = 442.25 pt
PAGE_NUMBER_INDENT = 280  # 空一字 at 4号


@dataclass(frozen=True)
class FontPreset:
    title: str
    title_bold: bool
    kai: str  # speaker/date lines, level 2 headings
    body: str  # body text, level 3 and 4
    hei: str  # level 1 headings
    page_number: str


FONT_PRESETS: dict[str, FontPreset] = {
    "gov": FontPreset("方正小标宋简体", False, "楷体_GB2312", "仿宋_GB2312", "黑体", "宋体"),
    "windows": FontPreset("宋体", True, "楷体", "仿宋", "黑体", "宋体"),
}


@dataclass(frozen=True)
class StyleSpec:
    """One named paragraph style of the draft."""

    style_id: str  # stable ASCII id
    name: str  # the Chinese name users see in Word's style pane
    font_role: str  # attribute of FontPreset
    size_pt: float
    bold: bool = False
    align: str = "both"  # both | center | left | right
    first_line_indent: bool = True
    outline_level: int | None = None  # 0-based, as w:outlineLvl
    keep_next: bool = False
    snap_to_grid: bool = True


STYLES: tuple[StyleSpec, ...] = (
    StyleSpec(
        "GWTitle",
        "讲话稿-标题",
        "title",
        TITLE_SIZE_PT,
        align="center",
        first_line_indent=False,
        snap_to_grid=False,
        keep_next=True,
    ),
    StyleSpec(
        "GWMeta",
        "讲话稿-署名日期",
        "kai",
        BODY_SIZE_PT,
        align="center",
        first_line_indent=False,
        keep_next=True,
    ),
    StyleSpec("GWSalutation", "讲话稿-称呼", "body", BODY_SIZE_PT, first_line_indent=False),
    StyleSpec("GWBody", "讲话稿-正文", "body", BODY_SIZE_PT),
    StyleSpec(
        "GWHeading1", "讲话稿-一级标题", "hei", BODY_SIZE_PT, outline_level=0, keep_next=True
    ),
    StyleSpec(
        "GWHeading2", "讲话稿-二级标题", "kai", BODY_SIZE_PT, outline_level=1, keep_next=True
    ),
    StyleSpec("GWHeading3", "讲话稿-三级标题", "body", BODY_SIZE_PT, bold=True, outline_level=2),
    StyleSpec("GWHeading4", "讲话稿-四级标题", "body", BODY_SIZE_PT, outline_level=3),
)

HEADING_STYLE_IDS = {1: "GWHeading1", 2: "GWHeading2", 3: "GWHeading3", 4: "GWHeading4"}


@dataclass(frozen=True)
class CopySpec:
    """What differs between the printed draft, the review copy and the reading copy."""

    name: str
    label: str
    body_size_pt: float = BODY_SIZE_PT
    line_pitch: int = LINE_PITCH
    condense: int = CHAR_CONDENSE
    body_bold: bool = False
    line_numbers: bool = False
    header: str = ""  # {date} is the generation date
    warn_placeholders: bool = False  # a header saying how many 【待补】 are left


COPIES: dict[str, CopySpec] = {
    "draft": CopySpec("draft", "讲话稿（GB/T 9704 版式）"),
    "review": CopySpec(
        "review", "审阅稿（行号、讨论稿页眉）", line_numbers=True, header="讨论稿　{date}生成"
    ),
    # The speaker reads aloud from it: 小二-sized bold text on a 36 pt pitch, nothing else.
    "reading": CopySpec(
        "reading",
        "念稿版（大字）",
        body_size_pt=18,
        line_pitch=720,
        condense=-3,  # −0.15 pt: 24 characters a line, and LibreOffice keeps every mark
        body_bold=True,
        warn_placeholders=True,
    ),
}


def first_line_twips(copy: CopySpec) -> int:
    """Two characters of the copy's body size, so firstLine agrees with firstLineChars."""
    return round(FIRST_LINE_CHARS / 100 * copy.body_size_pt * 20)


def chars_per_line(copy: CopySpec) -> int:
    """Full-width characters on one line of the copy's text width."""
    advance = copy.body_size_pt * 20 + copy.condense  # twips
    return int(TEXT_WIDTH // advance)


# What clerks call each copy, besides its label's first word (审阅稿, 念稿版).
COPY_NAMES: dict[str, tuple[str, ...]] = {
    "draft": ("正式稿", "正式版", "讲话稿", "打印稿"),
    "review": ("讨论稿", "审阅版", "征求意见稿"),
    "reading": ("念稿", "大字版", "大字稿"),
}
