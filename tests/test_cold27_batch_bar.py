"""cold27: a batch whose standard error is not a terminal starts no refresh thread for its
progress bar (rich draws the bar only on a terminal, but the thread woke ten times a second
all the batch); on a terminal the bar refreshes as before; the table, the messages and the
drafts are the same."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from rich.console import Console
from rich.live import Live

from speechdraft.cli import _render


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "会议"
    folder.mkdir()
    for name, kind, level, place in (
        ("县会", "work_report", "county", "青山县"),
        ("区会", "safety", "district", "河西区"),
    ):
        data: dict[str, Any] = {
            "kind": kind,
            "meeting": {"date": "2027-04-12"},
            "region": {"level": level, "name": place},
            "speaker": {"title": f"{place[-1]}教育局局长", "name": "彭立群"},
            "priorities": [{"area": "学校安全", "points": ["汛期前完成农村学校校舍安全排查"]}],
            "safeguards": ["组织领导"],
        }
        text = yaml.safe_dump(data, allow_unicode=True)
        (folder / f"{name}.yaml").write_text(text, encoding="utf-8")
    return folder


def _batch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any, *, terminal: bool
) -> tuple[int, str, str]:
    started: list[bool] = []  # for each bar started: whether a refresh thread runs
    start = Live.start

    def counted(self: Live, refresh: bool = False) -> None:
        start(self, refresh)
        started.append(self._refresh_thread is not None)

    monkeypatch.setattr(Live, "start", counted)
    monkeypatch.setattr(Console, "is_terminal", property(lambda self: terminal))
    outdir = tmp_path / ("终端" if terminal else "文件")
    folder = tmp_path / "会议" if (tmp_path / "会议").exists() else _folder(tmp_path)
    code = _render.render_profiles([folder], f"{outdir}/", jobs=1)
    out, err = capsys.readouterr()
    assert started == [terminal]
    assert sorted(p.name for p in outdir.glob("*.docx")) == ["区会.docx", "县会.docx"], err
    return code, out, err


def test_a_batch_starts_its_bar_only_on_a_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    code, out, _err = _batch(tmp_path, monkeypatch, capsys, terminal=False)
    assert code == 0 and "生成结果" in out and "区会.docx" in out
    on_terminal = _batch(tmp_path, monkeypatch, capsys, terminal=True)
    assert on_terminal[0] == code
    assert "区会.docx" in on_terminal[1]  # the same table is printed
