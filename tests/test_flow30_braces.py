"""A number written with a thousands comma inside { } is one value, as the clerk meant.

YAML reads {奖励经费: 2,650万元} as 奖励经费: 2 and a second name 650万元 with no value, which
nothing reads: round ar's drafts said 全区教师奖励性绩效专项经费3。 The tool reads the value
whole and says where; a name left with no value is told as what the draft will not say.
"""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from speechdraft.cli import app
from speechdraft.pipeline import build_draft, validate_profile_text

PROFILE = """\
kind: work_report
meeting: {{date: 2027-02-22}}
region: {{level: county, name: 柳溪县}}
speaker: {{title: 县教育局局长, name: 韩立新}}
review:
  achievements:
    - area: 教师队伍
      figures: {figures}
priorities:
  - area: 学前教育
    facts: {facts}
"""


def _text(figures: str, facts: str = "{新建改扩建公办幼儿园数: 1,350所}") -> str:
    return PROFILE.format(figures=figures, facts=facts)


def _warnings(text: str) -> list[tuple[int | None, int | None, str, str]]:
    loaded = validate_profile_text(text, "p.yaml")
    return [(w.line, w.column, w.path, w.message) for w in loaded.warnings]  # type: ignore[attr-defined]


def test_a_grouped_number_in_braces_is_one_value() -> None:
    text = _text(
        "{乡村教师生活补助: 2,650万元，惠及教师1,806人, 交流轮岗: 1,120,000元, 新招教师: 86名}"
    )
    profile = validate_profile_text(text, "p.yaml").profile  # type: ignore[attr-defined]
    figures = profile.review.achievements[0].figures
    assert figures == {
        "乡村教师生活补助": "2,650万元，惠及教师1,806人",
        "交流轮岗": "1,120,000元",
        "新招教师": "86名",
    }
    assert profile.priorities[0].facts == {"新建改扩建公办幼儿园数": "1,350所"}


def test_the_clerk_is_told_where_with_line_and_column() -> None:
    told = [w for w in _warnings(_text("{生活补助: 2,650万元}")) if "英文逗号把数字断开" in w[3]]
    assert [(line, column, path) for line, column, path, _m in told] == [
        (8, 23, "review.achievements[0].figures.生活补助"),
        (11, 26, "priorities[0].facts.新建改扩建公办幼儿园数"),
    ]
    assert "花括号" in told[0][3] and "2650万元" in told[0][3] and "引号" in told[0][3]


def test_the_draft_says_the_number_whole(tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    path.write_text(
        _text("{乡村教师生活补助: 2,650万元}", "{普惠性幼儿园覆盖率: 91%}"), encoding="utf-8"
    )
    text = "".join(build_draft(path, seed=2).document.spoken_lines())
    assert "2650万元" in text
    assert "生活补助2。" not in text and "生活补助2，" not in text


def test_what_is_not_a_cut_number_is_left_alone() -> None:
    # a comma with a space, a quoted value, two years, a digit then no group of three
    for figures in (
        "{学位: 3, 600人: 5}",
        '{学位: "3,600个"}',
        "{年份: 2026,2027年}",
        "{人数: 4,二中200人}",
    ):
        cut = [w for w in _warnings(_text(figures)) if "英文逗号把数字断开" in w[3]]
        assert [w[2] for w in cut] == ["priorities[0].facts.新建改扩建公办幼儿园数"], figures


def test_a_name_left_without_a_value_is_told() -> None:
    told = _warnings(_text("{培训: 3, 420人次: null, 学校: 12所,新建2所, 待填: }"))
    left = {path: message for _l, _c, path, message in told if "稿中不会出现" in message}
    assert set(left) == {
        "review.achievements[0].figures.420人次",
        "review.achievements[0].figures.新建2所",
    }
    assert "3420人次" in left["review.achievements[0].figures.420人次"]
    assert "名称: 数值" in left["review.achievements[0].figures.新建2所"]


def test_validate_says_it_in_chinese_without_a_traceback(tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    figures = "{生活补助: 2,650万元, 学校: 12所,新建2所}"
    path.write_text(_text(figures, "{普惠性幼儿园覆盖率: 91%}"), encoding="utf-8")
    result = CliRunner().invoke(app, ["validate", str(path)])
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    assert f"{path}:8:23 review.achievements[0].figures.生活补助" in result.output
    assert "新建2所" in result.output and "稿中不会出现" in result.output


def test_a_list_item_perhaps_cut_after_a_comma_and_space_is_told() -> None:
    text = PROFILE.replace(
        "      figures: {figures}\n", "      points: [全县教职工编制总量5, 216名, 新建校舍2所]\n"
    ).format(facts="{普惠性幼儿园覆盖率: 91%}")
    loaded = validate_profile_text(text, "p.yaml")
    assert loaded.profile.review.achievements[0].points == [  # type: ignore[attr-defined]
        "全县教职工编制总量5",
        "216名",
        "新建校舍2所",
    ]
    told = [w for w in loaded.warnings if "按两项读取" in w.message]  # type: ignore[attr-defined]
    assert [(w.line, w.path) for w in told] == [(8, "review.achievements[0].points[1]")]
    assert "全县教职工编制总量5216名" in told[0].message
