"""update and diff: the clerk's edits merged with a new render, as Word tracked changes.

The drafts are edited with python-docx the ways clerks edit them (rewrite a sentence,
delete, add, reorder, bold a heading, comment, accept some changes), the profile is
changed the ways meetings change (a figure, a dropped priority, a date, a speaker), and
the result is read back paragraph by paragraph in two views: every revision accepted
(what the update proposes) and every revision rejected (what the clerk had).
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import re
import shutil
import subprocess
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml.ns import qn
from lxml import etree

from speechdraft.merge.sentences import Edit, merge_sentences, sentence_edits, split_sentences
from speechdraft.merge.update import CONFLICT_NOTE, DROPPED_NOTE, RESTORED_NOTE, UNRECORDED_NOTE
from speechdraft.pipeline import build_draft, update_draft, write_draft
from speechdraft.writers.record import NAMESPACE, find_record
from test_real_client import order_problems

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
needs_office = pytest.mark.skipif(not SOFFICE, reason="LibreOffice (soffice) is needed")

PRIORITIES = [
    {"area": "项目建设", "facts": {"续建项目数": 6, "新建项目数": 4, "总投资": 23500}},
    {"area": "学前教育", "facts": {"普惠性幼儿园覆盖率": 91.5}},
    {"area": "校园安全"},
]
# The meeting's most common change: one figure of one priority (91.5 → 93).
NEW_COVERAGE = [
    PRIORITIES[0],
    {"area": "学前教育", "facts": {"普惠性幼儿园覆盖率": 93}},
    PRIORITIES[2],
]
CLERK_SENTENCE = "成绩来之不易，凝聚着全县教育工作者的心血和汗水。"
CLERK_PARAGRAPH = "各乡镇要把教育经费足额列入预算，不得挤占挪用，这是一条硬杠杠。"
CLERK_WORDS = "，确保见到实效"  # a clerk's words added to a heading
# A new speaker in the tests keeps the title: another title is another role, which changes
# whom the speech may direct and so its sentences (voice.py), not only the speaker line.
ISO_DATE = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")


# --- reading a result in its two views ------------------------------------------------


def _inside(element: Any, tags: tuple[str, ...], stop: Any) -> bool:
    node = element.getparent()
    while node is not None and node is not stop:
        if node.tag in tags:
            return True
        node = node.getparent()
    return False


def view(paragraph: Any, accepted: bool) -> str:
    """The paragraph's text with every revision accepted, or every one rejected."""
    hidden = (qn("w:del"),) if accepted else (qn("w:ins"),)
    out = []
    for run in paragraph.iter(qn("w:r")):
        if _inside(run, hidden, paragraph):
            continue
        for child in run:
            if child.tag in (qn("w:t"), qn("w:delText")):
                out.append(child.text or "")
            elif child.tag == qn("w:br"):
                out.append("\n")
    return "".join(out)


def _mark(paragraph: Any, kind: str) -> bool:
    rpr = paragraph.find(f"{qn('w:pPr')}/{qn('w:rPr')}")
    return rpr is not None and rpr.find(qn(f"w:{kind}")) is not None


def texts(path: Path, accepted: bool) -> list[str]:
    """The body's non-empty paragraphs in one view; a paragraph whose mark is tracked as
    inserted (deleted) is absent when rejecting (accepting)."""
    body = docx.Document(str(path)).element.body
    result = []
    for paragraph in body.findall(qn("w:p")):
        if _mark(paragraph, "del" if accepted else "ins"):
            continue
        text = view(paragraph, accepted)
        if text.strip():
            result.append(text)
    return result


def plain_texts(path: Path) -> list[str]:
    return [p.text for p in docx.Document(str(path)).paragraphs if p.text.strip()]


def revisions(path: Path) -> list[Any]:
    root = etree.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    return [e for e in root.iter(qn("w:ins"), qn("w:del")) if e.getparent().tag != qn("w:rPr")]


def comments(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as package:
        if "word/comments.xml" not in package.namelist():
            return []
        root = etree.fromstring(package.read("word/comments.xml"))
    return ["".join(c.itertext()) for c in root.iter(qn("w:comment"))]


def revised_text(path: Path, tag: str) -> str:
    return "".join("".join(e.itertext()) for e in revisions(path) if e.tag == qn(tag))


def figure_before(paragraphs: list[str]) -> str:
    return next(p for p in paragraphs if "91.5" in p)


def paragraph_of(paragraphs: list[str], start: str) -> str:
    found = [p for p in paragraphs if p.startswith(start)]
    assert len(found) == 1, (start, found)
    return found[0]


# --- making and editing drafts --------------------------------------------------------


@pytest.fixture(scope="module")
def rendered(tmp_path_factory) -> tuple[Path, Path]:
    """One rendered draft of the base profile (rendering is the slow part): its profile
    and .docx. Tests copy the .docx before editing it."""
    import yaml

    from conftest import BASE_PROFILE

    folder = tmp_path_factory.mktemp("merge")
    profile = folder / "会议信息.yaml"
    profile.write_text(yaml.safe_dump(BASE_PROFILE, allow_unicode=True), encoding="utf-8")
    draft = folder / "讲话稿.docx"
    write_draft(build_draft(profile), draft)
    return profile, draft


@dataclass(frozen=True)
class Marks:
    """Where the base draft's landmarks are, read off the draft itself (the phrase bank's
    wording is not the tests' business): the start of the paragraph with the preschool
    figure, and the three key tasks' headings in part two, with and without their numbers."""

    figure: str
    headings: tuple[str, str, str]

    body_starts: tuple[str, str, str] = ("", "", "")
    review_close: str = ""  # the paragraph after the review's figures (no profile value)
    problems_close: str = ""  # the paragraph after the list of problems
    tasks_lead: str = ""  # the paragraph announcing how many key tasks follow
    safeguards_lead: str = ""  # the first paragraph of part three

    def title(self, index: int) -> str:
        return self.headings[index][3:]

    def body(self, index: int) -> str:
        """The start of the first paragraph under the task's heading."""
        return self.body_starts[index]


@pytest.fixture(scope="module")
def marks(rendered) -> Marks:
    paragraphs = plain_texts(rendered[1])
    figure = next(p for p in paragraphs if "91.5%" in p)
    start = figure[:10]
    assert sum(1 for p in paragraphs if p.startswith(start)) == 1
    part_two = paragraphs[paragraphs.index(next(p for p in paragraphs if p.startswith("二、"))) :]
    headings = [p for p in part_two if re.match("（[一二三]）", p)][:3]
    assert [h[:3] for h in headings] == ["（一）", "（二）", "（三）"]
    bodies = [paragraphs[paragraphs.index(h) + 1][:10] for h in headings]

    def after(paragraph: str) -> str:
        return paragraphs[paragraphs.index(paragraph) + 1][:8]

    part_three = next(p for p in paragraphs if p.startswith("三、"))
    tasks_lead = paragraphs[paragraphs.index(headings[0]) - 1]
    assert "三个方面" in tasks_lead
    found = Marks(
        start,
        (headings[0], headings[1], headings[2]),
        (bodies[0], bodies[1], bodies[2]),
        review_close=after(next(p for p in paragraphs if "1.2亿元" in p)),
        problems_close=after(next(p for p in paragraphs if "学位仍然紧张" in p)),
        tasks_lead=tasks_lead[:6],
        safeguards_lead=after(part_three),
    )
    landmarks = (found.review_close, found.problems_close, found.tasks_lead, found.safeguards_lead)
    assert all(sum(1 for p in paragraphs if p.startswith(m)) == 1 for m in landmarks)
    return found


@pytest.fixture
def edited(rendered, tmp_path) -> Path:
    target = tmp_path / "已改稿.docx"
    shutil.copy(rendered[1], target)
    return target


def edit(path: Path, change) -> None:  # type: ignore[no-untyped-def]
    document = docx.Document(str(path))
    change(document)
    document.save(str(path))


def find(document: Any, start: str) -> Any:
    found = [p for p in document.paragraphs if p.text.startswith(start)]
    assert len(found) == 1, start
    return found[0]


def rewrite_opening_of(start: str):  # type: ignore[no-untyped-def]
    """The clerk puts a sentence of their own before the paragraph starting with ``start``."""

    def change(document: Any) -> None:
        paragraph = find(document, start)
        paragraph.runs[0].text = CLERK_SENTENCE + paragraph.runs[0].text

    return change


# --- the record -------------------------------------------------------------------------


def test_every_rendered_docx_records_its_making(rendered) -> None:
    profile, draft = rendered
    record = find_record(docx.Document(str(draft)))
    assert record is not None
    assert record.source.profile_text == profile.read_text(encoding="utf-8")
    assert record.profile_sha256 == hashlib.sha256(profile.read_bytes()).hexdigest()
    assert record.source.profile_name == "会议信息.yaml"
    assert record.source.version == importlib.metadata.version("speechdraft")
    assert record.source.copy == "draft" and record.numbering == "standard"
    ids = [p.id for p in record.paragraphs]
    assert len(ids) == len(set(ids))
    # the generated paragraphs, in order, are exactly the document's non-empty ones
    assert [p.text for p in record.paragraphs] == plain_texts(draft)
    headings = {p.text: p.id for p in record.paragraphs if p.kind == "heading"}
    safety = next(text for text in headings if "安全" in text and text.startswith("（三）"))
    # ids name the heading by title, not number: a dropped priority leaves them alone
    part, _, title = headings[safety].partition("/")
    assert title == safety[3:] and part and part in {t[2:] for t in headings}
    assert any(pid.endswith("/u1") for pid in ids) and ids[0] == "title"


def test_ids_survive_a_dropped_priority(rendered, write_profile, tmp_path) -> None:
    dropped = write_profile(priorities=[PRIORITIES[0], PRIORITIES[2]])
    other = tmp_path / "少一项.docx"
    write_draft(build_draft(dropped), other)
    before = find_record(docx.Document(str(rendered[1])))
    after = find_record(docx.Document(str(other)))
    assert before is not None and after is not None
    safety_before = next(p for p in before.paragraphs if p.kind == "heading" and "安全" in p.text)
    safety_after = next(p for p in after.paragraphs if p.kind == "heading" and "安全" in p.text)
    assert safety_before.text.startswith("（三）") and safety_after.text.startswith("（二）")
    assert safety_before.id == safety_after.id


# --- update: the ways clerks edit and meetings change ----------------------------------


def test_untouched_paragraphs_take_a_new_figure_and_the_clerks_edits_stay(
    edited, write_profile, marks
) -> None:
    clerk = plain_texts(edited)
    edit(edited, rewrite_opening_of(marks.review_close))
    edited_texts = plain_texts(edited)
    changed = write_profile(priorities=NEW_COVERAGE)
    result = update_draft(edited, profile=changed)
    assert result.output.name == "已改稿.更新稿.docx"
    summary = result.merge
    assert summary is not None
    assert (summary.kept, summary.updated, summary.conflicts) == (1, 1, 0)
    assert summary.unchanged == len(clerk) - 2
    accepted, rejected = texts(result.output, True), texts(result.output, False)
    # rejecting every revision gives back exactly what the clerk had
    assert rejected == edited_texts
    assert paragraph_of(accepted, CLERK_SENTENCE).startswith(CLERK_SENTENCE + marks.review_close)
    figure = paragraph_of(accepted, marks.figure)
    assert "93%" in figure and "91.5" not in figure
    # every other paragraph is untouched
    assert [p for p in accepted if p != figure] == [p for p in edited_texts if "91.5" not in p]
    # sentence-level: what is deleted is the whole old sentence (across its runs), and
    # what is inserted the whole new one
    old_sentence = next(s for s in split_sentences(figure_before(edited_texts)) if "91.5" in s)
    assert revised_text(result.output, "w:del") == old_sentence
    assert revised_text(result.output, "w:ins") == old_sentence.replace("91.5%", "93%")


def test_revisions_are_by_speechdraft_dated_valid_and_in_child_order(
    edited, write_profile, marks
) -> None:
    edit(edited, rewrite_opening_of(marks.review_close))
    changed = write_profile(
        meeting={"date": "2025-03-20"},
        speaker={"title": "书记", "name": "李四"},
        priorities=[PRIORITIES[0], PRIORITIES[2]],
    )
    result = update_draft(edited, profile=changed)
    found = revisions(result.output)
    assert len(found) >= 6
    assert {e.get(qn("w:author")) for e in found} == {"speechdraft"}
    assert all(ISO_DATE.match(e.get(qn("w:date"))) for e in found)
    ids = [e.get(qn("w:id")) for e in found]
    assert len(ids) == len(set(ids))
    with zipfile.ZipFile(result.output) as package:
        for part in package.namelist():
            if part.startswith("word/") and part.endswith(".xml"):
                assert order_problems(etree.fromstring(package.read(part)), part) == []
    # a deleted run holds w:delText, never w:t (a deleted paragraph mark, w:del in the
    # paragraph's w:rPr, holds no run; a deleted line break in a long heading, no text)
    for element in found:
        if element.tag == qn("w:del") and element.getparent().tag != qn("w:rPr"):
            assert element.find(f".//{qn('w:t')}") is None
            only_breaks = all(
                child.tag in (qn("w:br"), qn("w:rPr")) for run in element for child in run
            )
            assert only_breaks or element.find(f".//{qn('w:delText')}") is not None


def test_a_new_date_and_speaker_update_the_meta_lines(edited, write_profile) -> None:
    changed = write_profile(
        meeting={"date": "2025-03-20"}, speaker={"title": "书记", "name": "李四"}
    )
    result = update_draft(edited, profile=changed)
    accepted, rejected = texts(result.output, True), texts(result.output, False)
    assert rejected == plain_texts(edited)
    assert accepted[1] == "书记　李四" and accepted[2] == "（2025年3月20日）"
    assert rejected[1] == "书记　张三" and rejected[2] == "（2025年3月12日）"


def test_a_dropped_priority_renumbers_the_clerks_edited_heading_and_the_count(
    edited, write_profile, marks
) -> None:
    def change(document: Any) -> None:
        heading = find(document, marks.headings[2])
        heading.runs[-1].text += CLERK_WORDS
        for run in heading.runs:
            run.bold = True
        heading.style = document.styles["讲话稿-正文"]  # the clerk's own choice of style

    edit(edited, change)
    clerk_heading = paragraph_of(plain_texts(edited), marks.headings[2][:8])
    announcing = paragraph_of(plain_texts(edited), marks.tasks_lead)
    assert "三个方面" in announcing
    result = update_draft(edited, profile=write_profile(priorities=[PRIORITIES[0], PRIORITIES[2]]))
    accepted = texts(result.output, True)
    assert not any(marks.title(1) in p for p in accepted)  # the dropped priority is gone
    assert paragraph_of(accepted, "（二）" + marks.title(2)[:5]) == "（二）" + clerk_heading[3:]
    part_two = accepted[
        accepted.index(paragraph_of(accepted, "二、")) : accepted.index(
            paragraph_of(accepted, "三、")
        )
    ]
    assert [p[:3] for p in part_two if p.startswith("（")] == ["（一）", "（二）"]
    assert clerk_heading.endswith(CLERK_WORDS)
    assert "两个方面" in paragraph_of(accepted, marks.tasks_lead)
    assert texts(result.output, False) == plain_texts(edited)
    # the clerk's bold survives on the renumbered heading
    out = docx.Document(str(result.output))
    heading = next(p for p in out.paragraphs if CLERK_WORDS in p.text)
    assert all(run.bold for run in heading.runs if run.text)
    assert heading.style.name == "讲话稿-正文"
    assert result.merge is not None and result.merge.renumbered == 1


def test_a_deleted_and_an_added_paragraph_stay_so(edited, write_profile, marks) -> None:
    def change(document: Any) -> None:
        gone = find(document, marks.problems_close)
        gone._p.getparent().remove(gone._p)
        find(document, marks.safeguards_lead).insert_paragraph_before(CLERK_PARAGRAPH)

    edit(edited, change)
    result = update_draft(edited, profile=write_profile(meeting={"date": "2025-03-20"}))
    accepted = texts(result.output, True)
    assert not any(p.startswith(marks.problems_close) for p in accepted)
    index = accepted.index(CLERK_PARAGRAPH)
    assert accepted[index + 1].startswith(marks.safeguards_lead)
    assert texts(result.output, False) == plain_texts(edited)
    assert result.merge is not None and result.merge.kept == 1  # the added paragraph


def test_a_paragraph_the_clerk_deleted_comes_back_marked_when_the_render_changed_it(
    edited, write_profile, marks
) -> None:
    edit(
        edited,
        lambda d: find(d, marks.figure)._p.getparent().remove(find(d, marks.figure)._p),
    )
    changed = write_profile(priorities=NEW_COVERAGE)
    result = update_draft(edited, profile=changed)
    assert result.merge is not None and result.merge.conflicts == 1
    accepted = texts(result.output, True)
    assert "93%" in paragraph_of(accepted, marks.figure)
    assert texts(result.output, False) == plain_texts(edited)
    assert comments(result.output) == [RESTORED_NOTE]


def test_both_changed_the_same_sentence_is_a_conflict_never_a_silent_choice(
    edited, write_profile, cli, marks
) -> None:
    def change(document: Any) -> None:
        paragraph = find(document, marks.figure)
        run = next(r for r in paragraph.runs if "91.5" in r.text)
        run.text = run.text.replace("91.5%", "92%（据教育局最新统计）")

    edit(edited, change)
    clerk = paragraph_of(plain_texts(edited), marks.figure)
    changed = write_profile(priorities=NEW_COVERAGE)
    out = edited.with_name("结果.docx")
    result = cli("update", str(edited), "--profile", str(changed), "-o", str(out))
    assert result.exit_code == 1, result.output
    assert "冲突 1 段" in result.output and marks.figure in result.output
    accepted = texts(out, True)
    both = [p for p in accepted if p.startswith(marks.figure)]
    assert both[0] == clerk  # the clerk's words stand
    assert "93%" in both[1] and "92%（据教育局最新统计）" not in both[1]  # the new one beside
    assert comments(out) == [CONFLICT_NOTE]
    assert texts(out, False) == plain_texts(edited)


def test_changes_in_different_sentences_of_one_paragraph_are_merged(
    edited, write_profile, marks
) -> None:
    def change(document: Any) -> None:
        # the clerk adds to the paragraph's first sentence; the figure is in another one
        run = find(document, marks.figure).runs[0]
        first = run.text.index("。")
        assert "91.5" not in run.text[:first]
        run.text = run.text[:first] + "，更靠真抓实干" + run.text[first:]

    edit(edited, change)
    assert "更靠真抓实干" in paragraph_of(plain_texts(edited), marks.figure)
    changed = write_profile(priorities=NEW_COVERAGE)
    result = update_draft(edited, profile=changed)
    assert result.merge is not None and (result.merge.merged, result.merge.conflicts) == (1, 0)
    merged = paragraph_of(texts(result.output, True), marks.figure)
    assert "更靠真抓实干" in merged and "93%" in merged and "91.5" not in merged


def test_two_reordered_subsections_keep_the_clerks_order_and_get_true_numbers(
    edited, write_profile, marks
) -> None:
    def change(document: Any) -> None:
        first, first_body = find(document, marks.headings[0]), find(document, marks.body(0))
        second_body = find(document, marks.figure)
        second_body._p.addnext(first._p)
        first._p.addnext(first_body._p)

    edit(edited, change)
    clerk = plain_texts(edited)
    assert clerk.index(paragraph_of(clerk, marks.headings[1][:6])) < clerk.index(
        paragraph_of(clerk, marks.headings[0][:6])
    )
    changed = write_profile(priorities=NEW_COVERAGE)
    result = update_draft(edited, profile=changed)
    accepted = texts(result.output, True)
    sections = [p for p in accepted if re.match("（[一二三四五六七八九]）", p)]
    assert [s[:3] for s in sections[:3]] == ["（一）", "（二）", "（三）"]
    assert marks.title(1) in sections[0] and marks.title(0) in sections[1]  # the clerk's order
    assert "93%" in paragraph_of(accepted, marks.figure)
    assert texts(result.output, False) == clerk


def accept_in(document: Any, start: str, accept: bool) -> None:
    """What Word does when the clerk accepts (rejects) the revisions of one paragraph."""
    paragraph = next(p for p in document.paragraphs if view(p._p, True).startswith(start))
    keep, drop = (qn("w:ins"), qn("w:del")) if accept else (qn("w:del"), qn("w:ins"))
    for element in list(paragraph._p.iter(drop)):
        element.getparent().remove(element)
    for element in list(paragraph._p.iter(keep)):
        for run in list(element):
            for child in run.iter(qn("w:delText")):
                child.tag = qn("w:t")
            element.addprevious(run)
        element.getparent().remove(element)


def test_a_second_round_respects_what_the_clerk_accepted_and_rejected(
    edited, write_profile, tmp_path
) -> None:
    first = update_draft(
        edited,
        profile=write_profile(
            meeting={"date": "2025-03-20"}, speaker={"title": "书记", "name": "李四"}
        ),
    )
    reviewed = tmp_path / "第二轮.docx"
    shutil.copy(first.output, reviewed)
    edit(reviewed, lambda d: (accept_in(d, "（2025年3月", True), accept_in(d, "书记　李四", False)))
    assert texts(reviewed, True)[1:3] == ["书记　张三", "（2025年3月20日）"]
    assert revisions(reviewed) == []
    second = update_draft(
        reviewed,
        profile=write_profile(
            meeting={"date": "2025-03-26"}, speaker={"title": "书记", "name": "李四"}
        ),
    )
    accepted = texts(second.output, True)
    assert accepted[1] == "书记　张三"  # the clerk rejected the new speaker: their choice stays
    assert accepted[2] == "（2025年3月26日）"  # accepted the date: the next date comes in
    assert second.merge is not None and second.merge.kept == 1 and second.merge.updated == 1


def test_the_clerks_comment_survives(edited, write_profile, marks) -> None:
    def change(document: Any) -> None:
        paragraph = find(document, marks.review_close)
        document.add_comment(paragraph.runs[0], text="请局长再看一下这句", author="王秘书")

    edit(edited, change)
    result = update_draft(edited, profile=write_profile(meeting={"date": "2025-03-20"}))
    assert comments(result.output) == ["请局长再看一下这句"]


def test_update_without_profile_renders_from_the_record(edited, marks) -> None:
    edit(edited, rewrite_opening_of(marks.review_close))
    result = update_draft(edited)
    assert result.profile_from_record and result.merge is not None
    assert (result.merge.kept, result.merge.updated, result.merge.conflicts) == (1, 0, 0)
    assert revisions(result.output) == []


def test_the_edited_file_is_never_touched_and_an_output_never_replaced(
    edited, write_profile, cli
) -> None:
    before = edited.read_bytes()
    profile = write_profile(meeting={"date": "2025-03-20"})
    assert cli("update", str(edited), "--profile", str(profile)).exit_code == 0
    assert edited.read_bytes() == before
    again = cli("update", str(edited), "--profile", str(profile))
    assert again.exit_code == 2 and "已经存在" in again.output and "--force" in again.output
    itself = cli("update", str(edited), "-o", str(edited), "--force")
    assert itself.exit_code == 2 and "就是输入文件" in itself.output
    assert edited.read_bytes() == before


def strip_record(path: Path) -> None:
    def change(document: Any) -> None:
        for rid, rel in list(document.part.rels.items()):
            if not rel.is_external and NAMESPACE.encode() in rel.target_part.blob:
                del document.part.rels[rid]

    edit(path, change)


def test_a_document_without_record_gets_a_chinese_message_and_a_marked_review(
    edited, write_profile, cli, marks
) -> None:
    strip_record(edited)
    edit(edited, rewrite_opening_of(marks.review_close))
    assert find_record(docx.Document(str(edited))) is None
    refused = cli("update", str(edited))
    assert refused.exit_code == 2
    assert "没有 speechdraft 的生成记录" in refused.output and "--profile" in refused.output
    assert "Traceback" not in refused.output
    out = edited.with_name("对照合并.docx")
    profile = write_profile(meeting={"date": "2025-03-20"})
    result = cli("update", str(edited), "--profile", str(profile), "-o", str(out))
    assert result.exit_code == 1 and "没有 speechdraft 的生成记录" in result.output
    # both differences are marked for review, each with the note: the clerk's sentence
    # (which rejecting keeps) and the date
    assert comments(out) == [UNRECORDED_NOTE, UNRECORDED_NOTE]
    assert texts(out, False) == plain_texts(edited)
    assert texts(out, True)[2] == "（2025年3月20日）"
    assert find_record(docx.Document(str(out))) is not None  # the next round can merge


_W = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}


def test_diff_writes_sentence_level_tracked_changes(rendered, write_profile, tmp_path, cli) -> None:
    old = rendered[1]
    new = tmp_path / "新稿.docx"
    write_draft(
        build_draft(
            write_profile(
                priorities=NEW_COVERAGE[:2]  # a new figure and a dropped priority
            )
        ),
        new,
    )
    out = tmp_path / "对照.docx"
    result = cli("diff", str(old), str(new), "-o", str(out))
    assert result.exit_code == 0, result.output
    assert texts(out, True) == plain_texts(new)
    assert texts(out, False) == plain_texts(old)
    assert find_record(docx.Document(str(out))) is None
    # not character soup: in each changed paragraph, the deleted text is made of whole
    # sentences of the old paragraph and the inserted text of whole sentences of the new
    changed = 0
    for paragraph in docx.Document(str(out)).element.body.findall(qn("w:p")):
        # the revision's own text nodes (w:t, w:delText): lxml's itertext() gave a heading's
        # inserted run twice with python-docx 1.2's element classes, and a heading has no 。
        # to split the doubled text at (stop 81)
        parts = {
            tag: "".join(
                "".join(e.xpath(".//w:t/text() | .//w:delText/text()", namespaces=_W))
                for e in paragraph.iter(qn(tag))
            )
            for tag in ("w:del", "w:ins")
        }
        if not (parts["w:del"] and parts["w:ins"]):
            continue
        changed += 1
        assert set(split_sentences(parts["w:del"])) <= set(split_sentences(view(paragraph, False)))
        assert set(split_sentences(parts["w:ins"])) <= set(split_sentences(view(paragraph, True)))
    assert changed >= 1
    assert "改动" in result.output and "删去" in result.output


def test_unreadable_inputs_get_a_chinese_message(tmp_path, cli) -> None:
    broken = tmp_path / "坏.docx"
    broken.write_bytes(b"not a zip")
    result = cli("update", str(broken))
    assert (
        result.exit_code == 2 and "无法读取" in result.output and "Traceback" not in result.output
    )
    text = tmp_path / "稿.txt"
    text.write_text("同志们：", encoding="utf-8")
    result = cli("diff", str(text), str(text), "-o", str(tmp_path / "x.docx"))
    assert result.exit_code == 2 and ".docx" in result.output


# --- sentences ---------------------------------------------------------------------------


def test_sentences_split_after_chinese_stops_with_closing_quotes() -> None:
    text = "要坚持“育人为本。”这是根本；不能含糊！对吗？最后一句"
    assert split_sentences(text) == [
        "要坚持“育人为本。”",
        "这是根本；",
        "不能含糊！",
        "对吗？",
        "最后一句",
    ]
    assert "".join(split_sentences(text)) == text


def test_sentence_edits_replace_whole_sentences() -> None:
    old = "第一句。覆盖率达到91.5%。第三句。"
    new = "第一句。覆盖率达到93%。第三句。"
    (edit_,) = sentence_edits(old, new)
    assert old[edit_.start : edit_.end] == "覆盖率达到91.5%。"
    assert edit_.text == "覆盖率达到93%。"


def test_merge_sentences_combines_separate_changes_and_refuses_overlaps() -> None:
    base = "甲句。乙句。丙句。丁句。"
    theirs = "甲句改。乙句。丙句。丁句。"
    ours = "甲句。乙句。丙句。丁句新。"
    edits = merge_sentences(base, theirs, ours)
    assert edits is not None
    merged = theirs
    for e in sorted(edits, key=lambda e: e.start, reverse=True):
        merged = merged[: e.start] + e.text + merged[e.end :]
    assert merged == "甲句改。乙句。丙句。丁句新。"
    assert (
        merge_sentences(base, "甲句改。乙句。丙句。丁句。", "甲句另改。乙句。丙句。丁句。") is None
    )
    # neighbouring sentences merge; two insertions at one place are the clerk's call
    assert merge_sentences(base, "甲句改。乙句。丙句。丁句。", "甲句。乙句新。丙句。丁句。") == [
        Edit(4, 7, "乙句新。")
    ]
    assert (
        merge_sentences(base, "甲句。插一。乙句。丙句。丁句。", "甲句。插二。乙句。丙句。丁句。")
        is None
    )


# --- real clients ----------------------------------------------------------------------


def soffice_convert(source: Path, to: str, outdir: Path) -> Path:
    outdir.mkdir(exist_ok=True)
    subprocess.run(
        [
            SOFFICE or "soffice",
            f"-env:UserInstallation=file://{outdir}/profile",
            "--headless",
            "--convert-to",
            to,
            "--outdir",
            str(outdir),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    return outdir / (source.stem + "." + to.split(":")[0])


@needs_office
def test_libreoffice_saves_keep_the_record_and_show_the_tracked_changes(
    edited, write_profile, tmp_path, marks
) -> None:
    """The clerk edits, LibreOffice saves the .docx (as a WPS/LibreOffice user would), the
    record survives and update merges it; LibreOffice then opens the result and lists its
    tracked changes (text:tracked-changes in the .odt it writes) and the conflict's comment."""
    edit(edited, rewrite_opening_of(marks.review_close))
    edit(edited, lambda d: setattr(find(d, "书记"), "text", "县委书记　张三"))
    saved = soffice_convert(edited, "docx", tmp_path / "resaved")
    assert find_record(docx.Document(str(saved))) is not None
    changed = write_profile(
        speaker={"title": "书记", "name": "李四"},
        priorities=NEW_COVERAGE,
    )
    result = update_draft(saved, profile=changed, output=tmp_path / "合并.docx")
    assert result.merge is not None
    assert (result.merge.kept, result.merge.updated, result.merge.conflicts) == (1, 1, 1)
    accepted = texts(result.output, True)
    assert paragraph_of(accepted, CLERK_SENTENCE).startswith(CLERK_SENTENCE + marks.review_close)
    assert "93%" in paragraph_of(accepted, marks.figure)
    assert accepted[1:3] == ["县委书记　张三", "书记　李四"]  # the clerk's line, the new beside
    odt = soffice_convert(result.output, "odt", tmp_path / "odt")
    content = etree.fromstring(zipfile.ZipFile(odt).read("content.xml"))
    ns = {
        "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
        "dc": "http://purl.org/dc/elements/1.1/",
    }
    regions = content.findall(".//text:tracked-changes/text:changed-region", ns)
    kinds = {child.tag.split("}")[-1] for region in regions for child in region}
    assert {"insertion", "deletion"} <= kinds
    authors = {e.text for e in content.findall(".//text:changed-region//dc:creator", ns)}
    assert authors == {"speechdraft"}
    deleted = "".join(
        "".join(r.itertext()) for r in regions if r.find("text:deletion", ns) is not None
    )
    assert "91.5" in deleted
    office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    notes = ["".join(a.itertext()) for a in content.iter(f"{{{office}}}annotation")]
    assert len(notes) == 1 and CONFLICT_NOTE in notes[0]


def test_a_paragraph_the_clerk_edited_and_the_render_dropped_stays_with_a_comment(
    edited, write_profile, marks
) -> None:
    edit(edited, rewrite_opening_of(marks.figure))
    clerk = paragraph_of(plain_texts(edited), CLERK_SENTENCE)
    result = update_draft(edited, profile=write_profile(priorities=[PRIORITIES[0], PRIORITIES[2]]))
    accepted = texts(result.output, True)
    assert clerk in accepted  # never silently removed
    assert not any(p.endswith(marks.title(1)) for p in accepted)  # its untouched heading goes
    assert comments(result.output) == [DROPPED_NOTE]
    assert result.merge is not None and result.merge.conflicts == 1
    assert texts(result.output, False) == plain_texts(edited)


def test_renumbering_follows_the_recorded_scheme_and_keeps_digits_in_digits() -> None:
    """A 讲话提纲 (directive scheme) whose second part was deleted: 三要 becomes 二要, the
    （一）… under it restart; a count written in digits is corrected in digits."""
    from speechdraft.merge.tracked import ChangeWriter
    from speechdraft.merge.update import renumber

    document = docx.Document()
    for text in (
        "下面，我再强调3点意见。",
        "一要提高站位，压实责任。",
        "（一）健全机制",
        "三要强化保障，狠抓落实。",
        "（二）加强督导",
    ):
        document.add_paragraph(text)
    renumbered, recounted = renumber(document, ChangeWriter(document), "directive")
    accepted = [view(p._p, True) for p in document.paragraphs]
    assert accepted == [
        "下面，我再强调2点意见。",
        "一要提高站位，压实责任。",
        "（一）健全机制",
        "二要强化保障，狠抓落实。",
        "（一）加强督导",
    ]
    assert (renumbered, recounted) == (2, 1)
    assert [view(p._p, False) for p in document.paragraphs][3] == "三要强化保障，狠抓落实。"


def test_a_second_update_before_the_first_was_reviewed(edited, write_profile, marks) -> None:
    """The clerk has not yet decided a conflict when the figure changes again: their text
    still stands, the offered paragraph takes the newest figure, and the package stays valid."""

    def change(document: Any) -> None:
        run = next(r for r in find(document, marks.figure).runs if "91.5" in r.text)
        run.text = run.text.replace("91.5%", "92%（最新）")

    edit(edited, change)

    def preschool(rate: float) -> list[dict[str, Any]]:
        return [PRIORITIES[0], {"area": "学前教育", "facts": {"普惠性幼儿园覆盖率": rate}}]

    first = update_draft(edited, profile=write_profile(priorities=preschool(93)))
    assert first.merge is not None and first.merge.conflicts == 1
    second = update_draft(
        first.output,
        profile=write_profile(priorities=preschool(95)),
        output=edited.with_name("第二次.docx"),
    )
    pair = [p for p in texts(second.output, True) if p.startswith(marks.figure)]
    assert len(pair) == 2
    assert "92%（最新）" in pair[0] and "95%" in pair[1] and "93%" not in pair[1]
    assert texts(second.output, False) == texts(first.output, False) == plain_texts(edited)
    with zipfile.ZipFile(second.output) as package:
        root = etree.fromstring(package.read("word/document.xml"))
    assert order_problems(root, "word/document.xml") == []
    assert comments(second.output) == [CONFLICT_NOTE]
