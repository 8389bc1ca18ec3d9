"""Profiles read as typed (issue 10): figures are never reinterpreted by YAML 1.1 rules,
a number field refuses ambiguous forms with a true message, invisible characters are
refused with their place, a typed 【待补：…】 is highlighted and counted, and a key
over 1024 characters is named as such."""

from __future__ import annotations

import textwrap
from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_COLOR_INDEX
from typer.testing import CliRunner

from speechdraft.cli import app
from speechdraft.intake.profile import load_profile

HEAD = textwrap.dedent(
    """\
    kind: leader_speech
    meeting:
      date: 2025-03-12
    region:
      level: county
      name: 安平县
    speaker:
      title: 县委书记
      name: 李明远
    """
)
FIGURES = HEAD + textwrap.dedent(
    """\
    review:
      achievements:
        - area: 项目建设
          points:
            - 两所学校建成投用
          figures:
            义务教育生师比: 1:13
            到校时间不早于: 7:50
            新建校舍面积: 012
            完成投资: 1_000.5
            最小差值: 1.0e-320
            新增学位: 1200
            覆盖率: 91.5
    priorities:
      - 校园安全
    """
)


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def write(tmp_path: Path, text: str, name: str = "p.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_figures_are_printed_as_typed(runner, tmp_path) -> None:
    result = runner.invoke(app, ["preview", str(write(tmp_path, FIGURES))])
    assert result.exit_code == 0, result.output
    for typed in ("1:13", "7:50", "012", "1_000.5", "1.0e-320", "1200", "91.5"):
        assert typed in result.output, typed
    for reinterpreted in ("生师比73", "不早于470", "面积10，", "1000.5", "9.99989e-321"):
        assert reinterpreted not in result.output, reinterpreted


def test_plain_numbers_are_still_numbers(tmp_path) -> None:
    figures = load_profile(write(tmp_path, FIGURES)).profile.review.achievements[0].figures
    assert figures["新增学位"] == 1200 and figures["覆盖率"] == 91.5
    assert figures["义务教育生师比"] == "1:13" and figures["新建校舍面积"] == "012"


@pytest.mark.parametrize(
    ("typed", "needle"),
    [
        ("012", "“012”以 0 开头，含义不明确：请写成 12"),
        ("yes", "应为整数（如 20），这里写的是真假值"),
        ("on", "这里写的是真假值"),
        ("0:20", "应为整数（如 20），实际是“0:20”"),
        ("1_0", "实际是“1_0”"),
        ("2e1", "实际是“2e1”"),
    ],
)
def test_a_number_field_refuses_ambiguous_forms(runner, tmp_path, typed, needle) -> None:
    profile = write(tmp_path, HEAD + f"duration_minutes: {typed}\n")
    result = runner.invoke(app, ["validate", str(profile)])
    assert result.exit_code == 2
    assert "p.yaml:10:19 duration_minutes：" in result.output, result.output
    assert needle in result.output, result.output
    assert "不能小于" not in result.output


@pytest.mark.parametrize(
    ("escape", "code"),
    [
        ("\\u202e", "U+202E"),
        ("\\u2066", "U+2066"),
        ("\\x9b", "U+009B"),
        ("\\x85", "U+0085"),
    ],
)
def test_invisible_characters_are_refused_with_their_place(runner, tmp_path, escape, code):
    profile = write(tmp_path, HEAD.replace("  name: 李明远", f'  name: "李{escape}明远"'))
    result = runner.invoke(app, ["render", str(profile)])
    assert result.exit_code == 2
    assert f"p.yaml:9:9 speaker.name：“李”后面有一个看不见的字符（{code}" in result.output
    assert not (tmp_path / "p.docx").exists()


def test_an_invisible_character_typed_raw_is_refused_too(runner, tmp_path) -> None:
    profile = write(tmp_path, HEAD.replace("name: 安平县", "name: 安\u202e平县"))
    result = runner.invoke(app, ["validate", str(profile)])
    assert result.exit_code == 2 and "p.yaml:6:9 region.name" in result.output


@pytest.mark.parametrize("escape", ["\\u200b", "\\u200d", "\\ufeff", "\\u00ad"])
def test_a_zero_width_character_is_removed_and_reported(runner, tmp_path, escape) -> None:
    # They only split a word (a name no longer found), so the draft is made without them
    # and the clerk is told where they were; nothing invisible reaches the document.
    profile = write(tmp_path, HEAD.replace("  name: 李明远", f'  name: "李{escape}明远"'))
    result = runner.invoke(app, ["render", str(profile)])
    assert result.exit_code == 0, result.output
    assert "p.yaml:9:9 speaker.name" in result.output and "零宽" in result.output
    text = "".join(p.text for p in docx.Document(str(tmp_path / "p.docx")).paragraphs)
    assert "李明远" in text
    assert not set(text) & set("\u200b\u200d\ufeff\u00ad")


def test_a_typed_placeholder_is_highlighted_and_counted(runner, tmp_path) -> None:
    text = FIGURES.replace("- 两所学校建成投用", "- 新建学校【待补：所数】所")
    profile = write(tmp_path, text)
    result = runner.invoke(app, ["render", str(profile)])
    assert result.exit_code == 0, result.output
    target = tmp_path / "p.docx"
    highlighted = [
        run.text
        for paragraph in docx.Document(str(target)).paragraphs
        for run in paragraph.runs
        if run.font.highlight_color == WD_COLOR_INDEX.YELLOW
    ]
    assert "【待补：所数】" in highlighted
    without = write(tmp_path, FIGURES, "q.yaml")
    baseline = runner.invoke(app, ["render", str(without)])
    count = int(result.output.split("待补 ")[1].split(" 处")[0])
    base_count = int(baseline.output.split("待补 ")[1].split(" 处")[0])
    assert count == base_count + 1


def test_a_key_over_1024_characters_is_named(runner, tmp_path) -> None:
    profile = write(tmp_path, HEAD + "长" * 1100 + ": 值\n")
    result = runner.invoke(app, ["validate", str(profile)])
    assert result.exit_code == 2
    assert "p.yaml:10:1：冒号前面的名称有 1100 个字，超过了 1024 个字的上限" in result.output
    assert "缺少冒号" not in result.output
