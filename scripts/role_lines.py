"""Counts, in rendered drafts, the lines where the speaker directs a body outside his reach
and the names a level or a year gets wrong (issue 11's L; round ag; branch role18).

    python scripts/role_lines.py               # every profile of the repository, seeds 1–3
    python scripts/role_lines.py FOLDER… [-v]  # other folders; -v lists every hit
    python scripts/role_lines.py --own FOLDER… # each profile at its own seed
    python scripts/role_lines.py --seeds 1     # seed 1 only

The speaker is read here from the title first (an education organ in it makes an education
department's man, whatever ``speaker.role`` says: a 省教育厅副厅长 stated as ``deputy``), then
the stated role; the checks keep their own word lists, not the composer's.

- ``l_edu_orders``: an education department's speaker (厅长, 副厅长, 局长, 副局长, 局党组书记)
  or a school's head tells another department (公安、卫生健康、市场监管、应急管理、水利…部门要),
  the government's departments as a whole (省直各有关部门要) or the governments below (各市（州）
  要落实…属地责任) what to do, or charges their heads (…的主要负责同志) — not 会同, 配合, 提请;
- ``l_town_powers``: a town's or a school's speaker with a county's powers: 查实一起、严肃处理
  一起, 专项督导 of its own, a 消防救援站 the profile never named, 文化、科技…场馆 brought in;
- ``l_province_schools``: a province's speaker acting on single schools (对…的学校及时督促);
- ``l_group_self``: the head of a leading group (or its secretary) sending questions to the
  group he is holding (提交…领导小组研究), or the group claiming every cross-department matter;
- ``n_health``: 卫生部门 for the health department after its 2018 renaming (卫生健康部门), or
  卫生健康 before it;
- ``n_staffing``: 编制部门 for 机构编制部门;
- ``n_party_org``: 教育局党组织 for the bureau's 党组;
- ``n_pastoral``: a pastoral 苏木 or 嘎查's speech saying 村里, 各村;
- ``n_group_office``: one draft naming the leading group's office two ways (秘书组 and 领导小组
  办公室), one line a draft.

Round ah (branch voice19):

- ``l_grain_fine``: a province's or a region's speech on a window's manners (笑脸相迎, 门难进),
  a pupil's clothes (增减衣物) or a subject group's routine (集体备课, 同课异构); a Party or
  government leader, at any level, on 同课异构, 听课评课, 磨课; a speech above a county telling
  a school's leaders what to do (学校领导要…, …和教师谈心);
- ``l_town_rounds``: a town's speaker on the county's rounds of its schools (不打招呼、直奔现场,
  暗访, 只走熟路, 多往条件艰苦的学校走);
- ``l_school_county``: a school's head on what the county controls (抽调借用教师, 层层填报,
  进入学校的各类事项, 到学校去问教师, the town's 财政 money 管好用好);
- ``l_addressee``: 全体教职员工 (one school's staff) in any speaker's mouth but a school's; a
  deputy secretary with no government post speaking for the four bodies; a city's or a
  prefecture's bureau speaking of 局机关和各学校 without the counties;
- ``l_reach``: an education speaker setting his government's leaders to a case (州级领导联系督办)
  or a deadline for other departments (跨部门…办结时限); a province's department building in
  the places below (我们将在各市建立…, 我们将把闲置校舍…); any speaker making 直各有关部门 pay
  out the budget (the finance department's).
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from detector_runs import run_detector

KEYS = (
    "l_edu_orders",
    "l_town_powers",
    "l_province_schools",
    "l_group_self",
    "n_health",
    "n_staffing",
    "n_party_org",
    "n_pastoral",
    "n_group_office",
    "l_grain_fine",
    "l_town_rounds",
    "l_school_county",
    "l_addressee",
    "l_reach",
)

_SENTENCE = re.compile(r"[^。！？\n]*[。！？]|[^。！？\n]+$")
_EDU_ORGAN = re.compile(r"教育局|教育厅|教体局|教育体育局|教育和体育局|局长|厅长|教育工委")
_SCHOOL = re.compile(r"中心学校|中心校|学区|校长")
_PROVINCIAL = {"province", "autonomous_region"}

# departments outside education, as a sentence's subject
_OTHER = (
    r"(?:公安|司法行政|司法|交通运输|交通|卫生健康|卫健|卫生|市场监管|应急管理|应急|水利|财政|人社"
    r"|人力资源社会保障|机构编制|编制|发改|发展改革|住建|住房城乡建设|自然资源|民政|网信|消防救援|消防"
    r"|农业农村|文旅|文化和旅游|体育|科技|共青团|团委|妇联|残联|宣传|组织|工信|城管|综治|政法|气象)"
)
_BODIES = (
    rf"(?:{_OTHER}(?:[、和及]{_OTHER})*(?:等)?(?:部门|局|机关|厅|委)"
    r"|[省市县区州旗盟]直(?:各)?(?:有关)?(?:部门|单位)|各有关部门|有关部门|相关部门|各部门|各成员单位|成员单位)"
)
_ORDERS = re.compile(
    rf"(?:^|[，；：])(?:[^，。；]{{0,12}}，)?{_BODIES}[^，。；]{{0,4}}?(?:都|也|还|一定)?"
    r"(?<!主)(?:要|必须|务必|应当|负责)"
)
_GOVERNMENTS_DUTY = re.compile(
    r"各(?:市（州）|市（盟）|市州|市|州|县（市、区）|县（市）|县区|县|乡镇|地)(?!教育)[^，。；]{0,3}要"
    r"[^。；]{0,10}(?:属地责任|辖区|政府)"
)
# (各市（州）教育局主要负责同志 are the education system's own heads: not counted)
_HEADS = re.compile(rf"(?:{_BODIES}|各市（州）|各地)(?:(?!教育)[^。；]){{0,8}}的?主要负责同志")
# the speaker's own asking (the ordered body's 配合 is still an order: 应急管理、水利等部门要指导…，配合…)
_ASKS = re.compile(r"我们|提请|争取|商请|会同|督促|汇报|反映")

_TOWN_POWERS = (
    re.compile(r"查实一起|严肃处理一起|查处一起"),
    re.compile(r"专项督导"),
    re.compile(r"消防救援站"),
    re.compile(r"(?:文化|科技|体育)[^。；]{0,8}场馆"),
)
_TOWN_ASKED = re.compile(r"上级|迎接|接受|配合|报告|移交|反映|县|旗")
_PROVINCE_SCHOOLS = re.compile(
    r"(?:对|向)[^。；，]{0,8}(?<!高)(?<!各)学校[^。；]{0,6}(?:督促|约谈|通报|问责|追责)"
    r"|工作不力的学校"
)
# the group by its full name, as a body apart from the meeting its head is holding (提请领导小组
# 研究, said to the member units, is their way in and is not counted)
_GROUP_SELF = re.compile(
    r"(?:提交|提请|报请|拿到)[^。；，]{0,12}(?:[县市州区旗省盟]委|党委)教育工作领导小组[^。；，]{0,4}"
    r"(?:研究|审议|议定)"
)
_GROUP_CLAIM = re.compile(r"凡是涉及[^。；]{0,8}部门的事[^。；]{0,12}(?:议定|研究|决定)")
_HEALTH_OLD = re.compile(r"卫生(?!健康)(?:计生)?部门|卫生(?=、(?:公安|网信|民政|残联))")
_HEALTH_NEW = re.compile(r"卫生健康|卫健")
_STAFFING = re.compile(r"(?<!机构)编制(?:部门|(?=、[^。；]{0,12}部门))")
_PARTY_ORG = re.compile(r"教育(?:体育)?局党组织")
_PASTORAL = re.compile(r"苏木|嘎查|牧区")
_VILLAGE = re.compile(r"村里|各村|村级|本村|村（社区）")


_LEADER_CRAFT = re.compile(r"同课异构|听课评课|磨课|推门听课")
_PROVINCE_GRAIN = re.compile(r"笑脸相迎|门难进|脸难看|增减衣物|集体备课|同课异构|听课评课")
_SCHOOL_LEADERS = re.compile(r"学校领导要|(?:和|与)[^。；，]{0,6}教师谈心")
_VIA_BELOW = re.compile(r"各地|各市|各州|各县|督促|指导")
_ROUNDS = re.compile(r"不打招呼|暗访|只走熟路|条件艰苦的学校走")
_ROUNDS_ASKED = re.compile(r"上级|迎接|配合|接受")
_SCHOOL_COUNTY = re.compile(
    r"抽调借用|层层填报|重复填报|进入学校的各类事项|进校园事项|到学校去问|管好用好[^。；，]{0,4}[镇乡]财政"
)
# greeted or thanked: 全体教职工健康排查, a task for every school's staff, is not counted
_GREETS_STAFF = re.compile(r"向全体教职(?:员)?工|全体教职(?:员)?工的")
_FOUR = re.compile(r"代表[^。；，]{0,3}委、[^。；，]{0,3}人大、")
_HEAD_POST = re.compile(r"(?:县|区|市|州|旗|省|镇|乡|盟)长|主席|苏木达")
_SCHOOLS_ONLY = re.compile(r"局机关(?:各[股科处]室)?和各学校")
_LEADERS_FOLLOW = re.compile(r"[省市州县区旗盟]级领导联系")
_OWN_DEADLINES = re.compile(r"跨部门[^。；]{0,12}(?:办结时限|说明原因)")
_PROVINCE_BUILDS = re.compile(r"我们将在各(?:市|地|州|盟)|我们将把闲置校舍")
_OTHERS_PAY = re.compile(r"(?:直各有关部门|各有关部门)[^。；]{0,20}拨付")


def _day(data: dict) -> datetime.date | None:
    day = (data.get("meeting") or {}).get("date")
    if isinstance(day, datetime.date):
        return day
    try:
        return datetime.date.fromisoformat(str(day))
    except ValueError:
        return None


def speaker_kind(data: dict) -> str:
    """edu, school or leader: who the speaker is, by the title first."""
    speaker = data.get("speaker") or {}
    title = str(speaker.get("title") or "")
    if _EDU_ORGAN.search(title) or speaker.get("role") == "bureau_chief":
        return "edu"
    if _SCHOOL.search(title) or speaker.get("role") == "school_head":
        return "school"
    return "leader"


def _group_head(data: dict) -> bool:
    title = str((data.get("speaker") or {}).get("title") or "")
    return speaker_kind(data) == "leader" and bool(re.search(r"书记|组长", title))


@dataclass(frozen=True)
class _Speaker:
    kind: str  # edu, school or leader
    level: str
    day: datetime.date | None
    profile_text: str
    pastoral: bool
    group_meeting_head: bool
    deputy_secretary: bool


def _of(data: dict) -> _Speaker:
    profile_text = str(data)
    return _Speaker(
        kind=speaker_kind(data),
        level=str((data.get("region") or {}).get("level")),
        day=_day(data),
        profile_text=profile_text,
        pastoral=bool(_PASTORAL.search(profile_text)),
        group_meeting_head=data.get("kind") == "leading_group" and _group_head(data),
        deputy_secretary=_deputy_secretary(data),
    )


def _deputy_secretary(data: dict) -> bool:
    speaker = data.get("speaker") or {}
    title = str(speaker.get("title") or "")
    return (
        "副书记" in title
        and "书记" not in title.replace("副书记", "")
        and not _HEAD_POST.search(title)
        and not re.search(r"人大|政协", str(speaker.get("on_behalf_of") or ""))
    )


def _voice19(s: str, who: _Speaker) -> list[tuple[str, bool]]:
    """Round ah's checks (see the module's notes)."""
    provincial = who.level in _PROVINCIAL
    above_county = who.level in ("city", "prefecture") or provincial
    return [
        (
            "l_grain_fine",
            bool(
                (provincial and _PROVINCE_GRAIN.search(s))
                or (who.kind == "leader" and _LEADER_CRAFT.search(s))
                or (above_county and _SCHOOL_LEADERS.search(s) and not _VIA_BELOW.search(s))
            ),
        ),
        (
            "l_town_rounds",
            bool(who.level == "town" and _ROUNDS.search(s) and not _ROUNDS_ASKED.search(s)),
        ),
        (
            "l_school_county",
            bool(
                who.kind == "school" and _SCHOOL_COUNTY.search(s) and not re.search(r"上级|反映", s)
            ),
        ),
        (
            "l_addressee",
            bool(
                (who.kind != "school" and _GREETS_STAFF.search(s))
                or (who.deputy_secretary and _FOUR.search(s))
                or (
                    who.kind == "edu"
                    and who.level in ("city", "prefecture")
                    and _SCHOOLS_ONLY.search(s)
                    and not re.search(r"各县|县（市", s)
                )
            ),
        ),
        (
            "l_reach",
            bool(
                (who.kind == "edu" and _LEADERS_FOLLOW.search(s) and "提请" not in s)
                or (
                    who.kind == "edu"
                    and _OWN_DEADLINES.search(s)
                    and not re.search(r"提请|会同", s)
                )
                or (who.kind == "edu" and provincial and _PROVINCE_BUILDS.search(s))
                or (_OTHERS_PAY.search(s) and "财政" not in s)
            ),
        ),
    ]


def _town_power(s: str, who: _Speaker) -> bool:
    """A county's power in a town's or a school's mouth: punishing (a school's head only: a
    town's Party committee has its 纪委), 专项督导, a 消防救援站 or 场馆 in a town."""
    if _TOWN_ASKED.search(s):
        return False
    punish, inspect, station, venues = (rule.search(s) for rule in _TOWN_POWERS)
    town = who.level == "town"
    return bool(
        (punish and who.kind == "school")
        or (inspect and (town or who.kind == "school"))
        or (station and town and "消防救援站" not in who.profile_text)
        or (venues and town)
    )


def _stale_health(s: str, day: datetime.date | None) -> bool:
    if day is None:
        return False
    if day >= datetime.date(2019, 1, 1):
        return bool(_HEALTH_OLD.search(s))
    return day < datetime.date(2018, 10, 1) and bool(_HEALTH_NEW.search(s))


def _keys(s: str, who: _Speaker) -> list[str]:
    """The checks one sentence fails."""
    orders = _ORDERS.search(s) or _GOVERNMENTS_DUTY.search(s) or _HEADS.search(s)
    return [
        key
        for key, hit in (
            ("l_edu_orders", who.kind in ("edu", "school") and not _ASKS.search(s) and orders),
            ("l_town_powers", _town_power(s, who)),
            ("l_province_schools", who.level in _PROVINCIAL and _PROVINCE_SCHOOLS.search(s)),
            (
                "l_group_self",
                (who.group_meeting_head and _GROUP_SELF.search(s)) or _GROUP_CLAIM.search(s),
            ),
            ("n_health", _stale_health(s, who.day)),
            ("n_staffing", _STAFFING.search(s)),
            ("n_party_org", _PARTY_ORG.search(s)),
            (
                "n_pastoral",
                who.pastoral and who.level in ("town", "banner") and _VILLAGE.search(s),
            ),
        )
        if hit
    ] + [key for key, hit in _voice19(s, who) if hit]


def check(text: str, data: dict) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    who = _of(data)
    sentences = [
        s.strip() for raw in text.splitlines() for s in _SENTENCE.findall(raw.strip()) if s.strip()
    ]
    for s in sentences:
        for key in _keys(s, who):
            found.setdefault(key, []).append(s)
    if any("秘书组" in s for s in sentences) and any("领导小组办公室" in s for s in sentences):
        found["n_group_office"] = ["秘书组 / 领导小组办公室"]
    return found


if __name__ == "__main__":
    run_detector(check, KEYS, total=True)
