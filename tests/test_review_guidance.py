"""A mid-year meeting's look back asks for the span it names.

(Round t0's reader also struck 2022年…认真贯彻党的二十大精神; earlier rounds disagreed on such
a line, and tests/test_years_more.py keeps the congress named for its year: left as it is.)
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from speechdraft.pipeline import build_draft


@pytest.mark.parametrize("month", ["2025-06-20", "2025-08-28"])
def test_a_mid_year_group_meeting_asks_for_the_span_it_reviews(tmp_path: Path, month: str) -> None:
    """A June meeting's 客观看待今年以来的工作 was answered by 【待补：上一年主要成绩】 (round
    t0's F): the placeholder names the span its head names."""
    asked: list[tuple[str, str]] = []
    for seed in range(1, 13):
        data = {
            "kind": "leading_group",
            "meeting": {"date": month},
            "region": {"level": "province", "name": "河东省"},
            "speaker": {"title": "省委书记、领导小组组长"},
            "priorities": ["高校学科调整"],
            "seed": seed,
        }
        path = tmp_path / f"lg-{month}-{seed}.yaml"
        path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
        lines = build_draft(path).document.spoken_lines()
        for line in lines:
            head, _, rest = line.partition("。")
            # 二是关于今年以来的工作 is the speaker's own item, with no 要 (branch heading30)
            if head.startswith("二是") and rest.startswith("【待补"):
                asked.append((head, rest.partition("】")[0]))
    assert asked
    for head, placeholder in asked:
        if "今年以来" in head:
            assert "今年以来" in placeholder, (head, placeholder)
        elif "上半年" in head:
            assert "上半年" in placeholder, (head, placeholder)
        else:
            assert "上一年" in placeholder, (head, placeholder)
    assert any("上一年" not in p for _, p in asked), asked
