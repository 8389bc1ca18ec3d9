"""A frame (要确保, 要推动, 我们将确保, 我们将推动) never stands before a clerk's point that is a
clause of its own: a time with its own comma, bodies then their deed, works then their
investment, a plan or a pending question (rounds bl, bm and bn's remaining lines, G R L, some
forty of them; stop 62). Every test function has cases that fail on 1c620545 (others are guards
of shapes it already said well)."""

from __future__ import annotations

from pathlib import Path

import pytest

from speechdraft.compose.weave import charge
from speechdraft.pipeline import build_draft

FRAMES = ("要确保", "要推动", "我们将确保", "我们将推动")


@pytest.mark.parametrize("bureau", [False, True])
@pytest.mark.parametrize(
    ("point", "opens"),
    [
        # a time, then who does it: the time first, 要 after the doer
        ("4月10日前，各乡镇配合学校清理上学路上的积水", "4月10日前，各乡镇要配合学校"),
        ("汛期到来前，各县教育局会同水利部门对临河学校逐校排查", "汛期到来前，各县教育局"),
        # the day of the time, given as an aside: one phrase
        (
            "开学前一天，3月1日，各寄宿制学校校长带队检查宿舍",
            "开学前一天即3月1日，各寄宿制学校校长要带队",
        ),
    ],
)
def test_a_time_with_its_own_comma_is_said_first(point: str, opens: str, bureau: bool) -> None:
    said = charge(point, bureau)
    assert not said.startswith(FRAMES), said
    if bureau:  # a bureau 推动s a township and 督促s the bureaus below it (compose/authority.py)
        assert said.startswith(opens.split("，")[0] + "，"), said
    else:
        assert said.startswith(opens), said
    assert said.endswith(point[-6:])


@pytest.mark.parametrize("bureau", [False, True])
def test_a_plan_after_a_time_keeps_its_plan(bureau: bool) -> None:
    said = charge("5月底前，镇中心学校拟与两个村签订场地租用协议", bureau)
    assert said == "5月底前，镇中心学校拟与两个村签订场地租用协议"


@pytest.mark.parametrize("bureau", [False, True])
@pytest.mark.parametrize(
    "point",
    [
        "2030年一般公共预算教育支出预计5.2亿元，确保只增不减",
        "学生午餐补助是否提高到每生每天六元，待市里文件下发后再定",
        "周末托管班待县教育局方案下发后再研究",
    ],
)
def test_a_forecast_or_a_pending_question_is_said_as_written(point: str, bureau: bool) -> None:
    assert charge(point, bureau) == point


@pytest.mark.parametrize("bureau", [False, True])
def test_works_then_their_investment_take_building(bureau: bool) -> None:
    said = charge("城西九年一贯制学校，总投资2.8亿元，2031年8月前主体完工", bureau)
    assert "城西九年一贯制学校建设，总投资2.8亿元" in said, said


@pytest.mark.parametrize(
    ("point", "bureau", "said"),
    [
        # a state organ or a firm no speaker of ours directs: asked, or announced by a bureau
        (
            "镇派出所、镇水利与渔业站配合各村劝离在河堤逗留的学生",
            False,
            "请镇派出所、镇水利与渔业站配合各村劝离在河堤逗留的学生",
        ),
        (
            "镇派出所、镇水利与渔业站配合各村劝离在河堤逗留的学生",
            True,
            "镇派出所、镇水利与渔业站将配合各村劝离在河堤逗留的学生",
        ),
        ("县电信公司协助向家长推送暴雨预警短信", False, "请县电信公司协助向家长推送暴雨预警短信"),
        # the speaker's own schools and their teachers: 要 after them
        (
            "中心学校班主任每周至少一次电话联系留守儿童家长",
            False,
            "中心学校班主任要每周至少一次电话联系留守儿童家长",
        ),
        (
            "中心学校班主任每周至少一次电话联系留守儿童家长",
            True,
            "中心学校班主任要每周至少一次电话联系留守儿童家长",
        ),
    ],
)
def test_bodies_then_their_deed_are_the_subject(point: str, bureau: bool, said: str) -> None:
    assert charge(point, bureau) == said


@pytest.mark.parametrize("bureau", [False, True])
def test_no_charge_inside_the_clerks_quotes(bureau: bool) -> None:
    """课前 in 做到“课前到书…” is no deadline: no 要 inside the quote (guard: the point stays
    whole after its frame)."""
    said = charge("9月1日前，教材全部到校，做到“课前到书、人手一套”", bureau)
    assert "“课前到书、人手一套”" in said, said
    assert said.startswith("9月1日前，"), said


PROFILE = """\
kind: safety
meeting:
  name: 苇塘镇2031年暑期防溺水工作会议
  date: 2031-06-26
region:
  level: town
  name: 苇塘镇
speaker:
  title: 副镇长
  name: 邵青山
priorities:
  - area: 防溺水
    points:
      - 7月5日前，各村（社区）在河汊、鱼塘边补齐警示牌和救生杆。
      - 镇派出所、镇水利站配合各村劝离在河堤逗留的学生。
      - 中心学校班主任每周至少一次电话联系留守儿童家长。
"""


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_no_frame_before_a_clause_in_a_draft(tmp_path: Path, seed: int) -> None:
    path = tmp_path / "会议信息.yaml"
    path.write_text(PROFILE, encoding="utf-8")
    lines = list(build_draft(path, seed=seed).document.spoken_lines())
    sentences = [s + "。" for line in lines for s in line.split("。") if s]
    said = [s for s in sentences if "警示牌和救生杆" in s or "河堤逗留" in s]
    said += [s for s in sentences if "电话联系留守儿童家长" in s]
    assert len(said) >= 3, said
    for line in said:
        assert not any(frame + "7月5日前" in line for frame in FRAMES), line
        assert not any(frame + "镇派出所" in line for frame in FRAMES), line
        assert not any(frame + "中心学校班主任" in line for frame in FRAMES), line
    assert any("7月5日前，各村（社区）要" in line for line in said), said
    assert any("请镇派出所、镇水利站配合" in line for line in said), said
