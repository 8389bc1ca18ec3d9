"""A sum typed as a bare number is not given a unit nobody wrote, and the clerk is told so.

Round v's reader marked 一般公共预算教育支出4.6亿元 (A) where the profile said only 4.6: the
unit came from the area catalogue (`speechdraft areas`), but neither the clerk nor a reader
could see it. ``validate`` and ``render`` say, with the place in the file, which bare number
has no unit, the catalogue's unit and how the clerk writes it: a note, not a warning (the
profile is still 填写正确). Round ah's readers still struck 4200万元, 1720万元, 31.5亿元 ("万元是
工具补的，需核"): the draft now prints the number with a visible 【待核：单位是否为万元】 instead
of the catalogue's unit (figure19; this file asserted the old reading, 5.2亿元 in the draft,
and now asserts the same notes on the new wording and the mark in the draft).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from speechdraft.cli import app

_PROFILE = """\
kind: leading_group
meeting:
  date: 2031-03-20
region:
  level: county
  name: 青川县
speaker:
  title: 县长
priorities:
  - area: 教育经费
    facts:
      一般公共预算教育支出: {spending}
  - area: 城区学位扩容
    facts:
      总投资: {invested}
"""


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def _profile(tmp_path: Path, spending: str, invested: str) -> Path:
    path = tmp_path / "经费.yaml"
    path.write_text(_PROFILE.format(spending=spending, invested=invested), encoding="utf-8")
    return path


def test_validate_tells_which_bare_sums_took_the_catalogues_unit(
    runner: CliRunner, tmp_path: Path
) -> None:
    path = _profile(tmp_path, "5.2", "31000")
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 0, result.output
    # not a mistake (the catalogue's fields are typed so): the profile is still correct
    assert "填写正确" in result.output and "提醒" not in result.output
    lines = [line for line in result.output.splitlines() if line.startswith("说明：")]
    assert len(lines) == 2, result.output
    spending, invested = lines
    # where, what was read, what the draft prints, and how to say otherwise
    assert f"{path}:12:19 priorities[0].facts.一般公共预算教育支出" in spending
    assert "只写了数字，没有单位：稿中印成“5.2【待核：单位是否为亿元】”" in spending
    assert "如“5.2亿元”或“5.2万元”" in spending
    assert f"{path}:15:12 priorities[1].facts.总投资" in invested
    # filed under an area that does not define it: the field's unit all the same
    assert "稿中印成“31000【待核：单位是否为万元】”" in invested and "目录的单位是万元" in invested
    assert "Traceback" not in result.output


def test_render_says_it_too_and_the_draft_marks_the_number(
    runner: CliRunner, tmp_path: Path
) -> None:
    path = _profile(tmp_path, "5.2", "31000")
    out = tmp_path / "稿.txt"
    result = runner.invoke(app, ["render", str(path), "-o", str(out)])
    assert result.exit_code == 0, result.output
    told = [line for line in result.output.splitlines() if "只写了数字" in line]
    assert len(told) == 2 and all(line.startswith("注意：") for line in told), result.output
    text = out.read_text(encoding="utf-8")
    assert "5.2【待核：单位是否为亿元】" in text and "31000【待核：单位是否为万元】" in text
    assert "5.2亿元" not in text and "3.1亿元" not in text
    # counted and listed in the summary line, like 待补 and 建议
    assert (
        "待核 2 处（" in result.output and "单位是否为亿元" in result.output.split("待核 2 处")[1]
    )


def test_a_sum_with_its_unit_written_is_not_questioned(runner: CliRunner, tmp_path: Path) -> None:
    path = _profile(tmp_path, "5.2亿元", "3.1亿元")
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 0, result.output
    assert "只写了数字" not in result.output and "填写正确" in result.output
