"""`import` gives a clerk a profile to render without repairs: review points, problems,
targets, safeguards and figures in their own fields (marked to re-confirm), no invented
date, no made-up safeguard areas, and nothing carried over that `check` calls an error."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from speechdraft.cli import app

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted(
    p for p in (ROOT / "examples").glob("*.docx") if re.fullmatch(r"[a-z-]+-\d{4}\.docx", p.name)
)
HELDOUT_CLEAN = sorted(
    p
    for p in (ROOT / "tests" / "fixtures" / "heldout-2026-11-30").glob("*.txt")
    if json.loads(p.with_suffix(".json").read_text(encoding="utf-8"))["clean"]
)

# An old speech written for these tests: a placeholder date, figurative safeguard
# headings, numeric hints, a review with 一是…, problems and targets.
OLD_SPEECH = """在2025年全县教育工作会议上的讲话
县委书记　王明
（2025年X月X日）
同志们：
下面，我讲三点意见。
一、回顾成绩，正视差距
回顾2024年，全县教育事业取得了新的进展。
一是办学条件持续改善。新建幼儿园3所，新增学位1200个。
二是教育质量稳步提升。高考本科上线率达到71.5%。
但也要清醒地看到，我县教育还存在一些短板：一是城区学位依然紧张；二是乡村教师结构性缺员；三是学生心理健康服务还有薄弱环节。
二、突出重点，狠抓落实
今年全县教育工作的总体要求是：坚持教育优先发展，办好人民满意的教育。主要目标是：一是学前三年毛入园率稳定在92%以上；二是义务教育巩固率达到99%。
（一）深化县管校聘改革
每所乡村学校每年安排跟岗研修不少于1个名额，教师交流轮岗比例达到15%。
（二）压实校园安全责任
学校每学期组织不少于2次应急疏散演练。
三、强化保障，确保实效
（一）把牢正确方向，织密责任落实链条
各级党组织要把教育工作摆上重要议事日程。
（二）完善考评体系
把重点任务完成情况纳入年度考核，考核结果与评先评优挂钩。
（三）坚持投管并重，提升资金使用效益
全年教育经费投入不低于提高到8.6亿元。
同志们，让我们共同努力，谢谢大家。
"""


def _import(source: Path, target: Path) -> str:
    outcome = CliRunner().invoke(app, ["import", str(source), "-o", str(target)])
    assert outcome.exit_code == 0, outcome.output
    return target.read_text(encoding="utf-8")


def test_import_fills_the_profiles_own_fields(tmp_path: Path) -> None:
    old = tmp_path / "old.txt"
    old.write_text(OLD_SPEECH, encoding="utf-8")
    text = _import(old, tmp_path / "new.yaml")
    assert "2026-03-01" not in text and "date: 待补" in text  # never an invented date
    profile = yaml.safe_load(text)
    review = profile["review"]
    points = [p for a in review["achievements"] for p in a["points"]]
    assert "新建幼儿园3所，新增学位1200个" in points
    assert "高考本科上线率达到71.5%" in points
    assert review["problems"] == [
        "城区学位依然紧张",
        "乡村教师结构性缺员",
        "学生心理健康服务还有薄弱环节",
    ]
    assert profile["targets"]["guideline"] == "坚持教育优先发展，办好人民满意的教育"
    assert profile["targets"]["items"] == ["学前三年毛入园率稳定在92%以上", "义务教育巩固率达到99%"]
    teachers = profile["priorities"][0]
    assert any("跟岗研修不少于1个名额" in p for p in teachers["points"])  # numeric hints kept
    assert [s["area"] for s in profile["safeguards"]] == [
        "加强组织领导",
        "加强督导考核",
        "强化经费保障",
    ]
    assert [s["title"] for s in profile["safeguards"]][1] == "完善考评体系"
    assert "不低于提高到" not in text  # last year's broken insertion is not carried over
    assert "数据请重新核实" in text and "请按今年情况重新确认" in text


def test_an_undated_import_tells_the_clerk_where_to_fill_the_date(tmp_path: Path) -> None:
    old = tmp_path / "old.txt"
    old.write_text(OLD_SPEECH, encoding="utf-8")
    _import(old, tmp_path / "new.yaml")
    outcome = CliRunner().invoke(
        app, ["render", str(tmp_path / "new.yaml"), "-o", str(tmp_path / "d.docx")]
    )
    assert outcome.exit_code == 2
    assert "meeting.date" in outcome.output and "待补" in outcome.output
    assert "Traceback" not in outcome.output


def _carried(profile: dict[str, object]) -> list[str]:
    """Every sentence the import wrote into the profile."""
    found: list[str] = []

    def walk(value: object) -> None:
        if isinstance(value, str):
            found.append(value)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk({k: profile.get(k) for k in ("review", "targets", "priorities", "safeguards")})
    return [s for s in found if len(s) >= 6]


@pytest.mark.parametrize("source", EXAMPLES + HELDOUT_CLEAN, ids=lambda p: p.stem)
def test_an_imported_profile_renders_and_adds_no_error(tmp_path: Path, source: Path) -> None:
    """Render the imported profile (a missing date is the clerk's one entry), then check
    the draft with the profile: no error other than placeholders, and none at all from
    anything the import carried."""
    text = _import(source, tmp_path / "p.yaml")
    profile_path = tmp_path / "p.yaml"
    profile_path.write_text(re.sub(r"date: 待补.*", "date: '2026-03-10'", text), encoding="utf-8")
    runner = CliRunner()
    draft = tmp_path / "d.docx"
    rendered = runner.invoke(app, ["render", str(profile_path), "-o", str(draft)])
    assert rendered.exit_code == 0, rendered.output
    checked = runner.invoke(
        app, ["check", str(draft), "--profile", str(profile_path), "--format", "json"]
    )
    findings = json.loads(checked.output)["findings"]
    carried = _carried(yaml.safe_load(profile_path.read_text(encoding="utf-8")))
    errors = [f for f in findings if f["severity"] == "error" and f["rule"] != "placeholder"]
    for finding in errors:
        core = finding["excerpt"].strip("…")
        assert not any(core[:10] in s or s in core for s in carried), finding
    assert errors == []
