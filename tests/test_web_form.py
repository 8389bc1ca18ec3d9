"""The form is worded by the profile model: every label and help text the page shows is
the model's own description, as `init` writes it and the JSON Schema carries it."""

from __future__ import annotations

import datetime
from typing import Any

from speechdraft.intake.profile import Profile, model_of
from speechdraft.intake.schema import profile_schema
from speechdraft.intake.skeleton import skeleton_yaml
from speechdraft.pipeline import phrasebank
from speechdraft.web.catalog import catalog
from speechdraft.web.form import form_spec, label_of


def walk(
    fields: list[dict[str, Any]], model: type, prefix: str = ""
) -> list[tuple[str, dict[str, Any], str]]:
    """(path, spec, the model's description) for every field of the form."""
    found = []
    for spec in fields:
        info = model.model_fields[spec["name"]]
        found.append((prefix + spec["name"], spec, info.description or ""))
        sub = model_of(info.annotation)
        if "fields" in spec and sub is not None:
            found += walk(spec["fields"], sub, prefix + spec["name"] + ".")
    return found


def test_every_model_field_is_in_the_form_with_its_description() -> None:
    rows = walk(form_spec(), Profile)
    assert [spec["name"] for spec in form_spec()] == list(Profile.model_fields)
    for path, spec, description in rows:
        assert spec["label"] == label_of(description), path
        assert description.startswith(spec["label"]), path
        if spec["type"] != "choice":
            assert spec["help"] == description, path


def test_init_and_the_schema_carry_the_same_words() -> None:
    text = skeleton_yaml("leader_speech", "county", phrasebank(), datetime.date(2026, 3, 1))
    schema = profile_schema()
    written = [spec for spec in form_spec() if f"\n{spec['name']}:" in text]
    assert len(written) >= 10  # init writes most top-level keys, each under its description
    for spec in written:
        if spec["type"] != "choice":
            assert f"# {spec['help']}\n{spec['name']}:" in text, spec["name"]
    assert schema["properties"]["speaker"]["description"] == "讲话人"
    speaker = schema["$defs"]["Speaker"]["properties"]["title"]["description"]
    assert speaker == next(s["help"] for s in form_spec()[3]["fields"] if s["name"] == "title")


def test_required_marks_and_bounds_follow_the_model() -> None:
    spec = {s["name"]: s for s in form_spec()}
    assert spec["kind"]["required"] and spec["meeting"]["required"]
    assert not spec["attendees"]["required"]
    assert (spec["duration_minutes"]["min"], spec["duration_minutes"]["max"]) == (3, 120)
    assert spec["priorities"]["type"] == "records" and spec["attendees"]["type"] == "texts"
    kinds = dict(spec["kind"]["choices"])
    assert kinds["leader_speech"] == "教育工作会议领导讲话"


def test_the_catalogue_offers_each_area_with_its_facts_and_pinyin() -> None:
    areas = {a["label"]: a for a in catalog()["areas"]}
    bank = phrasebank()
    assert len(areas) == len(bank.areas)
    preschool = next(a for a in areas.values() if a["key"] == "preschool")
    spec = bank.areas["preschool"]
    assert [f["label"] for f in preschool["facts"]] == [f.label for f in spec.facts]
    assert [f["unit"] for f in preschool["facts"]] == [f.unit for f in spec.facts]
    assert [f["required"] for f in preschool["facts"]] == [f.required for f in spec.facts]
    assert all(f["source"] for f in preschool["facts"])
    assert "xqjy" in preschool["search"] and "xueqian" in preschool["search"]
