"""Who the speaker may direct, in the clerk's own points (voice26; issue 11's rule, round an's
L, A and R). A bureau's man (局长, 厅长, a department's deputy) or a 中心学校校长 directs his own
offices, team and schools; a peer department, a township's station or a higher body he does
not: he 会同, 配合, 争取 or 提请 them. His own unit named in the third person is 我们. Round an's
readers struck 省人社厅、省教育厅要联合推进… (a 厅长), 省水利厅、省应急管理厅要负责指导… (a 副厅长),
苏木妇联要负责，… and 要建立苏木党委…的制度 (a 中心学校校长), 旗卫健委负责… (a 局长),
州教育局将负责，… and 推动州人社局、州教育局联合开展… (the bureau itself).

:func:`directed_pieces` reads a point that opens with the bodies it names and says it in the
voice the speaker may use, every word of the clerk's point kept (the bodies, the deed, its
date) and nothing added but the verb of the relation:

- the speaker's own unit only: 我们将…  (州教育局将负责，3月底前印发… → 我们将在3月底前印发…);
- his own team: said with its own subject (局班子成员将包片联系…, 要 outside a bureau's report);
- a peer with his own unit, or peers acting jointly: 我们将会同X… (省人社厅、省教育厅要联合推进… →
  我们将会同省人社厅推进…);
- a peer's own deed, with no duty word: announced (市场监管局将会同教育部门…);
- a peer's duty: 我们将配合X… (旗卫健委负责向每所学校派驻… → 我们将配合旗卫健委向每所学校派驻…);
- a peer's help: 我们将争取X配合，… (苏木派出所配合，每天… → 我们将争取苏木派出所配合，每天…);
- a higher body: 我们将提请X… (苏木党委每学期专题研究一次… → 我们将提请苏木党委每学期…);
- a return (…已/拟…) a body is charged with: the return as it is, then 我们将会同/配合X抓好落实.

Word lists: templates/norms/authority.yaml (norms.load_authority).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from speechdraft.compose.point_place import DEADLINE_NEXT, Pieces
from speechdraft.norms import load_authority, load_point_verbs
from speechdraft.voice import BUREAU_LIKE

_A = load_authority()


def _any(words: Iterable[str]) -> str:
    # longest first: 领导班子成员 before 班子成员, 人力资源社会保障 before 人社
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"


_PLACE = _any(_A.places)
# 各市公安交警部门: the same department in every place below, no more the speaker's to direct
# (旗公安局交警大队: a bureau's squad is the bureau's to direct, one body — round bz's 07)
_PEER = (
    rf"(?:{_any(_A.plural_places)}|{_PLACE}级?)?{_any(_A.peer_stems)}{_any(_A.peer_ends)}?"
    r"(?:(?:交警|治安|巡特警|消防)(?:大队|支队|中队))?"
)
_LOCAL = rf"{_PLACE}?{_any(_A.local_bodies)}"
_HIGHER = rf"{_PLACE}{_any(_A.higher_ends)}"
_MEMBERS = _any(_A.own_units) + "?" + _any(_A.own_members)
_JOINT = re.compile(r"联合|共同")
_HELPED = re.compile(_any(_A.helped_links) + "$")
_RETURN = re.compile(r"^[^，；。要]{0,16}?" + _any(_A.return_marks))
# what follows a body's name when it is not the body acting (县财政局的支持, 县人社局等部门)
# (县政府督办件一律…办结: the body's case files, not the body — round bt's 03, G: 我们将提请县政府
# 督办件一律…)
_NOT_A_DEED = re.compile(
    r"^(?:的|是|等|和|与|及|要求|工作|部门|系统|领导|同志|有关|相关|、|督办件|交办件|督办事项|交办事项"
    r"|批示件|文件)"
)
# the end of a body's name (中心, 站, 所): a deed never opens with it (point_verbs.yaml)
_NAME_GOES_ON = re.compile("^" + load_point_verbs().any("body_name_ends"))
# a week of the term a deed is done in (开学第一周): 将在 before it, as before a date (旗疾控中心
# 将在开学第一周…; 将开学第一周… read as a broken word order)
_TERM_WEEK = re.compile(
    "^" + load_point_verbs().any("term_times") + r"[^，；。要]{0,6}?(?:第[一二三四\d]+周|首日|当天)"
)
_SEPARATOR = re.compile("[、和与及]")
# a time said first, then the bodies (开学第一周，…; 开学前后一周，…; 国庆节前，…)
_TIME_FIRST = re.compile(
    r"^[^，；。、要将]{0,8}?(?:第[一二三四五\d]+周|前后[一两二三\d]*周|[一两二三\d]周内|期间|当天|首日|"
    r"节前|节后|假前|假期|[上中下]旬|月底前|日前|前|后)[，,]\s*"
)
# a peer's deed with no duty word: announced with 将
_ANNOUNCED = frozenset({"", "要", "将", "须", "必须"})


# a township's government or Party committee: higher than a 中心学校校长, below a bureau's
# man (a county bureau 推动乡政府统筹…, as its report said before voice26; it neither orders
# nor 提请 it)
_TOWNSHIP = re.compile(r"^(?:乡|镇|苏木)")


def _kind(body: str, own: tuple[str, ...], role: str) -> str:
    if body in own:
        return "own"
    if re.fullmatch(_HIGHER, body):
        return "lower" if role != "school_head" and _TOWNSHIP.match(body) else "higher"
    return "peer"


@lru_cache(maxsize=64)
def _patterns_of(own: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The speaker's own team, a point's bodies with their link, and one body, for the
    speaker's own unit names ``own``: compiled once a speaker, not once a point (a draft
    built them afresh for every point, beyond re's own cache in a batch: issue 13)."""
    names = _any(sorted((o for o in own if o), key=len, reverse=True)) if any(own) else "(?!)"
    team = re.compile(rf"^(?P<who>(?:{names})?{_MEMBERS})(?P<deed>[^，；。要将]{{3,}})$")
    body = rf"(?:{names}|{_PEER}|{_LOCAL}|{_HIGHER})"
    links = "|".join([_any(_A.duty_links), _any(_A.helped_links), "统筹", "要", "将", "须", "必须"])
    found = re.compile(
        rf"^(?P<who>{body}(?:[、和与及]{body})*)(?P<link>{links})?(?P<comma>[，,]\s*)?"
        r"(?P<deed>[^；。]{3,})$"
    )
    return team, found, re.compile(body)


def directed_pieces(point: str, role: str, own: tuple[str, ...], report: bool) -> Pieces | None:
    """The five pieces of a point that opens with bodies the speaker does not direct (or with
    his own unit or team), said in his voice; None for any other point or speaker. ``own``:
    the names of the speaker's own unit (render's _own_bodies); ``report``: a bureau's own
    work report (its own team's deed said with 将)."""
    if role not in BUREAU_LIKE or not point:
        return None
    timed = _TIME_FIRST.match(point)
    if timed:
        # 开学第一周，旗交通运输局、旗公安局交警大队联合跟车检查… (round bz's 07, L: a 局长's 要 before
        # two peers): the time kept first, the bodies said in his voice after it
        after = directed_pieces(point[timed.end() :], role, own, report)
        if after is None:
            return None
        prefix, head, infix, tail, suffix = after
        return timed.group() + prefix, head, infix, tail, suffix
    team_of, found_of, body_of = _patterns_of(own)
    team = team_of.match(point)
    if team:  # 教育局班子成员包片联系县市: his own team, said with its own subject
        return "", team["who"], "将" if report else "要", team["deed"], ""
    found = found_of.match(point)
    if not found or _NOT_A_DEED.match(found["deed"]) or _NAME_GOES_ON.match(found["deed"]):
        return None  # (旗疾控将中心…: the deed must not open inside a body's name, round ap's G)
    bodies = [b for b in _SEPARATOR.split(found["who"]) if b]
    if any(not body_of.fullmatch(b) for b in bodies):
        return None
    kinds = [_kind(b, own, role) for b in bodies]
    others = "、".join(b for b, k in zip(bodies, kinds, strict=True) if k != "own")
    link = found["link"] or ""
    return _said(kinds, others, link, bool(found["comma"]), found["deed"], report, role)


def _said(
    kinds: list[str], others: str, link: str, comma: bool, deed: str, report: bool, role: str
) -> Pieces | None:
    """The point's deed said with the relation the speaker has to the bodies it names."""
    deed = deed.removeprefix("要").removeprefix("将")
    if not link and not comma and not others:
        return None  # 县教育局的…, 县教育局局长…: not the bureau acting (own_body_pieces reads it)
    if report and not link and not comma and set(kinds) == {"peer"} and role != "school_head":
        # 县财政从土地出让收益中…计提: a peer's deed in the bureau's own report is what the
        # bureau 推动s, the clerk's words whole after it (charge_pieces: 我们将推动县财政…)
        return None
    when = "在" if DEADLINE_NEXT.match(deed) or _TERM_WEEK.match(deed) else ""
    if link == "统筹" and others:  # the peer's own verb, not a duty word: kept (乡政府统筹解决…)
        deed = link + deed
    verb = "会同" if "own" in kinds or _JOINT.search(link) else "配合"
    if _RETURN.match(deed):  # a return said as it is, then whose work it is
        return "", deed, "", "", f"，我们将{verb}{others}抓好落实" if others else ""
    if not others:  # his own unit: 我们
        own_verb = link if link in ("统筹", "牵头") and not comma else ""
        return "我们将" + own_verb + when, deed, "", "", ""
    if "higher" in kinds:
        return "我们将提请", others, when, deed, ""
    if _HELPED.search(link):
        return "我们将争取", others, "配合，", deed, ""
    if "lower" in kinds and "own" not in kinds:  # a bureau and a township: 我们将推动乡政府…
        return "我们将推动", others, when, deed, ""
    if "own" not in kinds and link in _ANNOUNCED and not comma:
        return _announced(others, when, deed, role)
    joined = not comma and role != "school_head" and "own" not in kinds
    return (
        (joined and _joint_announced(others, link, when, deed))
        or _peer_led(others, link, when, deed)
        or (
            "我们将" + verb,
            others,
            when or _verb_for(deed),
            deed,
            "",
        )
    )


def _joint_announced(others: str, link: str, when: str, deed: str) -> Pieces | None:
    """Peers acting jointly, the bureau not among them (市城管局、市市场监管局联合检查…): their
    joint deed announced, not led by the bureau (round da's 18, A: 我们将会同市城管局…)."""
    if not _JOINT.search(link):
        return None
    joint = link.removeprefix("要").removeprefix("将")
    return "", others, "将" + when, _jointly(joint, deed) if when else joint + deed, ""


def _jointly(joint: str, deed: str) -> str:
    """The deed with 联合 after its deadline (11月底前联合检查…), where 将在 comes before it."""
    by = DEADLINE_NEXT.match(deed)
    return deed[: by.end()] + joint + deed[by.end() :] if by else joint + deed


def _announced(others: str, when: str, deed: str, role: str) -> Pieces:
    """A peer's deed with no duty word (市场监管局会同教育部门开展…, 省水利厅要指导…): what the
    peer will do, announced (render's _announced_of_others: 市场监管局将会同…), not charged. A
    school's head does not announce a station's work for it (镇派出所、镇交管站将每月一次检查…:
    round by's 24, L): he asks it (我们将商请镇派出所…)."""
    if role == "school_head":
        return "我们将商请", others, when, deed, ""
    return "", others, "将" + when, deed, ""


def _peer_led(others: str, link: str, when: str, deed: str) -> Pieces | None:
    """A peer that leads (住建部门牵头建设…): its lead kept and the bureau's part after it,
    住建部门将牵头建设教师周转宿舍，我们将积极配合 (the clerk's words whole: 牵头 was lost in
    我们将配合住建部门建设…)."""
    if link != "牵头" or when:
        return None
    return "", others, "将牵头", deed, "，我们将积极配合"


def _verb_for(deed: str) -> str:
    """做好 before a duty given as a work noun (我们将配合区公安分局全区学校…接入 had no verb:
    round ao's G), else nothing."""
    return "做好" if _WORK_NOUN.search(deed) and not _VERB_FIRST.match(deed) else ""


# a peer's duty given as a work noun (全区学校一键报警系统接入, 校舍安全鉴定) takes 做好 after 配合X
# unless it opens with a deed of its own (point_verbs.yaml duty_deeds, as point_place reads them)
_WORK_NOUN = re.compile(_any(_A.work_nouns) + "$")
_VERB_FIRST = re.compile("^" + _any((*load_point_verbs().duty_deeds, *_A.peer_verbs)))


# a department by its stem, in the bank's lines (住建、消防等部门) and in the clerk's points
# (旗应急管理局、旗教育局联合复查…)
_DEPARTMENT_STEM = re.compile(_any((*_A.peer_stems, "消防")))
_DEPARTMENT_NAMED = re.compile(_PLACE + _DEPARTMENT_STEM.pattern)


def departments_in(text: str) -> frozenset[str]:
    """The departments a text names, by their stems."""
    return frozenset(_DEPARTMENT_STEM.findall(text))


def assigns_other_departments(wordings: Iterable[str], points: Iterable[str]) -> bool:
    """Whether a bank line shares out a task's work among departments the clerk did not name,
    where the clerk's points name by their place the departments doing it (round cy's 18, A:
    消防、住建等部门要深入学校检查取暖设施 where the point had 旗应急管理局、旗教育局联合复查):
    who does the work is the clerk's to say."""
    points = tuple(points)
    if not any(_DEPARTMENT_NAMED.search(point) for point in points):
        return False
    named = frozenset().union(*map(departments_in, points))
    return any(not departments_in(text) <= named for text in wordings)
