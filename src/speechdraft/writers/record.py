"""The hidden record a rendered .docx carries: what it was made from, and what it said.

A custom XML part (``customXml/itemN.xml``, related from the main document) is invisible
in Word and WPS and kept when either saves the file; LibreOffice keeps it too (tested).
It holds the profile's text and hash, the seed, the speechdraft version, the layout, and
every generated paragraph with a stable id from the document model, so ``update`` can
tell later which words the clerk changed and which the program wrote.

Ids follow the model's structure (part, heading, unit) by heading *title*, not number:
``项目建设/u2`` is the second body paragraph under the heading 项目建设, whatever number
that heading prints after a priority before it is dropped.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from speechdraft.document import Document, Heading
from speechdraft.markup import XML_ILLEGAL

# python-docx is imported where a package is opened or assembled, not here: a plain draft
# is written from the kept package (package.py) without it (a cold render's 35 ms).
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def qn(tag: str) -> str:
    """``docx.oxml.ns.qn``: "w:p" → "{…wordprocessingml…}p", without python-docx for the
    w: names the writers use."""
    prefix, _, local = tag.partition(":")
    if prefix == "w":
        return f"{{{W_NS}}}{local}"
    from docx.oxml.ns import qn as docx_qn

    return str(docx_qn(tag))


NAMESPACE = "urn:speechdraft:record:1"
_NS = f"{{{NAMESPACE}}}"
_MAX_RECORD_BYTES = 5 * 1024 * 1024  # a record is tens of KB; refuse to parse a planted giant


@dataclass(frozen=True)
class RecordSource:
    """What the pipeline knows about a draft beyond its document model."""

    profile_text: str
    profile_name: str
    seed: int
    version: str
    fonts: str
    copy: str


@dataclass(frozen=True)
class RecordedParagraph:
    id: str
    text: str
    kind: str  # title | meta | heading | body
    level: int = 0


@dataclass(frozen=True)
class DraftRecord:
    source: RecordSource
    profile_sha256: str
    numbering: str
    paragraphs: tuple[RecordedParagraph, ...]


def visible_text(paragraph: Any) -> str:
    """A w:p's text as it reads with every tracked change accepted: runs inside w:del are
    gone, those inside w:ins count; a break reads as a newline, a tab as a tab."""
    parts: list[str] = []
    for run in paragraph.iter(qn("w:r")):
        if is_deleted(run, paragraph):
            continue
        for child in run:
            parts.append(_child_text(child))
    return "".join(parts)


def _child_text(child: Any) -> str:
    if child.tag == qn("w:t"):
        return str(child.text or "")
    if child.tag in (qn("w:br"), qn("w:cr")):
        return "\n"
    if child.tag == qn("w:tab"):
        return "\t"
    return ""


def is_deleted(element: Any, stop: Any) -> bool:
    """Whether ``element`` sits inside a w:del (or w:moveFrom) below ``stop``."""
    node = element.getparent()
    while node is not None and node is not stop:
        if node.tag in (qn("w:del"), qn("w:moveFrom")):
            return True
        node = node.getparent()
    return False


def embed_record(docx: Any, document: Document, source: RecordSource) -> None:
    """Adds the record part to a freshly built draft (one call from the writer)."""
    blob = record_blob(document, source, docx.element.body.findall(qn("w:p")))
    _relate_record_part(docx, blob)


def record_blob(document: Document, source: RecordSource, paragraphs: list[Any]) -> bytes:
    """The record part of a draft whose body holds the w:p elements ``paragraphs``."""
    return record_blob_of_texts(document, source, (visible_text(p) for p in paragraphs))


def record_blob_of_texts(document: Document, source: RecordSource, texts: Iterable[str]) -> bytes:
    """The record part of a draft whose body's paragraphs read ``texts`` (visible_text)."""
    record = DraftRecord(
        source,
        hashlib.sha256(source.profile_text.encode("utf-8")).hexdigest(),
        document.numbering,
        tuple(_recorded_paragraphs(texts, document)),
    )
    return record_xml(record)


def record_properties(blob: bytes) -> bytes:
    """The data-store properties part of the record item ``blob``."""
    item_id = name_based_uuid(NAMESPACE + hashlib.sha256(blob).hexdigest())
    return _ITEM_PROPS.format(id=item_id.upper(), uri=NAMESPACE).encode("utf-8")


# uuid.NAMESPACE_URL's 16 bytes (RFC 4122, appendix C)
_NAMESPACE_URL = bytes.fromhex("6ba7b8119dad11d180b400c04fd430c8")


def name_based_uuid(name: str) -> str:
    """``str(uuid.uuid5(uuid.NAMESPACE_URL, name))``, worked out as uuid5 does (SHA-1 of the
    namespace and the name, its version and variant bits set) without importing ``uuid``,
    which loads ``platform`` and builds an enum: 1.3 % of a cold render's instructions."""
    value = int.from_bytes(hashlib.sha1(_NAMESPACE_URL + name.encode("utf-8")).digest()[:16])
    value = (value & ~(0xC000 << 48)) | (0x8000 << 48)  # the RFC 4122 variant
    value = (value & ~(0xF000 << 64)) | (5 << 76)  # version 5
    hex_digits = f"{value:032x}"
    return "-".join(
        (hex_digits[:8], hex_digits[8:12], hex_digits[12:16], hex_digits[16:20], hex_digits[20:])
    )


def _relate_record_part(docx: Any, blob: bytes) -> None:
    """The record as a data-store item with its properties part: LibreOffice keeps a
    custom XML item through a save only when it has one (Word wants it too)."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.part import Part

    package = docx.part.package
    item = Part(package.next_partname("/customXml/item%d.xml"), "application/xml", blob, package)
    docx.part.relate_to(item, RT.CUSTOM_XML)
    properties = Part(
        package.next_partname("/customXml/itemProps%d.xml"),
        _ITEM_PROPS_TYPE,
        record_properties(blob),
        package,
    )
    item.relate_to(properties, RT.CUSTOM_XML_PROPS)


_ITEM_PROPS_TYPE = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml"
_ITEM_PROPS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
    '<ds:datastoreItem ds:itemID="{{{id}}}" '
    'xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">'
    '<ds:schemaRefs><ds:schemaRef ds:uri="{uri}"/></ds:schemaRefs></ds:datastoreItem>'
)


def _recorded_paragraphs(texts: Iterable[str], document: Document) -> Iterator[RecordedParagraph]:
    """The writer's paragraphs in order: title, meta lines, the blank before 同志们, blocks."""
    shapes = [("title", "title", 0)]
    shapes += [(f"meta/{i}", "meta", 0) for i, _ in enumerate(document.meta_lines, start=1)]
    shapes.append(("blank", "meta", 0))
    shapes += list(_block_shapes(document))
    for text, (pid, kind, level) in zip(texts, shapes, strict=False):
        if text.strip():
            yield RecordedParagraph(pid, text, kind, level)


def _block_shapes(document: Document) -> Iterator[tuple[str, str, int]]:
    path: list[str] = []  # heading titles from the part down
    unit = 0
    seen: dict[str, int] = {}
    for block in document.blocks:
        if isinstance(block, Heading):
            del path[block.level - 1 :]
            path.append(block.title.strip() or block.number)
            unit = 0
            yield _unique("/".join(path), seen), "heading", block.level
        else:
            unit += 1
            yield (
                _unique("/".join([*path, f"u{unit}"]) if path else f"开头/u{unit}", seen),
                "body",
                0,
            )


def _unique(pid: str, seen: dict[str, int]) -> str:
    seen[pid] = seen.get(pid, 0) + 1
    return pid if seen[pid] == 1 else f"{pid}#{seen[pid]}"


def record_xml(record: DraftRecord) -> bytes:
    """The record part's XML: written as text, byte for byte what lxml writes for the same
    tree (tests/test_record_text.py), so that a render need not load lxml (some 8 ms of a
    cold one); a value lxml would refuse or write otherwise is handed to lxml itself."""
    if not _writable_as_text(record):
        return _record_xml_by_lxml(record)
    source = record.source
    parts = [
        "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n",
        f'<sd:record xmlns:sd="{NAMESPACE}" version="1">',
        f'<sd:generator version="{_attribute(source.version)}" seed="{source.seed}" '
        f'fonts="{_attribute(source.fonts)}" copy="{_attribute(source.copy)}" '
        f'numbering="{_attribute(record.numbering)}"/>',
        f'<sd:profile name="{_attribute(source.profile_name)}" '
        f'sha256="{_attribute(record.profile_sha256)}"{_content(source.profile_text)}</sd:profile>',
    ]
    if record.paragraphs:
        parts.append("<sd:paragraphs>")
        for item in record.paragraphs:
            level = f' level="{item.level}"' if item.level else ""
            parts.append(
                f'<sd:p id="{_attribute(item.id)}" kind="{_attribute(item.kind)}"{level}'
                f"{_content(item.text)}</sd:p>"
            )
        parts.append("</sd:paragraphs>")
    else:
        parts.append("<sd:paragraphs/>")
    parts.append("</sd:record>")
    return "".join(parts).encode("utf-8")


def _writable_as_text(record: DraftRecord) -> bool:
    """Every value is text lxml takes and writes as the escaping below does: no character
    XML refuses (lxml raises), and no empty element text (lxml's choice of <a></a>)."""
    source = record.source
    values = [source.version, source.fonts, source.copy, record.numbering, source.profile_name]
    values += [record.profile_sha256, source.profile_text]
    values += [value for item in record.paragraphs for value in (item.id, item.kind, item.text)]
    return (
        all(not XML_ILLEGAL.search(value) for value in values)
        and bool(source.profile_text)
        and all(item.text for item in record.paragraphs)
    )


# libxml2's escaping when it writes UTF-8: in text &, <, > and a carriage return (which
# a parser would otherwise read as a line end); in an attribute also " and the three
# whitespace characters a parser would otherwise read as spaces.
_TEXT_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"}
_ATTRIBUTE_ESCAPES = {**_TEXT_ESCAPES, '"': "&quot;", "\n": "&#10;", "\t": "&#9;"}
_TEXT_SPECIAL = re.compile("[&<>\r]")
_ATTRIBUTE_SPECIAL = re.compile('[&<>\r"\n\t]')


def _content(text: str) -> str:
    """An element's text after its start tag's closing ">"."""
    return ">" + _TEXT_SPECIAL.sub(lambda found: _TEXT_ESCAPES[found.group()], text)


def _attribute(value: str) -> str:
    return _ATTRIBUTE_SPECIAL.sub(lambda found: _ATTRIBUTE_ESCAPES[found.group()], value)


def _record_xml_by_lxml(record: DraftRecord) -> bytes:
    from lxml import etree  # type: ignore[import-untyped]

    root = etree.Element(_NS + "record", nsmap={"sd": NAMESPACE})
    root.set("version", "1")
    source = record.source
    generator = etree.SubElement(root, _NS + "generator")
    generator.set("version", source.version)
    generator.set("seed", str(source.seed))
    generator.set("fonts", source.fonts)
    generator.set("copy", source.copy)
    generator.set("numbering", record.numbering)
    profile = etree.SubElement(root, _NS + "profile")
    profile.set("name", source.profile_name)
    profile.set("sha256", record.profile_sha256)
    profile.text = source.profile_text
    paragraphs = etree.SubElement(root, _NS + "paragraphs")
    for item in record.paragraphs:
        element = etree.SubElement(paragraphs, _NS + "p")
        element.set("id", item.id)
        element.set("kind", item.kind)
        if item.level:
            element.set("level", str(item.level))
        element.text = item.text
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True))


def find_record(docx: Any) -> DraftRecord | None:
    """The record of an opened .docx, or None when it has none (not ours, or stripped).
    LibreOffice may duplicate the part on save: the first readable one is taken."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    for rel in docx.part.rels.values():
        if rel.is_external or rel.reltype != RT.CUSTOM_XML:
            continue
        blob = rel.target_part.blob
        if len(blob) > _MAX_RECORD_BYTES or NAMESPACE.encode() not in blob:
            continue
        record = parse_record(blob)
        if record is not None:
            return record
    return None


def parse_record(blob: bytes) -> DraftRecord | None:
    from lxml import etree

    try:
        root = etree.fromstring(blob, parser=etree.XMLParser(resolve_entities=False))
    except etree.XMLSyntaxError:
        return None
    generator = root.find(_NS + "generator")
    profile = root.find(_NS + "profile")
    paragraphs = root.find(_NS + "paragraphs")
    if root.tag != _NS + "record" or generator is None or profile is None or paragraphs is None:
        return None
    try:
        source = RecordSource(
            profile_text=profile.text or "",
            profile_name=profile.get("name", ""),
            seed=int(generator.get("seed", "")),
            version=generator.get("version", ""),
            fonts=generator.get("fonts", "gov"),
            copy=generator.get("copy", "draft"),
        )
        items = tuple(
            RecordedParagraph(
                p.get("id", ""), p.text or "", p.get("kind", "body"), int(p.get("level", "0"))
            )
            for p in paragraphs.findall(_NS + "p")
        )
    except ValueError:
        return None
    return DraftRecord(
        source, profile.get("sha256", ""), generator.get("numbering", "standard"), items
    )


def replace_record(docx: Any, blob: bytes) -> None:
    """Drops every record part of ``docx`` and relates a new one holding ``blob``."""
    drop_records(docx)
    _relate_record_part(docx, blob)


def drop_records(docx: Any) -> None:
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    for rid, rel in list(docx.part.rels.items()):
        if rel.is_external or rel.reltype != RT.CUSTOM_XML:
            continue
        if NAMESPACE.encode() in rel.target_part.blob:
            del docx.part.rels[rid]
