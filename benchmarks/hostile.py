"""Hostile-size drafts (issue 10): time and peak memory of `check` and `outline` at the
reader's limits, each in a fresh process (resource.getrusage of the child).

    python benchmarks/hostile.py          # prints a Markdown table

The files are built here, in a temporary folder: a .docx whose word/document.xml is just
under MAX_XML_PART_BYTES (400,000+ tiny paragraphs, about 95 KB on disk), a .txt just
under MAX_TEXT_DRAFT_BYTES, and a paragraph of 2 million characters without 。！？；.
"""

from __future__ import annotations

import io
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

import docx

from speechdraft.lint.reader import MAX_TEXT_DRAFT_BYTES, MAX_XML_PART_BYTES


def near_limit_docx(path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("x")
    buffer = io.BytesIO()
    document.save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    xml = source.read("word/document.xml").decode()
    start = xml.index("<w:body>") + len("<w:body>")
    paragraph = "<w:p><w:r><w:t>全县教育。</w:t></w:r></w:p>"
    count = (MAX_XML_PART_BYTES - 1024 * 1024) // len(paragraph.encode())
    body = xml[:start] + paragraph * count + xml[start:]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = body if info.filename == "word/document.xml" else source.read(info.filename)
            target.writestr(info.filename, data)


def near_limit_text(path: Path) -> None:
    line = "今年全县教育工作稳步推进，各项工作取得新的成绩。" * 20 + "\n"
    text = "在2025年全县教育工作会议上的讲话\n同志们：\n" + line * 10_000
    data = text.encode()[: MAX_TEXT_DRAFT_BYTES - 1024 * 1024]
    path.write_bytes(data[: data.rfind(b"\n") + 1])


def long_paragraph(path: Path) -> None:
    body = "今年是十四五规划收官之年、" * 160_000
    path.write_text(f"在2025年全县教育工作会议上的讲话\n同志们：\n{body}\n", encoding="utf-8")


_CHILD = """
import atexit, resource, sys
atexit.register(lambda: print("MAXRSS", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                              file=sys.stderr))
sys.argv = ["speechdraft", *sys.argv[1:]]
from speechdraft.cli import main
main()
"""


def measure(*args: str) -> tuple[float, int]:
    """Seconds and peak resident MB of one `speechdraft` run in its own process."""
    started = time.perf_counter()
    finished = subprocess.run(
        [sys.executable, "-c", _CHILD, *args], capture_output=True, text=True, check=False
    )
    elapsed = time.perf_counter() - started
    line = next(x for x in finished.stderr.splitlines() if x.startswith("MAXRSS"))
    return elapsed, int(line.split()[1]) // 1024


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        files = {
            "docx at the XML-part limit": Path(folder, "near.docx"),
            ".txt at the size limit": Path(folder, "near.txt"),
            "2 M characters without 。": Path(folder, "long.txt"),
        }
        near_limit_docx(files["docx at the XML-part limit"])
        near_limit_text(files[".txt at the size limit"])
        long_paragraph(files["2 M characters without 。"])
        print("| input | size on disk | command | seconds | peak MB |")
        print("|---|---:|---|---:|---:|")
        for label, path in files.items():
            for command in ("check", "outline"):
                seconds, peak = measure(command, str(path))
                size = path.stat().st_size / 1024 / 1024
                print(f"| {label} | {size:.1f} MB | {command} | {seconds:.1f} | {peak} |")


if __name__ == "__main__":
    main()
