"""Where a clerk's point is said in a draft: whole (要完善… / 我们将推动卫健部门…), or with
要 or 要在 put between its named actor and its verb (住建部门要牵头…, 财政部门要在12月底前…),
the clerk's words on both sides of it unchanged. Round m's readers struck 要由住建部门… and
要对宿舍查寝实行… as broken grammar, so a point that names its own actor is said that way."""

from __future__ import annotations

# ，要 and ， after a condition said first (遇暴雪天气，要由旗教育局…: round q); 将 and 将在
# where the actor is the place's own committee or, in a bureau's speech, a peer department or
# the deputy's own leadership (render._announced_of_own_bodies, _announced_of_others: the
# speaker announces what he cannot order)
INFIXES = ("要在", "要", "，要", "，", "将在", "将")


def said_form(point: str, text: str) -> str | None:
    """The form in which the point stands in the text, or None if it is not there."""
    if point in text:
        return point
    for at in range(2, len(point)):
        for infix in INFIXES:
            form = point[:at] + infix + point[at:]
            if form in text:
                return form
    return None


def is_said(point: str, text: str) -> bool:
    return said_form(point, text) is not None
