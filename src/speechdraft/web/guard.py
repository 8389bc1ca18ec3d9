"""Who may talk to the server, and how much they may send.

Host check: a page on another site that points a name at 127.0.0.1 (DNS rebinding) is
refused. Origin check: a browser posting from another site's page is refused, so no
other page can make a clerk's browser use this server (no CORS headers are ever sent).
Clients without an Origin (curl, other office systems calling the API) are let in.
"""

from __future__ import annotations

import json
import time
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any
from urllib.parse import urlsplit

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

LOOPBACK_NAMES = frozenset({"127.0.0.1", "localhost", "::1"})
UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


def host_name(host: str) -> str:
    """'127.0.0.1:8000' → '127.0.0.1'; '[::1]:8000' → '::1'."""
    return (urlsplit(f"//{host}").hostname or "").lower()


class OriginGuard:
    """ASGI middleware: refuses unknown Host names and cross-origin writes, in Chinese."""

    def __init__(self, app: ASGIApp, allowed_hosts: frozenset[str] | None = LOOPBACK_NAMES):
        self.app = app
        self.allowed_hosts = allowed_hosts  # None: any name (the office LAN, --host 0.0.0.0)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]}
        refusal = self.refusal(scope["method"], headers)
        if refusal is None:
            await self.app(scope, receive, send)
            return
        status, message = refusal
        await _send_json(send, status, {"ok": False, "message": message})

    def refusal(self, method: str, headers: dict[str, str]) -> tuple[int, str] | None:
        host = headers.get("host", "")
        if self.allowed_hosts is not None and host_name(host) not in self.allowed_hosts:
            return 400, (
                f"拒绝访问：地址“{host}”不是本服务的地址。"
                "请在浏览器中打开 speechdraft serve 显示的地址（如 http://127.0.0.1:8000）"
            )
        origin = headers.get("origin")
        if method in UNSAFE_METHODS and origin is not None and urlsplit(origin).netloc != host:
            return 403, (
                f"拒绝访问：请求来自其他网页（{origin}）。"
                "讲话稿助手只接受它自己页面上的操作；其他系统调用接口时请不要带 Origin 请求头"
            )
        return None


class ServerTiming:
    """ASGI middleware: a ``Server-Timing: app;dur=…`` header on every answer, so the
    browser's developer tools and the latency benchmark see the server's share."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()

        async def timed(message: Message) -> None:
            if message["type"] == "http.response.start":
                elapsed = (time.perf_counter() - started) * 1000
                headers = list(message.get("headers", []))
                headers.append((b"server-timing", f"app;dur={elapsed:.1f}".encode()))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, timed)


async def _send_json(send: Send, status: int, payload: dict[str, Any]) -> None:
    body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json; charset=utf-8"),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
