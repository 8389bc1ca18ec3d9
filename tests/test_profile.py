"""Tests of load_profile / validate_profile: every problem located and explained in Chinese."""

from __future__ import annotations

import datetime
import textwrap
from pathlib import Path

import pytest
import yaml

from speechdraft.errors import Problem, ProfileError
from speechdraft.intake.profile import load_profile
from speechdraft.pipeline import build_draft, validate_profile

# The smallest profile that loads. As YAML (see MINIMAL_YAML) its lines are:
#  1 kind   2 meeting   3 date   4 region   5 level   6 name(安平县)   7 speaker   8 title   9 name
MINIMAL: dict = {
    "kind": "leader_speech",
    "meeting": {"date": "2025-03-15"},
    "region": {"level": "county", "name": "安平县"},
    "speaker": {"title": "县委书记", "name": "李明远"},
}

MINIMAL_YAML = """\
    kind: leader_speech
    meeting:
      date: 2025-03-15
    region:
      level: county
      name: 安平县
    speaker:
      title: 县委书记
      name: 李明远
"""


def write_profile(tmp_path: Path, text: str, name: str = "profile.yaml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def write_dict(tmp_path: Path, data: dict, name: str = "profile.yaml") -> Path:
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    return write_profile(tmp_path, text, name)


def problems_of(path: Path, *, validate: bool = False) -> list[Problem]:
    with pytest.raises(ProfileError) as info:
        (validate_profile if validate else load_profile)(path)
    error = info.value
    assert error.file == str(path)
    assert all(p.file == str(path) for p in error.problems)
    # the message shown to the user lists every problem with its location
    assert f"有 {len(error.problems)} 处需要修改" in str(error)
    for problem in error.problems:
        assert str(problem) in str(error)
    return error.problems


def only_problem(path: Path, **kwargs) -> Problem:
    problems = problems_of(path, **kwargs)
    assert len(problems) == 1, problems
    return problems[0]


# --- the baseline ---------------------------------------------------------------------


def test_minimal_profile_loads(tmp_path):
    loaded = load_profile(write_profile(tmp_path, MINIMAL_YAML))
    p = loaded.profile
    assert p.kind == "leader_speech"
    assert p.meeting.date == datetime.date(2025, 3, 15)
    assert p.region.level == "county"
    assert p.speaker.title == "县委书记"
    assert p.speaker.name == "李明远"
    assert p.fonts == "gov"
    # locations of values are recorded (line, column), 1-based
    assert loaded.locations[("speaker", "title")] == (8, 10)
    assert loaded.locations[("meeting", "date")] == (3, 9)


def test_minimal_dict_loads_and_validates(tmp_path):
    loaded = validate_profile(write_dict(tmp_path, MINIMAL))
    assert loaded.profile.region.name == "安平县"
    assert loaded.profile.priorities == []


# --- broken YAML ----------------------------------------------------------------------


def test_unclosed_bracket_gives_file_and_line(tmp_path):
    path = write_profile(
        tmp_path,
        MINIMAL_YAML.replace(
            "    region:\n", "    attendees: [县直有关部门, 各学校\n    region:\n"
        ),
    )
    problem = only_problem(path)
    # the bracket opens on line 4; the parser trips over the next line's "region:"
    assert problem.line in (4, 5)
    assert problem.column is not None
    assert str(problem).startswith(f"{path}:{problem.line}:{problem.column}")
    assert problem.path == ""
    assert "方括号" in problem.message and "没有配对" in problem.message


def test_tab_indentation_is_explained(tmp_path):
    path = write_profile(
        tmp_path, MINIMAL_YAML.replace("      title: 县委书记", "    \ttitle: 县委书记")
    )
    problem = only_problem(path)
    assert (problem.line, problem.column) == (8, 1)
    assert str(problem).startswith(f"{path}:8:1")
    assert "制表符（Tab）" in problem.message
    assert "空格" in problem.message


def test_unclosed_quote_is_explained(tmp_path):
    path = write_profile(tmp_path, MINIMAL_YAML + '    attendees:\n      - "县直有关部门\n')
    problem = only_problem(path)
    assert problem.line is not None
    assert str(problem).startswith(f"{path}:{problem.line}")
    assert "引号没有配对" in problem.message


@pytest.mark.parametrize(
    ("text", "opening_line"),
    [
        # quote opens on line 5 of a 12-line file (PyYAML notices it only at the end)
        (
            MINIMAL_YAML.replace(
                "    region:\n", '    attendees:\n      - "县直有关部门\n    region:\n'
            ),
            5,
        ),
        # bracket opens on the last line (10) (PyYAML notices it only past the end)
        (MINIMAL_YAML + "    attendees: [县直有关部门, 各学校\n", 10),
    ],
    ids=["quote", "bracket-at-end"],
)
def test_unclosed_quote_or_bracket_points_at_its_opening_line(tmp_path, text, opening_line):
    path = write_profile(tmp_path, text)
    problem = only_problem(path)
    line_count = len(path.read_text(encoding="utf-8").splitlines())
    assert problem.line <= line_count
    assert problem.line == opening_line


def test_chinese_colon_inside_file_is_located(tmp_path):
    path = write_profile(tmp_path, MINIMAL_YAML.replace("title: 县委书记", "title：县委书记"))
    problem = only_problem(path)
    assert problem.line in (8, 9)  # the key's line or the next one, where PyYAML trips
    assert str(problem).startswith(f"{path}:{problem.line}:")
    assert "冒号" in problem.message


def test_chinese_colon_after_key_is_pointed_out(tmp_path):
    path = write_profile(tmp_path, MINIMAL_YAML.replace("title: 县委书记", "title：县委书记"))
    problem = only_problem(path)
    assert problem.line == 8
    assert "中文冒号" in problem.message


# --- wrong values ---------------------------------------------------------------------


def test_wrong_type_duration(tmp_path):
    path = write_profile(tmp_path, MINIMAL_YAML + "    duration_minutes: 二十\n")
    problem = only_problem(path)
    assert (problem.line, problem.column) == (10, 19)
    assert problem.path == "duration_minutes"
    assert problem.message == "应为整数（如 20），实际是“二十”"
    assert str(problem) == f"{path}:10:19 duration_minutes：应为整数（如 20），实际是“二十”"


def test_duration_out_of_range(tmp_path):
    path = write_profile(tmp_path, MINIMAL_YAML + "    duration_minutes: 500\n")
    problem = only_problem(path)
    assert (problem.line, problem.path) == (10, "duration_minutes")
    assert problem.message == "不能大于 120，实际是“500”"


def test_unknown_key_under_meeting_suggests_name(tmp_path):
    path = write_profile(
        tmp_path,
        MINIMAL_YAML.replace("    meeting:\n", "    meeting:\n      nmae: 全县教育工作会议\n"),
    )
    problem = only_problem(path)
    assert (problem.line, problem.column) == (3, 3)  # the misspelt key itself
    assert problem.path == "meeting.nmae"
    assert problem.message == "不认识“nmae”这一项，是不是“name”？"


def test_unknown_top_level_key_suggests_priorities(tmp_path):
    path = write_profile(tmp_path, MINIMAL_YAML + "    priorites:\n      - 学前教育\n")
    problem = only_problem(path)
    assert (problem.line, problem.column) == (10, 1)
    assert problem.path == "priorites"
    assert problem.message == "不认识“priorites”这一项，是不是“priorities”？"


def test_unknown_key_without_close_match_lists_what_may_be_written(tmp_path):
    path = write_profile(tmp_path, MINIMAL_YAML + "      phone: 12345\n")
    problem = only_problem(path)
    assert (problem.line, problem.path) == (10, "speaker.phone")
    assert problem.message == "不认识“phone”这一项；这里可以写：title、name、on_behalf_of、role"


def test_missing_speaker_title_points_at_speaker_mapping(tmp_path):
    path = write_profile(tmp_path, MINIMAL_YAML.replace("      title: 县委书记\n", ""))
    problem = only_problem(path)
    # "speaker:" is line 7; its mapping (now just "name: 李明远") starts on line 8, column 3
    assert (problem.line, problem.column) == (8, 3)
    assert problem.path == "speaker.title"
    assert problem.message == "缺少这一项，请补上"


def test_missing_required_top_level_section(tmp_path):
    text = textwrap.dedent(MINIMAL_YAML)
    text = text.replace("speaker:\n  title: 县委书记\n  name: 李明远\n", "")
    path = write_profile(tmp_path, text)
    problem = only_problem(path)
    assert problem.path == "speaker"
    assert problem.message == "缺少这一项，请补上"
    assert problem.line == 1  # the whole file is the mapping that lacks it


@pytest.mark.parametrize("empty", ['""', "'   '"])
def test_empty_speaker_title(tmp_path, empty):
    path = write_profile(tmp_path, MINIMAL_YAML.replace("title: 县委书记", f"title: {empty}"))
    problem = only_problem(path)
    assert (problem.line, problem.column) == (8, 10)
    assert problem.path == "speaker.title"
    assert problem.message == "不能为空"


def test_invalid_level_lists_choices(tmp_path):
    path = write_profile(tmp_path, MINIMAL_YAML.replace("level: county", "level: village"))
    problem = only_problem(path)
    assert (problem.line, problem.column) == (5, 10)
    assert problem.path == "region.level"
    assert problem.message.startswith("“village”不是可选的值。可选：")
    for choice in (
        "county（县）",
        "district（区）",
        "county_city（县级市）",
        "city（地级市）",
        "banner（旗）",
        "prefecture（自治州）",
        "province（省）",
        "autonomous_region（自治区）",
        "town（乡镇）",
    ):
        assert choice in problem.message


def test_level_written_in_chinese_is_accepted_when_unambiguous(tmp_path):
    # issue 9: level: 县 names one level, so it is read as county; 市 could be two and is refused
    path = write_profile(tmp_path, MINIMAL_YAML.replace("level: county", "level: 县"))
    assert load_profile(path).profile.region.level == "county"
    path = write_profile(tmp_path, MINIMAL_YAML.replace("level: county", "level: 市"))
    problem = only_problem(path)
    assert problem.path == "region.level"
    assert "可选：county（县）" in problem.message


def test_invalid_kind_suggests_close_match(tmp_path):
    path = write_profile(
        tmp_path, MINIMAL_YAML.replace("kind: leader_speech", "kind: leader_speach")
    )
    problem = only_problem(path)
    assert (problem.line, problem.column, problem.path) == (1, 7, "kind")
    assert "是不是“leader_speech”？" in problem.message
    assert "work_report" in problem.message


# --- dates ----------------------------------------------------------------------------


@pytest.mark.parametrize("bad", ["2025-13-01", "2025年2月30日"])
def test_impossible_date_is_reported_not_crashing(tmp_path, bad):
    path = write_profile(tmp_path, MINIMAL_YAML.replace("2025-03-15", bad))
    problem = only_problem(path)
    assert (problem.line, problem.column) == (3, 9)
    assert problem.path == "meeting.date"
    assert problem.message == f"没有这一天：{bad}"


def test_date_that_is_not_a_date(tmp_path):
    path = write_profile(tmp_path, MINIMAL_YAML.replace("2025-03-15", "下周一"))
    problem = only_problem(path)
    assert (problem.line, problem.path) == (3, "meeting.date")
    assert problem.message.startswith("应为日期，如 2025-03-15")
    assert "下周一" in problem.message


@pytest.mark.parametrize("written", ["2025年3月15日", "2025年03月15日", "2025.3.15", "2025/3/15"])
def test_chinese_and_dotted_dates_accepted(tmp_path, written):
    loaded = load_profile(write_profile(tmp_path, MINIMAL_YAML.replace("2025-03-15", written)))
    assert loaded.profile.meeting.date == datetime.date(2025, 3, 15)
    assert loaded.profile.meeting_year == 2025


def test_review_year_defaults_to_year_before_meeting(tmp_path):
    profile = load_profile(write_dict(tmp_path, MINIMAL)).profile
    assert profile.meeting.review_year is None
    assert profile.review_year == 2024


def test_review_year_can_be_overridden(tmp_path):
    data = {**MINIMAL, "meeting": {"date": "2025年1月8日", "review_year": 2023}}
    profile = load_profile(write_dict(tmp_path, data)).profile
    assert profile.meeting_year == 2025
    assert profile.review_year == 2023


def test_review_year_out_of_range(tmp_path):
    path = write_profile(
        tmp_path,
        MINIMAL_YAML.replace(
            "      date: 2025-03-15\n", "      date: 2025-03-15\n      review_year: 1999\n"
        ),
    )
    problem = only_problem(path)
    assert (problem.line, problem.path) == (4, "meeting.review_year")
    assert problem.message == "不能小于 2011，实际是“1999”"


# --- duplicates and several problems at once ------------------------------------------


def test_duplicate_top_level_key(tmp_path):
    path = write_profile(tmp_path, MINIMAL_YAML + "    kind: work_report\n")
    problem = only_problem(path)
    assert (problem.line, problem.column) == (10, 1)  # the second occurrence
    assert problem.path == "kind"
    assert "重复出现" in problem.message


def test_duplicate_nested_key(tmp_path):
    path = write_profile(tmp_path, MINIMAL_YAML + "      title: 县长\n")
    problem = only_problem(path)
    assert (problem.line, problem.column) == (10, 3)
    assert problem.path == "speaker.title"
    assert "重复出现了：请把两处合并成一处" in problem.message


def test_all_problems_reported_at_once_sorted_by_line(tmp_path):
    path = write_profile(
        tmp_path,
        """\
        kind: leader_speech
        duration_minutes: 二十
        meeting:
          nmae: 全县教育工作会议
          date: 2025-13-01
        region:
          level: village
        speaker:
          title: ""
        priorites:
          - 学前教育
        """,
    )
    problems = problems_of(path)
    assert [(p.line, p.path) for p in problems] == [
        (2, "duration_minutes"),
        (4, "meeting.nmae"),
        (5, "meeting.date"),
        (7, "region.level"),
        (9, "speaker.title"),
        (10, "priorites"),
    ]
    lines = [p.line for p in problems]
    assert lines == sorted(lines)
    messages = {p.path: p.message for p in problems}
    assert messages["duration_minutes"] == "应为整数（如 20），实际是“二十”"
    assert messages["meeting.nmae"] == "不认识“nmae”这一项，是不是“name”？"
    assert messages["meeting.date"] == "没有这一天：2025-13-01"
    assert "可选：county（县）" in messages["region.level"]
    assert messages["speaker.title"] == "不能为空"
    assert "是不是“priorities”？" in messages["priorites"]


# --- whole-file problems --------------------------------------------------------------


def test_top_level_list(tmp_path):
    path = write_profile(tmp_path, "- kind: leader_speech\n- meeting: 全县教育工作会议\n")
    problem = only_problem(path)
    assert (problem.line, problem.column) == (1, 1)
    assert problem.message == "会议信息应是若干“键: 值”行，如“kind: leader_speech”"


def test_top_level_text_with_chinese_colon_points_at_that_line(tmp_path):
    path = write_profile(tmp_path, "# 会议信息\nkind：leader_speech\n")
    problem = only_problem(path)
    assert problem.line == 2
    assert "中文冒号" in problem.message


@pytest.mark.parametrize("text", ["", "\n\n", "# 只有注释\n"])
def test_empty_file(tmp_path, text):
    path = write_profile(tmp_path, text)
    problem = only_problem(path)
    assert (problem.line, problem.column) == (1, 1)
    assert problem.message == "文件是空的：请从 profiles/ 中复制一份示例再修改"


def test_gbk_file_mentions_utf8(tmp_path):
    path = tmp_path / "gbk.yaml"
    path.write_bytes(textwrap.dedent(MINIMAL_YAML).encode("gbk"))
    problem = only_problem(path)
    assert problem.line == 6  # "name: 安平县": the first non-ASCII line
    assert "UTF-8" in problem.message
    assert "GBK" in problem.message


def test_missing_file(tmp_path):
    problem = only_problem(tmp_path / "nowhere.yaml")
    assert problem.line is None
    assert "找不到这个文件" in problem.message


def test_folder_instead_of_file(tmp_path):
    problem = only_problem(tmp_path)
    assert "文件夹" in problem.message


def test_utf8_bom_and_crlf_load_fine(tmp_path):
    path = tmp_path / "windows.yaml"
    text = textwrap.dedent(MINIMAL_YAML) + "attendees:\n  - 各学校校长\n"
    path.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    loaded = load_profile(path)
    assert loaded.profile.kind == "leader_speech"  # the BOM did not spoil the first key
    assert loaded.profile.speaker.title == "县委书记"  # no trailing \r
    assert loaded.profile.attendees == ["各学校校长"]
    assert loaded.locations[("speaker", "title")] == (8, 10)


def test_bom_and_crlf_problems_keep_their_lines(tmp_path):
    path = tmp_path / "windows.yaml"
    text = textwrap.dedent(MINIMAL_YAML).replace("level: county", "level: village")
    path.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    problem = only_problem(path)
    assert (problem.line, problem.column, problem.path) == (5, 10, "region.level")


# --- catalogue check of facts (validate_profile) --------------------------------------


def test_unknown_fact_under_known_area_suggests_catalogue_name(tmp_path):
    path = write_profile(
        tmp_path,
        MINIMAL_YAML
        + """\
    priorities:
      - area: 学前教育
        facts:
          普惠覆盖率: 91.5
    """,
    )
    load_profile(path)  # the schema itself is fine
    problem = only_problem(path, validate=True)
    assert (problem.line, problem.column) == (13, 7)
    assert problem.path == "priorities[0].facts.普惠覆盖率"
    assert "没有“普惠覆盖率”这项数据" in problem.message
    assert "是不是“普惠性幼儿园覆盖率”？" in problem.message


def test_unknown_fact_without_close_match_lists_catalogue(tmp_path):
    path = write_profile(
        tmp_path,
        MINIMAL_YAML
        + """\
    priorities:
      - area: 学前教育
        facts:
          食堂数量: 3
    """,
    )
    problem = only_problem(path, validate=True)
    assert problem.path == "priorities[0].facts.食堂数量"
    assert "普惠性幼儿园覆盖率" in problem.message  # the valid names are listed
    assert "其他内容请写在 points 中" in problem.message


def test_a_district_names_the_rotation_figure_after_its_own_reform(tmp_path):
    """A district clerk writes 区管校聘, not 县管校聘 (held-out round h's profile 04 had to move
    the figure into a point): the fact's aliases accept it, and the draft says the figure."""
    text = (
        MINIMAL_YAML.replace("level: county", "level: district")
        .replace("安平县", "安平区")
        .replace("县委书记", "区委书记")
    )
    path = write_profile(
        tmp_path,
        text
        + """    priorities:
      - area: 教师队伍建设
        facts:
          区管校聘交流轮岗教师人数: 137
    """,
    )
    validate_profile(path)  # raises on any problem
    draft = build_draft(path)
    spoken = "".join(draft.document.spoken_lines())
    assert "137" in spoken and "县管校聘" not in spoken


def test_known_fact_validates(tmp_path):
    path = write_profile(
        tmp_path,
        MINIMAL_YAML
        + """\
    priorities:
      - area: 学前教育
        facts:
          普惠性幼儿园覆盖率: 91.5
      - area: 自拟领域
        facts:
          随便什么: 1
    """,
    )
    loaded = validate_profile(path)
    assert loaded.profile.priorities[0].facts == {"普惠性幼儿园覆盖率": 91.5}
    assert loaded.profile.priorities[1].area == "自拟领域"  # unknown areas are not checked


# --- shorthand forms ------------------------------------------------------------------


def test_shorthand_forms_load(tmp_path):
    data = {
        **MINIMAL,
        "review": {"achievements": ["新建幼儿园3所"], "problems": ["城区学位紧张"]},
        "targets": ["学前三年毛入园率达到92%", "义务教育巩固率达到99%"],
        "priorities": ["学前教育", "校园安全"],
        "safeguards": ["组织领导", "经费保障"],
    }
    profile = validate_profile(write_dict(tmp_path, data)).profile
    assert [p.area for p in profile.priorities] == ["学前教育", "校园安全"]
    assert all(p.points == [] and p.facts == {} and p.title is None for p in profile.priorities)
    assert profile.targets.items == ["学前三年毛入园率达到92%", "义务教育巩固率达到99%"]
    assert profile.targets.guideline is None
    assert profile.review.achievements[0].area == "综合"
    assert profile.review.achievements[0].points == ["新建幼儿园3所"]
    assert [s.area for s in profile.safeguards] == ["组织领导", "经费保障"]


def test_shorthand_and_full_forms_mix(tmp_path):
    path = write_profile(
        tmp_path,
        MINIMAL_YAML
        + """\
    priorities:
      - 党建
      - area: 学前教育
        title: 自定义标题
        points:
          - 新建公办幼儿园2所
    """,
    )
    profile = load_profile(path).profile
    assert profile.priorities[0].area == "党建"
    assert profile.priorities[1].title == "自定义标题"
    assert profile.priorities[1].points == ["新建公办幼儿园2所"]


def test_example_profile_validates():
    path = Path(__file__).resolve().parents[1] / "profiles" / "county-leader-2025.yaml"
    profile = validate_profile(path).profile
    assert profile.meeting.name == "全县教育工作会议"
    assert profile.review_year == 2024
    assert len(profile.priorities) == 5


def test_meeting_year_outside_the_plan_table_is_reported(tmp_path):
    path = write_profile(tmp_path, MINIMAL_YAML.replace("date: 2025-03-15", "date: 2050-03-15"))
    problem = only_problem(path)
    assert problem.path == "meeting.date"
    assert "2012—2035" in problem.message and "2050" in problem.message
