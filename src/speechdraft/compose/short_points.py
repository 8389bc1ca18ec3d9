"""A clerk's short points said together, the way a clerk writes them (issue 11's R; branch
points27). Round ao's readers struck the clerk's one-phrase points said one sentence each
(要确保校车安全。要确保食品安全。 — "单句罗列，应与上句合并为一句"): a run of such sentences,
next to each other in one section, is one sentence: the objects of one verb joined
(要确保校车安全和食品安全), the verbs after one 要 (要做好防溺水工作，确保校车安全和食品安全).
The verbs whose objects may be shared are ``joined_verbs`` of templates/norms/point_verbs.yaml.

The sentences are markup (the clerk's words between literal markers); a sentence with a
token or a length gate in it is left as it is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from speechdraft.markup import (
    GATE_BELOW,
    GATE_CLOSE,
    GATE_OPEN,
    LITERAL_CLOSE,
    LITERAL_OPEN,
    TOKEN_OPEN,
    plain,
)
from speechdraft.norms import load_point_verbs

_V = load_point_verbs()

SHORT = 10  # a one-phrase point: at most this many characters after its 要
_LEAST_RUN = 2  # a run of one sentence is said as it is
_MOST_RUN = 4  # more than four points in one sentence reads as a list: said in two
# a bare phrase: 要 + words with no punctuation, no second modal, no preposition first
_BARE = re.compile(rf"^要(?P<body>[^，、；：。！？“”（）【】\d要]{{2,{SHORT}}})。$")
_PREPOSITION_FIRST = re.compile(r"^(?:把|对|在|向|为|从|将|与|和|由|让|使|以)")
_VERB = re.compile("^" + _V.any("joined_verbs"))
_INNER_JOIN = re.compile(r"[和与及]")


def _marked(sentence: str) -> bool:
    return any(mark in sentence for mark in (TOKEN_OPEN, GATE_OPEN, GATE_BELOW, GATE_CLOSE))


def bare_body(sentence: str) -> str | None:
    """The phrase a one-phrase point sentence says after its 要 (校车安全 of 要确保校车安全。);
    None for any other sentence."""
    if _marked(sentence):
        return None
    match = _BARE.match(plain(sentence))
    if match is None or _PREPOSITION_FIRST.match(match["body"]):
        return None
    return match["body"]


def _literal(text: str) -> str:
    return f"{LITERAL_OPEN}{text}{LITERAL_CLOSE}"


def objects_said(objects: Sequence[str]) -> str:
    """校车安全和食品安全; 校车安全、食品安全和消防安全 (、 only where one has a 和 already),
    each object the clerk's words (literal)."""
    said = [_literal(o) for o in objects]
    if len(said) == 1:
        return said[0]
    if any(_INNER_JOIN.search(o) for o in objects):
        return "、".join(said)
    return "、".join(said[:-1]) + "和" + said[-1]


def joined(bodies: Sequence[str]) -> str:
    """One sentence of several phrases: the objects of one verb after it once, the verbs one
    after another after one 要 (要做好防溺水工作，确保校车安全和食品安全。)."""
    clauses: list[tuple[str, list[str]]] = []
    for body in bodies:
        verb_match = _VERB.match(body)
        verb = verb_match.group() if verb_match and len(body) > len(verb_match.group()) else ""
        if verb and clauses and clauses[-1][0] == verb:
            clauses[-1][1].append(body[len(verb) :])
        elif verb:
            clauses.append((verb, [body[len(verb) :]]))
        else:
            clauses.append(("", [body]))
    said = "，".join(verb + objects_said(objects) for verb, objects in clauses)
    return f"要{said}。"


def said_together(sentences: Sequence[str]) -> list[str]:
    """The sentences with each run of two to four one-phrase points said as one sentence
    (a longer run in sentences of four or fewer, the last never alone)."""
    out: list[str] = []
    run: list[str] = []

    def flush() -> None:
        while run:
            take = len(run)
            if take > _MOST_RUN:  # 5 → 3 + 2, 6 → 4 + 2, never one left alone
                take = _MOST_RUN if len(run) - _MOST_RUN >= _LEAST_RUN else _MOST_RUN - 1
            piece, run[:] = run[:take], run[take:]
            if len(piece) < _LEAST_RUN:
                out.extend(piece)
                continue
            bodies = [bare_body(s) or "" for s in piece]
            out.append(joined(bodies))

    for sentence in sentences:
        if bare_body(sentence) is not None:
            run.append(sentence)
            continue
        flush()
        out.append(sentence)
    flush()
    return out
