"""The pieces of a generated YAML file with comments (init, new, import): every value
written by PyYAML's emitter on one line, every comment kept on its line.

PyYAML cannot write comments, so the commented files are laid out line by line; what
makes that safe is that no value and no comment can span a line: a value with a line
break is double-quoted with the break escaped, a long one is never wrapped (PyYAML's
80-column wrapping breaks a `key: value` line into lines the loader reads back
differently), and a comment's own line breaks become spaces, so text from a draft or a
file name can never start a live YAML line such as ``kind: safety``.
"""

from __future__ import annotations

import re
import sys

import yaml

# Every character YAML or a text editor takes as the end of a line.
_LINE_BREAKS = re.compile("[\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]+")


def yaml_comment(text: str) -> str:
    """``# text`` on one line, whatever ``text`` holds."""
    return "# " + _LINE_BREAKS.sub(" ", text).rstrip()


def yaml_value(value: object) -> str:
    """``value`` as one line of YAML (flow style for lists and mappings)."""
    for style in (None, '"'):
        text = yaml.safe_dump(
            value,
            allow_unicode=True,
            default_flow_style=True,
            width=sys.maxsize,
            default_style=style,
        )
        text = text.strip().removesuffix("...").strip()
        if not _LINE_BREAKS.search(text):
            return text
    raise ValueError(f"cannot write {value!r} on one line")  # unreachable: '"' escapes breaks
