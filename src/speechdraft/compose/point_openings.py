"""Points whose opening decides where the charge goes (round at's G, eight drafts): a
department's line that opens with the time of an event (秋季开学前…, 开学后组织…, 期末考试前后
关注…, 寒假前各村…把…), with a state of the season (春季流感等呼吸道传染病高发，落实…), with an
adverb before its verb (重点抓好…) or with 发挥…作用. A frame before the whole (秋季要在开学前…,
要开学后组织…, 要确保期末考试前后…, 要推动寒假前…落实到位, 要落实春季流感…高发, 要确保重点
抓好…, 要确保发挥…) broke each; 要 goes after the opening (or 要在 before the whole time).
How often after what is done (…专项排查每月一次，…) is point_grammar's.
"""

from __future__ import annotations

import re
from collections.abc import Callable

Pieces = tuple[str, str, str, str, str]

# the time of an event the work is done at, not a date it is due by (年底前: BY_WHEN's 要在)
_EVENT_TIME = re.compile(
    r"^(?P<time>(?:(?:春季|秋季|春秋季|冬季|夏季|每学期|每年|新学期)?"
    r"(?:开学|放假|期末考试|期中考试|考试|寒假|暑假|假期|汛期|春节|国庆|中高考|中考|高考|取暖)"
    r"(?:前后|前|后|期间|以前|以后)|逢年过节|节假日期间))(?P<comma>[，,]?)(?P<rest>[^，；。].*)$"
)
# people, then what they do (镇村干部上门慰问…): 要 after them (round au's G: 要做好逢年过节镇村干部
# 上门慰问…服务保障工作)
_PEOPLE_THEN_DEED = re.compile(
    r"^(?P<who>[^，；。]{2,10}?(?:干部|教师|班主任|校长|书记|负责人|人员))"
    r"(?=上门|入户|走访|带头|深入|逐一|每)"
)
# a state of the season before what is done about it
_STATE_FIRST = re.compile(
    r"^(?P<state>[^，；。要]{2,24}?(?:高发|多发|频发|易发|高发期|多发期|易发期))[，,](?P<rest>.+)$"
)
# an adverb of weight before the verb (重点抓好…)
_WEIGHED_VERB = re.compile(
    r"^(?:重点|着力|全力|认真|扎实|进一步|继续|持续)(?:抓好|做好|落实|推进|加强|开展|推动|实施)"
)
_PLAY_A_ROLE = re.compile(r"^发挥[^，；。]{2,20}?作用")
# a measure named by where it is counted (教育工作在乡镇综合考核中的分值提高到8分): 要 before
# its change, not inside its name (round au's G: 教育工作要在…中的分值提高到8分)
_MEASURE_IN = re.compile(
    r"^(?P<measure>[^，；。在要]{2,12}在[^，；。要]{1,20}?(?:中|里)的[^，；。要由]{1,8}?)"
    # 要 before the measure's start (权重要由3分提高到6分; round ba's G: 权重由3分要提高到6分)
    r"(?:由[^，；。要]{1,8}?)?(?P<change>(?:提高|增加|降低|下降|上升)到|达到|不低于|不少于|保持在)"
)
# a time, a comma, then who does it (每年年底前，由市人社局…联合核查)
_TIME_THEN_BY = re.compile(
    r"^(?P<time>[^，；。由]{2,8}?(?:前|后|期间))，(?P<rest>由[^，；。]{2,}.*)$"
)
_BY_WHOM = re.compile(
    r"^由(?P<who>[^，；。]{2,30}?)(?=联合|牵头|负责|组织|统一|会同|共同|分别|逐[校县所]|对|按|在)"
)
# who does it before 把 (各村（社区）和中心校一起把告家长书发到每一户)
_WHO_BEFORE_BA = re.compile(r"^(?P<who>[^，；。把要]{2,16}?)(?P<how>一起|共同|联合)?(?=把)")
_FIRST_VERB_IS_ACT = re.compile(
    r"^(?:组织|开展|召开|完成|落实|关注|排查|检查|摸排|清理|建立|部署|印发|发放|举办|实施|推进|严防|严禁|"
    r"做好|抓好|开齐|上好|安排|核查|督查|走访|家访|培训|组建|配备)"
)


# a subject that charges itself already (各学校要把…) or sets a rule (县直各部门凡涉及教师的事项，
# 能在一线解决的在一线解决): said as written (round au's G: 要推动各学校要…, 要由县直各部门凡…)
# (a long subject set off by a comma too: 位于山洪灾害危险区和低洼地带的学校，要明确… — round
# au's G, 要落实位于…的学校，要明确…)
_CHARGED_BY_SUBJECT = re.compile(
    r"^[^，；。要]{1,12}?(?:学校|教师|家长|班主任|校长)要(?!求)"
    r"|^[^，；。要]{4,24}?的(?:学校|教师|家长|班主任|校长)，要(?!求)"
)
# …and, from a speaker who may direct them (not a bureau: voice.py), bodies and places
_BODIES_CHARGED = re.compile(
    r"^[^，；。要]{1,12}?(?:部门|单位|村|社区|乡镇|街道)要(?!求)|^[^，；。要]{2,12}?部门凡"
)


def opening_pieces(point: str, bureau: bool, charged: Callable[[str, bool], str]) -> Pieces | None:
    """The pieces of a point of one of the openings above, or None. ``charged`` says a
    remainder as a whole charge (weave.charge: passed in, as weave imports this module)."""
    will = "我们将" if bureau else "要"
    if _CHARGED_BY_SUBJECT.match(point) or (not bureau and _BODIES_CHARGED.match(point)):
        return "", point, "", "", ""
    if "要" in point.split("，", 1)[0]:
        return None
    event = _EVENT_TIME.match(point)
    if event:
        return _after_event_time(event, will)
    by = _TIME_THEN_BY.match(point)
    if by:
        doer = _BY_WHOM.match(by["rest"])
        if doer:  # 每年年底前，市人社局…要联合核查… (要由… was round m's G)
            rest = by["rest"][doer.end("who") :]
            return "", by["time"] + "，" + doer["who"], "要", rest, ""
        said = charged(by["rest"], bureau)
        return None if said.startswith(("要", "我们将")) else ("", by["time"] + "，", "", said, "")
    state = _STATE_FIRST.match(point)
    if state and "要" not in state["rest"][:4]:
        return "", state["state"] + "，", "", charged(state["rest"], bureau), ""
    measure = _MEASURE_IN.match(point)
    if measure:
        return "", measure["measure"], "要", point[measure.end("measure") :], ""
    if _WEIGHED_VERB.match(point) or _PLAY_A_ROLE.match(point):
        return will, point, "", "", ""
    return None


def _after_event_time(event: re.Match[str], will: str) -> Pieces | None:
    time, rest = event["time"], event["rest"]
    if _FIRST_VERB_IS_ACT.match(rest) or rest.startswith(("对", "把", "为", "向")):
        # the whole time after 要在 (秋季要在开学前… split it: round at's R)
        return will + "在", time, "", rest, ""
    who = _WHO_BEFORE_BA.match(rest) or _PEOPLE_THEN_DEED.match(rest)
    if who:
        return "", time + event["comma"] + who["who"], "要", rest[who.end("who") :], ""
    return None
