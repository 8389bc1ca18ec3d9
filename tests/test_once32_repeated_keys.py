"""A key written twice in a data file an office edits is told, never silently dropped.

YAML keeps the last of two equal keys in one mapping: an office adding a second ``label:`` to
a phrase area, or a group under a name restate_ideas.yaml already has, lost the first without
a word (the integrator of round ar's fixes met it: six new idea groups replaced six old ones).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from speechdraft.datafile import DataFileError, read_yaml
from speechdraft.phrasebank import load_phrasebank
from speechdraft.resources import builtin_templates_dir

AREA = """key: reading
label: 书香校园建设
aliases: [阅读, 书香校园]
families:
  - key: rooms
    headings:
      - 建设书香校园，涵养读书风气
    units:
      - 阅览室要在课后向学生开放。
      - 图书要常换常新。
"""


def _user_folder(tmp_path: Path, text: str) -> Path:
    folder = tmp_path / "mine"
    (folder / "phrases" / "areas").mkdir(parents=True)
    (folder / "phrases" / "areas" / "reading.yaml").write_text(text, encoding="utf-8")
    return folder


def test_a_phrase_file_with_a_key_twice_is_told_with_both_places(tmp_path: Path) -> None:
    folder = _user_folder(tmp_path, AREA + "label: 校园阅读\n")
    with pytest.raises(DataFileError) as caught:
        load_phrasebank(builtin_templates_dir(), folder)
    message = str(caught.value)
    assert "reading.yaml:11:1 label" in message
    assert "第 2 行已经写过" in message and "合并成一处" in message
    assert "Traceback" not in message


def test_a_key_twice_inside_a_nested_entry_is_found(tmp_path: Path) -> None:
    text = AREA.replace("  - key: rooms\n", "  - key: rooms\n    key: books\n")
    folder = _user_folder(tmp_path, text)
    with pytest.raises(DataFileError) as caught:
        load_phrasebank(builtin_templates_dir(), folder)
    assert "reading.yaml:6:5 key：这个名字在第 5 行已经写过" in str(caught.value)


def test_a_norms_table_with_a_group_twice_is_told(tmp_path: Path) -> None:
    path = tmp_path / "restate_ideas.yaml"
    path.write_text("same_idea: [甲乙丙]\nother: [丁戊]\nsame_idea: [己庚]\n", encoding="utf-8")
    with pytest.raises(DataFileError) as caught:
        read_yaml(path, "只说一次的意思词表")
    message = str(caught.value)
    assert "restate_ideas.yaml:3:1 same_idea" in message and "第 1 行" in message


def test_the_shipped_data_files_write_no_key_twice() -> None:
    files = sorted(builtin_templates_dir().rglob("*.yaml"))
    assert len(files) > 40
    for path in files:
        data, _ = read_yaml(path, "数据文件")  # raises on a repeated key
        assert data is not None, path


def test_equal_keys_in_different_entries_are_fine(tmp_path: Path) -> None:
    path = tmp_path / "ok.yaml"
    path.write_text("- key: a\n  text: 甲\n- key: b\n  text: 乙\n", encoding="utf-8")
    data, _ = read_yaml(path, "数据文件")
    assert data == [{"key": "a", "text": "甲"}, {"key": "b", "text": "乙"}]
