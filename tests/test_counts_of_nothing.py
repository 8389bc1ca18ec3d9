"""A count announced over sections that are no longer there (after this session's merges).

Empty section headings are dropped and a lone section dissolves into its part's text; a
sentence announcing the part's sections (抓好⟦count:sections⟧个方面) then counted nothing,
and a town's short leader speech stopped with 错误：模板宣布了数量（sections），但其后没有相应
的部分 — a message reaching the clerk instead of a draft."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from speechdraft.compose.structure import parse_markup
from speechdraft.markup import LITERAL_CLOSE, LITERAL_OPEN
from speechdraft.pipeline import build_draft

_MARKUP = "\n\n".join(
    [
        "@title 讲话",
        "# 第一部分",
        "回顾的话。",
        "# 第二部分",
        "总体思路是：{lit}。今年要抓好⟦count:sections⟧个方面的工作。{lit2}要抓紧。",
        "## 唯一的一节",
        "这一节的内容。",
        "## 空的一节",
        "# 第三部分",
        "保障的话。",
    ]
)


def test_a_count_of_no_section_is_left_out_and_the_clerks_words_stay() -> None:
    markup = _MARKUP.format(
        lit=f"{LITERAL_OPEN}补齐短板。提高质量{LITERAL_CLOSE}",
        lit2=f"{LITERAL_OPEN}学位建设{LITERAL_CLOSE}",
    )
    document = parse_markup(markup)
    text = "\n".join(document.spoken_lines())
    assert "个方面" not in text
    assert "总体思路是：补齐短板。提高质量。" in text  # the clerk's words whole
    assert "学位建设要抓紧。" in text
    assert "这一节的内容。" in text
    assert "空的一节" not in text


def test_a_count_over_sections_that_remain_is_said() -> None:
    markup = _MARKUP.replace("## 空的一节", "## 另一节\n\n另一节的内容。").format(
        lit="补齐短板", lit2="学位建设"
    )
    text = "\n".join(parse_markup(markup).spoken_lines())
    assert "今年要抓好两个方面的工作。" in text


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5, 6])
def test_a_town_with_one_task_left_gets_a_draft(tmp_path: Path, seed: int) -> None:
    data = {
        "kind": "leader_speech",
        "meeting": {"date": "2031-03-09"},
        "region": {"level": "town", "name": "青川"},
        "speaker": {"title": "镇长"},
        "seed": seed,
        "review": {"problems": ["两所村小仍无专职音乐教师"]},
        "priorities": [{"area": "乡村学校"}, {"area": "教师队伍"}],
    }
    for minutes in (5, 10, 20):
        path = tmp_path / f"t{seed}-{minutes}.yaml"
        path.write_text(
            yaml.safe_dump({**data, "duration_minutes": minutes}, allow_unicode=True),
            encoding="utf-8",
        )
        document = build_draft(path).document
        text = "\n".join(document.spoken_lines())
        assert "两所村小仍无专职音乐教师" in text
        for announced in document.announcements:
            assert announced.count > 0
