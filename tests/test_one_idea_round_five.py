"""One idea said once a draft, round five: echoes of headings, of targets and of stock ideas
(issue 11's D, round ai; branch idea20).

Round ai's readers marked a body's first line that says its heading again (三是要建好用好劳动
实践基地 over 要建好用好劳动教育实践基地; （一）弘扬教育家精神 over 要弘扬教育家精神，培育一批“大
先生”), a target said again in its section (…8月底前交付使用 after 主要目标 said it; 11月底前完
成…检查 twice word for word), and stock ideas every draft carried twice (教师的评价 three ways,
有人抓 / 有人盯着, 常到学校走 / 多往艰苦的学校走, 各管一段 / 分工不分家, 三个增长, 专款专用,
摊派). These tests keep their own table and profiles; each draft is rendered once a module.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from one_idea_support import heading_blocks
from speechdraft.compose.render import clerk_words
from speechdraft.compose.restate import Said
from speechdraft.pipeline import build_draft

_RUN_IN = re.compile(r"^[一二三四五六七八九十]+是[^。；]{0,40}。$")
_NUMBER = re.compile(
    r"^(?:（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、|[一二三四五六七八九十]+是要?)"
)


def _pairs(text: str) -> set[str]:
    run = re.sub(r"[^\u4e00-\u9fff0-9]+", "", text)
    return {run[i : i + 2] for i in range(len(run) - 1)}


def _share(of: str, by: str) -> float:
    pairs = _pairs(of)
    return len(pairs & _pairs(by)) / len(pairs) if len(pairs) >= 4 else 0.0


def _first_clause(heading: str) -> str:
    return re.split(r"[，：；。]", _NUMBER.sub("", heading.strip()), maxsplit=1)[0]


def _blocks(document: Any) -> list[tuple[str, list[str]]]:
    return heading_blocks(document, _RUN_IN, longer_than=4)


def heading_echoes(document: Any) -> list[tuple[str, str]]:
    """(heading, line) for a line among the first three under a heading (or a run-in item's
    head) that carries 70 % of the heading's first clause."""
    return [
        (heading, line)
        for heading, body in _blocks(document)
        if heading
        for line in body[:3]
        if _share(_first_clause(heading), line) >= 0.7
    ]


def _text(draft: Any) -> str:
    return "".join(
        b.text + "".join(r.text for r in getattr(b, "body", ())) for b in draft.document.blocks
    )


def _write(tmp: Path, name: str, data: dict[str, Any]) -> Path:
    path = tmp / f"{name}.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


TITLES = {
    "work_report": "县教育局局长",
    "leader_speech": "县长",
    "safety": "副县长",
    "school_opening": "县教育局局长",
    "leading_group": "县委书记、县委教育工作领导小组组长",
    "concluding_remarks": "副县长",
    "teachers_day": "县长",
}
DATES = {"teachers_day": "2026-09-09", "school_opening": "2026-08-28", "safety": "2026-06-05"}
TARGET = "10月底前完成全县寄宿制学校宿舍消防设施专项检查"
POINT = "全县寄宿制学校宿舍消防设施专项检查10月底前完成"
TARGET_KINDS = ("work_report", "leader_speech", "safety", "leading_group")
LABOUR_KINDS = ("leading_group", "leader_speech", "work_report")
SEEDS = (1, 2, 3)


def _base(kind: str) -> dict[str, Any]:
    return {
        "kind": kind,
        "meeting": {"date": DATES.get(kind, "2026-03-16")},
        "region": {"level": "county", "name": "石渠县"},
        "speaker": {"title": TITLES[kind], "name": "林涛"},
    }


def _target_profile(kind: str) -> dict[str, Any]:
    data = _base(kind)
    data["targets"] = {"items": ["全年不发生校园重大安全责任事故", TARGET]}
    data["priorities"] = [
        {"area": "消防安全", "points": [POINT, "宿舍电气线路老化问题年底前整改到位"]},
        {"area": "防溺水"},
        "教师队伍",
    ]
    return data


def _labour_profile(kind: str) -> dict[str, Any]:
    data = _base(kind)
    data["priorities"] = [
        {"area": "五育并举", "points": ["劳动教育实践基地"]},
        "教师队伍",
        "校园安全",
    ]
    return data


def _spirit_profile() -> dict[str, Any]:
    data = _base("teachers_day")
    data["priorities"] = [
        {"area": "教育家精神", "points": ["弘扬教育家精神，培育一批“大先生”"]},
        "教师队伍",
        "教师减负",
    ]
    data["safeguards"] = ["尊师重教", "部门协同"]
    return data


def _stock_profile(kind: str) -> dict[str, Any]:
    data = _base(kind)
    data["priorities"] = ["教师待遇", "教师减负", "教育经费", "校园安全", "学位扩容", "学生资助"]
    data["safeguards"] = ["组织领导", "督查考核", "经费保障", "部门协同", "工作作风"]
    return data


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str, int], Any]:
    tmp = tmp_path_factory.mktemp("round_five")
    made: dict[tuple[str, str, int], Any] = {}
    jobs: list[tuple[str, str, dict[str, Any], tuple[int, ...]]] = [
        *(("target", k, _target_profile(k), SEEDS) for k in TARGET_KINDS),
        *(("labour", k, _labour_profile(k), SEEDS) for k in LABOUR_KINDS),
        ("spirit", "teachers_day", _spirit_profile(), SEEDS),
        *(
            ("stock", k, _stock_profile(k), (1, 2))
            for k in ("leader_speech", "concluding_remarks", "teachers_day", "work_report")
        ),
    ]
    for family, kind, data, seeds in jobs:
        path = _write(tmp, f"{family}-{kind}", data)
        for seed in seeds:
            made[(family, kind, seed)] = build_draft(path, seed=seed)
    return made


@pytest.mark.parametrize("kind", TARGET_KINDS)
def test_a_target_is_not_said_again_in_its_section(drafts: dict[Any, Any], kind: str) -> None:
    """A clerk's point that says one of his targets again (the same check, the same date) is
    said once, in the targets (round ai's D: 11月底前完成全区寄宿制学校取暖设施安全检查
    twice)."""
    for seed in SEEDS:
        sentences = [
            s for _h, body in _blocks(drafts[("target", kind, seed)].document) for s in body
        ]
        said = [s for s in sentences if _share(POINT, s) >= 0.7]
        assert len(said) == 1, (seed, said)
        assert TARGET in said[0], (seed, said)


@pytest.mark.parametrize("kind", LABOUR_KINDS)
def test_no_body_line_says_its_heading_again(drafts: dict[Any, Any], kind: str) -> None:
    """The labour point (劳动教育实践基地, said 要建好用好…) is not set under a heading that
    says it (三是要建好用好劳动实践基地…: round ai's D), and it is still said."""
    for seed in SEEDS:
        draft = drafts[("labour", kind, seed)]
        assert not heading_echoes(draft.document), (seed, heading_echoes(draft.document))
        assert "劳动教育实践基地" in _text(draft), seed


@pytest.mark.parametrize("seed", SEEDS)
def test_the_spirit_point_is_said_once(drafts: dict[Any, Any], seed: int) -> None:
    """The teachers' day's point 弘扬教育家精神，培育一批“大先生” under its area's heading
    弘扬教育家精神 (round ai's D): said once, as the heading or in the body, not both."""
    draft = drafts[("spirit", "teachers_day", seed)]
    text = _text(draft)
    assert text.count("培育一批“大先生”") == 1, seed
    assert not heading_echoes(draft.document), (seed, heading_echoes(draft.document))


# Round ai's stock families (the test's own table, not the bank's).
FAMILIES: dict[str, str] = {
    "teachers_judge": r"教师的评价|教师怎么说|教师来?评判|教师的满意度",
    "someone_watches": r"有人抓|有人盯",
    "leaders_walk": r"到学校走|艰苦的学校走",
    "work_as_one": r"各管一段|分工不分家",
    "three_increases": r"三个增长",
    "earmarked": r"专款(?:必须)?专用",
    "levies": r"摊派",
}
_FAMILIES = {name: re.compile(pattern) for name, pattern in FAMILIES.items()}


def _clerks(draft: Any) -> set[str]:
    runs: set[str] = set()
    for text in clerk_words(draft.context):
        han = re.sub(r"[^\u4e00-\u9fff]+", "", text)
        runs.update(han[i : i + 8] for i in range(max(len(han) - 7, 1)))
    return runs


def stock_twice(draft: Any) -> list[tuple[str, str, str]]:
    """(family, earlier, later) for a family of the table two sentences of the draft say,
    neither the clerk's words."""
    runs = _clerks(draft)
    first: dict[str, str] = {}
    found = []
    for heading, body in _blocks(draft.document):
        for sentence in ([heading] if heading else []) + body:
            han = re.sub(r"[^\u4e00-\u9fff]+", "", sentence)
            if any(han[i : i + 8] in runs for i in range(max(len(han) - 7, 1))):
                continue
            for name, pattern in _FAMILIES.items():
                if pattern.search(sentence):
                    earlier = first.setdefault(name, sentence)
                    if earlier != sentence and earlier != heading and sentence != heading:
                        found.append((name, earlier, sentence))
    return found


@pytest.mark.parametrize(
    "kind", ("leader_speech", "concluding_remarks", "teachers_day", "work_report")
)
def test_no_stock_idea_of_round_ai_said_twice(drafts: dict[Any, Any], kind: str) -> None:
    found = [
        (seed, *pair) for seed in (1, 2) for pair in stock_twice(drafts[("stock", kind, seed)])
    ]
    assert not found, found


@pytest.mark.parametrize(
    ("earlier", "later"),
    [
        (
            "减负成效如何，要听教师的评价。",
            "尊师重教各项举措是否落到实处，归根到底要由广大教师来评判。",
        ),
        ("待遇政策的落实成效，要以教师的满意度来检验。", "减负有没有效果，要听听一线教师怎么说。"),
        (
            "会后要有人抓、有人管、有结果。",
            "一项任务从部署到办结，都要有人盯着，不能开头热闹、结尾冷清。",
        ),
        ("班子成员要常到学校走一走，问题在一线发现。", "下基层要多往条件艰苦的学校走。"),
        ("各项工作要衔接配合，不能各管一段。", "分工不分家，相互之间要多补台、不拆台。"),
        ("要依法落实教育经费“三个增长”的要求。", "编制预算时要对照“三个增长”逐项核算。"),
        ("教育经费要专款专用，任何单位不得截留。", "专款必须专用，财务制度一条也不能打折扣。"),
        (
            "对变相摊派给学校的任务，各学校要及时报告。",
            "进校园开展活动要走审批程序，不得随意向学校摊派任务。",
        ),
        ("把师德师风作为评价教师队伍素质的第一标准。", "师德表现要成为职称评审的首要标准。"),
        ("学位供给要跟着学龄人口走。", "把入学高峰算在前面，学位准备走在需求前面。"),
    ],
)
def test_the_record_joins_the_two_wordings(earlier: str, later: str) -> None:
    """Said: once one wording of a round-ai pair is said, the other is a repeat (either
    order)."""
    for first, second in ((earlier, later), (later, earlier)):
        said = Said()
        said.add(first)
        assert said.repeats(second), (first, second)
