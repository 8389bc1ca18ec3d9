"""Word tracked changes written into the clerk's own paragraphs.

Edits are given on a paragraph's visible text (writers.record.visible_text). Runs are
split at the edit's ends, keeping their formatting; the runs in the range are wrapped in
w:del (their w:t become w:delText) and the new text goes in a w:ins right after, in a run
formatted like its neighbour, so the clerk's bold survives and the insertion reads like
the text around it. A paragraph deleted or inserted whole also marks its paragraph mark
(w:pPr/w:rPr/w:del or w:ins), as Word does, so accepting leaves no empty paragraph.
"""

from __future__ import annotations

import datetime
from copy import deepcopy
from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from speechdraft.merge.sentences import Edit
from speechdraft.writers.docx import PPR_ORDER, ordered_child
from speechdraft.writers.record import is_deleted

AUTHOR = "speechdraft"
INITIALS = "SD"
_TEXT_TAGS = {qn("w:t"), qn("w:br"), qn("w:cr"), qn("w:tab")}
# CT_ParaRPr: the revision marks come first, in this order.
_MARK_ORDER = ("ins", "del", "moveFrom", "moveTo")


class ChangeWriter:
    """Writes revisions into one document with one author, one date and fresh ids."""

    def __init__(self, docx: Any, now: datetime.datetime | None = None) -> None:
        self.docx = docx
        moment = now or datetime.datetime.now(datetime.UTC)
        self.date = moment.strftime("%Y-%m-%dT%H:%M:%SZ")
        self._next_id = _highest_id(docx.element) + 1

    def _revision(self, tag: str) -> Any:
        element = OxmlElement(f"w:{tag}")
        element.set(qn("w:id"), str(self._next_id))
        element.set(qn("w:author"), AUTHOR)
        element.set(qn("w:date"), self.date)
        self._next_id += 1
        return element

    def edit(self, paragraph: Any, edits: list[Edit]) -> None:
        """Applies ``edits`` (offsets in the paragraph's visible text) as revisions."""
        for item in sorted(edits, key=lambda e: (e.start, e.end), reverse=True):
            self._apply(paragraph, item)

    def _apply(self, paragraph: Any, item: Edit) -> None:
        _split_at(paragraph, item.end)
        _split_at(paragraph, item.start)
        spans = _text_runs(paragraph)
        inside = [
            run
            for run, start, end in spans
            if start >= item.start and end <= item.end and end > start
        ]
        before = [run for run, start, end in spans if end <= item.start]
        after = [run for run, start, end in spans if start >= item.end]
        anchor = None
        for run in inside:
            anchor = self._delete_run(run)
        if item.text:
            model = (
                inside[0] if inside else (before[-1] if before else (after[0] if after else None))
            )
            inserted = self._inserted_run(item.text, model)
            if anchor is not None:
                self._place(anchor, inserted, paragraph, after=True)
            elif before:
                self._place(before[-1], inserted, paragraph, after=True)
            elif after:
                self._place(after[0], inserted, paragraph, after=False)
            else:
                paragraph.append(inserted)

    def _place(self, node: Any, inserted: Any, paragraph: Any, *, after: bool) -> None:
        """Puts ``inserted`` beside ``node``; inside an earlier revision (a w:ins the
        clerk has not accepted yet) that revision is cut in two, so revisions never nest."""
        parent = node.getparent()
        if parent.tag not in (qn("w:ins"), qn("w:moveTo")):
            if after:
                node.addnext(inserted)
            else:
                node.addprevious(inserted)
            return
        moving = list(node.itersiblings()) if after else [node, *node.itersiblings()]
        if moving:
            second = deepcopy(parent)
            for child in list(second):
                second.remove(child)
            second.set(qn("w:id"), str(self._next_id))
            self._next_id += 1
            parent.addnext(second)
            for child in moving:
                second.append(child)
        self._place(parent, inserted, paragraph, after=True)

    def _delete_run(self, run: Any) -> Any:
        wrapper = self._revision("del")
        run.addprevious(wrapper)
        wrapper.append(run)
        for child in run:
            if child.tag == qn("w:t"):
                child.tag = qn("w:delText")
            elif child.tag == qn("w:instrText"):
                child.tag = qn("w:delInstrText")
        return wrapper

    def _inserted_run(self, text: str, model: Any) -> Any:
        wrapper = self._revision("ins")
        run = OxmlElement("w:r")
        if model is not None and model.find(qn("w:rPr")) is not None:
            run.append(deepcopy(model.find(qn("w:rPr"))))
        _set_text(run, text)
        wrapper.append(run)
        return wrapper

    def delete_paragraph(self, paragraph: Any) -> None:
        for run, start, end in _text_runs(paragraph):
            if end > start:
                self._delete_run(run)
        self._mark(paragraph, "del")

    def insert_paragraph(self, source: Any, *, after: Any = None, before: Any = None) -> Any:
        """A copy of ``source`` (a paragraph of the new render: its style, its runs'
        formatting) inserted after ``after`` (or before ``before``) as a tracked insertion."""
        paragraph = OxmlElement("w:p")
        if source.find(qn("w:pPr")) is not None:
            paragraph.append(deepcopy(source.find(qn("w:pPr"))))
        wrapper = self._revision("ins")
        for run in source.findall(qn("w:r")):
            if run.find(qn("w:commentReference")) is None:  # the render's own comments
                wrapper.append(deepcopy(run))  # live in its package, not the clerk's
        paragraph.append(wrapper)
        self._mark(paragraph, "ins")
        if after is not None:
            after.addnext(paragraph)
        else:
            before.addprevious(paragraph)
        return paragraph

    def _mark(self, paragraph: Any, kind: str) -> None:
        ppr = paragraph.find(qn("w:pPr"))
        if ppr is None:
            ppr = OxmlElement("w:pPr")
            paragraph.insert(0, ppr)
        rpr = ordered_child(ppr, "rPr", PPR_ORDER)
        mark = self._revision(kind)
        rank = _MARK_ORDER.index(kind)
        for child in rpr:
            local = child.tag.split("}")[-1]
            if local not in _MARK_ORDER or _MARK_ORDER.index(local) > rank:
                child.addprevious(mark)
                return
        rpr.append(mark)

    def comment(self, paragraph: Any, text: str) -> None:
        """A Word comment over the paragraph's visible runs (or its first run)."""
        runs = [run for run, start, end in _text_runs(paragraph) if end > start]
        if not runs:
            return
        owner = Paragraph(paragraph, self.docx._body)
        self.docx.add_comment(
            [Run(runs[0], owner), Run(runs[-1], owner)] if len(runs) > 1 else Run(runs[0], owner),
            text=text,
            author=AUTHOR,
            initials=INITIALS,
        )


def _highest_id(root: Any) -> int:
    highest = 0
    for element in root.iter():
        value = element.get(qn("w:id"))
        if value is not None and value.lstrip("-").isdigit():
            highest = max(highest, int(value))
    return max(highest, 10_000)  # clear of comment ids and bookmarks a save may renumber


def _text_runs(paragraph: Any) -> list[tuple[Any, int, int]]:
    """Visible runs with their [start, end) in the visible text."""
    spans = []
    position = 0
    for run in paragraph.iter(qn("w:r")):
        if is_deleted(run, paragraph):
            continue
        length = sum(_length(child) for child in run)
        spans.append((run, position, position + length))
        position += length
    return spans


def _length(child: Any) -> int:
    if child.tag == qn("w:t"):
        return len(child.text or "")
    return 1 if child.tag in _TEXT_TAGS else 0


def _split_at(paragraph: Any, offset: int) -> None:
    """Makes ``offset`` fall between two runs (a run with several text children is first
    cut into one run per child)."""
    for run, start, end in _text_runs(paragraph):
        if start < offset < end:
            pieces = _one_child_runs(run)
            position = start
            for piece in pieces:
                length = sum(_length(child) for child in piece)
                if position < offset < position + length:
                    _cut(piece, offset - position)
                    return
                position += length
            return


def _one_child_runs(run: Any) -> list[Any]:
    contents = [child for child in run if child.tag != qn("w:rPr")]
    if len([c for c in contents if _length(c)]) <= 1:
        return [run]
    pieces = []
    rpr = run.find(qn("w:rPr"))
    anchor = run
    for child in contents:
        piece = OxmlElement("w:r")
        if rpr is not None:
            piece.append(deepcopy(rpr))
        piece.append(child)
        anchor.addnext(piece)
        anchor = piece
        pieces.append(piece)
    run.getparent().remove(run)
    return pieces


def _cut(run: Any, at: int) -> None:
    text_element = run.find(qn("w:t"))
    text = text_element.text or ""
    second = deepcopy(run)
    _set_text(run, text[:at], replace=True)
    _set_text(second, text[at:], replace=True)
    run.addnext(second)


def _set_text(run: Any, text: str, replace: bool = False) -> None:
    element = run.find(qn("w:t")) if replace else None
    if element is None:
        element = OxmlElement("w:t")
        run.append(element)
    element.text = text
    element.set(qn("xml:space"), "preserve")
