"""Who speaks decides who may be told what (GENRE.md, "Who speaks …").

The speaker's role comes from the profile (``speaker.role``) or from the title
(教育局局长 → bureau_chief). A phrase-bank entry that gives an order its speaker has no
authority to give, or names what the level does not have (a town's 编制 department, 亿元
budgets), is not chosen: :func:`unfit` says why, in Chinese, for the loader and the tests.
"""

from __future__ import annotations

import re

ROLES = ("party_secretary", "government_head", "deputy", "bureau_chief", "group_head")

_BUREAU = re.compile(r"教育局|教育厅|教体局|教育和体育局|局长|厅长|校长|局党组|局党委|教育工委")
_GROUP = re.compile(r"组长")
_DEPUTY = re.compile(r"副(?:县|区|市|州|旗|省|镇|乡)?长|副主席|分管")
_SECRETARY = re.compile(r"书记")
_HEAD = re.compile(r"(?:县|区|市|州|旗|省|镇|乡)长|主席|盟长")


def role_from_title(title: str, default: str = "party_secretary") -> str:
    """The speaker's role read off the title; the kind's usual speaker when it says nothing.
    A bureau's 局党组书记 is a bureau chief; 县委书记、领导小组组长 speaks as group head."""
    if _BUREAU.search(title):
        return "bureau_chief"
    if _GROUP.search(title):
        return "group_head"
    if _DEPUTY.search(title):
        return "deputy"
    if _SECRETARY.search(title):
        return "party_secretary"
    if _HEAD.search(title):
        return "government_head"
    return default


# Orders to these come only from above them: a bureau chief 提请/争取/会同 them instead.
_SUPERIOR_OR_PEER = (
    r"(?:\{\{ w\.(?:gov|party|party_gov|group|four_bodies|below|direct) \}\}"
    r"|(?:财政|人社|人力资源社会保障|编制|机构编制|发改|发展改革|住建|住房城乡建设|自然资源|公安|卫健|卫生健康"
    r"|市场监管|民政|残联|网信|交通|交通运输|应急|应急管理|消防|团委|共青团|妇联|工信|司法|水利|农业农村"
    r"|文化|文旅|体育|科技|税务|审计|宣传|组织|检察|法院|消防救援|气象|统计|城管|综治|政法)"
    r"(?:部门|机关|局|委|院)?"
    r"|各(?:有关)?部门|有关部门|相关部门|各成员单位|成员单位|各级党委、政府|各级党委和政府|各级政府)"
)
_ORDER = re.compile(
    _SUPERIOR_OR_PEER
    + r"(?:[、和及]"
    + _SUPERIOR_OR_PEER
    + r")*(?:等(?:有关)?(?:部门|单位)?)?(?:(?<!主)要|须|必须|务必|应当|负责|主要负责同志)"
)
# 区委、区政府 as the subject of a demand, with or without 要 (…每年至少听取一次汇报).
_SUPERIOR_SUBJECT = re.compile(
    r"(?:^|[。；，：])\s*\{\{ w\.(?:gov|party|party_gov|group) \}\}(?!的|领导|坚强|关心|高度)"
)
# A speaker does not name the body he speaks for in the third person: a party secretary
# is 县委 (not "在县委、县政府的坚强领导下"), a bureau chief is the bureau ("我们", 局机关).
_OWN_BODY: dict[str, re.Pattern[str]] = {
    "party_secretary": re.compile(
        r"在\{\{ w\.(?:party|party_gov) \}\}[^。；]{0,8}领导下|\{\{ w\.(?:party|party_gov) \}\}的(?:部署|要求|决策)"
    ),
    "government_head": re.compile(r"在\{\{ w\.(?:gov|party_gov) \}\}[^。；]{0,8}领导下"),
    "bureau_chief": re.compile(r"\{\{ w\.edu \}\}(?:要|将|必须|负责|牵头)"),
}
# A bureau (局) and its 股室 are a county's, district's or city's: a province's education
# office is a 厅 with 处室, and a town's 中心学校 has neither (readers' L).
_BUREAU_OFFICES = re.compile(r"局机关|局班子|局党组|各股室|股室")
_TOWN_LACKS = re.compile(r"编制|人社|人力资源社会保障|网信|发改|发展改革|亿元")
_SCHOOL_RULE = re.compile(r"(?:各学校|每所学校|学校)[^。；]{0,20}suggest\(")
# A province sets duties for 各市（州） and its departments; a rule for a single school's
# staff (班主任要…, 校长要亲自…) is the county's to give (readers' L, three rounds running).
_SCHOOL_STAFF_ORDER = re.compile(r"(?:班主任|任课教师|宿舍管理员|校长|园长)(?:要|必须|务必|应当)")


def unfit(text: str, role: str, level: str) -> str | None:
    """Why a bank entry cannot be said by ``role`` at ``level``, or None when it can."""
    if role == "bureau_chief" and (order := _ORDER.search(text) or _SUPERIOR_SUBJECT.search(text)):
        return f"教育局负责同志不能向“{order.group().strip('。；，：')}”提要求（应写提请、争取、会同、配合）"
    if role in _OWN_BODY and (own := _OWN_BODY[role].search(text)):
        return f"讲话人不以第三人称说本单位（“{own.group()}”）：应写“我们”或直接部署"
    if level in ("town", "province", "autonomous_region") and (
        office := _BUREAU_OFFICES.search(text)
    ):
        return f"这一级的教育部门不是“局”，没有“{office.group()}”"
    if level == "town" and (lack := _TOWN_LACKS.search(text)):
        return f"乡镇一级没有“{lack.group()}”"
    if level in ("province", "autonomous_region") and _SCHOOL_STAFF_ORDER.search(text):
        return "省级讲话不给班主任、校长等学校人员直接派活（应向各市、各地提要求）"
    if level in ("province", "autonomous_region") and _SCHOOL_RULE.search(text):
        return "省级讲话不为单个学校规定具体频次、时限"
    return None
