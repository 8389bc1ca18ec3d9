"""Imports flow one way. The package is a house of rooms: the shared core at the root, then
intake → compose → writers/lint/returns, then pipeline, then the faces (cli, web). A room may
import only the rooms listed for it, and the core modules only the core modules listed."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "speechdraft"

CORE = {
    "arrangements",
    "arrangement_shapes",
    "collector",
    "datacache",
    "errors",
    "messages",
    "markup",
    "document",
    "numbering",
    "numerals",
    "lexicon",
    "genre",
    "figures",
    "phrasebank",
    "phrasefiles",
    "importcache",
    "resources",
    "datafile",
    "named",
    "shelf",
    "norms",
    "seasons",
    "situation",
    "specifics",
    "textfiles",
    "voice",
    "wordanswers",
    "yamltext",
}

# room → the rooms it may import (besides itself). The core is one room seen from outside.
ROOMS: dict[str, set[str]] = {
    "core": set(),
    "intake": {"core"},
    "compose": {"core", "intake"},
    "writers": {"core"},
    "lint": {"core"},
    "returns": {"core", "intake", "compose", "writers"},
    "merge": {"core", "intake", "compose", "writers", "lint"},
    "pipeline": {"core", "intake", "compose", "writers", "lint", "returns", "merge"},
    # `serve` starts the web face; the web face never imports the CLI.
    "cli": {"core", "intake", "writers", "pipeline", "web"},
    "web": {"core", "intake", "writers", "pipeline"},
    "__main__": {"cli"},
    "__init__": set(),
}

# Inside the core, each module may import only these: the core has no cycles either.
CORE_ALLOWED: dict[str, set[str]] = {
    # the collector's threshold while drafts are made (the batch's and each draft's)
    "collector": set(),
    "datacache": set(),
    "errors": set(),
    "messages": set(),
    "markup": set(),
    "document": set(),
    "numbering": set(),
    "numerals": set(),  # quantities in words said in figures (intake's normalisation)
    "resources": set(),
    "textfiles": set(),
    "yamltext": set(),
    "genre": set(),
    "figures": set(),
    "lexicon": {"genre", "markup"},  # 【待补：所属地级市委】 for an unnamed parent city (frame30)
    "phrasebank": {
        "datacache",
        "datafile",
        "errors",
        "genre",
        "lexicon",
        "messages",
        "named",
        "norms",
        "phrasefiles",  # deferred: only when the kept bank is stale (pydantic stays unloaded)
        "resources",
        "shelf",
        "situation",
        "voice",
        "wordanswers",
    },
    # the phrase files' reader and checker: builds the bank's dataclasses from the files
    "phrasefiles": {
        "datafile",
        "errors",
        "genre",
        "norms",
        "phrasebank",
        "situation",
        "voice",
    },
    "datafile": {"errors", "messages"},
    "importcache": {"datacache"},
    "norms": {"datacache", "datafile", "resources"},
    "named": {"datacache", "datafile", "errors", "resources"},
    # a wording's season and occasion tags, decided by the meeting's date, kind and name
    "seasons": {"norms"},  # season_topics.yaml (round ap: the season's must-say topics)
    "situation": {"seasons"},
    "specifics": set(),
    "arrangements": {"named"},
    # the positive list's shape check: a detector for tests and scripts, like arrangements
    "arrangement_shapes": {"arrangements", "genre", "resources"},
    # its level bars are read from norms/level_fit.yaml (town27)
    "voice": {"norms"},
    # the rules' answers kept with a bank; the rule modules it lists (RULE_MODULES) are
    # imported by name, deferred, only when a bank is read afresh (a render has them anyway)
    "wordanswers": {"datacache"},
    # a kept bank's areas, safeguards and frames, unpickled by need, their answers installed
    "shelf": {"wordanswers"},
}


def room_of(module: str) -> str:
    """speechdraft.compose.render → compose; speechdraft.errors → core."""
    head = module.split(".")[0]
    return "core" if head in CORE else head


def internal_imports(path: Path) -> set[str]:
    """Dotted module names below speechdraft that a file imports."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module == "speechdraft":
                found |= {alias.name for alias in node.names}
            elif node.module.startswith("speechdraft."):
                found.add(node.module.removeprefix("speechdraft."))
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("speechdraft."):
                    found.add(alias.name.removeprefix("speechdraft."))
    return found


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE).with_suffix("").parts
    return ".".join(parts)


def all_files() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def test_every_room_and_core_module_is_known() -> None:
    rooms = {room_of(module_name(path)) for path in all_files()}
    assert rooms <= set(ROOMS), rooms - set(ROOMS)
    top_level = {path.stem for path in PACKAGE.glob("*.py")}
    assert top_level - {"__init__", "__main__", "pipeline"} <= CORE
    assert {name for name in CORE_ALLOWED if (PACKAGE / f"{name}.py").exists()} == top_level - {
        "__init__",
        "__main__",
        "pipeline",
    }


def test_no_relative_imports() -> None:
    # Absolute imports keep every arrow visible to this test and to a reader.
    relative = [
        str(path.relative_to(PACKAGE))
        for path in all_files()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.ImportFrom) and node.level > 0
    ]
    assert relative == []


def test_rooms_import_only_the_rooms_below_them() -> None:
    violations: dict[str, list[str]] = {}
    for path in all_files():
        name = module_name(path)
        room = room_of(name)
        bad = sorted(
            target
            for target in internal_imports(path)
            if room_of(target) != room and room_of(target) not in ROOMS[room]
        )
        if bad:
            violations[name] = bad
    assert violations == {}


def test_core_modules_import_only_their_listed_neighbours() -> None:
    violations: dict[str, list[str]] = {}
    for name, allowed in CORE_ALLOWED.items():
        path = PACKAGE / f"{name}.py"
        if not path.exists():
            continue
        imported = {target.split(".")[0] for target in internal_imports(path)}
        if imported - allowed - {name}:
            violations[name] = sorted(imported - allowed - {name})
    assert violations == {}


def test_the_test_catches_a_wrong_arrow(tmp_path: Path) -> None:
    # A writer that reached up into the pipeline would be reported.
    sample = tmp_path / "bad.py"
    sample.write_text("from speechdraft.pipeline import build_draft\n", encoding="utf-8")
    targets = internal_imports(sample)
    assert targets == {"pipeline"}
    assert room_of("pipeline") not in ROOMS["writers"]


def test_help_does_not_import_heavy_modules() -> None:
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
