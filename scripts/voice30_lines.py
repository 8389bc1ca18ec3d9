"""Who may say what to whom, at which level (voice30; round ap's L and the A they cause): every
distinct profile of the repository (profiles/, docs/review/*/profiles) at seeds 1–3, and each
spoken sentence of one of these kinds counted:

- ``town_departments``: a town's draft (乡、镇、苏木) speaking of 部门 of its own (强化部门联动,
  跨部门的事情, 各有关部门: a town has 乡直单位、站所), its government called 乡里/镇里, or
  全乡中心学校 (a town has one 中心学校: 全乡各学校);
- ``town_above``: a town's draft saying what is the county's — teacher pay 在待遇上保障教师
  charged to its villages, the county's 续建/新建项目 and 总投资 as its own targets, its
  中心学校 coordinating the town's own units (乡中心学校要…抓好统筹，乡直各单位要…配合);
- ``unruled_order``: a body told to act by a speaker who may not direct it — 审计部门要 from
  anyone but the principal, 编委要 without 提请, a bureau's 推动机关干部 (its own staff), a
  bureau defining how other departments are judged, a leading group's members told to
  向群众做好解释, a province's 财政部门 beside 省教育厅 (the body by name: 省财政厅), a
  leading group's 编委要 where the clerk wrote 提请…编委;
- ``province_reach``: a province's draft splitting targets 分解到校, or its 均衡发展评估 of
  各市（州） (the counties are assessed);
- ``mixed_counties``: one draft writing the counties below in two forms (各县（市、区） and
  各县（区）), counted once per draft;
- ``audience``: a meeting of member units and towns told what 每一位教师 must do.

The detector's word lists are its own, not the composer's.

    python scripts/voice30_lines.py [FOLDER…] [-v] [--seeds N]

Run with PYTHONPATH at two trees to compare.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import detector_runs
from detector_runs import run_detector

KEYS = (
    "town_departments",
    "town_above",
    "unruled_order",
    "province_reach",
    "mixed_counties",
    "audience",
)

_SENTENCE = re.compile(r"[^。！？；\n]*[。！？；]|[^。！？；\n]+$")
# a town's own 部门 (强化部门联动, 跨部门的事情, 各有关部门), not the county's (县直有关部门)
_TOWN_DEPT = re.compile(
    r"部门联动|部门协同|跨部门|(?<![县旗市区])(?:各有关|各)部门|部门之间|一个部门"
)
# the town's government as a body that acts (乡里要负责…), not the place (在镇里也能上好学)
_TOWN_SELF = re.compile(r"(?:乡|镇|苏木)里(?:要|将|负责|来|统筹)")
_ONE_SCHOOL = re.compile(r"全(?:乡|镇|苏木)(?:各)?中心学校")
_TOWN_ABOVE = (
    re.compile(r"在待遇上保障教师"),
    re.compile(r"续建项目|新建项目|总投资"),
    re.compile(r"中心学校要[^。；]{0,12}统筹[^。；]{0,6}(?:乡|镇|苏木)直"),
)
_PRINCIPAL = frozenset({"party_secretary", "government_head"})
_PARTY_SIDE = frozenset({"party_secretary", "group_head"})
_COUNTY_FORMS = re.compile(
    r"各县（市、区）|各县（区）|各县（市）|各县市区|各县区|各县（市、区、旗）"
)


def _unruled(line: str, role: str, level: str, kind: str, asked: bool) -> bool:
    if "审计部门要" in line and role not in _PRINCIPAL:
        return True
    # the clerk wrote 提请…编委: a leading group (or anyone not on the Party's side) asks it
    charged = re.search(r"(?<!提请)(?<!请)(?:县|市|旗|区|州|省)委编委要", line)
    if charged and asked and (kind == "leading_group" or role not in _PARTY_SIDE):
        return True
    if role == "bureau_chief":
        if "推动机关干部" in line:
            return True
        if re.search(
            r"各部门[^。；]{0,12}(?:评价|评判)|支持教育的成效[^。；]{0,8}(?:评判|评价)", line
        ):
            return True
    if kind == "leading_group" and "向群众做好解释" in line:
        return True
    if level in ("province", "autonomous_region"):
        return bool(re.search(r"(?<![省区])财政部门要会同(?:省|自治区)教育厅", line))
    return False


def _province_reach(line: str, level: str) -> bool:
    if level not in ("province", "autonomous_region"):
        return False
    return bool(
        re.search(r"分解到(?:校|各校|学校)", line)
        or re.search(r"各市（(?:州|盟)）的均衡发展评估|对各市[^。；]{0,6}均衡发展评估", line)
    )


def _town_lines(line: str) -> list[str]:
    keys = []
    if _TOWN_DEPT.search(line) or _TOWN_SELF.search(line) or _ONE_SCHOOL.search(line):
        keys.append("town_departments")
    if any(p.search(line) for p in _TOWN_ABOVE):
        keys.append("town_above")
    return keys


def check(text: str, data: dict[str, Any]) -> dict[str, list[str]]:
    from speechdraft.voice import speaker_role

    speaker = data.get("speaker") or {}
    role = speaker_role(speaker.get("role"), str(speaker.get("title", "")))
    level = str((data.get("region") or {}).get("level", ""))
    kind = str(data.get("kind", ""))
    profile_text = str(data)
    asked = bool(re.search(r"提请[^，。；]{0,6}编委", profile_text))
    found: dict[str, list[str]] = {}
    sentences = [s.strip() for s in _SENTENCE.findall(text) if s.strip()]
    for line in sentences:
        if line.startswith("【") and "】" in line[:40]:
            continue
        keys: list[str] = []
        if level == "town":
            keys += _town_lines(line)
            if "town_above" in keys and re.search(r"续建|新建|总投资", profile_text):
                keys.remove("town_above")
        if _unruled(line, role, level, kind, asked):
            keys.append("unruled_order")
        if _province_reach(line, level):
            keys.append("province_reach")
        if kind in ("leading_group", "leader_speech", "concluding_remarks") and re.search(
            r"要靠每一位教师|每一位教师都要", line
        ):
            keys.append("audience")
        for key in dict.fromkeys(keys):
            found.setdefault(key, []).append(line)
    forms = set(_COUNTY_FORMS.findall(text))
    if len(forms) > 1:
        found["mixed_counties"] = ["、".join(sorted(forms))]
    return found


_ALL = detector_runs.profiles


def _distinct(folders: list[Path] | None = None) -> Any:
    # one render per distinct profile text: review rounds copy earlier rounds' profiles
    return iter(detector_runs.distinct(_ALL(folders)))


if __name__ == "__main__":
    detector_runs.profiles = _distinct
    run_detector(check, KEYS, total=True)
