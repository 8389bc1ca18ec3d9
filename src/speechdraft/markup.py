"""Text conventions shared by the stages: the literal markers render.py writes around
profile text and structure.py honours, and the characters a .docx cannot hold."""

from __future__ import annotations

import re

# Private-use code points: profile text between them is printed, never parsed as markup.
LITERAL_OPEN = "\ue000"
LITERAL_CLOSE = "\ue001"

# XML 1.0 refuses these; python-docx would fail on them in the middle of writing a file.
XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def plain(text: str) -> str:
    """Text without the literal markers."""
    return text.replace(LITERAL_OPEN, "").replace(LITERAL_CLOSE, "")
