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
盖率): a share of 100% of another thing (心理测评覆盖率 100%) shares only 覆盖, 盖率. Any
other figure (6000个, 88%) is seldom two measures' at once: two words shared are enough.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from speechdraft.compose.figure_once import runs_of

SHARED_LEAST = 3
# the year before a field's name and its count word after it: the same measure either way
_YEAR_HEAD = re.compile(r"^(?:今年|年内|全年|本年度?|本学期)")
_COUNT_TAIL = re.compile(r"(?:人数|总数|数量|个数|次数|数)$")
_NUMBER = re.compile(r"\d+(?:\.\d+)?(?:万|亿)?%?")
_HAN = re.compile(r"[\u4e00-\u9fff]+")
# how often a point says a deed is done
_CADENCE = re.compile(r"每(?:月|周|季度|学期|半年|年|天|日)(?:开展|组织|进行)?[一1](?:次|轮)")
# a body's meetings by their cadence (每季度至少召开一次会议, 每季度听取一次…汇报)
_MEETING_CADENCE = re.compile(
    r"每(?P<span>月|季度|学期|半年|年)(?:至少)?(?:召开|听取|举行|研究)?[^，；。\d]{0,10}?[一1]次"
)
# the times a year a cadence makes (每季度…一次 is 4次 a year)
_TIMES_A_YEAR = {"月": 12, "季度": 4, "学期": 2, "半年": 2, "年": 1}
_BODY_RUN = 4  # characters of a fact's name a point shares to speak of the same body
_TIMES = re.compile(r"^\D*(\d+)\s*次$")
_FULL = re.compile(r"^100(?:\.0+)?%?$")
# what names a share of any thing (达标学校比例, 覆盖率): the thing is the name before it
_SHARE_TAIL = re.compile(
    r"(?:达标)?(?:学校)?(?:比例|占比|覆盖率|达标率|普及率|参与率|上线率|巩固率|入园率|入学率|率)$"
)


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
        head = _pairs(_SHARE_TAIL.sub("", core))
        if head and not head & said:
            continue  # the same kind of share of another thing (作业管理 and 心理健康教师配备)
        shared = len(name & said)
        if core[-2:] in said and shared >= min(SHARED_LEAST, len(name)):
            return True
        # a figure other than a full share is seldom said of two measures: two words in
        # common are enough (新增学位 and 新增公办学位 6000个; 普通话普及率 and 国家通用语言文字
        # 普及率 88%; 特色高中创建 and 新增省级特色高中 20所)
        if not _FULL.match(figure) and shared >= SHARED_LEAST - 1:
            return True
    return False


# what the body itself does that many times a year: it meets or hears (not 成员单位…报送)
_MEETS = re.compile(r"召开|听取|开会|会议|研究")
_SUBJECT_TAIL = re.compile(r"(?:要|应|原则上|至少|一般)*$")


def _meets(point: str, found: re.Match[str], runs: set[str]) -> bool:
    """Whether the cadence ``found`` is the named body's own meetings: the body is its
    subject (领导小组每季度…, 领导小组要每季度…; not 领导小组成员单位要每半年…) and it meets or
    hears (召开…会议, 听取…汇报)."""
    before = _SUBJECT_TAIL.sub("", point[: found.start()])
    deed = point[found.start() : found.end() + 8]
    return any(before.endswith(run) for run in runs) and _MEETS.search(deed) is not None


def cadence_says(label: str, value: str, points: Iterable[str]) -> bool:
    """Whether a fact counting the times of a deed (校外培训专项检查 计划12次) is one a point
    already gives the cadence of (每月开展一次校外培训联合检查): the point names the deed (the
    name's last two characters) after its 每月…一次."""
    counted = _TIMES.match(value.replace(",", ""))
    name = core_name(label)
    deed = name[-2:]
    if counted is None or len(deed) < 2:
        return False
    times = int(counted[1])
    runs = runs_of(name, _BODY_RUN)
    for point in points:
        found = _CADENCE.search(point)
        if found and deed in point[found.start() :]:
            return True
        # 领导小组每季度听取一次…汇报 and 领导小组年度专题会议次数 计划4次: one body's
        # meetings, counted two ways (round bp's D, three drafts)
        for meeting in _MEETING_CADENCE.finditer(point):
            if _TIMES_A_YEAR[meeting["span"]] == times and _meets(point, meeting, runs):
                return True
    return False
