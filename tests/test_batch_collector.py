"""batch26 (issue 13's batch goal): a batch's drafting processes collect the young
generation late (``_render.BATCH_YOUNG_THRESHOLD``), and nothing a batch writes changes;
speed36: so does every draft (``pipeline.DRAFT_YOUNG_THRESHOLD``), in any process.

- While a batch drafts, the collector's first threshold is at least the batch's; after the
  batch (also after one that failed) the process has its own thresholds back. Likewise
  while one draft is built, and after it.
- The same batch rendered with Python's default threshold and with the batch's writes the
  same .docx, part by part (core.xml, the time of writing, left out), and prints the same
  table.

Own profiles (two kinds, two levels), one in-process batch each way.
"""

from __future__ import annotations

import gc
import hashlib
import zipfile
from pathlib import Path
from typing import Any

import pytest
import yaml

from speechdraft import pipeline
from speechdraft.cli import _render


def _profile(folder: Path, name: str, kind: str, level: str, place: str, title: str) -> None:
    data: dict[str, Any] = {
        "kind": kind,
        "meeting": {"date": "2027-04-12"},
        "region": {"level": level, "name": place},
        "speaker": {"title": title, "name": "彭立群"},
        "priorities": [
            {"area": "控辍保学", "points": ["春季学期开学前完成适龄儿童入学核查"]},
            {"area": "学校安全", "points": ["汛期前完成农村学校校舍安全排查"]},
        ],
        "safeguards": ["组织领导"],
    }
    (folder / f"{name}.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    profiles = tmp_path / "in"
    profiles.mkdir()
    _profile(profiles, "a", "work_report", "county", "青岭县", "县教育局局长")
    _profile(profiles, "b", "safety", "city", "南浦市", "市教育局副局长")
    return profiles


def _parts(outdir: Path) -> dict[str, str]:
    parts = {}
    for docx in sorted(outdir.glob("*.docx")):
        with zipfile.ZipFile(docx) as package:
            for info in package.infolist():
                if info.filename != "docProps/core.xml":
                    digest = hashlib.sha256(package.read(info)).hexdigest()
                    parts[f"{docx.name}:{info.filename}"] = digest
    return parts


def test_threshold_raised_while_drafting_and_restored(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[tuple[int, int, int]] = []
    drafting = _render._render_quietly

    def spied(*args: Any, **kwargs: Any) -> Any:
        seen.append(gc.get_threshold())
        return drafting(*args, **kwargs)

    monkeypatch.setattr(_render, "_render_quietly", spied)
    before = gc.get_threshold()
    code = _render.render_profiles([folder], f"{tmp_path / 'out'}/", jobs=1)
    assert code == 0
    assert len(seen) == 2
    assert all(t[0] >= _render.BATCH_YOUNG_THRESHOLD for t in seen)
    assert all(t[1:] == before[1:] for t in seen)  # the older generations as they were
    assert gc.get_threshold() == before
    assert len(list((tmp_path / "out").glob("*.docx"))) == 2


@pytest.mark.parametrize("stop", [RuntimeError, KeyboardInterrupt])
def test_threshold_restored_after_a_failed_batch(
    stop: type[BaseException], folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: Any, **kwargs: Any) -> Any:
        raise stop
        yield  # a generator, as _in_turn is

    monkeypatch.setattr(_render, "_in_turn", broken)
    before = gc.get_threshold()
    if stop is KeyboardInterrupt:  # the batch reports it was cancelled
        assert _render.render_profiles([folder], f"{tmp_path / 'out'}/", jobs=1) != 0
    else:
        with pytest.raises(RuntimeError):
            _render.render_profiles([folder], f"{tmp_path / 'out'}/", jobs=1)
    assert gc.get_threshold() == before


def test_same_batch_with_the_default_threshold(
    folder: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    rendered = {}
    for label, threshold in (("late", _render.BATCH_YOUNG_THRESHOLD), ("default", 700)):
        monkeypatch.setattr(_render, "BATCH_YOUNG_THRESHOLD", threshold)
        # a draft raises it too (speed36): the default batch drafts at 700 throughout
        monkeypatch.setattr(pipeline, "DRAFT_YOUNG_THRESHOLD", threshold)
        before = gc.get_threshold()
        gc.set_threshold(700, *before[1:])  # so that 700 is what the default batch runs at
        try:
            outdir = tmp_path / label
            assert _render.render_profiles([folder], f"{outdir}/", jobs=1) == 0
        finally:
            gc.set_threshold(*before)
        printed = capsys.readouterr().out.replace(str(outdir), "OUT")
        rendered[label] = (_parts(outdir), printed)
    late, default = rendered["late"], rendered["default"]
    assert len(late[0]) >= 20  # two packages, every part
    assert late[0] == default[0]
    assert late[1] == default[1]
    assert "a.docx" in late[1] and "b.docx" in late[1]


def test_threshold_raised_while_a_draft_is_built_and_restored(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[tuple[int, int, int]] = []
    fitting = pipeline.fit_length

    def spied(*args: Any, **kwargs: Any) -> Any:
        seen.append(gc.get_threshold())
        return fitting(*args, **kwargs)

    monkeypatch.setattr(pipeline, "fit_length", spied)
    before = gc.get_threshold()
    pipeline.build_draft(folder / "a.yaml", seed=1)
    assert len(seen) == 1
    assert seen[0][0] >= pipeline.DRAFT_YOUNG_THRESHOLD
    assert seen[0][1:] == before[1:]
    assert gc.get_threshold() == before

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError

    monkeypatch.setattr(pipeline, "fit_length", broken)
    with pytest.raises(RuntimeError):
        pipeline.build_draft(folder / "a.yaml", seed=1)
    assert gc.get_threshold() == before


def test_overlapping_drafts_restore_the_thresholds_when_the_last_ends() -> None:
    # the web face drafts in several threads: one draft ending while another is being built
    # leaves the other's threshold raised, and the last to end puts the process's back
    from speechdraft.collector import young_collected_late

    before = gc.get_threshold()
    first, second = young_collected_late(5_000), young_collected_late(10_000)
    first.__enter__()
    second.__enter__()
    assert gc.get_threshold()[0] >= 10_000
    first.__exit__(None, None, None)
    assert gc.get_threshold()[0] >= 10_000
    second.__exit__(None, None, None)
    assert gc.get_threshold() == before
