"""The three-way merge of a draft: base = what was generated (the record), theirs = the
clerk's edited document, ours = the new render. The result is the clerk's document with
every change the update made written as a tracked change, so nothing is decided silently.

Heading numbers and announced counts (讲三点意见) are compared without their numerals and
recomputed once the paragraphs are merged: a dropped priority renumbers the clerk's own
edited headings too, and 三点 becomes 两点 wherever the clerk left that sentence.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from docx.oxml.ns import qn

from speechdraft.errors import SpeechdraftError
from speechdraft.lint.outline import ANNOUNCE_PATTERNS, match_heading
from speechdraft.lint.reader import FileRefused, open_docx_package
from speechdraft.merge.align import pair_by_id, pair_by_text
from speechdraft.merge.sentences import Edit, merge_sentences, sentence_edits
from speechdraft.merge.tracked import ChangeWriter
from speechdraft.numbering import SCHEMES, chinese_count, heading_number, numeral_value
from speechdraft.writers.record import DraftRecord, record_xml, replace_record, visible_text

CONFLICT_NOTE = (
    "冲突：您改过这一段，新的会议信息也改动了它。上面是您的文字（原样保留），"
    "下面是按新会议信息生成的文字（修订插入）。请保留其一，删除另一段。"
)
DROPPED_NOTE = (
    "按新的会议信息，这一段已不再需要（新稿中没有它），但您改过它，所以原样保留："
    "如不再需要，请删除这一段。"
)
RESTORED_NOTE = (
    "您删去了这一段，但新的会议信息改动了它，这是新生成的文字（修订插入）："
    "如仍不需要，拒绝这处修订即可。"
)
UNRECORDED_NOTE = (
    "这份稿子没有生成记录，无法分辨哪些是您的修改：这一处按新生成的稿子标出，请逐条审阅。"
)
EXCERPT_CHARS = 24


@dataclass
class MergeSummary:
    unchanged: int = 0
    kept: int = 0  # the clerk's words stand where the new render did not change
    updated: int = 0  # paragraphs the update changed, inserted or deleted (tracked)
    merged: int = 0  # the clerk and the new render changed different sentences
    conflicts: int = 0
    renumbered: int = 0
    recounted: int = 0
    conflict_places: list[str] = field(default_factory=list)


@dataclass
class _Version:
    """One version's non-empty paragraphs: elements, texts, texts without heading numbers."""

    elements: list[Any]
    texts: list[str]

    @property
    def cores(self) -> list[str]:
        return [_core(text) for text in self.texts]


def open_draft(path: Path) -> Any:
    """A .docx opened for merging, after the reader's checks (size, zip, encryption)."""
    import docx
    from lxml import etree  # type: ignore[import-untyped]

    if path.suffix.lower() != ".docx":
        raise SpeechdraftError(
            f"无法读取 {path}：update 和 diff 只处理 .docx 稿子（.doc 请先在 Word/WPS 中另存为 .docx）"
        )
    try:
        with open_docx_package(path):
            pass
        return docx.Document(str(path))
    except FileRefused as exc:
        raise SpeechdraftError(f"无法读取 {path}：{exc.reason}") from None
    except (etree.XMLSyntaxError, KeyError, ValueError) as exc:
        raise SpeechdraftError(
            f"无法读取 {path}：文件内容已损坏或不完整（{type(exc).__name__}），"
            "请在 Word 或 WPS 中打开它，“另存为” .docx 后再试"
        ) from None


def _core(text: str) -> str:
    """A paragraph without its heading number: 二、 and 三、 are the same heading."""
    found = match_heading(text)
    return text[found[1].end() :] if found else text


def _prefix_length(text: str) -> int:
    found = match_heading(text)
    return found[1].end() if found else 0


def body_paragraphs(docx: Any) -> _Version:
    elements = [p for p in docx.element.body.findall(qn("w:p")) if visible_text(p).strip()]
    return _Version(elements, [visible_text(p) for p in elements])


def merge_update(
    theirs_docx: Any, base: DraftRecord, ours_docx: Any, ours_record: DraftRecord
) -> MergeSummary:
    """Merges into ``theirs_docx`` (changed in place) and gives it the new render's record."""
    theirs = body_paragraphs(theirs_docx)
    ours = body_paragraphs(ours_docx)
    base_texts = [p.text for p in base.paragraphs]
    base_cores = [_core(t) for t in base_texts]
    ours_ids = [p.id for p in ours_record.paragraphs][: len(ours.texts)]
    t_of = {b: t for t, b in pair_by_text(theirs.cores, base_cores).items()}
    o_of = pair_by_id([p.id for p in base.paragraphs], base_cores, ours_ids, ours.cores)
    writer = ChangeWriter(theirs_docx)
    summary = MergeSummary()
    placed: dict[int, Any] = {}
    offered: set[Any] = set()
    for b, base_core in enumerate(base_cores):
        if b in t_of:
            placed[b] = _merge_paragraph(
                writer, summary, offered, base_core, theirs, t_of[b], ours, o_of.get(b)
            )
    first = theirs.elements[0] if theirs.elements else None
    _insert_from_render(writer, summary, offered, placed, base_cores, t_of, o_of, ours, first)
    summary.kept += len(theirs.texts) - len(t_of)  # paragraphs the clerk added
    summary.renumbered, summary.recounted = renumber(theirs_docx, writer, base.numbering, offered)
    replace_record(theirs_docx, record_xml(ours_record))
    return summary


def _merge_paragraph(
    writer: ChangeWriter,
    summary: MergeSummary,
    offered: set[Any],
    base_core: str,
    theirs: _Version,
    t: int,
    ours: _Version,
    o: int | None,
) -> Any:
    """One generated paragraph the clerk's document still has; returns the element that
    stands for it (the clerk's, or the new text offered after it)."""
    element, theirs_core = theirs.elements[t], theirs.cores[t]
    shift = _prefix_length(theirs.texts[t])
    if o is None:
        if theirs_core == base_core:
            writer.delete_paragraph(element)
            summary.updated += 1
        else:
            writer.comment(element, DROPPED_NOTE)
            _conflict(summary, theirs.texts[t])
        return element
    ours_core = ours.cores[o]
    if theirs_core == base_core and ours_core == base_core:
        summary.unchanged += 1
    elif theirs_core == base_core:
        writer.edit(element, _shifted(sentence_edits(theirs_core, ours_core), shift))
        summary.updated += 1
    elif ours_core in (base_core, theirs_core):
        summary.kept += 1
    else:
        edits = merge_sentences(base_core, theirs_core, ours_core)
        if edits is not None:
            writer.edit(element, _shifted(edits, shift))
            summary.merged += 1
            return element
        offer = writer.insert_paragraph(ours.elements[o], after=element)
        offered.add(offer)
        writer.comment(offer, CONFLICT_NOTE)
        _conflict(summary, theirs.texts[t])
        return offer
    return element


def _shifted(edits: list[Edit], shift: int) -> list[Edit]:
    return [Edit(e.start + shift, e.end + shift, e.text) for e in edits]


def _conflict(summary: MergeSummary, text: str) -> None:
    summary.conflicts += 1
    excerpt = text if len(text) <= EXCERPT_CHARS else text[:EXCERPT_CHARS] + "……"
    summary.conflict_places.append(excerpt)


def _insert_from_render(
    writer: ChangeWriter,
    summary: MergeSummary,
    offered: set[Any],
    placed: dict[int, Any],
    base_cores: list[str],
    t_of: dict[int, int],
    o_of: dict[int, int],
    ours: _Version,
    first: Any,
) -> None:
    """Walks the new render in order: its new paragraphs go in after the place of the
    paragraph before them; a paragraph the clerk deleted stays deleted unless the new
    render changed it (then it comes back, marked and explained)."""
    b_of = {o: b for b, o in o_of.items()}
    last: Any = None
    for o, element in enumerate(ours.elements):
        b = b_of.get(o)
        if b is not None and b in placed:
            last = placed[b]
            continue
        if b is not None and b not in t_of and ours.cores[o] == base_cores[b]:
            continue  # the clerk deleted it and nothing new was said there
        if last is None and first is None:
            continue  # nothing of the draft is left to place it by
        last = writer.insert_paragraph(element, after=last, before=first)
        if b is not None:
            offered.add(last)
            writer.comment(last, RESTORED_NOTE)
            _conflict(summary, ours.texts[o])
        else:
            summary.updated += 1


def renumber(
    docx: Any,
    writer: ChangeWriter,
    scheme: str,
    skip: AbstractSet[Any] = frozenset(),
) -> tuple[int, int]:
    """Makes heading numbers run in order and announced counts match the headings, as
    the document reads with every change accepted; returns (renumbered, recounted)."""
    live = [p for p in docx.element.body.findall(qn("w:p")) if not _mark_deleted(p)]
    headings = _heading_levels(live, skip)
    renumbered = _renumber_headings(writer, live, headings, _scheme(scheme))
    recounted = _recount(writer, live, headings, skip)
    return renumbered, recounted


def _mark_deleted(paragraph: Any) -> bool:
    rpr = paragraph.find(qn("w:pPr") + "/" + qn("w:rPr"))
    return rpr is not None and rpr.find(qn("w:del")) is not None and not visible_text(paragraph)


def _heading_levels(live: list[Any], skip: AbstractSet[Any]) -> dict[int, int]:
    """paragraph index → heading level, for the headings the document counts."""
    levels: dict[int, int] = {}
    for index, paragraph in enumerate(live):
        found = match_heading(visible_text(paragraph))
        if found and paragraph not in skip:
            levels[index] = found[0].level
    return levels


def _renumber_headings(
    writer: ChangeWriter, live: list[Any], headings: dict[int, int], scheme: str
) -> int:
    counters = [0] * len(SCHEMES[scheme])
    last_number: dict[int, str] = {}
    changed = 0
    for index, paragraph in enumerate(live):
        text = visible_text(paragraph)
        found = match_heading(text)
        if found is None:
            continue
        level = found[0].level
        if index in headings:
            counters[level - 1] += 1
            for deeper in range(level, len(counters)):
                counters[deeper] = 0
            last_number[level] = heading_number(scheme, level, counters[level - 1])
        expected = last_number.get(level)  # an offered alternative takes its twin's number
        current = text[: found[1].end()].rstrip()
        if expected and current != expected:
            writer.edit(paragraph, [Edit(0, len(current), expected)])
            changed += 1
    return changed


def _recount(
    writer: ChangeWriter, live: list[Any], headings: dict[int, int], skip: AbstractSet[Any]
) -> int:
    changed = 0
    for index, paragraph in enumerate(live):
        if paragraph in skip:
            continue
        text = visible_text(paragraph)
        edits = []
        for scope, regex in ANNOUNCE_PATTERNS:
            for match in regex.finditer(text):
                edit = _count_edit(match, _counted(headings, index, scope))
                if edit is not None:
                    edits.append(edit)
        if edits:
            writer.edit(paragraph, _distinct(edits))
            changed += 1
    return changed


def _count_edit(match: re.Match[str], actual: int) -> Edit | None:
    """The count word of an announcement set to ``actual`` (3点 stays in digits; 讲几点
    says no number and is left alone)."""
    group = next((i for i in range(1, len(match.groups()) + 1) if match.group(i)), None)
    if group is None or not actual:
        return None
    word = match.group(group)
    if word == "几":
        return None
    announced = int(word) if word.isdigit() else numeral_value(word)
    if announced == actual:
        return None
    new = str(actual) if word.isdigit() else chinese_count(actual)
    return Edit(match.start(group), match.end(group), new)


def _distinct(edits: list[Edit]) -> list[Edit]:
    seen: dict[tuple[int, int], Edit] = {}
    for edit in edits:
        seen.setdefault((edit.start, edit.end), edit)
    return list(seen.values())


def _counted(headings: dict[int, int], index: int, scope: str) -> int:
    after = [(i, level) for i, level in sorted(headings.items()) if i > index]
    if scope == "parts":
        return sum(1 for _, level in after if level == 1)
    count = 0
    for _, level in after:
        if level == 1:
            break
        count += level == 2
    return count


@dataclass
class DiffSummary:
    unchanged: int = 0
    changed: int = 0
    deleted: int = 0
    added: int = 0


def mark_differences(old_docx: Any, new_docx: Any, note: str | None = None) -> DiffSummary:
    """Writes into ``old_docx`` the tracked changes that turn it into ``new_docx``,
    sentence by sentence; with ``note``, every changed paragraph also gets that comment."""
    old, new = body_paragraphs(old_docx), body_paragraphs(new_docx)
    pairs = pair_by_text(old.texts, new.texts)
    writer = ChangeWriter(old_docx)
    summary = DiffSummary()
    for i, element in enumerate(old.elements):
        j = pairs.get(i)
        if j is None:
            writer.delete_paragraph(element)
            summary.deleted += 1
        elif old.texts[i] == new.texts[j]:
            summary.unchanged += 1
            continue
        else:
            writer.edit(element, sentence_edits(old.texts[i], new.texts[j]))
            summary.changed += 1
        if note:
            writer.comment(element, note)
    old_of = {j: i for i, j in pairs.items()}
    last: Any = None
    first = old.elements[0] if old.elements else old_docx.element.body.find(qn("w:sectPr"))
    for j, element in enumerate(new.elements):
        if j in old_of:
            last = old.elements[old_of[j]]
            continue
        if last is None and first is None:
            continue  # a package with no body at all: nothing to mark against
        last = writer.insert_paragraph(element, after=last, before=first)
        summary.added += 1
        if note:
            writer.comment(last, note)
    return summary


def _scheme(recorded: str) -> str:
    """The numbering scheme a record names ("outline" was the directive style's old name)."""
    recorded = {"outline": "directive"}.get(recorded, recorded)
    return recorded if recorded in SCHEMES else "standard"
