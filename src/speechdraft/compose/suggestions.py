"""Specifics the phrase bank proposes but nobody decided (a deadline, a frequency, a quota),
and national rules quoted from norms/rules.yaml.

``suggest("6月底前", "按期")`` prints a visible 【建议：6月底前】 mark (profile
``suggestions: mark``, the default) or the plain wording 按期 (``omit``); with no plain
wording the whole sentence is left out in ``omit`` mode. A deadline that makes no sense at
the meeting date (6月底前 in a September speech, 教师节前 at the 教师节 meeting) is never
proposed: the plain wording is used instead.
"""

from __future__ import annotations

import datetime
import re

from speechdraft.errors import TemplateRenderError
from speechdraft.markup import LITERAL_CLOSE, LITERAL_OPEN
from speechdraft.norms import rules_for

DROP = "⟦drop⟧"
# One checkable proposal per section is what a clerk can weigh; twenty green marks in a
# draft read as a questionnaire, so further ones take their plain wording.
MARKS_PER_SECTION = 1  # marks a sentence to leave out (omit mode, a suggestion with no plain words)
_MONTH_DEADLINE = re.compile(r"^(\d{1,2})月(?:底|末|份)?(?:前|之前)$")
_SENTENCE = re.compile(r"[^。！？]*[。！？]?")

# Named moments a deadline may hang on: (meeting months at which it is already past or
# too close to set, speech kinds at which it is the occasion itself).
_EVENT_DEADLINES: dict[str, tuple[set[int], set[str]]] = {
    "教师节前": ({8, 9}, {"teachers_day"}),
    "教师节期间": ({9}, {"teachers_day"}),
    "开学前": ({2, 3, 8, 9}, {"school_opening"}),
    "秋季开学前": ({8, 9, 10, 11, 12}, {"school_opening"}),
    "春季开学前": ({2, 3, 4, 5, 6}, {"school_opening"}),
    "暑假前": ({6, 7, 8}, set()),
    "寒假前": ({1, 2}, set()),
    "寒暑假前": ({1, 2, 7, 8}, set()),
    "汛期前": ({5, 6, 7, 8, 9}, set()),
    "中考前": ({6}, set()),
    "高考前": ({6}, set()),
    "年底前": ({12}, set()),
}


class Suggester:
    """The ``suggest`` and ``norm`` functions of one draft."""

    def __init__(self, meeting_day: datetime.date, kind: str, mode: str) -> None:
        self.day = meeting_day
        self.kind = kind
        self.mode = mode
        self.rules = rules_for(meeting_day)
        self.left = MARKS_PER_SECTION

    def open_section(self) -> None:
        """A new key task or safeguard: it may carry its own mark again."""
        self.left = MARKS_PER_SECTION

    def suggest(self, text: str, plain: str | None = None, lead: str = "") -> str:
        sensible = self.sensible_deadline(text)
        if sensible is None:
            return plain if plain is not None else ""
        if self.mode == "omit" or self.left <= 0:
            return plain if plain is not None else DROP
        self.left -= 1
        # the plain words stay and the mark follows them: the sentence reads whole whether the
        # clerk keeps the suggestion or strikes it (round bd's G: 支出进度要【建议：每月通报一次】
        # left 支出进度要。 once the mark was struck)
        return f"{plain or ''}{lead}⟦suggest:{sensible}⟧"

    def sensible_deadline(self, text: str) -> str | None:
        """The deadline as it can stand at the meeting date: a month already past becomes
        年底前 (or nothing late in the year); an event that is the meeting itself or is
        past, nothing. Other specifics pass as they are."""
        bare = text.removeprefix("每年")
        month = _MONTH_DEADLINE.match(bare)
        if month:
            if int(month[1]) > self.day.month + 1:
                return text
            return "年底前" if self.day.month <= 9 else None
        for event, (late_months, occasion_kinds) in _EVENT_DEADLINES.items():
            if bare == event and (self.day.month in late_months or self.kind in occasion_kinds):
                return None
        return text

    def norm(self, rule_id: str, fallback: str = "") -> str:
        """A national rule's own words (printed literally), or ``fallback`` when the rule is
        not in force at the meeting date."""
        rule = self.rules.get(rule_id)
        if rule is None:
            if not fallback and not _known_rule(rule_id):
                raise TemplateRenderError(f"措辞库引用了 norms/rules.yaml 中没有的规定：{rule_id}")
            return fallback
        return f"{LITERAL_OPEN}{rule.text}{LITERAL_CLOSE}"

    @staticmethod
    def drop_marked_sentences(text: str) -> str:
        """Leaves out each sentence that holds a DROP mark (omit mode)."""
        if DROP not in text:
            return text
        kept = []
        for sentence in _SENTENCE.findall(text):
            if DROP not in sentence:
                kept.append(sentence)
            elif LITERAL_OPEN in sentence or "⟦fact" in sentence:
                # the profile's own words are never dropped: only the suggestion goes
                kept.append(sentence.replace(DROP, ""))
        return "".join(kept)


def _known_rule(rule_id: str) -> bool:
    from speechdraft.norms import load_rules

    return any(r.id == rule_id for r in load_rules())
