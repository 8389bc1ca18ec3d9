"""A fresh process validates profiles with a validator made from the core schema an earlier
run kept (issue 13's cold start), not by building the pydantic models: it must accept,
refuse, normalise and locate exactly as the built models do."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import yaml
from tests.conftest import BASE_PROFILE, merged

REPOSITORY = Path(__file__).resolve().parents[1]

# Each changes the baseline profile in one way the model checks, coerces or refuses.
VARIANTS: list[dict[str, object]] = [
    {},
    {"kind": "领导讲话"},
    {"kind": "speech_of_some_kind"},
    {"meeting": {"date": "二〇二六年三月五日"}},
    {"meeting": {"date": "2026.3.5"}},
    {"meeting": {"date": "2026年13月5日"}},
    {"region": {"level": "village"}},
    {"region": {"level": "county", "name": ""}},
    {"speaker": {"title": "", "name": "张三"}},
    {"speaker": {"title": ["书记"]}},
    {"speaker": {"title": "  县委书记  ", "name": " 张三"}},
    {"surprise": "不认识的字段"},
    {"duration_minutes": 2},
    {"duration_minutes": "15"},
    {"duration_minutes": 15.5},
    {"seed": "12"},
    {"seed": True},
    {"suggestions": "omit"},
    {"fonts": "comic"},
    {"attendees": ["各学校校长", ""]},
    {"priorities": [{"area": "学前教育", "facts": {"覆盖率": True}}]},
    {"priorities": [{"area": "学前教育", "facts": {"覆盖率": None, "园数": 12}}]},
    {"priorities": "学前教育"},
    {"safeguards": [{"area": "经费保障", "facts": {"预算": 12.6}}]},
    {"targets": {"guideline": "", "items": ["毛入园率达到92%"]}},
    {"review": {"achievements": [{"area": "项目建设", "points": []}], "problems": []}},
    {"sources": {"重点任务/学前教育/覆盖率": {"value": "91.5%", "department": "基教股"}}},
]

SCRIPT = """
import json, sys
from pathlib import Path
from speechdraft.errors import ProfileError
from speechdraft.intake import profile

TEXTS = json.loads(sys.stdin.read())

def outcomes():
    found = []
    for name, text in TEXTS:
        try:
            loaded = profile.load_profile_text(text, Path(name))
            found.append(["ok", repr(loaded.profile), [str(w) for w in loaded.warnings]])
        except ProfileError as exc:
            found.append(["refused", str(exc)])
    return found

kept = not profile.Profile.__pydantic_complete__
validator = profile.profile_validator()
kept = kept and validator is not profile.Profile.__pydantic_validator__
first = outcomes()
profile.profile_validator.cache_clear()
profile.Profile.model_rebuild(force=True)
assert profile.profile_validator() is profile.Profile.__pydantic_validator__
print(json.dumps({"kept": kept, "first": first, "built": outcomes()}, ensure_ascii=False))
"""


def _texts() -> list[tuple[str, str]]:
    texts = [
        (f"变体{index}.yaml", yaml.safe_dump(merged(BASE_PROFILE, change), allow_unicode=True))
        for index, change in enumerate(VARIANTS)
    ]
    texts += [
        (path.name, path.read_text(encoding="utf-8"))
        for path in sorted((REPOSITORY / "profiles").glob("*.yaml"))
    ]
    return texts


def _run(cache: Path, texts: list[tuple[str, str]]) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        input=json.dumps(texts, ensure_ascii=False),
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "SPEECHDRAFT_CACHE_DIR": str(cache)},
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_the_kept_validator_judges_every_profile_as_the_built_models_do(tmp_path: Path) -> None:
    texts = _texts()
    cache = tmp_path / "cache"
    first_run = _run(cache, texts)  # nothing kept yet: the models are built, and kept
    assert first_run["kept"] is False
    assert list(cache.glob("profile-schema-*.pickle"))
    fresh = _run(cache, texts)
    assert fresh["kept"] is True  # this process validated with the kept schema
    assert fresh["first"] == fresh["built"] == first_run["built"]
    outcomes = [item[0] for item in fresh["first"]]  # type: ignore[union-attr]
    assert outcomes.count("ok") >= 12 and outcomes.count("refused") >= 8
    refused = " ".join(item[1] for item in fresh["first"] if item[0] == "refused")  # type: ignore[union-attr]
    assert "变体6.yaml:" in refused and "village" in refused  # located, in Chinese
