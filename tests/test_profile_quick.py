"""The quick profile check (intake/quick.py) a render takes instead of pydantic: it must
accept only what the models accept, make exactly what they make, and leave everything
else to them, so that every message a clerk reads is the models' own."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from tests.conftest import BASE_PROFILE, merged

from speechdraft.errors import ProfileError
from speechdraft.intake import quick
from speechdraft.intake.loading import _read, load_profile, load_profile_text
from speechdraft.intake.profile import Profile, checked_profile, model_shape

REPOSITORY = Path(__file__).resolve().parents[1]

# Sound profiles written in ways the models normalise: the quick check must make the same.
ACCEPTED: list[dict[str, Any]] = [
    {},
    {"kind": "领导讲话"},
    {"kind": " work_report "},
    {"meeting": {"date": "二〇二六年三月五日"}},
    {"meeting": {"date": "2026.3.5", "name": "  全县教育工作会议  "}},
    {"meeting": {"date": "2026年9月1日", "season": "秋季", "review_year": 2025}},
    {"meeting": {"name": ""}},
    {"region": {"level": "县", "name": ""}},
    {"region": {"level": "district", "superiors": "区委、区政府"}},
    {"speaker": {"title": "  县委书记  ", "name": " 张三", "role": "party_secretary"}},
    {"speaker": {"title": "局长", "on_behalf_of": "局党组", "name": "\u3000李四\u3000"}},
    {"duration_minutes": 15, "seed": 7, "suggestions": "omit", "fonts": "windows"},
    {"duration_minutes": "", "seed": None, "policies": ["党的二十大精神", " 全国教育大会精神 "]},
    {"attendees": ["各学校校长", ""], "preceding": []},
    {"review": {"achievements": ["新建幼儿园3所"], "problems": ["学位紧张 "]}},
    {"review": {"achievements": [{"area": "项目建设", "figures": {" 完成投资 ": " 1.2亿元 "}}]}},
    {"review": ""},
    {"targets": ["毛入园率达到92%", "义务教育巩固率保持100%"]},
    {"targets": {"guideline": "", "items": ["毛入园率达到92%"]}},
    {"priorities": ["学前教育", {"area": "校园安全", "title": "守牢安全底线"}]},
    {"priorities": [{"area": "学前教育", "facts": {"覆盖率": None, "园数": 12, "率": 91.5}}]},
    {"safeguards": [{"area": "经费保障", "facts": {"预算": 12.6}}, "组织领导"]},
    {"safeguards": None},
    {
        "sources": {
            "重点任务/学前教育/覆盖率": {
                "value": "91.5%",
                "department": "基础教育股",
                "file": "回表.xlsx",
                "place": "基础教育股!H9",
            }
        }
    },
]

# Profiles the models refuse (or that the quick check is not sure of): it must give up,
# and load_profile must then say exactly what the models say.
REFUSED: list[dict[str, Any]] = [
    {"kind": "speech_of_some_kind"},
    {"kind": ""},
    {"kind": ["leader_speech"]},
    {"meeting": {"date": "2026年13月5日"}},
    {"meeting": {"date": "2099-01-01"}},
    {"meeting": {"date": 20260305}},
    {"meeting": {"date": "下周三"}},
    {"meeting": {"season": "冬季"}},
    {"meeting": {"review_year": 2001}},
    {"meeting": {"review_year": "2025"}},
    {"meeting": "2026年3月5日"},
    {"region": {"level": "village"}},
    {"region": {"level": None}},
    {"speaker": {"title": "", "name": "张三"}},
    {"speaker": {"title": ["书记"]}},
    {"speaker": {"title": "书记", "role": "mayor"}},
    {"speaker": {"title": 12}},
    {"surprise": "不认识的字段"},
    {"speaker": {"title": "书记", "nickname": "老张"}},
    {"duration_minutes": 2},
    {"duration_minutes": 200},
    {"duration_minutes": "15"},
    {"duration_minutes": "015"},
    {"duration_minutes": 15.5},
    {"duration_minutes": True},
    {"seed": "12"},
    {"seed": True},
    {"fonts": "comic"},
    {"suggestions": "maybe"},
    {"attendees": "各学校校长"},
    {"attendees": None},
    {"attendees": ["校长"] * 31},
    {"priorities": [{"area": "学前教育", "facts": {"覆盖率": True}}]},
    {"priorities": [{"area": "学前教育", "facts": {"覆盖率": [1, 2]}}]},
    {"priorities": [{"area": "学前教育", "facts": {"覆盖率": float("nan")}}]},
    {"priorities": [{"area": ""}]},
    {"priorities": [{"title": "只有标题"}]},
    {"priorities": "学前教育"},
    {"review": {"achievements": [{"points": ["没有领域"]}]}},
    {"review": None},
    {"targets": {"guideline": "思路", "items": "一条"}},
    {"sources": {"重点任务/学前教育/覆盖率": {"value": "91.5%", "department": "基教股"}}},
    {"policies": "党的二十大精神"},
]


def _text(change: dict[str, Any]) -> str:
    return yaml.safe_dump(merged(BASE_PROFILE, change), allow_unicode=True, sort_keys=False)


def _outcome(load: Any, path: Path) -> str:
    try:
        loaded = load(path)
    except ProfileError as exc:
        return f"refused: {exc}"
    return f"{loaded.profile!r} {[str(w) for w in loaded.warnings]}"


def test_the_quick_check_is_in_step_with_the_models() -> None:
    assert model_shape() == quick.SHAPE, (
        "the profile's models changed: bring intake/quick.py in step with intake/profile.py "
        f"and set quick.SHAPE to {model_shape()!r}"
    )


@pytest.mark.parametrize("index", range(len(ACCEPTED)))
def test_the_quick_check_makes_what_the_models_make(index: int) -> None:
    text = _text(ACCEPTED[index])
    data, walk = _read("p.yaml", text)
    made = quick.quick_profile(data)
    assert made is not None, "the quick check gave up on a sound profile"
    by_models = checked_profile("p.yaml", data, walk)
    assert repr(made) == repr(by_models)
    assert made.meeting_year == by_models.meeting_year
    assert made.review_year == by_models.review_year


def test_every_example_and_review_profile_is_made_alike() -> None:
    files = sorted(REPOSITORY.glob("profiles/*.yaml"))
    files += sorted(REPOSITORY.glob("docs/review/*/profiles/*.yaml"))
    assert len(files) >= 30
    for file in files:
        data, walk = _read(str(file), file.read_text(encoding="utf-8"))
        made = quick.quick_profile(data)
        assert made is not None, file
        assert repr(made) == repr(checked_profile(str(file), data, walk)), file


def test_over_bad_profiles_the_messages_are_the_models_own(tmp_path: Path) -> None:
    assert len(REFUSED) >= 30
    for index, change in enumerate(REFUSED):
        text = _text(change)
        data, _ = _read("p.yaml", text)
        assert quick.quick_profile(data) is None, change
        path = tmp_path / f"坏{index}.yaml"
        path.write_text(text, encoding="utf-8")
        by_file = _outcome(load_profile, path)  # the quick check first
        by_models = _outcome(lambda p: load_profile_text(p.read_text(encoding="utf-8"), p), path)
        assert by_file == by_models, change
        assert by_file.startswith("refused: ") or "Profile(" in by_file, change
    refused = [_outcome(load_profile, tmp_path / f"坏{i}.yaml") for i in range(len(REFUSED))]
    assert sum(outcome.startswith("refused: ") for outcome in refused) >= 38


def test_a_text_with_an_edge_python_strips_but_pydantic_does_not_is_left_to_the_models() -> None:
    # (the file's walk refuses control characters before either check; the data may not)
    data, walk = _read("p.yaml", _text({}))
    data["speaker"]["title"] = "书记\x1c"
    assert quick.quick_profile(data) is None
    assert checked_profile("p.yaml", data, walk).speaker.title == "书记\x1c"


def test_the_records_are_frozen_comparable_and_picklable() -> None:
    data, _ = _read("p.yaml", _text({}))
    made = quick.quick_profile(data)
    assert made is not None
    again = quick.quick_profile(_read("p.yaml", _text({}))[0])
    assert made == again and made is not again
    assert made.speaker == again.speaker and hash(made.speaker) == hash(again.speaker)
    assert made != quick.quick_profile(_read("p.yaml", _text({"seed": 3}))[0])
    with pytest.raises(AttributeError):
        made.kind = "safety"  # type: ignore[misc]
    assert repr(pickle.loads(pickle.dumps(made))) == repr(made)
    assert made.priorities[2].area == "校园安全" and made.priorities[2].facts == {}


def test_models_out_of_step_send_every_profile_to_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(quick, "SHAPE", "an older shape")
    quick._in_step.cache_clear()
    path = tmp_path / "p.yaml"
    path.write_text(_text({}), encoding="utf-8")
    assert isinstance(load_profile(path).profile, Profile)
    monkeypatch.undo()
    quick._in_step.cache_clear()
    assert isinstance(load_profile(path).profile, quick.Profile)


def test_a_render_in_a_fresh_process_imports_no_pydantic(tmp_path: Path) -> None:
    """The second render of a profile (the first keeps the bank, the norms and the models'
    shape) checks it, drafts and writes it without importing pydantic."""
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from speechdraft.pipeline import build_draft, write_draft\n"
        f"draft = build_draft(Path({str(REPOSITORY / 'profiles' / 'county-leader-2025.yaml')!r}))\n"
        f"write_draft(draft, Path({str(tmp_path / 'out.docx')!r}), force=True)\n"
        "print(sorted(m for m in ('pydantic', 'pydantic_core') if m in sys.modules))\n"
        "print(type(draft.loaded.profile).__module__)\n"
    )
    env = dict(os.environ)  # the tests' own cache folder (conftest): often kept already
    run = [sys.executable, "-c", code]
    subprocess.run(run, env=env, capture_output=True, text=True, check=True)
    second = subprocess.run(run, env=env, capture_output=True, text=True, check=True)
    assert second.stdout.split("\n")[:2] == ["[]", "speechdraft.intake.quick"]


def test_the_three_lists_of_speaker_roles_agree() -> None:
    """The roles are written three times on purpose: the model needs them as a Literal, the
    quick check keeps them without importing voice (about 40 ms of a cold validate), and
    voice's rules are keyed by them. A role added to one list must be added to all."""
    import typing

    from speechdraft import voice
    from speechdraft.intake import profile, quick

    annotation = profile.Speaker.model_fields["role"].annotation
    literal = next(arg for arg in typing.get_args(annotation) if arg is not type(None))
    assert typing.get_args(literal) == quick.ROLES == voice.ROLES
