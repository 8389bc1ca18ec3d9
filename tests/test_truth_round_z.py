"""Round z's invented arrangements (docs/review/2026-12-01z), taken out after the reading and
so unmeasured: a sanction ladder nobody set (限期整改…调整重组), a division of labour inside
school groups (总校长负总责、成员校校长抓落实), an evaluation by teachers and parents nobody
arranged, a purchasing scheme (大宗食材集中采购、定点供应), a joint inspection with named
departments, a year-end stock-taking; and a county's division of 控辍保学 (劝返 by towns,
安置 by its bureau) said at a prefecture (安置靠州教育局)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from bank_support import bank_wordings
from speechdraft.pipeline import build_draft

_DECIDED = re.compile(
    r"调整重组|总校长负总责|成员校校长抓|交由师生和家长评价|集中采购、定点供应|定点供应|"
    r"开学安全联合检查|年终要对照任务清单"
)


def test_no_wording_states_round_zs_arrangements() -> None:
    texts = bank_wordings()
    assert len(texts) > 8000
    assert [t for t in texts if _DECIDED.search(t)] == []


@pytest.mark.parametrize("level", ["prefecture", "province", "city"])
def test_a_county_division_of_dropout_work_is_not_said_above_it(tmp_path: Path, level: str) -> None:
    for seed in (1, 2, 3, 4, 5, 6):
        data = {
            "kind": "leader_speech",
            "meeting": {"date": "2023-02-20"},
            "region": {"level": level, "name": "青川"},
            "speaker": {"title": "副州长" if level == "prefecture" else "副市长"},
            "seed": seed,
            "duration_minutes": 30,
            "priorities": [{"area": "控辍保学"}, {"area": "学生资助"}, {"area": "教师队伍"}],
        }
        path = tmp_path / f"{level}-{seed}.yaml"
        path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
        text = "\n".join(build_draft(path).document.spoken_lines())
        assert not re.search(r"安置靠|复学安置由[^，。]{0,6}教育(?:局|厅)负责", text), (level, seed)
