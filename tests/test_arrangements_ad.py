"""Issue 11's A, round ad's families (truth16): arrangements stated as decided in words.

Round ad's readers (docs/review/2026-12-01ad) marked 14 A lines, all but one bank wordings
that state an arrangement nobody decided: a method set for every school (“一校一方案”), a
reporting rule (按时报送, 在领导小组会议上通报…通报里要写清), a ranking (排名靠后), a division
of labour (由…研究制定, X牵头，Y等部门配合), a pilot chosen (先选几所…试点), a record of a
division (蹲点指导的学校…台账), a joint inspection pledged for others (…部门要联合开展…检查),
a check at night (夜间抽查) and a body told to run another (乡中心学校要把中心幼儿园办好…带动).
The detector (speechdraft.arrangements) finds each family; the bank says none untagged
(tests/test_arrangements.py); drafts of this file's own profiles, every kind, six levels
(a town among them) and three seeds, say none of the family's words. The last, a praise of
a speaker's remarks, claims nothing about what was said (把风险点一个个摆了出来).

The test on round ad's own profiles is a fix on the set that measured it, not a new measure.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from tests.test_arrangements import _written, untraced
from tests.truth_matrix import KINDS, body_lines, render

from bank_support import bank_wordings
from speechdraft.arrangements import decided
from speechdraft.named import load_named
from speechdraft.pipeline import build_draft

_CODE = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.DOTALL)

# the shapes of round ad's families (written for this test; the detector must find each)
SHAPES = (
    "课后服务要按照“一校一方案”推进。",
    "教室改造要坚持一校一策，不搞一刀切。",
    "各项任务的完成情况，各乡镇要按时报送。",
    "专项整治的进展，要在局长办公会议上通报。",
    "哪个环节拖了后腿，通报里要写清楚。",
    "考核中排名靠后的学校，要向局里作出说明。",
    "集团化办学的评价办法，由县教育局研究制定。",
    "县教育局牵头，财政、发改等部门配合，把项目资金落实到位。",
    "课程改革要先选三所学校试点，再全面铺开。",
    "教研员蹲点指导的学校，要拿出改进的方案。",
    "公安、交通运输部门要联合开展校车安全检查。",
    "寄宿制学校的检查要有夜间抽查。",
    "中心学校要把村小办好，发挥好对教学点的带动作用。",
)

# words of the families a draft of a profile that does not name them must not say
_FAMILY = re.compile(
    r"一校一(?:方案|策)|按时报送|会议上通报|通报(?:里|中)要写清|排名靠后|由[^。；]{1,12}研究制定"
    r"|牵头，[^。；]{0,16}部门配合|先选[^。；]{0,12}试点|蹲点指导的|部门要联合开展|夜间抽查"
    r"|要把[^。；]{1,12}中心幼儿园办好|要用它带动"
)


def test_the_detector_finds_each_family_of_round_ad() -> None:
    missed = [s for s in SHAPES if not decided(s)]
    assert not missed, missed


def test_no_wording_of_the_bank_says_the_family_words() -> None:
    """At main 25 wordings say them (一校一方案/一校一策 6, 排名靠后 7, …); now none."""
    said = [t for t in bank_wordings() if _FAMILY.search(_CODE.sub("□", t))]
    assert not said, "\n".join(said)


_CLAIMS = re.compile(r"一个个|摆了出来|有的是老问题|有的是新情况")


def test_praise_of_a_speakers_remarks_claims_nothing_about_them() -> None:
    """The profile gives a speaker's topic, not what he said: a praise of his remarks says
    nothing of their content (round ad: 把风险点一个个摆了出来)."""
    praising = [t for t in bank_wordings() if "heard" in t]
    assert len(praising) >= 20
    claimed = [t for t in praising if _CLAIMS.search(t)]
    assert not claimed, claimed


# ---- drafts of this file's own profiles ----

TITLES = {
    "leader_speech": "县委书记",
    "work_report": "教育局局长",
    "concluding_remarks": "副县长",
    "leading_group": "领导小组组长",
    "teachers_day": "县长",
    "school_opening": "教育局局长",
    "safety": "副县长",
}
MONTHS = {"teachers_day": "09-05", "school_opening": "08-26", "safety": "11-20"}
AREAS = (
    "教育信息化",
    "学前教育",
    "普通高中",
    "教师队伍",
    "校园安全",
    "考试招生",
    "民办教育",
    "教研",
    "义务教育",
    "体育",
)
LEVELS_HERE = ("town", "county", "city", "province", "district", "banner")


def cases() -> list[tuple[str, str, int, int]]:
    return [
        (kind, LEVELS_HERE[(k + i) % len(LEVELS_HERE)], 2018 + (k * 5 + i * 3) % 17, i + 1)
        for k, kind in enumerate(KINDS)
        for i in range(3)
    ]


CASES = cases()


def _profile(kind: str, level: str, year: int, seed: int) -> dict[str, Any]:
    return {
        "kind": kind,
        "meeting": {"date": f"{year}-{MONTHS.get(kind, '03-02')}"},
        "region": {"level": level, "name": "青溪"},
        "speaker": {"title": TITLES[kind]},
        "seed": seed,
        "preceding": ["派出所所长讲了冬季交通安全"],
        "priorities": [{"area": area} for area in AREAS],
        "safeguards": [{"area": "督导考核"}, {"area": "部门协同"}, {"area": "组织领导"}],
    }


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple, tuple[str, str]]:
    folder = tmp_path_factory.mktemp("arrangements_ad")
    found = {}
    for case in CASES:
        data = _profile(*case)
        text = "\n".join(body_lines(render(data, folder, "-".join(map(str, case)))))
        found[case] = (text, _written(data))
    return found


def test_the_cases_cover_kinds_levels_and_seeds() -> None:
    assert {c[0] for c in CASES} == set(KINDS)
    assert {c[1] for c in CASES} == set(LEVELS_HERE)
    assert {c[3] for c in CASES} == {1, 2, 3}


def test_no_draft_says_the_family_words(drafts: dict) -> None:
    said = {
        "-".join(map(str, case)): _FAMILY.findall(text)
        for case, (text, _) in drafts.items()
        if _FAMILY.search(text)
    }
    assert not said, said


def test_no_draft_states_an_arrangement_the_profile_does_not_name(drafts: dict) -> None:
    table = load_named()
    found = {
        "-".join(map(str, case)): hits
        for case, (text, written) in drafts.items()
        if (hits := untraced(text, written, table))
    }
    assert not found, found


# ---- round ad's own profiles (a fix on the set that measured it, not a new measure) ----

_ROUND = Path(__file__).resolve().parent.parent / "docs" / "review" / "2026-12-01ad"
_LINE = re.compile(r"^\[[A-Z ]*A[A-Z ]*\]\s*(.+?)\s*←", re.MULTILINE)


def _marked() -> list[tuple[str, str]]:
    found = []
    for labels in sorted((_ROUND / "labels").glob("*.txt")):
        for sentence in _LINE.findall(labels.read_text(encoding="utf-8")):
            found.append((labels.stem, sentence))
    return found


MARKED = _marked()


def test_round_ad_has_its_fourteen_a_lines() -> None:
    assert len(MARKED) == 14 and len({name for name, _ in MARKED}) == 13


@pytest.mark.parametrize("name", sorted({name for name, _ in MARKED}))
def test_round_ad_drafts_no_longer_say_their_a_lines(name: str) -> None:
    draft = build_draft(_ROUND / "profiles" / f"{name}.yaml")
    text = "".join(body_lines(draft))
    said = [s for n, s in MARKED if n == name and s.rstrip("。") in text]
    assert not said, said
