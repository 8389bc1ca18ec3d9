"""Each number and each target said once, where its topic is, with the lead its kind takes (once26).

Round an's readers marked a draft's numbers placed and said like a report form: one measure
said in the targets list and again by a stock line of its section (课后服务学生参与率达到95%
then 推动课后服务学生参与率达到95%…; 教师家访覆盖率达到100% then 全年要推动教师家访学生覆盖率达
到100%…), a count of checks beside the clerk's cadence (全年开展校外培训专项检查12次 beside 每月
开展一次校外培训联合检查), a task's figure glued after the targets list into another part (同时，
年内全县计划排查整改校园安全隐患300项。), and targets' leads that read like a form (我们的目标是：
新补充教师1500名。; 具体目标是：一是…). The profiles here are this file's own.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
import yaml

from _matrix import draft, spoken
from speechdraft.document import Heading
from speechdraft.resources import builtin_templates_dir

SEEDS = (1, 2, 3)


def _leading_group() -> dict[str, Any]:
    return {
        "kind": "leading_group",
        "meeting": {"date": "2031-03-12", "name": "县教育工作领导小组全体会议"},
        "region": {"level": "county", "name": "石门县"},
        "speaker": {"title": "县长", "name": "杜明"},
        "targets": {
            "items": [
                "高中阶段毛入学率达到93%",
                "课后服务学生参与率达到96%",
                "全年不发生学生溺亡事故",
            ]
        },
        "priorities": [
            {
                "area": "双减",
                "points": ["县教育局牵头，县市场监管局配合，每月开展一次校外培训联合检查"],
                "facts": {
                    "义务教育学校课后服务学生参与率": "达到96%",
                    "校外培训专项检查": "计划12次",
                },
            },
            {
                "area": "教师队伍",
                "points": ["8月底前完成教师招聘"],
            },
            {
                "area": "防溺水",
                "points": ["各乡镇负责对辖区危险水域设置警示标志"],
                "facts": {"年内排查整改校园安全隐患数": "计划280项"},
            },
        ],
    }


def _town_report() -> dict[str, Any]:
    return {
        "kind": "work_report",
        "meeting": {"date": "2031-01-15"},
        "region": {"level": "town", "name": "青石镇"},
        "speaker": {"title": "镇中心学校校长", "name": "何平"},
        "targets": {
            "items": [
                "九年义务教育巩固率保持100%",
                "学生体质健康测试达标率达到94%",
                "教师家访覆盖率达到100%",
            ]
        },
        "priorities": [
            {
                "area": "家校社协同",
                "points": ["镇妇联负责，每学期举办两次家庭教育讲座"],
                "facts": {"教师家访学生覆盖率": "达到100%"},
            },
            {
                "area": "冬季安全",
                "points": ["大雪天气提前发布停课通知"],
                "facts": {"每校每学期应急演练次数": "计划4次"},
            },
        ],
    }


def _teachers_day() -> dict[str, Any]:
    return {
        "kind": "teachers_day",
        "meeting": {"date": "2030-09-09"},
        "region": {"level": "city", "name": "临川市"},
        "speaker": {"title": "市长", "name": "贺新"},
        "targets": {"items": ["新补充教师1200名"]},
        "priorities": [{"area": "教师队伍", "points": ["乡村教师生活补助按时足额发放"]}],
    }


def _sentences(text: str) -> list[str]:
    return [s for s in re.split("[。！？\n]", text) if s.strip()]


_LEAD = re.compile(r"^\u3000*[一二三四五六七八九十]是[^。]*")


def _section_of(data: dict[str, Any], seed: int, needle: str) -> str:
    """The heading (or a run-in section's 一是… lead) the paragraph saying ``needle`` stands
    under ("" for none)."""
    under = ""
    for block in draft(data, seed).document.blocks:
        if isinstance(block, Heading):
            under = block.title
            if needle in "".join(r.text for r in block.body):
                return under
            continue
        lead = _LEAD.match(block.text)
        under = lead.group() if lead else under
        if needle in block.text:
            return under
    raise AssertionError(needle)


@pytest.mark.parametrize("seed", SEEDS)
def test_a_target_said_in_the_list_is_not_said_again_by_its_section(seed: int) -> None:
    """参与率96% in the targets, the fact 义务教育学校课后服务学生参与率 达到96%: said once."""
    text = spoken(_leading_group(), seed)
    said = [s for s in _sentences(text) if "96%" in s]
    assert len(said) == 1, said
    assert "课后服务学生参与率达到96%" in said[0]


@pytest.mark.parametrize("seed", SEEDS)
def test_a_count_of_checks_yields_to_the_clerks_cadence(seed: int) -> None:
    """每月开展一次…联合检查 is the clerk's; 专项检查12次 beside it says it again."""
    text = spoken(_leading_group(), seed)
    assert "每月开展一次" in text
    assert not [s for s in _sentences(text) if "12次" in s]


@pytest.mark.parametrize("seed", SEEDS)
def test_a_tasks_figure_is_said_in_its_own_section_not_after_the_targets(seed: int) -> None:
    """年内排查整改校园安全隐患 280项 under 防溺水: in that section, never 同时，… after the list."""
    data = _leading_group()
    said = [s for s in _sentences(spoken(data, seed)) if "280项" in s]
    assert len(said) == 1, said
    assert not said[0].lstrip("\u3000").startswith("同时"), said
    assert "溺" in _section_of(data, seed, "280项")


@pytest.mark.parametrize("seed", SEEDS)
def test_a_shorter_named_target_keeps_its_measure_once(seed: int) -> None:
    """教师家访覆盖率达到100% (target) and 教师家访学生覆盖率 达到100% (fact): one saying; the
    drill count 4次 of 冬季安全 said in that section, not glued after the targets."""
    data = _town_report()
    sentences = _sentences(spoken(data, seed))
    assert len([s for s in sentences if "家访" in s and "100%" in s]) == 1
    drills = [s for s in sentences if "4次" in s]
    assert len(drills) == 1, drills
    assert not drills[0].lstrip("\u3000").startswith("同时"), drills
    assert "冬季" in _section_of(data, seed, "4次")


@pytest.mark.parametrize("seed", SEEDS)
def test_one_target_is_said_as_a_sentence_not_a_list(seed: int) -> None:
    """我们的目标是：新补充教师1500名。 read as a form; one target is 今年要确保新补充教师1200名 (or 必须确保…)."""
    sentences = _sentences(spoken(_teachers_day(), seed))
    said = [s for s in sentences if "1200名" in s]
    assert len(said) == 1, said
    assert "目标" not in said[0] and "：" not in said[0], said
    assert re.search(r"确保新补充教师1200名", said[0]), said


def test_no_targets_lead_reads_like_a_form() -> None:
    """The several-targets leads of every kind: never 具体目标是 (一是 follows), 我们的目标是,
    要实现的目标主要有, 要确保实现的目标是; one target's sentence names no 目标 and has no colon."""
    form = re.compile(r"具体目标是|我们的目标是|要实现的目标主要有|要确保实现的目标是")
    kinds = 0
    for path in sorted((builtin_templates_dir() / "phrases/frames").glob("*.yaml")):
        slots = yaml.safe_load(path.read_text(encoding="utf-8")).get("slots", {})
        for name, wordings in slots.items():
            texts = [w if isinstance(w, str) else w.get("text", "") for w in wordings]
            if name.endswith(".targets_lead"):
                kinds += 1
                assert not [t for t in texts if form.search(t)], (path.name, name)
            if name.endswith(".one_target"):
                assert texts and all("目标" not in t and "：" not in t for t in texts), name
    assert kinds == 7
