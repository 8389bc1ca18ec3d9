"""Stock lines that presume an event, a programme, a body or a verdict the profile never gave
(issue 11's A; round ai; branch claims19).

Round ai's readers marked as invented bank units that state as given what only a profile can
say: 完成了年初确定的主要任务 and 成绩是主要的，各方面都有进步 (a verdict on a year the profile
never reviewed), 对审计指出的问题 (no audit), 名师名校长培养工程 (a named programme, over a
profile naming only 名师工作室), 与高校和优质高中的结对合作 (no 高校), 自然资源部门要优先保障
学校建设用地 (no building), 列入项目计划 and 认定办法…我们将抓紧研究完善 (promises nobody
decided), 重点工作要实行清单化管理 (a mechanism). Each carries a trigger (templates/norms/
named.yaml, or situation.PRESUPPOSED's review_given) and is said only where the profile names it.
These tests read every bank wording and render their own profiles — without and with the
triggering words — over kinds, levels and seeds 1–3.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from speechdraft.named import LICENCE_PREFIX, licensed_by
from speechdraft.phrasebank import claims
from speechdraft.pipeline import build_draft
from speechdraft.resources import builtin_templates_dir
from speechdraft.writers.text import to_text

# what a wording presumes (the test's own words), and what in a profile names it (None: a
# review, read from review.achievements)
PRESUMES: dict[str, tuple[str, str | None]] = {
    "verdict": (
        r"完成了?年初[^，。；]{0,6}(?:确定|部署)的[^，。；]{0,4}任务",
        r"完成[^，。；]{0,10}(?:任务|目标)",
    ),
    "progress": (r"各方面都有进步|成绩是主要的", None),
    "audit": (r"审计(?:指出|发现|反馈|查出)的问题", r"审计"),
    "programme": (
        r"名师[^，。；]{0,4}培养工程|名师工程|名校长工程",
        r"名师[^，。；]{0,6}工程|名校长",
    ),
    "university": (r"高校和优质高中", r"高校|大学|学院"),
    "land": (r"建设用地|保用地|学校用地", r"用地|新建|改扩建|扩建|续建|建设项目|开工|竣工"),
    "project_plan": (r"列入项目", r"项目"),
    "rule": (r"认定办法[^。；]{0,4}我们将[^。；]{0,4}(?:研究|完善|修订)", r"认定(?:办法|标准)"),
    "list": (r"实行清单化管理", r"清单"),
}

KINDS = ("leader_speech", "work_report", "concluding_remarks", "leading_group")
LEVELS = {"county": "青溪县", "city": "石桥市", "province": "南川省"}
UNIT = {"county": "县", "city": "市", "province": "省"}
TITLES = {
    "leader_speech": "{u}委书记",
    "work_report": "{u}教育局局长",
    "concluding_remarks": "{u}长",
    "leading_group": "{u}委书记、{u}委教育工作领导小组组长",
}
# areas whose units hold the presuming wordings; the points name nothing they presume
# (结对 between the place's own schools, 名师工作室 but no 培养工程)
AREAS = [
    {"area": "教师队伍建设", "points": ["发挥名师工作室的带动作用"]},
    {"area": "县域高中振兴", "points": ["城乡学校结对帮扶"]},
    {"area": "职业教育"},
    {"area": "寄宿制学校管理"},
    {"area": "教育经费保障"},
    {"area": "部门协同"},
]


def profile(kind: str, level: str, size: str) -> dict[str, Any]:
    u = UNIT[level]
    data: dict[str, Any] = {
        "kind": kind,
        "meeting": {"date": "2027-03-16"},
        "region": {"level": level, "name": LEVELS[level]},
        "speaker": {"title": TITLES[kind].format(u=u), "name": "周明"},
        "duration_minutes": 30,
        "priorities": AREAS if size == "rich" else AREAS[:3],
    }
    if size == "rich":
        data["review"] = {
            "achievements": [
                {"area": "教育质量", "points": ["学业质量监测成绩稳步提升"]},
                {"area": "教师队伍", "figures": {"新招聘教师": "130名"}},
            ],
            "problems": ["乡村学校音体美教师短缺"],
        }
    return data


def written(data: dict[str, Any]) -> str:
    kept = {k: v for k, v in data.items() if k not in ("speaker", "region", "kind")}
    return yaml.safe_dump(kept, allow_unicode=True)


CASES = [
    (kind, level, size, seed)
    for kind in KINDS
    for level in LEVELS
    for size in ("rich", "thin")
    for seed in (1, 2, 3)
]
_SENTENCE = re.compile(r"[^。！？\n]+[。！？]?")


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple, tuple[Any, dict]]:
    folder = tmp_path_factory.mktemp("presumed")
    rendered = {}
    for case in CASES:
        data = profile(*case[:3])
        path = folder / ("-".join(map(str, case[:3])) + ".yaml")
        if not path.exists():
            path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
        rendered[case] = (build_draft(path, seed=case[3]), data)
    return rendered


def _wordings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return _wordings(value["text"]) if "text" in value else _wordings(list(value.values()))
    if isinstance(value, list):
        return [w for item in value for w in _wordings(item)]
    return []


def test_every_bank_wording_that_presumes_carries_a_trigger() -> None:
    unguarded = []
    for path in sorted((builtin_templates_dir() / "phrases").rglob("*.yaml")):
        for text in _wordings(yaml.safe_load(path.read_text(encoding="utf-8"))):
            for key, (shape, _) in PRESUMES.items():
                presupposes, names = claims(text)
                if re.search(shape, text) and not (presupposes or names):
                    unguarded.append(f"{path.name} {key}: {text}")
    assert unguarded == [], "\n".join(unguarded)


def test_the_profile_s_own_words_license_them() -> None:
    named = licensed_by(["审计反馈的问题已整改", "新建学校3所", "实施名师名校长培养工程"])
    for key in ("audit_findings", "school_land", "famous_teacher_project"):
        assert LICENCE_PREFIX + key in named
    plain = licensed_by(["发挥名师工作室的带动作用", "城乡学校结对帮扶", "毛入园率达到93%"])
    for key in ("audit_findings", "school_land", "famous_teacher_project", "partner_university"):
        assert LICENCE_PREFIX + key not in plain
    assert LICENCE_PREFIX + "year_tasks_done" in licensed_by(["全面完成了年度目标任务"])


def test_no_draft_presumes_what_its_profile_never_named(drafts: dict) -> None:
    found = []
    for case, (draft, data) in drafts.items():
        own = written(data)
        reviewed = bool(data.get("review", {}).get("achievements"))
        for line in to_text(draft.document).splitlines():
            for sentence in _SENTENCE.findall(line):
                for key, (shape, licence) in PRESUMES.items():
                    if not re.search(shape, sentence):
                        continue
                    named = reviewed if licence is None else bool(re.search(licence, own))
                    if not named:
                        found.append(f"{'-'.join(map(str, case))} {key}: {sentence}")
    assert found == [], f"{len(found)}:\n" + "\n".join(found[:20])


def test_a_profile_that_names_them_still_hears_them(tmp_path: Path) -> None:
    """The triggers license, they do not ban: a bureau's report whose profile names an audit
    and a building programme may still say the audit's findings and the land (some seed)."""
    data = profile("work_report", "county", "rich")
    data["review"]["problems"].append("审计反馈的专项资金问题尚未整改到位")
    data["priorities"] = [
        {"area": "教育经费保障", "points": ["审计发现的问题逐项整改"]},
        {"area": "部门协同", "points": ["新建学校3所、改扩建校舍"]},
    ]
    path = tmp_path / "named.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    said = "".join(to_text(build_draft(path, seed=s).document) for s in range(1, 9))
    assert re.search(PRESUMES["audit"][0] + "|" + PRESUMES["land"][0], said)
