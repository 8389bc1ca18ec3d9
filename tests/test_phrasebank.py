"""The phrase bank as validated data: located Chinese errors, fact()/norm() references
checked at load, and a user's --templates folder adding or replacing areas."""

from __future__ import annotations

from pathlib import Path

import pytest

from speechdraft.datafile import DataFileError
from speechdraft.phrasebank import load_phrasebank
from speechdraft.pipeline import build_draft
from speechdraft.resources import builtin_templates_dir

GOOD = """key: reading
label: 书香校园建设
aliases: [阅读, 书香校园]
facts:
  - key: reading_rooms
    label: 新建校园阅览室数
    unit: 间
families:
  - key: rooms
    headings:
      - 建设书香校园，涵养读书风气
    units:
      - "要把阅读作为育人的基础工程，今年新建校园阅览室{{ fact('reading_rooms') }}，让每个孩子都有书读、爱读书。"
      - "各学校要{{ suggest('每学期举办一次', '定期举办') }}读书分享会。"
      - 阅览室要在课后向学生开放。
      - 图书要常换常新。
"""

# The same area in the paragraph form the bank had before it was made of units.
OLD_FORM = """key: reading
label: 书香校园建设
titles:
  - 建设书香校园，涵养读书风气
bodies:
  - 要把阅读作为育人的基础工程。
"""


def user_folder(tmp_path: Path, text: str, name: str = "reading.yaml") -> Path:
    folder = tmp_path / "mine"
    (folder / "phrases" / "areas").mkdir(parents=True)
    (folder / "phrases" / "areas" / name).write_text(text, encoding="utf-8")
    return folder


def test_a_users_area_is_added_and_used(tmp_path: Path) -> None:
    folder = user_folder(tmp_path, GOOD)
    bank = load_phrasebank(builtin_templates_dir(), folder)
    assert bank.find_area("书香校园") is not None
    assert len(bank.areas) == len(load_phrasebank(builtin_templates_dir()).areas) + 1
    profile = tmp_path / "p.yaml"
    profile.write_text(
        "kind: leader_speech\nmeeting:\n  date: 2025-03-12\nregion:\n  level: county\n"
        "speaker:\n  title: 县委书记\npriorities:\n  - area: 书香校园建设\n"
        "    facts:\n      新建校园阅览室数: 12\n",
        encoding="utf-8",
    )
    text = build_draft(profile, templates=folder).document.body_text()
    assert "新建校园阅览室12间" in text


def test_a_users_file_with_a_builtin_key_replaces_it(tmp_path: Path) -> None:
    folder = user_folder(tmp_path, GOOD.replace("key: reading\n", "key: teachers\n", 1), "t.yaml")
    bank = load_phrasebank(builtin_templates_dir(), folder)
    assert bank.areas["teachers"].label == "书香校园建设"


def test_an_undeclared_fact_is_found_at_load_with_its_place(tmp_path: Path) -> None:
    folder = user_folder(tmp_path, GOOD.replace("fact('reading_rooms')", "fact('rooms')"))
    with pytest.raises(DataFileError) as caught:
        load_phrasebank(builtin_templates_dir(), folder)
    message = str(caught.value)
    assert "reading.yaml:13:9 families[0].units[0].text[0]" in message
    assert 'fact("rooms")' in message and "reading_rooms" in message
    assert "Traceback" not in message


def test_a_file_without_families_is_told_so(tmp_path: Path) -> None:
    text = GOOD[: GOOD.index("families:")]
    folder = user_folder(tmp_path, text)
    with pytest.raises(DataFileError) as caught:
        load_phrasebank(builtin_templates_dir(), folder)
    message = str(caught.value)
    assert "reading.yaml:1:1 families：缺少这一项" in message


def test_a_file_in_the_old_paragraph_form_is_told_how_to_convert(tmp_path: Path) -> None:
    folder = user_folder(tmp_path, OLD_FORM)
    with pytest.raises(DataFileError) as caught:
        load_phrasebank(builtin_templates_dir(), folder)
    message = str(caught.value)
    assert "reading.yaml:1:1" in message and "旧的整段格式（bodies、titles）" in message
    assert "families" in message and "templates/README.md" in message


def test_a_template_mistake_is_located(tmp_path: Path) -> None:
    text = GOOD.replace("{{ suggest('每学期举办一次', '定期举办') }}", "{{ suggest('每学期' }}")
    folder = user_folder(tmp_path, text)
    with pytest.raises(DataFileError) as caught:
        load_phrasebank(builtin_templates_dir(), folder)
    assert "reading.yaml:14:9 families[0].units[1].text[0]：模板写法有误" in str(caught.value)


def test_an_unknown_norm_is_named(tmp_path: Path) -> None:
    text = GOOD.replace("{{ suggest('每学期举办一次', '定期举办') }}", "{{ norm('no_such_rule') }}")
    folder = user_folder(tmp_path, text)
    with pytest.raises(DataFileError) as caught:
        load_phrasebank(builtin_templates_dir(), folder)
    assert 'norm("no_such_rule")' in str(caught.value)


def test_the_checked_bank_is_kept_between_runs_and_any_edit_is_read_again(
    tmp_path: Path, monkeypatch
) -> None:
    """A cold render reads the bank from the cache; an edited, added or broken phrase file is
    read (and its mistake reported) again. ``__wrapped__`` skips the in-process cache, as a
    new process would."""
    from speechdraft import phrasebank

    monkeypatch.setenv("SPEECHDRAFT_CACHE_DIR", str(tmp_path / "cache"))
    reads: list[Path | None] = []
    read = phrasebank._read_phrasebank

    def counted(templates_dir: Path, user_dir: Path | None) -> phrasebank.PhraseBank:
        reads.append(user_dir)
        return read(templates_dir, user_dir)

    monkeypatch.setattr(phrasebank, "_read_phrasebank", counted)
    load = load_phrasebank.__wrapped__
    folder = user_folder(tmp_path, GOOD)
    first = load(builtin_templates_dir(), folder)
    assert load(builtin_templates_dir(), folder) == first and len(reads) == 1
    assert first.areas["reading"].label == "书香校园建设"
    edited = folder / "phrases" / "areas" / "reading.yaml"
    edited.write_text(GOOD.replace("书香校园建设", "书香校园"), encoding="utf-8")
    assert load(builtin_templates_dir(), folder).areas["reading"].label == "书香校园"
    (folder / "phrases" / "areas" / "more.yaml").write_text(
        GOOD.replace("key: reading\n", "key: more\n", 1), encoding="utf-8"
    )
    assert "more" in load(builtin_templates_dir(), folder).areas
    assert len(reads) == 3
    edited.write_text(GOOD.replace("fact('reading_rooms')", "fact('rooms')"), encoding="utf-8")
    for _ in range(2):  # a mistake is never kept: it is reported on every run
        with pytest.raises(DataFileError, match=r'reading\.yaml:13:9 .*fact\("rooms"\)'):
            load(builtin_templates_dir(), folder)


def _readme_example() -> str:
    text = (builtin_templates_dir() / "README.md").read_text(encoding="utf-8")
    after = text[text.index("### 例子：新增一个“书香校园”领域") :]
    return after[after.index("```yaml\n") + 8 : after.index("```\n", after.index("```yaml\n") + 8)]


def test_the_readme_example_loads_and_says_what_the_readme_says(write_profile, tmp_path) -> None:
    folder = user_folder(tmp_path, _readme_example())
    fields = {
        "priorities": [{"area": "书香校园", "facts": {"新建校园阅览室数": 12}}],
        "safeguards": [],
    }
    texts = {}
    for title in ("县委书记", "县教育局局长"):
        profile = write_profile(
            speaker={"title": title, "name": "王五"}, duration_minutes=40, **fields
        )
        texts[title] = "".join(
            build_draft(profile, seed=4, templates=folder).document.spoken_lines()
        )
    for text in texts.values():
        # the bare 12 is marked after its clause (figure20), as the README now shows
        assert "今年新建校园阅览室12间【待核：计划数还是现有数】，让每个孩子都有书读" in text
    assert "县直各有关部门要支持阅览室建设" in texts["县委书记"]
    assert "我们将积极争取各方支持" in texts["县教育局局长"]
    assert "县直各有关部门要支持" not in texts["县教育局局长"]


def test_the_readme_examples_mistakes_get_the_messages_it_shows(tmp_path) -> None:
    example = _readme_example()
    folder = user_folder(tmp_path, example.replace('fact("reading_rooms")', 'fact("rooms")'))
    with pytest.raises(DataFileError) as caught:
        load_phrasebank(builtin_templates_dir(), folder)
    shown = 'reading.yaml:21:15 families[0].units[1].text[0]：引用了未声明的数据项 fact("rooms")'
    assert shown in str(caught.value)
    assert shown in (builtin_templates_dir() / "README.md").read_text(encoding="utf-8")
    folder = user_folder(tmp_path / "2", example.replace("roles: [bureau_chief]", "roles: [局长]"))
    with pytest.raises(DataFileError) as caught:
        load_phrasebank(builtin_templates_dir(), folder)
    assert "“局长”不是可选的值。可选：party_secretary、government_head" in str(caught.value)
