"""The printed draft written from a kept stand-in package (writers/package.py) is the
package the ordinary python-docx path writes: the same parts, in the same order, with the
same bytes (but the creation time)."""

from __future__ import annotations

import io
import re
import sys
import zipfile
from pathlib import Path

import docx
import pytest

from speechdraft.document import Document, Heading, Paragraph, Run
from speechdraft.pipeline import Draft, build_draft, record_source, write_draft
from speechdraft.writers import docx as docx_writer
from speechdraft.writers.package import packaged_docx
from speechdraft.writers.record import RecordSource, find_record

ROOT = Path(__file__).resolve().parents[1]
PROFILES = sorted((ROOT / "profiles").glob("*.yaml"))
_STAMP = re.compile(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")


def ordinary_bytes(
    document: Document, fonts: str, subject: str, copy: str, record: RecordSource | None
) -> bytes:
    docx = docx_writer.build_docx(document, fonts, subject=subject, copy=copy)
    if record is not None:
        docx_writer.embed_record(docx, document, record)
    buffer = io.BytesIO()
    docx.save(buffer)
    return buffer.getvalue()


def package_parts(data: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return [
            (
                name,
                _STAMP.sub(b"<time>", package.read(name))
                if name.endswith("core.xml")
                else package.read(name),
            )
            for name in package.namelist()
        ]


@pytest.fixture(scope="module")
def drafts() -> dict[str, Draft]:
    return {path.stem: build_draft(path) for path in PROFILES}


@pytest.mark.parametrize("recorded", [True, False], ids=["with-record", "without-record"])
@pytest.mark.parametrize("copy", ["draft", "reading", "review"])
def test_every_profile_gets_the_same_parts_either_way(
    drafts: dict[str, Draft], copy: str, recorded: bool
) -> None:
    fast_count = 0
    for name, draft in drafts.items():
        fonts, subject = draft.loaded.profile.fonts, draft.context.meeting_name
        record = record_source(draft, copy=copy) if recorded else None
        fast = packaged_docx(draft.document, fonts=fonts, subject=subject, copy=copy, record=record)
        if fast is None:
            continue
        fast_count += 1
        ordinary = ordinary_bytes(draft.document, fonts, subject, copy, record)
        assert package_parts(fast) == package_parts(ordinary), name
    if copy == "draft":  # the printed draft never needs the ordinary path
        assert fast_count == len(drafts) == len(PROFILES) > 0
    if copy == "review":  # its header is on the ordinary path only
        assert fast_count == 0


def test_text_that_needs_escaping_is_escaped_alike() -> None:
    text = "R&D 投入 <3% 与 >5% 的学校 ]]> &amp; \"引号\" 'x'"
    document = Document(
        f"关于{text}的讲话",
        (Paragraph((Run("局长　张三"),), "meta"),),
        (
            Paragraph((Run("同志们："),), "salutation"),
            Heading(1, "一、", (Run("第一部分&<>"),), ()),
            Paragraph((Run(text), Run("【待补：学校数（所）】", placeholder=True))),
        ),
        author="张三&<李四>",
    )
    record = RecordSource("meeting: x & <y>\n", "p.yaml", 3, "1.0", "gov", "draft")
    fast = packaged_docx(document, fonts="gov", subject="会议&<>", copy="draft", record=record)
    assert fast is not None
    ordinary = ordinary_bytes(document, "gov", "会议&<>", "draft", record)
    assert package_parts(fast) == package_parts(ordinary)
    with zipfile.ZipFile(io.BytesIO(fast)) as package:
        core = package.read("docProps/core.xml").decode("utf-8")
    assert "<dc:creator>张三&amp;&lt;李四&gt;</dc:creator>" in core
    assert "<dc:subject>会议&amp;&lt;&gt;</dc:subject>" in core


@pytest.mark.parametrize(
    "title, author",
    [("", "张三"), ("标题", ""), ("标\r题", "张三"), ("标题", "张\x0b三"), ("长" * 256, "张三")],
)
def test_values_lxml_would_write_otherwise_take_the_ordinary_path(title: str, author: str) -> None:
    document = Document(title, (), (Paragraph((Run("正文。"),)),), author=author)
    assert packaged_docx(document, fonts="gov", subject="会议", copy="draft", record=None) is None


def test_a_written_draft_reads_back_with_its_record(
    tmp_path: Path, drafts: dict[str, Draft]
) -> None:
    draft = drafts[PROFILES[0].stem]
    target = tmp_path / "稿.docx"
    write_draft(draft, target)
    record = find_record(docx.Document(str(target)))
    assert record is not None
    assert record.source.profile_text == draft.loaded.text
    recorded = "".join(p.text for p in record.paragraphs)
    for line in draft.document.spoken_lines():
        assert line.replace("\n", "") in recorded.replace("\n", "")


def test_the_stand_in_package_is_kept_between_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, drafts: dict[str, Draft]
) -> None:
    from speechdraft.writers import package

    monkeypatch.setenv("SPEECHDRAFT_CACHE_DIR", str(tmp_path))
    draft = drafts[PROFILES[-1].stem]
    fonts, subject = draft.loaded.profile.fonts, draft.context.meeting_name
    record = record_source(draft)

    def fresh_process_bytes() -> bytes | None:
        package._skeleton.cache_clear()  # as a new process would start
        return packaged_docx(
            draft.document, fonts=fonts, subject=subject, copy="draft", record=record
        )

    try:
        built = fresh_process_bytes()
        kept = [p.name for p in tmp_path.iterdir()]
        assert kept == [
            f"docx-{fonts}-draft-recorded-py{sys.version_info[0]}{sys.version_info[1]}.pickle"
        ]
        (tmp_path / kept[0]).write_bytes(b"damaged")  # ignored, built again
        assert built is not None and fresh_process_bytes() is not None
        again = fresh_process_bytes()  # read from the kept file this time
        assert again is not None
        assert package_parts(again) == package_parts(built)
    finally:
        package._skeleton.cache_clear()
