"""The web app: the page, and an HTTP API over the same pipeline as the command line.

Every answer is JSON with Chinese messages or a file; a bad input is a 4xx with the
message the CLI would print, never a traceback. Nothing a user sends is kept.
"""

from __future__ import annotations

import base64
import binascii
import datetime
import json
from typing import Any
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from speechdraft.errors import ProfileError, SpeechdraftError
from speechdraft.genre import KINDS, LEVELS
from speechdraft.intake.yamlfile import MAX_PROFILE_BYTES
from speechdraft.messages import did_you_mean
from speechdraft.web import api
from speechdraft.web.guard import LOOPBACK_NAMES, OriginGuard, ServerTiming

MAX_DRAFT_BYTES = 20 * 1024 * 1024  # a speech .docx with a photo or two; far above a real one
MAX_COLLECT_BYTES = 3 * MAX_DRAFT_BYTES  # several returns, base64 (4/3 of their size)
DRAIN_FACTOR = 4

_pages = Environment(
    loader=PackageLoader("speechdraft.web", "templates"),
    autoescape=select_autoescape(["html"]),
)

PROFILE_BODY = {
    "requestBody": {
        "required": True,
        "description": "会议信息：YAML 文本（与 speechdraft render 读的文件相同），"
        "或 Content-Type: application/json 的同样结构",
        "content": {
            "application/yaml": {"schema": {"type": "string"}},
            "application/json": {"schema": {"$ref": "#/components/schemas/Profile"}},
        },
    }
}
FILE_BODY = {
    "requestBody": {
        "required": True,
        "description": "文件内容本身（不是表单）：curl --data-binary @讲话稿.docx",
        "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}},
    }
}


COLLECT_BODY = {
    "requestBody": {
        "required": True,
        "description": "JSON：profile 为会议信息，returns 为各科室交回的清单"
        "（name 文件名，content 为 base64 编码的 .xlsx 或 .docx）",
        "content": {"application/json": {"schema": {"type": "object"}}},
    }
}


class TooLarge(SpeechdraftError):
    """A request body over its limit."""


class BadRequest(SpeechdraftError):
    """A query parameter or body the API cannot use."""


def create_app(allowed_hosts: frozenset[str] | None = LOOPBACK_NAMES) -> FastAPI:
    """The app; ``allowed_hosts`` None serves any Host name (an office LAN)."""
    app = FastAPI(
        title="speechdraft 讲话稿助手",
        description="把会议信息变成讲话稿初稿。所有消息为中文；出错时返回 JSON：{ok: false, message, problems}。",
        version="1",
        docs_url=None,  # Swagger UI loads its scripts from a CDN: our own page instead
        redoc_url=None,
    )
    _routes(app)
    _handlers(app)
    app.openapi = lambda: _openapi_with_profile(app)  # type: ignore[method-assign]
    app.mount("/static", StaticFiles(packages=[("speechdraft.web", "static")]), name="static")
    app.add_middleware(OriginGuard, allowed_hosts=allowed_hosts)
    app.add_middleware(ServerTiming)  # outermost: times the whole answer, refusals too
    return app


ALLOWED_HOSTS_VARIABLE = "SPEECHDRAFT_ALLOWED_HOSTS"


def app_from_environment() -> FastAPI:
    """The app for several uvicorn workers behind a web server (see docs/web.md):
    ``SPEECHDRAFT_ALLOWED_HOSTS`` lists the names the office reaches it by, comma
    separated, or ``*`` for any; unset, only this machine's loopback names."""
    import os

    names = os.environ.get(ALLOWED_HOSTS_VARIABLE, "").strip()
    if names == "*":
        return create_app(allowed_hosts=None)
    extra = {name.strip().lower() for name in names.split(",") if name.strip()}
    return create_app(allowed_hosts=LOOPBACK_NAMES | extra)


def _openapi_with_profile(app: FastAPI) -> dict[str, Any]:
    """FastAPI's description plus the profile's schema, the same one `speechdraft schema`
    writes, so the request bodies' ``Profile`` reference resolves."""
    if app.openapi_schema is None:
        from fastapi.openapi.utils import get_openapi

        from speechdraft.intake.schema import profile_schema

        spec = get_openapi(
            title=app.title, version=app.version, description=app.description, routes=app.routes
        )
        profile = profile_schema()
        definitions = profile.pop("$defs", {})
        for key in ("$schema", "$id"):
            profile.pop(key, None)
        schemas = spec.setdefault("components", {}).setdefault("schemas", {})
        moved = json.dumps({**definitions, "Profile": profile}, ensure_ascii=False)
        schemas.update(json.loads(moved.replace('"#/$defs/', '"#/components/schemas/')))
        app.openapi_schema = spec
    return app.openapi_schema


async def read_body(request: Request, limit: int, what: str) -> bytes:
    """The request body, refused with a message once it passes ``limit`` bytes. A little
    past the limit is still read (and dropped), so the client hears the answer instead of
    a broken connection; a body far past it is cut off."""
    declared = request.headers.get("content-length")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size <= limit:
            chunks.append(chunk)
        elif size > DRAIN_FACTOR * limit:
            break
    if size > limit:
        shown = int(declared) if declared is not None and declared.isdigit() else size
        raise _too_large(what, shown, limit)
    return b"".join(chunks)


def _too_large(what: str, size: int, limit: int) -> TooLarge:
    return TooLarge(
        f"{what}太大（超过 {limit // 1024 // 1024} MB，收到至少 {size // 1024} KB）：请确认选对了文件"
    )


async def profile_source(request: Request) -> api.ProfileSource:
    raw = await read_body(request, MAX_PROFILE_BYTES, "会议信息")
    is_json = "json" in request.headers.get("content-type", "")
    name = request.query_params.get("name") or ("网页表单" if is_json else "会议信息.yaml")
    return api.ProfileSource(name, raw, is_json)


def _routes(app: FastAPI) -> None:  # noqa: C901 - one small function per route
    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def page() -> HTMLResponse:
        return HTMLResponse(_pages.get_template("index.html").render(boot=api.boot_json()))

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return Response(status_code=204)

    @app.get("/api/docs", response_class=HTMLResponse, include_in_schema=False)
    def docs() -> HTMLResponse:
        return HTMLResponse(
            _pages.get_template("apidocs.html").render(openapi=app.openapi(), json=json)
        )

    @app.post("/api/validate", summary="检查会议信息", openapi_extra=PROFILE_BODY)
    async def validate(request: Request) -> JSONResponse:
        """与 `speechdraft validate` 相同的检查。返回 `{ok, problems: [{path, message, line, column, text}], summary}`；
        有问题时 ok 为 false（HTTP 200）。"""
        source = await profile_source(request)
        return JSONResponse(await run_in_threadpool(api.validate, source))

    @app.post("/api/preview", summary="预览讲话稿", openapi_extra=PROFILE_BODY)
    async def preview(request: Request) -> JSONResponse:
        """检查并生成讲话稿，返回按 A4（22 行 × 28 字）排好的预览、提纲、各部分字数和待补处数。
        会议信息有误时 ok 为 false，并给出 problems。"""
        source = await profile_source(request)
        return JSONResponse(await run_in_threadpool(api.preview, source))

    @app.post("/api/render", summary="生成讲话稿文件", openapi_extra=PROFILE_BODY)
    async def render(request: Request, copy: str = "draft", format: str = "docx") -> Response:
        """返回 .docx（`?copy=review` 审阅稿，`?copy=reading` 念稿版），或 `?format=txt` 纯文本、
        `?format=pdf` PDF（需要服务器装有 LibreOffice）。会议信息有误时返回 422 和 problems。"""
        _require_one_of("copy", copy, ("draft", "review", "reading"))
        _require_one_of("format", format, ("docx", "txt", "pdf"))
        source = await profile_source(request)
        file = await run_in_threadpool(api.render, source, copy, format)
        return _download(file)

    @app.post("/api/yaml", summary="会议信息另存为 YAML", openapi_extra=PROFILE_BODY)
    async def as_yaml(request: Request) -> Response:
        """把会议信息（JSON）写成带中文注释的 YAML 文件，可用命令行 `speechdraft render` 生成。"""
        source = await profile_source(request)
        return _download(await run_in_threadpool(api.profile_yaml, source))

    @app.post("/api/load", summary="读取会议信息文件", openapi_extra=PROFILE_BODY)
    async def load(request: Request) -> JSONResponse:
        """读取已保存的会议信息（YAML），返回其内容（`data`，供表单填入）和检查结果。"""
        source = await profile_source(request)
        return JSONResponse(await run_in_threadpool(api.load, source))

    @app.post("/api/check", summary="检查任何讲话稿", openapi_extra=FILE_BODY)
    async def check(
        request: Request, name: str = "讲话稿.docx", level: str = "", year: str = ""
    ) -> JSONResponse:
        """与 `speechdraft check --format json` 相同的结果。`name` 给出文件名（据扩展名识别 .docx/.txt/.md），
        `level`、`year` 可选。加 `?paragraphs=1` 时另附各段文字（`paragraphs`），供页面标出问题所在。"""
        checked_level = _level(level)
        checked_year = _year(year)
        raw = await read_body(request, MAX_DRAFT_BYTES, "讲话稿文件")
        result = await run_in_threadpool(api.check, name, raw, checked_level, checked_year)
        if request.query_params.get("paragraphs") != "1":
            result.pop("paragraphs")
        return JSONResponse(result)

    @app.post("/api/import", summary="从去年的讲话稿起草会议信息", openapi_extra=FILE_BODY)
    async def import_(
        request: Request, name: str = "去年讲话.docx", year: str = ""
    ) -> JSONResponse:
        """与 `speechdraft import` 相同：返回新的会议信息（`yaml` 带注释的文本，`data` 供表单填入）和推断说明 `notes`。"""
        checked_year = _year(year)
        raw = await read_body(request, MAX_DRAFT_BYTES, "讲话稿文件")
        return JSONResponse(await run_in_threadpool(api.import_speech, name, raw, checked_year))

    @app.post("/api/checklist", summary="本次会议的材料收集清单", openapi_extra=PROFILE_BODY)
    async def profile_checklist(request: Request, format: str = "xlsx") -> Response:
        """与 `speechdraft checklist --profile` 相同：按本次会议（日期、重点任务）生成清单。
        `format=xlsx`（默认，各科室填写后交回，可用 /api/collect 汇总）、`docx`（打印）或 `txt`。"""
        _require_one_of("format", format, ("xlsx", "docx", "txt"))
        source = await profile_source(request)
        return _download(await run_in_threadpool(api.profile_checklist, source, format))

    @app.post("/api/collect", summary="汇总各科室交回的清单", openapi_extra=COLLECT_BODY)
    async def collect(request: Request) -> JSONResponse:
        """与 `speechdraft collect` 相同：读取各科室填好的 .xlsx/.docx 清单，把数据写进会议信息。
        返回新的会议信息（`data`）、写入的项数、逐科室的说明（`report`）和是否需要您决定（`needs_decision`）。"""
        raw = await read_body(request, MAX_COLLECT_BYTES, "回表")
        source, returns = _collect_request(raw)
        return JSONResponse(await run_in_threadpool(api.collect, source, returns))

    @app.get("/api/example", summary="新会议信息的示例")
    def example(kind: str = "leader_speech", level: str = "county") -> JSONResponse:
        """与 `speechdraft init` 相同的起始内容（JSON）。"""
        _choice("kind", kind, KINDS)
        _choice("level", level, LEVELS)
        return JSONResponse(api.example(kind, level, datetime.date.today()))

    @app.get("/api/checklist", summary="材料收集清单")
    def checklist(
        kind: str = "leader_speech", priorities: str = "", format: str = "docx"
    ) -> Response:
        """与 `speechdraft checklist` 相同。`priorities` 用逗号分隔领域名；`format` 为 docx 或 txt。"""
        _choice("kind", kind, KINDS)
        _require_one_of("format", format, ("docx", "txt"))
        names = [p.strip() for p in priorities.replace("，", ",").split(",") if p.strip()]
        return _download(api.checklist(kind, names or None, format))


def _collect_request(raw: bytes) -> tuple[api.ProfileSource, list[tuple[str, bytes]]]:
    """{"profile": {...}, "returns": [{"name": "基础教育股.xlsx", "content": "<base64>"}]}."""
    try:
        body = json.loads(raw.decode("utf-8"))
        profile = json.dumps(body["profile"], ensure_ascii=False).encode("utf-8")
        returns = [
            (str(item["name"]), base64.b64decode(item["content"], validate=True))
            for item in body["returns"]
        ]
    except (ValueError, KeyError, TypeError, UnicodeDecodeError, binascii.Error):
        raise BadRequest(
            '请求内容应为 JSON：{"profile": 会议信息, "returns": [{"name": 文件名, '
            '"content": base64 编码的文件内容}]}；请对照接口说明 /api/docs'
        ) from None
    if not returns:
        raise BadRequest("没有收到回表：请选择各科室交回的 .xlsx 或 .docx 清单")
    return api.ProfileSource("网页表单", profile, True), returns


def _download(file: api.FileOut) -> Response:
    quoted = quote(file.name)
    return Response(
        file.body,
        media_type=file.media_type,
        headers={
            "Content-Disposition": f"attachment; filename=\"{file.ascii_name}\"; filename*=UTF-8''{quoted}"
        },
    )


def _require_one_of(option: str, value: str, allowed: tuple[str, ...]) -> None:
    if value not in allowed:
        listing = "、".join(allowed[:-1]) + f" 或 {allowed[-1]}"
        raise BadRequest(f"{option} 只能是 {listing}，收到的是“{value}”。")


def _choice(option: str, value: str, choices: dict[str, Any]) -> None:
    if value not in choices:
        guess = did_you_mean(value, list(choices))
        hint = f"是不是“{guess}”？" if guess else ""
        listing = "、".join(f"{key}（{getattr(c, 'label', key)}）" for key, c in choices.items())
        raise BadRequest(f"{option} 不能是“{value}”。{hint}可选：{listing}")


def _level(value: str) -> str | None:
    if not value:
        return None
    _choice("level", value, LEVELS)
    return value


def _year(value: str) -> int | None:
    if not value:
        return None
    if not value.isdigit() or not 1949 <= int(value) <= 2100:
        raise BadRequest(f"year 应为四位数的年份，如 2026，收到的是“{value}”。")
    return int(value)


def _handlers(app: FastAPI) -> None:
    @app.exception_handler(ProfileError)
    async def profile_error(request: Request, exc: ProfileError) -> JSONResponse:
        return JSONResponse(api.problems_payload(exc), status_code=422)

    @app.exception_handler(TooLarge)
    async def too_large(request: Request, exc: TooLarge) -> JSONResponse:
        return JSONResponse({"ok": False, "message": str(exc)}, status_code=413)

    @app.exception_handler(SpeechdraftError)
    async def bad_input(request: Request, exc: SpeechdraftError) -> JSONResponse:
        return JSONResponse({"ok": False, "message": str(exc)}, status_code=400)

    @app.exception_handler(RequestValidationError)
    async def bad_parameters(request: Request, exc: RequestValidationError) -> JSONResponse:
        names = "、".join(str(e.get("loc", ("",))[-1]) for e in exc.errors())
        return JSONResponse(
            {"ok": False, "message": f"请求的参数有误（{names}）：请对照接口说明 /api/docs"},
            status_code=400,
        )

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        messages = {
            404: f"没有这个地址：{request.url.path}。页面在 /，接口说明在 /api/docs",
            405: f"{request.url.path} 不接受 {request.method} 请求：请对照接口说明 /api/docs",
        }
        message = messages.get(exc.status_code, f"请求未能完成（{exc.status_code}）")
        return JSONResponse({"ok": False, "message": message}, status_code=exc.status_code)

    @app.exception_handler(Exception)
    async def internal(request: Request, exc: Exception) -> JSONResponse:
        return JSONResponse(
            {
                "ok": False,
                "message": f"处理请求时发生了内部错误（{type(exc).__name__}）。这是 speechdraft 的问题，"
                "不是您的输入有误；请把会议信息另存为 YAML，连同这段话发给维护人员。",
            },
            status_code=500,
        )
