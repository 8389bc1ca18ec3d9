"""speed20 (issue 13's batch and warm goals): work a batch's drafts share is done once.

- A batch's parent builds (and leaves unwritten) the first profile's draft before its
  workers are forked (``pipeline.prepare_batch(…, first=…)``): the wordings' records,
  admissions and template objects a process works out in its first draft are then
  worked out once for the batch, and every draft is the draft a fresh process makes.
- The profile's texts are walked once per field a draft (``context._Written``), and give
  the strings ``strings_in`` gives for every set of fields the context leaves out.

Own profiles (two kinds, two levels); the fresh processes are two, one module fixture.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from speechdraft.compose import context
from speechdraft.intake.loading import load_profile
from speechdraft.situation import strings_in

POINTS = ["全县新建乡村温馨校园十二所，寄宿制学校食堂全部实现明厨亮灶", "局机关各股室要对账销号"]


def _profile(folder: Path, name: str, kind: str, level: str, place: str, title: str) -> Path:
    data: dict[str, Any] = {
        "kind": kind,
        "meeting": {"date": "2027-03-16"},
        "region": {"level": level, "name": place},
        "speaker": {"title": title, "name": "韩立新"},
        "priorities": [
            {"area": "控辍保学", "points": POINTS},
            {"area": "教师队伍", "facts": {"teacher_training": 2100}},
            {"area": "学校安全", "points": ["汛期前完成校舍安全排查，建立领导小组秘书组"]},
        ],
        "safeguards": ["组织领导", "经费保障"],
    }
    path = folder / f"{name}.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


# One fresh process: a batch's parent (prepared with or without its first profile), then
# the drafts its worker makes; prints each draft's digest and the records worked out for it.
_WORKER = """
import hashlib, json, sys
from pathlib import Path
from speechdraft import pipeline
from speechdraft.compose import restate
first = sys.argv[1] or None
pipeline.prepare_batch(None, Path(first) if first else None, 11)
rows = []
for path in sys.argv[2:]:
    before = restate._ideas_worked_out.cache_info().misses
    draft = pipeline.build_draft(Path(path), seed=5)
    rows.append([hashlib.sha256(repr(draft.document).encode("utf-8")).hexdigest(),
                 restate._ideas_worked_out.cache_info().misses - before])
print(json.dumps(rows))
"""


@pytest.fixture(scope="module")
def batches(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    folder = tmp_path_factory.mktemp("batch")
    first = _profile(folder, "a", "work_report", "county", "青溪县", "县教育局局长")
    drafts = [
        _profile(folder, "b", "work_report", "county", "白沙县", "县教育局局长"),
        _profile(folder, "c", "safety", "city", "临江市", "市教育局局长"),
    ]
    env = {k: v for k, v in os.environ.items() if k != "SPEECHDRAFT_NO_CACHE"}
    out = {}
    for label, prepared in (("shared", str(first)), ("alone", "")):
        done = subprocess.run(
            [sys.executable, "-c", _WORKER, prepared, *map(str, drafts)],
            capture_output=True,
            text=True,
            env=env,
            timeout=300,
        )
        assert done.returncode == 0, done.stderr
        out[label] = json.loads(done.stdout.strip().splitlines()[-1])
    out["profiles"] = [first, *drafts]
    return out


def test_a_batch_prepared_with_its_first_profile_makes_the_same_drafts(
    batches: dict[str, Any],
) -> None:
    shared, alone = batches["shared"], batches["alone"]
    assert [digest for digest, _ in shared] == [digest for digest, _ in alone]


def test_the_first_profile_s_records_are_worked_out_once_for_the_batch(
    batches: dict[str, Any],
) -> None:
    """The worker's first draft, of the first profile's kind, works out far fewer wording
    records than in a worker that starts with none."""
    (_, shared), _ = batches["shared"]
    (_, alone), _ = batches["alone"]
    assert alone > 100
    assert shared * 4 < alone


@pytest.mark.parametrize(
    "leaving_out",
    [(), ("region",), ("region", "kind"), ("speaker", "region", "kind"), ("nothing",)],
)
def test_the_profile_s_texts_walked_once_are_strings_in_s(
    batches: dict[str, Any], leaving_out: tuple[str, ...]
) -> None:
    for path in batches["profiles"]:
        profile = load_profile(path).profile
        expected = tuple(
            strings_in({k: v for k, v in vars(profile).items() if k not in leaving_out})
        )
        assert expected and context._Written(profile).texts(*leaving_out) == expected
