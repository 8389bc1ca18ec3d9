"""speed21 (issue 13's warm and batch goals): a profile's check kept by its text.

- ``pipeline.validate_profile`` (and ``validate_profile_text``) keep the last few checked
  profiles by their text, name and path, each with the bank it was checked against: the
  same text is read, composed, walked and checked once, while an edited file, another
  name or a bank read again (``load_phrasebank.cache_clear``) is checked afresh, and a
  profile that fails is never kept.

Own profiles (two kinds, two levels); drafts compared by the digest of the whole document.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest
import yaml

from speechdraft import pipeline
from speechdraft.errors import ProfileError
from speechdraft.phrasebank import load_phrasebank
from speechdraft.resources import builtin_templates_dir


def _data(kind: str, level: str, place: str, title: str, date: str) -> dict[str, Any]:
    return {
        "kind": kind,
        "meeting": {"date": date},
        "region": {"level": level, "name": place},
        "speaker": {"title": title, "name": "孔繁礼"},
        "priorities": [
            {"area": "控辍保学", "points": ["各乡镇中心学校要逐校核对在籍学生名册"]},
            {"area": "教师队伍", "facts": {"teacher_training": 1800}},
        ],
        "safeguards": ["组织领导"],
    }


PROFILES = {
    "report": _data("work_report", "county", "石门县", "县教育局局长", "2027-02-23"),
    "safety": _data("safety", "city", "云岭市", "市教育局局长", "2027-05-11"),
}


def _write(folder: Path, name: str, data: dict[str, Any]) -> Path:
    path = folder / f"{name}.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def _digest(draft: pipeline.Draft) -> str:
    return hashlib.sha256(repr(draft.document).encode("utf-8")).hexdigest()


@pytest.fixture(autouse=True)
def _nothing_kept() -> Any:
    pipeline._VALIDATED.clear()
    yield
    pipeline._VALIDATED.clear()


@pytest.mark.parametrize("name", sorted(PROFILES))
def test_the_same_text_is_checked_once_and_gives_the_same_draft(tmp_path: Path, name: str) -> None:
    path = _write(tmp_path, name, PROFILES[name])
    first = pipeline.validate_profile(path)
    assert pipeline.validate_profile(path) is first
    kept = pipeline.build_draft(path, seed=3)
    assert kept.loaded is first
    pipeline._VALIDATED.clear()  # the draft a process that never kept it would make
    fresh = pipeline.build_draft(path, seed=3)
    assert fresh.loaded is not first
    assert fresh.loaded == first
    assert _digest(fresh) == _digest(kept)
    assert fresh.notes == kept.notes


def test_an_edited_profile_is_checked_again(tmp_path: Path) -> None:
    data = PROFILES["report"]
    path = _write(tmp_path, "report", data)
    before = pipeline.validate_profile(path)
    edited = {**data, "region": {"level": "county", "name": "桃源县"}}
    _write(tmp_path, "report", edited)
    after = pipeline.validate_profile(path)
    assert after is not before
    assert after.profile.region.name == "桃源县"
    assert before.profile.region.name == "石门县"
    _write(tmp_path, "report", data)  # back as it was: the kept check is right again
    assert pipeline.validate_profile(path).profile.region.name == "石门县"


def test_a_bank_read_again_is_not_served_an_old_check(tmp_path: Path) -> None:
    path = _write(tmp_path, "safety", PROFILES["safety"])
    before = pipeline.validate_profile(path)
    load_phrasebank.cache_clear()  # what a test (or an edited phrase file) does
    try:
        after = pipeline.validate_profile(path)
        assert after is not before
        assert pipeline._VALIDATED[(path.read_text(encoding="utf-8"), str(path), True)][0] is (
            load_phrasebank(builtin_templates_dir())
        )
        assert after == before
    finally:
        load_phrasebank.cache_clear()


def test_a_failing_profile_is_never_kept(tmp_path: Path) -> None:
    bad = {**PROFILES["report"], "kind": "no_such_kind"}
    path = _write(tmp_path, "bad", bad)
    messages = []
    for _ in range(2):
        with pytest.raises(ProfileError) as caught:
            pipeline.validate_profile(path)
        messages.append(str(caught.value))
    assert messages[0] == messages[1]
    assert not pipeline._VALIDATED


def test_the_name_is_part_of_the_key_and_the_store_is_bounded(tmp_path: Path) -> None:
    text = yaml.safe_dump({**PROFILES["report"], "region": {"level": "county"}}, allow_unicode=True)
    # a warning names the file it is in: two names, two checks, each with its own name
    one = pipeline.validate_profile_text(text, "甲.yaml")
    two = pipeline.validate_profile_text(text, "乙.yaml")
    assert one is not two
    assert one.path.name == "甲.yaml" and two.path.name == "乙.yaml"
    assert pipeline.validate_profile_text(text, "甲.yaml") is one
    for index in range(pipeline.VALIDATED_KEPT + 3):
        pipeline.validate_profile_text(text, f"{index}.yaml")
    assert len(pipeline._VALIDATED) == pipeline.VALIDATED_KEPT
    assert pipeline.validate_profile_text(text, "甲.yaml") is not one  # the oldest went
