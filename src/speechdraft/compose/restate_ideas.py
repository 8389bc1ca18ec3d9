"""Ideas a draft says once, as data (templates/norms/restate_ideas.yaml; issue 11's D, branch
restate27).

Round ao's readers still marked 69 sentences as the same idea said again (3.4 % of the
lines), and the record of the draft (restate.Said) saw a quarter of them
(scripts/labelled_restatements.py): most are a stock line saying in other words what a
clerk's point or another stock line said a few lines before (要治理无证幼儿园, then
无证园要分类处置; 及时提醒、督促改进, then 发现偏差及时纠正; 把家访做实做细, then
家访要重实效、不走形式), sharing too few rare pairs for the similarity test. Each such idea
is here a name and the words that say it; ``restate.ideas_in`` reads these beside
restate.IDEAS, so the renderer takes another wording or unit for a stock line naming one of
them once the draft has said it (a clerk's point is recorded first and never dropped).
"""

from __future__ import annotations

import re

from speechdraft.norms import load_restate_ideas

# “…” in a word: a few characters of the same clause (取暖设施…检查 = 取暖设施要逐一检查)
GAP = "[^，。；！？]{0,12}"


def _pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """One idea's words as one pattern: any of them, the gaps within a clause."""
    return re.compile("|".join(GAP.join(map(re.escape, word.split("…"))) for word in words))


RESTATE_IDEAS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, _pattern(words)) for name, words in load_restate_ideas()
)
