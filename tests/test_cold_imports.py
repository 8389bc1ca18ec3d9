"""A cold one-draft render loads no module it can do without (speed13): the record's item id
is uuid5's, worked out without ``uuid``; the output's temporary name is secrets.token_hex's
form, without ``secrets``."""

from __future__ import annotations

import os
import re
import uuid
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from cold_support import render_twice
from speechdraft.writers import output
from speechdraft.writers.record import NAMESPACE, name_based_uuid, record_properties


@settings(max_examples=300, deadline=None)
@given(name=st.text())
def test_the_item_id_is_uuid5s(name: str) -> None:
    assert name_based_uuid(name) == str(uuid.uuid5(uuid.NAMESPACE_URL, name))


def test_the_item_ids_of_record_parts_are_uuid5s() -> None:
    import hashlib

    for blob in (b"", b"<record/>", "讲话稿".encode() * 100):
        expected = uuid.uuid5(uuid.NAMESPACE_URL, NAMESPACE + hashlib.sha256(blob).hexdigest())
        assert f"{str(expected).upper()}" in record_properties(blob).decode("utf-8")


def test_the_temporary_name_is_sixteen_hex_digits_and_new_each_time(tmp_path: Path) -> None:
    names = {output._temp_name(tmp_path / "稿.docx") for _ in range(50)}
    assert len(names) == 50
    for name in names:
        assert re.fullmatch(
            re.escape(str(tmp_path) + os.sep + output.TEMP_PREFIX) + r"[0-9a-f]{16}\.docx", name
        )


def test_a_cold_render_loads_neither_uuid_nor_secrets(tmp_path: Path, write_profile) -> None:
    profile = write_profile("县会.yaml")
    for run, (_, modules) in render_twice(tmp_path, profile).items():
        assert "speechdraft.writers.record" in modules  # the record was written
        if run == "again":  # (the first checks the data with pydantic, which loads both)
            assert not modules & {"uuid", "secrets", "hmac", "platform"}
    assert (tmp_path / "稿.docx").stat().st_size > 5000
