"""A quantity with a decimal point written in words (二点三亿元) is one quantity: 2.3亿元.

Found by round at's profile writer: validate said “三亿元”在稿中写作“3亿元” of 二点三亿元, so the draft
would have printed 二点3亿元 — a figure the clerk never wrote."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from speechdraft.numerals import arabic_quantities, turned_quantities
from speechdraft.pipeline import build_draft, validate_profile


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("全年教育投入二点三亿元", "全年教育投入2.3亿元"),
        ("新增校舍一点五万平方米", "新增校舍1.5万平方米"),
        ("安排十二点五万元", "安排12.5万元"),
        ("二点六亿元，比上年增长", "2.6亿元，比上年增长"),
        ("三点五亿元和四万二千平方米", "3.5亿元和4.2万平方米"),
        # no quantity: left as written
        ("一点一滴做起", "一点一滴做起"),
        ("第二点五十名", "第二点五十名"),
    ],
)
def test_a_decimal_in_words_is_one_quantity(written: str, said: str) -> None:
    assert arabic_quantities(written) == said
    assert all(not w.startswith(("三亿", "六亿")) for w, _ in turned_quantities(written))


def test_validate_and_the_draft_say_the_decimal_whole(tmp_path: Path) -> None:
    path = tmp_path / "会议.yaml"
    profile = {
        "kind": "leader_speech",
        "meeting": {"date": "2031-03-05"},
        "region": {"level": "prefecture", "name": "云岭州"},
        "speaker": {"title": "州长"},
        "review": {"achievements": [{"area": "经费保障", "points": ["全州教育投入二点三亿元"]}]},
        "priorities": [{"area": "学前教育"}],
    }
    path.write_text(yaml.safe_dump(profile, allow_unicode=True), encoding="utf-8")
    [note] = [w for w in validate_profile(path).warnings if "二点三亿元" in w.message]
    assert "“二点三亿元”在稿中写作“2.3亿元”" in note.message
    text = build_draft(path, seed=1).document.body_text()
    assert "2.3亿元" in text and "二点" not in text and "3亿元" not in text.replace("2.3亿元", "")
