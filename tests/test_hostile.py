"""Hostile and broken input, through the command line: every case is refused with one
Chinese paragraph that names the file and the place, exit code 2, no traceback, and
nothing written or changed on disk. Windows files (BOM, CRLF, UTF-16) just work.

Decisions where the issue leaves a choice:
- GBK (and any other non-UTF-8 text) is detected and named, not guessed (see
  yamlfile._decode: Big5/Shift-JIS decode as valid but wrong GBK).
- XML-illegal control characters are refused with the field's place, not stripped:
  they are invisible, so stripping would silently change what the clerk typed.
- A profile is read at most 1 MB deep; YAML is composed with a node and depth budget
  and walked (aliases expanded) before any Python value is built.
- A value longer than 2,000 characters or a list of more than 30 entries is refused.
- User templates run in a bounded sandbox (sandbox.Sandbox, sandbox._Budget).
"""

from __future__ import annotations

import codecs
import errno
import hashlib
import os
import re
import stat
import textwrap
import time
import tracemalloc
from pathlib import Path

import docx
import pytest

from speechdraft.cli import app

ROOT = Path(__file__).resolve().parents[1]

#  1 kind   2 meeting   3 date   4 region   5 level   6 name   7 speaker   8 title   9 name
# 10 duration   11 review   12 problems   13 - 学位   14 targets   15 items   16 - 毛入园率
# 17 priorities   18 - area 学前教育   19 facts   20 覆盖率   21 points   22 - 新建   23 - 校园安全
PROFILE = textwrap.dedent(
    """\
    kind: leader_speech
    meeting:
      date: 2025-03-12
    region:
      level: county
      name: 安平县
    speaker:
      title: 县委书记
      name: 李明远
    duration_minutes: 10
    review:
      problems:
        - 城区学位依然紧张
    targets:
      items:
        - 学前三年毛入园率达到92%
    priorities:
      - area: 学前教育
        facts:
          普惠性幼儿园覆盖率: 91.5
        points:
          - 新建城北幼儿园一所
      - 校园安全
    """
)


def snapshot(folder: Path) -> dict[str, tuple[int, str] | None]:
    """Every file under ``folder`` with its mode and content digest (folders as None)."""
    state: dict[str, tuple[int, str] | None] = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink():
            digest = hashlib.sha256()
            with path.open("rb") as handle:
                while chunk := handle.read(1 << 20):
                    digest.update(chunk)
            state[str(path.relative_to(folder))] = (path.stat().st_mode, digest.hexdigest())
        else:
            state[str(path.relative_to(folder))] = None
    return state


def write(tmp_path: Path, text: str | bytes, name: str = "profile.yaml") -> Path:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def refused(result, *needles: str, located: str | None = None) -> str:
    """Exit 2, one Chinese paragraph, no traceback; ``located`` is the file:line expected."""
    output = result.output
    assert result.exit_code == 2, output
    assert "Traceback" not in output
    assert "内部错误" not in output, output
    assert output.startswith("错误："), output
    assert re.search(r"[\u4e00-\u9fff]", output)
    for needle in needles:
        assert needle in output, (needle, output)
    if located is not None:
        assert located in output, (located, output)
    return output


def render_refused(runner, tmp_path: Path, profile: Path, *needles: str, located=None, args=()):
    """Renders ``profile`` expecting a refusal, and checks that nothing on disk changed.
    The message names the file at fault: the profile, the output or the template."""
    before = snapshot(tmp_path)
    result = runner.invoke(app, ["render", str(profile), *args])
    output = refused(result, *needles, located=located)
    assert snapshot(tmp_path) == before
    return output


# --- the baseline ----------------------------------------------------------------------


def test_the_baseline_profile_renders(runner, tmp_path) -> None:
    profile = write(tmp_path, PROFILE)
    result = runner.invoke(app, ["render", str(profile)])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "profile.docx").is_file()


# --- broken YAML -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "line", "needle"),
    [
        (PROFILE.replace("  title: 县委书记", "\ttitle: 县委书记"), 8, "制表符"),
        (PROFILE.replace("name: 李明远", 'name: "李明远'), 9, "引号"),
        (
            PROFILE.replace("    - 城区学位依然紧张", "    - 城区学位依然紧张\n   - 缩进错了"),
            14,
            "缩进",
        ),
        (PROFILE.replace("  level: county", "   level: county"), 6, "缩进"),
        (PROFILE.replace("kind: leader_speech", "kind：leader_speech"), 1, "中文冒号"),
        (PROFILE.replace("name: 李明远", "name: [李明远"), 9, "方括号"),
        (PROFILE + "---\nkind: safety\n", 24, "几份内容"),
    ],
    ids=[
        "tab",
        "unclosed-quote",
        "indentation",
        "misaligned-key",
        "chinese-colon",
        "bracket",
        "two-documents",
    ],
)
def test_malformed_yaml_is_located(runner, tmp_path, text, line, needle) -> None:
    profile = write(tmp_path, text)
    output = render_refused(runner, tmp_path, profile, needle, located=f"profile.yaml:{line}")
    assert "YAML 格式有误（" not in output  # explained in Chinese, not PyYAML's words


@pytest.mark.parametrize(
    "text", ["- kind: leader_speech\n- meeting: x\n", "讲话稿\n", "42\n", "null\n", "[a, b]\n"]
)
def test_a_profile_that_is_not_a_mapping(runner, tmp_path, text) -> None:
    profile = write(tmp_path, text)
    render_refused(runner, tmp_path, profile, "键: 值", located="profile.yaml:1:1")


@pytest.mark.parametrize("text", ["", "\n\n\n", "# 只有注释\n", "\ufeff"])
def test_an_empty_profile(runner, tmp_path, text) -> None:
    profile = write(tmp_path, text)
    render_refused(runner, tmp_path, profile, "文件是空的", located="profile.yaml:1:1")


# --- wrong types, unknown keys, bad values ----------------------------------------------

WRONG_TYPES = [
    ("kind: leader_speech", "kind: [leader_speech]", 1, "kind"),
    ("meeting:\n  date: 2025-03-12", "meeting: 2025-03-12", 2, "meeting"),
    ("  date: 2025-03-12", "  date: 20250312", 3, "meeting.date"),
    ("  date: 2025-03-12", "  date: true", 3, "meeting.date"),
    ("  level: county", "  level: {county: 1}", 5, "region.level"),
    ("  name: 安平县", "  name: [安平县]", 6, "region.name"),
    ("speaker:\n  title: 县委书记\n  name: 李明远", "speaker: 县委书记", 7, "speaker"),
    ("  title: 县委书记", "  title: 2025", 8, "speaker.title"),
    ("duration_minutes: 10", "duration_minutes: 二十", 10, "duration_minutes"),
    ("duration_minutes: 10", "duration_minutes: 10.5", 10, "duration_minutes"),
    ("duration_minutes: 10", "duration_minutes: [10]", 10, "duration_minutes"),
    ("    - 城区学位依然紧张", "    城区学位: 依然紧张", 13, "review.problems"),
    (
        "      普惠性幼儿园覆盖率: 91.5",
        "      普惠性幼儿园覆盖率: [91.5]",
        20,
        "facts.普惠性幼儿园覆盖率",
    ),
    (
        "      普惠性幼儿园覆盖率: 91.5",
        "      普惠性幼儿园覆盖率: yes",
        20,
        "facts.普惠性幼儿园覆盖率",
    ),
    (
        "      普惠性幼儿园覆盖率: 91.5",
        "      普惠性幼儿园覆盖率: .nan",
        20,
        "facts.普惠性幼儿园覆盖率",
    ),
    ("    facts:\n      普惠性幼儿园覆盖率: 91.5", "    facts: [91.5]", 19, "priorities[0].facts"),
    (
        "    points:\n      - 新建城北幼儿园一所",
        "    points: {新建: 一所}",
        21,
        "priorities[0].points",
    ),
    ("  - 校园安全", "  - 2025", 23, "priorities[1]"),
    ("kind: leader_speech", "kind: leader_speech\nseed: 种子", 2, "seed"),
    ("kind: leader_speech", "kind: leader_speech\nfonts: 3", 2, "fonts"),
    ("kind: leader_speech", "kind: leader_speech\nattendees: 各学校校长", 2, "attendees"),
    ("kind: leader_speech", "kind: leader_speech\nsafeguards: 7", 2, "safeguards"),
    ("kind: leader_speech", "kind: leader_speech\n2025: 会议", 2, "[2025]"),
    ("kind: leader_speech", "kind: leader_speech\n? [a, b]\n: c", 2, ""),
    (
        "      普惠性幼儿园覆盖率: 91.5",
        "      普惠性幼儿园覆盖率: !!binary aGVsbG8=",
        20,
        "!!binary",
    ),
    ("kind: leader_speech", "kind: !!python/object:os.system ls", 1, "!!python"),
    ("duration_minutes: 10", "duration_minutes: !!int 十", 10, "不是整数"),
]


@pytest.mark.parametrize(
    ("old", "new", "line", "field"),
    WRONG_TYPES,
    ids=[f"{c[3]}-{i}" for i, c in enumerate(WRONG_TYPES)],
)
def test_wrong_types_everywhere_are_located(runner, tmp_path, old, new, line, field) -> None:
    assert old in PROFILE
    profile = write(tmp_path, PROFILE.replace(old, new, 1))
    render_refused(runner, tmp_path, profile, field, located=f"profile.yaml:{line}")


@pytest.mark.parametrize(
    ("old", "new", "line", "words"),
    [
        ("kind: leader_speech", "kind: leader_speech\nspeeker: 张三", 2, ["speeker", "speaker"]),
        ("  date: 2025-03-12", "  date: 2025-03-12\n  place: 礼堂", 4, ["meeting.place"]),
        ("    facts:", "    fact:", 19, ["priorities[0].fact", "facts"]),
        ("    - 城区学位依然紧张", "    - 城区学位依然紧张\n  problem: x", 14, ["review.problem"]),
    ],
)
def test_unknown_keys_are_located(runner, tmp_path, old, new, line, words) -> None:
    profile = write(tmp_path, PROFILE.replace(old, new, 1))
    render_refused(runner, tmp_path, profile, "不认识", *words, located=f"profile.yaml:{line}")


@pytest.mark.parametrize(
    ("old", "new", "line", "words"),
    [
        ("kind: leader_speech", "kind: speech", 1, ["kind", "可选"]),
        ("  level: county", "  level: 县城", 5, ["region.level", "可选"]),
        ("  date: 2025-03-12", "  date: 2099-03-12", 3, ["2099"]),
        ("  date: 2025-03-12", "  date: 2025-02-30", 3, ["没有这一天"]),
        ("duration_minutes: 10", "duration_minutes: 1000", 10, ["不能大于"]),
        ("  title: 县委书记", '  title: ""', 8, ["不能为空"]),
        ("  name: 李明远", "  name: 李明远\n  name: 王五", 10, ["重复"]),
    ],
)
def test_bad_values_are_located(runner, tmp_path, old, new, line, words) -> None:
    profile = write(tmp_path, PROFILE.replace(old, new, 1))
    render_refused(runner, tmp_path, profile, *words, located=f"profile.yaml:{line}")


def test_thirty_one_points_are_too_many(runner, tmp_path) -> None:
    points = "\n".join(f"      - 第{i}项工作要落实到位" for i in range(31))
    profile = write(tmp_path, PROFILE.replace("      - 新建城北幼儿园一所", points))
    render_refused(
        runner, tmp_path, profile, "最多 30 项", "priorities[0].points", located="profile.yaml:22"
    )


def test_thirty_points_render_with_numbers_to_thirty(runner, tmp_path) -> None:
    points = "\n".join(f"      - 第{i}项工作要落实到位" for i in range(30))
    profile = write(tmp_path, PROFILE.replace("      - 新建城北幼儿园一所", points))
    result = runner.invoke(app, ["preview", str(profile)])
    assert result.exit_code == 0, result.output
    assert "三十是第29项工作要落实到位" in result.output


# --- files that are not text, or not UTF-8 ---------------------------------------------


@pytest.mark.parametrize(
    "raw",
    [bytes(range(256)) * 40, b"\x7fELF\x02\x01\x01" + bytes(57) + bytes(range(200)) * 5],
    ids=["bytes", "program"],
)
def test_a_binary_file(runner, tmp_path, raw) -> None:
    profile = write(tmp_path, raw)
    render_refused(runner, tmp_path, profile, "二进制文件")


def test_a_word_document_given_as_profile(runner, tmp_path) -> None:
    profile = write(
        tmp_path, (ROOT / "examples" / "county-leader-2025.docx").read_bytes(), "稿子.yaml"
    )
    render_refused(runner, tmp_path, profile, "Word 文档", ".yaml")


def test_gbk_is_detected_and_named_not_guessed(runner, tmp_path) -> None:
    """Decision: GBK is named (with how to re-save as UTF-8), not read: see yamlfile._decode."""
    profile = write(tmp_path, PROFILE.encode("gbk"))
    output = render_refused(
        runner, tmp_path, profile, "GBK", "UTF-8", "另存为", located="profile.yaml:6"
    )
    assert "安平县" not in output  # no attempt to show mis-decoded text


def test_text_in_neither_utf8_nor_gbk(runner, tmp_path) -> None:
    profile = write(tmp_path, PROFILE.encode("utf-8").replace("安平县".encode(), b"\xff\xfe\xfd"))
    render_refused(runner, tmp_path, profile, "不是 UTF-8", located="profile.yaml:6")


def _rendered_text(runner, tmp_path: Path, profile: Path) -> str:
    target = tmp_path / f"{profile.stem}.txt"
    result = runner.invoke(app, ["render", str(profile), "-o", str(target)])
    assert result.exit_code == 0, result.output
    return target.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "encode",
    [
        lambda t: codecs.BOM_UTF8 + t.replace("\n", "\r\n").encode("utf-8"),
        lambda t: t.replace("\n", "\r").encode("utf-8"),
        lambda t: t.replace("\n", "\r\n").encode("utf-16"),  # Notepad's "Unicode"
        lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"),
    ],
    ids=["bom-crlf", "cr", "utf16-le-bom", "utf16-be-bom"],
)
def test_windows_encodings_and_line_endings_just_work(runner, tmp_path, encode) -> None:
    plain = _rendered_text(runner, tmp_path, write(tmp_path, PROFILE, "plain.yaml"))
    windows = _rendered_text(runner, tmp_path, write(tmp_path, encode(PROFILE), "windows.yaml"))
    assert windows == plain
    assert "\r" not in windows


def test_windows_line_endings_keep_error_lines(runner, tmp_path) -> None:
    text = PROFILE.replace("level: county", "level: village").replace("\n", "\r\n")
    profile = write(tmp_path, codecs.BOM_UTF8 + text.encode("utf-8"))
    render_refused(runner, tmp_path, profile, "region.level", located="profile.yaml:5:10")


def test_utf16_without_byte_order_mark_is_named(runner, tmp_path) -> None:
    profile = write(tmp_path, PROFILE.encode("utf-16-le"))
    render_refused(runner, tmp_path, profile, "UTF-16", located="profile.yaml:1")


def test_a_device_is_not_read(runner, tmp_path) -> None:
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero here")
    before = snapshot(tmp_path)
    result = runner.invoke(app, ["render", "/dev/zero", "-o", str(tmp_path / "x.docx")])
    refused(result, "/dev/zero", "不是普通文件")
    assert snapshot(tmp_path) == before


# --- control characters -------------------------------------------------------------------


def test_python_docx_refuses_control_characters() -> None:
    """Why the profile must refuse them: python-docx raises mid-write otherwise."""
    with pytest.raises(ValueError, match="XML compatible"):
        docx.Document().add_paragraph("李明\x0b远")


CONTROL = [
    ("  name: 李明远", "  name: 李明\x0b远", "profile.yaml:9:11", "speaker.name", "U+000B"),
    ("  name: 李明远", '  name: "李明\\x01远"', "profile.yaml:9:9", "speaker.name", "U+0001"),
    ("  name: 李明远", '  name: "李明\\0远"', "profile.yaml:9:9", "speaker.name", "U+0000"),
    ("  name: 李明远", '  name: "李明\\uFFFE远"', "profile.yaml:9:9", "speaker.name", "U+FFFE"),
    ("  name: 李明远", '  name: "李明\\uD800远"', "profile.yaml:9:9", "speaker.name", "U+D800"),
    (
        "    - 城区学位依然紧张",
        "    - 城区学位\x07依然紧张",
        "profile.yaml:13:11",
        "review.problems[0]",
        "U+0007",
    ),
    (
        "      普惠性幼儿园覆盖率: 91.5",
        "      普惠性\x0c幼儿园覆盖率: 91.5",
        "profile.yaml:20:10",
        "priorities[0].facts",
        "U+000C",
    ),
    (
        "      普惠性幼儿园覆盖率: 91.5",
        '      "普惠性\\b覆盖率": 91.5',
        "profile.yaml:20:7",
        "priorities[0].facts",
        "U+0008",
    ),
    ("  - 校园安全", "  - 校园安全\x1b", "profile.yaml:23:9", "priorities[1]", "U+001B"),
]


@pytest.mark.parametrize(
    ("old", "new", "located", "field", "code"), CONTROL, ids=[c[4] for c in CONTROL]
)
def test_control_characters_are_refused_with_their_place(
    runner, tmp_path, old, new, located, field, code
) -> None:
    """Decision: refuse (they are invisible; stripping would change the text silently)."""
    assert old in PROFILE
    profile = write(tmp_path, PROFILE.replace(old, new, 1))
    render_refused(runner, tmp_path, profile, field, code, "控制字符", located=located)


def test_every_control_character_is_listed_at_once(runner, tmp_path) -> None:
    text = PROFILE.replace("李明远", "李明\x0b远").replace("城区学位", "城区\x0b学位")
    profile = write(tmp_path, text)
    output = render_refused(runner, tmp_path, profile, "有 2 处需要修改")
    assert "profile.yaml:9:11 speaker.name" in output
    assert "profile.yaml:13:9 review.problems[0]" in output


# --- size: big files, alias bombs, deep nesting, long values ---------------------------


def _bounded(runner, tmp_path, profile, *needles, located=None, seconds=3.0, megabytes=None):
    """Refused within ``seconds`` of CPU time (and ``megabytes`` of Python allocations, if
    given). CPU time, not wall time: the bound is on the work the refusal takes, which other
    processes on a loaded CI machine do not change (wall time there ran 20% over)."""
    before = snapshot(tmp_path)
    if megabytes:
        tracemalloc.start()
    started = time.process_time()
    try:
        result = runner.invoke(app, ["render", str(profile)])
        elapsed = time.process_time() - started
        peak = tracemalloc.get_traced_memory()[1] if megabytes else 0
    finally:
        if megabytes:
            tracemalloc.stop()
    output = refused(result, profile.name, *needles, located=located)
    assert snapshot(tmp_path) == before
    assert elapsed < seconds, elapsed
    if megabytes:
        assert peak < megabytes * 1024 * 1024, peak
    return output


def test_a_50_mb_profile_is_refused_unread(runner, tmp_path) -> None:
    profile = tmp_path / "big.yaml"
    with profile.open("w", encoding="utf-8") as handle:
        handle.write(PROFILE)
        line = "# " + "很长的注释" * 20 + "\n"
        for _ in range(50 * 1024 * 1024 // len(line.encode())):
            handle.write(line)
    _bounded(runner, tmp_path, profile, "文件太大", "MB", megabytes=20)


BOMB = "\n".join(
    [
        'a: &a ["哈", "哈", "哈", "哈", "哈", "哈", "哈", "哈", "哈"]',
        *(
            f"{name}: &{name} [{', '.join([f'*{prev}'] * 9)}]"
            for prev, name in zip("abcdefgh", "bcdefghi", strict=True)
        ),
        "kind: leader_speech",
        "attendees: *i",
    ]
)


def test_an_alias_bomb_is_stopped_before_it_expands(runner, tmp_path) -> None:
    profile = write(tmp_path, BOMB)
    _bounded(runner, tmp_path, profile, "内容太多", "*引用", located="profile.yaml:1", megabytes=20)


def test_a_recursive_alias_is_stopped(runner, tmp_path) -> None:
    profile = write(tmp_path, PROFILE + "attendees: &x [*x]\n")
    _bounded(runner, tmp_path, profile, "嵌套超过", located="profile.yaml:24")


def test_deep_nesting_is_stopped(runner, tmp_path) -> None:
    profile = write(tmp_path, PROFILE + "attendees: " + "[" * 50_000 + "]" * 50_000 + "\n")
    _bounded(runner, tmp_path, profile, "嵌套超过", located="profile.yaml:24")


def test_sixty_thousand_entries_are_stopped(runner, tmp_path) -> None:
    profile = write(tmp_path, PROFILE + "attendees:\n" + "  - 校长\n" * 60_000)
    _bounded(runner, tmp_path, profile, "内容太多")


def test_small_aliases_still_work(runner, tmp_path) -> None:
    text = (
        PROFILE.replace("    - 城区学位依然紧张", "    - &gap 城区学位依然紧张")
        + "attendees: [*gap]\n"
    )
    result = runner.invoke(app, ["preview", str(write(tmp_path, text))])
    assert result.exit_code == 0, result.output


def test_an_extremely_long_value_is_refused_with_its_place(runner, tmp_path) -> None:
    profile = write(tmp_path, PROFILE.replace("新建城北幼儿园一所", "新" * 300_000))
    _bounded(
        runner,
        tmp_path,
        profile,
        "300000 个字",
        "2000",
        "priorities[0].points[0]",
        located="profile.yaml:22",
    )


def test_a_value_of_two_thousand_characters_is_printed_whole(runner, tmp_path) -> None:
    point = ("新建幼儿园" * 400)[:2000]
    text = _rendered_text(
        runner, tmp_path, write(tmp_path, PROFILE.replace("新建城北幼儿园一所", point))
    )
    assert point in text.replace("\u3000", "")


# --- what a profile says is printed, never run ------------------------------------------

LITERALS = [
    "{{ 7*7 }}",
    "{% for x in range(3) %}x{% endfor %}",
    "{{ c.__class__.__mro__ }}",
    "<w:p><w:r><w:t>注入</w:t></w:r></w:p>",
    "]]>&amp;&lt;&#x41;尾",
    "# 伪标题",
    "@title 伪造的标题",
    "⟦count:parts⟧⟦enum⟧⟦fact:x:y⟧",
]


@pytest.mark.parametrize("value", LITERALS)
def test_jinja_and_xml_syntax_stays_literal_in_the_docx(runner, tmp_path, value) -> None:
    quoted = '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    text = PROFILE.replace("新建城北幼儿园一所", quoted).replace(
        "  name: 李明远", f"  name: {quoted}"
    )
    profile = write(tmp_path, text)
    target = tmp_path / "out.docx"
    result = runner.invoke(app, ["render", str(profile), "-o", str(target)])
    assert result.exit_code == 0, result.output
    paragraphs = [p.text for p in docx.Document(str(target)).paragraphs]
    body = "\n".join(paragraphs)
    assert body.count(value) == 2, body  # the speaker line and the point
    assert "49" not in body and "伪造" not in paragraphs[0]
    assert not any(p.startswith(("一、伪", "（一）伪")) for p in paragraphs)


def test_literal_markers_cannot_be_smuggled_in(runner, tmp_path) -> None:
    text = PROFILE.replace("新建城北幼儿园一所", '"前\\uE001# 标题\\uE000后"')
    out = _rendered_text(runner, tmp_path, write(tmp_path, text))
    assert "前# 标题后" in out


@pytest.mark.parametrize("escape", ["\\r", "\\n", "\\u2028", "\\r\\n# 伪标题"])
def test_escaped_line_breaks_do_not_break_the_draft(runner, tmp_path, escape) -> None:
    text = PROFILE.replace("新建城北幼儿园一所", f'"新建城北幼儿园{escape}一所"')
    out = _rendered_text(runner, tmp_path, write(tmp_path, text))
    assert re.search(r"新建城北幼儿园(# 伪标题)?一所", out)


def test_a_multiline_value_is_one_sentence(runner, tmp_path) -> None:
    block = "|\n        新建城北幼儿园\n\n        # 伪标题\n        一所"
    text = _rendered_text(
        runner, tmp_path, write(tmp_path, PROFILE.replace("新建城北幼儿园一所", block))
    )
    assert "新建城北幼儿园# 伪标题一所" in text
    assert not any(line.strip().startswith("伪标题") for line in text.splitlines())


# --- where the draft goes --------------------------------------------------------------


def _render_to(runner, tmp_path: Path, target: Path, *needles: str, force: bool = False) -> str:
    profile = write(tmp_path, PROFILE)
    args = ["-o", str(target)] + (["--force"] if force else [])
    return render_refused(runner, tmp_path, profile, *needles, args=args)


def test_output_into_a_missing_folder(runner, tmp_path) -> None:
    _render_to(runner, tmp_path, tmp_path / "没有" / "稿.docx", "不存在", "没有")


def test_output_into_a_file_used_as_a_folder(runner, tmp_path) -> None:
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    _render_to(runner, tmp_path, tmp_path / "a.txt" / "稿.docx", "a.txt", "不是文件夹")


def test_output_path_that_is_a_directory(runner, tmp_path) -> None:
    """-o names a folder, and the draft's name in it is taken by a folder."""
    (tmp_path / "稿子" / "profile.docx").mkdir(parents=True)
    _render_to(runner, tmp_path, tmp_path / "稿子", "是一个文件夹", force=True)


def test_default_output_beside_the_profile_is_a_directory(runner, tmp_path) -> None:
    (tmp_path / "profile.docx").mkdir()
    render_refused(runner, tmp_path, write(tmp_path, PROFILE), "是一个文件夹", args=["--force"])


def test_output_folder_without_write_permission(runner, tmp_path, monkeypatch) -> None:
    real_access = os.access

    def access(path, mode, *args, **kwargs):
        if mode == os.W_OK and Path(path) == tmp_path:
            return False
        return real_access(path, mode, *args, **kwargs)

    monkeypatch.setattr(os, "access", access)
    _render_to(runner, tmp_path, tmp_path / "稿.docx", "没有权限", str(tmp_path))


def test_read_only_folder_that_looks_writable(runner, tmp_path, monkeypatch) -> None:
    """Windows ACLs and network shares: os.access says yes, creating a file says no.
    (The temp file is created with os.open(O_EXCL) in writers/output.py.)"""
    import speechdraft.writers.output

    def refuse(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(speechdraft.writers.output.os, "open", refuse)
    _render_to(runner, tmp_path, tmp_path / "稿.docx", "没有权限", str(tmp_path))


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores permissions")
def test_a_real_read_only_folder(runner, tmp_path) -> None:
    folder = tmp_path / "只读"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        _render_to(runner, tmp_path, folder / "稿.docx", "没有权限")
    finally:
        folder.chmod(0o755)


def test_a_file_name_too_long(write_profile, tmp_path) -> None:
    from speechdraft.errors import OutputError
    from speechdraft.pipeline import build_draft, write_draft

    draft = build_draft(write_profile())
    before = snapshot(tmp_path)
    with pytest.raises(OutputError, match="文件名或路径太长"):
        write_draft(draft, tmp_path / ("很长的文件名" * 30 + ".docx"))
    assert snapshot(tmp_path) == before


@pytest.fixture
def existing(tmp_path: Path) -> Path:
    target = tmp_path / "稿.docx"
    target.write_bytes(b"the clerk's own edited draft")
    return target


def test_output_open_in_word(runner, tmp_path, existing, monkeypatch) -> None:
    """Windows refuses to replace a file Word holds open: os.replace raises PermissionError."""
    import speechdraft.writers.output

    def locked(src, dst):
        raise PermissionError(errno.EACCES, "The process cannot access the file")

    monkeypatch.setattr(speechdraft.writers.output.os, "replace", locked)
    _render_to(runner, tmp_path, existing, "Word 或 WPS 中打开", "原有文件未改动", force=True)
    assert existing.read_bytes() == b"the clerk's own edited draft"


@pytest.mark.parametrize(
    ("error", "needle"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), "磁盘空间不足"),
        (OSError(errno.EDQUOT, "Disk quota exceeded"), "磁盘空间不足"),
        (OSError(errno.EIO, "Input/output error"), "磁盘读写出错"),
        (OSError(errno.EROFS, "Read-only file system"), "只读"),
    ],
    ids=["disk-full", "quota", "io-error", "read-only-fs"],
)
def test_failure_mid_write_leaves_nothing_partial(
    runner, tmp_path, existing, monkeypatch, error, needle
) -> None:
    from speechdraft.writers import docx as docx_writer

    def half_then_fail(data, path):
        Path(path).write_bytes(data[: len(data) // 2])
        raise error

    monkeypatch.setattr(docx_writer, "write_package_file", half_then_fail)
    _render_to(runner, tmp_path, existing, needle, force=True)
    assert existing.read_bytes() == b"the clerk's own edited draft"


def test_ctrl_c_mid_write_leaves_nothing_partial(runner, tmp_path, existing, monkeypatch) -> None:
    from speechdraft.writers import docx as docx_writer

    def interrupted(data, path):
        Path(path).write_bytes(data[: len(data) // 2])
        raise KeyboardInterrupt

    monkeypatch.setattr(docx_writer, "write_package_file", interrupted)
    before = snapshot(tmp_path)
    result = runner.invoke(
        app, ["render", str(write(tmp_path, PROFILE)), "-o", str(existing), "--force"]
    )
    assert result.exit_code == 2
    assert "已取消" in result.output
    after = snapshot(tmp_path)
    assert {k: v for k, v in after.items() if k != "profile.yaml"} == before


def test_overwriting_keeps_the_files_permissions(runner, tmp_path, existing) -> None:
    existing.chmod(0o640)
    profile = write(tmp_path, PROFILE)
    result = runner.invoke(app, ["render", str(profile), "-o", str(existing), "--force"])
    assert result.exit_code == 0, result.output
    assert stat.S_IMODE(existing.stat().st_mode) == 0o640
    fresh = tmp_path / "new.docx"
    result = runner.invoke(app, ["render", str(profile), "-o", str(fresh)])
    assert result.exit_code == 0, result.output
    umask = os.umask(0o022)
    os.umask(umask)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o666 & ~umask  # not mkstemp's private 0600


# --- user templates: sandboxed and bounded -------------------------------------------

HEAD = "@title {{ c.title }}\n@salutation 同志们：\n\n下面讲{{ count('parts') }}点。\n\n# 部分\n\n"

TEMPLATES = [
    ("{{ c.__class__.__mro__ }}", "不允许访问“__class__”"),
    ("{{ variant.__globals__ }}", "不允许访问“__globals__”"),
    ("{{ task_body.__self__.env }}", "不允许访问“__self__”"),
    ("{{ ''.__class__.__subclasses__() }}", "不允许访问“__class__”"),
    ("{{ '{0.__class__}'.format(c) }}", "不允许访问“format”"),
    ("{{ ('{0:>999999999}'|attr('format'))('x') }}", "不允许访问“format”"),
    ("{{ [c]|join(attribute='__class__') }}", "不允许访问“__class__”"),
    ("{{ cycler.__init__.__globals__ }}", "不允许访问“__init__”"),
    ("{% set xs = [] %}{{ xs.append(1) }}", "不允许访问“append”"),
    ("{% include '../secret.txt' %}", "不能引用 ../secret.txt"),
    ("{% include '/etc/passwd' %}", "不能引用 /etc/passwd"),
    ("{% import 'os' as os %}{{ os.system('ls') }}", "不能导入 Python 模块"),
    ("{% from '../secret.txt' import x %}", "不能引用 ../secret.txt"),
    ("{% extends '/tmp/secret.txt' %}", "不能引用 /tmp/secret.txt"),
    ("{{ lipsum(100000) }}", "“lipsum”没有定义"),
    ("{{ [1, 2, 3]|random }}", "random"),
    ("{{ 'x'|center(10**9) }}", "center"),
    ("{% for i in range(10**9) %}x{% endfor %}", "1000000000 太大"),
    (
        "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
        "步仍未结束",
    ),
    (
        "{% for i in range(100000) %}{% for j in range(1000) %}长长的一句话。{% endfor %}{% endfor %}",
        "输出超过了",
    ),
    ("{{ 'x' * 10**9 }}", "超过了 1000000 个字符"),
    ("{{ [0] * 10**8 }}", "超过了 1000000 个字符"),
    ("{{ 2 ** 1000000 }}", "太大"),
    ("{{ '%999999999s' % 'x' }}", "宽度太大"),
    ("{{ '%*s' % (10**8, 'x') }}", "宽度太大"),
    ("{{ ('a' * 100000).replace('a', 'b' * 100000) }}", "替换后的文字"),
    ("{{ ('a' * 100000)|replace('a', 'b' * 100000) }}", "替换后的文字"),
    ("{{ ('x' * 100000).join(['a'] * 100000) }}", "连接后的文字"),
    (
        "{% set ns = namespace(s='x') %}{% for i in range(40) %}{% set ns.s = ns.s ~ ns.s %}{% endfor %}",
        "用 ~ 连接的文字",
    ),
    (
        "{% set ns = namespace(s='x') %}{% for i in range(40) %}{% set ns.s = ns.s + ns.s %}{% endfor %}",
        "超过了 1000000 个字符",
    ),
    ("{% set big = ['x' * 900000] * 1000 %}{{ big }}", "超过了 1000000 个字符"),
    ("{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}", "嵌套超过了 100 层"),
    ("{% include 'kinds/leader_speech.j2' %}", "嵌套超过了 100 层"),
    ("{{ 1 / 0 }}", "除数为零"),
    ("{{ variant('x', 0) }}", "ValueError"),
    ("{{ no_such_name }}", "“no_such_name”没有定义"),
    ("{% if %}", "语法错误"),
    ("正文\x01字", "控制字符 U+0001"),
    ("{% for i in range(120) %}# 第{{ i }}部分\n\n正文。\n\n{% endfor %}", "超过了 99 个"),
    ("{% for i in range(120) %}{{ ENUM }}一项{% endfor %}", "超过了 99 项"),
    ("{{ [1, 2]|sum(start=[]) }}", "只能对数字求和"),
]


@pytest.fixture
def user_templates(tmp_path: Path):
    (tmp_path / "secret.txt").write_text("SECRET", encoding="utf-8")

    def make(body: str, name: str = "模板") -> Path:
        kinds = tmp_path / name / "kinds"
        kinds.mkdir(parents=True, exist_ok=True)
        (kinds / "leader_speech.j2").write_text(HEAD + body + "\n", encoding="utf-8")
        return tmp_path / name

    return make


@pytest.mark.parametrize(
    ("body", "needle"), TEMPLATES, ids=[f"t{i}" for i in range(len(TEMPLATES))]
)
def test_user_templates_are_sandboxed_and_bounded(
    runner, tmp_path, user_templates, body, needle
) -> None:
    folder = user_templates(body)
    profile = write(tmp_path, PROFILE)
    started = time.process_time()  # CPU time: the sandbox's work, not the machine's load
    output = render_refused(runner, tmp_path, profile, needle, args=["--templates", str(folder)])
    assert time.process_time() - started < 10
    assert "SECRET" not in output
    assert "模板" in output


def test_template_errors_name_the_template_line(runner, tmp_path, user_templates) -> None:
    folder = user_templates("第一行\n\n{{ 1 / 0 }}")
    output = render_refused(
        runner, tmp_path, write(tmp_path, PROFILE), args=["--templates", str(folder)]
    )
    assert f"{folder / 'kinds' / 'leader_speech.j2'} 第10行" in output


def test_a_symbolic_link_out_of_the_template_folder(runner, tmp_path, user_templates) -> None:
    folder = user_templates("{% include 'kinds/outside.j2' %}")
    (folder / "kinds" / "outside.j2").symlink_to(tmp_path / "secret.txt")
    output = render_refused(
        runner,
        tmp_path,
        write(tmp_path, PROFILE),
        "模板文件夹以外",
        args=["--templates", str(folder)],
    )
    assert "SECRET" not in output


def test_a_template_folder_that_does_not_exist(runner, tmp_path) -> None:
    render_refused(
        runner,
        tmp_path,
        write(tmp_path, PROFILE),
        "不存在",
        args=["--templates", str(tmp_path / "无")],
    )


def test_a_template_not_in_utf8(runner, tmp_path) -> None:
    kinds = tmp_path / "gbk" / "kinds"
    kinds.mkdir(parents=True)
    (kinds / "leader_speech.j2").write_bytes((HEAD + "正文。\n").encode("gbk"))
    render_refused(
        runner, tmp_path, write(tmp_path, PROFILE), "UTF-8", args=["--templates", str(kinds.parent)]
    )


def test_a_well_behaved_user_template_still_works(runner, tmp_path, user_templates) -> None:
    body = (
        "{% set ns = namespace(n=0) %}{% for p in c.priorities %}{% set ns.n = ns.n + 1 %}{% endfor %}"
        "重点任务共{{ ns.n }}项：{{ c.priorities|map(attribute='label')|join('、') }}，"
        "{{ '%s' % w.all }}{{ range(3)|list|length }}{{ (c.problems|first)[:4] }}。"
    )
    folder = user_templates(body)
    result = runner.invoke(
        app, ["preview", str(write(tmp_path, PROFILE)), "--templates", str(folder)]
    )
    assert result.exit_code == 0, result.output
    assert "重点任务共2项：学前教育、校园安全，全县3城区学位。" in result.output
