"""One idea said once a draft, wherever it stands (issue 11's D, rounds ac, ad and ae; branch idea16).

The blind readers' largest class is the same idea said again in other words: the clerk's point,
then a bank sentence saying it (公开招聘教师向乡村学校倾斜 → 新补充的教师要向农村学校倾斜; 给家长发
一封信 → 通过…致家长信反复提醒), two bank sentences of one idea sharing no term (把校门守住…来访必登记
/ 做到每个校门都有人守; 作业辅导 three times over 课后服务), and one sub-topic in two sections
(校本研修 in （一）, 校本教研 in （三）; a heading's 深入基层一线, then 多到一线去 in another part).

These tests keep their own table of those families (not the package's meaning groups) and
render their own profiles — every kind × county, city and town × a rich and a near-empty
profile × seeds 1–3 — so that they fail on a tree that says one of them twice.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from speechdraft.compose.render import clerk_words
from speechdraft.compose.restate import Said
from speechdraft.document import Heading
from speechdraft.pipeline import build_draft

# The families: each a name and the wordings that say it (the test's own table).
FAMILIES: dict[str, str] = {
    "new_teachers_to_villages": r"(?:招聘|补充|新进|新招)[^。；]{0,12}教师[^。；]{0,6}向[^。；]{0,4}(?:农村|乡村)",
    "homework_help": r"作业辅导|辅导作业|作业做完|完成作业",
    "interest_activities": r"兴趣活动|兴趣小组",
    "school_based_research": r"校本教研|校本研修",
    "gate_guarded": r"校门守住|校门都有人守|每个校门|封闭管理",
    "letters_home": r"致家长(?:的一封)?信|告家长书|家长发一封信",
    "food_purchase": r"食材[^，。；]{0,6}采购|采购[^，。；]{0,4}食材|索证索票",
    "public_kindergarten_share": r"公办园[^，。；]{0,10}(?:占比|主渠道|办多)|公办资源多了",
    "campus_entry": r"进校园的(?:社会|各类)?(?:事务|活动|检查)|进校园开展活动",
    "head_teachers_favoured": r"向[^，。；]{0,12}班主任[^，。；]{0,10}倾斜",
    "misuse_banned": r"挤占挪用|挤占、挪用|截留挪用|截留套取|虚报冒领",
    "cluster_cases": r"聚集性(?:病例|疫情)",
    "fund_performance": r"使用绩效|资金绩效|绩效评价",
    "key_lies_in": r"关键在于",
    "front_line": r"深入基层一线|深入一线|多到一线去|到一线去",
    "laggards": r"落后的|跟不上的|落后单位|推进迟缓|进度落后",
    "training_for_class": r"贴近(?:教学|课堂)|学以致用|学了回去就能用|放进课堂",
}
_FAMILIES = {name: re.compile(pattern) for name, pattern in FAMILIES.items()}
_SENTENCE = re.compile(r"[^。！？]+[。！？]?")
# a run-in head (六是开展心理健康排查。) names what the sentences under it say
_RUN_IN_HEAD = re.compile(r"^[一二三四五六七八九十]+是[^，。；]{0,24}。$")
# a sentence carrying this many characters in a row of the clerk's words is the clerk's
_CLERK_RUN = 8

TITLES = {
    "county": {
        "leader_speech": "县委书记",
        "work_report": "县教育局局长",
        "concluding_remarks": "副县长",
        "leading_group": "县委书记、县委教育工作领导小组组长",
        "teachers_day": "县长",
        "school_opening": "县教育局局长",
        "safety": "副县长",
    },
    "city": {
        "leader_speech": "市委书记",
        "work_report": "市教育局局长",
        "concluding_remarks": "副市长",
        "leading_group": "市委书记、市委教育工作领导小组组长",
        "teachers_day": "市长",
        "school_opening": "市教育局局长",
        "safety": "副市长",
    },
    "town": {
        "leader_speech": "镇党委书记",
        "work_report": "镇中心学校校长",
        "concluding_remarks": "镇长",
        "leading_group": "镇党委书记、镇教育工作领导小组组长",
        "teachers_day": "镇党委书记",
        "school_opening": "镇中心学校校长",
        "safety": "副镇长",
    },
}
DATES = {"teachers_day": "2026-09-09", "school_opening": "2026-08-28", "safety": "2026-06-10"}
KINDS = tuple(TITLES["county"])
NAMES = {"county": "青川县", "city": "临江市", "town": "石门镇"}


def _profile(kind: str, level: str, rich: bool) -> dict[str, Any]:
    data: dict[str, Any] = {
        "kind": kind,
        "meeting": {"date": DATES.get(kind, "2026-03-12")},
        "region": {"level": level, "name": NAMES[level]},
        "speaker": {"title": TITLES[level][kind], "name": "周明"},
    }
    if not rich:
        data["priorities"] = ["校园安全", "教师队伍"]
        return data
    # the clerk's own points naming the families, in his words
    data["priorities"] = [
        {
            "area": "教师队伍",
            "points": [
                "公开招聘教师向乡村学校倾斜",
                "各学校落实集体备课制度，把校本教研落到每个教研组",
            ],
        },
        {"area": "双减", "points": ["课后服务既要帮学生把作业做完，也要开展兴趣活动"]},
        {
            "area": "校园安全",
            "points": ["暑假前给家长发一封信，家长签字回执", "学校大宗食材实行定点采购"],
        },
        {"area": "学前教育", "points": ["公办园在园幼儿占比提高到65%"]},
    ]
    data["safeguards"] = ["组织领导", "经费保障", "工作作风"]
    data["review"] = {
        "achievements": [{"area": "教师队伍", "points": ["全年招聘教师320名"]}],
        "problems": ["乡村学校学科教师结构性缺员"],
    }
    return data


def _han(text: str) -> str:
    return re.sub(r"[^\u4e00-\u9fff0-9%]+", "", text)


def _runs(texts: list[str]) -> set[str]:
    runs: set[str] = set()
    for text in texts:
        han = _han(text)
        runs.update(han[i : i + _CLERK_RUN] for i in range(max(len(han) - _CLERK_RUN + 1, 1)))
    return runs


def _is_clerks(sentence: str, runs: set[str]) -> bool:
    han = _han(sentence)
    return any(han[i : i + _CLERK_RUN] in runs for i in range(max(len(han) - _CLERK_RUN + 1, 1)))


def _sentences(document: Any) -> list[tuple[str, bool]]:
    """The draft's spoken sentences in order, each with whether it is a heading."""
    found: list[tuple[str, bool]] = []
    for block in document.blocks:
        if isinstance(block, Heading):
            found.append((block.text, True))
            body = "".join(r.text for r in block.body)
        else:
            body = block.text
        for sentence in _SENTENCE.findall(body):
            sentence = sentence.strip()
            if len(sentence) > 6 and not _RUN_IN_HEAD.match(sentence):
                found.append((sentence, False))
    return found


def said_twice(draft: Any) -> list[tuple[str, str, str]]:
    """(family, earlier, later) for every family two sentences of the draft say, not both
    the clerk's own words, the later neither the clerk's nor carrying a figure or a 【】 the
    profile asked for (a fact is said whatever else is). A heading counts as saying what it
    names for every later section: its own body may say it once."""
    runs = _runs(clerk_words(draft.context))
    found: list[tuple[str, str, str]] = []
    first: dict[str, str] = {}
    section_heading: dict[str, str] = {}  # a family the current section's heading named
    for sentence, heading in _sentences(draft.document):
        named = [n for n, pattern in _FAMILIES.items() if pattern.search(sentence)]
        if heading:
            for name in section_heading:
                first.setdefault(name, section_heading[name])
            section_heading = {n: sentence for n in named if n not in first}
            continue
        clerks = _is_clerks(sentence, runs)
        for name in named:
            if name in section_heading:
                first.setdefault(name, sentence)
                del section_heading[name]
                continue
            earlier = first.get(name)
            if earlier is None:
                first[name] = sentence
                continue
            if clerks or "【" in sentence or re.search(r"\d", sentence):
                continue
            found.append((name, earlier, sentence))
    return found


@pytest.mark.parametrize("level", ["county", "city", "town"])
@pytest.mark.parametrize("kind", KINDS)
def test_no_family_said_twice_a_draft(tmp_path: Path, kind: str, level: str) -> None:
    """Rich and near-empty profiles × seeds 1–3: no bank sentence says a family the draft
    (a clerk's point, a heading, a bank sentence) has said before."""
    problems = []
    for rich in (True, False):
        path = tmp_path / f"{kind}-{level}-{rich}.yaml"
        path.write_text(
            yaml.safe_dump(_profile(kind, level, rich), allow_unicode=True), encoding="utf-8"
        )
        for seed in (1, 2, 3):
            draft = build_draft(path, seed=seed)
            problems += [(rich, seed, *pair) for pair in said_twice(draft)]
    assert not problems, problems


def test_a_headings_topic_is_said_for_the_rest_of_the_draft() -> None:
    """深入基层一线 as a section's heading: the body under it may say it once, and no line of
    a later section says it again (round ad's D: 多到一线去 in （三））."""
    said = Said()
    said.add("（一）深入基层一线，帮助学校解难题", heading=True)
    said.new_section(("工作作风",))
    assert not said.repeats("机关干部要深入一线，把基层的情况摸清楚。")
    said.end_section()
    assert said.repeats("各级领导干部要以身作则，多到一线去，多啃硬骨头。")


def test_a_fact_line_takes_the_wording_that_brings_nothing_back(tmp_path: Path) -> None:
    """A sentence carrying the clerk's figure is said whatever else is: after the clerk's
    课后服务…帮学生把作业做完 it takes a wording of its unit that does not say 作业辅导
    again (round ad's D: 作业管理达标学校比例要达到…，课后服务时段要安排好作业辅导)."""
    found = []
    for kind in ("leader_speech", "work_report", "concluding_remarks"):
        data: dict[str, Any] = {
            "kind": kind,
            "meeting": {"date": "2026-03-12"},
            "region": {"level": "county", "name": "青川县"},
            "speaker": {"title": TITLES["county"][kind], "name": "周明"},
            "priorities": [
                {
                    "area": "双减",
                    "points": ["课后服务既要帮学生把作业做完，也要开展兴趣活动"],
                    "facts": {"作业管理达标学校比例": 95},
                }
            ],
        }
        path = tmp_path / f"{kind}.yaml"
        path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
        for seed in (1, 2, 3):
            draft = build_draft(path, seed=seed)
            for sentence, _heading in _sentences(draft.document):
                if "作业管理达标学校比例" in sentence and _FAMILIES["homework_help"].search(
                    sentence
                ):
                    found.append((kind, seed, sentence))
    assert not found, found
