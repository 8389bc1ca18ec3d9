"""What the cold-render tests share: `speechdraft render` run twice in fresh interpreters
(the first fills the data a render keeps between runs, the second reads it), each run's
finished process with the modules it had loaded at exit."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def render_twice(
    tmp_path: Path, profile: Path
) -> dict[str, tuple[subprocess.CompletedProcess[str], set[str]]]:
    """``speechdraft render PROFILE -o 稿.docx --force`` in ``tmp_path``, first and again,
    with a cache folder of its own there."""
    seen = tmp_path / "modules.txt"
    code = (
        "import atexit, sys\n"
        "def record():\n"
        f"    open({str(seen)!r}, 'w').write(' '.join(sorted(sys.modules)))\n"
        "atexit.register(record)\n"
        f"sys.argv = ['speechdraft', 'render', {str(profile)!r}, '-o', '稿.docx', '--force']\n"
        "from speechdraft.cli import main\n"
        "main()\n"
    )
    runs = {}
    for run in ("first", "again"):
        done = subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            cwd=tmp_path,
            timeout=120,
            env={**os.environ, "SPEECHDRAFT_CACHE_DIR": str(tmp_path / "cache")},
        )
        assert done.returncode == 0, done.stderr
        runs[run] = (done, set(seen.read_text().split()))
    return runs
