"""Answers that belong to a bank wording alone, worked out once a bank (issue 13).

Some rules ask a question of a wording whose answer depends on its words and nothing else:
is it filler (compose/filler.py), which terms a heading promises (compose/promise.py), which
verb frames a heading is built on, whether it fronts its object (compose/register.py). A
draft asks them of the same bank wordings in every section, and a process's first draft
worked each of them out again. A rule registers here instead::

    @lru_cache(maxsize=16384)
    @per_wording("filler", False)
    def is_filler(text: str) -> bool: ...

When a phrase bank is read (phrasebank.load_phrasebank, on a miss of the kept bank), every
registered rule answers every wording of the bank it is asked of (``headings=True``: the
families' headings only), and the answers are kept with the bank in the cache folder; a
loaded bank installs them, and the rule then looks a bank wording's answer up. A text the
bank does not hold (a clerk's point, a rendered sentence) and a call with more arguments
are worked out as before. The rules' code is part of the kept bank's key (``rules_stamp``:
every module listed in RULE_MODULES and the rest of compose/), so an edited rule misses and
is answered afresh. A rule added here must be a pure function of its one text argument (and of data files
among the kept bank's sources). A rule that looks its answers up itself (phrasebank.claims,
which keeps a clerk's text's answer between runs) uses ``register`` and ``lookup``.
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar, cast

from speechdraft.datacache import file_stamp

T = TypeVar("T")

# The modules whose rules register here: imported when a bank's answers are worked out.
RULE_MODULES = (
    "speechdraft.phrasebank",  # claims: the situations a wording presupposes, the schemes it names
    "speechdraft.compose.filler",
    "speechdraft.compose.promise",
    "speechdraft.compose.register",
    "speechdraft.compose.restate",
)

ALL, HEADINGS = "all", "headings"


@dataclass(frozen=True)
class _Rule:
    answer: Callable[[str], object]
    scope: str  # ALL or HEADINGS
    empty: object  # the answer most wordings have: kept as a wording's membership alone


_RULES: dict[str, _Rule] = {}


@dataclass
class WordAnswers:
    """One bank's answers: which wordings each scope holds, and each rule's answers that
    differ from its ``empty`` one (most wordings are no filler, most headings frame nothing)."""

    scopes: dict[str, frozenset[str]] = field(default_factory=dict)
    tables: dict[str, dict[str, object]] = field(default_factory=dict)


# installed from every loaded bank: a rule's answer is its text's whatever bank holds it
_SCOPES: dict[str, set[str]] = {ALL: set(), HEADINGS: set()}
_TABLES: dict[str, dict[str, object]] = {}
MISSING = object()  # lookup() of a text no bank holds


def per_wording(
    name: str, empty: object, *, headings: bool = False
) -> Callable[[Callable[[str], T]], Callable[..., T]]:
    """Registers ``answer`` (a pure function of one wording) under ``name``: a bank's
    wordings (its headings' alone with ``headings``) are answered when it is read, and
    those whose answer is not ``empty`` (what most wordings have) are kept by text."""

    def register_it(answer: Callable[[str], T]) -> Callable[..., T]:
        table, known = register(name, answer, empty, headings=headings)

        @functools.wraps(answer)
        def looked_up(text: str, *args: object, **options: object) -> T:
            if not args and not options:
                found = table.get(text, MISSING)
                if found is not MISSING:
                    return cast(T, found)
                if text in known:
                    return cast(T, empty)
            return cast(Callable[..., T], answer)(text, *args, **options)

        looked_up.worked_out = answer  # type: ignore[attr-defined]  # the rule itself (tests)
        return looked_up

    return register_it


def register(
    name: str, answer: Callable[[str], object], empty: object, *, headings: bool = False
) -> tuple[dict[str, object], set[str]]:
    """per_wording without the wrapper, for a rule that looks its answers up itself
    (``lookup``): the table of ``name`` and the set of wordings it answers."""
    scope = HEADINGS if headings else ALL
    _RULES[name] = _Rule(answer, scope, empty)
    return _TABLES.setdefault(name, {}), _SCOPES[scope]


def lookup(name: str, text: str) -> object:
    """The kept answer of rule ``name`` for a bank wording; MISSING for any other text."""
    found = _TABLES[name].get(text, MISSING)
    if found is MISSING and text in _SCOPES[_RULES[name].scope]:
        return _RULES[name].empty
    return found


def registered() -> Mapping[str, _Rule]:
    """Every rule, its modules imported."""
    for module in RULE_MODULES:
        importlib.import_module(module)
    return _RULES


def answer_bank(wordings: Iterable[str], headings: Iterable[str]) -> WordAnswers:
    """Every registered rule's answers for a bank's wordings (``headings``: its families'
    headings' wordings), the non-empty ones by text."""
    scopes = {ALL: frozenset(wordings), HEADINGS: frozenset(headings)}
    tables: dict[str, dict[str, object]] = {}
    for name, rule in registered().items():
        table = tables[name] = {}
        for text in scopes[rule.scope]:
            found = rule.answer(text)
            if found != rule.empty:
                table[text] = found
    return WordAnswers(scopes, tables)


def install(answers: WordAnswers | None) -> None:
    """A loaded bank's answers, for the rules to look up (a bank of another version's rules
    is never loaded: rules_stamp is in its key)."""
    if answers is None:
        return
    for scope, texts in answers.scopes.items():
        _SCOPES.setdefault(scope, set()).update(texts)
    for name, table in answers.tables.items():
        _TABLES.setdefault(name, {}).update(table)


def forget() -> None:
    """No answer installed (tests: a rule is then worked out for every text)."""
    for texts in _SCOPES.values():
        texts.clear()
    for table in _TABLES.values():
        table.clear()


def rules_stamp() -> str:
    """The code the answers depend on, without importing it (a kept bank is checked before
    compose/ is loaded): every module of compose/ and the rule modules listed here."""
    package = Path(__file__).parent
    files = sorted((package / "compose").glob("*.py"))
    files += [package.parent / (module.replace(".", "/") + ".py") for module in RULE_MODULES]
    return file_stamp(*sorted(set(files)))
