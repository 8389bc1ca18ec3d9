"""Nothing lost under concurrency and signals (issue 10): publishing refuses a taken
name at the moment of publishing, batches that map two profiles to one output are
refused before any work, an output may never be one of the inputs, and temp files
left by killed runs are swept."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import docx
import pytest
from typer.testing import CliRunner

from speechdraft.cli import app
from speechdraft.errors import OutputError
from speechdraft.writers import output
from speechdraft.writers.output import TEMP_PREFIX, write_atomically


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def _race(target: Path, writers: int, *, force: bool = False) -> tuple[list[int], list[str]]:
    """``writers`` threads save at once (each save waits for all the others to have
    started, so every one has passed the existence check before any publishes)."""
    started = threading.Barrier(writers)
    won: list[int] = []
    refused: list[str] = []

    def save_as(number: int) -> None:
        def save(temp: str) -> None:
            Path(temp).write_text(f"draft {number}", encoding="utf-8")
            started.wait(timeout=10)

        try:
            write_atomically(target, save, force=force)
            won.append(number)
        except OutputError as exc:
            refused.append(str(exc))

    threads = [threading.Thread(target=save_as, args=(n,)) for n in range(writers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return won, refused


def test_parallel_writers_to_one_name_exactly_one_wins_every_time(tmp_path) -> None:
    for trial in range(40):
        target = tmp_path / f"稿{trial}.docx"
        won, refused = _race(target, writers=6)
        assert len(won) == 1, (trial, won, refused)
        assert len(refused) == 5
        assert all("为避免覆盖" in message and str(target) in message for message in refused)
        assert target.read_text(encoding="utf-8") == f"draft {won[0]}"
    assert not list(tmp_path.glob(TEMP_PREFIX + "*"))


def test_parallel_writers_with_force_all_publish_whole_files(tmp_path) -> None:
    target = tmp_path / "稿.docx"
    won, refused = _race(target, writers=4, force=True)
    assert sorted(won) == [0, 1, 2, 3] and not refused
    assert target.read_text(encoding="utf-8") in {f"draft {n}" for n in range(4)}


@pytest.mark.parametrize("code", [1, 22, 95], ids=["EPERM", "EINVAL-windows-fat", "ENOTSUP"])
def test_without_hard_links_an_exclusive_create_still_refuses(tmp_path, monkeypatch, code) -> None:
    """A USB stick formatted FAT has no hard links: the exclusive-create path is used."""

    def no_links(src, dst):
        raise OSError(code, "no hard links here")

    monkeypatch.setattr(output.os, "link", no_links)
    for trial in range(10):
        target = tmp_path / f"稿{trial}.txt"
        won, refused = _race(target, writers=4)
        assert len(won) == 1 and len(refused) == 3, (won, refused)
        assert target.read_text(encoding="utf-8") == f"draft {won[0]}"
    assert not list(tmp_path.glob(TEMP_PREFIX + "*"))


def test_two_cli_renders_to_one_name_one_refused(tmp_path, write_profile) -> None:
    """Two whole `speechdraft render` processes at once, as from two terminals."""
    profile = write_profile()
    target = tmp_path / "同一个.docx"
    command = [sys.executable, "-m", "speechdraft", "render", str(profile), "-o", str(target)]
    for _ in range(3):
        target.unlink(missing_ok=True)
        processes = [
            subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            for _ in range(2)
        ]
        for process in processes:
            process.communicate(timeout=120)
        codes = sorted(process.returncode for process in processes)
        assert codes == [0, 2], codes
        assert "张三" in "".join(p.text for p in docx.Document(str(target)).paragraphs)


def test_a_batch_mapping_two_profiles_to_one_name_is_refused_before_work(
    runner, tmp_path, write_profile
) -> None:
    folder = tmp_path / "批量"
    folder.mkdir()
    write_profile("批量/dup.yaml")
    write_profile("批量/dup.yml", region={"name": "另一地"})
    write_profile("批量/other.yaml")
    result = runner.invoke(app, ["render", str(folder)])
    assert result.exit_code == 2, result.output
    assert "dup.yaml" in result.output and "dup.yml" in result.output
    assert "dup.docx" in result.output and "一份也没有生成" in result.output
    assert result.output.startswith("错误：下面的会议信息文件") and "提示：把其中" in result.output
    assert not list(folder.glob("*.docx"))  # not even other.docx: nothing started


def test_names_differing_only_in_case_clash_too(runner, tmp_path, write_profile) -> None:
    first, second = write_profile("Plan.yaml"), write_profile("plan.yml")
    result = runner.invoke(app, ["render", str(first), str(second), "-o", str(tmp_path)])
    assert result.exit_code == 2 and "一份也没有生成" in result.output
    assert not list(tmp_path.glob("*.docx"))


@pytest.mark.parametrize("force", [False, True])
def test_output_that_is_the_profile_is_refused_even_with_force(
    runner, tmp_path, write_profile, force
) -> None:
    profile = write_profile("p.yaml")
    before = profile.read_bytes()
    args = ["render", str(profile), "-o", str(profile)] + (["--force"] if force else [])
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert "就是输入文件" in result.output and "Traceback" not in result.output
    assert profile.read_bytes() == before


def test_output_that_is_the_profile_through_a_link_is_refused(
    runner, tmp_path, write_profile
) -> None:
    profile = write_profile("p.yaml")
    alias = tmp_path / "p.docx"
    alias.symlink_to(profile)
    before = profile.read_bytes()
    result = runner.invoke(app, ["render", str(profile), "--force"])
    assert result.exit_code == 2 and "就是输入文件" in result.output
    assert profile.read_bytes() == before


def test_stale_temp_files_are_swept_and_young_ones_kept(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(output, "_swept", set())
    stale = tmp_path / f"{TEMP_PREFIX}abc.docx"
    young = tmp_path / f"{TEMP_PREFIX}def.docx"  # may belong to a run still writing
    for path in (stale, young):
        path.write_bytes(b"PK half")
    an_hour_ago = time.time() - 3600
    os.utime(stale, (an_hour_ago, an_hour_ago))
    write_atomically(tmp_path / "稿.txt", lambda temp: Path(temp).write_text("正文"))
    assert not stale.exists()
    assert young.exists()
    assert (tmp_path / "稿.txt").read_text() == "正文"


def test_a_failing_save_leaves_no_temp_file(tmp_path) -> None:
    def fails(temp: str) -> None:
        Path(temp).write_bytes(b"half")
        raise OSError(5, "Input/output error")

    with pytest.raises(OutputError, match="磁盘读写出错"):
        write_atomically(tmp_path / "稿.docx", fails)
    assert list(tmp_path.iterdir()) == []


def test_an_interrupt_during_publishing_leaves_no_temp_file(tmp_path, monkeypatch) -> None:
    """SIGTERM turned into an exception (by the CLI) may arrive at any step."""

    def interrupted(src, dst):
        raise KeyboardInterrupt

    monkeypatch.setattr(output.os, "link", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomically(tmp_path / "稿.docx", lambda temp: Path(temp).write_bytes(b"x"))
    assert list(tmp_path.iterdir()) == []


def _fake_soffice(monkeypatch) -> list[list[str]]:
    """LibreOffice stand-in: records the command and writes a small PDF to --outdir."""
    import speechdraft.writers.pdf as pdf

    commands: list[list[str]] = []

    def run(command, **kwargs):
        commands.append(command)
        outdir = Path(command[command.index("--outdir") + 1])
        (outdir / Path(command[-1]).with_suffix(".pdf").name).write_bytes(b"%PDF-1.7 test")
        return subprocess.CompletedProcess(command, 0)

    def no_moves(*args, **kwargs):
        raise AssertionError("shutil.move is not atomic across filesystems")

    monkeypatch.setattr(pdf, "find_soffice", lambda: "/usr/bin/soffice")
    monkeypatch.setattr(pdf.subprocess, "run", run)
    monkeypatch.setattr(pdf.shutil, "move", no_moves)
    return commands


def test_pdf_of_a_name_starting_with_a_dash_is_not_an_option(
    runner, tmp_path, write_profile, monkeypatch
) -> None:
    commands = _fake_soffice(monkeypatch)
    profile = write_profile()
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["render", str(profile), "-o", "-稿.docx", "--pdf"])
    assert result.exit_code == 0, result.output
    (command,) = commands
    assert command[-1] == str(tmp_path / "-稿.docx")  # absolute: never read as an option
    assert (tmp_path / "-稿.pdf").read_bytes() == b"%PDF-1.7 test"
    assert not list(tmp_path.glob(TEMP_PREFIX + "*"))


def test_an_existing_pdf_is_kept_without_force(runner, tmp_path, write_profile, monkeypatch):
    _fake_soffice(monkeypatch)
    profile = write_profile("p.yaml")
    (tmp_path / "p.pdf").write_bytes(b"%PDF the printed one")
    result = runner.invoke(app, ["render", str(profile), "--pdf"])
    assert result.exit_code == 2 and "p.pdf 已经存在" in result.output
    assert (tmp_path / "p.pdf").read_bytes() == b"%PDF the printed one"
    assert not (tmp_path / "p.docx").exists()  # refused before anything was written


_SLOW_SAVE = """
import sys, time
from speechdraft.writers import output

create = output._create_exclusively

def create_then_wait(name):
    create(name)  # the temp file exists: the save is under way
    time.sleep(60)

output._create_exclusively = create_then_wait
sys.argv = ["speechdraft", "render", sys.argv[1], "-o", sys.argv[2]]
from speechdraft.cli import main
main()
"""


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP], ids=["TERM", "HUP"])
def test_a_signal_mid_write_leaves_no_temp_file(tmp_path, write_profile, signum) -> None:
    """SIGTERM/SIGHUP during the save: the temp file is removed (the CLI turns the signal
    into an interrupt, output.py's ``finally`` cleans up) and nothing is published."""
    profile = write_profile()
    for trial in range(2):
        target = tmp_path / f"稿{trial}.docx"
        process = subprocess.Popen(
            [sys.executable, "-c", _SLOW_SAVE, str(profile), str(target)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + 60
        while not list(tmp_path.glob(TEMP_PREFIX + "*")) and time.monotonic() < deadline:
            time.sleep(0.02)
        assert list(tmp_path.glob(TEMP_PREFIX + "*")), "the save never started"
        process.send_signal(signum)
        _, stderr = process.communicate(timeout=30)
        assert process.returncode != 0
        assert "Traceback" not in stderr.decode()
        assert not list(tmp_path.glob(TEMP_PREFIX + "*"))
        assert not target.exists()


def test_import_never_writes_over_the_old_speech(runner, tmp_path) -> None:
    old = tmp_path / "旧稿.txt"
    old.write_text("在2025年全县教育工作会议上的讲话\n同志们：\n", encoding="utf-8")
    before = old.read_bytes()
    result = runner.invoke(app, ["import", str(old), "-o", str(old), "--force"])
    assert result.exit_code == 2 and "就是输入文件" in result.output
    assert old.read_bytes() == before
