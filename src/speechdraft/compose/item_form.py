"""The form of a clerk's item name, read before a frame wraps it (branch phrase26; round an's
G and E on point and heading lines). Round an's readers struck the clerk's own words stamped
into a verb frame whatever their form: 扎实做好讲好教育故事工作, 要确保校外培训治理不能松劲,
要抓好课后服务提质, 要抓好烟花爆竹, 我们将确保口罩已储备. One classifier, used by every frame
that wraps an item (the point frames of point_fit.after_fit, the heading frames of
render.own_headings, the review leads of render._lead_topic); its words are in
templates/norms/item_forms.yaml with point_verbs.yaml's verb lists:

- ``verb_object``: the item opens with its own verb (讲好教育故事, 大兴调查研究, 舍得为教师投入):
  no 做好…工作 and no second verb — 要/着力 + it, or it as written;
- ``clause``: the item has its own subject and a modal or a state (党委政府要把…, …不能松劲,
  …已储备, …进课堂): said as it is, never inside 确保/做好;
- ``problem``: a 问题/难题/矛盾 takes its own verb (着力解决…);
- ``nominal``: a noun and a verb ending (课后服务提质, 学生欺凌防治): a frame verb only where
  the pair is collocated (``collocated``), else the ending's own frame (``nominal_frames``);
- ``thing``: a bare noun of a thing (烟花爆竹, 食堂, 家校): the work its ending takes
  (``thing_frames``: 加强烟花爆竹安全管理);
- ``other``: a name of a work (学生资助, 控辍保学): the frame as it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from speechdraft.norms import load_item_forms, load_point_verbs

_F = load_item_forms()
_V = load_point_verbs()

Form = Literal["verb_object", "clause", "problem", "nominal", "thing", "other"]

_PREDICATES = tuple(
    sorted(
        {
            v
            for v in (
                *_F.own_predicates,
                *_V.frame_verbs,
                *_V.plain_verbs,
                *_V.good_verbs,
                *_V.opening_verbs,
            )
            if len(v) >= 2
        },
        key=len,
        reverse=True,
    )
)
_NOT_PREDICATES = (*_F.not_predicates, *_V.not_verbs)
_CLAUSE_MARK = re.compile("(?:" + "|".join(map(re.escape, _F.clause_marks)) + ")")
_NOT_CLAUSE = re.compile("|".join(map(re.escape, _F.not_clause)))
_SURE_RESULT = re.compile("|".join(map(re.escape, _V.sure_results)))
_PUNCTUATED = re.compile(r"[，；：。、（）()“”]")
# an item longer than this is a point with more in it than a name: other rules read it
_NAME_MAX = 24
# the frames stamped on any item (a verb chosen by the item's own last word is kept: 办好食堂,
# 管好用好宿舍, 推动…提质)
_STAMPS = ("抓好", "确保", "做好", "加强", "落实", "实施")
_THING_MAX = 8


@dataclass(frozen=True)
class Fit:
    """How a frame says the item: ``before`` it and ``after`` it ("" and "" for the item as
    it is, with no verb of the frame's)."""

    form: Form
    before: str = ""
    after: str = ""


def opens_with_predicate(item: str) -> bool:
    """Whether the item opens with a verb of its own (讲好教育故事, 大兴调查研究)."""
    return item.startswith(_PREDICATES) and not item.startswith(_NOT_PREDICATES)


# a matter named by what is said or asked of it (听到的几个声音, 请镇人大、镇政府支持的事): no work a
# frame's 做好…工作 takes (round bz's 21 and by's 24, G: 认真做好听到的几个声音工作)
_WHAT_IS_SAID_OF = re.compile(r"的(?:事|事情|几件事|声音|几个声音|心里话|建议|意见)$")


def is_clause(item: str) -> bool:
    """Whether the item has a modal or a state after its first character (党委政府要把…,
    校外培训治理不能松劲, 口罩已储备), or ends in a state kept (…不放松) or a place a thing is
    brought to (民族团结进步教育进课堂)."""
    if len(item) < 4:
        return False
    if item.endswith((*_F.kept_states, *_F.pushed_marks)) or _WHAT_IS_SAID_OF.search(item):
        return True
    rest = _NOT_CLAUSE.sub("＿", item)[1:]
    return bool(_CLAUSE_MARK.search(rest))


def keeps_state(item: str) -> bool:
    """Whether the item is a clause only by the state it keeps at its end (…不降低)."""
    if not item.endswith(_F.kept_states):
        return False
    rest = _NOT_CLAUSE.sub("＿", item)[1:]
    return not _CLAUSE_MARK.search(rest)


def _ending(item: str, table: tuple[tuple[str, str], ...]) -> tuple[str, str] | None:
    return next(((end, frame) for end, frame in table if item.endswith(end)), None)


def form(item: str) -> Form:
    """The form of a clerk's item name (see the module's doc)."""
    if not item or len(item) > _NAME_MAX or _PUNCTUATED.search(item):
        return "other"
    if is_clause(item):
        return "clause"
    if opens_with_predicate(item):
        return "verb_object"
    if _ending(item, _F.problem_frames):
        return "problem"
    if len(item) > 3 and _ending(item, _F.nominal_frames):
        return "nominal"
    if len(item) <= _THING_MAX and _ending(item, _F.thing_frames):
        return "thing"
    return "other"


def _framed(kind: Form, frame: str) -> Fit:
    before, _, after = frame.partition("…")
    return Fit(kind, before, after)


def fit(item: str, verb: str, work: bool = False) -> Fit | None:
    """How a frame of ``verb`` (抓好, 确保, 做好, 推进…; ``work``: with 工作 after the item)
    says the item; None where the frame reads as it is."""
    kind = form(item)
    if kind == "clause" and item.endswith(_F.pushed_marks):
        return None if verb == "推动" else Fit(kind, "推动")
    if kind == "clause" and verb in ("确保", "推动") and keeps_state(item):
        return None  # 要确保…补贴标准不降低: a state kept is a result
    if kind == "verb_object" and verb == "推动":
        return None  # 推动落实…, 推动建立…: the pair reads
    if kind == "verb_object" and verb == "确保" and _SURE_RESULT.search(item):
        return None  # 确保新建小区配套幼儿园同步交付: a result to make sure of
    if kind in ("clause", "verb_object"):
        return Fit(kind)
    if kind == "problem":
        found = _ending(item, _F.problem_frames)
        if found is None or found[1].partition("…")[0].endswith(verb):
            return None
        return _framed(kind, found[1])
    if verb and verb not in _STAMPS:
        return None
    return _noun_fit(kind, item, verb, work)


def _noun_fit(kind: Form, item: str, verb: str, work: bool) -> Fit | None:
    """A nominal or a thing under a stamped frame: the frame its ending asks for, where the
    pair is not collocated (推进…提质 reads; 抓好…提质 does not); None where it reads."""
    if kind not in ("nominal", "thing") or (work and verb == "做好"):
        return None
    table = _F.nominal_frames if kind == "nominal" else _F.thing_frames
    found = _ending(item, table)
    if found is None or verb + found[0] in _F.collocated:
        return None
    fitted = _framed(kind, found[1])
    if verb and fitted.before.endswith(verb) and not fitted.after:
        return None
    return fitted


def heading_options(label: str) -> tuple[str, ...]:
    """Headings for a clerk's item that no 做好…工作 fits: a clause as written, a verb-object
    phrase with an adverb (着力讲好教育故事) or as written (大兴调查研究), a problem, a
    nominal or a thing in its own frame; () for a name the usual frames take."""
    kind = form(label)
    if kind == "clause":
        return (f"推动{label}",) if label.endswith(_F.pushed_marks) else (label,)
    if kind == "verb_object":
        if label.startswith(_F.as_written_predicates):
            return (label,)
        return (f"着力{label}", f"切实{label}", f"扎实{label}")
    if kind in ("problem", "thing", "nominal"):
        table = {
            "problem": _F.problem_frames,
            "thing": _F.thing_frames,
            "nominal": _F.nominal_frames,
        }[kind]
        found = _ending(label, table)
        if found:
            before, _, after = found[1].partition("…")
            said = f"{before}{label}{after}"
            if len(before) > 2:  # 着力解决…: its own adverb
                return (said,)
            return (said, f"切实{said}", f"进一步{said}")
    return ()


def review_topic(label: str) -> str | None:
    """The subject of a review lead (X…有力推进) for an item no 工作 fits: a thing with its
    work (烟花爆竹安全管理工作); "" for a clause or a verb-object phrase, which takes no lead;
    None for a name the usual leads take."""
    kind = form(label)
    if kind in ("clause", "verb_object"):
        return ""
    if kind == "thing":
        found = _ending(label, _F.thing_frames)
        if found:
            after = found[1].partition("…")[2]
            if after:
                return f"{label}{after}工作" if not after.endswith("工作") else label + after
    return None
