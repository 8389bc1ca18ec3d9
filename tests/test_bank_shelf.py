"""A kept phrase bank is loaded per area (issue 13, speechdraft/shelf.py): each area, each
safeguard and each kind's frame slots are unpickled when a draft first asks for them. A
cold render loads what its profile uses and not the rest; the shelves answer every
question (an area by any of its names, a fact filed elsewhere, whether a text is a bank
wording) as the bank read afresh does; and drafts are the same either way."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from speechdraft import phrasebank
from speechdraft.phrasefiles import read_phrasebank
from speechdraft.resources import builtin_templates_dir
from speechdraft.shelf import Shelf

KINDS = (
    "work_report",
    "leader_speech",
    "concluding_remarks",
    "leading_group",
    "safety",
    "school_opening",
    "teachers_day",
)
LEVELS = ("city", "county", "town")


def _profile(kind: str, level: str) -> dict[str, Any]:
    names = {"city": "临江市", "county": "青石县", "town": "柳河镇"}
    return {
        "kind": kind,
        "meeting": {
            "date": "2026-08-28" if kind in ("school_opening", "teachers_day") else "2026-03-10"
        },
        "region": {"level": level, "name": names[level]},
        "speaker": {"title": "教育局局长", "name": "王立"},
        "duration_minutes": 15,
        "review": {
            "achievements": [
                {
                    "area": "教师队伍",
                    "points": ["新教师全部参加岗前培训"],
                    "figures": {"新招聘教师": "52名"},
                }
            ],
            "problems": ["部分学校心理健康教师不足"],
        },
        "priorities": [
            {"area": "校园安全", "points": ["开展校园周边交通隐患排查"]},
            {"area": "学前教育", "facts": {"普惠性幼儿园覆盖率": 91.5}},
        ],
    }


_COUNT = """
import json, sys
from pathlib import Path
from speechdraft.datacache import keep_answers_between_runs, save_answers
from speechdraft.pipeline import build_draft
from speechdraft.phrasebank import load_phrasebank
from speechdraft.resources import builtin_templates_dir
keep_answers_between_runs()
build_draft(Path(sys.argv[1]))
save_answers()
bank = load_phrasebank(builtin_templates_dir())
print(json.dumps({name: [len(shelf._answers), len(shelf._blobs)]
                  for name, shelf in (("areas", bank.areas), ("safeguards", bank.safeguards),
                                      ("frames", bank.frames))}))
"""


def test_a_cold_render_unpickles_only_what_its_profile_uses(tmp_path: Path) -> None:
    """A one-draft process with the bank kept (a second run in a fresh cache folder):
    the areas, safeguards and frame groups it unshelved are the few its profile uses."""
    path = tmp_path / "p.yaml"
    path.write_text(
        yaml.safe_dump(_profile("leader_speech", "county"), allow_unicode=True), "utf-8"
    )
    env = {**os.environ, "SPEECHDRAFT_CACHE_DIR": str(tmp_path / "cache")}
    runs = [
        subprocess.run(
            [sys.executable, "-c", _COUNT, str(path)], env=env, capture_output=True, text=True
        )
        for _ in range(2)
    ]
    assert runs[1].returncode == 0, runs[1].stderr[-2000:]
    loaded = json.loads(runs[1].stdout.strip().splitlines()[-1])
    areas, safeguards, frames = loaded["areas"], loaded["safeguards"], loaded["frames"]
    assert areas[1] >= 20 and frames[1] >= 7
    assert 2 <= areas[0] <= areas[1] // 2, areas  # its priorities and review, not all 24
    assert safeguards[0] < safeguards[1], safeguards
    assert 1 <= frames[0] <= 2, frames  # its own kind's slots and the common ones


@pytest.fixture(scope="module")
def banks() -> tuple[phrasebank.PhraseBank, phrasebank.PhraseBank]:
    """The built-in bank read afresh (plain dicts), and the same on shelves."""
    plain = read_phrasebank(builtin_templates_dir(), None)
    return plain, phrasebank.shelved(plain)


def _names_to_try(bank: phrasebank.PhraseBank) -> list[str]:
    names: list[str] = []
    for area in (*bank.areas.values(), *bank.safeguards.values()):
        for name in (*area.names(), *(a for f in area.families for a in f.aliases)):
            names += [name, name[:2], name[-2:], f"{name}工作", f"全面加强{name}", f" {name} "]
    names += ["高中学位", "义务教育控辍保学", "民办幼儿园安全", "校园安金", "职教", "没有这个领域"]
    return names


def test_the_shelves_find_an_area_as_the_bank_read_afresh(banks: Any) -> None:
    plain, shelved = banks
    assert type(shelved.areas) is Shelf and type(shelved.frames) is Shelf
    for name in _names_to_try(plain):
        for find in ("find_area", "find_safeguard"):
            want, got = getattr(plain, find)(name), getattr(shelved, find)(name)
            assert (want and want.key) == (got and got.key), (find, name)
            assert want == got
        assert plain.closest_area_name(name) == shelved.closest_area_name(name), name


def test_the_shelves_hold_the_same_entries_and_facts(banks: Any) -> None:
    plain, shelved = banks
    assert list(shelved.areas) == list(plain.areas)
    assert dict(shelved.areas) == plain.areas
    assert dict(shelved.safeguards) == plain.safeguards
    assert dict(shelved.frames) == plain.frames
    assert shelved.frames.get("没有这个位置") is None and "没有这个位置" not in shelved.frames
    with pytest.raises(KeyError):
        shelved.areas["没有这个领域"]
    names = {
        n for a in (*plain.areas.values(), *plain.safeguards.values()) for n in a._facts_by_name
    }
    assert len(names) > 100
    for name in (*sorted(names), "没有这个数据", "新招聘教师"):
        assert plain.fact_anywhere(name) == shelved.fact_anywhere(name), name


def test_a_text_is_a_bank_wording_on_shelves_as_in_the_bank(banks: Any) -> None:
    """Every wording of the bank (some in several kinds' frames) is held; a clerk's
    sentence, or a wording changed by one character, is not."""
    plain, _ = banks
    wordings = set(phrasebank.bank_wordings(plain)[0])
    shelved = phrasebank.shelved(plain)  # nothing unshelved yet
    assert all(shelved.holds_wording(text) for text in wordings)
    others = [text[:-1] for text in sorted(wordings)[:300]] + [
        t + "。" for t in sorted(wordings)[:300]
    ]
    others += ["新教师全部参加岗前培训", "部分学校心理健康教师不足", ""]
    for text in others:
        assert shelved.holds_wording(text) == (text in wordings), text
        assert plain.holds_wording(text) == (text in wordings), text


_BOTH_WAYS = """
import json, sys
from pathlib import Path
from speechdraft import pipeline
from speechdraft.phrasefiles import read_phrasebank
from speechdraft.resources import builtin_templates_dir

def documents():
    out = []
    for path, seed in json.loads(sys.argv[1]):
        try:
            draft = pipeline.build_draft(Path(path), seed=seed)
        except Exception as exc:  # a profile a kind refuses is refused alike both ways
            out.append(f"{path}: {type(exc).__name__}")
            continue
        out.append(repr(draft.document) + "\\n".join(draft.notes))
    return out

kept = documents()
plain = read_phrasebank(builtin_templates_dir(), None)
pipeline.load_phrasebank = lambda *args: plain
afresh = documents()
print(json.dumps([len(kept), sum("Error" not in d[:200] for d in kept), kept == afresh]))
"""


def test_drafts_are_the_same_from_shelves_as_from_the_bank_read_afresh(tmp_path: Path) -> None:
    """Own profiles over every kind × three levels × two seeds: the same documents and
    notes with the kept (shelved) bank as with the bank read afresh into plain dicts (in a
    process of their own: what other tests leave in this one's caches stays out)."""
    runs = []
    for index, (kind, level, seed) in enumerate(
        (k, lv, s) for k in KINDS for lv in LEVELS for s in (1, 2)
    ):
        path = tmp_path / f"p{index}.yaml"
        path.write_text(yaml.safe_dump(_profile(kind, level), allow_unicode=True), "utf-8")
        runs.append((str(path), seed))
    env = {**os.environ, "SPEECHDRAFT_CACHE_DIR": str(tmp_path / "cache")}
    done = subprocess.run(
        [sys.executable, "-c", _BOTH_WAYS, json.dumps(runs)],
        env=env,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    count, rendered, same = json.loads(done.stdout.strip().splitlines()[-1])
    assert count == 42 and rendered >= 35
    assert same
