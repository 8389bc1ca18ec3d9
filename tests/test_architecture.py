"""Imports flow one way: cli → pipeline → stages → core. Nothing imports cli or pipeline."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "speechdraft"

ALLOWED: dict[str, set[str]] = {
    # entry
    "__main__": {"cli"},
    "cli": {
        "pipeline",
        "errors",
        "fonts",
        "layout",
        "lexicon",
        "messages",
        "output",
        "pdf",
        "phrasebank",
        "resources",
        "schema",
        "skeleton",
        "text_writer",
    },
    # orchestration
    "pipeline": {
        "checks",
        "importer",
        "outline",
        "reader",
        "checklist",
        "context",
        "document",
        "docx_writer",
        "errors",
        "messages",
        "output",
        "phrasebank",
        "profile",
        "render",
        "resources",
        "schema",
        "skeleton",
        "structure",
        "text_writer",
    },
    # stages
    "profile": {"errors", "lexicon", "messages", "yamlfile"},
    "yamlfile": {"errors", "markup", "messages"},
    "context": {"lexicon", "phrasebank", "profile"},
    "render": {"context", "errors", "markup", "phrasebank", "sandbox"},
    "sandbox": {"errors"},
    "structure": {"document", "errors", "markup", "numbering"},
    "docx_writer": {"document", "layout", "output"},
    "text_writer": {"document"},
    "schema": {"profile"},
    "skeleton": {"lexicon", "phrasebank", "profile"},
    "checklist": {"context", "errors", "lexicon", "messages", "phrasebank", "profile", "skeleton"},
    "pdf": {"errors"},
    "reader": {"errors"},
    "outline": {"reader"},
    "checks": {"lexicon", "outline", "reader"},
    "importer": {"checks", "lexicon", "outline", "phrasebank", "reader"},
    "fonts": {"layout"},
    # core
    "phrasebank": {"errors"},
    "output": {"errors"},
    "markup": set(),
    "document": set(),
    "numbering": set(),
    "lexicon": set(),
    "layout": set(),
    "resources": set(),
    "messages": set(),
    "errors": set(),
    "__init__": set(),
}


def internal_imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.ImportFrom)
            and node.module
            and node.module.startswith("speechdraft")
        ):
            rest = node.module.removeprefix("speechdraft").lstrip(".")
            if rest:
                found.add(rest.split(".")[0])
            else:
                found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("speechdraft."):
                    found.add(alias.name.split(".")[1])
    return found


def modules() -> dict[str, list[Path]]:
    """Each module of the package by name; the cli subpackage counts as one module, cli."""
    found: dict[str, list[Path]] = {path.stem: [path] for path in PACKAGE.glob("*.py")}
    found["cli"] = sorted((PACKAGE / "cli").glob("*.py"))
    return found


def test_every_module_is_listed() -> None:
    assert set(modules()) == set(ALLOWED)


def test_imports_follow_the_layers() -> None:
    violations = {}
    for name, paths in modules().items():
        imported = set().union(*(internal_imports(path) for path in paths)) - {"cli"}
        if imported - ALLOWED[name]:
            violations[name] = sorted(imported - ALLOWED[name])
    assert violations == {}


def test_help_does_not_import_heavy_modules() -> None:
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from typer.testing import CliRunner\n"
        "from speechdraft.cli import app\n"
        "r = CliRunner().invoke(app, ['--help'])\n"
        "assert r.exit_code == 0\n"
        "print(sorted(m for m in ('docx', 'jinja2', 'pydantic', 'yaml') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
