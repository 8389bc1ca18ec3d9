"""The common .docx without python-docx's open-and-save on every draft (issue 13).

python-docx opens the base package (unzips it and parses every part) and saves it again
(serialises every part and relationship) for each draft, about half of writing one. Yet
for a printed draft only four parts differ from one draft to the next: the body, the core
and app properties, and the record. So once per process (per font preset, copy and
whether a record is kept) a stand-in draft is built by the ordinary writer (docx.py),
with marks where those differ, and each draft is that package with the marks replaced by
the same bytes the writer would have made. The review copy (its header), a reading copy
with 【待补】 (its warning header), figure notes (comments) and values lxml would write
differently (control characters, empty or over-long properties) take the ordinary path.

``tests/test_package_fast.py`` holds the two paths to the same parts, part by part.
"""

from __future__ import annotations

import datetime
import functools
import io
import re
import zipfile
from pathlib import Path
from typing import Any

from speechdraft.datacache import code_stamp, package_stamp, remembered
from speechdraft.document import Document
from speechdraft.markup import XML_ILLEGAL
from speechdraft.writers.layout import COPIES
from speechdraft.writers.record import (
    RecordSource,
    record_blob,
    record_blob_of_texts,
    record_properties,
)

# Private-use marks in the stand-in draft: no title, name or body can hold them as written,
# because each value is checked below before it replaces one.
_TITLE, _AUTHOR, _SUBJECT, _BODY_TEXT = "\ue0a1", "\ue0a2", "\ue0a3", "\ue0a4"
_BODY = f"<w:p><w:r><w:t>{_BODY_TEXT}</w:t></w:r></w:p>"
_DATES = re.compile(rb"(<dcterms:(?:created|modified) [^>]*>)[^<]*(<)")
# What lxml would write otherwise than plain escaping does (&#13; …), or refuse.
_UNUSUAL = re.compile("[\x00-\x1f\ud800-\udfff\ufffe\uffff\ue0a1-\ue0a4]")
MAX_PROPERTY = 255  # python-docx refuses a longer core property (the ordinary path says so)

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
DOCUMENT_PART, CORE_PART, APP_PART = "word/document.xml", "docProps/core.xml", "docProps/app.xml"
RECORD_PART, RECORD_PROPS_PART = "customXml/item1.xml", "customXml/itemProps1.xml"


def packaged_docx(
    document: Document,
    *,
    fonts: str,
    subject: str,
    copy: str,
    record: RecordSource | None,
) -> bytes | None:
    """The bytes ``docx.build_docx`` + record + save would give, or None where this path
    does not apply (the caller then takes the ordinary one)."""
    spec = COPIES[copy]
    if spec.header or (spec.warn_placeholders and document.placeholders()):
        return None
    properties = (document.title, document.author, subject)
    if not all(_plain_property(value) for value in properties):
        return None
    from speechdraft.writers.docx import app_characters, app_xml, body_xml, escape

    paragraphs = body_xml(document, spec)
    body = "".join(paragraphs)
    skeleton = _skeleton(fonts, copy, record is not None)
    if skeleton is None:
        return None
    replaced = {
        DOCUMENT_PART: skeleton.document.replace(skeleton.body_mark, body.encode("utf-8")),
        CORE_PART: _core(skeleton.core, document, subject, escape),
        APP_PART: app_xml(app_characters(document), len(paragraphs)),
    }
    if record is not None:
        blob = _record_of(document, record, paragraphs, body)
        replaced[RECORD_PART] = blob
        replaced[RECORD_PROPS_PART] = record_properties(blob)
    buffer = io.BytesIO()
    # the fastest deflate: a draft's two large parts (body, record) compress in half the
    # time of the default level, for about 1.5 KB more a file (issue 13's speed goals)
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as package:
        for name, blob in skeleton.parts:
            package.writestr(name, replaced.get(name, blob))
    return buffer.getvalue()


def _record_of(document: Document, record: RecordSource, paragraphs: list[str], body: str) -> bytes:
    """The record part, from the paragraphs' own XML (the writer's few shapes, read as
    text: no lxml in a render); any other XML is parsed by lxml as before."""
    texts = _visible_texts(paragraphs, body)
    if texts is not None:
        return record_blob_of_texts(document, record, texts)
    from lxml import etree  # type: ignore[import-untyped]

    elements = etree.fromstring(f'<w:body xmlns:w="{W_NS}">{body}</w:body>')
    return record_blob(document, record, list(elements))


# The paragraphs docx.body_xml writes: a style (a heading broken into lines also left-
# aligned), then runs of escaped text or a line break, bold or highlighted.
_OWN_PARAGRAPH = re.compile(
    r'<w:p><w:pPr><w:pStyle w:val="\w+"/>(?:<w:jc w:val="left"/>)?</w:pPr>'
    r'(?:<w:r>(?:<w:rPr>(?:<w:b/>|<w:b w:val="0"/>)?(?:<w:highlight w:val="\w+"/>)?</w:rPr>)?'
    r'(?:<w:t xml:space="preserve">[^<]*</w:t>|<w:br/>)</w:r>)*</w:p>'
)
_PIECE = re.compile(r'<w:t xml:space="preserve">([^<]*)</w:t>|<w:br/>')


def _visible_texts(paragraphs: list[str], body: str) -> list[str] | None:
    """record.visible_text of each paragraph as lxml would parse it, or None where the
    XML is not of the writer's own shapes or a parser would read it otherwise (a carriage
    return is read as a line end, a character XML refuses is an error)."""
    if "\r" in body or XML_ILLEGAL.search(body):
        return None
    if not all(_OWN_PARAGRAPH.fullmatch(paragraph) for paragraph in paragraphs):
        return None
    return [
        "".join(
            "\n" if piece.group(1) is None else _unescaped(piece.group(1))
            for piece in _PIECE.finditer(paragraph)
        )
        for paragraph in paragraphs
    ]


def _unescaped(text: str) -> str:
    """docx.escape undone (it writes only these three; &amp; last, as it came first)."""
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def _plain_property(value: str) -> bool:
    return 0 < len(value) <= MAX_PROPERTY and not _UNUSUAL.search(value)


def _core(core: bytes, document: Document, subject: str, escape: Any) -> bytes:
    now = datetime.datetime.now(datetime.UTC).replace(microsecond=0, tzinfo=None)
    stamp = now.strftime("%Y-%m-%dT%H:%M:%SZ").encode("ascii")
    for mark, value in ((_TITLE, document.title), (_AUTHOR, document.author), (_SUBJECT, subject)):
        core = core.replace(mark.encode("utf-8"), escape(value).encode("utf-8"))
    return _DATES.sub(lambda match: match.group(1) + stamp + match.group(2), core)


class _Skeleton:
    """The stand-in draft's parts in the order python-docx writes them."""

    def __init__(self, parts: list[tuple[str, bytes]]) -> None:
        self.parts = parts
        found = dict(parts)
        self.document, self.core = found[DOCUMENT_PART], found[CORE_PART]
        self.body_mark = _BODY.encode("utf-8")


@functools.cache
def _skeleton(fonts: str, copy: str, recorded: bool) -> _Skeleton | None:
    """Built once per process, and kept between runs (datacache.py) while the base package
    and the code that builds it are unchanged: a cold render then skips a python-docx
    open-and-save."""
    from speechdraft.writers.docx import BASE_PACKAGE

    kind = f"docx-{fonts}-{copy}-{'recorded' if recorded else 'plain'}"
    parts = remembered(
        kind, [BASE_PACKAGE], lambda: _skeleton_parts(fonts, copy, recorded), salt=_code_stamp()
    )
    return None if parts is None else _Skeleton(parts)


def _code_stamp() -> str:
    """The code a kept package depends on, found without importing it: the writers, the
    document model and python-docx (a plain draft is written without loading it), so
    that every process computes the same stamp whatever it has imported."""
    package = Path(__file__).parent
    files = [*sorted(package.glob("*.py")), package.parent / "document.py"]
    # python-docx by its installed version (not by stat'ing its hundred files each run)
    stamps = [package_stamp("lxml"), package_stamp("docx"), code_stamp()]
    for file in files:
        try:
            info = file.stat()
        except OSError:
            continue
        stamps.append(f"{file}:{info.st_size}:{info.st_mtime_ns}")
    return "\n".join(stamps)


def _skeleton_parts(fonts: str, copy: str, recorded: bool) -> list[tuple[str, bytes]] | None:
    from speechdraft.writers.docx import _assembled, _saved
    from speechdraft.writers.record import embed_record

    stand_in = Document(title=_TITLE, meta_lines=(), blocks=(), author=_AUTHOR)
    docx = _assembled(stand_in, [_BODY], fonts, _SUBJECT, copy)
    if recorded:
        embed_record(docx, stand_in, RecordSource("", "", 0, "", fonts, copy))
    with zipfile.ZipFile(io.BytesIO(_saved(docx))) as package:
        parts = [(info.filename, package.read(info)) for info in package.infolist()]
    skeleton = _Skeleton(parts)
    marks = (_TITLE, _AUTHOR, _SUBJECT)
    if skeleton.document.count(skeleton.body_mark) != 1 or not all(
        mark.encode("utf-8") in skeleton.core for mark in marks
    ):
        return None  # a python-docx that writes the marks otherwise: the ordinary path
    return parts
