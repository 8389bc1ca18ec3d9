"""Round s's readers (docs/review/2026-11-30s) marked a profile point followed by the same
point as a stock line or a quoted national rule (D), and the speaker announcing his points a
second time. A national rule is an idea of its own (restate.norms_stated): quoted once or
stated in the clerk's words, it is not quoted again; a frames line that only announces the
points again is left out."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from speechdraft.compose.assemble import Piece
from speechdraft.compose.render import _Speech
from speechdraft.compose.restate import NORM_IDEA, Said, ideas_in, norms_stated
from speechdraft.norms import load_rules
from speechdraft.phrasebank import Unit
from speechdraft.pipeline import build_draft

_RULES = {rule.id: rule.text for rule in load_rules()}

# Pairs of sentences written for these tests, each saying one thing twice in the ways the
# readers marked: the second must count as said.
_SAID_TWICE = [
    ("每名新教师都由一名骨干教师带教一年。", "青年教师要有老教师帮着带，尽快站稳讲台。"),
    ("师德表现在职称评审中放在首位。", "各校要把师德师风摆在队伍建设的首位。"),
    ("离退休老教师的生活要经常关心。", "要关爱离退休教师，常去走访看望。"),
    ("推动专业课教师到企业去顶岗锻炼。", "把专业教师派到企业去学新工艺。"),
    ("校长陪餐制度要落实到每一所学校。", "中小学集中用餐要有负责人与学生共同用餐。"),
    ("食堂从业人员一律持健康证上岗。", "推进食堂规范化，从业人员持证上岗。"),
    ("开学前完成一轮校园安全隐患排查。", "隐患排查要覆盖校舍、食堂和宿舍。"),
    ("返校前做好全体师生的健康排查。", "师生健康监测要每日进行。"),
    ("疫情防控关系师生生命安全和身体健康。", "要守护好师生的生命安全和身体健康。"),
    ("各级领导干部要经常到学校去听课。", "机关干部要多到学校一线解决难题。"),
    ("配合交警部门开展校车安全专项检查。", "会同交管部门加强接送学生车辆的联合检查。"),
    ("语言相通才能心灵相通。", "推广普通话，促进团结、增进交流。"),
    ("对学校反映的周边问题逐件跟进。", "校园周边环境要会同公安部门整治。"),
    ("督导发现的问题要限期整改。", "督导中发现的问题，我们将逐项认领。"),
    ("党建和业务不能搞成两张皮。", "学校党建与教学工作要一起谋划、一起部署。"),
    ("我就今年的教育工作讲几点意见。", "下面，我讲三点意见。"),
    ("用机关作风的转变带动全系统。", "局机关要带头转变作风，多听教师意见。"),
    ("少开会、开短会，少发文、发短文。", "坚持精文减会，文件要短、会议要精。"),
]


@pytest.mark.parametrize(("first", "again"), _SAID_TWICE)
def test_what_round_s_found_said_twice_counts_as_said(first: str, again: str) -> None:
    said = Said()
    said.add(first)
    assert said.repeats(again), (first, again)


def test_different_things_stay_apart() -> None:
    """The new groups are narrow: a psychological screening is not a health check, and a
    hazard check does not stop a line on the canteen's purchases."""
    said = Said()
    said.add("开学前完成一轮校园安全隐患排查。")
    said.add("每学期开展一次学生心理健康排查。")
    assert not said.repeats("食堂要严格落实进货查验和索证索票制度。")
    assert "health_screening" not in ideas_in("每学期开展一次学生心理健康排查。")


def test_a_rule_stated_in_the_clerks_words_is_the_rules_idea() -> None:
    point = "保障中小学生每天在校体育活动时间不少于2小时"
    assert NORM_IDEA + "pe_two_hours" in norms_stated(point)
    quoted = "坚持“{{ norm('pe_two_hours') }}”，大课间一项都不能少。"
    assert NORM_IDEA + "pe_two_hours" in ideas_in(quoted)
    said = Said()
    said.add(point)
    assert said.repeats(quoted)
    # a point on something else states no rule
    assert norms_stated("新建城东小学，新增学位1200个") == frozenset()


def test_a_quoted_rule_carries_the_ideas_of_its_words() -> None:
    """The rule's own words count: 共同用餐 in the quoted rule is the 陪餐 the clerk wrote."""
    quoted = "要落实“{{ norm('school_meal_companion') }}”的要求。"
    assert "eat_with_pupils" in ideas_in(quoted)


def _profile(
    tmp_path: Path, kind: str, level: str, seed: int, points: dict[str, list[str]]
) -> Path:
    data: dict[str, Any] = {
        "kind": kind,
        "meeting": {"date": "2024-03-12" if kind != "teachers_day" else "2024-09-09"},
        "region": {"level": level, "name": {"county": "柳川县", "city": "临江市"}[level]},
        "speaker": {
            "title": {"county": "县委书记", "city": "市教育局局长"}[level],
            "name": "周明远",
        },
        "priorities": [{"area": area, "points": list(said)} for area, said in points.items()],
        "seed": seed,
    }
    path = tmp_path / f"{kind}-{level}-{seed}.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


_CASES = [
    ("leader_speech", "county"),
    ("work_report", "city"),
    ("teachers_day", "county"),
    ("concluding_remarks", "city"),
]


@pytest.mark.parametrize(("kind", "level"), _CASES)
def test_a_rule_the_clerk_stated_is_not_quoted_again(tmp_path: Path, kind: str, level: str) -> None:
    """The clerk's points state two national rules in their own words; the draft quotes
    neither again, and no rule is quoted twice (kinds × levels × 3 seeds)."""
    points = {
        "教师队伍": ["落实义务教育教师平均工资收入不低于当地公务员平均工资收入"],
        "教师培训": ["按年度公用经费预算总额的5%足额安排教师培训经费"],
        "学校体育": ["保障中小学生每天综合体育活动时间不少于2小时"],
    }
    for seed in (1, 2, 3):
        text = "".join(
            build_draft(_profile(tmp_path, kind, level, seed, points)).document.spoken_lines()
        )
        for rule_id in ("teacher_pay_parity", "training_funds_5pct", "pe_two_hours"):
            assert _RULES[rule_id] not in text, (kind, seed, rule_id)
        for rule_id, words in _RULES.items():
            assert text.count(words) <= 1, (kind, seed, rule_id)


@pytest.mark.parametrize("level", ["county", "city"])
def test_the_points_are_announced_once(tmp_path: Path, level: str) -> None:
    """A deputy speaking on behalf of the government announces his points in the opening
    (我就…讲几点意见): no second 下面，我讲三点意见 follows the endorsement. The seeds are
    ones whose opening is the deputy's (on main each of them announced twice)."""
    announced = re.compile(r"(?:讲|谈|强调)(?:几|[一二三四五六七八九十两])点(?:意见|看法|要求)")
    tasks: dict[str, list[str]] = {"学前教育": [], "校园安全": [], "教师队伍": []}
    for seed in (15, 27, 28):
        data = yaml.safe_load(_profile(tmp_path, "leader_speech", level, seed, tasks).read_text())
        data["speaker"]["title"] = "副县长" if level == "county" else "副市长"
        data["preceding"] = ["教育局局长作了工作报告"]
        path = tmp_path / f"deputy-{level}-{seed}.yaml"
        path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
        text = "".join(build_draft(path).document.spoken_lines())
        assert announced.findall(text) == ["讲几点意见"], (level, seed)


def test_a_section_of_the_clerks_points_ends_without_a_slogan() -> None:
    """A section that says the clerk's points drops the bank's closing line (要为师生创造…
    环境; 让学生在减负中增效…), which readers cut as empty (E); a closing line carrying a fact
    stays, and a section of bank lines alone keeps its closing line."""
    opening = Piece(Unit("安全工作是学校一切工作的前提。", slot="open"), 0)
    measure = Piece(Unit("开学前要对校舍开展一次全面检查。"), 1)
    slogan = Piece(Unit("要为师生创造安心的学习生活环境。", slot="close"), 8)
    counted = Piece(Unit("全年要完成{{ fact('整改隐患') }}。", slot="close"), 8)
    pieces = [opening, measure, slogan, counted]
    kept = _Speech._without_closing_slogan(pieces, ["开学前完成校舍安全排查"])
    assert kept == [opening, measure, counted]
    assert _Speech._without_closing_slogan(pieces, []) == pieces
