"""Answers that belong to a bank wording alone are worked out once a bank and kept with it
(issue 13, speechdraft/wordanswers.py): a rule registered there looks a bank wording's
answer up instead of working it out in every draft. The kept answers are the rules' own, a
looked-up answer is the one used, an edited rule makes the kept bank miss, and drafts are
the same with the answers looked up as with every answer worked out."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import yaml

from speechdraft import phrasebank, wordanswers
from speechdraft.compose import filler, promise, register, restate
from speechdraft.pipeline import build_draft
from speechdraft.resources import builtin_templates_dir

KINDS = (
    "work_report",
    "leader_speech",
    "concluding_remarks",
    "leading_group",
    "safety",
    "school_opening",
    "teachers_day",
)
LEVELS = ("province", "city", "county", "district", "town", "school")
_RULE_FUNCTIONS = (
    filler.is_filler,
    filler.is_judgement,
    promise.promised_terms,
    register.fronts_its_object,
    register.fronts_with_dui,
    restate.heading_frames,
)


def _bank() -> phrasebank.PhraseBank:
    """The built-in bank with the answers of every wording installed (a kept bank installs
    an area's, or a kind's frames', when it first unshelves them: shelf.py)."""
    bank = phrasebank.load_phrasebank(builtin_templates_dir())
    phrasebank.kept_answers(bank)
    return bank


def test_every_rule_is_registered_with_its_module() -> None:
    rules = wordanswers.registered()
    assert {"filler", "judgement", "promised_terms", "heading_frames"} <= set(rules)
    for function in _RULE_FUNCTIONS:
        assert function.__module__ in wordanswers.RULE_MODULES


def test_the_kept_answers_are_the_rules_own() -> None:
    """Every wording of the bank (every heading for a heading's rule): the answer kept
    with the bank, looked up, is the one the rule works out."""
    bank = _bank()
    answers = phrasebank.kept_answers(bank)
    assert answers is not None
    wordings, headings = phrasebank.bank_wordings(bank)
    assert len(set(wordings)) > 5000 and len(set(headings)) > 200
    for name, rule in wordanswers.registered().items():
        texts = set(headings if rule.scope == wordanswers.HEADINGS else wordings)
        assert answers.scopes[rule.scope] >= texts
        table = answers.tables[name]
        differing = [t for t in texts if table.get(t, rule.empty) != rule.answer(t)]
        assert not differing, (name, differing[:3])
        assert table, f"{name}: no wording answers other than {rule.empty!r}"


def test_a_bank_wording_is_looked_up_not_worked_out() -> None:
    """An installed answer is the one given (a sentinel shows it), for a bank wording
    only, and never for a call with more arguments."""
    _bank()
    heading = next(
        t for t in wordanswers._SCOPES[wordanswers.HEADINGS] if promise.promised_terms(t)
    )
    looked_up = promise.promised_terms.__wrapped__  # under its lru_cache
    sentinel = frozenset({"⟂"})
    saved = dict(wordanswers._TABLES["promised_terms"])
    try:
        wordanswers._TABLES["promised_terms"][heading] = sentinel
        assert looked_up(heading) == sentinel
        assert looked_up(heading, True) != sentinel  # whole=True: worked out
        assert looked_up(heading + "和校园足球") != sentinel  # not a bank wording
    finally:
        wordanswers._TABLES["promised_terms"].clear()
        wordanswers._TABLES["promised_terms"].update(saved)


def test_an_edited_rule_makes_the_kept_bank_miss(tmp_path: Path) -> None:
    """The kept bank's key holds the rules' code (every module of compose/ and the rule
    modules), read without importing them."""
    stamp = wordanswers.rules_stamp()
    for module in wordanswers.RULE_MODULES:
        assert module.rsplit(".", 1)[1] + ".py:" in stamp
    assert "weave.py:" in stamp  # a rule may read data of any compose module
    assert stamp in phrasebank._bank_code_stamp()


def _profile(kind: str, level: str, rich: bool) -> dict[str, Any]:
    names = {
        "province": "海川省",
        "city": "临江市",
        "county": "青石县",
        "district": "东湖区",
        "town": "柳河镇",
        "school": "青石县第一中学",
    }
    data: dict[str, Any] = {
        "kind": kind,
        "meeting": {"date": "2026-03-10" if kind != "teachers_day" else "2026-09-09"},
        "region": {"level": level, "name": names[level]},
        "speaker": {"title": "校长" if level == "school" else "教育局局长", "name": "王立"},
        "duration_minutes": 20 if rich else 8,
    }
    if kind == "school_opening":
        data["meeting"]["date"] = "2026-08-28"
    if rich:
        data["review"] = {
            "achievements": [
                {
                    "area": "教师队伍",
                    "points": ["新教师全部参加岗前培训"],
                    "figures": {"新招聘教师": "52名"},
                }
            ],
            "problems": ["部分学校心理健康教师不足"],
        }
        data["priorities"] = [
            {"area": "校园安全", "points": ["开展校园周边交通隐患排查"]},
            {"area": "学前教育"},
            {"area": "教师队伍"},
        ]
    return data


def _documents(tmp_path: Path) -> list[str]:
    out = []
    for index, (kind, level, rich, seed) in enumerate(
        (k, lv, r, s)
        for k in KINDS
        for lv in LEVELS
        for r in (True, False)
        for s in (1, 2)
        if (r or s == 1) and (lv not in ("town", "school") or s == 1)
    ):
        path = tmp_path / f"p{index}.yaml"
        data = _profile(kind, level, rich)
        path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
        try:
            draft = build_draft(path, seed=seed)
        except Exception as exc:  # a profile a kind refuses is refused alike both ways
            out.append(f"{kind}/{level}: {type(exc).__name__}")
            continue
        out.append(repr(draft.document) + "\n".join(draft.notes))
    return out


def _clear_rule_caches() -> None:
    for function in _RULE_FUNCTIONS:
        function.cache_clear()


def test_drafts_are_the_same_with_every_answer_worked_out(tmp_path: Path) -> None:
    """Own profiles over every kind × six levels × seeds: the same documents with the
    kept answers looked up and with every rule worked out afresh."""
    _bank()
    _clear_rule_caches()
    looked_up = _documents(tmp_path)
    saved_scopes = {k: set(v) for k, v in wordanswers._SCOPES.items()}
    saved_tables = {k: dict(v) for k, v in wordanswers._TABLES.items()}
    wordanswers.forget()
    _clear_rule_caches()
    try:
        worked_out = _documents(tmp_path)
    finally:
        for key, texts in saved_scopes.items():
            wordanswers._SCOPES[key].update(texts)
        for key, table in saved_tables.items():
            wordanswers._TABLES[key].update(table)
        _clear_rule_caches()
    assert len(looked_up) >= 50
    assert sum("Error" not in d[:80] for d in looked_up) >= 40
    assert looked_up == worked_out


def test_the_rules_keep_their_signatures() -> None:
    """The lookup sits under each rule's lru_cache: the rule is called as before."""
    for function in _RULE_FUNCTIONS:
        assert isinstance(function, functools._lru_cache_wrapper)
        assert hasattr(function.__wrapped__, "worked_out")
