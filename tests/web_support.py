"""A speechdraft web server on 127.0.0.1 in a thread of the test process, and a small
HTTP client over urllib (loopback only; nothing else is contacted)."""

from __future__ import annotations

import io
import json
import shutil
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import uvicorn

from speechdraft.web.app import create_app

# Debian's chromium, started as the closed network here needs: without the background
# networking flags it keeps trying hosts it cannot reach. Tests and the screenshot script
# launch it the same way, never a browser of Playwright's own.
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def running_server() -> Iterator[str]:
    """Yields the base URL of a server that stops when the block ends."""
    port = free_port()
    config = uvicorn.Config(create_app(), host="127.0.0.1", port=port, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@dataclass
class Reply:
    status: int
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body.decode("utf-8"))

    @property
    def text(self) -> str:
        return self.body.decode("utf-8")


def request(
    url: str,
    body: bytes | None = None,
    *,
    method: str | None = None,
    headers: dict[str, str] | None = None,
    json_body: Any = None,
) -> Reply:
    headers = dict(headers or {})
    if json_body is not None:
        body = json.dumps(json_body, ensure_ascii=False).encode("utf-8")
        headers.setdefault("Content-Type", "application/json")
    url = urllib.parse.quote(url, safe=":/?&=%")  # Chinese file names in the query
    call = urllib.request.Request(url, data=body, method=method, headers=headers)
    try:
        with urllib.request.urlopen(call, timeout=60) as answer:
            return Reply(answer.status, dict(answer.headers), answer.read())
    except urllib.error.HTTPError as error:
        with error:
            return Reply(error.code, dict(error.headers), error.read())


def fill_return(form: bytes, values: dict[str, object]) -> bytes:
    """A department's return: the .xlsx form with its cells filled by item key."""
    import openpyxl

    from speechdraft.returns.form_xlsx import FIRST_ITEM_ROW, KEY_COLUMN, VALUE_COLUMN

    workbook = openpyxl.load_workbook(io.BytesIO(form))
    for sheet in workbook.worksheets[1:]:
        for row in range(FIRST_ITEM_ROW, sheet.max_row + 1):
            if sheet.cell(row, KEY_COLUMN).value in values:
                sheet.cell(row, VALUE_COLUMN).value = values[sheet.cell(row, KEY_COLUMN).value]
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
