"""The markup vocabulary shared by the stages: the tokens templates write (⟦enum⟧,
⟦count:parts⟧, ⟦fact:标签:单位⟧ …) and structure.py reads, the literal markers around
profile text, the 【待补：…】 placeholder a missing fact becomes, and the characters a
.docx cannot hold. One definition each, so writer and reader cannot drift apart."""

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


# Tokens: ⟦name⟧ or ⟦name:argument⟧, written by templates and render.py, read by structure.py.
TOKEN_OPEN, TOKEN_CLOSE = "⟦", "⟧"
TOKEN = re.compile(r"⟦([a-z]+)(?::([^⟧]*))?⟧")
ENUM = "⟦enum⟧"  # 一是/二是… within one paragraph
ITEM = "⟦item⟧"  # 一是/二是… across the paragraphs under one heading
RUN_IN = "⟦run⟧"  # a heading's run-in body starts here


def count_token(scope: str) -> str:
    """⟦count:parts⟧ (top-level parts) or ⟦count:sections⟧ (headings in this part)."""
    return f"{TOKEN_OPEN}count:{scope}{TOKEN_CLOSE}"


def fact_token(label: str, unit: str = "") -> str:
    """The token of a missing fact; a label cannot break the token's own syntax."""
    clean = label.replace(TOKEN_OPEN, "").replace(TOKEN_CLOSE, "").replace(":", "：")
    return f"{TOKEN_OPEN}fact:{clean}:{unit}{TOKEN_CLOSE}"


# What a missing fact becomes in the draft, highlighted; check finds what is left of them.
PLACEHOLDER_PATTERN = r"【待补[^】]*】"


def placeholder_text(label: str, unit: str = "") -> str:
    return f"【待补：{label}（{unit}）】" if unit else f"【待补：{label}】"
