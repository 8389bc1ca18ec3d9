"""The checklist → profile → draft → paper workflow: init, new, schema, checklist, copies, PDF, batch."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import docx
import jsonschema
import pytest
import yaml
from docx.enum.text import WD_COLOR_INDEX
from docx.oxml.ns import qn
from typer.testing import CliRunner

from speechdraft.cli import app
from speechdraft.genre import KINDS, LEVELS
from speechdraft.intake.yamlfile import ProfileLoader
from speechdraft.phrasebank import load_phrasebank
from speechdraft.resources import builtin_templates_dir

ROOT = Path(__file__).resolve().parents[1]
BANK = load_phrasebank(builtin_templates_dir())


def load_for_schema(path: Path):
    return yaml.load(path.read_text(encoding="utf-8"), Loader=ProfileLoader)


def schema_from_cli(runner: CliRunner) -> dict:
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_schema_is_valid_and_accepts_every_example(runner) -> None:
    schema = schema_from_cli(runner)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    for profile in sorted((ROOT / "profiles").glob("*.yaml")):
        errors = list(validator.iter_errors(load_for_schema(profile)))
        assert errors == [], f"{profile.name}: {errors[0].message if errors else ''}"
    assert schema["properties"]["kind"]["description"].startswith("讲话类型")


@pytest.mark.parametrize(
    "broken",
    [{"kind": "speech"}, {"speaker": {"title": "书记", "nmae": "x"}}, {"duration_minutes": "二十"}],
)
def test_schema_rejects_broken_profiles(runner, broken: dict) -> None:
    validator = jsonschema.Draft202012Validator(schema_from_cli(runner))
    data = load_for_schema(ROOT / "profiles" / "county-leader-2025.yaml")
    data.update(broken)
    assert list(validator.iter_errors(data))


def test_schema_to_file(runner, tmp_path: Path) -> None:
    out = tmp_path / "profile.schema.json"
    assert runner.invoke(app, ["schema", "-o", str(out)]).exit_code == 0
    assert json.loads(out.read_text(encoding="utf-8"))["title"] == "speechdraft 会议信息文件"
    again = runner.invoke(app, ["schema", "-o", str(out)])
    assert again.exit_code == 2 and "--force" in again.output


@pytest.mark.parametrize("kind", sorted(KINDS))
@pytest.mark.parametrize("level", ["county", "city", "province", "town"])
def test_init_writes_a_commented_profile_that_validates_and_renders(
    runner, tmp_path, kind, level
) -> None:
    out = tmp_path / "new.yaml"
    result = runner.invoke(app, ["init", "--kind", kind, "--level", level, "-o", str(out)])
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=profile.schema.json")
    assert (tmp_path / "profile.schema.json").is_file()
    lines = text.splitlines()
    for index, line in enumerate(lines):
        key = re.match(r"^\s*(?:- )?([a-z_]+):", line)
        if key and not line.lstrip().startswith("#"):
            above = lines[index - 1].strip()
            assert above.startswith("#") or lines[index - 1].strip().startswith("- "), line
    assert runner.invoke(app, ["validate", str(out)]).exit_code == 0
    rendered = runner.invoke(app, ["render", str(out)])
    assert rendered.exit_code == 0, rendered.output
    text = docx_text(tmp_path / "new.docx")
    assert LEVELS[level].all in text or LEVELS[level].our in text or LEVELS[level].party in text


def test_init_refuses_unknown_kind_with_a_suggestion(runner, tmp_path) -> None:
    result = runner.invoke(app, ["init", "--kind", "leader_speach", "-o", str(tmp_path / "x.yaml")])
    assert result.exit_code == 2
    assert "leader_speech" in result.output and "Traceback" not in result.output
    assert not (tmp_path / "x.yaml").exists()


def test_new_questionnaire_with_piped_answers(runner, tmp_path) -> None:
    out = tmp_path / "q.yaml"
    # the content questions (agenda, achievements, problems, guideline, targets) left empty,
    # then every fact of the three areas left blank
    answers = (
        "2\n4\n清源市\n2026-02-26\n市教育局局长\n宋雅琴\n30\n"
        + "\n" * 5
        + "学前教育，校园安全，教育数字化\n"
        + "\n" * 20
    )
    result = runner.invoke(app, ["new", "-o", str(out)], input=answers)
    assert result.exit_code == 0, result.output
    data = load_for_schema(out)
    assert data["kind"] == "work_report" and data["region"] == {"level": "city", "name": "清源市"}
    assert data["speaker"] == {"title": "市教育局局长", "name": "宋雅琴"}
    assert data["duration_minutes"] == 30 and data["meeting"]["date"] == "2026-02-26"
    assert [p["area"] for p in data["priorities"]] == [
        "学前教育普及普惠",
        "校园安全与平安校园建设",
        "教育数字化",
    ]
    assert "普惠性幼儿园覆盖率" in data["priorities"][0]["facts"]
    assert runner.invoke(app, ["validate", str(out)]).exit_code == 0


def test_new_cancelled_midway_writes_nothing(runner, tmp_path) -> None:
    out = tmp_path / "q.yaml"
    result = runner.invoke(
        app, ["new", "-o", str(out)], input="2\n4\n"
    )  # input ends: like Ctrl-D/C
    assert result.exit_code == 2
    assert "已取消" in result.output
    assert list(tmp_path.iterdir()) == []


def docx_text(path: Path) -> str:
    return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)


def test_checklist_lists_every_fact_of_the_chosen_areas(runner, tmp_path) -> None:
    out = tmp_path / "清单.docx"
    result = runner.invoke(
        app,
        [
            "checklist",
            "--kind",
            "leader_speech",
            "--priorities",
            "学前教育,项目建设",
            "-o",
            str(out),
        ],
    )
    assert result.exit_code == 0, result.output
    document = docx.Document(str(out))
    cells = [[c.text for c in row.cells] for table in document.tables for row in table.rows]
    items = {(row[2], row[5]): row for row in cells}
    for key in ("preschool", "projects"):
        for fact in BANK.areas[key].facts:
            row = next(r for (label, _), r in items.items() if label == fact.label)
            assert row[4] == fact.unit and row[5] in ("上年实际", "今年目标")
            assert row[6] == ""  # 填写内容: left for the department
    targets = [r for (label, period), r in items.items() if period == "今年目标"]
    assert all(r[1] in ("★", "") for r in targets)
    assert items[("普惠性幼儿园覆盖率", "今年目标")][1] == "★"
    assert items[("普惠性幼儿园覆盖率", "上年实际")][1] == ""
    assert "讲话人姓名" in {label for label, _ in items}
    text = "\n".join(p.text for p in document.paragraphs) + "".join(map(str, cells))
    assert "不填则在稿中留出" not in text  # notes for the clerk stay off the form
    headers = {tuple(c.text for c in t.rows[0].cells) for t in document.tables}
    assert headers == {
        (
            "序号",
            "必填",
            "数据项",
            "口径说明",
            "单位",
            "上年实际/今年目标",
            "填写内容",
            "填报单位",
            "联系人及电话",
            "截止时间",
        )
    }
    style = document.styles["材料清单-表格文字"].element.rPr.find(qn("w:rFonts"))
    assert style.get(qn("w:eastAsia")) == "仿宋_GB2312"


def test_checklist_unknown_area_is_refused_with_a_suggestion(runner, tmp_path) -> None:
    result = runner.invoke(
        app, ["checklist", "--priorities", "研学旅行", "-o", str(tmp_path / "x.docx")]
    )
    assert result.exit_code == 2
    assert "没有“研学旅行”" in result.output and "Traceback" not in result.output
    assert not (tmp_path / "x.docx").exists()


def test_checklist_as_text(runner, tmp_path) -> None:
    out = tmp_path / "清单.txt"
    assert runner.invoke(app, ["checklist", "--kind", "safety", "-o", str(out)]).exit_code == 0
    text = out.read_text(encoding="utf-8")
    assert "中小学幼儿园专职保安员配备达标率（%）" in text and "★" in text


def without_facts(tmp_path: Path) -> Path:
    """The county example with its priorities' facts left out, as a first round of a
    profile looks before the departments answer: its draft carries 【待补】 marks."""
    data = yaml.safe_load((ROOT / "profiles" / "county-leader-2025.yaml").read_text("utf-8"))
    for priority in data["priorities"]:
        if isinstance(priority, dict):
            priority.pop("facts", None)
    path = tmp_path / "first-round.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def render(runner, tmp_path: Path, *extra: str) -> Path:
    out = tmp_path / "draft.docx"
    result = runner.invoke(
        app,
        [
            "render",
            str(without_facts(tmp_path)),
            "-o",
            str(out),
            "--force",
            *extra,
        ],
    )
    assert result.exit_code == 0, result.output
    return out


def test_review_copy_has_line_numbers_header_and_highlights(runner, tmp_path) -> None:
    document = docx.Document(str(render(runner, tmp_path, "--copy", "review")))
    section = document.sections[0]
    numbers = section._sectPr.find(qn("w:lnNumType"))
    assert numbers is not None and numbers.get(qn("w:restart")) == "newPage"
    assert (
        "讨论稿" in section.header.paragraphs[0].text
        and "生成" in section.header.paragraphs[0].text
    )
    assert "讨论稿" in section.even_page_header.paragraphs[0].text
    highlighted = [
        r
        for p in document.paragraphs
        for r in p.runs
        if r.font.highlight_color == WD_COLOR_INDEX.YELLOW
    ]
    assert highlighted


def test_reading_copy_is_large_bold_and_warns_about_every_placeholder(runner, tmp_path) -> None:
    """A speaker reads it aloud: every 【待补】 is highlighted, the header counts them and
    the command warns, so nobody says “待补” to the meeting."""
    out = tmp_path / "draft.docx"
    profile = str(without_facts(tmp_path))
    result = runner.invoke(app, ["render", profile, "-o", str(out), "--copy", "reading"])
    assert result.exit_code == 0, result.output
    document = docx.Document(str(out))
    normal = document.styles["Normal"]
    assert normal.font.size.pt == 18
    body = next(s for s in document.styles if s.style_id == "GWBody")
    assert body.font.bold is True and body.font.size.pt == 18
    ind = body.element.pPr.find(qn("w:ind"))
    assert (ind.get(qn("w:firstLineChars")), ind.get(qn("w:firstLine"))) == ("200", "720")
    assert document.sections[0]._sectPr.find(qn("w:lnNumType")) is None
    marked = [r.text for p in document.paragraphs for r in p.runs if "【待补" in r.text]
    highlighted = [
        r.text
        for p in document.paragraphs
        for r in p.runs
        if r.font.highlight_color == WD_COLOR_INDEX.YELLOW
    ]
    assert marked and highlighted == marked
    header = document.sections[0].header.paragraphs[0].text
    assert f"还有 {len(marked)} 处【待补】" in header
    assert f"念稿版中还有 {len(marked)} 处【待补】" in result.output
    pitch = document.sections[0]._sectPr.find(qn("w:docGrid")).get(qn("w:linePitch"))
    assert int(pitch) > 579


def test_default_copy_has_neither_header_nor_line_numbers(runner, tmp_path) -> None:
    document = docx.Document(str(render(runner, tmp_path)))
    assert document.sections[0]._sectPr.find(qn("w:lnNumType")) is None
    assert document.sections[0].header.paragraphs[0].text == ""


def test_pdf_without_libreoffice_says_so(runner, tmp_path, monkeypatch) -> None:
    import speechdraft.writers.pdf

    monkeypatch.setattr(speechdraft.writers.pdf, "find_soffice", lambda: None)
    result = runner.invoke(
        app,
        [
            "render",
            str(ROOT / "profiles" / "county-leader-2025.yaml"),
            "-o",
            str(tmp_path / "d.docx"),
            "--pdf",
        ],
    )
    assert result.exit_code == 2
    assert "LibreOffice" in result.output and "Traceback" not in result.output


@pytest.mark.skipif(
    shutil.which("soffice") is None or shutil.which("pdftotext") is None,
    reason="LibreOffice and poppler are installed in CI (.ci/run)",
)
def test_pdf_through_libreoffice(runner, tmp_path) -> None:
    out = render(runner, tmp_path, "--pdf")
    pdf = out.with_suffix(".pdf")
    assert pdf.read_bytes().startswith(b"%PDF")
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    chars = len(re.sub(r"\s", "", docx_text(out)))
    assert chars / (22 * 28) <= pages <= chars / (22 * 28) * 1.6 + 1
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "同志们" in text and "全县" in text


def test_batch_render_of_a_folder(runner, tmp_path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for profile in sorted((ROOT / "profiles").glob("*.yaml"))[:3]:
        shutil.copy(profile, folder)
    (folder / "zz-broken.yaml").write_text("kind: [\n", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    result = runner.invoke(app, ["render", str(folder), "-o", str(out)])
    assert result.exit_code == 2
    written = sorted(p.name for p in out.iterdir())
    assert len(written) == 3 and all(name.endswith(".docx") for name in written)
    for name in written:
        row = next(line for line in result.output.splitlines() if name in line)
        assert "成功" in row
    assert "zz-broken.yaml:2" in result.output
    assert "共 4 份，1 份未能生成" in result.output


def test_fonts_reports_every_face(runner, monkeypatch) -> None:
    result = runner.invoke(app, ["fonts"])
    assert result.exit_code == 0
    for face in ("方正小标宋简体", "仿宋_GB2312", "楷体_GB2312", "黑体", "宋体", "仿宋", "楷体"):
        assert face in result.output
    import speechdraft.writers.fonts

    monkeypatch.setattr(speechdraft.writers.fonts.shutil, "which", lambda name: None)
    result = runner.invoke(app, ["fonts"])
    assert "无法检查" in result.output
