"""What the draft-reading tests share: a rendered Document read back as sections (each
heading's title → the text under it) or as its spoken paragraphs or lines."""

from __future__ import annotations

from speechdraft.document import Document, Heading
from speechdraft.pipeline import build_draft_from_text


def section_texts(document: Document) -> dict[str, str]:
    """Each heading's title → the text under it, up to the next heading."""
    sections: dict[str, str] = {}
    title = ""
    for block in document.blocks:
        if isinstance(block, Heading):
            title = block.title
            sections[title] = "".join(r.text for r in block.body)
        elif title:
            sections[title] += block.text
    return sections


def spoken_paragraphs(document: Document) -> list[str]:
    """The draft's paragraphs as spoken, headings' titles left out (a run-in heading's
    paragraph keeps its body)."""
    return [
        "".join(run.text for run in block.body) if isinstance(block, Heading) else block.text
        for block in document.blocks
    ]


def spoken_lines_of(profile: str, seed: int) -> list[str]:
    """The spoken lines of the draft of a profile given as YAML text, at ``seed``."""
    draft = build_draft_from_text(profile, "会议信息.yaml", seed=seed)
    return list(draft.document.spoken_lines())
