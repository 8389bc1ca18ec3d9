"""The one-shot process ends quickly (issue 13's cold start) without losing anything on the
way out: the whole report printed, the draft published, exit handlers run, exit codes kept."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from pathlib import Path

from docx import Document as open_docx

from speechdraft.cli import _status
from speechdraft.cli._shared import collect_from_here

SPEECHDRAFT = [sys.executable, "-m", "speechdraft"]


def run(args: list[str], cache: Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SPEECHDRAFT_CACHE_DIR": str(cache)}
    return subprocess.run(
        SPEECHDRAFT + args, capture_output=True, text=True, timeout=120, env=env, cwd=cwd
    )


def test_a_cold_render_reports_writes_and_saves_its_cache_before_it_ends(
    tmp_path: Path, write_profile
) -> None:
    profile = write_profile("县会.yaml")
    cache = tmp_path / "cache"
    done = run(["render", str(profile), "-o", "稿.docx"], cache, tmp_path)
    assert done.returncode == 0, done.stderr
    # The last line is printed after the draft is written: nothing was cut off at exit.
    last = done.stdout.strip().splitlines()[-1]
    assert last.startswith("已生成 稿.docx：正文 ") and last.endswith("。"), done.stdout
    paragraphs = [p.text for p in open_docx(tmp_path / "稿.docx").paragraphs]
    assert paragraphs[0] == "在2025年全县教育工作会议上的讲话" and "张三" in paragraphs[1]
    assert not list(tmp_path.glob(".~*"))  # no temporary file left behind
    # The template code cache is written by an exit handler: it ran before the process ended.
    files = list(cache.glob("templates-*.code"))
    assert len(files) == 1 and files[0].stat().st_size > 10_000
    again = run(["render", str(profile), "-o", "稿.docx"], cache, tmp_path)
    assert again.returncode == 2 and "已经存在" in again.stderr  # --force is still the only way
    assert "Traceback" not in again.stderr


def test_exit_codes_survive_the_quick_exit(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    assert run(["kinds"], cache, tmp_path).returncode == 0
    usage = run(["render", "--jobs", "0", "x.yaml"], cache, tmp_path)
    assert usage.returncode == 2 and "--jobs" in usage.stderr
    missing = run(["render", "没有这个文件.yaml"], cache, tmp_path)
    assert missing.returncode == 2 and "没有这个文件.yaml" in missing.stderr


def test_exit_status_is_the_one_sys_exit_would_give(capsys) -> None:
    assert _status(None) == 0
    assert _status(2) == 2
    assert _status(256 + 1) == 1
    assert _status("出错了") == 1
    assert capsys.readouterr().err == "出错了\n"  # printed, as sys.exit prints it


def test_the_collector_comes_back_on_when_the_command_starts() -> None:
    frozen = gc.get_freeze_count()
    gc.disable()
    try:
        collect_from_here()
        assert gc.isenabled()
        assert gc.get_freeze_count() > frozen  # what was imported is never walked again
    finally:
        gc.enable()
        gc.unfreeze()
    collect_from_here()  # with the collector on (a test, the web server) nothing changes
    assert gc.get_freeze_count() == 0
