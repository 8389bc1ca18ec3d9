"""Example profiles, examples/ and the README stay honest."""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest

from speechdraft.cli import app
from speechdraft.pipeline import build_draft, validate_profile
from speechdraft.writers.text import to_text

ROOT = Path(__file__).resolve().parents[1]
PROFILES = sorted((ROOT / "profiles").glob("*.yaml"))


def test_there_are_example_profiles_of_four_kinds() -> None:
    kinds = {validate_profile(p).profile.kind for p in PROFILES}
    assert kinds >= {"leader_speech", "work_report", "concluding_remarks", "leading_group"}


@pytest.mark.parametrize("profile", PROFILES, ids=lambda p: p.stem)
def test_examples_are_up_to_date(profile: Path) -> None:
    """Fails after a template change until scripts/regen_examples.py is run."""
    draft = build_draft(profile)
    text = (ROOT / "examples" / f"{profile.stem}.txt").read_text(encoding="utf-8")
    assert text == to_text(draft.document), (
        "examples/ is stale: run python scripts/regen_examples.py"
    )
    document = docx.Document(str(ROOT / "examples" / f"{profile.stem}.docx"))
    # Line breaks inside a paragraph (balanced titles, headings) are layout, not text.
    docx_text = "\n".join(p.text.replace("\n", "") for p in document.paragraphs)
    for block in draft.document.blocks:
        assert block.text in docx_text


def test_every_example_gives_the_facts_its_draft_uses() -> None:
    # The shipped examples are what `check` must pass with no error (issue 11), so none
    # leaves a 【待补】; tests that need placeholders make a first-round profile of their own.
    counts = {p.stem: build_draft(p).placeholder_count for p in PROFILES}
    assert counts == dict.fromkeys(counts, 0)


def test_readme_quick_start_names_real_files_and_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for path in re.findall(r"profiles/[\w.-]+\.yaml", readme):
        assert (ROOT / path).is_file(), path
    commands = {c.name or c.callback.__name__ for c in app.registered_commands}
    for command in re.findall(r"(?:^|`|&& )speechdraft ([a-z]+)", readme, re.MULTILINE):
        assert command in commands, command
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    test_command = re.search(r"```sh\n(pip install[^\n]*\[test\][^\n]*)\n```", readme)
    assert test_command, "README must show the test command in a sh block"
    assert test_command.group(1).split("&&")[-1].strip() in ci


def test_every_command_has_chinese_help() -> None:
    for command in app.registered_commands:
        doc = command.callback.__doc__ or ""
        assert re.search(r"[\u4e00-\u9fff]", doc), command.callback.__name__


def test_workflow_examples_exist_and_are_current() -> None:
    from speechdraft.phrasebank import load_phrasebank
    from speechdraft.resources import builtin_templates_dir
    from speechdraft.returns.checklist import build_checklist
    from speechdraft.writers.text import checklist_to_text

    examples = ROOT / "examples"
    checklist = build_checklist(load_phrasebank(builtin_templates_dir()), "leader_speech")
    text = (examples / "材料清单-leader_speech.txt").read_text(encoding="utf-8")
    assert text == checklist_to_text(checklist)
    assert docx.Document(str(examples / "材料清单-leader_speech.docx")).tables
    review = docx.Document(str(examples / "county-leader-2025.审阅稿.docx"))
    assert "讨论稿" in review.sections[0].header.paragraphs[0].text
    reading = docx.Document(str(examples / "county-leader-2025.念稿版.docx"))
    assert reading.styles["Normal"].font.size.pt == 18
