"""Length conditions in templates as gated pieces (issue 13: one render per draft).

A template says ``{% if c.density >= 4 %}…{% endif %}`` for text said only from length
level 4 up. This extension rewrites that tag, after Jinja's own whitespace handling (so
no line or blank changes), into

    {% if _gate_at(4) %}{{ _gate_open(4) }}…{{ _gate_close() }}{% endif %}

``_gate_at(n)`` is the old condition in a normal render; in the one marked render at the
highest level it is true and the other two write the markers of markup.gate around the
block, so that pipeline.fit_length can measure every level from that one render. An ``if``
with ``elif``/``else``, or any other use of ``c.density``, is left as it was (the draft
is then fitted by rendering each level; tests keep the built-in templates free of them).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

import jinja2.ext
from jinja2.lexer import Token, TokenStream

AT_NAME, OPEN_NAME, CLOSE_NAME = "_gate_at", "_gate_open", "_gate_close"


@dataclass
class _Tag:
    """One ``{% … %}``: where it starts and ends in the token list, and what it is."""

    start: int
    end: int  # index of its block_end
    name: str
    level: int | None = None  # for ``if c.density >= N``: N


@dataclass
class _Open:
    tag: _Tag
    branches: bool = False  # an elif or else belongs to it
    endif: _Tag | None = field(default=None)


class LengthGates(jinja2.ext.Extension):
    def filter_stream(self, stream: TokenStream) -> Iterable[Token]:
        tokens = list(stream)
        gates = _gates(tokens, _tags(tokens))
        if not gates:
            return tokens
        return list(_rewritten(tokens, gates))


def _tags(tokens: list[Token]) -> list[_Tag]:
    tags: list[_Tag] = []
    index = 0
    while index < len(tokens):
        if tokens[index].type == "block_begin":
            end = next(i for i in range(index, len(tokens)) if tokens[i].type == "block_end")
            inner = tokens[index + 1 : end]
            name = inner[0].value if inner and inner[0].type == "name" else ""
            tags.append(_Tag(index, end, name, _density_level(inner) if name == "if" else None))
            index = end
        index += 1
    return tags


def _density_level(inner: list[Token]) -> int | None:
    """N for exactly ``if c.density >= N`` (N may be negative), else None."""
    kinds = [(t.type, t.value) for t in inner]
    head = [("name", "if"), ("name", "c"), ("dot", "."), ("name", "density"), ("gteq", ">=")]
    if kinds[:5] != head:
        return None
    rest = inner[5:]
    sign = 1
    if rest and rest[0].type == "sub":
        sign, rest = -1, rest[1:]
    if len(rest) == 1 and rest[0].type == "integer":
        return sign * int(rest[0].value)
    return None


def _gates(tokens: list[Token], tags: list[_Tag]) -> list[_Open]:
    """The density ifs with no elif/else, each with its own endif."""
    stack: list[_Open | None] = []  # None stands for a for-loop (its else is its own)
    found: list[_Open] = []
    for tag in tags:
        if tag.name == "if":
            stack.append(_Open(tag))
        elif tag.name == "for":
            stack.append(None)
        elif tag.name in ("elif", "else") and stack and stack[-1] is not None:
            stack[-1].branches = True
        elif tag.name == "endfor" and stack:
            stack.pop()
        elif tag.name == "endif" and stack:
            opened = stack.pop()
            if opened is not None and opened.tag.level is not None and not opened.branches:
                opened.endif = tag
                found.append(opened)
    return found


def _rewritten(tokens: list[Token], gates: list[_Open]) -> Iterator[Token]:
    by_start = {gate.tag.start: gate for gate in gates}
    before_endif = {gate.endif.start for gate in gates if gate.endif is not None}
    index = 0
    while index < len(tokens):
        if index in before_endif:
            yield from _call(tokens[index].lineno, CLOSE_NAME, None)
        gate = by_start.get(index)
        if gate is None:
            yield tokens[index]
            index += 1
            continue
        line, level = tokens[index].lineno, gate.tag.level
        assert level is not None
        yield tokens[index]  # block_begin
        yield Token(line, "name", "if")
        yield from _call_expression(line, AT_NAME, level)
        yield tokens[gate.tag.end]  # block_end
        yield from _call(line, OPEN_NAME, level)
        index = gate.tag.end + 1


def _call_expression(line: int, name: str, level: int | None) -> Iterator[Token]:
    yield Token(line, "name", name)
    yield Token(line, "lparen", "(")
    if level is not None:
        if level < 0:
            yield Token(line, "sub", "-")
        yield Token(line, "integer", abs(level))  # type: ignore[arg-type]  # Jinja's own are ints
    yield Token(line, "rparen", ")")


def _call(line: int, name: str, level: int | None) -> Iterator[Token]:
    yield Token(line, "variable_begin", "{{")
    yield from _call_expression(line, name, level)
    yield Token(line, "variable_end", "}}")
