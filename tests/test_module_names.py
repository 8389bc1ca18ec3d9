"""A module-level name is bound once: a second binding of the same name (a pattern written
again further down under a name already taken) silently replaces the first for every use above
it too (stop 61: weave's second _DATE_FIRST, a pattern that matched every text, answered a
question the first was written for; a second _PERMITTED dropped 可决定停课)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "speechdraft"


def _bound_twice(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: Counter[str] = Counter()
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
    return sorted(name for name, count in names.items() if count > 1)


def test_no_module_binds_a_name_twice() -> None:
    twice = {
        str(path.relative_to(SRC)): names
        for path in sorted(SRC.rglob("*.py"))
        if (names := _bound_twice(path))
    }
    assert not twice, twice


def test_the_check_sees_a_second_binding(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text("import re\nA = re.compile('a')\n\n\ndef f():\n    return A\n\n\nA = 1\n")
    assert _bound_twice(module) == ["A"]
