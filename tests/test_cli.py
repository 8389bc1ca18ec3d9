"""Tests of the command line through typer's CliRunner: files written, messages, exit codes."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import docx
import pytest

from speechdraft.cli import app

GOOD = """\
    kind: leader_speech
    meeting:
      name: 全县教育工作会议
      date: 2025-03-12
    region:
      level: county
      name: 安平县
    speaker:
      title: 县委书记
      name: 李明远
    duration_minutes: 15
    review:
      achievements:
        - area: 项目建设
          points:
            - 城区第三小学建成投用，新增学位2160个
      problems:
        - 城区学位依然紧张
    targets:
      guideline: 坚持教育优先发展
      items:
        - 学前三年毛入园率稳定在92%以上
    priorities:
      - area: 学前教育
        facts:
          普惠性幼儿园覆盖率: 91.5
      - area: 校园安全
        points:
          - 每月开展一次安全隐患大排查
"""

# 建议 (issue 11) are counted apart from 待补 and listed in the same line.
# 待核 (figure19): a sum with no unit, a rate that may be the aim or the present, counted apart
SUMMARY = re.compile(
    r"正文 (\d+) 字，约 ([\d.]+) 分钟（按每分钟200字），待补 (\d+) 处，建议 (\d+) 处(?:（[^）]*）)?"
    r"(?:，待核 (\d+) 处（[^）]*）)?。"
)


def write_profile(tmp_path: Path, text: str = GOOD, name: str = "profile.yaml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def docx_text(path: Path) -> str:
    document = docx.Document(str(path))
    return "\n".join(p.text for p in document.paragraphs)


def assert_bad_input(result, *needles: str) -> None:
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    assert "内部错误" not in result.output  # a user mistake, not reported as a bug
    for needle in needles:
        assert needle in result.output, (needle, result.output)


# --- render ---------------------------------------------------------------------------


def test_render_writes_docx_and_summary(runner, tmp_path):
    profile = write_profile(tmp_path)
    target = tmp_path / "out.docx"
    result = runner.invoke(app, ["render", str(profile), "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert result.exception is None

    text = docx_text(target)
    paragraphs = [p for p in text.splitlines() if p.strip()]
    assert paragraphs[0] == "在2025年全县教育工作会议上的讲话"
    assert "县委书记" in text and "李明远" in text
    assert "同志们：" in text
    assert "普惠性幼儿园覆盖率91.5%" in text or "91.5" in text
    assert "每月开展一次安全隐患大排查" in text
    assert "⟦" not in text and "⟧" not in text  # no internal markup leaks

    match = SUMMARY.search(result.output)
    assert match, result.output
    chars, minutes, pending = int(match[1]), float(match[2]), int(match[3])
    assert f"已生成 {target}" in result.output
    assert chars > 1000
    # printed to one decimal: 1,750 characters are 8.75 minutes, said 8.8
    assert minutes == pytest.approx(chars / 200, abs=0.05 + 1e-9)
    assert pending == text.count("【待补：")
    assert pending > 0  # the profile leaves several catalogue facts open


def test_render_default_output_is_beside_profile(runner, tmp_path):
    folder = tmp_path / "会议"
    folder.mkdir()
    profile = write_profile(folder, name="县委书记讲话.yaml")
    result = runner.invoke(app, ["render", str(profile)])
    assert result.exit_code == 0, result.output
    target = folder / "县委书记讲话.docx"
    assert target.is_file()
    assert str(target) in result.output
    assert docx_text(target).startswith("在2025年全县教育工作会议上的讲话")
    # nothing else (no stray temp files) left in the folder
    assert sorted(p.name for p in folder.iterdir()) == ["县委书记讲话.docx", "县委书记讲话.yaml"]


def test_render_to_folder_uses_profile_name(runner, tmp_path):
    profile = write_profile(tmp_path, name="a.yaml")
    out = tmp_path / "out"
    out.mkdir()
    result = runner.invoke(app, ["render", str(profile), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert (out / "a.docx").is_file()


def test_render_txt_writes_plain_text(runner, tmp_path):
    profile = write_profile(tmp_path)
    target = tmp_path / "x.txt"
    result = runner.invoke(app, ["render", str(profile), "-o", str(target)])
    assert result.exit_code == 0, result.output
    raw = target.read_bytes()
    assert not raw.startswith(b"PK")  # not a zip/docx
    text = raw.decode("utf-8")
    lines = text.splitlines()
    assert lines[0] == "在2025年全县教育工作会议上的讲话"
    assert "同志们：" in lines
    assert any(line.lstrip("\u3000").startswith("一、") for line in lines)
    match = SUMMARY.search(result.output)
    assert match and int(match[3]) == text.count("【待补：")
    assert int(match[4]) == text.count("【建议：")
    assert int(match[5] or 0) == text.count("【待核：")
    # the .txt is the same text preview shows
    preview = runner.invoke(app, ["preview", str(profile)])
    assert preview.output == text


def test_existing_output_kept_without_force(runner, tmp_path):
    profile = write_profile(tmp_path)
    target = tmp_path / "profile.docx"
    target.write_bytes(b"my edited draft")
    result = runner.invoke(app, ["render", str(profile)])
    assert_bad_input(result, "--force", "已经存在")
    assert target.read_bytes() == b"my edited draft"
    assert "已生成" not in result.output


def test_existing_output_replaced_with_force(runner, tmp_path):
    profile = write_profile(tmp_path)
    target = tmp_path / "profile.docx"
    target.write_bytes(b"my edited draft")
    result = runner.invoke(app, ["render", str(profile), "--force"])
    assert result.exit_code == 0, result.output
    assert target.read_bytes() != b"my edited draft"
    assert docx_text(target).startswith("在2025年全县教育工作会议上的讲话")


def test_output_into_missing_folder(runner, tmp_path):
    profile = write_profile(tmp_path)
    target = tmp_path / "没有的文件夹" / "out.docx"
    result = runner.invoke(app, ["render", str(profile), "-o", str(target)])
    assert_bad_input(result, "不存在", "没有的文件夹")
    assert not target.parent.exists()


def test_output_path_is_a_folder_for_several_profiles_must_exist(runner, tmp_path):
    a = write_profile(tmp_path, name="a.yaml")
    b = write_profile(tmp_path, name="b.yaml")
    result = runner.invoke(app, ["render", str(a), str(b), "-o", str(tmp_path / "nope")])
    assert_bad_input(result, "文件夹")
    assert not (tmp_path / "a.docx").exists()


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        # broken YAML: tab indentation on line 10
        (GOOD.replace("      name: 李明远", "    \tname: 李明远"), 10, ["制表符"]),
        # wrong type on line 11
        (
            GOOD.replace("duration_minutes: 15", "duration_minutes: 二十"),
            11,
            ["duration_minutes", "二十"],
        ),
        # unknown key on line 3
        (
            GOOD.replace("      name: 全县教育工作会议", "      nmae: 全县教育工作会议"),
            3,
            ["meeting.nmae", "name"],
        ),
        # missing field: speaker.title; the speaker mapping starts on line 9
        (GOOD.replace("      title: 县委书记\n", ""), 9, ["speaker.title", "缺少"]),
    ],
    ids=["broken-yaml", "wrong-type", "unknown-key", "missing-field"],
)
@pytest.mark.parametrize("command", ["render", "validate", "preview"])
def test_bad_profile_is_located(runner, tmp_path, text, line, words, command):
    profile = write_profile(tmp_path, text, name="broken.yaml")
    result = runner.invoke(app, [command, str(profile)])
    assert_bad_input(result, "broken.yaml", f"broken.yaml:{line}", *words)
    assert "同志们" not in result.output
    assert not (tmp_path / "broken.docx").exists()


def test_several_profiles_one_broken(runner, tmp_path):
    good = write_profile(tmp_path, name="good.yaml")
    bad = write_profile(tmp_path, GOOD.replace("level: county", "level: village"), name="bad.yaml")
    result = runner.invoke(app, ["render", str(bad), str(good)])
    assert_bad_input(result, "bad.yaml:6", "village", "共 2 份，1 份未能生成")
    assert (tmp_path / "good.docx").is_file()
    assert not (tmp_path / "bad.docx").exists()
    row = next(line for line in result.output.splitlines() if "good.docx" in line)
    assert "成功" in row and "教育工作会议领导讲话" in row and "leader_speech" not in result.output
    assert "失败" in next(
        line for line in result.output.splitlines() if "bad.yaml" in line and "│" in line
    )
    assert docx_text(tmp_path / "good.docx").startswith("在2025年")


def test_bogus_fonts(runner, tmp_path):
    profile = write_profile(tmp_path)
    result = runner.invoke(app, ["render", str(profile), "--fonts", "bogus"])
    assert_bad_input(result, "--fonts", "bogus", "gov", "windows")
    assert not (tmp_path / "profile.docx").exists()


@pytest.mark.parametrize("fonts", ["gov", "windows"])
def test_valid_fonts(runner, tmp_path, fonts):
    profile = write_profile(tmp_path)
    result = runner.invoke(app, ["render", str(profile), "--fonts", fonts])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "profile.docx").is_file()


def test_missing_profile_file(runner, tmp_path):
    result = runner.invoke(app, ["render", str(tmp_path / "nowhere.yaml")])
    assert_bad_input(result, "nowhere.yaml", "找不到这个文件")


def test_unknown_fact_rejected_by_render(runner, tmp_path):
    text = GOOD.replace("普惠性幼儿园覆盖率: 91.5", "普惠覆盖率: 91.5")
    profile = write_profile(tmp_path, text, name="facts.yaml")
    result = runner.invoke(app, ["render", str(profile)])
    assert_bad_input(result, "facts.yaml:26", "是不是“普惠性幼儿园覆盖率”？")
    assert not (tmp_path / "facts.docx").exists()


# --- validate, preview, kinds ---------------------------------------------------------


def test_validate_good_profile(runner, tmp_path):
    profile = write_profile(tmp_path)
    result = runner.invoke(app, ["validate", str(profile)])
    assert result.exit_code == 0, result.output
    assert f"{profile}：填写正确" in result.output
    assert "2025年" in result.output
    assert "重点任务 2 项" in result.output
    assert not (tmp_path / "profile.docx").exists()  # validate writes nothing


def test_validate_example_profile(runner):
    example = Path(__file__).resolve().parents[1] / "profiles" / "county-leader-2025.yaml"
    result = runner.invoke(app, ["validate", str(example)])
    assert result.exit_code == 0, result.output
    assert "填写正确" in result.output
    assert "重点任务 5 项" in result.output


def test_preview_prints_draft(runner, tmp_path):
    profile = write_profile(tmp_path)
    result = runner.invoke(app, ["preview", str(profile)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "在2025年全县教育工作会议上的讲话"
    assert "同志们：" in lines
    assert any(line.lstrip("\u3000").startswith("一、") for line in lines)
    assert any(line.lstrip("\u3000").startswith("（一）") for line in lines)
    assert "城区第三小学建成投用" in result.output
    assert not list(tmp_path.glob("*.docx"))  # preview writes nothing


def test_preview_outline_prints_only_headings(runner, tmp_path):
    profile = write_profile(tmp_path)
    full = runner.invoke(app, ["preview", str(profile)]).output
    result = runner.invoke(app, ["preview", "--outline", str(profile)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "在2025年全县教育工作会议上的讲话"
    assert "同志们：" not in result.output
    assert "城区第三小学建成投用" not in result.output
    headings = [line.lstrip("\u3000") for line in lines[1:]]
    assert headings[0].startswith("一、")
    assert all(
        re.match(r"^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)", h) for h in headings
    )
    full_lines = {line.lstrip("\u3000") for line in full.splitlines()}
    # every heading is a line of the full draft, where it is followed by body text
    assert all(h in full_lines for h in headings)
    assert len(lines) < len(full.splitlines())


def test_kinds_lists_kinds_and_levels(runner):
    result = runner.invoke(app, ["kinds"])
    assert result.exit_code == 0, result.output
    assert "讲话类型（kind）" in result.output
    for key in ("leader_speech", "work_report", "concluding_remarks", "leading_group"):
        assert key in result.output
    assert re.search(r"county\s+县（全县、县委、县教育局）", result.output)
    assert "province" in result.output


def test_template_syntax_in_profile_is_literal(runner, tmp_path):
    text = GOOD.replace(
        "          - 每月开展一次安全隐患大排查",
        "          - 每月开展一次安全隐患大排查{{ 7*7 }}并且{% if %}保持原样",
    ).replace("title: 县委书记", 'title: "县委书记{{ 7*7 }}"')
    profile = write_profile(tmp_path, text)
    result = runner.invoke(app, ["preview", str(profile)])
    assert result.exit_code == 0, result.output
    assert "每月开展一次安全隐患大排查{{ 7*7 }}并且{% if %}保持原样" in result.output
    assert "县委书记{{ 7*7 }}" in result.output
    assert "49" not in result.output
    # and the same in the written document
    rendered = runner.invoke(app, ["render", str(profile)])
    assert rendered.exit_code == 0, rendered.output
    text = docx_text(tmp_path / "profile.docx")
    assert "{{ 7*7 }}并且{% if %}保持原样" in text
    assert "49" not in text


def test_seed_changes_wording(runner, tmp_path):
    profile = write_profile(tmp_path)
    one = runner.invoke(app, ["preview", "--seed", "1", str(profile)])
    two = runner.invoke(app, ["preview", "--seed", "2", str(profile)])
    again = runner.invoke(app, ["preview", "--seed", "1", str(profile)])
    assert one.exit_code == two.exit_code == again.exit_code == 0
    assert one.output != two.output
    assert one.output == again.output  # the same seed gives the same draft
    # the facts of the profile are in both
    for output in (one.output, two.output):
        assert output.startswith("在2025年全县教育工作会议上的讲话")
        assert "每月开展一次安全隐患大排查" in output


def test_without_seed_draft_is_deterministic(runner, tmp_path):
    profile = write_profile(tmp_path)
    first = runner.invoke(app, ["preview", str(profile)])
    second = runner.invoke(app, ["preview", str(profile)])
    assert first.exit_code == 0
    assert first.output == second.output


def test_debug_still_exits_2_for_bad_input(runner, tmp_path):
    profile = write_profile(
        tmp_path, GOOD.replace("duration_minutes: 15", "duration_minutes: 二十"), name="broken.yaml"
    )
    result = runner.invoke(app, ["--debug", "render", str(profile)])
    assert result.exit_code == 2, result.output
    assert "broken.yaml:11" in result.output
    assert "Traceback" not in result.output  # a user error, so no traceback even with --debug
    result = runner.invoke(app, ["--debug", "validate", str(profile)])
    assert result.exit_code == 2


def test_no_arguments_shows_help(runner):
    result = runner.invoke(app, [])
    assert "render" in result.output and "preview" in result.output


# --- regression: a missing speaker name --------------------------------------------
# (Earlier the speaker line showed the raw internal token "⟦fact:讲话人姓名:⟧" because meta
# lines only had literal markers stripped; fixed in structure.parse_markup.)


def test_missing_speaker_name_becomes_placeholder(runner, tmp_path):
    profile = write_profile(tmp_path, GOOD.replace("      name: 李明远\n", ""))
    target = tmp_path / "out.txt"
    result = runner.invoke(app, ["render", str(profile), "-o", str(target)])
    assert result.exit_code == 0, result.output
    text = target.read_text(encoding="utf-8")
    assert "⟦" not in text
    assert "【待补：讲话人姓名】" in text.splitlines()[1]
    assert int(SUMMARY.search(result.output)[3]) == text.count("【待补：")


def test_output_name_the_system_refuses_is_a_message(runner, tmp_path):
    profile = write_profile(tmp_path, name="good.yaml")
    result = runner.invoke(
        app, ["render", str(profile), "-o", str(tmp_path / ("长" * 300 + ".docx"))]
    )
    assert result.exit_code == 2
    assert (
        "太长" in result.output
        and "Traceback" not in result.output
        and "内部错误" not in result.output
    )


def test_a_folder_without_profiles_is_named_not_an_internal_error(runner, tmp_path):
    empty = tmp_path / "稿子"
    empty.mkdir()
    (empty / "说明.txt").write_text("不是会议信息文件", encoding="utf-8")
    result = runner.invoke(app, ["render", str(empty)])
    assert_bad_input(result, "稿子", "没有会议信息文件")
    assert "内部错误" not in result.output
    assert sorted(p.name for p in empty.iterdir()) == ["说明.txt"]
