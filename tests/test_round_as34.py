"""Round as's G on the clerk's material (a new blind set, read at the session's start): a
department's return copied with its sender, its note in brackets after the full stop, a plan
for works to open, a season's 进入…前, an agenda line 乡长讲话, an item's own 确保 after 要确保：."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from speechdraft.compose.context import _clause
from speechdraft.compose.occasion import as_speaker_says
from speechdraft.compose.weave import charge
from speechdraft.pipeline import build_draft


@pytest.mark.parametrize("bureau", [False, True])
@pytest.mark.parametrize(
    "point",
    [
        "市财政局提出：2035年市本级教育预算约安排18亿元，计划较上年增长3%以上",
        "市公安局反馈：全市现有护学岗962个，计划五一前再增设护学通道40条",
        "根据各县上报，今年全市计划新建中小学21所、改扩建34所",
    ],
)
def test_a_return_with_its_sender_is_said_as_the_clerk_gave_it(point: str, bureau: bool) -> None:
    said = charge(point, bureau)
    assert said.startswith(point.split("：")[0].split("，")[0]), said
    assert not said.startswith(("要", "我们将")) and "确保" not in said, said


def test_a_note_in_brackets_after_the_full_stop_stays_in_its_sentence() -> None:
    clause = _clause(
        "今年全市计划新建中小学21所，约新增学位3.2万个。（其中市区新建小学4所，已完成立项。）"
    )
    # in its sentence, and said as a clause: a speaker reads no brackets (round as's R, stop 47)
    assert (
        clause == "今年全市计划新建中小学21所，约新增学位3.2万个，其中市区新建小学4所，已完成立项"
    )


@pytest.mark.parametrize(
    ("point", "said", "bureau_said"),
    [
        (
            "城东九年一贯制学校、滨河幼儿园两个项目计划9月投入使用，约新增学位2100个",
            "要确保城东九年一贯制学校、滨河幼儿园两个项目9月投入使用，约新增学位2100个",
            "我们将确保城东九年一贯制学校、滨河幼儿园两个项目9月投入使用，约新增学位2100个",
        ),
        (
            "城区新建两所学校，计划2017年秋季投入使用",
            "要确保城区新建两所学校2017年秋季投入使用",
            "我们将确保城区新建两所学校2017年秋季投入使用",
        ),
        (
            "进入汛期前对全市重点水域设立警示标志，安排巡查人员",
            "要在进入汛期前对全市重点水域设立警示标志，安排巡查人员",
            "我们将在进入汛期前对全市重点水域设立警示标志，安排巡查人员",
        ),
        (
            "进入汛期后每天开展一次巡查",
            "进入汛期后要每天开展一次巡查",
            "进入汛期后我们将每天开展一次巡查",
        ),
    ],
)
def test_a_plan_to_open_and_a_season_are_said_whole(
    point: str, said: str, bureau_said: str
) -> None:
    assert charge(point, False) == said
    assert charge(point, True) == bureau_said


@pytest.mark.parametrize(
    ("item", "said"),
    [
        ("乡长讲话", "乡长作了讲话"),
        ("县委书记的讲话", "县委书记作了讲话"),
        ("副县长发表讲话", "副县长作了讲话"),
        ("县长讲了话", "县长作了讲话"),
        ("乡长作了重要讲话", "乡长作了重要讲话"),
        ("县教育局局长作了工作报告", "县教育局局长作了工作报告"),
    ],
)
def test_an_agenda_line_that_names_a_speech_is_said_as_one_made(item: str, said: str) -> None:
    assert as_speaker_says([item], "乡中心校校长", None, None) == (said,)


def _text(tmp_path: Path, data: dict[str, object]) -> str:
    path = tmp_path / "p.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return "".join(build_draft(path).document.spoken_lines())


def test_the_recap_and_the_endorsement_name_the_speaker(tmp_path: Path) -> None:
    for seed in (1, 2, 3):
        text = _text(
            tmp_path,
            {
                "kind": "work_report",
                "meeting": {"date": "2034-02-20"},
                "region": {"level": "town", "name": "黄泥乡"},
                "speaker": {"title": "乡中心校校长"},
                "preceding": ["乡长讲话"],
                "seed": seed,
            },
        )
        assert "乡长作了重要讲话" in text, text[:300]
        assert "讲话乡长" not in text and "乡长讲话。" not in text


def test_an_items_own_ensure_is_not_said_after_a_lead_that_ensures(tmp_path: Path) -> None:
    for seed in range(1, 9):
        text = _text(
            tmp_path,
            {
                "kind": "school_opening",
                "meeting": {"date": "2022-02-10"},
                "region": {"level": "county", "name": "青川县"},
                "speaker": {"title": "县教育局局长"},
                "targets": {
                    "items": ["确保开学第一天师生全部到岗到位", "课后服务学生参与率达到95%"]
                },
                "seed": seed,
            },
        )
        assert "确保：一是确保" not in text, text
        assert "开学第一天师生全部到岗到位" in text


def test_a_whole_the_review_says_is_reached_is_kept_not_reached_again(tmp_path: Path) -> None:
    for seed in (1, 2, 3):
        text = _text(
            tmp_path,
            {
                "kind": "safety",
                "meeting": {"date": "2028-04-25"},
                "region": {"level": "city", "name": "临川市"},
                "speaker": {"title": "副市长"},
                "review": {"achievements": ["全市中小学幼儿园专职保安员和一键报警全部达标"]},
                "priorities": [
                    {
                        "area": "校园安全",
                        "facts": {"中小学幼儿园专职保安员配备达标率": "达到100%"},
                    }
                ],
                "seed": seed,
            },
        )
        assert "专职保安员配备达标率保持100%" in text, text
        assert "达标率要达到100%" not in text and "达标率达到100%" not in text


def test_a_safety_meetings_span_drops_its_years_words_whole() -> None:
    from speechdraft.compose.weave import for_planned_span

    fund = 'fact("emergency_fund")'
    said = for_planned_span("今年的{{ " + fund + " }}应急物资保障资金，要专款专用。", "近期")
    assert said == "{{ " + fund + " }}应急物资保障资金，要专款专用。"
    said = for_planned_span('对今年的{{ fact("x") }}督导，要早安排。', "近期")
    assert said == '对{{ fact("x") }}督导，要早安排。'


def test_results_of_this_year_are_not_led_by_last_year(tmp_path: Path) -> None:
    for seed in range(1, 7):
        text = _text(
            tmp_path,
            {
                "kind": "safety",
                "meeting": {"date": "2034-06-12"},
                "region": {"level": "prefecture", "name": "雾溪州"},
                "speaker": {"title": "副州长"},
                "review": {
                    "achievements": ["上半年全州未发生学生溺水事故", "上半年排查整改隐患420项"]
                },
                "seed": seed,
            },
        )
        assert "去年以来" not in text and "近期以来" not in text, text[:400]
