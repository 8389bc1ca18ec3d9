"""A meeting name taken from the profile's first-line comment is told to the clerk, at line 1,
in Chinese; a profile that fills meeting.name itself gets no such note."""

from __future__ import annotations

from pathlib import Path

from speechdraft.intake.loading import load_profile

_BODY = (
    "kind: teachers_day\n"
    "meeting:\n  date: 2023-09-08\n{name}"
    "region:\n  level: prefecture\n  name: 云岭州\n"
    "speaker:\n  title: 州长\n"
)


def _notes(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "p.yaml"
    path.write_text(text, encoding="utf-8")
    return [str(w) for w in load_profile(path).warnings if w.path == "meeting.name"]


def test_a_name_from_the_comment_is_told_at_line_one(tmp_path: Path) -> None:
    notes = _notes(tmp_path, "# 州教师节表彰大会 · 州长讲话\n" + _BODY.format(name=""))
    assert len(notes) == 1
    assert ":1:1 meeting.name" in notes[0]
    assert "州教师节表彰大会" in notes[0] and "meeting.name 填上正式名称" in notes[0]


def test_a_filled_name_is_not_replaced_or_noted(tmp_path: Path) -> None:
    text = "# 州教师节表彰大会\n" + _BODY.format(name="  name: 全州庆祝教师节大会\n")
    path = tmp_path / "p.yaml"
    path.write_text(text, encoding="utf-8")
    loaded = load_profile(path)
    assert loaded.profile.meeting.name == "全州庆祝教师节大会"
    assert not [w for w in loaded.warnings if w.path == "meeting.name"]


def test_a_comment_that_names_no_meeting_gives_no_name(tmp_path: Path) -> None:
    assert _notes(tmp_path, "# 按去年的改一下\n" + _BODY.format(name="")) == []
