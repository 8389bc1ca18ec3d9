"""Who the speaker may direct (voice26, issue 11's rule; round an's L, A and R): every profile
of the repository (profiles/, docs/review/*/profiles, one render per distinct file) at seeds
1–3, and each spoken sentence of one of three kinds counted:

- ``order_peer``: a bureau's man (局长, 厅长, a department's deputy) or a 中心学校校长 gives a
  task to a body he does not direct — a peer department, a higher body, the township's
  bodies for a principal (省人社厅、省教育厅要联合推进…, 旗卫健委负责…, 苏木妇联要负责，…,
  …，由苏木妇联负责, 要建立苏木党委…的制度, 苏木要派出所配合);
- ``own_third``: the speaker's own unit named in the third person as the one charged (州教育局
  将负责，…, 由区教育局统筹…, 推动州人社局、州教育局联合…, 推动教育局班子成员…); its own body
  with its own deed (自治区教育厅将组成…, voice24's form, pinned by tests/test_point_voice.py)
  is not counted;
- ``peer_arrangement``: 会同/配合/联合/邀请 a named department (公安、交通、市场监管等部门; 民族宗教
  部门) the profile's text never names — an arrangement nobody decided.

The detector's word lists are its own, not the composer's (templates/norms/authority.yaml).

    python scripts/authority_lines.py [FOLDER…] [-v] [--seeds N]

Run with PYTHONPATH at two trees to compare.
"""

from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import detector_runs
from detector_runs import run_detector

KEYS = ("order_peer", "own_third", "peer_arrangement")

_SENTENCE = re.compile(r"[^。！？；\n]*[。！？；]|[^。！？；\n]+$")
_PLACE = r"(?:自治区|省|市|州|盟|县|区|旗|苏木|镇|乡)?"
# departments by their stems (the detector's own list)
_STEMS = (
    "人社|人力资源社会保障|人力资源和社会保障|财政|发改|发展改革|住建|住房城乡建设|公安|卫健|卫生健康|疾控|"
    "水利|应急管理|应急|民政|残联|妇联|团委|共青团|市场监管|交通运输|交通|自然资源|编办|机构编制|网信|"
    "农业农村|文旅|文化和旅游|体育|司法|民族宗教|民宗|消防救援|消防|城管|综治|宣传|组织"
)
_PEER = rf"{_PLACE}(?:{_STEMS})(?:局|委|厅|办|部门|部|大队|支队)?|{_PLACE}派出所|{_PLACE}卫生院"
_HIGHER = r"(?:自治区|省|市|州|盟|县|区|旗|苏木|镇|乡)(?:党委|委|政府|人民政府)"
_TOWN_BODY = r"(?:苏木|镇|乡)(?:党委|政府|里)?"
_SUBJECT_END = r"(?:[、和与及](?:{b}))*"
# (负责同志 is an official, not a duty: 省公安厅负责同志通报了…)
_LINK = (
    r"(?:要|将|须|必须|应当)?(?:负责(?!同志|人)|牵头|联合|共同|统筹|配合)|(?<!主)要(?!求)|须|必须"
)
_ARRANGE = re.compile(
    r"(?:会同|配合|联合|邀请)(?P<who>(?:[^，。；、]{0,4}?(?:"
    + _STEMS
    + r")[、和与及]?)+)(?:等)?(?:有关|相关)?(?:部门|单位|专业力量|力量)"
)
BUREAU_LIKE = frozenset({"bureau_chief", "school_head"})


def _bodies(role: str) -> str:
    bodies = [_PEER, _HIGHER]
    if role == "school_head":
        bodies.append(_TOWN_BODY)
    return "|".join(f"(?:{b})" for b in bodies)


def _own(data: dict[str, Any]) -> list[str]:
    region = data.get("region") or {}
    level = str(region.get("level", ""))
    name = str(region.get("name", ""))
    first = {
        "province": "省",
        "autonomous_region": "自治区",
        "city": "市",
        "prefecture": "州",
        "county": "县",
        "county_city": "市",
        "district": "区",
        "banner": "旗",
    }.get(level, "")
    own = ["教育局", "教育厅", "教体局", "教育和体育局", "教育体育局"]
    names = [first + o for o in own] if first else []
    names += [name + o for o in own] if name else []
    return names


def check(text: str, data: dict[str, Any]) -> dict[str, list[str]]:
    from speechdraft.voice import speaker_role

    speaker = data.get("speaker") or {}
    role = speaker_role(speaker.get("role"), str(speaker.get("title", "")))
    found: dict[str, list[str]] = {}
    profile_text = str(data)
    sentences = [s.strip() for s in _SENTENCE.findall(text) if s.strip()]
    bodies = _bodies(role)
    own = _own(data)
    named = bodies + "".join(f"|{re.escape(o)}" for o in own)
    order = re.compile(
        r"(?:^|[，：]|一是|二是|三是|四是|五是|推动|要求)(?:"
        + named
        + ")"
        + _SUBJECT_END.format(b=named)
        + r"(?:"
        + _LINK
        + r")"
        + r"|由(?:"
        + bodies
        + r")(?:[、和与及](?:"
        + bodies
        + r"))*(?:负责|牵头|统筹)|(?:建立|健全)(?:"
        + _HIGHER
        + "|"
        + _TOWN_BODY
        + r")[^，。；]{2,30}(?:制度|机制)"
    )
    peer = re.compile(bodies)
    third = (
        re.compile(
            r"(?:^|[，：]|一是|二是|三是|四是|五是)(?:"
            + "|".join(map(re.escape, own))
            + r")(?:将|要)?(?:负责(?!同志|人)|统筹|牵头)|由(?:"
            + "|".join(map(re.escape, own))
            + r")(?:负责|统筹|牵头)|推动[^，。；]{0,12}(?:"
            + "|".join(map(re.escape, own))
            + r")|推动(?:局|教育局|厅)?班子成员"
        )
        if own
        else None
    )
    for line in sentences:
        if line.startswith(("【", "（")) and "】" in line[:40]:
            continue
        ordered = order.search(line)
        if role in BUREAU_LIKE and ordered and peer.search(ordered.group()):
            found.setdefault("order_peer", []).append(line)
        if role == "bureau_chief" and third is not None and third.search(line):
            found.setdefault("own_third", []).append(line)
        arranged = _ARRANGE.search(line)
        if arranged:
            stems = re.findall(_STEMS, arranged["who"])
            if any(stem not in profile_text for stem in stems):
                found.setdefault("peer_arrangement", []).append(line)
    return found


def _distinct(folders: list[Path] | None = None) -> Any:
    seen: set[str] = set()
    for path in _all_profiles(folders):
        digest = hashlib.md5(path.read_bytes()).hexdigest()
        if digest not in seen:
            seen.add(digest)
            yield path


_all_profiles = detector_runs.profiles
detector_runs.profiles = _distinct  # one render per distinct profile file

if __name__ == "__main__":
    run_detector(check, KEYS, total=True)
