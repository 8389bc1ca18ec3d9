"""Issue 11's R and G, round ad's families of what the bank and the weaver say (voice16).

Round ad's readers (docs/review/2026-12-01ad, strict brief) marked R 25 and G 9 per 1,000
lines. The families, found by tests/register_support.py over every wording and every draft:

- a national rule that is itself an instruction quoted whole into a frame (各学校要落实“按照
  年度公用经费预算总额的5%安排教师培训经费”的规定, 农村小规模学校要按照“不足100人的农村小规模
  学校…”的政策, 坚持“…每餐均应当有…共同用餐”): such a rule is tagged ``clause: true`` in
  norms/rules.yaml, the bank says it as a clause in the speaker's words, and the loader refuses
  a wording that quotes or frames it;
- figure sentences that say a name or a verb twice (要提高X，X计划达到90%; 要落实好学生资助资金，
  全州计划落实全年学生资助资金…), a head 工程工作 or …行动持续加强, a bare count hung at a claim's
  end (…，村幼教点512个。), a claim with no subject (通过…验收，完成…);
- the weaver's verb before a noun that does not take it (确保校车安全管理, 确保…标准动态调整,
  确保…白名单、黑名单, 抓好…融入课堂教学, 管好用好…生活补助、周转宿舍): NOUN_NEEDS_VERB;
- register lines (大家都看得到, 卷钱跑路, 当季的风险, 把严把紧, 在问题上优先解决) and the
  endorsement that names the speaker's post again right after the 刚才 line.

Profiles are this file's own; drafts over kinds × levels × seeds.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from _matrix import draft
from register_support import line_findings, voice_lines
from speechdraft.compose.weave import charge
from speechdraft.datafile import DataFileError
from speechdraft.norms import load_rules
from speechdraft.phrasebank import load_phrasebank
from speechdraft.resources import builtin_templates_dir
from speechdraft.writers.text import to_text

SEEDS = (1, 2, 3)
LEVELS = ("county", "city", "district")
TITLES = {
    "leader_speech": "县人民政府县长",
    "work_report": "县教育局局长",
    "concluding_remarks": "县人民政府副县长",
    "leading_group": "县委书记、县委教育工作领导小组组长",
    "safety": "县人民政府副县长",
}
_PLACE = {"county": "县", "city": "市", "district": "区"}


def _title(kind: str, level: str) -> str:
    if level == "autonomous_region":
        return "自治区人民政府副主席"
    return TITLES[kind].replace("县", _PLACE[level])


_CODE = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.DOTALL)
_NORM = re.compile(r"\{\{\s*norm\(\s*['\"]([a-z_0-9]+)['\"][^}]*\}\}")


def _profile(kind: str, level: str, **extra: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "kind": kind,
        "meeting": {"date": "2026-03-10" if kind != "safety" else "2026-05-20"},
        "region": {"level": level, "name": "青禾"},
        "speaker": {"title": _title(kind, level)},
        "duration_minutes": 30,
        "review": {
            "achievements": [
                {
                    "area": "学前教育",
                    "points": ["幼儿园和村幼教点实现“学前学会普通话”全覆盖"],
                    "figures": {"村幼教点": "512个"},
                },
                {
                    "area": "教师队伍",
                    "figures": {"补充教师": "240名", "省级“银龄讲学”教师": "85名"},
                },
                {"area": "教师安居工程", "figures": {"新建教师周转宿舍": "210套"}},
            ],
            "problems": ["城区学位偏紧", "乡村教师结构性缺员"],
        },
        "priorities": [
            {"area": "教师队伍", "points": ["新教师入职三年跟岗培养"]},
            {"area": "义务教育", "points": ["乡村小规模学校办学质量提升"]},
            {"area": "双减", "facts": {"义务教育学校课后服务学生参与率": 90}},
            {"area": "学生资助", "facts": {"全年学生资助资金": "18500万元"}},
            {"area": "校园安全", "points": ["校车安全管理，做到“一车一档、一人一卡”"]},
        ],
        "safeguards": ["经费保障", "工作作风"],
    }
    data.update(extra)
    return data


def _draft(data: dict[str, Any], seed: int) -> str:
    return to_text(draft(data, seed).document)


# --- the rules said in the speaker's words -------------------------------------------------


def _clause_rules() -> dict[str, str]:
    return {rule.id: rule.text for rule in load_rules() if rule.clause}


def test_the_rules_that_are_instructions_are_tagged() -> None:
    """The four instructions round ad's readers struck as quoted clauses are clause rules."""
    assert {
        "training_funds_5pct",
        "small_school_100",
        "school_meal_companion",
        "prepay_3_months",
    } <= set(_clause_rules())


def _bank_strings() -> list[str]:
    found: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, str):
            found.append(node)
        elif isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for path in sorted((builtin_templates_dir() / "phrases").rglob("*.yaml")):
        walk(yaml.safe_load(path.read_text(encoding="utf-8")))
    return found


def test_no_wording_quotes_a_clause_rule_into_a_frame() -> None:
    """At main 27 wordings did (落实“…”的规定, 坚持“…”, 按照“…”的政策); now none."""
    rules = _clause_rules()
    framed = []
    for text in _bank_strings():
        for call in _NORM.finditer(text):
            if call[1] not in rules:
                continue
            said = _CODE.sub("X", _NORM.sub(lambda m: rules.get(m[1], "X"), text))
            if any("规定原文加引号" in line_findings(s) for s in re.findall(r"[^。]*。?", said)):
                framed.append(text)
    assert not framed, "\n".join(framed)


def test_the_loader_refuses_a_clause_rule_in_quotes(tmp_path: Path) -> None:
    """An office's own wording that quotes a clause rule is an error naming its file."""
    area = tmp_path / "office" / "phrases" / "areas"
    area.mkdir(parents=True)
    (area / "reading.yaml").write_text(
        """key: reading
label: 书香校园建设
aliases: [书香校园]
facts: []
families:
  - key: rooms
    aliases: [阅览室]
    headings: [建好用好阅览室, 让阅览室成为学生常去的地方]
    units:
      - slot: measure
        text:
          - "各学校要落实“{{ norm('training_funds_5pct') }}”的规定，阅览室图书要常换常新。"
""",
        encoding="utf-8",
    )
    with pytest.raises(DataFileError) as caught:
        load_phrasebank(builtin_templates_dir(), tmp_path / "office")
    message = str(caught.value)
    assert "reading.yaml:" in message and "本身是一句要求" in message


# --- drafts of this file's own profiles ----------------------------------------------------


_KINDS = ("leader_speech", "work_report", "concluding_remarks", "leading_group")


@pytest.mark.parametrize("level", LEVELS)
@pytest.mark.parametrize("kind", _KINDS)
def test_drafts_say_no_line_of_the_families(kind: str, level: str) -> None:
    """Kinds × levels × seeds 1–3 of a profile with the forms round ad's readers struck: no
    rule quoted into a frame, no name or verb said twice, no 工程工作, no bare count at a
    claim's end, no verb its noun does not take, no line out of register."""
    found: dict[str, list[str]] = {}
    preceding = ["县教育局局长作了工作报告", "两个乡镇作了表态发言"]
    for seed in SEEDS:
        extra = {"preceding": preceding} if kind == "concluding_remarks" else {}
        text = _draft(_profile(kind, level, **extra), seed)
        for key, lines in voice_lines(text).items():
            found.setdefault(key, []).extend(lines)
    assert not found, found


@pytest.mark.parametrize("seed", SEEDS)
def test_a_safety_speech_says_no_line_of_the_families(seed: int) -> None:
    data = _profile(
        "safety",
        "county",
        priorities=[
            {"area": "校园安全", "points": ["校车安全管理，做到“一车一档、一人一卡”"]},
            {"area": "食品安全"},
            {"area": "防溺水"},
        ],
    )
    assert not voice_lines(_draft(data, seed))


# --- the endorsement -----------------------------------------------------------------------


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize(
    ("post", "level"),
    [
        ("县教育局局长", "county"),
        ("市教育局局长", "city"),
        ("自治区教育厅厅长", "autonomous_region"),
    ],
)
def test_an_endorsement_does_not_name_the_post_again(post: str, level: str, seed: int) -> None:
    """刚才，X局长作了工作报告 … then 工作报告/报告…, not X局长的报告 again (round ad's R); a
    name is still said with 同志."""
    data = _profile(
        "concluding_remarks",
        level,
        preceding=[f"{post}作了工作报告", "各乡镇与政府签订了目标责任书"],
    )
    text = _draft(data, seed)
    assert f"{post}作了工作报告" in text
    assert f"{post}的报告" not in text and f"{post}的工作报告" not in text
    named = _profile("concluding_remarks", level, preceding=[f"{post}李明同志作了工作报告"])
    assert "李明同志的" in _draft(named, seed)


# --- the weaver's verbs --------------------------------------------------------------------

POINTS = (
    ("校车安全管理", "加强校车安全管理"),
    ("校车安全管理，做到“一车一档、一人一卡”", "加强校车安全管理"),
    ("生均公用经费标准动态调整", "建立生均公用经费标准动态调整机制"),
    ("校外培训机构白名单、黑名单", "实行校外培训机构白名单、黑名单管理"),
    ("中华优秀传统文化教育融入课堂教学", "推动中华优秀传统文化教育融入课堂教学"),
    ("新教师入职三年跟岗培养", "落实新教师入职三年跟岗培养制度"),
    ("边远地区教师生活补助、周转宿舍", "做好边远地区教师生活补助、周转宿舍保障"),
)


@pytest.mark.parametrize("bureau", [False, True])
@pytest.mark.parametrize(("point", "said"), POINTS)
def test_a_noun_takes_the_verb_its_head_needs(point: str, said: str, bureau: bool) -> None:
    woven = charge(point, bureau)
    assert said in woven, woven
    assert not re.search(r"确保|抓好|管好用好", woven), woven
