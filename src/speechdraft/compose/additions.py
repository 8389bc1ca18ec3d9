"""A figure the clerk wrote as an addition, said with his deed (branch asks26).

The profile's 计划新增40个 is what is added this year, not the total; the bank's frames for
the indicator mostly say a total (要达到…, 配备到…, 建成…). Round an's readers struck the
tool for dropping 新增 and then asking 【待核：新增数还是总数】 of the clerk, who had said it
(F: 今年劳动教育实践基地要达到40个【待核…】, 今年计划配备专职思政课教师600名【待核…】,
民族团结进步示范学校保持在10所【待核…】 of 新增10所, 现有54所).

Here the clause holding the figure takes the clerk's deed in place of the frame's verb of
totals and the mark goes: 要达到40个 → 要新增40个, 配备专职思政课教师600名 → 新增专职思政课
教师600名. A clause that already says an addition (创建, 新建, 打造, 补充…) keeps its verb. A
frame no verb of which can carry the deed (总数要达到, 把…配备到) keeps the mark: the clause
says a total and the clerk is asked, as before.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from speechdraft.figures import DELTA_CHECK
from speechdraft.markup import LITERAL_CLOSE, LITERAL_OPEN

# verbs that already say something is added: the clause keeps them
_ADDING = re.compile(r"新增|新建|新创建|创建|新补充|补充|增加|打造|新配备|新认定|新命名|扩大")
# a verb of totals right before the figure (要达到40个, 配备到600名, 保持在10所)
_TOTAL_BEFORE = re.compile(r"(?:达到|配备到|发展到|扩展到|增加到|提高到|提升到|保持在|稳定在)$")
# a verb of totals before the figure's noun (配备专职思政课教师600名, 建成思政实践教育基地6个)
_TOTAL_VERB = re.compile(r"(?:配齐|配足|配备|建成|建设|建好)(?=[^，。；：、]*$)")
# clauses that say a total whatever the verb: not reworded
_TOTAL_CLAUSE = re.compile(r"总数|总量|把|累计|共有")
_CLAUSE_END = re.compile(r"[，。；：！？]")


def _clause_before(text: str, at: int) -> int:
    """Where the clause that holds position ``at`` starts."""
    ends = [m.end() for m in _CLAUSE_END.finditer(text, 0, at)]
    return ends[-1] if ends else 0


def addition_said(text: str, additions: Iterable[tuple[str, str]]) -> str:
    """``text`` with each addition's figure (printed with DELTA_CHECK) said with the
    clerk's deed and unmarked, where the clause allows it (see the module's note)."""
    for printed, deed in additions:
        # the figure as the phrase prints it: the clerk's words held literal (markup)
        marked = LITERAL_OPEN + printed + LITERAL_CLOSE
        at = text.find(marked)
        while at >= 0:
            start = _clause_before(text, at)
            before = text[start:at]
            value = LITERAL_OPEN + printed.removesuffix(DELTA_CHECK) + LITERAL_CLOSE
            reworded = _reworded(before, deed)
            if reworded is None:
                at = text.find(marked, at + len(marked))
                continue
            text = text[:start] + reworded + value + text[at + len(marked) :]
            at = text.find(marked, start)
    return text


def _reworded(before: str, deed: str) -> str | None:
    """The clause's words before the figure, saying the addition; None where they say a
    total no verb swap mends."""
    if _TOTAL_CLAUSE.search(before):
        return None
    if _ADDING.search(before):
        return before
    total = _TOTAL_BEFORE.search(before)
    if total is not None:
        return before[: total.start()] + deed
    verb = _TOTAL_VERB.search(before)
    if verb is not None:
        return before[: verb.start()] + deed + before[verb.end() :]
    return None
