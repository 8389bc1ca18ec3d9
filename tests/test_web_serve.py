"""`speechdraft serve`: starts on 127.0.0.1, warns in Chinese before serving a LAN,
refuses a taken or privileged port with a message, and never opens a browser when told."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import time

import pytest
from typer.testing import CliRunner

from speechdraft.cli import app, web_commands
from web_support import free_port, request


def test_serve_answers_on_loopback_and_stops() -> None:
    port = free_port()
    command = [sys.executable, "-m", "speechdraft", "serve", "--port", str(port), "--no-browser"]
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    ) as server:
        try:
            assert server.stdout is not None
            first = server.stdout.readline()
            assert f"http://127.0.0.1:{port}/" in first and "已启动" in first
            page = _first_answer(f"http://127.0.0.1:{port}/")
            assert page.status == 200
            assert "讲话稿助手" in page.text
        finally:
            server.send_signal(signal.SIGINT)  # Ctrl-C
            out, _ = server.communicate(timeout=20)
    assert server.returncode == 0
    assert "已停止" in out


def _first_answer(url: str):  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + 20
    while True:
        try:
            return request(url)
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def test_lan_host_prints_the_warning_before_serving(monkeypatch: pytest.MonkeyPatch) -> None:
    served: list[tuple[str, int]] = []
    monkeypatch.setattr(web_commands, "_port_is_free", lambda host, port: True)
    monkeypatch.setattr(web_commands, "_run", lambda host, port: served.append((host, port)))
    result = CliRunner().invoke(
        app, ["serve", "--host", "0.0.0.0", "--port", "8123", "--no-browser"]
    )
    assert result.exit_code == 0
    assert "同一网络中的任何人都能打开并使用它" in result.output
    assert "http://127.0.0.1:8123/" in result.output
    assert served == [("0.0.0.0", 8123)]


def test_loopback_serving_has_no_lan_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(web_commands, "_port_is_free", lambda host, port: True)
    monkeypatch.setattr(web_commands, "_run", lambda host, port: None)
    result = CliRunner().invoke(app, ["serve", "--no-browser"])
    assert result.exit_code == 0
    assert "局域网" not in result.output
    assert "http://127.0.0.1:8000/" in result.output


def test_a_taken_port_is_named_with_the_fix() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = CliRunner().invoke(app, ["serve", "--port", str(port), "--no-browser"])
    assert result.exit_code == 2
    assert f"端口 {port} 已被占用" in result.output
    assert f"--port {port + 1}" in result.output


def test_a_privileged_port_is_refused() -> None:
    result = CliRunner().invoke(app, ["serve", "--port", "80", "--no-browser"])
    assert result.exit_code == 2
    assert "1024—65535" in result.output


def test_workers_behind_a_web_server_take_their_host_names_from_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from speechdraft.web.app import app_from_environment
    from speechdraft.web.guard import OriginGuard

    def guard_of(app) -> OriginGuard:  # type: ignore[no-untyped-def]
        stack = app.build_middleware_stack()
        while not isinstance(stack, OriginGuard):
            stack = stack.app
        return stack

    monkeypatch.setenv("SPEECHDRAFT_ALLOWED_HOSTS", "speech.jyj.local, 10.1.2.3")
    guard = guard_of(app_from_environment())
    assert guard.refusal("POST", {"host": "speech.jyj.local"}) is None
    assert guard.refusal("POST", {"host": "10.1.2.3:8443"}) is None
    assert guard.refusal("POST", {"host": "127.0.0.1:8000"}) is None
    assert guard.refusal("POST", {"host": "evil.test"}) is not None
    monkeypatch.setenv("SPEECHDRAFT_ALLOWED_HOSTS", "*")
    assert guard_of(app_from_environment()).refusal("POST", {"host": "any.name"}) is None


def test_the_address_shown_is_one_a_browser_opens() -> None:
    assert web_commands.page_address("127.0.0.1", 8000) == "http://127.0.0.1:8000/"
    assert web_commands.page_address("0.0.0.0", 8001) == "http://127.0.0.1:8001/"
    assert web_commands.page_address("::1", 8000) == "http://[::1]:8000/"
    assert web_commands.page_address("192.168.1.5", 80) == "http://192.168.1.5:80/"
