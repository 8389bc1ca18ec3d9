"""要/将 never inside a word or a body's name (branch marker30; round ar's G). The rules that
place the modal in a clerk's point cut it where their patterns met a verb-like character: 面要向
学校的督查检查 (面向), 乡水利将站6月底前… (乡水利站), 旗委编委核增中小学教职工要编制 (教职工编制).
Read last, on weave.charge_pieces' five pieces: where the modal would split a word of
templates/norms/point_verbs.yaml's ``whole_words``, it moves after the whole name (a body,
``body_ends``: 乡水利站将在6月底前…), or after the body the point opens with (旗委编委要核增…), or
the point is said as the clerk wrote it.

A problem and its state (…无人值守问题突出) take no modal between them either (round ar's G:
…问题要突出 turned the problem into a demand): the problem as written, 要 only before what is
done about it after the comma (…问题突出，要由村委会协助看护).
"""

from __future__ import annotations

import re

from speechdraft.norms import load_point_verbs

_V = load_point_verbs()

Pieces = tuple[str, str, str, str, str]

_BODY_ENDS = tuple(sorted(_V.body_ends, key=len, reverse=True))
# a point that opens with the bodies that act (旗委编委核增…): the modal goes after them
_OPENING_BODIES = re.compile(
    r"^(?:[\u4e00-\u9fff]{1,4}?" + _V.any("body_ends") + r")+(?=[\u4e00-\u9fff])"
)
# a time is no body (今年县局…); a head with a list in it (县局发文和面…) is a noun phrase
# that the body only names, not the body acting
_NOT_BODY = re.compile(r"[年月日今]")
_LISTED = re.compile(r"[和与及、]")
_MONTH_FIRST = re.compile(r"^\d{1,2}月")


def split_word(head: str, tail: str) -> tuple[str, int] | None:
    """The listed word a cut between ``head`` and ``tail`` falls inside, and how much of it
    is in ``head``; None for a cut between words."""
    for word in _V.whole_words:
        for cut in range(1, len(word)):
            if head.endswith(word[:cut]) and tail.startswith(word[cut:]):
                return word, cut
    return None


# a village's or a town's name a cut would fall inside (沙头村、后|湾村: the 后 of 后湾村 read as a
# time, round bs's 08 G — 后要湾村): the name's first characters after a list mark, its last
_NAME_BEGUN = re.compile(r"(?:村|社区|嘎查|镇|乡|街道)、[\u4e00-\u9fff]{1,2}$")
_NAME_ENDED = re.compile(
    "^(?![由在对向把为从按])[\u4e00-\u9fff]{0,2}?"
    + _V.any("lower_places")
    + "(?=[、，和及与]|[\u4e00-\u9fff])"
)


def _place_whole(pieces: Pieces) -> Pieces:
    """The pieces with the modal after a place name it would split."""
    lead, head, modal, tail, close = pieces
    begun = _NAME_BEGUN.search(head) if modal else None
    ended = _NAME_ENDED.match(tail) if begun else None
    if begun is None or ended is None or len(begun.group().split("、")[-1] + ended.group()) > 5:
        return pieces
    return lead, head + ended.group(), modal, tail[ended.end() :], close


def whole_words(pieces: Pieces) -> Pieces:
    """The pieces with the modal out of any word it would split (see the module's doc)."""
    lead, head, modal, tail, close = pieces = _place_whole(pieces)
    found = split_word(head, tail) if modal and head and tail else None
    if found is None:
        return pieces
    word, cut = found
    if word.endswith(_BODY_ENDS):
        head, tail = head + word[cut:], tail[len(word) - cut :]
        if _MONTH_FIRST.match(tail) and not modal.endswith("在"):
            modal += "在"  # 乡水利站将在6月底前…
        return lead, head, modal, tail, close
    said = head + tail
    bodies = _OPENING_BODIES.match(said)
    if (
        bodies
        and len(bodies.group()) < len(head)
        and not _NOT_BODY.search(bodies.group())
        and not _LISTED.search(head)
    ):
        return lead, bodies.group(), modal, said[bodies.end() :], close
    return lead, said, "", "", close


_PROBLEM_END = re.compile(_V.any("problem_nouns") + "$")
_STATE_FIRST = re.compile("^" + _V.any("problem_states") + "(?P<rest>(?:，[^；。]*)?)$")


def stated_problem(pieces: Pieces) -> Pieces:
    """The pieces with no modal between a problem and its state (see the module's doc)."""
    lead, head, modal, tail, close = pieces
    state = _STATE_FIRST.match(tail) if modal and _PROBLEM_END.search(head) else None
    if state is None:
        return pieces
    rest = state["rest"]
    said = head + tail[: len(tail) - len(rest)]
    if rest[1:]:
        return lead, said + "，", modal.removesuffix("在"), rest[1:], close
    return lead, said, "", "", close
