"""A profile as a clerk types it: nothing silently lost or changed, messages that name the
real cause, and warnings (with places) for values that are valid but doubtful."""

from __future__ import annotations

import datetime
from pathlib import Path

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from speechdraft.cli import app
from speechdraft.compose.context import build_context
from speechdraft.errors import Problem, ProfileError
from speechdraft.figures import with_unit
from speechdraft.intake.profile import load_profile
from speechdraft.intake.skeleton import skeleton_yaml
from speechdraft.phrasebank import load_phrasebank
from speechdraft.pipeline import build_draft, validate_profile
from speechdraft.resources import builtin_templates_dir
from speechdraft.writers.text import to_text

HEAD = """\
kind: leader_speech
meeting:
  date: 2025-03-12
region:
  level: county
  name: 安平县
speaker:
  title: 县委书记
"""
CONTENT = """\
review:
  problems:
    - 城区学位依然紧张
"""


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def profile_file(tmp_path: Path, body: str, head: str = HEAD) -> Path:
    path = tmp_path / "会议信息.yaml"
    path.write_text(head + body, encoding="utf-8")
    return path


def warnings_of(path: Path) -> list[Problem]:
    return list(validate_profile(path).warnings)


def only_problem(path: Path) -> Problem:
    with pytest.raises(ProfileError) as caught:
        validate_profile(path)
    assert len(caught.value.problems) == 1, caught.value.problems
    return caught.value.problems[0]


# --- nothing typed is silently lost or changed -------------------------------------------


def test_text_after_space_hash_is_reported_where_it_was_dropped(tmp_path) -> None:
    path = profile_file(tmp_path, "  name: 张三 # 副县长\n" + CONTENT)
    [warning] = warnings_of(path)
    assert (warning.line, warning.column, warning.path) == (9, 12, "speaker.name")
    assert "副县长" in warning.message and "引号" in warning.message
    assert validate_profile(path).profile.speaker.name == "张三"


def test_a_value_that_is_only_a_comment_is_reported_too(tmp_path) -> None:
    [warning] = warnings_of(profile_file(tmp_path, "  name: # 张三\n" + CONTENT))
    assert (warning.line, warning.column, warning.path) == (9, 9, "speaker.name")
    assert "张三" in warning.message


def test_an_item_lost_to_a_comment_fails_with_the_comment_named(tmp_path) -> None:
    with pytest.raises(ProfileError) as caught:
        validate_profile(profile_file(tmp_path, "preceding:\n  - # 签订目标责任书\n"))
    empty, comment = caught.value.problems
    assert empty.path == comment.path == "preceding[0]" and empty.line == comment.line == 10
    assert "签订目标责任书" in comment.message and "注释" in comment.message


def test_hash_inside_a_quoted_value_or_a_word_is_not_a_comment(tmp_path) -> None:
    body = 'preceding:\n  - "第#3号议程"\n  - C#课程\n  - "已写引号" # 这是注释\n' + CONTENT
    path = profile_file(tmp_path, body)
    assert warnings_of(path) == []
    assert validate_profile(path).profile.preceding == ["第#3号议程", "C#课程", "已写引号"]


def test_zero_width_space_is_removed_before_the_document_and_reported(tmp_path) -> None:
    path = profile_file(tmp_path, "  name: 张\u200b三\n" + CONTENT)
    [warning] = warnings_of(path)
    assert (warning.line, warning.path) == (9, "speaker.name")
    assert "零宽" in warning.message and "张三" in warning.message
    text = to_text(build_draft(path).document)
    assert "张三" in text and "\u200b" not in text


def test_full_width_space_inside_a_value_is_removed_and_reported(tmp_path) -> None:
    path = profile_file(tmp_path, "preceding:\n  - 表彰了先进　集体\n  - 学习 2025　GB 标准\n")
    loaded = validate_profile(path)
    assert loaded.profile.preceding == ["表彰了先进集体", "学习 2025 GB 标准"]
    assert [(w.line, w.path) for w in loaded.warnings] == [
        (10, "preceding[0]"),
        (11, "preceding[1]"),
    ]
    assert all("全角空格" in w.message for w in loaded.warnings)


def test_full_width_digits_become_half_width_and_are_reported(tmp_path) -> None:
    body = "duration_minutes: ２５\npriorities:\n  - area: 学前教育\n    facts:\n      普惠性幼儿园覆盖率: ９２\n"
    loaded = validate_profile(profile_file(tmp_path, body))
    assert loaded.profile.duration_minutes == 25
    assert loaded.profile.priorities[0].facts["普惠性幼儿园覆盖率"] == "92"
    assert [w.path for w in loaded.warnings] == [
        "duration_minutes",
        "priorities[0].facts.普惠性幼儿园覆盖率",
    ]
    assert "半角" in loaded.warnings[0].message


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        ("400", "400项"),
        ("约400", "约400项"),
        ("400余", "400余项"),
        ("400左右", "400项左右"),
        ("约400项", "约400项"),
        ("四百项", "四百项"),
        ("1.5", "1.5项"),
    ],
)
def test_a_number_without_its_unit_gets_the_catalogue_unit(typed, printed) -> None:
    assert with_unit(typed, "项") == printed


def test_unit_added_to_a_rounded_figure_is_reported_and_printed(tmp_path) -> None:
    body = "priorities:\n  - area: 学前教育\n    facts:\n      新建改扩建公办幼儿园数: 约4\n"
    path = profile_file(tmp_path, body)
    [warning] = warnings_of(path)
    assert warning.path == "priorities[0].facts.新建改扩建公办幼儿园数" and warning.line == 12
    assert "约4所" in warning.message
    context = build_context(validate_profile(path), load_phrasebank(builtin_templates_dir()), 1)
    # a priority's figure is a task's target: the clerk's 约 is printed as 左右 after the unit
    # the catalogue added (branch bare20: 要…约4所 read as a report's word in an order)
    assert context.priorities[0].facts["new_public_kg"] == "4所左右"


# --- messages that point at the real cause -----------------------------------------------


def test_list_item_starting_with_an_ascii_quote_is_named(tmp_path) -> None:
    problem = only_problem(
        profile_file(tmp_path, 'review:\n  problems:\n    - "双减"工作还有差距\n')
    )
    assert (problem.line, problem.column) == (11, 7)
    assert "英文双引号" in problem.message and "“双减”" in problem.message
    assert "缩进" not in problem.message


def test_value_starting_with_a_bracket_is_named_with_the_document_number_form(tmp_path) -> None:
    problem = only_problem(profile_file(tmp_path, "preceding:\n  - [2025]12号文件已印发\n"))
    assert (problem.line, problem.column) == (10, 5)
    assert "方括号" in problem.message and "〔2025〕" in problem.message
    assert "缩进" not in problem.message


def test_unquoted_template_braces_are_named(tmp_path) -> None:
    problem = only_problem(profile_file(tmp_path, "targets:\n  guideline: {{ 7*7 }}\n"))
    assert problem.line == 10 and problem.path == "targets.guideline"
    assert "{{" in problem.message and "引号" in problem.message
    assert "名称（冒号前面）" not in problem.message


def test_full_width_indent_is_named_not_an_unknown_key(tmp_path) -> None:
    head = HEAD.replace("  title: 县委书记", "\u3000\u3000title: 县委书记")
    problem = only_problem(profile_file(tmp_path, "", head=head))
    assert (problem.line, problem.column) == (8, 1)
    assert "全角空格" in problem.message and "2 个" in problem.message
    assert "不认识" not in problem.message


# --- plausibility and consistency --------------------------------------------------------


def messages_by_path(path: Path) -> dict[str, str]:
    return {w.path: w.message for w in warnings_of(path)}


def test_percentages_counts_and_figures_that_look_wrong(tmp_path) -> None:
    body = """\
review:
  achievements:
    - area: 学前教育
      figures:
        毛入园率: 192
        巩固率: 0.98
priorities:
  - area: 学前教育
    facts:
      普惠性幼儿园覆盖率: 192
      公办园在园幼儿占比: 55
  - area: 项目建设
    facts:
      续建项目数: -3
"""
    found = messages_by_path(profile_file(tmp_path, body))
    assert set(found) == {
        "review.achievements[0].figures.毛入园率",
        "review.achievements[0].figures.巩固率",
        "priorities[0].facts.普惠性幼儿园覆盖率",
        "priorities[1].facts.续建项目数",
    }
    assert "100%" in found["review.achievements[0].figures.毛入园率"]
    assert "请写 98" in found["review.achievements[0].figures.巩固率"]
    assert "100%" in found["priorities[0].facts.普惠性幼儿园覆盖率"]
    assert "负数" in found["priorities[1].facts.续建项目数"]


def test_a_grouped_number_gets_a_reminder_and_is_printed_without_separators(tmp_path) -> None:
    body = """\
review:
  achievements:
    - area: 学前教育
      figures:
        新增学位: 1,620个
priorities:
  - area: 教师队伍
    facts:
      教师全员培训人次: 12，000人次
      今年新补充教师人数: 150名
"""
    path = profile_file(tmp_path, body)
    found = messages_by_path(path)
    assert set(found) == {
        "review.achievements[0].figures.新增学位",
        "priorities[0].facts.教师全员培训人次",
    }
    assert "千分位逗号" in found["review.achievements[0].figures.新增学位"]
    assert "“1620”" in found["review.achievements[0].figures.新增学位"]
    assert "“12000”" in found["priorities[0].facts.教师全员培训人次"]
    assert "稿中已印成“1620”" in found["review.achievements[0].figures.新增学位"]
    text = build_draft(path).document.body_text()
    # printed without the separator (GB/T 15835; readers of three rounds struck it), and
    # the reminder still tells the clerk, whose profile keeps what was typed
    assert "1620个" in text and "1,620" not in text


def test_a_catalogue_percentage_written_as_a_fraction_stays_an_error(tmp_path) -> None:
    # the catalogue check refuses it outright; the warnings never repeat it
    body = "priorities:\n  - area: 学前教育\n    facts:\n      普惠性幼儿园覆盖率: 0.92\n"
    problem = only_problem(profile_file(tmp_path, body))
    assert problem.path == "priorities[0].facts.普惠性幼儿园覆盖率" and "0.92" in problem.message


def test_place_and_speaker_of_another_level(tmp_path) -> None:
    head = HEAD.replace("安平县", "云溪市").replace("县委书记", "市长")
    warnings = warnings_of(profile_file(tmp_path, CONTENT, head=head))
    assert [(w.line, w.path) for w in warnings] == [(6, "region.name"), (8, "speaker.title")]
    assert "云溪市" in warnings[0].message and "全县" in warnings[0].message
    assert "市长" in warnings[1].message


def test_matching_place_and_speaker_are_quiet(tmp_path) -> None:
    head = HEAD.replace("县委书记", "副县长")
    assert warnings_of(profile_file(tmp_path, CONTENT, head=head)) == []


def test_agenda_of_another_year(tmp_path) -> None:
    body = "preceding:\n  - 签订了2024年度目标责任书\n  - 签订了2026年度目标责任书\n"
    [warning] = warnings_of(profile_file(tmp_path, body))
    assert (warning.line, warning.path) == (11, "preceding[1]")
    assert "2026年" in warning.message and "2025年3月12日" in warning.message


def test_next_years_letters_at_a_december_meeting_are_quiet(tmp_path) -> None:
    head = HEAD.replace("2025-03-12", "2025-12-20")
    body = "preceding:\n  - 签订了2026年度目标责任书\n"
    assert warnings_of(profile_file(tmp_path, body, head=head)) == []


def test_the_same_area_twice(tmp_path) -> None:
    body = "priorities:\n  - 学前教育\n  - 校园安全\n  - 学前教育\n" + CONTENT
    [warning] = warnings_of(profile_file(tmp_path, body))
    assert warning.path == "priorities[2].area" and "第 1 项" in warning.message


def test_empty_profile_is_not_called_correct(runner, tmp_path) -> None:
    path = profile_file(tmp_path, "")
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 0
    assert "填写正确" not in result.output
    assert "还没有填写任何内容" in result.output and f"{path}:1:1" in result.output


def test_render_lists_warnings_and_still_writes(runner, tmp_path) -> None:
    path = profile_file(tmp_path, "  name: 张三 # 副县长\n" + CONTENT)
    out = tmp_path / "稿.txt"
    result = runner.invoke(app, ["render", str(path), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert f"提醒：{path}:9:12 speaker.name" in result.output
    assert "张三" in out.read_text(encoding="utf-8")


def test_a_filled_profile_is_still_correct(runner, tmp_path) -> None:
    result = runner.invoke(app, ["validate", str(profile_file(tmp_path, CONTENT))])
    assert result.exit_code == 0 and "填写正确" in result.output and "提醒" not in result.output


# --- Chinese input accepted where it is unambiguous --------------------------------------


def test_chinese_kind_level_and_numeral_date_in_the_profile(tmp_path) -> None:
    head = (
        HEAD.replace("kind: leader_speech", "kind: 领导讲话")
        .replace("level: county", "level: 县")
        .replace("date: 2025-03-12", "date: 二〇二六年三月五日")
    )
    profile = validate_profile(profile_file(tmp_path, CONTENT, head=head)).profile
    assert (profile.kind, profile.region.level) == ("leader_speech", "county")
    assert (profile.meeting.date.year, profile.meeting.date.month, profile.meeting.date.day) == (
        2026,
        3,
        5,
    )


@pytest.mark.parametrize(
    ("typed", "day"), [("二〇二五年十二月三十一日", 31), ("二〇二五年十月十日", 10)]
)
def test_numeral_dates_with_tens(tmp_path, typed, day) -> None:
    head = HEAD.replace("2025-03-12", typed)
    date = validate_profile(profile_file(tmp_path, CONTENT, head=head)).profile.meeting.date
    assert date.day == day and date.year == 2025


def test_impossible_numeral_date_is_named(tmp_path) -> None:
    head = HEAD.replace("2025-03-12", "二〇二五年二月三十日")
    problem = only_problem(profile_file(tmp_path, CONTENT, head=head))
    assert problem.path == "meeting.date" and "没有这一天" in problem.message


def test_ambiguous_level_is_refused_with_the_choices(tmp_path) -> None:
    head = HEAD.replace("level: county", "level: 市")
    problem = only_problem(profile_file(tmp_path, CONTENT, head=head))
    assert problem.path == "region.level" and "county_city（县级市）" in problem.message


def test_cli_accepts_chinese_kind_level_and_copy(runner, tmp_path) -> None:
    out = tmp_path / "报告.yaml"
    result = runner.invoke(app, ["init", "--kind", "工作报告", "--level", "县", "-o", str(out)])
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert "kind: work_report" in text and "level: county" in text
    draft = tmp_path / "审阅.docx"
    profile = profile_file(tmp_path, CONTENT)
    result = runner.invoke(app, ["render", str(profile), "--copy", "审阅稿", "-o", str(draft)])
    assert result.exit_code == 0, result.output
    header = docx.Document(str(draft)).sections[0].header.paragraphs[0].text
    assert header.startswith("讨论稿")


def test_cli_refuses_an_unknown_copy_in_chinese(runner, tmp_path) -> None:
    profile = profile_file(tmp_path, CONTENT)
    result = runner.invoke(
        app, ["render", str(profile), "--copy", "草稿", "-o", str(tmp_path / "x.docx")]
    )
    assert result.exit_code == 2
    assert "也可写中文：讲话稿、审阅稿、念稿版" in result.output
    assert not (tmp_path / "x.docx").exists()


def test_kinds_lists_the_chinese_names_it_accepts(runner) -> None:
    output = runner.invoke(app, ["kinds"]).output
    assert "也可写：领导讲话" in output and "也可写：县级" in output and "乡镇（全镇" in output


# --- batches and the catalogue -----------------------------------------------------------


def test_render_into_a_folder_that_does_not_exist_yet(runner, tmp_path) -> None:
    first = profile_file(tmp_path, CONTENT)
    second = first.with_name("第二份.yaml")
    second.write_text(first.read_text(encoding="utf-8"), encoding="utf-8")
    folder = tmp_path / "输出"
    result = runner.invoke(app, ["render", str(first), str(second), "-o", f"{folder}/"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in folder.iterdir()) == ["会议信息.docx", "第二份.docx"]
    assert "已建立文件夹" in result.output
    # one profile and a trailing slash: a folder too, not a file named 单份
    result = runner.invoke(app, ["render", str(first), "-o", f"{tmp_path / '单份'}/"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "单份" / "会议信息.docx").is_file()


def test_batch_output_that_is_a_file_name_is_refused(runner, tmp_path) -> None:
    first = profile_file(tmp_path, CONTENT)
    second = first.with_name("第二份.yaml")
    second.write_text(first.read_text(encoding="utf-8"), encoding="utf-8")
    result = runner.invoke(app, ["render", str(first), str(second), "-o", str(tmp_path / "x.docx")])
    assert result.exit_code == 2 and "文件夹" in result.output
    assert not (tmp_path / "x.docx").exists()


def test_batch_lists_each_profiles_warnings_after_the_table(runner, tmp_path) -> None:
    first = profile_file(tmp_path, "  name: 张三 # 副县长\n" + CONTENT)
    second = first.with_name("第二份.yaml")
    second.write_text(HEAD + CONTENT, encoding="utf-8")
    result = runner.invoke(app, ["render", str(first), str(second), "-o", f"{tmp_path / '稿'}/"])
    assert result.exit_code == 0, result.output
    assert result.output.count("提醒：") == 1
    assert f"提醒：{first}:9:12 speaker.name" in result.output


def test_checklist_suggests_the_area_for_a_typo(runner, tmp_path) -> None:
    out = tmp_path / "清单.txt"
    result = runner.invoke(app, ["checklist", "--priorities", "校园安金", "-o", str(out)])
    assert result.exit_code == 2
    assert "是不是“校园安全”？" in result.output and not out.exists()


def test_render_note_suggests_the_area_for_a_typo(runner, tmp_path) -> None:
    path = profile_file(tmp_path, "priorities:\n  - 校园安金\n" + CONTENT)
    result = runner.invoke(app, ["render", str(path), "-o", str(tmp_path / "稿.txt")])
    assert result.exit_code == 0 and "是不是“校园安全”？" in result.output


def test_areas_lists_the_catalogue_with_each_facts_unit_and_department(runner) -> None:
    result = runner.invoke(app, ["areas"])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    preschool = next(i for i, line in enumerate(lines) if line.startswith("学前教育普及普惠"))
    assert "也可写：学前教育" in lines[preschool]
    assert (
        lines[preschool + 1]
        == "  ★普惠性幼儿园覆盖率（单位：%，填今年要达到的目标数，一般由基础教育股提供）"
    )
    assert "保障措施（safeguards 的 area）：" in lines
    assert "教育经费保障" in result.output and "（没有固定数据项" in result.output
    assert "上年已经达到的实际数请写在 review 的 achievements 下" in result.output


def test_areas_says_which_facts_count_what_already_exists(runner) -> None:
    """Clerks typed today's rate where the bank says 今年要达到 (round i's invented targets):
    the catalogue says which figure each fact wants, as the checklist does."""
    result = runner.invoke(app, ["areas", "义务教育优质均衡"])
    assert result.exit_code == 0
    # a key task's figure is this year's target (the profile's field says so), and the bank
    # now says the group count as one (今年教育集团要达到…; at main 已组建的/现有…, round ae's F)
    groups = next(line for line in result.output.splitlines() if "教育集团数" in line)
    assert "填今年要达到的目标数" in groups and "现有" not in groups
    targets = [line for line in result.output.splitlines() if "填今年要达到的目标数" in line]
    assert len(targets) >= 2


def test_the_forms_catalogue_marks_the_facts_that_count_what_exists() -> None:
    from speechdraft.web.catalog import catalog

    facts = {
        (area["label"], fact["label"]): fact["exists"]
        for area in catalog()["areas"]
        for fact in area["facts"]
    }
    # the bank says every key task's figure as this year's target (round ae's F: 现有16个教育
    # 集团 of a target): the form marks none as a current count
    assert facts[("义务教育优质均衡", "教育集团数")] is False
    assert facts[("学前教育普及普惠", "普惠性幼儿园覆盖率")] is False
    assert sum(facts.values()) == 0 and sum(not v for v in facts.values()) >= 50


def test_areas_shows_one_area_or_suggests(runner) -> None:
    result = runner.invoke(app, ["areas", "幼儿园"])
    assert result.exit_code == 0 and result.output.startswith("学前教育普及普惠")
    assert "★公办园在园幼儿占比（单位：%" in result.output
    result = runner.invoke(app, ["areas", "校园安金"])
    assert result.exit_code == 2 and "是不是“校园安全”？" in result.output


# --- new: the questionnaire never loses answers ------------------------------------------

AWKWARD = ['"双减"工作还要加力', "[2025]12号文件", "no", "1:30", "目标: 达标", "# 不是注释"]


def questionnaire_input(*, content: bool, save_as: list[str] | None = None) -> str:
    """Answers in the order `new` asks: kind, level, place, date, title, name, minutes, the
    content lists (each ended by an empty line), areas, the area's facts, then the name."""
    lines = ["1", "1", "安平县", "2026-03-05", "县委书记", "李明", "20"]
    if content:
        lines += ["县教育局局长作了工作报告", ""]
        lines += ["学前教育：新建公办幼儿园3所", "学前教育：普惠率提高5个百分点", "全年平稳", ""]
        lines += [*AWKWARD, ""]
        lines += ["坚持优先发展"]
        lines += ["毛入园率达到92%", ""]
    else:
        lines += ["", "", "", "", ""]
    lines += ["学前教育"]
    facts = len(load_phrasebank(builtin_templates_dir()).areas["preschool"].facts)
    lines += (["92", "55.5", "约4"] + [""] * facts)[:facts] if content else [""] * facts
    lines += save_as or []
    return "\n".join(lines) + "\n"


def test_new_collects_content_and_writes_it_so_it_reads_back_as_typed(runner, tmp_path) -> None:
    result = runner.invoke(
        app, ["new", "-o", str(tmp_path / "会议")], input=questionnaire_input(content=True)
    )
    assert result.exit_code == 0, result.output
    path = tmp_path / "会议.yaml"  # .yaml added
    profile = validate_profile(path).profile
    assert profile.preceding == ["县教育局局长作了工作报告"]
    assert [(a.area, a.points) for a in profile.review.achievements] == [
        ("学前教育", ["新建公办幼儿园3所", "普惠率提高5个百分点"]),
        ("综合", ["全年平稳"]),
    ]
    assert profile.review.problems == AWKWARD
    assert profile.targets.guideline == "坚持优先发展"
    assert profile.targets.items == ["毛入园率达到92%"]
    facts = profile.priorities[0].facts
    assert facts == {
        "普惠性幼儿园覆盖率": 92,
        "公办园在园幼儿占比": 55.5,
        "新建改扩建公办幼儿园数": "约4",
    }
    text = path.read_text(encoding="utf-8")
    assert "普惠性幼儿园覆盖率: 92\n" in text and "# 存在的问题和不足" in text


def test_new_refuses_an_existing_output_before_asking_anything(runner, tmp_path) -> None:
    taken = tmp_path / "已有.yaml"
    taken.write_text("kind: leader_speech\n", encoding="utf-8")
    result = runner.invoke(app, ["new", "-o", str(taken)], input=questionnaire_input(content=False))
    assert result.exit_code == 2
    assert "已经存在" in result.output and "讲话类型" not in result.output
    assert taken.read_text(encoding="utf-8") == "kind: leader_speech\n"


def test_new_asks_again_when_the_last_answer_names_an_existing_file(
    runner, tmp_path, monkeypatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("会议信息.yaml").write_text("旧内容\n", encoding="utf-8")
    answers = questionnaire_input(content=True, save_as=["会议信息", "新的会议"])
    result = runner.invoke(app, ["new"], input=answers)
    assert result.exit_code == 0, result.output
    assert "会议信息.yaml 已经存在，不会覆盖它" in result.output
    assert "[会议信息2.yaml]" in result.output  # the offered default is a free name
    assert Path("会议信息.yaml").read_text(encoding="utf-8") == "旧内容\n"
    assert validate_profile(Path("新的会议.yaml")).profile.targets.guideline == "坚持优先发展"


# Characters a clerk may type that YAML gives meaning to, with ordinary Chinese text; not the
# ones the loader deliberately changes (spaces at the ends, full-width spaces and digits,
# zero-width characters, line breaks), which the tests above cover.
_TYPED = st.text(
    alphabet=st.sampled_from(
        list("教育学校县市“”（）、，。：；！？%12345xyzNOn") + list("\"'[]{}#&*!|>@`-:?,.~ ")
    ),
    min_size=1,
    max_size=24,
).filter(lambda text: text == text.strip() and not text.isspace())


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(point=_TYPED, label=_TYPED, figure=_TYPED)
def test_whatever_new_writes_reads_back_as_typed(tmp_path, point, label, figure) -> None:
    answers = {
        "preceding": [point],
        "review": {
            "achievements": [{"area": "综合", "points": [point], "figures": {label: figure}}]
        },
        "targets": {"guideline": point, "items": [point, figure]},
    }
    bank = load_phrasebank(builtin_templates_dir())
    text = skeleton_yaml("leader_speech", "county", bank, datetime.date(2026, 3, 5), answers)
    path = tmp_path / "往返.yaml"
    path.write_text(text, encoding="utf-8")
    profile = load_profile(path).profile
    assert profile.preceding == [point]
    assert profile.targets.guideline == point and profile.targets.items == [point, figure]
    [achievement] = profile.review.achievements
    assert achievement.points == [point] and list(achievement.figures) == [label]
    assert achievement.figures[label] == figure  # text stays text: "12" is not 12


def test_full_width_indent_of_a_list_item_is_named(tmp_path) -> None:
    problem = only_problem(profile_file(tmp_path, "preceding:\n\u3000\u3000- 作了报告\n"))
    assert (problem.line, problem.column) == (10, 1)
    assert "2 个全角空格" in problem.message and "缺少冒号" not in problem.message


@pytest.mark.parametrize(
    ("value", "words"),
    [("{7*7}", ["花括号", '"{7*7}"']), ("[2025]", ["方括号", "〔2025〕"]), ("[张三]", ["方括号"])],
)
def test_text_that_became_a_mapping_or_list_is_named(tmp_path, value, words) -> None:
    head = HEAD.replace("  title: 县委书记", f"  title: 县委书记\n  name: {value}")
    problem = only_problem(profile_file(tmp_path, CONTENT, head=head))
    assert (problem.line, problem.path) == (9, "speaker.name")
    assert all(word in problem.message for word in words) and "数字或日期" not in problem.message


def test_collects_source_notes_after_figures_are_not_lost_text(tmp_path) -> None:
    body = (
        "priorities:\n  - area: 学前教育\n    facts:\n"
        "      普惠性幼儿园覆盖率: 92  # 来源：基础教育股 · 回表.xlsx · 基础教育股!H5\n"
    )
    assert warnings_of(profile_file(tmp_path, body)) == []


def test_web_validate_lists_the_same_warnings(tmp_path) -> None:
    from speechdraft.web.api import ProfileSource, validate

    text = HEAD + "  name: 张三 # 副县长\n" + CONTENT
    payload = validate(ProfileSource("会议信息.yaml", text.encode("utf-8"), is_json=False))
    assert payload["ok"] is True and "填写正确" not in payload["summary"]
    [warning] = payload["warnings"]
    assert (warning["line"], warning["column"], warning["path"]) == (9, 12, "speaker.name")
    assert "副县长" in warning["message"]
    clean = validate(ProfileSource("x.yaml", (HEAD + CONTENT).encode("utf-8"), is_json=False))
    assert clean["warnings"] == [] and "填写正确" in clean["summary"]


def test_a_comment_set_off_by_two_spaces_is_taken_as_meant(tmp_path) -> None:
    # the style of README's example and of import's notes; one space is how # slips into text
    path = profile_file(tmp_path, "  name: 张三  # 会前再核对一次\n" + CONTENT)
    assert warnings_of(path) == []
    assert validate_profile(path).profile.speaker.name == "张三"


def test_web_preview_carries_the_warnings_with_their_field(tmp_path) -> None:
    import json

    from speechdraft.web.api import ProfileSource, preview

    data = {
        "kind": "leader_speech",
        "meeting": {"date": "2025-03-12"},
        "region": {"level": "county", "name": "测试县"},
        "speaker": {"title": "县委书记", "name": "张三"},
        "priorities": [{"area": "学前教育", "facts": {"普惠性幼儿园覆盖率": "105%"}}],
    }
    payload = preview(ProfileSource("form", json.dumps(data).encode("utf-8"), is_json=True))
    assert payload["ok"] is True and payload["preview"]["pages"]
    [warning] = payload["warnings"]
    assert warning["path"] == "priorities[0].facts.普惠性幼儿园覆盖率"
    assert "超过了 100%" in warning["message"]


@pytest.mark.parametrize(
    ("item", "warned"),
    [
        ("会议审议通过了《教育强市建设三年行动计划（2026—2028年）》", False),
        ("会议印发了《到2035年教育强市建设规划纲要》", False),
        ("会议印发了《2028年教育工作要点》", True),
    ],
)
def test_a_plan_span_or_horizon_is_no_copied_year(write_profile, item: str, warned: bool) -> None:
    """The end of a plan's span (2026—2028年) or a horizon (到2035年) is later than the
    meeting on purpose; a later year standing alone is most often a copied file's."""
    path = write_profile(preceding=[item])
    years = [w for w in validate_profile(path).warnings if "是不是从别的年份" in w.message]
    assert bool(years) is warned
    if warned:
        assert years[0].path == "preceding[0]" and "2028年" in years[0].message


def test_a_topic_that_only_contains_an_area_name_keeps_its_own_facts(tmp_path) -> None:
    """学位攻坚 contains the alias 学位供给's neighbour names; its facts are the clerk's own
    (新增学位数, 总投资): kept and printed as written with a note, never refused, so that a
    new alias in the bank cannot turn yesterday's valid profile into an error."""
    body = """\
priorities:
  - area: 新城学位供给攻坚
    facts:
      新增学位数: 3600
      总投资: 5.6亿元
  - area: 义务教育
    facts:
      新增学位数: 3600
"""
    # the exact area name still checks its facts (a typo must not vanish silently)
    problem = only_problem(profile_file(tmp_path, body))
    assert problem.path.startswith("priorities[1].facts.新增学位数")
    body = body.split("  - area: 义务教育")[0]
    path = profile_file(tmp_path, body)
    draft = build_draft(path)
    text = draft.document.body_text()
    assert "3600" in text and "5.6亿元" in text
    assert any("新城学位供给攻坚" in note and "新增学位数" in note for note in draft.notes)


def test_a_topic_is_found_by_its_head_the_name_it_ends_with() -> None:
    """Round g: 义务教育控辍保学 was said as 大班额 under 义务教育; a Chinese topic puts its
    head last, so the area named last wins over an earlier modifier of the same length."""
    from speechdraft.phrasebank import load_phrasebank
    from speechdraft.resources import builtin_templates_dir

    bank = load_phrasebank(builtin_templates_dir())
    found = {
        name: area.key if (area := bank.find_area(name)) else None
        for name in (
            "义务教育控辍保学",
            "民办幼儿园安全",
            "义务教育优质均衡",
            "乡村教师关爱",
            "学位攻坚",
        )
    }
    assert found == {
        "义务教育控辍保学": "dropout_aid",
        "民办幼儿园安全": "safety",
        "义务教育优质均衡": "compulsory",
        "乡村教师关爱": "teachers",
        "学位攻坚": "compulsory",
    }
