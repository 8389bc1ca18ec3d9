"""Generated YAML (issue 10): init/new never overwrite profile.schema.json silently and
never write two outputs at one path; everything import, init and new write is read
back by the loader, whatever line breaks the draft, the file name or the answers hold."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
import yaml
from typer.testing import CliRunner

from speechdraft.cli import app
from speechdraft.intake.profile import load_profile
from speechdraft.intake.schema import schema_json
from speechdraft.intake.yamlfile import compose, read_text
from speechdraft.yamltext import yaml_comment, yaml_value


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def reread(path: Path) -> dict:
    """The file as the profile loader reads it (composed with its budgets), as data."""
    root, loader = compose(str(path), read_text(path))
    try:
        return loader.construct_document(root)
    finally:
        loader.dispose()


# --- init/new and profile.schema.json ----------------------------------------------------


def test_init_named_like_the_schema_is_refused_and_writes_nothing(runner, tmp_path) -> None:
    target = tmp_path / "profile.schema.json"
    result = runner.invoke(app, ["init", "-o", str(target)])
    assert result.exit_code == 2 and "不能叫 profile.schema.json" in result.output
    assert "已建立" not in result.output
    assert list(tmp_path.iterdir()) == []


def test_an_adapted_schema_is_kept_and_the_clerk_told(runner, tmp_path) -> None:
    schema = tmp_path / "profile.schema.json"
    schema.write_text('{"adapted": "by the office"}', encoding="utf-8")
    result = runner.invoke(app, ["init", "-o", str(tmp_path / "会议.yaml")])
    assert result.exit_code == 0, result.output
    assert schema.read_text(encoding="utf-8") == '{"adapted": "by the office"}'
    assert "profile.schema.json 与本版本不同，没有覆盖" in result.output
    load_profile(tmp_path / "会议.yaml")


def test_force_replaces_the_schema_and_says_so(runner, tmp_path) -> None:
    schema = tmp_path / "profile.schema.json"
    schema.write_text("{}", encoding="utf-8")
    result = runner.invoke(app, ["init", "-o", str(tmp_path / "会议.yaml"), "--force"])
    assert result.exit_code == 0, result.output
    assert "替换了原有的 profile.schema.json" in result.output
    assert schema.read_text(encoding="utf-8") == schema_json()


def test_an_identical_schema_is_left_alone(runner, tmp_path) -> None:
    schema = tmp_path / "profile.schema.json"
    schema.write_text(schema_json(), encoding="utf-8")
    mtime = schema.stat().st_mtime_ns
    result = runner.invoke(app, ["init", "-o", str(tmp_path / "会议.yaml")])
    assert result.exit_code == 0 and "相同，未改动" in result.output
    assert schema.stat().st_mtime_ns == mtime


def test_a_folder_named_like_the_schema_is_reported(runner, tmp_path) -> None:
    (tmp_path / "profile.schema.json").mkdir()
    result = runner.invoke(app, ["init", "-o", str(tmp_path / "会议.yaml")])
    assert result.exit_code == 0, result.output
    assert "不是普通文件" in result.output
    load_profile(tmp_path / "会议.yaml")


# --- the emitter pieces ------------------------------------------------------------------

HOSTILE = [
    "第一行\nkind: safety",
    "a\r\nfonts: windows",
    "x\u2028kind: safety",
    "y\x85kind: safety",
    "z\x0bkind: safety",
    "很长的 一段 回答 " * 40,
    "yes",
    "012",
    "1:13",
    "- 列表？",
    "a # 不是注释",
    "【待补：人数】",
]


@pytest.mark.parametrize("value", HOSTILE)
def test_values_and_comments_stay_on_their_line(value) -> None:
    text = f"key: {yaml_value(value)}  {yaml_comment(value)}\nother: 1\n"
    assert text.count("\n") == 2
    assert yaml.safe_load(text) == {"key": value, "other": 1}


# --- import ------------------------------------------------------------------------------

BROKEN_LINES = "今年新建学校3所，\nfonts: windows\nkind: safety\n改扩建校舍2万平方米"


def _draft_with_line_breaks(path: Path) -> Path:
    document = docx.Document()
    for text in (
        "在2025年全县教育工作会议上的讲话",
        "县委书记　李明远",
        "同志们：",
        "一、2024年工作回顾",
        "一年来，全县教育事业稳步发展。",
        "二、2025年重点工作",
        "（一）抓好学校建设\nsafeguards: []",
    ):
        document.add_paragraph(text)
    paragraph = document.add_paragraph()
    first, *rest = BROKEN_LINES.split("\n")
    run = paragraph.add_run(first)
    for line in rest:  # <w:br/> inside the paragraph, as Word's Shift+Enter writes
        run.add_break()
        run = paragraph.add_run(line)
    document.add_paragraph("（二）抓好校园安全")
    document.add_paragraph("安全工作要常抓不懈, 全年排查隐患120处。")
    document.save(str(path))
    return path


def test_import_of_a_draft_with_line_breaks_writes_no_live_lines(runner, tmp_path) -> None:
    source = _draft_with_line_breaks(tmp_path / "旧稿.docx")
    target = tmp_path / "新.yaml"
    result = runner.invoke(app, ["import", str(source), "-o", str(target)])
    assert result.exit_code == 0, result.output
    data = reread(target)
    assert data["kind"] == "leader_speech" and "fonts" not in data
    assert "safeguards" not in data or data["safeguards"] != []
    text = target.read_text(encoding="utf-8")
    assert "\nfonts: windows" not in text and "\nkind: safety" not in text
    smuggled = [line for line in text.splitlines() if "kind: safety" in line]
    # kept as the draft's words: inside a comment or inside a quoted value, never a key
    assert smuggled and all(line.lstrip().startswith(("#", "- '", '- "')) for line in smuggled)
    assert any("kind: safety" in value for value in _strings(data))


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [text for item in value.values() for text in _strings(item)]
    if isinstance(value, list):
        return [text for item in value for text in _strings(item)]
    return []


def test_import_of_a_file_whose_name_holds_a_line_break(runner, tmp_path) -> None:
    source = tmp_path / "旧稿\nkind: safety\n.txt"
    source.write_text(
        "在2025年全县教育工作会议上的讲话\n同志们：\n一、工作回顾\n全县教育稳步发展。\n",
        encoding="utf-8",
    )
    target = tmp_path / "新.yaml"
    result = runner.invoke(app, ["import", str(source), "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert reread(target)["kind"] == "leader_speech"


# --- new ----------------------------------------------------------------------------------


def test_new_with_long_answers_writes_a_file_that_loads(runner, tmp_path) -> None:
    title = "县委常委、 县委教育工作领导小组 组长 兼 县人民政府 副县长 " * 3
    name = "欧阳 明远"
    target = tmp_path / "问答.yaml"
    area = "Zone A long answer with many words and more " * 5
    answers = ["1", "1", "安平县", "2025-03-12", title, name, "10"]
    answers += ["", "", "", "", ""]  # no agenda, achievements, problems, guideline, targets
    answers += [f"学前教育，{area}"]
    answers += [""] * 10  # every fact the areas ask for left blank
    result = runner.invoke(app, ["new", "-o", str(target)], input="\n".join(answers) + "\n")
    assert result.exit_code == 0, result.output
    loaded = load_profile(target).profile
    assert loaded.speaker.title == title.strip()
    assert loaded.speaker.name == name
    assert loaded.priorities[1].area == area.strip()
    assert reread(target)["region"]["name"] == "安平县"


def test_init_output_reloads(runner, tmp_path) -> None:
    target = tmp_path / "空白.yaml"
    assert runner.invoke(app, ["init", "-o", str(target)]).exit_code == 0
    assert reread(target)["kind"] == "leader_speech"
    assert io.StringIO(target.read_text(encoding="utf-8")).readline().startswith("# yaml")
