"""The departments' loop: checklist (.xlsx/.docx) → filled returns → collect → render.

Returns are filled programmatically as a department would (openpyxl, python-docx),
including contradicting and malformed ones; every file written is opened again.
"""

from __future__ import annotations

import datetime
import zipfile
from pathlib import Path

import docx
import openpyxl
import pytest
import yaml
from docx.oxml.ns import qn
from typer.testing import CliRunner

from speechdraft.cli import app
from speechdraft.phrasebank import load_phrasebank
from speechdraft.resources import builtin_templates_dir
from speechdraft.returns.checklist import (
    ACTUAL,
    NUMBER,
    PERCENT,
    TARGET,
    ChecklistRow,
    build_checklist,
    checklist_for_profile,
)
from speechdraft.returns.collect import normalise
from speechdraft.returns.form_docx import FORM_COLUMNS, twips
from speechdraft.returns.form_xlsx import (
    FIRST_ITEM_ROW,
    HEADER_ROW,
    KEY_COLUMN,
    SUMMARY_SHEET,
    VALUE_COLUMN,
)

BANK = load_phrasebank(builtin_templates_dir())

# A clerk's profile: comments of their own, blank facts still to be collected.
PROFILE_TEXT = """\
# 2026年全县教育工作会议 · 县长讲话（测试用）
# 办公室注：数据待各股室报送后补齐
kind: leader_speech
meeting:
  name: 全县教育工作会议
  date: 2026-03-10
region:
  level: county
  name: 青石县
speaker:
  title: 县人民政府县长  # 会前再核对一次职务
  name: 周明
review:
  problems:
    - 城区学位依然偏紧
targets:
  guideline: 坚持优先发展，推动县域教育提质增效
priorities:
  - area: 学前教育
    facts:
      普惠性幼儿园覆盖率: ""
  - 校园安全
"""


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def profile(tmp_path: Path) -> Path:
    path = tmp_path / "会议信息.yaml"
    path.write_text(PROFILE_TEXT, encoding="utf-8")
    return path


def fact_key(area: str, label: str, period: str = "target") -> str:
    spec = next(f for f in BANK.areas[area].facts if f.label == label)
    return f"priority:{area}:{spec.key}:{period}"


def percent_facts(area: str) -> list[str]:
    return [f.label for f in BANK.areas[area].facts if f.unit == "%"]


def count_facts(area: str) -> list[str]:
    return [f.label for f in BANK.areas[area].facts if f.unit != "%"]


def make_form(runner: CliRunner, profile: Path, out: Path) -> Path:
    result = runner.invoke(app, ["checklist", "--profile", str(profile), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


def fill_xlsx(form: Path, out: Path, values: dict[str, object]) -> Path:
    """A department's return: the form with its cells filled by item key."""
    workbook = openpyxl.load_workbook(form)
    for sheet in workbook.worksheets[1:]:
        for row in range(FIRST_ITEM_ROW, sheet.max_row + 1):
            key = sheet.cell(row, KEY_COLUMN).value
            if key in values:
                sheet.cell(row, VALUE_COLUMN).value = values[key]
                sheet.cell(row, VALUE_COLUMN + 1).value = "李红"
    workbook.save(out)
    return out


# --- the .xlsx form ----------------------------------------------------------------


def test_xlsx_form_has_a_sheet_per_department_and_is_protected(runner, profile, tmp_path):
    form = make_form(runner, profile, tmp_path / "清单.xlsx")
    workbook = openpyxl.load_workbook(form)
    checklist = checklist_for_profile(
        __import__("speechdraft.intake.profile", fromlist=["load_profile"])
        .load_profile(profile)
        .profile,
        BANK,
    )
    assert workbook.sheetnames[0] == SUMMARY_SHEET
    assert workbook.sheetnames[1:] == checklist.departments()
    total = 0
    for sheet in workbook.worksheets:
        top = " ".join(str(sheet.cell(r, 1).value or "") for r in range(1, HEADER_ROW))
        assert "全县教育工作会议" in top and "2026年" in top and "青石县" in top and "县级" in top
        headers = [sheet.cell(HEADER_ROW, c).value for c in range(1, KEY_COLUMN + 1)]
        assert headers[:11] == [
            "序号",
            "必填",
            "所属部分",
            "数据项",
            "口径说明",
            "单位",
            "上年实际/今年目标",
            "填写内容",
            "填报人",
            "联系电话",
            "截止时间",
        ]
        assert sheet.protection.sheet is True
        assert sheet.column_dimensions["L"].hidden
        rows = range(FIRST_ITEM_ROW, sheet.max_row + 1)
        for row in rows:
            for column in range(1, KEY_COLUMN + 1):
                locked = sheet.cell(row, column).protection.locked
                fill_column = column in (VALUE_COLUMN, VALUE_COLUMN + 1, VALUE_COLUMN + 2)
                expected_unlocked = fill_column and sheet.title != SUMMARY_SHEET
                assert locked is not expected_unlocked, (sheet.title, row, column)
            assert sheet.cell(row, 11).value == "2026年3月3日"  # a week before the meeting
        if sheet.title != SUMMARY_SHEET:
            total += len(rows)
            department = sheet.title
            keys = [sheet.cell(r, KEY_COLUMN).value for r in rows]
            assert keys == [r.key for r in checklist.rows() if r.source == department]
    assert total == len(checklist.rows())


def test_xlsx_validation_follows_the_unit(runner, profile, tmp_path):
    form = make_form(runner, profile, tmp_path / "清单.xlsx")
    workbook = openpyxl.load_workbook(form)
    rows = {r.key: r for r in checklist_rows(profile)}
    seen = {PERCENT: 0, NUMBER: 0}
    for sheet in workbook.worksheets[1:]:
        rules = sheet.data_validations.dataValidation
        for row in range(FIRST_ITEM_ROW, sheet.max_row + 1):
            item = rows[sheet.cell(row, KEY_COLUMN).value]
            cell = f"H{row}"
            covering = [rule for rule in rules if cell in rule.sqref]
            if item.value_type == PERCENT:
                assert [(r.type, r.formula1, r.formula2) for r in covering] == [
                    ("decimal", "0", "100")
                ]
                seen[PERCENT] += 1
            elif item.value_type == NUMBER:
                assert [(r.type, r.operator, r.formula1) for r in covering] == [
                    ("decimal", "greaterThanOrEqual", "0")
                ]
                seen[NUMBER] += 1
            else:
                assert covering == []
        assert all("0—100" in r.error or "数字" in r.error for r in rules)
    assert seen[PERCENT] >= 4 and seen[NUMBER] >= 2


def test_xlsx_summary_shows_the_departments_answers(runner, profile, tmp_path):
    form = make_form(runner, profile, tmp_path / "清单.xlsx")
    summary = openpyxl.load_workbook(form)[SUMMARY_SHEET]
    formulas = [
        summary.cell(r, VALUE_COLUMN).value for r in range(FIRST_ITEM_ROW, summary.max_row + 1)
    ]
    assert all(isinstance(f, str) and f.startswith("=IF(") and "!H" in f for f in formulas)
    assert "'基础教育股'!H" in " ".join(formulas)


def checklist_rows(profile: Path) -> list[ChecklistRow]:
    from speechdraft.intake.profile import load_profile

    return checklist_for_profile(load_profile(profile).profile, BANK).rows()


def test_every_fact_the_draft_can_use_is_on_the_form() -> None:
    for kind in ("leader_speech", "safety", "school_opening"):
        checklist = build_checklist(BANK, kind)
        keys = set(checklist.by_key())
        from speechdraft.compose.context import DEFAULT_SAFEGUARDS
        from speechdraft.intake.skeleton import DEFAULT_PRIORITIES

        for area in DEFAULT_PRIORITIES[kind]:
            for fact in BANK.areas[area].facts:
                assert any(k.startswith(f"priority:{area}:{fact.key}:") for k in keys)
        for guard in DEFAULT_SAFEGUARDS[kind]:
            for fact in BANK.safeguards[guard].facts:
                assert any(k.startswith(f"safeguard:{guard}:{fact.key}:") for k in keys)


def test_each_figure_says_last_years_actual_or_this_years_target() -> None:
    checklist = build_checklist(BANK, "work_report", ["义务教育", "学前教育"])
    figures = [r for r in checklist.rows() if r.is_figure]
    assert figures and all(r.period in (ACTUAL, TARGET) for r in figures)
    # 今年教育集团要达到{{ fact("edu_groups") }}: this year's target (at main 已组建的…, what
    # exists: round ae's F read 现有16个教育集团 of a profile whose review said 14)
    groups = next(r for r in figures if r.key == "priority:compulsory:edu_groups:target")
    assert groups.period == TARGET
    rate = [r for r in figures if r.item == percent_facts("preschool")[0]]
    assert sorted(r.period for r in rate) == sorted([ACTUAL, TARGET])  # baseline and aim


# --- the .docx form ----------------------------------------------------------------


def test_docx_form_grid_matches_the_cells_header_repeats_rows_never_split(
    runner, profile, tmp_path
):
    form = make_form(runner, profile, tmp_path / "清单.docx")
    document = docx.Document(str(form))
    assert document.tables
    widths = [twips(c.width_mm) for c in FORM_COLUMNS]
    assert sum(c.width_mm for c in FORM_COLUMNS) == 257  # A4 landscape between 20 mm margins
    section = document.sections[0]
    assert section.page_width > section.page_height
    for table in document.tables:
        tbl = table._tbl
        grid = [int(c.get(qn("w:w"))) for c in tbl.tblGrid.findall(qn("w:gridCol"))]
        assert grid == widths
        assert tbl.tblPr.find(qn("w:tblLayout")).get(qn("w:type")) == "fixed"
        assert tbl.tblPr.find(qn("w:tblStyle")).get(qn("w:val")) == "GWFormTable"
        for index, row in enumerate(table.rows):
            cells = [int(tc.tcPr.find(qn("w:tcW")).get(qn("w:w"))) for tc in row._tr.tc_lst]
            assert cells == grid
            tr_pr = row._tr.trPr
            assert tr_pr.find(qn("w:cantSplit")) is not None
            assert (tr_pr.find(qn("w:tblHeader")) is not None) == (index == 0)
            if index:
                height = tr_pr.find(qn("w:trHeight"))
                assert height.get(qn("w:hRule")) == "atLeast"
                assert int(height.get(qn("w:val"))) >= twips(10)
            for cell in row.cells:
                style = cell.paragraphs[0]._p.pPr.find(qn("w:pStyle")).get(qn("w:val"))
                assert style in ("GWFormCell", "GWFormHead")  # not the page-number style
    text = "\n".join(p.text for p in document.paragraphs)
    assert "全县教育工作会议" in text and "青石县" in text and "不填则" not in text


@pytest.mark.skipif(
    not (__import__("shutil").which("soffice") and __import__("shutil").which("pdftotext")),
    reason="LibreOffice (soffice) and poppler-utils are needed",
)
def test_docx_form_in_libreoffice_items_wrap_at_most_three_lines(runner, tmp_path):
    """The form as a department prints it: converted by LibreOffice, every 数据项 cell
    takes at most 3 lines and the longest default checklist fits in the pages expected."""
    import subprocess

    from lxml import etree

    form = tmp_path / "清单.docx"
    args = ["checklist", "--kind", "work_report", "-o", str(form)]
    assert runner.invoke(app, args).exit_code == 0
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(form)],
        check=True,
        capture_output=True,
        timeout=180,
    )
    pdf = tmp_path / "清单.pdf"
    html = subprocess.run(
        ["pdftotext", "-bbox-layout", str(pdf), "-"], check=True, capture_output=True
    ).stdout
    root = etree.fromstring(html, etree.HTMLParser())
    pages = root.findall(".//page")
    rows = len(build_checklist(BANK, "work_report").rows())
    # 10 mm rows (25 mm for prose) on 172 mm of landscape page: about 9 rows a page.
    assert len(pages) <= rows // 6 + 1, (len(pages), rows)
    point = 72 / 25.4  # pdftotext measures in points from the page's left edge
    margin, serial_width, mark_width, item_width = 20, 10, 10, 44  # mm, as FORM_COLUMNS
    left = (margin + serial_width + mark_width) * point
    right = left + item_width * point
    worst = 0
    for page in pages:
        lines = [
            (float(line.get("ymin")), float(line.get("xmin")), "".join(line.itertext()).strip())
            for line in page.iter("line")
        ]
        serials = sorted(
            y for y, x, t in lines if x < 20 * point + 20 * point * 0.5 and t.isdigit()
        )
        column = [(y, t) for y, x, t in lines if left - 2 <= x < right - 4]
        for top, bottom in zip(serials, serials[1:] + [1e9], strict=True):
            in_row = [t for y, t in column if top - 2 <= y < bottom - 2]
            worst = max(worst, len(in_row))
    assert 1 <= worst <= 3, worst


# --- collect -----------------------------------------------------------------------


def fill_docx(form: Path, out: Path, values: dict[tuple[str, str], str]) -> Path:
    """A return filled in Word: 填写内容 by (数据项, 上年实际/今年目标)."""
    document = docx.Document(str(form))
    for table in document.tables:
        for row in table.rows[1:]:
            cells = row.cells
            wanted = values.get((cells[2].text, cells[5].text))
            if wanted is not None:
                cells[6].text = wanted
                cells[7].text = "安全稳定股"
    document.save(str(out))
    return out


def test_collect_fills_a_new_profile_traced_and_rendered(runner, profile, tmp_path):
    form_x = make_form(runner, profile, tmp_path / "清单.xlsx")
    form_d = make_form(runner, profile, tmp_path / "清单.docx")
    rate, share = percent_facts("preschool")[:2]
    new_parks = count_facts("preschool")[0]
    guard_rate, _, canteen = [f.label for f in BANK.areas["safety"].facts]
    hazards = count_facts("safety")[0]
    meetings = BANK.safeguards["organization"].facts[0]
    meetings_key = f"safeguard:organization:{meetings.key}:target"
    basic = fill_xlsx(
        form_x,
        tmp_path / "基础教育股.xlsx",
        {
            fact_key("preschool", rate, "actual"): 88.5,
            fact_key("preschool", rate): "91.50",  # typed as text: kept as typed
            fact_key("preschool", share, "actual"): 63,
            fact_key("preschool", share): 58,  # below last year's actual: a decline
            "general:speaker.name": "周明",
            meetings_key: "若干次",  # text in a number cell
        },
    )
    planning = fill_xlsx(
        form_x,
        tmp_path / "发展规划股.xlsx",
        {fact_key("preschool", new_parks): 4, fact_key("preschool", share): 60},
    )
    safety = fill_docx(
        form_d,
        tmp_path / "安全稳定股.docx",
        {
            (guard_rate, "今年目标"): "100%",
            (hazards, "今年目标"): "-3",  # a negative count cannot be right
            (canteen, "今年目标"): "0.92",  # a share written as a fraction
        },
    )
    result = runner.invoke(
        app, ["collect", str(basic), str(planning), str(safety), "--profile", str(profile)]
    )
    assert result.exit_code == 1, result.output  # the clerk has decisions to make
    out = tmp_path / "会议信息.已汇总.yaml"
    assert out.is_file()
    assert profile.read_text(encoding="utf-8") == PROFILE_TEXT  # the original untouched
    report = result.output
    assert "【基础教育股】" in report and "【安全稳定科（股）】" in report
    assert f"“{share}”（今年目标） 各回表不一致" in report and "58" in report and "60" in report
    assert "-3" in report and "不能是负数" in report
    assert "0.92" in report and "百分比应写成 92" in report
    assert "未填写（必填）" in report
    assert f"“{meetings.label}”（今年目标）" in report and "“若干次”：这一栏应填数字" in report
    # the new profile: the clerk's comments kept, each figure traced beside it
    text = out.read_text(encoding="utf-8")
    assert "# 办公室注：数据待各股室报送后补齐" in text and "# 会前再核对一次职务" in text
    assert f"{rate}: '91.50'  # 来源：基础教育股 · 基础教育股.xlsx · 基础教育股!H" in text
    assert f"{guard_rate}: 100  # 来源：安全稳定股 · 安全稳定股.docx · 表" in text
    data = yaml.safe_load(text)
    preschool = data["priorities"][0]
    assert preschool["facts"][rate] == "91.50" and preschool["facts"][new_parks] == 4
    assert share not in preschool["facts"]  # contradicting returns: left for the clerk
    safety_entry = data["priorities"][1]
    assert safety_entry["area"] == "校园安全" and hazards not in safety_entry["facts"]
    review = {a["area"]: a for a in data["review"]["achievements"]}
    assert review[BANK.areas["preschool"].label]["figures"][rate] == "88.5%"
    sources = data["sources"]
    assert sources[f"priorities/{BANK.areas['preschool'].label}/{rate}"] == {
        "value": "91.50%",
        "department": "基础教育股",
        "file": "基础教育股.xlsx",
        "place": sources[f"priorities/{BANK.areas['preschool'].label}/{rate}"]["place"],
    }
    # render: every collected figure is in the draft with its unit
    draft = tmp_path / "稿.txt"
    rendered = runner.invoke(app, ["render", str(out), "-o", str(draft)])
    assert rendered.exit_code == 0, rendered.output
    speech = draft.read_text(encoding="utf-8")
    for figure in ("91.50%", "88.5%", "4所", "100%"):
        assert figure in speech, figure
    # the review copy names each figure's department and cell in a Word comment
    review_copy = tmp_path / "审阅稿.docx"
    args = ["render", str(out), "--copy", "review", "-o", str(review_copy)]
    assert runner.invoke(app, args).exit_code == 0
    reopened = docx.Document(str(review_copy))
    comments = [c.text for c in reopened.comments]
    assert any(f"{rate}：基础教育股报送（基础教育股.xlsx · 基础教育股!H" in c for c in comments)
    assert any(f"{new_parks}：发展规划股报送" in c for c in comments)
    with zipfile.ZipFile(review_copy) as package:
        body = package.read("word/document.xml").decode("utf-8")
        parts = {name: package.read(name) for name in package.namelist() if name.endswith(".xml")}
    assert body.count("commentRangeStart") == len(comments) >= 4
    from lxml import etree

    from test_real_client import order_problems  # the schema's child order, as Word checks it

    problems = [
        p for name, xml in parts.items() for p in order_problems(etree.fromstring(xml), name)
    ]
    assert problems == []


def test_a_target_below_last_years_actual_is_shown_but_written(runner, profile, tmp_path):
    form = make_form(runner, profile, tmp_path / "清单.xlsx")
    rate = percent_facts("preschool")[0]
    values = {fact_key("preschool", rate, "actual"): 95, fact_key("preschool", rate): 90}
    filled = fill_xlsx(form, tmp_path / "回表.xlsx", values)
    result = runner.invoke(app, ["collect", str(filled), "--profile", str(profile)])
    assert result.exit_code == 1
    assert f"请核实（必填）：{rate} 的今年目标（90%）比上年实际（95%）低" in result.output
    data = yaml.safe_load((tmp_path / "会议信息.已汇总.yaml").read_text(encoding="utf-8"))
    assert data["priorities"][0]["facts"][rate] == 90


def test_a_second_round_of_returns_updates_the_collected_profile(runner, profile, tmp_path):
    form = make_form(runner, profile, tmp_path / "清单.xlsx")
    rate = percent_facts("preschool")[0]
    first = fill_xlsx(form, tmp_path / "第一轮.xlsx", {fact_key("preschool", rate): 90})
    runner.invoke(app, ["collect", str(first), "--profile", str(profile)])
    collected = tmp_path / "会议信息.已汇总.yaml"
    second = fill_xlsx(form, tmp_path / "第二轮.xlsx", {fact_key("preschool", rate): 97})
    out = tmp_path / "第二轮.yaml"
    args = ["collect", str(second), "--profile", str(collected), "-o", str(out)]
    result = runner.invoke(app, args)
    assert "原为“90”，已改为回表的“97”" in result.output
    text = out.read_text(encoding="utf-8")
    assert text.count("# 数据来源：") == 1 and text.count("来源：基础教育股 · 第二轮.xlsx") == 1
    assert "第一轮.xlsx" not in text  # the figure and its source moved on together
    assert yaml.safe_load(text)["priorities"][0]["facts"][rate] == 97


def test_a_cell_excel_shows_as_a_percentage_is_read_as_typed(runner, profile, tmp_path):
    """A department types 93.5% into the cell: Excel keeps 0.935 formatted as 0.0%."""
    form = make_form(runner, profile, tmp_path / "清单.xlsx")
    rate = percent_facts("preschool")[0]
    workbook = openpyxl.load_workbook(form)
    sheet = workbook["基础教育股"]
    row = next(
        r
        for r in range(FIRST_ITEM_ROW, sheet.max_row + 1)
        if sheet.cell(r, KEY_COLUMN).value == fact_key("preschool", rate)
    )
    sheet.cell(row, VALUE_COLUMN).value = 0.935
    sheet.cell(row, VALUE_COLUMN).number_format = "0.0%"
    workbook.save(tmp_path / "回表.xlsx")
    runner.invoke(app, ["collect", str(tmp_path / "回表.xlsx"), "--profile", str(profile)])
    data = yaml.safe_load((tmp_path / "会议信息.已汇总.yaml").read_text(encoding="utf-8"))
    assert data["priorities"][0]["facts"][rate] == 93.5


def test_collect_never_overwrites_without_force(runner, profile, tmp_path):
    form = make_form(runner, profile, tmp_path / "清单.xlsx")
    rate = percent_facts("preschool")[0]
    filled = fill_xlsx(form, tmp_path / "回表.xlsx", {fact_key("preschool", rate): 93})
    out = tmp_path / "新.yaml"
    out.write_text("# 别人的文件\n", encoding="utf-8")
    refused = runner.invoke(
        app, ["collect", str(filled), "--profile", str(profile), "-o", str(out)]
    )
    assert refused.exit_code == 2 and "已经存在" in refused.output and "--force" in refused.output
    assert out.read_text(encoding="utf-8") == "# 别人的文件\n"
    forced = runner.invoke(
        app, ["collect", str(filled), "--profile", str(profile), "-o", str(out), "--force"]
    )
    assert forced.exit_code == 1  # required items are still empty
    assert yaml.safe_load(out.read_text(encoding="utf-8"))["priorities"][0]["facts"][rate] == 93


def test_collect_names_every_unreadable_return_and_writes_nothing(runner, profile, tmp_path):
    broken = tmp_path / "坏表.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a workbook")
    missing = tmp_path / "没有这个.xlsx"
    old_word = tmp_path / "旧表.doc"
    old_word.write_bytes(b"\xd0\xcf\x11\xe0")
    result = runner.invoke(
        app, ["collect", str(broken), str(missing), str(old_word), "--profile", str(profile)]
    )
    assert result.exit_code == 2
    for name in ("坏表.xlsx", "没有这个.xlsx", "旧表.doc"):
        assert name in result.output
    assert "另存为 .xlsx 或 .docx" in result.output and "Traceback" not in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["会议信息.yaml", "坏表.xlsx", "旧表.doc"]
    )


def test_a_return_that_unpacks_too_far_is_refused_unread(runner, profile, tmp_path, monkeypatch):
    """A zip bomb named .xlsx: its unpacked size is checked before any XML is parsed (the
    limit is lowered here so the test needs no 200 MB)."""
    from speechdraft.returns import reading

    monkeypatch.setattr(reading, "MAX_UNPACKED_BYTES", 1024 * 1024)
    bomb = tmp_path / "回表.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("xl/worksheets/sheet1.xml", b"\0" * (3 * 1024 * 1024))
    assert bomb.stat().st_size < 64 * 1024
    result = runner.invoke(app, ["collect", str(bomb), "--profile", str(profile)])
    assert result.exit_code == 2 and "解压后超过 1 MB" in result.output


def test_collect_reports_rows_that_match_nothing(runner, profile, tmp_path):
    form = make_form(runner, profile, tmp_path / "清单.xlsx")
    workbook = openpyxl.load_workbook(form)
    sheet = workbook["基础教育股"]
    extra = sheet.max_row + 1
    sheet.cell(extra, 4).value = "研学旅行基地数"
    sheet.cell(extra, VALUE_COLUMN).value = 7
    sheet.cell(extra, KEY_COLUMN).value = "priority:study_tours:bases:target"
    workbook.save(tmp_path / "回表.xlsx")
    result = runner.invoke(app, ["collect", str(tmp_path / "回表.xlsx"), "--profile", str(profile)])
    assert result.exit_code == 1
    assert "对不上清单" in result.output and "“研学旅行基地数”，填了“7”" in result.output


def test_a_hand_edited_figure_keeps_its_source_but_says_it_changed(runner, profile, tmp_path):
    form = make_form(runner, profile, tmp_path / "清单.xlsx")
    rate = percent_facts("preschool")[0]
    filled = fill_xlsx(form, tmp_path / "回表.xlsx", {fact_key("preschool", rate): 93})
    runner.invoke(app, ["collect", str(filled), "--profile", str(profile)])
    collected = tmp_path / "会议信息.已汇总.yaml"
    edited = collected.read_text(encoding="utf-8").replace(f"{rate}: 93", f"{rate}: 94")
    collected.write_text(edited, encoding="utf-8")
    review_copy = tmp_path / "审阅稿.docx"
    args = ["render", str(collected), "--copy", "review", "-o", str(review_copy)]
    assert runner.invoke(app, args).exit_code == 0
    comments = [c.text for c in docx.Document(str(review_copy)).comments]
    assert any("原报93%" in c and "现为94%" in c for c in comments), comments


@pytest.mark.parametrize(
    ("value", "percent_format", "expected"),
    [
        ("91.50", False, ("91.50", "")),
        ("91.5%", False, ("91.5", "")),
        ("９１．５", False, ("91.5", "")),
        (0.915, True, ("91.5", "")),
        (88, False, ("88", "")),
    ],
)
def test_percentages_are_kept_as_typed(value, percent_format, expected) -> None:
    item = ChecklistRow("覆盖率", "%", "基础教育股", True, "k", TARGET, "", PERCENT)
    assert normalise(value, item, percent_format) == expected


@pytest.mark.parametrize(
    ("value", "unit", "kind", "problem"),
    [
        (0.92, "%", PERCENT, "百分比应写成 92"),
        (192, "%", PERCENT, "不能超过100"),
        (-3, "所", NUMBER, "不能是负数"),
        ("约三成", "%", PERCENT, "应填数字"),
        ("若干", "所", NUMBER, "应填数字（单位是所"),
    ],
)
def test_values_that_cannot_be_right(value, unit, kind, problem) -> None:
    item = ChecklistRow("某项", unit, "某股", True, "k", TARGET, "", kind)
    text, why = normalise(value, item)
    assert text == "" and problem in why


def test_counts_keep_their_unit_and_scale() -> None:
    item = ChecklistRow("新增学位数", "个", "发展规划股", True, "k", TARGET, "", NUMBER)
    assert normalise("1.2万", item) == ("1.2万个", "")
    assert normalise("2,160个", item) == ("2160", "")
    assert normalise(datetime.date(2026, 6, 30), item)[1]  # a date is not a count


def test_init_and_the_form_agree_and_a_full_return_leaves_no_fact_to_fill(runner, tmp_path):
    """init's blank facts are exactly the form's required targets; filling every required
    item and collecting leaves the draft with no fact placeholder."""
    profile = tmp_path / "会议信息.yaml"
    args = ["init", "--kind", "leader_speech", "--level", "county", "-o", str(profile)]
    assert runner.invoke(app, args).exit_code == 0
    data = yaml.safe_load(profile.read_text(encoding="utf-8"))
    blank = {
        (entry["area"], label)
        for entry in data["priorities"]
        for label, value in entry["facts"].items()
        if value == ""
    }
    form = make_form(runner, profile, tmp_path / "清单.xlsx")
    rows = checklist_rows(profile)
    required = {
        (BANK.areas[r.key.split(":")[1]].label, r.item)
        for r in rows
        if r.key.startswith("priority:") and r.required and r.is_figure
    }
    assert blank == required and blank
    values: dict[str, object] = {}
    for row in rows:
        if row.required:
            values[row.key] = {PERCENT: 96.5, NUMBER: 12}.get(row.value_type, "按期完成各项任务")
    filled = fill_xlsx(form, tmp_path / "回表.xlsx", values)
    result = runner.invoke(app, ["collect", str(filled), "--profile", str(profile)])
    assert result.exit_code == 0, result.output  # nothing left for the clerk to decide
    draft = tmp_path / "稿.txt"
    collected = tmp_path / "会议信息.已汇总.yaml"
    assert runner.invoke(app, ["render", str(collected), "-o", str(draft)]).exit_code == 0
    speech = draft.read_text(encoding="utf-8")
    assert "96.5%" in speech
    for _, label in required:
        assert f"待补：{label}" not in speech, label


def test_checklist_refuses_a_format_it_cannot_write(runner, tmp_path):
    result = runner.invoke(app, ["checklist", "-o", str(tmp_path / "清单.pdf")])
    assert result.exit_code == 2 and ".xlsx、.docx 或 .txt" in result.output
    assert list(tmp_path.iterdir()) == []
