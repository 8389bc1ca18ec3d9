"""The command line: Chinese help, exit codes 0 (成功) / 1 (检查发现问题) / 2 (输入或用法有误).

One module per group of commands; each registers its commands on the shared typer app.
Heavy modules (python-docx, Jinja2, pydantic) are imported inside the commands, so
``speechdraft --help`` answers at once.
"""

from __future__ import annotations

from importlib import import_module

from speechdraft.cli._shared import EXIT_BAD_INPUT, EXIT_FINDINGS, EXIT_OK, app

__all__ = ["EXIT_BAD_INPUT", "EXIT_FINDINGS", "EXIT_OK", "app", "main"]

# Importing a group registers its commands; this order is the order of `speechdraft --help`.
for _group in (
    "draft_commands",
    "workflow_commands",
    "questionnaire_commands",
    "catalogue_commands",
    "returns_commands",
    "lint_commands",
    "merge_commands",
    "web_commands",
):
    import_module(f"speechdraft.cli.{_group}")


def main() -> None:
    """Entry point of the ``speechdraft`` command: the group's ``main`` is the boundary
    (Chinese usage errors, Ctrl-C/SIGTERM/SIGHUP, a full standard output)."""
    app()
