"""What each API route does, as plain functions over the pipeline (no HTTP here): the
routes in app.py read the request, call one of these in a worker thread, and answer."""

from __future__ import annotations

import datetime
import json
from dataclasses import dataclass
from typing import Any

import yaml

from speechdraft.errors import Problem, ProfileError
from speechdraft.genre import KINDS, LEVELS
from speechdraft.intake.profile import LoadedProfile
from speechdraft.intake.skeleton import commented_yaml, example_profile
from speechdraft.intake.yamlfile import MAX_DEPTH, Walk, compose
from speechdraft.pipeline import (
    check_upload,
    checklist_bytes,
    collect_uploads,
    draft_bytes,
    draft_of,
    draft_pdf_bytes,
    import_upload,
    phrasebank,
    profile_checklist_bytes,
    profile_text_from_bytes,
    validate_profile_text,
)
from speechdraft.web.catalog import catalog
from speechdraft.web.form import form_spec
from speechdraft.web.preview import preview_json
from speechdraft.writers.pdf import find_soffice
from speechdraft.writers.text import to_text

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
TEXT = "text/plain; charset=utf-8"
COPY_NAMES = {"draft": "", "review": "（审阅稿）", "reading": "（念稿版）"}


@dataclass(frozen=True)
class ProfileSource:
    """A profile as sent: YAML text (like a file) or the form's JSON."""

    name: str
    raw: bytes
    is_json: bool

    def text(self) -> str:
        if not self.is_json:
            return profile_text_from_bytes(self.name, self.raw)
        return yaml.safe_dump(self.data(), allow_unicode=True, sort_keys=False)

    def data(self) -> dict[str, Any]:
        try:
            data = json.loads(self.raw.decode("utf-8"))
        except UnicodeDecodeError:
            raise _whole(self.name, "内容不是 UTF-8 编码的 JSON") from None
        except json.JSONDecodeError as exc:
            raise _whole(
                self.name, f"内容不是有效的 JSON（第 {exc.lineno} 行第 {exc.colno} 列）"
            ) from None
        except RecursionError:
            raise _whole(self.name, _too_deep()) from None
        if not isinstance(data, dict):
            raise _whole(self.name, '会议信息应是一个对象（{"kind": …, "meeting": …}）')
        if _depth(data) > MAX_DEPTH:
            raise _whole(self.name, _too_deep())
        return data


def _too_deep() -> str:
    return f"嵌套超过 {MAX_DEPTH} 层：会议信息最多嵌套四五层"


def _depth(value: Any) -> int:
    """Nesting depth, without recursion (a hostile body may nest thousands deep)."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, depth = stack.pop()
        deepest = max(deepest, depth)
        if depth > MAX_DEPTH:
            break
        children = (
            item.values() if isinstance(item, dict) else item if isinstance(item, list) else ()
        )
        stack += [(child, depth + 1) for child in children]
    return deepest


def _whole(name: str, message: str) -> ProfileError:
    return ProfileError(name, [Problem(name, None, None, "", message)])


@dataclass(frozen=True)
class FileOut:
    name: str
    ascii_name: str
    media_type: str
    body: bytes


def problem_json(problem: Problem, located: bool) -> dict[str, Any]:
    """One problem; form input has no lines to point at (its YAML is ours, not the user's)."""
    line, column = (problem.line, problem.column) if located else (None, None)
    shown = Problem(problem.file, line, column, problem.path, problem.message)
    return {
        "path": problem.path,
        "message": problem.message,
        "line": line,
        "column": column,
        "text": str(shown),
    }


def problems_payload(exc: ProfileError, located: bool = True) -> dict[str, Any]:
    return {
        "ok": False,
        "message": str(exc),
        "problems": [problem_json(p, located) for p in exc.problems],
    }


def _checked(source: ProfileSource) -> LoadedProfile:
    try:
        return validate_profile_text(source.text(), source.name)
    except ProfileError as exc:
        raise _relocated(exc, source) from None


def _relocated(exc: ProfileError, source: ProfileSource) -> ProfileError:
    if not source.is_json:
        return exc
    return ProfileError(
        exc.file, [Problem(p.file, None, None, p.path, p.message) for p in exc.problems]
    )


def validate(source: ProfileSource) -> dict[str, Any]:
    try:
        loaded = _checked(source)
    except ProfileError as exc:
        return problems_payload(exc, located=not source.is_json)
    p = loaded.profile
    facts = (
        f"{KINDS[p.kind].label}，{LEVELS[p.region.level].label}级，"
        f"{p.meeting_year}年，重点任务 {len(p.priorities)} 项"
    )
    located = not source.is_json
    warnings = [problem_json(w, located) for w in loaded.warnings]
    summary = (
        f"{source.name}：格式没有问题（{facts}），但有 {len(warnings)} 处提醒，请逐条核对"
        if warnings
        else f"{source.name}：填写正确（{facts}）"
    )
    # warnings, as in `validate`: doubtful or normalised values that do not stop a draft
    return {"ok": True, "problems": [], "warnings": warnings, "summary": summary}


def preview(source: ProfileSource) -> dict[str, Any]:
    try:
        draft = draft_of(_checked(source))
    except ProfileError as exc:
        return problems_payload(exc, located=not source.is_json)
    # the same reminders as `validate` (a doubtful value does not stop a draft): the page
    # shows each next to its field, so a clerk sees 105% while typing, not after printing
    warnings = [problem_json(w, not source.is_json) for w in draft.loaded.warnings]
    preview = preview_json(draft.document, draft.notes)
    # the seed this wording came from: the page's 换一种说法 asks for the next one
    preview["seed"] = draft.context.seed
    return {"ok": True, "problems": [], "warnings": warnings, "preview": preview}


def render(source: ProfileSource, copy: str, fmt: str) -> FileOut:
    draft = draft_of(_checked(source))
    stem = draft.document.title.replace("\n", "") + COPY_NAMES[copy]
    if fmt == "txt":
        return FileOut(f"{stem}.txt", "speech.txt", TEXT, to_text(draft.document).encode("utf-8"))
    if fmt == "pdf":
        return FileOut(
            f"{stem}.pdf", "speech.pdf", "application/pdf", draft_pdf_bytes(draft, copy=copy)
        )
    return FileOut(f"{stem}.docx", f"speech-{copy}.docx", DOCX, draft_bytes(draft, copy=copy))


def profile_yaml(source: ProfileSource) -> FileOut:
    """The form's data as a commented YAML file, kept even when it has problems left:
    nothing the clerk typed is lost."""
    text = commented_yaml(source.data()) if source.is_json else source.text()
    return FileOut(
        "会议信息.yaml", "profile.yaml", "application/yaml; charset=utf-8", text.encode("utf-8")
    )


def load(source: ProfileSource) -> dict[str, Any]:
    """A saved profile for the form: its data (also when it has problems) and its problems."""
    text = source.text()
    try:
        loaded = validate_profile_text(text, source.name)
    except ProfileError as exc:
        payload = problems_payload(exc)
        payload["data"] = _raw_data(text, source.name)
        return payload
    data = loaded.profile.model_dump(mode="json", exclude_none=True)
    return {"ok": True, "problems": [], "data": data}


def _raw_data(text: str, name: str) -> dict[str, Any] | None:
    """The file's values as written, when the YAML itself is sound (within the budgets)."""
    try:
        root, loader = compose(name, text)
        if root is None:
            return None
        try:
            Walk(name, loader).run(root)  # counts aliases expanded: no bomb reaches JSON
            data = loader.construct_document(root)
        finally:
            loader.dispose()
    except (ProfileError, yaml.YAMLError):
        return None
    return (
        json.loads(json.dumps(data, ensure_ascii=False, default=str))
        if isinstance(data, dict)
        else None
    )


def check(name: str, raw: bytes, level: str | None, year: int | None) -> dict[str, Any]:
    """The findings of `check --format json`, and the paragraphs they count (for the page)."""
    result, paragraphs = check_upload(name, raw, level=level, year=year)
    return {**result.to_json(), "paragraphs": list(paragraphs)}


def import_speech(name: str, raw: bytes, year: int | None) -> dict[str, Any]:
    imported = import_upload(name, raw, year=year)
    loaded = load(ProfileSource("导入的会议信息.yaml", imported.text.encode("utf-8"), False))
    return {
        "ok": True,
        "yaml": imported.text,
        "notes": list(imported.notes),
        "data": loaded["data"],
        "problems": loaded["problems"],
    }


def example(kind: str, level: str, today: datetime.date) -> dict[str, Any]:
    return example_profile(kind, level, phrasebank(), today)


def checklist(kind: str, priorities: list[str] | None, fmt: str) -> FileOut:
    body = checklist_bytes(kind, priorities, as_text=fmt == "txt")
    label = KINDS[kind].label
    if fmt == "txt":
        return FileOut(f"材料收集清单（{label}）.txt", "checklist.txt", TEXT, body)
    return FileOut(f"材料收集清单（{label}）.docx", "checklist.docx", DOCX, body)


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CHECKLIST_TYPES = {"xlsx": XLSX, "docx": DOCX, "txt": TEXT}


def profile_checklist(source: ProfileSource, fmt: str) -> FileOut:
    """The form for this meeting (its date and areas), for departments to fill in."""
    body = profile_checklist_bytes(source.text(), source.name, fmt)
    return FileOut(f"材料收集清单.{fmt}", f"checklist.{fmt}", CHECKLIST_TYPES[fmt], body)


def collect(source: ProfileSource, returns: list[tuple[str, bytes]]) -> dict[str, Any]:
    """The departments' returns read into the profile: the new data for the form, what was
    written, and what needs the clerk's decision, as `speechdraft collect` reports it."""
    result = collect_uploads(source.text(), source.name, returns)
    if result.unreadable:
        return {
            "ok": False,
            "message": "\n".join(result.unreadable),
            "unreadable": result.unreadable,
        }
    payload: dict[str, Any] = {
        "ok": True,
        "accepted": len(result.accepted),
        "needs_decision": result.needs_decision,
        "report": result.report_lines(),
        "data": None,
        "problems": [],
    }
    if result.accepted:
        loaded = load(ProfileSource(source.name, result.yaml_text.encode("utf-8"), False))
        payload["data"], payload["problems"] = loaded["data"], loaded["problems"]
    return payload


def boot_json() -> dict[str, Any]:
    """What the page needs to draw itself: the form, the catalogue, the choices, a start."""
    return {
        "spec": form_spec(),
        "catalog": catalog(),
        "example": example("leader_speech", "county", datetime.date.today()),
        "pdf": find_soffice() is not None,
    }
