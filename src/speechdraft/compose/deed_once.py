"""A clerk's deed and its figure said once (round al's D and R on the review lines).

A point and a figure of one achievement often name the same deed: the point says it was done
(公开招聘教师; 会同…部门排查校外培训机构; 组建3个教育集团), the figure how many (招聘教师 210名;
排查机构 326家; 教育集团 3个). Said one after the other the deed was read twice in one
sentence (公开招聘教师，…，招聘教师210名). Here the figure's number goes into the point's clause
that says its deed (公开招聘教师210名; 排查校外培训机构326家), or, where the point already says
the very count (组建3个教育集团), the figure is not said again. A point that already says the
whole (实现全覆盖) takes the 100% figure as that clause (集团化办学覆盖率达到100%). A figure's
name that reads as a table's column (累计通过县数 88个; 校长陪餐制度落实学校 全部) is said as
speech (累计通过88个县; 学校全部落实校长陪餐制度). A lead before a point says none of the
point's own words (疫情期间线上教学工作扎实推进，疫情期间全镇教师…; …工作有序开展，开展学生
欺凌防治专项治理): the words are the point's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TypeVar

from speechdraft.figures import leading_number

_DEED = 2  # a deed's verb: its first two characters (招聘, 排查, 组建)
_OBJECT_LEAST = 2  # the thing done, at least (教师, 机构)
_NAME_LEAST = 4  # a figure's name that can be a point's clause's deed (招聘教师)
# a number already in the clause: its count is said there
_DIGIT = re.compile(r"\d")
# what a figure's said form adds after its name: a number, its unit (210名, 约3.4万人)
_COUNT_REST = re.compile(r"^约?\d[\d,.]*(?:万|亿)?[^\d，；。%]{0,3}$")
# a count in a point: the number, its measure, then the thing counted (3个教育集团)
_COUNT_IN_CLAUSE = re.compile(r"(\d+(?:\.\d+)?)(?:万)?(名|人|个|所|家|项|套|辆|起|处|支|座|间)")
# a clause that says the whole of a thing: its 100% figure is its number
_WHOLE = re.compile(r"(?:实现|已经|已)?(?:全覆盖|全面覆盖|全部覆盖)$")
_RATE_OF = re.compile(r"(?:覆盖率|普及率)$")
_MET_ALL = re.compile(r"(?:全面|全部|全都)达标$")
_MET_RATE = re.compile(r"达标率$")
_GENERIC_PAIR = frozenset({"学校", "教育", "工作", "全面", "全部", "实现", "覆盖", "达标"})
_FULL = re.compile(r"^100(?:\.0+)?%$")

F = TypeVar("F")


def _clauses(point: str) -> list[str]:
    return point.split("，")


def _number_rest(said: str, label: str) -> str | None:
    """What a figure says after its name, where that is only its number (210名); else None."""
    if not said.startswith(label):
        return None
    rest = said[len(label) :]
    return rest if _COUNT_REST.match(rest) else None


def deed_clause(clause: str, label: str) -> bool:
    """Whether a point's clause ends with the deed a figure's name says: the name itself
    (公开招聘教师 and 招聘教师), or its verb and then, at the clause's end, its thing
    (会同…排查校外培训机构 and 排查机构). A clause that already counts says its own number."""
    if len(label) < _NAME_LEAST or _DIGIT.search(clause):
        return False
    if clause.endswith(label):
        return True
    verb, thing = label[:_DEED], label[_DEED:]
    if len(thing) < _OBJECT_LEAST or not clause.endswith(thing):
        return False
    at = clause.rfind(verb, 0, len(clause) - len(thing))
    return at >= 0 and at + _DEED <= len(clause) - len(thing)


# a value with its unit (1.13亿元, 4.2万平方米, 1068人), not a bare number or a rate
_WITH_UNIT = re.compile(r"\d+(?:\.\d+)?(?:万|亿)?[^\d%.，。；、\s]{1,4}")


def count_said(clause: str, label: str, value: str) -> bool:
    """Whether a clause already says a figure's count of the same thing (组建3个教育集团 and
    教育集团 3个): the same number, then the thing's last two characters."""
    number = leading_number(value.replace(",", ""))
    noun = re.sub(r"(?:总数|数量|个数|数)$", "", label)[-2:]
    if _value_said(clause, label, value):
        return True
    if number is None or len(noun) < 2 or "%" in value:
        return False
    for match in _COUNT_IN_CLAUSE.finditer(clause.replace(",", "")):
        if leading_number(match.group(1)) == number and noun in clause[match.start() :]:
            return True
    return False


def _value_said(clause: str, label: str, value: str) -> bool:
    """Whether a clause says a figure's value as written, unit and all, of a thing its name
    names (全面改薄项目完成投资1.13亿元 and 全面改薄投资 1.13亿元; 新建改扩建校舍4.2万平方米 and
    新建校舍面积 4.2万平方米): the clerk wrote one fact twice, in the point and as a figure."""
    value, plain = value.strip().replace(",", ""), clause.replace(",", "")
    at = plain.find(value)
    if not _WITH_UNIT.fullmatch(value) or at < 0:
        return False
    if at > 0 and plain[at - 1].isdigit():
        return False  # 11.13亿元 is not 1.13亿元
    return any(label[i : i + 2] in clause for i in range(len(label) - 1))


def deed_once(
    points: Sequence[str],
    figures: Sequence[F],
    label_of: Callable[[F], tuple[str, str]],
    say: Callable[[str, str], str],
) -> tuple[list[str], list[F]]:
    """An achievement's points and figures with each deed said once: a figure whose deed a
    point's clause says is said in that clause (its number after the deed), or not again where
    the clause already says its count; a clause that only claims the whole (实现全覆盖) is the
    100% figure said in its place. ``label_of`` gives a figure's (name, value), ``say`` its said
    form (weave.review_figure). The points and the figures left."""
    points, left = list(points), list(figures)
    for figure in figures:
        label, value = label_of(figure)
        said = say(label, value)
        for i, point in enumerate(points):
            clauses = _clauses(point)
            done = False
            for j, clause in enumerate(clauses):
                if count_said(clause, label, value):
                    done = True
                elif (rest := _number_rest(said, label)) and deed_clause(clause, label):
                    clauses[j] = clause + rest
                    done = True
                elif _FULL.match(value.strip()) and (whole := _whole_of(clause, label)):
                    if whole == "alone" and j > 0:
                        clauses[j] = said  # 组建教育集团58个，集团化办学覆盖率达到100%
                    done = True  # 教育集团实现全覆盖: its 100% is said (round al's D)
                if done:
                    break
            if done:
                points[i] = "，".join(clauses)
                left = [f for f in left if f is not figure]
                break
    return points, left


def _whole_of(clause: str, label: str) -> str:
    """Whether a clause claims the whole a 100% figure measures (城乡学校教育集团实现全覆盖 and
    集团化办学覆盖率; 专职保安员配备…全面达标 and 专职保安员配备达标率): "alone" where the
    clause is only the claim (实现全覆盖), "said" where it names its thing, "" for neither."""
    claim = _WHOLE.search(clause) if _RATE_OF.search(label) else None
    if claim is None and _MET_RATE.search(label):
        claim = _MET_ALL.search(clause)
    if claim is None:
        return ""
    if claim.start() == 0:
        return "alone"
    stem = re.sub(r"(?:覆盖率|普及率|达标率)$", "", label)
    pairs = {stem[i : i + 2] for i in range(len(stem) - 1)} - _GENERIC_PAIR
    return "said" if any(p in clause[: claim.start()] for p in pairs) else ""


# 累计通过县数 88个: a verb's deed, then the things counted, then 数 (a table's column)
_COLUMN_COUNT = re.compile(
    r"^(?P<deed>.*?(?:通过|达标|建成|创建|认定|验收|覆盖))(?P<thing>县|县区|乡镇|学校|校|所|园|幼儿园)数$"
)
# 校长陪餐制度落实学校 全部: the thing done, its verb, then who did it
_COLUMN_ALL = re.compile(
    r"^(?P<thing>.{2,}?)(?P<verb>落实|实行|建立|实现|开设|配备|推行)(?P<who>学校|幼儿园|中小学校?|乡镇|县区?)$"
)
_ALL_VALUE = re.compile(r"^(?:全部|所有|全覆盖)$")
_COUNT_VALUE = re.compile(r"^(?P<n>约?\d[\d,.]*(?:万)?)(?P<m>个|所|家)$")


def column_said(label: str, value: str) -> str | None:
    """A figure whose name reads as a table's column, said as speech: 累计通过县数 88个 →
    累计通过88个县; 校长陪餐制度落实学校 全部 → 学校全部落实校长陪餐制度. None for others."""
    value = value.strip()
    counted = _COLUMN_COUNT.match(label)
    number = _COUNT_VALUE.match(value)
    if counted and number:
        return f"{counted['deed']}{value}{counted['thing']}"
    whole = _COLUMN_ALL.match(label)
    if whole and _ALL_VALUE.match(value):
        return f"{whole['who']}全部{whole['verb']}{whole['thing']}"
    return None


# Han runs a lead and the point after it may share only where they are a lead's stock
_LEAD_STOCK = frozenset({"工作", "教育", "学校", "建设", "管理"})
_SHARED_LEAST = 4


def shared_words(lead: str, point: str) -> str:
    """The longest run of _SHARED_LEAST or more characters a lead and its point both say
    (疫情期间, 形势总体平稳); "" for none."""
    best = ""
    for start in range(len(lead)):
        for end in range(len(lead), start + max(_SHARED_LEAST, len(best) + 1) - 1, -1):
            part = lead[start:end]
            if len(part) > len(best) and re.fullmatch(r"[\u4e00-\u9fff]+", part) and part in point:
                best = part
                break
    return "" if best in _LEAD_STOCK else best


def verb_said(verb: str, point: str) -> bool:
    """Whether a lead's steady verb (有序开展, 扎实推进) says a word the point says (开展学生
    欺凌防治专项治理): each two-character half is checked."""
    halves = [verb[i : i + 2] for i in range(0, len(verb) - 1, 2)]
    return any(h in point for h in halves if len(h) == 2 and h not in {"工作"})
