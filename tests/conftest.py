"""What the tests share: one baseline profile (BASE_PROFILE, written by ``write_profile`` with
overrides), one CLI runner (``runner``) and ``cli(*args)`` to invoke the command line."""

from __future__ import annotations

import copy
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner, Result

# Compiled templates go to a private folder, never into the tester's ~/.cache. Under
# pytest-xdist each worker inherits the controller's environment, so a worker makes its own
# folder: two workers never write the same cache file at once.
# (Once: some tests import conftest again by name, which must not move the folder mid-run.)
worker = os.environ.get("PYTEST_XDIST_WORKER")
if worker and os.environ.get("SPEECHDRAFT_CACHE_WORKER") != worker:
    os.environ["SPEECHDRAFT_CACHE_DIR"] = tempfile.mkdtemp(prefix=f"speechdraft-cache-{worker}-")
    os.environ["SPEECHDRAFT_CACHE_WORKER"] = worker
else:
    os.environ.setdefault("SPEECHDRAFT_CACHE_DIR", tempfile.mkdtemp(prefix="speechdraft-cache-"))


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int:
    """``-n auto`` (pyproject's addopts): one worker per CPU this process may run on (CI has
    two), never more; ``-n 0`` runs the suite in one process."""
    usable = os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else None
    return max(1, len(usable) if usable is not None else (os.cpu_count() or 1))


# A small valid profile with no place words in its own text, so that any 全市/我县 in a
# draft can only have come from the templates.
BASE_PROFILE: dict[str, Any] = {
    "kind": "leader_speech",
    "meeting": {"date": "2025-03-12"},
    "region": {"level": "county", "name": "测试地"},
    "speaker": {"title": "书记", "name": "张三"},
    "preceding": ["教育局局长作了工作报告"],
    "review": {
        "achievements": [
            {"area": "项目建设", "points": ["两所学校建成投用"], "figures": {"完成投资": "1.2亿元"}}
        ],
        "problems": ["学位仍然紧张", "教师结构性缺员"],
    },
    "targets": {"guideline": "坚持优先发展", "items": ["毛入园率达到92%"]},
    "priorities": [
        {"area": "项目建设", "facts": {"续建项目数": 6, "新建项目数": 4, "总投资": 23500}},
        {"area": "学前教育", "facts": {"普惠性幼儿园覆盖率": 91.5}},
        {"area": "校园安全"},
    ],
}


def merged(base: dict[str, Any], overrides: dict[str, Any]) -> dict[str, Any]:
    result = copy.deepcopy(base)
    for key, value in overrides.items():
        if isinstance(value, dict) and isinstance(result.get(key), dict):
            result[key] = merged(result[key], value)
        else:
            result[key] = value
    return result


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def cli(runner: CliRunner) -> Callable[..., Result]:
    """``cli("render", "x.yaml")``: the command line's result (exit code, output)."""
    from speechdraft.cli import app

    def invoke(*args: str, **kwargs: Any) -> Result:
        return runner.invoke(app, list(args), **kwargs)

    return invoke


@pytest.fixture
def base_profile() -> dict[str, Any]:
    return copy.deepcopy(BASE_PROFILE)


@pytest.fixture
def write_profile(tmp_path: Path):
    """Writes BASE_PROFILE with ``overrides`` merged in; returns the file's path."""
    counter = {"n": 0}

    def write(name: str | None = None, **overrides: Any) -> Path:
        counter["n"] += 1
        data = merged(BASE_PROFILE, overrides)
        path = tmp_path / (name or f"profile{counter['n']}.yaml")
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
        return path

    return write


SpokenOf = Callable[[dict[str, Any]], str]


@pytest.fixture
def spoken_of() -> SpokenOf:
    """``spoken_of(data)``: the words read aloud in the draft built from the profile ``data``
    (written to its own file, which is read back unchanged), rendered once per process for an
    equal profile (tests/_matrix.py)."""
    from _matrix import spoken

    return spoken
