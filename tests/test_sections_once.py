"""Inside a section, each thing once (issue 11, rounds h and i's D): the clerk's own point
wins over a bank line saying the same, and one demand is not made in several sections."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from document_support import section_texts, spoken_paragraphs
from point_support import is_said
from speechdraft.compose.frame_ideas import FRAME_IDEAS
from speechdraft.compose.restate import IDEAS, ideas_in
from speechdraft.genre import KINDS
from speechdraft.pipeline import build_draft

_SENTENCE = re.compile(r"[^。！？；]+[。！？；]?")

# A clerk's point and what a bank line saying the same thing speaks with (the test's own
# table: the measure of "the same" is not restate's, so that a change there is tested).
POINTS_AND_ECHOES: tuple[tuple[str, str, str], ...] = (
    ("义务教育", "寄宿制学校配齐生活老师和宿管人员", r"生活(?:老师|教师)|宿管"),
    ("学前教育", "落实学前一年免除保育教育费政策，做好资金测算", r"应免尽免|免除保育|免费学前"),
    (
        "教师队伍",
        "为乡村教师办实事、解难题，优先安排周转宿舍",
        r"为[^，。；]{0,4}(?:教师|老师)[^，。；]{0,2}办实事|办实事、解难题",
    ),
)


def _write(tmp_path: Path, name: str, data: dict[str, Any]) -> Path:
    path = tmp_path / f"{name}.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def _speaker(kind: str, level: str) -> str:
    if kind == "work_report":
        return {"county": "县教育局局长", "city": "市教育局局长", "province": "省教育厅厅长"}[level]
    return {"county": "县委书记", "city": "市委书记", "province": "副省长"}[level]


def _points_profile(tmp_path: Path, kind: str, level: str, seed: int) -> Path:
    data: dict[str, Any] = {
        "kind": kind,
        "meeting": {"date": "2027-03-16"},
        "region": {"level": level, "name": {"county": "青禾县", "city": "临川市"}.get(level)},
        "speaker": {"title": _speaker(kind, level), "name": "周立"},
        "duration_minutes": 20,
        "review": {
            "achievements": [
                {"area": "教育质量", "points": ["质量监测成绩稳步提升"]},
                {"area": "项目建设", "points": ["三所学校建成投用"]},
            ],
            "problems": ["寄宿制学校管理力量薄弱", "乡村教师流失较多"],
        },
        "priorities": [{"area": area, "points": [point]} for area, point, _ in POINTS_AND_ECHOES]
        + [{"area": "校园安全"}, {"area": "教育经费保障"}],
        "seed": seed,
    }
    if data["region"]["name"] is None:
        del data["region"]["name"]
    return _write(tmp_path, f"{kind}-{level}-{seed}", data)


def _sentences(document: Any) -> list[str]:
    return [s for p in spoken_paragraphs(document) for s in _SENTENCE.findall(p) if s.strip()]


@pytest.mark.parametrize(
    ("kind", "level"),
    [("leader_speech", "county"), ("work_report", "city"), ("concluding_remarks", "province")],
)
def test_a_bank_line_does_not_say_again_what_the_clerks_point_says(
    tmp_path: Path, kind: str, level: str
) -> None:
    """The clerk's point is said in the clerk's words, and no other sentence of the draft
    (before it or after it) makes the same demand (readers' D: 配齐生活老师 beside
    生活教师要配齐配好, 应免尽免 beside the point on 保育教育费)."""
    for seed in (1, 2, 3):
        sentences = _sentences(build_draft(_points_profile(tmp_path, kind, level, seed)).document)
        for _, point, echo in POINTS_AND_ECHOES:
            own = [s for s in sentences if is_said(point.split("，")[0], s)]
            assert own, (kind, seed, point)  # nothing the clerk wrote is dropped
            again = [s for s in sentences if re.search(echo, s) and s not in own]
            assert again == [], (kind, level, seed, point, again)


RICH_PROBLEMS = ("乡村教师下不去、留不住", "教师非教学负担较重")


def _rich_profile(tmp_path: Path, kind: str, seed: int) -> Path:
    """Many sections, every safeguard: the draft has room to make one demand twice."""
    data: dict[str, Any] = {
        "kind": kind,
        "meeting": {"date": "2025-09-09" if kind == "teachers_day" else "2025-08-26"},
        "region": {"level": "county", "name": "青禾县"},
        "speaker": {"title": "县委书记", "name": "周立"},
        "duration_minutes": 20,
        "review": {
            "achievements": [
                {"area": "教师队伍", "figures": {"新招聘教师": "86名"}},
                {"area": "项目建设", "points": ["两所学校建成投用"]},
            ],
            "problems": list(RICH_PROBLEMS),
        },
        "priorities": [
            {"area": "教师队伍"},
            {"area": "义务教育"},
            {"area": "教育督导"},
            {"area": "校园安全"},
            {"area": "教育经费保障"},
            {"area": "学前教育"},
        ],
        "safeguards": ["组织领导", "经费保障", "督导考核", "工作合力", "营造氛围", "工作作风"],
        "seed": seed,
    }
    if kind != "teachers_day":
        data["meeting"]["date"] = "2025-03-12"
    return _write(tmp_path, f"rich-{kind}-{seed}", data)


# The demands readers of rounds h and i found in two or three sections of one draft, each
# with the test's own pattern (restate.IDEAS must know them all by name).
ROUND_HI: dict[str, re.Pattern[str]] = {
    name: re.compile(pattern)
    for name, pattern in (
        (
            "real_help",
            r"为[^，。；]{0,4}(?:教师|老师)[^，。；]{0,2}办实事|办实事、解难题|为教师办的实事",
        ),
        ("teachers_hardships", r"子女入学|住房、|、住房|住房等|就医等"),
        ("titles_lean_rural", r"(?:职称|评优|评先)[^，。；]{0,10}倾斜"),
        ("good_teachers_known", r"好老师[^，。；]{0,4}(?:的故事|宣传|评选)|宣传好|故事讲给"),
        ("teachers_burden", r"非教育教学负担|教师[^，。；]{0,8}负担|社会性事务|检查、评比"),
        ("accept_supervision", r"接受督导|督导反馈"),
        ("finance_rules", r"财务制度"),
        ("free_preschool", r"应免尽免|保育教育费"),
        ("boarding_staff", r"生活(?:老师|教师)|宿管"),
        ("teachers_life", r"(?:教师|老师)的工作(?:和)?生活"),
        ("listen_to_teachers", r"听取教师意见|多听教师|教师的意见"),
        ("personally", r"亲自(?:研究|部署|协调|过问)"),
        ("named_owner", r"具体责任人|明确责任人"),
        ("in_full_on_time", r"及时足额|足额拨付|足额到位"),
        ("root_of_education", r"立教之本|兴教之源"),
        ("fix_while_checking", r"边查边改|立查立改"),
    )
}


def test_the_demands_readers_found_twice_are_ideas_said_once() -> None:
    named = {name for name, _ in (*IDEAS, *FRAME_IDEAS)}
    assert set(ROUND_HI) <= named
    assert ideas_in("要关心关爱教师，多为教师办实事、解难题") >= {"real_help"}
    assert "titles_lean_rural" in ideas_in("职称评聘和评优评先要向乡村一线教师倾斜，让他们有奔头")
    assert "teachers_hardships" in ideas_in("帮助教师解决住房、子女入学、就医等实际困难")
    assert "teachers_burden" in ideas_in("切实减轻中小学教师非教育教学负担")
    assert "accept_supervision" in ideas_in("我们将把接受督导作为改进工作的机会")
    assert not ideas_in("新建乡村教师周转宿舍96套") & set(ROUND_HI)


@pytest.mark.parametrize("kind", list(KINDS))
def test_no_demand_of_rounds_h_and_i_is_made_in_two_sections(tmp_path: Path, kind: str) -> None:
    """Over every kind × 3 seeds of a rich profile: no idea of the list is in two
    paragraphs (headings, the clerk's own problems and sentences carrying a figure or a
    placeholder apart, as in test_restate: a heading is chosen without looking back, a
    figure is the profile's)."""
    for seed in (1, 2, 3):
        draft = build_draft(_rich_profile(tmp_path, kind, seed))
        where: dict[str, set[int]] = {}
        for index, paragraph in enumerate(spoken_paragraphs(draft.document)):
            for sentence in _SENTENCE.findall(paragraph):
                if "【" in sentence or re.search(r"\d", sentence):
                    continue
                if any(problem in sentence for problem in RICH_PROBLEMS):
                    continue  # the clerk's own words: the demand answering them is not a repeat
                for name in (n for n, pattern in ROUND_HI.items() if pattern.search(sentence)):
                    where.setdefault(name, set()).add(index)
        twice = {name: sorted(found) for name, found in where.items() if len(found) > 1}
        assert not twice, (kind, seed, twice)


def _targets_profile(tmp_path: Path, kind: str, seed: int) -> Path:
    """Targets filed by the clerk under tasks of other sub-topics or areas: 集团化办学覆盖率
    under a 寄宿制 task, 新补充体育美育教师人数 under teacher training (rounds i's S)."""
    data: dict[str, Any] = {
        "kind": kind,
        "meeting": {"date": "2026-09-08" if kind == "teachers_day" else "2026-03-10"},
        "region": {"level": "county", "name": "青禾县"},
        "speaker": {"title": "县教育局局长" if kind == "work_report" else "县长", "name": "周立"},
        "duration_minutes": 15,
        "priorities": [
            {"area": "乡镇寄宿制学校建设", "facts": {"集团化办学覆盖率": 70}},
            {"area": "教师培养培训", "facts": {"新补充体育美育教师人数": 350}},
            {"area": "校园安全"},
        ],
        "seed": seed,
    }
    return _write(tmp_path, f"targets-{kind}-{seed}", data)


@pytest.mark.parametrize("kind", ["work_report", "leader_speech", "teachers_day", "safety"])
def test_a_target_is_not_said_under_a_heading_of_another_topic(tmp_path: Path, kind: str) -> None:
    """A target goes under the section of its own sub-topic or to the targets the kind reads
    out, never under an unrelated heading; it is said all the same (nothing is lost)."""
    for seed in (1, 2, 3):
        document = build_draft(_targets_profile(tmp_path, kind, seed)).document
        text = "".join(spoken_paragraphs(document))
        assert "集团化办学覆盖率" in text and "70%" in text, (kind, seed)
        assert "体育美育教师" in text and "350" in text, (kind, seed)
        for title, body in section_texts(document).items():
            if "寄宿" in title or "住校" in title:
                assert "集团化办学覆盖率" not in body, (kind, seed, title)
            if "培训" in title or "培养" in title:
                assert "体育美育教师" not in body, (kind, seed, title)


def test_a_moved_target_the_clerks_targets_already_give_is_said_once(tmp_path: Path) -> None:
    """A figure moved to the targets list is not said there twice when the clerk's own
    targets give it already (新增学位5000个 beside 新增中小学学位5000个: round i's D)."""
    for seed in (1, 2, 3):
        data: dict[str, Any] = {
            "kind": "work_report",
            "meeting": {"date": "2026-03-10"},
            "region": {"level": "district", "name": "江北区"},
            "speaker": {"title": "区教育局局长", "name": "周立"},
            "targets": {"items": ["新增中小学学位5000个", "义务教育学校大班额全部消除"]},
            "priorities": [
                {"area": "学位扩容", "facts": {"新增学位数": 5000, "新建项目数": 4}},
                {"area": "校园安全"},
            ],
            "seed": seed,
        }
        document = build_draft(_write(tmp_path, f"moved-{seed}", data)).document
        text = "".join(spoken_paragraphs(document))
        assert text.count("5000个") == 1, (seed, text.count("5000个"))
        assert "新建项目4个" in text or "4个新建项目" in text, seed


@pytest.mark.parametrize("kind", ["safety", "leader_speech", "concluding_remarks"])
def test_a_figure_given_as_fact_and_as_target_is_said_once(tmp_path: Path, kind: str) -> None:
    """The same field and figure as a task's fact and as a target: said once where the kind
    reads its targets out, and still said (in the section) where it does not."""
    for seed in (1, 2, 3):
        data: dict[str, Any] = {
            "kind": kind,
            "meeting": {"date": "2026-04-20"},
            "region": {"level": "county", "name": "青禾县"},
            "speaker": {"title": "县长", "name": "周立"},
            "targets": {"items": ["学校食堂明厨亮灶覆盖率达到100%", "不发生重大校园安全事件"]},
            "priorities": [
                {"area": "学校食堂和校外供餐", "facts": {"学校食堂明厨亮灶覆盖率": 100}},
                {"area": "防溺水"},
            ],
            "seed": seed,
        }
        document = build_draft(_write(tmp_path, f"twice-{kind}-{seed}", data)).document
        text = "".join(spoken_paragraphs(document))
        assert text.count("明厨亮灶覆盖率") >= 1, (kind, seed)
        for title, body in section_texts(document).items():
            if "溺水" in title:  # never moved under a heading of another sub-topic
                assert "明厨亮灶" not in body, (kind, seed, title)
        if kind != "concluding_remarks":  # the targets list says it; no bare target again
            assert "学校食堂明厨亮灶覆盖率达到100%" in text, (kind, seed)
            assert "要确保学校食堂明厨亮灶覆盖率达到100%" not in text, (kind, seed)
