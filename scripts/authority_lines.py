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
  部门) the profile's text never names — an arrangement nobody decided;
- ``deputy_unentrusted`` (voice27): a deputy the profile says speaks for someone
  (speaker.on_behalf_of: 旗委书记, 厅长, 县委、县政府) at a kind where the principal would speak
  (leader_speech, leading_group, concluding_remarks, safety, school_opening, teachers_day),
  whose draft never says 受…委托 (round ao's and am's S), counted once per draft;
- ``entrusted_wrong``: 受…主要负责同志委托 where the profile names nobody (round al's A), or
  受X委托 naming other than the profile's on_behalf_of (round am's F);
- ``wrong_ask`` (voice27): a speaker's ask in the wrong direction — a principal (书记, 县长,
  副县长…) telling the 教育局 to 向编制、人社部门反映、争取 (he tells those departments himself:
  round ao's L), or a bureau's 积极争取支持 / 积极争取健全… naming nobody to ask (round ao's R L).

``--deputies`` adds, for every profile of those kinds, a copy spoken by a deputy for the
principal (副县长 for 县长, 副厅长 for 厅长…; written to a temporary folder), so that the
entrusted wording is measured over all kinds × levels × years.

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

KEYS = (
    "order_peer",
    "own_third",
    "peer_arrangement",
    "deputy_unentrusted",
    "entrusted_wrong",
    "wrong_ask",
)

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


# the kinds where a deputy may stand in for the principal (the detector's own list)
_STAND_IN_KINDS = frozenset(
    {
        "leader_speech",
        "leading_group",
        "concluding_remarks",
        "safety",
        "school_opening",
        "teachers_day",
    }
)
# a deputy by title: 副县长, 副厅长, 旗委副书记, 常务副组长; not 市委副书记、市长 (a head)
_DEPUTY_TITLE = re.compile(r"副(?!书记)|副书记(?![^，、]*[、，][^，、]*(?:县|区|市|州|旗|省)长)")
_ENTRUSTED = re.compile(r"受([^，。；]{2,30}?)委托")
_PRINCIPALS = frozenset({"party_secretary", "government_head", "deputy", "group_head"})
_ASK_UP = re.compile(
    r"(?:教育局|教育厅|教体局|教育和体育局)要[^。；]{0,8}向[^。；]{0,12}"
    r"(?:编制|编办|人社|财政|发改|住建)[^。；]{0,12}(?:反映|争取)"
)
_ASK_NOBODY = re.compile(r"(?:积极|主动)争取(?:支持|(?:健全|完善|建立|出台))")


def _entrusted_lines(text: str, data: dict[str, Any], sentences: list[str]) -> dict[str, list[str]]:
    speaker = data.get("speaker") or {}
    # (on_behalf_of may be written as the words: 受市长委托)
    behalf = re.sub(r"^受|委托$", "", str(speaker.get("on_behalf_of") or ""))
    title = str(speaker.get("title") or "")
    said = [(s, m.group(1)) for s in sentences for m in _ENTRUSTED.finditer(s)]
    found: dict[str, list[str]] = {}
    wrong = [
        s for s, who in said if (not behalf and "主要负责同志" in who) or (behalf and who != behalf)
    ]
    if wrong:
        found["entrusted_wrong"] = wrong
    deputy = bool(_DEPUTY_TITLE.search(title))
    if behalf and deputy and str(data.get("kind")) in _STAND_IN_KINDS and not said:
        found["deputy_unentrusted"] = [f"{title}（受{behalf}委托）：无“受…委托”"]
    return found


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
    found.update(_entrusted_lines(text, data, sentences))
    for line in sentences:
        if line.startswith(("【", "（")) and "】" in line[:40]:
            continue
        if role in _PRINCIPALS and _ASK_UP.search(line):
            found.setdefault("wrong_ask", []).append(line)
        if role in BUREAU_LIKE and _ASK_NOBODY.search(line):
            found.setdefault("wrong_ask", []).append(line)
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

# the deputy who stands in for each level's head (the detector's own table)
_DEPUTIES = {
    "county": ("副县长", "县长"),
    "county_city": ("副市长", "市长"),
    "district": ("副区长", "区长"),
    "banner": ("副旗长", "旗长"),
    "city": ("副市长", "市长"),
    "prefecture": ("副州长", "州长"),
    "province": ("副省长", "省长"),
    "autonomous_region": ("自治区人民政府副主席", "自治区人民政府主席"),
    "town": ("副镇长", "镇长"),
}


def _deputy_copies() -> Path:
    """Every profile of the stand-in kinds, spoken by its level's deputy for the head (and,
    at a province or region, by the education department's deputy for its head)."""
    import tempfile

    import yaml

    folder = Path(tempfile.mkdtemp(prefix="deputies-"))
    for path in _distinct():
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or str(data.get("kind")) not in _STAND_IN_KINDS:
            continue
        level = str((data.get("region") or {}).get("level", ""))
        if level not in _DEPUTIES:
            continue
        title, head = _DEPUTIES[level]
        data["speaker"] = {"title": title, "on_behalf_of": head}
        out = folder / path.name
        n = 2
        while out.exists():
            out = folder / f"{path.stem}-{n}.yaml"
            n += 1
        out.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return folder


if __name__ == "__main__":
    if "--deputies" in sys.argv:
        sys.argv.remove("--deputies")
        sys.argv.append(str(_deputy_copies()))
    run_detector(check, KEYS, total=True)
