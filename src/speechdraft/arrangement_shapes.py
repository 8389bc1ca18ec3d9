"""Arrangements by their shape, against a positive list (issue 11's A).

``arrangements.py`` finds the families of arrangements the readers of past rounds marked, and
each round found new ones. This module turns the check around. A sentence of the bank may
state as decided only:

1. a general call with no mechanism (要加强…, 要压实责任, 要及时发现、及时处置);
2. a national rule: ``norm()`` (norms/rules.yaml) or a form listed with its source under
   ``norms`` in ``templates/norms/arrangement_shapes.yaml``;
3. what the profile gives: ``fact()``, or an entry of norms/named.yaml said only where the
   profile names it (phrasebank.licensed);
4. a visible 【建议：…】 mark (``suggest()``).

Anything else with the *shape* of an arrangement is flagged: a named body or department with a
mechanism set up or run (``actor``: 乡中心学校要牵头建立…台账, 州教育局将组织督查), a mechanism
newly set up whoever sets it (``instrument``: 建立…机制, 成立专班), a division of labour
(``division``: X牵头…Y配合, 由X负责/研究制定), a procedure (``procedure``: 按时报送, 会议上通报,
排名靠后, 约谈, 试点, 夜间抽查, 一律先审批), a frequency or a time limit (``time``: 年内, 定期,
每学期), a method for every unit (``method``: 一校一方案, 凡…都要装, 每个学生都要有…) and a body
told to run another (``runs``: 中心学校要把中心幼儿园办好).

The words are data (``templates/norms/arrangement_shapes.yaml``: actors, verbs, mechanisms,
procedures, times, methods, negations and norms); the grammar is here. A clause that carries
a fact, a suggestion or a norm (the marks ``bank_text`` puts for their template code) passes,
and a procedure word after a negation (不以升学率排名, 不搞试点) is a prohibition, not an
arrangement. A detector for tests and scripts: the renderer does not import it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

import yaml

from speechdraft.arrangements import decided
from speechdraft.resources import builtin_templates_dir

KINDS = (
    "actor",
    "instrument",
    "division",
    "procedure",
    "time",
    "method",
    "runs",
    "state",
    "family",
)

# the marks bank_text puts for template code that gives a specific its source
FACT, NORM, SUGGESTION = "【数据】", "【规定】", "【建议】"
_SOURCED = re.compile(r"【(?:数据|规定|建议|待补)")
_MARK = re.compile(r"【(?:建议|待补)[^】]*】")
_CLAUSE = re.compile(r"[^，。；：！？\n]+")
_NAMED = r"[^，。；]{1,12}?"
_SENTENCE = re.compile(r"[^。！？\n]+[。！？]?")


@dataclass(frozen=True)
class Shape:
    kind: str  # one of KINDS
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class _Grammar:
    patterns: tuple[tuple[str, re.Pattern[str]], ...]  # clause-level (kind, pattern)
    division: re.Pattern[str]  # sentence-level: X牵头，Y配合
    method: re.Pattern[str]  # sentence-level: 一校一方案, 凡…都要装
    negation: re.Pattern[str]
    norms: re.Pattern[str] | None
    sources: tuple[tuple[str, str], ...]  # (form, source)


def _alt(words: list[str]) -> str:
    return "(?:" + "|".join(sorted(words, key=len, reverse=True)) + ")"


@cache
def words() -> dict[str, Any]:
    """The data file, as read."""
    path = builtin_templates_dir() / "norms" / "arrangement_shapes.yaml"
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data


@cache
def _grammar() -> _Grammar:
    data = words()
    actor = _alt(data["actors"])
    verb = _alt(data["set_verbs"])
    new = _alt(data["new_instruments"])
    mechanism = _alt(data["mechanisms"])
    # a set verb that only improves what exists (建立健全, 建立完善) is a general call
    setting = rf"(?<![党团]){verb}(?!健全|完善|这|该)"
    # a body is set up, not joined or gone round (联合设置党组织, 逐校研究办法: how, not a
    # new instrument); 教研组建成 is no 组建
    founders = _alt([v for v in data["set_verbs"] if v not in ("联合", "逐校")])
    founding = rf"(?<![党团]){founders}(?!健全|完善|这|该|成)"
    # a document the speaker's side promises, named before the promise (…办法，我们将抓紧研究
    # 制定): the clause ends on the verb, its object fronted
    commitment = (
        rf"{_alt(data['commitments']['subjects'])}[^，。；]{{0,4}}?"
        rf"{_alt(data['commitments']['verbs'])}$"
    )
    patterns = (
        ("actor", commitment),
        ("runs", rf"{actor}要(?:先)?把[^，。；]{{1,14}}办(?:好|成)"),
        (
            "division",
            rf"{actor}(?:要|来|负责)?牵头(?!单位|部门|领导|作用)"
            rf"|由{actor}[^，。；]{{0,8}}(?:牵头|负责|制定|研究|组织|统一|承担)",
        ),
        ("actor", rf"{actor}[^，。；]{{0,16}}?{setting}[^，。；]{{0,12}}?{mechanism}"),
        # (a mechanism with no name of its own, 建立长效机制, is the genre's general call)
        ("instrument", rf"{founding}(?!长效|相应|工作{new}){_NAMED}{new}"),
        ("instrument", rf"把[^，。；]{{1,12}}?{new}(?:建起来|建立起来|立起来)"),
        ("procedure", _alt(data["procedures"])),
        ("time", _alt(data["times"])),
        ("state", _alt(data["states"])),
    )
    sources = tuple((form, entry["source"]) for entry in data["norms"] for form in entry["forms"])
    return _Grammar(
        patterns=tuple((kind, re.compile(p)) for kind, p in patterns),
        division=re.compile(r"牵头[，、；][^。；]{0,24}配合"),
        method=re.compile(_alt(data["methods"])),
        negation=re.compile(
            _alt([w if w != "不" else "不(?![断少仅同久])" for w in data["negations"]])
        ),
        norms=re.compile(_alt([form for form, _ in sources])) if sources else None,
        sources=sources,
    )


def norm_source(text: str) -> str | None:
    """The source of the national rule a text states (the data file's ``norms``), if any."""
    for form, source in _grammar().sources:
        if re.search(form, text):
            return source
    return None


def shapes(original: str) -> list[Shape]:
    """Every arrangement ``original`` states that is on none of the positive list's four
    grounds a text can show by itself (a general call, a norm, a fact, a suggestion)."""
    grammar = _grammar()
    # a mark is one piece of its clause (【建议：每月通报一次】: its colon cuts nothing)
    text = _MARK.sub(lambda m: m.group()[:3] + "·" * (len(m.group()) - 4) + "】", original)
    found = _in_clauses(grammar, text, original)
    found += _in_sentences(grammar, text, original, found)
    # the families readers of past rounds marked (arrangements.DECIDED) are shapes too
    for family in decided(text):
        if not any(f.start < family.end and family.start < f.end for f in found):
            said = original[family.start : family.end]
            found.append(Shape("family", said, family.start, family.end))
    return sorted(found, key=lambda f: f.start)


def _spared(grammar: _Grammar, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in grammar.norms.finditer(text)] if grammar.norms else []


def _in_clauses(grammar: _Grammar, text: str, original: str) -> list[Shape]:
    found = []
    for clause in _CLAUSE.finditer(text):
        words_ = clause.group()
        # a figure's time is the figure's (年内…【数据】); a mark does not source a mechanism
        sourced = _SOURCED.search(words_) is not None
        taken = _spared(grammar, words_)
        for kind, pattern in grammar.patterns:
            for match in pattern.finditer(words_):
                start, end = match.span()
                if any(s < end and start < e for s, e in taken):
                    continue
                if kind == "time" and sourced:
                    continue
                if kind in ("procedure", "time") and _negated(grammar, words_, start):
                    continue
                taken.append((start, end))
                at = clause.start()
                found.append(Shape(kind, original[at + start : at + end], at + start, at + end))
    return found


def _in_sentences(grammar: _Grammar, text: str, original: str, found: list[Shape]) -> list[Shape]:
    """The shapes a clause cannot hold: X牵头，Y配合; 凡…，…都要装."""
    more: list[Shape] = []
    for sentence in _SENTENCE.finditer(text):
        spared = _spared(grammar, sentence.group())
        for kind, pattern in (("division", grammar.division), ("method", grammar.method)):
            for match in pattern.finditer(sentence.group()):
                if any(s <= match.start() < e for s, e in spared):
                    continue
                start = sentence.start() + match.start()
                end = start + len(match.group())
                if not any(f.start <= start < f.end for f in (*found, *more)):
                    more.append(Shape(kind, original[start:end], start, end))
    return more


def _negated(grammar: _Grammar, clause: str, at: int) -> bool:
    """A negation shortly before ``at`` (不以升学率排名, 避免简单排名), not one inside a
    relative clause (仍不见效的调整重组: the 的 closes it)."""
    window = clause[max(0, at - 8) : at]
    negations = list(grammar.negation.finditer(window))
    return bool(negations) and "的" not in window[negations[-1].end() :]


_CODE = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.DOTALL)
_PLACE = re.compile(r"\{\{\s*w\.(\w+)\s*\}\}")


def bank_text(wording: str, level: str = "county") -> str:
    """A bank wording as a draft at ``level`` says it, its template code shown by what gives
    a specific its source: a fact 【数据】, a norm 【规定】, a suggestion 【建议】; other code □."""
    from speechdraft.genre import LEVELS

    place = LEVELS[level]

    def printed(code: re.Match[str]) -> str:
        said = code.group()
        word = _PLACE.fullmatch(said)
        if word:
            return str(getattr(place, word.group(1), "□"))
        for call, mark in (("suggest(", SUGGESTION), ("norm(", NORM), ("fact(", FACT)):
            if call in said:
                return mark
        return "□"

    return _CODE.sub(printed, wording)
