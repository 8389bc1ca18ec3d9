"""A clerk's point that is a ；-list of bare items (校车安全；食品安全；防溺水), said as the clerk
means it (round ap's G, S and D; branch fixlists27). Round ap's readers struck the list pasted
whole into one frame (要确保校车安全；食品安全；校园欺凌 — 分号清单原样粘贴, 确保校园欺凌不通):
each item takes the verb its own ending asks for (``list_item_frames`` of
templates/norms/item_forms.yaml: 确保…安全, 防范…欺凌, 加强…管理; a hazard 防… is 做好…工作),
and the items are said in one sentence the way short points are joined (short_points: 要确保
校车安全和食品安全，做好防溺水工作). An item that is the section's own topic (防溺水 in a 防溺水
section) is not said again. A list whose parts are clauses with verbs of their own is not one
of these: it stays as the clerk wrote it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from speechdraft.compose import item_form
from speechdraft.compose.short_points import objects_said
from speechdraft.norms import load_item_forms, load_point_verbs

_F = load_item_forms()
_V = load_point_verbs()

_ITEM_MAX = 8  # a part longer than this is a sentence of its own, not an item of a list
_BARE_ITEM = re.compile(rf"^[\u4e00-\u9fff]{{2,{_ITEM_MAX}}}$")
_VERB_FIRST = re.compile("^" + _V.any("frame_verbs"))
_NOT_A_VERB = re.compile("^" + _V.any("not_verbs"))
# a hazard guarded against (防溺水, 防欺凌), not 防控/防范 as a verb of its own
_HAZARD = re.compile(r"^防(?!控|范|止|治|护|守|线|疫)")


def _is_bare(part: str) -> bool:
    """Whether a ；-part is a short noun phrase with no verb of its own (校车安全, 防溺水)."""
    if not _BARE_ITEM.match(part) or item_form.is_clause(part):
        return False
    if item_form.opens_with_predicate(part):
        return False
    return not (_VERB_FIRST.match(part) and not _NOT_A_VERB.match(part))


def bare_items(point: str) -> list[str] | None:
    """The items of a point that is a ；-list of bare items; None for any other point."""
    parts = [p.strip() for p in point.split("；")]
    if len(parts) < 2 or not all(_is_bare(p) for p in parts):
        return None
    return parts


def _topic_item(item: str, topics: Sequence[str]) -> bool:
    """Whether the item is what the section is about (防溺水 in a 防溺水工作 section)."""
    return any(item == re.sub(r"(?:工作|教育)$", "", t) or item == t for t in topics if t)


def without_topic(point: str, topics: Sequence[str]) -> str:
    """The point less the items that are the section's own topic (the clerk's other items,
    in their order); the point as it is when it is no list or every item is the topic."""
    items = bare_items(point)
    if items is None:
        return point
    kept = [i for i in items if not _topic_item(i, topics)]
    return "；".join(kept) if kept and len(kept) < len(items) else point


def _framed(item: str) -> tuple[str, str]:
    """The verb before an item and the word after it (确保/"", 做好/工作, 防范/"")."""
    if _HAZARD.match(item):
        return "做好", "工作"
    found = next((frame for end, frame in _F.list_item_frames if item.endswith(end)), None)
    if found is None:
        fitted = item_form.fit(item, _F.list_item_default[0])
        if fitted is not None and fitted.before:
            return fitted.before, fitted.after
        return _F.list_item_default[0], ""
    before, _, after = found.partition("…")
    return before, after


def listed_said(point: str) -> str | None:
    """The items of a bare ；-list said as one verb phrase each, the objects of one verb after
    it once (确保校车安全和食品安全，做好防溺水工作), with no 要 before it; the items are the
    clerk's words (literal). None for any other point."""
    items = bare_items(point)
    if items is None:
        return None
    clauses: list[tuple[str, str, list[str]]] = []
    for item in items:
        verb, after = _framed(item)
        if clauses and clauses[-1][0] == verb and clauses[-1][1] == after:
            clauses[-1][2].append(item)
        else:
            clauses.append((verb, after, [item]))
    return "，".join(verb + objects_said(objects) + after for verb, after, objects in clauses)
