"""The quick path of a one-shot ``speechdraft render`` (issue 13's cold start): it reads only
command lines it understands beyond doubt, leaves the rest to typer, and when it runs it
says, writes and exits exactly as the typer command does."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from docx import Document as open_docx
from tests.conftest import BASE_PROFILE, merged
from typer.testing import CliRunner

from cold_support import render_twice
from speechdraft.cli import app
from speechdraft.cli._quick import QuickRender, quick_request, run_quick


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--help"],
        ["--version"],
        ["validate", "县会.yaml"],
        ["render"],
        ["render", "--help"],
        ["render", "-h", "县会.yaml"],
        ["render", "县会.yaml", "--jobs", "0"],
        ["render", "县会.yaml", "--seed", "-3"],
        ["render", "县会.yaml", "--seed", "07"],
        ["render", "县会.yaml", "--seed", "7.0"],
        ["render", "县会.yaml", "--seed", "七"],
        ["render", "县会.yaml", "-o稿.docx"],
        ["render", "县会.yaml", "-o"],
        ["render", "县会.yaml", "--output="],
        ["render", "县会.yaml", "-o", "-稿.docx"],
        ["render", "县会.yaml", "--force", "--force"],
        ["render", "县会.yaml", "-o", "a.docx", "--output", "b.docx"],
        ["render", "县会.yaml", "--unknown"],
        ["render", "县会.yaml", "--force=yes"],
        ["render", "县会.yaml", "--", "乙.yaml"],
        ["render", "--debug", "县会.yaml"],
        ["--debug", "--debug", "render", "县会.yaml"],
        ["render", ""],
    ],
)
def test_anything_unusual_is_left_to_typer(argv: list[str]) -> None:
    assert quick_request(argv) is None


def test_a_full_render_line_is_read_as_typer_reads_it() -> None:
    argv = ["--debug", "render", "甲.yaml", "乙.yaml", "--output=输出/", "-j", "2"]
    argv += ["--seed", "12", "--templates", "模板", "--pdf", "--fonts", "windows"]
    argv += ["--copy", "念稿版", "--force"]
    assert quick_request(argv) == QuickRender(
        profiles=(Path("甲.yaml"), Path("乙.yaml")),
        output="输出/",
        force=True,
        pdf=True,
        fonts="windows",
        copy="念稿版",
        jobs=2,
        seed=12,
        templates=Path("模板"),
        debug=True,
    )
    assert quick_request(["render", "县会.yaml"]) == QuickRender(profiles=(Path("县会.yaml"),))


BROKEN_YAML = "kind: leader_speech\nmeeting:\n  date: 2025-03-12\n  bad: [\n"


def _workplace(folder: Path) -> None:
    """The same files in each folder, so that both paths see the same relative names."""
    folder.mkdir()
    text = yaml.safe_dump(BASE_PROFILE, allow_unicode=True, sort_keys=False)
    (folder / "县会.yaml").write_text(text, encoding="utf-8")
    other = merged(BASE_PROFILE, {"speaker": {"name": "李四"}})
    (folder / "县会2.yaml").write_text(yaml.safe_dump(other, allow_unicode=True), encoding="utf-8")
    (folder / "坏.yaml").write_text(BROKEN_YAML, encoding="utf-8")
    (folder / "村级.yaml").write_text(
        yaml.safe_dump(merged(BASE_PROFILE, {"region": {"level": "village"}}), allow_unicode=True),
        encoding="utf-8",
    )
    (folder / "已有.docx").write_bytes(b"not mine to replace")
    (folder / "空文件夹").mkdir()


CASES = [
    ["render", "县会.yaml", "-o", "稿.docx"],
    ["render", "县会.yaml"],
    ["render", "县会.yaml", "-o", "稿.txt", "--seed", "7"],
    ["render", "县会.yaml", "-o", "念稿.docx", "--copy", "念稿版", "--fonts", "windows"],
    ["render", "县会.yaml", "-o", "审阅.docx", "--copy", "review"],
    ["render", "县会.yaml", "-o", "新文件夹/"],
    ["render", "县会.yaml", "-o", "已有.docx"],
    ["render", "县会.yaml", "-o", "已有.docx", "--force"],
    ["render", "县会.yaml", "-o", "稿.doc"],
    ["render", "县会.yaml", "--fonts", "bogus"],
    ["render", "县会.yaml", "--copy", "bogus"],
    ["render", "没有这个文件.yaml"],
    ["render", "坏.yaml"],
    ["--debug", "render", "坏.yaml"],
    ["render", "村级.yaml", "-o", "村.docx"],
    ["render", "空文件夹"],
    ["render", "县会.yaml", "县会2.yaml", "-o", "x.docx"],
    ["render", "县会.yaml", "县会.yaml"],
    ["render", "县会.yaml", "县会2.yaml", "-o", "两份/", "--jobs", "1"],
]


@pytest.mark.parametrize("argv", CASES, ids=lambda argv: " ".join(argv[1:]))
def test_the_quick_path_says_writes_and_exits_as_typer_does(
    argv: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    request = quick_request(argv)
    assert request is not None
    _workplace(tmp_path / "typer")
    monkeypatch.chdir(tmp_path / "typer")
    typed = CliRunner().invoke(app, argv)
    _workplace(tmp_path / "quick")
    monkeypatch.chdir(tmp_path / "quick")
    capsys.readouterr()
    code = run_quick(request)
    quick = capsys.readouterr()
    assert (code, quick.out, quick.err) == (typed.exit_code, typed.stdout, typed.stderr)
    assert "Traceback" not in quick.err or "--debug" in argv
    assert _files(tmp_path / "quick") == _files(tmp_path / "typer")
    for made in (tmp_path / "quick").rglob("*.docx"):
        twin = tmp_path / "typer" / made.relative_to(tmp_path / "quick")
        if made.stat().st_size > 100:
            assert _text(made) == _text(twin)


def _files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def _text(path: Path) -> list[str]:
    return [p.text for p in open_docx(str(path)).paragraphs]


def test_a_cold_render_loads_only_what_a_render_needs(tmp_path: Path, write_profile) -> None:
    """No typer, click or rich (the quick path), and once the data a render keeps between
    runs is kept, no python-docx (the kept package) nor importlib.metadata."""
    profile = write_profile("县会.yaml")
    for run, (done, modules) in render_twice(tmp_path, profile).items():
        assert done.stdout.strip().splitlines()[-1].startswith("已生成 稿.docx：正文 ")
        assert "speechdraft.pipeline" in modules  # the record is of a real render
        assert not {m for m in modules if m.split(".")[0] in ("typer", "click", "rich")}
        if run == "again":
            assert "docx" not in modules and "importlib.metadata" not in modules
    paragraphs = [p.text for p in open_docx(str(tmp_path / "稿.docx")).paragraphs]
    assert paragraphs[0] == "在2025年全县教育工作会议上的讲话" and "张三" in paragraphs[1]


def test_the_writers_qualified_names_are_python_docxs() -> None:
    from docx.oxml.ns import qn as docx_qn

    from speechdraft.writers.record import qn

    for tag in ("w:p", "w:r", "w:t", "w:del", "w:sectPr", "r:id", "wp:inline", "a:blip"):
        assert qn(tag) == docx_qn(tag)


def test_one_draft_keeps_the_collector_off_a_batch_turns_it_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    import gc

    _workplace(tmp_path / "folder")
    monkeypatch.chdir(tmp_path / "folder")
    frozen = gc.get_freeze_count()
    gc.disable()
    try:
        assert run_quick(QuickRender(profiles=(Path("县会.yaml"),))) == 0
        assert not gc.isenabled()  # one draft, then the process ends
        batch = QuickRender(profiles=(Path("县会.yaml"), Path("县会2.yaml")), force=True)
        assert run_quick(batch) == 0
        assert gc.isenabled()  # a batch collects as the typer path does
    finally:
        gc.enable()
        if gc.get_freeze_count() > frozen:
            gc.unfreeze()
    assert "已生成 县会.docx" in capsys.readouterr().out
