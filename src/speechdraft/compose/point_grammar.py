"""A clerk's point whose own grammar a frame cannot take as written, repaired by its shape
(issue 11's G; round ai's readers, new arm). weave reads a point as a verb phrase, a subject
and its verb, or a noun to carry out; four shapes are none of these, and a frame put round
them word for word was broken grammar:

- a **frequency tail**: a check or an event, then how often (教师体检每年一次, 学生视力监测
  每学期一次 → 要每年组织一次教师体检, 要每学期开展一次学生视力监测);
- a **recipient with no preposition**: people named by a 的-phrase, then what they are given
  (在乡村学校连续任教满20年的教师颁发荣誉证书 → 要对在乡村学校…的教师颁发荣誉证书; with the
  organ after a comma: 对在牧区学校…的教师，由旗政府颁发…);
- **a clause that has its verb already**: a thing and how it is to change (农村学校寄宿条件
  改善 → 要改善农村学校寄宿条件, not 要推动…改善落实到位), or a subject that ensures (县区财政
  教育支出确保实现“三个增长” → 要确保县区财政教育支出实现…, not 要推动…确保实现…);
- **a time phrase fused into the object**: when, then the work (秋季诺如病毒、流感高发期晨午检
  → 要在秋季诺如病毒、流感高发期做好晨午检, not 要做好…高发期晨午检).

Each rule reads the point's shape only, with its word lists (templates/norms/point_verbs.yaml);
a point no rule reads is left to weave's shape rules and point_meaning's classes.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from speechdraft.norms import load_point_verbs

# the word lists: templates/norms/point_verbs.yaml
_V = load_point_verbs()

# (lead, head, infix, tail, suffix): weave.charge_pieces' five pieces
Pieces = tuple[str, str, str, str, str]

# -- a frequency tail ---------------------------------------------------------------------
_HOW_OFTEN = r"(?P<when>每(?:年|学年|学期|季度|半年|月|周|天|日))"
_TIMES = r"(?P<floor>至少|不少于)?(?P<n>[一二两三四五六七八九十\d]+)次"
# the checks and events a frequency counts: said 开展/组织 N次 (a verb of their own, not 要体检)
_EVENT = _V.any("events")
# events people attend are organised (组织一次教师体检); checks and campaigns are carried out
_ORGANISED = re.compile(_V.any("organised") + "$")
_EVENT_THEN_HOW_OFTEN = re.compile(
    r"^对?(?P<verb>开展|组织|举办|进行)?(?P<what>[^，；。\d要每]{2,16}?"
    + _EVENT
    + r")"
    + _HOW_OFTEN
    + _TIMES
    # a clause after it goes with it (…专项排查每月一次，发现苗头立即干预: round at's G, 要对…
    # 专项排查每月一次)
    + r"(?P<rest>(?:[，；][^。]*)?)$"
)
# what already has a verb of its own before the event (开展教师体检每年一次 reads, so does
# 镇妇联组织…): no reorder, the shape rules say it
_OWN_DEED = re.compile(_V.any("own_deeds") + "|^由")


_A_MEETING = re.compile(r"(?:全体会议|全会|例会|联席会议|工作会议)$")


def _how_often(point: str, will: str) -> Pieces | None:
    found = _EVENT_THEN_HOW_OFTEN.match(point)  # 每周一次…排查 first reads: 要坚持每周一次…
    if not found or _OWN_DEED.search(found["what"]):
        return None
    floor = found["floor"] or ""
    what, when, n = found["what"], found["when"], found["n"]
    own = found.groupdict().get("verb") or ""
    verb = "组织" if _ORGANISED.search(what) else "开展"
    verb = "开展" if own == "进行" else own or verb
    rest = found["rest"]
    if _A_MEETING.search(what) and floor:
        # a body's meeting keeps its subject and is held (领导小组全体会议每年至少召开两次: round
        # cd's 03, R — 要每年组织领导小组全体会议不少于两次 “语序别扭”)
        return "", what, f"{when}至少召开{n}次", "", rest
    if floor == "不少于":  # 每学期开展学生视力监测不少于2次
        return will + when + verb, what, "", "", f"不少于{n}次{rest}"
    return will + when + floor + verb + n + "次", what, "", "", rest


# places or bodies, then how often they do a deed (各乡镇每学期专题研究一次教育工作): 要 after
# them (要做好各乡镇每学期… read the deed as a noun for its 工作 at the end)
_EACH_THEN_HOW_OFTEN = re.compile(
    r"^(?P<who>各[^，；。每要\d]{1,8}?)(?P<rest>每(?:年|学年|学期|季度|半年|月|周)"
    r"[^，；。要]{0,8}?[一二两三四五六七八九十\d]+次[^，；。要]{2,16})$"
)


def _each_how_often(point: str, bureau: bool) -> Pieces | None:
    found = _EACH_THEN_HOW_OFTEN.match(point)
    if not found:
        return None
    if bureau and not re.search(r"学校|中小学|幼儿园|校$", found["who"]):
        return "我们将推动", point, "", "", ""  # the places below: pushed, as weave says
    return "", found["who"], "要", found["rest"], ""


# -- a recipient with no preposition -----------------------------------------------------
_RECIPIENTS = _V.any("recipients")
_GIVES = _V.any("gives")
# people named by a 的-phrase (who they are), then at once what they are given; the phrase
# names no organ or preposition of its own (县政府为…的教师颁发… reads)
_RECIPIENT_THEN_GIFT = re.compile(
    r"^(?P<who>"
    + _V.any("serving")
    + r"[^，；。]{2,30}?的[^，；。的]{0,6}?"
    + _RECIPIENTS
    + r")(?P<comma>，)?(?P<organ>[^，；。]{0,8}?"
    + _V.any("giving_organs")
    + ")?"
    + r"(?P<rest>"
    + _GIVES
    + r"[^；。]*)$"
)
_PREPOSITION_OR_ORGAN = re.compile(r"对|为|向|给|由|政府|局|部门")


def _recipient(point: str, will: str) -> Pieces | None:
    found = _RECIPIENT_THEN_GIFT.match(point)
    if not found or _PREPOSITION_OR_ORGAN.search(found["who"]):
        return None
    who, organ, rest = found["who"], found["organ"] or "", found["rest"]
    if organ:  # 对在牧区学校…的教师，由旗政府颁发荣誉证书并给予一次性奖励
        return "对", who, "，由", organ + rest, ""
    if found["comma"]:
        return None
    return will + "对", point, "", "", ""


# -- a clause that has its verb already --------------------------------------------------
# a thing and how it is to change, the change last (寄宿条件改善, 教育质量提升)
_CHANGE_LAST = re.compile(
    r"^(?P<what>[^，；。\d“要]{2,16}?"
    + _V.any("changed_things")
    + ")(?P<verb>"
    + "|".join(_V.change_verbs)
    + ")$"
)
_DEED_INSIDE = re.compile(_V.any("deeds_inside"))
# a subject, then 确保/保证 and what it ensures (县区财政教育支出确保实现“三个增长”)
_SUBJECT_ENSURES = re.compile(
    r"^(?P<who>[^，；。\d要]{2,16}?)(?P<verb>确保|保证)(?P<what>[^，；。]{2,30})$"
)


def _own_verb(point: str, will: str, bureau: bool) -> Pieces | None:
    change = _CHANGE_LAST.match(point)
    if change and not _DEED_INSIDE.search(change["what"]):
        return will + change["verb"], change["what"], "", "", ""
    ensures = _SUBJECT_ENSURES.match(point)
    if (
        not ensures
        or _DEED_INSIDE.search(ensures["who"])
        or re.search("[对在把将为向]", ensures["who"][:1])
    ):
        return None
    who, what = ensures["who"], ensures["what"]
    if _ORGAN_LAST.search(who):  # an organ that ensures: who may order it is weave's (after_frame)
        return None
    if bureau and re.match(r"实现|达到", what):  # 我们将推动县区财政教育支出实现…
        return "我们将推动", who, "", what, ""
    return will + ensures["verb"], who, "", what, ""


_ORGAN_LAST = re.compile(_V.any("organ_last") + "$")
_ORGAN_ENSURES = re.compile(r"^(?P<who>[^，；。\d要]{2,16}?)(?:确保|保证)[^，；。]{2,}")


def after_frame(pieces: Pieces, bureau: bool) -> Pieces:
    """A lead of 推动 before an organ that ensures (要推动区财政局确保…拨付: round ai's G, 推动
    and 确保 do not go together) says 督促 (a bureau's report: 协调 a peer, 督促 the places
    below)."""
    lead, head, infix, tail, suffix = pieces
    # (its aim may run on into more clauses: round aw's 要推动县委编办确保年内空编补齐，不得…)
    ensures = _ORGAN_ENSURES.match(head + infix + tail) if not infix else None
    if not lead.endswith("推动") or not ensures or not _ORGAN_LAST.search(ensures["who"]):
        return pieces
    urged = not bureau or ensures["who"].startswith("各")  # the places below are urged
    return lead.removesuffix("推动") + ("督促" if urged else "协调"), head, infix, tail, suffix


# -- a time phrase fused into the object -------------------------------------------------
_SPAN = re.compile(
    r"^(?P<time>[^，；。\d要在]{1,18}?" + _V.any("spans") + r")(?P<work>[^，；。期间]{2,8})$"
)
# the work after a span is what is done then (晨午检, 值班值守), not the span's own noun
_WORK = re.compile(_V.any("span_work") + "$")


def _in_a_span(
    point: str, will: str, bureau: bool, frame: Callable[[str, bool], Pieces]
) -> Pieces | None:
    found = _SPAN.match(point)
    if not found or not _WORK.search(found["work"]) or point.startswith(("在", "从", "自")):
        return None
    lead, head, infix, tail, suffix = frame(found["work"], bureau)
    if not lead.startswith(will) or infix:
        return None
    return will + "在" + found["time"] + lead[len(will) :], head, infix, tail, suffix


def repaired_pieces(
    point: str, bureau: bool, frame: Callable[[str, bool], Pieces]
) -> Pieces | None:
    """The five pieces of a point of one of the module's shapes, or None for any other.
    ``frame`` is weave's charge_pieces, for the work a time phrase leads to."""
    if "要" in point or not point:
        return None
    will = "我们将" if bureau else "要"
    return (
        _how_often(point, will)
        or _each_how_often(point, bureau)
        or _recipient(point, will)
        or _own_verb(point, will, bureau)
        or _in_a_span(point, will, bureau, frame)
    )


def keeps_its_shape(point: str) -> bool:
    """A point said as a rule for a case (对…的教师，由…颁发…): no item a 一是 list counts."""
    found = _RECIPIENT_THEN_GIFT.match(point)
    return bool(found and found["organ"] and not _PREPOSITION_OR_ORGAN.search(found["who"]))
