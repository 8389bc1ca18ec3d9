"""`speechdraft serve`: the browser face for colleagues who never open a terminal."""

from __future__ import annotations

import contextlib
from typing import Annotated

import typer

from speechdraft.cli._shared import app, error

LOOPBACK = ("127.0.0.1", "localhost", "::1")


@app.command()
def serve(
    port: Annotated[int, typer.Option("--port", help="端口号（1024—65535）")] = 8000,
    host: Annotated[
        str,
        typer.Option(
            "--host",
            help="监听的地址：默认 127.0.0.1 只供本机使用；0.0.0.0 供办公室局域网内的同事使用",
        ),
    ] = "127.0.0.1",
    no_browser: Annotated[bool, typer.Option("--no-browser", help="不自动打开浏览器")] = False,
) -> None:
    """在浏览器中使用讲话稿助手：填表、即时预览、下载 .docx、检查稿子（不保存任何人的数据）。"""
    from speechdraft.errors import SpeechdraftError

    if not 1024 <= port <= 65535:
        raise SpeechdraftError(f"--port 应在 1024—65535 之间，收到的是 {port}。")
    url = page_address(host, port)
    if host not in LOOPBACK:
        error(lan_warning(host, port))
    if not _port_is_free(host, port):
        raise SpeechdraftError(
            f"端口 {port} 已被占用（可能讲话稿助手已经在运行：请直接打开 {url}），"
            f"或加上 --port 换一个端口，如 --port {port + 1}。"
        )
    typer.echo(f"讲话稿助手已启动：请在浏览器中打开 {url}（按 Ctrl+C 停止）")
    if not no_browser:
        _open_browser_soon(url)
    with contextlib.suppress(KeyboardInterrupt):  # Ctrl-C is how a server stops: no failure
        _run(host, port)
    typer.echo("讲话稿助手已停止。")


def page_address(host: str, port: int) -> str:
    """Where to open the page: this machine when serving every interface."""
    shown = "127.0.0.1" if host in ("0.0.0.0", "::") else host
    return f"http://{f'[{shown}]' if ':' in shown else shown}:{port}/"


def lan_warning(host: str, port: int) -> str:
    return (
        f"注意：讲话稿助手正在 {host}:{port} 上对局域网开放，同一网络中的任何人都能打开并使用它。"
        "服务器不保存任何人填写的内容，但请只在可信的办公室网络中这样做；"
        "只供本机使用时请去掉 --host。"
    )


def _port_is_free(host: str, port: int) -> bool:
    import socket

    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        try:
            probe.bind((host, port))
        except OSError:
            return False
    return True


def _open_browser_soon(url: str) -> None:
    import threading
    import webbrowser

    threading.Timer(1.0, webbrowser.open, args=(url,)).start()


def _run(host: str, port: int) -> None:
    import uvicorn

    from speechdraft.web.app import create_app
    from speechdraft.web.guard import LOOPBACK_NAMES

    allowed = LOOPBACK_NAMES if host in LOOPBACK else None
    uvicorn.run(create_app(allowed_hosts=allowed), host=host, port=port, log_level="warning")
