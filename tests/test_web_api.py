"""The HTTP API of `speechdraft serve`, against a real server on 127.0.0.1: the same
checks and messages as the CLI, files that reopen, refusals for other origins and hosts,
size limits, and no 500 for any bad input."""

from __future__ import annotations

import base64
import io
import json
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import docx
import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import BASE_PROFILE, merged
from speechdraft.intake.schema import profile_schema
from speechdraft.intake.yamlfile import MAX_PROFILE_BYTES
from web_support import fill_return, request, running_server


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    with running_server() as url:
        yield url


def profile_yaml(data: dict[str, Any] | None = None) -> bytes:
    return yaml.safe_dump(data or BASE_PROFILE, allow_unicode=True).encode("utf-8")


def run_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "speechdraft", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        check=False,
    )


def test_render_returns_a_docx_that_reopens_with_the_profiles_facts(base: str) -> None:
    reply = request(f"{base}/api/render", profile_yaml())
    assert reply.status == 200
    assert reply.headers["content-type"].startswith("application/vnd.openxmlformats")
    assert "filename*=UTF-8''" in reply.headers["content-disposition"]
    text = "\n".join(p.text for p in docx.Document(io.BytesIO(reply.body)).paragraphs)
    assert "在2025年全县教育工作会议上的讲话" in text
    assert "张三" in text
    assert "91.5%" in text


def test_json_body_renders_the_same_draft_as_yaml(base: str) -> None:
    from_yaml = request(f"{base}/api/render?format=txt", profile_yaml())
    from_json = request(f"{base}/api/render?format=txt", json_body=BASE_PROFILE)
    assert from_yaml.status == from_json.status == 200
    assert from_yaml.text == from_json.text
    assert from_yaml.text.startswith("在2025年全县教育工作会议上的讲话\n")


def test_review_and_reading_copies_differ_from_the_draft(base: str) -> None:
    def header_texts(copy: str) -> list[str]:
        reply = request(f"{base}/api/render?copy={copy}", profile_yaml())
        assert reply.status == 200
        document = docx.Document(io.BytesIO(reply.body))
        return [p.text for s in document.sections for p in s.header.paragraphs if p.text]

    assert any("讨论稿" in text for text in header_texts("review"))
    assert not any("讨论稿" in text for text in header_texts("draft"))


def test_validate_gives_the_cli_messages_with_their_places(base: str, tmp_path: Path) -> None:
    bad = merged(BASE_PROFILE, {"speaker": {"title": ""}, "duration_minutes": "半小时"})
    path = tmp_path / "会议信息.yaml"
    path.write_bytes(profile_yaml(bad))
    reply = request(f"{base}/api/validate?name=会议信息.yaml", path.read_bytes())
    assert reply.status == 200
    payload = reply.json()
    assert payload["ok"] is False
    by_path = {p["path"]: p for p in payload["problems"]}
    assert set(by_path) == {"speaker.title", "duration_minutes"}
    assert by_path["speaker.title"]["line"] is not None
    # The CLI prints exactly these located lines.
    printed = run_cli("validate", "会议信息.yaml", cwd=tmp_path).stderr
    for problem in payload["problems"]:
        assert problem["text"] in printed


def test_form_json_problems_name_the_field_without_lines(base: str) -> None:
    bad = merged(BASE_PROFILE, {"meeting": {"date": "2025-13-01"}})
    payload = request(f"{base}/api/validate", json_body=bad).json()
    assert payload["ok"] is False
    [problem] = payload["problems"]
    assert problem["path"] == "meeting.date"
    assert problem["line"] is None and "2025-13-01" in problem["message"]


def test_valid_profile_summary_matches_the_cli(base: str) -> None:
    payload = request(f"{base}/api/validate", profile_yaml()).json()
    assert payload == {
        "ok": True,
        "problems": [],
        "warnings": [],
        "summary": "会议信息.yaml：填写正确（教育工作会议领导讲话，县级，2025年，重点任务 3 项）",
    }


def test_render_of_a_bad_profile_is_422_with_problems(base: str) -> None:
    reply = request(f"{base}/api/render", json_body=merged(BASE_PROFILE, {"kind": "speech"}))
    assert reply.status == 422
    payload = reply.json()
    assert [p["path"] for p in payload["problems"]] == ["kind"]
    assert "不是可选的值" in payload["problems"][0]["message"]


def test_check_answers_what_the_cli_json_says(base: str, tmp_path: Path) -> None:
    draft = "在2026年全市教育工作会议上的讲话\n同志们：\n今年全县要新建XX所幼儿园,继续推进“十三五”规划。\n"
    path = tmp_path / "稿子.txt"
    path.write_text(draft, encoding="utf-8")
    reply = request(f"{base}/api/check?name=稿子.txt&level=county&year=2026", path.read_bytes())
    assert reply.status == 200
    from_cli = run_cli(
        "check", "稿子.txt", "--level", "county", "--year", "2026", "--format", "json", cwd=tmp_path
    )
    assert reply.json() == json.loads(from_cli.stdout)
    assert {f["rule"] for f in reply.json()["findings"]} >= {"placeholder", "punctuation"}


def test_check_can_return_the_paragraphs_for_highlighting(base: str) -> None:
    text = "标题\n第一段。\n第二段有XX处。\n".encode()
    payload = request(f"{base}/api/check?name=a.txt&paragraphs=1", text).json()
    assert payload["paragraphs"] == ["标题", "第一段。", "第二段有XX处。"]
    assert payload["findings"][0]["paragraph"] == 3  # numbered from 1: the third paragraph


def test_import_gives_a_profile_and_its_notes(base: str) -> None:
    old = (
        "在2025年全县教育工作会议上的讲话\n县委书记　王五\n同志们：\n"
        "一、回顾去年工作\n去年新建幼儿园3所，普惠性幼儿园覆盖率达到90%。\n"
        "二、明确今年任务\n（一）办好学前教育\n要持续扩大普惠资源。\n"
    ).encode()
    reply = request(f"{base}/api/import?name=去年.txt&year=2026", old)
    assert reply.status == 200
    payload = reply.json()
    assert payload["data"]["kind"] == "leader_speech"
    assert payload["data"]["region"]["level"] == "county"
    assert payload["yaml"].startswith("#")
    assert any("县" in note for note in payload["notes"])


def test_load_returns_the_data_even_when_it_has_problems(base: str) -> None:
    bad = merged(BASE_PROFILE, {"duration_minutes": 500})
    payload = request(f"{base}/api/load", profile_yaml(bad)).json()
    assert payload["ok"] is False
    assert payload["data"]["duration_minutes"] == 500  # nothing the clerk wrote is lost
    assert [p["path"] for p in payload["problems"]] == ["duration_minutes"]


def test_yaml_download_reads_back_to_the_same_profile(base: str) -> None:
    reply = request(f"{base}/api/yaml", json_body=BASE_PROFILE)
    assert reply.status == 200
    text = reply.text
    assert "# 讲话人职务" in text
    assert yaml.safe_load(text) == BASE_PROFILE


def test_checklist_download(base: str) -> None:
    reply = request(
        f"{base}/api/checklist?kind=leader_speech&priorities=学前教育,校园安全&format=txt"
    )
    assert reply.status == 200
    assert "普惠性幼儿园覆盖率" in reply.text
    assert "材料收集清单" in reply.text
    as_docx = request(f"{base}/api/checklist?kind=leader_speech&priorities=学前教育")
    tables = docx.Document(io.BytesIO(as_docx.body)).tables
    assert any("普惠性幼儿园覆盖率" in c.text for t in tables for r in t.rows for c in r.cells)


def test_example_is_what_init_writes(base: str) -> None:
    payload = request(f"{base}/api/example?kind=work_report&level=district").json()
    assert payload["kind"] == "work_report"
    assert payload["region"]["level"] == "district"
    assert payload["speaker"]["title"] == "区教育局局长"


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("/api/render?copy=final", "copy 只能是 draft、review 或 reading"),
        ("/api/render?format=doc", "format 只能是 docx、txt 或 pdf"),
        ("/api/check?name=a.txt&level=countyy", "是不是“county”"),
        ("/api/check?name=a.txt&year=今年", "year 应为四位数的年份"),
        ("/api/check?name=a.doc", "只支持 .docx、.txt 和 .md"),
    ],
)
def test_bad_parameters_get_chinese_messages(base: str, url: str, message: str) -> None:
    reply = request(base + url, profile_yaml())
    assert reply.status == 400
    assert message in reply.json()["message"]


def test_requests_from_other_pages_and_hosts_are_refused(base: str) -> None:
    foreign = request(f"{base}/api/render", profile_yaml(), headers={"Origin": "http://evil.test"})
    assert foreign.status == 403
    assert "其他网页" in foreign.json()["message"]
    assert "access-control-allow-origin" not in {k.lower() for k in foreign.headers}
    rebound = request(f"{base}/api/validate", profile_yaml(), headers={"Host": "evil.test"})
    assert rebound.status == 400
    assert "不是本服务的地址" in rebound.json()["message"]
    same = request(f"{base}/api/validate", profile_yaml(), headers={"Origin": base})
    assert same.status == 200 and same.json()["ok"] is True


def test_uploads_over_the_limit_are_refused_with_a_message(base: str) -> None:
    reply = request(f"{base}/api/validate", b"a" * (MAX_PROFILE_BYTES + 1))
    assert reply.status == 413
    assert "太大" in reply.json()["message"]


def test_gbk_profile_gets_the_clis_message(base: str) -> None:
    payload = request(f"{base}/api/validate", "kind: 讲话\n".encode("gbk")).json()
    assert "GBK" in payload["problems"][0]["message"]


def test_unknown_address_and_method_answer_in_chinese(base: str) -> None:
    missing = request(f"{base}/no-such-page")
    assert missing.status == 404 and "没有这个地址" in missing.json()["message"]
    wrong = request(f"{base}/api/render")
    assert wrong.status == 405 and "不接受 GET" in wrong.json()["message"]


def test_api_docs_page_lists_every_route(base: str) -> None:
    page = request(f"{base}/api/docs").text
    for route in ("/api/render", "/api/validate", "/api/check", "/api/import"):
        assert route in page
    spec = request(f"{base}/openapi.json").json()
    assert set(spec["paths"]) >= {"/api/render", "/api/validate", "/api/check"}
    # Every reference resolves; the profile's schema is the one `speechdraft schema` writes.
    schemas = spec["components"]["schemas"]
    refs = set(re.findall(r'"#/components/schemas/([^"]+)"', json.dumps(spec)))
    assert refs <= set(schemas)
    assert "Profile" in refs
    assert schemas["Profile"]["properties"]["kind"] == profile_schema()["properties"]["kind"]
    assert "cdn" not in page.lower()


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(body=st.binary(max_size=300) | st.text(max_size=300).map(str.encode))
def test_no_body_gets_a_500(base: str, body: bytes) -> None:
    for route, headers in (
        ("/api/validate", {}),
        ("/api/preview", {"Content-Type": "application/json"}),
        ("/api/render", {"Content-Type": "application/json"}),
        ("/api/load", {}),
        ("/api/check?name=x.docx", {}),
        ("/api/import?name=x.txt", {}),
    ):
        reply = request(base + route, body, headers=headers)
        assert reply.status < 500, (route, reply.text)
        assert "Traceback" not in reply.text


def test_a_percentage_as_a_fraction_and_text_in_a_count_are_refused(
    base: str, tmp_path: Path
) -> None:
    bad = merged(BASE_PROFILE, {})
    bad["priorities"][1]["facts"]["普惠性幼儿园覆盖率"] = 0.92
    bad["priorities"][0]["facts"]["续建项目数"] = "好几个"
    payload = request(f"{base}/api/validate", json_body=bad).json()
    by_path = {p["path"]: p["message"] for p in payload["problems"]}
    assert "写成百分之几的那个数，如 92" in by_path["priorities[1].facts.普惠性幼儿园覆盖率"]
    assert "应为数字" in by_path["priorities[0].facts.续建项目数"]
    path = tmp_path / "x.yaml"
    path.write_bytes(profile_yaml(bad))
    printed = run_cli("validate", "x.yaml", cwd=tmp_path).stderr
    assert "x.yaml:" in printed and "不要写成小数 0.92" in printed and "好几个" in printed


def test_an_unreadable_upload_is_named_by_its_own_name(base: str) -> None:
    reply = request(f"{base}/api/check?name=通知.docx", b"PK\x03\x04 not really a zip")
    assert reply.status == 400
    message = reply.json()["message"]
    assert "通知.docx" in message
    assert "/tmp" not in message and "upload" not in message


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_pdf_comes_from_libreoffice_and_leaves_no_files(
    base: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The server runs in this process: its temporary folders go to a folder of our own
    # (the machine's /tmp is shared with other programs).
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    reply = request(f"{base}/api/render?format=pdf&copy=review", profile_yaml())
    assert reply.status == 200
    assert reply.headers["content-type"] == "application/pdf"
    assert reply.body.startswith(b"%PDF")
    assert list(tmp_path.iterdir()) == []


def test_without_libreoffice_pdf_gets_a_note_not_an_error_page(
    base: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from speechdraft.writers import pdf

    monkeypatch.setattr(pdf, "find_soffice", lambda: None)
    reply = request(f"{base}/api/render?format=pdf", profile_yaml())
    assert reply.status == 400
    assert "没有安装 LibreOffice" in reply.json()["message"]
    assert "另存为 PDF" in reply.json()["message"]


def test_the_meetings_form_goes_out_and_the_returns_come_back_into_the_profile(
    base: str,
) -> None:
    profile = merged(BASE_PROFILE, {})
    profile["priorities"][1]["facts"] = {}
    form = request(f"{base}/api/checklist", json_body=profile)
    assert form.status == 200
    assert form.headers["content-type"].startswith("application/vnd.openxmlformats")
    filled = fill_return(
        form.body,
        {"priority:preschool:inclusive_coverage:target": 93.5, "general:speaker.name": "周明"},
    )
    body = {
        "profile": profile,
        "returns": [{"name": "基础教育股.xlsx", "content": base64.b64encode(filled).decode()}],
    }
    payload = request(f"{base}/api/collect", json_body=body).json()
    assert payload["ok"] is True
    assert payload["accepted"] == 2
    assert payload["report"][0].startswith("读取了 1 份回表，写入 2 项")
    data = payload["data"]
    assert data["speaker"]["name"] == "周明"
    assert data["priorities"][1]["facts"]["普惠性幼儿园覆盖率"] in (93.5, "93.5")
    source = next(iter(data["sources"].values()))
    assert source["file"] == "基础教育股.xlsx"  # the upload's own name, not a temporary path


def test_an_unreadable_return_is_named_and_nothing_is_collected(base: str) -> None:
    body = {
        "profile": BASE_PROFILE,
        "returns": [
            {"name": "财务股.xls", "content": base64.b64encode(b"\xd0\xcf\x11\xe0").decode()}
        ],
    }
    payload = request(f"{base}/api/collect", json_body=body).json()
    assert payload["ok"] is False
    assert payload["unreadable"][0].startswith("财务股.xls")
    assert "speechdraft-returns" not in payload["message"]
    bad = request(f"{base}/api/collect", json_body={"profile": BASE_PROFILE})
    assert bad.status == 400 and "returns" in bad.json()["message"]


def test_the_preview_names_its_seed_and_the_next_seed_changes_only_the_stock(base: str) -> None:
    """换一种说法 sends the preview's seed plus one: another wording, the clerk's facts kept."""

    def spoken(seed: int | None) -> tuple[int, list[str]]:
        data = dict(BASE_PROFILE) if seed is None else {**BASE_PROFILE, "seed": seed}
        body = json.loads(request(f"{base}/api/preview", json_body=data).body)
        assert body["ok"], body
        lines = [
            "".join(s["text"] for s in line["segments"])
            for page in body["preview"]["pages"]
            for line in page
        ]
        return body["preview"]["seed"], lines

    seed, first = spoken(None)
    again, same = spoken(seed)  # the seed named is the one the draft came from
    assert again == seed and same == first
    turned, second = spoken(seed + 1)
    assert turned == seed + 1 and second != first
    text, other = "".join(first), "".join(second)
    for fact in ("张三", "91.5%", "在2025年全县教育工作会议上的讲话"):
        assert fact in text and fact in other
