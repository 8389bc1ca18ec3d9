"""check, outline and import on drafts written for these tests (positive and negative cases)."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pytest

from speechdraft.cli import app
from speechdraft.genre import KINDS, LEVELS
from speechdraft.lint.checks import run_checks
from speechdraft.lint.outline import build_outline
from speechdraft.lint.reader import draft_from_text
from speechdraft.pipeline import build_draft, write_draft

HEAD = "在2025年全县教育工作会议上的讲话\n县委书记　张三\n（2025年3月12日）\n同志们：\n"
GOOD_BODY = """今天召开全县教育工作会议，总结工作，部署任务。下面，我讲三点意见。
一、提高站位，认清形势
过去的一年，全县教育事业取得新成效，新建学校3所。但也要清醒地看到，一是学位紧张，二是教师不足，三是隐患仍存。
二、突出重点，狠抓落实
今年要重点抓好两个方面的工作。
（一）加快项目建设
城南学校8月底前主体完工。
（二）守牢安全底线
每月开展一次隐患排查。
三、强化保障，确保实效
各乡镇、县直各有关部门要各司其职。同志们，让我们在县委、县政府的坚强领导下，奋力开创新局面！谢谢大家！
"""


def check_text(text: str, **kwargs):
    return run_checks(draft_from_text(text), **kwargs)


def rules(result) -> list[str]:
    return [f.rule for f in result.findings]


def test_a_clean_draft_has_no_findings_and_its_level_and_year_are_inferred() -> None:
    result = check_text(HEAD + GOOD_BODY)
    assert result.findings == []
    assert result.level == "county" and "县级" in result.level_inferred
    assert result.year == 2025


@pytest.mark.parametrize(
    "planted",
    [
        "新建学校XX所",
        "由XXX同志负责",
        "完成xx项",
        "投资××万元",
        "覆盖率＊＊%",
        "共***人",
        "达到【待补：覆盖率】",
        "（20XX年X月XX日）",
        "于2014年月日召开",
    ],
)
def test_placeholders(planted: str) -> None:
    result = check_text(HEAD + GOOD_BODY.replace("新建学校3所", planted))
    assert rules(result) == ["placeholder"]
    assert result.findings[0].severity == "error"


def test_no_placeholder_in_latin_words_or_real_dates() -> None:
    result = check_text(
        HEAD + GOOD_BODY.replace("新建学校3所", "引进XXL教学系统，于2024年 3月启用")
    )
    assert "placeholder" not in rules(result)


@pytest.mark.parametrize(
    ("planted", "stale"),
    [
        ("2024年要重点抓好两个方面的工作", True),
        ("2023年，全县教育事业取得新成效", True),
        ("自2018年以来，全县教育事业取得新成效", False),
        ("2012年建成的老校区", False),
        ("2024年，全县教育事业取得新成效", False),
        ("到2027年全面达标", False),
        ("落实《规划纲要（2024—2035年）》", False),
    ],
)
def test_stale_years(planted: str, stale: bool) -> None:
    body = GOOD_BODY.replace("过去的一年，全县教育事业取得新成效", planted).replace(
        "今年要重点抓好两个方面的工作",
        planted if planted.startswith("2024年要") else "今年要重点抓好两个方面的工作",
    )
    result = check_text(HEAD + body)
    assert ("stale-year" in rules(result)) is stale


def test_stale_title_year_against_the_given_year() -> None:
    result = check_text(HEAD + GOOD_BODY, year=2026)
    stale = [f for f in result.findings if f.rule == "stale-year"]
    assert stale and stale[0].paragraph in (0, 2)


def test_foreign_level_words_and_rankings() -> None:
    wrong = check_text(HEAD + GOOD_BODY.replace("全县教育事业", "全市教育事业"), level="county")
    assert rules(wrong) == ["level-word"] and "全市" in wrong.findings[0].message
    ranking = check_text(
        HEAD + GOOD_BODY.replace("新建学校3所", "中考成绩在全市排名第二"), level="county"
    )
    assert "level-word" not in rules(ranking)
    city = check_text(HEAD + GOOD_BODY, level="city")
    assert "level-word" in rules(city)  # 全县 in a city speech


def test_count_mismatch_for_parts_and_sections() -> None:
    parts = check_text(HEAD + GOOD_BODY.replace("我讲三点意见", "我讲四点意见"))
    assert rules(parts) == ["count-mismatch"] and "四" in parts.findings[0].excerpt
    sections = check_text(HEAD + GOOD_BODY.replace("两个方面", "三个方面"))
    assert rules(sections) == ["count-mismatch"]


def test_truncated_draft_is_reported_as_such_not_as_a_plain_mismatch() -> None:
    cut = HEAD + GOOD_BODY[: GOOD_BODY.index("三、强化保障")] + "三、强化保障，确保实效\n"
    result = check_text(cut)
    outline = build_outline(draft_from_text(cut))
    assert outline.truncated is True
    assert all(f.severity == "warning" for f in result.findings if f.rule == "count-mismatch")


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("二、突出重点", "三、突出重点", "跳号"),
        ("三、强化保障", "二、强化保障", "重复"),
        ("（二）守牢安全底线", "（一）守牢安全底线", "重复"),
    ],
)
def test_numbering(old: str, new: str, message: str) -> None:
    result = check_text(HEAD + GOOD_BODY.replace(old, new))
    found = [f for f in result.findings if f.rule == "numbering"]
    assert found and message in found[0].message


def test_level_jump_and_wrong_forms() -> None:
    jump = check_text(
        HEAD
        + GOOD_BODY.replace("（一）加快项目建设", "1.加快项目建设")
        .replace("（二）守牢安全底线", "2.守牢安全底线")
        .replace("两个方面", "二项")
    )
    assert any("层级跳跃" in f.message for f in jump.findings)
    form = check_text(HEAD + GOOD_BODY.replace("二、突出重点", "二.突出重点"))
    assert any(f.rule == "numbering" and f.severity == "warning" for f in form.findings)


def test_inline_enumerations_and_mid_sentence_numbers_are_not_headings() -> None:
    text = HEAD + GOOD_BODY.replace("新建学校3所", "质量评估位列全县第一，三、四年级参与率提高")
    outline = build_outline(draft_from_text(text))
    assert [h.number for h in outline.headings if h.level == 1] == ["一、", "二、", "三、"]
    assert any(e.words == ("一是", "二是", "三是") for e in outline.enumerations)


@pytest.mark.parametrize(
    ("year", "sentence", "flagged"),
    [
        (2027, "今年是“十四五”规划的关键之年", True),
        (2026, "今年是“十五五”开局之年", False),
        (2028, "今年是“十五五”开局之年", True),
        (2026, "“十四五”圆满收官", False),
        (2025, "今年是“十四五”收官之年，也要谋划“十五五”", False),
    ],
)
def test_plan_phase(year: int, sentence: str, flagged: bool) -> None:
    text = HEAD.replace("2025", str(year)) + GOOD_BODY.replace("新建学校3所", sentence)
    assert ("plan-phase" in rules(check_text(text))) is flagged


def test_half_width_punctuation_is_a_warning_and_fix_writes_a_copy(runner, tmp_path: Path) -> None:
    text = HEAD.replace("同志们：", "同志们:") + GOOD_BODY.replace("（一）", "(一)")
    result = check_text(text)
    found = [f for f in result.findings if f.rule == "punctuation"]
    assert len(found) == 2 and all(f.severity == "warning" for f in found)
    source = tmp_path / "旧稿.txt"
    source.write_text(text, encoding="utf-8")
    before = source.read_bytes()
    outcome = runner.invoke(app, ["check", str(source), "--fix"])
    assert outcome.exit_code == 0, outcome.output
    assert source.read_bytes() == before
    fixed = (tmp_path / "旧稿.已改标点.txt").read_text(encoding="utf-8")
    assert "同志们：" in fixed and "（一）" in fixed and "(一)" not in fixed


def test_duplicates_and_against_last_year(runner, tmp_path: Path) -> None:
    sentence = "城南学校8月底前主体完工。"
    result = check_text(HEAD + GOOD_BODY.replace("每月开展一次隐患排查。", sentence))
    assert [f.rule for f in result.findings] == ["duplicate"]
    old = tmp_path / "去年.txt"
    old.write_text(HEAD + "各乡镇要把教育摆在优先发展的战略位置上来。\n", encoding="utf-8")
    new = tmp_path / "今年.txt"
    new.write_text(
        HEAD + GOOD_BODY + "各乡镇要把教育摆在优先发展的战略位置上来。\n", encoding="utf-8"
    )
    outcome = runner.invoke(app, ["check", str(new), "--against", str(old), "--format", "json"])
    findings = json.loads(outcome.output)["findings"]
    assert any(f["rule"] == "duplicate" and "旧稿" in f["message"] for f in findings)


def test_junk_lines_from_web_pages() -> None:
    text = (
        "首页 > 新闻中心 > 领导讲话\n来源：某某网 责任编辑：小王\n"
        + HEAD
        + GOOD_BODY.replace("二、突出重点", "第2页/共5页\n二、突出重点")
        + "扫一扫分享到微信\n点击下载全文\n"
    )
    result = check_text(text)
    junk = [f for f in result.findings if f.rule == "junk"]
    assert len(junk) == 5  # breadcrumb, source line, page counter, share and download prompts
    outline = build_outline(draft_from_text(text))
    assert [h.number for h in outline.headings if h.level == 1] == ["一、", "二、", "三、"]


def test_messy_paste_with_lost_line_breaks() -> None:
    messy = HEAD + GOOD_BODY.replace(
        "\n二、突出重点，狠抓落实\n今年", "二、突出重点，狠抓落实（一）加快项目建设"
    ).replace("（一）加快项目建设\n", "")
    messy = messy.replace("三是隐患仍存。\n", "三是隐患仍存。")
    outline = build_outline(draft_from_text(messy))
    numbers = [h.number for h in outline.headings]
    assert numbers[:3] == ["一、", "二、", "（一）"]


def test_outline_json_shape(runner, tmp_path: Path) -> None:
    path = tmp_path / "稿.md"
    path.write_text("# " + HEAD + GOOD_BODY, encoding="utf-8")
    outcome = runner.invoke(app, ["outline", str(path), "--format", "json"])
    assert outcome.exit_code == 0, outcome.output
    data = json.loads(outcome.output)
    assert data["title"] == "在2025年全县教育工作会议上的讲话"
    assert data["announced"][0] == {
        "text": "讲三点意见",
        "count": 3,
        "paragraph": 5,
    }  # numbered from 1, as a clerk counts
    assert [h["number"] for h in data["headings"]] == ["一、", "二、", "三、"]
    assert [c["number"] for c in data["headings"][1]["children"]] == ["（一）", "（二）"]
    assert data["truncated"] is False and data["enumerations"][0]["items"] == [
        "一是",
        "二是",
        "三是",
    ]


def test_check_exit_codes(runner, tmp_path: Path) -> None:
    good, bad = tmp_path / "good.txt", tmp_path / "bad.txt"
    good.write_text(HEAD + GOOD_BODY, encoding="utf-8")
    bad.write_text(HEAD + GOOD_BODY.replace("新建学校3所", "新建学校XX所"), encoding="utf-8")
    assert runner.invoke(app, ["check", str(good)]).exit_code == 0
    outcome = runner.invoke(app, ["check", str(good), str(bad), "--format", "json"])
    assert outcome.exit_code == 1
    payload = json.loads(outcome.output)
    assert [len(item["findings"]) for item in payload] == [0, 1]
    assert payload[1]["findings"][0]["rule"] == "placeholder"
    missing = runner.invoke(app, ["check", str(tmp_path / "nope.txt")])
    assert missing.exit_code == 2 and "找不到" in missing.output
    binary = tmp_path / "x.docx"
    binary.write_bytes(b"\x00\x01 not a zip")
    assert runner.invoke(app, ["check", str(binary)]).exit_code == 2


def test_check_with_profile_uses_its_level_and_year(runner, tmp_path: Path) -> None:
    draft = tmp_path / "d.txt"
    draft.write_text(HEAD + GOOD_BODY, encoding="utf-8")
    profile = Path(__file__).parents[1] / "profiles" / "city-concluding-2026.yaml"
    result = json.loads(
        runner.invoke(
            app, ["check", str(draft), "--profile", str(profile), "--format", "json"]
        ).output
    )
    assert result["level"] == "city" and result["year"] == 2026
    assert {"level-word", "stale-year"} <= {f["rule"] for f in result["findings"]}


@pytest.mark.parametrize("kind", sorted(KINDS))
@pytest.mark.parametrize("level", sorted(LEVELS))
def test_our_own_drafts_are_clean(write_profile, tmp_path: Path, kind: str, level: str) -> None:
    draft = build_draft(write_profile(kind=kind, region={"level": level}))
    out = tmp_path / "d.docx"
    write_draft(draft, out, force=True)
    result = run_checks(
        draft_from_text("\n".join(p.text for p in docx.Document(str(out)).paragraphs)),
        level=level,
        year=draft.context.y.meeting,
    )
    errors = [f for f in result.findings if f.severity == "error" and f.rule != "placeholder"]
    assert errors == []
    assert sum(f.rule == "placeholder" for f in result.findings) <= draft.placeholder_count
    assert [f for f in result.findings if f.rule == "punctuation"] == []


@pytest.mark.parametrize(
    "profile", sorted((Path(__file__).parents[1] / "profiles").glob("*.yaml")), ids=lambda p: p.stem
)
def test_import_then_render_round_trip(runner, tmp_path: Path, profile: Path) -> None:
    old = tmp_path / "old.docx"
    assert runner.invoke(app, ["render", str(profile), "-o", str(old)]).exit_code == 0
    new_profile = tmp_path / "new.yaml"
    outcome = runner.invoke(app, ["import", str(old), "-o", str(new_profile)])
    assert outcome.exit_code == 0, outcome.output
    text = new_profile.read_text(encoding="utf-8")
    original = build_draft(profile)
    assert f"kind: {original.context.kind.key}" in text
    assert f"level: {original.loaded.profile.region.level}" in text
    assert f"'{original.context.y.meeting + 1}-" in text
    rendered = runner.invoke(app, ["render", str(new_profile), "-o", str(tmp_path / "new.docx")])
    assert rendered.exit_code == 0, rendered.output
    new_title = docx.Document(str(tmp_path / "new.docx")).paragraphs[0].text
    assert str(original.context.y.meeting + 1) in new_title or "年" not in original.document.title
    old_titles = [h.title for h in original.document.headings(2)]
    if old_titles:  # 提纲-style drafts have no subsection headings to keep
        kept = [title for title in old_titles if f"title: {title}" in text]
        assert len(kept) >= 2


def test_a_checklist_is_not_checked_as_a_speech(runner, tmp_path: Path) -> None:
    """The 材料收集清单 numbers its rows afresh under each department's heading; read as a
    speech it gave 13 序号 errors on the shipped example. check says what it is and passes
    over it, and still checks the speech given beside it."""
    made = runner.invoke(
        app, ["checklist", "--kind", "leader_speech", "-o", str(tmp_path / "清单.txt")]
    )
    assert made.exit_code == 0, made.output
    listed = (tmp_path / "清单.txt").read_text(encoding="utf-8")
    assert listed.startswith("讲话材料收集清单") and "★1." in listed and listed.count("1. ") > 2
    good, bad = tmp_path / "good.txt", tmp_path / "bad.txt"
    good.write_text(HEAD + GOOD_BODY, encoding="utf-8")
    bad.write_text(HEAD + GOOD_BODY.replace("新建学校3所", "新建学校XX所"), encoding="utf-8")
    outcome = runner.invoke(app, ["check", str(tmp_path / "清单.txt"), str(good)])
    assert outcome.exit_code == 0, outcome.output
    assert "这是材料收集清单，不是讲话稿" in outcome.output
    assert "序号" not in outcome.output
    outcome = runner.invoke(app, ["check", str(tmp_path / "清单.txt"), str(bad)])
    assert outcome.exit_code == 1
