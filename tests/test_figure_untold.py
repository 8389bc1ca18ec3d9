"""A value of 100 under a key task is told like any other rate, and a count the clerk says is
the plan or what is there is said so (issue 11's A, round ai's lines; branch given19).

Round ai's readers struck 学校党组织覆盖率要达到100%, 作业管理达标学校比例达到100% ("100%未核
即作目标": the clerk's 100 was the present level) and 校外培训专项检查全年安排12次, 全市计划完成
校车驾驶员培训2400人次 (the profile gave only the number under the task). The rule
(figures.fact_state): 100 is no aim by itself: 现有100% is kept (保持100%), 达到100% is the
aim, a bare 100 is marked 【待核：今年目标还是现有水平】; a count written 现有13次/已完成 is
said as what is there, never in a plan frame; 计划13次 is the plan, the word not repeated. A
bare count is still the plan the clerk gave (its mark broke the composer's plan frames).

Our own profiles, rendered over kinds × levels × seeds.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from speechdraft.cli import app
from speechdraft.pipeline import build_draft_from_text
from speechdraft.writers.text import to_text

KINDS = ("leader_speech", "work_report", "school_opening", "teachers_day")
LEVELS = (
    ("county", "青川县", "县长"),
    ("city", "云溪市", "市长"),
    ("district", "临江区", "区长"),
)
SEEDS = (1, 2, 3)
_TITLES = {"work_report": "{unit}教育局局长"}
_DATES = {"school_opening": "2029-08-27", "teachers_day": "2029-09-09"}

_PROFILE = """\
kind: {kind}
meeting:
  date: {date}
region:
  level: {level}
  name: {place}
speaker:
  title: {title}
targets:
  items:
    - 学前三年毛入园率达到91%
priorities:
  - area: 双减
    points:
      - 严肃查处隐形变异培训
    facts:
      作业管理达标学校比例: {full}
      校外培训专项检查: {count}
  - area: 教师队伍
    points:
      - 深化县管校聘改革
    facts:
      教师全员培训人次: {trained}
"""

RATE_CHECK = "【待核：今年目标还是现有水平】"


def _text(
    kind: str,
    level: tuple[str, str, str],
    seed: int,
    *,
    full: str = "100",
    count: str = "13",
    trained: str = "7300",
) -> tuple[str, object]:
    name, place, head = level
    profile = _PROFILE.format(
        kind=kind,
        date=_DATES.get(kind, "2029-02-26"),
        level=name,
        place=place,
        title=_TITLES.get(kind, head).format(unit=place[-1]),
        full=full,
        count=count,
        trained=trained,
    )
    draft = build_draft_from_text(profile, "测试.yaml", seed=seed)
    return to_text(draft.document), draft


CASES = [(k, lv, s) for k in KINDS for lv in LEVELS for s in SEEDS]
IDS = [f"{c[0]}-{c[1][0]}-{c[2]}" for c in CASES]


def _said(text: str, number: str) -> list[str]:
    """Every place the draft says ``number`` (not inside a longer number)."""
    return [
        text[m.start() : m.end() + 24]
        for m in re.finditer(rf"(?<![\d.,]){re.escape(number)}(?![\d.,])", text)
    ]


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_a_bare_100_is_marked_not_said_as_the_aim(
    case: tuple[str, tuple[str, str, str], int],
) -> None:
    text, draft = _text(*case)
    said = _said(text, "100%")
    assert said, text
    for place in said:
        # round ai's A: 作业管理达标学校比例达到100% of the present level, unmarked
        assert place.startswith("100%" + RATE_CHECK), (place, text)
    assert RATE_CHECK in draft.checks  # type: ignore[attr-defined]


@pytest.mark.parametrize("case", CASES[::2], ids=IDS[::2])
def test_a_told_value_is_said_as_told(case: tuple[str, tuple[str, str, str], int]) -> None:
    # the present at 100 is kept; an aim of 100 and a planned count are said unmarked
    text, _ = _text(*case, full="现有100%", count="计划13次", trained="7300")
    assert "作业管理达标学校比例保持100%" in text, text
    for sentence in re.findall(r"[^。；]*100%[^。；]*", text):
        assert not re.search(r"计划|要达到|达到100|目标是|力争|目前为100", sentence), sentence
    assert "13次" in text and not re.search(r"13次?【待核", text), text
    text, _ = _text(*case, full="达到100%", count="现有13次", trained="计划7300人次")
    assert "100%" in text and RATE_CHECK not in text, text
    assert "【待核" not in text, text
    assert not re.search(r"计划[^，。；]{0,16}(?<![\d.,])13次", text), text


def test_validate_tells_how_to_write_them(tmp_path: Path) -> None:
    path = tmp_path / "会议.yaml"
    path.write_text(
        _PROFILE.format(
            kind="work_report",
            date="2029-02-26",
            level="county",
            place="青川县",
            title="县教育局局长",
            full="100",
            count="13",
            trained="计划7300人次",
        ),
        encoding="utf-8",
    )
    out = CliRunner().invoke(app, ["validate", str(path)]).output
    assert "“100”没有说明是今年要达到的目标还是现在的水平" in out, out
    assert "“13”没有说明" not in out and "7300" not in out, out
