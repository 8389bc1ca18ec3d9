"""A figure followed by its change rate (286亿元，同比增长5.3%) is not a percentage: the
validator's 超过了100% warning fires only where the first number itself is a rate."""

from __future__ import annotations

from pathlib import Path

import pytest

from speechdraft.pipeline import validate_profile

HEAD = """\
kind: leader_speech
meeting:
  date: 2026-02-10
region:
  level: city
  name: 北汀市
speaker:
  title: 市长
  name: 周启明
"""


def warnings_for(tmp_path: Path, value: str) -> list[str]:
    body = f"""\
review:
  achievements:
    - area: 教育投入
      points:
        - 教育投入持续增加
      figures:
        一般公共预算教育支出: {value}
"""
    path = tmp_path / "会议信息.yaml"
    path.write_text(HEAD + body, encoding="utf-8")
    return [problem.message for problem in validate_profile(path).warnings]


@pytest.mark.parametrize(
    "value", ["286亿元，同比增长5.3%", "143人，同比增长27%", "12.6亿元（较上年增长112%）"]
)
def test_an_amount_with_its_change_rate_is_not_over_100_percent(tmp_path: Path, value: str) -> None:
    assert not any("超过了 100%" in message for message in warnings_for(tmp_path, value))


# the loader prints full-width digits half-width first (its own note says so)
@pytest.mark.parametrize(
    ("value", "shown"), [("105%", "105%"), ("约112.5%", "约112.5%"), ("１０８％", "108％")]
)
def test_a_rate_over_100_percent_is_still_questioned(
    tmp_path: Path, value: str, shown: str
) -> None:
    messages = warnings_for(tmp_path, value)
    assert any(f"“{shown}”超过了 100%" in message for message in messages), messages
