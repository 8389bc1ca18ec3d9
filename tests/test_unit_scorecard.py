"""scripts/unit_scorecard.py on a bank and review rounds of this file's own: wordings found
with their template code as wildcards, readings and labels counted per wording and per brief,
the line (≥ 40 % of ≥ 3 strict readings, or ≥ 50 % of ≥ 5 of all) drawn where it should be."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]

AREA = """\
key: reading
label: 书香校园建设
facts:
  - key: rooms
    label: 新建阅览室数
    unit: 间
families:
  - key: rooms
    aliases: [阅览室]
    headings:
      - 建好用好阅览室，让书香浸润校园
    units:
      - slot: measure
        text:
          - 今年要新建校园阅览室{{ fact("rooms") }}，{{ w.below }}要保障用房。
          - 阅览室建设要和课后服务结合起来。
        roles: [party_secretary]
      - slot: check
        text: 检验阅读工作，要到图书室去看借阅记录。读书不能走过场。
"""
FRAMES = """\
slots:
  leader_speech.closing:
    - "同志们，让我们为建设{{ w.strong }}而努力奋斗！"
"""


def load_script() -> ModuleType:
    path = ROOT / "scripts" / "unit_scorecard.py"
    spec = importlib.util.spec_from_file_location("unit_scorecard", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def write_round(folder: Path, lines: list[str], strict: bool) -> Path:
    (folder / "labels").mkdir(parents=True)
    if strict:
        (folder / "READING-BRIEF.md").write_text("strict\n", encoding="utf-8")
    text = "# 稿件：01\n# 类型：leader_speech\n\n" + "\n".join(lines) + "\n"
    (folder / "labels" / "01-leader_speech-county-2026.txt").write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def card(tmp_path: Path) -> tuple[ModuleType, Path, list[Path]]:
    templates = tmp_path / "templates"
    (templates / "phrases" / "areas").mkdir(parents=True)
    (templates / "phrases" / "frames").mkdir(parents=True)
    (templates / "phrases" / "areas" / "reading.yaml").write_text(AREA, encoding="utf-8")
    (templates / "phrases" / "frames" / "leader_speech.yaml").write_text(FRAMES, encoding="utf-8")
    strict = write_round(
        tmp_path / "2026-12-01zz",
        [
            # the fact and the place word are wildcards; a heading number and 一是 come off
            "[E] 今年要新建校园阅览室12间，各乡镇要保障用房。  ← 空话",
            "[] 一是今年要新建校园阅览室3间，各街道要保障用房。",
            "[D] 今年要新建校园阅览室【待补：新建阅览室数（间）】，各乡镇要保障用房。  ← 重复",
            "[E R] 检验阅读工作，要到图书室去看借阅记录。  ← 无主语",
            "[] 二、建好用好阅览室，让书香浸润校园",
            "[] 同志们，让我们为建设教育强县而努力奋斗！",
            "[G] 一句不在库里的话。  ← 自写",
        ],
        strict=True,
    )
    mild = write_round(
        tmp_path / "2026-11-30zz",
        [
            "[S] 阅览室建设要和课后服务结合起来。",
            "[S] 阅览室建设要和课后服务结合起来。",
            "[S] 阅览室建设要和课后服务结合起来。",
            "[] 阅览室建设要和课后服务结合起来。",
            "[S] 阅览室建设要和课后服务结合起来。",
            "[] 读书不能走过场。",
            "[E] 检验阅读工作，要到图书室去看借阅记录。",
        ],
        strict=False,
    )
    return load_script(), templates, [strict, mild]


def scores_by_text(module: ModuleType, templates: Path, rounds: list[Path]):  # type: ignore[no-untyped-def]
    wordings = module.bank_wordings(templates)
    scores, totals = module.score(wordings, [(r, module.is_strict(r)) for r in rounds])
    return {w.text: s for w, s in scores.items()}, totals, wordings


def test_the_bank_is_read_sentence_by_sentence_with_its_places(card) -> None:  # type: ignore[no-untyped-def]
    module, templates, _ = card
    wordings = module.bank_wordings(templates)
    texts = [w.text for w in wordings]
    # a unit of two sentences is scored sentence by sentence; tags and labels are not words
    assert "检验阅读工作，要到图书室去看借阅记录。" in texts
    assert "读书不能走过场。" in texts
    assert "建好用好阅览室，让书香浸润校园" in texts
    assert not any(t in ("书香校园建设", "新建阅览室数", "阅览室") for t in texts)
    by_text = {w.text: w for w in wordings}
    first = by_text['今年要新建校园阅览室{{ fact("rooms") }}，{{ w.below }}要保障用房。']
    second = by_text["阅览室建设要和课后服务结合起来。"]
    assert first.file == "phrases/areas/reading.yaml" and first.place == "reading:reading/rooms"
    assert first.unit == second.unit  # two wordings of one unit
    assert by_text["同志们，让我们为建设{{ w.strong }}而努力奋斗！"].place.endswith(
        "leader_speech.closing"
    )


def test_readings_labels_and_rates_per_brief(card) -> None:  # type: ignore[no-untyped-def]
    module, templates, rounds = card
    scores, totals, _ = scores_by_text(module, templates, rounds)
    fact = scores['今年要新建校园阅览室{{ fact("rooms") }}，{{ w.below }}要保障用房。']
    assert (fact.strict_readings, fact.strict_labelled, fact.readings, fact.labelled) == (
        3,
        2,
        3,
        2,
    )
    assert fact.classes == {"E": 1, "D": 1}
    assert fact.over  # 2 of 3 strict readings: 67 %
    check = scores["检验阅读工作，要到图书室去看借阅记录。"]
    assert (check.strict_readings, check.strict_labelled, check.readings, check.labelled) == (
        1,
        1,
        2,
        2,
    )
    assert not check.over  # too few readings for either line
    assert any("无主语" in r for r in check.reasons)
    linked = scores["阅览室建设要和课后服务结合起来。"]
    assert (linked.strict_readings, linked.readings, linked.labelled) == (0, 5, 4)
    assert linked.rate == pytest.approx(0.8) and linked.over  # 4 of 5 in the milder rounds
    assert scores["建好用好阅览室，让书香浸润校园"].readings == 1
    assert scores["同志们，让我们为建设{{ w.strong }}而努力奋斗！"].labelled == 0
    assert scores["读书不能走过场。"].readings == 1
    assert totals["lines"] == 14 and totals["matched"] == 13
    assert totals["labelled"] == 9 and totals["matched_labelled"] == 8


def test_the_line_is_drawn_at_40_and_50_percent() -> None:
    module = load_script()
    score = module.Score
    assert score(strict_readings=5, strict_labelled=2).over  # 40 % of 5 strict
    assert not score(strict_readings=5, strict_labelled=1, readings=5, labelled=1).over
    assert not score(strict_readings=2, strict_labelled=2, readings=4, labelled=4).over
    assert score(readings=6, labelled=3).over  # 50 % of 6
    assert not score(readings=6, labelled=2).over


def test_the_table_lists_the_wordings_over_the_line(card, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    module, templates, rounds = card
    out = tmp_path / "SCORECARD.md"
    argv = ["--templates", str(templates), "-o", str(out)]
    for folder in rounds:
        argv += ["--round", str(folder)]
    assert module.main(argv) == 0
    text = out.read_text(encoding="utf-8")
    assert "**over the line**" in text and "**2**" in text
    rows = [
        line for line in text.splitlines() if line.startswith("| 1 ") or line.startswith("| 2 ")
    ]
    assert len(rows) == 2 and all("●" in row for row in rows)
    assert "phrases/areas/reading.yaml:" in rows[0]
