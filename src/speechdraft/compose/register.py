"""The speaker's register: sentence shapes that read as speech once or twice a draft and as
a machine when they recur (issue 11, readers' R).

The shape readers struck most is the object fronted before its actor: 场馆、阵地和宣讲力量，
民族宗教、文化等部门要多向学校倾斜; 学校作业管理的日常检查，局机关有关股室要抓在平时. A
clerk writes the actor first (民族宗教、文化等部门要把场馆、阵地向学校开放). The same topic
fronted with 对 (对这些问题，要…) is ordinary speech, and still reads as a machine when
half a section opens with it. The renderer keeps each shape to a small budget a draft
(render.py) where the unit has another wording; these tests of shape are what it asks.
"""

from __future__ import annotations

import re
from functools import lru_cache

from speechdraft.wordanswers import per_wording

# Who acts in the second clause: a department, an office, a body of the level (w.below…),
# or the speaker's 我们. Kept short: a long run before 要 is a clause, not an actor.
_ACTOR = (
    r"(?:[^，。；：{}]{0,8}?\{\{ ?w\.\w+ ?\}\}|[^，。；：]{0,14}?"
    r"(?:部门|股室|单位|我们|学校|各校|幼儿园|班主任|教师|各地|乡镇|街道|家长|督学|局机关"
    r"|成员单位|领导小组|教育局|政府|教体局|村（社区）|各村))"
)
_MODAL = r"(?:要|将|必须|应当|应|负责|会同|牵头|一起)"
_NOUN_TOPIC = re.compile(rf"^(?P<topic>[^，。；：{{}}]{{3,40}})，{_ACTOR}{_MODAL}")
_DUI_TOPIC = re.compile(rf"^对(?:于)?[^，。；：]{{2,40}}，(?:{_ACTOR})?{_MODAL}")
# A first clause with a verb, a time or a condition in it is not a bare topic
# (预警发布后，学校要…; 发现违规培训线索，…要…; 改善乡村学校条件，…要…).
_NOT_A_NOUN = re.compile(
    r"要|将|是|把|让|使|在|为|有|能|会|抓|做|推进|加强|落实|建立|完善|开展|坚持|确保|实现"
    r"|提高|扩大|守住|不能|不得|就|后|时|前|发现|强化|配齐|安排|接到|支持|改善|打击|推动"
    r"|出了|怎么|怎样|如何|缺什么|不规范|好不好|由|负责|因|靠|遇|不搞|感受|对"
)
_POINTS_BACK = ("对", "这", "那", "上面", "以上", "上述")


@lru_cache(maxsize=16384)  # asked of the same bank wordings in every draft
@per_wording("fronts_its_object", False)
def fronts_its_object(text: str) -> bool:
    """A bare noun phrase, then its actor and a modal: 学校作业管理的日常检查，局机关有关股室要…"""
    found = _NOUN_TOPIC.match(text)
    if not found:
        return False
    topic = found.group("topic")
    # 对… is the other shape; 这些问题，… points back to what was just said
    return not (topic.startswith(_POINTS_BACK) or _NOT_A_NOUN.search(topic))


@lru_cache(maxsize=16384)
@per_wording("fronts_with_dui", False)
def fronts_with_dui(text: str) -> bool:
    """对 and a topic, then (an actor and) a modal: 对配下去的图书和实验仪器，要…"""
    return bool(_DUI_TOPIC.match(text))


class RegisterBudget:
    """How many sentences of each fronted shape a draft has said, and which wordings may
    still be chosen: one object fronted before its actor a draft, three 对… openings (a
    line or two of either reads as speech, more as a machine)."""

    NOUN_TOPICS = 1
    DUI_TOPICS = 3

    def __init__(self) -> None:
        self.noun_topics = 0
        self.dui_topics = 0

    def within(self, texts: list[str]) -> list[str]:
        """The wordings that keep the draft within its budget (all of them where none
        does: the unit is still said)."""
        kept = [
            text
            for text in texts
            if not (self.noun_topics >= self.NOUN_TOPICS and fronts_its_object(text))
            and not (self.dui_topics >= self.DUI_TOPICS and fronts_with_dui(text))
        ]
        return kept or texts

    def count(self, text: str) -> None:
        self.noun_topics += fronts_its_object(text)
        self.dui_topics += fronts_with_dui(text)


# Words of a kitchen table, not a rostrum (round x's R): a leader's speech is spoken but
# formal (书面化的口语: 要…、把…、让…, 四字格). Each marker is a family readers struck:
# 说了算, 帮着带, 来说话, 多看看, 报上来/说出来, 一课一课, 交账, 钱包, 光靠…不行, 过得开心;
# a question made the sentence's topic (大额资金怎么用，…; 各部门配合得怎么样，…); 这些…要多用.
_COLLOQUIAL = re.compile(
    r"说了算|帮着|来说话|看看|报上来|说出来|一课一课|一起搞|各搞各|来搞|交账|钱包|光靠"
    r"|(?<!决而)不行|过得|看的是|上没上|办没办|改没改|弄清|搞清|一起做工作|了的任务"
    r"|这些[^，。；]{0,12}要多用|得怎么样|(?:^|[。；，])[^，。；、：]{1,16}怎么[^，。；、：么样]{1,3}，"
)


def colloquial(text: str) -> str | None:
    """The colloquial marker in ``text``, if any (None for the formal spoken register)."""
    found = _COLLOQUIAL.search(text)
    return found.group(0) if found else None
