"""A wording's claims (what its words take for granted, the schemes and results they name)
belong to its words alone, so a one-draft render keeps them for the next run whatever
meeting it renders (phrasebank.claims, datacache.KeptAnswers): the kept answers are the
ones the rules give, a kept answer is the one used, and licensed() and Unit.presupposes
say what the rules said before they were kept."""

from __future__ import annotations

import dataclasses
import datetime
import os
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

import pytest

from speechdraft import datacache, phrasebank, pipeline
from speechdraft.named import LICENCE_PREFIX, load_named, named_in, unlicensed
from speechdraft.situation import SITUATIONS, contradicted, presupposed
from speechdraft.voice import orders_someone

ROOT = Path(__file__).resolve().parents[1]

_PROFILE = """kind: work_report
meeting:
  name: 全县教育工作会议
  date: 2026-02-26
region:
  level: county
  name: 清水县
speaker:
  title: 县教育局局长
  name: 周明远
duration_minutes: 15
review:
  achievements:
    - area: 教师队伍
      points:
        - 新教师实行青蓝结对，乡村教师生活补助按时足额发放
      figures:
        新招聘教师: 84名
  problems:
    - 农村学校教师结构性缺员
priorities:
  - area: 项目建设
    facts:
      新建项目数: 3
  - area: 学校安全
"""


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("SPEECHDRAFT_CACHE_DIR", str(folder))
    monkeypatch.setattr(datacache, "_keeping", False)
    return folder


def _kept(kept: datacache.KeptAnswers) -> dict[object, object]:
    kept.answers, kept.where = None, None  # as a new process finds them
    kept.get(None)
    assert kept.answers is not None
    return kept.answers


def _the_rules(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The claims as worked out before they were kept (licensed's own two questions)."""
    return presupposed(text), named_in(phrasebank._TEMPLATE_CODE.sub("", text))


def _units_in(value: object) -> list[phrasebank.Unit]:
    """Every unit the bank holds, wherever (families, leads, frames)."""
    if isinstance(value, phrasebank.Unit):
        return [value]
    if isinstance(value, Mapping):  # a kept bank's areas and frames are shelves
        return [u for item in value.values() for u in _units_in(item)]
    if isinstance(value, (tuple, list)):
        return [u for item in value for u in _units_in(item)]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [u for f in dataclasses.fields(value) for u in _units_in(getattr(value, f.name))]
    return []


def _bank_wordings() -> list[str]:
    units = _units_in(pipeline.phrasebank())
    return sorted({text for unit in units for text in unit.wordings})


def test_a_render_keeps_claims_equal_to_the_rules_and_draws_the_same_draft(
    cache_dir: Path, tmp_path: Path
) -> None:
    profile = tmp_path / "county.yaml"
    profile.write_text(_PROFILE, encoding="utf-8")
    env = {**os.environ, "SPEECHDRAFT_CACHE_DIR": str(cache_dir)}
    command = [sys.executable, "-m", "speechdraft", "render", str(profile), "--force"]
    first = subprocess.run(
        [*command, "-o", str(tmp_path / "a.docx")], env=env, capture_output=True, text=True
    )
    assert first.returncode == 0, first.stderr
    kept_file = cache_dir / f"claims-py{sys.version_info.major}{sys.version_info.minor}.pickle"
    assert kept_file.is_file()

    datacache.keep_answers_between_runs()
    kept = phrasebank._KEPT_CLAIMS
    answers = _kept(kept)
    kept.answers, kept.where = None, None  # the next test's process starts afresh
    datacache._keeping = False  # the rules themselves, asked afresh
    # a bank unit's wordings' claims are kept with the bank (wordanswers.py), the rest
    # (an area's leads) in the kept answers: together, what the render asked
    bank = phrasebank.load_phrasebank(pipeline.builtin_templates_dir())
    kept_with_bank = phrasebank.kept_answers(bank)  # every group's (a kept bank's shelves)
    assert kept_with_bank is not None
    with_bank = kept_with_bank.tables["claims"]
    assert len(answers) + len(with_bank) > 500
    assert not set(answers) & kept_with_bank.scopes["all"]  # never kept twice
    wordings = set(_bank_wordings())
    presupposing = naming = 0
    for text, answer in [*answers.items(), *with_bank.items()]:
        assert text in wordings  # only the bank's words are kept, never the clerk's
        assert answer == _the_rules(str(text)), text
        presupposing += bool(answer[0])  # type: ignore[index]
        naming += bool(answer[1])  # type: ignore[index]
    assert presupposing > 3 and naming > 3  # both halves were put to the test

    # the next run reads them (it adds none, so it does not write the file again) and
    # draws the same draft
    written = kept_file.stat().st_mtime_ns
    again = subprocess.run(
        [*command, "-o", str(tmp_path / "b.docx")], env=env, capture_output=True, text=True
    )
    assert again.returncode == 0, again.stderr
    assert kept_file.stat().st_mtime_ns == written
    assert again.stdout.replace("b.docx", "a.docx") == first.stdout
    drafts = [
        pipeline.read_upload(name, (tmp_path / name).read_bytes()) for name in ("a.docx", "b.docx")
    ]
    assert len(drafts[0].paragraphs) > 20 and drafts[0].paragraphs == drafts[1].paragraphs


def test_claims_use_a_kept_answer(cache_dir: Path) -> None:
    """What is kept is what the next run says (so a wrong one would show: the key and the
    stamp are what keep it right)."""
    datacache.keep_answers_between_runs()
    kept = phrasebank._KEPT_CLAIMS
    kept.answers, kept.where = None, None
    text = "要把农村学校的校舍安全排查落到实处。"
    phrasebank.claims.cache_clear()
    try:
        truth = phrasebank.claims(text)
        assert truth == _the_rules(text) and "rural" in truth[0]
        assert kept.answers == {text: truth}
        kept.answers[text] = (frozenset(), frozenset({"named:made_up"}))
        phrasebank.claims.cache_clear()
        assert phrasebank.claims(text) == (frozenset(), frozenset({"named:made_up"}))
        assert phrasebank.licensed(text, frozenset()) is False
        assert phrasebank.licensed(text, frozenset({"named:made_up"})) is True
    finally:
        kept.answers, kept.where, kept.grown = None, None, False
        phrasebank.claims.cache_clear()


def test_kept_claims_miss_when_the_named_table_changes(
    cache_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    table = tmp_path / "named.yaml"
    table.write_text("一", encoding="utf-8")
    monkeypatch.setattr(phrasebank._KEPT_CLAIMS, "sources", lambda: [table])
    datacache.keep_answers_between_runs()
    kept = phrasebank._KEPT_CLAIMS
    kept.answers, kept.where = None, None
    try:
        kept.get("x")
        kept.put("x", (frozenset(), frozenset()))
        kept.save()
        assert _kept(kept) == {"x": (frozenset(), frozenset())}
        table.write_text("二", encoding="utf-8")  # the named table changed
        assert _kept(kept) == {}
    finally:
        kept.answers, kept.where, kept.grown = None, None, False


def _situations() -> list[frozenset[str]]:
    keys = sorted(s.key for s in SITUATIONS)
    licences = sorted(LICENCE_PREFIX + entry.id for entry in load_named())
    return [
        frozenset(),
        frozenset(keys),
        frozenset(licences),
        frozenset(keys + licences),
        frozenset(keys[::2] + licences[1::2]),
        frozenset(keys[1::2] + licences[::2]),
    ]


def test_licensed_and_presupposes_say_what_the_rules_say_for_every_wording() -> None:
    """Every wording of the bank, in situations with and without each key: licensed() as it
    was written before its claims were kept, and Unit.presupposes as situation.presupposed."""
    situations = _situations()
    wordings = _bank_wordings()
    assert len(wordings) > 5000
    refused = 0
    for text in wordings:
        for situation in situations:
            # situation.CONTRADICTED (calendar13): words the situation makes untrue
            before = (
                presupposed(text) <= situation
                and not unlicensed(phrasebank._TEMPLATE_CODE.sub("", text), situation)
                and not contradicted(text, situation)
                # a report to a congress orders no one (stop 54)
                and not ("congress_report" in situation and orders_someone(text))
            )
            assert phrasebank.licensed(text, situation) is before, (text, situation)
            refused += not before
    assert refused > 500
    bank = pipeline.phrasebank()
    for area in (*bank.areas.values(), *bank.safeguards.values()):
        for family in area.families:
            for unit in (*family.headings, *family.units):
                assert unit.presupposes == presupposed(unit.text)


def test_units_are_admitted_as_before_for_speakers_of_every_level() -> None:
    bank = pipeline.phrasebank()
    units = [
        u
        for a in (*bank.areas.values(), *bank.safeguards.values())
        for f in a.families
        for u in f.units
    ]
    day = datetime.date(2027, 3, 1)
    admitted = 0
    for level, role in (("county", "director"), ("province", "deputy"), ("town", "head")):
        for situation in _situations()[:4]:
            for unit in units[::7]:
                before = (
                    unit.tags.admit("work_report", role, level, day.year, situation, day.month)
                    and presupposed(unit.text) <= situation
                    and any(
                        phrasebank.sayable(t, role, level, day)
                        and presupposed(t) <= situation
                        and not unlicensed(phrasebank._TEMPLATE_CODE.sub("", t), situation)
                        and not contradicted(t, situation)
                        and not ("congress_report" in situation and orders_someone(t))
                        for t in unit.wordings
                    )
                )
                now = unit.admitted("work_report", role, level, day, False, situation)
                assert now is before, unit.text
                admitted += now
    assert admitted > 100
