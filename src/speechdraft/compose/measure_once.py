"""Each measure said once a draft (branch once26; round an's D on figure and target lines).

A clerk gives a measure in more than one place: as a target read out in the targets list
(新补充教师260名; 教师家访覆盖率达到100%; 课后服务学生参与率达到95%) and as a task's fact with
its own name (今年新补充教师人数 260; 教师家访学生覆盖率 达到100%; 义务教育学校课后服务学生参与
率 达到95%), or as a fact counting the times of a deed a point already gives the cadence of
(校外培训专项检查 计划12次 beside 每月开展一次校外培训联合检查). Round an's readers marked the
second saying each time (…已在目标中讲过; 与“每月开展一次联合检查”是同一件事，重复).

The rule, one for every kind: **the targets list says the measure; the section of its topic
does not say it again** (the kinds read the clerk's targets out first, as the year's pledge,
and a stock line of the section that would carry the fact's figure yields; a fact no target
gives is said in its topic's section). A count of times a point gives as a cadence (每月,
每周, 每季度, 每学期…) is the point's: the fact is not said beside it.

Two names say one measure where the target says the fact's figure and its words before the
figure share the fact's name's last word (率, 名, 覆盖率: its last two characters) and
SHARED_LEAST of its two-character words in all (家访学生覆盖率 and 家访覆盖率: 家访, 覆盖,
盖率): a share of 100% of another thing (心理测评覆盖率 100%) shares only 覆盖, 盖率.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

SHARED_LEAST = 3
# the year before a field's name and its count word after it: the same measure either way
_YEAR_HEAD = re.compile(r"^(?:今年|年内|全年|本年度?|本学期)")
_COUNT_TAIL = re.compile(r"(?:人数|总数|数量|个数|次数|数)$")
_NUMBER = re.compile(r"\d+(?:\.\d+)?(?:万|亿)?%?")
_HAN = re.compile(r"[\u4e00-\u9fff]+")
# how often a point says a deed is done
_CADENCE = re.compile(r"每(?:月|周|季度|学期|半年|年|天|日)(?:开展|组织|进行)?[一1](?:次|轮)")
_TIMES = re.compile(r"^\D*(\d+)\s*次$")


def core_name(label: str) -> str:
    """A fact's name without its year and count word (今年新补充教师人数 → 新补充教师)."""
    return _COUNT_TAIL.sub("", _YEAR_HEAD.sub("", label.strip()))


def _pairs(text: str) -> frozenset[str]:
    return frozenset(run[i : i + 2] for run in _HAN.findall(text) for i in range(len(run) - 1))


def figure_of(value: str) -> str | None:
    """The number a fact's value says, with its % (达到95% → 95%; 计划210名 → 210)."""
    found = _NUMBER.search(value.replace(",", ""))
    return found.group() if found else None


def target_says(label: str, value: str, target: str) -> bool:
    """Whether a target (课后服务学生参与率达到95%) says a fact's measure and figure
    (义务教育学校课后服务学生参与率 达到95%)."""
    figure = figure_of(value)
    core = core_name(label)
    if figure is None or len(core) < 2:
        return False
    text = target.replace(",", "")
    for found in re.finditer(rf"(?<![\d.]){re.escape(figure)}(?![\d.%])", text):
        before = text[: found.start()]
        name, said = _pairs(core), _pairs(before)
        last = core[-2:]
        if last in said and len(name & said) >= min(SHARED_LEAST, len(name)):
            return True
    return False


def cadence_says(label: str, value: str, points: Iterable[str]) -> bool:
    """Whether a fact counting the times of a deed (校外培训专项检查 计划12次) is one a point
    already gives the cadence of (每月开展一次校外培训联合检查): the point names the deed (the
    name's last two characters) after its 每月…一次."""
    if not _TIMES.match(value.replace(",", "")):
        return False
    deed = core_name(label)[-2:]
    if len(deed) < 2:
        return False
    for point in points:
        found = _CADENCE.search(point)
        if found and deed in point[found.start() :]:
            return True
    return False
