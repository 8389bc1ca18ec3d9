"""A detector for the clerk's words woven badly (round y's G), run over a point and the draft
it was said in. It reads the sentence as a reader does, not through the composer's tables:

- 要 inside the clerk's words where no subject ends (庆祝新中国要成立70周年, 学校党要组织书记,
  质量终身要负责制, 一校一要公示, 9所要新建学校, “一校一案”要调整布局, 去要向);
- 确保 before words that state no outcome (要确保援藏教师, 要确保课后托管, 要确保今年是…之年);
- 要 before a noun phrase (要接送学生的电动自行车).
"""

from __future__ import annotations

import re

# 要 may follow a subject and precede its verb; these ends of what stands before 要 are
# never a whole subject: a count and its measure (9所), an opened quotation (“一校一), a
# particle or a verb (今年是, 毕业生去, 从…中), a word cut in two (学校党|组织, 生活|补助,
# 质量终身|负责制, 营养|改善计划, 失范行|为).
_NO_SUBJECT_END = re.compile(
    r"(?:[\d一二两三四五六七八九十百千几][所个名项家辆次人座间套批处条]?|是|的|去|之|和|与|及|或|"
    r"、|从[^，；]*中|终身|高质量|平稳|稳妥|严肃|认真|分批|逐车|逐间|逐班|逐人|带头|"
    r"党|生活|营养|行|新中国|一校一)$"
)
_CUT_AFTER = re.compile(r"^(?:负责制|补助政策|组织书记|改善计划|成立\d)")
_OPENED_BY_ACT = re.compile(r"^(?:庆祝|纪念|保证|确保|认真|稳妥|严肃|平稳|分批)")

# What 确保 may stand before: a clause that says how things end up.
_OUTCOME = re.compile(
    r"到位|落实|达到|达标|实现|完成|不低于|不少于|控制在|覆盖|安全|正常|有序|按期|如期|按时|足额|"
    r"全部|均|都|一律|全面|不发生|不出现|不能少|零(?!容忍)|%|投入使用|交付使用|竣工|通过|畅通|规范|"
    r"在岗|上岗|配齐|配足|建成|投用|运行|不降低"
)
# A bare thing, people or activity (援藏教师, 课后托管, 教师食堂, 护学岗, …电气线路): no verb,
# no count, no relation.
_BARE_NOUN = re.compile(
    r"^(?!.*(?:至少|不少于|[一二两三四五六七八九十][名所个套]))[^，；\d、是在由向对把将给到为]{2,12}(?:教师|食堂|岗|资金|线路|管道|托管|宣誓|设施|车|校车|"
    r"宿舍|改造|检查|服务)$"
)
_FACT = re.compile(r"^[^，；]{1,12}是")
_NOUN_AFTER_OF = re.compile(r"^(?:接送|运送)[^，；]{1,8}的[^，；的]{1,8}$")

INFIXES = ("要在", "要")

# The meetings the woven-words tests render: a date and a county speaker per kind, said
# by the town's or the city's own title at those levels (shared by test_woven_whole and
# test_seams_round_z).
KINDS = {
    "leader_speech": ("2027-03-10", "县长"),
    "safety": ("2027-05-14", "副县长"),
    "concluding_remarks": ("2027-03-15", "副县长"),
    "leading_group": ("2027-06-18", "县委书记"),
    "teachers_day": ("2027-09-09", "县长"),
    "school_opening": ("2027-08-25", "副县长"),
    "work_report": ("2027-02-24", "教育局局长"),
}
LEVELS = {"county": "青川", "city": "临江", "town": "石门"}
_TOWN_TITLES = {"县长": "镇长", "副县长": "副镇长", "县委书记": "镇党委书记"}
_CITY_TITLES = {"县长": "市长", "副县长": "副市长", "县委书记": "市委书记"}


def meeting_of(kind: str, level: str) -> tuple[str, str]:
    """The meeting date and the speaker's title for a kind at a level."""
    date, title = KINDS[kind]
    return date, {"town": _TOWN_TITLES, "city": _CITY_TITLES}.get(level, {}).get(title, title)


def sentence_of(text: str, words: str) -> str:
    """The sentence (or list item) of ``text`` in which ``words`` stand."""
    at = text.find(words)
    start = max(text.rfind(mark, 0, at) for mark in "。；：\n") + 1
    ends = [e for e in (text.find(mark, at + len(words)) for mark in "。；\n") if e >= 0]
    return text[start : min(ends) if ends else len(text)]


def split_at(point: str, text: str) -> tuple[int, str] | None:
    """Where 要 (要在) stands inside the point in the text, if the point is said split."""
    for at in range(1, len(point)):
        for infix in INFIXES:
            if point[:at] + infix + point[at:] in text:
                return at, infix
    return None


def woven_defects(point: str, text: str) -> list[str]:
    """What a reader of round y would strike in how ``point`` is woven into ``text``."""
    found: list[str] = []
    if point not in text:
        split = split_at(point, text)
        if split is None:
            return found  # not said in this form (a Party speaker's 提请, a heading)
        at, _ = split
        head, tail = point[:at], point[at:]
        if (
            head.count("“") != head.count("”")
            or head.endswith("”")
            or _NO_SUBJECT_END.search(head)
            or _CUT_AFTER.match(tail)
            or _OPENED_BY_ACT.match(head)
        ):
            found.append(f"要 inside: {head}|要|{tail}")
        return found
    sentence = sentence_of(text, point)
    before = sentence[: sentence.find(point)]
    if before.endswith("确保") and (
        _FACT.match(point) or (not _OUTCOME.search(point) and _BARE_NOUN.match(point))
    ):
        found.append(f"确保 + no outcome: 确保{point}")
    if before.endswith("要") and (_NOUN_AFTER_OF.match(point) or _BARE_NOUN.match(point)):
        found.append(f"要 + noun phrase: 要{point}")
    return found
